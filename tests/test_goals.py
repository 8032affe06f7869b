"""Goals: items of Mục đích/Yêu cầu/Mục tiêu parts, quantified targets, stated purposes."""
import pytest

from khparse.extract.goals import extract
from khparse.models import Deadline, DocumentInfo
from khparse.outline import Outline
from khparse.pipeline import parse


def _run(text: str, deadlines=()):
    goals = extract(text, Outline([], text_len=len(text), body_end=len(text)), list(deadlines))
    for g in goals:
        assert text[g.span[0]:g.span[1]] == g.text
        for m in g.metrics:
            assert text[m.span[0]:m.span[1]] == m.text
    return goals


PLAN = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, nhân dân về phòng, chống mại dâm.
- Đẩy mạnh công tác phối hợp giữa các ngành. Kiên quyết xử lý vi phạm.
2. Yêu cầu
- Các cơ quan, đơn vị triển khai nghiêm túc, hiệu quả.
II. NHIỆM VỤ
1. Tăng cường tuyên truyền tại cơ sở để nâng cao nhận thức của nhân dân.
2. Kiểm tra các cơ sở kinh doanh dịch vụ nhằm phát hiện vi phạm.
"""


def test_items_of_purpose_and_requirement_parts():
    goals = _run(PLAN)
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "Nâng cao nhận thức của cán bộ, nhân dân về phòng, chống mại dâm."),
        ("purpose", "Đẩy mạnh công tác phối hợp giữa các ngành. Kiên quyết xử lý vi phạm."),
        ("requirement", "Các cơ quan, đơn vị triển khai nghiêm túc, hiệu quả."),
    ]  # the "để / nhằm" of individual tasks in II are not goals


def test_mixed_part_numbered_items_one_goal_each():
    text = ("I. MỤC ĐÍCH - YÊU CẦU:\n\n1. Nâng cao nhận thức, phát huy vai trò của cả hệ thống chính "
            "trị.\n\n2. Tăng cường quản lý các cơ sở kinh doanh dịch vụ. Kiên quyết xử lý các hành vi "
            "chứa mại dâm.\n\n3. Kế hoạch phải được triển khai đồng bộ, hiệu quả.\n\n"
            "II. NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN:\n\n1. Tăng cường công tác tuyên truyền.\n")
    goals = _run(text)
    assert [g.kind for g in goals] == ["purpose", "purpose", "requirement"]
    assert goals[1].text.endswith("chứa mại dâm.")


def test_objective_part_with_clause_targets_and_metrics():
    text = ("II. MỤC TIÊU\n1. Mục tiêu chung\nGiảm tệ nạn mại dâm trên địa bàn tỉnh.\n"
            "2. Mục tiêu cụ thể\n- Phấn đấu 80% xã, phường, thị trấn xây dựng kế hoạch; ít nhất 50% số "
            "xã có mô hình điểm.\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%.\nIII. NHIỆM VỤ\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "Giảm tệ nạn mại dâm trên địa bàn tỉnh.",
        "Phấn đấu 80% xã, phường, thị trấn xây dựng kế hoạch",
        "ít nhất 50% số xã có mô hình điểm.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%.",
    ]
    assert all(g.kind == "target" for g in goals)
    assert [(m.value, m.unit) for m in goals[1].metrics] == [(80, "%")]


def test_sentence_listing_several_targets_is_split_on_semicolons():
    text = ("Mục tiêu 80% xã, phường, thị trấn xây dựng kế hoạch tuyên truyền; kiểm tra, chấn chỉnh "
            "hoạt động của 47 cơ sở kinh doanh dịch vụ; phát hiện, xử lý từ 2 - 3 vụ án liên quan "
            "đến mại dâm; 100% cán bộ, công chức được tập huấn; duy trì 184 xã, phường, thị trấn "
            "không có tệ nạn.")
    goals = _run(text)
    assert len(goals) == 5
    metrics = [(m.value, m.value_max, m.unit) for g in goals for m in g.metrics]
    assert metrics == [(80, None, "%"), (47, None, "cơ sở"), (2, 3, "vụ án"),
                       (100, None, "%"), (184, None, "xã, phường, thị trấn")]
    assert [m.text for g in goals for m in g.metrics] == [
        "80%", "47 cơ sở", "từ 2 - 3 vụ án", "100%", "184 xã, phường, thị trấn"]


@pytest.mark.parametrize("text, metric", [
    ("- Chỉ đạo Chi cục tập trung đấu tranh, chuyển hóa thành công từ 06 đến 08 tụ điểm, tuyến "
     "đường phát sinh tệ nạn mại dâm nơi công cộng.", (6, 8, "tụ điểm")),
    ("- Đa dạng các hình thức tuyên truyền tại cộng đồng; đảm bảo tổ chức được ít nhất một hình "
     "thức tuyên truyền về phòng ngừa mại dâm.", (1, None, "hình thức")),
    ("Thực hiện kiểm tra 20 cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn.", (20, None, "cơ sở")),
])
def test_quantified_target_inside_an_assignment(text, metric):
    (g,) = _run(text)
    assert g.kind == "target"
    assert [(m.value, m.value_max, m.unit) for m in g.metrics] == [metric]
    if ";" in text:
        assert g.text.startswith("đảm bảo tổ chức được")


@pytest.mark.parametrize("text", [
    "Năm qua, toàn tỉnh đã kiểm tra 120 cơ sở kinh doanh dịch vụ.",
    "Trong thời hạn 05 ngày làm việc, Phòng Đăng ký kinh doanh gửi thông tin.",
    "Gửi về Chi cục (số 153 Xô Viết Nghệ Tĩnh, phường 17, quận Bình Thạnh).",
    "Các xã có 3 năm liền đạt tiêu chuẩn được khen thưởng.",
    "Tổ chức một số hoạt động tuyên truyền để nâng cao nhận thức.",
    "Để đạt được các mục tiêu trên, Sở Lao động chủ trì thực hiện các giải pháp.",
])
def test_not_targets(text):
    assert _run(text) == []


def test_stated_purpose_is_cut_before_the_request():
    text = ("Thời gian qua, công tác phòng, chống mại dâm đạt được một số kết quả.\n"
            "Nhằm nâng cao chất lượng, hiệu quả hoạt động trong công tác phòng, chống mại dâm, "
            "Chủ tịch UBND huyện yêu cầu:\n1. Công an huyện: tăng cường đấu tranh.\n")
    (g,) = _run(text)
    assert (g.kind, g.text) == ("purpose", "Nhằm nâng cao chất lượng, hiệu quả hoạt động trong "
                                           "công tác phòng, chống mại dâm")


def test_purpose_passage_continues_until_work_is_assigned():
    text = ("UBND thành phố vừa ban hành Kế hoạch triển khai thí điểm mô hình hỗ trợ.\n\n"
            "Mục đích của việc triển khai mô hình nhằm thực hiện nghiêm túc chỉ đạo của Trung ương.\n\n"
            "Bên cạnh đó, tạo sự chuyển biến mạnh mẽ về nhận thức. Nắm được cơ bản tình hình.\n\n"
            "Hỗ trợ người bán dâm là vấn đề được quan tâm (Ảnh minh họa: VOV)\n\n"
            "Qua đó, tạo điều kiện cho người bán dâm thay đổi hành vi.\n\n"
            "Ủy ban nhân dân thành phố giao Công an thành phố phối hợp với các sở kiểm tra.\n\n"
            "Kiểm tra và xử lý những vi phạm.\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "Mục đích của việc triển khai mô hình nhằm thực hiện nghiêm túc chỉ đạo của Trung ương.",
        "Bên cạnh đó, tạo sự chuyển biến mạnh mẽ về nhận thức.",
        "Nắm được cơ bản tình hình.",
        "Qua đó, tạo điều kiện cho người bán dâm thay đổi hành vi.",
    ]
    assert {g.kind for g in goals} == {"purpose"}


def test_news_summary_after_the_plan_is_issued():
    text = ("Ngày 4/3/2019, UBND tỉnh ban hành Kế hoạch số 632/KH-UBND về phòng, chống mại dâm. "
            "Theo đó, tiếp tục đẩy mạnh tuyên truyền để tạo sự chuyển biến về nhận thức. "
            "Đẩy mạnh đấu tranh với tội phạm; đảm bảo quyền bình đẳng của người bán dâm.\n\n"
            "Sở Lao động - Thương binh và Xã hội phối hợp với các sở triển khai các mô hình.\n")
    goals = _run(text)
    assert [g.text[:20] for g in goals] == ["Theo đó, tiếp tục đẩ", "Đẩy mạnh đấu tranh v"]


def test_lead_in_announcing_targets():
    text = ("UBND tỉnh vừa ban hành Kế hoạch năm 2020. Kế hoạch đề ra các mục tiêu cụ thể sau:\n"
            "- Giảm 10% số tụ điểm mại dâm so với năm 2019;\n"
            "- Bảo đảm quyền bình đẳng của người bán dâm.\n"
            "Sở Y tế chủ trì thực hiện.\n")
    assert [g.text for g in _run(text)] == ["Giảm 10% số tụ điểm mại dâm so với năm 2019",
                                            "Bảo đảm quyền bình đẳng của người bán dâm."]


def test_goal_carries_the_deadline_inside_it():
    text = "Kiểm tra 55 mô hình cấp xã, thời gian hoàn thành trước 15/12/2018."
    s = text.index("hoàn thành")
    dl = Deadline(date="2018-12-15", kind="before", text=text[s:-1], span=(s, len(text) - 1))
    (g,) = _run(text, [dl])
    assert g.deadline == "2018-12-15"


def test_sample_plan(samples):
    plan = parse(samples / "seed002.txt")
    kinds = [(g.kind, g.section) for g in plan.goals]
    assert kinds == [("purpose", "I.1"), ("purpose", "I.2"), ("purpose", "I.3"),
                     ("requirement", "I.4"), ("target", "III.1.3")]
    assert plan.goals[-1].metrics[0].text == "từ 06 đến 08 tụ điểm"


def test_results_of_an_earlier_year_are_not_targets():
    text = ("UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND ngày 5/2/2020 về phòng, chống mại dâm "
            "năm 2020.\n\nMục tiêu của kế hoạch là giảm ít nhất 10% số tụ điểm; triệt phá từ 3 đến "
            "5 đường dây mua bán người.\n\nNăm 2019, lực lượng chức năng phát hiện, xử lý 25 vụ, "
            "60 đối tượng, tăng 15% so với cùng kỳ.\n")
    goals = _run(text)
    assert [g.metrics[0].text for g in goals] == ["10%", "từ 3 đến 5 đường dây"]


def test_lettered_items_under_a_subheading_and_an_unnumbered_part():
    text = ("II. MỤC TIÊU\n1. Mục tiêu chung\nKiềm chế, làm giảm tệ nạn mại dâm.\n"
            "2. Mục tiêu cụ thể\na) 100% xã, thị trấn được tuyên truyền.\n"
            "b) Hỗ trợ 20 người bán dâm hòa nhập cộng đồng.\nIII. NỘI DUNG\n"
            "Mục đích, yêu cầu:\n- Nâng cao nhận thức của người dân.\n"
            "- Bảo đảm các hoạt động được triển khai đúng tiến độ.\nNội dung hoạt động:\n"
            "- In ấn tài liệu.\n")
    goals = _run(text)
    assert [(g.kind, g.text) for g in goals] == [
        ("target", "Kiềm chế, làm giảm tệ nạn mại dâm."),
        ("target", "100% xã, thị trấn được tuyên truyền."),
        ("target", "Hỗ trợ 20 người bán dâm hòa nhập cộng đồng."),
        ("purpose", "Nâng cao nhận thức của người dân."),
        ("requirement", "Bảo đảm các hoạt động được triển khai đúng tiến độ."),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Để nâng cao hiệu quả công tác phòng, chống mại dâm trên địa bàn, UBND huyện đề nghị các cơ "
     "quan thực hiện tốt một số nội dung sau:\n1. Công an huyện: tăng cường kiểm tra.\n",
     ["Để nâng cao hiệu quả công tác phòng, chống mại dâm trên địa bàn"]),
    ("Kế hoạch được ban hành nhằm cụ thể hóa các nhiệm vụ của Chương trình. Bảo đảm sự phối hợp "
     "chặt chẽ.\n\nSở Y tế chủ trì thực hiện.",
     ["Kế hoạch được ban hành nhằm cụ thể hóa các nhiệm vụ của Chương trình.",
      "Bảo đảm sự phối hợp chặt chẽ."]),
    ("Để đạt được các mục tiêu trên, UBND tỉnh yêu cầu các sở thực hiện các giải pháp sau:\n"
     "- Tuyên truyền sâu rộng.\n", []),
    ("- Tổ chức tuyên truyền để nâng cao nhận thức, Sở Y tế chỉ đạo các đơn vị.", []),
])
def test_purpose_openings(text, expected):
    assert [g.text for g in _run(text)] == expected


@pytest.mark.parametrize("text, kinds", [
    ("I. MỤC TIÊU, YÊU CẦU\n1. Giảm tệ nạn mại dâm trên địa bàn.\n2. Các đơn vị phải phối hợp "
     "chặt chẽ.\nII. NỘI DUNG\n", ["target", "requirement"]),
    ("1. Mục đích: Nâng cao nhận thức cho người dân.\n2. Yêu cầu: Bảo đảm hiệu quả, tiết kiệm.\n",
     ["purpose", "requirement"]),
    ("I. MỤC ĐÍCH, YÊU CẦU: Nâng cao nhận thức cho người dân.\nII. NỘI DUNG\n", ["purpose"]),
])
def test_kind_follows_the_part_heading(text, kinds):
    assert [g.kind for g in _run(text)] == kinds


def test_list_under_a_numbered_objective_with_horizon_after_a_general_objective():
    text = ("I. MỤC TIÊU\n"
            "1. Mục tiêu chung: Xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại.\n"
            "2. Mục tiêu cụ thể đến năm 2026:\n"
            "- Tỷ lệ hồ sơ được số hóa đạt 90%.\n"
            "- Mức độ hài lòng của người dân đạt trên 85%.\n"
            "- Giảm thời gian giải quyết thủ tục hành chính.\n"
            "II. NHIỆM VỤ\n1. Rà soát quy trình nội bộ.\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "Xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại.",
        "Tỷ lệ hồ sơ được số hóa đạt 90%.",
        "Mức độ hài lòng của người dân đạt trên 85%.",
        "Giảm thời gian giải quyết thủ tục hành chính.",
    ]
    assert [g.kind for g in goals[1:]] == ["target", "target", "target"]


@pytest.mark.parametrize("heading", ["II. MỤC TIÊU ĐẾN NĂM 2025", "II. MỤC TIÊU GIAI ĐOẠN 2021 - 2025",
                                     "II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024"])
def test_objective_heading_with_a_horizon(heading):
    text = (f"{heading}\n- Trồng mới 500 ha rừng tập trung.\n- Nâng cao giá trị sản xuất lâm nghiệp.\n"
            "III. GIẢI PHÁP\n- Tăng cường tuần tra.\n")
    goals = _run(text)
    assert [g.text for g in goals] == ["Trồng mới 500 ha rừng tập trung.",
                                       "Nâng cao giá trị sản xuất lâm nghiệp."]


@pytest.mark.parametrize("text, value", [
    ("+ Tổ chức sinh hoạt chuyên đề về an toàn giao thông ít nhất 02 lần/năm học;", 2),
    ("b) Thanh tra việc chấp hành pháp luật về lao động tối thiểu một lần trong năm.", 1),
    ("- Mỗi chi hội tổ chức họp dân 01 lần/quý để phổ biến quy định mới.", 1),
])
def test_a_frequency_to_reach_is_a_target(text, value):
    (g,) = _run(text)
    assert g.kind == "target" and [(m.value, m.unit) for m in g.metrics] == [(value, "lần")]


@pytest.mark.parametrize("text", [
    "Hạn chế sử dụng túi ni lông và đồ nhựa dùng một lần trong sinh hoạt.",
    "Lần thứ 2 kiểm tra các cơ sở kinh doanh.",
    "3 Tổ chức hội thi tìm hiểu pháp luật Phòng Tư pháp Quý III/2024",
    "12 Tổ chức các lớp bồi dưỡng nghiệp vụ Sở Nội vụ 31/12/2024",
])
def test_not_counted_targets(text):
    assert _run(text) == []


def test_purpose_inside_the_sentence_that_opens_the_request():
    text = ("Thực hiện Chỉ thị số 05/CT-TTg ngày 12/3/2024 của Thủ tướng Chính phủ, nhằm kiểm soát "
            "chặt chẽ dịch bệnh trên đàn gia súc, bảo vệ sinh kế của người chăn nuôi, Chủ tịch UBND "
            "huyện yêu cầu:\n1. Phòng Nông nghiệp tổ chức tiêm phòng cho đàn trâu, bò.\n")
    goals = _run(text)
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "nhằm kiểm soát chặt chẽ dịch bệnh trên đàn gia súc, bảo vệ sinh kế của người chăn nuôi")]


def test_a_hard_wrapped_purpose_whose_next_line_opens_with_a_name():
    # a text or PDF layer wraps the sentence at a comma, before the capitalised subject
    text = ("Thực hiện Công văn số 1120/BTNMT-TNN ngày 02/4/2025 của Bộ Tài nguyên và Môi trường.\n"
            "Để bảo vệ nguồn nước dưới đất, phòng ngừa ô nhiễm tại các\n"
            "khu vực khai thác tập trung,\n"
            "Ủy ban nhân dân huyện yêu cầu:\n"
            "1. Phòng Tài nguyên và Môi trường rà soát các giếng khoan.\n")
    goals = _run(text)
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "Để bảo vệ nguồn nước dưới đất, phòng ngừa ô nhiễm tại các\nkhu vực khai thác tập trung")]


@pytest.mark.parametrize("text", [
    "Để có cơ sở xem xét, giải quyết hồ sơ, Sở Tài nguyên và Môi trường đề nghị Công ty TNHH Minh Phát "
    "bổ sung các tài liệu sau:\n1. Bản đồ hiện trạng khu vực khai thác.\n",
    "Nhằm làm cơ sở tổng hợp, báo cáo Bộ Công Thương bảo đảm đúng thời hạn, Sở Công Thương đề nghị các "
    "doanh nghiệp gửi số liệu như sau:\n- Sản lượng điện thương phẩm.\n",
])
def test_a_purpose_that_is_a_step_of_the_paperwork_is_no_goal(text):
    assert _run(text) == []


def test_a_purpose_closed_by_a_full_stop_before_its_request():
    text = ("Ban Quản lý dự án nhận được hồ sơ của Công ty TNHH Thủy điện Nậm Mu.\n"
            "Để có cơ sở trình UBND huyện phê duyệt quy trình vận hành và bảo đảm an toàn cho người dân "
            "vùng hạ du. Phòng Nông nghiệp đề nghị Công ty rà soát, bổ sung phương án xả lũ. Hồ sơ gửi "
            "về trước ngày 20/9/2025.\n")
    goals = _run(text)
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "Để có cơ sở trình UBND huyện phê duyệt quy trình vận hành và bảo đảm an toàn cho "
                    "người dân vùng hạ du.")]


def test_a_purpose_inside_a_sentence_that_holds_its_request():
    text = ("II. KIẾN NGHỊ\nQua kết quả thanh tra, nhằm chấn chỉnh hoạt động kinh doanh xăng dầu, bảo đảm "
            "quyền lợi người tiêu dùng, Đoàn thanh tra đã yêu cầu các cửa hàng niêm yết giá bán đúng quy "
            "định. Tăng cường tự kiểm tra cột đo nhiên liệu.\n")
    goals = _run(text)
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "nhằm chấn chỉnh hoạt động kinh doanh xăng dầu, bảo đảm quyền lợi người tiêu dùng")]


def test_a_purpose_inside_a_sentence_needs_a_named_requester():
    text = ("Công ty rà soát toàn bộ hồ sơ, nhằm kịp thời bổ sung giấy tờ còn thiếu, gửi về Phòng "
            "Kinh tế đề nghị thẩm định trước ngày 10/5/2025.\n")
    assert _run(text) == []


def test_a_tasks_own_purpose_mid_sentence_is_not_the_documents():
    text = ("1. Sở Y tế kiểm tra các cơ sở khám bệnh, để kịp thời phát hiện sai phạm, báo cáo UBND tỉnh "
            "như sau:\n- Số cơ sở vi phạm.\n")
    assert [g.kind for g in _run(text)] == []


def test_aim_statement_in_a_conclusion_gives_each_clause():
    text = ("1. Thống nhất thông qua Kế hoạch ứng phó rét đậm, rét hại. Mục tiêu của Kế hoạch là bảo "
            "vệ an toàn đàn vật nuôi, hạn chế thấp nhất thiệt hại về cây trồng; phấn đấu không để "
            "chết trên 2% tổng đàn trâu, bò.\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "Mục tiêu của Kế hoạch là bảo vệ an toàn đàn vật nuôi, hạn chế thấp nhất thiệt hại về cây trồng",
        "phấn đấu không để chết trên 2% tổng đàn trâu, bò.",
    ]


def test_assignment_carrying_a_target_gives_the_target_part():
    text = ("6. Giao Công ty Cấp nước bảo đảm vận hành liên tục các nhà máy, phấn đấu 95% hộ dân đô "
            "thị được dùng nước sạch trong năm 2025.\n"
            "7. Giao Sở Xây dựng bảo đảm vận hành ổn định hệ thống chiếu sáng công cộng.\n")
    goals = _run(text)
    assert [g.text for g in goals] == ["phấn đấu 95% hộ dân đô thị được dùng nước sạch trong năm 2025."]


@pytest.mark.parametrize("text, metrics", [
    ("- Trồng mới 800 ha rừng sản xuất.", [(800, "ha")]),
    ("- Cứng hóa 42 km đường giao thông nông thôn.", [(42, "km")]),
    ("- Đạt 32 giường bệnh/vạn dân.", [(32, "giường bệnh")]),
    ("- Đón 2,5 triệu lượt khách du lịch.", [(2_500_000, "lượt khách")]),
    ("- Thu gom 120 tấn rác thải mỗi ngày, đạt 95% lượng rác phát sinh.", [(120, "tấn"), (95, "%")]),
])
def test_socio_economic_measures_are_targets(text, metrics):
    (g,) = _run(text)
    assert g.kind == "target" and [(m.value, m.unit) for m in g.metrics] == metrics


def test_a_heading_naming_targets_is_not_one():
    text = ("II. MỤC TIÊU VÀ GIẢI PHÁP\n1. Mục tiêu\n- Nâng cao chất lượng khám chữa bệnh.\n"
            "2. Giải pháp\n- Tăng cường đào tạo y bác sĩ.\n")
    assert [g.text for g in _run(text)] == ["Nâng cao chất lượng khám chữa bệnh."]


def test_results_of_an_earlier_year_are_no_target():
    text = ("Hà Nội, ngày 10 tháng 01 năm 2025\nNăm 2024, toàn huyện trồng mới 350 ha rừng.\n"
            "- Năm 2025 trồng mới 400 ha rừng.\n")
    assert [g.text for g in _run(text)] == ["Năm 2025 trồng mới 400 ha rừng."]


@pytest.mark.parametrize("text", [
    "- Đối tượng: hộ nuôi trồng thủy sản có diện tích bị thiệt hại từ 30% trở lên do dịch bệnh.",
    "- Vùng nuôi thiệt hại trên 70%: hỗ trợ 8.000.000 đồng/ha.",
    "3. Kinh phí: Tổng kinh phí dự kiến 4.200 triệu đồng, từ nguồn ngân sách tỉnh.",
])
def test_conditions_rates_and_budgets_are_not_targets(text):
    assert _run(text) == []


def test_results_and_shortcomings_sections_hold_no_targets():
    from khparse.readers import read
    from khparse.sections import build_outline
    doc = read(("UBND HUYỆN X\nSố: 12/BC-UBND\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\n"
                "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Cấp mới 420 Giấy chứng nhận.\n"
                "II. TỒN TẠI, HẠN CHẾ\n- Tỷ lệ hồ sơ quá hạn còn 6,5%.\n"
                "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n1. Phấn đấu tỷ lệ hồ sơ đúng hạn đạt 98%.\n").encode())
    goals = extract(doc.text, build_outline(doc), [])
    assert [g.text for g in goals] == ["Phấn đấu tỷ lệ hồ sơ đúng hạn đạt 98%."]


def test_purpose_cut_before_a_subject_whose_name_holds_commas():
    text = ("Thực hiện Kế hoạch số 88/KH-UBND ngày 02/5/2025 của UBND tỉnh, nhằm kích cầu tiêu dùng "
            "dịp cuối năm, góp phần tăng 10% tổng mức bán lẻ hàng hóa, Sở Văn hóa, Thể thao và Du lịch "
            "đề nghị các đơn vị, địa phương triển khai một số nội dung sau:\n1. Tổ chức hội chợ.\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "nhằm kích cầu tiêu dùng dịp cuối năm, góp phần tăng 10% tổng mức bán lẻ hàng hóa"]


def test_a_phan_dau_lead_in_announces_targets():
    text = ("Căn cứ tình hình thực tế, UBND xã xây dựng kế hoạch như sau.\n"
            "Phấn đấu đến hết năm 2026:\n- Hoàn thành số hóa sổ hộ tịch.\n- Giảm 30% thời gian chờ "
            "của người dân.\nCác thôn phấn đấu thực hiện tốt các việc sau:\n- Vệ sinh đường làng.\n")
    goals = _run(text)
    assert [(g.kind, g.text) for g in goals] == [
        ("target", "Hoàn thành số hóa sổ hộ tịch."), ("target", "Giảm 30% thời gian chờ của người dân.")]


def test_a_labelled_target_item_without_full_stop_is_kept():
    text = "III. NHIỆM VỤ\n1. Phấn đấu giảm tai nạn giao thông trên cả ba tiêu chí\n2. Tổ chức tuần tra\n"
    assert [g.text for g in _run(text)] == ["Phấn đấu giảm tai nạn giao thông trên cả ba tiêu chí"]


def test_any_noun_counted_after_a_minimum_cue():
    (g,) = _run("- Mỗi năm có ít nhất 12 sáng kiến được công nhận cấp huyện.")
    assert [(m.value, m.unit, m.text) for m in g.metrics] == [(12, "sáng kiến", "12 sáng kiến")]
    assert _run("- Cán bộ có ít nhất 05 năm công tác được cử đi đào tạo") == []


def test_every_clause_of_an_aims_item_is_kept_when_it_lists_targets():
    text = ("II. MỤC TIÊU\na) Mục tiêu: Bảo tồn nghề dệt thổ cẩm truyền thống của đồng bào. Phấn đấu "
            "đến năm 2030 có ít nhất 80 nghệ nhân được công nhận; 100% thôn có tổ hợp tác dệt; "
            "duy trì ít nhất 03 lớp truyền nghề mỗi năm.\nIII. NHIỆM VỤ\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "Bảo tồn nghề dệt thổ cẩm truyền thống của đồng bào. Phấn đấu đến năm 2030 có ít nhất 80 "
        "nghệ nhân được công nhận",
        "100% thôn có tổ hợp tác dệt",
        "duy trì ít nhất 03 lớp truyền nghề mỗi năm.",
    ]


DECISION = """Điều 1. Công nhận 12 xã đạt chuẩn nông thôn mới nâng cao năm 2024 trên địa bàn huyện (có danh sách kèm theo).
Mục tiêu: đến hết năm 2025 có thêm 08 xã đạt chuẩn nông thôn mới nâng cao; 100% thôn có nhà văn hóa đạt chuẩn.
Điều 2. Tổ chức thực hiện
1. Phòng Nông nghiệp chủ trì hướng dẫn các xã duy trì các tiêu chí, hoàn thành trước ngày 30/11/2025.
2. UBND các xã rà soát, báo cáo kết quả về Phòng Nông nghiệp.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""


