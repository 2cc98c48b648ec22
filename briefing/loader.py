"""Load a briefing folder (article.md + figures.yaml) into the validated model.

Every problem is reported with the file, the line and a fix; loading either
returns a complete `Briefing` or raises `InputError` listing all problems found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.rules_inline.state_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin
from pydantic import ValidationError

from briefing.charts import chart_problems
from briefing.errors import InputError, Problem
from briefing.limits import (
    FIGURE_ROWS_FIX,
    MAX_FIGURE_ROWS,
    MAX_LINE_CHARS,
    MAX_PARAGRAPH_CHARS,
    MAX_TABLE_CELLS,
    PARAGRAPH_FIX,
    TABLE_FIX,
    check_file_size,
    figure_rows_problem,
    long_line,
    long_table,
    paragraph_problem,
    table_problem,
)
from briefing.model import (
    INLINE_TAGS,
    PARAGRAPH_ROLES,
    Block,
    Briefing,
    EditorNote,
    Figure,
    FigureGroup,
    FiguresFile,
    Footnote,
    Meta,
    Paragraph,
    Quote,
    RichText,
    Section,
    Sidebar,
    Span,
    Table,
    TableCell,
    rich_texts,
)
from briefing.provenance import Passage, locate

ARTICLE = "article.md"
FIGURES = "figures.yaml"

# Heading numbers set apart from the heading text: 1 / 1. / 1、 / 4.1 / 一、 / （一） / （1）.
# A bare number is one only with a space after it: 「2020年工作回顾」「3D打印」「0X00 …」 open
# with a word, no number.
HEADING_NUMBER = re.compile(
    r"^(?P<number>\d+(?:\.\d+)+[.、]?|\d+[.、]|\d+(?=\s)|[一二三四五六七八九十百零〇]+、|"
    r"[（(][一二三四五六七八九十百零〇]+[）)]|[（(]\d+[）)])\s*(?=\S)"
)
RUN_IN_END = ("。", "！", "？")
INLINE_TAG = re.compile(r"^<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>$", re.S)
HTML_COMMENT = re.compile(r"^<!--.*-->$", re.S)
# A table the importer rebuilt on a guess is held by one comment line right above it (or
# above its `Table:` caption), naming what to check; deleting the line prints the table
# (README: Held tables). The words before the colon are free; `held table` opens them.
HELD_MARKER = re.compile(r"^<!--\s*held table\b[^:\n]*:\s*(?P<reason>[^\n]*?)\s*-->[ \t]*$")
HELD_FIX = "delete the marker line, or put it right above the table it holds"
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
# `::: NAME` blocks (README: The briefing folder): a figure, paragraphs in a role, and
# asides holding paragraphs. Any other name is an error.
ASIDES = ("editor-note", "sidebar")
CONTAINERS = ("figure", *PARAGRAPH_ROLES, *ASIDES)
OTHER_CONTAINER = "other"  # markdown-it's name for a `:::` block of no known name
CONTAINER_FIX = ("use one of: ::: figure, ::: note, ::: salutation, ::: signature, "
                 "::: editor-note, ::: sidebar TITLE, ::: byline (and ::: to close)")
FOOTNOTE_CALL = re.compile(r"(?<!\\)\[\^([^\]\s]+)\]")
# A code span is text as written: a footnote mark in it (「`[^1]`」, a post on Markdown)
# calls no note.
CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")


def _cjk_flanking(state: StateInline, start: int, can_split_word: bool):
    """CommonMark's emphasis delimiters, with CJK characters counting as punctuation where
    that lets emphasis open or close, and never where it would stop it (the CommonMark
    "CJK-friendly" draft, github.com/tats-u/markdown-cjk-friendly): plain CommonMark
    leaves the `**` of `**一是加强领导。**其余` literal, because 。 is punctuation and 其
    is a letter. (mdit-py-cjk-friendly does this too, but pins markdown-it-py < 4.)"""
    scanned = _commonmark_flanking(state, start, can_split_word)
    if not getattr(state.md, "cjk_emphasis", False) or (scanned.can_open and scanned.can_close):
        return scanned
    end = start
    while end < state.posMax and state.src[end] == state.src[start]:
        end += 1
    last = state.src[start - 1] if start > 0 else " "
    after = state.src[end] if end < state.posMax else " "
    if not (CJK.match(last) or CJK.match(after)):
        return scanned

    def punctuation(char: str) -> bool:
        return isMdAsciiPunct(ord(char)) or isPunctChar(char)

    last_space, after_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(after))
    last_allows = bool(CJK.match(last)) or punctuation(last)
    after_allows = bool(CJK.match(after)) or punctuation(after)
    last_stops = not CJK.match(last) and punctuation(last)
    after_stops = not CJK.match(after) and punctuation(after)
    left = not after_space and (not after_stops or last_space or last_allows)
    right = not last_space and (not last_stops or after_space or after_allows)
    if can_split_word:
        return type(scanned)(left, right, scanned.length)
    return type(scanned)(left and (not right or last_allows),
                         right and (not left or after_allows), scanned.length)


_commonmark_flanking = StateInline.scanDelims
StateInline.scanDelims = _cjk_flanking  # type: ignore[method-assign]  # only if md.cjk_emphasis


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.cjk_emphasis = True  # type: ignore[attr-defined]  # see _cjk_flanking
    # Chinese text is not Markdown-savvy: an indented paragraph is not code, "1. " at a
    # paragraph's start is not a list, a "---" under a line is not a heading, and
    # [x](y) is text. Only what the format documents is parsed.
    md.disable(["code", "fence", "list", "reference", "html_block", "lheading", "hr",
                "backticks", "link", "autolink"])
    for name in CONTAINERS:
        container_plugin(md, name)
    # Checked last: every other `:::` line, so that it is reported, not printed.
    container_plugin(md, OTHER_CONTAINER, validate=lambda params, markup: True)
    footnote_plugin(md, inline=False)  # [^1] and [^1]: …, not ^[…]
    # HTML in the text stays refused, but for one block: a <table> (with rowspan and
    # colspan), taken whole up to its </table>, and parsed by html.parser (_HtmlTable).
    md.block.ruler.before("paragraph", "html_table", _html_table_rule,
                          {"alt": ["paragraph", "reference", "blockquote"]})
    # …and a held-table marker line (HELD_MARKER), a block of its own even right above
    # a table's `Table:` caption, read by the body parser and never printed.
    md.block.ruler.before("paragraph", "held_marker", _held_marker_rule,
                          {"alt": ["paragraph", "reference", "blockquote"]})
    return md


TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HTML_TABLE_START = re.compile(r"<table[\s>]", re.I)
HTML_TABLE_END = re.compile(r"</table\s*>", re.I)


def _html_table_rule(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it block rule: a line starting with <table> up to the line holding
    </table> (or the end of the text) is one html_block token."""
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if state.sCount[start_line] - state.blkIndent >= 4 or \
            not HTML_TABLE_START.match(state.src, begin):
        return False
    if silent:
        return True
    line = start_line
    while line < end_line - 1 and not HTML_TABLE_END.search(
            state.src, state.bMarks[line], state.eMarks[line]):
        line += 1
    token = state.push("html_block", "", 0)
    token.map = [start_line, line + 1]
    token.content = state.getLines(start_line, line + 1, state.blkIndent, True)
    state.line = line + 1
    return True


