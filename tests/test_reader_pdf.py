"""PDF reader: real samples (header columns, signature block, paragraphs, page numbers) and
PDFs written by hand at test time (two-column header, page-break paragraph, stamps, broken
fonts, encrypted, truncated, empty).

The hand-made PDFs use the standard Courier font (every glyph 0.6 em wide), so each test
knows where its lines end; ``justify`` stretches word spaces (``Tw``) so full lines reach the
right margin like Word's justified body text. Courier has no Vietnamese letters, so the
synthetic text is written without accents.
"""
from __future__ import annotations

import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field

import pytest

from khparse.errors import CorruptFile, EncryptedFile, KhparseError, NoTextLayer
from khparse.normalize import clean
from khparse.readers import read
from khparse.readers import ocr
from khparse.readers.pdf import read_pdf
from khparse.readers.pdf_geometry import Line, Para
from khparse.readers.pdf_layout import Margins, continues


import textwrap
from dataclasses import dataclass, field

CHAR_W = 0.6  # Courier advance width in em


@dataclass
class Text:
    x: float
    y: float
    text: str
    size: float = 12.0
    bold: bool = False
    word_space: float = 0.0  # Tw


@dataclass
class PageSpec:
    items: list[Text] = field(default_factory=list)
    annots: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)
    width: float = 595.0
    height: float = 842.0


def width_of(text: str, size: float = 12.0) -> float:
    return len(text) * CHAR_W * size


def justify(lines: list[str], x: float, y: float, right: float, size: float = 12.0,
            leading: float = 16.0, indent: float = 30.0, last_full: bool = False) -> list[Text]:
    """Place lines as one justified paragraph: first line indented, all but the last reach
    ``right`` (the last too when ``last_full``, as when a page break cuts the paragraph)."""
    out = []
    for i, line in enumerate(lines):
        lx = x + (indent if i == 0 else 0.0)
        tw = 0.0
        full = i < len(lines) - 1 or last_full
        if full and line.count(" "):
            tw = (right - lx - width_of(line, size)) / line.count(" ")
        out.append(Text(lx, y - i * leading, line, size, word_space=tw))
    return out


def wrap(text: str, x: float, right: float, size: float = 12.0, indent: float = 30.0) -> list[str]:
    """Greedy wrap of text to the measure (first line shorter by the indent)."""
    per_line = int((right - x) / (CHAR_W * size))
    first = int((right - x - indent) / (CHAR_W * size))
    lines = textwrap.wrap(text, first)
    if len(lines) > 1:
        rest = " ".join(lines[1:])
        lines = lines[:1] + textwrap.wrap(rest, per_line)
    return lines


def _esc(s: str, codes: dict[str, int] | None = None) -> bytes:
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    if codes:
        return bytes(codes[c] if c in codes else ord(c) for c in s)
    return s.encode("latin-1")


def vietnamese_font(*texts: str) -> tuple[dict[str, int], bytes]:
    """Byte codes for the non-ASCII letters of ``texts`` and a ToUnicode CMap that maps them
    back: Courier has no Vietnamese glyphs, but the text layer then says "Nơi nhận"."""
    letters = sorted({c for t in texts for c in t if ord(c) > 126})
    assert len(letters) <= 96
    codes = {c: 0xA0 + i for i, c in enumerate(letters)}
    chars = "\n".join("<%02X> <%04X>" % (code, ord(c)) for c, code in codes.items())
    body = ("1 beginbfrange <20> <7E> <0020> endbfrange\n%d beginbfchar\n%s\nendbfchar"
            % (len(codes), chars)).encode("ascii")
    return codes, _CMAP % body


_CODES: dict[str, int] | None = None  # set by build_pdf while it writes content


def _content(items: list[Text]) -> bytes:
    parts = []
    for t in items:
        font = b"/F2" if t.bold else b"/F1"
        parts.append(b"BT %s %.2f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (
            font, t.size, t.word_space, t.x, t.y, _esc(t.text, _CODES)))
    return b"\n".join(parts)


def _stream(dict_body: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dict_body, len(data), data)


