"""PDF: pdfium's text layer, measured into lines, then read in document order.

Why pypdfium2 and not pdfplumber/pdfminer: on 25 real text-layer PDFs pypdfium2 extracts
the whole corpus in 0.7 s, pdfplumber in 30 s. pdfium already orders characters into lines
(``get_text_range``); what it gets wrong is the two-column header and signature tables
(cells on one baseline come out glued: "Số: 2234/KH-UBND Thành phố Hồ Chí Minh, ngày …").
So each pdfium line gets its box from ``FPDFText_CountRects`` (one rect per text object, a
handful of calls per line); only lines that may hide a column gutter — the top of page 1, or
a line whose text objects stand far apart — get the chars beside each space measured and
are cut at the gutter. :mod:`.pdf_layout` then orders rows, reads two-column zones cell by
cell, drops page numbers and running headers, and joins wrapped lines into paragraphs.

Annotations (e-signature stamps that carry the only copy of the number and date) are
flattened into the page content first, in memory, so their text is read once, and text a
stamp draws into a blank ("Số:      /KH-UBND") is put back into that line.
:mod:`.pdf_quality` flags unreadable pages (broken font maps) and accent-less OCR layers.
:mod:`.pdf_tables` finds ruled tables from the page's path objects (one walk over them per
page) and gives their cells as blocks with ``table=(t, r, c)``, like the .docx reader.
"""
from __future__ import annotations

import ctypes
import re

from ..document import Document, DocumentBuilder
from ..errors import CorruptFile, EncryptedFile, NoTextLayer, OcrUnavailable
from ..lexicon.identity import SIGNATURE_FILLER
from . import pdf_quality, pdf_tables, raster_rules
from .pdf_geometry import Line, Page, is_caps
from .pdf_layout import layout

_LINE_RE = re.compile(r"[^\s][^\r\n]*")  # a line from its first visible char
_PAGE_TREE_RE = re.compile(rb"/Type\s*/Pages\b")
_PAGE_RE = re.compile(rb"/Type\s*/Page(?![s\w])")
_STAMP_LINE_RE = re.compile(SIGNATURE_FILLER, re.I)
_CID_RE = re.compile(r"\(cid:\d+\)")  # glyph ids a PDF-to-text tool left in an OCR layer
_CORRUPT_HINT = "the file is damaged or truncated; re-download it or re-export it from the source"


def read_pdf(data: bytes, path: str | None = None, ocr: str = "auto") -> Document:
    """Read a PDF's text layer into a Document (blocks in reading order, with page hints).

    ``ocr``: ``auto`` reads pages with no text layer or a garbled one with Tesseract,
    ``always`` reads every page so, ``never`` only reads the text layer.
    """
    import pypdfium2 as pdfium

    pdf = _open(pdfium, data)
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptFile("PDF has no pages", hint=_CORRUPT_HINT)
        probe = _Probe()
        pages: list[Page] = []
        texts: list[str] = []
        failed: list[int] = []
        for i in range(count):
            try:
                page, text = _read_page(pdf, i, probe)
            except _PageError:
                failed.append(i + 1)
                page, text = Page(i + 1, 595.0, 842.0), ""
            pages.append(page)
            texts.append(text)
        b = DocumentBuilder("pdf", data, path)
        b.pages = count
        if len(failed) == count:
            raise CorruptFile("corrupt PDF: no page could be read", hint=_CORRUPT_HINT)
        empty = [p.number for p in pages if not p.lines and p.number not in failed]
        broken = [i + 1 for i, t in enumerate(texts) if pdf_quality.unreadable(t)]
        bare = len(broken) < count - len(empty) and pdf_quality.lacks_diacritics("".join(texts))
        scans = [n for n in range(1, count + 1) if n not in failed and _scan_image(pdf, n)] \
            if bare and ocr == "auto" else []
        drawn = [n for n in empty if _has_objects(pdf, n)] if ocr != "never" else []
        # a scan e-signed after scanning: its only text is the signature stamp's labels
        stamped = [i + 1 for i, t in enumerate(texts) if t.strip() and _only_stamp(t)
                   and _scan_image(pdf, i + 1)] if ocr == "auto" else []
        want = _ocr_wanted(ocr, count, failed, drawn + stamped, broken, scans, texts)
        done = _ocr_pages(pdf, pages, want, b, ocr) if want else []
    finally:
        pdf.close()

    empty = [n for n in empty if n not in done]
    broken = [n for n in broken if n not in done]
    if len(empty) + len(failed) == count:
        raise NoTextLayer("no text layer: the PDF is a scan", hint=_scan_hint(ocr))
    if failed:
        b.warn(f"pdf: {_pages_label(failed)} could not be read (damaged); text missing")
    if empty:
        b.warn(f"pdf: no text layer on {_pages_label(empty)} (scanned pages?); OCR the file")
    if broken:
        b.warn(f"pdf: {_pages_label(broken)} text looks unreadable (broken font encoding); "
               "OCR the file")
    if bare and not done:
        b.warn("pdf: text has no Vietnamese diacritics (OCR layer without accents?)")
    add_layout(b, pages)
    return b.build()


