"""The HTML of a document parsed again only where it changed (the parsed-again patch of
table.py), in a layout whose pages are remembered (incremental.remembering: a rebuild
in a process that keeps pages, a second layout within one build).

WeasyPrint 70 parses the whole HTML with tinyhtml5 for every layout (0.05–0.09 s for
the sample's 110 KB). A save that edits a paragraph changes the HTML inside that
paragraph's `<p>` only. So the last parses are kept, each with its source: two, as the
page memory keeps two documents, and by the memories that keep those pages (the
process's while it keeps pages, or one build's: incremental.Memories). The kept
source's tags give its containers — paragraphs, headings, figure captions, none inside
another or inside a table, list, form or phrasing element — and a new source is read
against them: the characters outside the containers' content must be the same, each
container's content runs to its end tag. Each container whose content differs (one for
a save; two when the edit before is undone elsewhere) has its new content parsed alone
(tinyhtml5's fragment parser, with the container's tag as the context) and put in a
copy of the kept tree in place of the old content.

That is what a full parse gives, for each changed container E, when:

- the source outside the changed containers' content is the same characters, and each
  changed content closes every element it opens, so the parser is in the same state
  where E's content starts (the same open elements) and where it ends;
- E's content (old and new) is balanced: each start tag of a phrasing element (span,
  a, em, sub, sup, br …, no table, list, paragraph, heading or ruby element, whose
  start or end tags the parser may close or open implicitly) closed by its end tag in
  order, void elements unclosed, nothing else but text and comments — and E itself is a
  paragraph, heading or figure caption, none of its ancestors a phrasing, table, list
  or form element (which would give the parser other rules inside E);
- the kept tree has E at the place the source's tags say (each ancestor's tag and
  attributes, and E's own, checked along the path) and the fragment parse of E's *old*
  content gives exactly the kept tree's content of E (so the context is the parser's
  state there).

Anything else — a change in a tag, between containers, in a table cell, markup the
fragment parse arranges otherwise — is parsed in full, as WeasyPrint does.
tests/weasy/test_parsed.py compares the trees with fresh parses (text edits at the
start, middle and end, two paragraphs at once, markup added, bogus comments before
identical paragraphs; an attribute, a table cell, an added paragraph, a block, an
unclosed tag, an abruptly ended comment or an odd attribute in a paragraph, a heading
parsed in full), and tests/weasy/test_incremental.py rebuilds' PDFs with cold builds'.
BRIEFING_INCREMENTAL=0 switches it off with the page memory.
"""

from __future__ import annotations

import copy
import io
import re
import threading
from dataclasses import dataclass

from briefing.weasy.seam import original
from briefing.weasy.state import incremental_key, parse_seen

NAME = "parsed-again"
KEPT = 2  # sources and trees kept (by the memories that keep the pages)

# Elements inside which a changed stretch may be parsed alone (their content follows
# the "in body" rules when none of their ancestors is below).
CONTAINERS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"})
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

# A comment as HTML ends it (also `<!-->`, `<!--->`, `--!>`), a doctype or bogus
# comment (`<!…>`, `<?…>`, `</3…>`: to the first `>`), or a tag with its attributes.
TOKEN = re.compile(r"<!--(?:-?>|.*?--!?>)|<!(?!--)[^>]*+>|<\?[^>]*+>|</[^A-Za-z>][^>]*+>"
                   r"|<(/?)([A-Za-z][^\s/>]*+)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>", re.S)
# What is left of a tag's attributes once its quoted values are taken out: a quote or
# `<` there is one the tag's pattern above may have read otherwise than the parser.
QUOTED = re.compile(r"""=\s*+(?:"[^"]*+"|'[^']*+')""")
ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")

_lock = threading.Lock()


def __getattr__(name: str):
    # `last`: what the last parse in this context did (tests, bench/; weasy/state.py):
    # "fragment" (a changed element's content parsed alone), "full", or None (not
    # remembered: WeasyPrint's own parse).
    if name == "last":
        return parse_seen.get()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Parse:
    source: str
    tree: object  # the root element; never handed out (copies are)
    elements: list | None = None  # the source's elements (_scan), when first needed
    containers: list | None = None  # those whose content may be parsed alone


@dataclass
class _Element:
    """An element as the source's tags give it: tag, where its start tag begins, where
    its content begins and ends, its parent (index), its place among its parent's
    child nodes (elements and comments), its start tag's attributes and its number of
    child nodes."""

    tag: str
    start: int
    content: int
    end: int
    parent: int
    place: int
    attributes: str
    children: int = 0  # its child nodes (elements and comments)


