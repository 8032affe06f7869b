"""The blind corpus corpus3/. The .txt files are the source, stored as they were archived (one
UTF-8 with BOM, one with CRLF line ends, one in decomposed NFD Unicode, the rest UTF-8 NFC
with LF); eval/build.py decodes all of them to one NFC text. Every paragraph of a .docx is a
line of its .txt, in order, with nothing added or dropped, except where automatic list
numbering replaces a typed Roman number (AUTO_NUMBER) and where tab-separated rows become
the cells of a real Word table (the programme table of the Tỉnh Đoàn plan, the appendix list
of the Hậu Lộc decision). Layout: A4, Times New Roman, a borderless two-column header table
(issuer | motto; number, V/v and urgency | place and date), centred bold type and title,
justified body, bold agency lead-ins, a borderless signature table (Nơi nhận | signature),
page numbers from page 2, the appendix on a new page. The PDFs are LibreOffice exports
(`soffice --headless --convert-to pdf`); LibreOffice is needed only to rebuild them.

This file is the set's data: its layout choices and its gold annotations. eval/build.py
corpus3 builds the renditions from the .txt files and (--gold) writes gold/ from ANNOTATIONS.
"""
from docbuild import t  # noqa: F401  (eval/docbuild.py; eval/build.py puts eval/ on the path)

# Encoding of each archived .txt (default UTF-8 without BOM; CRLF and NFD are undone by eval/build.py).
ENCODING = {
    "cv-ubnd-yen-binh-khac-phuc-bao-so-3-2024": "utf-8-sig",
}
# Documents whose Roman parts use Word automatic numbering (numbering.xml) instead of
# typed numbers.
AUTO_NUMBER = {
    "kh-ubnd-ca-mau-giay-phep-khai-thac-thuy-san-2025": "roman",
    "kh-tinh-doan-quang-ngai-tinh-nguyen-he-2025": "roman",
}
# Header lines above the issuer that name the parent body (regular, not bold).
PARENT_LINES = {
    "tb-so-cong-thuong-nam-dinh-binh-on-gia-tet-2025": 1,
}
NEWS = {"tin-bac-ninh-cap-nuoc-khu-do-thi-moi-2025"}

TYPE_WORDS = ("KẾ HOẠCH", "KẾ HOẠCH LIÊN TỊCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "BÁO CÁO", "CHƯƠNG TRÌNH",
              "TỜ TRÌNH", "HƯỚNG DẪN")

# Appendix task tables: column widths (cm) per column count (else equal widths).
APPENDIX_WIDTHS = {5: [1.2, 6.3, 3.4, 2.4, 3.6]}
LAYOUT = {"body_table_widths": {5: [1.0, 2.8, 6.0, 4.2, 3.0]}}
NEWS_STYLE = "page"     # headline, time line, bold sapo, paragraphs, byline


# ================================================================ gold annotations
# One entry per document; the .txt, .docx and .pdf renditions share it (the renditions
# carry the same text and header). Conventions: ../shared/eval/dev/NOTES.md section 2 and
# ../corpus/README.md, ../corpus2/README.md; choices for this corpus: corpus3/README.md. Body alternatives are
# written once and reused by the tasks.


ANNOTATIONS: dict[str, dict] = {}

# ---------------------------------------------------------------- 1 Cà Mau (Kế hoạch UBND tỉnh, I–V)
NNMT_CM = ["Sở Nông nghiệp và Môi trường", "Sở NN&MT", "Sở Nông nghiệp và Môi trường tỉnh Cà Mau",
           "Sở NNMT"]
