"""The blind corpus corpus2/. The .txt files are the source, read in the encoding they were
archived in (ENCODING: one Windows-1258, one UTF-16 with BOM, the rest UTF-8): every
paragraph of a .docx is a line of its .txt, in order, with nothing added or dropped, except
where automatic list numbering replaces a typed number (see AUTO_NUMBER), and tab-separated
rows, which become the cells of a real Word table (the task table in the body of the Cam Lộ
plan; the side-by-side signatures of the joint plan). Layout follows Decree 30/2020/ND-CP,
like the dev set's make_renditions.py: A4, Times New Roman, a borderless two-column header
table (issuer | motto; number, V/v and urgency | place and date), centred bold type and
title, justified body, a borderless signature table (Nơi nhận | signature), appendices on a
new page with real Word tables for tab-separated rows. The PDFs are LibreOffice exports
(`soffice --headless --convert-to pdf`); LibreOffice is needed only to rebuild them.

This file is the set's data: its layout choices and its gold annotations. eval/build.py
corpus2 builds the renditions from the .txt files and (--gold) writes gold/ from ANNOTATIONS.
"""
from docbuild import t  # noqa: F401  (eval/docbuild.py; eval/build.py puts eval/ on the path)

# Encoding of each archived .txt (default UTF-8). Both of these also use CRLF line ends.
ENCODING = {
    "cv-so-vhttdl-quang-nam-du-lich-he-2025": "cp1258",
    "bc-ubnd-duc-trong-dat-dai-6-thang-2024": "utf-16",
}
# Documents whose headings use Word automatic numbering (numbering.xml) instead of
# typed numbers: "roman" = the I., II. parts; "roman+decimal" also the 1., 2. clauses
# under them; "decimal+sub" = clauses 1., 2. and sub-clauses 1.1., 1.2. (lvlText %1.%2.).
AUTO_NUMBER = {
    "kh-ubnd-cam-lo-nong-thon-moi-2025": "roman",
    "hd-so-tai-chinh-binh-thuan-han-han-2025": "decimal+sub",
    "kh-lien-tich-syt-hlhpn-dong-thap-sxh-2024": "roman+decimal",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "cv-so-vhttdl-quang-nam-du-lich-he-2025": 1,
    "kh-so-cong-thuong-ben-tre-ocop-du-thao-2025": 1,
    "hd-so-tai-chinh-binh-thuan-han-han-2025": 1,
}
NEWS = {"tin-kon-tum-chi-thi-chay-rung-2024"}

TYPE_WORDS = ("KẾ HOẠCH", "KẾ HOẠCH LIÊN TỊCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
              "TỜ TRÌNH", "HƯỚNG DẪN")

# Appendix task tables: column widths (cm) per column count (else equal widths).
APPENDIX_WIDTHS = {6: [1.2, 4.4, 2.9, 2.9, 2.4, 2.4]}
LAYOUT = {"body_table_widths": {6: [1.0, 5.2, 3.3, 3.3, 2.4, 1.8]}}
NEWS_STYLE = "web"      # breadcrumb, headline, time, "Chia sẻ", paragraphs, byline, tags


# ================================================================ gold annotations
# One entry per document; the .txt, .docx and .pdf renditions share it (the renditions
# carry the same text and header). Conventions: ../shared/eval/dev/NOTES.md section 2 and
# corpus/README.md; choices for this corpus: corpus2/README.md. Body alternatives are
# written once and reused by the tasks.


ANNOTATIONS: dict[str, dict] = {}

# ---------------------------------------------------------------- 1 Cam Lộ (table in body)
VPDP_CL = ["Văn phòng Điều phối nông thôn mới huyện", "Văn phòng Điều phối nông thôn mới huyện Cam Lộ",
           "Văn phòng Điều phối NTM huyện", "Văn phòng Điều phối nông thôn mới"]
UBX_CL = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
TCKH_CL = ["Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính Kế hoạch",
           "Phòng TC-KH", "Phòng Tài chính - Kế hoạch huyện Cam Lộ"]
NNMT_CL = ["Phòng Nông nghiệp và Môi trường", "Phòng Nông nghiệp và Môi trường huyện", "Phòng NN&MT",
           "Phòng Nông nghiệp và Môi trường huyện Cam Lộ"]
