"""Hand-offs: "A làm …, gửi B trong thời hạn … để B tổng hợp, báo cáo C trước ngày …" is two
pieces of work: A's (with the limits before "để") and B's (with the limit after it). The
annotators give B a dated task of its own; A's task keeps only its own limits. Only when the
part after "để B <verb>" sets a time limit of its own: "… để UBND tỉnh xem xét" (no limit) is
the purpose of A's work, not work given to B.
"""
from __future__ import annotations

import re

from ..lexicon import handoffs as lex
from ..models import Task

_CUE_RE = re.compile(lex.HANDOFF_CUE, re.I)
_VERB_RE = re.compile(lex.HANDOFF_VERB)


def split(ctx, tasks: list[Task]) -> list[Task]:
    """``tasks`` with each hand-off cut off its task and given to the body it names (once per
    span, though the span is shared by co-leads)."""
    out: list[Task] = []
    handed: set[tuple[int, int]] = set()
    for t in tasks:
        cut = _handoff(ctx, t) if t.source in ("sentence", "clause") else None
        if cut is None:
            out.append(t)
            continue
        at, men, name = cut
        out.append(ctx.make(t.span[0], at, t.lead, t.source, section=t.section))
        if tuple(t.span) not in handed:
            handed.add(tuple(t.span))
            out.append(ctx.make(men.start, t.span[1], name, t.source, section=t.section))
    return out


def _handoff(ctx, t: Task):
    """(where "để" starts, the mention after it, its body) for the last hand-off of ``t`` whose
    part sets a limit of its own, or None."""
    s, e = t.span
    for cue in reversed(list(_CUE_RE.finditer(ctx.text, s, e))):
        men = next((m for m in ctx.mentions_in(cue.end(), cue.end() + 1) if m.start == cue.end()), None)
        name = ctx.body_name(men) if men else None
        if not name or name == t.lead or not _VERB_RE.match(ctx.text, men.end, e):
            continue
        if not ctx.deadlines_in((men.end, e)) or not ctx.text[s:cue.start()].strip():
            continue
        return cue.start(), men, name
    return None
