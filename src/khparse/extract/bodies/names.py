"""Name grammar of responsible bodies: where a mention of a body starts and ends in the text.

A mention is a head (`Sở`, `UBND`, `Công an` …), a field (`Lao động - Thương binh và Xã
hội`, an abbreviation, or a run of capitalized words), a scope (`thành phố`, `quận Ba Đình`,
`các quận, huyện`); an enumeration sharing the head (`các Sở Văn hóa Thể Thao, Công thương,
Y tế`) gives one mention per item. Catch-alls (`các sở, ngành liên quan`) never form a
mention: they have no head+field.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ... import nlp as _nlp
from ...lexicon import bodies as lex
from ...lexicon.structure import NOT_AGENCY
from .._regex import first_char_guard

def _cls(pred) -> str:
    chars = [chr(c) for lo, hi in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00))
             for c in range(lo, hi) if pred(chr(c))]
    return "".join(chars).replace("-", r"\-").replace("]", r"\]").replace("^", r"\^")


UP = _cls(lambda c: c.isalpha() and c.isupper())
LO = _cls(lambda c: c.isalpha() and c.islower())
L = UP + LO
NB = rf"(?![{L}\d])"          # word end
SB = rf"(?<![{L}\d])"         # word start
CAPW = rf"[{UP}][{L}]*{NB}"
LOWW = rf"[{LO}]+{NB}"
_SEP_IN_FIELD = r"(?:\s*-\s*|\s*,\s*|\s+)"


def _src(words: str) -> str:
    """A printed phrase as a regex: flexible spaces, `|` = any name-part separator."""
    parts = [re.escape(p.strip()).replace(r"\ ", r"\s+") for p in words.split("|")]
    src = _SEP_IN_FIELD.join(parts)
    return src.replace(r"\s+và\s+", r"\s*(?:và|&)\s*")


_FOLD_SEP_RE = re.compile(r"\bvà\b|&|[-,.()]")
SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=4096)   # a document folds the same few names thousands of times
def fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    s = _FOLD_SEP_RE.sub(" ", s)
    return SPACES_RE.sub(" ", s).strip()


def display(field_key: str) -> str:
    first, *rest = field_key.split("|")
    return " - ".join([first] + rest) if rest else first


def _heads_re(alternatives) -> re.Pattern:
    alt = "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"
    # the look-ahead first: it rejects most positions before the look-behind is tried
    return re.compile(first_char_guard(alt, re.I) + SB + alt + NB, re.I)


# --- compiled lexicon -------------------------------------------------------------------
_FIXED: list[tuple[re.Pattern, str, bool]] = []
for canon, variants, needs in lex.FIXED_HEADS:
    for v in variants:
        _FIXED.append((re.compile(re.sub(r" (?!\?)", r"\\s+", v).replace(" ?", r"\s*"), re.I), canon, needs))
_FIXED_RE = _heads_re(p.pattern for p, _, _ in _FIXED)
FIELD_HEAD_RE = _heads_re(_src(h) for h in lex.FIELD_HEADS)
_FIELD_FULL = [(re.compile(_src(k), re.I), k) for k in lex.FIELDS]
_FIELD_FULL_RE = re.compile("(?:" + "|".join(sorted((p.pattern for p, _ in _FIELD_FULL), key=len, reverse=True)) + ")" + NB, re.I)
_CONTINUES_RE = re.compile(rf"(?:[ \t]+và[ \t]+|[ \t]*-[ \t]*)[{UP}]")
_PARTY_SCOPE_RE = re.compile(r"[ \t]+" + lex.PARTY_SCOPE + rf"(?![{L}])", re.I)
# printed in any case: "Công ty cổ phần X", "Công ty trách nhiệm hữu hạn một thành viên X"
_LEGAL_FORM_RE = re.compile(r"(?:TNHH|(?i:trách nhiệm hữu hạn|cổ phần)|CP)(?:[ \t]+(?:MTV|(?i:một thành viên|hai thành viên)))?[ \t]+")
_VERB_RE = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, lex.ACTION_VERBS)) + rf")(?![{L}])")
_LOW_WORD_RE = re.compile(rf"[ \t]+({LOWW})")
_TAIL_BOUNDARY_RE = re.compile(lex.NAME_TAIL_BOUNDARY)
_PRINTED_SEP_RE = re.compile(r"\s*:\s*|\s+")
_FIELD_CANON = {h.lower(): h for h in lex.FIELD_HEADS}
_FIELD_BY_FOLD = {fold(k.replace("|", " ")): k for k in lex.FIELDS}
_OWN_FIELD_RE = {h: re.compile("(?:" + "|".join(_src(f) for f in fs) + ")" + NB) for h, fs in lex.FIELDS_OF_HEAD.items()}
_ABBR: dict[str, str] = {}
for k, abbrs in lex.FIELDS.items():
    for a in abbrs:
        _ABBR.setdefault(a.replace(" ", ""), k)
_ABBR_TOKEN = rf"[{UP}]{{2,}}(?:[&\-][{UP}]+)*(?:\s+(?:tội phạm|TP)\s+về\s+[{UP}]+)?"
_ABBR_RE = re.compile(_ABBR_TOKEN + rf"(?![{L}\d&\-])")
_LEVEL_RE = re.compile(rf"(?:{lex.LEVELS})(?![{L}\d])", re.I)
_LOWER_OK = {"Công an", "Ủy ban nhân dân", "Phòng", "Sở", "cơ quan báo, đài", "cấp ủy", "trường học", "đoàn cơ sở"}
_QUALIFIER_RE = re.compile(r"[ \t]+(?:" + "|".join(sorted(map(re.escape, lex.SCOPE_QUALIFIERS), key=len, reverse=True))
                           + r")(?![^\W\d_])")
NEEDS_SCOPE = {canon for canon, _, needs in lex.FIXED_HEADS if needs}
SUB_LEVELS = {"quận", "huyện", "thị xã", "xã", "phường", "thị trấn"}
FIXED_SHORT: dict[str, list[str]] = {}
for canon, variants, _ in lex.FIXED_HEADS:
    plain = [re.sub(r"\(\?:[^()]*\)\?", "", v).replace("-?", "-").replace(" ?", " ") for v in variants]
    FIXED_SHORT[canon] = [v for v in plain if re.fullmatch(rf"[{L}\s-]+", v)]


# scanners used while parsing a name (compiled once: several embed the large letter classes)
_CAPW_RE = re.compile(CAPW)
_LOW_AFTER_RE = re.compile(r"[ \t]+(" + LOWW + ")")
_LOW_NEXT_RE = re.compile(r"[ \t](" + LOWW + ")")
_ONE_BLANK_RE = re.compile(r"[ \t](?=\S)")
_JOIN_CAP_RE = re.compile(rf"(?:[ \t]*-[ \t]*|[ \t]+và[ \t]+|[ \t]+)(?=[{UP}])")
_SCOPE_OPEN_RE = re.compile(r"[ \t]+(các[ \t]+)?")
# a body named by its level ("Ủy ban nhân dân cấp xã", "UBND cấp tỉnh"): "cấp" before the level word
_LEVEL_WORD_RE = re.compile(r"cấp[ \t]+")
_LEVEL_SEP_RE = re.compile(r"[ \t]*(?:,|và)[ \t]*")
_PLACE_AFTER_LEVEL_RE = re.compile(rf"[ \t]*(?:{CAPW}(?:[ \t]+{CAPW}){{0,3}}|\d+{NB})")
_BARE_PLACE_RE = re.compile(rf"[ \t]+({CAPW}(?:[ \t]+{CAPW}){{1,3}})")
_BLANKS_RE = re.compile(r"[ \t]+")
_NUMBER_AFTER_RE = re.compile(r"\s+(\d+)(?=\s)")
_NUMBERED_RE = re.compile(lex.NUMBERED)   # "Chi nhánh số 1", "Tổ số 3"
_COLON_RE = re.compile(r"\s*:\s*")
_BLANKS_BEFORE_LETTER_RE = re.compile(r"[ \t]+(?=[^\W\d_])")
_ABBR_DEF_RE = re.compile(r"\s*\(\s*(" + _ABBR_TOKEN + r")\s*\)")
_UNDER_RE = re.compile(r"\s+(?:trực\s+)?thuộc\s+")
_ITEM_SEP_RE = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_POSITION_NEXT_RE = re.compile(rf"{lex.POSITION_PREFIX}(?![{L}])")
_PLACE_LIST_RE = re.compile(rf"[ \t]*:[ \t]*({CAPW}(?:[ \t]+{CAPW}){{0,3}})(?![{L}\d])")
_NEXT_PLACE_RE = re.compile(rf"[ \t]*,[ \t]*({CAPW}(?:[ \t]+{CAPW}){{0,3}})(?![{L}\d])")
_SHORT_NAME_DEF_RE = re.compile(r"\s*\(\s*(?:sau đây gọi tắt là|sau đây gọi là|gọi tắt là|viết tắt là)?\s*("
                                + _ABBR_TOKEN + r")\s*\)")
_PLURAL_BEFORE_RE = re.compile(r"(?:các|những)\s+$", re.I)


_NOT_OPENER_RE = re.compile(
    "(?:" + "|".join(_src(w) for w in sorted(NOT_AGENCY + lex.NOT_NAME_OPENERS, key=len, reverse=True)) + ")" + NB, re.I)
_SHORT_LEVEL_RE = re.compile(rf"(?:thành|thị)(?![{L}\d])", re.I)   # "các huyện, thành, thị"
_POSITION_BEFORE_RE = re.compile(lex.POSITION_PREFIX + r"\s+$")
_POSITION_AT_RE = re.compile(lex.POSITION_PREFIX + rf"(?![{L}])")


# "Chủ tịch UBND các xã", "các": what may stand before a name without being part of it
PREFIX_RE = re.compile(rf"\s*(?:(?:các|những)\s+)?(?P<pos>(?:{lex.HONORIFIC}\s+)?{lex.POSITION_PREFIX}\s+)?"
                       r"(?:(?:các|những)\s+)?", re.I)   # "đề nghị đồng chí Giám đốc Sở X": the honorific too
# a list or heading marker ("1.", "a)", "-")
MARKER = r"(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]?|[a-zđ][.)]|[-+•*])"


@dataclass
class Mention:
    start: int
    end: int
    head: str                     # canonical head ("Sở", "Ủy ban nhân dân")
    head_text: str                # as printed
    field_key: str | None = None  # lexicon key or folded printed field
    field_text: str | None = None
    number: str | None = None
    levels: tuple[str, ...] = ()
    place: str | None = None
    scope_text: str = ""
    collective: bool = False
    abbr: bool = False            # printed with an abbreviation
    bare: str | None = None       # an enumeration item printed without its head
    cut: list[tuple[int, int]] = field(default_factory=list)  # "(LĐTB&XH)" definitions
    role: str | None = None
    passive: bool = False
    after_direct: bool = False    # reached through "chỉ đạo / lãnh đạo X": a sub-assignment
    body: int | None = None       # index of the body it names, once clustered
    unit_of: int = 0              # a unit written "… - <its parent>": the parent's end (its name is a form of the parent's)
    key: tuple = ()

    def printed(self, text: str) -> str:
        s, parts = self.start, []
        for a, b in self.cut:
            parts.append(text[s:a])
            s = b
        parts.append(text[s:self.end])
        return _PRINTED_SEP_RE.sub(" ", "".join(parts)).strip()   # "các Sở: Y tế" → "Sở Y tế"


@dataclass
class Head:
    """A head read at a position: ``fixed`` heads name a body by themselves ("UBND",
    "Công an"), others take a field ("Sở" + "Y tế"); ``needs_scope``: only with a scope."""
    end: int
    canon: str
    fixed: bool
    needs_scope: bool


@dataclass
class Field:
    """A field read after a head: its key (the lexicon's, else the folded printed form), as
    printed, and whether it was printed as an abbreviation."""
    end: int
    key: str | None
    printed: str | None
    abbr: bool = False


@dataclass
class Scope:
    """A scope read after a name: levels ("huyện", or several for a class of bodies), the
    place, whether it names a class ("các xã, phường"), as printed."""
    end: int
    levels: tuple[str, ...]
    place: str | None
    collective: bool
    printed: str


def _field_at(text: str, pos: int, head: str, doc_abbr: dict[str, str]) -> Field | None:
    """The field name starting at ``pos``, or None."""
    own = _OWN_FIELD_RE.get(head)
    m = own.match(text, pos) if own else None
    if m:   # "Bộ Công an": a field printed like a head of its own
        return Field(m.end(), m.group(0), m.group(0))
    m = _FIELD_FULL_RE.match(text, pos)
    if m:
        cont = _CONTINUES_RE.match(text, m.end())
        more = _generic_field(text, cont.end() - 1) if cont else None
        if more:   # "Văn hóa, Thông tin và Thể thao": more than the lexicon's field
            printed = text[pos:more.end]
            return Field(more.end, _FIELD_BY_FOLD.get(fold(printed), fold(printed)), printed)
        joined = _comma_and_field(text, m.end())
        if joined:   # "Khoa học công nghệ, môi trường và Vật liệu xây dựng": a field of three parts
            printed = text[pos:joined]
            return Field(joined, fold(printed), printed)
        for rx, k in _FIELD_FULL:
            if rx.fullmatch(m.group(0)):
                if k in lex.OPEN_FIELDS:   # "Phòng Nghiệp vụ Y": the capitalized word goes on
                    sp = re.compile(rf"[ \t]+(?=[{UP}\d])").match(text, m.end())
                    more = _generic_field(text, sp.end()) if sp else None
                    end = more.end if more else None
                    if sp and not more:
                        num = re.compile(r"\d+" + NB).match(text, sp.end())
                        end = num.end() if num else None
                    if end is not None:
                        printed = text[pos:end]
                        return Field(end, fold(printed), printed)
                return Field(m.end(), k, m.group(0))
    m = _ABBR_RE.match(text, pos)
    if m:
        tok = re.sub(r"\s+", " ", m.group(0))
        key = lex.ABBR_BY_HEAD.get((head, tok.replace(" ", ""))) or doc_abbr.get(tok) \
            or _ABBR.get(tok.replace(" ", "")) or fold(tok)
        if not _LEVEL_RE.fullmatch(tok):
            return Field(m.end(), key, tok, True)
    return _generic_field(text, pos)


_GROUP_WORD_RE = re.compile(r"Tập[ \t]+đoàn" + NB)
_FIRM_HEADS = ("Công ty", "Tổng công ty", "Tập đoàn")   # "Tập đoàn Điện lực Việt Nam": a state group
_CAP_BEFORE_RE = re.compile(rf"{SB}[{UP}][{L}]*[ \t]+$")
_FIRM_STOP_VERB_RE = re.compile(r"[ \t]+(?:" + "|".join(
    map(re.escape, sorted(set(lex.ACTION_VERBS) - set(lex.FIRM_NOUN_VERBS), key=len, reverse=True))) + rf"){NB}")
_PERSON_TITLE_RE = re.compile("(?:" + "|".join(map(re.escape, lex.PERSON_TITLES)) + ")" + NB)
_FIRM_JOIN_RE = re.compile(r"[ \t]+(?:-[ \t]+|(và)[ \t]+)?")
_FIRM_WORD_RE = re.compile(rf"[{UP}][{L}&]*{NB}|[{UP}\d]{{2,}}{NB}")
_FIRM_NAME_END_RE = re.compile(rf"[ \t]*(?:[,;:.()\n]|$|[ \t](?:{'|'.join(lex.NOT_NAME_TAIL + lex.ACTION_VERBS)}){NB})")


def _not_scoped(text: str, end: int) -> bool:
    """No level scopes a firm's field at ``end`` ("Công ty Cấp nước tỉnh X" is the field and its
    scope); a bare place after it is the firm's own name ("Công ty cổ phần xây dựng Yên Hà",
    "Công ty TNHH MTV xây dựng Trung Anh" are two firms, not one field in two places)."""
    sc = _scope_at(text, end, allow_bare_place=True)
    return not sc or not sc.levels


_FIRM_NUMBER_RE = re.compile(rf"[ \t]+\d+{NB}")
# abbreviated field words inside a firm's name, written out in its key ("ĐTXD", "VLXD")
_FIRM_ABBR_RE = re.compile(SB + "(?:" + "|".join(map(re.escape, sorted(lex.LOWER_FIELD_WORD_ABBRS, key=len, reverse=True)))
                           + rf")(?![{L}\d&\-])")


def _firm_name_at(text: str, pos: int, lower_start: bool = False) -> Field | None:
    """A firm's proper name: its capitalized words and the field syllables between them,
    whatever heads or places they hold ("Xây dựng giao thông Yên Bái", "Xây dựng Trường
    Sơn"), when it ends at punctuation or a word that never continues a name.
    ``lower_start``: the words before are surely a firm's (a legal form, "Tổng công ty"), so
    sentence-case field syllables may open the name ("cổ phần xây dựng giao thông Yên Bái")."""
    p, end = pos, None
    if lower_start and not _FIRM_WORD_RE.match(text, pos):
        q = pos - 1 if pos and text[pos - 1] in " \t" else pos
        while True:   # one blank between words: a wider gap is a layout table's next column
            lw = _LOW_NEXT_RE.match(text, q)
            if lw and lw.group(1) == "và" and q > pos:   # "cổ phần xây dựng và năng lượng Đông Dương"
                nxt = _LOW_NEXT_RE.match(text, lw.end())
                lw = nxt if nxt and nxt.group(1) in lex.NAME_TAIL_SYLLABLES else lw
            if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)):
                break
            q = lw.end()
        # two syllables at least: one ("cổ phần xây Bài") is a layout table's words run together
        sp = _ONE_BLANK_RE.match(text, q) if len(text[pos:q].split()) >= 2 else None
        if not sp or not _FIRM_WORD_RE.match(text, sp.end()):
            return None
        p = sp.end()
    tail_end = numbered = None
    while True:
        w = _FIRM_WORD_RE.match(text, p)
        if not w or _PAPER_RE.match(text, p):
            break
        end = p = w.end()
        lw = _LOW_AFTER_RE.match(text, p)   # "Xây lắp Trường Giang": a word's own second syllable
        if lw and not _FIRM_NAME_END_RE.match(text, p) and not _LEVEL_RE.fullmatch(lw.group(1)) \
                and re.match(rf"[ \t]+[{UP}]", text[lw.end():lw.end() + 3]):
            end = p = lw.end()
        while True:   # lower-case field syllables lead on only to another capitalized word
            lw = _LOW_AFTER_RE.match(text, p)
            if lw and lw.group(1) == "và":   # "Tư vấn xây dựng và thương mại Tiến Đạt"
                lw = _LOW_AFTER_RE.match(text, lw.end())
            if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)):
                break
            p = lw.end()
            num = _FIRM_NUMBER_RE.match(text, p) if lw.group(1) == "số" else None
            if num:   # "Công ty CP Đầu tư xây dựng số 9 Bắc Giang": a numbered firm
                end = p = numbered = num.end()
                break
            if _FIRM_NAME_END_RE.match(text, p) and not _CAP_BEFORE_RE.search(text, pos, w.start()):
                # "… Đô thị và Khu công nghiệp có trách nhiệm": field syllables close it; not after a
                # proper name ("Năng lượng Yên Hà tổng hợp …": the name ends with its capitals)
                tail_end = p
            if _FIRM_STOP_VERB_RE.match(text, p):
                break          # "… hạ tầng và giao thông thẩm định, phê duyệt": the verb is no name's
        region = _region_after(text, p)
        if region:   # "Tổng công ty Điện lực miền Trung": the region it serves is its name's
            end = p = region
        sp = _FIRM_JOIN_RE.match(text, p)
        if not sp or sp.group(1) and (_head_at(text, sp.end()) or not _FIRM_WORD_RE.match(text, sp.end())
                                      or _PERSON_TITLE_RE.match(text, sp.end())):
            break   # "Đô thị và Khu công nghiệp Sông Đà" goes on; "X và Công ty Y" is two names
        if "-" in sp.group(0) and (h := _head_at(text, sp.end())) and h.canon in _FIRM_HEADS:
            break   # "Công ty A - Công ty B": two firms (partners of a joint venture)
        p = sp.end()
    if end is not None and tail_end and tail_end > end and not _FIRM_NAME_END_RE.match(text, end):
        end = tail_end
    if end is None or not (_FIRM_NAME_END_RE.match(text, end) or _PAPER_AFTER_RE.match(text, end) or end == numbered):
        return None   # (its number closes a name: "Tổng công ty Xây dựng số 4 thi công …")
    printed = text[pos:end]
    return Field(end, fold(_FIRM_ABBR_RE.sub(lambda a: lex.LOWER_FIELD_WORD_ABBRS[a.group(0)], printed)), printed)


_PAPER_RE = re.compile(lex.PAPER_NAME_START)
_PAPER_AFTER_RE = re.compile(r"[ \t]+" + lex.PAPER_NAME_START)


# lower-case words that never end a capitalized word of a name ("Đá quý và Vàng tại Văn bản số …")
_NOT_SECOND_SYLLABLE = frozenset(["các"] + [w for w in lex.NOT_NAME_TAIL if " " not in w and w != "về"])   # "QLHC về TTXH"


def _generic_field(text: str, pos: int) -> Field | None:
    """A run of capitalized words, each with at most one lower-case syllable after it."""
    end, p, bare_cap = None, pos, False
    while True:
        w = _CAPW_RE.match(text, p)
        if not w or _FIXED_RE.match(text, p) or _LEVEL_RE.match(text, p) \
                or FIELD_HEAD_RE.match(text, p) and not (p == pos and _GROUP_WORD_RE.match(text, p)):
            break   # "Công ty CP Tập đoàn Đông Đô": a group's name opens a firm's
        p = w.end()
        lw = _LOW_AFTER_RE.match(text, p)
        # "Thể Thao tăng …": after a title-cased word the lower-case word is not the name's
        title_cased = bare_cap and text[w.start() - 1:w.start()] == " "
        # "TKV - CTCP nghiên cứu": an acronym has no syllable of its own ("QLHC về TTXH" joins two)
        acronym = len(w.group(0)) >= 2 and w.group(0).isupper() and not (lw and lw.group(1) == "về")
        if lw and not title_cased and not acronym and not _LEVEL_RE.fullmatch(lw.group(1)) \
                and lw.group(1) not in _NOT_SECOND_SYLLABLE:
            p, bare_cap = lw.end(), False
        else:
            bare_cap = True
        end = p
        j = _JOIN_CAP_RE.match(text, p)
        if not j or ("và" in j.group(0) and _POSITION_NEXT_RE.match(text, j.end())):
            break   # "Trưởng phòng Nghiệp vụ Dược và Giám đốc Bệnh viện …": a second office-holder
        p = j.end()
    if end is None:
        return None
    # a sentence-case tail ("Quản lý thương mại") when a boundary follows it
    q, tail_end = end, None
    nl = _NOUN_VERB_RE.match(text, end)
    if nl:   # "… Tư vấn phát triển công nghiệp chủ trì": a tail through to a firm end
        q2 = nl.end()
        for _ in range(4):
            lw = _LOW_WORD_RE.match(text, q2)
            if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES:
                break
            q2 = lw.end()
            if _FIRM_END_RE.match(text, q2):
                tail_end = q2
    if not tail_end and not _VERB_RE.match(text, end):
        for _ in range(5):
            lw = _LOW_WORD_RE.match(text, q)
            if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES:
                break
            q = lw.end()
            if _TAIL_BOUNDARY_RE.match(text, q) or _VERB_RE.match(text, q):
                tail_end = q
    if tail_end:
        end = tail_end
    elif _TAIL_CANDIDATE_RE.match(text, end) and not _VERB_RE.match(text, end):
        end = _pos_tail(text, end) or end   # unsure: "Trung tâm Quan trắc tài nguyên và môi trường"
    end = _comma_and_field(text, end) or _comma_tail(text, end) or end
    printed = text[pos:end]
    return Field(end, _FIELD_BY_FOLD.get(fold(printed), fold(printed)), printed)


def _comma_tail(text: str, end: int) -> int | None:
    """A second field joined by a comma, in lower case ("Phòng Chính trị, tư tưởng", "Phòng
    Tổ chức, cán bộ"): field syllables only, closed by a firm end (punctuation, a role cue)."""
    c = re.compile(r",[ \t]*").match(text, end)
    if not c or _VERB_RE.match(text, c.end() - 1) or _TAIL_CANDIDATE_RE.match(text, c.end() - 1) is None:
        return None
    q, found = c.end() - 1, None
    for _ in range(4):
        lw = _LOW_WORD_RE.match(text, q)
        if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)):
            break
        q = lw.end()
        if _FIRM_END_RE.match(text, q) or re.compile(r"[ \t]*\(").match(text, q):
            found = q
    return found if found and found - c.end() >= 3 and " " in text[c.end():found] else None


