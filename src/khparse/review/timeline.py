"""The deadline timeline: dated deadlines as bars on one calendar axis, rules listed apart.

Laid out here, in plain HTML with percentage positions, so it needs no script and prints.
A deadline covers the period its date names (a day, a month, a quarter, a half-year, a
year); the axis runs from the start of the first period's month, quarter or year to the end
of the last one's, with month, quarter or year ticks by the length of the whole.
"""
from __future__ import annotations

from datetime import date
from ..models import Plan
from .labels import DEADLINE_KINDS, UI
from .markup import esc, short
from .periods import Period, period


def _floor(d: date, months: int) -> date:
    """The first day of the month/quarter/year (``months`` = 1/3/12) holding ``d``."""
    return date(d.year, (d.month - 1) // months * months + 1, 1)


def _add_months(d: date, months: int) -> date:
    k = d.month - 1 + months
    return date(d.year + k // 12, k % 12 + 1, 1)


def _axis(periods: list[Period]) -> tuple[date, date, list[tuple[date, str]]]:
    """Axis start, end (exclusive) and labelled ticks covering every period."""
    lo, hi = min(p.start for p in periods), max(p.end for p in periods)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = 1 if months <= 8 else 3 if months <= 36 else 12
    start = _floor(lo, step)
    end = _add_months(_floor(hi, step), step)
    ticks, t = [], start
    while t < end:
        ticks.append((t, str(t.year) if step == 12 else f"{t.month:02d}/{t.year}"))
        t = _add_months(t, step)
    return start, end, ticks


def _pct(d: date, start: date, days: int) -> float:
    return round(100 * (d - start).days / days, 2)


def render_timeline(plan: Plan) -> str:
    """HTML of the timeline panel: the axis with one row per dated deadline, then the rest."""
    tasks_at: dict[tuple[int, int], int] = {}
    for t in plan.tasks:
        if t.deadline is not None:
            key = tuple(t.deadline.span)
            tasks_at[key] = tasks_at.get(key, 0) + 1
    dated, undated = [], []
    for i, d in enumerate(plan.deadlines):
        p = period(d.date)
        (dated if p else undated).append((i, d, p))

    parts: list[str] = []
    if dated:
        dated.sort(key=lambda x: (x[2].start, x[2].end, x[0]))
        start, end, ticks = _axis([p for _, _, p in dated])
        days = (end - start).days
        parts.append(f'<h3>{UI["dated"]} ({len(dated)})</h3><div class="timeline">'
                     '<div class="tl-axis" aria-hidden="true">')
        parts += [f'<span class="tl-tick" style="left:{_pct(t, start, days)}%">{label}</span>'
                  for t, label in ticks]
        parts.append('</div><ol class="tl-rows">')
        for i, d, p in dated:
            left = _pct(p.start, start, days)
            width = round(100 * ((p.end - p.start).days + 1) / days, 2)
            n = tasks_at.get(tuple(d.span), 0)
            note = f" · {n} {UI['tasks_with']}" if n else ""
            assumed = "*" if d.year_assumed else ""
            parts.append(
                f'<li class="tl-row" data-target="deadline-{i}" tabindex="0" data-kind="deadline">'
                f'<span class="tl-date">{esc(p.label)}{assumed}</span>'
                f'<span class="tl-track"><span class="tl-bar tl-{d.kind}" '
                f'style="left:{left}%;width:{width}%"></span></span>'
                f'<span class="tl-text">{esc(DEADLINE_KINDS.get(d.kind, d.kind))}: '
                f'{esc(short(d.text))}{note}</span></li>')
        parts.append("</ol></div>")
        if any(d.year_assumed for _, d, _ in dated):
            parts.append(f'<p class="note">* {UI["year_assumed"]}</p>')
    if undated:
        parts.append(f'<h3>{UI["undated"]} ({len(undated)})</h3><ul class="rules">')
        for i, d, _ in undated:
            parts.append(f'<li data-target="deadline-{i}" tabindex="0">'
                         f'<b>{esc(DEADLINE_KINDS.get(d.kind, d.kind))}</b>: '
                         f'{esc(short(" ".join(d.text.split())))}'
                         + (f' <code>{esc(d.rule)}</code>' if d.rule else "") + '</li>')
        parts.append("</ul>")
    if not parts:
        parts.append(f'<p class="empty">{UI["no_items"]}</p>')
    return "".join(parts)

