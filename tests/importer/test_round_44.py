"""The forty-fourth round (issue 11): made-up texts of shapes found in the census of the
whole tuning corpus with the current importer, thirty-eighth stop.

Markdown: an image with a blog plugin's or an editor's options after its address, not a
quoted title (「![旧照](/images/IMG_0313.jpg --alt 别动)」, 「![](a.png =300x)」), is an
image — CommonMark reads none there and the whole would be printed; a picture's title that
is only its file's name without the extension (「title="IMG_0172"」 on 「…/IMG_0172.jpg」, as a
blog editor fills it in) is no caption.
"""

from __future__ import annotations

from conftest import import_text

from briefing.importer.markup.inline import render_inline, usable_title

OPTIONED_IMAGES = """# 老照片

![旧照](/downloads/images/2011_11/IMG_0313.jpg --alt Don't touch me)

国庆回了一趟老家。出发的那天天气并不好，可是对爸妈而言，去看看那个地方已经计划过太多次。

文中的小图![](/images/small.png =300x)之后还有字。

![合影](/images/b.jpg "一九八八年的全家福")
"""


def test_an_image_with_options_after_its_address_is_an_image(tmp_path):
    result, body = import_text(tmp_path, OPTIONED_IMAGES, "photos.md")
    assert "![" not in body and "--alt" not in body and "=300x" not in body
    assert "文中的小图之后还有字。" in body
    assert "一九八八年的全家福" in body  # a quoted title is still the caption
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "IMG_0313.jpg" in report and "small.png" in report  # each named as dropped


def test_a_quoted_title_is_not_taken_for_options():
    text, notes = render_inline('![a](b.png "标题")')
    assert notes.titles == ["标题"]
    text, notes = render_inline("![a](b.png (标题))")
    assert notes.titles == ["标题"]


FILE_NAMED_TITLES = """# 翻老照片

回到家里，我翻出了家里的老照片，有几张是外公寄来的。

<span><a href="/images/IMG_0172.jpg"><img title="IMG_0172" alt="IMG_0172" src="/images/IMG_0172.jpg" width="204" /></a> <a href="/images/DSC0168.JPG"><img title="dsc0168" src="/images/DSC0168.JPG" /></a></span>

看这些照片的时候，最怀念的是那时一家人轻松自在的样子。
"""


def test_a_title_naming_the_pictures_file_is_no_caption(tmp_path):
    _, body = import_text(tmp_path, FILE_NAMED_TITLES, "photos.md")
    assert "IMG_0172" not in body and "dsc0168" not in body.lower()
    assert "::: figure" not in body


def test_a_title_with_words_of_its_own_stays():
    assert usable_title("IMG_0172", "/images/IMG_0172.jpg") == ""
    assert usable_title("IMG_0172", "https://x.org/p/IMG_0172.jpeg?w=300") == ""
    assert usable_title("白水河 IMG_0172", "/images/IMG_0172.jpg") == "白水河 IMG_0172"
    assert usable_title("IMG_0172", "/images/IMG_0173.jpg") == "IMG_0172"


BOLD_CAPTION_ELEMENTS = """# 香港市花

红花羊蹄甲的故事要从1880年说起，一位传教士在香港偶然发现了这种植物，并以插枝栽种在修道院。

<img src="https://example.org/Bauhinia_2.jpg" width=100% title="红花羊蹄甲" alt="红花羊蹄甲" align=center/>

**<p align="center">Figure 1. 红花羊蹄甲 图片来源：wiki</p>**

18年后，香港的植物及林务部主管第一次对红花羊蹄甲进行科学的描述，将其定为羊蹄甲属的新物种。

<img src="https://example.org/flag.png" title="香港区旗" />

1997年，红花羊蹄甲正式定为香港市花，出现在区旗和区徽上。
"""


def test_emphasis_marks_around_a_block_element_are_not_printed(tmp_path):
    _, body = import_text(tmp_path, BOLD_CAPTION_ELEMENTS, "bauhinia.md")
    assert "\n**\n" not in body and not body.strip().startswith("**")
    assert body.count("**") == 0


def test_a_title_the_caption_under_the_picture_repeats_is_not_a_second_caption(tmp_path):
    result, body = import_text(tmp_path, BOLD_CAPTION_ELEMENTS, "bauhinia.md")
    assert body.count("::: figure") == 2
    assert "::: figure\nFigure 1. 红花羊蹄甲 图片来源：wiki\n:::" in body
    assert "::: figure\n红花羊蹄甲\n:::" not in body
    # a title with no caption under it is still the picture's caption
    assert "::: figure\n香港区旗\n:::" in body
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "the caption under it is the picture's" in report


def test_marks_inside_a_line_with_words_stay():
    text, _ = render_inline("**加粗<br>文字**")
    assert text == "**加粗<br>文字**"
