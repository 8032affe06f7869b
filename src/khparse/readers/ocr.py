"""OCR with Tesseract (``vie`` model) run as a subprocess; word boxes → layout lines.

Why a subprocess and TSV: Tesseract is a Debian package (``apt-get install tesseract-ocr
tesseract-ocr-vie``), not a pip one, and its TSV output gives every word's box, so the PDF
layout code (header columns, signature block, paragraph joins) runs on OCR lines as on a
text layer. A line whose words stand far apart (the two header cells on one baseline) is cut
at the gap, as the PDF reader cuts a text-layer line at a column gutter.

The child gets ``OMP_THREAD_LIMIT=1`` (batch runs one Tesseract per worker; its own threads
only fight them for the cores) and dies with its parent (``PR_SET_PDEATHSIG``), so a batch
worker killed at its time limit leaves no Tesseract behind.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

from .._proc import die_with_parent
from ..lexicon import ocr as lex
from .pdf_geometry import Line

#: Path of the tesseract program (default: found on PATH).
TESSERACT_ENV = "KHPARSE_TESSERACT"
LANG = "vie"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"
#: Render resolution for PDF pages that are not plain scans (vector text with a broken
#: layer); a scan is rendered at its own resolution within MIN_DPI..MAX_DPI. See README "OCR":
#: accuracy against time measured from 100 to 400 dpi (bench/ocr_dpi.py).
DPI = 200
MIN_DPI, MAX_DPI = 150, 300
#: Whiten a scan's red ink before OCR (opt-in: KHPARSE_DROP_SEAL=1): a red seal pressed over
#: the signer's name comes out white, the black print under it stays black. Measured on the
#: archive's scans it reads some names under seals and loses others (OCR of the whitened
#: closing block varies), overall F1 unchanged (real +0.001, holdout3 -0.001, holdout4
#: -0.002), so it is off by default.
DROP_SEAL = os.environ.get("KHPARSE_DROP_SEAL", "0") == "1"
#: How much redder than green a pixel must be to count as seal ink (0-255): a seal's red
#: (about 200, 40, 50) is 150 over, a faded pink one 70-90, black or grey print and white
#: paper 0, the colour fringes of a JPEG scan's print well under 60.
SEAL_RED_MARGIN = 60
#: Largest page image OCR'd, in pixels (an A4 page at 300 dpi is 8.7 million): a poster-size
#: PDF page is rendered at a lower resolution, a bigger image file is refused.
MAX_PIXELS = 60_000_000
#: Words further apart than this many line heights are in different columns.
_COLUMN_GAP = 2.5
_RULE_GLYPHS = "|_¦\\"


Word = tuple[int, int, int, int, str]  # left, top, right, bottom (pixels), text


@dataclass
class OcrPage:
    """One page as Tesseract saw it: its size and its lines' words, in pixels."""

    width: int
    height: int
    words: list[list[Word]] = field(default_factory=list)  # one list per Tesseract line

    @property
    def lines(self) -> list[Line]:
        return self.lines_cut_at(())

    def lines_cut_at(self, xs: tuple[float, ...] | list[float]) -> list[Line]:
        """Layout lines, cut where words stand columns apart or across a table rule at ``xs``."""
        out = [ln for ws in self.words for ln in _cut(ws, xs)]
        out.sort(key=lambda ln: (round(ln.top / max(ln.height, 1)), ln.x0))
        return out

    def scaled(self, factor: float, xs=()) -> list[Line]:
        """The lines in points (``factor`` points per pixel); ``xs`` rule positions in points."""
        cuts = [x / factor for x in xs]
        return [Line(ln.text, ln.x0 * factor, ln.x1 * factor, ln.top * factor,
                     ln.bottom * factor, size=ln.size * factor) for ln in self.lines_cut_at(cuts)]


class OcrError(Exception):
    """Tesseract failed on an input (unreadable image, crash)."""


