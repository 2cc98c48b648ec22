"""Pages streamed out of the layout: the page holding an edit, drawn alone as soon as it
is laid out, before the rest of the document is (the workspace's provisional preview,
briefing/serve/builder.py).

WeasyPrint 70 lays a document out as one piece: `layout_document` runs its passes over
every page, and only then fills in the page-based strings and adds each page's margin
boxes (running heads, page numbers). `watching(focus, on_page, on_withdraw)` asks the
renders inside it to report the page whose text holds `focus` (a few characters
around the editor's caret, white space ignored) while the first pass of each layout
hands pages on (targets.make_all_pages calls `pass_started` and `page_done`):

- the page is drawn alone into a one-page PDF — a shallow copy of its box with the
  margin boxes and backgrounds WeasyPrint would give it now (the page counters of
  the page maker, which a rebuild carries over from the previous layout, and the
  named strings of the pages handed on before it) — and `on_page(number, pdf)` gets
  it;
- a layout started after it in the same build (the placement pass's, a document laid
  out again without its contents) discards the one the page came from: `on_withdraw()`
  is called first, and the new layout reports the page again when it reaches it.

What is only known at the end — the page count of a first build, the contents'
numbers filled in by a later pass, a named string set on a later pass — may make the
provisional page differ from the printed one: the caller replaces it by the page of
the written PDF. Drawing it changes nothing the document's own drawing reads: the
margin boxes go on a copy of the page box, the named strings into a copy of the
context's, and laying out the backgrounds again gives the same values (it is
recomputed from the styles); tests/weasy/test_stream.py compares the PDF with one
built without watching.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

LOGGER = logging.getLogger("briefing")
WHITESPACE = re.compile(r"\s+")


@dataclass
class Watch:
    focus: str  # white space removed
    on_page: Callable[[int, bytes], None]  # (1-based page number, one-page PDF)
    on_withdraw: Callable[[], None]
    layouts: int = 0  # layouts started in this build
    found: bool = False  # the focus page reported in the current layout
    shown: bool = False  # a page reported and not withdrawn
    pages: list = field(default_factory=list)  # the current first pass's pages so far


_watch: ContextVar[Watch | None] = ContextVar("briefing.weasy.stream", default=None)


@contextmanager
def watching(focus: str, on_page: Callable[[int, bytes], None],
             on_withdraw: Callable[[], None]) -> Iterator[Watch | None]:
    """Renders inside report the page holding `focus` as it is laid out (see above)."""
    needle = WHITESPACE.sub("", focus or "")
    if len(needle) < 2:
        yield None
        return
    watch = Watch(needle, on_page, on_withdraw)
    token = _watch.set(watch)
    try:
        yield watch
    finally:
        _watch.reset(token)


def pass_started(context, first: bool) -> None:
    """make_all_pages begins a pass; `first`: the first pass of a new layout."""
    watch = _watch.get()
    if watch is None or not first:
        return
    watch.layouts += 1
    watch.found = False
    watch.pages = []
    if watch.shown:  # the layout it came from is discarded
        watch.shown = False
        watch.on_withdraw()


def page_done(context, index: int, page, html, first: bool) -> None:
    """make_all_pages handed page `index` on (laid out now or kept from before)."""
    watch = _watch.get()
    if watch is None or not first or watch.found:
        return
    pages = watch.pages
    del pages[index:]
    pages.append(page)
    if watch.focus not in page_text(page):
        return
    watch.found = True
    try:
        pdf = draw_alone(context, pages, index, html)
    except Exception:  # noqa: BLE001 - the provisional picture is a bonus; the build goes on
        LOGGER.debug("briefing: the page could not be drawn alone", exc_info=True)
        return
    watch.shown = True
    watch.on_page(index + 1, pdf)


def page_text(page) -> str:
    """The text laid out on a page (before its margin boxes), white space removed."""
    from weasyprint.formatting_structure.boxes import TextBox

    return WHITESPACE.sub("", "".join(
        box.text for box in page.descendants() if isinstance(box, TextBox)))


def draw_alone(context, pages: list, index: int, html) -> bytes:
    """Page `index` (`pages[index]`, before its margin boxes) as a one-page PDF, with
    the margin boxes and backgrounds WeasyPrint would give it now."""
    from weasyprint.document import Document, DocumentMetadata, Page
    from weasyprint.layout.background import layout_backgrounds
    from weasyprint.layout.page import make_margin_boxes

    page = pages[index]
    copy = page.copy()
    root, footnote_area, note_area = page.children
    # The named strings of the pages so far, as layout_document collects them at the end.
    strings = defaultdict(lambda: defaultdict(list))
    for number, each in enumerate(pages, 1):
        for child in each.descendants():
            string_sets = child.string_set
            if string_sets and string_sets != "none":
                for name, text in string_sets:
                    strings[name][number].append(text)
    saved = context.current_page, context.string_set
    context.current_page, context.string_set = index + 1, strings
    try:
        children = [root]
        if footnote_area.children:
            children.append(footnote_area)
        if note_area.children:
            children.append(note_area)
        state = context.page_maker[index + 1][3]
        children.extend(make_margin_boxes(context, copy, state))
        copy.children = tuple(children)
        layout_backgrounds(copy, context.get_image_from_uri)
    finally:
        context.current_page, context.string_set = saved
    document = Document([Page(copy)], DocumentMetadata(), html.url_fetcher,
                        context.font_config, {}, None)
    return document.write_pdf(uncompressed_pdf=True)
