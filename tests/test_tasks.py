"""Tasks: agency clauses with their items, sentences that assign work, task tables
whatever their column order and wording, and a trailing `Cơ quan chủ trì:` line."""
import re

import khparse
from khparse.dates import find_dates
from khparse.document import DocumentBuilder
from khparse.extract import bodies as bx
from khparse.extract import identity
from khparse.extract import tasks as tx
from khparse.models import Deadline, DocumentInfo
from khparse.sections import build_outline


def make_doc(paras, blank=True):
    b = DocumentBuilder("txt")
    for p in paras:
        if isinstance(p, tuple):      # (text, hints) for table cells
            b.add(p[0], **p[1])
            continue
        b.add(p)
        if blank:
            b.blank()
    return b.build()


def dated(text):
    """Deadline objects for every "trước (ngày) <date>" in the text (test fixture)."""
    out = []
    for m in re.finditer(r"trước(?: ngày)? ", text, re.I):
        for d in find_dates(text, m.end(), min(len(text), m.end() + 12)):
            if d.start == m.end():
                out.append(Deadline(date=d.iso, kind="before", text=text[m.start():d.end],
                                    span=(m.start(), d.end)))
    return out


def run(paras, **kw):
    doc = make_doc(paras, **kw)
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(), [], identity.read(doc, outline, []).addressees)
    bodies = analysis.bodies
    tasks = tx.extract(doc, outline, analysis, dated(doc.text))
    for t in tasks:
        assert doc.text[t.span[0]:t.span[1]] == t.text
    return doc, bodies, tasks


PLAN = [
    "KẾ HOẠCH", "Phòng, chống mại dâm năm 2019",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao nhận thức của cán bộ và nhân dân về phòng, chống mại dâm.",
    "II. NỘI DUNG VÀ BIỆN PHÁP",
    "1. Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật.",
    "2. Rà soát, đánh giá năng lực của đội ngũ báo cáo viên.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Lao động - Thương binh và Xã hội:",
    "- Chủ trì, phối hợp với Ủy ban nhân dân các quận, huyện rà soát các tụ điểm, hoàn thành trước ngày 31/12/2019.",
    "- Chỉ đạo Chi cục Phòng, chống tệ nạn xã hội tập trung đấu tranh, chuyển hóa tụ điểm.",
    "- Phối hợp với Sở Y tế xây dựng mô hình thí điểm.",
    "2. Sở Tư pháp:",
    "Phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức tuyên truyền pháp luật.",
    "3. Đề nghị Viện Kiểm sát nhân dân thành phố và Tòa án nhân dân thành phố:",
    "Phối hợp chặt chẽ với Công an thành phố trong điều tra, truy tố, xét xử các vụ án mại dâm.",
    "IV. KINH PHÍ",
    "- Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí cấp cho Sở Lao động - Thương binh và Xã hội.",
    "- Các sở, ngành, Ủy ban nhân dân quận, huyện chủ động sử dụng kinh phí được giao.",
    "V. TỔ CHỨC THỰC HIỆN",
    "Giao Sở Lao động - Thương binh và Xã hội theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.",
]


def test_agency_clause_with_dash_items_and_clause_without_items():
    _, bodies, tasks = run(PLAN)
    sld = next(b.name for b in bodies if b.name.startswith("Sở Lao động"))
    clause1 = [t for t in tasks if t.section and t.section.startswith("III.1")]
    assert [t.lead for t in clause1] == [sld] * 3
    assert all(t.source == "clause" for t in clause1)
    assert clause1[0].text.startswith("Chủ trì, phối hợp")
    assert clause1[0].deadline is not None and clause1[0].deadline.date == "2019-12-31"
    assert clause1[0].partners == [next(b.name for b in bodies if "quận, huyện" in b.name)]
    # "Chỉ đạo X …" under agency A: A leads; "Phối hợp với X" as an item: A leads, X partners
    assert clause1[1].lead == sld
    assert clause1[2].lead == sld and clause1[2].partners == ["Sở Y tế"]
    clause2 = [t for t in tasks if t.section == "III.2"]
    assert len(clause2) == 1 and clause2[0].lead == "Sở Tư pháp"
    assert clause2[0].text.startswith("Phối hợp với Sở Lao động")


def test_clause_naming_two_bodies_gives_one_task_each():
    _, _, tasks = run(PLAN)
    leads = [t.lead for t in tasks if t.section == "III.3"]
    assert leads == ["Viện Kiểm sát nhân dân thành phố", "Tòa án nhân dân thành phố"]


def test_measures_without_body_and_funding_source_are_not_tasks():
    _, _, tasks = run(PLAN)
    assert not [t for t in tasks if t.section and t.section.split(".")[0] in ("I", "II")]
    iv = [t for t in tasks if t.section and t.section.startswith("IV")]
    assert len(iv) == 1 and "chủ động sử dụng kinh phí" in iv[0].text
    assert "quận, huyện" in iv[0].lead
    v = [t for t in tasks if t.section and t.section.startswith("V")]
    assert len(v) == 1 and v[0].lead.startswith("Sở Lao động") and v[0].source == "sentence"


def test_sentence_with_lead_partners_and_deadline():
    _, bodies, tasks = run([
        "Về hoàn thiện việc xây dựng thí điểm mô hình hỗ trợ người lao động, Sở LĐTB&XH chủ trì "
        "phối hợp với các sở, ban, ngành, đoàn thể, UBND quận Ba Đình, Cầu Giấy triển khai mô hình "
        "trước 15/12/2018."])
    assert len(tasks) == 1
    t = tasks[0]
    assert t.lead == next(b.name for b in bodies if "LĐTB" in b.name or "Lao động" in b.name)
    assert t.partners == ["Ủy ban nhân dân quận Ba Đình", "Ủy ban nhân dân quận Cầu Giấy"]
    assert t.deadline.date == "2018-12-15" and t.source == "sentence" and t.section is None


def test_de_nghi_makes_the_requested_body_the_lead():
    _, bodies, tasks = run([
        "Sở LĐTB&XH đề nghị Công an thành phố tích cực chỉ đạo các cơ quan chuyên môn và công an "
        "các cấp hoàn thành chỉ tiêu của thành phố giao trước ngày 31/12/2018.",
        "Sở LĐTB&XH, Công an thành phố, Sở Văn hóa và Thể thao thẩm định hồ sơ và đề nghị UBND "
        "thành phố khen các xã, phường, thị trấn, trước 15/12/2018."])
    sld = next(b.name for b in bodies if "Sở LĐTB&XH" in b.aliases)
    # the second sentence opens with three bodies as its joint subject: each gets the task
    # (co-leads, as the real-set annotators count them; "UBND thành phố" is asked, no lead)
    assert [(t.lead, t.deadline.date) for t in tasks] == [
        ("Công an thành phố", "2018-12-31"), (sld, "2018-12-15"), ("Công an thành phố", "2018-12-15"),
        ("Sở Văn hóa và Thể thao", "2018-12-15")]


def test_giao_makes_the_given_body_the_lead():
    _, bodies, tasks = run([
        "Ủy ban nhân dân thành phố giao Công an thành phố phối hợp với Sở Y tế kiểm tra, xử lý cơ sở vi phạm.",
        "Giao phòng Quản lý Công nghiệp triển khai kiểm tra an toàn hóa chất trước ngày 30/6/2024."])
    assert [t.lead for t in tasks] == ["Công an thành phố", "Phòng Quản lý Công nghiệp"]
    assert tasks[0].partners == ["Sở Y tế"]
    assert tasks[1].deadline.date == "2024-06-30"
    assert "Ủy ban nhân dân thành phố" not in [b.name for b in bodies]


def test_paragraph_cut_by_a_page_break_is_one_task():
    _, _, tasks = run([
        "Công an thành phố chỉ đạo các đơn vị xử lý dứt điểm tình trạng người bán dâm hoạt động công khai",
        "tại nơi công cộng; đồng thời kiểm tra, xử lý vi phạm."])
    assert len(tasks) == 1 and tasks[0].text.endswith("xử lý vi phạm.")


def test_task_table_with_reordered_and_renamed_headers():
    rows = [
        ["TT", "Đơn vị chủ trì", "Nội dung công việc", "Tiến độ", "Đơn vị phối hợp"],
        ["I", "", "Công tác tuyên truyền", "", ""],
        ["1", "Sở Công Thương", "Tuyên truyền về an toàn hóa chất", "Trước ngày 30/6/2024", "Sở Y tế"],
        ["2", "Công an tỉnh", "Kiểm tra các cơ sở kinh doanh", "Quý III/2024", "Sở Công Thương, Sở Tư pháp"],
        ["3", "Sở Tài nguyên và Môi trường", "Số hóa hồ sơ đất đai", "Năm 2024", "Văn phòng Đăng ký đất đai"],
    ]
    paras = ["KẾ HOẠCH", "Triển khai nhiệm vụ năm 2024", "Các nhiệm vụ cụ thể như sau:"]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                paras.append((cell, {"kind": "cell", "table": (0, r, c)}))
    doc, bodies, tasks = run(paras, blank=False)
    table = [t for t in tasks if t.source == "table"]
    assert [t.text for t in table] == ["Tuyên truyền về an toàn hóa chất", "Kiểm tra các cơ sở kinh doanh",
                                       "Số hóa hồ sơ đất đai"]
    assert [t.lead for t in table] == ["Sở Công Thương", "Công an tỉnh", "Sở Tài nguyên và Môi trường"]
    # a name alone in a cell runs to the cell's end through its lower-case words
    assert table[2].partners == ["Văn phòng Đăng ký đất đai"]
    assert table[0].partners == ["Sở Y tế"]
    assert table[1].partners == ["Sở Công Thương", "Sở Tư pháp"]
    assert table[0].deadline.date == "2024-06-30"
    assert {"lead", "partner"} <= set(next(b for b in bodies if b.name == "Sở Công Thương").roles)


def test_pipe_table_in_text():
    doc, _, tasks = run([
        "STT | Nhiệm vụ | Thời hạn | Cơ quan chủ trì | Cơ quan phối hợp",
        "1 | Xây dựng cơ sở dữ liệu | Trước ngày 31/12/2024 | Sở Thông tin và Truyền thông | Sở Nội vụ",
    ], blank=False)
    assert [(t.lead, t.source, t.deadline.date) for t in tasks] == [
        ("Sở Thông tin và Truyền thông", "table", "2024-12-31")]
    assert tasks[0].partners == ["Sở Nội vụ"]


def test_trailing_lead_line_governs_the_block_above():
    _, _, tasks = run([
        "II. NHIỆM VỤ",
        "1. Tuyên truyền về an toàn thực phẩm",
        "- Tổ chức hội nghị tập huấn cho các hộ kinh doanh.",
        "- Phát hành tờ rơi, áp phích tại các chợ.",
        "Cơ quan chủ trì: Sở Công Thương; cơ quan phối hợp: Sở Y tế.",
        "Thời gian hoàn thành: trước ngày 30/9/2024.",
        "2. Kiểm tra các cơ sở kinh doanh",
        "Cơ quan chủ trì: Công an tỉnh.",
    ])
    assert [(t.lead, t.text[:12]) for t in tasks] == [
        ("Sở Công Thương", "Tổ chức hội "), ("Sở Công Thương", "Phát hành tờ"),
        ("Công an tỉnh", "2. Kiểm tra ")]
    assert tasks[0].partners == ["Sở Y tế"]
    assert tasks[0].deadline.date == "2024-09-30"


def test_sample_letter_tasks(samples):
    plan = khparse.parse(samples / "seed004.txt")
    leads = [t.lead for t in plan.tasks]
    assert len(leads) == 11
    assert leads[0] == "Các cơ quan, đơn vị thuộc UBND huyện"  # "Thủ trưởng các cơ quan, đơn vị, địa phương"
    assert leads.count("UBND các xã, thị trấn") == 6
    names = {b.name for b in plan.bodies}
    assert set(leads) <= names


def test_label_lines_under_a_numbered_task():
    _, _, tasks = run([
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Xây dựng cơ sở dữ liệu về doanh nghiệp",
        "- Cơ quan chủ trì: Sở Kế hoạch và Đầu tư.",
        "- Cơ quan phối hợp: Sở Tài chính, Cục Thuế tỉnh.",
        "- Thời gian hoàn thành: trước ngày 30/6/2024.",
        "2. Rà soát thủ tục hành chính",
        "a) Rà soát, đơn giản hóa thủ tục đăng ký đầu tư.",
        "b) Công khai thủ tục trên Cổng dịch vụ công.",
        "Đơn vị thực hiện: Văn phòng UBND tỉnh.",
    ], blank=False)
    assert [(t.lead, t.section) for t in tasks] == [
        ("Sở Kế hoạch và Đầu tư", "II.1"), ("Văn phòng UBND tỉnh", "II.2.a"), ("Văn phòng UBND tỉnh", "II.2.b")]
    assert tasks[0].text == "1. Xây dựng cơ sở dữ liệu về doanh nghiệp"
    assert tasks[0].partners == ["Sở Tài chính", "Cục Thuế tỉnh"]
    assert tasks[0].deadline.date == "2024-06-30"


def test_heading_that_only_names_bodies_is_an_agency_clause():
    doc = make_doc(["KẾ HOẠCH", "Phát triển du lịch năm 2024", "I. TỔ CHỨC THỰC HIỆN",
                    "1. Kho bạc Nhà nước tỉnh", "- Kiểm soát chi kinh phí thực hiện Kế hoạch.",
                    "- Phối hợp với Sở Tài chính hướng dẫn thanh quyết toán."], blank=False)
    outline = build_outline(doc)
    for sec in outline.all_sections():      # as if the sectioner had not tagged the agency
        object.__setattr__(sec, "agency", None)
    tasks = tx.extract(doc, outline, bx.analyze(doc, outline, DocumentInfo(), []), [])
    assert [(t.lead, t.section) for t in tasks] == [("Kho bạc Nhà nước tỉnh", "I.1.1"),
                                                   ("Kho bạc Nhà nước tỉnh", "I.1.2")]
    assert tasks[1].partners == ["Sở Tài chính"]


