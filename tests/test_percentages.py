"""Percentages: every printed figure once, with its clause, qualifier and section."""
import pytest

from khparse.extract.percentages import extract, parse_number
from khparse.outline import Outline
from khparse.pipeline import parse


def _run(text: str, outline: Outline | None = None):
    return extract(text, outline or Outline([], text_len=len(text), body_end=len(text)))


@pytest.mark.parametrize("text, value, shown", [
    ("Phấn đấu 80% xã đạt chuẩn.", 80, "80%"),
    ("Phấn đấu 80 % xã đạt chuẩn.", 80, "80 %"),
    ("Giảm 12,5% số vụ việc so với năm 2018.", 12.5, "12,5%"),
    ("100% cán bộ, công chức được tập huấn.", 100, "100%"),
    ("có tám mươi phần trăm số hộ tham gia", 80, "tám mươi phần trăm"),
    ("đạt 95 phần trăm", 95, "95 phần trăm"),
])
def test_single_forms(text, value, shown):
    (p,) = _run(text)
    assert p.value == value and p.value_max is None and p.text == shown
    assert text[p.span[0]:p.span[1]] == shown


@pytest.mark.parametrize("text, low, high", [
    ("Phấn đấu 70-80% hộ gia đình được tuyên truyền.", (70, "70"), (80, "80%")),
    ("Phấn đấu 70 - 80% hộ gia đình được tuyên truyền.", (70, "70"), (80, "80%")),
    ("Phấn đấu từ 70% đến 80% hộ gia đình được tuyên truyền.", (70, "70%"), (80, "80%")),
    ("Tỷ lệ tiêm chủng đạt từ 85 đến 90 phần trăm.", (85, "85"), (90, "90 phần trăm")),
    ("Giảm 10 % - 15 % số vụ tai nạn giao thông.", (10, "10 %"), (15, "15 %")),
])
def test_range_gives_both_printed_figures(text, low, high):
    lo, hi = _run(text)
    assert (lo.value, lo.text, lo.qualifier) == (*low, "từ")
    assert (hi.value, hi.text, hi.qualifier) == (*high, "đến")
    assert lo.value_max is None and hi.value_max is None
    for p in (lo, hi):
        assert text[p.span[0]:p.span[1]] == p.text
        assert lo.context == hi.context and p.text in p.context


def test_range_values():
    lo, hi = _run("Từ 70-80% cơ sở bán lẻ chấp nhận thanh toán không dùng tiền mặt.")
    assert (lo.value, hi.value) == (70, 80)
    assert lo.context == hi.context == "Từ 70-80% cơ sở bán lẻ chấp nhận thanh toán không dùng tiền mặt"


@pytest.mark.parametrize("text, qualifier", [
    ("Tỷ lệ người nghiện được điều trị trên 90%.", "trên"),
    ("ít nhất 50% số xã có mô hình", "ít nhất"),
    ("tối thiểu 30% lao động nữ", "tối thiểu"),
    ("tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%", None),
    ("70% trở lên số hộ được hỗ trợ", "trở lên"),
])
def test_qualifier(text, qualifier):
    (p,) = _run(text)
    assert p.qualifier == qualifier


def test_context_is_the_clause():
    text = ("Mục tiêu 80% xã, phường, thị trấn xây dựng kế hoạch; kiểm tra 47 cơ sở; "
            "100% cán bộ được tập huấn. Tỷ lệ 12.5% còn lại.")
    ps = _run(text)
    assert [p.value for p in ps] == [80, 100, 12.5]
    assert ps[0].context == "Mục tiêu 80% xã, phường, thị trấn xây dựng kế hoạch"
    assert ps[1].context == "100% cán bộ được tập huấn"
    assert ps[2].context == "Tỷ lệ 12.5% còn lại"


def test_not_percentages():
    assert _run("giai đoạn 2016 - 2020, 47 cơ sở, HIV/AIDS, quận 1, số 153") == []


def test_section_path_from_outline():
    from khparse.readers import read
    from khparse.sections import build_outline
    doc = read(("UBND TỈNH X\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống mại dâm năm 2019\n"
                "I. MỤC TIÊU\n1. Phấn đấu 80% số xã không có tệ nạn.\n"
                "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế: kiểm tra 100% cơ sở.\n").encode())
    text = doc.text
    ps = extract(text, build_outline(doc))
    assert [(p.value, p.section) for p in ps] == [(80, "I.1"), (100, "II.1")]


@pytest.mark.parametrize("s, n", [("80", 80), ("06", 6), ("12,5", 12.5), ("1.000", 1000),
                                  ("tám mươi", 80), ("một trăm", 100), ("mười lăm", 15),
                                  ("hai mươi mốt", 21), ("một trăm linh năm", 105)])
def test_parse_number(s, n):
    assert parse_number(s) == n


def test_sample_article(samples):
    plan = parse(samples / "seed001.txt")
    assert [p.value for p in plan.percentages] == [80, 100]
    assert plan.percentages[1].context.startswith("100% cán bộ, công chức")


def _letter_with_appendix(tmp_path, appendix: str):
    f = tmp_path / "qd.txt"
    f.write_text("UBND TỈNH HÀ NAM\nSố: 210/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành kế hoạch\n"
                 "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch; phấn đấu 90% hộ dân được phổ biến.\n"
                 "Điều 2. Quyết định có hiệu lực từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n"
                 "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Hòa\n" + appendix, encoding="utf-8")
    return [p.value for p in parse(f).percentages]


def test_a_data_appendix_table_has_no_body_percentages(tmp_path):
    values = _letter_with_appendix(tmp_path, "PHỤ LỤC 2\nTHÔNG SỐ KỸ THUẬT CÔNG TRÌNH\n"
                                   "Tần suất lũ thiết kế | P = 1,5%\nĐộ ẩm vật liệu | 12%\n")
    assert values == [90]


def test_a_plan_attached_as_an_appendix_is_body(tmp_path):
    values = _letter_with_appendix(tmp_path, "KẾ HOẠCH\nTuyên truyền pháp luật năm 2026\n"
                                   "(Kèm theo Quyết định số 210/QĐ-UBND của UBND tỉnh)\n"
                                   "I. MỤC TIÊU\n1. 100% xã tổ chức ít nhất 01 buổi tuyên truyền.\n")
    assert values == [90, 100]
