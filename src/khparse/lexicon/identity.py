"""How a document states who it is (Decree 30/2020/NĐ-CP, Phụ lục I and III; genre.md "Layout").

Header: issuer lines top left (parent body over issuing body), the national motto top right,
``Số: 12/KH-UBND`` under the issuer, ``<place>, ngày … tháng … năm …`` under the motto, then the
type line (``KẾ HOẠCH``) and the trích yếu; a letter (công văn) has no type line and carries a
``V/v …`` line under its number instead. Closing: ``Nơi nhận:`` list, then the signature block
(``TM./KT./TL./TUQ./Q.`` authority, the signer's real office, the name). News articles about a
plan have none of this: a headline, a publication date, and a lead sentence naming the plan
("UBND tỉnh vừa ban hành Kế hoạch số …").

Regex sources and word lists only; :mod:`khparse.extract.identity` compiles and applies them.
"""
from .layout import HEADER_TYPES, MOTTO, POSITIONS, RECIPIENTS  # noqa: F401  (the layout words)

# ---- type names and type codes (Phụ lục III) ----------------------------------------------
# Type code in the symbol → type name. Case matters: CT chỉ thị vs CTr chương trình.
TYPE_CODES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình",
    "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo",
    "BB": "Biên bản", "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển",
    "PB": "Phiếu báo", "GP": "Giấy phép", "GCN": "Giấy chứng nhận",
    # legal normative documents (Law 80/2015/QH13) and party documents (HD 36-HD/VPTW)
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch",
    "KL": "Kết luận", "CV": "Công văn", "KHLT": "Kế hoạch liên tịch",
    "HDLT": "Hướng dẫn liên tịch",
}
# Type words as printed on the type line (caps) or before a number in prose (any case),
# longest first so "Thông tư liên tịch" wins over "Thông tư".
TYPE_NAMES = [
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Kế hoạch liên tịch", "Hướng dẫn liên tịch",
    "Thông báo kết luận", "Kế hoạch", "Quyết định", "Công văn", "Chỉ thị", "Nghị quyết", "Nghị định", "Thông tư",
    "Thông báo", "Thông cáo", "Báo cáo", "Chương trình", "Hướng dẫn", "Tờ trình", "Công điện",
    "Phương án", "Đề án", "Dự án", "Quy chế", "Quy định", "Kết luận", "Giấy mời", "Biên bản",
    "Luật", "Bộ luật", "Pháp lệnh", "Lệnh", "Văn bản", "Hợp đồng", "Công văn hỏa tốc",
]
# A joint document (văn bản liên tịch, a "Hướng dẫn liên ngành" of several ministries): its type
# says so, or its type code ends in LT or LN (HDLN).
JOINT_TYPE = r"liên\s+(?:tịch|ngành)"
JOINT_CODE = r"^[A-ZĐ][A-Za-zĐđ]*L[TN](?:-|$)"
LETTER_TYPE = "Công văn"
NEWS_TYPE = "Tin bài"

# ---- header lines ---------------------------------------------------------------------------
# Rules and stars under header lines: "-------", "___", "***", "-----o0o-----".
RULE_LINE = r"^[\s\-_=*~.o0]*$|^-+\s*o0o\s*-+$"

# "Số: 2234/KH-UBND", "Số:      /KH-SCT", "Số: 4280 /SCT - CN", "Số 57-NQ/TW", "Số: 05/2025/QĐ-UBND";
# at a line start, after a column gap, or run onto the issuer line with its colon
# ("SỞ Y TẾ Số: 120/KH-SYT" when a reader joined the cell's lines); OCR may read it "số:".
NUMBER_LINE = (
    r"(?:(?<=\n)|^|(?<=\s\s)|(?<=\t)|(?<=\S )(?=(?:Số|SỐ)[ \t]*:))(?:Số|SỐ|số(?=[ \t]*:))\s*[:.]?[ \t]*"
    r"(?P<num>(?P<n>\d{1,6}[a-zA-Z]?)?"
    r"(?P<blank>[ \t.…_]*)"
    r"(?P<rest>(?:[ \t]*[/-][ \t]*[\wĐđ&.]+(?:[ \t]?-[ \t]?[\wĐđ&.]+)*)+))"
)

