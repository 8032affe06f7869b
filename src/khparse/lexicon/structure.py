"""How the parts of a document are marked (Decree 30/2020/NĐ-CP layout; genre.md "Layout").

Heading labels by level, the lines that belong to the header and closing blocks, appendix
markers, and the words that open an agency clause ("1. Sở Tư pháp:").
"""
from .layout import (  # noqa: F401  (the layout words, for the sectioner)
    AUTHORITY_LINE, DOC_TYPE_WORDS, MOTTO, NUMBER_LINE, PLACE_DATE_LINE, ROMAN,
)
from .layout import RECIPIENTS as RECIPIENTS_LINE  # noqa: F401

# ---- heading labels, matched at the start of a paragraph ----------------------------------
# rank: smaller = higher in the tree. kind names are what Section.kind reports.
HEADINGS = [
    ("part", 0, r"(?:PHẦN|Phần)\s+(?P<num>thứ\s+\w+|" + ROMAN + r"|\d{1,2})\b\s*[.:-]?\s*"),
    ("chapter", 1, r"(?:CHƯƠNG|Chương)\s+(?P<num>" + ROMAN + r"|\d{1,2})\b\s*[.:-]?\s*"),
    # a part lettered in capitals over Roman parts or numbered clauses ("A. THÀNH PHẦN ĐOÀN LÀM
    # VIỆC", "B. NỘI DUNG KIỂM TRA" of a Biên bản; "A. KẾT QUẢ …" of a report): its title in
    # capitals (the sectioner checks), so "A. Nguyễn" initials never open one
    ("letter", 2, r"(?P<num>[A-H])\s*\.\s+(?=[A-ZĐÀ-Ỹ]{2,}[\s,])"),
    ("article", 3, r"(?:ĐIỀU|Điều)\s+(?P<num>\d{1,3})\s*[.:]\s*"),
    ("roman", 3, r"(?P<num>" + ROMAN + r")\s*(?:[.:)]|\s-)\s*(?=\S)"),
    ("subclause", 5, r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)"),
    ("clause", 4, r"(?P<num>\d{1,2})\s*[.)]\s*(?=[^\d\s/.,])"),
    ("point", 6, r"(?P<num>[a-zđ])\s*\)\s*(?=\S)|(?P<num2>[a-zđ])\.\s+(?=\S)"),
    ("item", 7, r"(?P<bullet>[-•·*◦▪])\s*(?=\S)"),
    ("subitem", 8, r"(?P<bullet>\+)\s*(?=\S)"),
]

# A quotation of another text ("Khoản 1 Điều 4 Luật … quy định:" / "… như sau:" then paragraphs
# in quotation marks, "“Điều 56. …", "“1. …", up to the paragraph that closes the mark): its
# numbered lines are the quoted law's, not parts of this document. It opens on a paragraph that
# starts with a quotation mark right after one ending in a colon, and closes on the first paragraph
# that ends with one (within QUOTE_MAX_LINES; an unclosed mark quotes nothing).
QUOTE_INTRO = r":\s*$"
QUOTE_OPEN = r"^\s*[“\"‘«]"
QUOTE_CLOSE = r"[”\"’»]\s*[.,;:]*\s*(?:\./\.)?\s*$"
QUOTE_MAX_LINES = 80
# A heading in capitals followed by a note in sentence case in brackets ("III. NỘI DUNG HỒ SƠ
# (Tóm tắt các giải pháp chủ yếu về: …)"): the note explains the part, the title is the capitals.
# (The sectioner takes the first bracket whose text holds a lower-case letter.)
TITLE_NOTE = r"\s*\((?P<note>[^()]*)"

