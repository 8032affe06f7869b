"""A scanned page saved as an image (PNG, JPEG, TIFF; a multi-page TIFF is a whole scan).

Read with Tesseract like a scanned PDF page (:mod:`.ocr`), then laid out by the PDF layout
code, so header columns and the signature block come out as for a text-layer PDF. Each
image page is scaled to an A4 width (595 pt): the layout rules are in points.
"""
from __future__ import annotations

from ..document import Document, DocumentBuilder
from ..errors import CorruptFile, OcrUnavailable, UnsupportedFormat
from . import ocr as tesseract
from .pdf import add_layout
from .pdf_layout import Page

_A4_WIDTH = 595.0
_KIND = {b"\x89P": "PNG", b"\xff\xd8": "JPEG", b"II": "TIFF", b"MM": "TIFF"}


def read_image(data: bytes, path: str | None = None, ocr: str = "auto") -> Document:
    mode = ocr
    name = f"{_KIND.get(data[:2], 'image')} image"
    if mode == "never":
        raise UnsupportedFormat(f"{name}, not a document (--ocr never)",
                                hint="read it with --ocr auto to OCR the page")
    why = tesseract.missing()
    if why is not None:
        raise OcrUnavailable(f"{name} needs OCR, but {why}", hint=tesseract.INSTALL)
    try:
        found = tesseract.recognize(data)
    except tesseract.OcrError as exc:
        raise CorruptFile(f"cannot read this {name} ({exc})",
                          hint="the file is damaged or not really an image") from None
    pages = []
    for i, p in enumerate(found, 1):
        factor = _A4_WIDTH / p.width if p.width else 1.0
        pages.append(Page(i, _A4_WIDTH, p.height * factor, p.scaled(factor)))
    b = DocumentBuilder("image", data, path)
    b.pages = len(pages)
    done = [p.number for p in pages if p.lines]
    if done:
        b.ocr_pages = done
        b.warn(f"image: read by OCR (tesseract {tesseract.LANG}); check names and figures against "
               "the scan")
    add_layout(b, pages)
    return b.build()
