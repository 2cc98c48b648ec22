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


# ---------------------------------------------------------------- the forty-second set's round

DISCLOSURE_REPORT = """某市人民政府
2024 年政府信息公开工作年度报告

本报告由某市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。报告所列统计期限自
2024 年 1 月 1 日至 2024 年 12 月 31 日。

一、总体情况

2024 年，我市坚持以人民为中心，持续深化政务公开，全年主动公开各类政府信息 3200 余条。

二、主动公开政府信息情况
第二十条 第（一）项

信息内容

本年制发件数

本年废止件数

现行有效件数

规章

2

0

15

行政规范性文件

9

12

70

第二十条 第（五）项

-3-

信息内容

本年处理决定数量

行政许可

35120
"""


def test_an_annual_disclosure_reports_tables_and_two_line_title(tmp_path):
    result, body = import_text(tmp_path, DISCLOSURE_REPORT, "report.txt")
    assert result.title == "某市人民政府2024 年政府信息公开工作年度报告"
    assert "Table: 第二十条 第（一）项" in body and "Table: 第二十条 第（五）项" in body
    assert "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |" in body
    assert "| 行政规范性文件 | 9 | 12 | 70 |" in body
    # the header cell at the page's top is a cell, no running head
    assert "| 信息内容 | 本年处理决定数量 |" in body and "| 行政许可 | 35120 |" in body


CATALOGUE_PAGE = """全省2015年7月环境空气质量通报

[ 索 引 号 ] 116100000160001018/2015-00151 [ 主题词 ]
[ 发布机构 ] 省生态环境厅 [ 效力状态 ] 有效
[ 成文日期 ] [ 发布日期 ] 2015-08-01

全省2015年7月环境空气质量通报

时间: 2015-08-01 18:53 |来源:
ztfd.png ztsx.png ztzc.png

  2015年7月,全省11市2区环境空气质量优良天数同比减少,西安、渭南降幅较大。

各市(区)空气质量优良天数同比变化

城市

2015年7月

(天)

2014年7月

(天)

当年累计同比

西安

17

26

+42.5%

宝鸡

27

24

+36.7%

咸阳

28

31

+33.9%
"""


def test_a_bracketed_catalogue_and_a_table_whose_header_units_stand_alone(tmp_path):
    result, body = import_text(tmp_path, CATALOGUE_PAGE, "page.txt")
    facts = front_matter(result)
    assert (facts["source"], str(facts["date"])) == ("省生态环境厅", "2015-08-01")
    assert ".png" not in body
    assert "| 城市 | 2015年7月（天） | 2014年7月（天） | 当年累计同比 |" in body
    assert "| 西安 | 17 | 26 | +42.5% |" in body


def test_a_shortcode_around_words_keeps_the_words(tmp_path):
    _, body = import_text(tmp_path, (
        "---\ntitle: 周末\n---\n\n買小蔥苗回家的路上，天空湛藍，陽光正好。\n\n"
        "[![道路旁的區政府大樓](https://example.org/a.jpg)](https://example.org/a.jpg)\n\n"
        "{{% center %}}（道路旁的區政府大樓）{{% /center %}}\n\n"
        "道路兩旁，路燈杆上懸掛的花籃很清新。{{% center %}}\n"), "post.md")
    assert "::: figure\n（道路旁的區政府大樓）\n:::" in body
    assert "{{" not in body and "%}}" not in body
    assert "路燈杆上懸掛的花籃很清新。" in body


DIGEST = "".join(
    f"# {headline}\n\n![{caption}](https://example.org/{n}.jpg)\n\n{text}\n\n---\n\n"
    f"原始網址：\n<https://news.example.hk/{n}.htm>\n\n© example.hk\n\n"
    f"電子郵件:\n[news@example.hk](mailto:news@example.hk)\n\n"
    f"原文連結：[https://news.example.hk/{n}.htm](https://news.example.hk/{n}.htm)\n\n---\n\n"
    for n, (headline, caption, text) in enumerate([
        ("國新辦發表白皮書", "記者會現場。", "國務院新聞辦公室今日發表白皮書，介紹有關情況。"),
        ("外交部回應記者提問", "發言人答問。", "外交部發言人在例行記者會上回應了有關問題。"),
        ("博鰲論壇今日開幕", "論壇會場。", "博鰲亞洲論壇年會今日在海南開幕，多國代表出席。")]))


def test_a_digest_of_stories_has_no_title_and_drops_each_storys_links(tmp_path):
    result, body = import_text(tmp_path, DIGEST, "digest.md")
    assert not result.title
    assert body.count("## ") == 3
    for furniture in ("原始網址", "原文連結", "電子郵件", "https://news.example.hk"):
        assert furniture not in body


