"""Duties a licence or certificate states of its holder by name, outside a part of their own.

A Giấy phép / Giấy chứng nhận names its holder near its top ("Cho phép: Công ty TNHH X.",
"Tên cơ quan, tổ chức, cá nhân: Công ty Y.", "Cơ sở: Công ty cổ phần Z.") and then, in any
article or clause, states what that holder must do with the holder as the subject of the
sentence: by its name ("Điều 2. … / Công ty TNHH X phải thực hiện đúng các quy định …", "…;
Công ty Y phải có trách nhiệm duy trì các điều kiện an toàn …") or by the bare head of its name
("Trường hợp Công ty di chuyển …, Công ty phải thực hiện thủ tục …"), and it records the
commitments the holder made as conditions of the grant ("Công ty Z tự nguyện cam kết: a) …
b) …"). Each such sentence is one task of the holder; a sentence that ends with a colon over
lettered or numbered items gives one task per item.

The name often holds lower-case words ("Công ty TNHH vật tư chuyên dùng xăng dầu X") that no
mention was read for, so the holder is found from the line that names it, and the bodies stage
gives the task's lead its Body afterwards (bodies.task_leads).
"""
from __future__ import annotations

import re

from ..lexicon import requests as lex
from ..models import Task
from . import holder_duties, prose
from .paragraphs import paragraphs

_MARKER_RE = re.compile(r"\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*|[-+•*]\s*)?")
_DUTY_RE = re.compile(lex.HOLDER_DUTY_CUE, re.I)
_BEFORE_RE = re.compile(lex.HOLDER_SUBJECT_BEFORE)
_GENERIC_RE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, lex.HOLDER_REFS), key=len, reverse=True))
                         + r")(?![^\W\d_])", re.I)


def apply(ctx, tasks: list[Task], doc_type: str | None = None) -> list[Task]:
    """``tasks`` and one task of the holder for each duty it is the subject of that no task
    covers yet."""
    if doc_type not in lex.GRANT_TYPES:
        return tasks
    line = holder_duties.holder_line(ctx)
    if line is None:
        return tasks
    who = holder_duties.holder(ctx)
    text = ctx.text
    name_re = re.compile(r"(?<![^\W\d_])" + r"\s+".join(map(re.escape, line.group("name").split()))
                         + r"(?![^\W\d_])", re.I)
    # everything below the line: a certificate's back page ("II. NỘI DUNG CẤP GIẤY CHỨNG NHẬN")
    # stands after its signature
    paras = paragraphs(ctx.doc, line.end(), len(text), ctx.names)
    out = list(tasks)
    k = 0
    while k < len(paras):
        s, e = paras[k]
        k += 1
        for a, b in prose.sentences(text, s, e):
            subj = _subject(text, a, b, name_re)
            if subj is None:
                continue
            if not text[b:e].strip(" \t\n:") and text[a:e].rstrip().endswith(":"):
                items = ctx.items_after(paras, k - 1)   # "… tự nguyện cam kết:" / "a) …" / "b) …"
                if items:
                    out += [ctx.make(x, y, who, "clause") for x, y in items if not _covered(out, x, y)]
                    k += len(items)
                    break
            # from the clause the subject opens ("…: Loại 3; Công ty X phải …"), or the whole item
            semi = max((m.end() for m in re.finditer(";", text[a:subj])), default=0)
            a = a + semi if semi else (s if _MARKER_RE.fullmatch(text, s, a) else a)
            if not _covered(out, a, b):
                out.append(ctx.make(a, b, who, "sentence"))
    return out


def _subject(text: str, a: int, b: int, name_re: re.Pattern) -> int | None:
    """Where the holder opens a clause of text[a:b] (the sentence's start, or after a list
    marker, a comma or a semicolon) as the subject of a duty, or None."""
    for rx in (name_re, _GENERIC_RE):
        for m in rx.finditer(text, a, b):
            if _BEFORE_RE.search(text[a:m.start()]) and _DUTY_RE.match(text, m.end()):
                return m.start()
    return None


def _covered(tasks: list[Task], s: int, e: int) -> bool:
    return any(t.span[0] < e and s < t.span[1] for t in tasks)
