"""Page numbers of `target-counter()` (the table of contents) in one extra layout pass
(the contents-refresh, contents-anchor and contents-anchor-name patches of table.py).

WeasyPrint 70 fills a page-based value in generated content at the end of laying out
the page that shows it (weasyprint/layout/page.py, `make_page`, "Step 2"): it
re-parses the content with the page's counter values and, when they differ from the
values it last used, marks the page to be laid out again in the next pass. So the
contents page is laid out

1. with placeholders, since the sections it points to come later;
2. again with the same placeholders — the numbers are only re-parsed at the end of
   this pass — because the values it compares now include the page count, known only
   after pass 1;
3. once more, with the numbers.

Before each pass after the first, this re-parses the content of every page that is
about to be laid out again, with the counter values that page will end with (the
previous pass left them in `page_maker` as the next page's starting state). The page
is then laid out with its final numbers and its end-of-page check finds nothing new,
so the third pass is not needed. Whenever the values still change (a longer contents
pushing a section to the next page), WeasyPrint's own check sees it as before.

Measured on the sample repeated 5× (32 pages): the contents' pages are laid out twice
instead of three times; tests/typeset/test_pdf.py checks the count and the numbers.

It also mends the contents going stale. WeasyPrint notes which anchor each page number
depends on so that the page showing it is laid out again when the anchor moves
(`TargetCollector.cache_target_page_counters`), but for a target written with
`attr()` — ours: `target-counter(attr(href url), page)` — it files the dependency under
the name `None` (formatting_structure/build.py calls `anchor_name_from_token` on the
unresolved `attr()` token). When the numbers, once filled in, make the contents longer
and push a section onto the next page, nothing told the contents: they kept the
section's earlier page. `anchor_name_from_token` now answers, for the token
`lookup_target` has just resolved, the anchor it resolved to.
"""

from __future__ import annotations

import copy

from briefing.weasy import incremental, placement, stream
from briefing.weasy.seam import original
from briefing.weasy.state import resolved_anchor


def refresh_before_pass(context, pages) -> None:
    """Re-parse page-based content on the pages the coming pass lays out again, with
    the counter values each will end with."""
    if not pages:  # the first pass: nothing laid out yet, nothing known
        return
    page_maker = context.page_maker
    for (_, css_token), item in context.target_collector.counter_lookup_items.items():
        index = item.page_maker_index
        if css_token != "content" or index is None or index + 1 >= len(page_maker):
            continue
        remake = page_maker[index][-1]
        if not (remake["content_changed"] or remake["pages_wanted"]):
            continue  # kept as laid out: its boxes must stay as they are
        values = page_maker[index + 1][3][1]
        # The same test as make_page's, a pass earlier.
        if values == item.cached_page_counter_values or not any(
                values.get(name) is not None for name in item.missing_counters):
            continue
        item.cached_page_counter_values = copy.deepcopy(values)
        item.parse_again(item.cached_page_counter_values)


def _resolved_anchor(token, source_box) -> str | None:
    """The anchor an `attr()` target token names on `source_box` (as lookup_target
    resolves it)."""
    from weasyprint.urls import get_url_tuple

    attr_name, kind, fallback = token[1]
    value = source_box.element.get(attr_name, fallback)
    if kind == "string":
        return original("contents-anchor-name")(("string", value))
    if kind == "url":
        return original("contents-anchor-name")(
            ("url", get_url_tuple(value, source_box.style.base_url)))
    return None


def lookup_target(self, anchor_token, source_box, css_token, parse_again):
    """WeasyPrint's, remembering (for this build) the anchor an attr() token names."""
    if anchor_token[0] == "attr()":
        resolved_anchor.set((anchor_token, _resolved_anchor(anchor_token, source_box)))
    return original("contents-anchor")(self, anchor_token, source_box, css_token,
                                       parse_again)


def anchor_name_from_token(anchor_token):
    """WeasyPrint's answer, or for the attr() token just resolved, its anchor."""
    name = original("contents-anchor-name")(anchor_token)
    last = resolved_anchor.get()
    if name is None and last is not None and last[0] is anchor_token:
        return last[1]
    return name


def make_all_pages(context, root_box, html, pages):
    """Each layout pass, after the contents' numbers are brought up to date; in a
    layout after another of the same document, the first pass starts from the pages
    incremental.py keeps, and hands pages on renumbered where they now fall; key-figure
    groups placed as the pages are laid out (placement.py)."""
    refresh_before_pass(context, pages)
    first = not pages  # the first pass of a layout (stream.py: its pages are watched)
    stream.pass_started(context, first)
    pages = incremental.kept_pages(context, root_box, html, pages)
    make = original("contents-refresh")
    placer = placement.placer(context, root_box)
    if placer is not None:
        # The placer hands a page on once no group can move onto it: final, so drawn ahead.
        for index, page in enumerate(placer.pages(make, html, pages)):
            yield page
            stream.page_done(context, index, page, html, first)
    else:
        for index, page in enumerate(make(context, root_box, html, pages)):
            laid_out = incremental.record_page(context, index, page)
            yield page
            incremental.realign(context, index, laid_out)
            stream.page_done(context, index, page, html, first)
    incremental.end_pass(context)