_COMMA_AND_RE = re.compile(r"[ \t]+và[ \t]+")


def _comma_and_field(text: str, end: int) -> int | None:
    """A field of three parts, the middle one in sentence case after a comma, the last after
    "và" ("Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng", "Phòng Kinh tế, hạ tầng và
    Đô thị"): field syllables only, the whole closed by a firm end (punctuation, a role cue).
    An enumeration sharing a head prints its items capitalized ("Sở Tài chính, Xây dựng và
    Công Thương"), so a lower-case middle part is the name's own."""
    c = re.compile(r",[ \t]*").match(text, end)
    if not c or _VERB_RE.match(text, c.end() - 1) or _TAIL_CANDIDATE_RE.match(text, c.end() - 1) is None:
        return None
    q, n = c.end() - 1, 0
    for _ in range(4):
        lw = _LOW_WORD_RE.match(text, q)
        if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)):
            break
        q, n = lw.end(), n + 1
    a = _COMMA_AND_RE.match(text, q) if n else None
    if not a:
        return None
    q = a.end()
    w = _CAPW_RE.match(text, q)
    if w:   # the last part capitalized: a run of capitalized words with their own syllables
        if _FIXED_RE.match(text, q) or FIELD_HEAD_RE.match(text, q) or _LEVEL_RE.match(text, q) \
                or _POSITION_AT_RE.match(text, q):
            return None   # "…, thuế và Kho bạc Nhà nước": a second body
        q = w.end()
        while True:
            j = re.compile(rf"[ \t]+(?=[{UP}])").match(text, q)
            w = _CAPW_RE.match(text, j.end()) if j else None
            if not w or _FIXED_RE.match(text, j.end()) or FIELD_HEAD_RE.match(text, j.end()) \
                    or _LEVEL_RE.match(text, j.end()):
                break
            q = w.end()
    else:
        q -= 1   # the blank before the first lower-case word
    found = q if w or _joined_end(text, q) else None
    for _ in range(4):   # its sentence-case syllables ("Vật liệu xây dựng")
        lw = _LOW_WORD_RE.match(text, q)
        if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)):
            break
        q = lw.end()
        if _joined_end(text, q):
            found = q
    return found if found and _joined_end(text, found) else None


