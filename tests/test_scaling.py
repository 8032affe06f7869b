"""Extraction work grows linearly with the text, counted, not timed.

The work is the number of Python lines khparse runs (trace events in its own frames; a
comprehension's every turn counts), the same on any machine however busy. A scan over every
section or mention inside a per-item loop made the count per copy of a document grow with
the number of copies (1.6× at 2 copies, 2.8× at 4, before the span indexes); wall-clock
scaling is measured by bench/scale.py.
"""
import os
import sys
from pathlib import Path

import pytest

import khparse
from khparse import nlp

EVAL = Path(__file__).resolve().parent.parent / "eval"
KHPARSE_DIR = os.path.dirname(khparse.__file__)


def lines_run(doc) -> int:
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(KHPARSE_DIR) else None

    sys.settrace(calls)
    try:
        khparse.parse_document(doc)
    finally:
        sys.settrace(None)
    return count


@pytest.fixture
def no_nlp():
    nlp.set_enabled(False)   # the tagger's own code is not khparse's to count
    yield
    nlp.set_enabled(None)


def test_work_per_copy_does_not_grow_with_the_number_of_copies(no_nlp):
    docs = sorted((EVAL / "dev" / "docs").glob("*.txt")) + sorted((EVAL / "corpus" / "docs").glob("*.txt"))
    unit = "\n\n".join(khparse.read(p).text.strip("\n") for p in docs) + "\n\n"   # 73 kB, 16 plans
    khparse.parse_document(khparse.read(unit.encode()))   # imports and first-call caches
    one = lines_run(khparse.read(unit.encode()))
    eight = lines_run(khparse.read((unit * 8).encode()))
    assert eight / (8 * one) < 1.15, f"8 copies cost {eight / one:.1f}x one copy"
