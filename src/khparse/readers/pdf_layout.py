"""Reading order for PDF pages: rows, two-column zones, page numbers, paragraph joins.

Pure geometry on :class:`Line` pieces that :mod:`khparse.readers.pdf` measured with pdfium;
nothing here touches a PDF, so the rules can be tested with hand-made lines.

Coordinates are top-down (``top`` < ``bottom``), in PDF points.

Why these rules (Decree 30/2020/NĐ-CP layout, genre.md "Layout"):

- The header is a borderless two-column table (issuer, "Số: …", "V/v …" on the left;
  national motto and "place, ngày …" on the right); the closing block is another one
  ("Nơi nhận:" list on the left, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name" on the right).
  Lines of the two cells share baselines, so a plain top-to-bottom read interleaves them.
  Such zones are read left column first, then right column, each line its own block.
- The body is one column, justified, with a first-line indent: a line that starts at the
  paragraph margin right after a line that filled the measure continues the paragraph.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import layout as S
from .pdf_geometry import Line, Page, Para, is_caps, starts_item
from .pdf_tables import Stitcher


# ---- patterns --------------------------------------------------------------------------------
# A running page number alone on the first/last line: "2", "- 2 -", "Trang 2", "2/5", "Trang 2/5".
PAGE_NUMBER_RE = re.compile(r"^(?:Trang|trang|Page)?\s*[-–—]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?$")
# Lines that only a header or signature table holds (a signer's office stands alone: "GIÁM ĐỐC").
_CUE_RES = [re.compile(p) for p in (S.RECIPIENTS, S.AUTHORITY_LINE, S.NUMBER_LINE,
                                     S.PLACE_DATE_LINE, f"^(?:{S.MOTTO})",
                                     "^(?:" + "|".join(map(re.escape, S.POSITIONS)) + r")\s*$")]
_DOC_TYPES = {w.casefold() for w in S.DOC_TYPE_WORDS}
_LETTER_RE = re.compile(r"[^\W\d_]")
_WORDS_RE = re.compile(r"[^\W\d_]{2,}")


def _caps_heading(text: str) -> bool:
    """All-caps line of several words (a heading), not a lone acronym like "TNMD."."""
    return is_caps(text) and len(_WORDS_RE.findall(text)) >= 2


def _first_letter_lower(text: str) -> bool:
    m = _LETTER_RE.search(text)
    return bool(m) and m.start() <= 2 and m.group().islower()


# ---- rows ------------------------------------------------------------------------------------
def rows_of(lines: list[Line]) -> list[list[Line]]:
    """Group lines sharing a baseline band into rows (top to bottom, each left to right)."""
    rows: list[list[Line]] = []
    anchor: Line | None = None
    for ln in sorted(lines, key=lambda ln: (ln.vcenter, ln.x0)):
        if anchor is not None and abs(ln.vcenter - anchor.vcenter) < 0.5 * min(ln.height, anchor.height):
            rows[-1].append(ln)
            continue
        rows.append([ln])
        anchor = ln
    return [_merge_touching(sorted(row, key=lambda ln: ln.x0)) for row in rows]


def _merge_touching(row: list[Line]) -> list[Line]:
    """Parts of one visual line that pdfium reported apart (no gutter between them) → one."""
    out = [row[0]]
    for ln in row[1:]:
        a = out[-1]
        gap = ln.x0 - a.x1
        if gap < 1.5 * max(min(a.size, ln.size), 6.0):
            sep = "" if gap < 0.1 * a.size or a.text.endswith(" ") else " "
            out[-1] = Line(a.text + sep + ln.text, a.x0, max(a.x1, ln.x1), min(a.top, ln.top),
                           max(a.bottom, ln.bottom), a.size, a.bold and ln.bold,
                           a.italic and ln.italic)
        else:
            out.append(ln)
    return out


def drop_page_numbers(rows: list[list[Line]], height: float) -> list[list[Line]]:
    """Remove a lone page number in the first or last row, near the page edge."""
    def is_number(row, edge_ok):
        return len(row) == 1 and edge_ok and bool(PAGE_NUMBER_RE.match(row[0].text.strip()))
    if rows and is_number(rows[0], rows[0][0].top < 0.15 * height):
        rows = rows[1:]
    if rows and is_number(rows[-1], rows[-1][0].bottom > 0.85 * height):
        rows = rows[:-1]
    return rows


# ---- two-column zones ------------------------------------------------------------------------
def _split_pair(row: list[Line], width: float) -> tuple[float, float] | None:
    """(left x1, right x0) when the row is two cells with a gutter near mid-page, else None."""
    if len(row) != 2:
        return None
    a, b = row
    em = max(min(a.size, b.size), 6.0)
    gap_lo, gap_hi = a.x1, b.x0
    if gap_hi - gap_lo < 1.5 * em:
        return None
    if gap_hi < 0.28 * width or gap_lo > 0.55 * width:
        return None
    return gap_lo, gap_hi


def _side(line: Line, lo: float, hi: float) -> str | None:
    """L or R cell of a zone with gutter (lo, hi); None for a line across the gutter."""
    tol = 0.5 * line.size
    left_ok, right_ok = line.x1 <= hi + tol, line.x0 >= lo - tol
    if left_ok and right_ok:
        return "L" if line.center < (lo + hi) / 2 else "R"
    return "L" if left_ok else "R" if right_ok else None


def pair_offset_rows(rows: list[list[Line]], width: float) -> list[list[Line]]:
    """Join a left-cell line and a right-cell line whose baselines differ a little.

    Table cells with different font sizes or vertical alignment put "ỦY BAN NHÂN DÂN" a few
    points above or below "CỘNG HÒA …"; read as two rows they would not show the gutter.
    """
    out: list[list[Line]] = []
    for row in rows:
        prev = out[-1] if out else None
        if (prev is not None and len(prev) == 1 and len(row) == 1
                and abs(row[0].vcenter - prev[0].vcenter) < 0.6 * min(row[0].size, prev[0].size)):
            pair = sorted([prev[0], row[0]], key=lambda ln: ln.x0)
            if _split_pair(pair, width) is not None:
                out[-1] = pair
                continue
        out.append(row)
    return out


def find_zones(rows: list[list[Line]], page: Page) -> list[tuple[int, int, float, float]]:
    """Runs of rows (start, end exclusive, gutter lo, gutter hi) read as two columns."""
    zones = []
    i, n = 0, len(rows)
    while i < n:
        pair = _split_pair(rows[i], page.width)
        if pair is None:
            i += 1
            continue
        lo, hi = pair
        last_pair = i
        j = i + 1
        while j < n:
            p = _split_pair(rows[j], page.width)
            if p is not None:
                nlo, nhi = max(lo, p[0]), min(hi, p[1])
                if nhi - nlo <= 0:
                    break
                lo, hi, last_pair = nlo, nhi, j
            elif len(rows[j]) != 1 or _side(rows[j][0], lo, hi) is None:
                break
            j += 1
        end = last_pair + 1
        # cells continue below their last shared row while lines stay tightly spaced
        while end < n and len(rows[end]) == 1 and _side(rows[end][0], lo, hi) is not None:
            prev = rows[end - 1]
            gap = rows[end][0].top - max(ln.bottom for ln in prev)
            if gap > 0.8 * rows[end][0].size:
                break
            end += 1
        # the cue may sit just above the first shared row ("Nơi nhận:" alone on its line)
        lines = [ln for row in rows[max(i - 1, 0):end] for ln in row]
        at_top = page.number == 1 and rows[i][0].top < 0.45 * page.height
        if at_top or any(r.match(ln.text.strip()) for ln in lines for r in _CUE_RES):
            zones.append((i, end, lo, hi))
            i = end
        else:
            i += 1
    return zones


def _zone_paras(rows: list[list[Line]], lo: float, hi: float, page: int) -> list[Para]:
    """Left cell lines first, then right; a line starting lowercase continues its cell's line."""
    cols: dict[str, list[Line]] = {"L": [], "R": []}
    for row in rows:
        for ln in row:
            side = _side(ln, lo, hi) or ("L" if ln.center < (lo + hi) / 2 else "R")
            cols[side].append(ln)
    paras: list[Para] = []
    for side in ("L", "R"):
        cur: Para | None = None
        for ln in cols[side]:
            if (cur is not None and _first_letter_lower(ln.text) and not starts_item(ln.text)
                    and 0 <= ln.top - cur.lines[-1].bottom <= 0.8 * ln.size
                    and not cur.lines[-1].text.rstrip().endswith((";", ".", ":"))):
                cur.lines.append(ln)
                continue
            cur = Para([ln], page, zone=True)
            paras.append(cur)
    return paras


