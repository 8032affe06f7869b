"""The held-out corpus corpus/: ten documents as .txt, .docx and .pdf (see README.md).

The .txt files are the source: every paragraph of a .docx is a line of its .txt, in
order, with nothing added or dropped, except where automatic list numbering replaces a
typed number (AUTO_NUMBER). This file is the set's data: its layout choices and its gold
annotations (conventions of the dev set, choices of this corpus in README.md). eval/build.py
corpus builds the renditions and (--gold) writes gold/ from ANNOTATIONS; the same gold serves
each rendition, and the font-fallback PDF where it exists.
"""
from docbuild import t  # noqa: F401  (eval/docbuild.py; eval/build.py puts eval/ on the path)

# Documents whose headings use Word automatic numbering (numbering.xml) instead of
# typed numbers: "roman" = the I., II. parts; "roman+decimal" also the 1., 2. clauses
# under them (a two-level list, the clauses restart after each part).
AUTO_NUMBER = {
    "kh-so-cong-thuong-lao-cai-2024": "roman",
    "kh-so-gddt-ha-giang-du-thao-2023": "roman+decimal",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "kh-so-cong-thuong-lao-cai-2024": 1,
    "kh-so-gddt-ha-giang-du-thao-2023": 1,
    "ctr-tinh-uy-quang-ninh-2025": 1,
}
NEWS = {"tin-ubnd-phu-tho-rac-thai-nhua-2024"}

TYPE_WORDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
              "TỜ TRÌNH", "HƯỚNG DẪN")

# Appendix task tables: column widths (cm) per column count (else equal widths).
APPENDIX_WIDTHS = {6: [1.2, 4.4, 2.9, 2.9, 2.4, 2.4]}
LAYOUT = {"strip": None}   # all trailing whitespace stripped
NEWS_STYLE = "plain"    # headline, time line, paragraphs, byline
ENCODING: dict[str, str] = {}
EXTRA_RENDITIONS = [("_pdf_fontfallback", "pdf")]
FULL_CHECK = False      # the lighter gold checks this set was written under


ANNOTATIONS: dict[str, dict] = {}

# ------------------------------------------------------------------ 1
P_QLTM = ["Phòng Quản lý thương mại", "Phòng QLTM", "Phòng Quản lý thương mại Sở Công Thương"]
TT_KC = ["Trung tâm Khuyến công và Xúc tiến thương mại", "Trung tâm Khuyến công và XTTM",
         "Trung tâm KC&XTTM", "Trung tâm Khuyến công Xúc tiến thương mại"]
UB_HUYEN_LC = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
               "UBND huyện, thị xã, thành phố"]
NHNN_LC = ["Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai", "Ngân hàng Nhà nước chi nhánh tỉnh",
           "Ngân hàng Nhà nước chi nhánh Lào Cai", "Ngân hàng Nhà nước CN tỉnh Lào Cai", "NHNN chi nhánh tỉnh Lào Cai"]