def build_pdf(pages: list[PageSpec], *, encrypted: bool = False, to_unicode: bytes | None = None,
              codes: dict[str, int] | None = None,
              declared_pages: int | None = None) -> bytes:
    """Serialize pages to PDF bytes.

    ``encrypted`` adds a Standard security handler whose user password is not empty (the
    /U check fails for ""), so a reader must ask for a password. ``to_unicode`` is a CMap
    given to the regular font, to simulate a broken Unicode map.
    """
    objs: list[bytes] = [b"", b""]  # 1 catalog, 2 page tree: filled in at the end

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    tu = b""
    if to_unicode is not None:
        tu = b" /ToUnicode %d 0 R" % add(_stream(b"", to_unicode))
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding%s >>" % tu)
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding%s >>" % tu)
    global _CODES
    _CODES = codes
    resources = b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (f1, f2)
    kids = []
    for p in pages:
        content = add(_stream(b"", _content(p.items)))
        annots = []
        for (x0, y0, x1, y1), text in p.annots:
            ap = add(_stream(b"/Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources %s" % (
                x1 - x0, y1 - y0, resources), _content([Text(4, (y1 - y0) / 2 - 4, text, 12)])))
            annots.append(add(b"<< /Type /Annot /Subtype /Stamp /F 4 /Rect [%.2f %.2f %.2f %.2f] "
                              b"/AP << /N %d 0 R >> >>" % (x0, y0, x1, y1, ap)))
        annot_ref = b""
        if annots:
            annot_ref = b" /Annots [%s]" % b" ".join(b"%d 0 R" % a for a in annots)
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s "
                        b"/Contents %d 0 R%s >>" % (p.width, p.height, resources, content, annot_ref)))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    count = len(kids) if declared_pages is None else declared_pages
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), count)
    encrypt_ref = b""
    if encrypted:
        enc = add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (
            b"11" * 32, b"22" * 32))
        encrypt_ref = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (enc, b"ab" * 16, b"ab" * 16)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, encrypt_ref, xref)
    return bytes(out)


# ---- helpers ----------------------------------------------------------------------------------
def lines_of(doc) -> list[str]:
    return doc.text.split("\n")


def block_texts(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks]


def index_of(lines: list[str], text: str) -> int:
    hits = [i for i, ln in enumerate(lines) if ln == text]
    assert hits, f"no line {text!r}"
    return hits[0]


LEFT, RIGHT = 85.0, 517.0
INTRO = ("Thuc hien Quyet dinh so 2651/QD-UBND ngay 24 thang 5 nam 2016 cua Uy ban nhan dan "
         "thanh pho ve ban hanh Ke hoach phong, chong mai dam giai doan 2016 - 2020 tren dia ban "
         "thanh pho; Cong van so 40/PCTNXH-KHTC ngay 30 thang 01 nam 2018 cua Cuc Phong, chong te "
         "nan xa hoi ve viec trien khai nhiem vu nam 2018.")


def header_items() -> list[Text]:
    return [
        Text(60, 780, "UY BAN NHAN DAN", 12, True), Text(300, 780, "CONG HOA XA HOI CHU NGHIA VIET NAM", 11, True),
        Text(60, 765, "TINH QUANG NINH", 12, True), Text(330, 765, "Doc lap - Tu do - Hanh phuc", 11, True),
        Text(66, 735, "So: 15/KH-UBND", 12), Text(300, 735, "Quang Ninh, ngay 5 thang 3 nam 2024", 12),
        Text(273, 690, "KE HOACH", 14, True),
    ]


# ---- real samples ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed002(samples):
    return read(samples / "seed002_pdf.pdf")


@pytest.fixture(scope="module")
def seed004(samples):
    return read(samples / "seed004_pdf.pdf")


def test_seed002_header_columns_are_split_left_then_right(seed002):
    lines = lines_of(seed002)
    order = [index_of(lines, t) for t in (
        "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 2234/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Thành phố Hồ Chí Minh, ngày 24 tháng 5 năm 2018", "KẾ HOẠCH")]
    assert order == sorted(order) and order[0] == 0
    title = "Triển khai thực hiện nhiệm vụ phòng, chống mại dâm năm 2018 trên địa bàn thành phố Hồ Chí Minh"
    assert index_of(lines, title) == order[-1] + 1


