"""Sectioner: the heading tree of the body (PHẦN/I./1./a)/- levels), appendices, regions."""
from __future__ import annotations

from .document import Document
from .outline import Outline


def build_outline(doc: Document) -> Outline:
    return Outline(sections=[], header_end=0, body_end=len(doc.text), text_len=len(doc.text))
