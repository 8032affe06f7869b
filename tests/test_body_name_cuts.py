"""Where a body's name is cut or merged: fields printed like heads ("Bộ Công an"), the
supreme court and procuracy, places that read like heads ("phường Trung Tâm"), and a family
name that reads like a head ("Đoàn")."""
from khparse.extract.bodies.names import find_mentions


def printed(text):
    return [m.printed(text) for m in find_mentions(text)]


def test_ministry_of_police_and_supreme_bodies_are_whole_names():
    t = ("Bộ Tư pháp, Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Tòa án nhân dân tối cao và"
         " Viện kiểm sát nhân dân tối cao phối hợp hướng dẫn; Công an tỉnh Quảng Ngãi và TAND tỉnh thực hiện.")
    names = printed(t)
    assert names[:5] == ["Bộ Tư pháp", "Bộ Công an", "Bộ Lao động - Thương binh và Xã hội",
                         "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao"], names
    assert "Công an tỉnh Quảng Ngãi" in names and "TAND tỉnh" in names, names
    heads = {m.printed(t): m.head for m in find_mentions(t)}
    assert heads["TAND tỉnh"] != heads["Tòa án nhân dân tối cao"]


def test_place_that_reads_like_a_head_after_a_level():
    t = ("Giao UBND thị trấn Trung Tâm, UBND huyện Trạm Tấu, UBND xã Trường Sơn phối hợp với UBND tỉnh"
         " Ban Quản lý khu kinh tế; UBND xã Hòa Bình thực hiện.")
    names = printed(t)
    assert names[:3] == ["UBND thị trấn Trung Tâm", "UBND huyện Trạm Tấu", "UBND xã Trường Sơn"], names
    assert "Ban Quản lý khu kinh tế" in names and "UBND xã Hòa Bình" in names, names


def test_family_name_doan_is_a_person_not_a_team():
    t = ("Chủ trì thiết kế\n\nĐoàn Thị Hạnh\nKỹ sư xây dựng\n"
         "Giao bà Đoàn Minh Thư theo dõi; Đoàn Kiểm tra liên ngành thực hiện; Đoàn Luật sư tỉnh tham gia.\n")
    names = printed(t)
    assert not any("Hạnh" in n or "Thư" in n for n in names), names
    assert "Đoàn Kiểm tra liên ngành" in names and any(n.startswith("Đoàn Luật sư") for n in names), names


def test_firm_name_with_field_syllables_after_its_capitalized_words():
    t = ("Hồ sơ được Công ty cổ phần Tư vấn thiết kế mỏ và luyện kim - Vimico thẩm tra tại Văn bản số 45;"
         " Công ty TNHH Đầu tư phát triển Nhà ở và Hạ tầng kỹ thuật có trách nhiệm hoàn thiện hồ sơ;"
         " hồ sơ do Công ty cổ phần Xây dựng công trình giao thông và thủy lợi thẩm định, phê duyệt.")
    names = printed(t)
    assert names[:3] == ["Công ty cổ phần Tư vấn thiết kế mỏ và luyện kim - Vimico",
                     "Công ty TNHH Đầu tư phát triển Nhà ở và Hạ tầng kỹ thuật",
                     "Công ty cổ phần Xây dựng công trình giao thông và thủy lợi"], names


def test_firm_proper_name_takes_no_lower_case_words_after_it():
    t = "Hồ sơ gửi Công ty TNHH Thủy điện Nậm Mức tổng hợp và hoàn thiện trước ngày 15/3/2026."
    assert printed(t) == ["Công ty TNHH Thủy điện Nậm Mức"]


def test_a_body_named_by_its_level_is_a_name_of_its_own():
    """"Ủy ban nhân dân cấp huyện", "UBND cấp tỉnh", "Công an cấp xã": a body named by its
    level (all the bodies of that level) is a name standing alone as a subject; "cấp" as the
    verb after a scoped name ("UBND tỉnh cấp giấy phép") and "các cấp" name no level."""
    t = ("Ủy ban nhân dân cấp huyện tổ chức rà soát diện tích lúa trước ngày 30/6/2027; UBND cấp tỉnh"
         " chỉ đạo chung; Công an cấp xã phối hợp với Phòng Kinh tế bảo đảm an ninh. UBND tỉnh Quảng Bình"
         " cấp giấy chứng nhận cho dự án; UBND các cấp triển khai.")
    names = printed(t)
    assert names[:3] == ["Ủy ban nhân dân cấp huyện", "UBND cấp tỉnh", "Công an cấp xã"], names
    assert "UBND tỉnh Quảng Bình" in names, names
    assert not any(n.endswith("cấp") or "cấp giấy" in n for n in names), names
    levels = {m.printed(t): m.levels for m in find_mentions(t)}
    assert levels["Ủy ban nhân dân cấp huyện"] == ("huyện",)


