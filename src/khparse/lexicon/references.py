"""How documents cite other documents (genre.md "Number and symbol"; Decree 30 Phụ lục III).

A citation is ``<type word> số <number> ngày <date> của <issuer> về …``, e.g. "Quyết định số
2651/QĐ-UBND ngày 24 tháng 5 năm 2016 của Ủy ban nhân dân thành phố về …". Every part but the
number may be missing; the number alone is distinctive enough to be found without the type
word ("… và số 01/KH-BCĐ"). Number shapes:

* ``2234/KH-UBND``, ``40/PCTNXH-KHTC`` — number / type code - issuer code (letters have no
  type code: issuer - drafting unit);
* ``181/2024/NĐ-CP``, ``05/2025/QĐ-UBND``, ``59/2020/QH14`` — with the year (legal normative);
* ``57-NQ/TW``, ``104-CTr/TU`` — party documents put the type first;
* ``05/2026/VLN/CV-LV`` — several slash parts; ``4280 /SCT - CN`` — stray spaces;
* firms' and agencies' own habits: a dotted serial (``24.6/GĐN``, ``118.04/GCN``, the day and
  month of the letter), a dated serial (``06/03/2026/HCNM``);
* technical standards cited as documents: ``QCVN 01:2019/BCT``, ``QCVN 04-05:2022/BNNPTNT``,
  ``TCVN 5507:2002`` (group std);
* a bare serial, only where the type word and ``số`` stand before it and its date after it
  (``Văn bản số 35 ngày 24/6/2026``, ``Văn bản đề nghị số 01TV/2026 ngày 13/3/2026``).

Regex sources only; :mod:`khparse.extract.references` compiles and applies them.
"""
from .identity import TYPE_CODES, TYPE_NAMES  # noqa: F401  (one list of type names/codes)

_PART = r"[A-ZĐ][\wĐđ&]*(?:\.[\wĐđ&]+)*"          # KH, UBND, LĐTB&XH, TP.HCM
_TAIL = r"[A-ZĐ0-9][\wĐđ&]*(?:\.[\wĐđ&]+)*"
# The number as printed. Groups: n (the serial), year, sym (the symbol), party (57-NQ/TW form).
# A number wrapped at a line end breaks after its "/" or "-": "98/CĐ-" + newline + "TTg"
# (a PDF reader joining the lines leaves "98/CĐ- TTg"); the number is read across the break.
_BRK = r"(?:[ ]|\n[ ]?)?"
# A national or sectoral standard: "QCVN 01:2019/BCT", "QCVN122:2024/BGTVT", "TCVN 5507:2002".
STANDARD = (r"(?P<std>(?P<std_kind>QCVN|TCVN|QCĐP)[ ]?(?P<std_rest>\d{1,5}(?:[-.]\d{1,4})*[A-Za-z]?"
            r"[ ]?:[ ]?(?:19|20)\d\d(?:/[A-ZĐ][\wĐđ&]*(?:-[A-ZĐ0-9][\wĐđ&]*)*)?))")
NUMBER_LEAD = r"(?=[0-9QT])(?<![\w/.&-])(?<!\d:)"
NUMBER = (
    NUMBER_LEAD +
    r"(?:" + STANDARD + r"|(?P<n>\d{1,6}(?:\.\d{1,4})?[a-z]?(?:/\d{1,6}(?=/\d{4}/))?)(?:[ ]?/" + _BRK + r"(?P<year>(?:19|20)\d\d))?[ ]?/" + _BRK +
    r"(?P<sym>" + _PART + r"(?:[ ]?-" + _BRK + _TAIL + r"|/" + _BRK + _TAIL + r")*)"
    r"|(?P<party>\d{1,6}-" + _BRK + _PART + r"/" + _BRK + _PART + r"(?:-" + _BRK + _TAIL + r")*))"
    r"(?![\wĐđ&])"
)
# OCR's reading of the serial's first "1" as a letter ("Kế hoạch kiểm tra số I105/KH-ĐKT"): after
# "số" and before a number of its own shape, the I or l is the digit (no serial has letters).
OCR_ONE = r"(?<![\w/.&-])[Il](?=\d)"
OCR_ONE_BEFORE = r"(?<!\w)(?:số|Số|SỐ)\s*:?\s*$"
# … and of the type code QĐ's Q as a zero ("Quyết định số 555/0Đ-BCT"): no symbol opens with a digit
# glued to a letter, and "0Đ" is QĐ.
OCR_TYPE_CODE = {"0Đ": "QĐ", "OĐ": "QĐ"}
# A paper the holder keeps, given with its term of validity in brackets right after its number
# ("2845/2025/BHL-ATHHNH (24/03/2025-24/03/2027)" in a list of drivers' training certificates): a
# certificate held, checked in a record, not a document cited.
HELD_PAPER_AFTER = (r"\s*\(\s*(?:từ\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:-|–|đến)\s*"
                    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*\)")
