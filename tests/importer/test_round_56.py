"""The fifty-sixth round (issue 11): made-up texts of the shapes that went wrong on tuning's
raw extractions and on the eighty-fifth and eighty-sixth sets, in the forty-second stop.

A brokers' or research report run through pdftotext: each chart's axis set one tick a line
among the paragraphs (「380%」 ⏎ 「360%」 ⏎ 「340%」 …, 「0.3」 ⏎ 「0.25」 …), printed as a
stack of one-number paragraphs. Ticks are evenly spaced; a table's column (serial numbers,
years, values) is not, or runs by one.

An ESG report converted by PaddleOCR to Markdown: each table a whole HTML document on one
line inside a centring 「<div style="text-align: center;">」 — refused as a saved web page.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.extraction.charts import chart_axes
from briefing.limits import looks_like_html

CHARTED = ("某某证券\n\n行业深度报告\n\n\f图 1：两类资金的持仓占比\n\n380%\n\n360%\n\n340%\n\n"
           "320%\n\n300%\n\n资料来源：某某数据\n\n"
           "公募基金的持仓占比在过去两年中持续上升，而私募基金的持仓占比有所下降，两者之间的\n"
           "差距在今年第三季度达到了近年来的最高点。\n\n"
           "\f图 2：换手率\n\n0.3\n\n0.25\n\n0.2\n\n0.15\n\n0.1\n\n0.05\n\n0\n\n"
           "换手率在三月之后明显回落，与成交额的变化方向一致，说明市场情绪正在逐步降温，投资\n"
           "者的交易意愿有所减弱。\n")


def test_a_charts_axis_ticks_one_a_line_are_dropped_and_told(tmp_path):
    result, body = import_text(tmp_path, CHARTED, "report.txt")
    for tick in ("380%", "340%", "300%", "0.25", "0.15", "0.05"):
        assert f"\n{tick}\n" not in f"\n{body}\n"
    assert "差距在今年第三季度达到了近年来的最高点。" in body
    axes = [r for r in result.repairs if r.kind == "chart-axis"]
    assert [a.before for a in axes] == ["380% 360% 340% 320% 300%",
                                        "0.3 0.25 0.2 0.15 0.1 0.05 0"]
    assert all(a.review for a in axes)  # a spot for the editor: the lines are gone


def test_a_tables_column_one_a_line_stays():
    lines = list(enumerate(["序号", "1", "2", "3", "4", "5", "年份", "2019", "2020", "2021",
                            "2022", "数值", "12.5", "13.1", "12.5", "14", "三个", "10", "20",
                            "30"], start=1))
    kept, repairs = chart_axes(lines)
    assert kept == lines and repairs == []


def test_ticks_with_units_apart_or_blank_lines_between_are_one_axis():
    lines = list(enumerate(["1,000", "", "1,500", "", "2,000", "", "2,500", "正文。"], start=1))
    kept, repairs = chart_axes(lines)
    assert [text for _, text in kept] == ["", "", "", "", "", "", "", "正文。"]
    assert len(repairs) == 1 and repairs[0].line == 1
    mixed = list(enumerate(["10%", "20", "30%", "40%"], start=1))
    assert chart_axes(mixed) == (mixed, [])


def test_a_table_an_ocr_centred_is_a_table_not_a_saved_page(tmp_path):
    table = ('<div style="text-align: center;"><html><body><table border="1"><tbody><tr>'
             "<td>释义项</td><td>释义内容</td></tr><tr><td>公司、我们</td><td>某某药业股份有限公司"
             "</td></tr></tbody></table></body></html></div>")
    assert not looks_like_html(f"## 释义\n\n{table}\n")
    assert looks_like_html(f'<div><html><body><p>正文</p></body></html></div>\n{table}\n')
    result, body = import_text(tmp_path, "# 某某药业2024年度ESG报告\n\n## 报告说明\n\n"
                               "本报告为公司披露的第二份环境、社会及公司治理报告。\n\n"
                               f"## 释义\n\n{table}\n", "esg.md")
    assert "| 公司、我们 | 某某药业股份有限公司 |" in body
    assert "<div" not in body and "html" not in body


def test_a_support_call_between_two_rules_goes_with_the_author_card_under_it(tmp_path):
    text = ("# 茶餐廳的日子\n\n"
            "在夏慤道經營茶餐廳多年的許女士說，這段日子生意大不如前，但她仍堅持每天開門營業。\n\n"
            "她坦言從未想過離開，因為已經習慣了這裡的生活，也捨不得一班老街坊。\n\n---\n\n"
            "請加入成為東河新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的通訊。\n\n"
            "月費訂戶 [網址：example.com/subscribe](https://example.com/subscribe)\n\n---\n\n"
            "![博客 | 陳小文](https://example.com/avatar.png)\n\n**博客 | 陳小文**\n\n"
            "【陳小文・街坊筆記】陳小文是前報館記者，曾採訪多項選舉。\n")
    result, body = import_text(tmp_path, text, "a.md")
    assert body.strip().endswith("也捨不得一班老街坊。")
    assert "訂戶" not in body and "陳小文" not in body
    # a rule over the story's own closing lines, no call under either: they stay
    _, body = import_text(tmp_path, "# 茶餐廳\n\n許女士說，這段日子生意大不如前，但她仍堅持每天"
                          "開門營業。\n\n---\n\n她希望街坊能繼續支持。\n\n---\n\n（完）\n", "b.md")
    assert "她希望街坊能繼續支持。" in body


def test_a_bracketed_credit_with_a_colon_and_the_writers_calling(tmp_path):
    result, body = import_text(tmp_path, (
        "# 十問十答：偷渡案的法律問題\n\n【撰文：大陸維權律師盧小位】\n\n"
        "一問：這宗案件由哪個法院審理？\n\n答：按照刑事訴訟法的規定，由犯罪地的法院管轄。\n"),
        "qa.md")
    assert front_matter(result)["authors"] == ["盧小位"]
    assert "撰文" not in body


BOXED = ("某县人口志\n\n民国时期，本县人口呈持续增长状态，详见下表。\n\n表5-1\n"
         "┏━━━━━━━━┳━━━━━━┳━━━━━━━━┓\n\n┃ 年 度 ┃ 户 数 ┃ 人 口 数 ┃\n\n"
         "┣━━━━━━━━╋━━━━━━╋━━━━━━━━┫\n\n┃ 民国十二年 ┃ ┃ 190000 ┃\n\n"
         "┣━━━━━━━━╋━━━━━━╋━━━━━━━━┫\n\n┃ 民国二十四年 ┃ 26620 ┃ 138746 ┃\n\n"
         "┣━━━━━━━━╋━━━━━━╋━━━━━━━━┫\n\n┃ 民国二十九年 ┃ 39585 ┃ 213280 ┃\n\n"
         "┃ （含迁入） ┃ ┃ ┃\n\n┗━━━━━━━━┻━━━━━━┻━━━━━━━━┛\n\n此后人口逐年增加。\n")


def test_a_box_drawn_table_ruled_between_its_rows_is_a_table(tmp_path):
    result, body = import_text(tmp_path, BOXED, "renkou.txt")
    assert ("| 年度 | 户数 | 人口数 |\n|---|---|---|\n| 民国十二年 |  | 190000 |\n"
            "| 民国二十四年 | 26620 | 138746 |\n| 民国二十九年（含迁入） | 39585 | 213280 |") in body
    assert not any(c in body for c in "┏┃┣┗")
    assert "Table: 表5-1" in body and "此后人口逐年增加。" in body
    assert [r.kind for r in result.repairs].count("table-box-drawn") == 1


def test_a_box_drawn_table_ruled_under_its_header_only_has_a_row_a_line():
    from briefing.importer.boxtables import box_tables

    lines = list(enumerate(["┌────┬────┐", "│ 指标 │ 数值 │", "├────┼────┤", "│ 人口 │ 19 │",
                            "│ 户数 │ 6 │", "└────┴────┘"], start=1))
    kept, repairs = box_tables(lines)
    assert [t for _, t in kept if t] == ["| 指标 | 数值 |", "|---|---|", "| 人口 | 19 |",
                                         "| 户数 | 6 |"]
    assert len(repairs) == 1


def test_a_tree_of_folders_and_a_line_between_bars_stay_text():
    from briefing.importer.boxtables import box_tables

    lines = list(enumerate(["public", "├── 2020", "│   └── index.html", "└── about",
                            "│ 引文 │", "正文。"], start=1))
    assert box_tables(lines) == (lines, [])


def test_a_note_called_twice_gets_a_copy_for_its_second_mark(tmp_path):
    result, body = import_text(tmp_path, "# 某某计划\n\n计划于2011年公布[^1]，次年实施[^1]。\n\n"
                               "登记步骤如下[^1]：\n\n登记人数逾六百万[^2]。\n\n"
                               "[^1]: 某某政府网站，2011年。\n\n[^2]: 某某报，2012年。\n", "plan.md")
    assert "次年实施[^1-2]。" in body and "计划于2011年公布[^1]，" in body
    assert "登记步骤如下[^1-3]：" in body  # (a mark before a colon, not a definition)
    assert ("[^1]: 某某政府网站，2011年。\n\n[^1-2]: 某某政府网站，2011年。\n\n"
            "[^1-3]: 某某政府网站，2011年。") in body
    assert [r.kind for r in result.repairs].count("footnote-called-again") == 2


def test_a_tag_set_an_attribute_a_line_is_read_as_one_tag(tmp_path):
    text = ('<h2 class="title">教师节之际，这里满满都是爱与感动</h2>\n\n<div class="article">\n'
            "  <p>9月10日，学校为全体教师送上节日祝福，各学部分别开展了慰问活动。</p>\n"
            "  <div>\n    <img\n      class=\"article-img\"\n      src=\"./assets/images/a.png\"\n"
            "      width=\"600\"\n      height=\"400\"\n      alt=\"\"\n    />\n  </div>\n"
            '  <div class="article">小学部节日慰问</div>\n</div>\n')
    result, body = import_text(tmp_path, text, "news.md")
    assert "img" not in body and "class=" not in body and "&lt;" not in body
    assert "小学部节日慰问" in body
    assert "escape-markup" not in {r.kind for r in result.repairs}


JUDGMENT = ("某某省某某市某某区人民法院\n\n民 事 判 决 书\n\n（2018）某0103民初21102号\n\n"
            "原告：某某银行股份有限公司信用卡中心。\n\n被告：张某，男，1980年1月1日生。\n\n"
            "本院认为，原告与被告之间的信用卡合同关系合法有效，被告应当按约还款。\n\n"
            "判决如下：\n\n被告张某于本判决生效之日起十日内偿还原告透支本金2015.58元。\n\n"
            "审　判　长　　王大庆\n\n人民陪审员　　李　华\n\n二〇一八年十一月十五日\n\n"
            "法官　助理　　杜　灵\n\n书　记　员　　张楠楠\n")


def test_a_judgments_kind_is_its_title_and_its_clerk_signs_under_the_date(tmp_path):
    result, body = import_text(tmp_path, JUDGMENT, "judgment.txt")
    facts = front_matter(result)
    assert facts["title"] == "民事判决书" and facts["source"] == "某某省某某市某某区人民法院"
    assert str(facts["date"]) == "2018-11-15"
    assert ("::: signature\n审　判　长　　王大庆\n人民陪审员　　李　华\n二〇一八年十一月十五日\n"
            "法官　助理　　杜　灵\n书　记　员　　张楠楠\n:::") in body
    assert "## " not in body


def test_a_pages_facts_heading_and_its_view_counter_script_are_no_text(tmp_path):
    text = ("<h2>学校召开竞赛承办工作推进会</h2>\n"
            "<h3><span>发布时间：2020-11-11&nbsp;</span><span>文章来源：\n&nbsp;</span>"
            "<span>浏览次数：<script>_showDynClicks(\"wbnews\", 1571654647, 1629)</script>"
            "<span id=\"dynclicks_wbnews_1629\">57</span></span></h3>\n"
            "<p>11月9日，学校在综合办公楼召开竞赛承办工作推进会，研究部署下一阶段工作。</p>\n"
            "<p>会议还对各项工作任务做出了具体安排。</p>\n")
    result, body = import_text(tmp_path, text, "news.md")
    assert str(front_matter(result)["date"]) == "2020-11-11"
    assert "发布时间" not in body and "_showDynClicks" not in body and "##" not in body
    assert body.strip().startswith("11月9日，学校在综合办公楼召开")


def test_an_epapers_navigation_with_its_sections_letter_and_issue_date_is_furniture(tmp_path):
    text = ("第B019版:信息披露 上一版  下一版\n\n标题导航\n\n2025年05月23日 星期五 上一期  下一期\n\n"
            "某某基金管理有限公司关于旗下基金上市交易的提示性公告\n\n"
            "本公司董事会及董事保证基金上市交易公告书所载资料不存在虚假记载、误导性陈述或重大遗漏。\n\n"
            "特此公告。\n\n某某基金管理有限公司\n\n2025年5月23日\n")
    result, body = import_text(tmp_path, text, "notice.txt")
    assert front_matter(result)["title"] == "某某基金管理有限公司关于旗下基金上市交易的提示性公告"
    for furniture in ("上一版", "标题导航", "星期五", "下一期"):
        assert furniture not in body, furniture


def test_an_archives_and_a_sites_disclaimers_over_the_text_are_furniture(tmp_path):
    text = ("# 某区人民政府办公室关于印发城市体检工作方案的通知\n\n"
            "> 本文正文由脚本自某市官方公开页面提取，仅供检索查阅；以[官方链接](https://example.gov.cn/a)"
            "发布版本为准。\n> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件"
            "不适用著作权法。\n\n各委、办、局：\n\n现将《城市体检工作方案》印发给你们，请认真按照执行。\n")
    result, body = import_text(tmp_path, text, "notice.md")
    assert "仅供检索" not in body and "著作权法" not in body
    assert "现将《城市体检工作方案》印发给你们" in body
    _, body = import_text(tmp_path, ("某某电厂2号机组并网发电\n\n所有文章、评论、信息、数据仅供参考,使用前请核实,风险"
                                     "自负。\n\n本报讯 12月1日，某某电厂2号机组顺利并网发电，标志着项目全面建成投产。\n"),
                          "news.txt")
    assert "风险自负" not in body and "顺利并网发电" in body


def test_an_editors_default_page_title_is_no_title_the_heading_over_the_article_is(tmp_path):
    page = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
            "<title>{}</title>\n</head>\n<body>\n<header><h2>家庭户立户或分户</h2></header>\n"
            "<section><div>\n<p>申请人通过互联网提交申请材料，派出所于3个工作日内预审，通过的，申请人到"
            "派出所提交材料原件或将材料原件邮寄到派出所。</p>\n<p>派出所收到材料后，当场给予办理，办理"
            "完结后反馈申请人，申请人可到派出所现场领取办理完毕的户籍证件。</p>\n</div></section>\n"
            "</body>\n</html>\n")
    for default in ("Document", "无标题文档", "Untitled Document"):
        result, body = import_text(tmp_path, page.format(default), f"{len(default)}.html")
        assert front_matter(result)["title"] == "家庭户立户或分户", default
        assert default not in body


def test_a_minutes_field_labels_over_each_item_are_no_speakers(tmp_path):
    items = "".join(f"**议题{n}：某某工作组第{n}项工作汇报**  \n汇报人：  \n张三  \n结论：  \n"
                    f"同意第{n}项工作的安排，由工作组继续推进。  \n遗留问题：  \n无\n\n"
                    for n in range(1, 4))
    result, body = import_text(tmp_path, f"# 某某委员会例会 2024-04-11\n\n{items}", "minutes.md")
    assert "**结论：**" not in body and "**遗留问题：**" not in body
    assert "speaker-lead" not in {r.kind for r in result.repairs}
    # a transcript's speakers by name still lead their turns
    turns = "".join(f"{speaker}：\n\n{words}\n\n" for speaker, words in (
        ("主持人", "请王部长介绍今年的工作安排。"), ("王明", "谢谢主持人，今年我们将重点推进三项工作。"),
        ("主持人", "请李局长回答记者关心的问题。"), ("李华", "好的，我们已经制定了详细的实施方案。")))
    _, body = import_text(tmp_path, f"# 新闻发布会实录\n\n{turns}", "transcript.md")
    assert "**王明：**谢谢主持人" in body and "**主持人：**请王部长" in body


WECHAT_POST = """
---
title: '两种动物在野外灭绝，它们还能回来吗？'
author: 某某网
date: Fri, 16 Sep 2022 04:49:22 GMT
---

