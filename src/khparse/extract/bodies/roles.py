"""Roles of body mentions, from the words around each one.

An agency clause heading or `X chủ trì` → lead; `phối hợp với X` → partner; `giao / đề nghị
/ chỉ đạo X` or X as the subject of a clause → assignee; after `của / cho / trình` → none.
The issuer of the document is no body of its own text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import bodies as lex
from ...span_index import ByOffset, Cover
from .. import prose
from .._regex import first_char_guard
from .speakers import attachment_lines, initials_key, submitter_spans
from .names import (
    FIELD_HEAD_RE, LO, MARKER, NB, PREFIX_RE, SB, SUB_LEVELS, Mention, _src, find_mentions, fold,
)

def _alt(words: list[str]) -> str:
    return "|".join(sorted((_src(w) for w in words), key=len, reverse=True))


_CUES = (rf"(?:(?P<leadline>{lex.LEAD_LINE})|(?P<partnerline>{lex.PARTNER_LINE})"
         rf"|(?P<partner>{_alt(lex.PARTNER_CUES)})|(?P<assign>{_alt(lex.ASSIGN_CUES)})"
         rf"|(?P<passive>{_alt(lex.PASSIVE_BEFORE)}|{lex.AGENT_BEFORE}))")
# scanned over every line of the body: the first-character look-ahead skips most positions
CUE_RE = re.compile(first_char_guard(_CUES, re.I) + SB + _CUES + NB, re.I)
_POS = rf"(?:{lex.POSITION_PREFIX}\s+)"
_ITEM_RE = re.compile(rf"\s*{_POS}?(?:(?:các|những)\s+)?[{LO}]+(?:(?:\s+|\s*-\s*)[{LO}]+){{0,4}}")
_LIST_SEP_RE = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+")
_LINE_START_RE = re.compile(rf"^\s*(?:{MARKER}\s*)?(?:\d+(?:\.\d+)*[.)]\s*)?(?:(?:Đối với|Riêng)\s+)?{_POS}?(?:(?:[Cc]ác|[Nn]hững)\s+)?$")
_EXECUTION_RE = re.compile(lex.EXECUTION_CLAUSE, re.I)
_MARKED_RE = re.compile(rf"^\s*{MARKER}")
# an item of an execution clause's subject list named by its head's office after a separator
# (", Giám đốc Sở X"): a subject of its own, not one more owner of a "thuộc …" before it
_HOLDER_ITEM_RE = re.compile(rf"[,;]\s*{_POS}\Z")
_PAST_RE = re.compile(r"\s+(?:(?:cũng|đã|trong thời gian qua)\s+)*đã\b", re.I)
_MEETING_RE = re.compile(r"\s+(?:cuộc |buổi |phiên )?(?:họp|hội nghị|làm việc|tọa đàm|hội thảo)\b", re.I)
_ISSUER_ACTS_RE = re.compile(r"\s*(?:,|\s(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm)\b)", re.I)
_DIRECT_RE = re.compile(r"\s+(?:(?:cũng|sẽ|tiếp tục)\s+)*(?:chỉ đạo|giao|phân công|yêu cầu)\b", re.I)
_REQUEST_RE = re.compile(r"\s+" + lex.REQUEST_AFTER, re.I)
_RECORD_RE = re.compile(r"\s+" + lex.RECORD_AFTER, re.I)
_ISSUED_RE = re.compile(lex.ISSUED_AFTER, re.I)
_DONE_BEFORE_RE = re.compile(r"(?<![^\W\d_])đã\s+$", re.I)
_SENTENCE_END_RE = re.compile(r"[.;](?:\s|$)|\n")
_RECORD_COLON_RE = re.compile(lex.RECORD_AFTER_COLON, re.I)
_BY_AGENT_RE = re.compile(r"\s+(?:đã\s+)?được\s+", re.I)
_LEAD_AFTER_RE = re.compile(r"\s*,?\s*" + lex.LEAD_AFTER + NB, re.I)


def _propagate(text: str, p: int, limit: int, role: str | None, passive: bool,
               by_start: dict[int, list[Mention]], after_name: bool = False) -> None:
    """Give ``role`` to the list of names starting at ``p`` (skipping catch-all items);
    ``after_name``: ``p`` is the end of a name, so the list goes on only after a separator."""
    if after_name:
        s = _LIST_SEP_RE.match(text, p)
        if not s or s.end() >= limit:
            return
        p = s.end()
    for _ in range(14):
        pre = PREFIX_RE.match(text, p)
        q = pre.end() if pre else p
        ms = by_start.get(q) or by_start.get(p)
        if ms:
            for m in ms:
                m.role, m.passive = role, passive
            p = max(m.end for m in ms)
            par = re.compile(r"\s*\([^()\n]{1,60}\)").match(text, p)
            p = par.end() if par else p
        else:
            it = _ITEM_RE.match(text, p)
            if not it or it.end() >= limit:
                return
            p = it.end()
        s = _LIST_SEP_RE.match(text, p)
        if not s or s.end() >= limit:
            return
        p = s.end()


def loose_key(m: Mention) -> tuple:
    sub = m.levels[0] if m.levels and m.levels[0] in SUB_LEVELS else None
    return (m.head.casefold(), m.field_key and fold(m.field_key.replace("|", " ")), m.number,
            sub, m.collective)


def assign_roles(text: str, mentions: list[Mention], regions: list[tuple[int, int]],
                 issuer: str | None = None, headings: frozenset[int] = frozenset(),
                 cells: Cover | None = None) -> None:
    """Set ``role``/``passive`` on each mention from the words around it, within ``regions``
    (the body's paragraphs/lines: cue lists never run across them). The ``issuer`` as a
    subject directs (`UBND tỉnh chỉ đạo các sở …`) rather than acts."""
    issuer_keys = {loose_key(m) for m in find_mentions(issuer)} if issuer else set()
    by_start: dict[int, list[Mention]] = {}
    for m in mentions:
        by_start.setdefault(m.start, []).append(m)
    ends = {m.end + 1 for m in mentions}
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    in_regions = Cover(regions)
    past: list[tuple[int, int]] = []
    recounted: list[tuple[int, int]] = []
    for rs, re_ in regions:
        for cue in CUE_RE.finditer(text, rs, re_):
            kind = cue.lastgroup
            if kind == "assign" and _DONE_BEFORE_RE.search(text, max(rs, cue.start() - 8), cue.start()):
                stop = _SENTENCE_END_RE.search(text, cue.end(), re_)   # "UBND tỉnh đã giao Sở X chủ
                recounted.append((cue.end(), stop.start() if stop else re_))   # trì …": recounted, not given
                continue
            if kind == "assign" and cue.group(0).lower() == "lãnh đạo" and cue.start() not in ends:
                continue   # "đại diện lãnh đạo các sở" (the leaders), not "Ban Cán sự đảng lãnh đạo X"
            if kind == "assign" and re.match(r"(?i)chỉ đạo|lãnh đạo", cue.group(0)):
                for m in by_start.get(PREFIX_RE.match(text, cue.end()).end(), []):
                    m.after_direct = True
            role = {"leadline": "lead", "partnerline": "partner", "partner": "partner",
                    "assign": "assignee"}.get(kind)
            _propagate(text, cue.end(), re_ + 1, role, kind == "passive", by_start)
    # the execution clause may be cut by line breaks (a scan's wraps: "…, Công\nan tỉnh, …\nty X
    # có trách nhiệm thi hành Quyết định này"): read it over the lines joined back
    wrapped = Cover((m.start, m.end) for m in mentions if "\n" in text[m.start:m.end])

    def _name_cut(prev_end: int, start: int) -> bool:   # "… các Sở, ngành: Ban\nQuản lý Khu kinh tế, …"
        return prev_end in wrapped and start in wrapped and not text[prev_end:start].strip()

    for rs, re_ in prose.join_wrapped(text, regions, ".:;!?", cuts=_name_cut):
        for ex in _EXECUTION_RE.finditer(text, rs, re_):
            first = prose.sentences(text, rs, ex.start())[-1][0] if text[rs:ex.start()].strip() else rs
            for m in by_offset.between(first, ex.start()):   # the subject list of "… chịu
                if m.role is None and (not m.passive         # trách nhiệm thi hành Quyết định này"
                                       or _HOLDER_ITEM_RE.search(text, max(first, m.start - 40), m.start)):
                    m.role = "assignee"   # "… các đơn vị thuộc Bộ Y tế, Giám đốc Sở Y tế …": a new subject
    ordered = sorted(mentions, key=lambda m: m.start)
    parent_subjects: set[int] = set()   # "Chi nhánh số 1 - Công ty X phải …": the parent's start
    for m in ordered:
        line_start = text.rfind("\n", 0, m.start) + 1
        if m.start not in in_regions:
            continue
        after = text[m.end:m.end + 40]
        if _LEAD_AFTER_RE.match(text, m.end) and not _MEETING_RE.match(text, _LEAD_AFTER_RE.match(text, m.end).end()):
            m.role, m.passive = "lead", False
            continue
        prefix = text[line_start:m.start]
        if _RECORD_COLON_RE.match(text, m.end):
            continue   # "- Công ty X: Giấy chứng nhận đăng ký doanh nghiệp số …": its papers listed
        if _LINE_START_RE.match(prefix) and text[m.end:m.end + 3].lstrip().startswith(":"):
            m.role, m.passive = "lead", False   # "2. Đối với Sở Tài chính: …"
            continue
        if m.role or m.passive or m.bare or m.head == "trường học":
            continue   # enumeration members take the list's role; school classes only by a cue
        at_start = bool(_LINE_START_RE.match(prefix)) or m.start in parent_subjects
        boundary = at_start or re.search(rf"(?:[.;:!?]|,)\s+{_POS}?(?:(?:các|những)\s+)?$", prefix)
        unit = _UNIT_DASH_RE.match(text, m.end) if m.head in lex.SUB_UNIT_HEADS else None
        if boundary and unit and by_start.get(unit.end()):
            parent_subjects.add(unit.end())   # the unit is named with its parent: the parent's
            continue                          # words after it say what the body does
        if boundary and not at_start and FIELD_HEAD_RE.search(prefix[-12:].rstrip(" ,")) and \
                re.search(rf"{SB}(?:{FIELD_HEAD_RE.pattern})\s*,\s*$", prefix, re.I):
            boundary = None  # "Kiện toàn Đội, Tổ Kiểm tra …": heads sharing a field, not a subject
        if not boundary:
            continue
        if not at_start and m.head_text[:1].islower() and not re.search(r"[.;:!?]\s*$", prefix):
            continue   # "huy động dân quân, công an xã, đoàn viên": an item of a list of objects
        line_end = text.find("\n", m.end)
        if _PAST_RE.match(text, m.end):   # "UBND huyện đã ban hành …; chỉ đạo X …": a report
            stop = re.compile(r"\.(?:\s|$)|\n").search(text, m.end)
            past.append((m.end, stop.start() if stop else len(text)))
            m.passive = True
            continue
        rest = text[m.end:line_end if line_end >= 0 else len(text)]
        if at_start and (rest.lstrip().startswith(":") or not rest.strip(" .;")) and (
                line_start in headings or _MARKED_RE.match(prefix)):
            # a numbered heading that only names a body opens its share of the work: a
            # joint plan's co-issuer gets its own clause ("1. Sở Y tế" / "2. Hội LHPN tỉnh")
            m.role = "lead"
            continue
        if issuer_keys and (loose_key(m) in issuer_keys or initials_key(m) in issuer_keys) \
                and not _ISSUER_ACTS_RE.match(text, m.end):
            m.passive = True   # the issuer speaks ("UBND huyện trân trọng báo cáo", "… chỉ đạo")
            continue
        if _RECORD_RE.match(text, m.end):
            m.passive = True   # "Công ty X tại Văn bản số …": an applicant
            continue
        if _ISSUED_RE.match(text, m.end):
            m.passive = True   # "…, Sở Y cấp thay đổi lần thứ 3 ngày …": the issuer of a paper
            continue
        by_agent = _BY_AGENT_RE.match(text, m.end)
        if by_agent and by_start.get(PREFIX_RE.match(text, by_agent.end()).end()):
            m.passive = True   # "Công ty X được Bộ Y cấp phép …": it receives, the agent acts
            continue
        if _REQUEST_RE.match(text, m.end) or _INTRO_END_RE.search(
                text[m.end:line_end if line_end >= 0 else len(text)]):
            m.passive = True   # "Sở Y tế xây dựng Kế hoạch … như sau:" introduces, assigns nothing
            continue
        if at_start and not rest.strip(" .;") and cells is not None and m.start in cells:
            continue             # a name alone in a table cell: a value of the table, no heading
        if at_start and (rest.lstrip().startswith(":") or not rest.strip(" .;")):
            role = "lead"        # agency clause heading: "1. Sở Tư pháp:" / "2. UBND các xã"
        elif at_start and _MARKED_RE.match(prefix) and _names_whole_line(text, m, by_start, line_end):
            role = "lead"        # a heading naming several bodies: "6. Tập đoàn X, Tổng công ty Y"
        elif re.match(rf"\s*(?:[,(]|[{LO}])", after) and not _list_ends_sentence(text, m, by_start) \
                and not (prefix.rstrip().endswith(",") and _LIST_END_RE.match(text, m.end)):   # "…, Sở X (nơi …);"
            role = "assignee"
        else:
            continue
        m.role = role
        _propagate(text, m.end, (line_end if line_end >= 0 else len(text)) + 1, role, False, by_start,
                   after_name=True)
    _clear_past(by_offset, past)
    for a, b in recounted:
        for m in by_offset.between(a, b):
            m.role, m.passive = None, True
    _sent_for_work(text, regions, by_start)


_UNIT_DASH_RE = re.compile(r"[ \t]*[-–][ \t]*")
_SEND_FOR_RE = re.compile(lex.SEND_FOR, re.I)
_SEND_PURPOSE_RE = re.compile(lex.SEND_PURPOSE, re.I)


def _sent_for_work(text: str, regions: list[tuple[int, int]], by_start: dict[int, list[Mention]]) -> None:
    """"2. Gửi cho Kho bạc Nhà nước X để thu tiền phạt.": a decision's distribution item that
    sends it to a body for work gives that body the work; "… để biết" only informs."""
    for rs, re_ in regions:
        g = _SEND_FOR_RE.match(text, rs, re_)
        if not g:
            continue
        for m in by_start.get(g.end(), []):
            if _SEND_PURPOSE_RE.match(text, m.end, re_):
                m.role, m.passive = "assignee", False


def _list_ends_sentence(text: str, m: Mention, by_start: dict[int, list[Mention]]) -> bool:
    """`…; Công ty X và UBND các huyện.`: a list of names closing the sentence (attendees,
    recipients) has no verb after it, so its first name is no subject."""
    p = m.end
    while True:
        s = _LIST_SEP_RE.match(text, p)
        if not s:
            break
        pre = PREFIX_RE.match(text, s.end())
        nxt = by_start.get(pre.end() if pre else s.end())
        if not nxt:
            break
        p = max(n.end for n in nxt)
    return p > m.end and bool(_LIST_END_RE.match(text, p))


def _names_whole_line(text: str, m: Mention, by_start: dict[int, list[Mention]], line_end: int) -> bool:
    """Whether the line from ``m`` holds only a list of two or more names ("3. Bộ Nông nghiệp và
    Môi trường, Bộ Khoa học và Công nghệ", "4. Tổng công ty X và Tập đoàn Y:"): a clause heading
    that gives each named body the work below it, as one name alone does."""
    end = len(text) if line_end < 0 else line_end
    p, named = m.end, 1
    while True:
        s = _LIST_SEP_RE.match(text, p, end)
        nxt = by_start.get(s.end()) if s else None
        if not nxt:
            break
        p, named = max(n.end for n in nxt), named + 1
    return named > 1 and p <= end and not text[p:end].strip(" \t:.;")


# what may close such a list: a full stop or the line's end, or — a clause of an enumeration
# ("a) … thuộc thẩm quyền của Bộ X: Cục Y, Bộ Z; b) …") — a semicolon, a parenthesis before it
_LIST_END_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:\.(?:\s|$)|;|\n|$)")


def _clear_past(mentions: ByOffset[Mention], past: list[tuple[int, int]]) -> None:
    for a, b in past:
        for m in mentions.between(a, b):
            if m.role in ("assignee", "partner"):
                m.role, m.passive = None, True




_INTRO_END_RE = re.compile(r"(?:như sau|sau đây|cụ thể)\s*:\s*$")


def drop_issuer(mentions: list[Mention], issuer: str | None, parent: str | None = None) -> None:
    """The issuer is no body of its own document: "phối hợp với Tỉnh Đoàn" in the Tỉnh
    Đoàn's plan, "báo cáo UBND huyện" in the district's letter. A clause it heads ("1. Sở
    Y tế:" in a joint plan) keeps its lead. An issuer printed without a level ("SỞ CÔNG
    THƯƠNG" under "UBND TỈNH LÀO CAI") has its ``parent``'s: "Sở Công Thương tỉnh Lào Cai"."""
    if not issuer:
        return
    own = find_mentions(issuer)
    if len({loose_key(o) + (o.levels[:1], o.place) for o in own}) > 1:
        return   # a joint document ("Bộ A - Bộ B - Bộ C"): each co-issuer takes its share of the work
    above = find_mentions(parent) if parent else []
    if above and above[0].levels:
        own += [replace(o, levels=above[0].levels, place=above[0].place) for o in own if not o.levels]
    for m in mentions:
        if m.role in ("partner", "assignee") and any(
                (loose_key(m) == loose_key(o) or initials_key(m) == loose_key(o)) and m.levels[:1] == o.levels[:1]   # not "UBND thành phố X" under "UBND tỉnh X"
                and (not m.place or not o.place or fold(m.place) == fold(o.place)) for o in own):
            m.role, m.passive = None, True


def drop_submitter(text: str, mentions: list[Mention], start: int = 0, end: int | None = None) -> None:
    """A submission's own office (its "Đơn vị trình:" line) and the bodies inside the titles of
    the papers it attaches ("Hồ sơ kèm theo: 1. Tờ trình đề nghị UBND tỉnh …") are given no
    work by it. A clause it heads keeps its lead, as the issuer's does."""
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    own = {loose_key(m) for s, e in submitter_spans(text, start, end) for m in by_offset.between(s, e)}
    if own:
        for m in mentions:
            if m.role in ("partner", "assignee") and loose_key(m) in own:
                m.role, m.passive = None, True
    for s, e in attachment_lines(text, start, end):
        for m in by_offset.between(s, e):
            if m.role != "addressee":
                m.role, m.passive = None, True


_BASIS_RE = re.compile(lex.BASIS_LINE, re.M)


def drop_basis(text: str, mentions: list[Mention]) -> None:
    """The legal basis lines ("Căn cứ Quyết định số …, trong đó giao Sở X chủ trì …;") cite
    work another paper gave: no name takes a role from them."""
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    for line in _BASIS_RE.finditer(text):
        for m in by_offset.between(line.start(), line.end()):
            if m.role in ("lead", "partner", "assignee"):
                m.role, m.passive = None, True


_ATTENDANCE_RE = re.compile(lex.ATTENDANCE_PART, re.I)


def drop_attendees(mentions: list[Mention], titles_at) -> None:
    """Names in a record's list of those present ("I. THÀNH PHẦN / 1. Sở X: ông A, bà B") are
    attendees; ``titles_at(offset)`` gives the titles of the sections around an offset."""
    for m in mentions:
        if m.role in ("lead", "partner", "assignee") and any(
                t and _ATTENDANCE_RE.match(t) for t in titles_at(m.start)):
            m.role, m.passive = None, True


_ASKED_RE = re.compile(lex.ASKED_BEFORE, re.I)
_CLAUSE_START_RE = re.compile(r"[.;:!?\n][^.;:!?\n]*$")


def drop_recounted(text: str, mentions: list[Mention], in_report_part) -> None:
    """A part that reports results or the situation ("1. Tình hình thực hiện …", "I. KẾT QUẢ
    …") tells of work given before ("UBND tỉnh đã chỉ đạo Sở X chủ trì …", "UBND tỉnh giao Sở
    Y phối hợp …"): no name takes a role from such a sentence. What the report itself asks
    there ("Đoàn kiểm tra đề nghị Công ty X khắc phục …") and a clause heading ("1. Đối với
    Công ty X:") keep theirs."""
    for m in mentions:
        if m.role not in ("lead", "partner", "assignee") or not in_report_part(m.start):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        rest = text[m.end:line_end if line_end >= 0 else len(text)]
        if _LINE_START_RE.match(text[line_start:m.start]) and (rest.lstrip().startswith(":") or not rest.strip(" .;")):
            continue
        c = _CLAUSE_START_RE.search(text, max(0, m.start - 300), m.start)
        if _ASKED_RE.search(text, c.start() if c else max(0, m.start - 300), m.start):
            continue
        m.role, m.passive = None, True
