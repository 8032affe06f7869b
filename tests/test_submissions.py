"""Submissions (Tờ trình, Phiếu trình) give the one request to the body they are sent to;
reports list requests under "X đề nghị Bộ Y một số nội dung sau:" and close with formulas."""
import khparse


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return khparse.parse(path)


def test_a_submission_gives_one_task_to_its_addressee_not_its_background(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "SỞ TÀI CHÍNH", "Số: 215/TTr-STC", "Quảng Ngãi, ngày 12 tháng 3 năm 2026",
        "TỜ TRÌNH", "Về việc ban hành Quyết định quy định giá dịch vụ sử dụng đò ngang",
        "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi", "",
        "I. SỰ CẦN THIẾT BAN HÀNH",
        "Ngày 02/02/2026, Sở Tư pháp có Văn bản số 77/STP-XDVB thẩm định dự thảo; Sở Tài chính đã tiếp thu, "
        "hoàn thiện dự thảo Quyết định.",
        "Sở Giao thông vận tải phối hợp rà soát danh mục bến đò trên địa bàn tỉnh.",
        "II. KIẾN NGHỊ",
        "Sở Tài chính kính trình Ủy ban nhân dân tỉnh Quảng Ngãi xem xét, ban hành Quyết định quy định giá dịch vụ "
        "sử dụng đò ngang trên địa bàn tỉnh./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Bình"])
    assert plan.document.type == "Tờ trình"
    assert [(t.lead, t.text[:30]) for t in plan.tasks] == [
        ("Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Tài chính kính trình Ủy ban")]


def test_a_submissions_numbered_requests_are_tasks_and_its_bare_closing_is_none(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "SỞ XÂY DỰNG", "Số: 40/TTr-SXD", "Ninh Bình, ngày 20 tháng 4 năm 2026",
        "TỜ TRÌNH", "Về việc điều chỉnh quy hoạch chi tiết khu tái định cư",
        "Kính gửi: Ủy ban nhân dân tỉnh Ninh Bình", "",
        "I. TÌNH HÌNH THỰC HIỆN",
        "Ban Quản lý dự án đã hoàn thành giải phóng mặt bằng 12 ha.",
        "II. ĐỀ XUẤT",
        "Sở Xây dựng đề nghị Ủy ban nhân dân tỉnh Ninh Bình các nội dung sau:",
        "1. Xem xét, phê duyệt điều chỉnh cục bộ quy hoạch chi tiết khu tái định cư.",
        "2. Giao Ban Quản lý dự án cập nhật hồ sơ thiết kế theo quy hoạch được điều chỉnh.",
        "Sở Xây dựng kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Thị Hoa"])
    assert [t.text[:12] for t in plan.tasks] == ["1. Xem xét, ", "2. Giao Ban "]
    assert all("kính trình" not in t.text for t in plan.tasks)


def test_report_requests_listed_after_a_subject_lead_in_and_its_bare_closing(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "Số: 97/BC-UBND", "Điện Biên, ngày 03 tháng 12 năm 2025",
        "BÁO CÁO", "Tình hình quản lý hóa chất năm 2025",
        "Kính gửi: Cục Hóa chất", "",
        "1. Tình hình chung",
        "Trong năm, tỉnh đã kiểm tra 14 cơ sở kinh doanh hóa chất.",
        "2. Kiến nghị, đề xuất",
        "Ủy ban nhân dân tỉnh Điện Biên trân trọng đề nghị Bộ Công Thương các vấn đề sau:",
        "- Sớm ban hành hướng dẫn lưu giữ hóa chất nguy hiểm tại hộ kinh doanh.",
        "- Tổ chức tập huấn nghiệp vụ cho cán bộ quản lý cấp xã.",
        "Ủy ban nhân dân tỉnh Điện Biên đề nghị Cục Hóa chất xem xét, tổng hợp./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
        "Lò Văn Minh"])
    assert [(t.lead, t.text[:10]) for t in plan.tasks] == [
        ("Bộ Công Thương", "Sớm ban hà"), ("Bộ Công Thương", "Tổ chức tậ")]
    assert "Bộ Công Thương" in [b.name for b in plan.bodies]