# Cyrillic capitals a PDF's text layer may carry for Latin ones in a symbol ("24/HDLN-BCA-ВСТ"
# typed with a Russian keyboard layout or a font's glyph map): a Vietnamese symbol is Latin only.
SYMBOL_LOOKALIKES = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
                     "Р": "P", "Т": "T", "Х": "X", "У": "Y"}

# "<place>, ngày 24 tháng 5 năm 2018" — day (and month) may be blank, in a blank template the year
# too ("Lào Cai, ngày … tháng … năm 20..": the place, no date); in PDFs read cell by cell
# the line may break after "ngày".
# A scan's day and month filled in by hand come out of OCR as a short run of anything ("ngày
# 0Â tháng } năm 2026"): such a slot is an unreadable figure, not the end of the line. A
# report's date may name only the month ("Hà Nội, tháng 7 năm 2026"), and OCR may drop a
# "ngày" the handwriting ran into.
_SLOT = r"(?:\d{1,2}|[.…_ \t]*|[^\s/,]{1,3})"
PLACE_DATE_TAIL = (
    r"(?P<place>[^\W\d_][^\n,:;]{1,58}?)\s*,\s*"
    r"(?P<date>(?:ngày\s*" + _SLOT + r"\s*(?:tháng|/)|tháng)\s*" + _SLOT + r"\s*(?:năm|/)\s*(?:\d{4}|20[.…_]{2,}))"
)
# What stands where a place would, before the date a biên bản opens with ("Hôm nay, ngày
# 08/6/2026, …"): the time of the meeting, not a place.
NOT_PLACE = r"^(?:Hôm\s+nay|Hôm\s+qua|Vào\s+(?:hồi|lúc)|(?:Sáng|Chiều|Tối)(?:\s+nay)?)$"
PLACE_DATE = r"(?:^|(?<=\n)|(?<=\s\s))" + PLACE_DATE_TAIL
# Forms without a place-date line under the motto date themselves elsewhere: a phiếu trình
# over each signature column ("Ngày    tháng 6 năm 2026" / LÃNH ĐẠO VĂN PHÒNG), a biên bản in
# its opening sentence ("Hôm nay, ngày 26/5/2026, tại …", "Vào hồi 9 giờ 00, ngày 03 tháng 4
# năm 2026, …").
CLOSING_DATE = (r"^(?P<date>Ngày\s*" + _SLOT + r"\s*(?:tháng|/)\s*" + _SLOT
                + r"\s*(?:năm|/)\s*\d{4})\s*$")
# A licence's or certificate's date line, which has no place ("Chứng nhận lần đầu: ngày 30 tháng 6
# năm 2026", "Cấp lần đầu: ngày …"): the first issue is the document's date.
FIRST_ISSUE_DATE = (r"^\(?\s*(?:Chứng\s+nhận|Cấp)\s+lần\s+đầu\s*:?\s*(?P<date>ngày\s*" + _SLOT
                    + r"\s*(?:tháng|/)\s*" + _SLOT + r"\s*(?:năm|/)\s*\d{4})")
# The printed fields under a licence's or certificate's type line ("Mã số dự án: 8815002231",
# "Chứng nhận lần đầu: …", "Chứng nhận thay đổi lần thứ hai: …"): no part of its title.
FIELD_LINE = (r"^(?:Mã\s+số|(?:Chứng\s+nhận|Cấp|Đăng\s+ký)(?:\s+thay\s+đổi|\s+điều\s+chỉnh)?\s+lần"
              r"|Số\s+giấy\s+phép)[^:\n]{0,30}:")
MEETING_DATE = (r"(?:^|(?<=\n))(?:Hôm\s+nay|Vào\s+(?:hồi|lúc)[^,\n]{0,30}?|(?:Sáng|Chiều|Tối)\s+nay)"
                r"\s*,?\s*(?P<date>ngày\s*\d{1,2}\s*(?:tháng|/)\s*\d{1,2}\s*(?:năm|/)\s*\d{4})")
NUMERIC_PLACE_DATE = (
    r"(?:^|(?<=\n)|(?<=\s\s))(?P<place>[^\W\d_][^\n,:;]{1,58}?)\s*,\s*"
    r"(?P<date>(?:ngày\s*)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})"
)

