"""How time limits on work are written (genre.md, "Time limits"): cues before a date, rules
without one, and what is *not* a time limit.

Regex sources and tables only; :mod:`khparse.extract.deadlines` (and, for the rules written
as RRULEs and durations, :mod:`khparse.extract.time_rules`) compile them. A calendar date counts
as a deadline only when one of the CUES ends right before it (the date form itself comes
from :mod:`khparse.lexicon.dates`).
"""
from . import one_of

# Spelled-out small numbers in "trong thời hạn năm ngày", "sau mười ngày".
_N = r"(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?|hai mươi|ba mươi)"
_DONE = r"(?:hoàn thành|hoàn tất|thực hiện xong|xong)"
# The work a "Thời gian …:" line times (not "Thời gian ký:", a signature stamp).
_WORK = (r"(?:thực hiện|triển khai|tổ chức|dự kiến|kiểm tra|làm việc|họp|tập huấn|huấn luyện|bồi dưỡng"
         r"|khai giảng|thi|sát hạch|khảo sát|thẩm định|nghiệm thu|bàn giao|giám sát|đánh giá|ra quân"
         r"|nộp(?:\s+hồ sơ)?|gửi(?:\s+báo cáo)?|báo cáo|công bố(?:\s+quyết định)?)")

# Cues that end right before the date, tried in order; (kind, regex source anchored at $).
# "kind" may be "auto": during for month/quarter/half/year precision, otherwise the fallback.
_CLOCK = r"\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{1,2}\s*(?:phút|')?)?\s*,?\s*(?:(?:sáng|chiều|tối)\s*,?\s*)?"
CUES: list[tuple[str, str]] = [
    # trước ngày 31/12/2018, hoàn thành trước 15/12/2018, chậm nhất là ngày 30/6, hạn chót …,
    # trước 16 giờ 00 ngày 15/11/2024, không muộn hơn ngày 20/11/2024
    ("before", rf"(?:{_DONE}\s+)?(?:trước|chậm nhất(?:\s+là)?|muộn nhất(?:\s+là)?|trễ nhất(?:\s+là)?"
               rf"|hạn chót(?:\s+là)?|không\s+(?:muộn|chậm|trễ)\s+hơn)\s*(?:vào\s+)?(?:{_CLOCK})?(?:ngày\s*)?$"),
    # trong tháng 12/2018, trong quý I/2019, trong năm 2019 (the date itself starts with tháng/quý/năm)
    ("during", r"trong\s+(?:(?:khoảng\s+)?thời gian\s+)?(?:ngày\s*)?$"),
    # 13h30 ngày 29/4/2026, lúc 8 giờ 00 ngày …, vào hồi 14h00, thứ Sáu, ngày …
    ("on", r"(?:(?:vào\s+)?(?:lúc|hồi)\s+)?\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{1,2}\s*(?:phút|')?)?\s*,?\s*"
           r"(?:(?:sáng|chiều|tối)\s*,?\s*)?(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:vào\s+)?(?:ngày\s*)?$"),
    # vào ngày 29/4/2026, vào sáng thứ Hai, ngày …, dự kiến tổ chức vào ngày …
    ("on", r"vào\s+(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?$"),
    # hạn/thời hạn (hoàn thành): 31/12/2018; hạn cuối ngày …; thời hạn nộp báo cáo: …
    # (not "GP số … hết hạn 15/10/2027", a licence's expiry)
    ("before", r"(?<!trong )(?<!hết )(?:thời hạn|hạn)(?:\s+hoàn thành|\s+cuối cùng|\s+cuối|\s+nộp|\s+gửi)?\s*(?:là|:)?\s*(?:ngày\s*)?$"),
    ("before", r"(?<!trong )(?:thời hạn|hạn)(?:\s+(?:cuối|chót))?\s+(?:nộp|gửi|trình|báo cáo)(?:\s+[^\s:,.;]+){0,5}\s*:\s*(?:ngày\s*)?$"),
    # (vào) cuối quý III/2024, đầu tháng 12/2024, trong tuần đầu tháng 12 — a part of a month or
    # quarter (not "cuối năm 2025", a horizon)
    ("during:notyear", r"(?:(?:vào|trong)\s+)?(?:(?:tuần|những ngày|các ngày|dịp)\s+)?(?:đầu|giữa|cuối)(?:\s+của)?\s*$"),
    # an event set on a day: tổ chức (vào) ngày 15/12, khai mạc ngày …, diễn ra ngày …
    ("on", r"(?:tổ chức|khai mạc|bế mạc|diễn ra|tiến hành|ra quân|phát động|khai giảng)\s+(?:vào\s+)?ngày\s*$"),
    # thời gian hoàn thành: 31/12/2018 — tháng 12/2018
    ("before", rf"(?:thời gian|thời điểm)\s+{_DONE}\s*(?:là|:)?\s*(?:vào\s+)?(?:ngày\s*)?$"),
    # hoàn thành ngày 30/6/2019, hoàn thành tháng 6/2019
    ("before", rf"{_DONE}\s*(?:vào\s+)?(?:ngày\s*)?$"),
    # thời gian thực hiện: tháng 12/2018; tiến độ: quý II/2019; the time of the work the line
    # names: "Thời gian kiểm tra: Ngày 31 tháng 3 năm 2026", "Thời gian tập huấn dự kiến: …"
    ("auto:on", rf"(?:thời gian|tiến độ)(?:\s+{_WORK})?(?:\s+dự kiến)?\s*(?::|là)\s*(?:dự kiến\s+)?(?:vào\s+)?"
                r"(?:ngày\s*)?$"),
    # từ ngày 1/10 đến (hết) ngày 31/12/2018, đến hết tháng 12/2018: the end of the period
    # (not "đến năm 2030" / "đến hết năm 2020", which are horizons of targets)
    ("before:notyear", r"đến\s+(?:hết\s+)?(?:ngày\s*)?$"),
]

