"""Review pages for a batch output folder: ``x.docx.json`` gets ``x.docx.html`` beside it,
and ``OUT/index.html`` lists every document and every failure of the last run.

Runs after ``khparse batch`` over what it left in OUT, so the batch machinery is unchanged:
each Plan is read back from its JSON and its text from the archive file it names (the
file's sha256 must still be the Plan's). A page newer than its JSON and made by this
version is kept; pages whose JSON is gone (the document now fails or was removed) are
deleted, so OUT holds what a clean run makes. Only files carrying the review's generator
tag are ever replaced or deleted.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..batch.export import iter_plans
from ..batch.store import REPORT, STATE_DIR, TMP_PREFIX, atomic_write
from .index import Failure, IndexRow, render_index, row_from_plan
from .markup import GENERATOR

INDEX = "index.html"
_TAG = f'<meta name="generator" content="{GENERATOR}">'.encode()
_TAG_ANY = b'<meta name="generator" content="khparse '


@dataclass
class PagesResult:
    written: int = 0
    up_to_date: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)   # (file, why no page)
    removed: int = 0
    index: Path | None = None


def page_rel(file: str) -> str:
    """Where a document's page goes, relative to OUT (never the index itself)."""
    rel = file + ".html"
    return file + ".page.html" if rel == INDEX else rel


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(1024)
    except OSError:
        return b""


def _current(page: Path, json_path: Path) -> bool:
    try:
        return page.stat().st_mtime_ns >= json_path.stat().st_mtime_ns and _TAG in _head(page)
    except OSError:
        return False


def _render_page(archive: Path, file: str, plan_dict: dict, index_href: str,
                 max_bytes: int | None) -> str:
    """The page of one document; raises KhparseError/ValueError when it cannot be made."""
    from ..errors import KhparseError
    from ..models import Plan
    from ..readers import read
    from . import render

    try:
        plan = Plan.model_validate(plan_dict)
    except ValueError:
        raise ValueError("the JSON is not a Plan of this khparse version (rerun batch --force)") from None
    doc = read(str(archive / file), max_bytes=max_bytes)
    if plan.source.sha256 and doc.sha256 != plan.source.sha256:
        raise KhparseError("the archive file changed after it was converted (rerun batch)")
    return render(plan, doc.text, index_href=index_href)


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"cannot write the page ({exc.strerror or exc})"
    hint = getattr(exc, "hint", None)
    return getattr(exc, "message", str(exc)) + (f" ({hint})" if hint else "")


def _failures(out: Path) -> list[Failure]:
    try:
        report = json.loads((out / STATE_DIR / REPORT).read_text(encoding="utf-8"))
        return [Failure(str(f.get("file", "")), str(f.get("kind", "")), str(f.get("message", "")))
                for f in report.get("failures", []) if isinstance(f, dict)]
    except (OSError, ValueError, AttributeError):
        return []


def _remove_orphans(out: Path) -> int:
    """Delete review pages whose JSON is gone; returns how many."""
    n = 0
    for dirpath, dirnames, filenames in os.walk(out):
        if Path(dirpath) == out and STATE_DIR in dirnames:
            dirnames.remove(STATE_DIR)
        names = set(filenames)
        for name in filenames:
            if not name.endswith(".html") or name.startswith(TMP_PREFIX):
                continue
            if Path(dirpath) == out and name == INDEX:
                continue
            stem = name[: -len(".page.html")] if name.endswith(".page.html") else name[: -len(".html")]
            path = Path(dirpath, name)
            if stem + ".json" not in names and _TAG_ANY in _head(path):
                try:
                    path.unlink()
                    n += 1
                except OSError:
                    pass
    return n


def write_pages(archive: Path, out: Path, *, max_bytes: int | None = None,
                force: bool = False) -> PagesResult:
    """Write (or keep) one review page per Plan in ``out`` and the index; report what happened."""
    from ..errors import KhparseError

    archive, out = Path(archive), Path(out)
    res = PagesResult()
    rows: list[IndexRow] = []
    for file, plan, err in iter_plans(out):
        json_path = out / (file + ".json")
        if plan is None or not json_path.is_file():
            why = err or "its JSON is not where batch writes it"
            res.problems.append((file, why))
            rows.append(row_from_plan(file, plan or {}, None, why))
            continue
        rel = page_rel(file)
        target = out / rel
        href = quote(rel)
        if not force and _current(target, json_path):
            res.up_to_date += 1
            rows.append(row_from_plan(file, plan, href))
            continue
        depth = rel.count("/")
        try:
            html = _render_page(archive, file, plan, "../" * depth + INDEX, max_bytes)
            atomic_write(target, html.encode("utf-8"))
        except (KhparseError, ValueError, OSError) as exc:
            why = _reason(exc)
            res.problems.append((file, why))
            rows.append(row_from_plan(file, plan, None, why))
            continue
        res.written += 1
        rows.append(row_from_plan(file, plan, href))
    res.removed = _remove_orphans(out)
    res.index = out / INDEX
    if res.index.exists() and _TAG_ANY not in _head(res.index):
        raise OSError(f"{res.index} exists and was not written by khparse; not replacing it")
    atomic_write(res.index, render_index(rows, _failures(out), archive.name).encode("utf-8"))
    return res
