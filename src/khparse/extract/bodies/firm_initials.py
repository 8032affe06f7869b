"""A firm named in full in one place and with its field abbreviated in another.

A firm's name is often shortened where space is short (the Nơi nhận list, a table): its legal
form ("Công ty CP", "Công ty TNHH MTV", already set aside by the name reader) and the words of
its field, written as their initials ("Công ty CP khai thác VLXD Miền Bắc" for "Công ty Cổ phần
Khai thác vật liệu xây dựng Miền Bắc", "Công ty TNHH ĐTXD Hoàng Long" for "… Đầu tư xây dựng
Hoàng Long"). Two mentions under the same firm head are one firm when their words agree one by one,
an abbreviation standing for as many words as it has letters, each of them opening with its letter
("và" passed over for a "&": "TM&DV" is "Thương mại và Dịch vụ"), and at least one abbreviation
was so read: the other words must be the same words.
"""
from __future__ import annotations

import re
import unicodedata

from .names import Mention, fold

_FIRM_HEADS = {"Công ty", "Tổng công ty"}
_ABBR_RE = re.compile(r"[A-ZĐ][A-ZĐ&]+")


def same_firm_pairs(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions (one of each key) that name one firm, one of them abbreviated."""
    firms: dict = {}
    spelt: dict = {}   # key → the words its mentions print, folded
    for m in mentions:
        if m.head in _FIRM_HEADS and m.field_text:
            firms.setdefault(m.key, m)
            spelt.setdefault(m.key, set()).add(tuple(fold(w) for w in _words(m)))
    # a key whose mentions print different words (firms of one field in two places, "Công ty Kim
    # loại màu X" and "… Y") names no one firm to fold another into
    ms = [m for k, m in firms.items() if len(spelt[k]) == 1]
    short = [m for m in ms if any(_ABBR_RE.fullmatch(w) for w in _words(m))]
    out = []
    for a in short:
        for b in ms:
            if b is not a and b.head == a.head and _agree(_words(a), _words(b)):
                out.append((a, b))
    return out


def _words(m: Mention) -> list[str]:
    return " ".join(x for x in (m.field_text, m.scope_text or m.place) if x).split()


def _agree(short: list[str], full: list[str]) -> bool:
    i = j = 0
    expanded = False
    while i < len(short) and j < len(full):
        w = short[i]
        if fold(w) == fold(full[j]):
            i, j = i + 1, j + 1
            continue
        if not _ABBR_RE.fullmatch(w):
            return False
        for letter in w:
            if letter == "&":
                if j < len(full) and _low(full[j]) == "và":
                    j += 1
                continue
            if j >= len(full) or _low(full[j])[:1] != letter.casefold() or _ABBR_RE.fullmatch(full[j]):
                return False
            j += 1
        i, expanded = i + 1, True
    return expanded and i == len(short) and j == len(full)


def _low(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()
