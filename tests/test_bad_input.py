"""Bad input: every file khparse cannot read gets one plain stderr line, exit 1, empty stdout.

All broken files are built here at test time (from the samples or from scratch): damaged
.docx archives, hand-written PDFs (encrypted, page-less, image-only), decompression bombs
written as pre-compressed deflate blocks (2 GiB of XML in a ~2 MB file, built in well
under a second), and the same text in every encoding a Vietnamese office produces.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import random
import struct
import subprocess
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import khparse
from khparse.cli import app
from khparse.errors import KhparseError
from khparse.readers import DEFAULT_MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>')
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_HEAD = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>').encode()
DOC_TAIL = b"<w:sectPr/></w:body></w:document>"


def para(text: str) -> bytes:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>".encode()


def make_docx(paragraphs: list[str] | None = None, *, document: bytes | None = None) -> bytes:
    """A minimal valid .docx (or one whose document.xml is exactly ``document``)."""
    body = document if document is not None else DOC_HEAD + b"".join(
        para(p) for p in paragraphs or []) + DOC_TAIL
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", body)
    return buf.getvalue()


def rezip(data: bytes, repl: dict[str, bytes | None]) -> bytes:
    """Copy a zip, replacing members (or dropping those mapped to None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in repl:
                if repl[info.filename] is not None:
                    dst.writestr(info.filename, repl[info.filename])
            else:
                dst.writestr(info, src.read(info))
    return out.getvalue()


def make_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF from object bodies numbered 1..n (object 1 is the catalog), with a real xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


TEXT_CONTENT = (b"BT /F1 14 Tf 72 720 Td (UY BAN NHAN DAN TINH LAO CAI) Tj 0 -24 Td "
                b"(KE HOACH so 12/KH-UBND ngay 05/3/2024) Tj 0 -24 Td "
                b"(1. So Thong tin va Truyen thong chu tri thuc hien truoc ngay 31/12/2024.) Tj ET")


def text_pdf_objects(content: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(content),
    ]


def make_scanned_pdf() -> bytes:
    """One page that only paints an image: what a scanner without OCR produces."""
    w, h = 64, 64
    pixels = bytes((x * 4 + y) & 0xFF for y in range(h) for x in range(w))
    return make_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        stream(pixels, b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                       b"/ColorSpace /DeviceGray /BitsPerComponent 8 " % (w, h)),
        stream(b"q 500 0 0 700 40 70 cm /Im1 Do Q"),
    ])


def make_pageless_pdf() -> bytes:
    return make_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) & 0xFF])
    return bytes(out)


def make_encrypted_pdf(user_password: bytes, owner_password: bytes = b"owner") -> bytes:
    """A text PDF under the PDF standard security handler (RC4 40-bit, revision 2).

    With a non-empty user password nobody can read it without the password; with an
    empty one it is only 'protected' by permissions and any reader opens it.
    """
    pad = lambda pw: (pw + _PAD)[:32]  # noqa: E731
    file_id = hashlib.md5(b"khparse-test").digest()
    perms = -44
    o_entry = _rc4(hashlib.md5(pad(owner_password)).digest()[:5], pad(user_password))
    key = hashlib.md5(pad(user_password) + o_entry + struct.pack("<i", perms) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    objects = text_pdf_objects(TEXT_CONTENT)
    obj_key = hashlib.md5(key + (5).to_bytes(3, "little") + b"\0\0").digest()[:10]
    objects[4] = stream(_rc4(obj_key, TEXT_CONTENT))
    objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        o_entry.hex().encode(), u_entry.hex().encode(), perms))
    return make_pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(),
                                                                      file_id.hex().encode()))


# --- decompression bombs ----------------------------------------------------------------

def _gf2_times(mat: list[int], vec: int) -> int:
    total, i = 0, 0
    while vec:
        if vec & 1:
            total ^= mat[i]
        vec >>= 1
        i += 1
    return total


