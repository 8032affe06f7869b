"""A class of bodies as the subject of a paragraph ("7. Các Bộ, ngành liên quan khác trong phạm vi
chức năng, nhiệm vụ, tăng cường quản lý … và hướng dẫn Ủy ban nhân dân các tỉnh … thực hiện …").

No one body is named as the subject, so the bodies the paragraph names after it are the objects of
the work (whom the class guides, directs, reports to), not its leads; and a catch-all is neither a
body nor a lead (holdout4 NOTES-A), so the paragraph gives no task. A class named with a body as a
joint subject ("9. Các Bộ, ngành và Ủy ban nhân dân các tỉnh … chỉ đạo …") gives the work to that
body.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import co_leads as co_lex

_CLASS_RE = re.compile(co_lex.CLASS_SUBJECT)
_JOIN_RE = re.compile(r"[ \t]*(?:,|và)[ \t]*(?:và[ \t]+)?")
# what follows the class as a subject: its work (a lower-case word), not the rest of a name
_PREDICATE_RE = re.compile(r"[ \t]+[a-zđà-ỹ]")


def subject(text: str, pos: int, end: int, by_start: dict, body_name: Callable) -> str | None:
    """The lead of the paragraph from ``pos`` to ``end`` when it opens with a class of bodies: the
    body named with the class as a joint subject, else "" (no lead: the class's work is no task);
    None when no class opens it, or when no work follows it (a heading "2. Các bộ, ngành", a list
    "Các Sở: Y tế, …"), so the paragraph is read as before."""
    if pos in by_start:
        return None
    m = _CLASS_RE.match(text, pos, end)
    if not m or not (m.group("more") or m.group("tail")):
        return None
    name = _joint_body(text, m.end(), end, by_start, body_name)
    if name:
        return name
    if not _PREDICATE_RE.match(text, m.end(), end) or len(text[m.end():end].split()) < 3:
        return None   # "Các Sở: Y tế, Nội vụ …" names its bodies; "2. Các bộ, ngành" is a heading
    return ""


def _joint_body(text: str, pos: int, end: int, by_start: dict, body_name: Callable) -> str | None:
    """The body that goes on the class's subject list ("Các bộ, ngành và Ủy ban nhân dân các tỉnh …",
    "Các sở, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân quận, huyện chủ động …"): a body named
    at the start of one of the next few short comma-separated items, or None."""
    for _ in range(3):
        join = _JOIN_RE.match(text, pos, end)
        if join:
            men = by_start.get(join.end())
            name = body_name(men) if men is not None else None
            if name:
                return name
        comma = text.find(",", pos, min(end, pos + 40))
        if comma < 0 or any(ch in text[pos:comma] for ch in ".;:\n"):
            return None
        pos = comma
    return None
