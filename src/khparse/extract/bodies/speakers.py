"""Who speaks in a document and what it only lists: no bodies of its own text.

- An issuer printed with its field abbreviated ("PHÒNG QLCN" under "SỞ CÔNG THƯƠNG") is the
  office written out in the text ("Phòng Quản lý công nghiệp có ý kiến …"): the initials of
  the written field are the abbreviation (``initials_key``).
- A submission's own office, named on its label line ("Đơn vị trình: Phòng X", "Phòng chuyên
  môn: Phòng X", "Đơn vị soạn thảo: …"), speaks in it as the issuer does ("Phòng X đã thẩm
  định …", "Phòng X dự thảo văn bản …"): it is given no work by it (``drop_submitter``).
- A joint text ("Hướng dẫn liên ngành", "Kế hoạch liên tịch") has several issuers, one of
  them read as its issuer: each takes its share of the work, the writer too (``is_joint``).
- The papers a submission attaches ("Hồ sơ kèm theo:" then "1. Tờ trình đề nghị UBND tỉnh …
  phê duyệt …") are titles of documents: a name inside a title is addressed by that document,
  not by this one (``attachment_lines``).
"""
from __future__ import annotations

import re

from ...lexicon import bodies as lex
from ...lexicon.bodies import JOINT_TYPE_CODE
from ...lexicon.co_leads import JOINT_TYPE
from .names import MARKER, Mention, find_mentions, fold

_SUBMITTER_RE = re.compile(lex.SUBMITTER_LINE, re.I | re.M)
_ATTACHED_RE = re.compile(lex.ATTACHED_LABEL, re.I | re.M)
_ITEM_RE = re.compile(rf"[ \t]*{MARKER}[ \t]*\S")
_CONT_RE = re.compile(r"[ \t]*[a-zà-ỹđ(]")


def issuer_name(issuer: str | None, parent: str | None) -> str | None:
    """The issuer as its text names it: a unit printed by its head alone under its parent
    ("VĂN PHÒNG" under "UBND TỈNH LÀO CAI") is "Văn phòng UBND tỉnh Lào Cai", which its text
    writes ("Văn phòng UBND tỉnh chuyển Văn bản …", "Văn phòng UBND tỉnh đã rà soát …")."""
    if issuer and parent and not find_mentions(issuer) and find_mentions(f"{issuer} {parent}"):
        return f"{issuer} {parent}"
    return issuer


def initials_key(m: Mention) -> tuple | None:
    """The mention's key with its written field cut to its initials ("Quản lý công nghiệp" →
    "qlcn"): the key of the same office printed abbreviated. None for an abbreviated field."""
    if m.abbr or not m.field_key or m.number:
        return None
    words = [w for w in fold(m.field_key.replace("|", " ")).split() if w != "và"]
    if len(words) < 2:
        return None
    return (m.head.casefold(), "".join(w[0] for w in words), m.number, None, m.collective)


def submitter_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The values of a submission's label lines naming its own office."""
    return [m.span("value") for m in _SUBMITTER_RE.finditer(text, start, len(text) if end is None else end)]


def attachment_lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The item lines under "Hồ sơ kèm theo:" (and their wrapped continuations), up to the
    first line that is neither."""
    end = len(text) if end is None else end
    out = []
    for lab in _ATTACHED_RE.finditer(text, start, end):
        p = lab.end()
        seen_item = False
        while p < end:
            nl = text.find("\n", p + 1)
            line_s = p + 1 if text[p:p + 1] == "\n" else p
            line_e = end if nl < 0 else min(nl, end)
            if line_s >= line_e:
                break
            if _ITEM_RE.match(text, line_s):
                seen_item = True
            elif not (seen_item and _CONT_RE.match(text, line_s)):
                break
            out.append((line_s, line_e))
            p = line_e
    return out


_JOINT_TYPE_RE = re.compile(JOINT_TYPE, re.I)
_JOINT_CODE_RE = re.compile(JOINT_TYPE_CODE)


def is_joint(info) -> bool:
    """A text several bodies issue together: its type says so ("Hướng dẫn liên ngành", "Thông
    tư liên tịch") or its type code does ("08/HDLN-BTC-BNV", "12/KHLT-SYT-HLHPN")."""
    return bool(info.type and _JOINT_TYPE_RE.search(info.type)
                or info.symbol and _JOINT_CODE_RE.match(info.symbol))
