"""Document identity from realistic header/closing snippets of each form the genre uses."""
import pytest

from khparse.document import DocumentBuilder
from khparse.extract.identity import extract, name_case, position_case
from khparse.pipeline import parse
from khparse.sections import build_outline


def ident(raw: str):
    b = DocumentBuilder("txt")
    for para in raw.strip("\n").split("\n"):
        if para.strip():
            b.add(para)
        else:
            b.blank()
    doc = b.build()
    warnings: list[str] = []
    info = extract(doc, build_outline(doc), warnings)
    return info, warnings, doc.text


BODY = ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh về việc giao chỉ tiêu "
        "kế hoạch năm 2026, các đơn vị triển khai thực hiện các nội dung sau đây để bảo đảm "
        "hoàn thành nhiệm vụ được giao trong năm, báo cáo kết quả định kỳ hằng quý.")

DRAFT_PLAN = f"""UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
-------
Số:      /KH-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Lào Cai, ngày    tháng 4 năm 2026

KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 57-NQ/TW
về đột phá phát triển khoa học, công nghệ năm 2026

{BODY}

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức.

Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng thuộc Sở;
- Lưu: VT, KHTC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC



Lê Thị Hoa
"""


def test_draft_plan_blank_number_partial_date_parent_issuer_multiline_title():
    info, warnings, text = ident(DRAFT_PLAN)
    assert info.type == "Kế hoạch"
    assert info.number is None and info.symbol == "KH-SCT"
    assert info.issuer == "Sở Công Thương"
    assert info.parent_issuer == "UBND tỉnh Lào Cai"
    assert info.place == "Lào Cai" and info.issued_date == "2026-04"
    assert info.title == ("Triển khai thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển "
                          "khoa học, công nghệ năm 2026")
    assert "document number left blank (draft)" in warnings
    assert "issue date is partial (day left blank)" in warnings
    assert info.signer.authority == "KT. GIÁM ĐỐC"
    assert info.signer.position == "Phó Giám đốc"
    assert info.signer.name == "Lê Thị Hoa"
    s = info.signer.span
    assert text[s[0]:s[1]].startswith("KT. GIÁM ĐỐC") and text[s[0]:s[1]].endswith("Lê Thị Hoa")
    assert info.recipients == ["UBND tỉnh (b/c)", "Các phòng thuộc Sở"] and info.filed == "Lưu: VT, KHTC"
    for field in ("issuer", "parent_issuer", "symbol", "place", "issued_date"):
        a, b = info.spans[field]
        assert text[a:b].strip(), field
    a, b = info.spans["issuer"]
    assert text[a:b] == "SỞ CÔNG THƯƠNG"


def test_letter_spaced_number_inline_addressees_tl_signature():
    info, warnings, _ = ident(f"""UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
Số: 4280 /SCT - CN
V/v báo cáo tình hình thực hiện
kế hoạch năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 02 tháng 10 năm 2025

Kính gửi: Sở Tài chính; Sở Nội vụ; UBND các huyện, thị xã, thành phố.

{BODY}

Nơi nhận:
- Như trên;
- Lưu: VT, CN.

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG
(Đã ký)

Trần Văn Bình
""")
    assert info.type == "Công văn"
    assert info.number == "4280/SCT-CN" and info.symbol == "SCT-CN"
    assert info.title == "báo cáo tình hình thực hiện kế hoạch năm 2025"
    assert info.issued_date == "2025-10-02" and warnings == []
    assert info.addressees == ["Sở Tài chính", "Sở Nội vụ", "UBND các huyện, thị xã, thành phố"]
    assert info.signer.authority == "TL. GIÁM ĐỐC"
    assert info.signer.position == "Chánh Văn phòng"   # Văn phòng is the body's name
    assert info.signer.name == "Trần Văn Bình"
    assert info.recipients == ["Như trên"] and info.filed == "Lưu: VT, CN"


def test_letter_addressees_one_per_line_and_urgency():
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
HUYỆN LỤC NAM
Số: 12/UBND-VX
V/v tăng cường công tác phòng, chống mại dâm
HỎA TỐC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lục Nam, ngày 15 tháng 9 năm 2022

Kính gửi:
- Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện;
- Công an huyện;
- UBND các xã, thị trấn.

{BODY}
""")
    assert info.type == "Công văn"
    assert info.number == "12/UBND-VX"
    assert info.issuer == "Ủy ban nhân dân huyện Lục Nam" and info.parent_issuer is None
    assert info.urgency == "Hỏa tốc" and info.secrecy is None
    assert info.addressees == ["Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện",
                               "Công an huyện", "UBND các xã, thị trấn"]
    assert info.title == "tăng cường công tác phòng, chống mại dâm"


def test_layout_columns_side_by_side_motto_is_never_issuer():
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HỒ CHÍ MINH           Độc lập - Tự do - Hạnh phúc
Số: 2234/KH-UBND        Thành phố Hồ Chí Minh, ngày 24 tháng 5 năm 2018

KẾ HOẠCH
Triển khai thực hiện nhiệm vụ phòng, chống mại dâm năm 2018

{BODY}
""")
    assert info.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert info.number == "2234/KH-UBND"
    assert info.place == "Thành phố Hồ Chí Minh" and info.issued_date == "2018-05-24"
    assert info.title == "Triển khai thực hiện nhiệm vụ phòng, chống mại dâm năm 2018"


def test_cell_by_cell_motto_split_by_number():
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 2234/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thành phố Hồ Chí Minh, ngày
24 tháng 5 năm 2018
KẾ HOẠCH
Triển khai thực hiện nhiệm vụ năm 2018
{BODY}
""")
    assert info.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert info.issued_date == "2018-05-24"
    assert "CỘNG HÒA" not in (info.title or "") and "Độc lập" not in (info.title or "")
    assert info.title == "Triển khai thực hiện nhiệm vụ năm 2018"


def test_party_document_and_tm_signature():
    info, _, _ = ident(f"""BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 57-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 22 tháng 12 năm 2024
NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
{BODY}

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ

Tô Lâm
""")
    assert info.type == "Nghị quyết"
    assert info.number == "57-NQ/TW" and info.symbol == "NQ/TW"
    assert info.issuer == "Ban Chấp hành Trung ương"
    assert info.title.startswith("Về đột phá phát triển khoa học")
    assert info.signer.authority == "T/M BỘ CHÍNH TRỊ"
    assert info.signer.position == "Tổng bí thư"
    assert info.signer.name == "Tô Lâm"


def test_tm_and_kt_signature_caps_name_and_type_from_code():
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 05/2025/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 10/02/2025
{BODY}

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Ký, đóng dấu)
NGUYỄN VĂN CƯỜNG
""")
    assert info.type == "Quyết định"
    assert info.number == "05/2025/QĐ-UBND" and info.symbol == "QĐ-UBND"
    assert info.issuer == "Ủy ban nhân dân tỉnh Cao Bằng"
    assert info.issued_date == "2025-02-10"
    assert info.signer.authority == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert info.signer.position == "Phó Chủ tịch"
    assert info.signer.name == "Nguyễn Văn Cường"


def test_text_without_header_takes_issuer_from_body():
    info, _, _ = ident("""Số: 2234/KH-UBND

Thành phố Hồ Chí Minh, ngày 24 tháng 5 năm 2018

KẾ HOẠCH

Triển khai thực hiện nhiệm vụ phòng, chống mại dâm năm 2018 trên địa bàn thành phố Hồ Chí Minh

Thực hiện Quyết định số 2651/QĐ-UBND ngày 24 tháng 5 năm 2016 của Ủy ban nhân dân thành phố về ban hành Kế hoạch phòng, chống mại dâm;

Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai thực hiện nhiệm vụ năm 2018 như sau:

I. MỤC ĐÍCH - YÊU CẦU:
""")
    assert info.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert info.title.startswith("Triển khai thực hiện nhiệm vụ") and info.title.endswith("Hồ Chí Minh")
    assert info.type == "Kế hoạch" and info.number == "2234/KH-UBND"


