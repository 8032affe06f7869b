#!/usr/bin/env python3
"""How `khparse extract` scales with the length of the text: time and memory per MB.

A long compiled volume, an archive dump or a big OCR text is one document of many MB.
This builds .txt files of 1, 2, 4, 8, 16 and 30 MB (MiB) of real plan text — the documents
of ``eval/dev`` and ``eval/corpus*`` read by khparse and concatenated, over and over — and
runs ``khparse extract`` on each in a fresh process with a time limit. Reported per size:
wall and CPU seconds, seconds per MB, peak RSS (``wait4``), the Plan's item counts and the
SHA-256 of its JSON (compare two commits: a speed-up must not change a byte); then the
exponent k of a least-squares fit CPU ∝ MB^k (1 is linear, 2 quadratic) and the targets:
8 MB ≤ 10 × the 1 MB run and under 60 s, 30 MB under 60 s and 1 GiB.

    .venv/bin/python bench/scale.py                       # 1 2 4 8 16 30 MB, 300 s limit each
    .venv/bin/python bench/scale.py --sizes 1,2,4 --limit 120 --json
    .venv/bin/python bench/scale.py --stages 4            # seconds per pipeline step at 4 MB

A size that hits the limit is reported as such and the larger ones are skipped. A measuring
tool, not a test: it asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("dev", "corpus", "corpus2", "corpus3", "corpus4")
MB = 1024 * 1024
SIZES = (1, 2, 4, 8, 16, 30)
COUNTED = ("sections", "goals", "percentages", "deadlines", "bodies", "tasks", "references")


def plan_text() -> str:
    """The normalized text of every eval/dev and eval/corpus* document, one after the other."""
    sys.path.insert(0, str(ROOT / "src"))
    import khparse

    texts = []
    for name in SETS:
        for path in sorted((ROOT / "eval" / name / "docs").iterdir()):
            if path.is_file():
                texts.append(khparse.read(path).text.strip("\n"))
    return "\n\n".join(texts) + "\n\n"


def write_text(path: Path, unit: str, mb: float) -> int:
    """``unit`` repeated to ``mb`` MiB of UTF-8, cut at the last line end; returns bytes."""
    data = unit.encode("utf-8")
    want = int(mb * MB)
    blob = data * (want // len(data) + 1)
    blob = blob[: blob.rindex(b"\n", 0, want) + 1]
    path.write_bytes(blob)
    return len(blob)


def khparse_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "khparse"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "khparse"]


def run_extract(path: Path, out: Path, limit: float) -> dict:
    """``khparse extract`` in a fresh process: wall, CPU, peak RSS, or the limit hit."""
    # by its bare name: source.path, and so the SHA-256, is the same from run to run
    cmd = khparse_cmd() + ["extract", "--compact", "--max-size", "1024", path.name]
    with open(out, "wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE, cwd=path.parent)
        timer = threading.Timer(limit, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace").strip()
    proc.stderr.close()
    res = {"wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
           "peak_mb": round(usage.ru_maxrss / 1024, 1), "rc": proc.returncode}
    if proc.returncode == -9 and wall >= limit:
        res["timed_out"] = True
    elif proc.returncode != 0:
        res["error"] = err[-300:]
    else:
        data = out.read_bytes()
        plan = json.loads(data)
        res["items"] = {k: len(plan.get(k) or []) for k in COUNTED}
        res["sha256"] = hashlib.sha256(data).hexdigest()
    return res


def fit_exponent(points: list[tuple[float, float]]) -> float | None:
    """Slope of log(seconds) against log(MB), least squares."""
    pts = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return round(sum((x - mx) * (y - my) for x, y in pts) / sxx, 2) if sxx else None


def targets(rows: dict[float, dict]) -> dict:
    """The issue's targets, on CPU seconds (what the run costs; wall time on a shared machine
    also counts the others' load) and peak RSS."""
    one, eight, thirty = rows.get(1), rows.get(8), rows.get(30)
    done = lambda r: r is not None and r.get("rc") == 0 and not r.get("timed_out")  # noqa: E731
    out = {}
    if done(one) and done(eight):
        ratio = round(eight["cpu_s"] / one["cpu_s"], 2)
        out["8 MB ≤ 10× 1 MB (CPU)"] = {"value": ratio, "met": ratio <= 10}
    if eight is not None and "skipped" not in eight:
        out["8 MB < 60 s (CPU)"] = {"value": eight["cpu_s"], "met": done(eight) and eight["cpu_s"] < 60}
    if thirty is not None and "skipped" not in thirty:
        out["30 MB < 60 s (CPU)"] = {"value": thirty["cpu_s"],
                                     "met": done(thirty) and thirty["cpu_s"] < 60}
        out["30 MB < 1 GiB"] = {"value": thirty["peak_mb"],
                                "met": done(thirty) and thirty["peak_mb"] < 1024}
    return out


