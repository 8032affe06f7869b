#!/usr/bin/env python3
"""Coverage on a real archive: of the plans and letters, how many get a type and at least one task.

    python eval/archive.py ARCHIVE_DIR [--exclude LIST.tsv] [--show]

Counts files whose name starts with a plan/letter code (KH, CV, QĐ/QD, TB, CT; case-insensitive,
after any leading number such as ``1629_SCT_…``) — the documents an analyst expects work in.
A measuring tool for archives outside the repository (e.g. ../shared/real/docs), not a test.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

CODE_RE = re.compile(r"^(?:\d+[._-]*)?(?:SCT[-_]?\w*[-_])?(KH|CV|QD|QĐ|TB|CT)(?=[-_.\d]|$)", re.I)
SUFFIXES = {".txt", ".docx", ".pdf", ".doc", ".html", ".htm", ".md"}


def code_of(name: str) -> str | None:
    m = CODE_RE.match(name)
    return m.group(1).upper().replace("Đ", "D") if m else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", type=Path)
    ap.add_argument("--exclude", type=Path, help="TSV whose first column lists file names to skip")
    ap.add_argument("--show", action="store_true", help="list the files without a type or a task")
    args = ap.parse_args()
    import khparse
    from khparse.errors import KhparseError

    skip = set()
    if args.exclude:
        skip = {line.split("\t")[0] for line in args.exclude.read_text().splitlines() if line}
    rows = []
    for path in sorted(p for p in args.archive.rglob("*") if p.suffix.lower() in SUFFIXES):
        code = code_of(path.name)
        if not code or path.name in skip:
            continue
        try:
            plan = khparse.parse(path)
            rows.append((code, path, plan.document.type, len(plan.tasks), None))
        except KhparseError as exc:
            rows.append((code, path, None, 0, str(exc)))
    n = len(rows)
    typed = sum(1 for r in rows if r[2])
    tasked = sum(1 for r in rows if r[3])
    print(f"{n} plan/letter files ({dict(Counter(r[0] for r in rows))})")
    print(f"with a type:      {typed}/{n} = {typed / max(n, 1):.1%}")
    print(f"with >= 1 task:   {tasked}/{n} = {tasked / max(n, 1):.1%}")
    print(f"refused:          {sum(1 for r in rows if r[4])}")
    if args.show:
        for code, path, typ, ntask, err in rows:
            if not typ or not ntask:
                print(f"  {code:3} type={typ!s:12} tasks={ntask} {path.relative_to(args.archive)}"
                      + (f"  [{err}]" if err else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
