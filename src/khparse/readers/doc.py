"""Legacy Word 97-2003 .doc: the OLE container (olefile) and the [MS-DOC] piece table.

Why not antiword or LibreOffice: both are programs outside pip, and the README's two
set-up commands must install everything. The binary format needs only four structures for
text: the FIB (where everything is and how long the main story is), the piece table (CLX:
which byte ranges of the WordDocument stream hold which characters, 8-bit or UTF-16), the
paragraph property pages (PAPX FKPs: in-table, row-end and alignment) and the character
property pages (CHPX FKPs: bold, font). Only the main story (CP 0..ccpText) is the body, so
page headers and footers (their own story) never mix into it; footnotes and text boxes
follow the body as their own blocks, as in the .docx reader. Fields keep their result
("15/3/2024"), not their code ("DATE \\@ …").

Text in a legacy Vietnamese font (.VnTime = TCVN3, VNI-Times) is converted per run from its
font name, and a warning says so.
"""
from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from ..document import Document, DocumentBuilder
from ..errors import CorruptFile, EncryptedFile, UnsupportedFormat
from . import legacy_fonts

_HINT = "re-save it from Word or LibreOffice"
_CONVERT = "convert it: libreoffice --headless --convert-to docx FILE"
_JC = {0: "left", 1: "center", 2: "right", 3: "justify", 4: "justify", 5: "justify"}
# Characters with a meaning in the text stream ([MS-DOC] 2.8.25 and 2.4.4).
_PARA, _CELL, _LINE, _PAGE, _COLUMN = "\r", "\x07", "\x0b", "\x0c", "\x0e"
_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
_DROP = dict.fromkeys(map(ord, "\x00\x01\x02\x03\x04\x05\x06\x08\x1f"), None)
_DROP[0x1E] = "-"  # non-breaking hyphen
# Sprms read here (operand sizes come from the sprm code itself, see _sprms).
_SPRM_IN_TABLE, _SPRM_TTP, _SPRM_ITAP = 0x2416, 0x2417, 0x6649
_SPRM_INNER_TTP, _SPRM_INNER_CELL = 0x244C, 0x244B
_SPRM_JC80, _SPRM_JC = 0x2403, 0x2461
_SPRM_BOLD, _SPRM_FONT, _SPRM_SYMBOL = 0x0835, 0x4A4F, 0x6A09


def read_doc(data: bytes, path: str | None = None) -> Document:
    """Read a Word 97-2003 .doc file's bytes into a normalized Document."""
    word, table = _streams(data)
    fib = _Fib(word)
    text, fcs = _main_text(word, table, fib)
    paras = _Fkps(word, table, fib.fc_lcb(13), _papx)      # PlcfBtePapx
    chars = _Fkps(word, table, fib.fc_lcb(12), _chpx)      # PlcfBteChpx
    fonts = _font_names(table, *fib.fc_lcb(15))            # SttbfFfn
    b = DocumentBuilder("doc", data, path)
    legacy: set[str] = set()
    _Stories(b, text, fcs, paras, chars, fonts, legacy).walk(fib)
    for family in sorted(legacy):
        b.warn(f"doc: text in legacy Vietnamese {family} fonts converted to Unicode")
    return b.build()


