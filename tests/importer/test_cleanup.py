"""The source's layout before its blocks (briefing/importer/cleanup.py): raw pdftotext
extractions are cleaned, one-line-per-paragraph text gets its breaks, clean text and
Markdown are left exactly as they are. Each text here is made up, in a real shape."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.cleanup import (
    _clause_numbers,
    cell_line_tables,
    clean_source,
    column_width,
    flattened_tables,
    tab_tables,
)
from briefing.importer.structure import build_draft

FILE = Path("standard.txt")
ARTICLES = Path(__file__).parents[1] / "articles"

# One page of running text hard-wrapped at 40 Han (80 columns).
WRAPPED = [
    "本标准规定了某某大米的术语和定义、地理标志产品保护范围、要求、试验方法、检验规则",
    "及标志、标签、包装、运输和贮存等方面的内容，适用于国家有关主管部门批准保护的产品",
    "的生产和管理。",
]


def paragraphs(text: str) -> list[str]:
    """The cleaned text's paragraphs (blank-line separated), their lines joined."""
    blocks = clean_source(text).text().split("\n\n")
    return ["".join(line.strip() for line in block.split("\n")) for block in blocks
            if block.strip()]


def raw_standard() -> str:
    """Three pages of a made-up standard as pdftotext writes it."""
    cover = ["ICS 65.020.20", "B 22", "", "某", "", "DB99", "省", "", "地", "", "方", "",
             "标", "", "准", "", "DB99/T 0001—2020", "", "地理标志产品 某某大米", "",
             "2020 - 01 -01 发布"]
    contents = ["DB99/T 0001—2020", "", "目 次", "", "前言 ........................ II",
                "1 范围 ........................ 1", "2 规范性引用文件 .............. 1", "",
                "I"]
    page1 = ["DB99/T 0001—2020", "", "前", "", "言", "", "本标准按照某规则起草。", "",
             "1范围", *WRAPPED, "表1 质量指标", "2 要求", *WRAPPED, "", "— 1 —"]
    page2 = ["DB99/T 0001—2020", "", "3 检验", *WRAPPED, "3.1", "", "某某大米 moumou rice",
             *WRAPPED, "", "— 2 —"]
    return "\n".join(cover) + "\n\f" + "\n".join(contents) + "\n\f" + "\n".join(page1) + \
        "\n\f" + "\n".join(page2) + "\n"


def test_clean_text_and_markdown_are_left_alone():
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text("utf-8")
        cleaned = clean_source(text)
        assert cleaned.text() == text and cleaned.repairs == [] and cleaned.layout == (
            "blank-separated"), path.name
    markdown = "# 标题\n**加粗**的导语\n第二行\n第三行\n第四行\n"
    assert clean_source(markdown, markdown=True).text() == markdown


def test_raw_extraction_is_recognised_by_form_feeds_or_a_column():
    assert clean_source(raw_standard()).layout == "raw-extraction"
    lines = WRAPPED * 4
    assert column_width(lines) is not None
    assert clean_source("\n".join(["标题"] + lines)).layout == "raw-extraction"
    ragged = ["短。", "这是一段长短不一的文字，" * 3, "中等长度的一行文字。", "又一行。" * 20] * 3
    assert column_width(ragged) is None


def test_running_heads_and_folios_are_removed():
    draft = build_draft(raw_standard(), FILE)
    texts = paragraphs(raw_standard())
    assert not any(text in ("— 1 —", "— 2 —", "I") for text in texts)
    # The cover's code line stays; the copies heading every page go.
    assert sum(text == "DB99/T 0001—2020" for text in texts) == 1
    heads = [r for r in draft.repairs if r.kind == "running-head"]
    assert len(heads) == 3 and all(r.before == "DB99/T 0001—2020" for r in heads)
    assert {r.before for r in draft.repairs if r.kind == "folio"} == {"— 1 —", "— 2 —", "I"}


