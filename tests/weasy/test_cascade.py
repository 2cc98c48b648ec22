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
def test_what_selectors_test_is_in_the_key(before, after, monkeypatch):
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


def test_only_the_last_cascade_is_kept():
    first, other = "<p>一</p><p>二</p>", "<div><ul><li>甲</li></ul></div>"
    render(first)
    render(first)
    assert cascade.counts["matched"] == cascade.counts["declared"] == 0
    render(other)
    render(first)  # matched again: the memory held the other document's
    assert cascade.counts["matched"] > 0 and cascade.counts["declared"] > 0