HND_CL = ["Hội Nông dân huyện", "Hội Nông dân huyện Cam Lộ"]
PN_CL = ["Hội Liên hiệp Phụ nữ huyện", "Hội LHPN huyện", "Hội Liên hiệp Phụ nữ huyện Cam Lộ"]
KTHT_CL = ["Phòng Kinh tế và Hạ tầng", "Phòng Kinh tế và Hạ tầng huyện", "Phòng KT&HT", "Phòng Kinh tế - Hạ tầng"]
TTYT_CL = ["Trung tâm Y tế huyện", "Trung tâm Y tế huyện Cam Lộ", "TTYT huyện"]
MTTQ_CL = ["Ủy ban MTTQ Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ huyện",
           "Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", "Ủy ban MTTQ",
           "Ủy ban MTTQ Việt Nam huyện Cam Lộ"]
VHTT_CL = ["Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm Văn hóa - Thông tin và Thể thao",
           "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Trung tâm VH-TT&TT huyện", "Trung tâm VHTT&TT huyện"]
ANNOTATIONS["kh-ubnd-cam-lo-nong-thon-moi-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": ["45/KH-UBND", "45 /KH-UBND"],
        "issuer": ["Ủy ban nhân dân huyện Cam Lộ", "UBND huyện Cam Lộ"],
        "place": "Cam Lộ", "issued_date": "2025-03-14",
        "title": "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Cam Lộ năm 2025",
        "signer": {"name": "Hoàng Đức Long", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU NĂM 2025"},
        {"number": "III", "title": "NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Huy động sức mạnh tổng hợp của cả hệ thống chính trị và người dân",
        "Xác định rõ nội dung công việc, đơn vị thực hiện và thời gian hoàn thành",
        "02 xã đạt chuẩn nông thôn mới nâng cao",
        "62 triệu đồng/người/năm",
        "Tỷ lệ hộ nghèo đa chiều giảm còn dưới 2,5%",
        "100% thôn, bản có nhà văn hóa đạt chuẩn",
    ],
    "percentages": [2.5, 100],
    # table rows 1, 2 (Quý II -> the plan's year), 4 (Tháng 8-9/2025 -> its end), 5, 7; IV.1, IV.3
    "deadlines": ["2025-06-30", "2025-Q2", "2025-09", "2025-10", "2025-11-15", "2025-12-10", "2025-04"],
    "bodies": [VPDP_CL, UBX_CL, TCKH_CL, NNMT_CL, HND_CL, PN_CL, KTHT_CL, TTYT_CL, MTTQ_CL, VHTT_CL],
    "tasks": [
        t(VPDP_CL, "2025-06-30"), t(TCKH_CL, "2025-Q2"), t(NNMT_CL), t(NNMT_CL, "2025-09"),
        t(NNMT_CL, "2025-10"), t(MTTQ_CL), t(UBX_CL, "2025-11-15"),
        t(VPDP_CL, "2025-12-10"), t(TCKH_CL), t(UBX_CL, "2025-04"), t(MTTQ_CL),
    ],
    "references": ["263/QĐ-TTg", "38/KH-UBND"],
}

# ---------------------------------------------------------------- 2 Quảng Nam (cp1258 letter)
HHDL_QN = ["Hiệp hội Du lịch tỉnh Quảng Nam", "Hiệp hội Du lịch tỉnh", "Hiệp hội Du lịch Quảng Nam"]
UBH_QN = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố"]
VHTT_QN = ["Phòng Văn hóa và Thông tin", "Phòng Văn hoá và Thông tin", "Phòng VH&TT",
           "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "Phòng Văn hóa - Thông tin"]
XTDL_QN = ["Trung tâm Xúc tiến Du lịch tỉnh", "Trung tâm Xúc tiến Du lịch", "Trung tâm Xúc tiến Du lịch tỉnh Quảng Nam"]
QLDL_QN = ["Phòng Quản lý Du lịch", "Phòng QLDL", "Phòng Quản lý Du lịch Sở VHTTDL"]
TTS_QN = ["Thanh tra Sở", "Thanh tra Sở VHTTDL", "Thanh tra Sở Văn hóa, Thể thao và Du lịch"]
ANNOTATIONS["cv-so-vhttdl-quang-nam-du-lich-he-2025"] = {
    "document": {
        "type": "Công văn", "number": "1186/SVHTTDL-QLDL",
        "issuer": ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam", "Sở Văn hóa, Thể thao và Du lịch",
                   "Sở VHTTDL", "Sở VHTTDL Quảng Nam", "Sở VHTTDL tỉnh Quảng Nam",
                   "Sở Văn hóa, Thể thao và Du lịch Quảng Nam"],
        "place": "Quảng Nam", "issued_date": "2025-06-09",
        "title": "triển khai các giải pháp kích cầu du lịch và báo cáo tình hình du lịch hè năm 2025",
        "signer": {"name": "Lê Thị Hoài Thương", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": "Đề nghị UBND các huyện, thị xã, thành phố"},
        {"number": "3", "title": None},
        {"number": "4", "title": None},
    ],
    "goals": [
        "thu hút du khách trong mùa cao điểm hè",
        "lượng khách lưu trú tăng 15% so với cùng kỳ năm 2024",
        "giảm giá tối thiểu 20%",
    ],
    "percentages": [15, 20],
    "deadlines": ["2025-07-25", "2025-07-31"],
    "bodies": [HHDL_QN, UBH_QN, VHTT_QN, XTDL_QN, QLDL_QN, TTS_QN],
    "tasks": [t(HHDL_QN), t(UBH_QN), t(UBH_QN), t(UBH_QN, "2025-07-25"), t(QLDL_QN, "2025-07-31")],
    "references": ["2745/KH-UBND"],
}

# ---------------------------------------------------------------- 3 Bến Tre (draft, PHẦN)
TTKC_BT = ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Trung tâm Khuyến công",
           "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Bến Tre", "Trung tâm KC&TVPTCN"]
VPDP_BT = ["Văn phòng Điều phối nông thôn mới tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh Bến Tre",
           "VP Điều phối NTM tỉnh", "Văn phòng Điều phối NTM tỉnh"]
QLTM_BT = ["Phòng Quản lý Thương mại", "Phòng QLTM", "Phòng Quản lý Thương mại Sở Công Thương"]
QLTT_BT = ["Chi cục Quản lý thị trường", "Chi cục QLTT", "Chi cục Quản lý thị trường tỉnh Bến Tre",
           "Chi cục Quản lý thị trường tỉnh"]
UBH_BT = ["UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thành phố"]
ANNOTATIONS["kh-so-cong-thuong-ben-tre-ocop-du-thao-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": None,
        "issuer": ["Sở Công Thương tỉnh Bến Tre", "Sở Công Thương Bến Tre", "Sở Công Thương"],
        "place": "Bến Tre", "issued_date": "2025-02",
        "title": "Xúc tiến thương mại, phát triển thị trường tiêu thụ sản phẩm OCOP tỉnh Bến Tre năm 2025",
        "signer": {"name": "Nguyễn Văn Khởi", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "I", "title": "KẾT QUẢ THỰC HIỆN NĂM 2024"},
        {"number": "II", "title": "KẾ HOẠCH NĂM 2025"},
    ],
    "goals": [
        "Hỗ trợ các chủ thể OCOP mở rộng thị trường tiêu thụ",
        "Các hoạt động xúc tiến thương mại phải thiết thực, tiết kiệm, đúng đối tượng",
        "100% sản phẩm OCOP từ 3 sao trở lên được giới thiệu",
        "ít nhất 01 hoạt động xúc tiến thương mại trong năm đạt trên 95%",
        "hàng nhái sản phẩm OCOP giảm 10% so với cùng kỳ",
        "Thành lập mới 05 điểm giới thiệu và bán sản phẩm OCOP",
        "Hỗ trợ 30 chủ thể OCOP tham gia các hội chợ",
    ],
    "percentages": [92.4, 12.6, 100, 95, 10],
    "deadlines": ["2025-Q3", "2025-12-15", "2025-03-31"],
    "bodies": [TTKC_BT, VPDP_BT, QLTM_BT, QLTT_BT, UBH_BT],
    "tasks": [t(TTKC_BT), t(QLTM_BT, "2025-12-15"), t(QLTT_BT), t(UBH_BT, "2025-03-31")],
    "references": [],
}

