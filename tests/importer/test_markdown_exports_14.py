"""Markdown exports (issue 11, fourteenth round): what static-site generators, WeChat
clippers and GitHub write, read as Markdown — each convention with a made-up text of its
shape that fails without it."""

from __future__ import annotations

from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_an_images_title_is_its_caption(tmp_path):
    # A blog post whose every paragraph and photo is a list item, the photos' captions in
    # their image titles: each title is printed as its photo's caption, under it, and no
    # word of it is lost; an untitled photo (or one titled by its file name) has none.
    result, body = import_text(tmp_path, (
        "---\ntitle: \"江南小镇两日\"\ndate: 2022-05-01\n---\n\n"
        "## 第一天\n\n"
        "+ 清晨从车站出发，沿着河岸走了大约半个小时，才看到镇口那座石桥。\n"
        "+ ![a](https://example.org/p/0001.jpg \"镇口的石桥\")\n"
        "+ 桥下的船家已经开始摆渡，我们在桥边的小店吃了早饭。\n"
        "+ ![IMG_0002](https://example.org/p/0002.jpg \"IMG_0002.jpg\")\n"
        "+ 午后下起小雨，街上的游人少了许多，我们找了一家茶馆坐下。\n"
        "+ ![b](https://example.org/p/0003.jpg)\n"
        "+ 傍晚雨停，河面上亮起了灯。\n"
        "+ ![](https://example.org/p/0004.jpg \"点击查看大图\")\n"), "a.md")
    assert paragraphs(body) == [
        "## 第一天",
        "清晨从车站出发，沿着河岸走了大约半个小时，才看到镇口那座石桥。",
        "::: figure\n镇口的石桥\n:::",
        "桥下的船家已经开始摆渡，我们在桥边的小店吃了早饭。",
        "午后下起小雨，街上的游人少了许多，我们找了一家茶馆坐下。",
        "傍晚雨停，河面上亮起了灯。"]
    assert [r.before for r in result.repairs if r.kind == "image-title"] == ["镇口的石桥"]


def test_the_title_of_an_image_inside_a_sentence_is_told(tmp_path):
    # An icon inside a sentence with a title: no caption stands there, but the words are
    # the source's — a spot for the editor, not a silent loss.
    result, body = import_text(tmp_path, (
        "# 使用说明\n\n"
        "点击右上角的![分享](https://example.org/icon.png \"分享按钮\")图标即可转发给同事。\n"),
        "a.md")
    assert paragraphs(body) == ["点击右上角的图标即可转发给同事。"]
    assert [d.before for d in result.doubts if d.kind == "image-title"] == ["分享按钮"]


def test_bold_runs_closed_and_reopened_are_one_bold_run(tmp_path):
    # A post pasted from a WeChat editor, whose styled spans close and reopen inside a
    # word: Markdown reads 「**甲****乙****丙**」 as bold inside bold, and a page shows
    # one bold run — no 「****」 reaches the page; a masked number stays as written.
    result, body = import_text(tmp_path, (
        "# 长江小记\n\n"
        "夔门所在的地方，是三峡最著名的景观**瞿****塘峡****口。**\n\n"
        "本文由**某****某****公司**供稿，转载请注明出处。\n\n"
        "咨询电话138****5678，欢迎来电。\n"), "a.md")
    assert paragraphs(body) == [
        "夔门所在的地方，是三峡最著名的景观**瞿塘峡口。**",
        "本文由**某某公司**供稿，转载请注明出处。",
        "咨询电话138****5678，欢迎来电。"]
    assert sum(r.kind == "bold-nested" for r in result.repairs) == 2


def test_a_generators_quotation_tag_is_a_block_quotation(tmp_path):
    # A Hexo post opens with the quotation tag naming the account it reposts, and quotes a
    # saying with its author in the tag: the enclosed lines are a quotation (never a
    # heading), the tag's words under them; the tags themselves are never printed.
    result, body = import_text(tmp_path, (
        "---\ntitle: 西湖\n---\n\n"
        "{% blockquote %}\n本文转载自公众号：湖山小记\n{% endblockquote %}\n\n"
        "西湖位于杭州城西，三面环山，面积约六点四平方千米。\n\n"
        "{% blockquote 苏轼, 饮湖上初晴后雨 https://example.org/poem %}\n"
        "欲把西湖比西子，淡妆浓抹总相宜。\n"
        "{% endblockquote %}\n\n"
        "这两句诗让西湖的名声传遍了天下。\n"), "a.md")
    assert paragraphs(body) == [
        "> 本文转载自公众号：湖山小记",
        "西湖位于杭州城西，三面环山，面积约六点四平方千米。",
        "> 欲把西湖比西子，淡妆浓抹总相宜。",
        "> 苏轼 饮湖上初晴后雨",
        "这两句诗让西湖的名声传遍了天下。"]
    assert "{%" not in body