def test_vertical_cover_text_is_dropped_and_a_vertical_heading_joined():
    draft = build_draft(raw_standard(), FILE)
    texts = paragraphs(raw_standard())
    assert not any(text in ("省", "地", "方", "标", "准", "DB99") for text in texts)
    assert "前言" in texts
    kinds = [(r.before, r.after) for r in draft.repairs if r.kind == "vertical-text"]
    assert ("前 ⏎ 言", "前言") in kinds and any(after == "" for _, after in kinds)


def test_dot_leader_contents_are_dropped():
    draft = build_draft(raw_standard(), FILE)
    assert not any("......" in text or text == "目 次" for text in paragraphs(raw_standard()))
    removed = [r.before for r in draft.repairs if r.kind == "contents"]
    assert removed[0] == "目 次" and len(removed) == 4


def test_hard_line_breaks_are_joined_and_a_short_line_ends_a_paragraph():
    draft = build_draft(raw_standard(), FILE)
    whole = "".join(WRAPPED)
    assert paragraphs(raw_standard()) == [
        "ICS 65.020.20", "B 22", "DB99/T 0001—2020", "地理标志产品 某某大米",
        "2020 - 01 -01 发布", "前言", "本标准按照某规则起草。", "1 范围", whole,
        "表1 质量指标", "2 要求", whole, "3 检验", whole, "3.1 某某大米 moumou rice", whole]
    joins = [r for r in draft.repairs if r.kind == "join-line"]
    assert len(joins) == 8


def test_a_stuck_clause_number_is_split_and_a_table_number_is_not():
    draft = build_draft(raw_standard(), FILE)
    headings = [node.text for node in draft.nodes if node.kind == "heading"]
    assert "1 范围" in headings and "2 要求" in headings
    assert "表1 质量指标" not in headings
    assert "表1 质量指标" in paragraphs(raw_standard())
    splits = [(r.before, r.after) for r in draft.repairs if r.kind == "clause-number"]
    assert splits == [("1范围", "1 范围"), ("3.1 ⏎ 某某大米 moumou rice", "3.1 某某大米 moumou rice")]


def test_no_clause_split_outside_a_standard():
    text = "\n".join(["某市环境质量报告", *WRAPPED, "2020年工作回顾", "1年来成绩显著", "\f",
                      *WRAPPED[1:], "（二）下一步安排"])
    cleaned = clean_source(text)
    assert cleaned.layout == "raw-extraction"
    assert not [r for r in cleaned.repairs if r.kind == "clause-number"]
    assert "1年来成绩显著" in paragraphs(text)


def test_folio_forms_without_page_breaks():
    text = "\n".join(WRAPPED * 3 + ["第 3 页", ""] + WRAPPED + ["·27·"] + WRAPPED + ["3"])
    cleaned = clean_source("标题\n\n" + text)
    assert [r.before for r in cleaned.repairs if r.kind == "folio"] == ["第 3 页", "·27·"]
    assert "3" in paragraphs("标题\n\n" + text)  # a bare number is not sure


def test_one_line_per_paragraph():
    text = ("某市召开生态环境保护大会\n来源：某市日报\n"
            "会议指出，要坚持生态优先、绿色发展，持续改善环境质量，推动经济社会全面绿色转型。\n"
            "会议强调，要压实责任，强化督察问效，确保各项任务落到实处。\n")
    draft = build_draft(text, FILE)
    assert draft.title == "某市召开生态环境保护大会" and draft.source == "某市日报"
    assert [n.text[:4] for n in draft.nodes] == ["会议指出", "会议强调"]
    assert [r.kind for r in draft.repairs if r.kind == "line-per-paragraph"] == [
        "line-per-paragraph"]
    # Source line numbers survive the inserted breaks.
    assert [n.line for n in draft.nodes] == [3, 4]


def test_a_narrow_column_below_a_full_width_one():
    """A journal page: a full-width abstract, then two columns of half its width."""
    half = ["现阶段互联网业务逐渐多元化，诸多新生业务", "对网络的服务能力提出了更高要求，例如高带",
            "宽、超低时延、高可靠性等。然而，传统基于", "互联网存在一系列基础性问题，例如安全威胁",
            "难以抑制、移动性支持差的问题等等。"]
    text = "\n".join(WRAPPED * 3 + ["引言"] + half + ["\f1 相关工作"] + half)
    assert clean_source(text).layout == "raw-extraction"
    found = paragraphs(text)
    assert found[-4:] == ["引言", "".join(half), "1 相关工作", "".join(half)]


