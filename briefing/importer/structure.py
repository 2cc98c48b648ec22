"""Raw blocks → the article's structure, one pass per repair, each logging what it did.

Every pass takes blocks (or nodes) and returns new ones with the `Repair`s it made; the
order matters and is fixed by `build_draft`: character repairs first (so the terminal
punctuation check sees full-width marks), then the title block and byline, captions and
tables, joins of split paragraphs, run-in headings, and heading depths last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from briefing.errors import InputError
from briefing.importer.chars import excerpt, has_han, join_lines, strip_tags
from briefing.importer.cleanup import clean_source
from briefing.importer.parse import RawBlock, SourceLine, is_table_delimiter, parse_blocks
from briefing.importer.records import Repair
from briefing.importer.repairs import (
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
    may_join,
    parse_comment_fields,
    parse_date,
    repeated_overlap,
    split_run_in,
    unit_markup,
)
from briefing.importer.titleblock import (
    merge_facts,
    take_byline,
    take_facts,
    take_title_block,
)

NodeKind = Literal["heading", "paragraph", "caption", "table", "quote"]
# Headings found in the text itself (a numbered line, a run-in sentence) have no '#';
# they sort after every '#' level when depths are given out.
PLAIN_MARKER = 7
CAPTION_MAX = 60
MARKDOWN_SUFFIXES = (".md", ".markdown")
TABLE_CAPTION = re.compile(r"^(?:Table[:：]\s*|表\s*[\d一二三四五六七八九十]+)")
TABLE_CAPTION_MAX = 40


@dataclass
class Node:
    """A block of the output: its text and where each part of it came from."""

    kind: NodeKind
    text: str
    segments: tuple[tuple[int, int], ...]  # (offset in text, source line), ascending
    marker: int = 0  # '#' count in the source (PLAIN_MARKER for headings found in text)
    rank: int = 0  # numbering style rank (repairs.NUMBERING_STYLES)
    depth: int = 0  # 1–4, set by assign_depths
    origin: Literal["marked", "plain", "run-in"] = "marked"
    caption: str | None = None  # a table's caption

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


def build_draft(text: str, file: Path) -> Draft:
    """Run every pass over the article's text. Raises InputError when there is no text."""
    cleaned = clean_source(text, markdown=file.suffix.lower() in MARKDOWN_SUFFIXES)
    blocks = cleaned.renumber(parse_blocks(cleaned.text(), file))
    fields, blocks, repairs = take_comments(blocks)
    repairs += cleaned.repairs
    doubts: list[Repair] = list(cleaned.doubts)
    blocks, found = repair_characters(blocks)
    repairs += found
    head = take_title_block(blocks, {**cleaned.fields, **fields}, file)
    title, subtitle, blocks = head.title, head.subtitle, head.blocks
    repairs += head.repairs
    doubts += head.doubts
    authors, blocks, found = take_byline(blocks) if not head.authors else (
        head.authors, blocks, [])
    repairs += found
    facts = take_facts(blocks, subtitle, authors, subtitle_line=head.line)
    repairs += facts.repairs
    doubts += facts.doubts
    facts = merge_facts(fields, cleaned.fields, facts)
    blocks, authors, subtitle = facts.blocks, facts.authors, facts.subtitle
    nodes, found = to_nodes(blocks)
    repairs += found
    nodes, found, more_doubts = join_split_paragraphs(nodes)
    repairs += found
    doubts += more_doubts
    nodes = split_run_in_headings(nodes)
    nodes, found = assign_depths(nodes)
    repairs += found
    doubts += collect_doubts(nodes)
    if not any(node.kind in ("paragraph", "table", "quote", "caption") for node in nodes):
        raise InputError("the article has no text besides its title", file=file,
                         fix="put the article's paragraphs below the title, separated by "
                             "blank lines")
    date = parse_date(fields["date"]) if fields.get("date") else facts.date
    if fields.get("date") and date is None:
        comment_line = next(r.line for r in repairs if r.kind == "front-matter-comment")
        doubts.append(Repair("date", comment_line, fields["date"], fields["date"],
                             "could not read this date: fill in 'date:' as YYYY-MM-DD"))
    return Draft(
        title=title, subtitle=subtitle, authors=authors,
        source=facts.source, url=facts.url,
        date=date, nodes=nodes,
        repairs=sorted(repairs, key=lambda r: r.line),
        doubts=sorted(doubts, key=lambda r: r.line),
    )


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
     "Marked up {n} unit power(s) or PM subscript(s) with <sup>/<sub>."),
    ("escape-markup", escape_markup,
     "Escaped {n} '<' opening HTML the format does not allow, so it shows as text: "
     "remove it if it was markup."),
)
REVIEWED_CHARACTER_REPAIRS = frozenset({"escape-markup"})