def test_news_article_reported_plan():
    info, _, text = ident("""+
Aa
-
Lào Cai: Tăng cường phòng, chống mại dâm năm 2024
Thứ năm 25/04/2024 16:31
UBND tỉnh vừa ban hành Kế hoạch số 120/KH-UBND ngày 5/4/2024 về phòng, chống mại dâm trên địa bàn tỉnh năm 2024.
Theo đó, Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở kinh doanh dịch vụ.
Minh Anh
""")
    assert info.type == "Tin bài"
    assert info.title == "Lào Cai: Tăng cường phòng, chống mại dâm năm 2024"
    assert info.published_date == "2024-04-25"
    assert info.number == "120/KH-UBND" and info.issued_date == "2024-04-05"
    assert info.issuer == "UBND tỉnh Lào Cai" and info.place == "Lào Cai"
    assert info.reported.number == "120/KH-UBND" and info.reported.type == "Kế hoạch"
    assert info.signer is None  # the byline is the journalist
    a, b = info.spans["number"]
    assert text[a:b] == "120/KH-UBND"


def test_news_headline_with_published_tail_and_date_first():
    info, _, _ = ident(
        "Cao Bằng: đẩy mạnh phòng, chống tệ nạn mại dâm Ngày đăng: 15/03/2019\n"
        "Ngày 4\u20443\u20442019, UBND tỉnh ban hành Kế hoạch số 632\u2044KH-UBND về phòng, "
        "chống mại dâm trên địa bàn tỉnh năm 2019.\nMinh Thủy")
    assert info.title == "Cao Bằng: đẩy mạnh phòng, chống tệ nạn mại dâm"
    assert info.published_date == "2019-03-15"
    assert info.issued_date == "2019-03-04" and info.number == "632/KH-UBND"
    assert info.issuer == "UBND tỉnh Cao Bằng"


def test_news_without_number_keeps_number_and_date_null():
    info, _, _ = ident("Hà Nội: Triển khai nhiều mô hình hỗ trợ người bán dâm\n\n24/12/2019 18:24\n\n"
                       "Ủy ban nhân dân thành phố Hà Nội vừa ban hành Kế hoạch triển khai thí điểm "
                       "mô hình hỗ trợ người bán dâm trên địa bàn quận Hoàng Mai.\n\nH.Duy")
    assert info.type == "Tin bài" and info.number is None and info.issued_date is None
    assert info.published_date == "2019-12-24"
    assert info.issuer == "Ủy ban nhân dân thành phố Hà Nội" and info.place == "Hà Nội"


def test_a_legal_qa_article_under_a_question_heading_takes_no_cited_rules_number():
    """A legal Q&A article pasted from the web opens with a question heading and cites the rule
    it explains as news would report an act ("Ngày …, Bộ X ban hành Thông tư …"): the rule's
    number and date are not the article's."""
    info, _, _ = ident("Hồ sơ đề nghị cấp giấy phép bán lẻ rượu gồm những gì theo Nghị định 17/2020/NĐ-CP?\n"
                       "Ngày 05/02/2020, Chính phủ ban hành Nghị định 17/2020/NĐ-CP sửa đổi, bổ sung một số "
                       "Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước "
                       "của Bộ Công Thương.\n"
                       "Theo đó, hồ sơ đề nghị cấp giấy phép bán lẻ rượu gồm đơn đề nghị, bản sao giấy "
                       "chứng nhận đăng ký doanh nghiệp và hợp đồng thuê địa điểm.\n")
    assert info.number is None and info.issued_date is None, (info.number, info.issued_date)
    assert info.signer is None


@pytest.mark.parametrize("caps, cased", [
    ("ỦY BAN NHÂN DÂN HUYỆN LỤC NAM", "Ủy ban nhân dân huyện Lục Nam"),
    ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),
    ("UBND TỈNH LÀO CAI", "UBND tỉnh Lào Cai"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
    ("CÔNG AN THÀNH PHỐ HÀ NỘI", "Công an thành phố Hà Nội"),
    ("Sở Tư pháp", "Sở Tư pháp"),
])
def test_name_case(caps, cased):
    assert name_case(caps) == cased


def test_position_case():
    assert position_case("PHÓ CHỦ TỊCH") == "Phó Chủ tịch"
    assert position_case("GIÁM ĐỐC") == "Giám đốc"


@pytest.mark.parametrize("name, expect", [
    ("seed002.txt", ("Kế hoạch", "2234/KH-UBND", "2018-05-24", "Phó Chủ tịch", "Nguyễn Thị Thu")),
    ("seed004.txt", ("Công văn", None, "2022-09", "Phó Chủ tịch", "Dương Công Định")),
    ("seed000.txt", ("Tin bài", None, None, None, None)),
    ("seed001.txt", ("Tin bài", "632/KH-UBND", "2019-03-04", None, None)),
])
def test_samples(samples, name, expect):
    d = parse(samples / name).document
    got = (d.type, d.number, d.issued_date, d.signer.position if d.signer else None,
           d.signer.name if d.signer else None)
    assert got == expect


def test_letter_typed_in_two_columns_header_and_closing():
    info, _, _ = ident("""ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LỤC NAM             Độc lập - Tự do - Hạnh phúc
Số: 15/UBND-VX
V/v tăng cường thực hiện nhiệm vụ     Lục Nam, ngày 12 tháng 9 năm 2022
về công tác phòng, chống mại dâm

Kính gửi: UBND các xã, thị trấn.

Thời gian qua, công tác phòng, chống tệ nạn mại dâm trên địa bàn huyện đã được các cơ quan quan tâm thực hiện và đạt được một số kết quả nhất định, tuy nhiên còn hạn chế.

Nơi nhận:                                  KT. CHỦ TỊCH
- Như trên;                                PHÓ CHỦ TỊCH
- Lưu: VT.

                                           Dương Công Định
""")
    assert info.place == "Lục Nam" and info.issued_date == "2022-09-12"
    assert info.title == "tăng cường thực hiện nhiệm vụ về công tác phòng, chống mại dâm"
    assert info.addressees == ["UBND các xã, thị trấn"]
    assert info.recipients == ["Như trên"] and info.filed == "Lưu: VT"
    assert (info.signer.authority, info.signer.position, info.signer.name) == (
        "KT. CHỦ TỊCH", "Phó Chủ tịch", "Dương Công Định")


def test_decision_title_stops_at_issuing_body_line_and_type_title_on_one_line():
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 1234/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 12 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phòng, chống mại dâm năm 2024
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
{BODY}
""")
    assert info.type == "Quyết định"
    assert info.title == "Về việc ban hành Kế hoạch phòng, chống mại dâm năm 2024"
    assert info.issuer == "Ủy ban nhân dân tỉnh Quảng Ninh"
    info, _, _ = ident(f"""SỞ Y TẾ
Số: 88/KH-SYT
Hà Nội, ngày 05/01/2020
KẾ HOẠCH Tổ chức tuyên truyền phòng, chống HIV/AIDS
năm 2020
{BODY}
""")
    assert info.type == "Kế hoạch" and info.issued_date == "2020-01-05"
    assert info.title == "Tổ chức tuyên truyền phòng, chống HIV/AIDS năm 2020"
    assert info.issuer == "Sở Y tế" and info.place == "Hà Nội"


def test_news_with_breadcrumb_date_first_and_no_vua():
    info, _, _ = ident("""Trang chủ > Xã hội > Đời sống
Xã hội
Cập nhật: 10:30 ngày 05/06/2023
Tăng cường phòng, chống tệ nạn mại dâm trên địa bàn tỉnh
Ngày 02/6/2023, UBND tỉnh Quảng Ninh đã ban hành Kế hoạch số 88/KH-UBND về phòng, chống mại dâm năm 2023.
Theo đó, các sở, ngành triển khai đồng bộ các giải pháp.
Thu Hà
""")
    assert info.type == "Tin bài"
    assert info.title == "Tăng cường phòng, chống tệ nạn mại dâm trên địa bàn tỉnh"
    assert info.published_date == "2023-06-05"
    assert (info.number, info.issued_date) == ("88/KH-UBND", "2023-06-02")
    assert info.issuer == "UBND tỉnh Quảng Ninh" and info.place == "Quảng Ninh"


def test_plan_body_without_header_is_not_news():
    info, _, _ = ident("""Ủy ban nhân dân huyện ban hành Kế hoạch tuyên truyền phòng, chống mại dâm năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ và nhân dân về phòng, chống mại dâm.
