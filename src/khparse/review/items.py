"""Every spanned item of a Plan, with the id its marks carry and what its pop-up says.

One :class:`Item` per task, deadline, goal, percentage, reference, section (appendix
sections included), identity field and body; a body's spans are its mentions. Ids are the
kind and the item's index in its Plan list (``task-0``), so a page, its tables and its tests
agree on them without a lookup table.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Body, Deadline, DocumentInfo, Goal, Percentage, Plan, Reference, Section, Task
from .labels import DEADLINE_KINDS, FIELDS, GOAL_KINDS, ROLES, TASK_SOURCES, UI
from .periods import date_label

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: str                               # a key of labels.KINDS
    spans: tuple[Span, ...]
    title: str                              # pop-up heading
    details: tuple[tuple[str, str], ...]    # (label, value) rows of the pop-up, non-empty values


def _rows(*pairs: tuple[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((label, str(value)) for label, value in pairs if value not in (None, "", []))


def flat_sections(plan: Plan) -> list[Section]:
    """Sections of the body, then of each appendix, in document order (pre-order)."""
    out: list[Section] = []

    def walk(sections: list[Section]) -> None:
        for s in sections:
            out.append(s)
            walk(s.children)

    walk(plan.sections)
    for appendix in plan.appendices:
        walk(appendix.sections)
    return out


def deadline_value(d: Deadline | None) -> str:
    """A deadline in a table cell: its date when it has one, else its text on one line (a
    reader reads "trước ngày 20 hằng tháng" faster than its RRULE)."""
    if d is None:
        return ""
    if d.date:
        return date_label(d.date)
    return " ".join(d.text.split())


def field_value(info: DocumentInfo, key: str) -> str:
    """An identity field as one line of text ("" when the Plan has none)."""
    value = getattr(info, key, None)
    if key in ("issued_date", "published_date"):
        return date_label(value)
    if key == "signer" and value is not None:
        return " · ".join(x for x in (value.authority, value.position, value.name) if x)
    if key == "reported" and value is not None:
        head = " ".join(x for x in (value.type, value.number) if x)
        return " · ".join(x for x in (head, value.issuer, date_label(value.issued_date)) if x)
    if isinstance(value, list):
        return "; ".join(value)
    return value or ""


def _section(i: int, s: Section) -> Item:
    return Item(f"section-{i}", "section", (tuple(s.span),), s.path,
                _rows((UI["heading"], s.heading), (UI["agency"], s.agency)))


def _field(info: DocumentInfo, key: str, span: Span) -> Item:
    label = FIELDS.get(key, key)
    return Item(f"field-{key}", "field", (tuple(span),), label,
                _rows((label, field_value(info, key))))


def _task(i: int, t: Task) -> Item:
    return Item(f"task-{i}", "task", (tuple(t.span),), f"#{i + 1}", _rows(
        (UI["section"], t.section), (UI["lead"], t.lead), (UI["partners"], "; ".join(t.partners)),
        (UI["deadline"], deadline_value(t.deadline)),
        (UI["source_kind"], TASK_SOURCES.get(t.source, t.source))))


def _deadline(i: int, d: Deadline) -> Item:
    date = date_label(d.date) + (f" ({UI['year_assumed']})" if d.date and d.year_assumed else "")
    return Item(f"deadline-{i}", "deadline", (tuple(d.span),), f"#{i + 1}", _rows(
        (UI["date"], date), (UI["kind"], DEADLINE_KINDS.get(d.kind, d.kind)),
        (UI["rule"], d.rule), (UI["working_days"], UI["yes"] if d.working_days else None),
        (UI["counted_from"], d.counted_from),
        (UI["section"], d.section)))


def _goal(i: int, g: Goal) -> Item:
    metrics = "; ".join(m.text for m in g.metrics)
    return Item(f"goal-{i}", "goal", (tuple(g.span),), f"{GOAL_KINDS.get(g.kind, g.kind)} #{i + 1}",
                _rows((UI["metrics"], metrics), (UI["deadline"], date_label(g.deadline)),
                      (UI["section"], g.section)))


def percentage_value(p: Percentage) -> str:
    value = f"{p.value:g}" + (f"–{p.value_max:g}" if p.value_max is not None else "") + "%"
    return f"{p.qualifier} {value}" if p.qualifier else value


def _percentage(i: int, p: Percentage) -> Item:
    return Item(f"percentage-{i}", "percentage", (tuple(p.span),), f"#{i + 1}",
                _rows((UI["value"], percentage_value(p)), (UI["context"], p.context),
                      (UI["section"], p.section)))


def _reference(i: int, r: Reference) -> Item:
    return Item(f"reference-{i}", "reference", (tuple(r.span),),
                " ".join(x for x in (r.type, r.number) if x),
                _rows((UI["date"], date_label(r.date)), (UI["issuer"], r.issuer)))


def roles_label(b: Body) -> str:
    return ", ".join(ROLES.get(r, r) for r in b.roles)


def _body(i: int, b: Body, led: int, partnered: int) -> Item:
    return Item(f"body-{i}", "body", tuple(tuple(m) for m in b.mentions), b.name, _rows(
        (UI["aliases"], "; ".join(b.aliases)),
        (UI["roles"], roles_label(b) + (f" ({UI['collective']})" if b.collective else "")),
        (UI["mentions"], len(b.mentions)), (UI["tasks_led"], led), (UI["tasks_partner"], partnered)))


def task_counts(plan: Plan) -> dict[str, tuple[int, int]]:
    """Body name → (tasks it leads, tasks it partners in)."""
    counts: dict[str, list[int]] = {}
    for t in plan.tasks:
        if t.lead:
            counts.setdefault(t.lead, [0, 0])[0] += 1
        for p in t.partners:
            counts.setdefault(p, [0, 0])[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def catalogue(plan: Plan) -> list[Item]:
    """All spanned items of the Plan, kinds in the order of labels.KINDS."""
    counts = task_counts(plan)
    items = [_section(i, s) for i, s in enumerate(flat_sections(plan))]
    items += [_field(plan.document, k, span) for k, span in plan.document.spans.items()]
    items += [_task(i, t) for i, t in enumerate(plan.tasks)]
    items += [_goal(i, g) for i, g in enumerate(plan.goals)]
    items += [_reference(i, r) for i, r in enumerate(plan.references)]
    items += [_deadline(i, d) for i, d in enumerate(plan.deadlines)]
    items += [_percentage(i, p) for i, p in enumerate(plan.percentages)]
    items += [_body(i, b, *counts.get(b.name, (0, 0))) for i, b in enumerate(plan.bodies)]
    return items
