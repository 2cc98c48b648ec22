"""The cascade reuses what the stylesheets declare for elements whose key — tag,
attributes, emptiness, ancestors and siblings — is the same as in the last cascade
(briefing/weasy/cascade.py): rebuilds after edits at the start, middle and end, an
added paragraph and a changed class write the same bytes as a cold build, and the
declarations are kept (all of them after a text edit)."""

from __future__ import annotations

import pytest

from briefing import weasy
from briefing.build import build
from briefing.weasy import cascade, incremental
from tests.conftest import SAMPLE
from tests.weasy.test_incremental import paragraphs, short_sample


@pytest.fixture
def keeping():
    incremental.keep_pages()
    yield
    incremental.keep_pages(False)


def test_rebuilds_reuse_the_matches_and_match_a_cold_build(tmp_path, keeping, monkeypatch,
                                                           cold_build):
    # (the folder named as test_incremental.py's: the edits at the start, middle and end
    # are its edits of the same short sample, whose cold builds are made once per run)
    folder = short_sample(tmp_path / SAMPLE.name)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    lines = paragraphs(original)
    start, middle, end = lines[0], lines[len(lines) // 2], lines[-1]
    texts = {"start": original.replace(start, start + "又", 1)}
    texts["middle"] = texts["start"].replace(middle, middle + "又", 1)
    texts["end"] = texts["middle"].replace(end, end + "又", 1)
    texts["a paragraph added"] = texts["end"].replace(
        middle, middle + "\n\n这是为测试新增的一段文字。", 1)
    build(folder, tmp_path / "first.pdf", toc=True, force=True)
    assert cascade.counts["matched"] > 0
    for edit, text in texts.items():
        article.write_text(text, "utf-8")
        warm = build(folder, tmp_path / "warm.pdf", toc=True, force=True).output.read_bytes()
        counts = dict(cascade.counts)
        if edit == "a paragraph added":  # its siblings and their subtrees: declared again
            assert 0 < counts["declared"] < counts["kept"], (edit, counts)
            assert counts["matched"] > 0, (edit, counts)
        else:  # every element's declarations kept, nothing matched again
            assert counts["declared"] == counts["matched"] == 0, (edit, counts)
            assert counts["kept"] > 200, (edit, counts)
        if edit == "a paragraph added":  # this module's own text: its cold build made here
            monkeypatch.setenv("BRIEFING_INCREMENTAL", "0")
            cold = build(folder, tmp_path / "cold.pdf", toc=True,
                         force=True).output.read_bytes()
            assert not any(cascade.counts.values())  # switched off: nothing kept or counted
            monkeypatch.delenv("BRIEFING_INCREMENTAL")
        else:  # test_incremental.py's texts: the run's cold build of each (conftest)
            cold = cold_build(folder, toc=True, force=True)[0].read_bytes()
        assert warm == cold, edit


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
