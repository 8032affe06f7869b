"""A bare "Chánh Văn phòng" names the issuer's own office.

"Điều 3. Chánh Văn phòng, Trưởng phòng Kế hoạch - Tài chính và … chịu trách nhiệm thi hành
Quyết định này": the office-holder stands for "Văn phòng Sở" in a Sở's decision, for
"Văn phòng UBND tỉnh" in the province's. The office is named after the issuer's head, field
and place, so it joins the other mentions of that office ("Văn phòng Sở Y tế").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import bodies as lex
from .names import Mention, find_mentions

_BARE_RE = re.compile(lex.BARE_OWN_OFFICE)


def own_office(text: str, mentions: list[Mention], issuer: str | None) -> list[Mention]:
    """Mentions of the issuer's office for each bare "Chánh Văn phòng" no mention covers."""
    parents = find_mentions(issuer) if issuer else []
    head = lex.OWN_OFFICE_OF.get(parents[0].head) if parents else None
    if not head:
        return []
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for b in _BARE_RE.finditer(text):
        s, e = b.span(1)
        tail = b.group(2) and " ".join(b.group(2).split())
        if tail and (tail not in lex.OWN_OFFICE_TAIL.get(parents[0].head, ())
                     or parents[0].levels and tail != parents[0].levels[0] and tail not in ("Sở", "Bộ")):
            continue   # "Chánh Văn phòng tỉnh" in a Sở's decision: not its own office
        if any(a < e and s < z for a, z in taken):
            continue
        office = replace(parents[0], start=s, end=e, head=head, head_text=text[s:e], cut=[],
                         bare=text[s:e], role=None, passive=False, collective=False)
        out.append(office)
    return out
