"""Time limits set on work (trước ngày …, trong tháng …, định kỳ …).

A calendar date is a deadline only when a time cue ends right before it (lexicon/time.py),
or when it fills a schedule cell (a table cell or line of its own, a cell of a flattened
"STT … Thời gian hoàn thành" row): dates of cited documents, the document's own date line,
periods and horizons ("giai đoạn 2016 - 2020", "đến năm 2030", a bare "năm 2019") carry no
such cue. Dates that tell of the past are dropped even with a cue: an event "đã" held, the
meeting a Thông báo kết luận records, a forecast or status period ("Theo bản tin …, từ … đến
ngày 10/10"), anything in a results part. Rules without a calendar date (relative, within,
periodic) are kept with ``date: null`` and the rule text.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..dates import DateMatch, find_dates
from ..lexicon import compiled
from ..lexicon import time as L
from ..models import Deadline, Reference
from ..outline import Outline
from ..span_index import Cover, Overlaps, SpanSet
from . import prose
from ._regex import guarded
from .time_rules import time_rule

_CUES = [(kind, re.compile(src, re.I)) for kind, src in L.CUES]
_RELATIVE_RE = guarded(L.RELATIVE, re.I)
_PERIODIC_RES = [guarded(src, re.I) for src in L.PERIODIC]
_P = compiled(L, re.I, """
    CITED_BEFORE CITED_TYPE_BEFORE CITED_RECORD_BEFORE EFFECTIVE_BEFORE PAST_EVENT RECURRING_CLAUSE REPORTED_PERIOD
    VALIDITY VALIDITY_RIGHT_BEFORE RECORD_COLUMN STATUS_AFTER FIGURE_AFTER TARGET_BEFORE CITED_SUBJECT_BEFORE DONE_AFTER SESSION_TIME_LINE YEAR_DONE_BEFORE YEAR_DONE_AFTER RANGE_START_BEFORE LIMIT_AHEAD
    PLANNED_EVENT_ASIDE CONCLUSIONS_LEADIN MEETING SESSION_LINE SCHEDULE_HEADER NOT_A_CELL SEASON PROGRESS_HEADING PROGRESS_END PROGRESS_COLON""")
_CONCLUSIONS_HEADER_RE = re.compile(L.CONCLUSIONS_HEADER, re.I | re.M)
_RECORD_HEADER_RE = re.compile(L.RECORD_HEADER, re.M)
_SCHEDULE_ROW_RE = re.compile(L.SCHEDULE_ROW)
_CELL_BEFORE_RE = re.compile(L.CELL_BEFORE, re.M)
_CELL_AFTER_RE = re.compile(L.CELL_AFTER, re.M)
_DATE_LINE_RES = [re.compile(src, re.I | re.M) for src in L.DATE_LINES]
_LONG_DATE_RE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d\d)", re.I)
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_WINDOW = 80


def extract(text: str, outline: Outline, refs: list[Reference], year: int | None,
            warnings: list[str], column_header: Callable[[int], str] | None = None,
            issued: str | None = None) -> list[Deadline]:
    """``column_header``: the header text of the table column holding an offset ("" outside
    tables), when the reader kept the table's cells; ``issued``: the document's ISO date."""
    in_body = lambda i: outline.in_body(i) or outline.in_appendix(i)  # noqa: E731
    rules = [d for d in _rules(text, outline) if in_body(d.span[0])]
    taken = SpanSet(d.span for d in rules)
    doc_year = year or guess_year(text, outline)
    # a cited document's own date (refs may run long: only its date is excluded)
    ref_spans = Overlaps(r.span for r in refs)
    ref_dates = {r.date for r in refs if r.date}
    dated: list[Deadline] = []
    held_until = _meeting_held_until(text, outline)
    record = bool(_RECORD_HEADER_RE.search(text, 0, max(outline.header_end, 1500)))   # the title may follow the header
    inside_rows = Cover((a + 1, b) for a, b in _schedule_rows(text))   # a < offset < b
    for dm in find_dates(text, default_year=doc_year, bare_month_year=True,
                         bare_day_month=True, bare_month=True):
        if not in_body(dm.start) or taken.overlaps(dm.start, dm.end):
            continue
        if (ref_spans.overlaps(dm.start, dm.end) and dm.iso in ref_dates) or _not_a_deadline(text, dm):
            continue
        cue = _cue_before(text, dm) or _progress_cue(text, dm, outline)
        if cue is None:
            cue = _row_cell(text, dm, inside_rows) or _cell(text, dm)
            if cue is not None and doc_year and int(dm.iso[:4]) < doc_year:
                continue  # a table date before the document's year records a fact (birth, receipt)
            if cue is not None and column_header and _P.RECORD_COLUMN.search(column_header(dm.start)):
                continue  # "Thời hạn kiểm định", "Ngày cấp": a licence's or vehicle's record
        if cue is None:
            continue
        kind, cue_start = cue
        if _P.PLANNED_EVENT_ASIDE.search(text, max(0, cue_start - 120), cue_start):
            continue  # "(dự kiến tổ chức trong tháng 6 năm 2026)": when an event is expected, no limit
        if record and kind == "on" and _session_line(text, dm.start):
            continue  # "Bắt đầu: 8h15' ngày 15/3/2026" in a Biên bản: the session it records
        if record and kind == "on" and _session_time_line(text, cue_start) and not _ahead_of(dm.iso, issued):
            continue  # "1. Thời gian: ngày 31/3/2026" in a Biên bản of that day: when it was held
        if outline.in_report_part(dm.start) and not (
                _P.LIMIT_AHEAD.match(text, cue_start) and _ahead_of(dm.iso, issued)):
            continue  # a results part tells when things happened; a limit still ahead stays one
        if kind == "on" and (_past_event(text, cue_start, dm.end) or (
                dm.start < held_until and _P.MEETING.search(text, *prose.clause_around(text, cue_start, dm.end)))):
            continue
        if kind in ("on", "during") and not dm.year_assumed and _over_before(dm.iso, issued):
            continue  # "lập dự án vào năm 2011" in a 2025 letter: told of, not set
        if dm.year_assumed and dm.precision == "month" and _P.SEASON.search(
                text, prose.clause_around(text, cue_start, dm.end)[0], cue_start):
            continue  # "lượng mưa lớn nhất vào tháng 7": the climate, not a limit
        if dm.year_assumed and _P.RECURRING_CLAUSE.search(
                text, prose.clause_around(text, cue_start, dm.end)[0], cue_start):
            # "hằng năm báo cáo … trước ngày 15 tháng 12": a yearly rule
            dated.append(_dateless(text, "periodic", cue_start, dm.end, outline))
            taken.add(cue_start, dm.end)
            continue
        if dm.year_assumed:
            warnings.append(f"deadline '{text[cue_start:dm.end]}' gives no year; "
                            f"assumed {doc_year}, the document's year")
        dated.append(Deadline(date=dm.iso, kind=kind, text=text[cue_start:dm.end],
                              year_assumed=dm.year_assumed, section=outline.path_at(cue_start),
                              span=(cue_start, dm.end)))
        taken.add(cue_start, dm.end)
    out = dated + rules
    out.sort(key=lambda d: d.span[0])
    return out


def _window_start(text: str, i: int) -> int:
    """Where the text that may hold a cue for a date at ``i`` begins: the same line, or the
    line above when a hard line or page break (PDF wrap, split paragraph) cut the sentence."""
    lo = max(0, i - _WINDOW)
    line_start = text.rfind("\n", lo, i) + 1 or lo
    if line_start <= lo:
        return lo
    j = line_start - 1
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j > lo and text[j - 1] not in ".;:!?":
        return max(lo, text.rfind("\n", lo, j) + 1)
    return line_start


def _cue_before(text: str, dm: DateMatch) -> tuple[str, int] | None:
    """The kind and start of the time cue ending right before the date, if any."""
    lo = _window_start(text, dm.start)
    for kind, rx in _CUES:
        m = _word_search(rx, text, lo, dm.start)
        if not m:
            continue
        if dm.year_assumed and dm.precision == "day" and not text.startswith("ngày", dm.start) \
                and kind != "before" and "ngày" not in m.group(0).lower():
            continue  # "trong 2/3 số xã" is a fraction, not a date
        if kind == "before:notyear":
            if dm.precision == "year" and _P.YEAR_DONE_AFTER.match(text, dm.end):
                return "before", m.start()   # "Đến năm 2030, hoàn thành …"
            if dm.precision in ("year", "half"):
                continue
            a, b = prose.clause_around(text, m.start(), dm.end)
            if _P.REPORTED_PERIOD.search(text, a, dm.start) or _P.STATUS_AFTER.match(text, dm.end) \
                    or _P.DONE_AFTER.search(text, dm.end, b):
                return None   # a forecast period or a status date, not a limit set on work
            if _P.FIGURE_AFTER.match(text, dm.end) and not _P.TARGET_BEFORE.search(text, a, m.start()):
                return None   # "GPMB đến 01/6/2026 đạt 24 ha": a figure that stood then
            if _P.CITED_SUBJECT_BEFORE.search(text, max(0, m.start() - 250), m.start()):
                return None   # "Báo cáo số … ngày … về tiến độ … đến tháng 01/2026": its period
            if _P.VALIDITY.search(text, a, m.start()) or _P.VALIDITY_RIGHT_BEFORE.search(text, a, m.start()) \
                    or _P.VALIDITY.search(text, *_list_lead(text, a)):
                return None   # a licence valid until, a delegation's term: no work is due
            if _P.RANGE_START_BEFORE.search(text, max(lo, m.start() - 60), m.start()):
                return None   # "từ ngày 15/4 đến ngày 21/4/2025": the end of a period
            kind = "before"
        elif kind == "during:notyear":
            if dm.precision not in ("month", "quarter"):
                continue
            kind = "during"
        elif kind == "auto:on":
            kind = "on" if dm.precision == "day" else "during"
        elif kind == "during" and dm.precision == "day":
            kind = "on"
        elif kind in ("during", "on") and dm.precision == "year" \
                and not _P.YEAR_DONE_BEFORE.search(text, max(lo, m.start() - 40), m.start()) \
                and not _P.YEAR_DONE_AFTER.match(text, dm.end):
            return None       # "hỗ trợ … trong năm 2025", "đạt 30% vào năm 2030": a horizon
        elif kind == "on" and dm.precision != "day":
            kind = "during"   # "vào tháng 6/2021"
        return kind, m.start()
    return None


def _progress_cue(text: str, dm: DateMatch, outline: Outline) -> tuple[str, int] | None:
    """A phase's end in a progress schedule: the date closing a "Từ … đến …" range, or the
    date a phase's colon gives ("Khởi công: Quý II/2027"), under a "Tiến độ …" heading or on a
    line led by "Tiến độ"; the range's start is none."""
    line_start = text.rfind("\n", 0, dm.start) + 1
    if not (_P.PROGRESS_HEADING.search(text, line_start, dm.start) or any(
            sec.title and _P.PROGRESS_HEADING.search(sec.title) for sec in outline.chain_at(dm.start))):
        return None
    lo = max(line_start, dm.start - 40)
    m = _P.PROGRESS_END.search(text, lo, dm.start)
    if m:
        return "before", m.start()
    if _P.PROGRESS_COLON.search(text, lo, dm.start):
        return ("before" if dm.precision == "day" else "during"), dm.start
    return None


