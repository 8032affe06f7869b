"""The review page: every item marked where its span says, text escaped, nothing remote;
`khparse review` and `khparse batch --html` write it. (Rendering in a real browser:
test_review_browser.py.)"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khparse
from khparse.cli import app
from khparse.review import render
from khparse.review.items import Item, catalogue
from khparse.review.labels import warning_gloss
from khparse.review.marks import mark_text
from khparse.review.periods import period
from khparse.review.timeline import render_timeline
from review_html import expected_marks, read_page

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# A plan whose text carries markup, quotes and a closing script tag in a task and the title.
HOSTILE = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 05 tháng 3 năm 2024\n"
    "KẾ HOẠCH\nThực hiện chuyển đổi số <script>alert(\"x\")</script> năm 2024\nI. NHIỆM VỤ\n"
    "1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ hoàn thành trước ngày "
    "31/12/2024 việc cập nhật trang <b>tin</b> & \"dữ liệu\" </script><!-- x --><script>alert(1)"
    "</script>, đạt 80% hồ sơ theo Quyết định số 749/QĐ-TTg.\n"
    "2. Sở Nội vụ chủ trì rà soát hồ sơ, báo cáo định kỳ hằng quý.\n"
)


def _page(source) -> tuple[khparse.models.Plan, str, str]:
    doc = khparse.read(source)
    plan = khparse.parse_document(doc)
    return plan, doc.text, render(plan, doc.text)


def test_nested_and_crossing_spans_each_keep_their_text():
    text = "Sở Y tế chủ trì, hoàn thành trước ngày 31/12/2024; đạt 90% trạm y tế."
    at = text.index
    items = [
        Item("task-0", "task", ((0, at(";")),), "#1", ()),
        Item("body-0", "body", ((0, 7),), "Sở Y tế", ()),
        Item("deadline-0", "deadline", ((at("trước"), at(";")),), "#1", ()),
        # a goal that starts inside the task and ends after it: crosses the task's end
        Item("goal-0", "goal", ((at("hoàn"), len(text) - 1),), "#1", ()),
        Item("percentage-0", "percentage", ((at("90%"), at("90%") + 3),), "#1", ()),
        Item("field-x", "field", ((5, 5),), "x", ()),                 # empty span: still a mark
        Item("reference-0", "reference", ((60, 999),), "off", ()),    # beyond the text
    ]
    html, off = mark_text(text, items)
    page = read_page(f'<div class="text">{html}</div>')
    assert "".join(page.text) == text
    assert off == ["reference-0"]
    assert page.marked == {k: v for k, v in expected_marks(text, items).items() if k != "reference-0"}
    # nested spans nest; the goal crossing the task's end is split in two marks
    assert html == (
        '<mark data-kind="task" data-id="task-0"><mark data-kind="body" data-id="body-0">Sở Y '
        '<mark data-kind="field" data-id="field-x"></mark>tế</mark> chủ trì, '
        '<mark data-kind="goal" data-id="goal-0">hoàn thành <mark data-kind="deadline" '
        'data-id="deadline-0">trước ngày 31/12/2024</mark></mark></mark><mark data-kind="goal" '
        'data-id="goal-0">; đạt <mark data-kind="percentage" data-id="percentage-0">90%</mark> '
        'trạm y tế</mark>.')


def test_every_item_of_every_sample_is_marked_with_its_text():
    for path in sorted(SAMPLES.iterdir()):
        plan, text, html = _page(path)
        page = read_page(html)
        items = catalogue(plan)
        assert "".join(page.text) == text, path.name
        assert page.marked == expected_marks(text, items), path.name
        assert {i.id: i.kind for i in items} == page.mark_kinds
        kinds = set(page.mark_kinds.values())
        assert {"field", "body"} <= kinds, path.name
        assert (plan.tasks != []) == ("task" in kinds)


def test_markup_in_the_document_is_shown_as_text_never_run():
    plan, text, html = _page(HOSTILE.encode())
    assert "<script>alert" not in html and "<b>tin</b>" not in html and "<!-- x" not in html
    page = read_page(html)
    assert "".join(page.text) == text
    assert page.scripts == 2                      # the page's data and its code, nothing else
    data = re.search(r'<script type="application/json" id="khparse-data">(.*?)</script>', html, re.S)
    items = json.loads(data.group(1))["items"]
    assert "</script><!-- x --><script>alert(1)</script>" in items["task-0"][3]
    assert "&lt;script&gt;alert(&quot;x&quot;)" in html.split("<title>")[1].split("</title>")[0]


def test_page_loads_nothing_remote_and_is_deterministic():
    plan, text, html = _page(SAMPLES / "seed002_docx.docx")
    assert html == render(plan, text)
    page = read_page(html)
    assert page.links == []
    assert "default-src 'none'" in html                 # the browser refuses any fetch
    assert not re.search(r"url\(|@import|https?://", html)


def test_panel_holds_tasks_timeline_bodies_and_identity():
    plan, text, html = _page(SAMPLES / "seed002_docx.docx")
    rows = re.findall(r'<tr data-target="task-(\d+)"', html)
    assert rows == [str(i) for i in range(len(plan.tasks))] and len(rows) == 55
    dated = [d for d in plan.deadlines if d.date]
    assert len(re.findall(r'<li class="tl-row" data-target="deadline-', html)) == len(dated)
    assert len(re.findall(r'<tr data-target="body-', html)) == len(plan.bodies)
    assert 'data-target="field-number"' in html and "2234/KH-UBND" in html
    lead = plan.tasks[0].lead
    assert f'<option value="{lead}">' in html        # the body filter offers the lead


def test_warnings_are_shown_in_vietnamese_with_the_original():
    plan, text, html = _page(SAMPLES / "seed004.txt")
    assert "document number left blank (draft)" in plan.warnings
    top = html.split('<section class="warnings"')[1].split("</section>")[0]
    assert "Số văn bản để trống" in top and "(document number left blank (draft))" in top
    assert warning_gloss("deadline 'chậm nhất ngày 20/10' gives no year; assumed 2024, the "
                         "document's year") == ("Thời hạn “chậm nhất ngày 20/10” không ghi năm; "
                                                "đã lấy năm 2024 của văn bản")
    assert warning_gloss("pdf: no text layer on pages 2-3 (scanned pages?); OCR the file").startswith(
        "PDF: trang 2-3 không có lớp chữ")
    assert warning_gloss("docx: text in legacy Vietnamese TCVN3 fonts converted to Unicode") == (
        "Văn bản dùng bảng mã/phông cũ TCVN3, đã chuyển sang Unicode")
    assert warning_gloss("something new") is None


def test_partial_dates_become_periods():
    assert period("2024-12-31").label == "31/12/2024"
    p = period("2024-Q2")
    assert (p.start, p.end, p.label) == (date(2024, 4, 1), date(2024, 6, 30), "quý II/2024")
    assert period("2024-02").end == date(2024, 2, 29)
    assert period("2025-H2").start == date(2025, 7, 1)
    assert period("2026").label == "năm 2026"
    assert period("2024-13") is None and period(None) is None and period("sớm") is None


def test_timeline_places_deadlines_on_one_axis():
    plan = khparse.parse(HOSTILE.encode())
    html = render_timeline(plan)
    bar = re.search(r'class="tl-bar tl-before" style="left:([\d.]+)%;width:([\d.]+)%"', html)
    assert bar and 0 <= float(bar.group(1)) < 100 and float(bar.group(1)) + float(bar.group(2)) <= 100.01
    assert "12/2024" in html                           # the axis tick of the deadline's month
    undated = html.split("không có ngày cụ thể")[1]
    assert "định kỳ" in undated and 'data-target="deadline-1"' in undated
    assert "<code>FREQ=MONTHLY;INTERVAL=3</code>" in undated   # "định kỳ hằng quý" as its RRULE


# ---- command line


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "khparse", *args], capture_output=True,
                          timeout=120, cwd=cwd)


def test_review_writes_the_page_beside_the_file_or_to_stdout(tmp_path):
    src = tmp_path / "kế hoạch.docx"
    shutil.copy(SAMPLES / "seed002_docx.docx", src)
    r = run_cli("review", str(src))
    page = tmp_path / "kế hoạch.docx.html"
    assert r.returncode == 0 and r.stdout == b"" and page.is_file()
    assert r.stderr.decode().strip() == f"khparse: wrote {page}"
    assert "Kế hoạch 2234/KH-UBND" in page.read_text(encoding="utf-8")
    r = run_cli("review", str(src), "-o", "-")
    assert r.returncode == 0 and r.stdout.decode("utf-8") == page.read_text(encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "khparse", "review", "-"], capture_output=True,
                       input=(SAMPLES / "seed000.txt").read_bytes(), timeout=120)
    assert r.returncode == 0 and r.stdout.startswith(b"<!DOCTYPE html>")


def test_review_errors_are_one_line(tmp_path):
    r = run_cli("review", str(tmp_path / "missing.pdf"))
    assert r.returncode == 1 and r.stdout == b""
    assert r.stderr.decode().count("\n") == 1 and "no such file" in r.stderr.decode()
    r = run_cli("review", str(SAMPLES / "seed000.txt"), "-o", str(tmp_path / "no" / "dir" / "p.html"))
    err = r.stderr.decode()
    assert r.returncode == 1 and err.count("\n") == 1 and "cannot write the page" in err
    assert "Traceback" not in err


def _archive(tmp_path: Path) -> Path:
    arch = tmp_path / "archive"
    (arch / "Sở Y tế").mkdir(parents=True)
    shutil.copy(SAMPLES / "seed002_docx.docx", arch / "Sở Y tế" / "kế hoạch 2234.docx")
    shutil.copy(SAMPLES / "seed004.txt", arch / "cong-van.txt")
    (arch / "hỏng.pdf").write_bytes(b"%PDF-1.7\n garbage")
    return arch


def test_batch_html_writes_a_page_per_document_and_the_index(tmp_path):
    arch, out = _archive(tmp_path), tmp_path / "out"
    runner = CliRunner()
    r = runner.invoke(app, ["batch", str(arch), "-o", str(out), "--jobs", "1", "--html", "-q"])
    assert r.exit_code == 1                         # the broken PDF fails, the rest converts
    page = out / "Sở Y tế" / "kế hoạch 2234.docx.html"
    assert page.is_file() and (out / "cong-van.txt.html").is_file()
    html = page.read_text(encoding="utf-8")
    assert 'href="../index.html"' in html
    plan = khparse.parse(arch / "Sở Y tế" / "kế hoạch 2234.docx")
    assert read_page(html).marked.keys() == {i.id for i in catalogue(plan)}

    index = (out / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]+)">', index)
    assert sorted(hrefs) == ["S%E1%BB%9F%20Y%20t%E1%BA%BF/k%E1%BA%BF%20ho%E1%BA%A1ch%202234.docx.html",
                             "cong-van.txt.html"]
    assert "2234/KH-UBND" in index and "<td class=num>55</td>" in index            # number, task count
    fails = index.split('id="failures"')[1]
    assert "hỏng.pdf" in fails and "corrupt" in fails

    # a rerun keeps the pages; a document that now fails loses its page
    before = page.stat().st_mtime_ns
    (arch / "cong-van.txt").write_bytes(b"")
    r = runner.invoke(app, ["batch", str(arch), "-o", str(out), "--jobs", "1", "--html", "-q"])
    assert page.stat().st_mtime_ns == before
    assert not (out / "cong-van.txt.html").exists() and not (out / "cong-van.txt.json").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "cong-van.txt.html" not in index and "file is empty" in index


def test_batch_html_needs_an_output_folder(tmp_path):
    r = CliRunner().invoke(app, ["batch", str(_archive(tmp_path)), "--jsonl", "--html"])
    assert r.exit_code == 2 and "--html need -o OUT_DIR" in r.output


def test_batch_html_leaves_a_foreign_index_alone(tmp_path):
    arch, out = _archive(tmp_path), tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("<p>mine</p>")
    r = CliRunner().invoke(app, ["batch", str(arch), "-o", str(out), "--jobs", "1", "--html", "-q"])
    assert r.exit_code == 1 and "not written by khparse" in r.output
    assert (out / "index.html").read_text() == "<p>mine</p>"