SUBJECT = r"^(?:V/v|V/V|Về\s+việc)\s*[:.]?\s*"   # trích yếu of a letter, under its number
# A Công điện names its addressees after "<ISSUER> điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ
# TRƯỞNG BỘ Y TẾ điện:", "BAN CHỈ ĐẠO … PHÒNG, CHỐNG THIÊN TAI điện:"): that line reads as Kính gửi.
ADDRESS = (r"^(?:Kính\s+gửi\s*:?|(?:Thủ\s+tướng|Bộ\s+trưởng|Chủ\s+tịch|Ủy\s+ban|Uỷ\s+ban|UBND|Ban\s+Chỉ\s+đạo"
           r"|Bộ|Tổng\s+cục|Cục)\b[^:;.\n]{0,90}?\s(?-i:điện)\s*:)\s*")
# The filing line that closes Nơi nhận ("Lưu: VT, CN(Loan)", "Lưu VT, KT", a party committee's
# "Lưu Văn phòng Tỉnh ủy"): the issuer's own copies, not a recipient.
FILING = r"^Lưu\s*(?::|\s+(?:VT|[Vv]ăn\s+thư|[Vv]ăn\s+phòng|[Hh]ồ\s+sơ)\b)"
# A recipient entry that names its kind once for several bodies ("Các phòng: Khoáng sản;
# Quản lý đất đai"): the label before the colon.
RECIPIENT_LABEL = r"^[^:;]{2,40}:\s*"
# Stamps near the number (Decree 30 art. 15–16 on urgency and secrecy marks).
URGENCY = {"HỎA TỐC": "Hỏa tốc", "HOẢ TỐC": "Hỏa tốc", "THƯỢNG KHẨN": "Thượng khẩn", "KHẨN": "Khẩn"}
SECRECY = {"TUYỆT MẬT": "Tuyệt mật", "TỐI MẬT": "Tối mật", "MẬT": "Mật"}
# Words that open the body (so a title or addressee list has ended); a preamble may list its
# grounds as dashes ("- Căn cứ Nghị quyết số …").
# (A trích yếu wrapped over several lines never goes on with one of these capitalised openers.)
BODY_START = (r"^(?:(?:[-+•]\s*)?Căn\s+cứ|Thực\s+hiện|Theo|Để|Nhằm|Trên\s+cơ\s+sở|Ngày\s+\d|Qua|Hiện\s+nay|"
              r"Thời\s+gian\s+qua|Trong\s+(?:thời\s+gian|năm)|Xét|Ủy\s+ban\s+nhân\s+dân\s+\S+\s+ban\s+hành|"
              r"Tiếp\s+tục|Thi\s+hành|Chấp\s+hành|Sau\s+khi|Vào\s+(?:lúc|hồi|ngày)|"
              r"(?:Sáng|Chiều|Tối)\s+(?:ngày|nay)|Hôm\s+nay|Được\s+sự|Với\s+mục\s+(?:tiêu|đích)|"
              r"Năm\s+\d{4}\s*,)\b")
# The line naming who decides, under a decision's or licence's type and trích yếu ("CHỦ TỊCH ỦY
# BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "GIÁM ĐỐC SỞ XÂY DỰNG"): an office and
# then its body, in capitals; it ends a title written in capitals too.
DECIDING_AUTHORITY = (r"^(?:PHÓ\s+|QUYỀN\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|"
                      r"(?:TỔNG\s+)?CỤC\s+TRƯỞNG|CHI\s+CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG)\s+"
                      r"(?:ỦY\s+BAN|UBND|SỞ|BỘ|TỔNG\s+CỤC|CỤC|CHI\s+CỤC|BAN|VĂN\s+PHÒNG|CÔNG\s+TY)\b")
# The same line in a central issuer's text: the Prime Minister decides in his own name
# ("QUYẾT ĐỊNH / Phê duyệt … / THỦ TƯỚNG CHÍNH PHỦ / Căn cứ …"), the Government as a whole.
CENTRAL_AUTHORITY = r"^(?:THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|CHÍNH\s+PHỦ)\s*$"
# The office that opens a deciding-authority line, before the body it heads ("BỘ TRƯỞNG BỘ Y TẾ"
# → "BỘ Y TẾ"): when that line is all that names the issuer, the body is the issuer.
AUTHORITY_OFFICE = (r"^(?:PHÓ\s+|QUYỀN\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|"
                    r"(?:TỔNG\s+)?CỤC\s+TRƯỞNG|CHI\s+CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG)\s+(?=\S)")
