"""The Plan: the single definition of khparse's JSON output (contract version 1).

Field names follow ``plan-contract.md``; fields may be added, never renamed or dropped.
Every extracted item carries ``span`` = [start, end] into the text ``khparse text`` prints.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_serializer

Span = tuple[int, int]


class _Model(BaseModel):
    """Each field's description (``khparse schema``, the analyst's field guide) is the docstring
    under it: one declaration form for every field, ``Field(...)`` only for a default factory."""
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class Source(_Model):
    path: Optional[str] = None
    """the input path as given; null for stdin"""
    format: str
    """the format read from the content: txt, docx, doc, pdf, html, md"""
    sha256: str
    """SHA-256 of the input bytes"""
    pages: Optional[int] = None
    """page count (PDF)"""
    size: Optional[int] = None
    """input size in bytes"""
    ocr_pages: Optional[list[int]] = None
    """1-based pages (or images) whose text was read by OCR; absent when no page was"""

    @model_serializer(mode="wrap")
    def _omit_no_ocr(self, handler):
        """Plans of documents without OCR keep exactly the keys they always had."""
        out = handler(self)
        if out.get("ocr_pages") is None:
            out.pop("ocr_pages", None)
        return out


class Signer(_Model):
    authority: Optional[str] = None
    """TM./KT./TL./TUQ./Q. line, e.g. 'KT. CHỦ TỊCH'"""
    position: Optional[str] = None
    """the signer's real office, e.g. 'Phó Chủ tịch'"""
    name: Optional[str] = None
    """the signer's name as printed under the signature"""
    span: Optional[Span] = None
    """[start, end] of the signature block in the text"""


class ReportedDocument(_Model):
    """For a news article: the plan it reports on, as far as the article states it."""
    type: Optional[str] = None
    """type of the reported plan: Kế hoạch, Quyết định, …"""
    number: Optional[str] = None
    """its number, '2234/KH-UBND'"""
    issuer: Optional[str] = None
    """the body that issued it"""
    issued_date: Optional[str] = None
    """its ISO date, partial when the article is"""


class DocumentInfo(_Model):
    type: Optional[str] = None
    """Kế hoạch, Công văn, Quyết định, ... or Tin bài"""
    number: Optional[str] = None
    """'2234/KH-UBND'; null when left blank in a draft"""
    symbol: Optional[str] = None
    """'KH-UBND'"""
    issuer: Optional[str] = None
    """the body that issues the document (cơ quan ban hành)"""
    parent_issuer: Optional[str] = None
    """the line above the issuer: 'UBND TỈNH LÀO CAI' over 'SỞ CÔNG THƯƠNG'"""
    place: Optional[str] = None
    """place name of the date line: 'Thành phố Hồ Chí Minh'"""
    issued_date: Optional[str] = None
    """ISO date, partial when the text is: '2022-09'"""
    title: Optional[str] = None
    """trích yếu, without the type word or 'V/v'"""
    urgency: Optional[str] = None
    """Hỏa tốc, Thượng khẩn or Khẩn"""
    secrecy: Optional[str] = None
    """Mật, Tối mật or Tuyệt mật"""
    addressees: list[str] = Field(default_factory=list)
    """the Kính gửi: list, one body per entry"""
    signer: Optional[Signer] = None
    """who signs: authority line, position and name"""
    recipients: list[str] = Field(default_factory=list)
    """the Nơi nhận: list, one recipient per entry; the filing line is in 'filed'"""
    filed: Optional[str] = None
    """the filing line of Nơi nhận ('Lưu: VT, CN'): the issuer's own copies, not a recipient"""
    published_date: Optional[str] = None
    """a news article's own date"""
    reported: Optional[ReportedDocument] = None
    """a news article's account of the plan it reports on"""
    spans: dict[str, Span] = Field(default_factory=dict)
    """span of each field found"""


class Section(_Model):
    number: Optional[str] = None
    """the label's number or letter: 'II', '1', 'a'; null for a dash item"""
    title: Optional[str] = None
    """the heading's title, up to its colon or the end of a short line"""
    level: int
    """depth in the tree: 1 for the top level present in the body"""
    kind: str
    """part | roman | article | clause | point | item"""
    path: str
    """'III.1.a'"""
    heading: str
    """the heading as printed: label and title; text[span]"""
    span: Span
    """the heading: label and title"""
    body_span: Span
    """the whole section, heading to end"""
    agency: Optional[str] = None
    """the body named by an agency clause"""
    children: list["Section"] = Field(default_factory=list)
    """the sections nested under this one"""


class Appendix(_Model):
    title: Optional[str] = None
    """the appendix's title line (Phụ lục …)"""
    span: Span
    """[start, end] of the whole appendix in the text"""
    sections: list[Section] = Field(default_factory=list)
    """the appendix's own heading tree"""


class Metric(_Model):
    value: Optional[float] = None
    """the figure, as a number"""
    value_max: Optional[float] = None
    """the upper bound of a range ('70-80%')"""
    unit: Optional[str] = None
    """'%', 'người', 'tỷ đồng', …"""
    text: str
    """the figure as printed"""
    span: Optional[Span] = None
    """[start, end] of the figure in the text"""


class Goal(_Model):
    text: str
    """the purpose, requirement or target, as printed"""
    kind: Literal["purpose", "requirement", "target"]
    """purpose (mục đích), requirement (yêu cầu) or target (mục tiêu/chỉ tiêu)"""
    metrics: list[Metric] = Field(default_factory=list)
    """the figures the goal sets"""
    deadline: Optional[str] = None
    """ISO date by which the target is due, when the text gives one"""
    section: Optional[str] = None
    """path of the innermost section it sits in: 'I.2'"""
    span: Span
    """[start, end] of the goal in the text"""