def _gf2_square(mat: list[int]) -> list[int]:
    return [_gf2_times(mat, mat[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """zlib's crc32_combine: the CRC of A+B from CRC(A), CRC(B) and len(B)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << (n - 1) for n in range(1, 32)]
    even = _gf2_square(odd)
    odd = _gf2_square(even)
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def _zip_member(name: bytes, method: int, crc: int, csize: int, usize: int, offset: int):
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize,
                        len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc,
                          csize, usize, len(name), 0, 0, 0, 0, 0, offset) + name
    return local, central


def write_bomb(path: Path, total: int = 2 << 30, declared: int | None = None) -> int:
    """A .docx whose word/document.xml inflates to ``total`` bytes (default 2 GiB).

    The deflate stream is one compressed 16 MiB block of paragraphs repeated: after a full
    flush deflate restarts from a clean state, so the compressed block is the same every
    time and the file is written in a few hundred milliseconds. ``declared`` puts a
    (lying) uncompressed size in the zip headers. Returns the true XML size.
    """
    unit = para("Kế hoạch triển khai thực hiện nhiệm vụ năm 2024")
    chunk = unit * ((16 << 20) // len(unit))
    repeats = max(1, (total - len(DOC_HEAD) - len(DOC_TAIL)) // len(chunk))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = comp.compress(DOC_HEAD) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.compress(DOC_TAIL) + comp.flush()
    crc_chunks, n, crc_block = 0, repeats, zlib.crc32(chunk)
    length_block, acc_len, acc_crc = len(chunk), 0, 0
    while n:  # CRC of chunk * repeats by doubling, never touching 2 GiB of data
        if n & 1:
            acc_crc = crc32_combine(acc_crc, crc_block, length_block)
            acc_len += length_block
        crc_block = crc32_combine(crc_block, crc_block, length_block)
        length_block *= 2
        n >>= 1
    crc_chunks = acc_crc
    crc = crc32_combine(zlib.crc32(DOC_HEAD), crc_chunks, acc_len)
    crc = crc32_combine(crc, zlib.crc32(DOC_TAIL), len(DOC_TAIL))
    usize = len(DOC_HEAD) + acc_len + len(DOC_TAIL)
    csize = len(head) + len(block) * repeats + len(tail)
    with open(path, "wb") as fh:
        centrals = []
        for name, data in ((b"[Content_Types].xml", CONTENT_TYPES), (b"_rels/.rels", ROOT_RELS)):
            local, central = _zip_member(name, 0, zlib.crc32(data), len(data), len(data), fh.tell())
            fh.write(local + data)
            centrals.append(central)
        local, central = _zip_member(b"word/document.xml", 8, crc, csize,
                                     usize if declared is None else declared, fh.tell())
        fh.write(local + head)
        for _ in range(repeats):
            fh.write(block)
        fh.write(tail)
        centrals.append(central)
        cd_start = fh.tell()
        for c in centrals:
            fh.write(c)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(centrals), len(centrals),
                             fh.tell() - cd_start, cd_start, 0))
    return usize


def test_bomb_builder_writes_a_valid_deflate_stream(tmp_path):
    """The trick the bombs rely on (repeated flushed blocks + combined CRC) is sound."""
    p = tmp_path / "small.docx"
    size = write_bomb(p, total=40 << 20)
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("word/document.xml")
        assert info.file_size == size > 32 << 20
        data = zf.read("word/document.xml")  # checks the CRC too
    assert data.startswith(DOC_HEAD) and data.endswith(DOC_TAIL)
    assert p.stat().st_size < size / 200


# --- encodings ---------------------------------------------------------------------------

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode the way Windows-1258 writes Vietnamese: base letter (â, ơ… precomposed) + tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------

runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, list(args))


def assert_refused(path: Path, kinds: set[str], *words: str) -> str:
    """The library raises one of ``kinds``; the CLI prints one line naming the file, exit 1."""
    with pytest.raises(KhparseError) as info:
        khparse.parse(path)
    assert info.value.kind in kinds, (info.value.kind, str(info.value))
    res = cli("extract", str(path))
    assert res.exit_code == 1, (res.exit_code, res.stderr, res.exception)
    assert res.stdout == ""
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"khparse: {path}: "), res.stderr
    assert "Traceback" not in res.stderr
    low = lines[0].lower()
    for w in words:
        assert w.lower() in low, (w, lines[0])
    assert bracket_depth(lines[0][len(f"khparse: {path}: "):]) <= 1, lines[0]
    return lines[0]


def bracket_depth(line: str) -> int:
    """How deep parentheses nest: a hint in brackets holding brackets reads badly."""
    depth = deepest = 0
    for ch in line:
        depth += (ch == "(") - (ch == ")")
        deepest = max(deepest, depth)
    return deepest


def test_bracket_depth():
    assert bracket_depth("PNG image, not a document (run OCR first (e.g. ocrmypdf))") == 2
    assert bracket_depth("file is empty (nothing to parse)") == 1


def plan_key(plan_or_json) -> dict:
    """A Plan's JSON without what legitimately differs between copies of one document."""
    d = plan_or_json if isinstance(plan_or_json, dict) else plan_or_json.model_dump(mode="json")
    d = json.loads(json.dumps(d))
    for k in ("sha256", "format", "path", "size"):
        d["source"].pop(k, None)
    return d


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# ---------------------------------------------------------------------------------------
# Paths, empty files, unsupported formats
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""), ("empty.docx", b""), ("empty.pdf", b""), ("noext", b""),
    ("blank.txt", b"  \n\r\n\t \n"), ("blank-utf16.txt", codecs.BOM_UTF16_LE + " \n \n".encode("utf-16-le")),
])
def test_empty_files_of_every_type(tmp_path, name, data):
    assert_refused(write(tmp_path, name, data), {"empty"}, "empty" if "utf16" not in name else "no text")


