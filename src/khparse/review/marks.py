"""The document text as HTML, every item span wrapped in ``<mark data-kind data-id>``.

Spans nest (a deadline inside a task inside a section) and sometimes cross (a goal that
starts inside one task and ends inside the next). The text is cut at every span boundary;
each piece is covered by a set of items, ordered outermost first (earlier start, then longer
span, then kind order). Marks are kept open from piece to piece while that order allows, so
nested spans become nested elements and a crossing span is split into consecutive marks
with the same ``data-id``. Every character of the text is written exactly once, escaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .items import Item
from .labels import KINDS

_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    item: Item
    seq: int

    @property
    def order(self) -> tuple:
        return (self.start, -self.end, _KIND_ORDER.get(self.item.kind, len(_KIND_ORDER)), self.seq)

    def open_tag(self) -> str:
        return f'<mark data-kind="{self.item.kind}" data-id="{escape(self.item.id)}">'


def mark_text(text: str, items: list[Item]) -> tuple[str, list[str]]:
    """HTML of ``text`` with every item marked; also the ids of items with a span off the text."""
    n = len(text)
    marks: list[_Mark] = []
    off_text: list[str] = []
    for item in items:
        for a, b in item.spans:
            if 0 <= a <= b <= n:
                marks.append(_Mark(a, b, item, len(marks)))
            elif item.id not in off_text:
                off_text.append(item.id)

    starts: dict[int, list[_Mark]] = {}
    empty: dict[int, list[_Mark]] = {}
    for m in marks:
        (starts if m.end > m.start else empty).setdefault(m.start, []).append(m)
    bounds = sorted({0, n, *starts, *empty, *(m.end for m in marks)})

    out: list[str] = []
    stack: list[_Mark] = []
    active: list[_Mark] = []
    for i, pos in enumerate(bounds):
        active = [m for m in active if m.end > pos] + starts.get(pos, [])
        wanted = sorted(active, key=lambda m: m.order) if pos < n else []
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        out.extend(m.open_tag() + "</mark>" for m in empty.get(pos, []))
        for m in wanted[keep:]:
            out.append(m.open_tag())
            stack.append(m)
        if pos < n:
            out.append(escape(text[pos:bounds[i + 1]], quote=False))
    return "".join(out), off_text
