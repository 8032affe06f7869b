"""Table rules in a scanned page's pixels, for the ruled-table code that reads text layers.

A scan has no path objects, so :func:`pdf_tables.find_grids` finds nothing on it; the task
tables of plans are ruled, and their rules are long straight runs of dark pixels. Each row of
the grayscale image (and each column, by a strided slice) is mapped to dark/light bytes and
searched for runs longer than a table cell is wide or tall with a byte regex, so the work is
done in C: about 0.1 s for an A4 page at 200 dpi. Runs on neighbouring rows or columns are
one rule (a rule is 1-4 pixels thick); the rules are returned in points, top-down, as
:func:`pdf_tables.grids_from_rules` takes them.
"""
from __future__ import annotations

import re

_DARK = bytes(1 if v < 140 else 0 for v in range(256))
#: A rule is at least this long (inches): longer than any letter stroke, shorter than a cell.
_MIN_INCH = 0.3
#: Rules further apart than this (pixels) are different rules.
_JOIN_PX = 3


def rules(pgm: bytes, dpi: int) -> tuple[list[tuple[float, float, float]],
                                          list[tuple[float, float, float]]]:
    """(horizontal, vertical) rules of a binary PGM (P5) page image, in points."""
    width, height, pixels = _parse_pgm(pgm)
    if not width or not height:
        return [], []
    dark = pixels.translate(_DARK)
    run = re.compile(b"\x01{%d,}" % max(int(_MIN_INCH * dpi), 8))
    scale = 72 / dpi
    h = _join([(y, m.start() - y * width, m.end() - y * width) for y in range(height)
               for m in run.finditer(dark, y * width, (y + 1) * width)])
    v = _join([(x, m.start(), m.end()) for x in range(width)
               for m in run.finditer(dark[x::width])])
    return ([(pos * scale, a * scale, z * scale) for pos, a, z in h],
            [(pos * scale, a * scale, z * scale) for pos, a, z in v])


def _parse_pgm(pgm: bytes) -> tuple[int, int, bytes]:
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    if m is None:
        return 0, 0, b""
    return int(m.group(1)), int(m.group(2)), pgm[m.end():]


def _join(runs: list[tuple[int, int, int]]) -> list[tuple[float, float, float]]:
    """Runs on adjacent rows (or columns) that overlap become one rule at their middle."""
    out: list[list[float]] = []   # [first pos, last pos, start, end]
    open_: list[list[float]] = []
    for pos, a, z in runs:
        for r in open_:
            if pos - r[1] <= _JOIN_PX and a < r[3] and z > r[2]:
                r[1], r[2], r[3] = pos, min(r[2], a), max(r[3], z)
                break
        else:
            r = [pos, pos, a, z]
            open_.append(r)
            out.append(r)
        open_ = [r for r in open_ if pos - r[1] <= _JOIN_PX]
    return [((r[0] + r[1]) / 2, r[2], r[3]) for r in out]