def test_valid_docx_without_text_is_empty(tmp_path):
    assert_refused(write(tmp_path, "blank.docx", make_docx(["", "   "])), {"empty"}, "no text")


def test_missing_path_and_directory(tmp_path):
    assert_refused(tmp_path / "nope.pdf", {"not_found"}, "no such file")
    assert_refused(tmp_path, {"not_found"}, "directory", "batch")


def test_file_name_that_is_not_utf8(tmp_path):
    """A name with undecodable bytes (old archives) is shown with U+FFFD, not a crash."""
    raw = os.fsencode(tmp_path) + b"/k\xe9 ho\xe1ch.txt"
    with open(raw, "wb") as fh:
        fh.write((SAMPLES / "seed004.txt").read_bytes())
    res = cli("extract", os.fsdecode(raw))
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["source"]["path"].endswith("k\ufffd ho\ufffdch.txt")
    empty = os.fsencode(tmp_path) + b"/r\xf6ng.pdf"
    open(empty, "wb").close()
    res = cli("extract", os.fsdecode(empty))
    assert res.exit_code == 1 and "r\ufffdng.pdf: file is empty" in res.stderr


def test_file_the_os_will_not_open(tmp_path):
    """open() failing (here: a UNIX socket, which even root cannot open) is one plain line."""
    import socket

    p = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(p))
        assert_refused(p, {"not_found"}, "cannot read file")
    if os.geteuid() != 0:  # root reads files whatever their mode
        q = write(tmp_path, "locked.txt", b"Ke hoach")
        q.chmod(0)
        assert_refused(q, {"not_found"}, "permission denied")


@pytest.mark.parametrize("name,data,words", [
    ("logo.gif", b"GIF89a" + bytes(200), ("gif", "png, jpeg or tiff")),
    ("letter.rtf", rb"{\rtf1\ansi K\'e9 ho\'e1ch}", ("rtf", "convert")),
    ("sheet.xlsx", None, ("excel",)),
    ("notes.odt", None, ("opendocument", "convert")),
    ("bundle.zip", None, ("zip archive",)),
])
def test_unsupported_formats(tmp_path, name, data, words):
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            if name.endswith(".xlsx"):
                zf.writestr("xl/workbook.xml", "<workbook/>")
            elif name.endswith(".odt"):
                zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
                zf.writestr("content.xml", "<office:document-content/>")
            else:
                zf.writestr("a.txt", "Kế hoạch")
        data = buf.getvalue()
    assert_refused(write(tmp_path, name, data), {"unsupported"}, *words)


@pytest.mark.parametrize("name,data,words", [
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(200), ("png image",)),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(200), ("jpeg image",)),
])
def test_broken_images(tmp_path, name, data, words):
    """A page image is read by OCR; one that is not really an image is corrupt (or, without
    Tesseract, says OCR is needed)."""
    assert_refused(write(tmp_path, name, data), {"corrupt", "ocr_unavailable"}, *words)


def test_password_protected_docx(tmp_path):
    """Word saves an encrypted .docx as an OLE2 file with an EncryptedPackage stream."""
    entry = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0")
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + entry + bytes(3000)
    assert_refused(write(tmp_path, "secret.docx", data), {"encrypted"}, "password", "remove")


