"""Work given by documents that are not plans: a report's proposals to the Ministry it is sent
to, a letter's dash list and subjectless requests, a licence's or certificate's duties of its
holder (not the bodies sent a copy), and a record's requests to the firm it examined."""
import khparse


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def _tasks(plan):
    return [(t.lead, t.text[:32]) for t in plan.tasks]


def test_a_reports_proposals_to_the_ministry_are_one_task_each(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH NGHỆ AN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 88/BC-SNNMT", "Nghệ An, ngày 14 tháng 5 năm 2026",
        "BÁO CÁO", "Kết quả thực hiện Chiến lược phát triển lâm nghiệp năm 2025",
        "Kính gửi: Bộ Nông nghiệp và Môi trường", "",
        "1. Kết quả thực hiện",
        "Năm 2025, tỉnh trồng mới 18.000 ha rừng; UBND tỉnh đã giao Sở Tài chính bố trí kinh phí.",
        "2. Kiến nghị",
        "Để thực hiện hiệu quả Chiến lược, Sở Nông nghiệp và Môi trường kiến nghị Bộ Nông nghiệp và Môi trường "
        "một số nội dung sau:",
        "- Sớm ban hành hướng dẫn chi trả dịch vụ môi trường rừng theo diện tích thực tế.",
        "- Bố trí nguồn vốn hỗ trợ trồng rừng gỗ lớn cho các tỉnh miền núi.",
        "- Tổ chức tập huấn về cơ sở dữ liệu rừng cho cán bộ cấp xã.",
        "Trên đây là báo cáo của Sở Nông nghiệp và Môi trường, kính báo cáo Bộ Nông nghiệp và Môi trường "
        "xem xét, tổng hợp./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn Hòa"])
    leads = [lead for lead, _ in _tasks(plan) if lead and lead.startswith("Bộ")]
    assert leads == ["Bộ Nông nghiệp và Môi trường"] * 3, _tasks(plan)
    assert [t.text[:8] for t in plan.tasks if t.lead == "Bộ Nông nghiệp và Môi trường"] == \
        ["Sớm ban ", "Bố trí n", "Tổ chức "]


def test_a_letters_dash_list_is_its_requests_and_the_closing_is_a_formula(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH THÁI NGUYÊN", "SỞ XÂY DỰNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 512/SXD-QLXD", "Thái Nguyên, ngày 03 tháng 6 năm 2026",
        "V/v trả lại hồ sơ thẩm định thiết kế cơ sở dự án nhà xưởng",
        "Kính gửi: Công ty cổ phần Cơ khí Phú Bình", "",
        "Ngày 20/5/2026, Sở Xây dựng nhận Tờ trình số 07/TTr-CK của Công ty cổ phần Cơ khí Phú Bình. Qua xem xét, "
        "hồ sơ chưa đủ điều kiện thẩm định, Sở Xây dựng trả lại hồ sơ và đề nghị Công ty cổ phần Cơ khí Phú Bình "
        "thực hiện các nội dung sau:",
        "- Bổ sung văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy.",
        "- Hoàn thiện thuyết minh thiết kế cơ sở theo quy chuẩn hiện hành.",
        "- Nộp lại hồ sơ qua Bộ phận Một cửa của Trung tâm Phục vụ hành chính công tỉnh.",
        "Sở Xây dựng thông báo để Công ty cổ phần Cơ khí Phú Bình biết, thực hiện và chịu trách nhiệm theo quy "
        "định của pháp luật./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Đỗ Minh Tuấn"])
    assert [t.text[:10] for t in plan.tasks] == ["Bổ sung vă", "Hoàn thiện", "Nộp lại hồ"], _tasks(plan)
    assert {t.lead for t in plan.tasks} == {"Công ty cổ phần Cơ khí Phú Bình"}


