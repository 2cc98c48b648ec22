"""The document model: the one thing the pipeline's stages share.

A briefing folder (article.md + figures.yaml) is loaded into a `Briefing`;
templates render a `Briefing`; the font check reads its text by role.
Inline content is a list of `Span`s, never an HTML string, so nothing from
the content reaches the HTML except through the templates' autoescape.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# Inline marks content may carry: the allow-list of inline markup.
Mark = Literal["sub", "sup", "em", "strong"]
INLINE_TAGS: frozenset[str] = frozenset({"sub", "sup", "em", "strong", "br"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(Strict):
    """A run of text with the same inline marks; `break_` is a forced line break."""

    text: str = ""
    marks: tuple[Mark, ...] = ()
    break_: bool = False


class RichText(Strict):
    spans: list[Span] = Field(default_factory=list)

    @property
    def plain(self) -> str:
        return "".join("\n" if s.break_ else s.text for s in self.spans)

    def __bool__(self) -> bool:
        return bool(self.plain)


class Located(Strict):
    """Anything that came from a line of a source file."""

    line: int = 0


class Paragraph(Located):
    kind: Literal["paragraph"] = "paragraph"
    id: str = ""
    text: RichText


class Figure(Located):
    """A photo (optional: the source may carry only its caption) with its caption."""

    kind: Literal["figure"] = "figure"
    id: str = ""
    caption: RichText
    image: str | None = None
    alt: str | None = None


class Table(Located):
    kind: Literal["table"] = "table"
    id: str = ""
    caption: RichText | None = None
    header: list[RichText]
    rows: list[list[RichText]]
    align: list[Literal["left", "center", "right"] | None] = Field(default_factory=list)


class Quote(Located):
    kind: Literal["quote"] = "quote"
    id: str = ""
    blocks: list[Paragraph]


Block = Annotated[Paragraph | Figure | Table | Quote, Field(discriminator="kind")]


class Section(Located):
    """A heading and what follows it up to the next heading of its level or higher.

    `number` is the heading's numbering set apart ("1", "一、", "（一）"); `run_in`
    marks a heading that ends with terminal punctuation and is set at the start of
    its first paragraph, as official documents do.
    """

    id: str
    level: int = Field(ge=1, le=4)
    number: str | None = None
    title: RichText
    run_in: bool = False
    blocks: list[Block] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)


class GridOptions(Strict):
    """Grid mode: a text block exactly `columns` body characters wide and `rows` lines
    high (GB/T 9704: 28 × 22 at 16 pt, line pitch 225 mm / 22)."""

    columns: int = Field(28, ge=10, le=60)
    rows: int = Field(22, ge=10, le=60)
    size: float = Field(16, gt=5, le=30)  # body size, pt
    pitch: float = Field(28.95, gt=5, le=60)  # line pitch, pt


class TemplateOptions(Strict):
    paper: Literal["A4", "A5", "B5", "letter"] = "A4"
    # Punctuation widths (typesetting layer); None: the template's choice.
    punctuation: Literal["kaiming", "quanjiao", "banjiao"] | None = None
    grid: GridOptions | None = None
    # Where key-figure tables stand: after the paragraph their first row cites,
    # together after the lead, or together at the end.
    figures: Literal["inline", "lead", "end", "none"] = "inline"
    # Numbers in official style have no thousands separators (16398.12万元).
    number_style: Literal["official", "grouped"] = "official"
    running_header: bool = True


class Meta(Strict):
    title: str = Field(min_length=1)
    subtitle: str | None = None
    authors: list[str] = Field(default_factory=list)
    source: str | None = None
    date: dt.date | None = None
    language: str = "zh-CN"
    template: str = "reprint"
    options: TemplateOptions = Field(default_factory=TemplateOptions)

    @field_validator("language")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        import re

        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
            raise ValueError("must be a BCP 47 language tag such as zh-CN")
        return value

    @property
    def locale(self) -> str:
        """The Babel locale for the language tag (zh-CN -> zh_Hans_CN)."""
        scripts = {"zh-CN": "zh_Hans_CN", "zh-SG": "zh_Hans_SG", "zh-TW": "zh_Hant_TW",
                   "zh-HK": "zh_Hant_HK"}
        return scripts.get(self.language, self.language.replace("-", "_"))


class FigureRow(Located):
    """One key figure, citing the sentence of the article it was taken from."""

    label: str = Field(min_length=1)
    value: Decimal
    unit: str = ""
    change: str | None = None
    rank: str | None = None
    source: str = Field(min_length=1)

    @field_validator("value", mode="before")
    @classmethod
    def _exact_value(cls, value: object) -> object:
        # YAML reads 4.44 as a float; go through str so 4.44 stays 4.44.
        return str(value) if isinstance(value, float) else value


class FigureGroup(Located):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    rows: list[FigureRow] = Field(min_length=1)
    # Filled by the loader: the id of the block holding the first row's sentence.
    anchor: str = ""


class Briefing(Strict):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    folder: Path
    meta: Meta
    # Front-matter key -> line in article.md, so later stages can point at a key.
    meta_lines: dict[str, int] = Field(default_factory=dict)
    lead: list[Block] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    figures: list[FigureGroup] = Field(default_factory=list)

    def walk_sections(self):
        """Every section, depth first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.sections))

    def walk_blocks(self):
        """Every block in document order, quotes' paragraphs included."""

        def expand(blocks):
            for block in blocks:
                yield block
                if isinstance(block, Quote):
                    yield from block.blocks

        yield from expand(self.lead)
        for section in self.walk_sections():
            yield from expand(section.blocks)
