"""The HTML of a document parsed again only where it changed (the parsed-again patch of
table.py), in a layout whose pages are remembered (incremental.remembering: a rebuild
in a process that keeps pages, a second layout within one build).

WeasyPrint 70 parses the whole HTML with tinyhtml5 for every layout (0.05–0.09 s for
the sample's 110 KB). A save that edits one paragraph changes the HTML inside that
paragraph's `<p>` only. So the last parses are kept (two per process, as the page
memory keeps two documents), each with its source; a new source is compared with the
kept one that shares most of it — the longest common beginning and end, the changed
stretch between them — and when that stretch lies inside the content of one element
E (not in its tag) whose new content is text and phrasing elements only, E's new
content is parsed alone (tinyhtml5's fragment parser, with E's tag as the context) and
put in a copy of the kept tree in place of E's old content.

That is what a full parse gives, when:

- the source before E's content and after it is the same characters, so the parser
  is in the same state where E's content starts (the same open elements) and, once
  E's content has closed every element it opened, where it ends;
- E's content (old and new) is balanced: each start tag of a phrasing element (span,
  a, em, sub, sup, br …, no table, list, paragraph, heading or ruby element, whose
  start or end tags the parser may close or open implicitly) closed by its end tag in
  order, void elements unclosed, nothing else but text and comments — and E itself is a
  paragraph, heading, figure caption or division, none of its ancestors a phrasing,
  table, list or form element (which would give the parser other rules inside E);
- the kept tree has E at the place the source's tags say (each ancestor's tag and
  attributes, and E's own, checked along the path) and the fragment parse of E's *old*
  content gives exactly the kept tree's content of E (so the context is the parser's
  state there).

Anything else — a change in a tag, across elements, in a table cell, markup the
fragment parse arranges otherwise — is parsed in full, as WeasyPrint does.
tests/weasy/test_parsed.py compares the trees with fresh parses (text edits at the
start, middle and end, an edit adding markup, one changing an attribute, one in a
table cell, one adding a paragraph), and rebuilds' PDFs with cold builds'.
BRIEFING_INCREMENTAL=0 switches it off with the page memory.
"""

from __future__ import annotations

import copy
import io
import re
import threading
from dataclasses import dataclass

from briefing.weasy.seam import original
from briefing.weasy.state import incremental_key

NAME = "parsed-again"
KEPT = 2  # sources and trees kept per process

# Elements inside which a changed stretch may be parsed alone (their content follows
# the "in body" rules when none of their ancestors is below).
CONTAINERS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "div"})
# Phrasing elements whose tags, properly nested, the parser takes as written.
PHRASING = frozenset({"span", "a", "em", "strong", "b", "i", "u", "s", "sub", "sup",
                      "small", "mark", "code", "kbd", "samp", "var", "abbr", "cite",
                      "dfn", "q", "time", "data", "bdi", "bdo", "br", "wbr", "img"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                  "meta", "source", "track", "wbr", "param", "keygen"})
# Ancestors that give the parser other rules inside a container (or close it).
NOT_ABOVE = PHRASING | {"table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr",
                        "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "p", "h1", "h2",
                        "h3", "h4", "h5", "h6", "button", "select", "option", "optgroup",
                        "form", "template", "ruby", "rt", "rp", "svg", "math", "pre",
                        "listing", "textarea", "nobr", "font", "big", "tt", "strike",
                        "object", "applet", "marquee"}
# Raw text: their content is not markup.
RAW = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                 "noframes", "noscript", "plaintext"})

TOKEN = re.compile(r"<!--.*?-->|<!.*?>|<(/?)([A-Za-z][^\s/>]*+)"
                   r"((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>", re.S)
ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")

_lock = threading.Lock()
_kept: list[Parse] = []
# What the last parse did (tests, bench/): "fragment" (a changed element's content
# parsed alone), "full", or None (not remembered: WeasyPrint's own parse).
last: str | None = None


@dataclass
class Parse:
    source: str
    tree: object  # the root element; never handed out (copies are)
    elements: list | None = None  # the source's elements (_scan), when first needed


@dataclass
class _Element:
    """An element as the source's tags give it: tag, where its start tag begins, where
    its content begins and ends, its parent (index) and its place among its parent's
    child nodes (elements and comments)."""

    tag: str
    start: int
    content: int
    end: int
    parent: int
    place: int
    attributes: str


def forget() -> None:
    with _lock:
        _kept.clear()


def parse(document, namespace_html_elements=True, **kwargs):
    """tinyhtml5.parse; in a remembered layout, a string is parsed again only where
    it differs from a kept source (see above)."""
    global last
    from briefing.weasy import incremental

    # (WeasyPrint hands the string over as a StringIO: HTML(string=…))
    if (incremental_key.get() is None or not isinstance(document, io.StringIO)
            or document.tell() or kwargs or namespace_html_elements
            or not incremental.enabled()):
        last = None
        return original(NAME)(document, namespace_html_elements, **kwargs)
    source = document.getvalue()
    tree = _reuse(source)
    if tree is None:
        last = "full"
        tree = original(NAME)(document, namespace_html_elements=False)
        kept = Parse(source, copy.deepcopy(tree))
    else:
        last = "fragment"
        kept = Parse(source, tree)
        tree = copy.deepcopy(tree)
    with _lock:
        _kept[:] = [parse for parse in _kept if parse.source != source][-(KEPT - 1):]
        _kept.append(kept)
    return tree


