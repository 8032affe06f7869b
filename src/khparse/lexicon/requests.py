"""Requests a letter or notice makes of the body it is addressed to.

A Công văn / Thông báo sent to one body (or one class of bodies: "Kính gửi: Các tổ chức,
cá nhân hoạt động vật liệu nổ …") refers to it generically in its requests: "Sở X đề nghị
Công ty thực hiện các nội dung sau:", "Quý Công ty có trách nhiệm …", "yêu cầu các đơn vị
…", "2. Yêu cầu đối với chủ đầu tư". Each request is work given to the addressee.
"""

# The request verb the issuer uses toward the addressee.
REQUEST_CUE = r"(?:đề\s+nghị|yêu\s+cầu|đôn\s+đốc)"

# Words between the cue and the reference: "đề nghị Quý Công ty", "yêu cầu các đơn vị".
REF_LEAD = r"(?:quý\s+)?(?:(?:các|những)\s+)?"

# After a reference: the bodies it stands for were named above ("các đơn vị nêu trên",
# "Công ty kể trên", "các tổ chức có tên ở trên") — in a letter without Kính gửi, the ones
# it asks things of.
NAMED_ABOVE = r"(?:nêu|kể|có\s+tên|đã\s+nêu)\s+(?:ở\s+)?trên\b"

# References that stand for any addressee.
ANY_REFS = ["đơn vị", "cơ quan", "tổ chức, cá nhân", "tổ chức", "địa phương"]
# References that stand for an addressee that is a firm or a project owner.
FIRM_REFS = ["Tổng công ty", "Công ty", "Doanh nghiệp", "DNTN", "Chi nhánh", "Hợp tác xã", "HTX",
             "Chủ đầu tư", "nhà đầu tư", "cơ sở"]
# An addressee that such references may stand for ("Kính gửi: Công ty cổ phần X",
# "Kính gửi: Các tổ chức, cá nhân hoạt động …", "Kính gửi: Ban Quản lý dự án …").
FIRM_ADDRESSEE = (r"(?:các\s+|những\s+)?(?:Tổng công ty|Công ty|Doanh nghiệp|DNTN|Chi nhánh|Hợp tác xã|HTX"
                  r"|tổ chức|cơ sở|nhà đầu tư|chủ đầu tư|Ban Quản lý dự án|đơn vị)")

# The reference as the subject of a duty: "Công ty có trách nhiệm …", "Chủ đầu tư phải …".
DUTY_AFTER = r"(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải|cần|khẩn\s+trương)\b"

# A purpose clause that hands the addressee work: the issuer informs it or returns its file
# "để" it does something ("… thông báo để Hợp tác xã X biết, chủ động bố trí nhân sự …",
# "… trả lại hồ sơ để Công ty tổ chức thẩm định theo thẩm quyền"). Before the reference:
PURPOSE_BEFORE = r"(?<![^\W\d_])để\s+"
# between the reference and the work: "(được) biết," / "biết và", then an adverb of manner.
PURPOSE_GAP = r"(?:\s*(?:được\s+)?biết\s*(?:,|và)?)?\s*(?:(?:chủ\s+động|khẩn\s+trương|kịp\s+thời)\s+)?"

# A heading that scopes requests to the addressee: "2. Yêu cầu đối với chủ đầu tư",
# "Trách nhiệm của Công ty", "Đề nghị đối với doanh nghiệp".
REQUEST_HEADING = r"(?:yêu\s+cầu|đề\s+nghị|trách\s+nhiệm)\s+(?:đối\s+với|của)\s+"

# A request that only applies if the addressee meets a difficulty is no work given ("nếu có
# vướng mắc, đề nghị liên hệ …", "trường hợp cần trao đổi thêm, đề nghị …"). A request on
# any other condition still is ("Trường hợp Công ty có nhu cầu tiếp tục thực hiện thủ tục,
# đề nghị Công ty hoàn thiện hồ sơ …": what a returned dossier needs before it is filed again).
CONDITIONAL_BEFORE = (r"(?:nếu|trường\s+hợp)\b[^.;:]*\b(?:vướng\s+mắc|khó\s+khăn|phát\s+sinh|thắc\s+mắc"
                      r"|chưa\s+rõ|cần\s+(?:trao\s+đổi|làm\s+rõ|hướng\s+dẫn|hỗ\s+trợ|thêm)|có\s+ý\s+kiến)"
                      r"[^.;:]*$")

# A closing request that only urges carrying out what the letter said, ending its sentence
# ("Sở X đề nghị Công ty nghiêm túc triển khai thực hiện./.", "… quan tâm, phối hợp thực hiện
# đúng thời hạn nêu trên."): it gives no work of its own. Matched right after the reference.
CLOSING = (r"(?:\s+(?:có\s+)?liên\s+quan|\s+nêu\s+trên)?\s*(?:(?:nghiêm\s+túc|quan\s+tâm|khẩn\s+trương|chủ\s+động"
           r"|triển\s+khai|phối\s+hợp|tổ\s+chức)\s*,?\s*)*thực\s+hiện(?:\s+(?:nghiêm\s+túc|đầy\s+đủ"
           r"|đúng\s+thời\s+(?:hạn|gian)(?:\s+nêu\s+trên|\s+quy\s+định)?|theo\s+quy\s+định"
           r"|(?:các\s+)?nội\s+dung\s+(?:nêu\s+)?trên|(?:văn\s+bản|công\s+văn|thông\s+báo)\s+này))*"
           r"\s*(?:\./\.|/\.|\.(?!\S)|$)")

