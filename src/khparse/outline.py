"""The document's structure as later extractors query it: regions and the section tree.

Built by :mod:`khparse.sections`; extractors only read it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon.structure import ATTACHED_DOCUMENT, REPORT_OUTLINE, REPORT_PART
from .models import Appendix, Section
from .span_index import Cover, Stabbing

_REPORT_PART_RE = re.compile(REPORT_PART, re.I)
_ATTACHED_RE = re.compile(ATTACHED_DOCUMENT)
_REPORT_OUTLINE_RE = re.compile(REPORT_OUTLINE, re.I)


def tagged_agency(sec: Section) -> bool:
    """The sectioner's own answer: the heading names a body (``Section.agency``)."""
    return bool(sec.agency)


@dataclass
class Outline:
    sections: list[Section]                 # main-body heading tree (top level first)
    appendices: list[Appendix] = field(default_factory=list)
    header_end: int = 0                     # body starts here (after type line, title, Kính gửi)
    body_end: int = 0                       # closing block (Nơi nhận, signature) starts here
    text_len: int = 0
    recipients_at: int | None = None        # the "Nơi nhận:" line, when there is one
    _flat: list[Section] = field(default_factory=list, repr=False)
    _chains: Stabbing[Section] | None = field(default=None, repr=False)
    _appendix_cover: Cover | None = field(default=None, repr=False)
    _attached_cover: Cover | None = field(default=None, repr=False)
    _outline_cover: Cover | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        def walk(nodes):
            for n in nodes:
                self._flat.append(n)
                walk(n.children)
        walk(self.sections)
        for a in self.appendices:
            walk(a.sections)
        self._flat.sort(key=lambda s: (s.body_span[0], s.level))
        # asked per sentence, date, goal and task: one sweep now, one bisect per question
        self._chains = Stabbing(self._flat, span=lambda s: s.body_span, rank=lambda s: s.level)
        self._appendix_cover = Cover(a.span for a in self.appendices)
        self._attached_cover = Cover(a.span for a in self.appendices
                                     if _ATTACHED_RE.match(a.title or ""))
        self._outline_cover = Cover(a.span for a in self.appendices
                                    if _REPORT_OUTLINE_RE.search(a.title or ""))

    def all_sections(self) -> list[Section]:
        return list(self._flat)

    def chain_at(self, offset: int) -> list[Section]:
        """Sections containing ``offset``, outermost first."""
        return self._chains.at(offset)

    def section_at(self, offset: int) -> Section | None:
        chain = self.chain_at(offset)
        return chain[-1] if chain else None

    def path_at(self, offset: int) -> str | None:
        s = self.section_at(offset)
        return s.path if s else None

    def body_bounds(self) -> tuple[int, int]:
        """The body as one stretch, for readers of whole paragraphs (bodies, tasks). When the
        sectioner found neither a header nor a heading, only "Nơi nhận" is trusted to close it:
        an attachment printed on its own opens with "(Kèm theo Quyết định …)", which elsewhere
        marks an appendix after the signature."""
        if self.sections or self.header_end:
            return self.header_end, self.body_end or self.text_len
        return 0, self.text_len if self.recipients_at is None else self.recipients_at

    def in_body(self, offset: int) -> bool:
        return self.header_end <= offset < (self.body_end or self.text_len)

    def in_appendix(self, offset: int) -> bool:
        return offset in self._appendix_cover

    def in_attached_document(self, offset: int) -> bool:
        """Inside an appendix that is a document of its own (a plan attached to a decision)."""
        return offset in self._attached_cover

    def in_report_outline(self, offset: int) -> bool:
        """Inside an appendix that lays out a report asked for ("ĐỀ CƯƠNG BÁO CÁO"): its items
        are the report's contents, not work."""
        return offset in self._outline_cover

    def in_agency_clause(self, offset: int, is_agency: Callable[[Section], bool] = tagged_agency,
                         above: Section | None = None) -> bool:
        """Whether ``offset`` lies inside an agency clause ("1. Sở Y tế: …"); ``is_agency``
        narrows or widens what counts as one, ``above`` counts only clauses higher than it."""
        return any(is_agency(s) and (above is None or (s is not above and s.level < above.level))
                   for s in self.chain_at(offset))

    def in_report_part(self, offset: int) -> bool:
        """Inside a top-level part that reports results or the situation ("I. KẾT QUẢ …",
        "Đánh giá tình hình"): what it states happened, it is not set as work or aim."""
        return any(s.level == 1 and s.title and _REPORT_PART_RE.search(s.title)
                   for s in self.chain_at(offset))
