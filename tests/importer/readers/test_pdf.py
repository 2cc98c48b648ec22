"""PDFs read by position: a two-column magazine layout with running heads, made by this
project's own build with a magazine template, imports as the committed sample."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE
from readers_samples import (
    PHOTO_CAPTION,
    RUNNING_HEADS,
    built,
    magazine_templates,
    pdf_images,
    photo_bytes,
    saved_page,
    text_top,
)
from typer.testing import CliRunner

from briefing.cli import app
from briefing.importer import import_article
from briefing.importer.readers import ReadOptions, read_source
from briefing.loader import HELD_MARKER, _block_text, load_briefing


def blocks(folder: Path) -> list[tuple]:
    """The briefing's front matter and blocks in order: kind and text (white space aside)."""
    briefing = load_briefing(folder)

    def plain(text: str) -> str:
        return re.sub(r"\s+", "", text)

    found: list[tuple] = [("title", briefing.meta.title), ("subtitle", briefing.meta.subtitle),
                          ("authors", tuple(briefing.meta.authors))]
    found += [(block.kind, plain(_block_text(block))) for block in briefing.lead]

    def walk(section) -> None:
        found.append(("heading", section.level, plain((section.number or "")
                                                      + section.title.plain)))
        found.extend((block.kind, plain(_block_text(block))) for block in section.blocks)
        for child in section.sections:
            walk(child)

    for section in briefing.sections:
        walk(section)
    return found


@pytest.fixture(scope="module")
def magazine(tmp_path_factory) -> Path:
    """The sample as its magazine printed it: two columns, running heads and folios, the
    first photo with its caption (key-figure tables are the briefing's, not the magazine's)."""
    root = tmp_path_factory.mktemp("magazine")
    folder = root / "lvliang-2021"
    shutil.copytree(SAMPLE, folder)
    (folder / "images").mkdir()
    (folder / "images" / "photo.jpg").write_bytes(photo_bytes(1600, 1000))
    article = (folder / "article.md").read_text(encoding="utf-8")
    article = article.replace("figures: inline", "figures: none", 1).replace(
        f"::: figure\n{PHOTO_CAPTION}", f"::: figure\n![](images/photo.jpg)\n{PHOTO_CAPTION}", 1)
    (folder / "article.md").write_text(article, encoding="utf-8")
    return built(folder, root / "magazine.pdf", template="magazine",
                 template_dirs=[magazine_templates(root / "templates")])


def test_the_magazine_layout_imports_as_the_committed_sample(magazine, tmp_path):
    result = import_article(magazine, data_dir=tmp_path / "data", slug="from-pdf")
    imported, committed = blocks(result.folder), blocks(SAMPLE)
    assert len(imported) == len(committed) == 52
    assert imported == committed  # same kinds, same texts, same order
    text = (result.folder / "article.md").read_text(encoding="utf-8")
    for head in RUNNING_HEADS:
        assert head not in text
    assert not re.search(r"^·\s*\d+\s*·$", text, re.MULTILINE)  # no folio
    assert f"::: figure\n![](images/p2-image1.jpg)\n{PHOTO_CAPTION}\n:::" in text
    assert "PM<sub>2.5</sub>平均浓度为27μg/m<sup>3</sup>" in text

    pdf = built(result.folder, tmp_path / "again.pdf")
    [image] = pdf_images(pdf)
    page, caption_top = text_top(pdf, PHOTO_CAPTION[:12])
    assert image["page"] == page and image["bottom"] <= caption_top  # the photo above it


def test_three_columns_are_read_in_order(magazine, tmp_path):
    """The same magazine set in three narrower columns: each gutter found, the columns
    read left to right, the byline over them before them, a paragraph going on into the
    next column one paragraph."""
    folder = magazine.parent / "lvliang-2021"
    templates = magazine_templates(tmp_path / "templates")
    css = templates / "magazine" / "style.css"
    css.write_text(css.read_text(encoding="utf-8").replace("column-count: 2", "column-count: 3")
                   .replace("column-gap: 8mm", "column-gap: 6mm"), encoding="utf-8")
    pdf = built(folder, tmp_path / "three.pdf", template="magazine", template_dirs=[templates])
    result = import_article(pdf, data_dir=tmp_path / "data", slug="three")
    assert blocks(result.folder) == blocks(SAMPLE)
    # A loose line's wider gap between Latin and Han is justification, not a space.
    text = (result.folder / "article.md").read_text(encoding="utf-8")
    assert "主要污染物COD平均浓度为15mg/L" in text