""")
    assert info.type != "Tin bài"
    assert info.issuer == "Ủy ban nhân dân huyện"


def test_letter_with_ve_viec_and_blank_year_number():
    info, warnings, _ = ident(f"""UBND TỈNH LÀO CAI
SỞ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI
Số:      /SLĐTBXH-PCTNXH
Về việc rà soát cơ sở kinh doanh dịch vụ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày ... tháng ... năm 2025
Kính gửi: Công an tỉnh.
{BODY}
""")
    assert info.type == "Công văn" and info.number is None and info.symbol == "SLĐTBXH-PCTNXH"
    assert info.issuer == "Sở Lao động - Thương binh và Xã hội"
    assert info.parent_issuer == "UBND tỉnh Lào Cai"
    assert info.title == "rà soát cơ sở kinh doanh dịch vụ"
    assert info.issued_date == "2025"
    assert "issue date is partial (day and month left blank)" in warnings
    assert info.addressees == ["Công an tỉnh"]


def test_mixed_case_copy_and_issuer_sentence_not_taken_from_a_citation():
    info, _, _ = ident("""Số: 77/KH-UBND
Lục Nam, ngày 3 tháng 4 năm 2023
Kế hoạch
Tuyên truyền phòng, chống mại dâm năm 2023
Căn cứ Quyết định số 12/QĐ-UBND của UBND tỉnh ban hành Kế hoạch giai đoạn 2021-2025;
UBND huyện ban hành Kế hoạch tuyên truyền năm 2023 như sau:
I. MỤC ĐÍCH, YÊU CẦU
""")
    assert info.type == "Kế hoạch"
    assert info.title == "Tuyên truyền phòng, chống mại dâm năm 2023"
    assert info.issuer == "UBND huyện Lục Nam"


def _styled(parts):
    """A pdf-like Document from (text, hints) pairs, as a reader would build it."""
    b = DocumentBuilder("pdf")
    for raw, hints in parts:
        b.add(raw, **hints)
    return b.build()


def test_pdf_title_wrapped_over_short_centred_bold_lines():
    bold, centre = {"bold": True}, {"bold": True, "align": "center"}
    doc = _styled([
        ("UBND TỈNH HÀ TĨNH", bold), ("SỞ Y TẾ", bold), ("Số: 41/KH-SYT", {}),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold),
        ("Hà Tĩnh, ngày 3 tháng 4 năm 2025", {"italic": True}),
        ("KẾ HOẠCH", centre),
        # a line that fills the column has no alignment; the wrapped rest is centred
        ("Tổ chức chiến dịch tiêm vắc xin phòng bệnh sởi cho trẻ em dưới 5 tuổi trên địa bàn", bold),
        ("toàn", centre),
        ("tỉnh năm 2025", centre),
        (BODY, {}),
        ("I. MỤC ĐÍCH, YÊU CẦU", bold),
    ])
    info = extract(doc, build_outline(doc), [])
    assert info.title == ("Tổ chức chiến dịch tiêm vắc xin phòng bệnh sởi cho trẻ em dưới 5 tuổi "
                          "trên địa bàn toàn tỉnh năm 2025")
    assert doc.text[info.spans["title"][0]:info.spans["title"][1]].endswith("tỉnh năm 2025")
    # the same title joined by the reader into one line
    doc = _styled([
        ("SỞ Y TẾ", bold), ("Số: 41/KH-SYT", {}), ("Hà Tĩnh, ngày 3 tháng 4 năm 2025", {}),
        ("KẾ HOẠCH", centre),
        ("Tổ chức chiến dịch tiêm vắc xin phòng bệnh sởi năm 2025", centre),
        ("Nhằm chủ động phòng, chống dịch bệnh sởi, Sở Y tế xây dựng kế hoạch như sau", {}),
    ])
    assert extract(doc, build_outline(doc), []).title == \
        "Tổ chức chiến dịch tiêm vắc xin phòng bệnh sởi năm 2025"


def test_pdf_title_stops_at_a_regular_weight_body_line():
    bold, centre = {"bold": True}, {"bold": True, "align": "center"}
    doc = _styled([
        ("ỦY BAN NHÂN DÂN", bold), ("HUYỆN HƯƠNG KHÊ", bold), ("Số: 19/TB-UBND", {}),
        ("Hương Khê, ngày 8 tháng 10 năm 2024", {}),
        ("THÔNG BÁO", centre),
        ("Ý kiến kết luận của Chủ tịch UBND huyện tại buổi làm việc", centre),
        ("với các xã vùng lũ", centre),
        ("ngày 7/10/2024, Chủ tịch UBND huyện chủ trì buổi làm việc với các xã", {}),
    ])
    info = extract(doc, build_outline(doc), [])
    assert info.title == "Ý kiến kết luận của Chủ tịch UBND huyện tại buổi làm việc với các xã vùng lũ"


CLOSING_THEN_APPENDIX = f"""UBND TỈNH YÊN BÁI
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 210/KH-SNN
Yên Bái, ngày 2 tháng 2 năm 2025

KẾ HOẠCH
Phòng, chống dịch bệnh gia súc, gia cầm năm 2025

{BODY}

I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch bệnh.
II. NHIỆM VỤ
1. Chi cục Chăn nuôi và Thú y chủ trì tổ chức tiêm phòng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCCNTY.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Ký bởi: Sở Nông nghiệp và Phát triển nông thôn

Trần Văn Bình

