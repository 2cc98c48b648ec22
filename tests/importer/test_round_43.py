"""The forty-third round (issue 11): made-up texts of the shapes that went wrong on the
fifty-fourth held-back set, scored once in the thirty-seventh stop.

Markdown: a loose ordered list — its items one after another with pictures and blank lines
between, numbered on (「7. 2021.8 发布 v2.5.0」 ⏎ 「8. 2021.10 发布 v2.6.0」 …) — is a list, never
a run of heads; 「Figure 1. 红花羊蹄甲 图片来源：wiki」 under a picture is its caption, bold or
not. A standard's term entry — its number alone, then the term with its English name
(「3.1」 ⏎ 「汽车行驶记录仪 vehicle travelling data recorder」) — is a head, never joined to the
definition under it. A 大紀元 reprint's 「【大紀元1月23日報導】」 names the source (no year: no
date); its page's 「site logo: …」, 「人氣：3」 and 「【字號】」 are the page's.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer import roles

CHRONICLE = """# 某数据库年表

1. 2018.9.5 提交了第一行代码。

  ![image](https://example.com/a.png)

2. 2019.5 发布了 v0.1.0 alpha 版本，并开源。

3. 2020.6 发布了第一个正式大版本 v1.0.0 GA

  ![image](https://example.com/b.png)

4. 2021.8 发布 v2.5.0

5. 2021.10 发布 v2.6.0

6. 2022.2 发布 v3.0.0
"""


def test_a_loose_ordered_lists_items_are_no_heads(tmp_path):
    _, body = import_text(tmp_path, CHRONICLE, "chronicle.md")
    assert "\n#" not in body
    assert "\n4. 2021.8 发布 v2.5.0\n" in body


def test_an_english_figure_label_opens_a_caption():
    assert roles.is_caption_text("Figure 1. 红花羊蹄甲 图片来源：wiki")
    assert roles.is_caption_text("Fig. 2 香港区旗")
    assert not roles.is_caption_text("Figure 3 shows the results")


STANDARD = """GB/T 19056—2012

汽车行驶记录仪

3 术语和定义

下列术语和定义适用于本文件。

3.1
汽车行驶记录仪 vehicle travelling data recorder
对车辆行驶速度、时间、里程、位置以及有关车辆行驶的其他状态信息进行记录、存储并可通过数
据通信实现数据输出的数字式电子记录装置。

3.2
脉冲系数 impulse ratio
汽车行驶记录仪单位时间内接收到的脉冲数与行驶距离之比。
\f
3.3
行驶开始时间 start time of travelling
车辆从静止状态转变为行驶状态的时间。
"""


def test_a_standards_term_with_its_english_name_is_a_head(tmp_path):
    _, body = import_text(tmp_path, STANDARD, "standard.txt")
    assert "\n### 3.1 汽车行驶记录仪 vehicle travelling data recorder\n" in body
    assert "\n### 3.3 行驶开始时间 start time of travelling\n" in body
    assert "recorder对车辆" not in body


REPRINT = """美玉米價格飆漲 農委會增加進口

site logo: www.example.com

人氣： 3

【字號】

【大紀元1月23日報導】(中央社記者李某中興新村二十三日電)國際玉米價格上漲,造成畜禽飼養成本大增。

行政院農業委員會農糧署今天表示,今年一期作將推動契作。
"""


def test_an_epoch_reprints_bracket_names_its_source_and_its_page_goes(tmp_path):
    result, body = import_text(tmp_path, REPRINT, "reprint.txt")
    facts = front_matter(result)
    assert facts["source"] == "大紀元" and facts["date"] is None
    for gone in ("site logo", "人氣", "字號"):
        assert gone not in body, gone
    assert body.lstrip().startswith("【大紀元1月23日報導】")


SPEECH = """模範警察表揚大會致詞

各位模範警察、各位來賓、各位女士、各位先生：

今天很高興參加表揚大會，向各位模範警察表示敬意。

第一、發揮團隊精神，強化整體力量

警察工作必須依靠團隊合作，才能發揮整體力量。

第二、重視教育訓練，提升執法能力

執法能力的提升，有賴持續不斷的教育訓練。
"""


def test_a_speechs_parts_numbered_by_ordinals_are_its_heads(tmp_path):
    _, body = import_text(tmp_path, SPEECH, "speech.txt")
    assert "\n## 第一、發揮團隊精神，強化整體力量\n" in body
    assert "\n## 第二、重視教育訓練，提升執法能力\n" in body


SYMBOLS = """某某白皮书

常用符号

1. A或P1：发起方
2. B或P2：服务方
3. C：协调方
4. X或x：特征数据

1 引言

联邦学习是一种分布式的机器学习方法，各参与方在不交换原始数据的前提下共同训练模型。
"""


def test_a_plain_texts_numbered_list_with_nothing_between_is_no_run_of_heads(tmp_path):
    _, body = import_text(tmp_path, SYMBOLS, "symbols.txt")
    for item in ("1. A或P1：发起方", "2. B或P2：服务方", "3. C：协调方", "4. X或x：特征数据"):
        assert f"\n{item}\n" in body, item


TWICE = """# 某数据库年表

1. 2020.6 发布 v1.0.0 GA

2. 2021.3 发布 v2.0 GA

3. 2021.8 发布 v2.5.0

4. 2021.10 发布 v2.6.0

5. 2022.2 发布 v3.0.0

6. 2022.4 发布 v3.1.0

7. 2022.7 发布 v3.2.0

此后的版本如下。

1. 2021.8 发布 v2.5.0

2. 2021.10 发布 v2.6.0

3. 2022.2 发布 v3.0.0

4. 2022.4 发布 v3.1.0

5. 2022.7 发布 v3.2.0
"""


def test_a_lists_items_given_again_later_are_no_contents_list(tmp_path):
    _, body = import_text(tmp_path, TWICE, "twice.md")
    assert body.count("2021.8 发布 v2.5.0") == 2  # both lists kept whole
    assert "\n1. 2020.6 发布 v1.0.0 GA\n" in body