def test_decision_act_and_article_headings_are_not_goals():
    got = [g.text for g in _run(DECISION)]
    assert got == ["đến hết năm 2025 có thêm 08 xã đạt chuẩn nông thôn mới nâng cao",
                   "100% thôn có nhà văn hóa đạt chuẩn."]


def test_decision_act_that_turns_to_an_aim_keeps_the_aim():
    text = ("Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2025 - 2030, "
            "với mục tiêu đón 500.000 lượt khách mỗi năm.\n")
    (g,) = _run(text)
    assert g.text == "với mục tiêu đón 500.000 lượt khách mỗi năm."


@pytest.mark.parametrize("opening", ["Theo số liệu của Sở Y tế, ", "Theo thống kê, ", "Hiện nay, "])
def test_current_situation_figures_are_not_targets(opening):
    text = ("Kế hoạch nhằm nâng cao chất lượng khám chữa bệnh tại tuyến xã. "
            f"{opening}toàn tỉnh có 140 trạm y tế, trong đó 35 trạm chưa có bác sĩ.\n")
    got = [(g.kind, g.text) for g in _run(text)]
    assert got == [("purpose", "Kế hoạch nhằm nâng cao chất lượng khám chữa bệnh tại tuyến xã.")]


def test_zero_target_clause_among_quantified_targets():
    text = ("Đến năm 2026, 95% trường học có bếp ăn đạt chuẩn; 100% học sinh bán trú được kiểm tra "
            "sức khỏe định kỳ; không để xảy ra ngộ độc thực phẩm trong trường học.\n")
    got = [g.text for g in _run(text)]
    assert got[-1] == "không để xảy ra ngộ độc thực phẩm trong trường học."
    assert len(got) == 3


