"""The importer's pure string repairs, each with the cases it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.importer.repairs import (
    Edit,
    apply_edits,
    edit_excerpts,
    ends_sentence,
    escape_markup,
    find_doubts,
    fullwidth_punctuation,
    halfwidth_forms,
    heading_depths,
    heading_numbering,
    is_date_line,
    is_plain_heading,
    may_join,
    parse_byline,
    parse_comment_fields,
    parse_date,
    repeated_overlap,
    split_run_in,
    unit_markup,
)

# ---------------------------------------------------------------- 1. terminal punctuation


@pytest.mark.parametrize("text", [
    "水环境质量持续改善。", "真的吗？", "奋斗！", "等等……", "使“软指标硬化，虚任务变实”。",
    "他说：“好。”", "（完。）", "淘汰燃煤锅炉126台。\"", "PM<sub>2.5</sub>下降。",
    "那么，**价值从哪里来？**",
])
def test_ends_sentence(text):
    assert ends_sentence(text)


@pytest.mark.parametrize("text", [
    "贯彻落实全面从严治党加强党的建设工作要", "罚款", "摆放各类图书120册，", "120册,",
    "对19家", "主要任务如下：", "分别为、", "推进；", "真正使“软指标硬化，虚任务变实”",
    "印发了《工作要点》", "排放量16398.12", "VOCs", "", "**一是加强领导**",
])
def test_does_not_end_sentence(text):
    assert not ends_sentence(text)


def test_may_join_split_paragraph():
    assert may_join("制定印发了《2021年度贯彻落实全面从严治党加强党的建设工作要",
                    "点》，明确了工作职责。")
    assert may_join("全市行政处罚违法企业共589家，罚款", "16398.12万元，实施停产限产企业14家。")
    assert may_join("详见网站 https://www.example.cn/a/ 上的", "说明文字，共三页。")  # no file name


@pytest.mark.parametrize(("first", "second"), [
    ("良好的生态环境得益于党建引领。", "如今，“红色吕梁”亮出了“绿色底色”。"),  # terminal
    ("主要措施有", "（一）加强组织领导。各单位要高度重视。"),  # a numbered item starts
    ("具体做法是", "一是发放学习资料。"),
    ("各位代表：", "现在，我代表市人民政府，向大会报告工作。"),  # a salutation
    # A citation ends with its address: finished, whatever follows.
    ("英文引用格式： Wang XM. Survey of Something. Journal, 2023. http://www.example.cn/a/0001.htm",
     "Survey of Something in Models"),
    ("河阳市生态环境局", "2022年2月28日"),  # a signature and its date
])
def test_may_not_join(first, second):
    assert not may_join(first, second)


def test_date_line():
    assert is_date_line("2022年2月28日")
    assert not is_date_line("2022年2月28日，全市召开会议。")


# ---------------------------------------------------------------- 2. repeated overlap


def test_overlap_found():
    first = "坚持以习近平新时代中国特色社会主义思想"
    second = "社会主义思想为指导，深入贯彻党的十九届六中全会精神"
    assert repeated_overlap(first, second) == len("社会主义思想")


def test_overlap_takes_the_longest():
    assert repeated_overlap("启动了“一厂一策”管控", "一厂一策”管控措施") == len("一厂一策”管控")


@pytest.mark.parametrize(("first", "second"), [
    ("制定印发了《工作要", "点》，明确了工作职责"),  # no overlap at all
    ("推进重点工作", "工作要点已印发"),  # two characters agree by chance
    ("罚款", "16398.12万元"),
])
def test_overlap_not_found(first, second):
    assert repeated_overlap(first, second) == 0


def test_overlap_never_swallows_the_second_paragraph():
    assert repeated_overlap("我们的目标任务", "目标任务") == 0


# ---------------------------------------------------------------- 5–6. headings


@pytest.mark.parametrize(("text", "rank", "number"), [
    ("“从一到六”：党建引领", 0, ""),
    ("一、2021年工作回顾", 1, "一、"),
    ("（一）大气污染源专项检查", 2, "（一）"),
    ("(二)水污染源专项检查", 2, "(二)"),
    ("1 “一把手”责任压实", 3, "1 "),
    ("1.检查燃煤锅炉", 3, "1."),
    ("12、加强宣传", 3, "12、"),
    ("（1）城镇污水处理厂", 4, "（1）"),
    ("2021年工作回顾", 0, ""),  # a year is not a number of the heading
    ("1.5万吨产能全部关停", 0, ""),  # nor a decimal
    ("一是发放学习资料", 0, ""),
])
def test_heading_numbering(text, rank, number):
    found = heading_numbering(text)
    assert (found.rank, found.number) == (rank, number)
    assert number + found.rest == text


def test_heading_depths_sample_shape():
    # `## “从一到六”…` and `## 1 “一把手”…`: the numbered ones become subsections.
    assert heading_depths([(2, 0), (2, 3), (2, 3), (2, 0)]) == {(2, 0): 1, (2, 3): 2}


def test_heading_depths_marker_first_then_style_and_capped_at_four():
    keys = [(7, 4), (2, 1), (7, 3), (3, 2), (7, 2), (7, 5)]
    assert heading_depths(keys) == {
        (2, 1): 1, (3, 2): 2, (7, 2): 3, (7, 3): 4, (7, 4): 4, (7, 5): 4}


def test_split_run_in():
    text = "（四）加强生态建设，推进发展方式转型。全年完成营造林28.6万亩。"
    assert split_run_in(text) == (
        "（四）加强生态建设，推进发展方式转型。", "全年完成营造林28.6万亩。")


@pytest.mark.parametrize("text", [
    "加强生态建设，推进发展方式转型。全年完成营造林28.6万亩。",  # not numbered
    "（四）加强生态建设。",  # nothing follows
    "（四）加强生态建设，推进发展方式转型，全面提升城乡生态系统质量和稳定性，让良好生态"
    "环境成为人民生活的增长点。全年完成营造林28.6万亩。",  # opening sentence over 40
    "1.5万吨落后产能已关停。其余产能完成改造。",  # a decimal, not a number
    "（2）小型车：多用磷酸铁锂电池。这种电池成本低，寿命长。",  # an item naming its subject
])
def test_no_run_in(text):
    assert split_run_in(text) is None


def test_plain_heading():
    assert is_plain_heading("一、工作目标")
    assert is_plain_heading("（一）大气污染源专项检查")
    assert not is_plain_heading("工作目标")  # unnumbered
    assert not is_plain_heading("（一）加强组织领导。")  # a sentence
    assert not is_plain_heading("1. 各单位要高度重视，主要负责同志亲自部署，确保专项行动取得实效")
    # A page's link footnote in a PDF extraction: a number and an address, no heading.
    assert not is_plain_heading("4   https://example.org/")
    assert not is_plain_heading("2 http://www.example.cn/a")
    assert is_plain_heading("2 网站地址")


# ---------------------------------------------------------------- 4. bylines


@pytest.mark.parametrize(("text", "names"), [
    ("◆文清 柴芳芳", ["文清", "柴芳芳"]),
    ("■本报记者 王晓明 通讯员 刘洋", ["王晓明", "刘洋"]),
    ("文/张三、李四", ["张三", "李四"]),
    ("作者：欧阳明", ["欧阳明"]),
    ("本报记者 王晓明", ["王晓明"]),
])
def test_byline(text, names):
    assert parse_byline(text) == names


@pytest.mark.parametrize("text", [
    "◆加强组织领导，压实各方责任",  # a heading with a mark
    "文清 柴芳芳",  # names, but nothing says it is a byline
    "文明城市创建工作",
    "◆",
])
def test_not_a_byline(text):
    assert parse_byline(text) is None


# ---------------------------------------------------------------- 7. full-width punctuation


def test_fullwidth_punctuation_between_chinese():
    text = "如意湖畔,碧波荡漾;优良天数281天,比例为77%:真的吗?好!"
    fixed, edits = fullwidth_punctuation(text)
    assert fixed == "如意湖畔，碧波荡漾；优良天数281天，比例为77%：真的吗？好！"
    assert len(edits) == 6


def test_fullwidth_punctuation_next_to_a_number_or_tag():
    assert fullwidth_punctuation("指数为4.44,名列全省第四")[0] == "指数为4.44，名列全省第四"
    assert fullwidth_punctuation("PM<sub>2.5</sub>,同比")[0] == "PM<sub>2.5</sub>，同比"
    assert fullwidth_punctuation("“从一到六”:党建引领")[0] == "“从一到六”：党建引领"


@pytest.mark.parametrize("text", [
    "罚款16398.12万元", "PM2.5", "1,234", "10:30", "2×2.5万千瓦", "COD", "GB3095-2012",
    "“1+4”工作方案", "Hello, world: yes? no!", "f(x)", "工作日9:00—17:30",
])
def test_fullwidth_punctuation_leaves_numbers_and_latin(text):
    assert fullwidth_punctuation(text) == (text, [])


@pytest.mark.parametrize(("text", "expected"), [
    ("科室(直属单位)主要负责人", "科室（直属单位）主要负责人"),
    ("13县(市、区)同步成立", "13县（市、区）同步成立"),
    ("1973家(次)", "1973家（次）"),
    ("考核奖惩问责办法(试行)》", "考核奖惩问责办法（试行）》"),
    ("化学需氧量(COD)浓度", "化学需氧量（COD）浓度"),
    ("函数f(x)的值", "函数f(x)的值"),  # neither content nor outer neighbour is Han
    ("不成对的(括号", "不成对的(括号"),
])
def test_fullwidth_parentheses(text, expected):
    assert fullwidth_punctuation(text)[0] == expected


# ---------------------------------------------------------------- 8–9. forms and units


def test_halfwidth_forms():
    fixed, edits = halfwidth_forms("优良天数比例为７７％，ＰＭ２．５浓度下降")
    assert fixed == "优良天数比例为77%，PM2.5浓度下降"
    assert len(edits) == 8


def test_halfwidth_forms_keeps_chinese_punctuation():
    text = "全年完成１２项任务。（一）加强领导：好！"
    fixed, _ = halfwidth_forms(text)
    assert fixed == "全年完成12项任务。（一）加强领导：好！"
    assert halfwidth_forms("第一．第二")[1] == []  # not a decimal point


@pytest.mark.parametrize(("text", "expected"), [
    ("平均浓度为27μg/m3，", "平均浓度为27μg/m<sup>3</sup>，"),
    ("4.0mg/m3。", "4.0mg/m<sup>3</sup>。"),
    ("供水1500万m3", "供水1500万m<sup>3</sup>"),
    ("面积55km2", "面积55km<sup>2</sup>"),
    ("流量5m3/s", "流量5m<sup>3</sup>/s"),
    ("PM2.5平均浓度", "PM<sub>2.5</sub>平均浓度"),
    ("（PM10）", "（PM<sub>10</sub>）"),
])
def test_unit_markup(text, expected):
    assert unit_markup(text)[0] == expected


@pytest.mark.parametrize("text", [
    "PM<sub>2.5</sub>平均浓度为27μg/m<sup>3</sup>", "型号GM3", "15mg/L", "m3", "PM25",
])
def test_unit_markup_leaves(text):
    assert unit_markup(text) == (text, [])


def test_escape_markup():
    assert escape_markup("正文<span>文字</span>，PM<sub>2.5</sub>。")[0] == (
        "正文&lt;span>文字&lt;/span>，PM<sub>2.5</sub>。")
    assert escape_markup("浓度<35微克")[0] == "浓度&lt;35微克"
    for kept in ("PM<sub>2.5</sub>和m<sup>3</sup>", "甲<br>乙<BR/>", "正文<!-- 注 -->续", "<em>重</em>"):
        assert escape_markup(kept) == (kept, [])


def test_edits_and_excerpts():
    text = "如意湖畔,碧波荡漾,清澈的湖水倒映着湛蓝的天空"
    fixed, edits = fullwidth_punctuation(text)
    assert apply_edits(text, edits) == fixed
    before, after = edit_excerpts(text, edits)
    assert before == "如意湖畔,碧波荡漾,清澈的…"
    assert after == "如意湖畔，碧波荡漾，清澈的…"
    assert apply_edits("abc", [Edit(1, 2, "b", "B")]) == "aBc"


# ---------------------------------------------------------------- 10. doubts


def kinds(text: str) -> list[str]:
    return [doubt.kind for doubt in find_doubts(text)]


def test_doubt_stray_latin():
    [doubt] = find_doubts("重点学习了习近平新时代中国特色社会主义思想 and 党的十九届六中全会")
    assert doubt.kind == "stray-latin"
    assert "and" in "重点学习了习近平新时代中国特色社会主义思想 and 党的十九届六中全会"[
        doubt.start:doubt.end]


@pytest.mark.parametrize("text", [
    "实施VOCs减排治理", "COD平均浓度为15mg/L", "PM<sub>2.5</sub>平均浓度", "国三及以下",
    "和“公转铁”",
])
def test_no_doubt(text):
    assert kinds(text) == []


def test_doubts_of_each_kind():
    assert kinds("本报讯 记者从市生态环境局获悉。") == ["space-between-han"]
    assert kinds("生态环境保护的\"牙齿\"。") == ["ascii-quote"]
    assert kinds("他说：“今年要加大力度。") == ["unbalanced"]
    assert kinds("印发《行动计划，并实施。") == ["unbalanced"]
    assert kinds("十三县（市、区同步成立。") == ["unbalanced"]
    assert kinds("正文<span>文字</span>。") == ["html-tag"]


def test_doubts_never_change_text():
    text = "思想 and 党的\"牙齿\"“未闭合"
    assert [d.kind for d in find_doubts(text)] == ["stray-latin", "ascii-quote", "unbalanced"]


# ---------------------------------------------------------------- the comment front matter


def test_comment_fields():
    body = "\n来源: 河阳市人民政府网\n日期：2022年1月18日\nauthor: 张三、李四\n备注：无\n"
    assert parse_comment_fields(body) == {
        "source": "河阳市人民政府网", "date": "2022年1月18日", "authors": "张三、李四"}
    assert parse_comment_fields("转载自河阳市生态环境局门户网站，排版时删除") == {}


@pytest.mark.parametrize(("text", "date"), [
    ("2022年1月18日", dt.date(2022, 1, 18)),
    ("2022-01-20", dt.date(2022, 1, 20)),
    ("2022/1/20", dt.date(2022, 1, 20)),
    ("2022.1.20", dt.date(2022, 1, 20)),
    ("2022年13月1日", None),
    ("去年冬天", None),
])
def test_parse_date(text, date):
    assert parse_date(text) == date


def test_a_comma_beside_a_bracket_made_full_width_is_full_width_too():
    from briefing.importer.repairs import fullwidth_punctuation

    assert fullwidth_punctuation("标准(日平均值),PM10为59")[0] == "标准（日平均值），PM10为59"
    assert fullwidth_punctuation("f(x),g(y)")[0] == "f(x),g(y)"


def test_a_power_before_a_capital_is_still_a_power():
    from briefing.importer.repairs import unit_markup

    assert unit_markup("NO2: 80μg/m3CO:4mg/m3")[0] == \
        "NO<sub>2</sub>: 80μg/m<sup>3</sup>CO:4mg/m<sup>3</sup>"  # NO2: a formula
    assert unit_markup("文件名m3u8")[0] == "文件名m3u8"


def test_a_semicolon_between_chinese_clauses_edged_by_numbers_and_terms_is_full_width():
    # A bulletin's list of pollutants: each clause ends in a number and the next opens
    # with a formula, so no Han touches the mark, yet it separates Chinese clauses.
    text = "PM10同比下降16.4%;O3平均浓度为82微克/立方米,同比上升3.8%,SO2平均浓度为10"
    assert fullwidth_punctuation(text)[0] == \
        "PM10同比下降16.4%；O3平均浓度为82微克/立方米，同比上升3.8%，SO2平均浓度为10"
    # A comma or colon between digits may be the number's own: kept.
    for kept in ("共1,234家", "上午10:30开会", "比值为3:2时"):
        assert fullwidth_punctuation(kept)[0] == kept
    # Latin text with a semicolon stays Latin.
    assert fullwidth_punctuation("见 RFC 7230;RFC 7231")[0] == "见 RFC 7230;RFC 7231"
