"""Everything briefing changes inside WeasyPrint 70, in one place.

WeasyPrint has no plug-in points for what briefing needs (Chinese justification and
line-break rules, compact font subsets, a faster contents pass), so briefing replaces
a few of its internal functions. Each replacement is a row of `table.PATCHES`:

    concern         patch                 WeasyPrint target (weasyprint.module:attribute)
    layout_patches  line-attributes       text.line_break:Layout.set_text
                    base-attributes       text.line_break:Layout.setup
                    neighbour-gaps        layout.inline:iter_line_boxes (and layout.block's)
                    gap-reservation       layout.inline:split_text_box
                    drawn-widths          layout.inline:text_align
                    cjk-justification     layout.inline:justify_line
                    squeeze-lines         layout.inline:get_next_linebox
    mincontent      min-content-pieces    layout.preferred:split_first_line
    textlayer       text-layer            draw:draw_text
                    gap-font              pdf:build_fonts_dictionary
    leaders         leader-run            layout.inline:handle_leader
    targets         contents-refresh      layout:make_all_pages
                    contents-anchor       css.targets:TargetCollector.lookup_target
                    contents-anchor-name  css.targets:anchor_name_from_token
    incremental     page-memory-start     layout:initialize_page_maker
                    page-memory           document:layout_document
    margins         kept-margins          layout:make_margin_boxes
    percentages     resolved-once         layout.percent:resolve_percentages (and 8 more)
    tables          continued-caption     layout.block:table_layout
    subset          compact-subset        pdf.fonts:Font._harfbuzz_subset
                    cid-to-gid-map        pdf.fonts:_build_vector_font_dictionary
                    lazy-font-data        pdf.fonts:get_hb_object_data
                    lazy-file-content     pdf.fonts:Font.file_content (added)
    drawings        drawn-once            images:SVGImage.draw
                    drawn-once-fonts      pdf.stream:Stream.add_font
    pagedraw        kept-drawing-page     document:draw_page
                    kept-drawing          draw:draw_stacking_context
    sheets          parsed-once           weasyprint:CSS.__init__
    parsed          parsed-again          tinyhtml5:parse
                    patterns-kept         tinyhtml5.inputstream:HTMLUnicodeInputStream.chars_until
    cascade         matched-once-keys     css:StyleFor.__init__
                    matched-once          cssselect2:Matcher.match
    deflate         deflated-once         pydyf:Stream.data
    ids             stable-document-id    pdf.metadata:uuid4

The modules (a concern is the module holding its patches' replacements):

    table.py           PATCHES: each patch's target, WeasyPrint's signature there, our
                       replacement, why, and what else of WeasyPrint it relies on
    seam.py            what a patch is; checking, installing and removing a table of them
    layout_patches.py  Chinese line layout: briefing/typeset/rules.py inside Pango layouts
    mincontent.py      a Chinese text's min-content width (a table cell's) from one
                       Pango layout of it, not one per break opportunity
    textlayer.py       /ActualText around the runs whose gaps the layout set, and
                       those gaps drawn as blank spacer glyphs, so the text layer
                       reads back as the article (poppler, pdfminer, pdf.js); a bold
                       without a bold face (仿宋) emboldened by a stroke
    leaders.py         the contents' dotted leaders as one text run
    targets.py         the contents' page numbers in one pass fewer, never stale
    incremental.py     a layout after another (a placement move, a rebuild) lays out
                       again only the pages that changed
    margins.py         a page a rebuild handed on keeps its margin boxes when made
                       from the same page type, counters and named strings
    percentages.py     a box's used lengths worked out once per computed style and
                       containing block, not on every line and page again
    tables.py          a table's continued caption (续表) only where the table continues
    subset.py          compact font subsets; font files read only when needed
    drawings.py        SVG images (charts) drawn once per content, replayed after
    pagedraw.py        a page a rebuild handed on unchanged is not drawn again: its
                       drawing replayed where the fonts hold what they held
    sheets.py          a stylesheet's text parsed once per process, its parse reused
    parsed.py          the HTML parsed again only inside the element an edit
                       changed (a rebuild, a second layout); tinyhtml5's patterns
                       kept under the key it looks them up by
    cascade.py         what the stylesheets declare for an element (and their
                       selector matches) kept across layouts when its tag,
                       attributes, ancestors and siblings are unchanged
    deflate.py         a PDF stream compressed once per content in a process that
                       renders documents again (font subsets, pages handed on)
    ids.py             a PDF/X document id that is the same for the same inputs
    placement.py       placement that fills pages: as the pages are laid out (targets.py's
                       make_all_pages hands each pass to it), a key-figure group that left
                       a page short moves in the box tree and the layout goes on from that
                       page; a blank page before the jianbao's 版记 marked (no page numbers)
    state.py           what the patches remember during one build: context variables,
                       so builds in other threads or contexts never see it
    loader.py          importing WeasyPrint fast, once per process; garbage-collector
                       settings; one FontConfiguration per set of fonts

`load()` imports WeasyPrint and installs every patch; before installing, each row
is checked against the installed WeasyPrint (its version, the target's parameters,
the internals it needs) and any difference fails loudly, naming the patch
(`WeasyPrintIncompatible`) — an upgrade never silently degrades the output.
`install(*concerns)` and `uninstall(*concerns)` put the patches of some concerns in
place or give WeasyPrint its own functions back (tests and bench/ compare both).

To add a patch: a module here holding the replacement (it calls WeasyPrint's own
function through `seam.original(name)`), a row in table.py, a line above.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.weasy.loader import font_configuration, load

if TYPE_CHECKING:
    from briefing.weasy.ids import stable_ids
    from briefing.weasy.seam import Patch, WeasyPrintIncompatible, original
    from briefing.weasy.textlayer import spacers

__all__ = ["Patch", "WeasyPrintIncompatible", "check", "font_configuration", "install",
           "load", "original", "problems", "spacers", "stable_ids", "uninstall"]


# Names read from their module when first asked for: seam.py and table.py (with the
# replacements it imports) when a patch is first checked or installed, textlayer.py and
# ids.py when a PDF is written — not when briefing is imported. A cold build's own process
# (the pipeline, its export in a second one: export_worker.py) imports none of them.
_LAZY = {"Patch": "seam", "WeasyPrintIncompatible": "seam", "original": "seam",
         "spacers": "textlayer", "stable_ids": "ids"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _chosen(concerns: tuple[str, ...]) -> list[Patch]:
    from briefing.weasy.table import CONCERNS, PATCHES

    unknown = set(concerns) - set(CONCERNS)
    if unknown:
        raise ValueError(f"no such concern: {', '.join(sorted(unknown))} "
                         f"(there are: {', '.join(CONCERNS)})")
    return [patch for patch in PATCHES if not concerns or patch.concern in concerns]


def problems(*concerns: str) -> list[str]:
    """What the installed WeasyPrint lacks for the patches (of these concerns; all by
    default), each prefixed with its patch's name."""
    from briefing.weasy import seam

    return seam.problems(_chosen(concerns))


def check(*concerns: str) -> None:
    """Raise WeasyPrintIncompatible, naming every patch that cannot work."""
    from briefing.weasy import seam

    seam.check(_chosen(concerns))


def install(*concerns: str) -> None:
    """Check, then install the patches (of these concerns; all by default). Idempotent.
    Imports WeasyPrint: call `load()` first for its fast start."""
    from briefing.weasy import seam

    seam.install(_chosen(concerns))


def uninstall(*concerns: str) -> None:
    """Give WeasyPrint its own functions back (of these concerns; all by default)."""
    from briefing.weasy import seam

    seam.uninstall(_chosen(concerns))
