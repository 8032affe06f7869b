"""Sectioner on short realistic snippets (built as .txt documents)."""
from khparse import read
from khparse.sections import build_outline

PLAN = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 632/KH-UBND

Cao Bằng, ngày 04 tháng 3 năm 2019

KẾ HOẠCH
Phòng, chống mại dâm trên địa bàn tỉnh năm 2019

Căn cứ Quyết định số 361/QĐ-TTg ngày 07/3/2016 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Nâng cao nhận thức của các cấp, các ngành.
b) Giảm tụ điểm phức tạp.
2. Yêu cầu
Triển khai đồng bộ theo Điều 16 Quy chế phối hợp.
II. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội:
- Chủ trì, phối hợp với Công an tỉnh triển khai Kế hoạch.
31/12/2019 là hạn báo cáo năm.
- Tổng hợp báo cáo kết quả.
2. Đề nghị Ủy ban MTTQ tỉnh: Phối hợp tuyên truyền.
- Công an tỉnh: Chỉ đạo Công an các huyện triệt xóa tụ điểm.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A

PHỤ LỤC I
PHÂN CÔNG NHIỆM VỤ
1. Tuyên truyền
"""

LETTER = """Số: /UBND-VX
V/v tăng cường phòng, chống mại dâm
Kính gửi:
- Công an huyện;
- UBND các xã, thị trấn.