def _ocr_wanted(mode: str, count: int, failed: list[int], empty: list[int], broken: list[int],
                scans: list[int], texts: list[str]) -> list[int]:
    """Pages to OCR: every page for ``always``; for ``auto`` pages with no text layer, an
    unreadable one or ``(cid:NN)`` glyph names, and the scanned pages of a document whose
    text has no Vietnamese diacritics (an OCR layer made without the Vietnamese model)."""
    if mode == "never":
        return []
    if mode == "always":
        return [n for n in range(1, count + 1) if n not in failed]
    cid = [i + 1 for i, t in enumerate(texts) if _CID_RE.search(t)]
    return sorted(set(empty) | set(broken) | set(cid) | set(scans))


def _only_stamp(text: str) -> bool:
    """Whether a page's text layer holds nothing but a digital signature's labels ("Ký bởi:
    …", "Cơ quan: …", "Thời gian ký: …"): the page's content is the image under them."""
    return all(_STAMP_LINE_RE.match(ln.strip()) for ln in text.splitlines() if ln.strip())


def _has_objects(pdf, n: int) -> bool:
    """A page without text may hold an image or text drawn as curves; a blank one holds
    nothing to OCR."""
    import pypdfium2.raw as raw

    page = pdf[n - 1]
    try:
        return raw.FPDFPage_CountObjects(page.raw) > 0
    finally:
        page.close()


def _scan_image(pdf, n: int) -> bool:
    """Whether page ``n`` is a scan: an image covers at least half of it. An accent-less
    text layer over a scan is a poor OCR layer; without the image it is the document's own
    (unaccented) text, and OCR could only do worse."""
    page = pdf[n - 1]
    try:
        return _scan_dpi(page) is not None
    finally:
        page.close()


def _scan_dpi(page) -> float | None:
    """The resolution of the image covering at least half of the page, if there is one."""
    import pypdfium2.raw as raw

    try:
        width, height = page.get_size()
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            if (right - left) * (top - bottom) >= 0.5 * width * height:
                px_w, px_h = obj.get_px_size()
                return max(px_w / max(right - left, 1), px_h / max(top - bottom, 1)) * 72
    except Exception:  # noqa: BLE001 - a damaged object list: not a scan we can tell
        return None
    return None


def ocr_dpi(page) -> int:
    """Render a scan at its own resolution (nothing to gain above it, detail lost below),
    kept within 150-300 dpi; any other page at the default (see ocr.DPI)."""
    from . import ocr

    native = _scan_dpi(page)
    return ocr.DPI if native is None else int(min(max(native, ocr.MIN_DPI), ocr.MAX_DPI))


