"""Vietnamese administrative language as data: patterns and word lists, one module per topic.

Each module cites the part of the genre (Decree 30/2020/NĐ-CP, common practice) it encodes,
so a reader can check it against real documents. Word lists stay lists; :func:`one_of` makes
the alternation a pattern needs, and :func:`compiled` gives an extractor a module's patterns
compiled once, under their lexicon names.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from types import ModuleType, SimpleNamespace


def one_of(words: Iterable[str]) -> str:
    """``(?:w1|w2|…)``: the words in their order (where one is a prefix of another, the list
    says which is tried first)."""
    return "(?:" + "|".join(words) + ")"


def compiled(module: ModuleType, flags: int, names: str) -> SimpleNamespace:
    """The patterns ``names`` (space-separated) of a lexicon module, each compiled with
    ``flags``, as attributes of the same names: ``P.MEETING.search(…)`` reads as the lexicon."""
    return SimpleNamespace(**{name: re.compile(getattr(module, name), flags) for name in names.split()})
