"""The document model: the one thing the pipeline's stages share.

A briefing folder (article.md + figures.yaml) is loaded into a `Briefing`;
templates render a `Briefing`; the font check reads its text by role.
Inline content is a list of `Span`s, never an HTML string, so nothing from
the content reaches the HTML except through the templates' autoescape.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Inline marks content may carry: the allow-list of inline markup.
# (「s」: words the author struck through, 「~~…~~」 — printed struck, never as plain words)
Mark = Literal["sub", "sup", "em", "strong", "s"]
INLINE_TAGS: frozenset[str] = frozenset({"sub", "sup", "em", "strong", "s", "br"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(Strict):
    """A run of text with the same inline marks; `break_` is a forced line break;
    `footnote` is the id of the `Footnote` whose mark stands here (a span of no text)."""

    text: str = ""
    marks: tuple[Mark, ...] = ()
    break_: bool = False
    footnote: str | None = None


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


# What a paragraph is (article.md: `::: note`, `::: salutation`, … around it; README):
# body text; a note (注：/说明：/资料来源：), smaller; a salutation (同志们：), flush left;
# a line of the signature (落款: signer, then date), right-aligned; a byline inside the
# body (a later item's 本报记者 某某), centred.
ParagraphRole = Literal["body", "note", "salutation", "signature", "byline"]
PARAGRAPH_ROLES: tuple[str, ...] = ("note", "salutation", "signature", "byline")


class Paragraph(Located):
    kind: Literal["paragraph"] = "paragraph"
    id: str = ""
    text: RichText
    role: ParagraphRole = "body"


class Footnote(Located):
    """A footnote's text (article.md `[^label]: …`); its mark is the `Span` whose
    `footnote` is this id, in the text of the block `block` (the outermost one)."""

    id: str
    text: RichText
    block: str = ""


class Figure(Located):
    """A photo (optional: the source may carry only its caption) with its caption."""

    kind: Literal["figure"] = "figure"
    id: str = ""
    caption: RichText
    image: str | None = None
    alt: str | None = None
    # Filled by the loader from the picture file: its height ÷ width (None for SVG), so a
    # template can give the photo whole lines of its grid.
    ratio: float | None = None


# A number as tables print it: 16398.12, -3.5, 1,234, 80.6%; what a numeric column may
# hold besides numbers: an empty cell or a dash for "none" / "not available".
NUMBER = re.compile(
    r"^(?P<int>[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+))(?P<frac>\.\d+)?(?P<suffix>[%‰]?)$")
NO_VALUE = frozenset({"", "-", "--", "—", "——", "－", "/", "／", "…", "……", "×"})


class TableCell(Strict):
    """A cell of a table: its text and the columns and rows it spans. A merged cell is
    held once, at its top-left position; `col` is that position's column (the model
    fills it in)."""

    text: RichText = Field(default_factory=RichText)
    colspan: int = Field(1, ge=1)
    rowspan: int = Field(1, ge=1)
    col: int = 0

    @property
    def plain(self) -> str:
        return self.text.plain

    @property
    def unit_split(self) -> tuple[RichText, RichText] | None:
        """A header's text and the unit in brackets it ends with (「优良率」「（%）」),
        so that the unit is never broken; None when it ends with none."""
        plain = self.plain
        if not plain.endswith(("）", ")")):
            return None
        at = max(plain.rfind("（"), plain.rfind("("))
        if at <= 0:
            return None
        head: list[Span] = []
        unit: list[Span] = []
        offset = 0
        for span in self.text.spans:
            length = 1 if span.break_ else len(span.text)
            if offset + length <= at:
                head.append(span)
            elif offset >= at:
                unit.append(span)
            else:
                cut = at - offset
                head.append(span.model_copy(update={"text": span.text[:cut]}))
                unit.append(span.model_copy(update={"text": span.text[cut:]}))
            offset += length
        return RichText(spans=head), RichText(spans=unit)

    @property
    def number(self) -> tuple[str, str, str] | None:
        """(integer part, fraction with its point, % or ‰) when the cell is one number
        written plainly (no marks), else None."""
        if any(span.marks or span.break_ for span in self.text.spans):
            return None
        found = NUMBER.match(self.plain.strip())
        return (found["int"], found["frac"] or "", found["suffix"]) if found else None


class Table(Located):
    """A table as the source has it: header rows and body rows of cells (merged cells
    once, with their spans), a caption above and notes below (注：…), and an alignment
    per column (None: the template's, which sets numeric columns right)."""

    kind: Literal["table"] = "table"
    id: str = ""
    caption: RichText | None = None
    header: list[list[TableCell]] = Field(default_factory=list)
    rows: list[list[TableCell]]
    align: list[Literal["left", "center", "right"] | None] = Field(default_factory=list)
    notes: list[RichText] = Field(default_factory=list)
    # Wholly empty columns the loader left out at the right (the source's trailing '|').
    dropped_columns: int = 0
    # A table the importer rebuilt on a guess, held for the editor by the marker line
    # `<!-- held table (…): REASON -->` above it (loader.HELD_MARKER): why it is a guess,
    # and the marker's line. Printed by no template until the line is deleted.
    held: str | None = None
    held_line: int = 0

    @model_validator(mode="after")
    def _place(self) -> Table:
        """Give every cell its column; every row must fill the table's width."""
        width = self.columns
        for part, rows in (("header", self.header), ("body", self.rows)):
            covered: dict[tuple[int, int], bool] = {}
            for r, row in enumerate(rows):
                col = 0
                for cell in row:
                    while covered.get((r, col)):
                        col += 1
                    cell.col = col
                    for dr in range(cell.rowspan):
                        for dc in range(cell.colspan):
                            covered[(r + dr, col + dc)] = True
                    col += cell.colspan
                filled = sum(1 for c in range(width) if covered.get((r, c)))
                if row and filled != width:
                    raise ValueError(f"{part} row {r + 1} fills {filled} of {width} columns")
        if self.align and len(self.align) != width:
            raise ValueError(f"'align' gives {len(self.align)} columns, the table has {width}")
        return self

    @property
    def columns(self) -> int:
        first = self.header[0] if self.header else (self.rows[0] if self.rows else [])
        return sum(cell.colspan for cell in first)  # nothing spans into a first row

    def body_cells(self, col: int) -> list[TableCell]:
        """The body cells that are in column `col` alone (no column span)."""
        return [cell for row in self.rows for cell in row
                if cell.col == col and cell.colspan == 1]

    @property
    def numeric(self) -> list[bool]:
        """Per column: its body holds numbers, and nothing else but blanks and dashes."""
        result = []
        for col in range(self.columns):
            cells = self.body_cells(col)
            numbers = [c for c in cells if c.number]
            rest = [c for c in cells if not c.number and c.plain.strip() not in NO_VALUE]
            result.append(bool(numbers) and not rest)
        return result

    @property
    def decimals(self) -> list[int]:
        """Per numeric column: the most decimal places any of its numbers has (0 for
        the other columns); numbers with fewer are padded to it when set."""
        result = []
        for col, numeric in enumerate(self.numeric):
            places = [len(c.number[1]) - 1 for c in self.body_cells(col)
                      if numeric and c.number and c.number[1]]
            result.append(max(places, default=0))
        return result

    @property
    def cells(self) -> list[TableCell]:
        """Every cell, header first, in reading order."""
        return [cell for row in [*self.header, *self.rows] for cell in row]


class Quote(Located):
    kind: Literal["quote"] = "quote"
    id: str = ""
    blocks: list[Paragraph]


class EditorNote(Located):
    """编者按: the editor's paragraphs, set apart from the article (its signature
    「——编者」 is its last paragraph)."""

    kind: Literal["editor-note"] = "editor-note"
    id: str = ""
    blocks: list[Paragraph]


class Sidebar(Located):
    """A boxed aside (记者手记, 链接, 背景) with its heading."""

    kind: Literal["sidebar"] = "sidebar"
    id: str = ""
    title: RichText | None = None
    blocks: list[Paragraph]


# Blocks that hold paragraphs of their own.
Container = Quote | EditorNote | Sidebar

Block = Annotated[Paragraph | Figure | Table | Quote | EditorNote | Sidebar,
                  Field(discriminator="kind")]


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
    punctuation: Literal["kaiming", "quanjiao", "banjiao", "centred"] | None = None
    grid: GridOptions | None = None
    # Where key-figure tables stand: after the paragraph their first row cites,
    # together after the lead, or together at the end.
    figures: Literal["inline", "lead", "end", "none"] = "inline"
    # Numbers in official style have no thousands separators (16398.12万元).
    number_style: Literal["official", "grouped"] = "official"
    running_header: bool = True
    # A photo's caption whose photo is not in the folder: left out (omit), or printed as
    # 「（图略）」 and the caption (placeholder); None: the template's (template.yaml).
    missing_photos: Literal["omit", "placeholder"] | None = None


class Distribution(Strict):
    """The 报尾's addressees: 报 (superiors), 送 (peers), 发 (subordinates); YAML keys
    may be written in Chinese (报/送/发) or as bao/song/fa."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    bao: list[str] = Field(default_factory=list, alias="报")
    song: list[str] = Field(default_factory=list, alias="送")
    fa: list[str] = Field(default_factory=list, alias="发")


class JianbaoMeta(Strict):
    """The masthead (报头) and end block (报尾) of a government briefing (template jianbao)."""

    name: str = Field(min_length=1)  # 生态环境工作简报
    issue: int = Field(ge=1)  # 第X期
    total_issue: int | None = Field(None, ge=1)  # （总第X期）
    issue_numerals: Literal["arabic", "chinese"] = "arabic"  # 第12期 | 第十二期
    unit: str = Field(min_length=1)  # the issuing unit, left under the name
    date: dt.date | None = None  # the issue's date; default: the article's date
    mark: str | None = None  # 内部资料, top left
    serial: str | None = None  # top right
    editor_note: str | None = None  # 编者按
    distribution: Distribution = Field(default_factory=Distribution)
    extra: str | None = None  # 本期增发……
    copies: int | None = Field(None, ge=1)  # （共印X份）


class Meta(Strict):
    # None: the text has no title (a 统计公报 copied from its first paragraph): printed
    # without one; `check` asks for it; the PDF's metadata title is `document_title`.
    title: str | None = Field(None, min_length=1)
    subtitle: str | None = None
    authors: list[str] = Field(default_factory=list)
    source: str | None = None  # the publication or issuing body
    url: str | None = None  # where the text was published
    date: dt.date | None = None
    language: str = "zh-CN"
    template: str = "reprint"
    options: TemplateOptions = Field(default_factory=TemplateOptions)
    jianbao: JianbaoMeta | None = None

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


class Citation(Strict):
    """The sentence of article.md a figure row cites, as it stands there now.

    `exact` is False when the row's `source` was not found word for word and the
    loader matched the sentence it was taken from after an edit (briefing/provenance.py).
    """

    block: str
    line: int
    sentence: str
    exact: bool = True
    # The sentence stands in the article's first paragraphs: a figure the article leads with.
    lead: bool = False


class ChartSpec(Located):
    """A chart of some rows of a key-figure group, drawn by briefing/charts.py.

    bar/column: one bar per row; pie/ring: parts of a whole (a single % row is a share
    of 100%, or parts of the `total` row); line: the rows in order as a trend.
    """

    type: Literal["bar", "column", "pie", "ring", "line"]
    rows: list[str] = Field(default_factory=list)  # row labels; empty: every row
    labels: list[str] = Field(default_factory=list)  # shorter labels, in the same order
    title: str | None = None  # default: the group's title
    unit: str | None = None  # default: the rows' common unit
    total: str | None = None  # pie/ring: the label of the row that is the whole
    zero: bool = True  # the value axis starts at zero
    source: str | None = None  # the source line; default: the article's source or title

    @model_validator(mode="after")
    def _consistent(self) -> ChartSpec:
        if self.labels and len(self.labels) != len(self.rows):
            raise ValueError("'labels' must give one label for each of 'rows'")
        if not self.zero and self.type != "line":
            raise ValueError("only a line chart may start its axis above zero "
                             "(a bar's length, a slice's angle is its value)")
        if self.total and self.type not in ("pie", "ring"):
            raise ValueError("'total' is for pie and ring charts")
        return self


class FigureRow(Located):
    """One key figure, citing the sentence of the article it was taken from."""

    label: str = Field(min_length=1)
    value: Decimal
    unit: str = ""
    change: str | None = None
    rank: str | None = None
    source: str = Field(min_length=1)
    # Filled by the loader: where the cited sentence stands in article.md now.
    cited: Citation | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _exact_value(cls, value: object) -> object:
        # YAML reads 4.44 as a float; go through its text so 4.44 stays 4.44 and 120.30
        # stays 120.30 (yamlfile.WrittenFloat), as the sentence writes it.
        if isinstance(value, float):
            return getattr(value, "written", None) or str(value)
        return value

    @field_validator("value")
    @classmethod
    def _printable_value(cls, value: Decimal) -> Decimal:
        # 1e400, inf or a 5000-digit integer would pass as Decimals and then fail (or
        # take minutes) where numbers are formatted.
        if not value.is_finite():
            raise ValueError("must be a finite number")
        if abs(value) >= Decimal(10) ** 15 or len(value.as_tuple().digits) > 20:
            raise ValueError("must be a number of at most 15 digits before the point and "
                             "20 digits in all (write large values in 万 or 亿)")
        return value

    @property
    def importance(self) -> int:
        """How much a reader should see this figure first: the article leads with it (2),
        it has a change (1), a rank (1)."""
        lead = self.cited is not None and self.cited.lead
        return 2 * lead + bool(self.change) + bool(self.rank)


class FigureGroup(Located):
    """A key-figure table. `status: proposed` marks a group the importer found and nobody
    has reviewed yet: it is listed by `briefing check` and printed by no template until
    the editor accepts it (`status: accepted`, or no `status` key)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    status: Literal["proposed", "accepted"] = "accepted"
    rows: list[FigureRow] = Field(min_length=1)
    chart: ChartSpec | None = None
    # Filled by the loader: the id of the block holding the first row's sentence.
    anchor: str = ""

    @property
    def importance(self) -> int:
        return max((row.importance for row in self.rows), default=0)

    def cards(self, count: int) -> list[FigureRow]:
        """The `count` rows to show when there is room for only a few (the handout's
        cards): the most important first (FigureRow.importance), ties in the text's order."""
        return sorted(self.rows, key=lambda row: -row.importance)[:count]


class FiguresFile(Strict):
    """figures.yaml: its one key. Each group is validated as a FigureGroup by the loader,
    one by one, so that the valid ones keep their lines."""

    # An empty figures.yaml has no groups: the default is validated too ([]), never None.
    groups: list[Any] | None = Field(default=None, validate_default=True)

    @field_validator("groups")
    @classmethod
    def _no_groups(cls, groups: list | None) -> list:
        return groups or []


class Briefing(Strict):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    folder: Path
    meta: Meta
    # Front-matter key -> line in article.md, so later stages can point at a key.
    meta_lines: dict[str, int] = Field(default_factory=dict)
    lead: list[Block] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    # The reviewed key-figure groups: the ones templates print.
    figures: list[FigureGroup] = Field(default_factory=list)
    # In the order of their first mark.
    footnotes: list[Footnote] = Field(default_factory=list)

    @property
    def document_title(self) -> str:
        """The title the PDF's metadata and a viewer's window show (dc:title, <title>):
        the article's title, else — a text without one — the briefing folder's name, the
        editor's own name for it (output/NAME.pdf's NAME). Never printed on the page, and
        never words of the text passed off as a title the source did not give it."""
        return self.meta.title or self.folder.name

    def footnote(self, footnote_id: str) -> Footnote:
        """The footnote a span's `footnote` names (templates set its text at the mark)."""
        return next(note for note in self.footnotes if note.id == footnote_id)

    # Groups figures.yaml marks `status: proposed`: listed by `check`, printed by nobody.
    proposed_figures: list[FigureGroup] = Field(default_factory=list)
    # Tables article.md holds for review (a marker line above each): in no section's
    # blocks, so no template prints them; listed by `check`, reviewed by `briefing tables`.
    held_tables: list[Table] = Field(default_factory=list)

    def walk_sections(self):
        """Every section, depth first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.sections))

    def walk_blocks(self):
        """Every block in document order, the paragraphs of quotes, editor's notes and
        sidebars included (each after the block holding it)."""

        def expand(blocks):
            for block in blocks:
                yield block
                if isinstance(block, Container):
                    yield from block.blocks

        yield from expand(self.lead)
        for section in self.walk_sections():
            yield from expand(section.blocks)


def rich_texts(block: Block) -> list[RichText]:
    """Every text of a block, in reading order (a container's paragraphs included)."""
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Figure):
        return [block.caption]
    if isinstance(block, Table):
        return [*([block.caption] if block.caption else []),
                *(cell.text for cell in block.cells), *block.notes]
    title = [block.title] if isinstance(block, Sidebar) and block.title else []
    return [*title, *(paragraph.text for paragraph in block.blocks)]
