"""The `briefing` command line: import, check, build, fonts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from briefing.console import message_console, page_count
from briefing.errors import EXIT_OK, EXIT_PROBLEMS, BriefingError, InputError, Problem
from briefing.log import LOGGER, progress

app = typer.Typer(
    add_completion=False, no_args_is_help=True,
    help="Turn Chinese articles into print-ready PDF briefings.",
)
out = message_console()
err = message_console(stderr=True)


def _print_version(value: bool) -> None:
    if value:
        from briefing.resources import version

        out.print(f"briefing {version()}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def options(
    ctx: typer.Context,
    verbose: Annotated[int, typer.Option(
        "-v", "--verbose", count=True,
        help="Say more: each stage's time (-v), WeasyPrint's steps too (-vv).")] = 0,
    quiet: Annotated[bool, typer.Option(
        "-q", "--quiet", help="Print only errors (nothing on success).")] = False,
    fatal_warnings: Annotated[bool, typer.Option(
        "--fatal-warnings", help="Exit 1 when anything was warned about (for CI).")] = False,
    _version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print the installed version and exit.")] = False,
) -> None:
    """Turn Chinese articles into print-ready PDF briefings."""
    from briefing.log import configure

    out.quiet = quiet
    counter = configure(-1 if quiet else verbose, err)
    if fatal_warnings:
        ctx.call_on_close(lambda: _fail_on_warnings(counter))


def _fail_on_warnings(counter) -> None:
    """--fatal-warnings: a command that would succeed exits 1 after any warning."""
    ending = sys.exc_info()[1]  # how the command is ending (typer.Exit, or None)
    succeeded = ending is None or (isinstance(ending, typer.Exit) and ending.exit_code == 0)
    if counter.count and succeeded:
        err.print(f"[red]{counter.count} warning(s) with --fatal-warnings: exit 1[/]",
                  highlight=False)
        raise typer.Exit(EXIT_PROBLEMS)


def fail(error: BriefingError) -> typer.Exit:
    for problem in error.problems:
        show_problem(problem)
    return typer.Exit(error.exit_code)


def os_error(error: OSError) -> InputError:
    """A file the user named could not be read or written (read-only, full, a folder)."""
    where = error.filename if error.filename is not None else None
    return InputError(f"cannot write or read here: {error.strerror or error}", file=where,
                      fix="choose a path you can write to, on a disk with free space "
                          "(a file, not a folder, for -o)")


def say(console, *parts: str | tuple[str, str]) -> None:
    """One line of plain text with styled words: nothing the user wrote (a path, a message
    quoting 「\\[^y]」 or 「[red]」) is read as Rich markup."""
    console.print(Text.assemble(*parts), highlight=False, soft_wrap=True)


def show_problem(problem: Problem, style: str = "red", label: str = "error") -> None:
    say(err, (f"{label}:", style), f" {problem}")


def _table(*headers: str):
    """A Rich table with these column headers (rich.table imported only by the commands
    that show one: not on a build's path)."""
    from rich.table import Table

    return Table(*headers)


@app.command("import")
def import_command(
    source: Annotated[Path, typer.Argument(
        help="The article: UTF-8 text or Markdown, a Word file (.docx), a saved web page "
             "(.html) or a PDF.")],
    slug: Annotated[str | None, typer.Option(help="Folder name under the data dir.")] = None,
    data_dir: Annotated[Path, typer.Option(help="Where briefing folders live.")] = Path("data"),
    force: Annotated[bool, typer.Option(
        help="Replace what an earlier import wrote (your other files stay).")] = False,
    report: Annotated[bool, typer.Option(
        "--report", help="Print the whole import report, not only its summary.")] = False,
    pages: Annotated[str | None, typer.Option(
        help="A PDF's pages to read, e.g. 12-15 (an article in a magazine issue).")] = None,
) -> None:
    """Import an article into an editable briefing folder (article.md, figures.yaml,
    images/)."""
    from briefing.importer import import_article
    from briefing.importer.readers import parse_pages

    try:
        page_range = parse_pages(pages) if pages is not None else None
        result = import_article(source, data_dir=data_dir, slug=slug, overwrite=force,
                                pages=page_range)
    except BriefingError as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(os_error(error)) from None
    from briefing.importer.pipeline import REPORT
    from briefing.importer.records import summary_line

    if report:
        out.print(result.report_text(), markup=False, highlight=False)
    to_review = sum(1 for repair in result.repairs if repair.review) + len(result.doubts)
    say(out, ("Imported", "green"), f" {source} → {result.folder} "
        f"({len(result.repairs)} repairs, {to_review} spots to review)")
    say(out, summary_line(result.repairs, result.doubts).replace("**", ""))
    if to_review:
        say(out, ("The import made guesses:", "yellow"), f" review the {to_review} spot(s) in "
            f"{result.folder / REPORT} (`briefing check {result.folder}` lists them)")
    if result.kept:
        say(out, f"Kept {len(result.kept)} file(s) of yours in {result.folder}: "
            + ", ".join(str(path) for path in result.kept))
    if result.figures:
        out.print(f"{len(result.figures)} key-figure group(s) proposed, printed nowhere until "
                  f"accepted: review them with `briefing figures {result.folder}`",
                  highlight=False, markup=False)
    if result.held_tables:
        out.print(f"{result.held_tables} table(s) rebuilt on a guess, held for review and "
                  f"printed nowhere until accepted: `briefing tables {result.folder}`",
                  highlight=False, markup=False)
    # What `briefing build` would refuse (a character no configured font has, say) is told
    # now, while the editor is looking, not at the first build.
    from briefing.checks import check_briefing
    from briefing.render import FONTS_DIR

    for problem in check_briefing(result.folder, fonts_dir=FONTS_DIR).problems:
        show_problem(problem, "yellow", "the build will stop here")


@app.command()
def build(
    folders: Annotated[list[Path], typer.Argument(
        help="A briefing folder, e.g. data/NAME; several (data/*) are built in parallel.")],
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="The PDF to write (one folder only).")] = None,
    template: Annotated[str | None, typer.Option(help="Template name (default: the "
                                                      "front matter's, else reprint).")] = None,
    templates: Annotated[list[Path] | None, typer.Option(
        help="Your own template folder, searched before the built-in one (repeatable).")] = None,
    fonts_dir: Annotated[Path | None, typer.Option(
        "--fonts", help="Font folder: font files, and a fonts.yaml that replaces the default one "
             "(default: fonts/ in the current folder).")] = None,
    locale: Annotated[str | None, typer.Option(
        help="Edition: labels, numbers and dates in this locale (en, zh_Hant_TW: the text "
             "converted to Traditional Chinese).")] = None,
    strict: Annotated[bool, typer.Option(
        help="Refuse to build when a key-figure table no longer agrees with the text.")]
        = False,
    paper: Annotated[str | None, typer.Option(
        help="Paper: A4, A5, B5 or letter (default: the front matter's; A5 for --booklet).")]
        = None,
    bleed: Annotated[str | None, typer.Option(
        help="Bleed beyond the trimmed page, e.g. 3mm (sets the TrimBox and BleedBox).")] = None,
    marks: Annotated[str | None, typer.Option(
        help="Printer's marks outside the bleed: crop, cross or crop,cross.")] = None,
    variant: Annotated[str | None, typer.Option(
        help="PDF variant: pdf/a-2b, pdf/a-3b, pdf/ua-1 or pdf/x-4.")] = None,
    booklet: Annotated[bool, typer.Option(
        help="Impose the pages two up in saddle-stitch order (A5 pages on A4 sheets).")]
        = False,
    toc: Annotated[bool | None, typer.Option(
        "--toc/--no-toc",
        help="Table of contents (default: from 8 pages on; the handout: off).")] = None,
    punctuation: Annotated[str | None, typer.Option(
        help="Punctuation: quanjiao (全角, every template's default, as official text is "
             "set), kaiming (开明: marks inside a sentence half width) or banjiao (default: "
             "the front matter's options.punctuation, else the template's).")] = None,
    force: Annotated[bool, typer.Option(
        help="Render even when nothing that affects the PDF changed.")] = False,
    changes_since: Annotated[str | None, typer.Option(
        help="Mark what changed since a git revision (HEAD~1, a tag) or an earlier folder: "
             "a bar in the margin.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "-j", "--jobs", help="Parallel builds for several folders (default: the CPUs).")]
        = None,
) -> None:
    """Build the PDF of a briefing folder (or of several, in parallel)."""
    from briefing.export_worker import ExportWorker, take_early

    # One folder: WeasyPrint loads in a second process while this one does the rest
    # (forked at the program's start where it could be: briefing/__main__.py).
    worker = take_early()
    if len(folders) != 1:
        if worker is not None:
            worker.close()
        worker = None
    elif worker is None:
        worker = ExportWorker.start()
    try:
        build_folders(folders, output, worker, template=template, templates=templates,
                      fonts_dir=fonts_dir, locale=locale, strict=strict, paper=paper,
                      bleed=bleed, marks=marks, variant=variant, booklet=booklet, toc=toc,
                      punctuation=punctuation, force=force, changes_since=changes_since, jobs=jobs)
    finally:
        if worker is not None:
            worker.close()


def build_folders(folders: list[Path], output: Path | None, worker, *, template, templates,
                  fonts_dir, locale, strict, paper, bleed, marks, variant, booklet, toc,
                  force, changes_since, jobs, punctuation=None) -> None:
    from briefing.build import build as run_build
    from briefing.printing import parse_length_mm, parse_marks
    from briefing.render import FONTS_DIR

    try:
        print_options = {"paper": paper, "marks": parse_marks(marks), "variant": variant,
                         "booklet": booklet, "toc": toc,
                         "bleed_mm": parse_length_mm(bleed) if bleed else 0.0}
        settings = dict(template=template, template_dirs=templates or (),
                        fonts_dir=fonts_dir or FONTS_DIR, locale=locale, strict=strict,
                        force=force, changes_since=changes_since, punctuation=punctuation,
                        **print_options)
        if len(folders) > 1:
            if output is not None:
                raise InputError("-o/--output names one PDF, but several folders were given",
                                 fix="leave out -o (each goes to output/NAME.pdf)")
            from briefing.batch import build_all

            raise typer.Exit(build_all(folders, settings, jobs=jobs, console=out))
        with progress(out, f"building {folders[0]}"):
            result = run_build(folders[0], output, exporter=worker and worker.write_pdf,
                               **settings)
    except BriefingError as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(os_error(error)) from None
    for warning in result.warnings:
        LOGGER.warning("%s", warning)
    if changes_since:
        from briefing.changes import summary

        say(out, f"Changes since {changes_since}: {summary(result.changes)} (marked)")
    if result.skipped:
        say(out, ("Up to date", "green"), f" {result.output} ({page_count(result.pages)}"
            f"{', no title' if result.untitled else ''}): nothing that "
            "affects it changed (--force renders anyway)")
        return
    untitled = ", no title" if result.untitled else ""
    say(out, ("Built", "green"), f" {result.output} ({page_count(result.pages)}, template "
        f"{result.template}{untitled}, {result.seconds:.2f} s)")


# A screenful: the report file holds every spot.
SHOWN_DOUBTS = 20


@app.command()
def check(
    folder: Annotated[Path, typer.Argument(help="A briefing folder, e.g. data/NAME.")],
    fonts_dir: Annotated[Path | None, typer.Option("--fonts")] = None,
    locale: Annotated[str | None, typer.Option(
        help="Check the edition in this locale (its script's fonts, its labels).")] = None,
) -> None:
    """Validate a briefing folder without building: schema, glyphs, stale figures, doubts."""
    from briefing.checks import check_briefing
    from briefing.render import FONTS_DIR

    report = check_briefing(folder, fonts_dir=fonts_dir or FONTS_DIR, locale=locale)
    for problem in report.problems:
        show_problem(problem)
    for doubt in report.doubts[:SHOWN_DOUBTS]:
        show_problem(doubt, "cyan", "to review")
    if len(report.doubts) > SHOWN_DOUBTS:
        where = report.doubts[0].file or folder
        say(err, f"… and {len(report.doubts) - SHOWN_DOUBTS} more spots to review in {where}")
    for group in report.proposed:
        show_problem(group, "cyan", "proposed")
    for table in report.held:
        show_problem(table, "cyan", "held")
    if report.problems:
        out.print(f"[red]{len(report.problems)} problem(s) must be fixed[/]")
        raise typer.Exit(EXIT_PROBLEMS)
    say(out, ("OK", "green"), f" {folder}: {report.summary}")
    raise typer.Exit(EXIT_OK)


def _review_words(command: str, words: list[str], actions, items: str, what: str,
                  listing: str) -> tuple[str | None, Path, list[str]]:
    """`[accept|reject] FOLDER [ITEM…]`, as `briefing figures|tables|review` take it →
    (the action or None, the folder, the items); an InputError with the fix otherwise."""
    action = words[0] if words[0] in actions else None
    rest = words[1:] if action else words
    if not rest:
        raise InputError(f"`briefing {command} {action}` needs a briefing folder",
                         fix=f"write `briefing {command} {action} data/NAME [{items}…]`")
    folder, given = Path(rest[0]), rest[1:]
    if action is None and given:
        raise InputError(f"'{rest[0]}' is not accept or reject",
                         fix=f"write `briefing {command} accept|reject data/NAME [{items}…]`, "
                             f"or `briefing {command} data/NAME` to {listing}")
    if action == "reject" and not given:
        raise InputError(f"reject needs the {what} to remove",
                         fix=f"write `briefing {command} reject {folder} {items}…` "
                             f"(`briefing {command} {folder}` lists them)")
    return action, folder, given


@app.command("figures")
def figures_command(
    words: Annotated[list[str], typer.Argument(
        metavar="[accept|reject] FOLDER [GROUP…]",
        help="FOLDER: list its key-figure groups; accept FOLDER [GROUP…]: mark proposed "
             "groups accepted (default: all); reject FOLDER GROUP…: remove groups.")],
) -> None:
    """List the key-figure groups of figures.yaml; accept or reject the importer's proposals."""
    from briefing.review import ACTIONS, all_groups, review

    try:
        action, folder, ids = _review_words("figures", words, ACTIONS, "GROUP", "groups",
                                            "list the groups")
        if action:
            changed = review(folder, action, ids)
        else:
            from briefing.loader import load_briefing

            groups = all_groups(load_briefing(folder))
    except BriefingError as error:
        raise fail(error) from None
    if action:
        done = "accepted" if action == "accept" else "removed"
        say(out, (done.capitalize(), "green"), f" {len(changed)} group(s) in "
            f"{folder}/figures.yaml: " + ", ".join(f"{g.id} 「{g.title}」" for g in changed))
        return
    table = _table("group", "status", "line", "title", "rows")
    for group in groups:
        style = "yellow" if group.status == "proposed" else "green"
        table.add_row(Text(group.id), Text(group.status, style=style), str(group.line),
                      Text(group.title),
                      Text(f"{len(group.rows)}: " + "、".join(r.label for r in group.rows)))
    out.print(table)
    proposed = sum(1 for group in groups if group.status == "proposed")
    if proposed:
        out.print(f"{proposed} proposed group(s), printed nowhere until accepted: "
                  f"`briefing figures accept {folder} [GROUP…]` (or `reject … GROUP…`)",
                  highlight=False, markup=False)


@app.command("tables")
def tables_command(
    words: Annotated[list[str], typer.Argument(
        metavar="[accept|reject] FOLDER [LINE…]",
        help="FOLDER: list the tables article.md holds for review; accept FOLDER [LINE…]: "
             "print them (delete their marker lines; default: all); reject FOLDER LINE…: "
             "remove them from article.md.")],
) -> None:
    """List the tables the importer rebuilt on a guess (held for review); accept or reject."""
    from briefing.checks import held_tables
    from briefing.loader import load_briefing
    from briefing.review import TABLE_ACTIONS, review_tables

    try:
        action, folder, given = _review_words("tables", words, TABLE_ACTIONS, "LINE",
                                              "lines of the tables", "list them")
        bad = [word for word in given if not word.isdigit()]
        if bad:
            raise InputError(f"'{bad[0]}' is not a line number",
                             fix="give the line of each table's marker, as "
                                 f"`briefing tables {folder}` lists them")
        if action:
            changed = review_tables(folder, action, [int(word) for word in given])
        else:
            problems = held_tables(load_briefing(folder))
    except BriefingError as error:
        raise fail(error) from None
    if action:
        done = "accepted (printed from now on)" if action == "accept" else "removed"
        say(out, (f"{len(changed)} held table(s) {done}", "green"), f" in {folder}/article.md "
            f"(marker line{'s' if len(changed) > 1 else ''} "
            + ", ".join(str(table.held_line) for table in changed) + ")")
        return
    for problem in problems:
        out.print(f"held: {problem}", highlight=False, markup=False, soft_wrap=True)
    out.print(f"{len(problems)} table(s) held for review, printed nowhere until accepted"
              + (f": `briefing tables accept {folder} [LINE…]` (or `reject … LINE…`)"
                 if problems else ""), highlight=False, markup=False)


@app.command("review")
def review_command(
    words: Annotated[list[str], typer.Argument(
        metavar="[accept|reject] FOLDER [GROUP|LINE…]",
        help="FOLDER: list what the importer proposed and nobody printed yet (key-figure "
             "groups, held tables); accept FOLDER [GROUP|LINE…]: print them (default: all); "
             "reject FOLDER GROUP|LINE…: remove them. A LINE is a held table's marker line.")],
) -> None:
    """Everything printed nowhere until reviewed: proposed key-figure groups and held tables
    (`briefing figures` and `briefing tables` in one)."""
    from briefing.checks import held_tables, proposed_groups
    from briefing.loader import load_briefing
    from briefing.review import ACTIONS, review_items

    try:
        action, folder, given = _review_words("review", words, ACTIONS, "GROUP|LINE",
                                              "groups or table lines", "list what is held")
        if not action:
            briefing = load_briefing(folder)
            found = proposed_groups(briefing) + held_tables(briefing)
        else:
            changed = review_items(folder, action, given)
    except BriefingError as error:
        raise fail(error) from None
    if action:
        done = "accepted" if action == "accept" else "removed"
        say(out, (done.capitalize(), "green"), f" {len(changed)} item(s) in {folder}: "
            + ", ".join(f"table at line {item.held_line}" if hasattr(item, "held_line")
                        else f"group {item.id}" for item in changed))
        return
    for problem in found:
        out.print(f"held: {problem}", highlight=False, markup=False, soft_wrap=True)
    out.print(f"{len(found)} item(s) printed nowhere until accepted"
              + (f": `briefing review accept {folder} [GROUP|LINE…]` (or `reject`)"
                 if found else ""), highlight=False, markup=False)


@app.command()
def preflight(
    pdf: Annotated[Path, typer.Argument(help="A built PDF.")],
    grid: Annotated[str | None, typer.Option(
        help="Grid mode to check, COLUMNSxROWS (e.g. 28x22).")] = None,
    min_ppi: Annotated[float, typer.Option(
        help="Images below this effective resolution fail (300 ppi and up pass clean).")]
        = 150,
    article: Annotated[Path | None, typer.Option(
        help="The briefing folder it was built from: also measure each key figure's "
             "distance from its citing paragraph.")] = None,
) -> None:
    """Measure a PDF's Chinese typesetting from its glyph positions and run the print
    shop's checks (boxes, fonts, colour, images, PDF/A/UA/X claims); exit 1 on problems."""
    from briefing.preflight_print import check_print

    if not pdf.is_file():
        raise fail(InputError(f"no PDF at {pdf}", file=pdf, fix="build it first"))
    columns_rows = None
    if grid:
        try:
            columns, rows = (int(part) for part in grid.lower().split("x"))
        except ValueError:
            raise fail(InputError(f"--grid {grid!r} is not COLUMNSxROWS",
                                  fix="write e.g. --grid 28x22")) from None
        columns_rows = (columns, rows)
    try:
        print_report = check_print(pdf, min_ppi=min_ppi)
    except BriefingError as error:
        raise fail(error) from None
    violations = False
    if print_report.imposed:
        out.print("typesetting: not measured on imposed booklet sheets (preflight the "
                  "pages built without --booklet)")
    else:
        violations = _measure_typesetting(pdf, columns_rows)
        try:
            violations = _measure_placement(pdf, article) or violations
        except BriefingError as error:
            raise fail(error) from None
    _show_print_checks(print_report)
    if violations or not print_report.ok:
        raise typer.Exit(EXIT_PROBLEMS)


def _show_print_checks(report) -> None:
    colours = {"pass": "green", "warn": "yellow", "fail": "red", "info": "cyan"}
    table = _table("print check", "", "result", "tool")
    for check in report.checks:
        table.add_row(Text(check.name), Text(check.status, style=colours[check.status]),
                      Text(check.detail), Text(check.tool))
    out.print(table)
    for check in report.failures:
        say(err, ("print:", "red"), f" {check.name}: {check.detail}")


def _measure_typesetting(pdf: Path, columns_rows: tuple[int, int] | None) -> bool:
    """Show the typesetting measures; whether there were violations."""
    from briefing.preflight import AIRY_EM, measure

    grid = columns_rows is not None
    report = measure(pdf, grid=columns_rows)
    table = _table("measure", "value")
    table.add_row("pages", str(report.pages))
    table.add_row("body face", f"{report.body_font} {report.body_size:g} pt")
    table.add_row("full lines", str(report.full_lines))
    table.add_row("flush lines", str(report.flush_lines))
    table.add_row("ragged lines", str(report.ragged_lines))
    table.add_row("largest shortfall", f"{report.largest_shortfall:.1f} pt")
    table.add_row("largest gap between Han", f"{report.largest_gap:.1f} pt")
    table.add_row("widest gap beyond the advance (justified lines)",
                  f"{report.widest_gap_em:.2f} em")
    table.add_row("loose lines (a gap over 0.25 em)",
                  f"{len(report.loose_lines)} ({len(report.forced_loose_lines)} before a "
                  "number and unit wider than their slack)")
    # Each named, so the editor can rephrase a line no typesetting means could tighten.
    for loose in report.loose_lines[:10]:
        table.add_row("  loose line", loose)
    table.add_row("largest extra space per character (justified lines)",
                  f"{report.spread_em:.2f} em")
    table.add_row(f"airy lines (over {AIRY_EM:g} em per character)",
                  str(len(report.airy_lines)))
    for airy in report.airy_lines[:10]:
        table.add_row("  airy line", airy)
    table.add_row("text layer: pdftotext lines with a space no glyph stands for",
                  "pdftotext missing" if report.text_lines is None else
                  f"{len(report.spurious_space_lines)} of {report.text_lines} "
                  f"({len(report.spurious_body_lines)} in body text)")
    for kind in VIOLATION_KINDS:
        table.add_row(kind, str(report.count(kind)))
    if grid:
        table.add_row("characters per full line", _spread(report.chars_per_line))
        table.add_row("lines per full page", _spread(report.lines_per_page))
    out.print(table)
    for violation in report.violations:
        say(err, ("violation:", "red"), f" {violation}")
    return bool(report.violations)


def _measure_placement(pdf: Path, article: Path | None) -> bool:
    """Show page fill and figure distances; whether a page is short or a figure far."""
    from briefing.preflight import SHORT_PAGE, figure_citations, measure_placement

    report = measure_placement(pdf, figure_citations(article) if article else None)
    table = _table("placement", "value")
    table.add_row("page fill", " ".join(f"{fill.fill:.0%}" for fill in report.fills))
    table.add_row(f"pages below {SHORT_PAGE:.0%} followed by content",
                  str(len(report.short_pages)))
    table.add_row("white space (pages' worth)", f"{report.white_pages:.2f}")
    if article:
        table.add_row("figure distance from its paragraph (pages)",
                      _spread([d.pages for d in report.distances]))
    out.print(table)
    for fill in report.short_pages:
        say(err, ("violation:", "red"), f" page {fill.page}: filled {fill.fill:.0%}, "
            "followed by content")
    for distance in report.far_figures:
        say(err, ("violation:", "red"), f" {distance.figure} on page {distance.figure_page}, "
            f"{distance.pages:+d} from its paragraph {distance.cites} "
            f"(page {distance.cites_page})")
    return bool(report.short_pages or report.far_figures)


VIOLATION_KINDS = ("line-start", "line-end", "uncompressed-pair", "missing-cjk-latin-gap",
                   "detached-mark", "single-character-last-line", "ragged-line",
                   "number-unit-split")


def _spread(values: list[int]) -> str:
    return f"{min(values)}–{max(values)}" if values and min(values) != max(values) else (
        str(values[0]) if values else "—")


@app.command("fonts")
def fonts_command(
    fonts_dir: Annotated[Path | None, typer.Option("--fonts")] = None,
) -> None:
    """Show each font role, the font file it resolves to, and fast subsetting's status."""
    from briefing import fonts
    from briefing.build import SUBSET_MISSING
    from briefing.render import FONTS_DIR

    try:
        config = fonts.load_font_config(fonts_dir or FONTS_DIR)
        resolved = fonts.resolve_fonts(config)
    except BriefingError as error:
        raise fail(error) from None
    table = _table("role", "family", "file", "face", "from", "glyphs")
    for row in fonts.describe_fonts(config, resolved):
        table.add_row(*(Text(str(row.get(key, ""))) for key in
                        ("role", "family", "path", "index", "origin", "glyphs")))
    out.print(table)
    # Which fonts.yaml won: the fonts folder's own, else the package's default.
    out.print(f"font configuration: {config.source or 'the built-in defaults'}",
              markup=False, highlight=False, soft_wrap=True)
    if fonts.harfbuzz_subset_available():
        out.print("[green]fast font subsetting (libharfbuzz-subset): available[/]")
    else:
        out.print(f"[red]fast font subsetting: MISSING[/] — {SUBSET_MISSING}")


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="A briefing folder, e.g. data/NAME.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="The PDF to write.")] = None,
    template: Annotated[str | None, typer.Option(help="Template name.")] = None,
    templates: Annotated[list[Path] | None, typer.Option(
        help="Your own template folder (repeatable); watched too.")] = None,
    fonts_dir: Annotated[Path | None, typer.Option("--fonts", help="Font folder.")] = None,
    locale: Annotated[str | None, typer.Option(help="Edition locale (en, zh_Hant_TW).")]
        = None,
    changes_since: Annotated[str | None, typer.Option(
        help="Mark what changed since a git revision or an earlier folder.")] = None,
) -> None:
    """Rebuild the PDF on every save of the briefing, the templates or the fonts."""
    from briefing.build import BuildOptions
    from briefing.render import FONTS_DIR
    from briefing.watch import watch as run_watch

    options = BuildOptions(template=template, template_dirs=templates or (),
                           fonts_dir=fonts_dir or FONTS_DIR, locale=locale,
                           changes_since=changes_since)
    if not folder.is_dir():
        raise fail(InputError(f"no briefing folder at {folder}", file=folder,
                              fix="give a folder holding article.md, e.g. data/NAME"))
    raise typer.Exit(run_watch(folder, output, options, console=out))


