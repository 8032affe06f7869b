"""Requests a letter or notice makes of the body it is addressed to.

A Công văn / Thông báo sent to one body (or one class of bodies: "Kính gửi: Các tổ chức,
cá nhân hoạt động vật liệu nổ …") refers to it generically in its requests: "Sở X đề nghị
Công ty thực hiện các nội dung sau:", "Quý Công ty có trách nhiệm …", "yêu cầu các đơn vị
…", "2. Yêu cầu đối với chủ đầu tư". Each request is work given to the addressee.
"""

# The request verb the issuer uses toward the addressee; a report or submission to a higher body
# proposes ("Sở X đề xuất Bộ Y một số nội dung như sau:", "kiến nghị Bộ Y sớm ban hành …").
REQUEST_CUE = r"(?:đề\s+nghị|yêu\s+cầu|đôn\s+đốc|đề\s+xuất|kiến\s+nghị)"

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
# The head of the addressee's name, written alone for it ("Kính gửi: Cục Hải quan" … "đề nghị Cục
# liên hệ …", "Kính gửi: Sở Xây dựng" … "đề nghị Sở nghiên cứu …"); not when a name follows it.
ADDRESSEE_HEADS = ["Tổng cục", "Chi cục", "Cục", "Sở", "Bộ", "Vụ", "Ban", "Phòng", "Trung tâm", "Viện"]
# A request with no named subject in a letter to one body asks that body ("…, đề nghị nghiên cứu
# thực hiện theo nguyên tắc sau", "Đề nghị tham khảo Công văn số …"): the cue opens a sentence
# or follows a comma, and a verb of work follows it (these, with bodies.ACTION_VERBS).
BARE_REQUEST_CUE = r"(?:đề\s+nghị|yêu\s+cầu)\s+"
BARE_REQUEST_BEFORE = r"(?:^|[.;:!?]\s*|,\s*|\n\s*)(?:[-+•*]\s*|(?:\d{1,2}|[a-zđ])[.)]\s*)?(?:(?:kính|trân\s+trọng)\s+)?$"
BARE_REQUEST_VERBS = ["tham khảo", "liên hệ", "gửi", "hoàn thiện", "bổ sung", "nghiên cứu", "xem xét, cung cấp",
                      "khẩn trương", "chủ động", "nghiêm túc", "lưu ý", "căn cứ"]
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

# A letter whose opening announces its parts ("UBND tỉnh X báo cáo và đề nghị Bộ Y nội dung như sau:"
# over "1. Thực trạng …", "2. Khó khăn, vướng mắc", "3. Kiến nghị"): when one part is titled as the
# request, the others recount the matter and ask nothing. The whole title of that part:
ASKING_PART = (r"\s*(?:(?:một\s+số|các|những)\s+)?(?:kiến\s+nghị|đề\s+xuất|đề\s+nghị)"
               r"(?:\s*(?:,|và|-)\s*(?:kiến\s+nghị|đề\s+xuất|đề\s+nghị))?"
               r"(?:\s+(?:của|với|đối\s+với|gửi)\s+[^.;:\n]{2,80})?\s*[:.]?\s*$")

# A request that only applies if the addressee meets a difficulty is no work given ("nếu có
# vướng mắc, đề nghị liên hệ …", "trường hợp cần trao đổi thêm, đề nghị …"). A request on
# any other condition still is ("Trường hợp Công ty có nhu cầu tiếp tục thực hiện thủ tục,
# đề nghị Công ty hoàn thiện hồ sơ …": what a returned dossier needs before it is filed again).
CONDITIONAL_BEFORE = (r"(?:nếu|trường\s+hợp)\b[^.;:]*\b(?:vướng\s+mắc|khó\s+khăn|phát\s+sinh|thắc\s+mắc"
                      r"|chưa\s+rõ|cần\s+(?:trao\s+đổi|làm\s+rõ|hướng\s+dẫn|hỗ\s+trợ|thêm)|có\s+ý\s+kiến)"
                      r"[^.;:]*$")