UBH_CM = ["UBND các huyện ven biển", "Ủy ban nhân dân các huyện ven biển", "UBND huyện ven biển"]
BP_CM = ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy BĐBP tỉnh", "Bộ đội Biên phòng tỉnh",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau"]
CANG_CM = ["Ban Quản lý Cảng cá Cà Mau", "Ban Quản lý cảng cá Cà Mau", "Ban Quản lý Cảng cá"]
CA_CM = ["Công an tỉnh", "Công an tỉnh Cà Mau"]
VKS_CM = ["Viện Kiểm sát nhân dân tỉnh", "VKSND tỉnh", "Viện Kiểm sát nhân dân tỉnh Cà Mau"]
CCTS_CM = ["Chi cục Thủy sản", "Chi cục Thủy sản tỉnh", "Chi cục Thủy sản Cà Mau", "Chi cục Thuỷ sản"]
DBP_CM = ["các Đồn Biên phòng tuyến biển", "Đồn Biên phòng tuyến biển", "các Đồn Biên phòng"]
TC_CM = ["Sở Tài chính", "Sở Tài chính tỉnh Cà Mau"]
ANNOTATIONS["kh-ubnd-ca-mau-giay-phep-khai-thac-thuy-san-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": "96/KH-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Cà Mau", "UBND tỉnh Cà Mau"],
        "place": "Cà Mau", "issued_date": "2025-04-18",
        "title": "Tăng cường quản lý cấp phép khai thác thủy sản và giám sát hành trình tàu cá trên địa bàn tỉnh Cà Mau năm 2025",
        "signer": {"name": "Huỳnh Chí Nguyện", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "MỤC TIÊU"},
        {"number": "III", "title": "NHIỆM VỤ, GIẢI PHÁP"},
        {"number": "IV", "title": "KINH PHÍ"},
        {"number": "V", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Quản lý chặt chẽ đội tàu cá theo đúng hạn ngạch giấy phép khai thác thủy sản",
        "Xác định rõ trách nhiệm của từng cơ quan, đơn vị, địa phương",
        "được cấp giấy phép khai thác thủy sản và lắp đặt thiết bị giám sát hành trình",
        "Tỷ lệ tàu cá được cấp giấy phép khai thác thủy sản đạt trên 98%",
        "100% tàu cá ra, vào cảng được kiểm tra, kiểm soát",
        "Không để tàu cá của tỉnh vi phạm khai thác hải sản bất hợp pháp",
        "100% chủ tàu cá ký cam kết không vi phạm khai thác bất hợp pháp",
    ],
    "percentages": [100, 98, 100, 100],
    # III.1 dash 1; III.3; V.1 dashes 2 and 3 (the monthly report is periodic: no date); V.5 dashes 1, 2
    "deadlines": ["2025-05-31", "2025-Q3", "2025-06-15", "2025-12-10", "2025-06", "2025-06-30"],
    "bodies": [NNMT_CM, UBH_CM, BP_CM, CANG_CM, CA_CM, VKS_CM, CCTS_CM, DBP_CM, TC_CM],
    "tasks": [
        # III: the dash items of a block are led by its "Cơ quan chủ trì:" line
        t(NNMT_CM, "2025-05-31"), t(NNMT_CM), t(BP_CM), t(BP_CM), t(CA_CM, "2025-Q3"),
        # V: one task per dash item under each agency clause
        t(NNMT_CM), t(NNMT_CM, "2025-06-15"), t(NNMT_CM, "2025-12-10"),
        t(CA_CM), t(CA_CM), t(BP_CM), t(BP_CM), t(TC_CM),
        t(UBH_CM, "2025-06"), t(UBH_CM, "2025-06-30"),
    ],
    "references": ["26/2019/NĐ-CP", "37/2024/NĐ-CP", "81/QĐ-TTg"],
}
# ---------------------------------------------------------------- 2 Yên Bình (công văn hỏa tốc, BOM)
UBX_YB = ["UBND các xã, thị trấn", "Chủ tịch UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn",
          "UBND xã, thị trấn"]
PBN_YB = ["các phòng, ban, ngành thuộc UBND huyện", "Trưởng các phòng, ban, ngành thuộc UBND huyện",
          "các phòng, ban, ngành thuộc Ủy ban nhân dân huyện", "các phòng, ban, ngành"]
