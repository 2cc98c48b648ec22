"""The source's layout before its blocks (briefing/importer/cleanup.py): raw pdftotext
extractions are cleaned, one-line-per-paragraph text gets its breaks, clean text and
Markdown are left exactly as they are. Each text here is made up, in a real shape."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.cleanup import clean_source, column_width
from briefing.importer.extraction.front import _clause_numbers
from briefing.importer.flattables import cell_line_tables, flattened_tables, tab_tables
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
        "ICS 65.020.20", "B 22", "DB99/T 0001—2020", "地理标志产品 某某大米", "前言", "本标准按照某规则起草。", "1 范围", whole,
        "表1 质量指标", "2 要求", whole, "3 检验", whole, "3.1 某某大米 moumou rice", whole]
    joins = [r for r in draft.repairs if r.kind == "join-line"]
    assert len(joins) == 8


def test_a_sentence_ending_a_whole_character_short_of_the_column_ends_its_paragraph():
    # 20 Han a line, no indent: the first paragraph's last line ends one character short,
    # the second's a line of 19 with a Latin word (width blurred): that one goes on; a
    # paragraph's first line one short (its indent) ending a sentence goes on too.
    full = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    lines = [full, full, "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未。", full, full,
             "甲乙丙丁戊己 Web 庚辛壬癸子丑寅卯。", full, "终了。", "",
             "子丑寅卯辰巳午未申酉甲乙丙丁戊己庚辛。", full, full, "终了。"]
    text = "某某报告\n\n" + "\n".join(lines) + "\n"
    assert clean_source(text).layout == "raw-extraction"
    assert paragraphs(text) == [
        "某某报告", "".join(lines[:3]), "".join(lines[3:6]) + full
        + "终了。", "".join(lines[9:])]


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
    # (the pager and the editor's line under it: the page's foot from the pager on)
    assert len([r for r in draft.repairs if r.kind in ("web-furniture", "page-foot")]) == 8


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


def test_a_journals_issn_masthead_in_a_layout_extraction_is_dropped_and_named_the_source():
    head = ["某某学报 ISSN 1234-567X, CODEN ABCDEF" + " " * 40 + "E-mail: ed@example.cn",
            "Journal of Something, [doi: 10.1234/j.x.000]" + " " * 30 + "http://www.example.cn",
            "©某某研究所版权所有." + " " * 50 + "Tel: 010-12345678", "", "",
            "某某方法研究综述", ""]
    text = "\n".join(head + WRAPPED * 2 + ["\f"] + WRAPPED * 2) + "\n"  # pages: raw
    cleaned = clean_source(text)
    assert cleaned.fields == {"source": "某某学报"}
    assert paragraphs(text)[0] == "某某方法研究综述"
    assert [r.kind for r in cleaned.repairs].count("masthead") == 3
    # A line with an ISSN and a sentence after it is no masthead: it stays.
    said = "\n".join(["某某学报 ISSN 1234-567X" + " " * 10 + "本刊欢迎投稿。", "", "某某方法研究综述",
                      ""] + WRAPPED * 2 + ["\f"] + WRAPPED * 2) + "\n"
    assert clean_source(said).layout == "raw-extraction"
    assert clean_source(said).fields == {}


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
    assert (5, "7.5") in result and (8, "5.5 卫生指标") in result  # where its title stood
    assert len(repairs) == 1


# ---------------------------------------------------------------- a web page's frame

LONG_PARAGRAPH = "今年以来，全市上下认真贯彻落实各项决策部署，经济运行稳中向好，各项事业取得新进展。"


def test_a_platforms_page_template_after_the_article_is_dropped():
    template = ["预览时标签不可点", "", "微信扫一扫", "关注该公众号", "", "继续滑动看下一个",
                "", "轻触阅读原文", "", "某某发布", "", "向上滑动看下一个", "", "知道了", "",
                "取消", "允许", "", "，", "。", "", "视频", "赞", "，轻点两下取消赞"]
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", LONG_PARAGRAPH, ""] + template) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert cleaned.text().rstrip().endswith(LONG_PARAGRAPH)
    assert [r.kind for r in cleaned.repairs] == ["page-template"]
    # A 「阅读原文」 line inside the article does not start the template.
    inside = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "阅读原文", "", LONG_PARAGRAPH, ""]
                       + template) + "\n"
    assert clean_source(inside, markdown=True).text().rstrip().endswith(LONG_PARAGRAPH)
    assert clean_source(inside, markdown=True).text().count(LONG_PARAGRAPH) == 2
    # One template-like phrase in the text is no template.
    kept = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "知道了", "", LONG_PARAGRAPH]) + "\n"
    assert clean_source(kept, markdown=True).text() == kept


def test_an_accounts_promotions_around_the_article_are_dropped_and_its_source_taken():
    text = "\n".join([
        "---", "title: 某报告发布", "source: 某某观察", "---", "", "# 某报告发布", "",
        "某某观察", "", "![](https://img.example/a.gif)", "", "**长按二维码关注我们**", "",
        "投稿邮箱：abc@example.com", "", LONG_PARAGRAPH, "", LONG_PARAGRAPH, "",
        "（来源：某某研究院）", "", "**点击上方蓝字 关注某某观察**", "",
        "![](https://img.example/qr.png)", "", "**往期推荐**", ""]) + "\n"
    cleaned = clean_source(text, markdown=True)
    kept = [t for _, t in cleaned.lines if t.strip()]
    assert kept == ["# 某报告发布", "![](https://img.example/a.gif)", LONG_PARAGRAPH,
                    LONG_PARAGRAPH]
    assert cleaned.fields["source"] == "某某研究院"
    assert sorted(r.kind for r in cleaned.repairs) == [
        "account-name", "account-promotion", "account-promotion", "closing-source",
        "front-matter-yaml"]


def test_a_wordpress_exports_post_fields_feed_the_front_matter():
    # WordPress exporters write WordPress's column names: post_title, post_date.
    text = "\n".join(["---", "ID: 12", "post_title: >", "  某某文章的标题", "author: 某作者",
                      "post_date: 2015-03-08 10:20:00", "published: true", "---",
                      "## 一、开头", "", LONG_PARAGRAPH]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert cleaned.fields["title"] == "某某文章的标题"
    assert cleaned.fields["date"] == "2015-03-08"
    assert [t for _, t in cleaned.lines if t.strip()] == ["## 一、开头", LONG_PARAGRAPH]


def test_a_republishers_notice_heading_opening_the_file_is_dropped_for_review():
    text = "\n".join(["# 免责声明 ", "本页是某站整理的读书笔记，如有侵权请联系删除", "# 某报告的第一章", "",
                      LONG_PARAGRAPH]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == ["# 某报告的第一章", LONG_PARAGRAPH]
    assert [(r.kind, r.line, r.review) for r in cleaned.repairs] == [
        ("opening-notice", 1, True)]
    # With no heading after it, or a long text, the notice is kept: it may be the article.
    alone = "\n".join(["# 声明", "", LONG_PARAGRAPH]) + "\n"
    assert clean_source(alone, markdown=True).text() == alone
    long = "\n".join(["# 声明", "", "甲。", "", "乙。", "", "丙。", "", "丁。", "", "戊。", "",
                      "# 标题", "", LONG_PARAGRAPH]) + "\n"
    assert clean_source(long, markdown=True).text() == long


def test_a_byline_under_an_accounts_promotion_stays():
    text = "\n".join(["# 标题", "", "**点击蓝字 关注我们**", "", "作者：张三", "", "来源：某某日报", "",
                      LONG_PARAGRAPH]) + "\n"
    kept = [t for _, t in clean_source(text, markdown=True).lines if t.strip()]
    assert kept == ["# 标题", "作者：张三", "来源：某某日报", LONG_PARAGRAPH]


def test_a_signature_above_an_accounts_promotion_stays():
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "某某市生态环境局", "", "2024年3月5日", "",
                      "**扫码关注我们**", ""]) + "\n"
    kept = [t for _, t in clean_source(text, markdown=True).lines if t.strip()]
    assert kept[-2:] == ["某某市生态环境局", "2024年3月5日"]


def test_short_closing_lines_without_a_promotion_stay():
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "（完）", "", "**编后**", ""]) + "\n"
    assert clean_source(text, markdown=True).text() == text


def test_a_journals_letter_spaced_name_is_a_running_head():
    cover = ["某", "", "第 12 卷第 3 期", "", "学", "", "学", "", "报", "", "某某问题研究", "王五", ""]
    page2 = ["·56·", "", "某 学", ""]
    text = "\n".join(cover + WRAPPED * 3 + ["\f" + page2[0]] + page2[1:] + WRAPPED * 3) + "\n"
    cleaned = clean_source(text)
    assert "某 学" not in cleaned.text()
    assert "running-head" in [r.kind for r in cleaned.repairs]


def test_a_paragraphs_first_line_short_by_its_indent_opens_a_paragraph():
    # 22 Han a full line; a paragraph's first line lost its 2-character indent (20 Han).
    full = ["生态环境质量持续改善，全年优良天数比例达到九",
            "成以上，重污染天气基本消除，河流断面水质均达",
            "到或好于三类标准，群众获得感和幸福感明显增强。"]
    first = "各地各部门认真落实党中央决策部署，坚持"
    text = "\n".join([first] + full + [first] + full * 3) + "\n"
    found = paragraphs(text)
    assert len(found) == 2 and found[1].startswith("各地各部门认真落实") \
        and found[0].endswith("明显增强。")
    # A sentence's end, then a full line: one paragraph goes on.
    assert len(paragraphs("\n".join([first] + full * 3) + "\n")) == 1


def test_a_bracket_left_open_at_a_lines_end_closes_below():
    text = "\n".join(["某某问题研究", "张三 1，李四 2", "", "（1. 某某大学信息学院，北京 100044；2. 某某研究院，",
                      "上海 200000）", ""] + WRAPPED * 4) + "\n"
    draft = build_draft(text, FILE)
    assert "（1. 某某大学信息学院，北京 100044；2. 某某研究院，上海 200000）" in [
        node.text for node in draft.nodes]
    # In a text of a paragraph a line too.
    lines = "某市召开会议。\n会议研究了下一步工作安排（详见附件一和附件\n二），要求各单位抓好落实。\n"
    draft = build_draft("# 标题\n\n" + lines, Path("a.txt"))
    assert [node.text for node in draft.nodes][-1] == (
        "会议研究了下一步工作安排（详见附件一和附件二），要求各单位抓好落实。")


def test_two_columns_given_a_line_of_each_in_turn_are_read_as_two_columns():
    # A full-width abstract (48 Han), then two columns of 22 Han given line by line.
    abstract = ["摘要：" + "本文研究了某某网络的体系结构与关键技术问题，提出一种新的设计方法并加以验证。" * 1
                + "结果表明该方法有效。"] * 8
    left = ["引言", "近年来，各类新型网络体系不断涌现，数据在其", "间互通的需求日益增长。为满足这一需求，需要",
            "对网络中的标识空间进行统一管控，以便实现互",
            "通与切换，并支持现有网络中的各类应用，保证"] * 2
    right = ["业务连续稳定运行，具有十分重要的现实意义。", "当前，国内外学者围绕这一问题开展了大量研",
             "究，提出了基于协议转换和基于覆盖网络的多种", "方案，但这些方案在扩展性和兼容性方面仍存",
             "在不足，难以满足大规模部署的实际需要。"] * 2
    right.insert(3, "[1]")
    run = []
    for l_line, r_line in zip(left, [line for line in right if line != "[1]"], strict=True):
        run += [r_line, "", l_line, ""]
    run.insert(run.index("方案，但这些方案在扩展性和兼容性方面仍存"), "[1]")
    run = [line.replace("方案，但这些方案在", "方案 但这些方案在") for line in run]
    text = "\n".join(["某某网络研究", ""] + abstract + [""] + run) + "\n\f" + "\n".join(WRAPPED * 4)
    cleaned = clean_source(text)
    body = cleaned.text()
    assert body.index("引言") < body.index("近年来") < body.index("业务连续稳定运行")
    assert "方案[1]但这些方案在" in body and "\n[1]" not in body
    assert "interleaved-columns" in [d.kind for d in cleaned.doubts]
    # Columns read one after the other (no blank line between a column's lines) stay.
    plain = "\n".join(["某某网络研究", ""] + abstract + [""] + left + right) + "\n"
    assert "interleaved-columns" not in [r.kind for r in clean_source(plain).repairs]


def test_a_full_line_opening_with_a_number_goes_on_a_short_one_is_a_clause():
    text = "\n".join(["GB/T 1.1", "", WRAPPED[0][:-1] + "共有",
                      "3 万个单位参与试点工作，覆盖全省各市县区的主要粮食产区和大米加工企业及合作社，",
                      "3 检验", WRAPPED[1], WRAPPED[2]] + WRAPPED * 3) + "\n"
    found = paragraphs(text)
    assert any("检验规共有3 万个单位参与" in p for p in found)
    assert "3 检验" in [p[:4] for p in found]


def test_a_word_hyphenated_at_a_lines_end_is_one_word_again():
    english = ["Abstract: The architecture of heterogeneous identifier spaces was designed and ver\u2010",
               "ified on a prototype network, which supports the coexistence of multiple network",
               "modalities and the Fat-Tree topology that the experiments in this paper required."]
    text = "\n".join(english * 4 + [""] + WRAPPED * 4) + "\n"
    found = paragraphs(text)
    assert "designed and verified on a" in " ".join(found)
    assert "\u2010" not in " ".join(found) and "Fat-Tree" in " ".join(found)


def test_a_reports_cover_released_by_line_names_the_source_and_the_lines_above_the_title():
    cover = ["面向某某产业“新基建”的", "某某技术行业白皮书", "某某重点实验室&某某咨询联合发布", "2020年"]
    text = "\n".join(cover) + "\n\f" + "\n".join(WRAPPED * 3) + "\n\f" + "\n".join(
        WRAPPED * 3) + "\n"
    cleaned = clean_source(text)
    assert cleaned.fields == {"source": "某某重点实验室&某某咨询",
                              "title": "面向某某产业“新基建”的某某技术行业白皮书"}
    draft = build_draft(text, FILE)
    assert draft.title == "面向某某产业“新基建”的某某技术行业白皮书"
    assert [n.text for n in draft.nodes][0] == "2020年"
    # A one-line title with its edition under it stays the title block's to read.
    one = ["某某兼容性指南", "（2020 年）", "", "某某标准化协会编制"]
    text = "\n".join(one) + "\n\f" + "\n".join(WRAPPED * 3) + "\n\f" + "\n".join(
        WRAPPED * 3) + "\n"
    assert clean_source(text).fields == {"source": "某某标准化协会"}


def test_an_untitled_layout_contents_of_gapped_entries_is_dropped():
    entries = ["某某技术概述" + " " * 40 + "1", "", "某某行业现状" + " " * 42 + "2", "",
               "某某应用场景" + " " * 42 + "3", "", "某某发展展望" + " " * 42 + "4"]
    text = "\n".join(WRAPPED * 2 + ["\f"] + entries + ["\f"] + WRAPPED * 3) + "\n"
    cleaned = clean_source(text)
    assert [r.kind for r in cleaned.repairs].count("contents") == 4
    assert not any("行业现状" in p or "技术概述" in p for p in paragraphs(text))
    # Three such lines, or pages out of order (a table's values), are kept.
    three = "\n".join(WRAPPED * 2 + ["\f"] + entries[:5] + ["\f"] + WRAPPED * 3) + "\n"
    assert "contents" not in [r.kind for r in clean_source(three).repairs]
    table = [e.replace(" 2", " 9") for e in entries]
    shuffled = "\n".join(WRAPPED * 2 + ["\f"] + table + ["\f"] + WRAPPED * 3) + "\n"
    assert "contents" not in [r.kind for r in clean_source(shuffled).repairs]


def test_a_copys_download_code_line_is_dropped_and_a_latin_word_is_not():
    code = "aBcDeFgHiJkLmNoPqRsT1uVwXyZ2aBcDeFgHiJ"
    kept = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"  # one case: a serial, may be the text's
    text = "\n".join(WRAPPED * 2 + ["\f", "             " + code, "某某概述", "", kept, ""]
                     + WRAPPED * 3) + "\n"
    cleaned = clean_source(text)
    assert [(r.kind, r.review) for r in cleaned.repairs if r.kind == "download-code"] == [
        ("download-code", True)]
    found = paragraphs(text)
    assert not any(code in p for p in found) and kept in found and "某某概述" in found


def test_a_standards_cover_issuer_is_the_source_its_empty_fields_and_repeated_title_go():
    cover = ["ICS 65.020.20", "B 22", "备案号：", "", "DB99/T 0002—2021", "代替 DB99/T 0002—2011",
             "", "地理标志产品 某某茶叶", "Product of geographical indication——Moumou tea", "",
             "2021 - 03 -01 发布", "某省市场监督管理局", "", "2021 - 04 -01 实施", "发布"]
    page1 = ["DB99/T 0002—2021", "", "地理标志产品 某某茶叶", "1 范围", *WRAPPED]
    page2 = ["DB99/T 0002—2021", "", "2 规范性引用文件", *WRAPPED]
    text = "\n".join(cover) + "\n\f" + "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    cleaned = clean_source(text)
    kept = [t for _, t in cleaned.lines if t.strip()]
    assert cleaned.fields == {"source": "某省市场监督管理局", "date": "2021-03-01"}
    assert "备案号：" not in kept and "发布" not in kept and "某省市场监督管理局" not in kept
    assert "2021 - 03 -01 发布" not in kept and "2021 - 04 -01 实施" in kept
    assert kept.count("地理标志产品 某某茶叶") == 1  # the cover's, for the title
    assert {"cover-field", "cover-issuer", "repeated-title"} <= {r.kind for r in cleaned.repairs}
    # The issuer on one line with its 发布, and two issuers.
    two = cover[:11] + ["国家市场监督管理总局", "国家标准化管理委员会 发布"]
    text = "\n".join(two) + "\n\f" + "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    assert clean_source(text).fields["source"] == "国家市场监督管理总局 国家标准化管理委员会"
    # A title right above the dates is no issuer.
    titled = cover[:7] + ["某某茶叶生产技术规程", "2021 - 03 -01 发布", "2021 - 04 -01 实施",
                          "某省市场监督管理局 发布"]
    text = "\n".join(titled) + "\n\f" + "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    assert clean_source(text).fields["source"] == "某省市场监督管理局"
    # On the cover nothing is joined as broken off: the English title's line, ending in
    # no full stop, and the date under it stay apart; the date of 发布 is the date.
    english = cover[:9] + ["（ISO 9999:2006, Moumou tea products, NEQ）", ""] + cover[10:]
    text = "\n".join(english) + "\n\f" + "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    draft = build_draft(text, FILE)
    assert "（ISO 9999:2006, Moumou tea products, NEQ）" in [node.text for node in draft.nodes]
    assert draft.date is not None and draft.date.isoformat() == "2021-03-01"


def test_a_standards_reference_entries_each_open_a_paragraph():
    entries = ["GB/T 1234 粮油检验 某某指标的测定方法通则及其在各类粮食中的应用规则",
               "GB 5678 食品安全国家标准 某某食品中某某物质限量及其检测方法和判定规则",
               "LS/T 9012 某某粮食储藏技术规范及其质量控制要求和检验方法说明等内容"]
    text = "\n".join(["GB/T 1.1", "", "2 规范性引用文件", *WRAPPED, *entries, *WRAPPED * 3]) + "\n"
    found = paragraphs(text)
    assert all(entry in found for entry in entries)


def test_a_papers_title_over_lines_above_its_author_line_is_one_line():
    head = ["研究论文", "", "面向某某应用的网络体系结构：", "关键问题与技术路线",
            "王小明 1，李华 2，欧阳春 1*", "（1. 某某大学信息学院，北京 100044；2. 某某研究院，上海 200000）",
            "", "摘要：" + WRAPPED[0]]
    text = "\n".join(head + WRAPPED * 4) + "\n"
    found = paragraphs(text)
    assert "面向某某应用的网络体系结构：关键问题与技术路线" in found
    assert "title-lines" in [r.kind for r in clean_source(text).repairs]
    # The author line is the byline: its names, without the affiliations' numbers.
    assert not any("王小明" in p for p in found)
    assert clean_source(text).authors == ["王小明", "李华", "欧阳春"]
    draft = build_draft(text, Path("paper.txt"))
    assert draft.authors == ["王小明", "李华", "欧阳春"]
    assert "（1. 某某大学信息学院，北京 100044；2. 某某研究院，上海 200000）" in [
        node.text for node in draft.nodes]  # a paragraph of its own


def test_a_papers_head_with_a_note_mark_spaced_names_and_affiliation_numbers_on_lines():
    # The title's 「*」 on its own line above it; a two-character name spaced to the width
    # of three (「李 华」); each affiliation's number on a line of its own above it.
    head = ["", "*", "某某模型安全研究综述",
            "王小明 1,2, 李 华 1, 欧阳春 2", "1", "    (某某大学 计算机学院, 江苏 南京 210000)",
            "2", "    (某某研究院, 上海 200000)", "通讯作者: 王小明, E-mail: wang@example.cn", "",
            "摘 要: " + WRAPPED[0]]
    text = "\n".join(head + WRAPPED * 2 + ["\f"] + WRAPPED * 2) + "\n"
    cleaned = clean_source(text)
    assert cleaned.authors == ["王小明", "李华", "欧阳春"]
    assert cleaned.fields["title"] == "某某模型安全研究综述"
    draft = build_draft(text, Path("paper.txt"))
    assert (draft.title, draft.authors) == ("某某模型安全研究综述", ["王小明", "李华", "欧阳春"])
    texts = [node.text for node in draft.nodes]
    assert texts[:2] == ["1（某某大学 计算机学院， 江苏 南京 210000）", "2（某某研究院， 上海 200000）"]
    assert not any(text.strip() in ("*", "1", "2") for text in texts)


KEYWORDS = "深度模型;模型安全;人工智能模型安全;后门攻击与防御;对抗攻击与防御;数据投毒攻击"


def test_other_journals_front_page_labels_open_lines_of_their_own():
    # 「中图法分类号」「中文引用格式」「收稿时间」「修改时间」「采用时间」: the same fields as
    # 中图分类号 / 引用格式 / 收稿日期, worded as other journals word them.
    head = ["某某方法研究综述", "", "摘 要: " + WRAPPED[0], WRAPPED[1], "",
            "关键词: " + KEYWORDS, "中图法分类号: TP311",
            "中文引用格式: 王小明,李华.某某方法研究综述.某某学报,2023,32(7).", "",
            "收稿时间: 2023-12-19; 修改时间: 2024-03-14; 采用时间: 2024-07-17", ""]
    text = "\n".join(head + WRAPPED * 2 + ["\f"] + WRAPPED * 2) + "\n"
    found = paragraphs(text)
    assert "关键词: " + KEYWORDS in found
    assert "中图法分类号: TP311" in found
    assert any(p.startswith("中文引用格式:") for p in found)


def test_a_pages_notes_are_one_paragraph_each_and_follow_the_paragraph_they_broke():
    page1 = ["某某学报", "", "摘要：" + WRAPPED[0], WRAPPED[1], WRAPPED[0], "",
             "收稿日期：2022−01−05；修回日期：2022−03−28",
             "基金项目：国家重点研发计划基金资助项目（No.2019YFB0000001）",
             "；某某省自然科学基金资助项目（No.2021A0002）", "Foundation Items: The National Key Research and Devel\u2010",
             "opment Program of China (No.2019YFB0000001)"]
    page2 = ["·2·", "", WRAPPED[1], WRAPPED[2], "", "1", "", "引言", "", *WRAPPED * 3]
    text = "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n"
    found = paragraphs(text)
    notes = ["收稿日期：2022−01−05；修回日期：2022−03−28",
             "基金项目：国家重点研发计划基金资助项目（No.2019YFB0000001）；某某省自然科学基金资助项目（No.2021A0002）",
             "Foundation Items: The National Key Research and Development Program of China "
             "(No.2019YFB0000001)"]
    abstract = "摘要：" + WRAPPED[0] + WRAPPED[1] + WRAPPED[0] + WRAPPED[1] + WRAPPED[2]
    assert found[found.index(abstract) + 1:found.index(abstract) + 4] == notes
    assert found.index("1 引言") == found.index(abstract) + 4


def test_a_column_with_latin_words_is_hard_wrapped_by_its_display_width():
    from briefing.importer.parse import RawBlock, SourceLine, lines_as_paragraphs

    column = ["新型网络体系采用 Overlay 方式部署于现有 IP 网",  # Latin widens a line
              "络之上，实现了不同模态之间的数据互通和切换。",
              "同时该方案兼容现有的管控方式，便于逐步推广应",
              "用，具有较好的扩展性和兼容性以及较低的成本。"]
    block = RawBlock("text", [SourceLine(n, text) for n, text in enumerate(column, 1)])
    assert len(lines_as_paragraphs(block)) == 1  # full lines ending a sentence go on
    short = column[:2] + ["短行。"] + column[2:]
    block = RawBlock("text", [SourceLine(n, text) for n, text in enumerate(short, 1)])
    assert len(lines_as_paragraphs(block)) == 2


def test_an_english_paragraph_joined_across_a_page_break_keeps_its_space():
    english = "The architecture of heterogeneous identifier spaces was designed and verified on"
    text = "\n".join(WRAPPED * 4 + ["", english, "\f" + "a prototype network with five modalities.",
                                   ""] + WRAPPED * 4) + "\n"
    draft = build_draft(text, FILE)
    assert any(node.text.startswith(english + " a prototype network with five modalities.")
               for node in draft.nodes)


def test_a_letter_spaced_justified_line_loses_the_spaces_between_chinese():
    spaced = "通 过 互 联 两 个 两 层 Fat-Tree 网 络 部 署 了 拥 有 1 万 个 节 点 的"
    text = "\n".join(WRAPPED * 2 + [spaced] + WRAPPED * 2) + "\n"
    cleaned = clean_source(text)
    assert "通过互联两个两层 Fat-Tree 网络部署了拥有 1 万个节点的" in cleaned.text()
    assert "letter-spacing" in [r.kind for r in cleaned.repairs]
    # A line with a few spaces (a name spaced out) keeps them.
    few = "会议由主任 张 三主持，并说明了有关情况"
    assert few in clean_source("\n".join(WRAPPED * 2 + [few] + WRAPPED * 2) + "\n").text()


def test_a_compound_broken_at_its_own_hyphen_is_joined_without_a_space():
    from briefing.importer.chars import join_lines

    assert join_lines("two-layer Fat-", "Tree networks") == "two-layer Fat-Tree networks"
    assert join_lines("see the list -", "first item") == "see the list - first item"


def test_a_tables_cells_a_line_each_are_no_interleaved_columns():
    abstract = ["摘要：" + "本文研究了某某网络的体系结构与关键技术问题，提出一种新的设计方法并加以验证。"
                + "结果表明该方法有效。"] * 8
    short = "全年优良天数比例达到百分之九十"  # 15 Han
    long = "重污染天气基本消除主要河流断面水质均达到三类标准"  # 24 Han
    cells = [short, long] * 8  # long cells of two widths, a cell a line
    run = [line for cell in cells for line in (cell, "")]
    text = "\n".join(abstract + [""] + run) + "\n\f" + "\n".join(WRAPPED * 4)
    cleaned = clean_source(text)
    assert "interleaved-columns" not in [r.kind for r in cleaned.repairs]


HEAD_BODY = "会议指出，要坚持生态优先、绿色发展，持续改善环境质量，推动经济社会全面绿色转型发展。"


def test_a_promotion_above_the_article_takes_only_its_own_lines():
    """A scan/follow call above the article goes with its images, its subscription
    details and hotline; a short line that is not the promotion's (the title of a plain
    text, a byline, a kicker) stops it and stays (it took the title and the byline)."""
    draft = build_draft(f"扫码关注我们\n\n小山村里的大变化\n\n{HEAD_BODY}\n", Path("a.txt"))
    assert draft.title == "小山村里的大变化"
    assert [n.text for n in draft.nodes] == [HEAD_BODY]
    draft = build_draft(
        "# 小山村里的大变化\n\n**扫码订阅《某某杂志》**\n\n邮发代号 2-786\n\n"
        f"征订热线：010-12345678\n\n本报记者 张三\n\n小标题在此\n\n{HEAD_BODY}\n", Path("a.md"))
    assert draft.authors == ["张三"]
    assert [n.text for n in draft.nodes] == ["小标题在此", HEAD_BODY]
    assert [r.kind for r in draft.repairs].count("account-promotion") == 1


def test_a_lone_menu_word_above_the_title_is_no_promotion():
    draft = build_draft(f"评论\n推荐\n热门排行\n\n小山村里的大变化\n\n{HEAD_BODY}\n", Path("a.txt"))
    assert "account-promotion" not in [r.kind for r in draft.repairs]
    kept = [draft.title, *(n.text for n in draft.nodes)]
    assert "小山村里的大变化" in kept and HEAD_BODY in kept


def test_a_clause_of_two_lines_broken_at_the_column_is_one_paragraph_not_a_heading():
    # 40 Han a full line; the clause's first line lost its indent and breaks mid-word.
    clause = ["2.3 市场机构基于投资分析目的所使用的上市公司行业分类可参照本指引规定的行",
              "业类别，但非强制适用。"]
    text = "\n".join(["GB/T 1.1", "", "2 分类原则", *WRAPPED * 3, *clause,
                      "2.4 不能按上述方法确定归属的，由专家委员会判断。", *WRAPPED * 3]) + "\n"
    draft = build_draft(text, FILE)
    texts = {node.text: node.kind for node in draft.nodes}
    assert texts["2.3 市场机构基于投资分析目的所使用的上市公司行业分类可参照本指引规定的行业类别，"
                 "但非强制适用。"] == "paragraph"
    assert "join-split-paragraph" not in [r.kind for r in draft.repairs]
    # Two lines ending a sentence at the column stay two paragraphs.
    ends = [WRAPPED[0][:-1] + "。", "下一段的文字。"]
    draft = build_draft("\n".join(["GB/T 1.1", "", *WRAPPED * 3, *ends, *WRAPPED * 3]) + "\n",
                        FILE)
    assert "下一段的文字。" in [node.text for node in draft.nodes]


def test_a_part_name_or_an_items_number_opens_its_line_after_a_full_line():
    full = WRAPPED[0][:-2] + "进行许可"  # a page's last line, full, no end mark
    text = "\n".join([*WRAPPED, full, "\f前", "", "言", "", *WRAPPED,
                      full, "3. 编码方法", *WRAPPED, full, "2. College of Computer Science"]) + "\n"
    found = paragraphs(text)
    assert "前言" in found and "3. 编码方法" in found
    assert "2. College of Computer Science" in found
    # Inside a bracket left open a numbered item goes on.
    inside = "\n".join([*WRAPPED, "（1. 某某大学信息学院，北京 100044；某某研究院，某某研究所，某某中心，",
                        "2. 某某研究院，上海 200000）", *WRAPPED]) + "\n"
    assert any(p.endswith("某某中心，2. 某某研究院，上海 200000）") for p in paragraphs(inside))


def test_a_contents_with_two_dot_leaders_and_its_entries_parts_set_apart_is_dropped():
    leader = "‥" * 30
    contents = ["目", "", "次", "", f"前言{leader} I", "1", "", f"范围{leader}1",
                "", "A", "", f"种植业 {leader} 2", "", "B", "", "01", "", f"谷物种植{leader} 3", "",
                f"蔬菜种植 {leader}", "", "4", "", "02", "", f"水果种植 {leader}5",
                "附录 A（资料性附录） 某某分类新旧类目与国际分类的对照表‥‥151", "II", "",
                f"参考文献{leader}20", "", "表", "", "目", "", "录", "", f"表 1 分类代码{leader} 6"]
    body = ["前言", "本标准按照某规则起草。", "1", "范围", *WRAPPED * 3]
    text = "\n".join(["GB/T 9999—2020", "", "某某分类", "\f" + contents[0], *contents[1:],
                      "\f" + body[0], *body[1:]]) + "\n"
    found = paragraphs(text)
    assert not any("‥" in p or p in ("A", "B", "01", "02", "4", "目次", "表", "录", "目录")
                   for p in found), found
    assert "本标准按照某规则起草。" in found and "".join(WRAPPED) in found
    removed = [r.before for r in clean_source(text).repairs if r.kind == "contents"]
    assert removed[0] == "目次" and "表 1 分类代码" + leader + " 6" in removed
    # Lines between two entries that are text, not parts of entries, stay.
    kept = "\n".join(["GB/T 9999—2020", "", f"前言{leader}1", "本章规定了某某产品的分类方法和代码结构。",
                      f"范围{leader}2", *WRAPPED * 3]) + "\n"
    assert "本章规定了某某产品的分类方法和代码结构。" in paragraphs(kept)


def test_a_chapters_number_alone_before_its_title_and_a_clauses_before_its_text_are_joined():
    page = ["GB/T 9999—2020", "", "某某分类", "\f某某分类", "1", "", "范围", *WRAPPED, "2", "", "分类原则",
            "2.1", "", WRAPPED[0][:-2], WRAPPED[0][-2:] + WRAPPED[1][:-2],
            WRAPPED[1][-2:] + WRAPPED[2], "表 1 某某指标", "", "5", "", "精碾", "", "3", "",
            "编码方法", *WRAPPED * 2]
    found = paragraphs("\n".join(page) + "\n")
    assert "1 范围" in found and "2 分类原则" in found and "3 编码方法" in found
    assert "2.1 " + "".join(WRAPPED) in found
    # 「5」 out of the chapters' order is a table's value: it stays apart from its cell.
    assert "5" in found and "精碾" in found


def test_a_clauses_first_line_short_of_a_narrow_column_goes_on():
    # A page 28 Han wide (56 columns); the clause's first line 「2.1 」 + 23 Han is 50.
    page = ["为规范某某行业分类工作，根据某某法律法规和相关规定，制定",
            "本指引。本指引自公布之日起施行，原指引同时废止，各有关单位",
            "应当遵照执行，并及时报告执行中遇到的问题和有关意见建议。"]
    clause = ["2.1 以上市公司营业收入等财务数据为主要分类标准和依",
              "据，所采用财务数据为经过会计师事务所审计并已公开披露的合",
              "并报表数据。"]
    text = "\n".join(["某某行业分类指引", *page * 3, "2．分类原则", *clause, *page * 2]) + "\n"
    draft = build_draft(text, Path("guide.txt"))
    assert "".join(clause) in [node.text for node in draft.nodes if node.kind == "paragraph"]
    assert not [node for node in draft.nodes if node.text.startswith("2.1")
                and node.kind == "heading"]


def test_a_lists_bullet_alone_on_its_line_goes_and_its_item_is_a_paragraph():
    items = ["●", "", "商业使用：该许可证下的代码可以用于商业目的。", "", "●", "",
             "分发代码：该许可证下的代码可以被分发给第三方。"]
    text = "\n".join([*WRAPPED * 3, WRAPPED[0], *items, *WRAPPED * 2]) + "\n"
    found = paragraphs(text)
    assert "●" not in "".join(found)
    assert "商业使用：该许可证下的代码可以用于商业目的。" in found
    assert "分发代码：该许可证下的代码可以被分发给第三方。" in found
    assert [r.before for r in clean_source(text).repairs if r.kind == "bullet"] == ["●", "●"]


def test_a_reports_cover_keeps_its_title_and_names_its_issuer():
    # The cover: title, edition, issuer, date; the pages repeat the title as their head.
    cover = ["某某数据分类说明", "", "（2021 年）", "", "某某数据研究院", "", "2021 年 12 月"]
    pages = [["某某数据分类说明", "", *WRAPPED * 3, "", "2"],
             ["某某数据分类说明（2021 年）", "", *WRAPPED * 3, "", "3"]]
    text = "\n".join(cover) + "\n\f" + "\n\f".join("\n".join(page) for page in pages) + "\n"
    cleaned = clean_source(text)
    # The dated cover's first line is the title, the edition under it the subtitle.
    assert cleaned.fields == {"source": "某某数据研究院", "title": "某某数据分类说明",
                              "subtitle": "（2021 年）"}
    draft = build_draft(text, Path("report.txt"))
    assert (draft.title, draft.subtitle, draft.source) == (
        "某某数据分类说明", "（2021 年）", "某某数据研究院")
    texts = [node.text for node in draft.nodes]
    assert "2021 年 12 月" in texts
    assert not any(t.startswith("某某数据") for t in texts)
    # The issuer set before the title on one cover line.
    glued = text.replace("某某数据研究院", "某某数据研究院某某数据分类说明")
    assert clean_source(glued).fields["source"] == "某某数据研究院"


def test_an_english_author_line_with_affiliation_numbers_opens_a_paragraph_and_runs_on():
    english = ["Network architecture for moumou applications: key problems and technical",
               "routes toward the future",
               "WANG Xiaoming1, LI Hua2, OUYANG Chun1,", "ZHAO Lei2, QIAN Feng1",
               "1. School of Information, Moumou University, Beijing 100044, China"]
    text = "\n".join(["某某研究", "", *WRAPPED * 3, "", *english, "", *WRAPPED * 2]) + "\n"
    found = paragraphs(text)  # (its lines joined without their spaces)
    assert "WANG Xiaoming1, LI Hua2, OUYANG Chun1,ZHAO Lei2, QIAN Feng1" in found
    assert any(p.endswith("routes toward the future") for p in found)


def test_a_contents_without_leaders_under_its_title_is_dropped():
    contents = ["目", "", "次", "", "前言 II", "1 范围 1", "2", "规范性引用文件 1", "3 术语和定义 2",
                "附录 A（规范性附录） 检验方法 5"]
    body = ["前言", "本标准按照某规则起草。", "1 范围", *WRAPPED * 3]
    text = "\n".join(["DB99/T 0003—2022", "", "某某规范", "\f" + contents[0], *contents[1:],
                      "\f" + body[0], *body[1:]]) + "\n"
    found = paragraphs(text)
    assert not any(p in ("目次", "前言 II", "1 范围 1", "2", "3 术语和定义 2") for p in found), found
    assert "前言" in found and "本标准按照某规则起草。" in found and "1 范围" in found
    # Pages out of order, or lines that are no entries: the lines stay.
    shuffled = text.replace("3 术语和定义 2", "3 术语和定义 0")
    assert "1 范围 1" in paragraphs(shuffled)


def test_an_e_papers_notice_sending_the_reader_to_its_app_is_furniture():
    text = ("# 某市召开经济工作会议\n\n会议强调，要坚定信心、真抓实干，推动经济持续回升向好。\n\n温馨提示\n\n"
            "本页面内容不允许直接阅读，请通过《某某日报》客户端浏览查看。\n")
    draft = build_draft(text, Path("page.txt"))
    assert [node.text for node in draft.nodes] == ["会议强调，要坚定信心、真抓实干，推动经济持续回升向好。"]
    # A resident told to check an app is the text's.
    kept = build_draft("# 标题\n\n办理进度请通过“某某办”APP查看。\n\n温馨提示\n\n本周六照常办公。\n",
                       Path("page.txt"))
    assert len(kept.nodes) == 3


# ---------------------------------------------------------------- tables, a bar after each cell


def test_a_table_copied_a_cell_and_a_bar_line_at_a_time_is_one_table():
    # Rows a label and its numbers: the columns are read.
    text = ("某县5月水质状况\n某县主要河流水质总体良好，各断面均达到功能区标准。\n断面\n|\n达标率\n（%）\n|\n"
            "优良率（%）\n|\n甲桥\n|\n100\n|\n95.5\n|\n乙\n闸\n|\n98.0\n|\n90.1\n|\n"
            "注：监测数据由某站提供。\n")
    draft = build_draft(text, Path("page.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines() == ["| 断面 | 达标率（%） | 优良率（%） |", "|---|---|---|",
                                       "| 甲桥 | 100 | 95.5 |", "| 乙闸 | 98.0 | 90.1 |"]
    # Merged cells leave rows of several widths: the cells stay together, one a row.
    text = ("某县5月水质状况\n某县主要河流水质总体良好，各断面均达到功能区标准。\n河流\n|\n断面\n|\n水质\n|\n"
            "达标率（%）\n|\n甲\n河\n|\n甲1—东桥\n|\n优\n|\n100\n|\n甲2—西桥\n|\n良好\n|\n"
            "注：监测数据由某站提供。\n")
    draft = build_draft(text, Path("page.txt"))
    assert [node.kind for node in draft.nodes] == ["paragraph", "table", "note"]
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines()[:3] == ["| 河流 |", "|---|", "| 断面 |"]
    assert "| 甲河 |" in table.text.splitlines()
    assert [d.kind for d in draft.doubts if d.kind == "table-flattened"] == ["table-flattened"]


def test_a_bar_cell_table_whose_groups_are_named_by_vertical_cells_gets_its_row_spans():
    # Each river's name is set a character a line and spans its sections' rows, as do its
    # rates at the row's end: a river's first row has every column, its others only the
    # section and its quality. The header's first cell spans the name's column too.
    cells = (["河流/断面", "水质", "达标率（%）", "优良率（%）"]
             + ["甲\n江", "甲1—东桥", "优", "100", "90.0", "甲2—西桥", "良好", "甲3—南闸", "良好"]
             + ["乙\n河", "乙1—北桥", "良好", "100", "100", "乙2—中桥", "优"])
    text = ("某县5月水质状况\n某县主要河流水质总体良好，各断面均达到功能区标准。\n"
            + "".join(cell + "\n|\n" for cell in cells) + "注：监测数据由某站提供。\n")
    draft = build_draft(text, Path("page.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines() == [
        "| 河流/断面 |  | 水质 | 达标率（%） | 优良率（%） |", "|---|---|---|---|---|",
        "| 甲江 | 甲1—东桥 | 优 | 100 | 90.0 |", "| ^ | 甲2—西桥 | 良好 | ^ | ^ |",
        "| ^ | 甲3—南闸 | 良好 | ^ | ^ |", "| 乙河 | 乙1—北桥 | 良好 | 100 | 100 |",
        "| ^ | 乙2—中桥 | 优 | ^ | ^ |"]
    assert [d.kind for d in draft.doubts if d.kind.startswith("table-")] == ["table-row-spans"]


def test_a_pages_tool_bar_at_its_foot_is_furniture():
    text = ("# 某市召开经济工作会议\n\n会议强调，要坚定信心、真抓实干，推动经济持续回升向好。\n\n"
            "【打印】【关闭】\n\n打印本页 关闭窗口\n\n返回顶部\n")
    draft = build_draft(text, Path("page.txt"))
    assert [node.text for node in draft.nodes] == ["会议强调，要坚定信心、真抓实干，推动经济持续回升向好。"]
    kept = build_draft("# 标题\n\n会议强调，要抓好落实。\n\n分享\n\n打印\n", Path("page.txt"))
    assert len(kept.nodes) == 3  # one short word alone may be the text's


def test_a_government_sites_footer_and_qr_label_are_furniture():
    text = ("# 某县优化营商环境若干措施\n\n扫一扫在手机打开当前页\n\n为进一步优化营商环境，制定以下措施。\n\n"
            "主办单位：某县人民政府办公室　承办单位：某县大数据中心\n网站标识码：3503000001　某ICP备12345678号\n")
    draft = build_draft(text, Path("page.txt"))
    assert [node.text for node in draft.nodes] == ["为进一步优化营商环境，制定以下措施。"]
    # The site office's contact line under the footer goes with it; above the footer a
    # 联系电话 line may be the notice's own and stays.
    text = ("# 某县关于开展消防安全检查的通知\n\n各乡镇要认真开展消防安全检查。\n\n联系电话：0851-7654321\n\n"
            "网站标识码：5201230001　某ICP备12345678号\n\n地址：某县某某路1号　邮编：550000　"
            "电话：0851-1234567\n")
    draft = build_draft(text, Path("page.txt"))
    assert [node.text for node in draft.nodes] == ["各乡镇要认真开展消防安全检查。", "联系电话：0851-7654321"]
    # Without the footer's registration line, an event's organiser line is the text's.
    kept = build_draft("# 某市马拉松赛开赛\n\n比赛于3月10日举行。\n\n主办单位：某市体育局\n",
                       Path("page.txt"))
    assert [node.text for node in kept.nodes][-1] == "主办单位：某市体育局"


def test_a_line_of_the_pages_staff_fields_is_furniture():
    text = ("# 某县举办农民丰收节\n\n9月22日，某县农民丰收节在某镇举行。\n\n编辑：赵某某　审核：钱某\n\n"
            "（校对：孙某 李某）\n")
    draft = build_draft(text, Path("page.txt"))
    assert [node.text for node in draft.nodes] == ["9月22日，某县农民丰收节在某镇举行。"]
    kept = build_draft("# 访谈\n\n编辑：谢谢您接受采访。\n", Path("page.txt"))
    assert [node.text for node in kept.nodes] == ["编辑：谢谢您接受采访。"]


def test_an_accounts_list_of_its_other_posts_after_the_article_is_dropped():
    # Under the article: labels, links to the account's other posts (one a '#' line, one
    # with its question mark outside the link), a scan call and images.
    text = "\n".join([
        "# 标题", "", LONG_PARAGRAPH, "", LONG_PARAGRAPH, "", "**往期回顾**", "",
        "**行业动态：**", "", "[某某行业迎来新机遇](https://mp.example.com/s?a=1)", "",
        "# [某某标准正式实施](https://mp.example.com/s?a=2)", "",
        "[中小企业未来怎么走](https://mp.example.com/s?a=3)？", "",
        "![](https://img.example/qr.png)", "", "扫码报名参加年会", "",
        "![](https://img.example/b.png)", ""]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == ["# 标题", LONG_PARAGRAPH,
                                                           LONG_PARAGRAPH]
    assert [r.kind for r in cleaned.repairs] == ["account-promotion"]
    # Without a scan/follow call the links stay: they may be the article's own.
    kept = text.replace("扫码报名参加年会", "")
    assert clean_source(kept, markdown=True).text() == kept


def test_a_clippers_front_matter_source_url_is_the_url_and_its_note_links_are_names():
    # Obsidian's Web Clipper: 「source:」 is the clipped page, authors are links to notes.
    text = "\n".join([
        "---", 'title: "某某报告解读"', 'source: "https://mp.example.com/s/abc"', "author:",
        '  - "[[张三]]"', '  - "[[people/李四|李四]]"', "created: 2026-01-02", "---", "",
        LONG_PARAGRAPH, ""]) + "\n"
    fields = clean_source(text, markdown=True).fields
    assert fields == {"title": "某某报告解读", "url": "https://mp.example.com/s/abc",
                      "authors": "张三、李四"}


def test_a_layout_templates_ornaments_go_and_its_section_numbers_make_headings():
    sections = []
    for number, title in (("01", "为什么要做"), ("02", "怎么做"), ("03", "做得怎样")):
        sections += [number, "", "CHAPTER", "", title, "", "MORE / 往下看", "",
                     LONG_PARAGRAPH, ""]
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", *sections]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == [
        "# 标题", LONG_PARAGRAPH, "## 01 为什么要做", LONG_PARAGRAPH, "## 02 怎么做",
        LONG_PARAGRAPH, "## 03 做得怎样", LONG_PARAGRAPH]
    kinds = [r.kind for r in cleaned.repairs]
    assert kinds.count("template-ornament") == 6 and kinds.count("section-number") == 3
    # One spot per ornament, one per heading made.
    assert sum(r.review for r in cleaned.repairs) == 2 + 3


def test_section_numbers_and_titles_set_bold_make_headings_too():
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "**01**", "", "**过去一年**", "",
                      LONG_PARAGRAPH, "", "**02**", "", "**今年目标**", "", LONG_PARAGRAPH,
                      ""]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == [
        "# 标题", LONG_PARAGRAPH, "## 01 过去一年", LONG_PARAGRAPH, "## 02 今年目标",
        LONG_PARAGRAPH]


def test_a_repeated_label_and_numbers_out_of_order_stay():
    # A bold label repeated is the author's; numbers not running 1, 2, 3 are no sections.
    text = "\n".join(["# 标题", "", "**专家点评**", "", LONG_PARAGRAPH, "", "**专家点评**", "",
                      LONG_PARAGRAPH, "", "**专家点评**", "", LONG_PARAGRAPH, "", "12", "",
                      "某某数据", "", "7", "", "另一个数据", ""]) + "\n"
    assert clean_source(text, markdown=True).text() == text
    # In a plain text, the same lines are no template's.
    plain = "\n".join(["标题", "", LONG_PARAGRAPH, "", "01", "", "PART", "", "第一部分", "",
                       LONG_PARAGRAPH, "", "02", "", "PART", "", "第二部分", "", LONG_PARAGRAPH,
                       "", "PART", ""]) + "\n"
    assert "section-number" not in [r.kind for r in clean_source(plain).repairs]


def test_a_clippers_excerpt_under_the_title_is_dropped():
    text = "\n".join(["# 某市发布年度报告", "", "> ## Excerpt", "> 某市今天发布年度报告。", "",
                      "---", "", LONG_PARAGRAPH, "", "> 一段真正的引文。", ""]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == [
        "# 某市发布年度报告", "---", LONG_PARAGRAPH, "> 一段真正的引文。"]
    assert [r.kind for r in cleaned.repairs] == ["clipper-excerpt"]


def test_a_call_to_press_wechats_buttons_closes_the_accounts_promotion():
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "编辑 | 张三", "", "审核 | 李四", "",
                      "![](https://img.example/qr.png)", "", "喜欢就点个**在看**吧", ""]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == ["# 标题", LONG_PARAGRAPH]
    assert [r.kind for r in cleaned.repairs] == ["account-promotion"]


def test_an_accounts_production_credits_after_the_article_go():
    text = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "编辑：张三", "", "审核 | 李四  监制 | 王五",
                      ""]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert [t for _, t in cleaned.lines if t.strip()] == ["# 标题", LONG_PARAGRAPH]
    # A 落款's date ends the search: what stands above it is the article's.
    signed = "\n".join(["# 标题", "", LONG_PARAGRAPH, "", "某某局", "", "2024年3月5日", "",
                        "编辑：张三", ""]) + "\n"
    assert [t for _, t in clean_source(signed, markdown=True).lines if t.strip()][-2:] == [
        "某某局", "2024年3月5日"]


# ---------------------------------------------------------------- tables set in columns


def test_a_table_set_in_columns_by_a_layout_extraction_is_rebuilt():
    # pdftotext -layout: a row's key at the margin, its cells at shared columns, a cell of
    # several lines centred on its row's key line; the title centred above the header.
    pad = " " * 22  # the third column; the second opens at 14
    body = "某市数字经济发展报告的正文段落，介绍近年来各项政策的出台情况和主要内容。" * 2
    lines = [
        "某市数字经济发展报告", "", body, "",
        " " * 10 + "近年数字经济政策一览",
        " " * 14 + "发文单位" + " " * 6 + "要点",
        pad + "加快建设数据中心，推进算力",
        "2021.03" + " " * 7 + "市政府",
        pad + "网络互联互通。",
        "2022.06" + " " * 7 + "市发改委" + " " * 4 + "培育数据要素市场。",
        pad + "支持企业上云用数赋智，",
        "2023.01" + " " * 7 + "市工信局" + " " * 4 + "推动中小企业数字化转型，",
        pad + "完善公共服务平台。",
        "资料来源：某市人民政府网站。",
        "\f第二页的正文段落，继续介绍政策实施的效果和下一步的工作安排，内容较长需要换行排版。",
    ]
    draft = build_draft("\n".join(lines) + "\n", Path("report.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.caption == "近年数字经济政策一览"
    assert table.text.splitlines() == [
        "|  | 发文单位 | 要点 |", "|---|---|---|",
        "| 2021.03 | 市政府 | 加快建设数据中心，推进算力网络互联互通。 |",
        "| 2022.06 | 市发改委 | 培育数据要素市场。 |",
        "| 2023.01 | 市工信局 | 支持企业上云用数赋智，推动中小企业数字化转型，完善公共服务平台。 |"]
    # A cell's lines that do not balance round a row: no table, the lines stay text.
    lines[12] = pad + "完善公共服务平台，"
    lines.insert(13, pad + "优化营商环境。")
    draft = build_draft("\n".join(lines) + "\n", Path("report.txt"))
    assert not [node for node in draft.nodes if node.kind == "table"]


def test_a_flattened_tables_no_data_marks_stand_in_a_numbers_place():
    # 「/」「未检出」 where a value is not given: the columns are still read, in a text of a
    # paragraph a line under 「表1」 as in a copy with a bar line after each cell.
    cells = ["断面", "化学需氧量", "氨氮", "总磷", "东桥", "12", "未检出", "0.05",
             "西闸", "15", "0.42", "/"]
    head = "某县5月水质\n全县水质总体良好，各断面均达到功能区标准，同比保持稳定。\n"
    for text in (head + "表1 某县5月各断面水质监测结果\n" + "\n".join(cells) + "\n注：单位为毫克/升。\n",
                 head + "".join(cell + "\n|\n" for cell in cells) + "注：单位为毫克/升。\n"):
        [table] = [n for n in build_draft(text, Path("page.txt")).nodes if n.kind == "table"]
        assert table.text.splitlines()[2:] == ["| 东桥 | 12 | 未检出 | 0.05 |",
                                               "| 西闸 | 15 | 0.42 | / |"]


def test_a_flattened_tables_header_one_cell_short_lost_its_empty_corner():
    # A statistics table's corner above the rows' labels is empty: the copy gives it no
    # line, so an empty cell opens the header (a doubt), in both flattened forms.
    cells = ["绝对数（亿元）", "增长（%）", "地区生产总值", "617.50", "5.2", "第一产业", "37.11", "2.6"]
    head = "某县统计公报\n全县经济平稳增长，生产总值比上年增长5.2%，各产业稳步发展。\n"
    for text in (head + "表1 2023年地区生产总值\n" + "\n".join(cells) + "\n注：按可比价格计算。\n",
                 head + "".join(cell + "\n|\n" for cell in cells) + "注：按可比价格计算。\n"):
        draft = build_draft(text, Path("page.txt"))
        [table] = [n for n in draft.nodes if n.kind == "table"]
        assert table.text.splitlines() == ["|  | 绝对数（亿元） | 增长（%） |", "|---|---|---|",
                                           "| 地区生产总值 | 617.50 | 5.2 |",
                                           "| 第一产业 | 37.11 | 2.6 |"]
        assert "table-corner-cell" in [d.kind for d in draft.doubts]


def test_a_static_sites_permalink_is_no_url():
    """Hugo's 「url: /my-trip/」 (Jekyll's, Hexo's) is the post's address inside the site:
    left out of the front matter, and the report says so; a whole address is taken."""
    text = "\n".join(["---", "title: 某地旅行", "url: /my-trip/", "date: 2026-02-04", "---", "",
                      LONG_PARAGRAPH]) + "\n"
    cleaned = clean_source(text, markdown=True)
    assert "url" not in cleaned.fields and cleaned.fields["title"] == "某地旅行"
    assert any(r.kind == "front-matter-yaml" and "/my-trip/" in r.note for r in cleaned.repairs)
    whole = text.replace("/my-trip/", "https://blog.example/my-trip/")
    assert clean_source(whole, markdown=True).fields["url"] == "https://blog.example/my-trip/"


def test_a_dated_covers_first_line_is_the_title_its_release_line_the_subtitle():
    # A guide's cover: title, release line, author, date; no issuer, no bracketed line.
    cover = ["某某文档写作指南", "          发布 0.1", "           someone", "    2022 年 04 月 23 日"]
    pages = [["全部目录", "", *WRAPPED * 3, "", "1"], ["关于本指南", "", *WRAPPED * 3, "", "2"]]
    text = "\n".join(cover) + "\n\f" + "\n\f".join("\n".join(page) for page in pages) + "\n"
    cleaned = clean_source(text)
    assert (cleaned.fields.get("title"), cleaned.fields.get("subtitle")) == (
        "某某文档写作指南", "发布 0.1")
    assert any(r.kind == "cover-title" and r.review for r in cleaned.repairs)
    texts = [t.strip() for _, t in cleaned.lines]
    assert "某某文档写作指南" not in texts and "发布 0.1" not in texts
    # A form field on the cover whose label the page frame runs together (「姓    名：」):
    # the extraction's fields stay, the frame's repair with them.
    framed = text.replace("           someone", "姓    名：        某某")
    cleaned = clean_source(framed)
    assert cleaned.fields.get("title") == "某某文档写作指南"
    assert any(r.kind == "spaced-label" for r in cleaned.repairs)
    # A cover opened by who made it (「某某沙龙公益出品」) names no title so.
    made = text.replace("某某文档写作指南\n          发布 0.1", "某某沙龙公益出品\n某某法律译本")
    assert "title" not in clean_source(made).fields


def test_a_papers_author_line_of_names_set_apart_by_spaces_over_its_affiliation():
    # 计算机研究与发展, 物理学报: no commas between the names, a two-character name spaced to
    # the width of three (「郜 帅」), perhaps each marked 「1)」; the affiliation in brackets
    # opens under the line (broken over lines, or after a blank line).
    for names, under in (("柴若楠 郜 帅 兰江雨", ["（某某大学电子信息工程学院", "北京", "100044）"]),
                         ("刘金国1)      许开来2)", ["", "1) (某某大学物理系, 某市 02138)"])):
        head = ["", "某某网络中高效资源度量方法", names, *under, "", "摘要：" + WRAPPED[0]]
        text = "\n".join(head + WRAPPED * 4) + "\n"
        cleaned = clean_source(text)
        assert cleaned.authors == (["柴若楠", "郜帅", "兰江雨"] if "郜" in names
                                   else ["刘金国", "许开来"])
        assert cleaned.fields["title"] == "某某网络中高效资源度量方法"
    # Spaced names with no affiliation under them are no author line (a letter-spaced head).
    text = "\n".join(["", "某某方法", "张三 李四", "", WRAPPED[0], *WRAPPED * 4]) + "\n"
    assert clean_source(text).authors == []


def test_a_journals_name_opening_its_first_page_is_the_source():
    body = ["", "某某网络中高效资源度量方法", "", "摘要：" + WRAPPED[0], *WRAPPED * 4]
    # The Chinese name over the English: the Chinese line goes, the English stays.
    text = "\n".join(["某某研究与发展", "Journal of Moumou Research and Development", *body]) + "\n"
    cleaned = clean_source(text)
    assert cleaned.fields["source"] == "某某研究与发展"
    kept = [t.strip() for _, t in cleaned.lines]
    assert "某某研究与发展" not in kept
    assert "Journal of Moumou Research and Development" in kept
    # The English name alone: the source, its line gone.
    text = "\n".join(["          Acta Moumou Sinica", "", *body]) + "\n"
    cleaned = clean_source(text)
    assert cleaned.fields["source"] == "Acta Moumou Sinica"
    assert "Acta Moumou Sinica" not in [t.strip() for _, t in cleaned.lines]
    # A first line in English that names no journal is left alone.
    text = "\n".join(["Moumou Research and Development", *body]) + "\n"
    assert "source" not in clean_source(text).fields


def test_a_spread_masthead_with_a_letter_spaced_name_and_a_mixed_case_english_name():
    gap = " " * 30
    masthead = [f"  2021 年 4 月{gap}某 某 邮 电 大 学 学 报{gap}Apr. 2021",
                f"  第 44 卷 第 2 期{gap}Journal of Moumou University of Posts{gap}Vol. 44 No. 2"]
    text = "\n".join([*masthead, "", "某某网络中的数据访问控制机制", "", *WRAPPED * 4]) + "\n"
    cleaned = clean_source(text)
    assert cleaned.fields["source"] == "某某邮电大学学报"
    assert not any("Apr. 2021" in t or "Vol. 44" in t for _, t in cleaned.lines)
