"""import_article: read → repair → structure → render → write, all or nothing."""

from __future__ import annotations

from pathlib import Path

from briefing.errors import InputError
from briefing.importer.figures import extract_figures, figures_yaml
from briefing.importer.records import ImportResult
from briefing.importer.render import article_markdown, passages
from briefing.importer.source import checked_slug, read_article
from briefing.importer.structure import build_draft
from briefing.importer.writer import EXISTS_FIX, kept_files, write_folder

ARTICLE = "article.md"
FIGURES = "figures.yaml"
REPORT = "import-report.md"


def import_article(
    source: Path,
    data_dir: Path = Path("data"),
    slug: str | None = None,
    overwrite: bool = False,
) -> ImportResult:
    """Import a raw article into data_dir/<slug>/ (article.md, figures.yaml, report).

    Raises InputError (with the file and a fix) for an unusable article or an existing
    folder when `overwrite` is False; nothing is written then.
    """
    source = Path(source)
    text = read_article(source)
    destination = Path(data_dir) / checked_slug(slug, source)
    if destination.exists() and not overwrite:
        raise InputError("a briefing folder of this name already exists", file=destination,
                         fix=EXISTS_FIX)
    draft = build_draft(text, source)
    groups = extract_figures(passages(draft.nodes))
    result = ImportResult(
        folder=destination, repairs=draft.repairs, doubts=draft.doubts, source=source,
        title=draft.title, figure_rows=sum(len(group.rows) for group in groups),
        figures=groups,
    )
    files = {
        ARTICLE: article_markdown(draft),
        FIGURES: figures_yaml(groups),
        REPORT: result.report_text(),
    }
    result.kept = kept_files(destination, files) if overwrite else []
    write_folder(destination, files, overwrite=overwrite)
    return result
