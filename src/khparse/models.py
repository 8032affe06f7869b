"""The Plan: the single definition of khparse's JSON output (contract version 1).

Field names follow ``plan-contract.md``; fields may be added, never renamed or dropped.
Every extracted item carries ``span`` = [start, end] into the text ``khparse text`` prints.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: Optional[str] = None
    format: str
    sha256: str
    pages: Optional[int] = None
    size: Optional[int] = Field(None, description="input size in bytes")


class Signer(_Model):
    authority: Optional[str] = Field(None, description="TM./KT./TL./TUQ./Q. line, e.g. 'KT. CHỦ TỊCH'")
    position: Optional[str] = Field(None, description="the signer's real office, e.g. 'Phó Chủ tịch'")
    name: Optional[str] = None
    span: Optional[Span] = None


class ReportedDocument(_Model):
    """For a news article: the plan it reports on, as far as the article states it."""
    type: Optional[str] = None
    number: Optional[str] = None
    issuer: Optional[str] = None
    issued_date: Optional[str] = None


class DocumentInfo(_Model):
    type: Optional[str] = Field(None, description="Kế hoạch, Công văn, Quyết định, ... or Tin bài")
    number: Optional[str] = Field(None, description="'2234/KH-UBND'; null when left blank in a draft")
    symbol: Optional[str] = Field(None, description="'KH-UBND'")
    issuer: Optional[str] = None
    parent_issuer: Optional[str] = None
    place: Optional[str] = None
    issued_date: Optional[str] = Field(None, description="ISO date, partial when the text is: '2022-09'")
    title: Optional[str] = Field(None, description="trích yếu, without the type word or 'V/v'")
    urgency: Optional[str] = None
    secrecy: Optional[str] = None
    addressees: list[str] = Field(default_factory=list)
    signer: Optional[Signer] = None
    recipients: list[str] = Field(default_factory=list)
    published_date: Optional[str] = Field(None, description="a news article's own date")
    reported: Optional[ReportedDocument] = None
    spans: dict[str, Span] = Field(default_factory=dict, description="span of each field found")


class Section(_Model):
    number: Optional[str] = None
    title: Optional[str] = None
    level: int
    kind: str = Field(description="part | roman | article | clause | point | item")
    path: str = Field(description="'III.1.a'")
    heading: str = Field(description="the heading as printed: label and title; text[span]")
    span: Span = Field(description="the heading: label and title")
    body_span: Span = Field(description="the whole section, heading to end")
    agency: Optional[str] = Field(None, description="the body named by an agency clause")
    children: list["Section"] = Field(default_factory=list)


class Appendix(_Model):
    title: Optional[str] = None
    span: Span
    sections: list[Section] = Field(default_factory=list)


class Metric(_Model):
    value: Optional[float] = None
    value_max: Optional[float] = None
    unit: Optional[str] = None
    text: str
    span: Optional[Span] = None


class Goal(_Model):
    text: str
    kind: Literal["purpose", "requirement", "target"]
    metrics: list[Metric] = Field(default_factory=list)
    deadline: Optional[str] = None
    section: Optional[str] = None
    span: Span


class Percentage(_Model):
    value: float
    value_max: Optional[float] = None
    qualifier: Optional[str] = Field(None, description="trên, ít nhất, tối thiểu, dưới, ...")
    text: str
    context: str
    section: Optional[str] = None
    span: Span


class Deadline(_Model):
    date: Optional[str] = Field(None, description="ISO, at the precision of the text; null for rules")
    kind: Literal["before", "on", "during", "within", "periodic", "relative"]
    text: str
    rule: Optional[str] = Field(None, description="the time rule when there is no calendar date")
    year_assumed: bool = False
    section: Optional[str] = None
    span: Span


class Body(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[Literal["lead", "partner", "assignee", "addressee"]] = Field(default_factory=list)
    collective: bool = Field(False, description="a class of bodies: 'UBND các quận, huyện'")
    mentions: list[Span] = Field(default_factory=list)


class Task(_Model):
    text: str
    lead: Optional[str] = None
    partners: list[str] = Field(default_factory=list)
    deadline: Optional[Deadline] = None
    section: Optional[str] = None
    source: str = Field("clause", description="clause | sentence | table")
    span: Span


class Reference(_Model):
    type: Optional[str] = None
    number: Optional[str] = None
    date: Optional[str] = None
    issuer: Optional[str] = None
    text: str
    span: Span


class Plan(_Model):
    schema_version: Literal["1"] = "1"
    khparse_version: str
    source: Source
    document: DocumentInfo
    sections: list[Section] = Field(default_factory=list)
    appendices: list[Appendix] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    bodies: list[Body] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def json_bytes(self, indent: int | None = None) -> bytes:
        """``model_dump_json(indent=indent).encode()`` without the str in between: the Plan of
        a 30 MB text is 60 MB of JSON, and a str of it with its copies costs ~250 MB more."""
        return self.__pydantic_serializer__.to_json(self, indent=indent)


Section.model_rebuild()
