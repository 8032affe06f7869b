"""A task that is the event a plan schedules takes the event's day.

A plan that sets when an event is held on a line of its own ("1. Thời gian kiểm tra: 13h30' ngày
07/7/2026") and gives a body the job of holding it ("1. Tổ chức kiểm tra kỹ thuật an toàn …",
"- Chủ trì buổi tập huấn …") sets that job's day: the job *is* the event. Other jobs (prepare the
papers, report the results) keep no date. Only when the plan names one day for that event.
"""
from __future__ import annotations

import re

from ..lexicon import time as lex
from ..models import Deadline, Task

_EVENT_LINE_RE = re.compile(lex.EVENT_TIME_LINE, re.I)
_HOLDER_RE = re.compile(lex.EVENT_HOLDER, re.I)


def _event_of(text: str, d: Deadline) -> str | None:
    """The event word of the "Thời gian <event>:" line the dated deadline ``d`` sits on."""
    line = text.rfind("\n", 0, d.span[0]) + 1
    m = _EVENT_LINE_RE.match(text, line, d.span[0])
    return " ".join(m.group("event").lower().split()) if m else None


def apply(text: str, tasks: list[Task], deadlines: list[Deadline]) -> list[Task]:
    events: dict[str, list[Deadline]] = {}
    for d in deadlines:
        if d.date and len(d.date) == 10:
            ev = _event_of(text, d)
            if ev:
                events.setdefault(ev, []).append(d)
    if not events:
        return tasks
    out = []
    for t in tasks:
        if not t.deadlines:
            m = _HOLDER_RE.match(text, t.span[0], t.span[1])
            if m:
                tail = " ".join(text[m.end():m.end() + 40].lower().split())
                for ev, ds in events.items():
                    if len({d.date for d in ds}) == 1 and re.match(rf"{re.escape(ev)}(?![^\W\d_])", tail):
                        t = t.model_copy(update={"deadline": ds[0], "deadlines": [ds[0]]})
                        break
        out.append(t)
    return out
