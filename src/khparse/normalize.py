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
_DROP_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BOLD_RE = re.compile(r"\*\*")
_CTRL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LETTER = "a-zA-Z\u00c0-\u024f\u1e00-\u1eff"
# o+a/e or u+y with the tone on the second vowel at the end of a word (hoà, khoẻ, thuỷ),
# not after q (quý keeps its tone: "qu" is a consonant).
_OLD_TONE_RE = re.compile(
    rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONE_MARKS}])(?![{_LETTER}])")


def _move_tone(m: re.Match) -> str:
    first, second, tone = m.group(1), m.group(2), m.group(3)
    if first in "uU" and second not in "yY":
        return m.group(0)
    if first in "oO" and second in "yY":
        return m.group(0)
    return first + tone + second


def fold_tones(text: str) -> str:
    """hoà → hòa, uỷ → ủy (same length in NFC); input and output are NFC."""
    nfd = unicodedata.normalize("NFD", text)
    if not any(c in _TONE_MARKS for c in nfd):
        return text
    return unicodedata.normalize("NFC", _OLD_TONE_RE.sub(_move_tone, nfd))


def clean(text: str) -> str:
    """Normalize one piece of text as read from a file (may change its length)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DROP_RE.sub("", text)
    text = _BOLD_RE.sub("", text)
    text = _CTRL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text).translate(_CHAR_MAP)
    return fold_tones(text)


def fold(text: str) -> str:
    """A comparison key: clean + casefold + single spaces (not for offsets)."""
    return re.sub(r"\s+", " ", clean(text).casefold()).strip()
