"""The words of the page layout (Decree 30/2020/NĐ-CP, Phụ lục I and III): the lines that
only a header or a closing block holds, the type lines, the list and heading markers.

The one lexicon module the readers may use (a PDF's two-column header and signature tables
are recognised by these lines before any text exists); it imports nothing. The extraction
lexicon (structure.py, identity.py) builds on it.
"""

# ---- heading markers -------------------------------------------------------------------------
ROMAN = r"(?:XX|XI[XV]|XV?I{0,3}|I[XV]|V?I{1,3}|V|X)"

# ---- header ------------------------------------------------------------------------------------
# Types that stand alone as a type line in a document's header (not "Luật", "Văn bản" …).
HEADER_TYPES = [
    "Kế hoạch liên tịch", "Hướng dẫn liên tịch", "Hướng dẫn liên ngành", "Nghị quyết liên tịch", "Thông báo kết luận", "Kế hoạch", "Quyết định", "Chỉ thị",
    "Nghị quyết", "Thông báo", "Thông cáo", "Báo cáo", "Chương trình", "Hướng dẫn", "Tờ trình",
    "Công điện", "Phương án", "Đề án", "Dự án", "Quy chế", "Quy định", "Kết luận", "Giấy mời",
    "Biên bản", "Công văn", "Phiếu chuyển", "Phiếu gửi", "Phiếu trình",
    "Giấy phép", "Giấy chứng nhận",
    # central issuers' normative texts (Decree 30/2020, Phụ lục I: the type line in capitals)
    "Thông tư liên tịch", "Nghị định", "Thông tư",
    # an internal procedure attached to a decision; an appraiser's written review
    "Quy trình", "Nhận xét",
]
# Type words as they stand alone, in capitals, on the type line.
DOC_TYPE_WORDS = [t.upper() for t in HEADER_TYPES]
# The motto cell: the State's two lines; a Party document's "ĐẢNG CỘNG SẢN VIỆT NAM"; a Đoàn
# (Youth Union) document's "ĐOÀN TNCS HỒ CHÍ MINH" (the parent organisation, printed where the
# motto goes; the issuer is "TỈNH ĐOÀN …" / "BCH ĐOÀN TỈNH …"). The Đoàn line stands alone: inside
# "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH …" it is part of the issuer's name.
MOTTO = (r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
         r"|(?<!\w )(?<!\w)ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH(?! \w)(?!\w)")
NUMBER_LINE = r"^Số\s*[:.]?\s*[\w\s./&-]*/"
PLACE_DATE_LINE = r"^[^\n,]{2,60},\s*ngày\b[^\n]{0,25}\bnăm\s+\d{4}\s*$"

# ---- closing block ---------------------------------------------------------------------------
RECIPIENTS = r"^Nơi\s+nhận\s*:?\s*"
AUTHORITY_LINE = r"^(?:TM|KT|TL|TUQ|Q)\s*\.\s*\S"
# Offices that stand as the position line of a signature (caps in the text).
POSITIONS = [
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
    "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG",
    "CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "CHÁNH THANH TRA",
    "PHÓ CHÁNH THANH TRA", "BÍ THƯ", "PHÓ BÍ THƯ", "TỔNG BÍ THƯ", "ỦY VIÊN", "TRƯỞNG BAN CHỈ ĐẠO", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC",
    "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "THỦ TRƯỞNG", "GIÁM ĐỐC CÔNG AN", "TRƯỞNG CÔNG AN",
    "CHỈ HUY TRƯỞNG", "TỔNG CỤC TRƯỞNG", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TRƯỞNG ĐOÀN",
    "CHÁNH VĂN PHÒNG UBND", "T/M BAN THƯỜNG VỤ",
    # a phiếu trình's approving column: the office's leadership, not one named office
    "LÃNH ĐẠO VĂN PHÒNG", "LÃNH ĐẠO SỞ", "LÃNH ĐẠO PHÒNG", "LÃNH ĐẠO BAN", "LÃNH ĐẠO CỤC",
]
