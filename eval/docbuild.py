"""Decree-30 .docx building machinery of the generated corpora (eval/build.py SET).

Layout follows Decree 30/2020/ND-CP: A4, Times New Roman, borderless header and signature
tables, page numbers from page 2, Word automatic numbering where a set asks for it, real
Word tables for tab-separated rows; news pages in three styles. python-docx output is
deterministic but for the zip's timestamps, so a change here can be checked by comparing the
members (word/document.xml …) of the rebuilt files.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Times New Roman"
URGENCY = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HOẢ TỐC")
ROMAN_RE = re.compile(r"^([IVX]+)\.\s+(.*)$")
NUM_RE = re.compile(r"^(\d+)\.\s+(.*)$")
SUB_RE = re.compile(r"^(\d+)\.(\d+)\.\s+(.*)$")
DATE_RE = re.compile(r"^\d{4}(-(\d{2}|Q[1-4])(-\d{2})?)?$")


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


def grid_table(doc, rows: list[list[str]], widths_cm, merge_cols=frozenset()):
    """A real Word table with borders (the appendix task table); a blank cell in a
    merge_cols column is merged with the cell above it, as Word users do for a lead
    that covers several rows."""
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
            if r > 1 and c in merge_cols and not text:
                continue
            p = cell.paragraphs[0]
            p.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c == 0
                                            else WD_ALIGN_PARAGRAPH.LEFT)
            p.paragraph_format.space_after = Pt(2)
            set_font(p.add_run(text), 12, bold=(r == 0))
    for r, cells in enumerate(rows):
        for c in merge_cols:
            if r > 1 and not cells[c]:
                top = r - 1
                while top > 1 and not rows[top][c]:
                    top -= 1
                t.cell(top, c).merge(t.cell(r, c))
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
def blocks(text: str, strip: str | None = " \r") -> list[list[str]]:
    """Blank-line separated blocks of lines. strip=" \\r" (the default) keeps a trailing tab,
    which an empty last table cell leaves; corpus/ strips all whitespace (strip=None)."""
    return [[ln.rstrip(strip) for ln in b.strip("\n").split("\n")]
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


def body_line(doc, line: str, numberer: Numberer | None, in_appendix=False, long_leads=False):
    """One body line -> one paragraph, styled after what it is. long_leads (corpus4): a
    numbered line ending in ":" (up to 110 characters, colons allowed) is a bold lead-in."""
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
        m = ((long_leads and re.match(r"^(\d+\.\s.{3,110}:)()$", line))
             or re.match(r"^(\d+\.\s[^:]{3,90}:)(.*)$", line))
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


def signature_table(doc, recipients, authority, name, can_split=True):
    """Nơi nhận | signature; can_split=False keeps the row on one page (w:cantSplit)."""
    t = borderless_table(doc, [7.7, 9.0], rows=1, indent_cm=-0.6)
    if not can_split:  # keep Nơi nhận and the signature block together on one page
        t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
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


def build_appendix(doc, rest: list[list[str]], widths_by_cols: dict[int, list[float]],
                   merge_cols=frozenset(), long_leads=False):
    """Appendix on a new page: centred heading block, body lines, tab rows as a table.
    widths_by_cols: column widths (cm) per column count, the set's layout choice (else
    equal widths); line: the set's body_line."""
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
            widths = widths_by_cols.get(len(rows[0]), [16.9 / len(rows[0])] * len(rows[0]))
            grid_table(doc, rows, widths, merge_cols)
        else:
            for ln in blk:
                body_line(doc, ln, None, in_appendix=True, long_leads=long_leads)


