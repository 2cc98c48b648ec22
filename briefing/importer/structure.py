"""Raw blocks → the article's structure, one pass per repair, each logging what it did.

Every pass takes blocks (or nodes) and returns new ones with the `Repair`s it made; the
order matters and is fixed by `build_draft`: markup read, then character repairs (so the
terminal punctuation check sees full-width marks), the title block and byline, each
block's role (`to_nodes`, `place_roles`: captions, tables, salutation, notes, editor's
note, sidebars, 落款, footnotes) *before* any join; joins of split paragraphs only in a
raw extraction (`raw_extraction` states the evidence) and never of a block with a role;
run-in headings, and heading depths last.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from briefing.errors import InputError
from briefing.importer import roles
from briefing.importer.celltables import (
    bar_row_tables,
    cell_paragraph_tables,
    figure_row_tables,
    merged_headers,
    ragged_tables,
    schedule_tables,
    spaced_tables,
    word_tables,
)
from briefing.importer.chars import excerpt, han_count, has_han, join_lines, strip_tags
from briefing.importer.cleanup import clean_source
from briefing.importer.docbody import (
    bare_heads_contents,
    long_first_level_heads,
    run_in_salutation,
    spacing_is_noise,
)
from briefing.importer.endmark import after_end_mark, without_end_mark
from briefing.importer.govpage import (
    catalogue_rows,
    contents_list,
    padded_with_empty_paragraphs,
    repeated_paragraphs,
    spaced_throughout,
)
from briefing.importer.layout import FORM_FEED, NEAR, width
from briefing.importer.markup import read_markup
from briefing.importer.parse import (
    RawBlock,
    SourceLine,
    is_table_delimiter,
    lines_as_paragraphs,
    parse_lines,
)
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    BYLINE_MARKERS,
    CLAUSE_RANKS,
    CONTACT_FIELD,
    MAX_DEPTH,
    UNIT_CHARS,
    doubt_excerpt,
    edit_excerpts,
    ends_sentence,
    escape_markup,
    find_doubts,
    fullwidth_punctuation,
    halfwidth_forms,
    heading_depths,
    heading_numbering,
    is_date_line,
    is_plain_heading,
    matched_parentheses,
    may_join,
    parse_comment_fields,
    parse_date,
    repeated_overlap,
    split_run_in,
    starts_new_item,
    unit_markup,
)
from briefing.importer.titleblock import (
    DATE_IN_PARENS,
    NAMELESS_BYLINE,
    byline_names,
    is_fact_line,
    letterspaced_title,
    merge_facts,
    quoted_document_title,
    read_date,
    take_byline,
    take_facts,
    take_title_block,
)
from briefing.importer.transcript import live_text_marks, speaker_turns, unmarked_turns
from briefing.importer.webframe import foot_doubts, web_furniture

NodeKind = Literal["heading", "paragraph", "caption", "table", "quote", "salutation",
                   "signature", "note", "byline", "footnote"]
# Headings found in the text itself (a numbered line, a run-in sentence) have no '#';
# they sort after every '#' level when depths are given out.
PLAIN_MARKER = 7
CAPTION_MAX = 60
MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class Node:
    """A block of the output: its text and where each part of it came from."""

    kind: NodeKind
    text: str
    segments: tuple[tuple[int, int], ...]  # (offset in text, source line), ascending
    marker: int = 0  # '#' count in the source (PLAIN_MARKER for headings found in text)
    rank: int = 0  # numbering style rank (repairs.NUMBERING_STYLES)
    depth: int = 0  # 1–4, set by assign_depths
    origin: Literal["marked", "plain", "run-in", "bold", "headline", "short", "section",
                    "bracket", "attachment", "parallel", "glued"] = "marked"
    caption: str | None = None  # a table's caption
    role: str = ""  # a paragraph's mark for place_roles: "sidebar-title", "editor-note" …
    box: str = ""  # the container it stands in: "editor-note", "sidebar 记者手记"
    label: str = ""  # a footnote's label
    held: str = ""  # a table made on a guess: why (heldtables.py; a marker line above it)
    item: bool = False  # an item of a Markdown bullet list: never a heading

    @property
    def line(self) -> int:
        return self.segments[0][1]

    def line_at(self, offset: int) -> int:
        line = self.segments[0][1]
        for start, number in self.segments:
            if start > offset:
                break
            line = number
        return line


@dataclass
class Draft:
    """The article after every repair: front matter fields and body nodes."""

    title: str
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    nodes: list[Node] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)


def build_draft(text: str, file: Path, markdown: bool | None = None) -> Draft:
    """Run every pass over the article's text. Raises InputError when there is no text.

    `markdown`: the text is Markdown (default: judged by the file's suffix). A reader of a
    .docx, .html or .pdf writes Markdown with the file's furniture already gone, so its
    text is never cleaned again as a raw extraction (a number alone on a line is not a
    folio there)."""
    if markdown is None:
        markdown = file.suffix.lower() in MARKDOWN_SUFFIXES
    cleaned = clean_source(text, markdown=markdown)
    markup = read_markup(cleaned.text(), markdown=markdown)
    # The reader counts lines in the cleaned text; the report counts the source's (a
    # front matter or furniture the clean-up took out moves every line after it).
    markup.repairs = [replace(r, line=cleaned.source_number(r.line)) for r in markup.repairs]
    markup.doubts = [replace(r, line=cleaned.source_number(r.line)) for r in markup.doubts]
    # A plain text's rows of '|'-separated cells (a web page's table copied as text).
    lines, page_fields, catalogue = (markup.lines, {}, []) if markdown else catalogue_rows(
        markup.lines)
    cleaned.fields = {**page_fields, **cleaned.fields}  # the page's facts, as an export's
    lines, bar_tables = (lines, []) if markdown else bar_row_tables(lines,
                                                                    cleaned.source_number)
    blocks = cleaned.renumber(parse_lines(lines, file))
    fields, blocks, repairs = take_comments(blocks)
    # Blank lines wide everywhere, or padded with empty paragraphs: the copy's spacing.
    spacing = (spaced_throughout(text) or padded_with_empty_paragraphs(text)
               or spacing_is_noise(text))  # wide gaps the rule, not the exception
    # What a copy prints under a story's end mark (「（完）」): not the story (endmark.py).
    blocks, found, tail_doubts = after_end_mark(blocks, paged=FORM_FEED in text)
    repairs += found
    blocks, found = web_furniture(blocks, paged=FORM_FEED in text)
    repairs += found
    blocks, found = repeated_paragraphs(blocks)
    repairs += found
    blocks, found = contents_list(blocks)
    repairs += found
    # A live page's speaker tag and time stamp on every post (transcript.py).
    blocks, found, live_speaker = live_text_marks(blocks)
    repairs += found
    repairs += cleaned.repairs + markup.repairs + catalogue + bar_tables
    doubts: list[Repair] = (list(cleaned.doubts) + list(markup.doubts) + foot_doubts(blocks)
                            + tail_doubts)
    # A Markdown file is written, never extracted: its blank lines are all boundaries.
    raw = [] if file.suffix.lower() in MARKDOWN_SUFFIXES else raw_extraction(
        text, blocks, lines_are_paragraphs=cleaned.layout == "line-per-paragraph")
    repairs += raw
    if not raw and not markdown:
        blocks, found = trailing_pager(blocks)
        repairs += found
    blocks, found = repair_characters(blocks)
    repairs += found
    # Tables are body: rebuilt before the head is read, no cell is taken for a fact.
    blocks, found, more_doubts = cell_paragraph_tables(blocks, captionless=not raw)
    repairs += found
    doubts += more_doubts
    blocks, found = merged_headers(blocks)
    repairs += found
    blocks, found = ragged_tables(blocks)  # rows of another width than the header's
    repairs += found
    blocks, found = spaced_tables(blocks)
    repairs += found
    blocks, found = word_tables(blocks)
    repairs += found
    blocks, found = schedule_tables(blocks)  # a time, then its item
    repairs += found
    blocks, found, more_doubts = figure_row_tables(blocks)  # a label, then its figures
    repairs += found
    doubts += more_doubts
    head = take_title_block(blocks, {**cleaned.fields, **fields}, file)
    title, subtitle, blocks = head.title, head.subtitle, head.blocks
    repairs += head.repairs
    title, found = letterspaced_title(title, head.line)
    repairs += found
    title, found = quoted_document_title(title, head.line)
    repairs += found
    doubts += head.doubts
    doubts += caption_title(title, head.line, blocks)
    authors, blocks, found = take_byline(blocks) if not head.authors else (
        head.authors, blocks, [])
    repairs += found
    facts = take_facts(blocks, subtitle, authors, subtitle_line=head.line, date=head.date,
                       site=head.site)
    repairs += facts.repairs
    doubts += facts.doubts
    facts = merge_facts(fields, cleaned.fields, facts)
    blocks, authors, subtitle = facts.blocks, facts.authors, facts.subtitle
    authors = authors or cleaned.authors  # a paper's author line, read by the clean-up
    if not authors and live_speaker:  # the one speaker of a live text's every post
        authors = [live_speaker]
        repairs.append(Repair("front-matter-authors", 1, live_speaker,
                              f"authors: [{live_speaker}]",
                              "Took the speaker whose tag opened the live text's posts as "
                              "its author.", review=True))
    blocks = [part for block in blocks for part in lines_as_paragraphs(block, cleaned.column)]
    blocks, found = download_links(blocks)
    repairs += found
    blocks, found = split_run_on_captions(blocks)
    repairs += found
    nodes, found = to_nodes(blocks, spaced_captions=not markdown and not spacing,
                            items=bullet_items(markup) | cleaned.items)
    repairs += found
    nodes = clauses_in_order(nodes)
    nodes, found = place_roles(nodes, raw=bool(raw), markdown=markdown, title=title)
    repairs += found
    nodes = page_titles(nodes, cleaned.headings, cleaned.subheadings)
    nodes, found = run_in_salutation(nodes)  # docbody.py
    repairs += found
    nodes, found, more_doubts = bare_heads_contents(nodes)  # docbody.py
    repairs += found
    doubts += more_doubts
    nodes, found = speaker_photo(nodes, authors)
    repairs += found
    if raw:
        flush = flush_continuations(text, cleaned.lines, cleaned.column)
        nodes, found, more_doubts = join_split_paragraphs(nodes, cleaned.column, cleaned.cover,
                                                          flush)
        repairs += found
        doubts += more_doubts
    else:
        nodes, found = join_line_breaks(nodes, text.split("\n"))
        repairs += found
        doubts += unfinished_paragraphs(nodes)
        doubts += glued_heads(nodes)
    doubts += flattened_paragraphs(nodes)
    # A transcript's speaker on a line of its own heads the turn under it (transcript.py).
    nodes, found, stamp_date = speaker_turns(nodes)
    repairs += found
    doubts += unmarked_turns(nodes)  # labels run into their turns: told, not set
    nodes, found = long_first_level_heads(nodes, PLAIN_MARKER)  # docbody.py
    repairs += found
    nodes = split_run_in_headings(nodes, markdown=markdown)
    contents = [r.line for r in cleaned.repairs if r.kind == "contents"]
    nodes, found = assign_depths(nodes, page_openers(text, cleaned.lines) if raw else None,
                                 max(contents) if raw and contents else None)
    repairs += found
    doubts += collect_doubts(nodes)
    if not any(node.kind in ("paragraph", "table", "quote", "caption") for node in nodes):
        raise InputError("the article has no text besides its title", file=file,
                         fix="put the article's paragraphs below the title, separated by "
                             "blank lines")
    date = parse_date(fields["date"]) if fields.get("date") else facts.date
    if date is None and not fields.get("date"):
        date, found = signature_date(nodes)
        repairs += found
    if date is None and stamp_date is not None:  # a live transcript's first time stamp
        date = stamp_date
        repairs.append(Repair("front-matter-date", 1, str(stamp_date), f"date: {stamp_date}",
                              "Took the date of the live page's first time stamp.",
                              review=True))
    if fields.get("date") and date is None:
        comment_line = next((r.line for r in repairs
                             if r.kind == "front-matter-comment"), 1)
        doubts.append(Repair("date", comment_line, fields["date"], fields["date"],
                             "could not read this date: fill in 'date:' as YYYY-MM-DD"))
    return Draft(
        title=title, subtitle=subtitle, authors=authors,
        source=facts.source, url=facts.url,
        date=date, nodes=nodes,
        repairs=sorted(repairs, key=lambda r: r.line),
        doubts=sorted(doubts, key=lambda r: r.line),
    )


# ---------------------------------------------------------------- raw extraction


def page_titles(nodes: list[Node], lines: frozenset[int],
                statements: frozenset[int] = frozenset()) -> list[Node]:
    """A raw extraction's page titles (the clean-up's `headings`: a report page opening
    with its own short title, 「版权及免责声明」「前言」) are unnumbered headings of the top
    level, the key statement under one (`subheadings`) a heading a level below; to review."""
    result = []
    for node in nodes:
        plain_ = node.kind == "paragraph" and not node.role and not node.box
        if node.line in lines and len(node.segments) == 1 and (
                plain_ or node.kind == "heading" and node.rank == 0):
            node = replace(node, kind="heading", marker=PLAIN_MARKER, rank=0,
                           origin="page-title")
        elif node.line in statements and len(node.segments) <= 2 and plain_:
            node = replace(node, kind="heading", marker=PLAIN_MARKER, rank=0,
                           origin="page-statement")
        result.append(node)
    return result


def raw_extraction(text: str, blocks: list[RawBlock], lines_are_paragraphs: bool = False
                   ) -> list[Repair]:
    """A Repair stating the evidence that the text is a raw extraction, or [] if clean.

    Only in a raw extraction may a blank line be a page break inside a paragraph; in a
    clean Markdown or text source a blank line is always a boundary. A copy written one
    paragraph a line, lines of every length (`lines_are_paragraphs`: a 公众号 article
    pasted from a mirror), was never set in pages: a line ending in no mark there is a
    heading (「2背景」), an item or a caption, not half a paragraph — only a page's own
    traces (form feeds, text repeated across a break) make it an extraction.
    """
    paragraphs = [block.text for block in blocks if block.kind == "text"]
    evidence = roles.raw_extraction_evidence(text, paragraphs)
    strong = [item for item in evidence if not item.startswith("half-width commas")
              and not (lines_are_paragraphs and item.endswith("broken off mid-word"))]
    if not strong:
        return []
    line = next((block.line for block in blocks if block.kind == "text"), 1)
    return [Repair("raw-extraction", line, "; ".join(evidence), "",
                   "Read the text as a raw extraction (" + "; ".join(evidence) + "): "
                   "paragraphs broken off mid-sentence may be joined across a blank line.")]


# ---------------------------------------------------------------- comments


def take_comments(blocks: list[RawBlock]) -> tuple[dict[str, str], list[RawBlock], list[Repair]]:
    """Drop HTML comments; the fields of one at the top feed the front matter."""
    fields: dict[str, str] = {}
    repairs: list[Repair] = []
    kept = []
    for index, block in enumerate(blocks):
        if block.kind != "comment":
            kept.append(block)
            continue
        body = "\n".join(line.text for line in block.lines)
        shown = "<!--" + re.sub(r"\s+", " ", body).strip()[:40] + "-->"
        found = parse_comment_fields(body) if index == 0 else {}
        if found:
            fields = found
            taken = "; ".join(f"{key}: {value}" for key, value in found.items())
            repairs.append(Repair("front-matter-comment", block.line, shown, taken,
                                  "Took the comment's fields into the front matter and "
                                  "dropped the comment."))
        else:
            repairs.append(Repair("drop-comment", block.line, shown, "",
                                  "Dropped an HTML comment: it holds no front-matter fields."))
    return fields, kept, repairs


# ---------------------------------------------------------------- characters

CHARACTER_REPAIRS = (
    ("halfwidth-digits", halfwidth_forms,
     "Made {n} full-width digit(s), letter(s) or ％ half-width."),
    ("fullwidth-punctuation", fullwidth_punctuation,
     "Made {n} ASCII punctuation mark(s) next to Chinese full-width (GB/T 15834)."),
    ("unit-superscript", unit_markup,
     "Marked up {n} unit power(s) or subscript(s) (PM2.5, SO2, O3) with <sup>/<sub>."),
    ("escape-markup", escape_markup,
     "Escaped {n} '<' opening HTML the format does not allow, so it shows as text: "
     "remove it if it was markup."),
)
REVIEWED_CHARACTER_REPAIRS = frozenset({"escape-markup"})


def _wrapped_parentheses(block: RawBlock) -> tuple[RawBlock, list[Repair]]:
    """A hard-wrapped paragraph's bracket pair may open on one line and close on a later
    one (「…参考软件(Reference software for」「advanced video coding)」): such a pair is
    matched across the block's lines and made full width as a pair on one line would be."""
    texts = [line.text for line in block.lines]
    joined = "\n".join(texts)
    spanning = {end for opening, closing in matched_parentheses(joined)
                if "\n" in joined[opening:closing] for end in (opening, closing)}
    if len(texts) < 2 or not spanning:
        return block, []
    edits = [edit for edit in fullwidth_punctuation(joined)[1] if edit.start in spanning]
    if not edits:
        return block, []
    chars = list(joined)
    for edit in edits:
        chars[edit.start] = edit.new
    new = "".join(chars).split("\n")
    repairs = [Repair("fullwidth-punctuation", line.number, line.text, text,
                      "Made a bracket pair of a wrapped paragraph, opened on one line and "
                      "closed on another, full width (GB/T 15834).")
               for line, text in zip(block.lines, new, strict=True) if text != line.text]
    return block.with_lines([replace(line, text=text)
                             for line, text in zip(block.lines, new, strict=True)]), repairs