def test_zero_clause_in_a_task_without_figures_is_not_a_goal():
    text = "- Công an xã tuần tra tại các điểm ngập; không để xảy ra mất trộm tài sản.\n"
    assert _run(text) == []


def test_figures_attributed_to_an_agency_are_the_situation_not_a_target():
    text = ("Kế hoạch nhằm chủ động phòng, chống sốt xuất huyết trong mùa mưa.\n"
            "Theo Trung tâm Y tế huyện, toàn huyện ghi nhận 26 ca mắc tại 3 xã trong tháng 7.\n")
    assert [g.kind for g in _run(text)] == ["purpose"]


def test_producers_of_a_programme_are_counted():
    text = "II. NHIỆM VỤ\n- Hỗ trợ 12 chủ thể sản xuất đưa sản phẩm lên sàn thương mại điện tử.\n"
    (g,) = _run(text)
    assert g.kind == "target" and [(m.value, m.unit) for m in g.metrics] == [(12, "chủ thể")]


@pytest.mark.parametrize("text", [
    "II. NHIỆM VỤ\n- Phòng Tài chính bố trí kinh phí khen thưởng 200 triệu đồng cho các tập thể tiêu biểu.\n",
    "4. UBND các xã dành 50 triệu đồng hỗ trợ mua sắm trang thiết bị cho tổ an ninh.\n",
    "Hội Nông dân trích quỹ thưởng 5 triệu đồng cho mỗi chi hội về đích sớm.\n",
])
def test_money_a_task_allots_is_a_budget_not_a_target(text):
    assert _run(text) == []