VP_SCT = ["Văn phòng Sở", "Văn phòng Sở Công Thương"]
STTTT_LC = ["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT", "Sở Thông tin và Truyền thông tỉnh Lào Cai"]
CA_LC = ["Công an tỉnh", "Công an tỉnh Lào Cai"]
ANNOTATIONS["kh-so-cong-thuong-lao-cai-2024"] = {
    "document": {
        "type": "Kế hoạch", "number": "87/KH-SCT",
        "issuer": ["Sở Công Thương tỉnh Lào Cai", "Sở Công Thương Lào Cai", "Sở Công Thương"],
        "place": "Lào Cai", "issued_date": "2024-03-05",
        "title": "Phát triển thương mại điện tử trên địa bàn tỉnh Lào Cai năm 2024",
        "signer": {"name": "Hoàng Văn Thắng", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "MỤC TIÊU"},
        {"number": "III", "title": "NỘI DUNG THỰC HIỆN"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Thúc đẩy ứng dụng thương mại điện tử trong doanh nghiệp",
        "Nâng cao nhận thức của cộng đồng doanh nghiệp và người dân",
        "triển khai đồng bộ, có trọng tâm, trọng điểm",
        "Bảo đảm an toàn thông tin và quyền lợi hợp pháp của người tiêu dùng",
        "100% sản phẩm OCOP đạt từ 3 sao trở lên",
        "80% doanh nghiệp trên địa bàn tỉnh có website",
        "70-80% cơ sở bán lẻ",
        "02 lớp tập huấn kỹ năng kinh doanh trực tuyến cho 150 học viên",
    ],
    "percentages": [100, 80, 70, 80],
    "deadlines": ["2024-12-15", "2024-06-15", "2024-12-15",
                  "2024-06", "2024-Q3", "2024-Q3", "2024-12-31", "2024-12-31"],
    "bodies": [P_QLTM, TT_KC, UB_HUYEN_LC, NHNN_LC, VP_SCT, STTTT_LC, CA_LC],
    "tasks": [
        t(P_QLTM, "2024-12-15"), t(TT_KC), t(UB_HUYEN_LC), t(NHNN_LC),
        t(VP_SCT, "2024-06"), t(TT_KC, "2024-Q3"), t(TT_KC, "2024-Q3"),
        t(P_QLTM, "2024-12-31"), t(P_QLTM, "2024-12-31"),
    ],
    "references": ["52/2013/NĐ-CP", "85/2021/NĐ-CP", "645/QĐ-TTg", "112/KH-UBND"],
}

# ------------------------------------------------------------------ 2
CA_NA = ["Công an tỉnh", "Công an tỉnh Nghệ An", "Giám đốc Công an tỉnh"]
GTVT_NA = ["Sở Giao thông vận tải", "Sở GTVT", "Sở Giao thông vận tải tỉnh Nghệ An", "Giao thông vận tải"]
TC_NA = ["Sở Tài chính", "Sở Tài chính tỉnh Nghệ An"]
GD_NA = ["Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở GDĐT", "Giáo dục và Đào tạo"]
YT_NA = ["Sở Y tế", "Sở Y tế tỉnh Nghệ An", "Y tế"]
UBH_NA = ["UBND các huyện, thành phố, thị xã", "Ủy ban nhân dân các huyện, thành phố, thị xã",
          "UBND huyện, thành phố, thị xã", "Chủ tịch UBND các huyện, thành phố, thị xã"]
VP_NA = ["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Chánh Văn phòng UBND tỉnh",
         "Văn phòng UBND tỉnh Nghệ An"]
ANNOTATIONS["qd-ubnd-nghe-an-atgt-2024"] = {
    "document": {
        "type": "Quyết định", "number": "456/QĐ-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An",
                   "Chủ tịch UBND tỉnh Nghệ An"],
        "place": "Nghệ An", "issued_date": "2024-01-12",
        "title": "Về việc ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh Nghệ An năm 2024",
        "signer": {"name": "Nguyễn Đức Trung", "position": "Chủ tịch"},
    },
    "sections": [{"number": str(i), "title": None} for i in range(1, 5)],
    "goals": [
        "Kiềm chế, kéo giảm tai nạn giao thông trên cả 3 tiêu chí",
        "Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông",
        "Giảm từ 5% trở lên số người chết do tai nạn giao thông",
        "100% học sinh đi xe mô tô, xe gắn máy, xe đạp điện đội mũ bảo hiểm",
        "Xử lý 100% các trường hợp vi phạm nồng độ cồn",
    ],
    "percentages": [5, 100, 100],
    "deadlines": ["2024-12-10", "2024-02-25", "2024-Q2", "2024-09-30", "2024-09", "2024-02-29",
                  "2024-06-10", "2024-12-10"],
    "bodies": [CA_NA, GTVT_NA, TC_NA, GD_NA, YT_NA, UBH_NA, VP_NA],
    "tasks": [
        t(CA_NA, "2024-12-10"), t(VP_NA),
        # Điều 4, the execution clause: one task per named body (dev NOTES 002 III.14)
        t(CA_NA), t(GTVT_NA), t(GD_NA), t(YT_NA), t(UBH_NA),
        t(CA_NA, "2024-02-25"), t(CA_NA),
        t(GTVT_NA, "2024-Q2"), t(GTVT_NA, "2024-09-30"),
        t(GD_NA, "2024-09"), t(YT_NA), t(UBH_NA, "2024-02-29"),
    ],
    "references": ["23-CT/TW", "85/TTr-CAT-PC08"],
}

# ------------------------------------------------------------------ 3
NN_TH = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở NNPTNT",
         "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa"]
