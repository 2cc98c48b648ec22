"""The thirty-sixth round (issue 11): made-up texts of the shapes that went wrong on the
forty-first held-back set, scored once at the thirty-sixth stop's start.

A statistics bulletin extracted with `pdftotext -layout`, double-spaced, its tables set in
columns by runs of spaces:

- a price-index table of one figure column (「居民消费价格指数          100.0」), a row
  marked as part of the row above with '#' (「#粮   食        101.9」): a one-figure row set
  apart by a column gap is a table's row, never a Markdown heading (so never the title);
- a table whose first row leaves a column empty (「全市常住人口      866.60」 above rows of
  年末数 and 比重): its figure goes under the column whose end is nearest, in characters,
  as the layout set it — not into the last column;
- letterspaced heads (「类    别             指   数（以上年为 100）」): split at the widest
  gaps, one head a column;
- a double-spaced table whose first row stands right under its header and the rest parted
  by blank lines: one table, not a header-and-row table and a second headless one.

Web copies: a portal's feedback box under the page (「此頁面有問題嗎?」 ⏎ 「幫助我們改進…」 ⏎
「* 必填項」 ⏎ 「提交」) is the page's; so are a rule drawn with characters (「=====」), a share
call (「扫一扫分享本页」) and a reposting site's disclaimer (「[免责声明] 本文来源于网络转载，
仅供学习交流使用…」). A page's facts line under its logo (「2021-05-31　来源：《光明日报》收藏」,
the bookmark button glued to the name) gives the date and the source — no picture's caption; a
clipper's front matter with the page's own label as key (「网址: https://…」) gives the URL. A
closing 来源 line over a lone share call still names the source.

Markdown: a Hexo post whose front matter leaves out its opening 「---」 (hexo-front-matter
reads it so) gives its title, author and date; Hexo's 「{% post_link slug '标题' %}」 prints its
title; a stock library's credit under a photo (「Photo by X on Unsplash」) is its caption; a
run of ! and ? beside Chinese (「活下去!!!」) is made full width whole, never 「活下去！!!」.

A reprint closing with its citation in brackets (「（《某某选集》第五卷，人民出版社1977年4月第1
版，第48-52页）」) sets it as a note, its book the source. A statute's notes of adoption under
its title (「2013年11月29日 …会议通过」 ⏎ 「2014年1月15日 …会议批准」) give the last date.

Key figures: 人才 keeps its 才; 「夏粮播种面积1101.60万亩，总产量508.58万吨」 gives 夏粮总产量 (the
owner said once for the clause chain); 「中国大陆旅客增幅达78.1%，为7,836,240人次」 gives the
level with the rate as its change; 「包含2场…」 is no part of the label.
"""

from __future__ import annotations

from conftest import figure_rows, front_matter, import_text

INDEX_TABLE = """某县2022年国民经济和社会发展统计公报
                         某县统计局
                        2023 年 3 月 20 日

  全年居民消费价格比上年上涨 1.2%。其中，城镇上涨 1.1%，农村上涨 1.4%。

              表2     2022 年某县居民消费价格指数

                类    别             指   数（以上年为 100）
        居民消费价格指数                          101.2
         城镇                                101.1
         农村                               101.4
        一、食品烟酒                            102.3
            #粮   食                        101.6
             鲜   菜                         96.5
        二、衣着                              100.4
        三、居住                               99.6

  全年粮食总产量 35.2 万吨，比上年增长 1.8%。
"""


def test_a_one_figure_column_table_with_hash_marked_rows(tmp_path):
    result, body = import_text(tmp_path, INDEX_TABLE, "index.txt")
    assert result.title == "某县2022年国民经济和社会发展统计公报"
    assert "| 类    别 | 指   数（以上年为 100） |" in body
    assert "| 居民消费价格指数 | 101.2 |" in body
    assert "| #粮   食 | 101.6 |" in body
    assert "| 三、居住 | 99.6 |" in body
    assert "\n#" not in body.replace("\n#粮", "")  # no heading made of a row
    assert "<!-- held table" in body


POPULATION_TABLE = """某市2022年国民经济和社会发展统计公报

  年末全市常住人口 512.30 万人，其中城镇人口 260.10 万人。

                  表1   2022 年末某市常住人口数及其构成

              指   标            年末数（万人）        比重（%）
 全市常住人口                              512.30
     其中：城镇                           260.10    50.77
         乡村                          252.20    49.23
     其中：男性                           258.40    50.44
         女性                          253.90    49.56

  全年出生人口 3.10 万人，出生率 6.05‰。
"""