PHỤ LỤC I
KẾ HOẠCH TIÊM PHÒNG NĂM 2025
(Kèm theo Kế hoạch số 210/KH-SNN ngày 02/02/2025 của Sở Nông nghiệp và Phát triển nông thôn)
STT
Nội dung
Đơn vị thực hiện
Thời gian
1
Tiêm phòng lở mồm long móng
Chi cục Chăn nuôi và Thú y
Tháng 3/2025
2
Tiêm phòng cúm gia cầm
Trạm Chăn nuôi và Thú y các huyện
Tháng 4/2025
3
Tiêm phòng dại chó, mèo
UBND các xã
Tháng 5/2025
4
Tổng kết
Chi cục Chăn nuôi và Thú y
Tháng 12/2025
5
Báo cáo
Các đơn vị
Hằng quý
"""


def test_signature_found_before_an_appendix_table():
    info, _, _ = ident(CLOSING_THEN_APPENDIX)
    assert info.signer is not None
    assert (info.signer.authority, info.signer.position, info.signer.name) == (
        "KT. GIÁM ĐỐC", "Phó Giám đốc", "Trần Văn Bình")
    assert info.recipients == ["UBND tỉnh (b/c)"] and info.filed == "Lưu: VT, CCCNTY"


LETTER_HEAD = """UBND TỈNH HÀ NAM{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{issuer_line}{gap}Độc lập - Tự do - Hạnh phúc
{number_line}
V/v tăng cường kiểm tra an toàn thực phẩm dịp Tết
Kính gửi: UBND các huyện, thành phố.
""" + BODY


@pytest.mark.parametrize("issuer_line, number_line, urgency, secrecy", [
    # the stamp typed as a column of its own between the number and the place-date
    ("SỞ Y TẾ", "Số: 15/SYT-ATTP      THƯỢNG KHẨN      Hà Nam, ngày 9 tháng 1 năm 2025",
     "Thượng khẩn", None),
    # both marks on one line, and a labelled secrecy mark
    ("SỞ Y TẾ", "Số: 15/SYT-ATTP      Hà Nam, ngày 9 tháng 1 năm 2025\nHỎA TỐC - MẬT",
     "Hỏa tốc", "Mật"),
    ("SỞ Y TẾ", "Số: 15/SYT-ATTP      Hà Nam, ngày 9 tháng 1 năm 2025\nĐộ mật: Tối mật",
     None, "Tối mật"),
    # "Số:" run onto the issuer's line (a reader joined the cell's lines)
    ("SỞ Y TẾ Số: 15/SYT-ATTP", "Hà Nam, ngày 9 tháng 1 năm 2025", None, None),
    ("SỞ Y TẾ     Số: 15/SYT-ATTP", "KHẨN\nHà Nam, ngày 9 tháng 1 năm 2025", "Khẩn", None),
])
def test_letter_header_stamps_and_number_beside_the_issuer(issuer_line, number_line, urgency, secrecy):
    info, _, text = ident(LETTER_HEAD.format(gap="        ", issuer_line=issuer_line,
                                             number_line=number_line))
    assert (info.issuer, info.parent_issuer) == ("Sở Y tế", "UBND tỉnh Hà Nam")
    assert (info.number, info.symbol, info.type) == ("15/SYT-ATTP", "SYT-ATTP", "Công văn")
    assert (info.place, info.issued_date) == ("Hà Nam", "2025-01-09")
    assert (info.urgency, info.secrecy) == (urgency, secrecy)
    assert info.title == "tăng cường kiểm tra an toàn thực phẩm dịp Tết"
    for field in ("urgency", "secrecy"):
        if field in info.spans:
            a, b = info.spans[field]
            assert text[a:b].upper() in ("THƯỢNG KHẨN", "HỎA TỐC", "MẬT", "TỐI MẬT", "KHẨN")


PLAN_HEAD = f"""ỦY BAN NHÂN DÂN
HUYỆN ĐỨC THỌ
Số: 64/KH-UBND
Đức Thọ, ngày 4 tháng 3 năm 2025

KẾ HOẠCH
Tổng vệ sinh môi trường hưởng ứng Ngày Nước thế giới

{BODY}

I. MỤC ĐÍCH, YÊU CẦU
1. Huy động toàn dân tham gia.

"""


@pytest.mark.parametrize("closing, authority, position, name", [
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nQ. CHỦ TỊCH\n\nTrần Đình Lộc",
     "Q. CHỦ TỊCH", "Quyền Chủ tịch", "Trần Đình Lộc"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhan Thị Hà",
     "TUQ. CHỦ TỊCH", "Chánh Văn phòng", "Phan Thị Hà"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nT/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNGUYỄN ĐỨC HẠNH",
     "T/M ỦY BAN NHÂN DÂN", "Chủ tịch", "Nguyễn Đức Hạnh"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nK/T CHỦ TỊCH\n\nLê Văn Sơn",      # no position line
     "K/T CHỦ TỊCH", "Phó Chủ tịch", "Lê Văn Sơn"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM ỦY BAN NHÂN DÂN\nKT CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Sơn",
     "TM ỦY BAN NHÂN DÂN KT CHỦ TỊCH", "Phó Chủ tịch", "Lê Văn Sơn"),  # dots dropped
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\n\nĐại tá Võ Minh Tâm",
     "KT. CHỈ HUY TRƯỞNG", "Phó Chỉ huy trưởng", "Đại tá Võ Minh Tâm"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG CÔNG AN\n\nTHƯỢNG TÁ HỒ VĂN KHÁNH",
     None, "Trưởng Công an", "Thượng tá Hồ Văn Khánh"),
    ("Nơi nhận: Như trên; Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn Sơn",
     "KT. CHỦ TỊCH", "Phó Chủ tịch", "Lê Văn Sơn"),                  # Nơi nhận inline
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. Chủ tịch\nPhó Chủ tịch\n\nLê Văn Sơn",
     "KT. Chủ tịch", "Phó Chủ tịch", "Lê Văn Sơn"),                  # a copy that lost the caps
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Sơn\nKý bởi: Ủy ban nhân dân huyện Đức Thọ\n"
     "Thời gian ký: 04.03.2025 09:12:40 +07:00\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.",
     "KT. CHỦ TỊCH", "Phó Chủ tịch", "Lê Văn Sơn"),                  # e-signature label, list after
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nKý bởi: Ủy ban nhân dân huyện\n"
     "Email: ubnd@ductho.gov.vn\nCơ quan: Huyện Đức Thọ\nThời gian ký: 04.03.2025 09:12:40 +07:00\nLê Văn Sơn",
     "KT. CHỦ TỊCH", "Phó Chủ tịch", "Lê Văn Sơn"),                  # e-signature labels before the name
])
def test_signature_forms(closing, authority, position, name):
    info, _, text = ident(PLAN_HEAD + closing + "\n")
    s = info.signer
    assert (s.authority, s.position, s.name) == (authority, position, name)
    assert info.recipients == ["Như trên"] and info.filed == "Lưu: VT"
    block = text[s.span[0]:s.span[1]].split("\n")
    assert block[-1].casefold() == name.casefold()          # the span ends at the printed name
    assert block[0] == (authority.split(" KT")[0] if authority else "TRƯỞNG CÔNG AN")


def test_position_with_the_body_it_heads():
    assert position_case("GIÁM ĐỐC SỞ TÀI CHÍNH") == "Giám đốc Sở Tài chính"
    assert position_case("PHÓ CHÁNH VĂN PHÒNG UBND TỈNH") == "Phó Chánh Văn phòng UBND tỉnh"


def test_title_ends_where_an_unseparated_body_opens():
    for opener in ("Vào lúc 8 giờ 00 ngày 12/6/2025, tại trụ sở UBND huyện, Chủ tịch UBND huyện chủ trì họp.",
                   "Tiếp tục thực hiện Chương trình mục tiêu quốc gia, UBND huyện xây dựng kế hoạch."):
        info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 88/TB-UBND
Can Lộc, ngày 13 tháng 6 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác
giải phóng mặt bằng dự án đường tránh
{opener}
1. Giao Phòng Tài nguyên và Môi trường chủ trì.
""")
        assert info.title == ("Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác "
                              "giải phóng mặt bằng dự án đường tránh")


def test_place_and_date_after_the_number_with_the_cell_break_lost():
    # a Word header table pasted as text: each row's cells joined by one tab (read as a space)
    info, _, text = ident("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                          "HUYỆN NGHI XUÂN\tĐộc lập - Tự do - Hạnh phúc\n"
                          "Số: 301/KH-UBND\tNghi Xuân, ngày 14 tháng 8 năm 2024\n\n"
                          "KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2024\n\n" + BODY)
    assert (info.number, info.place, info.issued_date) == ("301/KH-UBND", "Nghi Xuân", "2024-08-14")
    assert info.issuer == "Ủy ban nhân dân huyện Nghi Xuân"
    a, b = info.spans["place"]
    assert text[a:b] == "Nghi Xuân"


JOINT = f"""{{header}}
Số: 07/KHLT-UBND-HLHPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 2 tháng 3 năm 2025

KẾ HOẠCH LIÊN TỊCH
Thực hiện cuộc vận động xây dựng gia đình 5 không, 3 sạch năm 2025

{BODY}

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao vai trò của hội viên phụ nữ.

{{closing}}
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


@pytest.mark.parametrize("header", [
    "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG",
    "UBND TỈNH VĨNH LONG - HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG",
])
@pytest.mark.parametrize("closing", [
    # side by side in a text copy, and cell by cell (left cell, then right cell)
    "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH      TM. ỦY BAN NHÂN DÂN TỈNH\n"
    "CHỦ TỊCH                             KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
    "Lâm Thị Cẩm Vân                      Nguyễn Quang Thành\n",
    "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH\nCHỦ TỊCH\n\nLâm Thị Cẩm Vân\n\n"
    "TM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Quang Thành\n",
])
def test_joint_document_lead_issuer_and_the_signature_naming_it(header, closing):
    info, _, text = ident(JOINT.format(header=header, closing=closing))
    assert info.type == "Kế hoạch liên tịch"
    assert info.issuer in ("Ủy ban nhân dân tỉnh Vĩnh Long", "UBND tỉnh Vĩnh Long")
    assert info.parent_issuer is None
    a, b = info.spans["issuer"]
    assert name_case(text[a:b]) == info.issuer
    s = info.signer
    assert (s.authority, s.position, s.name) == (
        "TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Quang Thành")
    assert info.recipients == ["Như trên"] and info.filed == "Lưu: VT"


JOINT_LEFT_LEAD = f"""CÔNG AN HUYỆN - HUYỆN ĐOÀN
ĐỨC LINH
Số: 15/KHLT-CAH-HĐ
Đức Linh, ngày 8 tháng 5 năm 2025
KẾ HOẠCH LIÊN TỊCH
Phối hợp tuyên truyền phòng, chống ma túy trong thanh thiếu niên năm 2025
{BODY}
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của đoàn viên.