def test_two_sentences_with_two_subject_bodies_give_two_tasks():
    _, _, tasks = run([
        "Điều 2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với UBND huyện Đak Pơ tổ chức lớp bồi dưỡng "
        "trước ngày 15/8/2025. Sở Nội vụ thẩm định biên chế giáo viên theo quy định. Sở Nội vụ báo cáo kết quả.",
    ])
    assert [(t.lead, t.deadline and t.deadline.date) for t in tasks] == [
        ("Sở Giáo dục và Đào tạo", "2025-08-15"), ("Sở Nội vụ", None)]
    assert tasks[0].text.endswith("trước ngày 15/8/2025.")
    assert tasks[1].text.startswith("Sở Nội vụ thẩm định") and tasks[1].text.endswith("báo cáo kết quả.")


def test_execution_clause_gives_each_named_body_a_task_and_catch_alls_none():
    _, bodies, tasks = run([
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Công Thương, Tài chính; Chủ tịch UBND các huyện "
        "và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ])
    # issue #10: every named co-lead carries out the decision; "Thủ trưởng các cơ quan liên
    # quan" names no body
    assert [t.lead for t in tasks] == ["Văn phòng UBND tỉnh", "Sở Công Thương", "Sở Tài chính",
                                       "Ủy ban nhân dân các huyện"]
    assert {"Sở Công Thương", "Sở Tài chính"} <= {b.name for b in bodies}


def test_lead_cell_with_two_agencies_separated_by_semicolon():
    rows = [
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"],
        ["1", "Kiểm tra vệ sinh trường học", "Phòng Giáo dục và Đào tạo; Trung tâm Y tế huyện",
         "UBND các xã", "Trước 30/9/2025", ""],
    ]
    paras = ["KẾ HOẠCH", "Y tế trường học năm 2025"]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                paras.append((cell, {"kind": "cell", "table": (0, r, c)}))
    _, bodies, tasks = run(paras, blank=False)
    (task,) = [t for t in tasks if t.source == "table"]
    assert task.lead == "Phòng Giáo dục và Đào tạo"
    assert task.partners[0] == "Trung tâm Y tế huyện" and len(task.partners) == 2
    assert "Trung tâm Y tế huyện" in {b.name for b in bodies}


def test_capitalized_cac_lead_in_opens_a_clause_of_dash_tasks():
    # "2. Các … :" (capital C) heads its dashes like "2. Sở X:"; here a class of Đoàn units
    _, bodies, tasks = run([
        "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2026",
        "I. TỔ CHỨC THỰC HIỆN",
        "1. Ban Tổ chức Tỉnh Đoàn:",
        "- Hướng dẫn các đơn vị kiện toàn đội hình thanh niên xung kích.",
        "2. Các thị đoàn, huyện đoàn, đoàn trực thuộc:",
        "- Đăng ký công trình thanh niên, gửi về Ban Tổ chức trước ngày 10/3/2026.",
        "- Tổ chức ra quân đồng loạt tại địa phương.",
    ])
    units = [t for t in tasks if t.section and t.section.startswith("I.2")]
    assert len(units) == 2 and all(t.source == "clause" for t in units)
    assert units[0].lead == units[1].lead and "huyện đoàn" in units[0].lead
    assert units[0].deadline is not None and units[0].deadline.date == "2026-03-10"
    assert [t.lead for t in tasks if t.section == "I.1.1"] == ["Ban Tổ chức Tỉnh Đoàn"]


def test_blank_lead_cell_continues_the_row_above():
    # a merged (docx) or empty (pipe/tab export) "Chủ trì" cell means "same as above"
    rows = [
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "Nạo vét kênh tiêu thoát nước", "Phòng Nông nghiệp và Phát triển nông thôn", "Trước ngày 31/5/2025"],
        ["2", "Gia cố đê bao xung yếu", "", "Trước ngày 30/6/2025"],
    ]
    paras = ["KẾ HOẠCH", "Phòng, chống thiên tai năm 2025", "Các nhiệm vụ cụ thể như sau:"]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                paras.append((cell, {"kind": "cell", "table": (0, r, c)}))
    _, _, tasks = run(paras, blank=False)
    table = [t for t in tasks if t.source == "table"]
    assert [(t.lead, t.deadline.date) for t in table] == [
        ("Phòng Nông nghiệp và Phát triển nông thôn", "2025-05-31"),
        ("Phòng Nông nghiệp và Phát triển nông thôn", "2025-06-30")]
    _, _, tasks = run([
        "STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn",
        "1 | Cập nhật bản đồ số | Sở Xây dựng | Trước ngày 30/9/2025",
        "2 | Công bố danh mục |  | Trước ngày 31/10/2025",
    ], blank=False)
    assert [t.lead for t in tasks] == ["Sở Xây dựng", "Sở Xây dựng"]


def test_position_before_body_in_letter_clauses_leads_each_clause():
    # a Công văn whose numbered paragraphs address office-holders: "Trưởng phòng X các huyện"
    # is the head of "phòng X …"; each paragraph's dashes belong to its own addressee
    doc, bodies, tasks = run([
        "Kính gửi:", "- Giám đốc các trung tâm giáo dục nghề nghiệp;",
        "- Trưởng phòng Lao động - Thương binh và Xã hội các huyện, thành phố.",
        "Sở Lao động - Thương binh và Xã hội đề nghị các đơn vị thực hiện một số nội dung sau:",
        "1. Hiệu trưởng các trường cao đẳng:",
        "- Rà soát chỉ tiêu tuyển sinh học nghề năm 2025.",
        "2. Trưởng phòng Lao động - Thương binh và Xã hội các huyện, thành phố:",
        "- Chỉ đạo các trường tiểu học, trung học cơ sở phối hợp tư vấn hướng nghiệp cho học sinh.",
        "- Tổng hợp danh sách lao động cần đào tạo, gửi về Sở trước ngày 20/3/2025.",
    ])
    lead2 = [t for t in tasks if t.section and t.section.startswith("2")]
    assert len(lead2) == 2 and len({t.lead for t in lead2}) == 1
    phong = next(b for b in bodies if b.name == lead2[0].lead)
    assert phong.name.startswith("Phòng Lao động")
    assert any(a.startswith("Trưởng phòng") for a in phong.aliases)
    assert lead2[1].deadline.date == "2025-03-20"
    lead1 = [t for t in tasks if t.section and t.section.startswith("1")]
    assert lead1 and lead1[0].lead != phong.name


# --- letters to one addressee: its requests are its tasks (issue #10 class 1) -------------
def _letter(tmp_path, addressee: str, body: list[str], closing: str = ""):
    text = "\n".join([
        "UBND TỈNH QUẢNG NGÃI", "SỞ XÂY DỰNG", "Số: 2157/SXD-QLXD",
        "Quảng Ngãi, ngày 03 tháng 9 năm 2025",
        "V/v thực hiện các yêu cầu sau nghiệm thu công trình",
        f"Kính gửi: {addressee}", ""] + body + [closing, "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                                                  "GIÁM ĐỐC", "Trần Văn Bình"])
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return khparse.parse(path)


def test_letter_items_under_a_request_to_the_addressee_are_its_tasks(tmp_path):
    plan = _letter(tmp_path, "Công ty TNHH Xây dựng Minh Phát", [
        "Ngày 20/8/2025, Sở Xây dựng nhận được hồ sơ đề nghị nghiệm thu của Công ty TNHH Xây dựng "
        "Minh Phát. Qua kiểm tra, Sở Xây dựng đề nghị Quý Công ty thực hiện các nội dung sau:",
        "1. Về hồ sơ hoàn công",
        "a) Bổ sung bản vẽ hoàn công phần móng.",
        "b) Ký, đóng dấu đầy đủ các biên bản nghiệm thu.",
        "2. Rà soát, hoàn thiện quy trình bảo trì công trình, gửi Sở trước ngày 30/9/2025.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị Công ty liên hệ Phòng Quản lý xây dựng.",
    ], "Đề nghị Công ty khẩn trương triển khai, báo cáo kết quả về Sở Xây dựng./.")
    got = [(t.text[:22], t.lead, t.deadline.date if t.deadline else None) for t in plan.tasks]
    assert got == [
        ("a) Bổ sung bản vẽ hoàn", "Công ty TNHH Xây dựng Minh Phát", None),
        ("b) Ký, đóng dấu đầy đủ", "Công ty TNHH Xây dựng Minh Phát", None),
        ("2. Rà soát, hoàn thiện", "Công ty TNHH Xây dựng Minh Phát", "2025-09-30"),
        ("Đề nghị Công ty khẩn t", "Công ty TNHH Xây dựng Minh Phát", None),
    ]
    assert not any("đề nghị Quý Công ty thực hiện các nội dung sau" in t.text for t in plan.tasks)


def test_a_line_wrap_inside_the_addressees_name_does_not_end_the_request(tmp_path):
    # a plain-text letter wrapped at a fixed width: the name runs on to a line that opens with
    # a capital, and the lead-in still announces the items below it
    firm = "Hợp tác xã Dịch vụ Nông nghiệp Tân Tiến"
    plan = _letter(tmp_path, firm, [
        "Căn cứ kết quả kiểm tra ngày 12/8/2025 tại kho phân bón của Hợp tác xã, để bảo đảm an",
        "toàn trong lưu trữ hàng hóa, Sở Xây dựng yêu cầu Hợp tác xã Dịch vụ Nông nghiệp",
        "Tân Tiến thực hiện các nội dung sau:",
        "1. Gia cố lại mái che khu vực kho số 2.",
        "2. Bố trí lối thoát nạn riêng cho khu vực chứa hàng.",
        "3. Lập sổ theo dõi nhập, xuất hàng hóa.",
    ])
    got = [(t.text[:14], t.lead) for t in plan.tasks]
    assert got == [("1. Gia cố lại ", firm), ("2. Bố trí lối ", firm), ("3. Lập sổ theo", firm)]


def test_a_list_of_bodies_wrapped_after_a_comma_stays_one_paragraph():
    # the second line opens with a capital, but it goes on the list the first line began
    _, _, tasks = run([
        "KẾ HOẠCH", "Bảo đảm an ninh khu vực biên giới năm 2026",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Nhiệm vụ chung",
        "- Tăng cường phối hợp giữa các lực lượng: Công an tỉnh,",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh và chính quyền cơ sở trong tuần tra, kiểm soát.",
        "2. Công an tỉnh: chủ trì tuần tra các đường mòn, lối mở.",
        "3. Bộ Chỉ huy Bộ đội Biên phòng tỉnh: chủ trì kiểm soát người qua lại biên giới.",
    ], blank=False)
    assert [t.text[:20] for t in tasks] == ["Tăng cường phối hợp ", "2. Công an tỉnh: chủ", "3. Bộ Chỉ huy Bộ đội"]
    assert tasks[0].text.endswith("trong tuần tra, kiểm soát.")


def test_a_report_part_recounting_work_done_gives_no_task_its_proposals_do(tmp_path):
    # "II. Những việc đã làm được" recounts who did what; the "Kiến nghị" part asks
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "HUYỆN SA PA", "Số: 88/BC-UBND", "Sa Pa, ngày 05 tháng 11 năm 2025",
        "BÁO CÁO", "Công tác phòng, chống thiên tai năm 2025",
        "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Lào Cai", "",
        "I. Đặc điểm tình hình",
        "Năm 2025 trên địa bàn huyện xảy ra 6 đợt mưa lớn.",
        "II. Những việc đã làm được",
        "- Phòng Kinh tế huyện tham mưu ban hành phương án ứng phó với bão, lũ.",
        "- Ban Chỉ huy Quân sự huyện chủ trì diễn tập cứu hộ tại 3 xã.",
        "III. Kiến nghị",
        "Ủy ban nhân dân huyện đề nghị Sở Nông nghiệp và Môi trường tỉnh Lào Cai hỗ trợ kinh phí "
        "sửa chữa kè suối Ngòi Đum.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Nam"])
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert [(t.lead, t.text[:26]) for t in plan.tasks] == [
        ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai", "Ủy ban nhân dân huyện đề n")]


def test_requests_numbered_in_brackets_under_a_lead_in_are_one_task_each(tmp_path):
    # "(1). …" items the outline does not hold; an unmarked paragraph goes with the item above it
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 312/BC-UBND", "Hà Giang, ngày 14 tháng 10 năm 2025",
        "BÁO CÁO", "Tình hình quản lý cát, sỏi lòng sông",
        "Kính gửi: Bộ Xây dựng", "",
        "1. Tình hình chung",
        "Trong năm 2025 tỉnh đã cấp 4 giấy phép khai thác cát.",
        "2. Kiến nghị",
        "Đề nghị Bộ Xây dựng:",
        "(1). Ban hành định mức hao hụt cát trong vận chuyển bằng đường thủy.",
        "Lý do: định mức hiện hành không sát thực tế.",
        "(2). Hướng dẫn cách xác định giá vật liệu san lấp.",
        "Ủy ban nhân dân tỉnh Hà Giang trân trọng báo cáo./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Sơn"])
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert [(t.lead, t.text[:12]) for t in plan.tasks] == [
        ("Bộ Xây dựng", "(1). Ban hàn"), ("Bộ Xây dựng", "(2). Hướng d")]
    assert "Lý do: định mức" in plan.tasks[0].text


def test_the_parts_of_an_appraisal_notice_that_describe_the_file_give_no_task(tmp_path):
    firm = "Công ty Cổ phần Thủy điện Nậm Mu"
    plan = _letter(tmp_path, firm, [
        "Sở Xây dựng thông báo kết quả thẩm định thiết kế kỹ thuật công trình như sau:",
        "I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH",
        "1. Tên công trình: Thủy điện Nậm Mu 2.",
        "2. Nhà thầu khảo sát: Công ty TNHH Tư vấn Xây dựng Bình Minh được Sở Kế hoạch và Đầu tư "
        "tỉnh Hà Giang cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu ngày 12/3/2015.",
        "II. HỒ SƠ TRÌNH THẨM ĐỊNH",
        "- Công ty Cổ phần Tư vấn Thiết kế Sông Đà: Giấy chứng nhận đăng ký doanh nghiệp số 0101234567 "
        "và chứng chỉ năng lực hoạt động xây dựng hạng I.",
        "III. KẾT LUẬN VÀ YÊU CẦU",
        "1. Hồ sơ đủ điều kiện trình phê duyệt.",
        "2. Đề nghị Công ty Cổ phần Thủy điện Nậm Mu hoàn thiện hồ sơ theo ý kiến thẩm định.",
    ])
    assert [(t.lead, t.text[:20]) for t in plan.tasks] == [(firm, "2. Đề nghị Công ty C")]


