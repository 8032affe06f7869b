"""Read a review page back the way a browser's DOM would, for the review tests."""
from __future__ import annotations

from html.parser import HTMLParser

from khparse.review.items import Item


class PageReader(HTMLParser):
    """Collects the document text and, per item id, the text of its outermost marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_text = False
        self.depth = 0                       # open elements inside div.text
        self.text: list[str] = []
        self.open_marks: list[str] = []      # ids of marks open around the current point
        self.marked: dict[str, str] = {}
        self.mark_kinds: dict[str, str] = {}
        self.links: list[str] = []           # every src/href value anywhere in the page
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.links += [v for k, v in attrs if k in ("src", "href") and v]
        if tag == "script":
            self.scripts += 1
        if self.in_text:
            self.depth += 1
            if tag == "mark":
                self.open_marks.append(a["data-id"])
                self.marked.setdefault(a["data-id"], "")
                self.mark_kinds[a["data-id"]] = a["data-kind"]
        elif tag == "div" and a.get("class") == "text":
            self.in_text = True

    def handle_endtag(self, tag):
        if not self.in_text:
            return
        if self.depth == 0:
            self.in_text = False
            return
        self.depth -= 1
        if tag == "mark":
            self.open_marks.pop()

    def handle_data(self, data):
        if self.in_text:
            self.text.append(data)
            for i in set(self.open_marks):
                self.marked[i] += data


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


def expected_marks(text: str, items: list[Item]) -> dict[str, str]:
    """Per item id, its text as the page should mark it (a body's mentions in text order)."""
    out = {}
    for item in items:
        merged: list[list[int]] = []
        for a, b in sorted(item.spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out[item.id] = "".join(text[a:b] for a, b in merged)
    return out