def test_seed002_signature_block_reads_recipients_then_signer(seed002):
    lines = lines_of(seed002)
    recipients = index_of(lines, "Nơi nhận:")
    last_recipient = index_of(lines, "- Lưu VT (VX-TC) 13")
    kt = index_of(lines, "KT. CHỦ TỊCH")
    assert recipients < index_of(lines, "- Văn phòng Chính phủ;") < last_recipient < kt
    assert lines[kt:kt + 3] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu"]
    assert lines[-1] == "Nguyễn Thị Thu"
    body_end = index_of(lines, "2. Giao Sở Lao động - Thương binh và Xã hội hướng dẫn, theo dõi, kiểm "
                               "tra, đôn đốc việc triển khai thực hiện Kế hoạch và định kỳ tổng hợp báo cáo kết "
                               "quả thực hiện cho Ủy ban nhân dân thành phố và Bộ Lao động - Thương binh và Xã "
                               "hội theo yêu cầu (trước ngày 20 của kỳ báo cáo)./.")
    assert body_end == recipients - 1


def test_seed002_pages_and_no_page_numbers(seed002):
    assert seed002.format == "pdf" and seed002.pages == 11
    assert all(b.page is not None and 1 <= b.page <= 11 for b in seed002.blocks)
    assert [b.page for b in seed002.blocks] == sorted(b.page for b in seed002.blocks)
    assert seed002.blocks[-1].page == 11
    assert not [ln for ln in lines_of(seed002) if re.fullmatch(r"\d{1,3}", ln.strip())]
    assert seed002.warnings == []


def test_seed002_paragraph_cut_by_page_break_is_one_block(seed002):
    # "- Chủ trì, phối hợp ... can thiệp dự phòng lây truyền HIV/AIDS," | page 10 | "hỗ trợ vay vốn ..."
    hits = [b for b in seed002.blocks
            if "can thiệp dự phòng lây truyền HIV/AIDS, hỗ trợ vay vốn, học nghề" in seed002.text[b.start:b.end]]
    assert len(hits) == 1 and hits[0].page == 9


