"""The one splitter of the extractors: sentences, clauses and wrapped lines joined back."""
from khparse.extract import prose


def test_sentence_split_keeps_ellipses_and_abbreviations():
    t = ("Xây dựng phim tư liệu... đưa tin đúng giờ. Tại TP. Hồ Chí Minh tốt. Sở LĐTB&XH. "
         "“Toàn dân” tham gia.")
    assert [t[a:b] for a, b in prose.sentences(t, 0, len(t))] == [
        "Xây dựng phim tư liệu... đưa tin đúng giờ.", "Tại TP. Hồ Chí Minh tốt.", "Sở LĐTB&XH.",
        "“Toàn dân” tham gia."]


def test_clauses_are_cut_at_semicolons_and_trimmed():
    t = "- Giảm 5% số vụ tai nạn; không để xảy ra cháy lớn;  100% xã có đội xung kích:"
    assert [t[a:b] for a, b in prose.clauses(t, 0, len(t))] == [
        "Giảm 5% số vụ tai nạn", "không để xảy ra cháy lớn", "100% xã có đội xung kích"]


def test_clause_around_a_span_stops_at_sentence_and_line_ends():
    t = "Hội nghị đã họp. Báo cáo trước ngày 15/5/2024; gửi Sở Y tế\ntổng hợp."
    s = t.index("15/5")
    a, b = prose.clause_around(t, s, s + 9)
    assert t[a:b] == " Báo cáo trước ngày 15/5/2024"


def test_wrapped_lines_join_unless_a_sentence_ended_or_the_caller_refuses():
    t = "1. Tuyên truyền về phòng, chống\nma túy trong trường học.\ncác lớp học được tổ chức\n- tiếp theo\nđến hết năm."
    units = prose.lines(t)
    joined = prose.join_wrapped(t, units, ".:;!?")
    assert [t[a:b] for a, b in joined] == [
        "1. Tuyên truyền về phòng, chống\nma túy trong trường học.",
        "các lớp học được tổ chức",
        "- tiếp theo\nđến hết năm."]
    kept_apart = prose.join_wrapped(t, units, ".:;!?", lambda prev, s, e: not t.startswith("ma", s))
    assert [t[a:b] for a, b in kept_apart][:2] == ["1. Tuyên truyền về phòng, chống", "ma túy trong trường học."]
