"""Tasks: one per assignment, with lead, partners and governing deadline.

Three sources. (1) Agency clauses of the outline (`1. Sở X:` and `- Công an huyện: …`):
each item under the clause is a task led by X; a clause without items is one task; a
clause naming two bodies gives one task each. (2) Paragraphs outside agency clauses that
assign work (`Giao Sở X …`, `A đề nghị B …`, `Sở X chủ trì, phối hợp với Y …`, a body as
the subject of the paragraph); a block of items followed by `Cơ quan chủ trì: X` is led
by X. (3) Rows of task tables (see task_table). The lead is always the name of the Body
entry the bodies extractor made, so the two agree.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..document import Document
from ..lexicon import bodies as lex
from ..lexicon.structure import DONE_PART, INFO_PART
from ..lexicon import co_leads as co_lex
from ..lexicon import requests as request_lex
from ..lexicon import statements as statement_lex
from ..lexicon import structure
from ..models import Deadline, Section, Task
from ..outline import Outline
from ..span_index import ByOffset, Cover, Inside
from .bodies import LEAD_IN_TAIL_RE, BodyAnalysis
from .bodies.names import LO, UP, Mention, opens_no_name
from .bodies.names import L as LETTERS
from .paragraphs import paragraphs
from . import actor_duties, catch_alls, closings, event_dates, execution, grant_duties, handoffs, head_proposals, \
    holder_duties, letter_requests, own_events, prose, record_requests, reference_lists, submissions
from .task_table import find_task_tables

_FUNDING_RE = re.compile(lex.FUNDING, re.I)
_LEAD_LINE_RE = re.compile(rf"^\s*(?:[-+•*]\s*|\d{{1,2}}[.)]\s*)?{lex.LEAD_LINE}", re.I)
_CHAIR_LINE_RE = re.compile(r"\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*)?chủ\s+trì\s*:", re.I)
_TIME_LINE_RE = re.compile(r"^\s*(?:[-+•*]\s*)?(?:thời gian|thời hạn|tiến độ|cơ quan phối hợp|đơn vị phối hợp)", re.I)
_LABEL_RE = re.compile(lex.LABEL_LINE, re.I)
_WORKPLACE_RE = re.compile(lex.WORKPLACE_LINE, re.I)
_BARE_HEAD_RE = re.compile(
    rf"(?:^|[.;:]\s+|,\s+)(?:[-+•*]\s*)?(Sở|Công an|Ủy ban|UBND|Cục|Chi cục)\s+(?=[{LO}])")
_HEAD_LEAD_RE = re.compile(
    r"[ \t]*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)][ \t]*|[-+•*][ \t]*|(?:Điều|ĐIỀU)[ \t]+\d+[ \t]*[.:][ \t]*)"
    rf"(?:(?:Đề nghị|Kiến nghị|Đối với|Giao|(?P<duties>{lex.DUTIES_OF}|{structure.DUTIES_BARE}))[ \t]+)?"
    rf"(?:{lex.POSITION_PREFIX}[ \t]+)?(?:[Cc]ác[ \t]+|[Nn]hững[ \t]+)?")   # "2. Các huyện đoàn, …:"
_OWNER_ROLE_RE = re.compile(rf"({'|'.join(lex.OWNER_ROLES)})(?![^\W\d_])[ \t]*:?[ \t]*$", re.I)
_HEADS = "|".join(sorted(map(re.escape, structure.AGENCY_HEADS + request_lex.FIRM_REFS), key=len, reverse=True))
_TEAM_RE = re.compile(rf"(?:{_HEADS})(?![^\W\d_])")
# a subject (a body's head and up to a few words of its name), then the right it is given
_RIGHT_SUBJECT_RE = re.compile(rf"(?:{_HEADS})(?![^\W\d_])[^.;:,\n]{{0,60}}?{lex.RIGHT_AFTER}")
_MARKER_RE = re.compile(structure.ITEM_MARKER)
_SUBJECT_PREFIX_RE = re.compile(rf"(?:(?:Đề nghị|Giao|Yêu cầu)[ \t]+)?(?:{lex.POSITION_PREFIX}[ \t]+)?(?:[Cc]ác[ \t]+)?")
_EXECUTION_RE = re.compile(lex.EXECUTION_CLAUSE, re.I)
_FORWARD_PART_RE = re.compile(lex.FORWARD_PART, re.I)
_OWN_RECOMMENDATION_RE = re.compile(lex.OWN_RECOMMENDATION_PART, re.I)
_SCOPED_REQUEST_RE = re.compile(lex.SCOPED_REQUEST, re.I)
_REQUEST_BEFORE_RE = re.compile(lex.REQUEST_BEFORE, re.I)
_REQUEST_LEAD_IN_RE = re.compile(lex.REQUEST_LEAD_IN, re.I)
_ASSIGN_LEAD_IN_RE = re.compile(lex.ASSIGN_LEAD_IN, re.I)
_ASSIGNED_WORK_TAIL_RE = re.compile(lex.ASSIGNED_WORK_TAIL, re.I)
_CLOSING_CUE_RE = re.compile(request_lex.CLOSING_CUE, re.I)
_SCOPE_LIMIT_RE = re.compile(statement_lex.SCOPE_LIMIT, re.I)   # "Sở X chỉ thực hiện thẩm định:"
_JOINT_TYPE_RE = re.compile(co_lex.JOINT_TYPE, re.I)
_SCOPE_AFTER_RE = re.compile(r"[ \t]*" + statement_lex.SCOPE_LIMIT, re.I)
_BARE_CLOSING_RE = re.compile(request_lex.SUBMISSION_BARE_CLOSING, re.I)
# the marker of an item under a lead-in, by kind: "(1).", "1.", "a)", "-"
_ITEM_MARKS = [re.compile(r"\s*\((?:\d{1,2}|[ivx]{1,4}|[a-zđ])\)\.?\s"), re.compile(r"\s*\d{1,2}[.)]\s"),
               re.compile(r"\s*[a-zđ][.)]\s"), re.compile(r"\s*[-+•*]\s*")]
_ORDINAL_RE = re.compile(co_lex.ORDINAL_OPENER)
_CATCH_ALL_RE = re.compile(co_lex.CATCH_ALL, re.I)
_STANCE_RE = re.compile(statement_lex.STANCE_AFTER_SUBJECT, re.I)
_LAW_OPENING_RE = re.compile(statement_lex.LAW_SOURCE_OPENING, re.I)
_LAW_CITED_RE = re.compile(statement_lex.LAW_CITED_DUTY, re.I)
_AUTHORSHIP_RE = re.compile(statement_lex.AUTHORSHIP)
_ACTING_UPON_RE = re.compile(statement_lex.ACTING_UPON)
_DUTY_AFTER_RE = re.compile(r"[ \t]+(?:có|chịu)[ \t]+trách[ \t]+nhiệm(?![^\W\d_])")
_INSIDE_ACCOUNT_RE = re.compile(statement_lex.INSIDE_ACCOUNT, re.I)
_RECOUNTED_REQUEST_RE = re.compile(statement_lex.RECOUNTED_REQUEST, re.I)
_CONSIDERING_RE = re.compile(statement_lex.CONSIDERING_OPENING)
_RECIPIENTS_LEADIN_RE = re.compile(statement_lex.RECIPIENTS_LEADIN, re.I)
_NUMBERED_ITEM_RE = re.compile(r"\s*(?:\(\d{1,2}\)|(?:[IVXLC]+|\d+(?:\.\d+)*)[.)])\s")
# a body named with the levels it works at ("Ban Quản lý đầu tư xây dựng tỉnh, khu vực", "Ban Quản lý
# dự án huyện, xã"): one body, though a comma runs through its name
_SCOPED_NAME_RE = re.compile(rf"(?P<core>[^,]+?[ \t]{structure.LEVEL_WORDS})"
                             rf"(?:[ \t]*,[ \t]*(?:{structure.LEVEL_WORDS}|khu[ \t]+vực)(?![^\W\d_]))+")
_ROLE_STATEMENT_RE = re.compile(r"[^;:.]{0,80}?(?<![^\W\d_])" + statement_lex.ROLE_STATEMENT, re.I)
_INNER_REQUEST_RE = re.compile(co_lex.INNER_REQUEST, re.I)
_PURPOSE_OPENING_RE = re.compile(co_lex.PURPOSE_OPENING)
_GIVE_RE = re.compile(r"(?i)giao\b")
_NUMBERED_HEAD_RE = re.compile(r"\s*(?:[IVXLC]+|\d+)[.)]\s")
_CO_SEP_RE = re.compile(r"[ \t]*(?:[,;]|và)[ \t]*(?:và[ \t]+)?")
_REQUEST_RE = re.compile(rf"(?i:đề nghị|yêu cầu|kiến nghị)\s+(?:(?i:các|quý)\s+)?[{UP}]")   # "đề nghị Công ty …"
_TERM_END_RE = re.compile(lex.TERM_END, re.I)
# "của" (and the office-holder) right before a name: the body owns something, it is no subject
_OWNER_BEFORE_RE = re.compile(rf"(?<![^\W\d_])của\s+(?:{lex.POSITION_PREFIX}\s+|Bộ\s+trưởng\s+)?\Z")
_ACCOUNT_PART_RE = re.compile(f"{DONE_PART}|{INFO_PART}", re.I)
_HEADING_ONLY_RE = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+[^a-zà-ỹ]*$")
_DUTY_END_RE = re.compile(lex.DUTY_PARAGRAPH_END)
_OWN_SUBJECT_RE = re.compile(lex.OWN_SUBJECT, re.I)
_SUMMARY_RE = re.compile(r"(?m)^" + lex.SUMMARY_CLOSING)
_LEADER_RE = re.compile(rf"{request_lex.LEADER_ADDRESS}(?:{lex.POSITION_PREFIX}\s+)?", re.I)
_DIRECTING_RE = re.compile(request_lex.DIRECTING_VERB, re.I)
# A body named by its level, read as no mention, with its work run on in the same line ("Ủy ban
# nhân dân cấp xã có văn bản đề xuất …", "Công an cấp huyện rà soát …"): the name ends at the level.
_LEVEL_NAME_RE = re.compile(rf"((?:{_HEADS})(?![^\W\d_])[^,;:.\n]{{0,40}}?[ \t]cấp[ \t]+{structure.LEVEL_WORDS})"
                            rf"[ \t]+[{LO}]")


def extract(doc: Document, outline: Outline, bodies: BodyAnalysis, deadlines: list[Deadline],
            doc_type: str | None = None) -> list[Task]:
    """``bodies``: the bodies stage's analysis of the same document (mentions, roles, names);
    ``doc_type``: the document's type (a letter's one dated limit governs all its requests)."""
    text = doc.text
    ctx = _Ctx(doc, outline, bodies, deadlines, co_leads=doc_type not in co_lex.ONE_LEAD_TYPES,
               report=doc_type in lex.REPORT_TYPES)
    ctx.joint = bool(doc_type and _JOINT_TYPE_RE.search(doc_type))
    tasks: list[Task] = []
    tables = find_task_tables(doc)
    table_spans = [t.span for t in tables]
    covered: list[tuple[int, int]] = []
    for s, e in ctx.body_paras:
        # "I. KẾT QUẢ KIỂM TRA / 3. Đối với Công ty X: …" states results and gives no work;
        # a request written out there ("Đoàn kiểm tra đề nghị Công ty …") still does
        if ((outline.in_report_part(s) or _in_account_part(outline, s)) and not _REQUEST_RE.search(text, s, e)
                and not _in_own_recommendations(outline, s) or outline.in_report_outline(s)):
            covered.append((s, e))
    covered += reference_lists.spans(text)   # "[3] Hướng dẫn …. Viện X, Bộ Y, 2026": a source, no work
    for sec in outline.all_sections():
        if (outline.in_report_part(sec.span[0]) or _in_account_part(outline, sec.span[0])
                or outline.in_report_outline(sec.span[0])):
            continue
        if ctx.is_agency(sec) and not outline.in_agency_clause(sec.body_span[0], ctx.is_agency, above=sec):
            tasks += ctx.clause_tasks(sec)
            covered.append(sec.body_span)
    tasks += ctx.paragraph_tasks(doc, covered + table_spans)
    covered += ctx.lead_ins
    for table in tables:
        tasks += ctx.table_tasks(table)
    an = bodies
    opening = max((a.span[1] for a in an.addressees), default=an.start)   # the letter's opening
    tasks = letter_requests.apply(ctx, paragraphs(doc, min(opening, an.start), an.end, ctx.names), tasks, covered)
    if not ctx.report and doc_type not in own_events.NOT_IN:
        tasks = own_events.apply(ctx, ctx.body_paras, tasks, covered + table_spans)
    tasks = execution.split(ctx, tasks)
    tasks = holder_duties.apply(ctx, tasks, doc_type)
    tasks = grant_duties.apply(ctx, tasks, doc_type)
    tasks = actor_duties.apply(ctx, tasks, report=doc_type in lex.REPORT_TYPES)
    tasks = handoffs.split(ctx, tasks)
    if doc_type in request_lex.SUBMISSION_TYPES:
        tasks = submissions.narrow(ctx, tasks, ctx.body_paras)
    if doc_type in request_lex.RECORD_TYPES:
        tasks = submissions.concluded(ctx, tasks)
        tasks = record_requests.apply(ctx, tasks)
    tasks = head_proposals.apply(ctx, tasks)
    if doc_type in request_lex.TRANSMITTAL_TYPES:
        tasks = submissions.forwarded(ctx, tasks, ctx.body_paras)
    tasks = closings.drop_formulas(ctx, tasks, doc_type)
    if doc_type in lex.ONE_LIMIT_TYPES:
        tasks = _due_at_the_one_limit(tasks, deadlines)
    tasks = event_dates.apply(text, tasks, deadlines)
    tasks.sort(key=lambda t: t.span)
    return tasks


def _in_own_recommendations(outline: Outline, offset: int) -> bool:
    """Inside the report's own recommendation part nested under a results part ("II. KẾT QUẢ
    KIỂM TRA / 5. Kiến nghị của Đoàn kiểm tra:"; lexicon bodies OWN_RECOMMENDATION_PART)."""
    return any(s.level > 1 and s.title and _OWN_RECOMMENDATION_RE.match(s.title) for s in outline.chain_at(offset))


