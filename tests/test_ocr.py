"""OCR of scans: PDF pages without a text layer, garbled layers and page images.

The scans are made here: pages of a real born-digital letter (samples/) rendered to pixels and
put back into a PDF with no text layer, or saved as PNG. Tesseract (vie) must be installed
(.ci/run installs it); the tests of what happens without it point KHPARSE_TESSERACT elsewhere.
"""
from __future__ import annotations

import difflib
import importlib.util
import struct
import zlib

import pypdfium2 as pdfium
import pytest

import khparse
from khparse.errors import NoTextLayer, OcrUnavailable, UnsupportedFormat
from khparse.readers import ocr
from conftest import ROOT, SAMPLES

LETTER = SAMPLES / "cong-van-khan-ubnd-thanh-hoa.pdf"
DPI = 200


def _render(page) -> pdfium.PdfBitmap:
    return page.render(scale=DPI / 72, grayscale=True)


def _twin():
    """eval/ocr_twin.py, whose scan() makes the scans here as for the accuracy comparison."""
    spec = importlib.util.spec_from_file_location("ocr_twin", ROOT / "eval" / "ocr_twin.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_scan(pages=(0,), keep_text=()) -> bytes:
    """A PDF whose listed pages of LETTER are images only (and ``keep_text`` pages as they are)."""
    return _twin().scan(LETTER, DPI, pages, keep_text)


def make_png(page_index: int = 0) -> bytes:
    """The page as an 8-bit grayscale PNG (written by hand: no imaging library needed)."""
    bm = _render(pdfium.PdfDocument(str(LETTER))[page_index])
    raw = bytes(bm.buffer)
    rows = b"".join(b"\0" + raw[r * bm.stride:r * bm.stride + bm.width] for r in range(bm.height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", bm.width, bm.height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 6))
            + chunk(b"IEND", b""))


needs_tesseract = pytest.mark.skipif(ocr.missing() is not None,
                                     reason=f"OCR unavailable: {ocr.missing()} ({ocr.INSTALL})")


@pytest.fixture(scope="module")
def digital():
    return khparse.parse(LETTER)


@pytest.fixture(scope="module")
def scan_plan():
    return khparse.parse(make_scan((0,)))


@pytest.fixture()
def no_tesseract(monkeypatch, tmp_path):
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-tesseract"))


@needs_tesseract
def test_scanned_letter_reads_like_its_born_digital_twin(scan_plan, digital):
    d, s = digital.document, scan_plan.document
    assert scan_plan.source.ocr_pages == [1]
    assert any("read by OCR" in w for w in scan_plan.warnings)
    assert (s.type, s.number, s.issued_date) == (d.type, d.number, d.issued_date)
    # OCR may misread one tone mark ("TỈNH" as "TĨNH"): the issuer is found, nearly verbatim
    assert difflib.SequenceMatcher(None, s.issuer.casefold(), d.issuer.casefold()).ratio() > 0.9
    assert "ứng phó với mưa lũ" in s.title


@needs_tesseract
def test_spans_point_into_the_ocr_text(scan_plan):
    text = khparse.read(make_scan((0,))).text
    for ref in scan_plan.references:
        assert text[ref.span[0]:ref.span[1]] == ref.text
    for field, (a, b) in scan_plan.document.spans.items():
        assert 0 <= a < b <= len(text), field


@needs_tesseract
def test_header_columns_come_out_as_separate_blocks():
    """The two header cells share baselines: OCR lines are cut at the gutter like text lines."""
    doc = khparse.read(make_scan((0,)))
    first = [doc.text[b.start:b.end] for b in doc.blocks[:8]]
    assert any(t.startswith("Số:") and "CỘNG HÒA" not in t for t in first), first
    assert any("Độc lập" in t and "UBND" not in t and "Số" not in t for t in first), first


@needs_tesseract
def test_only_the_scanned_page_is_ocred():
    doc = khparse.read(make_scan((0,), keep_text=(1,)))
    assert doc.ocr_pages == [1] and doc.pages == 2


@needs_tesseract
def test_png_page(digital):
    plan = khparse.parse(make_png(0))
    assert plan.source.format == "image" and plan.source.ocr_pages == [1]
    assert plan.document.number == digital.document.number


def test_ocr_never_keeps_the_scan_refusal():
    with pytest.raises(NoTextLayer, match="--ocr auto"):
        khparse.read(make_scan((0,)), ocr="never")
    with pytest.raises(UnsupportedFormat, match="--ocr never"):
        khparse.read(make_png(0), ocr="never")


def test_without_tesseract_auto_warns_and_always_fails(no_tesseract):
    assert ocr.missing() == "tesseract is not installed"
    with pytest.raises(NoTextLayer, match="tesseract is not installed: apt-get install"):
        khparse.read(make_scan((0,)))
    doc = khparse.read(make_scan((0,), keep_text=(1,)))   # the text page is still read
    assert doc.ocr_pages is None
    assert any("page 1 need OCR but tesseract is not installed" in w for w in doc.warnings)
    with pytest.raises(OcrUnavailable, match="--ocr always, but tesseract is not installed"):
        khparse.read(LETTER, ocr="always")
    with pytest.raises(OcrUnavailable, match="PNG image needs OCR"):
        khparse.read(make_png(0))


def test_parse_tsv_cuts_header_columns():
    """One Tesseract line holding both header cells becomes two lines at the gutter."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [head, "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t"]
    words = [("Số:", 200, 60), ("12/UBND-NN", 290, 220), ("Thanh", 1300, 130), ("Hóa,", 1440, 100),
             ("ngày", 1550, 110)]
    for k, (t, x, w) in enumerate(words, 1):
        rows.append(f"5\t1\t1\t1\t1\t{k}\t{x}\t500\t{w}\t50\t95\t{t}")
    (page,) = ocr.parse_tsv("\n".join(rows))
    assert (page.width, page.height) == (2480, 3508)
    assert [ln.text for ln in page.lines] == ["Số: 12/UBND-NN", "Thanh Hóa, ngày"]
    left, right = page.scaled(72 / 300)
    assert right.x0 == pytest.approx(1300 * 72 / 300)


def _tsv(lines: list[list[tuple]]) -> str:
    """Tesseract TSV of one page: each line a list of (text, left, top, width, height, conf)."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [head, "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t"]
    for n, words in enumerate(lines, 1):
        for k, (t, x, y, w, h, conf) in enumerate(words, 1):
            rows.append(f"5\t1\t1\t1\t{n}\t{k}\t{x}\t{y}\t{w}\t{h}\t{conf}\t{t}")
    return "\n".join(rows)


def test_seal_and_signature_debris_is_not_read_as_words():
    """What Tesseract reads in a seal's ring and a signature's strokes: symbols mixed into
    letters at next to no confidence, specks far smaller than the print, signs glued to a
    word. Real words it scores low (a run touched by handwriting) are kept."""
    tsv = _tsv([
        [("PHÓ", 980, 1340, 74, 25, 92), ("TRƯỞNG", 1065, 1340, 150, 26, 91), ("BAN©H", 1226, 1340, 110, 26, 90),
         ("x", 1350, 1345, 11, 6, 78)],
        [("Ngàyg5..+Ÿ.../2(", 300, 470, 230, 40, 21), ("Giao", 650, 470, 80, 30, 96), ("dự", 740, 470, 40, 30, 96),
         ("toán", 790, 470, 70, 30, 95)],
        [("Đà", 860, 320, 40, 26, 96), ("Nẵng,", 910, 320, 80, 30, 93), ("ngàyƠẤ", 1000, 307, 106, 46, 8),
         ("tháng", 1118, 320, 79, 33, 8), ("9", 1219, 321, 14, 25, 96)],
        [("`", 1365, 1400, 7, 6, 94), ("2=", 1165, 1439, 224, 91, 10)],
        [("-", 237, 1436, 7, 2, 93), ("Lưu:", 253, 1424, 59, 23, 91), ("VT,", 321, 1424, 40, 22, 88),
         ("KTqwa).", 365, 1424, 84, 27, 9)],
    ])
    (page,) = ocr.parse_tsv(tsv)
    texts = [ln.text for ln in page.lines]
    assert "PHÓ TRƯỞNG BAN" in texts
    assert "Giao dự toán" in texts
    assert "Đà Nẵng, tháng 9" in texts
    assert "- Lưu: VT," in texts
    assert len(texts) == 4


def _batch(archive, out, **kw):
    import io

    from khparse.batch import runner

    opts = runner.Options(archive=archive, out=out, jobs=1, progress="quiet", **kw)
    return runner.run(opts, stdout=io.StringIO(), stderr=io.StringIO())


@needs_tesseract
def test_batch_ocrs_scans_in_its_workers(tmp_path):
    """A scan is OCR'd in the worker; page images are read only with --ocr always; a scan
    that needs longer than --timeout is a timeout like any slow document."""
    import json

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "scan.pdf").write_bytes(make_scan((0,)))
    (archive / "page.png").write_bytes(make_png(0))
    res = _batch(archive, tmp_path / "out")
    assert res.exit_code == 0, res.failures
    plan = json.loads((tmp_path / "out" / "scan.pdf.json").read_text(encoding="utf-8"))
    assert plan["source"]["ocr_pages"] == [1]
    assert [s.reason for s in res.skipped] == ["image"]
    res = _batch(archive, tmp_path / "out", ocr="always")
    assert res.exit_code == 0 and not res.skipped
    assert (tmp_path / "out" / "page.png.json").exists()
    res = _batch(archive, tmp_path / "slow", timeout=0.3, ocr="always")
    assert {f.kind for f in res.failures} == {"timeout"}


def test_huge_images_are_refused_before_decoding(tmp_path):
    """A small file can declare a 100000 x 100000 image: refused from its header."""
    from khparse.errors import TooLarge
    from khparse.readers.image import pixel_size

    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 100000, 100000)
    png = header + b"\x08\x00\x00\x00\x00" + bytes(64)
    assert pixel_size(png) == (100000, 100000)
    bm = _render(pdfium.PdfDocument(str(LETTER))[0])
    assert pixel_size(make_png(0)) == (bm.width, bm.height)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" \
           b"\xff\xc0\x00\x11\x08" + struct.pack(">HH", 30000, 40000) + bytes(12)
    assert pixel_size(jpeg) == (40000, 30000)
    p = tmp_path / "big.png"
    p.write_bytes(png)
    with pytest.raises(TooLarge, match="million pixels"):
        khparse.read(p)


