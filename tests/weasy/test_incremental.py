"""A rebuild in a long-lived process lays out again only from the page an edit touches
(briefing/weasy/incremental.py) — and writes the same bytes as a cold build of the same
input: edits near the start, the middle and the end, an edit that adds a page and one
that removes it. The document is the sample's lead and first part up to its sixth
section (five pages of its ten: a build's cost is in its length, not its kinds of
content; five still leave pages before and after a middle edit, and the cascade test's
200-odd elements) with its contents asked for (target-counter page numbers) and the
key-figure groups it cites: tables with ring charts, so kept pages also carry what the
contents need. Pages handed on are not drawn again (briefing/weasy/pagedraw.py): their
drawing is replayed, but where the fonts no longer hold what the page found in them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from briefing.build import build
from briefing.weasy import cascade, incremental, pagedraw, parsed
from tests.conftest import SAMPLE


def pdfread_words(pdf: Path, index: int) -> str:
    """The text of page `index` (from 0) of `pdf`."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return document.pages[index].extract_text() or ""


def paragraphs(text: str) -> list[str]:
    body = text.split("---", 2)[2]
    return [line for line in body.splitlines()
            if len(line) > 60 and not line.startswith(("#", "-", ":", "|", ">", "!"))]


def short_sample(folder: Path) -> Path:
    """The sample's lead and first part up to its sixth section (five pages with
    contents: pages before and after a middle edit), with the key-figure groups (tables
    with ring charts) whose every row's sentence it still holds."""
    folder.mkdir(parents=True)
    text = (SAMPLE / "article.md").read_text("utf-8")
    short = text[:text.index("\n### 6 ") + 1]
    (folder / "article.md").write_text(short, "utf-8")
    plain = re.sub(r"</?su[bp]>", "", short)
    figures = yaml.safe_load((SAMPLE / "figures.yaml").read_text("utf-8"))
    figures["groups"] = [group for group in figures["groups"]
                         if all(row["source"] in plain for row in group["rows"])]
    assert figures["groups"] and any("chart" in group for group in figures["groups"])
    (folder / "figures.yaml").write_text(
        yaml.safe_dump(figures, allow_unicode=True, sort_keys=False), "utf-8")
    return folder


@pytest.fixture
def text_draws(monkeypatch):
    """How many text boxes were drawn (the text-layer patch's two ways of drawing one,
    counted)."""
    from briefing.weasy import textlayer

    drawn = [0]

    def counting(draw):
        def counted(*args, **kwargs):
            drawn[0] += 1
            return draw(*args, **kwargs)
        return counted

    for name in ("_weasyprint_draw_text", "_draw_run_box"):
        monkeypatch.setattr(textlayer, name, counting(getattr(textlayer, name)))
    return drawn


