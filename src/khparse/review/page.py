"""The review page of one document: Plan + normalized text → one self-contained HTML page.

Left, the text ``khparse text`` prints with every item's span marked (marks.py); right, a
panel with the identity card and outline, the task table, the deadline timeline, the
bodies, the goals and the cited documents. Tables and timeline are laid out here so the
page reads and prints without its script; the script (assets/page.js) adds the pop-ups,
the kind toggles, sorting, the body filter and the jump from a row to its span.
"""
from __future__ import annotations

import json
from collections import Counter

from ..models import Plan, Section
from .items import (Item, catalogue, deadline_value, field_value, flat_sections, percentage_value,
                    roles_label, task_counts)
from .labels import FIELDS, GOAL_KINDS, KINDS, SOURCE, UI, warning_gloss
from .marks import mark_text
from .markup import esc, page, short, th
from .periods import date_label, period
from .timeline import render_timeline

#: Kinds whose pop-up quotes the marked text (the others show it in their title or rows).
_QUOTED = {"task", "goal", "deadline", "percentage", "reference"}


def render(plan: Plan, text: str, *, index_href: str | None = None) -> str:
    """The HTML page of ``plan``; ``text`` is the normalized text its spans point into.

    ``index_href``, when given, adds a link back to an archive index (batch pages).
    """
    items = catalogue(plan)
    marked, off_text = mark_text(text, items)
    counts = Counter(i.kind for i in items)
    body = "".join([
        _header(plan, index_href),
        _warnings(plan.warnings, off_text),
        _legend(counts),
        "<main>",
        f'<article id="doc" aria-label="{UI["text_heading"]}"><div class="text">{marked}</div></article>',
        _panel(plan, text),
        "</main>",
        '<div id="pop" role="dialog" hidden></div>',
    ])
    data = {"kinds": KINDS, "close": UI["close"],
            "items": {i.id: [i.kind, i.title, i.details, _quote(text, i)] for i in items}}
    return page(_title(plan), body, body_class=" ".join(f"show-{k}" for k in KINDS),
                scripts=("tables.js", "page.js"), data=data)


def _quote(text: str, item: Item) -> str:
    if item.kind not in _QUOTED or not item.spans:
        return ""
    a, b = item.spans[0]
    return short(text[a:b], 260)


def _heading(plan: Plan) -> str:
    d = plan.document
    head = " ".join(x for x in (d.type, d.number) if x)
    if head:
        return head
    return (plan.source.path or "").rsplit("/", 1)[-1] or "Văn bản"


def _title(plan: Plan) -> str:
    t = plan.document.title
    return _heading(plan) + (f" — {short(t, 80)}" if t else "")


def _header(plan: Plan, index_href: str | None) -> str:
    d = plan.document
    where = ", ".join(x for x in (d.place, field_value(d, "issued_date")) if x)
    meta = " · ".join(esc(x) for x in (d.issuer, where, plan.source.path) if x)
    back = f'<a class="back no-print" href="{esc(index_href)}">← {UI["index"]}</a>' if index_href else ""
    title = f'<p class="doc-title">{esc(d.title)}</p>' if d.title else ""
    return (f'<header>{back}<h1>{esc(_heading(plan))}</h1>{title}'
            f'<p class="meta">{meta}</p><p class="note no-print">{UI["page_note"]}</p></header>')


def _warnings(warnings: list[str], off_text: list[str]) -> str:
    rows = []
    for w in warnings:
        gloss = warning_gloss(w)
        rows.append(f"<li>{esc(gloss)} <small>({esc(w)})</small></li>" if gloss else f"<li>{esc(w)}</li>")
    if off_text:
        rows.append(f"<li>{len(off_text)} {UI['bad_spans']}: {esc(', '.join(off_text))}</li>")
    if not rows:
        return ""
    return f'<section class="warnings" role="alert"><h2>{UI["warnings"]}</h2><ul>{"".join(rows)}</ul></section>'


def _legend(counts: Counter) -> str:
    chips = [f'<label class="chip"><input type="checkbox" checked data-kind="{k}">'
             f'<mark data-kind="{k}">{label}</mark> <span class="count">{counts[k]}</span></label>'
             for k, label in KINDS.items() if counts[k]]
    return (f'<div class="legend no-print" role="group" aria-label="{UI["legend"]}">'
            f'<span class="legend-title">{UI["legend"]}</span>{"".join(chips)}</div>')