def drop_red(gray: bytes, rgb: bytes, width: int, height: int, stride: int, channels: int) -> bytes:
    """The grey page with its clearly red pixels (a seal's ink: red well above green) made white.

    Other pixels keep their grey value, so print, blue ink and diacritics read as before. The
    test runs on whole planes at once: each pixel's R and G spread into 16-bit lanes of one big
    integer, and lane by lane R + 512 - T - G reaches 512 exactly when R - G >= T."""
    if stride == width * channels:
        red, green = rgb[0::channels], rgb[1::channels]
    else:
        rows = [rgb[r * stride:r * stride + width * channels] for r in range(height)]
        red = b"".join(row[0::channels] for row in rows)
        green = b"".join(row[1::channels] for row in rows)
    n = len(red)
    lanes = bytearray(2 * n)
    lanes[0::2] = red
    r = int.from_bytes(lanes, "little")
    lanes[0::2] = green
    g = int.from_bytes(lanes, "little")
    base = int.from_bytes((512 - SEAL_RED_MARGIN).to_bytes(2, "little") * n, "little")
    high = (r + base - g).to_bytes(2 * n, "little")[1::2]      # 2 where red, else 0 or 1
    mask = high.translate(_RED_MASK)
    return (int.from_bytes(gray, "little") | int.from_bytes(mask, "little")).to_bytes(n, "little")


_RED_MASK = bytes(255 if i >= 2 else 0 for i in range(256))


def program() -> str | None:
    return os.environ.get(TESSERACT_ENV) or shutil.which("tesseract")