# Dateless rules. Relative: a period counted from an event.
RELATIVE = (
    rf"(?:trong\s+(?:thời hạn|thời gian|vòng)|chậm nhất(?:\s+là)?|sau|không quá)\s+"
    rf"(?:(?:không quá|tối đa|chậm nhất)\s+)?{_N}\s+(?:ngày(?:\s+làm việc)?|tháng|tuần|giờ)"
    r"(?!\s+(?:đầu|cuối)\s+năm)"  # "6 tháng đầu năm 2019" is a calendar half-year
    r"(?:\s*\([^()\n]{0,40}\))?"
    r"(?P<anchor>\s*,?\s*(?:kể từ|tính từ|sau khi|từ khi|từ ngày|trước khi)\s+[^,.;:()\n]{1,80})?"
)
# Periodic: a rule repeated each period.
PERIODIC = [
    # báo cáo quý trước ngày 15 tháng cuối quý; báo cáo năm trước ngày 15 tháng 12 hàng năm;
    # (trước ngày 20 của kỳ báo cáo); trước ngày 25 hằng tháng
    r"(?:báo cáo\s+(?:định kỳ\s+)?(?:tháng|quý|năm|6 tháng|sáu tháng|hằng tháng|hàng tháng|hằng quý"
    r"|hàng quý|hằng năm|hàng năm)\s+(?:\([^()\n]{0,30}\)\s+)?(?:gửi\s+)?)?"
    r"(?:trước|chậm nhất(?:\s+là)?|trong)\s+ngày\s+\d{1,2}\s+"
    r"(?:(?:của\s+)?tháng\s+(?:cuối|đầu)\s+(?:của\s+)?(?:quý|kỳ)(?:\s+(?:sau|tiếp theo))?"
    r"|(?:hằng|hàng|mỗi)\s+(?:tháng|quý|năm)"
    r"|tháng\s+\d{1,2}\s+(?:hằng|hàng)\s+năm"
    r"|(?:của\s+)?(?:kỳ|tháng|quý|năm)\s+(?:báo cáo|sau|tiếp theo|kế tiếp)"
    r"|(?:của\s+)?tháng\s+(?:sau|tiếp theo|kế tiếp))",
    # trước ngày 15/12 hằng năm
    r"(?:trước|chậm nhất(?:\s+là)?)\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s+(?:hằng|hàng|mỗi)\s+năm",
    # định kỳ 6 tháng, định kỳ hằng quý, định kỳ hàng tháng, quý, năm
    r"định kỳ\s+(?:(?:hằng|hàng|mỗi)\s+)?(?:\d{1,2}\s+|sáu\s+|ba\s+)?(?:tháng|quý|năm|tuần)"
    r"(?:\s*(?:,|và|hoặc|/)\s*(?:(?:hằng|hàng)\s+)?(?:\d{1,2}\s+)?(?:tháng|quý|năm))*"   # "định kỳ 6 tháng, hằng năm"
    r"(?:\s*(?:\(|,)?\s*(?:trước|chậm nhất)\s+ngày\s+\d{1,2}(?!\s*[/\d]|\s+tháng)"
    r"(?:\s+(?:hằng|hàng)\s+(?:tháng|quý))?\)?)?",
    # báo cáo hằng tháng/quý/năm (a standing reporting rule); "báo cáo nhanh kết quả hằng tuần
    # (trước 16 giờ 00 thứ Sáu)", "báo cáo nhanh hằng ngày"
    r"(?:báo cáo|tổng hợp|sơ kết|giao ban)(?:\s+nhanh)?(?:\s+kết quả)?\s+(?:định kỳ\s+)?(?:hằng|hàng)\s+"
    r"(?:ngày|tuần|tháng|quý|năm)(?:\s*\((?:trước|chậm nhất)\s[^()\n]{1,40}\))?",
    # a time of day that recurs: "trước 17h00 hằng ngày", "trước 15 giờ 00 mỗi ngày", "trước 10 giờ
    # sáng thứ Hai hằng tuần"
    r"(?:trước|chậm nhất(?:\s+là)?|trong)\s+\d{1,2}\s*(?:h|giờ)\s*(?:\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|chiều|trưa|tối))?"
    r"(?:\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật))?\s+(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng)",
]

