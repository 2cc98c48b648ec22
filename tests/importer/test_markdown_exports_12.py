"""Markdown exports (issue 11, twelfth round): what a publishing tool's Markdown means,
read as Markdown — each convention with a made-up text of its shape that fails without
it."""

from __future__ import annotations

from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_an_item_of_a_list_nested_in_a_list_item_is_a_paragraph_without_its_bullet(
        tmp_path):
    # A docs page nests bullets under an ordered item, indented by the item's content
    # (four spaces): Markdown reads them as items, not code; the format has no lists, so
    # each is a paragraph of its own and no dash reaches the page.
    result, body = import_text(tmp_path, (
        "# 追踪工具的分类\n\n"
        "追踪技术可以按数据源分为几类，下面分别说明。\n\n"
        "1.  动态追踪：\n"
        "    -   在内核任意位置插桩的技术；\n"
        "    -   基于中断机制触发钩子函数。\n\n"
        "2.  静态追踪：\n"
        "    *   由开发者预先写好插桩点的技术；\n"
        "    *   接口比动态追踪更稳定。\n\n"
        "以上是两类事件源。\n"), "a.md")
    assert paragraphs(body) == [
        "追踪技术可以按数据源分为几类，下面分别说明。", "1.  动态追踪：",
        "在内核任意位置插桩的技术；", "基于中断机制触发钩子函数。", "2.  静态追踪：",
        "由开发者预先写好插桩点的技术；", "接口比动态追踪更稳定。", "以上是两类事件源。"]
    assert sum(r.kind == "list-item" for r in result.repairs) == 4


def test_an_item_of_a_bullet_list_is_never_a_heading(tmp_path):
    # Short items with no sentence mark, one of them bold, over a paragraph: a short line
    # there would read as a heading, but the author wrote a list — each item stays a
    # paragraph (its bold kept), with no heading and no question about missing text.
    result, body = import_text(tmp_path, (
        "# 关于开展节能检查的说明\n\n"
        "本次检查分三步进行。要点如下：\n\n"
        "- 第一项\n"
        "- 第二项\n"
        "- **联系方式**\n\n"
        "检查结束后，请各单位在五个工作日内提交书面报告，并附上相关照片和记录。\n"), "a.md")
    assert "#" not in body
    assert paragraphs(body) == [
        "本次检查分三步进行。要点如下：", "第一项", "第二项", "**联系方式**",
        "检查结束后，请各单位在五个工作日内提交书面报告，并附上相关照片和记录。"]
    assert not [d for d in result.doubts if d.kind == "unfinished-paragraph"]


def test_a_copy_written_one_paragraph_a_line_is_no_raw_extraction(tmp_path):
    # A 公众号 article pasted from a mirror: a paragraph a line, lines of every length,
    # the converter's half-width commas, numbered heads run into their titles (「2做法」).
    # Lines ending in no mark are heads and unfinished sentences of the copy, not halves
    # of paragraphs a page broke: no line is joined to the next.
    lines = ["本文介绍一个小工具的由来,以及我们在开发中遇到的问题和解决办法,希望对大家有所帮助。",
             "1缘起",
             "去年我们接手了一批营销活动页面,特点是数量多而且每个页面都很小,需要同时维护两个地区的版本",
             "2做法",
             "先完成第一个地区的版本,然后复制一份代码,再逐页修改页面上的文字、价格和登录方式",
             "3问题",
             "复制的做法容易出错,两个版本又要同时上线,修改一处就要改两处,测试时间也常常不够。",
             "最后我们把两个版本合成了一个项目,用一个开关区分地区。"]
    result, body = import_text(tmp_path, "\n".join(lines) + "\n", "a.txt")
    kept = [part.removeprefix("## ") for part in paragraphs(body)]
    assert kept == [line.replace(",", "，") for line in lines]
    assert not [r for r in result.repairs if r.kind in ("raw-extraction", "join-split-paragraph")]


