"""The reference list of a technical text ("THƯ MỤC TÀI LIỆU THAM KHẢO" / "[3] Hướng dẫn tính
toán thoát nạn …. Viện X, Bộ Y, 2026"): each entry names a work and who published it, which
gives no body work. Its span is left out of the paragraphs that assign work."""
from __future__ import annotations

import re

from ..lexicon import structure

_HEADING_RE = re.compile(structure.REFERENCE_LIST_HEADING)
_END_RE = re.compile(structure.REFERENCE_LIST_END)


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each reference list: from its heading line to the next part or appendix,
    else to the end of the text."""
    out = []
    for h in _HEADING_RE.finditer(text):
        end = _END_RE.search(text, h.end())
        out.append((h.start(), end.start() if end else len(text)))
    return out
