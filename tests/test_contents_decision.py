"""Automatic contents (from TOC_MIN_PAGES pages on, counted with them): a short document is
laid out once, without them, when even the most its contents could add leaves it short —
the same PDF as laying it out with them first and then without; a document that is not
surely short is laid out with them, as before (build.short_document_first). (That a long
document gets its contents: tests/typeset/test_pdf.py.)"""

from __future__ import annotations

import re

import pytest
import weasyprint
from conftest import write_briefing

from briefing import build as build_module
from briefing.build import SHORT_TEXT_CHARS, TOC_MIN_PAGES, build
from briefing.export import Relayout
from briefing.render import available_templates, template_settings

pytestmark = pytest.mark.pdf

SECTION = ("## {n}、重点工作\n\n各地推进生态环境保护工作成效明显，群众满意度持续提升，"
           "空气质量优良天数比例达到百分之八十六点七，同比上升二点一个百分点。\n\n")


def renders(monkeypatch) -> list[int]:
    counted: list[int] = []
    real = weasyprint.HTML.render

    def render(self, *args, **kwargs):
        document = real(self, *args, **kwargs)
        counted.append(len(document.pages))
        return document

    monkeypatch.setattr(weasyprint.HTML, "render", render)
    return counted


def old_order(monkeypatch):
    """With the contents first, then without when short: the order before."""
    monkeypatch.setattr(build_module, "short_document_first",
                        lambda briefing, html: Relayout(TOC_MIN_PAGES, html))


def test_a_short_document_is_laid_out_once_and_prints_the_same(tmp_path, monkeypatch):
    folder = write_briefing(tmp_path / "brief", "".join(SECTION.format(n=n) for n in "一二三四"))
    counted = renders(monkeypatch)
    once = build(folder, tmp_path / "once.pdf").output
    assert len(counted) == 1, counted
    old_order(monkeypatch)
    twice = build(folder, tmp_path / "twice.pdf").output
    assert len(counted) == 3, counted  # with the contents, then without
    assert once.read_bytes() == twice.read_bytes()


def test_surely_short_counts_what_the_contents_can_add():
    relayout = Relayout(TOC_MIN_PAGES, "<html></html>", first=True, contents_pages=3)
    assert relayout.surely_short(4) and not relayout.surely_short(5)


def test_a_document_not_surely_short_is_laid_out_as_before(tmp_path, monkeypatch):
    """The fallback: laid out without contents first, a document that its contents could
    take to 8 pages (forced here: as if they could add 7) is laid out with them, then —
    short after all — without them again: as before, the same bytes."""
    folder = write_briefing(tmp_path / "brief", "".join(SECTION.format(n=n) for n in "一二"))
    counted = renders(monkeypatch)
    monkeypatch.setattr(build_module, "short_document_first", lambda briefing, html: Relayout(
        TOC_MIN_PAGES, html, first=True, contents_pages=TOC_MIN_PAGES - 1))
    fallback = build(folder, tmp_path / "fallback.pdf").output
    assert len(counted) == 3, counted  # without, with, without again
    old_order(monkeypatch)
    before = build(folder, tmp_path / "before.pdf").output
    assert fallback.read_bytes() == before.read_bytes()


def test_a_long_article_counts_its_contents_from_the_html_without_them(tmp_path):
    # An article over SHORT_TEXT_CHARS: its HTML without contents is made only when
    # needed, and what its contents could add is counted from it (build.contents_pages:
    # a page's worth per 12 headings, at least one, and one for a break moved) — also
    # when the decision is sent to another process (resolved).
    long_text = "".join(SECTION.format(n=n) for n in range(60))
    assert len(long_text) > SHORT_TEXT_CHARS
    folder = write_briefing(tmp_path / "brief", long_text)
    made: list[int] = []

    def without() -> str:
        made.append(1)
        return "<html><body>" + "<h2>节</h2><p>文</p>" * 13 + "</body></html>"

    from briefing.build import load_briefing
    relayout = build_module.short_document_first(load_briefing(folder), without)
    assert not relayout.first and not made
    assert relayout.surely_short(TOC_MIN_PAGES - 4) and not relayout.surely_short(
        TOC_MIN_PAGES - 3)  # (13 headings: two pages' worth, and one)
    sent = relayout.resolved()
    assert sent.contents_pages == 3 and isinstance(sent.html, str)
    assert build_module.contents_pages("<html><body><p>文</p></body></html>") == 2


# Templates whose contents come by themselves (template.yaml): the ones the count serves.
AUTOMATIC = [name for name in available_templates()
             if template_settings(name).contents == "automatic"]


def old_count(html: str) -> int:
    """The count before (a page per 12 headings, whatever their length, and one)."""
    return 1 + max(1, -(-len(re.findall(r"<h[1-6][\s>]", html)) // 12))


@pytest.mark.parametrize("template", AUTOMATIC)
@pytest.mark.parametrize(("sections", "title", "sub", "paper"), [
    (26, 100, 0, None), (24, 100, 0, "A5"),
    # bench/contents_bound.py's worst: entries of four lines on A5, 12 or 24 headings
    # (the title's among them) — three and four pages added where a page per 12 headings
    # counted two and three.
    (11, 140, 0, "A5"), (11, 140, 1, "A5"), (23, 140, 0, "A5")])
def test_contents_add_no_more_than_counted(tmp_path, monkeypatch, template, sections, title,
                                           sub, paper):
    # What build.contents_pages counts is what decides, without laying the document out
    # with its contents, that they would leave it short: laid out with and without them,
    # the contents add at most that many pages — here where they add the most: many
    # headings of three and four lines' entries (and indented ones below them), on A4 and
    # on A5, in every template whose contents are automatic.
    phrase = "重点工作推进情况"
    body = "".join(f"## {n}、{(phrase * 20)[:title]}\n\n第{n}段。\n\n"
                   + "".join(f"### {(phrase * 20)[:title // 2]}{k}\n\n第{k}段。\n\n"
                             for k in range(sub))
                   for n in range(sections))
    folder = write_briefing(tmp_path / "brief", body)
    html: list[str] = []
    real = build_module.write_pdf

    def write_pdf(source, *args, **kwargs):
        html.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(build_module, "write_pdf", write_pdf)
    options = {"paper": paper} if paper else {}
    without = build(folder, tmp_path / "without.pdf", toc=False, template=template,
                    **options).pages
    with_contents = build(folder, tmp_path / "with.pdf", toc=True, template=template,
                          **options).pages
    added = with_contents - without
    assert added >= 2  # (the case the count must cover)
    assert added <= build_module.contents_pages(html[0]), (without, with_contents)
    if title == 140 and template == "reprint":  # (what the count missed before)
        assert added > old_count(html[0]), (without, with_contents)