def test_a_reposts_tags_field_staff_and_paragraph_spacing(tmp_path):
    result, body = import_text(tmp_path, (
        "新闻:18510528811 广告:18510528811\n\n"
        "某省生态环境厅通报2月份环境空气质量状况\n\n2023-03-27 来源:某省经济日报 •\n\n"
        "  3月24日,某省生态环境厅发布消息:2月份,全省环境空气质量综合指数同比改善。\n\n\n"
        "  2月份,全省11个设区市中,甲、乙、丙3市环境空气质量综合指数好于平均水平,"
        "丁、戊2市排名靠后,各市均需进一步加强大气污染防治工作。\n\n\n"
        "  1—2月,全省环境空气质量优良天数比例为71.2%,同比提高3.5个百分点。(记者 吴琼)\n\n"
        "编辑：黄   敏\n\n审核：袁   野\n\n关键词:\n"), "repost.txt")
    facts = front_matter(result)
    assert facts["source"] == "某省经济日报" and facts["authors"] == ["吴琼"]
    assert "::: figure" not in body  # the copy spaces its paragraphs so: no caption
    assert "编辑" not in body and "审核" not in body and "关键词" not in body


def test_a_statutes_items_are_no_headings_and_its_contents_box_goes(tmp_path):
    _, body = import_text(tmp_path, (
        "---\ntitle: 某市扬尘污染防治条例\n---\n\n"
        "::: details 目录\n\n::: tabs\n\n@tab 章节\n\n[[toc]]\n\n@tab 条例\n\n"
        "- 第1~3条：\n\n  [1](#t1)&emsp;[2](#t2)&emsp;[3](#t3)\n\n:::\n\n"
        "## 第一章 总则\n\n"
        "**第一条** 为了防治扬尘污染，改善环境空气质量，制定本条例。\n\n"
        "**第二条** 建设单位应当履行下列职责：\n\n"
        "（一）将扬尘污染防治费用列入工程造价，实行单列支付。在招标文件中明确要求。\n\n"
        "（二）监督施工单位建立扬尘污染防治制度。\n\n"
        "**第三条** 本条例自2022年1月1日起施行。\n"), "law.md")
    assert "@tab" not in body and "第1~3条" not in body and "[[toc]]" not in body
    assert "\n（一）将扬尘污染防治费用列入工程造价，实行单列支付。在招标文件中明确要求。\n" in body
    assert "### " not in body


def test_a_chronicles_figures_are_dated_by_its_year_headings():
    # Under 「1987年」 and 「1988年」, the same count each year: each row names its year (the
    # heading's, also before a day its sentence gives without one).
    from briefing.importer.figures.groups import extract_figures
    from briefing.importer.figures.numbers import Passage

    groups = extract_figures([
        Passage("9月9日，新生开学典礼，学校共录取本科生1909人，研究生75人，专科生320人。",
                context="大事记 1987年", section="1987年"),
        Passage("9月10日，新生开学典礼，学校共录取本科生774人，研究生70人，专科生459人。",
                context="大事记 1988年", section="1988年")])
    labels = [row.label for group in groups for row in group.rows]
    assert "1987年学校共录取本科生" in labels and "1988年学校共录取本科生" in labels
    assert "1987年研究生" in labels and "1988年专科生" in labels


def test_invisible_format_characters_are_removed_and_the_briefing_builds(tmp_path):
    # A zero-width space a web editor left opening an entry (and a word joiner, a
    # direction mark): nothing printed, no print font has them — the build refused it.
    result, body = import_text(tmp_path, (
        "# 时间线\n\n## 1985年\n\n\u200b4月17日，教育部批复，同意学校增设计算机应用专业。\n\n"
        "应用数学系招收计算机应用专业本科生66人\u2060。\u200e\n\n"
        "家庭成员👨\u200d👩\u200d👧合影。\n"), "chronicle.md")
    assert "\u200b" not in body and "\u2060" not in body and "\u200e" not in body
    assert "👨\u200d👩\u200d👧" in body  # the emoji joiner holds its sequence
    assert "invisible-character" in {repair.kind for repair in result.repairs}


# ---------------------------------------------------------------- the forty-third set's round

def test_a_statutes_title_stands_over_its_adoption_note(tmp_path):
    result, body = import_text(tmp_path, (
        "\n\n某某公益事业捐赠法\n\n（1999年6月28日第九届全国人民代表大会常务委员会第十次会议通过）\n\n"
        "第一章　总　　则\n\n"
        "第一条　为了鼓励捐赠，规范捐赠和受赠行为，保护捐赠人的合法权益，制定本法。\n"
        "第二条　自然人、法人或者其他组织自愿无偿捐赠财产，用于公益事业的，适用本法。\n\n"
        "第二章　捐赠和受赠\n\n"
        "第三条　捐赠人可以选择符合其捐赠意愿的公益性社会团体进行捐赠。\n\n"
        "第三章　附　　则\n\n"
        "第四条　本法自1999年9月1日起施行。\n"), "law.txt")
    assert result.title == "某某公益事业捐赠法"
    assert str(front_matter(result)["date"]) == "1999-06-28"