TNMT_TH = ["Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT", "Sở Tài nguyên và Môi trường tỉnh Thanh Hóa"]
BCHQS_TH = ["Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", "BCHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh Thanh Hóa"]
SONGCHU = ["Công ty TNHH MTV Sông Chu", "Công ty TNHH một thành viên Sông Chu", "Công ty Sông Chu"]
UBH_TH = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố"]
KTTV_TH = ["Đài Khí tượng Thuỷ văn tỉnh", "Đài Khí tượng Thủy văn tỉnh", "Đài KTTV tỉnh",
           "Đài Khí tượng Thuỷ văn tỉnh Thanh Hóa"]
ANNOTATIONS["cv-ubnd-thanh-hoa-2024"] = {
    "document": {
        "type": "Công văn", "number": "15230/UBND-NN",
        "issuer": ["Ủy ban nhân dân tỉnh Thanh Hóa", "UBND tỉnh Thanh Hóa"],
        "place": "Thanh Hóa", "issued_date": "2024-10-08",
        "title": "tập trung ứng phó với mưa lũ và bảo đảm an toàn hồ, đập thuỷ lợi",
        "urgency": "Khẩn",
        "signer": {"name": "Trịnh Minh Tuấn", "position": "Chánh Văn phòng"},
    },
    "sections": [{"number": str(i), "title": None} for i in range(1, 6)],
    "goals": ["bảo đảm an toàn tính mạng, tài sản của Nhân dân"],
    "percentages": [],
    "deadlines": ["2024-10-15", "2024-10-20"],
    "bodies": [NN_TH, TNMT_TH, BCHQS_TH, SONGCHU, UBH_TH, KTTV_TH],
    "tasks": [t(UBH_TH, "2024-10-15"), t(NN_TH), t(TNMT_TH), t(BCHQS_TH), t(UBH_TH, "2024-10-20")],
    "references": ["98/CĐ-TTg"],
}

# ------------------------------------------------------------------ 4
VP_BD = ["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh Bình Định"]
TTTT_BD = ["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT", "Sở Thông tin và Truyền thông tỉnh Bình Định"]
TTHCC_BD = ["Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công",
            "Trung tâm Phục vụ hành chính công tỉnh Bình Định"]
NV_BD = ["Sở Nội vụ", "Sở Nội vụ tỉnh Bình Định"]
BD_BD = ["Bưu điện tỉnh", "Bưu điện tỉnh Bình Định"]
UBH_BD = ["UBND các huyện, thị xã, thành phố", "Chủ tịch UBND các huyện, thị xã, thành phố",
          "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND huyện, thị xã, thành phố"]
UBX_BD = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
ANNOTATIONS["ct-ubnd-binh-dinh-cchc-2024"] = {
    "document": {
        "type": "Chỉ thị", "number": "08/CT-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Bình Định", "UBND tỉnh Bình Định", "Chủ tịch UBND tỉnh Bình Định"],
        "place": "Bình Định", "issued_date": "2024-01-05",
        "title": "Về đẩy mạnh cải cách thủ tục hành chính và cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh năm 2024",
        "signer": {"name": "Trần Văn Phúc", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "1", "title": "Văn phòng UBND tỉnh"},
        {"number": "2", "title": "Sở Nội vụ"},
        {"number": "3", "title": "Sở Thông tin và Truyền thông"},
        {"number": "4", "title": "Chủ tịch UBND các huyện, thị xã, thành phố"},
        {"number": "5", "title": None},
    ],
    "goals": [
        "nâng cao chất lượng phục vụ người dân, doanh nghiệp",
        "tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%",
        "số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính",
        "tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%",
        "đối thoại với người dân, doanh nghiệp về thủ tục hành chính ít nhất 01 lần",
    ],
    "percentages": [97.6, 41.2, 98, 100, 50],
    "deadlines": ["2024-Q2", "2024-06-30", "2024-05-31", "2024-03", "2024-12-15"],
    "bodies": [VP_BD, TTTT_BD, TTHCC_BD, NV_BD, BD_BD, UBH_BD, UBX_BD],
    "tasks": [
        t(VP_BD), t(VP_BD, "2024-Q2"), t(VP_BD, "2024-06-30"),
        t(NV_BD), t(NV_BD, "2024-05-31"),
        t(TTTT_BD), t(TTTT_BD), t(TTTT_BD),
        t(UBH_BD, "2024-03"), t(UBH_BD),
        t(NV_BD, "2024-12-15"),
    ],
    "references": ["107/2021/NĐ-CP", "06/QĐ-TTg"],
}