Thời gian qua, công tác phòng, chống mại dâm đạt kết quả nhất định.
1. Thủ trưởng các cơ quan, đơn vị: chủ động xây dựng kế hoạch triển khai.
2. Công an huyện tăng cường đấu tranh với tội phạm mại dâm trên địa bàn, xử lý nghiêm các vi phạm theo quy định của pháp luật và báo cáo kết quả.
Nơi nhận:
- Như trên;
"""


def outline_of(text):
    doc = read(text.encode())
    return doc, build_outline(doc)


def test_roman_parts_are_top_level_with_nested_clauses_and_points():
    doc, o = outline_of(PLAN)
    assert [(s.number, s.title) for s in o.sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "TỔ CHỨC THỰC HIỆN")]
    one = o.sections[0].children[0]
    assert (one.number, one.title, one.path) == ("1", "Mục đích", "I.1")
    assert [c.number for c in one.children] == ["a", "b"]
    assert one.children[1].path == "I.1.b"


def test_number_inside_sentence_or_date_opens_no_section():
    doc, o = outline_of(PLAN)
    yeu_cau = o.sections[0].children[1]
    assert yeu_cau.children == []          # "theo Điều 16 Quy chế" stays prose
    agency = o.sections[1].children[0]
    assert [c.kind for c in agency.children] == ["item", "item"]  # "31/12/2019 …" is not a clause


def test_agency_clauses_and_inline_agency_items():
    doc, o = outline_of(PLAN)
    clauses = o.sections[1].children
    assert clauses[0].agency == "Sở Lao động - Thương binh và Xã hội"
    assert clauses[1].title == "Đề nghị Ủy ban MTTQ tỉnh" and clauses[1].agency == "Ủy ban MTTQ tỉnh"
    assert clauses[1].children[0].agency == "Công an tỉnh"


def test_header_closing_and_appendix_are_not_body_sections():
    doc, o = outline_of(PLAN)
    assert doc.text[o.header_end:].startswith("Căn cứ Quyết định")
    assert doc.text[o.body_end:].startswith("Nơi nhận")
    assert len(o.appendices) == 1 and o.appendices[0].title == "PHÂN CÔNG NHIỆM VỤ"
    assert [s.title for s in o.appendices[0].sections] == ["Tuyên truyền"]
    flat = o.all_sections()
    assert all(o.header_end <= s.span[0] for s in flat)


def test_letter_numbered_paragraphs_are_top_level_even_as_prose():
    doc, o = outline_of(LETTER)
    assert [s.number for s in o.sections] == ["1", "2"]
    assert o.sections[0].title == "Thủ trưởng các cơ quan, đơn vị"
    assert o.sections[1].title is None      # a running paragraph has no title
    assert doc.text[o.header_end:].startswith("Thời gian qua")


def test_spans_and_paths():
    doc, o = outline_of(PLAN)
    for s in o.all_sections():
        assert doc.text[s.span[0]:s.span[1]] == s.heading
        assert s.body_span[0] == s.span[0] and s.body_span[1] >= s.span[1]
    sec = o.sections[1].children[0].children[0]
    assert o.path_at(sec.span[0] + 5) == sec.path == "II.1.1"


def test_parts_and_articles():
    text = "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2. Quyết định có hiệu lực.\n"
    doc, o = outline_of(text)
    assert [(s.kind, s.number) for s in o.sections] == [("article", "1"), ("article", "2")]
    doc, o = outline_of("Phần thứ nhất. TÌNH HÌNH\n1. Kết quả\nPhần thứ hai. NHIỆM VỤ\n1. Nhiệm vụ\n")
    assert [(s.kind, s.number) for s in o.sections] == [("part", "thứ nhất"), ("part", "thứ hai")]


def test_title_opening_with_a_verb_stays_in_the_header():
    text = ("Số: 12/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2020\nKẾ HOẠCH\n"
            "Triển khai thực hiện chuyển đổi số năm 2020\n"
            "Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;\n"
            "I. MỤC ĐÍCH\n")
    doc, o = outline_of(text)
    assert doc.text[o.header_end:].startswith("Thực hiện Nghị quyết")


DECISION = """QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phòng chống thiên tai năm 2025

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống thiên tai năm 2025.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn B
KẾ HOẠCH
Phòng chống thiên tai năm 2025
(Kèm theo Quyết định số 77/QĐ-UBND ngày 02/01/2025 của UBND
tỉnh)
I. MỤC ĐÍCH
1. Chủ động ứng phó.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường:
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Thời gian: Quý I/2025.
"""


def test_plan_attached_after_the_signature_is_one_appendix_with_its_own_tree():
    doc, o = outline_of(DECISION)
    assert [s.number for s in o.sections] == ["1", "2"]
    (app,) = o.appendices
    assert app.title == "KẾ HOẠCH Phòng chống thiên tai năm 2025"
    assert [s.number for s in app.sections] == ["I", "II"]
    clause = app.sections[1].children[0]
    assert clause.agency == "Sở Nông nghiệp và Môi trường"
    assert [c.agency for c in clause.children] == [None, None]   # field labels, not agencies


def test_title_on_the_line_under_a_bare_part_label():
    text = ("KẾ HOẠCH\nPhát triển sản phẩm OCOP năm 2025\n\nPHẦN I\nKẾT QUẢ THỰC HIỆN NĂM 2024\n"
            "I. KẾT QUẢ ĐẠT ĐƯỢC\nNăm 2024 có 40 sản phẩm.\nPHẦN II\nKẾ HOẠCH NĂM 2025\n"
            "I. MỤC TIÊU\nPhấn đấu 50 sản phẩm.\n")
    doc, o = outline_of(text)
    assert [(s.number, s.title) for s in o.sections] == [
        ("I", "KẾT QUẢ THỰC HIỆN NĂM 2024"), ("II", "KẾ HOẠCH NĂM 2025")]
    first = o.sections[0]
    assert doc.text[first.span[0]:first.span[1]] == first.heading == "PHẦN I\nKẾT QUẢ THỰC HIỆN NĂM 2024"
    assert [c.title for c in first.children] == ["KẾT QUẢ ĐẠT ĐƯỢC"]


def test_headings_that_open_with_a_verb_name_no_agency():
    text = ("II. NHIỆM VỤ\n1. Tổ chức hội chợ, triển lãm\n- Thời gian: quý III/2025.\n"
            "2. Báo cáo kết quả\n3. Phòng, chống dịch bệnh\n4. Sở Y tế:\n- Chủ trì giám sát.\n")
    doc, o = outline_of(text)
    assert [c.agency for c in o.sections[0].children] == [None, None, None, "Sở Y tế"]


NEWS = """Trang chủ > Thời sự
Lâm Đồng: Tăng cường phòng chống sốt xuất huyết