def forget() -> None:
    """Forget the parses kept here (this build's, or the process's)."""
    from briefing.weasy import incremental

    memories = incremental.memories()
    if memories is not None:
        with _lock:
            memories.parses.clear()


def parse(document, namespace_html_elements=True, **kwargs):
    """tinyhtml5.parse; in a remembered layout, a string is parsed again only where
    it differs from a kept source (see above)."""
    from briefing.weasy import incremental

    memories = incremental.memories()
    # (WeasyPrint hands the string over as a StringIO: HTML(string=…))
    if (incremental_key.get() is None or memories is None
            or not isinstance(document, io.StringIO)
            or document.tell() or kwargs or namespace_html_elements
            or not incremental.enabled()):
        parse_seen.set(None)
        return original(NAME)(document, namespace_html_elements, **kwargs)
    source = document.getvalue()
    kept_parses = memories.parses
    tree = _reuse(kept_parses, source)
    if tree is None:
        parse_seen.set("full")
        tree = original(NAME)(document, namespace_html_elements=False)
        kept = Parse(source, copy.deepcopy(tree))
    else:
        parse_seen.set("fragment")
        kept = Parse(source, tree)
        tree = copy.deepcopy(tree)
    with _lock:
        kept_parses[:] = [parse for parse in kept_parses
                          if parse.source != source][-(KEPT - 1):]
        kept_parses.append(kept)
    return tree


def _reuse(kept_parses: list[Parse], source: str):
    """A tree of `source` made from a kept parse (the most recent that serves), or None
    (then parsed in full)."""
    with _lock:
        candidates = kept_parses[::-1]
    for kept in candidates:
        if kept.source == source:
            return copy.deepcopy(kept.tree)
    for kept in candidates:
        tree = _spliced(kept, source)
        if tree is not None:
            return tree
    return None


def _containers(kept: Parse) -> list[int]:
    """The kept source's elements whose content may be parsed alone: a container (see
    CONTAINERS) with no container or NOT_ABOVE element above it (so none holds
    another), found from the source's tags once per kept parse."""
    if kept.containers is None:
        elements = _scan(kept.source) or []
        blocked = [False] * len(elements)
        containers = []
        for index, element in enumerate(elements):
            parent = element.parent
            if parent >= 0:
                blocked[index] = blocked[parent] or elements[parent].tag in NOT_ABOVE \
                    or elements[parent].tag in CONTAINERS
            if element.tag in CONTAINERS and not blocked[index]:
                containers.append(index)
        kept.elements, kept.containers = elements, containers
    return kept.containers


def _spliced(kept: Parse, source: str):
    """`source` as the kept source with other content in some containers, each parsed
    alone into a copy of the kept tree; None when anything else differs."""
    containers = _containers(kept)
    if not containers:
        return None
    old, elements = kept.source, kept.elements
    changed = []  # (the element's index, its new content)
    position, offset = 0, 0  # in the old source; the new source's place minus it
    for index in containers:
        element = elements[index]
        if old[position:element.content] != source[position + offset:element.content + offset]:
            return None  # (outside the containers' content: the same characters)
        start = element.content + offset
        end = _end_tag(source, element.tag, start)
        if end < 0:
            return None
        content = source[start:end]
        if content != old[element.content:element.end]:
            changed.append((index, content))
        position, offset = element.end, end - element.end
    if old[position:] != source[position + offset:] or not changed:
        return None
    tree = copy.deepcopy(kept.tree)
    for index, content in changed:
        element = elements[index]
        old_content = old[element.content:element.end]
        if not (_balanced(old_content) and _balanced(content)):
            return None
        path, ancestor = [], index
        while ancestor >= 0:
            path.append(ancestor)
            ancestor = elements[ancestor].parent
        target = _find(tree, elements, path[::-1])
        if target is None or not _same_content(_fragment(old_content, element.tag), target):
            return None
        fresh = _fragment(content, element.tag)
        target.text = fresh.text
        target[:] = list(fresh)
    return tree


