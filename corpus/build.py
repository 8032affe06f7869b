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
from docbuild import (  # noqa: E402  (shared Decree-30 machinery: docbuild.py)
    URGENCY, Numberer, blocks, body_line, build_appendix, header_table, new_document,
    page_number_header, para, rule, signature_table, to_pdf,
)

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
def build_admin(stem: str, text: str):
    b = blocks(text, strip=None)  # corpus/ strips all trailing whitespace
    issuer, motto, number_lines = b[0], b[1], b[2]
    i = 3
    urgency = None
    if len(b[i]) == 1 and b[i][0] in URGENCY:
        urgency, i = b[i][0], i + 1
    place_date = b[i][0]
    assert "ngày" in place_date, place_date
    i += 1
    doc = new_document()
    page_number_header(doc.sections[0])
    header_table(doc, issuer, PARENT_LINES.get(stem, 0), motto, number_lines, urgency, place_date)
    para(doc, "", size=8, after=0)
    if b[i][0] in TYPE_WORDS:  # type + title (a công văn has neither)
        para(doc, b[i][0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=0)
        for ln in b[i][1:]:
            para(doc, ln, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        rule(doc, 6.5, 6.5)
        para(doc, "", size=8, after=0)
        i += 1
    numberer = Numberer(doc, AUTO_NUMBER.get(stem))
    j_nn = next(k for k in range(i, len(b)) if b[k][0] == "Nơi nhận:")
    for blk in b[i:j_nn]:
        if blk[0] == "Kính gửi:":
            if len(blk) == 1:
                continue
            para(doc, "Kính gửi:", align=WD_ALIGN_PARAGRAPH.LEFT, left=2.0, before=6, after=0)
            for ln in blk[1:]:
                para(doc, ln, align=WD_ALIGN_PARAGRAPH.LEFT, left=4.3, after=0)
            para(doc, "", size=8, after=0)
            continue
        if blk[0].startswith("Kính gửi:"):  # inline "Kính gửi: X"
            para(doc, blk[0], align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
            blk = blk[1:]
        for ln in blk:
            body_line(doc, ln, numberer)
    recipients, authority, name = b[j_nn], b[j_nn + 1], b[j_nn + 2][0]
    signature_table(doc, recipients, authority, name)
    rest = b[j_nn + 3:]
    if rest:
        build_appendix(doc, rest, APPENDIX_WIDTHS)
    return doc


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
    want_pdf = "--pdf" in argv
    only = [a for a in argv if not a.startswith("--")]
    for txt in sorted(DOCS.glob("*.txt")):
        stem = txt.stem
        if only and stem not in only:
            continue
        text = txt.read_text(encoding="utf-8")
        doc = build_news(stem, text) if stem in NEWS else build_admin(stem, text)
        out = DOCS / f"{stem}_docx.docx"
        doc.save(out)
        print(out.relative_to(HERE.parent))
        if want_pdf:
            pdf = DOCS / f"{stem}_pdf.pdf"
            to_pdf(out, pdf)
            print(pdf.relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
