"""Run the pipeline for one briefing: load -> check fonts -> render -> export."""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing import fonts, i18n, jianbao, printing
from briefing.charts import ROLE as CHART_ROLE
from briefing.charts import ChartFonts, chart_strings
from briefing.checks import StaleFigures, held_note, left_out_note, stale_figures
from briefing.errors import InputError, Problem
from briefing.export import ExportResult, Relayout, write_pdf
from briefing.fingerprint import (
    document_date,
    document_id,
    fingerprint,
    remember,
    up_to_date,
)
from briefing.fonts.config import PICTOGRAPHS, unicode_range
from briefing.formatting import format_long_date, format_number, format_unit
from briefing.loader import ARTICLE, FIGURES, load_briefing, table_notices
from briefing.log import stage
from briefing.model import (
    Briefing,
    EditorNote,
    Figure,
    Paragraph,
    Quote,
    RichText,
    Section,
    Sidebar,
    Table,
)
from briefing.render import (
    FONTS_DIR,
    render_html,
    resolve_template,
    template_search_path,
    template_settings,
)

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
    skipped: bool = False  # nothing that affects the PDF changed: it was not rewritten
    changes: list = field(default_factory=list)  # changes.Change, with --changes-since
    untitled: bool = False  # the text has no title (printed without one; `check` asks)


def default_output(folder: Path) -> Path:
    return Path("output") / f"{Path(folder).resolve().name}.pdf"


def check_target(target: Path, folder: Path, options: BuildOptions) -> None:
    """The PDF may not be a folder, nor stand among the build's inputs (the briefing
    folder, the template folders, the fonts folder): it would replace one, or be read
    back as one by the next build or by `watch`."""
    from briefing.render import TEMPLATES_DIR

    resolved = target.resolve()
    if resolved.is_dir():
        raise InputError("the output is a folder", file=target,
                         fix="give the PDF's file name, e.g. -o output/NAME.pdf")
    # A path through a file (-o notes.txt/x.pdf) can never be written: said now, not after
    # the whole PDF was laid out (the CLI shows it as one line: cannot write or read here).
    existing = resolved.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(existing))
    inputs = [("the briefing folder", Path(folder)), ("the fonts folder", options.fonts_dir),
              *(("a template folder", Path(d)) for d in (*options.template_dirs, TEMPLATES_DIR))]
    for what, root in inputs:
        if resolved.is_relative_to(root.resolve()):
            raise InputError(f"the output would be written into {what} {root}, which the "
                             "build reads", file=target,
                             fix="write the PDF elsewhere, e.g. -o output/NAME.pdf")


def role_texts(briefing: Briefing, locale: str | None = None,
               gettext=str) -> Iterator[fonts.TextItem]:
    """Every character the templates set, with the font role it is set in and where from.

    The roles follow the templates' convention (templates/common.css): titles in
    `title`, headings in `heading`, captions, bylines and running heads in `caption`,
    everything else in `body`. Numbers and dates are set in `locale` (an edition's;
    default: the article's), chart labels translated by `gettext`. A briefing with a
    jianbao masthead sets its body text in 仿宋 as well (role `fang`, briefing/jianbao.py).
    """
    official = briefing.meta.jianbao is not None
    for item in _role_texts(briefing, locale, gettext):
        yield item
        if official and item.role == "body":
            yield replace(item, role="fang")