def test_poster_size_page_is_rendered_within_the_pixel_limit():
    from khparse.readers.pdf import render_page

    doc = pdfium.PdfDocument.new()
    page = doc.new_page(72 * 100, 72 * 100)  # 100 x 100 inches
    image, dpi = render_page(page, 300)
    assert dpi < 300 and len(image) <= ocr.MAX_PIXELS + 64


@pytest.mark.parametrize("read,printed", [
    ("HI. ĐỀ XUẤT, KIẾN NGHỊ", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("H. NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN:", "II. NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN:"),
    ("II KHÓ KHĂN, VƯỚNG MẮC", "II. KHÓ KHĂN, VƯỚNG MẮC"),
    ("Thực hiện Kế hoạch số 632KH-UBND ngày 4/3/2019", "Thực hiện Kế hoạch số 632/KH-UBND ngày 4/3/2019"),
    ("Số: 1050/QĐ-SCT", "Số: 1050/QĐ-SCT"),
    ("Quyết định số 15/QÐ-UBND", "Quyết định số 15/QĐ-UBND"),
    ("H. Đà Nẵng tổ chức", "H. Đà Nẵng tổ chức"),          # not a heading in capitals
    ("I. MỤC ĐÍCH - YÊU CẦU:", "I. MỤC ĐÍCH - YÊU CẦU:"),
    ("Nhóm 5G-LTE và 3 xã", "Nhóm 5G-LTE và 3 xã"),          # not a document symbol
    ("KT. GIÁM ĐÓC", "KT. GIÁM ĐỐC"),                          # the hook-above tone of fixed phrases
    ("Đề nghị Công ty cô phần Than Hà Lầm bồ sung hồ sơ", "Đề nghị Công ty cổ phần Than Hà Lầm bổ sung hồ sơ"),
    ("kho thuốc nỗ thuộc thâm quyền của Sở", "kho thuốc nổ thuộc thẩm quyền của Sở"),
    ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"),
    ("quy định chức năng, nhiệm vụ, quyên hạn của Sở Xây dựng", "quy định chức năng, nhiệm vụ, quyền hạn của Sở Xây dựng"),
    ("cô phầnx, tô chứcy", "cô phầnx, tô chứcy"),               # whole words only
    ("TÔNG GIẢM ĐÓC", "TỔNG GIÁM ĐỐC"),
    ("VIỆN HÓA CHÁT CÔNG NGHIỆP", "VIỆN HÓA CHẤT CÔNG NGHIỆP"),
    ("QUYẾT: ĐỊNH CHÁP THUẬN KẾT QUẢ LỰA CHỌN NHÀ THẦU", "QUYẾT ĐỊNH CHẤP THUẬN KẾT QUẢ LỰA CHỌN NHÀ THẦU"),
    ("PHIẾU CHUYÊN", "PHIẾU CHUYỂN"),
    ("BIẾN BẢN KIỀM TRA HIỆN TRƯỜNG", "BIÊN BẢN KIỂM TRA HIỆN TRƯỜNG"),
    ("đầu tư kết cấu hạ tàng giao thông", "đầu tư kết cấu hạ tầng giao thông"),
    ("Bảo tàng tỉnh", "Bảo tàng tỉnh"),                          # "tàng" is a word of its own
    ("theo Quyết định số 77/QĐĐ-BTC ngày 3/2/2025", "theo Quyết định số 77/QĐĐ-BTC ngày 3/2/2025".replace("ĐĐ", "Đ")),
    ("Hợp đồng số 12/HĐĐ - XD", "Hợp đồng số 12/HĐ - XD"),      # a type code's Đ read twice
    ("KHĐĐ dự án", "KHĐĐ dự án"),                                # not after a number's slash
    ("L KẾT QUẢ KIỂM TRA", "I. KẾT QUẢ KIỂM TRA"),              # the numeral I read as an L
    ("L Lợi tổ chức", "L Lợi tổ chức"),                          # not before a heading in capitals
    ("theo Văn bản đề nghị số 12.05CV-HL ngày 12/5/2026", "theo Văn bản đề nghị số 12.05/CV-HL ngày 12/5/2026"),
    ("Giấy đề nghị số 03.11ĐN-TBM", "Giấy đề nghị số 03.11/ĐN-TBM"),   # a firm's dotted serial, its slash lost
    ("chiều cao 2.5m và số 3.4/CV-HL", "chiều cao 2.5m và số 3.4/CV-HL"),
    ("theo Tờ trình số 512/TT:-SXD ngày 3/9/2026", "theo Tờ trình số 512/TTr-SXD ngày 3/9/2026"),
    ("Thông tư số 12/2025/TT-BXD", "Thông tư số 12/2025/TT-BXD"),  # TT itself is a code
])
def test_ocr_misreadings_of_structure_are_undone(read, printed):
    assert ocr.fix(read) == printed


@pytest.mark.parametrize("name", ["table_onepage.pdf", "table_split.pdf"])
def test_table_rules_found_in_pixels_as_in_paths(name):
    """The rules of a rendered page give the grid the drawn paths give (within 1.5 pt)."""
    import pypdfium2.raw as raw

    from khparse.readers import pdf_tables, raster_rules
    from khparse.readers.pdf import render_page

    from conftest import FIXTURES

    pdf = pdfium.PdfDocument(str(FIXTURES / name))
    for i in range(len(pdf)):
        page = pdf[i]
        image, dpi = render_page(page, 200)
        seen = pdf_tables.grids_from_rules(*raster_rules.rules(image, dpi))
        drawn = pdf_tables.find_grids(raw, page.raw, page.get_size()[1])
        assert len(seen) == len(drawn) == 1
        assert seen[0].xs == pytest.approx(drawn[0].xs, abs=1.5)
        assert seen[0].ys == pytest.approx(drawn[0].ys, abs=1.5)


@needs_tesseract
def test_scanned_task_table_gives_cells_and_tasks():
    from conftest import FIXTURES

    src = FIXTURES / "table_onepage.pdf"
    digital = khparse.parse(src)
    scanned = khparse.parse(_twin().scan(src, DPI))
    assert scanned.source.ocr_pages == [1]
    doc = khparse.read(_twin().scan(src, DPI))
    cells = {b.table: doc.text[b.start:b.end] for b in doc.blocks if b.kind == "cell"}
    assert cells[(0, 0, 1)] == "Nội dung nhiệm vụ"
    assert cells[(0, 1, 2)] == "Sở Tài nguyên và Môi trường"
    assert [t.lead for t in scanned.tasks] == [t.lead for t in digital.tasks]


def _stamp(pdf_bytes: bytes, line: str) -> bytes:
    """The PDF with ``line`` written on its first page as a text object (as an e-signature
    stamp adds its labels to a scan signed after scanning)."""
    import ctypes

    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(pdf_bytes)
    page = pdf[0]
    obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(9))
    buf = ctypes.create_string_buffer((line + "\0").encode("utf-16-le"))
    raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 400, 40)
    raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    import io
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@needs_tesseract
def test_a_scan_whose_only_text_is_a_signature_stamp_is_ocred(digital):
    stamped = _stamp(make_scan((0,)), "Email: vanthu@thanhhoa.gov.vn")
    assert "Email: vanthu" in khparse.read(stamped, ocr="never").text
    plan = khparse.parse(stamped)
    assert plan.source.ocr_pages == [1]
    assert plan.document.number == digital.document.number