def test_a_reposts_credit_line_is_never_the_title(tmp_path):
    # A copy with no title line opens with the account's greeting, then the repost's
    # credit 「本文来自读者@某某 投稿授权」 and the original's link: the credit says where
    # the text comes from, not what it is about — no title is taken (a doubt asks for
    # one), and the greeting above it is kept, not dropped as a page's furniture.
    result, body = import_text(tmp_path, (
        "大家好,我是阿明。每周我们一起读一段源码,感兴趣的朋友可以加我微信参与,共同进步。\n"
        "本文来自读者@小林 投稿授权\n"
        "原文链接:https://example.com/post/12345\n"
        "前言\n"
        "这篇文章讲我们怎样把两个版本的项目合成一个项目,以及中间遇到的几个问题。\n"
        "做法\n"
        "营销活动页面数量多、每页都小,复制代码的办法越来越难以为继,于是我们改用一个开关。\n"),
        "a.txt")
    assert result.title == ""
    assert any(d.kind == "no-title" for d in result.doubts)
    assert paragraphs(body)[:2] == [
        "大家好，我是阿明。每周我们一起读一段源码，感兴趣的朋友可以加我微信参与，共同进步。",
        "本文来自读者@小林 投稿授权"]
    assert not [r for r in result.repairs if r.kind == "furniture-above-title"]


def test_a_heading_raised_to_the_top_does_not_pull_its_later_namesakes_past_a_part(
        tmp_path):
    # A README whose title is a `##` line: its first `###` stands right under the title
    # and must rise to the top level; a `##` part follows, and the `###` under that part
    # are its subsections — the risen one's form does not make them its siblings.
    result, body = import_text(tmp_path, (
        "## 本市志愿服务项目汇编\n\n"
        "汇集全市各区登记的志愿服务项目，按登记日期排列。\n\n"
        "### 使用说明\n\n"
        "本汇编每月更新一次，项目信息由各区志愿服务中心提供。\n\n"
        "## 项目列表\n\n"
        "### 2025 年 4 月 14 号登记\n\n"
        "#### 东城区\n\n"
        "社区图书角：每周六上午为社区儿童读绘本。\n\n"
        "### 2025 年 4 月 8 号登记\n\n"
        "#### 西城区\n\n"
        "老年助餐点：为辖区独居老人送餐上门。\n"), "a.md")
    heads = [line for line in body.split("\n") if line.startswith("#")]
    assert heads == ["## 使用说明", "## 项目列表", "### 2025 年 4 月 14 号登记", "#### 东城区",
                     "### 2025 年 4 月 8 号登记", "#### 西城区"]


def test_the_reports_lines_of_a_post_with_front_matter_are_the_sources_lines(tmp_path):
    # A Hexo post opens with its front matter, which the clean-up takes out: what the
    # markup reader then did (a list item, a link) is still reported at the line of the
    # source file the editor opens, not of the text left after the front matter.
    source = ("---\n"
              "title: 周末读书会纪要\n"
              "date: 2023-02-19 10:49:13\n"
              "tags:\n"
              "  - 读书\n"
              "---\n\n"
              "本周读书会讨论了两本书。\n\n"
              "- 第一本是关于城市规划的\n"
              "- 第二本是一部地方志\n\n"
              "详见[活动页面](https://example.com/club)。\n")
    result, body = import_text(tmp_path, source, "a.md")
    lines = source.split("\n")
    items = [r.line for r in result.repairs if r.kind == "list-item"]
    assert [lines[n - 1] for n in items] == ["- 第一本是关于城市规划的", "- 第二本是一部地方志"]
    link = next(r.line for r in result.repairs if r.kind == "link")
    assert lines[link - 1].startswith("详见")