# A heading set apart as a paragraph of its own in bold ("4. Quy hoạch của địa phương và việc
# tích hợp … (trước và sau sáp nhập)" over its text): the whole line is its name, up to this many
# characters, even when it holds a ';' ("5. Định hướng … 5 - 10 năm tới; định hướng ưu tiên").
HEADING_LINE_MAX = 300
# The label over the list of papers a submission or a report sends with it ("Các văn bản kèm theo:",
# "Hồ sơ kèm theo:", "Hồ sơ, văn bản kèm theo: Theo Phiếu chuyển số … gồm:", "Tài liệu gửi kèm:"):
# the numbered lines under it name files, they are not parts of the document.
ENCLOSURES_LABEL = (r"^\W*(?:các\s+)?(?:hồ\s+sơ|văn\s+bản|tài\s+liệu|giấy\s+tờ)"
                    r"(?:\s*,\s*(?:hồ\s+sơ|văn\s+bản|tài\s+liệu|giấy\s+tờ))*"
                    r"\s+(?:kèm\s+theo|đính\s+kèm|gửi\s+kèm)\b.*:\s*$")
# OCR reads a clause label's full stop as a comma ("5, Về cấp Giấy phép …"); the sectioner takes
# it on an OCR page only, where it follows the clause numbered one less.
OCR_CLAUSE = r"(?P<num>\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"

# The marker a clause or item opens with ("1.", "2.3.", "b)", "- ", "Điều 5."), optional: what a
# rule skips to read the clause's first words (its subject, its cue).
ITEM_MARKER = r"\s*(?:(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s*|[-+•*]\s*|(?:Điều|ĐIỀU)\s+\d+\s*[.:]\s*)?"

# ---- the header block (before the body) ---------------------------------------------------
# The header's parts are described once, in lexicon/identity.py; the sectioner only needs to
# know where they end.
from .identity import ADDRESS as ADDRESS_LINE  # noqa: E402
from .identity import SECRECY, URGENCY  # noqa: E402
from .identity import PUBLISHED as _PUBLISHED  # noqa: E402
from .identity import PUBLISHED_TAIL_CUE as PUBLISHED_TAIL  # noqa: E402
from .identity import SUBJECT as SUBJECT_LINE  # noqa: E402

URGENCY_SECRECY = r"^(?:" + "|".join(sorted([*URGENCY, *SECRECY], key=len, reverse=True)) + r")$"
# Lines that only label a web page's publication time: "Thứ năm 25/10/2018 16:31", "24/12/2019 18:24"
PUBLISHED_LINE = r"^" + _PUBLISHED + r"$"

# ---- the closing block ---------------------------------------------------------------------
# Web-page chrome after a news article's text.
WEB_TRAILER = (r"^(?:Bài mới|Đọc nhiều|Tin liên quan|Tin khác|Tin cùng chuyên mục|Bài viết liên quan"
               r"|Xem thêm|Chia sẻ|Bình luận|Từ khóa|Tags?|Thẻ)\s*(?::.*)?$")

# A top-level part that reports what was done or how things stand ("I. KẾT QUẢ THỰC HIỆN",
# "Tình hình …", "Hiện trạng chung", "Tồn tại, hạn chế", "Bài học kinh nghiệm"): its dates tell when things happened
# and its figures are results, not limits or targets.
REPORT_PART = (r"^\W*(?:kết quả|tình hình|thực trạng|hiện trạng|đánh giá|khái quát|sơ kết|tổng kết|tồn tại|hạn chế"
               r"|khó khăn|nguyên nhân|bài học)\b")
# A top-level part that recounts the work done ("2. Một số nội dung đã thực hiện trong năm 2025",
# "II. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC"): the bodies it names did that work, it gives them none. Its planned
# dates ("dự kiến hoàn thành trong quý 2/2026") may still be limits, so only tasks read it.
DONE_PART = (r"^\W*(?:một\s+số\s+|những\s+|các\s+)?(?:nội\s+dung|công\s+việc|việc|nhiệm\s+vụ|hoạt\s+động)"
             r"\s+(?:chủ\s+yếu\s+|chính\s+)?đã\s+(?:thực\s+hiện|triển\s+khai|làm|hoàn\s+thành)")
# A top-level part that describes the matter a notice rules on: the facts of the project and the
# file submitted ("I. THÔNG TIN CHUNG VỀ DỰ ÁN", "II. HỒ SƠ TRÌNH THẨM ĐỊNH THIẾT KẾ XÂY DỰNG",
# "III. NỘI DUNG HỒ SƠ TRÌNH THẨM ĐỊNH", "1. Thông tin về công trình" of an appraisal or inspection
# notice): the firms it names drew up the file or hold certificates, they are given no work there.
INFO_PART = (r"^\W*(?:thông\s+tin(?:\s+chung)?\s+(?:về|của)|hồ\s+sơ\s+(?:trình|đề\s+nghị)"
             r"|nội\s+dung\s+hồ\s+sơ)\b")
