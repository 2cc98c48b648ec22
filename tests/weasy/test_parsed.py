"""The HTML parsed again only inside the element an edit changed (briefing/weasy/
parsed.py) gives the tree a full parse gives: edits at the start, middle and end of
the sample's HTML, markup added inside a paragraph, and edits the fragment parse must
not take (an attribute, a table cell, an added paragraph, a block inside a paragraph,
an edit in a paragraph's neighbour after one in the paragraph, a comment the parser ends
at once, an odd attribute, bogus comments before identical paragraphs) — each compared
with a fresh parse of the same source."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing import weasy
from briefing.build import build
from briefing.weasy import incremental, parsed
from briefing.weasy.state import incremental_key
from tests.conftest import SAMPLE


class _Captured(Exception):
    pass


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> str:
    found = {}

    def exporter(html, target, **kwargs):
        found["html"] = html
        raise _Captured

    with pytest.raises(_Captured):
        build(SAMPLE, tmp_path_factory.mktemp("parsed") / "x.pdf", force=True,
              exporter=exporter)
    return found["html"]


@pytest.fixture
def remembered():
    # A layout remembered within one build: the parses are kept by the build's memories.
    weasy.load()
    with incremental.one_build(across_builds=False):
        token = incremental_key.set("test")
        try:
            yield
        finally:
            incremental_key.reset(token)


def parse(source: str, **kwargs):
    """The patch, given the source as WeasyPrint gives it (HTML(string=…))."""
    return parsed.parse(io.StringIO(source), **kwargs)


def fresh(source: str):
    """WeasyPrint's own parse (tinyhtml5's, not the patch's)."""
    return parsed.original(parsed.NAME)(io.StringIO(source), namespace_html_elements=False)


def same_tree(a, b) -> bool:
    return parsed._same(a, b) and ET.tostring(a) == ET.tostring(b)


def inside(source: str, marker: str, insert: str, offset: int = 12) -> str:
    at = source.index(marker) + len(marker) + offset
    return source[:at] + insert + source[at:]


def paragraph_ids(source: str) -> list[str]:
    import re

    return re.findall(r'<p id="(p\d+)">', source)


def test_edits_inside_a_paragraph_are_parsed_alone_and_give_the_full_parse(sample_html,
                                                                           remembered):
    ids = paragraph_ids(sample_html)
    first = parse(sample_html, namespace_html_elements=False)
    assert parsed.last == "full"
    assert same_tree(first, fresh(sample_html))
    source = sample_html
    for name, marker, insert in (
            ("start", f'<p id="{ids[0]}">', "又"),
            ("middle", f'<p id="{ids[len(ids) // 2]}">', "又一次"),
            ("end", f'<p id="{ids[-1]}">', "又"),
            ("markup", f'<p id="{ids[3]}">', "<em>着重</em>，<sub>2</sub>&amp;<br>"),
            ("entity", f'<p id="{ids[3]}">', "&lt;&#x4e00;&nbsp;")):
        source = inside(source, marker, insert)
        tree = parse(source, namespace_html_elements=False)
        assert parsed.last == "fragment", name
        assert same_tree(tree, fresh(source)), name
    # Two paragraphs at once (the edit before undone, another made: `bench/speed.py`'s
    # edits, each on the original text).
    marker = f'<p id="{ids[1]}">'
    source = inside(source.replace("又一次", "", 1), marker, "再")
    tree = parse(source, namespace_html_elements=False)
    assert parsed.last == "fragment"
    assert same_tree(tree, fresh(source))
    # The same source again: a copy of the kept tree, never the kept one itself.
    again = parse(source, namespace_html_elements=False)
    assert parsed.last == "fragment" and again is not tree and same_tree(again, tree)
    again.find(".//body").set("class", "changed")
    assert same_tree(parse(source, namespace_html_elements=False), fresh(source))


def test_edits_the_fragment_parse_must_not_take_are_parsed_in_full(sample_html,
                                                                    remembered):
    ids = paragraph_ids(sample_html)
    middle = f'<p id="{ids[len(ids) // 2]}">'
    cases = {
        # the change is in a tag: an attribute
        "attribute": sample_html.replace(middle, middle.replace('">', '" class="x">')),
        # a table cell's content (the parser's table rules)
        "table cell": inside(sample_html, '<td class="value">', "1", 0),
        # a paragraph added: the change spans elements
        "paragraph added": sample_html.replace(middle, '<p id="new">新段</p>' + middle),
        # a block inside a paragraph: a full parse closes the paragraph there
        "block in a paragraph": inside(sample_html, middle, "<div>块</div>"),
        # an unclosed phrasing element: the parser carries it on
        "unclosed": inside(sample_html, middle, "<b>粗"),
        # a comment the parser ends at once (`<!-->`): the <b> after it is a tag
        "abrupt comment": inside(sample_html, middle, "<!--><b>粗-->"),
        # a quote inside an unquoted attribute value
        "odd attribute": inside(sample_html, middle, '<span title=a"b>字</span>'),
        # a heading's text: its bookmark attribute changes too
        "heading": sample_html.replace("“两手抓”政治思想", "“两手抓”思想政治"),
    }
    for name, source in cases.items():
        parsed.forget()
        parse(sample_html, namespace_html_elements=False)
        tree = parse(source, namespace_html_elements=False)
        assert parsed.last == "full", name
        assert same_tree(tree, fresh(source)), name


