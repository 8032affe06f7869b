#!/usr/bin/env python3
"""Build the .docx/.pdf renditions and the gold files of the blind corpus corpus3/.

    .venv/bin/python corpus3/build.py          # docs/STEM.txt -> docs/STEM_docx.docx
    .venv/bin/python corpus3/build.py --pdf    # also docs/STEM_pdf.pdf via soffice
    .venv/bin/python corpus3/build.py --gold   # gold/*.gold.json from ANNOTATIONS (+ checks)

Adapted from corpus2/build.py (same Decree 30/2020 layout machinery). The .txt files are
the source, stored as they were archived (one UTF-8 with BOM, one with CRLF line ends, one
in decomposed NFD Unicode, the rest UTF-8 NFC with LF); read_txt() decodes all of them to
one NFC text. Every paragraph of a .docx is a line of its .txt, in order, with nothing
added or dropped, except where automatic list numbering replaces a typed Roman number
(AUTO_NUMBER) and where tab-separated rows become the cells of a real Word table (the
programme table of the Tỉnh Đoàn plan, the appendix list of the Hậu Lộc decision).
Layout: A4, Times New Roman, a borderless two-column header table (issuer | motto;
number, V/v and urgency | place and date), centred bold type and title, justified body,
bold agency lead-ins, a borderless signature table (Nơi nhận | signature), page numbers
from page 2, the appendix on a new page. The PDFs are LibreOffice exports
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
# Encoding of each archived .txt (default UTF-8 without BOM; CRLF and NFD are undone by read_txt).
ENCODING = {
    "cv-ubnd-yen-binh-khac-phuc-bao-so-3-2024": "utf-8-sig",
}
# Documents whose Roman parts use Word automatic numbering (numbering.xml) instead of
# typed numbers.
AUTO_NUMBER = {
    "kh-ubnd-ca-mau-giay-phep-khai-thac-thuy-san-2025": "roman",
    "kh-tinh-doan-quang-ngai-tinh-nguyen-he-2025": "roman",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "tb-so-cong-thuong-nam-dinh-binh-on-gia-tet-2025": 1,
}
NEWS = {"tin-bac-ninh-cap-nuoc-khu-do-thi-moi-2025"}

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
    if issuer[-1] not in ("*", "***"):
        rule(left, 2.3, 2.3)
    party = motto[0].startswith(("ĐẢNG CỘNG SẢN", "ĐOÀN TNCS"))
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
            widths = {5: [1.0, 2.8, 6.0, 4.2, 3.0]}.get(len(rows[0]),
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
            widths = {5: [1.2, 6.3, 3.4, 2.4, 3.6]}.get(len(rows[0]),
                                                            [16.9 / len(rows[0])] * len(rows[0]))
            grid_table(doc, rows, widths)
        else:
            for ln in blk:
                body_line(doc, ln, None, in_appendix=True)


def build_news(stem: str, text: str):
    """A news page saved to Word: headline, time line, sapo (bold), paragraphs, byline."""
    b = blocks(text)
    doc = new_document(margins=(2.0, 2.0, 2.5, 2.0))
    para(doc, b[0][0], size=16, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    para(doc, b[1][0], size=11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=12)
    for k, blk in enumerate(b[2:-1]):
        for ln in blk:
            para(doc, ln, size=13, bold=(k == 0), after=8, line=1.15)
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


# ================================================================ gold annotations
# One entry per document; the .txt, .docx and .pdf renditions share it (the renditions
# carry the same text and header). Conventions: ../shared/eval/dev/NOTES.md section 2 and
# ../corpus/README.md, ../corpus2/README.md; choices for this corpus: corpus3/README.md. Body alternatives are
# written once and reused by the tasks.

def t(lead, deadline=None):
    return {"lead": lead, "deadline": deadline}


ANNOTATIONS: dict[str, dict] = {}

# ---------------------------------------------------------------- 1 Cà Mau (Kế hoạch UBND tỉnh, I–V)
NNMT_CM = ["Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở Nông nghiệp và Môi trường tỉnh Cà Mau",
           "Sở NNMT"]
UBH_CM = ["UBND các huyện ven biển", "Ủy ban nhân dân các huyện ven biển", "UBND huyện ven biển"]
BP_CM = ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy BĐBP tỉnh", "Bộ đội Biên phòng tỉnh",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau"]
CANG_CM = ["Ban Quản lý Cảng cá Cà Mau", "Ban Quản lý cảng cá Cà Mau", "Ban Quản lý Cảng cá"]
CA_CM = ["Công an tỉnh", "Công an tỉnh Cà Mau"]
VKS_CM = ["Viện Kiểm sát nhân dân tỉnh", "VKSND tỉnh", "Viện Kiểm sát nhân dân tỉnh Cà Mau"]
CCTS_CM = ["Chi cục Thủy sản", "Chi cục Thủy sản tỉnh", "Chi cục Thủy sản Cà Mau", "Chi cục Thuỷ sản"]
DBP_CM = ["các Đồn Biên phòng tuyến biển", "Đồn Biên phòng tuyến biển", "các Đồn Biên phòng"]
TC_CM = ["Sở Tài chính", "Sở Tài chính tỉnh Cà Mau"]
ANNOTATIONS["kh-ubnd-ca-mau-giay-phep-khai-thac-thuy-san-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": "96/KH-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Cà Mau", "UBND tỉnh Cà Mau"],
        "place": "Cà Mau", "issued_date": "2025-04-18",
        "title": "Tăng cường quản lý cấp phép khai thác thủy sản và giám sát hành trình tàu cá trên địa bàn tỉnh Cà Mau năm 2025",
        "signer": {"name": "Huỳnh Chí Nguyện", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "MỤC TIÊU"},
        {"number": "III", "title": "NHIỆM VỤ, GIẢI PHÁP"},
        {"number": "IV", "title": "KINH PHÍ"},
        {"number": "V", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Quản lý chặt chẽ đội tàu cá theo đúng hạn ngạch giấy phép khai thác thủy sản",
        "Xác định rõ trách nhiệm của từng cơ quan, đơn vị, địa phương",
        "được cấp giấy phép khai thác thủy sản và lắp đặt thiết bị giám sát hành trình",
        "Tỷ lệ tàu cá được cấp giấy phép khai thác thủy sản đạt trên 98%",
        "100% tàu cá ra, vào cảng được kiểm tra, kiểm soát",
        "Không để tàu cá của tỉnh vi phạm khai thác hải sản bất hợp pháp",
        "100% chủ tàu cá ký cam kết không vi phạm khai thác bất hợp pháp",
    ],
    "percentages": [100, 98, 100, 100],
    # III.1 dash 1; III.3; V.1 dashes 2 and 3 (the monthly report is periodic: no date); V.5 dashes 1, 2
    "deadlines": ["2025-05-31", "2025-Q3", "2025-06-15", "2025-12-10", "2025-06", "2025-06-30"],
    "bodies": [NNMT_CM, UBH_CM, BP_CM, CANG_CM, CA_CM, VKS_CM, CCTS_CM, DBP_CM, TC_CM],
    "tasks": [
        # III: the dash items of a block are led by its "Cơ quan chủ trì:" line
        t(NNMT_CM, "2025-05-31"), t(NNMT_CM), t(BP_CM), t(BP_CM), t(CA_CM, "2025-Q3"),
        # V: one task per dash item under each agency clause
        t(NNMT_CM), t(NNMT_CM, "2025-06-15"), t(NNMT_CM, "2025-12-10"),
        t(CA_CM), t(CA_CM), t(BP_CM), t(BP_CM), t(TC_CM),
        t(UBH_CM, "2025-06"), t(UBH_CM, "2025-06-30"),
    ],
    "references": ["26/2019/NĐ-CP", "37/2024/NĐ-CP", "81/QĐ-TTg"],
}
# ---------------------------------------------------------------- 2 Yên Bình (công văn hỏa tốc, BOM)
UBX_YB = ["UBND các xã, thị trấn", "Chủ tịch UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn",
          "UBND xã, thị trấn"]
PBN_YB = ["các phòng, ban, ngành thuộc UBND huyện", "Trưởng các phòng, ban, ngành thuộc UBND huyện",
          "các phòng, ban, ngành thuộc Ủy ban nhân dân huyện", "các phòng, ban, ngành"]
NN_YB = ["Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT", "Phòng Nông nghiệp và PTNT",
         "Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng NNPTNT"]
LD_YB = ["Phòng Lao động - Thương binh và Xã hội", "Phòng LĐTB&XH", "Phòng Lao động Thương binh và Xã hội",
         "Phòng Lao động, Thương binh và Xã hội", "Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội huyện"]
MTTQ_YB = ["Ủy ban MTTQ Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ huyện",
           "Ủy ban MTTQ Việt Nam huyện Yên Bình"]
TTYT_YB = ["Trung tâm Y tế huyện", "Trung tâm Y tế huyện Yên Bình", "TTYT huyện"]
KTHT_YB = ["Phòng Kinh tế và Hạ tầng", "Phòng KT&HT", "Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế và Hạ tầng huyện"]
QLDA_YB = ["Ban Quản lý dự án đầu tư xây dựng huyện", "Ban QLDA đầu tư xây dựng huyện", "Ban QLDA ĐTXD huyện",
           "Ban Quản lý dự án đầu tư xây dựng huyện Yên Bình"]
CA_YB = ["Công an huyện", "Công an huyện Yên Bình"]
VP_YB = ["Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
         "Văn phòng HĐND - UBND huyện", "Văn phòng HĐND và UBND huyện Yên Bình"]
ANNOTATIONS["cv-ubnd-yen-binh-khac-phuc-bao-so-3-2024"] = {
    "document": {
        "type": "Công văn", "number": "1502/UBND-KT",
        "issuer": ["Ủy ban nhân dân huyện Yên Bình", "UBND huyện Yên Bình", "Chủ tịch UBND huyện Yên Bình"],
        "place": "Yên Bình", "issued_date": "2024-09-11",
        "title": "tập trung khắc phục hậu quả bão số 3 và mưa lũ sau bão",
        "signer": {"name": "Hoàng Quốc Khánh", "position": "Chủ tịch"},
        "urgency": "Hỏa tốc",  # recorded, not scored
    },
    "sections": [
        {"number": "1", "title": "Chủ tịch UBND các xã, thị trấn"},
        {"number": "2", "title": "Trưởng các phòng, ban, ngành thuộc UBND huyện"},
        {"number": "3", "title": None},
    ],
    "goals": [
        "sớm ổn định đời sống nhân dân",
        "bảo đảm 100% hộ dân phải di dời được hỗ trợ lương thực, nước uống",
    ],
    "percentages": [100],
    # "trước 17 giờ 00 ngày 12/9/2024" (item 1) and "trước 17h00 ngày 12/9/2024" (item 2) are
    # set in two places; "hằng ngày" reports are periodic; "từ ngày 08/9/2024" is past.
    "deadlines": ["2024-09-12", "2024-09-12", "2024-09-15"],
    "bodies": [UBX_YB, PBN_YB, NN_YB, LD_YB, MTTQ_YB, TTYT_YB, KTHT_YB, QLDA_YB, CA_YB, VP_YB],
    "tasks": [
        t(UBX_YB), t(UBX_YB), t(UBX_YB, "2024-09-12"), t(UBX_YB),
        t(NN_YB, "2024-09-12"), t(LD_YB), t(TTYT_YB), t(KTHT_YB, "2024-09-15"), t(CA_YB),
        t(VP_YB),
    ],
    "references": ["12/CĐ-UBND"],
}
# ---------------------------------------------------------------- 3 Hậu Lộc (Quyết định + appendix list)
LD_HL = ["Phòng Lao động - Thương binh và Xã hội", "Phòng LĐTB&XH", "Phòng Lao động Thương binh và Xã hội",
         "Phòng Lao động, Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội huyện",
         "Lao động - Thương binh và Xã hội", "Lao động Thương binh và Xã hội"]
NCT_HL = ["Hội Người cao tuổi huyện", "Hội NCT huyện", "Hội Người cao tuổi huyện Hậu Lộc",
          "Chủ tịch Hội Người cao tuổi huyện"]
UBX_HL = ["UBND các xã, thị trấn", "UBND các xã, thị trấn có tên tại Phụ lục", "Ủy ban nhân dân các xã, thị trấn",
          "Chủ tịch UBND các xã, thị trấn", "UBND các xã, thị trấn có tên tại Điều 1", "UBND xã, thị trấn"]
TCKH_HL = ["Phòng Tài chính - Kế hoạch", "Phòng TC-KH", "Phòng Tài chính Kế hoạch", "Phòng Tài chính - Kế hoạch huyện",
           "Tài chính - Kế hoạch"]
VP_HL = ["Văn phòng HĐND và UBND huyện", "Chánh Văn phòng HĐND và UBND huyện",
         "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND - UBND huyện"]
ANNOTATIONS["qd-ubnd-hau-loc-clb-lien-the-he-2024"] = {
    "document": {
        "type": "Quyết định", "number": "2856/QĐ-UBND",
        "issuer": ["Ủy ban nhân dân huyện Hậu Lộc", "UBND huyện Hậu Lộc"],
        "place": "Hậu Lộc", "issued_date": "2024-10-18",
        "title": "Phê duyệt danh sách Câu lạc bộ liên thế hệ tự giúp nhau được thành lập mới và hỗ trợ kinh phí năm 2024 trên địa bàn huyện Hậu Lộc",
        "signer": {"name": "Phạm Thị Huyền Trang", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": None},
        {"number": "3", "title": None},
    ],
    "goals": [
        "nâng tổng số câu lạc bộ liên thế hệ tự giúp nhau trên địa bàn huyện lên 24 câu lạc bộ",
        "ít nhất 70% thành viên là người cao tuổi",
        "nâng cao đời sống vật chất, tinh thần cho người cao tuổi",
    ],
    "percentages": [70, 60],
    # Điều 2.1 "trước ngày 31.12.2024" (dotted date); Điều 2.3 "trước ngày 15/01/2025".
    "deadlines": ["2024-12-31", "2025-01-15"],
    "bodies": [LD_HL, NCT_HL, UBX_HL, TCKH_HL, VP_HL],
    "tasks": [t(LD_HL, "2024-12-31"), t(TCKH_HL), t(UBX_HL, "2025-01-15"), t(VP_HL)],
    "references": ["1336/QĐ-TTg", "175/KH-UBND", "142/TTr-LĐTBXH"],
}
# ---------------------------------------------------------------- 4 Quảng Ngãi (Tỉnh Đoàn, NFD, programme table)
BPT_QNg = ["Ban Phong trào Tỉnh Đoàn", "Ban Phong trào", "Ban Phong trào Tỉnh Đoàn Quảng Ngãi"]
HSV_QNg = ["Hội Sinh viên Việt Nam tỉnh", "Hội Sinh viên tỉnh", "Hội Sinh viên Việt Nam tỉnh Quảng Ngãi"]
DTPVD_QNg = ["Đoàn Trường Đại học Phạm Văn Đồng", "Trường Đại học Phạm Văn Đồng", "Đoàn trường Đại học Phạm Văn Đồng"]
HD_QNg = ["Các huyện đoàn, thành đoàn, đoàn trực thuộc", "các huyện đoàn, thành đoàn, đoàn trực thuộc",
          "huyện đoàn, thành đoàn, đoàn trực thuộc", "Các huyện, thành đoàn, đoàn trực thuộc"]
GD_QNg = ["Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "Sở GDĐT"]
THPT_QNg = ["các trường trung học phổ thông", "các trường THPT", "trường trung học phổ thông"]
ANNOTATIONS["kh-tinh-doan-quang-ngai-tinh-nguyen-he-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": "112-KH/TĐTN-PT",
        "issuer": ["Tỉnh Đoàn Quảng Ngãi", "BCH Đoàn tỉnh Quảng Ngãi", "Ban Chấp hành Đoàn tỉnh Quảng Ngãi",
                   "Ban Chấp hành Tỉnh Đoàn Quảng Ngãi", "Ban Thường vụ Tỉnh Đoàn", "Tỉnh Đoàn",
                   "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Quảng Ngãi"],
        "place": "Quảng Ngãi", "issued_date": "2025-05-12",
        "title": "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025",
        "signer": {"name": "Đặng Ngọc Quỳnh Như", "position": "Phó Bí thư"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "CHƯƠNG TRÌNH HOẠT ĐỘNG CHÍNH"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên",
        "Tạo môi trường để thanh thiếu nhi rèn luyện, trải nghiệm",
        "Các hoạt động phải thiết thực, phù hợp với điều kiện của từng địa phương",
        "100% cơ sở Đoàn tổ chức ít nhất 01 hoạt động tình nguyện hè",
        "thực hiện ít nhất 02 công trình, phần việc thanh niên",
        "ít nhất 8.000 lượt đoàn viên, thanh niên tham gia Chiến dịch",
        "90% thiếu nhi trên địa bàn dân cư được tham gia sinh hoạt hè",
    ],
    "percentages": [100, 90],
    # programme rows 1-5 (future events are work set for a day: "on"); IV.1; IV.2
    "deadlines": ["2025-05-31", "2025-06", "2025-07", "2025-07-27", "2025-08-15", "2025-05-25", "2025-05-28"],
    "bodies": [BPT_QNg, HSV_QNg, DTPVD_QNg, HD_QNg, GD_QNg, THPT_QNg],
    "tasks": [
        t(BPT_QNg, "2025-05-31"), t(HSV_QNg, "2025-06"), t(DTPVD_QNg, "2025-07"), t(HD_QNg, "2025-07-27"),
        t(HD_QNg, "2025-08-15"),
        t(BPT_QNg, "2025-05-25"), t(BPT_QNg), t(HD_QNg, "2025-05-28"), t(HD_QNg), t(GD_QNg),
    ],
    "references": ["45-KH/TWĐTN-PT"],
}
# ---------------------------------------------------------------- 5 Nam Định (Thông báo of a Sở, CRLF)
QLTM_ND = ["Phòng Quản lý Thương mại", "Phòng QLTM", "Phòng Quản lý Thương mại Sở Công Thương"]
QLTT_ND = ["Cục Quản lý thị trường tỉnh Nam Định", "Cục Quản lý thị trường tỉnh", "Cục QLTT tỉnh Nam Định",
           "Cục QLTT tỉnh", "Cục Quản lý thị trường Nam Định"]
CTTM_ND = ["Công ty Cổ phần Thương mại Nam Định", "Công ty CP Thương mại Nam Định"]
KTHT_ND = ["Phòng Kinh tế và Hạ tầng các huyện", "Phòng Kinh tế và Hạ tầng", "Phòng KT&HT các huyện",
           "Phòng Kinh tế và Hạ tầng huyện"]
KTTP_ND = ["Phòng Kinh tế thành phố Nam Định", "Phòng Kinh tế thành phố", "Phòng Kinh tế"]
ANNOTATIONS["tb-so-cong-thuong-nam-dinh-binh-on-gia-tet-2025"] = {
    "document": {
        "type": "Thông báo", "number": "45/TB-SCT",
        "issuer": ["Sở Công Thương tỉnh Nam Định", "Sở Công Thương Nam Định", "Sở Công Thương"],
        "place": "Nam Định", "issued_date": "2025-01-13",
        "title": "Triển khai các biện pháp bình ổn thị trường, giá cả dịp trước, trong và sau Tết Nguyên đán Ất Tỵ năm 2025",
        "signer": {"name": "Trần Quang Huy", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": None},
        {"number": "3", "title": None},
        {"number": "4", "title": None},
        {"number": "5", "title": None},
    ],
    "goals": [
        "bảo đảm cân đối cung cầu hàng hóa",
        "lượng hàng dự trữ tăng từ 15% đến 20% so với tháng thường",
        "giá thấp hơn giá thị trường ít nhất 5%",
    ],
    "percentages": [15, 20, 5],
    # item 2, item 4 ("ngày 17 tháng 01 năm 2025"), item 5: the meeting the Thông báo convenes
    # "vào lúc 8 giờ 00 ngày 20/01/2025" is a future event, a limit of kind "on" for the work
    # set for it. "bắt đầu từ ngày 15/01/2025" is a start, not a limit.
    "deadlines": ["2025-02-10", "2025-01-17", "2025-01-20"],
    "bodies": [QLTM_ND, QLTT_ND, CTTM_ND, KTHT_ND, KTTP_ND],
    "tasks": [t(QLTM_ND), t(QLTT_ND, "2025-02-10"), t(CTTM_ND), t(KTHT_ND, "2025-01-17"),
              t(QLTM_ND, "2025-01-20")],
    "references": ["214/KH-UBND"],
}
# ---------------------------------------------------------------- 6 Bắc Ninh (news on a Kế hoạch)
SXD_BN = ["Sở Xây dựng", "Sở Xây dựng tỉnh Bắc Ninh", "Sở Xây dựng Bắc Ninh"]
STC_BN = ["Sở Tài chính", "Sở Tài chính tỉnh Bắc Ninh"]
UBH_BN = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố"]
NS_BN = ["Công ty Cổ phần Nước sạch Bắc Ninh", "Công ty CP Nước sạch Bắc Ninh", "Công ty Nước sạch Bắc Ninh"]
CDC_BN = ["Trung tâm Kiểm soát bệnh tật tỉnh", "CDC tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh", "CDC Bắc Ninh"]
ANNOTATIONS["tin-bac-ninh-cap-nuoc-khu-do-thi-moi-2025"] = {
    "document": {
        "type": "Tin bài", "number": "28/KH-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Bắc Ninh", "UBND tỉnh Bắc Ninh"],
        "place": "Bắc Ninh", "issued_date": "2025-01-20",
        "title": "Bắc Ninh: Bảo đảm cấp nước sạch ổn định cho các khu đô thị mới năm 2025",
        "signer": None,
    },
    "sections": [],
    "goals": [
        "khắc phục tình trạng thiếu nước cục bộ",
        "nâng cao chất lượng dịch vụ cấp nước cho người dân",
        "100% hộ dân tại các khu đô thị mới đã đưa vào sử dụng được cấp nước sạch đạt quy chuẩn",
        "tỷ lệ thất thoát, thất thu nước sạch giảm xuống dưới 12%",
        "không để xảy ra gián đoạn cấp nước quá 24 giờ",
        "nâng công suất Nhà máy nước mặt Bắc Ninh thêm 30.000 m3/ngày đêm",
    ],
    "percentages": [100, 12, 18],
    "deadlines": ["2025-Q1", "2025-06-30"],
    "bodies": [SXD_BN, STC_BN, UBH_BN, NS_BN, CDC_BN],
    "tasks": [t(SXD_BN, "2025-Q1"), t(UBH_BN, "2025-06-30"), t(NS_BN), t(CDC_BN)],
    "references": ["28/KH-UBND"],
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
    """The archived text, decoded (BOM dropped), NFC (one file is stored NFD), LF line ends."""
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