def repair_characters(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Character repairs, line by line, so every repair knows its exact source line."""
    repairs = []
    result = []
    for block in blocks:
        if block.kind != "table":
            block, found = _wrapped_parentheses(block)
            repairs += found
        lines = []
        for source_line in block.lines:
            text = source_line.text
            if block.kind == "table" and is_table_delimiter(text):
                lines.append(source_line)
                continue
            for kind, repair, note in CHARACTER_REPAIRS:
                new_text, edits = repair(text)
                if edits:
                    before, after = edit_excerpts(text, edits)
                    repairs.append(Repair(kind, source_line.number, before, after,
                                          note.format(n=len(edits)),
                                          review=kind in REVIEWED_CHARACTER_REPAIRS))
                    text = new_text
            lines.append(SourceLine(source_line.number, text))
        result.append(block.with_lines(lines))
    return result, repairs


# ---------------------------------------------------------------- nodes, captions, tables


def _segments(lines: list[SourceLine], joined: bool) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text of the lines and where each line starts in it."""
    text = ""
    segments = []
    for source_line in lines:
        if joined:
            piece = source_line.text.strip()
            new_text = join_lines(text, piece)
            segments.append((len(new_text) - len(piece), source_line.number))
        else:
            new_text = text + ("\n" if text or segments else "") + source_line.text
            segments.append((len(new_text) - len(source_line.text), source_line.number))
        text = new_text
    return text, tuple(segments)


def is_photo_caption(block: RawBlock) -> bool:
    """Short text standing alone between extra blank lines (2+ on at least one side).

    Not the file's first or last block: blank lines after an opening line or before a
    closing one are layout, not a photo.
    """
    plain = strip_tags(block.text).strip()
    return (
        block.kind == "text"
        and not block.at_file_edge
        and plain[:1] not in "—–－-―"  # 「——以下空白」, 「——编者」, a dash item: no caption
        and (block.blank_before >= 2 or block.blank_after >= 2)
        and 0 < len(plain) <= CAPTION_MAX
        and has_han(plain)
        and heading_numbering(plain).rank == 0
    )


# A copy that ran each photo's caption into the paragraph after it: the caption's last
# sentence, then its credit — a name (or names), a space, 摄 — then the paragraph's first
# words (「…签名留念。李洋 摄现将访谈实录摘要如下：」). The credit closes the caption.
RUN_ON_CAPTION = re.compile(
    r"^(?P<caption>[^。！？]{4,}[。！？](?:[^。！？]*[。！？])?"
    r"(?:[\u4e00-\u9fff]{2,6}记者[ \t\u3000]*)?[\u4e00-\u9fff·]{2,4}"
    r"(?:[、 \t\u3000][\u4e00-\u9fff·]{2,4})*[ \t\u3000]+摄)"
    r"(?![影像制氏取入])(?P<rest>[\u4e00-\u9fff“「《（].*)$")  # 摄影师, 摄像: a word
RUN_ON_CAPTION_MAX = 60  # characters of the caption


def split_run_on_captions(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A one-line block opening with a photo caption closed by its credit (「某某 摄」),
    the next paragraph run on after it: the caption and the paragraph, two blocks."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in blocks:
        found = RUN_ON_CAPTION.match(block.lines[0].text.strip()) if (
            block.kind == "text" and len(block.lines) == 1) else None
        if found is None or len(found["caption"]) > RUN_ON_CAPTION_MAX:
            result.append(block)
            continue
        line = block.lines[0]
        result += [replace(block, lines=[SourceLine(line.number, found["caption"])],
                           blank_after=0),
                   replace(block, lines=[SourceLine(line.number, found["rest"])],
                           blank_before=0)]
        repairs.append(Repair(
            "run-on-caption", line.number,
            excerpt(found[0], found.start("rest"), found.start("rest"), 12),
            f"{found['caption'][-8:]} ⏎ {found['rest'][:8]}",
            "A photo caption closed by its credit (「… 摄」) ran on into the next "
            "paragraph: set the caption apart.", review=True))
    return result, repairs


def _is_table_caption(block: RawBlock, following: RawBlock | None,
                      units_between: bool = False) -> bool:
    return (
        block.kind == "text" and len(block.lines) == 1
        and following is not None and following.kind == "table"
        and following.blank_before <= 1
        # 「表1 …」「…统计表」, or a line naming what the table lists (「…水质状况」) right
        # above it (not a table rebuilt from cells a paragraph: a line above one of those
        # may be a row of its header, a doubt of the rebuild's) — right above it in the
        # source too: a table rebuilt from cells a line stands between blank lines of the
        # rebuild's, its first row on the line under the name's. A units line between the
        # two (「单位：亿元」) is no header's row: the line naming the table above it is the
        # caption however the copy spaced them.
        and (roles.is_table_caption(block.text) or (
            (following.blank_before == 0 or units_between
             or following.lines[0].number == block.lines[-1].number + 1)
            and roles.is_table_name(block.text)))
    )


# A page that is one table (a yearbook's 「4-8  主要年份…」, a bulletin's 「…统计表」) opens
# with the table's caption, which reads as the page's title too: copies and editors take
# it either way. Taken for the title, it is a doubt when a table follows before any prose.
CAPTION_TITLE_BLOCKS = 3  # body blocks, the table among them: a units line, a subtitle's rest


def caption_title(title: str, line: int, blocks: list[RawBlock]) -> list[Repair]:
    body = [block for block in blocks if block.kind != "comment" and block.text.strip()]
    head = body[:CAPTION_TITLE_BLOCKS]
    if not title or not roles.is_table_caption(title) or not any(
            block.kind == "table" for block in head):
        return []
    before = head[:[block.kind for block in head].index("table")]
    if any(len(block.lines) > 2 or ends_sentence(block.text) for block in before):
        return []
    return [Repair("title-table-caption", line, title, "",
                   "The title reads as the caption of the table under it (a table's number "
                   "or name): keep it as the page's title, or write it above the table as "
                   "`Table: …` and give the page a title of its own.")]


# A table's name may be broken over two lines of the copy (「…各区县综合指数在全省」 ⏎
# 「159个县（市、区）排名」): the line right above the name's last (the next line of the
# source, no blank between), no sentence and no heading, is its first when the two make
# a name no longer than a caption — and the longer of the two: the copy broke the name
# where its line was full (a short line above, 「空气质量」, is a heading of its own).
def _caption_first_line(upper: RawBlock, block: RawBlock) -> bool:
    line = roles.plain(upper.text).strip()
    return (upper.kind == "text" and len(upper.lines) == 1
            and len(line) >= len(roles.plain(block.text).strip())
            and upper.lines[-1].number + 1 == block.lines[0].number
            and has_han(line) and not re.search(r"[。！？；，、：:;,]", line)
            and heading_numbering(line).rank == 0 and not roles.is_table_caption(line)
            and not _is_units_line(upper)
            and len(line) + len(roles.plain(block.text).strip()) <= roles.TABLE_CAPTION_MAX)


# A table's number alone on a line (「附表1」「表 2」), its name on the next, the table
# under them: the two lines are its caption.
TABLE_NUMBER_ALONE = re.compile(
    r"^[附续]?表\s*[A-Z]?[\d一二三四五六七八九十]+(?:[-－.．]\d+)?[：:]?$")


def _numbered_over_name(block: RawBlock, name: RawBlock, table: RawBlock) -> bool:
    line = roles.plain(name.text).strip()
    return (block.kind == "text" and len(block.lines) == 1
            and bool(TABLE_NUMBER_ALONE.match(roles.plain(block.text).strip()))
            and name.kind == "text" and len(name.lines) == 1 and has_han(line)
            and len(line) <= roles.TABLE_CAPTION_MAX and not ends_sentence(line)
            and heading_numbering(line).rank == 0
            and table.kind == "table" and table.blank_before <= 1)


# A table's units, on a line of their own between its caption and the table.
UNITS_LINE = re.compile(r"^[（(]?(?:单位|计量单位|金额单位)\s*[:：]\s*[^\s，。；]{1,16}[）)]?$")


def _is_units_line(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        UNITS_LINE.match(block.text.strip()))


def _only_trailers(blocks: list[RawBlock]) -> bool:
    """Nothing but （此件公开发布）-like lines and footnote definitions follows."""
    return all(
        block.kind == "text" and all(
            roles.is_trailer(line.text) or roles.footnote_definition(line.text)
            for line in block.lines)
        for block in blocks)


def _role_repair(kind: str, node: Node, after: str, note: str, review: bool) -> Repair:
    return Repair(kind, node.line, excerpt(node.text, 0, 0, 20), after, note, review=review)


def text_nodes(block: RawBlock, at_end: bool = False, spaced_caption: bool = True,
               head: bool = False) -> tuple[list[Node], list[Repair]]:
    """A text block's node(s) by its role; every role decision is logged. `head`: only
    the title block's leftovers stand above it (where a 主送 line names one body)."""
    text, segments = _segments(block.lines, joined=True)
    lines = [line.text.strip() for line in block.lines]
    definitions = [roles.footnote_definition(line) for line in lines]
    # 「[1] …」 lines are notes at the end only; a Markdown 「[^1]: …」 anywhere.
    explicit = all(line.startswith("[^") for line in lines)
    if all(definitions) and (at_end or explicit):
        nodes = [Node("footnote", note, ((0, line.number),), label=label)
                 for (label, note), line in zip(definitions, block.lines, strict=True)]  # type: ignore[misc]
        return nodes, [_role_repair("footnote", node, f"[^{node.label}]: …",
                                    "A numbered note at the line's start: made it a footnote.",
                                    review=False) for node in nodes]
    if at_end and roles.is_signature_date(lines[-1]) and all(
            roles.is_signer(line) for line in lines[:-1]) and 2 <= len(lines) <= 4:
        node = Node("signature", "\n".join(lines), segments_of_lines(block.lines))
        return [node], [_role_repair("signature", node, "::: signature",
                                     "Signer and date at the end: made them the 落款 "
                                     "(signature block, set right-aligned).", review=True)]
    if len(lines) == 1 and roles.is_salutation(text, head) or roles.is_salutation(text):
        node = Node("salutation", text, segments)
        return [node], [_role_repair("salutation", node, f"::: salutation ⏎ {text} ⏎ :::",
                                     "A short line ending in ： that addresses the audience: "
                                     "made it the salutation.", review=False)]
    if roles.is_note(text):
        node = Node("note", text, segments)
        return [node], [_role_repair("note", node, "::: note",
                                     "A 注/说明/资料来源 line: made it a note.", review=False)]
    if len(lines) == 1 and not roles.sidebar_title(text) and (
            roles.body_byline(text) or byline_names(roles.plain(text))
            or NAMELESS_BYLINE.match(roles.plain(text))):
        node = Node("byline", text.lstrip(BYLINE_MARKERS + " \u3000"), segments)
        return [node], [_role_repair("byline-item", node, f"::: byline ⏎ {text} ⏎ :::",
                                     "A byline inside the body (a later item's).",
                                     review=False)]
    title = roles.sidebar_title(text) if len(lines) == 1 else None
    if title:
        return [Node("paragraph", text, segments, role="sidebar-title")], []
    if roles.is_editor_signature(text):
        return [Node("paragraph", text, segments, role="editor-signature")], []
    if roles.is_editor_note_label(text):
        return [Node("paragraph", text, segments, role="editor-note-label")], []
    if roles.is_lead_note_label(text):
        return [Node("paragraph", text, segments, role="lead-note-label")], []
    if roles.opens_editor_note(text):
        return [Node("paragraph", text, segments, role="editor-note")], []
    if roles.is_caption_label(text):
        return [Node("paragraph", text, segments, role="caption-label")], []
    if block.above_title and not ends_sentence(text):
        # Short lines kept above the title are the page's, most likely (a doubt): no
        # heading, caption or join is made of them.
        return [Node("paragraph", text, segments, role="above-title")], []
    # (A photo's caption, credited 「…摄）」, may stand above the byline too: no headline.)
    if block.before_byline and len(lines) == 1 and _is_headline(text) \
            and not roles.is_caption_text(text):
        return [Node("heading", text, segments, marker=PLAIN_MARKER,
                     rank=heading_numbering(text).rank, origin="headline")], []
    if len(lines) == 1 and roles.repeats_image_text(text, block.after_image):
        node = Node("caption", text, segments)
        return [node], [Repair("caption", block.line, excerpt(text, 0, 0, 20),
                               f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::",
                               "The line under an image repeats the image's text (its alt "
                               "text): made it the image's caption (figure without an "
                               "image).")]
    if len(lines) == 1 and (roles.italic_caption(text, block.after_image)
                            or roles.credited_caption(text, block.after_image)
                            or roles.short_caption(text, block.after_image)):
        node = Node("caption", text, segments)
        return [node], [Repair("caption", block.line, excerpt(text, 0, 0, 20),
                               f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::",
                               "A paragraph wholly in italics, or ending in its picture's "
                               "credit （via）, right under an image: made it the image's "
                               "caption (figure without an image).",
                               review=True)]
    bold = (roles.bold_heading(text) or roles.bold_section_heading(text)) if len(
        lines) == 1 else None
    if bold:
        node = Node("heading", bold, segments, marker=PLAIN_MARKER,
                    rank=heading_numbering(bold).rank, origin="bold")
        return [node], []
    # Blank lines around a table are the table's, a signer stands above its date: no
    # photo caption is read from the space around them.
    spaced = is_photo_caption(block) and spaced_caption
    if spaced or (len(lines) <= 2 and roles.is_caption_text(text)):
        node = Node("caption", text, segments)
        why = ("A short line between extra blank lines: made it a photo caption (figure "
               "without an image)." if spaced else
               "A photo caption by its form (图①/图为/▲ or a photo credit 摄/（新华社发）): "
               "made it a caption (figure without an image).")
        return [node], [Repair("caption", block.line, excerpt(text, 0, 0, 20),
                               f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::", why,
                               review=spaced and not roles.is_caption_text(text))]
    if len(lines) == 1 and roles.is_bracket_heading(text):
        return [Node("heading", text, segments, marker=PLAIN_MARKER, rank=0,
                     origin="bracket")], []
    if len(lines) == 1 and (is_plain_heading(text) or roles.is_part_heading(text)
                            or roles.is_numbered_part(text)) \
            and not roles.is_attachment_label(text):
        numbering = heading_numbering(text)
        return [Node("heading", text, segments, marker=PLAIN_MARKER, rank=numbering.rank,
                     origin="lost-numeral" if numbering.number == "、" else "plain")], []
    if len(lines) == 1 and roles.bare_section_rank(text):
        return [Node("heading", text.strip(), segments, marker=PLAIN_MARKER,
                     rank=roles.bare_section_rank(text), origin="plain")], []
    return [Node("paragraph", text, segments)], []


def join_broken_headings(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """「**二、RASP技术在**」「**API及数据安全治理中的应用**」: a numbered bold heading
    broken over two bold lines (an editor's line break) is one heading."""
    result: list[Node] = []
    repairs = []
    for node in nodes:
        previous = result[-1] if result else None
        if (node.kind == "heading" and node.origin == "bold" and node.rank == 0
                and previous is not None and previous.kind == "heading"
                and previous.origin == "bold" and previous.rank > 0
                and not ends_sentence(previous.text)):
            text = join_lines(previous.text, node.text)
            cut = len(text) - len(node.text)
            result[-1] = replace(previous, text=text, segments=previous.segments + tuple(
                (cut + start, line) for start, line in node.segments))
            repairs.append(Repair("join-heading", node.line, f"{previous.text} ⏎ {node.text}",
                                  text, "A numbered bold heading went on on the next bold "
                                  "line: joined the two.", review=True))
            continue
        result.append(node)
    return result, repairs


CLAUSE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d.])")


def clauses_in_order(nodes: list[Node]) -> list[Node]:
    """Clause headings found in the text (4 / 4.1 / 4.1.2) count only in order: each after
    the one before it, at most one chapter on. 「7.5 其中：小碎米含量/%」 between 5.4 and
    5.5 is a table's cell left as a line, not a clause."""
    result = []
    last: tuple[int, ...] | None = None
    for node in nodes:
        match = CLAUSE_NUMBER.match(node.text)
        if node.kind == "heading" and node.origin == "plain" and match \
                and node.rank in (3, *CLAUSE_RANKS):
            number = tuple(int(part) for part in match.group(1).split("."))
            # 1. 2. … restart under each part of a report: only dotted clauses are checked.
            if node.rank in CLAUSE_RANKS and last is not None \
                    and not (number > last and number[0] <= last[0] + 1):
                result.append(replace(node, kind="paragraph", marker=0, rank=0, origin="marked"))
                continue
            last = number
        result.append(node)
    return result


def segments_of_lines(lines: list[SourceLine]) -> tuple[tuple[int, int], ...]:
    """Segments of lines kept apart by '\n' (a signature's lines)."""
    segments = []
    offset = 0
    for line in lines:
        segments.append((offset, line.number))
        offset += len(line.text.strip()) + 1
    return tuple(segments)


DATA_BOX_MIN = 6  # lines of a data box
DATA_LINE_MAX = 16


def _data_line(block: RawBlock) -> bool:
    text = roles.plain(block.text)
    return (block.kind == "text" and len(block.lines) == 1 and not block.before_byline
            and not block.above_title and 0 < len(text) <= DATA_LINE_MAX and has_han(text)
            and not re.search(r"[。！？；：:]", text) and heading_numbering(text).rank == 0
            and not roles.is_bracket_heading(text) and not roles.sidebar_title(text)
            and not roles.is_signature_date(text))


def _data_box_end(blocks: list[RawBlock], start: int) -> int:
    """A newspaper's data box (「数说」) as a page's text gives it: six or more short lines
    with no sentence end, most of them holding a number (「累计刊发」「文字报道近200篇」
    「图片42幅」), between paragraphs. The index after it, or `start` if none."""
    end = start
    while end < len(blocks) and _data_line(blocks[end]):
        end += 1
    lines = [roles.plain(block.text) for block in blocks[start:end]]
    numbered = sum(1 for line in lines if re.search(r"\d", line))
    before = blocks[start - 1] if start else None
    if (end - start >= DATA_BOX_MIN and 2 * numbered >= len(lines)
            and (before is None or not _data_line(before))
            and not any(roles.NUMBER_CELL.match(line) for line in lines)):
        return end
    return start


def _data_box(blocks: list[RawBlock]) -> tuple[list[Node], list[Repair]]:
    """The box's lines, in groups where the page left extra space: a paragraph each, its
    lines kept as lines (<br>), in an untitled sidebar."""
    groups: list[list[RawBlock]] = []
    for block in blocks:
        if not groups or block.blank_before >= 2:
            groups.append([])
        groups[-1].append(block)
    nodes = []
    for group in groups:
        text, segments = "", []
        for block in group:
            line = block.text.strip()
            if text:
                text += "<br>"
            segments.append((len(text), block.line))
            text += line
        nodes.append(Node("paragraph", text, tuple(segments), box="sidebar"))
    repair = Repair("data-box", blocks[0].line, excerpt(blocks[0].text, 0, 0, 20),
                    "::: sidebar", f"{len(blocks)} short lines with numbers and no sentence: "
                    f"made them a data box (a sidebar of {len(groups)} paragraph(s), the lines "
                    "kept) — check it.", review=True)
    return nodes, [repair]


CONTACT_LABEL = re.compile(r"^(?:通讯作者|通信作者)\s*[：:]")
ABSTRACT_LABEL = re.compile(r"^摘\s*要\s*[：:]")


# A name quoted in 《》: a 印发 notice names the document it issues so (「《某县河道保洁
# 工作方案》已经县政府同意，现印发给你们」), and that document follows under the same name.
QUOTED_NAME = re.compile(r"《([^《》]{4,80})》")


# The verbs of a notice that issues or forwards a document: 「现将《…》印发给你们」.
ISSUING = re.compile(r"印发|转发|下发|颁发|发布|公布")


# The sentence by which a notice issues a document to its addressees (「现印发给你们」
# 「现转发你们」): the signer and date under it are the notice's 落款, whatever follows
# (the document itself, its title left out by the copy).
ISSUED_TO = re.compile(r"(?:印发|转发|下发)给?你们")


# The title of a notice that issues or forwards a document names it, in 《》 or not
# (GB/T 9704: 「某某关于印发某某实施细则的通知」「关于转发某某关于…的意见的通知」): that
# document follows the notice under the same name.
ISSUING_TITLE = re.compile(
    r"关于(?:印发|转发|颁发|发布|公布|下发)《?([^《》]{4,80}?)》?的(?:通知|通报|决定|函|公告)$")


def quoted_names(text: str) -> set[str]:
    return {re.sub(r"\s", "", name) for name in QUOTED_NAME.findall(text)}


def issued_names(text: str) -> set[str]:
    """The names a notice's title quotes or issues: 「关于印发X的通知」 → X (and any 《》)."""
    line = re.sub(r"\s", "", roles.plain(text))
    found = ISSUING_TITLE.search(line)
    return quoted_names(line) | ({found[1]} if found else set())


# A document's status or period in brackets at the end of its name, which the notice
# may give or leave out: 「某县管理办法（试行）」 is the 《某县管理办法》 it issues, and
# 「某市行动方案（2023—2025年）」 the 《某市行动方案》.
NAME_STATUS = re.compile(
    r"[（(](?:试行|暂行|修订|修订稿|修订版|征求意见稿|草案|送审稿|讨论稿"
    r"|\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?|\d{4}\s*年(?:修订|版)?)[）)]$")


def _bare_name(name: str) -> str:
    return NAME_STATUS.sub("", name)


def names_quoted_document(text: str, names: set[str]) -> bool:
    """A line that is nothing but a name the text quoted in 《》 before it (or gave as the
    X of its title 「关于印发X的通知」), give or take the name's bracketed status."""
    line = re.sub(r"\s", "", roles.plain(text))
    if line in names:
        return True
    bare = _bare_name(line)
    return len(bare) >= 4 and any(_bare_name(name) == bare for name in names)


def to_nodes(blocks: list[RawBlock], spaced_captions: bool = True,
             items: frozenset[int] = frozenset()) -> tuple[list[Node], list[Repair]]:
    """Raw blocks → nodes: headings, paragraphs, photo captions, tables, quotations.

    `spaced_captions`: whether extra blank lines around a short line make it a caption —
    not in Markdown, which sets any number of blank lines as one (exporters write them
    between all paragraphs) and marks a photo as an image. `items`: the lines opening an
    item of a bullet list (markup.py), whose blocks stay paragraphs (`list_item_nodes`)."""
    nodes: list[Node] = []
    repairs: list[Repair] = []
    pending_caption: str | None = None
    box_end = 0
    quoted: set[str] = set()  # the names quoted in 《》 so far
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if index:
            quoted |= quoted_names(blocks[index - 1].text)
        if index < box_end:
            continue
        box_end = _data_box_end(blocks, index)
        if box_end > index:
            made, found = _data_box(blocks[index:box_end])
            nodes += made
            repairs += found
            continue
        if block.kind == "heading":
            text, segments = _segments(block.lines, joined=True)
            if not text:
                repairs.append(Repair("empty-heading", block.line, "#" * block.marker, "",
                                      "Dropped a heading mark with no text."))
                continue
            # ## **一、标题**: a heading is bold; a `#` line wholly in bold is a heading
            # whatever it ends with (「## **一、视频版（更直观）：**」), its bold the heading's.
            bold = roles.BOLD_LINE.match(text.strip())
            text = roles.bold_heading(text) or (bold[2].strip() if bold else text)
            nodes.append(Node("heading", text, segments, marker=block.marker,
                              rank=heading_numbering(text).rank))
        elif block.kind == "table":
            text, segments = _segments(block.lines, joined=False)
            nodes.append(Node("table", text, segments, caption=pending_caption))
            pending_caption = None
        elif block.kind == "quote":
            text, segments = _segments(block.lines, joined=False)
            nodes.append(Node("quote", text, segments))
        elif _is_table_caption(block, following):
            caption = re.sub(r"^Table[:：]\s*", "", block.text.strip())
            named = not roles.is_table_caption(block.text)
            upper = blocks[index - 1] if index else None
            before = block.text
            if named and upper is not None and nodes and nodes[-1].kind == "paragraph" \
                    and nodes[-1].text == upper.text.strip() \
                    and _caption_first_line(upper, block):
                # The name broken over two lines of the copy: its first line too.
                caption = upper.text.strip() + caption
                before = f"{upper.text.strip()} ⏎ {block.text.strip()}"
                nodes.pop()
            pending_caption = caption
            repairs.append(Repair("table-caption", block.line, before,
                                  f"Table: {caption}",
                                  "Made the line before the table its caption" + (
                                      " (it names what the table lists)." if named else "."),
                                  review=named))
        elif (following is not None and index + 2 < len(blocks)
              and _numbered_over_name(block, following, blocks[index + 2])):
            # 「附表1」 ⏎ 「2023年各县区主要经济指标」 ⏎ the table: the number and its name.
            pending_caption = block.text.strip() + " " + following.text.strip()
            box_end = index + 2
            repairs.append(Repair("table-caption", block.line,
                                  f"{block.text.strip()} ⏎ {following.text.strip()}",
                                  f"Table: {pending_caption}",
                                  "Made a table's number on a line of its own and the name "
                                  "under it the table's caption."))
        elif (following is not None and _is_units_line(following)
              and index + 2 < len(blocks)
              and _is_table_caption(block, blocks[index + 2], units_between=True)):
            # 「表1 …情况」 ⏎ 「单位：亿元」 ⏎ the table: the units are the caption's.
            pending_caption = block.text.strip() + " " + following.text.strip()
            box_end = index + 2
            repairs.append(Repair("table-caption", block.line,
                                  f"{block.text.strip()} ⏎ {following.text.strip()}",
                                  f"Table: {pending_caption}",
                                  "Made the line before the table and its units line under "
                                  "it the table's caption.",
                                  # a line naming what it lists, no 「表1」: a guess
                                  review=not roles.is_table_caption(block.text)))
        else:
            previous = blocks[index - 1] if index else None
            beside_table = "table" in (following.kind if following else "",
                                       previous.kind if previous else "")
            above_date = following is not None and following.kind == "text" and \
                roles.is_signature_date(following.text)
            # A 公文's 附注 and the title of the document a notice issues are set apart by
            # blank lines too: neither is a photo's caption.
            document_line = len(block.lines) == 1 and (
                roles.is_release_note(block.text)
                or names_quoted_document(block.text, quoted))
            # The body's first block stands under the head's facts, set apart from them by
            # the page's spacing: only blank lines under it can make it a caption.
            head_gap = not nodes and block.blank_after < 2
            made, found = text_nodes(block, at_end=_only_trailers(blocks[index + 1:]),
                                     spaced_caption=spaced_captions and not (
                                         beside_table or above_date or document_line
                                         or head_gap), head=_at_head(nodes))
            if len(made) == 1 and made[0].kind == "note" and CONTACT_LABEL.match(
                    made[0].text) and following is not None and ABSTRACT_LABEL.match(
                    following.text.strip()):
                # 「通讯作者：…」 right above 「摘要：」 is in the paper's head, under its
                # affiliations, not a page's foot note (where 基金项目 and 收稿日期 stand).
                made = [replace(made[0], kind="paragraph")]
                found = [replace(found[0], kind="head-contact", after="",
                                 note="A 通讯作者 line above the abstract: kept in the "
                                 "paper's head as a paragraph.")]
            if _label_of_picture(made, following):
                made = [replace(made[0], kind="caption", marker=0, rank=0)]
                found = [Repair("caption", block.line, block.text.strip(),
                                f"::: figure ⏎ {made[0].text} ⏎ :::",
                                "A bold line with nothing under it but a picture, the next "
                                "heading after it: made it the picture's label (a caption), "
                                "not a heading.", review=True)]
            if block.line in items:
                made = list_item_nodes(block, made)
            nodes += made
            repairs += found
    return nodes, repairs


HEAD_LINES_MAX = 3  # lines the title block may leave above a 主送 line (文号, a date)


def bullet_items(markup) -> frozenset[int]:
    """The source lines opening an item of a Markdown bullet list (「- 第二项」), as the
    markup reader found them (its list-item repairs)."""
    return frozenset(repair.line for repair in markup.repairs
                     if repair.kind == "list-item" and repair.after)


def list_item_nodes(block: RawBlock, made: list[Node]) -> list[Node]:
    """An item of a bullet list is a paragraph of the list, never a heading, however short
    or bold it is (「- 第二项」「- **注意事项**」): the author wrote a list. Its nodes are
    marked, so that no later pass (short lines over a paragraph, run-in heads) heads
    with it either."""
    if any(node.kind == "heading" for node in made):
        text, segments = _segments(block.lines, joined=True)
        made = [Node("paragraph", text, segments)]
    return [replace(node, item=True) if node.kind == "paragraph" else node for node in made]


def _at_head(nodes: list[Node]) -> bool:
    """Nothing but a few short lines of the head above: no heading, no sentence."""
    return len(nodes) <= HEAD_LINES_MAX and all(
        node.kind == "paragraph" and "\n" not in node.text and not ends_sentence(node.text)
        and len(node.text) <= ADDRESSEE_HEAD_MAX for node in nodes)


ADDRESSEE_HEAD_MAX = 40  # characters of a head's line (a 文号, a date, a 密级)


def _label_of_picture(made: list[Node], following: RawBlock | None) -> bool:
    """A blog's bold label over its picture (「**年度报告**」, then a gallery): a short
    unnumbered bold line whose only content, up to the next heading, is a picture."""
    return (len(made) == 1 and made[0].kind == "heading" and made[0].origin == "bold"
            and made[0].rank == 0 and following is not None
            and following.after_image is not None and following.kind == "heading")


# ---------------------------------------------------------------- roles in context

EDITOR_NOTE_MAX = 6  # paragraphs an editor's note may span before its signature
HEADLINE_MAX = 40


def place_roles(nodes: list[Node], raw: bool = False, markdown: bool = False,
                title: str | None = None) -> tuple[list[Node], list[Repair]]:
    """Roles that depend on neighbours: the editor's note and sidebar spans, an item's
    headline above its byline, the 落款 at the end, footnote references.

    A Markdown text that marks its headings (`#`, a bold line) marks them all: a plain
    short line there is a paragraph, never an unmarked heading."""
    nodes, repairs = join_broken_headings(nodes)
    repairs += _headlines(nodes)
    # Each pass: nodes → (nodes, repairs), in this order (a 落款 is found before the
    # signatures inside attachments, a note's items before the sidebars).
    passes = (_editor_notes, _credits, _signature, _field_signature,
              lambda found: (_attachment_lists(found), []), _attachment_titles,
              lambda found: _inner_signatures(found, title),
              _numbered_notes, _sidebars, _footnote_references, _unreferenced_footnotes,
              _introduced_quotes, _headnote, _table_section_headings,
              _alt_text_above_caption)
    for role_pass in passes:
        nodes, found = role_pass(nodes)
        repairs += found
    marked = markdown and any(node.kind == "heading" and node.origin in ("marked", "bold")
                              for node in nodes)
    if not raw and not marked:  # in a raw extraction a short line may be a page's fragment
        nodes = _short_headings(nodes)
        nodes, found = _repeated_short_lines(nodes)
        repairs += found
        nodes = _parallel_leads(nodes)
        nodes = glued_number_heads(nodes)
    return nodes, repairs


def _repeated_short_lines(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Sibling sections never share a name: a short line found as a heading that stands
    again, word for word, with no other heading between (the same part) is a label the
    page repeats — a photo's caption under each picture of a series (「发布会现场」), the
    pictures gone in the copy. Made captions, each for review. (「总体情况」 under each of a
    bulletin's sections is a heading each time: another heading stands between.)"""
    short = [i for i, node in enumerate(nodes) if node.kind == "heading"]
    repeated: set[int] = set()
    for before, after in zip(short, short[1:], strict=False):
        a, b = nodes[before], nodes[after]
        if a.origin == b.origin == "short" and a.text.strip() == b.text.strip():
            repeated |= {before, after}
    result, repairs = [], []
    for index, node in enumerate(nodes):
        if index in repeated:
            node = replace(node, kind="caption", marker=0, rank=0, origin="marked")
            repairs.append(_role_repair(
                "repeated-label", node, f"::: figure ⏎ {node.text} ⏎ :::",
                "A short line standing twice in a row over paragraphs, word for word, no "
                "heading between: no section's heading (sibling sections never share a "
                "name) but a label the page repeats, most likely a photo's caption — made "
                "it a caption (figure without an image); check it.", review=True))
        result.append(node)
    return result, repairs


def _alt_text_above_caption(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A page saved as text prints a photo's alt text, then its caption, which repeats the
    alt text and adds the credit (「…接受采访。」「…接受采访。 中新社记者 某某 摄」): the
    paragraph that the caption under it opens with is the image's, not the text's."""
    kept: list[Node] = []
    repairs: list[Repair] = []
    for index, node in enumerate(nodes):
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if following is not None and following.kind == "caption" \
                and _plain_paragraph(node) and roles.repeats_caption(node.text, following.text):
            repairs.append(_role_repair(
                "alt-text", node, "",
                "Dropped a paragraph that the photo caption under it repeats whole (the "
                "image's alt text, printed by the saved page).", review=True))
            continue
        kept.append(node)
    return kept, repairs


def _plain_paragraph(node: Node) -> bool:
    return node.kind == "paragraph" and not node.role and not node.box


TABLE_HEADING_MAX = 40  # characters of a numbered line heading a table


def _table_section_headings(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A bulletin's section holding a table is headed by a numbered line that names what
    the table shows, longer than other headings (「二、某县2024年第二季度“千吨万人”集中式饮用
    水水源水质状况」): a numbered line with no sentence mark, directly above a table, is
    the table's section heading."""
    repairs = []
    for index in range(len(nodes) - 1):
        node, below = nodes[index], nodes[index + 1]
        line = strip_tags(node.text).strip()
        if not (_plain_paragraph(node) and below.kind == "table" and "\n" not in line
                and heading_numbering(line).rank > 0 and len(line) <= TABLE_HEADING_MAX
                and not re.search(r"[。！？；]", line) and not ends_sentence(line)
                and line[-1] not in "，、：,:"):
            continue
        nodes[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                               rank=heading_numbering(line).rank, origin="plain")
    return nodes, repairs


def _introduced_quotes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A paragraph wholly in one pair of quotation marks under a paragraph that ends in
    「：」 introducing it (「…长诗《园内》中的一段话：」「他这样说：」) is a block quotation."""
    repairs = []
    for index in range(1, len(nodes)):
        node, before = nodes[index], nodes[index - 1]
        text = node.text.strip()
        if _plain_paragraph(node) and _plain_paragraph(before) \
                and before.text.rstrip().endswith(("：", ":")) \
                and text.startswith("“") and text.endswith(("”", "”。")) \
                and text.count("“") == 1 and text.count("”") == 1:
            nodes[index] = replace(node, kind="quote")
            repairs.append(_role_repair(
                "introduced-quote", node, "> …",
                "A paragraph wholly in quotation marks, introduced by the paragraph above "
                "ending in 「：」: set as a block quotation.", review=True))
    return nodes, repairs


HEADNOTE_MIN = 20  # characters: a shorter bracketed line is a date or a place
# Opening with the date of the occasion (「（1965年11月29日至…，市委召开…）」) or closing a
# sentence (「……会议上的讲话。）」); a paper's affiliations in brackets do neither.
HEADNOTE = re.compile(r"（(?=\d{4}年\d{1,2}月|[^（）]*(?:（[^（）]*）[^（）]*)*[。！]）)"
                      r"[^（）]*(?:（[^（）]*）[^（）]*)*）。?")


def _headnote(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """The first paragraph wholly in brackets, long (「（1965年11月29日至12月16日，市委召开
    工作会议……）」): the editor's headnote on the occasion of a speech or document."""
    first = next((i for i, node in enumerate(nodes) if node.kind != "heading"), None)
    if first is None or not _plain_paragraph(nodes[first]):
        return nodes, []
    text = nodes[first].text.strip()
    # Sentences in brackets (「……会议上的讲话。）」), not a paper's affiliations.
    if len(text) < HEADNOTE_MIN or not HEADNOTE.fullmatch(text):
        return nodes, []
    if first and any(node.kind == "heading" for node in nodes[:first]):
        return nodes, []  # under a section's heading: the section's own text
    nodes[first] = replace(nodes[first], kind="note")
    return nodes, [_role_repair("headnote", nodes[first], "::: note",
                                "The text opens with a long paragraph wholly in brackets: "
                                "the editor's headnote, set as a note.", review=True)]


# A PDF's text flattened into one line by a document site's page: its section headings
# stand inside the paragraph, after a space (「…保留沙尘。 一、339 个城市… 二、168 个…」).
INLINE_SECTION = re.compile(r"[ \u3000]([一二三四五六七八九十]{1,3})、")
FLATTENED_MIN = 400  # characters of a paragraph that may hold a whole document


def flattened_paragraphs(nodes: list[Node]) -> list[Repair]:
    """A doubt for each long paragraph holding two or more section headings in sequence
    (一、 then 二、) after spaces: a document flattened into one line. Left as it is — the
    editor splits it — since where its paragraphs ended is lost."""
    doubts = []
    for node in nodes:
        if node.kind != "paragraph" or len(node.text) < FLATTENED_MIN:
            continue
        numbers = [_han_ordinal(m[1]) for m in INLINE_SECTION.finditer(node.text)]
        if any(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            doubts.append(Repair(
                "flattened-text", node.line, excerpt(node.text, 0, 0, 20), "",
                f"a paragraph of {len(node.text)} characters holds section headings in "
                "sequence (一、 … 二、 …): a document flattened into one line? Left as it "
                "is — split it into its headings and paragraphs by hand"))
    return doubts


HAN_ORDINAL = re.compile(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)")


def _han_ordinal(text: str) -> int:
    """「三」 3, 「十二」 12, 「二十一」 21; 0 for what is no such number."""
    match = HAN_ORDINAL.fullmatch(text)
    if not match or not text or (match[1] and match[3] and not match[2]):
        return 0
    digits = "一二三四五六七八九"
    tens = (digits.index(match[1]) + 1 if match[1] else 1) if match[2] else 0
    ones = digits.index(match[3] or match[1]) + 1 if (match[3] or not match[2]) else 0
    return tens * 10 + ones


PAGER = re.compile(r"\d{1,2}")


def trailing_pager(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A web page's pager (「1」: the article's only page) copied as the text's last line,
    after prose: dropped for review. Only in a plain text that is no raw extraction (there
    the clean-up judges folios)."""
    text_blocks = [i for i, b in enumerate(blocks) if b.kind == "text"]
    if len(text_blocks) < 2:
        return blocks, []
    last = blocks[text_blocks[-1]]
    if text_blocks[-1] != len(blocks) - 1 or not PAGER.fullmatch(last.lines[-1].text.strip()):
        return blocks, []
    before = last.lines[-2].text if len(last.lines) > 1 else blocks[text_blocks[-2]].text
    if not ends_sentence(before.strip()):
        return blocks, []  # 「表1」「2」: a list or a table's cell, not a pager
    line = last.lines[-1]
    kept = blocks[:-1] + ([last.with_lines(last.lines[:-1])] if len(last.lines) > 1 else [])
    return kept, [Repair("web-pager", line.number, line.text.strip(), "",
                         "Dropped a lone number closing the text (a web page's pager).",
                         review=True)]


# 「4月份监测报告.docx」 alone on a line: the page's download link for the file; a site's
# list of attachments sets the date or issue before the name, with spaces
# (「10.16  第 八 期 某某情况通报.docx」). A 「附件：…」 line (the 公文's own) is no link.
DOWNLOAD_LINK = re.compile(
    # the page's label for the link before it: 「下载附件：附件.doc」「附件下载：某表.xls」
    r"^(?:(?:下载附件|附件下载|下载)[ \t]*[:：][ \t]*)?"
    r"[^\s/\\：:。，；！？][^/\\：:。，；！？]{0,59}\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)$",
    re.IGNORECASE)


def download_links(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A line that is nothing but a file's name (under the page's 「下载附件：」 label or
    not) is a web page's link to download it: the briefing prints no link to click.
    Dropped, each for review."""
    result, repairs = [], []
    for block in blocks:
        if block.kind == "text" and len(block.lines) == 1 and DOWNLOAD_LINK.match(
                block.text.strip()):
            repairs.append(Repair("download-link", block.line, block.text.strip(), "",
                                  "Dropped a line that is only a file's name (the web page's "
                                  "download link).", review=True))
            continue
        result.append(block)
    return result, repairs


SALUTATION_WITHIN = 4  # nodes before a speech's salutation that may be its head's


def speaker_photo(nodes: list[Node], authors: list[str]) -> tuple[list[Node], list[Repair]]:
    """A speech's or report's page shows the speaker's photo above the salutation: a
    short line between the head and 「各位代表：」 that names the speaker (an author) is
    that photo's caption (「省长某某作政府工作报告」), not the speech's first paragraph."""
    salutation = next((i for i, node in enumerate(nodes[:SALUTATION_WITHIN + 1])
                       if node.kind == "salutation"), None)
    names = [name for name in authors if len(name) >= 2]
    if salutation is None or not names:
        return nodes, []
    result, repairs = list(nodes), []
    for index in range(salutation):
        node = nodes[index]
        if (node.kind == "paragraph" and not node.role and not node.box
                and len(roles.plain(node.text)) <= CAPTION_MAX
                and any(name in node.text for name in names)):
            result[index] = replace(node, kind="caption")
            repairs.append(_role_repair(
                "caption", node, "::: figure", "A short line naming the speaker between the "
                "head and the salutation: made it the caption of the speaker's photo.",
                review=True))
    return result, repairs


def _is_note_paragraph(node: Node) -> bool:
    return node.kind == "paragraph" and node.role in ("", "editor-signature") and not node.box


def _editor_notes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """编者按: a label line and the paragraphs under it, a 「编者按：…」 paragraph, or the
    paragraphs above a 「——编者」 signature; the signature ends the note."""
    repairs = []
    dropped: set[int] = set()
    for index, node in enumerate(nodes):
        if node.role in ("editor-note-label", "lead-note-label"):
            end = index
            # 「导言：」 heads one paragraph; 「编者按」 up to its signature or the prose.
            span = 1 if node.role == "lead-note-label" else EDITOR_NOTE_MAX
            for ahead in range(index + 1, min(len(nodes), index + 1 + span)):
                if not _is_note_paragraph(nodes[ahead]) or (
                        not ends_sentence(nodes[ahead].text)
                        and nodes[ahead].role != "editor-signature"):
                    break
                end = ahead
                if nodes[ahead].role == "editor-signature":
                    break
            if end == index:
                continue
            dropped.add(index)
            for inside in range(index + 1, end + 1):
                nodes[inside] = replace(nodes[inside], box="editor-note")
            repairs.append(_role_repair(
                "editor-note", node, "::: editor-note",
                f"An editor's note (编者按) of {end - index} paragraph(s) under its label "
                "(the label is the box's): check where it ends.", review=True))
        elif node.role == "editor-note" and not node.box:
            end = index
            for ahead in range(index + 1, min(len(nodes), index + 1 + EDITOR_NOTE_MAX)):
                if not _is_note_paragraph(nodes[ahead]):
                    break
                if nodes[ahead].role == "editor-signature":
                    end = ahead
                    break
            for inside in range(index, end + 1):
                nodes[inside] = replace(nodes[inside], box="editor-note")
            repairs.append(_role_repair(
                "editor-note", node, "::: editor-note",
                f"An editor's note (编者按) of {end - index + 1} paragraph(s).", review=False))
        elif node.role == "editor-signature" and not node.box:
            start = index
            while start > 0 and index - start < EDITOR_NOTE_MAX \
                    and _is_note_paragraph(nodes[start - 1]) and not nodes[start - 1].role:
                start -= 1
            for inside in range(start, index + 1):
                nodes[inside] = replace(nodes[inside], box="editor-note")
            repairs.append(_role_repair(
                "editor-note", nodes[start], "::: editor-note",
                f"The {index - start} paragraph(s) above an editor's signature (——编者): "
                "made them the editor's note — check where it starts.", review=True))
    return [node for i, node in enumerate(nodes) if i not in dropped], repairs


CAPTION_PARAGRAPHS = 3  # paragraphs a photo's caption may hold above its credit line


def _credits(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A credit line （新华社记者某某摄） closes the caption above it.

    The caption is the sentence above the credit line; or up to three sentences when
    they stand right under a headline, a 「图片：」 label or another photo (a photo
    page's item). A 「图片：」 label is the web page's, dropped.
    """
    result: list[Node] = []
    repairs = []
    for node in nodes:
        if not (node.kind == "caption" and roles.is_credit_line(node.text)):
            result.append(node)
            continue
        last = result[-1] if result else None
        if last is not None and last.kind == "caption" and not roles.is_credit_line(
                last.text.split("\n")[-1]) and node.line == last.segments[-1][1] + 1:
            # 「图①：果农在采摘柑橘。」 and its credit on the next line: one caption.
            cut = len(last.text) + 1
            result[-1] = replace(last, text=last.text + "\n" + node.text,
                                 segments=last.segments + tuple(
                                     (cut + start, line) for start, line in node.segments))
            repairs.append(_role_repair("caption", node, "::: figure", "A photo credit on "
                                        "the line under a caption: made it the caption's "
                                        "last line.", review=False))
            continue
        run = 0
        while run < min(CAPTION_PARAGRAPHS, len(result)) and _caption_sentence(result[-1 - run]):
            run += 1
        if run == 0:
            result.append(node)
            continue
        above = result[-1 - run] if run < len(result) else None
        if run > 1 and not (above is None or above.kind in ("heading", "caption")
                            or above.role == "caption-label" or roles.is_short_heading(above.text)):
            run = 1
        parts = result[len(result) - run:] + [node]
        del result[len(result) - run:]
        text = ""
        segments: list[tuple[int, int]] = []
        for part in parts:  # each paragraph of the source stays a paragraph of the caption
            # A credit on the line right under its sentence (no blank line between) ends
            # that paragraph: a line break, not a new paragraph.
            joint = "\n" if part is node and segments and \
                part.line == segments[-1][1] + 1 else "\n\n"
            cut = len(text) + len(joint) if text else 0
            text = text + joint + part.text if text else part.text
            segments += [(cut + start, line) for start, line in part.segments]
        merged = Node("caption", text, tuple(segments))
        result.append(merged)
        repairs.append(_role_repair("caption", merged, "::: figure",
                                    f"A photo credit line under {run} sentence(s): made them "
                                    "the photo's caption.", review=True))
        if len(result) >= 2 and result[-2].role == "caption-label":
            label = result.pop(-2)
            repairs.append(Repair("drop-caption-label", label.line, label.text, "",
                                  "Dropped the web page's 「图片：」 label above a caption.",
                                  review=True))
    return result, repairs


def _caption_sentence(node: Node) -> bool:
    return (node.kind == "paragraph" and not node.role and not node.box
            and len(node.text) <= roles.CAPTION_MAX and ends_sentence(node.text))


def _short_headings(nodes: list[Node]) -> list[Node]:
    """In a clean source, a short line with no sentence punctuation between a block and
    the paragraph (or photo) it heads is an unnumbered heading (an interview's
    subheading, a photo page's headline)."""
    result: list[Node | None] = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        following = nodes[index + 1]
        if ((_short_heading_line(node, nodes[index - 1] if index else None)
             or _heads_conversation(node, following))
                and not _ends_short_list(nodes, index)
                and following.kind in ("paragraph", "caption")
                and (ends_sentence(following.text.split("\n")[0])
                     or _clauses_end_sentence(nodes[index + 1:])
                     or index + 2 == len(nodes) and _cut_paragraph(following))):
            result[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                                    rank=heading_numbering(node.text).rank, origin="short")
            above = nodes[index - 1] if index else None
            # 「空气质量」 over 「总体情况」: a section's name over its first part's.
            if above is not None and result[index - 1] is above and _section_label(above):
                result[index - 1] = replace(above, kind="heading", marker=PLAIN_MARKER,
                                            rank=0, origin="section")
                continue
            # 「回忆当年进报社」「四十年来发生了巨大变化」 on two lines with no blank line
            # between: one heading set on two lines (a web page's two-deck heading).
            if (above is not None and _short_heading_line(above)
                    and node.line == above.segments[-1][1] + 1
                    and heading_numbering(node.text).rank == 0
                    and heading_numbering(above.text).rank == 0
                    and not roles.is_numbered_part(node.text)
                    and not roles.is_numbered_part(above.text)):
                result[index - 1] = None
                result[index] = replace(
                    node, kind="heading", marker=PLAIN_MARKER, origin="short",
                    text=above.text + " " + node.text,
                    segments=above.segments + tuple((len(above.text) + 1 + start, line)
                                                    for start, line in node.segments))
    return _sibling_short_headings([node for node in result if node is not None])


def _heads_conversation(node: Node, following: Node) -> bool:
    """A line with no punctuation at all right above a conversation's first turn
    (「▲某报记者：……？」「问：……」) heads the transcript (「某某发布会答记者问」): longer than
    a subhead may be, it names the occasion and who answers."""
    line = roles.plain(node.text)
    return (_plain_paragraph(node) and "\n" not in node.text
            and 0 < len(line) <= HEADLINE_MAX and han_count(line) >= 4
            and not any(roles._is_punctuation(char) and char not in "“”《》·" for char in line)
            and _plain_paragraph(following) and roles.is_speaker_turn(following.text))


# 「1前言」「2背景」「3現階段實現的方案」: a number run into a short title, no separator; never
# a count or a date (「3家企业」「12月份」「2次」).
GLUED_NUMBER = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])")
GLUED_NOT_AFTER = frozenset("年月日号號时時点點分秒个個项項次名位岁歲天周倍万萬亿億千百十元角"
                            "米克度届屆期条條章节節款部层層级級份种種家所人户戶台臺辆輛座"
                            "间間套批轮輪场場")
GLUED_HEAD_MAX = 24  # characters of such a head
GLUED_SERIES_MIN = 3  # heads numbered 1, 2, 3 … that make the series


def glued_number_heads(nodes: list[Node]) -> list[Node]:
    """A 公众号 copied as text sets its heads' numbers as badges, which the copy runs into
    the titles: 「1前言」「2背景」…「6解決方案」, lines of their own, short, with no sentence
    mark. One such line is no evidence (「3月」 opens sentences too); a series numbered 1,
    2, 3 … in order, three or more, is the text's numbered heads — each made a heading
    (a guess, for review), whether or not a paragraph that ends a sentence follows."""
    found: list[tuple[int, int]] = []
    for index, node in enumerate(nodes):
        text = roles.plain(node.text)
        match = GLUED_NUMBER.match(text)
        if (match is None or node.box or node.role or node.item or "\n" in node.text
                or not (node.kind == "paragraph" or node.kind == "heading"
                        and node.origin in ("plain", "short"))
                or text[match.end()] in GLUED_NOT_AFTER or len(text) > GLUED_HEAD_MAX
                or re.search(r"[。！？；，、：,;:]", text) or ends_sentence(text)):
            continue
        found.append((index, int(match[1])))
    series: list[int] = []
    for index, number in found:
        if number == len(series) + 1:
            series.append(index)
        elif number == 1 and len(series) < GLUED_SERIES_MIN:
            series = [index]  # a count that happened to be 1 before the heads began
    if len(series) < GLUED_SERIES_MIN:
        return nodes
    result = list(nodes)
    for index in series:
        # Ranked over the 「1.」 heads: a text numbering its heads with badges numbers what
        # stands under a head 「1. 」「2. 」 again (「6解決方案」 ⏎ 「1. 將兩個項目合并…」).
        result[index] = replace(nodes[index], kind="heading", marker=PLAIN_MARKER,
                                rank=GLUED_RANK, origin="glued")
    return result


GLUED_RANK = 2  # between 一、 (1) and 1. (3)


LIST_RUN_MIN = 2  # short item lines above a short line that make it the list's last


def _ends_short_list(nodes: list[Node], index: int) -> bool:
    """「唐河县人民政府」「社旗县人民政府」「邓州市人民政府」, then the closing paragraph: an
    award list (names, units) one item a line; its last item stands above a paragraph
    like a heading but is the list's — short item lines right above it say so."""
    return index >= LIST_RUN_MIN and all(
        _short_heading_line(nodes[index - back]) and "\n" not in nodes[index - back].text
        for back in range(1, LIST_RUN_MIN + 1))


SIBLING_HEADINGS_MIN = 2  # short headings found that make the text's form of heading


def _sibling_short_headings(nodes: list[Node]) -> list[Node]:
    """「总体情况」「重点区域」「下一步工作」: where a text has set short lines over its
    parts as headings, a line of the same form over a table (the part's data, no sentence
    under it) is such a heading too, not body — unless it names the table (「…情况表」
    「…排名情况」: the table's caption)."""
    if sum(1 for node in nodes if node.origin == "short") < SIBLING_HEADINGS_MIN:
        return nodes
    result = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        above = nodes[index - 1] if index else None
        if (nodes[index + 1].kind == "table" and _short_heading_line(node, above)
                and not roles.is_table_caption(node.text) and not roles.is_table_name(node.text)
                and (above is None or above.kind in ("table", "heading")
                     or ends_sentence(above.text))):
            result[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                                    rank=heading_numbering(node.text).rank, origin="short")
    return result


LEAD_MAX = 50  # characters of a section's lead sentence
LEAD_OPENING = re.compile(r"^([^，。！？；：]{2,12})，")


def _lead_sentence(node: Node, following: Node) -> str | None:
    """A paragraph of one short sentence over a paragraph at least twice as long: its
    opening clause (「这五年」), else None."""
    text = roles.plain(node.text)
    match = LEAD_OPENING.match(text)
    if not (match and _plain_paragraph(node) and not node.item and len(node.segments) == 1
            and len(text) <= LEAD_MAX and text[-1] in "。！"
            and len(re.findall(r"[。！？；]", text)) == 1
            and _plain_paragraph(following)
            and len(roles.plain(following.text)) >= 2 * len(text)
            and not roles.is_salutation(match[1] + "：")):  # 「同志们，……。」 addresses
        return None
    return match[1]


def _parallel_leads(nodes: list[Node]) -> list[Node]:
    """A report's sections led by parallel sentences, each a paragraph of its own over the
    section's text (「这五年，我们……迈上新台阶。」 ⏎ the text, 「这五年，我们……结出新硕
    果。」 ⏎ the text): the lead sentences are the sections' headings. Two or more such
    leads opening with the same clause make the parallel; one alone stays a paragraph."""
    leads = {index: _lead_sentence(node, nodes[index + 1])
             for index, node in enumerate(nodes[:-1])}
    openings = Counter(opening for opening in leads.values() if opening)
    result = list(nodes)
    for index, opening in leads.items():
        if opening and openings[opening] >= 2:
            result[index] = replace(nodes[index], kind="heading", marker=PLAIN_MARKER,
                                    rank=0, origin="parallel")
    return result


CLAUSE_END = ("；", ";")


def _clauses_end_sentence(nodes: list[Node]) -> bool:
    """A part's text given as clauses a line each, 「；」 closing each but the last, which
    ends the sentence (「京津冀…下降3.8个百分点；」 ⏎ 「长三角…上升5.0个百分点。」)."""
    for node in nodes:
        if not _plain_paragraph(node):
            return False
        text = strip_tags(node.text).rstrip()
        if not text.endswith(CLAUSE_END):
            return ends_sentence(text) and node is not nodes[0]
    return False


SECTION_LABEL_MAX = 6  # characters of a bulletin's section name: 空气质量, 水环境质量


def _section_label(node: Node) -> bool:
    """A bulletin's unnumbered section name: a short heading line of Han only, at most a
    few characters (「空气质量」「大气环境」「水环境质量」). Stacked over a short heading
    (「总体情况」「重点区域」), it names the section that heading opens a part of, a
    level above it; a two-deck headline's decks are phrases, longer (「回忆70年代初进人民日
    报」 over 「四十年来发生了翻天覆地的变化」)."""
    line = roles.plain(node.text).strip()
    return (_short_heading_line(node) and len(line) <= SECTION_LABEL_MAX
            and all("\u4e00" <= char <= "\u9fff" for char in line))


# A feature's subhead of two short phrases (「讲故事，用心记录用情呈现」): one comma between
# runs of Han, nothing else of a sentence.
COMMA_SUBHEAD = re.compile(r"^[\u4e00-\u9fff“”]{3,8}，[\u4e00-\u9fff“”]{3,10}$")


CUT_PARAGRAPH_MIN = 24  # characters of a copy's last paragraph, cut mid-sentence


def _cut_paragraph(node: Node) -> bool:
    """The text's last paragraph, long and running in clauses, cut mid-sentence where the
    copy ends: body text all the same (a subhead may stand above it)."""
    text = roles.plain(node.text)
    return (node.kind == "paragraph" and not node.role and not node.box
            and len(text) >= CUT_PARAGRAPH_MIN and bool(re.search(r"[，、；]", text)))


def _short_heading_line(node: Node, above: Node | None = None) -> bool:
    """`above`: the node before; a subhead with a comma must follow a sentence's end (a
    section's last paragraph), not stand in a list of short items."""
    comma = (above is not None and above.kind == "paragraph" and ends_sentence(above.text)
             and bool(COMMA_SUBHEAD.match(roles.plain(node.text))))
    return (node.kind == "paragraph" and not node.role and not node.box and not node.item
            and (roles.is_short_heading(node.text) or comma)
            and not node.text.rstrip().endswith(("：", ":"))
            and not roles.is_attachment_label(node.text)
            and not LABELLED_LIST.match(roles.plain(node.text)))


# 「优秀：甲市、乙市」「参会单位：某局、某委」: a label and the items it lists, no heading.
LABELLED_LIST = re.compile(r"^[^：:]{1,8}[：:][^：:]*、")


def _is_headline(text: str) -> bool:
    """Short, Han, no sentence end, not leading on (——, ：), no fact: a headline's form."""
    line = roles.plain(text)
    return (0 < len(line) <= HEADLINE_MAX and has_han(line) and not ends_sentence(line)
            and not line.endswith(("——", "—", "：", ":", "，", "、"))
            and not is_fact_line(line) and not roles.opens_with_dateline(line))


def _headlines(nodes: list[Node]) -> list[Repair]:
    """A short line with no sentence end right above a body byline is the item's headline."""
    repairs = []
    for index, node in enumerate(nodes):
        if node.kind != "byline" or index == 0:
            continue
        above = nodes[index - 1]
        if above.kind == "paragraph" and not above.role and not above.item \
                and _is_headline(above.text):
            nodes[index - 1] = replace(above, kind="heading", marker=PLAIN_MARKER,
                                       rank=heading_numbering(above.text).rank,
                                       origin="headline")
    return repairs  # the heading's repair is logged with its depth (assign_depths)


# A sidebar holds paragraphs (and notes): anything else ends it, as does a short line
# that may head what follows (the next item's headline).
SIDEBAR_ENDS = frozenset({"heading", "byline", "table", "signature", "footnote", "salutation",
                          "caption", "quote"})


def _ends_sidebar(node: Node) -> bool:
    return (node.kind in SIDEBAR_ENDS or bool(node.role) or bool(node.box)
            or (node.kind == "paragraph" and (roles.is_short_heading(node.text)
                                              or roles.is_attachment_line(node.text))))


def _attachment_lists(nodes: list[Node]) -> list[Node]:
    """「附件：1.某某名单」 then 「2.…」「3.…」 on lines of their own: the attachment list's
    items, paragraphs — not numbered headings."""
    result: list[Node] = []
    expected = 0
    for node in nodes:
        item = _note_item(node.text)
        if expected and item == expected and (
                _plain_paragraph(node) or (node.kind == "heading" and node.origin == "plain")):
            result.append(replace(node, kind="paragraph", marker=0, rank=0, origin="marked",
                                  role="attachment-item"))
            expected += 1
            continue
        expected = 2 if node.kind == "paragraph" and roles.ATTACHMENT_FIRST.match(
            roles.plain(node.text)) else 0
        result.append(node)
    return result


ATTACHMENT_TITLE_MAX = 80  # a 公文 title 「关于…的实施方案」 may be long


def _attachment_titles(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """「附件」「附件2」 alone, then a line with no terminal punctuation: the attachment's
    title (roles.ATTACHMENT_LABEL), a heading; the label stays a line of text."""
    result = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        title = nodes[index + 1]
        text = roles.plain(title.text)
        if (_plain_paragraph(node) and roles.is_attachment_label(node.text)
                and _plain_paragraph(title) and len(title.segments) == 1
                and 0 < len(text) <= ATTACHMENT_TITLE_MAX and has_han(text)
                and not ends_sentence(text) and text[-1] not in "，、：,:;；"
                and heading_numbering(text).rank == 0):
            result[index + 1] = replace(title, kind="heading", marker=PLAIN_MARKER, rank=0,
                                        origin="attachment")
    return result, []


def _sidebars(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    result: list[Node] = []
    repairs = []
    box = ""
    for index, node in enumerate(nodes):
        if node.role == "sidebar-title":
            box = "sidebar " + roles.sidebar_title(node.text)  # type: ignore[operator]
            span = 0
            for ahead in nodes[index + 1:]:
                if _ends_sidebar(ahead):
                    break
                span += 1
            repairs.append(_role_repair(
                "sidebar", node, f"::: {box}",
                f"A sidebar heading: boxed the {span} block(s) under it, up to the next "
                "heading, byline or the end — check where the sidebar ends.", review=True))
            box = box if span else ""
            if not span:
                result.append(replace(node, role=""))
            continue
        if box and _ends_sidebar(node):
            box = ""
        # A byline ends the box: the item's headline/lead line above it is not boxed.
        result.append(replace(node, box=box) if box else node)
    return result, repairs


def _signature(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """The last date line, with nothing but trailers after it, and its signer lines above."""
    end = len(nodes)
    while end > 0 and (nodes[end - 1].kind == "footnote" or (
            nodes[end - 1].kind == "paragraph" and roles.is_trailer(nodes[end - 1].text))):
        end -= 1
    if end == 0 or nodes[end - 1].kind != "paragraph" or nodes[end - 1].box \
            or not (roles.is_signature_date(nodes[end - 1].text)
                    or roles.broken_date(nodes[end - 1].text) is not None):
        return nodes, []
    start = end - 1
    while start > 0 and end - start < 4 and nodes[start - 1].kind == "paragraph" \
            and not nodes[start - 1].role and not nodes[start - 1].box \
            and roles.is_signer(nodes[start - 1].text):
        start -= 1
    if start == end - 1 and not roles.is_signature_date(nodes[end - 1].text):
        return nodes, []  # a broken date (「2018525」) is one only under its signer
    lines = [node.text for node in nodes[start:end]]
    segments = []
    offset = 0
    for node in nodes[start:end]:
        segments.append((offset, node.line))
        offset += len(node.text) + 1
    signature = Node("signature", "\n".join(lines), tuple(segments))
    repair = _role_repair("signature", signature, "::: signature",
                          "Signer and date at the end: made them the 落款 (signature "
                          "block, set right-aligned).", review=end - start > 1)
    return nodes[:start] + [signature] + nodes[end:], [repair]


# A bulletin signed in labelled fields at its foot: 「编制单位：某监测站」「发布单位：某局」
# 「编制日期：2022年7月5日」 — who made and issued it, and when: its 落款.
SIGNATURE_FIELD = re.compile(
    r"^(?:编制|发布|印发|报送|主办|制作|出品)(?:单位|机关|部门|日期|时间)\s*[:：]\s*\S")
SIGNATURE_FIELDS_MIN = 2


def _field_signature(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Two or more such field lines ending the text (trailers aside): the 落款."""
    end = len(nodes)
    while end > 0 and nodes[end - 1].kind == "paragraph" and roles.is_trailer(
            nodes[end - 1].text):
        end -= 1
    start = end
    while start > 0 and _plain_paragraph(nodes[start - 1]) and "\n" not in nodes[
            start - 1].text and SIGNATURE_FIELD.match(nodes[start - 1].text.strip()):
        start -= 1
    if end - start < SIGNATURE_FIELDS_MIN:
        return nodes, []
    parts = nodes[start:end]
    segments, offset = [], 0
    for part in parts:
        segments.append((offset, part.line))
        offset += len(part.text) + 1
    signature = Node("signature", "\n".join(p.text for p in parts), tuple(segments))
    return nodes[:start] + [signature] + nodes[end:], [_role_repair(
        "signature", signature, "::: signature", "Labelled fields ending the text (编制单位"
        "/发布单位/编制日期): made them its 落款 (signature block, set right-aligned).",
        review=True)]


def _inner_signatures(nodes: list[Node], title: str | None = None
                      ) -> tuple[list[Node], list[Repair]]:
    """A 落款 before an attached document: a notice that issues a plan (印发…的通知) is
    signed and dated, then (after （此件公开发布）) the plan follows under its own title.
    Signer line(s) and a date line after a finished sentence, with the next block after
    the trailers a heading or a short title line, are that notice's 落款.

    When the next block is the very document the notice names (in 《》, or as the X of
    its title 「关于印发X的通知」), that name is the evidence: the 落款 may then be the
    date alone under the sentence issuing it, or follow the notice's last field line
    (意见反馈截止日期：…) rather than a finished sentence."""
    result: list[Node] = []
    repairs: list[Repair] = []
    index = 0
    # names of documents the notice's title or its text quotes or issues (「关于印发X的通知」)
    title_names = issued_names(title) if title else set()
    quoted: set[str] = set(title_names)
    issued: set[str] = set()  # names quoted in a sentence that issues them (现印发给你们)
    while index < len(nodes):
        node = nodes[index]
        loose = _loose_signature(result) if _plain_paragraph(node) else None
        if (loose is not None and names_quoted_document(node.text, issued)
                and index + 1 < len(nodes) and nodes[index + 1].kind in ("paragraph", "heading")):
            # A copy that leaves the notice's 落款 out, or garbles it past reading (a date
            # whose 年月日 were images): the issued document's title under the sentence
            # that issues it, with its text under it. The short lines between them are
            # that 落款 (GB/T 9704: signer and date, the 附注 （此件…） with them).
            if loose < len(result):
                result[loose:], found = _signature_lines(result[loose:])
                repairs += found
            result.append(replace(node, kind="heading", marker=PLAIN_MARKER, rank=0,
                                  origin="enclosed"))
            index += 1
            continue
        if node.kind == "paragraph" and ISSUING.search(node.text):
            # …and, once a sentence issues something, the name the title gives it
            # (「关于印发X的通知」 ⏎ 「现将修订后的办法印发给你们」 ⏎ 「X」)
            issued |= quoted_names(node.text) | title_names
        start = len(result)
        while start > 0 and len(result) - start < 3 and _plain_paragraph(result[start - 1]) \
                and roles.is_signer(result[start - 1].text):
            start -= 1
        after = index + 1
        while after < len(nodes) and nodes[after].kind == "paragraph" \
                and roles.is_trailer(nodes[after].text):
            after += 1
        following = nodes[after] if after < len(nodes) else None
        above = result[start - 1] if start > 0 else None
        quoted |= issued_names(node.text) if node.kind == "paragraph" else set()
        named = following is not None and _plain_paragraph(following) and \
            names_quoted_document(following.text, quoted)
        title_end = after + 1  # the block after the issued document's title
        if following is not None and not named and quoted:
            broken = _broken_name(nodes, after, quoted)
            if broken is not None:
                following, named, title_end = broken, True, after + 2
        titled = named or (following is not None and _plain_paragraph(following)
                           and roles.is_short_heading(following.text))
        # 「附件」 alone: the attachment's label, its title on the next line (GB/T 9704)
        enclosed = titled and not roles.is_attachment_label(following.text)
        if (_plain_paragraph(node) and (roles.is_signature_date(node.text)
                                        or roles.broken_date(node.text) is not None)
                and above is not None and above.kind in ("paragraph", "note")
                # signer line(s) over the date; the date alone right under the sentence
                # that issues the document named next (…现印发给你们。…现予印发，请遵照执行。)
                and (start < len(result) or (named and ISSUING.search(above.text)
                                             and ends_sentence(above.text)))
                # a finished sentence, or the attachment list (附件：…) the 落款 follows,
                # or the sentence issuing the document (…现印发给你们，请认真贯彻执行),
                # or anything when the named document follows
                and (named or ends_sentence(above.text) or above.role == "attachment-item"
                     or roles.is_attachment_line(above.text)
                     # the notice's contact fields (电子邮箱：…), as a 公告 ends before it signs
                     or CONTACT_FIELD.match(strip_tags(above.text).strip()) is not None
                     or (ISSUING.search(above.text) and above.text.rstrip()[-1:] not in "：:"))
                and ((following is not None and (following.kind == "heading" or titled))
                     or ISSUED_TO.search(above.text) is not None)):
            parts = result[start:] + [node]
            del result[start:]
            segments, offset = [], 0
            for part in parts:
                segments.append((offset, part.line))
                offset += len(part.text) + 1
            signature = Node("signature", "\n".join(p.text for p in parts), tuple(segments))
            result.append(signature)
            repairs.append(_role_repair(
                "signature", signature, "::: signature", "Signer and date before an attached "
                "document's title: made them the notice's 落款 (signature block).",
                review=True))
            if enclosed and following is not None:
                result += nodes[index + 1:after]  # （此件公开发布）
                # The document the notice issues: its title heads the rest of the text.
                result.append(replace(following, kind="heading", marker=PLAIN_MARKER,
                                      rank=0, origin="enclosed"))
                if title_end > after + 1:
                    repairs.append(Repair(
                        "join-heading", following.line,
                        f"{nodes[after].text} ⏎ {nodes[after + 1].text}", following.text,
                        "The issued document's title, broken over two lines (GB/T 9704 sets a "
                        "long title so), is the name the notice gives it: joined the lines.",
                        review=True))
                index = title_end
                continue
            index += 1
            continue
        result.append(node)
        index += 1
    return result, repairs


LOOSE_SIGNATURE_LINES = 4  # short lines of a 落款 not read as one, under the sentence
LOOSE_SIGNATURE_LINE_MAX = 24  # characters of such a line


def _loose_signature(result: list[Node]) -> int | None:
    """Where the short lines ending the nodes so far begin (len(result): none) when they
    stand under a finished sentence, else None: a 落款 and its 附注 the passes could not
    read (「某县人民政府办公室」「（此件公开发布）」「{ 2017 6 23」), up to four lines."""
    at = len(result)
    while at > 0 and len(result) - at < LOOSE_SIGNATURE_LINES and _plain_paragraph(
            result[at - 1]) and "\n" not in result[at - 1].text and len(
            result[at - 1].text.strip()) <= LOOSE_SIGNATURE_LINE_MAX and not ends_sentence(
            result[at - 1].text) and not roles.is_attachment_line(result[at - 1].text):
        at -= 1
    if at > 0 and _plain_paragraph(result[at - 1]) and ends_sentence(result[at - 1].text):
        return at
    return None


def _signature_lines(lines: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Such lines as the 落款: each run of them besides the 附注 one signature block."""
    result: list[Node] = []
    repairs: list[Repair] = []
    run: list[Node] = []
    for node in [*lines, None]:
        if node is not None and not roles.is_trailer(node.text):
            run.append(node)
            continue
        if run:
            segments, offset = [], 0
            for part in run:
                segments.append((offset, part.line))
                offset += len(part.text) + 1
            signature = Node("signature", "\n".join(p.text for p in run), tuple(segments))
            result.append(signature)
            repairs.append(_role_repair(
                "signature", signature, "::: signature", "Short lines between the sentence "
                "issuing a document and that document's title: made them the notice's 落款 "
                "(signature block), though no date could be read in them.", review=True))
            run = []
        if node is not None:
            result.append(node)
    return result, repairs


def _broken_name(nodes: list[Node], at: int, names: set[str]) -> Node | None:
    """Two short lines from `at` that together, and only so, are a name the notice gave a
    document (「关于进一步加强新时代」 ⏎ 「基层治理工作的实施意见」): one node of both."""
    if at + 1 >= len(nodes):
        return None
    first, second = nodes[at], nodes[at + 1]
    if not (_plain_paragraph(first) and _plain_paragraph(second)
            and "\n" not in first.text and "\n" not in second.text
            and not ends_sentence(first.text) and not ends_sentence(second.text)
            and names_quoted_document(first.text + second.text, names)):
        return None
    text = join_lines(first.text, second.text)
    cut = len(text) - len(second.text)
    return replace(first, text=text, segments=first.segments + tuple(
        (cut + start, line) for start, line in second.segments))


NOTE_FIRST_ITEM = re.compile(r"^(?:注|说明|备注|注释)\s*[：:]\s*(?:[（(]?1\s*[)）.．、]|[⑴①])")
NOTE_ITEM = re.compile(r"^(?:[（(]?(\d{1,2})\s*[)）.．、]|([\u2474-\u2487])|([\u2460-\u2473]))")


def _note_item(text: str) -> int | None:
    """The number opening a note's item: 「2.」「（2）」「⑵」「②」 → 2, else None."""
    match = NOTE_ITEM.match(text)
    if not match:
        return None
    if match[1]:
        return int(match[1])
    return ord(match[2]) - 0x2473 if match[2] else ord(match[3]) - 0x245F


def _numbered_notes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """「注：1.……」 then 「2.……」「3.……」 on lines of their own: one note of numbered items
    (each item a paragraph of it), not a note and loose paragraphs."""
    result: list[Node] = []
    repairs: list[Repair] = []
    expected = 0
    for node in nodes:
        previous = result[-1] if result else None
        item = _note_item(node.text) if _plain_paragraph(node) else None
        if previous is not None and previous.kind == "note" and expected and item == expected:
            cut = len(previous.text) + 2
            result[-1] = replace(previous, text=previous.text + "\n\n" + node.text,
                                 segments=previous.segments + tuple(
                                     (cut + start, line) for start, line in node.segments))
            repairs.append(_role_repair("note", node, "::: note", f"Item {expected} of the "
                                        "numbered note above: made it part of the note.",
                                        review=False))
            expected += 1
            continue
        expected = 2 if node.kind == "note" and NOTE_FIRST_ITEM.match(node.text) else 0
        result.append(node)
    return result, repairs


def signature_date(nodes: list[Node]) -> tuple[dt.date | None, list[Repair]]:
    """The date of the first 落款 in the text (a notice signed before the plan it issues),
    when nothing else dated the article."""
    for node in nodes:
        if node.kind != "signature":
            continue
        last = node.text.split("\n")[-1]
        date = read_date(re.sub(r"\s", "", last))
        if date is not None:
            return date, [Repair("signature-date", node.line_at(len(node.text) - 1), last,
                                 f"date: {date}", "Took the date of the signature (落款) as "
                                 "the date; the line stays.")]
    return None, []


def _plain_paragraph(node: Node) -> bool:
    return node.kind == "paragraph" and not node.role and not node.box


def _footnote_references(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    labels = {node.label for node in nodes if node.kind == "footnote"}
    # A text that calls its notes with explicit marks (「Lucene[^1]」) cites its references
    # with bracketed numbers (「Gu 等人[2]」): those are no calls of the notes.
    explicit = any(re.search(r"\[\^\d{1,3}\](?![:：])", node.text) for node in nodes
                   if node.kind != "footnote")
    if not labels or explicit:
        return nodes, []
    repairs = []
    result = []
    for node in nodes:
        if node.kind in ("paragraph", "heading", "note", "caption", "quote"):
            def mark(match: re.Match[str]) -> str:
                return f"[^{match.group(1)}]" if match.group(1) in labels else match.group(0)
            text = roles.FOOTNOTE_REFERENCE.sub(mark, node.text)
            if text != node.text:
                repairs.append(Repair("footnote-reference", node.line,
                                      excerpt(node.text, 0, 0, 20), excerpt(text, 0, 0, 20),
                                      "Made the note numbers in the text footnote references."))
                node = replace(node, text=text) if len(text) == len(node.text) else \
                    replace(node, text=text, segments=node.segments[:1])
        result.append(node)
    return result, repairs


def _unreferenced_footnotes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A footnote that no mark in the text calls (a Markdown source's leftover note, a
    note whose number the text lost) would make the article refuse to build: it is kept,
    as a note where it stands, and the editor asked where it belongs."""
    called = {match for node in nodes if node.kind != "footnote"
              for match in re.findall(r"\[\^([^\]\s]+)\]", node.text)}
    repairs = []
    result = []
    for node in nodes:
        if node.kind == "footnote" and node.label not in called:
            repairs.append(_role_repair(
                "footnote-never-called", node, f"::: note (was [^{node.label}])",
                f"No mark in the text calls footnote [^{node.label}]: kept it as a note where "
                "it stands. Put the mark where the note belongs, or leave it a note.",
                review=True))
            node = replace(node, kind="note", label="")
        result.append(node)
    return result, repairs


# ---------------------------------------------------------------- split paragraphs

CONTEXT = 10


# A -layout extraction keeps a paragraph's indent: its first line opens two characters in
# (「  本报告中…」), its other lines flush. When the text shows that convention (indented
# lines, nearly each after a sentence's end), a flush line after a line that reached the
# column goes on the paragraph above whatever that line ended with (「…具体包括四大部分：」
# ⏎ 「一是数字产业化…」, a double-spaced extraction's blank line between them).
PARAGRAPH_INDENT = re.compile(r"^ {2,6}(?=\S)")
INDENTED_MIN = 5  # indented lines that show the convention
INDENTED_AFTER_END = 0.7  # …of which this share follow a sentence's end


def flush_continuations(text: str, lines: list[tuple[int | None, str]], column: int
                        ) -> frozenset[int]:
    """The numbers of the flush lines of a text whose paragraphs open indented (see
    PARAGRAPH_INDENT: indented lines that each follow a paragraph's end — a sentence's or
    a colon's, or a line short of the column), else none."""
    raw = text.split("\n")
    numbers = [n for n, t in lines if n and t.strip() and n <= len(raw)]
    indented = [i for i, n in enumerate(numbers) if PARAGRAPH_INDENT.match(raw[n - 1])]

    def ended(line: str) -> bool:
        return ends_sentence(line) or line.endswith(("：", ":")) or width(line) < column - NEAR

    after_end = sum(1 for i in indented if i and ended(raw[numbers[i - 1] - 1].strip()))
    if len(indented) < INDENTED_MIN or after_end < INDENTED_AFTER_END * len(indented):
        return frozenset()
    return frozenset(n for n in numbers if raw[n - 1][:1] not in " \t\u3000")


def _goes_on_flush(previous: Node, node: Node, last: str, column: int,
                   flush: frozenset[int]) -> bool:
    """A flush line under a paragraph's full last line, in a text whose paragraphs open
    indented: the same paragraph (never a numbered item, a dash item or a reference)."""
    return (node.line in flush and previous.kind == "paragraph" and node.kind == "paragraph"
            and _joinable(previous) and _joinable(node) and column > 0
            and width(last) >= column - NEAR
            and heading_numbering(node.text).rank == 0
            and not re.match(r"^(?:[—―⸺－–]|\[\d|\d)", node.text))


def join_split_paragraphs(nodes: list[Node], column: int = 0, cover: frozenset[int] = frozenset(),
                          flush: frozenset[int] = frozenset()
                          ) -> tuple[list[Node], list[Repair], list[Repair]]:
    """Join a paragraph that ends mid-sentence with the plain paragraph after it.

    Text repeated across the split (「…社会主义思想」「社会主义思想为指导…」) is dropped
    once. Headings, captions, tables and quotations are never joined; a paragraph that
    opens with a number, 一是, a list dash or a standard's code starts something new. The
    paragraph's last line must be no short line: when the extraction's column is known,
    it fills at least half of it (a cover's or a list's short lines end where they end).
    Both repairs are marked for review. Nothing on a cover (`cover`: its source lines) is
    joined: its lines are the title block's items, none broken off.
    """
    result: list[Node] = []
    repairs: list[Repair] = []
    glued: set[int] = set()  # lines that went on the line above them (「，图纸应符合制」)
    for node in nodes:
        previous = result[-1] if result else None
        if previous is not None and (node.line in cover or previous.segments[-1][1] in cover):
            result.append(node)
            continue
        last = previous.text[_last_line_start(previous, glued):] if previous is not None else ""
        if (node.kind == "paragraph" and previous is not None and not node.role
                and not node.box and previous.kind in ("paragraph", "note")
                and node.text[:1] in CONTINUING and not ends_sentence(previous.text)):
            # 「；国家自然科学基金资助项目…」: no paragraph opens with ；，、, so this one
            # continues the block before it, a note's text too.
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += found
            glued.add(node.line)
            continue
        if (
            node.kind == "paragraph" and previous is not None and previous.kind == "paragraph"
            and _joinable(previous) and _joinable(node)
            and not roles.is_short_line(last) and not SINGLE_VALUE_LABEL.match(last)
            and not (column and width(last) * 4 < column)
            and may_join(previous.text, node.text)
        ):
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += found
        elif previous is not None and _goes_on_flush(previous, node, last, column, flush):
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += [replace(repair, kind="join-flush-line", note=(
                "The line opens flush where the text's paragraphs open indented, under a "
                "line that reached the column: joined it to the paragraph above.")) for
                repair in found]
        else:
            result.append(node)
    return result, repairs, unfinished_paragraphs(result)


INDENTED_LINE = re.compile(r"^(?:[ \t]{2,}|\u3000+)(?=\S)")


def _opens_indented(source: list[str] | None, line: int) -> bool:
    """The source line opens with a paragraph's indent (「  全体起立，」 under 「  现在，
    我宣布：…」): the author began a paragraph there, where a copy's broken line opens
    flush — a short line ending in ，, one stage direction a line, is the text's own."""
    return source is not None and 0 < line <= len(source) and bool(
        INDENTED_LINE.match(source[line - 1]))


def _last_line_start(node: Node, glued: set[int]) -> int:
    """Where the node's last line of the page begins: a line the extraction broke before a
    mark no line opens with (「…（如计算机绘图等）」 ⏎ 「，图纸应符合制」) is one line of the
    page with the line above it, and is measured so (a short piece is no short line)."""
    index = len(node.segments) - 1
    while index > 0 and node.segments[index][1] in glued:
        index -= 1
    return node.segments[index][0]


def join_line_breaks(nodes: list[Node], source: list[str] | None = None
                     ) -> tuple[list[Node], list[Repair]]:
    """A text of one paragraph a line: a line ending in ，、 or an opening mark, with the
    next line right under it (no blank line in the source), goes on there — the break is
    the copy's, not a paragraph's end. Never a block with a role, nor into a new item,
    nor into a line of the `source` that opens with a paragraph's indent."""
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        previous = result[-1] if result else None
        if (previous is not None and node.kind == "paragraph" and previous.kind == "paragraph"
                and not (previous.role or previous.box or node.role or node.box)
                and previous.text.rstrip().endswith(LINE_GOES_ON)
                and node.line == previous.segments[-1][1] + 1
                and not starts_new_item(node.text)
                and not _opens_indented(source, node.line)):
            joined, _ = join_pair(previous, node)
            result[-1] = joined
            repairs.append(Repair(
                "join-line-break", node.line, f"…{previous.text[-CONTEXT:]} ⏎ "
                f"{node.text[:CONTEXT]}…", f"…{previous.text[-CONTEXT:]}{node.text[:CONTEXT]}…",
                "The line ends mid-sentence (，、) and the next line follows with no blank "
                "line: joined them into one paragraph.", review=True))
            continue
        folio = FOLIO_OPENING.match(node.text)
        if (folio and previous is not None and node.kind == "paragraph"
                and previous.kind == "paragraph"
                and not (previous.role or previous.box or node.role or node.box)
                and node.line == previous.segments[-1][1] + 1
                and len(previous.text) >= FOLIO_PARAGRAPH_MIN
                and len(node.text) >= FOLIO_PARAGRAPH_MIN
                and has_han(previous.text.rstrip()[-1:])
                and re.search(r"[。！？；]", node.text)):
            rest = node.text[folio.end():]
            cut = replace(node, text=rest, segments=tuple(
                (max(0, start - folio.end()), line) for start, line in node.segments))
            joined, _ = join_pair(previous, cut)
            result[-1] = joined
            repairs.append(Repair(
                "page-folio", node.line, f"…{previous.text[-CONTEXT:]} ⏎ "
                f"{node.text[:CONTEXT]}…", f"…{previous.text[-CONTEXT:]}{rest[:CONTEXT]}…",
                f"A page number 「{folio[0]}」 opened the line that goes on with the sentence "
                "the line above broke off: dropped it and joined the lines (the copy's page "
                "break).", review=True))
            continue
        result.append(node)
    return result, repairs


# A copy of a paged document keeps a page's number where the page broke, at the start of
# the next line, run into the sentence the page broke off (「…全省2010年度安全生产」「1责任
# 目标考核中名列第二位，…」): a number glued to a Han character that counts nothing (no
# 年/个/项 after it) and numbers no item (no 、 or . after it).
FOLIO_OPENING = re.compile(rf"^\d{{1,3}}(?=[\u4e00-\u9fff])(?![{UNIT_CHARS}])")
FOLIO_PARAGRAPH_MIN = 40  # characters on either side: body text, not a heading or a list


LINE_GOES_ON = ("，", "、", ",", "（", "(", "“", "《")
CONTINUING = "，、；：。）》」』,;:"
# A front-page line holding one value (DOI: …, 中图分类号：TN92) is whole by itself.
SINGLE_VALUE_LABEL = re.compile(r"^(?:DOI|doi|中图分类号|文献标志码|文献标识码|文章编号)\s*[：:]")


def _joinable(node: Node) -> bool:
    """A paragraph with no role and no box, not a list's item, not a lead line ending in
    ——."""
    return not node.role and not node.box and not node.item and not node.text.rstrip(
    ).endswith(("——", "—"))


def join_pair(first: Node, second: Node) -> tuple[Node, list[Repair]]:
    overlap = repeated_overlap(first.text, second.text)
    # Latin words either side keep the space between them (「for」「domestic」).
    text = join_lines(first.text, second.text[overlap:])
    cut = len(text) - len(second.text[overlap:])
    segments = first.segments + tuple(
        (cut + max(0, start - overlap), line) for start, line in second.segments)
    split_line = first.line_at(len(first.text) - 1)
    shown_before = f"…{first.text[-CONTEXT:]} ⏎ {second.text[:CONTEXT + overlap]}…"
    shown_after = f"…{text[max(0, cut - CONTEXT):cut + CONTEXT]}…"
    repairs = [Repair(
        "join-split-paragraph", split_line, shown_before, shown_after,
        "The paragraph ended mid-sentence (an old page break): joined it with the next.",
        review=True)]
    if overlap:
        repairs.append(Repair(
            "drop-repeated-overlap", second.line, shown_before, shown_after,
            f"「{second.text[:overlap]}」 was repeated across the page break: kept it once.",
            review=True))
    return replace(first, text=text, segments=segments), repairs


def unfinished_paragraphs(nodes: list[Node]) -> list[Repair]:
    """Paragraphs still ending mid-sentence: nothing could be joined to them."""
    doubts = []
    for index, node in enumerate(nodes):
        if node.kind != "paragraph" or ends_sentence(without_end_mark(node.text)) \
                or is_date_line(node.text) \
                or node.role or node.box or node.text.rstrip().endswith(("——", "—")):
            continue
        if node.item:
            continue  # a list's item: a word or a phrase is all an item needs to be
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if node.text.rstrip().endswith(("：", ":")):
            continue  # it introduces what follows
        if following is not None and is_date_line(following.text):
            continue  # a signature above its date
        if DATE_IN_PARENS.fullmatch(node.text.strip()):
            continue  # a speech's dateline under its title: 「（2011年1月12日）」
        after = "the end of the article" if following is None else (
            "a numbered paragraph" if following.kind == "paragraph" else f"a {following.kind}")
        tail = excerpt(node.text, len(node.text), len(node.text), 12)
        doubts.append(Repair(
            "unfinished-paragraph", node.line_at(len(node.text) - 1), tail, tail,
            f"ends without terminal punctuation and was not joined ({after} follows): "
            "is text missing?"))
    return doubts


# A numbered head run into its paragraph by the copy, the paragraph's first sentence
# opening with a year right after the head's last word (「一、统一思想，提高认识，切实做好
# 当前安全生产工作2010年，全市各级…」): where the head ends is a guess, so it is only told.
GLUED_HEAD = re.compile(
    r"^[^。！？；]{8,60}?[\u4e00-\u9fff](?=(?:19|20)\d{2}年(?:以来|来|上半年)?，)")


def glued_heads(nodes: list[Node]) -> list[Repair]:
    """A paragraph opening with a section's number (一、/（一）) whose head seems to run
    into its first sentence (see above): a doubt naming the spot."""
    doubts = []
    for node in nodes:
        found = GLUED_HEAD.match(node.text) if node.kind == "paragraph" and not node.role \
            and heading_numbering(node.text).rank in (1, 2) else None
        if found:
            doubts.append(Repair(
                "glued-head", node.line, excerpt(node.text, found.end(), found.end(), 12),
                excerpt(node.text, found.end(), found.end(), 12),
                "a numbered head may run into its paragraph here (no mark between the "
                "head's last word and a sentence opening with a year): split it if so"))
    return doubts


# ---------------------------------------------------------------- headings


# A Markdown ordered list's item: 「1. 」 at the line's start.
ORDERED_ITEM = re.compile(r"^\d{1,3}[.．]\s")


def _tight_list_items(nodes: list[Node]) -> set[int]:
    """Indices of the items of a Markdown ordered list written tight (「1. …」「2. …」 on
    lines one under another, no blank line between): a list's items, each a sentence or
    more, never a run-in heading and its paragraph."""
    items = [i for i, node in enumerate(nodes)
             if node.kind == "paragraph" and ORDERED_ITEM.match(node.text)]
    found: set[int] = set()
    for a, b in zip(items, items[1:], strict=False):
        if b == a + 1 and nodes[b].line == nodes[a].segments[-1][1] + 1:
            found |= {a, b}
    return found


def split_run_in_headings(nodes: list[Node], markdown: bool = False) -> list[Node]:
    """「（四）加强生态建设，推进发展方式转型。其余…」 → a run-in heading and a paragraph
    (in Markdown, not an item of a tight ordered list)."""
    result = []
    listed = _tight_list_items(nodes) if markdown else set()
    for index, node in enumerate(nodes):
        parts = split_run_in(node.text) if node.kind == "paragraph" and not node.box \
            and not node.item and index not in listed else None
        if parts is None:
            result.append(node)
            continue
        heading, rest = parts
        start = node.text.index(rest, len(heading))
        result.append(Node("heading", heading, node.segments[:1], marker=PLAIN_MARKER,
                           rank=heading_numbering(heading).rank, origin="run-in"))
        rest_segments = tuple((max(0, offset - start), line) for offset, line in node.segments)
        first_line = node.line_at(start)
        rest_segments = ((0, first_line),) + tuple(s for s in rest_segments if s[0] > 0)
        result.append(Node("paragraph", rest, rest_segments))
    return result


UNNUMBERED_LAST = 99
PART_FIRST = 0


def _depth_key(node: Node) -> tuple[int, int]:
    """(marker, rank); a heading found in the text without a number sorts after the
    numbered ones: in a text numbered 一、（一）1.（1）, numbers make the hierarchy and an
    unnumbered short line is a subheading (alone, it is the top level all the same)."""
    if node.origin == "section":  # a section's name over its parts' short headings
        return (PLAIN_MARKER, UNNUMBERED_LAST - 1)
    if node.marker == PLAIN_MARKER and node.rank == 0:
        # 「第一部分」「第二章」 stand above the 一、 headings (rank 1).
        return (PLAIN_MARKER, PART_FIRST if roles.is_numbered_part(node.text)
                else UNNUMBERED_LAST)
    return (node.marker, node.rank)


def _trailing_unnumbered(headings: list[Node]) -> dict[int, tuple[int, int]]:
    """Unnumbered `#` headings that all come after every numbered one of their `#` level
    (「## 一、…」「## 二、…」 then 「## 写在后面」「## 参考文献」): they cannot hold the
    numbered ones, so they are their siblings, keyed as the level's first numbered one.
    An unnumbered heading before them (「## 总论」 then 「## 1 …」) is still their part."""
    found: dict[int, tuple[int, int]] = {}
    for marker in {node.marker for node in headings if node.marker != PLAIN_MARKER}:
        level = [(i, node) for i, node in enumerate(headings) if node.marker == marker]
        numbered = [i for i, node in level if node.rank > 0]
        bare = [(i, node) for i, node in level if node.rank == 0]
        if numbered and bare and all(i > numbered[-1] for i, _ in bare):
            rank = min(node.rank for _, node in level if node.rank > 0)
            found.update((id(node), (marker, rank)) for _, node in bare)
        elif numbered and bare and not any(_holds_numbered(headings, i) for i, _ in bare):
            # 「## 概述」「### 指标介绍」, then 「## 一. …」「### 1.1 …」: where no unnumbered
            # heading's part (up to the next heading of fewer '#') holds a numbered one of
            # its own level, none is a part over them: they are siblings, wherever they stand.
            rank = min(node.rank for _, node in level if node.rank > 0)
            found.update((id(node), (marker, rank)) for _, node in bare)
    return found


SERIES_NUMBER = re.compile(r"\d{1,2}")


def _numbered_series_keys(headings: list[Node]) -> dict[int, tuple[int, int]]:
    """Heads numbered in one series are siblings, whatever marks them: a README's bold
    「**1. 为什么有这个表**」「**2. 项目有 3 种状态**」 then 「## 3. 项目列表」. A run of
    headings of one numbering style numbered 1, 2, 3 … in order (a 1 starts a new run),
    whose `#` headings all have one level: its bold and plain headings take that level's
    key."""
    found: dict[int, tuple[int, int]] = {}
    runs: dict[int, list[Node]] = {}  # rank → the run so far
    for node in headings:
        if node.rank not in (1, 3):  # 一、 and 1.: the numbers a series runs through
            continue
        match = SERIES_NUMBER.search(heading_numbering(node.text).number)
        number = int(match[0]) if match else 0
        run = runs.setdefault(node.rank, [])
        if number == 1:
            run.clear()
        elif number != len(run) + 1:
            run.clear()
            continue
        run.append(node)
        marked = {n.marker for n in run if n.marker != PLAIN_MARKER}
        if len(marked) == 1 and any(n.marker == PLAIN_MARKER for n in run):
            key = (marked.pop(), node.rank)
            found.update((id(n), key) for n in run if n.marker == PLAIN_MARKER)
    return found


def _holds_numbered(headings: list[Node], index: int) -> bool:
    """Whether a numbered heading of the same '#' level follows headings[index] before a
    heading of fewer '#' ends its part."""
    marker = headings[index].marker
    for node in headings[index + 1:]:
        if node.marker < marker:
            return False
        if node.marker == marker and node.rank > 0:
            return True
    return False


# How a heading was found (Node.origin) → its repair's kind, note, and whether the
# editor is asked (a bold line's answer depends on its numbering: see assign_depths).
HEADING_ORIGINS = {
    "run-in": ("run-in-heading",
               "A short numbered sentence opening the paragraph: made it a run-in heading.",
               False),
    "plain": ("plain-heading",
              "A short numbered line without terminal punctuation: made it a heading.", False),
    "lost-numeral": ("lost-numeral",
                     "A short line opening with 「、」, its numeral missing (the page set it "
                     "as an image): made it a heading of the 「一、」 rank — write its number.",
                     True),
    "bold": ("bold-heading",
             "A short line that is one bold run and no sentence: made it a heading.", True),
    "short": ("short-heading",
              "A short line with no sentence punctuation above a paragraph: made it a "
              "heading.", True),
    "section": ("section-heading",
                "A short section name over a short heading (「空气质量」 over 「总体情况」): "
                "made it the heading of the section, a level above.", True),
    "attachment": ("attachment-title",
                   "The line under an attachment's label (附件, GB/T 9704): made it the "
                   "attachment's title, its headings one level under it.", True),
    "parallel": ("parallel-lead",
                 "A short sentence alone over a section's text, opening like another such "
                 "sentence (parallel leads): made it the section's heading.", True),
    "bracket": ("bracket-heading", "A short line set in 【】 alone: made it a subheading.",
                True),
    "glued": ("glued-number-heading",
              "A short line opening with its number run into its title (「2背景」), one of a "
              "series numbered 1, 2, 3 … in order: the text's numbered heads, whose number "
              "badge the copy ran into the title — made it a heading.", True),
    "headline": ("item-headline", "A short line above a byline: made it the item's headline.",
                 True),
    "enclosed": ("enclosed-title",
                 "The line after a notice's 落款 names the document the notice issues: made "
                 "it that document's title, its headings one level under it.", True),
    "page-title": ("page-title", "A short line opening a page of the report, over its text: "
                   "made it a heading of the top level.", True),
    "page-statement": ("page-statement", "The short statement under a report page's title, "
                       "over its text: made it a heading under the title.", True),
}


PAGE_PART_RANKS = frozenset({1, 2})  # 一、 （一）: a report's chapters and sections


def page_openers(text: str, lines: list[tuple[int | None, str]]) -> frozenset[int]:
    """A raw extraction's lines that open a page: the first kept after each form feed."""
    kept = sorted(n for n, t in lines if n and t.strip())
    found = set()
    for start in (number for number, line in enumerate(text.split("\n"), 1) if "\f" in line):
        first = next((n for n in kept if n >= start), None)
        if first is not None:
            found.add(first)
    return frozenset(found)


def assign_depths(nodes: list[Node], openers: frozenset[int] | None = None,
                  contents_end: int | None = None) -> tuple[list[Node], list[Repair]]:
    """Depth from (marker level, numbering rank); never more than one below the last one.

    In a raw extraction (`openers`: its lines opening a page) a report page's own title (a
    page-title heading, 「摘要」「编制背景」) holds the 「一、」「（一）」 headings after it a
    level down (the 「一、…」 of a 摘要 summing up the chapters, the 「（一）」 of a chapter
    whose number only the contents gave), up to the next page title, the contents (its
    last line `contents_end`: the body's chapters follow it) or a 「一、」 chapter opening
    a page of its own."""
    headings = [node for node in nodes if node.kind == "heading" and node.origin != "enclosed"]
    trailing = {**_trailing_unnumbered(headings), **_numbered_series_keys(headings)}
    keys = {id(node): trailing.get(id(node), _depth_key(node)) for node in headings}
    depths = heading_depths(keys.values())
    # An attachment's title stands at the top level, whatever the text's headings are.
    top = min(depths.values(), default=1)
    repairs = []
    previous = 0
    below = 0  # under the title of a document a notice issues, its headings go one down
    placed: list[tuple[tuple[int, int], int]] = []  # each heading's key and depth so far
    in_page_part = 0  # under a report page's title, its numbered headings go one down
    pushed = False  # … and once an 一、/（一） has gone down, the numbers under it too
    last_line = 0
    result = []
    for node in nodes:
        if node.kind != "heading":
            result.append(node)
            continue
        if openers is not None:
            if node.origin == "page-title":
                in_page_part, pushed = 1, False
            elif (contents_end is not None and last_line < contents_end < node.line
                  or node.rank == 1 and node.line in openers):
                in_page_part, pushed = 0, False
            last_line = node.line
        if node.origin in ("enclosed", "attachment"):
            # the title of a document the notice issues, or of an attachment (附件, GB/T
            # 9704): a document of its own, its headings one level under its title
            depth, below = top, 1
        else:
            # 「01 …」「（1）…」 under a pushed 「一、」 keep their place beneath it
            inner = in_page_part if node.rank in PAGE_PART_RANKS or (
                pushed and node.rank > 0) else 0
            pushed = pushed or bool(inner and node.rank in PAGE_PART_RANKS)
            depth = top if node.origin == "page-title" else \
                top + 1 if node.origin == "page-statement" else min(
                    depths[keys[id(node)]] + below + inner, MAX_DEPTH)
        clamped = depth > previous + 1
        if clamped:
            depth = previous + 1
        key = keys.get(id(node), (0, 0))
        if node.origin not in ("enclosed", "attachment", "page-title", "page-statement"):
            depth = _sibling_depth(placed, key, depth)
        placed.append((key, depth))
        previous = depth
        node = replace(node, depth=depth)
        result.append(node)
        after = "#" * (depth + 1) + " " + node.text
        if node.origin in HEADING_ORIGINS:
            kind, note, review = HEADING_ORIGINS[node.origin]
            before = node.text
            if node.origin == "run-in":
                before = excerpt(node.text, 0, len(node.text), 8)
            elif node.origin == "bold":
                before, review = f"**{node.text}**", node.rank == 0  # a numbered one is sure
            repairs.append(Repair(kind, node.line, before, after, note, review=review))
        elif depth + 1 != node.marker:
            kind = "subsection-level" if depth + 1 > node.marker else "heading-level"
            note = ("A numbered heading at the level of the part headings: made it a "
                    "subsection of the part before it." if kind == "subsection-level" else
                    "Set the heading to its level in the document's heading hierarchy.")
            repairs.append(Repair(kind, node.line, "#" * node.marker + " " + node.text,
                                  after, note))
    return result, repairs


def _sibling_depth(placed: list[tuple[tuple[int, int], int]], key: tuple[int, int],
                   depth: int) -> int:
    """A heading of the same form (marker and numbering) as an earlier one in the same
    part is its sibling, at its depth: 「**OpenRank**」 set a level up under a short part
    (clamped) keeps 「**活跃度**」 beside it, not under it. The part ends at a heading
    as shallow as that sibling or shallower: 「### 子版面」 raised to the top under the
    title, then 「## 3. 项目列表」 at the top, holds no 「### 2025 年 4 月 14 号添加」 under
    it — that one is 「## 3.」's subsection."""
    shallowest = depth + 1  # the headings between: each ends the parts at its depth
    for earlier, at in reversed(placed):
        if earlier == key:
            return at if at < shallowest else depth
        shallowest = min(shallowest, at)
    return depth


# ---------------------------------------------------------------- doubts


def collect_doubts(nodes: list[Node]) -> list[Repair]:
    doubts = []
    for node in nodes:
        for doubt in find_doubts(node.text):
            shown = doubt_excerpt(node.text, doubt)
            doubts.append(Repair(doubt.kind, node.line_at(doubt.start), shown, shown,
                                 doubt.note))
    return doubts