{{closing}}
Nơi nhận:
- Công an tỉnh (b/c);
- Lưu: VT CAH, VT HĐ.
"""


@pytest.mark.parametrize("closing", [
    # cell by cell: the lead's block first, the partner's authority over two lines
    "KT. TRƯỞNG CÔNG AN HUYỆN\nPHÓ TRƯỞNG CÔNG AN\n\nThiếu tá Đỗ Minh Quang\n\n"
    "TM. BAN THƯỜNG VỤ\nHUYỆN ĐOÀN ĐỨC LINH\nBÍ THƯ\n\nLương Thị Thu Hà",
    # a text copy whose table cells were joined by one space (the tab lost)
    "KT. TRƯỞNG CÔNG AN HUYỆN TM. BAN THƯỜNG VỤ\nPHÓ TRƯỞNG CÔNG AN HUYỆN ĐOÀN ĐỨC LINH\nBÍ THƯ\n\n"
    "Thiếu tá Đỗ Minh Quang Lương Thị Thu Hà",
])
def test_joint_signature_of_the_lead_issuer_named_first(closing):
    info, _, text = ident(JOINT_LEFT_LEAD.format(closing=closing))
    assert info.type == "Kế hoạch liên tịch" and info.issuer == "Công an huyện"
    s = info.signer
    assert (s.authority, s.position, s.name) == (
        "KT. TRƯỞNG CÔNG AN HUYỆN", "Phó Trưởng Công an", "Thiếu tá Đỗ Minh Quang")
    assert info.recipients == ["Công an tỉnh (b/c)"] and info.filed == "Lưu: VT CAH, VT HĐ"


def test_a_position_line_is_never_the_name():
    info, _, _ = ident(PLAN_HEAD + "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nPHÓ CHỦ TỊCH UBND HUYỆN\n")
    assert info.signer.name is None


def test_closing_table_read_row_by_row_interleaves_list_and_signature():
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:
- Sở Tài nguyên và Môi trường (b/c);
- TT Huyện ủy;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
- Các xã, thị trấn;
- Lưu: VT, TNMT.
Bùi Quang Huy
""")
    s = info.signer
    assert (s.authority, s.position, s.name) == ("KT. CHỦ TỊCH", "Phó Chủ tịch", "Bùi Quang Huy")
    assert info.recipients == ["Sở Tài nguyên và Môi trường (b/c)", "TT Huyện ủy", "Các xã, thị trấn"] and info.filed == "Lưu: VT, TNMT"


def test_joint_blocks_read_row_by_row_names_last():
    info, _, _ = ident(JOINT_LEFT_LEAD.format(closing=(
        "KT. TRƯỞNG CÔNG AN HUYỆN\nPHÓ TRƯỞNG CÔNG AN\nTM. BAN THƯỜNG VỤ\nHUYỆN ĐOÀN ĐỨC LINH\n"
        "BÍ THƯ\nThiếu tá Đỗ Minh Quang\nLương Thị Thu Hà")))
    s = info.signer
    assert (s.authority, s.position, s.name) == (
        "KT. TRƯỞNG CÔNG AN HUYỆN", "Phó Trưởng Công an", "Thiếu tá Đỗ Minh Quang")


def test_news_issue_date_after_a_lead_in_and_before_the_chair():
    info, _, _ = ident("""Trang chủ > Thời sự
Quảng Trị: tăng cường phòng, chống dịch tả lợn châu Phi
Cập nhật: 08:15 | 22/03/2025
Trước diễn biến phức tạp của dịch, ngày 20/3/2025, Chủ tịch UBND tỉnh Quảng Trị đã ký ban hành Công điện số 05/CĐ-UBND về tăng cường phòng, chống dịch tả lợn châu Phi.
Theo đó, các địa phương kiểm soát chặt việc vận chuyển lợn.
""")
    assert info.type == "Tin bài" and info.published_date == "2025-03-22"
    assert (info.number, info.issued_date) == ("05/CĐ-UBND", "2025-03-20")


@pytest.mark.parametrize("tag, wrap", [("(TTXVN) - ", " "), ("(Chinhphu.vn) - ", " "), ("QTO - ", " "),
                                       ("(QTO) - ", "\n")])   # a PDF line wrap after the date
def test_news_issue_date_in_long_form_after_a_source_tag(tag, wrap):
    info, _, _ = ident(f"""Quảng Trị: siết chặt quản lý an toàn thực phẩm dịp lễ hội

Thứ Hai, 10/03/2025 - 08:30

{tag}Ngày 05 tháng 3 năm 2025,{wrap}UBND tỉnh Quảng Trị ban hành Kế hoạch số
41/KH-UBND về bảo đảm an toàn thực phẩm trong mùa lễ hội năm 2025.

Kế hoạch giao Sở Y tế chủ trì kiểm tra các cơ sở kinh doanh.
""")
    assert info.type == "Tin bài" and info.published_date == "2025-03-10"
    assert (info.number, info.issued_date) == ("41/KH-UBND", "2025-03-05")
    assert info.reported.issued_date == "2025-03-05"


@pytest.mark.parametrize("header", [
    "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN HUYỆN ĐỨC THỌ\n***\nSố: 27-KH/HĐTN",
    "BCH ĐOÀN HUYỆN ĐỨC THỌ\t\tĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 27-KH/HĐTN",
    "BAN CHẤP HÀNH ĐOÀN HUYỆN ĐỨC THỌ\n***\t\tĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\nSố: 27-KH/HĐTN",
])
def test_doan_header_line_is_the_parent_motto_not_the_issuer(header):
    info, _, _ = ident(header + """\t\tĐức Thọ, ngày 03 tháng 6 năm 2024
KẾ HOẠCH
Ra quân hưởng ứng Ngày Môi trường thế giới năm 2024
Các cơ sở Đoàn tổ chức thu gom rác thải tại khu dân cư.
""")
    assert info.issuer in ("BCH Đoàn huyện Đức Thọ", "Ban Chấp hành Đoàn huyện Đức Thọ")
    assert info.number == "27-KH/HĐTN" and info.issued_date == "2024-06-03"


def test_doan_full_name_inside_the_issuer_line_is_kept():
    info, _, _ = ident("""BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH HÀ TĨNH
***
Số: 88-KH/TĐTN\t\tHà Tĩnh, ngày 10 tháng 4 năm 2024
KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2024
Các cơ sở Đoàn tổ chức hoạt động tình nguyện.
""")
    assert info.issuer == "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Hà Tĩnh"


def test_central_doan_issuer_keeps_its_capitals():
    info, _, _ = ident("""BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH
***
Số: 60-KH/TWĐTN-TNNT\t\tHà Nội, ngày 15 tháng 4 năm 2025
KẾ HOẠCH
Tổ chức Ngày hội Thanh niên nông thôn

Các tỉnh đoàn, thành đoàn tổ chức hưởng ứng.
""")
    assert info.issuer == "BCH Trung ương Đoàn TNCS Hồ Chí Minh"


def test_news_lead_wrapped_after_its_date_with_no_blank_lines():
    info, _, _ = ident("""Gia Lai: kiểm soát dịch bệnh trên đàn gia súc
Thứ Ba, 04/02/2025 - 15:20
(GLO) - Ngày 03/02/2025, Chủ tịch
UBND tỉnh Gia Lai ký ban hành Công điện số 02/CĐ-UBND về phòng, chống dịch bệnh gia súc.
Công điện yêu cầu UBND các huyện tăng cường kiểm dịch.
""")
    assert (info.number, info.issued_date, info.published_date) == ("02/CĐ-UBND", "2025-02-03", "2025-02-04")


def test_closing_table_read_row_by_row_puts_list_items_between_authority_and_position():
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:
- Như trên;
KT. GIÁM ĐỐC
- Sở Nội vụ (p/h);
- Lưu: VT, TCCB.
PHÓ GIÁM ĐỐC
Trần Thị Mai Anh
""")
    s = info.signer
    assert (s.authority, s.position, s.name) == ("KT. GIÁM ĐỐC", "Phó Giám đốc", "Trần Thị Mai Anh")
    assert info.recipients == ["Như trên", "Sở Nội vụ (p/h)"] and info.filed == "Lưu: VT, TCCB"


def test_recipients_leave_out_the_filing_line_and_split_shared_labels():
    info, _, _ = ident("""BỘ TÀI CHÍNH