# Words no sentence ends on: a line that ends with one was wrapped, whatever the next line opens
# with ("… theo quy định của Bộ trưởng\nBộ Nông nghiệp và Môi trường;", "các Sở: Nông nghiệp và\nMôi
# trường, Xây dựng").
OPEN_ENDINGS = ["và", "của", "cho", "tại", "với", "theo", "về", "đến", "từ", "để", "thuộc", "các", "những",
                "hoặc", "cùng", "giữa", "bằng", "nhằm", "đối với", "trực thuộc", "bộ trưởng", "thủ trưởng",
                "giám đốc", "chủ tịch"]

# ---- appendices -----------------------------------------------------------------------------
APPENDIX = (r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:" + ROMAN + r"|\d{1,2}|[A-Z]))?\b"
            r"|^\(?\s*(?:Kèm|Ban hành kèm) theo\s+(?:Kế hoạch|Quyết định|Công văn|Chương trình|Thông báo|Báo cáo"
            r"|Giấy chứng nhận|Giấy phép)")

# An appendix that is a document of its own, attached to the decision or letter that issues it
# ("KẾ HOẠCH Bảo đảm trật tự … (Kèm theo Quyết định số …)", "QUY CHẾ …"): its text is body like the
# main one, unlike a data appendix ("Phụ lục 2: Quy mô và thông số …", "DANH SÁCH …").
ATTACHED_DOCUMENT = (r"^\W*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|QUY CHẾ|QUY ĐỊNH|QUY TRÌNH|ĐIỀU LỆ|HƯỚNG DẪN"
                     r"|Kế hoạch|Chương trình|Đề án|Phương án|Quy chế|Quy định|Quy trình|Điều lệ|Hướng dẫn)\b")

# An appendix that lays out a report the letter asks for ("ĐỀ CƯƠNG BÁO CÁO …", "Phụ lục: NỘI DUNG
# YÊU CẦU BÁO CÁO TẠI CUỘC HỌP", "Mẫu báo cáo …"): its items ("- Báo cáo hiện trạng …", "1. UBND xã X
# / - Nêu rõ khó khăn …") are what the report holds, not work of their own.
REPORT_OUTLINE = r"\b(?:đề cương|nội dung(?: yêu cầu)?|mẫu|biểu mẫu)\s+báo cáo\b"