Cập nhật: 08:15 | 03/06/2024
Chia sẻ

Để chủ động phòng bệnh, ngày 30/5/2024, UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND về phòng, chống sốt xuất huyết năm 2024, với mục tiêu giảm 15% số ca mắc so với năm trước.
Sở Y tế chủ trì, phối hợp với UBND các huyện tổ chức chiến dịch diệt lăng quăng trước ngày 30/6/2024.
(Theo Báo Lâm Đồng)
Từ khóa: sốt xuất huyết | Lâm Đồng
Tin liên quan
- Đà Lạt ra quân diệt lăng quăng
"""


def test_news_article_body_between_web_chrome():
    doc, o = outline_of(NEWS)
    body = doc.text[o.header_end:o.body_end]
    assert body.startswith("Chia sẻ\n\nĐể chủ động") or body.startswith("Để chủ động")
    assert "Sở Y tế chủ trì" in body and "Từ khóa" not in body and "Đà Lạt" not in body
    assert o.sections == []   # the related-news dash items are not sections


WRAPPED_LETTER = """SỞ CÔNG THƯƠNG TỈNH NINH BÌNH
Số: 812/SCT-QLCN                        Ninh Bình, ngày 03 tháng 9 năm 2025
V/v thực hiện nghĩa vụ sau khi được cấp giấy phép
Kính gửi: Công ty TNHH Vật liệu xây dựng Hoàng Long
(Địa chỉ: thôn Đông, xã Gia Hòa, tỉnh Ninh Bình)

Công ty TNHH Vật liệu xây dựng Hoàng Long được Ủy ban nhân dân tỉnh cho phép
khai thác đá vôi tại mỏ Đồi Thông theo Giấy phép số 45/GP-UBND ngày 20/8/2025.
Để bảo đảm hoạt động khai thác đúng quy định, Sở Công Thương đề nghị Công
ty thực hiện các nội dung sau:
1. Cắm mốc ranh giới khu vực khai thác.
2. Lập thiết kế mỏ trình thẩm định.
Nơi nhận:
- Như trên;
"""


def test_a_hard_wrapped_first_paragraph_below_kinh_gui_is_body_not_addressees():
    doc, o = outline_of(WRAPPED_LETTER)
    assert doc.text[o.header_end:].lstrip().startswith("Công ty TNHH Vật liệu xây dựng Hoàng Long được")


def test_a_wrapped_addressee_line_stays_in_the_address_block():
    doc, o = outline_of(LETTER.replace("- UBND các xã, thị trấn.", "- UBND các xã, thị trấn thuộc\nhuyện Bắc Hà."))
    assert doc.text[o.header_end:].lstrip().startswith("Thời gian qua")


INVITATION = """UBND TỈNH HÀ GIANG
SỞ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:    /SXD-QLN
V/v kiểm tra hiện trường dự án nhà ở xã hội

Hà Giang, ngày    tháng 9 năm 2025

Kính gửi: Công ty TNHH Đầu tư Phát triển Minh Khang

Sở Xây dựng nhận được Tờ trình số 12/TTr-MK ngày 05/9/2025 của Công ty về việc đề nghị thẩm định.
Sở Xây dựng tổ chức kiểm tra hiện trường, cụ thể như sau:
- Thời gian: 8 giờ 30 phút, ngày 18 tháng 9 năm 2025.
- Địa điểm: Khu đất dự án tại tổ 5, phường Minh Khai.
- Thành phần: Phòng Quản lý nhà - Sở Xây dựng; đại diện Công ty.
Đề nghị Công ty chuẩn bị hồ sơ và cử người có thẩm quyền làm việc với Đoàn./.

