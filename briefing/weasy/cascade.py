"""Selector matching reused across layouts of a document whose elements did not change
(the matched-once patches of table.py).

WeasyPrint 70's cascade (`StyleFor.__init__`, weasyprint/css/__init__.py) asks each
stylesheet's cssselect2 `Matcher` which of its selectors match each element of the
document — about a third of the cascade's time, and the cascade is a fifth of a warm
rebuild's time before layout, for a document in which one paragraph's text changed.

What a selector can test of an element is fixed by cssselect2's compiler: the
element's tag, attributes (id, class, lang…) and whether it is empty (`:empty`: no
child element and no text of its own), its ancestors' the same, its place among its
siblings and theirs (`+`, `~`, `:nth-child`, `:last-of-type`…), and for `:lang()` at
the root the document's content-language `<meta>`s. Each element gets a key holding
exactly that — its parent's key, the descriptions of all its parent's child elements
(tag, attributes, own text or not, child elements or not) and its index among them —
as a digest, so that the key costs one pass over the tree. A match of a Matcher for an
element is kept under (Matcher, key) and handed back when the next layout's cascade
asks the same Matcher for an element with the same key: the same list of selectors,
declarations and layers it would compute, since it depends on nothing else. The
stylesheets' Matchers are the same objects from layout to layout because their parses
are kept (sheets.py) and the user agent's are made once.

A relational selector (`:has()`, which looks at descendants and following siblings:
the user agent's stylesheet has one, for `<select>`) is not kept: it is tested afresh
on each element, and what it matches merged into the kept match in the Matcher's
order. Text edits inside a paragraph —
the common save — keep every key; an added or removed element changes the keys of its
siblings and their descendants only (and of its ancestors' later siblings' subtrees
none: a key looks up, and across its own siblings).

Only the last cascade's matches are kept (per process, those it used or made), so the
memory is one document's. BRIEFING_INCREMENTAL=0 switches it off with the page
memory. The cascade's output, hence the PDF, is the same: tests/weasy/test_cascade.py
compares rebuilds with edits at the start, middle and end, an added paragraph and a
changed class with cold builds, and counts the matches reused.
"""

from __future__ import annotations

import hashlib
import threading
from contextvars import ContextVar
from dataclasses import dataclass

from briefing.weasy.seam import original

NAME = "matched-once"  # the patch of Matcher.match
KEYS = "matched-once-keys"  # the patch of StyleFor.__init__
META = "{http://www.w3.org/1999/xhtml}meta"

_lock = threading.Lock()
# (Matcher, element key) -> the match, from the last cascade.
_kept: dict[tuple, list] = {}
# Matcher -> its relational selectors.
_relational_of: dict[object, _Relational] = {}
# The running cascade's element keys (etree element -> key) and the matches it uses.
_cascade: ContextVar[tuple[dict, dict] | None] = ContextVar("briefing.weasy.cascade",
                                                            default=None)
# What the last cascade did (tests, bench/): matches reused and matches made.
counts = {"reused": 0, "matched": 0}


def forget() -> None:
    with _lock:
        _kept.clear()
        _relational_of.clear()


def element_keys(root) -> dict:
    """Each element of the tree (etree) under `root`, with the key described above."""
    from cssselect2.compiler import ascii_lower

    languages = tuple(meta.get("content") for meta in root.iter(META)
                      if ascii_lower(meta.get("http-equiv", "")) == "content-language")
    keys = {root: _digest(repr((_describe(root), languages)).encode())}
    stack = [root]
    while stack:
        parent = stack.pop()
        children = [child for child in parent if isinstance(child.tag, str)]
        if not children:
            continue
        family = _digest(keys[parent] + repr([_describe(child) for child in children])
                         .encode("utf-8", "surrogatepass"))
        for index, child in enumerate(children):
            keys[child] = family + index.to_bytes(4, "big")
            stack.append(child)
    return keys


def _describe(element) -> tuple:
    return (element.tag, sorted(element.attrib.items()), bool(element.text),
            any(isinstance(child.tag, str) for child in element))


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


