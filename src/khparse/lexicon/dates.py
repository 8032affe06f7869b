"""How dates are written (genre.md, "Time limits"): numeric, spelled-out, month, quarter, year.

Regex sources only; :mod:`khparse.dates` compiles and interprets them.
"""

# 31/12/2018, 1/7/2025, 31-12-2018, 31.12.2018 (fraction slashes are folded to "/" upstream)
# (one separator throughout: "8-9/2025" is a range of months, not 8 September)
DMY = (r"(?<![\d/.-])(?P<d>[0-3]?\d)\s?(?P<sep>[/.-])\s?(?P<m>[01]?\d)\s?(?P=sep)\s?"
       r"(?P<y>(?:19|20)\d\d)(?![\d/])")
# tháng 8-9/2025, tháng 8 - 9/2025: a span of months, dated by its last month
MONTH_RANGE = r"tháng\s+[01]?\d\s*-\s*(?P<m>[01]?\d)\s?/\s?(?P<y>(?:19|20)\d\d)"
# quý II - III/2025, quý 2-3/2025: a span of quarters, dated by its last quarter
QUARTER_RANGE = r"quý\s+(?:IV|I{1,3}|[1-4])\s*-\s*(?P<q>IV|I{1,3}|[1-4])\s?[/-]\s?(?P<y>(?:19|20)\d\d)"
# 31/12 năm 2024 (day and month as digits, the year spelled: "trước ngày 31/12 năm 2024")
DM_YEAR = r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\s+năm\s+(?P<y>(?:19|20)\d\d)(?![\d/])"
# ngày 31 tháng 12 năm 2018 — the day may be left blank in drafts: "ngày   tháng 9 năm 2022"
LONG = (r"(?:ngày\s+(?P<d>[0-3]?\d)\s+|ngày\s+)?tháng\s+(?P<m>[01]?\d)\s+năm\s+(?P<y>(?:19|20)\d\d)")
# tháng 12/2018, tháng 12-2018
MONTH_YEAR = r"tháng\s+(?P<m>[01]?\d)\s?[/-]\s?(?P<y>(?:19|20)\d\d)"
# 12/2018 without "tháng" (only after a time cue; see deadlines)
MY = r"(?<![\d/.])(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])"
# quý I/2019, quý 2 năm 2019, quý IV - 2019
QUARTER = r"quý\s+(?P<q>IV|I{1,3}|[1-4])\s?(?:[/-]\s?|\s+năm\s+)(?P<y>(?:19|20)\d\d)"
# 6 tháng đầu năm 2019 / 6 tháng cuối năm 2019
HALF = r"6\s+tháng\s+(?P<half>đầu|cuối)\s+năm\s+(?P<y>(?:19|20)\d\d)"
# năm 2019
YEAR = r"năm\s+(?P<y>(?:19|20)\d\d)(?![\d/])"
# 31/12 (no year: the document's year is assumed, with a warning)
DM = r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/])"
# ngày 15 tháng 12 (no year; not "ngày 15 tháng 12 hàng năm", which is a yearly rule)
DM_LONG = r"ngày\s+(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?!\s*(?:[/.-]\s*\d|\d|năm|hàng|hằng|của|mỗi))"
# tháng 12 (no year: "trong tháng 12"; not "tháng 12 hàng năm")
MONTH_ONLY = r"(?<!\d\s)tháng\s+(?P<m>[01]?\d)(?!\s*(?:[/.-]\s*\d|\d|năm|hàng|hằng|của|mỗi))"

QUARTER_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# quý II (no year: a table cell of a plan for one year; the document's year is assumed)
QUARTER_ONLY = r"(?<![\w])quý\s+(?P<q>IV|I{1,3}|[1-4])(?![\w/-])"
