"""A firm named in full and with its field written as initials ("VLXD", "TM&DV") is one body."""
import khparse
from khparse.extract.bodies.firm_initials import _agree


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def test_a_firm_abbreviated_in_a_later_assignment_is_the_same_body(tmp_path):
    plan = _parse(tmp_path, [
        "UBND TỈNH BẮC GIANG", "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 1502/SCT-QLTM", "Bắc Giang, ngày 04 tháng 9 năm 2026",
        "V/v kiểm tra điều kiện kinh doanh xăng dầu",
        "Kính gửi: Ủy ban nhân dân xã Tân Yên", "",
        "1. Giao Công ty TNHH Thương mại và Dịch vụ An Phú rà soát hồ sơ cửa hàng xăng dầu số 3.",
        "2. Công ty TNHH TM&DV An Phú có trách nhiệm báo cáo kết quả về Sở Công Thương trước ngày 30/9/2026.",
        "3. Công ty cổ phần Đầu tư xây dựng Hoàng Lâm phối hợp thực hiện; Công ty CP ĐTXD Hoàng Long "
        "có trách nhiệm cung cấp hồ sơ.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, QLTM.", "GIÁM ĐỐC", "Vũ Văn Thành"])
    firms = [b for b in plan.bodies if b.name.startswith("Công ty")]
    an_phu = [b for b in firms if "An Phú" in b.name]
    assert len(an_phu) == 1, [b.name for b in firms]
    assert "Công ty TNHH TM&DV An Phú" in an_phu[0].aliases, an_phu[0]
    assert any("Hoàng Lâm" in b.name for b in firms) and any("Hoàng Long" in b.name for b in firms), \
        [b.name for b in firms]


def test_initials_stand_for_as_many_words_each_opening_with_its_letter():
    assert _agree("khai thác VLXD Miền Bắc".split(), "Khai thác vật liệu xây dựng Miền Bắc".split())
    assert _agree("ĐTXD Hoàng Long".split(), "Đầu tư xây dựng Hoàng Long".split())
    assert not _agree("ĐTXD Hoàng Long".split(), "Đầu tư xây dựng Hoàng Lâm".split())
    assert not _agree("Hoàng Long".split(), "Hoàng Long".split())   # no abbreviation read
    assert not _agree("XD Sông Đà".split(), "Xây dựng giao thông Sông Đà".split())
