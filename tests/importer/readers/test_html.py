"""A saved web page: the article reaches the PDF, the site's furniture does not."""

from __future__ import annotations

from readers_samples import (
    FURNITURE,
    PHOTO_CAPTION,
    WECHAT_FURNITURE,
    built,
    pdf_images,
    pdf_text,
    saved_page,
    saved_wechat,
)

from briefing.importer import import_article
from briefing.importer.readers import read_source


def test_the_article_is_found_and_the_furniture_left_out(tmp_path):
    article = read_source(saved_page(tmp_path / "site"))
    for word in FURNITURE:
        assert word not in article.text, word
    assert "分享到" not in article.text and "var _hmt" not in article.text
    assert article.text.startswith("# 红色吕梁亮出绿色底色\n")
    assert "\n## “从一到六”：党建引领，凝心聚力\n" in article.text
    assert "| 指标 | 2021年 | 同比 |\n|---|---|---|\n| 优良天数 | 281天 | 增加14天 |" in article.text
    assert "来源：" not in article.text  # the 来源/发布时间 line went into the facts
    assert article.facts == {
        "title": "红色吕梁亮出绿色底色", "source": "中国环境报", "date": "2022-01-20",
        "url": "https://www.cenews.com.cn/news/202201/t20220120_1.html",
        "authors": "文清 柴芳芳",
        "date_from": article.facts["date_from"], "source_from": article.facts["source_from"],
        "authors_from": article.facts["authors_from"],
    }
    [image] = article.images
    assert image.caption == PHOTO_CAPTION and image.name == "photo1.jpg"


def test_images_outside_the_saved_page_are_not_read(tmp_path):
    (tmp_path / "secret.jpg").write_bytes(b"not for the importer")
    page = saved_page(tmp_path / "site")
    original = page.read_text(encoding="utf-8")
    for src, note in (("../secret.jpg", "outside the saved page's folder"),
                      ("https://example.com/x.jpg", "on the web")):
        page.write_text(original.replace('src="images/photo1.jpg"', f'src="{src}"'),
                        encoding="utf-8")
        article = read_source(page)
        assert not article.images
        assert PHOTO_CAPTION in article.captions  # the caption still is one
        assert any(note in line for line in article.notes), article.notes


def test_the_page_reaches_the_pdf_without_its_furniture(tmp_path):
    result = import_article(saved_page(tmp_path / "site"), data_dir=tmp_path / "data",
                            slug="page")
    article = (result.folder / "article.md").read_text(encoding="utf-8")
    assert "source: 中国环境报\nurl: https://www.cenews.com.cn/news/202201/t20220120_1.html\n" \
           "date: 2022-01-20\n" in article
    assert f"::: figure\n![](images/photo1.jpg)\n{PHOTO_CAPTION}\n:::" in article
    pdf = built(result.folder, tmp_path / "page.pdf")
    text = pdf_text(pdf)
    for expected in ("红色吕梁亮出绿色底色", "中国环境报", "如意湖畔，碧波荡漾",
                     "“从一到六”：党建引领，凝心聚力", PHOTO_CAPTION, "指标", "同比",
                     "281天", "增加14天", "下降18.2%", "集中学习75次"):
        assert expected in text, expected
    for word in FURNITURE:
        assert word not in text, word
    [image] = pdf_images(pdf)
    assert image["srcsize"] == (900, 600)
    report = (result.folder / "import-report.md").read_text(encoding="utf-8")
    assert "image-resolution" in report  # 900 px across 160 mm: 143 ppi, for review
    # … and the print check of the built PDF says the same.
    from typer.testing import CliRunner

    from briefing.cli import app

    checked = CliRunner().invoke(app, ["preflight", str(pdf)])
    assert "below 150 ppi" in " ".join(checked.output.split())


def test_a_wechat_article_keeps_its_photo_and_account_and_drops_its_toolbar(tmp_path):
    article = read_source(saved_wechat(tmp_path / "wx"))
    for word in WECHAT_FURNITURE:
        assert word not in article.text, word
    assert "**一是加强领导。**吕梁市生态环境局党组" in article.text
    assert article.facts["source"] == "吕梁生态环境"  # the account, not mp.weixin.qq.com
    assert article.facts["date"] == "2022-01-20"  # var ct = "1642636800", Beijing time
    [image] = article.images
    assert image.name == "640.jpeg" and image.caption.startswith("▲吕梁市生态环境局党组书记")
