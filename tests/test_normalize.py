import pytest

from khparse.normalize import clean, fold


@pytest.mark.parametrize("raw, want", [
    ("hoà bình", "hòa bình"), ("HOÀ", "HÒA"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe"),
    ("Uỷ ban", "Ủy ban"), ("quý I", "quý I"), ("hoàng", "hoàng"), ("tuỳ", "tùy"),
    ("ƣu tiên", "ưu tiên"), ("4⁄3⁄2019", "4/3/2019"), ("Lao động – Thương binh", "Lao động - Thương binh"),
    ("hoặc", "hoặc"), ("Kế hoạch", "Kế hoạch"), ("khuỷu", "khuỷu"), ("thuở", "thuở"),
    ("a\u00a0b\u200bc", "a bc"), ("**ỦY BAN**", "ỦY BAN"), ("x\r\ny", "x\ny"),
])
def test_clean(raw, want):
    assert clean(raw) == want


def test_nfd_and_nfc_fold_the_same():
    import unicodedata
    s = "Ủy ban nhân dân huyện Lục Nam hoà"
    assert clean(unicodedata.normalize("NFD", s)) == clean(s)
    assert fold("ỦY BAN  Nhân dân") == fold("ủy ban nhân dân")
