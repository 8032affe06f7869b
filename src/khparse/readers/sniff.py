"""Decide a file's format from its first bytes, never from its name.

Only the zip directory is read here (no member is decompressed except a bounded peek at
``_rels/.rels``), so sniffing a decompression bomb costs nothing.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile

from ..errors import CorruptFile, EncryptedFile, UnsupportedFormat

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A password-protected .docx is an OLE2 container holding an "EncryptedPackage" stream.
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_CONVERT = "convert it: libreoffice --headless --convert-to docx FILE"
_RESAVE = "re-save it from Word or LibreOffice"
# What zipfile raises on a damaged archive (a bad header, a lying offset, a bad name).
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
               struct.error, NotImplementedError, OverflowError, KeyError, IndexError)
_RELS_PEEK = 64 * 1024
#: PNG, JPEG and TIFF: what scanners and phones save a page as, and what Tesseract reads.
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff(data: bytes, path: str | None = None) -> str:
    """Return ``pdf``, ``docx``, ``doc``, ``html``, ``md`` or ``txt``; raise for formats not read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _sniff_zip(data, path)
    if data[:8] == _OLE2:
        if _ENCRYPTED_OOXML in data:
            raise EncryptedFile("password-protected Word file", path=path,
                                hint="open it in Word, remove the password under File > Info > "
                                     "Protect Document, and save again")
        return "doc"  # Word 97-2003; the reader refuses other OLE2 files and old versions
    lead = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lead.startswith((b"<!doctype html", b"<html")) or (
            lead.startswith((b"<!--", b"<?xml", b"<head", b"<meta")) and b"<html" in data[:4096].lower()):
        return "html"
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat("RTF file is not supported", path=path, hint=_CONVERT)
    if data.startswith(IMAGE_MAGIC):
        return "image"  # a scanned page: read by OCR (readers/image.py)
    if data.startswith(b"GIF8"):
        raise UnsupportedFormat("GIF image, not a document", path=path,
                                hint="save the page as PNG, JPEG or TIFF to have it read by OCR")
    if data.startswith((b"---", b"\xef\xbb\xbf---")):
        from .markdown import has_front_matter

        if has_front_matter(data[:8192].decode("utf-8", errors="replace")):
            return "md"
    return "txt"


def _sniff_zip(data: bytes, path: str | None) -> str:
    named_docx = (path or "").lower().endswith(".docx")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except _ZIP_ERRORS:
        what = "corrupt or truncated .docx (not a readable zip archive)" if named_docx \
            else "corrupt or truncated zip archive"
        raise CorruptFile(what, path=path, hint=_RESAVE) from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        raise UnsupportedFormat("OpenDocument file (.odt) is not supported", path=path, hint=_CONVERT)
    if any(n.startswith("xl/") for n in names):
        raise UnsupportedFormat("Excel workbook (.xlsx) is not supported", path=path)
    if any(n.startswith("ppt/") for n in names):
        raise UnsupportedFormat("PowerPoint file (.pptx) is not supported", path=path)
    if named_docx or "[Content_Types].xml" in names or any(n.startswith("word/") for n in names):
        if _main_part(zf, names) is not None:
            return "docx"  # Word sometimes names the main part word/document2.xml
        raise CorruptFile("not a valid .docx: word/document.xml is missing", path=path, hint=_RESAVE)
    raise UnsupportedFormat("zip archive that is not a .docx", path=path,
                            hint="unpack it and pass the documents inside")


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The main document part named by ``_rels/.rels``, if it exists (bounded read)."""
    if "_rels/.rels" not in names:
        return None
    try:
        with zf.open("_rels/.rels") as fh:
            rels = fh.read(_RELS_PEEK)
    except Exception:  # noqa: BLE001 - any damage here just means "no main part"
        return None
    for rel in re.findall(rb"<[^>]*officeDocument\"[^>]*>", rels):
        m = re.search(rb'Target="/?([^"]+)"', rel)
        if m:
            target = m.group(1).decode("utf-8", "replace")
            if target in names and target.startswith("word/"):
                return target
    return None