# A closing request that only urges carrying out what the letter said, ending its sentence
# ("Sở X đề nghị Công ty nghiêm túc triển khai thực hiện./.", "… quan tâm, phối hợp thực hiện
# đúng thời hạn nêu trên.", "… để Công ty biết, thực hiện và chịu trách nhiệm theo quy định pháp
# luật./.", "… để Quý Sở nghiên cứu, thực hiện theo quy định pháp luật./."): it gives no work of its
# own. Matched right after the reference.
CLOSING = (r"(?:\s+(?:có\s+)?liên\s+quan|\s+nêu\s+trên)?\s*(?:(?:nghiêm\s+túc|quan\s+tâm|khẩn\s+trương|chủ\s+động"
           r"|triển\s+khai|phối\s+hợp|tổ\s+chức|nghiên\s+cứu|tiếp\s+thu(?:\s+đầy\s+đủ)?)\s*(?:,|và)?\s*)*thực\s+hiện"
           r"(?:\s+(?:nghiêm\s+túc|đầy\s+đủ"
           r"|đúng\s+thời\s+(?:hạn|gian)(?:\s+nêu\s+trên|\s+quy\s+định)?"
           r"|theo\s+(?:đúng\s+)?quy\s+định(?:\s+(?:của\s+)?pháp\s+luật)?(?:\s+hiện\s+hành)?"
           r"|(?:các\s+)?nội\s+dung\s+(?:nêu\s+)?trên|(?:văn\s+bản|công\s+văn|thông\s+báo)\s+này"
           r"|(?:và\s+)?chịu\s+trách\s+nhiệm(?:\s+theo\s+quy\s+định(?:\s+(?:của\s+)?pháp\s+luật)?)?))*"
           r"\s*(?:\.+/\.|/\.|\.(?!\S)|$)")

# The same closing addressed to the bodies by name, after the letter's requests to them ("Căn cứ nội
# dung trên, đề nghị Sở Y, Ban Quản lý Z phối hợp với các cơ quan, đơn vị liên quan triển khai thực
# hiện./.", "Yêu cầu Công an tỉnh, Sở Y tế nghiêm túc thực hiện./."): it only urges carrying out what
# was asked, no work of its own. Matched after the last name; the phrase of partners it may carry
# names no body ("các cơ quan, đơn vị liên quan").
URGE_AFTER_NAMES = (r"\s*(?:(?:chủ\s+động|khẩn\s+trương|nghiêm\s+túc|quan\s+tâm)\s*,?\s*)*"
                    r"(?:phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|sở|ngành|địa\s+phương)"
                    r"[^.;:]{0,60}?\s+(?:có\s+)?liên\s+quan)?\s*,?\s*)?"
                    r"(?:(?:nghiêm\s+túc|tổ\s+chức|triển\s+khai)\s*,?\s*)*thực\s+hiện"
                    r"(?:\s+(?:nghiêm\s+túc|đầy\s+đủ|theo\s+quy\s+định|(?:các\s+)?nội\s+dung\s+(?:nêu\s+)?trên"
                    r"|(?:văn\s+bản|công\s+văn|thông\s+báo)\s+này))*\s*(?:\./\.|/\.|\.)?\s*$")

