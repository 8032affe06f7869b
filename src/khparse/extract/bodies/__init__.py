"""Responsible bodies: agencies given work, asked to coordinate, or addressed.

Three steps: (1) recognize name mentions (names.py); (2) give each a role from the words
around it (roles.py) or from identity's Kính gửi list (addressees.py); (3) fold mentions of
one real body into one Body and keep bodies with a role (clusters.py). ``analyze`` returns
the whole analysis (mentions, bodies, which body each mention is), which the tasks
extractor is handed; ``extract`` the Body list of the Plan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Document
from ...lexicon.identity import NEWS_TYPE
from ...lexicon.bodies import ACTION_VERBS, FIRM_NOUN_VERBS, LEAD_IN_TAIL, PREDICATE_START
from ...models import Body, DocumentInfo, Reference
from ...outline import Outline
from ...span_index import ByOffset, Cover
from .. import prose
from ..task_table import find_task_tables
from .addressees import mark_addressees
from .clusters import Addressee, cluster, set_keys, with_task_roles  # noqa: F401  (used by the pipeline)
from .names import L, LO, MARKER, UP, Mention, find_mentions, fold
from .own_office import own_office
from .referents import referents
from .roles import CUE_RE, assign_roles, drop_attendees, drop_basis, drop_issuer, drop_recounted, drop_submitter
from .speakers import is_joint, issuer_name
from .subunits import share_parent_keys
from .task_leads import with_task_leads  # noqa: F401  (used by the pipeline)
from .wrapped import join_wrapped



@dataclass
class BodyAnalysis:
    """The bodies stage's reading of a document, handed on to the tasks extractor: every
    mention with its role and ``body`` (an index into ``bodies``), the bodies of the Plan,
    the addressee items, and the stretch of text read as the body."""
    mentions: list[Mention]
    bodies: list[Body]
    addressees: list[Addressee]
    start: int
    end: int
    referred: bool = False   # the addressees are bodies named above, not a Kính gửi list


def analyze(doc: Document, outline: Outline, info: DocumentInfo | None = None,
            refs: list[Reference] | None = None,
            addressees: list[tuple[int, int]] | None = None) -> BodyAnalysis:
    """``addressees``: the spans of identity's Kính gửi items."""
    text = doc.text
    start, end = outline.body_bounds()
    doc_abbr: dict[str, str] = {}
    if _DEF_HINT_RE.search(text):
        find_mentions(text, 0, end, doc_abbr)        # first pass collects "(LĐTB&XH)"
    mentions = join_wrapped(text, find_mentions(text, 0, len(text), doc_abbr))
    in_refs = Cover(r.span for r in refs or [])
    mentions = [m for m in mentions if m.start not in in_refs]
    office = own_office(text, mentions, info.issuer if info else None)
    if office:
        mentions = sorted(mentions + office, key=lambda m: m.start)
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    tables = find_task_tables(doc)
    slots = _slots(text, tables)
    for sec in outline.all_sections():
        if sec.agency:   # the sectioner's agency heading holds the full name
            eol = text.find("\n", sec.span[0])
            i = text.find(sec.agency, sec.span[0], len(text) if eol < 0 else eol)
            if i >= 0:
                slots.append((i, i + len(sec.agency)))
    _fill_slots(text, by_offset, slots)
    zones = [(start, end)] + [tuple(a.span) for a in outline.appendices if a.span[0] >= end]
    regions = [r for a, b in zones for r in prose.lines(text, a, b)]
    headings = frozenset(text.rfind("\n", 0, sec.span[0]) + 1 for sec in outline.all_sections())
    in_tables = Cover(t.span for t in tables)   # a task table's cells get their roles below
    cells = Cover((b.start, b.end) for b in doc.blocks if b.kind == "cell" and b.start not in in_tables)
    # a joint text ("Hướng dẫn liên ngành", "Kế hoạch liên tịch"): the issuer read is one of its
    # co-issuers, each of which takes its share of the work, the writer included
    speaker = issuer_name(info.issuer, info.parent_issuer) if info and not is_joint(info) else None
    assign_roles(text, mentions, regions, issuer=speaker, headings=headings,
                 cells=cells)
    if info and info.type != NEWS_TYPE and speaker:   # a news item's "issuer" is the plan's, which acts in it
        drop_issuer(mentions, speaker, info.parent_issuer)
    drop_submitter(text, mentions)
    drop_basis(text, mentions)
    drop_recounted(text, mentions, outline.in_report_part)
    drop_attendees(mentions, lambda o: [s.title for s in outline.chain_at(o)])
    in_zones = Cover(zones)
    for m in mentions:
        if m.start not in in_zones:
            m.role = None
    # table cells: the lead and partner columns give roles whatever the wording
    for table in tables:
        for row in table.rows:
            for span, role in ((row.lead, "lead"), (row.partners, "partner")):
                if span:
                    for m in by_offset.between(span[0], span[1]):
                        m.role, m.passive = role, False
    addr = list(addressees or [])
    referred = False
    if not addr:   # "yêu cầu các đơn vị nêu trên …": the bodies named above are addressed
        addr = referents(text, mentions, prose.lines(text, start, end), info.issuer if info else None)
        referred = bool(addr)
    addr_spans = mark_addressees(text, addr, mentions)
    set_keys(mentions)
    share_parent_keys(text, mentions, find_mentions(info.issuer) if info and info.issuer else [])
    bodies, addressed = cluster(text, mentions, addr_spans)
    return BodyAnalysis(mentions=mentions, bodies=bodies, addressees=addressed, start=start, end=end,
                        referred=referred)