HEADING_START = r"^(?:[IVX]{1,4}\s*[.:)]|\d{1,2}\s*[.)]\s|[a-zđ]\)|PHẦN\s|Phần\s|Chương\s|CHƯƠNG\s|Điều\s+\d)"

# ---- type qualifiers ----------------------------------------------------------------------------
# A type line that names the kind of the document after its type word ("BIÊN BẢN KIỂM TRA", "BIÊN
# BẢN THẨM ĐỊNH", "BÁO CÁO THAM LUẬN") with the trích yếu on the lines below: the qualifier is part
# of the type line, not the title. Written without tone marks and compared folded, so an OCR'd
# "KIÊM TRA" or "THAM DINH" counts too. Only when the whole rest of the type line is one of them.
TYPE_QUALIFIERS = {
    "Biên bản": ["kiem tra", "kiem tra thuc te", "kiem tra hien truong", "kiem tra thuc dia",
                 "tham dinh", "hop", "lam viec", "nghiem thu", "ban giao", "xac minh", "hoi nghi",
                 "giao nhan", "kiem ke", "doi chieu", "thoa thuan", "lay y kien", "vi pham hanh chinh",
                 "hien truong", "khao sat", "thanh tra", "giam sat", "thong nhat", "tiep nhan"],
    "Báo cáo": ["tham luan", "tom tat", "nhanh", "tham dinh", "giam sat", "thuyet minh"],
    "Tờ trình": ["tham dinh"],
    "Nhận xét": ["phan bien", "phan bien phap ly", "danh gia", "phan bien khoa hoc"],
    "Phương án": ["no min", "thi cong", "to chuc thi cong", "ky thuat"],
}

# A technical plan names the works it is for in a labelled line under its type and number
# ("PHƯƠNG ÁN NỔ MÌN / Số: 01/PANM-XY / Công trình: Mỏ đá vôi …"): the label is no part of the title.
WORKS_LABEL = r"^(?:Công\s+trình|Dự\s+án|Hạng\s+mục|Gói\s+thầu|Tên\s+công\s+trình)\s*:\s*(?=\S)"
# A parenthesis closing a title that cites the paper the works rest on ("( Giấy phép khai thác
# khoáng sản số: 15/GP-UBND ngày …)"): a reference, not part of the title.
CITING_PAREN = r"\s*\(\s*[^()]*\bsố\b\s*:?\s*\d[^()]*\)?\s*$"

# A text attached to the decision that issues it, with no header of its own (a Quy trình, a Quy
# chế): its note names the decision, its date and its issuer ("(Kèm theo Quyết định số: /QĐ-UBND
# ngày   /4/2026 của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang)"). The issuer is the note's.
ATTACHED_NOTE = (r"\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị)\s+số\b[^()]*?"
                 r"(?P<date>ngày\s*(?:\d{1,2}|[.…_ \t]*)\s*(?:tháng|/)\s*\d{1,2}\s*(?:năm|/)\s*\d{4})"
                 r"\s+của\s+(?P<issuer>[^()\n]*(?:\n[^()\n]*)?)\)")

# ---- forms (phiếu trình) --------------------------------------------------------------------
# Form types that name their matter in a labelled field rather than a trích yếu under the type line.
FORM_TYPES = {"Phiếu trình"}
# The field that names the matter ("Vấn đề trình: Cấp Giấy phép …", "Nội dung trình: Kết quả thẩm
# định …", "Nội dung xin ý kiến: …"): the form's trích yếu.
FORM_SUBJECT = r"^(?:Vấn\s+đề|Nội\s+dung|Việc)\s+(?:trình|xin\s+ý\s+kiến|đề\s+nghị)\s*:\s*(?=\S)"
# The rest of a form's printed name on its type line ("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", "… XỬ
# LÝ CÔNG VIỆC"): part of the type, not a title.
FORM_NAME_TAIL = r"^(?:GIẢI\s+QUYẾT|XỬ\s+LÝ)\s+CÔNG\s+VIỆC$"
# The column a form's signer signs in: the head of the submitting unit gives an opinion on it
# ("Ý kiến của Lãnh đạo đơn vị:", "Ý KIẾN CỦA LÃNH ĐẠO PHÒNG"; OCR may drop the hat, "KIÊN"). The
# drafter's column ("Người lập phiếu", "Chuyên viên thụ lý") and the approver's ("Ý kiến giải quyết
# của Lãnh đạo Cục", "Ý kiến của Phó Giám đốc Sở") are not the signer's.
FORM_SIGNER = (r"^Ý\s+ki[ếêe]n\s+của\s+(?P<office>lãnh\s+đạo\s+(?:đơn\s+vị|phòng|văn\s+phòng|ban|trung\s+tâm"
               r"|chi\s+cục|vụ))\s*:?\s*$")

