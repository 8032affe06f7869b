"""A unit written with the body it belongs to: "Phòng Cảnh sát QLHC về TTXH (PC06) - Công an
tỉnh Lào Cai", "Chi nhánh Yên Bái - Công ty cổ phần X". The dash joins the unit to its
parent: one body is named, the parent, and the unit's name is one of its forms — not a
second body beside "Công an tỉnh" named again in the execution clause.
"""
from __future__ import annotations

import re

from ...lexicon import bodies as lex
from ...span_index import ByOffset
from .names import Mention, fold

_DASH_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[-–][ \t]*")


def share_parent_keys(text: str, mentions: list[Mention], issuer: list[Mention] = ()) -> None:
    """Give a unit mention followed by " - <parent>" its parent's key (after ``set_keys``). A
    unit of the ``issuer`` itself ("Trưởng phòng Quản lý công nghiệp - Sở Công Thương" in the
    Sở's decision) stays a body of its own: the issuer is none of its text."""
    own = {(o.head.casefold(), o.field_key and fold(o.field_key.replace("|", " "))) for o in issuer}
    by_start = ByOffset(mentions, key=lambda m: m.start)
    for m in mentions:
        if m.head not in lex.SUB_UNIT_HEADS:
            continue
        d = _DASH_RE.match(text, m.end)
        if not d:
            continue
        nxt = [p for p in by_start.between(d.end(), d.end() + 1) if p.start == d.end()]
        if nxt and nxt[0].head != m.head and nxt[0].head not in lex.SUB_UNIT_HEADS and \
                (nxt[0].head.casefold(), nxt[0].field_key and fold(nxt[0].field_key.replace("|", " "))) not in own:
            m.key, m.unit_of = nxt[0].key, nxt[0].end
