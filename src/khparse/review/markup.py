"""Small HTML helpers shared by the document page and the archive index.

The page's template, stylesheet and scripts are package data (``assets/``) and are inlined
into every page, so a page opens from disk with no network and no companion files.
"""
from __future__ import annotations

import json
import re
from functools import cache
from html import escape
from importlib.resources import files

from .. import __version__

_SLOT = re.compile(r"\{\{(\w+)\}\}")

#: Marks the files the review wrote, so a rerun may replace or remove them and nothing else.
GENERATOR = f"khparse {__version__} review"


def esc(value: object) -> str:
    """Text for element content or a quoted attribute ("" for None)."""
    return "" if value is None else escape(str(value), quote=True)


def short(s: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


@cache
def asset(name: str) -> str:
    return (files(__package__) / "assets" / name).read_text(encoding="utf-8")


def fill(template: str, **values: str) -> str:
    """Put each ``{{name}}`` slot's value in, in one pass (values are never re-scanned)."""
    return _SLOT.sub(lambda m: values[m.group(1)], template)


def th(label: str, kind: str = "text") -> str:
    """A sortable column head (``kind`` "num" sorts by number)."""
    return f'<th scope="col" data-type="{kind}"><button type="button">{label}</button></th>'


def script_json(obj: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line separators."""
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def page(title: str, body: str, *, body_class: str = "", scripts: tuple[str, ...] = (), data: object = None) -> str:
    """A whole self-contained HTML document around ``body``."""
    data_tag = ("" if data is None else
                f'<script type="application/json" id="khparse-data">{script_json(data)}</script>')
    return fill(asset("page.html"), title=esc(title), generator=esc(GENERATOR),
                css=asset("review.css"), body_class=esc(body_class), body=body, data=data_tag,
                js="\n".join(asset(s) for s in scripts))
