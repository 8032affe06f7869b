"""Review pages in a real headless Chromium (Debian's chromium + chromium-driver, via Selenium).

One browser session serves every test. The pages are opened from disk, as an analyst would.
Skipped only when the browser, its driver or Selenium is not installed; CI installs them and
sets KHPARSE_REQUIRE_BROWSER=1, which turns that skip into a failure.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khparse
from khparse.cli import app
from khparse.review import render
from khparse.review.items import catalogue
from review_html import expected_marks

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900"]

# Per item id, the text of its outermost marks (a mark inside another of the same id counts once).
MARKED_JS = """
var out = {};
document.querySelectorAll('#doc mark').forEach(function (m) {
  var id = m.dataset.id;
  for (var p = m.parentElement.closest('mark'); p; p = p.parentElement.closest('mark'))
    if (p.dataset.id === id) return;
  out[id] = (out[id] || '') + m.textContent;
});
return out;
"""
# Anything the page fetched or points at outside itself.
REMOTE_JS = """
var urls = [];
document.querySelectorAll('[src], [href], link, img, iframe, object, embed').forEach(function (e) {
  urls.push(e.getAttribute('src') || e.getAttribute('href') || e.tagName);
});
return {resources: performance.getEntriesByType('resource').map(function (r) { return r.name; }),
        urls: urls};
"""
IN_VIEW_JS = """
var m = document.querySelector('#doc mark[data-id="' + arguments[0] + '"]').getBoundingClientRect();
var d = document.getElementById('doc').getBoundingClientRect();
return m.top >= d.top && m.bottom <= d.bottom && m.height > 0;
"""


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "Chromium is not installed (apt-get install chromium chromium-driver)"
    if not shutil.which("chromedriver"):
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


@pytest.fixture(scope="module")
def browser():
    why = _missing()
    if why:
        if os.environ.get("KHPARSE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests required but {why}")
        pytest.skip(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    profile = tempfile.mkdtemp(prefix="khparse-chromium-")
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Every sample's page on disk, with the items it must mark."""
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for path in sorted(SAMPLES.iterdir()):
        doc = khparse.read(path)
        plan = khparse.parse_document(doc)
        page = folder / (path.name + ".html")
        page.write_text(render(plan, doc.text), encoding="utf-8")
        out[path.name] = (page, plan, expected_marks(doc.text, catalogue(plan)))
    return out


def test_every_spanned_item_is_marked_and_nothing_is_fetched(browser, pages):
    for name, (page, plan, expected) in pages.items():
        browser.get(page.as_uri())
        assert browser.execute_script(MARKED_JS) == expected, name
        remote = browser.execute_script(REMOTE_JS)
        assert remote == {"resources": [], "urls": []}, name
        tables = browser.execute_script(
            "return ['#task-table', '#tab-timeline .timeline'].map(function (s) {"
            "  var e = document.querySelector(s); return e ? e.getBoundingClientRect().height : -1; })")
        if plan.tasks:
            assert tables[0] > 0, name            # the task table is on screen (its tab is open)
        assert (tables[1] != -1) == any(d.date for d in plan.deadlines), name


def test_rows_jump_to_their_marks_and_marks_explain_themselves(browser, pages):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    page, plan, _ = pages["seed002_docx.docx"]
    browser.get(page.as_uri())
    task = "task-40"
    assert not browser.execute_script(IN_VIEW_JS, task)
    browser.find_element(By.CSS_SELECTOR, f'#task-table tr[data-target="{task}"]').click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(IN_VIEW_JS, task))
    assert "flash" in browser.find_element(By.CSS_SELECTOR, f'#doc mark[data-id="{task}"]').get_attribute("class")

    # the timeline: a click on a deadline row brings its mark into view too
    browser.find_element(By.CSS_SELECTOR, '.tabs [data-tab="timeline"]').click()
    row = browser.find_element(By.CSS_SELECTOR, "#tab-timeline [data-target]")
    target = row.get_attribute("data-target")
    row.click()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(IN_VIEW_JS, target))

    # a click on a marked deadline inside a task lists both, innermost first
    mark = browser.find_element(By.CSS_SELECTOR, f'#doc mark[data-id="{target}"]')
    mark.click()
    pop = browser.find_element(By.ID, "pop")
    assert pop.is_displayed()
    heads = [h.text for h in pop.find_elements(By.CSS_SELECTOR, "h4")]
    assert heads[0].startswith("Thời hạn") and any(h.startswith("Nhiệm vụ") for h in heads)
    browser.find_element(By.TAG_NAME, "body").send_keys("\ue00c")        # Escape closes it
    assert not pop.is_displayed()

    # the legend turns a kind's colour off
    bg = "return getComputedStyle(document.querySelector('#doc mark[data-kind=task]')).backgroundColor"
    assert browser.execute_script(bg) != "rgba(0, 0, 0, 0)"
    browser.find_element(By.CSS_SELECTOR, '.legend input[data-kind="task"]').click()
    assert browser.execute_script(bg) == "rgba(0, 0, 0, 0)"

    # the body filter keeps the tasks a body leads or partners in
    browser.find_element(By.CSS_SELECTOR, '.tabs [data-tab="tasks"]').click()
    lead = plan.tasks[0].lead
    Select(browser.find_element(By.ID, "task-filter")).select_by_value(lead)
    shown = browser.find_elements(By.CSS_SELECTOR, "#task-table tbody tr:not([hidden])")
    assert len(shown) == sum(1 for t in plan.tasks if lead == t.lead or lead in t.partners) < len(plan.tasks)


def test_batch_index_links_to_each_page(browser, tmp_path):
    from selenium.webdriver.common.by import By

    arch, out = tmp_path / "archive", tmp_path / "out"
    (arch / "Sở Nội vụ").mkdir(parents=True)
    shutil.copy(SAMPLES / "seed004_docx.docx", arch / "Sở Nội vụ" / "công văn.docx")
    shutil.copy(SAMPLES / "seed000.txt", arch / "tin bài.txt")
    r = CliRunner().invoke(app, ["batch", str(arch), "-o", str(out), "--jobs", "1", "--html", "-q"])
    assert r.exit_code == 0, r.output
    browser.get((out / "index.html").as_uri())
    assert browser.execute_script(REMOTE_JS)["resources"] == []
    links = browser.find_elements(By.CSS_SELECTOR, "#docs tbody a")
    assert [a.text for a in links] == ["Sở Nội vụ/công văn.docx", "tin bài.txt"]
    links[0].click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Công văn")
    assert browser.execute_script(MARKED_JS)            # the page rendered its marks
    browser.find_element(By.CSS_SELECTOR, "a.back").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Danh mục văn bản"