def test_a_front_matter_indented_by_tabs_is_read_as_front_matter(tmp_path):
    # A blog post's front matter lists its categories indented by tabs, which YAML
    # refuses: it is still the post's front matter — its title is the title, and none of
    # its lines reaches the page.
    result, body = import_text(tmp_path, (
        "---\ntitle: 古镇记\ncategories: \n\t- \"旅行\"\n\t- \"江南\"\ntags: \"游记\"\n"
        "toc: true\n---\n\n"
        "古镇在运河边上，街巷不宽，两边都是老房子。\n"), "a.md")
    assert result.title == "古镇记"
    assert paragraphs(body) == ["古镇在运河边上，街巷不宽，两边都是老房子。"]


def test_the_line_under_a_row_of_badges_is_no_caption(tmp_path):
    # A README opens with badges (images linked to other pages) and a one-line summary:
    # the badges are no photos, so the summary is the text's first paragraph, not a
    # caption; a photo linked to its full-size picture is still a photo.
    result, body = import_text(tmp_path, (
        "# city-codes\n\n"
        "[![Build](https://img.example.org/badge/build-passing-green.svg)](https://ci.example.org/x)\n"
        "[![npm](https://img.example.org/npm/v/city-codes.svg)](https://npm.example.org/city-codes)\n\n"
        "全国城市代码：省份、城市、区县\n\n"
        "数据来自公开的统计资料，每年更新一次。\n\n"
        "[![](https://example.org/p/map-small.jpg)](https://example.org/p/map.jpg)\n\n"
        "城市分布示意图\n\n"
        "更多说明见项目主页。\n"), "a.md")
    assert paragraphs(body)[:2] == [
        "全国城市代码：省份、城市、区县", "数据来自公开的统计资料，每年更新一次。"]
    assert "::: figure\n城市分布示意图\n:::" in body


def test_an_html_images_title_is_its_caption(tmp_path):
    # The same in HTML written into the Markdown: an <img> alone on its line with a title
    # attribute has that title as its caption.
    result, body = import_text(tmp_path, (
        "# 秋游\n\n"
        "我们一早出发，中午到了山脚下。\n\n"
        "<img src=\"https://example.org/p/9.jpg\" alt=\"\" title=\"山脚下的银杏林\">\n\n"
        "下午开始登山，傍晚才到山顶。\n"), "a.md")
    assert paragraphs(body) == [
        "我们一早出发，中午到了山脚下。", "::: figure\n山脚下的银杏林\n:::",
        "下午开始登山，傍晚才到山顶。"]


def test_a_generators_tag_inside_a_line_is_dropped_and_told(tmp_path):
    # Tags of a theme inside a sentence (a label, a key): the page never shows them as
    # written, so they are not printed — but a tag may show words of its own there, so
    # each is a spot for the editor. A tag in a code span is text, and stays.
    result, body = import_text(tmp_path, (
        "# 主题配置说明\n\n"
        "{% label warning@注意 %}修改配置后，需要按 {{< kbd F5 >}} 刷新页面才能看到效果。\n\n"
        "文章里写 `{% raw %}` 可以原样显示模板代码。\n"), "a.md")
    assert paragraphs(body) == [
        "修改配置后，需要按  刷新页面才能看到效果。",
        "文章里写 `{% raw %}` 可以原样显示模板代码。"]
    assert [d.before for d in result.doubts if d.kind == "template-tag"] == [
        "{% label warning@注意 %}", "{{< kbd F5 >}}"]


def test_a_line_opening_a_paragraph_under_a_picture_is_no_caption(tmp_path):
    # A clipped article: a picture, a blank line, then a short line and, on the very next
    # line, the sentence it opens — one Markdown paragraph, so the short line is no
    # caption of the picture; a line standing alone under a picture still is.
    result, body = import_text(tmp_path, (
        "# 家里的网络\n\n"
        "路由器放在客厅，信号覆盖大部分房间。\n"
        "![](https://example.org/p/1.png)\n\n"
        "有线回程\n"
        "书房和卧室各放一台子路由，用网线连回主路由，这样无线信号之间不会互相抢占带宽，"
        "晚上几个人同时看视频也不卡。\n"
        "子路由要选支持有线回程的型号。\n\n"
        "![](https://example.org/p/2.png)\n\n"
        "子路由的摆放位置\n\n"
        "最后记得给每台路由器都更新一下固件。\n"), "a.md")
    assert "::: figure\n有线回程" not in body
    assert "::: figure\n子路由的摆放位置\n:::" in body