_LEVEL_NEXT_RE = re.compile(rf"[ \t]+(?:{lex.LEVELS})(?![{L}\d])")


def _joined_end(text: str, q: int) -> bool:
    """A joined field ends at a firm end or before its scope ("… và Đô thị huyện Bát Xát")."""
    return bool(_FIRM_END_RE.match(text, q) or _LEVEL_NEXT_RE.match(text, q))


_NOUN_VERB_RE = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, lex.NOUN_LIKE_VERBS)) + rf")(?![{L}])")
_FIRM_END_RE = re.compile(r"[ \t]*(?:[,;:)\n]|\.(?:\s|$)|$)|[ \t]+(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm"
                          r"|là cơ quan|là đơn vị)\b")
_TAIL_CANDIDATE_RE = re.compile(rf"[ \t]+(?!(?i:{lex.LEVELS}|{'|'.join(lex.NOT_NAME_TAIL)}){NB})[{LO}]")
_NOUN_TAGS = {"N", "Nc", "Nu", "Ny"}
_STOP_TAGS = {"V", "A", "CH", "E", "R"}


def _pos_tail(text: str, end: int) -> int | None:
    """Where a name written in sentence case ends, from POS tags of the ~12 words after the
    capitalized part: it runs through nouns (and `và` + noun, `các` + two nouns) and ends at
    the first verb / adjective / preposition / punctuation or a scope level. None when the
    tags do not show such an end (or NLP is off): the caller keeps its regex answer."""
    if not _nlp.enabled():
        return None
    eol = text.find("\n", end)
    window = text[end:min(eol if eol >= 0 else len(text), end + 120)]
    words = list(re.finditer(r"\S+", window))[:12]
    if not words:
        return None
    span = window[:words[-1].end()]
    tags = _nlp.pos_tag(span.strip())
    if not tags:
        return None
    offs, q = [], len(span) - len(span.lstrip())
    for w, _t in tags:   # token offsets in the window (tags keep the printed words)
        i = span.find(w, q)
        if i < 0 or span[q:i].strip():
            return None
        offs.append((i, i + len(w)))
        q = i + len(w)
    toks = [(w, t, a, b) for (w, t), (a, b) in zip(tags, offs)]
    last, i = None, 0
    while i < len(toks):
        w, t, a, b = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        low = w[:1].islower()
        if w == "và" and last is not None and nxt and nxt[1] in _NOUN_TAGS and nxt[0][:1].islower():
            i += 1
            continue
        if not low or _LEVEL_RE.fullmatch(w) or w.lower() in lex.NOT_NAME_TAIL:
            break
        if t in _NOUN_TAGS:
            last, i = b, i + 1
        elif w in ("các", "những") and i + 2 < len(toks) and all(
                x[1] in _NOUN_TAGS and x[0][:1].islower() for x in toks[i + 1:i + 3]):
            i += 1
        else:
            break
    if last is None:
        return None
    if i < len(toks):
        w, t, a, _b = toks[i]
        ok = t in _STOP_TAGS or _LEVEL_RE.fullmatch(w) or w.lower() in lex.NOT_NAME_TAIL \
            or _TAIL_BOUNDARY_RE.match(window, a - 1 if a else 0) or _VERB_RE.match(window, a - 1 if a else 0)
        if not ok or w.lower() in lex.NOT_NAME_NOUNS:
            return None
        if t == "V" and len(w.split()) > 2 and not _VERB_RE.match(window, a - 1 if a else 0):
            return None   # "pháp | y tâm thần/V": a 3-syllable "verb" is a mis-segmented name part
    if re.search(rf"{SB}(?:{'|'.join(lex.NOT_NAME_NOUNS)}){NB}", window[:last], re.I):
        return None   # "giao Trung tâm X nhiệm vụ …": the object of the assignment, not the name
    return end + last


