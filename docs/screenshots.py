"""Regenerate the README's pictures of the review page (docs/images/review-*.png).

    .venv/bin/pip install pillow     # optional: shrinks the PNGs to a 64-colour palette
    .venv/bin/python docs/screenshots.py

Drives Debian's headless chromium + chromium-driver through Selenium (the test extra), on
pages made by `khparse review` and `khparse batch --html` from samples/.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1280,860"]


def khparse(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "khparse", *args], check=True, cwd=ROOT)


def shrink(png: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as im:
        im.convert("RGB").quantize(colors=64, dither=Image.Dither.NONE).save(png, optimize=True)


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="khparse-shots-"))
    arch = work / "archive"
    arch.mkdir()
    for name in ("seed002_docx.docx", "ke-hoach-so-cong-thuong-lao-cai.docx",
                 "cong-van-khan-ubnd-thanh-hoa.pdf", "quyet-dinh-ubnd-nghe-an-kem-ke-hoach.docx",
                 "chuong-trinh-tinh-uy-quang-ninh.txt", "seed004.txt"):
        shutil.copy(ROOT / "samples" / name, arch / name)
    khparse("batch", str(arch), "-o", str(work / "out"), "--html", "-q", "--jobs", "1")

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium")
    for flag in FLAGS + [f"--user-data-dir={work / 'profile'}"]:
        opts.add_argument(flag)
    d = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    try:
        # 1. the text with its marks, the task table, and the pop-up of a deadline inside a task
        d.get((work / "out" / "seed002_docx.docx.html").as_uri())
        d.find_element(By.CSS_SELECTOR, '#task-table tr[data-target="task-25"]').click()
        time.sleep(1.2)
        d.find_element(By.CSS_SELECTOR, '#doc mark[data-id="task-25"] mark[data-kind="deadline"]').click()
        time.sleep(0.3)
        shot(d, "review-text.png")
        # 2. the deadline timeline of a provincial plan
        d.get((work / "out" / "ke-hoach-so-cong-thuong-lao-cai.docx.html").as_uri())
        d.find_element(By.CSS_SELECTOR, '.tabs [data-tab="timeline"]').click()
        time.sleep(0.3)
        shot(d, "review-timeline.png")
        # 3. the archive index
        d.get((work / "out" / "index.html").as_uri())
        time.sleep(0.3)
        shot(d, "review-index.png")
    finally:
        d.quit()
        shutil.rmtree(work, ignore_errors=True)


def shot(d, name: str) -> None:
    path = IMAGES / name
    d.save_screenshot(str(path))
    shrink(path)
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