def _over_before(iso: str, issued: str | None) -> bool:
    """The day, month or year ``iso`` was over before the document was issued."""
    if not issued or not iso[:4].isdigit():
        return False
    if iso[:4] != issued[:4]:
        return iso[:4] < issued[:4]
    n = len(iso)
    return n in (7, 10) and iso[5].isdigit() and len(issued) >= n and iso < issued[:n]


def _list_lead(text: str, a: int) -> tuple[int, int]:
    """For a clause that follows a ';', the lead-in its list shares: the sentence up to its
    colon ("Niên hạn sử dụng theo Giấy phép: xe A đến 15/12/2031; xe B đến 11/6/2031"); else empty."""
    if a == 0 or text[a - 1] != ";":
        return a, a
    start = max(text.rfind(".", 0, a), text.rfind("\n", 0, a), a - 600) + 1
    colon = text.rfind(":", start, a)
    return (start, colon) if colon >= 0 else (a, a)


def _ahead_of(iso: str, issued: str | None) -> bool:
    """``iso`` falls after the issue date, compared at the coarser of their precisions."""
    if not issued or not iso[:4].isdigit():
        return False
    n = min(len(iso), len(issued))
    if n not in (4, 7, 10) or (n > 4 and not iso[5].isdigit()):
        return iso[:4] > issued[:4]
    return iso[:n] > issued[:n]