@functools.lru_cache(maxsize=4)
def _missing(prog: str | None) -> str | None:
    if not prog or not os.path.isfile(prog):
        return "tesseract is not installed"
    try:
        out = subprocess.run([prog, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract does not run ({exc})"
    if LANG not in out.stdout.split():
        return f"tesseract has no Vietnamese model ({LANG})"
    return None


def missing() -> str | None:
    """Why OCR cannot run here (tesseract or its vie model absent), or None when it can."""
    return _missing(program())


def recognize(image: bytes, dpi: int | None = None) -> list[OcrPage]:
    """OCR an image (PNG, JPEG, TIFF, PNM; multi-page TIFF gives several pages)."""
    cmd = [program() or "tesseract", "stdin", "stdout", "-l", LANG, "--psm", "3"]
    if dpi:
        cmd += ["--dpi", str(dpi)]
    cmd.append("tsv")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.run(cmd, input=image, capture_output=True, env=env,
                              preexec_fn=functools.partial(die_with_parent, os.getpid())
                              if sys.platform == "linux" else None)
    except OSError as exc:
        raise OcrError(f"cannot run tesseract ({exc})") from None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(err[-1] if err else f"tesseract exit code {proc.returncode}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[OcrPage]:
    """Tesseract TSV → pages of lines (pixel coordinates), long word gaps cut."""
    pages: dict[int, OcrPage] = {}
    words: dict[tuple, list[Word]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        try:
            level, page, block, par, line = (int(c) for c in cols[:5])
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            continue
        if level == 1:
            pages[page] = OcrPage(width, height)
        elif level == 5:
            # a table rule read as a glyph ("|", "5|", "6_") is no part of any word
            text = _JUNK_TAIL.sub("", cols[11].strip().strip(_RULE_GLYPHS))
            if text:
                # debris keeps its place, with no text: the words around it stay one line
                words.setdefault((page, block, par, line), []).append(
                    (left, top, left + width, top + height, "" if _noise(text, cols[10]) else text))
    for (page, *_), ws in words.items():
        ws = _blank_specks(ws)
        if any(w[4] for w in ws):
            pages.setdefault(page, OcrPage(0, 0)).words.append(sorted(ws))
    return [pages[k] for k in sorted(pages)]


def _noise(text: str, conf: str) -> bool:
    """A "word" Tesseract made of a signature's strokes, a seal's ring or a speck: read with
    next to no confidence and mixing letters with other signs ("vøt0..*Ÿ", "KTqwa)."), or
    no letter or digit in it that is not a rule or a list dash. A low score on something
    shaped like a word or a figure is kept: Tesseract scores a whole run low when
    handwriting touches it ("tháng" beside a day written in by hand, "128/QĐ-HC")."""
    try:
        if float(conf) < lex.MIN_CONFIDENCE and not _word_shaped(text):
            return True
    except ValueError:
        pass
    return not any(c.isalnum() for c in text) and not _KEEP_SIGNS.match(text)


_KEEP_SIGNS = re.compile(lex.SIGNS_KEPT)
# a sign no Vietnamese text has, and what follows it, glued to a word ("PHÒNG©H": the seal)
_JUNK_TAIL = re.compile("(?<=\\w\\w)[" + re.escape(lex.FOREIGN_SIGNS) + "].*$")


def _word_shaped(text: str) -> bool:
    """A word (lower case, capitalised or capitals) or a figure, a number or a symbol
    ("128/QĐ-HC", "16.000.000", "05/2025", "Km26+793")."""
    w = text.rstrip(",.;:")
    return (w.isalpha() and (w.islower() or w.isupper() or w.istitle())) \
        or _FIGURE_SHAPE.match(w) is not None


_FIGURE_SHAPE = re.compile(r"^\(?\d[\d.,]*(?:[/-][^\W_]+)*\)?$|^(?=[^\d]*\d)[\w+./-]+$")


def _blank_specks(words: list[Word]) -> list[Word]:
    """A letter or two far smaller than the line's print (a dot of a seal's ring read as "x")."""
    if len(words) < 2:
        return words
    height = sorted(w[3] - w[1] for w in words)[len(words) // 2]
    return [w if len(w[4]) > 2 or not w[4].isalnum() or w[3] - w[1] >= 0.4 * height
            else (*w[:4], "") for w in words]


def _cut(words: list[Word], xs=()) -> list[Line]:
    """One Tesseract line as one Line, or several where the words stand columns apart or a
    table rule (at one of ``xs``) runs between them."""
    printed = [w for w in words if w[4]] or words
    height = sorted(w[3] - w[1] for w in printed)[len(printed) // 2] or 1
    groups: list[list] = [[words[0]]]
    for w in words[1:]:
        gap_from = groups[-1][-1][2]
        if w[0] - gap_from > _COLUMN_GAP * height or any(gap_from <= x <= w[0] for x in xs):
            groups.append([w])
        else:
            groups[-1].append(w)
    out = []
    for g in groups:
        g = [w for w in g if w[4]]          # debris (blanked by parse_tsv) held the gaps only
        if not g:
            continue
        top, bottom = min(w[1] for w in g), max(w[3] for w in g)
        # a word box spans accents and descenders: about 1.3 times the font size
        out.append(Line(fix(" ".join(w[4] for w in g)), g[0][0], g[-1][2], top, bottom,
                        size=max(height / 1.3, 1.0)))
    return out


_ROMAN_RE = re.compile(lex.ROMAN_HEADING)
_NUMBER_RE = re.compile(lex.NUMBER_SLASH)
_LOOKALIKES = str.maketrans(lex.LOOKALIKES)
_PHRASE_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(lex.PHRASE_MISREAD, key=len, reverse=True)))
                        + r")(?!\w)")


_DOUBLED_D_RE = re.compile(lex.DOUBLED_D)
_DOTTED_RE = re.compile(lex.DOTTED_NUMBER_SLASH)
_TTR_RE = re.compile(lex.TTR_MISREAD)


def fix(text: str) -> str:
    """Undo OCR's misreadings of structure: a part heading's Roman numeral and its dot,
    the slash of a document number, look-alike letters, tones of fixed phrases (see
    lexicon/ocr.py)."""
    text = _PHRASE_RE.sub(lambda m: lex.PHRASE_MISREAD[m.group()], text.translate(_LOOKALIKES))
    m = _ROMAN_RE.match(text)
    if m and text[m.end():].split(None, 1)[0].rstrip(",:").isupper():
        num = lex.ROMAN_MISREAD.get(m.group("num"), m.group("num"))
        text = f"{num}. {text[m.end():]}"
    text = _DOUBLED_D_RE.sub(r"\g<code>", text)
    text = _TTR_RE.sub("TTr", _DOTTED_RE.sub(r"\g<n>/\g<code>", text))
    return _NUMBER_RE.sub(r"\g<n>/\g<code>", text)
