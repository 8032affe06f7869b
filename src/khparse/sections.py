"""Sectioner: regions (header, body, closing, appendices) and the heading tree of each.

Headings are recognised at the start of a paragraph only, so a number inside a sentence
("theo Điều 16 Quy chế…", "31/12/2018") never opens a section. Levels are ranked
(PHẦN > Chương > I./Điều > 1. > 1.1. > a) > - > +) and the tree is built from whichever
ranks occur, so the top level is the highest one present.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Block, Document
from .lexicon import structure as L
from .models import Appendix, Section
from .outline import Outline

_HEADINGS = [(kind, rank, re.compile(rx)) for kind, rank, rx in L.HEADINGS]
_MOTTO = re.compile(L.MOTTO, re.I)
_NUMBER = re.compile(L.NUMBER_LINE)
_PLACE_DATE = re.compile(L.PLACE_DATE_LINE, re.I)
_TYPE = re.compile(r"^(?:" + "|".join(L.DOC_TYPE_WORDS) + r")$")
_ADDRESS = re.compile(L.ADDRESS_LINE, re.I)
_SUBJECT = re.compile(L.SUBJECT_LINE)
_MARK = re.compile(L.URGENCY_SECRECY)
_PUBLISHED = re.compile(L.PUBLISHED_LINE, re.I)
_PUBLISHED_TAIL = re.compile(L.PUBLISHED_TAIL, re.I)
_RECIPIENTS = re.compile(L.RECIPIENTS_LINE, re.I)
_AUTHORITY = re.compile(L.AUTHORITY_LINE)
_WEB = re.compile(L.WEB_TRAILER, re.I)
_APPENDIX = re.compile(L.APPENDIX)
_AGENCY = re.compile(
    r"^(?:(?:" + "|".join(L.AGENCY_PREFIXES) + r")\s+)?(?:" +
    "|".join(sorted(map(re.escape, L.AGENCY_HEADS), key=len, reverse=True)) + r")\b")
_LABEL = re.compile(r"^(?:" + "|".join(map(re.escape, L.FIELD_LABELS + L.NOT_AGENCY)) + r")\b", re.I)
_SCOPE_PREFIX = re.compile(L.SCOPE_PREFIX, re.I)
_TITLE_MAX = 160
_QUOTE_INTRO = re.compile(L.QUOTE_INTRO)
_QUOTE_OPEN = re.compile(L.QUOTE_OPEN)
_QUOTE_CLOSE = re.compile(L.QUOTE_CLOSE)
_TITLE_NOTE = re.compile(L.TITLE_NOTE)
_ENCLOSURES = re.compile(L.ENCLOSURES_LABEL, re.I)
_OCR_CLAUSE = re.compile(L.OCR_CLAUSE)
_CLAUSE_RANK = next(rank for kind, rank, _ in L.HEADINGS if kind == "clause")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    block: Block


@dataclass
class _Node:
    kind: str
    rank: int
    number: str | None
    line: _Line
    label_end: int          # offset after the label ("1. ")
    children: list["_Node"] = field(default_factory=list)


def _lines(doc: Document) -> list[_Line]:
    return [_Line(b.start, b.end, doc.text[b.start:b.end], b) for b in doc.blocks]


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# ---- regions -------------------------------------------------------------------------------

def _motto_line(t: str) -> bool:
    """A line holding the motto, not a sentence naming the State ("được Quốc hội nước Cộng hòa xã
    hội chủ nghĩa Việt Nam khóa 15 thông qua"): no word in lower case just before it."""
    m = _MOTTO.search(t)
    if not m:
        return False
    before = t[:m.start()].split()
    return not (before and before[-1][:1].islower()) and not t.startswith(("-", "+"))


def _header_end(lines: list[_Line]) -> int:
    """Index of the first body line: after issuer, motto, number, date, type, title, Kính gửi."""
    limit = min(len(lines), 40)
    last = -1
    type_at = None
    for i in range(limit):
        t = lines[i].text.strip()
        # (the State's name inside a sentence, "được Quốc hội nước Cộng hòa xã hội chủ nghĩa
        # Việt Nam thông qua", is no motto line)
        if (_motto_line(t) or _NUMBER.match(t) or _PLACE_DATE.match(t) or _MARK.match(t)
                or _PUBLISHED.match(t) or _PUBLISHED_TAIL.search(t)):
            last = i
        elif _TYPE.match(t):
            last = type_at = i
            break
        elif _SUBJECT.match(t) or _ADDRESS.match(t):
            last = i
        elif len(t) > 200:
            break  # running prose: the header, if any, is behind us
    if last < 0:
        return 0
    i = last + 1
    if type_at is not None:
        # the title (trích yếu): short lines after the type line, not yet body prose
        while i < len(lines) and i <= type_at + 4:
            t = lines[i].text.strip()
            # the first line is the title even when it opens with a verb ("Triển khai …",
            # "Thực hiện Nghị quyết …"); later lines must not look like the body starting
            if len(t) > 250 or _is_heading(t) or (i > type_at + 1 and _starts_body(t)) \
                    or t.startswith("Căn cứ"):
                break
            i += 1
            if t.endswith((".", ";")):
                break
    # V/v continuation lines, then a Kính gửi block
    while i < len(lines):
        t = lines[i].text.strip()
        if _SUBJECT.match(t) or _ADDRESS.match(t):
            i += 1
            continue
        if _in_address_block(lines, i):
            i += 1
            continue
        if i > 0 and _SUBJECT.match(lines[i - 1].text.strip()) and not _starts_body(t) and len(t) < 120 \
                and not t.endswith("."):
            i += 1
            continue
        break
    return i


def _in_address_block(lines: list[_Line], i: int) -> bool:
    """A line of the addressee list: after Kính gửi, short or "- X;" style, up to a final "."."""
    j = i - 1
    while j >= 0 and not _ADDRESS.match(lines[j].text.strip()):
        t = lines[j].text.strip()
        if not _address_item(t) or t.endswith("."):
            return False
        j -= 1
    if j < 0 or (j < i - 1 and lines[j].text.strip().endswith(".")):
        return False
    return _address_item(lines[i].text.strip()) and not _wrapped_prose(lines, i)


def _wrapped_prose(lines: list[_Line], i: int) -> bool:
    """Line i opens a paragraph hard-wrapped over lines that go on in lower case (a .txt or PDF
    letter's first paragraph below Kính gửi) and runs longer than any addressee."""
    n = len(lines[i].text.strip())
    k = i
    while k + 1 < len(lines) and n <= 150:
        t, nxt = lines[k].text.strip(), lines[k + 1].text.strip()
        if not nxt[:1].islower() or t.endswith((".", ";", ":")):
            break
        n += len(nxt) + 1
        k += 1
    return n > 150


def _address_item(t: str) -> bool:
    return len(t) <= 150 and (t.startswith(("-", "+", "•")) or len(t) <= 100 and not _starts_body(t))


def _is_heading(t: str) -> bool:
    return any(rx.match(t) for kind, _, rx in _HEADINGS if kind in ("roman", "part", "clause", "article"))


def _starts_body(t: str) -> bool:
    return bool(re.match(r"(?:Căn cứ|Thực hiện|Theo|Để|Nhằm|Triển khai|Trên cơ sở|Ngày\s+\d)", t)) or any(
        rx.match(t) for kind, _, rx in _HEADINGS if kind in ("roman", "part", "clause", "article"))


def _closing_start(lines: list[_Line], first: int) -> int:
    """Index where the closing block (Nơi nhận, signature, web trailer) begins."""
    prose = False
    for i in range(first, len(lines)):
        t = lines[i].text.strip()
        # web chrome ("Chia sẻ", "Tin liên quan") also stands above an article's text
        if _RECIPIENTS.match(t) or (_WEB.match(t) and prose):
            return _before_byline(lines, first, i)
        prose = prose or len(t) > 100
        if _AUTHORITY.match(t) and _is_caps(t) and len(t) < 80:
            return i
        if _APPENDIX.match(t) and i > first:
            return i
        if lines[i].block.kind in ("footnote", "endnote"):
            return i
    return _before_byline(lines, first, len(lines))


def _before_byline(lines: list[_Line], first: int, i: int) -> int:
    """Step back over a news article's byline ("Huyền Linh", "H.Duy") before the end."""
    j = i - 1
    if j > first:
        t = lines[j].text.strip()
        words = t.split()
        if 1 <= len(words) <= 4 and len(t) <= 30 and not t.endswith((":", ";", ",")) and all(
                w[:1].isupper() for w in re.split(r"[\s.]+", t) if w) and not _is_caps(t):
            return j
    return i


# ---- headings ------------------------------------------------------------------------------

def _match_heading(line: _Line) -> tuple[str, int, str | None, int] | None:
    t = line.text
    for kind, rank, rx in _HEADINGS:
        m = rx.match(t)
        if not m:
            continue
        g = m.groupdict()
        num = g.get("num") or g.get("num2")
        if kind == "roman" and not (_is_caps(t[m.end():m.end() + 30]) or line.block.bold or len(t) < 120):
            continue  # "V. I. Lênin" style initials in prose
        if kind == "letter" and not _is_caps(t[m.end():].split(":", 1)[0]):
            continue
        if kind == "point" and g.get("num2") and not line.block.bold and len(t) > 300:
            continue
        return kind, rank, num, line.start + m.end()
    return None


def _title(text: str, start: int, end: int, apart: bool = False,
           headed: bool = False) -> tuple[str | None, int]:
    """Title after the label: the lead-in up to ':' or the whole short line; (title, end).

    ``apart``: the heading is a paragraph of its own set in bold, so the whole line names the
    part even when long or holding a ';' (lexicon HEADING_LINE_MAX). ``headed``: the numbered
    line has parts of its own under it, so a short line ending in a full stop is its name, not a
    running sentence ("3. Công tác thẩm định dự án." over "a. …", "b. …")."""
    seg = text[start:end]
    first_line = seg.split("\n", 1)[0]
    note = next((m for m in _TITLE_NOTE.finditer(first_line) if any(c.islower() for c in m["note"])), None)
    if note and note.start() > 0 and _is_caps(first_line[:note.start()]):
        first_line = first_line[:note.start()]   # "NỘI DUNG HỒ SƠ (Tóm tắt …)"
    colon = first_line.find(":")
    if 0 < colon <= _TITLE_MAX and not re.search(r"[.;]\s", first_line[:colon]):
        t = first_line[:colon].rstrip()
        return t, start + len(t)
    stripped = first_line.rstrip(" .;")
    if stripped and len(stripped) <= _TITLE_MAX and not re.search(r"[.;]\s", stripped) and not first_line.rstrip().endswith((".", ";")):
        return stripped, start + len(stripped)
    if stripped and apart and "\n" not in seg.strip() and len(stripped) <= L.HEADING_LINE_MAX \
            and not re.search(r"\.\s", stripped) and not first_line.rstrip().endswith(";"):
        return stripped, start + len(stripped)
    if stripped and headed and len(stripped) <= _TITLE_MAX and not re.search(r"[.;:]\s", stripped) \
            and re.search(r"[^.]\.$", first_line.rstrip()) and not _AGENCY.match(stripped):
        # (a body's duty written as one sentence over its points stays a paragraph)
        return stripped, start + len(stripped)
    return None, start


# Levels whose title may stand on the line under a bare label ("PHẦN I" / "KẾT QUẢ …").
_TITLED_BELOW = {"part", "chapter", "letter", "roman", "article"}


def _title_below(text: str, line_end: int, limit: int) -> tuple[str | None, int]:
    """The short capitalised line right under a bare heading label, as its title."""
    start = line_end
    while start < limit and text[start] in "\n ":
        start += 1
    end = text.find("\n", start, limit)
    end = limit if end < 0 else end
    line = text[start:end].rstrip()
    if not line or len(line) > _TITLE_MAX or not _is_caps(line) or any(
            rx.match(line) for _, _, rx in _HEADINGS):
        return None, line_end
    return line, start + len(line)


def _wrapped_caps_title(text: str, title: str, title_end: int, limit: int) -> tuple[str, int]:
    """A part's name in capitals that a page wrapped onto the next line ("VI. YÊU CẦU CỦA SỞ VÀ Ý
    KIẾN CỦA CHỦ ĐẦU" / "TƯ, CÁC NHÀ THẦU THAM GIA"): the line under it, in capitals too, with
    no heading label of its own, goes on with it. Only when the name filled its line."""
    if len(title) < 40 or not _is_caps(title) or title.endswith((".", ";", ":")):
        return title, title_end
    start = title_end + 1
    if start >= limit or text[title_end] != "\n":
        return title, title_end
    end = text.find("\n", start, limit)
    end = limit if end < 0 else end
    line = text[start:end].rstrip()
    if (not line or len(line) > 100 or not _is_caps(line) or not line[:1].isalpha()
            or any(rx.match(line) for _, _, rx in _HEADINGS) or _APPENDIX.match(line)):
        return title, title_end
    return f"{title} {line}", start + len(line)


def _tree(nodes: list[_Node]) -> list[_Node]:
    roots: list[_Node] = []
    stack: list[_Node] = []
    for n in nodes:
        while stack and stack[-1].rank >= n.rank:
            stack.pop()
        (stack[-1].children if stack else roots).append(n)
        stack.append(n)
    return roots


def _agency(title: str | None) -> str | None:
    if title and (m := _SCOPE_PREFIX.match(title)):   # "Đối với đơn vị được kiểm tra"
        name = title[m.end():]
        named = name[:1].upper() + name[1:]
        lower_ok = m.group("plural") or name.lower().startswith(tuple(L.SCOPE_LOWER_HEADS))
        if (name[:1].isupper() or lower_ok) and _AGENCY.match(named) and not _LABEL.match(named) \
                and len(title) <= 120:
            return title[len("Đối với"):].strip(" :;.")
        return None
    if not title or not _AGENCY.match(title) or len(title) > 120 or _LABEL.match(title):
        return None
    name = re.sub(r"^(?:" + "|".join(L.AGENCY_PREFIXES) + r")\s+", "", title)
    return name.strip(" :;.")


def _to_sections(roots: list[_Node], text: str, region_end: int, parent_path: str = "",
                 level: int = 1) -> list[Section]:
    out: list[Section] = []
    counter = 0
    for idx, n in enumerate(roots):
        nxt = roots[idx + 1].line.start if idx + 1 < len(roots) else region_end
        counter += 1
        number = n.number
        key = number if number else str(counter)
        path = f"{parent_path}.{key}" if parent_path else key
        title, title_end = _title(text, n.label_end, n.line.end, apart=n.line.block.bold,
                                  headed=any(c.kind not in _UNNUMBERED for c in n.children))
        if not title and n.kind in _TITLED_BELOW and not text[n.label_end:n.line.end].strip():
            title, title_end = _title_below(text, n.line.end, nxt)
        elif title and n.kind in ("roman", "part", "chapter") and title_end == n.line.end:
            title, title_end = _wrapped_caps_title(text, title, title_end, nxt)
        head_end = title_end if title else n.label_end
        while head_end > n.line.start and text[head_end - 1] == " ":
            head_end -= 1
        body_end = nxt
        while body_end > n.line.start and text[body_end - 1] in "\n ":
            body_end -= 1
        out.append(Section(
            number=number, title=title, level=level, kind=n.kind, path=path,
            heading=text[n.line.start:head_end], span=(n.line.start, head_end),
            body_span=(n.line.start, body_end), agency=_agency(title),
            children=_to_sections(n.children, text, nxt, path, level + 1)))
    return out


_UNNUMBERED = {"item", "subitem"}


def _quoted(lines: list[_Line]) -> set[int]:
    """Indices of the lines inside a quotation of another text (lexicon QUOTE_*); a mark
    still open when the next quotation opens closed nowhere, and quotes nothing."""
    opens = lambda k: _QUOTE_OPEN.match(lines[k].text) and _QUOTE_INTRO.search(lines[k - 1].text)  # noqa: E731
    out: set[int] = set()
    i = 1
    while i < len(lines):
        if opens(i):
            for j in range(i, min(len(lines), i + L.QUOTE_MAX_LINES)):
                t = lines[j].text.strip()
                if j > i and opens(j):
                    break
                if _QUOTE_CLOSE.search(t) and (j > i or len(t) > 1):
                    out.update(range(i, j + 1))
                    i = j
                    break
        i += 1
    return out


def _enclosure_lists(lines: list[_Line]) -> set[int]:
    """Indices of the numbered lines that list the papers sent with a submission ("Các văn bản
    kèm theo:" / "Hồ sơ kèm theo:" then "1. Biên bản …", "2. Dự thảo …"): a list of files, not
    parts of the text. The list runs over its numbered items and their wrapped lines."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not _ENCLOSURES.match(ln.text.strip()):
            continue
        j = i + 1
        while j < len(lines):
            t = lines[j].text.strip()
            h = _match_heading(lines[j])
            if h and h[0] in ("clause", "subclause") or (t[:1].islower() and j - 1 in out):
                out.add(j)
                j += 1
                continue
            break
    return out


def _ocr_clause(ln: _Line, nodes: list["_Node"], ocr: set[int]) -> tuple[str, int, str, int] | None:
    """A clause label whose full stop OCR read as a comma ("5, Về cấp Giấy phép …"): taken
    only on an OCR page, and only where it goes on from the clause numbered just before it."""
    if ln.block.page not in ocr:
        return None
    m = _OCR_CLAUSE.match(ln.text)
    if not m:
        return None
    prev = next((n for n in reversed(nodes) if n.rank <= _CLAUSE_RANK), None)
    if prev is None or prev.kind != "clause" or not (prev.number or "").isdigit() \
            or int(prev.number) + 1 != int(m["num"]):
        return None
    return "clause", _CLAUSE_RANK, m["num"], ln.start + m.end()


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(s: str) -> int | None:
    if not s or any(c not in _ROMAN_VALUES for c in s):
        return None
    total = 0
    for k, c in enumerate(s):
        v = _ROMAN_VALUES[c]
        total += -v if k + 1 < len(s) and _ROMAN_VALUES[s[k + 1]] > v else v
    return total


def _to_roman(n: int) -> str:
    out = ""
    for v, r in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out


def _repair_ocr_romans(nodes: list["_Node"], ocr: set[int]) -> None:
    """A part numeral OCR misread on a scanned page ("I., II., II., IV." — a stroke of "III"
    lost): the parts run in sequence, so one that breaks it between two that keep it (the one
    before + 2 = the one after) is the missing number."""
    romans = [n for n in nodes if n.kind == "roman"]
    for k in range(1, len(romans) - 1):
        prev, cur, nxt = (_roman_value(romans[j].number or "") for j in (k - 1, k, k + 1))
        if None in (prev, nxt) or romans[k].line.block.page not in ocr:
            continue
        if nxt == prev + 2 and cur != prev + 1:
            romans[k].number = _to_roman(prev + 1)


def _section_tree(lines: list[_Line], text: str, region_end: int,
                  ocr: set[int] | None = None) -> list[Section]:
    nodes = []
    quoted = _quoted(lines) | _enclosure_lists(lines)
    for k, ln in enumerate(lines):
        if k in quoted:
            continue
        h = _match_heading(ln) or (ocr and _ocr_clause(ln, nodes, ocr))
        if h:
            kind, rank, num, label_end = h
            nodes.append(_Node(kind, rank, num, ln, label_end))
    if ocr:
        _repair_ocr_romans(nodes, ocr)
    # dash items are parts of a numbered clause; outside any (a letter of running paragraphs
    # with a dashed list, the dashes before the first clause) they are not sections
    roots = [n for n in _tree(nodes) if n.kind not in _UNNUMBERED]
    return _to_sections(roots, text, region_end)


def _appendix_ranges(lines: list[_Line], close: int) -> list[tuple[int, int]]:
    """(first, end) line ranges of appendices after the closing block.

    An appendix opens with "PHỤ LỤC …", "(Kèm theo Quyết định số …)", or the type line of a
    document attached after the signature ("KẾ HOẠCH" of a plan a decision approves); a type
    line and its "(Kèm theo …)" note a few lines below open one appendix, not two.
    """
    starts: list[int] = []
    for i in range(close, len(lines)):
        t = lines[i].text.strip()
        if not (_APPENDIX.match(t) or _TYPE.match(t)):
            continue
        if starts and i - starts[-1] <= 3 and not any(
                _match_heading(ln) for ln in lines[starts[-1] + 1:i]):
            continue
        starts.append(i)
    ranges = []
    for k, i in enumerate(starts):
        j = starts[k + 1] if k + 1 < len(starts) else len(lines)
        while j > i + 1 and lines[j - 1].block.kind in ("footnote", "endnote"):
            j -= 1
        ranges.append((i, j))
    return ranges


def _appendix(lines: list[_Line], i: int, j: int, text: str) -> Appendix:
    """Title: the caps line under "PHỤ LỤC", the trích yếu under a type line, else the line."""
    head = lines[i].text.strip()
    nxt = lines[i + 1].text.strip() if i + 1 < j else ""
    title = head
    body_from = i + 1
    if nxt and not _APPENDIX.match(nxt) and not _match_heading(lines[i + 1]):
        if _TYPE.match(head):
            title, body_from = f"{head} {nxt}", i + 2
        elif _is_caps(nxt):
            title, body_from = nxt, i + 2
    end = lines[j - 1].end
    return Appendix(title=title, span=(lines[i].start, end),
                    sections=_section_tree(lines[body_from:j], text, end))


def build_outline(doc: Document) -> Outline:
    text = doc.text
    lines = _lines(doc)
    if not lines:
        return Outline(sections=[], header_end=0, body_end=0, text_len=len(text))
    first = _header_end(lines)
    close = _closing_start(lines, first)
    header_end = lines[first].start if first < len(lines) else len(text)
    body_end = lines[close].start if close < len(lines) else len(text)
    body_lines = [ln for ln in lines[first:close] if ln.block.kind not in ("footnote", "endnote")]
    sections = _section_tree(body_lines, text, body_end, set(doc.ocr_pages or ()))

    appendices = [_appendix(lines, i, j, text) for i, j in _appendix_ranges(lines, close)]
    recipients = next((ln.start for ln in lines if _RECIPIENTS.match(ln.text.strip())), None)
    return Outline(sections=sections, appendices=appendices, header_end=header_end,
                   body_end=body_end, text_len=len(text), recipients_at=recipients)