# ---------------------------------------------------------------- 4 Ninh Thuận (Quyết định)
VHTTDL_NT = ["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá, Thể thao và Du lịch", "Sở VHTTDL",
             "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận", "Văn hoá, Thể thao và Du lịch",
             "Văn hóa, Thể thao và Du lịch"]
UBNP_NT = ["UBND huyện Ninh Phước", "Ủy ban nhân dân huyện Ninh Phước", "Chủ tịch UBND huyện Ninh Phước"]
TC_NT = ["Sở Tài chính", "Sở Tài chính tỉnh Ninh Thuận", "Tài chính"]
NNMT_NT = ["Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở Nông nghiệp và Môi trường tỉnh Ninh Thuận",
           "Nông nghiệp và Môi trường"]
VP_NT = ["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Chánh Văn phòng UBND tỉnh",
         "Văn phòng UBND tỉnh Ninh Thuận"]
ANNOTATIONS["qd-ubnd-ninh-thuan-gom-cham-2025"] = {
    "document": {
        "type": "Quyết định", "number": "712/QĐ-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Ninh Thuận", "UBND tỉnh Ninh Thuận",
                   "Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận", "Chủ tịch UBND tỉnh Ninh Thuận"],
        "place": "Ninh Thuận", "issued_date": "2025-06-05",
        "title": "Phê duyệt Kế hoạch bảo vệ và phát huy giá trị di sản văn hoá phi vật thể Nghệ thuật làm gốm của người Chăm giai đoạn 2025 - 2030",
        "signer": {"name": "Trịnh Minh Hoàng", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": None},
        {"number": "3", "title": None},
    ],
    "goals": [
        "Bảo vệ bền vững và phát huy giá trị di sản",
        "ít nhất 150 nghệ nhân, thợ gốm trẻ được truyền dạy",
        "100% hộ làm gốm được hỗ trợ quảng bá",
        "duy trì ít nhất 02 lớp truyền dạy mỗi năm",
    ],
    "percentages": [100],
    "deadlines": ["2025-09-30"],
    "bodies": [VHTTDL_NT, UBNP_NT, TC_NT, NNMT_NT, VP_NT],
    # Điều 3, the execution clause: one task per named body (dev NOTES 002 III.14)
    "tasks": [t(VHTTDL_NT, "2025-09-30"), t(TC_NT), t(VP_NT),
              t(VHTTDL_NT), t(TC_NT), t(NNMT_NT), t(UBNP_NT)],
    "references": ["95/TTr-SVHTTDL"],
}