def test_a_list_of_lines_of_every_length_is_not_joined():
    refs = ["GB/T 191 包装储运图示标志", "GB/T 1354 大米", "GB 2715 食品安全国家标准 粮食",
            "GB 5009.3 食品安全国家标准 食品中水分的测定", "GB 5084 农田灌溉水质标准",
            "GB/T 5490 粮食、油料及植物油脂检验 一般规则", "GB/T 5491 粮食、油料检验 扦样、分样法",
            "GB/T 15682 粮油检验 稻谷、大米蒸煮食用品质 感官评价方法", "GB/T 17109 粮食销售包装"]
    text = "\n".join(WRAPPED * 3 + refs + WRAPPED)
    assert paragraphs(text)[3:3 + len(refs)] == refs


# ---------------------------------------------------------------- web-page furniture


def test_a_web_pages_furniture_is_dropped_and_listed():
    text = ("# 某市空气质量持续改善\n\n今年以来，全市空气质量持续改善，优良天数比例同比上升。\n\n"
            "新华社记者 某某 摄pagebreak\n\n（2024年1月5日）（附图片1张）\n\n"
            "会议强调，要持续深入打好蓝天保卫战，一条红绸铺展开来，（下转第二版）\n\n"
            "扫描二维码下载客户端\n\n海量资讯、精准解读，尽在某某财经APP\n\n"
            "您的IE浏览器版本太低，请升级至IE8及以上版本。\n\n"
            "| 上一篇：某市召开会议... | 下一篇：某县发布通报... |\n\n（责任编辑：张三）\n")
    draft = build_draft(text, Path("page.txt"))
    text = "\n".join(node.text for node in draft.nodes)
    assert text == ("今年以来，全市空气质量持续改善，优良天数比例同比上升。\n\n新华社记者 某某 摄\n"
                    "（2024年1月5日）\n会议强调，要持续深入打好蓝天保卫战，一条红绸铺展开来，")
    assert len([r for r in draft.repairs if r.kind == "web-furniture"]) == 8


def test_a_sentence_about_an_editor_or_an_app_is_text():
    text = ("# 标题\n\n责任编辑：张三同志在会上介绍了情况。这是一句正文。\n\n"
            "他说，扫描二维码下载客户端的用户越来越多，全年新增用户超过一百万，比上年增长一倍以上。\n")
    draft = build_draft(text, Path("page.txt"))
    assert len(draft.nodes) == 2


# ---------------------------------------------------------------- tables, a cell a line


def test_a_table_copied_a_cell_a_line_is_rebuilt_and_its_merged_cells_doubted():
    text = ("# 某县空气质量月报\n\n本月空气质量总体良好，优良天数比例同比上升。\n\n表1 各项污染物月平均值\n|\n"
            "污染物 |\nPM10 |\nSO2 |\n|\n月平均 |\n50.71 |\n21.13 |\n|\n达标情况 |\n||\n"
            "注：评价采用二级标准。\n")
    lines, repairs, doubts = cell_line_tables(list(enumerate(text.split("\n"), 1)))
    table = [t for _, t in lines if t.startswith("|")]
    assert table == ["| 污染物 | PM10 | SO2 |", "|---|---|---|", "| 月平均 | 50.71 | 21.13 |",
                     "| 达标情况 |  |  |"]
    assert [r.kind for r in repairs] == ["table-from-cell-lines"]
    assert [d.kind for d in doubts] == ["table-merged-cells"]
    draft = build_draft(text, Path("page.txt"))
    [node] = [n for n in draft.nodes if n.kind == "table"]
    assert node.caption == "表1 各项污染物月平均值"


