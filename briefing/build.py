"""Run the pipeline for one briefing: load -> check fonts -> render -> export."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing import fonts
from briefing.errors import InputError
from briefing.export import write_pdf
from briefing.formatting import format_long_date, format_number, format_unit
from briefing.loader import ARTICLE, FIGURES, load_briefing
from briefing.model import Briefing, Figure, Paragraph, Quote, RichText, Section, Table
from briefing.render import FONTS_DIR, render_html

SUBSET_MISSING = (
    "libharfbuzz-subset is not installed: WeasyPrint falls back to fontTools and the build "
    "is ~15x slower. Install the Debian package libharfbuzz-subset0 (make setup does)."
)


@dataclass
class BuildResult:
    output: Path
    pages: int
    seconds: float
    template: str
    warnings: list[str] = field(default_factory=list)


def default_output(folder: Path) -> Path:
    return Path("output") / f"{Path(folder).resolve().name}.pdf"


def role_texts(briefing: Briefing) -> Iterator[fonts.TextItem]:
    """Every character the templates set, with the font role it is set in and where from.

    The roles follow the templates' convention (templates/common.css): titles in
    `title`, headings in `heading`, captions, bylines and running heads in `caption`,
    everything else in `body`.
    """
    article = briefing.folder / ARTICLE
    meta = briefing.meta
    line = briefing.meta_lines.get
    yield fonts.TextItem("title", meta.title, article, line("title", 0))
    if meta.subtitle:
        yield fonts.TextItem("heading", meta.subtitle, article, line("subtitle", 0))
    yield fonts.TextItem("caption", "".join(meta.authors), article, line("authors", 0))
    if meta.source:
        yield fonts.TextItem("caption", meta.source, article, line("source", 0))
    if meta.date:
        yield fonts.TextItem("caption", format_long_date(meta.date, meta.locale), article,
                             line("date", 0))
    # The running head repeats the title in the caption role.
    yield fonts.TextItem("caption", meta.title, article, line("title", 0))

    def block_items(blocks) -> Iterator[fonts.TextItem]:
        for block in blocks:
            if isinstance(block, Paragraph):
                yield fonts.TextItem("body", block.text.plain, article, block.line)
            elif isinstance(block, Figure):
                yield fonts.TextItem("caption", block.caption.plain, article, block.line)
            elif isinstance(block, Quote):
                for paragraph in block.blocks:
                    yield fonts.TextItem("caption", paragraph.text.plain, article,
                                         paragraph.line)
            elif isinstance(block, Table):
                cells: list[RichText] = [*block.header, *(c for r in block.rows for c in r)]
                yield fonts.TextItem("body", "".join(c.plain for c in cells), article,
                                     block.line)
                yield fonts.TextItem("heading", "".join(c.plain for c in block.header),
                                     article, block.line)
                if block.caption:
                    yield fonts.TextItem("caption", block.caption.plain, article, block.line)

    yield from block_items(briefing.lead)
    for section in briefing.walk_sections():
        yield from section_items(section, article)
        yield from block_items(section.blocks)
    figures = briefing.folder / FIGURES
    style = meta.options.number_style
    for group in briefing.figures:
        yield fonts.TextItem("caption", group.title, figures, group.line)
        for row in group.rows:
            value = format_number(row.value, meta.locale, style)
            text = "".join([row.label, value, format_unit(row.unit), row.change or "",
                            row.rank or ""])
            yield fonts.TextItem("body", text, figures, row.line)


def section_items(section: Section, article: Path) -> Iterator[fonts.TextItem]:
    text = (section.number or "") + section.title.plain
    yield fonts.TextItem("heading", text, article, section.line)
    # Bookmark labels are drawn by the PDF viewer, not from our fonts: nothing to check.


def check_glyphs(briefing: Briefing, resolved) -> None:
    problems = fonts.check_coverage(resolved, role_texts(briefing))
    if problems:
        raise InputError(problems=problems)


@dataclass
class BuildOptions:
    """Everything a build can be asked for besides the briefing folder and the output.

    Features add their options here and read them in their own stage."""

    template: str | None = None
    template_dirs: Sequence[Path] = ()
    fonts_dir: Path = FONTS_DIR


def build(
    folder: Path,
    output: Path | None = None,
    options: BuildOptions | None = None,
    **overrides,
) -> BuildResult:
    """Build one briefing; `overrides` set single options (build(f, o, template="x"))."""
    options = replace(options or BuildOptions(), **overrides)
    started = time.perf_counter()
    briefing = load_briefing(folder)
    font_config = fonts.load_font_config(options.fonts_dir)
    resolved = fonts.resolve_fonts(font_config)
    check_glyphs(briefing, resolved)
    role_families = {role: [face.family for face in faces] for role, faces in resolved.items()}
    rendered = render_html(
        briefing, template=options.template, template_dirs=options.template_dirs,
        font_faces=fonts.font_faces_for_css(font_config, options.fonts_dir),
        role_families=role_families, fonts_dir=options.fonts_dir,
    )
    target = Path(output) if output else default_output(folder)
    exported = write_pdf(rendered.html, target, base_url=briefing.folder,
                         allowed_roots=rendered.allowed_roots)
    warnings = list(exported.warnings)
    if not fonts.harfbuzz_subset_available():
        warnings.insert(0, SUBSET_MISSING)
    return BuildResult(output=target, pages=exported.pages,
                       seconds=time.perf_counter() - started, template=rendered.template,
                       warnings=warnings)
