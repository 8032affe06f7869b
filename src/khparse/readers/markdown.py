"""A Markdown article with YAML-style front matter (``---`` … ``---``): a news article.

Static-site and CMS exports keep the headline and date in front matter (``title:``,
``date:``); the body is Markdown, parsed with markdown-it-py (already installed with rich).
Headings, paragraphs, list items, quotes and table cells become blocks; links keep their
text, images and raw HTML are dropped. A .md file without front matter stays plain text.
"""
from __future__ import annotations

import re

from ..document import Document, DocumentBuilder
from . import news

FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<head>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                          re.S)
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_DATE_KEYS = ("date", "published", "published_at", "publishdate", "pubdate", "published_date",
              "created", "created_at")


def has_front_matter(text: str) -> bool:
    m = FRONT_MATTER.match(text[:8192])
    return bool(m) and any(_KEY.match(line) for line in m.group("head").splitlines())


def read_markdown(data: bytes, path: str | None = None) -> Document:
    from .txt import decode

    text = decode(data)[0].replace("\r\n", "\n").replace("\r", "\n")
    m = FRONT_MATTER.match(text)
    meta: dict[str, str] = {}
    if m:
        for line in m.group("head").splitlines():
            km = _KEY.match(line)
            if km and km.group("value"):
                meta.setdefault(km.group("key").lower(), km.group("value").strip("\"'"))
        text = text[m.end():]
    b = DocumentBuilder("md", data, path)
    news.start_article(b, meta.get("title"), next((meta[k] for k in _DATE_KEYS if k in meta), None))
    _blocks(b, text, meta.get("title"))
    return b.build()


def _blocks(b: DocumentBuilder, text: str, title: str | None) -> None:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    heading = None
    table = -1
    row = col = 0
    in_cell = False
    lists: list[list] = []      # [ordered?, next number] per open list
    prefix = ""                 # the list marker the next paragraph starts with
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append([tok.type == "ordered_list_open", int(tok.attrGet("start") or 1)])
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "list_item_open" and lists:
            ordered, n = lists[-1]
            prefix = f"{n}. " if ordered else "- "
            lists[-1][1] = n + 1
        elif tok.type == "heading_open":
            heading = tok.tag
        elif tok.type == "heading_close":
            heading = None
            b.blank()
        elif tok.type == "table_open":
            table += 1
            row = -1
        elif tok.type == "tr_open":
            row += 1
            col = -1
        elif tok.type in ("th_open", "td_open"):
            col += 1
            in_cell = True
            b.blank()
        elif tok.type in ("th_close", "td_close"):
            in_cell = False
        elif tok.type == "table_close":
            b.blank()
        elif tok.type == "paragraph_close":
            b.blank()
        elif tok.type in ("fence", "code_block"):
            b.add(tok.content)
        elif tok.type == "inline":
            line, prefix = prefix + _inline(tok), ""
            if heading == "h1" and title and " ".join(line.split()) == " ".join(title.split()):
                continue  # the headline is already the first block
            if in_cell:
                b.add(line, kind="cell", table=(table, row, col))
            else:
                b.add(line, bold=heading is not None or _all_strong(tok))


def _inline(tok) -> str:
    out: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def _all_strong(tok) -> bool:
    """A paragraph written wholly in **bold** (a sapo, a heading typed as bold)."""
    kids = [c for c in tok.children or [] if c.type not in ("softbreak", "hardbreak")]
    return len(kids) >= 3 and kids[0].type == "strong_open" and kids[-1].type == "strong_close" \
        and sum(1 for c in kids if c.type == "strong_open") == 1