def test_a_bar_ending_one_line_is_no_table():
    lines = [(1, "|"), (2, "甲 |"), (3, "正文继续。")]
    assert cell_line_tables(lines) == (lines, [], [])


def test_a_line_opening_with_a_dash_signs_nothing():
    text = "# 标题\n\n正文第一段写完了。\n\n--以下空白\n\n某县环境监测站\n\n2018年1月2日\n"
    draft = build_draft(text, Path("page.txt"))
    assert [(n.kind, n.text) for n in draft.nodes][-2:] == [
        ("paragraph", "--以下空白"), ("signature", "某县环境监测站\n2018年1月2日")]


def test_a_flattened_pdf_table_is_rebuilt_only_when_one_column_count_fits():
    cells = ["表2 各市空气质量", "城市", "优良率/%", "PM2.5", "太原", "80.6", "35",
             "大同", "90.1", "28", "吕梁", "85.2", "31"]
    lines: list = []
    for number, cell in enumerate(cells, start=10):
        lines += [(None, "")] if lines else []
        lines.append((number, cell))
    result, repairs, doubts = flattened_tables(lines)
    assert [t for _, t in result if t.startswith("|")] == [
        "| 城市 | 优良率/% | PM2.5 |", "|---|---|---|", "| 太原 | 80.6 | 35 |",
        "| 大同 | 90.1 | 28 |", "| 吕梁 | 85.2 | 31 |"]
    assert [r.kind for r in repairs] == ["table-rebuilt"] and doubts == []
    # A merged cell breaks the pattern: the cells stay together, one a row, and it is a
    # doubt (the columns are the editor's to rebuild).
    broken = lines[:2] + [(99, "合计"), (None, "")] + lines[2:]
    result, repairs, doubts = flattened_tables(broken)
    rows = [t for _, t in result if t.startswith("|")]
    assert rows[:3] == ["| 合计 |", "|---|", "| 城市 |"] and len(rows) == 14
    assert [d.kind for d in doubts] == ["table-flattened"]


def test_a_papers_spaced_label_and_its_labelled_lines():
    page = ["某某学报", "第 43 卷第 4 期", "", "摘", "", "要：" + WRAPPED[0], WRAPPED[1], WRAPPED[2],
            "关键词：多模态网络；异构标识空间管控；网络融合", "中图分类号：TN92"]
    text = "\n".join(page + [""] + WRAPPED * 4) + "\n"
    found = paragraphs(text)
    assert "摘要：" + "".join(WRAPPED) in found
    assert "关键词：多模态网络；异构标识空间管控；网络融合" in found
    assert "中图分类号：TN92" in found


def test_a_journals_alternating_running_heads_seen_once_each():
    cover = ["某某学报", "第 43 卷第 4 期", "", "多模态网络环境标识空间管控架构研究", "张三，李四", ""]
    page2 = ["第4期", "", "张三等：多模态网络环境标识空间管控架构研究", ""]
    text = "\n".join(cover + WRAPPED * 3 + ["\f" + page2[0]] + page2[1:] + WRAPPED * 3) + "\n"
    cleaned = clean_source(text)
    kept = cleaned.text()
    assert "张三等：" not in kept and "第4期" not in kept
    assert [r.kind for r in cleaned.repairs].count("running-head") == 2
    assert "多模态网络环境标识空间管控架构研究" in kept  # the cover's title stays


def test_lines_of_tab_split_cells_are_a_table():
    text = ("# 某市空气质量\n\n全市空气质量持续改善，优良天数比例同比上升。\n\n表1 各市空气质量\n"
            "城市\t优良率（%）\tPM2.5\n太原\t80.6\t35\n大同\t90.1\t28\n\n以上为初步统计。\n")
    draft = build_draft(text, Path("page.txt"))
    [table] = [n for n in draft.nodes if n.kind == "table"]
    assert table.text.split("\n")[0].strip() == "| 城市 | 优良率（%） | PM<sub>2.5</sub> |"
    assert table.caption == "表1 各市空气质量"
    assert "table-from-tabs" in [r.kind for r in draft.repairs]
    # One line with a tab is no table, nor headings whose numbers a tab sets off.
    assert tab_tables([(1, "甲\t乙"), (2, "正文。")]) == ([(1, "甲\t乙"), (2, "正文。")], [])
    headings = [(1, "一、\t指导思想"), (2, "二、\t基本原则")]
    assert tab_tables(headings) == (headings, [])