def test_dashes_that_quote_a_rule_stay_in_the_request_they_explain(tmp_path):
    # 2's dashes quote a decree: one request; 1 and 3 are requests of their own
    firm = "Công ty TNHH Khai thác đá Hồng Phát"
    plan = _letter(tmp_path, firm, [
        "Sở Nông nghiệp và Môi trường yêu cầu Công ty thực hiện các nội dung sau:",
        "1. Cắm mốc ranh giới khu vực khai thác.",
        "2. Lắp đặt trạm cân tại khu vực mỏ.",
        "- Điểm a khoản 3 Điều 42 Nghị định số 11/2025/NĐ-CP quy định: tổ chức khai thác phải lắp "
        "đặt trạm cân tại vị trí vận chuyển khoáng sản ra khỏi mỏ.",
        "- Dữ liệu của trạm cân được lưu giữ tối thiểu 05 năm.",
        "- Trạm cân phải được kiểm định theo quy định về đo lường.",
        "3. Nộp báo cáo định kỳ hoạt động khai thác khoáng sản.",
    ])
    got = [(t.lead, t.text[:14]) for t in plan.tasks]
    assert got == [(firm, "1. Cắm mốc ran"), (firm, "2. Lắp đặt trạ"), (firm, "3. Nộp báo cáo")]
    assert plan.tasks[1].text.endswith("theo quy định về đo lường.")


def test_a_name_wrapped_after_cua_owns_a_form_and_leads_no_task(tmp_path):
    # "… theo mẫu của Bộ trưởng\nBộ Y tế;": the line was wrapped after "Bộ trưởng", and the
    # ministry only issued the form; the requests stay the addressee's
    firm = "Công ty TNHH Dược phẩm Hoàng Long"
    plan = _letter(tmp_path, firm, [
        "Sở Y tế thông báo kết quả kiểm tra như sau:",
        "1. Kết quả kiểm tra",
        "Công ty chưa lập sổ theo dõi xuất, nhập thuốc.",
        "2. Yêu cầu đối với Công ty",
        "2.1. Lập sổ theo dõi thuốc.",
        "a) Sổ theo dõi xuất, nhập thuốc.",
        "b) Hồ sơ gồm: phiếu xuất kho, phiếu nhập kho theo mẫu của Bộ trưởng",
        "Bộ Y tế;",
        "- Lưu giữ sổ tối thiểu 02 năm.",
        "2.2. Bố trí người phụ trách chuyên môn có chứng chỉ hành nghề dược.",
    ])
    assert plan.tasks and {t.lead for t in plan.tasks} == {firm}
    assert not any(t.text.startswith("Bộ Y tế") for t in plan.tasks)


def test_a_request_inside_a_titled_item_is_that_items_the_one_after_the_list_is_its_own(tmp_path):
    firm = "Hợp tác xã Vận tải Thành Đạt"
    plan = _letter(tmp_path, firm, [
        "Qua thẩm định, hồ sơ chưa đủ điều kiện. Sở Xây dựng trả lại hồ sơ và đề nghị Hợp tác xã "
        "hoàn thiện các nội dung sau:",
        "1. Bổ sung danh sách phương tiện",
        "Danh sách hiện có 12 xe nhưng chỉ nộp 10 giấy đăng ký.",
        "Đề nghị Hợp tác xã bổ sung đủ giấy đăng ký của 12 xe.",
        "2. Thống nhất tên người điều hành vận tải",
        "Đơn đề nghị ghi ông Lê Văn Hòa, phương án kinh doanh ghi ông Lê Văn Hóa; đề nghị Hợp tác xã "
        "ghi thống nhất theo căn cước công dân.",
        "Sau khi hoàn thiện các nội dung trên, đề nghị Hợp tác xã nộp lại hồ sơ qua Cổng dịch vụ công.",
    ])
    got = [t.text[:22] for t in plan.tasks]
    assert got == ["1. Bổ sung danh sách p", "2. Thống nhất tên ngườ", "Sau khi hoàn thiện các"]
    assert {t.lead for t in plan.tasks} == {firm}


def test_the_workplace_line_of_a_named_person_is_no_agency_clause():
    _, _, tasks = run([
        "QUYẾT ĐỊNH", "Về việc công nhận kết quả sát hạch an toàn điện",
        "Điều 1. Công nhận kết quả sát hạch cho các ông có tên sau:",
        "1. Ông Trần Văn Phúc",
        "a) Đơn vị công tác: Công ty TNHH Điện lực Hòa Bình, địa chỉ: phường Tân Thịnh.",
        "b) Kết quả: Đạt.",
        "Điều 2. Chánh Văn phòng Sở, Trưởng phòng Quản lý năng lượng và ông Trần Văn Phúc căn cứ "
        "Quyết định thi hành.",
    ])
    assert tasks and not any(t.lead == "Đơn vị công tác" or t.text.startswith("a) Đơn vị") for t in tasks)


def test_letter_to_a_class_of_bodies_and_a_requirements_heading(tmp_path):
    plan = _letter(tmp_path, "Các cơ sở kinh doanh xăng dầu trên địa bàn tỉnh", [
        "Thực hiện chỉ đạo của UBND tỉnh về bảo đảm an toàn phòng cháy, chữa cháy, Sở Xây dựng "
        "thông báo kết quả kiểm tra như sau:",
        "1. Kết quả kiểm tra",
        "- Có 12 cơ sở chưa trang bị đủ bình chữa cháy.",
        "2. Yêu cầu đối với các cơ sở",
        "- Trang bị đủ phương tiện chữa cháy tại chỗ.",
        "- Tổ chức huấn luyện nghiệp vụ cho người lao động.",
    ])
    lead = "Các cơ sở kinh doanh xăng dầu trên địa bàn tỉnh"
    assert [(t.text[:18], t.lead) for t in plan.tasks] == [
        ("Trang bị đủ phương", lead), ("Tổ chức huấn luyện", lead)]


def test_letter_announcing_its_own_schedule_or_addressed_to_an_agency_gives_no_firm_task(tmp_path):
    plan = _letter(tmp_path, "Công ty cổ phần Thủy điện Sông Trà", [
        "Sở Xây dựng thông báo kế hoạch kiểm tra công trình như sau:",
        "1. Thời gian kiểm tra: ngày 15/9/2025.",
        "2. Địa điểm: tại hiện trường công trình.",
    ])
    assert plan.tasks == []
    plan = _letter(tmp_path, "Sở Tài chính tỉnh Quảng Ngãi", [
        "Sở Xây dựng nhận được văn bản của Công ty cổ phần Thủy điện Sông Trà; đề nghị Công ty "
        "hoàn thiện hồ sơ theo quy định.",
    ])
    assert all(t.lead != "Sở Tài chính tỉnh Quảng Ngãi" for t in plan.tasks)


def test_agency_clause_inside_a_results_part_states_results_not_work():
    _, _, tasks = run([
        "BÁO CÁO", "Kết quả kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
        "I. KẾT QUẢ KIỂM TRA",
        "1. Đối với Công ty TNHH Chế biến thực phẩm An Khang:",
        "- Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm: còn hiệu lực.",
        "- Sổ kiểm thực ba bước: đã lập đầy đủ.",
        "II. KIẾN NGHỊ",
        "1. Sở Y tế:",
        "- Tăng cường kiểm tra đột xuất các bếp ăn tập thể trong khu công nghiệp.",
    ])
    assert [(t.lead, t.text[:20]) for t in tasks] == [("Sở Y tế", "Tăng cường kiểm tra ")]


def test_a_request_written_out_in_a_results_part_is_still_a_task():
    _, _, tasks = run([
        "BÁO CÁO", "Kết quả kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
        "I. KẾT QUẢ KIỂM TRA",
        "1. Đối với Công ty TNHH Chế biến thực phẩm An Khang:",
        "- Sổ kiểm thực ba bước: chưa ghi chép đầy đủ.",
        "Do đó, Đoàn kiểm tra đề nghị Công ty TNHH Chế biến thực phẩm An Khang bổ sung sổ kiểm thực "
        "trước ngày 15/11/2025.",
        "2. Đối với Công ty cổ phần May Tiến Thành: đã thực hiện đầy đủ các quy định.",
    ])
    assert [(t.lead, t.deadline.date if t.deadline else None) for t in tasks] == [
        ("Công ty TNHH Chế biến thực phẩm An Khang", "2025-11-15")]


def test_a_task_keeps_every_deadline_it_sets():
    _, _, tasks = run([
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Giao thông vận tải:",
        "- Tổng hợp kết quả 6 tháng gửi Ủy ban nhân dân tỉnh trước ngày 15/6/2025 và báo cáo năm "
        "trước ngày 10/12/2025.",
    ])
    (t,) = tasks
    assert [d.date for d in t.deadlines] == ["2025-06-15", "2025-12-10"]
    assert t.deadline == t.deadlines[0]


