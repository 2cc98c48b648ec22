"""Page numbers of `target-counter()` (the table of contents) in one extra layout pass.

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
instead of three times; tests/test_typeset_pdf.py checks the count and the numbers.
"""

from __future__ import annotations

import copy
import inspect

_original_make_all_pages = None


def check_internals() -> list[str]:
    from weasyprint import layout
    from weasyprint.css.targets import CounterLookupItem, TargetCollector
    from weasyprint.layout import page

    problems = []
    if list(inspect.signature(page.make_all_pages).parameters) != [
            "context", "root_box", "html", "pages"]:
        problems.append("layout.page.make_all_pages(context, root_box, html, pages) changed")
    if getattr(layout, "make_all_pages", None) not in (page.make_all_pages, _make_all_pages):
        problems.append("layout no longer imports page.make_all_pages")
    if list(inspect.signature(CounterLookupItem).parameters) != [
            "parse_again", "missing_counters", "missing_target_counters"]:
        problems.append("css.targets.CounterLookupItem changed")
    if not hasattr(TargetCollector(), "counter_lookup_items"):
        problems.append("TargetCollector.counter_lookup_items missing")
    return problems


def refresh_before_pass(context, pages) -> int:
    """Re-parse page-based content on the pages the coming pass lays out again, with
    the counter values each will end with; how many were re-parsed."""
    if not pages:  # the first pass: nothing laid out yet, nothing known
        return 0
    page_maker = context.page_maker
    refreshed = 0
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
        refreshed += 1
    return refreshed


def _make_all_pages(context, root_box, html, pages):
    refresh_before_pass(context, pages)
    return _original_make_all_pages(context, root_box, html, pages)


def install() -> None:
    """Wrap WeasyPrint's per-pass page loop (idempotent; weasy.install checks the
    internals first and refuses an incompatible WeasyPrint)."""
    global _original_make_all_pages
    from weasyprint import layout

    if _original_make_all_pages is None:
        _original_make_all_pages = layout.make_all_pages
        layout.make_all_pages = _make_all_pages