def _held_marker_rule(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it block rule: a line that is a held-table marker is one html_block."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    line = state.src[state.bMarks[start_line] + state.tShift[start_line]:
                     state.eMarks[start_line]]
    if not HELD_MARKER.match(line.strip()):
        return False
    if silent:
        return True
    token = state.push("html_block", "", 0)
    token.map = [start_line, start_line + 1]
    token.content = line.strip()
    state.line = start_line + 1
    return True


MARKDOWN = _markdown()


# ---------------------------------------------------------------- YAML helpers
# briefing/yamlfile.py reads every YAML file; re-exported here for the loader's callers.
from briefing.yamlfile import (  # noqa: E402, F401
    NUMBER_MAX_CHARS,
    PLAIN_TAGS,
    YamlDocument,
    _node_line,
    _validation_problems,
    parse_yaml,
    read_yaml,
    yaml_load,
    yaml_node,
)

# ---------------------------------------------------------------- article.md


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise InputError(f"{path.name} is missing", file=path.parent,
                         fix=f"create {path.name}, e.g. with `briefing import ARTICLE`")
    check_file_size(path, path.stat().st_size, path.name)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (byte {exc.start} is 0x{data[exc.start]:02x})",
                         file=path, line=line, fix="save the file as UTF-8") from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError("binary data (a NUL byte) in a text file", file=path, line=line,
                         fix="replace the file with the article's text")
    control = CONTROL_CHARACTER.search(text)
    if control:
        line = text[: control.start()].count("\n") + 1
        raise InputError(f"an invisible control character U+{ord(control[0]):04X} (no font "
                         "has a glyph for it)", file=path, line=line,
                         fix="delete it (it usually comes from copying out of another "
                             "program)")
    return text.removeprefix("\ufeff")


