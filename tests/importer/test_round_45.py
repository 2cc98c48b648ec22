"""The forty-fifth round (issue 11): made-up texts of the shapes that went wrong on the
fifty-sixth held-back set, scored once in the thirty-eighth stop.

A page's breadcrumb written with an ASCII arrow (「首頁 -> 頭條」「首页 => 新闻」) is the page's,
never the title; an e-paper's navigation and type-size bar (「当前版: 015版 上一版 下一版 上一期
下一期」「上一篇 下一篇」「放大 缩小 默认」) is a row of the page's buttons.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.titleblock.lines import _menu_words_only
from briefing.importer.titleblock.title import BREADCRUMB

ARROW_CRUMBS = """首頁 -> 頭條
台灣世壯會上演雙北市長大戰分享到:
香港中通社5月24日電 2025年世界壯年運動會在台北、新北兩市舉辦，24日慢投壘球項目上演雙北市長大戰，最後台北隊以9比3贏下比賽。
當天賽場上下起細雨，比賽由新北隊先攻，侯友宜擔任首棒打者並順利上壘，但最終未能得分。
"""


def test_a_breadcrumb_with_an_ascii_arrow_is_the_pages(tmp_path):
    result, body = import_text(tmp_path, ARROW_CRUMBS, "crumbs.txt")
    meta = front_matter(result)
    assert "頭條" not in (meta["title"] or "")  # (the share label glued to the headline
    assert "頭條" not in body and "->" not in body  # leaves it no title: asked for)


def test_arrow_breadcrumbs_of_each_kind():
    assert BREADCRUMB.match("首页 => 新闻")
    assert BREADCRUMB.match("首页->正文")
    assert BREADCRUMB.match("当前位置：首页 > 新闻")
    assert not BREADCRUMB.match("首页面设计的三个原则")


def test_an_epapers_navigation_is_a_row_of_buttons():
    assert _menu_words_only("当前版: 015版 上一版 下一版 上一期 下一期")
    assert _menu_words_only("上一篇    下一篇")
    assert _menu_words_only("放大 缩小 默认")
    assert not _menu_words_only("015版 昆明新闻")
    assert not _menu_words_only("放大 镜头")