# ------------------------------------------------------------------ 5
TNMT_KP = ["Phòng Tài nguyên và Môi trường", "Phòng TN&MT", "Phòng TNMT", "Phòng Tài nguyên và Môi trường (TN&MT)",
           "Phòng Tài nguyên và Môi trường huyện"]
TP_KP = ["Phòng Tư pháp", "Tư pháp", "Phòng Tư pháp huyện"]
NV_KP = ["Phòng Nội vụ", "Nội vụ", "Phòng Nội vụ huyện"]
TCKH_KP = ["Phòng Tài chính - Kế hoạch", "Tài chính - Kế hoạch", "Phòng Tài chính Kế hoạch", "Phòng TC-KH",
           "Phòng Tài chính - Kế hoạch huyện"]
GD_KP = ["Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", "Phòng GDĐT", "Phòng Giáo dục và Đào tạo huyện"]
TH_KP = ["các trường học trên địa bàn huyện", "các trường học", "trường học"]
HD_KP = ["Huyện đoàn", "Huyện Đoàn Krông Pắc"]
VHTT_KP = ["Phòng Văn hóa và Thông tin", "Phòng VH&TT", "Phòng VHTT", "Phòng Văn hóa - Thông tin",
           "Phòng Văn hóa và Thông tin huyện"]
TTVH_KP = ["Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm Văn hóa - Thông tin và Thể thao",
           "Trung tâm Văn hóa Thông tin và Thể thao huyện", "Trung tâm VH-TT&TT huyện"]
PN_KP = ["Hội Liên hiệp Phụ nữ huyện", "Hội LHPN huyện", "Hội Liên hiệp Phụ nữ huyện Krông Pắc"]
UBX_KP = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
BQL_KP = ["Ban Quản lý Công trình công cộng huyện", "Ban Quản lý Công trình công cộng"]
ANNOTATIONS["kh-ubnd-krong-pac-rac-thai-2024"] = {
    "document": {
        "type": "Kế hoạch", "number": "146/KH-UBND",
        "issuer": ["Ủy ban nhân dân huyện Krông Pắc", "UBND huyện Krông Pắc"],
        "place": "Krông Pắc", "issued_date": "2024-03-18",
        "title": "Thực hiện phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn huyện Krông Pắc năm 2024",
        "signer": {"name": "Nguyễn Thị Ngọc Hà", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức và Nhân dân",
        "Từng bước hình thành thói quen phân loại chất thải rắn sinh hoạt",
        "Phân công nhiệm vụ cụ thể, rõ ràng cho từng cơ quan, đơn vị",
        "100% cơ quan, đơn vị, trường học trên địa bàn huyện",
        "60% hộ gia đình tại thị trấn Phước An và 30% hộ gia đình tại các xã",
        "ít nhất 01 mô hình điểm",
        "tuyên truyền dưới cờ ít nhất 01 lần/học kỳ",
        "thùng đựng chất thải phân loại tại 100% trường học",
    ],
    "percentages": [100, 60, 30, 100],
    "deadlines": ["2024-04-30", "2024-Q3", "2024-09-05", "2024-04", "2024-11-30"],
    "bodies": [TNMT_KP, TP_KP, NV_KP, TCKH_KP, GD_KP, TH_KP, HD_KP, VHTT_KP, TTVH_KP, PN_KP, UBX_KP, BQL_KP],
    "tasks": [
        t(TNMT_KP, "2024-04-30"), t(TNMT_KP, "2024-Q3"), t(TNMT_KP),
        t(GD_KP, "2024-09-05"), t(GD_KP),
        t(VHTT_KP), t(TCKH_KP), t(PN_KP),
        t(UBX_KP, "2024-04"), t(UBX_KP, "2024-11-30"), t(UBX_KP),
    ],
    "references": ["08/2022/NĐ-CP", "5120/KH-UBND"],
}

# ------------------------------------------------------------------ 6
NN_ST = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở NNPTNT", "Sở Nông nghiệp và PTNT",
         "Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng"]
