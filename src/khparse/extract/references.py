"""Cited documents: Quyết định số 2651/QĐ-UBND ngày 24/5/2016 của UBND thành phố …"""
from __future__ import annotations

from ..models import Reference
from ..outline import Outline


def extract(text: str, outline: Outline) -> list[Reference]:
    return []
