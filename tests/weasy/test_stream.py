"""The page holding an edit is drawn alone as soon as the layout reaches it
(briefing/weasy/stream.py): before the PDF is written, looking as the printed page does
(margin boxes, running head), without changing a byte of the PDF — and a layout that
the build discards withdraws it."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest

from briefing.build import build
from briefing.export import Relayout, write_pdf
from briefing.weasy import incremental, stream
from tests.weasy.test_incremental import paragraphs, short_sample


def pixels(pdf: bytes | Path, number: int) -> bytes:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[number - 1].render(scale=0.5).to_pil().tobytes()
    finally:
        document.close()


def test_the_edited_page_is_drawn_as_laid_out_as_it_prints(tmp_path, keeping, monkeypatch):
    folder = short_sample(tmp_path / "sample")
    article = folder / "article.md"
    text = article.read_text("utf-8")
    middle = paragraphs(text)[len(paragraphs(text)) // 2]
    build(folder, tmp_path / "first.pdf", toc=True, force=True)
    edited = middle[:10] + "又" + middle[10:]
    article.write_text(text.replace(middle, edited, 1), "utf-8")
    output = tmp_path / "second.pdf"
    seen = []

    def on_page(number: int, pdf: bytes) -> None:
        # Reported during the layout: the PDF is not written yet, and pages after the
        # edit are still to be laid out or handed on.
        seen.append((number, pdf, output.exists()))

    focus = re.sub(r"<[^>]*>", "", edited)[4:16]
    with stream.watching(focus, on_page, lambda: seen.append("withdrawn")):
        result = build(folder, output, toc=True, force=True)
    assert len(seen) == 1 and seen[0] != "withdrawn"
    number, pdf, written = seen[0]
    assert not written
    assert 1 < number < result.pages  # a page in the middle, the pages before kept
    assert incremental.last_first_page is not None and incremental.last_first_page > 0
    alone = pypdfium2.PdfDocument(pdf)
    assert len(alone) == 1
    page_text = re.sub(r"\s+", "", alone[0].get_textpage().get_text_bounded())
    alone.close()
    assert focus in page_text
    # The same picture as the printed page: its running head and folio included.
    assert pixels(pdf, 1) == pixels(output, number)
    # Watching changes nothing in the PDF: the same bytes as a cold build.
    monkeypatch.setenv("BRIEFING_INCREMENTAL", "0")
    cold = build(folder, tmp_path / "cold.pdf", toc=True, force=True)
    assert cold.output.read_bytes() == output.read_bytes()


def test_a_discarded_layout_withdraws_its_page(tmp_path):
    """A document laid out again from other HTML (as without its contents): the page
    from the first layout is withdrawn before the second reports its own."""
    paragraph = "<p>" + "吕梁市生态环境局扎实推进污染防治攻坚战。" * 30 + "</p>"
    first = ("<html><head><style>@page { size: A5 }</style></head><body>"
             + paragraph * 6 + "<p>要找的这一句在这里。</p></body></html>")
    second = first.replace("<body>", "<body><h1>前言</h1>" + paragraph * 3)
    events = []
    with stream.watching("要找的这一句", lambda n, pdf: events.append(n),
                         lambda: events.append("withdrawn")):
        result = write_pdf(first, tmp_path / "out.pdf", base_url=tmp_path,
                           allowed_roots=[tmp_path],
                           relayout=Relayout(below=99, html=second), place_figures=False)
    assert len(events) == 3 and events[1] == "withdrawn"
    assert events[2] == result.pages and events[2] > events[0]


def test_nothing_is_drawn_without_a_focus_found(tmp_path):
    html = "<html><body><p>只有这一句。</p></body></html>"
    events = []
    with stream.watching("文中没有的话", lambda n, pdf: events.append(n),
                         lambda: events.append("withdrawn")):
        write_pdf(html, tmp_path / "out.pdf", base_url=tmp_path, allowed_roots=[tmp_path],
                  place_figures=False)
    with stream.watching("", lambda n, pdf: events.append(n), lambda: None) as watch:
        assert watch is None  # too short to find
    assert events == []


@pytest.mark.parametrize("template, whole", [("jianbao", True), ("handout", False)])
def test_other_templates_same_bytes_and_a_discarded_page_withdrawn(template, whole,
                                                                   tmp_path,
                                                                   sample_template_pdf):
    """The jianbao (the sample is laid out twice: a blank page before its closing block
    is marked) and the handout (`counter(pages)` in its folio): watching changes no
    byte, a page from a discarded layout is withdrawn before the kept layout reports
    its own, and the page reported last is the printed page holding the text."""
    from tests.conftest import SAMPLE

    if whole:
        # The sample itself (a build reads its folder, writes nothing there); its plain
        # build is the run's shared one (the same data, template and options).
        folder = SAMPLE
        plain_pdf = sample_template_pdf(template)
    else:
        folder = short_sample(tmp_path / "sample")
        plain_pdf = build(folder, tmp_path / "plain.pdf", template=template,
                          force=True).output
    printed = pypdfium2.PdfDocument(plain_pdf)
    texts = [re.sub(r"\s+", "", page.get_textpage().get_text_bounded()) for page in printed]
    printed.close()
    # The last paragraph the template prints (a handout prints only some).
    focus = next(plain_text for paragraph in reversed(paragraphs(
        (folder / "article.md").read_text("utf-8")))
        if any((plain_text := re.sub(r"<[^>]*>", "", paragraph)[4:16]) in page
               for page in texts))
    events = []
    with stream.watching(focus, lambda number, pdf: events.append((number, pdf)),
                         lambda: events.append("withdrawn")):
        watched = build(folder, tmp_path / "watched.pdf", template=template, force=True)
    assert watched.output.read_bytes() == plain_pdf.read_bytes()
    assert events and events[-1] != "withdrawn"
    for before, event in zip(events, events[1:], strict=False):  # a withdrawal: after a page
        assert event != "withdrawn" or before != "withdrawn"
    if whole:
        assert "withdrawn" in events  # the blank-page mark: a second layout
    number, _ = events[-1]
    assert focus in texts[number - 1]
