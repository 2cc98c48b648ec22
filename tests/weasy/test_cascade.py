"""The cascade reuses what the stylesheets declare for elements whose key — tag,
attributes, emptiness, ancestors and siblings — is the same as in the last cascade
(briefing/weasy/cascade.py): the same bytes as a cold build, and the declarations kept.
Rebuilds of the short sample after edits at the start, middle and end and an added
paragraph (all declarations kept after a text edit; the paragraph's siblings declared
again) are checked in the same sequence of builds as the kept pages, in
test_incremental.py's test_rebuilds_keep_the_pages_before_an_edit_and_match_a_cold_build
(both made the same first build and the same edits)."""

from __future__ import annotations

import pytest

from briefing import weasy
from briefing.weasy import cascade

STYLE = """<style>
  @page { size: 80mm 60mm; margin: 5mm }
  div:has(> p.hot) { background: #c00 }
  p + p { color: #06c }
  li:nth-child(2n) { font-weight: bold }
  p:empty { height: 5mm; background: #0a0 }
</style>"""


def render(body: str) -> bytes:
    from weasyprint import HTML

    weasy.load()
    return HTML(string=f"<html><head>{STYLE}</head><body>{body}</body></html>").write_pdf()


@pytest.mark.parametrize("before, after", [
    # A class a :has() looks for, changed on a child: the parent's key is the same, its
    # relational selector is tested afresh.
    ('<div><p class="hot">一</p></div><ul><li>甲</li><li>乙</li></ul>',
     '<div><p class="cold">一</p></div><ul><li>甲</li><li>乙</li></ul>'),
    # A sibling inserted: + and :nth-child of the later ones change.
    ("<div><p>一</p></div><ul><li>甲</li><li>乙</li><li>丙</li></ul>",
     "<p>零</p><div><p>一</p></div><ul><li>甲</li><li>新</li><li>乙</li><li>丙</li></ul>"),
    # An element that becomes empty (:empty).
    ("<div><p>一</p><p>二</p></div>", "<div><p>一</p><p></p></div>"),
])
def test_what_selectors_test_is_in_the_key(before, after, monkeypatch, keeping):
    render(before)
    warm = render(after)
    assert cascade.counts["kept"] > 0
    monkeypatch.setenv("BRIEFING_INCREMENTAL", "0")
    assert render(after) == warm


def test_keys_change_with_what_selectors_can_test():
    import tinyhtml5

    def keys(body: str) -> set:
        root = tinyhtml5.parse(f"<html><body>{body}</body></html>")
        return set(cascade.element_keys(root).values())

    base = keys('<p class="a">一</p><p>二</p>')
    assert keys('<p class="a">改了</p><p>二</p>') == base  # text only: every key kept
    # An attribute, emptiness, a child element: the paragraphs' keys change (each
    # holds its siblings'), html's, head's and body's do not.
    for changed in ('<p class="b">一</p><p>二</p>', '<p class="a">一</p><p></p>',
                    '<p class="a">一<b>粗</b></p><p>二</p>'):
        assert len(keys(changed) & base) == 3, changed


def test_a_process_that_builds_once_keeps_no_cascade():
    # `briefing build`: no rebuild comes, so nothing is kept for one (a long document's
    # declarations are a tenth of its peak memory)
    render("<p>一</p><p>二</p>")
    render("<p>一</p><p>二</p>")
    assert cascade.counts["kept"] == 0 and cascade.counts["declared"] > 0


def test_only_the_last_cascade_is_kept(keeping):
    first, other = "<p>一</p><p>二</p>", "<div><ul><li>甲</li></ul></div>"
    render(first)
    render(first)
    assert cascade.counts["matched"] == cascade.counts["declared"] == 0
    render(other)
    render(first)  # matched again: the memory held the other document's
    assert cascade.counts["matched"] > 0 and cascade.counts["declared"] > 0


@pytest.mark.parametrize("selector", [
    "#hot:has(> b)", ".hot:has(> b)", "div:has(> b)", "[lang]:has(> b)", ":has(> b)"])
def test_which_elements_a_relational_selector_could_match(selector):
    """`applies` (its index's lists read one by one) says what `any` of the lists it
    indexes the element under says, for a :has() indexed under an id, a class, a name,
    the lang attribute and none (every element)."""
    import cssselect2
    import tinyhtml5
    from weasyprint import CSS

    weasy.load()
    sheet = CSS(string=f"{selector} {{ color: red }} p {{ color: blue }}")
    relational = cascade._relational(sheet.matcher)
    assert relational.orders
    root = tinyhtml5.parse('<html><body><div id="hot" class="hot"><b>一</b></div>'
                           '<p lang="zh" class="cold">二</p><span>三</span></body></html>',
                           namespace_html_elements=False)
    answers = []
    for element in cssselect2.ElementWrapper.from_html_root(root).iter_subtree():
        answers.append(relational.applies(element))
        assert answers[-1] == any(relational._lists(element)), (selector, element)
    assert any(answers)
    assert not all(answers) or selector == ":has(> b)"
