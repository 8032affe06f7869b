"""Readers: bytes of a .txt, .docx or .pdf file → one normalized :class:`Document`.

The format is decided by content (magic bytes), not by the file name, so a PDF named
.docx or a .docx named .pdf is still read. Heavy libraries are imported by the reader
that needs them, never at package import.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..document import Document
from ..errors import EmptyInput, InputNotFound, KhparseError, TooLarge
from .sniff import sniff

#: Largest input read by default; raise with ``--max-size`` or KHPARSE_MAX_BYTES.
DEFAULT_MAX_BYTES = int(os.environ.get("KHPARSE_MAX_BYTES", 50 * 1024 * 1024))


def load_bytes(source: str | os.PathLike | bytes, max_bytes: int | None = None) -> tuple[bytes, str | None]:
    """Return the input's bytes and its display path; ``-`` reads stdin."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if isinstance(source, (bytes, bytearray)):
        data, path = bytes(source), None
    elif str(source) == "-":
        data, path = sys.stdin.buffer.read(limit + 1), "<stdin>"
    else:
        p = Path(source)
        path = str(p)
        if not p.exists():
            raise InputNotFound("no such file", path=path, hint="check the path")
        if p.is_dir():
            raise InputNotFound("is a directory, not a file", path=path,
                                hint="use `khparse batch DIR -o OUT` for folders")
        try:
            size = p.stat().st_size
            if limit and size > limit:
                raise TooLarge(f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit",
                               path=path, hint="raise it with --max-size")
            with p.open("rb") as fh:
                data = fh.read(limit + 1 if limit else -1)
        except OSError as exc:
            raise InputNotFound(f"cannot read file: {exc.strerror or exc}", path=path) from None
    if limit and len(data) > limit:
        raise TooLarge(f"input is over the {limit / 1e6:.0f} MB limit", path=path,
                       hint="raise it with --max-size")
    if not data.strip():
        raise EmptyInput("file is empty", path=path)
    return data, path


def read(source: str | os.PathLike | bytes, *, max_bytes: int | None = None) -> Document:
    """Read a file (path, ``-`` for stdin, or bytes) into a normalized Document."""
    data, path = load_bytes(source, max_bytes)
    fmt = sniff(data, path)
    try:
        if fmt == "pdf":
            from .pdf import read_pdf as reader
        elif fmt == "docx":
            from .docx import read_docx as reader
        else:
            from .txt import read_txt as reader
        doc = reader(data, path=path)
    except KhparseError as exc:
        exc.path = exc.path or path
        raise
    if not doc.text.strip():
        raise EmptyInput(f"no text found in this {fmt} file", path=path)
    return doc