def test_subjectless_requests_and_the_head_word_ask_the_one_addressee(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC THỦY LỢI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 455/TL-QLCT", "Hà Nội, ngày 09 tháng 7 năm 2026",
        "V/v trao đổi về cấp phép hoạt động trong phạm vi bảo vệ công trình thủy lợi",
        "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh", "",
        "Về các vướng mắc nêu tại Công văn số 1200/SNNMT-TL ngày 01/7/2026, Cục Thủy lợi có ý kiến như sau:",
        "1. Về thẩm quyền cấp phép",
        "Khoản 2 Điều 14 Nghị định số 67/2018/NĐ-CP quy định thẩm quyền cấp phép của Ủy ban nhân dân cấp tỉnh.",
        "2. Về hồ sơ đề nghị cấp phép",
        "Để xác định thành phần hồ sơ của từng trường hợp, đề nghị nghiên cứu áp dụng mẫu tại Phụ lục I "
        "Nghị định số 67/2018/NĐ-CP.",
        "3. Về việc xả nước thải vào công trình",
        "Đề nghị tham khảo Công văn số 300/TL-QLCT ngày 02/3/2026 của Cục Thủy lợi (gửi kèm).",
        "4. Về dữ liệu công trình",
        "Để truy cập cơ sở dữ liệu công trình thủy lợi, đề nghị Sở liên hệ với Trung tâm Chuyển đổi số để được "
        "cấp tài khoản.",
        "Đề nghị thẩm định của Sở nêu tại Công văn trên là đúng thẩm quyền.",
        "Trân trọng./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Ngô Văn Lực"])
    addressee = "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh"
    assert [(t.lead, t.section) for t in plan.tasks] == [(addressee, "2"), (addressee, "3"), (addressee, "4")], \
        _tasks(plan)
    assert not any(t.text.startswith("Đề nghị thẩm định") for t in plan.tasks)


def test_a_closing_that_asks_to_study_and_carry_out_is_no_task(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ CÔNG THƯƠNG", "CỤC ĐIỆN LỰC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 210/ĐL-TTĐ", "Hà Nội, ngày 11 tháng 8 năm 2026",
        "V/v hướng dẫn điều chỉnh quy hoạch lưới điện",
        "Kính gửi: Sở Công Thương tỉnh Sơn La", "",
        "Quy hoạch phát triển điện lực được tích hợp vào quy hoạch tỉnh theo Luật Quy hoạch.",
        "Trên đây là ý kiến của Cục Điện lực để Quý Sở nghiên cứu, thực hiện theo quy định của pháp luật./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CỤC TRƯỞNG", "Trần Văn Minh"])
    assert plan.tasks == [], _tasks(plan)


def test_a_certificates_duties_of_the_investor_are_its_tasks_and_copies_are_none(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH BẮC NINH", "SỞ TÀI CHÍNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ", "Mã số dự án: 1234567890",
        "Chứng nhận lần đầu: ngày 12 tháng 3 năm 2026",
        "Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;",
        "SỞ TÀI CHÍNH TỈNH BẮC NINH",
        "Chứng nhận nhà đầu tư:",
        "Tên doanh nghiệp: Công ty TNHH Điện tử Quế Võ. Loại hình: Công ty TNHH.",
        "Địa chỉ trụ sở: Lô B2, Khu công nghiệp Quế Võ, tỉnh Bắc Ninh.",
        "Đăng ký thực hiện dự án đầu tư với nội dung như sau:",
        "Điều 1. Nội dung dự án đầu tư",
        "1. Tên dự án: Nhà máy linh kiện điện tử Quế Võ.",
        "2. Quy mô: 20.000 sản phẩm/năm.",
        "Điều 2. Nghĩa vụ của nhà đầu tư",
        "1. Góp đủ vốn điều lệ theo tiến độ đã đăng ký.",
        "2. Thực hiện chế độ báo cáo hoạt động đầu tư định kỳ trên Hệ thống thông tin quốc gia về đầu tư.",
        "3. Hoàn thành thủ tục về môi trường trước khi vận hành nhà máy.",
        "Điều 3. Giấy chứng nhận đăng ký đầu tư này được lập thành 02 bản gốc; nhà đầu tư được cấp 01 bản; "
        "đồng thời sao gửi đến: Công an tỉnh, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Thuế tỉnh./.",
        "GIÁM ĐỐC", "Nguyễn Văn Quang"])
    assert [(t.lead, t.section) for t in plan.tasks] == [("Công ty TNHH Điện tử Quế Võ", s) for s in
                                                         ("2.1", "2.2", "2.3")], _tasks(plan)


