"""Readers: bytes of a .txt, .docx or .pdf file → one normalized :class:`Document`.

The format is decided by content (magic bytes), not by the file name, so a PDF named
.docx or a .docx named .pdf is still read. Heavy libraries are imported by the reader
that needs them, never at package import.

Every failure leaves :func:`read` as a :class:`~khparse.errors.KhparseError` that names the
file: a library exception escaping a reader on a malformed file is turned into
:class:`~khparse.errors.CorruptFile` (the original stays chained for ``--debug``).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..document import Document
from ..errors import CorruptFile, EmptyInput, InputNotFound, KhparseError, TooLarge, UnsupportedFormat
from ..limits import DEFAULT_MAX_BYTES, max_bytes_from_env
from .sniff import sniff

__all__ = ["DEFAULT_MAX_BYTES", "load_bytes", "read"]


_MB = 1024 * 1024
_SIGNATURE = {".pdf": ("PDF", "%PDF-"), ".docx": (".docx", "zip")}


def _mb(n: int) -> str:
    """Bytes as the MB figure --max-size takes (MiB), without noise: 50 MB, 0.01 MB, 12.3 MB;
    under 10 kB (a KHPARSE_MAX_BYTES of a few bytes) in bytes."""
    v = n / _MB
    if n < 10_000:
        return f"{n} bytes"
    return (f"{v:.0f}" if v >= 10 else f"{v:.2g}" if v < 1 else f"{v:.1f}") + " MB"


def _too_large(size: int | None, limit: int, path: str | None) -> TooLarge:
    what = f"file is {_mb(size)}, over" if size is not None else "input is over"
    value = str(int(size / _MB) + 1) if size is not None else "MB"
    return TooLarge(f"{what} the {_mb(limit)} input limit", path=path,
                    hint=f"raise it with --max-size {value} or the KHPARSE_MAX_BYTES variable")


def load_bytes(source: str | os.PathLike | bytes, max_bytes: int | None = None) -> tuple[bytes, str | None]:
    """Return the input's bytes and its display path; ``-`` reads stdin.

    Never reads more than ``max_bytes + 1`` bytes, so a huge file or an endless stream
    is refused without being loaded. ``max_bytes=None`` takes the limit from
    KHPARSE_MAX_BYTES (default 50 MiB); ``max_bytes=0`` means no limit.
    """
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, path = bytes(source), None
    elif str(source) == "-":
        data, path = sys.stdin.buffer.read(limit + 1 if limit else -1), "<stdin>"
    else:
        p = Path(source)
        path = _display(str(p))
        try:
            if not p.exists():
                raise InputNotFound("no such file", path=path, hint="check the path")
            if p.is_dir():
                raise InputNotFound("is a directory, not a file", path=path,
                                    hint="use `khparse batch DIR -o OUT` for folders")
            size = p.stat().st_size
            if limit and size > limit:
                raise _too_large(size, limit, path)
            with p.open("rb") as fh:
                data = fh.read(limit + 1 if limit else -1)
        except OSError as exc:
            raise InputNotFound(f"cannot read file: {exc.strerror or exc}", path=path,
                                hint="check its permissions" if isinstance(exc, PermissionError)
                                else None) from None
        except ValueError as exc:  # e.g. a NUL byte in the path
            raise InputNotFound(f"invalid path: {exc}", path=path) from None
    if limit and len(data) > limit:
        raise _too_large(None, limit, path)
    if not data or data.isspace():
        raise EmptyInput("file is empty", path=path, hint="nothing to parse")
    return data, path


#: ``--ocr`` values: OCR what needs it (scans, garbled text layers, images), everything, nothing.
OCR_MODES = ("auto", "always", "never")


def read(source: str | os.PathLike | bytes, *, max_bytes: int | None = None,
         name: str | os.PathLike | None = None, ocr: str = "auto") -> Document:
    """Read a file (path, ``-`` for stdin, or bytes) into a normalized Document.

    ``name`` is the file that ``source`` bytes came from (a remote batch worker gets the
    bytes, not the file): its extension and messages then read exactly as for that path.
    ``ocr``: one of OCR_MODES (see readers/pdf.py).
    """
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    data, path = load_bytes(source, max_bytes)
    if path is None and name is not None:
        path = _display(str(Path(name)))
    fmt = sniff(data, path)
    options = {}
    if fmt in ("pdf", "image"):
        options["ocr"] = ocr
    if fmt == "pdf":
        from .pdf import read_pdf as reader
    elif fmt == "image":
        from .image import read_image as reader
    elif fmt == "docx":
        from .docx import read_docx as reader
    elif fmt == "doc":
        from .doc import read_doc as reader
    elif fmt == "html":
        from .html import read_html as reader
    elif fmt == "md":
        from .markdown import read_markdown as reader
    else:
        from .txt import read_txt as reader
    try:
        doc = reader(data, path=path, **options)
    except KhparseError as exc:
        exc.path = exc.path or path
        better = _misnamed(path, exc) if fmt == "txt" else None
        if better is not None:
            raise better from exc
        raise
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a library choking on a malformed file
        raise CorruptFile(
            f"cannot read this {fmt.upper() if fmt == 'pdf' else '.' + fmt} file "
            f"({type(exc).__name__}: {_short(exc)})", path=path,
            hint="it is damaged or not really this format; if it opens fine elsewhere, "
                 "rerun with --debug and report it") from exc
    if not doc.text.strip():
        raise EmptyInput(f"no text found in this {fmt} file", path=path,
                         hint="the document has no words in it")
    return doc


def _misnamed(path: str | None, exc: KhparseError) -> KhparseError | None:
    """Binary data named .pdf/.docx reads better as 'not a valid PDF' than 'not text'."""
    ext = os.path.splitext(path or "")[1].lower()
    if not isinstance(exc, UnsupportedFormat) or ext not in _SIGNATURE:
        return None
    name, magic = _SIGNATURE[ext]
    return CorruptFile(f"not a valid {name} file (no {magic} signature) and not text either",
                       path=path, hint="the file is damaged or in another format")


def _display(name: str) -> str:
    """Undecodable bytes in a file name become U+FFFD: the path goes into JSON and messages."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "replace").decode("utf-8")


def _short(exc: BaseException, limit: int = 120) -> str:
    msg = " ".join(str(exc).split()) or "no details"
    return msg if len(msg) <= limit else msg[: limit - 1] + "…"
