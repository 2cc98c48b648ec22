"""The draft → article.md text: YAML front matter, then the Markdown body."""

from __future__ import annotations

import re
from typing import Any

import yaml

from briefing.importer.chars import strip_tags
from briefing.importer.draft import Draft, Node
from briefing.importer.figures import Passage

# What no importer can know, said next to the field the editor has to fill in.
FILL_IN = {
    "title": "no title in the text: write one (or leave null: printed without a title)",
    "subtitle": "optional",
    "authors": "fill in if known, e.g. [张三, 李四]",
    "source": "fill in: the publication (e.g. 《中国环境报》), or leave null",
    "date": "fill in: publication date (YYYY-MM-DD)",
}


def _yaml_line(key: str, value: Any, flow: bool = False) -> str:
    if flow:  # authors: [文清, 柴芳芳] on one line, as editors write it
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1000)
        return f"{key}: " + text.strip()
    text = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1000)
    return text.removesuffix("\n").removesuffix("\n...")


def front_matter(draft: Draft) -> str:
    fields: list[tuple[str, Any]] = [
        ("title", draft.title or None),  # no title: null, never made up
        ("subtitle", draft.subtitle),
        ("authors", draft.authors),
        ("source", draft.source),
        ("url", draft.url),
        ("date", draft.date),
        ("language", draft.language),
        ("template", "reprint"),
    ]
    lines = ["---"]
    for key, value in fields:
        line = _yaml_line(key, value, flow=key == "authors")
        if key in FILL_IN and not value:
            line += f"  # {FILL_IN[key]}"
        lines.append(line)
    lines += ["options:", "  figures: inline  # key-figure tables: inline | lead | end | none",
              "---"]
    return "\n".join(lines) + "\n"


# A paragraph may start with what Markdown reads as a block mark (the rest of a run-in
# heading could begin with '#'): a backslash keeps it text.
BLOCK_MARK = re.compile(r"^(?:#|>|:::)")


def paragraph_markdown(text: str) -> str:
    return "\\" + text if BLOCK_MARK.match(text) else text


def node_markdown(node: Node) -> str:
    """One node in article.md's syntax (README of tests/corpus: the roles)."""
    if node.kind in ("salutation", "note", "byline"):
        return f"::: {node.kind}\n{paragraph_markdown(node.text)}\n:::"
    if node.kind == "signature":
        # One line per signer/date line, as the corpus gold writes a 落款.
        lines = "\n".join(paragraph_markdown(line) for line in node.text.split("\n"))
        return f"::: signature\n{lines}\n:::"
    if node.kind == "footnote":
        return f"[^{node.label}]: {node.text}"
    if node.kind == "heading":
        return "#" * (node.depth + 1) + " " + node.text
    if node.kind == "caption":
        paragraphs = "\n\n".join(paragraph_markdown(part) for part in node.text.split("\n\n"))
        return f"::: figure\n{paragraphs}\n:::"
    if node.kind == "table":
        rows = "\n".join(line.strip() for line in node.text.split("\n"))
        table = (f"Table: {node.caption}\n" if node.caption else "") + rows
        return (held_marker(node.held) + "\n" + table) if node.held else table
    if node.kind == "quote":
        return "\n".join(f"> {line}" if line.strip() else ">" for line in node.text.split("\n"))
    return paragraph_markdown(node.text)


def held_marker(reason: str) -> str:
    """The line above a table held for review (loader.HELD_MARKER reads it back)."""
    reason = " ".join(reason.replace("-->", "→").split())
    return f"<!-- held table (delete this line to print it): {reason} -->"


CONTAINERS = frozenset({"caption", "salutation", "note", "byline", "signature"})


def body_markdown(nodes: list[Node]) -> str:
    """The nodes in order; a run of nodes in one box (editor's note, sidebar) fenced once.

    A box holding a container of its own (a photo in a sidebar) is fenced with '::::', so
    that the inner ':::' closes the inner container and not the box.
    """
    parts: list[str] = []
    runs: list[list[Node]] = []
    for node in nodes:
        if runs and node.box and runs[-1][0].box == node.box:
            runs[-1].append(node)
        else:
            runs.append([node])
    for run in runs:
        box = run[0].box
        if not box:
            parts.append(node_markdown(run[0]))
            continue
        fence = "::::" if any(node.kind in CONTAINERS for node in run) else ":::"
        inner = "\n\n".join(node_markdown(node) for node in run)
        parts.append(f"{fence} {box}\n{inner}\n{fence}")
    return "\n\n".join(parts)


def article_markdown(draft: Draft) -> str:
    return front_matter(draft) + "\n" + unmatched_marks_escaped(body_markdown(draft.nodes)) + "\n"


FOOTNOTE_MARK = re.compile(r"(?<!\\)\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:", re.M)


def unmatched_marks_escaped(body: str) -> str:
    """「[^0]」 that no footnote defines is text, not a mark: escaped, so the loader does
    not ask for the footnote's text."""
    defined = set(FOOTNOTE_DEFINITION.findall(body))
    return FOOTNOTE_MARK.sub(
        lambda m: m[0] if m[1] in defined else "\\" + m[0], body)


def plain_text(markdown: str) -> str:
    """A paragraph's text as the loader reads it: emphasis marks (「**一是……**」) and inline
    tags left off, entities and escapes resolved."""
    from briefing.loader import MARKDOWN

    parts = []
    for token in MARKDOWN.parseInline(markdown)[0].children or []:
        if token.type in ("text", "entity", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("")
    return strip_tags("".join(parts)).replace("&lt;", "<")


def passages(nodes: list[Node]) -> list[Passage]:
    """Each paragraph's plain text with the headings above it (a topic hint for figures)
    and the nearest one (the section its figures are grouped by)."""
    path: list[str] = []
    found = []
    for node in nodes:
        if node.kind == "heading":
            path = path[:node.depth - 1] + [node.text]
        elif node.kind == "paragraph" or node.kind == "note":
            # What the loader reads: tags removed, an escaped < as the reader sees it.
            found.append(Passage(plain_text(node.text), " ".join(path),
                                 path[-1] if path else ""))
    return found