Nơi nhận:
- Như trên;
- Lưu: VT, QLN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Tâm
"""


def test_dashes_outside_any_numbered_clause_are_not_sections():
    _, o = outline_of(INVITATION)
    assert o.sections == []
    # the same dashes under a numbered clause stay its items
    numbered = INVITATION.replace("Sở Xây dựng tổ chức kiểm tra", "1. Sở Xây dựng tổ chức kiểm tra")
    _, o = outline_of(numbered)
    assert [s.number for s in o.sections] == ["1"]
    assert [c.title for c in o.sections[0].children] == ["Thời gian", "Địa điểm", "Thành phần"]


REPLY = """BỘ TÀI CHÍNH
CỤC QUẢN LÝ GIÁ
Số: 214/QLG-TH
V/v áp dụng quy định về kê khai giá

Hà Nội, ngày 12 tháng 5 năm 2025

Kính gửi: Sở Tài chính tỉnh Hà Giang

Trả lời Công văn số 88/STC-QLG của Sở Tài chính tỉnh Hà Giang, Cục Quản lý giá có ý kiến như sau:
1. Về đối tượng kê khai giá
Điều 28 Luật Giá năm 2023 quy định như sau:
“Điều 28. Kê khai giá
1. Tổ chức, cá nhân sản xuất, kinh doanh hàng hóa, dịch vụ thuộc danh mục phải kê khai giá.
2. Cơ quan tiếp nhận kê khai giá có trách nhiệm công bố thông tin.
Điều 29. Niêm yết giá
Việc niêm yết giá được thực hiện theo quy định của Chính phủ.”
2. Về thời điểm áp dụng
Khoản 2 Điều 4 Nghị định số 85/2024/NĐ-CP quy định:
"3. Việc kê khai giá thực hiện trước khi điều chỉnh giá bán.
4. Văn bản kê khai giá gửi bằng đường bưu điện hoặc thư điện tử."
Đề nghị Sở Tài chính tỉnh Hà Giang căn cứ quy định nêu trên để hướng dẫn các doanh nghiệp./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_numbered_lines_of_a_quoted_law_are_not_sections():
    _, o = outline_of(REPLY)
    assert [(s.number, s.title) for s in o.sections] == [
        ("1", "Về đối tượng kê khai giá"), ("2", "Về thời điểm áp dụng")]
    assert [s.children for s in o.sections] == [[], []]


def test_a_quotation_mark_that_never_closes_hides_no_heading():
    text = REPLY.replace("của Chính phủ.”", "của Chính phủ.")
    _, o = outline_of(text)
    numbers = [s.number for s in o.all_sections()]
    assert "29" in numbers                          # that mark quotes nothing
    assert "3" not in numbers and "4" not in numbers  # the next, closed quotation still does


def test_a_sentence_case_note_in_brackets_after_a_capitals_heading_is_not_title():
    text = PLAN.replace("II. TỔ CHỨC THỰC HIỆN",
                        "II. TỔ CHỨC THỰC HIỆN (Phân công cụ thể tại Phụ lục kèm theo: các sở, ngành)")
    text = text.replace("I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU (SỬA ĐỔI)")
    _, o = outline_of(text)
    assert [s.title for s in o.sections] == ["MỤC ĐÍCH, YÊU CẦU (SỬA ĐỔI)", "TỔ CHỨC THỰC HIỆN"]


# ---- headings of reports and forms (holdout5 round) ------------------------------------------

def _built(paras, fmt="docx", ocr_pages=None):
    """A document from (text, hints) pairs, as a .docx or a scan's reader would give it."""
    from khparse.document import DocumentBuilder
    b = DocumentBuilder(fmt)
    for p in paras:
        text, hints = (p, {}) if isinstance(p, str) else p
        b.add(text, **hints)
    doc = b.build()
    if ocr_pages:
        doc.ocr_pages = list(ocr_pages)
    return doc, build_outline(doc)