def test_a_page_range_reads_only_those_pages(magazine, tmp_path):
    whole = read_source(magazine).text
    part = read_source(magazine, ReadOptions(pages=(2, 3))).text
    assert "如意湖畔" in whole and "如意湖畔" not in part  # page 1's lead
    assert "“两手抓”政治思想" in part
    result = CliRunner().invoke(app, ["import", str(magazine), "--pages", "5-99",
                                      "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 2 and "this PDF has 6 page(s)" in result.output
    assert not (tmp_path / "data").exists()


def test_a_two_column_pdf_keeps_its_table_and_photo(tmp_path):
    page = import_article(saved_page(tmp_path / "site"), data_dir=tmp_path / "data",
                          slug="page")
    article_md = page.folder / "article.md"  # the article's table, not key-figure tables
    article_md.write_text(article_md.read_text(encoding="utf-8").replace(
        "figures: inline", "figures: none"), encoding="utf-8")
    pdf = built(page.folder, tmp_path / "page.pdf", template="magazine",
                template_dirs=[magazine_templates(tmp_path / "templates")])
    article = read_source(pdf)
    assert ("| 指标 | 2021年 | 同比 |\n|---|---|---|\n| 优良天数 | 281天 | 增加14天 |\n"
            "| PM<sub>2.5</sub>平均浓度 | 27μg/m<sup>3</sup> | 下降18.2% |") in article.text
    [image] = article.images
    assert image.caption == PHOTO_CAPTION and image.name == "p1-image1.jpg"
    for head in RUNNING_HEADS:
        assert head not in article.text
    again = import_article(pdf, data_dir=tmp_path / "data", slug="again")
    # Ruled with horizontal lines only (the template's rules): held as a guess, and the
    # same table once the editor deletes the marker line.
    assert again.held_tables == 1
    held = again.folder / "article.md"
    lines = held.read_text(encoding="utf-8").split("\n")
    [marker] = [line for line in lines if HELD_MARKER.match(line)]
    assert "read from a PDF, page 1, ruled with horizontal lines only" in marker
    held.write_text("\n".join(line for line in lines if line != marker), encoding="utf-8")
    assert blocks(again.folder)[3:] == blocks(page.folder)[3:]


def test_a_ruled_table_with_merged_cells_keeps_its_spans(tmp_path):
    """A table ruled on every side (a Word or WPS export), one header cell spanning two
    columns and one two rows: written with `<` and `^` and both header rows."""
    import weasyprint

    html = """<html><head><style>
    @page { size: A4; margin: 20mm; }
    body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; }
    p { text-indent: 2em; margin: 0; line-height: 1.6; }
    h1 { font-size: 20pt; text-align: center; }
    table { border-collapse: collapse; margin: 4mm 0; }
    td, th { border: 0.6pt solid #000; padding: 2pt 6pt; }
    </style></head><body>
    <h1>2021年吕梁市空气质量通报</h1>
    <p>2021年，山西省吕梁市区大气环境质量综合指数为4.44，名列全省第四。</p>
    <table>
    <tr><th rowspan="2">县区</th><th colspan="2">优良天数</th></tr>
    <tr><th>2021年</th><th>2020年</th></tr>
    <tr><td>离石区</td><td>281</td><td>267</td></tr>
    <tr><td>孝义市</td><td>265</td><td>250</td></tr>
    </table>
    <p>全市地表水15个国考断面中，优良水质断面8个，劣V类水质断面全面消除。</p>
    </body></html>"""
    pdf = tmp_path / "notice.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    text = read_source(pdf).text
    assert ("\n| 县区 | 优良天数 | < |\n| ^ | 2021年 | 2020年 |\n|---|---|---|\n"
            "| 离石区 | 281 | 267 |\n| 孝义市 | 265 | 250 |\n") in text
    assert text.startswith("# 2021年吕梁市空气质量通报\n")


COLUMN_CSS = """
@page { size: A4; margin: 20mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; line-height: 1.6; }
.page { position: relative; height: 250mm; page-break-after: always; }
.column { position: absolute; top: 0; width: 18em; }
.right { left: 21em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.on { text-indent: 0; }
p.loose { text-indent: 0; letter-spacing: 20pt; }
"""
SENTENCE = ("良好的生态环境得益于吕梁市生态环境局以党建为引领，以全面推进各项工作落实为目标，"
            "持续推动生态环境治理工作落到实处，形成长效，取得实效。")
# 16 + 18 characters: two full lines of an 18em column, the first indented 2em.
FULL_1 = "与去年同期相比全市六个断面水质好转，主要污染物化学需氧量的年平均浓度"
FULL_2 = "推动落后产能关停淘汰，全市今年以来在各县区共计关闭焦化企业落后产能约"


def test_a_paragraph_runs_on_into_the_next_column_and_page_only_on_evidence(tmp_path):
    """Two pages of two columns. A paragraph whose last line is full and ends no sentence
    goes on with the next column's unindented first line (CJK joined without a space); a
    last line that stops short ends its paragraph though the next column's first line is
    not indented. A loosely justified line (glyphs 1.7 characters apart) is one line, its
    「140」 no folio, and nothing on its baseline in the other column joins it."""
    import weasyprint

    assert len(FULL_1) == len(FULL_2) == 34
    html = f"""<html><head><style>{COLUMN_CSS}</style></head><body>
    <div class="page"><div class="column">
    <p>{SENTENCE}</p><p>{FULL_1}</p>
    </div><div class="column right">
    <p class="on">为15mg/L，氨氮平均浓度为0.665mg/L，分别下降11.6%、11.2%。</p>
    <p>吕梁市生态环境局组织开展了以成钢、王吉明违纪违法案件为典型的警示教育，情况如下</p>
    </div></div>
    <div class="page"><div class="column">
    <p class="on">全系统1212名党员干部参与警示教育，班子成员带头领学350次，党员干部集中学习489次。</p>
    <p>{FULL_2}</p>
    </div><div class="column right">
    <p class="loose">140万吨、</p><p class="on">火电机组2×2.5万千瓦；6家钢铁企业完成超低排放改造。</p>
    <p>{SENTENCE}</p>
    </div></div></body></html>"""
    pdf = tmp_path / "columns.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    paragraphs = [re.sub(r"\s+", "", p) for p in read_source(pdf).text.split("\n\n")
                  if p.strip()]
    assert paragraphs == [
        SENTENCE,
        FULL_1 + "为15mg/L，氨氮平均浓度为0.665mg/L，分别下降11.6%、11.2%。",
        "吕梁市生态环境局组织开展了以成钢、王吉明违纪违法案件为典型的警示教育，情况如下",
        "全系统1212名党员干部参与警示教育，班子成员带头领学350次，党员干部集中学习489次。",
        FULL_2 + "140万吨、火电机组2×2.5万千瓦；6家钢铁企业完成超低排放改造。",
        SENTENCE]
    assert FULL_1 + "为15mg/L" in read_source(pdf).text  # no space at the column break
