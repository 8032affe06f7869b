"""The legacy Word .doc reader on a small real letter and on copies of it patched here.

tests/fixtures/cv_2019_sct.doc is a real Word 97-2003 letter of a provincial department
(public, from ../shared/real, not part of the blind evaluation set).
"""
from __future__ import annotations

import shutil
import struct

import olefile
import pytest

import khparse
from khparse.errors import CorruptFile, EncryptedFile, UnsupportedFormat
from khparse.lexicon.legacy_fonts import TCVN3

from conftest import FIXTURES

DOC = FIXTURES / "cv_2019_sct.doc"


@pytest.fixture(scope="module")
def letter():
    return khparse.read(DOC)


def test_body_text_in_order(letter):
    text = letter.text
    assert letter.format == "doc"
    assert text.startswith("UBND TỈNH LÀO CAI\n")
    for line in ("Kính gửi:  Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai",
                 "Nơi nhận:", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phan Văn Cương"):
        assert line in text
    assert text.index("Kính gửi") < text.index("Sở Công Thương nhận được") < text.index("Nơi nhận")
    assert "văn bản số 1650/SGTVTXD-KT&VL ngày 09/5/2019" in text


def test_header_table_cells_are_blocks(letter):
    cells = {b.table: letter.text[b.start:b.end] for b in letter.blocks if b.kind == "cell"}
    assert cells[(0, 0, 0)] == "UBND TỈNH LÀO CAI"
    assert cells[(0, 0, 2)] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert cells[(0, 2, 0)] == "Số:          /SCT-KT"
    assert cells[(0, 2, 2)].startswith("Lào Cai,  ngày")
    bold = {letter.text[b.start:b.end] for b in letter.blocks if b.bold}
    assert "Độc lập - Tự do - Hạnh phúc" in bold and "UBND TỈNH LÀO CAI" not in bold


def test_page_header_and_field_codes_left_out(letter):
    """The page-number header (a PAGE field in the header story) is not body text."""
    assert "PAGE" not in letter.text and "MERGEFORMAT" not in letter.text
    assert not any(ch in letter.text for ch in "\x07\x13\x14\x15\r")


def test_plan_from_doc():
    plan = khparse.parse(DOC)
    assert plan.source.format == "doc"
    assert plan.document.type == "Công văn"
    assert plan.document.issuer.upper() == "SỞ CÔNG THƯƠNG"
    assert plan.document.issued_date == "2019-05"
    text = khparse.read(DOC).text
    for ref in plan.references:
        assert text[ref.span[0]:ref.span[1]] == ref.text


def _patched(tmp_path, name, patch) -> str:
    """A copy of the fixture whose WordDocument stream went through ``patch`` (same size)."""
    out = tmp_path / name
    shutil.copy(DOC, out)
    with olefile.OleFileIO(str(out), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        patch(word)
        ole.write_stream("WordDocument", bytes(word))
    return str(out)


def test_encrypted_doc_is_refused(tmp_path):
    def encrypt(word):
        word[0x0B] |= 0x01  # fEncrypted is bit 8 of the flags word at 0x0A
    path = _patched(tmp_path, "secret.doc", encrypt)
    with pytest.raises(EncryptedFile, match="password"):
        khparse.read(path)


def test_word95_doc_is_refused(tmp_path):
    def word95(word):
        struct.pack_into("<H", word, 2, 0x0065)
    with pytest.raises(UnsupportedFormat, match=r"Word 6\.0/95 .*before Word 97"):
        khparse.read(_patched(tmp_path, "old.doc", word95))


def test_damaged_doc_is_corrupt(tmp_path):
    data = DOC.read_bytes()
    for name, damaged in (("cut.doc", data[: len(data) // 3]),
                          ("zeros.doc", data[:8] + bytes(600))):
        p = tmp_path / name
        p.write_bytes(damaged)
        with pytest.raises(CorruptFile, match=r"\.doc"):
            khparse.read(p)


def test_piece_table_pointing_outside_the_file(tmp_path):
    def break_clx(word):
        struct.pack_into("<I", word, 0x1A2 + 4, 10 ** 6)  # lcbClx: far past the table stream
    with pytest.raises(CorruptFile, match="piece table"):
        khparse.read(_patched(tmp_path, "clx.doc", break_clx))


def test_tcvn3_text_read_as_unicode(tmp_path, letter):
    """The same letter typed in .VnTime (TCVN3): every Vietnamese letter one Latin-1 byte.

    Capitals with tones have no TCVN3 byte (the .VnTimeH font draws the lower-case bytes as
    capitals), so "CỘNG" is stored as "CéNG"; the reader restores the capitals.
    """
    to_tcvn3 = {uni: old for old, uni in TCVN3.items()}
    to_tcvn3.update({uni.upper(): old for old, uni in TCVN3.items() if uni.upper() not in to_tcvn3})
    units = {ord(uni): ord(old) for uni, old in to_tcvn3.items()}

    def tcvn3(word):
        for at in range(0x800, len(word) - 1, 2):  # the text; the header block stays as it is
            unit = word[at] | word[at + 1] << 8
            if unit in units:
                struct.pack_into("<H", word, at, units[unit])
    doc = khparse.read(_patched(tmp_path, "tcvn3.doc", tcvn3))
    assert any("TCVN3" in w for w in doc.warnings)
    assert "Kính gửi:  Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai" in doc.text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.text
    assert "Phan Văn Cương" in doc.text
    assert not letter.warnings