# ---------------------------------------------------------------- 5 Đức Trọng (Báo cáo, UTF-16)
STNMT_LD = ["Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "Sở Tài nguyên và Môi trường", "Sở TN&MT",
            "Sở TNMT", "Sở TN&MT tỉnh Lâm Đồng", "Sở Tài nguyên và Môi trường Lâm Đồng"]
CNVP_DT = ["Chi nhánh Văn phòng Đăng ký đất đai huyện", "Chi nhánh Văn phòng Đăng ký đất đai",
           "Chi nhánh Văn phòng Đăng ký đất đai huyện Đức Trọng", "Chi nhánh VPĐKĐĐ huyện"]
UBX_DT = ["UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "UBND xã, thị trấn"]
PTNMT_DT = ["Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường huyện", "Phòng TN&MT",
            "Phòng TN&MT huyện", "Phòng TNMT"]
TTRA_DT = ["Thanh tra huyện", "Thanh tra huyện Đức Trọng"]
ANNOTATIONS["bc-ubnd-duc-trong-dat-dai-6-thang-2024"] = {
    "document": {
        "type": "Báo cáo", "number": "318/BC-UBND",
        "issuer": ["Ủy ban nhân dân huyện Đức Trọng", "UBND huyện Đức Trọng"],
        "place": "Đức Trọng", "issued_date": "2024-06-28",
        "title": "Sơ kết công tác đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất và xây dựng cơ sở dữ liệu địa chính 6 tháng đầu năm 2024",
        "signer": {"name": "Võ Thị Kim Phượng", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024"},
        {"number": "II", "title": "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"},
        {"number": "III", "title": "PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024"},
        {"number": "IV", "title": "ĐỀ XUẤT, KIẾN NGHỊ"},
    ],
    "goals": [
        "cấp mới 800 Giấy chứng nhận lần đầu",
        "tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên",
    ],
    "percentages": [95.2, 61.8, 97.3, 60, 40, 85.4, 12, 4.8, 100, 98],
    "deadlines": ["2024-11-30", "2024-Q3"],
    "bodies": [STNMT_LD, CNVP_DT, UBX_DT, PTNMT_DT, TTRA_DT],
    "tasks": [t(CNVP_DT, "2024-11-30"), t(PTNMT_DT, "2024-Q3"), t(UBX_DT), t(STNMT_LD)],
    "references": ["1520/STNMT-ĐĐBĐ"],
}

# ---------------------------------------------------------------- 6 Kon Tum (news on a Chỉ thị)
SNN_KT = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở Nông nghiệp và PTNT",
          "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum", "Sở NNPTNT"]
KL_KT = ["Chi cục Kiểm lâm tỉnh", "Chi cục Kiểm lâm", "Chi cục Kiểm lâm tỉnh Kon Tum"]
CA_KT = ["Công an tỉnh", "Công an tỉnh Kon Tum"]
QS_KT = ["Bộ Chỉ huy Quân sự tỉnh", "Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh Kon Tum"]
BP_KT = ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy BĐBP tỉnh",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum"]
UBH_KT = ["UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "UBND huyện, thành phố"]
UBX_KT = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
DAI_KT = ["Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh",
          "Đài Phát thanh và Truyền hình tỉnh Kon Tum"]
BAO_KT = ["Báo Kon Tum"]
ANNOTATIONS["tin-kon-tum-chi-thi-chay-rung-2024"] = {
    "document": {
        "type": "Tin bài", "number": "01/CT-UBND",
        "issuer": ["Chủ tịch UBND tỉnh Kon Tum", "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum", "Chủ tịch UBND tỉnh",
                   "UBND tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"],
        "place": "Kon Tum", "issued_date": "2024-01-16",
        "title": "Kon Tum: Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô 2023 – 2024",
        "signer": None,
    },
    "sections": [],
    "goals": [
        "không để xảy ra cháy rừng lớn",
        "giảm ít nhất 30% số vụ cháy rừng",
        "100% chủ rừng là tổ chức xây dựng và thực hiện phương án",
        "100% hộ gia đình sống gần rừng ký cam kết bảo vệ rừng",
    ],
    "percentages": [30, 100, 100],
    "deadlines": ["2024-01-31", "2024-01-25"],
    "bodies": [SNN_KT, KL_KT, CA_KT, QS_KT, BP_KT, UBH_KT, UBX_KT, DAI_KT, BAO_KT],
    "tasks": [t(SNN_KT, "2024-01-31"), t(CA_KT), t(UBH_KT, "2024-01-25"), t(DAI_KT), t(SNN_KT)],
    "references": ["01/CT-UBND"],
}

# ---------------------------------------------------------------- 7 Bình Thuận (Hướng dẫn)
UBX_BTh = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
UBH_BTh = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
           "UBND huyện, thị xã, thành phố"]
