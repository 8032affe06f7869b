"""Text typed in legacy Vietnamese fonts (TCVN3 .VnTime, VNI-Times) → Unicode.

Readers call :func:`font_family` where the format names the font of a run (.doc, .docx)
and :func:`detect` where it does not (.txt, or a .doc run whose font comes from a style).
The tables live in :mod:`khparse.lexicon.legacy_fonts`.
"""
from __future__ import annotations

import re
import unicodedata

from ..lexicon import legacy_fonts as lex

_TCVN3 = str.maketrans(lex.TCVN3)
# Letters Unicode Vietnamese has and no 8-bit legacy text can: ă đ ơ ư and U+1EA0-U+1EF9.
_UNICODE_VI = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_VNI_PAIR = re.compile(f"[{lex.VNI_VOWELS}ôöÔÖ][{''.join(lex.VNI_MARKS)}]")
_WORD = re.compile(r"\S+")


def font_family(name: str | None) -> str | None:
    """"TCVN3" or "VNI" for a legacy font name, else None."""
    if not name:
        return None
    low = name.strip().lower()
    if low.startswith(lex.TCVN3_FONT_PREFIXES):
        return "TCVN3"
    if low.startswith(lex.VNI_FONT_PREFIXES):
        return "VNI"
    return None


def is_upper_font(name: str | None) -> bool:
    """.VnTimeH, .VnArialH: the capitals-only cuts of TCVN3 fonts."""
    return bool(name) and font_family(name) == "TCVN3" and name.strip().endswith("H")


def has_unicode_vietnamese(text: str) -> bool:
    return _UNICODE_VI.search(text) is not None


_TCVN3_PROOF = set(lex.TCVN3) - lex.UNICODE_VI_LATIN1
_PROOF = re.escape("".join(sorted(_TCVN3_PROOF)))
_TCVN3_IN_WORD = re.compile(f"[A-Za-z][{_PROOF}]|[{_PROOF}][A-Za-z]")


def proves_legacy(text: str, family: str) -> bool:
    """A run in a legacy font is converted only if its characters show it: a font left set to
    .VnTime over Unicode text is common, and "Công" must not become "Cụng"."""
    if has_unicode_vietnamese(text):
        return False
    tells = _TCVN3_PROOF if family == "TCVN3" else lex.VNI_TELLS
    return any(ch in tells for ch in text)


def detect(text: str) -> str | None:
    """The legacy family a whole text is written in, or None for Unicode/other text.

    TCVN3 puts letters on Latin-1 symbols and rare letters (µ ¸ © ª ß Ö) inside words,
    VNI puts a mark byte after a vowel ("Vieät"); Unicode Vietnamese has ă/đ/ơ/ư or U+1Exx
    letters instead. A legacy text has such words everywhere (a fifth of all words and
    most of the words that are not plain ASCII); French or a price list has a few.
    """
    sample = unicodedata.normalize("NFC", text[:200000])
    words = _WORD.findall(sample)
    if len(words) < 5:
        return None
    vi = len(_UNICODE_VI.findall(sample))
    accented = sum(1 for w in words if not w.isascii())
    tcvn = sum(1 for w in words if _TCVN3_IN_WORD.search(w))
    vni = sum(1 for w in words if _VNI_PAIR.search(w))
    best, hits = ("TCVN3", tcvn) if tcvn >= vni else ("VNI", vni)
    if hits >= 3 and hits >= 0.2 * len(words) and hits >= 0.5 * accented and hits > 4 * vi:
        return best
    return None


def convert(text: str, family: str, upper: bool | None = False) -> str:
    """Convert legacy-font text to NFC Unicode.

    ``upper``: True for a capitals font (.VnTimeH); None when the font is unknown, then a
    TCVN3 word typed with capital ASCII letters ("CéNG") is read as all capitals.
    """
    if family == "TCVN3":
        if upper is None:
            ascii_letters = [c for c in text if c.isascii() and c.isalpha()]
            if len(ascii_letters) >= 4 and all(c.isupper() for c in ascii_letters):
                return text.translate(_TCVN3).upper()  # a line typed for a capitals font
            return _WORD.sub(lambda m: _tcvn3_word(m.group(0)), text)
        out = text.translate(_TCVN3)
        return out.upper() if upper else out
    if family == "VNI":
        return _vni(text)
    return text


def _tcvn3_word(word: str) -> str:
    out = word.translate(_TCVN3)
    # capitals beyond the first character: a word typed for a capitals font (.VnTimeH)
    core = word.lstrip("\"'([{“‘?!.,;:-")
    letters = [c for c in core[1:] if c.isascii() and c.isalpha()]
    if out != word and letters and all(c.isupper() for c in letters):
        return out.upper()
    return out


def _vni(text: str) -> str:
    out: list[str] = []
    for ch in text:
        prev = out[-1] if out else ""
        base = prev[:1]
        mark = lex.VNI_MARKS.get(ch)
        if mark is not None and base and (
                (ch in lex.VNI_BREVE_MARKS and base in "aA" and len(prev) == 1)
                or (ch in lex.VNI_CIRC_MARKS and base in "aeoAEO" and len(prev) == 1)
                or (ch not in lex.VNI_BREVE_MARKS and ch not in lex.VNI_CIRC_MARKS
                    and (base in lex.VNI_VOWELS or base in "ơưƠƯ"))):
            out[-1] = prev + mark
            continue
        out.append(lex.VNI_LETTERS.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))