# An application paper numbered "<n>-<code>" with no slash ("Giấy đề nghị số 01-ĐN", "Bảng kê số
# 02-BK", "Đơn đề nghị số 03-ĐĐN"): the applicant's paper of a file, cited like its letters. Only
# after such a paper's name and "số" (a bare "02-BK" may be anything). Group num.
DASH_PAPERS = ["Giấy đề nghị", "Đơn đề nghị", "Đơn", "Bảng kê", "Tờ khai", "Phương án", "Danh sách"]
DASH_CITED = (r"(?<!\w)(?:" + "|".join(DASH_PAPERS) + r")\s+số\s*:?\s*"
              r"(?P<num>\d{1,4}-[A-ZĐ]{1,6})(?![\wĐđ/&-]|\.\w)")
# Standards that are cited documents: a technical regulation (QCVN, a local QCĐP) is issued by a
# Thông tư or a decision and binds; a national standard (TCVN) is a voluntary technical norm a design
# follows, no document of the administration (the annotators' convention, holdout2 NOTES-B). TCVN is
# still read as a standard, so that its digits are taken for no other number.
CITED_STANDARDS = {"QCVN", "QCĐP"}
# Glued to the end of a number by a PDF text run without its space ("15/2026/TT-BCTngày 25/3"):
# the word after the number, not part of it.
GLUED_WORD = r"(?<=[A-ZĐ0-9])(?:ngày|năm|của|về|tại|theo|và)$"
# A footnote mark a PDF glues to the number it follows ("105/2025/NĐ-CP2"): trailing digits
# after a letter; read as a mark only when the number without them is cited too.
FOOTNOTE_MARK = r"(?<=[A-Za-zĐđ])\d+$"
# A bare or odd serial cited with its type word, "số" and its date: "Văn bản số 35 ngày
# 24/6/2026", "Văn bản đề nghị số 01TV/2026, ngày 13/3/2026". Group num.
# Only correspondence and decisions: a firm's own "Phương án số 02", "Hợp đồng số 03" is a
# paper of the file, not a cited document.
BARE_TYPES = ["Văn bản", "Công văn", "Tờ trình", "Báo cáo", "Thông báo", "Quyết định", "Kế hoạch",
              "Giấy mời", "Công điện", "Chỉ thị", "Nghị quyết", "Kết luận"]
BARE_CITED = r"(?<!\w)[sS][ốỐ]\s+(?P<num>\d[\w.]*(?:/[\w.&-]+)*)(?=\s*,?\s+ngày\s+\d)"
# … with one of those types right before its "số" (group type).
BARE_TYPE_BEFORE = (r"(?<!\w)(?P<type>" + "|".join(BARE_TYPES) +
                    r")(?:\s+(?:đề\s+nghị|phúc\s+đáp|trả\s+lời|hỏa\s+tốc))?\s+$")
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

# A line of running prose (not a recipient dash item, not a signature line) after the closing
# block: long, and citing a document ("… số 12/UBND-KT ngày …").
TAIL_PROSE = r"^(?![-+•*])[^\n]{0,200}?\bsố\s+\d{1,6}/[^\n]{100,}$"
