"""Walk an archive folder and decide, cheaply, which files are documents.

A file is looked at by its first bytes, like ``khparse extract`` does: PDF, .docx and Word
97-2003 by their magic, plain text only when it decodes as text and is named like text (.txt, .md or
no extension). Files *named* as documents (.pdf, .docx, .doc, .txt …) are always handed to
the converter (web pages .html/.htm too), even when their content is broken, so a damaged file is reported as a
failure with its reason rather than silently skipped. Everything else is skipped with a
short reason that the run summary counts.

Nothing here follows a symlink out of the archive: links are resolved and must land
inside it, and linked folders are walked once (loops are cut).
"""
from __future__ import annotations

import codecs
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

#: Names that promise a document: always converted, failures reported with their kind.
DOC_SUFFIXES = {".pdf", ".docx", ".doc", ".docm", ".odt", ".rtf", ".txt", ".text", ".md",
                ".html", ".htm"}
#: Text files are documents only under these names (or with no extension at all).
TEXT_SUFFIXES = {".txt", ".text", ".md"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic"}
HEAD_BYTES = 8192

_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_OCR_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 (and .xls, .ppt, .msg)
#: OLE2 files under these names are not Word documents.
OLE2_OTHER_SUFFIXES = {".xls", ".ppt", ".msg", ".msi", ".pub", ".vsd", ".db"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A document to convert: its path in the archive (parts) and on disk."""

    parts: tuple[str, ...]   # path components relative to the archive, as on disk
    path: str                # absolute path to read
    size: int
    mtime_ns: int

    @property
    def rel(self) -> str:
        return "/".join(self.parts)


@dataclass(frozen=True, slots=True)
class Skipped:
    rel: str
    reason: str              # short category, counted in the summary
    detail: str = ""


def display(name: str) -> str:
    """A printable, JSON-safe form of a file name (undecodable bytes become U+FFFD)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _is_within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file decode as text (UTF-8/16 or a legacy 8-bit code)."""
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:   # not just a character cut at the end of the sample
            text = head.decode("cp1258", errors="replace")
        else:
            text = head[:exc.start].decode("utf-8")
    if not text.strip():
        return False
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    return bad / len(text) <= 0.05


def _zip_kind(path: str) -> str | None:
    """``docx`` for a Word archive, else None (xlsx, pptx, odt, plain zip, broken)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return "docx" if "word/document.xml" in zf.namelist() else None
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def classify(path: str, name: str, size: int, images: bool = False) -> str | None:
    """None when the file should be converted, else the reason it is skipped.

    ``images``: PNG/JPEG/TIFF are read by OCR (``--ocr always``); otherwise an archive's
    photos, logos and signatures are skipped rather than OCR'd into failures.
    """
    suffix = os.path.splitext(name)[1].lower()
    if suffix in DOC_SUFFIXES:
        return None
    if size == 0:
        return "empty file"
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return "unreadable"
    if b"%PDF-" in head[:1024]:
        return None
    if head.startswith(_OLE2):
        return f"not a document ({suffix})" if suffix in OLE2_OTHER_SUFFIXES else None
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return None if _zip_kind(path) == "docx" else f"not a document ({suffix or 'zip'})"
    if head.startswith(_IMAGE_MAGIC) or suffix in IMAGE_SUFFIXES:
        return None if images and head.startswith(_OCR_IMAGE_MAGIC) else "image"
    if looks_like_text(head):
        return None if suffix == "" else f"not a document ({suffix})"
    return f"not a document ({suffix or 'binary'})"


def scan(root: Path, exclude: Path | None = None,
         images: bool = False) -> tuple[list[Candidate], list[Skipped]]:
    """Walk ``root`` (sorted, so runs are reproducible); ``exclude`` is the output folder;
    ``images``: convert PNG/JPEG/TIFF pages too (``--ocr always``)."""
    real_root = os.path.realpath(root)
    real_exclude = os.path.realpath(exclude) if exclude is not None else None
    found: list[Candidate] = []
    skipped: list[Skipped] = []
    seen_dirs = {real_root}

    def walk(dir_path: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(dir_path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(display("/".join(parts)) or ".", "unreadable folder",
                                   exc.strerror or str(exc)))
            return
        real_dir = os.path.realpath(dir_path)
        for entry in entries:
            sub = parts + (entry.name,)
            rel = display("/".join(sub))
            if entry.name.startswith("."):
                skipped.append(Skipped(rel, "hidden"))
                continue
            if entry.name.startswith("~$"):  # Word/Excel's lock file beside an open document
                skipped.append(Skipped(rel, "office lock file"))
                continue
            try:
                is_link = entry.is_symlink()
                st = os.stat(entry.path)  # follows links
            except OSError:
                skipped.append(Skipped(rel, "broken link" if entry.is_symlink() else "unreadable"))
                continue
            real = os.path.realpath(entry.path) if is_link else os.path.join(real_dir, entry.name)
            if is_link and not _is_within(real, real_root):
                skipped.append(Skipped(rel, "link out of the archive"))
                continue
            if stat.S_ISDIR(st.st_mode):
                if real_exclude is not None and real == real_exclude:
                    skipped.append(Skipped(rel, "output folder"))
                    continue
                if real in seen_dirs or (real_exclude and _is_within(real, real_exclude)):
                    skipped.append(Skipped(rel, "folder already walked (link)"))
                    continue
                seen_dirs.add(real)
                walk(entry.path, sub)
            elif stat.S_ISREG(st.st_mode):
                reason = classify(entry.path, entry.name, st.st_size, images)
                if reason is None:
                    found.append(Candidate(sub, entry.path, st.st_size, st.st_mtime_ns))
                else:
                    skipped.append(Skipped(rel, reason))
            else:
                skipped.append(Skipped(rel, "not a regular file"))

    walk(str(root), ())
    return found, skipped
