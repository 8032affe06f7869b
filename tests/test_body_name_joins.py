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
