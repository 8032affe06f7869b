"""Tasks: one per assignment, with lead, partners and governing deadline."""
from __future__ import annotations

from ..document import Document
from ..models import Body, Deadline, Task
from ..outline import Outline


def extract(doc: Document, outline: Outline, bodies: list[Body], deadlines: list[Deadline]) -> list[Task]:
    return []
