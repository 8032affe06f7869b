"""What OCR gets wrong in administrative Vietnamese, and the printed form it stands for.

Measured on scans of this repository's evaluation PDFs (eval/ocr_twin.py): Tesseract's
``vie`` model reads body text well but misreads the few characters the structure hangs on —
the Roman numeral of a part heading ("II." as "H." or "II", "III." as "HI."), the slash of a
document number ("632/KH-UBND" as "632KH-UBND") and Đ as the Icelandic Ð. On real scans
(eval/ocr_twin.py real holdout) it also drops or shifts the hook above (dấu hỏi) in a few
fixed phrases of the genre, which then no longer fold to the names and roles they spell.
Each fix applies to OCR text only, and only where the genre makes the reading certain.
"""
from .identity import TYPE_CODES

# A part heading opens with a Roman numeral (Decree 30 layout): OCR's shapes for it.
ROMAN_MISREAD = {
    "H": "II", "Il": "II", "lI": "II", "ll": "II", "1I": "II", "I1": "II", "11": "II",
    "HI": "III", "IH": "III", "Hl": "III", "lII": "III", "IIl": "III", "Ill": "III",
    "lll": "III", "1II": "III", "II1": "III", "TV": "IV", "lV": "IV", "1V": "IV",
    "L": "I",   # "L TÓM TẮT NỘI DUNG": the numeral's serifs read as an L, the dot lost
}
# ... followed by "." (or nothing: the dot lost) and a heading in capitals (the reader checks
# the word is all capitals; the class here only finds it).
ROMAN_HEADING = (r"^(?P<num>" + "|".join(sorted(ROMAN_MISREAD, key=len, reverse=True))
                 + r"|I{1,3}|IV|VI{0,3}|IX|X)(?P<dot>\.?)\s+(?=[A-ZĐÀ-Ỹ]{2,}[\s,])")
# A number glued to its symbol ("632KH-UBND"): the slash is always there in print.
NUMBER_SLASH = (r"(?<![\w/])(?P<n>\d{1,6})(?P<code>(?:" + "|".join(sorted(TYPE_CODES, key=len, reverse=True))
                + r")-[A-ZĐ][A-ZĐ&]*)")
