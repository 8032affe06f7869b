"""The blind corpus corpus4/. The .txt files are the source, stored as they were archived: one
in Windows-1258 with CRLF (tones as combining marks), one copied out of a Word-2010 PDF
where every bare "ư"/"Ư" came out as the Latin letter "ƣ"/"Ƣ" (U+01A3/U+01A2), the rest
UTF-8 NFC with LF. eval/build.py decodes them (NFC, LF) but keeps the ƣ; the .docx, the
original Word file, has the real "ư" (WORD_2010_OI). Every paragraph of a .docx is a line of
its .txt, in order, with nothing added or dropped, except where automatic list numbering
replaces a typed Roman number (AUTO_NUMBER) and where tab-separated rows become the cells of
a real Word table (the appendix task table of the Thạch Thành plan, whose blank "Chủ trì"
cell is a vertically merged cell in the .docx). Layout: A4, Times New Roman, a borderless
two-column header table (issuer | motto; number and V/v | place and date), centred bold type
and title, justified body, bold agency lead-ins, a borderless signature table (Nơi nhận |
signature), page numbers from page 2, the appendix on a new page. The PDFs are LibreOffice
exports (`soffice --headless --convert-to pdf`); LibreOffice is needed only to rebuild them.

This file is the set's data: its layout choices and its gold annotations. eval/build.py
corpus4 builds the renditions from the .txt files and (--gold) writes gold/ from ANNOTATIONS.
"""
from docbuild import t  # noqa: F401  (eval/docbuild.py; eval/build.py puts eval/ on the path)

# Encoding of each archived .txt (default UTF-8 without BOM; CRLF is undone by eval/build.py).
ENCODING = {
    "cv-so-gddt-quang-binh-an-toan-thuc-pham-truong-hoc-2024": "cp1258",
}
# .txt copied out of a Word-2010 PDF: "ư" came out as U+01A3 (the docx has the real letter).
WORD_2010_OI = {"ct-ubnd-ha-tinh-tiet-kiem-dien-2024"}
# Documents whose Roman parts use Word automatic numbering (numbering.xml) instead of
# typed numbers.
AUTO_NUMBER = {
    "kh-ubnd-thach-thanh-bao-tri-duong-gtnt-2024": "roman",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "cv-so-gddt-quang-binh-an-toan-thuc-pham-truong-hoc-2024": 1,
}
NEWS: set[str] = set()
# Signature tables allowed to break across pages (the others keep Nơi nhận and the signature
# together, as a careful clerk does; one is left to break, as many real files do).
SIGNATURE_MAY_SPLIT = {"cv-so-gddt-quang-binh-an-toan-thuc-pham-truong-hoc-2024"}
# Appendix tables whose blank cells in these columns continue the cell above (vertical merge).
MERGE_BLANK_COLS = {
    "kh-ubnd-thach-thanh-bao-tri-duong-gtnt-2024": {2},
}

TYPE_WORDS = ("KẾ HOẠCH", "KẾ HOẠCH LIÊN TỊCH", "BÁO CÁO NHANH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
              "TỜ TRÌNH", "HƯỚNG DẪN")

# Appendix task tables: column widths (cm) per column count (else equal widths).
APPENDIX_WIDTHS = {5: [1.0, 5.6, 3.9, 3.8, 2.6]}
# a whole numbered line ending in ":" is a bold lead-in; the signature row does not break
LAYOUT = {"body_table_widths": {5: [1.0, 2.8, 6.0, 4.2, 3.0]}, "keep_signature_together": True,
          "signature_may_split": SIGNATURE_MAY_SPLIT, "merge_blank_cols": MERGE_BLANK_COLS,
          "long_leads": True}
NEWS_STYLE = "page"


# ================================================================ gold annotations
# One entry per document; the .txt, .docx and .pdf renditions share it (the renditions
# carry the same text and header). Conventions: ../shared/eval/dev/NOTES.md section 2 and
# ../corpus/README.md, ../corpus2/README.md, ../corpus3/README.md; choices for this corpus:
# corpus4/README.md. Body alternatives are written once and reused by the tasks.