# The title of an item that quotes a rule, cut at its colon ("Khoản 1 Điều 12 Thông tư số
# 36/2025/TT-BNNMT quy định", "Theo điểm a khoản 2 Điều 59 Luật Địa chất và khoáng sản quy định"):
# a provision of a law, decree or circular, then "quy định" (or "nêu rõ") at its end.
QUOTES_RULE = (r"\b(?:điều|khoản|điểm|luật|nghị\s+định|thông\s+tư|quyết\s+định)\b[^:]*"
               r"\b(?:quy\s+định(?:\s+như\s+sau)?|nêu\s+rõ)\s*$")

# ---- submissions (Tờ trình, Phiếu trình) ------------------------------------------------------
# A submission asks the body it is sent to for one decision; its background parts (the drafting,
# the appraisal, the other bodies' opinions) recount work and give none. Types:
SUBMISSION_TYPES = {"Tờ trình", "Phiếu trình", "Phiếu trình giải quyết công việc"}
# The top-level part that states the request: "III. KIẾN NGHỊ", "II. KIẾN NGHỊ, ĐỀ XUẤT",
# "III. Ý KIẾN CỦA VĂN PHÒNG …", "IV. ĐỀ XUẤT".
SUBMISSION_REQUEST_PART = r"\s*(?:kiến\s+nghị|đề\s+xuất|đề\s+nghị|ý\s+kiến\s+(?:của|đề\s+xuất))"
# The sender's own request to the addressee: "Sở X kính trình UBND tỉnh xem xét, ban hành …",
# "Văn phòng kính đề nghị đồng chí Chủ tịch xem xét, cho ý kiến …".
SUBMISSION_CUE = r"(?<![^\W\d_])kính\s+(?:trình|đề\s+nghị)\s"
# The verb a report's or letter's closing request opens with ("trân trọng đề nghị", "kính báo cáo", "trình").
CLOSING_CUE = r"(?<![^\W\d_])(?:(?:kính|trân\s+trọng)\s+)?(?:trình|đề\s+nghị|báo\s+cáo)\s"
# A closing that asks for nothing named: "… kính đề nghị UBND tỉnh xem xét, chỉ đạo./.".
# A report's last line of the same kind ("UBND tỉnh đề nghị Bộ X xem xét, tổng hợp./.") is one too.
SUBMISSION_BARE_CLOSING = (r"(?:(?:kính|trân\s+trọng)\s+)?(?:trình|đề\s+nghị|báo\s+cáo)\s[^.;:]{0,80}?xem\s+xét"
                           r"(?:\s*(?:,|và)\s*(?:chỉ\s+đạo|quyết\s+định|giải\s+quyết|cho\s+ý\s+kiến|phê\s+duyệt"
                           r"|tổng\s+hợp|theo\s+dõi))*\s*[./]*\s*$")

# A transmittal (Phiếu chuyển) forwards a file to the body it is sent to "để chủ trì, xem xét, giải
# quyết": that is its one task, led by the addressee. The cue (OCR may read "chuyền", "đề"):
TRANSMITTAL_TYPES = {"Phiếu chuyển"}
TRANSMITTAL_CUE = r"(?<![^\W\d_])chuy[ểềê]n\s[^.;]{0,200}?(?<![^\W\d_])(?:đến|tới)\s[^.;]{0,120}?(?<![^\W\d_])(?:để|đề|đê)\s"

# ---- records (Biên bản) -------------------------------------------------------------------------
# A record of a meeting or an inspection lists who attended and what each party said; only its
# conclusions assign work ("III. Các ý kiến thống nhất", "IV. KẾT LUẬN", "Kiến nghị của Đoàn").
RECORD_TYPES = {"Biên bản"}
RECORD_CONCLUSION_PART = (r"\s*(?:(?:các|những)\s+)?(?:ý\s+kiến\s+(?:thống\s+nhất|kết\s+luận|chỉ\s+đạo)"
                          r"|nội\s+dung\s+(?:thống\s+nhất|kết\s+luận)|kết\s+luận|kiến\s+nghị|thống\s+nhất"
                          r"|yêu\s+cầu|đề\s+nghị)")
# Without such a part, a paragraph gives work only when it asks or assigns it.
RECORD_ASKS = r"(?<![^\W\d_])(?:đề\s+nghị|yêu\s+cầu|giao\s+cho|kiến\s+nghị|có\s+trách\s+nhiệm)(?![^\W\d_])"