def _sealed_scan(page_index: int, box: tuple[float, float, float, float]) -> bytes:
    """Page ``page_index`` of LETTER as a colour scan with a red seal (rings and hatching) pressed
    over ``box`` (points, top-left origin): where the seal's ink meets the print, the print stays."""
    import ctypes
    import io
    import math

    src = pdfium.PdfDocument(str(LETTER))
    page = src[page_index]
    w, h = page.get_size()
    bm = page.render(scale=DPI / 72, rev_byteorder=True)              # RGB
    buf = bytearray(bytes(bm.buffer))
    x0, y0, x1, y1 = (int(v * DPI / 72) for v in box)
    cx, cy, r = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2
    for y in range(y0, y1):
        for x in range(x0, x1):
            d = math.hypot(x - cx, y - cy)
            if d <= r and (int(d) % 8 < 2 or (x + y) % 11 < 2):
                o = y * bm.stride + x * 3
                if buf[o] > 120:
                    buf[o:o + 3] = bytes((40, 35, 205))                 # BGR as pdfium stores it
    out = pdfium.PdfDocument.new()
    new = out.new_page(w, h)
    img = pdfium.PdfImage.new(out)
    nb = pdfium.PdfBitmap.new_native(bm.width, bm.height, pdfium.raw.FPDFBitmap_BGR, stride=bm.stride)
    ctypes.memmove(ctypes.addressof(nb.buffer), bytes(buf), len(buf))
    img.set_bitmap(nb)
    img.set_matrix(pdfium.PdfMatrix().scale(w, h))
    new.insert_obj(img)
    new.gen_content()
    data = io.BytesIO()
    out.save(data)
    return data.getvalue()


