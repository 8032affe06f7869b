"""Classes of regulated actors as duty-holders (extract/actor_duties, lexicon actors): a duties
heading or article title naming a class ("Trách nhiệm của cơ sở kinh doanh dược") gives it each
clause under it; a clause whose subject is a class with its work gives it that clause; a class
of state bodies or a class only "concerned" stays a catch-all, a right gives no work, and a class
named inside another body's sentence is no lead."""
import khparse


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def _leads(plan):
    return [(t.lead, t.section) for t in plan.tasks]


HEADER_BYT = ["BỘ Y TẾ", "Số: 21/2026/TT-BYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Hà Nội, ngày 14 tháng 9 năm 2026", "THÔNG TƯ", "Quy định về thực hành tốt bảo quản thuốc",
              "Căn cứ Luật Dược ngày 06 tháng 4 năm 2016;",
              "Bộ trưởng Bộ Y tế ban hành Thông tư quy định về thực hành tốt bảo quản thuốc."]
FOOTER = ["Nơi nhận:", "- Như Điều 5;", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Đức Luận"]


def test_an_article_of_a_class_of_facilities_gives_it_each_clause(tmp_path):
    plan = _parse(tmp_path, HEADER_BYT + [
        "Điều 4. Trách nhiệm của Cục Quản lý Dược",
        "1. Hướng dẫn, kiểm tra việc thực hiện Thông tư này trên phạm vi toàn quốc.",
        "2. Tổng hợp, báo cáo Bộ trưởng Bộ Y tế kết quả thực hiện hằng năm.",
        "Điều 5. Trách nhiệm của cơ sở kinh doanh dược",
        "1. Duy trì điều kiện bảo quản thuốc theo hướng dẫn của nhà sản xuất.",
        "2. Báo cáo Sở Y tế khi thay đổi địa điểm kho bảo quản trong thời hạn 10 ngày.",
        "3. Cơ sở kinh doanh dược có quyền đề nghị đánh giá lại khi đã khắc phục tồn tại.",
    ] + FOOTER)
    assert [lt for lt in _leads(plan) if lt[1].startswith("5")] == [
        ("Cơ sở kinh doanh dược", "5.1"), ("Cơ sở kinh doanh dược", "5.2")]   # 5.3 is a right
    assert "Cơ sở kinh doanh dược" in [b.name for b in plan.bodies]
    text = (tmp_path / "doc.txt").read_text(encoding="utf-8")
    assert all(t.span[1] > t.span[0] for t in plan.tasks) and text


def test_a_decree_article_of_organisations_and_individuals_doing_x(tmp_path):
    plan = _parse(tmp_path, [
        "CHÍNH PHỦ", "Số: 88/2026/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 02 tháng 10 năm 2026", "NGHỊ ĐỊNH", "Quy định chi tiết một số điều của Luật Địa chất và khoáng sản",
        "Căn cứ Luật Địa chất và khoáng sản ngày 29 tháng 11 năm 2024;",
        "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Địa chất và khoáng sản.",
        "Điều 31. Trách nhiệm của tổ chức, cá nhân khai thác khoáng sản",
        "1. Lắp đặt trạm cân tại vị trí xuất khoáng sản ra khỏi khu vực khai thác.",
        "2. Lưu giữ chứng từ, sổ sách về sản lượng khoáng sản khai thác thực tế.",
        "Điều 32. Trách nhiệm của các bộ, ngành, địa phương",
        "Các bộ, ngành liên quan trong phạm vi chức năng, nhiệm vụ hướng dẫn thi hành Nghị định này.",
        "Nơi nhận:", "- Lưu: VT, CN.", "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Hồng Hà",
    ])
    who = "Tổ chức, cá nhân khai thác khoáng sản"
    assert [lt for lt in _leads(plan) if lt[1].startswith("31")] == [(who, "31.1"), (who, "31.2")]
    assert not [t for t in plan.tasks if t.section.startswith("32")]   # a class of state bodies: catch-all
    names = [b.name for b in plan.bodies]
    assert who in names and not any(n.lower().startswith("các bộ") for n in names)


def test_a_provincial_rule_gives_clauses_to_secondary_investors(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Số: 09/2026/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày 11 tháng 5 năm 2026", "QUY CHẾ",
        "Phối hợp quản lý khu công nghiệp trên địa bàn tỉnh Bắc Giang",
        "Điều 7. Quản lý môi trường khu công nghiệp",
        "1. Sở Nông nghiệp và Môi trường chủ trì thẩm định hồ sơ cấp giấy phép môi trường; hướng dẫn"
        " nhà đầu tư thứ cấp lập hồ sơ theo quy định.",
        "2. Nhà đầu tư hạ tầng khu công nghiệp có trách nhiệm vận hành trạm xử lý nước thải tập trung.",
        "3. Trách nhiệm của nhà đầu tư thứ cấp:",
        "Đấu nối nước thải vào hệ thống thu gom chung của khu công nghiệp.",
        "Báo cáo công tác bảo vệ môi trường định kỳ hằng năm.",
        "4. Các tổ chức, cá nhân có liên quan có trách nhiệm phối hợp thực hiện.",
        "5. Nhà đầu tư thứ cấp được quyền sử dụng chung hạ tầng kỹ thuật của khu công nghiệp.",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Ánh Dương",
    ])
    assert _leads(plan) == [
        ("Sở Nông nghiệp và Môi trường", "7.1"),          # the investors it guides are no lead
        ("Nhà đầu tư hạ tầng khu công nghiệp", "7.2"),
        ("Nhà đầu tư thứ cấp", "7.3"), ("Nhà đầu tư thứ cấp", "7.3"),   # one per duty paragraph
    ]   # 7.4 "các tổ chức, cá nhân có liên quan" is a catch-all; 7.5 states a right
    names = [b.name for b in plan.bodies]
    assert "Nhà đầu tư thứ cấp" in names and not any("liên quan" in n for n in names)


def test_a_shorter_printing_of_a_class_takes_its_full_name(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 31/2026/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 20 tháng 7 năm 2026", "QUY CHẾ",
        "Quản lý cụm công nghiệp trên địa bàn tỉnh Nghệ An",
        "Điều 9. Lập dự án đầu tư hạ tầng cụm công nghiệp",
        "1. Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp lập hồ sơ đề nghị thuê đất.",
        "2. Chủ đầu tư có trách nhiệm hoàn thành hạ tầng trước khi tiếp nhận dự án thứ cấp.",
        "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đức Trung",
    ])
    full = "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp"
    assert _leads(plan) == [(full, "9.1"), (full, "9.2")]
    assert [b.name for b in plan.bodies].count(full) == 1
