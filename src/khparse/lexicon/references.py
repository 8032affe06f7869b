"""How documents cite other documents (genre.md "Number and symbol"; Decree 30 Phụ lục III).

A citation is ``<type word> số <number> ngày <date> của <issuer> về …``, e.g. "Quyết định số
2651/QĐ-UBND ngày 24 tháng 5 năm 2016 của Ủy ban nhân dân thành phố về …". Every part but the
number may be missing; the number alone is distinctive enough to be found without the type
word ("… và số 01/KH-BCĐ"). Number shapes:

* ``2234/KH-UBND``, ``40/PCTNXH-KHTC`` — number / type code - issuer code (letters have no
  type code: issuer - drafting unit);
* ``181/2024/NĐ-CP``, ``05/2025/QĐ-UBND``, ``59/2020/QH14`` — with the year (legal normative);
* ``57-NQ/TW``, ``104-CTr/TU`` — party documents put the type first;
* ``05/2026/VLN/CV-LV`` — several slash parts; ``4280 /SCT - CN`` — stray spaces.

Regex sources only; :mod:`khparse.extract.references` compiles and applies them.
"""
from .identity import TYPE_CODES, TYPE_NAMES  # noqa: F401  (one list of type names/codes)

_PART = r"[A-ZĐ][\wĐđ&]*(?:\.[\wĐđ&]+)*"          # KH, UBND, LĐTB&XH, TP.HCM
_TAIL = r"[A-ZĐ0-9][\wĐđ&]*(?:\.[\wĐđ&]+)*"
# The number as printed. Groups: n (the serial), year, sym (the symbol), party (57-NQ/TW form).
# A number wrapped at a line end breaks after its "/" or "-": "98/CĐ-" + newline + "TTg"
# (a PDF reader joining the lines leaves "98/CĐ- TTg"); the number is read across the break.
_BRK = r"(?:[ ]|\n[ ]?)?"
NUMBER = (
    r"(?<![\w/.&-])"
    r"(?:(?P<n>\d{1,6}[a-z]?)(?:[ ]?/" + _BRK + r"(?P<year>(?:19|20)\d\d))?[ ]?/" + _BRK +
    r"(?P<sym>" + _PART + r"(?:[ ]?-" + _BRK + _TAIL + r"|/" + _BRK + _TAIL + r")*)"
    r"|(?P<party>\d{1,6}-" + _BRK + _PART + r"/" + _BRK + _PART + r"(?:-" + _BRK + _TAIL + r")*))"
    r"(?![\wĐđ&])"
)
# Just before a number: the type word, "số", maybe "liên tịch"; e.g. "Kế hoạch số ", "QĐ số ".
TYPE_BEFORE = (r"(?P<type>" + "|".join(sorted(TYPE_NAMES, key=len, reverse=True)) +
               r"|QĐ|CV|KH|NQ|NĐ|TT|CT)\s*(?:liên\s+tịch\s*)?(?:số|Số|SỐ)?\s*:?\s*(?:\(\s*)?$")
# A bare "số" before a number (a second citation of the same type: "… và số 01/KH-BCĐ").
SO_BEFORE = r"(?:số|Số|SỐ)\s*:?\s*$"
# Between the number and its date: ", ngày", " ban hành ngày", "ngày".
DATE_GAP = r"^\s*,?\s*(?:được\s+)?(?:ban\s+hành\s+|ký\s+)?(?:ngày\s*)?$"
# Between the number/date and the issuer.
ISSUER_LEAD = r"\s*,?\s*(?:của|do)\s+(?=[A-ZĐÀ-Ỹ])"
# Where an issuer name ends (the subject "về …" or the end of the clause).
# Where an issuer name ends (the subject "về …", the verb of the cited act "phê duyệt …", its
# date "ngày 5/5/2024", the next citation ", Kế hoạch số …", or the end of the clause).
ISSUER_STOP = (r"\s+(?:về|v/v|V/v|ban\s+hành|quy\s+định|hướng\s+dẫn|nhằm|để|theo|tại|đã|với|"
               r"phê\s+duyệt|sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|công\s+bố|thông\s+qua|"
               r"triển\s+khai|phân\s+bổ|kiện\s+toàn|thành\s+lập|ngày\s+\d)\s|\s+ngày\s+\d|"
               r"[;\n(]|\.(?:\s|$)|,\s(?:ngày|và\s+các|kỳ\s+họp|số\s|\d|(?:"
               + "|".join(TYPE_NAMES) + r")\s+(?:số\s|\d))")
