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
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FONT = "Times New Roman"

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
URGENCY = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HOẢ TỐC")
ROMAN_RE = re.compile(r"^([IVX]+)\.\s+(.*)$")
NUM_RE = re.compile(r"^(\d+)\.\s+(.*)$")


# ---------------------------------------------------------------- low-level helpers
def set_font(run, size=14, bold=None, italic=None, underline=None):
    run.font.name = FONT
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), FONT)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline
    return run


def para(container, text="", size=14, bold=False, italic=False,
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=0.0, left=0.0, right=0.0,
         before=0, after=6, line=1.0, keep_next=False, underline=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Cm(first) if first else None
    pf.left_indent = Cm(left) if left else None
    pf.right_indent = Cm(right) if right else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line
    pf.keep_with_next = keep_next or None
    if text:
        set_font(p.add_run(text), size, bold, italic, underline)
    return p


def rule(container, left_cm, right_cm):
    """A short horizontal line under the issuer and the motto."""
    p = para(container, "", size=2, align=WD_ALIGN_PARAGRAPH.CENTER,
             left=left_cm, right=right_cm, after=0)
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    p._p.get_or_add_pPr().append(pbdr)
    return p


def borderless_table(doc, widths_cm, rows=1, indent_cm=0.0):
    t = doc.add_table(rows=rows, cols=len(widths_cm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    if indent_cm:
        t.alignment = None
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), str(int(indent_cm * 567)))
        ind.set(qn("w:type"), "dxa")
        tblpr.append(ind)
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:w"), "57")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblpr.append(mar)
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths_cm[i])
            for p in list(cell.paragraphs):
                p._p.getparent().remove(p._p)
    return t


def grid_table(doc, rows: list[list[str]], widths_cm):
    """A real Word table with borders (the appendix task table)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            cell = t.cell(r, c)
            cell.width = Cm(widths_cm[c])
            p = cell.paragraphs[0]
            p.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c == 0
                                            else WD_ALIGN_PARAGRAPH.LEFT)
            p.paragraph_format.space_after = Pt(2)
            set_font(p.add_run(text), 12, bold=(r == 0))
    # the header row repeats on every page, as in real appendices
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    return t


def page_number_header(section):
    """Decree 30: page numbers centred at the top, from page 2."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    set_font(run, 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


def new_document(margins=(2.0, 2.0, 3.0, 2.0)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(14)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    rpr.append(lang)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
    sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
    sec.header_distance = Cm(1.0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = cp.comments = cp.title = ""
    return doc


# ---------------------------------------------------------------- automatic numbering
def add_numbering(doc, levels: list[tuple[str, str]]) -> int:
    """Define a multi-level list in numbering.xml and return its numId.

    levels: (numFmt, lvlText) per level, e.g. [("upperRoman", "%1."), ("decimal", "%2.")].
    The number is followed by a space (w:suff) so that a text export reads "I. MỤC …".
    """
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id, num_id = max(abs_ids, default=0) + 1, max(num_ids, default=0) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "space"),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        fonts = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(a), FONT)
        rpr.append(fonts)
        rpr.append(OxmlElement("w:b"))
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "28")
        rpr.append(sz)
        lvl.append(rpr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)  # every abstractNum precedes every num
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abs_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def set_num(p, num_id: int, ilvl: int):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lv = OxmlElement("w:ilvl")
    lv.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(lv)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Cm(1.0)


# ---------------------------------------------------------------- parsing the .txt
def blocks(text: str) -> list[list[str]]:
    return [[ln.rstrip() for ln in b.strip("\n").split("\n")]
            for b in re.split(r"\n\s*\n", text) if b.strip()]


def is_caps_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(s) < 90


# ---------------------------------------------------------------- building
class Numberer:
    """Applies automatic numbering to the typed headings of one document."""

    def __init__(self, doc, mode: str | None):
        self.mode = mode
        self.roman = self.decimal = 0
        self.num_id = None
        if mode == "roman":
            self.num_id = add_numbering(doc, [("upperRoman", "%1.")])
        elif mode == "roman+decimal":
            self.num_id = add_numbering(doc, [("upperRoman", "%1."), ("decimal", "%2.")])

    def strip(self, line: str) -> tuple[str, int | None]:
        """Return the text to write and the list level, or (line, None)."""
        if not self.mode:
            return line, None
        m = ROMAN_RE.match(line)
        if m:
            self.roman += 1
            self.decimal = 0
            assert roman(self.roman) == m.group(1), (line, self.roman)
            return m.group(2), 0
        m = NUM_RE.match(line)
        if m and self.mode == "roman+decimal" and self.roman:
            self.decimal += 1
            assert int(m.group(1)) == self.decimal, (line, self.decimal)
            return m.group(2), 1
        return line, None


def roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n]


