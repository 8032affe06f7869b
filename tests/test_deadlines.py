"""Deadlines: calendar dates with a time cue, dateless rules, and what is not a deadline."""
import pytest

from khparse.extract.deadlines import extract
from khparse.models import Reference
from khparse.outline import Outline
from khparse.pipeline import parse


def _run(text: str, year: int | None = 2018, refs=(), warnings=None):
    return extract(text, Outline([], text_len=len(text), body_end=len(text)), list(refs), year,
                   [] if warnings is None else warnings)


@pytest.mark.parametrize("text, date, kind, shown", [
    ("Hoàn thành chỉ tiêu trước ngày 31/12/2018.", "2018-12-31", "before", "trước ngày 31/12/2018"),
    ("Báo cáo kết quả trước ngày 1/7/2025.", "2025-07-01", "before", "trước ngày 1/7/2025"),
    ("gửi Sở Tư pháp chậm nhất ngày 31-12-2018.", "2018-12-31", "before", "chậm nhất ngày 31-12-2018"),
    ("hạn chót là 31.12.2018.", "2018-12-31", "before", "hạn chót là 31.12.2018"),
    ("xong trước 4⁄3⁄2019".replace("⁄", "/"), "2019-03-04", "before", "xong trước 4/3/2019"),
    ("thời gian hoàn thành trước 15/12/2018.", "2018-12-15", "before", "hoàn thành trước 15/12/2018"),
    ("trình UBND trước ngày 31 tháng 12 năm 2018.", "2018-12-31", "before",
     "trước ngày 31 tháng 12 năm 2018"),
    ("thời gian thực hiện trong tháng 12/2018.", "2018-12", "during", "trong tháng 12/2018"),
    ("Hoàn thành trong quý I/2019.", "2019-Q1", "during", "trong quý I/2019"),
    ("phấn đấu hoàn thành trong năm 2019.", "2019", "during", "trong năm 2019"),
    ("Đoàn kiểm tra làm việc lúc 13h30 ngày 29/4/2026 tại trụ sở.", "2026-04-29", "on",
     "lúc 13h30 ngày 29/4/2026"),
    ("Hội nghị tổ chức vào ngày 15/01/2019.", "2019-01-15", "on", "vào ngày 15/01/2019"),
    ("Các phường hoàn thành từ nay đến ngày 31/12/2018.", "2018-12-31", "before",
     "đến ngày 31/12/2018"),
    ("Thời hạn: 31/12/2018.", "2018-12-31", "before", "Thời hạn: 31/12/2018"),
    ("Thời gian thực hiện: tháng 12/2018.", "2018-12", "during", "Thời gian thực hiện: tháng 12/2018"),
    ("Thời gian hoàn thành: quý I/2019.", "2019-Q1", "before", "Thời gian hoàn thành: quý I/2019"),
])
def test_calendar_deadlines(text, date, kind, shown):
    (d,) = _run(text)
    assert (d.date, d.kind, d.text) == (date, kind, shown)
    assert text[d.span[0]:d.span[1]] == shown and d.rule is None and not d.year_assumed


def test_day_month_without_year_takes_document_year_and_warns():
    warnings = []
    (d,) = _run("Các đơn vị báo cáo trước 15/12.", year=2018, warnings=warnings)
    assert (d.date, d.kind, d.year_assumed) == ("2018-12-15", "before", True)
    assert warnings and "15/12" in warnings[0] and "2018" in warnings[0]


def test_year_guessed_from_date_line_when_header_gave_none():
    text = "Hà Nội, ngày 5 tháng 3 năm 2019\nCác xã báo cáo trước ngày 20 tháng 11."
    (d,) = _run(text, year=None)
    assert d.date == "2019-11-20" and d.year_assumed


def test_fraction_is_not_a_date():
    assert _run("giảm trong 2/3 số xã có tụ điểm") == []