NN_YB = ["Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT", "Phòng Nông nghiệp và PTNT",
         "Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng NNPTNT"]
LD_YB = ["Phòng Lao động - Thương binh và Xã hội", "Phòng LĐTB&XH", "Phòng Lao động Thương binh và Xã hội",
         "Phòng Lao động, Thương binh và Xã hội", "Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội huyện"]
MTTQ_YB = ["Ủy ban MTTQ Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ huyện",
           "Ủy ban MTTQ Việt Nam huyện Yên Bình"]
TTYT_YB = ["Trung tâm Y tế huyện", "Trung tâm Y tế huyện Yên Bình", "TTYT huyện"]
KTHT_YB = ["Phòng Kinh tế và Hạ tầng", "Phòng KT&HT", "Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế và Hạ tầng huyện"]
QLDA_YB = ["Ban Quản lý dự án đầu tư xây dựng huyện", "Ban QLDA đầu tư xây dựng huyện", "Ban QLDA ĐTXD huyện",
           "Ban Quản lý dự án đầu tư xây dựng huyện Yên Bình"]
CA_YB = ["Công an huyện", "Công an huyện Yên Bình"]
VP_YB = ["Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
         "Văn phòng HĐND - UBND huyện", "Văn phòng HĐND và UBND huyện Yên Bình"]
ANNOTATIONS["cv-ubnd-yen-binh-khac-phuc-bao-so-3-2024"] = {
    "document": {
        "type": "Công văn", "number": "1502/UBND-KT",
        "issuer": ["Ủy ban nhân dân huyện Yên Bình", "UBND huyện Yên Bình", "Chủ tịch UBND huyện Yên Bình"],
        "place": "Yên Bình", "issued_date": "2024-09-11",
        "title": "tập trung khắc phục hậu quả bão số 3 và mưa lũ sau bão",
        "signer": {"name": "Hoàng Quốc Khánh", "position": "Chủ tịch"},
        "urgency": "Hỏa tốc",  # recorded, not scored
    },
    "sections": [
        {"number": "1", "title": "Chủ tịch UBND các xã, thị trấn"},
        {"number": "2", "title": "Trưởng các phòng, ban, ngành thuộc UBND huyện"},
        {"number": "3", "title": None},
    ],
    "goals": [
        "sớm ổn định đời sống nhân dân",
        "bảo đảm 100% hộ dân phải di dời được hỗ trợ lương thực, nước uống",
    ],
    "percentages": [100],
    # "trước 17 giờ 00 ngày 12/9/2024" (item 1) and "trước 17h00 ngày 12/9/2024" (item 2) are
    # set in two places; "hằng ngày" reports are periodic; "từ ngày 08/9/2024" is past.
    "deadlines": ["2024-09-12", "2024-09-12", "2024-09-15"],
    "bodies": [UBX_YB, PBN_YB, NN_YB, LD_YB, MTTQ_YB, TTYT_YB, KTHT_YB, QLDA_YB, CA_YB, VP_YB],
    "tasks": [
        t(UBX_YB), t(UBX_YB), t(UBX_YB, "2024-09-12"), t(UBX_YB),
        t(NN_YB, "2024-09-12"), t(LD_YB), t(TTYT_YB), t(KTHT_YB, "2024-09-15"), t(CA_YB),
        t(VP_YB),
    ],
    "references": ["12/CĐ-UBND"],
}
# ---------------------------------------------------------------- 3 Hậu Lộc (Quyết định + appendix list)
LD_HL = ["Phòng Lao động - Thương binh và Xã hội", "Phòng LĐTB&XH", "Phòng Lao động Thương binh và Xã hội",
         "Phòng Lao động, Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội huyện",
         "Lao động - Thương binh và Xã hội", "Lao động Thương binh và Xã hội"]
NCT_HL = ["Hội Người cao tuổi huyện", "Hội NCT huyện", "Hội Người cao tuổi huyện Hậu Lộc",
          "Chủ tịch Hội Người cao tuổi huyện"]
