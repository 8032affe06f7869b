"""Joint subjects: a clause that names several bodies as its subject gives each the work.

"Giao Sở Công Thương, Công an tỉnh, UBND xã X căn cứ chức năng, nhiệm vụ, giám sát …",
"Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy … phối hợp kiểm tra …", "Sáu là, các
Sở: Tài chính, Xây dựng … có ý kiến …": every body named there carries the work out, so each
is the lead of a task of its own (as in an execution clause). Not "Sở A chủ trì, phối hợp với
Sở B" (B is a partner) nor "Sở A và các đơn vị liên quan" (a catch-all names no body).
"""

# Types whose paragraphs are one unit of assignment each, led by the first body named: a news
# article retells a decision paragraph by paragraph (dev conventions: "in a news article, one
# paragraph that assigns work").
ONE_LEAD_TYPES = {"Tin bài"}

# A text several bodies issue together ("Hướng dẫn liên ngành", "Thông tư liên tịch", "Nghị quyết
# liên tịch"): a duty it gives its co-issuers by name is each one's, the writer's own included.
JOINT_TYPE = r"liên\s+(?:ngành|tịch|bộ)"

# Ordinal openers of a conclusion or a request ("Một là, …", "Sáu là, …", "Thứ hai, …"): the
# subject comes after them, as after "1." or "a)".
ORDINAL_OPENER = (r"(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?)"
                  r"\s+là|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*")

# A catch-all heading: the class of bodies "concerned" ("Các Sở, ban, ngành, địa phương có liên
# quan …", "Các cơ quan, đơn vị liên quan:") names no body; unless it is the letter's addressee,
# it leads no task of its own.
CATCH_ALL = r"(?<![^\W\d_])(?:có\s+)?liên\s+quan(?![^\W\d_])"

# A request cue inside a one-sentence lead-in that opens with its purpose and names whom the
# items below are asked of: "Để triển khai …, Sở Công Thương đề xuất Bộ Công Thương một số nội
# dung như sau:", "Để kịp thời tháo gỡ …, UBND tỉnh trân trọng đề nghị Bộ Xây dựng:"
# (tasks.request_lead_in; the cue at the start is lexicon bodies REQUEST_LEAD_IN).
PURPOSE_OPENING = r"\s*(?:[-+•*]\s*)?(?:Để|Nhằm)\s"
INNER_REQUEST = (r"(?<![^\W\d_])(?:(?:kính|trân\s+trọng)\s+)?(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s+"
                 r"(?:(?:quý|các)\s+)?")

# A class of bodies as the subject of a clause, named by no one body ("7. Các Bộ, ngành liên quan
# khác trong phạm vi chức năng, nhiệm vụ, tăng cường … và hướng dẫn Ủy ban nhân dân các tỉnh …",
# "Các sở, ban, ngành có liên quan chủ động …"): a catch-all, no lead, and never a body it names
# later as the object of its work (extract/catch_alls).
CLASS_WORDS = ["cơ quan ngang bộ", "cơ quan thuộc Chính phủ", "cơ quan chuyên môn", "cơ quan",
               "bộ", "ngành", "sở", "ban", "đoàn thể", "địa phương", "đơn vị", "tổ chức"]
_CLASS = "|".join(sorted((w.replace(" ", r"\s+") for w in CLASS_WORDS), key=len, reverse=True))
# Two class words at least ("Các bộ, ngành"), or one with "liên quan" / "khác" after it ("Các cơ quan
# liên quan"): "Các cơ quan quản lý nhà nước có trách nhiệm …" states a duty of the law, no class subject.
CLASS_SUBJECT = (rf"(?:Các|CÁC|Những)\s+(?i:(?:{_CLASS})(?P<more>(?:\s*,\s*(?:{_CLASS}))+)?)"
                 rf"(?!\s+(?i:trưởng)(?![^\W\d_]))"
                 rf"(?P<tail>\s+(?i:(?:có\s+)?liên\s+quan)(?:\s+khác)?|\s+khác)?(?![^\W\d_])")
