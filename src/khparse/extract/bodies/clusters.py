"""Clustering: mentions of one real body (abbreviations, separators, scope of the issuing
level) folded into one Body with its name, aliases and roles."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import bodies as lex
from ...models import Body, Task
from ...span_index import ByOffset
from .firm_initials import same_firm_pairs
from .names import (
    FIXED_SHORT, NEEDS_SCOPE, PREFIX_RE, SPACES_RE, SUB_LEVELS, Mention, display, fold,
)

ROLE_ORDER = ["lead", "partner", "assignee", "addressee"]


def set_keys(mentions: list[Mention]) -> None:
    # in a province's documents "thành phố Lào Cai" is a city under it, not the issuing level
    provincial = any(m.levels and m.levels[0] == "tỉnh" for m in mentions)
    places: dict[tuple, set] = {}
    bare: dict[tuple, set] = {}   # places printed with no level ("Công ty Xây dựng Hòa Bình")
    for m in mentions:
        if m.levels and not m.collective and m.levels[0] in SUB_LEVELS and m.place:
            places.setdefault((m.head, m.field_key, m.levels[0]), set()).add(fold(m.place))
        elif not m.levels and m.place and not m.collective:
            bare.setdefault((m.head, m.field_key), set()).add(fold(m.place))
    for m in mentions:
        if not m.levels and m.place and not m.collective and len(bare.get((m.head, m.field_key), ())) > 1:
            # one field after several places ("Công ty cổ phần xây dựng Hòa Bình", "Công ty TNHH
            # xây dựng Minh Long"): as many bodies as places
            scope = ("place", fold(m.place))
        elif m.collective:
            scope = ("coll", frozenset(l for l in m.levels if l not in lex.TOP_LEVELS) or frozenset(m.levels))
        elif provincial and m.levels and m.levels[0] == "thành phố" and m.place:
            scope = ("city", fold(m.place))
        elif m.levels and m.levels[0] in SUB_LEVELS:
            many = len(places.get((m.head, m.field_key, m.levels[0]), ())) > 1
            scope = (m.levels[0], fold(m.place) if many and m.place else None)
        else:
            scope = None
        fk = m.field_key or (fold(m.head_text) if m.head == "trường học" else None)   # kinds of schools differ
        m.key = (m.head.casefold(), fk and fold(fk.replace("|", " ")), m.number, scope)


@dataclass
class Addressee:
    """An item of the Kính gửi list and the body it names (an index into the bodies)."""
    span: tuple[int, int]
    body: int


def cluster(text: str, mentions: list[Mention], addr_spans: list[tuple[int, int]]
            ) -> tuple[list[Body], list[Addressee]]:
    """The bodies (those with a role), and the addressee items; each mention's ``body`` is
    set to the index of the body it names."""
    parent: dict = {}

    def find(k):
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    addr_keys = []
    by_offset = ByOffset(mentions, key=lambda m: m.start)
    # "Kính gửi: Công ty cổ phần X" (lower case, no mention read) is the "Công ty Cổ phần X" the
    # letter names later: the same words in another case
    by_words = {}
    for m in mentions:
        by_words.setdefault(fold(text[m.start:m.end]).strip(" .,;"), m.key)
    for s, e in addr_spans:
        k = ("addr", fold(text[s:e]))
        same = by_words.get(fold(text[s:e]).strip(" .,;"))
        if same is not None and not by_offset.between(s, e):
            union(k, same)
        inner = by_offset.between(s, e)
        pre = PREFIX_RE.match(text, s)   # "Chủ tịch UBND các xã": the body its head speaks for
        whole = [m for m in inner if m.start in (s, pre.end() if pre else s)]
        if whole and whole[0].end >= e - 1:
            addr_keys.append(((s, e), whole[0].key))
            continue
        if whole and _NOTE_AFTER_RE.fullmatch(text, whole[0].end, e):
            addr_keys.append(((s, whole[0].end), whole[0].key))   # the name without its note
            continue
        find(k)
        for m in whole:
            union(k, m.key)
        addr_keys.append(((s, e), k))
    for m in mentions:
        find(m.key)
    for a, b in same_firm_pairs(mentions):   # "Công ty CP khai thác VLXD X" = "… Khai thác vật liệu xây dựng X"
        union(b.key, a.key)
    groups: dict = {}
    for m in mentions:
        groups.setdefault(find(m.key), []).append(m)
    for span, k in addr_keys:
        groups.setdefault(find(k), [])
    bodies: list[Body] = []
    addressees: list[Addressee] = []
    addr_of: dict = {}   # group → its addressee items, in list order
    for sp, k in addr_keys:
        addr_of.setdefault(find(k), []).append(sp)
    order = sorted(groups, key=lambda g: min([m.start for m in groups[g]] + [s for s, _ in addr_of.get(g, ())] or [0]))
    for g in order:
        ms = groups[g]
        addr = addr_of.get(g, [])
        roles = {m.role for m in ms if m.role} | ({"addressee"} if addr else set())
        if not roles:
            continue
        names, read = _names(text, ms, addr)
        body = Body(name=names[0], aliases=names[1:], known_as=names[read:], roles=[r for r in ROLE_ORDER if r in roles],
                    collective=any(m.collective for m in ms) or bool(addr and re.match(r"(?i)\s*các\b", text[addr[0][0]:addr[0][1]])),
                    mentions=sorted({(m.start, m.end) for m in ms} | set(addr)))
        idx = len(bodies)
        bodies.append(body)
        for m in ms:
            m.body = idx
        for sp in addr:
            addressees.append(Addressee(sp, idx))
    return bodies, addressees


# "Kính gửi: - Công ty X (chủ đầu tư CCN Y);": a note in brackets after the name is no part of it
_NOTE_AFTER_RE = re.compile(r"\s*\([^()\n]{1,80}\)\s*[.;,]?\s*")


def _expand(m: Mention, with_scope: bool, short: bool = False) -> list[str]:
    heads = [m.head]
    if short:
        heads = FIXED_SHORT.get(m.head, []) or [m.head]
    fields = [None]
    if m.field_key:
        if m.field_key in lex.FIELDS:
            fk = m.field_key
            fields = [display(fk), fk.replace("|", ", "), fk.replace("|", " ")]
            if short:
                fields = list(lex.FIELDS[fk]) or fields
        else:
            fields = [m.field_text if not m.abbr else m.field_text]
    scope = ""
    if with_scope and (m.levels or m.place):
        if m.collective:
            lv = [x for x in m.levels if x not in lex.SCOPE_QUALIFIERS]
            scope = " ".join(["các " + ", ".join(lv)] + [x for x in m.levels if x in lex.SCOPE_QUALIFIERS])
        else:
            scope = " ".join(x for x in (m.levels[0] if m.levels else None, m.place) if x)
    out = []
    for h in heads:
        for f in fields:
            parts = [h] + ([m.number] if m.number else []) + ([f] if f else []) + ([scope] if scope else [])
            out.append(" ".join(parts))
    return out


def _addressee_name(text: str, s: int, e: int, ms: list[Mention]) -> str:
    """An addressee as printed, or, when it is one item of a shared-head enumeration
    ("Các Sở: Tư pháp, Nội vụ", "UBND các xã: A, B"), that item's full name ("Sở Nội vụ",
    "Ủy ban nhân dân xã B")."""
    m = next((m for m in ms if (m.start, m.end) == (s, e)), None)
    if m is not None and m.bare:
        return f"{m.head_text} {m.bare}" if not m.place else _expand(m, True)[0]
    if m is not None and ":" in text[m.start:m.end]:   # "UBND các xã: Trấn Yên" → "UBND xã Trấn Yên"
        return _expand(m, True)[0]
    return m.printed(text) if m is not None else SPACES_RE.sub(" ", text[s:e])


def _distinct(text: str, ms: list[Mention]) -> list[Mention]:
    """The first of each set of mentions that would give the same names: a body printed the
    same way 2000 times in a long volume is expanded once (a later twin only adds names
    already in the list, which keeps first occurrences)."""
    seen, out = set(), []
    for m in ms:
        sig = (m.printed(text), text[m.start:m.end],
               text[max(0, m.start - 4):m.start].lower().endswith("các "), m.head, m.field_key,
               m.field_text, m.number, m.levels, m.place, m.collective, m.abbr, m.bare)
        if sig not in seen:
            seen.add(sig)
            out.append(m)
    return out


def _names(text: str, ms: list[Mention], addr: list[tuple[int, int]]) -> tuple[list[str], int]:
    """Name first (fullest printed form), then every alias worth matching on; and how many of
    them the text reads (the rest are the lexicon's full and short forms: ``known_as``)."""
    every, ms = ms, _distinct(text, ms)
    printed = []
    for m in ms:
        p = m.printed(text)
        if m.bare:
            printed.append((m, " ".join(_expand(m, True)[:1]) or p))
        printed.append((m, p))
    full = [p for m, p in printed if not m.abbr and not m.bare and not m.unit_of] or \
        [p for m, p in printed if not m.abbr and not m.bare]   # the parent names a unit's body
    candidates = [_addressee_name(text, s, e, every) for s, e in addr]
    if not candidates:
        best = max(full, key=len) if full else None
        if best is None:
            longest = max(ms, key=lambda m: (bool(m.levels or m.place), m.end - m.start))
            best = _expand(longest, True)[0]
        candidates = [best]
    names = []
    for c in candidates:
        # "Hiệu trưởng các trường THPT", "Trưởng phòng GD&ĐT các huyện": the office-holder
        # speaks for the body named after the position; the printed form stays an alias
        pre = PREFIX_RE.match(c)
        if pre and pre.group("pos") and any(fold(c[pre.end("pos"):]).endswith(fold(m.printed(text)))
                                            or fold(m.printed(text)) == fold(c[pre.end():]) for m in ms):
            body = c[pre.end("pos"):]
            names.append(body[:1].upper() + body[1:])
    names += [c[:1].upper() + c[1:] for c in candidates]
    for m, p in printed:
        names.append(p)
        if m.bare:
            names.append(m.bare)
    names += [text[m.start:m.end] for m in ms]  # exactly as printed, "(LĐTB&XH)" and all
    names += [text[m.start:m.unit_of] for m in ms if m.unit_of]   # "Chi nhánh Y - Công ty Z" whole
    read = len(names)
    for m in ms:
        for ws in (True, False):
            if not ws and m.head in NEEDS_SCOPE:
                continue
            names += _expand(m, ws) + _expand(m, ws, short=True)
        if m.collective:
            names += [re.sub(r"\bcác\s+", "", n) for n in _expand(m, True)]
        if m.number:
            names.append(f"{m.head} {m.number}")
        if m.head in lex.UNIT_OF_HEADS:
            names.append(m.head)   # "Văn phòng Sở Y tế" is printed "Văn phòng Sở" in the Sở's own text
        if text[max(0, m.start - 4):m.start].lower().endswith("các "):
            names.append("các " + m.printed(text))
    seen, out, n_read = set(), [], 0
    for i, n in enumerate(names):
        n = SPACES_RE.sub(" ", n).strip(" ,;:.")
        k = fold(n) + "|" + n.casefold()
        if n and k not in seen:
            seen.add(k)
            out.append(n)
            n_read += i < read
    return out, max(n_read, 1)


def with_task_roles(bodies: list[Body], tasks: list[Task]) -> list[Body]:
    """Bodies whose roles agree with the tasks: a task's lead has role lead, its partners
    partner (a lead named in a table cell or a letter's request is found by the tasks stage,
    after the roles read from the cues around each name)."""
    index: dict[str, int] = {}
    for i, b in enumerate(bodies):
        for n in (b.name, *b.aliases):
            index.setdefault(n, i)
    extra: dict[int, set[str]] = {}
    for t in tasks:
        for name, role in [(t.lead, "lead"), *((p, "partner") for p in t.partners)]:
            if name in index:
                extra.setdefault(index[name], set()).add(role)
    out = []
    for i, b in enumerate(bodies):
        roles = set(b.roles) | extra.get(i, set())
        out.append(b if roles == set(b.roles) else
                   b.model_copy(update={"roles": [r for r in ROLE_ORDER if r in roles]}))
    return out
