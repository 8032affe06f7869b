"""A web page saved as .html: the news article's own text, headline and date.

lxml.html parses the page (already a dependency; trafilatura was tried and rejected: its
justext dependency fails to import beside lxml 6 without another package, and it pulls in
URL and date guessers khparse does not need). What is dropped: scripts, styles, forms,
navigation, headers and footers of the site, asides and anything whose class or id says
menu, share, comment, related, banner or ads. The article is the ``<article>`` /
``itemprop=articleBody`` element, else the element whose paragraphs hold the most text
(the readability heuristic). Block elements become blocks; table cells become cells with
``table=(t, r, c)`` like the .docx reader's; entities escaped twice ("&amp;nbsp;") are
unescaped. The headline comes from ``og:title``, ``<h1>`` or ``<title>``, the date from
``article:published_time``, ``datePublished`` or ``<time datetime>`` (see :mod:`.news`).
"""
from __future__ import annotations

import html as htmllib
import re

from ..document import Document, DocumentBuilder
from ..errors import CorruptFile
from . import news

_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "aside",
         "button", "select", "input", "textarea", "object", "embed", "canvas", "video",
         "audio", "map", "head", "title", "meta", "link"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol",
          "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "address", "center",
          "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body", "html", "caption", "table",
          "tbody", "thead", "tfoot", "tr", "td", "th"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|footer|sidebar|share|sharing|social|"
    r"comments?|related|banner|ads?|advert\w*|popup|cookie|tags?|toolbar|subscribe|"
    r"newsletter|login|search|pagination|print)(?:$|[\s_-])", re.I)
_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu"}
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "date", "dc.date",
              "dc.date.issued", "dcterms.created", "article.published", "sailthru.date")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def read_html(data: bytes, path: str | None = None) -> Document:
    """Read a saved web page's bytes into a Document holding the article only."""
    import lxml.html
    from lxml import etree

    text = _decode(data)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses a str with an encoding declaration
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise CorruptFile(f"cannot parse this HTML page ({exc})",
                          hint="save the page again from the browser") from None
    title = _title(root)
    published = _published(root)
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(el)
    _strip_boilerplate(root)
    body = _article(root)
    b = DocumentBuilder("html", data, path)
    news.start_article(b, title, published)
    _Walker(b, title).walk(body)
    return b.build()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii").lower(), errors="replace")
        except LookupError:
            pass
    from .txt import decode

    return decode(data)[0]


def _remove(el) -> None:
    """Remove an element but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _meta(root, *names: str) -> str | None:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in names and (el.get("content") or "").strip():
            return el.get("content").strip()
    return None


def _title(root) -> str | None:
    t = _meta(root, "og:title", "twitter:title")
    if t:
        return t
    for h1 in root.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    el = root.find(".//title")
    return " ".join(el.text_content().split()) if el is not None else None


def _published(root) -> str | None:
    found = _meta(root, *_DATE_META)
    if found:
        return found
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.get("itemprop") or "").lower() == "datepublished":
            return el.get("datetime") or el.get("content") or el.text_content()
    for el in root.iter("time"):
        if el.get("datetime"):
            return el.get("datetime")
    for el in root.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            m = _LD_DATE.search(el.text)
            if m:
                return m.group(1)
    return None


def _strip_boilerplate(root) -> None:
    inside_article = set()
    for art in root.iter("article"):
        inside_article.update(id(e) for e in art.iter())
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        tag = el.tag.lower()
        if tag in _DROP:
            _remove(el)
        elif tag in ("header", "footer") and id(el) not in inside_article:
            _remove(el)
        elif (el.get("role") or "").lower() in _ROLES:
            _remove(el)
        elif tag not in ("body", "html", "article", "main") and _BOILERPLATE.search(
                f"{el.get('class') or ''} {el.get('id') or ''}"):
            _remove(el)
        elif (el.get("hidden") is not None or re.search(r"display\s*:\s*none", el.get("style") or "")):
            _remove(el)


def _text_len(el) -> int:
    return len(" ".join(el.text_content().split()))


def _article(root):
    """The element holding the article: <article>/articleBody, else the densest container."""
    body = root.find("body")
    body = body if body is not None else root
    marked = [el for el in root.iter() if isinstance(el.tag, str) and (
        el.tag == "article" or (el.get("itemprop") or "").lower() == "articlebody")]
    marked = [el for el in marked if _text_len(el) >= 200]
    if marked:
        return max(marked, key=_text_len)
    scores: dict = {}
    for p in root.iter("p", "pre", "blockquote"):
        parent = p.getparent()
        if parent is None:
            continue
        n = _text_len(p)
        if n < 25:
            continue
        scores[parent] = scores.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + n / 2
    if not scores:
        return body
    best = max(scores, key=scores.get)
    return best if _text_len(best) >= 0.2 * _text_len(body) or _text_len(best) > 500 else body


class _Walker:
    """Block elements → blocks (in order), inline elements → their text, <br> → newline."""

    def __init__(self, b: DocumentBuilder, title: str | None):
        self.b = b
        self.title = " ".join((title or "").split())
        self.cur: list[str] = []
        self.tables = 0
        self.cell: tuple[int, int, int] | None = None

    def walk(self, el) -> None:
        self.node(el)
        self.flush(None)

    def flush(self, tag: str | None) -> None:
        raw = "".join(self.cur)
        self.cur = []
        text = _unescape(raw)
        if not text.strip():
            return
        if tag == "h1" and " ".join(text.split()) == self.title:
            return  # the headline is already the first block
        self.b.add(text, bold=tag in _HEADINGS, kind="cell" if self.cell else "para",
                   table=self.cell)

    def node(self, el) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            self.cur.append("\n")
            return
        if tag == "table":
            self.flush(None)
            self.table(el)
            return
        block = tag in _BLOCK
        if block:
            self.flush(None)
        if el.text:
            self.cur.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.node(child)
            if child.tail:
                self.cur.append(child.tail)
        if block:
            self.flush(tag)
            if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"):
                self.b.blank()

    def table(self, tbl) -> None:
        index = self.tables
        self.tables += 1
        rows = [tr for tr in tbl.iter("tr") if _owner(tr, "table") is tbl]
        outer = self.cell
        for r, tr in enumerate(rows):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            for c, td in enumerate(cells):
                self.b.blank()
                self.cell = (index, r, c) if outer is None else outer
                self.node(td)
                self.flush(None)
        self.cell = outer
        self.b.blank()


def _owner(el, tag: str):
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _unescape(text: str) -> str:
    """Entities a CMS escaped twice ("&amp;nbsp;" shows as "&nbsp;") are garbage: decode them."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = htmllib.unescape(text)
    return text