def _end_tag(source: str, tag: str, start: int) -> int:
    """Where the first end tag `</tag` (followed by `>`, `/` or a space) at or after
    `start` begins; -1 when none (content without it, balanced, ends there)."""
    needle = f"</{tag}"
    while True:
        found = source.find(needle, start)
        if found < 0:
            return -1
        after = source[found + len(needle):found + len(needle) + 1]
        if after in (">", "/") or after.isspace():
            return found
        start = found + 1


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
        if name is None:  # a comment (bogus ones too: <?…>, </3>, <!…>), or <!DOCTYPE>
            if match[0][:9].upper() != "<!DOCTYPE":
                children[-1] += 1
            continue
        tag = name.lower()
        if closing:
            if tag in VOID:
                return None
            if not stack or elements[stack[-1]].tag != tag:
                return None
            closed = elements[stack.pop()]
            closed.end, closed.children = match.start(), children.pop()
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
    """Text and properly nested phrasing elements only (no comment: a comment the
    parser ends elsewhere than the pattern would hide tags; no `<` but a tag's, no
    attribute the pattern may read otherwise)."""
    stack = []
    tokens = 0
    for match in TOKEN.finditer(content):
        tokens += 1
        closing, name = match[1], match[2]
        if name is None:
            return False
        tag = name.lower()
        if tag not in PHRASING or name != tag:
            return False
        rest = QUOTED.sub("", match[3])
        if any(mark in rest for mark in "\"'<"):
            return False
        if closing:
            if tag in VOID or not stack or stack.pop() != tag:
                return False
        elif tag not in VOID:
            if match[3].rstrip().endswith("/"):
                return False
            stack.append(tag)
    return (not stack and content.count("<") == tokens and "\r" not in content
            and "\0" not in content)


def _attributes(text: str) -> dict:
    found = {}
    for name, double, single, bare in ATTRIBUTE.findall(text):
        found.setdefault(name.lower(), double or single or bare)
    return found


def _find(tree, elements: list[_Element], path: list[int]):
    """The element of the kept tree at the source's path, each step's tag and
    attributes checked, and each ancestor's number of child nodes (a node the tags do
    not show — a parser's own element or comment — would shift the places): None when
    one differs (or a tag holds an entity)."""
    node = tree
    if elements[path[0]].tag != "html" or elements[path[0]].parent != -1:
        return None
    for step, index in enumerate(path):
        element = elements[index]
        if step:
            if element.place >= len(node):
                return None
            node = node[element.place]
        if node.tag != element.tag or "&" in element.attributes:
            return None
        if dict(node.attrib) != _attributes(element.attributes):
            return None
        if step < len(path) - 1 and len(node) != element.children:
            return None
    return node


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


# ------------------------------------------------------------------ chars_until's patterns

PATTERNS = "patterns-kept"  # the patch's name in table.py
CHARS_UNTIL = "tinyhtml5.inputstream:HTMLUnicodeInputStream.chars_until"
# The line of tinyhtml5 2's HTMLUnicodeInputStream.chars_until that keeps a pattern under
# another key than the one it looks up: Python assigns `characters` first, so the key
# holds the compiled pattern, and every call builds and looks the pattern up again.
MISKEYED = "characters = characters_until_regex[(characters, opposite)] = regex"


def _tinyhtml5s_source() -> str:
    """The source of tinyhtml5's own chars_until (the replaced one while installed)."""
    from briefing.weasy.seam import source_of, value_at

    found = value_at(CHARS_UNTIL)
    return source_of(original(PATTERNS) if found is chars_until else found)


def patterns_read_by_key() -> bool:
    """chars_until still looks its pattern up as the replacement keeps it."""
    return "characters_until_regex[(characters, opposite)]" in _tinyhtml5s_source()


def patterns_miskeyed() -> bool:
    """Whether the installed tinyhtml5 keeps chars_until's patterns under the wrong key
    (the patch is installed only then)."""
    return MISKEYED in _tinyhtml5s_source()


_patterns: dict | None = None  # tinyhtml5.inputstream.characters_until_regex


def chars_until(self, characters, opposite=False):
    """tinyhtml5's chars_until, its pattern for `characters` kept under the key it looks
    up (MISKEYED): 2,014 calls for the sample's HTML each joined a regular expression's
    text character by character and asked re's cache for it (0.037 → 0.016 s of the
    parse, medians of 5). The pattern is the one tinyhtml5 compiles (its `\\xNN`
    escapes included), so the parse is the same."""
    global _patterns
    if _patterns is None:
        from tinyhtml5.inputstream import characters_until_regex

        _patterns = characters_until_regex
    key = (characters, opposite)
    if key not in _patterns:
        listed = "".join([f"\\x{ord(character):02x}" for character in characters])
        _patterns[key] = re.compile(f"[{listed}]+" if opposite else f"[^{listed}]+")
    return original(PATTERNS)(self, characters, opposite)
