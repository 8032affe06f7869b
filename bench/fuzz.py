"""Long fuzzing run (not part of CI): khparse's properties with a big budget, plus the CLI.

Runs every property of tests/test_properties.py in rounds with fresh random seeds, large
example counts and a per-example deadline (a slow input is a finding too), and a CLI
property: for any generated file ``khparse extract`` exits 0 with JSON, or 1 with nothing
on stdout and exactly one ``khparse: FILE: …`` line on stderr — never 3, never a traceback.
Each distinct failure (exception type + where it was raised) is written once, with its
minimal falsifying example, to the findings file.

    nice -n 10 .venv/bin/python bench/fuzz.py --minutes 10 [--examples 500] [--out FILE]
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
import traceback
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0, help="total time budget")
    ap.add_argument("--examples", type=int, default=500, help="examples per property per round")
    ap.add_argument("--deadline-ms", type=int, default=10_000, help="slowest acceptable example")
    ap.add_argument("--out", default=str(ROOT / "bench" / "fuzz-findings.txt"))
    ap.add_argument("-k", default="", help="only properties whose name contains this")
    args = ap.parse_args()

    os.environ["KHPARSE_PROPERTY_EXAMPLES"] = str(args.examples)
    os.environ["KHPARSE_PROPERTY_DEADLINE_MS"] = str(args.deadline_ms)
    os.environ["KHPARSE_PROPERTY_RANDOM"] = "1"  # fresh seeds every round
    os.environ["KHPARSE_PROPERTY_ALL_SAMPLES"] = "1"  # mutate every sample .docx/.pdf
    sys.path.insert(0, str(ROOT / "tests"))
    import test_properties as props  # noqa: E402 - after the environment is set

    tests = {name: fn for name, fn in vars(props).items()
             if name.startswith("test_") and callable(fn) and args.k in name}
    tests["cli_contract"] = _cli_property(props)
    end = time.monotonic() + args.minutes * 60
    seen: dict[str, int] = {}
    rounds = runs = 0
    with open(args.out, "a", encoding="utf-8") as out:
        out.write(f"\n# fuzz run {time.strftime('%Y-%m-%d %H:%M:%S')} examples={args.examples}\n")
        while time.monotonic() < end:
            rounds += 1
            for name, fn in tests.items():
                if time.monotonic() >= end:
                    break
                runs += 1
                t0 = time.monotonic()
                report = io.StringIO()
                try:
                    with redirect_stdout(report):
                        fn()
                    status = "ok"
                except Exception as exc:  # noqa: BLE001 - every failure is a finding
                    key = _key(exc)
                    seen[key] = seen.get(key, 0) + 1
                    status = f"FAIL {key}"
                    if seen[key] == 1:
                        out.write(f"\n## {name}: {key}\n{report.getvalue()}\n"
                                  f"{''.join(traceback.format_exception(exc))[-4000:]}\n")
                        out.flush()
                print(f"round {rounds} {name}: {status} ({time.monotonic() - t0:.1f} s)", flush=True)
        out.write(f"# done: {rounds} rounds, {runs} property runs, {len(seen)} distinct findings\n")
    print(f"{rounds} rounds, {runs} property runs, {len(seen)} distinct findings -> {args.out}")
    for key, n in seen.items():
        print(f"  {n}x {key}")
    return 1 if seen else 0


def _key(exc: BaseException) -> str:
    """Exception type + the innermost khparse frame: one finding per distinct bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/khparse/" in f.filename] or frames[-1:]
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    inner = exc
    while getattr(inner, "__cause__", None) is not None:
        inner = inner.__cause__
    return f"{type(exc).__name__}/{type(inner).__name__} at {where}"


def _cli_property(props):
    """The CLI contract on generated files, in-process (CliRunner) for speed."""
    from hypothesis import given
    from typer.testing import CliRunner

    from khparse.cli import app

    runner = CliRunner()
    tmp = Path(tempfile.mkdtemp(prefix="khparse-fuzz-"))

    @props.CI
    @given(props.any_bytes, props.st.sampled_from(["x.txt", "x.docx", "x.pdf", "x"]))
    def cli_contract(data, name):
        path = tmp / name
        path.write_bytes(data)
        res = runner.invoke(app, ["extract", "--compact", str(path)])
        assert res.exit_code in (0, 1), (res.exit_code, res.stderr)
        if res.exit_code == 0:
            assert res.stdout.startswith("{")
        else:
            assert res.stdout == ""
            assert res.stderr.count("\n") == 1 and res.stderr.startswith(f"khparse: {path}: ")
        assert "Traceback" not in res.stderr

    return cli_contract


if __name__ == "__main__":
    sys.exit(main())