@dataclass(frozen=True)
class Layout:
    """One set's layout choices for build_admin (per-document ones keyed by stem)."""
    type_words: tuple[str, ...]                  # first line of the type + title block
    parent_lines: dict[str, int] = field(default_factory=dict)  # regular lines above issuer
    auto_number: dict[str, str] = field(default_factory=dict)   # Numberer mode per stem
    body_table_widths: dict[int, list[float]] = field(default_factory=dict)  # per col count
    appendix_widths: dict[int, list[float]] = field(default_factory=dict)    # per col count
    keep_signature_together: bool = False       # w:cantSplit on the signature row (corpus4)
    signature_may_split: frozenset[str] = frozenset()  # ... except for these stems
    merge_blank_cols: dict[str, set[int]] = field(default_factory=dict)  # appendix merges
    long_leads: bool = False                     # a whole numbered line ending in ":" is bold
    strip: str | None = " \r"                     # blocks(strip=...)


def build_admin(stem: str, text: str, layout: Layout):
    """An administrative document (Decree 30 layout): header table, type and title, body
    (task tables, Kính gửi), signature table or joint signature, appendix."""
    b = blocks(text, layout.strip)
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
    header_table(doc, issuer, layout.parent_lines.get(stem, 0), motto, number_lines, urgency, place_date)
    para(doc, "", size=8, after=0)
    if b[i][0] in layout.type_words:  # type + title (a công văn has neither)
        para(doc, b[i][0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=0)
        for ln in b[i][1:]:
            para(doc, ln, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        rule(doc, 6.5, 6.5)
        para(doc, "", size=8, after=0)
        i += 1
    numberer = Numberer(doc, layout.auto_number.get(stem))
    j_nn = next(k for k in range(i, len(b)) if b[k][0] == "Nơi nhận:")
    # a joint document signs side by side (tab-separated columns) before its Nơi nhận
    j_sig = next((k for k in range(i, j_nn) if "\t" in b[k][0]
                  and b[k][0].split("\t")[0].startswith(("KT.", "TM."))), None)
    for blk in b[i:j_sig if j_sig is not None else j_nn]:
        if all("\t" in ln for ln in blk):  # a task table in the body
            rows = [ln.split("\t") for ln in blk]
            assert len({len(r) for r in rows}) == 1, rows
            widths = layout.body_table_widths.get(len(rows[0]), [17.0 / len(rows[0])] * len(rows[0]))
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
            body_line(doc, ln, numberer, long_leads=layout.long_leads)
    if j_sig is not None:
        joint_signature(doc, b[j_sig], b[j_sig + 1][0], b[j_nn])
        rest = b[j_nn + 1:]
    else:
        recipients, authority, name = b[j_nn], b[j_nn + 1], b[j_nn + 2][0]
        signature_table(doc, recipients, authority, name,
                        can_split=not layout.keep_signature_together
                        or stem in layout.signature_may_split)
        rest = b[j_nn + 3:]
    if rest:
        build_appendix(doc, rest, layout.appendix_widths,
                       layout.merge_blank_cols.get(stem, frozenset()), long_leads=layout.long_leads)
    return doc


def news_plain(text: str, strip: str | None = " \r"):
    """A news page saved to Word: headline, time line, paragraphs, byline (corpus/)."""
    b = blocks(text, strip)
    headline, dateline = b[0][0], b[1][0]
    doc = new_document(margins=(2.0, 2.0, 2.5, 2.0))
    para(doc, headline, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
    para(doc, dateline, size=12, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=12)
    for blk in b[2:-1]:
        for ln in blk:
            para(doc, ln, size=13, after=8, line=1.15)
    para(doc, b[-1][0], size=13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    return doc


def news_web(text: str, strip: str | None = " \r"):
    """A news page saved to Word: breadcrumb, headline, time, 'Chia sẻ', paragraphs,
    byline, tags and the 'Tin liên quan' stub, each a paragraph as in the .txt (corpus2/)."""
    b = blocks(text, strip)
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


def news_page(text: str, strip: str | None = " \r"):
    """A news page saved to Word: headline, time line, sapo (bold), paragraphs, byline."""
    b = blocks(text, strip)
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


NEWS_STYLES = {"plain": news_plain, "web": news_web, "page": news_page}


# ---------------------------------------------------------------- gold
def t(lead, deadline=None):
    """A gold task: its lead (the body's printed forms) and deadline (ISO, partial)."""
    return {"lead": lead, "deadline": deadline}