TNMT_ST = ["Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT", "Tài nguyên và Môi trường"]
CTY_ST = ["Công ty TNHH MTV Khai thác công trình thuỷ lợi Sóc Trăng", "Công ty TNHH MTV Khai thác công trình thủy lợi Sóc Trăng",
          "Công ty TNHH một thành viên Khai thác công trình thủy lợi Sóc Trăng", "Công ty TNHH MTV KTCTTL Sóc Trăng",
          "Công ty Khai thác công trình thủy lợi Sóc Trăng"]
TC_ST = ["Sở Tài chính", "Tài chính", "Sở Tài chính tỉnh Sóc Trăng"]
UBH_ST = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố", "UBND các huyện, TX, TP"]
UBX_ST = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
NS_ST = ["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Trung tâm Nước sạch và VSMT nông thôn",
         "Trung tâm NS&VSMTNT", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Sóc Trăng"]
ANNOTATIONS["tb-ubnd-soc-trang-han-man-2024"] = {
    "document": {
        "type": "Thông báo", "number": "312/TB-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Sóc Trăng", "UBND tỉnh Sóc Trăng"],
        "place": "Sóc Trăng", "issued_date": "2024-11-07",
        "title": "Kết luận của Phó Chủ tịch UBND tỉnh Lê Hoàng Nghĩa tại cuộc họp triển khai phương án phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2024 - 2025",
        "signer": {"name": "Đặng Thị Thu Hương", "position": "Phó Chánh Văn phòng"},
    },
    "sections": [
        {"number": "1", "title": None}, {"number": "2", "title": None}, {"number": "3", "title": None},
        {"number": "4", "title": None}, {"number": "5", "title": "UBND các huyện, thị xã, thành phố"},
        {"number": "6", "title": None},
    ],
    "goals": [
        "bảo đảm nước sinh hoạt cho Nhân dân, hạn chế thấp nhất thiệt hại cho sản xuất nông nghiệp",
        "không để thiệt hại trên 5% diện tích lúa Đông Xuân",
        "100% hộ dân nông thôn được cung cấp đủ nước sinh hoạt",
    ],
    "percentages": [5, 100],
    "deadlines": ["2024-11-15", "2024-12-20", "2024-11-30"],
    "bodies": [NN_ST, TNMT_ST, CTY_ST, TC_ST, UBH_ST, UBX_ST, NS_ST],
    "tasks": [
        t(NN_ST, "2024-11-15"), t(CTY_ST, "2024-12-20"), t(TC_ST),
        t(UBH_ST, "2024-11-30"), t(UBH_ST), t(UBH_ST), t(NS_ST),
    ],
    "references": ["1234/QĐ-UBND"],
}

# ------------------------------------------------------------------ 7
SYT_BN = ["Sở Y tế tỉnh Bắc Ninh", "Sở Y tế", "Sở Y tế Bắc Ninh"]
TTYT_TD = ["Trung tâm Y tế huyện", "Trung tâm Y tế huyện Tiên Du", "TTYT huyện"]
PYT_TD = ["Phòng Y tế huyện", "Phòng Y tế", "Phòng Y tế huyện Tiên Du"]
GD_TD = ["Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", "Phòng GDĐT", "Phòng Giáo dục và Đào tạo huyện"]
UBX_TD = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
TTVH_TD = ["Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Trung tâm Văn hóa, Thông tin và Thể thao",
           "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm Văn hóa Thông tin và Thể thao huyện",
           "Trung tâm VH-TT&TT huyện"]