def test_a_records_requests_to_the_examined_firm_are_one_task_per_point(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH QUẢNG TRỊ", "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Quảng Trị, ngày 15 tháng 9 năm 2026",
        "BIÊN BẢN KIỂM TRA",
        "Điều kiện kinh doanh khí dầu mỏ hóa lỏng",
        "Hôm nay, ngày 15 tháng 9 năm 2026, Phòng Quản lý Thương mại tiến hành kiểm tra hồ sơ của "
        "Công ty cổ phần Gas Đông Hà.",
        "I. THÀNH PHẦN",
        "- Bà Lê Thị Hạnh, Trưởng phòng Quản lý Thương mại.",
        "II. NỘI DUNG KIỂM TRA",
        "1. Thông tin doanh nghiệp:",
        "- Tên đơn vị: Công ty cổ phần Gas Đông Hà.",
        "- Địa chỉ: Khu phố 3, phường Đông Hà, tỉnh Quảng Trị.",
        "2. Kết quả kiểm tra:",
        "a) Về kho chứa:",
        "Kho chứa có diện tích 120 m2, đã được nghiệm thu phòng cháy năm 2024.",
        "b) Về phương tiện:",
        "Xe bồn biển số 74C-012.34 còn hạn kiểm định; yêu cầu doanh nghiệp bố trí bình chữa cháy trên xe.",
        "c) Về nhân sự:",
        "Nhân viên đã được huấn luyện nghiệp vụ; một số chứng chỉ đã hết hạn, đề nghị bổ sung chứng chỉ mới.",
        "Yêu cầu trong thời gian tới doanh nghiệp tổ chức huấn luyện định kỳ cho nhân viên.",
        "3. Đề xuất, kiến nghị của Phòng Quản lý Thương mại:",
        "Hồ sơ cơ bản đáp ứng điều kiện. Đề nghị Lãnh đạo Phòng báo cáo Giám đốc Sở xem xét cấp Giấy chứng "
        "nhận cho doanh nghiệp.",
        "Biên bản được lập thành 02 bản./.",
        "TRƯỞNG PHÒNG", "Lê Thị Hạnh"])
    assert plan.document.type == "Biên bản"
    firm = "Công ty cổ phần Gas Đông Hà"
    assert [(t.lead, t.section) for t in plan.tasks] == [
        (firm, "II.2.b"), (firm, "II.2.c"), ("Phòng Quản lý Thương mại", "II.3")], _tasks(plan)


