"""Purposes, requirements, objectives and quantified targets.

The unit of a goal (dev NOTES "goals"): a numbered/dash item of a Mục đích/Yêu cầu/Mục tiêu
part; otherwise a sentence; a ";" clause where a sentence lists several targets. Three
sources, in this order (a later one never overlaps an earlier one):

1. parts headed "MỤC ĐÍCH - YÊU CẦU", "Mục tiêu (đến năm 2030)", "Chỉ tiêu", or a lead-in
   "… các mục tiêu sau:" / "Phấn đấu đến năm 2025:" (found in the text itself, so this works
   with or without the sectioner); sub-parts keep their own kind, and items after them
   ("2. Mục tiêu đến năm 2030:" + dash items) still belong to the part;
2. quantified targets anywhere: a sentence or clause with a percentage, a count or measure of
   something ("47 cơ sở", "từ 06 đến 08 tụ điểm", "500 ha", "ít nhất 01 lần/năm"), or labelled
   "mục tiêu / chỉ tiêu / phấn đấu" ("Mục tiêu của Phương án là …; …": every clause); a
   "không để …" clause among quantified ones. Not: results (past sections, earlier years,
   "đã"), the current situation ("Theo số liệu …, hiện có …"), a decision's act ("Phê duyệt
   danh sách 06 …"), conditions, support rates and budgets, the terms of a rule proposed, a fact
   done ("đã được điều chỉnh …"). An assignment carrying a target gives the target from "phấn
   đấu". A record of an examination (Biên bản, "Thông báo kết quả thẩm định …") describes: it
   sets no target unless it commits to one ("phấn đấu");
3. the document's stated purpose ("Nhằm …", "Mục đích của … nhằm …", "Thực hiện …, để …,
   Chủ tịch UBND tỉnh yêu cầu:", a news article's "Theo đó, …" after "ban hành Kế hoạch")
   and the sentences continuing it, up to the first paragraph that assigns work. A "để /
   nhằm" inside a task is not a goal, nor one given for an act already done ("Để …, UBND tỉnh
   đã ban hành …"); a decision's "Thành lập Đoàn … để …" states the team's purpose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import compiled
from ..lexicon import targets as L
from ..models import Deadline, DocumentInfo, Goal, Metric
from ..outline import Outline
from ..span_index import Inside, SpanSet
from . import prose
from ._regex import guarded
from .deadlines import guess_year
from .percentages import find_percentages, parse_number

_MARKERS = [  # (rank, regex): lower rank = higher level
    (0, re.compile(r"(?:PHẦN|Phần)\s+(?:[IVXLC]+|\d+|thứ\s+\S+)\s*[.:)-]?\s*")),
    (1, re.compile(r"[IVXLC]+[.)]\s*")),
    (1, re.compile(r"Điều\s+\d{1,3}\s*[.:]\s*")),    # an article of a Quyết định: like a part
    (3, re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+")),
    (2, re.compile(r"\d{1,2}[.)]\s*(?!\d)")),
    (4, re.compile(r"[a-zđ][.)]\s+")),
    (5, re.compile(r"[-•*]\s*")),
    (6, re.compile(r"\+\s*")),
]
_NONE = 9
# the lexicon's "^" anchors are for whole strings; here patterns are matched at a position
_PART_RE = re.compile(L.PART_HEADING.lstrip("^"), re.I)
_P = compiled(L, re.I, """
    REQUIREMENT_CUES PURPOSE_BY_REQUEST PURPOSE_DATE_TAIL EMPTY_PURPOSE PROCEDURAL_PURPOSE QUESTION_PURPOSE
    PURPOSE_RESULT TARGET_WORDS AIM_STATEMENT ASSIGNMENT_OPENING AIM_TURN TARGET_BACKREF
    PAST_MARKERS ASSIGNMENT_CUES CAPTION DATED_OPENING PAST_REPORT AIMS_LEADIN PURPOSE_STOP
    COUNT_CUES NOT_COUNT_BEFORE MONEY_UNIT ALLOTMENT_BEFORE NOT_TARGET MEASURE_WORDS AIM_CUES
    STATUS_REPORT RECOUNT NOT_AIM_TERMS DECISION_ACT ZERO_TARGET AIMED_CUES APPROVES_PLAN RECORD_TITLE
    RECORD_TARGET_CUES AIM_FIELD LEADIN_TAIL ESTABLISH_ACT ESTABLISH_PURPOSE ESTABLISH_END PAPERWORK_PURPOSE
    PAST_ACT REQUEST_LEAD TOPIC_LABEL ACHIEVED AMENDS_RULE DATED_ISSUE FACT_DONE
    PURPOSE_BY_IMPORTANCE REGULATION_TITLE SAFETY_NORM DRAFT_PURPOSE STATUS_LEADIN""")
_PURPOSE_RE = re.compile(L.PURPOSE_START.lstrip("^"), re.I)
_MISREAD_PURPOSE_RE = re.compile(L.PURPOSE_BY_REQUEST_MISREAD)
_TECHNICAL_LINE_RE = re.compile(L.TECHNICAL_PLAN_LINE, re.M)
_TECHNICAL_TITLE_RE = re.compile(L.TECHNICAL_PLAN_TITLE, re.I)
# (also joined by "và" to a "Thực hiện …" basis: "Thực hiện Văn bản số … và để bảo đảm …, Sở X …")
_MID_PURPOSE_RE = re.compile(r"(?:[,;]|\svà)\s*(" + L.PURPOSE_BY_REQUEST.replace(r"\s*để", "(?:để|nhằm)", 1) + ")", re.I)
_LEADIN_WORD_RE = re.compile(r"\b(?:mục tiêu|mục đích|chỉ tiêu)\b|^\W*phấn đấu\b", re.I)
_CLAUSE_MARK_RE = re.compile(r"[.;:\n]")
_UNITS = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(L.COUNT_UNITS, key=len, reverse=True))
_NUMS = rf"(?:{L.NUMBER}|{L.NUMBER_WORDS})"
_COUNT_RE = guarded(
    rf"(?:(?P<tu>từ)\s+)?(?P<a>{_NUMS})(?:\s*(?:-|đến|tới)\s*(?P<b>{_NUMS}))?"
    rf"(?:\s+(?P<mag>{L.MAGNITUDES}))?\s+(?P<unit>{_UNITS})(?![\w])"
    rf"(?!{L.NOT_UNIT_AFTER})", re.I)
_FREQ_RE = guarded(L.FREQUENCY, re.I)
_CUED_COUNT_RE = guarded(rf"{L.MIN_CUES}\s+(?:là\s+)?(?P<a>{L.NUMBER})\s+(?P<u1>[^\W\d_]+)(?:\s+(?P<u2>[^\W\d_]+))?",
                         re.I)
_TIME_UNIT_RE = re.compile(rf"{L.TIME_UNITS}$", re.I)
# every metric form above holds a digit, a number word standing alone, or a count before "lần"
# (_FREQ_RE's, which has no word start); text without one has no metric: skip the four scans
_MAYBE_NUMBER_RE = re.compile(r"\d|(?<![\w])(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?![\w])"
                              r"|(?:một|hai|ba|bốn|năm|sáu)\s+lần", re.I)
_ISSUED_RE = re.compile(r"\b(?:ban hành|vừa có văn bản|vừa có kế hoạch|phê duyệt)\b", re.I)
_NEWS_SUMMARY_RE = re.compile(r"\s*(?:Theo đó|Theo kế hoạch|Kế hoạch (?:này )?(?:đề ra|nêu rõ|xác định))\b",
                              re.I)
_REQUEST_TAIL_RE = re.compile(r"\b(?:yêu cầu|đề nghị|ban hành|chỉ đạo|chỉ thị|như sau|xây dựng kế hoạch"
                              r"|(?:nội dung|việc|nhiệm vụ)\s+(?:sau|sau đây))\b", re.I)
_HEADING_WORDS_RE = re.compile(r"\W*(?:các\s+)?(?:mục tiêu|chỉ tiêu|mục đích)\b", re.I)
_SUBJECT_RE = re.compile(L.REQUEST_SUBJECT)
_SUBJECT_OPEN_RE = re.compile(r"\s*" + L.SUBJECT_WORDS + L.NOT_A_NAME_AFTER_SUBJECT)
_REQUEST_SENTENCE_RE = re.compile(L.REQUEST_SENTENCE)
_TERMINAL = ".!?…:;\"”"


@dataclass
class _Para:
    start: int      # first character of the paragraph (the marker, if any)
    end: int
    rank: int
    body: int       # first character after the marker


def extract(text: str, outline: Outline, deadlines: list[Deadline], info: DocumentInfo | None = None) -> list[Goal]:
    """``info``: the document's identity. Outside its aims parts, a letter, notice, decision or
    report sets a target only in words ("phấn đấu", "đạt", "bảo đảm", "ít nhất" …) — its bare
    figures describe (a finding, a design, a list of trainees), where a plan's set targets; a
    decision approving a plan ("Quyết định phê duyệt Quy hoạch …") states the plan itself."""
    if _technical_plan(text, outline, info):
        return _aims_parts_only(text, outline)
    sets_targets = _sets_targets(info)
    records = _records(info)
    allp = _paragraphs(text)
    body_end = outline.body_end or len(text)
    # parts are looked for before header_end too: a heading "Mục đích, yêu cầu:" is never part
    # of a header, and a title the sectioner could not close must not hide it
    paras = [p for p in allp if p.start < body_end or outline.in_appendix(p.start)]
    in_body = {i for i, p in enumerate(paras) if outline.in_body(p.start) or outline.in_appendix(p.start)}
    goals: list[Goal] = []
    spans = SpanSet()
    dated = Inside([d for d in deadlines if d.date], span=lambda d: d.span)

    def add(s: int, e: int, kind: str) -> bool:
        s, e = prose.trim(text, s, e)
        if e - s < 8 or spans.overlaps(s, e):
            return False
        if kind == "purpose" and _P.EMPTY_PURPOSE.match(text, s, e):
            return False   # "Để chủ động ứng phó, …": no aim of its own
        if records and kind == "target" and not _P.RECORD_TARGET_CUES.search(text, s, e):
            return False   # a record's figures describe what was found, appraised or done
        spans.add(s, e)
        inside = dated.inside(s, e)
        goals.append(Goal(text=text[s:e], kind=kind, metrics=_metrics(text, s, e),
                          deadline=inside[0].date if inside else None, section=outline.path_at(s),
                          span=(s, e)))
        return True

    units, in_part = _part_units(text, paras)
    for s, e, kind in units:
        for a, b in _split_targets(text, s, e):
            add(a, b, "target" if kind != "requirement" and _has_metric(text, a, b) else kind)
    for i, p in enumerate(paras):   # "Dự thảo Quyết định nhằm …": what the submitted draft is for
        if i not in in_part and i in in_body:
            for s, e in prose.sentences(text, p.body, p.end):
                if _P.DRAFT_PURPOSE.match(text, s, e):
                    add(s, e, "purpose")
    year = guess_year(text, outline)
    described = _status_items(text, paras)
    for i, p in enumerate(paras):
        if i in in_part or i not in in_body or outline.in_report_part(p.start) or i in described:
            continue
        if _caps_heading(text, p) or _is_heading_line(text, p):
            continue   # "II. MỤC TIÊU VÀ NHIỆM VỤ": a heading names targets, it sets none
        if not sets_targets and outline.in_appendix(p.start) and not outline.in_attached_document(p.start):
            continue   # a report's or letter's appendix tables tell the state of things, per item
        if p.rank <= 1 and _P.ESTABLISH_ACT.match(text, p.body, p.end):
            span = _establish_purpose(text, p)
            if span:
                add(*span, "purpose")
            continue
        for s, e in prose.sentences(text, p.body, p.end):
            if _past_year(text, s, e, year) \
                    or (_P.STATUS_REPORT.match(text, s, e) and not _labelled_target(text[s:e])) \
                    or _P.RECOUNT.search(text[s:e]):   # a slice: its "^" is the sentence's start
                continue   # results of an earlier year, the current situation, a recount: not a target
            if not sets_targets and _P.AMENDS_RULE.search(text, s, e) and not _labelled_target(text[s:e]):
                continue   # the terms of a rule proposed or amended
            if _in_regulation(outline, s) and not _labelled_target(text[s:e]):
                continue   # an attached Quy chế's figures are limits and criteria
            if not sets_targets and _P.SAFETY_NORM.search(text, s, e) and not _labelled_target(text[s:e]):
                continue   # a safety distance or a post's staff in an approved technical plan
            for a, b in _target_clauses(text, s, e):
                if sets_targets or _labelled_target(text[s:e]) or outline.in_attached_document(a) \
                        or (_P.AIMED_CUES.search(text, a, b) and not _P.PAST_REPORT.search(text, a, b)
                            and not _P.FACT_DONE.search(text, a, b) and not _P.ACHIEVED.search(text, a, b)):
                    add(a, b, "target")   # (a letter's "đã được điều chỉnh … lên …" states a fact)
    for s, e in _purpose_passages(text, paras, in_part | (set(range(len(paras))) - in_body), outline, year):
        add(s, e, "purpose")
    goals.sort(key=lambda g: g.span[0])
    return goals


def _status_items(text: str, paras: list[_Para]) -> set[int]:
    """The items under a lead-in that describes the current situation ("Hiện nay trên địa bàn còn 25
    cụm …, cụ thể:" over "- Về quy mô: phần lớn các cụm đạt quy mô từ 50 ha …"; lexicon targets
    STATUS_LEADIN): they tell how things stand, however they are worded."""
    out: set[int] = set()
    for i, p in enumerate(paras):
        if not _P.STATUS_LEADIN.match(text, p.body, p.end):
            continue
        for j in range(i + 1, len(paras)):
            q = paras[j]
            if q.rank == _NONE or q.rank <= 2 or (p.rank != _NONE and q.rank <= p.rank):
                break   # an unmarked paragraph or a heading ends the list
            out.add(j)
    return out


def _technical_plan(text: str, outline: Outline, info: DocumentInfo | None) -> bool:
    """A firm's technical plan for its site (a Phương án nổ mìn, a Hộ chiếu nổ mìn, a Thuyết minh
    thiết kế), by its type line in the header or its type and title."""
    if _TECHNICAL_LINE_RE.search(text, 0, max(outline.header_end, 1500)):
        return True
    return bool(info and info.type == "Phương án" and info.title and _TECHNICAL_TITLE_RE.match(info.title))


def _aims_parts_only(text: str, outline: Outline) -> list[Goal]:
    """The goals of a technical plan: the items of a part headed "Mục đích", "Mục tiêu" or
    "Yêu cầu" (a lead-in sentence such as "Chỉ tiêu … xác định theo công thức:" opens none)."""
    paras = _paragraphs(text)
    goals: list[Goal] = []
    spans = SpanSet()
    units, _ = _part_units(text, paras, headed_only=True)
    for s, e, kind in units:
        if not (outline.in_body(s) or outline.in_appendix(s)):
            continue
        for a, b in _split_targets(text, s, e):
            a, b = prose.trim(text, a, b)
            if b - a < 8 or spans.overlaps(a, b):
                continue
            spans.add(a, b)
            goals.append(Goal(text=text[a:b], kind="target" if kind != "requirement" and _has_metric(text, a, b)
                              else kind, metrics=_metrics(text, a, b), section=outline.path_at(a), span=(a, b)))
    return goals


def _in_regulation(outline: Outline, offset: int) -> bool:
    """Inside an appendix that is a regulation issued with the decision (Quy chế, Quy định …)."""
    return any(a.span[0] <= offset < a.span[1] and a.title and _P.REGULATION_TITLE.search(a.title)
               for a in outline.appendices)


def _records(info: DocumentInfo | None) -> bool:
    """A record of findings or results (a Biên bản, "Thông báo kết quả thẩm định …")."""
    if info is None:
        return False
    return info.type in L.RECORD_TYPES or bool(info.title and _P.RECORD_TITLE.match(info.title))


def _establish_purpose(text: str, p: _Para) -> tuple[int, int] | None:
    """"Điều 1. Thành lập Đoàn kiểm tra … để kiểm tra việc …, gồm các ông (bà) …:" → the team's
    purpose, from "để" to where its members are listed; none when it serves the paperwork."""
    sents = prose.sentences(text, p.body, p.end)
    end = sents[0][1] if sents else p.end
    m = _P.ESTABLISH_PURPOSE.search(text, p.body, end)
    if not m:
        return None
    stop = _P.ESTABLISH_END.search(text, m.start(1), end)
    e = stop.start() if stop else end
    if _P.PAPERWORK_PURPOSE.match(text, m.start(1), e) or _procedural(text, m.start(1), e):
        return None
    return m.start(1), e


def _sets_targets(info: DocumentInfo | None) -> bool:
    if info is None or info.type is None or info.type in L.TARGET_SETTING_TYPES:
        return True
    return bool(info.title and _P.APPROVES_PLAN.search(info.title))


# ---- paragraphs and sentences ------------------------------------------------------------

def _paragraphs(text: str) -> list[_Para]:
    """Paragraphs of the text (lines joined where a break cut a sentence), each with the
    rank of its list marker; a marked line never continues the one above."""
    marks: dict[int, tuple[int, int]] = {}
    units = prose.lines(text)
    for a, b in units:
        rank, body = _NONE, a
        for r, rx in _MARKERS:
            m = rx.match(text, a, b)
            if m and m.end() < b:
                rank, body = r, m.end()
                break
        marks[a] = rank, body
    paras = prose.join_wrapped(text, units, _TERMINAL, lambda _prev, a, _b: marks[a][0] == _NONE, continues=",")
    return [_Para(a, b, *marks[a]) for a, b in paras]


# ---- 1. Mục đích / Yêu cầu / Mục tiêu parts -------------------------------------------------

def _kind_of(title: str) -> str:
    """purpose | requirement | target, or "mixed:<kind>" for "Mục đích - Yêu cầu", whose items
    are requirements when they read like one and <kind> otherwise."""
    t = title.lower()
    kinds = [k for word, k in L.KIND_OF_PART if word in t]
    aims = [k for k in kinds if k != "requirement"]
    if not aims:
        return "requirement" if kinds else "purpose"
    return f"mixed:{aims[0]}" if "requirement" in kinds else aims[0]


def _part_units(text: str, paras: list[_Para], headed_only: bool = False) -> tuple[list[tuple[int, int, str]], set[int]]:
    """(start, end, kind) of each goal unit inside purpose/requirement/objective parts, and
    the indexes of the paragraphs those parts cover (headings included); ``headed_only``:
    parts under a heading only, not those a lead-in sentence opens."""
    units: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    i = 0
    while i < len(paras):
        p = paras[i]
        m = _PART_RE.match(text, p.start, p.end)
        leadin = not m and not headed_only and p.rank == _NONE and _is_leadin(text, p)
        if not (m or leadin):
            i += 1
            continue
        j = _part_end(text, paras, i)
        covered.update(range(i, j))
        units += _units_of_part(text, paras, i, j)
        i = j
    return units, covered


def _units_of_part(text: str, paras: list[_Para], i: int, j: int) -> list[tuple[int, int, str]]:
    """Units of the part headed by paras[i] and ending before paras[j]. A sub-heading ("1. Mục
    đích", "2. Mục tiêu cụ thể:") starts a sub-part of its own kind; the items between and
    after sub-parts ("2. Mục tiêu đến năm 2030:" with its dash items) keep the part's kind."""
    p = paras[i]
    m = _PART_RE.match(text, p.start, p.end)
    kind = _kind_of(m.group("title") if m else _LEADIN_WORD_RE.findall(text[p.start:p.end])[-1])
    units: list[tuple[int, int, str]] = []
    if m and m.group("rest"):
        units.append((m.start("rest"), p.end, _unit_kind(text, m.start("rest"), p.end, kind)))
    k = i + 1
    while k < j:
        n = next((n for n in range(k, j) if _PART_RE.match(text, paras[n].start, paras[n].end)), j)
        units += _item_units(text, paras[k:n], kind)
        if n == j:
            break
        end = min(_part_end(text, paras, n), j)
        units += _units_of_part(text, paras, n, end)
        k = end
    return units


def _is_leadin(text: str, p: _Para) -> bool:
    """"Kế hoạch đề ra các mục tiêu cụ thể sau:" — not "Để đạt được các mục tiêu trên, …:"."""
    line = text[p.start:p.end]
    return bool(_P.AIMS_LEADIN.fullmatch(line) and not _P.PURPOSE_STOP.match(line)
                and _LEADIN_WORD_RE.search(_P.TARGET_BACKREF.sub(" ", _P.NOT_AIM_TERMS.sub(" ", line))))


def _part_end(text: str, paras: list[_Para], i: int) -> int:
    """Index of the first paragraph after the part headed by paras[i]."""
    rank = paras[i].rank
    j = i + 1
    if rank < _NONE:
        while j < len(paras) and paras[j].rank > rank and not _caps_heading(text, paras[j]):
            j += 1
        return j
    first = paras[j].rank if j < len(paras) else _NONE
    while j < len(paras):
        q = paras[j]
        if q.rank <= 1:
            break   # a part or an article ("II.", "Điều 2.") is never an item of a lead-in's list
        if first < _NONE and (q.rank == _NONE or q.rank < first):
            break   # a list under a lead-in ends where the list ends
        if first == _NONE and (q.rank <= 2 or _caps_heading(text, q)):
            break
        j += 1
    return j


def _is_heading_line(text: str, p: _Para) -> bool:
    """A marked short line naming aims, without a figure or a sentence end: "2. Mục tiêu và
    giải pháp" (not "2. Phấn đấu giảm tai nạn giao thông", a target without its full stop)."""
    line = text[p.body:p.end]
    return (p.rank < _NONE and len(line) < 80 and line[-1] not in ".;"
            and not any(c.isdigit() for c in line) and bool(_HEADING_WORDS_RE.match(line)))


def _caps_heading(text: str, p: _Para) -> bool:
    line = text[p.body:p.end]
    if len(line) >= 120:
        return False
    letters = 0
    for c in line:   # all letters capitals, more than three of them
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters > 3 and not _PART_RE.match(text, p.start, p.end)


def _item_units(text: str, sub: list[_Para], kind: str) -> list[tuple[int, int, str]]:
    if not sub:
        return []
    top = min(p.rank for p in sub)
    units: list[tuple[int, int, str]] = []
    cur: list[_Para] = []

    def flush():
        if not cur:
            return
        head = cur[0]
        deeper = [q for q in cur[1:] if q.rank < _NONE]
        if text[head.end - 1] == ":" and deeper and len(cur) > 1:
            units.extend(_item_units(text, cur[1:], kind))   # a lead-in: its items are the units
            return
        units.append((head.body, cur[-1].end, _unit_kind(text, head.body, cur[-1].end, kind)))

    for p in sub:
        if p.rank == top and top < _NONE:
            flush()
            cur = [p]
        elif cur:
            cur.append(p)
        elif not (text[p.end - 1] == ":" and p.end - p.start < 160):  # not a lead-in
            for s, e in prose.sentences(text, p.body, p.end):  # unmarked paragraphs: per sentence
                units.append((s, e, _unit_kind(text, s, e, kind)))
    flush()
    return units


def _unit_kind(text: str, s: int, e: int, kind: str) -> str:
    if not kind.startswith("mixed:"):
        return kind
    return "requirement" if _P.REQUIREMENT_CUES.search(text[s:e]) else kind[len("mixed:"):]


def _split_targets(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """One unit, or its ';' clauses when several of them state a quantity (every clause: in an
    aims part, the unquantified ones are statements of aims too)."""
    clauses = prose.clauses(text, s, e)
    quantified = [c for c in clauses if _has_metric(text, *c)]
    return clauses if len(quantified) > 1 else [(s, e)]


# ---- 2. quantified / labelled targets -----------------------------------------------------

def _target_clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    clauses = prose.clauses(text, s, e)
    leadin = ":" in text[e - 1:e + 1]   # sentences come trimmed of their colon
    if _P.AIM_STATEMENT.match(text, s, e) and not leadin:
        return clauses   # "Mục tiêu của Phương án là bảo đảm …; phấn đấu …": each clause an aim
    if _P.DECISION_ACT.match(text, s, e):
        m = _P.AIM_TURN.search(text, s, e)   # "Phê duyệt Đề án …, với mục tiêu …": from the aim
        return [(m.start(1), e)] if m else []
    quantified = [c for c in clauses if _has_metric(text, *c) and not _P.NOT_TARGET.search(text[c[0]:c[1]])
                  and not _describes(text, *c)]
    if len(quantified) > 1 or (quantified and len(clauses) > 1):
        # a list of targets: its quantified clauses, and "không để …" clauses among them
        return [_from_aim(text, *c) for c in clauses
                if c in quantified or _P.ZERO_TARGET.match(text, *c)]
    if leadin and (field := _P.AIM_FIELD.match(text, s, e)):
        tail = _P.LEADIN_TAIL.search(text, field.end(), e)   # "Mục tiêu dự án: X với các … như sau:"
        end = tail.start() if tail else e
        return [(field.end(), end)] if end > field.end() else []
    if not quantified and _bare_label(text, s, e):
        return []   # "Mục tiêu hoạt động": a column of a table, a label with nothing after it
    if quantified or (_labelled_target(text[s:e]) and not leadin):
        mid = _purpose_inside(text, s, e)
        if mid is not None:   # "Thực hiện …, nhằm …, góp phần đạt …15% …, Sở X đề nghị:"
            return [(mid, _cut_request_tail(text, mid, e))]
        return [_from_aim(text, s, e)]
    return []


def _bare_label(text: str, s: int, e: int) -> bool:
    """A short line with no sentence end and no verb of its own: a label or a table header."""
    line_end = text.find("\n", e)
    return (e - s < 40 and text[e - 1] not in _TERMINAL and (line_end == -1 or not text[e:line_end].strip())
            and text[text.rfind("\n", 0, s) + 1:s].strip() == "")


def _describes(text: str, s: int, e: int) -> bool:
    """A measure of a thing as it is or is designed ("độ dốc 2,5%", "Quy mô: 60 ha"), no aim."""
    return bool(_P.MEASURE_WORDS.search(text, s, e)) and not _P.AIM_CUES.search(text, s, e)


def _from_aim(text: str, s: int, e: int) -> tuple[int, int]:
    """"Giao Trung tâm X bảo đảm vận hành …, phấn đấu 100% hộ dân …" → the target from
    "phấn đấu": the assignment before it is a task, not part of the goal."""
    if not _P.ASSIGNMENT_OPENING.match(text, s, e):
        return s, e
    m = _P.AIM_TURN.search(text, s, e)
    return (m.start(1), e) if m else (s, e)


def _labelled_target(sentence: str) -> bool:
    """Labelled "mục tiêu / chỉ tiêu / phấn đấu", not a reference back to them."""
    return bool(_P.TARGET_WORDS.search(_P.TARGET_BACKREF.sub(" ", _P.NOT_AIM_TERMS.sub(" ", sentence))))


def _has_metric(text: str, s: int, e: int) -> bool:
    for m in _metric_matches(text, s, e):
        if not _P.PAST_MARKERS.search(text, s, m.start):
            return True
    return False


# ---- 3. stated purpose --------------------------------------------------------------------

def _past_year(text: str, s: int, e: int, year: int | None) -> bool:
    label = _P.TOPIC_LABEL.match(text, s, e)
    dated = _P.DATED_OPENING.match(text, s, e) or (label and _P.DATED_OPENING.match(text, label.end(), e))
    if not (dated and year):
        return False
    y = int(dated.group("y"))
    # "Sáu tháng đầu năm 2025, phấn đấu …" sets a half-year target: only unlabelled ones report
    return y < year or (y == year and dated.group("part") is not None
                        and not _labelled_target(text[s:e]))


def _purpose_passages(text: str, paras: list[_Para], in_part: set[int],
                      outline: Outline, year: int | None) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    active = False
    prev_sentence = ""
    for i, p in enumerate(paras):
        if i in in_part or p.rank < _NONE or outline.in_agency_clause(p.start):
            active = False
            prev_sentence = ""
            continue
        line = text[p.start:p.end]
        if _P.CAPTION.search(line) or (line[-1] not in _TERMINAL and len(line) < 100):
            continue   # a photo caption or a stray line: neither starts nor ends a passage
        sents = prose.sentences(text, p.body, p.end)
        if not sents:
            continue
        if _P.PURPOSE_STOP.match(text[p.body:p.end]):
            active = False
            continue
        if active and _P.ASSIGNMENT_CUES.search(text[slice(*sents[0])]) and not _PURPOSE_RE.match(text, *sents[0]):
            active = False
        for k, (s, e) in enumerate(sents):
            by_request = (_P.PURPOSE_BY_REQUEST.match(text, s, e) or _MISREAD_PURPOSE_RE.match(text, s, e)) and (
                _cut_request_tail(text, s, e) < e
                or (k + 1 < len(sents) and _REQUEST_SENTENCE_RE.match(text, *sents[k + 1])))
            starts = _PURPOSE_RE.match(text, s, e) or by_request or (
                _NEWS_SUMMARY_RE.match(text, s, e) and _ISSUED_RE.search(prev_sentence)
                and not _P.ASSIGNMENT_CUES.search(text[s:e]) and outline.section_at(s) is None)
            if not starts and _P.PURPOSE_BY_IMPORTANCE.match(text, s, min(len(text), e + 400)):
                semi = text.find(";", s, e)   # "Để A; bảo đảm B, việc C có ý nghĩa hết sức quan
                out.append((s, semi if semi > s else e))   # trọng": the aim A, on its own; what
                active, prev_sentence = False, text[s:e]   # follows argues the duty
                continue
            mid = None if starts else _purpose_inside(text, s, e)
            if mid:
                starts, s = True, mid
            if starts:
                cut = _cut_request_tail(text, s, e)
                active = not _procedural(text, s, cut) and not _past_act(text, cut, e)
                if active and mid and ":" not in text[e - 1:e + 1]:
                    out.append((s, cut))   # the request follows in the same sentence: the
                    active = False         # statement of aims ends with it
                elif active and cut < e:
                    out.append((s, cut))   # "Để …, Sở X yêu cầu Công ty Y thực hiện …:" the
                    active = False         # request has begun: what follows is its content
                e = cut
            elif _past_year(text, s, e, year) or _P.PAST_REPORT.search(text, s, e) \
                    or _P.STATUS_REPORT.match(text, s, e):
                active = False   # a report of results ends the statement of aims
            elif _P.ASSIGNMENT_CUES.search(text, s, e) or (
                    _SUBJECT_OPEN_RE.match(text, s, e) and ":" in text[e - 1:e + 1]):
                active = False   # so does the request it leads to ("… . Sở X đề nghị …") or the
                # act of the body it names, announcing its contents ("Sở Công Thương tổ chức buổi
                # làm việc với các nội dung sau:")
            if active:
                out.append((s, e))
            prev_sentence = text[s:e]
    return out


def _past_act(text: str, cut: int, e: int) -> bool:
    """"…, Ủy ban nhân dân tỉnh đã ban hành …": the act after a purpose, done already."""
    if cut >= e or _P.DATED_ISSUE.match(text, cut, e):
        return False
    req = _REQUEST_TAIL_RE.search(text, cut, e)
    return bool(_P.PAST_ACT.search(text, cut, req.end() if req else e))


def _procedural(text: str, s: int, e: int) -> bool:
    """"Để có cơ sở giải quyết, …": a step of the paperwork, no aim; the passage does not start."""
    return bool(_P.QUESTION_PURPOSE.match(text, s, e)) or (
        bool(_P.PROCEDURAL_PURPOSE.match(text, s, e)) and not _P.PURPOSE_RESULT.search(text, s, e))


def _purpose_inside(text: str, s: int, e: int) -> int | None:
    """"Thực hiện Công điện số …, để chủ động ứng phó …, bảo đảm an toàn …, Chủ tịch UBND tỉnh
    yêu cầu:" — the purpose stated inside the sentence that opens the request: where it starts.
    A sentence that holds its request ("Từ kết quả trên, nhằm …, Đoàn kiểm tra yêu cầu các
    Công ty …") has one too when a named subject makes the request right after the purpose."""
    opens_list = ":" in text[e - 1:e + 1]   # the sentence may come trimmed of its colon
    for m in _MID_PURPOSE_RE.finditer(text, s, e):
        cut = _cut_request_tail(text, m.start(1), e)
        if cut < e and (opens_list or _REQUEST_SENTENCE_RE.match(text, cut + 1, e)):
            return m.start(1)
    return None


def _cut_request_tail(text: str, s: int, e: int) -> int:
    """"Nhằm …, Chủ tịch UBND huyện yêu cầu:" → "Nhằm …"; the subject may hold commas itself
    ("…, Sở Văn hóa, Thể thao và Du lịch đề nghị …:"), so the cut is the comma before it; a
    date put before the subject ("Để …, ngày 16/01/2024, Chủ tịch …") is cut off too."""
    cut = _cut_before_subject(text, s, e)
    if cut < e:
        date = _P.PURPOSE_DATE_TAIL.search(text, s, cut)
        if date and date.start() > s:
            return date.start()
    return cut


def _cut_before_subject(text: str, s: int, e: int) -> int:
    for req in _REQUEST_TAIL_RE.finditer(text, s, e):
        subject = None
        for m in _SUBJECT_RE.finditer(text, s, req.start()):
            subject = m
        if subject and subject.start() > s:
            return subject.start()
    cut = text.rfind(",", s, e)
    if cut > s and _REQUEST_TAIL_RE.search(text, cut, e):
        return cut
    for req in _REQUEST_TAIL_RE.finditer(text, s, e):   # "…, tiếp tục yêu cầu các Sở, ban, ngành:"
        lead = _P.REQUEST_LEAD.search(text, s, req.start())
        if lead and lead.start() > s:
            return lead.start()
    return e


# ---- metrics and deadlines ---------------------------------------------------------------

@dataclass(order=True)
class _Quantity:
    """A percentage, count or measure found in the text (ordered by position)."""
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None

    def overlaps(self, s: int, e: int) -> bool:
        return self.start < e and s < self.end


def _metric_matches(text: str, s: int, e: int) -> list[_Quantity]:
    """Percentages and counts in text[s:e], left to right."""
    if not _MAYBE_NUMBER_RE.search(text, s, e):
        return []
    found = [_Quantity(p["start"], p["end"], p["value"], p["value_max"], "%")
             for p in find_percentages(text, s, e)]
    for m in _COUNT_RE.finditer(text, s, e):
        a0 = m.start()
        if any(q.overlaps(a0, m.end()) for q in found):
            continue
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        if _P.NOT_COUNT_BEFORE.search(text, max(s, a0 - 25), a0):
            continue
        if m.group("unit")[0].isupper() and not text[text.rfind("\n", 0, a0) + 1:a0].strip():
            continue   # "3 Tổ chức tập huấn …": the number of a table row, then its task
        if _P.MONEY_UNIT.search(m.group("unit")):
            lo = max([s] + [x.end() for x in _CLAUSE_MARK_RE.finditer(text, s, a0)])
            if _P.ALLOTMENT_BEFORE.search(text, lo, a0):
                continue   # "bố trí kinh phí khen thưởng 200 triệu đồng": a budget, not a target

        spelled = not m.group("a")[0].isdigit()
        if spelled and not _P.COUNT_CUES.search(text, max(s, a0 - 40), a0):
            continue
        a = parse_number(m.group("a"))
        b = parse_number(m.group("b")) if m.group("b") else None
        if a is None or (b is not None and b <= a):
            continue
        if m.group("mag"):   # "1,5 triệu lượt khách"
            k = L.MAGNITUDE_VALUES[m.group("mag").lower()]
            a, b = a * k, (b * k if b is not None else None)
        found.append(_Quantity(a0, m.end(), a, b, re.sub(r"\s+", " ", m.group("unit")).lower()))
    for m in _FREQ_RE.finditer(text, s, e):
        if not (m.group("cue") or m.group("per")) or (m.start() > 0 and text[m.start() - 1].isalnum()):
            continue
        if any(q.overlaps(m.start(), m.end()) for q in found):
            continue
        n = parse_number(m.group("n"))
        if n:
            found.append(_Quantity(m.start("n"), m.end(), n, None, "lần"))
    for m in _CUED_COUNT_RE.finditer(text, s, e):
        u1, u2 = m.group("u1"), m.group("u2")
        if _TIME_UNIT_RE.match(u1) or any(q.overlaps(m.start("a"), m.end("u1")) for q in found):
            continue
        end = m.end("u2") if u2 and u2.lower() not in L.UNIT_STOP_WORDS else m.end("u1")
        n = parse_number(m.group("a"))
        if n is not None:
            found.append(_Quantity(m.start("a"), end, n, None, re.sub(r"\s+", " ", text[m.start("u1"):end]).lower()))
    found.sort()
    return found


def _metrics(text: str, s: int, e: int) -> list[Metric]:
    return [Metric(value=q.value, value_max=q.value_max, unit=q.unit, text=text[q.start:q.end],
                   span=(q.start, q.end)) for q in _metric_matches(text, s, e)]


