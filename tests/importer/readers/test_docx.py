"""Word files: headings, bold, a merged table, a footnote and a photo reach the PDF."""

from __future__ import annotations

from readers_samples import (
    PHOTO_CAPTION,
    built,
    gongwen_docx,
    pdf_images,
    pdf_text,
    styled_docx,
    text_top,
)

from briefing.importer import import_article
from briefing.importer.readers import read_source
from briefing.loader import load_briefing


def test_styles_bold_tables_footnotes_and_images_are_read(tmp_path):
    article = read_source(styled_docx(tmp_path / "a.docx"))
    text = article.text
    assert text.startswith("# 红色吕梁亮出绿色底色\n")
    assert "\n## 一、党建引领，凝心聚力\n" in text  # Heading 1 → a part ('#' is the title)
    assert "\n### （一）“一把手”责任压实\n" in text
    assert "**一是加强领导。**吕梁市生态环境局党组" in text
    assert "名列全省第四。[^1]" in text and "[^1]: 数据来源：吕梁市生态环境局。" in text
    assert ("Table: 表1 2021年各县空气质量\n"
            "| 县区 | 优良天数 | < |\n"
            "| ^ | 2021年 | 2020年 |\n"
            "|---|---|---|\n"
            "| 离石区 | 281 | 267 |\n") in text
    assert f"\n\n{PHOTO_CAPTION}\n\n" in text
    [image] = article.images
    assert image.caption == PHOTO_CAPTION and image.data[:2] == b"\xff\xd8"
    assert article.facts["title"] == "红色吕梁亮出绿色底色"
    assert article.facts["authors"] == "文清；柴芳芳"


def test_a_gongwen_without_heading_styles_has_its_headings_found(tmp_path):
    text = read_source(gongwen_docx(tmp_path / "notice.docx")).text
    lines = [line for line in text.split("\n") if line]
    assert lines[0] == "# 关于做好2022年秋冬季大气污染防治工作的通知"  # centred, 二号
    assert "## 一、总体要求" in lines and "## 二、重点任务" in lines  # bold 黑体
    assert "### （一）加强组织领导" in lines  # 楷体, not the body's 仿宋
    assert "各县（市、区）生态环境分局：" in lines  # body text stays text


def test_the_word_file_reaches_the_pdf_with_its_photo_above_its_caption(tmp_path):
    result = import_article(styled_docx(tmp_path / "a.docx"), data_dir=tmp_path / "data",
                            slug="word")
    folder = result.folder
    article = (folder / "article.md").read_text(encoding="utf-8")
    assert f"::: figure\n![](images/image1.jpg)\n{PHOTO_CAPTION}\n:::" in article
    assert (folder / "images" / "image1.jpg").is_file()
    assert "authors: [文清, 柴芳芳]" in article
    # The report's line numbers count in the text read from the Word file, kept beside it.
    report = (folder / "import-report.md").read_text(encoding="utf-8")
    assert "Lines are lines of `import-source.md`, the text read from a.docx." in report
    read_text = (folder / "import-source.md").read_text(encoding="utf-8").split("\n")
    image_repair = next(r for r in result.repairs if r.kind == "image")
    assert read_text[image_repair.line - 1] == PHOTO_CAPTION
    briefing = load_briefing(folder)
    assert [s.title.plain for s in briefing.walk_sections()] == ["党建引领，凝心聚力",
                                                                 "“一把手”责任压实"]
    [note] = briefing.footnotes
    assert note.text.plain == "数据来源：吕梁市生态环境局。"

    pdf = built(folder, tmp_path / "word.pdf")
    text = pdf_text(pdf)
    for expected in ("红色吕梁亮出绿色底色", "一是加强领导。", "党建引领，凝心聚力",
                     "“一把手”责任压实", "名列全省第四", "数据来源：吕梁市生态环境局。",
                     "离石区", "281", "267", "孝义市", "2020年", PHOTO_CAPTION,
                     "劣V类水质断面全面消除"):
        assert expected in text, expected
    [image] = pdf_images(pdf)
    page, caption_top = text_top(pdf, PHOTO_CAPTION[:12])
    assert image["page"] == page and image["bottom"] <= caption_top
    assert image["srcsize"] == (1200, 800)


def test_word_list_numbers_are_written_out_and_bullets_dropped(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("工作要求", style="Title")
    for text in ("压实责任，层层落实。", "强化督查，定期通报。"):
        document.add_paragraph(text, style="List Number")
    for text in ("要点甲", "要点乙"):
        document.add_paragraph(text, style="List Bullet")
    document.save(tmp_path / "list.docx")
    lines = [line for line in read_source(tmp_path / "list.docx").text.split("\n") if line]
    assert lines == ["# 工作要求", "1.压实责任，层层落实。", "2.强化督查，定期通报。", "要点甲", "要点乙"]


def test_a_merged_header_table_from_word_is_a_table_in_the_briefing(tmp_path):
    result = import_article(styled_docx(tmp_path / "a.docx"), data_dir=tmp_path / "data",
                            slug="word")
    [table] = [b for b in load_briefing(result.folder).walk_blocks() if b.kind == "table"]
    assert table.caption.plain == "表1 2021年各县空气质量"


def test_a_picture_without_a_caption_line_is_printed_with_its_alt_text(tmp_path):
    import io

    import docx
    from docx.shared import Inches
    from readers_samples import photo_bytes

    document = docx.Document()
    document.add_paragraph("吕梁生态环境工作", style="Title")
    document.add_paragraph("如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。")
    run = document.add_paragraph().add_run()
    run.add_picture(io.BytesIO(photo_bytes(1400, 900)), width=Inches(5))
    run._r.xpath(".//wp:docPr")[0].set("descr", "如意湖畔的冬日")
    document.add_paragraph("2021年，吕梁市区大气环境质量综合指数为4.44，名列全省第四，优良天数281天。")
    document.save(tmp_path / "alt.docx")
    result = import_article(tmp_path / "alt.docx", data_dir=tmp_path / "data", slug="alt")
    article = (result.folder / "article.md").read_text(encoding="utf-8")
    assert ("清澈的湖水倒映着湛蓝的天空。\n\n::: figure\n![](images/image1.jpg)\n如意湖畔的冬日\n:::"
            in article)
