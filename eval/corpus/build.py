#!/usr/bin/env python3
"""Build the .docx (and, with --pdf, .pdf) renditions of the corpus documents.

    .venv/bin/python corpus/build.py          # docs/STEM.txt -> docs/STEM_docx.docx
    .venv/bin/python corpus/build.py --pdf    # also docs/STEM_pdf.pdf via soffice

The .txt files are the source: every paragraph of a .docx is a line of its .txt, in
order, with nothing added or dropped, except where automatic list numbering replaces a
typed number (see AUTO_NUMBER). Layout follows Decree 30/2020/ND-CP, like the dev set's
make_renditions.py: A4, Times New Roman, a borderless two-column header table
(issuer | motto; number, V/v and urgency | place and date), centred bold type and title,
justified body, a borderless signature table (Nơi nhận | signature), appendices on a
new page with real Word tables for tab-separated rows. The PDFs are LibreOffice exports
(`soffice --headless --convert-to pdf`); LibreOffice is needed only to rebuild them.
The machinery (tables, fonts, numbering, soffice, gold checks) is in docbuild.py, shared
with corpus2-4/build.py and gold_src.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docbuild  # noqa: E402  (shared Decree-30 machinery: docbuild.py)
from docbuild import blocks, new_document, para  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# Documents whose headings use Word automatic numbering (numbering.xml) instead of
# typed numbers: "roman" = the I., II. parts; "roman+decimal" also the 1., 2. clauses
# under them (a two-level list, the clauses restart after each part).
AUTO_NUMBER = {
    "kh-so-cong-thuong-lao-cai-2024": "roman",
    "kh-so-gddt-ha-giang-du-thao-2023": "roman+decimal",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "kh-so-cong-thuong-lao-cai-2024": 1,
    "kh-so-gddt-ha-giang-du-thao-2023": 1,
    "ctr-tinh-uy-quang-ninh-2025": 1,
}
NEWS = {"tin-ubnd-phu-tho-rac-thai-nhua-2024"}

TYPE_WORDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
              "TỜ TRÌNH", "HƯỚNG DẪN")

# Appendix task tables: column widths (cm) per column count (else equal widths).
APPENDIX_WIDTHS = {6: [1.2, 4.4, 2.9, 2.9, 2.4, 2.4]}


# ---------------------------------------------------------------- building (helpers: docbuild.py)
LAYOUT = docbuild.Layout(TYPE_WORDS, PARENT_LINES, AUTO_NUMBER, appendix_widths=APPENDIX_WIDTHS,
                         strip=None)  # corpus/ strips all trailing whitespace


def build(stem: str, text: str):
    """The .docx of one document: a news page or an administrative document."""
    return build_news(stem, text) if stem in NEWS else docbuild.build_admin(stem, text, LAYOUT)


def build_news(stem: str, text: str):
    b = blocks(text, strip=None)  # corpus/ strips all trailing whitespace
    headline, dateline = b[0][0], b[1][0]
    doc = new_document(margins=(2.0, 2.0, 2.5, 2.0))
    para(doc, headline, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    para(doc, dateline, size=12, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=12)
    for blk in b[2:-1]:
        for ln in blk:
            para(doc, ln, size=13, after=8, line=1.15)
    para(doc, b[-1][0], size=13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    return doc


def main(argv: list[str]) -> int:
    return docbuild.run(argv, DOCS, build)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