def _ocr_pages(pdf, pages: list[Page], numbers: list[int], b: DocumentBuilder,
               mode: str) -> list[int]:
    """Replace the lines of ``numbers`` by Tesseract's; the pages done (none without it)."""
    from . import ocr

    why = ocr.missing()
    if why is not None and mode == "always":
        raise OcrUnavailable(f"--ocr always, but {why}", hint=ocr.INSTALL)
    if why is not None:
        b.warn(f"pdf: {_pages_label(numbers)} need OCR but {why} ({ocr.INSTALL})")
        return []
    done = []
    for n in numbers:
        page = pdf[n - 1]
        try:
            image, dpi = render_page(page, ocr_dpi(page))
        finally:
            page.close()
        try:
            found = ocr.recognize(image, dpi=dpi)
        except ocr.OcrError as exc:
            b.warn(f"pdf: OCR failed on page {n} ({exc})")
            continue
        # ruled tables from the scan's pixels, as find_grids finds them from drawn rules
        grids = pdf_tables.grids_from_rules(*raster_rules.rules(image, dpi))
        xs = [x for g in grids for x in g.xs]
        lines = [ln for p in found for ln in p.scaled(72 / dpi, xs)]
        if not lines:
            continue  # a blank page (or one OCR cannot read): stays "no text layer"
        old = pages[n - 1]
        pages[n - 1] = Page(n, old.width, old.height, lines, grids)
        done.append(n)
    if done:
        b.ocr_pages = done
        b.warn(f"pdf: {_pages_label(done)} read by OCR (tesseract {ocr.LANG}); "
               "check names and figures against the scan")
    return done


def render_page(page, dpi: int) -> tuple[bytes, int]:
    """A page as an 8-bit grayscale PGM image (Tesseract reads it without Pillow) and the
    resolution used: at most ocr.MAX_PIXELS pixels whatever the page size."""
    from . import ocr

    width_pt, height_pt = page.get_size()
    area = max(width_pt * height_pt, 1.0) / 72 / 72
    dpi = min(dpi, int((ocr.MAX_PIXELS / area) ** 0.5))
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    if stride != width:
        raw = b"".join(raw[r * stride:r * stride + width] for r in range(height))
    if ocr.DROP_SEAL:
        colour = page.render(scale=dpi / 72, rev_byteorder=True)      # RGB, the same pixels
        if (colour.width, colour.height) == (width, height):
            raw = ocr.drop_red(raw, bytes(colour.buffer), width, height, colour.stride,
                               colour.n_channels)
    return b"P5\n%d %d\n255\n" % (width, height) + raw, dpi


def _scan_hint(mode: str) -> str:
    if mode == "never":
        return "read it with --ocr auto, or run OCR first, e.g. ocrmypdf --language vie"
    from . import ocr

    why = ocr.missing()
    if why is not None:
        return f"{why}: {ocr.INSTALL}, or run OCR first, e.g. ocrmypdf --language vie"
    return "OCR found no text on its pages either: blank pages, or a scan too faint to read"


def add_layout(b: DocumentBuilder, pages: list[Page]) -> None:
    """The pages' paragraphs and cells in reading order, as blocks with their hints."""
    for para in layout(pages):
        text = para.text
        lines = para.lines
        if para.cell is not None:
            b.add(text, kind="cell", table=para.cell, page=para.page,
                  bold=all(ln.bold for ln in lines), italic=all(ln.italic for ln in lines),
                  caps=is_caps(text), font_size=round(lines[0].size, 1) or None)
            continue
        b.add(text, page=para.page,
              bold=all(ln.bold for ln in lines), italic=all(ln.italic for ln in lines),
              caps=is_caps(text), font_size=round(lines[0].size, 1) or None,
              align="center" if para.centered else None)