# ---- paragraphs ------------------------------------------------------------------------------
@dataclass
class Margins:
    left: float
    right: float
    indented: bool = False            # paragraphs open with a first-line indent
    pitch: float | None = None        # usual baseline-to-baseline distance of body lines

    @property
    def mid(self) -> float:
        return (self.left + self.right) / 2

    @property
    def measure(self) -> float:
        return self.right - self.left


def margins_of(lines: list[Line], width: float) -> Margins:
    """Paragraph margins: the commonest line start (left) and end (right) on the pages."""
    if not lines:
        return Margins(0.1 * width, 0.9 * width)
    starts = _smoothed(Counter(round(ln.x0 / 3) for ln in lines))
    ends = _smoothed(Counter(round(ln.x1 / 3) for ln in lines if ln.x1 > width / 2))
    # the commonest 3-pt bins; between near-ties the outer one (indented first lines are fewer)
    top = max(starts.values())
    lbin = min(k for k, c in starts.items() if c >= 0.6 * top)
    left = min(ln.x0 for ln in lines if abs(round(ln.x0 / 3) - lbin) <= 1)
    if ends:
        top = max(ends.values())
        rbin = max(k for k, c in ends.items() if c >= 0.6 * top)
        right = max(ln.x1 for ln in lines if abs(round(ln.x1 / 3) - rbin) <= 1)
    else:
        right = max(ln.x1 for ln in lines)
    if right - left < 0.3 * width:
        right = max(right, 0.9 * width)
    first_lines = sum(1 for ln in lines if left + 10 < ln.x0 < left + 60)
    return Margins(left, right, indented=first_lines >= 3 and first_lines >= 0.08 * len(lines))


