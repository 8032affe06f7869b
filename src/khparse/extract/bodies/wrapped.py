"""Names broken at a line end.

A hard-wrapped text (a .txt saved from an e-mail, a PDF line) cuts a long name where the line
ends: "yêu cầu Công ty Cổ phần Công nghiệp⏎Khánh An thực hiện". The capitalization rule reads
the first line's part as a name of its own. When that part and the words opening the next line
spell a name the document prints whole elsewhere (the Kính gửi line, the opening), the mention
is that name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .names import NB, Mention, fold

_LINE_BREAK_RE = re.compile(r"[ \t]*\n[ \t]*")


def join_wrapped(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each name cut at a line break made whole; the
    mentions the joined part covered are dropped."""
    whole: dict[str, Mention] = {}
    for m in mentions:
        if "\n" not in text[m.start:m.end]:
            whole.setdefault(fold(m.printed(text)), m)
    out: list[Mention] = []
    covered_to = -1
    for m in mentions:
        if m.start < covered_to:
            continue
        brk = _LINE_BREAK_RE.match(text, m.end)
        joined = _joined(text, m, brk.end(), whole) if brk else None
        if joined:
            covered_to = joined.end
            m = joined
        out.append(m)
    return out


def _joined(text: str, m: Mention, nxt: int, whole: dict[str, Mention]) -> Mention | None:
    part = fold(m.printed(text))
    best = None
    for name, full in whole.items():
        if not name.startswith(part + " ") or full.start == m.start:
            continue
        words = full.printed(text).split()[len(m.printed(text).split()):]
        rx = re.compile(r"[ \t]+".join(map(re.escape, words)) + NB, re.I)
        hit = rx.match(text, nxt)
        if hit and (best is None or hit.end() > best[0]):
            best = (hit.end(), full)
    if not best:
        return None
    end, full = best
    return replace(full, start=m.start, end=end, cut=[], bare=None, role=None, passive=False,
                   after_direct=False, body=None, key=())
