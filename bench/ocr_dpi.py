"""OCR accuracy against time, by render resolution, on born-digital PDFs.

    python bench/ocr_dpi.py [--dpi 150,200,300,400] FILE.pdf ...

Each page is rendered (pypdfium2, grayscale) and read by Tesseract (vie) exactly as
``khparse --ocr always`` does; its words are compared with the words of the page's own text
layer (both through khparse.normalize.clean): the share of text-layer words that OCR gives
in the same order (difflib matching blocks) and in any order (multiset overlap: reading
order differences do not count), and the seconds per page (render + OCR), wall
and CPU (the CPU figure holds on a busy machine; Tesseract runs single-threaded as in khparse).
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import time
from collections import Counter

import pypdfium2 as pdfium

from khparse.normalize import clean
from khparse.readers import ocr
from khparse.readers.pdf import render_page


def words(text: str) -> list[str]:
    return re.findall(r"\w+", clean(text).casefold())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", default="150,200,300,400")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    for dpi in [int(d) for d in args.dpi.split(",")]:
        total = found = bag = pages = 0
        seconds = cpu = 0.0
        for path in args.files:
            pdf = pdfium.PdfDocument(path)
            for i in range(len(pdf)):
                page = pdf[i]
                truth = words(page.get_textpage().get_text_range())
                t0 = time.perf_counter()
                c0 = os.times()
                image, used = render_page(page, dpi)
                got = ocr.recognize(image, dpi=used)
                c1 = os.times()
                seconds += time.perf_counter() - t0
                cpu += (c1.user + c1.system + c1.children_user + c1.children_system
                        - c0.user - c0.system - c0.children_user - c0.children_system)
                ocr_words = words(" ".join(ln.text for p in got for ln in p.lines))
                sm = difflib.SequenceMatcher(None, truth, ocr_words, autojunk=False)
                found += sum(b.size for b in sm.get_matching_blocks())
                bag += sum((Counter(truth) & Counter(ocr_words)).values())
                total += len(truth)
                pages += 1
            pdf.close()
        print(f"{dpi} dpi: {found}/{total} words in order = {found / max(total, 1):.4f}, "
              f"as a bag {bag / max(total, 1):.4f}, "
              f"{seconds / max(pages, 1):.2f} s/page wall, {cpu / max(pages, 1):.2f} CPU-s/page "
              f"(one thread) over {pages} pages")


if __name__ == "__main__":
    main()