def _panel(plan: Plan, text: str) -> str:
    tabs = [
        ("info", UI["tab_info"], None, _info(plan, text)),
        ("tasks", UI["tab_tasks"], len(plan.tasks), _tasks(plan)),
        ("timeline", UI["tab_timeline"], len(plan.deadlines), render_timeline(plan)),
        ("bodies", UI["tab_bodies"], len(plan.bodies), _bodies(plan)),
        ("goals", UI["tab_goals"], len(plan.goals) + len(plan.percentages), _goals(plan)),
        ("refs", UI["tab_refs"], len(plan.references), _references(plan)),
    ]
    default = "tasks" if plan.tasks else "info"
    nav = "".join(f'<button type="button" role="tab" data-tab="{key}">{label}'
                  + (f' <span class="count">{n}</span>' if n is not None else "") + "</button>"
                  for key, label, n, _ in tabs)
    panels = "".join(f'<section class="tab" id="tab-{key}" role="tabpanel"><h2>{label}</h2>{html}</section>'
                     for key, label, _, html in tabs)
    return (f'<aside id="panel"><nav class="tabs no-print" role="tablist" data-default="{default}">'
            f'{nav}</nav>{panels}</aside>')


def _empty() -> str:
    return f'<p class="empty">{UI["no_items"]}</p>'


def _info(plan: Plan, text: str) -> str:
    d = plan.document
    rows = []
    for key, label in FIELDS.items():
        value = field_value(d, key)
        if value:
            target = f' data-target="field-{key}" tabindex="0"' if key in d.spans else ""
            rows.append(f"<div{target}><dt>{label}</dt><dd>{esc(value)}</dd></div>")
    s = plan.source
    source = {"path": s.path, "format": s.format, "pages": s.pages,
              "size": f"{s.size:,} B".replace(",", ".") if s.size is not None else None,
              "sha256": s.sha256[:16] + "…" if s.sha256 else None,
              "khparse_version": plan.khparse_version}
    src_rows = [f"<div><dt>{SOURCE[k]}</dt><dd>{esc(v)}</dd></div>" for k, v in source.items() if v]
    return (f'<h3>{UI["identity"]}</h3><dl class="card">{"".join(rows) or _empty()}</dl>'
            f'<h3>{UI["source"]}</h3><dl class="card small">{"".join(src_rows)}</dl>'
            f'<h3>{UI["outline"]}</h3>{_outline(plan, text)}')


def _outline(plan: Plan, text: str) -> str:
    """The heading tree down to lettered points; a bare "1." is shown with its first words."""
    index = {id(s): i for i, s in enumerate(flat_sections(plan))}

    def label(s: Section) -> str:
        return short(s.heading if s.title else text[s.span[0]:s.body_span[1]], 100)

    def tree(sections: list[Section]) -> str:
        shown = [s for s in sections if s.kind != "item"]
        if not shown:
            return ""
        return "<ul>" + "".join(
            f'<li><span data-target="section-{index[id(s)]}" tabindex="0">{esc(label(s))}</span>'
            f"{tree(s.children)}</li>" for s in shown) + "</ul>"

    out = tree(plan.sections)
    for a in plan.appendices:
        out += (f'<p class="appendix">{UI["appendix"]}: {esc(short(a.title or "", 120))}</p>'
                + tree(a.sections))
    return f'<div class="outline">{out}</div>' if out else _empty()



