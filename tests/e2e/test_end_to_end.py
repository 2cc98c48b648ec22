"""Raw article in, PDF out: the whole path on the sample and on an article it has not seen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ARTICLES
from pdfread import fonts as pdf_fonts
from pdfread import outline, page_texts

from briefing.build import build
from briefing.cjk import HAN
from briefing.errors import InputError
from briefing.importer import import_article
from briefing.loader import load_briefing
from briefing.model import Paragraph, Table


def han_only(text: str) -> str:
    return "".join(HAN.findall(text))


@pytest.fixture(scope="module")
def unseen(tmp_path_factory):
    root = tmp_path_factory.mktemp("unseen")
    result = import_article(ARTICLES / "heyang-work-report.txt", root / "data", "report")
    pdf = build(result.folder, root / "report.pdf").output
    return load_briefing(result.folder), pdf


def test_unseen_article_all_text_in_order(unseen):
    briefing, pdf = unseen
    text = han_only("".join(page_texts(pdf)))
    position = 0
    for block in briefing.walk_blocks():
        if isinstance(block, Paragraph):
            wanted = han_only(block.text.plain)
            found = text.find(wanted, position)
            assert found >= 0, f"article.md:{block.line} missing or out of order"
            position = found + len(wanted)


def test_unseen_article_headings_are_bookmarks(unseen):
    briefing, pdf = unseen
    marks = outline(pdf)
    expected = [(section.level + 1, f"{section.number} {section.title.plain}"
                 if section.number else section.title.plain)
                for section in briefing.walk_sections()]
    assert marks[0] == (1, briefing.meta.title)
    assert marks[1:] == expected
    assert any(section.run_in for section in briefing.walk_sections())


def test_unseen_article_tables_reach_the_pdf(unseen):
    briefing, pdf = unseen
    tables = [b for b in briefing.walk_blocks() if isinstance(b, Table)]
    assert tables and tables[0].caption.plain.startswith("表1")
    text = re.sub(r"\s+", "", "".join(page_texts(pdf)))
    for table in tables:
        assert re.sub(r"\s+", "", table.caption.plain) in text
        for row in table.rows:
            for cell in row:
                assert re.sub(r"\s+", "", cell.plain) in text
    assert "38562元" in text  # full-width digits were made half-width on import


def test_seed_to_pdf_keeps_every_paragraph(tmp_path):
    # The sample from its raw form: every source paragraph's Han text is in the PDF, in
    # order and once, except what the import documents (title block and byline moved to
    # the title, the repeated overlap dropped once).
    source = (ARTICLES / "lvliang-2021.txt").read_text("utf-8")
    result = import_article(ARTICLES / "lvliang-2021.txt", tmp_path / "data", "seed")
    pdf = build(result.folder, tmp_path / "seed.pdf").output
    pages = page_texts(pdf)
    title = load_briefing(result.folder).meta.title
    body = han_only("".join(re.sub(rf"^\s*{re.escape(title)}\s*$", "", page, count=1,
                                   flags=re.M) if number else page
                            for number, page in enumerate(pages)))
    paragraphs = [p for p in re.split(r"\n\s*\n", source)
                  if p.strip() and not p.lstrip().startswith("#")]
    overlap = next(r for r in result.repairs if r.kind == "drop-repeated-overlap")
    dropped = han_only(re.search(r"「(.+?)」", overlap.note)[1])
    position = 0
    for paragraph in paragraphs:
        wanted = han_only(paragraph)
        if wanted.startswith(dropped) and body.find(wanted, position) < 0:
            wanted = wanted[len(dropped):]
        found = body.find(wanted, position)
        assert found >= 0, paragraph[:30]
        assert body.count(wanted) == 1, paragraph[:30]
        position = found + len(wanted)


def test_a_font_dropped_into_fonts_is_used(tmp_path, make_briefing):
    """A user's own font file in fonts/, named by its family in fonts.yaml, sets its role.

    The font is made here from the system's Noto Sans CJK SC (OFL): subset to the
    document's characters and renamed, so nothing third-party is committed."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    from briefing import fonts

    text = "测试简报标题副标题在这里张三李四年月日导语。图片说明文字。"
    folder = make_briefing("导语。\n\n::: figure\n图片说明文字。\n:::\n")
    system = fonts.resolve_fonts(fonts.load_font_config(Path("fonts")))["caption"][0]
    font = TTFont(system.path, fontNumber=system.index)
    options = subset.Options()
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(text + "0123456789◆（图略） "))))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = "Briefing Test Sans"
        elif record.nameID in (4, 6):
            record.string = "BriefingTestSans-Regular"
    own = tmp_path / "fonts"
    own.mkdir()
    font.save(own / "BriefingTestSans.otf")
    (own / "fonts.yaml").write_text("roles:\n  caption: [Briefing Test Sans]\n", "utf-8")

    pdf = build(folder, tmp_path / "own.pdf", fonts_dir=own).output
    names = {font["name"] for font in pdf_fonts(pdf)}
    assert any(name.endswith("+Briefing-Test-Sans") for name in names), names
    # A character the dropped-in font lacks, in its role, stops the build before rendering.
    (folder / "article.md").write_text(
        (folder / "article.md").read_text("utf-8").replace("图片说明文字", "图片说明缺字"),
        "utf-8")
    with pytest.raises(InputError, match="caption") as caught:
        build(folder, tmp_path / "missing.pdf", fonts_dir=own)
    assert "缺" in str(caught.value)
    assert not (tmp_path / "missing.pdf").exists()
