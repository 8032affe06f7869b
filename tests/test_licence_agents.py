"""A licence's identification block names who applied and who registered the firm: neither is
given work by the licence ("Theo đề nghị của: Công ty X", "… do Phòng Đăng ký kinh doanh, Sở Y
cấp"); its conditions are the licensee's duties. "Do vậy/Do đó, X …" is no passive agent."""
import khparse


def _parse(tmp_path, lines):
    p = tmp_path / "doc.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(p)


def _leads(plan):
    return [(t.lead, t.text) for t in plan.tasks]


def test_applicant_and_registering_office_of_a_licence_are_given_no_work(tmp_path):
    plan = _parse(tmp_path, [
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 27/GP-SCT", "Ninh Bình, ngày 14 tháng 3 năm 2025",
        "GIẤY PHÉP", "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM",
        "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH NINH BÌNH",
        "Căn cứ Nghị định số 161/2024/NĐ-CP ngày 18 tháng 12 năm 2024 của Chính phủ;",
        "Theo đề nghị của: Công ty cổ phần Vận tải Hoàng Long,",
        "Địa chỉ: Số 8 đường Trần Hưng Đạo, phường Đông Thành, tỉnh Ninh Bình.",
        "Giấy chứng nhận đăng ký doanh nghiệp số 2700123456 do Phòng Đăng ký kinh doanh, "
        "Sở Kế hoạch và Đầu tư tỉnh Ninh Bình cấp lần đầu ngày 05 tháng 6 năm 2012.",
        "Được phép vận chuyển hàng hóa nguy hiểm: Loại 2; Công ty cổ phần Vận tải Hoàng Long phải "
        "chấp hành đầy đủ các quy định về vận chuyển hàng hóa nguy hiểm.",
        "Giấy phép này có giá trị đến ngày 14 tháng 3 năm 2027.",
        "GIÁM ĐỐC", "Phạm Văn Hùng",
    ])
    leads = _leads(plan)
    assert not any(lead and "Kế hoạch và Đầu tư" in lead for lead, _ in leads), leads
    assert not any(text.startswith("Theo đề nghị của") for _, text in leads), leads
    assert any(lead and "Hoàng Long" in lead and "phải" in text for lead, text in leads), leads


def test_therefore_is_no_passive_agent(tmp_path):
    plan = _parse(tmp_path, [
        "BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 512/BTC-PC", "Hà Nội, ngày 02 tháng 4 năm 2025",
        "V/v góp ý dự thảo Nghị định",
        "Kính gửi: Bộ Công Thương.",
        "Nội dung dự thảo chủ yếu thuộc chức năng quản lý của Bộ Công Thương. "
        "Do vậy, Bộ Công Thương rà soát, hoàn thiện hồ sơ dự thảo trước khi trình Chính phủ.",
        "BỘ TRƯỞNG", "Nguyễn Văn Thắng",
    ])
    assert any(lead and "Công Thương" in lead and "rà soát" in text for lead, text in _leads(plan)), _leads(plan)
