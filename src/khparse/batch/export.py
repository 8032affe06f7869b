"""Flat tables for analysts from a folder of Plan JSON files: CSV (Excel-ready) and SQLite.

Rows are built from the Plan *dicts* read back from disk, so ``khparse export`` works on
any OUT_DIR that ``khparse batch`` (or a script saving ``khparse extract``) produced, and a
field the Plan lacks is just an empty cell. One table per kind of item; each row carries
the document's ``file`` (path in the archive, the join key), number, issuer and date so a
single table is readable on its own.

CSV is UTF-8 with a BOM (``utf-8-sig``) so Excel shows Vietnamese correctly; SQLite uses
only the standard library and is ready for ``sqlite3`` or Datasette. Both are written to a
temporary name and moved into place, so an interrupted export never leaves half a table.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from .store import STATE_DIR, TMP_PREFIX, atomic_path, atomic_write

I, R, T = "INTEGER", "REAL", "TEXT"
_CTX = [("file", T), ("document_number", T), ("issuer", T), ("issued_date", T)]

#: table → columns (name, SQLite type), in output order.
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("file", T), ("format", T), ("pages", I), ("sha256", T), ("type", T), ("number", T),
        ("symbol", T), ("issuer", T), ("parent_issuer", T), ("place", T), ("issued_date", T),
        ("published_date", T), ("title", T), ("urgency", T), ("secrecy", T),
        ("signer_authority", T), ("signer_position", T), ("signer_name", T),
        ("addressees", T), ("recipients", T), ("reported_type", T), ("reported_number", T),
        ("reported_issuer", T), ("reported_issued_date", T),
        ("n_sections", I), ("n_goals", I), ("n_percentages", I), ("n_deadlines", I),
        ("n_bodies", I), ("n_tasks", I), ("n_references", I), ("warnings", T),
        ("khparse_version", T),
    ],
    "tasks": _CTX + [
        ("task_no", I), ("section", T), ("lead", T), ("partners", T), ("deadline_date", T),
        ("deadline_kind", T), ("deadline_text", T), ("text", T), ("source", T),
        ("span_start", I), ("span_end", I),
    ],
    "deadlines": _CTX + [
        ("deadline_no", I), ("section", T), ("date", T), ("kind", T), ("rule", T),
        ("working_days", I), ("counted_from", T), ("year_assumed", I), ("text", T), ("span_start", I), ("span_end", I),
    ],
    "percentages": _CTX + [
        ("percentage_no", I), ("section", T), ("value", R), ("value_max", R), ("qualifier", T),
        ("text", T), ("context", T), ("span_start", I), ("span_end", I),
    ],
    "goals": _CTX + [
        ("goal_no", I), ("section", T), ("kind", T), ("deadline", T), ("metrics", T),
        ("text", T), ("span_start", I), ("span_end", I),
    ],
    "targets": _CTX + [
        ("goal_no", I), ("section", T), ("goal_kind", T), ("value", R), ("value_max", R),
        ("unit", T), ("text", T), ("deadline", T), ("span_start", I), ("span_end", I),
    ],
    "bodies": _CTX + [
        ("name", T), ("aliases", T), ("roles", T), ("collective", I), ("mentions", I),
        ("first_span_start", I), ("first_span_end", I),
    ],
    "references": _CTX + [
        ("reference_no", I), ("ref_type", T), ("ref_number", T), ("ref_date", T),
        ("ref_issuer", T), ("text", T), ("span_start", I), ("span_end", I),
    ],
}

JOIN = "; "


def _d(x) -> dict:
    return x if isinstance(x, dict) else {}


def _l(x) -> list:
    return x if isinstance(x, list) else []


def _join(items) -> str | None:
    parts = [str(i) for i in _l(items) if i not in (None, "")]
    return JOIN.join(parts) if parts else None


def _span(item: dict) -> tuple:
    span = item.get("span")
    if isinstance(span, (list, tuple)) and len(span) == 2:
        return span[0], span[1]
    return None, None


def _bool(x) -> int | None:
    return None if x is None else int(bool(x))


def plan_rows(plan: dict, file: str) -> dict[str, list[dict]]:
    """All rows one Plan contributes, per table."""
    doc = _d(plan.get("document"))
    src = _d(plan.get("source"))
    signer = _d(doc.get("signer"))
    rep = _d(doc.get("reported"))
    ctx = {"file": file, "document_number": doc.get("number"), "issuer": doc.get("issuer"),
           "issued_date": doc.get("issued_date") or doc.get("published_date")}
    out: dict[str, list[dict]] = {name: [] for name in TABLES}

    def count_sections(secs) -> int:
        return sum(1 + count_sections(_d(s).get("children")) for s in _l(secs))

    out["documents"].append({
        "file": file, "format": src.get("format"), "pages": src.get("pages"),
        "sha256": src.get("sha256"), "type": doc.get("type"), "number": doc.get("number"),
        "symbol": doc.get("symbol"), "issuer": doc.get("issuer"),
        "parent_issuer": doc.get("parent_issuer"), "place": doc.get("place"),
        "issued_date": doc.get("issued_date"), "published_date": doc.get("published_date"),
        "title": doc.get("title"), "urgency": doc.get("urgency"), "secrecy": doc.get("secrecy"),
        "signer_authority": signer.get("authority"), "signer_position": signer.get("position"),
        "signer_name": signer.get("name"), "addressees": _join(doc.get("addressees")),
        "recipients": _join(doc.get("recipients")), "reported_type": rep.get("type"),
        "reported_number": rep.get("number"), "reported_issuer": rep.get("issuer"),
        "reported_issued_date": rep.get("issued_date"),
        "n_sections": count_sections(plan.get("sections")),
        **{f"n_{k}": len(_l(plan.get(k))) for k in
           ("goals", "percentages", "deadlines", "bodies", "tasks", "references")},
        "warnings": "\n".join(str(w) for w in _l(plan.get("warnings"))) or None,
        "khparse_version": plan.get("khparse_version"),
    })
    for n, t in enumerate(map(_d, _l(plan.get("tasks"))), 1):
        dl = _d(t.get("deadline"))
        out["tasks"].append({**ctx, "task_no": n, "section": t.get("section"), "lead": t.get("lead"),
                             "partners": _join(t.get("partners")), "deadline_date": dl.get("date"),
                             "deadline_kind": dl.get("kind"), "deadline_text": dl.get("text"),
                             "text": t.get("text"), "source": t.get("source"),
                             **dict(zip(("span_start", "span_end"), _span(t)))})
    for n, d in enumerate(map(_d, _l(plan.get("deadlines"))), 1):
        out["deadlines"].append({**ctx, "deadline_no": n, "section": d.get("section"),
                                 "date": d.get("date"), "kind": d.get("kind"), "rule": d.get("rule"),
                                 "working_days": _bool(d.get("working_days")),
                                 "counted_from": d.get("counted_from"),
                                 "year_assumed": _bool(d.get("year_assumed")), "text": d.get("text"),
                                 **dict(zip(("span_start", "span_end"), _span(d)))})
    for n, p in enumerate(map(_d, _l(plan.get("percentages"))), 1):
        out["percentages"].append({**ctx, "percentage_no": n, "section": p.get("section"),
                                   "value": p.get("value"), "value_max": p.get("value_max"),
                                   "qualifier": p.get("qualifier"), "text": p.get("text"),
                                   "context": p.get("context"),
                                   **dict(zip(("span_start", "span_end"), _span(p)))})
    for n, g in enumerate(map(_d, _l(plan.get("goals"))), 1):
        metrics = [_d(m) for m in _l(g.get("metrics"))]
        out["goals"].append({**ctx, "goal_no": n, "section": g.get("section"), "kind": g.get("kind"),
                             "deadline": g.get("deadline"),
                             "metrics": _join([m.get("text") for m in metrics]),
                             "text": g.get("text"),
                             **dict(zip(("span_start", "span_end"), _span(g)))})
        for m in metrics:
            out["targets"].append({**ctx, "goal_no": n, "section": g.get("section"),
                                   "goal_kind": g.get("kind"), "value": m.get("value"),
                                   "value_max": m.get("value_max"), "unit": m.get("unit"),
                                   "text": m.get("text"), "deadline": g.get("deadline"),
                                   **dict(zip(("span_start", "span_end"), _span(m)))})
    for b in map(_d, _l(plan.get("bodies"))):
        mentions = _l(b.get("mentions"))
        first = _span({"span": mentions[0]}) if mentions else (None, None)
        out["bodies"].append({**ctx, "name": b.get("name"), "aliases": _join(b.get("aliases")),
                              "roles": _join(b.get("roles")), "collective": _bool(b.get("collective")),
                              "mentions": len(mentions), "first_span_start": first[0],
                              "first_span_end": first[1]})
    for n, r in enumerate(map(_d, _l(plan.get("references"))), 1):
        out["references"].append({**ctx, "reference_no": n, "ref_type": r.get("type"),
                                  "ref_number": r.get("number"), "ref_date": r.get("date"),
                                  "ref_issuer": r.get("issuer"), "text": r.get("text"),
                                  **dict(zip(("span_start", "span_end"), _span(r)))})
    return out


def iter_plans(out_dir: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    """``(file, plan, error)`` for every ``*.json`` Plan under ``out_dir``, sorted by path.

    ``_khparse/`` (the run's own files) and temp files are not Plans. ``file`` is the
    Plan's ``source.path`` when it has one, else the JSON's path without ``.json``.
    """
    out_dir = Path(out_dir)
    paths = []
    for dirpath, dirnames, filenames in os.walk(out_dir):
        if Path(dirpath) == out_dir and STATE_DIR in dirnames:
            dirnames.remove(STATE_DIR)
        dirnames.sort()
        for name in filenames:
            if name.endswith(".json") and not name.startswith(TMP_PREFIX):
                paths.append(os.path.join(dirpath, name))
    for path in sorted(paths):
        rel = os.path.relpath(path, out_dir).replace(os.sep, "/")[: -len(".json")]
        try:
            with open(path, "rb") as fh:
                plan = json.load(fh)
        except (OSError, ValueError) as exc:
            yield rel, None, f"{type(exc).__name__}: {exc}"
            continue
        if not isinstance(plan, dict) or "source" not in plan or "document" not in plan:
            yield rel, None, "not a khparse Plan"
            continue
        file = _d(plan.get("source")).get("path") or rel
        yield str(file), plan, None


def collect(out_dir: Path) -> tuple[dict[str, list[dict]], list[tuple[str, str]]]:
    """All rows of all Plans under ``out_dir``, and the JSON files that could not be read."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    errors = []
    for file, plan, err in iter_plans(out_dir):
        if plan is None:
            errors.append((file, err))
            continue
        for name, rows in plan_rows(plan, file).items():
            tables[name].extend(rows)
    return tables, errors


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    return str(value)


def write_csv(tables: dict[str, list[dict]], csv_dir: Path) -> list[Path]:
    """One ``<table>.csv`` per table: UTF-8 with BOM, RFC 4180 quoting, a header row."""
    csv_dir = Path(csv_dir)
    csv_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, columns in TABLES.items():
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow([c for c, _ in columns])
        for row in tables.get(name, []):
            writer.writerow([_cell(row.get(c)) for c, _ in columns])
        path = csv_dir / f"{name}.csv"
        atomic_write(path, buf.getvalue().encode("utf-8-sig"))
        written.append(path)
    return written


def write_sqlite(tables: dict[str, list[dict]], db_path: Path) -> Path:
    """A fresh SQLite database with one table per kind (replaces ``db_path`` atomically)."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(db_path, suffix=".sqlite") as tmp:
        con = sqlite3.connect(tmp)
        try:
            with con:
                for name, columns in TABLES.items():
                    cols = ", ".join(f'"{c}" {t}' for c, t in columns)
                    con.execute(f'CREATE TABLE "{name}" ({cols})')
                    marks = ", ".join("?" for _ in columns)
                    con.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                                    ([row.get(c) for c, _ in columns] for row in tables.get(name, [])))
                    con.execute(f'CREATE INDEX "{name}_file" ON "{name}" ("file")')
        finally:
            con.close()
    return db_path


class NoPlans(ValueError):
    """The folder holds no readable Plan: empty tables would only hide the mistake."""


def export(out_dir: Path, csv_dir: Path | None = None, sqlite_path: Path | None = None):
    """Read every Plan under ``out_dir`` and write the requested tables.

    Returns ``(row counts per table, unreadable JSON files)``; raises :class:`NoPlans`,
    writing nothing, when not one Plan could be read.
    """
    tables, errors = collect(out_dir)
    if not tables["documents"]:
        n = len(errors)
        others = f" ({n} other .json file{'s' if n > 1 else ''})" if n else ""
        raise NoPlans(f"{out_dir}: no khparse Plans in this folder{others}; no tables written")
    if csv_dir is not None:
        write_csv(tables, csv_dir)
    if sqlite_path is not None:
        write_sqlite(tables, sqlite_path)
    return {name: len(rows) for name, rows in tables.items()}, errors