def body_line(doc, line: str, numberer: Numberer | None, in_appendix=False):
    """One body line -> one paragraph, styled after what it is."""
    text, lvl = numberer.strip(line) if numberer else (line, None)
    if lvl is not None:
        p = para(doc, "", first=1.0, keep_next=lvl == 0, before=6 if lvl == 0 else 0)
        m = re.match(r"^([^:]{3,90}:)(.*)$", text)
        if lvl == 1 and m:
            set_font(p.add_run(m.group(1)), 14, bold=True)
            if m.group(2):
                set_font(p.add_run(m.group(2)), 14)
        else:
            set_font(p.add_run(text), 14, bold=(lvl == 0))
        set_num(p, numberer.num_id, lvl)
        return
    if ROMAN_RE.match(line):
        para(doc, line, bold=True, first=1.0, before=6, keep_next=True)
    elif is_caps_line(line):
        para(doc, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
    elif re.match(r"^Điều \d+\.", line):
        m = re.match(r"^(Điều \d+\.)(.*)$", line)
        p = para(doc, "", first=1.0)
        set_font(p.add_run(m.group(1)), 14, bold=True)
        set_font(p.add_run(m.group(2)), 14)
    elif re.match(r"^\d+\.\s", line):
        m = re.match(r"^(\d+\.\s[^:]{3,90}:)(.*)$", line)
        if m:  # an agency clause "1. Sở Nội vụ:" - lead-in in bold
            p = para(doc, "", first=1.0)
            set_font(p.add_run(m.group(1)), 14, bold=True)
            if m.group(2):
                set_font(p.add_run(m.group(2)), 14)
        elif len(line) < 70 and not line.endswith("."):
            para(doc, line, bold=True, italic=False, first=1.0, keep_next=True)
        else:
            para(doc, line, first=1.0)
    elif re.match(r"^[a-zđ]\)\s", line):
        m = re.match(r"^([a-zđ]\)\s[^:]{3,90}:)(.*)$", line)
        if m:
            p = para(doc, "", first=1.0)
            set_font(p.add_run(m.group(1)), 14, italic=True)
            set_font(p.add_run(m.group(2)), 14)
        else:
            para(doc, line, first=1.0)
    else:
        para(doc, line, first=1.0)


def header_table(doc, issuer, parent_n, motto, number_lines, urgency, place_date):
    t = borderless_table(doc, [7.0, 10.9], rows=2, indent_cm=-1.2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    for i, ln in enumerate(issuer):
        para(left, ln, size=13, bold=i >= parent_n, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if issuer[-1] != "*":
        rule(left, 2.3, 2.3)
    party = motto[0].startswith("ĐẢNG CỘNG SẢN")
    for i, ln in enumerate(motto):
        para(right, ln, size=13 if i == 0 else 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
             after=0, underline=True if party else None)
    if not party:
        rule(right, 2.9, 2.9)
    l2, r2 = t.cell(1, 0), t.cell(1, 1)
    para(l2, number_lines[0], size=13, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
    for ln in number_lines[1:]:  # the trích yếu of a công văn sits under the number
        para(l2, ln, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if urgency:
        para(l2, urgency, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
    para(r2, place_date, size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)


def signature_table(doc, recipients, authority, name):
    t = borderless_table(doc, [7.7, 9.0], rows=1, indent_cm=-0.6)
    left, right = t.cell(0, 0), t.cell(0, 1)
    para(left, recipients[0], size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
         before=12, after=0)
    for r in recipients[1:]:
        para(left, r, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    for i, ln in enumerate(authority):
        para(right, ln, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
             before=12 if i == 0 else 0, after=0)
    for _ in range(4):  # room for signature and seal
        para(right, "", size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(right, name, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)


def build_admin(stem: str, text: str):
    b = blocks(text)
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
        build_appendix(doc, rest)
    return doc


def build_appendix(doc, rest: list[list[str]]):
    """Appendix on a new page: centred heading block, body lines, tab rows as a table."""
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    head = rest[0]
    for ln in head:
        if ln.startswith("("):
            para(doc, ln, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        else:
            para(doc, ln, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    rule(doc, 6.5, 6.5)
    para(doc, "", size=8, after=0)
    for blk in rest[1:]:
        if all("\t" in ln for ln in blk):
            rows = [ln.split("\t") for ln in blk]
            assert len({len(r) for r in rows}) == 1, rows
            widths = {6: [1.2, 4.4, 2.9, 2.9, 2.4, 2.4]}.get(len(rows[0]),
                                                            [16.9 / len(rows[0])] * len(rows[0]))
            grid_table(doc, rows, widths)
        else:
            for ln in blk:
                body_line(doc, ln, None, in_appendix=True)


def build_news(stem: str, text: str):
    b = blocks(text)
    headline, dateline = b[0][0], b[1][0]
    doc = new_document(margins=(2.0, 2.0, 2.5, 2.0))
    para(doc, headline, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    para(doc, dateline, size=12, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=12)
    for blk in b[2:-1]:
        for ln in blk:
            para(doc, ln, size=13, after=8, line=1.15)
    para(doc, b[-1][0], size=13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    return doc


def to_pdf(docx: Path, pdf: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", out, str(docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(Path(out) / (docx.stem + ".pdf")), pdf)


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
