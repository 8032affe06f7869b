"""Cited documents: number as printed, type, date, issuer, exact span; own number excluded."""
from khparse.document import DocumentBuilder
from khparse.extract.references import extract, type_from_symbol
from khparse.pipeline import parse
from khparse.sections import build_outline


def refs(raw: str):
    b = DocumentBuilder("txt")
    for para in raw.strip("\n").split("\n"):
        if para.strip():
            b.add(para)
        else:
            b.blank()
    doc = b.build()
    out = extract(doc.text, build_outline(doc))
    for r in out:
        assert doc.text[r.span[0]:r.span[1]] == r.text
    return out


def test_full_citation_with_spelled_date_and_issuer():
    (r,) = refs("Thực hiện Quyết định số 2651/QĐ-UBND ngày 24 tháng 5 năm 2016 của Ủy ban nhân "
                "dân thành phố về ban hành Kế hoạch phòng, chống mại dâm giai đoạn 2016 - 2020;")
    assert r.number == "2651/QĐ-UBND"
    assert r.type == "Quyết định"
    assert r.date == "2016-05-24"
    assert r.issuer == "Ủy ban nhân dân thành phố"
    assert r.text.startswith("Quyết định số 2651/QĐ-UBND") and r.text.endswith("thành phố")


def test_number_shapes():
    found = refs(
        "Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ; Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Hợp đồng số 05/2026/VLN/CV-LV; Công văn "
        "số 4280 /SCT - CN ngày 2/10/2025 của Sở Công Thương; Luật số 59/2020/QH14;")
    assert [r.number for r in found] == [
        "181/2024/NĐ-CP", "57-NQ/TW", "05/2026/VLN/CV-LV", "4280/SCT-CN", "59/2020/QH14"]
    assert [r.type for r in found] == ["Nghị định", "Nghị quyết", "Hợp đồng", "Công văn", "Luật"]
    assert found[0].date == "2024-12-31" and found[0].issuer == "Chính phủ"
    assert found[3].text == "Công văn số 4280 /SCT - CN ngày 2/10/2025 của Sở Công Thương"


def test_second_number_without_type_word_takes_type_from_code():
    found = refs("căn cứ Kế hoạch số 62/KH-UBND ngày 15/3/2022 của UBND huyện và số "
                 "12/QĐ-BCĐ ngày 28/02/2022 của Ban Chỉ đạo huyện về công tác năm 2022")
    assert [(r.number, r.type, r.date) for r in found] == [
        ("62/KH-UBND", "Kế hoạch", "2022-03-15"), ("12/QĐ-BCĐ", "Quyết định", "2022-02-28")]
    assert found[1].issuer == "Ban Chỉ đạo huyện"


def test_own_number_header_and_closing_are_not_references():
    found = refs("""ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 2234/KH-UBND
Thành phố Hồ Chí Minh, ngày 24 tháng 5 năm 2018

KẾ HOẠCH
Triển khai nhiệm vụ năm 2018

Thực hiện Công văn số 40/PCTNXH-KHTC ngày 30 tháng 01 năm 2018 của Cục Phòng, chống tệ nạn xã hội về việc triển khai nhiệm vụ;

1. Sở Tư pháp: thực hiện theo Điều 16 Quy chế ban hành kèm theo Quyết định số 33/2016/QĐ-UBND ngày 06 tháng 9 năm 2016 của Ủy ban nhân dân thành phố.

2. Báo cáo theo biểu mẫu kèm theo Kế hoạch số 2234/KH-UBND./.

Nơi nhận:
- Các sở, ngành thành viên BCĐ 138/TP;
- Lưu: VT, Công văn 12/UBND-VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
""")
    assert [r.number for r in found] == ["40/PCTNXH-KHTC", "33/2016/QĐ-UBND"]
    assert found[0].issuer == "Cục Phòng, chống tệ nạn xã hội"
    assert found[1].date == "2016-09-06"


def test_repeated_citation_reported_once():
    found = refs("Thực hiện Kế hoạch số 25/KH-UBND của UBND thành phố; theo Kế hoạch số "
                 "25/KH-UBND ngày 23/1/2018, các đơn vị báo cáo.")
    assert len(found) == 1
    assert found[0].date == "2018-01-23"  # filled from the later, fuller citation
    assert found[0].issuer == "UBND thành phố"


def test_numbers_that_are_not_documents():
    assert refs("Phòng, chống HIV/AIDS giai đoạn 2016 - 2020, trước ngày 31/12/2018; tổ 5/KP3; "
                "thành viên BCĐ 138/TP.") == []


def test_news_article_cites_reported_plan():
    found = refs("Cao Bằng: đẩy mạnh công tác phòng, chống tệ nạn mại dâm\n"
                 "Ngày 4\u20443\u20442019, UBND tỉnh ban hành Kế hoạch số 632\u2044KH-UBND về "
                 "phòng, chống mại dâm trên địa bàn tỉnh năm 2019.")
    assert [r.number for r in found] == ["632/KH-UBND"]
    assert found[0].type == "Kế hoạch"