def test_a_transmittal_gives_its_one_task_to_the_body_it_forwards_the_file_to(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH THANH HÓA", "VĂN PHÒNG", "Số: 1207/PC-VPUBND", "Thanh Hóa, ngày 09 tháng 4 năm 2026",
        "PHIẾU CHUYỂN", "Đơn kiến nghị của Hợp tác xã Đông Sơn",
        "Kính gửi: Sở Nông nghiệp và Môi trường", "",
        "Ngày 07/4/2026, Ủy ban nhân dân tỉnh nhận được Đơn kiến nghị của Hợp tác xã Đông Sơn về việc hỗ trợ "
        "kinh phí nạo vét kênh tưới (gửi kèm).",
        "Văn phòng UBND tỉnh chuyển Đơn nêu trên tới Sở Nông nghiệp và Môi trường để chủ trì, xem xét, giải quyết "
        "theo thẩm quyền, báo cáo UBND tỉnh theo quy định./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Văn Tâm"])
    assert plan.document.type == "Phiếu chuyển"
    assert [(t.lead, t.text[:20]) for t in plan.tasks] == [("Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh ")]


def test_a_record_gives_work_only_in_its_conclusions(tmp_path):
    plan = _parse(tmp_path, [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN HỌP", "Về việc tháo gỡ vướng mắc giải phóng mặt bằng Khu công nghiệp Tân Phú",
        "Hôm nay, ngày 14/4/2026, tại Sở Tài chính tỉnh Nghệ An, các cơ quan tiến hành họp.",
        "I. THÀNH PHẦN",
        "1. Sở Tài chính",
        "Ông Nguyễn Hữu Phúc - Phó Giám đốc.",
        "II. Ý KIẾN CÁC BÊN",
        "Sở Xây dựng đề nghị Ban Quản lý Khu kinh tế rà soát lại ranh giới quy hoạch.",
        "Ủy ban nhân dân xã Tân Phú báo cáo còn 6 hộ chưa nhận tiền bồi thường.",
        "III. KẾT LUẬN",
        "1. Giao Ủy ban nhân dân xã Tân Phú vận động các hộ còn lại nhận tiền bồi thường.",
        "2. Đề nghị Ban Quản lý Khu kinh tế hoàn thiện hồ sơ điều chỉnh quy hoạch trước ngày 30/5/2026.",
        "Biên bản kết thúc vào hồi 11 giờ cùng ngày./."])
    assert [t.text[:14] for t in plan.tasks] == ["1. Giao Ủy ban", "2. Đề nghị Ban"]


def test_a_reports_summary_closing_to_its_addressee_is_no_task(tmp_path):
    plan = _parse(tmp_path, [
        "SỞ Y TẾ TỈNH PHÚ THỌ", "ĐOÀN KIỂM TRA", "Số: 12/BC-ĐKT", "Phú Thọ, ngày 22 tháng 5 năm 2026",
        "BÁO CÁO", "Kết quả kiểm tra an toàn thực phẩm tại 03 cơ sở",
        "Kính gửi: Giám đốc Sở Y tế", "",
        "1. Kết quả kiểm tra",
        "Cơ sở thứ nhất chưa có giấy xác nhận kiến thức an toàn thực phẩm. Đoàn kiểm tra đề nghị Công ty TNHH "
        "Thực phẩm Hùng Vương bổ sung giấy xác nhận kiến thức cho người lao động.",
        "Trên đây là kết quả kiểm tra, Đoàn kiểm tra kính đề nghị Giám đốc Sở Y tế xem xét, chỉ đạo./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: ĐKT.", "TRƯỞNG ĐOÀN", "Phạm Văn Đức"])
    assert [t.lead for t in plan.tasks] == ["Công ty TNHH Thực phẩm Hùng Vương"]
