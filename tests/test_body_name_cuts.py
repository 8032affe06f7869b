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
