"""Where a body's name runs on past a comma, a lower-case field or a place (helper acc-n7):
names of departments whose field has three parts, written as the ministries print them."""
from khparse.extract.bodies.names import find_mentions


def printed(text):
    return [m.printed(text) for m in find_mentions(text)]


def test_field_of_three_parts_with_a_lower_case_middle_is_one_name():
    t = ("Giao Vụ Kinh tế ngành, thương mại và Dịch vụ chủ trì, phối hợp với Vụ Pháp chế thực hiện;"
         " Phòng Kinh tế, hạ tầng và Đô thị huyện Bát Xát tham mưu.")
    names = printed(t)
    assert names[0] == "Vụ Kinh tế ngành, thương mại và Dịch vụ", names
    assert "Vụ Pháp chế" in names, names
    assert "Phòng Kinh tế, hạ tầng và Đô thị huyện Bát Xát" in names, names


def test_joined_field_ending_in_sentence_case_words_before_a_comma():
    t = ("Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý hoạt động xây dựng, Vụ trưởng Vụ Quy hoạch, kiến trúc"
         " và Phát triển đô thị, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.")
    names = printed(t)
    assert "Vụ Quy hoạch, kiến trúc và Phát triển đô thị" in names, names


def test_enumeration_with_a_lower_case_item_is_not_joined():
    t = "Sở Tài chính, Sở Xây dựng, công an và Ủy ban nhân dân các xã; Sở Y tế, giáo dục và Sở Tài chính thực hiện."
    names = printed(t)
    assert "Sở Y tế" in names and "Sở Xây dựng" in names, names
    assert not any("," in n and n.startswith("Sở") for n in names), names


def test_region_of_a_project_board_or_customs_office_is_part_of_its_name():
    t = ("Giao Ban Quản lý Dự án đầu tư xây dựng Khu vực Bảo Lạc, Chi cục Hải quan khu vực III thực hiện;"
         " Ban Quản lý dự án đầu tư xây dựng khu vực Mường Khương phối hợp; Phòng Kinh tế khu vực Sở Y tế báo cáo.")
    names = printed(t)
    assert "Ban Quản lý Dự án đầu tư xây dựng Khu vực Bảo Lạc" in names, names
    assert "Chi cục Hải quan khu vực III" in names, names
    assert "Ban Quản lý dự án đầu tư xây dựng khu vực Mường Khương" in names, names
    assert "Sở Y tế" in names and not any("Sở Y" in n and n != "Sở Y tế" for n in names), names


def test_place_with_a_lowered_syllable_is_the_place_the_document_prints_title_cased():
    t = ("Giao UBND xã Pà Vi Hạ kiểm tra; Chủ tịch UBND xã Pà vi Hạ, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành."
         " UBND xã Bản Phố nhận Giấy phép; UBND xã Tả Van giao Sở Y tế.")
    names = printed(t)
    assert names.count("UBND xã Pà Vi Hạ") == 1 and "UBND xã Pà vi Hạ" in names, names
    assert "UBND xã Bản Phố" in names and "UBND xã Tả Van" in names, names   # not in the title-cased text
    ms = [m for m in find_mentions(t) if m.place and "Vi" in m.place or m.place and "vi" in m.place]
    assert len({m.place.lower() for m in ms}) == 1, [m.place for m in ms]


def test_firm_legal_form_before_a_layout_gap_names_no_firm():
    t = ("TT   Đối tượng kiểm tra     Thời hạn\n"
         "Công ty TNHH       Gói thầu số 7: Thi công đường nối Quốc lộ 4D     12/5/2026\n"
         "Giao Công ty TNHH Minh Khang hoàn thiện hồ sơ trước ngày 20/5/2026.")
    names = printed(t)
    assert names == ["Công ty TNHH Minh Khang"], names


def test_team_named_by_its_function_in_sentence_case():
    t = ("Theo đề nghị của Tổ tư vấn giám sát công trình.\nĐiều 2. Giao Phó Giám đốc, Tổ tư vấn giám sát"
         " công trình triển khai thực hiện; Tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành;"
         " Đoàn kết các lực lượng; Đoàn thẩm định giá đất phối hợp.")
    names = printed(t)
    assert names.count("Tổ tư vấn giám sát công trình") == 2, names
    assert not any(n.startswith(("Tổ chức", "Đoàn kết")) for n in names), names


def test_project_board_named_at_length_or_by_its_number():
    t = ("3. Ban Quản lý dự án đầu tư xây dựng số 2: hoàn thành giải phóng mặt bằng; Ban Quản lý dự án đầu tư"
         " xây dựng công trình giao thông huyện: khởi công tuyến đường (Ban Quản lý dự án đầu tư xây dựng số 2"
         " làm chủ đầu tư).")
    names = printed(t)
    assert names == ["Ban Quản lý dự án đầu tư xây dựng số 2",
                     "Ban Quản lý dự án đầu tư xây dựng công trình giao thông huyện",
                     "Ban Quản lý dự án đầu tư xây dựng số 2"], names


def test_provinces_and_cities_under_the_centre_are_one_class_name():
    t = ("Sở Y tế các tỉnh, thành phố trực thuộc TW báo cáo; Ủy ban nhân dân các tỉnh, thành phố trực thuộc"
         " Trung ương chỉ đạo; UBND thành phố trực thuộc tỉnh thực hiện.")
    names = printed(t)
    assert names[:2] == ["Sở Y tế các tỉnh, thành phố trực thuộc TW",
                         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], names
    assert "UBND thành phố" in names, names


def test_centre_named_in_sentence_case_and_board_over_a_class_of_zones():
    t = ("Giao Trung tâm phục vụ hành chính công tỉnh tiếp nhận hồ sơ; Trung tâm dịch vụ nông nghiệp huyện"
         " phối hợp; Sở Lao động chủ trì, phối hợp Ban Quản lý các Khu kinh tế cửa khẩu rà soát."
         " Trung tâm thành phố đông đúc; Trung tâm hội nghị tỉnh được sửa chữa.")
    names = printed(t)
    assert names[:2] == ["Trung tâm phục vụ hành chính công tỉnh", "Trung tâm dịch vụ nông nghiệp huyện"], names
    assert "Ban Quản lý các Khu kinh tế cửa khẩu" in names, names
    assert not any(n.startswith(("Trung tâm thành", "Trung tâm hội")) for n in names), names


def test_acronym_at_a_name_end_takes_no_lower_case_syllable():
    t = ("Đề nghị Tổng công ty Hóa chất Việt Nam -CTCP nghiên cứu, tiếp thu đầy đủ ý kiến thẩm định;"
         " Công ty CP Than Hà Tu - TKV tổ chức thực hiện.")
    names = printed(t)
    assert names == ["Tổng công ty Hóa chất Việt Nam -CTCP", "Công ty CP Than Hà Tu - TKV"], names


def test_sentence_case_centre_without_a_level_is_a_facility():
    t = "Thu hút đầu tư xây dựng Trung tâm thương mại, Trung tâm thương mại dịch vụ tại các cửa khẩu; Trung tâm y tế huyện Si Ma Cai thực hiện."
    names = printed(t)
    assert not any(n.startswith("Trung tâm thương mại") for n in names), names
    assert "Trung tâm y tế huyện Si Ma Cai" in names, names
