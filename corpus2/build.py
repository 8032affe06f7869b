#!/usr/bin/env python3
"""Build the .docx/.pdf renditions and the gold files of the blind corpus corpus2/.

    .venv/bin/python corpus2/build.py          # docs/STEM.txt -> docs/STEM_docx.docx
    .venv/bin/python corpus2/build.py --pdf    # also docs/STEM_pdf.pdf via soffice
    .venv/bin/python corpus2/build.py --gold   # gold/*.gold.json from ANNOTATIONS (+ checks)

Adapted from corpus/build.py (same Decree 30/2020 layout machinery). The .txt files are
the source, read in the encoding they were archived in (ENCODING: one Windows-1258, one
UTF-16 with BOM, the rest UTF-8): every paragraph of a .docx is a line of its .txt, in
order, with nothing added or dropped, except where automatic list numbering replaces a
typed number (see AUTO_NUMBER), and tab-separated rows, which become the cells of a real
Word table (the task table in the body of the Cam Lộ plan; the side-by-side signatures of
the joint plan). Layout follows Decree 30/2020/ND-CP, like the dev set's
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

GOLD = HERE / "gold"

# Encoding of each archived .txt (default UTF-8). Both of these also use CRLF line ends.
ENCODING = {
    "cv-so-vhttdl-quang-nam-du-lich-he-2025": "cp1258",
    "bc-ubnd-duc-trong-dat-dai-6-thang-2024": "utf-16",
}
# Documents whose headings use Word automatic numbering (numbering.xml) instead of
# typed numbers: "roman" = the I., II. parts; "roman+decimal" also the 1., 2. clauses
# under them; "decimal+sub" = clauses 1., 2. and sub-clauses 1.1., 1.2. (lvlText %1.%2.).
AUTO_NUMBER = {
    "kh-ubnd-cam-lo-nong-thon-moi-2025": "roman",
    "hd-so-tai-chinh-binh-thuan-han-han-2025": "decimal+sub",
    "kh-lien-tich-syt-hlhpn-dong-thap-sxh-2024": "roman+decimal",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "cv-so-vhttdl-quang-nam-du-lich-he-2025": 1,
    "kh-so-cong-thuong-ben-tre-ocop-du-thao-2025": 1,
    "hd-so-tai-chinh-binh-thuan-han-han-2025": 1,
}
NEWS = {"tin-kon-tum-chi-thi-chay-rung-2024"}

TYPE_WORDS = ("KẾ HOẠCH", "KẾ HOẠCH LIÊN TỊCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
              "TỜ TRÌNH", "HƯỚNG DẪN")
URGENCY = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HOẢ TỐC")
ROMAN_RE = re.compile(r"^([IVX]+)\.\s+(.*)$")
NUM_RE = re.compile(r"^(\d+)\.\s+(.*)$")
SUB_RE = re.compile(r"^(\d+)\.(\d+)\.\s+(.*)$")


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
    # rstrip spaces only: an empty last table cell leaves a trailing tab
    return [[ln.rstrip(" \r") for ln in b.strip("\n").split("\n")]
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
        elif mode == "decimal+sub":
            self.num_id = add_numbering(doc, [("decimal", "%1."), ("decimal", "%1.%2.")])

    def strip(self, line: str) -> tuple[str, int | None]:
        """Return the text to write and the list level, or (line, None)."""
        if not self.mode:
            return line, None
        if self.mode == "decimal+sub":
            m = SUB_RE.match(line)
            if m:
                self.decimal += 1
                assert (int(m.group(1)), int(m.group(2))) == (self.roman, self.decimal), line
                return m.group(3), 1
            m = NUM_RE.match(line)
            if m:
                self.roman += 1
                self.decimal = 0
                assert int(m.group(1)) == self.roman, line
                return m.group(2), 0
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


def joint_signature(doc, authority_rows, names_row, recipients):
    """Two signature blocks side by side, then Nơi nhận under them (joint plans)."""
    t = borderless_table(doc, [8.4, 8.4], rows=1)
    cols = list(zip(*[(r.split("\t") + [""])[:2] for r in authority_rows]))
    names = (names_row.split("\t") + [""])[:2]
    for c in range(2):
        cell = t.cell(0, c)
        for k, ln in enumerate(cols[c]):
            if ln:
                para(cell, ln, size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     before=12 if k == 0 else 0, after=0)
        for _ in range(4):
            para(cell, "", size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        para(cell, names[c], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, recipients[0], size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
         before=12, after=0)
    for r in recipients[1:]:
        para(doc, r, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0)


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
    # a joint document signs side by side (tab-separated columns) before its Nơi nhận
    j_sig = next((k for k in range(i, j_nn) if "\t" in b[k][0]
                  and b[k][0].split("\t")[0].startswith(("KT.", "TM."))), None)
    for blk in b[i:j_sig if j_sig is not None else j_nn]:
        if all("\t" in ln for ln in blk):  # a task table in the body
            rows = [ln.split("\t") for ln in blk]
            assert len({len(r) for r in rows}) == 1, rows
            widths = {6: [1.0, 5.2, 3.3, 3.3, 2.4, 1.8]}.get(len(rows[0]),
                                                            [17.0 / len(rows[0])] * len(rows[0]))
            grid_table(doc, rows, widths)
            para(doc, "", size=6, after=0)
            continue
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
    if j_sig is not None:
        joint_signature(doc, b[j_sig], b[j_sig + 1][0], b[j_nn])
        rest = b[j_nn + 1:]
    else:
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
    """A news page saved to Word: breadcrumb, headline, time, 'Chia sẻ', paragraphs,
    byline, tags and the 'Tin liên quan' stub, each a paragraph as in the .txt."""
    b = blocks(text)
    doc = new_document(margins=(2.0, 2.0, 2.5, 2.0))
    crumb, headline, dateline, share = b[0][0], b[1][0], b[2][0], b[3][0]
    para(doc, crumb, size=10, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    para(doc, headline, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    para(doc, dateline, size=11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    para(doc, share, size=10, align=WD_ALIGN_PARAGRAPH.LEFT, after=12)
    j_by = next(k for k in range(4, len(b)) if "(Theo " in b[k][0])
    for k, blk in enumerate(b[4:j_by]):
        for ln in blk:
            para(doc, ln, size=13, bold=(k == 0), after=8, line=1.15)
    para(doc, b[j_by][0], size=13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    for blk in b[j_by + 1:]:
        for ln in blk:
            para(doc, ln, size=10, align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=2)
    return doc


def to_pdf(docx: Path, pdf: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", out, str(docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(Path(out) / (docx.stem + ".pdf")), pdf)


# ================================================================ gold annotations
# One entry per document; the .txt, .docx and .pdf renditions share it (the renditions
# carry the same text and header). Conventions: ../shared/eval/dev/NOTES.md section 2 and
# corpus/README.md; choices for this corpus: corpus2/README.md. Body alternatives are
# written once and reused by the tasks.

def t(lead, deadline=None):
    return {"lead": lead, "deadline": deadline}


ANNOTATIONS: dict[str, dict] = {}

# ---------------------------------------------------------------- 1 Cam Lộ (table in body)
VPDP_CL = ["Văn phòng Điều phối nông thôn mới huyện", "Văn phòng Điều phối nông thôn mới huyện Cam Lộ",
           "Văn phòng Điều phối NTM huyện", "Văn phòng Điều phối nông thôn mới"]
UBX_CL = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
TCKH_CL = ["Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính Kế hoạch",
           "Phòng TC-KH", "Phòng Tài chính - Kế hoạch huyện Cam Lộ"]
NNMT_CL = ["Phòng Nông nghiệp và Môi trường", "Phòng Nông nghiệp và Môi trường huyện", "Phòng NN&MT",
           "Phòng Nông nghiệp và Môi trường huyện Cam Lộ"]
HND_CL = ["Hội Nông dân huyện", "Hội Nông dân huyện Cam Lộ"]
PN_CL = ["Hội Liên hiệp Phụ nữ huyện", "Hội LHPN huyện", "Hội Liên hiệp Phụ nữ huyện Cam Lộ"]
KTHT_CL = ["Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế và Hạ tầng huyện", "Phòng KT&HT", "Phòng Kinh tế - Hạ tầng"]
TTYT_CL = ["Trung tâm Y tế huyện", "Trung tâm Y tế huyện Cam Lộ", "TTYT huyện"]
MTTQ_CL = ["Ủy ban MTTQ Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ huyện",
           "Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", "Ủy ban MTTQ",
           "Ủy ban MTTQ Việt Nam huyện Cam Lộ"]
VHTT_CL = ["Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm Văn hóa - Thông tin và Thể thao",
           "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Trung tâm VH-TT&TT huyện", "Trung tâm VHTT&TT huyện"]
ANNOTATIONS["kh-ubnd-cam-lo-nong-thon-moi-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": ["45/KH-UBND", "45 /KH-UBND"],
        "issuer": ["Ủy ban nhân dân huyện Cam Lộ", "UBND huyện Cam Lộ"],
        "place": "Cam Lộ", "issued_date": "2025-03-14",
        "title": "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Cam Lộ năm 2025",
        "signer": {"name": "Hoàng Đức Long", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU NĂM 2025"},
        {"number": "III", "title": "NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Huy động sức mạnh tổng hợp của cả hệ thống chính trị và người dân",
        "Xác định rõ nội dung công việc, đơn vị thực hiện và thời gian hoàn thành",
        "02 xã đạt chuẩn nông thôn mới nâng cao",
        "62 triệu đồng/người/năm",
        "Tỷ lệ hộ nghèo đa chiều giảm còn dưới 2,5%",
        "100% thôn, bản có nhà văn hóa đạt chuẩn",
    ],
    "percentages": [2.5, 100],
    # table rows 1, 2 (Quý II -> the plan's year), 4 (Tháng 8-9/2025 -> its end), 5, 7; IV.1, IV.3
    "deadlines": ["2025-06-30", "2025-Q2", "2025-09", "2025-10", "2025-11-15", "2025-12-10", "2025-04"],
    "bodies": [VPDP_CL, UBX_CL, TCKH_CL, NNMT_CL, HND_CL, PN_CL, KTHT_CL, TTYT_CL, MTTQ_CL, VHTT_CL],
    "tasks": [
        t(VPDP_CL, "2025-06-30"), t(TCKH_CL, "2025-Q2"), t(NNMT_CL), t(NNMT_CL, "2025-09"),
        t(NNMT_CL, "2025-10"), t(MTTQ_CL), t(UBX_CL, "2025-11-15"),
        t(VPDP_CL, "2025-12-10"), t(TCKH_CL), t(UBX_CL, "2025-04"), t(MTTQ_CL),
    ],
    "references": ["263/QĐ-TTg", "38/KH-UBND"],
}

# ---------------------------------------------------------------- 2 Quảng Nam (cp1258 letter)
HHDL_QN = ["Hiệp hội Du lịch tỉnh Quảng Nam", "Hiệp hội Du lịch tỉnh", "Hiệp hội Du lịch Quảng Nam"]
UBH_QN = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố"]
VHTT_QN = ["Phòng Văn hóa và Thông tin", "Phòng Văn hoá và Thông tin", "Phòng VH&TT",
           "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "Phòng Văn hóa - Thông tin"]
XTDL_QN = ["Trung tâm Xúc tiến Du lịch tỉnh", "Trung tâm Xúc tiến Du lịch", "Trung tâm Xúc tiến Du lịch tỉnh Quảng Nam"]
QLDL_QN = ["Phòng Quản lý Du lịch", "Phòng QLDL", "Phòng Quản lý Du lịch Sở VHTTDL"]
TTS_QN = ["Thanh tra Sở", "Thanh tra Sở VHTTDL", "Thanh tra Sở Văn hóa, Thể thao và Du lịch"]
ANNOTATIONS["cv-so-vhttdl-quang-nam-du-lich-he-2025"] = {
    "document": {
        "type": "Công văn", "number": "1186/SVHTTDL-QLDL",
        "issuer": ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam", "Sở Văn hóa, Thể thao và Du lịch",
                   "Sở VHTTDL", "Sở VHTTDL Quảng Nam", "Sở VHTTDL tỉnh Quảng Nam",
                   "Sở Văn hóa, Thể thao và Du lịch Quảng Nam"],
        "place": "Quảng Nam", "issued_date": "2025-06-09",
        "title": "triển khai các giải pháp kích cầu du lịch và báo cáo tình hình du lịch hè năm 2025",
        "signer": {"name": "Lê Thị Hoài Thương", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": "Đề nghị UBND các huyện, thị xã, thành phố"},
        {"number": "3", "title": None},
        {"number": "4", "title": None},
    ],
    "goals": [
        "thu hút du khách trong mùa cao điểm hè",
        "lượng khách lưu trú tăng 15% so với cùng kỳ năm 2024",
        "giảm giá tối thiểu 20%",
    ],
    "percentages": [15, 20],
    "deadlines": ["2025-07-25", "2025-07-31"],
    "bodies": [HHDL_QN, UBH_QN, VHTT_QN, XTDL_QN, QLDL_QN, TTS_QN],
    "tasks": [t(HHDL_QN), t(UBH_QN), t(UBH_QN), t(UBH_QN, "2025-07-25"), t(QLDL_QN, "2025-07-31")],
    "references": ["2745/KH-UBND"],
}

# ---------------------------------------------------------------- 3 Bến Tre (draft, PHẦN)
TTKC_BT = ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Trung tâm Khuyến công",
           "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Bến Tre", "Trung tâm KC&TVPTCN"]
VPDP_BT = ["Văn phòng Điều phối nông thôn mới tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh Bến Tre",
           "VP Điều phối NTM tỉnh", "Văn phòng Điều phối NTM tỉnh"]
QLTM_BT = ["Phòng Quản lý Thương mại", "Phòng QLTM", "Phòng Quản lý Thương mại Sở Công Thương"]
QLTT_BT = ["Chi cục Quản lý thị trường", "Chi cục QLTT", "Chi cục Quản lý thị trường tỉnh Bến Tre",
           "Chi cục Quản lý thị trường tỉnh"]
UBH_BT = ["UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thành phố"]
ANNOTATIONS["kh-so-cong-thuong-ben-tre-ocop-du-thao-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": None,
        "issuer": ["Sở Công Thương tỉnh Bến Tre", "Sở Công Thương Bến Tre", "Sở Công Thương"],
        "place": "Bến Tre", "issued_date": "2025-02",
        "title": "Xúc tiến thương mại, phát triển thị trường tiêu thụ sản phẩm OCOP tỉnh Bến Tre năm 2025",
        "signer": {"name": "Nguyễn Văn Khởi", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "I", "title": "KẾT QUẢ THỰC HIỆN NĂM 2024"},
        {"number": "II", "title": "KẾ HOẠCH NĂM 2025"},
    ],
    "goals": [
        "Hỗ trợ các chủ thể OCOP mở rộng thị trường tiêu thụ",
        "Các hoạt động xúc tiến thương mại phải thiết thực, tiết kiệm, đúng đối tượng",
        "100% sản phẩm OCOP từ 3 sao trở lên được giới thiệu",
        "ít nhất 01 hoạt động xúc tiến thương mại trong năm đạt trên 95%",
        "hàng nhái sản phẩm OCOP giảm 10% so với cùng kỳ",
        "Thành lập mới 05 điểm giới thiệu và bán sản phẩm OCOP",
        "Hỗ trợ 30 chủ thể OCOP tham gia các hội chợ",
    ],
    "percentages": [92.4, 12.6, 100, 95, 10],
    "deadlines": ["2025-Q3", "2025-12-15", "2025-03-31"],
    "bodies": [TTKC_BT, VPDP_BT, QLTM_BT, QLTT_BT, UBH_BT],
    "tasks": [t(TTKC_BT), t(QLTM_BT, "2025-12-15"), t(QLTT_BT), t(UBH_BT, "2025-03-31")],
    "references": [],
}

# ---------------------------------------------------------------- 4 Ninh Thuận (Quyết định)
VHTTDL_NT = ["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá, Thể thao và Du lịch", "Sở VHTTDL",
             "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận", "Văn hoá, Thể thao và Du lịch",
             "Văn hóa, Thể thao và Du lịch"]
UBNP_NT = ["UBND huyện Ninh Phước", "Ủy ban nhân dân huyện Ninh Phước", "Chủ tịch UBND huyện Ninh Phước"]
TC_NT = ["Sở Tài chính", "Sở Tài chính tỉnh Ninh Thuận", "Tài chính"]
NNMT_NT = ["Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở Nông nghiệp và Môi trường tỉnh Ninh Thuận",
           "Nông nghiệp và Môi trường"]
VP_NT = ["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Chánh Văn phòng UBND tỉnh",
         "Văn phòng UBND tỉnh Ninh Thuận"]
ANNOTATIONS["qd-ubnd-ninh-thuan-gom-cham-2025"] = {
    "document": {
        "type": "Quyết định", "number": "712/QĐ-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Ninh Thuận", "UBND tỉnh Ninh Thuận",
                   "Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận", "Chủ tịch UBND tỉnh Ninh Thuận"],
        "place": "Ninh Thuận", "issued_date": "2025-06-05",
        "title": "Phê duyệt Kế hoạch bảo vệ và phát huy giá trị di sản văn hoá phi vật thể Nghệ thuật làm gốm của người Chăm giai đoạn 2025 - 2030",
        "signer": {"name": "Trịnh Minh Hoàng", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": None},
        {"number": "3", "title": None},
    ],
    "goals": [
        "Bảo vệ bền vững và phát huy giá trị di sản",
        "ít nhất 150 nghệ nhân, thợ gốm trẻ được truyền dạy",
        "100% hộ làm gốm được hỗ trợ quảng bá",
        "duy trì ít nhất 02 lớp truyền dạy mỗi năm",
    ],
    "percentages": [100],
    "deadlines": ["2025-09-30"],
    "bodies": [VHTTDL_NT, UBNP_NT, TC_NT, NNMT_NT, VP_NT],
    "tasks": [t(VHTTDL_NT, "2025-09-30"), t(TC_NT), t(VP_NT)],
    "references": ["95/TTr-SVHTTDL"],
}

# ---------------------------------------------------------------- 5 Đức Trọng (Báo cáo, UTF-16)
STNMT_LD = ["Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "Sở Tài nguyên và Môi trường", "Sở TN&MT",
            "Sở TNMT", "Sở TN&MT tỉnh Lâm Đồng", "Sở Tài nguyên và Môi trường Lâm Đồng"]
CNVP_DT = ["Chi nhánh Văn phòng Đăng ký đất đai huyện", "Chi nhánh Văn phòng Đăng ký đất đai",
           "Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng", "Chi nhánh VPĐKĐĐ huyện"]
UBX_DT = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
PTNMT_DT = ["Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường huyện", "Phòng TN&MT",
            "Phòng TN&MT huyện", "Phòng TNMT"]
TTRA_DT = ["Thanh tra huyện", "Thanh tra huyện Đức Trọng"]
ANNOTATIONS["bc-ubnd-duc-trong-dat-dai-6-thang-2024"] = {
    "document": {
        "type": "Báo cáo", "number": "318/BC-UBND",
        "issuer": ["Ủy ban nhân dân huyện Đức Trọng", "UBND huyện Đức Trọng"],
        "place": "Đức Trọng", "issued_date": "2024-06-28",
        "title": "Sơ kết công tác đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất và xây dựng cơ sở dữ liệu địa chính 6 tháng đầu năm 2024",
        "signer": {"name": "Võ Thị Kim Phượng", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024"},
        {"number": "II", "title": "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"},
        {"number": "III", "title": "PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024"},
        {"number": "IV", "title": "ĐỀ XUẤT, KIẾN NGHỊ"},
    ],
    "goals": [
        "cấp mới 800 Giấy chứng nhận lần đầu",
        "tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên",
    ],
    "percentages": [95.2, 61.8, 97.3, 60, 40, 85.4, 12, 4.8, 100, 98],
    "deadlines": ["2024-11-30", "2024-Q3"],
    "bodies": [STNMT_LD, CNVP_DT, UBX_DT, PTNMT_DT, TTRA_DT],
    "tasks": [t(CNVP_DT, "2024-11-30"), t(PTNMT_DT, "2024-Q3"), t(UBX_DT), t(STNMT_LD)],
    "references": ["1520/STNMT-ĐĐBĐ"],
}

# ---------------------------------------------------------------- 6 Kon Tum (news on a Chỉ thị)
SNN_KT = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở Nông nghiệp và PTNT",
          "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum", "Sở NNPTNT"]
KL_KT = ["Chi cục Kiểm lâm tỉnh", "Chi cục Kiểm lâm", "Chi cục Kiểm lâm tỉnh Kon Tum"]
CA_KT = ["Công an tỉnh", "Công an tỉnh Kon Tum"]
QS_KT = ["Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh Kon Tum"]
BP_KT = ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy BĐBP tỉnh",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum"]
UBH_KT = ["UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thành phố"]
UBX_KT = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
DAI_KT = ["Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh",
          "Đài Phát thanh và Truyền hình tỉnh Kon Tum"]
BAO_KT = ["Báo Kon Tum"]
ANNOTATIONS["tin-kon-tum-chi-thi-chay-rung-2024"] = {
    "document": {
        "type": "Tin bài", "number": "01/CT-UBND",
        "issuer": ["Chủ tịch UBND tỉnh Kon Tum", "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum", "Chủ tịch UBND tỉnh",
                   "UBND tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"],
        "place": "Kon Tum", "issued_date": "2024-01-16",
        "title": "Kon Tum: Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô 2023 – 2024",
        "signer": None,
    },
    "sections": [],
    "goals": [
        "không để xảy ra cháy rừng lớn",
        "giảm ít nhất 30% số vụ cháy rừng",
        "100% chủ rừng là tổ chức xây dựng và thực hiện phương án",
        "100% hộ gia đình sống gần rừng ký cam kết bảo vệ rừng",
    ],
    "percentages": [30, 100, 100],
    "deadlines": ["2024-01-31", "2024-01-25"],
    "bodies": [SNN_KT, KL_KT, CA_KT, QS_KT, BP_KT, UBH_KT, UBX_KT, DAI_KT, BAO_KT],
    "tasks": [t(SNN_KT, "2024-01-31"), t(CA_KT), t(UBH_KT, "2024-01-25"), t(DAI_KT), t(SNN_KT)],
    "references": ["01/CT-UBND"],
}

# ---------------------------------------------------------------- 7 Bình Thuận (Hướng dẫn)
UBX_BTh = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
UBH_BTh = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
           "UBND huyện, thị xã, thành phố"]
NNMT_BTh = ["Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở Nông nghiệp và Môi trường tỉnh Bình Thuận"]
TL_BTh = ["Công ty TNHH MTV Khai thác công trình thuỷ lợi Bình Thuận", "Công ty TNHH MTV Khai thác công trình thủy lợi Bình Thuận",
          "Công ty TNHH một thành viên Khai thác công trình thủy lợi Bình Thuận", "Công ty Khai thác công trình thủy lợi Bình Thuận"]
QLNS_BTh = ["Phòng Quản lý ngân sách", "Phòng Quản lý ngân sách (Sở Tài chính)", "Phòng Quản lý ngân sách Sở Tài chính",
            "Phòng QLNS"]
TCKH_BTh = ["Phòng Tài chính - Kế hoạch các huyện, thị xã, thành phố", "Phòng Tài chính - Kế hoạch",
            "Phòng Tài chính - Kế hoạch huyện, thị xã, thành phố", "Phòng TC-KH"]
ANNOTATIONS["hd-so-tai-chinh-binh-thuan-han-han-2025"] = {
    "document": {
        "type": "Hướng dẫn", "number": "1874/HD-STC",
        "issuer": ["Sở Tài chính tỉnh Bình Thuận", "Sở Tài chính Bình Thuận", "Sở Tài chính"],
        "place": "Bình Thuận", "issued_date": "2025-06-20",
        "title": "Lập hồ sơ đề nghị hỗ trợ, thanh toán và quyết toán kinh phí khắc phục thiệt hại do hạn hán vụ Đông Xuân 2024 - 2025",
        "signer": {"name": "Nguyễn Hữu Thoại", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": "Đối tượng, mức hỗ trợ"},
        {"number": "2", "title": "Hồ sơ, trình tự thực hiện"},
        {"number": "3", "title": "Cấp phát, thanh toán và quyết toán kinh phí"},
        {"number": "4", "title": "Tổ chức thực hiện"},
    ],
    "goals": [
        "hỗ trợ kịp thời người sản xuất khôi phục sản xuất sau hạn hán",
        "bảo đảm kinh phí được sử dụng đúng mục đích, đúng đối tượng",
    ],
    "percentages": [30, 70, 30, 70, 70],
    "deadlines": ["2025-08-15", "2025-09-30"],
    "bodies": [UBX_BTh, UBH_BTh, NNMT_BTh, TL_BTh, QLNS_BTh, TCKH_BTh],
    "tasks": [t(UBX_BTh), t(UBH_BTh, "2025-08-15"), t(NNMT_BTh), t(QLNS_BTh), t(UBX_BTh, "2025-09-30"),
              t(UBH_BTh), t(TCKH_BTh)],
    "references": ["02/2017/NĐ-CP", "1105/QĐ-UBND"],
}

# ---------------------------------------------------------------- 8 Đồng Tháp (joint plan)
SYT_DTh = ["Sở Y tế", "Sở Y tế tỉnh Đồng Tháp", "Sở Y tế Đồng Tháp"]
PN_DTh = ["Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp", "Hội LHPN tỉnh Đồng Tháp"]
CDC_DTh = ["Trung tâm Kiểm soát bệnh tật tỉnh", "CDC", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)",
           "Trung tâm Kiểm soát bệnh tật tỉnh Đồng Tháp", "CDC Đồng Tháp", "CDC tỉnh"]
TTYT_DTh = ["Trung tâm Y tế các huyện, thành phố", "Trung tâm Y tế huyện, thành phố", "Trung tâm Y tế các huyện"]
PNH_DTh = ["Hội Liên hiệp Phụ nữ các huyện, thành phố", "Hội LHPN các huyện, thành phố",
           "Hội Liên hiệp Phụ nữ huyện, thành phố"]
UBX_DTh = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
NVY_DTh = ["Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Y (Sở Y tế)", "Phòng Nghiệp vụ Y Sở Y tế"]
GDXH_DTh = ["Ban Gia đình – Xã hội", "Ban Gia đình - Xã hội", "Ban Gia đình - Xã hội (Hội Liên hiệp Phụ nữ tỉnh)",
            "Ban Gia đình - Xã hội Hội LHPN tỉnh"]
ANNOTATIONS["kh-lien-tich-syt-hlhpn-dong-thap-sxh-2024"] = {
    "document": {
        "type": ["Kế hoạch", "Kế hoạch liên tịch"], "number": "27/KHLT-SYT-HLHPN",
        "issuer": ["Sở Y tế - Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp", "Sở Y tế – Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp",
                   "Sở Y tế - Hội Liên hiệp Phụ nữ", "Sở Y tế tỉnh Đồng Tháp", "Sở Y tế",
                   "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp", "Sở Y tế và Hội Liên hiệp Phụ nữ tỉnh"],
        "place": "Đồng Tháp", "issued_date": "2024-04-22",
        "title": "Phối hợp phòng, chống bệnh sốt xuất huyết trong cộng đồng trên địa bàn tỉnh Đồng Tháp năm 2024",
        "signer": {"name": ["Phạm Văn Tuấn", "Nguyễn Thị Ngọc Trinh"], "position": ["Phó Giám đốc", "Chủ tịch"]},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH – YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Nâng cao nhận thức và kỹ năng của hội viên, phụ nữ và gia đình",
        "Góp phần giảm số ca mắc và không để xảy ra tử vong do sốt xuất huyết",
        "Hoạt động phối hợp được thực hiện thường xuyên, có trọng tâm",
        "giảm 15% số ca mắc sốt xuất huyết",
        "tỷ lệ tử vong dưới 0,05%",
        "100% cơ sở Hội cấp xã tổ chức ít nhất 01 đợt ra quân",
        "80% hộ gia đình hội viên được hướng dẫn",
        "02 lớp tập huấn cho cán bộ Hội cấp huyện, xã",
    ],
    "percentages": [15, 0.05, 100, 80],
    "deadlines": ["2024-05", "2024-05-15", "2024-12-10"],
    "bodies": [SYT_DTh, PN_DTh, CDC_DTh, TTYT_DTh, PNH_DTh, UBX_DTh, NVY_DTh, GDXH_DTh],
    "tasks": [t(SYT_DTh, "2024-05"), t(SYT_DTh), t(SYT_DTh), t(PN_DTh, "2024-05-15"), t(PN_DTh),
              t(UBX_DTh), t(NVY_DTh, "2024-12-10")],
    "references": ["3711/QĐ-BYT", "05/CTrPH-SYT-HLHPN"],
}


def check(stem: str, gold: dict) -> list[str]:
    """Goal phrases occur verbatim in the decoded .txt; dates are ISO (partial) strings;
    every task lead is one of the gold bodies; the title's words are in the text."""
    problems = []
    text = read_txt(DOCS / f"{stem}.txt")
    flat = re.sub(r"\s+", " ", text)
    for g in gold["goals"]:
        if g not in flat:
            problems.append(f"{stem}: goal not verbatim: {g!r}")
    date_re = re.compile(r"^\d{4}(-(\d{2}|Q[1-4])(-\d{2})?)?$")
    for d in gold["deadlines"] + [x["deadline"] for x in gold["tasks"] if x["deadline"]]:
        if not date_re.match(d):
            problems.append(f"{stem}: bad date {d!r}")
    task_dates = sorted(x["deadline"] for x in gold["tasks"] if x["deadline"])
    if not set(task_dates) <= set(gold["deadlines"]):
        problems.append(f"{stem}: task deadline not among deadlines: {task_dates}")
    for x in gold["tasks"]:
        if x["lead"] not in gold["bodies"]:
            problems.append(f"{stem}: task lead not among bodies: {x['lead'][0]}")
    for b in gold["bodies"]:
        if not any(re.sub(r"\s+", " ", a) in flat for a in b):
            problems.append(f"{stem}: no printed form of body {b[0]!r}")
    for r in gold["references"]:
        if r not in flat:
            problems.append(f"{stem}: reference not printed: {r!r}")
    title = gold["document"]["title"]
    if title and re.sub(r"\s+", " ", title) not in flat:
        problems.append(f"{stem}: title not printed as one run: {title!r}")
    return problems


