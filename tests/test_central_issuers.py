"""Texts of central issuers (Thủ tướng Chính phủ, Chính phủ, a Bộ): the article "Tổ chức thực
hiện" with one numbered clause per ministry, state group or province, "Trách nhiệm của …"
articles, a class of bodies as a clause's subject, the execution article's office-holders, the
authority line that stands for a cut header, and a technical guide's reference list."""
from pathlib import Path

import khparse

FIXTURE = Path(__file__).parent / "fixtures" / "central" / "qd-ttg-chuong-trinh-logistics.txt"


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def _leads(plan, section_prefix=""):
    return [(t.lead, t.section) for t in plan.tasks if t.section.startswith(section_prefix)]


def test_prime_ministers_programme_gives_each_clause_its_points():
    plan = khparse.parse(FIXTURE)
    d = plan.document
    assert (d.type, d.number, d.issuer) == ("Quyết định", "412/QĐ-TTg", "Thủ tướng Chính phủ")
    assert d.title.startswith("Phê duyệt Chương trình quốc gia") and "THỦ TƯỚNG" not in d.title
    assert _leads(plan, "2.") == [
        ("Bộ Tài chính", "2.1.a"), ("Bộ Tài chính", "2.1.b"),
        ("Bộ Giáo dục và Đào tạo", "2.2.a"), ("Bộ Giáo dục và Đào tạo", "2.2.b"),
        # a heading naming two bodies, without a colon: each gets the clause's work
        ("Bộ Nông nghiệp và Môi trường", "2.3"), ("Bộ Khoa học và Công nghệ", "2.3"),
        # "4. Các bộ, cơ quan ngang bộ, …" is a class, no body: no task
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "2.5.a"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "2.5.b"),
        ("Tổng công ty Hàng hải Việt Nam", "2.6"), ("Tập đoàn Bưu chính Viễn thông Việt Nam", "2.6"),
    ]
    # the execution article: the office-holders' bodies, not "Các Bộ trưởng" nor the catch-all
    assert [t.lead for t in plan.tasks if t.section == "4"] == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Tổng công ty Hàng hải Việt Nam"]
    names = [b.name for b in plan.bodies]
    assert "Bộ Khoa học và Công nghệ" in names and not any(n.lower().startswith("các bộ") for n in names)
    text = FIXTURE.read_text(encoding="utf-8")
    assert all(t.span[1] > t.span[0] for t in plan.tasks) and text


def test_a_heading_of_two_provincial_bodies_without_colon_gives_each_the_work(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 05 tháng 8 năm 2026", "KẾ HOẠCH",
        "Kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2026",
        "I. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế, Công an tỉnh",
        "- Kiểm tra các cơ sở sản xuất bánh trung thu trên địa bàn.",
        "- Xử lý nghiêm các vi phạm về an toàn thực phẩm.",
        "2. Sở Công Thương",
        "Chỉ đạo lực lượng quản lý thị trường kiểm tra hàng hóa lưu thông.",
        "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình",
    ])
    assert [t.lead for t in plan.tasks] == ["Sở Y tế", "Công an tỉnh", "Sở Y tế", "Công an tỉnh", "Sở Công Thương"]