# … also a firm's dotted serial, the day and month of its letter ("26.06GĐN-MB" for 26.06/GĐN-MB, a
# Giấy đề nghị): a dotted serial is never glued to capitals in print, whatever its code.
DOTTED_NUMBER_SLASH = r"(?<![\w/.])(?P<n>\d{1,2}\.\d{1,2})(?P<code>[A-ZĐ][A-ZĐ&]{1,5}-[A-ZĐ][A-ZĐ&]*)(?![\w/])"
# The "r" of a submission's code TTr read as a colon or semicolon ("4179/TT:-SCT"): no symbol holds
# a punctuation mark, and of the codes opening with TT (TT, TTr, TTLT) only TTr has one letter more.
TTR_MISREAD = r"(?<=\d/)TT[:;](?=[ ]?-)"
# A type code's Đ read twice ("128/QĐĐ-HC" for 128/QĐ-HC): no code of Phụ lục III doubles it.
DOUBLED_D = r"(?<=/)(?P<code>[A-Z]{0,3}Đ)Đ(?=\s*-)"
# Letters of other alphabets OCR puts for Vietnamese ones.
LOOKALIKES = {"Ð": "Đ"}
# Fixed phrases whose hook-above tone OCR reads as another mark ("Công ty cô phần", "GIÁM ĐÓC",
# "vật liệu nỗ công nghiệp"): the misread form is not a phrase of the language, so the
# correction is certain. Whole words only; upper-case and sentence-case forms both listed.
PHRASE_MISREAD = {
    "cô phần": "cổ phần", "Cô phần": "Cổ phần", "CÔ PHẦN": "CỔ PHẦN",
    "Tông công ty": "Tổng công ty", "TÔNG CÔNG TY": "TỔNG CÔNG TY",
    "GIÁM ĐÓC": "GIÁM ĐỐC", "Giám đóc": "Giám đốc", "Giám Đóc": "Giám Đốc",
    "vật liệu nỗ": "vật liệu nổ", "thuốc nỗ": "thuốc nổ",
    "thâm quyền": "thẩm quyền", "thấm quyền": "thẩm quyền",
    "tô chức": "tổ chức", "Tô chức": "Tổ chức",
    "bồ sung": "bổ sung", "bố sung": "bổ sung", "sửa đôi": "sửa đổi",
    "kiêm định": "kiểm định", "kiếm định": "kiểm định", "kiêm tra": "kiểm tra", "kiếm tra": "kiểm tra",
    "Quy chuân": "Quy chuẩn", "quy chuân": "quy chuẩn", "tiêu chuân": "tiêu chuẩn",
    "vận chuyên": "vận chuyển",
    # the circumflex lost under an acute or grave ("QUYÉT ĐỊNH" for QUYẾT, "quyên hạn" for quyền)
    "QUYÉT ĐỊNH": "QUYẾT ĐỊNH", "KÉ HOẠCH": "KẾ HOẠCH", "GIÁY PHÉP": "GIẤY PHÉP", "giáy phép": "giấy phép",
    "quyên hạn": "quyền hạn", "phân quyên": "phân quyền", "chính quyên": "chính quyền",
    "nguy hiêm": "nguy hiểm",
    "CHÁP THUẬN": "CHẤP THUẬN", "cháp thuận": "chấp thuận", "Cháp thuận": "Chấp thuận",
    "HÓA CHÁT": "HÓA CHẤT", "Hóa chát": "Hóa chất", "hóa chát": "hóa chất",
    "HẠ TÀNG": "HẠ TẦNG", "hạ tàng": "hạ tầng", "HẠ TẢNG": "HẠ TẦNG", "hạ tảng": "hạ tầng",
    "GIẢM ĐÓC": "GIÁM ĐỐC", "GIẢM ĐỐC": "GIÁM ĐỐC", "TÔNG GIÁM ĐỐC": "TỔNG GIÁM ĐỐC",
    "TÔNG GIẢM ĐÓC": "TỔNG GIÁM ĐỐC", "TÔNG GIÁM ĐÓC": "TỔNG GIÁM ĐỐC",
    "TÔNG CỤC TRƯỞNG": "TỔNG CỤC TRƯỞNG", "TÔNG CỤC": "TỔNG CỤC",
    "PHIẾU CHUYÊN": "PHIẾU CHUYỂN", "BIẾN BẢN": "BIÊN BẢN", "BIỄN BẢN": "BIÊN BẢN",
    "KIỀM TRA": "KIỂM TRA", "kiềm tra": "kiểm tra", "KIÊM TRA": "KIỂM TRA", "KIẾM TRA": "KIỂM TRA",
    # the motto's dot below read as a grave ("CỌNG HÒA" for CỘNG): the header then has no motto
    "CỌNG HÒA": "CỘNG HÒA", "CỌNG HOÀ": "CỘNG HOÀ",
    # the hook of "phố" read as an acute after the level pair ("Ủy ban nhân dân các tỉnh, thành phó"):
    # "tỉnh, thành phó" is no phrase, and the misread splits one addressee into two bodies
    "tỉnh, thành phó": "tỉnh, thành phố", "TỈNH, THÀNH PHÓ": "TỈNH, THÀNH PHỐ",
    "tỉnh, thành phô": "tỉnh, thành phố", "TỈNH, THÀNH PHÔ": "TỈNH, THÀNH PHỐ",
    # a colon read into the type line's two words ("QUYẾT: ĐỊNH")
    "QUYẾT: ĐỊNH": "QUYẾT ĐỊNH", "KẾ: HOẠCH": "KẾ HOẠCH",
}
# Tesseract's confidence (0-100) below which a word is the strokes of a signature or of a
# seal, a speck or a stamp's handwriting rather than print, unless shaped like a word or a
# figure. On the archive's scans print scores 85-97, seal and signature debris 0-30.
MIN_CONFIDENCE = 30
# Words without a letter or digit that still mean something on a page: a list dash or
# bullet, a rule under a header line, punctuation ("./.", ".),", "=>"); a "`", "¸" or "^"
# is a speck (a low-confidence sign of any kind is dropped before this is asked).
SIGNS_KEPT = r"^(?:[-+•*–—]|[-_=*~.]{3,}|[.,;:()\[\]\"'“”‘’/%=>+…!?–—-]+)$"
# Signs Tesseract reads in the strokes of a seal or a signature and no administrative text
# prints: a word is cut where one of them is glued on ("PHÒNG©H" is "PHÒNG").
FOREIGN_SIGNS = "©®‹›¬ƒ¡¿‡§¤¦™¶"
