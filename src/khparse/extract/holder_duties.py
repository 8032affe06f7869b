"""The duties a licence or certificate sets its holder, and the copies it is sent as.

A Giấy phép or Giấy chứng nhận đăng ký đầu tư names the firm it is issued to near its top
("Chứng nhận nhà đầu tư: / Tên doanh nghiệp: Công ty X.", "Điều 1. Cho phép Công ty Y …")
and then refers to it by its role in a part of its own: "Điều 3. Các quy định đối với nhà
đầu tư thực hiện dự án", "Trách nhiệm của tổ chức được cấp phép". Each item of that part
(its numbered clauses, and the dashes under a clause that only heads them) is one task led by
the holder. A line recording the holder's papers ("Giấy chứng nhận đăng ký doanh nghiệp số …
do Sở X cấp …") gives the issuing offices no work, and the clause that says who is sent a
copy ("… được lập thành 02 bản; đồng thời sao gửi đến: Sở X, Sở Y …") gives the bodies it
lists none.
"""
from __future__ import annotations

import re

from ..lexicon import requests as lex
from ..models import Task
from .letter_requests import leaves

_HOLDER_RE = re.compile(lex.HOLDER_LINE)
_PART_RE = re.compile(lex.HOLDER_DUTY_PART, re.I)
_COPIES_RE = re.compile(lex.COPIES_CLAUSE, re.I)
_ASSIGNS_RE = re.compile(lex.ASSIGNS_BEFORE, re.I)
_PAPER_RE = re.compile(lex.PAPER_RECORD, re.I)
_MUST_RE = re.compile(lex.MUST, re.I)


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def holder_line(ctx) -> re.Match | None:
    """The line that names the firm the document is issued to (lexicon HOLDER_LINE), or None."""
    return _HOLDER_RE.search(ctx.text, 0, ctx.an.end if ctx.an.end else len(ctx.text))


def holder(ctx) -> str | None:
    """The firm the document is issued to, as the bodies stage names it when it has it, else as
    printed; None when no line names one."""
    m = holder_line(ctx)
    if not m:
        return None
    name = m.group("name").strip()
    key = _fold(name)
    for b in ctx.an.bodies:
        if any(_fold(n) == key for n in (b.name, *b.aliases)):
            return b.name
    return name


def apply(ctx, tasks: list[Task], doc_type: str | None = None) -> list[Task]:
    """``tasks`` with the holder's duties part given to the holder, one task per item, and the
    tasks of a copies clause dropped. A plan or report (``doc_type``) has no one holder."""
    tasks = [t for t in tasks if not _copies_only(t.text) and not _paper_record(t.text)]
    if doc_type in lex.PLAN_TYPES:
        return tasks
    parts = [s for s in ctx.outline.all_sections() if s.title and _PART_RE.match(s.title)]
    parts = [p for p in parts if not any(q is not p and q.span[0] <= p.span[0] < q.body_span[1] for q in parts)]
    if not parts:
        return tasks
    who = holder(ctx)
    if who is None:
        return tasks
    out = list(tasks)
    for part in parts:
        lo, hi = part.body_span
        units = leaves(part.children) if part.children else [tuple(part.body_span)]
        made = []
        had = {(t.span, t.lead): t for t in out}
        for s, e in units:
            s, e = ctx.span(s, e)
            if e > s and not ctx.states_a_right(s):
                made.append(had.get(((s, e), who)) or ctx.make(s, e, who, "clause"))
        if made:
            out = [t for t in out if not lo <= t.span[0] < hi] + made
    return out


def _paper_record(text: str) -> bool:
    """A line recording the holder's papers, with nothing asked in it."""
    return bool(_PAPER_RE.match(text)) and not _ASSIGNS_RE.search(text) and not _MUST_RE.search(text)


def _copies_only(text: str) -> bool:
    m = _COPIES_RE.search(text)
    return bool(m) and not _ASSIGNS_RE.search(text, 0, m.start())