def _joint_at(text: str, pos: int) -> Field | None:
    """`HĐND và UBND` after `Văn phòng`: the office shared by two bodies is one name."""
    a = _head_at(text, pos)
    if not a or not a.fixed:
        return None
    j = re.compile(r"[ \t]*(?:và|-|&)[ \t]*").match(text, a.end)
    b = _head_at(text, j.end()) if j else None
    if not b or not b.fixed:
        return None
    return Field(b.end, f"{fold(a.canon)} và {fold(b.canon)}", text[pos:b.end])


_SENTENCE_CASE_HEADS = {"Trung tâm"}   # "Trung tâm phục vụ hành chính công tỉnh"
_PLURAL_FIELD_RE = re.compile(lex.PLURAL_FIELD)


def _plural_field(text: str, fpos: int) -> Field | None:
    """A board over a class of zones, capitalized: "Ban Quản lý các Khu công nghiệp"."""
    m = _PLURAL_FIELD_RE.match(text, fpos)
    if not m or _head_at(text, m.end()):
        return None
    g = _generic_field(text, m.end())
    if not g:
        return None
    printed = text[fpos:g.end]
    return Field(g.end, fold(printed), printed)


_TEAM_HEADS = {"Đoàn", "Tổ"}
_NOT_TEAM_SYLLABLE = {"chức", "hợp", "kết", "viên", "thể", "quốc"}   # "Tổ chức", "Tổ hợp", "Đoàn kết", "Đoàn thể"
_TEAM_END_RE = re.compile(rf"[ \t]*(?:[,;:.)\n]|$)|[ \t]+(?:{'|'.join(map(re.escape, lex.NOT_NAME_TAIL + lex.ACTION_VERBS))}){NB}")


