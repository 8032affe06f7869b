"""Document identity (Decree 30/2020/NĐ-CP header, title, signature, recipients).

The header is read line by line, not by position, because the renditions order it
differently: a .txt copy may have the issuer over the motto, a .docx/.pdf header table is read
cell by cell (issuer, motto, ``Số:``, place and date — or with the motto's two lines split by
the number), ``pdftotext -layout`` puts both columns on one line. Each header part has a shape
of its own (lexicon/identity.py), so it is recognised wherever it lands. News articles about a
plan have no header: their identity is the headline, the publication time and the plan the
lead sentence reports.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..dates import find_dates
from ..document import Document
from ..lexicon import bodies as LB
from ..lexicon import identity as L
from ..lexicon import references as LR
from ..models import DocumentInfo, ReportedDocument, Signer
from ..outline import Outline
from .references import clean_number, type_from_symbol

_MOTTO = re.compile(L.MOTTO, re.I)
_RULE = re.compile(L.RULE_LINE)
_NUMBER = re.compile(L.NUMBER_LINE)
_PLACE_DATE = re.compile(L.PLACE_DATE, re.I)
_NUMERIC_PLACE_DATE = re.compile(L.NUMERIC_PLACE_DATE, re.I)
_NOT_PLACE = re.compile(L.NOT_PLACE, re.I)
_CLOSING_DATE = re.compile(L.CLOSING_DATE)
_DECIDING = re.compile(L.DECIDING_AUTHORITY)
_CENTRAL_AUTHORITY = re.compile(L.CENTRAL_AUTHORITY)
_AUTHORITY_OFFICE = re.compile(L.AUTHORITY_OFFICE)
_MEETING_DATE = re.compile(L.MEETING_DATE, re.I)
_FIRST_ISSUE = re.compile(L.FIRST_ISSUE_DATE, re.I)
_MOTTO_PART = re.compile(L.MOTTO_PART)
_FIELD = re.compile(L.FIELD_LINE, re.I)
_LATIN = str.maketrans(L.SYMBOL_LOOKALIKES)
_FORM_SUBJECT = re.compile(L.FORM_SUBJECT, re.I)
_FORM_NAME_TAIL = re.compile(L.FORM_NAME_TAIL, re.I)
_FORM_SIGNER = re.compile(L.FORM_SIGNER, re.I)
_ESIGN_TIME = re.compile(L.ESIGN_TIME, re.I | re.M)
_PLACE_DATE_AFTER = re.compile(r"[ \t]+" + L.PLACE_DATE_TAIL, re.I)
_SUBJECT = re.compile(L.SUBJECT, re.I)
_WORKS_LABEL = re.compile(L.WORKS_LABEL)
_CITING_PAREN = re.compile(L.CITING_PAREN)
_ADDRESS = re.compile(L.ADDRESS, re.I)
_RECIPIENTS = re.compile(L.RECIPIENTS, re.I)
_BODY_START = re.compile(L.BODY_START)
_HEADING = re.compile(L.HEADING_START)
_TYPE_LINE = {t.upper(): t for t in L.HEADER_TYPES}
_TYPE_INLINE = re.compile(r"^(?P<t>" + "|".join(sorted(_TYPE_LINE, key=len, reverse=True))
                          + r")\s*[:.,]?\s+(?!SỐ\b|số\b|này\b|NÀY\b)(?=[A-ZĐÀ-Ỹ])")
_STAMPS = {**L.URGENCY, **L.SECRECY}
# "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT": a "số" right after a type word that
# follows other words cites the document that set the issuer up; it is not the number line.
_CITING = re.compile(r"\S\s+(?:" + "|".join(sorted(map(re.escape, L.TYPE_NAMES), key=len, reverse=True))
                     + r")\s*$", re.I)
_CHUNK = re.compile(r"\S+(?: {1,2}\S+)*")                  # a column of a line typed side by side
_STAMP_WORD = re.compile(r"(?<![^\W\d_])(?<!ĐỘ )(?:" + "|".join(
    sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _STAMPS), key=len, reverse=True))
    + r")(?![^\W\d_])", re.I)
_STAMPS_RUN = re.compile(r"^(?:(?:ĐỘ\s+(?:KHẨN|MẬT)\s*:?\s*)?(?:" + _STAMP_WORD.pattern
                         + r")\s*(?:[-,;]\s*|$))+$", re.I)
_AUTHORITY = re.compile(L.AUTHORITY, re.M)
_POSITIONS_LONGEST = sorted(L.POSITIONS, key=len, reverse=True)
_POSITION_HEAD = re.compile(r"^(?:PHÓ\s+|QUYỀN\s+)?(?:" + "|".join(map(re.escape, _POSITIONS_LONGEST)) + r")(?=\s|$)")
# A second block's authority on the same line: TM. never follows within one block (TM. → KT. or
# TL. → KT. is one block), and the same marker twice is two blocks.
_SECOND_AUTH = re.compile(r"^(?P<a>TM|KT|TL|TUQ|T/M|K/T|T/L)\b.*?\S(?P<gap>\s+)(?=(?:TM\s*\.|T/M|(?P=a)\s*\.)\s*[A-ZĐÀ-Ỹ]{2})")
_POSITION = re.compile(r"^(?:PHÓ\s+|QUYỀN\s+)?(?:" + "|".join(sorted(map(re.escape, L.POSITIONS), key=len, reverse=True))
                       + r")(?:\s+[^\n]{0,60})?$")
_FILLER = re.compile(L.SIGNATURE_FILLER, re.I)
# "Q. TỔNG CỤC TRƯỞNG" under "TUQ. BỘ TRƯỞNG": the signer's real office, held as acting (quyền)
_ACTING = re.compile(r"^Q\s*\.\s*(?:PHÓ\s+)?(?:" + "|".join(sorted(map(re.escape, L.POSITIONS), key=len, reverse=True))
                     + r")\b")
_WORD_CHARS = re.compile(r"\w")
_SO_COLON = re.compile(r"(?:^|(?<=\s))(?i:s[ốóôồổ])\s*[:.]")     # OCR's "só:", "sô:", "số.”" too
_SIGNATURE_LINES = 12      # lines a signature block and a Nơi nhận list beside it may take
_NAME = re.compile(L.NAME)
_RANK = re.compile(L.RANK)
_PUBLISHED = re.compile(r"^" + L.PUBLISHED + r"$", re.I)
_PUBLISHED_ANY = re.compile(L.PUBLISHED, re.I)
_PUBLISHED_TAIL = re.compile(L.PUBLISHED_TAIL_CUE, re.I)
_WEB_JUNK = re.compile(L.WEB_JUNK, re.I)
_HEADLINE_PLACE = re.compile(L.HEADLINE_PLACE)
_HEADS = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, L.ISSUER_HEADS), key=len, reverse=True))
                    + r")(?![^\W\d_])")
_BARE_LEVEL = re.compile(L.BARE_LEVEL_END, re.I)
_CITED = re.compile(LR.NUMBER)
_SUBJ = r"(?:" + "|".join(sorted(map(re.escape, L.SUBJECT_HEADS), key=len, reverse=True)) + r")"
_REPORT = re.compile(
    r"(?<![\w/&-])(?<!của )(?<!do )(?<!với )(?P<issuer>" + _SUBJ + r"(?![^\W\d_])(?:(?!\s(?:của|ngày|về|theo|số)\s)[^.;:\n\d]){0,110}?)\s+"
    + L.REPORT_CUE + r"\s+"
    + L.REPORTED_DOC + r"(?![^\W\d_])")
# what may stand before the issue date that opens a lead sentence: "(TTXVN) - Ngày 4/3/2019, …"
_LEAD_DATE_PREFIX = re.compile(r"\s*(?:" + L.NEWS_SOURCE_TAG + r")?(?:Ngày|Vào\s+ngày)?\s*$", re.I)
_LEVEL_WORDS = sorted(L.LEVELS, key=len, reverse=True)
_NOT_LEVEL = re.compile(L.NOT_LEVEL)
_OPENERS = sorted(L.PLACE_OPENERS.items(), key=lambda kv: -len(kv[0]))
_VOWELS = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        s = raw.strip()
        out.append(_Line(pos + lead, pos + lead + len(s), s))
        pos += len(raw) + 1
    return out


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


# ---- CAPS → sentence case -------------------------------------------------------------------

def _word_case(w: str, cap: bool) -> str:
    core = w.strip("().,;:-")
    if not core:
        return w
    if core.upper() in L.ACRONYMS or (core.isupper() and not (set(core.lower()) & _VOWELS)) \
            or "&" in core or "." in core.rstrip("."):
        return w
    return w.capitalize() if cap else w.lower()


def name_case(s: str) -> str:
    """ỦY BAN NHÂN DÂN HUYỆN LỤC NAM → Ủy ban nhân dân huyện Lục Nam; mixed case is kept."""
    s = re.sub(r"\s+", " ", s).strip()
    if not _is_caps(s):
        return s
    words = s.split(" ")
    out: list[str] = []
    i, place, component_start = 0, False, True
    fixed = sorted(L.NAME_CASE.items(), key=lambda kv: -len(kv[0].split()))
    while i < len(words):
        upper_rest = " ".join(words[i:]).upper()
        hit = None
        if not place:
            for caps, cased in fixed:
                if upper_rest == caps or upper_rest.startswith(caps + " "):
                    hit = (caps, cased)
                    break
        if hit:
            cased = hit[1]
            out.append(cased[0].upper() + cased[1:] if component_start else cased)
            i += len(hit[0].split())
            component_start = False
            continue
        opener = None if place else next(
            ((caps, cased) for caps, cased in _OPENERS
             if upper_rest == caps or upper_rest.startswith(caps + " ")), None)
        if opener:
            out.append(opener[1] if out or opener[1][:1].isupper() else opener[1].capitalize())
            i += len(opener[0].split())
            place = True
            continue
        level = next((lv for lv in _LEVEL_WORDS
                      if upper_rest == lv or upper_rest.startswith(lv + " ")), None)
        if level and _NOT_LEVEL.match(upper_rest):
            level = None                                   # "Thương binh và Xã hội", "Tỉnh ủy"
        if level and not place and out:
            out.append(level.lower())
            i += len(level.split())
            place = True
            continue
        w = words[i]
        if w in ("-", ",") or w.upper() == "VÀ":
            out.append(w.lower())
            component_start = not place
            i += 1
            continue
        out.append(_word_case(w, cap=place or component_start or len(out) == 1))
        component_start = False
        i += 1
    return " ".join(out)


def position_case(s: str) -> str:
    """PHÓ CHỦ TỊCH → Phó Chủ tịch, GIÁM ĐỐC → Giám đốc, CHÁNH VĂN PHÒNG → Chánh Văn phòng."""
    s = re.sub(r"\s+", " ", s).strip()
    if not _is_caps(s):
        return s
    office = next((p for p in _POSITIONS_LONGEST if s.startswith(p + " ")), None)
    if office and _HEADS.match(s[len(office) + 1:]):     # GIÁM ĐỐC SỞ TÀI CHÍNH
        return position_case(office) + " " + name_case(s[len(office) + 1:])
    words = s.lower().split(" ")
    out = [words[0].capitalize()]
    rest = words[1:]
    if out[0] in ("Phó", "Quyền") and rest:
        out.append(rest[0].capitalize())
        rest = rest[1:]
    out += [_word_case(w.upper(), False) if not (set(w) & _VOWELS) else w for w in rest]
    cased = " ".join(out)
    for caps, fixed in L.POSITION_CASE.items():
        cased = re.sub(r"(?<!\S)" + re.escape(caps.lower()) + r"(?!\S)", fixed, cased, flags=re.I)
    return cased


def person_case(s: str) -> str:
    """NGUYỄN VĂN AN → Nguyễn Văn An; a rank before it keeps its spelling (Thượng tá …)."""
    s = re.sub(r"\s+", " ", s).strip()
    if not _is_caps(s):
        return s
    rank = _RANK.match(s)
    head = ""
    if rank:
        key = re.sub(r"\s+", "", rank.group(0)).casefold()
        head = next((r for r in L.RANKS if re.sub(r"\s+", "", r).casefold() == key),
                    rank.group(0)) + " "
        s = s[rank.end():].strip()
    return head + " ".join(w.capitalize() for w in s.split(" "))


def _span_text(text: str, a: int, b: int) -> str:
    return re.sub(r"\s+", " ", text[a:b]).strip()


# ---- header ---------------------------------------------------------------------------------

@dataclass
class _Header:
    number_m: re.Match | None = None
    date_m: re.Match | None = None
    type_idx: int | None = None
    title_from: int | None = None    # offset where the title starts on the type line itself
    motto: bool = False
    zone_end: int = 0            # index of the first line past the header zone


def _scan_header(text: str, lines: list[_Line]) -> _Header:
    h = _Header()
    limit = min(len(lines), 45)
    i = 0
    addressed = False               # past "Kính gửi": a short letter's appendix is no type line
    for i in range(limit):
        t = lines[i].text
        if not t:
            continue
        if _MOTTO.search(t):
            h.motto = True
        addressed = addressed or bool(_ADDRESS.match(t) or _RECIPIENTS.match(t))
        if h.number_m is None:
            m = _NUMBER.search(text, lines[i].start, lines[i].end)
            lead = text[lines[i].start:m.start()] if m else ""
            if m and (not lead.strip() or lead.endswith(("  ", "\t")) or _is_caps(lead)) \
                    and not _cites(text, m):
                h.number_m = m              # at the line start, past a gap, or after the issuer
        if h.type_idx is None and not addressed:
            # a text with no header (an attached Quy trình, an internal review) opens with its
            # type line in capitals
            opening = _is_caps(t) and not any(lines[k].text.strip() for k in range(i))
            if t.upper().rstrip(" :") in _TYPE_LINE and (
                    _is_caps(t) or h.number_m or h.motto):   # "Kế hoạch" when a copy lost the caps
                h.type_idx = i
            elif h.number_m or h.motto or opening:
                tm = _TYPE_INLINE.match(t)      # "KẾ HOẠCH Triển khai …" run onto one line
                if tm and len(t) <= 250:
                    h.type_idx, h.title_from = i, lines[i].start + tm.end()
        if len(t) > 300 or (_HEADING.match(t) and (h.type_idx is not None or h.number_m)):
            break
    else:
        i = limit
    h.zone_end = i
    zone_end_off = lines[i].start if i < len(lines) else len(text)
    m = _PLACE_DATE.search(text, 0, zone_end_off) or _NUMERIC_PLACE_DATE.search(text, 0, zone_end_off)
    if not m and h.number_m:            # "Số: 12/KH-UBND Hà Tĩnh, ngày …" (the cells' tab lost)
        m = _PLACE_DATE_AFTER.match(text, h.number_m.end())
    if m:
        h.date_m = m
    return h


def _place_start(text: str, dm: re.Match) -> int:
    """Where the place of a place-date match begins: past the motto or a column typed beside
    it on the same line ("SỐ 1050/QĐ-SCT      Lào Cai, ngày …")."""
    pa = dm.start("place")
    for mm in _MOTTO.finditer(text, pa, dm.end("place")):
        pa = mm.end()                   # "… Hạnh phúc Hà Nội, ngày …" on one line
    for gm in _GAP.finditer(text, pa, dm.end("place")):
        pa = gm.end()                   # "V/v …      Lục Nam, ngày …" (columns side by side)
    return pa + len(text[pa:dm.end("place")]) - len(text[pa:dm.end("place")].lstrip(" -\n"))


def _cites(text: str, m: re.Match) -> bool:
    """Whether a bare "Số 1050/QĐ-SCT" (no colon) goes on from a type word on its line or the
    line above ("… THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT"): part of the issuer's name."""
    if ":" in text[m.start():m.start("num")]:
        return False
    before = text[max(0, m.start() - 120):m.start()].rstrip()   # this line's start, or the line above
    left = before.rsplit("\n", 1)[-1]
    gap = _GAP.search(left)                 # the left column of a line typed beside the motto
    return bool(_CITING.search(left[:gap.start(1)] if gap and text[m.start() - 1] == "\n" else left))