CỤC THUẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512/CT-KK
V/v hướng dẫn kê khai thuế quý III

Hà Nội, ngày 02 tháng 10 năm 2025

Kính gửi: Chi cục Thuế khu vực I

Cục Thuế hướng dẫn kê khai thuế quý III năm 2025 như sau.

Nơi nhận:
- Như trên;
- Các Vụ: Pháp chế; Chính sách thuế;
- Tổng cục Hải quan; Kho bạc Nhà nước (p/h);
- Lưu VT, KK (3b).
- Lưu Văn phòng Cục.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

Đỗ Thị Hà
""")
    assert info.recipients == ["Như trên", "Các Vụ: Pháp chế", "Các Vụ: Chính sách thuế",
                               "Tổng cục Hải quan", "Kho bạc Nhà nước (p/h)"]
    assert info.filed == "Lưu VT, KK (3b)"


def test_wrapped_addressee_item_is_read_whole_as_the_bodies_read_it():
    """A PDF wraps the inline Kính gửi list inside an item: the line going on in lower case is
    the rest of that item, for the document's addressees as for the bodies' addressee spans."""
    from khparse.extract.identity import read
    raw = f"""BỘ NỘI VỤ
Số: 318/BNV-CCVC
V/v rà soát số lượng công chức cấp xã năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 21 tháng 01 năm 2025

Kính gửi: Sở Nội vụ các tỉnh; Ủy ban nhân dân các quận, huyện, thị
xã thuộc thành phố trực thuộc trung ương.

{BODY}
"""
    b = DocumentBuilder("txt")
    for para in raw.strip("\n").split("\n"):
        b.add(para) if para.strip() else b.blank()
    doc = b.build()
    ident_ = read(doc, build_outline(doc), [])
    want = ["Sở Nội vụ các tỉnh",
            "Ủy ban nhân dân các quận, huyện, thị xã thuộc thành phố trực thuộc trung ương"]
    assert ident_.info.addressees == want
    assert [" ".join(doc.text[a:b].split()) for a, b in ident_.addressees] == want


def test_short_letter_is_a_cong_van_though_its_attached_form_has_a_type_line():
    """A type line stands above the Kính gửi line: a short letter whose attached form opens
    "BÁO CÁO …" within the header's reach stays a letter, titled by its V/v line."""
    info, _, _ = ident("""UBND HUYỆN THANH CHƯƠNG
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 85/PGDĐT-TH
V/v báo cáo số liệu học sinh khuyết tật năm học 2025-2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Chương, ngày 12 tháng 9 năm 2025

Kính gửi: Hiệu trưởng các trường tiểu học trên địa bàn huyện

Phòng Giáo dục và Đào tạo đề nghị các trường báo cáo theo mẫu đính kèm trước ngày 20/9/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Thị Lan
Mẫu báo cáo
(Kèm theo Công văn số 85/PGDĐT-TH)

BÁO CÁO TÌNH HÌNH HỌC SINH KHUYẾT TẬT

Kính gửi: Phòng Giáo dục và Đào tạo
""")
    assert info.type == "Công văn"
    assert info.title == "báo cáo số liệu học sinh khuyết tật năm học 2025-2026"


def test_team_named_by_the_decision_that_set_it_up_keeps_its_own_number():
    """"TỔ CÔNG TÁC / THEO QUYẾT ĐỊNH / SỐ 77/QĐ-UBND": the bare "số" after a type word cites
    the decision that formed the issuer; the number is the "Số:" line below."""
    info, _, _ = ident("""ỦY BAN NHÂN DÂN HUYỆN VĂN YÊN
TỔ CÔNG TÁC                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THEO QUYẾT ĐỊNH                           Độc lập - Tự do - Hạnh phúc
SỐ 77/QĐ-UBND                       Văn Yên, ngày 14 tháng 8 năm 2025

Số: 09/KH-TCT

KẾ HOẠCH
Rà soát hộ nghèo, hộ cận nghèo năm 2025

""" + BODY)
    assert (info.number, info.symbol, info.type) == ("09/KH-TCT", "KH-TCT", "Kế hoạch")
    assert info.issuer.casefold() == "tổ công tác theo quyết định số 77/qđ-ubnd"
    assert info.parent_issuer == "Ủy ban nhân dân huyện Văn Yên"
    assert (info.place, info.issued_date) == ("Văn Yên", "2025-08-14")


def test_wrapped_recipient_item_beside_the_signature_stays_in_the_list():
    """A closing typed side by side: the wrapped rest of a Nơi nhận item (no dash, no column
    gap) belongs to the list, not under the signature, so the name below is still read."""
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:                                            TL. CHỦ TỊCH
- Thường trực HĐND huyện;                            CHÁNH VĂN PHÒNG
- Các phòng, ban: Tài chính - Kế hoạch, Nội vụ,
Y tế, Giáo dục và Đào tạo;
- Lưu: VT.

Đinh Văn Khải
""")
    s = info.signer
    assert (s.authority, s.position, s.name) == ("TL. CHỦ TỊCH", "Chánh Văn phòng", "Đinh Văn Khải")
    assert info.recipients == ["Thường trực HĐND huyện",
                               "Các phòng, ban: Tài chính - Kế hoạch, Nội vụ, Y tế, Giáo dục và Đào tạo"]
    assert info.filed == "Lưu: VT"


def test_long_title_on_one_paragraph_under_the_type_line():
    """A trích yếu of well over 300 characters printed as one paragraph (no full stop) is
    still the title."""
    title = ("Về việc phê duyệt danh mục các thủ tục hành chính nội bộ được chuẩn hóa, sửa đổi, "
             "bổ sung và bãi bỏ trong lĩnh vực đất đai, môi trường, tài nguyên nước, khoáng sản, "
             "khí tượng thủy văn và biến đổi khí hậu thuộc phạm vi chức năng quản lý của Sở Nông "
             "nghiệp và Môi trường tỉnh, áp dụng chung cho các cơ quan hành chính nhà nước các cấp "
             "trên địa bàn tỉnh từ năm 2026")
    assert len(title) > 300
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 412/QĐ-UBND
Tuyên Quang, ngày 3 tháng 2 năm 2026

QUYẾT ĐỊNH
{title}

{BODY}
""")
    assert info.type == "Quyết định" and info.title == title


# ---- scans: what OCR leaves of handwriting, seals and stamps --------------------------------

SCAN_HEAD = """BỘ TÀI CHÍNH
VỤ NGÂN SÁCH NHÀ NƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{number}
{date}
QUYẾT ĐỊNH
Giao dự toán chi ngân sách năm 2025

"""


@pytest.mark.parametrize("date_line, iso", [
    ("Hà Nội, ngày 1Ê tháng } năm 2025", "2025"),        # day and month written by hand
    ("Hà Nội, ngàyƠẤ tháng 9 năm 2025", "2025-09"),      # the day run into "ngày"
    ("Hà Nội, tháng 9 năm 2025", "2025-09"),              # "ngày" lost with it (or never printed)
])
def test_handwritten_day_and_month_leave_the_place_and_a_partial_date(date_line, iso):
    info, warnings, _ = ident(SCAN_HEAD.format(number="Số: 214/QĐ-VNS", date=date_line) + BODY)
    assert info.place == "Hà Nội" and info.issued_date == iso
    assert any("partial" in w for w in warnings)


@pytest.mark.parametrize("number_line, number", [
    ("số: 45 /QĐ-VNS", "45/QĐ-VNS"),       # OCR's lower-case "số"
    ("Số: 7Ð /QĐ-VNS", None),              # handwritten figures read as signs
    ("số: Ƒ§ /QĐ-VNS", None),
])
def test_number_line_that_ocr_garbled_still_ends_the_issuer(number_line, number):
    info, _, _ = ident(SCAN_HEAD.format(number=number_line, date="Hà Nội, ngày 4 tháng 9 năm 2025")
                       + BODY)
    assert info.issuer == "Vụ Ngân sách nhà nước" and info.parent_issuer == "Bộ Tài chính"
    assert info.number == number


