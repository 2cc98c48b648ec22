"""What the patches remember while one build runs: context-local (contextvars), never
a module global, so builds in different threads, or in different contexts of one
thread (`contextvars.copy_context().run`), never see each other's state.

Each variable is set for the span of one call and reset after it (or, for the anchor,
read only with the very token it was set for), so nothing of a build outlives it in a
way another build could read. Process-wide are only what is the same for every build:
the installed patches (seam.py), caches of pure functions (layout_patches._plan),
the FontConfigurations kept per set of fonts (loader.py), the balances of titles and
headings, keyed per FontConfiguration by everything their trial layouts read
(balances.py), and the stylesheets' parses, keyed by everything a parse reads
(sheets.py); and, in a process that keeps pages
(incremental.keep_pages), the renders' memories, owned by that scope
(incremental.Memories), not by a module.

The diagnostics at the end (what the last parse, cascade, layout and drawing did, for
tests and bench/ to read after a build: parsed.last, cascade.counts, incremental.last_*,
pagedraw.last) are the
one kind left set after the call that sets them: set in the context the build runs in,
they say what the last build *in this context* did. No build reads them; a build in
another thread (another context) neither sees nor changes them.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import NamedTuple

# layout_patches: the text box split_text_box is breaking — (its text, skip, reserve
# the Han/Latin gap before it, reserve the gap after it) — for set_text to read.
laying_out: ContextVar[tuple[str, int, bool, bool] | None] = ContextVar(
    "briefing.weasy.laying_out", default=None)
# layout_patches: a line laid out again with its punctuation compressed (CLREQ: compress,
# then push in) because, set as it was broken, it could not be justified tight.
squeezing: ContextVar[bool] = ContextVar("briefing.weasy.squeezing", default=False)
# layout_patches: the lines of a title or heading (--briefing-wrap: balance) laid out
# with breaks only between phrases ("phrase") or words ("word"), while they are balanced.
balancing: ContextVar[str | None] = ContextVar("briefing.weasy.balancing", default=None)
# targets: the attr() anchor token lookup_target resolved last, and the anchor name it
# resolved to, for anchor_name_from_token to answer with.
resolved_anchor: ContextVar[tuple[object, str | None] | None] = ContextVar(
    "briefing.weasy.resolved_anchor", default=None)
# ids: the seed of the PDF/X document id while stable_ids() is active.
id_seed: ContextVar[bytes | None] = ContextVar("briefing.weasy.id_seed", default=None)
# incremental: the key of the document being rendered, when its pages are remembered
# for the next render of it in this process (incremental.remembering).
incremental_key: ContextVar[str | None] = ContextVar("briefing.weasy.incremental_key",
                                                     default=None)
# incremental: the memory of one build's renders (incremental.one_build: an
# incremental.Memories), when the process keeps no pages across builds; None outside a
# build, or when it does.
build_memory: ContextVar[object | None] = ContextVar("briefing.weasy.build_memory",
                                                     default=None)
# textlayer: gaps of adjusted runs drawn as spacer glyphs (for pdf.js, which reads no
# /ActualText) — in the screen PDF only. The print and archival variants (PDF/A, PDF/UA,
# PDF/X) keep /ActualText alone: a Type 3 font and glyphs that stand for no text are what
# print preflights and PDF/UA checkers flag, and their readers honour /ActualText.
spacers: ContextVar[bool] = ContextVar("briefing.weasy.spacers", default=True)


# ------------------------------------------------------------------ diagnostics
# (left set: see above)


class Layout(NamedTuple):
    """What the last remembered layout did (incremental.py): the first page laid out
    again, how many pages were flagged to be laid out again (None: no earlier render to
    start from), how many pages it handed on as the previous render had laid them out,
    and by how many it renumbered those it handed on renumbered."""

    first_page: int | None = None
    flagged: int | None = None
    kept: int = 0
    shift: int = 0


# parsed: "fragment" (a changed element's content parsed alone), "full", or None (not
# remembered: WeasyPrint's own parse).
parse_seen: ContextVar[str | None] = ContextVar("briefing.weasy.parse_seen", default=None)
# pagedraw: the document.fonts of the document last drawn (telling its pages from the
# next document's), and what each of its pages did with its root's drawing, in order.
pages_seen: ContextVar[tuple[object, tuple[str, ...]]] = ContextVar(
    "briefing.weasy.pages_seen", default=(None, ()))
NO_LAYOUT = Layout()  # (immutable: a NamedTuple)
# cascade: what the last cascade did — matches reused and made, elements whose
# declarations were made afresh and elements whose declarations were kept.
cascade_seen: ContextVar[dict[str, int] | None] = ContextVar("briefing.weasy.cascade_seen",
                                                             default=None)
layout_seen: ContextVar[Layout] = ContextVar("briefing.weasy.layout_seen",
                                             default=NO_LAYOUT)


def layout_saw(**changes) -> None:
    """Note what the layout running in this context did (fields of Layout)."""
    layout_seen.set(layout_seen.get()._replace(**changes))