def test_type_from_symbol():
    assert type_from_symbol("QĐ-UBND") == "Quyết định"
    assert type_from_symbol("CTr-UBND") == "Chương trình"
    assert type_from_symbol("CT-UBND") == "Chỉ thị"
    assert type_from_symbol("NQ/TW") == "Nghị quyết"
    assert type_from_symbol("UBND-VX") is None


def test_headerless_text_still_cuts_closing_block():
    """No header and no heading: the outline still closes the body at Nơi nhận."""
    found = refs("Thực hiện Kế hoạch số 62/KH-UBND ngày 15/3/2022 của UBND huyện.\n" * 3 +
                 "Nơi nhận:\n- BCĐ 138/TP;\n- Như trên 99/KH-ABC;\n")
    assert [r.number for r in found] == ["62/KH-UBND"]


def test_samples_references(samples):
    plan = parse(samples / "seed002.txt")
    assert [r.number for r in plan.references] == ["2651/QĐ-UBND", "40/PCTNXH-KHTC", "33/2016/QĐ-UBND"]
    plan = parse(samples / "seed004.txt")
    assert [r.number for r in plan.references] == ["62/KH-UBND", "01/KH-BCĐ"]


def test_number_broken_at_a_line_end():
    found = refs("Thực hiện Công điện số 37/CĐ-\nTTg ngày 02/8/2025 của Thủ tướng Chính phủ về "
                 "ứng phó bão; Quyết định số 812/\nQĐ-UBND ngày 5/8/2025 của UBND tỉnh; Nghị "
                 "quyết số 19-\nNQ/TU ngày 1/3/2025 của Tỉnh ủy; Công văn số 77/SNN- TL ngày "
                 "6/8/2025 của Sở Nông nghiệp và Môi trường.")
    assert [r.number for r in found] == ["37/CĐ-TTg", "812/QĐ-UBND", "19-NQ/TU", "77/SNN-TL"]
    assert [r.type for r in found] == ["Công điện", "Quyết định", "Nghị quyết", "Công văn"]
    assert found[0].text == "Công điện số 37/CĐ-\nTTg ngày 02/8/2025 của Thủ tướng Chính phủ"
    assert found[0].date == "2025-08-02" and found[3].issuer == "Sở Nông nghiệp và Môi trường"


def test_line_end_dash_or_slash_is_no_number_without_a_symbol():
    assert refs("tỷ lệ đạt 3/\n4 xã; giai đoạn 2021-\n2025 và tổ 5/KP3") == []


def test_issuer_ends_at_the_cited_act_its_date_or_the_next_citation():
    found = refs("Căn cứ Quyết định số 908/QĐ-TTg ngày 02/8/2023 của Thủ tướng Chính phủ phê duyệt "
                 "Chương trình chuyển đổi số; Công văn số 415/STTTT-BCVT của Sở Thông tin và Truyền "
                 "thông ngày 9/4/2024; Kế hoạch số 61/KH-UBND ngày 3/2/2024 của Ủy ban nhân dân tỉnh "
                 "Gia Lai, Kế hoạch số 17/KH-STTTT của Sở Thông tin và Truyền thông.")
    assert [(r.number, r.issuer, r.date) for r in found] == [
        ("908/QĐ-TTg", "Thủ tướng Chính phủ", "2023-08-02"),
        ("415/STTTT-BCVT", "Sở Thông tin và Truyền thông", "2024-04-09"),
        ("61/KH-UBND", "Ủy ban nhân dân tỉnh Gia Lai", "2024-02-03"),
        ("17/KH-STTTT", "Sở Thông tin và Truyền thông", None)]
    assert found[1].text.endswith("Truyền thông ngày 9/4/2024")


def test_technical_standards_are_cited_documents():
    found = refs("Kho chứa phải bảo đảm khoảng cách an toàn theo QCVN 02:2008/BCT và Quy chuẩn "
                 "QCVN06:2022/BXD - Quy chuẩn kỹ thuật quốc gia về an toàn cháy; thử nghiệm theo "
                 "TCVN 4586:1997.")
    # a national standard (TCVN) is a technical norm, not a document cited (and its digits are no
    # other number)
    assert [(r.number, r.type) for r in found] == [
        ("QCVN 02:2008/BCT", "Quy chuẩn"), ("QCVN 06:2022/BXD", "Quy chuẩn")]
    assert refs("Bê tông thi công theo TCVN 4453:1995 và TCVN 9340:2012/BXD.") == []


def test_firm_letter_numbers_of_unusual_shape():
    found = refs("Xét đề nghị của Công ty TNHH Minh Phát tại Văn bản số 15.8/ĐN-MP ngày 15/8/2025; "
                 "Công ty cổ phần đá Hòa Bình tại văn bản số 07.3/GĐN ngày 07/3/2025; nổ mìn theo "
                 "hộ chiếu số 04/11/2025/HCNM - KT3 ngày 4/11/2025; Giấy chứng nhận số 212.05/GCN "
                 "ngày 12/5/2025 của Công an tỉnh.")
    assert [r.number for r in found] == [
        "15.8/ĐN-MP", "07.3/GĐN", "04/11/2025/HCNM-KT3", "212.05/GCN"]
    assert found[3].issuer == "Công an tỉnh" and found[3].date == "2025-05-12"