def test_execution_clause_gives_every_named_body_the_task():
    _, _, tasks = run([
        "QUYẾT ĐỊNH", "Về việc thành lập Tổ thẩm định hồ sơ cấp phép hành nghề dược",
        "Điều 1. Thành lập Tổ thẩm định hồ sơ cấp phép hành nghề dược năm 2025.",
        "Điều 2. Giao Bệnh viện Đa khoa tỉnh bố trí địa điểm làm việc cho Tổ thẩm định.",
        "Điều 3. Quyết định có hiệu lực kể từ ngày ký.",
        "Điều 4. Chánh Văn phòng Sở Y tế, Giám đốc Trung tâm Kiểm nghiệm tỉnh, Giám đốc Bệnh viện Đa khoa "
        "tỉnh và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ])
    leads = [t.lead for t in tasks if "thi hành Quyết định này" in t.text]
    # the hospital, given work of its own in Điều 2, is named again and carries out the whole
    # decision too; "các cá nhân có liên quan" names no body
    assert leads == ["Văn phòng Sở Y tế", "Trung tâm Kiểm nghiệm tỉnh", "Bệnh viện Đa khoa tỉnh"]
    assert [t.lead for t in tasks if t.text.startswith("Điều 2")] == ["Bệnh viện Đa khoa tỉnh"]


def test_execution_clause_without_responsibility_words_gives_the_named_bodies_the_task():
    # "… căn cứ Quyết định thi hành" and "… thi hành Quyết định này" close a decision as
    # "chịu trách nhiệm thi hành Quyết định này" does
    for closing in ("căn cứ Quyết định thi hành.", "thi hành Quyết định này./."):
        _, _, tasks = run([
            "QUYẾT ĐỊNH", "Về việc công nhận kết quả sát hạch lái xe nâng hàng",
            "Điều 1. Công nhận 24 học viên đạt kết quả sát hạch (có danh sách kèm theo).",
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Thanh tra Sở Giao thông vận tải, Giám đốc Trung tâm Đăng kiểm tỉnh và các "
            "học viên có tên tại Điều 1 " + closing,
        ])
        assert [t.lead for t in tasks] == ["Thanh tra Sở Giao thông vận tải", "Trung tâm Đăng kiểm tỉnh"], closing


def test_closing_urge_to_one_addressee_is_no_task_but_a_request_with_more_work_is():
    _, _, tasks = run([
        "Kính gửi: Trung tâm Y tế huyện Mường Khương",
        "Sở Y tế đề nghị Trung tâm tổ chức tiêm bổ sung vắc xin sởi cho trẻ dưới 5 tuổi trong tháng 9.",
        "Đề nghị Trung tâm quan tâm, phối hợp thực hiện đúng thời hạn nêu trên./.",
    ])
    assert [t.text[:26] for t in tasks] == ["Sở Y tế đề nghị Trung tâm "]


def test_execution_clause_worded_can_cu_quyet_dinh_thi_hanh():
    _, _, tasks = run([
        "QUYẾT ĐỊNH", "Về việc cấp chứng chỉ hành nghề kiến trúc",
        "Điều 1. Cấp chứng chỉ hành nghề kiến trúc cho 12 cá nhân có tên trong danh sách kèm theo.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        "Điều 3. Trưởng phòng Quy hoạch - Kiến trúc, Giám đốc Trung tâm Phục vụ hành chính công tỉnh "
        "và các cá nhân có tên tại Điều 1 căn cứ Quyết định này thi hành./.",
    ])
    assert [t.lead for t in tasks if t.text.startswith("Điều 3")] == [
        "Phòng Quy hoạch - Kiến trúc", "Trung tâm Phục vụ hành chính công tỉnh"]


def test_notice_without_kinh_gui_asks_the_bodies_named_above(tmp_path):
    text = "\n".join([
        "UBND HUYỆN BẢO THẮNG", "PHÒNG Y TẾ", "Số: 118/TB-PYT", "Bảo Thắng, ngày 12 tháng 10 năm 2025",
        "THÔNG BÁO", "Kết luận kiểm tra an toàn thực phẩm tại bếp ăn tập thể",
        "Thực hiện Kế hoạch số 45/KH-PYT ngày 02/9/2025, Đoàn kiểm tra đã làm việc tại bếp ăn của "
        "Trường Tiểu học Kim Đồng; Công ty TNHH May Hòa Bình và Công ty TNHH Thực phẩm Sao Mai.",
        "1. Kết quả kiểm tra",
        "- Các bếp ăn đã có giấy chứng nhận đủ điều kiện an toàn thực phẩm.",
        "2. Yêu cầu",
        "Phòng Y tế đề nghị các đơn vị nêu trên thực hiện những nội dung sau:",
        "- Lưu mẫu thức ăn đủ 24 giờ theo quy định.",
        "- Bổ sung hồ sơ nguồn gốc nguyên liệu trước ngày 30/10/2025.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TRƯỞNG PHÒNG", "Lê Thị Hạnh"])
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    named = {"Trường Tiểu học Kim Đồng", "Công ty TNHH May Hòa Bình", "Công ty TNHH Thực phẩm Sao Mai"}
    assert [t.text[:20] for t in plan.tasks] == ["Lưu mẫu thức ăn đủ 2", "Bổ sung hồ sơ nguồn "]
    assert {t.lead for t in plan.tasks} <= named and plan.tasks[1].deadline.date == "2025-10-30"
    assert {b.name for b in plan.bodies if "addressee" in b.roles} == named
    # the same words with nothing named above ask nobody
    named_list = "Trường Tiểu học Kim Đồng; Công ty TNHH May Hòa Bình và Công ty TNHH Thực phẩm Sao Mai"
    path.write_text(text.replace(named_list, "ba trường học trên địa bàn"), encoding="utf-8")
    assert khparse.parse(path).tasks == []


def test_refusal_letter_asks_through_a_purpose_clause_or_a_condition_on_resubmitting(tmp_path):
    firm = "Công ty TNHH Dịch vụ Môi trường Thành Công"
    plan = _letter(tmp_path, firm, [
        "Sở Xây dựng nhận được hồ sơ đề nghị cấp giấy phép của Công ty. Hồ sơ chưa đủ điều kiện.",
        "Sở Xây dựng trả lại hồ sơ để Công ty TNHH Dịch vụ Môi trường, Thành Công tổ chức lập lại báo cáo "
        "đánh giá tác động môi trường theo quy định.",
        "Trường hợp Công ty vẫn có nhu cầu cấp phép, đề nghị Công ty nộp lại hồ sơ qua Cổng dịch vụ công.",
        "Trong quá trình thực hiện, trường hợp có vướng mắc, đề nghị Công ty liên hệ Phòng Quản lý xây dựng.",
    ], "Sở Xây dựng thông báo để Công ty biết và thực hiện./.")
    assert [(t.text[:28], t.lead) for t in plan.tasks] == [
        ("Sở Xây dựng trả lại hồ sơ để", firm), ("Trường hợp Công ty vẫn có nh", firm)]
    plan = _letter(tmp_path, firm, [
        "Hồ sơ của Công ty không đáp ứng điều kiện về năng lực chuyên môn.",
        "Sở Xây dựng thông báo để Công ty được biết, khẩn trương bố trí cán bộ có chứng chỉ phù hợp.",
    ])
    assert [t.text[:30] for t in plan.tasks] == ["Sở Xây dựng thông báo để Công "]
    plan = _letter(tmp_path, firm, ["Hồ sơ của Công ty không đáp ứng điều kiện về năng lực chuyên môn."],
                   "Sở Xây dựng thông báo để Công ty được biết./.")
    assert plan.tasks == []


def _with_type(paras, doc_type, deadlines):
    doc = make_doc(paras)
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(), [], identity.read(doc, outline, []).addressees)
    return tx.extract(doc, outline, analysis, deadlines(doc.text), doc_type)


def test_a_letters_one_dated_limit_governs_its_requests():
    paras = [
        "Kính gửi: Công ty TNHH Thủy điện Nậm Xây",
        "Sở Công Thương thông báo kế hoạch kiểm tra an toàn đập thủy điện Nậm Xây như sau:",
        "1. Thời gian kiểm tra: 08 giờ 30 ngày 15/10/2026.",
        "2. Đề nghị Công ty TNHH Thủy điện Nậm Xây chuẩn bị hồ sơ quan trắc, quy trình vận hành hồ chứa "
        "và cử lãnh đạo làm việc với Đoàn kiểm tra.",
    ]

    def on_day(text):
        i = text.index("ngày 15/10/2026")
        return [Deadline(date="2026-10-15", kind="on", text=text[i:i + 15], span=(i, i + 15))]

    (t,) = _with_type(paras, "Công văn", on_day)
    assert t.lead == "Công ty TNHH Thủy điện Nậm Xây" and t.deadline.date == "2026-10-15"
    # a plan's dated event does not date its other work; nor does a letter with two limits
    (t,) = _with_type(paras, "Kế hoạch", on_day)
    assert t.deadline is None

    def two_days(text):
        return on_day(text) + [Deadline(date="2026-10-30", kind="before", text="ngày 30/10/2026",
                                        span=(0, 15))]

    (t,) = _with_type(paras, "Công văn", two_days)
    assert t.deadline is None

    def day_and_month(text):   # a month ("dự kiến trong tháng 11/2026") is a span, not a second day
        return on_day(text) + [Deadline(date="2026-11", kind="during", text="trong tháng 11/2026", span=(0, 10))]

    (t,) = _with_type(paras, "Công văn", day_and_month)
    assert t.deadline.date == "2026-10-15"

    def term_end(text):   # "… có giá trị đến ngày …": a validity, no day the work is due
        return [Deadline(date="2026-10-15", kind="before", text="có giá trị đến ngày 15/10/2026", span=(0, 10))]

    (t,) = _with_type(paras, "Công văn", term_end)
    assert t.deadline is None


def test_the_chair_of_a_scheduled_meeting_is_a_task_of_that_body():
    paras = [
        "Kính gửi: Ủy ban nhân dân xã Nậm Lúc",
        "Nhằm tháo gỡ vướng mắc trong giải phóng mặt bằng dự án đường vào trung tâm xã, Sở Giao thông "
        "vận tải tổ chức buổi làm việc như sau:",
        "1. Chủ trì: Lãnh đạo Sở Giao thông vận tải.",
        "2. Thời gian: 14 giờ 00 ngày 20/10/2026.",
        "3. Đề nghị Ủy ban nhân dân xã Nậm Lúc chuẩn bị báo cáo tiến độ bồi thường, gửi về Sở trước "
        "ngày 20/10/2026.",
    ]

    def days(text):
        out = []
        for m in re.finditer(r"(?:trước )?ngày 20/10/2026", text):
            out.append(Deadline(date="2026-10-20", kind="before" if m.group(0).startswith("trước") else "on",
                                text=m.group(0), span=m.span()))
        return out

    tasks = _with_type(paras, "Công văn", days)
    got = [(t.lead, t.deadline.date if t.deadline else None) for t in tasks]
    # the chair takes the meeting's day; the commune's report its own limit
    assert got == [("Sở Giao thông vận tải", "2026-10-20"), ("Ủy ban nhân dân xã Nậm Lúc", "2026-10-20")]
    assert tasks[0].text.startswith("1. Chủ trì")


def test_a_chair_line_under_a_block_of_work_leads_the_block():
    _, _, tasks = run([
        "KẾ HOẠCH", "Phòng, chống dịch sốt xuất huyết năm 2026",
        "III. NHIỆM VỤ",
        "1. Tổ chức chiến dịch diệt lăng quăng tại các khu dân cư.",
        "Chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh; phối hợp: Ủy ban nhân dân các huyện.",
    ])
    assert [(t.text[:10], t.lead) for t in tasks] == [("1. Tổ chức", "Trung tâm Kiểm soát bệnh tật tỉnh")]

def test_doi_voi_heading_names_the_lead_of_its_duties():
    # an inspection team's plan: "Đối với X:" assigns the items under it to X, whether X is a
    # named body, a class of bodies, the collective "đơn vị được thanh tra" or the team itself
    _, _, tasks = run([
        "KẾ HOẠCH", "Thanh tra việc chấp hành pháp luật về an toàn thực phẩm năm 2025",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Đối với Tổ thanh tra:",
        "- Tiến hành thanh tra đúng nội dung, thời hạn ghi trong Quyết định.",
        "2. Đối với đơn vị được thanh tra: Gửi báo cáo và hồ sơ liên quan cho Tổ thanh tra.",
        "3. Đối với các Sở, ngành: Cử cán bộ phối hợp khi được đề nghị.",
        "4. Đối với phòng cháy, chữa cháy: Bảo đảm lối thoát nạn tại các cơ sở.",
    ])
    assert [(t.section, t.lead) for t in tasks] == [
        ("III.1.1", "Tổ thanh tra"), ("III.2", "đơn vị được thanh tra"), ("III.3", "các Sở, ngành")]


def _run_issued(paras, issuer):
    doc = make_doc(paras)
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(issuer=issuer), [])
    return analysis.bodies, tx.extract(doc, outline, analysis, [])


def test_bare_chanh_van_phong_in_execution_clause_is_the_issuers_office():
    # "Chánh Văn phòng" with nothing after it heads the issuer's own office
    paras = ["QUYẾT ĐỊNH:", "Điều 1. Phê duyệt danh mục dự án khuyến công năm 2025.",
             "Điều 2. Chánh Văn phòng, Giám đốc Sở Tài chính; Chủ tịch UBND các huyện căn cứ "
             "Quyết định thi hành./."]
    bodies, tasks = _run_issued(paras, "Ủy ban nhân dân tỉnh Gia Lai")
    office = next(b for b in bodies if b.name.startswith("Văn phòng"))
    assert office.name == "Văn phòng Ủy ban nhân dân tỉnh Gia Lai" and office.roles == ["assignee"]
    assert [t.lead for t in tasks] == [office.name, "Sở Tài chính", "Ủy ban nhân dân các huyện"]
    bodies, tasks = _run_issued(paras, "Sở Nông nghiệp và Môi trường tỉnh Gia Lai")
    assert tasks[0].lead.startswith("Văn phòng Sở Nông nghiệp và Môi trường")
    # a named office is read as printed, and an issuer without an office of its own gives none
    bodies, tasks = _run_issued(paras, "Trung tâm Khuyến công tỉnh Gia Lai")
    assert not any(b.name.startswith("Văn phòng") for b in bodies)


def test_an_appendix_laying_out_a_requested_report_gives_no_tasks():
    paras = ["Kính gửi: Ủy ban nhân dân huyện Mai Châu",
             "Đề nghị UBND huyện Mai Châu chuẩn bị báo cáo tình hình thực hiện dự án trước ngày 10/10/2026.",
             "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
             "GIÁM ĐỐC", "Nguyễn Văn Bình",
             "Phụ lục", "ĐỀ CƯƠNG BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ ÁN",
             "1. Ủy ban nhân dân huyện Mai Châu",
             "- Báo cáo tiến độ giải phóng mặt bằng.",
             "- Nêu rõ khó khăn, vướng mắc và đề xuất giải pháp."]
    doc, _, tasks = run(paras)
    appendix_at = doc.text.index("ĐỀ CƯƠNG")
    assert tasks and all(t.span[0] < appendix_at for t in tasks)
    # a data appendix of agency clauses that is no report outline still gives its tasks
    plan = paras[:7] + ["Phụ lục", "PHÂN CÔNG NHIỆM VỤ", "1. Ủy ban nhân dân huyện Mai Châu",
                        "- Rà soát hiện trạng sử dụng đất trong khu vực dự án."]
    doc, _, tasks = run(plan)
    assert any(t.span[0] > doc.text.index("PHÂN CÔNG") for t in tasks)


def test_duties_written_as_plain_paragraphs_are_one_task_each():
    # a department's plan whose clauses list duties as paragraphs with no dash (the bullets of a
    # Word list typed away): each paragraph is one duty; the closing summary belongs to none
    _, _, tasks = run([
        "KẾ HOẠCH", "Triển khai Luật Điện lực năm 2025",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kỹ thuật an toàn",
        "Làm đầu mối theo dõi việc triển khai Kế hoạch.",
        "Hướng dẫn các đơn vị điện lực rà soát hành lang an toàn lưới điện;",
        "Chủ trì kiểm tra an toàn điện tại các công trình trên địa bàn.",
        "2. Thanh tra Sở: Thanh tra việc chấp hành quy định về giá điện.",
        "Tổng hợp kết quả, báo cáo Giám đốc Sở.",
        "3. Văn phòng Sở",
        "Bố trí kinh phí thực hiện; phối hợp với các phòng tổ chức tập huấn cho:",
        "Cán bộ, công chức của Sở.",
        "4. Trung tâm Tiết kiệm năng lượng",
        "Tư vấn kiểm toán năng lượng cho các cơ sở sử dụng năng lượng trọng điểm.",
        "Các đơn vị sự nghiệp thuộc Sở thực hiện tiết kiệm 10% điện năng.",
        "Trên đây là Kế hoạch triển khai Luật Điện lực năm 2025 của Sở./.",
    ], blank=False)
    assert [(t.section, t.text.split()[0]) for t in tasks] == [
        ("III.1", "Làm"), ("III.1", "Hướng"), ("III.1", "Chủ"),
        ("III.2", "2."), ("III.2", "Tổng"), ("III.3", "Bố"), ("III.4", "Tư")]
    assert [t.lead for t in tasks] == ["Phòng Kỹ thuật an toàn"] * 3 + ["Thanh tra Sở"] * 2 + [
        "Văn phòng Sở", "Trung tâm Tiết kiệm năng lượng"]
    # a paragraph that leads in to the next, or that has a subject of its own ("Các đơn vị …"),
    # keeps the clause whole; the plan's closing summary is cut off
    assert tasks[-2].text.endswith("Cán bộ, công chức của Sở.")
    assert tasks[-1].text.endswith("tiết kiệm 10% điện năng.")


def _run_typed(paras, doc_type):
    doc = make_doc(paras)
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(), [])
    return tx.extract(doc, outline, analysis, [], doc_type=doc_type)


def test_duties_of_a_team_heading_gives_its_items_but_not_the_rights():
    # a decision setting up an inspection team: "Điều 2. Nhiệm vụ, quyền hạn của Tổ thanh tra"
    # lists the team's work; what it "được" / "có quyền" do is a right, no task
    tasks = _run_typed([
        "QUYẾT ĐỊNH:", "Điều 1. Thành lập Tổ thanh tra chuyên ngành an toàn thực phẩm gồm các ông, bà:",
        "1. Bà Lê Thị Hoa - Chánh Thanh tra Sở, Tổ trưởng;",
        "Điều 2. Nhiệm vụ, quyền hạn của Tổ thanh tra",
        "1. Xây dựng kế hoạch tiến hành thanh tra, trình Giám đốc Sở phê duyệt.",
        "2. Tổ thanh tra được sử dụng con dấu của Sở trong thời gian thanh tra.",
        "3. Báo cáo kết quả thanh tra với Giám đốc Sở trong 05 ngày làm việc.",
        "Điều 3. Chánh Văn phòng Sở, Chánh Thanh tra Sở chịu trách nhiệm thi hành Quyết định này./.",
    ], "Quyết định")
    assert [(t.section, t.lead) for t in tasks if t.section.startswith("2")] == [
        ("2.1", "Tổ thanh tra"), ("2.3", "Tổ thanh tra")]
    # a class of bodies after the same words is no one lead ("Trách nhiệm của các Sở, ngành")
    tasks = _run_typed([
        "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Đề án phát triển chợ giai đoạn 2026-2030.",
        "Điều 2. Trách nhiệm của các sở, ngành, địa phương",
        "- Sở Tài chính, Sở Xây dựng có trách nhiệm thẩm định vốn đầu tư các chợ hạng I.",
    ], "Quyết định")
    assert [t.lead for t in tasks] == ["Sở Tài chính", "Sở Xây dựng"]


