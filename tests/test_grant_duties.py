"""A licence's or certificate's duties of its holder stated with the holder as the subject of a
sentence (by its name or the bare head of it), and the commitments it records, outside a part
titled for them: one task of the holder each, and the holder is a body."""
import khparse


def _parse(tmp_path, lines):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(path)


def _tasks(plan):
    return [(t.lead, t.text[:40]) for t in plan.tasks]


def test_a_licences_holder_named_in_sentence_case_is_given_its_duty(tmp_path):
    firm = "Công ty TNHH chè búp tươi Mộc Châu"
    plan = _parse(tmp_path, [
        "UBND TỈNH SƠN LA", "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 41/GP-SCT", "Sơn La, ngày 12 tháng 8 năm 2026",
        "GIẤY PHÉP SẢN XUẤT RƯỢU THỦ CÔNG NHẰM MỤC ĐÍCH KINH DOANH",
        "GIÁM ĐỐC SỞ CÔNG THƯƠNG",
        "Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh doanh rượu;",
        f"Xét đơn đề nghị cấp giấy phép số 12/ĐN ngày 02/8/2026 của {firm};",
        "Theo đề nghị của Trưởng phòng Quản lý thương mại,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Cấp phép sản xuất rượu",
        f"Cho phép: {firm}.",
        "Trụ sở tại: Tiểu khu 4, phường Mộc Sơn, tỉnh Sơn La.",
        "Giấy chứng nhận đăng ký doanh nghiệp số: 5500123456 do Phòng Đăng ký kinh doanh - Sở Tài chính tỉnh Sơn La "
        "cấp lần đầu ngày 10 tháng 3 năm 2025.",
        "Quy mô sản xuất: 12.000 lít/năm.",
        "Điều 2. Tổ chức thực hiện",
        f"{firm} phải chấp hành đúng các quy định tại Nghị định số 105/2017/NĐ-CP và các quy định "
        "của pháp luật có liên quan.",
        "Điều 3. Giấy phép này có giá trị đến ngày 12 tháng 8 năm 2031./.",
        "Nơi nhận:", "- Bộ Công Thương;", "- UBND phường Mộc Sơn;", f"- {firm};", "- Lưu: VT, QLTM.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Thắng"])
    assert [t.lead for t in plan.tasks] == [firm] and plan.tasks[0].text.startswith(firm + " phải"), _tasks(plan)
    assert plan.tasks[0].text.endswith("có liên quan.")
    assert firm in [b.name for b in plan.bodies]
    assert not any(b.name.startswith(("Bộ Công Thương", "Phòng Đăng ký")) for b in plan.bodies), plan.bodies


def test_a_transport_licences_holder_after_a_semicolon_and_on_the_form_label(tmp_path):
    firm = "Công ty cổ phần khí hóa lỏng miền Đông"
    plan = _parse(tmp_path, [
        "UBND TỈNH QUẢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc",
        "Số: 77/GP-SCT",
        "GIẤY PHÉP", "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM",
        f"Theo đề nghị của: {firm},",
        "Sở Công Thương tỉnh Quảng Ninh cho phép:",
        f"Tên cơ quan, tổ chức, cá nhân: {firm}.",
        "Mã số doanh nghiệp: 5701234567 do Sở Tài chính tỉnh Quảng Ninh cấp, đăng ký thay đổi lần thứ 2 ngày "
        "04 tháng 02 năm 2026.",
        "Địa chỉ trụ sở chính: Tổ 5, phường Hà Tu, tỉnh Quảng Ninh.",
        f"Được phép vận chuyển hàng hóa nguy hiểm: Loại 2; {firm} phải có trách nhiệm duy trì các điều kiện "
        "an toàn của phương tiện và tuân thủ các quy định về vận chuyển khí dầu mỏ hóa lỏng trong suốt "
        "quá trình vận chuyển.",
        "Thời hạn của giấy phép: 24 tháng kể từ ngày ký./.",
        "Quảng Ninh, ngày 09 tháng 9 năm 2026",
        "Nơi nhận:", "- Công an tỉnh Quảng Ninh;", "- Sở Xây dựng;", f"- {firm};", "- Lưu: VT, QLCN.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thu Hà"])
    assert [t.lead for t in plan.tasks] == [firm], _tasks(plan)
    assert plan.tasks[0].text.startswith(firm) and "Loại 2" not in plan.tasks[0].text
    assert [b.name for b in plan.bodies] == [firm], [b.name for b in plan.bodies]


def test_a_certificates_recorded_commitments_and_must_clause_are_the_holders_tasks(tmp_path):
    plan = _parse(tmp_path, [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "GIẤY CHỨNG NHẬN", "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM",
        "SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH",
        "CHỨNG NHẬN",
        "Cơ sở: Hợp tác xã Nước mắm Cửa Sót.",
        "Chủ cơ sở: Trần Văn Lực - Chức vụ: Giám đốc.",
        "Địa chỉ sản xuất: Thôn Hải Thanh, xã Cẩm Nhượng, tỉnh Hà Tĩnh.",
        "ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM THEO QUY ĐỊNH",
        "Hà Tĩnh, ngày 15 tháng 10 năm 2026",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Tâm",
        "I. DANH MỤC SẢN PHẨM",
        "- Nước mắm cá cơm đóng chai.",
        "II. NỘI DUNG CẤP GIẤY CHỨNG NHẬN",
        "1. Giấy chứng nhận có hiệu lực 03 năm kể từ ngày cấp.",
        "2. Khu sản xuất của Hợp tác xã nằm trong phạm vi quy hoạch mở rộng cảng cá. Căn cứ nội dung cam kết tại "
        "Biên bản thẩm định ngày 02/10/2026, Hợp tác xã Nước mắm Cửa Sót tự nguyện cam kết:",
        "a) Di dời khu chượp chấp hành đúng tiến độ giải phóng mặt bằng của địa phương;",
        "b) Không yêu cầu bồi thường liên quan đến việc thu hồi Giấy chứng nhận này.",
        "3. Nếu quá thời hạn mà Hợp tác xã không di dời thì Giấy chứng nhận hết hiệu lực.",
        "4. Khi thay đổi địa điểm sản xuất, Hợp tác xã phải đề nghị cấp lại Giấy chứng nhận theo quy định."])
    firm = "Hợp tác xã Nước mắm Cửa Sót"
    assert [t.lead for t in plan.tasks] == [firm] * 3, _tasks(plan)
    assert [t.text[:8] for t in plan.tasks] == ["a) Di dờ", "b) Không", "4. Khi t"], _tasks(plan)
