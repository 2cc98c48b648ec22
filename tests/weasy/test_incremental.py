"""A rebuild in a long-lived process lays out again only from the page an edit touches
(briefing/weasy/incremental.py) — and writes the same bytes as a cold build of the same
input: edits near the start, the middle and the end, an edit that adds a page and one
that removes it. The document is the sample's lead and first part up to its sixth
section (five pages of its ten: a build's cost is in its length, not its kinds of
content; five still leave pages before and after a middle edit, and the cascade test's
200-odd elements) with its contents asked for (target-counter page numbers) and the
key-figure groups it cites: tables with ring charts, so kept pages also carry what the
contents need."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from briefing.build import build
from briefing.weasy import cascade, incremental, parsed
from tests.conftest import SAMPLE


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
def keeping():
    incremental.keep_pages()
    yield
    incremental.keep_pages(False)


def test_rebuilds_keep_the_pages_before_an_edit_and_match_a_cold_build(tmp_path, keeping,
                                                                      monkeypatch):
    """Also the cascade's reuse (briefing/weasy/cascade.py, formerly test_cascade.py's
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
        warm = build(folder, tmp_path / "warm.pdf", toc=True, force=True)
        first_page, kept = incremental.last_first_page, incremental.last_kept
        counts = dict(cascade.counts)
        parse = parsed.last
        if text not in colds:
            cold = cold_build()
            colds[text] = (tmp_path / "cold.pdf").read_bytes(), cold.pages
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
    # margin boxes anew, with the new total.
    folder = tmp_path / SAMPLE.name
    shutil.copytree(SAMPLE, folder)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    end = paragraphs(original)[-1]
    build(folder, tmp_path / "first.pdf", template="handout", force=True)
    article.write_text(original.replace(end, end + "又", 1), "utf-8")
    build(folder, tmp_path / "warm.pdf", template="handout", force=True)
    assert incremental.last_first_page > 0 or incremental.last_kept > 0
    incremental.forget()
    build(folder, tmp_path / "cold.pdf", template="handout", force=True)
    assert (tmp_path / "warm.pdf").read_bytes() == (tmp_path / "cold.pdf").read_bytes()
