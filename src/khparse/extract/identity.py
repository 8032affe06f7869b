"""Document identity (Decree 30/2020/NĐ-CP header, title, signature, recipients)."""
from __future__ import annotations

from ..document import Document
from ..models import DocumentInfo
from ..outline import Outline


def extract(doc: Document, outline: Outline, warnings: list[str]) -> DocumentInfo:
    return DocumentInfo()