def _common(old: str, new: str) -> tuple[int, int]:
    """The lengths of the longest common beginning and (not overlapping it) end."""
    def longest(same, limit: int) -> int:
        low, high = 0, limit
        while low < high:
            middle = (low + high + 1) // 2
            if same(middle):
                low = middle
            else:
                high = middle - 1
        return low

    limit = min(len(old), len(new))
    head = longest(lambda n: old[:n] == new[:n], limit)
    tail = longest(lambda n: old[len(old) - n:] == new[len(new) - n:], limit - head)
    return head, tail


def _reuse(source: str):
    """A tree of `source` made from a kept parse, or None (then parsed in full)."""
    with _lock:
        candidates = list(_kept)
    for kept in candidates:
        if kept.source == source:
            return copy.deepcopy(kept.tree)
    best, best_common = None, 0
    for kept in candidates:
        head, tail = _common(kept.source, source)
        if head + tail > best_common:
            best, best_common, common = kept, head + tail, (head, tail)
    if best is None:
        return None
    head, tail = common
    if best.elements is None:
        best.elements = _scan(best.source)
    elements = best.elements
    if elements is None:
        return None
    old_end = len(best.source) - tail
    # The innermost element whose content holds the changed stretch.
    inside = [index for index, element in enumerate(elements)
              if element.content <= head and old_end <= element.end]
    if not inside:
        return None
    index = max(inside, key=lambda i: elements[i].content)
    element = elements[index]
    if element.tag not in CONTAINERS:
        return None
    path, ancestor = [], index
    while ancestor >= 0:
        path.append(ancestor)
        ancestor = elements[ancestor].parent
    path.reverse()
    if any(elements[above].tag in NOT_ABOVE for above in path[:-1]):
        return None
    new_end = len(source) - tail
    old_content = best.source[element.content:element.end]
    new_content = source[element.content:new_end + (element.end - old_end)]
    if not (_balanced(old_content) and _balanced(new_content)):
        return None
    tree = copy.deepcopy(best.tree)
    found = _find(tree, elements, path)
    if found is None:
        return None
    parent, target = found
    if not _same_content(_fragment(old_content, element.tag), target):
        return None
    fresh = _fragment(new_content, element.tag)
    target.text = fresh.text
    target[:] = list(fresh)
    return tree


def _scan(source: str) -> list[_Element] | None:
    """The source's elements from its tags (None when they do not nest: the parser would
    arrange them otherwise, and the tags cannot place a changed stretch)."""
    elements: list[_Element] = []
    stack: list[int] = []
    children = [0]  # child nodes met so far, under each open element (and the top)
    position = 0
    while True:
        match = TOKEN.search(source, position)
        if match is None:
            break
        position = match.end()
        closing, name = match[1], match[2]
        if name is None:  # a comment, or <!DOCTYPE>
            if match[0].startswith("<!--"):
                children[-1] += 1
            continue
        tag = name.lower()
        if closing:
            if tag in VOID:
                return None
            if not stack or elements[stack[-1]].tag != tag:
                return None
            elements[stack.pop()].end = match.start()
            children.pop()
            continue
        parent = stack[-1] if stack else -1
        element = _Element(tag, match.start(), match.end(), -1, parent, children[-1],
                           match[3])
        children[-1] += 1
        elements.append(element)
        if tag in VOID:
            element.end = match.end()
            continue
        if match[3].rstrip().endswith("/"):
            return None  # (a self-closing tag on a non-void element: ignored by HTML)
        if tag in RAW:
            closer = source.lower().find(f"</{tag}", position)
            if closer < 0:
                return None
            element.end = closer
            position = source.index(">", closer) + 1
            continue
        stack.append(len(elements) - 1)
        children.append(0)
    return None if stack else elements


def _balanced(content: str) -> bool:
    """Text, comments and properly nested phrasing elements only."""
    stack = []
    for match in TOKEN.finditer(content):
        closing, name = match[1], match[2]
        if name is None:
            if not match[0].startswith("<!--"):
                return False
            continue
        tag = name.lower()
        if tag not in PHRASING or name != tag:
            return False
        if closing:
            if tag in VOID or not stack or stack.pop() != tag:
                return False
        elif tag not in VOID:
            if match[3].rstrip().endswith("/"):
                return False
            stack.append(tag)
    return not stack and "\r" not in content and "\0" not in content


def _attributes(text: str) -> dict:
    found = {}
    for name, double, single, bare in ATTRIBUTE.findall(text):
        found.setdefault(name.lower(), double or single or bare)
    return found


def _find(tree, elements: list[_Element], path: list[int]):
    """(parent, element) of the kept tree at the source's path, each step's tag and
    attributes checked (any entity or unusual attribute in a tag: None)."""
    parent, node = None, tree
    if elements[path[0]].tag != "html" or elements[path[0]].parent != -1:
        return None
    for step, index in enumerate(path):
        element = elements[index]
        if step:
            children = list(node)
            if element.place >= len(children):
                return None
            parent, node = node, children[element.place]
        if node.tag != element.tag or "&" in element.attributes:
            return None
        if dict(node.attrib) != _attributes(element.attributes):
            return None
    return parent, node


def _fragment(content: str, container: str):
    from tinyhtml5.parser import HTMLParser

    # (a file object: tinyhtml5 reads a short string that names a file as that file)
    return HTMLParser(namespace_html_elements=False).parse_fragment(
        io.StringIO(content), container=container)


def _same_content(fragment, element) -> bool:
    """The fragment's nodes are the element's content: text, children, their tails."""
    return fragment.text == element.text and len(fragment) == len(element) and all(
        _same(a, b) for a, b in zip(fragment, element, strict=True))


def _same(a, b) -> bool:
    return (a.tag == b.tag and a.attrib == b.attrib and a.text == b.text
            and a.tail == b.tail and len(a) == len(b)
            and all(_same(x, y) for x, y in zip(a, b, strict=True)))
