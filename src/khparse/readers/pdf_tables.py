"""Ruled tables in PDF pages: grids from the drawn rules, cells from the measured lines.

Plans put their task list in a ruled table (appendix "STT | Nội dung nhiệm vụ | Cơ quan chủ
trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm", often over several pages). Read
as plain lines it falls apart into short blocks with neighbouring cells glued; the task
extractor needs what the .docx reader gives: each cell one block with ``table=(t, r, c)``.

Why our own grid rather than pdfplumber's ``find_tables``: the rules are a handful of path
objects that pdfium lists in microseconds, and the text is already measured, so a page
without a grid of rules costs one walk over its objects (no pdfminer parse); on a page
with a grid only the lines crossing a column rule get their characters measured.
Measured on the LibreOffice fixtures and the corpus appendix table: pdfplumber's
``find_tables`` + ``extract`` takes 48-114 ms per document and finds the same grids and
cells; reading the whole document here takes 2-10 ms, of which the tables 0.5-4 ms.

Steps: :func:`find_grids` (pdf.py, per page) collects horizontal and vertical rules —
thin path objects, or the axis-parallel edges of stroked paths — and keeps groups of
crossing rules with 2+ columns (open sides: the ends of the horizontal rules are the outer
column edges); :func:`split_lines` cuts lines that pdfium ran across a
column rule; :func:`cell_rows` (pdf_layout.py) puts each line in its cell — a merged cell
is known by its missing inner rules and takes its top-left (row, col) — and joins a cell's
lines; :class:`Stitcher` keeps one table number across pages when the next page's table
has the same column rules, drops a repeated header row and re-joins a row cut by the
page break.
"""
from __future__ import annotations

import ctypes
from bisect import bisect_right
from dataclasses import dataclass, field

from .pdf_geometry import Line, Para, starts_item

_THIN = 3.0      # pt: a rule is a path at most this thick
_MIN_LEN = 8.0   # pt: and at least this long
_TOL = 2.5       # pt: rules this close are one, and touch each other
_MAX_SEGMENTS = 2000