@pytest.mark.parametrize("name", ["random.pdf", "random.txt", "random.docx", "random"])
def test_random_bytes(tmp_path, name):
    data = random.Random(name).randbytes(4096)
    kinds = {"corrupt"} if name.endswith((".pdf", ".docx")) else {"unsupported"}
    words = ("not a valid",) if kinds == {"corrupt"} else ("binary",)
    assert_refused(write(tmp_path, name, data), kinds, *words)


# ---------------------------------------------------------------------------------------
# Damaged .docx and misnamed files
# ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def good_docx() -> bytes:
    return (SAMPLES / "seed004_docx.docx").read_bytes()


def test_truncated_docx(tmp_path, good_docx):
    for cut in (len(good_docx) // 2, 100, 30):
        assert_refused(write(tmp_path, f"cut{cut}.docx", good_docx[:cut]), {"corrupt"}, ".docx")


def test_docx_with_garbage_after_zip_signature(tmp_path):
    data = b"PK\x03\x04" + random.Random(1).randbytes(3000)
    assert_refused(write(tmp_path, "garbage.docx", data), {"corrupt"}, "zip")


def test_docx_without_document_xml(tmp_path, good_docx):
    data = rezip(good_docx, {"word/document.xml": None})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "word/document.xml" not in zf.namelist() and "[Content_Types].xml" in zf.namelist()
    assert_refused(write(tmp_path, "nodoc.docx", data), {"corrupt"}, "word/document.xml")


@pytest.mark.parametrize("xml", [
    DOC_HEAD + para("Kế hoạch số 12/KH-UBND") + "<w:p><w:r><w:t>không đóng".encode(),  # cut
    b"<w:document><w:body><w:p>undeclared prefix</w:p></w:body></w:document>",
    DOC_HEAD + b"<w:p><w:r><w:t>a &bogus; b</w:t></w:r></w:p>" + DOC_TAIL,
    b"\x00\x01\x02 this is not XML at all",
], ids=["truncated", "bad-namespace", "bad-entity", "binary"])
def test_docx_with_malformed_xml(tmp_path, xml):
    assert_refused(write(tmp_path, "badxml.docx", make_docx(document=xml)), {"corrupt"})


def test_docx_xml_with_entity_expansion_is_not_expanded(tmp_path):
    """'Billion laughs' inside document.xml: refused or read without expanding entities."""
    lol = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
           + b"".join(b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10)
                      for i in range(8))
           + b']>' + DOC_HEAD[DOC_HEAD.index(b"<w:document"):] + para("&i;")
           + DOC_TAIL)
    p = write(tmp_path, "lol.docx", make_docx(document=lol))
    res = cli("extract", str(p))
    assert res.exit_code in (0, 1) and "Traceback" not in res.stderr
    assert len(res.stdout) < 1_000_000  # 10^9 'a's were never produced


def test_pdf_named_docx_and_docx_named_pdf_are_parsed_by_content(tmp_path):
    for src, name, fmt in (("seed004_pdf.pdf", "really-a-pdf.docx", "pdf"),
                           ("seed004_docx.docx", "really-a-docx.pdf", "docx")):
        original = SAMPLES / src
        p = write(tmp_path, name, original.read_bytes())
        res = cli("extract", str(p))
        assert res.exit_code == 0, res.stderr
        plan = json.loads(res.stdout)
        assert plan["source"]["format"] == fmt
        assert plan_key(plan) == plan_key(khparse.parse(original))


def test_text_named_pdf_is_read_as_text(tmp_path):
    p = write(tmp_path, "export.pdf", (SAMPLES / "seed004.txt").read_bytes())
    assert khparse.read(p).text == khparse.read(SAMPLES / "seed004.txt").text


# ---------------------------------------------------------------------------------------
# PDFs: encrypted, no pages, scanned, truncated
# ---------------------------------------------------------------------------------------

def test_encrypted_pdf_says_decrypt_first(tmp_path):
    line = assert_refused(write(tmp_path, "secret.pdf", make_encrypted_pdf(b"s3cret")),
                          {"encrypted"}, "encrypted", "decrypt")
    assert "s3cret" not in line


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    """Permissions-only 'protection' (empty user password) does not stop reading."""
    doc = khparse.read(write(tmp_path, "perms.pdf", make_encrypted_pdf(b"")))
    assert "KE HOACH so 12/KH-UBND" in doc.text


def test_hand_written_text_pdf_is_read(tmp_path):
    """The PDF builder itself makes readable files: the refusals below are about content."""
    doc = khparse.read(write(tmp_path, "plain.pdf", make_pdf(text_pdf_objects(TEXT_CONTENT))))
    assert "UY BAN NHAN DAN TINH LAO CAI" in doc.text


