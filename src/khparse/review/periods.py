"""Partial ISO dates of the Plan ("2024-12-31", "2024-12", "2024-Q2", "2024-H1", "2024") as
the stretch of calendar they cover, and as a Vietnamese reader writes them."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])))?$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date          # inclusive
    label: str         # "31/12/2024", "tháng 12/2024", "quý II/2024", "6 tháng đầu năm 2024"


def period(iso: str | None) -> Period | None:
    """The period an ISO string of the Plan names; None when it is not one of its forms."""
    m = _ISO.match(iso or "")
    if not m:
        return None
    y = int(m["y"])
    try:
        if m["d"]:
            day = date(y, int(m["m"]), int(m["d"]))
            return Period(day, day, f"{day.day:02d}/{day.month:02d}/{y}")
        if m["m"]:
            mo = int(m["m"])
            return Period(date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]),
                          f"tháng {mo:02d}/{y}")
    except ValueError:
        return None
    if m["q"]:
        q = int(m["q"])
        last = 3 * q
        return Period(date(y, last - 2, 1), date(y, last, calendar.monthrange(y, last)[1]),
                      f"quý {_ROMAN[q]}/{y}")
    if m["h"]:
        first = m["h"] == "1"
        return Period(date(y, 1 if first else 7, 1), date(y, 6, 30) if first else date(y, 12, 31),
                      f"6 tháng {'đầu' if first else 'cuối'} năm {y}")
    return Period(date(y, 1, 1), date(y, 12, 31), f"năm {y}")


def date_label(iso: str | None) -> str:
    """How the page shows an ISO date: Vietnamese order, or the string itself if unknown."""
    p = period(iso)
    return p.label if p else (iso or "")