# A clause opened by a yearly/monthly rule ("hằng năm báo cáo … trước ngày 15 tháng 12"): its date
# without a year recurs (periodic), it is no single deadline.
RECURRING_CLAUSE = r"(?<!\w)(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý)(?!\w)"
# An event already held ("Vào ngày 20/12/2019, Sở đã tổ chức …") is news, not a time limit.
# A month with no year in a description of the seasons ("Mùa mưa … kết thúc vào tháng 9", "lượng
# mưa lớn nhất vào tháng 7"): a month of every year, no limit on work.
SEASON = r"(?<!\w)(?:mùa\s+(?:mưa|khô|lũ|đông|hè|hạ|xuân|thu)|(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+nhất)(?!\w)"
# "Hôm nay, vào hồi 14 giờ 30 phút, ngày …" opens a Biên bản: the session it records.
PAST_EVENT = r"\b(?:đã|vừa|hôm nay)\b"
# The end of a period that is reported, not set ("Theo bản tin dự báo, từ đêm 07/10 đến ngày
# 10/10 có mưa to", "Tính đến ngày 30/9, toàn huyện …"): a forecast or a status date.
REPORTED_PERIOD = (r"(?:\b(?:theo\s+(?:bản tin|dự báo|báo cáo|thống kê|số liệu|kết quả)|dự báo|bản tin"
                   r"|khí tượng|thủy văn|tính đến|tính từ|lũy kế|đã|vừa)\b)")
# The end of a validity, not a limit on work: a licence or certificate "có thời hạn đến ngày …",
# "có giá trị đến hết ngày …", a delegation "Thời hạn ủy quyền: từ ngày … đến hết ngày …", a
# period counted "từ ngày giấy phép có hiệu lực đến ngày …", the term a licensed operation runs
# ("thời hạn khai thác đến năm 2035", "thời hạn nổ mìn dự kiến đến hết ngày …"). Searched in the
# clause before "đến".
VALIDITY = (r"(?<!\w)(?:hiệu lực|có giá trị|giá trị sử dụng|có thời hạn|còn hạn"
            r"|thời hạn\s+(?:của\s+)?(?:giấy|chứng chỉ|chứng nhận|ủy quyền|uỷ quyền|kiểm định|sử dụng"
            r"|lưu hành|lưu trú|hoạt động|bảo hành|hợp đồng|thuê|khai thác|nổ mìn|vận hành)"
            r"|còn giá trị|niên hạn)(?!\w)"
            r"|\d+[\w.]*/GP(?:-[\w&.Đđ-]+)?(?!\w)")   # a licence's own number: "2827/GP-UBND … Thời hạn: đến …"