def test_seed004_blank_number_and_date_stay_on_one_line(seed004):
    lines = [re.sub(r"\s+", " ", ln) for ln in lines_of(seed004)]
    number = index_of(lines, "Số: /UBND-LĐT&XH")
    date = index_of(lines, "Lục Nam, ngày tháng 9 năm 2022")
    motto = index_of(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    # left column (issuer, number, subject) before the right column (motto, place and date)
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN LỤC NAM"]
    assert number < index_of(lines, "V/v tăng cường thực hiện nhiệm vụ về công tác phòng, chống mại dâm") < motto < date
    assert lines[date + 1] == "Kính gửi:"
    assert "- Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện;" in lines


@pytest.mark.parametrize("name", ["seed001", "seed002", "seed004"])
def test_samples_keep_every_word_and_paragraph_of_the_text_version(samples, name):
    doc = read(samples / f"{name}_pdf.pdf")
    txt = clean((samples / f"{name}.txt").read_text(encoding="utf-8"))
    missing = Counter(re.findall(r"\w+", txt)) - Counter(re.findall(r"\w+", doc.text))
    assert not missing
    blocks = block_texts(doc)
    # one-line paragraphs of the .txt (body text; the .txt cuts some at page breaks) each lie
    # inside a single block of the PDF reading
    paras = [p.strip() for p in re.split(r"\n\s*\n", txt) if p.strip() and "\n" not in p.strip()]
    paras = [p for p in paras if len(p) > 80 and "Ngày đăng" not in p]
    assert paras
    for p in paras:
        assert any(p in b for b in blocks), p[:80]


# ---- hand-made PDFs ------------------------------------------------------------------------
def test_two_column_header_left_cell_then_right_cell():
    items = header_items() + justify(wrap(INTRO, LEFT, RIGHT), LEFT, 650, RIGHT)
    doc = read_pdf(build_pdf([PageSpec(items)]))
    lines = lines_of(doc)
    assert lines[:7] == ["UY BAN NHAN DAN", "TINH QUANG NINH", "So: 15/KH-UBND",
                         "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc",
                         "Quang Ninh, ngay 5 thang 3 nam 2024", "KE HOACH"]
    assert lines[7] == INTRO  # the justified paragraph is one block
    head = doc.blocks[0]
    assert head.page == 1 and head.bold and head.caps
    kh = doc.blocks[6]
    assert kh.align == "center" and kh.bold and kh.font_size == 14


def test_header_cells_on_slightly_different_baselines():
    # right cell 6 pt lower than the left one (other font size / vertical alignment)
    items = [Text(60, 780, "UY BAN NHAN DAN", 12, True), Text(300, 774, "CONG HOA XA HOI CHU NGHIA VIET NAM", 11, True),
             Text(60, 765, "TINH QUANG NINH", 12, True), Text(330, 759, "Doc lap - Tu do - Hanh phuc", 11, True),
             Text(66, 735, "So: 15/KH-UBND", 12), Text(300, 729, "Quang Ninh, ngay 5 thang 3 nam 2024", 12),
             Text(273, 690, "KE HOACH", 14, True), *justify(wrap(INTRO, LEFT, RIGHT), LEFT, 650, RIGHT)]
    lines = lines_of(read_pdf(build_pdf([PageSpec(items)])))
    assert lines[:7] == ["UY BAN NHAN DAN", "TINH QUANG NINH", "So: 15/KH-UBND",
                         "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc",
                         "Quang Ninh, ngay 5 thang 3 nam 2024", "KE HOACH"]


def test_header_on_one_baseline_in_one_text_run_is_cut_at_the_gutter():
    # number and place/date written as ONE text object: only char positions show the gutter
    gap = " " * 14
    items = [Text(66, 735, "So: 15/KH-UBND" + gap + "Quang Ninh, ngay 5 thang 3 nam 2024", 12),
             *justify(wrap(INTRO, LEFT, RIGHT), LEFT, 650, RIGHT)]
    doc = read_pdf(build_pdf([PageSpec(items)]))
    assert lines_of(doc)[:2] == ["So: 15/KH-UBND", "Quang Ninh, ngay 5 thang 3 nam 2024"]


def test_paragraph_across_page_break_and_page_numbers_dropped():
    para = ("Chu tri, phoi hop voi cac so, nganh lien quan va Uy ban nhan dan cac quan, huyen day "
            "manh cong tac tuyen truyen, giao duc va pho bien phap luat ve phong, chong mai dam bang "
            "nhieu hinh thuc va noi dung phong phu, phu hop voi tung doi tuong nham nang cao nhan "
            "thuc cua cong dong xa hoi, tap trung vao cac doi tuong co nguy co cao.")
    lines = wrap(para, LEFT, RIGHT)
    assert len(lines) >= 4 and lines[2][0].islower()
    page1 = justify(lines[:2], LEFT, 120, RIGHT, last_full=True) + [Text(280, 40, "Trang 1", 10)]
    page2 = [Text(290, 800, "- 2 -", 10), *justify(lines[2:], LEFT, 760, RIGHT, indent=0)]
    doc = read_pdf(build_pdf([PageSpec(justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT) + page1),
                              PageSpec(page2)]))
    assert block_texts(doc) == [INTRO, para]
    assert [b.page for b in doc.blocks] == [1, 1]
    assert doc.pages == 2


@pytest.mark.parametrize("tail, joined", [("cua", True), ("cua.", False)])
def test_page_break_before_a_capitalised_word(tail, joined):
    # indented paragraphs: a page that opens at the margin, after a line that does not end a
    # sentence, goes on with the same paragraph even when its first word is a name
    p1 = wrap(INTRO, LEFT, RIGHT)
    cut = ["Ke hoach nay duoc xay dung tren co so chi dao truc tiep " + tail]
    rest = ["Uy ban nhan dan tinh ve cong tac phong, chong te nan xa hoi."]
    page1 = (justify(p1, LEFT, 760, RIGHT) + justify(p1, LEFT, 660, RIGHT)
             + justify(cut, LEFT, 560, RIGHT, last_full=True))
    page2 = [Text(290, 800, "2", 10), *justify(rest, LEFT, 760, RIGHT, indent=0)]
    doc = read_pdf(build_pdf([PageSpec(page1), PageSpec(page2)]))
    expected = [INTRO, INTRO] + ([cut[0] + " " + rest[0]] if joined else [cut[0], rest[0]])
    assert block_texts(doc) == expected


@pytest.mark.parametrize("number", ["3", "- 3 -", "Trang 3", "3/5", "Trang 3/5"])
def test_running_page_number_at_bottom_is_dropped(number):
    body = justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT)
    doc = read_pdf(build_pdf([PageSpec(body + [Text(290, 30, number, 11)])]))
    assert block_texts(doc) == [INTRO]


