"""Text accounting (briefing/importer/accounting.py): every run of the source's text that
article.md does not hold, and the report does not name, is a doubt in the import report;
the article itself is never changed. Made-up texts."""

from __future__ import annotations

from pathlib import Path

from briefing.importer import import_article, pipeline
from briefing.importer.accounting import (
    CAPTION_TEXT,
    DIVISION,
    FACTS_TEXT,
    KEPT_CONTENTS,
    KEPT_FIELDS,
    KIND,
    MIXED_LEVELS,
    NO_PARENT,
    PART_TITLE,
    POSITION_TEXT,
    RANKED,
    SIGNATURE_TEXT,
    SPEAKER_TITLE,
    TABLE_TEXT,
    captions_as_text,
    division_levels,
    facts_in_body,
    kept_furniture,
    mixed_heading_levels,
    orphan_clauses,
    output_doubts,
    part_as_title,
    positions_as_text,
    ranked_heading_levels,
    signatures_as_text,
    speaker_line_as_title,
    unaccounted,
)
from briefing.importer.records import Repair

TEXT = ("# 某县2023年生态环境状况公报\n\n"
        "一、环境空气质量\n\n"
        "全县优良天数301天，同比增加6天。\n\n"
        "细颗粒物年均浓度为31微克/立方米，同比下降3.1%。\n\n"
        "二、水环境质量\n\n"
        "全县3个国控断面水质均达到Ⅲ类标准。\n")
DROPPED = "细颗粒物年均浓度为31微克/立方米，同比下降3.1%。"


