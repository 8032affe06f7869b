"""Offset lookups built once, answered in O(log n): which spans cover an offset, which items
start in a range.

Extractors ask these questions per sentence, date, mention or task; a scan over every span
or item per question made extraction quadratic in the length of the text (a 4 MB volume took
minutes). Each answer is exactly what the scan gave, in the same order.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Cover:
    """The union of half-open spans ``[a, b)``, which may grow: ``offset in cover`` is
    ``any(a <= offset < b for a, b in spans)``."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[Sequence[int]] = ()):
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted((s[0], s[1]) for s in spans if s[0] < s[1]):
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self._starts, self._ends = starts, ends

    def add(self, a: int, b: int) -> None:
        if a >= b:
            return
        i = bisect.bisect_left(self._ends, a)      # the first stretch that reaches a
        j = bisect.bisect_right(self._starts, b)   # past the last one that starts by b
        if i < j:
            a, b = min(a, self._starts[i]), max(b, self._ends[j - 1])
        self._starts[i:j] = [a]
        self._ends[i:j] = [b]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


class Overlaps:
    """Fixed spans of any length: ``overlaps(s, e)`` is ``any(s < b and a < e for a, b in spans)``.
    Of the spans starting before ``e``, the one reaching furthest decides."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[Sequence[int]]):
        ordered = sorted((s[0], s[1]) for s in spans)
        self._starts = [a for a, _ in ordered]
        reach, far = [], None
        for _, b in ordered:
            far = b if far is None else max(far, b)
            reach.append(far)
        self._reach = reach

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self._starts, e) - 1
        return i >= 0 and self._reach[i] > s


class SpanSet:
    """A growing set of spans: ``overlaps(s, e)`` is ``any(s < b and a < e for a, b in spans)``.

    Spans are kept sorted by start; a query looks only at those starting within the longest
    span's length before ``s`` (no other can reach it), a handful for short spans such as
    dates, rules and goals.
    """

    __slots__ = ("_spans", "_longest")

    def __init__(self, spans: Iterable[Sequence[int]] = ()):
        self._spans: list[tuple[int, int]] = []
        self._longest = 0
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        bisect.insort(self._spans, (a, b))
        self._longest = max(self._longest, b - a)

    def overlaps(self, s: int, e: int) -> bool:
        spans = self._spans
        lo = bisect.bisect_left(spans, (s - self._longest,))
        hi = bisect.bisect_left(spans, (e,), lo)
        return any(s < spans[i][1] for i in range(lo, hi))


class ByOffset(Generic[T]):
    """Items indexed by an offset (a mention's start, a deadline's span start):
    ``between(a, b)`` is ``[x for x in items if a <= key(x) < b]``, in the items' order.

    The keys are read at the first question (nothing is sorted for an index never asked);
    they must not change after it.
    """

    __slots__ = ("_items", "_key", "_keys", "_order")

    def __init__(self, items: Sequence[T], key: Callable[[T], int]):
        self._items = items
        self._key = key
        self._order: list[int] | None = None
        self._keys: list[int] = []

    def between(self, a: int, b: int) -> list[T]:
        if self._order is None:
            items, key = self._items, self._key
            self._order = sorted(range(len(items)), key=lambda i: key(items[i]))
            self._keys = [key(items[i]) for i in self._order]
        lo = bisect.bisect_left(self._keys, a)
        hi = bisect.bisect_left(self._keys, b, lo)
        if hi - lo <= 1:
            return [self._items[i] for i in self._order[lo:hi]]
        return [self._items[i] for i in sorted(self._order[lo:hi])]

    def first_from(self, a: int) -> T | None:
        """``min((x for x in items if key(x) >= a), key=key)``: the earliest item on a tie."""
        self.between(a, a)   # builds the index
        lo = bisect.bisect_left(self._keys, a)
        return self._items[self._order[lo]] if lo < len(self._keys) else None


class Stabbing(Generic[T]):
    """Spans that contain an offset: ``at(offset)`` is
    ``[x for x in items if span(x)[0] <= offset < span(x)[1]]`` sorted by ``rank`` (stable,
    so ties keep the items' order).

    Between two consecutive span ends the answer does not change: it is computed once per
    such stretch in one sweep, and a query is one bisect. Meant for nested spans (a section
    tree), where each stretch holds one chain of ancestors.
    """

    __slots__ = ("_bounds", "_answers")

    def __init__(self, items: Sequence[T], span: Callable[[T], Sequence[int]],
                 rank: Callable[[T], object]):
        events: dict[int, tuple[list[int], list[int]]] = {}
        for i, x in enumerate(items):
            a, b = span(x)[0], span(x)[1]
            if a < b:
                events.setdefault(a, ([], []))[0].append(i)
                events.setdefault(b, ([], []))[1].append(i)
        self._bounds = sorted(events)
        active: set[int] = set()
        answers: list[tuple[T, ...]] = []
        for pos in self._bounds:
            opened, closed = events[pos]
            active.difference_update(closed)
            active.update(opened)
            answers.append(tuple(items[i] for i in sorted(active, key=lambda i: (rank(items[i]), i))))
        self._answers = answers

    def at(self, offset: int) -> list[T]:
        i = bisect.bisect_right(self._bounds, offset) - 1
        return list(self._answers[i]) if i >= 0 else []


class Inside(Generic[T]):
    """Items whose span lies within ``[s, e]``: ``inside(s, e)`` is
    ``[x for x in items if s <= span(x)[0] and span(x)[1] <= e]``, in the items' order."""

    __slots__ = ("_by_start", "_span", "_slack")

    def __init__(self, items: Sequence[T], span: Callable[[T], Sequence[int]]):
        self._by_start = ByOffset(items, key=lambda x: span(x)[0])
        self._span = span
        # how far a start may lie past its end (0 unless a span is inverted)
        self._slack = max((span(x)[0] - span(x)[1] for x in items), default=0)

    def inside(self, s: int, e: int) -> list[T]:
        near = self._by_start.between(s, e + 1 + max(0, self._slack))
        return [x for x in near if self._span(x)[1] <= e]