def _role_texts(briefing: Briefing, locale: str | None, gettext) -> Iterator[fonts.TextItem]:
    article = briefing.folder / ARTICLE
    meta = briefing.meta
    locale = locale or meta.locale
    line = briefing.meta_lines.get
    if meta.title:
        yield fonts.TextItem("title", meta.title, article, line("title", 0))
    if meta.subtitle:
        yield fonts.TextItem("heading", meta.subtitle, article, line("subtitle", 0))
    yield fonts.TextItem("caption", "".join(meta.authors), article, line("authors", 0))
    if meta.source:
        yield fonts.TextItem("caption", meta.source, article, line("source", 0))
    if meta.url:
        yield fonts.TextItem("caption", meta.url, article, line("url", 0))
    if meta.date:
        yield fonts.TextItem("caption", format_long_date(meta.date, locale), article,
                             line("date", 0))
    # The running head repeats the title in the caption role.
    if meta.title:
        yield fonts.TextItem("caption", meta.title, article, line("title", 0))

    def block_items(blocks) -> Iterator[fonts.TextItem]:
        for block in blocks:
            if isinstance(block, Paragraph):
                role = PARAGRAPH_FONT_ROLES[block.role]
                yield fonts.TextItem(role, block.text.plain, article, block.line)
            elif isinstance(block, EditorNote):  # in 楷体, every template
                for paragraph in block.blocks:
                    yield fonts.TextItem("kai", paragraph.text.plain, article, paragraph.line)
            elif isinstance(block, Sidebar):
                if block.title:
                    yield fonts.TextItem("heading", block.title.plain, article, block.line)
                yield from block_items(block.blocks)
            elif isinstance(block, Figure):
                yield fonts.TextItem("caption", block.caption.plain, article, block.line)
            elif isinstance(block, Quote):
                for paragraph in block.blocks:
                    yield fonts.TextItem("caption", paragraph.text.plain, article,
                                         paragraph.line)
            elif isinstance(block, Table):
                yield fonts.TextItem("body", "".join(c.plain for c in block.cells), article,
                                     block.line)
                yield fonts.TextItem("heading", "".join(c.plain for r in block.header
                                                        for c in r), article, block.line)
                captions: list[RichText] = [*([block.caption] if block.caption else []),
                                            *block.notes]
                if captions:
                    yield fonts.TextItem("caption", "".join(c.plain for c in captions),
                                         article, block.line)
                for note in block.notes:  # set in the caption role or the body's
                    yield fonts.TextItem("body", note.plain, article, block.line)

    yield from block_items(briefing.lead)
    for section in briefing.walk_sections():
        yield from section_items(section, article)
        yield from block_items(section.blocks)
    for note in briefing.footnotes:
        yield fonts.TextItem("body", note.text.plain, article, note.line)
    figures = briefing.folder / FIGURES
    style = meta.options.number_style
    for group in briefing.figures:
        yield fonts.TextItem("caption", group.title, figures, group.line)
        for row in group.rows:
            value = format_number(row.value, locale, style)
            text = "".join([row.label, value, format_unit(row.unit), row.change or "",
                            row.rank or ""])
            yield fonts.TextItem("body", text, figures, row.line)
        if group.chart is not None:
            strings = chart_strings(group, locale, style, gettext)
            yield fonts.TextItem(CHART_ROLE, "".join(strings), figures, group.chart.line)
    # The jianbao template's masthead, end block and official heading numbers.
    yield from jianbao.role_texts(briefing)


# The font role each paragraph role is set in (templates/common.css; the jianbao template
# sets bylines in 楷体 too: briefing/jianbao.py). Notes and footnotes are body text, smaller.
PARAGRAPH_FONT_ROLES = {"body": "body", "salutation": "body", "signature": "body",
                        "note": "body", "byline": "caption"}


def section_items(section: Section, article: Path) -> Iterator[fonts.TextItem]:
    text = (section.number or "") + section.title.plain
    yield fonts.TextItem("heading", text, article, section.line)
    # Bookmark labels are drawn by the PDF viewer, not from our fonts: nothing to check.


def check_glyphs(briefing: Briefing, resolved, edition: i18n.Edition | None = None,
                 translations=None) -> list[fonts.TextItem]:
    """Every character set — the edition's labels too — is in its role's fonts. Returns
    the texts checked."""
    gettext = translations.gettext if translations is not None else str
    texts = list(role_texts(briefing, edition.locale if edition else None, gettext))
    problems = fonts.check_coverage(resolved, texts)
    if edition is not None:
        # Labels (table heads, captions, mastheads) are set in several roles, some only by
        # some templates: each must be in one of the document's fonts.
        every_face = {"labels": [face for faces in resolved.values() for face in faces]}
        labels = [fonts.TextItem("labels", text, file, line)
                  for text, file, line in i18n.catalog_labels(edition)]
        problems += fonts.check_coverage(every_face, labels)
        texts += labels
    if problems:
        raise InputError(problems=problems)
    return texts


_PICTOGRAPH = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}"
                                       for lo, hi in PICTOGRAPHS) + "]")


def sets_pictographs(texts: Iterable[fonts.TextItem], template: str,
                     template_dirs: Sequence[Path]) -> bool:
    """Whether the document can set a pictograph (fonts.PICTOGRAPHS, what the emoji face
    is declared for): one in its texts and labels (check_glyphs') or in its template's
    own files (what they write themselves: CSS content, literal text). Without one, the
    templates leave the emoji face's @font-face out (_fonts.css.j2): WeasyPrint copies its
    file (11 MB) into the font configuration of every build that declares it (≈ 0.02 s
    of a cold build's export), for a face such a document never sets — the same PDF."""
    if any(_PICTOGRAPH.search(item.text) for item in texts):
        return True
    return any(_PICTOGRAPH.search(path.read_text("utf-8", "replace")) for path in
               fonts.template_sources(template, template_search_path(template_dirs)))