def test_duties_of_the_investor_go_to_the_firm_the_decision_names_as_investor():
    tasks = _run_typed([
        "QUYẾT ĐỊNH:", "Điều 1. Chấp thuận nhà đầu tư thực hiện dự án Cụm công nghiệp Tân An, gồm:",
        "1. Nhà đầu tư",
        "Tên doanh nghiệp: Công ty TNHH Phát triển hạ tầng Tân An.",
        "2. Quy mô dự án: 50 ha.",
        "Điều 2. Tổ chức thực hiện",
        "1. Trách nhiệm của nhà đầu tư",
        "- Ký quỹ bảo đảm thực hiện dự án theo quy định.",
        "- Báo cáo tình hình thực hiện dự án định kỳ hằng quý.",
        "2. Sở Công Thương theo dõi, giám sát việc thực hiện dự án.",
        "Điều 3. Giám đốc Sở Công Thương, Giám đốc Công ty TNHH Phát triển hạ tầng Tân An chịu trách nhiệm "
        "thi hành Quyết định này./.",
    ], "Quyết định")
    firm = "Công ty TNHH Phát triển hạ tầng Tân An"
    assert [(t.section, t.lead) for t in tasks] == [
        ("2.1.1", firm), ("2.1.2", firm), ("2.2", "Sở Công Thương"), ("3", "Sở Công Thương"), ("3", firm)]


def test_bodies_named_jointly_each_get_the_task_in_a_news_article_the_first():
    paras = [
        "Điều 1. Phê duyệt phương án bảo đảm an ninh trật tự tại Cụm công nghiệp Phú Lâm.",
        "Điều 2. Đề nghị Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Sở Tư pháp phối hợp kiểm tra định kỳ. "
        "Sở Nội vụ, Sở Y tế theo chức năng, nhiệm vụ hướng dẫn doanh nghiệp thực hiện.",
        "c) Công ty TNHH Phú Lâm có quyền khiếu nại đối với Quyết định này.",
        "d) Công ty TNHH Phú Lâm chỉ được sử dụng lao động đã qua huấn luyện an toàn.",
    ]
    firm = "Công ty TNHH Phú Lâm"   # its right (c) is no task, its restriction (d) is
    leads = [t.lead for t in _run_typed(paras, "Quyết định")]
    assert leads == ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", firm]
    # issue: "clauses with two or more co-leads give every co-lead", in a letter as in a decision;
    # a news article retells a decision one paragraph per task, led by the first named
    assert [t.lead for t in _run_typed(paras, "Công văn")] == leads
    assert [t.lead for t in _run_typed(paras, "Tin bài")] == ["Công an tỉnh", "Sở Nội vụ", firm]


def test_a_report_asks_work_only_by_its_requests():
    # a district's report to a ministry: what bodies did is recounted, no task; what it asks of
    # them ("Kiến nghị X" heading, "Đề nghị X:" above numbered items, "đề nghị X …") is
    # their work; the closing "Trên đây là Báo cáo …, trân trọng đề nghị …" is a formula
    paras = [
        "I. KẾT QUẢ CÔNG TÁC",
        "Năm 2025, Thanh tra huyện tổ chức 05 cuộc thanh tra về đất đai.",
        "Ủy ban nhân dân huyện đã giao Phòng Kinh tế chủ trì rà soát các cơ sở sản xuất gạch.",
        "Do đó, đề nghị Sở Xây dựng hướng dẫn việc cấp phép cho các lò gạch thủ công.",
        "II. KIẾN NGHỊ",
        "1. Kiến nghị Bộ Xây dựng",
        "- Sớm ban hành quy chuẩn về vật liệu xây không nung.",
        "- Hướng dẫn lộ trình chấm dứt lò gạch thủ công.",
        "2. Đề nghị Ủy ban nhân dân tỉnh:",
        "(1). Bố trí kinh phí hỗ trợ chuyển đổi lò gạch.",
        "Lý do: nhiều hộ không đủ vốn chuyển đổi.",
        "(2). Chỉ đạo các sở hướng dẫn thủ tục đất đai.",
        "Trên đây là Báo cáo kết quả năm 2025, trân trọng đề nghị Bộ Xây dựng xem xét, tổng hợp./.",
    ]
    tasks = _run_typed(paras, "Báo cáo")
    assert [(t.lead, t.text.split()[0]) for t in tasks] == [
        ("Sở Xây dựng", "Do"), ("Bộ Xây dựng", "Sớm"), ("Bộ Xây dựng", "Hướng"),
        ("Ủy ban nhân dân tỉnh", "(1)."), ("Ủy ban nhân dân tỉnh", "(2).")]
    assert tasks[3].text.endswith("không đủ vốn chuyển đổi.")
    # a body as the subject gives it work in a plan, and in the part of a report that sets work
    # ahead ("Phương hướng, nhiệm vụ"), not in the parts that tell what was done
    work = ["Thanh tra huyện tổ chức thanh tra về đất đai trong quý III."]
    assert [t.lead for t in _run_typed(["II. CÔNG TÁC THANH TRA"] + work, "Kế hoạch")] == ["Thanh tra huyện"]
    assert _run_typed(["II. CÔNG TÁC THANH TRA"] + work, "Báo cáo") == []
    assert [t.lead for t in _run_typed(["III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"] + work, "Báo cáo")] == [
        "Thanh tra huyện"]


def test_joint_subjects_of_a_licence_a_letter_and_a_record_each_lead():
    # a licence's closing article, a letter's request and a record's conclusion naming several
    # bodies as one subject: one task each; "chủ trì, phối hợp với" keeps one lead and its
    # partner, a catch-all after "và" is no lead
    licence = [
        "Điều 1. Cho phép Công ty TNHH Khai khoáng Tân Phú sử dụng vật liệu nổ công nghiệp.",
        "Điều 2. Giao Sở Công Thương, Công an tỉnh, Ủy ban nhân dân huyện Tân Sơn theo chức năng, "
        "nhiệm vụ kiểm tra, giám sát việc sử dụng vật liệu nổ công nghiệp của Công ty TNHH Khai khoáng Tân Phú.",
    ]
    assert [t.lead for t in _run_typed(licence, "Giấy phép")] == [
        "Sở Công Thương", "Công an tỉnh", "Ủy ban nhân dân huyện Tân Sơn"]
    letter = [
        "Đề nghị Ủy ban nhân dân huyện Đoan Hùng và Công ty Cổ phần Chè Phú Bền chuẩn bị "
        "báo cáo tình hình giải phóng mặt bằng, gửi về Sở Công Thương trước ngày 12/5/2027.",
        "Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định dự toán kinh phí.",
        "Sở Nội vụ và các đơn vị liên quan rà soát biên chế.",
    ]
    assert [t.lead for t in _run_typed(letter, "Công văn")] == [
        "Ủy ban nhân dân huyện Đoan Hùng", "Công ty Cổ phần Chè Phú Bền", "Sở Tài chính", "Sở Nội vụ"]
    assert _run_typed(letter, "Công văn")[2].partners == ["Sở Xây dựng"]
    record = [
        "III. KẾT LUẬN",
        "Ba là, các Sở: Y tế, Giáo dục và Đào tạo, Nội vụ gửi ý kiến bằng văn bản về Sở Tư pháp.",
        "Thứ tư, Ban Quản lý Khu kinh tế tỉnh, Cục Thuế tỉnh rà soát nghĩa vụ tài chính của doanh nghiệp.",
    ]
    assert [t.lead for t in _run_typed(record, "Biên bản")] == [
        "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Ban Quản lý Khu kinh tế tỉnh", "Cục Thuế tỉnh"]


def test_one_office_in_every_locality_is_one_collective_lead():
    # "Phòng Tài chính - Kế hoạch các huyện, Phòng Tài chính thị xã X": the same office of every
    # district-level unit, one collective (as "UBND các huyện, thị xã"), not co-leads
    paras = ["Đề nghị Phòng Tài chính - Kế hoạch các huyện, Phòng Tài chính - Kế hoạch thị xã Phú Thọ "
             "tổng hợp nhu cầu kinh phí, gửi về Sở Tài chính trước ngày 20/8/2027."]
    assert [t.lead for t in _run_typed(paras, "Thông báo")] == ["Phòng Tài chính - Kế hoạch các huyện"]


def test_receipt_and_stance_of_the_writer_are_no_tasks():
    # "X nhận được Văn bản số …", "X cơ bản thống nhất với …": the writer states; the request
    # after the stance is the work ("thống nhất quản lý" is a duty)
    paras = [
        "Phòng Kinh tế nhận được Công văn số 145/STC-NS ngày 02/4/2027 của Sở Tài chính về việc góp ý dự thảo.",
        "Sở Kế hoạch và Đầu tư đã nhận được hồ sơ đề nghị của Công ty TNHH Minh Phát.",
        "Phòng Kinh tế cơ bản thống nhất với nội dung dự thảo; đề nghị Phòng Tài chính - Kế hoạch "
        "tổng hợp, hoàn thiện.",
        "Sở Y tế nhất trí với đề xuất của Trung tâm Kiểm soát bệnh tật.",
        "Sở Công Thương thống nhất quản lý hoạt động kinh doanh xăng dầu trên địa bàn.",
    ]
    assert [t.lead for t in _run_typed(paras, "Công văn")] == ["Phòng Tài chính - Kế hoạch", "Sở Công Thương"]


def test_a_result_handed_on_for_a_next_step_with_its_own_limit_is_that_bodys_task():
    # "… gửi Sở X trong thời hạn … để Sở X tổng hợp, báo cáo … trước ngày …": the senders' work
    # keeps its relative limit, the next body gets the dated one; "để UBND tỉnh xem xét" (no
    # limit of its own) is only the purpose
    paras = [
        "II. KẾT LUẬN",
        "Giao Sở Tư pháp hoàn thiện dự thảo Đề án.",
        "Các Sở: Y tế, Nội vụ góp ý bằng văn bản gửi Sở Tư pháp trong thời hạn 05 ngày làm việc "
        "để Sở Tư pháp tổng hợp, trình Ủy ban nhân dân tỉnh trước ngày 15/9/2027.",
        "Sở Xây dựng rà soát quy hoạch, báo cáo trước ngày 01/10/2027 để Ủy ban nhân dân tỉnh xem xét.",
    ]
    doc = make_doc(paras)
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(), [])
    tasks = tx.extract(doc, outline, analysis, dated(doc.text), doc_type="Biên bản")
    got = [(t.lead, t.deadline.date if t.deadline else None) for t in tasks]
    assert got == [("Sở Tư pháp", None), ("Sở Y tế", None), ("Sở Nội vụ", None), ("Sở Tư pháp", "2027-09-15"),
                   ("Sở Xây dựng", "2027-10-01")]
    for t in tasks:
        assert doc.text[t.span[0]:t.span[1]] == t.text
    assert tasks[1].text.endswith("05 ngày làm việc") and tasks[3].text.startswith("Sở Tư pháp tổng hợp")


def test_duties_of_the_chu_dau_tu_go_to_the_firm_the_decision_names_as_nha_dau_tu():
    # an investment decision names the firm under "1. Nhà đầu tư / Tên doanh nghiệp: …" and then
    # lists "Trách nhiệm của chủ đầu tư": the same firm leads every dash
    paras = [
        "Điều 1. Chấp thuận chủ trương đầu tư dự án Cụm công nghiệp Tam Dương với các nội dung sau:",
        "1. Nhà đầu tư",
        "Tên doanh nghiệp: Công ty Cổ phần Đầu tư Hạ tầng Vĩnh Phúc.",
        "2. Quy mô dự án: 50 ha.",
        "Điều 2. Tổ chức thực hiện",
        "1. Trách nhiệm của chủ đầu tư",
        "- Triển khai dự án đúng tiến độ đã đăng ký.",
        "- Báo cáo tình hình thực hiện dự án định kỳ hằng quý.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Kế hoạch và Đầu tư, Giám đốc Công ty "
        "Cổ phần Đầu tư Hạ tầng Vĩnh Phúc chịu trách nhiệm thi hành Quyết định này./.",
    ]
    firm = "Công ty Cổ phần Đầu tư Hạ tầng Vĩnh Phúc"
    tasks = [t for t in _run_typed(paras, "Quyết định") if t.section.startswith("2")]
    assert [(t.lead, t.text[:9]) for t in tasks] == [(firm, "Triển kha"), (firm, "Báo cáo t")]


def test_a_catch_all_heading_leads_no_task():
    # "- Các cơ quan, đơn vị có liên quan: …" names no body (the brief: a catch-all is not a
    # lead); the named clause above it keeps its task
    paras = [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Giáo dục và Đào tạo:",
        "- Chủ trì tổ chức Hội khỏe Phù Đổng cấp tỉnh trước ngày 30/4/2027.",
        "2. Các cơ quan, đơn vị có liên quan:",
        "- Phối hợp bố trí địa điểm thi đấu.",
        "3. Các sở, ban, ngành liên quan căn cứ chức năng, nhiệm vụ:",
        "- Hỗ trợ công tác bảo đảm an ninh, y tế.",
    ]
    tasks = _run_typed(paras, "Kế hoạch")
    assert [t.lead for t in tasks] == ["Sở Giáo dục và Đào tạo"]


def test_a_competence_recounted_from_a_law_is_no_task():
    # a report's account of who was competent under which decree: the law gives that work, not
    # this text; a plan's own assignment after it still counts
    paras = [
        "2. Công tác quản lý an toàn thực phẩm theo các thời kỳ",
        "Theo Nghị định số 38/2012/NĐ-CP ngày 25/4/2012 của Chính phủ thì Sở Y tế thực hiện:",
        "- Đối với cơ sở sản xuất thực phẩm chức năng, Sở Y tế cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm.",
        "- Đối với bếp ăn tập thể, Sở Y tế chủ trì kiểm tra định kỳ.",
        "3. Nhiệm vụ năm 2027",
        "Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm cấp Giấy chứng nhận cho cơ sở sơ chế "
        "(theo khoản 2 Điều 5 Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT).",
        "Sở Công Thương tổ chức kiểm tra các chợ đầu mối trước ngày 30/6/2027.",
    ]
    assert [t.lead for t in _run_typed(paras, "Kế hoạch")] == ["Sở Công Thương"]