def test_bare_serial_with_type_word_and_date_is_a_reference():
    found = refs("Ủy ban nhân dân xã nhận được Công văn số 17 ngày 02/4/2025 của Hợp tác xã Tân "
                 "Lập và Văn bản đề nghị số 03HL/2025 ngày 9/4/2025, kèm văn bản số 02 ngày "
                 "8/4/2025; Phương án số 2 ngày 3/4/2025 và Hợp đồng số 5 ngày 1/3/2025 chưa đủ "
                 "thành phần; Quyết định số 412/QĐ-UBND ngày 6/5/2025 (Quyết định số 412 ngày "
                 "6/5/2025) vẫn còn hiệu lực.")
    assert [(r.number, r.date) for r in found] == [
        ("17", "2025-04-02"), ("03HL/2025", "2025-04-09"), ("02", "2025-04-08"),
        ("412/QĐ-UBND", "2025-05-06")]


def test_footnote_mark_and_glued_word_are_not_part_of_the_number():
    # a PDF glues the footnote mark "3" and the next word "ngày" to the number
    found = refs("Theo Điều 5 Thông tư số 12/2023/TT-BTNMT3 và Nghị định số 08/2022/NĐ-CPngày "
                 "10/01/2022 của Chính phủ.\n3 Thông tư số 12/2023/TT-BTNMT ngày 31/10/2023 của "
                 "Bộ Tài nguyên và Môi trường")
    assert [r.number for r in found] == ["12/2023/TT-BTNMT", "08/2022/NĐ-CP"]
    assert found[0].date == "2023-10-31"
    assert found[1].date == "2022-01-10" and found[1].issuer == "Chính phủ"


def test_citations_in_an_unlabelled_annex_after_the_signature():
    """A report's annex pasted under the signature with no PHỤ LỤC heading: its citations count;
    the recipients and signature above it give none."""
    raw = """UBND TỈNH HÀ GIANG
Số: 415/BC-UBND
BÁO CÁO
Kết quả quản lý nhà nước về tài nguyên nước năm 2025
1. Công tác ban hành văn bản: Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 77/KH-UBND ngày 02/3/2025 về bảo vệ nguồn nước.
Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
Công văn số 1184/UBND-NLN ngày 15/8/2025 về việc tăng cường quản lý khai thác nước dưới đất trên địa bàn tỉnh; Công văn số 1620/UBND-NLN ngày 30/10/2025 về việc kiểm tra các công trình khai thác nước mặt.
Kết luận số 05/KL-TTr ngày 11/11/2025 của Thanh tra tỉnh.
"""
    nums = {r.number for r in refs(raw)}
    assert {"77/KH-UBND", "1184/UBND-NLN", "1620/UBND-NLN", "05/KL-TTr"} <= nums
    assert "415/BC-UBND" not in nums


def test_a_certificate_held_with_its_term_is_no_reference():
    out = refs("Người áp tải: Trần Văn Lộc, chứng chỉ huấn luyện số 1175/2026/HL-ATHC (02/04/2026-02/04/2028).\n"
               "Hồ sơ lập theo Nghị định số 161/2024/NĐ-CP.")
    assert [r.number for r in out] == ["161/2024/NĐ-CP"]


def test_a_standard_cited_with_and_without_its_issuer_is_one():
    out = refs("Kho xây dựng theo QCVN 05:2020/BXD; khoảng cách an toàn tính theo QCVN 05:2020 và "
               "phụ lục của QCVN 05:2020/QCVN, bảng kê theo QCVN 05:2020-BXD.")
    assert [r.number for r in out] == ["QCVN 05:2020/BXD"]
    # two ministries' standards of one number both stay
    out = refs("Áp dụng QCVN 02:2021/BYT và QCVN 02:2021/BNNPTNT.")
    assert [r.number for r in out] == ["QCVN 02:2021/BYT", "QCVN 02:2021/BNNPTNT"]


def test_an_application_papers_dash_number():
    out = refs("Hồ sơ gồm: Đơn đề nghị số 02-ĐN ngày 05/3/2027 của Hợp tác xã Tân Tiến; "
               "Bảng kê số 05-BK danh sách xe; Tờ khai số 1-TK.")
    assert [r.number for r in out] == ["02-ĐN", "05-BK", "1-TK"]
    # a number in a range or a plate is none
    assert refs("Xe biển số 29-LD đi tuyến 02-05 theo lịch.") == []


def test_ocr_misreadings_of_a_serial_and_a_type_code():
    out = refs("Thực hiện Kế hoạch số l208/KH-BCĐ ngày 02/4/2027 và Quyết định số 96/0Đ-UBND ngày 05/4/2027.")
    assert [r.number for r in out] == ["1208/KH-BCĐ", "96/QĐ-UBND"]