# ---- digital signature ---------------------------------------------------------------------------
# The stamp a digitally signed document carries ("Ký bởi: Bộ Công Thương / Cơ quan: … / Thời gian
# ký: 02.04.2026 14:24:26 +07:00"); a scan may crop its first letters ("ời gian ký: …"). The day it
# was signed is the issue date when the date line's day and month were left blank.
ESIGN_TIME = (r"(?:(?<=\s)|^)(?:Th)?ời\s+gian\s+ký\s*:\s*(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})\b")

# A piece of the motto's first line that a scan broke over two lines ("CỘNG HÒA XÃ" / "'HỦ NGHĨA
# VIỆT NAM"): neither half is the issuer's name going on.
MOTTO_PART = r"^\W*(?:CỘNG\s+H[ÒO]A\b|\S{0,4}\s*(?:HỘI\s+)?(?:CHỦ|'HỦ|HỦ)\s+NGHĨA\s+VIỆT\s+NAM\b)"

# ---- issuer names ---------------------------------------------------------------------------
# Words that open the name of a body on a header line: a new line opening with one of these
# starts a new body (the issuer under its parent), anything else continues the line above.
ISSUER_HEADS = [
    "ỦY BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND", "ỦY BAN MẶT TRẬN", "ỦY BAN MTTQ",
    "ỦY BAN", "BỘ CHỈ HUY", "BỘ", "SỞ", "PHÒNG", "BAN CHỈ ĐẠO", "BCĐ", "BAN", "TỔNG CỤC",
    "CHI CỤC", "CỤC", "VỤ", "VĂN PHÒNG", "THANH TRA", "TRUNG TÂM", "CÔNG AN", "BỘ ĐỘI",
    "VIỆN", "TÒA ÁN", "HỘI", "ĐOÀN", "THÀNH ĐOÀN", "TỈNH ĐOÀN", "HUYỆN ĐOÀN", "ĐỘI", "TỔ",
    "LIÊN ĐOÀN", "KHO BẠC", "NGÂN HÀNG", "ĐÀI", "BÁO", "TRƯỜNG", "BỆNH VIỆN", "BẢO HIỂM",
    "CHI NHÁNH", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY", "ĐẢNG BỘ",
    "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "CHÍNH PHỦ", "THỦ TƯỚNG", "QUỐC HỘI", "TẬP ĐOÀN",
    "TỔNG CÔNG TY", "CÔNG TY", "HỌC VIỆN", "ĐẠI HỌC",
]
# Administrative levels: lower-case inside a name, and the words after them are a place name.
LEVELS = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"]
# Words after which a place name follows, printed as is ("UBND TP. HẢI PHÒNG" → "UBND TP. Hải Phòng",
# "HUYỆN ỦY BẢO THẮNG" → "Huyện ủy Bảo Thắng").
PLACE_OPENERS = {"TP.": "TP.", "TP": "TP", "TỈNH ỦY": "Tỉnh ủy", "THÀNH ỦY": "Thành ủy",
                 "HUYỆN ỦY": "Huyện ủy", "QUẬN ỦY": "Quận ủy", "THỊ ỦY": "Thị ủy",
                 "TỈNH ĐOÀN": "Tỉnh Đoàn", "THÀNH ĐOÀN": "Thành Đoàn", "HUYỆN ĐOÀN": "Huyện Đoàn"}