class Percentage(_Model):
    value: float
    """the percentage as a number: 80.0"""
    value_max: Optional[float] = None
    """upper bound of a range ('70-80%')"""
    qualifier: Optional[str] = None
    """trên, ít nhất, tối thiểu, dưới, ..."""
    text: str
    """the figure as printed: '80%'"""
    context: str
    """the clause the figure sits in"""
    section: Optional[str] = None
    """path of the innermost section it sits in"""
    span: Span
    """[start, end] of the figure in the text"""


class Deadline(_Model):
    date: Optional[str] = None
    """ISO, at the precision of the text; null for rules"""
    kind: Literal["before", "on", "during", "within", "periodic", "relative"]
    """before | on | during | within | periodic | relative"""
    text: str
    """the time limit as printed: 'trước ngày 31/12/2018'"""
    rule: Optional[str] = None
    """a deadline with no calendar date, in machine-readable form: for a periodic one the RFC 5545 \
RRULE of the recurring limit ('trước ngày 20 hằng tháng' -> 'FREQ=MONTHLY;BYMONTHDAY=20', 'báo cáo quý \
trước ngày 15 tháng cuối quý' -> 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15', 'định kỳ 6 tháng' -> \
'FREQ=MONTHLY;INTERVAL=6'); for a within or relative one the ISO 8601 duration ('trong thời hạn 05 \
ngày làm việc' -> 'P5D', 'trong vòng 24 giờ' -> 'PT24H'; '-P3D' when counted back before an event); \
null for a dated deadline (date and kind say it) and when the text names no period or length"""
    working_days: bool = False
    """the duration in rule counts working days (ngày làm việc), not calendar days"""
    counted_from: Optional[str] = None
    """the event a relative deadline counts from (or back from), as printed after 'kể từ', \
'tính từ', 'sau', 'trước': 'ngày nhận được văn bản', 'khi kết thúc đợt mưa lũ'; null otherwise"""
    year_assumed: bool = False
    """the year is not printed and was taken from the document's date"""
    section: Optional[str] = None
    """path of the innermost section it sits in"""
    span: Span
    """[start, end] of the time limit in the text"""


class Body(_Model):
    name: str
    """the body's full name, as the text gives it"""
    aliases: list[str] = Field(default_factory=list)
    """every other name of the body, observed and generated: the forms the text prints \
(abbreviations, short forms), then every name in known_as (known_as is a subset of aliases)"""
    known_as: list[str] = Field(default_factory=list)
    """the generated aliases only: names khparse derived from its lexicon (full and short forms \
of a name or abbreviation) that are never seen in the text; each is also in aliases"""
    roles: list[Literal["lead", "partner", "assignee", "addressee"]] = Field(default_factory=list)
    """lead (chủ trì a task), partner (phối hợp), assignee (given work), addressee (Kính gửi)"""
    collective: bool = False
    """a class of bodies: 'UBND các quận, huyện'"""
    mentions: list[Span] = Field(default_factory=list)
    """[start, end] of every mention in the text"""


class Task(_Model):
    text: str
    """the work, as printed"""
    lead: Optional[str] = None
    """name of the body that leads it (a Body name)"""
    partners: list[str] = Field(default_factory=list)
    """names of the bodies that take part (phối hợp)"""
    deadline: Optional[Deadline] = None
    """the time limit set on this work: the first of deadlines"""
    deadlines: list[Deadline] = Field(default_factory=list)
    """every time limit the task's text sets, dated ones first"""
    section: Optional[str] = None
    """path of the innermost section it sits in: 'III.1'"""
    source: str = "clause"
    """clause | sentence | table"""
    span: Span
    """[start, end] of the task in the text"""


class Reference(_Model):
    type: Optional[str] = None
    """type of the cited document: Quyết định, Nghị định, Quy chuẩn, …"""
    number: Optional[str] = None
    """its number without 'số': '2651/QĐ-UBND', 'QCVN 01:2019/BCT'"""
    date: Optional[str] = None
    """its ISO date, when cited with one"""
    issuer: Optional[str] = None
    """the body that issued it, when cited with one"""
    text: str
    """the citation as printed"""
    span: Span
    """[start, end] of the citation in the text"""


class Plan(_Model):
    schema_version: Literal["1"] = "1"
    """version of this output contract"""
    khparse_version: str
    """the khparse version that wrote it"""
    source: Source
    """the input: path, format, hash, pages"""
    document: DocumentInfo
    """the document's own identity (Decree 30/2020/NĐ-CP header, title, signature)"""
    sections: list[Section] = Field(default_factory=list)
    """the heading tree of the main body"""
    appendices: list[Appendix] = Field(default_factory=list)
    """each appendix with its own heading tree"""
    goals: list[Goal] = Field(default_factory=list)
    """purposes, requirements and targets"""
    percentages: list[Percentage] = Field(default_factory=list)
    """every percentage figure in the body"""
    deadlines: list[Deadline] = Field(default_factory=list)
    """every time limit set on work"""
    bodies: list[Body] = Field(default_factory=list)
    """every organisation given work or addressed, one per real-world body"""
    tasks: list[Task] = Field(default_factory=list)
    """each piece of work assigned to a body"""
    references: list[Reference] = Field(default_factory=list)
    """other documents cited"""
    warnings: list[str] = Field(default_factory=list)
    """what the parser noticed but could not resolve"""

    def json_bytes(self, indent: int | None = None) -> bytes:
        """``model_dump_json(indent=indent).encode()`` without the str in between: the Plan of
        a 30 MB text is 60 MB of JSON, and a str of it with its copies costs ~250 MB more."""
        return self.__pydantic_serializer__.to_json(self, indent=indent)


Section.model_rebuild()