def _smoothed(bins: Counter) -> dict[int, int]:
    """Each bin counted with its neighbours: a margin at 85.4 pt falls in two 3-pt bins."""
    return {k: bins[k - 1] + bins[k] + bins[k + 1] for k in bins}


def line_pitch(pages: list[Page]) -> float | None:
    """The commonest baseline-to-baseline step between successive lines (0.5-pt bins)."""
    steps: Counter = Counter()
    for p in pages:
        based = sorted((ln for ln in p.lines if ln.base is not None), key=lambda ln: ln.base)
        for a, b in zip(based, based[1:]):
            d = b.base - a.base
            if 0.8 * a.size <= d <= 2.5 * a.size and abs(a.size - b.size) < 0.5:
                steps[round(d * 2)] += 1
    if not steps:
        return None
    step, count = steps.most_common(1)[0]
    return step / 2 if count >= 3 else None


def is_centered(ln: Line, m: Margins) -> bool:
    return (abs(ln.center - m.mid) <= max(6.0, 0.02 * m.measure)
            and ln.x0 > m.left + ln.size and ln.x1 < m.right - ln.size)


def fills_measure(a: Line, b_text: str, m: Margins) -> bool:
    """Would b's first word have fitted after a? If not, a was wrapped."""
    first = b_text.strip().split(" ", 1)[0] if b_text.strip() else ""
    need = (len(first) + 1) * 0.45 * a.size
    return a.x1 + need >= m.right - 0.25 * a.size


def _wrapped_dash(a: Line, b: Line, m: Margins) -> bool:
    """"Trung tâm Văn hóa" | "- Thông tin và Thể thao huyện …": a name with a spaced dash
    wrapped before the dash. Where paragraphs and items open indented, a dash line at the
    margin after a line that ran to the margin without closing punctuation is the rest of it."""
    return (m.indented and b.text.lstrip()[:1] in "-–" and b.x0 <= m.left + 0.5 * b.size
            and not a.text.rstrip().endswith((".", ";", ":", "!", "?"))
            and a.x1 >= m.right - 1.0 * a.size)