# "XÃ HỘI" is not the level xã; "TỈNH ỦY" is a body, not the level tỉnh.
NOT_LEVEL = r"(?:XÃ\s+HỘI|(?:TỈNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|ĐOÀN))\b"
# Fixed spellings inside names when converting CAPS (the rest is sentence case).
NAME_CASE = {
    "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân", "HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân",
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "ỦY BAN MẶT TRẬN TỔ QUỐC": "Ủy ban Mặt trận Tổ quốc", "CÔNG THƯƠNG": "Công Thương",
    "VIỆT NAM": "Việt Nam", "HỒ CHÍ MINH": "Hồ Chí Minh", "TRUNG ƯƠNG": "Trung ương",
    "CÔNG AN": "Công an", "CHỦ TỊCH": "Chủ tịch", "GIÁM ĐỐC": "Giám đốc", "NHÂN DÂN": "nhân dân",
    "VĂN PHÒNG": "Văn phòng", "CHI CỤC": "Chi cục", "TỔNG CỤC": "Tổng cục", "TRUNG TÂM": "Trung tâm",
    "THANH TRA": "Thanh tra", "BỆNH VIỆN": "Bệnh viện", "BAN CHỈ ĐẠO": "Ban Chỉ đạo",
    "BAN CHẤP HÀNH": "Ban Chấp hành", "BAN THƯỜNG VỤ": "Ban Thường vụ", "ĐẢNG BỘ": "Đảng bộ",
    "KHO BẠC NHÀ NƯỚC": "Kho bạc Nhà nước", "BẢO HIỂM XÃ HỘI": "Bảo hiểm xã hội",
    # Đoàn (Youth Union) names: "BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TỈNH …"
    "ĐOÀN TNCS HỒ CHÍ MINH": "Đoàn TNCS Hồ Chí Minh", "TRUNG ƯƠNG ĐOÀN": "Trung ương Đoàn",
    "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "BCH ĐOÀN": "BCH Đoàn", "BAN CHẤP HÀNH ĐOÀN": "Ban Chấp hành Đoàn",
    # central issuers: "THỦ TƯỚNG CHÍNH PHỦ", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"
    "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ", "CHÍNH PHỦ": "Chính phủ", "THỦ TƯỚNG": "Thủ tướng",
    "NGÂN HÀNG NHÀ NƯỚC": "Ngân hàng Nhà nước",
}
# Acronyms kept in capitals (besides any word without a vowel, such as LĐTB&XH, MTTQ, HĐND).
ACRONYMS = ["UBND", "HĐND", "MTTQ", "TP", "TW", "UB", "BCĐ", "THCS", "THPT", "CA", "CP", "QH"]
# A body named in the header only by its level ("UBND tỉnh") is completed with the place.
BARE_LEVEL_END = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|TP\.?)$"

# ---- signature ------------------------------------------------------------------------------
# "TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "TUQ. CHỦ TỊCH", "Q. GIÁM ĐỐC";
# the dot is sometimes dropped ("TM ỦY BAN NHÂN DÂN"), never for the one-letter "Q.".
AUTHORITY = (r"(?:^|(?<=\n)|(?<=\s\s))(?P<auth>(?:(?:TM|KT|TL|TUQ|Q)\s*\.|T/M|K/T|T/L|"
             r"(?:TM|KT|TL|TUQ)(?=\s+[A-ZĐÀ-Ỹ]{2}))\s*[^\n]{2,70})$")
# Lines between the position and the name: signature and seal placeholders, and the labels of
# a digital signature ("Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: …").
SIGNATURE_FILLER = r"^(?:\(?\s*(?:đã\s+ký|ký|ký\s+tên|ký,?\s+đóng\s+dấu|ký,?\s+ghi\s+rõ\s+họ\s+tên|chữ\s+ký|signed|ký\s+số)[^)\n]*\)?|\[[^\]\n]*\]|Ký\s+bởi:?.*|\(\s*\)|(?:Ngày|Thời\s+gian)\s+ký\s*:.*|Email\s*:.*|Cơ\s+quan\s*:.*)$"
# Military/police ranks and academic titles printed before a signer's name (Decree 30 leaves
# them to armed-forces and academic bodies): "Đại tá Nguyễn Văn A", "THƯỢNG TÁ TRẦN VĂN B".
RANKS = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
         "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
         "PGS.TS", "PGS. TS", "GS.TS", "GS. TS", "TS", "ThS", "BS", "BSCKII", "BSCKI"]
_RANK = r"(?:" + "|".join(sorted((r.replace(".", r"\.").replace(" ", r"\s*") for r in RANKS),
                                 key=len, reverse=True)) + r")"