def _in_account_part(outline: Outline, offset: int) -> bool:
    """Inside a top-level part that recounts the work done or describes the matter (lexicon
    DONE_PART, INFO_PART)."""
    return any(s.level == 1 and s.title and _ACCOUNT_PART_RE.match(s.title) for s in outline.chain_at(offset))


def _due_at_the_one_limit(tasks: list[Task], deadlines: list[Deadline]) -> list[Task]:
    """A letter that sets one calendar day outside its requests ("Thời gian kiểm tra: ngày
    31/3/2026", "Văn bản góp ý gửi về Sở trước ngày 22/6/2026") asks for everything by then: its
    requests that set no limit of their own (invite the contractors, prepare the files, send
    representatives, chair the meeting) take that day. A day only one request sets is that
    request's alone, and "đến ngày …" (a validity, a term) is no such day."""
    dated = [d for d in deadlines if d.date and len(d.date) == 10]   # calendar days; a month
    if len({d.date for d in dated}) != 1:                           # ("trong tháng 6") is a span
        return tasks
    in_tasks = Cover([t.span for t in tasks])
    own = [d for d in dated if d.span[0] not in in_tasks]   # set by the letter, not by one request
    if not own:
        return tasks
    day = own[0]
    if _TERM_END_RE.match(day.text):
        return tasks
    return [t if t.deadlines else t.model_copy(update={"deadline": day, "deadlines": [day]}) for t in tasks]


