"""A dateless deadline's rule in machine-readable form (contract: such a deadline "says so in
kind and rule").

Periodic: an RFC 5545 RRULE for the recurring limit ("trước ngày 20 hằng tháng" →
``FREQ=MONTHLY;BYMONTHDAY=20``; "báo cáo quý trước ngày 15 tháng cuối quý" →
``FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15``). Within/relative: an ISO 8601 duration
(``P5D``; RFC 5545's ``-P5D`` when counted back before an event), whether it counts working
days, and the event it counts from. No rule when the text names no period or length to write
one with: the rule never just repeats the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import compiled
from ..lexicon import time as L
from .percentages import parse_number

_P = compiled(L, re.I, """
    RULE_PERIOD RULE_DAY RULE_MONTH RULE_PERIOD_MONTH RULE_TIME RULE_WEEKDAY RULE_LENGTH RULE_EVENT""")


@dataclass(frozen=True)
class TimeRule:
    """The Deadline fields a rule fills: ``rule``, ``working_days``, ``counted_from``."""
    rule: str | None = None
    working_days: bool = False
    counted_from: str | None = None


def time_rule(text: str, kind: str) -> TimeRule:
    """The rule of a periodic, within or relative deadline as printed in ``text``."""
    text = " ".join(text.split())
    if kind == "periodic":
        return TimeRule(rule=_rrule(text))
    if kind in ("within", "relative"):
        return _duration(text)
    return TimeRule()


def _rrule(text: str) -> str | None:
    """FREQ from the period named; BYMONTH/BYMONTHDAY/BYDAY/BYHOUR/BYMINUTE from the limit."""
    period = _period(text)                                # (FREQ, INTERVAL) or None
    parts: dict[str, str] = {}
    day = _P.RULE_DAY.search(text)
    month = None
    if day:
        parts["BYMONTHDAY"] = str(int(day["day"]))
        month = day["m1"] or day["m2"]
    else:
        m = _P.RULE_MONTH.search(text)
        month = m and m["month"]
    if month:
        period = ("YEARLY", 1)                            # a day of a named month recurs yearly
        parts["BYMONTH"] = str(int(month))
    pm = _P.RULE_PERIOD_MONTH.search(text)
    if pm and not month:
        if pm["of"].lower() == "quý":
            period = ("MONTHLY", 3)
        if period and period[0] == "MONTHLY" and 12 % period[1] == 0 and period[1] > 1:
            step = period[1]
            first = step if pm["which"].lower() == "cuối" else 1
            parts["BYMONTH"] = ",".join(str(m) for m in range(first, 13, step))
            period = ("YEARLY", 1)
    weekday = _P.RULE_WEEKDAY.search(text)
    if weekday:
        parts["BYDAY"] = "SU" if weekday["sunday"] else L.WEEKDAYS[weekday["day"].lower()]
        period = period or ("WEEKLY", 1)
    at = _P.RULE_TIME.search(text)
    if at:
        hour = int(at["hour"])
        if (at["part"] or "").lower() in ("chiều", "tối") and hour < 12:
            hour += 12
        parts["BYHOUR"], parts["BYMINUTE"] = str(hour), str(int(at["minute"] or 0))
    if period is None:
        return None
    freq, interval = period
    head = [f"FREQ={freq}"] + ([f"INTERVAL={interval}"] if interval > 1 else [])
    order = ("BYMONTH", "BYMONTHDAY", "BYDAY", "BYHOUR", "BYMINUTE")
    return ";".join(head + [f"{k}={parts[k]}" for k in order if k in parts])


def _period(text: str) -> tuple[str, int] | None:
    """The finest period the text names: "định kỳ 6 tháng, hằng năm" reports every 6 months
    (each yearly report date is also a 6-monthly one)."""
    best: tuple[str, int] | None = None
    best_days = 0.0
    for m in _P.RULE_PERIOD.finditer(text):
        freq, step = L.PERIOD_FREQ[(m["unit"] or m["next"]).lower()]
        n = int(parse_number(m["n"]) or 1) if m["n"] else 1
        if freq == "MONTHLY" and step * n % 12 == 0:
            freq, step, n = "YEARLY", 1, step * n // 12  # "định kỳ 12 tháng": yearly
        days = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 30, "YEARLY": 365}[freq] * step * n
        if best is None or days < best_days:
            best, best_days = (freq, step * n), days
    return best


def _duration(text: str) -> TimeRule:
    length = _P.RULE_LENGTH.search(text)
    n = length and parse_number(length["n"])
    if not n or n != int(n):
        return TimeRule()
    unit = L.DURATION_UNITS[length["unit"].lower()]
    event = _P.RULE_EVENT.search(text, length.end())
    sign = "-" if event and event["back"] else ""
    rule = f"{sign}PT{int(n)}H" if unit == "H" else f"{sign}P{int(n)}{unit}"
    return TimeRule(rule=rule, working_days=bool(length["working"]),
                    counted_from=event["event"] if event else None)