def _cell(text: str, dm: DateMatch) -> tuple[str, int] | None:
    """A table cell (or line) that holds only the date: a schedule column."""
    line_start = text.rfind("\n", 0, dm.start) + 1
    before = _CELL_BEFORE_RE.search(text, line_start, dm.start)
    if not before or "\n" in text[dm.start:dm.end]:
        return None   # a cell holds its date on one line ("quý" / "2" are two cells' words)
    if not _CELL_AFTER_RE.match(text, dm.end):
        return None
    piped = "|" in text[line_start:dm.start]
    if _P.NOT_A_CELL.match(text, dm.start) or (dm.precision == "year" and not piped):
        return None
    if before.group("on") and dm.precision == "day":
        return "on", before.start("on")
    return ("before" if dm.precision == "day" else "during"), dm.start


def _session_line(text: str, i: int) -> bool:
    """The line holding offset ``i`` gives a recorded session's start or end."""
    return bool(_P.SESSION_LINE.match(text, text.rfind("\n", 0, i) + 1, i))


def _session_time_line(text: str, cue_start: int) -> bool:
    """The cue at ``cue_start`` is the "Thời gian …:" lead of its own line (after a list mark),
    or the hour right after it ("Thời gian làm việc: 8 giờ 30 ngày …")."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    m = _P.SESSION_TIME_LINE.match(text, line_start)
    return bool(m) and (cue_start < m.end() or not text[m.end():cue_start].strip())


def _past_event(text: str, s: int, e: int) -> bool:
    """The clause around text[s:e] tells of something already done."""
    return bool(_P.PAST_EVENT.search(text, *prose.clause_around(text, s, e)))


def _meeting_held_until(text: str, outline: Outline) -> int:
    """In a record of a meeting's conclusions, the offset where the conclusions start: the
    meeting told of before it ("Vào lúc 14h00 ngày 05/11/2024, … chủ trì cuộc họp") is over."""
    if not _CONCLUSIONS_HEADER_RE.search(text, 0, outline.header_end or min(len(text), 1500)):
        return 0
    m = _P.CONCLUSIONS_LEADIN.search(text)
    return m.end() if m else 0


def _schedule_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each row line of a flattened schedule table."""
    rows: list[tuple[int, int]] = []
    in_table = False
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if _P.SCHEDULE_HEADER.search(line):
            in_table = True
        elif in_table and _SCHEDULE_ROW_RE.match(line):
            rows.append((a, b))
        elif line.strip():
            in_table = False
    return rows