def layout_check(briefing: Briefing, resolved, template: str,
                 template_dirs: Sequence[Path]) -> fonts.LayoutCheck:
    """The check of the laid-out document (what the templates add: generated content,
    page numbers, labels), locating a character in the template first, then the inputs."""
    sources = fonts.template_sources(template, template_search_path(template_dirs))
    return fonts.LayoutCheck.for_build(
        resolved, [*sources, briefing.folder / ARTICLE, briefing.folder / FIGURES])


# A table of contents appears by itself in documents of this many pages or more, its own
# page(s) counted (BuildOptions.toc=None).
TOC_MIN_PAGES = 8
# A document whose text and pictures would fill at most this share of TOC_MIN_PAGES is
# laid out without its contents first (short_document_first).
SHORT_TEXT_CHARS = 4000
CONTENTS_ENTRIES_A_PAGE = 12  # the fewest a page of contents holds (entries of two lines)
# An entry's text wraps: on the narrowest text block a template with automatic contents
# lays them out on (the reprint on A5: 113 mm, 10.5 pt entries, 2em indented at level 2)
# a line holds at least CONTENTS_LINE_CHARS characters besides its leader and page number
# (CONTENTS_ENTRY_RESERVE), and a page at least CONTENTS_LINES_A_PAGE lines (28 of 17.85
# pt, less what entries that are not split leave at a page's foot); the title and rules
# take CONTENTS_TITLE_LINES. (bench/contents_bound.py measures the count against the
# pages the contents really add.)
CONTENTS_LINE_CHARS = 26
CONTENTS_ENTRY_RESERVE = 4
CONTENTS_LINES_A_PAGE = 24
CONTENTS_TITLE_LINES = 4
_HEADING = re.compile(r"<h[1-6][\s>].*?</h[1-6]\s*>", re.S)