def write_gold() -> int:
    import json
    GOLD.mkdir(exist_ok=True)
    problems = []
    for stem, gold in ANNOTATIONS.items():
        problems += check(stem, gold)
        for suffix, ext in (("", "txt"), ("_docx", "docx"), ("_pdf", "pdf")):
            name = f"{stem}{suffix}"
            if not (DOCS / f"{name}.{ext}").exists():
                problems.append(f"missing {name}.{ext}")
                continue
            (GOLD / f"{name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    print(f"{len(ANNOTATIONS)} documents, {len(list(GOLD.glob('*.gold.json')))} gold files")
    return 1 if problems else 0


def read_txt(txt: Path) -> str:
    """The archived text, decoded, NFC, LF line ends (Windows-1258 stores tones combining)."""
    import unicodedata
    raw = txt.read_bytes().decode(ENCODING.get(txt.stem, "utf-8"))
    return unicodedata.normalize("NFC", raw).replace("\r\n", "\n")


def main(argv: list[str]) -> int:
    if "--gold" in argv:
        return write_gold()
    want_pdf = "--pdf" in argv
    only = [a for a in argv if not a.startswith("--")]
    for txt in sorted(DOCS.glob("*.txt")):
        stem = txt.stem
        if only and stem not in only:
            continue
        text = read_txt(txt)
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