def imported(tmp_path: Path, text: str = TEXT):
    source = tmp_path / "bulletin.txt"
    source.write_text(text, "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    return result, (result.folder / "article.md").read_text("utf-8")


def not_in_article(result) -> list[Repair]:
    return [doubt for doubt in result.doubts if doubt.kind == KIND]


def test_a_clean_text_raises_no_such_doubt(tmp_path):
    result, article = imported(tmp_path)
    assert DROPPED in article
    assert not_in_article(result) == []


def test_a_sentence_a_pass_drops_is_a_doubt_naming_its_line_and_words(tmp_path,
                                                                       monkeypatch):
    writes = pipeline.article_markdown
    monkeypatch.setattr(pipeline, "article_markdown",
                        lambda draft: writes(draft).replace(DROPPED, ""))
    result, article = imported(tmp_path)
    assert DROPPED not in article  # the check never puts text back
    [doubt] = not_in_article(result)
    assert doubt.line == 7  # the line of the source the sentence is on
    assert "细颗粒物年均浓度为31微克" in doubt.before
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert (f"- [ ] line 7 · {KIND}: 「{DROPPED}」 — this text of the source is not in "
            "article.md: put it back if it is the article's") in report


def test_a_furniture_rule_eating_a_real_line_is_told(tmp_path, monkeypatch):
    writes = pipeline.article_markdown
    monkeypatch.setattr(pipeline, "article_markdown",
                        lambda draft: writes(draft).replace("二、水环境质量", ""))
    result, _ = imported(tmp_path)
    assert [(doubt.line, doubt.before) for doubt in not_in_article(result)] == [
        (9, "二、水环境质量")]


def test_text_the_report_names_is_not_told_twice():
    source = "第一段正文内容。\n\n某某日报 2023年5月1日 第3版\n\n第二段正文内容。\n"
    article = "第一段正文内容。\n\n第二段正文内容。\n"
    dropped = Repair("running-head", 3, "某某日报 2023年5月1日 第3版", "",
                     "Dropped a running head.")
    assert unaccounted(source, article, [dropped]) == []
    [doubt] = unaccounted(source, article, [])
    assert (doubt.line, doubt.before) == (3, "某某日报 2023年5月1日 第3版")


def test_markup_whitespace_and_width_repairs_are_not_text():
    source = ("**一是**加强<b>监测</b>&emsp;能力{.lead}，ＰＭ２．５下降。\n"
              "[详见链接](https://example.org/a/b/c/d/e)\n<!-- 注释不印 -->\n"
              "• 全年优良 天数 301天")
    article = "**一是**加强监测能力，PM2.5下降。\n\n详见链接\n\n全年优良天数301天\n"
    assert unaccounted(source, article, []) == []


def test_a_run_under_the_threshold_is_not_told():
    source = "（两字）\n全县优良天数301天。\nabcdefg\n同比增加6天。\n"
    article = "全县优良天数301天。同比增加6天。\n"
    assert unaccounted(source, article, []) == []
    assert [d.before for d in unaccounted(source + "（附图片）\n", article, [])] == [
        "（附图片）"]
    assert [d.before for d in unaccounted(source + "abcdefgh\n", article, [])] == [
        "abcdefgh"]


def test_text_moved_out_of_order_counts_as_kept():
    # The labels 作者/来源 (two Han characters) are under the threshold.
    source = "作者：张三\n\n第一段正文内容写在这里。\n\n来源：某某日报社\n"
    article = "---\nsource: 某某日报社\nauthors: [张三]\n---\n\n第一段正文内容写在这里。\n"
    assert unaccounted(source, article, []) == []
    assert [d.line for d in unaccounted(source, article.replace("某某日报社", ""), [])] == [5]


def test_markup_no_renderer_prints_is_not_text():
    source = ("\n---\ntitle: 某县公报\nlayout: post\ntags: [环境, 公报]\n---\n"
              "正文第一段内容。\n\n![现场照片说明文字](https://example.org/a(1).jpg)\n\n"
              "![IMG_20230501_0930](https://example.org/b.jpg \"DSC_0412\")\n\n"
              "<style>.appendQr_wrap{border:1px solid #E6E6E6;}</style>\n"
              "{{< gallery match=\"images/keep*\" rowHeight=\"150\" >}}\n\n"
              "[1]: https://example.org/reference/definition/target\n\n正文第二段内容。\n")
    article = "---\ntitle: 某县公报\n---\n\n正文第一段内容。\n\n现场照片说明文字\n\n正文第二段内容。\n"
    assert unaccounted(source, article, []) == []


PICTURES = ("正文第一段内容写在这里。\n\n"
            "![DSC02785](https://example.org/p/1.jpg \"古城东门的清晨\")\n"
            "正文第二段内容写在这里。\n\n"
            "<img src=\"/p/2.png\" alt=\"新建的社区食堂\" style=\"width:80%\">\n\n"
            "![图片](https://example.org/p/3.jpg)\n\n![跳转二维码](https://example.org/q.png)\n\n"
            "![水厂全景示意图](https://example.org/p/4.jpg)\n\n图1 二〇二三年建成的第三水厂\n\n"
            "正文第三段内容写在这里，到此为止。\n")


def test_a_pictures_description_printed_nowhere_is_told_as_such():
    # A Markdown image's title and an <img>'s alt text, words holding Han, are the
    # picture's caption to a reader: printed nowhere, they are told (three lines apart:
    # one spot naming both, from the first one's line).
    article = ("正文第一段内容写在这里。\n\n正文第二段内容写在这里。\n\n图1 二〇二三年建成的第三水厂\n\n"
               "正文第三段内容写在这里，到此为止。\n")
    doubts = unaccounted(PICTURES, article, [])
    assert [(d.line, d.before) for d in doubts] == [(3, "古城东门的清晨 … 新建的社区食堂")]
    assert all(d.kind == KIND and "picture's description" in d.note for d in doubts)
    # Not a file name, a generic name, a QR code, or a picture with its caption line.
    assert "水厂全景示意图" not in str(doubts) and "图片" not in str(doubts)
    # Printed (as a caption, anywhere in the article): nothing to tell.
    printed = article.replace("正文第三段", "古城东门的清晨\n\n新建的社区食堂\n\n正文第三段")
    assert unaccounted(PICTURES, printed, []) == []


def test_runs_a_few_lines_apart_are_one_spot_naming_them_all():
    source = "".join(f"第{n}条 本条的内容写在这里。\n甲乙丙丁戊己庚辛{n}号\n" for n in range(1, 10))
    article = "".join(f"第{n}条 本条的内容写在这里。\n\n" for n in range(1, 10))
    [doubt] = unaccounted(source, article, [])
    assert doubt.line == 2
    assert doubt.before.split(" … ") == [f"甲乙丙丁戊己庚辛{n}号" for n in range(1, 7)]
    assert doubt.note.startswith("9 runs on lines 2–18, 3 more not shown: this text")
    # Each run a grouped spot shows is short: 30 characters at most.
    long = ("第1条 本条的内容写在这里。\n" + "这一句很长的话没有进入文章" * 4
            + "。\n第2条 本条的内容写在这里。\n短句也没有进入文章。\n")
    [grouped] = unaccounted(long, "第1条 本条的内容写在这里。\n\n第2条 本条的内容写在这里。\n", [])
    first, second = grouped.before.split(" … ")
    assert len(first) == 30 and first.endswith("…") and second == "短句也没有进入文章。"
    # Far apart, each run is a spot of its own, as before.
    apart = source.replace("\n甲", "\n\n\n\n甲")
    assert len(unaccounted(apart, article, [])) == 9


def test_a_repeat_of_text_the_article_holds_is_not_lost():
    source = "武冈市环境质量月报\n武冈市环境质量月报\n\n本月全市优良天数30天。\n"
    article = "---\ntitle: 武冈市环境质量月报\n---\n\n本月全市优良天数30天。\n"
    assert unaccounted(source, article, []) == []


def test_a_repair_spanning_the_lines_names_them():
    source = "通\n第 43 卷第 4 期\n2022 年 4 月\n信\n\n正文第一段内容。\n"
    article = "正文第一段内容。\n"
    vertical = Repair("vertical-text", 1, "通 ⏎ 第 43 卷第 4 期 ⏎ 2022 年 4 月 ⏎ 信", "",
                      "Dropped vertical cover text.")
    assert unaccounted(source, article, [vertical]) == []
    assert [d.line for d in unaccounted(source, article, [])] == [1]
    # A repair that keeps the text (a heading made of it) does not account for its loss.
    heading = Repair("plain-heading", 2, "第 43 卷第 4 期 2022 年 4 月",
                     "## 第 43 卷第 4 期 2022 年 4 月", "Made it a heading.")
    assert [d.line for d in unaccounted(source, article, [heading])] == [1]


def test_a_respacing_repair_on_the_line_does_not_hide_a_loss():
    source = "全县优良天数 301天，细颗粒物年均浓度同比下降。\n"
    article = "全县优良天数301天。\n"
    spaced = Repair("space-between-han", 1, "…优良天数 301天，细颗粒物…", "…优良天数301天，细颗粒物…",
                    "Removed a space between Han characters.")
    assert [d.before for d in unaccounted(source, article, [spaced])] == [
        "细颗粒物年均浓度同比下降。"]


# ---------------------------------------------------------------- text kept that reads as furniture

CONTENTS_TEXT = ("# 某区2023年工作总结\n\n目　录\n\n"
                 "一、主要工作……………………1\n\n二、存在问题……………………5\n\n"
                 "三、下步打算……………………7\n\n"
                 "一、主要工作\n\n今年以来，我区认真贯彻上级部署。\n\n"
                 "二、存在问题\n\n一些工作还有差距。\n\n三、下步打算\n\n明年将继续努力。\n")


def kept(result, kind: str) -> list[Repair]:
    return [doubt for doubt in result.doubts if doubt.kind == kind]


def test_a_contents_list_the_article_kept_is_a_doubt_naming_each_entry(tmp_path):
    result, article = imported(tmp_path, CONTENTS_TEXT)
    assert "……………………5" in article  # the article is not changed
    [doubt] = kept(result, KEPT_CONTENTS)
    assert doubt.line == 3
    assert doubt.before.split("\n") == ["目\u3000录", "一、主要工作……………………1",
                                        "二、存在问题……………………5", "三、下步打算……………………7"]
    # The body's own first heading, repeating the list's first title, ends the list.
    assert "一、主要工作" not in doubt.before.split("\n")


def test_a_page_field_line_the_article_kept_is_a_doubt(tmp_path):
    text = ("# 某镇召开安全生产工作会议\n\n4月2日，某镇召开安全生产工作会议，部署近期重点工作。\n\n"
            "会议要求，各村要压实责任，抓好隐患排查整治。\n\n日期：2024-04-03　点击数：86\n")
    result, _ = imported(tmp_path, text)
    [doubt] = kept(result, KEPT_FIELDS)
    assert (doubt.line, doubt.before) == (7, "日期：2024-04-03　点击数：86")


def test_buttons_and_labels_make_a_field_line_prose_does_not():
    article = ("---\ntitle: 标题\n---\n\n"
               "发布时间：2023-05-06　来源：某县人民政府\n\n"          # two labels
               "[ 打印 ]　[ 关闭 ]\n\n"                               # two buttons
               "时间：上午9时\n\n"                                     # one label: a fact of a notice
               "据统计局消息来源可靠，时间紧任务重……我们要加油。\n\n"  # prose with 来源/时间 and ……
               "会议指出……下一步要抓落实……全年目标123个。\n")        # ellipses are no leaders
    found = kept_furniture("", article, [])
    assert [(d.kind, d.before) for d in found] == [
        (KEPT_FIELDS, "发布时间：2023-05-06　来源：某县人民政府"),
        (KEPT_FIELDS, "[ 打印 ]　[ 关闭 ]")]
    # A block a doubt of the same kind names already is not named twice.
    assert kept_furniture("", article, found) == []


def test_a_contents_list_without_page_numbers_under_its_head():
    article = ("---\ntitle: 标题\n---\n\n目录\n\n第一章 总则\n\n第二章 组织机构\n\n第三章 附则\n\n"
               "第一章 总则\n\n第一条 为了规范管理，制定本办法。\n\n第二章 组织机构\n\n"
               "第二条 设立领导小组。\n\n第三章 附则\n\n第三条 本办法自发布之日起施行。\n")
    [doubt] = kept_furniture("", article, [])
    assert doubt.before.split("\n") == ["目录", "第一章 总则", "第二章 组织机构", "第三章 附则"]
    # A 目录 whose entries the body does not open again: the head alone is named.
    [head] = kept_furniture("", "目录\n\n一、总体要求\n\n本办法自发布之日起施行。\n", [])
    assert head.before == "目录"
    # Section names every part repeats (活动介绍, 后记) are no contents list: no numbers.
    posts = "\n\n".join(["## 活动介绍", "## 活动回顾", "## 后记"] * 2) + "\n"
    assert kept_furniture("", posts, []) == []


def test_a_contents_list_with_no_head_is_known_by_its_titles_coming_again():
    article = ("---\ntitle: 标题\n---\n\n"
               "## 1 总则\n\n## 1.1 编制目的\n\n## 1.2 适用范围\n\n## 2 组织机构\n\n"
               "## 1 总则\n\n## 1.1 编制目的\n\n为做好防汛工作，制定本预案。\n\n"
               "## 1.2 适用范围\n\n本预案适用于全市。\n\n## 2 组织机构\n\n市政府设立指挥部。\n")
    [doubt] = kept_furniture("", article, [])
    assert doubt.kind == KEPT_CONTENTS
    assert doubt.before.split("\n") == ["1 总则", "1.1 编制目的", "1.2 适用范围", "2 组织机构"]
    # Headings in a row that the body does not give again are the body's own.
    plain = ("## 一、总体要求\n\n## （一）指导思想\n\n## （二）工作目标\n\n"
             "到2025年，全面完成各项任务。\n")
    assert kept_furniture("", plain, []) == []


def test_a_table_left_as_text_is_a_doubt_naming_its_rows_or_cells():
    cells = "\n\n".join(["城区", "30", "18", "2.93", "90.3%", "东城", "31", "20", "3.05",
                         "93.5%"])
    article = ("---\ntitle: 标题\n---\n\n某市5月空气质量如下。\n\n" + cells
               + "\n\n全市空气质量总体稳定。\n\n"
               "|木1—仙游桥|良好|/|100|\n\n|木2—石马桥|良好|/|83.3|\n\n"
               "城区 35 21 2.88 91.0% 东城 33 19 3.10 88.6%\n")
    found = kept_furniture("", article, [])
    assert [d.kind for d in found] == [TABLE_TEXT, TABLE_TEXT]
    assert found[0].before.split("\n") == cells.split("\n\n")
    assert found[1].before.split("\n") == ["|木1—仙游桥|良好|/|100|", "|木2—石马桥|良好|/|83.3|",
                                            "城区 35 21 2.88 91.0% 东城 33 19 3.10 88.6%"]
    # A pipe table (a delimiter row under its header) is a table, not text.
    table = "---\ntitle: 标题\n---\n\n| 城区 | 30 | 90.3% |\n|---|---|---|\n| 东城 | 31 | 93.5% |\n"
    assert kept_furniture("", table, []) == []


def test_prose_with_figures_and_short_lines_is_no_table():
    article = ("---\ntitle: 标题\n---\n\n"
               "全年地区生产总值123.4亿元，增长6.5%，其中一产12.3亿元、二产45.6亿元。\n\n"
               "一、总体情况\n\n二、主要指标\n\n三、存在问题\n\n四、下步打算\n\n五、保障措施\n\n"
               "六、其他\n\n2024年3月5日\n\n电话：0351-1234567 邮编：030000\n")
    assert kept_furniture("", article, []) == []


def test_contacts_codes_and_cells_of_a_real_table_raise_no_doubt():
    article = ("---\ntitle: 标题\n---\n\n"
               "李明 科长 2570-2330分机6601\n\n"        # a contact line: phone numbers
               "DB11/T 1234—2020\n\n"                   # a standard's code
               "DOI: 10.11959/j.issn.1000-0801.2025\n\n"  # an identifier
               "|\n\n（以上年为100） |\n\n|\n\n（以上年为100） |\n\n|\n\n（以上年为100） |\n")
    assert kept_furniture("", article, []) == []  # cells repeated are no contents list


def test_a_numbering_scheme_at_two_levels_is_a_doubt_naming_its_headings():
    article = ("---\ntitle: 标题\n---\n\n## 1 概述\n\n### 1.1 背景\n\n正文。\n\n### 1.2 目标\n\n正文。\n\n"
               "## 2 数据\n\n## 2.1 来源\n\n正文。\n\n### 2.2 方法\n\n正文。\n")
    [doubt] = mixed_heading_levels("", article, [])
    assert (doubt.kind, doubt.before) == (MIXED_LEVELS, "1.1 背景\n1.2 目标\n2.1 来源\n2.2 方法")
    assert [d.kind for d in output_doubts("", article, [])] == [MIXED_LEVELS]
    # Each scheme at one level of its own: no doubt.
    steady = ("## 一、总体要求\n\n### （一）指导思想\n\n正文。\n\n## 二、主要任务\n\n"
              "### （一）抓好生产\n\n正文。\n")
    assert mixed_heading_levels("", steady, []) == []


def test_short_numbered_headings_are_no_cells_and_a_cut_list_is_still_a_list():
    heads = ["1 总则", "1.1 目的", "1.2 依据", "1.3 范围", "2 机构", "2.1 职责", "2.2 办公室"]
    article = ("---\ntitle: 标题\n---\n\n" + "\n\n".join(f"### {h}" for h in heads)
               + "\n\n### 1 总则\n\n### 1.1 目的\n\n为做好防汛工作，制定本预案。\n")
    [doubt] = kept_furniture("", article, [])  # the body was cut after its first heading
    assert (doubt.kind, doubt.before.split("\n")) == (KEPT_CONTENTS, heads)
    # A line of its own above the list (the plan's name) does not hide it.
    named = article.replace("\n\n### 1 总则", "\n\n某市防汛应急预案\n\n### 1 总则", 1)
    [doubt] = kept_furniture("", named, [])
    assert doubt.before.split("\n") == heads


def test_a_contents_list_with_page_numbers_alone_and_titles_the_body_gives_unnumbered():
    # An extraction sets each page number on a line of its own between the titles, and
    # the body gives the parts' titles without their numbers.
    article = ("---\ntitle: 标题\n---\n\n## 目 录\n\n## 一、工作背景\n\n03\n\n"
               "### （一）政策要求逐步明确\n\n### （二）基层需求日益迫切\n\n## 二、主要做法\n\n11\n\n"
               "### （一）建立台账\n\n## 工作背景\n\n### （一）政策要求逐步明确\n\n"
               "近年来，国家先后出台多项政策。\n\n### （二）基层需求日益迫切\n\n"
               "基层单位普遍反映人手不足。\n\n## 主要做法\n\n各地探索形成了一批经验。\n")
    [doubt] = kept_furniture("", article, [])
    assert (doubt.kind, doubt.before.split("\n")) == (KEPT_CONTENTS, [
        "目 录", "一、工作背景", "03", "（一）政策要求逐步明确", "（二）基层需求日益迫切",
        "二、主要做法", "11", "（一）建立台账"])
    # Headings each followed by a figure alone, which the body never gives again: none.
    plain = ("## 一、总体情况\n\n12\n\n## 二、主要指标\n\n30\n\n## 三、存在问题\n\n"
             "全年完成投资12亿元。\n")
    assert kept_furniture("", plain, []) == []


def test_contents_entries_may_give_their_page_number_first():
    article = ("---\ntitle: 标题\n---\n\n目录\n\n05   发展现状：规模持续扩大\n\n16   技术路线：三类方案\n\n"
               "28   结语\n\n## 发展现状：规模持续扩大，应用加快落地\n\n近年来，市场规模持续扩大。\n")
    [doubt] = kept_furniture("", article, [])
    assert doubt.before.split("\n") == ["目录", "05   发展现状：规模持续扩大", "16   技术路线：三类方案",
                                        "28   结语"]


def test_a_heading_numbered_to_stand_below_another_but_set_at_its_level_is_a_doubt():
    article = ("---\ntitle: 标题\n---\n\n## 一、总体要求\n\n正文。\n\n## （一）指导思想\n\n正文。\n\n"
               "### （二）基本原则\n\n正文。\n\n## 二、主要任务\n\n### （一）抓好生产\n\n正文。\n")
    [doubt] = ranked_heading_levels("", article, [])
    assert (doubt.kind, doubt.before) == (RANKED, "（一）指导思想")
    assert "一、总体要求" in doubt.note
    assert RANKED in [d.kind for d in output_doubts("", article, [])]
    # Ranked as GB/T 9704 ranks them, a level deeper each: no doubt.
    steady = ("## 一、总体要求\n\n### （一）指导思想\n\n#### 1.抓好生产\n\n"
              "##### （1）春耕\n\n正文。\n\n## 二、主要任务\n\n### （一）抓好生产\n\n正文。\n")
    assert ranked_heading_levels("", steady, []) == []


def test_clauses_whose_parent_clause_is_no_heading_are_one_doubt_naming_them_all():
    article = ("---\ntitle: 标题\n---\n\n## 1 范围\n\n正文。\n\n2 术语和定义\n\n"
               "## 2.1 行业 industry\n\n正文。\n\n## 2.2 主要活动\n\n正文。\n\n"
               "## 3 分类的原则\n\n### 3.1 划分行业的原则\n\n正文。\n")
    [doubt] = orphan_clauses("", article, [])
    assert (doubt.kind, doubt.before) == (NO_PARENT, "2.1 行业 industry\n2.2 主要活动")
    assert "clause 2.1" in doubt.note and "without its clause 2:" in doubt.note
    assert NO_PARENT in [d.kind for d in output_doubts("", article, [])]
    # The parent a heading: no doubt; told once already: not told again.
    whole = article.replace("\n\n2 术语和定义\n\n", "\n\n## 2 术语和定义\n\n")
    assert orphan_clauses("", whole, []) == []
    assert orphan_clauses("", article, [doubt]) == []


def test_front_or_back_matter_set_below_the_top_level_of_headings_is_a_doubt():
    article = ("---\ntitle: 某市数字乡村发展报告\n---\n\n## 某市数字乡村发展报告（2024年）\n\n"
               "### 前 言\n\n数字乡村是乡村振兴的战略方向。\n\n## 一、发展现状\n\n"
               "全市建成益农信息社300个。\n\n## 二、主要问题\n\n人才不足。\n\n"
               "### 结论\n\n下一步要补齐短板。\n")
    found = division_levels("", article, [])
    assert [(d.kind, d.before) for d in found] == [(DIVISION, "前 言"), (DIVISION, "结论")]
    assert "前 言" in found[0].note
    assert DIVISION in [d.kind for d in output_doubts("", article, [])]
    assert "### 前 言" in article  # the article is not changed
    # At the top level, or given by every part (each post of a collection its 后记): none.
    steady = ("## 前言\n\n正文。\n\n## 一、总体要求\n\n### （一）目标\n\n正文。\n\n"
              "## 参考文献\n\n[1] 某某.某书.\n")
    assert division_levels("", steady, []) == []
    parts = "\n\n".join(["## 第一次活动", "### 后记", "正文。", "## 第二次活动", "### 后记",
                          "正文。"]) + "\n"
    assert division_levels("", parts, []) == []


def test_a_caption_that_asks_or_breaks_off_is_a_doubt():
    article = ("---\ntitle: 某市举行新闻发布会\n---\n\n"
               "::: figure\n![](img/1.jpg)\n发布会现场。 本报记者 李明摄\n:::\n\n"
               "::: figure\n◆某报记者：今年的重点项目进展如何？\n:::\n\n"
               "张华：总体进展顺利，已完成投资的六成。\n\n"
               "::: figure\n他在会上说道，\n:::\n\n"
               "::: figure\n图2 全市重点项目投资完成情况（单位：亿元）\n:::\n")
    found = captions_as_text("", article, [])
    assert [(d.kind, d.before) for d in found] == [
        (CAPTION_TEXT, "◆某报记者：今年的重点项目进展如何？"), (CAPTION_TEXT, "他在会上说道，")]
    assert "？" in found[0].note
    assert CAPTION_TEXT in [d.kind for d in output_doubts("", article, [])]
    assert "::: figure\n他在会上说道，\n:::" in article  # the article is not changed
    # A caption the report names already is not named twice.
    assert captions_as_text("", article, found) == []


def test_an_issuer_and_a_date_left_as_paragraphs_are_a_doubt():
    article = ("---\ntitle: 某县关于做好秋季防火工作的通知\n---\n\n"
               "各乡镇人民政府，县直各单位：\n\n现将有关事项通知如下。\n\n"
               "某县林业和草原局\n\n2023年9月8日\n\n"
               "附件\n\n某镇应急管理办公室\n二〇二三年九月十日\n\n"
               "::: signature\n某县人民政府\n2023年9月1日\n:::\n")
    found = signatures_as_text("", article, [])
    assert [(d.kind, d.before) for d in found] == [
        (SIGNATURE_TEXT, "某县林业和草原局\n2023年9月8日"),
        (SIGNATURE_TEXT, "某镇应急管理办公室\n二〇二三年九月十日")]
    assert SIGNATURE_TEXT in [d.kind for d in output_doubts("", article, [])]
    assert signatures_as_text("", article, found) == []  # not named twice
    # A publisher beside a date on one line (a web page's field line), a name with a
    # sentence under it, a date under a heading: no 落款.
    plain = ("---\ntitle: 标题\n---\n\n某县人民政府办公室 2023-09-08\n\n"
             "某县林业和草原局\n\n全年完成造林1.2万亩。\n\n## 某县统计局\n\n2023年9月8日\n")
    assert signatures_as_text("", plain, []) == []


def test_a_date_or_source_left_at_the_head_while_the_front_matter_lacks_it_is_a_doubt():
    article = ("---\ntitle: 某县召开安全生产会议\n---\n\n某县融媒体中心 2024-04-25 19:35\n\n"
               "会议强调，要压实责任，确保全县安全形势稳定。\n")
    [doubt] = facts_in_body("", article, [])
    assert (doubt.kind, doubt.before) == (FACTS_TEXT, "某县融媒体中心 2024-04-25 19:35")
    assert doubt.note.startswith("the front matter has no date, and this line")
    # A wire dateline names the source (its day, with no year, is no date).
    wire = ("---\ntitle: 某地新建铁路开通\n---\n\n"
            "新华社某地3月5日电 记者从有关部门获悉，某地新建铁路今日开通运营，全长120公里，"
            "沿途设站8座，连接3个县市。\n\n正文第二段。\n")
    [agency] = facts_in_body("", wire, [])
    assert agency.before.startswith("新华社某地3月5日电") and "no source," in agency.note
    # One block holding both facts is one doubt.
    fields = article.replace("某县融媒体中心 2024-04-25 19:35", "发布时间：2024-04-25 来源：某县人民政府")
    [both] = facts_in_body("", fields, [])
    assert "no date and no source" in both.note and "date:, source:" in both.note
    # The front matter has them, or the date is in a sentence, a numbered item, a heading,
    # a table's 数据来源, or a block a spot names already: nothing.
    assert facts_in_body("", article.replace("title:", "date: 2024-04-25\ntitle:"), []) == []
    for head in ("2024年4月25日，县政府召开常务会议。", "一、时间：2024年4月25日 14:00",
                 "## 2024年4月25日会议纪要", "数据来源：某县统计局"):
        assert facts_in_body("", article.replace("某县融媒体中心 2024-04-25 19:35", head),
                             []) == [], head
    named = Repair("page-fields-kept", 5, "某县融媒体中心 2024-04-25 19:35", "", "")
    assert facts_in_body("", article, [named]) == []
    # Nor a field line the furniture check of the same run names (one spot, not two).
    page = article.replace("某县融媒体中心 2024-04-25 19:35",
                           "发布时间：2024-04-25 来源：某县融媒体中心 浏览次数：25 【打印】【关闭】")
    assert [d.kind for d in output_doubts("", page, [])] == [KEPT_FIELDS]
    # A source label with its value, when the front matter has a date but no source.
    labelled = ("---\ntitle: 某县召开会议\ndate: 2024-04-25\n---\n\n来源：某县人民政府办公室\n\n"
                "会议强调要抓好落实。\n")
    [source] = facts_in_body("", labelled, [])
    assert source.note.startswith("the front matter has no source")
    assert facts_in_body("", labelled.replace("某县人民政府办公室", " 作者："), []) == []


def test_a_paragraph_saying_where_people_stand_in_a_picture_is_a_doubt():
    article = ("---\ntitle: 记者走进山村\n---\n\n今年春节，记者走进山村，记录乡亲们的新生活。\n\n"
               "山村小学里，记者王某（右二）和老师们交谈。孩子们在操场上做游戏。校舍是去年新建的。\n\n"
               "::: figure\n![](images/1.jpg)\n村民李某（左）在田间查看麦苗长势。\n:::\n\n"
               "## 会议代表（左）发言\n\n比赛分为左（右）两组进行，这一段文字很长很长"
               + "，说的是比赛的规则和经过" * 12 + "。\n")
    [doubt] = positions_as_text("", article, [])
    assert doubt.kind == POSITION_TEXT and doubt.before.startswith("山村小学里，记者王某（右二）")
    assert "「（右二）」" in doubt.note
    # A caption set as one already, a heading, a long paragraph: nothing; nor twice.
    assert positions_as_text("", article, [doubt]) == []


def test_a_title_that_names_a_part_of_the_document_is_a_doubt():
    body = "\n\n本文件按照有关规定起草。\n"
    for title in ("前言", "译者序言", "编写说明", "目 录", "参考文献"):
        [doubt] = part_as_title("", f"---\ntitle: {title}\n---{body}", [])
        assert (doubt.kind, doubt.before) == (PART_TITLE, f"title: {title}")
    for title in ("某市数据分类分级白皮书", "工作程序", "关于印发前言写作规范的通知"):
        assert part_as_title("", f"---\ntitle: {title}\n---{body}", []) == [], title
    assert part_as_title("", "本文件按照有关规定起草。\n", []) == []


def test_a_title_that_is_the_speakers_line_is_a_doubt():
    body = "\n\n同志们、朋友们：我们告别旧岁，喜迎新年。\n"
    for title in ("中共某市委书记 张某某某市人民政府市长 李某",  # two lines run together
                  "某省省长 王 某", "县长 王某某 县委书记 李某"):
        [doubt] = speaker_line_as_title("", f"---\ntitle: {title}\n---{body}", [])
        assert (doubt.kind, doubt.before) == (SPEAKER_TITLE, f"title: {title}")
        assert speaker_line_as_title("", f"---\ntitle: {title}\n---{body}", [doubt]) == []
    for title in ("元旦献辞", "市长 张某在全市工作会议上的讲话", "关于市长 张某的任命",
                  "区长 李某：在全区大会上的讲话"):
        assert speaker_line_as_title("", f"---\ntitle: {title}\n---{body}", []) == [], title