def test_a_hugo_figures_caption_is_the_pictures_caption(tmp_path):
    # 「{{< figure src=… caption="…" >}}」 prints its caption under the picture: the
    # shortcode is page code, its caption the author's words — kept, as the caption.
    result, body = import_text(tmp_path, (
        "# 春季植树活动回顾\n\n"
        "三月十二日，社区组织居民在河滨公园种下了两百棵树苗。\n\n"
        '{{< figure src="images/tree.jpg" caption="居民在河滨公园种植树苗" width="400" >}}\n\n'
        "活动结束后，志愿者还为每棵树苗挂上了认养牌。\n"), "a.md")
    assert "::: figure\n居民在河滨公园种植树苗\n:::" in body
    assert "{{" not in body and "src=" not in body
    assert paragraphs(body)[-1] == "活动结束后，志愿者还为每棵树苗挂上了认养牌。"


def test_a_docs_sites_page_code_is_read_not_printed(tmp_path):
    # A docs page: MDX's import line, a contents marker and MkDocs' admonition line are
    # the site's code — dropped, each a repair; the admonition's indented text is kept.
    result, body = import_text(tmp_path, (
        "# 本站写作规范说明\n\n"
        "import Tabs from '@theme/Tabs';\n\n"
        "[[toc]]\n\n"
        "本文说明本站文章的写作规范，供投稿作者参考。\n\n"
        '!!! note "注意"\n'
        "    投稿前请先阅读本规范的全部条款。\n\n"
        "[TOC]\n\n"
        "以上规范自发布之日起执行。\n"), "a.md")
    assert paragraphs(body) == ["本文说明本站文章的写作规范，供投稿作者参考。",
                                "投稿前请先阅读本规范的全部条款。", "以上规范自发布之日起执行。"]
    kinds = [r.kind for r in result.repairs]
    assert kinds.count("toc-marker") == 2 and "mdx-statement" in kinds and "admonition" in kinds


def test_a_series_of_numbers_run_into_short_titles_is_the_texts_heads(tmp_path):
    # A 公众号 pasted as text: its heads' number badges run into the titles (「2做法」),
    # lines of their own, numbered 1, 2, 3 in order — the text's heads, each a heading
    # told for review; two such lines are no series.
    lines = ["本文介绍一个小工具的由来,以及我们在开发中遇到的问题和解决办法,希望对大家有所帮助。",
             "1缘起",
             "去年我们接手了一批营销活动页面,特点是数量多而且每个页面都很小,需要同时维护两个地区的版本",
             "2做法",
             "先完成第一个地区的版本,然后复制一份代码,再逐页修改页面上的文字、价格和登录方式",
             "3遇到的问题",
             "复制的做法容易出错,两个版本又要同时上线,修改一处就要改两处,测试时间也常常不够。"]
    result, body = import_text(tmp_path, "\n".join(lines) + "\n", "a.txt")
    heads = [line for line in body.split("\n") if line.startswith("#")]
    assert heads == ["## 1缘起", "## 2做法", "## 3遇到的问题"]
    assert sum(r.kind == "glued-number-heading" and r.review for r in result.repairs) == 3
    # two such lines are no series
    (tmp_path / "two").mkdir()
    result, body = import_text(tmp_path / "two", "\n".join(lines[:5]) + "\n", "a.txt")
    assert not [r for r in result.repairs if r.kind == "glued-number-heading"]
    assert "1缘起" in paragraphs(body)


def test_numbers_restarting_under_a_glued_head_are_a_level_down(tmp_path):
    # Under the last badge-numbered head, the author numbers the steps 「1. 」「2. 」: they
    # stand under that head, not beside it.
    lines = ["本文介绍一个小工具的由来,以及我们在开发中遇到的问题和解决办法,希望对大家有所帮助。",
             "1缘起", "去年我们接手了一批营销活动页面,需要同时维护两个地区的版本。",
             "2问题", "复制的做法容易出错,两个版本又要同时上线。",
             "3解决方案", "1. 合并两个项目",
             "用一个环境变量区分地区,构建时分别打包。",
             "2. 统一文字转换", "把简体文字在构建时转换成繁体,不再手工替换。"]
    result, body = import_text(tmp_path, "\n".join(lines) + "\n", "a.txt")
    heads = [line for line in body.split("\n") if line.startswith("#")]
    assert heads == ["## 1缘起", "## 2问题", "## 3解决方案", "### 1. 合并两个项目",
                     "### 2. 统一文字转换"]