def _team_function(text: str, hend: int, fpos: int) -> Field | None:
    """A team named by its function in sentence case ("Đoàn tư vấn giám sát năng lượng", "Tổ
    thẩm định giá đất"): two field syllables or more, up to punctuation, a word that never
    continues a name or the verb of its work. A family name "Đoàn" is followed by a
    capitalized given name, and "Tổ chức", "Đoàn kết" are words, not teams."""
    q, n, end = hend, 0, None
    for _ in range(6):
        lw = _LOW_WORD_RE.match(text, q)
        if not lw or lw.group(1) not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)) \
                or (n == 0 and lw.group(1) in _NOT_TEAM_SYLLABLE):
            break
        if n >= 2 and _TEAM_END_RE.match(text, q):
            end = q
        q, n = lw.end(), n + 1
    if n >= 2 and _TEAM_END_RE.match(text, q):
        end = q
    if end is None:
        return None
    printed = text[fpos:end]
    return Field(end, fold(printed), printed)


# words that join field syllables inside a sentence-case name: "các" before a class of works,
# "và" between two fields ("… xây dựng các công trình dân dụng và công nghiệp")
_TAIL_LINKS = frozenset(lex.LOWER_FIELD_LINKS)
_CAP_SYLLABLE_RE = re.compile(rf"[ \t]+([{UP}][{LO}]*){NB}")


def _lower_tail(text: str, hend: int, fpos: int) -> Field | None:
    """A sentence-case field after a head that holds a field word (`Ban Quản lý` + `dự án
    đầu tư xây dựng`): field syllables up to a firm end (a scope level, punctuation, a role
    cue). Words that are also verbs ("xây dựng") stay in the name only when such an end
    follows them; with no firm end the POS tagger decides."""
    q, firm = hend, None
    for _ in range(16):   # "dự án đầu tư xây dựng công trình giao thông": ten syllables
        lw = _LOW_WORD_RE.match(text, q)
        if lw and lw.group(1) in _TAIL_LINKS and q > hend:
            nxt = _LOW_WORD_RE.match(text, lw.end())   # "… xây dựng các công trình dân dụng và
            if nxt and nxt.group(1) in lex.NAME_TAIL_SYLLABLES and not _LEVEL_RE.fullmatch(nxt.group(1)):
                q = lw.end()                           # công nghiệp": the name goes on through them
                continue
        if not lw and q > hend:   # "Trung tâm phục vụ Hành chính công tỉnh": a field syllable capitalized
            lw = _CAP_SYLLABLE_RE.match(text, q)
            if lw and (lw.group(1).lower() not in lex.NAME_TAIL_SYLLABLES or _head_at(text, lw.start(1))):
                lw = None
        if not lw or lw.group(1).lower() not in lex.NAME_TAIL_SYLLABLES or _LEVEL_RE.fullmatch(lw.group(1)):
            break
        q = lw.end()
        num = re.compile(rf"[ \t]+\d+{NB}").match(text, q) if lw.group(1) == "số" else None
        if num:   # "… đầu tư xây dựng số 1": a numbered board, whole at its number
            firm = num.end()
            break
        if _TAIL_BOUNDARY_RE.match(text, q) and not re.match(r"[ \t]+[A-ZĐ]", text[q:q + 3]) \
                or _region_after(text, q):   # "… xây dựng khu vực Mường Khương": its region follows
            firm = q
    if not firm:
        return None
    printed = text[fpos:firm]
    return Field(firm, _FIELD_BY_FOLD.get(fold(printed), fold(printed)), printed)


_FIELD_WORD_ABBR_RE = re.compile(r"[ \t]+(" + "|".join(map(re.escape, sorted(lex.LOWER_FIELD_WORD_ABBRS, key=len,
                                                                                 reverse=True))) + rf")(?![{L}\d&\-])")


def _abbreviated_board(text: str, head: str, f: Field) -> tuple[str, Field] | None:
    """"Ban QLDA ĐTXD công trình giao thông tỉnh", "Ban QLDA đầu tư xây dựng các công trình
    dân dụng huyện": an abbreviation standing for a head that takes a sentence-case field
    ("Ban Quản lý" + "dự án"), then more abbreviated field words and a lower-case tail. The
    name is that head's, its field the written-out one (so both printings are one body and
    the body's full name reads "Ban Quản lý dự án …").
    None when nothing follows the abbreviation ("Ban QLDA" alone keeps its reading)."""
    opened = lex.LOWER_FIELD_HEAD_ABBRS.get((head, (f.printed or "").replace(" ", "")))
    if not opened:
        return None
    canon, words = opened
    parts, q = [words], f.end
    while (a := _FIELD_WORD_ABBR_RE.match(text, q)):
        parts.append(lex.LOWER_FIELD_WORD_ABBRS[a.group(1)])
        q = a.end()
    tail = _lower_tail(text, q, q) if _TAIL_CANDIDATE_RE.match(text, q) else None
    end = tail.end if tail else (_pos_tail(text, q) if _TAIL_CANDIDATE_RE.match(text, q) else None)
    if end:
        parts.append(text[q:end].strip())
        q = end
    if q == f.end:
        return None
    written = " ".join(" ".join(parts).split())   # the field as the head's full name writes it
    return canon, Field(q, _FIELD_BY_FOLD.get(fold(written), fold(written)), written, True)


_ABBR_LIST_SEP_RE = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_ENDS_ACRONYM_RE = re.compile(rf"(?:^|[ \t]){_ABBR_TOKEN}$")


def _zone_abbrs(text: str, fpos: int, f: Field, doc_abbr: dict[str, str]) -> Field | None:
    """"Ban quản lý KKT, KCN", "Ban Quản lý các KCN, KCX": a board over several kinds of zones,
    each abbreviated. The abbreviations after the first are the board's own when none is a
    field of the lexicon ("Sở KH&ĐT, TN&MT" are two), a head ("UBND"), a level or a name the
    document defined. None when no such list follows."""
    if not f.printed or not _ENDS_ACRONYM_RE.search(f.printed):
        return None
    q = end = f.end
    while True:
        s = _ABBR_LIST_SEP_RE.match(text, q)
        a = _ABBR_RE.match(text, s.end()) if s else None
        if not a:
            break
        tok = a.group(0)
        if tok.replace(" ", "") in _ABBR or ("@" + tok) in doc_abbr or tok in doc_abbr \
                or _FIXED_RE.match(text, a.start()) or _LEVEL_RE.fullmatch(tok):
            break
        q = end = a.end()
    if end == f.end:
        return None
    printed = text[fpos:end]
    return Field(end, fold(printed), printed, f.abbr)


def _scope_at(text: str, pos: int, allow_bare_place: bool) -> Scope | None:
    """The scope right after a name, or None."""
    m = _SCOPE_OPEN_RE.match(text, pos)
    if not m:
        return None
    p = m.end()
    lv = _LEVEL_RE.match(text, p)
    lw = None if lv or m.group(1) else _LEVEL_WORD_RE.match(text, p)
    if lw and _LEVEL_RE.match(text, lw.end()):
        lv = _LEVEL_RE.match(text, lw.end())
    if lv:
        levels, q = [lv.group(0)], lv.end()
        while True:
            n = _LEVEL_SEP_RE.match(text, q)
            if not n:
                break
            lv2 = _LEVEL_RE.match(text, n.end()) or _SHORT_LEVEL_RE.match(text, n.end())
            if not lv2 or _FIXED_RE.match(text, n.end()) or lv2.group(0).lower() in (x.lower() for x in levels):
                break   # "Hội LHPN tỉnh, Tỉnh Đoàn": the next name, not a second level
            levels.append(lv2.group(0))
            q = lv2.end()
        collective = bool(m.group(1)) or len(levels) > 1
        qual = _QUALIFIER_RE.match(text, q) if collective else None
        if qual:   # "UBND các huyện ven biển": a kind of place narrows the class
            levels.append(qual.group(0).strip())
            q = qual.end()
        place = None
        if not collective and not lw:   # "cấp xã" names a level, never one place
            pl = _PLACE_AFTER_LEVEL_RE.match(text, q)
            ps = pl.start() + len(pl.group(0)) - len(pl.group(0).lstrip()) if pl else 0
            if pl and not _FIXED_RE.match(text, ps) \
                    and (not FIELD_HEAD_RE.match(text, ps) or _place_like_head(text, ps, pl.end())):
                if pl.group(0)[:1].isspace() or levels[0].lower().startswith("tp"):
                    place, q = pl.group(0).strip(), pl.end()
        return Scope(q, tuple(" ".join(x.lower().rstrip(".").split()) for x in levels), place, collective,
                     text[pos:q].strip())
    if m.group(1):
        return None
    if allow_bare_place:
        pl = _BARE_PLACE_RE.match(text, pos)
        paper = _PAPER_AFTER_RE.search(text, pl.start(1) - 1, pl.end() + 20) if pl else None
        if paper and paper.start() < pl.end():   # "… Miền Bắc Giấy chứng nhận …": the place ends before the paper
            pl = _BARE_PLACE_RE.match(text, pos, paper.start())
        if pl and not _FIXED_RE.match(text, pl.start(1)) and not FIELD_HEAD_RE.match(text, pl.start(1)) \
                and pl.group(1).split()[0] not in ("Quý", "Tháng", "Năm", "Ngày", "Tuần", "Giai", "Đợt"):
            return Scope(pl.end(), (), pl.group(1), False, pl.group(1))
    return None