def _parse_date(s: str) -> tuple[str | None, bool]:
    """ISO at the precision printed, and whether the day (or month) was left blank."""
    m = (re.search(r"ngày\s*(?:(\d{1,2})|[^\s/,]{1,3})?[\s.…_]*(?:tháng|/)\s*(?:(\d{1,2})|[^\s/,]{1,3})?"
                   r"[\s.…_]*(?:năm|/)\s*(\d{4})", s, re.I)
         or re.search(r"^()tháng\s*(?:(\d{1,2})|[^\s/,]{1,3})?[\s.…_]*năm\s*(\d{4})", s, re.I)
         or re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", s))
    if not m:
        return None, False
    d, mo, y = m.group(1), m.group(2), m.group(3)
    if not mo or not 1 <= int(mo) <= 12:
        return y, True
    if not d or not 1 <= int(d) <= 31:
        return f"{y}-{int(mo):02d}", True
    return f"{y}-{int(mo):02d}-{int(d):02d}", False


def _issuer_lines(text: str, lines: list[_Line], h: _Header) -> list[tuple[int, int, str]]:
    """CAPS fragments above the number/type line that are not the motto, rules or stamps."""
    stop = h.zone_end
    if h.number_m:                      # the number's line may begin with the issuer's end
        stop = min(stop, 1 + next(i for i, ln in enumerate(lines) if ln.end >= h.number_m.start()))
    if h.type_idx is not None:
        stop = min(stop, h.type_idx)
    out = []
    for ln in lines[:stop]:
        a, b = ln.start, ln.end
        if h.number_m and a <= h.number_m.start() <= b:
            b = h.number_m.start()
        mm = _MOTTO.search(text, a, b)
        if mm:
            b = mm.start()
        dm = h.date_m
        if dm and a <= _place_start(text, dm) < b:
            b = _place_start(text, dm)
        # a number line the number's shape did not take (OCR's lower-case "số: 45 /QĐ-UBND",
        # a "Số:" whose figures are handwritten): the issuer ends there, as at a number line
        so = _SO_COLON.search(text, a, b)
        if so:
            b = so.start()
        seg = re.sub(r"\s*[-_=*~]{3,}\s*$", "", text[a:b]).rstrip()   # "TỈNH LÀO CAI -------"
        frag = seg.strip()
        if not frag or _RULE.match(frag) or _STAMPS_RUN.match(frag) or _WEB_JUNK.match(frag) \
                or _MOTTO_PART.match(frag):
            if so:
                break
            continue
        # a text copy may have lost the capitals: "Ủy ban nhân dân / Tỉnh Lào Cai"
        cased_ok = len(frag) <= 70 and not frag.endswith((".", ":", ";")) and (
            _HEADS.match(frag.upper()) or out and (frag[:1].islower() or any(
                frag.upper().startswith(lv + " ") for lv in _LEVEL_WORDS)))
        if _HEADING.match(frag) or len(frag) > 90:
            break                           # the body has begun: no header above it
        if not (_is_caps(frag) or cased_ok):
            if out:
                break
            continue
        a += len(seg) - len(seg.lstrip())
        out.append((a, a + len(frag), frag))
        if so:
            break
    return out[-5:]


def _group_issuers(frags: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join continuation lines; a line opening with a body head starts a new body."""
    groups: list[list[tuple[int, int, str]]] = []
    for f in frags:
        t = f[2].upper()
        head = bool(_HEADS.match(t))
        incomplete = groups and re.search(r"(?:NHÂN DÂN|VÀ|-|,|CỦA)$", groups[-1][-1][2].upper())
        if groups and (not head or incomplete):
            groups[-1].append(f)
        else:
            groups.append([f])
    return [(g[0][0], g[-1][1], " ".join(x[2] for x in g)) for g in groups]


def _complete(issuer: str, place: str | None) -> str:
    """'UBND tỉnh' + place 'Cao Bằng' → 'UBND tỉnh Cao Bằng'."""
    if not place or not _BARE_LEVEL.search(issuer):
        return issuer
    level = _BARE_LEVEL.search(issuer).group(0)
    bare = re.sub(r"^(?:" + re.escape(level) + r"|TP\.?)\s+", "", place, flags=re.I)
    return f"{issuer} {bare}" if bare else issuer


def _title_lines(text: str, lines: list[_Line], first: int, max_lines: int = 5,
                 start_at: int | None = None, style=None) -> tuple[int, int] | None:
    """The trích yếu from line ``first`` on: consecutive short lines, or lower-case runs on.

    ``start_at`` starts it inside line ``first`` (a type line with the title run on).
    """
    if start_at is not None:
        return _continue_title(text, lines, first, start_at, lines[first].end, max_lines, style)
    i = first
    while i < len(lines) and (not lines[i].text or _RULE.match(lines[i].text)
                              or (i == first and _NUMBER.match(lines[i].text))):
        i += 1                              # "PHƯƠNG ÁN NỔ MÌN / Số: 01/PANM-XY / Công trình: …"
    if i >= len(lines):
        return None
    t = lines[i].text
    wl = _WORKS_LABEL.match(t)
    if wl:
        a, b = lines[i].start + wl.end(), lines[i].end
        cm = _CITING_PAREN.search(text, a, b)
        return (a, cm.start() if cm and cm.start() > a else b)
    if re.match(r"^(?:CỦA|LIÊN\s+TỊCH)\b", t) and _is_caps(t):
        i += 1                              # "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / Về …"
        while i < len(lines) and not lines[i].text:
            i += 1
        if i >= len(lines):
            return None
        t = lines[i].text
    # a trích yếu is one clause with no full stop: a long one may fill a paragraph of its own
    too_long = len(t) > 600 or len(t) > 300 and (t.endswith((".", ";", ":")) or _BODY_START.match(t))
    if _ADDRESS.match(t) or _HEADING.match(t) or re.match(r"Căn\s+cứ\b", t) or too_long or _RULE.match(t):
        return None
    return _continue_title(text, lines, i, lines[i].start, lines[i].end, max_lines, style)


def _continue_title(text: str, lines: list[_Line], i: int, a: int, b: int,
                    max_lines: int, style=None) -> tuple[int, int]:
    n = 1
    j = i + 1
    while j < len(lines) and n < max_lines:
        t = lines[j].text
        blank = False
        while j < len(lines) and not lines[j].text:
            blank = True
            j += 1
        if j >= len(lines):
            break
        t = lines[j].text
        if (_RULE.match(t) or _ADDRESS.match(t) or _HEADING.match(t) or _BODY_START.match(t) or _FIELD.match(t)
                or _MOTTO.search(t) or len(t) > 200 or _PLACE_DATE.match(t) or _NUMBER.match(t)
                or t.startswith("(") or (len(t) > 120 and t.endswith("."))):
            break
        if blank and not t[:1].islower():
            break
        if style is not None and _style_apart(style(a), style(lines[j - 1].start), style(lines[j].start)):
            break                           # the title is set apart (bold, centred) from the body
        if _is_caps(t) and not _is_caps(text[a:b]):
            break                           # "Về việc …" then "ỦY BAN NHÂN DÂN TỈNH …"
        if _DECIDING.match(t) or _CENTRAL_AUTHORITY.match(t):
            break                           # "GIẤY PHÉP KHAI THÁC …" then "CHỦ TỊCH ỦY BAN …"
        if text[b - 1] in ".;:" or t.endswith(":"):
            break
        b = lines[j].end
        n += 1
        j += 1
    return a, b


def _style_apart(first, prev, nxt) -> bool:
    """Whether line ``nxt`` is set apart from the title by its style (bold, alignment).

    A PDF reader only knows a line is centred when it is shorter than the column, so a
    title line that fills the width has no alignment: only alignments both known count.
    """
    if first is None or nxt is None:
        return False
    if first[0] != nxt[0]:
        return True                         # bold title, regular body (or the reverse)
    return prev is not None and None not in (prev[1], nxt[1]) and prev[1] != nxt[1] \
        and first[1] is not None and first[1] != nxt[1]


# ---- closing ----------------------------------------------------------------------------------

def _names_body(signer: Signer, issuer: str | None) -> bool:
    """Whether a signature block names the body ("KT. GIÁM ĐỐC SỞ Y TẾ" for "Sở Y tế tỉnh X")."""
    if not issuer:
        return False

    def fold(x: str) -> str:
        x = re.sub(r"\s+", " ", x).casefold()
        return x.replace("ubnd", "ủy ban nhân dân").replace("hđnd", "hội đồng nhân dân")

    key = re.split(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|tp\.?)(?:\s|$)",
                   fold(issuer))[0].strip()
    return bool(key) and key in fold(f"{signer.authority or ''} {signer.position or ''}")


def _is_authority(t: str) -> bool:
    """A TM./KT./TL./TUQ./Q. line: in caps, or short with its office capitalised ("KT. Chủ tịch")."""
    m = _AUTHORITY.match(t)
    if not m:
        return False
    office = re.sub(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s*", "", t)
    return _is_caps(t) or (len(t) <= 50 and office[:1].isupper() and "." in t[:5] + "/")


def _next_authority(lines: list[_Line], authorities: list[int], k: int) -> int:
    """"TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH" typed on one line far apart, which the column
    cut put on lines of their own with blank ones between: the KT./TL. line under a TM. one is
    the same block (a block of another body opens with TM. again)."""
    j = k
    while j < len(lines) and j - k < 3 and not lines[j].text.strip():
        j += 1
    if j > k and j < len(lines) and re.match(r"(?:TM|T/M)\b", lines[authorities[-1]].text) \
            and re.match(r"(?:KT|K/T|TL|T/L|TUQ)\b", lines[j].text) and _is_authority(lines[j].text):
        authorities.append(j)
        return j + 1
    return k


def _signer(text: str, lines: list[_Line], start_idx: int) -> tuple[Signer | None, int | None]:
    """The signature block at or after ``start_idx``; also returns its first line index.

    Two blocks whose columns a text copy ran together (a tab read as a space: "KT. GIÁM ĐỐC
    SỞ Y TẾ TM. BAN THƯỜNG VỤ") give the left one: each line is cut where the right one starts.
    """
    auth_idx = [i for i in range(start_idx, len(lines)) if _is_authority(lines[i].text)]
    pos_idx: int | None = None
    authorities: list[int] = []
    merged = False
    cut: dict[int, _Line] = {}
    if auth_idx:
        i = auth_idx[0]
        authorities = [i]
        second = _SECOND_AUTH.match(lines[i].text)
        if second:                          # two blocks run together on one line
            merged = True
            ln, at = lines[i], second.start("gap")
            cut[i] = _Line(ln.start, ln.start + at, ln.text[:at])
        k = i + 1
        while k < len(lines) and _is_authority(lines[k].text):
            authorities.append(k)
            k += 1
        k = _next_authority(lines, authorities, k)
        if len(authorities) > 1 and _ACTING.match(lines[authorities[-1]].text):
            k = authorities.pop()           # "TUQ. BỘ TRƯỞNG" / "Q. TỔNG CỤC TRƯỞNG": the acting office
        # a PDF read row by row across the closing table: Nơi nhận items come between the
        # authority and the position line ("KT. GIÁM ĐỐC / - UBND tỉnh (b/c); / PHÓ GIÁM ĐỐC")
        j = k
        while j < len(lines) and (lines[j].text[:1] in "-+•*" or _debris(lines[j].text)):
            j += 1
        if j > k and j < len(lines) and _POSITION.match(lines[j].text.upper()):
            k = j
        # "TM. BAN THƯỜNG VỤ" / "HỘI LIÊN HIỆP PHỤ NỮ TỈNH" / "CHỦ TỊCH": the body goes on
        if (not merged and k + 1 < len(lines) and _is_caps(lines[k].text) and not _POSITION.match(lines[k].text)
                and not _NAME_CAPS(lines[k].text) and _POSITION.match(lines[k + 1].text)):
            authorities.append(k)
            k += 1
        if k < len(lines) and lines[k].text and _is_caps(lines[k].text) and not _NAME_CAPS(lines[k].text) \
                and not _debris(lines[k].text):     # "PHÓ" alone: the rest of it lost under the seal
            pos_idx = k
        elif k < len(lines) and _POSITION.match(lines[k].text.upper()):
            pos_idx = k                     # also "Phó Chủ tịch" in a copy that lost the caps
        if merged and pos_idx is not None:
            pm = _POSITION_HEAD.match(lines[pos_idx].text)
            if pm and pm.end() < len(lines[pos_idx].text):
                ln = lines[pos_idx]
                cut[pos_idx] = _Line(ln.start, ln.start + pm.end(), ln.text[:pm.end()])
        first = i
    else:
        cands = [i for i in range(start_idx, len(lines)) if _POSITION.match(lines[i].text)]
        if not cands:
            return None, None
        pos_idx = first = cands[-1]
    # the name: the next non-filler line, after blank lines left for the signature
    k = (pos_idx if pos_idx is not None else authorities[-1]) + 1
    name_idx = None
    parallel = False
    while k < len(lines) and k <= (pos_idx or authorities[-1]) + 12:
        t = lines[k].text
        if merged and t and _POSITION.match(t):
            k += 1                          # the right-hand block's position line
            continue
        # a PDF read row by row across the closing table: the Nơi nhận items, or a second
        # block's lines (joint document), come between the position and the name
        if t[:1] in "-+•*" or _is_authority(t) or (parallel and _is_caps(t) and not _NAME_CAPS(t)):
            parallel = parallel or _is_authority(t)
            k += 1
            continue
        if _debris(t):
            k += 1                          # the seal or the signature read as a short word
            continue
        if pos_idx is None and authorities and _is_caps(t) and _spells_office(t):
            k += 1                          # "HỌ CHU TỊCH": the position line a scan misread, under
            continue                        # "KT. CHỦ TỊCH" (the office comes from the authority)
        if t and not _FILLER.match(t):
            if merged:                      # "Phạm Văn Tuấn Nguyễn Thị Ngọc Trinh": the first
                rank = _RANK.match(t)
                skip = len(rank.group(0).split()) if rank else 0
                words = t.split(" ")
                at = next((j for j in range(skip + 2, len(words))
                           if words[j].capitalize() in LB.SURNAMES), None)
                if at:
                    ln, n = lines[k], len(" ".join(words[:at]))
                    cut[k] = _Line(ln.start, ln.start + n, ln.text[:n])
                    t = cut[k].text
            if _NAME.match(t) and len(t) <= 50 and not _POSITION.match(t.upper()) and not _spells_office(t) \
                    and not (_bare(t) + " ").startswith(_BODY_HEADS_BARE):   # the seal's "ỦY BAN NHÂN DÂN"
                name_idx = k
            break
        k += 1
    lines = [cut.get(j, ln) for j, ln in enumerate(lines)]
    if not authorities and name_idx is None and not _closing_position(lines, pos_idx):
        return None, None
    authority = " ".join(lines[i].text for i in authorities) or None
    if pos_idx is not None:
        position = position_case(lines[pos_idx].text)
        acting = re.match(r"Q\s*\.\s*", lines[pos_idx].text)
        if acting:
            position = "Q. " + position_case(lines[pos_idx].text[acting.end():])
        deputy = _position_from_authority(lines[authorities[-1]].text) if authorities else None
        if deputy and deputy.startswith("Phó ") and deputy[4:].casefold() == position.casefold():
            position = deputy               # KT. signs a deputy: "PHÓ" lost under the seal
    elif authorities:
        position = _position_from_authority(lines[authorities[-1]].text)
    else:
        position = None
    name = person_case(lines[name_idx].text) if name_idx is not None else None
    last = name_idx if name_idx is not None else (pos_idx if pos_idx is not None else authorities[-1])
    return Signer(authority=authority, position=position, name=name,
                  span=(lines[first].start, lines[last].end)), first


def _closing_run(lines: list[_Line], end: int, limit: int = 60) -> int:
    """Where the run of signature lines ending at line ``end`` starts: a record signed by its
    members ("THÀNH VIÊN" / "PHÓ CỤC TRƯỞNG" / name, block after block, blank lines between)
    may fill more lines than one block takes. Only blanks, short lines in capitals (labels and
    offices) and persons' names belong to it."""
    i = end
    while i > 0 and end - i < limit:
        t = lines[i - 1].text.strip()
        if t and not (len(t) <= 60 and (_is_caps(t) or _person(t))):
            break
        i -= 1
    return i


def _person(t: str) -> bool:
    """A line that is a person's name alone: 2-5 capitalised words, a family name first."""
    t = t.strip()
    if not _NAME.match(t) or len(t) > 50 or len(t.split()) > 5 or _POSITION.match(t.upper()) \
            or _spells_office(t):
        return False
    rank = _RANK.match(t)
    words = (t[rank.end():] if rank else t).split()
    return len(words) >= 2 and words[0].capitalize() in LB.SURNAMES


def _bare_name_signer(lines: list[_Line], rec_idx: int) -> tuple[Signer | None, int | None]:
    """The signer's name standing alone under the Nơi nhận list, its authority and office lost
    under the seal in a scan ("- Lưu: VT, KT." / "Nguyễn Văn An"): the first line after the list
    that is a person's name. List items (dashed or ending ';' '.') and seal debris are passed."""
    for k in range(rec_idx + 1, min(len(lines), rec_idx + _SIGNATURE_LINES + 4)):
        t = lines[k].text.strip()
        if not t or t[:1] in "-+•*" or t.endswith((";", ".", ",")) or _debris(t) or _FILLER.match(t):
            continue
        if _person(t):
            return Signer(authority=None, position=None, name=person_case(t),
                          span=(lines[k].start, lines[k].end)), k
        if _is_authority(t) or _POSITION.match(t.upper()):
            return None, None
    return None, None


def _form_subject(text: str, lines: list[_Line], lo: int, hi: int) -> tuple[int, int] | None:
    """The matter a form names in its own field ("Vấn đề trình: Cấp Giấy phép …", "Nội dung trình:
    Kết quả thẩm định …"): a phiếu trình's trích yếu. Wrapped lines (opening in lower case) go with
    it, a final full stop does not."""
    for i in range(max(lo, 0), min(hi, len(lines))):
        m = _FORM_SUBJECT.match(lines[i].text)
        if not m:
            continue
        a, b = lines[i].start + m.end(), lines[i].end
        j = i + 1
        while j < len(lines) and j <= i + 4 and lines[j].text[:1].islower() and text[b - 1] not in ".;":
            b = lines[j].end
            j += 1
        while b > a and text[b - 1] in " .;":
            b -= 1
        return (a, b) if b > a else None
    return None


def _form_signer(lines: list[_Line], lo: int) -> tuple[Signer | None, int | None]:
    """A phiếu trình's signer: the head of the submitting unit, in the column headed "Ý kiến của
    Lãnh đạo phòng/đơn vị" — the first person's name under it (the drafter's column read beside
    it, "NGƯỜI LẬP PHIẾU TRÌNH", is passed); the office printed over the name ("Trưởng phòng
    QLHC"), else the column's "Lãnh đạo phòng"."""
    for i in range(max(lo, 0), len(lines)):
        m = _FORM_SIGNER.match(lines[i].text.strip())
        if not m:
            continue
        position = None
        for k in range(i + 1, min(len(lines), i + _SIGNATURE_LINES)):
            t = lines[k].text.strip()
            if not t:
                continue
            if _person(t):
                office = position_case(m["office"])
                return Signer(authority=None, position=position or office[:1].upper() + office[1:],
                              name=person_case(t), span=(lines[i].start, lines[k].end)), i
            if position is None and _POSITION.match(t.upper()) and not _is_caps(t):
                position = t
            if _FORM_SIGNER.match(t):
                break
    return None, None


def _esign_date(text: str, partial: str | None) -> tuple[str, tuple[int, int]] | None:
    """The day of a digital signature ("Thời gian ký: 02.04.2026 14:24:26") that completes a date
    line whose day (and month) were left blank: same year, same month when one was printed."""
    for m in _ESIGN_TIME.finditer(text):
        d, mo, y = int(m["d"]), int(m["m"]), m["y"]
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        iso = f"{y}-{mo:02d}-{d:02d}"
        if partial is None or iso.startswith(partial):
            return iso, (m.start("d"), m.end("y"))
    return None


def _issuer_below(lines: list[_Line], type_idx: int,
                  title: tuple[int, int] | None) -> tuple[int, int, str] | None:
    """The body line in capitals a few lines under the type line and its title ("SỞ CÔNG THƯƠNG
    TỈNH LÀO CAI" over "Chứng nhận"), for a document whose header has no issuer above."""
    for k in range(type_idx + 1, min(len(lines), type_idx + 8)):
        t = lines[k].text.strip()
        if not t or (title and lines[k].start < title[1]):
            continue
        if _is_caps(t) and len(t) <= 90 and _HEADS.match(t.upper()) and not _MOTTO.search(t):
            a = lines[k].start + lines[k].text.find(t)
            return _authority_body(a, a + len(t), t)
        if len(t) > 90:
            break
    return None


def _authority_body(a: int, b: int, t: str) -> tuple[int, int, str]:
    """A deciding-authority line standing for the cut header ("BỘ TRƯỞNG BỘ Y TẾ" under the
    trích yếu): the body it names, without its head's office ("BỘ Y TẾ"); "THỦ TƯỚNG CHÍNH PHỦ"
    is itself the issuer."""
    m = _AUTHORITY_OFFICE.match(t)
    if m and _DECIDING.match(t) and _HEADS.match(t[m.end():].upper()):
        return a + m.end(), b, t[m.end():]
    return a, b, t


_ATTACHED_NOTE = re.compile(L.ATTACHED_NOTE)


def _attached_note(text: str, lines: list[_Line], type_idx: int, info: DocumentInfo, spans: dict) -> None:
    """Issuer and date of a text attached to a decision, from its "(Kèm theo Quyết định số …
    ngày … của …)" note a few lines under its type line, when it has no header of its own."""
    lo = lines[type_idx].start
    hi = lines[min(len(lines) - 1, type_idx + 8)].end
    m = _ATTACHED_NOTE.search(text, lo, hi)
    if not m:
        return
    issuer = re.sub(r"\s+", " ", m.group("issuer")).strip(" .;")
    if issuer:
        info.issuer = issuer
        spans["issuer"] = (m.start("issuer"), m.start("issuer") + len(m.group("issuer").rstrip(" .;\n")))
    if info.issued_date is None:
        iso, _partial = _parse_date(m.group("date"))
        if iso:
            info.issued_date = iso
            spans["issued_date"] = (m.start("date"), m.end("date"))


_PLACE_DATE_WHOLE = re.compile(r"^" + L.PLACE_DATE_TAIL + r"\s*$", re.I)


def _closing_place_date(text: str, lines: list[_Line], lo: int, info: DocumentInfo, spans: dict,
                        warnings: list[str]) -> None:
    """The place-date line printed over the signature when the header has none ("Lào Cai, ngày
    … tháng 7 năm 2026" under a licence's last clause, beside a technical plan's signatures): a
    line of its own in the closing, the first from ``lo`` on."""
    for ln in lines[max(0, lo - 6):]:
        m = _PLACE_DATE_WHOLE.match(ln.text.strip())
        if not m or _NOT_PLACE.match(m.group("place").strip()):
            continue
        iso, partial = _parse_date(m.group("date"))
        if not iso:
            continue
        off = ln.start + len(ln.text) - len(ln.text.lstrip())
        info.place = re.sub(r"\s+", " ", m.group("place")).strip()
        spans["place"] = (off + m.start("place"), off + m.start("place") + len(m.group("place").rstrip()))
        info.issued_date = iso
        spans["issued_date"] = (off + m.start("date"), off + m.end("date"))
        if partial:
            warnings.append("issue date is partial (day left blank)" if len(iso) == 7
                            else "issue date is partial (day and month left blank)")
        return


def _date_elsewhere(text: str, lines: list[_Line], info: DocumentInfo, spans: dict,
                    h: _Header, sign_idx: int | None) -> None:
    """The issue date of a form with no place-date line under the motto: the "Ngày … tháng …
    năm …" line over its signature (phiếu trình), else a biên bản's opening "Hôm nay, ngày …"."""
    found = None
    if sign_idx is not None:
        for ln in lines[max(0, sign_idx - 3):sign_idx + 1]:
            m = _CLOSING_DATE.match(ln.text)
            if m:
                found = (ln.start + m.start("date"), ln.start + m.end("date"), m.group("date"))
                break
    if found is None:
        zone = lines[h.zone_end + 3].start if h.zone_end + 3 < len(lines) else len(text)
        for ln in lines:
            if ln.start >= zone:
                break
            m = _FIRST_ISSUE.match(ln.text)
            if m:
                found = (ln.start + m.start("date"), ln.start + m.end("date"), m.group("date"))
                break
    if found is None and info.type == "Biên bản":
        zone = lines[h.zone_end].start if h.zone_end < len(lines) else len(text)
        m = _MEETING_DATE.search(text, zone, min(len(text), zone + 3000))
        if m:
            found = (m.start("date"), m.end("date"), m.group("date"))
    if found is None:
        return
    iso, _partial = _parse_date(found[2])
    if iso:
        info.issued_date = iso
        spans["issued_date"] = found[:2]


def _bare(s: str) -> str:
    """Lower case without tone marks or hats: what survives OCR's misreading of a word."""
    s = unicodedata.normalize("NFD", s.casefold().replace("đ", "d"))
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).strip()


_QUALIFIERS_BARE = {t: {_bare(q) for q in qs} for t, qs in L.TYPE_QUALIFIERS.items()}


def _qualifies_type(doc_type: str | None, rest: str) -> bool:
    """Whether the rest of a type line only names the document's kind ("BIÊN BẢN | KIỂM TRA",
    "BÁO CÁO | THAM LUẬN"): in capitals, one of the type's qualifiers (OCR's lost marks folded)."""
    rest = rest.strip(" .:")
    return bool(rest) and _is_caps(rest) and _bare(rest) in _QUALIFIERS_BARE.get(doc_type or "", ())


_OFFICES_BARE = tuple(" " + _bare(p) for p in L.POSITIONS if " " in p)
_BODY_HEADS_BARE = tuple(_bare(h) + " " for h in L.ISSUER_HEADS if " " in h)


def _spells_office(t: str) -> bool:
    """A line that OCR misread from a position ("Pho Giam Đọc", "Họ Chu Tịch"): no name
    ends in an office's words."""
    return (" " + _bare(t)).endswith(_OFFICES_BARE)


def _debris(t: str) -> bool:
    """What OCR makes of the seal and the signature strokes between a signature's lines: a
    few letters ("UY", "I đu -") or a run that starts in lower case (a Nơi nhận item beside
    it, its dash lost). A name has two capitalised words; a position line is in capitals."""
    return bool(t) and (t[:1].islower() or len(_WORD_CHARS.findall(t)) <= 3)


def _closing_position(lines: list[_Line], pos_idx: int | None) -> bool:
    """A position alone in capitals that ends the document ("CỤC TRƯỞNG" with nothing under
    it): the signer's office, whose name a scan lost under the seal and the signature."""
    if pos_idx is None or lines[pos_idx].text.upper() not in L.POSITIONS \
            or not _is_caps(lines[pos_idx].text):
        return False
    return all(not ln.text or ln.text[:1] in "-+•*" for ln in lines[pos_idx + 1:])


_GAP = re.compile(r"\S( {3,}|\t+)(?=\S)")


def _columns(text: str, lines: list[_Line], lo: int) -> list[_Line]:
    """A closing block typed side by side ("Nơi nhận:      KT. CHỦ TỊCH"): left column first.

    Only when a right-hand fragment is a signature line; lines without a gap go left when
    they are list items ("- Lưu: VT.") and right otherwise (the name under the signature).
    Two signature blocks side by side (a joint document: "TM. BAN THƯỜNG VỤ …   TM. ỦY BAN
    NHÂN DÂN") become one after the other.
    """
    zone = lines[lo:]
    cuts = [(ln, _GAP.search(ln.text)) for ln in zone]

    def sig(t: str) -> bool:
        return bool(_AUTHORITY.match(t) or _POSITION.match(t))

    if not any(m and sig(ln.text[m.end():]) for ln, m in cuts):
        return lines
    left: list[_Line] = []
    right: list[_Line] = []
    for ln, m in cuts:
        if m:
            cut, rs = ln.start + m.start(1), ln.start + m.end()
            left.append(_Line(ln.start, cut, text[ln.start:cut]))
            right.append(_Line(rs, ln.end, text[rs:ln.end]))
        elif not ln.text:
            left.append(ln)
            right.append(ln)
        elif ln.text[:1] in "-+•*" or _RECIPIENTS.match(ln.text) or _wraps_item(left, ln.text):
            left.append(ln)
        else:
            right.append(ln)
    return lines[:lo] + left + right


def _wraps_item(left: list[_Line], t: str) -> bool:
    """Whether a line with no column gap is the wrapped rest of the Nơi nhận item above it
    ("- Các Sở, ngành: Xây dựng, Công Thương, / Tài chính, Thuế tỉnh;"): the item has not
    ended (no ';' or '.') and the line is no signature or name line."""
    prev = left[-1].text if left else ""
    return (prev[:1] in "-+•*" or bool(left) and len(left) > 1 and _wraps_item(left[:-1], prev)) \
        and not prev.endswith((";", ".", ":")) and not _is_authority(t) and not _POSITION.match(t.upper()) \
        and not _is_caps(t) and not _NAME.match(t)


def _NAME_CAPS(t: str) -> bool:
    """An all-caps line that is a person's name, not an office (NGUYỄN VĂN A)."""
    return bool(_NAME.match(t)) and not _POSITION.match(t) and not _HEADS.match(t.upper()) \
        and len(t.split()) <= 5 and not re.search(r"CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|ỦY VIÊN|THÀNH VIÊN|ỦY BAN", t)


def _position_from_authority(auth: str) -> str | None:
    m = re.match(r"(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s*(.+)", auth)
    if not m:
        return None
    kind, office = m.group(1).replace("/", ""), position_case(m.group(2))
    if kind == "KT":
        return "Phó " + office[:1].upper() + office[1:]
    if kind == "Q":
        return "Quyền " + office if office else None
    return None


@dataclass
class ListItems:
    """A "Kính gửi:" / "Nơi nhận:" list as read: each item's span (marker and end punctuation
    left out) and the span of the whole list."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    first: int | None = None
    last: int | None = None

    def texts(self, text: str) -> list[str]:
        """Each item as printed, a wrapped item's line break read as a space."""
        return [re.sub(r"\s*\n\s*", " ", text[a:b]) for a, b in self.spans]

    @property
    def span(self) -> tuple[int, int] | None:
        return (self.first, self.last) if self.first is not None else None


_ITEM_MARK = re.compile(r"\s*[-+•*]\s*")
_ITEM_TAIL = re.compile(r"[\s;,.]+$")
_LIST_END = re.compile(r"[.;]\s*$")


_FILING = re.compile(L.FILING)
_RECIPIENT_LABEL = re.compile(L.RECIPIENT_LABEL)


def _recipients(items: list[str]) -> tuple[list[str], str | None]:
    """Nơi nhận as (recipients, filing line): "Lưu: VT, CN" is the issuer's own copy, and
    "Các phòng: Khoáng sản; Quản lý đất đai" is two recipients that share the label."""
    out: list[str] = []
    filed = None
    for item in items:
        if _FILING.match(item):
            filed = filed or item
            continue
        parts = [p.strip(" ,.") for p in item.split(";")]
        label = _RECIPIENT_LABEL.match(parts[0])
        out.append(parts[0])
        for part in filter(None, parts[1:]):
            out.append(label.group(0) + part if label and not _RECIPIENT_LABEL.match(part) else part)
    return out, filed


def _list_items(text: str, lines: list[_Line], i: int, inline_from: int | None,
                stop_idx: int | None = None, skip: set[int] = frozenset(),
                dashed: bool = False) -> ListItems:
    """Items of a "Kính gửi:" / "Nơi nhận:" list starting at line ``i``.

    A line going on in lower case continues the inline list (a PDF's wrap: "Kính gửi: Sở Y
    tế; UBND các huyện, thị xã, thành / phố."). ``dashed`` is the reading the bodies
    extractor names addressees by: a bare label is followed by dash items only, and the list
    has no length limit."""
    found = ListItems()
    items = found.spans

    def add(a: int, b: int) -> None:
        m = _ITEM_MARK.match(text, a, b)
        s = m.end() if m else a
        while s < b and text[s].isspace():
            s += 1
        tail = _ITEM_TAIL.search(text[s:b].rstrip())
        e = s + (tail.start() if tail else len(text[s:b].rstrip()))
        if e > s:
            items.append((s, e))
            found.first = a if found.first is None else found.first
            found.last = b

    line_end = lines[i].end
    if inline_from is not None and inline_from < line_end:
        while text[inline_from:line_end].strip() and not _LIST_END.search(text, inline_from, line_end) \
                and i + 1 < len(lines) and lines[i + 1].text[:1].islower():
            i += 1
            line_end = lines[i].end
        rest = text[inline_from:line_end].strip()
        if rest:
            off = inline_from + text[inline_from:line_end].index(rest)
            for part in re.finditer(r"[^;]+", rest):
                if part.group(0).strip(" .-"):
                    add(off + part.start(), off + part.end())
            if dashed or rest.endswith(".") or not rest.endswith((";", ",")):
                return found
    k = i + 1
    blank = False
    open_from = None                        # start of a dash item that has not ended yet
    while k < len(lines) and (stop_idx is None or k < stop_idx) and (dashed or len(items) < 40):
        t = lines[k].text
        if k in skip:                       # a signature line between the items
            k += 1
            continue
        if not t:
            blank = True
            k += 1
            continue
        dash = t[:1] in "-+•*"
        if dashed:
            if not dash:
                break
            add(lines[k].start, lines[k].end)
            k += 1
            continue
        if (_AUTHORITY.match(t) or _POSITION.match(t) or _HEADING.match(t) or _BODY_START.match(t)
                or _RECIPIENTS.match(t) or len(t) > 160):
            break
        if not dash and (blank and items or len(t) > 100 or t.endswith(":")):
            break
        if not dash and open_from is not None and items and not _GAP.search(text, open_from, lines[k].start):
            items.pop()                     # "- Các Sở: Xây dựng, Tài chính, / Y tế;" is one item
            add(open_from, lines[k].end)
        else:
            add(lines[k].start, lines[k].end)
            open_from = lines[k].start if dash else None
        if t.endswith((";", ".")):
            open_from = None
        blank = False
        if t.endswith(".") and not t.endswith("./."):
            k += 1
            break
        k += 1
    return found


# ---- news articles ------------------------------------------------------------------------------

def _news(text: str, lines: list[_Line], info: DocumentInfo, spans: dict) -> None:
    info.type = L.NEWS_TYPE
    # headline: the first real line (skip menu junk left by the web copy)
    cands = [i for i, ln in enumerate(lines[:15]) if ln.text and not _WEB_JUNK.match(ln.text)
             and not _PUBLISHED.match(ln.text)]
    # the headline has a few words; a breadcrumb or a category ("Xã hội") has one or two
    hi = next((i for i in cands if len(lines[i].text.split()) >= 4 and not re.search(r"\s[>»]\s", lines[i].text)),
              cands[0] if cands else None)
    body_from = 0
    if hi is not None:
        ln = lines[hi]
        a, b = ln.start, ln.end
        tail = _PUBLISHED_TAIL.search(text, a, b)
        if tail:
            pm = _PUBLISHED_ANY.search(text, tail.start(), b)
            if pm:
                info.published_date = _iso_dmy(pm)
                spans["published_date"] = (pm.start(), pm.end())
            b = tail.start()
        info.title = _span_text(text, a, b)
        spans["title"] = (a, b)
        body_from = hi + 1
        pm = _HEADLINE_PLACE.match(info.title)
        if pm and pm.group("place").casefold() not in L.NOT_PLACE_PREFIXES:
            info.place = pm.group("place")
            spans["place"] = (a, a + len(pm.group("place")))
    if info.published_date is None:
        for ln in lines[:20]:
            m = _PUBLISHED.match(ln.text)
            if m:
                info.published_date = _iso_dmy(m)
                spans["published_date"] = (ln.start, ln.end)
                break
    if info.title and info.title.rstrip().endswith("?"):
        # a legal Q&A article ("Điều kiện sản xuất hóa chất có điều kiện là gì?") explains the
        # rules it cites ("Ngày 17/01/2026, Bộ X ban hành Thông tư …"): it reports no act, and the
        # rule's number and date are not its own
        return
    start = lines[body_from].start if body_from < len(lines) else len(text)
    m = _REPORT.search(text, start, min(len(text), start + 2500))
    if not m:
        return
    issuer = re.sub(r"\s+", " ", m.group("issuer")).strip(" ,")
    rep = ReportedDocument(type=_canon_type(m.group("type")))
    span_a, span_b = m.start("issuer"), m.end()
    num = _CITED.match(text, _skip_so(text, m.end()))
    if num:
        rep.number = clean_number(num.group(0))
        spans["number"] = (num.start(), num.end())
        span_b = num.end()
    # the date: "Ngày 4/3/2019, UBND tỉnh ban hành…" or "… số 632/KH-UBND ngày 4/3/2019"
    # "Ngày 4/3/2019, UBND tỉnh ban hành …", "Để chủ động ứng phó, ngày 16/01/2024, UBND …"; the
    # sentence may have been wrapped by a PDF line break ("…, ngày 16/01/2024,\nUBND tỉnh …")
    lead = _lead_date(text, _sentence_start(text, m.start(), False), m.start("issuer")) \
        or _lead_date(text, _sentence_start(text, m.start(), True), m.start("issuer"))
    if lead:
        rep.issued_date = lead.iso
        spans["issued_date"] = (lead.start, lead.end)
    else:
        after = span_b
        for d in find_dates(text, after, min(len(text), after + 40)):
            if re.match(r"\s*,?\s*(?:ngày)?\s*$", text[after:d.start], re.I) and d.precision == "day":
                rep.issued_date = d.iso
                spans["issued_date"] = (d.start, d.end)
            break
    if info.place is None:
        pm = re.search(r"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận)\s+((?:[A-ZĐÀ-Ỹ]\w*\s?){1,4})$", issuer)
        if pm:
            info.place = pm.group(1).strip()
    rep.issuer = _complete(issuer, info.place)
    info.issuer = rep.issuer
    spans["issuer"] = (m.start("issuer"), m.end("issuer"))
    info.number, info.issued_date = rep.number, rep.issued_date
    spans["reported"] = (span_a, span_b)
    info.reported = rep


def _lead_date(text: str, sent_start: int, issuer_start: int):
    """The issue date that opens a news lead sentence, right before its issuer, if any."""
    dates = find_dates(text, sent_start, issuer_start)
    if dates and dates[-1].precision == "day" \
            and (_LEAD_DATE_PREFIX.match(text[sent_start:dates[-1].start])
                 or re.search(r"(?:^|[\s,])(?:vào\s+)?ngày\s*$", text[sent_start:dates[-1].start], re.I)) \
            and re.match(r"\s*,?\s*(?:(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Trưởng\s+ban)\s+)?$",
                         text[dates[-1].end:issuer_start]):   # "…, Chủ tịch UBND tỉnh đã ký"
        return dates[-1]
    return None


def _sentence_start(text: str, pos: int, across_wraps: bool) -> int:
    """Start of the sentence holding ``pos``: after the last '. ' or line break; across_wraps
    also skips line breaks that cut a sentence (a PDF wrap: the line above ends without a stop)."""
    lo = max(0, pos - 400)
    start = max(text.rfind("\n", lo, pos), text.rfind(". ", lo, pos)) + 1
    while across_wraps and start > lo and text[start - 1] == "\n":
        prev = text[lo:start - 1].rstrip(" \t")
        if not prev or prev[-1] in ".!?:;\n" or prev.endswith("\n"):
            break
        brk = max(text.rfind("\n", lo, start - 1), text.rfind(". ", lo, start - 1))
        if brk < 0:
            break
        start = brk + 1
    return start


def _skip_so(text: str, pos: int) -> int:
    m = re.compile(r"\s+(?:số\s*:?\s*)?").match(text, pos)
    return m.end() if m else pos


def _canon_type(word: str) -> str | None:
    w = re.sub(r"\s+", " ", word).strip()
    for t in L.TYPE_NAMES:
        if t.casefold() == w.casefold():
            return t
    return None


def _iso_dmy(m: re.Match) -> str | None:
    d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y}-{mo:02d}-{d:02d}"
    return None


def _looks_like_news(text: str, lines: list[_Line], h: _Header, outline: Outline) -> bool:
    """No header of its own, and a web page's date or a lead sentence reporting a document."""
    if h.number_m or h.motto or h.type_idx is not None:
        return False
    head = lines[:20]
    if any(re.match(r"V/v\b", ln.text, re.I) or _ADDRESS.match(ln.text) for ln in head):
        return False
    if any(_PUBLISHED.match(ln.text) for ln in head) or any(
            _PUBLISHED_TAIL.search(ln.text) for ln in head[:5]):
        return True
    m = _REPORT.search(text, 0, min(len(text), 1500))
    if not m:
        return False
    if re.search(r"vừa\s+(?:ban\s+hành|có|ký)", m.group(0)):
        return True
    # "UBND tỉnh ban hành Kế hoạch …": a plan's own sentence ends "như sau:" and has parts
    end = text.find("\n", m.end())
    own = re.search(r"như\s+sau\s*:?\s*$", text[m.end():end if end > 0 else len(text)])
    return not own and not any(s.kind in ("roman", "part", "article") for s in outline.sections)


# ---- main ----------------------------------------------------------------------------------------

@dataclass
class Identity:
    """What identity read: the Plan's DocumentInfo, and the span of each Kính gửi item (the
    bodies extractor names the addressees from them)."""
    info: DocumentInfo
    addressees: list[tuple[int, int]] = field(default_factory=list)


def extract(doc: Document, outline: Outline, warnings: list[str]) -> DocumentInfo:
    return read(doc, outline, warnings).info


def read(doc: Document, outline: Outline, warnings: list[str]) -> Identity:
    text = doc.text
    lines = _lines(text)
    info = DocumentInfo()
    spans: dict[str, tuple[int, int]] = {}
    h = _scan_header(text, lines)

    def style(offset: int):
        """(bold, centred or None) of the block at offset when the reader knew it (docx, pdf)."""
        if doc.format == "txt":
            return None
        b = doc.block_at(offset)
        return (b.bold, None if b.align is None else b.align == "center") if b else None

    if doc.genre == "news" or _looks_like_news(text, lines, h, outline):
        _news(text, lines, info, spans)
        info.spans = spans
        return Identity(info)

    # number and symbol
    if h.number_m:
        m = h.number_m
        n = m.group("n")
        rest = re.sub(r"\s+", "", m.group("rest")).rstrip(".").translate(_LATIN)
        sym = rest[1:]
        if rest.startswith("/") and re.match(r"(?:19|20)\d\d/", sym):
            sym = sym[5:]                                  # 05/2025/QĐ-UBND → QĐ-UBND
        info.symbol = sym or None
        spans["symbol"] = (m.start("rest"), m.end("rest"))
        if n:
            info.number = clean_number(m.group("num")).rstrip(".").translate(_LATIN)
            spans["number"] = (m.start("num"), m.end("num"))
        else:
            warnings.append("document number left blank (draft)")

    # place and date
    if h.date_m:
        dm = h.date_m
        pa = _place_start(text, dm)
        info.place = re.sub(r"\s+", " ", text[pa:dm.end("place")]).strip()
        spans["place"] = (pa, dm.end("place"))
        if _NOT_PLACE.match(info.place):
            info.place = None
            del spans["place"]
        iso, partial = _parse_date(dm.group("date"))
        info.issued_date = iso
        spans["issued_date"] = (dm.start("date"), dm.end("date"))
        if partial and iso:
            warnings.append("issue date is partial (day left blank)" if len(iso) == 7
                            else "issue date is partial (day and month left blank)")

    # issuer and parent issuer
    groups = _group_issuers(_issuer_lines(text, lines, h))
    if groups:
        a, b, name = groups[-1]
        info.issuer = name_case(name)
        spans["issuer"] = (a, b)
        if len(groups) > 1:
            pa, pb, pname = groups[-2]
            info.parent_issuer = name_case(pname)
            spans["parent_issuer"] = (pa, pb)

    # stamps: urgency and secrecy, anywhere in the header zone, also as one column of a line
    # typed side by side ("Số: 12/UBND-VP      KHẨN      Hà Nam, ngày …") or paired ("KHẨN - MẬT")
    for ln in lines[:h.zone_end]:
        for chunk in _CHUNK.finditer(ln.text):
            if not _STAMPS_RUN.match(chunk.group(0)):
                continue
            for sm in _STAMP_WORD.finditer(chunk.group(0)):
                a = ln.start + chunk.start() + sm.start()
                w = sm.group(0).upper().replace("HOẢ", "HỎA")
                w = re.sub(r"\s+", " ", w)
                if w in L.URGENCY and info.urgency is None:
                    info.urgency = L.URGENCY[w]
                    spans["urgency"] = (a, a + len(sm.group(0)))
                elif w in L.SECRECY and info.secrecy is None:
                    info.secrecy = L.SECRECY[w]
                    spans["secrecy"] = (a, a + len(sm.group(0)))

    # type and title
    vv_idx = next((i for i in range(min(len(lines), h.zone_end + 3)) if _SUBJECT.match(lines[i].text)), None)
    if h.type_idx is not None:
        ln = lines[h.type_idx]
        if h.title_from is not None:
            word = _TYPE_INLINE.match(ln.text).group("t")
            info.type = _TYPE_LINE[word]
            spans["type"] = (ln.start, ln.start + len(word))
            t = None
            if _qualifies_type(info.type, text[h.title_from:ln.end]):
                t = _title_lines(text, lines, h.type_idx + 1, style=style)   # "BIÊN BẢN KIỂM TRA" / title
            if t is None:
                t = _title_lines(text, lines, h.type_idx, start_at=h.title_from, style=style)
        else:
            info.type = _TYPE_LINE[ln.text.upper().rstrip(" :")]
            spans["type"] = (ln.start, ln.end)
            t = _title_lines(text, lines, h.type_idx + 1, style=style)
        if t:
            info.title = _span_text(text, *t)
            spans["title"] = t
    elif vv_idx is not None:
        ln = lines[vv_idx]
        vm = _SUBJECT.match(ln.text)
        a = ln.start + vm.end()
        gap = _GAP.search(ln.text, vm.end())
        b = ln.start + gap.start(1) if gap else ln.end
        pieces = [text[a:b]]
        j = vv_idx + 1
        while j < len(lines) and j <= vv_idx + 4:
            t = lines[j].text
            gap = _GAP.search(t)            # the right column typed beside it (pdftotext -layout)
            if gap:
                t = t[:gap.start(1)]
            if (not t or _ADDRESS.match(t) or _MOTTO.search(t) or _PLACE_DATE.match(t)
                    or _NUMERIC_PLACE_DATE.match(t) or _STAMPS_RUN.match(t) or _RULE.match(t)
                    or _HEADING.match(t) or len(t) > 160 or re.match(r"^[^,\n]{2,40},\s*ngày\b", t)):
                break
            b = lines[j].start + len(t)
            pieces.append(t)
            j += 1
        info.title = re.sub(r"\s+", " ", " ".join(pieces)).strip()
        spans["title"] = (a, b)
    if info.title and not _WORD_CHARS.search(info.title):
        info.title = None                   # "V/v ………" of a blank template
        spans.pop("title", None)
    if info.type in L.FORM_TYPES and (info.title is None or _FORM_NAME_TAIL.match(info.title)):
        # a form names its matter in a field ("Vấn đề trình: …"); its printed name's tail
        # ("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC") is no title
        info.title = None
        spans.pop("title", None)
        t = _form_subject(text, lines, h.type_idx or 0, h.zone_end + 15)
        if t:
            info.title = _span_text(text, *t)
            spans["title"] = t
    code_type = type_from_symbol(info.symbol)
    if info.type is None:
        if code_type:
            info.type = code_type
        elif vv_idx is not None or info.symbol:
            info.type = L.LETTER_TYPE
        if info.type and "symbol" in spans:
            spans["type"] = spans["symbol"]

    # a joint document names its issuers one under the other or "A - B", the lead first
    # (Decree 30): the lead is the issuer, not the child of the other
    if groups and ((info.type and re.search(L.JOINT_TYPE, info.type, re.I))
                   or re.match(L.JOINT_CODE, info.symbol or "")):
        a, b, name = groups[-2] if len(groups) > 1 else groups[-1]
        parts = list(re.finditer(r"(?:^|(?<=\s-\s))\S.*?(?=\s-\s|$)", name))
        if len(parts) > 1 and all(_HEADS.match(p.group(0).upper()) for p in parts):
            name, b = parts[0].group(0), a + parts[0].end()   # one line "A - B"
        info.issuer = name_case(name)
        spans["issuer"] = (a, b)
        info.parent_issuer = None
        spans.pop("parent_issuer", None)

    # a certificate printed under the motto alone names its issuer under its title, as the
    # subject of what it certifies ("GIẤY CHỨNG NHẬN / CƠ SỞ ĐỦ ĐIỀU KIỆN … / SỞ CÔNG THƯƠNG
    # TỈNH X / Chứng nhận")
    if info.issuer is None and not groups and h.type_idx is not None:
        found = _issuer_below(lines, h.type_idx, spans.get("title"))
        if found:
            a, b, name = found
            info.issuer = name_case(name)
            spans["issuer"] = (a, b)

    # an attached text with no header: the issuer and date of the decision it goes with
    if info.issuer is None and not groups and h.type_idx is not None and not h.motto:
        _attached_note(text, lines, h.type_idx, info, spans)

    # issuer from the body when there is no header ("Ủy ban nhân dân thành phố ban hành Kế hoạch…")
    if info.issuer is None:
        start = spans["title"][1] if "title" in spans else 0
        m = _REPORT.search(text, start, min(len(text), start + 4000))
        if m:
            info.issuer = _complete(re.sub(r"\s+", " ", m.group("issuer")).strip(" ,"), info.place)
            spans["issuer"] = (m.start("issuer"), m.end("issuer"))

    # addressees
    addressees = ListItems()
    addr_idx = next((i for i in range(min(len(lines), h.zone_end + 40)) if _ADDRESS.match(lines[i].text)), None)
    if addr_idx is not None:
        am = _ADDRESS.match(lines[addr_idx].text)
        listed = _list_items(text, lines, addr_idx, lines[addr_idx].start + am.end())
        info.addressees = listed.texts(text)
        if listed.span:
            spans["addressees"] = listed.span
        addressees = _list_items(text, lines, addr_idx, lines[addr_idx].start + am.end(), dashed=True)

    # closing: recipients and signer, between the body's end and the first appendix (a
    # PHỤ LỤC, a table, footnotes or e-signature labels may follow the signature)
    close_from, close_to = 0, len(lines)
    if outline.body_end and outline.body_end < len(text):
        close_from = next((i for i, ln in enumerate(lines) if ln.end >= outline.body_end), 0)
        app = min((a.span[0] for a in outline.appendices if a.span[0] >= outline.body_end),
                  default=None)
        if app is not None:
            close_to = next((i for i, ln in enumerate(lines) if ln.start >= app), len(lines))
    lines = lines[:close_to]
    rec_idx = None
    for i in range(len(lines) - 1, (close_from or len(lines) // 3) - 1, -1):
        if _RECIPIENTS.match(lines[i].text):
            rec_idx = i
            break
    sign_from = rec_idx if rec_idx is not None else (close_from or len(lines) * 2 // 3)
    plain = lines
    lines = _columns(text, plain, sign_from)
    signer, sign_idx = _signer(text, lines, sign_from)
    if signer is None and sign_from > close_from:
        # the signature above the Nơi nhận list (a reader took the right cell first)
        lo = close_from or len(plain) // 2
        lines = _columns(text, plain, lo)
        signer, sign_idx = _signer(text, lines, lo)
        rec_idx = next((i for i in range(len(lines) - 1, lo - 1, -1)
                        if _RECIPIENTS.match(lines[i].text)), rec_idx if lines is plain else None)
    if signer is None and rec_idx is None and close_from:
        # no Nơi nhận heading (a scan lost it under the seal): the body's end was put before
        # the signer's name, taken for a byline; the block stands just above it
        lo = max(close_from - _SIGNATURE_LINES, len(plain) // 2)
        found, idx = _signer(text, plain, lo)
        if found and found.name and idx is not None and idx < close_from:
            signer, sign_idx = found, idx
    if signer is None and rec_idx is None and close_from:
        lo = _closing_run(plain, close_from)
        if lo < close_from - _SIGNATURE_LINES:
            found, idx = _signer(text, plain, lo)
            if found and found.name and found.position and idx is not None and idx <= close_from:
                signer, sign_idx = found, idx
    if info.type in L.FORM_TYPES and (signer is None or signer.name is None):
        # the form's columns may stand past what the outline took for the closing's start
        found, idx = _form_signer(lines, (h.type_idx or 0) + 1)
        if found:
            signer, sign_idx = found, idx
    if signer is None and rec_idx is not None:
        found, idx = _bare_name_signer(lines, rec_idx)
        if found:
            signer, sign_idx = found, idx
    if signer and signer.name and signer.authority:
        # two signature blocks one after the other (a joint document, its columns read one
        # after the other): the lead issuer's, the one naming it, else the first
        end_i = next((i for i in range(sign_idx, len(lines)) if lines[i].end == signer.span[1]), None)
        k = next((i for i in range((end_i or len(lines)) + 1, len(lines))
                  if _is_authority(lines[i].text)), len(lines))
        if k < len(lines):
            second, second_idx = _signer(text, lines, k)
            if (second and second.name and second_idx == k
                    and _names_body(second, info.issuer) and not _names_body(signer, info.issuer)):
                signer, sign_idx = second, second_idx
    if signer:
        info.signer = signer
        spans["signer"] = signer.span
    if info.issued_date is None and info.place is None:
        _closing_place_date(text, plain, close_from or len(plain) * 2 // 3, info, spans, warnings)
    if info.issued_date is None:
        _date_elsewhere(text, lines, info, spans, h, sign_idx if signer else None)
    if info.issued_date is None or len(info.issued_date) < 10:
        found = _esign_date(text, info.issued_date)
        if found:
            info.issued_date, spans["issued_date"] = found
    if rec_idx is not None:
        rm = _RECIPIENTS.match(lines[rec_idx].text)
        stop, skip = None, set()
        if signer and sign_idx is not None and sign_idx > rec_idx:
            # the list ends at the signature, or goes on between its lines (a PDF read row
            # by row across the closing table)
            last = next((i for i in range(sign_idx, len(lines)) if lines[i].end == signer.span[1]),
                        sign_idx)
            skip = {i for i in range(sign_idx, last + 1) if lines[i].text[:1] not in "-+•*"}
            stop = last + 1 if any(lines[i].text[:1] in "-+•*" for i in range(sign_idx, last)) \
                else sign_idx
        recipients = _list_items(text, lines, rec_idx, lines[rec_idx].start + rm.end(), stop, skip)
        info.recipients, info.filed = _recipients(recipients.texts(text))
        if recipients.span:
            spans["recipients"] = recipients.span
    info.spans = spans
    return Identity(info, addressees.spans)