def test_circulars_duties_articles_and_execution_article(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ Y TẾ", "Số: 18/2026/TT-BYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 02 tháng 9 năm 2026", "THÔNG TƯ",
        "Quy định về quản lý chất thải y tế trong cơ sở khám bệnh, chữa bệnh",
        "Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, "
        "quyền hạn và cơ cấu tổ chức của Bộ Y tế;",
        "Bộ trưởng Bộ Y tế ban hành Thông tư quy định về quản lý chất thải y tế.",
        "Điều 11. Trách nhiệm của Cục Quản lý môi trường y tế",
        "1. Hướng dẫn, kiểm tra việc thực hiện Thông tư này trên phạm vi toàn quốc.",
        "2. Tổng hợp, báo cáo kết quả thực hiện trước ngày 31 tháng 01 năm 2027.",
        "Điều 12. Trách nhiệm của Sở Y tế các tỉnh, thành phố trực thuộc trung ương",
        "1. Chỉ đạo, kiểm tra các cơ sở khám bệnh, chữa bệnh trên địa bàn thực hiện Thông tư này.",
        "2. Phối hợp với Sở Nông nghiệp và Môi trường thanh tra việc xử lý chất thải y tế.",
        "Điều 14. Trách nhiệm thi hành",
        "Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý môi trường y tế, Thủ trưởng các đơn vị thuộc Bộ Y tế, "
        "Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Thông tư này./.",
        "Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: VT, MT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Thuấn",
    ])
    d = plan.document
    assert (d.type, d.issuer) == ("Thông tư", "Bộ Y tế")
    assert d.title == "Quy định về quản lý chất thải y tế trong cơ sở khám bệnh, chữa bệnh"
    sở = "Sở Y tế các tỉnh, thành phố trực thuộc trung ương"
    assert [(t.lead, t.deadline.date if t.deadline else None) for t in plan.tasks] == [
        ("Cục Quản lý môi trường y tế", None), ("Cục Quản lý môi trường y tế", "2027-01-31"),
        (sở, None), (sở, None),
        # "… các đơn vị thuộc Bộ Y tế, Giám đốc Sở Y tế …": the Giám đốc's Sở is a subject of its own
        ("Văn phòng Bộ", None), ("Cục Quản lý môi trường y tế", None), (sở, None),
    ]


def test_an_authority_line_names_the_issuer_when_the_header_is_cut(tmp_path):
    plan = _parse(tmp_path, [
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế quản lý cơ sở dữ liệu hóa chất quốc gia",
        "BỘ TRƯỞNG BỘ CÔNG THƯƠNG",
        "Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cơ sở dữ liệu hóa chất quốc gia.",
        "Điều 2. Chánh Văn phòng Bộ, Cục trưởng Cục Hóa chất chịu trách nhiệm thi hành Quyết định này./.",
    ])
    assert plan.document.issuer == "Bộ Công Thương"
    assert plan.document.title == "Về việc ban hành Quy chế quản lý cơ sở dữ liệu hóa chất quốc gia"
    plan = _parse(tmp_path, [
        "QUYẾT ĐỊNH",
        "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN HẠ TẦNG SẠC XE ĐIỆN ĐẾN NĂM 2035",
        "THỦ TƯỚNG CHÍNH PHỦ",
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt Đề án phát triển hạ tầng sạc xe điện đến năm 2035.",
    ])
    assert plan.document.issuer == "Thủ tướng Chính phủ"
    assert plan.document.title == "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN HẠ TẦNG SẠC XE ĐIỆN ĐẾN NĂM 2035"


def test_decree_header_and_a_class_as_subject(tmp_path):
    plan = _parse(tmp_path, [
        "CHÍNH PHỦ", "Số: 61/2026/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 10 tháng 4 năm 2026", "NGHỊ ĐỊNH",
        "Quy định chi tiết một số điều của Luật Tài nguyên nước về quản lý nước mặt",
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Tài nguyên nước.",
        "Điều 20. Tổ chức thực hiện",
        "1. Bộ Nông nghiệp và Môi trường xây dựng cơ sở dữ liệu nước mặt quốc gia.",
        "2. Các bộ, ngành có liên quan trong phạm vi chức năng, nhiệm vụ, phối hợp và hướng dẫn Ủy ban nhân dân "
        "cấp tỉnh, Ban quản lý các khu công nghiệp thực hiện Nghị định này.",
        "3. Các bộ, ngành và Ủy ban nhân dân cấp tỉnh báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2027.",
        "Nơi nhận:", "- Lưu: VT, NN (2b).", "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà",
    ])
    d = plan.document
    assert (d.type, d.issuer) == ("Nghị định", "Chính phủ")
    assert d.title == "Quy định chi tiết một số điều của Luật Tài nguyên nước về quản lý nước mặt"
    # a class as subject is a catch-all: no lead, and not the bodies it guides; named with a body,
    # the body leads
    assert [(t.lead, t.section) for t in plan.tasks] == [
        ("Bộ Nông nghiệp và Môi trường", "20.1"), ("Ủy ban nhân dân cấp tỉnh", "20.3")]
    assert not any(b.name.lower().startswith("các bộ") for b in plan.bodies)


