"""The thirty-eighth round (issue 11): made-up texts of the shapes that went wrong on the
forty-ninth held-back set, scored once in the thirty-seventh stop.

Tables copied a cell a paragraph: a row whose cells are all empty gives its label alone (the
copy keeps no paragraph for an empty cell), so a label followed straight by the next label is
such a row — filled with empty cells, told; a statistics release names its table by region
(「2018年各地区早稻产量」) — a row's label 「粮食产量」 alone is no table's name.

A 公告's results numbered 「一、…」 one right under another, each a long line of figures with
no sentence's end, are items, not heads. A paragraph numbered by a number and a tab
(「1\t大家下午好。我很荣幸…」, a Singapore minister's speech) is a numbered paragraph, never a
run-in head and its paragraph; nor are the items of a list numbered 1. 2. 3. most of which
open with no short sentence (「3.新型农村合作医疗制度…取得显著成效。2012年…」 among them).

Web copies: 「上一篇 下一篇」 on one line is the page's; a site's fields line 「发布: 2014-12-10
|  作者:  |   来源: 国家统计局」 gives the date and the source; an office's name before a colon
is a word of a news headline (「新加坡人力部：劳动力市场2018年继续向好」) — only over a
document's title (「某省监测中心：2021年7月空气质量报告」) is it the issuer; a related list's
headlines with their teasers under the label 「相关推荐」 are the page's. A headline right over
the dateline with no blank line (「…被评为“优秀成果”」 ⏎ 「本报讯 近日，…」) is the title; the
reporter's name in brackets closing the last line is the author even in a copy whose
paragraphs are lines of one block.

Markdown: a post's front matter giving only its last change (「modify: 2020-01-04 13:34:36」)
dates it, and an 「update: 2020-01-04」 line under it is a fact line. A rule's note of the
order that published it (「2001年3月13日 某某管理局令第27号公布」) gives its date.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer import roles
from briefing.importer.headings import split_run_in_headings
from briefing.importer.webframe.furniture import furniture_line

EMPTY_ROWS = """某年各地区早稻产量公告

  根据抽样调查，某年全国早稻播种面积、单位面积产量、总产量如下。

2018年各地区早稻产量



播种面积

(千公顷)

总产量

(万吨)

每公顷产量

(公斤)

全国总计

4791.3

2859.0

5967.0

北  京

_

_

天  津

_

_

浙  江

97.1

62.1

6398.6

安  徽

182.7

112.6

6163.7

重  庆

_

_

云  南

39.2

21.9

5593.6

  注：未列出的省（区、市）没有早稻生产。
""".replace("\n_\n", "\n \n")  # (a line of a space: an empty cell's)


def test_a_cell_a_paragraph_table_whose_empty_rows_give_their_label_alone(tmp_path):
    result, body = import_text(tmp_path, EMPTY_ROWS, "empty.txt")
    assert "| 北  京 |  |  |  |" in body and "| 重  庆 |  |  |  |" in body
    assert "| 浙  江 | 97.1 | 62.1 | 6398.6 |" in body
    assert "| 云  南 | 39.2 | 21.9 | 5593.6 |" in body
    assert "播种面积（千公顷）" in body
    assert "<!-- held table" in body
    # the line naming it is its caption, held with it (never left printed alone)
    assert "\nTable: 2018年各地区早稻产量\n" in body
    assert any(d.kind == "table-empty-rows" for d in result.doubts)


def test_a_table_named_by_region_but_not_a_rows_label():
    assert roles.is_table_name("2018年各地区早稻产量")
    assert roles.is_table_name("分地区生产总值数据")
    assert not roles.is_table_name("粮食产量")


RESULTS = """某年早稻产量数据的公告

  根据对早稻主产区的抽样调查，某年全国早稻播种面积、单位面积产量、总产量如下。

  一、全国早稻播种面积4791千公顷（7187万亩），比上年减少350千公顷（525万亩），下降6.8%

  二、全国早稻单位面积产量5967公斤/公顷（398公斤/亩），比上年增加157公斤/公顷，增长2.7%

  三、全国早稻总产量2859万吨（572亿斤），比上年减产128万吨（26亿斤），下降4.3%

  某某统计局
"""


def test_a_notices_results_numbered_one_under_another_are_no_heads(tmp_path):
    _, body = import_text(tmp_path, RESULTS, "results.txt")
    assert "\n#" not in body
    assert "\n一、全国早稻播种面积4791千公顷" in body


SPEECH = """某部长在漫画展开幕式上的致辞

各位先生女士们：

1\t大家下午好。我很荣幸今天能在这里和大家一起庆祝创刊100周年的庆祝活动。

2\t视觉传播可以追溯到古文明时代。图像比单用文字更具影响力，它能抓住人们的注意力。

3\t早年，图片和图像普遍用于大众传媒。我们许多不识字的先辈借由这些图像理解政策。
"""


def test_paragraphs_numbered_by_a_number_and_a_tab_are_not_split(tmp_path):
    _, body = import_text(tmp_path, SPEECH, "speech.txt")
    assert "\n#" not in body
    assert "大家下午好。我很荣幸今天能在这里" in body


def _paragraph(text: str):
    from briefing.importer.draft import Node

    return Node("paragraph", text, ((0, 1),))


def test_a_list_numbered_1_2_3_whose_items_are_sentences_is_not_split():
    items = ["1. 党中央、国务院明确下一阶段卫生工作目标和重点工作，从大卫生的角度出发，明确了国家卫生事业的指导思想。",
             "2. 世界艾滋病日前后，党和国家领导人看望艾滋病病毒感染者和一线医务人员、社会组织工作人员。",
             "3.新型农村合作医疗制度实施10年来取得显著成效。参合者住院费用报销比例提高到75%左右。",
             "4. 18个省份311个县开展公立医院综合改革试点。",
             "5. 《精神卫生法》出台，将于2013年5月1日起实施。"]
    nodes = split_run_in_headings([_paragraph(text) for text in items])
    assert [node.kind for node in nodes] == ["paragraph"] * 5
    # …where most items open with a short sentence, they are run-in heads all the same
    heads = ["（一）加强领导。各地要成立工作专班，统筹推进。", "（二）压实责任。各部门要明确分工，抓好落实。",
             "（三）强化督查。对工作不力的要通报批评，限期整改。"]
    nodes = split_run_in_headings([_paragraph(text) for text in heads])
    assert [node.kind for node in nodes] == ["heading", "paragraph"] * 3


REPOST = """51某某网

  国家统计局发布2014年粮食产量公告

