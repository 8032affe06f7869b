"""Requests a record of an appraisal or inspection makes of the firm it is about.

A Biên bản thẩm định / kiểm tra names the firm whose file or site it examined ("- Tên đơn vị:
Công ty X.") and, point by point, records findings; a point may end in a request to the firm,
written generically ("đề nghị đơn vị chủ động đăng kiểm lại …", "Đề nghị trong quá trình vận
chuyển doanh nghiệp tuân thủ …", "…, đề nghị bổ sung …"). Each point (lettered point or
numbered clause) that holds such requests is one task of the firm; its findings are no work.
A recommendation to the recording office's own leaders ("3. Nhận xét, kiến nghị của Phòng X: …
Đề nghị Lãnh đạo Phòng báo cáo, trình …") is a task of that office.
"""
from __future__ import annotations

import re

from ..lexicon import requests as lex
from ..models import Task
from . import holder_duties
from .letter_requests import CONDITIONAL_RE, bare_request, leaves

_FIRM_ASK_RE = re.compile(lex.RECORD_FIRM_REQUEST, re.I)
_LEADERS_RE = re.compile(lex.RECORD_LEADERS_REQUEST, re.I)
_OWN_OFFICE_RE = re.compile(lex.RECORD_OWN_OFFICE_TITLE, re.I)
_OPENING_RE = re.compile(lex.RECORD_OPENING, re.I)
_REQUEST_PART_RE = re.compile(lex.RECORD_REQUEST_PART, re.I)
_DISCLAIMER_RE = re.compile(lex.RECORD_DISCLAIMER, re.I)
_OWNER_MARK_RE = re.compile(lex.RECORD_OWNER_MARK)


def apply(ctx, tasks: list[Task]) -> list[Task]:
    """``tasks`` of a record with the firm's requested points and the own office's
    recommendation added (where no task covers them yet)."""
    text = ctx.text
    tasks = [t for t in tasks if not _OPENING_RE.match(t.text)]
    firm = holder_duties.holder(ctx) or _owner(ctx)
    if firm is not None:
        tasks = _request_parts(ctx, tasks, firm)
    groups: dict[tuple[int, int], list[list[int]]] = {}
    office: list[Task] = []
    for s, e in ctx.body_paras:
        if any(t.span[0] <= s < t.span[1] or s <= t.span[0] < e for t in tasks):
            continue
        chain = [c for c in ctx.outline.chain_at(s) if c.kind != "item"]
        lead = _office_asked(ctx, chain, s, e)
        if lead:
            office.append(ctx.make(s, e, lead, "sentence"))
            continue
        if firm is None or not chain or not _asks_firm(text, s, e):
            continue
        key = tuple(chain[-1].body_span)
        spans = groups.setdefault(key, [])
        if spans:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    made = [ctx.make(a, b, firm, "sentence") for spans in groups.values() for a, b in spans]
    return tasks + made + office


def _asks_firm(text: str, s: int, e: int) -> bool:
    for m in _FIRM_ASK_RE.finditer(text, s, e):
        sentence = re.split(r"[.;!?]\s+", text[s:m.start()])[-1]
        if not CONDITIONAL_RE.search(sentence):
            return True
    return bare_request(text, s, e) is not None


def _office_asked(ctx, chain, s: int, e: int) -> str | None:
    """The office a "Đề nghị Lãnh đạo Phòng …" asks: the one the part's title names ("Nhận xét,
    kiến nghị của Phòng X"), when its head is the same word."""
    m = _LEADERS_RE.search(ctx.text, s, e)
    if not m:
        return None
    for sec in reversed(chain):
        t = _OWN_OFFICE_RE.search(sec.title or "")
        if t and t.group("name").split()[0].casefold() == m.group("head").casefold():
            return t.group("name").strip(" .:;")
    return None


def _owner(ctx) -> str | None:
    """The party the attendance list marks as the project's owner ("Đại diện Công ty X (chủ đầu
    tư)"), as the bodies stage names it when it has it."""
    m = _OWNER_MARK_RE.search(ctx.text, 0, ctx.an.end if ctx.an.end else len(ctx.text))
    if not m:
        return None
    name = " ".join(m.group("name").split())
    key = name.casefold()
    for b in ctx.an.bodies:
        if any(" ".join(n.split()).casefold() == key for n in (b.name, *b.aliases)):
            return b.name
    return name


def _request_parts(ctx, tasks: list[Task], firm: str) -> list[Task]:
    """Each item of a part that lists the office's requirements ("1. Yêu cầu của Sở X") as one
    task of the firm examined, in place of what the part gave before; an item that only bounds
    what the inspection vouches for is none."""
    parts = [s for s in ctx.outline.all_sections() if s.kind != "item" and s.title
             and _REQUEST_PART_RE.match(s.title)]
    parts = [p for p in parts if not any(q is not p and p.span[0] <= q.span[0] < p.body_span[1] for q in parts)]
    out = list(tasks)
    for part in parts:
        lo, hi = part.body_span
        units = leaves(part.children) if part.children else [(a, b) for a, b in ctx.body_paras if lo <= a < hi]
        made = []
        for a, b in units:
            a, b = ctx.span(a, b)
            if b > a and not _DISCLAIMER_RE.match(ctx.text, a):
                made.append(ctx.make(a, b, firm, "clause"))
        if made:
            out = [t for t in out if not lo <= t.span[0] < hi] + made
    return out
