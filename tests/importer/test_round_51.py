"""The fifty-first round (issue 11): made-up texts of the shapes that went wrong on the
sixty-second held-back set, scored once in the thirty-ninth stop.

A web page's table saved as text, a row a line and '|' between cells, with some rows the
page wrapped: the row's label and a value or two on its line, the rest of its values a
line or two under it (「屯 昌 县 | 0.29 |」 ⏎ 「1.36 |」 ⏎ 「663.2 | 248.7 |」). Those rows are
joined back — exactly as many cells as the table's other rows — so the table is one
table, never a fragment printed with a row of values for its header.
"""

from __future__ import annotations

from conftest import front_matter, import_text

TOURISM = """某省旅游基本情况（2005年8月）

单位：万人次、%

地区 | 本月 | 累计 | 本月增减 | 累计增减 |
海 口 市 | 28.01 | 222.22 | 11.9 | 5.5 |
三 亚 市 | 33.27 | 266.76 | 20.2 | 12.2 |
屯 昌 县 | 0.29 |
1.36 |
663.2 | 248.7 |
澄 迈 县 | 0.26 | 1.78 |
18.2 |
-5.8 |
临 高 县 | 0.45 | 3.42 | 80.0 | 44.3 |
儋 州 市 | 3.03 | 23.86 | -5.9 | 2.1 |

注：旅游饭店为列入统计范围的酒店、宾馆。
"""


def test_a_row_wrapped_a_value_a_line_is_joined_back(tmp_path):
    _, body = import_text(tmp_path, TOURISM, "tourism.txt")
    assert "| 屯 昌 县 | 0.29 | 1.36 | 663.2 | 248.7 |" in body
    assert "| 澄 迈 县 | 0.26 | 1.78 | 18.2 | -5.8 |" in body
    table = [line for line in body.split("\n") if line.startswith("|")]
    assert table[0] == "| 地区 | 本月 | 累计 | 本月增减 | 累计增减 |"
    assert len(table) == 8  # header, delimiter, six rows: one table
    assert "1.36 |" not in body.replace("0.29 | 1.36 |", "")


CAPTIONED = """# TSMC IT Day 筆記

<img style="width:60%;" src="https://example.com/jumbo.png">
<p align="center"><sub><sup>
  TSMC IT Day 新技術架構交流與軟體人才對談
</sup></sub></p>

## Overview 概述

這次我報名的分組議程是資料中心維運自動化。
"""


def test_sub_and_sup_round_a_caption_over_lines_are_styling(tmp_path):
    """Tags a line opens and does not close (a theme's small print round a caption set
    over three lines) are dropped, their words kept: the article loads and builds."""
    _, body = import_text(tmp_path, CAPTIONED, "notes.md")
    assert "TSMC IT Day 新技術架構交流與軟體人才對談" in body
    assert "<sub>" not in body and "</sup>" not in body
    _, body = import_text(tmp_path, "# 化学式\n\n水的化学式是 H<sub>2</sub>O，面积单位 m<sup>2</sup>。\n",
                          "water.md")
    assert "H<sub>2</sub>O" in body and "m<sup>2</sup>" in body


ARCHIVED = """---
标题: 2026年某区出海服务平台专项资金申报指南（第一批）
文号: -
发布单位: 上海市某区发展和改革委员会
发布日期: 2026-04-23
官方链接: https://www.example.gov.cn/zhengce/detail?businessId=1
---

# 2026年某区出海服务平台专项资金申报指南（第一批）

为助力本土企业积极拓展海外市场，现将申报有关事项通知如下。
"""


def test_a_front_matter_yaml_refuses_is_read_a_field_a_line(tmp_path):
    """「文号: -」 is a YAML syntax error; the fields are still the archive's, one a line:
    read as such, never printed as the text's first lines."""
    result, body = import_text(tmp_path, ARCHIVED, "guide.md")
    meta = front_matter(result)
    assert meta["source"] == "上海市某区发展和改革委员会"
    assert str(meta["date"]) == "2026-04-23"
    assert meta["url"] == "https://www.example.gov.cn/zhengce/detail?businessId=1"
    assert "文号" not in body and "发布单位" not in body


def test_a_latin_authors_bold_label_in_a_posts_head(tmp_path):
    result, body = import_text(tmp_path, (
        "# 聚焦 SIG Testing\n\n**作者:** Sandipan Panda\n\n"
        "欢迎阅读又一期的 SIG 聚光灯系列博客，这篇博客将聚焦 SIG Testing。\n"), "post.md")
    assert front_matter(result)["authors"] == ["Sandipan Panda"]
    assert "作者" not in body


CATALOGUED = """克州2022年春季学期校园卫生调研公告
索 引 号 | 01047834X/2022-00970 | 主题分类 | |
发布机构 | 克州教育局 | 发布日期 | 2022-03-21 17:47 |
名 称 | |||
文 号 | 〔〕号 | ||
来 源 | 克州教育局 |
克州教育局分四个组赴各县（市）开展调研，共调研学校47所。
调研共发现问题22个，现已全部整改到位。
"""


def test_a_catalogue_with_spaced_labels_and_empty_fields_is_the_pages(tmp_path):
    """The 信息公开 catalogue copied with '|', its labels letter-spaced to their column
    (「索 引 号」) and some fields empty (「名 称 | |||」): read as the page's facts and
    dropped, never held as a table of the text."""
    result, body = import_text(tmp_path, CATALOGUED, "notice.txt")
    assert front_matter(result)["source"] == "克州教育局"
    assert "索 引 号" not in body and "|" not in body
    assert "共调研学校47所。" in body
