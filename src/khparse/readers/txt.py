"""Plain text: detect the encoding, keep the line structure, turn ``**bold**`` into a hint."""
from __future__ import annotations

import codecs

from ..document import Document, DocumentBuilder
from ..errors import UnsupportedFormat


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8/UTF-16 by BOM or shape, else Windows-1258."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: the NULs sit on the odd bytes for LE, even for BE
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        enc = "utf-16-le" if odd >= even else "utf-16-be"
        return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(data) - 4:  # truncated last character only
            return data.decode("utf-8", errors="replace"), "utf-8"
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedFormat("binary data, not a text document")
    return str(best), best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    return bad / len(sample) > 0.05


def read_txt(data: bytes, path: str | None = None) -> Document:
    text, enc = decode(data)
    if _looks_binary(text):
        raise UnsupportedFormat("binary data, not a text, .docx or .pdf document")
    b = DocumentBuilder("txt", data, path)
    if enc not in ("utf-8", "utf-8-sig"):
        b.warn(f"text decoded as {enc}")
    bold = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
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
