"""Vietnamese text typed in pre-Unicode fonts: which fonts, and what their bytes mean.

Before Unicode (and in many provincial offices long after) Vietnamese was typed in 8-bit
fonts that draw Vietnamese letters in the Latin-1 slots: Word, a .txt file or a PDF then
hold "Céng hoµ x· héi" for "Cộng hoà xã hội". Two families cover nearly every such file:

* TCVN3 (TCVN 5712:1993, "ABC"): fonts .VnTime, .VnArial, … one byte per letter;
  the ``H`` variants (.VnTimeH) draw the same bytes as capitals.
* VNI (VNI-Times, VNI-Helve, …): an ASCII vowel followed by a byte for its marks
  ("Vieät" = Việt), plus single bytes for đ, ơ, ư and a few toned letters.

Tables are keyed by the Latin-1 character Word or a decoder gives for each byte.
"""

# TCVN3 byte (as Latin-1 character) -> Unicode letter.
TCVN3 = {
    "\u00b5": "à", "\u00b8": "á", "\u00b6": "ả", "\u00b7": "ã", "\u00b9": "ạ",
    "\u00a8": "ă", "\u00bb": "ằ", "\u00be": "ắ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00c6": "ặ",
    "\u00a9": "â", "\u00c7": "ầ", "\u00ca": "ấ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00cb": "ậ",
    "\u00ae": "đ",
    "\u00cc": "è", "\u00d0": "é", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d1": "ẹ",
    "\u00aa": "ê", "\u00d2": "ề", "\u00d5": "ế", "\u00d3": "ể", "\u00d4": "ễ", "\u00d6": "ệ",
    "\u00d7": "ì", "\u00dd": "í", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00de": "ị",
    "\u00df": "ò", "\u00e3": "ó", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e4": "ọ",
    "\u00ab": "ô", "\u00e5": "ồ", "\u00e8": "ố", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e9": "ộ",
    "\u00ac": "ơ", "\u00ea": "ờ", "\u00ed": "ớ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ee": "ợ",
    "\u00ef": "ù", "\u00f3": "ú", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f4": "ụ",
    "\u00ad": "ư", "\u00f5": "ừ", "\u00f8": "ứ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f9": "ự",
    "\u00fa": "ỳ", "\u00fd": "ý", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fe": "ỵ",
    "\u00a1": "Ă", "\u00a2": "Â", "\u00a7": "Đ", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ",
    "\u00a6": "Ư",
}
# Latin-1 letters that Unicode Vietnamese uses too (à, é, ô …): a run made only of these
# and ASCII may be Unicode text in a font left set to .VnTime, so it proves nothing.
UNICODE_VI_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")

# VNI: the byte after a vowel, as combining marks (NFC composes base + marks).
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_BREVE, _CIRC = "\u0306", "\u0302"
VNI_MARKS = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "ê": _BREVE, "è": _BREVE + _GRAVE, "é": _BREVE + _ACUTE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
    "â": _CIRC, "à": _CIRC + _GRAVE, "á": _CIRC + _ACUTE, "å": _CIRC + _HOOK,
    "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
}
VNI_MARKS.update({k.upper(): v for k, v in list(VNI_MARKS.items())})
# Marks that only follow "a" (breve) or only a, e, o (circumflex): VNI never puts them elsewhere.
VNI_BREVE_MARKS = set("êèéúüëÊÈÉÚÜË")
VNI_CIRC_MARKS = set("âàáåãäÂÀÁÅÃÄ")
# Single VNI bytes that are letters of their own.
VNI_LETTERS = {
    "ñ": "đ", "Ñ": "Đ", "ì": "ì", "Ì": "Ì", "í": "í", "Í": "Í", "æ": "ỉ", "Æ": "Ỉ",
    "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
    "î": "ỵ", "Î": "Ỵ",
}
VNI_VOWELS = "aeiouyAEIOUY"
# VNI bytes Unicode Vietnamese never has: one of them marks a run as really VNI.
VNI_TELLS = set("øûïëüåäñÑöÖæÆîÎØÛÏËÜÅÄ")

# Font names: TCVN3 fonts start with ".Vn" (.VnTime, .VnArialH, .VnCentury Schoolbook);
# VNI fonts with "VNI-" (VNI-Times, VNI-Helve-Condense).
TCVN3_FONT_PREFIXES = (".vn",)
VNI_FONT_PREFIXES = ("vni-", "vni ")
