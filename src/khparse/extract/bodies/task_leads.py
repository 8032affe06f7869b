"""Bodies the tasks stage found work for after the roles were read.

The roles stage reads cues around each name ("giao", "đề nghị", "chủ trì"); some work is
found only later, from the document's layout: a record's request to the firm it examined,
written generically ("Đề nghị đơn vị …", "Yêu cầu Chủ đầu tư …"), or a licence's duties of
its holder ("Trách nhiệm của tổ chức được cấp phép"). The firm is then the lead of tasks but
had no role of its own, so no Body. A body that leads a task is given work: it gets its Body,
built from the mentions of the same body (or, when the name was never read as a mention
where it is printed, from where it is printed, if it is a body's name at all).
"""
from __future__ import annotations

import re

from ...lexicon.actors import ACTOR_CLASS
from ...lexicon.requests import RECORD_TYPES
from ...lexicon.bodies import FIRM_NAME_START, OFFICE_HOLDER_OF, PREDICATE_START
from ...models import Body, Task
from .clusters import ROLE_ORDER, cluster
from .names import SPACES_RE, Mention, find_mentions, fold


def with_task_leads(text: str, bodies: list[Body], mentions: list[Mention],
                    tasks: list[Task], doc_type: str | None = None) -> list[Body]:
    """``bodies`` and a Body (role lead) for each task lead that names none of them. In a
    record (``doc_type`` a Biên bản) the bodies are only those its tasks are for: the record
    states who took part, who inspected and whose papers were seen, and gives work only
    where it asks it ("Yêu cầu của Sở …", "Đề nghị đơn vị …")."""
    if doc_type in RECORD_TYPES:
        bodies = _with_work(bodies, tasks)
    known = {fold(n) for b in bodies for n in (b.name, *b.aliases)}
    added: list[Body] = []
    for lead in dict.fromkeys(t.lead for t in tasks if t.lead):
        key = fold(lead)
        if key in known or any(key.startswith(k + " ") for k in known if len(k) > 8) \
                or _PREDICATE_RE.search(lead):
            continue   # a name with words run on ("Công ty X nghiên cứu", "Sở X chỉ thực hiện")
        body = _body_of(text, lead, mentions) or _office_of(text, lead, mentions, known) or _actor_class(text, lead)
        if body is None:
            continue
        added.append(body)
        known.update(fold(n) for n in (body.name, *body.aliases))
    if not added:
        return bodies
    return sorted(bodies + added, key=lambda b: min(b.mentions, default=(0, 0)))


def _body_of(text: str, lead: str, mentions: list[Mention]) -> Body | None:
    key = fold(lead)
    hit = [m for m in mentions if key in (fold(m.printed(text)), fold(text[m.start:m.end]))]
    if hit:
        keys = {m.key for m in hit}
        same = [m for m in mentions if m.key in keys]
        made = _cluster_as_leads(text, same)
        for b in made:
            if key in {fold(n) for n in (b.name, *b.aliases)}:
                return b.model_copy(update={"roles": [r for r in ROLE_ORDER if r == "lead"]})
        return None
    named = find_mentions(lead)
    if not (named and named[0].start == 0 or _FIRM_RE.match(lead)):
        return None   # "Lãnh đạo Sở", "Văn thư Sở": an office-holder, no body's name
    spans = [(x.start(), x.end()) for x in re.finditer(_printed_re(lead), text)]
    if not spans:
        return None
    return Body(name=SPACES_RE.sub(" ", lead).strip(), roles=["lead"], mentions=spans)


_PREDICATE_RE = re.compile(rf"[ \t]+(?:{PREDICATE_START})(?![^\W\d_])")   # lower case only
_FIRM_RE = re.compile(FIRM_NAME_START)   # a sentence-case firm name, read as no mention


def _cluster_as_leads(text: str, mentions: list[Mention]) -> list[Body]:
    """The bodies these mentions make when read as leads; the mentions keep their own role and
    body afterwards, since the main clustering has already used them."""
    saved = [(m, m.role, m.body) for m in mentions]
    for m in mentions:
        m.role = "lead"
    try:
        made, _ = cluster(text, mentions, [])
    finally:
        for m, role, idx in saved:
            m.role, m.body = role, idx
    return made


def _printed_re(name: str) -> str:
    """The name as printed anywhere: any run of spaces, line breaks and case."""
    words = [re.escape(w) for w in name.split()]
    return r"(?i)(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _with_work(bodies: list[Body], tasks: list[Task]) -> list[Body]:
    """The bodies that lead or take part in a task, or are addressed."""
    named = {fold(n) for t in tasks for n in (t.lead, *t.partners) if n}
    return [b for b in bodies
            if "addressee" in b.roles or any(fold(n) in named for n in (b.name, *b.aliases))]


_HOLDER_OF_RE = re.compile(OFFICE_HOLDER_OF)   # "Lãnh đạo Sở", "Văn thư Sở"


def _office_of(text: str, lead: str, mentions: list[Mention], known: set[str]) -> Body | None:
    """The office an office-holder lead works in, when the text names one office of that head
    ("Lãnh đạo Sở" → "Sở Công Thương", named elsewhere); None when it names none or several, or
    the office is a body already."""
    m = _HOLDER_OF_RE.match(lead)
    if not m:
        return None
    head = " ".join(m.group("head").split()).casefold()
    same = [x for x in mentions if x.head.casefold() == head and not x.collective and x.field_key
            and "\n" not in text[x.start:x.end]]   # not a table's cells run together
    if len({x.key for x in same}) != 1:
        return None
    made = _cluster_as_leads(text, same)
    if not made or any(fold(n) in known for n in (made[0].name, *made[0].aliases)):
        return None
    return made[0].model_copy(update={"roles": ["lead"]})


_ACTOR_CLASS_RE = re.compile(ACTOR_CLASS, re.I)


def _actor_class(text: str, lead: str) -> Body | None:
    """A class of regulated actors a regulation gives work to ("Chủ đầu tư xây dựng hạ tầng kỹ
    thuật cụm công nghiệp", "Tổ chức, cá nhân kinh doanh dược"; lexicon actors): a body of its
    own, at the places its name is printed."""
    if not _ACTOR_CLASS_RE.match(lead):
        return None
    spans = [(x.start(), x.end()) for x in re.finditer(_printed_re(lead), text)]
    if not spans:
        return None
    return Body(name=SPACES_RE.sub(" ", lead).strip(), roles=["lead"], mentions=spans)
