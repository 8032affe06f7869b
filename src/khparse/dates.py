"""Find and interpret calendar expressions; ISO strings at the precision the text gives."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .extract._regex import guarded
from .lexicon import dates as L
from .span_index import SpanSet

_MONTH_YEAR = guarded(L.MONTH_YEAR, re.I)
_FORMS = [  # order matters: longer, more specific forms first
    ("day", guarded(L.LONG, re.I)),
    ("day", guarded(L.DMY)),
    ("day", guarded(L.DM_YEAR, re.I)),
    ("quarter", guarded(L.QUARTER_RANGE, re.I)),
    ("quarter", guarded(L.QUARTER, re.I)),
    ("month", guarded(L.MONTH_RANGE, re.I)),
    ("half", guarded(L.HALF, re.I)),
    ("month", _MONTH_YEAR),
    ("year", guarded(L.YEAR, re.I)),
]
_MY = guarded(L.MY)
_QUARTER_ONLY = guarded(L.QUARTER_ONLY, re.I)
_DM = guarded(L.DM)
_DM_LONG = guarded(L.DM_LONG, re.I)
_MONTH_ONLY = guarded(L.MONTH_ONLY, re.I)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    iso: str | None          # "2018-12-31", "2018-12", "2019-Q1", "2019-H1", "2019"
    precision: str           # day | month | quarter | half | year
    year_assumed: bool = False


def _iso(precision: str, g: dict, year: int | None = None) -> str | None:
    y = int(g["y"]) if g.get("y") else year
    if y is None:
        return None
    if precision == "quarter":
        return f"{y}-Q{L.QUARTER_NUMBERS[g['q'].upper()]}"
    if precision == "half":
        return f"{y}-H{1 if g['half'] == 'đầu' else 2}"
    if precision == "year":
        return f"{y}"
    m = int(g["m"])
    if not 1 <= m <= 12:
        return None
    if precision == "day" and g.get("d"):
        d = int(g["d"])
        if not 1 <= d <= 31:
            return None
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}-{m:02d}"


def find_dates(text: str, start: int = 0, end: int | None = None, *,
               default_year: int | None = None, bare_month_year: bool = False,
               bare_day_month: bool = False, bare_month: bool = False) -> list[DateMatch]:
    """All date expressions in text[start:end], non-overlapping, in order.

    ``bare_month_year`` also accepts "12/2018"; ``bare_day_month`` accepts "31/12" and takes
    ``default_year`` (the match says ``year_assumed``), also written "ngày 31 tháng 12";
    ``bare_month`` accepts "tháng 12" and "quý II" with ``default_year``. All are off by default because
    such numbers are often not dates.
    """
    end = len(text) if end is None else end
    taken = SpanSet()
    out: list[DateMatch] = []

    def free(a: int, b: int) -> bool:
        return not taken.overlaps(a, b)

    forms = list(_FORMS)
    if bare_month_year:
        at = next(i for i, (_, rx) in enumerate(forms) if rx is _MONTH_YEAR) + 1
        forms.insert(at, ("month", _MY))  # after "tháng 12/2018", which is longer
    for precision, rx in forms:
        for m in rx.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            p = "month" if precision == "day" and not g.get("d") else precision
            iso = _iso(p, g)
            if iso is None:
                continue
            taken.add(m.start(), m.end())
            out.append(DateMatch(m.start(), m.end(), iso, p))
    assumed = []
    if bare_day_month and default_year:
        assumed += [("day", _DM_LONG), ("day", _DM)]
    if bare_month and default_year:
        assumed += [("month", _MONTH_ONLY), ("quarter", _QUARTER_ONLY)]
    for precision, rx in assumed:
        for m in rx.finditer(text, start, end):
            if free(m.start(), m.end()):
                iso = _iso(precision, m.groupdict(), default_year)
                if iso:
                    taken.add(m.start(), m.end())
                    out.append(DateMatch(m.start(), m.end(), iso, precision, year_assumed=True))
    out.sort(key=lambda d: d.start)
    return out


def parse_date(s: str) -> str | None:
    """The first date in ``s`` as ISO, or None."""
    found = find_dates(s)
    return found[0].iso if found else None