def test_running_header_repeated_on_every_page_is_dropped():
    pages = []
    for n in range(1, 4):
        body = justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT)
        pages.append(PageSpec([Text(LEFT, 815, f"Ke hoach so 15/KH-UBND ngay 05/3/2024 - trang {n}", 9)]
                              + body + [Text(290, 30, str(n), 10)]))
    doc = read_pdf(build_pdf(pages))
    assert block_texts(doc) == [INTRO] * 3
    assert [b.page for b in doc.blocks] == [1, 2, 3]


def test_paragraphs_without_indent_are_kept_apart_by_the_space_between_them():
    # a news-style page: no first-line indent, 5 pt of space between paragraphs, and the
    # first paragraph's last line happens to fill the measure
    p1 = wrap(INTRO, LEFT, RIGHT, indent=0)
    p2 = wrap(INTRO.replace("Thuc hien", "Tiep theo"), LEFT, RIGHT, indent=0)
    items = (justify(p1, LEFT, 760, RIGHT, indent=0, last_full=True)
             + justify(p2, LEFT, 760 - 16 * len(p1) - 5, RIGHT, indent=0))
    doc = read_pdf(build_pdf([PageSpec(items)]))
    assert block_texts(doc) == [" ".join(p1), " ".join(p2)]


def test_wrapped_compound_joins_with_a_space_and_items_start_new_blocks():
    # "So Lao dong -" ends a full line, "Thuong binh" opens the next: one paragraph, joined
    # with a space and not de-hyphenated; "- Cong an tinh:" and "2." open new blocks
    p1 = ["1. Giao cac co quan lien quan phoi hop So Lao dong -",
          "Thuong binh va Xa hoi chu tri, phoi hop voi cac co quan,",
          "don vi to chuc trien khai thuc hien Ke hoach nay."]
    p2 = ["- Cong an tinh: chi dao cac don vi nghiep vu va Cong an",
          "cac huyen tang cuong dau tranh, triet pha duong day."]
    p3 = ["2. Giao Uy ban nhan dan cac huyen bao cao ket qua."]
    items = (justify(p1, LEFT, 400, RIGHT) + justify(p2, LEFT, 352, RIGHT)
             + justify(p3, LEFT, 320, RIGHT))
    doc = read_pdf(build_pdf([PageSpec(items)]))
    assert block_texts(doc) == [" ".join(p1), " ".join(p2), " ".join(p3)]
    assert "So Lao dong - Thuong binh" in doc.text


def test_signature_block_left_column_first():
    body = justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT)
    sig = [Text(68, 600, "Noi nhan:", 11, True), Text(360, 600, "KT. CHU TICH", 13, True),
           Text(68, 588, "- Nhu tren;", 10), Text(357, 584, "PHO CHU TICH", 13, True),
           Text(68, 576, "- Cac so, nganh lien quan;", 10),
           Text(68, 564, "- Luu: VT, LDTBXH.", 10),
           Text(352, 500, "Nguyen Van An", 13, True)]
    doc = read_pdf(build_pdf([PageSpec(body + sig)]))
    assert lines_of(doc) == [INTRO, "Noi nhan:", "- Nhu tren;", "- Cac so, nganh lien quan;",
                             "- Luu: VT, LDTBXH.", "KT. CHU TICH", "PHO CHU TICH", "Nguyen Van An"]


def test_signature_block_without_authority_prefix_on_a_later_page():
    # "Nơi nhận:" alone above the list, the head signing directly ("GIÁM ĐỐC", no KT./TM.);
    # on page 2 only these cues tell a signature table from a two-column body table
    body = justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT)
    sig = [Text(68, 612, "Nơi nhận:", 11, True),
           Text(68, 600, "- Như trên;", 10), Text(380, 600, "GIÁM ĐỐC", 13, True),
           Text(68, 588, "- Lưu: VT, VP.", 10),
           Text(360, 520, "Trần Thị Bình", 13, True)]
    codes, cmap = vietnamese_font(*(t.text for t in sig))
    doc = read_pdf(build_pdf([PageSpec(body), PageSpec(body + sig)], codes=codes, to_unicode=cmap))
    assert lines_of(doc) == [INTRO, INTRO, "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.",
                             "GIÁM ĐỐC", "Trần Thị Bình"]