def test_a_bold_heading_paragraph_is_titled_whole_even_long_or_with_a_semicolon():
    bold = {"bold": True}
    doc, o = _built([
        "BÁO CÁO", "Tình hình phát triển công nghiệp chế biến nông sản năm 2025",
        "Kính gửi: Bộ Nông nghiệp và Môi trường",
        "Thực hiện Công văn số 512/BNNMT-CBNS ngày 03/3/2026, Sở Nông nghiệp và Môi trường tỉnh Sơn La báo cáo như sau:",
        ("1. Kết quả thực hiện", bold),
        "Năm 2025 toàn tỉnh có 48 cơ sở chế biến nông sản quy mô công nghiệp đang hoạt động.",
        ("2. Việc lồng ghép các mục tiêu phát triển công nghiệp chế biến nông sản vào Quy hoạch tỉnh thời kỳ "
         "2021 - 2030 và các chương trình mục tiêu quốc gia trên địa bàn (trước và sau khi sắp xếp đơn vị hành chính)", bold),
        "Các mục tiêu đã được tích hợp trong Quy hoạch tỉnh được phê duyệt năm 2023.",
        ("3. Định hướng giai đoạn 2026 - 2030; các sản phẩm ưu tiên phát triển", bold),
        "Tập trung chế biến sâu cà phê, chè và trái cây.",
        ("4. Kiến nghị", bold),
        "Đề nghị Bộ hướng dẫn tiêu chí vùng nguyên liệu.",
    ])
    titles = [(s.number, s.title) for s in o.sections]
    assert titles[1][1].startswith("Việc lồng ghép") and titles[1][1].endswith("hành chính)")
    assert titles[2] == ("3", "Định hướng giai đoạn 2026 - 2030; các sản phẩm ưu tiên phát triển")
    for s in o.sections:
        assert doc.text[s.span[0]:s.span[1]].endswith(s.title)


def test_a_plain_paragraph_with_a_semicolon_stays_untitled():
    doc, o = _built([
        "Kính gửi: Ủy ban nhân dân các xã",
        "1. Các xã rà soát danh sách hộ nghèo; báo cáo kết quả về Phòng Kinh tế trước ngày 15/4/2026",
        "2. Phòng Kinh tế tổng hợp",
    ])
    assert o.sections[0].title is None


def test_a_heading_ending_in_a_full_stop_over_lettered_points_is_titled():
    doc, o = _built([
        "1. Công tác cấp phép hoạt động điện lực.",
        "Trong giai đoạn 2016 - 2020, Sở đã cấp 35 giấy phép hoạt động điện lực.",
        "2. Công tác thẩm định thiết kế công trình điện.",
        "a. Về thẩm định thiết kế cơ sở",
        "- Chủ trì thẩm định đối với dự án nhóm B, nhóm C.",
        "b. Về thẩm định thiết kế kỹ thuật",
        "- Chủ đầu tư tự tổ chức thẩm định.",
        "3. Sở Xây dựng phối hợp kiểm tra các công trình.",
        "4. Sở Tài chính bố trí kinh phí thực hiện.",
        "a) Kinh phí sự nghiệp năm 2026;",
        "b) Nguồn vốn đầu tư công.",
    ], fmt="txt")
    got = [(s.number, s.title) for s in o.sections]
    assert got[1] == ("2", "Công tác thẩm định thiết kế công trình điện")
    assert got[0][1] is None and got[2][1] is None     # running sentences, no parts under them
    assert got[3][1] is None and o.sections[3].agency is None   # a body's duty over its points


