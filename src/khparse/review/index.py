"""The index page of a converted archive: one row per document, linking to its review page,
and the files that could not be converted with the reason."""
from __future__ import annotations

from dataclasses import dataclass

from .labels import INDEX
from .markup import esc, page, short, th
from .periods import date_label


@dataclass(frozen=True, slots=True)
class IndexRow:
    file: str                      # path in the archive
    href: str | None               # the review page, relative to the index; None if none
    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    issued_date: str | None = None
    title: str | None = None
    tasks: int = 0
    deadlines: int = 0
    warnings: int = 0
    problem: str | None = None     # why there is no page


@dataclass(frozen=True, slots=True)
class Failure:
    file: str
    kind: str
    message: str


def row_from_plan(file: str, plan: dict, href: str | None, problem: str | None = None) -> IndexRow:
    """An index row from a Plan as read back from its JSON (missing fields stay empty)."""
    d = plan.get("document") if isinstance(plan.get("document"), dict) else {}

    def n(key: str) -> int:
        v = plan.get(key)
        return len(v) if isinstance(v, list) else 0

    return IndexRow(file, href, d.get("type"), d.get("number"), d.get("issuer"),
                    d.get("issued_date") or d.get("published_date"), d.get("title"),
                    n("tasks"), n("deadlines"), n("warnings"), problem)



def render_index(rows: list[IndexRow], failures: list[Failure], archive: str = "") -> str:
    """The index page: documents (sortable, filterable) then failures."""
    L = INDEX
    body = []
    for r in rows:
        name = esc(r.file)
        link = f'<a href="{esc(r.href)}">{name}</a>' if r.href else name
        if r.problem:
            link += f'<br><small>{L["no_page"]}: {esc(r.problem)}</small>'
        body.append(
            f'<tr><td>{link}</td><td>{esc(r.type)}</td><td class="nowrap">{esc(r.number)}</td>'
            f"<td>{esc(r.issuer)}</td>"
            f'<td data-sort="{esc(r.issued_date)}" class="nowrap">{esc(date_label(r.issued_date))}</td>'
            f"<td>{esc(short(r.title or '', 140))}</td><td class=num>{r.tasks}</td>"
            f"<td class=num>{r.deadlines}</td><td class=num>{r.warnings or ''}</td></tr>")
    summary = L["summary"].format(docs=len(rows), tasks=sum(r.tasks for r in rows),
                                  deadlines=sum(r.deadlines for r in rows), failed=len(failures))
    parts = [
        f'<header><h1>{L["title"]}</h1><p class="meta">{esc(archive)}</p><p class="note">{summary}</p></header>',
        "<main>",
        f'<div class="filters no-print"><input type="search" data-filter-table="docs" '
        f'placeholder="{L["filter"]}" aria-label="{L["filter"]}"></div>',
        f'<table class="grid sortable" id="docs"><thead><tr>{th(L["document"])}{th(L["type"])}'
        f'{th(L["number"])}{th(L["issuer"])}{th(L["date"])}{th(L["title_col"])}'
        f'{th(L["tasks"], "num")}{th(L["deadlines"], "num")}{th(L["warnings"], "num")}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table>',
    ]
    if failures:
        fails = "".join(f"<tr><td>{esc(f.file)}</td><td>{esc(f.kind)}</td><td>{esc(f.message)}</td></tr>"
                        for f in failures)
        parts.append(f'<h2>{L["failures"]} ({len(failures)})</h2><table class="grid sortable" id="failures">'
                     f'<thead><tr>{th(L["file"])}{th(L["kind"])}{th(L["message"])}</tr></thead>'
                     f"<tbody>{fails}</tbody></table>")
    parts.append("</main>")
    return page(f'{L["title"]} — {archive}' if archive else L["title"], "".join(parts),
                body_class="index", scripts=("tables.js",))