def test_an_income_to_reach_stays_a_target():
    (g,) = _run("- Thu nhập bình quân đầu người khu vực nông thôn đạt 70 triệu đồng/người/năm.\n")
    assert g.kind == "target" and g.metrics[0].unit == "triệu đồng"


def test_a_news_lead_date_does_not_run_into_the_purpose():
    text = ("Để kịp thời phòng, chống rét đậm cho đàn gia súc, ngày 12/12/2024, Chủ tịch UBND tỉnh "
            "đã ký ban hành Công điện về chủ động ứng phó rét đậm, rét hại.\n")
    got = [g.text for g in _run(text)]
    assert got == ["Để kịp thời phòng, chống rét đậm cho đàn gia súc"]


HALF_YEAR = "Lạng Sơn, ngày 10 tháng 10 năm 2024\nCHỈ THỊ\nVề tăng cường quản lý thu ngân sách\n{}\n"


def test_the_gone_months_of_the_current_year_report_results():
    text = HALF_YEAR.format("Chín tháng đầu năm 2024, thu ngân sách trên địa bàn đạt 3.120 tỷ đồng, "
                            "tăng 8,5% so với cùng kỳ.")
    assert _run(text) == []


def test_a_part_year_target_of_the_current_year_stays():
    text = HALF_YEAR.format("Sáu tháng đầu năm 2024, phấn đấu thu ngân sách đạt 55% dự toán.")
    assert [g.kind for g in _run(text)] == ["target"]


@pytest.mark.parametrize("lead", ["Để kịp thời ứng phó", "Để triển khai thực hiện có hiệu quả"])
def test_a_purpose_with_no_aim_of_its_own_is_no_goal(lead):
    text = f"{lead}, ngày 03/7/2024, UBND huyện đã ban hành Kế hoạch số 88/KH-UBND.\n"
    assert _run(text) == []


