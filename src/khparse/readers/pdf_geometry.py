"""What the PDF reader measures on a page and what it emits: lines with their geometry, pages,
and paragraphs (blocks). Shared by the layout (reading order) and the tables (ruled cells)
modules; depends on nothing but the layout words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon.layout import ROMAN


@dataclass(slots=True)
class Line:
    """One visual line (or one column's part of it) on a page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 12.0
    bold: bool = False
    italic: bool = False
    span: tuple[int, int] | None = None   # (start, end) in the page's pdfium text, if known
    base: float | None = None             # baseline (top-down) of its first char, if known

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def vcenter(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class Page:
    number: int                       # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list = field(default_factory=list)  # pdf_tables.Grid per ruled table, top down


@dataclass
class Para:
    """A block to emit: consecutive lines read as one paragraph."""

    lines: list[Line]
    page: int
    zone: bool = False                # from a two-column zone or a multi-cell row: never joined
    centered: bool = False
    cell: tuple[int, int, int] | None = None  # (table, row, col) of a ruled table's cell
    body: str | None = None           # a cell's text (its lines joined by pdf_tables)

    @property
    def text(self) -> str:
        if self.body is not None:
            return self.body
        return " ".join(ln.text.strip() for ln in self.lines)


# Lines that open a new item, so never continue the previous line: "1.", "1.2.", "a)", "I.",
# "- Xxx", "+ Xxx", "Điều 3.", "Chương II". A dash followed by a lowercase word is a wrapped
# compound ("chính trị\n- xã hội") and does continue.
_ITEM_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\s*\)\s|" + ROMAN + r"\s*[.)]\s|"
    r"[-–+•·*◦▪]\s*(?=[^\s\w]|[\dA-ZÀ-ỸĐ])|"
    r"(?:Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC|Phụ lục|PHỤ LỤC)\s+\w+\s*[.:])"
)


def starts_item(text: str) -> bool:
    return bool(_ITEM_RE.match(text.lstrip()))


def is_caps(text: str) -> bool:
    """All letters upper case (at least two cased letters)."""
    return text.isupper() and sum(1 for c in text if c.isupper()) >= 2
