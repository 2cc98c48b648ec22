"""Markdown and HTML in the source, read with markdown-it-py before the blocks are cut.

Articles exported by publishing tools (WeChat editors, blogs, CMS) carry markup: `**bold**`
run-in leads, `<p>`/`<section>` wrappers, `<b>`/`<span>` inline tags, `&emsp;&emsp;`
indentation, `{align=center}` attribute lists and `:::` containers. `read_markup` turns
every line into what article.md may hold:

- Markdown emphasis stays Markdown (`**…**`, `*…*`; `__`/`_` written as `**`/`*`);
- inline HTML becomes the model's spans (b/strong → `**`, i/em → `*`, sub/sup and br kept)
  or is dropped with a doubt (span, font, u …), its text kept;
- block HTML (p, div, section, h1–h6, li …) is unwrapped: each piece its own paragraph;
- entities are decoded; `&emsp;`/`&nbsp;` at a line's start are indentation, i.e. the
  start of a paragraph; `&lt;` `&gt;` stay entities (the loader decodes them);
- links keep their text (the address is logged), images are dropped with a doubt;
- attribute lists and `:::` container fences are removed;
- a `<style>` or `<script>` element is dropped whole: what stands in it is never text;
- an HTML `<table>` becomes a pipe table (its first row the header, or its first two when
  a header cell spans both and the second holds labels; a cell spanning rows or columns is
  written once, the cells it covers marked 「^」 and 「<」 as article.md merges them, and a
  doubt).

Line numbers are kept: a line cut into paragraphs gives several `SourceLine`s of the same
number with a `virtual` blank between them. HTML comments are passed on untouched
(`parse` reads them).

The package's modules, along the pipeline: `shared` (the record a reading writes, the
parser and the marks), `inline` (one line's inline Markdown and HTML → text), `links`
(reference definitions and lines of links only), `pictures` (where an image stood and the
caption slot it opens), `tables` (HTML tables → pipe tables), `sites` (publishing tools' and
sites' own syntax), `wraps` (lines an export wrapped, soft line breaks) and `read`
(`read_markup`: the passes in their order, and one line read).
"""

from briefing.importer.markup.read import read_markup
from briefing.importer.markup.shared import Markup

__all__ = ["Markup", "read_markup"]