# `pdftotext -layout` of a bulletin: paragraphs wrapped at the column, a folio and a form
# feed, a table's caption right under a paragraph's last line, its header and its rows
# double-spaced from the first row only.
LAYOUT_LINES = [
    "     全年全州生产总值1329.65亿元，比上年增长4.0%，两年平均增长3.1%。其中，",
    "第一产业增加值277.25亿元，增长4.2%；第二产业增加值294.25亿元，增长3.9%；第",
    "三产业增加值758.14亿元，增长3.9%。全年全州人均生产总值35511元，增长3.7%。",
    "     全年粮食播种面积390.61万亩，比上年下降0.6%；粮食产量133.77万吨，比上年",
    "下降2.3%。全年油菜籽种植面积91.90万亩，比上年增长14.7%；油菜籽产量9.84万",
    "吨，比上年增长12.8%。年末果园面积93.46万亩，比上年下降6.1%；水果产量93.90",
    "万吨，比上年增长1.8%。年末茶园面积47.28万亩，比上年增长0.7%；茶叶产量2.2",
    "4万吨，比上年增长4.0%。全年蔬菜种植面积238.12万亩，比上年下降1.4%。蔬菜产",
    "量389.84万吨，比上年增长3.8%。全年中药材产量36.81万吨，比上年增长8.7%。",
    "                       表3 2023年主要农产品产量",
    "",
    "                指标名称            产量（万吨）    比上年增长（%）",
    "",
    "     粮食                          133.77     -2.3",
    "          #夏粮                     16.38     -1.7",
    "          秋粮                     117.39     -2.4",
    "     油料                           11.15     12.2",
    "     蔬菜                          389.84      3.8",
    "",
    "     全年全州猪牛羊禽肉产量19.23万吨，比上年增长4.7%。生猪出栏153.12万头，比上",
    "年增长7.4%；牛出栏16.14万头，比上年下降5.5%；羊出栏21.82万只，比上年增长10.0",
    "%。活家禽出栏1958.08万只，比上年下降0.3%。禽蛋产量5.39万吨，比上年增长16.8%。",
    "",
    "                                                 — 3 —",
    "\f     全年全州规模以上工业增加值比上年增长4.5%。分经济类型看，国有控股企业增加值",
    "增长3.2%；股份制企业增长4.8%；外商及港澳台商投资企业增长2.1%。分门类看，采矿",
    "业增加值增长6.2%，制造业增长4.1%，电力、热力生产和供应业增长5.0%。全年全州",
    "规模以上工业企业实现营业收入612.35亿元，比上年增长3.6%；利润总额41.20亿元。",
]
LAYOUT_BULLETIN = "\n".join(LAYOUT_LINES) + "\n"


def test_a_layout_texts_caption_after_a_sentence_and_rows_under_a_spaced_header(tmp_path):
    _, body = import_text(tmp_path, "某州2023年统计公报\n\n" + LAYOUT_BULLETIN, "bulletin.txt")
    assert "Table: 表3 2023年主要农产品产量" in body
    assert "增长 1.8%。表3" not in body
    table = [line for line in body.split("\n") if line.startswith("|")]
    assert table[:3] == ["| 指标名称 | 产量（万吨） | 比上年增长（%） |", "|---|---|---|",
                         "| 粮食 | 133.77 | -2.3 |"]
    assert "| 蔬菜 | 389.84 | 3.8 |" in table and len(table) == 7


def test_an_aggregators_channel_suffix_related_list_and_range_heading(tmp_path):
    result, body = import_text(tmp_path, (
        "某省生态环境厅通报5月及1-5月11市环境空气质量状况_每日速递\n时间:2023-06-21 21:46:49\n"
        "近日,省生态环境厅通报了2023年5月及1-5月全省11市环境空气质量状况。\n"
        "5月环境空气质量状况\n11个设区市中,甲、乙、丙3市环境空气质量综合指数好于全省平均水平。\n"
        "1-5月环境空气质量状况\n11个设区市中,甲、丁、戊3市环境空气质量综合指数好于全省平均水平。\n"
        "相关稿件\n世界新动态:618大促落幕,智能家居持续热卖的背后趋势有哪些\n"
        "焦点速读:某公司回应:“因电池重大缺陷,已被暂停供货”的消息不实\n"), "page.txt")
    assert result.title == "某省生态环境厅通报5月及1-5月11市环境空气质量状况"
    assert "## 1-5月环境空气质量状况" in body and "## 5月环境空气质量状况" in body
    assert "相关稿件" not in body and "智能家居" not in body


