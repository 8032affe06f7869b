"""Records (Biên bản): the bodies are those given work (the examined firm its office's requests
ask things of), not the inspecting team, the office that inspects or the parties that attend;
the opening ("Hôm nay, … tiến hành kiểm tra … hồ sơ đề nghị cấp …") gives no work; a part that
lists the office's requirements gives the firm one task per item; a firm that leads tasks is a
body even when no cue around its name gave it a role."""
import khparse


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def _tasks(plan):
    return [(t.lead, t.text[:40]) for t in plan.tasks]


def _names(plan):
    return [b.name for b in plan.bodies]


def test_a_records_requirements_part_gives_the_owner_one_task_per_item(tmp_path):
    plan = _parse(tmp_path, [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN KIỂM TRA",
        "Công tác nghiệm thu hoàn thành kho chứa xăng dầu tại xã Tân Lập, tỉnh Phú Thọ",
        "Hôm nay, ngày 12 tháng 5 năm 2026, Đoàn kiểm tra của Sở Xây dựng tỉnh Phú Thọ tiến hành kiểm tra "
        "công tác nghiệm thu theo hồ sơ đề nghị của chủ đầu tư.",
        "I. THÀNH PHẦN",
        "1. Đại diện Sở Xây dựng tỉnh Phú Thọ",
        "- Ông Trần Văn Minh - Phó Giám đốc Sở, Trưởng đoàn;",
        "2. Đại diện Công ty TNHH Năng lượng Sông Thao (chủ đầu tư)",
        "- Ông Phạm Quốc Hưng - Giám đốc;",
        "3. Đại diện Công ty cổ phần Tư vấn Việt Trì (tư vấn giám sát)",
        "- Bà Nguyễn Thu Hà - Kỹ sư;",
        "II. KẾT QUẢ KIỂM TRA",
        "Công trình được thi công cơ bản phù hợp với thiết kế được duyệt.",
        "III. YÊU CẦU CỦA ĐOÀN KIỂM TRA VÀ Ý KIẾN CỦA CÁC BÊN",
        "1. Yêu cầu của Đoàn kiểm tra",
        "- Hoàn thiện hồ sơ hoàn công và lưu trữ theo quy định.",
        "- Bố trí đủ phương tiện chữa cháy tại khu bồn chứa.",
        "- Việc kiểm tra của Đoàn kiểm tra không thay thế trách nhiệm của chủ đầu tư về chất lượng công trình.",
        "- Chủ đầu tư phải báo cáo khi thay đổi công năng công trình.",
        "2. Ý kiến của chủ đầu tư và các đơn vị tham gia: Nhất trí với nội dung biên bản.",
        "Biên bản được lập thành 03 bản./.",
        "TRƯỞNG ĐOÀN", "Trần Văn Minh"])
    assert plan.document.type == "Biên bản"
    firm = "Công ty TNHH Năng lượng Sông Thao"
    assert [t.lead for t in plan.tasks] == [firm] * 3, _tasks(plan)
    assert plan.tasks[0].text.startswith("Hoàn thiện hồ sơ") and plan.tasks[2].text.startswith("Chủ đầu tư phải")
    assert _names(plan) == [firm], _names(plan)
    text = khparse.parse(tmp_path / "doc.txt").bodies[0]
    assert all(s < e for s, e in text.mentions)


def test_a_records_of_facts_only_have_no_bodies_and_the_name_ends_at_its_verb(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC BẢO VỆ THỰC VẬT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN THẨM ĐỊNH",
        "Hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật cho Công ty TNHH Nông Phát",
        "Hôm nay, ngày 03 tháng 2 năm 2026, tại trụ sở Cục Bảo vệ thực vật, Cục Bảo vệ thực vật tiến hành thẩm "
        "định hồ sơ đề nghị cấp Giấy chứng nhận của Công ty TNHH Nông Phát.",
        "I. THÀNH PHẦN",
        "- Ông Lê Văn Bình - Phó Cục trưởng, chủ trì;",
        "- Tổ kiểm tra của Cục thực hiện việc đối chiếu hồ sơ.",
        "II. KẾT QUẢ THẨM ĐỊNH",
        "1. Hồ sơ đầy đủ theo quy định: Đạt.",
        "2. Các nội dung cần bổ sung, hoàn thiện: Không.",
        "THÀNH VIÊN", "Lê Văn Bình"])
    assert plan.tasks == [], _tasks(plan)
    assert plan.bodies == [], _names(plan)


