"""Is a PDF's text layer usable? Broken font maps and accent-less OCR layers, detected cheaply.

Two failure modes seen in the archive (issue measurements on 25 real PDFs):

- Ghostscript output whose fonts lost their Unicode map: "SỞ CÔNG THƯƠNG" extracts as
  shifted glyphs, private-use code points or symbol soup. Such a page has many characters
  that are neither Vietnamese/Latin letters, digits nor punctuation, or words that are not
  Vietnamese at all (almost none of the commonest function words).
- Scans whose OCR layer was made without the Vietnamese model: letters but no diacritics.
"""
from __future__ import annotations

import re
import unicodedata

_VI_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VI_UPPER = _VI_LOWER.upper()
# What readable Vietnamese text is made of: letters, digits, whitespace and punctuation;
# anything else (private use, symbol soup, other scripts) counts against the page.
_UNREADABLE_RE = re.compile(
    "[^A-Za-z0-9" + _VI_LOWER + _VI_UPPER + r"\s.,;:!?()\[\]{}\"'“”‘’«»\-–—_/\\%&+*=<>…•·§°#@№‰×$€ƣƢ|~^⁄]"
)
_VI_MARKED_RE = re.compile("[" + _VI_LOWER + _VI_UPPER + "ƣƢ]")
_NON_LETTER_RE = re.compile(r"[\W\d_]+")
_WORD_RE = re.compile(r"[^\W\d_]+")

# The commonest syllables of administrative Vietnamese (each is several % of running text in
# any plan or dispatch), plus a few English function words so an English page is not "broken".
COMMON_WORDS = frozenset("""
và của các năm ngày tháng trên với được trong cho theo thực hiện công tác người xã hội có
không là để về đến từ những một này tại đã sẽ chủ trì phối hợp ban nhân dân tỉnh huyện
thành phố quản lý kế hoạch cơ quan đơn vị sở phòng triển khai tổ chức quy định
ủy viên giám đốc phó trưởng tịch văn bản số đồng chí ông bà thị
the and of to in for is on
""".split())


def _bare(word: str) -> str:
    """Word without diacritics (đ → d), so an accent-less OCR layer still counts as words."""
    nfd = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


_COMMON_BARE = frozenset(_bare(w) for w in COMMON_WORDS)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def unreadable(text: str, sample: int = 1000) -> bool:
    """True when a page's text is mostly not letters/digits/punctuation or not words at all.

    Looks at the first ``sample`` characters: a broken font map garbles a whole page alike.
    """
    text = _nfc(text[:sample])
    visible = sum(map(len, text.split()))
    if visible < 20:
        return False
    if len(_UNREADABLE_RE.findall(text)) > 0.15 * visible:
        return True
    words = _WORD_RE.findall(text.casefold())
    if len(words) < 40:
        return False
    common = sum(map(COMMON_WORDS.__contains__, words))
    if common < 0.03 * len(words):  # maybe an OCR layer without accents: "cac", "va"
        common = sum(1 for w in words if _bare(w) in _COMMON_BARE)
    return common < 0.03 * len(words)


def lacks_diacritics(text: str, sample: int = 4000) -> bool:
    """True for a long text in Latin letters with (almost) no Vietnamese marked letters."""
    text = _nfc(text[:sample])
    letters = len(_NON_LETTER_RE.sub("", text))
    if letters < 300:
        return False
    return len(_VI_MARKED_RE.findall(text)) < 0.01 * letters
