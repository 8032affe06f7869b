"""Purposes, requirements, objectives and quantified targets."""
from __future__ import annotations

from ..models import Deadline, Goal
from ..outline import Outline


def extract(text: str, outline: Outline, deadlines: list[Deadline]) -> list[Goal]:
    return []
