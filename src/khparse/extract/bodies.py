"""Responsible bodies: agencies given work, asked to coordinate, or addressed."""
from __future__ import annotations

from ..document import Document
from ..models import Body, DocumentInfo, Reference
from ..outline import Outline


def extract(doc: Document, outline: Outline, info: DocumentInfo, refs: list[Reference]) -> list[Body]:
    return []
