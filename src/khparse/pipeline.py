"""bytes → Document → Outline → items → Plan. Each step reads only what the previous made.

The file is read before the models and extractors are imported (~0.2 s of regex compiling
and pydantic schema building), so a missing, empty or oversized file is refused at once.
"""
from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .document import Document
    from .models import Plan


def parse(source, **kwargs) -> Plan:
    from .readers import read

    return parse_document(read(source, **kwargs))


def parse_document(doc: Document) -> Plan:
    with _no_full_collections():
        return _parse_document(doc)


@contextlib.contextmanager
def _no_full_collections():
    """Extraction builds millions of objects and frees almost none: the cyclic collector's
    passes over the whole growing heap found nothing and cost 11 % of a 16 MB text (3.1 of
    32 s). Paused for the extraction, back on after (the few cycles left go at its next pass)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse_document(doc: Document) -> Plan:
    from .models import Plan, Source
    from .extract import bodies as bodies_x
    from .extract import deadlines as deadlines_x
    from .extract import goals as goals_x
    from .extract import identity as identity_x
    from .extract import percentages as percentages_x
    from .extract import references as references_x
    from .extract import tasks as tasks_x
    from .sections import build_outline

    text = doc.text
    warnings = list(doc.warnings)
    outline = build_outline(doc)
    ident = identity_x.read(doc, outline, warnings)
    info = ident.info
    refs = references_x.extract(text, outline)
    year = _year_of(info.issued_date or info.published_date)
    deadlines = deadlines_x.extract(text, outline, refs, year, warnings, doc.column_header,
                                    info.issued_date)
    percentages = percentages_x.extract(text, outline)
    analysis = bodies_x.analyze(doc, outline, info, refs, ident.addressees)
    bodies = analysis.bodies
    tasks = tasks_x.extract(doc, outline, analysis, deadlines, info.type)
    bodies = bodies_x.with_task_leads(text, bodies, analysis.mentions, tasks, info.type)
    bodies = bodies_x.with_task_roles(bodies, tasks)
    goals = goals_x.extract(text, outline, deadlines, info)
    return Plan(
        khparse_version=__version__,
        source=Source(path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.pages,
                      size=doc.size, ocr_pages=doc.ocr_pages),
        document=info, sections=outline.sections, appendices=outline.appendices,
        goals=goals, percentages=percentages, deadlines=deadlines, bodies=bodies,
        tasks=tasks, references=refs, warnings=warnings,
    )


def _year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None
