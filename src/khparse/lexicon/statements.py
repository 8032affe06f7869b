"""Sentences with a body as subject that give it no work: it states, it is not asked.

- Receipt and stance of the writer: "Phòng Quản lý công nghiệp nhận được Văn bản số … của …",
  "Sở Tài chính đã nhận được hồ sơ …", "Phòng X cơ bản thống nhất với chủ trương …", "Sở Y
  nhất trí với đề xuất …", "Sở Z có ý kiến như sau:" — the body tells what it received or
  thinks; a request later in the sentence ("…; đề nghị Phòng K nghiên cứu") is the work.
  ("Sở X thống nhất quản lý …" is a duty: "thống nhất" counts only before với/về/nội dung/
  chủ trương/như sau/:).
- A team's end: "Đoàn thẩm định tự giải thể sau khi hoàn thành nhiệm vụ" states when it ceases.
"""

# Right after the subject's name.
STANCE_AFTER_SUBJECT = (
    r"[ \t]*(?:(?:đã|vừa|chưa)[ \t]+)?(?:nhận[ \t]+được|tiếp[ \t]+nhận[ \t]+được)\b"
    r"|[ \t]*(?:(?:cơ[ \t]+bản|hoàn[ \t]+toàn)[ \t]+)?(?:thống[ \t]+nhất|nhất[ \t]+trí|đồng[ \t]+ý)"
    r"[ \t]+(?:với|về|nội[ \t]+dung|chủ[ \t]+trương|như[ \t]+sau)\b"
    r"|[ \t]*(?:cơ[ \t]+bản[ \t]+)?(?:thống[ \t]+nhất|nhất[ \t]+trí|đồng[ \t]+ý)[ \t]*[.;:]"
    r"|[ \t]*có[ \t]+ý[ \t]+kiến(?:[ \t]+tham[ \t]+gia)?[ \t]+(?:như[ \t]+sau|cụ[ \t]+thể)?[ \t]*:"
    # co-issuers announcing their own text: "Bộ X, Bộ Y … thống nhất hướng dẫn xử lý … cụ thể như sau:"
    r"|[ \t]*thống[ \t]+nhất[ \t]+(?:hướng[ \t]+dẫn|quy[ \t]+định|ban[ \t]+hành)\b[^.;:]{0,300}?như[ \t]+sau[ \t]*:"
    # a team's end, as a decision setting it up states it: "Đoàn kiểm tra tự giải thể sau khi …"
    r"|[ \t]*(?:sẽ[ \t]+)?tự[ \t]+(?:giải[ \t]+thể|chấm[ \t]+dứt[ \t]+hoạt[ \t]+động)\b")

# Competence recounted from a law, not work given by this text: "Theo Nghị định số 59/2015/NĐ-CP
# … thì Sở Công Thương thực hiện thẩm định:", "Sở X có trách nhiệm tham gia ý kiến … (theo điểm b,
# khoản 6, Điều 10, Nghị định số …)", "… là cơ quan đầu mối … (theo quy định tại khoản 2, Điều 17,
# Thông tư số …)". Normative acts only: a plan or decision cited this way ("Theo Kế hoạch số …")
# may pass work on.
LAW = r"(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?)(?![^\W\d_])"
LAW_SOURCE_OPENING = (r"[ \t]*(?:[-+•*][ \t]*)?Theo[ \t]+(?:quy[ \t]+định[ \t]+(?:của|tại)[ \t]+)?"
                      r"(?:(?:điểm|khoản|Điều)[ \t]+[^,;:\n]{0,40}?)?" + LAW)
LAW_CITED_DUTY = (r"\([ \t]*(?:theo|quy[ \t]+định[ \t]+tại)[ \t]+(?:quy[ \t]+định[ \t]+tại[ \t]+)?"
                  r"(?:điểm|khoản|Điều)(?![^\W\d_])[^()]{0,80}?" + LAW)

# What a cited instruction assigned, retold in the opening "Thực hiện …" that says what the writer
# acts upon: "Thực hiện Phiếu chuyển số … về việc giao Sở Công Thương chủ trì …", "Thực hiện ý kiến
# chỉ đạo … tại Văn bản số …, trong đó giao Sở X …". A body reached after "về việc"/"trong đó"
# with no comma between is inside that account ("Thực hiện Văn bản số … về việc tăng cường …, Sở
# Công Thương đề nghị Công ty X …" still asks work of X).
ACTING_UPON = r"[ \t]*Thực[ \t]+hiện(?![^\W\d_])"
INSIDE_ACCOUNT = r"(?<![^\W\d_])(?:về[ \t]+việc|trong[ \t]+đó)(?![^\W\d_])[^,;.:]*\Z"

# An appraisal notice's heading that only limits what its appraisal covers: "Sở Công Thương chỉ
# thực hiện thẩm định: (1) các nội dung …", "Sở Xây dựng chỉ thẩm tra các nội dung sau:" — the body
# tells the scope of its own review, it is given no work. Matched in an agency heading's name part.
SCOPE_LIMIT = (r"(?<![^\W\d_])chỉ[ \t]+(?:(?:thực[ \t]+hiện|tiến[ \t]+hành)[ \t]+(?:việc[ \t]+)?)?"
               r"(?:thẩm[ \t]+định|thẩm[ \t]+tra|kiểm[ \t]+tra|xem[ \t]+xét|đánh[ \t]+giá|góp[ \t]+ý"
               r"|có[ \t]+ý[ \t]+kiến)(?![^\W\d_])")

