"""Document identity: type lines that name the document's kind, titles under them (holdout6 classes,
tested on other ministries' and provinces' wording)."""
from khparse.document import DocumentBuilder
from khparse.extract.identity import extract
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


def _span(info, text, key):
    a, b = info.spans[key]
    return text[a:b]


def test_bien_ban_qualifier_on_type_line_is_not_the_title():
    info, _, text = ident("""SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
CHI CỤC BẢO VỆ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN LÀM VIỆC
Về việc kiểm tra công tác thu gom, xử lý chất thải rắn tại Khu công nghiệp Nam Cấm
Hôm nay, ngày 12 tháng 9 năm 2025, tại Nghệ An, Đoàn công tác tiến hành làm việc như sau:
I. THÀNH PHẦN
1. Ông Trần Văn Bình - Phó Chi cục trưởng.
""")
    assert info.type == "Biên bản"
    assert info.title.startswith("kiểm tra công tác thu gom") or info.title.startswith("Về việc kiểm tra")
    assert "LÀM VIỆC" not in info.title
    assert _span(info, text, "title").endswith("Khu công nghiệp Nam Cấm")


def test_ocr_misread_qualifier_still_part_of_type_line():
    # a scan's "KIỂM TRA" read without its hook
    info, _, _ = ident("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN KIÊM TRA
An toàn phòng cháy tại kho xăng dầu Cảng Cửa Lò, phường Nghi Thủy, tỉnh Nghệ An
Hôm nay, ngày 05 tháng 8 năm 2025, Đoàn kiểm tra của Sở Xây dựng tiến hành kiểm tra.
I. THÀNH PHẦN
""")
    assert info.type == "Biên bản"
    assert info.title.startswith("An toàn phòng cháy tại kho xăng dầu")


def test_report_kind_tham_luan_then_title():
    info, _, _ = ident("""UBND TỈNH QUẢNG NINH
SỞ CÔNG THƯƠNG
Số:      /BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 10 tháng 5 năm 2024
BÁO CÁO THAM LUẬN
Kết quả quản lý an toàn hóa chất trong các khu công nghiệp trên địa bàn tỉnh

Trong những năm qua, công tác quản lý hóa chất đã đạt được nhiều kết quả.
""")
    assert info.type == "Báo cáo"
    assert info.title == "Kết quả quản lý an toàn hóa chất trong các khu công nghiệp trên địa bàn tỉnh"


def test_title_run_onto_type_line_is_kept_when_not_a_qualifier():
    info, _, _ = ident("""UBND TỈNH HÀ GIANG
SỞ Y TẾ
Số: 45/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 02 tháng 3 năm 2025
KẾ HOẠCH TRIỂN KHAI TIÊM CHỦNG MỞ RỘNG
Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh.
""")
    assert info.type == "Kế hoạch"
    assert info.title == "TRIỂN KHAI TIÊM CHỦNG MỞ RỘNG"


def test_bien_ban_signed_by_members_takes_the_block_with_an_office():
    members = "\n".join(f"\nTHÀNH VIÊN\n\n{n}" for n in
                        ["Lê Minh Tâm", "Phạm Thu Trang", "Đặng Quốc Huy", "Vũ Thị Lan"])
    info, _, _ = ident(f"""BỘ XÂY DỰNG
CỤC GIÁM ĐỊNH NHÀ NƯỚC VỀ CHẤT LƯỢNG CÔNG TRÌNH XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
BIÊN BẢN HỌP
Hội đồng thẩm định hồ sơ cấp chứng chỉ năng lực hoạt động xây dựng hạng I

Hôm nay, ngày 03 tháng 10 năm 2025, tại trụ sở Cục, Hội đồng họp thẩm định hồ sơ.
I. THÀNH PHẦN
1. Ông Hoàng Đức Mạnh - Phó Cục trưởng, Chủ tịch Hội đồng.
II. KẾT LUẬN
Hồ sơ đáp ứng đủ điều kiện, Hội đồng thống nhất đề nghị cấp chứng chỉ.

CHỦ TỊCH HỘI ĐỒNG

PHÓ CỤC TRƯỞNG
Hoàng Đức Mạnh
{members}
""")
    assert info.signer is not None
    assert info.signer.name == "Hoàng Đức Mạnh"
    assert info.signer.position == "Phó Cục trưởng"
    assert info.title.startswith("Hội đồng thẩm định hồ sơ")


def test_place_date_line_over_the_signature_when_header_has_none():
    info, _, text = ident("""UBND TỈNH THÁI NGUYÊN
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /GP-SCT

GIẤY PHÉP
SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP

Theo đề nghị của Công ty TNHH Khai khoáng Phú Lương, Sở Công Thương tỉnh Thái Nguyên cho phép:
1. Tên tổ chức: Công ty TNHH Khai khoáng Phú Lương.
2. Thời hạn của Giấy phép: 12 tháng kể từ ngày ký./.
Thái Nguyên, ngày     tháng 11 năm 2025

Nơi nhận:
- Công an tỉnh;
- Lưu: VT, KTAT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Ngô Văn Hải
""")
    assert info.place == "Thái Nguyên"
    assert info.issued_date == "2025-11"
    a, b = info.spans["place"]
    assert text[a:b] == "Thái Nguyên"
    a, b = info.spans["issued_date"]
    assert text[a:b].startswith("ngày") and text[a:b].endswith("2025")


def test_attached_procedure_takes_type_issuer_and_date_from_its_note():
    info, _, text = ident("""QUY TRÌNH
NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC AN TOÀN THỰC PHẨM
THUỘC THẨM QUYỀN CỦA SỞ Y TẾ
(Kèm theo Quyết định số:      /QĐ-UBND ngày      /9/2025
của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang)

I. TTHC CÓ THỜI GIAN GIẢI QUYẾT 10 NGÀY LÀM VIỆC
1. Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.
""")
    assert info.type == "Quy trình"
    assert info.number is None
    assert info.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"
    assert info.issued_date == "2025-09"
    assert info.title.startswith("NỘI BỘ GIẢI QUYẾT THỦ TỤC")
    assert info.signer is None
    a, b = info.spans["issuer"]
    assert text[a:b] == "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"


def test_headerless_review_typed_by_its_first_line():
    info, _, _ = ident("""NHẬN XÉT, PHẢN BIỆN KHOA HỌC
Đề tài nghiên cứu ứng dụng công nghệ tưới tiết kiệm nước cho cây chè tại huyện Tân Cương

Đề tài được thực hiện đúng tiến độ, có tính thực tiễn cao.
I. VỀ TÍNH CẤP THIẾT CỦA ĐỀ TÀI
1. Đề tài phù hợp với định hướng phát triển nông nghiệp của tỉnh.
""")
    assert info.type == "Nhận xét"
    assert info.title == "Đề tài nghiên cứu ứng dụng công nghệ tưới tiết kiệm nước cho cây chè tại huyện Tân Cương"
    assert info.issuer is None


def test_firm_plan_with_works_line_and_closing_date():
    info, _, text = ident("""PHƯƠNG ÁN THI CÔNG
Số: 07/PATC-HP
Công trình: Kè chống sạt lở bờ sông Lô, xã Phú Lâm, tỉnh Tuyên Quang ( Quyết định phê duyệt dự án số: 1520/QĐ-UBND ngày 04 tháng 8 năm 2024 của UBND tỉnh Tuyên Quang)

I. CĂN CỨ LẬP PHƯƠNG ÁN
1.1. Căn cứ pháp lý
- Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014;
II. TỔ CHỨC THỰC HIỆN
- Công ty tổ chức thi công theo đúng thiết kế được duyệt.

Phê duyệt
(Giám đốc)

Lê Văn Hùng

Tuyên Quang, ngày      tháng 10 năm 2025
Người lập phương án

Trịnh Minh Quân
""")
    assert info.type == "Phương án"
    assert info.number == "07/PATC-HP"
    assert info.title == "Kè chống sạt lở bờ sông Lô, xã Phú Lâm, tỉnh Tuyên Quang"
    a, b = info.spans["title"]
    assert text[a:b] == info.title
    assert info.place == "Tuyên Quang"
    assert info.issued_date == "2025-10"


def test_acting_office_under_a_tuq_authority_is_the_position():
    info, _, _ = ident("""BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 512/GP-BNNMT
Hà Nội, ngày 14 tháng 8 năm 2025

GIẤY PHÉP
Nhập khẩu thuốc bảo vệ thực vật

Cho phép Công ty TNHH Nông dược Phương Đông nhập khẩu thuốc bảo vệ thực vật./.

Nơi nhận:
- Công ty TNHH Nông dược Phương Đông;
- Lưu: VT, BVTV.

TUQ. BỘ TRƯỞNG
Q. CỤC TRƯỞNG CỤC BẢO VỆ THỰC VẬT

Đinh Thị Mai
""")
    assert info.signer.name == "Đinh Thị Mai"
    assert info.signer.position.startswith("Q. Cục trưởng")
    assert info.signer.authority == "TUQ. BỘ TRƯỞNG"
