"""CLI contract: data on stdout, one plain line on stderr, exit codes scripts can trust."""
import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "khparse", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_help_teaches_and_loads_nothing_heavy():
    r = run("--help")
    out = r.stdout.decode()
    assert r.returncode == 0 and "Examples:" in out and "Exit codes" in out
    probe = ("import sys, khparse.cli; heavy = [m for m in ('underthesea', 'pdfplumber', "
             "'pypdfium2', 'lxml', 'pydantic', 'rich.markdown') if m in sys.modules]; print(heavy)")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert r.stdout.strip() == "[]"


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.decode().startswith("khparse ")


def test_extract_prints_one_json_plan_on_stdout():
    r = run("extract", str(SAMPLES / "seed004.txt"))
    assert r.returncode == 0 and r.stderr == b""
    plan = json.loads(r.stdout)
    assert plan["schema_version"] == "1" and plan["document"]["type"] == "Công văn"
    assert r.stdout.count(b"\n") == 1          # compact when piped


def test_stdin_and_text_command_agree_on_spans():
    data = (SAMPLES / "seed000.txt").read_bytes()
    plan = json.loads(run("extract", "-", stdin=data).stdout)
    text = run("text", "-", stdin=data).stdout.decode()[:-1]   # drop the final newline
    for d in plan["deadlines"]:
        a, b = d["span"]
        assert text[a:b] == d["text"]


def test_missing_file_is_one_line_and_exit_1():
    r = run("extract", "no/such/file.docx")
    assert r.returncode == 1 and r.stdout == b""
    lines = r.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "no/such/file.docx" in lines[0] and "Traceback" not in lines[0]


def test_usage_error_exit_2():
    assert run("extract").returncode == 2
    assert run("frobnicate").returncode == 2


def test_schema_is_the_plan_json_schema():
    schema = json.loads(run("schema").stdout)
    for field in ("document", "sections", "goals", "percentages", "deadlines", "bodies",
                  "tasks", "references", "warnings"):
        assert field in schema["properties"]


COMMANDS = ("extract", "text", "schema", "batch", "export")


def test_help_shows_plain_argument_names_and_value_names():
    usage = {"extract": "khparse extract [OPTIONS] FILE", "text": "khparse text [OPTIONS] FILE",
             "schema": "khparse schema [OPTIONS]", "batch": "khparse batch [OPTIONS] ARCHIVE_DIR",
             "export": "khparse export [OPTIONS] OUT_DIR"}
    for cmd in COMMANDS:
        out = run(cmd, "--help").stdout.decode()
        assert out.startswith("Usage: ") and out.splitlines()[0].endswith(usage[cmd]), out[:80]
        for noise in ("{", "<str>", "<path>", "<float", "<int"):
            assert noise not in out, (cmd, noise)
    assert "\n  FILE  A .pdf, .docx, .doc, .txt, .html or .md file" in run("extract", "--help").stdout.decode()
    assert "--max-size MB " in run("batch", "--help").stdout.decode()


def test_command_summaries_are_whole_sentences_at_any_width():
    import os

    for columns in ("80", "50"):
        r = subprocess.run([sys.executable, "-m", "khparse", "--help"], capture_output=True,
                           text=True, timeout=120, env={**os.environ, "COLUMNS": columns})
        listing = r.stdout.split("Commands:\n", 1)[1]
        summaries = {}
        for line in listing.splitlines():
            words = line.split(None, 1)
            if line.startswith("  ") and not line.startswith("   ") and words[0] in COMMANDS:
                name, summaries[name] = words[0], words[1] if len(words) > 1 else ""
            elif line.strip():
                summaries[name] += " " + line.strip()  # wrapped onto the next line
        assert sorted(summaries) == sorted(COMMANDS), listing
        for name, summary in summaries.items():
            assert summary.endswith(".") and not summary.endswith("..."), (columns, name, summary)


def test_top_level_help_lists_every_exit_code():
    out = " ".join(run("--help").stdout.decode().split())
    assert ("Exit codes: 0 ok, 1 input could not be read, 2 usage error, 3 internal error, "
            "130 interrupted.") in out


def test_ctrl_c_during_extract_exits_130_with_one_line(monkeypatch):
    from typer.testing import CliRunner

    from khparse import pipeline
    from khparse.cli import app

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "parse", interrupted)
    r = CliRunner().invoke(app, ["extract", str(SAMPLES / "seed004.txt")])
    assert r.exit_code == 130 and r.stdout == "" and r.stderr == "khparse: interrupted\n"


_FIRST_BYTE = r"""
import json, sys
import khparse.readers as readers
load_bytes, seen = readers.load_bytes, []

def spy(*args, **kwargs):
    if not seen:
        seen.append(sorted(sys.modules))
    return load_bytes(*args, **kwargs)

readers.load_bytes = spy
if sys.argv[1] == "cli":
    from khparse.cli import main
    sys.argv = ["khparse", "extract", sys.argv[2]]
    sys.stdout = open("/dev/null", "w")
    try:
        main()
    except SystemExit:
        pass
else:
    import khparse
    khparse.parse(sys.argv[2])
sys.__stdout__.write(json.dumps([seen[0], sorted(sys.modules)]))
"""


def test_the_file_is_read_before_models_extractors_or_nlp_are_imported():
    """A missing or oversized file is refused before ~0.2 s of regex and schema building."""
    heavy = ("khparse.models", "khparse.sections", "khparse.outline", "khparse.extract",
             "underthesea", "lxml", "pypdfium2")
    for mode in ("cli", "library"):
        r = subprocess.run([sys.executable, "-c", _FIRST_BYTE, mode, str(SAMPLES / "seed000.txt")],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        at_first_byte, at_end = json.loads(r.stdout)
        assert [m for m in at_first_byte if m.startswith(heavy)] == [], mode
        assert "khparse.models" in at_end and "khparse.extract.bodies" in at_end  # it did run
        assert "underthesea" not in at_end  # no name in seed000 needs the tagger
        if mode == "library":  # (typer 0.29 itself imports pydantic to parse arguments)
            assert "pydantic" not in at_first_byte


def test_every_schema_property_has_a_description():
    """`khparse schema` is the analyst's field guide: no field without a meaning."""
    schema = json.loads(run("schema").stdout)
    missing = []

    def walk(node, where):
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if not str(prop.get("description") or "").strip():
                    missing.append(f"{where}.{name}")
            for key, sub in node.items():
                walk(sub, where if key == "properties" else f"{where}/{key}")
        elif isinstance(node, list):
            for sub in node:
                walk(sub, where)

    walk(schema, "Plan")
    assert schema["$defs"]["Body"]["properties"]  # the walk reaches nested models
    assert missing == []
