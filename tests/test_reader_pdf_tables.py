"""PDF ruled tables: cells come out as blocks with ``kind="cell"`` and ``table=(t, r, c)``,
like the .docx reader gives them, so the task-table extractor reads PDF plans too.

Two kinds of inputs: PDFs that LibreOffice exported from python-docx plans
(tests/fixtures/table_*.pdf, made by tests/fixtures/make_pdf_tables.py) and PDFs written
here with the rules drawn three ways (stroked lines, stroked cell boxes, thin filled
rectangles) and the cells' text set on shared baselines, as pdfium then runs neighbouring
cells into one line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from khparse.pipeline import parse_document as extract
from khparse.readers import pdf_tables, read
from khparse.readers.pdf import read_pdf
from khparse.readers.pdf_geometry import Line, Para
from khparse.readers.pdf_layout import Margins, continues
from khparse.readers.pdf_tables import join_cell
from test_reader_pdf import vietnamese_font

from conftest import FIXTURES


def cells(doc, table: int | None = None) -> dict[tuple[int, int], str]:
    return {b.table[1:]: doc.text[b.start:b.end] for b in doc.blocks
            if b.kind == "cell" and (table is None or b.table[0] == table)}


def kinds(doc) -> list[str]:
    return [b.kind for b in doc.blocks]


# ---- LibreOffice exports -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def onepage():
    return read(FIXTURES / "table_onepage.pdf")


@pytest.fixture(scope="module")
def split():
    return read(FIXTURES / "table_split.pdf")


@pytest.fixture(scope="module")
def norepeat():
    return read(FIXTURES / "table_split_norepeat.pdf")


def test_one_page_table_cells_by_row_and_column(onepage):
    got = cells(onepage)
    assert {b.table[0] for b in onepage.blocks if b.table} == {0}
    assert got[(0, 0)] == "STT"  # "ST" + "T" wrapped in the narrow column: one word
    assert [got[(0, c)] for c in (1, 2, 3)] == ["Nội dung nhiệm vụ", "Cơ quan chủ trì",
                                                "Thời gian hoàn thành"]
    # a task wrapped over two lines in its cell is one block, its neighbours stay apart
    assert got[(1, 0)] == "1"
    assert got[(1, 1)] == ("Rà soát, đánh giá hiện trạng thu gom, xử lý chất thải rắn sinh "
                           "hoạt trên địa bàn")
    assert got[(1, 2)] == "Sở Tài nguyên và Môi trường"
    assert got[(2, 1)] == "Xây dựng kế hoạch phân loại chất thải rắn sinh hoạt tại nguồn"
    assert [got[(r, 3)] for r in range(1, 5)] == [f"Quý {q}/2025" for q in range(1, 5)]
    assert sorted(got) == [(r, c) for r in range(5) for c in range(4)]
    table_blocks = [b for b in onepage.blocks if b.kind == "cell"]
    assert [b.table for b in table_blocks] == sorted(b.table for b in table_blocks)
    assert all(b.page == 1 for b in table_blocks)


def test_text_above_and_below_the_table_in_reading_order(onepage):
    texts = [onepage.text[b.start:b.end] for b in onepage.blocks]
    k = kinds(onepage)
    first, last = k.index("cell"), len(k) - 1 - k[::-1].index("cell")
    assert texts[first - 1] == "I. NHIỆM VỤ CỤ THỂ"
    assert texts[last + 1] == "II. TỔ CHỨC THỰC HIỆN"
    assert set(k[first:last + 1]) == {"cell"} and "cell" not in k[:first] + k[last + 1:]
    assert texts[last + 2].startswith("Các sở, ngành và địa phương căn cứ nhiệm vụ được giao")
    assert texts[last + 2].endswith("trước ngày 15/12/2025.")


def test_one_page_table_gives_the_extractor_its_tasks(onepage):
    plan = extract(onepage)
    table_tasks = [(t.lead, t.deadline.date if t.deadline else None) for t in plan.tasks]
    assert table_tasks == [("Sở Tài nguyên và Môi trường", "2025-Q1"), ("Sở Xây dựng", "2025-Q2"),
                           ("Sở Tài chính", "2025-Q3"), ("Công an tỉnh", "2025-Q4")]


def _rows(doc) -> dict[int, dict[int, str]]:
    out: dict[int, dict[int, str]] = {}
    for (r, c), text in cells(doc).items():
        out.setdefault(r, {})[c] = text
    return out


@pytest.mark.parametrize("name", ["split", "norepeat"])
def test_table_over_pages_keeps_one_number_and_its_rows(name, request):
    doc = request.getfixturevalue(name)
    assert {b.table[0] for b in doc.blocks if b.table} == {0}
    pages = {b.page for b in doc.blocks if b.table}
    assert pages == ({1, 2, 3} if name == "split" else {1, 2})
    rows = _rows(doc)
    assert sorted(rows) == list(range(len(rows)))
    # the header once (a repeated header row is a running header), groups merged across
    assert [r[1] for r in rows.values()].count("Nội dung nhiệm vụ") == 1
    groups = {r[0]: r[1] for r in rows.values() if r[0] in ("I", "II", "III")}
    assert groups == {"I": "Công tác tuyên truyền", "II": "Công tác quản lý",
                      "III": "Công tác thu gom, xử lý"}
    assert all(len(r) == 2 for r in rows.values() if r[0] in groups)
    numbered = [r for r in rows.values() if r.get(0, "").isdigit()]
    assert [int(r[0]) for r in numbered] == list(range(1, 19))
    assert all(len(r) == 6 and r[5] == "Báo cáo kết quả" for r in numbered)
    # row 17 is cut by the page break after "Bố trí kinh phí thực": one row, whole texts
    r17 = numbered[16]
    assert r17[1] == "Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch (đợt 5)"
    assert (r17[2], r17[3], r17[4]) == ("Sở Tài chính", "Công an tỉnh", "Tháng 6/2025")
    # item lines in a cell stay separate lines of one block
    assert numbered[2][3] == "- Sở Y tế\n- Sở Giáo dục và Đào tạo"
    assert doc.text.rstrip().endswith("báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.")


def test_repeated_header_or_not_gives_the_same_cells(split, norepeat):
    assert cells(split) == cells(norepeat)


def test_split_table_gives_one_task_per_row(split):
    plan = extract(split)
    rows = [r for r in _rows(split).values() if r.get(0, "").isdigit()]
    found = {(split.text[t.span[0]:t.span[1]], t.deadline.text if t.deadline else None, t.lead)
             for t in plan.tasks}
    for r in rows:
        lead = r[2].replace("UBND", "Ủy ban nhân dân")
        assert (r[1], r[4], lead) in found, r


# ---- tables written here -----------------------------------------------------------------------
@dataclass
class Cell:
    text: str
    lines: list[str] = field(default_factory=list)


@dataclass
class TPage:
    # (x, baseline y, text) or (x, y, TJ array, font number)
    texts: list[tuple] = field(default_factory=list)
    rules: bytes = b""
    form: tuple[float, float] | None = None  # draw the rules in a form XObject moved by (dx, dy)


def rules(xs, ys, style: str, merged: set[tuple[int, int]] = frozenset()) -> bytes:
    """Grid rules in PDF coordinates (ys top to bottom, descending). ``merged`` holds
    (row, col) slots whose left rule is missing (the cell spans from the left)."""
    out = [b"0.5 w"]
    nr, nc = len(ys) - 1, len(xs) - 1
    if style == "boxes":  # each cell its own stroked rectangle, merged ones wider
        for r in range(nr):
            c = 0
            while c < nc:
                end = c + 1
                while end < nc and (r, end) in merged:
                    end += 1
                out.append(b"%.2f %.2f %.2f %.2f re S" % (xs[c], ys[r + 1], xs[end] - xs[c],
                                                          ys[r] - ys[r + 1]))
                c = end
        return b"\n".join(out)
    segs = [(xs[0], y, xs[-1], y) for y in ys]
    for r in range(nr):
        for c, x in enumerate(xs):
            if (r, c) not in merged and not (style == "open" and c in (0, nc)):
                segs.append((x, ys[r], x, ys[r + 1]))
    for x0, y0, x1, y1 in segs:
        if style in ("lines", "open"):
            out.append(b"%.2f %.2f m %.2f %.2f l S" % (x0, y0, x1, y1))
        else:  # thin filled rectangles, as Word draws borders
            out.append(b"%.2f %.2f %.2f %.2f re f" % (min(x0, x1) - 0.25, min(y0, y1) - 0.25,
                                                      abs(x1 - x0) + 0.5, abs(y1 - y0) + 0.5))
    return b"\n".join(out)


def write(pages: list[TPage]) -> bytes:
    texts = [t if isinstance(t, str) else "".join(x for x in t if isinstance(x, str))
             for p in pages for _, _, t, *_ in p.texts]
    codes, cmap = vietnamese_font(*texts)
    objs: list[bytes] = [b"", b""]

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def esc(s: str) -> bytes:
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return bytes(codes[c] if c in codes else ord(c) for c in s)

    def stream(data: bytes) -> bytes:
        return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)

    tu = add(stream(cmap))
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding "
               b"/ToUnicode %d 0 R >>" % tu)
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
                b"/ToUnicode %d 0 R /FirstChar 32 /LastChar 255 /Widths [%s] >>"
                % (tu, b" ".join([b"600"] * 224)))  # a fallback font, Courier's advance
    kids = []
    for p in pages:
        xobj, drawn = b"", p.rules
        if p.form is not None:
            dx, dy = p.form
            fm = add(b"<< /Type /XObject /Subtype /Form /BBox [-1000 -1000 2000 2000] "
                     b"/Matrix [1 0 0 1 %.2f %.2f] /Length %d >>\nstream\n%s\nendstream"
                     % (dx, dy, len(p.rules), p.rules))
            xobj, drawn = b" /XObject << /Fm1 %d 0 R >>" % fm, b"q /Fm1 Do Q"
        body = [drawn]
        for x, y, t, *fno in p.texts:
            if isinstance(t, str):
                body.append(b"BT /F1 9 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (x, y, esc(t)))
            else:  # a TJ array: strings and offsets (thousandths of an em, positive = left)
                arr = b" ".join(b"(%s)" % esc(v) if isinstance(v, str) else b"%d" % v for v in t)
                body.append(b"BT /F%d 9 Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET" % (fno[0], x, y, arr))
        content = add(stream(b"\n".join(body)))
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >>%s >> /Contents %d 0 R >>"
                        % (font, font2, xobj, content)))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


XS = [60.0, 90.0, 290.0, 430.0, 540.0]
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
ROWS = [
    ["1", ["Rà soát hiện trạng thu gom", "chất thải rắn sinh hoạt"], "Sở Xây dựng", "Quý 2/2025"],
    ["2", ["Bố trí kinh phí thực hiện"], ["Sở Tài chính"], "Tháng 6/2025"],
    ["3", ["Kiểm tra, xử lý vi phạm"], ["- Công an tỉnh", "- Sở Y tế"], "Năm 2025"],
]


def table_page(rows: list[list], top: float, style: str, before: list[str] = (),
               after: list[str] = (), group: tuple[int, str, str] | None = None,
               xs=XS) -> TPage:
    """Rows of cells (a cell: a string or its lines) from ``top`` down, 12-pt lines; text
    of neighbouring cells on the same baselines. ``group`` = (row index, number, text)
    inserts a row merged over all columns but the first."""
    page = TPage()
    y = 800.0
    for t in before:
        page.texts.append((xs[0], y, t))
        y -= 16
    ys = [top]
    merged = set()
    rows = [list(r) for r in rows]
    if group is not None:
        k, num, text = group
        rows.insert(k, [num, text])
        merged = {(k, c) for c in range(2, len(xs) - 1)}
    for r, row in enumerate(rows):
        y = ys[-1] - 11
        height = 1
        for c, cell in enumerate(row):
            lines = cell if isinstance(cell, list) else [cell]
            height = max(height, len(lines))
            for j, line in enumerate(lines):
                page.texts.append((xs[c] + 3, y - 12 * j, line))
        ys.append(ys[-1] - 12 * height - 6)
    page.rules = rules(xs, ys, style, merged)
    y = ys[-1] - 24
    for t in after:
        page.texts.append((xs[0], y, t))
        y -= 16
    return page


STYLES = ["lines", "boxes", "filled", "open"]  # open: no outer vertical rules


@pytest.mark.parametrize("style", STYLES)
def test_cells_on_shared_baselines_are_split_at_the_column_rules(style):
    page = table_page([HEADER] + ROWS, 700, style, before=["Giao nhiệm vụ cụ thể như sau:"],
                      after=["Các cơ quan báo cáo kết quả thực hiện."])
    doc = read_pdf(write([page]))
    got = cells(doc)
    assert got[(0, 1)] == "Nội dung nhiệm vụ" and got[(0, 3)] == "Thời hạn"
    assert got[(1, 1)] == "Rà soát hiện trạng thu gom chất thải rắn sinh hoạt"
    assert (got[(1, 0)], got[(1, 2)], got[(1, 3)]) == ("1", "Sở Xây dựng", "Quý 2/2025")
    assert got[(3, 2)] == "- Công an tỉnh\n- Sở Y tế"
    assert len(got) == 16
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts[0] == "Giao nhiệm vụ cụ thể như sau:"
    assert texts[-1] == "Các cơ quan báo cáo kết quả thực hiện."
    assert kinds(doc)[1:-1] == ["cell"] * 16


@pytest.mark.parametrize("style", STYLES)
def test_rules_drawn_inside_a_form_xobject(style):
    page = table_page([HEADER] + ROWS, 700, style)
    # the form's matrix moves the rules 20 pt left: they are drawn 20 pt right in it
    page.rules = page.rules.replace(b"0.5 w", b"0.5 w 1 0 0 1 20 0 cm")
    page.form = (-20.0, 0.0)
    got = cells(read_pdf(write([page])))
    assert got[(1, 1)] == "Rà soát hiện trạng thu gom chất thải rắn sinh hoạt"
    assert (got[(1, 2)], got[(3, 2)]) == ("Sở Xây dựng", "- Công an tỉnh\n- Sở Y tế")


@pytest.mark.parametrize("style", STYLES)
def test_merged_cell_takes_its_top_left_slot(style):
    page = table_page([HEADER] + ROWS, 700, style, group=(1, "I", "Công tác tuyên truyền"))
    got = cells(read_pdf(write([page])))
    assert got[(1, 0)] == "I" and got[(1, 1)] == "Công tác tuyên truyền"
    assert not {(1, 2), (1, 3)} & set(got)
    assert got[(2, 2)] == "Sở Xây dựng"


def test_table_continued_without_header_keeps_its_number():
    p1 = table_page([HEADER] + ROWS[:2], 300, "lines", before=["Phụ lục nhiệm vụ"])
    p2 = table_page(ROWS[2:], 800, "lines", after=["Kế hoạch này thay thế kế hoạch trước."])
    doc = read_pdf(write([p1, p2]))
    assert {b.table[0] for b in doc.blocks if b.table} == {0}
    got = cells(doc)
    assert got[(3, 0)] == "3" and got[(3, 1)] == "Kiểm tra, xử lý vi phạm"
    assert [b.page for b in doc.blocks if b.table and b.table[1] == 3] == [2] * 4
    plan = extract(doc)
    assert [t.lead for t in plan.tasks][:3] == ["Sở Xây dựng", "Sở Tài chính", "Công an tỉnh"]


def test_table_after_text_or_with_other_columns_is_a_new_table():
    other = [60.0, 200.0, 540.0]
    p1 = table_page([HEADER] + ROWS[:1], 300, "lines")
    p2 = table_page([["Kỳ", "Nội dung"], ["1", "Báo cáo quý"]], 780, "lines", xs=other,
                    after=["II. TỔ CHỨC THỰC HIỆN", "Nội dung như sau:"])
    p3 = table_page([HEADER] + ROWS[1:], 700, "lines", before=["PHỤ LỤC II"])
    doc = read_pdf(write([p1, p2, p3]))
    by_table = {}
    for b in doc.blocks:
        if b.table:
            by_table.setdefault(b.table[0], set()).add(b.page)
    assert by_table == {0: {1}, 1: {2}, 2: {3}}
    assert cells(doc, 1)[(1, 1)] == "Báo cáo quý"
    assert cells(doc, 2)[(0, 1)] == "Nội dung nhiệm vụ"


def test_a_box_around_one_paragraph_is_not_a_table():
    page = TPage(texts=[(70, 700, "Ghi chú: số liệu tính đến ngày 30/6/2025."),
                        (70, 688, "Nguồn: Sở Tài chính.")],
                 rules=b"0.5 w 60 680 480 32 re S")
    doc = read_pdf(write([page]))
    assert "cell" not in kinds(doc)
    page.rules = b""
    assert doc.text == read_pdf(write([page])).text
    assert "Ghi chú: số liệu" in doc.text and doc.text.endswith("Nguồn: Sở Tài chính.")


def _ln(text, x0, x1, top, size=12.0):
    return Line(text, x0, x1, top, top + size, size)


def test_cell_lines_join_with_space_newline_or_nothing():
    # a date broken inside a narrow column goes on without a space
    assert join_cell([_ln("31/12/20", 387, 430, 100), _ln("24", 387, 400, 114)],
                     382.0, 436.0) == "31/12/2024"
    # a short word on its own line in a wide cell is a wrapped phrase
    assert join_cell([_ln("Sở", 387, 402, 100), _ln("Y tế", 387, 410, 114)],
                     382.0, 500.0) == "Sở Y tế"
    assert join_cell([_ln("Phòng Quản", 387, 436, 100), _ln("lý thương mại", 387, 430, 114)],
                     382.0, 440.0) == "Phòng Quản lý thương mại"
    assert join_cell([_ln("- Sở Y tế;", 387, 430, 100), _ln("- Công an tỉnh.", 387, 440, 114)],
                     382.0, 500.0) == "- Sở Y tế;\n- Công an tỉnh."


def test_ruled_header_table_is_read_as_the_two_column_header():
    xs, ys = [60.0, 280.0, 560.0], [810.0, 770.0]
    page = TPage(texts=[(70, 796, "ỦY BAN NHÂN DÂN"), (290, 796, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                        (70, 782, "Số: 15/KH-UBND"), (300, 782, "Độc lập - Tự do - Hạnh phúc"),
                        (60, 700, "Kế hoạch triển khai nhiệm vụ năm 2025.")],
                 rules=rules(xs, ys, "lines"))
    doc = read_pdf(write([page]))
    assert "cell" not in kinds(doc)
    page.rules = b""
    assert doc.text == read_pdf(write([page])).text
    assert doc.text.startswith("ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\nCỘNG HÒA")


def test_frame_around_the_page_is_not_a_table():
    xs, ys = [40.0, 300.0, 555.0], [820.0, 40.0]  # a page border with a rule down the middle
    page = TPage(texts=[(60, 700, "Nội dung nhiệm vụ"), (320, 700, "Thời hạn")],
                 rules=rules(xs, ys, "lines"))
    assert "cell" not in kinds(read_pdf(write([page])))


# ---- pages without rules read as before ----------------------------------------------------------
@pytest.mark.parametrize("name", ["seed001_pdf.pdf", "seed002_pdf.pdf", "seed004_pdf.pdf"])
def test_samples_read_the_same_with_table_detection_off(samples, name, monkeypatch):
    data = (samples / name).read_bytes()
    with_tables = read_pdf(data)
    monkeypatch.setattr(pdf_tables, "find_grids", lambda *a, **k: [])
    without = read_pdf(data)
    assert with_tables.text == without.text
    assert with_tables.blocks == without.blocks
    assert "cell" not in kinds(with_tables)


# ---- reading fixes found on the corpus PDFs ------------------------------------------------------
def _body(text, x0, x1, top, **kw):
    return Line(text, x0, x1, top, top + 14, 14.0, base=top + 11, **kw)


def test_name_wrapped_before_its_dash_continues_the_paragraph():
    m = Margins(85.0, 530.0, indented=True)
    a = _body("3. Phòng Văn hóa và Thông tin: chủ trì, phối hợp với Trung tâm Văn hóa", 120, 529, 100)
    wrapped = _body("- Thông tin và Thể thao huyện tuyên truyền về phân loại chất thải", 85, 529, 118)
    assert continues(Para([a], 1), wrapped, m)
    # an item opens indented like a paragraph; after a closed sentence a dash is an item too
    indented = _body("- Tổ chức tuyên truyền dưới cờ ít nhất 01 lần/học kỳ;", 120, 400, 118)
    assert not continues(Para([a], 1), indented, m)
    closed = _body("3. Phòng Văn hóa và Thông tin chủ trì tuyên truyền trên hệ thống loa.", 120, 529, 100)
    assert not continues(Para([closed], 1), wrapped, m)
    assert not continues(Para([a], 1), wrapped, Margins(85.0, 530.0, indented=False))


def test_italic_attachment_line_under_a_title_is_its_own_block():
    m = Margins(85.0, 530.0, indented=True)
    title = _body("Bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh Nghệ An năm 2024",
                  95, 529, 100, bold=True)
    note = _body("(Kèm theo Quyết định số 456/QĐ-UBND ngày 12/01/2024 của Chủ tịch UBND", 90, 534,
                 118, italic=True)
    assert not continues(Para([title], 1), note, m)


FALLBACK = set("ứậườộ")


def fallback_line(x: float, y: float, text: str) -> list[tuple]:
    """A line as LibreOffice draws it when its font lacks some letters: one TJ of the main
    font that skips the missing letters, then one TJ of a fallback font that jumps from
    hole to hole (Courier's 600/1000 em advance in both)."""
    main: list = []
    late: list = []
    first = None
    for i, ch in enumerate(text):
        if ch in FALLBACK:
            main.append(-600)
            if first is None:
                first = i
            else:
                late.append(-600 * (i - last - 1))
            late.append(ch)
            last = i
        elif main and isinstance(main[-1], str):
            main[-1] += ch
        else:
            main.append(ch)
    return [(x, y, main, 1), (x + first * 0.6 * 9, y, late, 2)]


def test_letters_drawn_after_their_line_by_a_fallback_font_are_put_back():
    lines = ["Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;",
             "Giao Sở Xây dựng bố trí chỗ ở"]
    page = TPage(texts=fallback_line(85, 700, lines[0]) + [(85, 686, lines[1])])
    data = write([page])
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    raw_text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert lines[0] not in raw_text  # pdfium reads the letters at the end of the line
    doc = read_pdf(data)
    assert doc.text.startswith(lines[0])
    # a one-letter word drawn in its place is left alone
    assert doc.text.endswith(lines[1])
