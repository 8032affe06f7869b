"""Duties a regulation gives to classes of regulated actors (lexicon actors).

"Điều 15. Trách nhiệm của tổ chức, cá nhân sản xuất, kinh doanh hóa chất" / "5. Trách nhiệm của
chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp:" give each clause or point under them (or the
heading's own paragraph) to the class; a leaf clause whose subject is a class followed by its
work ("b) Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp thực hiện lập …", "1. Nhà đầu tư
thứ cấp có trách nhiệm …") is the class's. Only units no other rule gave a task get one here,
so a named body, a licence's holder or a catch-all keeps its reading; a unit that only states a
right ("… có quyền cho thuê lại …") gets none. The class is named as printed without its "các",
and a shorter printing of it ("Chủ đầu tư") takes the fullest name the document gives it.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import actors as lex
from ..lexicon.bodies import RIGHT_AFTER
from ..lexicon.structure import ITEM_MARKER
from ..models import Task
from ..span_index import Cover
from .letter_requests import leaves

_CLASS_RE = re.compile(lex.ACTOR_CLASS, re.I)
_HEAD_RE = re.compile(lex.DUTY_HEADING, re.I)
_SPLIT_RE = re.compile(lex.CLASS_LIST_SPLIT, re.I)
_CUE_RE = re.compile(r"\s+" + lex.ACTOR_DUTY_CUE)
_COLON_RE = re.compile(r"[ \t]*:\s*(?=[^\W\d_])")
_RIGHT_RE = re.compile(RIGHT_AFTER, re.I)
_NOT_DUTY_RE = re.compile(lex.ACTOR_NOT_DUTY, re.I)
_CATCH_RE = re.compile(lex.ACTOR_CATCH_ALL, re.I)
_MARKER_RE = re.compile(ITEM_MARKER)
_OPENS_LOWER_WORD_RE = re.compile(r"[ \t\n]+([^\W\d_]+)")
_MAX_WORDS = 16


def apply(ctx, tasks: list[Task], report: bool = False) -> list[Task]:
    """``tasks`` and one task per unit a class of actors is given (see module doc). A report
    (``report``) recounts what actors did and gives them no work."""
    text = ctx.text
    if report:
        return tasks
    found: list[tuple[int, int, str]] = []   # unit start, end, class as printed
    covered = Cover(t.span for t in tasks)
    starts = sorted(t.span[0] for t in tasks)

    def free(s: int, e: int) -> bool:   # no task of another rule covers any of the unit
        k = bisect.bisect_left(starts, s)
        return s not in covered and (k >= len(starts) or starts[k] >= e)

    seen: set[tuple[int, int]] = set()
    for sec in ctx.outline.all_sections():
        classes = heading_classes(_full_title(text, sec))
        if classes:
            units = leaves(sec.children) if sec.children else [tuple(sec.body_span)]
            for s, e in units:
                s, e = ctx.span(s, e)
                if e > s and (s, e) not in seen and free(s, e) and not _states_right(text, s, e):
                    seen.add((s, e))
                    found += [(s, e, c) for c in classes]
            continue
        if sec.children:
            continue
        s, e = ctx.span(*sec.body_span)
        if e <= s or (s, e) in seen or not free(s, e):
            continue
        who = subject_class(text, _MARKER_RE.match(text, s).end(), e)
        if who:
            seen.add((s, e))
            found.append((s, e, who))
    # a class a duties heading of few words already gave its clauses to, as printed ("cơ sở kinh
    # doanh dược"): named the same way, and not given a clause that only states its right
    printed = {id(t) for t in tasks if t.lead and t.lead[:1].islower() and _is_class(t.lead)}
    if not found and not printed:
        return tasks
    names = _canonical(list(dict.fromkeys([c for _, _, c in found] + [t.lead for t in tasks if id(t) in printed])))
    out = []
    for t in tasks:
        if id(t) in printed:
            if _states_right(text, *t.span):
                continue
            t = t.model_copy(update={"lead": names[t.lead]})
        out.append(t)
    made = [ctx.make(s, e, names[c], "clause") for s, e, c in found]
    return sorted(out + made, key=lambda t: t.span)


def _is_class(name: str) -> bool:
    """A class of actors as printed: its head (lexicon ACTOR_CLASS) and lower-case words only."""
    return bool(_CLASS_RE.match(name)) and not any(w[:1].isupper() for w in name.split()[1:])


def heading_classes(title: str) -> list[str]:
    """The classes of actors a duties heading names ("Trách nhiệm của chủ đầu tư …, các doanh
    nghiệp sản xuất kinh doanh, các cơ quan có liên quan" → the first two), as printed."""
    m = _HEAD_RE.match(title)
    if not m:
        return []
    rest = " ".join(title[m.end():].split()).strip(" :.;")
    out = []
    for part in _SPLIT_RE.split(rest):
        part = part.strip(" ,;:.")
        c = _CLASS_RE.match(part)
        if c and _is_class(part) and not _CATCH_RE.search(part) and len(part.split()) <= _MAX_WORDS:
            out.append(part)
    return out


def subject_class(text: str, pos: int, end: int) -> str | None:
    """The class of actors that opens the clause at ``pos`` as its subject, followed by its work
    (lexicon ACTOR_DUTY_CUE, or a colon and the work in capitals), as printed; None otherwise."""
    m = _CLASS_RE.match(text, pos, end)
    if not m:
        return None
    i, words = m.end(), 0
    while i < end and words <= _MAX_WORDS:
        if _RIGHT_RE.match(text, i, end) or _NOT_DUTY_RE.match(text, i, end):
            return None   # "Chủ đầu tư … có quyền cho thuê lại …": a right, no work given
        colon = _COLON_RE.match(text, i, end)
        if _CUE_RE.match(text, i, end) or colon and text[colon.end()].isupper() \
                and _CUE_RE.match(" " + text[colon.end():colon.end() + 30].casefold()):
            who = " ".join(text[pos:i].split()).strip(" ,")
            return None if _CATCH_RE.search(who) or _labels(text, i, end) else who
        w = _OPENS_LOWER_WORD_RE.match(text, i, end)
        if not w or not w.group(1)[:1].islower():
            if text.startswith(",", i) and _OPENS_LOWER_WORD_RE.match(text, i + 1, end):
                i += 1   # "cơ sở sản xuất, kinh doanh hóa chất"
                continue
            return None
        i, words = w.end(), words + 1
    return None


def _labels(text: str, pos: int, end: int) -> bool:
    """Whether the line at ``pos`` is a label and the name it gives ("9. Nhà thầu lập thiết kế xây
    dựng: Công ty Cổ phần X", "Chủ đầu tư: Ban Quản lý dự án …"), not a subject and its work."""
    eol = text.find("\n", pos, end)
    colon = text.find(":", pos, end if eol < 0 else eol)
    if colon < 0:
        return False
    after = text[colon + 1:colon + 40].lstrip()
    return after[:1].isupper() and not _CUE_RE.match(" " + after.casefold())


def _full_title(text: str, sec) -> str:
    """The section's title, with the rest of a list the line broke after a comma ("5. Trách
    nhiệm của chủ đầu tư …,\ncác doanh nghiệp …, các cơ quan có liên quan: Có trách nhiệm …")."""
    title = sec.title or ""
    if not title.rstrip().endswith(","):
        return title
    colon = text.find(":", sec.span[1], min(sec.body_span[1], sec.span[1] + 200))
    if colon < 0 or any(ch in text[sec.span[1]:colon] for ch in ".;"):
        return title
    return title + " " + text[sec.span[1]:colon]


def _states_right(text: str, s: int, e: int) -> bool:
    pos = _MARKER_RE.match(text, s).end()
    m = _CLASS_RE.match(text, pos, e)
    if not m:
        return False
    r = _RIGHT_RE.search(text, m.end(), min(e, m.end() + 120))
    return bool(r) and "." not in text[m.end():r.start()]


def _fold(s: str) -> str:
    s = " ".join(s.split()).casefold()
    return re.sub(r"^(?:các|những|mọi)\s+", "", s)


def _canonical(classes: list[str]) -> dict[str, str]:
    """Each class as printed → its name: the fullest printing in the document whose words hold
    all of its words and that opens with the same head ("Chủ đầu tư" → "Chủ đầu tư xây dựng hạ
    tầng kỹ thuật cụm công nghiệp"), without "các", capitalized."""
    out = {}
    for c in classes:
        key = _fold(c)
        head = _CLASS_RE.match(key).group(0)
        best = key
        for other in map(_fold, classes):
            if other.startswith(head) and set(key.split()) <= set(other.split()) and len(other) > len(best) \
                    and _is_class(other):
                best = other
        out[c] = best[:1].upper() + best[1:]
    return out
