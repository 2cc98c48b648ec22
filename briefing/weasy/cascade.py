"""The cascade's work for elements that did not change, kept from one layout of a
document to the next (the matched-once patches of table.py).

WeasyPrint 70's cascade (`StyleFor.__init__`, weasyprint/css/__init__.py) asks each
stylesheet's cssselect2 `Matcher` which selectors match each element of the document,
adds each matched rule's declarations to the element's cascaded style by weight, and
makes its computed style. For a document in which one paragraph's text changed, the
first two give the same result for every element.

What a selector can test of an element is fixed by cssselect2's compiler: the
element's tag, attributes (id, class, lang…) and whether it is empty (`:empty`: no
child element and no text of its own), its ancestors' the same, its place among its
siblings and theirs (`+`, `~`, `:nth-child`, `:last-of-type`…), and for `:lang()` at
the root the document's content-language `<meta>`s. Each element gets a key holding
exactly that — its parent's key, the descriptions of all its parent's child elements
(tag, attributes, own text or not, child elements or not) and its index among them —
as a digest, so that the keys cost one pass over the tree (6 ms for the sample's 585
elements). Kept for the next cascade, each under the stylesheets (their Matchers,
origins, specificities and layers) and the element's key:

- what the stylesheets' rules declare for the element: for each pseudo-element, in the
  order first met, the winning declaration of each property with its weight, and the
  keys of the matched rules that WeasyPrint's computed-style cache reads. The cascade
  (`_cascade_reusing`: WeasyPrint's loop, line for line, but for this) adds them to
  the declarations of the element's style attribute by the same weights, in the same
  order — the same cascaded styles — and makes the computed styles as WeasyPrint does;
- each Matcher's match for the element (`match`), for an element whose declarations
  must be made again.

The Matchers are the same objects from layout to layout (the stylesheets' parses are
kept, sheets.py; the user agent's are made once), so the declarations they hold are.
A relational selector (`:has()`, which looks at descendants and following siblings:
the user agent's stylesheet has one, for `<select>`) is not in the key: an element it
could match (one indexed under its id, a class, its name…) has its declarations made
afresh, and the selector is tested afresh and merged into the kept match in the
Matcher's order. Text edits inside a paragraph — the common save — keep every key; an
added or removed element changes the keys of its siblings and their descendants.

Only the last cascade's work is kept (per process), so the memory is one document's — and
only in a process that keeps pages (`incremental.keep_pages`: watch, serve, the batch
worker); one that builds once keeps none.
BRIEFING_INCREMENTAL=0 switches it off with the page memory. The cascaded styles,
hence the PDF, are the same: tests/weasy/test_cascade.py compares rebuilds with edits
at the start, middle and end and an added paragraph, and documents whose :has(),
sibling and :empty selectors change their match, with cold builds.
"""

from __future__ import annotations

import hashlib
import threading
from contextvars import ContextVar
from dataclasses import dataclass

from briefing.weasy.seam import original
from briefing.weasy.state import cascade_seen

NAME = "matched-once"  # the patch of Matcher.match
KEYS = "matched-once-keys"  # the patch of StyleFor.__init__
META = "{http://www.w3.org/1999/xhtml}meta"

_lock = threading.Lock()
# (Matcher, element key) -> the match, from the last cascade.
_kept: dict[tuple, list] = {}
# (the stylesheets, element key) -> what their rules declare for it (_declare).
_declared: dict[tuple, tuple] = {}
# Matcher -> its relational selectors.
_relational_of: dict[object, _Relational] = {}
# The running cascade's element keys (etree element -> key) and the matches it uses.
_cascade: ContextVar[tuple[dict, dict] | None] = ContextVar("briefing.weasy.cascade",
                                                            default=None)
# What the last cascade in this context did (`counts`: tests, bench/; weasy/state.py):
# matches reused and made, elements whose declarations were made afresh and elements
# whose declarations were kept.
COUNTED = ("reused", "matched", "declared", "kept")


def __getattr__(name: str):
    if name == "counts":
        return cascade_seen.get() or dict.fromkeys(COUNTED, 0)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def forget() -> None:
    with _lock:
        _kept.clear()
        _declared.clear()
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
        return [(specificity, order, pseudo, payload)
                for selectors in self._lists(element)
                for test, specificity, order, pseudo, payload in selectors
                if test(element)]

    def applies(self, element) -> bool:
        """Whether a relational selector could match `element` (one is indexed under
        its id, a class, its name…, or under none)."""
        if not self.orders:
            return False
        if self.other or (element.id is not None and element.id in self.ids):
            return True
        if self.classes and any(name in self.classes for name in element.classes):
            return True
        if self.local_names:
            from cssselect2.compiler import ascii_lower

            if ascii_lower(element.local_name) in self.local_names:
                return True
        return (element.namespace_url in self.namespaces
                or bool(self.lang and "lang" in element.etree_element.attrib))

    def _lists(self, element) -> list:
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
        return lists


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
    """WeasyPrint's cascade; for an element whose key is the same as in the last
    cascade, the declarations its stylesheets' rules gave it then (see above)."""
    from briefing.weasy import incremental

    cascade_seen.set(dict.fromkeys(COUNTED, 0))
    if not incremental.enabled():
        original(KEYS)(self, html, sheets, presentational_hints, font_config,
                       target_collector)
        return
    _cascade_reusing(self, html, sheets, presentational_hints, font_config,
                     target_collector)