def test_a_row_leaving_a_column_empty_keeps_its_figure_under_its_column(tmp_path):
    _, body = import_text(tmp_path, POPULATION_TABLE, "population.txt")
    assert "| 指   标 | 年末数（万人） | 比重（%） |" in body
    assert "| 全市常住人口 | 512.30 |  |" in body
    assert "| 其中：城镇 | 260.10 | 50.77 |" in body
    assert "<!-- held table" in body  # where the short row's figure goes is a guess


DOUBLE_SPACED = """某县2021年统计公报

  全年粮食总产量 40.12 万吨，比上年增长 2.1%。

             表3   2021 年某县主要农产品产量及增速

      产品名称           产量（万吨）      比上年增长（%）
 粮食                     40.12           2.1

  其中：夏粮                 22.50          -1.3

      秋粮                17.62           6.8

 油料                      3.05           4.4

 蔬菜                     61.30           3.2

  年末农业机械总动力 95.6 万千瓦。
"""


def test_a_double_spaced_table_whose_first_row_is_under_its_header(tmp_path):
    _, body = import_text(tmp_path, DOUBLE_SPACED, "double.txt")
    table = [line for line in body.split("\n") if line.startswith("|")]
    assert table == ["| 产品名称 | 产量（万吨） | 比上年增长（%） |", "|---|---|---|",
                     "| 粮食 | 40.12 | 2.1 |", "| 其中：夏粮 | 22.50 | -1.3 |",
                     "| 秋粮 | 17.62 | 6.8 |", "| 油料 | 3.05 | 4.4 |", "| 蔬菜 | 61.30 | 3.2 |"]


def test_a_portals_feedback_box_is_the_pages(tmp_path):
    _, body = import_text(tmp_path, (
        "跳過導航\n\n二零零四年十月旅客入境數目\n\n"
        "根據統計暨普查局資料顯示,今年十月入境旅客數目較去年同月增加35.4%,達1,509,403人次。\n\n"
        "不過夜旅客為785,369人次,佔總數52.0%。\n\n\n\n"
        "此頁面有問題嗎?\n\n幫助我們改進GOV.MO\n\n* 必填項\n\n提交\n"), "page.txt")
    assert "不過夜旅客" in body
    for furniture in ("此頁面", "幫助我們", "必填", "提交"):
        assert furniture not in body


def test_a_pages_facts_line_under_its_logo_and_its_rules(tmp_path):
    result, body = import_text(tmp_path, (
        "---\n网址: https://www.example.gov.cn/news/202105/t20210531_1.html\n---\n\n"
        "<center>============================</center>\n\n"
        "![](http://www.example.gov.cn/images/logo.png)\n\n"
        "2021-05-31　来源：《光明日报》收藏\n\n"
        "“百年接力，强国有我！”4月19日，清华师生的口号声在操场上回荡，经久不息。\n\n"
        "如今，校史馆里的专题联展已成为学校师生开展党史学习教育的重要课堂。（本报记者 杨飒）\n\n"
        "扫一扫分享本页\n"), "page.md")
    facts = front_matter(result)
    assert (facts["url"], facts["source"], str(facts["date"])) == (
        "https://www.example.gov.cn/news/202105/t20210531_1.html", "光明日报", "2021-05-31")
    assert facts["authors"] == ["杨飒"]
    assert "=====" not in body and "收藏" not in body and "扫一扫" not in body
    assert "::: figure" not in body


def test_a_reposting_sites_disclaimer_and_a_source_over_a_share_call(tmp_path):
    _, body = import_text(tmp_path, (
        "关于做好2022年春耕生产工作的通知\n\n各县区农业农村局：\n\n"
        "为切实做好今年春耕生产工作，现将有关事项通知如下。请各地认真抓好落实。\n\n"
        "某省农业农村厅\n\n2022年1月13日\n\n"
        "[免责声明] 本文来源于网络转载，仅供学习交流使用，不构成商业目的。版权归原作者所有，"
        "如涉及作品内容、版权和其它问题，请在30日内与本网联系，我们将在第一时间处理。\n"),
        "notice.txt")
    assert "免责声明" not in body
    result, body = import_text(tmp_path, (
        "荣成：玉米丰收晒场忙\n\n"
        "连日来，山东荣成各地的玉米陆续成熟，农民抢抓晴好天气收获晾晒。\n\n"
        "村民将晾晒好的玉米进行脱粒，田间一派丰收繁忙景象。\n\n"
        "来源:人民网\n微信扫一扫,即刻分享!\n"), "news.txt")
    assert front_matter(result)["source"] == "人民网"
    assert "来源" not in body and "扫一扫" not in body