@dataclass
class Grid:
    """One ruled table on a page (top-down coordinates, points)."""

    xs: list[float]                                   # column boundaries, left to right
    ys: list[float]                                   # row boundaries, top to bottom
    hrules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    vrules: list[tuple[float, float, float]] = field(default_factory=list)  # (x, y0, y1)

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def holds(self, ln: Line) -> bool:
        """The line's centre is inside the table frame."""
        return (self.xs[0] - _TOL <= ln.center <= self.xs[-1] + _TOL
                and self.ys[0] - _TOL <= ln.vcenter <= self.ys[-1] + _TOL)

    def _vruled(self, x: float, y: float) -> bool:
        return any(abs(vx - x) <= _TOL and y0 - _TOL <= y <= y1 + _TOL for vx, y0, y1 in self.vrules)

    def anchors(self) -> list[list[tuple[int, int]]]:
        """For each grid slot, the (row, col) of the top-left slot of its (merged) cell."""
        nr, nc = len(self.ys) - 1, len(self.xs) - 1
        # extents of the rules on each column / row boundary
        vby = [[(y0, y1) for vx, y0, y1 in self.vrules if abs(vx - x) <= _TOL] for x in self.xs]
        hby = [[(x0, x1) for hy, x0, x1 in self.hrules if abs(hy - y) <= _TOL] for y in self.ys]
        out: list[list[tuple[int, int]]] = []
        for r in range(nr):
            ymid = (self.ys[r] + self.ys[r + 1]) / 2
            row: list[tuple[int, int]] = []
            for c in range(nc):
                xmid = (self.xs[c] + self.xs[c + 1]) / 2
                if c > 0 and not any(a - _TOL <= ymid <= z + _TOL for a, z in vby[c]):
                    row.append(row[c - 1])
                elif r > 0 and not any(a - _TOL <= xmid <= z + _TOL for a, z in hby[r]):
                    row.append(out[r - 1][c])
                else:
                    row.append((r, c))
            out.append(row)
        return out

    def slot(self, x: float, y: float) -> tuple[int, int]:
        r = min(max(bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        c = min(max(bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        return r, c


# ---- rules from the page's path objects ------------------------------------------------------
class _Walker:
    """Collects axis-parallel rules from path objects (into forms too), pdfium raw API."""

    def __init__(self, raw, height: float):
        self.raw = raw
        self.height = height
        self.h: list[tuple[float, float, float]] = []   # (y, x0, x1), top-down
        self.v: list[tuple[float, float, float]] = []   # (x, y0, y1), top-down
        self.l, self.b, self.r, self.t = (ctypes.c_float() for _ in range(4))
        self.refs = tuple(ctypes.byref(v) for v in (self.l, self.b, self.r, self.t))
        self.fill, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.px, self.py = ctypes.c_float(), ctypes.c_float()
        self.matrix = raw.FS_MATRIX()

    def walk(self, count, get, m=None, depth=0) -> None:
        raw = self.raw
        path_t, form_t = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
        for i in range(count):
            obj = get(i)
            typ = raw.FPDFPageObj_GetType(obj)
            if typ == path_t:
                self._path(obj, m)
            elif typ == form_t and depth < 3:
                fm = self._matrix(obj)
                self.walk(raw.FPDFFormObj_CountObjects(obj),
                          lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k),
                          fm if m is None else _compose(fm, m), depth + 1)

    def _matrix(self, obj):
        if not self.raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(self.matrix)):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        mx = self.matrix
        return (mx.a, mx.b, mx.c, mx.d, mx.e, mx.f)

    def _path(self, obj, m) -> None:
        raw = self.raw
        if not raw.FPDFPageObj_GetBounds(obj, *self.refs):
            return
        x0, y0, x1, y1 = self.l.value, self.b.value, self.r.value, self.t.value
        if m is not None:
            x0, y0, x1, y1 = _box(m, x0, y0, x1, y1)
        w, h = x1 - x0, y1 - y0
        thin_h, thin_v = h <= _THIN and w >= _MIN_LEN, w <= _THIN and h >= _MIN_LEN
        if not (thin_h or thin_v or (w >= _MIN_LEN and h >= _MIN_LEN)):
            return
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(self.fill), ctypes.byref(self.stroke))
        if self.fill.value == 0 and not self.stroke.value:
            return  # a clipping path draws nothing
        H = self.height
        if thin_h:
            self.h.append((H - (y0 + y1) / 2, x0, x1))
        elif thin_v:
            self.v.append(((x0 + x1) / 2, H - y1, H - y0))
        elif self.stroke.value:
            self._segments(obj, m)

    def _segments(self, obj, m) -> None:
        """Edges of a stroked outline (a cell box drawn with ``re S``, a grid in one path)."""
        raw = self.raw
        n = raw.FPDFPath_CountSegments(obj)
        if n <= 0 or n > _MAX_SEGMENTS:
            return
        om = self._matrix(obj)
        full = om if m is None else _compose(om, m)
        pts = []  # (x, y, type, close)
        for k in range(n):
            seg = raw.FPDFPath_GetPathSegment(obj, k)
            raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(self.px), ctypes.byref(self.py))
            a, b, c, d, e, f = full
            x, y = self.px.value, self.py.value
            pts.append((a * x + c * y + e, b * x + d * y + f,
                        raw.FPDFPathSegment_GetType(seg), raw.FPDFPathSegment_GetClose(seg)))
        start = prev = None
        for x, y, typ, close in pts:
            if typ == raw.FPDF_SEGMENT_MOVETO or prev is None:
                start = prev = (x, y)
                continue
            if typ == raw.FPDF_SEGMENT_LINETO:
                self._edge(prev, (x, y))
            prev = (x, y)
            if close and start is not None:
                self._edge(prev, start)
                prev = start

    def _edge(self, p, q) -> None:
        (xa, ya), (xb, yb) = p, q
        H = self.height
        if abs(ya - yb) <= _THIN / 2 and abs(xa - xb) >= _MIN_LEN:
            self.h.append((H - (ya + yb) / 2, min(xa, xb), max(xa, xb)))
        elif abs(xa - xb) <= _THIN / 2 and abs(ya - yb) >= _MIN_LEN:
            self.v.append(((xa + xb) / 2, H - max(ya, yb), H - min(ya, yb)))


def _compose(inner, outer):
    """Matrix of ``inner`` applied first, then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _box(m, x0, y0, x1, y1):
    a, b, c, d, e, f = m
    xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
    ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
    return min(xs), min(ys), max(xs), max(ys)


def _merge(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Rules at one position whose extents touch become one (borders are drawn per cell)."""
    out: list[list[float]] = []
    for pos, a, z in sorted(rules, key=lambda r: (round(r[0] / _TOL), r[1])):
        if out and abs(out[-1][0] - pos) <= _TOL and a <= out[-1][2] + _TOL:
            out[-1][2] = max(out[-1][2], z)
        else:
            out.append([pos, a, z])
    return [(p, a, z) for p, a, z in out]