def _place_like_head(text: str, s: int, e: int) -> bool:
    """"UBND phường Trung Tâm", "UBND huyện Trạm Tấu", "xã Trường Sơn": after a level, a place
    whose first word reads like a head — no body is named there (no field, or a capitalized
    word that is no field of the lexicon and no field syllable after it)."""
    if text[s:e].split()[0] in lex.SURNAMES:
        return False   # "Công an tỉnh Đoàn Văn X": a person
    found = parse_at(text, s)
    if not found:
        return True
    m = found[0]
    more = text[e:m.end].split()
    if more and more[0] in lex.NAME_TAIL_SYLLABLES:
        return False   # "UBND tỉnh Ban Quản lý khu kinh tế": a field in sentence case goes on
    return not m.abbr and not m.number and m.field_key is not None and m.field_key not in lex.FIELDS


def _scope_at_level_only(text: str, pos: int) -> Scope | None:
    m = _BLANKS_RE.match(text, pos)
    lv = _LEVEL_RE.match(text, m.end()) if m else None
    if not lv:
        return None
    return Scope(lv.end(), (" ".join(lv.group(0).lower().rstrip(".").split()),), None, False, lv.group(0))


_CENTRAL_RE = re.compile(lex.CENTRAL_SCOPE)
_COLUMN_GAP_RE = re.compile(r"[ \t]{3,}$|\t")
# a region's name: up to four capitalized words, or a Roman or Arabic number
_REGION_NAME = rf"(?P<name>{CAPW}(?:[ \t]+{CAPW}){{0,3}}|[IVXL]+{NB}|\d+{NB})"
_REGION_RE = re.compile(rf"[ \t]+{lex.REGION_WORD}[ \t]+{_REGION_NAME}")
_REGION_NAME_RE = re.compile(rf"[ \t]+{_REGION_NAME}")
_REGION_WORD_END_RE = re.compile(lex.REGION_WORD + "$")
_LOWERED_SYLLABLE_RE = re.compile(rf"[ \t]([{LO}]+){NB}((?:[ \t]+{CAPW}){{1,2}})")


def _region_after(text: str, p: int) -> int | None:
    """A unit named for a region ("Ban Quản lý dự án đầu tư xây dựng Khu vực Si Ma Cai",
    "Chi cục Hải quan khu vực III"): the region is part of the name, not a scope. Its end."""
    m = _REGION_RE.match(text, p)
    if not m and _REGION_WORD_END_RE.search(text[max(0, p - 10):p]):   # the tail took "khu vực"
        m = _REGION_NAME_RE.match(text, p)
    if not m or _head_at(text, m.start("name")) or _LEVEL_RE.match(text, m.start("name")):
        return None
    return m.end()


def _lowered_place_syllable(text: str, end: int, place: str) -> tuple[int, str] | None:
    """A place printed with one syllable lowered by a typo ("xã Si ma Cai"): place names are
    title-cased, so the lower-case syllable is the place's when the document prints the same
    place title-cased elsewhere. (new end, place) or None."""
    m = _LOWERED_SYLLABLE_RE.match(text, end)
    if not m or m.group(1) in lex.NOT_NAME_TAIL:
        return None
    whole = " ".join([place, m.group(1)] + m.group(2).split())
    title = " ".join([place, m.group(1).capitalize()] + m.group(2).split())
    if not re.search(r"(?<![^\W\d_])" + r"[ \t]+".join(map(re.escape, title.split())) + r"(?![^\W\d_])", text):
        return None
    return m.end(), whole


def _head_at(text: str, pos: int) -> Head | None:
    """The head starting at ``pos``, or None."""
    m = _FIXED_RE.match(text, pos)
    if m:
        for rx, canon, needs in _FIXED:
            if rx.fullmatch(m.group(0)):
                if canon == "trường học" and text[pos].isupper() and not re.search(
                        r"(?:các|những)\s+$", text[max(0, pos - 6):pos], re.I):
                    break   # "Trường Đại học Phạm Văn Đồng": one school with its name
                return Head(m.end(), canon, True, needs)
    m = FIELD_HEAD_RE.match(text, pos)
    if m:
        canon = _FIELD_CANON.get(" ".join(m.group(0).split()).lower(), m.group(0))
        return Head(m.end(), canon, False, False)
    return None


