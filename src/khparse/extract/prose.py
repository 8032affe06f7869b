"""Lines, paragraphs, sentences and clauses of the normalized text: the one splitter every
extractor cuts its units with.

A paragraph is a line or block joined back to the one above where a line or page break cut a
sentence; a sentence ends at '.', '!', '?' or '…' before a capital or a digit (not after an
initial or an abbreviation such as "TP."); a clause runs between ';' (and, around a given
span, between '.', ';' and line breaks). Callers differ in what they join (text lines or the
reader's blocks) and in what may not be joined: those are parameters, the rules are here.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_ABBREV_RE = re.compile(r"(?<![\w&])(?:[A-ZĐ]|v\.v|TS|ThS|PGS|GS|Tp|TP|TX|Th)$")  # "TP. Hồ Chí Minh"
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”»)]?\s+")
_CLAUSE_END_RE = re.compile(r"[.;\n]")
_CLAUSE_LOOKBACK = 300

Span = tuple[int, int]


def lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The non-blank lines of text[start:end], trimmed of white space."""
    out = []
    pos = start
    for raw in text[start:end].split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def join_wrapped(text: str, units: Iterable[Span], ends: str,
                 may_join: Callable[[int, int, int], bool] | None = None, continues: str = "",
                 cuts: Callable[[int, int], bool] | None = None) -> list[Span]:
    """``units`` (lines or blocks, in order) joined where a break cut a sentence: the next unit
    starts in lower case and the one before does not end with a character of ``ends``, or the
    one before ends with a character of ``continues`` (a comma: the next line may open with a
    name, "…, trên địa bàn,\nChủ tịch UBND tỉnh yêu cầu:"), or ``cuts(prev_end, start)`` says
    the break falls inside something the caller knows (a name wrapped across two lines).
    ``may_join(prev_end, start, end)`` can refuse a join (a list marker, a table cell)."""
    out: list[list[int]] = []
    for s, e in units:
        if out:
            prev_s, prev_e = out[-1]
            first = text[s:e].lstrip()[:1]
            tail = text[prev_s:prev_e].rstrip()[-1:]
            if tail and (first.islower() and tail not in ends or tail in continues
                         or cuts is not None and tail not in ends and cuts(prev_e, s)) \
                    and (may_join is None or may_join(prev_e, s, e)):
                out[-1][1] = e
                continue
        out.append([s, e])
    return [(s, e) for s, e in out]


def sentences(text: str, a: int, b: int) -> list[Span]:
    """Sentences of text[a:b]: a '.', '!' or '?' followed by a capital starts a new one."""
    out = []
    s = a
    for m in _SENTENCE_END_RE.finditer(text, a, b):
        nxt = text[m.end():m.end() + 2].lstrip("\"“«(")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue   # "phim tư liệu... và tăng": an ellipsis inside the sentence
        cut = m.start()
        if text[cut] == "." and _ABBREV_RE.search(text, s, cut):
            continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, b))
    return [trim(text, x, y) for x, y in out if text[x:y].strip()]


def clauses(text: str, a: int, b: int) -> list[Span]:
    """The ';' clauses of text[a:b]."""
    out, s = [], a
    for m in re.finditer(";", text[a:b]):
        out.append((s, a + m.start()))
        s = a + m.end()
    out.append((s, b))
    return [trim(text, x, y) for x, y in out if text[x:y].strip()]


def clause_around(text: str, s: int, e: int) -> Span:
    """The clause (between '.', ';' and line breaks) around text[s:e]."""
    lo = max(0, s - _CLAUSE_LOOKBACK)
    a = max((m.end() for m in _CLAUSE_END_RE.finditer(text, lo, s)), default=lo)
    m = _CLAUSE_END_RE.search(text, e)
    return a, (m.start() if m else len(text))


def trim(text: str, a: int, b: int) -> Span:
    """text[a:b] without white space, list markers and clause punctuation at its ends."""
    while a < b and (text[a].isspace() or text[a] in "-+•*,;:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return a, b