@pytest.mark.parametrize("text, kind, shown, rule", [
    ("Trong thời hạn 05 ngày làm việc, kể từ ngày cấp đăng ký cho doanh nghiệp, Phòng Đăng ký "
     "kinh doanh gửi thông tin", "relative",
     "Trong thời hạn 05 ngày làm việc, kể từ ngày cấp đăng ký cho doanh nghiệp", "P5D"),
    ("gửi hồ sơ trong thời hạn 10 ngày.", "within", "trong thời hạn 10 ngày", "P10D"),
    ("định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.", "periodic", "định kỳ 6 tháng", "FREQ=MONTHLY;INTERVAL=6"),
    # the period of "kỳ báo cáo" is not in the text: no rule to write, and none that repeats it
    ("tổng hợp kết quả (trước ngày 20 của kỳ báo cáo)./.", "periodic", "trước ngày 20 của kỳ báo cáo", None),
    ("Các đơn vị báo cáo hằng quý về Sở.", "periodic", "báo cáo hằng quý", "FREQ=MONTHLY;INTERVAL=3"),
    # the finer of two periods: every yearly report date is also a 3-monthly one
    ("tổng hợp số liệu, định kỳ 3 tháng, hằng năm gửi Sở Y tế.", "periodic", "định kỳ 3 tháng, hằng năm",
     "FREQ=MONTHLY;INTERVAL=3"),
    ("Các trạm quan trắc gửi số liệu mực nước trước 7h30 hằng ngày.", "periodic", "trước 7h30 hằng ngày",
     "FREQ=DAILY;BYHOUR=7;BYMINUTE=30"),
    ("gửi danh sách (trước 10 giờ 00 mỗi ngày).", "periodic", "trước 10 giờ 00 mỗi ngày",
     "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"),
    ("Các chi đoàn báo cáo nhanh hằng tuần (trước 11 giờ thứ Hai) về Huyện Đoàn.", "periodic",
     "báo cáo nhanh hằng tuần (trước 11 giờ thứ Hai)", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=11;BYMINUTE=0"),
])
def test_dateless_rules(text, kind, shown, rule):
    (d,) = _run(text)
    assert (d.date, d.kind, d.text, d.rule) == (None, kind, shown, rule)
    assert d.rule != " ".join(d.text.split())


def test_periodic_report_rules_are_not_calendar_dates():
    text = ("báo cáo kết quả thực hiện theo định kỳ (báo cáo quý trước ngày 15 tháng cuối quý, "
            "báo cáo năm trước ngày 15 tháng 12 hàng năm) gửi về Sở")
    ds = _run(text)
    assert [(d.date, d.kind, d.text, d.rule) for d in ds] == [
        (None, "periodic", "báo cáo quý trước ngày 15 tháng cuối quý",
         "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15"),
        (None, "periodic", "báo cáo năm trước ngày 15 tháng 12 hàng năm", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")]


@pytest.mark.parametrize("text, rule", [
    ("Báo cáo định kỳ hằng tháng trước ngày 20 gửi Sở Nội vụ.", "FREQ=MONTHLY;BYMONTHDAY=20"),
    ("Các xã gửi báo cáo trước ngày 25 hàng tháng.", "FREQ=MONTHLY;BYMONTHDAY=25"),
    ("Định kỳ hằng tháng (trước ngày 18) báo cáo kết quả.", "FREQ=MONTHLY;BYMONTHDAY=18"),
    ("báo cáo tháng trước ngày 05 của tháng sau về Văn phòng.", "FREQ=MONTHLY;BYMONTHDAY=5"),
    ("gửi báo cáo quý trước ngày 10 tháng đầu của quý sau.", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"),
    ("báo cáo 6 tháng trước ngày 15 tháng cuối kỳ.", "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15"),
    ("Tổng hợp, báo cáo trước ngày 15/12 hằng năm.", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"),
    ("gửi kết quả chậm nhất là ngày 31 tháng 01 hằng năm.", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"),
    ("Định kỳ 02 năm tổ chức đánh giá.", "FREQ=YEARLY;INTERVAL=2"),
    ("định kỳ 6 tháng và 01 năm sơ kết.", "FREQ=MONTHLY;INTERVAL=6"),
    ("Báo cáo nhanh kết quả hằng tuần (trước 16 giờ 00 thứ Sáu) về Sở.",
     "FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=0"),
    ("cập nhật số liệu trước 3 giờ chiều hằng ngày.", "FREQ=DAILY;BYHOUR=15;BYMINUTE=0"),
])
def test_periodic_rules_as_rrules(text, rule):
    (d,) = _run(text)
    assert (d.date, d.kind, d.rule, d.working_days, d.counted_from) == (None, "periodic", rule, False, None)


def test_a_yearly_clause_makes_its_yearless_date_a_yearly_rule():
    (d,) = _run("Hằng năm, các sở báo cáo kết quả về UBND tỉnh trước ngày 10 tháng 12.")
    assert (d.date, d.kind, d.text, d.rule) == (None, "periodic", "trước ngày 10 tháng 12",
                                                "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10")


@pytest.mark.parametrize("text, kind, rule, working_days, counted_from", [
    ("trả lời bằng văn bản trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản.", "relative",
     "P5D", True, "ngày nhận được văn bản"),
    ("Trong thời hạn mười lăm ngày, kể từ ngày nhận được kiến nghị, cơ quan phải trả lời.", "relative",
     "P15D", False, "ngày nhận được kiến nghị"),
    ("báo cáo trong vòng 24 giờ kể từ khi phát hiện dịch bệnh.", "relative", "PT24H", False,
     "khi phát hiện dịch bệnh"),
    ("chậm nhất 05 ngày làm việc kể từ ngày phê duyệt để theo dõi.", "relative", "P5D", True, "ngày phê duyệt"),
    ("gửi giấy mời chậm nhất 03 ngày trước khi tổ chức hội nghị.", "relative", "-P3D", False,
     "khi tổ chức hội nghị"),
    ("nộp hồ sơ sau 2 tuần kể từ ngày thông báo.", "relative", "P2W", False, "ngày thông báo"),
    ("Thời gian thực hiện không quá 24 tháng.", "within", "P24M", False, None),
    ("hoàn thiện hồ sơ trong thời gian 05 ngày làm việc.", "within", "P5D", True, None),
])
def test_within_and_relative_rules_as_durations(text, kind, rule, working_days, counted_from):
    (d,) = _run(text)
    assert (d.date, d.kind, d.rule, d.working_days, d.counted_from) == (
        None, kind, rule, working_days, counted_from)


@pytest.mark.parametrize("text", [
    "Thực hiện Kế hoạch số 25/KH-UBND ngày 23/1/2018 của UBND thành phố.",
    "căn cứ Quyết định số 33/2016/QĐ-UBND ngày 06 tháng 9 năm 2016 của Ủy ban nhân dân thành phố",
    "Kế hoạch phòng, chống mại dâm giai đoạn 2016 - 2020 trên địa bàn",
    "nhiệm vụ phòng, chống mại dâm năm 2018 trên địa bàn thành phố",
    "quy hoạch ngành nghề kinh doanh karaoke đến năm 2030.",
    "Quyết định này có hiệu lực kể từ ngày 01/01/2019.",
    "Hà Nội, ngày 31 tháng 12 năm 2018",
    "Thứ năm 25/10/2018 16:31",
    "Cao Bằng: đẩy mạnh công tác phòng, chống tệ nạn Ngày đăng: 15/03/2019",
    "Ngày 4/3/2019, UBND tỉnh ban hành Kế hoạch số 632/KH-UBND.",
    "khám sức khỏe định kỳ đối với nhân viên; đánh giá hàng năm của tập thể",
])
def test_not_deadlines(text):
    assert _run(text) == []


def test_cited_date_from_references_is_skipped_even_after_a_cue():
    text = "hoàn thành trước ngày 23/1/2018"
    ref = Reference(number="x", date="2018-01-23", text=text[20:], span=(20, len(text)))
    assert _run(text, refs=[ref]) == []


def test_a_long_reference_span_hides_only_its_own_date():
    text = "theo Kế hoạch số 25/KH-UBND ngày 23/1/2018 về kiểm tra năm 2018 trước ngày 01/12/2018."
    ref = Reference(number="25/KH-UBND", date="2018-01-23", text=text[5:-1], span=(5, len(text) - 1))
    assert [d.date for d in _run(text, refs=[ref])] == ["2018-12-01"]


def test_schedule_cells_of_a_task_table():
    text = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n"
            "| 1 | Tuyên truyền | Sở TT&TT | Quý II/2019 |\n"
            "| 2 | Kiểm tra cơ sở | Công an tỉnh | 30/6/2019 |\n"
            "| 3 | Sơ kết | Sở LĐTB&XH | Năm 2019 |\n"
            "Tổ chức hội thi\nSở Tư pháp\nTháng 6/2019\n")
    assert [(d.date, d.kind, d.text) for d in _run(text)] == [
        ("2019-Q2", "during", "Quý II/2019"), ("2019-06-30", "before", "30/6/2019"),
        ("2019", "during", "Năm 2019"), ("2019-06", "during", "Tháng 6/2019")]


def test_pdf_tail_of_a_date_line_is_not_a_cell():
    assert _run("Lục Nam, ngày\ntháng 9 năm 2022\nKính gửi") == []


def test_end_of_period_but_not_a_horizon():
    ds = _run("triển khai đến hết tháng 12/2019; đến hết năm 2020; quy hoạch đến năm 2030")
    assert [(d.date, d.kind, d.text) for d in ds] == [("2019-12", "before", "đến hết tháng 12/2019")]


def test_yearly_day_month_rule_is_periodic():
    (d,) = _run("các xã báo cáo trước ngày 15/12 hằng năm")
    assert (d.date, d.kind) == (None, "periodic")


def test_date_without_year_in_a_clause_opened_by_a_yearly_rule_is_periodic():
    text = ("Giao Sở Y tế hoàn thành trước ngày 30/9/2024; hằng năm tổng hợp, gửi kết quả về "
            "Bộ Y tế trước ngày 20 tháng 11.")
    got = [(d.date, d.kind, d.text) for d in _run(text, year=2024)]
    assert got == [("2024-09-30", "before", "hoàn thành trước ngày 30/9/2024"),
                   (None, "periodic", "trước ngày 20 tháng 11")]
    # the same date in a clause without a yearly rule is this year's deadline
    (d,) = _run("Các xã gửi kết quả về Bộ Y tế trước ngày 20 tháng 11.", year=2024)
    assert (d.date, d.kind) == ("2024-11-20", "before")


def test_outside_body_is_ignored():
    text = "Hạn chót trước ngày 5/1/2019\nNội dung: nộp trước ngày 31/12/2018."
    ds = extract(text, Outline([], header_end=29, body_end=len(text), text_len=len(text)), [],
                 2018, [])
    assert [d.date for d in ds] == ["2018-12-31"]


def test_news_article_sample(samples):
    plan = parse(samples / "seed000.txt")
    dated = [d.date for d in plan.deadlines if d.date]
    assert dated == ["2018-12-31", "2018-12-01", "2018-12-15", "2018-12-15", "2018-12-15",
                     "2018-12-31", "2018-12"]
    assert plan.deadlines[-1].text == "trong tháng 12/2018"


def test_plan_sample_has_rules_only(samples):
    plan = parse(samples / "seed002.txt")
    assert all(d.date is None for d in plan.deadlines)
    assert {d.kind for d in plan.deadlines} == {"periodic", "relative"}


def test_month_after_vao_is_during_and_periodic_keeps_its_dated_parentheses():
    ds = _run("- Tổ chức sơ kết 6 tháng vào tháng 6/2021.\n- Báo cáo kết quả định kỳ 6 tháng "
              "(trước ngày 15/6) và năm (trước ngày 15/12) về Sở.", year=2021)
    assert [(d.date, d.kind, d.text) for d in ds] == [
        ("2021-06", "during", "vào tháng 6/2021"), (None, "periodic", "định kỳ 6 tháng"),
        ("2021-06-15", "before", "trước ngày 15/6"), ("2021-12-15", "before", "trước ngày 15/12")]


def test_an_event_already_held_is_news_not_a_deadline():
    assert _run("Vào ngày 20/12/2019, Sở đã tổ chức hội nghị tổng kết.", year=2019) == []
    (d,) = _run("Hội nghị tổng kết được tổ chức vào ngày 20/12/2019.", year=2019)
    assert d.kind == "on"


def test_fraction_slash_date_through_the_reader():
    from khparse.readers import read
    doc = read("Các xã báo cáo xong trước 4\u20443\u20442019.".encode())
    (d,) = _run(doc.text)
    assert (d.date, d.text) == ("2019-03-04", "xong trước 4/3/2019")


@pytest.mark.parametrize("text, shown", [
    ("Các đơn vị hoàn thành trước\nngày 31/12/2018 và báo cáo.", "hoàn thành trước\nngày 31/12/2018"),
    ("Tổng hợp kết quả trước\n\nngày 31/12/2018 gửi Sở.", "trước\n\nngày 31/12/2018"),
])
def test_cue_cut_from_its_date_by_a_line_or_page_break(text, shown):
    (d,) = _run(text)
    assert (d.date, d.text) == ("2018-12-31", shown)


def test_cited_date_cut_by_a_line_break_stays_excluded():
    assert _run("thực hiện theo Kế hoạch số 25/KH-UBND\nngày 23/1/2018 của UBND.") == []


def test_half_year_is_a_calendar_period_not_a_relative_rule():
    (d,) = _run("hoàn thành trong thời gian 6 tháng đầu năm 2019.")
    assert (d.date, d.kind, d.text) == ("2019-H1", "during", "trong thời gian 6 tháng đầu năm 2019")


@pytest.mark.parametrize("text", [
    "Theo dự báo của Trung tâm Khí tượng, từ ngày 12/01 đến ngày 18/01/2025 có đợt rét đậm, rét hại.",
    "Theo báo cáo của Sở Y tế, từ ngày 01/7 đến ngày 30/9/2024 toàn tỉnh ghi nhận 120 ca sốt xuất huyết.",
    "Tính đến ngày 30/9/2024, toàn huyện có 95% trẻ em được tiêm đủ mũi.",
])
def test_a_reported_period_end_is_no_deadline(text):
    assert [d.date for d in _run(text, year=2024)] == []


@pytest.mark.parametrize("text", [
    "Các xã ra quân tổng vệ sinh môi trường từ ngày 01/12 đến ngày 15/12/2024.",
    "1. Thời gian: từ ngày 02/9/2024 đến ngày 08/9/2024 tại Nhà văn hóa huyện.",
    "Đợt cao điểm kiểm tra diễn ra từ 10/11 đến hết ngày 25/11/2024.",
    "Tổ chức chiến dịch từ tháng 10 đến hết tháng 12/2024.",
])
def test_the_end_of_a_from_to_range_is_a_period_not_a_deadline(text):
    # dev NOTES: periods are not deadlines; "đến ngày …" closing "từ … đến …" ends a period
    assert [d.date for d in _run(text, year=2024)] == []


@pytest.mark.parametrize("text", [
    "2. Đề nghị Sở Tài chính bố trí vốn đối ứng cho các xã trong năm 2026.",
    "Các trường tiếp tục nhân rộng mô hình thư viện xanh trong năm 2025.",
])
def test_a_bare_year_after_trong_is_a_horizon(text):
    assert [d.date for d in _run(text, year=2024)] == []


@pytest.mark.parametrize("text, date", [
    ("Phòng Nội vụ hoàn thành trong năm 2025 việc sắp xếp thôn, tổ dân phố.", "2025"),
    ("Các xã làm xong trước năm 2026.", "2026"),
])
def test_a_year_with_a_completion_cue_stays_a_deadline(text, date):
    assert [d.date for d in _run(text, year=2024)] == [date]


@pytest.mark.parametrize("sep", ["\t", "\n", "\n\n"])
def test_an_office_named_kế_hoạch_before_a_date_cell_cites_no_document(sep):
    text = sep.join(["STT", "Nội dung", "Cơ quan phối hợp", "Thời hạn"]) + "\n" + sep.join(
        ["1", "Xây dựng dự toán chi thường xuyên năm 2025", "Phòng Tài chính - Kế hoạch", "Tháng 11/2024"]) + "\n"
    assert [(d.date, d.text) for d in _run(text, year=2024)] == [("2024-11", "Tháng 11/2024")]


def test_a_cited_plan_without_number_keeps_its_date_out():
    assert _run("Thực hiện Kế hoạch ngày 12/3/2024 của UBND tỉnh, các huyện báo cáo.", year=2024) == []


CONCLUSION = """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp về phòng, chống dịch tả lợn châu Phi

Vào lúc 08h30 ngày 12/3/2025, tại trụ sở UBND huyện, Chủ tịch UBND huyện chủ trì cuộc họp về phòng, chống dịch tả lợn châu Phi.

Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:
1. Phòng Nông nghiệp tổ chức tiêm phòng, hoàn thành trước ngày 31/3/2025.
2. Tổ chức hội nghị sơ kết vào lúc 14h00 ngày 20/4/2025 tại hội trường UBND huyện.
"""


def test_the_meeting_a_conclusion_records_is_past():
    text = CONCLUSION
    header_end = text.index("Vào lúc")
    outline = Outline([], text_len=len(text), header_end=header_end, body_end=len(text))
    ds = extract(text, outline, [], 2025, [])
    assert [(d.date, d.kind) for d in ds] == [("2025-03-31", "before"), ("2025-04-20", "on")]


def test_a_meeting_set_in_a_plan_is_a_deadline():
    text = ("KẾ HOẠCH\nTổ chức hội nghị tổng kết\n\nVào lúc 08h00 ngày 15/12/2025, UBND huyện tổ chức "
            "hội nghị tổng kết công tác năm 2025 do Chủ tịch UBND huyện chủ trì.\n")
    (d,) = _run(text, year=2025)
    assert (d.date, d.kind) == ("2025-12-15", "on")


SCHEDULE = """PHỤ LỤC
DANH MỤC NHIỆM VỤ
STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Ghi chú
1 Rà soát, cập nhật danh mục thủ tục hành chính Văn phòng UBND tỉnh Các sở, ngành Tháng 5/2025
2 Triển khai Quyết định số 15/QĐ-UBND ngày 10/01/2025 của UBND tỉnh Sở Nội vụ Các huyện Quý II/2025
3 Đánh giá chỉ số hài lòng Sở Nội vụ Bưu điện tỉnh 30/11/2025 Báo cáo
4 Tập huấn kỹ năng số hằng năm Sở Thông tin và Truyền thông Các huyện Năm 2025

Ghi chú: các đơn vị báo cáo tháng 6/2025.
"""


def test_dates_in_rows_of_a_flattened_schedule_table():
    ds = _run(SCHEDULE, year=2025)
    assert [(d.date, d.kind, d.text) for d in ds] == [
        ("2025-05", "during", "Tháng 5/2025"),
        ("2025-Q2", "during", "Quý II/2025"),
        ("2025-11-30", "before", "30/11/2025"),
    ]  # the cited decision's date, the bare year and the note after the table are no row cells


@pytest.mark.parametrize("text, date, kind, shown", [
    ("Các xã gửi danh sách về Phòng Nội vụ trước 16 giờ 30 ngày 22/11/2024.", "2024-11-22", "before",
     "trước 16 giờ 30 ngày 22/11/2024"),
    ("Nộp hồ sơ dự thi trước 17h00, ngày 05/12/2024.", "2024-12-05", "before",
     "trước 17h00, ngày 05/12/2024"),
    ("Đăng ký tham gia không muộn hơn ngày 30/11/2024.", "2024-11-30", "before",
     "không muộn hơn ngày 30/11/2024"),
    ("Hạn cuối nộp báo cáo tổng kết: 10/01/2025.", "2025-01-10", "before",
     "Hạn cuối nộp báo cáo tổng kết: 10/01/2025"),
    ("Hoàn thành việc lắp đặt camera vào cuối quý II/2025.", "2025-Q2", "during", "vào cuối quý II/2025"),
    ("Tổ chức tập huấn trong tuần đầu tháng 3/2025.", "2025-03", "during", "trong tuần đầu tháng 3/2025"),
    ("Hội diễn vào tuần cuối của tháng 11/2024.", "2024-11", "during", "vào tuần cuối của tháng 11/2024"),
    ("Hội thi được tổ chức vào ngày 26/3/2025 tại Nhà Văn hóa.", "2025-03-26", "on", "vào ngày 26/3/2025"),
    ("Lễ ra quân khai mạc ngày 02/01/2025 tại quảng trường.", "2025-01-02", "on", "khai mạc ngày 02/01/2025"),
    ("Trình HĐND huyện trước ngày 15/12 năm 2024.", "2024-12-15", "before", "trước ngày 15/12 năm 2024"),
])
def test_more_ways_to_set_a_limit(text, date, kind, shown):
    (d,) = _run(text, year=2024)
    assert (d.date, d.kind, d.text) == (date, kind, shown)
    assert text[d.span[0]:d.span[1]] == shown


@pytest.mark.parametrize("text", [
    "Phấn đấu đến cuối năm 2025, tỷ lệ hộ dùng nước sạch đạt 90%.",   # a horizon, not a limit
    "Ngày 15/3/2024, UBND huyện đã tổ chức hội nghị triển khai nhiệm vụ.",
    "Hội nghị đã khai mạc ngày 02/01/2024 tại Hội trường tỉnh.",
])
def test_horizons_and_past_events_stay_out(text):
    assert [d.date for d in _run(text, year=2024)] == []


def test_dates_in_a_results_part_tell_when_things_happened():
    from khparse.readers import read
    from khparse.sections import build_outline
    doc = read(("UBND HUYỆN X\nSố: 40/BC-UBND\nBÁO CÁO\nKết quả chiến dịch tiêm chủng năm 2025\n"
                "I. KẾT QUẢ THỰC HIỆN\n1. Vào ngày 15/3/2025, UBND huyện tổ chức lễ ra quân; chiến dịch "
                "hoàn thành trước ngày 30/4/2025.\n"
                "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Trung tâm Y tế tổ chức tiêm bù, hoàn thành trước ngày "
                "30/6/2025.\n").encode())
    ds = extract(doc.text, build_outline(doc), [], 2025, [])
    assert [d.date for d in ds] == ["2025-06-30"]


def test_the_working_session_a_notice_of_directions_records_is_past():
    text = ("THÔNG BÁO\nÝ kiến chỉ đạo của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Y\n\n"
            "Chiều ngày 03/6/2025, lúc 14 giờ 00 ngày 03/6/2025, Chủ tịch UBND tỉnh làm việc với UBND "
            "huyện Y về tiến độ giải ngân vốn đầu tư công.\n\n"
            "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n"
            "1. UBND huyện Y hoàn thành giải phóng mặt bằng trước ngày 30/7/2025.\n")
    outline = Outline([], text_len=len(text), header_end=text.index("Chiều"), body_end=len(text))
    ds = extract(text, outline, [], 2025, [])
    assert [(d.date, d.kind) for d in ds] == [("2025-07-30", "before")]


@pytest.mark.parametrize("table", [
    # one cell per line (a Word table read cell by cell)
    "STT\nThời gian\nHoạt động\nĐơn vị chủ trì\n1\nNgày 26/3/2024\nMít tinh kỷ niệm Ngày thành lập Đoàn\n"
    "Ban Tuyên giáo\n2\nTháng 4/2024\nHội thi tin học trẻ\nBan Thanh niên trường học\n",
    # a markdown-like row per line
    "| STT | Thời gian | Hoạt động | Đơn vị chủ trì |\n| 1 | Ngày 26/3/2024 | Mít tinh kỷ niệm Ngày "
    "thành lập Đoàn | Ban Tuyên giáo |\n| 2 | Tháng 4/2024 | Hội thi tin học trẻ | Ban Thanh niên trường học |\n",
])
def test_programme_event_date_cells_are_on_that_day(table):
    got = [(d.date, d.kind, d.text) for d in _run(table, year=2024)]
    assert got == [("2024-03-26", "on", "Ngày 26/3/2024"), ("2024-04", "during", "Tháng 4/2024")]


def test_a_date_line_in_prose_is_not_a_cell():
    text = "Ngày 26/3/2024 là ngày kỷ niệm 93 năm thành lập Đoàn.\n"
    assert _run(text, year=2024) == []


@pytest.mark.parametrize("text", [
    "Giấy phép sử dụng vật liệu nổ công nghiệp số 12/GP-BCT cấp cho Công ty X có thời hạn đến hết ngày 14/9/2027.",
    "Chứng chỉ hành nghề giám sát hạng II, có giá trị đến ngày 02/3/2028.",
    "Thời hạn ủy quyền: kể từ ngày ký đến hết ngày 31 tháng 3 năm 2027.",
    "Số liệu được tính từ ngày hợp đồng có hiệu lực đến ngày 30/6/2026.",
    "Theo hồ sơ, thời hạn kiểm định của xe bồn đến hết tháng 11/2026.",
])
def test_the_end_of_a_validity_is_no_deadline(text):
    assert [d for d in _run(text, year=2026) if d.date] == []


def test_a_status_date_that_opens_a_report_is_no_deadline():
    text = "Trên cơ sở báo cáo của các huyện, Sở Nông nghiệp tổng hợp kết quả đến ngày 05/10/2025 như sau:"
    assert _run(text, year=2025) == []


def test_a_limit_next_to_a_validity_clause_is_kept():
    text = ("Giấy phép của Công ty có thời hạn đến ngày 30/9/2026; đề nghị Công ty hoàn thành hồ sơ gia hạn "
            "đến ngày 15/8/2026.")
    assert [d.date for d in _run(text, year=2026)] == ["2026-08-15"]


def test_table_dates_before_the_documents_year_record_facts():
    text = ("DANH SÁCH HỌC VIÊN\nTT\nHọ và tên\nNgày sinh\nNgày nhận hồ sơ\n1\nTrần Văn Bình\n14/02/1988\n"
            "03/11/2024\n2\nHà Thị Mai\n30/9/1991\n17/12/2024\n"
            "| 1 | Nộp báo cáo tổng kết | Phòng Kinh tế | 20/12/2025 |\n")
    assert [d.date for d in _run(text, year=2025)] == ["2025-12-20"]


@pytest.mark.parametrize("text, date, kind", [
    ("2. Thời gian làm việc: Ngày 14 tháng 5 năm 2026 (thứ Năm)", "2026-05-14", "on"),
    ("Thời gian tập huấn dự kiến: tháng 10/2025.", "2025-10", "during"),
])
def test_a_time_line_that_names_the_work(text, date, kind):
    (d,) = _run(text, year=2026)
    assert (d.date, d.kind) == (date, kind)


def test_a_signature_stamp_time_is_no_deadline():
    assert _run("Người ký: Nguyễn Văn A\nThời gian ký: 02.04.2026 09:15", year=2026) == []


@pytest.mark.parametrize("text", [
    # a practising certificate and a vehicle's registration, written without "có"
    "Chứng chỉ hành nghề khảo sát xây dựng hạng II số HNI-00012345, thời hạn đến 12/10/2028.",
    "Giấy chứng nhận huấn luyện số 45/HL do Trung tâm Y cấp ngày 02/5/2026, giá trị đến 02/5/2028.",
    "Giấy phép lái xe của ông Lê Văn Tám chỉ còn giá trị đến ngày 14/01/2027.",
    "Xe bồn biển số 29C-123.45 có niên hạn sử dụng đến 31/12/2035.",
])
def test_a_validity_written_right_before_den_is_no_deadline(text):
    assert [d for d in _run(text, year=2026) if d.date] == []


def test_a_limit_line_with_its_colon_and_an_extension_are_kept():
    text = ("Thời hạn: đến hết ngày 20/9/2026.\n"
            "Đề nghị Hợp tác xã hoàn thiện hồ sơ gia hạn đến ngày 05/9/2026.")
    assert [d.date for d in _run(text, year=2026)] == ["2026-09-20", "2026-09-05"]


def test_the_session_a_record_opens_with_is_no_deadline():
    text = ("Hôm nay, vào lúc 09 giờ 15 phút, ngày 03 tháng 9 năm 2026, tại trụ sở Công ty, Đoàn "
            "thẩm định tiến hành làm việc.\nĐoàn làm việc tại hiện trường vào ngày 10/9/2026.")
    assert [d.date for d in _run(text, year=2026)] == ["2026-09-10"]


@pytest.mark.parametrize("text", [
    "Mùa khô kéo dài đến tháng 3, mùa mưa bắt đầu vào tháng 5.",
    "Nhiệt độ thấp nhất vào tháng 1, độ ẩm cao nhất vào tháng 8.",
])
def test_the_months_of_a_climate_description_are_no_deadlines(text):
    assert [d for d in _run(text, year=2026) if d.date] == []


def test_a_month_to_do_work_is_kept_beside_the_seasons():
    text = "Công ty hoàn thành san gạt mặt bằng vào tháng 10 trước mùa mưa năm sau."
    assert [d.date for d in _run(text, year=2026)] == ["2026-10"]


def test_date_cells_of_a_record_column_are_no_deadlines(tmp_path):
    import docx
    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "SỞ XÂY DỰNG TỈNH HÀ GIANG\nSố: 812/SXD-QLCL\nV/v bổ sung hồ sơ cấp phép vận chuyển"
    head.cell(0, 1).text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                            "Hà Giang, ngày 02 tháng 9 năm 2026")
    d.add_paragraph("Kính gửi: Công ty TNHH Vận tải Minh Châu.")
    d.add_paragraph("Ngày 25/8/2026, Sở Xây dựng nhận được hồ sơ đề nghị cấp giấy phép vận chuyển hàng hóa "
                    "nguy hiểm của Công ty TNHH Vận tải Minh Châu. Sau khi xem xét, đối chiếu với quy định hiện "
                    "hành về điều kiện của phương tiện và người điều khiển phương tiện, Sở Xây dựng có ý kiến "
                    "như sau. Công ty đã nộp danh sách phương tiện như sau:")
    for rows, after in [([["TT", "Phương tiện", "Hạn kiểm định"], ["1", "Ô tô tải thùng kín", "15/04/2027"],
                          ["2", "Sơ mi rơ moóc bồn", "09/2027"]],
                         "Đề nghị Công ty bổ sung hồ sơ trước ngày 20/9/2026 và thực hiện các nội dung sau:"),
                        ([["TT", "Nội dung", "Thời gian hoàn thành"], ["1", "Lắp đặt biển báo", "30/11/2026"]],
                         "Sở Xây dựng thông báo để Công ty biết, thực hiện./.")]:
        t = d.add_table(rows=len(rows), cols=3)
        for r, cells in enumerate(rows):
            for c, v in enumerate(cells):
                t.cell(r, c).text = v
        d.add_paragraph(after)
    d.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    f = tmp_path / "ho-so.docx"
    d.save(f)
    # the schedule column's cell stays; the inspection column's cells are the vehicles' record
    assert [x.date for x in parse(f).deadlines] == ["2026-09-20", "2026-11-30"]


@pytest.mark.parametrize("text", [
    "Mỏ cát sông Chảy: Giấy phép số 412/GP-UBND ngày 03/8/2019 đến ngày 03/8/2029, đề nghị đưa ra khỏi quy hoạch.",
    "Mỏ đá vôi Km5: GPKT số 77/GPKT-UBND ngày 11/3/2022 hết hạn 11/3/2034.",
])
def test_a_licence_term_in_a_list_of_mines_is_no_deadline(text):
    assert [d for d in _run(text, year=2026) if d.date] == []


def test_a_time_over_before_the_document_was_issued_is_told_of_not_set():
    text = ("Nhà máy gạch Tuynel được đầu tư vào tháng 5/2014 và nâng công suất vào tháng 3/2024. "
            "Đoàn công tác sẽ kiểm tra hiện trường vào ngày 08/10/2024, trong tháng 10/2024.")
    got = extract(text, Outline([], text_len=len(text), body_end=len(text)), [], 2024, [],
                  issued="2024-09-20")
    assert [(d.date, d.kind) for d in got] == [("2024-10-08", "on"), ("2024-10", "during")]
    # with no issue date (a draft) nothing is known to be over
    assert len(_run(text, year=2024)) == 4


@pytest.mark.parametrize("text, date", [
    ("Tiến độ: khởi công trong quý II/2025, trong năm 2026 sẽ hoàn thành toàn bộ hạng mục nhà xưởng.", "2026"),
    ("Đến năm 2027, hoàn thành việc di dời các cơ sở sản xuất ra khỏi khu dân cư.", "2027"),
    ("Trong năm 2025 phải hoàn thành dứt điểm việc cấp giấy chứng nhận cho các hộ.", "2025"),
])
def test_a_year_the_completion_verb_follows_is_a_deadline(text, date):
    # a completion verb right after the year ("trong năm 2026 sẽ hoàn thành …") governs it too
    assert [d.date for d in _run(text, year=2024) if d.date and len(d.date) == 4] == [date]


@pytest.mark.parametrize("text", [
    "Tốc độ lấp đầy dự kiến khoảng 20% trong năm 2026 và 60% trong năm 2027.",   # targets
    "Đến năm 2030, tỷ lệ che phủ rừng đạt 60%.",                                  # a horizon
])
def test_a_year_without_completion_verb_stays_a_horizon(text):
    assert [d.date for d in _run(text, year=2024)] == []


@pytest.mark.parametrize("text", [
    "Đến ngày 10/4/2025, Sở Xây dựng đã cấp 45 giấy phép xây dựng cho các hộ dân.",
    "Đến hết ngày 31/3/2025, toàn tỉnh vừa hoàn thành việc sáp nhập 12 thôn.",
])
def test_a_date_opening_what_stood_done_is_a_status(text):
    assert [d.date for d in _run(text, year=2025)] == []


def test_a_limit_after_den_ngay_is_kept_when_nothing_is_told_as_done():
    text = "Đến ngày 30/6/2025, các xã phải hoàn thành việc rà soát hộ nghèo."
    assert [d.date for d in _run(text, year=2025)] == ["2025-06-30"]


@pytest.mark.parametrize("text", [
    "Mỏ đá được cấp phép với thời hạn khai thác đến hết năm 2035 và công suất 50.000 m3/năm; "
    "thời hạn khai thác dự kiến đến ngày 15/10/2035.",
    "Thời gian vận hành thử nghiệm 6 tháng, thời hạn vận hành đến hết ngày 30/4/2027 hoặc đến khi có "
    "giấy phép chính thức.",
])
def test_the_term_of_a_licensed_operation_is_no_deadline(text):
    assert [d.date for d in _run(text, year=2025) if d.date] == []


@pytest.mark.parametrize("text", [
    "Phấn đấu tỷ lệ đô thị hóa đạt khoảng 45% vào năm 2030 và 60% vào năm 2045.",
    "Công suất điện mặt trời mái nhà đạt khoảng 2.600 MW vào năm 2035.",
])
def test_a_bare_year_after_vao_is_a_horizon(text):
    assert [d.date for d in _run(text, year=2025)] == []


def test_a_year_after_vao_with_a_completion_verb_stays_a_limit():
    text = "Dự án nâng cấp tuyến đê phải hoàn thành vào năm 2027."
    assert [d.date for d in _run(text, year=2025)] == ["2027"]


@pytest.mark.parametrize("text", [
    "| 12 | Mỏ sét Đồng Tâm | 4,5 | 88/GP-UBND (gia hạn GP số 301/GP-UBND ngày 02/3/2015) ngày 7/9/2023 đến ngày 30/9/2030 |",
    "| 13 | Mỏ đá Khe Lim | 2,1 | 240/GP-UBND ngày 5/5/2016 hạn đến 5/5/2036 |",
    "| 14 | Mỏ cát Nà Hang | 1,3 | 19/GP-UBND (điều chỉnh lần 2) Thời hạn: đến 22/8/2029 |",
    "Điểm mỏ đất san lấp thôn Khe Cạn được cấp phép ngày 14/3/2012, đến tháng 3/2013 thì đóng cửa mỏ.",
])
def test_a_licence_term_in_a_table_of_mines_is_no_deadline(text):
    assert [d.date for d in _run(text, year=2026) if d.date] == []


@pytest.mark.parametrize("text, date", [
    ("Thời hạn: đến ngày 30/9/2026.", "2026-09-30"),
    ("Đề nghị Công ty hoàn thiện hồ sơ gia hạn giấy phép, gửi về Sở hạn đến ngày 15/10/2026.", "2026-10-15"),
    ("Các đơn vị gia hạn đến ngày 20/11/2026 để nộp bổ sung hồ sơ.", "2026-11-20"),
])
def test_a_limit_line_without_a_licence_stays_a_limit(text, date):
    assert [d.date for d in _run(text, year=2026) if d.date] == [date]


def test_a_limit_still_ahead_in_a_results_part_is_kept():
    from khparse.readers import read
    from khparse.sections import build_outline
    doc = read(("UBND HUYỆN Y\nSố: 77/BC-UBND\nBÁO CÁO\nTình hình cấp giấy chứng nhận quyền sử dụng đất\n"
                "I. KẾT QUẢ THỰC HIỆN\n1. Ngày 02/3/2025 Phòng Tài nguyên đã hoàn thành đo đạc trước ngày "
                "30/4/2025 theo kế hoạch.\n"
                "II. KHÓ KHĂN, VƯỚNG MẮC\n1. Còn 14 thửa đất chưa có hồ sơ; theo Luật Đất đai, các thửa này "
                "phải được đăng ký trước ngày 31/12/2025. Vật tư tồn kho: mốc bê tông, thời hạn tháng 6/2027.\n"
                ).encode())
    ds = extract(doc.text, build_outline(doc), [], 2025, [], issued="2025-05-12")
    assert [d.date for d in ds] == ["2025-12-31"]
    # with no issue date nothing is known to lie ahead
    assert extract(doc.text, build_outline(doc), [], 2025, []) == []


def test_the_items_of_a_validity_list_share_its_lead():
    text = ("Các xe còn hạn đăng kiểm; niên hạn sử dụng theo sổ kiểm định: xe bồn 29C-11223 đến 20/3/2032; "
            "xe đầu kéo 29C-44556 đến 08/9/2034. Đề nghị Công ty nộp bản sao sổ kiểm định trước ngày 15/7/2026.")
    assert [d.date for d in _run(text, year=2026) if d.date] == ["2026-07-15"]


def test_a_limit_after_a_semicolon_with_no_shared_lead_stays():
    text = "Giấy phép của xưởng còn hiệu lực; các tổ sản xuất hoàn thành bảo dưỡng từ nay đến ngày 30/8/2026."
    assert [d.date for d in _run(text, year=2026) if d.date] == ["2026-08-30"]


@pytest.mark.parametrize("row, date", [
    ("2     Công ty CP Gạch ngói Đồng Nai       Xã Tân Hòa, tỉnh Đồng Nai        14/10/2026        03 ngày", "2026-10-14"),
    ("5     Hợp tác xã Thành Công     Thôn 3, xã Ea Tu        Ngày 21/10/2026     02 ngày", "2026-10-21"),
])
def test_a_date_cell_of_a_table_laid_out_with_spaces(row, date):
    # a header wrapped over two lines and a row wrapped over three: no "STT … Thời gian" row frame
    header = ("      Tên đơn vị được                            Thời gian kiểm tra     Thời hạn\n"
              "TT    kiểm tra           Địa chỉ\n")
    wrapped = "      (cơ sở sản xuất)\n" + row + "\n      Chi nhánh số 2\n"
    assert [d.date for d in _run(header + wrapped, year=2026) if d.date] == [date]


def test_a_date_inside_prose_is_no_space_laid_cell():
    text = "Ngày 14/10/2026 Đoàn kiểm tra làm việc tại xã Tân Hòa.\n"
    assert [d.date for d in _run(text, year=2026) if d.date] == []


@pytest.mark.parametrize("text, date, kind", [
    ("Thời gian tập huấn: dự kiến ngày 12/11/2026 tại Trung tâm hội nghị tỉnh.", "2026-11-12", "on"),
    ("Thời gian kiểm tra: dự kiến vào tháng 10/2026.", "2026-10", "during"),
])
def test_a_planned_time_after_the_colon_of_a_time_line(text, date, kind):
    assert [(d.date, d.kind) for d in _run(text, year=2026) if d.date] == [(date, kind)]


def test_a_date_broken_over_two_lines_is_no_space_laid_cell():
    text = ("Khu vực Đồi Mây, xã Tân Lập                                   tấn\n"
            "nguyên                                                         quý\n"
            "2   Tỉnh Y (Đề án cấp mới)                              99,3               1.043\n")
    assert [d.date for d in _run(text, year=2026) if d.date] == []


def test_a_progress_schedule_gives_each_phase_end(tmp_path):
    """An investment decision's "Tiến độ thực hiện" clause: the end of every "Từ … đến …" range and
    the date a phase's colon gives are limits; a range's start is none (other wording, months)."""
    f = tmp_path / "qd.txt"
    f.write_text(
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 812/QĐ-UBND\nHà Giang, ngày 02 tháng 3 năm 2027\n"
        "QUYẾT ĐỊNH\nChấp thuận chủ trương đầu tư dự án Nhà máy chế biến chè Bắc Mê\n"
        "Điều 1. Chấp thuận chủ trương đầu tư dự án với các nội dung sau:\n"
        "1. Tên dự án: Nhà máy chế biến chè Bắc Mê.\n"
        "2. Tiến độ thực hiện dự án:\n"
        "- Hoàn thiện thủ tục đất đai, môi trường: Từ tháng 4/2027 đến tháng 9/2027.\n"
        "- Khởi công xây dựng: Quý IV/2027.\n"
        "- Đưa nhà máy vào vận hành thương mại: Từ quý 1/2029.\n"
        "Điều 2. Sở Tài chính theo dõi, giám sát việc thực hiện dự án.\n", encoding="utf-8")
    got = [(d.date, d.kind) for d in parse(f).deadlines if d.date]
    assert got == [("2027-09", "before"), ("2027-Q4", "during")]


def test_a_progress_line_outside_a_schedule_heading():
    text = ("- Tiến độ thực hiện: giai đoạn chuẩn bị từ tháng 02/2026 đến tháng 8/2026; "
            "xây dựng từ Quý IV/2026 đến Quý III/2027.")
    assert [d.date for d in _run(text, 2026) if d.date] == ["2026-08", "2027-Q3"]


def test_a_blank_day_signing_line_is_no_deadline(tmp_path):
    """A Phiếu trình's signature boxes carry "Ngày … tháng 5 năm 2027", left to be filled in."""
    f = tmp_path / "pt.txt"
    f.write_text("VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH\nPHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\n"
                 "I. NỘI DUNG\n1. Sở Tài chính trình dự thảo Nghị quyết về mức chi tiếp khách.\n"
                 "II. ĐỀ XUẤT\nKính đề nghị Lãnh đạo Văn phòng xem xét, cho ý kiến.\n\n"
                 "Ngày ....  tháng 5 năm 2027\nTRƯỞNG PHÒNG\n\nNgày       tháng 5 năm 2027\n"
                 "CHUYÊN VIÊN\n", encoding="utf-8")
    assert [d.date for d in parse(f).deadlines] == []


def test_a_status_date_of_what_came_in_is_no_deadline():
    text = ("Đến ngày 15/4/2027, Văn phòng tiếp nhận được 42 ý kiến góp ý của các cơ quan. "
            "Các sở gửi báo cáo trước ngày 20/5/2027.")
    assert [d.date for d in _run(text, 2027) if d.date] == ["2027-05-20"]


@pytest.mark.parametrize("text", [
    # an issued paper's term after its issue date, the word for term garbled by OCR or plain
    "Giấy chứng nhận đủ điều kiện số 118/GCN do Sở Y tế cấp ngày 14/3/2024 có thòi hạn đến ngày 14/3/2027.",
    "Chứng chỉ hành nghề do Bộ Xây dựng cấp ngày 02/11/2023, có giá trị đến ngày 02/11/2028, được phép giám sát.",
    # a figure that stood at a status date
    "Công tác bồi thường đến 15/5/2025 đạt 31 ha, còn lại 12 ha đang kiểm đếm.",
    "Vốn đầu tư công giải ngân đến ngày 30/9/2025 được 412 tỷ đồng.",
])
def test_terms_and_status_figures_are_not_deadlines(text):
    assert [d for d in _run(text, year=2025) if d.date] == []


def test_a_figure_set_as_an_aim_keeps_its_deadline():
    (d,) = _run("Các xã phấn đấu đến ngày 31/12/2025 đạt 100% hộ dân được sử dụng nước sạch.", year=2025)
    assert d.date == "2025-12-31"
    (d,) = _run("Huyện hoàn thành cấp giấy chứng nhận cho các hộ đến ngày 30/11/2025.", year=2025)
    assert d.date == "2025-11-30"


def test_the_period_a_cited_report_covers_is_no_deadline():
    text = ("Căn cứ Báo cáo số 45/BC-BQL ngày 12/3/2025 của Ban Quản lý dự án về kết quả giải ngân "
            "vốn đầu tư đến tháng 02/2025, Sở Tài chính tổng hợp.")
    assert [d for d in _run(text, year=2025) if d.date] == []
    # a limit set after the citation stays one
    (d,) = _run("Thực hiện Công văn số 45/UBND-KT ngày 12/3/2025 của UBND tỉnh, "
                "các xã hoàn thành rà soát đến ngày 30/4/2025.", year=2025)
    assert d.date == "2025-04-30"


def test_a_records_session_times_are_no_deadlines():
    text = ("BIÊN BẢN\nKiểm tra hiện trường kho xăng dầu\n"
            "Thời gian bắt đầu: 14 giờ 00 ngày 20/5/2025\n"
            "- Kết thúc: 16h30 ngày 20/5/2025\n"
            "Đoàn đề nghị Công ty khắc phục các tồn tại trước ngày 30/6/2025.\n")
    assert [d.date for d in _run(text, year=2025) if d.date] == ["2025-06-30"]
    # a plan's session time is the time set for the work
    plan = "KẾ HOẠCH\nTập huấn an toàn hóa chất\nThời gian bắt đầu: 8h00 ngày 10/6/2025\n"
    assert [d.date for d in _run(plan, year=2025)] == ["2025-06-10"]


def test_the_time_line_of_a_record_is_the_session_it_records():
    text = ("BIÊN BẢN LÀM VIỆC\nVề việc kiểm tra an toàn đập thủy lợi hồ Khe Chè\n"
            "Hôm nay, ngày 12 tháng 5 năm 2025, tại trụ sở Công ty TNHH MTV Thủy lợi Nam Hà.\n"
            "II. THỜI GIAN, ĐỊA ĐIỂM\n"
            "2. Thời gian làm việc: 8 giờ 30 ngày 12/5/2025\n"
            "a) Thời gian: ngày 12 tháng 5 năm 2025\n"
            "III. KẾT LUẬN\nĐoàn đề nghị Công ty nạo vét kênh dẫn trước ngày 30/6/2025.\n")
    out = extract(text, Outline([], text_len=len(text), body_end=len(text)), [], 2025, [],
                  issued="2025-05-12")
    assert [d.date for d in out if d.date] == ["2025-06-30"]
    # a time line set after the record's date is the date fixed for the next step
    later = text.replace("a) Thời gian: ngày 12 tháng 5 năm 2025", "a) Thời gian: ngày 20 tháng 5 năm 2025")
    out = extract(later, Outline([], text_len=len(later), body_end=len(later)), [], 2025, [],
                  issued="2025-05-12")
    assert [d.date for d in out if d.date] == ["2025-05-20", "2025-06-30"]
    # a plan's time line is the time set for the work
    plan = "KẾ HOẠCH\nKiểm tra an toàn đập\n2. Thời gian kiểm tra: ngày 12 tháng 5 năm 2025\n"
    assert [d.date for d in _run(plan, year=2025)] == ["2025-05-12"]


def test_the_date_of_a_completion_record_is_no_deadline():
    text = ("Theo hồ sơ, Biên bản nghiệm thu hoàn thành ngày 22/9/2025 ghi nhận công trình trạm bơm "
            "đã bàn giao; Giấy chứng nhận hoàn thành khóa huấn luyện ngày 05/8/2025 của thợ vận hành.")
    assert [d for d in _run(text, year=2025) if d.date] == []
    # the work to be finished by a day stays a limit
    (d,) = _run("Nhà thầu lập biên bản và hoàn thành ngày 30/10/2025 các hạng mục còn lại.", year=2025)
    assert d.date == "2025-10-30"


def test_the_expected_time_of_an_event_in_an_aside_is_no_deadline():
    # the meeting the letter prepares for is "dự kiến tổ chức" then; the reports it asks for are due
    # by their own date. A planned step of work ("dự kiến hoàn thành trong quý IV/2027") stays one.
    text = ("Thực hiện chỉ đạo của Chủ tịch UBND tỉnh về việc làm việc với các doanh nghiệp, hợp tác xã "
            "(dự kiến tổ chức vào ngày 20/9/2026), Sở Kế hoạch và Đầu tư đề nghị các đơn vị gửi báo cáo "
            "trước ngày 10/9/2026. Dự án dự kiến hoàn thành trong quý IV/2027.")
    assert [(d.date, d.text) for d in _run(text, year=2026)] == [
        ("2026-09-10", "trước ngày 10/9/2026"), ("2027-Q4", "trong quý IV/2027")]