def test_text_command_refuses_the_same_way(tmp_path):
    p = write(tmp_path, "secret.pdf", make_encrypted_pdf(b"pw"))
    res = cli("text", str(p))
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr == cli("extract", str(p)).stderr


def test_pdf_without_pages(tmp_path):
    assert_refused(write(tmp_path, "nopages.pdf", make_pageless_pdf()), {"empty", "corrupt"}, "pdf")


def test_scanned_pdf_says_no_text_layer(tmp_path):
    line = assert_refused(write(tmp_path, "scan.pdf", make_scanned_pdf()), {"no_text"}, "text")
    assert "scan" in line.lower() or "ocr" in line.lower()


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_truncated_pdf_is_read_or_refused_plainly(tmp_path, cut):
    data = (SAMPLES / "seed004_pdf.pdf").read_bytes()
    p = write(tmp_path, "cut.pdf", data[: int(len(data) * cut)])
    res = cli("extract", str(p))
    if res.exit_code == 0:
        json.loads(res.stdout)
    else:
        assert res.exit_code == 1 and res.stdout == "", (res.exit_code, res.stderr)
        assert res.stderr.startswith(f"khparse: {p}: ") and len(res.stderr.splitlines()) == 1


# ---------------------------------------------------------------------------------------
# Decompression bombs (memory and time measured in a child process)
# ---------------------------------------------------------------------------------------

_PROBE = r"""
import resource, sys, zipfile
import khparse
from khparse.errors import KhparseError
inflated, zip_read = [0], zipfile.ZipExtFile.read

def counting_read(self, n=-1):
    data = zip_read(self, n)
    inflated[0] += len(data)
    return data

zipfile.ZipExtFile.read = counting_read
try:
    khparse.read(sys.argv[1])
    kind, msg = "ok", ""
except KhparseError as exc:
    kind, msg = exc.kind, str(exc)
print(kind, inflated[0], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, msg, sep="\t")
"""


def probe(path: Path) -> tuple[str, int, int, str]:
    """(kind, bytes inflated, peak RSS in MiB, message) of khparse.read in a fresh process.

    Bytes inflated, not seconds, say whether a bomb was refused before it went off: the
    count does not depend on how busy the machine is.
    """
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    kind, inflated, rss, msg = out.stdout.rstrip("\n").split("\t")
    return kind, int(inflated), int(rss), msg


@pytest.fixture(scope="module")
def baseline_rss() -> int:
    kind, _, rss, msg = probe(SAMPLES / "seed004_docx.docx")
    assert kind == "ok", msg
    return rss


@pytest.mark.parametrize("declared", [None, 20_000],
                         ids=["honest-2GiB", "header-lies"])
def test_docx_bomb_is_refused_fast_with_low_memory(tmp_path, baseline_rss, declared):
    p = tmp_path / "bomb.docx"
    real = write_bomb(p, declared=declared)
    assert real > 1.9 * 2**30 and p.stat().st_size < 8 << 20
    kind, inflated, rss, msg = probe(p)
    assert kind in {"too_large", "corrupt"}, msg
    assert msg.startswith(f"{p}: ")
    assert inflated <= 1 << 20, f"inflated {inflated} bytes of the 2 GiB before refusing"
    assert rss < baseline_rss + 150, f"peak RSS {rss} MiB vs {baseline_rss} MiB reading a normal .docx"
    res = cli("extract", str(p))
    assert res.exit_code == 1 and res.stdout == "" and len(res.stderr.splitlines()) == 1


# ---------------------------------------------------------------------------------------
# Encodings: the same text in every encoding gives the same Plan
# ---------------------------------------------------------------------------------------