@dataclass(frozen=True)
class _Relational:
    """A Matcher's relational selectors (`:has()`: cssselect2 compiles them to look at
    descendants or following siblings), indexed as the Matcher indexes them: tested
    afresh on every element, not kept."""

    orders: frozenset  # their `order` in the Matcher (unique per selector)
    ids: dict
    classes: dict
    local_names: dict
    namespaces: dict
    lang: list
    other: list

    def match(self, element) -> list:
        from cssselect2.compiler import ascii_lower

        lists = []
        if element.id is not None and element.id in self.ids:
            lists.append(self.ids[element.id])
        lists.extend(self.classes[name] for name in element.classes
                     if name in self.classes)
        lower = ascii_lower(element.local_name)
        if lower in self.local_names:
            lists.append(self.local_names[lower])
        if element.namespace_url in self.namespaces:
            lists.append(self.namespaces[element.namespace_url])
        if "lang" in element.etree_element.attrib:
            lists.append(self.lang)
        lists.append(self.other)
        return [(specificity, order, pseudo, payload) for selectors in lists
                for test, specificity, order, pseudo, payload in selectors
                if test(element)]


RELATIONAL = {"iter_subtree", "iter_children", "iter_next_siblings"}


def _relational(matcher) -> _Relational:
    known = _relational_of.get(matcher)
    if known is None:
        def only(selectors):
            return [entry for entry in selectors if RELATIONAL & set(_names(entry[0].__code__))]

        def index(selectors_by):
            return {name: kept for name, selectors in selectors_by.items()
                    if (kept := only(selectors))}

        ids, classes = index(matcher.id_selectors), index(matcher.class_selectors)
        local_names = index(matcher.lower_local_name_selectors)
        namespaces = index(matcher.namespace_selectors)
        lang, other = only(matcher.lang_attr_selectors), only(matcher.other_selectors)
        orders = frozenset(entry[2] for selectors in (
            *ids.values(), *classes.values(), *local_names.values(), *namespaces.values(),
            lang, other) for entry in selectors)
        known = _Relational(orders, ids, classes, local_names, namespaces, lang, other)
        with _lock:
            _relational_of[matcher] = known
    return known


def _names(code):
    yield from code.co_names
    for constant in code.co_consts:
        if hasattr(constant, "co_names"):
            yield from _names(constant)


# ------------------------------------------------------------------ the patches


def style_for_init(self, html, sheets, presentational_hints, font_config,
                   target_collector):
    """WeasyPrint's cascade, its matches reused where the elements' keys are kept."""
    from briefing.weasy import incremental

    counts["reused"] = counts["matched"] = 0
    if not incremental.enabled():
        original(KEYS)(self, html, sheets, presentational_hints, font_config,
                       target_collector)
        return
    used: dict = {}
    token = _cascade.set((element_keys(html.etree_element), used))
    try:
        original(KEYS)(self, html, sheets, presentational_hints, font_config,
                       target_collector)
    finally:
        _cascade.reset(token)
    with _lock:  # the memory is this cascade's matches
        _kept.clear()
        _kept.update(used)


def match(self, element):
    """cssselect2's Matcher.match; during a cascade, for an element with the same key
    as in the last one, the same match — its relational selectors tested afresh."""
    cascade = _cascade.get()
    key = None if cascade is None else cascade[0].get(element.etree_element)
    if key is None:
        return original(NAME)(self, element)
    relational = _relational(self)
    key = (self, key)
    kept = _kept.get(key)
    if kept is None:
        found = original(NAME)(self, element)
        counts["matched"] += 1
        kept = ([entry for entry in found if entry[1] not in relational.orders]
                if relational.orders else found)
    else:
        counts["reused"] += 1
        found = kept
        if relational.orders and (fresh := relational.match(element)):
            found = sorted(kept + fresh)  # as the Matcher sorts: (specificity, order)
    cascade[1][key] = kept
    return found
