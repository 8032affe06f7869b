"""Property tests: arbitrary text and bytes never crash khparse, and every span is exact.

Readers (read_txt, read_docx, read_pdf, khparse.read) get arbitrary bytes and mutations of
real .docx/.pdf files; the extractors (through ``parse_document``) get arbitrary text and
DocumentBuilder-built documents with random layout hints. The text strategies are biased
toward Vietnamese administrative language: lines and words of samples/*.txt recombined,
with random unicode mixed in. Only KhparseError subclasses may come out.

Budgets are small for CI (about 50 examples per property); bench/fuzz.py runs the same
properties with a long budget.
"""
from __future__ import annotations

import io
import os
import unicodedata
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import khparse
from khparse.document import Document, DocumentBuilder
from khparse.errors import KhparseError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# bench/fuzz.py raises these through the environment for long runs.
EXAMPLES = int(os.environ.get("KHPARSE_PROPERTY_EXAMPLES", "50"))
DEADLINE_MS = os.environ.get("KHPARSE_PROPERTY_DEADLINE_MS")
CI = settings(max_examples=EXAMPLES, deadline=int(DEADLINE_MS) if DEADLINE_MS else None,
              derandomize=os.environ.get("KHPARSE_PROPERTY_RANDOM") != "1",
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- the corpus the strategies recombine ------------------------------------------------

LINES = sorted({ln.strip() for p in sorted(SAMPLES.glob("*.txt"))
                for ln in p.read_text("utf-8").splitlines() if ln.strip()})
WORDS = sorted({w for ln in LINES for w in ln.split()})
# Cues the extractors look for, so random recombinations hit their code paths.
CUES = ["I.", "II.", "1.", "1.1.", "a)", "-", "+", "Điều 1.", "PHẦN I", "PHỤ LỤC", "Kính gửi:",
        "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Số:", "V/v", "ngày", "tháng", "năm",
        "trước ngày", "31/12/2025", "quý I/2024", "6 tháng đầu năm", "80%", "trên 95 %", "100%",
        "chủ trì", "phối hợp", "Sở Y tế", "UBND các huyện", "Quyết định số 12/QĐ-UBND",
        "Kế hoạch số 2234/KH-UBND", "**", "\t", "  ", "(", ")", "“", "”", ":", ";", "…"]

vi_word = st.sampled_from(WORDS + CUES)
vi_line = st.one_of(
    st.sampled_from(LINES),
    st.lists(vi_word, min_size=1, max_size=14).map(" ".join),
    st.tuples(st.sampled_from(LINES), st.integers(0, 200), st.integers(0, 200)).map(
        lambda t: t[0][min(t[1], t[2]):max(t[1], t[2])]),  # a cut piece of a line
)
noise_line = st.text(st.characters(codec="utf-8"), max_size=30)
mixed_line = st.one_of(vi_line, vi_line, vi_line, noise_line,
                       st.tuples(vi_line, noise_line, vi_line).map("".join))
doc_text = st.lists(st.one_of(mixed_line, st.just("")), min_size=0, max_size=40).map("\n".join)
text_forms = st.sampled_from(["NFC", "NFD", "crlf", "plain"])


def shape(text: str, form: str) -> str:
    if form in ("NFC", "NFD"):
        return unicodedata.normalize(form, text)
    return text.replace("\n", "\r\n") if form == "crlf" else text


# --- span checks ---------------------------------------------------------------------------

def walk(node, path="plan"):
    if isinstance(node, dict):
        if node.get("span") is not None:
            yield path, node
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")


def check_document(doc: Document) -> None:
    assert isinstance(doc.text, str)
    n = len(doc.text)
    last = 0
    for b in doc.blocks:
        assert last <= b.start <= b.end <= n, (b, n)
        assert doc.text[b.start:b.end].strip(), b
        last = b.end


def check_plan(doc: Document, plan) -> None:
    text, n = doc.text, len(doc.text)
    data = plan.model_dump(mode="json")
    for path, item in walk(data):
        a, b = item["span"]
        assert 0 <= a <= b <= n, (path, a, b, n)
        expected = item.get("text", item.get("heading"))
        if isinstance(expected, str):
            assert text[a:b] == expected, (path, text[a:b], expected)
        if item.get("body_span") is not None:
            s, e = item["body_span"]
            assert 0 <= s <= a and b <= e <= n, (path, item["body_span"])
    for body in data["bodies"]:
        for a, b in body["mentions"]:
            assert 0 <= a <= b <= n, (body["name"], a, b)
    for field, (a, b) in data["document"]["spans"].items():
        assert 0 <= a <= b <= n, field


def read_or_refuse(fn, *args):
    """fn(*args), where a KhparseError is an acceptable answer (None), anything else fails."""
    try:
        return fn(*args)
    except KhparseError as exc:
        assert str(exc) and exc.kind, exc
        return None


# --- extractors: arbitrary text ------------------------------------------------------------

@CI
@given(doc_text, text_forms)
@example("Số: /KH-UBND\nngày   tháng 9 năm 2022\nI. MỤC ĐÍCH\n1. Sở Y tế chủ trì.", "plain")
@example("**\n**\n-\n+\na)\n1.\nI.", "plain")
def test_any_text_parses_with_exact_spans(text, form):
    doc = read_or_refuse(khparse.read, shape(text, form).encode("utf-8"))
    if doc is None:
        return
    check_document(doc)
    check_plan(doc, khparse.parse_document(doc))


block_hints = st.fixed_dictionaries({}, optional={
    "bold": st.booleans(), "italic": st.booleans(), "caps": st.booleans(),
    "align": st.sampled_from(["left", "center", "right", "justify"]),
    "style": st.sampled_from(["Heading 1", "Heading 2", "Title", "List Paragraph", "Normal"]),
    "list_label": st.sampled_from(["I.", "1.", "a)", "-", "+", "1.1.", "Điều 1."]),
    "kind": st.sampled_from(["para", "cell", "footnote", "endnote", "textbox"]),
    "page": st.integers(1, 5),
    "table": st.tuples(st.integers(0, 2), st.integers(0, 5), st.integers(0, 3)),
    "font_size": st.sampled_from([10.0, 13.0, 14.0, 16.0]),
})


@CI
@given(st.lists(st.tuples(mixed_line, block_hints, st.booleans()), max_size=30),
       st.sampled_from(["txt", "docx", "pdf"]))
def test_builder_documents_parse_with_exact_spans(blocks, fmt):
    b = DocumentBuilder(fmt, b"x", None)
    for raw, hints, blank in blocks:
        if blank:
            b.blank()
        b.add(raw, **hints)
    doc = b.build()
    check_document(doc)
    check_plan(doc, khparse.parse_document(doc))


@CI
@given(doc_text)
def test_outline_is_well_formed(text):
    from khparse.sections import build_outline

    doc = read_or_refuse(khparse.read, text.encode("utf-8"))
    if doc is None:
        return
    outline = build_outline(doc)
    n = len(doc.text)
    assert 0 <= outline.header_end <= n and 0 <= outline.body_end <= n
    for s in outline.all_sections():
        a, b = s.span
        assert 0 <= s.body_span[0] <= a <= b <= s.body_span[1] <= n
        assert doc.text[a:b] == s.heading


# --- readers: arbitrary bytes --------------------------------------------------------------

def _mutations(base: bytes) -> st.SearchStrategy[bytes]:
    """Truncations, byte flips and spliced noise of a real file."""
    n = len(base)
    cut = st.integers(0, n).map(lambda i: base[:i])
    flips = st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, 255)), min_size=1, max_size=20).map(
        lambda fl: bytes(_flip(base, fl)))
    splice = st.tuples(st.integers(0, n), st.integers(0, n), st.binary(max_size=64)).map(
        lambda t: base[:min(t[0], t[1])] + t[2] + base[max(t[0], t[1]):])
    return st.one_of(cut, flips, splice)


