#!/usr/bin/env python3
"""A scanned plan against its born-digital twin: how much does OCR cost in accuracy?

    python eval/ocr_twin.py dev corpus4          # the PDFs of these sets
    python eval/ocr_twin.py dev --scan-dpi 150   # a coarser scan

Each PDF of a set is "scanned": its pages rendered to grayscale images (pypdfium2, at
--scan-dpi) and put into a new PDF with no text layer, which khparse can only read with OCR.
Both files are parsed in-process and scored against the same gold with eval/score.py; the
table gives each document's overall F1 as born-digital, as a scan, and the difference.
"""
from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
import score  # noqa: E402  (eval/score.py)


def scan(pdf_path: Path, dpi: int, pages=None, keep_text=()) -> bytes:
    """The PDF with its pages (0-based ``pages``, default all) as grayscale images only;
    pages in ``keep_text`` are copied as they are (a scan with some born-digital pages)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(pdf_path))
    out = pdfium.PdfDocument.new()
    for i in sorted(set(range(len(src)) if pages is None else pages) | set(keep_text)):
        if i in keep_text:
            out.import_pages(src, [i])
            continue
        page = src[i]
        w, h = page.get_size()
        new = out.new_page(w, h)
        img = pdfium.PdfImage.new(out)
        img.set_bitmap(page.render(scale=dpi / 72, grayscale=True))
        img.set_matrix(pdfium.PdfMatrix().scale(w, h))
        new.insert_obj(img)
        new.gen_content()
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def scores(gold: Path, pred: Path) -> tuple[float, dict[str, float]]:
    """The set's overall F1 and each document's (the mean of its fields' F1)."""
    argv, buf = sys.argv, io.StringIO()
    sys.argv = ["score.py", str(gold), str(pred), "--json"]
    try:
        with redirect_stdout(buf):
            score.main()
    finally:
        sys.argv = argv
    report = json.loads(buf.getvalue())
    return report["overall"], {name: sum(row.values()) / len(row)
                               for name, row in report["documents"].items() if row}


def main() -> int:
    import khparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--scan-dpi", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dirs = {k: tmp / k for k in ("gold", "digital", "scan")}
        for d in dirs.values():
            d.mkdir()
        pages = 0
        seconds = 0.0
        for name in args.sets:
            for pdf in sorted((EVAL / name / "docs").glob("*.pdf")):
                gold = EVAL / name / "gold" / f"{pdf.stem}.gold.json"
                if not gold.exists():
                    continue
                shutil.copy(gold, dirs["gold"] / gold.name)
                plan = khparse.parse(pdf)
                (dirs["digital"] / f"{pdf.stem}.json").write_text(plan.model_dump_json(), "utf-8")
                t0 = time.perf_counter()
                plan = khparse.parse(scan(pdf, args.scan_dpi))
                seconds += time.perf_counter() - t0
                pages += len(plan.source.ocr_pages or [])
                (dirs["scan"] / f"{pdf.stem}.json").write_text(plan.model_dump_json(), "utf-8")
        (d_all, digital), (s_all, scanned) = (scores(dirs["gold"], dirs["digital"]),
                                              scores(dirs["gold"], dirs["scan"]))
    print(f"{'document':<58} {'digital':>8} {'scan':>6} {'diff':>6}")
    for name in sorted(digital):
        d, s = digital[name], scanned.get(name, 0.0)
        print(f"{name:<58} {d:8.3f} {s:6.3f} {s - d:+6.3f}")
    print(f"{'overall F1 (scorer)':<58} {d_all:8.3f} {s_all:6.3f} {s_all - d_all:+6.3f}  "
          f"({pages} pages OCR'd, {seconds / max(pages, 1):.1f} s/page wall to parse the scans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