def test_a_plans_inspection_team_given_work_stays_a_body(tmp_path):
    # outside a record the inspecting team is given work like any other body
    plan = _parse(tmp_path, [
        "UBND TỈNH NINH BÌNH", "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 45/KH-SCT", "Ninh Bình, ngày 10 tháng 3 năm 2026",
        "KẾ HOẠCH", "Kiểm tra an toàn hóa chất năm 2026",
        "I. TỔ CHỨC THỰC HIỆN",
        "1. Đoàn kiểm tra có trách nhiệm kiểm tra các cơ sở theo danh sách, hoàn thành trước ngày 30/6/2026.",
        "2. Phòng Kỹ thuật an toàn tổng hợp kết quả, báo cáo Giám đốc Sở.",
        "GIÁM ĐỐC", "Đinh Văn Hùng"])
    assert "Đoàn kiểm tra" in _names(plan), _names(plan)


def test_a_licence_holders_duty_makes_it_a_body(tmp_path):
    # the firm named on the holder line leads its duties, and is a body though no cue names it
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN KIỂM TRA", "Điều kiện vận chuyển hàng hóa nguy hiểm loại 2",
        "Hôm nay, ngày 20 tháng 4 năm 2026, Đoàn kiểm tra tiến hành kiểm tra thực tế.",
        "I. NỘI DUNG KIỂM TRA",
        "- Tên đơn vị: Công ty TNHH Khí công nghiệp Bỉm Sơn.",
        "a) Phương tiện còn hạn kiểm định.",
        "b) Người áp tải chưa có chứng chỉ huấn luyện, đề nghị đơn vị cử đi huấn luyện.",
        "II. KẾT LUẬN",
        "Đề nghị đơn vị thực hiện đúng các quy định về an toàn.",
        "TRƯỞNG ĐOÀN", "Hà Văn Sơn"])
    names = _names(plan)
    assert names == ["Công ty TNHH Khí công nghiệp Bỉm Sơn"], (names, _tasks(plan))
    assert "Đoàn kiểm tra" not in [t.lead for t in plan.tasks]


def test_a_licence_to_a_numbered_branch_of_a_firm_gives_the_branch_its_duty(tmp_path):
    # the unit is written with its parent ("Chi nhánh số 2 - Công ty TNHH X"), mid-paragraph
    plan = _parse(tmp_path, [
        "UBND TỈNH QUẢNG NINH", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: /GP-SCT",
        "GIẤY PHÉP", "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM",
        "Sở Công Thương tỉnh Quảng Ninh cho phép:",
        "Tên cơ quan, tổ chức, cá nhân: Chi nhánh số 2 - Công ty TNHH Khí hóa lỏng Hạ Long.",
        "Được phép vận chuyển hàng hóa nguy hiểm: Khí dầu mỏ hóa lỏng (UN 1075, loại 2); Chi nhánh số 2 - "
        "Công ty TNHH Khí hóa lỏng Hạ Long phải có trách nhiệm duy trì các điều kiện an toàn trong suốt quá "
        "trình vận chuyển.",
        "Thời hạn của Giấy phép: 24 tháng kể từ ngày ký./.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Minh Tâm"])
    assert len(plan.bodies) == 1, _names(plan)
    body = plan.bodies[0]
    assert "Chi nhánh số 2 - Công ty TNHH Khí hóa lỏng Hạ Long" in [body.name, *body.aliases], body
    assert [t.lead for t in plan.tasks] == [body.name], _tasks(plan)


def test_a_review_notes_proposals_to_the_offices_head_are_that_offices_tasks(tmp_path):
    plan = _parse(tmp_path, [
        "Ý KIẾN THẨM ĐỊNH",
        "Hồ sơ đề nghị cấp phép khai thác cát tại xã Phú Thứ, tỉnh Hà Tĩnh",
        "Hồ sơ do Phòng Khoáng sản tiếp nhận và được Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh giao rà soát.",
        "I. VỀ TRÌNH TỰ THỦ TỤC",
        "1. Hồ sơ thiếu văn bản lấy ý kiến cộng đồng dân cư.",
        "2. Báo cáo đánh giá tác động môi trường chưa được phê duyệt.",
        "II. KIẾN NGHỊ LÃNH ĐẠO SỞ",
        "1. Trả hồ sơ, đề nghị doanh nghiệp bổ sung văn bản lấy ý kiến cộng đồng.",
        "2. Chỉ đạo kiểm tra thực địa khu vực mỏ trước khi trình cấp phép.",
        "3. Rà soát quy trình tiếp nhận hồ sơ khoáng sản để tránh sót thành phần./."])
    office = [b for b in plan.bodies if b.name.startswith("Sở Nông nghiệp")]
    assert office, [b.name for b in plan.bodies]
    leads = [t.lead for t in plan.tasks]
    assert leads == [office[0].name] * 3, _tasks(plan)


