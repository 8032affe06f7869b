"""Cited documents: Quyết định số 2651/QĐ-UBND ngày 24/5/2016 của UBND thành phố …

A citation is found by its number (the one part every citation has and that nothing else in
the prose looks like), then read outwards: the type word before it, the date and the issuer
after it. Not citations: the document's own number (its ``Số:`` line and any "kèm theo Kế
hoạch số <own number>"), and numbers in the closing block ("BCĐ 138/TP" in Nơi nhận is a
committee). Each cited number is reported once, at its first citation.
"""
from __future__ import annotations

import re
from collections import Counter

from ..dates import find_dates
from ..lexicon import identity as LI
from ..lexicon import references as L
from ..models import Reference
from ..outline import Outline
from ..span_index import Cover

_NUMBER = re.compile(L.NUMBER)
_TYPE_BEFORE = re.compile(L.TYPE_BEFORE, re.I)
_SO_BEFORE = re.compile(L.SO_BEFORE)
_DATE_GAP = re.compile(L.DATE_GAP, re.I)
_ISSUER_LEAD = re.compile(L.ISSUER_LEAD)
_ISSUER_STOP = re.compile(L.ISSUER_STOP)
_GLUED = re.compile(L.GLUED_WORD)
_MARK = re.compile(L.FOOTNOTE_MARK)
_BARE = re.compile(L.BARE_CITED)
_BARE_TYPE = re.compile(L.BARE_TYPE_BEFORE, re.I)
_OCR_ONE = re.compile(L.OCR_ONE + "(?:" + L.NUMBER[len(L.NUMBER_LEAD):] + ")")
_OCR_ONE_BEFORE = re.compile(L.OCR_ONE_BEFORE)
_HELD_AFTER = re.compile(L.HELD_PAPER_AFTER)
_DASH = re.compile(L.DASH_CITED)
_STD_TYPE = {"QCVN": "Quy chuẩn", "QCĐP": "Quy chuẩn", "TCVN": "Tiêu chuẩn"}
_OWN = re.compile(LI.NUMBER_LINE)
_PROSE_LINE = re.compile(L.TAIL_PROSE, re.M)
_TYPE_CANON = {t.casefold(): t for t in L.TYPE_NAMES}
_ABBREV = {"qđ": "Quyết định", "cv": "Công văn", "kh": "Kế hoạch", "nq": "Nghị quyết",
           "nđ": "Nghị định", "tt": "Thông tư", "ct": "Chỉ thị"}


def number_key(number: str) -> str:
    """Comparison key of a number: no spaces, fraction slash folded, case kept."""
    return re.sub(r"\s+", "", number).replace("\u2044", "/")


def clean_number(number: str) -> str:
    """The number without stray spaces ("4280 /SCT - CN" → "4280/SCT-CN")."""
    return number_key(number)


def type_from_symbol(symbol: str | None) -> str | None:
    """Type name from the type code of a symbol: QĐ-UBND → Quyết định; None for letters."""
    if not symbol:
        return None
    for part in re.split(r"/", symbol):
        code = re.split(r"\s*-\s*", part.strip())[0]
        if code in L.TYPE_CODES:
            return L.TYPE_CODES[code]
    return None


def own_number(text: str, limit: int = 3000) -> tuple[str | None, tuple[int, int] | None]:
    """The document's own number from its ``Số:`` line near the top, and that line's span."""
    m = _OWN.search(text, 0, min(len(text), limit))
    if not m:
        return None, None
    line_end = text.find("\n", m.start())
    span = (m.start(), len(text) if line_end < 0 else line_end)
    if not m.group("n"):
        return None, span
    return number_key(m.group("num")), span


def _regions(text: str, outline: Outline) -> list[tuple[int, int]]:
    """Where citations are read: start to the closing block, plus appendices."""
    end = outline.body_end or len(text)
    apps = [tuple(a.span) for a in outline.appendices if a.span[0] >= end]
    tail = _unlabelled_tail(text, end, apps[0][0] if apps else len(text))
    return [(0, end)] + ([tail] if tail else []) + apps


def _unlabelled_tail(text: str, end: int, stop: int) -> tuple[int, int] | None:
    """Running prose after the closing block with no PHỤ LỤC heading (a report's annex table
    pasted under the signature: "Văn bản số 206/UBND-KT ngày … về việc …"): its citations are
    the document's too. The closing block itself is short lines (recipients, signer)."""
    for m in _PROSE_LINE.finditer(text, end, stop):
        return (m.start(), stop)
    return None


