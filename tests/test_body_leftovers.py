"""Body names and roles left over by earlier rounds: a lead cell's verb, names cut or swollen,
bodies asked through their head, a joint text's co-issuer."""
import khparse
from khparse.extract.bodies.names import find_mentions


def printed(text):
    return [m.printed(text) for m in find_mentions(text)]


def _parse(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return khparse.parse(p)


def test_a_lead_cell_names_the_body_without_the_verb_of_its_work(tmp_path):
    """A task table's lead cell "UBND xã X; Sở Y giám sát, hướng dẫn …": its second item is the
    body and what it does there, not a name running up to the comma."""
    import docx
    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "UBND TỈNH SƠN LA\nVĂN PHÒNG\nSố: 75/BC-VP"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSơn La, ngày 04 tháng 8 năm 2027"
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Tiến độ đầu tư hạ tầng các cụm công nghiệp")
    d.add_paragraph("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.")
    d.add_paragraph("II. ĐỀ XUẤT")
    rows = [["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
            ["1", "Hoàn thiện hồ sơ mở rộng cụm công nghiệp Mường Bon",
             "UBND xã Mường Bon; Sở Giao thông vận tải giám sát, hướng dẫn thi công tuyến nhánh", "Quý IV/2027"],
            ["2", "Hoàn thiện thiết kế hạ tầng cụm công nghiệp Chiềng Sinh",
             "UBND phường Chiềng Sinh; Sở Tài chính kiểm tra, đôn đốc giải ngân", "Quý I/2028"],
            ["3", "Thẩm định thiết kế cơ sở", "Sở Xây dựng thẩm định", "Quý II/2028"]]
    t = d.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for c, v in enumerate(cells):
            t.cell(r, c).text = v
    d.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    f = tmp_path / "bao-cao.docx"
    d.save(f)
    names = [b.name for b in khparse.parse(f).bodies]
    assert not any("giám sát" in n or "kiểm tra" in n or "thẩm định" in n for n in names), names
    assert {"Sở Giao thông vận tải", "Sở Tài chính", "Sở Xây dựng"} <= set(names), names


def test_a_body_asked_through_its_head_with_the_honorific_is_given_the_work(tmp_path):
    """"đề nghị đồng chí Giám đốc Sở Tài chính xem xét, bố trí …", "kính đề nghị đ/c Chủ tịch
    UBND huyện X chỉ đạo …": the body whose head is asked gets the work, though it is not in
    the Kính gửi list."""
    plan = _parse(tmp_path, "cv.txt", [
        "UBND TỈNH NGHỆ AN", "SỞ XÂY DỰNG", "Số: 412/SXD-QLN", "Nghệ An, ngày 10 tháng 3 năm 2027",
        "V/v bố trí kinh phí sửa chữa trụ sở", "Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Nghệ An.",
        "Sở Xây dựng nhận được Văn bản số 55/UBND ngày 01/3/2027 của UBND huyện Nghi Lộc.",
        "Để kịp thời sửa chữa, Sở Xây dựng đề nghị đồng chí Giám đốc Sở Tài chính xem xét, bố trí kinh phí"
        " trước ngày 30/3/2027.",
        "Đồng thời, kính đề nghị đ/c Chủ tịch UBND huyện Quỳnh Lưu chỉ đạo các phòng chuyên môn phối hợp.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn An"])
    roles = {b.name: b.roles for b in plan.bodies}
    assert "Sở Tài chính" in roles, roles
    assert any(n.startswith("Ủy ban nhân dân huyện Quỳnh Lưu") for n in roles), roles
    leads = {t.lead for t in plan.tasks}
    assert "Sở Tài chính" in leads, leads


def test_a_firm_named_for_its_region_or_its_number_is_whole():
    """"Tổng công ty Điện lực miền Trung" (the region it serves), "Công ty cổ phần Xây dựng số 1
    Hà Nội" (a numbered firm) are whole names; "Công ty A - Công ty B" are two firms."""
    t = ("Giao Tổng công ty Điện lực miền Trung chủ trì cấp điện; Công ty Điện lực Quảng Nam phối hợp. "
         "Công ty cổ phần Xây dựng số 1 Hà Nội, Tổng công ty Xây dựng số 4 thi công; Viện Quy hoạch Thủy lợi"
         " miền Nam thẩm tra. Hợp đồng giữa Công ty TNHH Sông Hồng - Công ty CP Xây lắp Thái Bình.")
    names = printed(t)
    assert names[:5] == ["Tổng công ty Điện lực miền Trung", "Công ty Điện lực Quảng Nam",
                         "Công ty cổ phần Xây dựng số 1 Hà Nội", "Tổng công ty Xây dựng số 4",
                         "Viện Quy hoạch Thủy lợi miền Nam"], names
    assert names[5:] == ["Công ty TNHH Sông Hồng", "Công ty CP Xây lắp Thái Bình"], names


def test_a_joint_venture_is_one_body_named_by_its_members(tmp_path):
    """"Liên danh Công ty CP A - Công ty TNHH B" is one body (the joint venture), also when it
    is written with its members' short names ("Liên danh Đông Á - Sông Hồng")."""
    t = ("Giao Liên danh Công ty TNHH Xây dựng Hòa Bình - Công ty cổ phần Tư vấn Sông Đà hoàn thành"
         " san nền; Liên danh Đông Á - Sông Hồng (nhà thầu) phối hợp. Liên danh nhà thầu gồm hai công ty.")
    ms = find_mentions(t)
    assert [m.printed(t) for m in ms] == [
        "Liên danh Công ty TNHH Xây dựng Hòa Bình - Công ty cổ phần Tư vấn Sông Đà",
        "Liên danh Đông Á - Sông Hồng"], ms
    assert ms[0].head == "Liên danh"


def test_a_project_board_over_classes_of_works_and_zones_is_whole():
    """"Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh" (the works
    it builds, joined by "các" and "và"), "Ban quản lý KKT, KCN" / "Ban Quản lý các KCN, KCX" (a
    board over several kinds of zones) are one name each; "Sở KH&ĐT, TN&MT" stays two bodies."""
    t = ("Giao Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Giang chủ"
         " trì; Ban Quản lý dự án đầu tư xây dựng huyện và các xã phối hợp. Chỉ đạo Ban quản lý KKT, KCN và"
         " các sở, ngành rà soát; Ban Quản lý các KCN, KCX thành phố, UBND huyện Nhơn Trạch và các Sở KH&ĐT,"
         " TN&MT thực hiện.")
    names = printed(t)
    assert names[:4] == ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Giang",
                         "Ban Quản lý dự án đầu tư xây dựng huyện", "Ban quản lý KKT, KCN",
                         "Ban Quản lý các KCN, KCX thành phố"], names
    assert names[4:] == ["UBND huyện Nhơn Trạch", "Sở KH&ĐT", "TN&MT"], names


def test_the_writer_of_a_joint_text_keeps_the_work_it_is_given(tmp_path):
    """A joint guidance of three ministries is read with one of them as its issuer; that
    co-issuer, asked to take part ("phối hợp với Bộ Tài chính"), is a body of the text like the
    other two, not the speaker of its own text."""
    plan = _parse(tmp_path, "hd.txt", [
        "BỘ TÀI CHÍNH - BỘ NỘI VỤ - BỘ TƯ PHÁP", "Số: 08/HDLN-BTC-BNV-BTP", "Hà Nội, ngày 02 tháng 3 năm 2027",
        "HƯỚNG DẪN LIÊN NGÀNH", "Về việc quản lý kinh phí bảo đảm cho công tác hòa giải ở cơ sở",
        "Bộ Tài chính, Bộ Nội vụ, Bộ Tư pháp thống nhất hướng dẫn như sau:",
        "1. Phạm vi điều chỉnh: kinh phí hòa giải ở cơ sở do ngân sách nhà nước bảo đảm.",
        "2. Tổ chức thực hiện",
        "a) Bộ Tư pháp chủ trì, phối hợp với Bộ Tài chính theo dõi, kiểm tra việc thực hiện Hướng dẫn này;"
        " tổng hợp báo cáo trước ngày 31/12/2027.",
        "b) Bộ Nội vụ phối hợp với Bộ Tài chính hướng dẫn chế độ đối với hòa giải viên.",
        "KT. BỘ TRƯỞNG BỘ TƯ PHÁP", "THỨ TRƯỞNG", "Nguyễn Văn Bình", "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG",
        "Lê Văn Thanh", "Nơi nhận:", "- Các Bộ, cơ quan ngang Bộ;", "- Lưu: VT."])
    roles = {b.name: b.roles for b in plan.bodies}
    assert "partner" in roles.get("Bộ Tài chính", []), roles
    assert all(t.partners == ["Bộ Tài chính"] for t in plan.tasks if t.lead in ("Bộ Tư pháp", "Bộ Nội vụ")), plan.tasks


def test_a_firm_named_by_what_it_trades_in_is_whole_and_one_body_when_abbreviated(tmp_path):
    """"Công ty TNHH vật tư chuyên dùng xăng dầu Hải Hà" (its trade in sentence case) is a whole
    name; "Công ty CP khai thác VLXD Tây Nguyên" is the same firm as "Công ty cổ phần Khai thác
    vật liệu xây dựng Tây Nguyên"."""
    t = ("Loại 3; Công ty TNHH vật tư chuyên dùng xăng dầu Hải Hà phải có trách nhiệm duy trì các điều kiện"
         " an toàn.")
    assert printed(t) == ["Công ty TNHH vật tư chuyên dùng xăng dầu Hải Hà"]
    plan = _parse(tmp_path, "gp.txt", [
        "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 311/GP-UBND", "Gia Lai, ngày 05 tháng 8 năm 2027",
        "GIẤY PHÉP", "Sử dụng vật liệu nổ công nghiệp",
        "Điều 1. Cho phép Công ty cổ phần Khai thác vật liệu xây dựng Tây Nguyên sử dụng vật liệu nổ công nghiệp.",
        "Điều 2. Công ty cổ phần Khai thác vật liệu xây dựng Tây Nguyên phải thực hiện đúng các quy định hiện hành.",
        "Điều 3. Giao Sở Công Thương, Công an tỉnh căn cứ chức năng, nhiệm vụ giám sát việc sử dụng vật liệu nổ"
        " của Công ty CP khai thác VLXD Tây Nguyên.",
        "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Rơ Mah Tuấn"])
    firms = [b for b in plan.bodies if "Tây Nguyên" in b.name]
    assert len(firms) == 1, [(b.name, b.aliases) for b in plan.bodies]


def test_a_sentence_case_name_with_one_field_syllable_capitalized_is_whole():
    """"Trung tâm phục vụ Hành chính công tỉnh", "Ban Quản lý dự án Đầu tư xây dựng huyện X":
    a field syllable printed with a capital stays in a sentence-case name."""
    t = ("Giám đốc Sở Nội vụ; Giám đốc Trung tâm phục vụ Hành chính công tỉnh; Trưởng Ban Quản lý dự án"
         " Đầu tư xây dựng huyện Mường Khương chịu trách nhiệm thi hành Quyết định này.")
    assert printed(t) == ["Sở Nội vụ", "Trung tâm phục vụ Hành chính công tỉnh",
                          "Ban Quản lý dự án Đầu tư xây dựng huyện Mường Khương"]


def test_firms_sharing_a_field_word_are_told_apart_by_their_proper_names(tmp_path):
    """"Công ty cổ phần xây dựng Hòa Bình" and "Công ty TNHH xây dựng Minh Long" are two firms,
    not the field "Xây dựng" in two places; "xây dựng và năng lượng Đông Dương" is one name."""
    t = "Công ty cổ phần xây dựng và năng lượng Đông Dương tại Văn bản số 05/GĐN-ĐD ngày 02/6/2027."
    assert printed(t) == ["Công ty cổ phần xây dựng và năng lượng Đông Dương"]
    plan = _parse(tmp_path, "cv.txt", [
        "UBND TỈNH THANH HÓA", "SỞ XÂY DỰNG", "Số: 1207/SXD-HĐXD", "Thanh Hóa, ngày 09 tháng 6 năm 2027",
        "V/v hoàn thiện hồ sơ thi công", "Kính gửi: Ban Quản lý dự án đầu tư xây dựng tỉnh.",
        "Đề nghị Công ty cổ phần xây dựng Hòa Bình hoàn thiện hồ sơ trước ngày 20/6/2027;"
        " Công ty TNHH xây dựng Minh Long bổ sung bản vẽ hoàn công trước ngày 25/6/2027.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn Hải"])
    firms = sorted(b.name for b in plan.bodies if b.name.startswith("Công ty"))
    assert firms == ["Công ty TNHH xây dựng Minh Long", "Công ty cổ phần xây dựng Hòa Bình"], \
        [(b.name, b.aliases) for b in plan.bodies]
