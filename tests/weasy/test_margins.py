"""A page a rebuild hands on keeps its margin boxes when they are made from the same
(briefing/weasy/margins.py) — and a rebuild writes a cold build's bytes when they are
not: a heading edited (the running head, `string()`, changes on the pages after it,
which are handed on) and a page added (every page number after it changes)."""

from __future__ import annotations

from briefing.build import build
from briefing.export import write_pdf
from briefing.weasy import incremental, margins
from tests.conftest import SAMPLE
from tests.weasy.test_incremental import paragraphs, pdfread_words, short_sample


def test_handed_on_pages_keep_their_margin_boxes_while_they_show_the_same(
        tmp_path, keeping, monkeypatch):
    folder = short_sample(tmp_path / SAMPLE.name)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    lines = paragraphs(original)
    middle = lines[len(lines) // 2]
    pages = build(folder, tmp_path / "first.pdf", toc=True, force=True).pages

    def rebuild(text: str) -> dict:
        article.write_text(text, "utf-8")
        before = dict(margins.counts)
        made = build(folder, tmp_path / "warm.pdf", toc=True, force=True)
        counted = {name: margins.counts[name] - before[name] for name in before}
        with monkeypatch.context() as cold:
            cold.setenv("BRIEFING_INCREMENTAL", "0")
            build(folder, tmp_path / "cold.pdf", toc=True, force=True)
        assert (tmp_path / "warm.pdf").read_bytes() == (tmp_path / "cold.pdf").read_bytes()
        return {**counted, "pages": made.pages, "kept_pages": incremental.last_kept}

    # A text edit in the middle: the pages handed on keep their margin boxes.
    found = rebuild(original.replace(middle, middle + "又", 1))
    assert found["kept_pages"] >= 2 and found["kept"] >= found["kept_pages"] - 1, found

    # More than a page added in the middle: the pages after it are numbered anew (the
    # page counts differ from the pages' states they were made from).
    found = rebuild(original.replace(middle, middle + "这一段为测试新增的文字，" * 120, 1))
    assert found["pages"] > pages
    assert found["kept"] < found["pages"], found


def running_heads(headings: list[str]) -> str:
    """A6 pages, each section a heading (its text the running head from its page on:
    `string-set`) and paragraphs enough for two pages."""
    body = "".join(f"<h2>{heading}</h2>"
                   + ("<p>" + "文字" * 60 + "</p>") * 9 for heading in headings)
    return ("<html><head><style>@page { size: A6; margin: 14mm 10mm; "
            "@top-center { content: string(section) } "
            "@bottom-center { content: counter(page) } } "
            "body { font-size: 10pt; line-height: 14pt } "
            "h2 { string-set: section content(text); font-size: 10pt }"
            f"</style></head><body>{body}</body></html>")


def test_a_running_head_changed_on_handed_on_pages_is_made_again(tmp_path, keeping,
                                                                 monkeypatch):
    headings = ["第一部分", "第二部分", "第三部分", "第四部分"]
    out = tmp_path / "warm.pdf"
    pages = write_pdf(running_heads(headings), out, base_url=tmp_path,
                      allowed_roots=[tmp_path], font_key="margins").pages
    assert pages >= 5
    # The third heading edited (same length: nothing moves): the pages after its own are
    # handed on, their running head changes; the first page keeps its margin boxes.
    headings[2] = "第三章节"
    before = dict(margins.counts)
    write_pdf(running_heads(headings), out, base_url=tmp_path, allowed_roots=[tmp_path], font_key="margins")
    kept_pages = incremental.last_kept
    with monkeypatch.context() as cold:
        cold.setenv("BRIEFING_INCREMENTAL", "0")
        write_pdf(running_heads(headings), tmp_path / "cold.pdf", base_url=tmp_path,
                  allowed_roots=[tmp_path], font_key="margins")
    assert out.read_bytes() == (tmp_path / "cold.pdf").read_bytes()
    holder = next(index for index in range(pages) if "第三章节" in pdfread_words(out, index)
                  .split("\n", 1)[-1])
    after = pdfread_words(out, holder + 1)
    assert after.startswith("第三章节"), after  # (the head of a page handed on)
    assert kept_pages > holder + 1
    assert margins.counts["kept"] - before["kept"] >= 1  # (a page before the heading's)