def _type_at(text: str, start: int, symbol: str | None) -> tuple[str | None, int]:
    """Type word printed just before the number (and where it starts), else from the code."""
    window = text[max(0, start - 60):start]
    m = _TYPE_BEFORE.search(window)
    if m:
        word = m.group("type")
        name = _TYPE_CANON.get(re.sub(r"\s+", " ", word).casefold()) or _ABBREV.get(word.casefold())
        return name, start - len(window) + m.start()
    return type_from_symbol(symbol), start


def _date_after(text: str, end: int) -> tuple[str | None, int]:
    for d in find_dates(text, end, min(len(text), end + 70)):
        if _DATE_GAP.match(text[end:d.start]) and (
                "ngày" in text[end:d.end].lower() or re.match(r"\s*,?\s*$", text[end:d.start])):
            return d.iso, d.end
        break
    return None, end


def _issuer_after(text: str, end: int) -> tuple[str | None, int]:
    m = _ISSUER_LEAD.match(text, end)
    if not m:
        return None, end
    start = m.end()
    window = text[start:start + 200]
    stop = _ISSUER_STOP.search(window)
    name = window[:stop.start()] if stop else window[:120]
    if len(name) > 110 and ", " in name:
        name = name[:name.index(", ")]
    name = name.rstrip(" ,.:;-")
    if not name:
        return None, end
    return name, start + len(name)


class _Cited:
    """One number found in the text: where it is, as printed, and what its shape says."""

    def __init__(self, start: int, raw: str, sym: str | None, *, trusted: bool,
                 doc_type: str | None = None, number: str | None = None):
        self.start, self.raw, self.sym = start, raw, sym
        self.end = start + len(raw)
        self.trusted = trusted          # its shape alone makes it a document number
        self.doc_type = doc_type        # known from the shape (standards)
        self.number = number or clean_number(raw)


def _numbers(text: str, lo: int, hi: int) -> list[_Cited]:
    """Every number cited between lo and hi, in text order."""
    found: list[_Cited] = []
    for m in _NUMBER.finditer(text, lo, hi):
        if m.group("std"):
            if m.group("std_kind") not in L.CITED_STANDARDS:
                continue   # "TCVN 4586:1997": a technical norm, not a document cited
            rest = re.sub(r"\s+", "", m.group("std_rest"))
            found.append(_Cited(m.start(), m.group(0), None, trusted=True,
                                doc_type=_STD_TYPE[m.group("std_kind")],
                                number=f"{m.group('std_kind')} {rest}"))
            continue
        raw = m.group(0)
        glued = _GLUED.search(raw)
        if glued:
            raw = raw[:glued.start()]
        sym = m.group("sym")
        if m.group("party"):
            sym = m.group("party").split("-", 1)[1]
        found.append(_Cited(m.start(), raw, sym,
                            trusted=bool(m.group("party") or m.group("year") or (sym and "-" in sym))))
    for m in _OCR_ONE.finditer(text, lo, hi):   # "số I105/KH-ĐKT": an OCR'd first digit
        if m.group("std") or not _OCR_ONE_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
            continue
        sym = m.group("sym") or ""
        if m.group("year") or m.group("party") or "-" in sym:
            raw = m.group(0)
            found.append(_Cited(m.start(), raw, sym, trusted=True, number="1" + clean_number(raw[1:])))
    for m in _DASH.finditer(text, lo, hi):      # "Giấy đề nghị số 01-ĐN"
        found.append(_Cited(m.start("num"), m.group("num"), None, trusted=True))
    taken = Cover((c.start, c.end) for c in found)
    # "12" is no bare number of its own where "12/2024/QĐ-UBND" was cited: every part of a
    # cited number before one of its slashes
    heads = {c.raw[:i] for c in found for i, ch in enumerate(c.raw) if ch == "/"}
    for m in _BARE.finditer(text, lo, hi):
        a = m.start("num")
        if not _BARE_TYPE.search(text, max(lo, m.start() - 30), m.start()):
            continue
        if a not in taken and m.group("num") not in heads:
            found.append(_Cited(a, m.group("num"), None, trusted=True, number=_repair_code(m.group("num"))))
            heads.update(m.group("num")[:i] for i, ch in enumerate(m.group("num")) if ch == "/")
    found.sort(key=lambda c: c.start)
    return found


