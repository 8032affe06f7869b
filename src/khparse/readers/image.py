"""A scanned page saved as an image (PNG, JPEG, TIFF; a multi-page TIFF is a whole scan).

Read with Tesseract like a scanned PDF page (:mod:`.ocr`), then laid out by the PDF layout
code, so header columns and the signature block come out as for a text-layer PDF. Each
image page is scaled to an A4 width (595 pt): the layout rules are in points.
"""
from __future__ import annotations

from ..document import Document, DocumentBuilder
from ..errors import CorruptFile, OcrUnavailable, TooLarge, UnsupportedFormat
from . import ocr as tesseract
from .pdf import add_layout
from .pdf_geometry import Page

_A4_WIDTH = 595.0
_KIND = {b"\x89P": "PNG", b"\xff\xd8": "JPEG", b"II": "TIFF", b"MM": "TIFF"}


def read_image(data: bytes, path: str | None = None, ocr: str = "auto") -> Document:
    mode = ocr
    name = f"{_KIND.get(data[:2], 'image')} image"
    if mode == "never":
        raise UnsupportedFormat(f"{name}, not a document (--ocr never)",
                                hint="read it with --ocr auto to OCR the page")
    size = pixel_size(data)
    if size is not None and size[0] * size[1] > tesseract.MAX_PIXELS:
        raise TooLarge(f"{name} is {size[0]}x{size[1]} pixels, over the "
                       f"{tesseract.MAX_PIXELS // 1_000_000} million pixels read by OCR",
                       hint="scale it down (300 dpi is plenty for a page)")
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


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG header or a JPEG frame header, read before decoding
    anything (a small file can declare a huge image); None for other images."""
    import struct

    if data.startswith(b"\x89PNG") and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data) and data[i] == 0xFF:
            marker = data[i + 1]
            length = struct.unpack(">H", data[i + 2:i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5:i + 9])
                return width, height
            i += 2 + length
    return None
