"""The first-character guard: worked out from the pattern text, never changing a match."""
import re

import pytest

from khparse.extract._regex import first_char_guard, guarded


@pytest.mark.parametrize("src, flags, guard", [
    (r"(?:trong\s+(?:thời hạn|vòng)|chậm nhất|sau)\s+\d+", re.I, "(?=[cst])"),
    (r"(?<![\d/.-])(?P<d>[0-3]?\d)\s?(?P<sep>[/.-])(?P=sep)", 0, r"(?=[0-3\d])"),
    (r"(?:ít nhất|tối thiểu)\s+(?P<u>[^\W\d_]+)", re.I, "(?=[tí])"),
    (r"(?:a|b)?c", 0, "(?=[abc])"),
    (r"Sở\s+Y tế", 0, ""),                 # opens with a plain character: re is fast already
    (r"x|y", 0, ""),                       # one character either way: a class
    (r"ab|ac", 0, ""),                     # a shared first character
    (r"(?:.|x)y", 0, ""),                  # any character: no guard
    (r"(?:[^a]|x)y", 0, ""),               # a negated class: no guard
    (r"(?i:a)b", 0, ""),                   # scoped flags: no guard
    (r"(?:a*)", 0, ""),                    # may match empty: no guard
])
def test_guard_of_each_form(src, flags, guard):
    assert first_char_guard(src, flags) == guard


def test_guarded_pattern_finds_the_same_matches():
    text = ("Báo cáo trong vòng 15 ngày, chậm nhất 30 ngày; sau 7 ngày làm việc; "
            "TRONG THỜI HẠN 10 ngày, ít nhất 2 lần/năm, 12/5/2024 và 1.2.2025")
    for src, flags in [(r"(?:trong\s+(?:thời hạn|vòng)|chậm nhất|sau)\s+\d+", re.I),
                       (r"(?:ít nhất|tối thiểu)\s+(?P<n>\d+)\s+(?P<u>[^\W\d_]+)", re.I),
                       (r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}", 0)]:
        assert first_char_guard(src, flags)
        plain = [m.span() for m in re.finditer(src, text, flags)]
        assert plain and [m.span() for m in guarded(src, flags).finditer(text)] == plain
