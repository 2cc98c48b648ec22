"""Raw text → blocks → nodes: parsing, and each structural pass on small inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.importer.draft import PLAIN_MARKER, Node
from briefing.importer.headings import assign_depths, split_run_in_headings
from briefing.importer.joins import join_split_paragraphs
from briefing.importer.nodes import to_nodes
from briefing.importer.parse import parse_blocks
from briefing.importer.structure import build_draft

FILE = Path("article.txt")


def paragraph(text: str, line: int = 1) -> Node:
    return Node("paragraph", text, ((0, line),))


def heading(text: str, marker: int, rank: int = 0, line: int = 1) -> Node:
    return Node("heading", text, ((0, line),), marker=marker, rank=rank)


# ---------------------------------------------------------------- parse


def test_parse_blocks_lines_and_blank_runs():
    text = ("\n\n## ◆文清 柴芳芳\n\n第一段,\n续行。\n\n\n\n图片说明。\n\n\n\n## 1 标题\n"
            "| a | b |\n|---|---|\n")
    blocks = parse_blocks(text)
    assert [(b.kind, b.line, b.marker) for b in blocks] == [
        ("heading", 3, 2), ("text", 5, 0), ("text", 10, 0), ("heading", 14, 2),
        ("table", 15, 0)]
    assert blocks[1].text == "第一段,续行。"  # Chinese lines join without a space
    assert (blocks[2].blank_before, blocks[2].blank_after) == (3, 3)
    assert blocks[0].blank_before == 0  # blank lines at the top do not count


def test_parse_comment_quote_and_heading_forms():
    text = "<!--\n来源: 某网\n-->\n#标题\n> 引文一\n>\n> 引文二\n|不是表格\n"
    blocks = parse_blocks(text)
    assert [b.kind for b in blocks] == ["comment", "heading", "quote", "text"]
    assert blocks[1].text == "标题"
    assert [line.text for line in blocks[2].lines] == ["引文一", "", "引文二"]
    assert blocks[3].text == "|不是表格"  # no |---| row: not a table


def test_unclosed_comment_is_an_input_error():
    with pytest.raises(InputError) as caught:
        parse_blocks("正文。\n<!-- 注释\n没有结束\n", FILE)
    [problem] = caught.value.problems
    assert problem.line == 2 and problem.fix


# ---------------------------------------------------------------- join


def test_join_split_paragraph_and_drop_overlap():
    nodes = [
        paragraph("坚持以习近平新时代中国特色社会主义思想", 15),
        paragraph("社会主义思想为指导，深入贯彻党的十九届六中全会精神。", 17),
    ]
    [joined], repairs, doubts = join_split_paragraphs(nodes)
    assert joined.text == ("坚持以习近平新时代中国特色社会主义思想为指导，"
                           "深入贯彻党的十九届六中全会精神。")
    assert [(r.kind, r.line, r.review) for r in repairs] == [
        ("join-split-paragraph", 15, True), ("drop-repeated-overlap", 17, True)]
    assert doubts == []
    assert joined.line_at(len("坚持以习近平新时代中国特色社会主义思想") + 2) == 17


def test_join_chains_and_keeps_a_two_character_coincidence():
    nodes = [paragraph("全局上下认真谋划并全力推进重点工作", 1),
             paragraph("工作要点已经局党组审议通过后印发，", 3), paragraph("并组织实施。", 5)]
    [joined], repairs, _ = join_split_paragraphs(nodes)
    assert joined.text == "全局上下认真谋划并全力推进重点工作工作要点已经局党组审议通过后印发，并组织实施。"
    assert [r.kind for r in repairs] == ["join-split-paragraph"] * 2


def test_never_join_into_or_across_a_heading_or_caption():
    nodes = [
        paragraph("持续推动生态环境治理工作落到", 1),
        heading("1 “一把手”责任压实", 2, 3, 3),
        paragraph("实处，形成长效。", 5),
        Node("caption", "局长在兴县调研生态环保工作", ((0, 7),)),
        paragraph("调研中强调。", 9),
    ]
    result, repairs, doubts = join_split_paragraphs(nodes)
    assert result == nodes and repairs == []
    [doubt] = doubts
    assert doubt.kind == "unfinished-paragraph" and doubt.line == 1 and "heading" in doubt.note


def test_terminal_paragraph_is_not_joined():
    nodes = [paragraph("水环境质量持续改善。"), paragraph("良好的生态环境得益于党建引领。")]
    assert join_split_paragraphs(nodes) == (nodes, [], [])


# ---------------------------------------------------------------- run-in and depths


def test_run_in_heading_split_and_depths():
    nodes = [
        heading("一、2021年工作回顾", 2, 1, 1),
        paragraph("（一）经济运行稳中向好。全年地区生产总值完成1850.3亿元。", 3),
    ]
    nodes = split_run_in_headings(nodes)
    assert [(n.kind, n.text) for n in nodes] == [
        ("heading", "一、2021年工作回顾"),
        ("heading", "（一）经济运行稳中向好。"),
        ("paragraph", "全年地区生产总值完成1850.3亿元。")]
    assert nodes[1].marker == PLAIN_MARKER and nodes[1].origin == "run-in"
    nodes, repairs = assign_depths(nodes)
    assert [n.depth for n in nodes if n.kind == "heading"] == [1, 2]
    assert [(r.kind, r.after) for r in repairs] == [
        ("run-in-heading", "### （一）经济运行稳中向好。")]


def test_numbered_headings_at_part_level_become_subsections():
    nodes = [heading("“从一到六”：党建引领", 2, 0, 11), heading("1 “一把手”责任压实", 2, 3, 25),
             heading("执法“利剑”高悬", 2, 0, 87), heading("1 顶层设计", 2, 3, 95)]
    nodes, repairs = assign_depths(nodes)
    assert [n.depth for n in nodes] == [1, 2, 1, 2]
    assert [(r.kind, r.line, r.before, r.after) for r in repairs] == [
        ("subsection-level", 25, "## 1 “一把手”责任压实", "### 1 “一把手”责任压实"),
        ("subsection-level", 95, "## 1 顶层设计", "### 1 顶层设计")]


def test_unnumbered_headings_after_all_numbered_ones_are_their_siblings():
    # 「## 一、…」「## 二、…」 then 「## 结语」「## 附录」: trailing sections, not parts.
    nodes = [heading("一、概况", 2, 1, 3), heading("（一）背景", 3, 2, 5),
             heading("二、做法", 2, 1, 9), heading("结语", 2, 0, 15), heading("附录", 2, 0, 19)]
    nodes, repairs = assign_depths(nodes)
    assert [n.depth for n in nodes] == [1, 2, 1, 1, 1]
    assert repairs == []
    # An unnumbered heading before a numbered one of its level is still their part.
    nodes = [heading("总论", 2, 0, 3), heading("一、概况", 2, 1, 5), heading("后记", 2, 0, 9)]
    nodes, _ = assign_depths(nodes)
    assert [n.depth for n in nodes] == [1, 2, 1]


def test_a_heading_line_wholly_in_bold_loses_its_bold_whatever_it_ends_with():
    draft = build_draft("# 标题\n\n## **一、做法（更直观）：**\n\n正文。\n\n"
                        "## **二、结果**\n\n正文。\n", FILE)
    headings = [n for n in draft.nodes if n.kind == "heading"]
    assert [(n.text, n.depth) for n in headings] == [("一、做法（更直观）：", 1),
                                                     ("二、结果", 1)]


def test_depth_never_skips_a_level():
    nodes = [heading("（1）细则", PLAIN_MARKER, 4), heading("一、总则", 2, 1),
             heading("1.要求", PLAIN_MARKER, 3)]
    nodes, _ = assign_depths(nodes)
    assert [n.depth for n in nodes] == [1, 1, 2]


# ---------------------------------------------------------------- captions, tables, title


def test_captions_and_table_captions():
    text = ("导语。\n\n\n\n吕梁市生态环境局局长在兴县调研生态环保工作。\n\n## 一、标题\n\n"
            "表1 2021年主要指标\n| 指标 | 数值 |\n|---|---:|\n| 地区生产总值 | 1850.3亿元 |\n")
    nodes, repairs = to_nodes(parse_blocks(text))
    assert [n.kind for n in nodes] == ["paragraph", "caption", "heading", "table"]
    assert nodes[3].caption == "表1 2021年主要指标"
    assert [r.kind for r in repairs] == ["caption", "table-caption"]


def test_a_long_paragraph_between_blank_lines_is_no_caption():
    long = "近年来，" + "吕梁市生态环境局坚持党建引领，" * 5 + "取得实效。"
    nodes, _ = to_nodes(parse_blocks(f"导语。\n\n\n\n{long}\n\n\n\n结语。\n"))
    assert [n.kind for n in nodes] == ["paragraph"] * 3


def test_title_block_in_the_middle_and_byline():
    text = ("## ◆文清 柴芳芳\n\n导语。\n\n## 第一部分\n\n正文。\n\n# 红色吕梁亮出绿色底色\n\n"
            "### 吕梁市生态环境局以党建为引领推动生态环保工作落实\n\n## 第二部分\n\n正文。\n")
    draft = build_draft(text, FILE)
    assert draft.title == "红色吕梁亮出绿色底色"
    assert draft.subtitle == "吕梁市生态环境局以党建为引领推动生态环保工作落实"
    assert draft.authors == ["文清", "柴芳芳"]
    assert [(n.depth, n.text) for n in draft.nodes if n.kind == "heading"] == [
        (1, "第一部分"), (1, "第二部分")]
    [title_repair] = [r for r in draft.repairs if r.kind == "title-block"]
    assert title_repair.line == 9 and "middle" in title_repair.note


def test_dash_subtitle_and_comment_fields():
    text = ("<!--\n来源: 河阳日报\n日期: 2022年1月18日\n作者: 张三 李四\n-->\n\n# 标题\n\n"
            "——副标题在这里\n\n正文。\n")
    draft = build_draft(text, FILE)
    assert (draft.title, draft.subtitle, draft.source) == ("标题", "副标题在这里", "河阳日报")
    assert draft.authors == ["张三", "李四"]
    assert str(draft.date) == "2022-01-18"
    assert draft.repairs[0].kind == "front-matter-comment" and draft.repairs[0].line == 1


def test_a_numbered_heading_after_the_title_is_not_a_subtitle():
    draft = build_draft("# 标题\n\n### 一、总体要求\n\n正文。\n", FILE)
    assert draft.subtitle is None
    assert [(n.depth, n.text) for n in draft.nodes if n.kind == "heading"] == [(1, "一、总体要求")]


def test_no_title_line_is_inferred_not_refused():
    draft = build_draft("## 小标题\n\n正文。\n", FILE)
    assert draft.title == "小标题"
    assert [d.kind for d in draft.doubts] == ["title-inferred"]
    assert [n.text for n in draft.nodes] == ["正文。"]


def test_markup_the_loader_would_refuse_is_made_text(tmp_path):
    from briefing.importer import import_article
    from briefing.loader import load_briefing

    source = tmp_path / "a.txt"
    source.write_text("#\n\n# 标题\n\n（一）加强领导。# 不是标题。\n\n正文<span>文字</span>。\n\n"
                      "小于<5 的 <x 值。\n", "utf-8")
    result = import_article(source, tmp_path / "data")
    body = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[2]
    # A tag the format has no span for is dropped (its text kept) with a doubt; a '<'
    # that opens no tag is escaped so it shows as written.
    assert "\\# 不是标题" in body and "正文文字。" in body and "&lt;5 的 &lt;x" in body
    assert [d.kind for d in result.doubts] == ["html-dropped"]
    assert [(r.kind, r.review) for r in result.repairs if r.kind == "escape-markup"] == [
        ("escape-markup", True)]
    briefing = load_briefing(result.folder)
    assert [b.text.plain for b in briefing.walk_blocks()] == [
        "# 不是标题。", "正文文字。", "小于<5 的 <x 值。"]


def test_never_join_a_dash_item_a_reference_line_or_after_a_short_last_line():
    items = [paragraph("――调整了保护范围（见第4章，2010版第4章）；", 1),
             paragraph("――增加了种植环境（见5.2）；", 2),
             paragraph("GB/T 5491 粮食、油料检验 扦样、分样法", 3),
             paragraph("GB/T 5492 粮油检验 粮食、油料的色泽、气味、口味鉴定", 4)]
    assert join_split_paragraphs(items)[0] == items
    # The last line of the joined paragraph is what counts, not the paragraph's length.
    cover = [paragraph("本标准规定了地理标志产品的术语和定义、保护范围、要求、检验方法", 1),
             paragraph("及标签、包装、运输和贮存", 3), paragraph("江苏省市场监督管理局", 5)]
    result, repairs, _ = join_split_paragraphs(cover)
    assert [node.text for node in result] == [
        "本标准规定了地理标志产品的术语和定义、保护范围、要求、检验方法及标签、包装、运输和贮存",
        "江苏省市场监督管理局"]
    # With the extraction's column known, a line far short of it ends its paragraph.
    short = [paragraph("DB32/T 1580—2019", 1), paragraph("代替 DB32/T 1580—2010", 3)]
    assert join_split_paragraphs(short, column=96)[0] == short
    assert len(join_split_paragraphs(short)[0]) == 1


def test_a_paragraph_opening_with_a_semicolon_continues_the_note_before_it():
    nodes = [Node("note", "基金项目：国家重点研发计划基金资助项目（No.2019YFB1802503）", ((0, 1),)),
             paragraph("；国家自然科学基金资助项目（No.61972026）", 3)]
    [joined], repairs, _ = join_split_paragraphs(nodes)
    assert joined.kind == "note" and joined.text.endswith("；国家自然科学基金资助项目（No.61972026）")
    assert [r.kind for r in repairs] == ["join-split-paragraph"]


def test_never_join_after_a_single_value_label_or_before_a_front_page_label():
    nodes = [paragraph("DOI: 10.11959/j.issn.1000-436x.2022084", 1),
             paragraph("Research on heterogeneous identifier namespace management", 3)]
    assert join_split_paragraphs(nodes)[0] == nodes
    nodes = [paragraph("基于多模态网络环境，提出了一种异构标识空间管理控制架构", 5),
             paragraph("关键词：多模态网络；异构标识空间管控；网络融合", 7)]
    assert join_split_paragraphs(nodes)[0] == nodes


def test_a_papers_english_authors_and_affiliation_open_paragraphs():
    nodes = [paragraph("control architecture in polymorphic network environment", 1),
             paragraph("GAO Shuai, HOU Xindi, LIU Ningchun, ZHANG Hongke", 2),
             paragraph("School of Electronic and Information Engineering, Beijing Jiaotong", 3)]
    assert join_split_paragraphs(nodes)[0] == nodes
    # Surname first, the given name's syllables hyphenated, the affiliation's number after.
    nodes = [paragraph("Survey on Security of Something in Software Models", 1),
             paragraph("Wang Xiao-Ming1,2, Li Hua1, Ouyang Chun-Lei2,        Zhao Zi-Han1,2", 2)]
    assert join_split_paragraphs(nodes)[0] == nodes


def test_a_contact_line_above_the_abstract_is_the_heads_and_at_the_foot_a_note():
    head = build_draft("# 某某方法综述\n\n1（某某大学 计算机学院， 某市 100000）\n\n"
                       "通讯作者：王小明，E-mail：wang@example.cn\n\n摘 要：本文综述了某某方法。\n\n"
                       "正文第一段。\n", FILE)
    assert [(n.kind, n.text[:4]) for n in head.nodes][1:3] == [
        ("paragraph", "通讯作者"), ("paragraph", "摘 要：")]
    foot = build_draft("# 某某方法综述\n\n正文第一段。\n\n收稿日期：2024-01-02\n\n"
                       "通讯作者：王小明，E-mail：wang@example.cn\n\n基金项目：某某基金\n", FILE)
    assert [n.kind for n in foot.nodes if n.text.startswith("通讯作者")] == ["note"]


# ---------------------------------------------------------------- tables a cell a paragraph


def test_a_table_copied_a_cell_a_paragraph_is_rebuilt_from_its_numbers():
    cells = ["监测点", "PM10", "PM2.5", "臭氧", "城东站", "61", "30", "120", "城西站", "58",
             "27", "-", "全市", "60", "29", "118"]
    text = ("# 某县5月空气质量\n\n全月空气质量总体良好。\n\n某县5月各监测点污染物浓度统计表\n\n"
            + "\n\n".join(cells) + "\n\n注：浓度单位为微克/立方米。\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.caption == "某县5月各监测点污染物浓度统计表"
    assert table.text.splitlines() == [
        "| 监测点 | PM<sub>10</sub> | PM<sub>2.5</sub> | 臭氧 |", "|---|---|---|---|",
        "| 城东站 | 61 | 30 | 120 |", "| 城西站 | 58 | 27 | - |", "| 全市 | 60 | 29 | 118 |"]
    assert [node.kind for node in draft.nodes] == ["paragraph", "table", "note"]
    assert not [d for d in draft.doubts if d.kind == "table-merged-cells"]


def test_a_cell_a_paragraph_tables_header_cells_name_quantities_with_units():
    # A header cell names a quantity with its unit, longer than any body cell; the
    # numbered section heading after the table is no cell.
    cells = ["地市", "化学需氧量(COD)月平均浓度(毫克/升)", "氨氮(NH3-N)月平均浓度(毫克/升)",
             "达标断面比例(%)", "甲市", "12", "0.31", "95.0%", "乙市", "15", "0.42", "-"]
    text = ("# 某省5月主要河流水质状况\n\n一、5月各市水质\n\n表2  2023年5月各地市主要河流水质状况\n\n"
            + "\n\n \n\n".join(cells) + "\n\n \n\n二、简要分析\n\n全省水质总体良好。\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.caption == "表2  2023年5月各地市主要河流水质状况"
    assert table.text.splitlines() == [
        "| 地市 | 化学需氧量（COD）月平均浓度（毫克/升） | 氨氮（NH<sub>3</sub>-N）月平均浓度（毫克/升） | "
        "达标断面比例（%） |", "|---|---|---|---|",
        "| 甲市 | 12 | 0.31 | 95.0% |", "| 乙市 | 15 | 0.42 | - |"]
    assert [node.kind for node in draft.nodes][-2:] == ["heading", "paragraph"]
    # A long line with a sentence's marks is no header cell: nothing is rebuilt.
    cells[1] = "化学需氧量，按月平均浓度计，单位为毫克每升"
    text = "# 某省5月水质\n\n表2  各地市水质状况\n\n" + "\n\n".join(cells) + "\n"
    assert not [n for n in build_draft(text, Path("a.txt")).nodes if n.kind == "table"]


def test_a_cell_a_paragraph_tables_no_data_marks_stand_in_a_numbers_place():
    # 「/」「未检出」 where a value is not given: the row is still a label and its values.
    for mark in ("/", "未检出"):
        cells = ["断面", "化学需氧量", "氨氮", "总磷", "东桥", "12", mark, "0.05",
                 "西闸", "15", "0.42", "0.08"]
        text = ("# 某县5月水质\n\n全县水质总体良好。\n\n某县5月各断面水质监测结果表\n\n"
                + "\n\n".join(cells) + "\n")
        [table] = [n for n in build_draft(text, Path("a.txt")).nodes if n.kind == "table"]
        assert table.text.splitlines()[2:] == [f"| 东桥 | 12 | {mark} | 0.05 |",
                                               "| 西闸 | 15 | 0.42 | 0.08 |"]


def test_a_units_line_under_a_cell_a_paragraph_tables_caption_is_the_captions():
    cells = ["断面", "化学需氧量", "氨氮", "东桥", "12", "0.31", "西闸", "15", "0.42"]
    text = ("# 某县5月水质\n\n全县水质总体良好。\n\n某县5月各断面水质监测结果表\n\n单位：毫克/升\n\n"
            + "\n\n".join(cells) + "\n")
    [table] = [n for n in build_draft(text, Path("a.txt")).nodes if n.kind == "table"]
    assert table.caption == "某县5月各断面水质监测结果表 单位：毫克/升"
    assert table.text.splitlines()[0] == "| 断面 | 化学需氧量 | 氨氮 |"


def test_a_cell_a_paragraph_tables_header_one_cell_short_lost_its_empty_corner():
    # The corner above the rows' labels is empty and gives no paragraph.
    cells = ["绝对数（亿元）", "增长（%）", "地区生产总值", "617.50", "5.2", "第一产业", "37.11", "2.6"]
    text = ("# 某县2023年统计公报\n\n全县经济平稳增长。\n\n表1 2023年地区生产总值\n\n"
            + "\n\n".join(cells) + "\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines()[0] == "|  | 绝对数（亿元） | 增长（%） |"
    assert table.text.splitlines()[2] == "| 地区生产总值 | 617.50 | 5.2 |"
    assert [d.kind for d in draft.doubts if d.kind.startswith("table")] == ["table-corner-cell"]


def test_a_cell_a_paragraph_table_whose_header_does_not_fit_keeps_it_whole_with_a_doubt():
    cells = ["地区", "优良", "天数", "优良率", "甲县", "28", "93.3"]
    text = ("# 标题\n\n全月空气质量总体良好。\n\n各地空气质量统计表\n\n" + "\n\n".join(cells) + "\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines()[0] == "| 地区 | 优良 | 天数 | 优良率 |"
    assert table.text.splitlines()[2] == "| 甲县 | 28 | 93.3 |  |"
    assert [d for d in draft.doubts if d.kind == "table-merged-cells"]


def test_short_lines_under_a_caption_without_numbers_stay_paragraphs():
    lines = ["一、指导思想", "二、工作目标", "三、主要任务", "四、保障措施"]
    text = "# 标题\n\n正文。\n\n工作任务分工表\n\n" + "\n\n".join(lines) + "\n"
    draft = build_draft(text, Path("a.txt"))
    assert not [node for node in draft.nodes if node.kind == "table"]


def test_a_header_whose_last_places_are_empty_gets_its_spans(tmp_path):
    from conftest import import_text

    text = ("某县10月空气质量\n\n本月空气质量总体良好，优良天数为28天。\n\n某县10月空气质量统计表\n"
            "|\n地区 |\n优良天数 |\n优良率(%) |\n||\n|\n本月 |\n上月 |\n去年同期 |\n||\n"
            "|\n城区 |\n28 |\n90.3 |\n86.7 |\n80.0 |\n\n注：优良率按有效监测天数计。\n")
    _, body = import_text(tmp_path, text, "a.txt")
    assert ("| 地区 | 优良天数 | 优良率（%） | < | < |\n| ^ | ^ | 本月 | 上月 | 去年同期 |\n"
            "|---|---|---|---|---|\n| 城区 | 28 | 90.3 | 86.7 | 80.0 |") in body


def test_a_line_that_is_only_a_file_name_is_a_download_link():
    draft = build_draft("# 监测报告\n\n本月各项指标均达标。\n\n5月份监测报告.docx\n\n附件：监测数据.xlsx\n",
                        Path("a.txt"))
    assert [node.text for node in draft.nodes] == ["本月各项指标均达标。", "附件：监测数据.xlsx"]
    assert [r.kind for r in draft.repairs if r.kind == "download-link"] == ["download-link"]
    # A site's list of attachments: the date and the issue before the file's name.
    draft = build_draft("# 督查通报\n\n各项任务有序推进。\n\n5.20  第 三 期 一季度督查情况.docx\n",
                        Path("a.txt"))
    assert [node.text for node in draft.nodes] == ["各项任务有序推进。"]


def test_a_table_set_with_runs_of_spaces_is_a_table():
    text = ("# 某省1月空气质量\n\n全省平均优良天数比例为80.6%。\n\n表1  各市空气质量排名\n\n"
            "排名    城市    综合指数\n1       甲市    3.85\n2       乙市    4.02\n\n注：按综合指数排列。\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.caption == "表1  各市空气质量排名"
    assert table.text.splitlines() == ["| 排名 | 城市 | 综合指数 |", "|---|---|---|",
                                       "| 1 | 甲市 | 3.85 |", "| 2 | 乙市 | 4.02 |"]
    # One paragraph a line, full-width spaces: the rows are still one table.
    text = ("某省1月空气质量\n全省平均优良天数比例为80.6%，同比上升3.2个百分点。\n排名　　城市　　综合指数\n"
            "1　　甲市　　3.85\n2　　乙市　　4.02\n注：按综合指数排列。\n")
    draft = build_draft(text, Path("a.txt"))
    assert [node.kind for node in draft.nodes] == ["paragraph", "table", "note"]


def test_a_byline_or_a_line_of_words_set_with_spaces_is_no_table():
    text = "# 标题\n\n本报记者  王某  李某\n\n甲  乙  丙\n丁  戊  己\n\n正文很长很长的一段话。\n"
    draft = build_draft(text, Path("a.txt"))
    assert not [node for node in draft.nodes if node.kind == "table"]


def test_a_units_line_between_a_caption_and_its_table_is_the_captions():
    text = ("# 某县财政收支\n\n全县一般公共预算收入完成12.5亿元。\n\n表1  2024年财政收支情况\n单位：亿元\n"
            "项目\t2024年\t2023年\n一般公共预算收入\t12.5\t11.8\n一般公共预算支出\t30.1\t28.7\n")
    draft = build_draft(text, Path("a.txt"))
    assert [node.kind for node in draft.nodes] == ["paragraph", "table"]
    assert draft.nodes[1].caption == "表1  2024年财政收支情况 单位：亿元"


def test_rows_of_bar_separated_cells_copied_from_a_web_page_are_a_table():
    text = ("某县2020年统计公报\n全县经济平稳增长，生产总值比上年增长4.1%。\n表2 2020年某县财政收入\n"
            "| 金额（万元） | 增长（%） |\n财政总收入 | 52310 | 6.3 |\n一般公共预算收入 | 30125 | 5.8 |\n"
            "税收收入 | 25004 | 4.9 |\n全年财政支出稳步增长。\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.caption == "表2 2020年某县财政收入"
    assert table.text.splitlines()[0] == "|  | 金额（万元） | 增长（%） |"
    assert table.text.splitlines()[2:] == ["| 财政总收入 | 52310 | 6.3 |",
                                           "| 一般公共预算收入 | 30125 | 5.8 |",
                                           "| 税收收入 | 25004 | 4.9 |"]
    assert [node.kind for node in draft.nodes][-1] == "paragraph"


def test_a_bar_row_table_whose_empty_last_cell_lost_its_bar_and_a_header_with_one_row():
    # The copy drops the bar closing an empty last cell (「… | 1次/季度 |」 under
    # 「… | 频次 | 备注 |」): the row is filled at its end. A header and one row of three
    # cells or more are a table too (a cut copy's last table).
    text = ("某市水源水质公示\n全市水源水质均达标。\n"
            "编号 | 水源名称 | 类型 | 水质 | 频次 | 备注 |\n1 | 东湖水库 | 湖库 | Ⅱ类 | 1次/月 | |\n"
            "2 | 西河 | 河流 | Ⅲ类 | 1次/季度 |\n各水源水质稳定。\n"
            "编号 | 水源名称 | 类型 | 水质 |\n1 | 北山泉 | 地下水 | Ⅱ类 |\n")
    draft = build_draft(text, Path("a.txt"))
    first, second = [node for node in draft.nodes if node.kind == "table"]
    assert first.text.splitlines()[2:] == ["| 1 | 东湖水库 | 湖库 | Ⅱ类 | 1次/月 |  |",
                                           "| 2 | 西河 | 河流 | Ⅲ类 | 1次/季度 |  |"]
    assert second.text.splitlines() == ["| 编号 | 水源名称 | 类型 | 水质 |", "| --- | --- | --- | --- |",
                                        "| 1 | 北山泉 | 地下水 | Ⅱ类 |"]


def test_a_long_numbered_line_above_a_table_is_the_tables_section_heading():
    heading = "二、某某县2023年第四季度乡镇级“千吨万人”集中式饮用水水源地水质监测结果"
    assert 30 < len(heading) <= 40
    table = "编号 | 水源名称 | 水质 |\n1 | 东湖水库 | Ⅱ类 |\n2 | 西河 | Ⅲ类 |\n"
    text = "# 某县水源水质公示\n\n全县水源水质均达标。\n\n" + heading + "\n\n" + table
    draft = build_draft(text, Path("a.txt"))
    assert [(node.kind, node.text) for node in draft.nodes][1] == ("heading", heading)
    # Above a paragraph, a numbered line that long is no heading (a list item, a clause:
    # 「1. Zhejiang Lab, Hangzhou 311121, China」) — but for a 一、 line with no sentence
    # mark, which heads its part at any length (docbody.long_first_level_heads).
    item = "1. 某某县2023年第四季度乡镇级“千吨万人”集中式饮用水水源地水质监测结果"
    text = "# 某县水源水质公示\n\n全县水源水质均达标。\n\n" + item + "\n\n各水源水质稳定。\n"
    assert [node.kind for node in build_draft(text, Path("a.txt")).nodes] == ["paragraph"] * 3


def test_two_bar_lines_or_rows_that_disagree_are_no_table():
    text = ("# 标题\n\n甲 | 乙 |\n丙 | 丁 |\n\n正文很长很长的一段话。\n\n"
            "一 | 二 |\n三 | 四 | 五 |\n六 | 七 |\n")
    draft = build_draft(text, Path("a.txt"))
    assert not [node for node in draft.nodes if node.kind == "table"]


def test_a_lone_number_closing_a_web_copy_is_its_pager():
    text = "某镇召开春耕工作会议\n会议部署了春耕备耕工作。\n各村要抓好农资供应。\n1\n"
    draft = build_draft(text, Path("a.txt"))
    assert [node.text for node in draft.nodes] == ["会议部署了春耕备耕工作。", "各村要抓好农资供应。"]
    assert [r.kind for r in draft.repairs].count("web-pager") == 1
    # After a line that ends no sentence the number may be a list's or a table's: kept.
    kept = build_draft("某镇召开春耕工作会议\n会议部署了春耕备耕工作。\n各村要抓好农资供应。\n"
                       "完成春播面积（万亩）\n1\n", Path("a.txt"))
    assert not [r for r in kept.repairs if r.kind == "web-pager"]


def test_rows_barred_on_both_sides_without_a_delimiter_row_are_a_table_in_plain_text():
    text = ("某县水质月报\n本月全县水质总体良好，各断面均达到考核目标。\n| 断面 | 水质类别 | 达标情况 |\n"
            "| 东桥 | Ⅱ类 | 达标 |\n| 西闸 | Ⅲ类 | 达标 |\n下月将继续加强监测。\n")
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines()[0] == "| 断面 | 水质类别 | 达标情况 |"
    assert table.text.splitlines()[2:] == ["| 东桥 | Ⅱ类 | 达标 |", "| 西闸 | Ⅲ类 | 达标 |"]


def test_a_document_flattened_into_one_line_is_read_back_for_review():
    # (Eleventh round: a line holding nine tenths of the text, its breaks after sentence
    # ends and before 一、 二、 in order, is read back whatever stands around it — for
    # review; before, it was read back only when it was the text's one line.)
    sentence = "全市空气质量总体稳定，优良天数比例同比上升。"
    flat = (f"某市2022年5月空气质量报告 某市环境监测站 注：本报告采用实况数据。 一、总体状况 {sentence * 8}"
            f" 二、主要污染物 {sentence * 8} 三、下月预测 {sentence * 2}")
    draft = build_draft(f"# 某市空气质量报告\n\n{flat}\n", Path("a.txt"))
    headings = [node.text for node in draft.nodes if node.kind == "heading"]
    assert headings == ["一、总体状况", "二、主要污染物", "三、下月预测"]
    assert any(r.kind == "one-line-text" and r.review for r in draft.repairs)
    # A long paragraph that lists 一、 and 三、 out of sequence is no such document.
    listed = f"# 标题\n\n{sentence * 20} 一、甲方 {sentence} 三、丙方 {sentence}\n"
    assert not [d for d in build_draft(listed, Path("a.txt")).doubts if d.kind == "flattened-text"]


def test_a_footnote_no_mark_calls_is_kept_as_a_note_and_asked_about(tmp_path):
    # Markdown sources keep notes their text no longer calls (an edited post, a copied
    # list of references): as a footnote it would make the article refuse to build.
    from conftest import import_text

    text = ("# 某项技术的原理\n\n正文第一段，说明原理[^1]。\n\n正文第二段，说明应用。\n\n"
            "[^1]: 第一条注释，正文引用了它。\n\n[^3]: 第三条注释，正文没有引用它。\n")
    result, body = import_text(tmp_path, text, "post.md")  # loads: the article builds
    assert "[^1]: 第一条注释，正文引用了它。" in body
    assert "::: note\n第三条注释，正文没有引用它。\n:::" in body and "[^3]" not in body
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "- [ ]" in report and "[^3]" in report


# ---------------------------------------------------------------- unnumbered section heads


def test_a_bulletins_short_section_name_over_a_short_heading_heads_the_section():
    # 「声环境」 over 「总体情况」: the section's name, a level above its parts' headings,
    # whether the lines are blank-separated or one a paragraph.
    lines = ["# 某市2023年5月环境质量状况", "声环境", "总体情况",
             "全市区域声环境昼间平均等效声级为53.2分贝，同比下降0.4分贝。", "功能区",
             "各类功能区昼间达标率为96.5%，同比上升1.1个百分点。", "辐射环境", "总体情况",
             "全市辐射环境质量总体良好。"]
    for separator in ("\n\n", "\n"):
        draft = build_draft(separator.join(lines) + "\n", Path("a.txt"))
        assert [(node.depth, node.text) for node in draft.nodes if node.kind == "heading"] == [
            (1, "声环境"), (2, "总体情况"), (2, "功能区"), (1, "辐射环境"), (2, "总体情况")]
    # Two decks of a headline are phrases, longer than a section's name: one heading.
    text = ("某报记者专访\n采访对象介绍了基层工作情况。\n回忆当年初到乡镇工作\n三十年来发生了巨大变化\n"
            "记者：您还记得当年的情况吗？\n")
    draft = build_draft(text, Path("a.txt"))
    assert [node.text for node in draft.nodes if node.kind == "heading"] == [
        "回忆当年初到乡镇工作 三十年来发生了巨大变化"]


def test_a_short_heading_over_clauses_a_line_each_ending_in_semicolons_is_a_heading():
    # A part's text as clauses a line each, 「；」 closing all but the last: the short line
    # above them heads the part as it would a paragraph ending its sentence.
    text = ("# 某市2023年5月环境质量状况\n\n全市环境质量总体稳定。\n\n主要河流\n\n"
            "甲江水质为优，同比持平；\n\n乙河水质为良好，同比好转；\n\n丙溪水质为轻度污染。\n")
    draft = build_draft(text, Path("a.txt"))
    assert [node.text for node in draft.nodes if node.kind == "heading"] == ["主要河流"]
    # Clauses that never end a sentence: the short line stays a paragraph.
    text = text.replace("丙溪水质为轻度污染。", "丙溪水质为轻度污染；")
    draft = build_draft(text, Path("a.txt"))
    assert not [node for node in draft.nodes if node.kind == "heading"]


def test_a_cell_a_paragraph_table_without_a_caption_is_rebuilt_when_every_row_fits():
    cells = ["城市", "PM10", "PM2.5", "优良率", "甲市", "61", "30", "90.3%", "乙市", "58", "27",
             "未检出"]
    head = "# 某省4月空气质量\n\n全省空气质量总体良好。\n\n"
    text = head + "各市情况如下：\n\n" + "\n\n".join(cells) + "\n\n各市均达标。\n"
    draft = build_draft(text, Path("a.txt"))
    [table] = [node for node in draft.nodes if node.kind == "table"]
    assert table.text.splitlines() == [
        "| 城市 | PM<sub>10</sub> | PM<sub>2.5</sub> | 优良率 |", "|---|---|---|---|",
        "| 甲市 | 61 | 30 | 90.3% |", "| 乙市 | 58 | 27 | 未检出 |"]
    # A short line above the header stays text, a doubt (a title, or a header's row?).
    text = head + "2021年4月各市空气质量排名\n\n" + "\n\n".join(cells) + "\n"
    draft = build_draft(text, Path("a.txt"))
    assert [node.kind for node in draft.nodes] == ["paragraph", "paragraph", "table"]
    assert [d.kind for d in draft.doubts if d.kind.startswith("table")] == ["table-lines-above"]
    # Short lines whose rows are not all a label and its values: no table.
    lines = ["获奖情况", "一等奖", "3", "5", "二等奖", "6", "名单另行公布"]
    text = head + "\n\n".join(lines) + "\n"
    assert not [n for n in build_draft(text, Path("a.txt")).nodes if n.kind == "table"]


def test_rows_set_with_single_spaces_a_header_and_labels_with_values_are_a_table():
    rows = ["监测点 化学需氧量 氨氮 总磷", "东桥 12 0.31 0.05", "西闸 15 未检出 0.08"]
    expected = ["| 监测点 | 化学需氧量 | 氨氮 | 总磷 |", "|---|---|---|---|",
                "| 东桥 | 12 | 0.31 | 0.05 |", "| 西闸 | 15 | 未检出 | 0.08 |"]
    for text in ("# 某县5月水质\n\n全县水质总体良好。\n\n表1 各监测点水质\n\n" + "\n".join(rows)
                 + "\n\n注：单位为毫克/升。\n",
                 "某县5月水质\n全县水质总体良好，各断面均达到功能区标准，同比保持稳定。\n表1 各监测点水质\n"
                 + "\n".join(rows) + "\n注：单位为毫克/升。\n"):
        draft = build_draft(text, Path("a.txt"))
        [table] = [node for node in draft.nodes if node.kind == "table"]
        assert table.caption == "表1 各监测点水质"
        assert table.text.splitlines() == expected
    # A line of words over one row of values, or rows with words among the values: text.
    for body in ("监测点 化学需氧量 氨氮 总磷\n东桥 12 0.31 0.05\n",
                 "监测点 化学需氧量 氨氮 总磷\n东桥 12 0.31 0.05\n西闸 15 较好 0.08\n"):
        text = "# 某县5月水质\n\n全县水质总体良好。\n\n" + body
        assert not [n for n in build_draft(text, Path("a.txt")).nodes if n.kind == "table"]