def test_esignature_stamp_text_is_read_once():
    body = justify(wrap(INTRO, LEFT, RIGHT), LEFT, 650, RIGHT)
    page = PageSpec(header_items()[:4] + body,
                    annots=[((60, 720, 220, 750), "So: 99/KH-UBND")])
    doc = read_pdf(build_pdf([page]))
    assert doc.text.count("So: 99/KH-UBND") == 1
    assert "So: 99/KH-UBND" in lines_of(doc)
    assert INTRO in lines_of(doc)


def test_esignature_stamp_fills_blank_number_and_day_in_place():
    # the signing software stamps "15" and "05" into the blanks left in the draft
    items = [Text(60, 780, "UY BAN NHAN DAN", 12, True), Text(300, 780, "CONG HOA XA HOI CHU NGHIA VIET NAM", 11, True),
             Text(66, 735, "So:" + " " * 10 + "/KH-UBND", 12),
             Text(290, 735, "Quang Ninh, ngay" + " " * 6 + "thang 3 nam 2024", 12),
             *justify(wrap(INTRO, LEFT, RIGHT), LEFT, 650, RIGHT)]
    ngay_end = 290 + width_of("Quang Ninh, ngay")
    page = PageSpec(items, annots=[((100, 731, 140, 751), "15"), ((ngay_end + 6, 731, ngay_end + 46, 751), "05")])
    lines = [re.sub(r"\s+", " ", ln) for ln in lines_of(read_pdf(build_pdf([page])))]
    assert lines[:4] == ["UY BAN NHAN DAN", "So: 15 /KH-UBND", "CONG HOA XA HOI CHU NGHIA VIET NAM",
                         "Quang Ninh, ngay 05 thang 3 nam 2024"]


def test_scan_without_text_layer():
    with pytest.raises(NoTextLayer) as info:
        read_pdf(build_pdf([PageSpec([]), PageSpec([])]), ocr="never")
    assert "--ocr auto" in info.value.hint and "ocrmypdf" in info.value.hint
    with pytest.raises(NoTextLayer) as info:  # blank pages: nothing for OCR either
        read_pdf(build_pdf([PageSpec([]), PageSpec([])]))
    assert "blank pages" in info.value.hint or "tesseract" in info.value.hint


def test_scanned_page_among_text_pages_is_reported():
    body = justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT)
    doc = read_pdf(build_pdf([PageSpec(body), PageSpec([]), PageSpec([]), PageSpec(body), PageSpec([])]))
    assert "pdf: no text layer on pages 2-3, 5 (scanned pages?); OCR the file" in doc.warnings
    assert block_texts(doc) == [INTRO, INTRO] and doc.pages == 5


def test_encrypted_pdf():
    with pytest.raises(EncryptedFile) as info:
        read_pdf(build_pdf([PageSpec(header_items())], encrypted=True))
    assert "qpdf --decrypt" in info.value.hint


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_corrupt(samples, cut):
    data = (samples / "seed004_pdf.pdf").read_bytes()
    with pytest.raises(CorruptFile):
        read_pdf(data[:int(len(data) * cut)])


@pytest.mark.parametrize("data", [b"%PDF-1.7\n" + bytes(range(256)) * 8, b"%PDF-1.4\n%%EOF\n"])
def test_damaged_pdf_raises_project_error_only(data):
    with pytest.raises(CorruptFile):
        read_pdf(data)


def test_pdf_without_pages():
    with pytest.raises(CorruptFile, match="no pages"):
        read_pdf(build_pdf([]))


def test_read_dispatches_pdf_bytes_and_keeps_error_path(tmp_path):
    p = tmp_path / "x.docx"  # a PDF with a misleading name
    p.write_bytes(build_pdf([PageSpec(justify(wrap(INTRO, LEFT, RIGHT), LEFT, 760, RIGHT))]))
    doc = read(p)
    assert doc.format == "pdf" and doc.text == INTRO
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.5\ngarbage")
    with pytest.raises(KhparseError) as info:
        read(bad)
    assert info.value.path == str(bad)


