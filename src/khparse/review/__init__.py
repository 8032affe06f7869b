"""Review pages: a Plan shown on its own text, for a person to check every extraction.

``render(plan, text)`` is pure (Plan + the normalized text its spans point into → one
self-contained HTML page); ``render_index`` makes an archive's index page. The CLI
(``khparse review``) and ``khparse batch --html`` only read, call these and write.
"""
from __future__ import annotations

from .page import render

__all__ = ["render"]