_DEF_HINT_RE = re.compile(rf"\((?:[^()\n]{{0,25}}là\s*)?\s*[{UP}]{{2,}}")
_GAP_RE = re.compile(rf"(?:[ \t]+(?:[{LO}]+|và)){{1,6}}[ \t]*")
LEAD_IN_TAIL_RE = re.compile(LEAD_IN_TAIL, re.I)   # "… một số nội dung như sau:"
_PREDICATE_RE = re.compile(rf"[ \t]+(?:{PREDICATE_START})(?![{L}])")   # lower case: "Cần Thơ" is a name
# the verb of the work after a name ("Chủ trì: UBND xã X; Sở Y thẩm định, hướng dẫn …"): not the
# name's; verbs that are also words of names ("xây dựng", "quản lý") may still be
_WORK_VERB_RE = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(set(ACTION_VERBS) - set(FIRM_NOUN_VERBS),
                                                                         key=len, reverse=True))) + rf")(?![{L}])")


def _slots(text: str, tables) -> list[tuple[int, int]]:
    """Places that hold exactly one name: items of a table's lead/partner cell, an agency
    heading up to its colon. A name there runs to the slot's end even through lower-case
    words the capitalization rule stops at ("Văn phòng Đăng ký đất đai")."""
    out = []
    for table in tables:
        for row in table.rows:
            for span in (row.lead, row.partners):
                if span:
                    pos = span[0]
                    for part in re.split(r"([,;\n])", text[span[0]:span[1]]):
                        out.append((pos, pos + len(part)))
                        pos += len(part)
    for m in re.finditer(rf"^[ \t]*(?:{MARKER}[ \t]*)?(?:Đề nghị[ \t]+)?([^:\n]{{3,120}}):", text, re.M):
        out.append((m.start(1), m.end(1)))
    return out


def _fill_slots(text: str, mentions: ByOffset[Mention], slots: list[tuple[int, int]]) -> None:
    for s, e in slots:
        inside = mentions.between(s, e)
        if not inside:
            continue
        m = inside[-1]
        gap = _GAP_RE.fullmatch(text, m.end, e)
        if gap and not CUE_RE.search(text, m.end, e) and m.field_key and not m.bare \
                and not LEAD_IN_TAIL_RE.fullmatch(text, m.end, e) and not _PREDICATE_RE.match(text, m.end, e) \
                and not _WORK_VERB_RE.match(text, m.end, e):
            new_end = e - (len(text[m.end:e]) - len(text[m.end:e].rstrip()))
            m.field_key = m.field_key + " " + fold(text[m.end:new_end])
            if m.field_text and not m.abbr and not m.levels:
                m.field_text += text[m.end:new_end]
            m.end = new_end




def extract(doc: Document, outline: Outline, info: DocumentInfo, refs: list[Reference],
            addressees: list[tuple[int, int]] | None = None) -> list[Body]:
    return analyze(doc, outline, info, refs, addressees).bodies