def test_a_neighbour_edited_after_a_reused_parse_gives_its_own_text(sample_html,
                                                                    remembered):
    """A stale reuse would keep the first edit's paragraph, or miss the neighbour's."""
    ids = paragraph_ids(sample_html)
    one, two = f'<p id="{ids[5]}">', f'<p id="{ids[6]}">'
    parse(sample_html, namespace_html_elements=False)
    first = inside(sample_html, one, "甲")
    parse(first, namespace_html_elements=False)
    second = inside(first, two, "乙")
    tree = parse(second, namespace_html_elements=False)
    assert parsed.last == "fragment"
    assert same_tree(tree, fresh(second))
    texts = {p.get("id"): "".join(p.itertext()) for p in tree.iter("p")}
    assert "甲" in texts[ids[5]] and "乙" in texts[ids[6]]
    # and back to the original text: compared with the source that shares most of it
    tree = parse(sample_html, namespace_html_elements=False)
    assert same_tree(tree, fresh(sample_html))


def test_only_a_remembered_layout_reuses(sample_html):
    weasy.load()
    with incremental.one_build(across_builds=False):  # (a memory, but no layout's key)
        parse(sample_html, namespace_html_elements=False)
        assert parsed.last is None  # not remembered: WeasyPrint's own parse, nothing kept
        assert not incremental.memories().parses


def test_a_short_fragment_naming_a_file_is_parsed_as_text(sample_html, remembered,
                                                          tmp_path, monkeypatch):
    # tinyhtml5 reads a string under 200 characters that names a file as that file.
    ids = paragraph_ids(sample_html)
    marker = f'<p id="{ids[0]}">'
    start = sample_html.index(marker) + len(marker)
    end = sample_html.index("</p>", start)
    monkeypatch.chdir(tmp_path)
    Path("x").write_text("<b>file</b>", "utf-8")
    base = sample_html[:start] + "y" + sample_html[end:]
    parse(base, namespace_html_elements=False)
    source = sample_html[:start] + "x" + sample_html[end:]
    tree = parse(source, namespace_html_elements=False)
    assert parsed.last == "fragment"
    assert same_tree(tree, fresh(source))


@pytest.mark.parametrize("before", ["<?pi x?>", "<!bogus>", "</3>", "<!-- a -->"])
def test_a_node_the_tags_hardly_show_does_not_shift_the_paragraphs(before, remembered):
    """A bogus comment (`<?…>`, `<!…>`, `</3>`) is a comment node for the parser: the
    scan of the tags counts it, so the second of two identical paragraphs is the one
    parsed again (miscounted, the first would be: same tag, attributes and content)."""
    page = ("<!DOCTYPE html><html><head><title>t</title></head><body><section>"
            f"{before}<p>同</p><p>同</p></section></body></html>")
    parse(page, namespace_html_elements=False)
    source = page.replace("<p>同</p></section>", "<p>同改</p></section>")
    tree = parse(source, namespace_html_elements=False)
    assert parsed.last == "fragment"
    assert same_tree(tree, fresh(source))
    assert ["".join(p.itertext()) for p in tree.iter("p")] == ["同", "同改"]


# ------------------------------------------------------------------ chars_until's patterns


def test_chars_until_compiles_each_pattern_once_and_parses_the_same(sample_html, monkeypatch):
    import re

    import tinyhtml5
    from tinyhtml5 import inputstream

    from briefing.weasy import seam

    weasy.load()
    patch = next(patch for patch in weasy.table.PATCHES if patch.name == parsed.PATTERNS)
    assert patch.installed == parsed.patterns_miskeyed()
    if not patch.installed:
        pytest.skip("this tinyhtml5 keeps chars_until's patterns itself")
    tree = ET.tostring(tinyhtml5.parse(sample_html))  # (every pattern the sample needs)
    compiled = []
    real_compile = re.compile

    def counted(*args, **kwargs):
        compiled.append(args[0])
        return real_compile(*args, **kwargs)

    monkeypatch.setattr(inputstream.re, "compile", counted)
    assert ET.tostring(tinyhtml5.parse(sample_html)) == tree
    assert compiled == []
    # tinyhtml5's own chars_until, with its own (empty) patterns, parses the same trees.
    odd = ('<p title="引号「」 & \u3000">全角\u3000空格<br/>a&amp;b<!-- 注 --></p>'
           '<table><td>格</td></table><script>if (a < b) {}</script>')
    for source in (sample_html, odd):
        ours = ET.tostring(tinyhtml5.parse(source))
        with monkeypatch.context() as theirs:
            theirs.setattr(inputstream.HTMLUnicodeInputStream, "chars_until",
                           seam.original(parsed.PATTERNS))
            theirs.setattr(inputstream, "characters_until_regex", {})
            compiled.clear()
            assert ET.tostring(tinyhtml5.parse(source)) == ours
            assert compiled  # (its patterns made again: they are the patch's)