def _is_agency(sec: Section) -> bool:
    """An agency clause, not a `Cơ quan chủ trì: …` / `Thời gian: …` label line nor a
    heading that opens with a verb or common noun ("Tổ chức hội chợ, triển lãm")."""
    return (bool(sec.agency) and not _LABEL_RE.match(sec.agency) and not opens_no_name(sec.agency)
            and not _SCOPE_LIMIT_RE.search(sec.agency))


class _Ctx:
    def __init__(self, doc: Document, outline, an: BodyAnalysis, deadlines, co_leads: bool = False,
                 report: bool = False):
        self.doc, self.text, self.outline, self.an, self.deadlines = doc, doc.text, outline, an, deadlines
        self.split_co_leads, self.report = co_leads, report
        self.joint = False   # a text its co-issuers issue together (lexicon co_leads JOINT_TYPE)
        self.lead_ins: list[tuple[int, int]] = []   # "Đề nghị Bộ X:" above its items
        self.names = [n for b in an.bodies for n in (b.name, *b.aliases)] \
            + [self.text[a.span[0]:a.span[1]] for a in an.addressees]
        # the body's paragraphs, wraps inside names joined: read by the skip pass and by
        # paragraph_tasks alike
        self.body_paras = paragraphs(doc, an.start, an.end, self.names)

        self._head_end: dict[int, int] = {}
        self._paras: list[tuple[int, int]] | None = None
        self._named_lead: dict[int, str] = {}
        self._by_start = {m.start: m for m in an.mentions}
        self._mentions = ByOffset(an.mentions, key=lambda m: m.start)
        self._deadlines = Inside(deadlines, span=lambda d: d.span)

    def is_agency(self, sec: Section) -> bool:
        """An agency clause: tagged by the sectioner, or a heading that only names bodies
        ("4. Ủy ban nhân dân các huyện, thị xã, thành phố", "- Sở Y tế: …")."""
        if sec.agency:
            return _is_agency(sec)
        if id(sec) in self._head_end:
            return True
        text = self.text
        eol = text.find("\n", sec.span[0])
        eol = len(text) if eol < 0 else eol
        m = _HEAD_LEAD_RE.match(text, sec.span[0], eol)
        if not m:
            return False
        pos, named = m.end(), 0
        if m.group("duties") and (pos not in self._by_start or not self.body_name(self._by_start[pos])):
            named_lead = self.duties_lead(m, eol) or self.printed_lead(self._by_start.get(pos), eol)
            if named_lead:
                self._named_lead[id(sec)] = named_lead
                self._head_end[id(sec)] = eol
                return True
        while pos < eol:
            men = self._by_start.get(pos)
            if not men or not self.body_name(men):
                break
            named += 1
            pos = men.end
            sep = re.compile(r"[ \t]*(?:,|và)[ \t]*").match(text, pos, eol)
            if not sep or sep.end() not in self._by_start:
                break
            pos = sep.end()
        if not named:
            return False
        tail = re.compile(r"[ \t]*(?::|[.;]?[ \t]*$)").match(text, pos, eol)
        if not tail:
            return False
        self._head_end[id(sec)] = tail.end()
        return True

    # -- helpers -------------------------------------------------------------------------
    def body_name(self, m: Mention) -> str | None:
        return self.an.bodies[m.body].name if m.body is not None else None

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        return self._mentions.between(s, e)

    def span(self, s: int, e: int) -> tuple[int, int]:
        while s < e and self.text[s] in " \n:;-":
            s += 1
        while e > s and self.text[e - 1] in " \n":
            e -= 1
        return s, e

    def deadlines_in(self, *spans) -> list[Deadline]:
        """All time limits of the first span that holds any (the task's own text, then the clause
        around it …): dated ones first, so the first is the governing one ("deadline")."""
        for s, e in spans:
            inside = self._deadlines.inside(s, e)
            if inside:
                return [d for d in inside if d.date] + [d for d in inside if not d.date]
        return []

    def partners_in(self, s: int, e: int, lead: str | None) -> list[str]:
        out = []
        for m in self.mentions_in(s, e):
            n = self.body_name(m)
            if m.role == "partner" and n and n != lead and n not in out:
                out.append(n)
        return out

    def make(self, s, e, lead, source, section=None, deadline_spans=None, partners=None) -> Task:
        s, e = self.span(s, e)
        limits = self.deadlines_in(*(deadline_spans or [(s, e)]))
        return Task(text=self.text[s:e], lead=lead,
                    partners=partners if partners is not None else self.partners_in(s, e, lead),
                    deadline=limits[0] if limits else None, deadlines=limits,
                    section=section or self.outline.path_at(s), source=source, span=(s, e))

    def owner(self, role: str) -> str | None:
        """The body a decision names as its ``role`` ("nhà đầu tư"): the named body that opens
        the line after "1. Nhà đầu tư" / "Tên doanh nghiệp:" or after "Chủ đầu tư:"."""
        label = re.compile(rf"(?im)^[ \t]*(?:\d+[.)][ \t]*|[-+•*][ \t]*)?(?:Tên[ \t]+)?{re.escape(role)}"
                           rf"[ \t]*:?[ \t]*(?:\n[ \t]*){{0,2}}{lex.OWNER_NAME_LABEL}")
        for m in label.finditer(self.text):
            men = self._by_start.get(m.end())
            if men and self.body_name(men):
                return self.body_name(men)
        return None

    def duties_lead(self, head: re.Match, eol: int) -> str | None:
        """The one body a "Nhiệm vụ / Trách nhiệm của X" heading names where X does not open with a
        body mention: the firm a role word stands for ("Trách nhiệm của nhà đầu tư"), the body
        of an office-holder ("… của Bộ trưởng Bộ Tư pháp"), or a team the decision sets up, as
        printed ("Nhiệm vụ và quyền hạn của Đoàn kiểm tra"); not a class of bodies ("Trách
        nhiệm của các Sở, ngành")."""
        role = _OWNER_ROLE_RE.match(self.text, head.end(), eol)
        if role:   # "Trách nhiệm của chủ đầu tư" where "1. Nhà đầu tư / Tên doanh nghiệp: X" names it
            return self.owner(role.group(1)) or next(filter(None, map(self.owner, lex.OWNER_ROLES)), None)
        named = [n for m in self.mentions_in(head.end(), eol) if (n := self.body_name(m))]
        if named:   # "Trách nhiệm của Bộ trưởng Bộ Tư pháp": the office-holder's body
            return named[0] if len(named) == 1 else None
        phrase = self.text[head.end():eol].strip(" :.;")
        if re.search(r"(?i)^(?:các|những)\s", head.group(0)[-8:]):
            return None
        scoped = _SCOPED_NAME_RE.fullmatch(phrase)
        if scoped and "," not in scoped.group("core") and len(phrase.split()) <= 10:
            return phrase if _TEAM_RE.match(phrase) and not opens_no_name(phrase) else None
        if "," in phrase or len(phrase.split()) > 6:
            return None
        return phrase if _TEAM_RE.match(phrase) and not opens_no_name(phrase) else None

    def printed_lead(self, men: Mention | None, eol: int) -> str | None:
        """The name a duties heading prints as its whole rest ("Điều 23. Trách nhiệm Cục Thuế
        tỉnh", "Trách nhiệm của Công ty Điện lực X") when the roles stage gave that mention no
        role: the heading gives it the article's work, so its name is the lead as printed."""
        if men is None or not re.fullmatch(r"[ \t:.;]*", self.text[men.end:eol]):
            return None
        return men.printed(self.text)

    def states_a_right(self, s: int) -> bool:
        """Whether the unit at ``s`` only states what its subject may do ("7. Đoàn kiểm tra được
        sử dụng con dấu …", "c) Công ty X có quyền khiếu nại …"): no work given."""
        return bool(_RIGHT_SUBJECT_RE.match(self.text, _MARKER_RE.match(self.text, s).end()))

    def agency_leads(self, sec: Section) -> list[str]:
        """Bodies an agency heading names (one per body), or the addressee it refers to."""
        if id(sec) in self._named_lead:
            return [self._named_lead[id(sec)]]
        text = self.text
        head_end = self._head_end.get(id(sec), sec.span[1])
        colon = text.find(":", sec.span[0], max(head_end, sec.span[0] + len(sec.agency or "") + 40))
        if colon > 0:
            head_end = max(head_end, colon)
        leads = []
        for m in self.mentions_in(sec.span[0], head_end + 1):
            n = self.body_name(m)
            if n and n not in leads:
                leads.append(n)
        if leads:
            return leads
        addressee = self.addressee_like(sec.agency)
        if addressee is None and sec.agency and _CATCH_ALL_RE.search(sec.agency):
            return []   # "- Các Sở, ban, ngành, địa phương có liên quan căn cứ chức năng, …"
        level = _LEVEL_NAME_RE.match(sec.agency or "")
        return [addressee or (level.group(1) if level else sec.agency)]

    def addressee_like(self, phrase: str | None) -> str | None:
        """`Thủ trưởng các cơ quan, đơn vị, địa phương` → the addressee `Các cơ quan, đơn vị …`."""
        if not phrase:
            return None
        key = _lead_words(phrase)
        for a in self.an.addressees:
            if key and _lead_words(self.text[a.span[0]:a.span[1]]) == key:
                return self.an.bodies[a.body].name
        return None

    # -- (1) agency clauses --------------------------------------------------------------
    def clause_tasks(self, sec: Section) -> list[Task]:
        text, out = self.text, []
        leads = self.agency_leads(sec)
        head_end = self._head_end.get(id(sec), sec.span[1])
        block_end = text.find("\n", head_end)
        block_end = sec.body_span[1] if block_end < 0 else min(block_end, sec.body_span[1])
        inline = text[head_end:block_end].strip(" :.;\n")
        items = [c for c in sec.children]
        units = []
        if not items:
            if self.states_a_role(sec) or _FUNDING_RE.match(inline):
                return out   # "- Đối với các doanh nghiệp: Kinh phí … được bố trí từ …": a source of money
            start = sec.span[0] if inline else block_end
            end = self.before_summary(start, sec.body_span[1])
            duties = self.duty_paragraphs(start, end, head_end) or self.marked_paragraphs(block_end, end)
            units += [(a, b, sec.path) for a, b in duties] or [(start, end, sec.path)]
        else:
            if inline:
                units.append((sec.span[0], block_end, sec.path))
            for c in _leaf_units(items, self.is_agency):
                if self.states_a_right(c.span[0]):
                    continue
                if self.is_agency(c):
                    out += self.clause_tasks(c)
                    continue
                if _FUNDING_RE.match(text[c.span[0]:c.body_span[1]].lstrip("-+•* ")):
                    continue
                units.append((c.span[0], c.body_span[1], c.path))
        for s, e, path in units:
            s, e = self.span(s, e)
            if e <= s:
                continue
            for lead in leads:
                out.append(self.make(s, e, lead, "clause", section=path))
        return out

    def states_a_role(self, sec: Section) -> bool:
        """Whether a clause without items only states its body's role ("2. Phòng Kinh tế cấp xã là
        đơn vị đầu mối trực tiếp giúp Ủy ban nhân dân cấp xã quản lý nhà nước về …"; lexicon
        statements ROLE_STATEMENT): no work given."""
        end = self.before_summary(sec.span[0], sec.body_span[1])
        men = next((m for m in self.mentions_in(sec.span[0], sec.span[1]) if self.body_name(m)), None)
        return men is not None and bool(_ROLE_STATEMENT_RE.match(self.text[men.end:end].rstrip()))

    def before_summary(self, s: int, e: int) -> int:
        """``e``, or the start of the plan's closing summary ("Trên đây là Kế hoạch …") the
        last clause runs into."""
        m = _SUMMARY_RE.search(self.text, s, e)
        return m.start() if m else e

    def paragraphs_in(self, s: int, e: int) -> list[tuple[int, int]]:
        if self._paras is None:
            self._paras = paragraphs(self.doc)
        k = bisect.bisect_right(self._paras, (s, len(self.text)))
        k = k - 1 if k and self._paras[k - 1][1] > s else k
        paras = []
        for a, b in self._paras[k:]:
            if a >= e:
                break
            paras.append((max(a, s), min(b, e)))
        return paras

    def marked_paragraphs(self, s: int, e: int) -> list[tuple[int, int]]:
        """Items a clause marks in a way the outline does not take for headings ("(1). …"),
        when they are all its body holds: one duty each."""
        paras = self.paragraphs_in(s, e)
        if not paras or not _ITEM_MARKS[0].match(self.text, paras[0][0]):
            return []
        items = self.items_after([(s, s)] + paras, 0)
        return items if items and items[-1][1] == paras[-1][1] else []

    def duty_paragraphs(self, s: int, e: int, head_end: int) -> list[tuple[int, int]]:
        """The duties of a clause without items written as plain paragraphs, one each: [] unless
        there are two or more and every one (the heading's own text, for the first) opens in
        capitals, with no subject of its own, and ends a sentence."""
        paras = self.paragraphs_in(s, e)
        if len(paras) < 2:
            return []
        for a, b in paras:
            a = max(a, head_end)
            while a < b and self.text[a] in " :-\n\t":
                a += 1
            para = self.text[a:b].rstrip()
            if not para[:1].isupper() or not _DUTY_END_RE.search(para) or _OWN_SUBJECT_RE.match(para) \
                    or a in self._by_start:
                return []
        return paras

    # -- (2) paragraphs that assign work -------------------------------------------------
    def paragraph_tasks(self, doc: Document, skip: list[tuple[int, int]]) -> list[Task]:
        text, out = self.text, []
        orphans: list[_Orphan] = []
        orphan_parent = None
        paras = self.body_paras
        skipped = Cover(skip)
        taken_to = -1
        recount = False   # under "Theo Nghị định số … thì Sở X thực hiện thẩm định:"
        receiving = False   # under "… được nộp cho các cơ quan sau đây:"
        for k, (s, e) in enumerate(paras):
            if s in skipped or s < taken_to:
                continue
            para = text[s:e]
            if receiving and not _NUMBERED_ITEM_RE.match(para):
                continue   # a point that names the offices a paper is filed with
            receiving = bool(_RECIPIENTS_LEADIN_RE.search(para.rstrip()))
            if receiving:
                continue
            if recount and _NUMBERED_HEAD_RE.match(para):
                recount = False
            if _CONSIDERING_RE.match(para):   # "Xét đề nghị của …": the preamble's basis
                continue
            if _LAW_OPENING_RE.match(para):   # a competence the law gives, no work of this text
                recount = para.rstrip().endswith(":")
                continue
            if recount:
                continue
            asked = self.request_lead_in(s, e)
            items = self.items_after(paras, k) if asked else []
            # an item that is an agency clause ("2. Sở Tài chính: …") has its tasks already
            items = [(a, b) for a, b in items if a not in skipped]
            if items:   # "Đề nghị Bộ X:" / "(1). Xem xét …" / "(2). Sớm …"
                out += [self.make(a, b, self.own_subject(a) or asked, "clause") for a, b in items]
                taken_to = items[-1][1]
                self.lead_ins.append((s, e))
                continue
            if self.report and self.closing_formula(s, e):
                continue   # "Trên đây là Báo cáo …, trân trọng đề nghị …": a formula
            parent = self._parent_path(s)
            if parent != orphan_parent:
                orphans, orphan_parent = [], parent
            if _LEAD_LINE_RE.match(para):
                out += self._lead_line_tasks(s, e, paras[k + 1:k + 3], orphans)
                orphans = []
                continue
            if _HEADING_ONLY_RE.match(para) or _FUNDING_RE.match(para.lstrip("-+•* ")) or _WORKPLACE_RE.match(para):
                continue
            pieces = [p for p in self.sentence_pieces(s, e) if not self.states_a_right(p[0])
                      and not _LAW_CITED_RE.search(text, p[0], p[1]) and not self.cited_assignment(*p)
                      and not _AUTHORSHIP_RE.match(text, _MARKER_RE.match(text, p[0]).end(), p[1] + 300)
                      and not self.recounted_request(*p)
                      and (not self.report or self.sets_work_ahead(p[0]) or self.asked_of(*p))]
            if pieces:
                out += [self.make(a, b, co, "sentence") for a, b, lead in pieces for co in self.co_leads(a, b, lead)]
            else:
                orphans.append(_Orphan(s, e, bool(re.match(r"\s*(?:[-+•*]|[a-zđ][.)]\s)", para))))
        return out

    def _parent_path(self, s: int) -> str | None:
        chain = [c for c in self.outline.chain_at(s) if c.kind not in ("item", "point")]
        return chain[-1].path if chain else None

    def _lead_line_tasks(self, s, e, following, orphans) -> list[Task]:
        lead = None
        for m in self.mentions_in(s, e):
            lead = self.body_name(m) or lead
            if lead:
                break
        if lead is None:
            c = self.text.find(":", s, e)
            lead = self.text[c + 1:e].strip(" .;") or None
        extra = [(a, b) for a, b in following if _TIME_LINE_RE.match(self.text[a:b])]
        partners = []
        for a, b in [(s, e)] + extra:
            for p in self.partners_in(a, b, lead):
                if p not in partners:
                    partners.append(p)
        chair = _CHAIR_LINE_RE.match(self.text, s, e)
        if chair:   # "4. Thành phần tham gia kiểm tra:" above "- Chủ trì: X" is a heading, no work
            orphans = [o for o in orphans if not self.text[o.start:o.end].rstrip().endswith(":")]
        units = [o for o in orphans if o.marked] or orphans
        if not units and lead and chair:
            return [self.make(s, e, lead, "clause", deadline_spans=[(s, e)], partners=partners)]
        return [self.make(o.start, o.end, lead, "clause", deadline_spans=[(o.start, o.end), (s, e)] + extra,
                          partners=partners) for o in units]

    def sentence_pieces(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """(start, end, lead) per assignment in a paragraph: a later sentence whose subject
        is another body given work starts a task of its own ("Giao Sở A chủ trì …. Sở B
        tham mưu bố trí kinh phí …" is two tasks); [] when the paragraph assigns nothing."""
        lead = self.sentence_lead(s, e)
        if not lead:
            return []
        out = [[s, e, lead]]
        for q, _ in prose.sentences(self.text, s, e)[1:]:
            pre = _SUBJECT_PREFIX_RE.match(self.text, q)
            m = self._by_start.get(pre.end() if pre else q)
            if m is None or m.role not in ("assignee", "lead") or m.after_direct or self.states(m):
                continue
            name = self.body_name(m)
            if name and name != out[-1][2]:
                out[-1][1] = q
                out.append([q, e, name])
        return [(a, b, n) for a, b, n in out]

    def co_leads(self, s: int, e: int, lead: str) -> list[str]:
        """``lead`` and the bodies named with it as the joint subject of the sentence at ``s``
        ("Sở Công Thương, Ban Quản lý Khu kinh tế có trách nhiệm …", "Giao Sở Công Thương, Công
        an tỉnh, UBND xã X … giám sát …", "Sáu là, các Sở: Tài chính, Xây dựng … có ý kiến"):
        each carries the work out, so each gets the task (lexicon co_leads). Only ``lead`` in a
        news article, when the list does not open the sentence with it, when the sentence is
        the execution clause (execution.split gives its co-leads theirs), or when the list
        names one office in every locality (_one_office_everywhere)."""
        text, names, first = self.text, [], None
        if not self.split_co_leads or _EXECUTION_RE.search(text, s, e):
            return [lead]
        pos = _MARKER_RE.match(text, s).end()
        pos = _ORDINAL_RE.match(text, pos).end() if _ORDINAL_RE.match(text, pos) else pos
        while pos < e:
            pos = _SUBJECT_PREFIX_RE.match(text, pos).end()
            m = self._by_start.get(pos)
            name = self.body_name(m) if m else None
            if m is not None and name is None and self.joint and m.body is None and m.head:
                name = " ".join(text[m.start:m.end].split())   # the writer, one of the co-issuers
            elif not name or (not names and name != lead):
                break
            if first is None:
                first = m
            elif _one_office_everywhere(first, m):
                return [lead]
            if name not in names:
                names.append(name)
            sep = _CO_SEP_RE.match(text, m.end, e)
            if not sep:
                if self.joint and len(names) > 1 and _STANCE_RE.match(text, m.end):
                    return []   # "Bộ X, Bộ Y … thống nhất hướng dẫn … như sau:": the text itself
                break
            pos = sep.end()
        if lead not in names:
            return [lead]
        return names or [lead]

    def sets_work_ahead(self, s: int) -> bool:
        """Whether ``s`` lies in a part of a report that sets work ahead ("III. PHƯƠNG HƯỚNG
        NHIỆM VỤ …", "IV. KIẾN NGHỊ")."""
        return (any(sec.level == 1 and _FORWARD_PART_RE.match(sec.title or "") for sec in self.outline.chain_at(s))
                or _in_own_recommendations(self.outline, s))

    def asked_of(self, s: int, e: int, lead: str) -> bool:
        """Whether the piece asks work of ``lead`` ("đề nghị Bộ X …", "kiến nghị UBND tỉnh …"),
        rather than telling what it did: in a report only that is a task."""
        for m in self.mentions_in(s, e):
            if self.body_name(m) == lead:
                cue = _REQUEST_BEFORE_RE.search(self.text, max(s, m.start - 60), m.start)
                return bool(cue) and not self._assigned_by_another(cue)
        return False

    def _assigned_by_another(self, cue: re.Match) -> bool:
        """Whether the "giao" before a body in a report is another body's assignment it recounts
        ("Ủy ban nhân dân tỉnh giao Sở Tài chính phối hợp …"), not the report's own request."""
        if not _GIVE_RE.match(cue.group(0)):
            return False
        subject_end = len(self.text[:cue.start()].rstrip())
        return any(m.end == subject_end for m in self.mentions_in(cue.start() - 80, cue.start()))

    def request_lead_in(self, s: int, e: int) -> str | None:
        """The body a paragraph that only says whom the items below are asked of names
        ("Đề nghị Bộ Nông nghiệp và Môi trường:", "Sở Y tế đề nghị Bộ Y tế một số nội dung
        sau:"), or None."""
        m = _REQUEST_LEAD_IN_RE.match(self.text, s, e) or self._subject_request(s, e) or self._inner_request(s, e)
        men = self._by_start.get(m.end()) if m else None
        if men and self.body_name(men) and self.text[men.end:e].strip() == ":":
            return self.body_name(men)
        if men and self.body_name(men) and self.text[men.end:e].rstrip().endswith(":") \
                and LEAD_IN_TAIL_RE.fullmatch(self.text[men.end:e].rstrip()[:-1]):
            return self.body_name(men)
        return self.leader_lead_in(s, e) or self.assigning_lead_in(s, e)

    def assigning_lead_in(self, s: int, e: int) -> str | None:
        """The body a one-sentence paragraph gives the jobs listed below it ("Giao phòng X triển
        khai, thực hiện các công việc liên quan:", "Giao Trung tâm Y chủ trì các nhiệm vụ sau:";
        lexicon bodies ASSIGN_LEAD_IN, ASSIGNED_WORK_TAIL), or None."""
        cue = _ASSIGN_LEAD_IN_RE.match(self.text, _MARKER_RE.match(self.text, s, e).end(), e)
        men = self._by_start.get(cue.end()) if cue else None
        name = self.body_name(men) if men else None
        if name and _ASSIGNED_WORK_TAIL_RE.fullmatch(self.text[men.end:e].rstrip()):
            return name
        return None

    def leader_lead_in(self, s: int, e: int) -> str | None:
        """The body whose leader a one-sentence lead-in asks to direct the items below ("Để …,
        Văn phòng … kính đề nghị đồng chí Chủ tịch UBND tỉnh chỉ đạo một số nội dung sau:",
        "Sở X đề nghị Giám đốc Sở Y xem xét, chỉ đạo các nội dung sau:"), or None."""
        para = self.text[s:e].rstrip()
        if not para.endswith(":") or re.search(r"[.;!?]\s", para):
            return None
        for cue in _INNER_REQUEST_RE.finditer(self.text, s, e):
            men = self._by_start.get(_LEADER_RE.match(self.text, cue.end()).end())
            if not men:
                continue
            verb = _DIRECTING_RE.match(self.text, men.end, e)
            if verb and LEAD_IN_TAIL_RE.fullmatch(self.text[verb.end():s + len(para) - 1]):
                # the name as printed when no other cue gave the body a role (the leader's
                # address hides the request cue from the roles stage)
                return self.body_name(men) or men.printed(self.text)
        return None

    def _subject_request(self, s: int, e: int) -> re.Match | None:
        """The request cue right after the body that opens the paragraph ("UBND tỉnh X đề nghị …")."""
        subj = self._by_start.get(s + len(self.text[s:e]) - len(self.text[s:e].lstrip()))
        return _REQUEST_LEAD_IN_RE.match(self.text, subj.end, e) if subj else None

    def cited_assignment(self, s: int, e: int, lead: str) -> bool:
        """Whether the piece opens "Thực hiện …" and reaches ``lead`` inside its account of the
        cited instruction ("… về việc giao Sở X chủ trì …"; lexicon statements ACTING_UPON)."""
        if not _ACTING_UPON_RE.match(self.text, _MARKER_RE.match(self.text, s).end()):
            return False
        m = next((m for m in self.mentions_in(s, e) if self.body_name(m) == lead), None)
        return m is not None and bool(_INSIDE_ACCOUNT_RE.search(self.text[s:m.start]))

    def recounted_request(self, s: int, e: int, lead: str) -> bool:
        """Whether the piece reaches ``lead`` only through a request another body made in a paper
        it retells ("Cục X đã có Văn bản số … đề nghị Cục Y ban hành …"; lexicon statements
        RECOUNTED_REQUEST): background, no work this text gives."""
        m = next((m for m in self.mentions_in(s, e) if self.body_name(m) == lead), None)
        if m is None:
            return False
        lo = max(s, self.text.rfind(".", s, m.start) + 1, m.start - 300)
        return bool(_RECOUNTED_REQUEST_RE.search(self.text[lo:m.start]))

    def own_subject(self, s: int) -> str | None:
        """The body an item under a lead-in names as its own subject ("2. Công ty X phải chịu trách
        nhiệm …", "3. Yêu cầu Công ty X …" under "Sở Y đề nghị UBND tỉnh một số nội dung sau:"):
        that item is its work, not the lead-in's body's."""
        pos = _SUBJECT_PREFIX_RE.match(self.text, _MARKER_RE.match(self.text, s).end()).end()
        m = self._by_start.get(pos)
        return self.body_name(m) if m is not None and m.role in ("assignee", "lead") else None

    def _inner_request(self, s: int, e: int) -> re.Match | None:
        """The last request cue of a one-sentence lead-in that opens with its purpose ("Để triển
        khai …, Sở Công Thương đề xuất Bộ Công Thương một số nội dung như sau:"), or None."""
        para = self.text[s:e].rstrip()
        if not para.endswith(":") or not _PURPOSE_OPENING_RE.match(para) or re.search(r"[.;!?]\s", para):
            return None
        found = [m for m in _INNER_REQUEST_RE.finditer(self.text, s, e) if m.end() in self._by_start]
        return found[-1] if found else None

    def closing_formula(self, s: int, e: int) -> bool:
        """A report's closing that gives no work: its "Trên đây là Báo cáo …, đề nghị …" summary,
        or a one-sentence request that names nothing to do ("UBND tỉnh đề nghị Bộ X xem xét,
        tổng hợp./.")."""
        if _SUMMARY_RE.match(self.text, s):
            return True
        if e - s > 250:
            return False
        m = _CLOSING_CUE_RE.search(self.text, s, e)
        return bool(m) and bool(_BARE_CLOSING_RE.match(self.text[m.start():e].strip()))

    def items_after(self, paras: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
        """The marked items right after paragraph ``k``, all with the first one's kind of
        marker; an unmarked paragraph between two of them belongs to the one above."""
        text, out, kind = self.text, [], None
        j = k + 1
        while j < len(paras):
            a, b = paras[j]
            mark = kind or next((rx for rx in _ITEM_MARKS if rx.match(text, a)), None)
            if mark and mark.match(text, a):
                kind = mark
                out.append([a, b])
            elif out and j + 1 < len(paras) and kind.match(text, paras[j + 1][0]):
                out[-1][1] = b
            else:
                break
            j += 1
        return [(a, b) for a, b in out]

    def states(self, m: Mention) -> bool:
        """Whether the body at ``m`` is the subject of a receipt or a stance ("Phòng X nhận được
        Văn bản số …", "Sở Y cơ bản thống nhất với …"), or of the scope it limits its own review to ("Sở Z chỉ
        thực hiện thẩm tra các nội dung sau:"; lexicon statements): no work of its own."""
        return bool(_STANCE_RE.match(self.text, m.end) or _SCOPE_AFTER_RE.match(self.text, m.end))

    def sentence_lead(self, s: int, e: int) -> str | None:
        """The body a paragraph assigns work to, or None when it assigns none."""
        scoped = self.scoped_request_lead(s, e)
        if scoped:
            return scoped
        cls = catch_alls.subject(self.text, _MARKER_RE.match(self.text, s).end(), e, self._by_start, self.body_name)
        if cls is not None and not _EXECUTION_RE.search(self.text, s, e):
            return cls or None   # "Các Bộ, ngành liên quan khác … hướng dẫn UBND …": no lead
        opening = self._by_start.get(_MARKER_RE.match(self.text, s).end())
        if opening is not None and self.body_name(opening) and _DUTY_AFTER_RE.match(self.text, opening.end):
            return self.body_name(opening)   # "- Sở Công Thương có trách nhiệm hướng dẫn Công ty X …"
        ms = [m for m in self.mentions_in(s, e) if self.body_name(m) and not self.states(m)]
        for m in ms:   # not "chỉ đạo Sở X chủ trì …", nor "theo quy định của Bộ trưởng Bộ X"
            if m.role == "lead" and not m.after_direct and not _OWNER_BEFORE_RE.search(self.text, s, m.start):
                return self.body_name(m)
        first = next((m for m in ms if m.role in ("assignee", "partner")), None)
        bare = None
        for b in _BARE_HEAD_RE.finditer(self.text, s, e):
            if first is None or b.start(1) < first.start:
                bare = b
            break
        if bare is not None and (first is None or first.role == "partner"):
            name = self._antecedent(bare.group(1), s)
            if name:
                return name
        if first is not None and first.role == "assignee":
            return self.body_name(first)
        return None

    def scoped_request_lead(self, s: int, e: int) -> str | None:
        """The party an item scopes its request to ("- Đối với 01 đơn vị kinh doanh (Công ty X): Yêu
        cầu đơn vị …" → Công ty X; "- Đối với 03 đơn vị sử dụng: Yêu cầu các đơn vị …" → "các đơn
        vị"; lexicon bodies SCOPED_REQUEST), or None."""
        m = _SCOPED_REQUEST_RE.match(self.text, s, e)
        if not m:
            return None
        for men in self.mentions_in(m.start("scope"), m.end("scope")):
            # the name as printed when no other cue gave the party a role
            name = self.body_name(men) or (men.printed(self.text) if not men.collective else None)
            if name:
                return name
        return " ".join(m.group("whom").split()) if m.group("whom") else None

    def _antecedent(self, head: str, before: int) -> str | None:
        head = {"UBND": "Ủy ban nhân dân", "Ủy ban": "Ủy ban nhân dân"}.get(head, head)
        for m in sorted(self.an.mentions, key=lambda m: -m.start):
            if m.start < before and m.head == head and self.body_name(m) and m.role in ("lead", "assignee"):
                return self.body_name(m)
        return None

    # -- (3) task tables -----------------------------------------------------------------
    def table_tasks(self, table) -> list[Task]:
        out = []
        for row in table.rows:
            lead, partners = None, []
            if row.lead:
                # "Phòng A; Trung tâm B": the first leads, the others carry it out with it
                for m in self.mentions_in(*row.lead):
                    n = self.body_name(m)
                    if n and lead is None:
                        lead = n
                    elif n and n != lead and n not in partners:
                        partners.append(n)
                if lead is None:
                    cell = self.text[row.lead[0]:row.lead[1]].strip(" .;\n")
                    lead = self.addressee_like(cell) or (cell or None)
            if row.partners:
                for m in self.mentions_in(*row.partners):
                    n = self.body_name(m)
                    if n and n != lead and n not in partners:
                        partners.append(n)
            spans = [row.deadline] if row.deadline else []
            out.append(self.make(row.task[0], row.task[1], lead, "table",
                                 deadline_spans=spans + [row.task], partners=partners))
        return out


@dataclass
class _Orphan:
    """A paragraph that assigns no work by itself: a task of the `Cơ quan chủ trì: X` line
    that may follow it (``marked``: a dash or lettered item)."""
    start: int
    end: int
    marked: bool


def _one_office_everywhere(first: Mention, other: Mention) -> bool:
    """Whether a list that opens with a collective of local units ("Phòng Kinh tế và Hạ tầng
    các huyện, Phòng Kinh tế thành phố X", "UBND các huyện, UBND thị xã Y") goes on with the
    same office of another locality: one collective ("UBND các huyện, thị xã"), not co-leads."""
    return first.collective and bool(first.levels) and other.head == first.head and bool(other.levels)


def _leaf_units(sections: list[Section], is_agency) -> list[Section]:
    """The units of assignment under an agency clause: dash items, looking through
    lettered points that only group them (a dash item keeps its own "+" sub-items)."""
    out = []
    for c in sections:
        if c.kind != "item" and not is_agency(c) and c.children:
            out += _leaf_units(c.children, is_agency)
        else:
            out.append(c)
    return out


def _lead_words(phrase: str) -> tuple[str, ...]:
    p = re.sub(rf"^\s*(?:đề nghị\s+)?(?:{lex.POSITION_PREFIX}\s+)?(?:các|những)?\s*", "", phrase, flags=re.I)
    words = re.findall(rf"[{LETTERS}]+", p.casefold())
    return tuple(words[:3]) if len(words) >= 3 else ()