# The same, right before "đến" with no colon: "…, thời hạn đến 30/11/2027", "cấp ngày 17/3/2026,
# giá trị đến 17/3/2028", "niên hạn sử dụng đến 2031" — a licence, certificate or vehicle record.
# ("Thời hạn: đến ngày …" with its colon is a limit line; "gia hạn đến" is work.)
# A licence's number and issue date right before "đến" ("GP số 234/GP-UBND ngày 24/1/2018 đến ngày
# 24/1/2028") give its term the same way.
VALIDITY_RIGHT_BEFORE = (r"(?<!\w)(?:thời hạn|niên hạn(?:\s+sử dụng)?|hạn sử dụng|hạn kiểm định"
                         r"|giá trị(?:\s+sử dụng)?"
                         r"|\d+[\w.]*[/-][\w&.Đđ-]+\s*,?\s*(?:cấp\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}"
                         # "Chứng chỉ … do Cục … cấp ngày 09/08/2022 có thời hạn đến ngày 09/08/2032" (the
                         # word for term may come out of OCR garbled: "tliời hạn"): an issued paper's term
                         r"|cấp\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*"
                         r"(?:(?:có\s+)?(?:\S+\s+)?(?:hạn|giá trị)(?:\s+sử dụng|\s+hiệu lực)?\s*)?)\s*$")
# A status figure right after the date ("GPMB đến 01/6/2026 đạt 24 ha", "giải ngân đến ngày 30/6
# được 45 tỷ đồng"): the figure stood at that date; no work is due then — unless the clause sets
# it as an aim (TARGET_BEFORE: "phấn đấu đến 31/12/2026 đạt 100%").
# The subject of a cited paper that runs to a date ("Báo cáo số 10/2026/BC-CT ngày 23/01/2026 của
# Công ty … về tiến độ thực hiện dự án … đến tháng 01/2026"): the period that paper covers, no limit
# (searched in the 250 characters before "đến"; the paper's number and date, then "về", no stop).
CITED_SUBJECT_BEFORE = (r"(?<!\w)số\s+\d+[\w./&Đđ-]*\s*,?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
                        r"[^.;:\n]{0,150}?\svề\s[^.;:\n]*$")
FIGURE_AFTER = r"\s*,?\s*(?:đạt|được|là)\s+(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?\d"
TARGET_BEFORE = r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|bảo đảm|đảm bảo|phải|cần|yêu cầu|đề nghị|giao)(?!\w)"
# A table column of such records ("Thời hạn kiểm định", "Niên hạn sử dụng", "Ngày cấp", "Hiệu lực
# đến"): its date cells are facts about a licence or vehicle, not limits on work.
RECORD_COLUMN = (r"(?<!\w)(?:thời hạn kiểm định|hạn kiểm định|niên hạn|hiệu lực|giá trị|hạn sử dụng"
                 r"|hết hạn|ngày cấp|cấp ngày|ngày sinh|năm sinh)(?!\w)")