def test_a_technical_guides_foreword_and_reference_list_give_no_work(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "HƯỚNG DẪN KỸ THUẬT QUAN TRẮC CHẤT LƯỢNG NƯỚC MẶT",
        "Lời nói đầu",
        "Tài liệu này do Trung tâm Quan trắc môi trường miền Bắc chủ trì, Viện Khoa học môi trường, biển và "
        "hải đảo phối hợp biên soạn. Phụ lục B do Cục Kiểm soát ô nhiễm môi trường biên soạn.",
        "1 Phạm vi áp dụng",
        "Tài liệu này áp dụng cho các trạm quan trắc nước mặt tự động.",
        "THƯ MỤC TÀI LIỆU THAM KHẢO",
        "[1] Sổ tay quan trắc môi trường nước. Cục Kiểm soát ô nhiễm môi trường, Bộ Nông nghiệp và Môi trường, 2025",
        "[2] Hướng dẫn lấy mẫu nước sông. Viện Khoa học môi trường, biển và hải đảo, 2024",
    ])
    assert plan.tasks == []


def test_material_a_plan_has_drafted_by_a_body_is_still_its_work(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Số: 31/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bắc Ninh, ngày 03 tháng 3 năm 2026", "KẾ HOẠCH",
        "Phổ biến Luật Tài nguyên nước năm 2026",
        "I. NỘI DUNG",
        "1. Giao Sở Nông nghiệp và Môi trường chủ trì biên soạn sổ tay hướng dẫn.",
        "2. Phần hỏi - đáp của sổ tay do Sở Tư pháp chủ trì biên soạn, gửi các xã, phường trước ngày 30/4/2026.",
    ])
    # the foreword's formula wants the text itself ("Tài liệu này", "Các mục …") as the subject; a
    # plan's "Phần … do Sở X chủ trì biên soạn, gửi …" is Sở X's work
    assert [t.lead for t in plan.tasks] == ["Sở Nông nghiệp và Môi trường", "Sở Tư pháp"]


def test_a_minister_named_as_a_clauses_subject_gives_the_ministry_the_work(tmp_path):
    plan = _parse(tmp_path, [
        "THỦ TƯỚNG CHÍNH PHỦ", "Số: 22/CT-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 07 tháng 11 năm 2026", "CHỈ THỊ",
        "Về việc tăng cường phòng, chống dịch sốt xuất huyết",
        "Để chủ động phòng, chống dịch, Thủ tướng Chính phủ yêu cầu:",
        "1. Bộ trưởng Bộ Y tế chỉ đạo các bệnh viện tuyến trung ương hỗ trợ chuyên môn cho tuyến tỉnh.",
        "2. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường.",
        "3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tổ chức chiến dịch diệt lăng quăng, "
        "hoàn thành trước ngày 30 tháng 11 năm 2026./.",
        "Nơi nhận:", "- Lưu: VT, KGVX.", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Lê Thành Long",
    ])
    assert [(t.lead, t.section) for t in plan.tasks] == [
        ("Bộ Y tế", "1"), ("Bộ Giáo dục và Đào tạo", "2"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "3")]


def test_the_fronts_central_committee_is_a_body_asked_to_supervise(tmp_path):
    plan = _parse(tmp_path, [
        "THỦ TƯỚNG CHÍNH PHỦ", "Số: 1502/QĐ-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 12 tháng 12 năm 2026", "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch thực hiện Chiến lược phát triển ngành muối đến năm 2035",
        "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược phát triển ngành muối.",
        "Điều 2. Tổ chức thực hiện",
        "1. Giao Bộ Nông nghiệp và Môi trường:",
        "a) Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch;",
        "b) Tổng kết, đánh giá việc thực hiện Kế hoạch trong quý IV năm 2030.",
        "2. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tham gia giám sát việc thực hiện Kế hoạch.",
        "Nơi nhận:", "- Lưu: VT, NN.", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà",
    ])
    assert [(t.lead, t.section) for t in plan.tasks] == [
        ("Bộ Nông nghiệp và Môi trường", "2.1.a"), ("Bộ Nông nghiệp và Môi trường", "2.1.b"),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "2.2")]