@app.command()
def serve(
    data_dir: Annotated[Path, typer.Option(help="Where briefing folders live.")] = Path("data"),
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8040,
    host: Annotated[str | None, typer.Option(
        help="Listen on this address instead of 127.0.0.1 (other machines can then reach "
             "it: a token is required, printed in the address).")] = None,
) -> None:
    """Make, review and regenerate briefings in the browser (http://127.0.0.1:8040/)."""
    import secrets

    import uvicorn

    from briefing.serve.app import create_app

    token = None
    if host is not None:
        token = secrets.token_urlsafe(24)
        say(err, ("warning:", "yellow"), f" listening on {host}: anyone who can reach "
            "this address and has the token can read and change the briefings in "
            f"{data_dir}. Keep the token secret; without --host the "
            "workspace is reachable from this machine only.")
    listen = host or "127.0.0.1"
    shown = f"[{listen}]" if ":" in listen else listen
    address = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    say(out, ("Serving", "green"), f" {data_dir} at {address} — Ctrl-C to stop")
    uvicorn.run(create_app(data_dir, token=token), host=listen, port=port,
                log_level="warning")


@app.command()
def diff(
    old: Annotated[str, typer.Argument(
        help="The earlier version: a folder, or a git revision of NEW (HEAD~1, a tag).")],
    new: Annotated[Path, typer.Argument(help="The briefing folder as it is now.")],
) -> None:
    """List what changed between two versions: headings, paragraphs, figures, tables."""
    from briefing.changes import changes_since, summary
    from briefing.loader import load_briefing

    try:
        changes = changes_since(load_briefing(new), old)
    except BriefingError as error:
        raise fail(error) from None
    styles = {"added": "green", "removed": "red", "changed": "yellow"}
    for change in changes:
        say(out, (change.describe(), styles[change.action]))
    say(out, f"{summary(changes)} ({old} → {new})")


def main() -> None:
    try:
        app()
    except SystemExit as done:
        if done.code is not None and not isinstance(done.code, int):
            raise  # a message to print: the interpreter's own exit does that
        code = done.code or 0
    else:
        code = 0
    exit_without_teardown(code)


def exit_without_teardown(code: int) -> None:
    """End the process as the interpreter would — other threads joined, atexit handlers
    run (temporary folders removed, logs flushed), output flushed — but without its
    teardown of every module and object (≈ 0.2 s of CPU time after a cold build: the
    pipeline, Jinja, pydantic and rich are ~550 modules), which nothing after
    the atexit handlers can observe."""
    import atexit
    import contextlib
    import os
    import threading

    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or its reader gone
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