HEXO = """layout: post
title: 2020 年度個人回顧
author: Phil Huang
date: 2020-12-31 12:55:32
tags:
  - misc
---

又一個完整的日曆年過了，來個年度回顧紀錄

0. 在本年度最後一天去土城當證婚人
1. 活下去!!! 無論是工作還是生命
2. 今年完成 35 篇文章

這本書除了<{% post_link start-influencing '最高學習法' %}>之外，也很值得一讀。

![](https://images.example.com/anxiety.jpg)
Photo by Christopher Ott on Unsplash

逃避和猶豫看起來非常類似。
"""


def test_a_hexo_post_without_its_opening_fence(tmp_path):
    result, body = import_text(tmp_path, HEXO, "post.md")
    facts = front_matter(result)
    assert (facts["title"], facts["authors"], str(facts["date"])) == (
        "2020 年度個人回顧", ["Phil Huang"], "2020-12-31")
    assert "layout" not in body and "tags" not in body
    assert "活下去！！！" in body
    assert "<最高學習法>" in body.replace("&lt;", "<")
    assert "::: figure\nPhoto by Christopher Ott on Unsplash\n:::" in body


def test_a_reprints_closing_citation_is_a_note_and_names_its_book(tmp_path):
    result, body = import_text(tmp_path, (
        "# 在某会议上的开会词\n\n各位委员、各位同志们：\n\n"
        "我们的会议现在开会了。这次会议将听取工作报告，并讨论今后的工作。\n\n"
        "同志们，只要我们这样做，我相信，胜利是我们的。\n\n"
        "（《某某文选》第五卷，某某出版社1977年4月第1版，第48-52页）\n"), "speech.md")
    assert front_matter(result)["source"] == "某某文选"
    assert "::: note\n（《某某文选》第五卷，某某出版社1977年4月第1版，第48-52页）\n:::" in body


def test_a_statutes_adoption_notes_give_its_last_date(tmp_path):
    result, body = import_text(tmp_path, (
        "# 某市燃气管理条例\n\n"
        "2013年11月29日 某市第十五届人民代表大会常务委员会第十一次会议通过\n\n"
        "2014年1月15日 某省第十二届人民代表大会常务委员会第六次会议批准\n\n"
        "## 第一章  总  则\n\n"
        "第一条 为了加强燃气管理，促进燃气事业健康发展，结合本市实际，制定本条例。\n"),
        "law.md")
    assert str(front_matter(result)["date"]) == "2014-01-15"
    assert "会议通过" in body and "会议批准" in body  # the notes stay under the title


def test_key_figures_of_a_clause_chain_a_rate_then_its_level_and_talent():
    assert figure_rows(
        "全年全市粮食播种面积 2066.70 万亩，总产量 902.61 万吨，减产 3.2%。其中，夏粮播种面积"
        " 1101.60 万亩，总产量 508.58 万吨，减产 8.6%；秋粮播种面积 965.10 万亩，总产量"
        " 394.03 万吨，增产 4.8%。") == [
        ("粮食播种面积", "2066.70", "万亩", None), ("粮食总产量", "902.61", "万吨", "减产 3.2%"),
        ("夏粮播种面积", "1101.60", "万亩", None), ("夏粮总产量", "508.58", "万吨", "减产 8.6%"),
        ("秋粮播种面积", "965.10", "万亩", None), ("秋粮总产量", "394.03", "万吨", "增产 4.8%")]
    rows = figure_rows(
        "今年首十個月入境旅客累計達13,703,529人次,較去年同期增加39.5%。"
        "中國大陸旅客增幅達78.1%,為7,836,240人次,佔旅客總數57.2%。")
    assert ("中國大陸旅客", "7836240", "人次", "增幅達78.1%") in rows
    assert figure_rows("全年新增城镇就业 7.52 万人；新增技能人才 24.2 万人、"
                       "高技能人才 10.7 万人。")[1:] == [
        ("新增技能人才", "24.2", "万人", None), ("高技能人才", "10.7", "万人", None)]


def test_a_missing_local_pictures_title_is_still_its_caption(tmp_path):
    # A Jekyll post's picture at the site's own path (not beside the file): left out, but
    # its title is words the page shows under it — the caption, as a picture's on the web.
    _, body = import_text(tmp_path, (
        "# 波士顿攻略\n\n我们列出了几个适合游客住宿的街区。其中后湾和市中心集中了最多的酒店。\n\n"
        "![波士顿最佳住宿街区](/assets/images/boston.jpg \"波士顿最佳住宿街区\")\n\n"
        "### 后湾: 最佳\n\n后湾是波士顿最古老而经典的街区。\n\n"
        "![](/assets/images/street.jpg)\n\n街上的商店很多，适合步行。\n"), "post.md")
    assert "::: figure\n波士顿最佳住宿街区\n:::" in body
    assert body.count("::: figure") == 1  # an untitled picture's place is no caption