# ---- agency clauses --------------------------------------------------------------------------
# Words that open the name of a body (genre.md "Bodies"); a heading whose lead-in starts with
# one of them, optionally after "Đề nghị"/"Giao"/"Thủ trưởng", names the agency in charge.
AGENCY_HEADS = [
    "Bộ Chỉ huy", "Bộ đội Biên phòng", "Bộ", "Sở", "Ban Chỉ đạo", "Ban Quản lý", "Ban", "Phòng",
    "Cục Thuế", "Chi cục", "Tổng cục", "Cục", "Vụ", "Văn phòng", "Thanh tra", "Trung tâm",
    "Ủy ban nhân dân", "UBND", "Ủy ban Mặt trận", "Ủy ban MTTQ", "Ủy ban", "Hội đồng nhân dân",
    "HĐND", "Công an", "Viện Kiểm sát", "Tòa án", "Hội", "Thành Đoàn", "Tỉnh Đoàn", "Huyện Đoàn",
    "Đoàn", "Đội", "Tổ", "Liên đoàn", "Kho bạc", "Ngân hàng", "Đài", "Báo", "Trường",
    "Bệnh viện", "Các sở", "Các Sở", "Các cơ quan", "Các đơn vị", "Thủ trưởng", "Chủ tịch",
    "Cơ quan", "Đơn vị", "Mặt trận", "MTTQ", "Lực lượng", "Bảo hiểm xã hội", "Cảnh sát",
]
AGENCY_PREFIXES = ["Đề nghị", "Giao", "Yêu cầu"]
# A duty heading that names its addressee after "Đối với" ("6.2. Đối với đơn vị được kiểm tra:",
# "b) Đối với các Sở, ngành:"): the body named leads the items under it, like "Sở Y tế:" does.
# The name may open in lower case or with "các", as a phrase inside a sentence does.
SCOPE_PREFIX = r"Đối với\s+(?P<plural>(?:các|những)\s+)?"
# Heads a collective addressee opens with in lower case ("đối với đơn vị được kiểm tra"); any
# other lower-case word there is a subject matter ("Đối với phòng cháy, chữa cháy:").
SCOPE_LOWER_HEADS = ["đơn vị", "cơ quan"]
# Words that open with an agency head but are verbs or common nouns ("Tổ chức hội chợ",
# "Báo cáo kết quả", "Phòng, chống dịch", "Hội nghị sơ kết"): such a heading names no agency.
NOT_AGENCY = [
    "Tổ chức", "Ban hành", "Hội nghị", "Hội thảo", "Hội thi", "Hội diễn", "Phòng, chống",
    "Phòng chống", "Phòng ngừa", "Phòng tránh", "Đội ngũ", "Trường hợp", "Báo cáo", "Bộ máy",
    "Bộ tiêu chí", "Bộ chỉ số", "Bộ tài liệu", "Sở hữu", "Vụ việc", "Đoàn kết", "Đoàn viên",
    "Cơ quan chức năng", "Đơn vị hành chính", "Ủy ban nhân dân các cấp", "Các cơ quan, đơn vị liên quan",
    # the verbs of a duty, as "Phòng, chống": "- Thanh tra, kiểm tra định kỳ hoặc đột xuất …"
    "Thanh tra, kiểm tra",
]
# Field labels inside a task block ("- Cơ quan chủ trì: Sở Công Thương", "- Thời gian: Quý
# III/2024") look like agency clauses but name a column of the task, not the clause's agency.
FIELD_LABELS = [
    "Cơ quan chủ trì", "Cơ quan phối hợp", "Cơ quan thực hiện", "Đơn vị chủ trì",
    "Đơn vị phối hợp", "Đơn vị thực hiện", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp",
    "Thời gian", "Thời hạn", "Tiến độ", "Kinh phí", "Sản phẩm", "Nội dung", "Địa điểm",
    "Thành phần", "Hình thức", "Kết quả",
]

# A duties heading printed without "của" ("Điều 16. Trách nhiệm Sở Xây dựng", "3. Nhiệm vụ
# Ủy ban nhân dân cấp huyện"): the words open the heading only when a capitalised name follows
# right away; the tasks stage then reads the body's name from the mentions, as after "1. Sở Y tế:".
_VI_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()
                    and (c < "\u0250" or c >= "\u1E00"))   # Latin capitals, with Vietnamese marks
DUTIES_BARE = (r"(?:Trách\s+nhiệm|Nhiệm\s+vụ(?:\s*(?:,|và)\s*quyền\s+hạn)?)"
               rf"(?=[ \t]+[{_VI_UPPER}])")

# The levels of government a body is named by ("Ủy ban nhân dân cấp xã", "Công an cấp huyện").
LEVEL_WORDS = r"(?:xã|huyện|tỉnh|trung\s+ương)(?![^\W\d_])"

# The list of works a technical text draws on ("THƯ MỤC TÀI LIỆU THAM KHẢO", "TÀI LIỆU THAM
# KHẢO" on a line of its own, then "[1] QCVN …", "[3] Hướng dẫn …. Viện X, Bộ Y, 2026"): its
# entries name authors and publishers, never bodies given work (tasks.reference_lists).
REFERENCE_LIST_HEADING = r"(?m)^[ \t]*(?:THƯ[ \t]+MỤC[ \t]+)?TÀI[ \t]+LIỆU[ \t]+THAM[ \t]+KHẢO[ \t]*:?[ \t]*$"
# what ends that list: a new part or appendix ("PHỤ LỤC", "Phụ lục 2", "Chương III")
REFERENCE_LIST_END = r"(?m)^[ \t]*(?:PHỤ[ \t]+LỤC|Phụ[ \t]+lục[ \t]+\S|CHƯƠNG[ \t]|Chương[ \t]+[IVXLC\d])"
