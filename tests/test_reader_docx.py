"""The .docx reader on the real samples and on files built here with python-docx + raw XML."""
from __future__ import annotations

import collections
import io
import re
import struct
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from khparse.errors import CorruptFile, TooLarge
from khparse.normalize import clean
from khparse.readers import docx as docx_reader
from khparse.readers.docx import read_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)


# -- building test files --------------------------------------------------------------

def _template(build=None) -> bytes:
    d = docx.Document()
    if build:
        build(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _repack(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """Copy a zip, replacing (or with None, dropping) members and adding new ones."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name in replace:
                if replace[name] is not None:
                    dst.writestr(name, replace[name])
            else:
                dst.writestr(name, src.read(name))
        for name, content in replace.items():
            if name not in src.namelist() and content is not None:
                dst.writestr(name, content)
    return out.getvalue()


def make(body: str, **parts: str) -> bytes:
    """A python-docx package whose body is ``body`` (raw WordprocessingML)."""
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>'
    replace = {"word/document.xml": doc.encode()}
    for name, xml in parts.items():
        replace[f"word/{name}.xml"] = xml.encode()
    return _repack(_template(), replace)


def p(text: str = "", ppr: str = "", rpr: str = "") -> str:
    runs = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def num(num_id: int, ilvl: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def table(*rows: list[str]) -> str:
    trs = "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>"
                  for row in rows)
    return f"<w:tbl><w:tblPr/>{trs}</w:tbl>"


def lines(doc) -> list[str]:
    return doc.text.split("\n")


def block(doc, needle: str):
    for b in doc.blocks:
        if needle in doc.text[b.start:b.end]:
            return b
    raise AssertionError(f"no block contains {needle!r}")


# -- the real samples ---------------------------------------------------------------

@pytest.mark.parametrize("n", ["001", "002", "004"])
def test_sample_keeps_every_word_of_the_reference_text(samples, n):
    doc = read_docx((samples / f"seed{n}_docx.docx").read_bytes(), path=f"seed{n}_docx.docx")
    ref = collections.Counter(re.findall(r"\w+", clean((samples / f"seed{n}.txt").read_text()).lower()))
    got = collections.Counter(re.findall(r"\w+", doc.text.lower()))
    missing = {w: c - got[w] for w, c in ref.items() if got[w] < c}
    assert not missing
    assert doc.format == "docx" and doc.sha256


def test_seed002_header_lines_intact_and_in_reading_order(samples):
    doc = read_docx((samples / "seed002_docx.docx").read_bytes())
    ls = lines(doc)
    order = ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 2234/KH-UBND", "Thành phố Hồ Chí Minh, ngày 24 tháng 5 năm 2018", "KẾ HOẠCH",
             "I. MỤC ĐÍCH - YÊU CẦU:", "Nơi nhận:", "- Lưu VT (VX-TC) 13", "KT. CHỦ TỊCH",
             "Nguyễn Thị Thu"]
    positions = [ls.index(line) for line in order]  # each is a whole line of its own
    assert positions == sorted(positions)
    so, date = block(doc, "Số: 2234"), block(doc, "Thành phố Hồ Chí Minh, ngày")
    assert so.kind == date.kind == "cell"
    assert so.table[:2] == date.table[:2] and (so.table[2], date.table[2]) == (0, 1)
    motto = block(doc, "CỘNG HÒA")
    assert motto.bold and motto.caps and motto.align == "center" and motto.font_size == 13
    # the signature cell comes after the Nơi nhận cell of the same row
    assert block(doc, "Nơi nhận").table[2] == 0 and block(doc, "KT. CHỦ TỊCH").table[2] == 1


def test_seed004_blank_number_date_and_vv_lines_stay_apart(samples):
    doc = read_docx((samples / "seed004_docx.docx").read_bytes())
    ls = lines(doc)
    order = ["HUYỆN LỤC NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: /UBND-LĐT&XH",
             "V/v tăng cường thực hiện nhiệm vụ", "Lục Nam, ngày tháng 9 năm 2022", "Kính gửi:",
             "Nơi nhận:", "KT. CHỦ TỊCH", "Dương Công Định"]
    squeezed = [re.sub(r" +", " ", line) for line in ls]
    positions = [squeezed.index(line) for line in order]
    assert positions == sorted(positions)
    assert block(doc, "Số:").table == (0, 1, 0) and block(doc, "Lục Nam, ngày").table == (0, 1, 1)


def test_seed001_news_article_headline_and_byline(samples):
    doc = read_docx((samples / "seed001_docx.docx").read_bytes())
    ls = lines(doc)
    assert ls[0].startswith("Cao Bằng: đẩy mạnh công tác phòng, chống tệ nạn mại dâm")
    assert ls[1] == "Ngày đăng: 15/03/2019" and ls[-1] == "Minh Thủy"


# -- numbering ------------------------------------------------------------------------

NUMBERING = f"""<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%5."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def test_automatic_numbering_rendered_into_text_with_counters_and_resets():
    items = [(0, "MỤC ĐÍCH"), (1, "Nâng cao nhận thức"), (1, "Đưa hoạt động"), (2, "Sở Y tế"),
             (2, "Sở Tư pháp"), (3, "kiểm tra"), (4, "chi tiết"), (0, "NỘI DUNG"),
             (1, "Tăng cường"), (2, "Công an")]
    body = "".join(p(text, num(1, lvl)) for lvl, text in items)
    doc = read_docx(make(body, numbering=NUMBERING))
    assert lines(doc) == ["I. MỤC ĐÍCH", "1. Nâng cao nhận thức", "2. Đưa hoạt động", "a) Sở Y tế",
                          "b) Sở Tư pháp", "- kiểm tra", "2.1. chi tiết", "II. NỘI DUNG",
                          "1. Tăng cường", "a) Công an"]
    assert [b.list_label for b in doc.blocks][:4] == ["I.", "1.", "2.", "a)"]


def test_numbering_shared_abstract_continues_and_start_override_restarts():
    body = (p("một", num(2, 0)) + p("hai", num(2, 0)) + p("ba", num(3, 0))
            + p("lại", num(4, 0)) + p("không số", num(0, 0)))
    doc = read_docx(make(body, numbering=NUMBERING))
    assert lines(doc) == ["(iii) một", "(iv) hai", "(v) ba", "(i) lại", "không số"]


def test_numbering_inherited_from_paragraph_styles():
    def build(d):
        d.add_heading("Mục đích, yêu cầu", 1)
        for text in ("Nâng cao nhận thức", "Đưa hoạt động"):
            d.add_paragraph(text, style="List Number")
        d.add_paragraph("Sở Y tế chủ trì", style="List Bullet")

    doc = read_docx(_template(build))
    assert lines(doc) == ["Mục đích, yêu cầu", "1. Nâng cao nhận thức", "2. Đưa hoạt động",
                          "- Sở Y tế chủ trì"]
    heading = doc.blocks[0]
    assert heading.style == "Heading 1" and heading.bold and heading.font_size == 14
    assert doc.blocks[1].style == "List Number" and doc.blocks[1].list_label == "1."


# -- tables ---------------------------------------------------------------------------

def test_two_column_layout_row_is_two_runs_of_lines_and_nested_tables_recurse():
    inner = table([p("Nơi nhận:") + p("- Như trên;"), p("TM. ỦY BAN NHÂN DÂN") + p("CHỦ TỊCH")])
    body = table([p("ỦY BAN NHÂN DÂN") + p("TỈNH LÀO CAI"),
                  p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
                 [p("Số: 12/KH-UBND") + inner, p("Lào Cai, ngày 05 tháng 3 năm 2024")])
    doc = read_docx(make(body + p("Sau bảng")))
    assert doc.text.split("\n\n") == [
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/KH-UBND",
        "Nơi nhận:\n- Như trên;", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Lào Cai, ngày 05 tháng 3 năm 2024", "Sau bảng"]
    assert block(doc, "TỈNH").table == (0, 0, 0) and block(doc, "CỘNG").table == (0, 0, 1)
    assert block(doc, "Số:").table == (0, 1, 0) and block(doc, "Như trên").table == (1, 0, 0)
    assert block(doc, "CHỦ TỊCH").table == (1, 0, 1) and block(doc, "Lào Cai").table == (0, 1, 1)
    assert block(doc, "Sau bảng").kind == "para" and block(doc, "Sau bảng").table is None


def test_python_docx_table_cells_in_row_order():
    def build(d):
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        t.cell(1, 0).text, t.cell(1, 1).text = "Số: 5/KH-BYT", "Hà Nội, ngày 1 tháng 2 năm 2024"

    doc = read_docx(_template(build))
    assert [ln for ln in lines(doc) if ln] == ["BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                               "Số: 5/KH-BYT", "Hà Nội, ngày 1 tháng 2 năm 2024"]


# -- text python-docx's Paragraph.text misses -------------------------------------------

def test_tracked_changes_keep_insertions_and_drop_deletions():
    body = ('<w:p><w:r><w:t xml:space="preserve">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT </w:t></w:r>'
            '<w:ins w:id="1" w:author="a"><w:r><w:t>NAM</w:t></w:r></w:ins>'
            '<w:del w:id="2" w:author="a"><w:r><w:delText>CŨ</w:delText></w:r></w:del></w:p>')
    doc = read_docx(make(body))
    assert doc.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert any("deletion" in w for w in doc.warnings)


def test_hyperlink_smarttag_sdt_and_field_results_are_kept():
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Xem </w:t></w:r>'
        '<w:hyperlink r:id="rId9"><w:r><w:t>Quyết định 749</w:t></w:r></w:hyperlink>'
        '<w:r><w:t xml:space="preserve"> tại </w:t></w:r>'
        '<w:smartTag w:uri="x" w:element="place"><w:r><w:t>Hà Nội</w:t></w:r></w:smartTag>'
        '<w:sdt><w:sdtPr><w:alias w:val="ngày"/></w:sdtPr><w:sdtContent>'
        '<w:r><w:t xml:space="preserve"> ngày 05/3/2024</w:t></w:r></w:sdtContent></w:sdt>'
        '<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> trang 3</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "http://x" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t xml:space="preserve"> (cổng thông tin)</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:sdt><w:sdtPr/><w:sdtContent>' + p("Khối trong content control") + '</w:sdtContent></w:sdt>')
    doc = read_docx(make(body))
    assert lines(doc) == ["Xem Quyết định 749 tại Hà Nội ngày 05/3/2024 trang 3 (cổng thông tin)",
                          "Khối trong content control"]
    assert "HYPERLINK" not in doc.text


def test_text_box_paragraphs_follow_their_paragraph_once():
    box = (p("Số: 12/KH-UBND") + p("Lào Cai, ngày 05 tháng 3 năm 2024"))
    drawing = ('<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
               f'<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>'
               '</a:graphic></wp:anchor></w:drawing>')
    pict = f'<w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>'
    body = (p("Trước")
            + '<w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r><w:r><mc:AlternateContent>'
            f'<mc:Choice Requires="wps">{drawing}</mc:Choice><mc:Fallback>{pict}</mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>' + p("Sau"))
    doc = read_docx(make(body))
    assert lines(doc) == ["Trước", "ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND",
                          "Lào Cai, ngày 05 tháng 3 năm 2024", "Sau"]
    assert block(doc, "Số: 12").kind == block(doc, "Lào Cai").kind == "textbox"
    # a VML-only text box (old Word) is read too
    doc = read_docx(make(f"<w:p><w:r>{pict}</w:r></w:p>"))
    assert lines(doc) == ["Số: 12/KH-UBND", "Lào Cai, ngày 05 tháng 3 năm 2024"]


_ANCHOR = ('<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0">'
           '<wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="column"><wp:posOffset>-114300</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
           '<wp:extent cx="2743200" cy="457200"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
           '<wp:docPr id="7" name="Text Box 7"/>'
           '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent>'
           '</wps:txbx><wps:bodyPr rot="0" lIns="91440"/></wps:wsp></a:graphicData></a:graphic>'
           '</wp:anchor>')
_BOXED = {
    "drawing in a run": '<w:p>{head}<w:r><w:drawing>{anchor}</w:drawing></w:r></w:p>',
    "drawing straight in the paragraph": '<w:p>{head}<w:drawing>{anchor}</w:drawing></w:p>',
    "alternate content in the paragraph": (
        '<w:p>{head}<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}</w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:p>'),
    "alternate content in the body": (
        '<w:p>{head}</w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}'
        '</w:drawing></mc:Choice></mc:AlternateContent>'),
    "VML shape with absolute position": (
        '<w:p>{head}<w:r><w:pict><v:shape style="position:absolute;margin-left:-9pt;'
        'margin-top:3.6pt;width:216pt;height:36pt;z-index:251659264"><v:textbox>'
        '<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'),
}


@pytest.mark.parametrize("layout", sorted(_BOXED))
def test_text_box_anchor_positions_never_reach_the_text(layout):
    """Header blocks laid out in text boxes: the box's paragraphs are read as their own
    blocks after the anchoring paragraph, and the anchor's offsets and sizes (EMU digits)
    are not text, wherever the generator put the drawing."""
    box = p("SỞ CÔNG THƯƠNG") + p("Độc lập - Tự do - Hạnh phúc")
    head = '<w:r><w:t>ỦY BAN NHÂN DÂN TỈNH</w:t></w:r>'
    body = _BOXED[layout].format(head=head, anchor=_ANCHOR.format(box=box), box=box)
    doc = read_docx(make(body))
    assert lines(doc) == ["ỦY BAN NHÂN DÂN TỈNH", "SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc"]
    assert not any(ch.isdigit() for ch in doc.text)
    assert block(doc, "SỞ CÔNG").kind == "textbox"


def test_footnotes_and_endnotes_follow_the_body_without_separators():
    body = ('<w:p><w:r><w:t>Thực hiện Quyết định</w:t></w:r>'
            '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    foot = (f'<w:footnotes {NS}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>~~~</w:t></w:r></w:p></w:footnote>'
            '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> Quyết định số 749/QĐ-TTg ngày 03/6/2020</w:t></w:r></w:p></w:footnote>'
            '</w:footnotes>')
    end = (f'<w:endnotes {NS}><w:endnote w:type="separator" w:id="0"><w:p/></w:endnote>'
           '<w:endnote w:id="1">' + p("Ghi chú cuối") + '</w:endnote></w:endnotes>')
    doc = read_docx(make(body, footnotes=foot, endnotes=end))
    assert doc.text == ("Thực hiện Quyết định\n\nQuyết định số 749/QĐ-TTg ngày 03/6/2020"
                        "\n\nGhi chú cuối")
    assert block(doc, "749").kind == "footnote" and block(doc, "Ghi chú").kind == "endnote"


def test_soft_breaks_tabs_blank_paragraphs_and_hidden_text():
    body = ('<w:p><w:r><w:t>KT. CHỦ TỊCH</w:t><w:br/><w:t>PHÓ CHỦ TỊCH</w:t></w:r></w:p>'
            + p() + p("   ")
            + '<w:p><w:r><w:t>Nơi</w:t><w:tab/><w:t>nhận:</w:t><w:br w:type="page"/></w:r>'
              '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>')
    doc = read_docx(make(body))
    assert doc.text == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNơi nhận:"
    assert len(doc.blocks) == 2 and doc.text[doc.blocks[0].start:doc.blocks[0].end].count("\n") == 1


def test_bold_centered_italic_caps_and_size_hints():
    def build(d):
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run("KẾ HOẠCH")
        run.bold, run.font.size = True, Pt(14)
        mixed = d.add_paragraph()
        mixed.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        mixed.add_run("Thực hiện ").bold = True
        mixed.add_run("Quyết định").italic = True
        small = d.add_paragraph().add_run("độc lập")
        small.font.all_caps, small.italic = True, True
        d.add_paragraph().add_run("Hà Nội").font.size = Pt(13)

    doc = read_docx(_template(build))
    kh, mixed, caps, plain = doc.blocks
    assert (kh.bold, kh.align, kh.caps, kh.font_size, kh.italic) == (True, "center", True, 14, False)
    assert (mixed.bold, mixed.italic, mixed.align, mixed.caps) == (False, False, "justify", False)
    assert (caps.caps, caps.italic, caps.bold) == (True, True, False)
    assert plain.font_size == 13 and plain.align is None and plain.style is None


def test_strict_ooxml_namespace_is_read():
    strict = make(p("Điều 1. Phạm vi", '<w:jc w:val="center"/>', "<w:b/>"))
    z = zipfile.ZipFile(io.BytesIO(strict))
    xml = z.read("word/document.xml").replace(
        W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    doc = read_docx(_repack(strict, {"word/document.xml": xml}))
    assert doc.text == "Điều 1. Phạm vi" and doc.blocks[0].bold and doc.blocks[0].align == "center"


# -- bad input ---------------------------------------------------------------------------

def test_bad_zip_is_corrupt():
    data = make(p("x"))
    with pytest.raises(CorruptFile, match="not a readable zip"):
        read_docx(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as err:
        read_docx(b"PK\x03\x04 not really a zip", path="kh.docx")
    assert str(err.value).startswith("kh.docx: corrupt .docx")


def test_missing_document_xml_is_corrupt():
    data = _repack(make(p("x")), {"word/document.xml": None})
    with pytest.raises(CorruptFile, match="no word/document.xml") as err:
        read_docx(data)
    assert "re-save" in str(err.value)


def test_malformed_document_xml_is_corrupt_with_line_number():
    bad = b'<?xml version="1.0"?>\n<w:document xmlns:w="%s">\n<w:body><w:p></w:body>' % W_NS.encode()
    with pytest.raises(CorruptFile, match=r"word/document.xml is not well-formed XML \(line 3\)"):
        read_docx(_repack(make(p("x")), {"word/document.xml": bad}))


def test_malformed_optional_part_is_a_warning_not_a_failure():
    doc = read_docx(make(p("một", num(1, 0)), numbering="<w:numbering"))
    assert doc.text == "một" and any("numbering.xml" in w for w in doc.warnings)


def _set_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Patch the central-directory uncompressed size of one member (a lying header)."""
    entry = data.rindex(name.encode()) - 46  # the name's last copy is in the central directory
    assert data[entry:entry + 4] == b"PK\x01\x02"
    return data[:entry + 24] + struct.pack("<I", size) + data[entry + 28:]


def test_bomb_with_declared_size_over_the_limit_is_refused_before_inflating():
    data = _set_declared_size(make(p("x")), "word/document.xml", docx_reader.MAX_XML_BYTES + 1)
    with pytest.raises(TooLarge, match="100 MB limit"):
        read_docx(data)


def test_highly_compressed_member_is_refused_by_ratio():
    zeros = b"<w:p/>" * (11 * 1024 * 1024 // 6)
    doc = (f'<w:document xmlns:w="{W_NS}"><w:body>').encode() + zeros + b"</w:body></w:document>"
    with pytest.raises(TooLarge, match="200:1"):
        read_docx(_repack(make(p("x")), {"word/document.xml": doc}))


def test_lying_small_header_cannot_inflate_past_the_limit(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_XML_BYTES", 4096)
    body = p("Nội dung dài " * 2000)
    with pytest.raises(TooLarge, match="limit"):
        read_docx(make(body))
    # the header claims 100 bytes: the read stops there and the CRC check fails
    data = _set_declared_size(make(body), "word/document.xml", 100)
    with pytest.raises((CorruptFile, TooLarge)):
        read_docx(data)


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT")
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>a &x; b</w:t></w:r></w:p>'
           '</w:body></w:document>').encode()
    doc = read_docx(_repack(make(p("x")), {"word/document.xml": xml}))
    assert "BÍ MẬT" not in doc.text
