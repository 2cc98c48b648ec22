"""Raw Chinese article → briefing folder (article.md, figures.yaml, import-report.md).

    result = import_article(Path("article.txt"), data_dir=Path("data"), slug=None)
    result.folder, result.repairs, result.doubts, result.report_text()

Modules: `readers/` (a file as people have it — text, .docx, .html, .pdf — → the text
below, its front-matter facts and its photos), `images` (photos into images/, each in its
figure), `cleanup` (the source's layout told and cleaned: one line per paragraph, indented
paragraphs) with `extraction` (raw extractions cleaned), `webframe` (a web page's frame, a
layout template's parts, web-page furniture), `flattables` (tables given as lines → pipe
tables) and `layout` (what they share), `markup` (Markdown/HTML read with markdown-it-py:
spans kept, tags mapped or dropped, entities decoded), `parse` (lines → raw blocks with
source lines), `repairs` (pure string repairs), `titleblock` (title, subtitle, authors,
source, url, date → front matter), `roles` (block roles from typographic conventions,
evidence of a raw extraction), `structure` (`build_draft`: the passes over blocks in
their order) with `draft` (its model: `Node`, `Draft`), `nodes` (blocks → nodes),
`placeroles` (roles read in context), `headings` (headings found and their depths),
`endmatter` (attachments, 落款, notes, footnotes) and `joins` (split paragraphs joined),
`figures` (key figures), `render` (article.md, every role in the corpus README's
syntax), `writer` (the atomic folder write), `pipeline` (the whole import).
"""

from briefing.importer.pipeline import import_article
from briefing.importer.records import ImportResult, Repair

__all__ = ["ImportResult", "Repair", "import_article"]