def continues(prev: Para, b: Line, m: Margins) -> bool:
    """Does line b continue paragraph prev (same page, b directly below)?"""
    a = prev.lines[-1]
    size = max(a.size, b.size)
    if b.top < a.top or b.top - a.bottom > 1.2 * size or abs(a.size - b.size) > 1.5:
        return False
    # (bold may differ: "3. Đề nghị Sở Y tế:" in bold often opens a paragraph that goes on plain)
    if (starts_item(b.text) and not _wrapped_dash(a, b, m)) or (_caps_heading(b.text) and not is_caps(a.text)):
        return False
    if b.italic and not a.italic and b.text.lstrip().startswith("("):
        return False  # "(Kèm theo Quyết định số …)" in italics under a bold title
    if prev.centered:
        # a wrapped centred title: both centred, first line near the full measure
        return (is_centered(b, m) and is_caps(a.text) == is_caps(b.text) and a.bold == b.bold
                and a.x1 - a.x0 >= 0.6 * m.measure
                and prev.lines[0].text.strip().casefold() not in _DOC_TYPES)
    if not fills_measure(a, b.text, m):
        return False
    if m.pitch and a.base is not None and b.base is not None and b.base - a.base > m.pitch + 0.3 * size:
        return False  # space before b: a new paragraph even without an indent
    hanging = starts_item(prev.lines[0].text) and len(prev.lines) == 1
    limit = a.x0 + (3.0 if hanging else 0.5) * a.size
    return b.x0 <= limit and b.x0 >= m.left - a.size


_DIGITS_RE = re.compile(r"\d+")


def _edge_key(row: list[Line]) -> str:
    return _DIGITS_RE.sub("#", " ".join(" ".join(ln.text.split()) for ln in row))


def drop_running_lines(rows_by_page: list[list[list[Line]]], pages: list[Page]) -> None:
    """Remove a header/footer line repeated at the top or bottom of most pages (in place).

    "CÔNG BÁO/Số 12/Ngày …", a file path or a document number printed on every page is not
    part of the text; it is recognised by recurring (numbers aside) on 3+ pages and half of them.
    """
    if len(pages) < 3:
        return
    seen: Counter = Counter()
    for rows, page in zip(rows_by_page, pages):
        keys = set()
        if rows and rows[0][0].top < 0.12 * page.height:
            keys.add(_edge_key(rows[0]))
        if rows and rows[-1][-1].bottom > 0.88 * page.height:
            keys.add(_edge_key(rows[-1]))
        seen.update(keys)
    running = {k for k, c in seen.items() if c >= 3 and c >= 0.5 * len(pages)}
    if not running:
        return
    for rows, page in zip(rows_by_page, pages):
        if rows and rows[0][0].top < 0.12 * page.height and _edge_key(rows[0]) in running:
            del rows[0]
        if rows and rows[-1][-1].bottom > 0.88 * page.height and _edge_key(rows[-1]) in running:
            del rows[-1]


def page_paras(page: Page, m: Margins, rows: list[list[Line]] | None = None) -> list[Para]:
    """The page's blocks in reading order (page numbers dropped, zones split, lines joined)."""
    if rows is None:
        rows = drop_page_numbers(rows_of(page.lines), page.height)
    rows = pair_offset_rows(rows, page.width)
    zones = {start: (end, lo, hi) for start, end, lo, hi in find_zones(rows, page)}
    paras: list[Para] = []
    i = 0
    while i < len(rows):
        if i in zones:
            end, lo, hi = zones[i]
            paras.extend(_zone_paras(rows[i:end], lo, hi, page.number))
            i = end
            continue
        row = rows[i]
        i += 1
        if len(row) > 1:  # table cells or a stray two-part line: one block per part
            paras.extend(Para([ln], page.number, zone=True) for ln in row)
            continue
        ln = row[0]
        last = paras[-1] if paras else None
        if last is not None and not last.zone and continues(last, ln, m):
            last.lines.append(ln)
            continue
        paras.append(Para([ln], page.number, centered=is_centered(ln, m)))
    return paras


