import pytest

from khparse.dates import find_dates, parse_date


@pytest.mark.parametrize("text, iso", [
    ("trước ngày 31/12/2018", "2018-12-31"), ("1/7/2025", "2025-07-01"),
    ("31-12-2018", "2018-12-31"), ("31.12.2018", "2018-12-31"), ("4⁄3⁄2019".replace("⁄", "/"), "2019-03-04"),
    ("ngày 31 tháng 12 năm 2018", "2018-12-31"), ("Lục Nam, ngày   tháng 9 năm 2022", "2022-09"),
    ("trong tháng 12/2018", "2018-12"), ("quý I/2019", "2019-Q1"), ("trong quý II năm 2026", "2026-Q2"),
    ("năm 2019", "2019"), ("6 tháng đầu năm 2020", "2020-H1"),
])
def test_forms(text, iso):
    assert parse_date(text) == iso


def test_not_dates():
    assert find_dates("giai đoạn 2016 - 2020, 47 cơ sở, 12,5%") == []
    assert find_dates("ngày 32/13/2018") == []


def test_day_month_without_year_takes_document_year():
    (d,) = find_dates("hoàn thành trước 15/12", default_year=2018, bare_day_month=True)
    assert d.iso == "2018-12-15" and d.year_assumed


def test_offsets_point_at_the_date():
    text = "Báo cáo trước ngày 15/12/2018 và trong tháng 1/2019."
    spans = [text[d.start:d.end] for d in find_dates(text)]
    assert spans == ["15/12/2018", "tháng 1/2019"]


def test_day_month_with_spelled_year():
    from khparse.dates import find_dates
    (d,) = find_dates("hoàn thành trước ngày 31/12 năm 2024.")
    assert (d.iso, d.precision, d.year_assumed) == ("2024-12-31", "day", False)


def test_bare_month_year_does_not_beat_the_month_word():
    from khparse.dates import find_dates
    (d,) = find_dates("trong tháng 12/2018", bare_month_year=True)
    assert (d.start, d.iso) == (6, "2018-12")


@pytest.mark.parametrize("s, iso, precision", [
    ("Tháng 8-9/2025", "2025-09", "month"),
    ("tháng 10 - 11/2024", "2024-11", "month"),
    ("Quý II-III/2025", "2025-Q3", "quarter"),
])
def test_a_span_of_months_or_quarters_is_dated_by_its_end(s, iso, precision):
    from khparse.dates import find_dates
    (d,) = find_dates(s)
    assert (d.iso, d.precision, s[d.start:d.end]) == (iso, precision, s)


def test_mixed_separators_are_not_one_day():
    from khparse.dates import find_dates
    assert [d.iso for d in find_dates("Tháng 8-9/2025")] != ["2025-09-08"]


def test_quarter_without_year_takes_document_year():
    (d,) = find_dates("Quý II", default_year=2025, bare_month=True)
    assert (d.iso, d.year_assumed) == ("2025-Q2", True)
    assert find_dates("báo cáo quý trước ngày 15 tháng cuối quý", default_year=2025, bare_month=True) == []
    assert find_dates("Quý II") == []          # off unless asked for