def _streams(data: bytes) -> tuple[bytes, bytes]:
    """The WordDocument stream and the table stream it names, or a clear refusal."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - olefile raises plain OSError/struct errors
        raise CorruptFile("corrupt or truncated .doc (not a readable OLE2 container)",
                          hint=_HINT) from None
    try:
        if not ole.exists("WordDocument"):
            raise _not_word(ole)
        word = ole.openstream("WordDocument").read()
        if len(word) < 0x20:
            raise CorruptFile("corrupt .doc: the WordDocument stream is truncated", hint=_HINT)
        ident, nfib = struct.unpack_from("<HH", word, 0)
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if ident != 0xA5EC:
            raise CorruptFile("corrupt .doc: the WordDocument stream has no Word signature",
                              hint=_HINT)
        if nfib < 0xC0:
            version = "Word 6.0/95" if nfib >= 0x65 else "Word 2.x or older"
            raise UnsupportedFormat(f"{version} .doc file (before Word 97) is not supported",
                                    hint=_CONVERT)
        if flags & 0x0100 or flags & 0x8000:  # fEncrypted, fObfuscated
            raise EncryptedFile("password-protected Word .doc file",
                                hint="open it in Word, remove the password and save again")
        name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(name):
            raise CorruptFile(f"corrupt .doc: the {name} stream is missing", hint=_HINT)
        return word, ole.openstream(name).read()
    finally:
        ole.close()


def _not_word(ole) -> UnsupportedFormat:
    for stream, what in (("Workbook", "Excel 97-2003 workbook (.xls)"),
                         ("Book", "Excel 5 workbook (.xls)"),
                         ("PowerPoint Document", "PowerPoint 97-2003 file (.ppt)")):
        if ole.exists(stream):
            return UnsupportedFormat(f"{what} is not supported")
    return UnsupportedFormat("OLE2 file that is not a Word document is not supported")


class _Fib:
    """The File Information Block: story lengths and (fc, lcb) pointers into the table stream."""

    def __init__(self, word: bytes):
        try:
            csw = struct.unpack_from("<H", word, 0x20)[0]
            lw_at = 0x22 + 2 * csw
            cslw = struct.unpack_from("<H", word, lw_at)[0]
            self.lw = struct.unpack_from(f"<{cslw}i", word, lw_at + 2)
            blob_at = lw_at + 2 + 4 * cslw
            cb = struct.unpack_from("<H", word, blob_at)[0]
            self.pairs = struct.unpack_from(f"<{2 * cb}I", word, blob_at + 2)
        except struct.error:
            raise CorruptFile("corrupt .doc: the file information block is truncated",
                              hint=_HINT) from None
        if len(self.lw) < 11 or len(self.pairs) < 68:
            raise CorruptFile("corrupt .doc: the file information block is too short", hint=_HINT)

    def ccp(self, index: int) -> int:
        """Story lengths in FibRgLw97: 3 text, 4 footnotes, 5 headers, 7 comments,
        8 endnotes, 9 text boxes, 10 header text boxes."""
        return max(self.lw[index], 0)

    def fc_lcb(self, index: int) -> tuple[int, int]:
        return self.pairs[2 * index], self.pairs[2 * index + 1]


def _main_text(word: bytes, table: bytes, fib: _Fib) -> tuple[str, list[int]]:
    """Every character of every story in CP order, with the stream offset of each."""
    fc, lcb = fib.fc_lcb(33)  # Clx
    clx = table[fc:fc + lcb]
    if lcb == 0 or len(clx) != lcb:
        raise CorruptFile("corrupt .doc: the piece table is missing or truncated", hint=_HINT)
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers, skipped
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise CorruptFile("corrupt .doc: no piece table in the CLX", hint=_HINT)
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + size]
    n = (len(plc) - 4) // 12
    if n < 1 or len(plc) < 4 + 12 * n:
        raise CorruptFile("corrupt .doc: the piece table is truncated", hint=_HINT)
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    parts: list[str] = []
    fcs: list[int] = []
    for i in range(n):
        start, end = cps[i], cps[i + 1]
        if end < start or end - start > len(word):
            raise CorruptFile("corrupt .doc: the piece table is inconsistent", hint=_HINT)
        fc_raw = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        count = end - start
        if fc_raw & 0x40000000:  # 8-bit piece (cp1252)
            at = (fc_raw & 0x3FFFFFFF) // 2
            raw = word[at:at + count]
            text = raw.decode("cp1252", errors="replace")
            if "\ufffd" in text:  # the five bytes cp1252 leaves undefined
                text = raw.decode("latin-1")
            fcs.extend(range(at, at + len(raw)))
        else:
            at = fc_raw
            raw = word[at:at + 2 * count]
            text = raw[:len(raw) // 2 * 2].decode("utf-16-le", errors="replace")
            fcs.extend(range(at, at + 2 * len(text), 2))
        if len(text) != count:
            raise CorruptFile("corrupt .doc: a text piece lies outside the file", hint=_HINT)
        parts.append(text)
    return "".join(parts), fcs


def _sprms(grpprl: bytes):
    """(sprm, operand bytes) pairs of a property list; the operand size is in the sprm."""
    pos, end = 0, len(grpprl)
    while pos + 2 <= end:
        sprm = grpprl[pos] | grpprl[pos + 1] << 8
        pos += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm in (0xD608, 0xC615) and pos + 2 <= end:  # 2-byte length (table defs, tabs)
            size = (grpprl[pos] | grpprl[pos + 1] << 8) + (1 if sprm == 0xD608 else 0)
            pos += 1 if sprm == 0xC615 else 0
        elif pos < end:
            size = grpprl[pos] + 1
            yield sprm, grpprl[pos + 1:pos + size]
            pos += size
            continue
        else:
            return
        yield sprm, grpprl[pos:pos + size]
        pos += size


@dataclass(slots=True)
class _Para:
    in_table: bool = False
    row_end: bool = False
    depth: int = 0
    align: str | None = None


@dataclass(slots=True)
class _Chars:
    bold: bool = False
    font: int | None = None
    symbol: bool = False  # a symbol-font glyph (checkbox, arrow): no text


def _papx(page: bytes, i: int, crun: int) -> _Para:
    offset = page[4 * (crun + 1) + 13 * i] * 2
    para = _Para()
    if offset == 0:
        return para
    cb = page[offset]
    if cb == 0:
        size, start = 2 * page[offset + 1], offset + 2
    else:
        size, start = 2 * cb - 1, offset + 1
    for sprm, arg in _sprms(page[start + 2:start + size]):  # after the 2-byte istd
        if not arg:
            continue
        if sprm == _SPRM_IN_TABLE:
            para.in_table = arg[0] != 0
            para.depth = max(para.depth, 1 if arg[0] else 0)
        elif sprm in (_SPRM_TTP, _SPRM_INNER_TTP):
            para.row_end = para.row_end or arg[0] != 0
        elif sprm == _SPRM_ITAP and len(arg) == 4:
            para.depth = struct.unpack("<i", arg)[0]
            para.in_table = para.depth > 0
        elif sprm in (_SPRM_JC, _SPRM_JC80):
            para.align = _JC.get(arg[0])
    return para


def _chpx(page: bytes, i: int, crun: int) -> _Chars:
    offset = page[4 * (crun + 1) + i] * 2
    chars = _Chars()
    if offset == 0:
        return chars
    for sprm, arg in _sprms(page[offset + 1:offset + 1 + page[offset]]):
        if sprm == _SPRM_BOLD and arg:
            chars.bold = arg[0] in (1, 0x81)
        elif sprm == _SPRM_FONT and len(arg) == 2:
            chars.font = struct.unpack("<H", arg)[0]
        elif sprm == _SPRM_SYMBOL:
            chars.symbol = True
    return chars


class _Fkps:
    """Formatted disk pages (512 bytes each) of paragraph or character properties,
    looked up by the stream offset of a character."""

    def __init__(self, word: bytes, table: bytes, fc_lcb: tuple[int, int], decode):
        self.runs: list[tuple[int, int, object]] = []  # (fc start, fc end, props), sorted
        fc, lcb = fc_lcb
        plc = table[fc:fc + lcb]
        n = (len(plc) - 4) // 8
        if n < 1:
            return
        pns = struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))
        for pn in pns:
            page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            if len(page) < 512:
                continue
            crun = page[511]
            if 4 * (crun + 1) > 511:
                continue
            rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for i in range(crun):
                try:
                    props = decode(page, i, crun)
                except (IndexError, struct.error):
                    props = decode(b"\0" * 512, 0, 1)
                self.runs.append((rgfc[i], rgfc[i + 1], props))
        self.runs.sort(key=lambda r: r[0])
        self.starts = [r[0] for r in self.runs]

    def at(self, fc: int, default):
        if not self.runs:
            return default
        from bisect import bisect_right

        k = bisect_right(self.starts, fc) - 1
        if k >= 0 and self.runs[k][0] <= fc < self.runs[k][1]:
            return self.runs[k][2]
        return default


def _font_names(table: bytes, fc: int, lcb: int) -> dict[int, str]:
    """Font index → name from the SttbfFfn (FFN: 39 fixed bytes, then the UTF-16 name)."""
    sttb = table[fc:fc + lcb]
    names: dict[int, str] = {}
    if len(sttb) < 4:
        return names
    count = struct.unpack_from("<H", sttb, 0)[0]
    pos = 4
    for k in range(count):
        if pos >= len(sttb):
            break
        size = sttb[pos]
        ffn = sttb[pos + 1:pos + 1 + size]
        name = ffn[39:].decode("utf-16-le", errors="replace").split("\0", 1)[0]
        names[k] = name
        pos += 1 + size
    return names


class _Stories:
    """Turns the character stream into blocks: paragraphs, table cells, fields resolved."""

    def __init__(self, b: DocumentBuilder, text: str, fcs: list[int], paras: _Fkps,
                 chars: _Fkps, fonts: dict[int, str], legacy: set[str]):
        self.b, self.text, self.fcs = b, text, fcs
        self.paras, self.chars, self.fonts, self.legacy = paras, chars, fonts, legacy
        self.tables = 0
        # runs whose font comes from a style (not read here) are judged by content
        self.guess = legacy_fonts.detect(text)

    def walk(self, fib: _Fib) -> None:
        body = min(fib.ccp(3), len(self.text))
        ftn = fib.ccp(4)
        self.story(0, body, "para")
        # text boxes of the main story sit after footnotes, headers, comments and endnotes
        box_at = body + ftn + fib.ccp(5) + fib.ccp(7) + fib.ccp(8)
        self.story(box_at, min(box_at + fib.ccp(9), len(self.text)), "textbox")
        self.b.blank()
        self.story(body, min(body + ftn, len(self.text)), "footnote")

    def story(self, start: int, end: int, kind: str) -> None:
        if start >= end:
            return
        runs: list[tuple[str, _Chars]] = []
        fields: list[str] = []     # "instr" | "result" per open field
        row: list[list] = []       # cells of the table row being read: [runs-per-paragraph]
        cell: list[tuple[list, _Para]] = []
        table = None
        for cp in range(start, end):
            ch = self.text[cp]
            if ch == _FIELD_BEGIN:
                fields.append("instr")
                continue
            if ch == _FIELD_SEP:
                if fields:
                    fields[-1] = "result"
                continue
            if ch == _FIELD_END:
                if fields:
                    fields.pop()
                continue
            if ch in (_PARA, _CELL, _PAGE, _COLUMN):
                if "instr" in fields and ch == _PARA:
                    fields = []  # an unterminated field must not swallow the document
                para = self.paras.at(self.fcs[cp], _Para())
                if para.in_table:
                    if para.row_end:
                        self._row(row, table)
                        row, cell = [], []
                        table = table[0], table[1] + 1
                    else:
                        if table is None:
                            table = (self.tables, 0)
                            self.tables += 1
                        cell.append((runs, para))
                        if ch == _CELL and para.depth <= 1:
                            row.append(cell)
                            cell = []
                    runs = []
                    continue
                if table is not None:  # the table ended without its last row mark
                    self._row(row, table) if row or cell else None
                    if cell:
                        self._row([cell], table)
                    row, cell, table = [], [], None
                    self.b.blank()
                if ch == _PARA or runs:
                    self._para(runs, para, kind, None)
                runs = []
                continue
            if fields and "instr" in fields:
                continue
            if ch == _LINE:
                ch = "\n"
            props = self.chars.at(self.fcs[cp], None)
            if props is None or not props.symbol:
                runs.append((ch, props))
        if cell:
            row.append(cell)
        if row:
            self._row(row, table)
        if runs:
            self._para(runs, _Para(), kind, None)

    def _row(self, row: list, table) -> None:
        if table is None:
            return
        for c, cell in enumerate(row):
            self.b.blank()
            for runs, para in cell:
                self._para(runs, para, "cell", (table[0], table[1], c))

    def _para(self, runs: list, para: _Para, kind: str, table) -> None:
        text, bold = self._text(runs)
        if not text.strip():
            self.b.blank()
            return
        upper = text.upper() == text and any(ch.isalpha() for ch in text)
        self.b.add(text, kind=kind, table=table, align=para.align, bold=bold, caps=upper)

    def _text(self, runs: list) -> tuple[str, bool]:
        """The paragraph's text with legacy-font runs converted; bold if every letter is."""
        out: list[str] = []
        bold = True
        visible = False
        group: list[str] = []
        font = None
        for ch, props in runs + [("", _Chars(font=-1))]:
            name = self.fonts.get(props.font) if props is not None and props.font is not None \
                else None
            if name != font or not ch:
                out.append(self._convert("".join(group), font))
                group, font = [], name
            group.append(ch)
            if ch.strip():
                visible = True
                bold = bold and props is not None and props.bold
        return "".join(out).translate(_DROP), bold and visible

    def _convert(self, text: str, font: str | None) -> str:
        family = legacy_fonts.font_family(font)
        upper: bool | None = legacy_fonts.is_upper_font(font)
        if family is None and font is None and self.guess \
                and not legacy_fonts.has_unicode_vietnamese(text):
            family, upper = self.guess, None
        if family is None or not text:
            return text
        converted = legacy_fonts.convert(text, family, upper=upper)
        if converted != text:
            self.legacy.add(family)
        return converted
