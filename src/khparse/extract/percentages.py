"""Percentage figures with the clause they sit in.

Forms: 80%, 80 %, 12,5%, ranges 70-80% and "từ 70% đến 80%", and words: "tám mươi phần
trăm", "80 phần trăm". A qualifier right before the figure ("trên", "ít nhất", "tối thiểu")
is kept apart from the figure's text. A range prints two figures, so it gives two items (the
contract lists "every percentage figure"): the lower bound with qualifier "từ", the upper with
"đến", each with its own span and the whole range in its context. Goals' metrics still read a
range as one value/value_max pair (``find_percentages``).
"""
from __future__ import annotations

import re

from ..lexicon import targets as L
from ..models import Percentage
from ..outline import Outline
from ..span_index import SpanSet
from ._regex import guarded

_NUM = rf"(?:{L.NUMBER})"
_ANY_NUM = rf"(?:{L.NUMBER}|{L.NUMBER_WORDS})"
_PCT = rf"(?:{L.PERCENT_SIGN}|{L.PERCENT_WORDS})"
# "từ 70% đến 80%", "70-80%", "70 - 80 %", "từ 70 đến 80 phần trăm"
_RANGE_RE = guarded(rf"(?:(?P<tu>từ)\s+)?(?P<a>{_NUM})\s*(?:{_PCT})?{L.RANGE_SEP}(?P<b>{_NUM}){_PCT}",
                    re.I)
_SINGLE_RE = guarded(rf"(?P<a>{_ANY_NUM}){_PCT}", re.I)
_QUAL_RE = re.compile(rf"(?:^|(?<=\s)|(?<=[,(]))(?P<q>{L.QUALIFIERS})\s+$", re.I)
_QUAL_AFTER_RE = re.compile(L.QUALIFIERS_AFTER, re.I)
# a clause ends at ";", a line break, or a "." that is not inside a number
_CLAUSE_END = re.compile(r";|\n|\.(?!\d)")


def parse_number(s: str) -> float | None:
    """'80' → 80, '12,5' → 12.5, '1.000' → 1000, '3.052,81' → 3052.81, 'tám mươi' → 80,
    'một trăm' → 100."""
    s = s.strip()
    if not s:
        return None
    if s[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):   # dots group thousands, a comma decimals
            return float(s.replace(".", "").replace(",", "."))
        try:
            return float(s.replace(",", "."))
        except ValueError:
            return None
    return _words_to_number(s.lower().split())


def _words_to_number(words: list[str]) -> float | None:
    total, cur, seen = 0, 0, False
    for w in words:
        if w in L.DIGIT_WORDS:
            cur += L.DIGIT_WORDS[w]
        elif w in L.TEN_WORDS:
            cur += L.TEN_WORDS[w]
        elif w == "mươi":
            cur = (cur or 1) * 10
        elif w == "trăm":
            total += (cur or 1) * 100
            cur = 0
        elif w in ("nghìn", "ngàn"):
            total = (total + (cur or 1)) * 1000
            cur = 0
        elif w in L.FILLERS:
            continue
        else:
            return None
        seen = True
    return float(total + cur) if seen else None


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: between ';', '.', or line breaks (trimmed)."""
    lo = max(0, start - 1500)
    a = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        if not _in_number(text, m.start()):
            a = m.end()
    b = len(text)
    for m in _CLAUSE_END.finditer(text, end):
        if not _in_number(text, m.start()):
            b = m.start()
            break
    while a < b and text[a] in " -+•*\t":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


def _in_number(text: str, i: int) -> bool:
    """A '.' between digits (12.5, 1.000) does not end a clause."""
    return (text[i] == "." and 0 < i < len(text) - 1
            and text[i - 1].isdigit() and text[i + 1].isdigit())


def find_percentages(text: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Raw percentage matches in text[start:end] (used by goals for metrics)."""
    end = len(text) if end is None else end
    out: list[dict] = []
    taken = SpanSet()
    for rx, is_range in ((_RANGE_RE, True), (_SINGLE_RE, False)):
        for m in rx.finditer(text, start, end):
            if taken.overlaps(m.start(), m.end()):
                continue
            a = parse_number(m.group("a"))
            b = parse_number(m.group("b")) if is_range else None
            if a is None or (is_range and (b is None or b <= a)):
                continue
            taken.add(m.start(), m.end())
            out.append({"start": m.start(), "end": m.end(), "value": a, "value_max": b,
                        "a_start": m.start("a"), "a_end": m.end("a"), "b_start": m.start("b") if is_range else None})
    out.sort(key=lambda d: d["start"])
    return out


def extract(text: str, outline: Outline) -> list[Percentage]:
    items: list[Percentage] = []
    for p in find_percentages(text):
        s, e = p["start"], p["end"]
        if not (outline.in_body(s) or outline.in_attached_document(s)):
            continue   # "every percentage figure in the body": not a data appendix's table
        ca, cb = clause_around(text, s, e)
        section = outline.path_at(s)
        if p["value_max"] is not None:
            # "từ 70% đến 80%", "70-80%": the two printed figures, each on its own span
            lo_e = _figure_end(text, p["a_end"])
            for v, a, b, q in ((p["value"], p["a_start"], lo_e, "từ"), (p["value_max"], p["b_start"], e, "đến")):
                a, b = _strip(text, a, b)
                items.append(Percentage(value=v, qualifier=q, text=text[a:b], context=text[ca:cb],
                                        section=section, span=(a, b)))
            continue
        q = _QUAL_RE.search(text, max(0, s - 30), s) or _QUAL_AFTER_RE.match(text, e)
        items.append(Percentage(
            value=p["value"], value_max=None, qualifier=q.group("q").lower() if q else None,
            text=text[s:e], context=text[ca:cb], section=section, span=(s, e)))
    return items


def _figure_end(text: str, i: int) -> int:
    """The end of the lower figure of a range: its own "%" / "phần trăm" when printed."""
    m = re.compile(_PCT, re.I).match(text, i)
    return m.end() if m else i


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