@needs_tesseract
def test_signer_name_under_a_red_seal_is_read(monkeypatch, digital):
    """The seal's red ink is read away (the page's red channel), the black name under it stays."""
    name = digital.document.signer.name                 # "Trịnh Minh Tuấn", on the last page
    sealed = _sealed_scan(1, (330, 162, 500, 252))
    monkeypatch.setattr(ocr, "DROP_SEAL", True)          # opt-in (KHPARSE_DROP_SEAL=1)
    assert name in khparse.read(sealed).text
    monkeypatch.setattr(ocr, "DROP_SEAL", False)         # read in grey, the seal hides the name
    assert name not in khparse.read(sealed).text


def test_only_clearly_red_pixels_are_whitened():
    # pixels: seal red, black print, faded pink seal, blue ink, a grey-brown JPEG fringe, white
    rgb = [(205, 40, 50), (10, 10, 12), (235, 160, 170), (30, 40, 160), (120, 95, 90), (255, 255, 255)]
    gray = bytes((90, 10, 185, 50, 100, 255))
    flat = bytes(v for px in rgb for v in px)
    assert ocr.drop_red(gray, flat, 6, 1, 18, 3) == bytes((255, 10, 255, 50, 100, 255))
    padded = flat[:9] + b"\0\0\0" + flat[9:] + b"\0\0\0"      # two rows of 3, stride 12
    assert ocr.drop_red(gray, padded, 3, 2, 12, 3) == bytes((255, 10, 255, 50, 100, 255))