# A status date that opens what follows ("… tổng hợp báo cáo đến ngày 18/6/2026 như sau:"): the
# figures reported stand at that date; no work is due then.
STATUS_AFTER = r"\s*,?\s*(?:cụ thể\s+)?như sau\b"
# "Đến ngày 25/02/2025, UBND tỉnh đã phê duyệt …": the clause the date opens tells what stood
# done by then, a status date (searched in the rest of the clause after the date).
# "Đến hết ngày 30/3/2026, cơ quan soạn thảo nhận được 30 văn bản góp ý": what had come in by then.
DONE_AFTER = r"(?<!\w)(?:đã|vừa|(?:nhận|thu|tiếp nhận)\s+được)(?!\w)"
# A document that records a meeting's conclusions (Thông báo kết luận, Biên bản): the meeting
# it opens with is over. Its header names it ("THÔNG BÁO", "Kết luận của Phó Chủ tịch …") and
# a lead-in opens the conclusions ("… kết luận như sau:", "ý kiến kết luận:").
CONCLUSIONS_HEADER = r"(?:^\s*(?:THÔNG BÁO|BIÊN BẢN)\b|\bkết luận\b)"
CONCLUSIONS_LEADIN = r"\b(?:kết luận|ý kiến chỉ đạo|chỉ đạo như sau)[^\n.:;]{0,40}:"
# In a record (a Biên bản), the lines that give the session it records its start and end ("Bắt đầu:
# 8h15' ngày 15 tháng 3 năm 2026", "Thời gian kết thúc: 11 giờ 30 cùng ngày"): the session is over
# when the record is signed; no work is due then.
RECORD_HEADER = r"^\s*BIÊN BẢN\b"
SESSION_LINE = r"\s*(?:[-+•]\s*)?(?:thời gian\s+)?(?:bắt đầu|kết thúc)(?:\s+(?:lúc|vào|hồi))?\s*:"
# The line of a record that says when the recorded check or meeting took place ("1. Thời gian:
# ngày 31 tháng 03 năm 2026", "- Thời gian làm việc: 8h30 ngày 12/5/2025"): on or before the
# record's own date it is the session recorded, no limit on work.
SESSION_TIME_LINE = (rf"\s*(?:[-+•]\s*|\d{{1,2}}\s*[.)]\s*|[a-zđ]\)\s*)?thời gian(?:\s+{_WORK})?\s*:")
# An aside that gives when an event is expected to take place ("… về việc tổ chức làm việc với các cơ
# quan, đơn vị (dự kiến tổ chức trong tháng 6 năm 2026), Văn phòng … đề nghị …", "(dự kiến diễn ra
# vào ngày 15/9/2026)"): the tentative time of the event the text is about, no limit set on work
# (a planned step of work, "dự kiến hoàn thành trong năm 2027", "dự kiến trình … trong Quý III", is
# one). Searched from the opening bracket to the cue.
PLANNED_EVENT_ASIDE = (r"\(\s*(?:thời\s+gian\s+)?dự\s+kiến\s+(?:sẽ\s+)?(?:được\s+)?"
                       r"(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|họp|làm\s+việc|tiến\s+hành\s+(?:họp|hội\s+nghị|làm\s+việc))"
                       r"[^()]{0,60}$")
# A line that sets when a named event is held ("1. Thời gian kiểm tra: 13h30' ngày 07/7/2026",
# "- Thời gian tập huấn: ngày 12/9/2026"), and a task that *is* that event ("Tổ chức kiểm tra kỹ
# thuật an toàn …", "Chủ trì buổi tập huấn …", "Tham dự kiểm tra …"): the task is due on that day
# (extract.event_dates). The event words are held events, not the work "thực hiện", "triển khai".
_EVENT = (r"(?:kiểm\s+tra|họp|tập\s+huấn|huấn\s+luyện|bồi\s+dưỡng|khai\s+giảng|thi|sát\s+hạch|khảo\s+sát"
          r"|thẩm\s+định|nghiệm\s+thu|bàn\s+giao|làm\s+việc|giám\s+sát|ra\s+quân|diễn\s+tập|hội\s+nghị)")
EVENT_TIME_LINE = (rf"\s*(?:[-+•]\s*|\d{{1,2}}\s*[.)]\s*|[a-zđ]\)\s*)?thời\s+gian\s+(?:tổ\s+chức\s+)?(?P<event>{_EVENT})"
                   r"(?![^\W\d_])(?:\s+thực\s+tế)?(?:\s+dự\s+kiến)?\s*:")
EVENT_HOLDER = (r"\s*(?:[-+•*]\s*|(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?(?:tổ\s+chức|chủ\s+trì|tiến\s+hành|tham\s+dự|tham\s+gia)"
                r"\s+(?:(?:buổi|đợt|cuộc|kỳ|việc)\s+)?")
