"""What an import did: the repairs, the doubts, and the report made of them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Repair:
    """One change the importer made (or, as a doubt, one spot it left for the editor).

    `line` is the 1-based line in the source file; `before`/`after` are short excerpts
    with some context; `review` marks a repair the editor should glance at (joins and
    dropped overlaps change the text on a guess).
    """

    kind: str
    line: int
    before: str
    after: str
    note: str
    review: bool = False


@dataclass
class ImportResult:
    folder: Path
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
    source: Path | None = None
    title: str = ""
    figure_rows: int = 0
    figures: list[Any] = field(default_factory=list)  # figures.Group, for callers and tests
    kept: list[Path] = field(default_factory=list)  # the editor's own files --force kept
    # A .docx/.html/.pdf is read into text first; the report's lines are that text's,
    # kept in the folder under this name (None: the source is text, its lines are meant).
    read_text: str | None = None
    held_tables: int = 0  # tables made on a guess, held for review in article.md


    def report_text(self) -> str:
        return render_report(self)


def _one_line(text: str) -> str:
    # A report item is one Markdown line (`briefing check` reads the "- [ ]" ones).
    return text.replace("\n", "⏎").replace("|", "\\|")


def _item(entry: Repair, checkbox: bool) -> str:
    change = f"「{_one_line(entry.before)}」"
    if entry.after != entry.before:
        change += f" → 「{_one_line(entry.after)}」"
    box = "[ ] " if checkbox else ""
    return f"- {box}line {entry.line} · {entry.kind}: {change} — {entry.note}"


def summary_line(repairs: list[Repair], doubts: list[Repair]) -> str:
    counts = Counter(entry.kind for entry in repairs)
    parts = [f"{kind} × {count}" for kind, count in counts.items()] or ["none"]
    review = sum(1 for entry in repairs if entry.review)
    return (f"**{len(repairs)} repairs** ({', '.join(parts)}); "
            f"**{review + len(doubts)} spots to review** "
            f"({review} repair(s) made on a guess, {len(doubts)} doubt(s) left unchanged).")


def render_report(result: ImportResult) -> str:
    source = result.source.name if result.source else "the article"
    lines = [
        f"# Import report: {source}",
        "",
        f"Imported into `{result.folder.name}/`"
        + (f" — 《{result.title}》" if result.title else "")
        + f"; {result.figure_rows} key-figure rows in figures.yaml (check each).",
        "",
        summary_line(result.repairs, result.doubts),
        "",
        (f"Lines are lines of `{result.read_text}`, the text read from {source}. "
         if result.read_text else "Lines are lines of the source file. ")
        + "Tick an item (`[x]`) once you have looked at it;",
        "`briefing check` lists the unticked ones.",
        "",
        "## For the editor to review",
        "",
    ]
    review = [entry for entry in result.repairs if entry.review]
    if review:
        lines += ["### Repairs made on a guess", ""]
        lines += [_item(entry, checkbox=True) for entry in review]
        lines.append("")
    if result.doubts:
        lines += ["### Doubts (left unchanged)", ""]
        lines += [_item(entry, checkbox=True) for entry in result.doubts]
        lines.append("")
    if not review and not result.doubts:
        lines += ["Nothing.", ""]
    lines += ["## All repairs, in source order", ""]
    lines += [_item(entry, checkbox=False) for entry in result.repairs] or ["None."]
    lines.append("")
    return "\n".join(lines)
