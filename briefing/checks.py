"""`briefing check`: everything a build would refuse, plus what an editor should look at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing import fonts, jianbao
from briefing.errors import EXIT_PROBLEMS, BriefingError, Problem
from briefing.loader import ARTICLE, FIGURES, load_briefing
from briefing.model import Briefing, Figure
from briefing.provenance import stale_parts
from briefing.render import resolve_template, template_settings

REPORT = "import-report.md"
OPEN_ITEM = re.compile(r"^\s*[-*] \[ \] (?P<text>.+)$")


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    doubts: list[Problem] = field(default_factory=list)
    proposed: list[Problem] = field(default_factory=list)  # key-figure groups to review
    held: list[Problem] = field(default_factory=list)  # tables held for review
    summary: str = ""


def proposed_groups(briefing: Briefing) -> list[Problem]:
    """Each `status: proposed` group at its figures.yaml line: title, rows, how to accept."""
    folder = _shown(briefing.folder)
    return [Problem(
        f"key-figure group '{group.id}' 「{group.title}」 is a proposal, printed nowhere: "
        f"{len(group.rows)} row{'s' if len(group.rows) != 1 else ''} "
        f"({'、'.join(row.label for row in group.rows[:4])}"
        f"{'…' if len(group.rows) > 4 else ''})",
        briefing.folder / FIGURES, group.line,
        f"check each row against its sentence, then `briefing figures accept {folder} "
        f"{group.id}` (or `reject`)") for group in briefing.proposed_figures]


def left_out_note(briefing: Briefing) -> str | None:
    """The one line a build says when it leaves proposed groups out."""
    count = len(briefing.proposed_figures)
    if not count:
        return None
    return (f"{count} proposed key-figure group{'s' if count > 1 else ''} left out — "
            f"review {'them' if count > 1 else 'it'} with "
            f"`briefing figures {_shown(briefing.folder)}`")


def held_tables(briefing: Briefing) -> list[Problem]:
    """Each table article.md holds for review, at its marker's line: why it is a guess,
    its caption or first cells, how to print it."""
    folder = _shown(briefing.folder)
    return [Problem(
        f"table {_table_name(table)} is held for review, printed nowhere: {table.held}",
        briefing.folder / ARTICLE, table.held_line,
        f"check its cells against the source, then delete the marker line (or `briefing "
        f"tables accept {folder} {table.held_line}`; `reject` removes the table)")
        for table in briefing.held_tables]


def _table_name(table) -> str:
    if table.caption and table.caption.plain.strip():
        return f"「{table.caption.plain.strip()[:30]}」"
    cells = [cell.plain.strip() for cell in table.cells if cell.plain.strip()][:3]
    return f"「{' | '.join(cells)[:30]} …」" if cells else "(empty)"


def held_note(briefing: Briefing) -> str | None:
    """The one line a build says when it leaves held tables out."""
    count = len(briefing.held_tables)
    if not count:
        return None
    return (f"{count} table{'s' if count > 1 else ''} held for review — printed when "
            f"accepted: `briefing tables {_shown(briefing.folder)}`")


def _shown(folder: Path) -> str:
    """A folder as the user would type it: relative to the working directory if inside."""
    try:
        return str(Path(folder).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(folder)


class StaleFigures(BriefingError):
    """`build --strict`: a key-figure table no longer agrees with the text."""

    exit_code = EXIT_PROBLEMS


def stale_figures(briefing: Briefing) -> list[Problem]:
    """Rows the text no longer backs: the value (or change, rank) is not in the sentence
    the row cites, or that sentence was edited in article.md since. Each problem is at the
    row's figures.yaml line and names the sentence's article.md line."""
    problems = []
    article = briefing.folder / ARTICLE
    for group in briefing.figures:
        for row in group.rows:
            cited = row.cited
            if cited is None:
                continue
            where = f"{article}:{cited.line}"
            missing = stale_parts(row)
            if missing:
                problems.append(Problem(
                    f"row '{row.label}' is stale: its {' and '.join(missing)} "
                    f"{'are' if len(missing) > 1 else 'is'} no longer in its sentence at "
                    f"{where} 「{_excerpt(row)}」",
                    briefing.folder / FIGURES, row.line,
                    f"update the row to the text at {where}, or the text to the row"))
            elif not cited.exact:
                problems.append(Problem(
                    f"row '{row.label}' cites a sentence that was edited at {where}: now "
                    f"「{_excerpt(row)}」", briefing.folder / FIGURES, row.line,
                    f"copy the sentence as it now stands at {where} into the row's source"))
    return problems


def missing_photos(briefing: Briefing, template_default: str = "placeholder") -> list[Problem]:
    """Captions whose photo is not in the folder: the templates print them as 「（图略）」
    and the caption, or leave them out (options.missing_photos, else the template's
    `template_default`), never as a bare line."""
    article = briefing.folder / ARTICLE
    chosen = briefing.meta.options.missing_photos or template_default
    how = ("left out" if chosen == "omit" else "printed as 「（图略）」 and the caption")
    return [Problem(f"caption without a photo 「{block.caption.plain[:40]}」: {how} "
                    f"(missing_photos: {chosen})", article, block.line,
                    "put the photo in the folder and name it in the figure "
                    "(![…](photo.jpg)), choose options.missing_photos: omit | placeholder, "
                    "or delete the caption")
            for block in briefing.walk_blocks()
            if isinstance(block, Figure) and not block.image]


def no_title(briefing: Briefing) -> list[Problem]:
    """A briefing without a title builds (printed without one, the folder's name in the
    PDF's metadata) but is a spot to review: most briefings should have one."""
    if briefing.meta.title:
        return []
    return [Problem("no title: the briefing is printed without one (the PDF's metadata "
                    f"title is the folder's name, {briefing.folder.name!r})",
                    briefing.folder / ARTICLE, briefing.meta_lines.get("title", 2),
                    "write the title after 'title:' in the front matter, if the text has one")]


def _excerpt(row, length: int = 60) -> str:
    """The cited sentence around what matters: where it differs from the row's source,
    else where the row's label stands."""
    sentence = row.cited.sentence
    if len(sentence) <= length:
        return sentence
    source = row.source
    if source != sentence:
        at = next((i for i, (a, b) in enumerate(zip(source, sentence, strict=False)) if a != b),
                  min(len(source), len(sentence)))
    else:
        at = max(sentence.find(row.label[:4]), 0)
    start = max(0, min(at - length // 3, len(sentence) - length))
    text = sentence[start:start + length]
    return ("…" if start else "") + text + ("…" if start + length < len(sentence) else "")


def open_doubts(folder: Path) -> list[Problem]:
    """Unticked '- [ ]' items of the import report: spots the editor has not reviewed."""
    report = folder / REPORT
    if not report.is_file():
        return []
    return [Problem(match["text"].strip(), report, number)
            for number, line in enumerate(report.read_text("utf-8").splitlines(), 1)
            if (match := OPEN_ITEM.match(line))]


def check_briefing(folder: Path, fonts_dir: Path, locale: str | None = None) -> CheckReport:
    """`locale`: check that edition too (its converted text in its script's fonts)."""
    from briefing import i18n
    from briefing.build import check_glyphs

    report = CheckReport(doubts=open_doubts(Path(folder)))
    try:
        briefing = load_briefing(folder)
        template = resolve_template(briefing, None)
        settings = template_settings(template)
        jianbao.require_masthead(briefing, None)  # the jianbao template's fields
        edition = i18n.edition_for(locale, briefing.meta)
        config = fonts.load_font_config(fonts_dir).for_script(edition.script)
        resolved = fonts.resolve_fonts(config)
    except BriefingError as error:
        report.problems = error.problems
        return report
    report.problems += stale_figures(briefing)
    report.doubts[:0] = no_title(briefing)
    report.doubts += missing_photos(briefing, settings.missing_photos)
    report.proposed = proposed_groups(briefing)
    report.held = held_tables(briefing)
    try:
        check_glyphs(i18n.convert_briefing(briefing, edition), resolved, edition,
                     i18n.load_translations(edition))
    except BriefingError as error:
        report.problems += error.problems
    sections = sum(1 for _ in briefing.walk_sections())
    blocks = sum(1 for _ in briefing.walk_blocks())
    rows = sum(len(g.rows) for g in briefing.figures)
    report.summary = (f"{sections} headings, {blocks} blocks, {len(briefing.figures)} "
                      f"key-figure tables ({rows} rows), {len(report.proposed)} proposed "
                      f"key-figure groups, {len(report.held)} tables held for review, "
                      f"{len(report.doubts)} spots to review")
    return report