def parse_at(text: str, pos: int, doc_abbr: dict[str, str] | None = None) -> list[Mention]:
    """The mention(s) starting at ``pos`` (several for an enumeration), or []."""
    if doc_abbr is None:
        doc_abbr = {}
    h = _head_at(text, pos)
    if not h:
        return []
    hend, head, fixed, needs_scope = h.end, h.canon, h.fixed, h.needs_scope
    if _NOT_OPENER_RE.match(text, pos):
        return []   # "Tổ chức Hội chợ …", "Hội Nghị Tổng kết": a verb or an event, not a name
    head_text = text[pos:hend]
    if head_text[0].islower() and head not in _LOWER_OK:
        return []
    if head_text.isupper() and (not fixed or (len(head_text) > 4 and " " in head_text)):
        return []  # a caps heading ("V. TỔ CHỨC THỰC HIỆN") or header line ("ỦY BAN NHÂN DÂN")
    plural = bool(_PLURAL_BEFORE_RE.search(text[max(0, pos - 6):pos]))
    if head == "trường học" and not plural:
        return []   # "tại 100% trường học" is no body; "các trường học" is a class of them
    mention = Mention(start=pos, end=hend, head=head, head_text=head_text)
    p = hend
    if not fixed and plural:
        listed = _class_list_at(text, hend, head, doc_abbr)
        if listed:
            return listed
    if not fixed:
        num = _NUMBER_AFTER_RE.match(text, p) or (_NUMBERED_RE.match(text, p) if head in lex.NUMBERED_HEADS else None)
        if num:
            mention.number, p = num.group(1), num.end()
        colon_list = _COLON_RE.match(text, p) if plural else None
        sp = SPACES_RE.match(text, p)
        fpos = colon_list.end() if colon_list else (sp.end() if sp else None)
        if fpos is None:
            return []
        if head in lex.JOINT_VENTURE_HEADS:   # "Liên danh Công ty A - Công ty B"
            return _joint_venture(text, mention, fpos, doc_abbr)
        if head in lex.BRANCH_HEADS and not colon_list:   # "Chi nhánh Văn phòng Đăng ký đất đai huyện"
            inner = parse_at(text, fpos, doc_abbr) if _head_at(text, fpos) else []
            if inner:
                mention.field_key = "of " + fold(inner[0].printed(text))
                mention.field_text = text[fpos:inner[0].end]
                mention.end = inner[0].end
                return [mention]
        lf = None
        if head in _FIRM_HEADS:   # "Công ty TNHH MTV Khai thác công trình thủy lợi Sóc Trăng"
            lf = _LEGAL_FORM_RE.match(text, fpos)
            if lf and _COLUMN_GAP_RE.search(lf.group(0)):
                return []   # "Công ty TNHH       Gói thầu số 15": the name is in a layout table's other row
            fpos = lf.end() if lf else fpos
        f = _joint_at(text, fpos) if head in lex.JOINT_HEADS else None
        f = f or _field_at(text, fpos, head, doc_abbr)
        board = _abbreviated_board(text, head, f) if f and f.abbr else None
        if board:   # "Ban QLDA ĐTXD công trình giao thông tỉnh": "Ban Quản lý dự án …" abbreviated
            mention.head, f = board
        if head in _FIRM_HEADS:
            firm = _firm_name_at(text, fpos, lower_start=bool(lf) or head == "Tổng công ty")   # unless the field ends where a place scopes it
            if firm and (not f or firm.end > f.end and _not_scoped(text, f.end)):
                f = firm
            elif head == "Tập đoàn":
                f = firm   # a group is named by its proper name only ("Tập đoàn Viettel chủ trì")
        if not f and head in _TEAM_HEADS and not mention.number:
            f = _team_function(text, hend, fpos)   # "Đoàn tư vấn giám sát năng lượng"
        if not f and head in lex.LOWER_FIELD_HEADS:
            f = _plural_field(text, fpos)   # "Ban Quản lý các Khu công nghiệp"
        if not f and head in _SENTENCE_CASE_HEADS and _TAIL_CANDIDATE_RE.match(text, hend):
            f = _lower_tail(text, hend, fpos)   # "Trung tâm dịch vụ tổng hợp cấp xã"
            if f and not _LEVEL_NEXT_RE.match(text, f.end):
                f = None   # "Trung tâm thương mại, …": a facility; a unit is scoped by its level
        if not f and head in lex.LOWER_FIELD_HEADS and _TAIL_CANDIDATE_RE.match(text, hend):
            f = _lower_tail(text, hend, fpos)   # "Ban Quản lý dự án đầu tư xây dựng huyện"
        if not f and head in lex.LOWER_FIELD_HEADS and _TAIL_CANDIDATE_RE.match(text, hend):
            tail = _pos_tail(text, hend)   # "Ban Quản lý các khu công nghiệp tỉnh phối hợp"
            if tail:
                printed = text[fpos:tail]
                f = Field(tail, _FIELD_BY_FOLD.get(fold(printed), fold(printed)), printed)
        if not f and _PARTY_SCOPE_RE.match(text, hend):
            f = Field(fpos, None, None)   # "Văn phòng Tỉnh ủy": the committee is the scope
        if f and f.key is not None and head in lex.LOWER_FIELD_HEADS:
            f = _zone_abbrs(text, fpos, f, doc_abbr) or f   # "Ban quản lý KKT, KCN": one board
        if not f and not (mention.number and head in lex.NUMBERED_HEADS):
            return []   # "Đoàn 2" alone names a team; a bare "Sở" / "Phòng" names nothing
        if f and f.key is None:
            p = hend
        elif f:
            p, mention.field_key, mention.field_text, mention.abbr = f.end, f.key, f.printed, f.abbr
            region = _region_after(text, p)
            if region and not mention.abbr:   # "Ban Quản lý dự án đầu tư xây dựng khu vực Bảo Lạc"
                mention.field_text = text[fpos:region]
                mention.field_key = fold(mention.field_text)
                p = region
    else:
        mention.abbr = head_text.isupper()
        if head in lex.UNIT_OF_HEADS:   # "Thanh tra Sở Xây dựng": the parent's field follows
            sp = _BLANKS_BEFORE_LETTER_RE.match(text, p)
            f = _field_at(text, sp.end(), lex.UNIT_OF_HEADS[head], doc_abbr) if sp and text[sp.end()].isupper() else None
            if f:
                p, mention.field_key, mention.field_text, mention.abbr = f.end, f.key, f.printed, f.abbr
        if head in lex.OF_BODY_HEADS:
            sp = _BLANKS_RE.match(text, p)
            inner = parse_at(text, sp.end(), doc_abbr) if sp else []
            if not inner:
                return []
            mention.field_key = "of " + fold(inner[0].printed(text))
            mention.field_text = text[sp.end():inner[0].end]
            mention.end = inner[0].end
            return [mention]
    party = _PARTY_SCOPE_RE.match(text, p)
    if party:   # "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"
        pl = _BARE_PLACE_RE.match(text, party.end())
        mention.levels = (party.group(0).strip().lower(),)
        mention.place = pl.group(1) if pl and not _head_at(text, pl.start(1)) else None
        end = pl.end() if mention.place else party.end()
        mention.scope_text = text[party.start():end].strip()
        mention.end = end
        return [mention]
    # "(LĐTB&XH)" defines an abbreviation right after the field
    d = _ABBR_DEF_RE.match(text, p)
    if d and mention.field_key:
        doc_abbr[d.group(1)] = mention.field_key
        mention.cut.append((p, d.end()))
        p = d.end()
    ends_lower = bool(mention.field_text and re.search(rf"[{LO}]$", mention.field_text))
    sc = _scope_at(text, p, allow_bare_place=fixed or (mention.field_key in lex.FIELDS) or mention.abbr
                   or ends_lower)
    if sc and sc.place and _POSITION_BEFORE_RE.search(text, max(0, pos - 30), pos) \
            and sc.place.split()[0] in lex.SURNAMES and len(sc.place.split()) >= 3:
        # "Phó Chủ tịch UBND tỉnh Lê Hoàng Nghĩa": the person, not a place; a person's full name
        # has three syllables or more, so "Chủ tịch UBND xã Võ Lao" is the commune
        sc = None if not sc.levels else _scope_at_level_only(text, p)
    if sc and sc.place and sc.levels:
        typo = _lowered_place_syllable(text, sc.end, sc.place)
        if typo:   # "xã Si ma Cai" where the document also writes "xã Si Ma Cai"
            sc = Scope(typo[0], sc.levels, typo[1], sc.collective, sc.printed + text[sc.end:typo[0]])
    if sc:
        p, mention.levels, mention.place, mention.collective, mention.scope_text = \
            sc.end, sc.levels, sc.place, sc.collective, sc.printed
    elif needs_scope:
        return []
    if plural and mention.levels:
        mention.collective = True
    central = _CENTRAL_RE.match(text, p) if mention.levels and mention.levels[-1] in lex.TOP_LEVELS else None
    if central:   # "UBND các tỉnh, thành phố trực thuộc Trung ương": the cities are the centre's
        mention.scope_text += text[p:central.end()]
        p = central.end()
    # "Phòng Đăng ký kinh doanh thuộc Sở Kế hoạch và Đầu tư", "các Phòng nghiệp vụ trực thuộc Công an thành phố"
    if not fixed:
        t = _UNDER_RE.match(text, p)
        if t:
            parent = parse_at(text, t.end(), doc_abbr)
            if parent:
                p = parent[0].end
    # "Trung tâm Y tế huyện (TTYT)" / "(sau đây gọi tắt là TTYT)": the document's own short name
    w = _SHORT_NAME_DEF_RE.match(text, p)
    if w and not (d and d.end() == p):
        doc_abbr["@" + w.group(1)] = mention
        mention.cut.append((p, w.end()))
        p = w.end()
    mention.end = p
    if _person_not_body(text, mention):
        return []
    mention.collective = mention.collective or (plural and head in ("Phòng", "Đội") and mention.field_key == "nghiệp vụ") \
        or head == "trường học"
    out = [mention]
    # enumeration sharing the head: "các Sở Văn hóa Thể Thao, Công thương, Y tế, Du lịch"
    if plural and not fixed and mention.field_key and not mention.levels:
        q = p
        while True:
            s = _ITEM_SEP_RE.match(text, q)
            if not s or (_head_at(text, s.end()) and not _own_field_item(text, s.end(), head)) \
                    or _LEVEL_RE.match(text, s.end()):
                break
            f = _field_at(text, s.end(), head, doc_abbr)
            if head in _FIRM_HEADS:   # "các Tập đoàn Dầu khí Việt Nam, Công nghiệp Than - Khoáng sản Việt Nam"
                firm = _firm_name_at(text, s.end())
                f = firm if firm and (not f or firm.end > f.end) else f
            if not f:
                break
            item = Mention(start=s.end(), end=f.end, head=head, head_text=head, field_key=f.key,
                           field_text=f.printed, abbr=f.abbr, bare=text[s.end():f.end])
            out.append(item)
            q = f.end
    # a class narrowed to named places: "UBND các xã: Trấn Yên, Hưng Khánh" is one UBND per place
    named = _PLACE_LIST_RE.match(text, p) if mention.collective and len(mention.levels) == 1 \
        and mention.levels[0] in SUB_LEVELS and not mention.place else None
    if named and not _head_at(text, named.start(1)) and not _LEVEL_RE.match(text, named.start(1)):
        mention.place, mention.collective, mention.end = named.group(1), False, named.end(1)
        mention.scope_text = f"{mention.levels[0]} {named.group(1)}"
        plural_word = re.compile(r"(?i:các|những)[ \t]+").search(text, hend, named.start(1))
        if plural_word:   # printed "UBND xã Trấn Yên", not "UBND các xã Trấn Yên"
            mention.cut.append(plural_word.span())
        p = named.end(1)
    # places sharing head and level: "UBND quận Ba Đình, Cầu Giấy"
    if mention.place and mention.levels and mention.levels[0] in SUB_LEVELS:
        q = p
        while True:
            s = _NEXT_PLACE_RE.match(text, q)
            if not s or _head_at(text, s.start(1)) or _LEVEL_RE.match(text, s.start(1)) \
                    or _opens_position(text, s.start(1), s.end(1)):
                break
            item = Mention(start=s.start(1), end=s.end(1), head=head, head_text=head_text,
                           field_key=mention.field_key, field_text=mention.field_text,
                           abbr=mention.abbr, levels=mention.levels, place=s.group(1),
                           scope_text=f"{mention.levels[0]} {s.group(1)}", bare=s.group(1))
            out.append(item)
            q = s.end()
    return out


