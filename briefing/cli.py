"""The `briefing` command line: import, check, build, fonts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from briefing.errors import EXIT_OK, EXIT_PROBLEMS, BriefingError, InputError, Problem

app = typer.Typer(
    add_completion=False, no_args_is_help=True,
    help="Turn Chinese articles into print-ready PDF briefings.",
)
out = Console()
err = Console(stderr=True)


def fail(error: BriefingError) -> typer.Exit:
    for problem in error.problems:
        show_problem(problem)
    return typer.Exit(error.exit_code)


def show_problem(problem: Problem, style: str = "red", label: str = "error") -> None:
    err.print(f"[{style}]{label}:[/] {problem}", highlight=False, markup=True, soft_wrap=True)


@app.command("import")
def import_command(
    source: Annotated[Path, typer.Argument(help="The raw article (UTF-8 text).")],
    slug: Annotated[str | None, typer.Option(help="Folder name under the data dir.")] = None,
    data_dir: Annotated[Path, typer.Option(help="Where briefing folders live.")] = Path("data"),
    force: Annotated[bool, typer.Option(help="Replace an existing briefing folder.")] = False,
) -> None:
    """Import a raw article into an editable briefing folder (article.md, figures.yaml)."""
    from briefing.importer import import_article

    try:
        result = import_article(source, data_dir=data_dir, slug=slug, overwrite=force)
    except BriefingError as error:
        raise fail(error) from None
    out.print(result.report_text(), markup=False, highlight=False)
    to_review = sum(1 for repair in result.repairs if repair.review) + len(result.doubts)
    out.print(f"[green]Imported[/] {source} → {result.folder} "
              f"({len(result.repairs)} repairs, {to_review} spots to review)")


@app.command()
def build(
    folder: Annotated[Path, typer.Argument(help="A briefing folder, e.g. data/NAME.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="The PDF to write.")] = None,
    template: Annotated[str | None, typer.Option(help="Template name (default: the "
                                                      "front matter's, else reprint).")] = None,
    templates: Annotated[list[Path] | None, typer.Option(
        help="Your own template folder, searched before the built-in one (repeatable).")] = None,
    fonts_dir: Annotated[Path | None, typer.Option(
        "--fonts", help="Font folder with fonts.yaml (default: the project's fonts/).")] = None,
) -> None:
    """Build the PDF of a briefing folder."""
    from briefing.build import build as run_build
    from briefing.render import FONTS_DIR

    try:
        result = run_build(folder, output, template=template, template_dirs=templates or (),
                           fonts_dir=fonts_dir or FONTS_DIR)
    except BriefingError as error:
        raise fail(error) from None
    for warning in result.warnings:
        show_problem(Problem(warning), "yellow", "warning")
    out.print(f"[green]Built[/] {result.output} ({result.pages} pages, template "
              f"{result.template}, {result.seconds:.2f} s)")


@app.command()
def check(
    folder: Annotated[Path, typer.Argument(help="A briefing folder, e.g. data/NAME.")],
    fonts_dir: Annotated[Path | None, typer.Option("--fonts")] = None,
) -> None:
    """Validate a briefing folder without building: schema, glyphs, stale figures, doubts."""
    from briefing.checks import check_briefing
    from briefing.render import FONTS_DIR

    report = check_briefing(folder, fonts_dir=fonts_dir or FONTS_DIR)
    for problem in report.problems:
        show_problem(problem)
    for doubt in report.doubts:
        show_problem(doubt, "cyan", "to review")
    if report.problems:
        out.print(f"[red]{len(report.problems)} problem(s) must be fixed[/]")
        raise typer.Exit(EXIT_PROBLEMS)
    out.print(f"[green]OK[/] {folder}: {report.summary}")
    raise typer.Exit(EXIT_OK)


@app.command()
def preflight(
    pdf: Annotated[Path, typer.Argument(help="A built PDF.")],
    grid: Annotated[str | None, typer.Option(
        help="Grid mode to check, COLUMNSxROWS (e.g. 28x22).")] = None,
) -> None:
    """Measure a PDF's Chinese typesetting from its glyph positions; exit 1 on violations."""
    from briefing.preflight import measure

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
    report = measure(pdf, grid=columns_rows)
    table = Table("measure", "value")
    table.add_row("pages", str(report.pages))
    table.add_row("body face", f"{report.body_font} {report.body_size:g} pt")
    table.add_row("full lines", str(report.full_lines))
    table.add_row("flush lines", str(report.flush_lines))
    table.add_row("ragged lines", str(report.ragged_lines))
    table.add_row("largest shortfall", f"{report.largest_shortfall:.1f} pt")
    table.add_row("largest gap between Han", f"{report.largest_gap:.1f} pt")
    for kind in VIOLATION_KINDS:
        table.add_row(kind, str(report.count(kind)))
    if grid:
        table.add_row("characters per full line", _spread(report.chars_per_line))
        table.add_row("lines per full page", _spread(report.lines_per_page))
    out.print(table)
    for violation in report.violations:
        err.print(f"[red]violation:[/] {violation}", highlight=False)
    if report.violations:
        raise typer.Exit(EXIT_PROBLEMS)


VIOLATION_KINDS = ("line-start", "line-end", "uncompressed-pair", "missing-cjk-latin-gap",
                   "single-character-last-line", "ragged-line")


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
    table = Table("role", "family", "file", "face", "from", "glyphs")
    for row in fonts.describe_fonts(config, resolved):
        table.add_row(*(str(row.get(key, "")) for key in
                        ("role", "family", "path", "index", "origin", "glyphs")))
    out.print(table)
    if fonts.harfbuzz_subset_available():
        out.print("[green]fast font subsetting (libharfbuzz-subset): available[/]")
    else:
        out.print(f"[red]fast font subsetting: MISSING[/] — {SUBSET_MISSING}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