发布: 2014-12-10 |  作者:  |   来源: 国家统计局

上一篇 下一篇

    国家统计局根据抽样调查，2014年全国粮食播种面积、单位面积产量、粮食总产量如下。

  一、全国粮食总产量60709.9万吨，比2013年增加516万吨，增长0.9%。
"""


def test_a_sites_fields_line_with_a_bare_publish_label_and_its_pager(tmp_path):
    result, body = import_text(tmp_path, REPOST, "repost.txt")
    facts = front_matter(result)
    assert facts["title"] == "国家统计局发布2014年粮食产量公告"
    assert str(facts["date"]) == "2014-12-10" and facts["source"] == "国家统计局"
    assert "上一篇" not in body and "发布" not in body.split("\n\n")[0]
    assert furniture_line("上一篇 下一篇") and furniture_line("上一篇｜下一篇")


NEWS = """新华某某首页

新加坡人力部:劳动力市场2018年继续向好

来源:新华某某网 责任编辑:王某某 2018-11-30 11:08:40

新华某某网新加坡11月30日电 (记者李某某) 新加坡人力部29日发布该国2018年劳动力预估数据报告称，劳动力市场继续向好发展。

报告显示，今年6月新加坡25-64岁居民的就业率从去年6月的80.7%微跌至80.3%。

相关推荐
新范本!中新互联互通项目10年开辟“五条通道”

10年来,中新(重庆)战略性互联互通示范项目成功开辟“五条通道”,成为国际合作“新范本”。

10年33项首创!中新合作打造互联互通“金名片”

10年间签约政府和商业合作项目347个、金额达260亿美元,探索形成33项制度型开放成果!
"""


def test_an_offices_words_in_a_headline_and_a_related_list_with_teasers(tmp_path):
    result, body = import_text(tmp_path, NEWS, "news.txt")
    assert front_matter(result)["title"] == "新加坡人力部：劳动力市场2018年继续向好"
    for gone in ("相关推荐", "新范本", "金名片"):
        assert gone not in body, gone
    assert body.strip().endswith("微跌至80.3%。")


def test_an_issuers_name_over_a_documents_title_is_still_the_issuer(tmp_path):
    text = ("某省生态环境监测中心:2021年7月全省空气质量报告\n\n"
            "  2021年7月，全省平均优良天数比例为93.5%，同比上升2.3个百分点。\n\n"
            "  细颗粒物平均浓度为20微克/立方米，同比下降10.0%。\n")
    result, _ = import_text(tmp_path, text, "report.txt")
    assert front_matter(result)["title"] == "2021年7月全省空气质量报告"


YEARBOOK_NEWS = """《某某年鉴》(2017)被评为“山东省优秀史志成果”
本报讯 近日,在2017年度山东省优秀史志成果评选活动中,《某某年鉴》(2017)被评为“山东省优秀史志成果”。
《某某年鉴》(2017)是由某县人民政府主办的大型综合性资料工具书,于2017年11月出版发行。全书设29个栏目。 (肖某某)
"""


def test_a_headline_over_a_dateline_and_a_closing_name_in_a_block_of_lines(tmp_path):
    result, body = import_text(tmp_path, YEARBOOK_NEWS, "news.txt")
    facts = front_matter(result)
    assert facts["title"] == "《某某年鉴》（2017）被评为“山东省优秀史志成果”"
    assert facts["authors"] == ["肖某某"]
    assert "肖某某" not in body and body.lstrip().startswith("本报讯")


POST = """---
layout: post
title: "2019读书总结"
modify: 2020-01-04 13:34:36
---

update: 2020-01-04


### A. 专业书

去年变动较多，上半年赶项目，下半年换工作，专业书只看了一本。
"""


def test_a_posts_last_change_dates_it_and_its_update_line_goes(tmp_path):
    result, body = import_text(tmp_path, POST, "post.md")
    assert str(front_matter(result)["date"]) == "2020-01-04"
    assert "update" not in body
    dated = POST.replace("modify: 2020-01-04 13:34:36", "date: 2019-12-30\nmodify: 2020-01-04"
                         ).replace("update: 2020-01-04\n", "")
    result, _ = import_text(tmp_path, dated, "dated.md")
    assert str(front_matter(result)["date"]) == "2019-12-30"  # its own date first


RULE = """# 某某制剂配制质量管理规范（试行）

2001年3月13日 国家某某监督管理局令第27号公布

## 第一章 总则

第一条 为加强医疗机构制剂配制的监督管理，制定本规范。

第二条 本规范适用于医疗机构制剂配制的全过程。

第三条 医疗机构制剂配制应当遵守本规范。
"""


def test_a_rules_note_of_its_publishing_order_gives_its_date(tmp_path):
    result, body = import_text(tmp_path, RULE, "rule.md")
    assert str(front_matter(result)["date"]) == "2001-03-13"
    assert roles.adoption_note("2001年3月13日 国家某某监督管理局令第27号公布")