@pytest.mark.parametrize("text", [
    "Lưu lượng thiết kế Q=45 m3/s, tần suất lũ kiểm tra P=0,5%.",
    "Trạm bơm cấp II: H = 32 m, hiệu suất 78%.",
    "1. Khu dân cư Nam Sông Lam: (phường Bến Thủy, 42 ha; do Công ty CP Địa ốc Vinh đề xuất).",
    "Đề nghị Công ty gửi 01 bản chụp Giấy chứng nhận về Sở Xây dựng để theo dõi.",
    "Hồ sơ gồm: Tập 3 Thuyết minh thiết kế, 02 bản vẽ mặt bằng tổng thể.",
    "Tuyến đường nội bộ phải tuân thủ các chỉ tiêu thiết kế của đường cấp IV.",
])
def test_technical_lines_of_an_appraisal_are_not_targets(text):
    assert _run(text) == []


@pytest.mark.parametrize("text", [
    "Quy mô xây dựng: 12,5 ha.",
    "Bể nước ngầm có dung tích 150 m3, máy bơm lưu lượng 40 m3/h.",
    "Mương thoát nước dài 85 m, độ dốc 1,5%.",
    "Tổng mức đầu tư: 3.200.000.000 đồng.",
    "Vốn tự có của doanh nghiệp: 40 tỷ đồng (chiếm 20% tổng vốn).",
])
def test_measures_that_describe_a_thing_are_not_targets(text):
    assert _run(text) == []


def test_a_measure_to_reach_stays_a_target():
    (g,) = _run("Phấn đấu nâng diện tích rừng trồng mới lên 1.200 ha.")
    assert g.kind == "target" and g.metrics[0].value == 1200


def test_a_part_on_the_current_state_reports_figures(tmp_path):
    f = tmp_path / "bc.txt"
    f.write_text("UBND HUYỆN BA TƠ\nSố: 15/BC-UBND\nBÁO CÁO\nTình hình phát triển các làng nghề\n"
                 "I. HIỆN TRẠNG\n1. Toàn huyện có 14 làng nghề, tỷ lệ lao động có việc làm đạt 92%.\n"
                 "II. MỤC TIÊU NĂM 2026\n1. Phấn đấu công nhận thêm 03 làng nghề.\n", encoding="utf-8")
    texts = [g.text for g in parse(f).goals]
    assert not any("14 làng nghề" in t for t in texts)
    assert any("03 làng nghề" in t for t in texts)


@pytest.mark.parametrize("text", [
    "Xét đề nghị của 07 doanh nghiệp gồm: Công ty TNHH An Phát tại Văn bản số 12/AP ngày 02/3/2025.",
    "Sở Xây dựng nhận được Công văn số 88/BQL ngày 10/4/2025 đề nghị cử 02 cán bộ tham gia đoàn kiểm tra.",
    "Kết quả kiểm tra cho thấy 04 cơ sở chưa lập phương án chữa cháy.",
    "Qua đối chiếu bản đồ quy hoạch, khu đất có 12 ha đất rừng sản xuất.",
    "Như vậy chỉ tiêu đất thương mại, dịch vụ của xã còn lại 6,5 ha.",
    "Mẫu đá đáp ứng các chỉ tiêu kỹ thuật làm vật liệu xây dựng thông thường.",
])
def test_recounts_and_quota_terms_are_not_targets(text):
    assert _run(text) == []
    # … also where the sentence follows others, on its own line or after a full stop
    assert _run("Kính gửi: Sở Tài chính tỉnh Hà Tĩnh\n" + text) == []
    assert _run("Sở Tài chính tỉnh Hà Tĩnh có ý kiến như sau. " + text) == []


def test_a_labelled_target_next_to_a_quota_term_stays():
    (g,) = _run("Chỉ tiêu năm 2026: cấp mới 30 giấy phép, bảo đảm chỉ tiêu sử dụng đất được duyệt.")
    assert g.kind == "target"


def _run_typed(text: str, doc_type: str | None, title: str | None = None):
    info = DocumentInfo(type=doc_type, title=title)
    return extract(text, Outline([], text_len=len(text), body_end=len(text)), [], info)


def test_a_letters_bare_figures_describe_and_only_cued_ones_are_targets():
    text = ("Kính gửi: Công ty TNHH Khai thác đá Hòa Phát\n\n"
            "Qua kiểm tra hồ sơ, Sở Xây dựng có ý kiến như sau:\n\n"
            "1. Hồ sơ kê khai 12 người lao động, bảng lương kèm theo chỉ có 09 người.\n\n"
            "2. Phiếu kiểm nghiệm ghi nồng độ dung dịch 30% - 45%, không khớp với nhãn hàng hóa.\n\n"
            "3. Đề nghị Công ty bảo đảm 100% công nhân được huấn luyện an toàn trước khi vào mỏ.\n")
    # the figures of 1 and 2 state what the file shows; only 3 sets a figure to reach
    for kind in ("Công văn", "Thông báo", "Quyết định", "Báo cáo"):
        goals = _run_typed(text, kind)
        assert [g.text for g in goals] == [
            "Đề nghị Công ty bảo đảm 100% công nhân được huấn luyện an toàn trước khi vào mỏ."], kind
    # in a plan a bare figure sets a target
    plan = ("II. NHIỆM VỤ\n\n1. Tổ chức 04 lớp tập huấn cho 200 cán bộ quản lý trong năm 2026.\n")
    assert [g.kind for g in _run_typed(plan, "Kế hoạch")] == ["target"]
    assert _run_typed(plan, "Công văn") == []
    # a decision approving a plan states the plan in its articles
    approval = "Điều 1. Năm 2030, phát triển 1.200 - 1.500 MW điện gió trên bờ tại các tỉnh ven biển.\n"
    assert [g.kind for g in _run_typed(approval, "Quyết định", "Phê duyệt Quy hoạch phát triển năng lượng "
                                                                 "tỉnh Ninh Thuận")] == ["target"]
    assert _run_typed(approval, "Quyết định", "Về việc cấp Giấy phép hoạt động điện lực") == []


def test_a_purpose_ends_where_the_named_body_announces_its_act():
    text = ("Kính gửi: Ủy ban nhân dân xã Tân Hợp\n\n"
            "Nhằm đánh giá đúng hiện trạng các công trình thủy lợi sau mùa mưa lũ và kịp thời đề xuất "
            "phương án sửa chữa. Chi cục Thủy lợi tổ chức đoàn công tác với các nội dung như sau:\n\n"
            "1. Thời gian: 08 giờ 00 ngày 14/10/2026.\n")
    goals = _run(text)
    assert [g.text for g in goals] == [
        "Nhằm đánh giá đúng hiện trạng các công trình thủy lợi sau mùa mưa lũ và kịp thời đề xuất "
        "phương án sửa chữa."]
    # a sentence opening with a common noun ("Tổ chức …") is no body's act: the purpose goes on
    text = ("Nhằm nâng cao kỹ năng sơ cấp cứu cho đoàn viên thanh niên. Tổ chức các lớp thực hành "
            "tại cơ sở:\n\n1. Thời gian: tháng 10/2026.\n")
    assert len(_run(text)) == 2


def test_figures_to_compute_are_no_target():
    text = ("Kính gửi: Công ty cổ phần Khoáng sản Bắc Giang\n\n"
            "- Hiệu chỉnh hồ sơ thiết kế: xác định các chỉ tiêu, khối lượng đất đá bóc theo từng năm khai thác "
            "làm căn cứ lập dự toán.\n")
    assert [g for g in _run_typed(text, "Công văn") if g.kind == "target"] == []


# ---- records of an examination, facts stated in letters, decisions setting up a team ----------

APPRAISAL = ("Kính gửi: Công ty cổ phần Xăng dầu Tây Nguyên\n\n"
             "I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH\n"
             "- Mục tiêu: Xây dựng kho chứa xăng dầu phục vụ cung ứng nhiên liệu cho khu vực.\n"
             "- Bể chứa nước chữa cháy dung tích tối thiểu 200 m3, bảo đảm cấp nước liên tục trong 03 giờ.\n"
             "- Đường nội bộ rộng tối thiểu 4,0 m, bảo đảm cho xe chữa cháy tiếp cận.\n"
             "II. KẾT LUẬN VÀ KIẾN NGHỊ\n"
             "Để bảo đảm an toàn phòng cháy trong quá trình vận hành kho, Sở Xây dựng đề nghị Công ty "
             "thực hiện các nội dung sau:\n"
             "1. Hoàn thiện hồ sơ hoàn công theo quy định.\n")