# ---- text-layer quality ------------------------------------------------------------------------
_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
%s
endcmap CMapName currentdict /CMapResource defineresource pop end end"""


@pytest.mark.parametrize("ranges", [
    b"1 beginbfrange <21> <7E> <E021> endbfrange",                        # private-use soup
    b"2 beginbfrange <41> <5A> <0044> <61> <77> <0064> endbfrange",       # letters shifted by 3
])
def test_broken_font_map_is_reported(ranges):
    body = justify(wrap(INTRO * 2, LEFT, RIGHT), LEFT, 760, RIGHT)
    doc = read_pdf(build_pdf([PageSpec(body)], to_unicode=_CMAP % ranges), ocr="never")
    assert "pdf: page 1 text looks unreadable (broken font encoding); OCR the file" in doc.warnings


@pytest.mark.skipif(ocr.missing() is not None, reason="OCR unavailable (tesseract-ocr-vie)")
def test_broken_font_map_is_read_by_ocr():
    """The page is drawn right, only its text layer lies: OCR reads what is drawn."""
    body = justify(wrap(INTRO * 2, LEFT, RIGHT), LEFT, 760, RIGHT)
    doc = read_pdf(build_pdf([PageSpec(body)], to_unicode=_CMAP % b"1 beginbfrange <21> <7E> <E021> endbfrange"))
    assert doc.ocr_pages == [1]
    assert doc.warnings == ["pdf: page 1 read by OCR (tesseract vie); check names and "
                            "figures against the scan"]
    assert "2651/QD-UBND" in doc.text


def test_ocr_layer_without_diacritics_is_reported_but_plain_text_is_not():
    text = " ".join([INTRO] * 3)
    doc = read_pdf(build_pdf([PageSpec(justify(wrap(text, LEFT, RIGHT), LEFT, 760, RIGHT))]))
    assert doc.warnings == ["pdf: text has no Vietnamese diacritics (OCR layer without accents?)"]


# ---- line joining rules on hand-made geometry ---------------------------------------------------
M = Margins(85.0, 538.0)


def _line(text, x0=85.0, x1=538.0, top=100.0, size=14.0, bold=False):
    return Line(text, x0, x1, top, top + size * 0.9, size, bold)


@pytest.mark.parametrize("a, b, joined", [
    (_line("1. Nâng cao nhận thức, phát huy vai trò", x0=114), _line("thống chính trị", top=116), True),
    (_line("kết quả thực hiện theo quy định.", x1=300), _line("Tiếp tục triển khai", top=116), False),
    (_line("phát sinh tệ nạn mại dâm"), _line("2. Tăng cường công tác", x0=85, top=116), False),
    (_line("phát sinh tệ nạn mại dâm"), _line("- Chủ trì, phối hợp", top=116), False),
    (_line("các tổ chức chính trị"), _line("- xã hội từ thành phố", top=116), True),
    (_line("thực hiện tốt các nhiệm vụ"), _line("II. NỘI DUNG THỰC HIỆN", top=116), False),
    (_line("duy trì các xã không có"), _line("TNMD.", x1=130, top=116), True),
    (_line("phát sinh tệ nạn mại dâm"), _line("thống chính trị", top=140), False),   # paragraph gap
    (_line("phát sinh tệ nạn mại dâm"), _line("thống chính trị", x0=114, top=116), False),  # indent
])
def test_continuation_rule(a, b, joined):
    assert continues(Para([a], 1), b, M) is joined


def test_esignature_stamp_over_a_printed_month_replaces_it():
    # the draft was printed in month 11; the signing software stamps "12" right over the
    # printed "11" (the month it was signed in)
    items = [Text(60, 780, "UY BAN NHAN DAN", 12, True), Text(300, 780, "CONG HOA XA HOI CHU NGHIA VIET NAM", 11, True),
             Text(66, 735, "So: 42/QD-UBND", 12),
             Text(290, 735, "Ha Giang, ngay 03 thang 11 nam 2025", 12),
             *justify(wrap(INTRO, LEFT, RIGHT), LEFT, 650, RIGHT)]
    month_x = 290 + width_of("Ha Giang, ngay 03 thang ")
    page = PageSpec(items, annots=[((month_x - 5, 731, month_x + 35, 751), "12")])
    lines = [re.sub(r"\s+", " ", ln) for ln in lines_of(read_pdf(build_pdf([page])))]
    assert "Ha Giang, ngay 03 thang 12 nam 2025" in lines