# A body that names itself as holding the event a letter announces ("Để có đủ cơ sở thẩm định, Sở Công
# Thương tổ chức buổi kiểm tra thực tế tại Công ty X với một số nội dung sau:", "Ban Quản lý các khu công
# nghiệp sẽ tiến hành đợt khảo sát …"): after the name, the organising verb and the event; a purpose
# clause ("Để …,") may stand before the name. Not "đã tổ chức" (a past event), nor a date before it.
OWN_EVENT_OPENING = r"\s*(?:[-+•]\s*)?(?:Để\s[^.;:\n]{3,300},\s*)?"
# An invitation's meeting is what it invites to ("Ủy ban nhân dân tỉnh tổ chức họp về …. Thành phần
# mời: …"): its own line of work is the preparation it asks, not the meeting it announces.
OWN_EVENT_NOT_IN = {"Giấy mời"}
OWN_EVENT_VERB = (rf"\s+(?:sẽ\s+)?(?:tổ\s+chức|tiến\s+hành)\s+(?:(?:buổi|đợt|cuộc)\s+)?{_EVENT}(?![^\W\d_])")
MEETING = r"\b(?:họp|cuộc họp|hội nghị|buổi làm việc|làm việc với|chủ trì|dự họp|tham dự)\b"
# A flattened schedule table (a Word/Excel table saved as text, a PDF table read as lines): a
# header row naming a time column, then rows opening with their number. Each row's date cell
# ("Tháng 6/2024", "Quý III/2024", "31/12/2024") is that row's time limit.
SCHEDULE_HEADER = (r"^\s*(?:STT|TT|Số TT)\b.*\b(?:thời gian(?:\s+(?:hoàn thành|thực hiện))?|thời hạn"
                   r"|tiến độ|hạn hoàn thành)\b")
SCHEDULE_ROW = r"^\s*\d{1,3}\.?\s+\S"

# A date right after these is the date of a cited document, not a deadline.
CITED_BEFORE = (
    r"(?:(?:\bsố|\bsố hiệu)\s*)?\d+[\w.]*(?:/\d{4})?[/-][\w&.Đđ-]+\s*,?\s*(?:ban hành\s+|ký\s+)?(?:ngày\s*)?$"
)
DOC_TYPES = (r"(?:Quyết định|Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Thông báo|Báo cáo"
             r"|Hướng dẫn|Chương trình|Luật|Tờ trình|Đề án|Công điện|Thông tri|Kết luận|Văn bản)")
# Not the tail of an office's name ("Phòng Tài chính - Kế hoạch" above a schedule cell) and not
# across a tab (the next cell of a table row).
CITED_TYPE_BEFORE = (r"(?<!\w - )(?<!\w-)" + DOC_TYPES
                     + r"[^\S\t]*(?:số\s*\S+\s*)?(?:ban hành\s+)?(?:ngày\s*)?$")
# The name of a paper that records a completion, with its date ("Biên bản nghiệm thu hoàn thành
# ngày 13/6/2026", "Giấy chứng nhận hoàn thành khóa huấn luyện ngày …"): the paper's date, when
# the work was done, not a limit set on it.
CITED_RECORD_BEFORE = (rf"(?<!\w)(?:biên bản|giấy chứng nhận)(?:\s+(?!và\b|để\b)[^\s\d,.;:()]+){{0,6}}\s+"
                       rf"{_DONE}\s+(?:vào\s+)?(?:ngày\s*)?$")
# có hiệu lực (thi hành) (kể) từ ngày … — an effective date.
EFFECTIVE_BEFORE = r"hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+(?:ngày\s*)?$"

# A table cell or line holding only a date ("Quý II/2019" under "Thời gian hoàn thành"). The
# spelled-out "tháng 9 năm 2022" alone is the tail of a date line cut by a PDF, not a cell. A cell
# "Ngày 31/5/2025" of a programme's "Thời gian" column dates an event: work set for that day (on).
# In a table laid out with spaces (a .txt or a PDF's text layer) a run of three or more spaces
# parts the cells like "|" does.
CELL_BEFORE = r"(?:^|\||[^\S\n]{3})\s*(?P<on>(?i:ngày)\s+)?$"
CELL_AFTER = r"(?:\s*[.;]?\s*(?:\||$)|[^\S\n]{3,}(?=\S))"
# The same with its day left blank ("Ngày      tháng 6 năm 2026" under a signature box of a
# Phiếu trình, to be filled in when signed) is the date of signing, not a cell.
NOT_A_CELL = r"(?:ngày\s+(?:\d{1,2}\s+|[.…_\s]*))?tháng\s+\d{1,2}\s+năm"

