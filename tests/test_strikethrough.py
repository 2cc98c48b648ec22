"""Words the author struck through (「~~…~~」 in article.md, <s> or <del> in a table's
HTML): the model carries them as struck spans, the page prints them struck — never as
plain words, and never with the marks printed (issue 11: nothing of the markup reaches
the page; print nothing the source did not say)."""

from __future__ import annotations

import pdfplumber

from briefing.build import build
from briefing.loader import load_briefing
from briefing.model import Paragraph


def test_struck_words_are_a_struck_span(make_briefing):
    folder = make_briefing("战术耳机：~~设置 Event，调整音量~~，改为<s>旧方案</s>新方案。\n")
    paragraph = next(b for b in load_briefing(folder).lead if isinstance(b, Paragraph))
    struck = [span.text for span in paragraph.text.spans if "s" in span.marks]
    assert struck == ["设置 Event，调整音量", "旧方案"]
    assert "~~" not in paragraph.text.plain


def test_struck_words_are_printed_struck(make_briefing, tmp_path):
    folder = make_briefing("战术耳机：~~设置 Event，调整音量~~，改为新方案。\n")
    pdf = build(folder, tmp_path / "s.pdf").output
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        text = page.extract_text()
        chars = [c for c in page.chars if c["text"] in "设置调整音量"]
        lines = [line for line in page.lines + page.rects
                 if line["top"] > min(c["top"] for c in chars)
                 and line["bottom"] < max(c["bottom"] for c in chars) + 1]
    assert "~~" not in text and "设置 Event" in text.replace("设置Event", "设置 Event")
    # one rule through the struck words, from the first struck glyph to the last
    assert lines
    left = min(c["x0"] for c in chars if c["text"] == "设")
    right = max(c["x1"] for c in chars if c["text"] == "量")
    assert any(line["x0"] <= left + 1 and line["x1"] >= right - 1 for line in lines)