def _pages_label(numbers: list[int]) -> str:
    """"page 3" or "pages 1-4, 7": one warning per problem, not one per page."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    label = ", ".join(str(a) if a == z else f"{a}-{z}" for a, z in runs)
    return f"page{'s' if len(numbers) > 1 else ''} {label}"


def _open(pdfium, data: bytes):
    """PdfDocument from bytes; pdfium's load errors become the project's own."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        import pypdfium2.raw as raw

        # pdfium's last-error code is only set by some failures (it can be stale), so the
        # bytes confirm what it says
        if exc.err_code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY) and b"/Encrypt" in data:
            raise EncryptedFile("encrypted PDF",
                                hint="decrypt it first, e.g. qpdf --decrypt in.pdf out.pdf") from None
        if _PAGE_TREE_RE.search(data) and not _PAGE_RE.search(data):
            raise CorruptFile("PDF has no pages", hint=_CORRUPT_HINT) from None
        raise CorruptFile("corrupt or truncated PDF", hint=_CORRUPT_HINT) from None
    except (OSError, ValueError) as exc:
        raise CorruptFile(f"corrupt or truncated PDF ({exc})", hint=_CORRUPT_HINT) from None


class _Probe:
    """Reused ctypes out-parameters, so per-line geometry calls allocate nothing."""

    def __init__(self):
        import pypdfium2.raw as raw

        self.raw = raw
        self.l, self.r, self.b, self.t = (ctypes.c_double() for _ in range(4))
        self.refs = tuple(ctypes.byref(v) for v in (self.l, self.r, self.b, self.t))
        self.font = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.flags_ref = ctypes.byref(self.flags)

    def charbox(self, tp, index: int) -> tuple[float, float, float, float]:
        self.raw.FPDFText_GetCharBox(tp, index, *self.refs)
        return self.l.value, self.r.value, self.b.value, self.t.value

    def style(self, tp, index: int) -> tuple[bool, bool]:
        """(bold, italic) from the font name of the char (pdfium's weight is unreliable)."""
        self.raw.FPDFText_GetFontInfo(tp, index, self.font, 256, self.flags_ref)
        name = self.font.value.lower()
        return (b"bold" in name or b"black" in name or b"heavy" in name,
                b"italic" in name or b"oblique" in name)


class _PageError(Exception):
    """pdfium could not load or read one page."""


def _read_page(pdf, i: int, probe: _Probe) -> tuple[Page, str]:
    """One page's lines (pdfium text, measured and cut at column gutters) and raw text."""
    raw = probe.raw
    try:
        page = pdf[i]
    except Exception as exc:  # noqa: BLE001 - whatever pdfium raises for a damaged page
        raise _PageError(str(exc)) from None
    tp = None
    flattened = False
    try:
        try:
            if raw.FPDFPage_GetAnnotCount(page.raw) > 0:
                # e-signature stamps: draw annotation appearances into the content, reload
                if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS:
                    flattened = True
                    page.close()
                    page = pdf[i]
            width, height = page.get_size()
            tp = page.get_textpage()
            # pdfium marks a hyphen that ends a line as \x02 (or U+FFFE): it is a printed "-"
            text = tp.get_text_range().replace("\x02", "-").replace("\ufffe", "-")
        except Exception as exc:  # noqa: BLE001 - as above
            raise _PageError(str(exc)) from None
        text, index = _reorder_fallback(tp.raw, text, probe)
        lines = _lines(tp.raw, text, probe, width, height, first_page=(i == 0), index=index)
        if flattened:
            lines = _merge_overlaps(tp.raw, text, lines, probe, index)
        grids = pdf_tables.find_grids(raw, page.raw, height)
        if grids:
            lines = pdf_tables.split_lines(lines, grids, _charbox_td(tp.raw, text, probe, index),
                                           text)
        return Page(i + 1, width, height, lines, grids), text
    finally:
        if tp is not None:
            tp.close()
        page.close()


# A line that ends in letters standing alone ("Căn c Ngh đ nh s … ứ ị ị ố"): glyphs a
# fallback font drew after the line (the embedded font lacked them), which pdfium appends.
_ORPHANS_RE = re.compile(r"(?:[^\S\r\n]+[^\x00-\x7f\s]{1,3})+[^\S\r\n]*(?=\r?\n|$)")
_ORPHAN_END_RE = re.compile(r"(?m) [^\x00-\x7f\s]{1,3} ?\r?$")  # fast test for the above