def test_ocr_reads_the_hook_of_tong_cong_ty_back():
    from khparse.readers import ocr
    assert ocr.fix("- Tông công ty Sông Đà;") == "- Tổng công ty Sông Đà;"
    assert ocr.fix("TÔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC") == "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC"


def test_a_notice_asks_the_firms_named_above_over_a_scans_wrapped_lines(tmp_path):
    # the firms are listed in one paragraph wrapped over three lines, then "đơn vị nêu trên"
    plan = _parse(tmp_path, [
        "UBND TỈNH SƠN LA", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 512/TB-SCT", "Sơn La, ngày 08 tháng 5 năm 2026",
        "THÔNG BÁO", "Kết quả kiểm tra an toàn điện năm 2026",
        "1. Kết quả kiểm tra",
        "Qua kiểm tra việc chấp hành quy định về an toàn điện của các đơn vị: Công ty cổ phần Thủy điện Nậm Chiến (nhà",
        "máy thủy điện Nậm Chiến 2, xã Ngọc Chiến); Tổng công ty Xây dựng Sông Hồng (gói thầu số 7,",
        "huyện Mường La); Công ty TNHH Điện lực Tây Bắc (trạm biến áp 110 kV Mai Sơn)",
        "cho thấy các đơn vị cơ bản chấp hành tốt quy định.",
        "2. Kiến nghị",
        "Để công tác an toàn điện được tốt hơn, Sở Công Thương yêu cầu các đơn vị nêu trên thực hiện:",
        "- Thường xuyên kiểm tra hành lang an toàn lưới điện.",
        "- Tổ chức huấn luyện an toàn điện cho người lao động.",
        "Sở Công Thương thông báo để các đơn vị biết, thực hiện./.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Thắng"])
    names = _names(plan)
    assert any("Nậm Chiến" in n for n in names) and any("Sông Hồng" in n for n in names) \
        and any("Tây Bắc" in n for n in names), names


def test_an_account_of_who_issued_how_many_licences_gives_no_role(tmp_path):
    # "UBND tỉnh X cấp: 05 giấy phép" recounts; the report's proposals go to the Ministry
    plan = _parse(tmp_path, [
        "UBND TỈNH HÀ GIANG", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 61/BC-SCT", "Hà Giang, ngày 20 tháng 5 năm 2026",
        "BÁO CÁO THAM LUẬN", "Công tác quản lý an toàn trong khai thác mỏ",
        "Trên địa bàn tỉnh có 18 mỏ được cấp phép khai thác. Trong đó: UBND tỉnh Hà Giang cấp: 05 giấy phép "
        "khai thác; Bộ Nông nghiệp và Môi trường cấp 13 giấy phép khai thác.",
        "1. Đề nghị Bộ Công Thương",
        "- Sớm ban hành hướng dẫn thẩm định thiết kế mỏ.",
        "Sở Công Thương Hà Giang đề nghị Cục Kỹ thuật an toàn và Môi trường công nghiệp tổng hợp, báo cáo Hội nghị./.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hải"])
    names = _names(plan)
    assert not any(n.startswith(("Ủy ban nhân dân tỉnh", "UBND")) for n in names), names
    assert "Cục Kỹ thuật an toàn và Môi trường công nghiệp" in names, names
    assert "Bộ Công Thương" in names, names


def test_a_step_led_by_an_offices_staff_makes_the_one_office_of_that_head_a_body():
    from khparse.extract.bodies.clusters import set_keys
    from khparse.extract.bodies.names import find_mentions
    from khparse.extract.bodies.task_leads import with_task_leads
    from khparse.models import Task
    text = ("Bước 1: Sở Tài chính tiếp nhận hồ sơ qua Trung tâm Phục vụ hành chính công.\n"
            "Bước 2: Văn thư Sở vào sổ, chuyển hồ sơ.\n")
    mentions = find_mentions(text, 0, len(text), {})
    set_keys(mentions)
    i = text.index("Văn thư Sở")
    task = Task(text="Văn thư Sở vào sổ, chuyển hồ sơ.", lead="Văn thư Sở", span=(i, i + 32))
    bodies = with_task_leads(text, [], mentions, [task])
    assert [b.name for b in bodies] == ["Sở Tài chính"], bodies
    # two offices of that head: which one is meant is not known
    text2 = text + "Bước 3: Sở Xây dựng cho ý kiến.\n"
    mentions2 = find_mentions(text2, 0, len(text2), {})
    set_keys(mentions2)
    assert with_task_leads(text2, [], mentions2, [task]) == []
