"""Regex speed helpers that keep every match the same."""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)


def _first_chars(items) -> tuple[set[str], bool] | None:
    """(character-class items a match of the parsed regex ``items`` can start with, can it be
    empty), or None when the regex uses something this does not follow. Look-arounds at the
    start are passed over: the set only grows, which is safe for a pre-check."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(re.escape(chr(a)))
                elif o is C.RANGE:
                    out.add(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o is C.CATEGORY and a in _CATEGORIES:
                    out.add(_CATEGORIES[a])
                else:
                    return None
            return out, False
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            r = _first_chars(av[-1].data)
        elif op is C.BRANCH:
            alts = [_first_chars(alt.data) for alt in av[1]]
            r = None if None in alts else (set().union(*(a[0] for a in alts)), any(a[1] for a in alts))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            r = _first_chars(av[2].data)
            r = r and (r[0], r[1] or av[0] == 0)
        else:
            return None
        if r is None:
            return None
        out |= r[0]
        if not r[1]:
            return out, False
    return out, True


def first_char_guard(src: str, flags: int = 0) -> str:
    """A look-ahead for the first character of ``src``, to put in front of it (compiled with the
    same ``flags``, so case folding is the same). A pattern that opens with an alternation, a
    look-behind or an optional part gets no fast scan from ``re``, which then runs the whole
    machinery at every position; the look-ahead rejects most positions at once. Same matches.
    "" when the first character cannot be worked out, or when ``src`` opens with a plain
    character or class (``re`` scans for those fast already; a look-ahead only slows it)."""
    parsed = _parser.parse(src, flags).data
    if parsed and parsed[0][0] in (C.LITERAL, C.IN):
        return ""
    r = _first_chars(parsed)
    if not r or r[1]:
        return ""
    return "(?=[" + "".join(sorted(r[0])) + "])"


def guarded(src: str, flags: int = 0) -> re.Pattern:
    """``re.compile(src, flags)`` with its first-character look-ahead."""
    return re.compile(first_char_guard(src, flags) + src, flags)