def test_a_record_of_an_examination_sets_no_targets_but_keeps_its_purpose():
    title = "Thông báo kết quả thẩm định thiết kế bản vẽ thi công Kho xăng dầu Ea Kar"
    goals = _run_typed(APPRAISAL, "Công văn", title)
    # the design's figures and the project's "Mục tiêu:" describe what was appraised
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "Để bảo đảm an toàn phòng cháy trong quá trình vận hành kho")]
    assert _run_typed(APPRAISAL, "Biên bản", "Kiểm tra hiện trường kho xăng dầu") == goals
    # the same figures in a letter that is no record: the cued ones are targets, as before
    assert len([g for g in _run_typed(APPRAISAL, "Công văn", "Về việc xây dựng kho xăng dầu")
                if g.kind == "target"]) >= 2
    # a record still keeps a committed figure ("phấn đấu")
    text = "Kính gửi: UBND huyện\n\nĐoàn kiểm tra đề nghị đơn vị phấn đấu 100% kho đạt chuẩn trong năm 2027.\n"
    assert [g.kind for g in _run_typed(text, "Báo cáo", "Kết quả kiểm tra công tác bảo quản hóa chất")] == ["target"]


def test_the_report_of_a_campaign_is_no_record_and_keeps_its_next_targets():
    text = ("Kính gửi: Sở Giáo dục và Đào tạo\n\n"
            "3. UBND các phường: vận động học sinh tham gia bảo hiểm y tế; duy trì tỷ lệ học sinh tham gia "
            "bảo hiểm y tế đạt trên 98%.\n")
    goals = _run_typed(text, "Báo cáo", "Kết quả đợt cao điểm vận động học sinh tham gia bảo hiểm y tế năm 2025")
    assert [g.kind for g in goals] == ["target"]


@pytest.mark.parametrize("text", [
    # a threshold of a rule cited ("từ 50 lao động trở lên"): "lên" after "trở" is no rise
    "Theo quy định tại Thông tư số 07/2016/TT-BLĐTBXH, đối với cơ sở có quy mô từ 50 lao động trở lên, "
    "người sử dụng lao động phải bố trí cán bộ làm công tác an toàn.",
    # a fact already done, though it moves something "lên"
    "Theo đó, dự án Trạm biến áp 110 kV Bắc Sơn, diện tích 2,5 ha, đã được điều chỉnh thời gian thực hiện "
    "lên giai đoạn 2026 - 2027.",
    # a result reported ("đạt được")
    "Tổng số tiền thuê đất thu trong năm của các khu công nghiệp đạt được: 15 tỷ đồng.",
    # the terms of a rule a report proposes to amend
    "Kiến nghị Bộ Tài chính sửa đổi Điều 12 Thông tư số 45/2024/TT-BTC, trong đó doanh nghiệp có doanh thu "
    "trên 100 tỷ đồng nộp tối thiểu 20% số thuế tạm tính.",
])
def test_facts_rules_and_results_in_a_letter_or_report_are_not_targets(text):
    for kind in ("Công văn", "Báo cáo"):
        assert _run_typed("Kính gửi: Sở Kế hoạch và Đầu tư\n\n" + text + "\n", kind) == [], kind


def test_a_finding_noted_by_a_record_is_no_target():
    assert _run("Phía Bắc khu mỏ ghi nhận trong bán kính 300 m có 05 hộ dân đang sinh sống.") == []


def test_a_past_year_behind_a_topic_label_reports_results():
    text = ("ỦY BAN NHÂN DÂN TỈNH\n\nHà Giang, ngày 10 tháng 01 năm 2026\n\n"
            "Về tuyển sinh: Năm 2025, toàn tỉnh tuyển mới 1.200 học viên, đạt 105% kế hoạch.\n"
            "Về đào tạo: Năm 2026, phấn đấu tuyển mới 1.500 học viên.\n")
    assert [g.text for g in _run(text)] == ["Về đào tạo: Năm 2026, phấn đấu tuyển mới 1.500 học viên."]


def test_the_purpose_of_a_team_a_decision_sets_up():
    text = ("QUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công tác liên ngành (sau đây gọi là Tổ công tác) để kiểm tra, "
            "đôn đốc việc khắc phục sạt lở trên tuyến Quốc lộ 4D, gồm các ông (bà) có tên sau đây:\n"
            "1. Ông Nguyễn Văn Bình - Phó Giám đốc Sở Giao thông vận tải, Tổ trưởng;\n"
            "Điều 2. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.\n")
    goals = _run_typed(text, "Quyết định")
    assert [(g.kind, g.text) for g in goals] == [
        ("purpose", "để kiểm tra, đôn đốc việc khắc phục sạt lở trên tuyến Quốc lộ 4D")]
    # a council set up for a step of the paperwork states no aim
    text = ("Điều 1. Thành lập Hội đồng thẩm định để thẩm định hồ sơ đề nghị cấp giấy phép khai thác "
            "nước mặt của Công ty cổ phần Thủy điện Nậm Mu, gồm các thành viên sau:\n")
    assert _run_typed(text, "Quyết định") == []
    text = "Điều 1. Thành lập Đoàn đánh giá để cấp lại Giấy chứng nhận đủ điều kiện sản xuất phân bón, gồm:\n"
    assert _run_typed(text, "Quyết định") == []


def test_an_inline_project_objective_before_its_table():
    text = ("Điều 1. Chấp thuận chủ trương đầu tư dự án với các nội dung sau:\n"
            "4. Mục tiêu của dự án: Xây dựng nhà máy chế biến gỗ rừng trồng công suất lớn với các "
            "hạng mục chính như sau:\nSTT\nMục tiêu hoạt động\nMã ngành\n1\nSản xuất gỗ dán\n1621\n"
            "5. Quy mô dự án: 12 ha.\n")
    goals = _run_typed(text, "Quyết định", "Chấp thuận chủ trương đầu tư")
    assert [g.text for g in goals] == ["Xây dựng nhà máy chế biến gỗ rừng trồng công suất lớn"]


def test_a_purpose_given_for_an_act_already_done_is_a_report():
    text = ("Kính gửi: Bộ Nông nghiệp và Môi trường\n\n"
            "Để triển khai Nghị định số 10/2025/NĐ-CP, Sở Nông nghiệp và Môi trường đã kịp thời ban hành 05 văn bản "
            "hướng dẫn các huyện. Các huyện đã tổ chức thực hiện nghiêm túc.\n")
    assert _run_typed(text, "Báo cáo") == []
    # a request already made still states the aim
    text = ("Kính gửi: Sở Công Thương\n\nTừ kết quả trên, nhằm nâng cao an toàn trong kinh doanh khí dầu mỏ "
            "hóa lỏng, Đoàn thanh tra đã yêu cầu các cửa hàng bổ sung bình chữa cháy.\n")
    assert [g.text for g in _run_typed(text, "Báo cáo")] == [
        "nhằm nâng cao an toàn trong kinh doanh khí dầu mỏ hóa lỏng"]


def test_a_purpose_ends_where_its_request_begins():
    text = ("Kính gửi: Công ty TNHH Đá Granite Phú Yên\n\n"
            "Để việc khai thác đá bảo đảm an toàn theo đúng quy định của pháp luật, Sở Xây dựng yêu cầu Công ty TNHH\n"
            "Granite Phú Yên thực hiện các nội dung sau:\n"
            "1. Lắp đặt biển báo tại khu vực nổ mìn.\n")
    assert [g.text for g in _run_typed(text, "Công văn")] == [
        "Để việc khai thác đá bảo đảm an toàn theo đúng quy định của pháp luật"]
    # a request with no named subject: "…, tiếp tục đề nghị các huyện, thị xã:"
    text = ("Để tiếp tục nâng cao hiệu quả phòng cháy, chữa cháy rừng trong thời gian tới, tiếp tục đề nghị "
            "các huyện, thị xã, thành phố:\n- Tăng cường tuần tra rừng.\n")
    assert [g.text for g in _run_typed(text, "Báo cáo")] == [
        "Để tiếp tục nâng cao hiệu quả phòng cháy, chữa cháy rừng trong thời gian tới"]


def test_the_aim_that_opens_a_statement_of_importance():
    text = ("Kính gửi: Các doanh nghiệp kinh doanh xăng dầu\n\n"
            "Để bảo đảm nguồn cung xăng dầu ổn định trên địa bàn; phòng ngừa gian lận thương mại, việc kê khai, "
            "báo cáo lượng hàng tồn kho có ý nghĩa rất quan trọng. Thời gian qua, một số doanh nghiệp chưa báo "
            "cáo đầy đủ.\n")
    assert [g.text for g in _run_typed(text, "Công văn")] == [
        "Để bảo đảm nguồn cung xăng dầu ổn định trên địa bàn"]


