"""The request of a submission (Tờ trình, Phiếu trình).

A submission asks the body it is sent to (Kính gửi) for a decision: "Sở X kính trình UBND
tỉnh xem xét, ban hành Quyết định …", or a numbered list under "Sở X đề nghị UBND tỉnh một
số nội dung sau:". That request is its work, led by the addressee (the annotators count it as
one task, or one per numbered item). The background parts — how the draft was made, the
appraisal, the opinions of other bodies, the content of the decision asked for — recount or
describe, and give no task. A closing that asks for nothing named ("… kính đề nghị UBND tỉnh
xem xét, chỉ đạo./.") is a formula.
"""
from __future__ import annotations

import re

from ..lexicon import requests as lex
from ..models import Task
from . import letter_requests

_PART_RE = re.compile(lex.SUBMISSION_REQUEST_PART, re.I)
_CUE_RE = re.compile(lex.SUBMISSION_CUE, re.I)
_BARE_RE = re.compile(lex.SUBMISSION_BARE_CLOSING, re.I)
_ITEM_RE = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s")


def narrow(ctx, tasks: list[Task], paras: list[tuple[int, int]]) -> list[Task]:
    """``tasks`` of a submission reduced to its request; ``paras``: the body's paragraphs."""
    who = letter_requests.addressee_of(ctx)
    if who is None:
        return tasks
    text = ctx.text

    def in_request_part(pos: int) -> bool:
        return any(s.level == 1 and s.title and _PART_RE.match(s.title) for s in ctx.outline.chain_at(pos))

    def bare(s: int, e: int) -> bool:
        m = _CUE_RE.search(text, s, e)
        return bool(m) and bool(_BARE_RE.match(text[m.start():e].strip()))

    kept = [t for t in tasks if in_request_part(t.span[0]) and not bare(*t.span)
            and (_ITEM_RE.match(t.text) or _CUE_RE.search(t.text))]
    if kept:
        return kept
    asks = [(s, e) for s, e in paras if _CUE_RE.search(text, s, e) and not bare(s, e)]
    asks = [p for p in asks if in_request_part(p[0])] or asks
    if not asks:
        return []
    s, e = ctx.span(*asks[0])
    return [ctx.make(s, e, who.lead, "sentence")]


_TRANSMITTAL_RE = re.compile(lex.TRANSMITTAL_CUE, re.I)


def forwarded(ctx, tasks: list[Task], paras: list[tuple[int, int]]) -> list[Task]:
    """A transmittal's one task: the paragraph that forwards the file to the addressee "để chủ
    trì, xem xét, giải quyết …", led by the addressee; its account of the file received gives
    none. ``tasks`` unchanged when no such paragraph is found."""
    who = letter_requests.addressee_of(ctx)
    if who is None:
        return tasks
    for s, e in paras:
        if _TRANSMITTAL_RE.search(ctx.text, s, e):
            s, e = ctx.span(s, e)
            return [ctx.make(s, e, who.lead, "sentence")]
    return tasks


_CONCLUSION_RE = re.compile(lex.RECORD_CONCLUSION_PART, re.I)
_RECORD_ASKS_RE = re.compile(lex.RECORD_ASKS, re.I)


def concluded(ctx, tasks: list[Task]) -> list[Task]:
    """A record's tasks: those in its conclusions part ("III. Các ý kiến thống nhất"), when it
    has one; otherwise those that ask or assign work. The attendance list, the opening ("Hôm
    nay, … Sở X tiến hành kiểm tra …") and each party's opinions give none."""
    def in_conclusions(pos: int) -> bool:
        return any(s.level == 1 and s.title and _CONCLUSION_RE.match(s.title) for s in ctx.outline.chain_at(pos))

    if any(s.level == 1 and s.title and _CONCLUSION_RE.match(s.title) for s in ctx.outline.sections):
        return [t for t in tasks if in_conclusions(t.span[0])]
    return [t for t in tasks if _RECORD_ASKS_RE.search(t.text)]
