"""What OCR gets wrong in administrative Vietnamese, and the printed form it stands for.

Measured on scans of this repository's evaluation PDFs (eval/ocr_twin.py): Tesseract's
``vie`` model reads body text well but misreads the few characters the structure hangs on —
the Roman numeral of a part heading ("II." as "H." or "II", "III." as "HI."), the slash of a
document number ("632/KH-UBND" as "632KH-UBND") and Đ as the Icelandic Ð. Each fix applies
to OCR text only, and only where the genre makes the reading certain.
"""
from .identity import TYPE_CODES

# A part heading opens with a Roman numeral (Decree 30 layout): OCR's shapes for it.
ROMAN_MISREAD = {
    "H": "II", "Il": "II", "lI": "II", "ll": "II", "1I": "II", "I1": "II", "11": "II",
    "HI": "III", "IH": "III", "Hl": "III", "lII": "III", "IIl": "III", "Ill": "III",
    "lll": "III", "1II": "III", "II1": "III", "TV": "IV", "lV": "IV", "1V": "IV",
}
# ... followed by "." (or nothing: the dot lost) and a heading in capitals (the reader checks
# the word is all capitals; the class here only finds it).
ROMAN_HEADING = (r"^(?P<num>" + "|".join(sorted(ROMAN_MISREAD, key=len, reverse=True))
                 + r"|I{1,3}|IV|VI{0,3}|IX|X)(?P<dot>\.?)\s+(?=[A-ZĐÀ-Ỹ]{2,}[\s,])")
# A number glued to its symbol ("632KH-UBND"): the slash is always there in print.
NUMBER_SLASH = (r"(?<![\w/])(?P<n>\d{1,6})(?P<code>(?:" + "|".join(sorted(TYPE_CODES, key=len, reverse=True))
                + r")-[A-ZĐ][A-ZĐ&]*)")
# Letters of other alphabets OCR puts for Vietnamese ones.
LOOKALIKES = {"Ð": "Đ"}