def test_a_lead_in_opening_with_its_purpose_asks_the_items_below_of_its_body():
    # "Để …, X đề xuất/đề nghị Y (một số nội dung sau):" above dash items: each item is Y's task
    paras = [
        "3. Kiến nghị",
        "Để sớm hoàn thành việc sắp xếp trụ sở làm việc, Ủy ban nhân dân huyện Mường Khương trân trọng "
        "đề nghị Sở Tài chính một số nội dung sau:",
        "- Hướng dẫn thủ tục thanh lý tài sản công dôi dư.",
        "- Bố trí kinh phí sửa chữa trụ sở xã Pha Long.",
    ]
    tasks = _run_typed(paras, "Công văn")
    assert [(t.lead, t.text[:8]) for t in tasks] == [("Sở Tài chính", "Hướng dẫ"), ("Sở Tài chính", "Bố trí k")]


def test_a_report_recounting_what_another_body_assigned_gives_no_task():
    # "Ủy ban nhân dân tỉnh giao Sở X …" in a report tells what the province did; the report's own
    # "đề nghị Bộ Y …" is its request
    paras = [
        "3. Công tác lập quy hoạch vùng huyện",
        "Năm 2026, Ủy ban nhân dân tỉnh giao Sở Xây dựng phối hợp với các huyện lập quy hoạch vùng huyện.",
        "Do đó, đề nghị Bộ Xây dựng hướng dẫn việc điều chỉnh cục bộ quy hoạch.",
    ]
    assert [t.lead for t in _run_typed(paras, "Báo cáo")] == ["Bộ Xây dựng"]


def test_an_item_under_a_lead_in_that_names_its_own_subject_is_that_bodys():
    # a submission's proposals to the province: "1. Xem xét …" is asked of the province; "2. Công ty
    # X phải …" and "3. Yêu cầu Công ty X …" are the firm's work
    paras = [
        "II. ĐỀ XUẤT",
        "Để bảo đảm an toàn khi thi công, Sở Công Thương đề nghị Ủy ban nhân dân tỉnh một số nội dung sau:",
        "1. Xem xét, phê duyệt phương án nổ mìn của Công ty TNHH Đá xây dựng Hòa Bình.",
        "2. Công ty TNHH Đá xây dựng Hòa Bình phải bố trí người cảnh giới trên Quốc lộ 6 khi nổ mìn.",
        "3. Yêu cầu Công ty TNHH Đá xây dựng Hòa Bình báo cáo kết quả nổ mìn hằng tháng.",
    ]
    firm = "Công ty TNHH Đá xây dựng Hòa Bình"
    assert [t.lead for t in _run_typed(paras, "Công văn")] == ["Ủy ban nhân dân tỉnh", firm, firm]


def test_a_team_that_dissolves_itself_is_given_no_work_by_that_sentence():
    paras = [
        "Điều 1. Thành lập Tổ kiểm tra liên ngành về an toàn thực phẩm dịp Tết Nguyên đán 2027.",
        "Điều 2. Tổ kiểm tra liên ngành có nhiệm vụ kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.",
        "Tổ kiểm tra liên ngành tự giải thể sau khi hoàn thành nhiệm vụ.",
    ]
    tasks = _run_typed(paras, "Quyết định")
    assert [t.text[:24] for t in tasks] == ["Điều 2. Tổ kiểm tra liên"]


def test_an_opening_that_retells_the_instruction_acted_upon_gives_no_task():
    # "Thực hiện <văn bản> … về việc giao Sở X …" says what the writer acts upon; a request after
    # the account ("…, Sở Y đề nghị Công ty Z …") is work; "X có trách nhiệm …" makes X the lead
    paras = [
        "Thực hiện Văn bản số 1024/VP-KT ngày 12/3/2027 của Văn phòng Ủy ban nhân dân tỉnh về việc giao "
        "Sở Nông nghiệp và Phát triển nông thôn chủ trì rà soát hồ sơ trang trại chăn nuôi.",
        "Thực hiện Công văn số 88/UBND-NN ngày 02/3/2027 của Ủy ban nhân dân tỉnh về việc tăng cường quản lý "
        "chăn nuôi, Sở Nông nghiệp và Phát triển nông thôn đề nghị Công ty TNHH Chăn nuôi Đại Dương báo cáo "
        "hiện trạng trang trại.",
        "- Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm hướng dẫn Công ty TNHH Chăn nuôi Đại Dương "
        "lập hồ sơ môi trường.",
    ]
    sn = "Sở Nông nghiệp và Phát triển nông thôn"
    assert [t.lead for t in _run_typed(paras, "Công văn")] == ["Công ty TNHH Chăn nuôi Đại Dương", sn]


def test_a_body_opening_with_co_trach_nhiem_leads_though_its_mention_has_no_role():
    # the writer naming itself ("- Sở Xây dựng có trách nhiệm hướng dẫn Công ty X …"): the bodies
    # stage gives the writer's mention no role; the body before "có/chịu trách nhiệm" is the lead,
    # not the firm it guides
    paras = ["Đề nghị Sở Xây dựng kiểm tra thực địa mỏ đá.",
             "- Sở Xây dựng có trách nhiệm hướng dẫn Công ty TNHH Khoáng sản Đông Bắc lập thiết kế mỏ."]
    doc = make_doc(paras)
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(), [])
    for m in analysis.mentions:
        if doc.text[m.start:m.end] == "Sở Xây dựng" and m.start > doc.text.index("- Sở"):
            m.role = None
    tasks = tx.extract(doc, outline, analysis, [], doc_type="Công văn")
    assert [t.lead for t in tasks] == ["Sở Xây dựng", "Sở Xây dựng"]


QUY_CHE_PHOI_HOP = [
    "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 21/2025/QĐ-UBND", "Quảng Trị, ngày 12 tháng 5 năm 2025",
    "QUYẾT ĐỊNH", "Ban hành Quy chế phối hợp quản lý hoạt động vận tải hành khách",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý hoạt động vận tải hành khách.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 6 năm 2025.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành "
    "Quyết định này./.",
    "QUY CHẾ", "Phối hợp quản lý hoạt động vận tải hành khách",
    "(Ban hành kèm theo Quyết định số 21/2025/QĐ-UBND ngày 12/5/2025 của UBND tỉnh Quảng Trị)",
    "Chương II", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN",
    "Điều 8. Trách nhiệm Sở Xây dựng",
    "1. Chủ trì tổ chức kiểm tra điều kiện kinh doanh vận tải hành khách theo tuyến cố định.",
    "2. Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả quản lý vận tải hằng quý.",
    "Điều 9. Trách nhiệm Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "1. Kiểm soát phương tiện vận tải qua các cửa khẩu trên địa bàn tỉnh.",
    "2. Cung cấp thông tin về phương tiện vi phạm cho Sở Xây dựng.",
    "Điều 10. Nhiệm vụ Công an tỉnh",
    "1. Xử lý các điểm đón, trả khách tự phát trên địa bàn.",
    "Điều 11. Trách nhiệm thi hành",
    "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ tổ chức triển khai Quy chế này.",
]


def test_duties_article_printed_without_cua_gives_its_clauses_to_the_body(tmp_path):
    # a Quy chế phối hợp attached to a QĐ: "Điều 8. Trách nhiệm Sở Xây dựng" (no "của") lists the
    # body's duties as numbered clauses, one task each, as "Trách nhiệm của Sở …" would; a body named
    # only in such a heading (the border guard here) is given work, so it is a body
    path = tmp_path / "qc.txt"
    path.write_text("\n\n".join(QUY_CHE_PHOI_HOP), encoding="utf-8")
    plan = khparse.parse(path)
    got = [(t.lead, t.text[:25]) for t in plan.tasks if t.text[:2] in ("1.", "2.")]
    guard = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    assert got == [("Sở Xây dựng", "1. Chủ trì tổ chức kiểm t"), ("Sở Xây dựng", "2. Tổng hợp, báo cáo Ủy b"),
                   (guard, "1. Kiểm soát phương tiện "), (guard, "2. Cung cấp thông tin về "),
                   ("Công an tỉnh", "1. Xử lý các điểm đón, tr")]
    assert {guard, "Công an tỉnh"} <= {b.name for b in plan.bodies}
    # "Trách nhiệm thi hành" (no name after the words) opens no agency clause
    assert not any(t.text.startswith("Các cơ quan, đơn vị căn cứ") and t.lead for t in plan.tasks
                   if t.section.endswith("11"))


def test_table_lead_is_the_body_in_charge_not_the_funds_column():
    # a report's annex of solutions: "Đơn vị phụ trách" names who acts; "Nguồn lực thực hiện" /
    # "Kinh phí thực hiện" say what pays for it, though they too end in "thực hiện"
    _, _, tasks = run([
        "STT | Giải pháp, kiến nghị | Đơn vị phụ trách | Nguồn lực thực hiện",
        "1 | Hoàn thành nâng cấp bến xe khách phía Nam trước ngày 30/6/2027 | Sở Xây dựng | "
        "Ngân sách tỉnh 12 tỷ đồng",
        "2 | Bố trí quỹ đất tái định cư cho các hộ bị ảnh hưởng | Ủy ban nhân dân huyện Hải Lăng | "
        "Vốn ngoài ngân sách",
    ], blank=False)
    assert [(t.lead, t.source) for t in tasks] == [
        ("Sở Xây dựng", "table"), ("Ủy ban nhân dân huyện Hải Lăng", "table")]
    assert tasks[0].deadline.date == "2027-06-30"
    _, _, tasks = run([
        "TT | Nhiệm vụ | Kinh phí thực hiện | Cơ quan phụ trách",
        "1 | Kiểm tra an toàn đập thủy lợi trước mùa mưa lũ | Ngân sách tỉnh | Sở Nông nghiệp và Môi trường",
    ], blank=False)
    assert [t.lead for t in tasks] == ["Sở Nông nghiệp và Môi trường"]


def test_thanh_tra_kiem_tra_opening_a_duty_is_the_verb_not_an_inspectorate(tmp_path):
    # "- Thanh tra, kiểm tra …" (its line wrapped) under a body's duties is that body's work, as
    # "Phòng, chống …" is, not a clause of an inspectorate named "Thanh tra"; and "Trách nhiệm của
    # Sở X" gives its clauses to X even where X has no other role in the text
    path = tmp_path / "qd.txt"
    path.write_text("""QUY ĐỊNH

Điều 9. Trách nhiệm của Sở Giáo dục và Đào tạo
1. Quản lý các khoản thu đầu năm học:
Sở Giáo dục và Đào tạo giao phòng Kế hoạch - Tài chính thực hiện, cụ thể:
- Hướng dẫn các trường công khai các khoản thu theo quy định của pháp luật về
giáo dục và giá.
- Thanh tra, kiểm tra định kỳ hoặc đột xuất việc thu, chi đầu năm học tại các
trường trung học phổ thông; định kỳ báo cáo Ủy ban nhân dân tỉnh.
2. Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.
""", encoding="utf-8")
    tasks = khparse.parse(path).tasks
    office = "Sở Giáo dục và Đào tạo"
    assert [(t.lead, t.text[:10]) for t in tasks] == [
        (office, "Hướng dẫn "), (office, "Thanh tra,"), (office, "2. Tổng hợ")]
    assert tasks[2].deadline.date == "2025-12-15"


def test_body_named_by_its_level_ends_at_the_level_word(tmp_path):
    # "a) Ủy ban nhân dân cấp huyện có văn bản đề nghị …" (the line wraps, the name is read as no
    # mention): the lead is "Ủy ban nhân dân cấp huyện", not the whole first line
    path = tmp_path / "qd.txt"
    path.write_text("""QUY ĐỊNH

Điều 5. Điều chỉnh danh mục chợ
1. Trình tự điều chỉnh danh mục chợ thực hiện theo quy định của pháp luật.
2. Trách nhiệm của các cơ quan, đơn vị:
a) Ủy ban nhân dân cấp huyện có văn bản đề nghị điều chỉnh danh mục chợ trên
địa bàn, gửi Sở Công Thương trước ngày 30/9 hằng năm.
b) Sở Công Thương chủ trì, phối hợp với các sở, ngành tổng hợp, trình Ủy ban
nhân dân tỉnh phê duyệt điều chỉnh danh mục chợ.
""", encoding="utf-8")
    tasks = khparse.parse(path).tasks
    assert [(t.lead, t.section) for t in tasks] == [
        ("Ủy ban nhân dân cấp huyện", "5.2.a"), ("Sở Công Thương", "5.2.b")]


def test_items_a_leader_is_asked_to_direct_are_that_bodys_work():
    # a department's report closing with proposals: "… kính đề nghị đồng chí Giám đốc Sở Tài chính
    # xem xét, chỉ đạo một số nội dung sau:" — each item is asked of that body (the leader directs it)
    doc = make_doc([
        "BÁO CÁO", "Tình hình thực hiện dự án nâng cấp chợ đầu mối",
        "III. KIẾN NGHỊ",
        "Để đẩy nhanh tiến độ dự án, Ban Quản lý chợ kính đề nghị đồng chí Giám đốc Sở Tài chính xem xét, "
        "chỉ đạo một số nội dung sau:",
        "1. Bố trí vốn đối ứng năm 2026 cho dự án nâng cấp chợ đầu mối.",
        "2. Hướng dẫn thủ tục quyết toán vốn các hạng mục đã hoàn thành trước ngày 30/11/2026.",
    ])
    outline = build_outline(doc)
    analysis = bx.analyze(doc, outline, DocumentInfo(), [])
    tasks = tx.extract(doc, outline, analysis, dated(doc.text), doc_type="Báo cáo")
    assert [(t.lead, t.section) for t in tasks] == [("Sở Tài chính", "III.1"), ("Sở Tài chính", "III.2")]
    assert tasks[1].deadline.date == "2026-11-30"