def _cascade_reusing(self, html, sheets, presentational_hints, font_config,
                     target_collector):
    """StyleFor.__init__ of WeasyPrint 70 (weasyprint/css/__init__.py), line for line,
    but that each element's declarations from the stylesheets — for each pseudo-element,
    in the order first met, and the keys of its matched rules that the computed-style
    cache reads — are kept under (the stylesheets, the element's key) and given again."""
    from math import inf

    from weasyprint.css import (
        PROGRESS_LOGGER,
        declaration_precedence,
        find_style_attributes,
        preprocess_declarations,
    )

    from briefing.weasy import incremental

    self._cascaded_styles = cascaded_styles = {}
    self._computed_styles = computed_styles = {}
    self.initial_page_sizes = {"box": None, "area": None}
    self._sheets = sheets
    self.font_config = font_config

    PROGRESS_LOGGER.info("Step 3 - Applying CSS")
    layer_order = inf
    elements_declarations = {}
    for specificity, element, declarations, base_url in find_style_attributes(
            html.etree_element, presentational_hints, html.base_url):
        style = cascaded_styles.setdefault((element, None), {})
        elements_declarations[element] = tuple(declarations)
        for name, values, importance in preprocess_declarations(base_url, declarations):
            precedence = declaration_precedence("author", importance)
            weight = (precedence, layer_order, specificity)
            old_weight = style.get(name, (None, None))[1]
            if old_weight is None or old_weight <= weight:
                style[name] = values, weight

    # A process that builds once (`briefing build`) keeps nothing for a cascade that will
    # not come: a long document's declarations are a tenth of its peak memory (105 pages
    # of distinct text: 317 → 286 MB); a second layout of the same build (the contents',
    # the blank-page mark's) declares afresh.
    keeping = incremental.keeping()
    keys = element_keys(html.etree_element)
    # What the stylesheets' rules depend on besides the element: their Matchers (kept
    # objects: the declarations are theirs), origins, specificities and layers.
    context = tuple((sheet.matcher, origin, sheet_specificity, tuple(sheet.layers))
                    for sheet, origin, sheet_specificity in sheets)
    used: dict = {}
    # (the sheets with relational selectors: the others' matches are all in the key)
    relationals = [relational for sheet, _, _ in sheets
                   if (relational := _relational(sheet.matcher)).orders]
    counts = cascade_seen.get()
    token = _cascade.set((keys, used))
    try:
        computed_cache = {}
        for element in html.wrapper_element.iter_subtree():
            etree_element = element.etree_element
            parent = element.parent.etree_element if element.parent else None
            parent_id = id(computed_styles[parent, None]) if element.parent else None
            element_declarations = elements_declarations.get(etree_element)
            key = (context, keys[etree_element])
            if any(relational.applies(element) for relational in relationals):
                key = None  # what a :has() looks at is not in the key: declared afresh
            declared = None if key is None else _declared.get(key)
            if declared is None:
                declared = _declare(sheets, element)
                counts["declared"] += 1
            else:
                counts["kept"] += 1
            if key is not None and keeping:
                used[key] = declared
            pseudo_styles, selectors_keys = declared
            for pseudo_type, declared_style in pseudo_styles:
                style = cascaded_styles.setdefault((etree_element, pseudo_type), {})
                if not style:
                    style.update(declared_style)
                    continue
                for name, (values, weight) in declared_style.items():  # after attributes
                    old_weight = style.get(name, (None, None))[1]
                    if old_weight is None or old_weight <= weight:
                        style[name] = values, weight
            selectors_keys = tuple((sheets[index][0], specificity, declarations, order)
                                   for index, specificity, declarations, order
                                   in selectors_keys)

            # Store computed styles.
            key = (parent_id, element_declarations, selectors_keys)
            if key in computed_cache:
                computed_styles[etree_element, None] = computed_cache[key]
            else:
                self.set_computed_styles(
                    etree_element, root=html.etree_element, parent=parent,
                    base_url=html.base_url, target_collector=target_collector)
                computed_cache[key] = computed_styles[etree_element, None]
    finally:
        _cascade.reset(token)
    with _lock:  # the memory is this cascade's
        _declared.clear()
        _declared.update({key: value for key, value in used.items()
                          if isinstance(key[0], tuple)})
        _kept.clear()
        _kept.update({key: value for key, value in used.items()
                      if not isinstance(key[0], tuple)})

    for element, pseudo_type in cascaded_styles:
        if pseudo_type:
            self.set_computed_styles(
                element, pseudo_type=pseudo_type, root=html.etree_element, parent=element,
                base_url=html.base_url, target_collector=target_collector)

    self._cascaded_styles.clear()


def _declare(sheets, element) -> tuple[tuple, tuple]:
    """What the stylesheets' rules declare for `element` (WeasyPrint's loop, on empty
    styles): each pseudo-element's declarations with their weights, in the order first
    met, and for each matched rule (its sheet's index, specificity, declarations' id,
    layer order), as the computed-style cache keys them."""
    from math import inf

    from weasyprint.css import declaration_precedence

    styles: dict = {}
    selectors_keys = []
    for index, (sheet, origin, sheet_specificity) in enumerate(sheets):
        for selector in sheet.matcher.match(element):
            specificity, order, pseudo_type, (declarations, layer) = selector
            layer_order = inf if layer is None else sheet.layers.index(layer)
            selectors_keys.append((index, specificity, id(declarations), layer_order))
            specificity = sheet_specificity or specificity
            style = styles.setdefault(pseudo_type, {})
            for name, values, importance in declarations:
                precedence = declaration_precedence(origin, importance)
                weight = (precedence, layer_order, specificity)
                old_weight = style.get(name, (None, None))[1]
                if old_weight is None or old_weight <= weight:
                    style[name] = values, weight
    return tuple(styles.items()), tuple(selectors_keys)


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
    counts = cascade_seen.get()
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