def _levels(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def find_grids(raw, page, height: float) -> list[Grid]:
    """The page's ruled tables (2+ columns, 1+ rows), top to bottom; [] on most pages."""
    w = _Walker(raw, height)
    w.walk(raw.FPDFPage_CountObjects(page), lambda k: raw.FPDFPage_GetObject(page, k))
    return grids_from_rules(w.h, w.v)


def grids_from_rules(h: list[tuple[float, float, float]],
                     v: list[tuple[float, float, float]]) -> list[Grid]:
    """Tables from horizontal (y, x0, x1) and vertical (x, y0, y1) rules in top-down points,
    whether drawn as paths (find_grids) or seen in a scan's pixels (raster_rules)."""
    if len(v) < 2 or len(h) < 2:
        return []
    hs, vs = _merge(h), _merge(v)
    if len(vs) < 2:
        return []
    # groups of crossing rules (union-find over h and v)
    parent = list(range(len(hs) + len(vs)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (y, x0, x1) in enumerate(hs):
        for j, (x, y0, y1) in enumerate(vs):
            if x0 - _TOL <= x <= x1 + _TOL and y0 - _TOL <= y <= y1 + _TOL:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, rule in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(rule)
    for j, rule in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(rule)
    grids = []
    for gh, gv in groups.values():
        ys, xs = _levels([r[0] for r in gh]), _levels([r[0] for r in gv])
        if len(ys) < 2 or len(xs) < 2:  # two column rules at least (a boxed paragraph has two)
            continue
        # open sides (no outer verticals): the horizontal rules run on to the table's edges
        left, right = min(r[1] for r in gh), max(r[2] for r in gh)
        if left < xs[0] - 3 * _TOL:
            xs.insert(0, left)
        if right > xs[-1] + 3 * _TOL:
            xs.append(right)
        if len(xs) >= 3:  # two columns at least
            grids.append(Grid(xs, ys, gh, gv))
    grids.sort(key=lambda g: g.top)
    return grids


# ---- lines cut at column rules ---------------------------------------------------------------
def split_lines(lines: list[Line], grids: list[Grid], charbox, text: str) -> list[Line]:
    """Cut each line that runs across a column rule of a table (pdfium joins cells that
    share a baseline: "2 Xây dựng Sở Xây"); ``charbox(i)`` gives char i's (l, r, b, t)."""
    out: list[Line] = []
    for ln in lines:
        grid = next((g for g in grids if g.holds(ln)), None)
        cuts = []
        if grid is not None and ln.span is not None:
            cuts = [x for x in grid.xs[1:-1]
                    if ln.x0 + 1 < x < ln.x1 - 1 and grid._vruled(x, ln.vcenter)]
        if not cuts:
            out.append(ln)
            continue
        a, z = ln.span
        cache: dict[int, tuple] = {}

        def box(i: int):
            if i not in cache:
                cache[i] = charbox(i)
            return cache[i]

        def mid(i: int) -> float:
            b = box(i)
            return (b[0] + b[1]) / 2

        # chars run left to right: bisect for the first char past each rule
        starts = [a]
        for x in cuts:
            lo, hi = starts[-1], z
            while lo < hi:
                k = (lo + hi) // 2
                while k < hi and text[k].isspace():
                    k += 1
                if k == hi:
                    hi = (lo + hi) // 2
                    continue
                if mid(k) < x:
                    lo = k + 1
                else:
                    hi = k
            starts.append(lo)
        starts.append(z)
        for s, e in zip(starts, starts[1:]):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            out.append(Line(text[s:e], box(s)[0], box(e - 1)[1], ln.top, ln.bottom, ln.size,
                            ln.bold, ln.italic, (s, e), ln.base))
    return out


# ---- cells -----------------------------------------------------------------------------------
@dataclass
class Cell:
    row: int
    col: int
    lines: list[Line]
    text: str


def cell_rows(grid: Grid, lines: list[Line]) -> list[list[Cell]]:
    """The table's cells row by row, left to right (merged cells at their top-left slot)."""
    anchors = grid.anchors()
    slots: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        r, c = grid.slot(ln.center if ln.x1 - ln.x0 < 1 else ln.x0 + 1.0, ln.vcenter)
        slots.setdefault(anchors[r][c], []).append(ln)
    rows: dict[int, list[Cell]] = {}
    for (r, c), cl in sorted(slots.items()):
        cl.sort(key=lambda ln: (ln.vcenter, ln.x0))
        end = c
        while end + 1 < len(anchors[r]) and anchors[r][end + 1] == (r, c):
            end += 1
        rows.setdefault(r, []).append(Cell(r, c, cl, join_cell(cl, grid.xs[c], grid.xs[end + 1])))
    return [rows[r] for r in sorted(rows)]


def join_cell(lines: list[Line], left: float | None = None, right: float | None = None) -> str:
    """A cell's lines as one text: wrapped lines joined by a space, item lines ("- …",
    "a) …") each on their own line. A word too long for a narrow column is broken
    without a hyphen ("31/12/20" + "24", "ST" + "T"): a one-word line that fills the cell
    but for its padding (two ~5-pt paddings and less than a letter) goes on without a space."""
    out = ""
    prev: Line | None = None
    for ln in lines:
        t = ln.text.strip()
        if prev is None:
            out = t
        elif abs(ln.vcenter - prev.vcenter) < 0.5 * min(ln.height, prev.height):
            out += " " + t  # same visual line (pieces pdfium reported apart)
        elif starts_item(t):
            out += "\n" + t
        elif (left is not None and " " not in prev.text.strip()
              and (prev.x0 - left) + (right - prev.x1) < 0.6 * prev.size + 12.0):
            out += t
        else:
            out += " " + t
        prev = ln
    return out


# ---- one table over several pages ------------------------------------------------------------
def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class _Open:
    """The table last seen: its number, columns, header texts and its last row's paras."""

    number: int
    xs: list[float]
    header: list[list[str]]
    next_row: int
    last_row: list[Para]
    numbered: int = 0         # rows with text in the first column
    rows: int = 0


class Stitcher:
    """Numbers tables over the document and turns cells into paras.

    A page's first table continues the previous page's last table when nothing but
    page-edge lines stands between them and the column rules are at the same x (±2.5 pt):
    it keeps the table number, rows go on, a repeated header row is dropped (the .docx has
    it once), and a first row with an empty first column ("STT") is the rest of the row cut
    by the page break, so its text goes into that row's cells.
    """

    def __init__(self):
        self.count = 0
        self.open: _Open | None = None

    def table(self, grid: Grid, lines: list[Line], page: int, cont: bool) -> list[Para]:
        rows = cell_rows(grid, lines)
        o = self.open
        if cont and o is not None and _same_columns(o.xs, grid.xs):
            k = 0
            while k < len(rows) and k < len(o.header) and _texts(rows[k]) == o.header[k]:
                k += 1
            rows = rows[k:]
            paras: list[Para] = []
            if rows and o.last_row and _cut_row(rows[0], o):
                paras = self._extend(o.last_row, rows[0], page)
                rows = rows[1:]
            base = o.next_row - (rows[0][0].row if rows else 0)
        else:
            self.count += 1
            o = self.open = _Open(self.count - 1, grid.xs, [_texts(r) for r in rows[:3]], 0, [])
            base = 0
            paras = []
        for row in rows:
            r = base + row[0].row
            row_paras = [Para(c.lines, page, zone=True, cell=(o.number, r, c.col), body=c.text)
                         for c in row]
            paras.extend(row_paras)
            o.last_row = row_paras
            o.next_row = r + 1
            o.rows += 1
            o.numbered += any(c.col == 0 and c.text for c in row)
        return paras

    def close(self) -> None:
        """Something other than page-edge lines followed the table: it cannot continue."""
        self.open = None

    @staticmethod
    def _extend(prev: list[Para], cells: list[Cell], page: int) -> list[Para]:
        """Append the cut row's tail to its cells; a column the first part lacked gets a
        para here (same row and column)."""
        by_col = {p.cell[2]: p for p in prev if p.cell}
        t, r, _ = prev[0].cell
        new: list[Para] = []
        for c in cells:
            p = by_col.get(c.col)
            if p is None:
                new.append(Para(c.lines, page, zone=True,
                                cell=(t, r, c.col), body=c.text))
                continue
            p.body = (p.body or "") + ("\n" if starts_item(c.text) else " ") + c.text
            p.lines.extend(c.lines)
        return new


def _texts(row: list[Cell]) -> list[str]:
    return [_norm(c.text) for c in row]


def _same_columns(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _TOL for x, y in zip(a, b))


def _cut_row(row: list[Cell], o: _Open) -> bool:
    """A row with no first-column text in a table whose rows are numbered: the tail of the
    row the page break cut."""
    if any(c.col == 0 and c.text for c in row):
        return False
    return o.rows > 0 and o.numbered >= 0.8 * o.rows and bool(o.last_row)
