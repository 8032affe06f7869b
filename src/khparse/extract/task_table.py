"""Task tables: `STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn`.

Columns are recognized by their header wording (lexicon.bodies.TABLE_HEADERS), whatever
their order. Cells come from .docx blocks with ``Block.table = (table, row, col)``, or from
``|``-separated lines of a text export. Shared by the bodies extractor (lead and partner
cells give roles) and the tasks extractor (each row is a task).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document
from ..lexicon import bodies as lex

Span = tuple[int, int]

_HEADER_RES = [(re.compile(p, re.I), role) for p, role in lex.TABLE_HEADERS.items()]
# Matching order: a "Cơ quan phối hợp" header is not a lead; "Thời gian thực hiện" is a
# deadline even though "thực hiện" also names the lead column elsewhere; "Nguồn lực thực hiện"
# (the funds) is no lead either.
_ROLE_ORDER = ["number", "partners", "deadline", "resources", "lead", "product", "task"]


@dataclass
class TaskRow:
    task: Span
    lead: Span | None = None
    partners: Span | None = None
    deadline: Span | None = None


@dataclass
class TaskTable:
    columns: dict[str, int]
    rows: list[TaskRow] = field(default_factory=list)
    span: Span = (0, 0)


def header_role(cell: str) -> str | None:
    """The column role a header cell names, or None."""
    found = {role for rx, role in _HEADER_RES if rx.search(cell)}
    for role in _ROLE_ORDER:
        if role in found:
            return role
    return None


def _grids(doc: Document) -> list[dict[tuple[int, int], Span]]:
    """Tables as {(row, col): cell span}, from block hints and from pipe-separated lines."""
    grids: dict[int, dict[tuple[int, int], Span]] = {}
    for b in doc.blocks:
        if b.table is None:
            continue
        t, r, c = b.table
        cells = grids.setdefault(t, {})
        old = cells.get((r, c))
        cells[(r, c)] = (min(old[0], b.start), max(old[1], b.end)) if old else (b.start, b.end)
    out = [grids[t] for t in sorted(grids)]
    out.extend(_pipe_grids(doc.text))
    return out


def _pipe_grids(text: str) -> list[dict[tuple[int, int], Span]]:
    grids, cur, row = [], None, 0
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") >= 2 and not re.fullmatch(r"[\s|:+-]*", line):
            if cur is None:
                cur, row = {}, 0
            col, cell_start = 0, start
            for m in re.finditer(r"\|", line + "|"):
                s, e = cell_start, start + m.start()
                raw = text[s:e] if e <= len(text) else text[s:]
                lead_ws = len(raw) - len(raw.lstrip())
                trail_ws = len(raw) - len(raw.rstrip())
                if s + lead_ws < e - trail_ws:
                    cur[(row, col)] = (s + lead_ws, e - trail_ws)
                col += 1
                cell_start = start + m.end()
            row += 1
        elif re.fullmatch(r"[\s|:+-]*", line) and line.strip() and cur is not None:
            continue  # |---|---| rule under the header
        else:
            if cur:
                grids.append(cur)
            cur = None
    if cur:
        grids.append(cur)
    return grids


_ROW_NUMBER_RE = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]|[-+•*])\s*")


def _data_row(text: str, cells: dict[tuple[int, int], Span], r: int) -> bool:
    """Whether row ``r`` opens with its number ("2", "1.1", "II", "-"): a row of data, not a header
    ("2 | Nhà thầu khảo sát … | Khảo sát xây dựng | …", "- | Trần Văn A | Chủ trì phần khảo sát | …")."""
    first = min((c for rr, c in cells if rr == r), default=None)
    if first is None:
        return False
    s, e = cells[(r, first)]
    return bool(_ROW_NUMBER_RE.fullmatch(text[s:e]))


def find_task_tables(doc: Document) -> list[TaskTable]:
    """Every table whose header row names at least a task column and a lead or time column."""
    tables = []
    text = doc.text
    for cells in _grids(doc):
        rows = sorted({r for r, _ in cells})
        header_row, columns = None, {}
        for r in rows[:4]:
            if r != rows[0] and _data_row(text, cells, r):
                break   # the rows from here on are data: a cell there is no column's name
            cols: dict[str, int] = {}
            for (rr, c), (s, e) in sorted(cells.items()):
                if rr != r:
                    continue
                role = header_role(text[s:e])
                if role and role not in cols:
                    cols[role] = c
            if "task" in cols and ("lead" in cols or "deadline" in cols):
                header_row, columns = r, cols
                break
        if header_row is None:
            continue
        table = TaskTable(columns=columns)
        all_spans = list(cells.values())
        table.span = (min(s for s, _ in all_spans), max(e for _, e in all_spans))
        for r in rows:
            if r <= header_row:
                continue
            get = {role: cells.get((r, c)) for role, c in columns.items()}
            task = get.get("task")
            if task is None or not text[task[0]:task[1]].strip():
                continue
            if not any(get.get(k) for k in ("lead", "partners", "deadline")):
                continue  # a group heading row ("I | Công tác tuyên truyền")
            if re.fullmatch(r"\(?\d+\)?", text[task[0]:task[1]].strip()):
                continue  # the (1) (2) (3) column-number row under some headers
            lead = get.get("lead")
            if "lead" in columns and lead is None and table.rows:
                # a blank lead cell (a vertically merged cell in Word, an empty field between
                # tabs) means "same as above": every row of a task table needs its lead
                lead = table.rows[-1].lead
            table.rows.append(TaskRow(task=task, lead=lead,
                                      partners=get.get("partners"), deadline=get.get("deadline")))
        tables.append(table)
    return tables
