"""The importer's draft of an article: body nodes (`Node`: a block's kind, text, source lines,
heading marker, rank, depth and role) and the `Draft` that `structure.build_draft` returns
(front matter fields, nodes, repairs and doubts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from briefing.importer.records import Repair

NodeKind = Literal["heading", "paragraph", "caption", "table", "quote", "salutation",
                   "signature", "note", "byline", "footnote"]
# Headings found in the text itself (a numbered line, a run-in sentence) have no '#';
# they sort after every '#' level when depths are given out.
PLAIN_MARKER = 7
CAPTION_MAX = 60


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
    # zh-Hant: a text in Traditional characters (its territory unknown: the editor may
    # write zh-TW or zh-HK); set in the Traditional faces, with Traditional labels
    language: str = "zh-CN"
    nodes: list[Node] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