def joins_across_pages(prev: Para, first: Para, m: Margins) -> bool:
    """A paragraph cut by a page break: prev filled its last line and the next page opens at
    the margin with a lowercase word, or (where paragraphs open indented) with any word
    after a line that does not end a sentence."""
    if prev.zone or first.zone or prev.centered:
        return False
    a, b = prev.lines[-1], first.lines[0]
    if (starts_item(b.text) or abs(a.size - b.size) > 1.5 or a.x1 < m.right - 1.0 * a.size
            or not m.left - a.size <= b.x0 <= m.left + 0.5 * a.size):
        return False
    if _first_letter_lower(b.text):
        return True
    return (m.indented and not a.text.rstrip().endswith((".", ":", ";", "!", "?"))
            and not _caps_heading(b.text))


def layout(pages: list[Page]) -> list[Para]:
    """All pages' blocks in reading order, paragraphs cut by a page break re-joined."""
    for p in pages:
        if p.tables:
            p.tables = [g for g in p.tables if _is_table(g, p)]
    # lines inside ruled tables are read as cells, not as body text
    body_lines = [_outside_tables(p) for p in pages]
    by_width: dict[int, list[Line]] = {}
    for p, lines in zip(pages, body_lines):
        by_width.setdefault(round(p.width), []).extend(lines)
    # one set of margins per page size: a sparse last page (signature) has none of its own
    margins = {w: margins_of(lines, w) for w, lines in by_width.items()}
    for w, m in margins.items():
        m.pitch = line_pitch([Page(p.number, p.width, p.height, lines)
                              for p, lines in zip(pages, body_lines) if round(p.width) == w])
    rows_by_page = [drop_page_numbers(rows_of(lines), p.height)
                    for p, lines in zip(pages, body_lines)]
    drop_running_lines(rows_by_page, pages)
    out: list[Para] = []
    stitch = Stitcher()
    for p, rows in zip(pages, rows_by_page):
        m = margins[round(p.width)]
        if p.tables:
            paras = _table_page(p, m, rows, stitch)
        else:
            paras = page_paras(p, m, rows)
            if any(not _at_edge(para, p) for para in paras):
                stitch.close()
        if out and paras and joins_across_pages(out[-1], paras[0], m):
            out[-1].lines.extend(paras[0].lines)
            paras = paras[1:]
        out.extend(paras)
    return out


def _is_table(grid, page: Page) -> bool:
    """A grid of rules read as a table: not a frame around the page or a block of text (one
    row over 40% of the page), not a header or signature table that happens to be ruled
    (its lines hold the cues :func:`find_zones` reads as two columns)."""
    lines = [ln for ln in page.lines if grid.holds(ln)]
    if not lines or (len(grid.ys) == 2 and grid.bottom - grid.top > 0.4 * page.height):
        return False
    return not any(r.match(ln.text.strip()) for ln in lines for r in _CUE_RES)


def _outside_tables(page: Page) -> list[Line]:
    if not page.tables:
        return page.lines
    return [ln for ln in page.lines if not any(g.holds(ln) for g in page.tables)]


def _at_edge(para: Para, page: Page) -> bool:
    """A line in the top or bottom tenth of the page (running header/footer, page number)."""
    return all(ln.bottom < 0.1 * page.height or ln.top > 0.9 * page.height for ln in para.lines)


def _table_page(page: Page, m: Margins, rows: list[list[Line]], stitch) -> list[Para]:
    """Body text above, between and below the page's ruled tables, tables read cell by cell.

    The page's first table may continue the previous page's last one (see
    :class:`~.pdf_tables.Stitcher`) when only page-edge lines stand between them."""
    in_table: list[list[Line]] = [[] for _ in page.tables]
    for ln in page.lines:
        k = next((k for k, g in enumerate(page.tables) if g.holds(ln)), None)
        if k is not None:
            in_table[k].append(ln)
    paras: list[Para] = []
    i = 0
    for k, grid in enumerate(page.tables):
        seg = []
        while i < len(rows) and min(ln.vcenter for ln in rows[i]) < grid.top:
            seg.append(rows[i])
            i += 1
        before = page_paras(page, m, seg) if seg else []
        if any(not _at_edge(para, page) for para in before):
            stitch.close()
        paras.extend(before)
        if not in_table[k]:
            continue  # an empty frame (a box drawn around nothing)
        paras.extend(stitch.table(grid, in_table[k], page.number, cont=(k == 0)))
    after = page_paras(page, m, rows[i:]) if i < len(rows) else []
    if any(not _at_edge(para, page) for para in after):
        stitch.close()
    paras.extend(after)
    return paras