def _repair_code(number: str) -> str:
    """A type code OCR misread at the start of the symbol ("555/0Đ-BCT" → "555/QĐ-BCT")."""
    head, sep, sym = clean_number(number).partition("/")
    for bad, good in L.OCR_TYPE_CODE.items():
        if sep and sym.startswith(bad + "-"):
            return f"{head}/{good}{sym[len(bad):]}"
    return clean_number(number)


def _standard_key(number: str) -> tuple[str, str | None]:
    """"QCVN 01:2019/BCT" → ("QCVN 01:2019", "BCT"); no issuer, or the kind written again as
    one ("QCVN 01:2019/QCVN", a slip), → None."""
    base, _, issuer = number.partition("/")
    kind = base.split(" ", 1)[0]
    return base, (issuer if issuer and issuer != kind and issuer not in _STD_TYPE else None)


def _merge_standards(refs: list[Reference]) -> list[Reference]:
    """One standard cited with and without its issuer ("QCVN 01:2019/BCT", later "QCVN 01:2019" or
    "QCVN 01:2019-BCT" or the slip "QCVN 01:2019/QCVN") is one reference: the form with the issuer."""
    full: dict[str, str] = {}
    for r in refs:
        if r.type in ("Quy chuẩn", "Tiêu chuẩn"):
            base, issuer = _standard_key(r.number)
            if issuer:
                full.setdefault(base, r.number)
    return [r for r in refs if not (r.type in ("Quy chuẩn", "Tiêu chuẩn") and _standard_key(r.number)[1] is None
                                    and _standard_key(r.number)[0] in full)]


def _unmark(text: str, cited: list[_Cited]) -> None:
    """Drop footnote marks glued to numbers: "105/2025/NĐ-CP2" is 105/2025/NĐ-CP when that
    number is cited on its own too, the marked form only once, and a footnote line opens
    with the mark ("2 Nghị định số 105/2025/NĐ-CP …")."""
    keys = Counter(number_key(c.number) for c in cited)
    opens_line: dict[str, bool] = {}   # mark → some line opens with it (one scan per mark)
    for c in cited:
        mark = _MARK.search(c.number)
        if not mark or keys[number_key(c.number)] > 1:
            continue
        for cut in (1, 2):
            if not (cut <= len(mark.group(0)) and keys[number_key(c.number[:-cut])]):
                continue
            tail = c.number[-cut:]
            if tail not in opens_line:
                opens_line[tail] = bool(re.search(r"(?m)^[ ]*%s(?:\s|$)" % tail, text))
            if opens_line[tail]:
                c.number = c.number[:-cut]
                break


def extract(text: str, outline: Outline) -> list[Reference]:
    own, own_span = own_number(text)
    out: list[Reference] = []
    seen: dict[str, Reference] = {}
    cited = [c for lo, hi in _regions(text, outline) for c in _numbers(text, lo, hi)]
    _unmark(text, cited)
    for c in cited:
        if own_span and own_span[0] <= c.start < own_span[1]:
            continue
        key = number_key(c.number)
        if own and key == own:
            continue
        if _HELD_AFTER.match(text, c.end):
            continue   # "2845/2025/BHL-ATHHNH (24/03/2025-24/03/2027)": a certificate held
        before = text[max(0, c.start - 60):c.start]
        typed = bool(_TYPE_BEFORE.search(before))
        # a symbol without a dash, a year or a type word before it is not a document
        # number ("BCĐ 138/TP", "tổ 5/KP3")
        if not (c.trusted or typed or _SO_BEFORE.search(before)):
            continue
        if key in seen:
            ref = seen[key]
            if ref.date is None or ref.issuer is None:
                date, d_end = _date_after(text, c.end)
                issuer, _ = _issuer_after(text, d_end)
                ref.date = ref.date or date
                ref.issuer = ref.issuer or issuer
            continue
        doc_type, start = _type_at(text, c.start, c.sym)
        if c.doc_type:
            doc_type, start = c.doc_type, c.start
        date, end = _date_after(text, c.end)
        issuer, end2 = _issuer_after(text, end)
        if date is None and issuer:     # "… của Sở Y tế ngày 5/5/2024"
            date, end2 = _date_after(text, end2)
        end = max(end, end2, c.end)
        ref = Reference(type=doc_type, number=c.number, date=date, issuer=issuer,
                        text=text[start:end], span=(start, end))
        seen[key] = ref
        out.append(ref)
    return _merge_standards(out)
