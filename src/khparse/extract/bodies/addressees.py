"""Addressees: the bodies a letter's `Kính gửi` names.

Identity reads the list (its item spans come in); here an item that lists several names
(`Kính gửi: Sở Tài chính, Sở Y tế và Công an tỉnh`) becomes one addressee each, and the
mention an item opens with takes the addressee role.
"""
from __future__ import annotations

import re

from ...lexicon import bodies as lex
from ...span_index import ByOffset
from .names import Mention

def mark_addressees(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """The addressee items, one per body named; the mention an item opens with takes the
    addressee role."""
    items = split_addressees(text, spans, mentions)
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    for s, e in items:
        for m in by_offset.between(s, e):
            m.role = "addressee" if m.start == s else m.role
    return items


def split_addressees(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """`Kính gửi: Sở Tài chính, Sở Y tế và Công an tỉnh` is three addressees, and so is
    `Kính gửi: Các Sở: Tư pháp, Nội vụ, Tài chính` (a head shared by an enumeration)."""
    out = []
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    for s, e in spans:
        if is_blank(text[s:e]):
            continue   # a template's dotted placeholder ("Kính gửi: ………………"): nobody is addressed
        inner = sorted(by_offset.between(s, e), key=lambda m: m.start)
        rest, pos = [], s
        for m in inner:
            rest.append(text[pos:m.start])
            pos = max(pos, m.end)
        rest.append(text[pos:e])
        if len(inner) > 1 and _LIST_REST_RE.fullmatch("".join(rest)):
            out += [(m.start, m.end) for m in inner]
        else:
            out.append((s, e))
    return out


# What is left of an item once its names are taken out: "các", the separators, and (a Công
# điện's "- Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế;") the office-holder heading the list.
_LIST_REST_RE = re.compile(rf"(?:{lex.POSITION_PREFIX}\s+)?(?i:các|những)?(?:\s|,|;|\bvà\b|\.)*")
_LETTER_RE = re.compile(r"[^\W\d_]")


def is_blank(item: str) -> bool:
    """A form's blank to be filled ("……………", "........", "___"): no letter in it."""
    return not _LETTER_RE.search(item)
