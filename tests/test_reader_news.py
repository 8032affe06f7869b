"""Web pages (.html) and Markdown with front matter are read as news articles ("Tin bài")."""
from __future__ import annotations

import khparse
from conftest import FIXTURES

HTML = FIXTURES / "news_laocai.html"
MD = FIXTURES / "news_hanoi.md"


def test_html_main_text_only():
    doc = khparse.read(HTML)
    text = doc.text
    assert doc.format == "html" and doc.genre == "news"
    assert text.startswith("Lào Cai ban hành kế hoạch phòng chống thiên tai năm 2024\n"
                           "Ngày đăng: 05/03/2024 08:15\n")
    for junk in ("Trang chủ", "Thời sự", "Quảng cáo", "color:red", "Facebook", "Tin liên quan",
                 "Bình luận", "Đọc nhiều nhất", "Giấy phép số 123", "Báo Lào Cai điện tử",
                 "&nbsp;", "&amp;"):
        assert junk not in text, junk
    assert text.count("Lào Cai ban hành kế hoạch phòng chống thiên tai năm 2024") == 1
    assert "so với năm 2023 và hoàn thành việc di dời" in text  # entity escaped twice, decoded
    assert "UBND các huyện, thị xã, thành phố\nxây dựng phương án" in text  # <br>
    cells = {b.table: text[b.start:b.end] for b in doc.blocks if b.kind == "cell"}
    assert cells[(0, 1, 0)] == "Diễn tập ứng phó lũ quét"
    assert cells[(0, 1, 1)] == "Bộ Chỉ huy Quân sự tỉnh"


def test_html_plan():
    plan = khparse.parse(HTML)
    d = plan.document
    assert d.type == "Tin bài"
    assert d.published_date == "2024-03-05"
    text = khparse.read(HTML).text
    a, b = d.spans["published_date"]
    assert text[a:b].startswith("Ngày đăng: 05/03/2024")
    assert d.title == "Lào Cai ban hành kế hoạch phòng chống thiên tai năm 2024"
    assert d.reported.number == "125/KH-UBND" and d.reported.issued_date == "2024-03-04"
    assert {t.lead for t in plan.tasks} >= {"Sở Nông nghiệp và Phát triển nông thôn"}
    assert "2024-06-30" in {x.date for x in plan.deadlines}


def test_html_date_from_time_element(tmp_path):
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>Tin</title></head><body>"
            "<div id='menu'><a>Giới thiệu</a> <a>Liên hệ</a></div><div class='content'>"
            "<h1>Thái Bình triển khai kế hoạch trồng cây</h1><time datetime='2023-01-09'>9/1</time>"
            "<p>Ngày 6/1/2023, UBND tỉnh Thái Bình ban hành Kế hoạch số 12/KH-UBND về trồng "
            "một triệu cây xanh, hoàn thành trước ngày 31/12/2023.</p></div></body></html>")
    p = tmp_path / "tin.htm"
    p.write_bytes(page.encode("utf-8"))
    plan = khparse.parse(p)
    assert plan.document.type == "Tin bài" and plan.document.published_date == "2023-01-09"
    assert plan.document.title == "Thái Bình triển khai kế hoạch trồng cây"
    assert "Giới thiệu" not in khparse.read(p).text


def test_markdown_front_matter():
    doc = khparse.read(MD)
    assert doc.format == "md" and doc.genre == "news"
    lines = doc.text.split("\n")
    assert lines[:2] == ["Hà Nội triển khai kế hoạch chuyển đổi số năm 2025",
                         "Ngày đăng: 14/02/2025 09:30"]
    for junk in ("---", "author:", "tags:", "**", "![", "https://", "|", "#"):
        assert junk not in doc.text, junk
    assert "- Các quận, huyện triển khai cổng dịch vụ công trước tháng 12/2025." in doc.text
    plan = khparse.parse(MD)
    assert plan.document.type == "Tin bài" and plan.document.published_date == "2025-02-14"
    assert "Sở Thông tin và Truyền thông" in {t.lead for t in plan.tasks}


def test_markdown_without_front_matter_stays_text(tmp_path):
    p = tmp_path / "ghi-chu.md"
    p.write_text("# Ghi chú\n\nKế hoạch số 5/KH-UBND ngày 2/1/2024.\n", encoding="utf-8")
    doc = khparse.read(p)
    assert doc.format == "txt" and doc.genre is None


def test_empty_page_is_refused(tmp_path):
    import pytest
    from khparse.errors import EmptyInput

    p = tmp_path / "empty.html"
    p.write_text("<!DOCTYPE html><html><head><title></title><script>x=1</script></head>"
                 "<body><nav>Trang chủ</nav></body></html>", encoding="utf-8")
    with pytest.raises(EmptyInput):
        khparse.read(p)
