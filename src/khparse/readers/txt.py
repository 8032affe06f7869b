"""Plain text: detect the encoding, keep the line structure, turn ``**bold**`` into a hint."""
from __future__ import annotations

import codecs

from ..document import Document, DocumentBuilder
from ..errors import UnsupportedFormat
from . import legacy_fonts

# Letters only Vietnamese writes (ă â đ ê ô ơ ư) and the tone marks cp1258 keeps as
# combining characters: their share tells cp1258 text from other 8-bit encodings.
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_VI_TONES = set("\u0300\u0301\u0303\u0309\u0323")
_ASCII = bytes(range(128))
# Encodings read from a BOM, from UTF-16's NUL pattern, or from a strong Vietnamese signal
# in cp1258: no warning, so the Plan equals the UTF-8 file's Plan.
_CERTAIN = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1258"}
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name).

    Order: BOM (UTF-8, UTF-32, UTF-16) → BOM-less UTF-16 by where the NUL bytes sit →
    UTF-8 (a few bad bytes are replaced, not a reason to guess another encoding) →
    Latin-1 when the bytes are Vietnamese typed in a TCVN3/VNI font (converted by read_txt) →
    Windows-1258 when the result reads as Vietnamese → charset-normalizer → Windows-1258.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    enc = _utf16_without_bom(data[:8192])
    if enc:
        return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    ascii_bytes = len(data) - len(data.translate(None, _ASCII))
    multibyte = len(text) - bad - ascii_bytes
    if multibyte >= 20 * bad:  # real UTF-8 with a damaged byte or a cut-off end
        return text, "utf-8"
    latin = data.decode("latin-1")
    if legacy_fonts.detect(latin):  # typed in a TCVN3/VNI font: read_txt converts it
        return latin, "latin-1"
    vi = data.decode("cp1258", errors="replace")
    if _looks_vietnamese(vi):
        return vi, "cp1258"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", "utf-8"):
        return str(best), best.encoding
    return vi, "windows-1258"  # nothing fits better: a guess, so read_txt warns


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text has NULs on one byte parity (odd for LE, even for BE) and few on the other."""
    half = len(sample) // 2
    if half < 1:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= half * 0.15 and even <= odd * 0.1:
        return "utf-16-le"
    if even >= half * 0.15 and odd <= even * 0.1:
        return "utf-16-be"
    return None


def _looks_vietnamese(text: str) -> bool:
    """Vietnamese-only letters or tone marks on vowels are common, plain a-z still dominate
    (Cyrillic or Greek read as cp1258 has almost no a-z), and no vowel carries two tones."""
    sample = text[:65536]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < 8:
        return False
    plain = sum(1 for c in sample if c.isascii() and c.isalpha())
    vi = sum(1 for c in sample if c in _VI_LETTERS)
    tones = sum(1 for a, c in zip(sample, sample[1:]) if c in _VI_TONES and a in _VOWELS)
    stacked = sum(1 for a, c in zip(sample, sample[1:]) if c in _VI_TONES and a in _VI_TONES)
    return plain >= letters * 0.5 and (vi + tones) >= letters * 0.03 and stacked <= tones * 0.02


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    return bad / len(sample) > 0.05


def _table_rows(lines: list[str]) -> dict[int, int]:
    """Line index → row number for tables exported as text (a Word table saved as .txt
    puts one row per line, cells split by tabs): runs of two or more lines with 2+ tabs."""
    rows: dict[int, int] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line.rstrip().count("\t") >= 2:
            run.append(i)
            continue
        if len(run) >= 2:
            rows.update({j: r for r, j in enumerate(run)})
        run = []
    return rows


def read_txt(data: bytes, path: str | None = None) -> Document:
    text, enc = decode(data)
    if _looks_binary(text):
        raise UnsupportedFormat("binary data, not a text, .docx or .pdf document")
    b = DocumentBuilder("txt", data, path)
    family = legacy_fonts.detect(text)
    if family:
        text = "\n".join(legacy_fonts.convert(line, family, upper=None)
                         for line in text.split("\n"))
        b.warn(f"text in legacy Vietnamese {family} encoding converted to Unicode")
    elif enc not in _CERTAIN:
        b.warn(f"text encoding guessed as {enc}")
    bad = text.count("\ufffd")
    if bad:
        b.warn(f"{bad} undecodable byte sequence(s) replaced by \ufffd")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = _table_rows(lines)
    bold = False
    table = -1
    for i, line in enumerate(lines):
        if i in rows:
            if i - 1 not in rows:
                table += 1
            b.blank()
            for col, cell in enumerate(line.split("\t")):
                b.add(cell, kind="cell", table=(table, rows[i], col))
            continue
        if not line.strip():
            b.blank()
            continue
        stripped = line.strip()
        starts, ends = stripped.startswith("**"), stripped.endswith("**")
        line_bold = bold or starts
        if stripped.count("**") % 2 == 1:
            bold = not bold
        b.add(line, bold=line_bold and (ends or bold))
    return b.build()