# C0 and C1 controls but tab, newline and carriage return; DEL.
CONTROL_CHARACTER = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def split_front_matter(text: str, file: Path) -> tuple[str, str, int]:
    """Return (front matter, body, the line number of the body's first line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise InputError("no YAML front matter", file=file, line=1,
                         fix="start the file with '---', the title etc., and '---'")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    raise InputError("front matter is not closed", file=file, line=1,
                     fix="end the front matter with a line '---'")


def _load_meta(front: str, file: Path) -> tuple[Meta, dict[str, int]]:
    document = parse_yaml(front, file, line_offset=1)
    return document.validate(Meta, what="front matter"), document.key_lines()


class _BodyParser:
    """Walks markdown-it tokens into sections and blocks, collecting problems."""

    def __init__(self, file: Path, folder: Path, first_line: int, source_lines: list[str]):
        self.file = file
        self.folder = folder
        self.first_line = first_line
        self.source_lines = source_lines
        self.problems: list[Problem] = []
        self.counter = 0

    def line_of(self, token: Token) -> int:
        return (token.map[0] if token.map else 0) + self.first_line

    def problem(self, message: str, token: Token | int, fix: str | None = None) -> None:
        line = token if isinstance(token, int) else self.line_of(token)
        self.problems.append(Problem(message, self.file, line, fix))

    def next_id(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # -- inline

    def rich_text(self, inline: Token, line: int, lines: bool = False) -> RichText:
        """`lines`: each line of the source is a line of its own (a signature's)."""
        spans: list[Span] = []
        marks: list[str] = []
        for child in inline.children or []:
            kind = child.type
            if kind in ("text", "entity"):
                self._append(spans, child.content, marks)
            elif kind == "softbreak" and lines:
                spans.append(Span(break_=True))
            elif kind == "softbreak":
                self._append(spans, self._soft_break(spans, child, inline), marks)
            elif kind == "hardbreak":
                spans.append(Span(break_=True))
            elif kind in ("em_open", "strong_open", "s_open"):
                marks.append(kind.removesuffix("_open"))
            elif kind in ("em_close", "strong_close", "s_close"):
                marks.pop()
            elif kind == "html_inline":
                self._html_inline(child.content, marks, spans, line)
            elif kind == "image":
                self.problem("an image outside a figure block", line,
                             "put it in a '::: figure' block with its caption")
            elif kind == "footnote_ref":
                self._footnote_call(child, spans, line)
            else:
                self._append(spans, child.content, marks)
        # A mark markdown-it left as text: its footnote is missing (an escaped \[^…] is text).
        called = {c.meta.get("label") for c in inline.children or [] if c.type == "footnote_ref"}
        for label in FOOTNOTE_CALL.findall(CODE_SPAN.sub("", inline.content)):
            if label not in called:
                self.problem(f"footnote [^{label}] has no text", line,
                             f"add a line '[^{label}]: …' with the note at the end of "
                             f"{ARTICLE}, or write \\[^{label}] if it is not a footnote")
        if marks:
            self.problem(f"<{marks[-1]}> is not closed", line, f"add </{marks[-1]}>")
        return RichText(spans=spans)

    def _footnote_call(self, child: Token, spans: list[Span], line: int) -> None:
        if child.meta.get("subId", 0):
            self.problem(f"footnote [^{child.meta['label']}] is marked a second time", line,
                         "a printed footnote has one mark: give this one a note of its own")
            return
        spans.append(Span(footnote=f"fn{child.meta['id'] + 1}"))

    @staticmethod
    def _soft_break(spans: list[Span], child: Token, inline: Token) -> str:
        # A line break inside a Chinese paragraph joins without a space.
        children = inline.children or []
        index = children.index(child)
        before = spans[-1].text[-1:] if spans and spans[-1].text else ""
        after = next((c.content[:1] for c in children[index + 1:] if c.content), "")
        return "" if CJK.match(before) or CJK.match(after) else " "

    @staticmethod
    def _append(spans: list[Span], text: str, marks: list[str]) -> None:
        if not text:
            return
        key = tuple(marks)
        if spans and not spans[-1].break_ and not spans[-1].footnote and \
                spans[-1].marks == key:
            spans[-1].text += text
        else:
            spans.append(Span(text=text, marks=key))

    def _html_inline(self, html: str, marks: list[str], spans: list[Span], line: int) -> None:
        if HTML_COMMENT.match(html):
            return
        match = INLINE_TAG.match(html)
        allowed = "<sub>, <sup>, <em>, <strong>, <s> and <br>"
        if not match or match[2].lower() not in INLINE_TAGS:
            self.problem(f"HTML {html!r} is not allowed in the text", line,
                         f"only {allowed} are; write &lt; for a literal '<'")
            return
        closing, tag = match[1] == "/", match[2].lower()
        if match.group(0) != f"<{'/' if closing else ''}{tag}{'/' if match[3] else ''}>" and \
                tag != "br":
            self.problem(f"attributes are not allowed on {html!r}", line, f"write <{tag}>")
        if tag == "br":
            spans.append(Span(break_=True))
        elif not closing:
            marks.append(tag)
        elif marks and marks[-1] == tag:
            marks.pop()
        else:
            self.problem(f"</{tag}> closes nothing", line, f"remove it or add <{tag}> before")

    # -- blocks

    def parse(self, tokens: list[Token]) -> tuple[list[Block], list[Section]]:
        self.footnotes: list[Footnote] = []
        lead: list[Block] = []
        top: list[Section] = []
        open_sections: list[Section] = []
        index = 0
        pending_caption: tuple[RichText, int] | None = None
        pending_rows: list[tuple[int, str]] = []
        pending_held: tuple[str, int] | None = None  # a held-table marker's reason, line

        def current_blocks() -> list[Block]:
            return open_sections[-1].blocks if open_sections else lead

        while index < len(tokens):
            token = tokens[index]
            if token.type == "heading_open":
                section = self._heading(token, tokens[index + 1], open_sections)
                if section is not None:
                    while open_sections and open_sections[-1].level >= section.level:
                        open_sections.pop()
                    parent = open_sections[-1].sections if open_sections else top
                    parent.append(section)
                    open_sections.append(section)
                index += 3
                continue
            if token.type == "paragraph_open":
                line = self.line_of(token)
                follows = tokens[index + 3] if index + 3 < len(tokens) else None
                before_table = follows is not None and (
                    follows.type == "table_open" or self._is_html_table(follows))
                inline = tokens[index + 1]
                if follows is not None and follows.type == "table_open":
                    # Header rows above the main one read as a paragraph's last lines; a
                    # paragraph a blank line above the table has none and stays whole.
                    header_inline, header_rows = self._split_header_rows(token, follows)
                    if header_rows:
                        inline, pending_rows = header_inline, header_rows
                text = self.rich_text(inline, line) if inline is not None else RichText()
                self._check_not_a_table(token)
                plain = text.plain
                if plain.startswith("Table:") and before_table:
                    pending_caption = (self._strip_prefix(text, "Table:"), line)
                elif text:
                    current_blocks().append(
                        Paragraph(id=self.next_id("p"), text=text, line=line))
                index += 3
                continue
            if token.type == "table_open" or self._is_html_table(token):
                caption = pending_caption[0] if pending_caption else None
                if token.type == "table_open":
                    end = self._close_index(tokens, index, "table_close")
                    table = self._table(tokens[index:end + 1], caption, pending_rows)
                else:
                    end = index
                    table = self._html_table(token, caption)
                if pending_held is not None:
                    table.held, table.held_line = pending_held
                current_blocks().append(table)
                pending_caption, pending_rows, pending_held = None, [], None
                index = end + 1
                if index < len(tokens) and tokens[index].type == "container_note_open":
                    # A note directly under a table is the table's (注：…, 资料来源：…).
                    end = self._close_index(tokens, index, "container_note_close")
                    table.notes = self._note_paragraphs(tokens[index:end + 1])
                    index = end + 1
                continue
            if token.type == "html_block":
                if (held := HELD_MARKER.match(token.content.strip())) is not None:
                    if self._table_follows(tokens, index + 1):
                        pending_held = (held["reason"], self.line_of(token))
                    else:
                        self.problem("a held-table marker stands above no table", token,
                                     HELD_FIX)
                    index += 1
                    continue
                if not HTML_COMMENT.match(token.content.strip()):
                    self.problem(f"HTML {token.content.strip()[:40]!r} is not allowed here", token,
                                 "only <table> blocks and the inline tags <sub>, <sup>, <em>, "
                                 "<strong> and <br> are")
                index += 1
                continue
            if token.type.startswith("container_") and token.type.endswith("_open"):
                name = token.type.removeprefix("container_").removesuffix("_open")
                end = self._close_index(tokens, index, f"container_{name}_close")
                current_blocks().extend(self._container(tokens[index:end + 1]))
                index = end + 1
                continue
            if token.type == "footnote_block_open":
                end = self._close_index(tokens, index, "footnote_block_close")
                self._footnotes(tokens[index:end + 1])
                index = end + 1
                continue
            if token.type == "blockquote_open":
                end = self._close_index(tokens, index, "blockquote_close")
                current_blocks().append(self._quote(tokens[index:end + 1]))
                index = end + 1
                continue
            if token.type.startswith("container_") or token.type.endswith("_close"):
                index += 1
                continue
            self.problem(f"unsupported Markdown ({token.type})", token,
                         "see README: paragraphs, headings ##–#####, ::: blocks, tables, >")
            index += 1
        return lead, top

    @staticmethod
    def _close_index(tokens: list[Token], start: int, close_type: str) -> int:
        depth = 0
        open_type = tokens[start].type
        for index in range(start, len(tokens)):
            if tokens[index].type == open_type:
                depth += 1
            elif tokens[index].type == close_type:
                depth -= 1
                if depth == 0:
                    return index
        return len(tokens) - 1

    @staticmethod
    def _strip_prefix(text: RichText, prefix: str) -> RichText:
        spans = [span.model_copy() for span in text.spans]
        if spans:
            spans[0].text = spans[0].text.removeprefix(prefix).lstrip()
        return RichText(spans=[s for s in spans if s.text or s.break_ or s.footnote])

    def _heading(self, token: Token, inline: Token, open_sections: list[Section]):
        line = self.line_of(token)
        depth = int(token.tag[1]) - 1
        if depth == 0:
            self.problem("a level-1 heading ('# …') in the body", line,
                         "the title belongs in the front matter ('title:'); parts are '## …'")
            return None
        if depth > 4:
            self.problem(f"heading level {depth + 1} is too deep", line,
                         "use ## to ##### (four levels)")
            return None
        parent_level = open_sections[-1].level if open_sections else 0
        if depth > parent_level + 1:
            self.problem(
                f"heading level jumps from {'#' * (parent_level + 1)} to {token.markup}",
                line, f"use {'#' * (parent_level + 2)} for this heading")
        text = self.rich_text(inline, line)
        number = None
        match = HEADING_NUMBER.match(text.plain)
        if match and text.spans and text.spans[0].text.startswith(match[0]):
            number = match["number"]
            text = self._strip_prefix(text, match[0])
        if not text:
            self.problem("a heading with no text", line, "write the heading or remove it")
        self.counter += 1
        return Section(
            id=f"sec{self.counter}", level=depth, number=number, title=text,
            run_in=text.plain.endswith(RUN_IN_END), line=line)

    # -- tables

    def _table_follows(self, tokens: list[Token], index: int) -> bool:
        """A table (with its `Table:` caption or upper header rows) starts at tokens[index]."""
        if index < len(tokens) and (tokens[index].type == "table_open"
                                    or self._is_html_table(tokens[index])):
            return True
        return (index + 3 < len(tokens) and tokens[index].type == "paragraph_open"
                and (tokens[index + 3].type == "table_open"
                     or self._is_html_table(tokens[index + 3])))

    @staticmethod
    def _is_html_table(token: Token) -> bool:
        return token.type == "html_block" and bool(HTML_TABLE_START.match(token.content))

    def _split_header_rows(self, paragraph: Token, table_open: Token):
        """A table with several header rows (README: Tables) is a paragraph's last
        '|' lines and then markdown-it's table. Returns the paragraph's inline content
        without those lines (None when nothing is left) and the lines with their numbers."""
        start, end = paragraph.map or (0, 0)
        if (table_open.map or (0, 0))[0] != end:
            return None, []
        lines = self.source_lines[start:end]
        split = len(lines)
        while split > 0 and lines[split - 1].strip().startswith("|"):
            split -= 1
        rows = [(start + offset + self.first_line, raw)
                for offset, raw in enumerate(lines[split:], start=split)]
        rest = "\n".join(lines[:split]).strip()
        inline = MARKDOWN.parseInline(rest)[0] if rest else None
        return inline, rows

    def _check_not_a_table(self, paragraph: Token) -> None:
        """'|' lines with a |---| row that markdown-it did not take for a table: its
        header row and delimiter row differ in their number of cells."""
        start, end = paragraph.map or (0, 0)
        lines = self.source_lines[start:end]
        for offset, raw in enumerate(lines):
            if offset and TABLE_DELIMITER.match(raw) and lines[offset - 1].strip()[:1] == "|":
                header, delimiter = _split_row(lines[offset - 1]), _split_row(raw)
                self.problem(
                    f"not a table: the row above the |---| row has {len(header)} cells, "
                    f"the |---| row {len(delimiter)}", start + offset + self.first_line - 1,
                    "give the header row and the |---| row the same number of cells")

    def _cells_of_row(self, raw: str, line: int) -> list[RichText]:
        """The cells of one '|' row above the main header row, parsed by markdown-it as
        the header of a one-row table."""
        count = len(_split_row(raw))
        tokens = MARKDOWN.parse(raw.strip() + "\n|" + "---|" * count)
        return [self.rich_text(tokens[i + 1], line) for i, token in enumerate(tokens)
                if token.type == "th_open"]

    def _table(self, tokens: list[Token], caption: RichText | None,
               extra_rows: list[tuple[int, str]] = ()) -> Table:
        table_open = tokens[0]
        line = self.line_of(table_open)
        header: list[RichText] = []
        rows: list[list[RichText]] = []
        align: list[str | None] = []
        row: list[RichText] | None = None
        in_head = False
        for index, token in enumerate(tokens):
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                if in_head:
                    header = row or []
                else:
                    rows.append(row or [])
            elif token.type in ("th_open", "td_open"):
                style = str(token.attrs.get("style", ""))
                cell_line = self.line_of(token) if token.map else line
                cell = self.rich_text(tokens[index + 1], cell_line)
                assert row is not None
                row.append(cell)
                if in_head:
                    found = re.search(r"text-align:(\w+)", style)
                    align.append(found[1] if found else None)
        problems_before = len(self.problems)
        self._check_cell_counts(table_open, len(header), extra_rows)
        heads = [self._cells_of_row(raw, number) for number, raw in extra_rows] + [header]
        first = extra_rows[0][0] if extra_rows else line
        head_cells = self._merged(heads, first, "header")
        body_cells = self._merged(rows, line + 2, "body")
        if len(self.problems) > problems_before:
            return Table(id=self.next_id("t"), caption=caption, rows=[], line=first)
        return self._made_table(caption, head_cells, body_cells, align, first)

    def _merged(self, grid: list[list[RichText]], first_line: int, part: str):
        cells, problems = merge_cells(grid)
        for row, message, fix in problems:
            self.problem(message, first_line + row, fix)
        return cells

    def _made_table(self, caption, header, rows, align, line) -> Table:
        """The table, less wholly empty columns at its right (a trailing '|' too many,
        an empty column of the source), which the loader reports (table_notices). A
        header row of empty cells only (`|  |  |` above the |---| row, as Markdown must
        write one) says the table has no header: none is printed."""
        if header and not any(cell.plain.strip() for row in header for cell in row):
            header = []
        try:
            table = Table(id="", caption=caption, header=header, rows=rows,
                          align=align or [], line=line)
        except ValidationError as exc:
            message = exc.errors()[0]["msg"].removeprefix("Value error, ")
            self.problem(f"the table's merged cells do not fit: {message}", line,
                         "give every row the same number of columns, counting spans")
            return Table(id=self.next_id("t"), caption=caption, rows=[], line=line)
        dropped = 0
        while table.columns > 1:
            last = table.columns - 1
            edge = [cell for cell in table.cells if cell.col + cell.colspan - 1 == last]
            if any(cell.plain.strip() or cell.colspan > 1 for cell in edge):
                break
            header = [[c for c in row if c not in edge] for row in table.header]
            rows = [[c for c in row if c not in edge] for row in table.rows]
            align = table.align[:-1]
            table = Table(id="", caption=caption, header=header, rows=rows, align=align,
                          line=line)
            dropped += 1
        table.id = self.next_id("t")
        table.dropped_columns = dropped
        return table

    def _check_cell_counts(self, table_open: Token, expected: int,
                           extra_rows: list[tuple[int, str]] = ()) -> None:
        # markdown-it pads short rows and drops extra cells silently; a user
        # would lose data without noticing, so count cells in the source lines.
        start, end = table_open.map or (0, 0)
        rows = list(extra_rows) + [
            (start + offset + self.first_line, raw)
            for offset, raw in enumerate(self.source_lines[start:end]) if offset != 1]
        for number, raw in rows:  # (the |---|---| delimiter row left out)
            cells = _split_row(raw)
            if len(cells) != expected:
                self.problem(
                    f"table row has {len(cells)} cells, the header has {expected}", number,
                    "add or remove '|' cells so every row matches the header "
                    "(a merged cell counts as the cells it spans: write '<' or '^' in them)")

    def _html_table(self, token: Token, caption: RichText | None) -> Table:
        line = self.line_of(token)
        parsed = _HtmlTable(self, line)
        parsed.feed(token.content)
        parsed.close()
        if parsed.open:
            self.problem("the HTML table is not closed", line, "end it with </table>")
        if parsed.caption is not None and caption is None:
            caption = parsed.caption
        # The header: the rows in <thead>; without one, the leading rows of <th> cells.
        in_thead = [section == "thead" for section, _ in parsed.rows]
        header_count = 0
        for (_, cells), thead in zip(parsed.rows, in_thead, strict=True):
            if not (thead if any(in_thead) else cells and all(th for th, _ in cells)):
                break
            header_count += 1
        rows = [[cell for _, cell in cells] for _, cells in parsed.rows]
        return self._made_table(caption, rows[:header_count], rows[header_count:], [], line)

    def _note_paragraphs(self, tokens: list[Token]) -> list[RichText]:
        return [self.rich_text(tokens[i + 1], self.line_of(token))
                for i, token in enumerate(tokens) if token.type == "paragraph_open"]

    def _container(self, tokens: list[Token], inside: str | None = None) -> list[Block]:
        """The blocks of a `::: NAME … :::` block (tokens from its open to its close):
        a figure, paragraphs in NAME's role, or an aside holding paragraphs (and
        paragraphs in a role, nested with a longer marker: `:::: sidebar` … `::::`)."""
        opening, closing = tokens[0], tokens[-1]
        name = opening.type.removeprefix("container_").removesuffix("_open")
        info = opening.info.strip()
        title = info[len(name):].strip() if info.startswith(name) else info
        if name == OTHER_CONTAINER or (inside and name not in PARAGRAPH_ROLES):
            what = f"'{opening.markup} {info}'" if info else f"a '{opening.markup}' line"
            where = f" inside '::: {inside}'" if inside and name != OTHER_CONTAINER else ""
            self.problem(f"{what} is not a block article.md knows{where}", opening,
                         CONTAINER_FIX if not where else
                         "only ::: note, salutation, signature and byline go inside it")
            return []
        if not closing.markup:
            self.problem(f"'{opening.markup} {name}' is not closed", opening,
                         f"end it with a line '{opening.markup}'")
        if title and name != "sidebar":
            self.problem(f"'::: {name}' takes no title ({title!r})", opening,
                         f"write '::: {name}' alone and the text on the lines below")
        if name == "figure":
            return [self._figure(tokens)]
        line = self.line_of(opening)
        paragraphs = self._paragraphs(tokens, name, name if name in PARAGRAPH_ROLES else "body")
        if not paragraphs:
            self.problem(f"an empty '::: {name}' block", line, "write its text or remove it")
        if name == "editor-note":
            return [EditorNote(id=self.next_id("en"), blocks=paragraphs, line=line)]
        if name == "sidebar":
            heading = None
            if title:
                [inline] = [t for t in MARKDOWN.parseInline(title) if t.type == "inline"]
                heading = self.rich_text(inline, line)
            return [Sidebar(id=self.next_id("sb"), title=heading, blocks=paragraphs,
                            line=line)]
        return paragraphs  # type: ignore[return-value]

    def _paragraphs(self, tokens: list[Token], name: str, role: str) -> list[Paragraph]:
        """The paragraphs inside a container, in `role`; an aside's nested role blocks."""
        found: list[Paragraph] = []
        index = 1
        while index < len(tokens) - 1:
            token = tokens[index]
            if token.type == "paragraph_open":
                line = self.line_of(token)
                text = self.rich_text(tokens[index + 1], line, lines=role == "signature")
                # A signature's lines (signer, date) are paragraphs of their own.
                for offset, part in enumerate(_split_lines(text) if role == "signature"
                                              else [text]):
                    if part:
                        found.append(Paragraph(id=self.next_id("p"), text=part, role=role,
                                               line=line + offset))  # type: ignore[arg-type]
                index += 3
                continue
            if token.nesting == 1:
                end = index
                if token.type.startswith("container_"):
                    end = self._close_index(tokens, index, token.type[:-5] + "_close")
                    if name in ASIDES:
                        nested = self._container(tokens[index:end + 1], inside=name)
                        found += [b for b in nested if isinstance(b, Paragraph)]
                        index = end + 1
                        continue
                else:
                    end = self._close_index(tokens, index, token.type[:-5] + "_close")
                what = token.type.removesuffix("_open").replace("container_", "::: ")
                self.problem(f"a {what} inside '::: {name}', which holds paragraphs only",
                             token, f"move it out of the '::: {name}' block")
                index = end + 1
                continue
            index += 1
        return found

    def _footnotes(self, tokens: list[Token]) -> None:
        """markdown-it's footnote block: each footnote's paragraphs, in order of mark."""
        for index, token in enumerate(tokens):
            if token.type != "footnote_open":
                continue
            end = self._close_index(tokens, index, "footnote_close")
            spans: list[Span] = []
            line = 0
            for inner in range(index, end):
                if tokens[inner].type == "paragraph_open":
                    line = line or self.line_of(tokens[inner])
                    text = self.rich_text(tokens[inner + 1], self.line_of(tokens[inner]))
                    if spans and text:
                        spans.append(Span(break_=True))
                    spans += text.spans
            self.footnotes.append(Footnote(id=f"fn{token.meta['id'] + 1}",
                                           text=RichText(spans=spans), line=line))

    def unused_footnotes(self, env: dict) -> None:
        """A footnote no mark calls would be lost silently: report each."""
        for key, number in env.get("footnotes", {}).get("refs", {}).items():
            if number != -1:
                continue
            label = key.removeprefix(":")
            line = next((n for n, raw in enumerate(self.source_lines)
                         if raw.lstrip().startswith(f"[^{label}]:")), 0) + self.first_line
            self.problem(f"footnote [^{label}] is never marked in the text", line,
                         f"put [^{label}] where the note belongs, or remove the note")

    def _figure(self, tokens: list[Token]) -> Figure:
        line = self.line_of(tokens[0])
        image = alt = ratio = None
        caption_spans: list[Span] = []
        for index, token in enumerate(tokens):
            if token.type != "inline":
                continue
            images = [c for c in token.children or [] if c.type == "image"]
            for img in images:
                (image, ratio), alt = self._image_path(str(img.attrs.get("src", "")), line), \
                    img.content
            token.children = [c for c in token.children or [] if c.type != "image"]
            text = self.rich_text(token, self.line_of(tokens[index - 1]))
            if caption_spans and text:
                caption_spans.append(Span(break_=True))
            caption_spans.extend(text.spans)
        caption = RichText(spans=caption_spans)
        # markdown-it leaves an image with a refused URL (file:, data:) as text.
        for src in re.findall(r"!\[[^\]]*\]\(([^)]*)\)", caption.plain):
            self._image_path(src, line)
        if not caption:
            self.problem("a figure without a caption", line, "write the caption inside ::: figure")
        return Figure(id=self.next_id("f"), caption=caption, image=image, alt=alt,
                      ratio=ratio, line=line)

    def _image_path(self, src: str, line: int) -> tuple[str | None, float | None]:
        """The image's path in the briefing folder and its height ÷ width, or (None, None)
        with a problem. Images come from the briefing folder only: no URLs, no absolute
        paths, no '..'."""
        path = PurePosixPath(src)
        if not src or ":" in src or path.is_absolute() or ".." in path.parts:
            self.problem(f"image '{src}' is outside the briefing folder", line,
                         "copy the image into the briefing folder and give its relative path")
            return None, None
        if not (self.folder / path).is_file():
            self.problem(f"image '{src}' not found in {self.folder}", line,
                         "check the file name")
            return None, None
        unreadable, ratio = inspect_image(self.folder / path)
        if unreadable:
            self.problem(f"image '{src}' cannot be printed: {unreadable}", line,
                         "replace it with a PNG or JPEG file (or remove the image line)")
            return None, None
        return str(path), ratio

    def _quote(self, tokens: list[Token]) -> Quote:
        paragraphs = []
        for index, token in enumerate(tokens):
            if token.type == "paragraph_open":
                text = self.rich_text(tokens[index + 1], self.line_of(token))
                paragraphs.append(
                    Paragraph(id=self.next_id("p"), text=text, line=self.line_of(token)))
        return Quote(id=self.next_id("q"), blocks=paragraphs, line=self.line_of(tokens[0]))


def inspect_image(path: Path) -> tuple[str | None, float | None]:
    """Why WeasyPrint could not draw this image file (None: it can; SVG is drawn as
    vectors), and the picture's height ÷ width in pixels (None for SVG), read in one
    opening of the file."""
    from PIL import Image, UnidentifiedImageError

    if path.suffix.lower() == ".svg":
        head = path.read_bytes()[:1024].lstrip()
        ok = head.startswith((b"<?xml", b"<svg", b"<!--"))
        return (None if ok else "not an SVG file"), None
    try:
        with Image.open(path) as image:
            width, height = image.size
            image.verify()
    except UnidentifiedImageError:
        return "not an image file (or a format that cannot be read)", None
    except Exception as error:  # Pillow raises many kinds for a damaged file
        return f"the image is damaged ({error})", None
    return None, (height / width if width and height else None)


def _split_lines(text: RichText) -> list[RichText]:
    parts: list[list[Span]] = [[]]
    for span in text.spans:
        if span.break_:
            parts.append([])
        else:
            parts[-1].append(span)
    return [RichText(spans=spans) for spans in parts]
# ---------------------------------------------------------------- tables

MERGE_LEFT, MERGE_UP = "<", "^"


def _split_row(raw: str) -> list[str]:
    """The cells of a '|' row as written (for counting; markdown-it reads their text)."""
    return re.split(r"(?<!\\)\|", raw.strip().removeprefix("|").removesuffix("|"))


def merge_cells(grid: list[list[RichText]]) -> tuple[list[list[TableCell]],
                                                     list[tuple[int, str, str]]]:
    """Rows of cells as written, with '<' (span the cell to the left) and '^' (span
    the cell above) → rows of merged cells, each held once with its spans; and the
    problems as (row index, message, fix). Pure."""
    owner: dict[tuple[int, int], TableCell] = {}
    origin: dict[int, tuple[int, int]] = {}
    result: list[list[TableCell]] = []
    problems: list[tuple[int, str, str]] = []
    for r, row in enumerate(grid):
        cells: list[TableCell] = []
        for c, text in enumerate(row):
            mark = text.plain.strip()
            if mark == MERGE_LEFT:
                target = owner.get((r, c - 1))
                if target is None:
                    problems.append((r, "'<' in a table's first column: there is no cell to "
                                     "its left to merge with", "write the cell's text"))
                else:
                    top, left = origin[id(target)]
                    if top == r:
                        target.colspan += 1
                    elif c >= left + target.colspan:
                        problems.append((r, "'<' widens a cell merged from the rows above "
                                         "in this row only", "write '<' beside it in its "
                                         "first row as well"))
                    owner[(r, c)] = target
                continue
            if mark == MERGE_UP:
                target = owner.get((r - 1, c))
                if target is None:
                    problems.append((r, "'^' in a table's first row: there is no cell above "
                                     "it to merge with", "write the cell's text"))
                else:
                    top, left = origin[id(target)]
                    if c == left and r == top + target.rowspan:
                        target.rowspan += 1
                    elif c == left or owner.get((r, c - 1)) is not target:
                        problems.append((r, "'^' under only part of a merged cell",
                                         "write '^' under every column the cell spans"))
                    owner[(r, c)] = target
                continue
            cell = TableCell(text=text)
            owner[(r, c)] = cell
            origin[id(cell)] = (r, c)
            cells.append(cell)
        result.append(cells)
    for row in result:
        for cell in row:
            top, left = origin[id(cell)]
            whole = all(owner.get((top + dr, left + dc)) is cell
                        for dr in range(cell.rowspan) for dc in range(cell.colspan))
            if not whole:
                problems.append((top, f"the merged cell 「{cell.plain}」 is not a rectangle",
                                 "write '<' or '^' in every cell it covers, and nothing else"))
    return result, problems


class _HtmlTable(HTMLParser):
    """An HTML <table> of article.md: rows of cells with rowspan/colspan, th or td,
    in thead/tbody; a <caption>; inside cells the inline tags of the text only."""

    SECTIONS = ("thead", "tbody", "tfoot")
    IGNORED = ("table", "colgroup", "col", "p", "span", "div")
    MARKS = {"sub": "sub", "sup": "sup", "em": "em", "i": "em", "strong": "strong",
             "b": "strong", "s": "s", "del": "s"}

    def __init__(self, parser: _BodyParser, line: int):
        super().__init__(convert_charrefs=True)
        self.parser, self.first_line = parser, line
        self.rows: list[tuple[str, list[tuple[bool, TableCell]]]] = []
        self.caption: RichText | None = None
        self.section = ""
        self.spans: list[Span] | None = None  # the cell or caption being read
        self.marks: list[str] = []
        self.open = False

    def line(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.open = True
        elif tag in self.SECTIONS:
            self.section = tag
        elif tag == "tr":
            self.rows.append((self.section, []))
        elif tag in ("td", "th", "caption"):
            self.spans, self.marks = [], []
            if tag != "caption":
                if not self.rows:
                    self.rows.append((self.section, []))
                cell = TableCell(colspan=self._span(attrs, "colspan"),
                                 rowspan=self._span(attrs, "rowspan"))
                self.rows[-1][1].append((tag == "th", cell))
        elif tag == "br" and self.spans is not None:
            self.spans.append(Span(break_=True))
        elif tag in self.MARKS and self.spans is not None:
            self.marks.append(self.MARKS[tag])
        elif tag not in self.IGNORED:
            self.parser.problem(f"<{tag}> is not allowed in a table", self.line(),
                                "cells hold text with <sub>, <sup>, <em>, <strong>, <br>")

    def _span(self, attrs: dict, name: str) -> int:
        value = (attrs.get(name) or "1").strip()
        if not value.isdigit() or not 1 <= int(value) <= 1000:
            self.parser.problem(f"{name}=\"{value}\" is not a number of cells", self.line(),
                                f"write {name}=\"2\" or more, or leave it out")
            return 1
        return int(value)

    def handle_endtag(self, tag):
        if tag in ("td", "th", "caption") and self.spans is not None:
            spans = [s for s in self.spans if s.break_ or s.text.strip()]
            if spans and not spans[0].break_:
                spans[0].text = spans[0].text.lstrip()
            if spans and not spans[-1].break_:
                spans[-1].text = spans[-1].text.rstrip()
            text = RichText(spans=spans)
            if tag == "caption":
                self.caption = text
            elif self.rows and self.rows[-1][1]:
                self.rows[-1][1][-1][1].text = text
            self.spans = None
        elif tag in self.MARKS and self.spans is not None and self.marks:
            self.marks.pop()
        elif tag in self.SECTIONS:
            self.section = ""
        elif tag == "table":
            self.open = False

    def handle_data(self, data):
        if self.spans is None:
            if data.strip():
                self.parser.problem(f"text 「{data.strip()[:20]}」 outside the table's cells",
                                    self.line(), "put it in a <td> or before the table")
            return
        _BodyParser._append(self.spans, " ".join(data.split()) if not CJK.search(data)
                            else re.sub(r"\s*\n\s*", "", data), self.marks)


def table_notices(briefing: Briefing) -> list[Problem]:
    """What the loader changed in a table, to be told (not errors): wholly empty columns
    left out at the right."""
    file = briefing.folder / ARTICLE
    return [Problem(f"table 「{(block.caption.plain if block.caption else '')[:30]}」: its "
                    f"last {block.dropped_columns} column(s) are empty in every row and "
                    "were left out", file, block.line,
                    "remove the trailing '|' cells from article.md")
            for block in briefing.walk_blocks()
            if isinstance(block, Table) and block.dropped_columns]


def load_article(folder: Path, text: str | None = None
                 ) -> tuple[Meta, dict[str, int], list[Block], list[Section]]:
    """`text`: article.md's text as it would be after an edit (review.py checks an edit
    loads before it replaces the file); None reads the file."""
    file = folder / ARTICLE
    text = _read_text(file) if text is None else text
    front, body, first_line = split_front_matter(text, file)
    meta, key_lines = _load_meta(front, file)
    _check_sizes(body, file, first_line)
    parser = _BodyParser(file, folder, first_line, body.split("\n"))
    env: dict = {}
    lead, sections = parser.parse(MARKDOWN.parse(body, env))
    parser.unused_footnotes(env)
    if parser.problems:
        raise InputError(problems=parser.problems)
    if not lead and not sections:
        raise InputError("the article has no text", file=file, line=first_line,
                         fix="write the article's paragraphs below the front matter")
    return meta, key_lines, lead, sections, parser.footnotes


def _check_sizes(body: str, file: Path, first_line: int) -> None:
    """Refuse, before parsing, a line or a table too long to typeset sensibly (limits.py)."""
    if (found := long_line(body, MAX_LINE_CHARS)) is not None:
        raise InputError(paragraph_problem(found[1]), file=file,
                         line=first_line + found[0] - 1, fix=PARAGRAPH_FIX)
    if (found := long_table(body)) is not None:
        raise InputError(table_problem(found[1], found[2]), file=file,
                         line=first_line + found[0] - 1, fix=TABLE_FIX)


def _block_size_problems(blocks) -> list[Problem]:
    """Paragraphs of many lines, and tables in other forms, over the limits (limits.py)."""
    problems = []
    for block in blocks:
        if isinstance(block, Paragraph) and len(block.text.plain) > MAX_PARAGRAPH_CHARS:
            problems.append(Problem(paragraph_problem(len(block.text.plain), "a paragraph"),
                                    None, block.line, PARAGRAPH_FIX))
        elif isinstance(block, Table) and (
                cells := sum(len(row) for row in block.rows)) > MAX_TABLE_CELLS:
            problems.append(Problem(table_problem(len(block.rows), cells), None, block.line,
                                    TABLE_FIX))
    return problems


def _place_footnotes(briefing: Briefing) -> None:
    """Each footnote's `block`: the outermost block whose text marks it (none for a
    heading's). A footnote whose mark the model lost would never be printed: an error."""
    by_id = {note.id: note for note in briefing.footnotes}
    marked = set()
    for section in briefing.walk_sections():
        marked |= {span.footnote for span in section.title.spans}
    blocks = [*briefing.lead, *(b for s in briefing.walk_sections() for b in s.blocks)]
    for block in blocks:
        for text in rich_texts(block):
            for span in text.spans:
                if span.footnote in by_id:
                    by_id[span.footnote].block = block.id
                    marked.add(span.footnote)
    lost = [note for note in briefing.footnotes if note.id not in marked]
    if lost:
        raise InputError(problems=[Problem(
            "a footnote whose mark stands where a footnote cannot be set",
            briefing.folder / ARTICLE, note.line,
            "put its mark [^…] in a paragraph, heading, caption, table cell or note")
            for note in lost])


# ---------------------------------------------------------------- figures.yaml


# The paragraphs an article leads with: their figures are the ones it puts first.
LEAD_PARAGRAPHS = 3


def load_figures(folder: Path, blocks: list[Block], footnotes: Sequence[Footnote] = (),
                 text: str | None = None) -> list[FigureGroup]:
    """Every group of figures.yaml (`text`: this text instead of the file's, to check an
    edit before it is written), proposed ones too, each row linked to its sentence."""
    file = folder / FIGURES
    if text is None:
        if not file.exists():
            return []
        text = _read_text(file)
    document = parse_yaml(text, file)
    node, raw_groups = document.node, document.validate(FiguresFile).groups
    rows = sum(len(raw.get("rows") or ()) for raw in raw_groups
               if isinstance(raw, dict) and isinstance(raw.get("rows"), list))
    if rows > MAX_FIGURE_ROWS:
        raise InputError(figure_rows_problem(rows), file=file, fix=FIGURE_ROWS_FIX)
    groups: list[FigureGroup] = []
    raw_index: list[int] = []  # each valid group's index in the YAML list, for lines
    problems: list[Problem] = []
    for index, raw in enumerate(raw_groups):
        try:
            group = FigureGroup.model_validate(raw)
        except ValidationError as exc:
            problems += _validation_problems(exc, file, node, 0, prefix=("groups", index))
            continue
        group.line = _node_line(node, ("groups", index), 0) or 0
        for row_index, row in enumerate(group.rows):
            row.line = _node_line(node, ("groups", index, "rows", row_index), 0) or 0
        groups.append(group)
        raw_index.append(index)
    seen = set()
    for group in groups:
        if group.id in seen:
            problems.append(Problem(f"group id '{group.id}' is used twice", file, group.line,
                                    "give each group its own id"))
        seen.add(group.id)

    # Each row is linked to its sentence (an edited one too: `check` reports it stale).
    passages = [Passage(block.id, block.line, _block_text(block)) for block in blocks]
    passages += [Passage(note.block, note.line, note.text.plain) for note in footnotes
                 if note.block]
    leading = {block.id for block in [b for b in blocks if isinstance(b, Paragraph)]
               [:LEAD_PARAGRAPHS]}
    for group_index, group in zip(raw_index, groups, strict=True):
        for row_index, row in enumerate(group.rows):
            row.cited = locate(row.source, passages)
            if row.cited is not None:
                row.cited.lead = row.cited.block in leading
            if row.cited is None:
                problems.append(Problem(
                    f"row '{row.label}' cites a sentence that is not in {ARTICLE}: "
                    f"「{row.source[:40]}…」", file,
                    _node_line(node, ("groups", group_index, "rows", row_index, "source"), 0),
                    f"copy the sentence exactly from {ARTICLE} (without <sub>/<sup> tags), "
                    "or remove the row"))
            elif not group.anchor:
                group.anchor = row.cited.block
        if group.chart is not None:
            where = ("groups", group_index, "chart")
            group.chart.line = _node_line(node, where, 0) or 0
            problems += chart_problems(group, file,
                                       lambda *loc, w=where: _node_line(node, (*w, *loc), 0))
    if problems:
        raise InputError(problems=problems)
    return groups


def _block_text(block: Block) -> str:
    if isinstance(block, Table):  # the cells and notes a figure row may cite
        return "".join([c.plain for c in block.cells] + [n.plain for n in block.notes])
    return "".join(text.plain for text in rich_texts(block))


# ---------------------------------------------------------------- the folder


def load_briefing(folder: Path, article_text: str | None = None) -> Briefing:
    """`article_text`: load with this text in place of article.md's (see load_article)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"no briefing folder at {folder}", file=folder,
                         fix="give the folder made by `briefing import` (e.g. data/NAME)")
    meta, key_lines, lead, sections, footnotes = load_article(folder, article_text)
    briefing = Briefing(folder=folder.resolve(), meta=meta, meta_lines=key_lines, lead=lead,
                        sections=sections, footnotes=footnotes)
    if problems := _block_size_problems(briefing.walk_blocks()):
        for problem in problems:
            problem.file = folder / ARTICLE
        raise InputError(problems=problems)
    _place_footnotes(briefing)
    blocks = list(briefing.walk_blocks())  # held tables too: a row may cite their cells
    briefing.held_tables = take_held_tables(briefing)
    groups = load_figures(folder, blocks, briefing.footnotes)
    briefing.figures = [group for group in groups if group.status == "accepted"]
    briefing.proposed_figures = [group for group in groups if group.status == "proposed"]
    return briefing


def take_held_tables(briefing: Briefing) -> list[Table]:
    """Take the tables held for review out of the text's blocks (so that no template,
    contents or handout sees them); they are returned in document order."""
    held: list[Table] = []

    def kept(blocks: list[Block]) -> list[Block]:
        held.extend(block for block in blocks if isinstance(block, Table) and block.held)
        return [block for block in blocks if not (isinstance(block, Table) and block.held)]

    briefing.lead = kept(briefing.lead)
    for section in briefing.walk_sections():
        section.blocks = kept(section.blocks)
    return held
