"""Tasks a letter gives the one body it is addressed to.

A Công văn or Thông báo to one body (or one class of bodies) names it once, in `Kính gửi`,
and then asks things of it by a generic reference: "Sở X đề nghị Công ty thực hiện các nội
dung sau:" followed by numbered or dashed items, "Đề nghị Quý Công ty khẩn trương …",
"Công ty có trách nhiệm …", or a heading "2. Yêu cầu đối với chủ đầu tư". Each item of
such a list, and each such sentence, is a task led by the addressee. The lead-in that only
announces the items is no task of its own. Parts already given to a named body (agency
clauses, sentences the tasks extractor assigned) are left to it. A closing that only urges
carrying out what was said ("Đề nghị Công ty nghiêm túc thực hiện./.") is no request.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import bodies as bodies_lex
from .bodies.names import UP
from ..lexicon import requests as lex
from ..models import Section, Task
from ..span_index import ByOffset, Cover, Overlaps

_CUE_RE = re.compile(rf"(?<![^\W\d_]){lex.REQUEST_CUE}\s+", re.I)
_REF_LEAD_RE = re.compile(lex.REF_LEAD, re.I)
_FIRM_ADDRESSEE_RE = re.compile(lex.FIRM_ADDRESSEE, re.I)
_HEADING_RE = re.compile(rf"\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*{lex.REQUEST_HEADING}", re.I)
_DUTY_RE = re.compile(rf"\s+{lex.DUTY_AFTER}", re.I)
CONDITIONAL_RE = re.compile(lex.CONDITIONAL_BEFORE, re.I)
_CLOSING_RE = re.compile(lex.CLOSING, re.I)
_PURPOSE_RE = re.compile(lex.PURPOSE_BEFORE, re.I)
_PURPOSE_GAP_RE = re.compile(lex.PURPOSE_GAP, re.I)
_ACTION_RE = re.compile(rf"(?:{'|'.join(bodies_lex.ACTION_VERBS)})(?![^\W\d_])", re.I)
# An item that opens by quoting a rule ("- Khoản 1 Điều 12 Thông tư số 36/2025/TT-BNNMT quy định: …"):
# the items after it go on quoting, they are no separate requests.
_QUOTES_RULE_RE = re.compile(lex.QUOTES_RULE, re.I)
_ENUM_RE = re.compile(r"\s*\((?:\d{1,2}|[ivx]{1,4})\)\.?\s")   # "(1). Xem xét …", "(ii) Sớm …"
_DASH_RE = re.compile(r"\s*[-–+•]\s")   # "- Rà soát, hoàn thiện hồ sơ …" (dashes the outline did not take)
_ASKING_PART_RE = re.compile(lex.ASKING_PART, re.I)
_ANNOUNCING_RE = re.compile(lex.ANNOUNCING_SENTENCE, re.I)
_SENTENCE_START_RE = re.compile(r"(?:^|[.;!?]\s+|\n)(?:[-+•*]\s*|(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?")


def _word_re(words: list[str]) -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"[\s,]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?![^\W\d_])", re.I)


_ANY_RE = _word_re(lex.ANY_REFS)
_OWNER_RE = re.compile(lex.OWNER_LINE)
_BARE_CUE_RE = re.compile(rf"(?<![^\W\d_]){lex.BARE_REQUEST_CUE}", re.I)
_BARE_BEFORE_RE = re.compile(lex.BARE_REQUEST_BEFORE, re.I)
_BARE_VERB_RE = _word_re(lex.BARE_REQUEST_VERBS + bodies_lex.ACTION_VERBS)
# "Đề nghị thẩm định của Tổng công ty … là …": the request named as a thing, no request made
_NOUN_USE_RE = re.compile(r"(?:\s+[^\s,.;:]+){0,4}?\s+(?:của|là)(?![^\W\d_])", re.I)
_FIRM_RE = _word_re(lex.FIRM_REFS)


class Addressee:
    """The one body a letter is sent to, and the ways its text may refer to it."""

    def __init__(self, lead: str, printed: list[str], names_only: bool = False):
        """``names_only``: one of several addressees, referred to by its own name only."""
        self.lead, self.names_only = lead, names_only
        self.firm = not names_only and any(_FIRM_ADDRESSEE_RE.match(p) for p in printed)
        names = {p for p in printed if len(p) > 3}
        for p in printed:   # "Công ty cổ phần X" is also referred to by its first words
            words = re.sub(r"(?i)^(?:các|những)\s+", "", p).split()
            if names_only:
                names.add(" ".join(words))   # "Các đơn vị hoạt động …" after "đề nghị các "
            elif len(words) >= 3:
                names.add(" ".join(words[:2]))
        self._names = _word_re(sorted(names)) if names else None
        heads = set() if names_only else {h for p in printed for h in lex.ADDRESSEE_HEADS if p.startswith(h + " ")}
        self._head = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(heads, key=len, reverse=True)))})"
                                rf"(?![^\W\d_])(?!\s+[{UP}\d])") if heads else None

    def at(self, text: str, pos: int, generic: bool = True) -> int | None:
        """End of a reference to the addressee starting at ``pos``, or None; ``generic``:
        "đơn vị", "cơ quan" … count (they may stand for another body in a purpose clause)."""
        p = _REF_LEAD_RE.match(text, pos).end()
        generic = generic and not self.names_only
        for rx in (self._names, self._head, _ANY_RE if generic else None, _FIRM_RE if self.firm else None):
            m = rx.match(text, p) if rx else None
            if m:
                return m.end()
        return None


def addressee_of(ctx) -> Addressee | None:
    """The addressee when `Kính gửi` names exactly one body, or the bodies named above that a
    letter without Kính gửi asks things of (the first of them leads); None otherwise."""
    idx = list(dict.fromkeys(a.body for a in ctx.an.addressees))
    if not idx or (len(idx) > 1 and not ctx.an.referred):
        return None
    printed = [ctx.text[a.span[0]:a.span[1]] for a in ctx.an.addressees]
    for i in idx:
        printed += [ctx.an.bodies[i].name] + list(ctx.an.bodies[i].aliases)
    return Addressee(ctx.an.bodies[idx[0]].name, printed)


def apply(ctx, paras: list[tuple[int, int]], found: list[Task], covered: list[tuple[int, int]]) -> list[Task]:
    """``found`` (the other rules' tasks) with the addressee's tasks added and the lead-ins
    that only announce a list of them taken out; ``covered``: spans other rules own."""
    who = addressee_of(ctx)
    owner = _OWNER_RE.search(ctx.text, 0, ctx.an.end or len(ctx.text))
    if owner and (who is None or who.firm or who.at(ctx.text, owner.start("name"), generic=False)):
        owner = None   # the owner is the addressee, or one of several
    if who is None:
        units, lead_ins = _lists_of_each(ctx, paras)
    else:   # a subjectless request about the owner's dossier asks the owner
        units, lead_ins = _requests(ctx, who, paras, bare=owner is None)
        units = [(s, e, who.lead) for s, e in units]
    if owner:
        role = Addressee(owner.group("name").strip(), [" ".join(owner.group("role").split())], names_only=True)
        more, more_lead_ins = _requests(ctx, role, paras)
        claimed = Cover([(s, e) for s, e, _lead in units])
        units += [(s, e, role.lead) for s, e in more if s not in claimed]
        lead_ins += more_lead_ins
    in_lead_ins = Cover(lead_ins)
    found = [t for t in found if t.span[0] not in in_lead_ins]
    taken = Overlaps([t.span for t in found] + covered)
    starts = sorted(t.span[0] for t in found) if who is None else []
    out = []
    for s, e, lead in units:
        k = bisect.bisect_right(starts, s)
        if k < len(starts) and starts[k] < e:   # the last item runs into the closing request
            e = starts[k]
        s, e = ctx.span(s, ctx.before_summary(s, e))   # the last item runs into "Trên đây là …"
        if e <= s or taken.overlaps(s, e) or ctx.outline.in_agency_clause(s, ctx.is_agency):
            continue
        if ctx.report and ctx.closing_formula(s, e):   # "Trên đây là …", "… đề nghị Cục X xem xét, tổng hợp./."
            continue
        out.append(ctx.make(s, e, lead, "sentence"))
    return found + out


def _lists_of_each(ctx, paras: list[tuple[int, int]]):
    """A letter to several addressees that asks one of them, by its name, for a list of items
    ("Kính gửi: - Các Sở, ngành; - UBND các xã; - Các đơn vị hoạt động hóa chất" … "Đề nghị các
    đơn vị hoạt động hóa chất trên địa bàn tỉnh … thực hiện các nội dung sau:" and dashes): each
    item is that addressee's task. ((start, end, lead) per item, lead-in spans)."""
    text, outline = ctx.text, ctx.outline
    sections = outline.all_sections()
    by_start = ByOffset(sections, key=lambda sec: sec.span[0])
    section_starts = {sec.span[0] for sec in sections}
    units: list[tuple[int, int, str]] = []
    lead_ins: list[tuple[int, int]] = []
    for i in dict.fromkeys(a.body for a in ctx.an.addressees):
        body = ctx.an.bodies[i]
        printed = [ctx.text[a.span[0]:a.span[1]] for a in ctx.an.addressees if a.body == i]
        w = Addressee(body.name, printed + [body.name] + list(body.aliases), names_only=True)
        for k, (s, e) in enumerate(paras):
            if _request_kind(text, s, e, w, bare=False) != "lead-in":
                continue
            items = _asking_parts(_items_after(outline, by_start, text, e))
            if any(it.children for it in items):
                continue   # "… thực hiện các nội dung trọng tâm sau:" over parts that ask on their own
            spans = leaves(items) if items else _marked_after(outline, section_starts, text, paras[k + 1:], e)
            if spans:
                units += [(a, b, body.name) for a, b in spans]
                lead_ins.append((s, e))
    return units, lead_ins


def _requests(ctx, who: Addressee, paras: list[tuple[int, int]], bare: bool = True):
    """(spans of requests to the addressee, spans of lead-ins that announce a list of them)."""
    text, outline = ctx.text, ctx.outline
    units: list[tuple[int, int]] = []
    lead_ins: list[tuple[int, int]] = []
    inside: list[tuple[int, int]] = []
    scoped = Cover()
    sections = outline.all_sections()
    by_start = ByOffset(sections, key=lambda sec: sec.span[0])
    section_starts = {sec.span[0] for sec in sections}
    for sec in sections:   # "2. Yêu cầu đối với chủ đầu tư"
        h = _HEADING_RE.match(text, sec.span[0], sec.span[1])
        if h and who.at(text, h.end()) and sec.span[0] not in scoped:
            units += leaves(sec.children) if sec.children else [sec.body_span]
            scoped.add(*sec.body_span)
    unit_starts = {a for a, _b in units}
    for k, (s, e) in enumerate(paras):
        if _HEADING_RE.match(text, s, e):
            continue
        kind = _request_kind(text, s, e, who, bare)
        if s in scoped:
            if kind == "lead-in":
                lead_ins.append((s, e))
            elif kind and s not in unit_starts:
                inside.append((s, e))   # "Đề nghị Công ty …" after the last item: a request of its own
            continue
        items = _asking_parts(_items_after(outline, by_start, text, e)) if kind == "lead-in" else []
        marked = _marked_after(outline, section_starts, text, paras[k + 1:], e) \
            if kind == "lead-in" and not items else []
        if items:
            items_spans = leaves(items)
            units += items_spans
            unit_starts.update(a for a, _b in items_spans)
            scoped.add(items[0].body_span[0], items[-1].body_span[1])
            lead_ins.append((s, e))
        elif marked:
            units += marked
            unit_starts.update(a for a, _b in marked)
            scoped.add(marked[0][0], marked[-1][1])
            lead_ins.append((s, e))
        elif kind:
            units.append((s, e))
            unit_starts.add(s)
    for s, e in inside:
        if _trails_the_list(text, units, s):
            units = [(a, min(b, s)) if a < s < b else (a, b) for a, b in units] + [(s, e)]
    return list(dict.fromkeys(units)), lead_ins   # a heading's items may be a lead-in's too


def _trails_the_list(text: str, units: list[tuple[int, int]], s: int) -> bool:
    """Whether a request at ``s`` inside a requested item comes after the list rather than in the
    item: it lies in the last item (the text that follows a list runs into its last item), and
    not as the first paragraph under an item that is a title line ("3. Ghi rõ số lượng …\nGiấy
    đề nghị … ghi gộp …; đề nghị Công ty tách …" explains item 3; "1. … \n(1) … (9) …\nĐề nghị
    Công ty hiệu chỉnh …" is item 1's own request)."""
    holder = next(((a, b) for a, b in units if a < s < b), None)
    if holder is None:
        return True
    if any(a > s for a, _b in units):
        return False
    head = text[holder[0]:s].strip()
    return "\n" in head or head.endswith((".", ";", ":"))


def _request_kind(text: str, s: int, e: int, who: Addressee, bare: bool = True) -> str | None:
    """'lead-in' for a paragraph that asks the addressee for the items below it, 'request'
    for one that asks it something itself, None for any other."""
    found = None
    for cue in _CUE_RE.finditer(text, s, e):
        before = text[s:cue.start()]
        sentence = re.split(r"[.;!?]\s+", before)[-1]
        end = who.at(text, cue.end())
        if CONDITIONAL_RE.search(sentence) or not end or _CLOSING_RE.match(text, end):
            continue
        found = cue.end()
    if found is None and bare:
        found = bare_request(text, s, e)
    if found is None:
        for st in _SENTENCE_START_RE.finditer(text, s, e):
            end = who.at(text, st.end())
            if end and st.end() < e and _DUTY_RE.match(text, end) and not _CLOSING_RE.match(text, end):
                found = end
                break
    if found is None:
        for p in _PURPOSE_RE.finditer(text, s, e):   # "… để Công ty biết, chủ động bố trí …"
            end = who.at(text, p.end(), generic=False)
            gap = _PURPOSE_GAP_RE.match(text, end) if end else None
            if gap and not _CLOSING_RE.match(text, end) and not _CLOSING_RE.match(text, gap.end()) \
                    and _ACTION_RE.match(text, gap.end()):
                return "request"
    if found is None:
        return None
    tail = text[found:e].rstrip()
    if tail.endswith(":") and (not re.search(r"[.;]\s", tail) or _ANNOUNCING_RE.search(tail)):
        return "lead-in"
    return "request"


def bare_request(text: str, s: int, e: int) -> int | None:
    """End of a request with no named subject ("…, đề nghị nghiên cứu thực hiện theo …", "Đề
    nghị tham khảo Công văn số …"): in a letter to one body it asks that body. None when the
    paragraph has none, or it only applies on a difficulty, or it closes the letter."""
    for cue in _BARE_CUE_RE.finditer(text, s, e):
        if not _BARE_BEFORE_RE.search(text[s:cue.start()]):
            continue
        sentence = re.split(r"[.;!?]\s+", text[s:cue.start()])[-1]
        if CONDITIONAL_RE.search(sentence) or _CLOSING_RE.match(text, cue.end() - 1):
            continue
        verb = _BARE_VERB_RE.match(text, cue.end())
        if verb and not _NOUN_USE_RE.match(text, verb.end()):
            return cue.end()
    return None


def _asking_parts(items: list[Section]) -> list[Section]:
    """The items a lead-in announces, or only those titled as the request ("3. Kiến nghị") when
    there is one among several: "1. Thực trạng …" and "2. Khó khăn, vướng mắc" under "… báo cáo
    và đề nghị Bộ X nội dung như sau:" recount the matter (lexicon requests ASKING_PART)."""
    asking = [it for it in items if it.title and _ASKING_PART_RE.match(it.title)]
    return asking if asking and len(asking) < len(items) else items


def _items_after(outline, by_start: ByOffset[Section], text: str, pos: int) -> list[Section]:
    """The items a lead-in ending at ``pos`` announces: the sections that start right after
    it, at the level of the first of them, up to the end of its parent."""
    first = by_start.first_from(pos)
    if first is None:
        return []
    if text[pos:first.span[0]].strip():
        return []   # something else comes between: the paragraph announces no list
    parent = [s for s in outline.chain_at(first.span[0]) if s.level < first.level]
    limit = parent[-1].body_span[1] if parent else len(text) + 1
    return [s for s in by_start.between(pos, limit) if s.level == first.level]


def _marked_after(outline, section_starts: set[int], text: str, following: list[tuple[int, int]],
                  pos: int) -> list[tuple[int, int]]:
    """The items a lead-in ending at ``pos`` announces when the outline has none: the paragraphs
    right after it that open with an enumeration mark ("(1). Xem xét …", "(2) Sớm …"), each
    with the unmarked paragraphs that follow it ("Lý do: …"), up to the end of the part; or
    the dash paragraphs right after it, up to the first paragraph without a dash."""
    chain = outline.chain_at(pos)
    limit = chain[-1].body_span[1] if chain else len(text)
    out: list[list[int]] = []
    dashes = False
    for s, e in following:
        if s >= limit or s in section_starts:
            break
        if not out and _DASH_RE.match(text, s, e):
            dashes = True
        if _DASH_RE.match(text, s, e) if dashes else _ENUM_RE.match(text, s, e):
            out.append([s, e])
        elif out and not dashes:
            out[-1][1] = e
        else:
            break   # a dash list ends at the first paragraph without a dash ("Sở X thông báo để …")
    return [(a, b) for a, b in out] if len(out) >= 2 else []


def leaves(sections: list[Section]) -> list[tuple[int, int]]:
    """One unit per requested item: points and clauses are looked through to the items
    under them; a dash item keeps its own sub-items, and so does an item whose points are
    quoted regulation text (labels starting over "a) b) a) b) c)", or lettered points
    mixed with dashes), which restates the rule rather than listing separate requests."""
    out = []
    for c in sections:
        if c.children and c.kind != "item" and not _quoted(c.children):
            out += leaves(c.children)
        else:
            out.append(tuple(c.body_span))
    return out


def _quoted(children: list[Section]) -> bool:
    numbers = [c.number for c in children if c.number]
    return len(set(numbers)) < len(numbers) or len({c.kind for c in children}) > 1 \
        or bool(children[0].title and _QUOTES_RULE_RE.search(children[0].title))