@pytest.mark.parametrize("text", [
    "Quyết định này được lập thành 04 (bốn) bản: nhà đầu tư được cấp 01 bản, 01 bản lưu tại Sở Tài chính.",
    "Biên bản được lập thành 03 bản có giá trị pháp lý như nhau, mỗi bên giữ 01 bản.",
    "Chỉ tiêu thuốc nổ q = 0,42 kg/m3, khối lượng thuốc nổ lớn nhất một lần nổ tối đa 150 kg.",
    "Tổng vốn đầu tư của dự án: 850.000.000.000 đồng, trong đó vốn góp của nhà đầu tư 20%.",
])
def test_copies_blasting_charges_and_capital_are_no_targets(text):
    assert _run(text) == []   # (an untyped document, where any figure may be a target)


def test_a_figure_with_thousands_dots_and_a_decimal_comma_is_measured():
    (g,) = _run("Đến năm 2030, trồng mới 1.250,5 ha rừng phòng hộ đầu nguồn.")
    assert [(m.value, m.unit, m.text) for m in g.metrics] == [(1250.5, "ha", "1.250,5 ha")]


def test_an_attached_regulation_sets_rules_not_targets(tmp_path):
    """A Quy chế issued with a decision: its points, time limits and head counts are criteria."""
    f = tmp_path / "qd.txt"
    f.write_text(
        "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nSố: 21/2027/QĐ-UBND\nNinh Thuận, ngày 10 tháng 4 năm 2027\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế quản lý chợ trên địa bàn tỉnh\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ trên địa bàn tỉnh.\n"
        "Điều 2. Quyết định có hiệu lực kể từ ngày 20 tháng 4 năm 2027.\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n"
        "QUY CHẾ\nQuản lý chợ trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 21/2027/QĐ-UBND)\n"
        "Điều 1. Tiêu chí lựa chọn doanh nghiệp quản lý chợ\n"
        "1. Năng lực tài chính của doanh nghiệp (tối đa 40 điểm) và kinh nghiệm quản lý (tối đa 20 điểm).\n"
        "2. Ban quản lý chợ bố trí từ 03 người trở lên trực bảo vệ ban đêm.\n", encoding="utf-8")
    assert parse(f).goals == []


def test_a_safety_norm_of_an_approved_technical_plan_is_no_target(tmp_path):
    f = tmp_path / "qd.txt"
    f.write_text(
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSố: 305/QĐ-UBND\nYên Bái, ngày 03 tháng 9 năm 2026\n"
        "QUYẾT ĐỊNH\nPhê duyệt phương án phá đá bằng vật liệu nổ tại mỏ đá Khe Sang\n"
        "Điều 1. Phê duyệt phương án với các nội dung chính sau:\n"
        "1. Bố trí 03 chốt cảnh giới cách tối thiểu 250m so với vị trí nổ.\n"
        "2. Tại mỗi chốt bố trí ít nhất 02 người cảnh giới, có cờ hiệu và còi.\n"
        "Điều 2. Công ty chịu trách nhiệm thi hành Quyết định này.\n", encoding="utf-8")
    assert parse(f).goals == []


def test_a_purpose_of_complying_with_a_rule_is_procedural(tmp_path):
    """A Tờ trình's proposals made "to comply with" a cited article state no aim of their own."""
    f = tmp_path / "ttr.txt"
    f.write_text('SỞ XÂY DỰNG TỈNH QUẢNG TRỊ\n'
                 'Số: 77/TTr-SXD\n'
                 'Quảng Trị, ngày 12 tháng 5 năm 2027\n'
                 'TỜ TRÌNH\n'
                 'Về việc đề nghị phê duyệt phương án phòng cháy tại kho vật liệu\n'
                 'Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.\n'
                 'I. SỰ CẦN THIẾT\n'
                 'Kho vật liệu có diện tích 2.400 m2, chứa hàng dễ cháy.\n'
                 'II. ĐỀ XUẤT\n'
                 'Để thực hiện theo quy định của khoản 3 Điều 12 Nghị định số 181/2025/NĐ-CP của Chính phủ, Sở Xây dựng đề nghị Ủy ban nhân dân tỉnh các nội dung sau:\n'
                 '1. Xem xét, phê duyệt phương án phòng cháy của kho vật liệu.\n',
                 encoding="utf-8")
    assert parse(f).goals == []


def test_a_reports_appendix_tables_set_no_targets(tmp_path):
    """A Báo cáo's Phụ lục tells each item's state ("GPMB đạt 12 ha", "mở rộng thêm 8 ha"): no targets;
    the body's stated purpose stays."""
    f = tmp_path / "bc.txt"
    f.write_text(
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐẮK NÔNG\nSố: 88/BC-SNNMT\nĐắk Nông, ngày 05 tháng 8 năm 2026\n"
        "BÁO CÁO\nTình hình giao đất trồng rừng\n"
        "I. TÌNH HÌNH CHUNG\nToàn tỉnh đã giao 1.250 ha đất rừng cho 14 cộng đồng.\n"
        "II. KIẾN NGHỊ\nĐể đẩy nhanh tiến độ giao đất, giao rừng cho cộng đồng, Sở kiến nghị UBND tỉnh chỉ đạo "
        "các xã hoàn thành hồ sơ.\n"
        "Phụ lục\nCHI TIẾT TIẾN ĐỘ GIAO ĐẤT CỦA TỪNG XÃ\n"
        "1. Xã Đắk Som: đã đo đạc đạt 120 ha; phấn đấu giao thêm 35 ha.\n"
        "2. Xã Quảng Sơn: diện tích 80 ha, mở rộng thêm 15 ha theo quy hoạch, đạt 60% kế hoạch.\n",
        encoding="utf-8")
    plan = parse(f)
    assert plan.appendices and all(not (a.span[0] <= g.span[0] < a.span[1])
                                   for g in plan.goals for a in plan.appendices)
    assert any("đẩy nhanh tiến độ giao đất" in g.text for g in plan.goals)


def test_a_purpose_joined_to_the_basis_by_va():
    goals = _run("Thực hiện Công văn số 211/UBND-NC ngày 03/02/2027 của UBND tỉnh và để bảo đảm thi hành "
                 "thống nhất Luật Phòng cháy, chữa cháy, Công an tỉnh đề nghị các đơn vị thực hiện các nội dung sau:")
    assert [g.kind for g in goals] == ["purpose"]
    assert "bảo đảm thi hành thống nhất Luật Phòng cháy" in goals[0].text
    assert "đề nghị" not in goals[0].text


def test_a_teams_purpose_with_a_mistyped_de(tmp_path):
    f = tmp_path / "qd.txt"
    f.write_text("SỞ Y TẾ TỈNH BẾN TRE\nSố: 412/QĐ-SYT\nBến Tre, ngày 14 tháng 5 năm 2027\nQUYẾT ĐỊNH\n"
                 "Thành lập Đoàn thanh tra an toàn thực phẩm\nQUYẾT ĐỊNH:\n"
                 "Điều 1. Thành lập Đoàn thanh tra đề thanh tra việc chấp hành quy định về an toàn thực phẩm "
                 "tại các bếp ăn tập thể năm 2027, gồm các ông (bà) có tên sau đây:\n"
                 "1. Ông Lê Văn Hải, Phó Chánh Thanh tra Sở, Trưởng đoàn.\n"
                 "Điều 2. Đoàn thanh tra có nhiệm vụ thanh tra theo kế hoạch.\n", encoding="utf-8")
    assert any("việc chấp hành quy định về an toàn thực phẩm" in g.text for g in parse(f).goals)


def test_a_count_of_opinions_received_is_no_target():
    goals = _run("Đến hết ngày 20/4/2027, Sở Tư pháp tiếp nhận được 47 văn bản góp ý, trong đó 40 văn bản "
                 "đồng ý với dự thảo. Phấn đấu 100% xã có tủ sách pháp luật.")
    assert [g.text for g in goals] == ["Phấn đấu 100% xã có tủ sách pháp luật."]


@pytest.mark.parametrize("text", [
    # a count a condition names: the case a rule covers
    "Trường hợp chỉ có 01 nhà đầu tư đăng ký, giao Sở Kế hoạch và Đầu tư thẩm định hồ sơ và trình UBND tỉnh.",
    "Nếu có từ 03 hộ trở lên cùng đề nghị, UBND xã lập danh sách gửi Phòng Nông nghiệp.",
    # a purpose that is a question to settle, no aim
    ("Để xác định cơ sở có thuộc đối tượng phải xây dựng Kế hoạch phòng ngừa, ứng phó sự cố hóa chất "
     "hay không, đề nghị doanh nghiệp đối chiếu Phụ lục kèm theo Nghị định.\n"),
])
def test_conditions_and_questions_are_no_goals(text):
    assert _run(text) == []


