"""`briefing check`: everything a build would refuse, plus what an editor should look at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from briefing import fonts
from briefing.errors import BriefingError, Problem
from briefing.loader import FIGURES, load_briefing
from briefing.model import Briefing
from briefing.render import resolve_template

NUMBER = re.compile(r"\d+(?:\.\d+)?")
REPORT = "import-report.md"
OPEN_ITEM = re.compile(r"^\s*[-*] \[ \] (?P<text>.+)$")


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    doubts: list[Problem] = field(default_factory=list)
    summary: str = ""


def numbers_in(text: str) -> set[Decimal]:
    return {Decimal(n) for n in NUMBER.findall(text)}


def stale_figures(briefing: Briefing) -> list[Problem]:
    """Rows whose value no longer appears in the sentence they cite."""
    problems = []
    for group in briefing.figures:
        for row in group.rows:
            if row.value not in numbers_in(row.source):
                problems.append(Problem(
                    f"row '{row.label}' = {row.value} does not appear in its cited sentence "
                    f"「{row.source[:40]}…」", briefing.folder / FIGURES, row.line,
                    "update the value or the cited sentence so they agree"))
    return problems


def open_doubts(folder: Path) -> list[Problem]:
    """Unticked '- [ ]' items of the import report: spots the editor has not reviewed."""
    report = folder / REPORT
    if not report.is_file():
        return []
    return [Problem(match["text"].strip(), report, number)
            for number, line in enumerate(report.read_text("utf-8").splitlines(), 1)
            if (match := OPEN_ITEM.match(line))]


def check_briefing(folder: Path, fonts_dir: Path) -> CheckReport:
    from briefing.build import role_texts

    report = CheckReport(doubts=open_doubts(Path(folder)))
    try:
        briefing = load_briefing(folder)
        resolve_template(briefing, None)
        resolved = fonts.resolve_fonts(fonts.load_font_config(fonts_dir))
    except BriefingError as error:
        report.problems = error.problems
        return report
    report.problems += fonts.check_coverage(resolved, role_texts(briefing))
    report.problems += stale_figures(briefing)
    sections = sum(1 for _ in briefing.walk_sections())
    blocks = sum(1 for _ in briefing.walk_blocks())
    rows = sum(len(g.rows) for g in briefing.figures)
    report.summary = (f"{sections} headings, {blocks} blocks, {len(briefing.figures)} "
                      f"key-figure tables ({rows} rows), {len(report.doubts)} spots to review")
    return report
