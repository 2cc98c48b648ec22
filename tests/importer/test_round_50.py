"""The fiftieth round (issue 11): made-up texts of the shapes that went wrong on the
sixty-first held-back set, scored once in the thirty-ninth stop.

A news site's page copied whole: its account links over the story (「登录|注册」) are no
title; its facts line may leave fields empty, the next label right after the colon
(「来源：发布者：时间：2023-09-13」); and under the story its 「网站声明」 — the reprint notice
(「未经允许不得转载」) and the disclaimer for what it reposts (「转载目的在于传递更多信息，并不代表
本网赞同其观点」) — is the page's, not the story's.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer import roles
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.titleblock.lines import is_title_candidate, labelled_facts

PAGE = """设为首页|加入收藏
登录|注册
您的位置:首页 > 焦点新闻>

某市三个村入选全省乡村治理示范村

来源:发布者:时间:2023-09-13

某市晚报讯(记者 李明)近日,省农业农村厅发布公告,对全省乡村治理示范村名单进行公示,我市三个村上榜。

据省农业农村厅9月4日发布的公告,此次共拟认定示范村120个,我市上榜的三个村分别是东村、西村和南村。

网站声明

某市日报、某市晚报所有自采新闻(含图片)独家授权某市新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源。

凡本网未注明“发布者:某市新闻网”的作品,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。
"""


def test_a_news_pages_account_links_are_no_title(tmp_path):
    result, body = import_text(tmp_path, PAGE, "page.txt")
    meta = front_matter(result)
    assert meta["title"] == "某市三个村入选全省乡村治理示范村"
    assert "登录" not in body
    assert not is_title_candidate(RawBlock("text", [SourceLine(1, "登录|注册")]))


def test_a_facts_line_with_empty_fields_gives_its_date(tmp_path):
    result, body = import_text(tmp_path, PAGE, "page.txt")
    assert str(front_matter(result)["date"]) == "2023-09-13"
    assert "发布者" not in body
    assert labelled_facts("来源：发布者：时间：2023-09-13") == [("date", "2023-09-13")]
    assert labelled_facts("来源：人民网 发布者：张三 时间：2023-09-13") == [
        ("source", "人民网"), ("date", "2023-09-13")]


def test_a_sites_statement_under_the_story_is_the_pages(tmp_path):
    _, body = import_text(tmp_path, PAGE, "page.txt")
    assert "我市上榜的三个村分别是东村、西村和南村。" in body
    assert "网站声明" not in body and "不得转载" not in body and "传递更多信息" not in body


PAPER_PAGE = """---
title: "冰雪游热起来"
date: 2025-01-02
source_url: "https://paper.example.cn/content/202501/02/content_1.html"
---

# 冰雪游热起来

图①：游客在冰雪大世界游览。

某某冰雪大世界供图

图②：雪博会园内的雪雕作品。

张  松摄（影像中国）

又是一年冰雪季。各地推出冰雪旅游线路，游客纷至沓来。
"""


def test_an_archives_source_url_is_the_articles_address(tmp_path):
    result, _ = import_text(tmp_path, PAPER_PAGE, "page.md")
    assert front_matter(result)["url"] == "https://paper.example.cn/content/202501/02/content_1.html"


def test_a_credit_a_blank_line_under_its_caption_closes_it(tmp_path):
    _, body = import_text(tmp_path, PAPER_PAGE, "page.md")
    assert "::: figure\n图①：游客在冰雪大世界游览。\n\n某某冰雪大世界供图\n:::" in body
    assert "::: figure\n图②：雪博会园内的雪雕作品。\n\n张  松摄（影像中国）\n:::" in body
    assert roles.is_credit_line("吉林市委宣传部供图")
    assert roles.is_credit_line("张  松摄（影像中国）")
    assert not roles.is_credit_line("各地推出冰雪旅游线路，游客纷至沓来供图")


STORY_WITH_LINK_BEFORE = """# 華僑學校畢業典禮 500人熱鬧參與

紐約華僑學校近日在曼哈頓華埠的紐約中華公所舉辦2024年度畢業典禮，師生和家長約500人出席。

本年度共有33名學生獲得獎學金，獎金總額1萬1100元。

華埠 華人 亞裔

上一則

漫步、藝術、太極⋯屬於自己的高線公園
"""


def test_the_link_to_the_story_before_alone_ends_the_story(tmp_path):
    _, body = import_text(tmp_path, STORY_WITH_LINK_BEFORE, "story.md")
    assert body.rstrip().endswith("獎金總額1萬1100元。")
    assert "上一則" not in body and "高線公園" not in body and "華埠 華人" not in body


WIKI_PAGE = """模板:歷史上的二月

出自政大記憶網
於 2023年5月30日 (二) 02:54 由 Admin留言 | 貢獻 所做的修訂 (建立內容為「*民國17年(1928年)2月28日,遷校至…」)
(差異) ←上個修訂 | 最新修訂 (差異) | 下個修訂→ (差異)
跳至導覽 跳至搜尋
  • 民國17年(1928年)2月28日,遷校至紅紙廊前江蘇省立法政大學校址。
  • 民國24年(1935年)2月28日,呈准設置研究部。
"""


def test_a_wiki_pages_frame_is_furniture(tmp_path):
    result, body = import_text(tmp_path, WIKI_PAGE, "wiki.txt")
    assert front_matter(result)["title"] == "模板：歷史上的二月"
    for frame in ("出自", "所做的修訂", "上個修訂", "跳至導覽"):
        assert frame not in body
    assert "遷校至紅紙廊前江蘇省立法政大學校址。" in body


CHANGE_LOG = """# 2021 年董事会报告

最受关注的几个改进如下：

* dolphinscheduler/pull/6894[Improvement][Logger]Logger server integrate into worker server(15 comments)
* dolphinscheduler/pull/7214[DS-7016][feat] Auto create workflow while import sql script(12 comments)
"""


def test_words_in_brackets_side_by_side_are_tags_not_a_broken_link(tmp_path):
    _, body = import_text(tmp_path, CHANGE_LOG, "report.md")
    assert "[Improvement][Logger]Logger server" in body
    assert "[DS-7016][feat] Auto create" in body


OUTLINE = """# 一次技术分享

# 时间

2019 年 6 月 8 日

# 目录

1. 自我介绍 (1 min)

2. 项目的由来（5 min）

3. 新版本的特性（12 min）
  1. 插件接口
  1. 固定链接

4. 总结 (2 min)

# 内容

## 自我介绍

我是项目的维护者，今天分享新版本的设计。
"""


def test_an_ordered_lists_items_are_never_headings(tmp_path):
    _, body = import_text(tmp_path, OUTLINE, "talk.md")
    assert "\n4. 总结 (2 min)\n" in body
    assert "### 4." not in body and "## 4." not in body
    assert "## 内容" in body
