"""Sections of scanned records and headerless texts (holdout6 classes, other wording)."""
from khparse.document import DocumentBuilder
from khparse.sections import build_outline


def _built(paras, fmt="pdf", ocr_pages=None):
    b = DocumentBuilder(fmt)
    for p in paras:
        text, hints = (p, {}) if isinstance(p, str) else p
        b.add(text, **hints)
    doc = b.build()
    if ocr_pages:
        doc.ocr_pages = list(ocr_pages)
    return doc, build_outline(doc)


_RECORD = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"page": 1}),
    ("Độc lập - Tự do - Hạnh phúc", {"page": 1}),
    ("BIÊN BẢN KIỂM TRA", {"page": 1}),
    ("Điều kiện an toàn của cửa hàng xăng dầu số 12, phường Hưng Dũng, tỉnh Nghệ An", {"page": 1}),
    ("Hôm nay, ngày 14 tháng 5 năm 2025, Đoàn kiểm tra tiến hành kiểm tra như sau:", {"page": 1}),
    ("I. THÀNH PHẦN", {"page": 1}),
    ("1. Đại diện Sở Công Thương tỉnh Nghệ An", {"page": 1}),
    ("II. THỜI GIAN, ĐỊA ĐIỂM", {"page": 1}),
    ("Ngày 14 tháng 5 năm 2025 tại cửa hàng.", {"page": 1}),
    ("II. CĂN CỨ KIỂM TRA", {"page": 2}),
    ("Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ.", {"page": 2}),
    ("IV. KẾT QUẢ KIỂM TRA VÀ KIẾN NGHỊ CỦA ĐOÀN ĐỐI VỚI CỬA HÀNG", {"page": 2}),
    ("XĂNG DẦU VÀ CÁC ĐƠN VỊ LIÊN QUAN", {"page": 2}),
    ("1. Cửa hàng bảo đảm điều kiện an toàn.", {"page": 2}),
]


def test_an_ocr_misread_part_numeral_is_put_back_in_sequence():
    _, o = _built(_RECORD, ocr_pages=[1, 2])
    assert [s.number for s in o.sections] == ["I", "II", "III", "IV"]
    # a text layer's numerals are what was typed
    _, o = _built(_RECORD)
    assert [s.number for s in o.sections] == ["I", "II", "II", "IV"]


def test_a_part_name_in_capitals_wrapped_onto_the_next_line():
    doc, o = _built(_RECORD, ocr_pages=[1, 2])
    last = o.sections[-1]
    assert last.title == ("KẾT QUẢ KIỂM TRA VÀ KIẾN NGHỊ CỦA ĐOÀN ĐỐI VỚI CỬA HÀNG "
                          "XĂNG DẦU VÀ CÁC ĐƠN VỊ LIÊN QUAN")
    assert doc.text[last.span[0]:last.span[1]] == last.heading
    assert [c.number for c in last.children] == ["1"]


def test_an_attached_procedure_without_header_keeps_its_parts():
    doc, o = _built([
        "QUY TRÌNH",
        "NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC AN TOÀN THỰC PHẨM",
        "THUỘC THẨM QUYỀN CỦA SỞ Y TẾ",
        "(Kèm theo Quyết định số 215/QĐ-UBND ngày 12/3/2025",
        "của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang)",
        "I. TTHC CÓ THỜI GIAN GIẢI QUYẾT 10 NGÀY LÀM VIỆC",
        "1. Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "II. TTHC CÓ THỜI GIAN GIẢI QUYẾT 05 NGÀY LÀM VIỆC",
        "1. Cấp lại Giấy chứng nhận",
    ], fmt="docx")
    assert [(s.number, s.title) for s in o.sections] == [
        ("I", "TTHC CÓ THỜI GIAN GIẢI QUYẾT 10 NGÀY LÀM VIỆC"),
        ("II", "TTHC CÓ THỜI GIAN GIẢI QUYẾT 05 NGÀY LÀM VIỆC")]


def test_the_state_name_inside_a_cited_law_is_no_header_line():
    _, o = _built([
        "PHƯƠNG ÁN THI CÔNG",
        "Số: 03/PA-HT",
        "Công trình: Kè chống sạt lở bờ sông Lô, xã Phú Lâm, tỉnh Tuyên Quang",
        "I. CĂN CỨ LẬP PHƯƠNG ÁN",
        "1.1. Căn cứ pháp lý",
        "- Luật số 50/2014/QH13 được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa 13, kỳ họp thứ 7 thông qua ngày 18 tháng 6 năm 2014;",
        "- Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ.",
        "1.2 Quy mô công trình",
        "II. BIỆN PHÁP THI CÔNG",
        "2.1 Trình tự thi công",
    ], fmt="docx")
    assert [(s.number, s.title) for s in o.sections] == [
        ("I", "CĂN CỨ LẬP PHƯƠNG ÁN"), ("II", "BIỆN PHÁP THI CÔNG")]
