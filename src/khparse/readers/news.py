"""What the HTML and Markdown readers share: a news article's head (headline, date line).

A web article's date often lives only in its metadata (``<time datetime>``,
``article:published_time``, a front-matter ``date:``). It is written into the text as a line
"Ngày đăng: 25/10/2018" under the headline, so ``published_date`` has a span like every other
field, and the Document is marked ``genre="news"`` so identity reads it as a "Tin bài".
"""
from __future__ import annotations

import re
from datetime import datetime

from ..document import DocumentBuilder

_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<hm>\d{1,2}:\d{2}))?")
_DMY = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)(?:\s+(?P<hm>\d{1,2}:\d{2}))?")


def date_line(value: str | None) -> str | None:
    """'Ngày đăng: 25/10/2018 16:31' from an ISO, d/m/y or RFC 2822 date, else None."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.search(value) or _DMY.search(value)
    if m is None:
        try:
            from email.utils import parsedate_to_datetime

            when: datetime = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return f"Ngày đăng: {when.day:02d}/{when.month:02d}/{when.year} {when.hour:02d}:{when.minute:02d}"
    d, mo = int(m.group("d")), int(m.group("m"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    hm = f" {m.group('hm')}" if m.group("hm") else ""
    return f"Ngày đăng: {d:02d}/{mo:02d}/{m.group('y')}{hm}"


def start_article(b: DocumentBuilder, title: str | None, published: str | None) -> None:
    """The headline (bold) and the date line, before the article's own text."""
    b.genre = "news"
    if title and title.strip():
        b.add(" ".join(title.split()), bold=True)
    line = date_line(published)
    if line:
        b.add(line)
    b.blank()