_ITEM_END_RE = re.compile(r"[ \t]*(?:[,;.:)\n]|[ \t]và[ \t]|$)")


def _own_field_item(text: str, pos: int, head: str) -> bool:
    """"các Bộ: Quốc phòng, Công an, Ngoại giao": a field printed like a head of its own ("Công
    an", which opens "Công an tỉnh X") is one more item of the list when nothing scopes it."""
    own = _OWN_FIELD_RE.get(head)
    m = own.match(text, pos) if own else None
    return bool(m and _ITEM_END_RE.match(text, m.end()))


_MEMBER_SEP_RE = re.compile(r"[ \t]*-[ \t]*|[ \t]+và[ \t]+")


def _joint_venture(text: str, mention: Mention, fpos: int, doc_abbr: dict[str, str]) -> list[Mention]:
    """"Liên danh Công ty CP A - Công ty TNHH B": a joint venture named by its member firms,
    two or more joined by a dash (or "và"), each with its head; or by the members' proper names
    alone ("Liên danh Đông Đô - Bắc Giang số 9"). One mention, the whole name; [] when no member
    firm follows."""
    ends, q = [], fpos
    while True:
        h = _head_at(text, q)
        inner = parse_at(text, q, doc_abbr) if h and h.canon in _FIRM_HEADS else []
        if not inner:
            break
        ends.append(inner[0].end)
        s = _MEMBER_SEP_RE.match(text, inner[0].end)
        if not s:
            break
        q = s.end()
    end = ends[-1] if len(ends) >= 2 else None
    if end is None and not ends:
        short = _firm_name_at(text, fpos)   # the members' own names, without heads
        end = short.end if short and "-" in short.printed else None
    if end is None:
        return []
    mention.field_text = text[fpos:end]
    mention.field_key = "of " + fold(mention.field_text)
    mention.end = end
    return [mention]


_CLASS_COLON_RE = re.compile(rf"(?:[ \t]*,[ \t]*(?:{lex.CLASS_LIST_WORDS})){{1,3}}[ \t]*:[ \t]*")


def _class_list_at(text: str, hend: int, head: str, doc_abbr: dict[str, str]) -> list[Mention]:
    """"Giám đốc các Sở, ban, ngành: Tài chính, Xây dựng, Ban Quản lý Khu kinh tế, Công an
    tỉnh; …": a class of bodies narrowed to a list. A bare field is one more body of the head
    ("Sở Tài chính"); an item with a head of its own is that body. The list ends at the first
    item that is neither (";", a position word, the clause's verb)."""
    c = _CLASS_COLON_RE.match(text, hend)
    if not c:
        return []
    out: list[Mention] = []
    q = c.end()
    while True:
        if _head_at(text, q) and not _own_field_item(text, q, head):
            inner = parse_at(text, q, doc_abbr)
            if not inner:
                break
            out.extend(inner)
            q = max(m.end for m in inner)
        else:
            if _POSITION_AT_RE.match(text, q):
                break   # "…, Trưởng Thuế tỉnh": the next subject's position
            f = _field_at(text, q, head, doc_abbr)
            if not f or f.key is None or not text[q].isupper():
                break
            out.append(Mention(start=q, end=f.end, head=head, head_text=head, field_key=f.key,
                               field_text=f.printed, abbr=f.abbr, bare=text[q:f.end]))
            q = f.end
        s = _ITEM_SEP_RE.match(text, q)
        if not s:
            break
        q = s.end()
    return out


_NAME_SYLLABLES_RE = re.compile(rf"{CAPW}(?:[ \t]+{CAPW}){{1,2}}")
_TITLE_BEFORE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, lex.PERSON_TITLES))})[ \t]+$", re.I)


def _person_not_body(text: str, m: Mention) -> bool:
    """"Đoàn Ngọc Cảnh" alone in a table cell, "ông Đoàn Văn Hùng": a head that is also a family
    name, followed by two or three capitalized syllables and nothing else, is a person's full
    name — when a person's title stands before it or the name fills its line."""
    if m.head_text not in lex.SURNAMES or m.levels or m.place or m.abbr or m.number \
            or not m.field_text or m.field_key in lex.FIELDS \
            or not _NAME_SYLLABLES_RE.fullmatch(m.field_text):
        return False
    if _TITLE_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
        return True
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    le = len(text) if le < 0 else le
    return not text[ls:m.start].strip(" \t-+•*") and not text[m.end:le].strip()


def _opens_position(text: str, s: int, e: int) -> bool:
    """"…, Chủ tịch UBND xã Chiềng Ken, Giám đốc Công ty X": the next subject's position, not
    one more place of the list ("Giám" of "Giám đốc", "Trưởng" of "Trưởng phòng"); a place
    that opens like one ("phường Chánh Mỹ") reads on in capitals past it."""
    m = _POSITION_AT_RE.match(text, s, len(text))
    return bool(m) and (m.end() > e or bool(_LOW_AFTER_RE.match(text, m.end())))


_PERSON_BEFORE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, lex.PERSON_TITLES))})[ \t]+({CAPW}(?:[ \t]+{CAPW}){{0,2}})[ \t]+$")


def _in_person_name(text: str, pos: int) -> bool:
    """"Ông Nguyễn Trường Lưu", "Bà Lê Thị Hội": a title and a surname before a word that opens
    a body's name ("Trường", "Hội") make it a given name."""
    m = _PERSON_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return bool(m) and m.group(1).split()[0] in lex.SURNAMES


def find_mentions(text: str, start: int = 0, end: int | None = None,
                  doc_abbr: dict[str, str] | None = None) -> list[Mention]:
    """All body-name mentions in ``text[start:end]``, left to right, non-overlapping."""
    end = len(text) if end is None else end
    doc_abbr = {} if doc_abbr is None else doc_abbr
    out: list[Mention] = []
    starts = sorted({m.start() for m in _FIXED_RE.finditer(text, start, end)}
                    | {m.start() for m in FIELD_HEAD_RE.finditer(text, start, end)})
    whole = {k[1:]: v for k, v in doc_abbr.items() if k.startswith("@")}
    own: dict[int, Mention] = {}
    if whole:
        rx = re.compile(SB + "(?:" + "|".join(map(re.escape, sorted(whole, key=len, reverse=True)))
                        + rf")(?![{L}\d&\-])")
        for t in rx.finditer(text, start, end):
            tpl = whole[t.group(0)]
            if tpl.start == t.start() or tpl.start <= t.start() < tpl.end:
                continue
            own[t.start()] = replace(tpl, start=t.start(), end=t.end(), abbr=True, cut=[], bare=None,
                                     role=None, passive=False, head_text=t.group(0))
        starts = sorted(set(starts) | set(own))
    last = start
    for s in starts:
        if s < last or _in_person_name(text, s):
            continue
        found = [own[s]] if s in own else [m for m in parse_at(text, s, doc_abbr) if m.end <= end]
        if found:
            out.extend(found)
            last = max(m.end for m in found)
    return out




def opens_no_name(phrase: str) -> bool:
    """Whether ``phrase`` opens with a verb or common noun that looks like a body's head
    ("Tổ chức hội chợ", "Hội nghị sơ kết", "Phòng, chống dịch"): it names no body."""
    return bool(_NOT_OPENER_RE.match(phrase))
