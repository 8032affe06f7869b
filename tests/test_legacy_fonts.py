"""Vietnamese typed in legacy fonts (TCVN3 .VnTime, VNI-Times) comes out as Unicode."""
from __future__ import annotations

import io
import unicodedata

import docx
import pytest

import khparse
from khparse.lexicon.legacy_fonts import TCVN3
from khparse.readers import legacy_fonts

UNICODE = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. "
           "Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch thực hiện chương trình "
           "phòng, chống thiên tai năm 2024; các sở, ngành triển khai trước ngày 31/12/2024.")
# The same sentence as it is stored when typed in .VnTime (TCVN3) and in VNI-Times.
TCVN3_TEXT = ("Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. "
              "Uû ban nh©n d©n tØnh Lµo Cai ban hµnh KÕ ho¹ch thùc hiÖn ch­¬ng tr×nh "
              "phßng, chèng thiªn tai n¨m 2024; c¸c së, ngµnh triÓn khai tr­íc ngµy 31/12/2024.")
VNI_TEXT = ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. "
            "UÛy ban nhaân daân tænh Laøo Cai ban haønh Keá hoaïch thöïc hieän chöông trình "
            "phoøng, choáng thieân tai naêm 2024; caùc sôû, ngaønh trieån khai tröôùc ngaøy 31/12/2024.")


def _same(a: str, b: str) -> bool:
    """Equal up to tone placement (Ủy/Uỷ): compare after khparse's own folding."""
    from khparse.normalize import clean
    return clean(unicodedata.normalize("NFC", a)) == clean(unicodedata.normalize("NFC", b))


def test_tables_convert_both_families():
    assert _same(legacy_fonts.convert(TCVN3_TEXT, "TCVN3", upper=None), UNICODE)
    assert _same(legacy_fonts.convert(VNI_TEXT, "VNI"), UNICODE)
    assert legacy_fonts.convert("CéNG HßA X· HéI", "TCVN3", upper=None) == "CỘNG HÒA XÃ HỘI"
    assert legacy_fonts.convert("céng hßa", "TCVN3", upper=True) == "CỘNG HÒA"


@pytest.mark.parametrize("text,family", [
    (TCVN3_TEXT, "TCVN3"), (VNI_TEXT, "VNI"), (UNICODE, None),
    ("Café au lait, résumé, déjà vu, naïve façade, élan vital, São Paulo.", None),
    ("Price list: 10 µm filters © 2024 ® brand, tea ¸ coffee", None),
])
def test_detect(text, family):
    assert legacy_fonts.detect(text) == family


def test_tcvn3_txt_bytes(tmp_path):
    """A .txt saved from a TCVN3 editor: one byte per letter, not UTF-8, not cp1258."""
    p = tmp_path / "kh.txt"
    p.write_bytes(TCVN3_TEXT.encode("latin-1"))
    doc = khparse.read(p)
    assert _same(doc.text, UNICODE)
    assert doc.warnings == ["text in legacy Vietnamese TCVN3 encoding converted to Unicode"]


def test_vni_text_in_utf8(tmp_path):
    """VNI text copied into a UTF-8 file keeps its Latin-1 look-alikes: still converted."""
    p = tmp_path / "kh.txt"
    p.write_bytes(("KEÁ HOAÏCH\n" + VNI_TEXT).encode("utf-8"))
    doc = khparse.read(p)
    assert doc.text.startswith("KẾ HOẠCH\n")
    assert _same(doc.text.split("\n", 1)[1], UNICODE)
    assert any("VNI" in w for w in doc.warnings)


def test_unicode_text_untouched(tmp_path):
    p = tmp_path / "kh.txt"
    p.write_text(UNICODE, encoding="utf-8")
    doc = khparse.read(p)
    assert doc.text == unicodedata.normalize("NFC", UNICODE) and not doc.warnings


def _docx(runs) -> bytes:
    d = docx.Document()
    for font, text in runs:
        run = d.add_paragraph().add_run(text)
        if font:
            run.font.name = font
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_docx_runs_in_legacy_fonts():
    data = _docx([(".VnTimeH", "uû ban nh©n d©n tØnh lµo cai"), (".VnTime", TCVN3_TEXT),
                  ("VNI-Times", VNI_TEXT), ("Times New Roman", "Sè: 12/KH-UBND"),
                  (".VnTime", "Công văn số 5")])
    doc = khparse.read(data)
    lines = doc.text.split("\n")
    assert lines[0] == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"  # capitals font: the bytes drawn as capitals
    assert _same(lines[1], UNICODE) and _same(lines[2], UNICODE)
    assert lines[3] == "Sè: 12/KH-UBND"                 # a Unicode font: left as it is
    assert lines[4] == "Công văn số 5"                  # Unicode typed in a .VnTime run
    assert sorted(doc.warnings) == [
        "docx: text in legacy Vietnamese TCVN3 fonts converted to Unicode",
        "docx: text in legacy Vietnamese VNI fonts converted to Unicode"]


def test_docx_font_left_on_vntime_over_unicode():
    """A template whose font is still .VnTime but whose text is Unicode is not touched:
    "Công" has only letters Unicode Vietnamese shares with Latin-1 and must not become "Cụng"."""
    data = _docx([(".VnTime", "Công an tỉnh"), (".VnTime", "Ban chỉ đạo")])
    doc = khparse.read(data)
    assert doc.text == "Công an tỉnh\nBan chỉ đạo" and not doc.warnings