UBX_HL = ["UBND các xã, thị trấn", "UBND các xã, thị trấn có tên tại Phụ lục", "Ủy ban nhân dân các xã, thị trấn",
          "Chủ tịch UBND các xã, thị trấn", "UBND các xã, thị trấn có tên tại Điều 1", "UBND xã, thị trấn"]
TCKH_HL = ["Phòng Tài chính - Kế hoạch", "Phòng TC-KH", "Phòng Tài chính Kế hoạch", "Phòng Tài chính - Kế hoạch huyện",
           "Tài chính - Kế hoạch"]
VP_HL = ["Văn phòng HĐND và UBND huyện", "Chánh Văn phòng HĐND và UBND huyện",
         "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND - UBND huyện"]
ANNOTATIONS["qd-ubnd-hau-loc-clb-lien-the-he-2024"] = {
    "document": {
        "type": "Quyết định", "number": "2856/QĐ-UBND",
        "issuer": ["Ủy ban nhân dân huyện Hậu Lộc", "UBND huyện Hậu Lộc"],
        "place": "Hậu Lộc", "issued_date": "2024-10-18",
        "title": "Phê duyệt danh sách Câu lạc bộ liên thế hệ tự giúp nhau được thành lập mới và hỗ trợ kinh phí năm 2024 trên địa bàn huyện Hậu Lộc",
        "signer": {"name": "Phạm Thị Huyền Trang", "position": "Phó Chủ tịch"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": None},
        {"number": "3", "title": None},
    ],
    "goals": [
        "nâng tổng số câu lạc bộ liên thế hệ tự giúp nhau trên địa bàn huyện lên 24 câu lạc bộ",
        "ít nhất 70% thành viên là người cao tuổi",
        "nâng cao đời sống vật chất, tinh thần cho người cao tuổi",
    ],
    "percentages": [70, 60],
    # Điều 2.1 "trước ngày 31.12.2024" (dotted date); Điều 2.3 "trước ngày 15/01/2025".
    "deadlines": ["2024-12-31", "2025-01-15"],
    "bodies": [LD_HL, NCT_HL, UBX_HL, TCKH_HL, VP_HL],
    # Điều 3, the execution clause: one task per named body (dev NOTES 002 III.14)
    "tasks": [t(LD_HL, "2024-12-31"), t(TCKH_HL), t(UBX_HL, "2025-01-15"), t(VP_HL),
              t(LD_HL), t(TCKH_HL), t(NCT_HL), t(UBX_HL)],
    "references": ["1336/QĐ-TTg", "175/KH-UBND", "142/TTr-LĐTBXH"],
}
# ---------------------------------------------------------------- 4 Quảng Ngãi (Tỉnh Đoàn, NFD, programme table)
BPT_QNg = ["Ban Phong trào Tỉnh Đoàn", "Ban Phong trào", "Ban Phong trào Tỉnh Đoàn Quảng Ngãi"]
HSV_QNg = ["Hội Sinh viên Việt Nam tỉnh", "Hội Sinh viên tỉnh", "Hội Sinh viên Việt Nam tỉnh Quảng Ngãi"]
DTPVD_QNg = ["Đoàn Trường Đại học Phạm Văn Đồng", "Trường Đại học Phạm Văn Đồng", "Đoàn trường Đại học Phạm Văn Đồng"]
HD_QNg = ["Các huyện đoàn, thành đoàn, đoàn trực thuộc", "các huyện đoàn, thành đoàn, đoàn trực thuộc",
          "huyện đoàn, thành đoàn, đoàn trực thuộc", "Các huyện, thành đoàn, đoàn trực thuộc"]
GD_QNg = ["Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "Sở GDĐT"]
THPT_QNg = ["các trường trung học phổ thông", "các trường THPT", "trường trung học phổ thông"]
ANNOTATIONS["kh-tinh-doan-quang-ngai-tinh-nguyen-he-2025"] = {
    "document": {
        "type": "Kế hoạch", "number": "112-KH/TĐTN-PT",
        "issuer": ["Tỉnh Đoàn Quảng Ngãi", "BCH Đoàn tỉnh Quảng Ngãi", "Ban Chấp hành Đoàn tỉnh Quảng Ngãi",
                   "Ban Chấp hành Tỉnh Đoàn Quảng Ngãi", "Ban Thường vụ Tỉnh Đoàn", "Tỉnh Đoàn",
                   "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Quảng Ngãi"],
        "place": "Quảng Ngãi", "issued_date": "2025-05-12",
        "title": "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025",
        "signer": {"name": "Đặng Ngọc Quỳnh Như", "position": "Phó Bí thư"},
    },
    "sections": [
        {"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
        {"number": "II", "title": "CHỈ TIÊU"},
        {"number": "III", "title": "CHƯƠNG TRÌNH HOẠT ĐỘNG CHÍNH"},
        {"number": "IV", "title": "TỔ CHỨC THỰC HIỆN"},
    ],
    "goals": [
        "Phát huy vai trò xung kích, tình nguyện của đoàn viên, thanh niên",
        "Tạo môi trường để thanh thiếu nhi rèn luyện, trải nghiệm",
        "Các hoạt động phải thiết thực, phù hợp với điều kiện của từng địa phương",
        "100% cơ sở Đoàn tổ chức ít nhất 01 hoạt động tình nguyện hè",
        "thực hiện ít nhất 02 công trình, phần việc thanh niên",
        "ít nhất 8.000 lượt đoàn viên, thanh niên tham gia Chiến dịch",
        "90% thiếu nhi trên địa bàn dân cư được tham gia sinh hoạt hè",
    ],
    "percentages": [100, 90],
    # programme rows 1-5 (future events are work set for a day: "on"); IV.1; IV.2
    "deadlines": ["2025-05-31", "2025-06", "2025-07", "2025-07-27", "2025-08-15", "2025-05-25", "2025-05-28"],
    "bodies": [BPT_QNg, HSV_QNg, DTPVD_QNg, HD_QNg, GD_QNg, THPT_QNg],
    "tasks": [
        t(BPT_QNg, "2025-05-31"), t(HSV_QNg, "2025-06"), t(DTPVD_QNg, "2025-07"), t(HD_QNg, "2025-07-27"),
        t(HD_QNg, "2025-08-15"),
        t(BPT_QNg, "2025-05-25"), t(BPT_QNg), t(HD_QNg, "2025-05-28"), t(HD_QNg), t(GD_QNg),
    ],
    "references": ["45-KH/TWĐTN-PT"],
}
# ---------------------------------------------------------------- 5 Nam Định (Thông báo of a Sở, CRLF)
QLTM_ND = ["Phòng Quản lý Thương mại", "Phòng QLTM", "Phòng Quản lý Thương mại Sở Công Thương"]
QLTT_ND = ["Cục Quản lý thị trường tỉnh Nam Định", "Cục Quản lý thị trường tỉnh", "Cục QLTT tỉnh Nam Định",
           "Cục QLTT tỉnh", "Cục Quản lý thị trường Nam Định"]
CTTM_ND = ["Công ty Cổ phần Thương mại Nam Định", "Công ty CP Thương mại Nam Định"]
KTHT_ND = ["Phòng Kinh tế và Hạ tầng các huyện", "Phòng Kinh tế và Hạ tầng", "Phòng KT&HT các huyện",
           "Phòng Kinh tế và Hạ tầng huyện"]
KTTP_ND = ["Phòng Kinh tế thành phố Nam Định", "Phòng Kinh tế thành phố", "Phòng Kinh tế"]
ANNOTATIONS["tb-so-cong-thuong-nam-dinh-binh-on-gia-tet-2025"] = {
    "document": {
        "type": "Thông báo", "number": "45/TB-SCT",
        "issuer": ["Sở Công Thương tỉnh Nam Định", "Sở Công Thương Nam Định", "Sở Công Thương"],
        "place": "Nam Định", "issued_date": "2025-01-13",
        "title": "Triển khai các biện pháp bình ổn thị trường, giá cả dịp trước, trong và sau Tết Nguyên đán Ất Tỵ năm 2025",
        "signer": {"name": "Trần Quang Huy", "position": "Phó Giám đốc"},
    },
    "sections": [
        {"number": "1", "title": None},
        {"number": "2", "title": None},
        {"number": "3", "title": None},
        {"number": "4", "title": None},
        {"number": "5", "title": None},
    ],
    "goals": [
        "bảo đảm cân đối cung cầu hàng hóa",
        "lượng hàng dự trữ tăng từ 15% đến 20% so với tháng thường",
        "giá thấp hơn giá thị trường ít nhất 5%",
    ],
    "percentages": [15, 20, 5],
    # item 2, item 4 ("ngày 17 tháng 01 năm 2025"), item 5: the meeting the Thông báo convenes
    # "vào lúc 8 giờ 00 ngày 20/01/2025" is a future event, a limit of kind "on" for the work
    # set for it. "bắt đầu từ ngày 15/01/2025" is a start, not a limit.
    "deadlines": ["2025-02-10", "2025-01-17", "2025-01-20"],
    "bodies": [QLTM_ND, QLTT_ND, CTTM_ND, KTHT_ND, KTTP_ND],
    "tasks": [t(QLTM_ND), t(QLTT_ND, "2025-02-10"), t(CTTM_ND), t(KTHT_ND, "2025-01-17"),
              t(QLTM_ND, "2025-01-20")],
    "references": ["214/KH-UBND"],
}
# ---------------------------------------------------------------- 6 Bắc Ninh (news on a Kế hoạch)
SXD_BN = ["Sở Xây dựng", "Sở Xây dựng tỉnh Bắc Ninh", "Sở Xây dựng Bắc Ninh"]
STC_BN = ["Sở Tài chính", "Sở Tài chính tỉnh Bắc Ninh"]
UBH_BN = ["UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
          "UBND huyện, thị xã, thành phố"]
NS_BN = ["Công ty Cổ phần Nước sạch Bắc Ninh", "Công ty CP Nước sạch Bắc Ninh", "Công ty Nước sạch Bắc Ninh"]
CDC_BN = ["Trung tâm Kiểm soát bệnh tật tỉnh", "CDC tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh", "CDC Bắc Ninh"]
ANNOTATIONS["tin-bac-ninh-cap-nuoc-khu-do-thi-moi-2025"] = {
    "document": {
        "type": "Tin bài", "number": "28/KH-UBND",
        "issuer": ["Ủy ban nhân dân tỉnh Bắc Ninh", "UBND tỉnh Bắc Ninh"],
        "place": "Bắc Ninh", "issued_date": "2025-01-20",
        "title": "Bắc Ninh: Bảo đảm cấp nước sạch ổn định cho các khu đô thị mới năm 2025",
        "signer": None,
    },
    "sections": [],
    "goals": [
        "khắc phục tình trạng thiếu nước cục bộ",
        "nâng cao chất lượng dịch vụ cấp nước cho người dân",
        "100% hộ dân tại các khu đô thị mới đã đưa vào sử dụng được cấp nước sạch đạt quy chuẩn",
        "tỷ lệ thất thoát, thất thu nước sạch giảm xuống dưới 12%",
        "không để xảy ra gián đoạn cấp nước quá 24 giờ",
        "nâng công suất Nhà máy nước mặt Bắc Ninh thêm 30.000 m3/ngày đêm",
    ],
    "percentages": [100, 12, 18],
    "deadlines": ["2025-Q1", "2025-06-30"],
    "bodies": [SXD_BN, STC_BN, UBH_BN, NS_BN, CDC_BN],
    "tasks": [t(SXD_BN, "2025-Q1"), t(UBH_BN, "2025-06-30"), t(NS_BN), t(CDC_BN)],
    "references": ["28/KH-UBND"],
}