# --- a letter's closing that only asks a superior to consider is a formula (acc-t8) ----------
def _upward_letter(tmp_path, body: list[str], closing: str):
    text = "\n".join([
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 5120/UBND-CN", "Nghệ An, ngày 14 tháng 10 năm 2026",
        "V/v kiến nghị tháo gỡ vướng mắc trong cấp phép khai thác cát lòng sông",
        "Kính gửi: Bộ Nông nghiệp và Môi trường", ""] + body + [
        closing, "Nơi nhận:", "- Như trên;", "- Lưu: VT, CN.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hồng Vinh"])
    path = tmp_path / "upward.txt"
    path.write_text(text, encoding="utf-8")
    return khparse.parse(path)


def test_a_closing_asking_a_ministry_to_consider_is_no_task_after_the_requests(tmp_path):
    body = [
        "Qua rà soát, việc cấp phép khai thác cát lòng sông trên địa bàn tỉnh đang gặp vướng mắc do "
        "chưa có hướng dẫn về đấu giá quyền khai thác đối với mỏ nhỏ lẻ.",
        "Ủy ban nhân dân tỉnh Nghệ An kiến nghị Bộ Nông nghiệp và Môi trường một số nội dung sau:",
        "(1). Ban hành văn bản hướng dẫn trình tự đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng thông thường.",
        "(2). Sớm sửa đổi Thông tư hướng dẫn về lập hồ sơ cấp phép để phù hợp với thực tế địa phương.",
    ]
    for closing in ("Ủy ban nhân dân tỉnh Nghệ An kính đề nghị Bộ Nông nghiệp và Môi trường quan tâm, "
                    "xem xét, sớm có ý kiến chỉ đạo./.",
                    "Kính đề nghị Bộ Nông nghiệp và Môi trường xem xét, chỉ đạo giải quyết./."):
        tasks = _upward_letter(tmp_path, body, closing).tasks
        assert [t.text[:5] for t in tasks] == ["(1). ", "(2). "], closing
        assert all(t.lead == "Bộ Nông nghiệp và Môi trường" for t in tasks)
    # a closing that names concrete work is still a task
    tasks = _upward_letter(tmp_path, body, "Kính đề nghị Bộ Nông nghiệp và Môi trường xem xét, ban hành "
                           "hướng dẫn trước ngày 30/11/2026./.").tasks
    assert len(tasks) == 3 and tasks[-1].text.startswith("Kính đề nghị")


def test_an_appraisal_heading_that_limits_its_scope_is_no_agency_clause():
    _doc, _bodies, tasks = run([
        "THÔNG BÁO", "Kết quả thẩm định báo cáo kinh tế - kỹ thuật công trình kè bờ sông Lam",
        "IV. NỘI DUNG THẨM ĐỊNH",
        "1. Sở Xây dựng chỉ thực hiện thẩm tra các nội dung sau:",
        "a) Sự phù hợp của thiết kế với quy chuẩn kỹ thuật về công trình thủy lợi.",
        "b) Sự hợp lý của giải pháp kết cấu kè.",
        "V. KẾT LUẬN",
        "1. Công ty Cổ phần Xây dựng Thủy lợi Bắc Trung Bộ:",
        "- Hoàn chỉnh hồ sơ thiết kế theo ý kiến thẩm định, gửi Sở Xây dựng trước ngày 15/12/2026.",
    ])
    assert not any(t.lead.startswith("Sở Xây dựng") for t in tasks)
    assert [t.lead for t in tasks] == ["Công ty Cổ phần Xây dựng Thủy lợi Bắc Trung Bộ"]


def test_a_joint_circulars_closing_duty_goes_to_every_co_issuer(tmp_path):
    # a joint text of three ministries: the writer (the first co-issuer) is left out of the bodies,
    # yet the closing duty names it with the others; the opening that announces the guidance is none
    text = "\n".join([
        "BỘ TÀI CHÍNH - BỘ NỘI VỤ - BỘ TƯ PHÁP", "Số: 07/HDLN-BTC-BNV-BTP",
        "Hà Nội, ngày 02 tháng 3 năm 2027",
        "HƯỚNG DẪN LIÊN NGÀNH", "Về việc quản lý tài sản công tại các đơn vị sự nghiệp sau sắp xếp",
        "Bộ Tài chính, Bộ Nội vụ, Bộ Tư pháp thống nhất hướng dẫn việc bàn giao, tiếp nhận tài sản "
        "công của các đơn vị sự nghiệp công lập sau sắp xếp, cụ thể như sau:",
        "1. Tài sản công được bàn giao theo hiện trạng, kèm theo hồ sơ pháp lý.",
        "2. Trường hợp có tranh chấp, cơ quan tiếp nhận lập biên bản và báo cáo cơ quan cấp trên.",
        "3. Bộ Tài chính, Bộ Nội vụ, Bộ Tư pháp có trách nhiệm chỉ đạo, kiểm tra việc thực hiện Hướng dẫn này./.",
        "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG", "Nguyễn Văn Hải",
        "KT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG", "Trần Thị Lan",
    ])
    path = tmp_path / "hdln.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    closing = [t for t in plan.tasks if "có trách nhiệm chỉ đạo" in t.text]
    assert sorted(t.lead for t in closing) == ["Bộ Nội vụ", "Bộ Tài chính", "Bộ Tư pháp"], plan.tasks
    assert not any("thống nhất hướng dẫn" in t.text for t in plan.tasks)


def _province_letter(tmp_path, body: list[str]):
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 2417/UBND-CN", "Nghệ An, ngày 14 tháng 4 năm 2026",
        "V/v tháo gỡ vướng mắc trong cấp phép nhập khẩu tiền chất công nghiệp",
        "Kính gửi: Bộ Công Thương", ""] + body + [
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, CN.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
        "Lê Hồng Vinh"])
    path = tmp_path / "province-letter.txt"
    path.write_text(text, encoding="utf-8")
    return khparse.parse(path)


def test_parts_announced_by_a_report_and_request_lead_in_ask_only_in_the_request_part(tmp_path):
    # "báo cáo và kiến nghị Bộ X nội dung như sau:" over titled parts: the situation and the
    # difficulties recount the matter; only the part titled as the request asks the ministry
    plan = _province_letter(tmp_path, [
        "Ủy ban nhân dân tỉnh Nghệ An báo cáo và kiến nghị Bộ Công Thương nội dung như sau:",
        "1. Tình hình cấp phép nhập khẩu tiền chất trên địa bàn tỉnh",
        "Năm 2025, các doanh nghiệp trên địa bàn nhập khẩu 1.200 tấn tiền chất phục vụ sản xuất phân bón.",
        "2. Những tồn tại, hạn chế",
        "Việc cấp phép còn kéo dài do thiếu hướng dẫn về hồ sơ đối với tiền chất nhập khẩu lần đầu.",
        "3. Đề xuất, kiến nghị",
        "Ban hành hướng dẫn thống nhất về thành phần hồ sơ cấp phép nhập khẩu tiền chất công nghiệp.",
    ])
    got = [(t.lead, t.text[:30]) for t in plan.tasks]
    assert got == [("Bộ Công Thương", "3. Đề xuất, kiến nghị\nBan hành")]


def test_titled_parts_without_a_request_part_each_ask(tmp_path):
    # no part is titled as the request: each topic part holds requests (the rule keeps them)
    plan = _province_letter(tmp_path, [
        "Ủy ban nhân dân tỉnh Nghệ An đề nghị Bộ Công Thương các nội dung sau:",
        "1. Về hồ sơ cấp phép",
        "Ban hành mẫu hồ sơ thống nhất đối với tiền chất nhập khẩu lần đầu.",
        "2. Về thời gian giải quyết",
        "Rút ngắn thời gian giải quyết thủ tục cấp phép xuống còn 10 ngày làm việc.",
    ])
    assert [t.lead for t in plan.tasks] == ["Bộ Công Thương", "Bộ Công Thương"]


def test_a_request_retold_from_another_bodys_paper_is_no_task(tmp_path):
    # the General Department's own letter asked the provincial customs office; this letter only
    # tells it as background. Its own request to the ministry is the task.
    plan = _province_letter(tmp_path, [
        "Ủy ban nhân dân tỉnh Nghệ An nhận được phản ánh của doanh nghiệp về vướng mắc trong thủ tục nhập khẩu.",
        "Thứ hai, Tổng cục Hải quan - Bộ Tài chính đã có Công văn số 512/TCHQ-GSQL ngày 14/3/2026 đề nghị "
        "Cục Hóa chất ban hành hướng dẫn trước ngày 20/3/2026, nhưng đến nay chưa có hướng dẫn.",
        "Ủy ban nhân dân tỉnh Nghệ An đề nghị Bộ Công Thương chỉ đạo Cục Hóa chất sớm ban hành hướng dẫn "
        "về hồ sơ cấp phép.",
    ])
    assert [(t.lead, t.text[:24]) for t in plan.tasks] == [("Bộ Công Thương", "Ủy ban nhân dân tỉnh Ngh")]


QUY_CHE_QUAN_LY = [
    "ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "Số: 08/2026/QĐ-UBND", "Bình Định, ngày 20 tháng 3 năm 2026",
    "QUYẾT ĐỊNH", "Ban hành Quy chế quản lý khu du lịch cộng đồng",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý khu du lịch cộng đồng.",
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 4 năm 2026.",
    "QUY CHẾ", "Quản lý khu du lịch cộng đồng",
    "(Ban hành kèm theo Quyết định số 08/2026/QĐ-UBND ngày 20/3/2026 của UBND tỉnh Bình Định)",
    "Chương II", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN",
    "Điều 7. Trách nhiệm Sở Văn hóa, Thể thao và Du lịch",
    "1. Hướng dẫn các địa phương xây dựng sản phẩm du lịch cộng đồng.",
    "Điều 8. Trách nhiệm Ban Quản lý các công trình công cộng huyện, xã",
    "Quản lý các khu du lịch cộng đồng đã được đầu tư bằng vốn ngân sách nhà nước theo quy định.",
    "Điều 9. Tổ chức thực hiện",
    # lines wrapped at a fixed width, as a scan's text comes out
    "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan đầu mối giúp Ủy ban nhân dân\ntỉnh quản lý nhà nước về du "
    "lịch cộng đồng; chủ trì tổng hợp, báo cáo kết quả\nthực hiện Quy chế hằng năm.",
    "2. Phòng Văn hóa - Thông tin cấp huyện là đơn vị đầu mối trực tiếp giúp\nỦy ban nhân dân cấp huyện quản lý "
    "nhà nước về du lịch cộng đồng trên địa bàn.",
]


def test_a_duties_article_names_a_body_with_its_levels_and_a_role_statement_gives_no_task(tmp_path):
    # "Trách nhiệm Ban Quản lý … huyện, xã": one body named with the levels it works at (the comma
    # runs through its name); "X là đơn vị đầu mối trực tiếp giúp …" alone states a role, while
    # "X là cơ quan đầu mối …; chủ trì tổng hợp …" goes on to give work
    path = tmp_path / "qc-du-lich.txt"
    path.write_text("\n\n".join(QUY_CHE_QUAN_LY), encoding="utf-8")
    plan = khparse.parse(path)
    got = [(t.lead, t.section) for t in plan.tasks]
    vh = "Sở Văn hóa, Thể thao và Du lịch"
    assert ("Ban Quản lý các công trình công cộng huyện, xã", "II.8") in got
    assert [g for g in got if g[1].startswith("II.9")] == [(vh, "II.9.1")]


def test_a_closing_that_urges_the_named_bodies_to_carry_out_what_was_asked_is_no_task(tmp_path):
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "Số: 1520/UBND-VX", "Thái Bình, ngày 04 tháng 5 năm 2026",
        "V/v chuẩn bị nội dung làm việc về an toàn thực phẩm trong trường học",
        "Kính gửi:", "- Sở Y tế;", "- Sở Giáo dục và Đào tạo.", "",
        "Ủy ban nhân dân tỉnh đề nghị các cơ quan báo cáo các nội dung sau:",
        "1. Sở Y tế báo cáo kết quả kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trường học.",
        "2. Sở Giáo dục và Đào tạo báo cáo tình hình tổ chức bữa ăn bán trú năm học 2025 - 2026.",
        "Căn cứ nội dung trên, đề nghị Sở Y tế, Sở Giáo dục và Đào tạo phối hợp với các cơ quan, đơn vị "
        "liên quan triển khai thực hiện./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, VX.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
        "Nguyễn Khắc Thận"])
    path = tmp_path / "urge.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert [(t.lead, t.text[:12]) for t in plan.tasks] == [
        ("Sở Y tế", "1. Sở Y tế b"), ("Sở Giáo dục và Đào tạo", "2. Sở Giáo d")]