def _row_cell(text: str, dm: DateMatch, inside_rows: Cover) -> tuple[str, int] | None:
    """A date cell of a flattened schedule row: it opens a cell (a capital "Tháng"/"Quý" or
    digits after a space), it is not the row's number, and it is no bare year."""
    if dm.precision == "year" or dm.start not in inside_rows:
        return None
    if not (text[dm.start].isupper() or text[dm.start].isdigit()) or not text[dm.start - 1].isspace():
        return None
    return ("before" if dm.precision == "day" else "during"), dm.start


def _word_search(rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The leftmost match of rx in text[lo:hi] that starts a word."""
    pos = lo
    while pos < hi:
        m = rx.search(text, pos, hi)
        if not m:
            return None
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            return m
        pos = m.start() + 1
    return None


def _not_a_deadline(text: str, dm: DateMatch) -> bool:
    """The date of a cited document, an effective date, or a document/article date line."""
    line_start = text.rfind("\n", 0, dm.start) + 1
    line_end = text.find("\n", dm.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if any(rx.search(line) for rx in _DATE_LINE_RES):
        return True
    lo = _window_start(text, dm.start)
    return any(rx.search(text, lo, dm.start) for rx in (_P.CITED_BEFORE, _P.CITED_TYPE_BEFORE, _P.CITED_RECORD_BEFORE,
                                                          _P.EFFECTIVE_BEFORE))


def _rules(text: str, outline: Outline) -> list[Deadline]:
    """Deadlines with no calendar date: periodic and relative rules."""
    out: list[Deadline] = []
    spans = SpanSet()
    for rx in _PERIODIC_RES:
        for m in rx.finditer(text):
            s, e = m.start(), _trim_end(text, m.start(), m.end())
            if spans.overlaps(s, e) or (s and text[s - 1].isalnum()):
                continue
            spans.add(s, e)
            out.append(_dateless(text, "periodic", s, e, outline))
    for m in _RELATIVE_RE.finditer(text):
        s, e = m.start(), _trim_end(text, m.start(), m.end())
        if spans.overlaps(s, e) or (s and text[s - 1].isalnum()):
            continue
        spans.add(s, e)
        out.append(_dateless(text, "relative" if m.group("anchor") else "within", s, e, outline))
    return out


def _dateless(text: str, kind: str, s: int, e: int, outline: Outline) -> Deadline:
    """A deadline with no calendar date: its rule in machine-readable form (time_rules)."""
    r = time_rule(text[s:e], kind)
    return Deadline(date=None, kind=kind, text=text[s:e], rule=r.rule, working_days=r.working_days,
                    counted_from=r.counted_from, section=outline.path_at(s), span=(s, e))


def _trim_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " ,;:(\n":
        e -= 1
    if e > s and text.count("(", s, e) < text.count(")", s, e) and text[e - 1] == ")":
        e -= 1
    return e


def guess_year(text: str, outline: Outline) -> int | None:
    """The document's year when the header gave none: its date line, else the commonest year."""
    head = text[: max(outline.header_end, 600)]
    m = _LONG_DATE_RE.search(head)
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in _YEAR_RE.findall(text))
    return years.most_common(1)[0][0] if years else None
