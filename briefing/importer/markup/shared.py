"""What the markup reader's modules share: the record a reading writes (`Markup`: the lines
read, the repairs and doubts), the Markdown parser (markdown-it-py, CommonMark), and the
marks a rendered line carries for the line reader — a paragraph boundary, where an image
stood, where a caption opens — which are never written."""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from briefing.importer.parse import SourceLine
from briefing.importer.records import Repair

MD = MarkdownIt("commonmark").disable("text_join")
SPACES = "\u00a0\u2002\u2003\u2009\u3000 \t"
BREAK = "\x00"  # a paragraph boundary inside one source line
IMAGE_MARK = "\ue000"  # where an image stood (read by _read_line, never written)
CAPTION_MARK = "\ue001"  # a <figcaption> opens here
QUOTE_MARK = "\ue002"  # a paragraph inside a <blockquote> opens here


# A server page's own code kept in its copy (JSP's and ASP.NET's 「<%@ … %>」 and 「<%-- … --%>」,
# PHP's 「<?php … ?>」, the server's tags 「<asp:Content …>」「<c:import …>」): the server ran it
# or hid it, a reader never saw it. The HTML reader and the markup reader both drop it.
SERVER_CODE_PATTERN = r"<%--.*?--%>|<%.*?%>|<\?php.*?\?>|</?(?:asp|c|fmt|jsp):[^<>]*>"

@dataclass
class Markup:
    """The source's lines with the markup read, and what was done to them."""

    lines: list[SourceLine] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
    # tag → (first line, before, after, count) of inline HTML dropped
    dropped_tags: dict[str, tuple[int, str, str, int]] = field(default_factory=dict)
    plain: bool = False  # a plain text (not Markdown): see _plain_underscores
    # the lines opening an item of an ordered list (「1. 自我介绍」): list items, no headings
    ordered: frozenset[int] = frozenset()
    # the original's address a 「查看原文」 link gave (the link itself dropped): the source's url
    original_url: str | None = None