def test_the_considering_line_of_a_preamble_gives_the_applicants_no_work(tmp_path):
    # "Xét đề nghị của … gồm: Công ty A tại Văn bản số …; Công ty B …" is the basis of the plan, like
    # a "Căn cứ" line: the firms asked, the plan's own clause gives the work
    text = "\n".join([
        "UBND TỈNH THANH HÓA", "SỞ CÔNG THƯƠNG", "Số: 812/KH-SCT", "Thanh Hóa, ngày 10 tháng 9 năm 2026",
        "KẾ HOẠCH", "Sát hạch cấp chứng chỉ an toàn hóa chất", "",
        "Căn cứ Luật Hóa chất ngày 14 tháng 11 năm 2025;",
        "Xét đề nghị của 04 đơn vị gồm: Công ty TNHH Khai thác đá Hoàng Long tại Văn bản số 12/HL-KT ngày "
        "20/8/2026; Công ty TNHH MTV xây dựng Thành Nam tại Văn bản số 03/2026/VLN/CV-TN ngày 21/8/2026; "
        "Công ty cổ phần Tập đoàn Hoành Sơn tại Văn bản số 1906/2026/GĐN-HS ngày 22/8/2026; Công ty cổ phần "
        "xây dựng và năng lượng Phú Quý tại Văn bản số 05/GĐN-PQ ngày 24/8/2026.",
        "I. TỔ CHỨC THỰC HIỆN",
        "Giao Phòng Kỹ thuật an toàn môi trường chủ trì tổ chức sát hạch trước ngày 30/9/2026.",
        "Nơi nhận:", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hòa"])
    path = tmp_path / "kh-sat-hach.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert [t.lead for t in plan.tasks] == ["Phòng Kỹ thuật an toàn môi trường"]


def test_the_offices_a_report_is_filed_with_are_given_no_work(tmp_path):
    # "… được nộp cho các cơ quan sau đây:" over points naming, per kind of licence, the offices that
    # receive the report (a page break cuts one of them): they receive it, the licensees do the work
    text = "\n".join([
        "UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 3310/SNNMT-KS", "Hà Tĩnh, ngày 15 tháng 12 năm 2026",
        "V/v báo cáo định kỳ hoạt động khai thác khoáng sản năm 2026",
        "Kính gửi: Các tổ chức, cá nhân được cấp phép khai thác khoáng sản trên địa bàn tỉnh Hà Tĩnh", "",
        "Sở Nông nghiệp và Môi trường đề nghị các tổ chức, cá nhân thực hiện các nội dung sau:",
        "1. Lập báo cáo định kỳ kết quả hoạt động khai thác khoáng sản theo Mẫu số 05.",
        "2. Báo cáo định kỳ kết quả hoạt động khai thác khoáng sản được nộp cho các cơ quan sau đây:",
        "a) Đối với giấy phép thuộc thẩm quyền cấp của Bộ Nông nghiệp và Môi trường: Cục",
        "12",
        # a scan's text: the list wraps, a space is lost ("Môitrường")
        "Địa chất và Khoáng sản Việt Nam, Bộ Công Thương; các Sở: Nông nghiệp và",
        "Môitrường, Công Thương (nơi có khoáng sản được khai thác);",
        "b) Đối với giấy phép thuộc thẩm quyền cấp của Ủy ban nhân dân tỉnh: Sở Nông nghiệp và Môi trường, "
        "Sở Xây dựng.",
        "3. Cập nhật bản đồ hiện trạng khu vực khai thác trước ngày 15/01/2027.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, KS.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Hưng"])
    path = tmp_path / "nop-bao-cao.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    leads = {t.lead for t in plan.tasks}
    assert not leads & {"Sở Nông nghiệp", "Sở Nông nghiệp và Môi trường", "Bộ Công Thương", "Sở Xây dựng",
                        "Cục Địa chất và Khoáng sản Việt Nam"}


def test_a_general_request_that_ends_by_announcing_the_items_is_their_lead_in(tmp_path):
    # the opening asks in general, then its last sentence announces the items: the items are the
    # requests, the opening is no task of its own
    plan = _letter(tmp_path, "Các chủ đầu tư công trình xây dựng trên địa bàn tỉnh Quảng Ngãi", [
        "Nhằm nâng cao chất lượng công trình, yêu cầu các đơn vị nghiêm túc thực hiện việc quản lý chất "
        "lượng, nghiệm thu công trình đúng quy định. Sở Xây dựng đề nghị một số nội dung cụ thể như sau:",
        "1. Tổ chức nghiệm thu từng giai đoạn thi công xây dựng công trình.",
        "2. Lưu trữ đầy đủ hồ sơ hoàn công theo quy định.",
    ])
    assert [t.text[:10] for t in plan.tasks] == ["1. Tổ chức", "2. Lưu trữ"]


def test_a_data_row_that_names_a_role_is_no_header_of_a_task_table():
    # an appraisal's table of the consultants' certificates: its header names no lead column; a
    # data row below ("- | Nguyễn Văn A | Chủ trì thiết kế … | Chứng chỉ … hoạt động xây dựng …")
    # looks like one, but rows that open with their number are data
    _, _, tasks = run([
        "STT | Tên tổ chức/cá nhân | Vai trò tham gia | Chứng chỉ năng lực hoạt động xây dựng | Đánh giá",
        "1 | Công ty cổ phần Tư vấn giao thông Nghệ An | Tư vấn thiết kế | Chứng chỉ năng lực hạng II số "
        "NGA-00012 | Đủ điều kiện",
        "- | Nguyễn Văn An | Chủ trì thiết kế phần đường | Chứng chỉ hành nghề hoạt động xây dựng hạng II số "
        "NGA-00451 | Đủ điều kiện",
        "- | Lê Thị Bình | Chủ trì thiết kế phần cầu | Chứng chỉ hành nghề hoạt động xây dựng hạng II số "
        "BXD-00733 | Đủ điều kiện",
    ], blank=False)
    assert [t for t in tasks if t.source == "table"] == []


def test_the_closing_after_the_summary_of_an_appraisal_notice_is_a_formula(tmp_path):
    # "Trên đây là thông báo … . Đề nghị Công ty X nghiên cứu, tiếp thu đầy đủ và tổ chức thực hiện theo
    # đúng quy định của pháp luật hiện hành../." only urges the notice's own requests
    text = "\n".join([
        "UBND TỈNH QUẢNG NINH", "SỞ XÂY DỰNG", "Số: 905/SXD-QLXD", "Quảng Ninh, ngày 02 tháng 6 năm 2026",
        "THÔNG BÁO", "Kết quả thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở",
        "Kính gửi: Công ty cổ phần Than Hà Lầm", "",
        "I. KẾT LUẬN",
        "Thiết kế xây dựng đủ điều kiện triển khai các bước tiếp theo.",
        "II. YÊU CẦU ĐỐI VỚI CHỦ ĐẦU TƯ",
        "- Tổ chức thi công theo đúng thiết kế đã được thẩm định.",
        "- Lưu trữ hồ sơ thiết kế theo quy định.",
        "III. PHÍ THẨM ĐỊNH: Xem chi tiết tại phụ lục kèm theo",
        "Trên đây là thông báo của Sở Xây dựng về kết quả thẩm định thiết kế xây dựng công trình. Đề nghị "
        "Công ty cổ phần Than Hà Lầm nghiên cứu, tiếp thu đầy đủ và tổ chức thực hiện theo đúng quy định của "
        "pháp luật hiện hành../.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Văn Thành"])
    path = tmp_path / "tb-tham-dinh.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert [t.text[:10] for t in plan.tasks] == ["Tổ chức th", "Lưu trữ hồ"]


def test_a_paragraph_giving_a_body_the_jobs_below_is_their_lead_in_and_the_event_job_takes_its_day(tmp_path):
    # "Giao <body> <verb> các công việc/nhiệm vụ …:" above numbered jobs: each job is the body's task;
    # the job that *is* the event the plan times ("Thời gian tập huấn: …") is due that day
    text = "\n".join([
        "UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "Số: 412/KH-SYT", "Nghệ An, ngày 03 tháng 9 năm 2026",
        "KẾ HOẠCH", "Tập huấn công tác an toàn thực phẩm năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao năng lực cho cán bộ làm công tác an toàn thực phẩm.",
        "II. NỘI DUNG",
        "1. Thời gian tập huấn: 08 giờ 00 ngày 24/9/2026.",
        "2. Địa điểm: Hội trường Sở Y tế.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Giao Chi cục An toàn vệ sinh thực phẩm chủ trì thực hiện các nhiệm vụ sau:",
        "1. Tổ chức tập huấn cho cán bộ phụ trách an toàn thực phẩm các xã, phường.",
        "2. Chuẩn bị tài liệu, hội trường và các điều kiện cần thiết khác.",
        "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Hùng"])
    path = tmp_path / "kh-tap-huan.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    got = [(t.text[:12], t.lead, t.deadline.date if t.deadline else None) for t in plan.tasks]
    assert got == [("1. Tổ chức t", "Chi cục An toàn vệ sinh thực phẩm", "2026-09-24"),
                   ("2. Chuẩn bị ", "Chi cục An toàn vệ sinh thực phẩm", None)]


def test_a_reports_own_recommendations_nested_under_its_results_ask_the_parties_it_scopes(tmp_path):
    # "II. KẾT QUẢ KIỂM TRA / 4. Kiến nghị của Đoàn kiểm tra: - Đối với <party>: Yêu cầu …": asked in
    # the report's voice; the inspected party's own "Kiến nghị của đơn vị được kiểm tra" is only reported
    text = "\n".join([
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA", "ĐOÀN KIỂM TRA", "Số: 27/BC-ĐKT",
        "Thanh Hóa, ngày 14 tháng 8 năm 2026",
        "BÁO CÁO", "Kết quả kiểm tra công tác bảo vệ môi trường tại 03 cơ sở",
        "I. Khái quát chung",
        "Đoàn kiểm tra đã kiểm tra thực tế tại Công ty cổ phần Gạch ngói Hoằng Hóa và 02 cơ sở chăn nuôi.",
        "II. Kết quả kiểm tra",
        "1. Về hồ sơ môi trường: Các cơ sở đã lập hồ sơ theo quy định.",
        "2. Kiến nghị của đơn vị được kiểm tra: Đề nghị Sở hướng dẫn thủ tục cấp giấy phép môi trường.",
        "3. Kiến nghị của Đoàn kiểm tra:",
        "- Đối với cơ sở sản xuất gạch (Công ty cổ phần Gạch ngói Hoằng Hóa): Yêu cầu đơn vị lắp đặt hệ thống "
        "xử lý khí thải lò nung và báo cáo kết quả về Sở.",
        "- Đối với 02 cơ sở chăn nuôi: Yêu cầu các cơ sở thu gom, xử lý chất thải chăn nuôi theo quy định.",
        "Trên đây là Báo cáo kết quả kiểm tra của Đoàn kiểm tra./.",
        "Nơi nhận:", "- Giám đốc Sở;", "- Lưu: ĐKT.", "TRƯỞNG ĐOÀN", "Lê Văn Sơn"])
    path = tmp_path / "bc-kiem-tra.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    got = [(t.text[:20], t.lead) for t in plan.tasks]
    assert got == [("Đối với cơ sở sản xu", "Công ty cổ phần Gạch ngói Hoằng Hóa"),
                   ("Đối với 02 cơ sở chă", "các cơ sở")]


def test_a_writer_that_names_itself_as_holding_the_announced_event_leads_it(tmp_path):
    # "Để …, Sở X tổ chức buổi kiểm tra …:" the writer gives itself the inspection by name; a past
    # one ("Ngày …, Sở X đã tổ chức …") is no work
    text = "\n".join([
        "UBND TỈNH BẮC GIANG", "SỞ XÂY DỰNG", "Số: 1187/SXD-QLCL", "Bắc Giang, ngày 05 tháng 10 năm 2026",
        "V/v kiểm tra công tác nghiệm thu công trình",
        "Kính gửi: Công ty TNHH Xây dựng Hòa Phát Bắc Giang",
        "Ngày 02/10/2026, Sở Xây dựng đã tổ chức họp với các đơn vị liên quan về tiến độ công trình.",
        "Để có cơ sở chấp thuận kết quả nghiệm thu, báo cáo Ủy ban nhân dân tỉnh, Sở Xây dựng tổ chức đợt kiểm "
        "tra hiện trường công trình Trường Trung học cơ sở Tân Yên với nội dung sau:",
        "- Thời gian: 8 giờ 30 phút, ngày 14/10/2026.",
        "- Địa điểm: Tại hiện trường công trình.",
        "Sở Xây dựng đề nghị Công ty TNHH Xây dựng Hòa Phát Bắc Giang chuẩn bị hồ sơ và cử đại diện làm "
        "việc với Đoàn kiểm tra tại thời gian, địa điểm nêu trên.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đào Văn Minh"])
    path = tmp_path / "cv-kiem-tra.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    got = [(t.text[:12], t.lead) for t in plan.tasks]
    assert got[0] == ("Để có cơ sở ", "Sở Xây dựng")
    assert not any(t.text.startswith("Ngày 02/10") for t in plan.tasks)
    assert "Sở Xây dựng" in [b.name for b in plan.bodies]


def test_an_invitation_announcing_its_writers_meeting_gives_the_writer_no_task(tmp_path):
    # "Để …, Sở X tổ chức họp …" in a Giấy mời is what it invites to; only the preparation it asks is work
    text = "\n".join([
        "UBND TỈNH PHÚ THỌ", "SỞ XÂY DỰNG", "Số: 215/GM-SXD", "Phú Thọ, ngày 08 tháng 5 năm 2026",
        "GIẤY MỜI", "Họp về tiến độ giải phóng mặt bằng các dự án giao thông trọng điểm",
        "Kính gửi: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Phú Thọ",
        "Để đánh giá tiến độ giải phóng mặt bằng, Sở Xây dựng tổ chức họp với các đơn vị liên quan, cụ thể:",
        "- Thời gian: 14 giờ 00, ngày 12/5/2026.",
        "- Địa điểm: Phòng họp Sở Xây dựng.",
        "Đề nghị Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Phú Thọ chuẩn bị báo cáo "
        "tiến độ và cử lãnh đạo dự họp.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hà"])
    path = tmp_path / "gm-hop.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert plan.document.type == "Giấy mời"
    assert "Sở Xây dựng" not in [t.lead for t in plan.tasks]
    assert [t.lead for t in plan.tasks] == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Phú Thọ"]


def test_a_scoped_dash_that_only_says_where_the_money_comes_from_is_no_task(tmp_path):
    # "- Đối với các đơn vị trực thuộc: Kinh phí … được bố trí từ …" names a source of funds, not work
    text = "\n".join([
        "UBND TỈNH ĐỒNG THÁP", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 96/KH-SNNMT", "Đồng Tháp, ngày 10 tháng 4 năm 2026",
        "KẾ HOẠCH", "Hưởng ứng Tuần lễ quốc gia nước sạch và vệ sinh môi trường năm 2026",
        "I. NỘI DUNG",
        "1. Chi cục Thủy lợi chủ trì tổ chức lễ mít tinh hưởng ứng.",
        "II. KINH PHÍ",
        "- Đối với các đơn vị trực thuộc: Kinh phí thực hiện được bố trí từ nguồn kinh phí tự chủ của đơn vị.",
        "- Kinh phí của Sở được bố trí trong dự toán ngân sách năm 2026.",
        "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Phan Văn Tài"])
    path = tmp_path / "kh-nuoc-sach.txt"
    path.write_text(text, encoding="utf-8")
    plan = khparse.parse(path)
    assert [t.lead for t in plan.tasks] == ["Chi cục Thủy lợi"]