def contents_pages(html: str) -> int:
    """The most pages automatic contents can add to a document laid out from `html`
    (without them): their height — a page per CONTENTS_ENTRIES_A_PAGE headings, or more
    when the headings are long: their lines (each heading's characters, tags left out,
    on lines of CONTENTS_LINE_CHARS) on pages of CONTENTS_LINES_A_PAGE; their title and
    rules included, every heading counted, deeper than the contents go too — and one for
    a break moved: pages are filled in order, so text pushed down by a block takes at most
    one page more than the block's height (no template puts the contents on a page of
    their own)."""
    headings = _HEADING.findall(html)
    lines = CONTENTS_TITLE_LINES + sum(
        -(-(len(re.sub(r"<[^>]*>|\s", "", h)) + CONTENTS_ENTRY_RESERVE)
          // CONTENTS_LINE_CHARS) for h in headings)
    height = max(1, -(-len(headings) // CONTENTS_ENTRIES_A_PAGE),
                 -(-lines // CONTENTS_LINES_A_PAGE))
    return 1 + height


def short_document_first(briefing: Briefing, without_contents: Callable[[], str]) -> Relayout:
    """How to decide on automatic contents (from TOC_MIN_PAGES pages on, counted with
    them). A long document is laid out with them first, once. A short one — its article
    under SHORT_TEXT_CHARS characters, and its HTML without contents a few pages by its
    text, tables and pictures — is laid out without them first, and that layout is kept
    when even the most pages its contents could add (`contents_pages`) leave it short:
    the same PDF, laid out once instead of twice. Else the document is laid out with
    them, as for a long one. (In a process that keeps pages, a document whose last build
    kept its layout without contents is laid out without them first too: export.py,
    `write_pdf`.)"""
    article = (briefing.folder / ARTICLE).read_text("utf-8") if briefing.folder else ""
    if len(article) > SHORT_TEXT_CHARS:
        return Relayout(TOC_MIN_PAGES, without_contents, contents_pages=contents_pages)
    html = without_contents()
    pages = contents_pages(html)
    text = re.sub(r"<[^>]*>", "", re.sub(r"<(style|script)\b.*?</\1>", "", html, flags=re.S))
    pictures = len(re.findall(r"<(?:img|svg)\b", html))
    rows = len(re.findall(r"<tr\b", html))
    estimate = 1 + len(re.sub(r"\s", "", text)) / 1000 + rows / 25 + pictures / 2
    return Relayout(TOC_MIN_PAGES, html, first=estimate + pages < TOC_MIN_PAGES,
                    contents_pages=pages)


@dataclass
class BuildOptions:
    """Everything a build can be asked for besides the briefing folder and the output.

    Features add their options here and read them in their own stage."""

    template: str | None = None
    template_dirs: Sequence[Path] = ()
    fonts_dir: Path = FONTS_DIR
    # Editions (briefing/i18n.py): labels, numbers, dates — and script — in a locale such
    # as en or zh_Hant_TW; None: the article's language.
    locale: str | None = None
    # Refuse to build when a key-figure table no longer agrees with the text (exit 1).
    strict: bool = False
    # Print (briefing/printing.py): paper (None: the front matter's), bleed in mm, printer's
    # marks, a PDF variant, saddle-stitch booklet; toc None: as the template says
    # (template.yaml: from TOC_MIN_PAGES pages on, or only when asked for).
    paper: str | None = None
    bleed_mm: float = 0.0
    marks: Sequence[str] = ()
    variant: str | None = None
    booklet: bool = False
    toc: bool | None = None
    # Punctuation style (--punctuation): None keeps the front matter's `options.punctuation`,
    # else the template's (全角, quanjiao, in every stock template).
    punctuation: str | None = None
    # Regeneration (briefing/fingerprint.py, briefing/changes.py): rebuild even when nothing
    # changed; mark what changed since a git revision or an earlier folder.
    force: bool = False
    changes_since: str | None = None


PUNCTUATION_STYLES = ("quanjiao", "kaiming", "banjiao")


_OVERFULL = re.compile(r'<table id="([^"]+)" class="[^"]*\boverfull\b')


def overfull_tables(briefing: Briefing, html: str) -> list[Problem]:
    """The tables the template could not fit into the text block even at its smallest
    table face (_macros.html.j2, table_fit: class overfull), to be told by name: they
    run past the margin, which `briefing preflight` reports on their page."""
    ids = set(_OVERFULL.findall(html))
    file = briefing.folder / ARTICLE
    return [Problem(f"table 「{(block.caption.plain if block.caption else '')[:30]}」 is "
                    "wider than the text block even at the template's smallest table face "
                    "and runs past the margin", file, block.line,
                    "split it into two tables, or leave out columns")
            for block in briefing.walk_blocks()
            if isinstance(block, Table) and block.id in ids]


def punctuation_style(value: str) -> str:
    """A punctuation style asked for on the command line (`--punctuation`)."""
    if value not in PUNCTUATION_STYLES:
        raise InputError(f"unknown punctuation style '{value}'",
                         fix=f"use one of: {', '.join(PUNCTUATION_STYLES)}")
    return value


def build(
    folder: Path,
    output: Path | None = None,
    options: BuildOptions | None = None,
    exporter: Callable[..., ExportResult] | None = None,
    **overrides,
) -> BuildResult:
    """Build one briefing; `overrides` set single options (build(f, o, template="x")).

    `exporter` writes the PDF (default: export.write_pdf in this process; the CLI
    passes an export_worker.ExportWorker's, which loaded WeasyPrint meanwhile)."""
    options = replace(options or BuildOptions(), **overrides)
    started = time.perf_counter()
    settings = printing.PrintSettings(
        paper=options.paper, bleed_mm=options.bleed_mm, marks=tuple(options.marks),
        variant=options.variant, booklet=options.booklet)
    settings.validate()
    target = Path(output) if output else default_output(folder)
    check_target(target, folder, options)
    with stage(f"load {folder}"):
        briefing = load_briefing(folder)
    changes, changed = [], frozenset()
    if options.changes_since:  # (briefing.changes imported only then)
        from briefing.changes import changes_since, marks

        changes = changes_since(briefing, options.changes_since)
        changed = marks(changes)
    jianbao.require_masthead(briefing, options.template)
    settings.apply(briefing)
    stale = stale_figures(briefing)
    notices = table_notices(briefing)  # what the loader left out of a table, and why
    if stale and options.strict:
        raise StaleFigures(problems=stale)
    # Proposed key-figure groups are in no template's data (loader: briefing.figures holds
    # the accepted ones); the build says so in one line.
    notes = [note for note in (left_out_note(briefing), held_note(briefing)) if note]
    edition = i18n.edition_for(options.locale, briefing.meta)
    briefing = i18n.convert_briefing(briefing, edition)
    if options.punctuation is not None:
        briefing.meta.options.punctuation = punctuation_style(options.punctuation)
    translations = i18n.load_translations(edition)
    font_config = fonts.load_font_config(options.fonts_dir).for_script(edition.script)
    resolved = fonts.resolve_fonts(font_config)
    with stage("glyph check"):
        checked = check_glyphs(briefing, resolved, edition, translations)
    role_families = {role: [face.family for face in faces] for role, faces in resolved.items()}
    # The emoji face is declared by name (local(): _fonts.css.j2), so WeasyPrint reads its
    # file: the one file outside the project's folders a build may read (the fingerprint
    # has it already, among the resolved faces).
    emoji_faces = [face for faces in resolved.values() for face in faces
                   if face.family == fonts.EMOJI]
    emoji_files = sorted({face.path for face in emoji_faces})
    def render(toc: bool):
        return render_html(
            briefing, template=options.template, template_dirs=options.template_dirs,
            font_faces=fonts.font_faces_for_css(font_config, options.fonts_dir),
            role_families=role_families, fonts_dir=options.fonts_dir,
            locale=edition.locale, translations=translations,
            chart_fonts=ChartFonts.for_role(resolved),
            context={"toc": toc, "links": settings.links, "changed": changed,
                     "pictographs_set": pictographs_set, "pictographs": pictographs},
        )

    # Not asked for either way, the contents stay from TOC_MIN_PAGES pages on: laid out
    # with them first (long documents, the costly ones, are laid out once) — unless the
    # template wants them only on request (template.yaml: the handout).
    toc = options.toc
    template = resolve_template(briefing, options.template, options.template_dirs)
    if toc is None and template_settings(template, options.template_dirs).contents != "automatic":
        toc = False
    pictographs_set = sets_pictographs(checked, template, options.template_dirs)
    # … declared for the pictographs it has (a Dingbats arrow it lacks comes from the
    # symbols faces), when the document can set one.
    pictographs = (unicode_range(fonts.pictograph_ranges(emoji_faces[0]))
                   if pictographs_set and emoji_faces else unicode_range())
    with stage("render HTML"):
        rendered = render(toc is not False)
    notices = notices + overfull_tables(briefing, rendered.html)
    pages_target = settings.pages_target(target)
    created, identifier = document_date(briefing), document_id(briefing.folder)
    stylesheets = [settings.stylesheet()]
    allowed_roots = rendered.allowed_roots + settings.allowed_roots()
    stamp = fingerprint(rendered.html, allowed_roots,
                        resolved, replace(options, force=False), created, identifier,
                        exclude=(target, pages_target), stylesheets=stylesheets)
    if not options.force and (record := up_to_date(target, stamp.key)):
        return BuildResult(output=target, pages=record["pages"],
                           seconds=time.perf_counter() - started, template=rendered.template,
                           warnings=notes + [str(p) for p in notices + stale], skipped=True,
                           changes=changes, untitled=not briefing.meta.title)
    export = exporter or write_pdf
    # (decided only now: a build found up to date renders no second HTML)
    without_toc = None if toc is not None else short_document_first(
        briefing, lambda: settings.prepare_html(render(False).html))
    with stage("layout and PDF (WeasyPrint)"):
        exported = export(settings.prepare_html(rendered.html), pages_target,
                          base_url=briefing.folder,
                          allowed_roots=allowed_roots + emoji_files,
                          stylesheets=stylesheets, pdf_options=settings.pdf_options(),
                          finisher=settings.finisher(), relayout=without_toc,
                          pdf_identifier=identifier, font_key=stamp.fonts, created=created,
                          glyph_check=layout_check(briefing, resolved, rendered.template,
                                                   options.template_dirs))
    with stage("finish (print settings)"):
        settings.finish(pages_target, target)
    remember(target, stamp.key, exported.pages)
    warnings = notes + list(exported.warnings) + [str(p) for p in notices + stale]
    if not fonts.harfbuzz_subset_available():
        warnings.insert(0, SUBSET_MISSING)
    return BuildResult(output=target, pages=exported.pages,
                       seconds=time.perf_counter() - started, template=rendered.template,
                       warnings=warnings, changes=changes, untitled=not briefing.meta.title)
