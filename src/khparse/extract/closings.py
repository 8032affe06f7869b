"""A letter's closing that only asks the addressee to consider what the letter asked above.

"Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ X quan tâm, sớm xem xét, chỉ đạo giải quyết./.",
"Kính đề nghị UBND tỉnh xem xét, cho ý kiến chỉ đạo./.": after the requests the letter made, such
a closing names no work of its own and is a formula, as in a report. A letter whose one request
is that closing still gives it as its task, and a submission (Tờ trình, Phiếu trình) or a
transmittal keeps its own rules for the request it carries.
"""
from __future__ import annotations

import re

from ..lexicon import requests as lex
from ..models import Task

_OWN_RULES = lex.SUBMISSION_TYPES | lex.TRANSMITTAL_TYPES
_CUE_RE = re.compile(lex.CLOSING_CUE, re.I)
_BARE_RE = re.compile(lex.SUBMISSION_BARE_CLOSING, re.I)
_URGE_RE = re.compile(lex.URGE_AFTER_NAMES, re.I)
_CLOSING_RE = re.compile(lex.CLOSING, re.I)
_SUMMARY_RE = re.compile(r"(?<![^\W\d_])Trên\s+đây\s+là(?![^\W\d_])")
_ASK_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:đề\s+nghị|yêu\s+cầu)\s+(?:(?:các|quý)\s+)?$", re.I)
# the cue opens the sender's request: "đề nghị", or "trình"/"báo cáo" with "kính"/"trân trọng"
_OPENS_REQUEST_RE = re.compile(r"(?:(?:kính|trân\s+trọng)\s+(?:trình|đề\s+nghị|báo\s+cáo)|đề\s+nghị)\s", re.I)


def is_bare(text: str) -> bool:
    """A one-sentence request that names nothing to do but consider ("… đề nghị Bộ X quan tâm,
    sớm xem xét, chỉ đạo giải quyết./."). A "Trên đây là …, đề nghị Công ty gửi …" summary that
    asks for work is none."""
    if len(text) > 250:
        return False
    m = _CUE_RE.search(text)
    if not m or "," in text[:m.start()] or not _OPENS_REQUEST_RE.match(text, m.start()):
        return False   # "Sở X rà soát, báo cáo … để UBND tỉnh xem xét": the request is the work before
    return bool(_BARE_RE.match(text[m.start():].strip()))


def urges_only(ctx, t: Task) -> bool:
    """A request to bodies named in it that only urges carrying out what the letter asked ("Căn cứ
    nội dung trên, đề nghị Sở Y, Ban Quản lý Z phối hợp với các cơ quan, đơn vị liên quan triển khai
    thực hiện./."; lexicon requests URGE_AFTER_NAMES, CLOSING), alone or after the closing summary
    ("Trên đây là thông báo … . Đề nghị Tổng công ty X nghiên cứu, tiếp thu và tổ chức thực hiện theo
    đúng quy định./.")."""
    s, e = t.span
    text = ctx.text
    names = [m for m in ctx.mentions_in(s, e) if ctx.body_name(m)]
    if not names:
        return False
    cue = _ASK_BEFORE_RE.search(text, s, names[0].start)
    if not cue or e - cue.start() > 350 or re.search(r"[.;!?]\s+\S", text[cue.start():e].rstrip("./ \n")):
        return False
    before = text[s:cue.start()].rstrip()
    if re.search(r"[.;!?]\s+\S", before) and not _SUMMARY_RE.search(before):
        return False   # the request follows work of its own, not the closing summary
    tail = text[names[-1].end:e]
    return bool(_URGE_RE.match(tail) or _CLOSING_RE.match(tail))


def drop_formulas(ctx, tasks: list[Task], doc_type: str | None) -> list[Task]:
    """``tasks`` without the closings that only ask for consideration or urge carrying out what
    was asked, when other tasks remain."""
    if doc_type in _OWN_RULES:
        return tasks
    bare = [t for t in tasks if t.source == "sentence" and (is_bare(t.text) or urges_only(ctx, t))]
    if not bare or len(bare) == len(tasks):
        return tasks
    gone = {id(t) for t in bare}
    return [t for t in tasks if id(t) not in gone]
