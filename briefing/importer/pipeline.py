"""import_article: read → repair → structure → render → write, all or nothing."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import InputError
from briefing.importer.accounting import output_doubts, unaccounted
from briefing.importer.celltables.continued import (
    continued_tables,
    headless_continued_tables,
    page_continued_tables,
    table_header_layout,
)
from briefing.importer.draft import Draft
from briefing.importer.figures import (
    contradiction_doubts,
    extract_figures,
    figures_yaml,
    label_clash_doubts,
)
from briefing.importer.heldtables import hold_guessed_tables
from briefing.importer.images import place_images, prepare_images
from briefing.importer.readers import ReadOptions, read_source
from briefing.importer.records import ImportResult, Repair
from briefing.importer.render import article_markdown, passages
from briefing.importer.repairs import parse_date, split_names
from briefing.importer.source import checked_slug
from briefing.importer.structure import build_draft
from briefing.importer.titleblock import NO_TITLE
from briefing.importer.writer import EXISTS_FIX, kept_files, write_folder
from briefing.loader import CONTROL_CHARACTER

ARTICLE = "article.md"
FIGURES = "figures.yaml"
REPORT = "import-report.md"
# What a reader made of a .docx/.html/.pdf: the text the report's line numbers count in.
READ_TEXT = "import-source.md"


def without_controls(text: str) -> tuple[str, int]:
    """The text without the control characters the loader refuses, and how many went."""
    return CONTROL_CHARACTER.subn("", text)


def import_article(
    source: Path,
    data_dir: Path = Path("data"),
    slug: str | None = None,
    overwrite: bool = False,
    pages: tuple[int, int] | None = None,
) -> ImportResult:
    """Import a raw article into data_dir/<slug>/ (article.md, figures.yaml, report).

    The file is read by the reader its content calls for (readers/: text, .docx, .html,
    .pdf; `pages`: a PDF's page range); its photos go into images/, each in its figure.
    Raises InputError (with the file and a fix) for an unusable article or an existing
    folder when `overwrite` is False; nothing is written then.
    """
    source = Path(source)
    article = read_source(source, ReadOptions(pages=pages))
    images = prepare_images(article.images, source)
    destination = Path(data_dir) / checked_slug(slug, source)
    if destination.exists() and not overwrite:
        raise InputError("a briefing folder of this name already exists", file=destination,
                         fix=EXISTS_FIX)
    draft = build_draft(article.text, source,
                        markdown=True if article.kind in ("docx", "html") else None)
    draft.repairs += take_facts(draft, article.facts, article.kind)
    if draft.title:  # a title the file states (a Word file's properties): none to write
        draft.doubts = [doubt for doubt in draft.doubts if doubt.kind != NO_TITLE]
    draft.nodes, placed, unplaced = place_images(draft.nodes, images, article.captions)
    draft.repairs += placed
    draft.doubts += unplaced
    draft.doubts += [Repair("reader", 1, note, note, note) for note in article.notes]
    draft.repairs += [Repair("reader-table-guessed", line, "", why,
                             f"The reader made this table on a guess: {why}.")
                      for line, why in article.guessed_tables]
    # A table's 「续表」 continuation is the same table (celltables.continued).
    draft.nodes, joined = continued_tables(draft.nodes)
    draft.repairs += joined
    # A table the page's end broke goes on on the next page (celltables.continued).
    draft.nodes, joined = page_continued_tables(draft.nodes, article.text)
    draft.repairs += joined
    # …or a converter set its next page's part as a table with a row of figures for header.
    draft.nodes, joined = headless_continued_tables(draft.nodes)
    draft.repairs += joined
    # …and its header printed again on that page; a header cell spaced to fill its column.
    draft.nodes, joined = table_header_layout(draft.nodes)
    draft.repairs += joined
    # Tables made on a guess are held: a marker line above each, a spot in the report.
    draft.nodes, held = hold_guessed_tables(draft.nodes, draft.repairs, draft.doubts,
                                            article.text)
    draft.doubts += held
    draft.repairs.sort(key=lambda repair: repair.line)
    draft.doubts.sort(key=lambda doubt: doubt.line)
    groups = extract_figures(passages(draft.nodes))
    draft.doubts += contradiction_doubts(groups, article.text)  # a figure with two changes
    draft.doubts += label_clash_doubts(groups, article.text)  # two rows of one label
    result = ImportResult(
        folder=destination, repairs=draft.repairs, doubts=draft.doubts, source=source,
        title=draft.title, figure_rows=sum(len(group.rows) for group in groups),
        figures=groups, read_text=READ_TEXT if article.kind != "text" else None,
        held_tables=len(held),
    )
    markdown, removed = without_controls(article_markdown(draft))
    if removed:  # e.g. a form feed no pass read as a page break
        first = CONTROL_CHARACTER.search(article.text)
        line = article.text[:first.start()].count("\n") + 1 if first else 0
        result.repairs.append(Repair(
            "control-characters", line, f"{removed} invisible control character(s)", "",
            "Removed invisible control characters (no font draws them; the loader refuses "
            "them)."))
    # Accounting: source text neither in the article nor named by the report is a doubt.
    result.doubts = sorted(
        result.doubts + unaccounted(article.text, markdown, result.repairs + result.doubts),
        key=lambda doubt: doubt.line)
    # …and text kept that reads as furniture, tables left as text, mixed heading levels.
    result.doubts = sorted(
        result.doubts + output_doubts(article.text, markdown, result.repairs + result.doubts),
        key=lambda doubt: doubt.line)
    files: dict[str, str | bytes] = {
        ARTICLE: markdown,
        FIGURES: figures_yaml(groups),
        REPORT: result.report_text(),
        **{image.path: image.data for image in images},
    }
    if result.read_text:
        files[READ_TEXT] = article.text
    result.kept = kept_files(destination, files) if overwrite else []
    write_folder(destination, files, overwrite=overwrite)
    return result


FACT_NAMES = {"title": "title", "subtitle": "subtitle", "authors": "authors",
              "source": "source", "url": "url", "date": "date"}


def take_facts(draft: Draft, facts: dict[str, str], kind: str) -> list[Repair]:
    """Fill the front-matter fields the text left empty with what the file itself states
    (a Word file's properties, a page's meta tags); each is a repair to review."""
    repairs = []
    for key in FACT_NAMES:
        value = facts.get(key)
        if not value or getattr(draft, key):
            continue
        if key == "date":
            parsed = parse_date(value)
            if parsed is None:
                continue
            draft.date = parsed
        elif key == "authors":
            draft.authors = split_names(value)
        else:
            setattr(draft, key, value)
        where = facts.get(f"{key}_from") or f"the {kind} file"
        repairs.append(Repair("front-matter-fact", 1, value, f"{key}: {value}",
                              f"Took the {key} from {where}.", review=key == "date"))
    return repairs