def test_a_posts_part_heading_under_its_given_title_and_its_closing_credit(tmp_path):
    result, body = import_text(tmp_path, (
        "---\ntitle: \"深圳之行 | 游记\"\ndate: 2023-07-30\n---\n\n"
        "<h1>从修行到建设</h1>\n\n<h2>出发</h2>\n\n<p>七月底从广州南站出发，一路向南。</p>\n\n"
        "<h2>车站</h2>\n\n<p>在车站，想到当时中考备考时看过的作文题。</p>\n\n"
        "<p>摄影 & 文字：Xingyan Liu</p>\n"), "post.md")
    facts = front_matter(result)
    assert (facts["title"], facts["authors"]) == ("深圳之行 | 游记", ["Xingyan Liu"])
    assert "## 从修行到建设" in body and "### 出发" in body
    assert "摄影" not in body


def test_a_speech_greeting_its_listeners_by_office_is_the_salutation(tmp_path):
    _, body = import_text(tmp_path, (
        "傾聽青年心聲 實現世代正義\n\n"
        "中國醫藥大學蔡董事長、李校長、各位資政、國策顧問、臺中市黃副市長、各位立委以及部會首長們、"
        "在場的老師同學和媒體記者朋友，大家早安，大家好！\n\n"
        "今天是本人就職六週年的日子，我特別選在大學校園舉行記者會，就是要傾聽青年的心聲。\n"),
        "speech.txt")
    assert "::: salutation\n中國醫藥大學蔡董事長" in body


# ---------------------------------------------------------------- the forty-fourth set's round

def test_the_parts_of_a_whole_name_their_shared_measures():
    # 「——小学。…」「——初中。…」: the same measures for each part of the whole; each row
    # whose name another part shares names its part.
    from briefing.importer.figures.groups import extract_figures
    from briefing.importer.figures.numbers import Passage

    groups = extract_figures([
        Passage("——小学。校数17所；在校生22250人，比上年减少336人。校舍总面积25.48万平方米，"
                "比上年增加0.44万平方米。", context="义务教育", section="义务教育"),
        Passage("——初中。校数13所；在校生11012人，比上年增加380人。校舍总面积32.26万平方米，"
                "比上年增加0.12万平方米。", context="义务教育", section="义务教育")])
    rows = {(row.label, row.value) for group in groups for row in group.rows}
    assert ("小学校舍总面积", "25.48") in rows and ("初中校舍总面积", "32.26") in rows
    assert not any(label == "校舍总面积" for label, _ in rows)


def test_a_notice_to_mass_organisations_and_its_old_colophon(tmp_path):
    _, body = import_text(tmp_path, (
        "关于召开2008年全市科协工作会议的通知\n\n"
        "各县（市、区）科协、市工业园区经济发展局、各市级学会、厂矿科协：\n\n"
        "经研究，决定于2008年3月12日召开全市科协工作会议，现将有关事项通知如下。\n\n"
        "请各单位按时参会。特此通知。\n\n"
        "某市科学技术协会\n二OO八年三月五日\n\n"
        "主题词:科协工作 会议 通知\n\n某市科协办公室 2008年3月5日印发\n\n共印60份\n"),
        "notice.txt")
    assert "::: salutation\n各县（市、区）科协" in body
    # (the letter O typed for 〇 is read 〇: a page set 「二 OO 八」 spaced as Latin)
    assert "::: signature\n某市科学技术协会\n二〇〇八年三月五日\n:::" in body


# ---------------------------------------------------------------- the forty-fifth set's round

def test_a_generators_variable_in_a_pictures_address_and_its_triangle_caption(tmp_path):
    # Jekyll writes 「{{ site.IMG_PATH }}」 into an address: the Markdown broke on its spaces
    # and printed the picture's line as text; the caption under it opens with 「&#9650;」 (▲),
    # which had read as a byline's mark before a name-like line.
    _, body = import_text(tmp_path, (
        "---\ntitle: 那年的雪\n---\n\n第一次见到雪，是在大学的宿舍楼下，那天早上整栋楼都沸腾了。\n\n"
        "![手上的雪]({{ site.IMG_PATH }}/snow-04.jpg_640)\n&#9650;手上的雪\n\n"
        "后来又下了几场，每一场都让人兴奋不已。\n\n"
        "<img src=\"{{ \"img/snow-min.jpg\" | absolute_url }}\" height=\"400\" width=\"400\"/>\n\n"
        "雪化以后，路上全是泥水。\n"), "post.md")
    assert "{{" not in body and "IMG_PATH" not in body and "&lt;img" not in body
    assert "::: figure\n▲手上的雪\n:::" in body
    assert "::: byline" not in body