def test_a_readmes_language_switch_is_dropped_its_words_in_sentences_kept(tmp_path):
    # 「*Read this in [English](README_en.md).*」 under a README's title is the site's
    # switch to its other language, never the article's text; a sentence that names a
    # language in a link keeps its words.
    result, body = import_text(tmp_path, (
        "# 某某开源项目\n\n"
        "*Read this in [English](README_en.md).*\n\n"
        "本项目是一个开源的中文分词工具，支持[English](https://example.com/en)和中文两种语言的文本。\n\n"
        "详见 [English](README_en.md) 版说明。\n"), "a.md")
    assert paragraphs(body) == ["本项目是一个开源的中文分词工具，支持English和中文两种语言的文本。",
                                "详见 English 版说明。"]
    assert any(r.kind == "language-switch" for r in result.repairs)


def test_a_language_switch_naming_the_current_language_unlinked_is_dropped(tmp_path):
    # 「中文 | [English](README_en.md) | [日本語](README_ja.md)」: the page's own language
    # is named without a link among the others (GitHub READMEs write it so); a line naming
    # a language unlinked among words that are no language names stays.
    result, body = import_text(tmp_path, (
        "# 某某开源项目\n\n"
        '<p align="center"><br>中文 | <a href="README_en.md">English</a> | '
        '<a href="README_ja.md">日本語</a></p>\n\n'
        "本项目是一个开源的中文分词工具。\n\n"
        "中文 | 说明见 [English](README_en.md) 版\n"), "a.md")
    assert "日本語" not in body and "说明见" in body
    assert any(r.kind == "language-switch" for r in result.repairs)


def test_heads_numbered_in_one_series_are_siblings_whatever_marks_them(tmp_path):
    # A README numbers its parts 1, 2, 3, writing the first two as bold lines and the
    # third as a `##` heading: one series, one level — the bold heads are not set under
    # the title's level a step down.
    result, body = import_text(tmp_path, (
        "## 本市志愿服务项目汇编\n\n"
        "汇集全市各区登记的志愿服务项目。\n\n"
        "### 分册\n\n"
        "各区另有分册，收录本区项目。\n\n"
        "**1. 为什么编这份汇编**\n\n"
        "方便居民查找身边的志愿服务项目。\n\n"
        "**2. 项目的三种状态**\n\n"
        "筹备中、进行中、已结束。\n\n"
        "## 3. 项目列表\n\n"
        "### 2025 年 4 月登记\n\n"
        "社区图书角：每周六上午为社区儿童读绘本。\n"), "a.md")
    heads = [line for line in body.split("\n") if line.startswith("#")]
    assert heads == ["## 分册", "## 1. 为什么编这份汇编", "## 2. 项目的三种状态", "## 3. 项目列表",
                     "### 2025 年 4 月登记"]


def test_a_reference_link_without_its_definition_keeps_its_words_and_is_told(tmp_path):
    # 「[words][71]」 whose label the text never defines (an export lost or misnumbered
    # it): Markdown would print the brackets; the author wrote a link — its words stay,
    # its marks go, and the editor is asked about the lost address. Citation marks
    # 「[1][2]」 and code keep theirs; a defined reference is an ordinary link.
    result, body = import_text(tmp_path, (
        "# 排版工具对比\n\n"
        "我推荐你阅读这一篇文章：《[四大主流微信编辑器完全对比指南][71]》，也可以看[官方说明][1]。\n\n"
        "文献[1][2]已经讨论过这个问题，代码里写作`[连接的文本][x]`即可。\n\n"
        " [1]: https://example.com/guide\n"), "a.md")
    assert paragraphs(body) == [
        "我推荐你阅读这一篇文章：《四大主流微信编辑器完全对比指南》，也可以看官方说明。",
        "文献[1][2]已经讨论过这个问题，代码里写作`[连接的文本][x]`即可。"]
    assert [d.line for d in result.doubts if d.kind == "reference-undefined"] == [3]