def test_an_abbreviated_project_board_keeps_its_sentence_case_tail():
    """"Ban QLDA ĐTXD công trình giao thông tỉnh" is "Ban Quản lý dự án đầu tư xây dựng công
    trình giao thông tỉnh" abbreviated: the lower-case tail is the name's, and both printings
    are one body (same head and field key); "Ban QLDA" alone keeps its reading."""
    t = ("Giao Ban QLDA ĐTXD công trình giao thông tỉnh chủ trì; Ban QLDA chuyên ngành thủy lợi huyện"
         " phối hợp; Ban QLDA ĐTXD số 2 tỉnh Hà Tĩnh thực hiện. Ban Quản lý dự án đầu tư xây dựng công"
         " trình giao thông tỉnh báo cáo; Ban QLDA nghiên cứu thực hiện.")
    ms = find_mentions(t)
    names = [m.printed(t) for m in ms]
    assert names[:3] == ["Ban QLDA ĐTXD công trình giao thông tỉnh", "Ban QLDA chuyên ngành thủy lợi huyện",
                         "Ban QLDA ĐTXD số 2 tỉnh Hà Tĩnh"], names
    assert names[-1] == "Ban QLDA", names
    short, full = ms[0], ms[3]
    assert (short.head, short.field_key) == (full.head, full.field_key), (short, full)


def test_an_abbreviated_project_board_is_named_in_full(tmp_path):
    import khparse
    p = tmp_path / "cv.txt"
    p.write_text("\n".join([
        "UBND TỈNH HÀ TĨNH", "SỞ XÂY DỰNG", "Số: 88/SXD-QLXD", "Hà Tĩnh, ngày 12 tháng 5 năm 2027",
        "V/v đôn đốc tiến độ thi công", "Kính gửi: Các đơn vị liên quan.",
        "1. Ban QLDA ĐTXD công trình giao thông tỉnh chủ trì, phối hợp với Sở Tài chính hoàn thành"
        " thủ tục trước ngày 30/6/2027.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn Hùng"]) + "\n",
        encoding="utf-8")
    names = [b.name for b in khparse.parse(p).bodies]
    assert not any("Quản lý QLDA" in n for n in names), names
    assert any(n.startswith("Ban QLDA ĐTXD công trình giao thông") or n.startswith(
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông") for n in names), names


def test_a_state_group_is_a_firm_head_of_its_own():
    """"Tập đoàn Dầu khí Việt Nam", "Tập đoàn Bưu chính Viễn thông Việt Nam": a group is named by
    its proper name, which may hold another head's word ("Viễn thông", "Điện lực"); inside a
    firm's name ("Công ty CP Tập đoàn X") it stays the firm's; "tập đoàn kinh tế" is no name."""
    t = ("Giao Tập đoàn Dầu khí Việt Nam, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì; Tập đoàn"
         " Mường Thanh phối hợp với Công ty CP Tập đoàn Hoa Sen thực hiện. Các tập đoàn kinh tế nhà nước"
         " báo cáo.")
    ms = find_mentions(t)
    assert [m.printed(t) for m in ms] == ["Tập đoàn Dầu khí Việt Nam", "Tập đoàn Bưu chính Viễn thông Việt Nam",
                                          "Tập đoàn Mường Thanh", "Công ty CP Tập đoàn Hoa Sen"], ms
    assert ms[1].head == "Tập đoàn" and ms[3].head == "Công ty"


def test_a_firm_name_runs_through_vat_lieu_and_stops_before_a_paper_a_scan_ran_into_it():
    t = ("Điều 1. Cho phép Công ty TNHH Sản xuất vật liệu xây dựng Hòa An Giấy chứng nhận đăng ký doanh nghiệp"
         " số 4300123456 do Sở Tài chính tỉnh Quảng Ngãi cấp.\n"
         "3. Công ty cổ phần Khai thác vật liệu Nam Sơn có trách nhiệm lập hộ chiếu nổ mìn;"
         " Tổng công ty Giấy Việt Nam phối hợp thực hiện.\n")
    names = printed(t)
    assert names[0] == "Công ty TNHH Sản xuất vật liệu xây dựng Hòa An", names
    assert "Công ty cổ phần Khai thác vật liệu Nam Sơn" in names, names
    assert "Tổng công ty Giấy Việt Nam" in names, names
