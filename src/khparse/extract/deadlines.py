"""Time limits set on work (trước ngày …, trong tháng …, định kỳ …)."""
from __future__ import annotations

from ..models import Deadline, Reference
from ..outline import Outline


def extract(text: str, outline: Outline, refs: list[Reference], year: int | None,
            warnings: list[str]) -> list[Deadline]:
    return []
