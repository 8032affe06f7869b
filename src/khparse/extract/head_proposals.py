"""Proposals a review note makes to the head of the office it advises.

An internal review ("Nhận xét, phản biện", "Ý kiến thẩm định") of a file examines it part by
part and ends with what it proposes the office do, addressed to the office's head: "VI. ĐỀ XUẤT
BÁO CÁO GIÁM ĐỐC SỞ / 1. Đối với hồ sơ này: … 2. Ban hành Quy trình nội bộ …". Each proposal
is a task of that office (the Sở whose Giám đốc is named), which the text names elsewhere in
full ("Sở Công Thương tỉnh X"); its findings parts give none.
"""
from __future__ import annotations

import re

from ..lexicon import requests as lex
from ..models import Task
from .bodies.names import fold
from .letter_requests import leaves

_PART_RE = re.compile(lex.HEAD_PROPOSAL_PART, re.I)


def apply(ctx, tasks: list[Task]) -> list[Task]:
    """``tasks`` with one task per item of a part that proposes to an office's head, led by that
    office, where the part has no task yet and the office is named in the text."""
    out = list(tasks)
    for part in ctx.outline.sections:
        m = _PART_RE.match(part.title or "")
        if not m or not part.children:
            continue
        lo, hi = part.body_span
        if any(lo <= t.span[0] < hi for t in out):
            continue
        office = _office(ctx, m.group("head"), m.group("rest"))
        if office is None:
            continue
        for s, e in leaves(part.children):
            s, e = ctx.span(s, e)
            if e > s:
                out.append(ctx.make(s, e, office, "clause"))
    return out


def _office(ctx, head: str, rest: str) -> str | None:
    """The office the title's head word stands for: the one body of that head the text names
    ("Sở" → "Sở Công Thương tỉnh X"), by its fullest printed form; None when it names none or
    several."""
    head_key = fold(" ".join(head.split()))
    if head_key == "ubnd":
        head_key = "ủy ban nhân dân"
    rest = " ".join(rest.split())
    found = [m for m in ctx.an.mentions if fold(m.head) == head_key and not m.collective
             and (not rest or fold(rest) in fold(m.printed(ctx.text)))]
    keys = {m.key for m in found}
    if len(keys) != 1:
        return None
    return max((m.printed(ctx.text) for m in found), key=len)