def test_a_clause_label_ocr_read_with_a_comma_goes_on_the_numbering_on_scanned_pages():
    paras = [
        ("Kính gửi: Cục Quản lý thị trường", {"page": 1}),
        ("Về các kiến nghị nêu tại Công văn số 215/QLTT-NV, Vụ Pháp chế có ý kiến như sau:", {"page": 1}),
        ("1. Về thẩm quyền xử phạt", {"page": 1}),
        ("Thẩm quyền xử phạt thực hiện theo Điều 42 Luật Xử lý vi phạm hành chính.", {"page": 1}),
        ("2, Về mức phạt đối với hàng hóa không rõ nguồn gốc", {"page": 1}),
        ("Mức phạt thực hiện theo Nghị định hiện hành.", {"page": 1}),
        ("3. Về tạm giữ tang vật", {"page": 2}),
        ("4, 5 và 6 của Điều này không áp dụng.", {"page": 2}),
    ]
    _, o = _built(paras, fmt="pdf", ocr_pages=[1, 2])
    assert [(s.number, s.title) for s in o.sections] == [
        ("1", "Về thẩm quyền xử phạt"), ("2", "Về mức phạt đối với hàng hóa không rõ nguồn gốc"),
        ("3", "Về tạm giữ tang vật")]
    _, o = _built(paras, fmt="pdf")                   # a text layer's "2," is what was typed
    assert [s.number for s in o.sections] == ["1", "3"]


def test_the_numbered_list_of_enclosed_papers_is_no_section():
    doc, o = _built([
        "PHIẾU TRÌNH",
        "Kính gửi: Giám đốc Sở Xây dựng",
        "Nội dung trình: Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II.",
        "Hồ sơ, tài liệu kèm theo gồm:",
        "1. Đơn đề nghị cấp chứng chỉ hành nghề;",
        "2. Bản sao văn bằng chuyên môn được đào tạo và các quyết định",
        "công nhận kết quả sát hạch;",
        "3. Biên bản họp Hội đồng xét cấp chứng chỉ.",
        "I. TÓM TẮT NỘI DUNG",
        "Hội đồng đã xét hồ sơ của 12 cá nhân.",
        "II. Ý KIẾN CỦA PHÒNG",
        "1. Hồ sơ đủ điều kiện",
        "2. Đề xuất cấp chứng chỉ",
        "Văn bản gửi kèm:",
        "1. Dự thảo Quyết định cấp chứng chỉ.",
    ], fmt="txt")
    assert [(s.number, s.title) for s in o.sections] == [("I", "TÓM TẮT NỘI DUNG"), ("II", "Ý KIẾN CỦA PHÒNG")]
    assert [c.number for c in o.sections[1].children] == ["1", "2"]


def test_capital_letter_parts_of_a_record_are_top_level():
    doc, o = _built([
        "BIÊN BẢN LÀM VIỆC",
        "Hôm nay, ngày 12/5/2026, tại trụ sở Ủy ban nhân dân xã Tân Lập, chúng tôi gồm:",
        "A. THÀNH PHẦN THAM DỰ",
        "1. Đại diện Phòng Kinh tế",
        "2. Đại diện Hợp tác xã Tân Lập",
        "B. NỘI DUNG LÀM VIỆC",
        "1. Về tiến độ xây dựng nhà sơ chế",
        "C. Nguyễn Văn Bình trình bày ý kiến.",
    ], fmt="txt")
    assert [(s.number, s.title) for s in o.sections] == [("A", "THÀNH PHẦN THAM DỰ"), ("B", "NỘI DUNG LÀM VIỆC")]
    assert [c.number for c in o.sections[1].children] == ["1"]


def test_the_list_attached_to_a_certificate_is_an_appendix():
    doc, o = _built([
        "GIẤY CHỨNG NHẬN", "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM",
        "Cơ sở: Cửa hàng thực phẩm Minh Anh.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hồ Thị Lan",
        "DANH MỤC SẢN PHẨM",
        "(Kèm theo Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 25/2026/GCNATTP-SYT)",
        "I. NHÓM THỰC PHẨM TƯƠI SỐNG", "II. NHÓM THỰC PHẨM BAO GÓI SẴN",
    ], fmt="txt")
    assert o.sections == []
    assert [s.number for s in o.appendices[0].sections] == ["I", "II"]
