"""Readers chosen by content, and each reader's bad input: exit 2, nothing written."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from readers_samples import ARTICLE_HTML, gongwen_docx, photo_bytes, saved_page, styled_docx
from typer.testing import CliRunner

from briefing.cli import app
from briefing.errors import InputError
from briefing.importer import import_article
from briefing.importer.images import MAX_PPI, PRINT_WIDTH_MM, place_images, prepare_images
from briefing.importer.readers import MAX_BYTES, parse_pages, read_source
from briefing.importer.readers import Image as ReaderImage

runner = CliRunner()


def _refused(source: Path, tmp_path: Path, *words: str, args: tuple[str, ...] = ()) -> str:
    """`briefing import` exits 2, names the file, says `words`, and writes nothing."""
    data = tmp_path / "data"
    result = runner.invoke(app, ["import", str(source), "--data-dir", str(data), "--slug", "x",
                                 *args])
    assert result.exit_code == 2, result.output
    text = " ".join(result.output.split())
    for word in words:
        assert word in text, text
    assert "fix:" in result.output
    assert not data.exists() or not any(data.iterdir())
    return text


# ---------------------------------------------------------------- choice by content


def test_a_word_file_is_read_as_one_whatever_its_name(tmp_path):
    docx = styled_docx(tmp_path / "a.docx")
    renamed = tmp_path / "article.txt"
    shutil.copy(docx, renamed)
    article = read_source(renamed)
    assert article.kind == "docx"
    assert "## 一、党建引领，凝心聚力" in article.text


def test_a_web_page_is_read_as_one_whatever_its_name(tmp_path):
    page = tmp_path / "download"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    assert read_source(page).kind == "html"


def test_a_pdf_is_read_as_one_whatever_its_name(tmp_path):
    pdf = tmp_path / "scan.txt"
    Image.open(io.BytesIO(photo_bytes(300, 200))).save(pdf, "PDF")
    with pytest.raises(InputError, match="no text layer"):
        read_source(pdf)


def test_text_and_markdown_are_read_as_before(tmp_path):
    source = Path("tests/articles/lvliang-2021.txt")
    article = read_source(source)
    assert article.kind == "text" and not article.images
    assert article.text == source.read_text(encoding="utf-8").replace("\r\n", "\n")


# ---------------------------------------------------------------- bad input


def test_a_password_protected_word_file_is_refused(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto.format.ooxml")
    plain = styled_docx(tmp_path / "plain.docx")
    locked = tmp_path / "locked.docx"
    with open(plain, "rb") as source, open(locked, "wb") as target:
        msoffcrypto.OOXMLFile(source).encrypt("secret", target)
    _refused(locked, tmp_path, "password-protected", "locked.docx")


def test_an_old_word_file_is_refused_with_what_to_do(tmp_path):
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    _refused(doc, tmp_path, "old-style Word", "save it as .docx")


def test_a_damaged_word_file_is_refused(tmp_path):
    whole = styled_docx(tmp_path / "whole.docx").read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(whole[: len(whole) // 2])
    _refused(broken, tmp_path, "damaged", "broken.docx")


def test_a_zip_that_is_no_word_file_is_refused(tmp_path):
    import zipfile

    odt = tmp_path / "a.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("content.xml", "<office:document-content/>")
    _refused(odt, tmp_path, "OpenDocument", "not a Word document")


def test_a_damaged_pdf_is_refused(tmp_path):
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF garbage")
    _refused(pdf, tmp_path, "broken.pdf")


def test_a_password_protected_pdf_is_refused(tmp_path):
    import pikepdf

    plain = tmp_path / "plain.pdf"
    Image.open(io.BytesIO(photo_bytes(300, 200))).save(plain, "PDF")
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    _refused(locked, tmp_path, "password-protected", "locked.pdf")


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path):
    scan = tmp_path / "scan.pdf"
    pages = [Image.open(io.BytesIO(photo_bytes(600, 850))) for _ in range(2)]
    pages[0].save(scan, "PDF", save_all=True, append_images=pages[1:])
    text = _refused(scan, tmp_path, "this PDF has no text layer (a scan?)", "pages 1–2", "OCR")
    assert "ocrmypdf" in text


def test_a_page_that_is_all_scripts_is_refused(tmp_path):
    page = tmp_path / "app.html"
    page.write_text("<!DOCTYPE html><html><head><title>加载中</title>"
                    "<script src='/app.js'></script><script>render('#root')</script></head>"
                    "<body><div id='root'></div><script>window.__DATA__ = {}</script>"
                    "</body></html>", encoding="utf-8")
    _refused(page, tmp_path, "no article text", "all scripts (3 <script>", "save it as")


def test_an_image_that_cannot_be_decoded_is_refused(tmp_path):
    page = saved_page(tmp_path / "site")
    (tmp_path / "site" / "images" / "photo1.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg")
    _refused(page, tmp_path, "image 1 (photo1.jpg) cannot be decoded", "JPEG or PNG")


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    huge = tmp_path / "issue.pdf"
    with open(huge, "wb") as handle:  # sparse: no 50 MB written
        handle.write(b"%PDF-1.7\n")
        handle.truncate(MAX_BYTES + 1)
    _refused(huge, tmp_path, "over the 50 MB", "--pages")


def test_pages_must_be_a_range_within_the_pdf_and_only_for_a_pdf(tmp_path):
    assert parse_pages("12-15") == (12, 15) and parse_pages("3") == (3, 3)
    for wrong in ("15-12", "0-2", "a-b", "1-2-3"):
        with pytest.raises(InputError, match="not a page range"):
            parse_pages(wrong)
    docx = gongwen_docx(tmp_path / "notice.docx")
    _refused(docx, tmp_path, "--pages is for a PDF", args=("--pages", "2-3"))
    _refused(docx, tmp_path, "not a page range", args=("--pages", "3-1"))


# ---------------------------------------------------------------- images


def _image(data: bytes, caption: str | None = "图1 检查现场", name: str = "x.jpg"):
    return ReaderImage(name, data, caption=caption)


def test_a_large_photo_is_downsampled_once_to_300_ppi(tmp_path):
    [prepared] = prepare_images([_image(photo_bytes(4000, 2500))], tmp_path / "a.docx")
    width = round(MAX_PPI * PRINT_WIDTH_MM / 25.4)
    assert (prepared.width, prepared.height) == (width, round(2500 * width / 4000))
    assert Image.open(io.BytesIO(prepared.data)).size == (prepared.width, prepared.height)
    assert [r.kind for r in prepared.repairs] == ["image-downsampled"]
    assert len(prepared.data) < len(photo_bytes(4000, 2500))
    [again] = prepare_images([_image(prepared.data)], tmp_path / "a.docx")
    assert again.data == prepared.data and not again.repairs  # once, not at every import


def test_a_small_photo_is_kept_and_left_for_review_under_150_ppi(tmp_path):
    data = photo_bytes(600, 400)
    [prepared] = prepare_images([_image(data)], tmp_path / "a.docx")
    assert prepared.data == data
    [doubt] = prepared.doubts
    assert doubt.kind == "image-resolution" and "95 ppi" in doubt.note


def test_other_formats_and_colour_spaces_become_png_or_jpeg(tmp_path):
    gif, cmyk = photo_bytes(1000, 700, "GIF"), photo_bytes(1000, 700, "TIFF", "CMYK")
    prepared = prepare_images([_image(gif, name="a.gif"), _image(cmyk, name="a.tif")],
                              tmp_path / "page.html")
    assert [p.name for p in prepared] == ["a.png", "a-2.png"]
    for item in prepared:
        image = Image.open(io.BytesIO(item.data))
        assert image.format == "PNG" and image.mode in ("P", "RGB")
        assert item.repairs[0].kind == "image-converted"


def test_an_image_goes_into_the_figure_of_its_caption_even_when_joined_to_a_paragraph():
    from briefing.importer.draft import Node

    caption = "图为检查现场"
    nodes = [Node("paragraph", "第一段。", ((0, 1),)),
             Node("paragraph", "图为检查现场第二段的文字。", ((0, 3),))]
    [prepared] = prepare_images([_image(photo_bytes(1000, 600), caption)], Path("a.docx"))
    placed, repairs, _ = place_images(nodes, [prepared])
    assert [(n.kind, n.text) for n in placed] == [
        ("paragraph", "第一段。"),
        ("caption", f"![](images/x.jpg)\n{caption}"),
        ("paragraph", "第二段的文字。"),
    ]
    assert "cut out of the paragraph" in repairs[-1].note


def test_an_image_without_caption_is_kept_in_the_folder_and_named_in_the_report(tmp_path):
    page = saved_page(tmp_path / "site")
    html = page.read_text(encoding="utf-8").replace(
        "<figcaption>吕梁市生态环境局党组书记白旭平在孝义检查秋冬季空气质量保障措施落实情况。</figcaption>",
        "").replace(' alt="检查现场"', "")
    page.write_text(html, encoding="utf-8")
    result = import_article(page, data_dir=tmp_path / "data", slug="page")
    assert (result.folder / "images" / "photo1.jpg").is_file()
    assert "![](images/photo1.jpg)" not in (result.folder / "article.md").read_text()
    assert any(d.kind == "image-unplaced" for d in result.doubts)


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_portrait_photo_prints_within_the_text_block_and_at_most_110_mm_tall(
        tmp_path, template):
    from conftest import SAMPLE, write_briefing
    from readers_samples import PHOTO_CAPTION, built, pdf_images

    # The sample's front matter (jianbao's masthead too) over a page of its text: the
    # photo's rule needs the text block around it, not the whole article.
    front = (SAMPLE / "article.md").read_text("utf-8").split("---\n", 2)[1]
    text = "全市空气质量优良天数281天，同比增加12天，重污染天数同比减少5天，" * 6 + "。"
    folder = write_briefing(tmp_path / "lvliang", f"""
        ## 一、总体情况

        {text}

        ::: figure
        ![](images/tall.jpg)
        {PHOTO_CAPTION}
        :::

        {text}
        """, front=f"---\n{front}---\n")
    (folder / "images").mkdir()
    (folder / "images" / "tall.jpg").write_bytes(photo_bytes(1000, 2000))
    pdf = built(folder, tmp_path / "out.pdf", template=template)
    [image] = pdf_images(pdf)
    width, height = image["x1"] - image["x0"], image["bottom"] - image["top"]
    assert height <= 110 * 72 / 25.4 + 0.5
    assert abs(width / height - 0.5) < 0.01  # its proportions kept
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        page = document.pages[image["page"] - 1]
        body = [c for c in page.chars if c["size"] >= 12]
        left, right = min(c["x0"] for c in body), max(c["x1"] for c in body)
    assert left - 1 <= image["x0"] and image["x1"] <= right + 1  # inside the text block


def test_a_markdown_file_brings_its_local_photos_in(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "1.jpg").write_bytes(photo_bytes(1200, 800))
    source = tmp_path / "article.md"
    source.write_text(
        "# 吕梁亮出绿色底色\n\n如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。\n\n"
        "![现场](img/1.jpg)\n图1 吕梁市生态环境局党组书记在孝义检查\n\n"
        "2021年，吕梁市区大气环境质量综合指数为4.44，名列全省第四。\n\n"
        "![](../outside.jpg)\n", encoding="utf-8")
    (tmp_path / "outside.jpg").write_bytes(photo_bytes(300, 200))
    result = import_article(source, data_dir=tmp_path / "data", slug="md")
    article = (result.folder / "article.md").read_text(encoding="utf-8")
    assert "::: figure\n![](images/1.jpg)\n图1 吕梁市生态环境局党组书记在孝义检查\n:::" in article
    assert sorted(p.name for p in (result.folder / "images").iterdir()) == ["1.jpg"]
    assert any("outside the article's folder" in d.note for d in result.doubts)
    assert not (result.folder / "import-source.md").exists()  # a text's lines are its own


@pytest.mark.parametrize("magic", [b"%PDF-1.7\n", b"PK\x03\x04", b"<!DOCTYPE html><html>"])
def test_any_bytes_behind_a_readers_magic_are_read_or_refused(tmp_path, magic):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.binary(max_size=600))
    def read_or_refuse(tail):
        source = tmp_path / "file"
        source.write_bytes(magic + tail)
        try:
            read_source(source)
        except InputError as error:
            assert error.problems[0].fix

    read_or_refuse()