def repair_characters(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Character repairs, line by line, so every repair knows its exact source line."""
    repairs = []
    result = []
    for block in blocks:
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
        and (block.blank_before >= 2 or block.blank_after >= 2)
        and 0 < len(plain) <= CAPTION_MAX
        and has_han(plain)
        and heading_numbering(plain).rank == 0
    )


def _is_table_caption(block: RawBlock, following: RawBlock | None) -> bool:
    return (
        block.kind == "text" and len(block.lines) == 1
        and following is not None and following.kind == "table"
        and following.blank_before <= 1
        and bool(TABLE_CAPTION.match(block.text.strip()))
        and len(block.text.strip()) <= TABLE_CAPTION_MAX
    )


def to_nodes(blocks: list[RawBlock]) -> tuple[list[Node], list[Repair]]:
    """Raw blocks → nodes: headings, paragraphs, photo captions, tables, quotations."""
    nodes: list[Node] = []
    repairs: list[Repair] = []
    pending_caption: str | None = None
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "heading":
            text, segments = _segments(block.lines, joined=True)
            if not text:
                repairs.append(Repair("empty-heading", block.line, "#" * block.marker, "",
                                      "Dropped a heading mark with no text."))
                continue
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
            pending_caption = caption
            repairs.append(Repair("table-caption", block.line, block.text,
                                  f"Table: {caption}",
                                  "Made the line before the table its caption."))
        elif is_photo_caption(block):
            text, segments = _segments(block.lines, joined=True)
            nodes.append(Node("caption", text, segments))
            repairs.append(Repair("caption", block.line, excerpt(text, 0, 0, 20),
                                  f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::",
                                  "A short line between extra blank lines: made it a photo "
                                  "caption (figure without an image)."))
        else:
            text, segments = _segments(block.lines, joined=True)
            if len(block.lines) == 1 and is_plain_heading(text):
                nodes.append(Node("heading", text, segments, marker=PLAIN_MARKER,
                                  rank=heading_numbering(text).rank, origin="plain"))
            else:
                nodes.append(Node("paragraph", text, segments))
    return nodes, repairs


# ---------------------------------------------------------------- split paragraphs

CONTEXT = 10


def join_split_paragraphs(nodes: list[Node]) -> tuple[list[Node], list[Repair], list[Repair]]:
    """Join a paragraph that ends mid-sentence with the plain paragraph after it.

    Text repeated across the split (「…社会主义思想」「社会主义思想为指导…」) is dropped
    once. Headings, captions, tables and quotations are never joined; a paragraph that
    opens with a number or 一是 starts something new. Both repairs are marked for review.
    """
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        previous = result[-1] if result else None
        if (
            node.kind == "paragraph" and previous is not None and previous.kind == "paragraph"
            and may_join(previous.text, node.text)
        ):
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += found
        else:
            result.append(node)
    return result, repairs, unfinished_paragraphs(result)


def join_pair(first: Node, second: Node) -> tuple[Node, list[Repair]]:
    overlap = repeated_overlap(first.text, second.text)
    cut = len(first.text)
    text = first.text + second.text[overlap:]
    segments = first.segments + tuple(
        (cut + max(0, start - overlap), line) for start, line in second.segments)
    split_line = first.line_at(cut - 1)
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
        if node.kind != "paragraph" or ends_sentence(node.text) or is_date_line(node.text):
            continue
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if node.text.rstrip().endswith(("：", ":")):
            continue  # it introduces what follows
        if following is not None and is_date_line(following.text):
            continue  # a signature above its date
        after = "the end of the article" if following is None else (
            "a numbered paragraph" if following.kind == "paragraph" else f"a {following.kind}")
        tail = excerpt(node.text, len(node.text), len(node.text), 12)
        doubts.append(Repair(
            "unfinished-paragraph", node.line_at(len(node.text) - 1), tail, tail,
            f"ends without terminal punctuation and was not joined ({after} follows): "
            "is text missing?"))
    return doubts


# ---------------------------------------------------------------- headings


def split_run_in_headings(nodes: list[Node]) -> list[Node]:
    """「（四）加强生态建设，推进发展方式转型。其余…」 → a run-in heading and a paragraph."""
    result = []
    for node in nodes:
        parts = split_run_in(node.text) if node.kind == "paragraph" else None
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


def assign_depths(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Depth from (marker level, numbering rank); never more than one below the last one."""
    headings = [node for node in nodes if node.kind == "heading"]
    depths = heading_depths((node.marker, node.rank) for node in headings)
    repairs = []
    previous = 0
    result = []
    for node in nodes:
        if node.kind != "heading":
            result.append(node)
            continue
        depth = depths[(node.marker, node.rank)]
        clamped = depth > previous + 1
        if clamped:
            depth = previous + 1
        previous = depth
        node = replace(node, depth=depth)
        result.append(node)
        after = "#" * (depth + 1) + " " + node.text
        if node.origin == "run-in":
            repairs.append(Repair(
                "run-in-heading", node.line, excerpt(node.text, 0, len(node.text), 8), after,
                "A short numbered sentence opening the paragraph: made it a run-in heading."))
        elif node.origin == "plain":
            repairs.append(Repair(
                "plain-heading", node.line, node.text, after,
                "A short numbered line without terminal punctuation: made it a heading."))
        elif depth + 1 != node.marker:
            kind = "subsection-level" if depth + 1 > node.marker else "heading-level"
            note = ("A numbered heading at the level of the part headings: made it a "
                    "subsection of the part before it." if kind == "subsection-level" else
                    "Set the heading to its level in the document's heading hierarchy.")
            repairs.append(Repair(kind, node.line, "#" * node.marker + " " + node.text,
                                  after, note))
    return result, repairs


# ---------------------------------------------------------------- doubts


def collect_doubts(nodes: list[Node]) -> list[Repair]:
    doubts = []
    for node in nodes:
        for doubt in find_doubts(node.text):
            shown = doubt_excerpt(node.text, doubt)
            doubts.append(Repair(doubt.kind, node.line_at(doubt.start), shown, shown,
                                 doubt.note))
    return doubts
