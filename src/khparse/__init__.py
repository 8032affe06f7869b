"""khparse: Vietnamese government plan documents → structured, span-grounded data.

    >>> import khparse
    >>> plan = khparse.parse("samples/seed002_docx.docx")
    >>> plan.document.number
    '2234/KH-UBND'

Only light modules are imported here; readers and NLP load when first used.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "parse", "read", "parse_document"]


def read(source, **kwargs):
    """Read a .txt/.docx/.pdf path, ``-`` or bytes into a normalized Document."""
    from .readers import read as _read

    return _read(source, **kwargs)


def parse(source, **kwargs):
    """Read and extract: return the pydantic :class:`~khparse.models.Plan`."""
    from .pipeline import parse as _parse

    return _parse(source, **kwargs)


def parse_document(doc):
    """Extract a Plan from an already-read Document."""
    from .pipeline import parse_document as _pd

    return _pd(doc)
