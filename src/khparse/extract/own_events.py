"""A body that names itself as holding the event its letter announces has that work.

"Để có đủ cơ sở thẩm định, Sở Công Thương tổ chức buổi kiểm tra thực tế tại Công ty X với một số nội
dung sau: - Thời gian: … - Địa điểm: …": the writer assigns itself the inspection by name (genre issue
10: the issuer giving itself work by name is a lead). The paragraph opens with the body's name (after
a purpose clause at most) and goes on with the organising verb and a held event (lexicon time
OWN_EVENT_OPENING, OWN_EVENT_VERB). Reports, accounts of work done and invitations (OWN_EVENT_NOT_IN)
are left alone.
"""
from __future__ import annotations

import re

from ..lexicon import time as lex
from ..span_index import Cover

_OPENING_RE = re.compile(lex.OWN_EVENT_OPENING)
_VERB_RE = re.compile(lex.OWN_EVENT_VERB, re.I)
NOT_IN = lex.OWN_EVENT_NOT_IN   # document types whose announced event is no work of the writer


def apply(ctx, paras, tasks, skip):
    """``tasks`` with one task for each paragraph of ``paras`` (not inside ``skip`` nor a task)
    in which a body announces it holds the event."""
    taken = Cover([t.span for t in tasks] + list(skip))
    out = list(tasks)
    for s, e in paras:
        if s in taken:
            continue
        men = next((x for x in ctx.mentions_in(s, e) if _VERB_RE.match(ctx.text, x.end, e)), None)
        if men is None or men.collective or not _OPENING_RE.fullmatch(ctx.text, s, men.start):
            continue
        lead = ctx.body_name(men) or men.printed(ctx.text)
        out.append(ctx.make(s, e, lead, "sentence"))
    return out
