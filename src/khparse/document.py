"""The normalized document every later step reads: one text, blocks with layout hints.

Readers never build offsets by hand: they feed raw strings and hints to
:class:`DocumentBuilder`, which normalizes each piece (``normalize.clean``) and records
where it lands. So every span computed later points into ``Document.text`` exactly.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .normalize import clean


@dataclass(slots=True)
class Block:
    """A paragraph (possibly several lines after soft breaks) of the normalized text.

    ``start``/``end`` are offsets into ``Document.text``; ``text[start:end]`` is the
    block without its trailing newline. Hints are what the source format could tell:
    .txt gives none, .docx gives most, .pdf gives page and geometry-derived ones.
    """

    start: int
    end: int
    kind: str = "para"            # para | cell | footnote | endnote | textbox
    page: int | None = None       # 1-based page (PDF)
    bold: bool = False            # all visible text bold
    italic: bool = False
    caps: bool = False            # all letters upper case (typed or w:caps)
    align: str | None = None      # left | center | right | justify
    style: str | None = None      # paragraph style name, e.g. "Heading 1"
    list_label: str | None = None  # rendered automatic numbering ("I.", "1.", "a)", "-")
    table: tuple[int, int, int] | None = None  # (table no., row, column) for cells
    font_size: float | None = None


@dataclass
class Document:
    text: str
    blocks: list[Block]
    format: str                   # txt | docx | doc | pdf | html | md | image
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    sha256: str = ""
    size: int | None = None       # input bytes
    path: str | None = None
    genre: str | None = None      # "news" when the format says so (a web page, front matter)
    ocr_pages: list[int] | None = None  # 1-based pages whose text came from OCR

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            b = self.blocks[mid]
            if offset < b.start:
                hi = mid - 1
            elif offset > b.end:
                lo = mid + 1
            else:
                return b
        return None

    def column_header(self, offset: int) -> str:
        """The text of the header cells (the first two rows) of the table column holding
        ``offset``; "" when ``offset`` is in no table cell below them."""
        b = self.block_at(offset)
        if b is None or b.table is None or b.table[1] == 0:
            return ""
        t, r, c = b.table
        return " ".join(self.text[x.start:x.end] for x in self.blocks
                        if x.table and x.table[0] == t and x.table[2] == c and x.table[1] < min(r, 2))


class DocumentBuilder:
    """Accumulates blocks, one per line group, joined by newlines."""

    def __init__(self, fmt: str, data: bytes = b"", path: str | None = None):
        self.fmt = fmt
        self.path = path
        self.sha256 = hashlib.sha256(data).hexdigest() if data else ""
        self.size = len(data) if data else None
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.pages: int | None = None
        self.genre: str | None = None
        self.ocr_pages: list[int] | None = None
        self._blank = False

    def add(self, raw: str, **hints) -> Block | None:
        """Append one block (normalized); empty text is skipped and returns None."""
        text = clean(raw).strip("\n")
        text = "\n".join(line.strip() for line in text.split("\n"))
        if not text.strip():
            return None
        if self._parts:
            sep = "\n\n" if self._blank else "\n"
            self._parts.append(sep)
            self._len += len(sep)
        self._blank = False
        start = self._len
        self._parts.append(text)
        self._len += len(text)
        block = Block(start=start, end=self._len, **hints)
        self.blocks.append(block)
        return block

    def blank(self) -> None:
        """An empty line between blocks (paragraph break kept from the source)."""
        self._blank = bool(self._parts)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def build(self) -> Document:
        return Document(text="".join(self._parts), blocks=self.blocks, format=self.fmt,
                        warnings=self.warnings, pages=self.pages, sha256=self.sha256, size=self.size,
                        path=self.path, genre=self.genre,
                        ocr_pages=self.ocr_pages)
