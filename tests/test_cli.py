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
