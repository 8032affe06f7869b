"""The bodies a letter without `Kính gửi` asks things of by referring back to them.

A notice of inspection results often has no Kính gửi: it names the inspected bodies in its
findings ("… của các đơn vị: Công ty A (…); Tổng công ty B (…); Công ty C (…) cho thấy …")
and then asks them for work as "các đơn vị nêu trên" ("Sở X yêu cầu đơn vị nêu trên thực
hiện các nội dung sau:"). The bodies of the nearest paragraph above the request that names
any (the issuer aside) are the ones it means: they stand in for the Kính gửi list. A
paragraph wrapped over several lines (a scan's text) is one paragraph.
"""
from __future__ import annotations

import re

from ...lexicon import requests as lex
from .. import prose
from .names import Mention, find_mentions
from .roles import loose_key

_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                  for w in sorted(lex.ANY_REFS + lex.FIRM_REFS, key=len, reverse=True))
_BACK_REF_RE = re.compile(
    rf"(?<![^\W\d_]){lex.REQUEST_CUE}\s+{lex.REF_LEAD}(?:{_WORDS})\s+{lex.NAMED_ABOVE}", re.I)

# the subject of what was done ("Đoàn kiểm tra đã làm việc tại …") did the inspecting: the
# bodies meant are those it dealt with
_ACTED_RE = re.compile(r"\s+(?:(?:cũng|vừa)\s+)?đã\b", re.I)


def referents(text: str, mentions: list[Mention], lines: list[tuple[int, int]],
              issuer: str | None) -> list[tuple[int, int]]:
    """Spans of the mentions a back-reference request points to (one per body, in text
    order); [] when the text asks nothing of bodies named above."""
    ask = next((m for s, e in lines for m in _BACK_REF_RE.finditer(text, s, e)), None)
    if ask is None:
        return []
    own = {loose_key(m) for m in find_mentions(issuer)} if issuer else set()
    named = sorted((m for m in mentions if loose_key(m) not in own and not _ACTED_RE.match(text, m.end)),
                   key=lambda m: m.start)
    # a scan's lines are wrapped: the paragraph is read over its lines joined back
    for s, e in reversed(prose.join_wrapped(text, [ln for ln in lines if ln[0] < ask.start()], ".:;!?")):
        inside = [m for m in named if s <= m.start and m.end <= min(e, ask.start())]
        if inside:
            out, seen = [], set()
            for m in inside:
                if loose_key(m) not in seen:
                    seen.add(loose_key(m))
                    out.append((m.start, m.end))
            return out
    return []