def _flip(base: bytes, flips) -> bytearray:
    out = bytearray(base)
    for i, v in flips:
        out[i] = v
    return out


def _docx_with(xml: bytes, src: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, xml if info.filename == "word/document.xml" else zin.read(info))
    return out.getvalue()


# The smallest real files in CI; every sample in long fuzzing runs.
_ALL = os.environ.get("KHPARSE_PROPERTY_ALL_SAMPLES") == "1"
DOCXS = [p.read_bytes() for p in sorted(SAMPLES.glob("*.docx")) if _ALL or p.name.startswith("seed001")]
PDFS = [p.read_bytes() for p in sorted(SAMPLES.glob("*.pdf")) if _ALL or p.name.startswith("seed001")]


def _damaged_xml(src: bytes) -> st.SearchStrategy[bytes]:
    xml = zipfile.ZipFile(io.BytesIO(src)).read("word/document.xml")
    return _mutations(xml).map(lambda x: _docx_with(x, src))  # a valid zip around damaged XML


docx_bytes = st.one_of(
    st.sampled_from(DOCXS).flatmap(_mutations),
    st.sampled_from(DOCXS).flatmap(_damaged_xml),
    st.binary(max_size=2048).map(lambda b: b"PK\x03\x04" + b),
)
pdf_bytes = st.one_of(st.sampled_from(PDFS).flatmap(_mutations),
                      st.binary(max_size=2048).map(lambda b: b"%PDF-1.4\n" + b))