# Who wrote a technical text, told in its foreword ("Các mục từ 1 đến 7 do Viện X chủ trì, Cục Y phối
# hợp biên soạn.", "TCVN 1234:2026 do Viện Z biên soạn, Bộ W đề nghị, … công bố.", "Phụ lục C do
# Cục V biên soạn"): the text itself or its parts as the subject, the drafters after "do" — an
# account of authorship, no work given. The parts are named by their number or letter ("Phụ lục F",
# "Các mục từ 1 đến 7"): a plan's "Phần hỏi - đáp do Sở X biên soạn, gửi …" is Sở X's work.
AUTHORSHIP = (r"[ \t]*(?:[-+•*][ \t]*)?(?:(?:Tài[ \t]+liệu|Tiêu[ \t]+chuẩn|Quy[ \t]+chuẩn|Hướng[ \t]+dẫn)[ \t]+này"
              r"|(?:TCVN|QCVN|TCCS)[ \t]+\S+"
              r"|(?:Các[ \t]+)?(?:mục|Mục|Phụ[ \t]+lục|Chương|phần|Phần)[ \t]+(?:từ[ \t]+)?(?:\d+|[A-Z]|[IVXLC]+)(?![^\W\d_]))"
              r"[^.;\n]{0,120}?[ \t]do[ \t][^.;]{0,600}?(?<![^\W\d_])(?:biên[ \t]+soạn|soạn[ \t]+thảo)(?![^\W\d_])")

# A request another body made in a paper of its own, retold as background ("Cục Cảnh sát … đã có
# Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm ban hành …", "Bộ Tài chính đã nhiều
# lần có công văn yêu cầu các địa phương …", "Công văn số 45/BCT-ATMT của Bộ Công Thương đề nghị các
# tỉnh …"): that paper asked the body, this text only tells it (issue 10: a paragraph that recounts
# what another body's decision says is background). Matched on the text before the body's name,
# inside its clause: a paper sent ("đã có/ban hành/gửi …") or cited by its number, then the cue.
_PAPER = (r"(?:văn[ \t]+bản|công[ \t]+văn|tờ[ \t]+trình|thông[ \t]+báo|báo[ \t]+cáo|quyết[ \t]+định"
          r"|kết[ \t]+luận|chỉ[ \t]+thị|phiếu[ \t]+chuyển)")
_ASK = r"(?:đề[ \t]+nghị|yêu[ \t]+cầu|kiến[ \t]+nghị|giao)"
RECOUNTED_REQUEST = (r"(?<![^\W\d_])(?:đã[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:có|ban[ \t]+hành|gửi)[ \t]+" + _PAPER
                     + r"|" + _PAPER + r"[ \t]+số[ \t]+\d)"
                     r"[^.;:,\n]{0,160}?(?<![^\W\d_])" + _ASK + r"[ \t]+(?:(?:các|quý|những)[ \t]+)?\Z")

# A body's role stated, not work given: "2. Phòng Kinh tế cấp xã là đơn vị đầu mối trực tiếp giúp
# Ủy ban nhân dân cấp xã quản lý nhà nước về …", "Sở Y tế là cơ quan thường trực của Ban Chỉ đạo."
# Matched right after the body's name, for a clause whose whole text is that one statement (no
# ";" after it: "Sở X là cơ quan đầu mối …; chủ trì xây dựng …" goes on to give work).
ROLE_STATEMENT = (r"[ \t]*(?:là|giữ[ \t]+vai[ \t]+trò(?:[ \t]+là)?)[ \t\n]+(?:(?:cơ[ \t\n]+quan|đơn[ \t\n]+vị)[ \t\n]+)?"
                  r"(?:đầu[ \t\n]+mối|thường[ \t\n]+trực|chuyên[ \t\n]+môn|tham[ \t\n]+mưu)(?![^\W\d_])[^;]*\Z")

# The preamble line that names what the text answers ("Xét đề nghị của 19 đơn vị gồm: Công ty A tại
# Văn bản số …; Công ty B …", "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số …"): like a
# "Căn cứ …" line, the basis of the text; the bodies it names asked, they are given no work.
CONSIDERING_OPENING = (r"[ \t]*Xét[ \t]+(?:đề[ \t]+nghị|tờ[ \t]+trình|đề[ \t]+xuất|báo[ \t]+cáo|hồ[ \t]+sơ"
                       r"|văn[ \t]+bản|kết[ \t]+quả)(?![^\W\d_])")

# A lead-in that lists where a paper is filed ("Báo cáo định kỳ … được nộp cho các cơ quan sau đây:",
# "Hồ sơ gửi về các cơ quan sau:") over points naming, per case, the offices that receive it ("a)
# Đối với giấy phép … thuộc thẩm quyền của Bộ X: Cục Y, Bộ Z; các Sở: …"): they receive, they are
# given no work there.
RECIPIENTS_LEADIN = (r"(?<![^\W\d_])(?:nộp|gửi|báo[ \t]+cáo)[ \t]+(?:cho|đến|về|tới)[ \t]+(?:các[ \t]+)?"
                     r"(?:cơ[ \t]+quan|đơn[ \t]+vị|nơi)(?![^\W\d_])[^:.;]{0,40}?(?:sau[ \t]+đây|sau|như[ \t]+sau)"
                     r"[ \t]*:[ \t]*$")
