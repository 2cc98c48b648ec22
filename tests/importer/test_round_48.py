"""The forty-eighth round (issue 11): made-up texts of the shapes that went wrong on the
fifty-ninth held-back set, scored once in the thirty-eighth stop.

A notice page's kind over its facts (「通知类型：校内通知」 ⏎ 「来源：研究生院」 ⏎ 「发布时间：…」,
Markdown hard breaks) is the page's catalogue: the facts are read, the kind dropped. A
school's notice addressed to its people (「各培养单位、相关同学：」) opens with its 主送.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer import roles

NOTICE = """# 关于收取2024年研究生生源地助学贷款受理回执工作的通知

通知类型：校内通知␣␣
来源：研究生院（党委研究生工作部）␣␣
发布时间：2024-08-22␣␣

各培养单位、相关同学：

为确保申请生源地信用助学贷款研究生及时办理好相关手续，现启动生源地助学贷款受理回执收取工作。

1. 请已办理贷款的研究生将受理证明提交至所在培养单位。
""".replace("␣", " ")


def test_a_notice_pages_kind_over_its_facts_is_its_catalogue(tmp_path):
    result, body = import_text(tmp_path, NOTICE, "notice.md")
    meta = front_matter(result)
    assert meta["source"] == "研究生院（党委研究生工作部）"
    assert str(meta["date"]) == "2024-08-22"
    assert "通知类型" not in body and "发布时间" not in body


def test_a_schools_notice_to_its_people_opens_with_its_addressees(tmp_path):
    _, body = import_text(tmp_path, NOTICE, "notice.md")
    assert "::: salutation\n各培养单位、相关同学：\n:::" in body
    assert roles.is_salutation("各年级学生、家长：")
    assert not roles.is_salutation("各项工作落实到每一位同学。")


def test_a_standards_first_clause_numbers_alone_join_their_names():
    from briefing.importer.extraction.paragraphs import _part_numbers

    lines = list(enumerate(["1", "", "范围", "本规范规定了终端与平台之间的通讯协议。", "2", "",
                            "规范性引用文件", "下列文件对于本文件的应用是必不可少的。", "5", "",
                            "范围"], 1))
    result, repairs = _part_numbers(lines)
    texts = [text for _, text in result]
    assert "1 范围" in texts and "2 规范性引用文件" in texts
    assert "5 范围" not in texts  # only the clause's own number (GB/T 1.1: 1 范围)
    assert [r.kind for r in repairs] == ["clause-number", "clause-number"]


def test_an_addresss_percent_encoding_is_no_figure():
    from briefing.importer.figures.numbers import quoted_mask

    sentence = "见 http://twmap.example.tw/f.html?t=2012%E5%B9%B4%E7%B8%BD%E8%97%8D ，共有6521家。"
    mask = quoted_mask(sentence)
    assert all(mask[sentence.index("http"):sentence.index(" ，")])
    assert not mask[sentence.index("6521")]


LINK_LEFT_OPEN = ("# 零時政府公報\n\n"
                  "  * [地圖數值呈現](http://twmap.example.tw/fusion.html?color1=0%2C255%2C0"
                  "&title=2012%E5%B9%B4%E7%B8%BD%E8%97%8D(%E6%9D%91%E9%87%8C)\n")


def test_a_link_left_open_after_its_addresss_parenthesis_is_a_link(tmp_path):
    result, body = import_text(tmp_path, LINK_LEFT_OPEN, "bulletin.md")
    assert "地圖數值呈現" in body and "http" not in body and "%E5" not in body
    assert not [row for group in result.figures for row in group.rows]


README = """<p align="center">
   🌐 <a href="https://example.com/" target="_blank">网站</a> • 📃 <a href="https://arxiv.org/abs/2305.08322"" target="_blank">论文</a>
</p>

C-Eval是全面的中文基础模型评估套件，涵盖了52个不同学科的13948个多项选择题。

## 目录

- [排行榜](#排行榜)
- [验证集结果](#验证集结果)
- [如何提交](#如何提交)

## 排行榜

下面列出了我们在初始版本中进行评估的模型的零样本和五样本准确率。

## 验证集结果

验证集的结果见下表。

## 如何提交

请将预测结果发送给我们。
"""


def test_a_list_of_links_to_the_pages_own_heads_is_its_contents(tmp_path):
    result, body = import_text(tmp_path, README, "readme.md")
    assert "目录" not in body
    assert body.count("排行榜") == 1 and "## 排行榜" in body
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "contents-links" in report


def test_a_tags_value_closed_by_a_doubled_quote_is_read_as_the_tag(tmp_path):
    _, body = import_text(tmp_path, README, "readme.md")
    assert "&lt;" not in body and "<a" not in body and "href" not in body


INTERVIEW = """---
title: 大家这么关注北大，我们和北大校长聊了聊
---

来源：~~[火星试验室](https://mp.weixin.qq.com/s/example)~~

文：张慧

问

北大在处理这类事情上有什么制度？

答

我们有一个程序，出了事情就按程序办。

问

学生们最关心的是什么？

答

学生们最关心的是学校能不能把事情说清楚。

问

您怎么看这件事？

答

我们会认真对待每一个同学的意见。
"""


def test_an_interviews_lone_turn_marks_are_no_ornaments(tmp_path):
    _, body = import_text(tmp_path, INTERVIEW, "interview.md")
    assert body.count("\n问\n") == 3 and body.count("\n答\n") == 3


def test_a_source_crossed_out_is_named_without_its_marks(tmp_path):
    result, body = import_text(tmp_path, INTERVIEW, "interview.md")
    assert front_matter(result)["source"] == "火星试验室"
    assert "~~" not in body