def test_rebuilds_keep_the_pages_before_an_edit_and_match_a_cold_build(tmp_path, keeping,
                                                                      monkeypatch,
                                                                      text_draws):
    """Pages handed on unchanged are not drawn again (pagedraw.py): their drawing is
    replayed, fewer text boxes are drawn than in a cold build, and the bytes match.
    Also the cascade's reuse (briefing/weasy/cascade.py, formerly test_cascade.py's
    test_rebuilds_reuse_the_matches_and_match_a_cold_build, which made the same first
    build and the same edits at the start, middle and end: now one sequence of builds):
    after a text edit every element's declarations are kept and nothing is matched
    again; after an added paragraph its siblings and their subtrees are declared again;
    a cold build (BRIEFING_INCREMENTAL=0) keeps and counts nothing."""
    folder = short_sample(tmp_path / SAMPLE.name)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    lines = paragraphs(original)
    start, middle, end = lines[0], lines[len(lines) // 2], lines[-1]
    long_addition = "这一段为测试新增的文字，" * 120  # more than a page
    # Each edit is made on the text of the build before it, as a writer's saves are.
    texts = [original.replace(start, start + "又", 1)]
    texts.append(texts[-1].replace(middle, middle + "又", 1))
    texts.append(texts[-1].replace(end, end + "又", 1))
    texts.append(texts[-1].replace(middle, middle + long_addition, 1))
    texts.append(texts[-2])
    # (the page removed again: the text after the edit at the end, a paragraph added to it)
    texts.append(texts[-1].replace(middle, middle + "\n\n这是为测试新增的一段文字。", 1))
    # (edit, its text, pages before it kept, pages after it kept)
    edits = list(zip(["start", "middle", "end", "adds a page", "removes a page",
                      "a paragraph added"], texts,
                     [False, True, True, True, True, True],
                     [True, True, False, False, False, False], strict=True))
    previous = build(folder, tmp_path / "first.pdf", toc=True, force=True).pages
    assert previous >= 5
    assert pagedraw.last == ["recorded"] * previous, pagedraw.last
    assert cascade.counts["matched"] > 0, "cascade: the first build matches the selectors"
    # A cold build's bytes and pages, by text: the page removed again brings back the
    # text of the edit at the end, whose cold build (a build is deterministic:
    # test_determinism.py) is not made twice. A cold build lays out the whole document
    # at every layout (BRIEFING_INCREMENTAL=0): it neither reads the process's pages nor
    # keeps its own, so the next edit is still compared with the warm build before it,
    # as in `briefing watch`.
    def cold_build():
        with monkeypatch.context() as cold:
            cold.setenv("BRIEFING_INCREMENTAL", "0")
            made = build(folder, tmp_path / "cold.pdf", toc=True, force=True)
        assert not any(cascade.counts.values()), \
            ("cascade switched off: nothing kept or counted", cascade.counts)
        return made

    colds: dict[str, tuple[bytes, int]] = {}
    for name, text, kept_before, kept_after in edits:
        article.write_text(text, "utf-8")
        text_draws[0] = 0
        warm = build(folder, tmp_path / "warm.pdf", toc=True, force=True)
        first_page, kept = incremental.last_first_page, incremental.last_kept
        drawn, warm_draws = list(pagedraw.last), text_draws[0]
        counts = dict(cascade.counts)
        parse = parsed.last
        if text not in colds:
            text_draws[0] = 0
            cold = cold_build()
            colds[text] = (tmp_path / "cold.pdf").read_bytes(), cold.pages
            assert text_draws[0] > warm_draws, (name, text_draws[0], warm_draws)
            assert pagedraw.last == [], "a cold build neither replays nor records"
        cold_bytes, cold_pages = colds[text]
        assert (tmp_path / "warm.pdf").read_bytes() == cold_bytes, name
        assert warm.pages == cold_pages
        if name == "adds a page":
            assert warm.pages > previous
        if name == "removes a page":
            assert warm.pages < previous
        # The rebuild laid out again from page first_page + 1 …
        assert (first_page > 0) == kept_before, (name, first_page)
        # … and handed on the pages after the edit where one started as before.
        if kept_after:
            assert kept > first_page, (name, first_page, kept)
        # Drawing: a page is replayed only when handed on (at most `kept` of them); every
        # page handed on before the edit is replayed here; each page is replayed or drawn.
        assert len(drawn) == warm.pages, (name, drawn)
        assert 0 < drawn.count("replayed") <= kept, (name, drawn, kept)
        assert "drawn" not in drawn, (name, drawn)
        previous = warm.pages
        # The cascade: every element's declarations kept after a text edit, nothing
        # matched again; an added paragraph's siblings and their subtrees declared again.
        if name in ("start", "middle", "end"):
            assert counts["declared"] == counts["matched"] == 0, \
                ("cascade: nothing matched or declared again", name, counts)
            assert counts["kept"] > 200, ("cascade: every declaration kept", name, counts)
        # The HTML: parsed again only inside the edited paragraph (parsed.py), but
        # where a paragraph was added.
        assert parse == ("full" if name == "a paragraph added" else "fragment"), (name, parse)
        if name == "a paragraph added":
            assert 0 < counts["declared"] < counts["kept"], \
                ("cascade: the paragraph's siblings declared again", name, counts)
            assert counts["matched"] > 0, ("cascade: matched again", name, counts)


def test_page_totals_in_margin_boxes_stay_right(tmp_path, keeping):
    # The handout's footer is "counter(page) / counter(pages)": kept pages get their
    # margin boxes anew, with the new total — and are drawn with it: a page whose
    # drawing is replayed (pagedraw.py) has its margin boxes drawn, not replayed.
    # The handout prints a part of the article (two pages of the sample): its first
    # printed paragraph made longer gives pages to keep before an edit at its end; the
    # second edit there adds a page, so every page handed on shows a new total.
    folder = tmp_path / SAMPLE.name
    shutil.copytree(SAMPLE, folder)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    addition = "这一段为测试新增的文字，" * 120
    pages = build(folder, tmp_path / "first.pdf", template="handout", force=True).pages
    printed = "".join(pdfread_words(tmp_path / "first.pdf", index).replace("\n", "")
                      for index in range(pages))
    lines = [line for line in paragraphs(original) if line[:16] in printed]
    first, end = lines[0], lines[-1]
    base = original.replace(first, first + addition, 1)
    article.write_text(base, "utf-8")
    pages = build(folder, tmp_path / "first.pdf", template="handout", force=True).pages
    assert pages >= 3
    for text in (base.replace(end, end + "又", 1), base.replace(end, end + addition, 1)):
        article.write_text(text, "utf-8")
        warm = build(folder, tmp_path / "warm.pdf", template="handout", force=True)
        assert incremental.last_first_page > 0, (incremental.last_flagged, warm.pages)
        assert pagedraw.last[0] == "replayed", pagedraw.last
        incremental.forget()
        build(folder, tmp_path / "cold.pdf", template="handout", force=True)
        assert (tmp_path / "warm.pdf").read_bytes() == (tmp_path / "cold.pdf").read_bytes()
        assert f"1 / {warm.pages}" in pdfread_words(tmp_path / "warm.pdf", 0)
    assert warm.pages > pages


def test_a_glyph_an_edit_takes_from_an_earlier_page_is_drawn_again(tmp_path, keeping):
    """A glyph's width and text go into the font where a page first draws it, and a
    later page's kerning numbers are computed from the width it finds: a handed-on page
    that found a glyph an earlier page had set (the same rare character in the first
    paragraph and the last) is drawn again — not replayed — once an edit takes that
    character out of the earlier page (a character of the same width: nothing moves)."""
    folder = short_sample(tmp_path / SAMPLE.name)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    lines = paragraphs(original)
    first, last = lines[0], lines[-1]
    assert "鼹" not in original
    text = original.replace(first, first + "鼹", 1).replace(last, last + "鼹", 1)
    article.write_text(text, "utf-8")
    pages = build(folder, tmp_path / "first.pdf", toc=True, force=True).pages
    holder = next(index for index in reversed(range(pages))
                  if "鼹" in pdfread_words(tmp_path / "first.pdf", index))
    assert holder > 1
    article.write_text(text.replace(first + "鼹", first + "又", 1), "utf-8")
    warm = build(folder, tmp_path / "warm.pdf", toc=True, force=True)
    assert warm.pages == pages and incremental.last_kept >= 2
    drawn = list(pagedraw.last)
    assert drawn[holder] == "recorded", drawn  # drawn again
    assert drawn.count("replayed") >= 2, drawn  # the pages between were replayed
    incremental.forget()
    build(folder, tmp_path / "cold.pdf", toc=True, force=True)
    assert (tmp_path / "warm.pdf").read_bytes() == (tmp_path / "cold.pdf").read_bytes()