def _variants(text: str) -> dict[str, bytes]:
    nfd = unicodedata.normalize("NFD", text)
    return {
        "utf16le-bom": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf16be-bom": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf16le": text.encode("utf-16-le"),
        "utf16be": text.encode("utf-16-be"),
        "utf8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "cp1258": to_cp1258(text),
        "nfd": nfd.encode("utf-8"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cp1258-crlf": to_cp1258(text.replace("\n", "\r\n")),
    }


@pytest.fixture(scope="module", params=["seed004.txt", "seed002.txt"])
def base_text(request):
    raw = (SAMPLES / request.param).read_bytes()
    return raw.decode("utf-8"), plan_key(khparse.parse(raw)), khparse.read(raw).text


@pytest.mark.parametrize("variant", list(_variants("x")))
def test_encodings_parse_to_the_same_plan(base_text, variant, tmp_path):
    text, key, norm = base_text
    data = _variants(text)[variant]
    assert data != text.encode("utf-8")
    doc = khparse.read(data)
    assert doc.text == norm
    assert plan_key(khparse.parse_document(doc)) == key


def test_cp1258_encoding_really_uses_combining_tones():
    data = to_cp1258("Ủy ban nhân dân tỉnh")
    assert b"\xd2" in data or b"\xde" in data or b"\xf2" in data  # cp1258 hook-above/dot marks
    assert data.decode("cp1258") != unicodedata.normalize("NFC", data.decode("cp1258"))


def test_other_8bit_encodings_are_not_taken_for_cp1258():
    ru = "Правительство утвердило план мероприятий по развитию цифровой экономики на год."
    fr = "Le conseil a décidé de créer un comité chargé de l'élaboration du budget annuel."
    assert khparse.read(ru.encode("cp1251")).text == ru
    assert khparse.read(fr.encode("cp1252")).text == fr


def test_utf8_with_one_damaged_byte_stays_utf8():
    text = (SAMPLES / "seed004.txt").read_text("utf-8")
    data = bytearray(text.encode("utf-8"))
    data[len(data) // 2] = 0xFF
    doc = khparse.read(bytes(data))
    assert "Ủy ban" in doc.text or "UBND" in doc.text
    assert any("undecodable" in w for w in doc.warnings)


# ---------------------------------------------------------------------------------------
# Size limits
# ---------------------------------------------------------------------------------------

def test_default_size_limit_is_50_mb_and_documented():
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024
    assert "default 50" in cli("extract", "--help").stdout
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "--max-size" in readme and "50 MB" in readme


def test_file_over_max_size_names_limit_and_option(tmp_path):
    text = (SAMPLES / "seed002.txt").read_bytes()
    p = write(tmp_path, "big.txt", text)  # 36 KB, over a 0.03 MB (31 KB) limit
    res = cli("extract", "--max-size", "0.03", str(p))
    assert res.exit_code == 1 and res.stdout == ""
    line = res.stderr.strip()
    assert line.startswith(f"khparse: {p}: ") and "0.03 MB" in line and "--max-size" in line
    assert cli("extract", "--max-size", "0.04", str(p)).exit_code == 0
    with pytest.raises(KhparseError) as info:
        khparse.read(p, max_bytes=30_000)
    assert info.value.kind == "too_large"


def test_stdin_over_max_size_is_refused_without_reading_it_all():
    res = runner.invoke(app, ["extract", "--max-size", "0.01", "-"], input=b"a" * 50_000)
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.startswith("khparse: <stdin>: ") and "--max-size" in res.stderr


@pytest.mark.parametrize("value", ["0", "-5"])
def test_nonsense_max_size_is_a_usage_error(value):
    res = cli("extract", "--max-size", value, str(SAMPLES / "seed004.txt"))
    assert res.exit_code == 2 and res.stdout == "" and "--max-size" in res.stderr


@pytest.mark.parametrize("value", ["abc", "1e6", "-5", "0", "50MB", "1.5"])
def test_nonsense_khparse_max_bytes_is_a_usage_error_stating_the_rule(monkeypatch, tmp_path, value):
    monkeypatch.setenv("KHPARSE_MAX_BYTES", value)
    seed = str(SAMPLES / "seed004.txt")
    for args in (["extract", seed], ["text", seed], ["batch", str(SAMPLES), "-o", str(tmp_path / "o")]):
        res = cli(*args)
        assert res.exit_code == 2 and res.stdout == "", (args, res.exit_code, res.stderr)
        assert res.stderr == (f"khparse: KHPARSE_MAX_BYTES must be a positive whole number of "
                              f"bytes, not {value!r} (e.g. KHPARSE_MAX_BYTES=104857600 for "
                              f"100 MB, or use --max-size MB)\n")
    assert not (tmp_path / "o").exists()  # refused before any worker started
    with pytest.raises(KhparseError) as info:
        khparse.parse(seed)
    assert (info.value.kind, info.value.exit_code) == ("usage", 2)
    assert cli("extract", "--max-size", "1", seed).exit_code == 0  # the option wins


def test_khparse_max_bytes_zero_is_refused_like_max_size_zero(monkeypatch):
    seed = str(SAMPLES / "seed004.txt")
    by_option = cli("extract", "--max-size", "0", seed)
    monkeypatch.setenv("KHPARSE_MAX_BYTES", "0")
    by_env = cli("extract", seed)
    assert by_option.exit_code == by_env.exit_code == 2
    assert by_option.stdout == by_env.stdout == ""


def test_khparse_max_bytes_sets_the_limit_for_extract_and_batch(monkeypatch, tmp_path):
    seed = SAMPLES / "seed004.txt"  # 7390 bytes
    monkeypatch.setenv("KHPARSE_MAX_BYTES", "7000")
    res = cli("extract", str(seed))
    assert res.exit_code == 1 and "over the 7000 bytes input limit" in res.stderr
    arc = tmp_path / "arc"
    arc.mkdir()
    (arc / "a.txt").write_bytes(seed.read_bytes())
    (arc / "b.txt").write_bytes((SAMPLES / "seed001.txt").read_bytes()[:6000])
    res = cli("batch", str(arc), "-o", str(tmp_path / "out"), "--jobs", "1", "-q")
    assert res.exit_code == 1
    report = json.loads((tmp_path / "out" / "_khparse" / "report.json").read_text("utf-8"))
    assert [(f["file"], f["kind"]) for f in report["failures"]] == [("a.txt", "too_large")]
    monkeypatch.setenv("KHPARSE_MAX_BYTES", " 7390 ")
    assert cli("extract", str(seed)).exit_code == 0


# ---------------------------------------------------------------------------------------
# --debug, internal errors, batch
# ---------------------------------------------------------------------------------------

def test_traceback_only_with_debug(tmp_path):
    p = write(tmp_path, "empty.pdf", b"")
    plain = subprocess.run([sys.executable, "-m", "khparse", "extract", str(p)],
                           capture_output=True, text=True, timeout=60)
    assert plain.returncode == 1 and plain.stdout == "" and "Traceback" not in plain.stderr
    assert plain.stderr == f"khparse: {p}: file is empty (nothing to parse)\n"
    debug = subprocess.run([sys.executable, "-m", "khparse", "extract", "--debug", str(p)],
                           capture_output=True, text=True, timeout=60)
    assert debug.returncode != 0 and debug.stdout == ""
    assert "Traceback" in debug.stderr and "EmptyInput" in debug.stderr


def test_a_bug_is_exit_3_with_one_line(monkeypatch, tmp_path):
    import khparse.pipeline as pipeline

    def boom(doc):
        raise ZeroDivisionError("simulated\nbug")
    monkeypatch.setattr(pipeline, "parse_document", boom)
    res = cli("extract", str(SAMPLES / "seed004.txt"))
    assert res.exit_code == 3 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "internal error" in res.stderr and "--debug" in res.stderr


def test_reader_crash_on_damaged_file_becomes_corrupt_file(monkeypatch, tmp_path):
    """A library exception inside a reader names the file instead of escaping."""
    import khparse.readers.txt as txt

    def crash(data, path=None):
        raise struct.error("unpack requires a buffer of 4 bytes")
    monkeypatch.setattr(txt, "read_txt", crash)
    p = write(tmp_path, "x.txt", b"Ke hoach 12/KH-UBND")
    assert_refused(p, {"corrupt"}, "unpack requires", "--debug")


def test_batch_records_the_errors_and_goes_on(tmp_path, good_docx):
    src = tmp_path / "archive"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_bytes((SAMPLES / "seed004.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "sub" / "cut.docx").write_bytes(good_docx[: len(good_docx) // 2])
    (src / "sub" / "secret.pdf").write_bytes(make_encrypted_pdf(b"pw"))
    (src / "scan.pdf").write_bytes(make_scanned_pdf())
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "khparse", "batch", str(src), "-o", str(out), "-j", "1"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1, res.stderr[-2000:]
    assert "Traceback" not in res.stderr
    assert (out / "good.txt.json").exists()
    report = json.loads((out / "_khparse" / "report.json").read_text("utf-8"))
    text = json.dumps(report, ensure_ascii=False)
    for name, kind in (("empty.txt", "empty"), ("sub/cut.docx", "corrupt"),
                       ("sub/secret.pdf", "encrypted"), ("scan.pdf", "no_text")):
        assert name in text and kind in text, (name, kind, text[:1500])