# In a part that reports results, a limit still ahead of the issue date set with an explicit
# limit word ("các cụm này phải hoàn thiện thủ tục trước ngày 31/12/2026") is one all the same;
# other cues there ("thời hạn tháng 3/2030" of a stock's shelf life) tell of records.
LIMIT_AHEAD = (rf"(?:{_DONE}\s+)?(?:trước|chậm nhất|muộn nhất|trễ nhất|hạn chót"
               r"|không\s+(?:muộn|chậm|trễ)\s+hơn)(?!\w)")

# A bare year after "trong" ("hỗ trợ kinh phí … trong năm 2025") is a horizon of the work, not a
# limit, unless a completion verb governs it ("hoàn thành trong năm 2025", "xong trong năm 2026"),
# before the year or right after it ("trong năm 2027 sẽ hoàn thành phần hạ tầng", "Đến năm 2030,
# hoàn thành việc …"): the work is to be finished within that year.
YEAR_DONE_BEFORE = rf"{_DONE}\s*(?:toàn bộ\s+|dứt điểm\s+)?$"
YEAR_DONE_AFTER = rf"\s*,?\s*(?:(?:sẽ|phải|cần|phấn đấu|cơ bản)\s+)*{_DONE}(?!\w)"
# "từ ngày 15/4/2025 đến ngày 21/4/2025", "từ tháng 10 đến hết tháng 12/2024": the "đến" closes a
# from–to range (the dates of an event, a campaign's period), not a limit ("từ nay đến ngày
# 31/12" has no start date and stays a limit).
# A full date right before "đến" opens such a range without "từ" ("GP số 15/GP-UBND ngày
# 6/1/2025 đến ngày 15/5/2027", "cấp ngày 12/4/2010, đến tháng 4/2011"): a licence's term.
RANGE_START_BEFORE = (r"\btừ\s+(?:(?:ngày|đêm|sáng|chiều|tối|hôm)\s+)*(?:tháng\s+|quý\s+)?"
                      r"[\dIVX]{1,4}(?:\s*[/.-]\s*\d{1,4}){0,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?"
                      r"\s*(?:-\s*)?,?\s*(?:cho\s+)?$"
                      r"|(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\s*\)?\s*,?\s*$")

# Lines that carry the document's own or an article's date, never a deadline.
DATE_LINES = [
    r"^\s*[^\n,;.]{2,60},\s*ngày\s[^\n]{0,20}tháng\s[^\n]{0,10}năm\s+\d{4}\s*$",   # Hà Nội, ngày … tháng … năm …
    r"^\s*(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}\s*,?\s*(?:-\s*)?\d{1,2}:\d{2}",  # Thứ năm 25/10/2018 16:31
    r"(?:ngày đăng|cập nhật|đăng lúc|ngày xuất bản|thời gian đăng)\s*:",
]

# ---- rules as data: RFC 5545 RRULE parts, ISO 8601 durations ----------------------------------
# Periodic rules are written as the RRULE of their limit, within/relative ones as a duration
# (khparse.extract.time_rules reads them with these tables and patterns).
# A period unit → (RRULE FREQ, how many of it one step spans): "quý" is every 3 months.
PERIOD_FREQ = {"ngày": ("DAILY", 1), "tuần": ("WEEKLY", 1), "tháng": ("MONTHLY", 1),
               "quý": ("MONTHLY", 3), "năm": ("YEARLY", 1)}
_EVERY = ["hằng", "hàng", "mỗi"]
_PERIOD_LEADS = ["định kỳ", *_EVERY, "báo cáo"]
_LIST_JOINS = [r",\s*", r"\bvà\s+", r"\bhoặc\s+", r"/\s*"]
# The period a rule names: "định kỳ hằng quý", "hằng tháng", "mỗi ngày", "định kỳ 6 tháng",
# "định kỳ 05 năm", "báo cáo quý", the further ones of a list ("định kỳ 6 tháng, năm", "6 tháng
# và 01 năm"; a number before the unit multiplies it), and the month or quarter after the one
# reported on ("trước ngày 05 của tháng sau").
RULE_PERIOD = (rf"(?:{one_of(_PERIOD_LEADS)}\s+(?:{one_of(_EVERY)}\s+)?|{one_of(_LIST_JOINS)})"
               rf"(?:(?P<n>\d{{1,2}}|một|ba|sáu)\s+)?(?P<unit>{one_of(PERIOD_FREQ)})(?!\w)"
               r"|(?<!\w)(?P<next>tháng|quý)\s+(?:sau|tiếp theo|kế tiếp)(?!\w)")
