"""One place that makes Vietnamese text comparable.

Readers pass every piece of text through :func:`clean` *before* it gets offsets, so the
normalized text is the only text spans point into (``khparse text`` prints it). What
``clean`` folds: Unicode form (NFC), old/new tone placement (hoà → hòa, uỷ → ủy), dash and
slash variants, no-break and zero-width spaces, look-alike letters from broken PDF exports
(ƣ → ư), ``**bold**`` markers of text exports, and line-ending styles.
"""
from __future__ import annotations

import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

# Single-character replacements that never change length.
_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
    "\u3000": " ", "\t": " ", "\u000b": "\n", "\u000c": "\n", "\u2028": "\n", "\u2029": "\n",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2044": "/", "\u2215": "/",
    "\u01a3": "\u01b0", "\u01a2": "\u01af",  # ƣ Ƣ (Word 2010 PDF exports) -> ư Ư
    "\u2018": "'", "\u2019": "'",
})
# Zero-width characters, soft hyphens, C0 controls (not \t\n\v\f\r) and ``**`` bold markers.
_DROP_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]|\\*\\*")
_LETTER = "a-zA-Z\u00c0-\u024f\u1e00-\u1eff"
# str.translate walks every character; most pieces need none of _CHAR_MAP, so look first.
_CHAR_RE = re.compile("[" + "".join(re.escape(chr(k)) for k in _CHAR_MAP) + "]")


def _old_tone_pairs() -> dict[str, str]:
    """oà/oé…, uỳ/uý… (old placement) → òa/óe…, ùy/úy…, as NFC pairs of the same length."""
    pairs = {}
    for first, seconds in (("o", "aeAE"), ("O", "aeAE"), ("u", "yY"), ("U", "yY")):
        for second in seconds:
            for tone in _TONE_MARKS:
                old = unicodedata.normalize("NFC", first + second + tone)
                new = unicodedata.normalize("NFC", first + tone + second)
                pairs[old] = new
    return pairs


_OLD_TONE = _old_tone_pairs()
# at the end of a word only (hoàn keeps its tone on a), and not after q ("quý": qu is a consonant)
_OLD_TONE_RE = re.compile(
    rf"(?<![qQ])[oOuU][{''.join(sorted({k[1] for k in _OLD_TONE}))}](?![{_LETTER}])")


def fold_tones(text: str) -> str:
    """hoà → hòa, uỷ → ủy (same length in NFC); input and output are NFC."""
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONE.get(m.group(0), m.group(0)), text)


def clean(text: str) -> str:
    """Normalize one piece of text as read from a file (may change its length)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DROP_RE.sub("", text)
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if _CHAR_RE.search(text):
            text = text.translate(_CHAR_MAP)
        text = fold_tones(text)
    else:
        text = text.replace("\t", " ").replace("\v", "\n").replace("\f", "\n")
    return text


def fold(text: str) -> str:
    """A comparison key: clean + casefold + single spaces (not for offsets)."""
    return re.sub(r"\s+", " ", clean(text).casefold()).strip()
