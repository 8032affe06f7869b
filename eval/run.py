#!/usr/bin/env python3
"""Score khparse on an evaluation set of this repository: the one scoring entry point.

    python eval/run.py real              # eval/real/docs against eval/real/gold
    python eval/run.py dev corpus4       # several sets, one table each
    python eval/run.py all               # every set that has a gold/ folder
    python eval/run.py real --json       # scores as JSON (per field, per document)
    python eval/run.py real --pred OUT   # keep the predicted Plans in OUT/

Every document is parsed in-process with ``khparse.parse`` and written as ``khparse
extract`` writes it; a document khparse refuses counts as an empty prediction. Scoring
is ``eval/score.py`` (a copy of the shared scorer, standard library only), so a clone
reproduces the README's accuracy table without anything outside the repository.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
import score  # noqa: E402  (eval/score.py)


def sets() -> list[str]:
    return sorted(p.parent.name for p in EVAL.glob("*/gold") if (p.parent / "docs").is_dir())


def predict(name: str, pred_dir: Path) -> list[str]:
    """Write NAME.json for every document of the set; return the names khparse refused."""
    import khparse
    from khparse.errors import KhparseError

    refused = []
    for doc in sorted((EVAL / name / "docs").iterdir()):
        if not doc.is_file():
            continue
        out = pred_dir / (doc.stem + ".json")
        try:
            out.write_text(khparse.parse(doc).model_dump_json() + "\n", encoding="utf-8")
        except KhparseError as exc:
            refused.append(f"{doc.name}: {exc}")
    return refused


def score_set(name: str, pred_dir: Path) -> dict:
    """The scorer's JSON report for one set (its ``main`` run with --json)."""
    argv, buf = sys.argv, io.StringIO()
    sys.argv = ["score.py", str(EVAL / name / "gold"), str(pred_dir), "--json"]
    try:
        with redirect_stdout(buf):
            score.main()
    finally:
        sys.argv = argv
    return json.loads(buf.getvalue())


def evaluate(name: str, pred_dir: Path | None = None) -> dict:
    """Predict and score one set; the report gains ``refused`` (documents khparse could not read)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = pred_dir or Path(tmp)
        target.mkdir(parents=True, exist_ok=True)
        refused = predict(name, target)
        report = score_set(name, target)
    report["refused"] = refused
    return report


def print_table(name: str, report: dict) -> None:
    print(f"== {name}")
    print(f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6}")
    for field, v in report["fields"].items():
        print(f"{field:<12} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
    for line in report["refused"]:
        print(f"refused: {line}")
    print(f"overall F1 {report['overall']:.3f} over {len(report['documents'])} documents")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help=f"set names ({', '.join(sets())}) or 'all'")
    ap.add_argument("--json", action="store_true", help="print the reports as JSON")
    ap.add_argument("--pred", type=Path, help="keep the predictions in PRED/SET/")
    ap.add_argument("--min", type=float, help="exit 1 when a set's overall F1 is below MIN")
    args = ap.parse_args()
    names = sets() if args.sets == ["all"] else args.sets
    unknown = [n for n in names if n not in sets()]
    if unknown:
        ap.error(f"no such set: {', '.join(unknown)} (have: {', '.join(sets())})")
    reports = {n: evaluate(n, args.pred / n if args.pred else None) for n in names}
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    else:
        for n, r in reports.items():
            print_table(n, r)
    if args.min is not None and any(r["overall"] < args.min for r in reports.values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
