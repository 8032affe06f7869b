"""Công điện (a telegram-letter of the Prime Minister, a ministry or a province): its
"<ISSUER> điện:" line is its addressee line, each dash line below it an addressee (a list of
ministries under "Bộ trưởng các Bộ:" is one addressee per ministry), and its numbered
requests are the tasks."""
import khparse


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def test_a_ministrys_cong_dien_reads_its_addressees_and_splits_the_ministry_list(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ Y TẾ", "Số: 12/CĐ-BYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 03 tháng 3 năm 2027", "CÔNG ĐIỆN",
        "Về việc tăng cường phòng, chống dịch sốt xuất huyết",
        "BỘ TRƯỞNG BỘ Y TẾ điện:",
        "- Bộ trưởng các Bộ: Giáo dục và Đào tạo, Công an, Tài chính;",
        "- Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương.",
        "Thời gian qua, số ca mắc sốt xuất huyết tăng nhanh tại nhiều địa phương. Để chủ động "
        "kiểm soát dịch, Bộ trưởng Bộ Y tế đề nghị:",
        "1. Bộ Giáo dục và Đào tạo chỉ đạo các trường học tổ chức diệt lăng quăng trong khuôn viên trường.",
        "2. Bộ Tài chính bảo đảm kinh phí mua hóa chất, vật tư phòng, chống dịch.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, DP.", "BỘ TRƯỞNG", "Lê Thị Hoa",
    ])
    d = plan.document
    assert d.type == "Công điện"
    assert d.addressees == ["Bộ trưởng các Bộ: Giáo dục và Đào tạo, Công an, Tài chính",
                            "Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương"]
    addressed = [b.name for b in plan.bodies if "addressee" in b.roles]
    assert {"Bộ Giáo dục và Đào tạo", "Bộ Công an", "Bộ Tài chính"} <= set(addressed)
    assert not any(n.startswith("Bộ trưởng") for n in addressed)
    # the dash lines are addressees, not work; the numbered requests are
    assert [(t.section, t.lead) for t in plan.tasks] == [("1", "Bộ Giáo dục và Đào tạo"), ("2", "Bộ Tài chính")]


def test_a_provincial_cong_dien_in_title_case(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 04/CĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 20 tháng 10 năm 2027", "CÔNG ĐIỆN",
        "Về việc chủ động ứng phó với mưa lớn, lũ quét",
        "Chủ tịch Ủy ban nhân dân tỉnh điện:",
        "- Giám đốc các Sở: Xây dựng, Công Thương;",
        "- Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh.",
        "Theo dự báo, từ ngày 21 đến ngày 23 tháng 10 năm 2027 trên địa bàn tỉnh có mưa rất lớn. "
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
        "1. Sở Xây dựng kiểm tra an toàn các công trình đang thi công.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn Nam",
    ])
    assert len(plan.document.addressees) == 2
    addressed = {b.name for b in plan.bodies if "addressee" in b.roles}
    assert {"Sở Xây dựng", "Sở Công Thương"} <= addressed
    assert [t.lead for t in plan.tasks] == ["Sở Xây dựng"]


def test_a_ministry_list_keeps_a_field_printed_like_a_head(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Số: 210/UBND-NC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bắc Ninh, ngày 08 tháng 5 năm 2027",
        "V/v phối hợp bảo đảm an ninh trật tự",
        "Kính gửi: Các Bộ Tư pháp, Công an và Nội vụ.",
        "Ủy ban nhân dân tỉnh đề nghị các Bộ quan tâm hướng dẫn tỉnh thực hiện.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hải",
    ])
    addressed = {b.name for b in plan.bodies if "addressee" in b.roles}
    assert {"Bộ Tư pháp", "Bộ Công an", "Bộ Nội vụ"} <= addressed


def test_a_list_of_state_groups_keeps_each_members_full_name(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ CÔNG THƯƠNG", "Số: 07/CĐ-BCT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 11 tháng 6 năm 2027", "CÔNG ĐIỆN", "Về việc bảo đảm cung ứng điện mùa khô",
        "BỘ TRƯỞNG BỘ CÔNG THƯƠNG điện:",
        "- Các Tập đoàn: Dầu khí Việt Nam, Công nghiệp Than - Khoáng sản Việt Nam;",
        "- Tổng công ty Đông Bắc.",
        "Để bảo đảm cung ứng đủ điện cho sản xuất và sinh hoạt, Bộ trưởng yêu cầu:",
        "1. Tập đoàn Dầu khí Việt Nam bảo đảm cung cấp đủ khí cho các nhà máy điện.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, ĐTĐL.", "BỘ TRƯỞNG", "Phạm Minh Đức",
    ])
    addressed = {b.name for b in plan.bodies if "addressee" in b.roles}
    assert {"Tập đoàn Dầu khí Việt Nam", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"} <= addressed
    assert not any(n.endswith("Khoáng sản") for n in addressed)


def test_a_steering_committees_cong_dien_with_a_comma_in_its_name(tmp_path):
    plan = _parse(tmp_path, [
        "BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI", "Số: 03/CĐ-QG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 25 tháng 7 năm 2027", "CÔNG ĐIỆN",
        "Về việc chủ động ứng phó với áp thấp nhiệt đới",
        "BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI điện:",
        "- Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng;",
        "- Bộ Giao thông vận tải.",
        "Để chủ động ứng phó với áp thấp nhiệt đới, Ban Chỉ đạo đề nghị:",
        "1. Bộ Giao thông vận tải chỉ đạo bảo đảm an toàn giao thông đường thủy.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TRƯỞNG BAN", "Nguyễn Văn Tiến",
    ])
    assert plan.document.addressees == ["Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng", "Bộ Giao thông vận tải"]
    assert [t.lead for t in plan.tasks] == ["Bộ Giao thông vận tải"]