NNMT_BTh = ["Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở Nông nghiệp và Môi trường tỉnh Bình Thuận"]
TL_BTh = ["Công ty TNHH MTV Khai thác công trình thuỷ lợi Bình Thuận", "Công ty TNHH MTV Khai thác công trình thủy lợi Bình Thuận",
          "Công ty TNHH một thành viên Khai thác công trình thủy lợi Bình Thuận", "Công ty Khai thác công trình thủy lợi Bình Thuận"]
QLNS_BTh = ["Phòng Quản lý ngân sách", "Phòng Quản lý ngân sách (Sở Tài chính)", "Phòng Quản lý ngân sách Sở Tài chính",
            "Phòng QLNS"]
TCKH_BTh = ["Phòng Tài chính - Kế hoạch các huyện, thị xã, thành phố", "Phòng Tài chính - Kế hoạch",
            "Phòng Tài chính - Kế hoạch huyện, thị xã, thành phố", "Phòng TC-KH"]
ANNOTATIONS["hd-so-tai-chinh-binh-thuan-han-han-2025"] = {
    "document": {
        "type": "Hướng dẫn", "number": "1874/HD-STC",
        "issuer": ["Sở Tài chính tỉnh Bình Thuận", "Sở Tài chính Bình Thuận", "Sở Tài chính"],
        "place": "Bình Thuận", "issued_date": "2025-06-20",
        "title": "Lập hồ sơ đề nghị hỗ trợ, thanh toán và quyết toán kinh phí khắc phục thiệt hại do hạn hán vụ Đông Xuân 2024 - 2025",
        "signer": {"name": "Nguyễn Hữu Thoại", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": "Đối tượng, mức hỗ trợ"},
        {"number": "2", "title": "Hồ sơ, trình tự thực hiện"},
        {"number": "3", "title": "Cấp phát, thanh toán và quyết toán kinh phí"},
        {"number": "4", "title": "Tổ chức thực hiện"},
    ],
    "goals": [
        "hỗ trợ kịp thời người sản xuất khôi phục sản xuất sau hạn hán",
        "bảo đảm kinh phí được sử dụng đúng mục đích, đúng đối tượng",
    ],
    "percentages": [30, 70, 30, 70, 70],
    "deadlines": ["2025-08-15", "2025-09-30"],
    "bodies": [UBX_BTh, UBH_BTh, NNMT_BTh, TL_BTh, QLNS_BTh, TCKH_BTh],
    "tasks": [t(UBX_BTh), t(UBH_BTh, "2025-08-15"), t(NNMT_BTh), t(QLNS_BTh), t(UBX_BTh, "2025-09-30"),
              t(UBH_BTh), t(TCKH_BTh)],
    "references": ["02/2017/NĐ-CP", "1105/QĐ-UBND"],
}

# ---------------------------------------------------------------- 8 Đồng Tháp (joint plan)
SYT_DTh = ["Sở Y tế", "Sở Y tế tỉnh Đồng Tháp", "Sở Y tế Đồng Tháp"]
PN_DTh = ["Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp", "Hội LHPN tỉnh Đồng Tháp"]
CDC_DTh = ["Trung tâm Kiểm soát bệnh tật tỉnh", "CDC", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)",
           "Trung tâm Kiểm soát bệnh tật tỉnh Đồng Tháp", "CDC Đồng Tháp", "CDC tỉnh"]