text_bytes = st.one_of(
    st.binary(max_size=4096),
    st.tuples(doc_text, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig",
                                         "cp1258", "cp1252", "utf-32"])).map(
        lambda t: t[0].encode(t[1], errors="replace")),
)
any_bytes = st.one_of(st.binary(max_size=4096), text_bytes, docx_bytes, pdf_bytes)


@CI
@given(text_bytes)
def test_read_txt_never_crashes(data):
    from khparse.readers.txt import read_txt

    doc = read_or_refuse(read_txt, data)
    if doc is not None:
        check_document(doc)


@CI
@given(docx_bytes)
def test_read_docx_never_crashes(data):
    from khparse.readers.docx import read_docx

    doc = read_or_refuse(read_docx, data)
    if doc is not None:
        check_document(doc)


@CI
@given(pdf_bytes)
def test_read_pdf_never_crashes(data):
    from khparse.readers.pdf import read_pdf

    doc = read_or_refuse(read_pdf, data)
    if doc is not None:
        check_document(doc)


@CI
@given(any_bytes)
def test_read_any_bytes_gives_a_document_or_a_named_error(data):
    doc = read_or_refuse(khparse.read, data)
    if doc is not None:
        check_document(doc)
        assert doc.text.strip()


@settings(CI, max_examples=max(10, EXAMPLES // 3))
@given(st.one_of(docx_bytes, pdf_bytes))
def test_parse_of_damaged_files_gives_a_plan_or_a_named_error(data):
    doc = read_or_refuse(khparse.read, data)
    if doc is not None:
        check_plan(doc, khparse.parse_document(doc))


# --- encodings: the same Vietnamese text in any encoding reads the same ----------------------

def _vietnamese_share(text: str) -> float:
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    marked = [c for c in letters if not c.isascii()]
    return len(marked) / max(len(letters), 1)


@CI
@given(st.lists(vi_line, min_size=1, max_size=25).map("\n".join),
       st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1258", "nfd", "crlf"]))
def test_vietnamese_text_reads_the_same_in_every_encoding(text, enc):
    from test_bad_input import to_cp1258

    base = read_or_refuse(khparse.read, text.encode("utf-8"))
    if base is None:
        return
    if enc == "cp1258":
        if _vietnamese_share(text) < 0.04 or sum(c.isalpha() for c in text) < 20:
            return  # too little Vietnamese to tell cp1258 from other 8-bit codes
        try:
            data = to_cp1258(text)
        except UnicodeEncodeError:
            return  # a character Windows-1258 cannot write
    elif enc in ("utf-16-le", "utf-16-be") and sum(ord(c) < 0x100 for c in text) < 4:
        return  # without a BOM, UTF-16 shows itself only by the NULs of Latin-1 characters
    elif enc == "nfd":
        data = unicodedata.normalize("NFD", text).encode("utf-8")
    elif enc == "crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    else:
        data = text.encode(enc)
    doc = khparse.read(data)
    assert doc.text == base.text
    assert doc.warnings == base.warnings