def test_a_purpose_to_determine_a_result_stays():
    text = ("Để xác định rõ nguyên nhân sự cố và phòng ngừa tái diễn, Sở Công Thương đề nghị "
            "Công ty báo cáo:\n1. Diễn biến sự cố.\n")
    assert [g.kind for g in _run(text)] == ["purpose"]


def test_a_firms_technical_plan_sets_no_aims(tmp_path):
    """A Phương án thi công of a contractor: design figures, formulas, the reasons for a method and
    the "mục tiêu sản xuất" of the site describe the work; only a part headed as aims gives goals."""
    body = ("CÔNG TY CỔ PHẦN XÂY LẮP SÔNG ĐÀ 7\nSố: 03/PATC-SĐ7\nHòa Bình, ngày 14 tháng 8 năm 2027\n"
            "PHƯƠNG ÁN THI CÔNG\nĐào hầm dẫn dòng nhà máy thủy điện Suối Lư\n"
            "I. ĐẶC ĐIỂM CÔNG TRÌNH\n"
            "Mục tiêu sản xuất là cung cấp đá dăm các loại cho trạm trộn bê tông của công trường.\n"
            "II. TÍNH TOÁN THÔNG SỐ\n"
            "Chỉ tiêu kỹ thuật xác định theo công thức sau:\n"
            "- Khoảng cách giữa các lỗ khoan a = 1,2m, chiều sâu lỗ khoan 3,5m.\n"
            "- Lượng thuốc nạp mỗi lỗ Q = 2,4 kg, tổng cộng 150 lỗ khoan mỗi đợt.\n"
            "Nhằm giảm chấn động đến khu dân cư, đơn vị chọn phương pháp nổ vi sai.\n"
            "Mỗi ca bố trí ít nhất 02 người gác tại 04 điểm.\n")
    f = tmp_path / "patc.txt"
    f.write_text(body, encoding="utf-8")
    assert parse(f).goals == []
    # a part headed as aims still states them
    f.write_text(body.replace("I. ĐẶC ĐIỂM CÔNG TRÌNH\n", "I. MỤC ĐÍCH\n- Bảo đảm an toàn tuyệt đối cho "
                              "người và thiết bị trong suốt quá trình đào hầm.\nII. ĐẶC ĐIỂM CÔNG TRÌNH\n")
                 .replace("II. TÍNH", "III. TÍNH"), encoding="utf-8")
    assert [g.text for g in parse(f).goals] == [
        "Bảo đảm an toàn tuyệt đối cho người và thiết bị trong suốt quá trình đào hầm."]


def test_a_specification_term_opens_no_list_of_aims():
    text = ("Chỉ tiêu cơ lý của đất nền được xác định như sau:\n"
            "- Dung trọng tự nhiên 1,85 T/m3, góc ma sát trong 18 độ.\n"
            "- Lực dính kết 0,25 kG/cm2 tại 12 vị trí khoan.\n")
    assert _run(text) == []


def test_a_purpose_whose_de_lost_its_dot():
    text = ("2. Đề nghị\nĐề công tác phòng cháy tại các chợ được bảo đảm an toàn hơn, Sở Công Thương "
            "yêu cầu Ban quản lý các chợ thực hiện một số nội dung sau:\n"
            "- Rà soát hệ thống điện, bổ sung bình chữa cháy tại các ki-ốt.\n")
    assert [g.text for g in _run(text)] == ["Đề công tác phòng cháy tại các chợ được bảo đảm an toàn hơn"]
    # "Đề nghị …" opening a request is no purpose
    assert _run("Đề nghị Ban quản lý chợ Bắc Hà bổ sung bình chữa cháy, Sở Công Thương yêu cầu báo cáo.\n") == []


def test_how_things_have_stood_lately_is_no_target(tmp_path):
    f = tmp_path / "bc.txt"
    f.write_text("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ GIANG\nSố: 88/BC-SNNMT\nHà Giang, ngày 5 tháng 6 năm 2027\n"
                 "BÁO CÁO\nTình hình phát triển chè Shan tuyết\n\n"
                 "Hà Giang là tỉnh có diện tích chè Shan tuyết lớn của cả nước.\n"
                 "Trong những năm gần đây, cây chè giữ vai trò chủ lực của các huyện vùng cao, chiếm khoảng 30% "
                 "giá trị sản xuất nông nghiệp; duy trì việc làm ổn định cho khoảng 12 nghìn lao động, bảo đảm "
                 "thu nhập cho hơn 5.000 hộ.\n"
                 "Thời gian qua, tỉnh duy trì 40 hợp tác xã chè hoạt động hiệu quả.\n", encoding="utf-8")
    assert parse(f).goals == []


def test_what_a_submitted_draft_is_for(tmp_path):
    f = tmp_path / "ttr.txt"
    f.write_text("SỞ TƯ PHÁP TỈNH BẮC KẠN\nSố: 41/TTr-STP\nBắc Kạn, ngày 9 tháng 3 năm 2027\n"
                 "TỜ TRÌNH\nDự thảo Quyết định quy định mức thu phí công chứng\n"
                 "Kính gửi: Ủy ban nhân dân tỉnh Bắc Kạn.\n"
                 "1. Nội dung trình: Sở Tư pháp trình dự thảo gồm 05 Điều. Dự thảo Quyết định được xây dựng "
                 "nhằm thống nhất mức thu trên địa bàn tỉnh; bảo đảm công khai, minh bạch.\n"
                 "2. Quyết định số 12/QĐ-UBND nhằm quy định mức thu cũ đã hết hiệu lực.\n", encoding="utf-8")
    assert [(g.kind, g.text) for g in parse(f).goals] == [
        ("purpose", "Dự thảo Quyết định được xây dựng nhằm thống nhất mức thu trên địa bàn tỉnh; "
                    "bảo đảm công khai, minh bạch.")]


def test_items_under_a_lead_in_on_the_current_situation_set_no_target(tmp_path):
    # "Hiện nay … có 18 chợ …, cụ thể:" describes how things stand; its items ("đa số chợ đạt diện
    # tích từ 2 ha …", "mở rộng lên …" as an orientation) tell of it. A target set later still is one.
    f = tmp_path / "bc-cho.txt"
    f.write_text("SỞ CÔNG THƯƠNG TỈNH ĐẮK LẮK\nSố: 215/BC-SCT\nĐắk Lắk, ngày 12 tháng 8 năm 2026\n"
                 "BÁO CÁO\nTình hình phát triển mạng lưới chợ đầu mối nông sản\n\n"
                 "I. DANH MỤC CHỢ ĐẦU MỐI TIẾP TỤC KÊU GỌI ĐẦU TƯ GIAI ĐOẠN 2026-2030\n"
                 "Hiện nay toàn tỉnh có 18 chợ đầu mối nông sản đang hoạt động (chi tiết tại Phụ lục 1), cụ thể:\n"
                 "- Về quy mô: đa số chợ đạt diện tích từ 2 ha đến 5 ha, đủ điều kiện bố trí kho lạnh; chợ Buôn Hồ "
                 "(1,5 ha) có định hướng mở rộng lên 3 ha sau năm 2030.\n"
                 "- Về lượng hàng: bình quân mỗi chợ đạt 300 tấn nông sản mỗi ngày.\n"
                 "II. ĐỊNH HƯỚNG\n"
                 "Phấn đấu đến năm 2028 toàn tỉnh có 25 chợ đầu mối đạt chuẩn.\n", encoding="utf-8")
    goals = parse(f).goals
    assert [g.text[:22] for g in goals] == ["Phấn đấu đến năm 2028 "]


def test_work_whose_results_were_reported_elsewhere_is_no_target(tmp_path):
    # a fragment of a report, no header: the inspections it tells of were done, their results given
    # in another report
    f = tmp_path / "trich.txt"
    f.write_text("4. Công tác kiểm tra an toàn thực phẩm\n"
                 "+ Về công tác phối hợp kiểm tra liên ngành: Tiến hành 02 đợt kiểm tra tại 45 cơ sở sản xuất, "
                 "kinh doanh thực phẩm, kết quả kiểm tra đã được báo cáo tại Báo cáo định kỳ năm 2019 của "
                 "Sở Y tế.\n", encoding="utf-8")
    assert parse(f).goals == []
