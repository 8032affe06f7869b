"""Regex speed helpers that keep every match the same.

The first characters a pattern can match at are worked out by reading the pattern source
with a small reader of its own (public ``re`` only: no ``re._parser``). It knows literals,
escapes, classes, groups, alternation, quantifiers and zero-width assertions; where the first
character could be something else (``.``, a negated class, a back-reference, a group with
flags …) it gives up, and the pattern simply gets no guard.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CATEGORIES = {"d": r"\d", "w": r"\w", "s": r"\s"}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_ZERO_WIDTH_ESCAPES = set("bBAZ")


class _GiveUp(Exception):
    """The pattern uses something the reader does not follow."""


@dataclass
class _Item:
    """One element of a sequence: a set of first characters (class items as regex text), a
    group of alternatives, or a zero-width assertion; ``optional`` when it may match empty."""
    chars: set[str] | None = None
    alternatives: list[list[_Item]] | None = None
    zero_width: bool = False
    unknown: bool = False        # matches something the reader does not follow
    optional: bool = False
    plain: bool = False          # a single literal character or a class
    source: str = ""             # the item's text (alternatives sharing a first item)


class _Reader:
    def __init__(self, src: str):
        self.src = src
        self.i = 0

    def peek(self, n: int = 1) -> str:
        return self.src[self.i:self.i + n]

    def take(self, n: int = 1) -> str:
        s = self.src[self.i:self.i + n]
        self.i += n
        return s

    def alternation(self, nested: bool) -> list[list[_Item]]:
        alts = [self.sequence()]
        while self.peek() == "|":
            self.take()
            alts.append(self.sequence())
        if nested:
            if self.take() != ")":
                raise _GiveUp
        elif self.i < len(self.src):
            raise _GiveUp
        return alts

    def sequence(self) -> list[_Item]:
        items: list[_Item] = []
        while self.i < len(self.src) and self.peek() not in "|)":
            start = self.i
            item = self.atom()
            self.quantifier(item)
            item.source = self.src[start:self.i]
            items.append(item)
        return items

    def quantifier(self, item: _Item) -> None:
        c = self.peek()
        if c in ("?", "*"):
            self.take()
            item.optional, item.plain = True, False
        elif c == "+":
            self.take()
            item.plain = False
        elif c == "{":
            m = re.compile(r"\{(\d*)(,?)(\d*)\}").match(self.src, self.i)
            if not m:
                return   # a literal "{"
            if not m.group(1) and not m.group(3):
                return
            self.i = m.end()
            item.plain = False
            if not m.group(1) or int(m.group(1)) == 0:
                item.optional = True
        else:
            return
        if item.zero_width:
            raise _GiveUp
        if self.peek() in ("?", "+"):   # lazy or possessive: the same first characters
            self.take()

    def atom(self) -> _Item:
        c = self.take()
        if c == "(":
            return self.group()
        if c == "[":
            negated = self.peek() == "^"
            if negated:
                self.take()
            chars, known = self.char_class()
            if negated or not known:
                return _Item(unknown=True)
            return _Item(chars=chars, plain=True)
        if c in "^$":
            return _Item(zero_width=True)
        if c == ".":
            return _Item(unknown=True)
        if c == "\\":
            e = self.take()
            if e in _CATEGORIES:
                return _Item(chars={_CATEGORIES[e]}, plain=True)
            if e in _ZERO_WIDTH_ESCAPES:
                return _Item(zero_width=True)
            if e.isdigit() or e in "DWS":   # a back-reference, a negated category
                while self.peek().isdigit():
                    self.take()
                return _Item(unknown=True)
            return _Item(chars={re.escape(self.escaped_char(e))}, plain=True)
        if c in "*+?":
            raise _GiveUp
        return _Item(chars={re.escape(c)}, plain=True)

    def escaped_char(self, e: str) -> str:
        if e in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[e]
        if e in "xuU":
            n = {"x": 2, "u": 4, "U": 8}[e]
            digits = self.take(n)
            if len(digits) != n or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _GiveUp
            return chr(int(digits, 16))
        if e.isalnum() or not e:
            raise _GiveUp   # back-references, \N{…}, octal and the like
        return e

    def group(self) -> _Item:
        if self.peek() != "?":
            return _Item(alternatives=self.alternation(nested=True))
        self.take()
        c = self.take()
        if c == ":":
            return _Item(alternatives=self.alternation(nested=True))
        if c == "P" and self.peek() == "<":
            end = self.src.find(">", self.i)
            if end < 0:
                raise _GiveUp
            self.i = end + 1
            return _Item(alternatives=self.alternation(nested=True))
        if c in "=!" or (c == "<" and self.peek() in "=!"):
            if c == "<":
                self.take()
            self.alternation(nested=True)
            return _Item(zero_width=True)
        if c == "P" and self.peek() == "=":   # (?P=name): a back-reference
            end = self.src.find(")", self.i)
            if end < 0:
                raise _GiveUp
            self.i = end + 1
            return _Item(unknown=True)
        if c == ">" or (c.isalpha() or c == "-") and self.src.find(":", self.i) >= 0:
            m = re.compile(r"[aiLmsux]*(?:-[imsx]+)?:").match(self.src, self.i - 1) if c != ">" else None
            if c == ">" or m:   # an atomic group, a group with flags: read through it
                if m:
                    self.i = m.end()
                self.alternation(nested=True)
                return _Item(unknown=True)
        raise _GiveUp   # global flags, conditionals, comments

    def char_class(self) -> tuple[set[str], bool]:
        """The items of a class up to its "]", and whether the reader knew them all."""
        out: set[str] = set()
        known = True
        first = True
        while True:
            c = self.take()
            if not c:
                raise _GiveUp
            if c == "]" and not first:
                return out, known
            first = False
            if c == "\\":
                e = self.take()
                if e in _CATEGORIES:
                    out.add(_CATEGORIES[e])
                    continue
                if e in "DWS":
                    known = False
                    continue
                if e == "b":
                    lo = "\b"
                else:
                    lo = self.escaped_char(e)
            elif c == "[" and self.peek() in ":=.":
                raise _GiveUp
            else:
                lo = c
            if self.peek() == "-" and self.peek(2) != "-]" and self.src[self.i + 1:self.i + 2] not in ("]", ""):
                self.take()
                h = self.take()
                if h == "\\":
                    e = self.take()
                    if e in _CATEGORIES:
                        raise _GiveUp
                    hi = self.escaped_char(e)
                else:
                    hi = h
                if ord(hi) < ord(lo):
                    raise _GiveUp
                out.add(re.escape(lo) + "-" + re.escape(hi) if hi != lo else re.escape(lo))
            else:
                out.add(re.escape(lo))


def _first_chars(items: list[_Item]) -> tuple[set[str], bool]:
    """(class items a match of the sequence can start with, can it be empty). Look-arounds at
    the start are passed over: the set only grows, which is safe for a pre-check."""
    out: set[str] = set()
    for item in items:
        if item.zero_width:
            continue
        if item.unknown:
            raise _GiveUp
        if item.alternatives is not None:
            alts = [_first_chars(a) for a in item.alternatives]
            chars, empty = set().union(*(a[0] for a in alts)), any(a[1] for a in alts)
        else:
            chars, empty = item.chars, False
        out |= chars
        if not (empty or item.optional):
            return out, False
    return out, True


def _opens_plain(alts: list[list[_Item]]) -> bool:
    """The pattern opens with a plain character or class, which ``re`` scans for fast
    already: a single alternative starting so, or alternatives that each are one plain
    character or class, or that all share the same plain first item."""
    if len(alts) == 1:
        return bool(alts[0]) and alts[0][0].plain
    if all(len(a) == 1 and a[0].plain for a in alts):
        return True
    firsts = {a[0].source if a else None for a in alts}
    return len(firsts) == 1 and bool(alts[0]) and alts[0][0].plain


def first_char_guard(src: str, flags: int = 0) -> str:
    """A look-ahead for the first character of ``src``, to put in front of it (compiled with the
    same ``flags``, so case folding is the same). A pattern that opens with an alternation, a
    look-behind or an optional part gets no fast scan from ``re``, which then runs the whole
    machinery at every position; the look-ahead rejects most positions at once. Same matches.
    "" when the first character cannot be worked out, or when ``src`` opens with a plain
    character or class (``re`` scans for those fast already; a look-ahead only slows it)."""
    if flags & re.VERBOSE:
        return ""
    try:
        alts = _Reader(src).alternation(nested=False)
    except (_GiveUp, IndexError, ValueError):
        return ""
    if _opens_plain(alts):
        return ""
    try:
        chars, empty = _first_chars([_Item(alternatives=alts)])
    except _GiveUp:
        return ""
    if empty or not chars:
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


def guarded(src: str, flags: int = 0) -> re.Pattern:
    """``re.compile(src, flags)`` with its first-character look-ahead."""
    return re.compile(first_char_guard(src, flags) + src, flags)