def _reorder_fallback(tp, text: str, probe: _Probe) -> tuple[str, list[int] | None]:
    """Put fallback-font letters back where they are drawn; (text, text→char index) or
    (text, None) when nothing moved.

    LibreOffice without a font that has Vietnamese letters draws "ứ", "ị", "ố" … from
    another font after the rest of the line; pdfium returns them at the end of the line
    with generated spaces at the holes ("Căn c Ngh đ nh … ứ ị ị"). Only a line ending in
    such orphans whose first orphan is drawn left of the char before it is reordered: its
    chars sorted by x, pdfium's generated spaces dropped, a space put in each word gap
    between advances (loose boxes) over 0.15 em that has none. One regex pass per page.
    """
    raw = probe.raw
    if not _ORPHAN_END_RE.search(text) or len(text) != raw.FPDFText_CountChars(tp):
        return text, None
    rect = raw.FS_RECTF()
    parts: list[str] = []
    index: list[int] = []
    done = 0
    for m in _ORPHANS_RE.finditer(text):
        first = m.start() + len(m.group()) - len(m.group().lstrip())
        line_start = text.rfind("\n", 0, m.start()) + 1
        if first - 1 < line_start or probe.charbox(tp, first)[0] >= probe.charbox(tp, m.start() - 1)[0]:
            continue  # drawn after the text before it: a real one-letter word
        end = m.end()
        chars = [(_loose_box(raw, tp, k, rect), k) for k in range(line_start, end)
                 if not (text[k] == " " and raw.FPDFText_IsGenerated(tp, k) == 1)]
        chars.sort(key=lambda c: (c[0][0] + c[0][1]) / 2)
        gap = 0.15 * (raw.FPDFText_GetFontSize(tp, line_start) or 12.0)
        parts.append(text[done:line_start])
        index.extend(range(done, line_start))
        prev = None
        for box, k in chars:
            # the space after a fallback letter is not in the text layer: a word gap is
            if (prev is not None and box[0] - prev[0][1] > gap and text[k] != " "
                    and text[prev[1]] != " "):
                parts.append(" ")
                index.append(prev[1])
            parts.append(text[k])
            index.append(k)
            prev = (box, k)
        done = end
    if not parts:
        return text, None
    parts.append(text[done:])
    index.extend(range(done, len(text)))
    return "".join(parts), index


def _loose_box(raw, tp, k: int, rect) -> tuple[float, float]:
    """(left, right) of char k's advance (its loose box): letters of a word touch."""
    raw.FPDFText_GetLooseCharBox(tp, k, ctypes.byref(rect))
    return rect.left, rect.right


def _charbox_td(tp, text: str, probe: _Probe, index: list[int] | None = None):
    """charbox(text index) -> (left, right, bottom, top) in points, for pdf_tables."""
    raw = probe.raw
    same = index is None and len(text) == raw.FPDFText_CountChars(tp)

    def charbox(t: int):
        if index is not None:
            return probe.charbox(tp, index[t])
        return probe.charbox(tp, t if same else raw.FPDFText_GetCharIndexFromTextIndex(tp, t))
    return charbox