#: CPU seconds per step of the pipeline on argv[1], in-process: the entry points of the
#: khparse.extract modules (``extract``, ``analyze``, ``read``), the outline, the reader and
#: the serializer, timed where called.
STAGES_PROBE = r"""
import importlib, json, pkgutil, sys, time
import khparse, khparse.extract, khparse.models, khparse.pipeline, khparse.readers, khparse.sections
spent = {}

def timed(name, fn):
    def wrapper(*a, **k):
        t = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
    return wrapper

for m in pkgutil.iter_modules(khparse.extract.__path__, "khparse.extract."):
    mod = importlib.import_module(m.name)
    for name in ("extract", "analyze", "read"):
        fn = getattr(mod, name, None)
        if callable(fn) and getattr(fn, "__module__", None) == mod.__name__:
            setattr(mod, name, timed(f"{m.name.rsplit('.', 1)[1]}.{name}", fn))
khparse.sections.build_outline = timed("outline", khparse.sections.build_outline)
khparse.readers.read = timed("read", khparse.readers.read)
plan = khparse.pipeline.parse(sys.argv[1], max_bytes=0)
t = time.process_time()
plan.model_dump_json()
spent["serialize"] = time.process_time() - t
print(json.dumps({k: round(v, 2) for k, v in spent.items()}))
"""


def measure(sizes: list[float], limit: float, tmp: Path) -> dict:
    unit = plan_text()
    rows: dict[float, dict] = {}
    stop = False
    for mb in sizes:
        if stop:
            rows[mb] = {"skipped": "a smaller size hit the time limit"}
            continue
        path = tmp / f"plan-{mb:g}MB.txt"
        size = write_text(path, unit, mb)
        print(f"[scale] {mb:g} MB …", file=sys.stderr, flush=True)
        r = run_extract(path, tmp / "out.json", limit)
        r["bytes"] = size
        if "cpu_s" in r and not r.get("timed_out"):
            r["s_per_mb"] = round(r["wall_s"] / (size / MB), 2)
            r["cpu_s_per_mb"] = round(r["cpu_s"] / (size / MB), 2)
        rows[mb] = r
        stop = bool(r.get("timed_out"))
        path.unlink()
    done = [(r["bytes"] / MB, r["cpu_s"]) for r in rows.values()
            if r.get("rc") == 0 and not r.get("timed_out") and "cpu_s" in r]
    return {"unit_bytes": len(unit.encode("utf-8")), "limit_s": limit,
            "load_avg": round(os.getloadavg()[0], 2),
            "sizes": {f"{mb:g}": r for mb, r in rows.items()},
            "exponent_cpu": fit_exponent(done), "targets": targets(rows)}


def stages(mb: float, tmp: Path) -> dict:
    path = tmp / f"plan-{mb:g}MB.txt"
    write_text(path, plan_text(), mb)
    r = subprocess.run([sys.executable, "-c", STAGES_PROBE, str(path)], capture_output=True,
                       text=True)
    if r.returncode != 0:
        return {"error": r.stderr[-500:]}
    return {"mb": mb, "cpu_s": json.loads(r.stdout)}


def print_text(res: dict) -> None:
    print(f"`khparse extract` on N MB of plan text (eval/dev + eval/corpus* repeated, "
          f"{res['unit_bytes'] / MB:.2f} MB per round); limit {res['limit_s']:g} s; "
          f"load average {res['load_avg']}")
    print(f"{'MB':>4}  {'wall s':>7}  {'CPU s':>7}  {'s/MB':>6}  {'peak MB':>8}  "
          f"{'tasks':>6}  {'deadlines':>9}  sha256")
    for mb, r in res["sizes"].items():
        if "skipped" in r:
            print(f"{mb:>4}  skipped: {r['skipped']}")
        elif r.get("timed_out"):
            print(f"{mb:>4}  > {r['wall_s']:g} s: hit the time limit")
        elif "error" in r:
            print(f"{mb:>4}  failed (exit {r['rc']}): {r['error']}")
        else:
            it = r["items"]
            print(f"{mb:>4}  {r['wall_s']:>7}  {r['cpu_s']:>7}  {r['s_per_mb']:>6}  "
                  f"{r['peak_mb']:>8}  {it['tasks']:>6}  {it['deadlines']:>9}  "
                  f"{r['sha256'][:16]}")
    print(f"fitted exponent (CPU ∝ MB^k): k = {res['exponent_cpu']}")
    for name, t in res["targets"].items():
        print(f"  {'MET ' if t['met'] else 'MISS'}  {name}: {t['value']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(f"{s:g}" for s in SIZES),
                    help="MB (MiB) of text, comma separated (default 1,2,4,8,16,30)")
    ap.add_argument("--limit", type=float, default=300, help="seconds allowed per size")
    ap.add_argument("--stages", type=float, metavar="MB",
                    help="instead: CPU seconds per pipeline step on this many MB, in-process")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="khparse-scale-") as tmp:
        if a.stages:
            res = stages(a.stages, Path(tmp))
            print(json.dumps(res, ensure_ascii=False, indent=1))
            return 0
        res = measure([float(s) for s in a.sizes.split(",")], a.limit, Path(tmp))
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print_text(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
