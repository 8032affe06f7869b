"""Vietnamese part-of-speech tags for a few short spans, through underthesea.

The only module that imports underthesea, and only on the first call that needs it: a tag
costs ~170x a regex pass per character and the import ~0.6 s, so extractors ask here only
about the handful of words where a capitalization rule cannot decide (where a body name written
in sentence case ends). Each process loads the model at most once (module-level cache; batch
workers are separate processes and each loads it on its own first need). Results are
memoized per span. ``KHPARSE_NO_NLP=1`` (or ``set_enabled(False)``) turns it off: callers then
keep their regex-only answer, which is also what happens when underthesea cannot be imported.
Its models ship inside the package; nothing is downloaded (HF_HUB_OFFLINE is set before import).
"""
from __future__ import annotations

import os
from functools import lru_cache

_STATE: dict = {"tagger": None, "failed": False, "enabled": None, "calls": 0}


def enabled() -> bool:
    if _STATE["enabled"] is not None:
        return _STATE["enabled"]
    return os.environ.get("KHPARSE_NO_NLP", "").strip() not in ("1", "true", "yes")


def set_enabled(flag: bool | None) -> None:
    """Force NLP on/off for this process (None: back to the KHPARSE_NO_NLP variable)."""
    _STATE["enabled"] = flag
    pos_tag.cache_clear()


def _tagger():
    if _STATE["tagger"] is None and not _STATE["failed"]:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")      # the POS model ships in the package
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from underthesea import pos_tag as _pos
        except Exception:   # not installed / broken install: regex-only answers
            _STATE["failed"] = True
            return None
        _STATE["tagger"] = _pos
    return _STATE["tagger"]


@lru_cache(maxsize=4096)
def pos_tag(span: str) -> tuple[tuple[str, str], ...] | None:
    """Word-segmented (word, tag) pairs of a short span, or None when NLP is off/unavailable.
    Tags are underthesea's (VLSP): N noun, Np proper noun, V verb, A adjective, C conjunction,
    E preposition, L determiner (các), CH punctuation …"""
    if not enabled() or not span.strip():
        return None
    tag = _tagger()
    if tag is None:
        return None
    _STATE["calls"] += 1
    try:
        return tuple((w, t) for w, t in tag(span))
    except Exception:
        return None


def loaded() -> bool:
    """Whether this process has imported the tagger (tests and benchmarks ask)."""
    return _STATE["tagger"] is not None
