"""Classes of regulated actors a regulation gives duties to (issue 10: "collective leads … are leads").

Decrees, circulars and provincial Quy chế give work to named bodies and also to classes of the
actors they regulate: "Điều 15. Trách nhiệm của tổ chức, cá nhân sản xuất, kinh doanh hóa chất",
"5. Trách nhiệm của chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp:", "b) Chủ đầu tư xây dựng hạ
tầng kỹ thuật cụm công nghiệp thực hiện lập …". Such a class, named as the duty-holder of a
heading or as the subject of a clause, is the lead of that clause's work and a body (gold
convention: eval/holdout4 NOTES-A on QD-16; eval/dev NOTES). A class of *state bodies* ("Các sở,
ban, ngành liên quan") is a catch-all instead (co_leads CLASS_SUBJECT), and so is a class that
is only "concerned" ("các tổ chức, cá nhân có liên quan").
"""

# The noun that heads a class of regulated actors ("các" / "những" / "mọi" may open it). "cơ sở"
# only with the activity it carries on ("cơ sở khám bệnh, chữa bệnh", "cơ sở sản xuất"), never
# "cơ sở dữ liệu" or "cơ sở vật chất".
ACTOR_CLASS = (
    r"(?:(?:các|những|mọi)\s+)?"
    r"(?:chủ\s+đầu\s+tư|nhà\s+đầu\s+tư|nhà\s+thầu|doanh\s+nghiệp|hợp\s+tác\s+xã|hộ\s+kinh\s+doanh"
    r"|tổ\s+chức\s*(?:,|và)\s*(?:cá\s+nhân|doanh\s+nghiệp)|cá\s+nhân\s*(?:,|và)\s*tổ\s+chức"
    r"|hộ\s+gia\s+đình\s*(?:,|và)\s*cá\s+nhân|người\s+sử\s+dụng\s+lao\s+động|chủ\s+cơ\s+sở|chủ\s+rừng"
    r"|chủ\s+phương\s+tiện|chủ\s+hàng|đơn\s+vị\s+kinh\s+doanh"
    r"|cơ\s+sở\s+(?:sản\s+xuất|kinh\s+doanh|khám|chữa|y\s+tế|giáo\s+dục|đào\s+tạo|chế\s+biến|chăn\s+nuôi"
    r"|giết\s+mổ|dịch\s+vụ|bán|lưu\s+trú|nuôi|công\s+nghiệp|thương\s+mại|hoạt\s+động|phát\s+thải|sử\s+dụng"
    r"|xử\s+lý|cai\s+nghiện|bảo\s+trợ|trợ\s+giúp))"
    r"(?![^\W\d_])"
)

# A heading that gives its section's work to whom it names: "Trách nhiệm của …", "Nhiệm vụ,
# quyền hạn của …", "Nghĩa vụ của …" (up to the heading's colon or end).
DUTY_HEADING = (r"\s*(?:Trách\s+nhiệm|Nhiệm\s+vụ|Nghĩa\s+vụ)(?:\s*(?:,|và)\s*(?:quyền\s+hạn|quyền\s+lợi|nghĩa\s+vụ"
                r"|trách\s+nhiệm|quyền))?(?:\s+của)?\s+")

# Where a heading's list starts another class of its own ("chủ đầu tư …, các doanh nghiệp …").
CLASS_LIST_SPLIT = r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?=(?:các|những)\s)"

# The class's work after it as a clause subject: a duty word or a verb of the work ("b) Chủ đầu
# tư … có trách nhiệm …", "1. Nhà đầu tư thứ cấp phải …", "Chủ đầu tư …: Phối hợp với …").
ACTOR_DUTY_CUE = (r"(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải|cần|thực\s+hiện|tiến\s+hành|lập|chủ\s+động"
                  r"|tổ\s+chức|triển\s+khai|phối\s+hợp|báo\s+cáo|gửi|nộp|cung\s+cấp|tuân\s+thủ|chấp\s+hành"
                  r"|bảo\s+đảm|đảm\s+bảo|duy\s+trì|thông\s+báo|đăng\s+ký|kê\s+khai|lưu\s+giữ|niêm\s+yết"
                  r"|bố\s+trí|thu\s+gom|xử\s+lý|theo\s+dõi|rà\s+soát|kiểm\s+tra)(?![^\W\d_])")

# A class that is only "concerned" or "other" names no one: a catch-all, no lead.
ACTOR_CATCH_ALL = r"(?:(?:có\s+)?liên\s+quan|khác)\s*$"

# What follows a class as a subject when it states a fact, a permission or what the class may
# do rather than its duty ("Chủ đầu tư tự tổ chức thẩm định … hoặc có thể thuê tư vấn",
# "Doanh nghiệp đã nộp hồ sơ", "Nhà đầu tư là tổ chức kinh tế …"): no work given.
ACTOR_NOT_DUTY = r"\s+(?:tự|có\s+thể|không|chưa|đã|sẽ|đang|cũng|vẫn|được|chỉ|là|gồm|bao\s+gồm)(?![^\W\d_])"
