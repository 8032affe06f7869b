"""How plans state aims and quantified targets (genre.md, "Targets"; Decree 30 plans open with
"I. MỤC ĐÍCH, YÊU CẦU" or "MỤC TIÊU"): headings, cue words, numbers written as digits or
words, and the units counted in targets ("47 cơ sở", "từ 06 đến 08 tụ điểm").

Regex sources and word tables only; the extractors compile them.
"""
from . import one_of

# ---- numbers -----------------------------------------------------------------------------
# Vietnamese number words (tám mươi = 80, một trăm = 100, mười lăm = 15, hai mươi mốt = 21).
DIGIT_WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
               "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
TEN_WORDS = {"mười": 10}
MULTIPLIERS = {"mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000}
FILLERS = ("linh", "lẻ")
# a run of number words that starts with a digit word or mười (not with "mươi/lăm/linh"; "không"
# alone is a negation, "mốt/tư" only follow a ten)
_FIRST_WORDS = [w for w in DIGIT_WORDS if w not in {"không", "mốt", "tư", "lăm", "nhăm"}] + [*TEN_WORDS]
_NEXT_WORDS = [w for w in DIGIT_WORDS if w != "không"] + [*TEN_WORDS, *MULTIPLIERS, *FILLERS]
NUMBER_WORDS = rf"(?<![\w]){one_of(_FIRST_WORDS)}(?:\s+{one_of(_NEXT_WORDS)})*(?![\w])"
# 80, 12,5, 12.5, 1.000 (thousands), 06
NUMBER = r"(?<![\w.,/])\d{1,3}(?:(?:\.\d{3})+(?![\d]))?(?:[.,]\d{1,2})?(?![\d/])"

# ---- percentages -------------------------------------------------------------------------
PERCENT_SIGN = r"\s?%"
PERCENT_WORDS = r"\s+phần\s+trăm"
RANGE_SEP = r"\s*(?:-|đến|tới)\s*"
# A qualifier right before the figure: trên 90%, ít nhất 50%, tối thiểu 70%, dưới 5%.
QUALIFIERS = one_of([
    r"ít nhất(?:\s+là)?", r"tối thiểu(?:\s+là)?", r"tối đa(?:\s+là)?", "không quá", "không dưới",
    "không thấp hơn", "không ít hơn", "không vượt quá", "trên", "dưới", "hơn", "khoảng", "gần", "xấp xỉ",
])
# … or right after it: "70% trở lên"
QUALIFIERS_AFTER = r"\s+(?P<q>trở lên|trở xuống)\b"

# ---- counts ------------------------------------------------------------------------------
# Nouns counted in targets, longest first where one is a prefix of another.
COUNT_UNITS = [
    "xã, phường, thị trấn", "xã, phường", "phường, xã, thị trấn", "xã, thị trấn", "phường, xã",
    "cơ sở", "vụ án", "vụ việc", "vụ", "tụ điểm", "điểm", "địa bàn",
    "mô hình", "câu lạc bộ", "nhóm", "người", "lượt người", "lượt", "đối tượng", "hộ gia đình",
    "hộ", "gia đình", "cán bộ", "công chức", "hội viên", "đoàn viên", "học viên", "học sinh",
    "sinh viên", "lao động", "nạn nhân", "lớp", "buổi", "cuộc", "hội nghị", "hội thi",
    "hình thức", "đợt", "chuyên đề", "tin bài", "tin", "bài", "phóng sự", "pa nô", "tờ rơi",
    "tài liệu", "ấn phẩm", "doanh nghiệp", "đơn vị", "trường", "thôn", "tổ dân phố", "khu dân cư",
    "làng", "bản", "xã", "phường", "thị trấn", "huyện", "quận", "tỉnh", "đường dây", "ổ nhóm",
    "tuyến", "tuyến đường", "khu vực", "sản phẩm", "dự án", "đề án", "công trình", "chương trình",
    "cuộc kiểm tra", "đoàn", "tổ", "đội", "văn bản", "kế hoạch", "phiên tòa", "tỷ đồng",
    "triệu đồng", "đồng",
    # measures in socio-economic targets: "trồng mới 500 ha rừng", "25 km đường", "150 tấn/ngày",
    # "30 giường bệnh/vạn dân", "1,5 triệu lượt khách", "3.000 việc làm"
    "ha", "héc-ta", "hecta", "km", "m2", "m²", "m3", "m³", "tấn", "tạ", "lít", "MW", "kWh",
    "lượt khách", "khách", "giường bệnh", "bác sĩ", "việc làm", "trạm", "trạm y tế",
    "căn nhà", "căn hộ", "ngôi nhà", "nhà", "cây", "USD", "triệu USD", "tỷ USD",
    "hợp tác xã", "hộ kinh doanh", "cơ sở dữ liệu", "dịch vụ công", "thủ tục", "hồ sơ",
    "chủ thể",   # "hỗ trợ 30 chủ thể OCOP" (producers of a programme)
]
# A magnitude between a number and its unit: "1,5 triệu lượt khách", "20 nghìn hộ" (not before
# đồng/USD, which the units "triệu đồng", "tỷ USD" read whole).
MAGNITUDES = r"(?:nghìn|ngàn|triệu|tỷ)(?!\s+(?:đồng|USD)\b)"
MAGNITUDE_VALUES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
# A number right after one of these is a name or a number of something, not a count.
NOT_COUNT_BEFORE = (r"(?:\bsố|\bĐiều|\bkhoản|\bđiểm|\bquận|\bphường|\bĐoàn|\bĐội|\bTổ|\bkhu|\bấp|\bthôn"
                    r"|\bđường|\blần(?:\s+thứ)?|\bChương|\bMục|\bPhụ lục|\btầng|\bphòng|\blô|\bkỳ"
                    r"|\bkhóa|\bnăm|\btháng|\bngày|\bquý|\bthứ|\bnhóm|\bcấp|\bloại|\bhạng|\bbậc|\bsố\s+nhà"
                    r"|\btrang|\bcâu|\bbước|\bgiai đoạn|\btuyến|\btập|\bquyển"
                    # a count a condition names ("trường hợp chỉ có 01 hồ sơ", "khi có từ 02 nhà đầu tư"):
                    # the case a rule covers, no target
                    r"|\b(?:trường hợp|khi|nếu)(?:\s+chỉ)?\s+có(?:\s+(?:từ|trên|dưới))?)\s*$")
# Money that a task allots or spends ("bố trí kinh phí khen thưởng 200 triệu đồng", "dành 50 triệu
# đồng hỗ trợ …", "thưởng 5 triệu đồng cho mỗi xã") is a budget, not a target (income "đạt 62
# triệu đồng/người/năm" is one): a money unit after one of these words in its clause.
MONEY_UNIT = r"(?:đồng|USD)$"
ALLOTMENT_BEFORE = (r"\b(?:bố trí|dành|cấp|phân bổ|trích|chi|chi trả|hỗ trợ|thưởng|khen thưởng|tặng|kinh phí"
                    r"|ngân sách|vốn|dự toán|tài trợ|ủng hộ|quyên góp|mức)\b")
# A frequency to reach is a target ("kiểm tra ít nhất 01 lần/năm", "đối thoại tối thiểu 02 lần
# trong năm", "sinh hoạt chuyên đề 01 lần/quý"); "dùng một lần" (single-use) is not: a frequency
# needs a minimum cue before it or a period after it.
FREQUENCY = (r"(?:(?P<cue>ít nhất|tối thiểu|không dưới|không ít hơn)\s+(?:là\s+)?)?"
             r"(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu)\s+lần"
             r"(?P<per>\s*(?:/|mỗi|trên|trong\s+(?:một\s+|01\s+|mỗi\s+)?)\s*(?:năm|quý|tháng|tuần|học kỳ|kỳ|đợt|năm học))?"
             r"(?![\w])")
# A count unit that is the first syllable of a longer word: "3 Tổ chức tập huấn" (a table row
# number before "Tổ chức"), "05 đội ngũ", "2 đơn vị tính".
# "01 bản chụp/sao/gốc", "2 bản vẽ", "03 bản đồ": copies and drawings of a file, not villages (bản).
NOT_UNIT_AFTER = r"\s+(?:chức|ngũ|hợp|tính|vẽ|chụp|sao|gốc|đồ)\b"
# After a minimum cue, any noun is counted: "có ít nhất 150 nghệ nhân", "tối thiểu 05 sáng kiến"
# (the unit is the next one or two syllables; these words end it instead).
MIN_CUES = r"(?:ít nhất|tối thiểu|không dưới|không ít hơn)"
UNIT_STOP_WORDS = {"được", "có", "tham", "trong", "của", "và", "cho", "tại", "trên", "về", "là",
                   "với", "mỗi", "để", "đã", "sẽ", "thì", "từ", "đến", "trở", "so"}
# Units that measure time, not targets ("3 năm liền", "05 ngày làm việc").
TIME_UNITS = r"(?:năm|tháng|ngày|tuần|giờ|phút|quý|lần)"

# ---- goal cues ---------------------------------------------------------------------------
# A heading of a purpose/objective part: "I. MỤC ĐÍCH - YÊU CẦU", "1. Mục đích", "MỤC TIÊU".
PART_WORDS = r"(?:mục đích|yêu cầu|mục tiêu(?:\s+(?:chung|cụ thể|tổng quát))?|chỉ tiêu(?:\s+cụ thể)?)"
# … with a horizon or a rank: "Mục tiêu đến năm 2030", "MỤC TIÊU GIAI ĐOẠN 2021 - 2025",
# "Các chỉ tiêu chủ yếu năm 2024", "Mục tiêu cụ thể đến hết năm 2025"
PART_HORIZON = (r"(?:\s*,?\s+(?:(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}|giai đoạn\s+\d{4}\s*-\s*\d{4}"
                r"|năm\s+\d{4}|chủ yếu|chính|trọng tâm|cần đạt(?:\s+được)?))+")
PART_HEADING = (rf"^(?P<marker>(?:PHẦN\s+\S+|[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*(?:[-:]\s*)?)?"
                rf"(?:các\s+)?(?P<title>{PART_WORDS}(?:\s*(?:,|-|và|&)\s*{PART_WORDS})*(?:{PART_HORIZON})?)\s*"
                r"(?::\s*(?P<rest>\S.*)|[.:]?\s*)$")
KIND_OF_PART = [("yêu cầu", "requirement"), ("mục đích", "purpose"), ("mục tiêu", "target"),
                ("phấn đấu", "target"),
                ("chỉ tiêu", "target")]
# A lead-in that announces a list of aims: "Kế hoạch đề ra các mục tiêu cụ thể sau:" ("yêu cầu"
# is left out: "Chủ tịch UBND huyện yêu cầu:" announces tasks).
# "Phấn đấu đến hết năm 2025:" opening a list is one too (not "Các xã phấn đấu thực hiện …:").
AIMS_LEADIN = r"(?:[^\n]{0,100}\b(?:mục tiêu|mục đích|chỉ tiêu)\b|\W*phấn đấu\b)[^\n.;:]{0,80}:$"
# A requirement item inside a mixed "MỤC ĐÍCH - YÊU CẦU" part.
REQUIREMENT_CUES = r"(?:\bphải\b|^\s*(?:bảo đảm|đảm bảo|yêu cầu)\b)"

# A sentence that states the document's purpose: "Nhằm nâng cao …", "Mục đích của … nhằm …".
PURPOSE_START = (r"^\s*(?:(?:Theo đó|Qua đó)\s*,\s*)?(?:(?:nhằm|với mục đích|với mục tiêu)\s"
                 r"|mục đích(?:\s+(?:của|chung))?(?:\s|:)|mục tiêu(?:\s+(?:của|chung))?(?:\s|:)"
                 r"|(?:kế hoạch|chương trình|đề án)\s+(?:này\s+)?(?:đặt ra mục tiêu|đề ra mục tiêu|hướng tới"
                 r"|đặt mục tiêu)\b"
                 r"|(?:kế hoạch|chương trình|đề án)(?:\s+này)?[^.;:\n]{0,80}?\bnhằm\s)")
# A submission's statement of what the draft it submits is for ("Dự thảo Quyết định nhằm hợp nhất,
# thay thế các quy định …; cụ thể hóa thẩm quyền …", "Dự thảo Nghị quyết được xây dựng nhằm …"):
# the aim of the submission, even inside a numbered item ("4. Nội dung trình: …").
DRAFT_PURPOSE = (r"\W*dự thảo\s+(?:quyết định|nghị quyết|quy định|quy chế|kế hoạch|chương trình|đề án"
                 r"|thông tư|nghị định|luật|chỉ thị|văn bản)(?:\s+này)?(?:\s+(?:được\s+)?(?:xây dựng|ban hành|soạn thảo))?"
                 r"\s+(?:nhằm|để)\s")
# "Để nâng cao …, Chủ tịch UBND huyện yêu cầu:" — the document's purpose before its request
# (a "để" inside a task is not: it has no request after it).
PURPOSE_BY_REQUEST = r"\s*để\s+(?!(?:đạt|thực hiện|hoàn thành)(?:\s+được)?(?:\s+các)?\s+mục tiêu)"
# … with "Để" typed or scanned without its dot ("Đề việc chấp hành … được tốt hơn, Sở … yêu cầu …:"):
# "Đề" opening a sentence before one of these words is no word of the language (not "Đề nghị",
# "Đề xuất", "Đề án"), so it is the purpose's "Để" (case-sensitive: the sentence's capital).
PURPOSE_BY_REQUEST_MISREAD = (r"\s*Đề\s+(?=(?:việc|công tác|nâng cao|tăng cường|bảo đảm|đảm bảo|góp phần"
                              r"|kịp thời|thực hiện|triển khai|chủ động|phòng ngừa|hạn chế|giảm thiểu)(?!\w))")
# The subject that makes the request after a stated purpose: ", Sở Văn hóa, Thể thao và Du lịch
# đề nghị …", ", Chủ tịch UBND tỉnh yêu cầu …" (case-sensitive: a body name is capitalised).
SUBJECT_WORDS = one_of([
    "Sở", "UBND", "Ủy ban", "Chủ tịch", "Phó Chủ tịch", "Ban", "Bộ", "Văn phòng", "Công an", "Phòng",
    "Trung tâm", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thường trực", "Hội", "Cục", "Chi cục", "Đảng ủy",
    "Liên ngành", "Cơ quan", "Đoàn", "Tổ",
]) + r"\b"
# … unless the word opens a common noun or verb: "Tổ chức", "Ban hành", "Hội nghị", "Phòng, chống".
NOT_A_NAME_AFTER_SUBJECT = r"(?!\s*,|\s+(?:chức|hành|nghị|thi|chống|kết|luật|trưởng|phó)\b)"
REQUEST_SUBJECT = rf",\s*(?={SUBJECT_WORDS})"
# … or the request opens the next sentence, the purpose closed by a full stop where a comma was
# meant ("Để … bảo đảm an toàn giao thông trên tuyến. Sở Giao thông vận tải đề nghị …").
REQUEST_SENTENCE = rf"\s*{SUBJECT_WORDS}[^.;:\n]{{0,100}}?\b(?:đề nghị|yêu cầu|kính đề nghị|trân trọng đề nghị)\b"
# The date that a news lead puts between a purpose and its issuer ("Để chủ động ứng phó, ngày
# 16/01/2024, Chủ tịch UBND tỉnh ban hành …", "…, sáng 5/3, …", "…, ngày 5 tháng 3 năm 2024, …"):
# it ends the purpose, it is no part of it.
PURPOSE_DATE_TAIL = (r",\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?"
                     r"(?:ngày\s*)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
                     r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*,?\s*$")
# A purpose with no content of its own ("Để chủ động ứng phó, …", "Để triển khai thực hiện có hiệu
# quả, …"): its aim is told elsewhere (the sentence before, the document's title); no goal.
_EMPTY_PURPOSE_WORDS = [
    "chủ động", "kịp thời", "tiếp tục", "triển khai", "thực hiện", "tổ chức", "ứng phó", "khắc phục",
    "đáp ứng", "chuẩn bị", "tốt", "có hiệu quả", "hiệu quả", "nghiêm túc", "đồng bộ", "nghiêm", "việc",
    "công tác", "này", "đó", "trên",
]
EMPTY_PURPOSE = rf"\W*(?:để|nhằm)(?:\s+{one_of(_EMPTY_PURPOSE_WORDS)})+\W*$"
# A purpose that is a step of the paperwork, not a result in the world (eval/real NOTES-D "goals"):
# "Để có cơ sở giải quyết, Sở … đề nghị …", "Để có cơ sở tổng hợp, tham mưu UBND tỉnh bảo đảm
# tiến độ, …", "Nhằm làm cơ sở thẩm định, …". No goal, unless it also names a result to secure
# (PURPOSE_RESULT: "Để có cơ sở trình phê duyệt Phương án và bảo đảm an toàn giao thông …").
# "Để thực hiện đúng quy định tại điểm d khoản 2 Điều 38 Luật …": a submission made because a
# rule requires it, no aim of its own.
PROCEDURAL_PURPOSE = (r"\W*(?:để|nhằm)\s+(?:có\s+(?:đủ\s+|thêm\s+)?cơ sở|làm\s+cơ sở"
                      r"|thực hiện\s+(?:đúng|theo)\s+(?:các\s+)?quy định\s+(?:tại|của)\s)")
# "Để xác định tổ chức … có cần Giấy chứng nhận … (hay không), đề nghị …": a question to settle, no
# aim — whatever words the question holds ("… Kế hoạch phòng ngừa sự cố hay không").
QUESTION_PURPOSE = (r"\W*(?:để|nhằm)\s+xác định\s+(?:xem\s+|liệu\s+)?"
                    r"(?=[^.;:]{0,200}?\s(?:có cần|có phải|có thuộc|có được|hay không|hay chưa)(?!\w))")
_RESULT_VERBS = ["nâng cao", "tăng cường", "phòng ngừa", "ngăn chặn", "hạn chế", "giảm thiểu", "bảo vệ",
                 "phát triển"]
PURPOSE_RESULT = (r"\b(?:bảo đảm|đảm bảo)\s+(?!(?:về\s+)?(?:tiến độ|thời gian|thời hạn|đúng\s+(?:quy định|thời))\b)"
                  rf"|\b{one_of(_RESULT_VERBS)}\b")
# Sentences that carry targets wherever they stand.
TARGET_WORDS = r"(?:^\W*(?:mục tiêu|chỉ tiêu)\b|\bchỉ tiêu\b|\bphấn đấu\b)"
# A sentence that states the aim of a plan it names, wherever it stands (a Thông báo kết luận
# approving a "Phương án": "Mục tiêu của Phương án là bảo đảm …; phấn đấu …"): every clause.
# ("Mục đích của … nhằm …" is a stated purpose, found as such.)
AIM_STATEMENT = (r"\W*(?:mục tiêu|chỉ tiêu)(?:\s+(?:chung|tổng quát|chính|cụ thể))?\s+"
                 r"(?:của\s+[^.;:\n]{1,60}?\s+)?là\s")
# A sentence that opens by giving work ("Giao Sở X …", "Đề nghị Y …", "Yêu cầu Z …") and turns to
# the target later: ", phấn đấu …", ", với mục tiêu …", ", bảo đảm đạt …".
ASSIGNMENT_OPENING = r"\W*(?:giao|đề nghị|yêu cầu|chỉ đạo|phân công)\s"
AIM_TURN = r"[,;]\s*((?:phấn đấu|với mục tiêu|với chỉ tiêu|bảo đảm đạt|đảm bảo đạt|để đạt)\s)"
# "các mục tiêu trên", "mục tiêu, chỉ tiêu của chương trình": a reference back, not a target.
TARGET_BACKREF = (r"(?:mục tiêu|chỉ tiêu)(?:\s*(?:,|và)\s*(?:mục tiêu|chỉ tiêu|nhiệm vụ))*\s+"
                  r"(?:trên|nêu trên|đã đề ra|đề ra|của (?:kế hoạch|chương trình|đề án)|kế hoạch)\b")
# Cues that make a spelled-out count a target ("tổ chức được ít nhất một hình thức").
COUNT_CUES = r"(?:ít nhất|tối thiểu|phấn đấu|đạt|mỗi\s+\S+(?:\s+\S+)?\s+(?:có|tổ chức)|không dưới)\s*$"
# Figures that set conditions, rates or money, not targets to reach: "Đối tượng: hộ … thiệt hại
# từ 30% trở lên", "Mức hỗ trợ: …", "Diện tích thiệt hại trên 70%: hỗ trợ 2.000.000 đồng/ha",
# "Kinh phí: Tổng kinh phí dự kiến 12.500 triệu đồng".
_CONDITION_LABELS = ["đối tượng", "điều kiện", "mức hỗ trợ", "mức chi", "định mức", "tiêu chí", "phạm vi",
                     "nguồn vốn", r"(?:tổng\s+|nguồn\s+)?kinh phí", "dự toán"]
NOT_TARGET = (rf"(?:^\W*{one_of(_CONDITION_LABELS)}\b"
              r"|\bhỗ trợ\s+(?:tối đa\s+|không quá\s+)?[\d.,]+\s*(?:triệu\s+|nghìn\s+)?đồng\s*/)")
# An attached regulation (a Quy chế, Quy định, Điều lệ, Nội quy issued with a decision) sets rules:
# its figures are limits and criteria ("tối đa 30 điểm", "chậm nhất 05 ngày", "từ 02 người trở
# lên"), not targets, unless it labels one ("mục tiêu", "chỉ tiêu", "phấn đấu").
REGULATION_TITLE = r"^\W*(?:quy chế|quy định|điều lệ|nội quy)\b"
# In a decision, licence or submission (no target-setting type), a safety norm of an approved
# technical plan: a distance kept ("trạm gác cách tối thiểu 300m"), the staff of a post ("Tại mỗi
# vị trí gác bố trí ít nhất 01 người gác"). A condition of the work, not a figure to reach.
SAFETY_NORM = (r"\bcách\s+(?:tối thiểu|ít nhất)\s+\d"
               r"|\bbố trí\s+(?:tối thiểu|ít nhất)\s+\d+\s+người\b")
# A measure that describes a thing - a design, a site, a licence, a cost - not a figure to reach:
# "Quy mô: 45 ha", "kênh dài 120 m, độ dốc 3%", "Tổng mức đầu tư: 8,2 tỷ đồng", "Tổng vốn đầu tư của dự án: 1.200 tỷ đồng", "chiếm 35%". A clause
# with one of these and none of AIM_CUES is no target.
MEASURE_WORDS = (r"(?<!\w)(?:(?:tổng\s+)?diện tích|chiều dài|chiều rộng|chiều cao|chiều sâu|bề rộng|độ dốc"
                 r"|độ sâu|đường kính|dung tích|kích thước|công suất|lưu lượng|tải trọng|trọng lượng|quy mô"
                 r"|tổng mức đầu tư|(?:tổng\s+)?vốn đầu tư(?:\s+của dự án)?\s*:|giá trị|dự toán|khối lượng|phí"
                 r"|lệ phí|mực nước|cao độ|dày|chiếm"
                 r"|tỷ lệ lấp đầy)(?!\w)"
                 # a design parameter written as a formula: "P=85%", "Q = 120 m3/s", "H=45 m"
                 r"|(?<!\w)[A-Za-z]{1,3}\s*=\s*\d"
                 # a site in brackets after a name: "Cụm công nghiệp X: (xã Y, 75 ha; do …)"
                 r"|\((?:xã|phường|thị trấn|huyện|quận|thôn|bản|tổ dân phố|khu)\s[^(),;\n]{1,50},\s*\d")
# ("từ 200 ha trở lên" is a threshold, not a rise: "lên" after "trở" is no cue.)
AIM_CUES = (r"(?<!\w)(?:phấn đấu|mục tiêu|ít nhất|tối thiểu|không dưới|nâng|tăng|giảm|(?<!trở\s)lên|hoàn thành"
            r"|mở rộng|đạt|trồng mới|xây dựng mới)(?!\w)")
# Types of documents written to set aims (plans, programmes, directives, resolutions, and news of
# them): a quantified sentence anywhere in them is a target. In the other types (a letter, a
# notice, a decision, a report) figures mostly describe — a finding, a design, a list of
# trainees — so outside an aims part a figure is a target only with a cue of AIMED_CUES.
TARGET_SETTING_TYPES = {"Kế hoạch", "Kế hoạch liên tịch", "Chương trình", "Đề án", "Phương án", "Dự án",
                        "Chỉ thị", "Nghị quyết", "Nghị quyết liên tịch", "Kết luận", "Thông báo kết luận",
                        "Tin bài"}
# A technical plan a firm draws up for its own site (a "PHƯƠNG ÁN NỔ MÌN", "PHƯƠNG ÁN THI CÔNG", "HỘ
# CHIẾU NỔ MÌN", "THUYẾT MINH THIẾT KẾ"): its figures are design parameters and formulas, its "để /
# nhằm" give the reasons for a technical choice, its "mục tiêu khai thác là …" describes the mine. It
# sets no aims outside a part headed as such ("I. MỤC ĐÍCH, YÊU CẦU"). Its type line, in capitals
# (TECHNICAL_PLAN_LINE), or the type "Phương án" with such a title (TECHNICAL_PLAN_TITLE).
_TECHNICAL_WORKS = ["NỔ MÌN", "KHOAN NỔ", "KỸ THUẬT", "THI CÔNG", "THIẾT KẾ"]
TECHNICAL_PLAN_LINE = rf"^[^\S\n]*(?:PHƯƠNG ÁN|HỘ CHIẾU|THUYẾT MINH)\s+{one_of(_TECHNICAL_WORKS)}(?!\w)"
TECHNICAL_PLAN_TITLE = rf"^\W*{one_of([w.lower() for w in _TECHNICAL_WORKS])}(?!\w)"
# The title of a decision or notice that approves or issues such a document: its articles state
# the plan ("Quyết định phê duyệt Quy hoạch phát triển điện lực …", "… ban hành Chương trình …").
APPROVES_PLAN = (r"\b(?:phê duyệt|ban hành|thông qua)\b(?:\s+\S+){0,3}?\s+"
                 r"(?:quy hoạch|kế hoạch|chương trình|đề án|chiến lược)\b")
AIMED_CUES = AIM_CUES + r"|(?<!\w)(?:bảo đảm|đảm bảo|duy trì)(?!\w)"
# Documents that record what an examination found - a Biên bản, a "Thông báo kết quả thẩm định", a
# "Báo cáo kết quả kiểm tra" (not the results of a campaign, whose report may set the next
# targets) - set no targets: their figures describe the design appraised, the
# site inspected, the results reached; a "Mục tiêu: …" field in them is the aim of the project
# described. Their goals are stated purposes only, unless they commit to a figure ("phấn đấu").
# A report that also sets the coming work ("… và phương hướng, nhiệm vụ năm 2026") is no record.
RECORD_TYPES = {"Biên bản"}
RECORD_TITLE = (r"^\W*(?:(?:thông báo|báo cáo)\s+)?kết quả\s+(?:(?:sau|của)\s+)?(?:đợt\s+|cuộc\s+)?"
                r"(?:kiểm tra|thanh tra|thẩm định|thẩm tra|rà soát|nghiệm thu|khảo sát|điều tra|giám sát|kiểm định)\b"
                r"(?![^\n]*\b(?:phương hướng|(?:và|,)\s+(?:nhiệm vụ|kế hoạch|giải pháp))\b)")
RECORD_TARGET_CUES = r"\bphấn đấu\b"
# A labelled objective given inline before a list or table of its parts: "3. Mục tiêu dự án: Đầu
# tư xây dựng … với các mục tiêu hoạt động cụ thể như sau:" - the objective is the text between
# the label and the lead-in tail.
AIM_FIELD = r"\W*mục tiêu(?:\s+(?:của\s+)?(?:dự án|đề án|chương trình|kế hoạch|đầu tư))?\s*:\s*"
LEADIN_TAIL = (r"[,\s]*(?:(?:với|gồm|bao gồm)\s+(?:các\s+|những\s+)?[^,;:\n]{0,60}?\s+)?"
               r"(?:cụ thể\s+)?(?:như sau|sau đây)\s*$")
# A decision that sets up a team, board or council for a purpose: "Thành lập Đoàn kiểm tra (sau
# đây gọi là …) để kiểm tra việc chấp hành …, gồm các ông (bà) có tên sau đây:" - the purpose is
# the team's, so the document's; it ends where the members are listed.
ESTABLISH_ACT = r"\W*thành lập\s"
# ("đề kiểm tra": the tone of "để" mistyped, before a verb of the team's work)
ESTABLISH_PURPOSE = (r"[\s,)]\s*((?:để|nhằm|đề(?=\s+(?:kiểm tra|thanh tra|giám sát|rà soát|khảo sát|xác minh"
                     r"|đánh giá|điều tra)\b))\s)")
ESTABLISH_END = r",?\s*(?:gồm|bao gồm|với thành phần|có thành phần|như sau)\b"
# … unless the purpose is a step of the paperwork: a team set up "để cấp lại Giấy chứng nhận …",
# "để thẩm định hồ sơ …", "để xét duyệt …" serves the procedure (eval/real NOTES-D "goals").
PAPERWORK_PURPOSE = (r"\W*(?:để|nhằm)\s+(?:(?:phục vụ\s+)?(?:công tác\s+)?(?:cấp(?:\s+(?:lại|mới|đổi|bổ sung))?|gia hạn"
                     r"|thẩm định|thẩm tra|xét duyệt|xét|nghiệm thu|đánh giá hồ sơ)\b)")
# A purpose given for an act already done is a report, not an aim: "Để triển khai Luật …, Ủy ban
# nhân dân tỉnh đã kịp thời ban hành nhiều văn bản …" ("đã" before the verb that follows the
# purpose). A request already made still states the aim: "nhằm …, Đoàn kiểm tra đã yêu cầu …".
PAST_ACT = r"\bđã\b(?!\s+(?:(?:kịp thời|có văn bản)\s+)?(?:yêu cầu|đề nghị|kiến nghị|kính đề nghị)\b)"
# "đạt được" in a document that sets no targets reports a result ("tổng số thu … đạt được: 291 tỷ
# đồng"), unless a modal puts it ahead ("phải đạt được", "sẽ đạt được", "cần đạt được").
ACHIEVED = r"(?<!phải\s)(?<!sẽ\s)(?<!cần\s)(?<!để\s)(?<!Để\s)(?<!nhằm\s)\bđạt được\b"
# A fact already done, wherever it stands in the clause: "… diện tích 300 ha, đã được điều chỉnh
# tiến độ …", "… 80% hồ sơ đã được xử lý trực tuyến" (not "lao động đã qua đào tạo", a kind of
# worker).
FACT_DONE = r"\bđã\s+(?:được|có|thực hiện|hoàn thành|triển khai|ban hành|cấp|đạt)\b"
# A sentence that proposes or states terms of a regulation ("kiến nghị Chính phủ sửa đổi Điều 137
# Nghị định …, trong đó … mỏ trên 150 tỷ đồng sẽ thu … tối thiểu 30% …"): its figures are the
# rule's terms, not targets of the document (in documents that set none; a plan's are kept).
AMENDS_RULE = (r"\b(?:sửa đổi|bổ sung|điều chỉnh|bãi bỏ)(?:\s*,\s*(?:bổ sung|thay thế))?\s+"
               r"(?:(?:điểm\s+\S+\s+)?khoản\s+\S+\s+)?(?:Điều\s+\d+|Nghị định|Thông tư|Luật|Quyết định số)")
# … but a news lead dates the issuing of the document it tells of ("Để kịp thời …, ngày 12/12/2024,
# Chủ tịch UBND tỉnh đã ký ban hành Công điện …"): that purpose is the document's.
DATED_ISSUE = r",?\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}"
# "Để …, việc … có ý nghĩa hết sức quan trọng." / "…, công tác … là rất cần thiết": the importance of
# a duty, argued from the aim that opens the sentence (its first ";" clause is the aim).
PURPOSE_BY_IMPORTANCE = (r"\s*để\s[^.]*?\b(?:có ý nghĩa\s+(?:(?:hết sức|rất|đặc biệt|vô cùng)\s+)?quan trọng"
                         r"|là\s+(?:(?:hết sức|rất|vô cùng)\s+)?cần thiết|đóng vai trò\s+(?:rất\s+)?quan trọng)\b")
# A topic label before a sentence: "Về thu ngân sách: Năm 2024, …" (a dated opening follows it).
TOPIC_LABEL = r"\W*về\s[^.;:\n]{1,100}:\s*"
# Words that may stand between the comma ending a purpose and a request with no named subject:
# "Để tiếp tục nâng cao …, tiếp tục yêu cầu các Sở, ban, ngành …:".
REQUEST_LEAD = r",\s*(?:(?:tiếp tục|đồng thời|kính|trân trọng|cũng|nay)\s+)*$"
# A sentence that recounts, not sets: the basis of a decision ("Xét đề nghị của 12 đơn vị …"), a
# letter received ("Sở nhận được Văn bản số … đề nghị cử 01 cán bộ …"), a finding ("Kết quả kiểm
# tra cho thấy 04 đơn vị …", "Theo hồ sơ …", "Qua đối chiếu …, Như vậy … còn lại 20 ha"), what a
# record notes ("… ghi nhận trong phạm vi 300 m có 03 hộ dân"), the closing count of the copies of a
# decision, licence or record ("Biên bản được lập thành 03 (ba) bản, mỗi bên giữ 01 bản").
RECOUNT = (r"^\W*(?:xét|căn cứ|theo hồ sơ|như vậy)\b|\bcho thấy\b|\bghi nhận\b"
           r"|\b(?:lập|làm|in|phát hành)\s+thành\s+(?:\d+|\w+)\s*(?:\([^)]{1,12}\)\s*)?bản\b"
           r"|\b(?:nhận được|tiếp nhận(?:\s+được)?)\s+(?:\d+\s+)?(?:các\s+)?(?:văn bản|công văn|hồ sơ|tờ trình|báo cáo|đơn"
           r"|đề nghị|ý kiến|phiếu)\b"
           r"|\bqua\s+(?:đối chiếu|lồng ghép|rà soát|xem xét|kết quả)\b"
           # work whose results were reported elsewhere: "Tiến hành 01 cuộc kiểm tra …, kết quả kiểm tra
           # đã được nêu trong Báo cáo định kỳ …"
           r"|\bkết quả\s+(?:[^\W\d_]+\s+){0,3}?đã\s+được\s+(?:nêu|báo cáo|tổng hợp|phản ánh)\b")
# Terms with "chỉ tiêu" that name a quota or a specification, not a target of the document: "chỉ
# tiêu sử dụng đất" (land-use quota of a plan), "chỉ tiêu kỹ thuật" (technical specification),
# "chỉ tiêu thuốc nổ" (the charge per cubic metre of a blasting plan, q = 0,35 kg/m3).
# "tính toán chỉ tiêu, khối lượng vật liệu", "xác định các chỉ tiêu": figures to compute, no aim.
NOT_AIM_TERMS = (r"\bchỉ tiêu\s+(?:sử dụng\s+)?(?:đất|kỹ thuật|cơ lý|hóa lý|thiết kế|thuốc nổ)\b"
                 r"|\b(?:tính toán|tính|xác định|kiểm tra)\s+(?:các\s+)?chỉ tiêu\b")
# A statement of the current situation, not a target: "Theo số liệu của Sở X, toàn tỉnh hiện có 43
# khu …", "Theo thống kê, …", "Hiện nay, …", "Tính đến …" (opening a sentence).
# "Theo Chi cục Kiểm lâm tỉnh, mùa khô năm trước xảy ra 11 vụ …" (an agency quoted for figures).
# "Những năm gần đây, …", "Thời gian qua, …": what has been so lately.
STATUS_REPORT = (r"\W*(?:theo\s+(?:các\s+)?(?:số liệu|thống kê|báo cáo|kết quả\s+(?:rà soát|điều tra|khảo sát))\b"
                 r"|theo\s+(?-i:(?:Sở|Chi cục|Cục|Tổng cục|Bộ|Phòng|Trung tâm|Viện|Công an|Ban|Ủy ban|UBND|Ngân hàng"
                 r"|Bảo hiểm xã hội)\s)[^,.;:\n]{2,60},"
                 r"|hiện\s+(?:nay|tại)\s*,|tính đến\b"
                 # "Những năm gần đây, ngành … chiếm khoảng 50% …; duy trì việc làm cho khoảng 10 nghìn lao
                 # động": how things have stood lately
                 r"|(?:trong\s+)?(?:những|các)\s+năm\s+(?:gần đây|qua|vừa qua)\b"
                 r"|(?:trong\s+)?thời gian\s+(?:gần đây|qua|vừa qua)\b)")
# A lead-in that describes the current situation item by item ("Hiện nay trên địa bàn còn 25 cụm công
# nghiệp …, cụ thể:", "Tính đến hết tháng 6/2026, toàn tỉnh có …, như sau:"): the items below it
# describe how things stand ("- Về quy mô: phần lớn các cụm đạt quy mô từ 50 ha …"), they set no aim.
STATUS_LEADIN = r"\W*(?:hiện\s+(?:nay|tại)|tính\s+(?:đến|tới)|đến\s+nay|đến\s+thời\s+điểm\s+này)\b[^:]*:\s*$"
# The operative act of a decision (Điều 1 of a Quyết định): "Phê duyệt danh sách 06 câu lạc bộ …",
# "Ban hành kèm theo …", "Công nhận 12 xã đạt chuẩn …" — an act done, not a target set (unless it
# turns to one: "…, với mục tiêu …").
DECISION_ACT = (r"\W*(?:phê duyệt|ban hành|công nhận|thành lập|kiện toàn|bổ nhiệm|cho phép|phân bổ"
                r"|giao (?:chỉ tiêu|dự toán|kế hoạch vốn)|điều chỉnh|bãi bỏ|thu hồi|khen thưởng|tặng)\s")
# A clause that sets a zero target ("không để xảy ra gián đoạn cấp nước quá 24 giờ", "không để phát
# sinh điểm nóng") among quantified targets of one sentence: a target too, though it has no figure.
ZERO_TARGET = r"\W*(?:phấn đấu\s+|bảo đảm\s+|đảm bảo\s+)?không\s+để\s"
# A statement of results already achieved, not a target.
PAST_MARKERS = (r"(?:\bđã\b|\bnăm qua\b|\bthời gian qua\b|\bvừa qua\b|\bso với cùng kỳ\b"
                r"|\bkết quả đạt được\b|\btính đến\b|\blũy kế\b|\btừ đầu năm đến nay\b)")
# A report of results (ends a purpose passage; "đã" alone does not: "các địa bàn đã chuyển hóa").
PAST_REPORT = (r"(?:\bnăm qua\b|\bthời gian qua\b|\bvừa qua\b|\bkết quả đạt được\b|\btính đến\b"
               r"|\blũy kế\b|\btừ đầu năm đến nay\b)")
# A sentence dated in a past year reports results: "Năm 2019, lực lượng chức năng phát hiện 25 vụ".
# "Chín tháng đầu năm 2024, sản lượng … đạt …" in a 2024 document: the months already gone of the
# current year (group "part") report results too.
DATED_OPENING = (r"\W*(?:trong|qua|tính đến hết|hết)?\s*(?:năm|quý\s+\S+\s*(?:năm|/)"
                 r"|(?P<part>(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một)\s+tháng\s+(?:đầu\s+)?năm)"
                 r"|tháng\s+\d{1,2}\s*(?:năm|/))\s*(?P<y>(?:19|20)\d\d)\b")
# Words that open a paragraph assigning work: it ends a purpose passage.
ASSIGNMENT_CUES = (r"(?:\bgiao\b|\bđề nghị\b|\bchủ trì\b|\bphối hợp với\b|\bcó trách nhiệm\b"
                   r"|^\s*chỉ đạo\b|\byêu cầu\b|\bphân công\b|\btham mưu\b)")
# A paragraph that turns from aims to means: ends a purpose passage.
PURPOSE_STOP = (r"^\s*(?:để\s+(?:đạt|thực hiện|hoàn thành)(?:\s+được)?(?:\s+các)?\s+mục tiêu"
                r"|(?:các\s+)?(?:nhiệm vụ|giải pháp)(?:\s+(?:chủ yếu|trọng tâm|cụ thể))?\s*:"
                r"|kế hoạch\s+(?:cũng\s+)?(?:đề ra|nêu rõ|xác định)\s+(?:các\s+)?(?:\d+\s+)?(?:nhóm\s+)?(?:nhiệm vụ|giải pháp))")
# A news photo caption: "… (Ảnh minh họa: VOV)", "Ảnh: …".
CAPTION = r"(?:\(\s*ảnh\b|^\s*ảnh(?:\s+minh họa)?\s*[:.])"