ANNOTATIONS["bc-ubnd-tien-du-tiem-soi-2024"] = {
    "document": {
        "type": "Báo cáo", "number": "215/BC-UBND",
        "issuer": ["Ủy ban nhân dân huyện Tiên Du", "UBND huyện Tiên Du"],
        "place": "Tiên Du", "issued_date": "2024-09-20",
        "title": "Kết quả chiến dịch tiêm vắc xin phòng bệnh sởi năm 2024 trên địa bàn huyện",
        "signer": {"name": "Nguyễn Văn Hùng", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"},
        {"number": "II", "title": "KẾT QUẢ THỰC HIỆN"},
        {"number": "III", "title": "NHIỆM VỤ THỜI GIAN TỚI"},
    ],
    "goals": ["tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%"],
    "percentages": [98.0, 96.5, 95, 100, 95],
    "deadlines": ["2024-10-15", "2024-10"],
    "bodies": [SYT_BN, TTYT_TD, PYT_TD, GD_TD, UBX_TD, TTVH_TD],
    "tasks": [t(TTYT_TD, "2024-10-15"), t(TTYT_TD), t(PYT_TD, "2024-10"), t(UBX_TD), t(TTVH_TD)],
    "references": ["178/KH-SYT", "95/KH-UBND"],
}

# ------------------------------------------------------------------ 8
KHTC_HG = ["Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch Tài chính", "Phòng KH-TC", "Phòng KHTC",
           "Phòng Kế hoạch - Tài chính Sở Giáo dục và Đào tạo"]
GDTH_HG = ["Phòng Giáo dục Trung học", "Phòng GDTrH", "Phòng Giáo dục trung học"]
THPT_HG = ["các trường trung học phổ thông", "trường trung học phổ thông", "các trường THPT", "trường THPT"]
VP_HG = ["Văn phòng Sở", "Văn phòng Sở Giáo dục và Đào tạo", "Văn phòng"]
VT_HG = ["Viễn thông Hà Giang", "VNPT Hà Giang"]
UBH_HG = ["UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thành phố"]
PGD_HG = ["Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", "Phòng GDĐT", "Phòng Giáo dục và Đào tạo các huyện, thành phố"]
ANNOTATIONS["kh-so-gddt-ha-giang-du-thao-2023"] = {
    "document": {
        "type": "Kế hoạch", "number": None,
        "issuer": ["Sở Giáo dục và Đào tạo tỉnh Hà Giang", "Sở Giáo dục và Đào tạo Hà Giang",
                   "Sở Giáo dục và Đào tạo", "Sở GD&ĐT Hà Giang", "Sở GD&ĐT"],
        "place": "Hà Giang", "issued_date": "2023-12",
        "title": "Ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo tỉnh Hà Giang năm 2024",
        "signer": {"name": "Lò Thị Mai", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Đẩy mạnh ứng dụng công nghệ thông tin trong dạy, học, kiểm tra, đánh giá",
        "bám sát điều kiện thực tế của từng địa bàn",
        "100% cơ sở giáo dục sử dụng phần mềm quản lý trường học",
        "70% trường trung học phổ thông triển khai học bạ số",
        "90% cán bộ quản lý, giáo viên được bồi dưỡng kỹ năng số",
        "Thu học phí không dùng tiền mặt đạt tối thiểu 80%",
    ],
    "percentages": [100, 70, 90, 80],
    "deadlines": ["2024-Q1", "2024-06-30", "2024-12-05", "2024-01-15", "2024-06-10", "2024-12-05"],
    "bodies": [KHTC_HG, GDTH_HG, THPT_HG, VP_HG, VT_HG, UBH_HG, PGD_HG],
    "tasks": [t(KHTC_HG, "2024-Q1"), t(GDTH_HG), t(GDTH_HG, "2024-06-30"), t(VP_HG), t(UBH_HG, "2024-12-05")],
    "references": ["131/QĐ-TTg", "4150/BGDĐT-KHCNMT"],
}

# ------------------------------------------------------------------ 9
HU_QN = ["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy",
         "huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "huyện ủy, thị ủy, thành ủy"]
BCS_QN = ["Ban Cán sự đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban Cán sự đảng Ủy ban nhân dân tỉnh"]
UBT_QN = ["UBND tỉnh", "Ủy ban nhân dân tỉnh", "UBND tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh"]
KHCN_QN = ["Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở KHCN", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh"]
TC_QN = ["Sở Tài chính", "Sở Tài chính tỉnh Quảng Ninh"]
TGDV_QN = ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh", "Ban Tuyên giáo và Dân vận"]
TTTT_QN = ["Trung tâm Truyền thông tỉnh", "Trung tâm Truyền thông tỉnh Quảng Ninh", "Trung tâm Truyền thông"]
UBKT_QN = ["Ủy ban Kiểm tra Tỉnh ủy", "UBKT Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh"]
VPTU_QN = ["Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy Quảng Ninh", "VPTU"]
DD_QN = ["Đảng đoàn Ủy ban Mặt trận Tổ quốc tỉnh", "Đảng đoàn Ủy ban MTTQ tỉnh", "Đảng đoàn MTTQ tỉnh"]
MT_QN = ["Ủy ban Mặt trận Tổ quốc tỉnh và các đoàn thể chính trị - xã hội tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh",
         "Ủy ban MTTQ tỉnh", "Ủy ban MTTQ tỉnh và các đoàn thể chính trị - xã hội tỉnh"]
ANNOTATIONS["ctr-tinh-uy-quang-ninh-2025"] = {
    "document": {
        "type": "Chương trình", "number": "12-CTr/TU",
        "issuer": ["Tỉnh ủy Quảng Ninh", "Ban Thường vụ Tỉnh ủy Quảng Ninh", "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"],
        "place": "Quảng Ninh", "issued_date": "2025-03-15",
        "title": "hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "signer": {"name": "Trịnh Văn Quân", "position": "Phó Bí thư"},
    },
    "sections": [
        {"number": "I", "title": "MỤC TIÊU"},
        {"number": "II", "title": "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"},
        {"number": "III", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "trở thành động lực chính để phát triển nhanh, bền vững",
        "Kinh tế số đạt tỷ trọng tối thiểu 30% GRDP",
        "dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%",
        "đạt 3% tổng chi ngân sách tỉnh",
        "100% cơ quan đảng, chính quyền, Mặt trận Tổ quốc",
    ],
    "percentages": [30, 80, 3, 100],
    "deadlines": ["2025-04", "2025-04-30", "2027-Q4"],
    "bodies": [HU_QN, BCS_QN, UBT_QN, KHCN_QN, TC_QN, TGDV_QN, TTTT_QN, UBKT_QN, VPTU_QN, DD_QN, MT_QN],
    "tasks": [t(HU_QN, "2025-04"), t(BCS_QN, "2025-04-30"), t(TGDV_QN), t(UBKT_QN, "2027-Q4"), t(DD_QN)],
    "references": ["57-NQ/TW"],
}

# ------------------------------------------------------------------ 10
TNMT_PT = ["Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT", "Sở Tài nguyên và Môi trường tỉnh Phú Thọ"]
CT_PT = ["Sở Công Thương", "Sở Công Thương tỉnh Phú Thọ"]
GD_PT = ["Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở GDĐT", "Sở Giáo dục và Đào tạo tỉnh Phú Thọ"]
UBH_PT = ["UBND các huyện, thành, thị", "Ủy ban nhân dân các huyện, thành, thị", "UBND huyện, thành, thị",
          "UBND các huyện, thành phố, thị xã", "Ủy ban nhân dân các huyện, thành phố, thị xã"]
PN_PT = ["Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Phú Thọ"]
ANNOTATIONS["tin-ubnd-phu-tho-rac-thai-nhua-2024"] = {
    "document": {
        "type": "Tin bài", "number": "2150/KH-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Phú Thọ", "UBND tỉnh Phú Thọ", "UBND tỉnh"],
        "place": "Phú Thọ", "issued_date": "2024-06-10",
        "title": "Phú Thọ: Hành động giảm thiểu rác thải nhựa trong cộng đồng",
        "signer": None,
    },
    "sections": [],
    "goals": [
        "nâng cao nhận thức, thay đổi hành vi của người dân, cơ quan, doanh nghiệp",
        "từng bước hạn chế rác thải nhựa phát sinh ra môi trường",
        "100% các trung tâm thương mại, siêu thị trên địa bàn tỉnh không sử dụng túi ni lông",
        "80% chợ dân sinh có khu vực tập kết rác thải nhựa riêng",
        "giảm 50% lượng túi ni lông khó phân hủy",
        "mỗi huyện, thành, thị có ít nhất 02 mô hình",
    ],
    "percentages": [100, 80, 50],
    "deadlines": ["2024-Q3", "2024-07-30"],
    "bodies": [TNMT_PT, CT_PT, GD_PT, UBH_PT, PN_PT],
    "tasks": [t(TNMT_PT), t(CT_PT, "2024-Q3"), t(GD_PT), t(UBH_PT, "2024-07-30"), t(PN_PT)],
    "references": ["2150/KH-UBND", "33/CT-TTg"],
}