ANNOTATIONS: dict[str, dict] = {}

# ---------------------------------------------------------------- 1 Ninh Hòa (KH UBND thị xã, I–IV)
VHTT_NH = ["Phòng VH-TT", "Phòng Văn hóa - Thông tin", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa, Thông tin",
           "Phòng VH-TT thị xã", "Phòng Văn hóa - Thông tin thị xã", "Phòng VHTT"]
TTVH_NH = ["Trung tâm VH-TT&TT", "Trung tâm Văn hóa - Thông tin và Thể thao", "Trung tâm Văn hóa, Thông tin và Thể thao",
           "Trung tâm VH-TT&TT thị xã", "Trung tâm Văn hóa - Thông tin và Thể thao thị xã", "Trung tâm VHTT&TT"]
TCKH_NH = ["Phòng TC-KH", "Phòng Tài chính - Kế hoạch", "Phòng Tài chính Kế hoạch", "Phòng TCKH",
           "Phòng Tài chính - Kế hoạch thị xã"]
GD_NH = ["Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo thị xã"]
TRUONG_NH = ["các trường tiểu học, trung học cơ sở", "các trường tiểu học, THCS", "trường tiểu học, trung học cơ sở"]
NV_NH = ["Phòng Nội vụ", "Nội vụ"]
TP_NH = ["Phòng Tư pháp", "Tư pháp"]
YT_NH = ["Phòng Y tế", "Y tế"]
UBX_NH = ["UBND các xã, phường", "Ủy ban nhân dân các xã, phường", "UBND xã, phường"]
TD_NH = ["Thị đoàn Ninh Hoà", "Thị đoàn Ninh Hòa", "Thị đoàn"]
ANNOTATIONS["kh-ubnd-ninh-hoa-tuan-le-doc-sach-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": "58/KH-UBND",
        "issuer": ["Ủy ban nhân dân thị xã Ninh Hoà", "UBND thị xã Ninh Hoà", "Ủy ban nhân dân thị xã Ninh Hòa",
                   "UBND thị xã Ninh Hòa"],
        "place": "Ninh Hoà", "issued_date": "2025-03-24",
        "title": "Tổ chức Tuần lễ hưởng ứng Ngày Sách và Văn hoá đọc Việt Nam trên địa bàn thị xã Ninh Hoà năm 2025",
        "signer": {"name": "Nguyễn Thị Kim Thoa", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM"},
        {"number": "III", "title": "KINH PHÍ"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Khơi dậy niềm đam mê đọc sách trong cộng đồng",
        "Nâng cao vai trò của thư viện, tủ sách cơ sở",
        "Các hoạt động được tổ chức thiết thực, tiết kiệm",
        "Thu hút ít nhất 5.000 lượt người tham gia các hoạt động của Tuần lễ",
        "100% trường học trên địa bàn thị xã tổ chức hoạt động hưởng ứng",
        "phấn đấu tiếp nhận 3.000 bản sách",
        "bảo đảm 100% xã, phường phát tin, bài về Tuần lễ",
    ],
    "percentages": [100, 100],
    # IV.1 (two), IV.2 the opening ceremony the plan convenes ("vào lúc 7 giờ 30 ngày 15/4/2025",
    # kind "on"), IV.3, IV.6. The period "từ ngày 15/4/2025 đến ngày 21/4/2025" (II.1) is not a limit.
    "deadlines": ["2025-04-05", "2025-04-30", "2025-04-15", "2025-04-10", "2025-04-25"],
    "bodies": [VHTT_NH, TTVH_NH, TCKH_NH, GD_NH, TRUONG_NH, NV_NH, TP_NH, YT_NH, UBX_NH, TD_NH],
    "tasks": [
        t(VHTT_NH, "2025-04-05"), t(VHTT_NH, "2025-04-30"),
        t(TTVH_NH, "2025-04-15"), t(TTVH_NH),
        t(TCKH_NH, "2025-04-10"), t(GD_NH),
        t(NV_NH),  # "5. Các phòng: Nội vụ, Tư pháp, Y tế:" - joint, the first named leads
        t(UBX_NH, "2025-04-25"), t(TD_NH),
    ],
    "references": ["1862/QĐ-TTg", "35/KH-SVHTT"],
}
# ---------------------------------------------------------------- 2 Quảng Bình (CV Sở GD&ĐT, Windows-1258)
THPT_QB = ["các trường THPT", "Hiệu trưởng các trường THPT", "các trường trung học phổ thông", "trường THPT",
           "Hiệu trưởng các trường trung học phổ thông"]
PGD_QB = ["Phòng GD&ĐT các huyện, thị xã, thành phố", "Trưởng phòng GD&ĐT các huyện, thị xã, thành phố",
          "Phòng GD&ĐT các huyện", "Trưởng phòng GD&ĐT các huyện",
          "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", "Phòng GD&ĐT"]
MN_QB = ["các trường mầm non, tiểu học, trung học cơ sở có tổ chức bán trú",
         "các trường mầm non, tiểu học, trung học cơ sở", "các trường mầm non, tiểu học, THCS"]
TTYT_QB = ["Trung tâm Y tế các huyện, thị xã, thành phố", "Trung tâm Y tế các huyện", "Trung tâm Y tế huyện",
           "Trung tâm Y tế"]
CTTT_QB = ["Phòng Chính trị, tư tưởng", "Phòng Chính trị tư tưởng", "Phòng CTTT", "Phòng Chính trị - tư tưởng"]
ATTP_QB = ["Chi cục An toàn vệ sinh thực phẩm tỉnh", "Chi cục An toàn vệ sinh thực phẩm", "Chi cục ATVSTP tỉnh",
           "Chi cục ATVSTP", "Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình"]
ANNOTATIONS["cv-so-gddt-quang-binh-an-toan-thuc-pham-truong-hoc-2024"] = {
    "document": {
        "type": "Công văn", "number": "2146/SGDĐT-CTTT",
        "issuer": ["Sở Giáo dục và Đào tạo tỉnh Quảng Bình", "Sở Giáo dục và Đào tạo Quảng Bình",
                   "Sở GD&ĐT tỉnh Quảng Bình", "Sở GD&ĐT Quảng Bình", "Sở Giáo dục và Đào tạo"],
        "place": "Quảng Bình", "issued_date": "2024-09-30",
        "title": "tăng cường bảo đảm an toàn thực phẩm tại bếp ăn tập thể trong trường học",
        "signer": {"name": "Lê Thị Thanh Hương", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": "Hiệu trưởng các trường THPT"},
        {"number": "2", "title": "Trưởng phòng GD&ĐT các huyện, thị xã, thành phố"},
        {"number": "3", "title": None},
    ],
    "goals": [
        "phòng ngừa ngộ độc thực phẩm, bảo đảm sức khỏe cho học sinh",
        "bảo đảm 100% bếp ăn tập thể thực hiện kiểm thực ba bước và lưu mẫu thức ăn 24 giờ",
    ],
    "percentages": [100],
    # 1 "trước 16h00 ngày 05/10/2024", 2 "chậm nhất ngày 10/10/2024", 3 "trong tháng 10/2024"
    "deadlines": ["2024-10-05", "2024-10-10", "2024-10"],
    "bodies": [THPT_QB, PGD_QB, MN_QB, TTYT_QB, CTTT_QB, ATTP_QB],
    "tasks": [t(THPT_QB), t(THPT_QB, "2024-10-05"), t(PGD_QB), t(PGD_QB, "2024-10-10"), t(CTTT_QB, "2024-10")],
    "references": ["3612/UBND-KGVX"],
}
# ---------------------------------------------------------------- 3 Hà Tĩnh (Chỉ thị, "ƣ" in the .txt)
SCT_HT = ["Sở Công Thương", "Sở Công thương", "Sở Công Thương tỉnh Hà Tĩnh"]
DL_HT = ["Công ty Điện lực tỉnh", "Công ty Điện lực Hà Tĩnh", "Công ty Điện lực tỉnh Hà Tĩnh"]
UBH_HT = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố", "Chủ tịch UBND các huyện, thị xã, thành phố"]
UBX_HT = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
TTTT_HT = ["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT", "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"]
DAI_HT = ["Đài Phát thanh và Truyền hình tỉnh", "Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình tỉnh",
          "Đài Phát thanh và Truyền hình Hà Tĩnh", "Đài PTTH tỉnh"]
BAO_HT = ["Báo Hà Tĩnh"]
ANNOTATIONS["ct-ubnd-ha-tinh-tiet-kiem-dien-2024"] = {
    "document": {
        "type": "Chỉ thị", "number": "14/CT-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh", "Chủ tịch UBND tỉnh Hà Tĩnh",
                   "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"],
        "place": "Hà Tĩnh", "issued_date": "2024-09-25",
        "title": "Về tăng cường tiết kiệm điện và bảo đảm cung ứng điện cuối năm 2024 và năm 2025 trên địa bàn tỉnh",
        "signer": {"name": "Trần Bá Hưng", "position": "Chủ tịch"},
    },
    "sections": [
        {"number": "1", "title": "Sở Công Thương"},
        {"number": "2", "title": "Công ty Điện lực tỉnh"},
        {"number": "3", "title": "UBND các huyện, thị xã, thành phố"},
        {"number": "4", "title": "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh"},
    ],
    "goals": [
        "chủ động bảo đảm cung ứng điện ổn định cho sản xuất, kinh doanh và sinh hoạt của Nhân dân",
        "phấn đấu tiết kiệm tối thiểu 3% tổng điện năng tiêu thụ năm 2025",
        "giảm tỷ lệ tổn thất điện năng xuống dưới 3,8% trong năm 2025",
        "cắt giảm 50% đèn chiếu sáng công cộng",
        "tiết kiệm tối thiểu 10% điện năng tiêu thụ so với năm 2023",
    ],
    "percentages": [11.4, 3, 3.8, 50, 10],
    # 1a "trước ngày 5/10" (no year: the document's, 2024), 3b "trước ngày 15/12/2024".
    # Not: "thông báo … trước 05 ngày" (relative), "định kỳ hằng quý", "sau 22 giờ hằng ngày".
    "deadlines": ["2024-10-05", "2024-12-15"],
    "bodies": [SCT_HT, DL_HT, UBH_HT, UBX_HT, TTTT_HT, DAI_HT, BAO_HT],
    "tasks": [t(SCT_HT, "2024-10-05"), t(SCT_HT), t(DL_HT), t(DL_HT), t(UBH_HT), t(UBH_HT, "2024-12-15"),
              t(TTTT_HT)],
    "references": ["20/CT-TTg"],
}
# ---------------------------------------------------------------- 4 Thạch Thành (KH, appendix task table)
KTHT_TT = ["Phòng Kinh tế và Hạ tầng", "Phòng KT&HT", "Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế và Hạ tầng huyện",
           "Phòng KTHT"]
TCKH_TT = ["Phòng Tài chính - Kế hoạch", "Phòng TC-KH", "Phòng Tài chính Kế hoạch", "Phòng TCKH",
           "Phòng Tài chính - Kế hoạch huyện"]
UBX_TT = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
QLDA_TT = ["Ban Quản lý dự án đầu tư xây dựng huyện", "Ban QLDA đầu tư xây dựng huyện", "Ban QLDA ĐTXD huyện",
           "Ban Quản lý dự án đầu tư xây dựng huyện Thạch Thành"]
TL_TT = ["UBND xã Thạch Lâm", "Ủy ban nhân dân xã Thạch Lâm"]
HD_TT = ["Huyện đoàn Thạch Thành", "Huyện đoàn", "Huyện Đoàn Thạch Thành"]
ANNOTATIONS["kh-ubnd-thach-thanh-bao-tri-duong-gtnt-2024"] = {
    "document": {
        "type": "Kế hoạch", "number": "203/KH-UBND",
        "issuer": ["Ủy ban nhân dân huyện Thạch Thành", "UBND huyện Thạch Thành"],
        "place": "Thạch Thành", "issued_date": "2024-08-12",
        "title": "Bảo trì, duy tu đường giao thông nông thôn trên địa bàn huyện Thạch Thành năm 2024 - 2025",
        "signer": {"name": "Bùi Đình Khôi", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "NHIỆM VỤ, GIẢI PHÁP"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Duy trì tình trạng kỹ thuật của hệ thống đường giao thông nông thôn",
        "Huy động sự tham gia của Nhân dân và cộng đồng dân cư trong công tác bảo trì",
        "100% tuyến đường huyện được bảo dưỡng thường xuyên",
        "Tối thiểu 70% tuyến đường xã, đường thôn được duy tu",
        "khơi thông rãnh dọc trên 450 km đường giao thông nông thôn",
    ],
    "percentages": [100, 70],
    # IV.1; appendix rows 1-5 and 7 (row 6 "Hằng quý" is periodic, no date)
    "deadlines": ["2024-12-20", "2024-09-15", "2024-10", "2024-Q4", "2024-11-30", "2025-04-30", "2025-06"],
    "bodies": [KTHT_TT, TCKH_TT, UBX_TT, QLDA_TT, TL_TT, HD_TT],
    "tasks": [
        t(KTHT_TT, "2024-12-20"), t(TCKH_TT), t(UBX_TT),
        # appendix: one task per row, lead = Chủ trì; row 5's blank Chủ trì continues row 4
        # (a vertically merged cell in the .docx)
        t(KTHT_TT, "2024-09-15"), t(KTHT_TT, "2024-10"), t(TCKH_TT, "2024-Q4"),
        t(QLDA_TT, "2024-11-30"), t(QLDA_TT, "2025-04-30"), t(UBX_TT), t(KTHT_TT, "2025-06"),
    ],
    "references": ["37/2018/TT-BGTVT", "118/KH-UBND"],
}
# ---------------------------------------------------------------- 5 Tam Nông (Báo cáo nhanh)
SNN_TN = ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Thọ", "Sở Nông nghiệp và Phát triển nông thôn",
          "Sở NN&PTNT", "Sở NN&PTNT tỉnh Phú Thọ", "Sở Nông nghiệp và PTNT"]
CCTY_TN = ["Chi cục Chăn nuôi và Thú y", "Chi cục Chăn nuôi và Thú y tỉnh", "Chi cục CN&TY",
           "Chi cục Chăn nuôi và Thú y tỉnh Phú Thọ"]
ANNOTATIONS["bc-ubnd-tam-nong-tiem-phong-dai-2024"] = {
    "document": {
        "type": ["Báo cáo", "Báo cáo nhanh"], "number": "412/BC-UBND",
        "issuer": ["Ủy ban nhân dân huyện Tam Nông", "UBND huyện Tam Nông"],
        "place": "Tam Nông", "issued_date": "2024-10-07",
        "title": "Kết quả đợt tiêm phòng vắc xin dại cho chó, mèo năm 2024",
        "signer": {"name": "Hà Văn Quý", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "KẾT QUẢ THỰC HIỆN"},
        {"number": "II", "title": "KHÓ KHĂN, VƯỚNG MẮC"},
        {"number": "III", "title": "ĐỀ XUẤT, KIẾN NGHỊ"},
    ],
    "goals": [
        "bảo đảm đạt tỷ lệ tiêm phòng trên 85% tổng đàn",
    ],
    # past results (74,6%; trên 80%; khoảng 80%) are percentages, not goals
    "percentages": [74.6, 80, 80, 85],
    # "Tính đến ngày 05-10-2024" is the cut-off of past figures, not a limit
    "deadlines": ["2024-10-20"],
    "bodies": [SNN_TN, CCTY_TN],
    "tasks": [t(SNN_TN, "2024-10-20"), t(SNN_TN)],
    "references": ["2650/KH-UBND"],
}