def _lines(tp, text: str, probe: _Probe, width: float, height: float, first_page: bool,
           index: list[int] | None = None) -> list[Line]:
    raw = probe.raw
    same = index is None and len(text) == raw.FPDFText_CountChars(tp)

    def cidx(t: int) -> int:  # text index -> char index (identical unless pdfium dropped chars)
        if index is not None:
            return index[t]
        return t if same else raw.FPDFText_GetCharIndexFromTextIndex(tp, t)

    out: list[Line] = []
    count_rects, get_rect = raw.FPDFText_CountRects, raw.FPDFText_GetRect
    pl, pt, pr, pb = probe.l, probe.t, probe.r, probe.b
    for m in _LINE_RE.finditer(text):
        ts = m.start()
        te = ts + len(m.group().rstrip())
        if same:
            cs, ce = ts, te
        elif index is not None:  # a reordered line's chars are a contiguous range, shuffled
            cs, ce = min(index[ts:te]), max(index[ts:te]) + 1
        else:
            cs, ce = cidx(ts), cidx(te - 1) + 1
            if cs < 0 or ce <= cs:
                continue
        n = count_rects(tp, cs, ce - cs)
        if n == 0:
            continue
        rects = []
        for j in range(n):
            get_rect(tp, j, pl, pt, pr, pb)
            rects.append((pl.value, pr.value, height - pt.value, height - pb.value))
        size = raw.FPDFText_GetFontSize(tp, cs) or 12.0
        raw.FPDFText_GetCharOrigin(tp, cs, probe.refs[0], probe.refs[3])
        base = height - pt.value
        if n == 1:
            x0, x1, top, bottom = rects[0]
        else:
            x0, x1 = min(r[0] for r in rects), max(r[1] for r in rects)
            top, bottom = min(r[2] for r in rects), max(r[3] for r in rects)
        pieces = None
        if (first_page and top < 0.45 * height) or (n > 1 and _rect_gutter(rects, size, width)):
            pieces = _cut_at_gutters(tp, text, ts, te, cidx, probe, size, width, rects)
        if pieces is None:
            pieces = [(ts, te, x0, x1, top, bottom)]
        for a, z, x0, x1, y0, y1 in pieces:
            piece = text[a:z].strip()
            if not piece:
                continue
            bold, italic = probe.style(tp, a if same else cidx(a))
            if (bold or italic) and z - a > 1:  # the whole piece, not just its first word
                bold2, italic2 = probe.style(tp, z - 1 if same else cidx(z - 1))
                bold, italic = bold and bold2, italic and italic2
            out.append(Line(piece, x0, x1, y0, y1, size, bold, italic, (a, z), base))
    return out


def _gutter(gap_lo: float, gap_hi: float, size: float, width: float) -> bool:
    """A gap wide enough (1.5 em) and near mid-page, as between the header table's cells."""
    return gap_hi - gap_lo >= 1.5 * size and gap_hi >= 0.28 * width and gap_lo <= 0.55 * width


def _rect_gutter(rects, size: float, width: float) -> bool:
    if len(rects) < 2:
        return False
    xs = sorted(rects)
    return any(_gutter(a[1], b[0], size, width) for a, b in zip(xs, xs[1:]))


_SPACES_RE = re.compile(r"\s+")


def _space_gaps(tp, text, ts, te, cidx, probe) -> list[tuple[int, float, float]]:
    """(text index after the run, x where the run starts, x where it ends) per space run."""
    gaps = []
    for m in _SPACES_RE.finditer(text, ts, te):
        a, z = m.start() - 1, m.end()
        if a < ts or z >= te:
            continue
        gaps.append((z, probe.charbox(tp, cidx(a))[1], probe.charbox(tp, cidx(z))[0]))
    return gaps


_FIGURE_RE = re.compile(r"\d+")


def _figures(tp, text, ts, te, cidx, probe) -> list[tuple[int, int, float, float]]:
    """(text start, text end, x left, x right) of each run of digits in a line."""
    out = []
    for m in _FIGURE_RE.finditer(text, ts, te):
        out.append((m.start(), m.end(), probe.charbox(tp, cidx(m.start()))[0],
                    probe.charbox(tp, cidx(m.end() - 1))[1]))
    return out