RANK = r"^(?i:" + _RANK + r")\.?(?=\s)"
# A person's name: 2–6 capitalised words (Nguyễn Thị Thu / NGUYỄN THỊ THU), maybe a rank first.
NAME = r"^(?:(?i:" + _RANK + r")\.?\s+)?(?:[A-ZĐÀ-Ỹ][^\s\d,;:()/]*\s+){1,5}[A-ZĐÀ-Ỹ][^\s\d,;:()/]*$"
# Fixed spellings inside a position (the rest is lower case): "PHÓ CHÁNH VĂN PHÒNG" → "Phó
# Chánh Văn phòng", "ỦY VIÊN BAN THƯỜNG VỤ" → "Ủy viên Ban Thường vụ".
POSITION_CASE = {"VĂN PHÒNG": "Văn phòng", "BAN THƯỜNG VỤ": "Ban Thường vụ",
                 "BAN CHẤP HÀNH": "Ban Chấp hành", "BAN CHỈ ĐẠO": "Ban Chỉ đạo",
                 "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân", "HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân",
                 "CÔNG AN": "Công an", "THƯỜNG TRỰC": "Thường trực"}

# ---- news articles --------------------------------------------------------------------------
# A web page's publication time: "Thứ năm 25/10/2018 16:31", "Ngày đăng: 15/03/2019", "24/12/2019 18:24"
PUBLISHED = (r"\(?(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|Chủ\s+nhật)\s*,?\s*)?"
             r"(?:(?:Ngày\s+đăng|Đăng\s+ngày|Cập\s+nhật|Ngày\s+cập\s+nhật|Đăng\s+lúc|Thời\s+gian\s+đăng)\s*:?\s*)?"
             r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?)?"
             r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
             r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?GMT[+\d:]*\)?)?\)?")
PUBLISHED_TAIL_CUE = r"\s*(?:Ngày\s+đăng|Đăng\s+ngày|Cập\s+nhật|Ngày\s+cập\s+nhật)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}[\s\d:]*$"
# Menu junk a web copy leaves before the headline: "+", "Aa", "-", "A A", "In bài".
WEB_JUNK = r"^(?:[+\-–|•]|A+a?|Aa|A\s*A|In\s+bài|Chia\s+sẻ|Trang\s+chủ.*|Tin\s+tức.*|\d{1,2}:\d{2})$"
# "Hà Nội: …", "TP.HCM: …" — the place prefix of a headline.
HEADLINE_PLACE = r"^(?P<place>(?:TP\.\s?|Tp\.\s?)?[A-ZĐÀ-Ỹ][^\s:,]*(?:\s+[A-ZĐÀ-Ỹ][^\s:,]*){0,3})\s*:\s+\S"
# Headline prefixes that name a format or a topic, not a place.
NOT_PLACE_PREFIXES = {"video", "infographic", "clip", "ảnh", "chùm ảnh", "phóng sự", "toàn cảnh",
                      "tin", "tin vắn", "thông báo", "emagazine", "podcast", "bài", "góc nhìn",
                      "chuyên đề", "thời sự", "xã hội", "pháp luật", "độc quyền", "nóng"}
# The news agency / paper tag that opens a lead sentence: "(BBN) - ", "(TTXVN) - ", "(Chinhphu.vn) - ",
# "HNP - ", "(Baoquangninh.vn) – " (dashes are normalized to "-").
NEWS_SOURCE_TAG = r"(?:\(\s*[\w.&\s/-]{2,30}?\s*\)|(?-i:[A-ZĐ][A-ZĐ.]{1,11}))\s*-\s*"
# The lead sentence of an article about a plan: who issued what.
REPORT_CUE = (r"(?:vừa\s+(?:ban\s+hành|có|ký\s+ban\s+hành|ra|triển\s+khai|xây\s+dựng)|"
              r"đã\s+ban\s+hành|ban\s+hành|đã\s+ký\s+ban\s+hành|ký\s+ban\s+hành)")
REPORTED_DOC = r"(?P<type>" + "|".join(TYPE_NAMES) + r"|văn\s+bản)"
# Heads that can open the subject of the lead sentence (the reported document's issuer).
SUBJECT_HEADS = [
    "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Sở", "Bộ", "Ban Chỉ đạo",
    "BCĐ", "Ban", "Cục", "Chi cục", "Tổng cục", "Văn phòng", "Công an", "Thủ tướng",
    "Chính phủ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Phòng", "Trung tâm",
    "Ủy ban", "Hội", "Thanh tra",
]