def test_a_journals_masthead_is_dropped_and_its_vertical_name_is_the_source():
    head = ["通", "", "第 43 卷第 4 期", "2022 年 4 月", "", "信", "", "学", "", "报", "",
            "Journal on Communications", "", "Vol.43 No.4", "April 2022", "",
            "多模态网络环境标识空间管控架构研究", ""]
    text = "\n".join(head + WRAPPED * 4) + "\n"
    cleaned = clean_source(text)
    assert cleaned.fields == {"source": "通信学报"}
    assert paragraphs(text)[0] == "多模态网络环境标识空间管控架构研究"
    # Without a volume and issue line, a month line is no masthead: it stays.
    plain = "\n".join(["某某工作报告", "", "2022 年 4 月", ""] + WRAPPED * 4) + "\n"
    assert "2022 年 4 月" in paragraphs(plain) and clean_source(plain).fields == {}


def test_a_papers_part_number_alone_is_joined_to_the_parts_name():
    text = "\n".join(["某某学报", "", "关键词：网络；标识", "", "0", "", "引言", ""] + WRAPPED * 4
                     + ["", "3", "", "检验"]) + "\n"
    found = paragraphs(text)
    assert "0 引言" in found
    assert "3" in found and "检验" in found  # 检验 is no named part of a paper


def test_a_web_pages_table_a_cell_a_line_under_a_caption_ending_in_biao():
    lines = ["某县空气质量月报", "本月全县空气质量总体良好，优良天数比例同比上升，主要污染物浓度均有所下降。",
             "各项污染物月平均值统计表", "污染物", "月平均", "达标情况", "PM10", "50.71", "达标",
             "SO2", "21.13", "达标", "注：评价采用二级标准。"] * 1
    cleaned = clean_source("\n".join(lines) + "\n")
    assert cleaned.layout == "line-per-paragraph"
    assert "table-flattened" in [d.kind for d in cleaned.doubts]  # 达标 is no number
    numbers = ["各项污染物月平均值统计表", "污染物", "月平均", "最大值", "PM10", "50.71", "80",
               "SO2", "21.13", "40"]
    cleaned = clean_source("\n".join(lines[:2] + numbers + lines[-1:]) + "\n")
    assert "| 污染物 | 月平均 | 最大值 |" in cleaned.text()


def test_an_unindented_block_under_one_that_breaks_off_continues_it():
    paragraphs_ = ["  " + "会议指出，要坚持生态优先、绿色发展。" * n for n in (1, 3, 2, 5, 4)]
    text = "\n\n".join(paragraphs_ + ["  记者肯定都是有备而来的。为了参加记者招待会，我们",
                                      "中央电视台新闻中心准备了三、四个问题呢，涉及民生、环境、经济等多领域。",
                                      paragraphs_[0]]) + "\n"
    cleaned = clean_source(text)
    assert "为了参加记者招待会，我们中央电视台新闻中心准备了" in cleaned.text()
    assert [r.kind for r in cleaned.repairs] == ["join-unindented"]
    # Without indented paragraphs, a blank line is a boundary.
    plain = text.replace("  ", "")
    assert clean_source(plain).repairs == []


def test_a_number_out_of_the_clauses_order_is_a_tables_value_not_a_clause():
    lines = [(1, "GB/T 1.1"), (2, "5.4 质量指标"), (3, "表1 质量指标"), (4, "总量/%"), (5, "7.5"),
             (6, "其中：小碎米含量/%"), (7, "5.5"), (8, "卫生指标")]
    result, repairs = _clause_numbers(lines)
    assert (5, "7.5") in result and (7, "5.5 卫生指标") in result
    assert len(repairs) == 1