def test_a_licences_assignment_gives_each_named_body_its_task_and_its_papers_none(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 14/GP-UBND", "Hòa Bình, ngày 02 tháng 10 năm 2026",
        "GIẤY PHÉP", "SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
        "Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của Chính phủ;",
        "Điều 1. Cho phép Công ty TNHH Khai khoáng Lạc Sơn.",
        "Giấy chứng nhận đăng ký doanh nghiệp số 5400123456 do Sở Kế hoạch và Đầu tư tỉnh Hòa Bình cấp lần đầu "
        "ngày 05/3/2010, Sở Tài chính tỉnh Hòa Bình cấp thay đổi lần thứ 7 ngày 14/8/2026.",
        "Được sử dụng vật liệu nổ công nghiệp tại mỏ đá Lạc Sơn.",
        "Điều 2. Điều kiện sử dụng",
        "1. Công ty TNHH Khai khoáng Lạc Sơn phải thực hiện đúng các quy định về an toàn trong nổ mìn.",
        "2. Giao Sở Công Thương, Công an tỉnh Hòa Bình, UBND xã Lạc Sơn căn cứ chức năng, nhiệm vụ giám sát "
        "việc sử dụng vật liệu nổ công nghiệp của Công ty.",
        "Điều 3. Giấy phép này có giá trị 05 năm kể từ ngày ký./.",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Bùi Văn Khánh"])
    leads = [t.lead for t in plan.tasks]
    assert not any(lead and "Tài chính" in lead for lead in leads), _tasks(plan)
    assert leads[0] == "Công ty TNHH Khai khoáng Lạc Sơn", _tasks(plan)
    assert len(leads) == 4 and leads[1].startswith("Sở Công Thương") and leads[2].startswith("Công an tỉnh") \
        and "Lạc Sơn" in leads[3], _tasks(plan)


def test_a_letter_to_several_addressees_gives_a_named_ones_list_to_it(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH GIA LAI", "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 77/SCT-QLNL", "Gia Lai, ngày 05 tháng 3 năm 2026",
        "V/v triển khai Thông tư về an toàn đập, hồ chứa thủy điện",
        "Kính gửi:", "- Ủy ban nhân dân các xã, phường;", "- Các chủ đập thủy điện trên địa bàn tỉnh.", "",
        "Sở Công Thương hướng dẫn triển khai như sau:",
        "1. Về công tác tuyên truyền",
        "Ủy ban nhân dân các xã, phường tuyên truyền đến người dân vùng hạ du về quy trình vận hành hồ chứa.",
        "2. Về công tác quản lý an toàn đập",
        "Đề nghị các chủ đập thủy điện trên địa bàn tỉnh thực hiện các nội dung sau:",
        "- Rà soát, cập nhật phương án ứng phó thiên tai cho công trình.",
        "- Lắp đặt hệ thống cảnh báo vận hành xả lũ.",
        "- Kiểm định an toàn đập theo quy định.",
        "Sở Công Thương đề nghị Ủy ban nhân dân các xã, phường và các chủ đập thủy điện triển khai thực hiện./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Phan Văn Đức"])
    dams = [t.text[:10] for t in plan.tasks if t.lead and "chủ đập" in t.lead]
    assert dams == ["Rà soát, c", "Lắp đặt hệ", "Kiểm định "], _tasks(plan)


def test_requests_to_the_project_owner_named_on_a_data_line_go_to_it(tmp_path):
    """… and so does a subjectless request about its dossier, not to the Sở the letter is sent to."""
    plan = _parse(tmp_path, [
        "UBND TỈNH ĐỒNG THÁP", "SỞ XÂY DỰNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 930/SXD-QLXD", "Đồng Tháp, ngày 18 tháng 8 năm 2026",
        "V/v góp ý hồ sơ thành lập cụm công nghiệp Tân Hồng",
        "Kính gửi: Sở Công Thương tỉnh Đồng Tháp", "",
        "Sở Xây dựng nhận được Công văn số 512/SCT-CN của Sở Công Thương, có ý kiến như sau:",
        "1. Thông tin dự án",
        "- Tên dự án: Cụm công nghiệp Tân Hồng.",
        "- Chủ đầu tư: Công ty cổ phần Hạ tầng Tân Hồng.",
        "2. Ý kiến góp ý",
        "Về quy hoạch xây dựng: Đề nghị Chủ đầu tư rà soát ranh giới cụm công nghiệp với quy hoạch chung xã.",
        "Về giao thông: Trong quá trình lập dự án, đề nghị Chủ đầu tư:",
        "- Bố trí đường gom song song quốc lộ.",
        "- Thỏa thuận điểm đấu nối với cơ quan quản lý đường bộ.",
        "Về cấp nước: Đề nghị bổ sung phương án cấp nước sạch cho cụm công nghiệp.",
        "Trên đây là ý kiến của Sở Xây dựng, đề nghị Sở Công Thương tổng hợp, báo cáo theo quy định./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Võ Thành Nhân"])
    owner = [t.text[:10] for t in plan.tasks if t.lead == "Công ty cổ phần Hạ tầng Tân Hồng"]
    assert owner == ["Về quy hoạ", "Bố trí đườ", "Thỏa thuận", "Về cấp nướ"], _tasks(plan)   # the subjectless
    assert not any(t.text.startswith("Về cấp nước") for t in plan.tasks if t.lead != "Công ty cổ phần Hạ tầng Tân Hồng")