# The day of the limit, with its month when it has one ("ngày 20", "ngày 15/12", "ngày 31 tháng
# 01"); else a month alone ("vào tháng 7" of a yearly clause); else the month of the quarter or
# period it falls in ("tháng cuối quý", "tháng đầu của quý sau", "tháng cuối kỳ").
RULE_DAY = r"\bngày\s+(?P<day>\d{1,2})(?:\s*/\s*(?P<m1>\d{1,2})(?!\s*/)|\s+tháng\s+(?P<m2>\d{1,2})(?!\s*/))?(?!\w)"
RULE_MONTH = r"\btháng\s+(?P<month>\d{1,2})(?![\d/])"
RULE_PERIOD_MONTH = r"\btháng\s+(?P<which>đầu|cuối)\s+(?:của\s+)?(?P<of>quý|kỳ)\b"
# The weekday and hour of the limit: "thứ Sáu", "thứ 2", "chủ nhật"; "17h00", "15 giờ 00",
# "10 giờ sáng", "3 giờ chiều".
WEEKDAYS = {"hai": "MO", "ba": "TU", "tư": "WE", "năm": "TH", "sáu": "FR", "bảy": "SA",
            "2": "MO", "3": "TU", "4": "WE", "5": "TH", "6": "FR", "7": "SA"}
RULE_WEEKDAY = rf"(?<!\w)(?:thứ\s+(?P<day>{one_of(WEEKDAYS)})|(?P<sunday>chủ nhật))(?!\w)"
RULE_TIME = (r"(?<!\w)(?P<hour>\d{1,2})\s*(?:h|giờ)\s*(?P<minute>\d{2})?(?:\s*phút)?"
             r"(?:\s+(?P<part>sáng|trưa|chiều|tối))?(?!\w)")
# A within/relative rule: its length ("05 ngày làm việc", "24 giờ", "mười lăm ngày") and the
# event it counts from ("kể từ ngày nhận được văn bản", "sau khi kết thúc …") or back from
# ("trước khi tổ chức …"): what follows the connector, up to a purpose ("để theo dõi").
DURATION_UNITS = {"ngày": "D", "tuần": "W", "tháng": "M", "giờ": "H"}
RULE_LENGTH = rf"(?<!\w)(?P<n>{_N})\s+(?P<unit>{one_of(DURATION_UNITS)})(?P<working>\s+làm việc)?(?!\w)"
_FROM = ["kể từ", "tính từ", "sau", "từ"]
RULE_EVENT = (rf"(?:(?P<back>trước)|{one_of(_FROM)})\s+(?P<event>(?:ngày|khi)\b[^,.;:()\n]*?)"
              r"(?=\s+để\s|\s*$)")

# A project's progress schedule (the "Tiến độ thực hiện dự án" clause of an investment decision,
# a "Tiến độ …:" line): each phase it lists ends by a date ("Chuẩn bị đầu tư: Từ Quý III/2026
# đến Quý II/2027", "Khởi công: Quý II/2027", "Nghiệm thu hoàn thành: Quý III/2029"). The end of
# each range and a date a phase's colon gives are limits; the start of a range ("Từ quý I/2028")
# is not. PROGRESS_HEADING is a section title or the lead of the line holding the date.
PROGRESS_HEADING = r"^\W*tiến\s+độ\b"
# what must end right before the date (OCR may read "đến" as "đên"/"dến")
PROGRESS_END = r"(?<!\w)[đd][eêếề]n\s+(?:hết\s+)?$"
PROGRESS_COLON = r":\s*(?:dự kiến\s+)?(?:(?:trong|vào)\s+)?$"