def test_minutes_opening_with_today_have_a_date_and_no_place():
    """A biên bản has no place-date line: "Hôm nay, ngày …" opens its text. The date is the
    meeting's, "Hôm nay" is no place."""
    info, _, _ = ident("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN HỌP
Thẩm định hồ sơ đề nghị cấp phép khai thác cát lòng sông
Hôm nay, ngày 14/11/2025, tại trụ sở Ủy ban nhân dân xã Tân Lập, chúng tôi gồm:
A. THÀNH PHẦN
1. Đại diện Ủy ban nhân dân xã
""")
    assert info.type == "Biên bản" and info.issued_date == "2025-11-14" and info.place is None


def test_transfer_slip_has_a_type_line_and_a_title():
    """A Phiếu chuyển (code PC): its type stands alone, the forwarded document is its title."""
    info, _, _ = ident("""UBND TỈNH HÀ GIANG
VĂN PHÒNG
Số: 128/PC-VPUBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 3 tháng 10 năm 2025

PHIẾU CHUYỂN
Tờ trình số 45/TTr-HTX ngày 28/9/2025 của Hợp tác xã Nông nghiệp Minh Tân
Kính gửi: Sở Nông nghiệp và Môi trường
""")
    assert info.type == "Phiếu chuyển"
    assert info.title == "Tờ trình số 45/TTr-HTX ngày 28/9/2025 của Hợp tác xã Nông nghiệp Minh Tân"


def test_seal_debris_between_the_signature_lines_is_passed_over():
    """OCR reads the seal and the signature strokes as short bits ("UY", "I đu -") and a Nơi
    nhận item beside them loses its dash: the position and the name are still found."""
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:
KT. VIỆN TRƯỞNG
Ê
- Như trên;
PHÓ VIỆN TRƯỞNG
th Viện trưởng (b/c);
- Lưu: VT.
I đu -
UY
Trần Minh Khoa
""")
    s = info.signer
    assert (s.authority, s.position, s.name) == ("KT. VIỆN TRƯỞNG", "Phó Viện trưởng", "Trần Minh Khoa")


def test_position_alone_at_the_end_is_the_signer_office():
    """A scan whose name the seal and the signature hid: the position in capitals ends the
    text, and is the signer's office."""
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:
- Như Điều 3;
- Lưu: VT.
HIỆU TRƯỞNG
""")
    assert info.signer.position == "Hiệu trưởng" and info.signer.name is None


def test_signature_without_recipients_heading_above_a_bare_name():
    """No "Nơi nhận:" (lost under the seal): the last line, a bare name, is not a byline; the
    block above it gives position and name."""
    info, _, _ = ident(PLAN_HEAD + """CÔNG TY CỔ PHẦN XI MĂNG BỈM SƠN
