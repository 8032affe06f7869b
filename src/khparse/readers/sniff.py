"""Decide a file's format from its first bytes."""
from __future__ import annotations

import io
import zipfile

from ..errors import CorruptFile, UnsupportedFormat

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes, path: str | None = None) -> str:
    """Return ``pdf``, ``docx`` or ``txt``; raise for formats khparse does not read."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            if path and path.lower().endswith(".docx"):
                raise CorruptFile("corrupt or truncated .docx (not a readable zip archive)",
                                  path=path, hint="re-save it from Word or LibreOffice") from None
            raise CorruptFile("corrupt or truncated zip archive", path=path) from None
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("word/") for n in names) or "[Content_Types].xml" in names and (
                path or "").lower().endswith(".docx"):
            raise CorruptFile(".docx has no word/document.xml", path=path,
                              hint="re-save it from Word or LibreOffice")
        if "content.xml" in names:
            raise UnsupportedFormat("OpenDocument file (.odt) is not supported", path=path,
                                    hint="convert it: libreoffice --headless --convert-to docx FILE")
        raise UnsupportedFormat("zip archive that is not a .docx", path=path)
    if data[:8] == _OLE2:
        raise UnsupportedFormat("legacy Word .doc (or other OLE2) file is not supported", path=path,
                                hint="convert it: libreoffice --headless --convert-to docx FILE")
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat("RTF file is not supported", path=path,
                                hint="convert it: libreoffice --headless --convert-to docx FILE")
    for magic, name in ((b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
                        (b"GIF8", "GIF image"), (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image")):
        if data.startswith(magic):
            raise UnsupportedFormat(f"{name}, not a document", path=path,
                                    hint="run OCR first (e.g. ocrmypdf) and pass the PDF")
    return "txt"