TTYT_DTh = ["Trung tâm Y tế các huyện, thành phố", "Trung tâm Y tế huyện, thành phố", "Trung tâm Y tế các huyện"]
PNH_DTh = ["Hội Liên hiệp Phụ nữ các huyện, thành phố", "Hội LHPN các huyện, thành phố",
           "Hội Liên hiệp Phụ nữ huyện, thành phố"]
UBX_DTh = ["UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, thị trấn", "UBND xã, phường, thị trấn"]
NVY_DTh = ["Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Y (Sở Y tế)", "Phòng Nghiệp vụ Y Sở Y tế"]
GDXH_DTh = ["Ban Gia đình – Xã hội", "Ban Gia đình - Xã hội", "Ban Gia đình - Xã hội (Hội Liên hiệp Phụ nữ tỉnh)",
            "Ban Gia đình - Xã hội Hội LHPN tỉnh"]
ANNOTATIONS["kh-lien-tich-syt-hlhpn-dong-thap-sxh-2024"] = {
    "document": {
        "type": ["Kế hoạch", "Kế hoạch liên tịch"], "number": "27/KHLT-SYT-HLHPN",
        "issuer": ["Sở Y tế - Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp", "Sở Y tế – Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp",
                   "Sở Y tế - Hội Liên hiệp Phụ nữ", "Sở Y tế tỉnh Đồng Tháp", "Sở Y tế",
                   "Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp", "Sở Y tế và Hội Liên hiệp Phụ nữ tỉnh"],
        "place": "Đồng Tháp", "issued_date": "2024-04-22",
        "title": "Phối hợp phòng, chống bệnh sốt xuất huyết trong cộng đồng trên địa bàn tỉnh Đồng Tháp năm 2024",
        "signer": {"name": ["Phạm Văn Tuấn", "Nguyễn Thị Ngọc Trinh"], "position": ["Phó Giám đốc", "Chủ tịch"]},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH – YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Nâng cao nhận thức và kỹ năng của hội viên, phụ nữ và gia đình",
        "Góp phần giảm số ca mắc và không để xảy ra tử vong do sốt xuất huyết",
        "Hoạt động phối hợp được thực hiện thường xuyên, có trọng tâm",
        "giảm 15% số ca mắc sốt xuất huyết",
        "tỷ lệ tử vong dưới 0,05%",
        "100% cơ sở Hội cấp xã tổ chức ít nhất 01 đợt ra quân",
        "80% hộ gia đình hội viên được hướng dẫn",
        "02 lớp tập huấn cho cán bộ Hội cấp huyện, xã",
    ],
    "percentages": [15, 0.05, 100, 80],
    "deadlines": ["2024-05", "2024-05-15", "2024-12-10"],
    "bodies": [SYT_DTh, PN_DTh, CDC_DTh, TTYT_DTh, PNH_DTh, UBX_DTh, NVY_DTh, GDXH_DTh],
    "tasks": [t(SYT_DTh, "2024-05"), t(SYT_DTh), t(SYT_DTh), t(PN_DTh, "2024-05-15"), t(PN_DTh),
              t(UBX_DTh), t(NVY_DTh, "2024-12-10")],
    "references": ["3711/QĐ-BYT", "05/CTrPH-SYT-HLHPN"],
}
