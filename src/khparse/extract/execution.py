"""The execution clause of a Quyết định / Chỉ thị gives every body it names a task.

"Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, Giám đốc Công ty X và các cá
nhân có liên quan chịu trách nhiệm thi hành Quyết định này." is one assignment with several
co-leads: each named body (the office-holder standing for the body after the position)
carries out the decision, so each gets the task; the catch-alls ("các cá nhân có liên
quan", "Thủ trưởng các cơ quan, đơn vị") name no body and get none. A body the decision
already gives work in its articles ("Điều 2. Giao Sở Y tế …") is named here again and gets
this task too: carrying out the whole decision is work of its own.
"""
from __future__ import annotations

import re

from ..lexicon import bodies as lex
from ..models import Task

_EXECUTION_RE = re.compile(lex.EXECUTION_CLAUSE, re.I)


def split(ctx, tasks: list[Task]) -> list[Task]:
    """``tasks`` with one more copy of each execution-clause task per further named body."""
    out = []
    for t in tasks:
        out.append(t)
        ex = _EXECUTION_RE.search(ctx.text, t.span[0], t.span[1])
        if not ex:
            continue
        head = ctx.text[t.span[0]:ex.start()]
        dot = [d.end() for d in re.finditer(r"\.\s+(?=\S)", head) if not re.match(r"\s*\d", head[d.end():])]
        first = t.span[0] + (dot[-1] if dot else 0)
        seen = {t.lead}
        for m in ctx.mentions_in(first, ex.start()):
            name = ctx.body_name(m)
            if name and name not in seen and m.role in ("assignee", "lead"):
                seen.add(name)
                out.append(t.model_copy(update={"lead": name, "partners": [p for p in t.partners if p != name]}))
    return out
