"""The document's structure as later extractors query it: regions and the section tree.

Built by :mod:`khparse.sections`; extractors only read it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .models import Appendix, Section


@dataclass
class Outline:
    sections: list[Section]                 # main-body heading tree (top level first)
    appendices: list[Appendix] = field(default_factory=list)
    header_end: int = 0                     # body starts here (after type line, title, Kính gửi)
    body_end: int = 0                       # closing block (Nơi nhận, signature) starts here
    text_len: int = 0
    _flat: list[Section] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        def walk(nodes):
            for n in nodes:
                self._flat.append(n)
                walk(n.children)
        walk(self.sections)
        for a in self.appendices:
            walk(a.sections)
        self._flat.sort(key=lambda s: (s.body_span[0], s.level))
        self._starts = [s.body_span[0] for s in self._flat]

    def all_sections(self) -> list[Section]:
        return list(self._flat)

    def chain_at(self, offset: int) -> list[Section]:
        """Sections containing ``offset``, outermost first."""
        i = bisect.bisect_right(self._starts, offset)
        found = [s for s in self._flat[:i] if s.body_span[0] <= offset < s.body_span[1]]
        found.sort(key=lambda s: s.level)
        return found

    def section_at(self, offset: int) -> Section | None:
        chain = self.chain_at(offset)
        return chain[-1] if chain else None

    def path_at(self, offset: int) -> str | None:
        s = self.section_at(offset)
        return s.path if s else None

    def in_body(self, offset: int) -> bool:
        return self.header_end <= offset < (self.body_end or self.text_len)

    def in_appendix(self, offset: int) -> bool:
        return any(a.span[0] <= offset < a.span[1] for a in self.appendices)
