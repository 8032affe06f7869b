#!/usr/bin/env python3
"""Start-up of a one-file ``khparse extract``, measured honestly.

A one-page document is parsed in ~15 ms; everything else a user waits for is start-up.
This reports, for the same file, interleaved runs so load on a shared machine hits all alike:

* wall **and CPU** time (user + sys of the child, from ``wait4``; CPU time barely moves
  when other processes share the cores, wall time does) of ``python -c pass``,
  ``python -c "import typer, rich"``, ``khparse --help`` and ``khparse extract FILE``;
* the same ``extract`` without a bytecode cache (``PYTHONDONTWRITEBYTECODE=1`` and an
  empty cache folder: every module compiled from source, as in a fresh checkout or any
  environment that sets that variable);
* where the time goes, from a probe that runs the CLI in a fresh interpreter with timers
  around its steps: importing the CLI, parsing the arguments up to the first byte read,
  reading, importing the models and extractors, extracting, serializing;
* which modules are loaded when the first byte of the file is read.

    .venv/bin/python bench/startup.py                    # samples/seed000.txt, 9 runs
    .venv/bin/python bench/startup.py FILE --runs 15 --json

A measuring tool, not a test: it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / "samples" / "seed000.txt"
HEAVY = ("pydantic", "khparse.models", "khparse.sections", "khparse.outline", "underthesea",
         "lxml", "pypdfium2", "charset_normalizer")

#: Runs the CLI on argv[1] in this fresh interpreter and prints, as JSON, (wall, cpu) at
#: each step and the modules loaded when the first byte is read.
PROBE = r"""
import json, sys, time
clock = lambda: (time.perf_counter(), time.process_time())
marks = [("start", clock())]
import khparse.cli
marks.append(("import khparse.cli", clock()))
import pkgutil
import khparse.pipeline as pipeline, khparse.readers as readers
first = {}
load_bytes, read, parse_document = readers.load_bytes, readers.read, pipeline.parse_document

def spy_load(*a, **k):
    marks.append(("arguments, until the first byte", clock()))
    first["modules"] = sorted(sys.modules)
    return load_bytes(*a, **k)

def spy_read(*a, **k):
    doc = read(*a, **k)
    marks.append(("read (decode, normalize)", clock()))
    return doc

def spy_parse(doc):
    import khparse.extract, khparse.models, khparse.sections
    for m in pkgutil.iter_modules(khparse.extract.__path__, "khparse.extract."):
        __import__(m.name)
    marks.append(("import models + extractors", clock()))
    plan = parse_document(doc)
    marks.append(("extract", clock()))
    return plan

readers.load_bytes, readers.read, pipeline.parse_document = spy_load, spy_read, spy_parse
sys.argv = ["khparse", "extract", sys.argv[1]]
out = sys.stdout
sys.stdout = open("/dev/null", "w")
try:
    khparse.cli.main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
sys.stdout.flush()
marks.append(("serialize + write", clock()))
out.write(json.dumps({"rc": code, "marks": marks, "modules": first.get("modules", [])}))
"""


def median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def run_child(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """(wall s, CPU s of the child, exit code)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def khparse_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "khparse"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "khparse"]


def commands(file: Path) -> dict[str, list[str]]:
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import typer, rich'": [sys.executable, "-c", "import typer, rich"],
        "khparse --help": khparse_cmd() + ["--help"],
        "khparse extract FILE": khparse_cmd() + ["extract", str(file)],
        "khparse extract FILE, no bytecode cache": khparse_cmd() + ["extract", str(file)],
    }


def measure(file: Path, runs: int, tmp: Path) -> dict:
    """Medians of interleaved runs of every command, and of the probe's steps."""
    cached = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    cached.pop("PYTHONDONTWRITEBYTECODE", None)
    uncached = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "empty"),
                    PYTHONDONTWRITEBYTECODE="1")
    cmds = commands(file)
    env_of = {name: uncached if "no bytecode" in name else cached for name in cmds}
    for name, cmd in cmds.items():  # page cache and .pyc files
        run_child(cmd, env_of[name])
    probe = [sys.executable, "-c", PROBE, str(file)]
    subprocess.run(probe, capture_output=True, env=cached)
    walls: dict[str, list[float]] = {k: [] for k in cmds}
    cpus: dict[str, list[float]] = {k: [] for k in cmds}
    steps: dict[str, list[tuple[float, float]]] = {}
    modules: list[str] = []
    failed: list[str] = []
    for _ in range(runs):
        for name, cmd in cmds.items():
            wall, cpu, rc = run_child(cmd, env_of[name])
            if rc == 0:
                walls[name].append(wall)
                cpus[name].append(cpu)
            else:
                failed.append(f"{name} exited {rc}")
        r = subprocess.run(probe, capture_output=True, text=True, env=cached)
        if r.returncode != 0 or not r.stdout:
            failed.append(f"probe: {r.stderr.strip()[-300:]}")
            continue
        got = json.loads(r.stdout)
        modules = got["modules"]
        prev = got["marks"][0][1]
        for step, now in got["marks"][1:]:
            steps.setdefault(step, []).append((now[0] - prev[0], now[1] - prev[1]))
            prev = now
    ms = lambda x: None if x is None else round(x * 1000, 1)  # noqa: E731
    return {
        "file": str(file), "runs": runs, "load_avg": round(os.getloadavg()[0], 2),
        "commands": {k: {"wall_ms": ms(median(walls[k])), "cpu_ms": ms(median(cpus[k])),
                         "runs": len(walls[k])} for k in cmds},
        "steps": {k: {"wall_ms": ms(median([w for w, _ in v])),
                      "cpu_ms": ms(median([c for _, c in v]))} for k, v in steps.items()},
        "at_first_byte": {"modules": len(modules),
                          "heavy": [m for m in HEAVY if m in modules],
                          "khparse": [m for m in modules if m.startswith("khparse")]},
        "failed": failed,
    }


def print_text(res: dict) -> None:
    print(f"start-up of `khparse extract {res['file']}` — median of {res['runs']} interleaved "
          f"runs, load average {res['load_avg']}")
    width = max(len(k) for k in (*res["commands"], *res["steps"]))
    print(f"{'command':<{width}}  {'wall ms':>8}  {'CPU ms':>8}")
    for k, v in res["commands"].items():
        print(f"{k:<{width}}  {v['wall_ms']!s:>8}  {v['cpu_ms']!s:>8}")
    print(f"\n{'step (in the probe)':<{width}}  {'wall ms':>8}  {'CPU ms':>8}")
    for k, v in res["steps"].items():
        print(f"{k:<{width}}  {v['wall_ms']!s:>8}  {v['cpu_ms']!s:>8}")
    fb = res["at_first_byte"]
    print(f"\nat the first byte read: {fb['modules']} modules; heavy: {fb['heavy'] or 'none'}; "
          f"khparse: {', '.join(fb['khparse'])}")
    for f in res["failed"]:
        print(f"note: {f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="khparse-startup-") as tmp:
        res = measure(a.file.resolve(), a.runs, Path(tmp))
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print_text(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