def _cut_at_gutters(tp, text, ts, te, cidx, probe, size, width, rects):
    """Cut a line in two where a gutter separates two table cells; None when there is none.

    Only the chars on both sides of each space run are measured: pdfium puts a (generated)
    space wherever the text jumps right, so a gutter always sits at a space.
    """
    gaps = _space_gaps(tp, text, ts, te, cidx, probe)
    candidates = [g for g in gaps if _gutter(g[1], g[2], size, width)]
    if not candidates:
        return None
    widest = max(candidates, key=lambda g: g[2] - g[1])
    others = sorted(g[2] - g[1] for g in gaps if g is not widest)
    # a gutter is an outlier; in a justified line stretched wide every space is wide alike
    if others and widest[2] - widest[1] < 2.5 * others[len(others) // 2]:
        return None
    cuts = [widest]
    pieces = []
    start, x0 = ts, None
    for z, left, right in cuts + [(te, None, None)]:
        if x0 is None:
            x0 = probe.charbox(tp, cidx(start))[0]
        x1 = left if left is not None else probe.charbox(tp, cidx(te - 1))[1]
        near = [r for r in rects if r[1] > x0 and r[0] < x1] or rects
        pieces.append((start, z, x0, x1, min(r[2] for r in near), max(r[3] for r in near)))
        start, x0 = z, right
    return pieces


def _overlap(a: Line, b: Line) -> bool:
    """Same baseline band and intersecting x ranges: one line is drawn into the other."""
    v = min(a.bottom, b.bottom) - max(a.top, b.top)
    return v >= 0.3 * min(a.height, b.height) and b.x0 < a.x1 and b.x1 > a.x0


def _merge_overlaps(tp, text: str, lines: list[Line], probe: _Probe,
                    index: list[int] | None = None) -> list[Line]:
    """Put text drawn into another line's blanks back in place.

    A flattened e-signature stamp comes last in the content stream, so "2234" filled into
    "Số:        /KH-UBND" is a line of its own at the end; it goes into the space run of
    the line it is drawn over ("Số: 2234 /KH-UBND"), and "ngày 24 tháng 5" likewise.
    """
    raw = probe.raw
    same = index is None and len(text) == raw.FPDFText_CountChars(tp)

    def cidx(t: int) -> int:
        if index is not None:
            return index[t]
        return t if same else raw.FPDFText_GetCharIndexFromTextIndex(tp, t)

    groups: list[list[Line]] = []
    for ln in lines:
        hit = next((g for g in groups if any(_overlap(o, ln) for o in g)), None)
        if hit is None:
            groups.append([ln])
        else:
            hit.append(ln)
    out = []
    for g in groups:
        main = max(g, key=lambda ln: (ln.x1 - ln.x0, len(ln.text)))
        if len(g) == 1 or main.span is None:
            out.extend(g)
            continue
        gaps = _space_gaps(tp, text, *main.span, cidx, probe)
        figures = None
        inserts = []  # (offset in main.text, text)
        overwrites = []  # (start, end in main.text, text)
        head, tail = [], []
        for ln in g:
            if ln is main:
                continue
            c = ln.center
            run = next((z for z, left, right in gaps if left - 1 <= c <= right + 1), None)
            if run is None and ln.text.strip().isdigit():
                if figures is None:
                    figures = _figures(tp, text, *main.span, cidx, probe)
                hit = next(((a, z) for a, z, left, right in figures if left <= c <= right), None)
                if hit is not None:
                    # a stamp drawn over a printed figure is the figure the reader sees: the
                    # month the signing day corrects ("tháng 4" stamped "5")
                    overwrites.append((hit[0] - main.span[0], hit[1] - main.span[0], ln.text.strip()))
                    continue
            if run is not None:
                inserts.append((run - main.span[0], ln.text))
            elif c < main.center:
                head.append(ln.text)
            else:
                tail.append(ln.text)
        merged = main.text
        edits = [(a, a, piece, True) for a, piece in inserts] + \
                [(a, z, piece, False) for a, z, piece in overwrites]
        for off, end, piece, pad in sorted(edits, reverse=True):
            if not pad:
                merged = merged[:off] + piece + merged[end:]
                continue
            off = min(max(off, 0), len(merged))
            merged = merged[:off].rstrip() + " " + piece + " " + merged[off:].lstrip()
        merged = " ".join(head + [merged] + tail)
        out.append(Line(merged, min(ln.x0 for ln in g), max(ln.x1 for ln in g),
                        min(ln.top for ln in g), max(ln.bottom for ln in g), main.size,
                        main.bold, main.italic, main.span, main.base))
    return out