# A paragraph that asks in general, then announces the items below in its last sentence ("…, yêu cầu
# các đơn vị nghiêm túc thực hiện việc kê khai, báo cáo … . Sở X đề nghị một số nội dung cụ thể như
# sau:"): the whole paragraph leads in to the items, which are the requests. The last sentence:
ANNOUNCING_SENTENCE = (r"(?:^|[.;!?]\s+)[^.;!?]*?(?<![^\W\d_])(?:đề\s+nghị|yêu\s+cầu)(?![^\W\d_])[^.;!?]*?"
                       r"(?:nội\s+dung|vấn\s+đề|việc|yêu\s+cầu)[^.;!?:]{0,30}?(?:như\s+)?sau(?:\s+đây)?\s*:\s*$")

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
# A letter's closing to a superior is one as well: "… trân trọng đề nghị Bộ X quan tâm, sớm xem xét,
# chỉ đạo giải quyết./.", "Kính đề nghị UBND tỉnh xem xét, cho ý kiến chỉ đạo./.".
SUBMISSION_BARE_CLOSING = (r"(?:(?:kính|trân\s+trọng)\s+)?(?:trình|đề\s+nghị|báo\s+cáo)\s[^.;:]{0,80}?"
                           r"(?:xem\s+xét|quan\s+tâm)"
                           r"(?:\s*(?:,|và)\s*(?:sớm\s+)?(?:xem\s+xét|chỉ\s+đạo(?:\s+giải\s+quyết)?|quyết\s+định"
                           r"|giải\s+quyết|(?:cho|có)\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|phê\s+duyệt"
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
# A record's part that lists what the inspecting office requires of the firm it examined ("1. Yêu
# cầu của Sở Công Thương", "VI. KIẾN NGHỊ", "Yêu cầu đối với Chủ đầu tư"; OCR reads "YÊU CÀU"), a
# whole title, not one that also holds the parties' views ("… VÀ Ý KIẾN CỦA CHỦ ĐẦU TƯ"): each item
# under it is a task of that firm, written with or without its name ("- Lưu trữ hồ sơ …").
RECORD_REQUEST_PART = (r"\s*(?:(?:các|những)\s+)?(?:yêu\s+c[ầàâa]u|kiến\s+nghị|đề\s+nghị)"
                       r"(?:\s+(?:của|đối\s+với)\s+(?:(?!ý\s+ki[ếê]n)[^,;:.])+)?\s*[:.]?\s*$")
# … save an item that only bounds what the inspection vouches for ("Việc kiểm tra của Đoàn …
# không thay thế trách nhiệm của Chủ đầu tư …", "Kết quả kiểm tra không thay thế …").
RECORD_DISCLAIMER = (r"\s*(?:[-+•*]\s*)?(?:Việc\s+(?:kiểm\s+tra|ghi\s+nhận|thẩm\s+định|nghiệm\s+thu)"
                     r"|Kết\s+quả\s+(?:kiểm\s+tra|thẩm\s+định)|Biên\s+bản\s+(?:này|kiểm\s+tra))(?![^\W\d_])")
# The firm a record examined, where no line names a holder: the party marked as the project's
# owner in the list of who took part ("2. Đại diện Công ty X (chủ đầu tư)"; OCR: "chú đầu tư").
RECORD_OWNER_MARK = (r"(?P<name>(?:Tổng[ \t]+công[ \t]+ty|Công[ \t]+ty|Ban[ \t]+Quản[ \t]+lý|Hợp[ \t]+tác[ \t]+xã"
                     r"|Doanh[ \t]+nghiệp)[ \t]+[^()\n]{2,120}?)[ \t]*\([ \t]*(?i:ch[uúủ][ \t]+đầu[ \t]+tư)[ \t]*\)")
# The record's opening says when, where and who examined what ("Hôm nay, ngày …, Sở X tiến hành
# kiểm tra … hồ sơ đề nghị cấp …"): it gives no work whatever words it holds.
RECORD_OPENING = r"\s*(?:[-+•*]\s*)?(?:Hôm|Vào)\s+(?:nay|hồi)(?![^\W\d_])"
# Without such a part, a paragraph gives work only when it asks or assigns it.
RECORD_ASKS = r"(?<![^\W\d_])(?:đề\s+nghị|yêu\s+cầu|giao\s+cho|kiến\s+nghị|có\s+trách\s+nhiệm)(?![^\W\d_])"

# ---- licences and certificates (Giấy phép, Giấy chứng nhận đăng ký đầu tư) ---------------------
# A licence or certificate names the one it is issued to near its top, then lists that holder's
# duties in a part of its own ("Điều 3. Các quy định đối với nhà đầu tư thực hiện dự án",
# "Điều 4. Trách nhiệm của tổ chức được cấp phép", "Nghĩa vụ của doanh nghiệp"): each item of
# that part is a task of the holder. The line naming the holder ("Chứng nhận nhà đầu tư: / Tên
# doanh nghiệp: Công ty X.", "Điều 1. Cho phép Công ty Y …", "Cấp cho: Hợp tác xã Z"; in a record of
# the appraisal of a firm's file, "- Tên đơn vị: Công ty Z."):
# A food-safety or similar certificate names the facility it certifies ("Cơ sở: Công ty cổ phần X.");
# the form of a transport licence lists the kinds of holder on its label ("Tên cơ quan, tổ chức, cá
# nhân: Công ty TNHH Y.").
_ROLE = r"(?:nhà[ \t]+đầu[ \t]+tư|chủ[ \t]+đầu[ \t]+tư|tổ[ \t]+chức|doanh[ \t]+nghiệp|đơn[ \t]+vị|cơ[ \t]+sở)"
_KIND = r"(?:" + _ROLE[3:-1] + r"|cơ[ \t]+quan|cá[ \t]+nhân)"
_KINDS = _KIND + r"(?:[ \t]*,[ \t]*" + _KIND + r")*"
_GRANTED = r"(?:[ \t]+(?:được[ \t]+cấp(?:[ \t]+phép)?|đề[ \t]+nghị[ \t]+cấp(?:[ \t]+phép)?))?"
HOLDER_LINE = (r"(?im)^[ \t]*(?:[-+•*][ \t]*|\d{1,2}[.)][ \t]*|Điều[ \t]+\d+[ \t]*[.:][ \t]*)?"
               r"(?:(?:(?:Chứng[ \t]+nhận|Cấp[ \t]+cho)[ \t]+)?(?:" + _ROLE + r"|cho[ \t]+phép|cấp[ \t]+cho)" + _GRANTED
               + r"[ \t]*:?[ \t]*(?:\n[ \t]*){0,2}(?:Tên[ \t]+" + _KINDS + _GRANTED + r"[ \t]*:[ \t]*)?"
               r"|Tên[ \t]+" + _KINDS + _GRANTED + r"[ \t]*:[ \t]*)"
               r"(?P<name>(?:Tổng[ \t]+công[ \t]+ty|Công[ \t]+ty|Doanh[ \t]+nghiệp[ \t]+tư[ \t]+nhân|Hợp[ \t]+tác[ \t]+xã"
               r"|HTX|Chi[ \t]+nhánh|DNTN)[ \t]+[^.;:,\n]{2,120}?)"
               r"(?=[ \t]*(?:[.;:,\n(]|$|[ \t]+(?:được|có|thực|tại|địa|trụ|mã|theo)\b"
               r"|[ \t]+giấy[ \t]+(?:chứng|phép)\b))")
# A sentence of a licence or certificate whose subject is its holder, by its name or by the bare
# head of it ("Công ty phải …"), states a duty of the holder when one of these follows the subject
# ("phải có trách nhiệm duy trì …", "tự nguyện cam kết: a) … b) …", "có trách nhiệm …"):
HOLDER_DUTY_CUE = (r"[ \t]+(?:(?:tự[ \t]+nguyện|xin)[ \t]+)?(?:phải|có[ \t]+trách[ \t]+nhiệm|chịu[ \t]+trách[ \t]+nhiệm"
                   r"|cam[ \t]+kết)(?![^\W\d_])")
# … the heads that stand for the holder alone, and where a subject may open: at the sentence's
# start or a list marker, or after a comma (a leading condition: "Trường hợp Công ty di chuyển …,
# Công ty phải …") or a semicolon ("Được phép vận chuyển: Loại 3; Công ty X phải …").
# Only a grant states its holder's duties so (a notice of an appraisal, a letter, a decision on a
# plan speak of the firm by its role in their findings and requests):
GRANT_TYPES = {"Giấy phép", "Giấy chứng nhận"}
HOLDER_REFS = ["Tổng công ty", "Công ty", "Doanh nghiệp", "DNTN", "Chi nhánh", "Hợp tác xã", "HTX",
               "Chủ đầu tư", "Nhà đầu tư", "Cơ sở", "Đơn vị"]
HOLDER_SUBJECT_BEFORE = r"(?:\A[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]*|[-+•*][ \t]*)?|[,;][ \t]*)\Z"
# Documents addressed to many, where "doanh nghiệp", "tổ chức" name a class, not one holder:
PLAN_TYPES = {"Kế hoạch", "Kế hoạch liên tịch", "Chương trình", "Chỉ thị", "Hướng dẫn", "Hướng dẫn liên tịch",
              "Báo cáo", "Đề án", "Quy chế", "Quy định"}
# The title of the holder's duties part (matched at the start of a section title).
HOLDER_DUTY_PART = (r"\s*(?:(?:các|những)\s+)?(?:quy\s+định|điều\s+kiện|nghĩa\s+vụ|trách\s+nhiệm|yêu\s+cầu)"
                    r"(?:\s*(?:,|và)\s*(?:quyền\s+lợi|quyền\s+hạn|nghĩa\s+vụ|trách\s+nhiệm))?\s+(?:đối\s+với|của)\s+"
                    r"(?:nhà\s+đầu\s+tư|chủ\s+đầu\s+tư|doanh\s+nghiệp|tổ\s+chức|công\s+ty|đơn\s+vị|chủ\s+giấy\s+phép"
                    r"|bên\s+được\s+cấp)")

# A clause that says how many originals are made and who is sent a copy ("Giấy chứng nhận này
# được lập thành 02 bản gốc …; đồng thời sao gửi đến: Sở X, Sở Y …", "Quyết định này được sao gửi
# cho …"): the bodies it lists receive a copy, they are given no work.
COPIES_CLAUSE = r"(?<![^\W\d_])(?:sao\s+gửi|gửi\s+bản\s+sao)\s+(?:đến|tới|cho)(?![^\W\d_])"
# A line that records a firm's paper ("Giấy chứng nhận đăng ký doanh nghiệp số 52001… do Sở Kế hoạch và
# Đầu tư tỉnh X cấp lần đầu …, Sở Tài chính tỉnh Y cấp thay đổi lần thứ 16 …", "Mã số doanh nghiệp:
# …"): the offices that issued it are given no work by it.
PAPER_RECORD = (r"\s*(?:[-+•*]\s*)?(?:Giấy\s+chứng\s+nhận\s+đăng\s+ký\s+(?:doanh\s+nghiệp|kinh\s+doanh|đầu\s+tư"
                r"|hợp\s+tác\s+xã|hộ\s+kinh\s+doanh)|Mã\s+số\s+(?:doanh\s+nghiệp|thuế|dự\s+án))(?![^\W\d_])")
# … unless the clause assigns work before that ("Giao Sở X …; Quyết định sao gửi …").
ASSIGNS_BEFORE = r"(?<![^\W\d_])(?:giao|đề\s+nghị|yêu\s+cầu|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì)(?![^\W\d_])"
# … or states a duty in the line itself ("… phải xuất trình khi có yêu cầu", "… cần lưu giữ …").
MUST = r"(?<![^\W\d_])(?:phải|cần)(?![^\W\d_])"

# A record's request to the firm it examined, by a generic reference, maybe after a phrase of
# when ("đề nghị đơn vị chủ động …", "Đề nghị trong quá trình vận chuyển đơn vị tuân thủ …",
# "yêu cầu doanh nghiệp bổ sung …"), not the name of a paper ("hồ sơ đề nghị cấp …").
RECORD_FIRM_REQUEST = (r"(?<![^\W\d_])(?:đề\s+nghị|yêu\s+cầu)\s+(?:(?:trong|khi|sau\s+khi|trước\s+khi)\s[^,.;:]{0,60}?\s)?"
                       r"(?:quý\s+)?(?:đơn\s+vị|công\s+ty|doanh\s+nghiệp|cơ\s+sở|chủ\s+đầu\s+tư|nhà\s+đầu\s+tư)(?![^\W\d_])")
# A recommendation to the leaders of the recording office: "Đề nghị Lãnh đạo Phòng báo cáo, trình …".
RECORD_LEADERS_REQUEST = r"(?<![^\W\d_])(?:đề\s+nghị|kiến\s+nghị)\s+lãnh\s+đạo\s+(?P<head>Phòng|Ban|Sở|Cục|Chi\s+cục|Trung\s+tâm)(?![^\W\d_])(?!\s+(?-i:[A-ZĐ]))"
# The part of a record that gives that office's own view: "Nhận xét, kiến nghị của Phòng X".
RECORD_OWN_OFFICE_TITLE = (r"(?:kiến\s+nghị|đề\s+xuất|ý\s+kiến|nhận\s+xét)\s+(?:của\s+)(?P<name>(?:Phòng|Ban|Sở|Cục|Chi\s+cục"
                           r"|Trung\s+tâm)\s+[^,;:()]+)$")

# A letter about a project names its owner on a data line ("- Chủ đầu tư: Ban Quản lý dự án đầu tư
# xây dựng xã X.", "Nhà đầu tư: Công ty Y") and then asks it things by that role ("đề nghị Chủ đầu
# tư tổ chức khảo sát …", "đề nghị Chủ đầu tư:" over dashes), while the letter goes to another body.
OWNER_LINE = (r"(?im)^[ \t]*(?:[-+•*][ \t]*|\d{1,2}[.)][ \t]*)?(?P<role>Chủ[ \t]+đầu[ \t]+tư|Nhà[ \t]+đầu[ \t]+tư)"
              r"[ \t]*:[ \t]*(?P<name>(?:Tổng[ \t]+công[ \t]+ty|Công[ \t]+ty|Ban[ \t]+Quản[ \t]+lý|Ủy[ \t]+ban[ \t]+nhân"
              r"[ \t]+dân|UBND|Hợp[ \t]+tác[ \t]+xã|Trung[ \t]+tâm|Doanh[ \t]+nghiệp)[ \t]+[^.;:\n(]{2,120}?)"
              r"[ \t]*(?:[.;(]|$)")

# A review note's closing part proposes what the office it advises should do, addressed to that
# office's head ("VI. ĐỀ XUẤT BÁO CÁO GIÁM ĐỐC SỞ", "Kiến nghị Lãnh đạo Cục", "ĐỀ XUẤT VỚI CHỦ
# TỊCH UBND HUYỆN"): each numbered proposal is a task of that office. The whole title:
HEAD_PROPOSAL_PART = (r"\s*(?:(?:các|những)\s+)?(?:đề\s+xuất|kiến\s+nghị|đề\s+nghị)(?:\s*(?:,|và)\s*(?:đề\s+xuất|kiến\s+nghị))?"
                      r"\s+(?:(?:báo\s+cáo|trình|với|lên)\s+)?"
                      r"(?:Giám\s+đốc|Lãnh\s+đạo|Thủ\s+trưởng|Chủ\s+tịch|Cục\s+trưởng|Chi\s+cục\s+trưởng|Vụ\s+trưởng"
                      r"|Trưởng\s+phòng|Trưởng\s+ban|Chánh\s+Văn\s+phòng)\s+"
                      r"(?P<head>Sở|Cục|Chi\s+cục|Vụ|Phòng|Ban|Văn\s+phòng|Ủy\s+ban\s+nhân\s+dân|UBND)(?P<rest>[^:.;\n]*?)\s*[:.]?\s*$")

# A lead-in that asks a leader to direct the items below ("… kính đề nghị đồng chí Chủ tịch Ủy ban
# nhân dân tỉnh chỉ đạo một số nội dung sau:", "đề nghị Bộ trưởng xem xét, chỉ đạo các nội dung
# sau:"): between the cue and the body, the leader's address; after the body, the directing verb.
LEADER_ADDRESS = r"(?:đồng\s+chí\s+)?"
DIRECTING_VERB = (r"[ \t]*(?:(?:quan[ \t]+tâm|xem[ \t]+xét)[ \t]*,?[ \t]*)*"
                  r"(?:chỉ[ \t]+đạo|giải[ \t]+quyết|xem[ \t]+xét)[ \t]*,?")