TỔNG GIÁM ĐỐC
- Phòng Kỹ thuật;
- Lưu: VT.
ĐÓ
Lê Minh Châu
""")
    assert (info.signer.position, info.signer.name) == ("Tổng giám đốc", "Lê Minh Châu")


def test_a_position_misread_by_ocr_is_not_the_name():
    """Under the seal OCR may read the position a second time without its marks ("Pho Giam
    Đọc"): no name ends in an office's words, so the name stays unknown."""
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
ạ
Phó Chu Tịch
""")
    assert (info.signer.position, info.signer.name) == ("Phó Chủ tịch", None)


@pytest.mark.parametrize("garbled, position", [("HỌ CHU TỊCH", "Phó Chủ tịch"), ("PHO GIAM ĐỌC", "Phó Giám đốc")])
def test_a_position_line_misread_under_the_authority_is_passed_over_to_the_name(garbled, position):
    """A scan that lost the Nơi nhận heading misreads the position line under "KT. …" ("HỌ CHU
    TỊCH" for PHÓ CHỦ TỊCH): the office comes from the authority, and the name below is found."""
    authority = "KT. CHỦ TỊCH" if "TỊCH" in garbled else "KT. GIÁM ĐỐC"
    info, _, _ = ident(PLAN_HEAD + f"""Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
tệ n Hồ
- Sở Xây dựng;
- Lưu: VT, KT.
{authority}
{garbled}
Đinh Quang Huy
""")
    s = info.signer
    assert (s.authority, s.position, s.name) == (authority, position, "Đinh Quang Huy"), s


def test_seal_text_and_a_lost_deputy_mark_under_the_seal():
    """OCR reads the seal's ring ("ỦY BAN / NHÂN DÂN") under the signature and loses the
    "PHÓ" of the position under it: the seal is no name, and a KT. block's position is
    the deputy's."""
    info, _, _ = ident(PLAN_HEAD + """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
CHÁNH VĂN PHÒNG
ý
ỦY BẠN
NHÂN DÂN
""")
    assert (info.signer.position, info.signer.name) == ("Phó Chánh Văn phòng", None)


def test_licence_type_line_carries_its_subject():
    """A licence prints its kind and subject on one capitals line ("GIẤY PHÉP KHAI THÁC …");
    its symbol's code GP names the kind when the line is lost."""
    info, _, _ = ident("""ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/GP-UBND
Hạ Long, ngày 14 tháng 8 năm 2025
GIẤY PHÉP KHAI THÁC NƯỚC DƯỚI ĐẤT
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Luật Tài nguyên nước ngày 27/11/2023;
""")
    assert (info.type, info.number) == ("Giấy phép", "215/GP-UBND")
    assert info.title.casefold() == "khai thác nước dưới đất"
    from khparse.extract.identity import type_from_symbol
    assert type_from_symbol("37/GP-BTNMT".split("/", 1)[1]) == "Giấy phép"


def test_submission_slip_dated_over_its_approving_column():
    """A phiếu trình has no place-date line under the motto: the date stands over the
    office's approving column (LÃNH ĐẠO …), whose signer is the one who submits it."""
    info, _, _ = ident("""UBND THÀNH PHỐ HẢI PHÒNG
VĂN PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC
Kính gửi: Đồng chí Chủ tịch Ủy ban nhân dân thành phố.
I. NỘI DUNG TRÌNH
1. Cơ quan trình: Sở Xây dựng.
2. Vấn đề trình: ban hành Quyết định quy định giá dịch vụ thoát nước trên địa bàn thành phố.
II. Ý KIẾN CỦA VĂN PHÒNG
Văn phòng kính đề nghị đồng chí Chủ tịch xem xét, cho ý kiến./.
Ngày 17 tháng 9 năm 2025
LÃNH ĐẠO VĂN PHÒNG
Trần Quốc Khánh
Ngày 16 tháng 9 năm 2025
CHUYÊN VIÊN
Vũ Thị Lan
""")
    assert info.type == "Phiếu trình"
    assert info.issuer == "Văn phòng"
    assert info.issued_date == "2025-09-17"
    assert (info.signer.position, info.signer.name) == ("Lãnh đạo Văn phòng", "Trần Quốc Khánh")


def test_record_dated_by_its_opening_sentence():
    """A biên bản without a place-date line is dated by "Vào hồi …, ngày …" / "Hôm nay, ngày …"."""
    info, _, text = ident("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN KIỂM TRA
Căn cứ Kế hoạch số 88/KH-SNN ngày 02/3/2025 của Sở Nông nghiệp và Môi trường tỉnh Nghệ An về kiểm tra an toàn đập, hồ chứa nước trên địa bàn tỉnh năm 2025, đoàn kiểm tra tiến hành kiểm tra tại hiện trường theo nội dung dưới đây.
Vào hồi 8 giờ 30, ngày 11 tháng 4 năm 2025, tại hồ chứa nước Vệ Vừng, đoàn kiểm tra gồm:
1. Ông Lê Văn Hùng - Phó Chi cục trưởng.
""")
    assert info.type == "Biên bản"
    assert info.issued_date == "2025-04-11"
    a, b = info.spans["issued_date"]
    assert text[a:b] == "ngày 11 tháng 4 năm 2025"
    info, _, _ = ident("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN HỌP
Hôm nay, ngày 03/12/2025, tại trụ sở UBND xã Tân Lập, chúng tôi gồm có:
""")
    assert info.issued_date == "2025-12-03"


# ---- scans, forms, certificates and templates (holdout5 round) --------------------------------

def test_a_name_alone_under_the_recipients_is_the_signer_when_the_seal_hid_the_office():
    info, _, text = ident(f"""ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 815/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 14 tháng 5 năm 2026
QUYẾT ĐỊNH
Phê duyệt phương án bảo vệ mỏ khoáng sản
{BODY}
Nơi nhận:
- Như Điều 3;
Thường trực Tỉnh ủy (b/c);
- Lưu: VT, KT.
Xy
Lương Văn Đoàn
""")
    assert info.signer.name == "Lương Văn Đoàn" and info.signer.position is None
    a, b = info.spans["signer"]
    assert text[a:b] == "Lương Văn Đoàn"


def test_a_list_item_under_the_recipients_is_no_signer():
    info, _, _ = ident(f"""SỞ TÀI CHÍNH
Số: 90/STC-NS
V/v rà soát dự toán
Hà Giang, ngày 14 tháng 5 năm 2026
Kính gửi: Các sở, ban, ngành
{BODY}
Nơi nhận:
- Như trên;
Đ/c Phó Giám đốc;
Lưu: VT, NS.
""")
    assert info.signer is None


SUBMISSION_FORM = """SỞ XÂY DỰNG
PHÒNG QUẢN LÝ HOẠT ĐỘNG XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC
Kính gửi: Lãnh đạo Sở Xây dựng
Nội dung trình: Cấp chứng chỉ năng lực hoạt động xây dựng hạng II cho Công ty cổ phần
tư vấn thiết kế Hưng Phát.
Chuyên viên trình: Lò Thị Hạnh
Phòng QLHĐXD đã kiểm tra hồ sơ; hồ sơ đầy đủ theo quy định. Kính trình Lãnh đạo Sở xem xét, ký ban hành Quyết định cấp chứng chỉ.
Ngày 07 tháng 5 năm 2026
Ý KIẾN CỦA LÃNH ĐẠO PHÒNG
NGƯỜI LẬP PHIẾU
Hà Quang Vinh
Lò Thị Hạnh
Ý KIẾN CỦA GIÁM ĐỐC SỞ
"""


def test_a_submission_form_takes_its_title_signer_and_date_from_its_fields():
    info, _, text = ident(SUBMISSION_FORM)
    assert info.type == "Phiếu trình"
    assert info.title == ("Cấp chứng chỉ năng lực hoạt động xây dựng hạng II cho Công ty cổ phần "
                          "tư vấn thiết kế Hưng Phát")
    assert info.signer.name == "Hà Quang Vinh" and info.signer.position == "Lãnh đạo phòng"
    assert info.issued_date == "2026-05-07"


def test_a_submission_form_prints_its_signers_office_over_the_name():
    info, _, _ = ident("""TỔNG CỤC HẢI QUAN
CỤC KIỂM TRA SAU THÔNG QUAN
Hải Phòng, ngày    tháng 3 năm 2026
PHIẾU TRÌNH
Kính gửi: Cục trưởng
Đơn vị trình: Phòng Nghiệp vụ.
Vấn đề trình: Gia hạn thời hạn kiểm tra sau thông quan tại trụ sở doanh nghiệp.
Phòng Nghiệp vụ kính đề nghị Lãnh đạo Cục xem xét, ký ban hành Quyết định gia hạn./.
Ý kiến của Lãnh đạo đơn vị:
Kính trình Lãnh đạo Cục ký văn bản
Phó Trưởng phòng Nghiệp vụ
Tạ Minh Châu
""")
    assert info.title == "Gia hạn thời hạn kiểm tra sau thông quan tại trụ sở doanh nghiệp"
    assert info.signer.name == "Tạ Minh Châu" and info.signer.position == "Phó Trưởng phòng Nghiệp vụ"
    assert info.issued_date == "2026-03"


def test_a_digital_signature_time_completes_a_date_left_blank():
    head = """Ký bởi: Bộ Tài chính
Cơ quan: Bộ Tài chính
Thời gian ký: 17.09.2025 09:12:40 +07:00
BỘ TÀI CHÍNH
Số: 1190/BTC-QLCS
V/v hướng dẫn quản lý tài sản công
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày    tháng  {month} năm 2025
Kính gửi: Ủy ban nhân dân các tỉnh
"""
    info, _, text = ident(head.format(month="") + BODY)
    assert info.issued_date == "2025-09-17"
    a, b = info.spans["issued_date"]
    assert text[a:b] == "17.09.2025"
    info, _, _ = ident(head.format(month="10") + BODY)     # signed before the month printed: left
    assert info.issued_date == "2025-10"


def test_a_blank_template_keeps_its_place_and_no_dotted_title():
    info, _, _ = ident("""SỞ Y TẾ
PHÒNG NGHIỆP VỤ DƯỢC
V/v …………………………
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày      tháng      năm 20...
Kính gửi: ………………………
Phòng Nghiệp vụ Dược nhận được văn bản số ……/…… của ……………… về việc ……………………
""")
    assert info.place == "Thái Bình" and info.issued_date is None and info.title is None


def test_a_certificate_is_typed_and_dated_by_its_first_issue_line():
    info, _, _ = ident("""UBND TỈNH BẮC NINH
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ
Mã số dự án: 8815002231
Chứng nhận lần đầu: ngày 12 tháng 3 năm 2026
Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;
""")
    assert info.type == "Giấy chứng nhận"
    assert info.title == "ĐĂNG KÝ ĐẦU TƯ"
    assert info.issuer == "Ban Quản lý các khu công nghiệp"
    assert info.issued_date == "2026-03-12" and info.place is None


def test_a_motto_broken_over_two_lines_by_a_scan_is_not_the_issuer():
    info, _, _ = ident(f"""BỘ NỘI VỤ
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
số.” 4
V/v tuyển dụng công chức năm 2026
Hà Nội, ngày 02 tháng 6 năm 2026
Kính gửi: Các bộ, ngành
{BODY}
""")
    assert info.issuer == "Bộ Nội vụ"


def test_a_certificate_under_the_motto_alone_names_its_issuer_under_its_title():
    info, _, text = ident("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

GIẤY CHỨNG NHẬN
CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM

SỞ Y TẾ TỈNH NGHỆ AN
Chứng nhận

Cơ sở: Bếp ăn tập thể Trường Tiểu học Hưng Lộc.
Địa chỉ: xóm 3, xã Hưng Lộc, tỉnh Nghệ An.
Vinh, ngày 15 tháng 4 năm 2026
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hồ Thị Lan
""")
    assert info.type == "Giấy chứng nhận" and info.title == "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM"
    assert info.issuer == "Sở Y tế tỉnh Nghệ An"
    a, b = info.spans["issuer"]
    assert text[a:b] == "SỞ Y TẾ TỈNH NGHỆ AN"


def test_tm_and_kt_typed_on_one_line_far_apart_are_one_signature_block():
    gap = " " * 60
    info, _, _ = ident(f"""ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 77/QĐ-UBND
Quảng Trị, ngày 03 tháng 2 năm 2026
QUYẾT ĐỊNH
Về việc ủy quyền cho Giám đốc Sở Xây dựng
{BODY}
Nơi nhận:
- Như Điều 3;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN{gap}KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Nam
""")
    assert info.signer.position == "Phó Chủ tịch" and info.signer.name == "Hoàng Nam"
    assert info.signer.authority.startswith("TM. ỦY BAN NHÂN DÂN")


def test_an_interministerial_guidance_is_joint_and_its_title_ends_at_a_dashed_ground():
    info, _, _ = ident("""BỘ TƯ PHÁP - BỘ NỘI VỤ - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỘ TÀI CHÍNH
Số: 07 /HDLN-BTP-BNV-ВТС
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 11 tháng 9 năm 2026
HƯỚNG DẪN LIÊN NGÀNH
Về việc chi trả chế độ cho người làm công tác hòa giải ở cơ sở
- Căn cứ Luật Hòa giải ở cơ sở số 35/2013/QH13 ngày 20 tháng 6 năm 2013;
- Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ;
""")
    assert info.type == "Hướng dẫn liên ngành"
    assert info.title == "Về việc chi trả chế độ cho người làm công tác hòa giải ở cơ sở"
    assert info.number == "07/HDLN-BTP-BNV-BTC"        # the Cyrillic В, Т, С of a text layer read as Latin
    assert info.issuer == "Bộ Tư pháp"                  # the lead of the joint issuers