def _tasks(plan: Plan) -> str:
    if not plan.tasks:
        return _empty()
    order = {s.path: i for i, s in reversed(list(enumerate(flat_sections(plan))))}
    named = Counter(n for t in plan.tasks for n in ([t.lead] if t.lead else []) + t.partners)
    options = "".join(f'<option value="{esc(n)}">{esc(n)} ({c})</option>'
                      for n, c in sorted(named.items(), key=lambda x: (-x[1], x[0])))
    rows = []
    for i, t in enumerate(plan.tasks):
        bodies = ([t.lead] if t.lead else []) + t.partners
        p = period(t.deadline.date) if t.deadline else None
        due_key = f"{p.start.isoformat()}{p.end.isoformat()}" if p else "~" + deadline_value(t.deadline)
        rows.append(
            f'<tr data-target="task-{i}" data-bodies="{esc(json.dumps(bodies, ensure_ascii=False))}" tabindex="0">'
            f'<td data-sort="{i:05d}">{i + 1}</td>'
            f'<td data-sort="{order.get(t.section, 99999):05d}">{esc(t.section)}</td>'
            f"<td>{esc(short(t.text, 220))}</td><td>{esc(t.lead) or '<span class=none>—</span>'}</td>"
            f"<td>{esc('; '.join(t.partners))}</td>"
            f'<td data-sort="{esc(due_key)}">{esc(short(deadline_value(t.deadline), 60))}</td></tr>')
    return (f'<div class="filters no-print"><label>{UI["filter_body"]}: <select id="task-filter">'
            f'<option value="">{UI["filter_all"]}</option>{options}</select></label> '
            f'<span class="shown" data-of="{UI["of"]}"></span></div>'
            f'<table class="grid sortable" id="task-table"><thead><tr>{th("#", "num")}'
            f'{th(UI["section"])}{th(UI["task_text"])}{th(UI["lead"])}{th(UI["partners"])}'
            f'{th(UI["deadline"])}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _bodies(plan: Plan) -> str:
    if not plan.bodies:
        return _empty()
    counts = task_counts(plan)
    rows = []
    for i, b in enumerate(plan.bodies):
        led, partnered = counts.get(b.name, (0, 0))
        aliases = f'<br><small>{esc("; ".join(b.aliases))}</small>' if b.aliases else ""
        button = (f' <button type="button" class="to-tasks no-print" data-body="{esc(b.name)}">'
                  f'{UI["tab_tasks"]} →</button>' if led + partnered else "")
        rows.append(f'<tr data-target="body-{i}" tabindex="0"><td>{esc(b.name)}{aliases}{button}</td>'
                    f"<td>{esc(roles_label(b))}</td><td>{len(b.mentions)}</td><td>{led}</td>"
                    f"<td>{partnered}</td></tr>")
    return (f'<table class="grid sortable" id="body-table"><thead><tr>{th(UI["name"])}'
            f'{th(UI["roles"])}{th(UI["mentions"], "num")}{th(UI["tasks_led"], "num")}'
            f'{th(UI["tasks_partner"], "num")}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _goals(plan: Plan) -> str:
    goals = "".join(
        f'<li data-target="goal-{i}" tabindex="0"><b>{GOAL_KINDS.get(g.kind, g.kind)}</b>: '
        f'{esc(short(g.text, 240))}'
        + (f'<br><small>{esc("; ".join(m.text for m in g.metrics))}</small>' if g.metrics else "")
        + "</li>" for i, g in enumerate(plan.goals))
    pcts = "".join(
        f'<tr data-target="percentage-{i}" tabindex="0"><td data-sort="{p.value:012.4f}">'
        f"{esc(percentage_value(p))}</td><td>{esc(short(p.context, 200))}</td><td>{esc(p.section)}</td></tr>"
        for i, p in enumerate(plan.percentages))
    out = f'<h3>{UI["goals"]}</h3>' + (f'<ul class="items">{goals}</ul>' if goals else _empty())
    out += f'<h3>{UI["percentages"]}</h3>'
    out += (f'<table class="grid sortable"><thead><tr>{th(UI["value"], "num")}{th(UI["context"])}'
            f'{th(UI["section"])}</tr></thead><tbody>{pcts}</tbody></table>' if pcts else _empty())
    return out


def _references(plan: Plan) -> str:
    if not plan.references:
        return _empty()
    rows = "".join(
        f'<tr data-target="reference-{i}" tabindex="0"><td>{esc(r.type)}</td><td>{esc(r.number)}</td>'
        f'<td data-sort="{esc(r.date)}">{esc(date_label(r.date))}</td><td>{esc(r.issuer)}</td></tr>'
        for i, r in enumerate(plan.references))
    return (f'<table class="grid sortable"><thead><tr>{th(UI["kind"])}{th(UI["number"])}'
            f'{th(UI["date"])}{th(UI["issuer"])}</tr></thead><tbody>{rows}</tbody></table>')

