"""A body's paragraphs: the reader's blocks joined where a wrap or a page break cut a sentence.

Shared by the task rules (extract/tasks.py and the modules it calls), which read work one
paragraph at a time.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document
from ..lexicon.structure import OPEN_ENDINGS
from . import prose

_POINT_RE = re.compile(r"\s*[a-zđ][.)]\s")


def paragraphs(doc: Document, start: int = 0, end: int | None = None,
               names: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Paragraph spans in [start, end): the reader's blocks, joined where a page break (at
    most one blank line) or a soft wrap cut a sentence; table cells and lettered points
    ("a) …") stand alone. A wrap inside one of ``names`` (the bodies' names) cuts a sentence
    though the next line opens with a capital ("… yêu cầu Công ty Cổ phần Công nghiệp\nKhánh
    An thực hiện …")."""
    text = doc.text
    end = len(text) if end is None else end
    cells = set()
    units = []
    for b in doc.blocks:
        if b.end <= start or b.start >= end:
            continue
        s, e = max(b.start, start), min(b.end, end)
        if text[s:e].strip():
            units.append((s, e))
            if b.table is not None:
                cells.add(s)

    def may_join(prev_end: int, s: int, e: int) -> bool:
        return text.count("\n", prev_end, s) <= 2 and s not in cells and not _POINT_RE.match(text, s, e)

    return prose.join_wrapped(text, units, ".:;!?", may_join, cuts=_name_wrap(text, names))


def _name_wrap(text: str, names: Iterable[str]):
    """``cuts(prev_end, start)``: whether the break between two units falls inside a sentence
    though the next opens with a capital: between two words of a name of three words or more,
    after a comma before a name ("… giữa các cơ quan: Sở Nông nghiệp và Môi trường,\nSở Công
    Thương, Sở Xây dựng …"), or after a word no sentence ends on (lexicon OPEN_ENDINGS)."""
    splits, whole = set(), set()
    for n in names:
        words = tuple(n.casefold().split())
        if len(words) >= 3:
            splits.update((words[:k], words[k:]) for k in range(1, len(words)))
        if len(words) >= 2:
            whole.add(words)

    def cuts(prev_end: int, start: int) -> bool:
        before = tuple(text[max(0, prev_end - 80):prev_end].casefold().split())
        after = tuple(w.rstrip(",.;:)") for w in text[start:start + 80].casefold().split())
        if not before or not after or not after[0][:1].isalpha():
            return False
        if before[-1] in _OPEN_ONE or " ".join(before[-2:]) in _OPEN_TWO:
            return True
        if before[-1].endswith(",") and any(after[:len(w)] == w for w in whole):
            return True
        return any(before[-len(h):] == h and after[:len(t)] == t for h, t in splits)
    return cuts


_OPEN_ONE = {w for w in OPEN_ENDINGS if " " not in w}
_OPEN_TWO = {w for w in OPEN_ENDINGS if " " in w}