<div>
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">两种动物在野外灭绝，它们还能回来吗？</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">物种日历</span>
<div id="js_profile_qrcode" class="profile_container" style="display:none;">
<p class="profile_meta"><label>微信号</label><span>guokrpac</span></p>
<p class="profile_meta"><label>功能介绍</label><span>世界上的生物只有两种。</span></p>
</div>
</div>
<div class="rich_media_content
            " id="js_content" style="visibility: hidden;">
<p>9月6日，在年度工作会议上，某某评估报告发布。报告显示，两种动物在野外均没有被监测到。</p>
<p>保育工作者为它们扩展栖息地，搭建可以通行的绳桥，种群数量逐渐稳定。</p>
</div>
<script>var biz = "MzA3";</script>
</div>
</div>
"""


def test_a_wechat_pages_frame_kept_in_a_markdown_post_is_left_out(tmp_path):
    result, body = import_text(tmp_path, WECHAT_POST, "post.md")
    assert front_matter(result)["title"] == "两种动物在野外灭绝，它们还能回来吗？"
    for frame in ("原创", "微信号", "guokrpac", "功能介绍", "物种日历", "biz"):
        assert frame not in body, frame
    assert body.strip().startswith("9月6日，在年度工作会议上") and "种群数量逐渐稳定。" in body


def test_a_sites_office_footer_with_its_fields_in_bars_and_office_hours_is_furniture(tmp_path):
    footer = ("某市机关事务管理局 | 地址:某市人民大道200号 | 电子邮件:bgs@example.gov.cn | 电话:23111111\n"
              "工作时间:9:00—18:00 (国定节假日除外)\n"
              "沪ICP备:10014321号-1 | 政府网站标识码:3100000106 | 累计访问数: | 本年度访问:\n")
    text = ("某局召开局长办公会议\n\n2020年2月21日，局长主持召开2020年第2次局长办公会议，副局长出席会议。\n"
            "会议听取了重点工作目标编制情况的汇报，会议指出，要认真贯彻落实各项部署要求。\n"
            + footer + footer)
    result, body = import_text(tmp_path, text, "news.txt")
    for furniture in ("人民大道", "工作时间", "ICP", "标识码"):
        assert furniture not in body, furniture
    assert "要认真贯彻落实各项部署要求。" in body
    # a notice's own contact lines, with no footer under them, stay
    _, body = import_text(tmp_path, ("关于举办培训班的通知\n\n各单位：\n\n定于下月举办业务培训班，请各单位"
                                     "选派人员参加。\n\n联系人：张三\n\n电话：23111111\n"), "notice.txt")
    assert "联系人：张三" in body and "电话：23111111" in body


def test_a_portals_time_stamp_with_its_widgets_under_the_headline_dates_the_story(tmp_path):
    text = ("政务公开\n政府动态\n当前位置:首页>政府动态\n\n区政府各部门积极参加清雪活动\n\n"
            "2010/1/6 16:43:13 次浏览 分类:政府动态    来源:\n\n"
            "    13日,一场瑞雪给港城披上银装,区政府各部门积极组织干部职工上街清雪,保障道路畅通。\n")
    result, body = import_text(tmp_path, text, "news.txt")
    facts = front_matter(result)
    assert facts["title"] == "区政府各部门积极参加清雪活动" and str(facts["date"]) == "2010-01-06"
    assert "次浏览" not in body and "政务公开" not in body


def test_an_empty_time_field_never_takes_the_next_line_as_its_value(tmp_path):
    text = ("农村调查报告（推荐34篇）\n\n发布时间:\n\n农村调查报告 篇1\n\n"
            "临沂市是农业大市，全市在外务工人员129.8万人，农村留守儿童6.05万人，问题日益突出。\n")
    result, body = import_text(tmp_path, text, "report.txt")
    assert "发布时间" not in body and "农村调查报告 篇1" in body
    assert "field-kept" not in {d.kind for d in result.doubts}


def test_a_heading_over_nothing_but_the_notes_stays_and_is_a_spot_to_review(tmp_path):
    result, body = import_text(tmp_path, ("# 某某计划\n\n计划于2011年公布[^1]，次年实施[^2]。\n\n## 参考资料\n\n"
                                          "[^1]: 某某政府网站，2011年。\n\n[^2]: 某某报，2012年。\n"), "plan.md")
    assert "## 参考资料" in body  # the source's heading
    spots = [r for r in result.repairs if r.kind == "notes-heading"]
    assert len(spots) == 1 and spots[0].review and "参考资料" in spots[0].before
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert any(line.startswith("- [ ]") and "notes-heading" in line
               for line in report.splitlines())
    # a heading with its own text over the notes: nothing to ask
    result, _ = import_text(tmp_path, ("# 某某计划\n\n计划于2011年公布[^1]。\n\n## 附记\n\n本文据公开资料整理。"
                                       "\n\n[^1]: 某某政府网站，2011年。\n"), "plan2.md")
    assert "notes-heading" not in {r.kind for r in result.repairs}


def test_an_items_closing_staff_line_is_the_pages_and_names_the_writer(tmp_path):
    story = ("学校举办摄影作品展\n\n12月15日，学校在图书馆举办摄影作品展，共展出师生摄影作品63幅，吸引了众多师生"
             "前来参观。\n\n此次展览由图书馆与新闻与传媒学院联合主办，展期为两周。\n\n")
    for n, (line, authors) in enumerate((("（供稿：图书馆、新闻与传媒学院 撰稿：王敏）", ["王敏"]),
                                         ("(图文:张素伟 审核:张帅)", ["张素伟"]),
                                         ("供稿：市委外事办 摄影：五一", []))):
        result, body = import_text(tmp_path, story + line + "\n", f"item{n}.txt")
        assert "审核" not in body and "供稿" not in body and "撰稿" not in body, line
        assert front_matter(result)["authors"] == authors, line
    # one field alone after the text (「来源：某某」, 「编辑：」 handled elsewhere) is no staff line
    _, body = import_text(tmp_path, story + "撰稿：王敏\n", "single.txt")
    assert "展期为两周。" in body
