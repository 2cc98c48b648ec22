"""The thirty-second set's round (issue 11): made-up texts of the shapes that went wrong on
the thirty-second set once it joined tuning.

A document site's page stores a PDF's text on one line: the PDF's lines run together a
space apart (so spaces stand inside words, 「加 快」, every line's width), above it the page's
preview of the text cut short, the title repeated before the salutation. Its paragraphs
end where a line short of the column ends a sentence; a line opening with 一、 and ending no
sentence is a head; the preview and the repeated title go. A page storing the whole text on
one line with each paragraph's indent left as a run of spaces is read a paragraph a run.
"""

from __future__ import annotations

from conftest import figure_rows, front_matter, import_text

WIDTH = 24  # characters of the made-up PDF's lines

OPENING = "即将过去的这一年，是我镇解放思想、凝心聚力、加快发展的一年，也是破除万难、创新机制取得进展的一年。"
SECOND = ("今天我们召开这次全镇农业工作会议，旨在深入学习贯彻会议精神，认真总结今年我镇的农业工作，"
          "分析当前形势，理清思路，科学部署明年的农业工作。下面，我代表党委、政府对同志们提三点希望：")
HEAD = "一、正视成绩，认清形势，找准工作的难点"
THIRD = ("今年，算是个多灾之年，年初的冰雪灾害、特大洪涝灾害给我镇基础设施造成了严重的损毁，"
         "给我镇的农业工作带来了巨大的压力。但是，在全镇上下的共同努力下取得了可喜成绩。")
FOURTH = ("农业综合开发土地整治项目首次落户我镇，实现了我镇农业综合开发历史上零的突破，"
          "通过修建便民路、蓄水池、连户便道等形式切实有效地改善了老百姓的生产生活条件。")
FIFTH = ("全镇新建高标准农田三千亩，新修机耕道路十二公里，新建蓄水池四十口，农业基础设施明显改善，"
         "群众生产条件和生活环境得到进一步提升，农民增收渠道不断拓宽，农村面貌焕然一新。")
TITLE = "镇长在农业工作总结会上的讲话"


def wrapped(paragraph: str) -> list[str]:
    """The paragraph as a PDF sets it: lines of WIDTH characters, the first indented."""
    text = "  " + paragraph
    return [text[at:at + WIDTH].strip() for at in range(0, len(text), WIDTH)]


def document_site_page() -> str:
    lines = [TITLE, "同志们："] + wrapped(OPENING) + wrapped(SECOND) + [HEAD] + wrapped(
        THIRD) + wrapped(FOURTH) + wrapped(FIFTH)
    preview = f"{TITLE} 同志们： {OPENING} 今天我们召开这次全镇农业"
    return f"{TITLE}\n{preview}\n{' '.join(lines)}\n"


def test_a_pdfs_lines_run_onto_one_line_are_read_back_as_paragraphs(tmp_path):
    result, body = import_text(tmp_path, document_site_page(), "speech.txt")
    assert front_matter(result)["title"] == TITLE
    assert "::: salutation\n同志们：\n:::" in body  # the title before it left out
    paragraphs = [block.strip() for block in body.split("\n\n") if block.strip()]
    texts = ["".join(block.split()) for block in paragraphs]
    # the preview is gone: the opening sentence stands once
    assert sum(OPENING in text for text in texts) == 1
    assert OPENING in texts and SECOND in texts
    assert f"## {HEAD}" in paragraphs
    assert THIRD in texts and FIFTH in texts
    kinds = {repair.kind for repair in result.repairs + result.doubts}
    assert {"preview-line", "repeated-title", "run-together-paragraphs"} <= kinds


def test_spaces_inside_words_alone_split_no_paragraph(tmp_path):
    # The same spaces inside words, but no column: the pieces are of every length (a text
    # with stray spaces, no PDF's lines) — the paragraph stays whole.
    pieces = [OPENING[:7], OPENING[7:30], OPENING[30:33], OPENING[33:],
              SECOND[:40], SECOND[40:44], SECOND[44:90], SECOND[90:]]
    line = " ".join(pieces * 3)
    _, body = import_text(tmp_path, f"{TITLE}\n\n{line}\n", "stray.txt")
    assert len([block for block in body.split("\n\n") if block.strip()]) == 1


def test_paragraphs_apart_by_runs_of_spaces_on_one_line(tmp_path):
    items = [f"{n} {sentence}" for n, sentence in
             enumerate([SECOND.replace("：", "。"), THIRD, FOURTH, FIFTH], start=1)]
    line = "  ".join(["一、2014年工作总结", OPENING, *items])
    result, body = import_text(tmp_path, f"乡镇2014年工作总结\n\n{line}\n", "summary.txt")
    paragraphs = [block.strip() for block in body.split("\n\n") if block.strip()]
    assert "## 一、2014年工作总结" in paragraphs
    assert OPENING in paragraphs
    assert sum(1 for block in paragraphs if block.startswith(("1 ", "2 ", "3 ", "4 ",
                                                              "### 1 ", "### 2 "))) >= 2
    assert "one-line-spaced" in {repair.kind for repair in result.repairs}


def test_a_gap_inside_sentences_is_no_paragraphs_break(tmp_path):
    # Runs of spaces inside sentences (a layout's gaps): the line is left as it is.
    words = (OPENING + SECOND + THIRD).replace("，", "，  ")
    result, _ = import_text(tmp_path, f"标题\n\n{words}\n", "gaps.txt")
    assert "one-line-spaced" not in {repair.kind for repair in result.repairs}


# Key figures.
figures = figure_rows


def test_the_three_industries_after_a_total_share_its_measure():
    # 「第一产业665.97亿元」 straight after the year's investment: the industry's investment,
    # said without 分产业看 (a named measure, 第一产业增加值, keeps its own).
    rows = figures("全县全社会固定资产投资820.5亿元，比上年增长12.2%。第一产业41.3亿元，同比增长"
                   "15.6%；第二产业302.8亿元，同比增长9.1%；第三产业476.4亿元，同比增长13.9%。",
                   "全县实现生产总值1530.2亿元，比上年增长7.1%。其中，第一产业增加值118.4亿元，"
                   "同比增长3.9%。")
    labels = [label for label, *_ in rows]
    assert {"第一产业投资", "第二产业投资", "第三产业投资", "第一产业增加值"} <= set(labels)
    assert "第一产业" not in labels


def test_a_number_whose_decimal_point_was_lost_is_no_figure():
    # 「5 9亿元」 for 5.9亿元: neither 9 nor 5 is the figure; the clause's others stand.
    rows = figures("全年完成地区生产总值7 3亿元，完成固定资产投资36000万元，财税收入占任务的104 6%。",
                   "全年粮食总产量5.2万吨，同比增长3.1%。")
    assert [(label, value) for label, value, *_ in rows] == [
        ("完成固定资产投资", "36000"), ("粮食总产量", "5.2")]


def test_one_thing_named_in_brackets_is_no_count():
    rows = figures("2019年5月，监测的35个在用集中式饮用水水源中，34个水源地水质达标，"
                   "1个水源地（某某水库取水口）总磷超标，达标率为97.1%。")
    assert ("水源地水质达标", "34", "个", None) in rows
    assert not [row for row in rows if row[1] == "1"]


# Markdown sites, a paper's story, a notice's foot.
def test_a_jekyll_gallery_include_prints_its_caption_and_an_end_mark_is_no_caption(tmp_path):
    result, body = import_text(tmp_path, (
        "# 乌镇游记\n\n办理完入住手续已是午后，我们决定先游东栅，走街串巷时还能见到当地居民。\n\n"
        "{% include gallery id=\"gallery1\" caption=\"青石板，窄弄堂，临水的石阶\" %}\n\n"
        "东栅的格局紧凑，不消两三个小时既可转一个来回，相比西栅更具生活气息。\n\n"
        "{% include figure image_path=\"/a.jpg\" title=\"tooltip\" %}\n\n"
        "{% include gallery id=\"gallery2\" %}\n\n（待续）\n"), "wuzhen.md")
    assert "::: figure\n青石板，窄弄堂，临水的石阶\n:::" in body
    assert "tooltip" not in body  # an include's title is the picture's tooltip
    assert "::: figure\n（待续）" not in body and "（待续）" in body


def test_a_hugo_quotation_shortcode_makes_a_block_quotation(tmp_path):
    _, body = import_text(tmp_path, (
        "# 毕业\n\n离开武汉的前一晚，我写下了几句话。\n\n{{< quote-center >}}\n"
        "时间 像武汉六月的大雨，<br>\n一瞬间 淋湿了四个四季，<br>\n——下一站，茶山刘\n"
        "{{< /quote-center >}}\n\n第二天一早，我们就出发了。\n"), "wuhan.md")
    assert "> 时间 像武汉六月的大雨，" in body and "> ——下一站，茶山刘" in body
    assert "quote-center" not in body


def test_reporters_credited_after_the_last_sentence_are_the_authors(tmp_path):
    result, body = import_text(tmp_path, (
        "去年全省经济运行平稳\n\n1月19日，省统计局发布了2011年全省国民经济运行情况，全省生产总值"
        "比上年增长13.9%，连续10年保持两位数增长。\n\n全省粮食生产取得好收成，连续八年稳定在1000万吨以上。"
        "（记者 汪曼莉 刘 强）\n"), "news.txt")
    assert front_matter(result)["authors"] == ["汪曼莉", "刘强"]  # the name's spacing is layout
    assert "记者" not in body and body.rstrip().endswith("以上。")


def test_a_distribution_line_under_the_signature_is_the_notices_foot(tmp_path):
    _, body = import_text(tmp_path, (
        "关于发布《2013年上半年全国环境质量状况》的公告\n\n"
        "为加强环境信息公开，促进地方政府依法对辖区内环境质量负责，现发布《2013年上半年全国环境质量状况》。\n\n"
        "特此公告。\n\n附件：2013年上半年全国环境质量状况\n\n环境保护部\n\n2013年8月14日\n\n"
        "发送：各省、自治区、直辖市环境保护厅（局），各环保重点城市环境保护局。\n"), "notice.txt")
    assert "::: signature\n环境保护部\n2013年8月14日\n:::" in body


def test_a_keywords_line_is_no_heading(tmp_path):
    _, body = import_text(tmp_path, (
        "两会访谈的突破\n\n内容提要：在全国两会上，地方媒体要跨省采访代表委员是很有难度的事。\n\n"
        "关键词 全国两会 访谈 新媒体\n\n由于政协分界别开会，每个小组最多只有1至2名驻粤委员，"
        "更多的省外知名人士也是记者关注的重点，如何寻求突破，我一直在思考。\n"), "talk.txt")
    assert "## 关键词" not in body and "关键词 全国两会 访谈 新媒体" in body


def test_a_title_said_again_above_the_text_on_one_line_is_no_preview(tmp_path):
    # The same page without its preview: the line above is the title, which the text on
    # one line repeats — the title, not a preview to drop.
    page = document_site_page().split("\n")
    result, _ = import_text(tmp_path, "\n".join([page[0], page[2]]) + "\n", "speech.txt")
    assert front_matter(result)["title"] == TITLE
    assert "preview-line" not in {repair.kind for repair in result.repairs}


# A table copied a cell and a bar line at a time, its rows numbered, a city cell spanning
# its sources' rows — the copy ending with the last cell's bar.
def bar_cells(*cells: str) -> str:
    return "".join(f"{cell}\n|\n" for cell in cells)


def table_page(last_row: tuple[str, ...]) -> str:
    cells = ["序号", "城市名称", "水源名称", "水源\n类型", "达标\n情况",
             "1", "长沙市", "猴子石（二水厂、三水厂、八水厂）", "地表水", "达标",
             "2", "桔子洲（一水厂）", "地表水", "达标",
             "3", "株洲市", "株洲四水厂", "地表水", "达标",
             "4", "株洲一水厂", "地表水", "达标", *last_row]
    return ("饮用水水源水质状况\n\n2016年2月，全省共监测29个在用集中式生活饮用水水源，均为地表水源。\n"
            "表1 2016年2月全省集中式饮用水水源水质状况\n" + bar_cells(*cells))


def test_a_numbered_tables_rows_run_from_number_to_number(tmp_path):
    _, body = import_text(tmp_path, table_page(("5", "湘潭市", "湘潭三水厂", "地表水", "达标")),
                          "water.txt")
    assert "| 序号 | 城市名称 | 水源名称 | 水源类型 | 达标情况 |" in body
    assert "| 2 | ^ | 桔子洲（一水厂） | 地表水 | 达标 |" in body
    assert "| 5 | 湘潭市 | 湘潭三水厂 | 地表水 | 达标 |" in body  # the last bar kept


def test_a_numbered_tables_short_last_row_is_not_guessed(tmp_path):
    # The last row one cell short: merged, or a cell lost? No next number says — the cells
    # stay one a row for the editor (held).
    _, body = import_text(tmp_path, table_page(("5", "湘潭三水厂", "地表水", "达标")),
                          "water.txt")
    assert "| 2 | ^ |" not in body and "| 5 | ^ |" not in body


def test_a_poems_line_breaks_are_kept(tmp_path):
    # Lines the text ends with <br> inside a paragraph (a lyric quoted in a post): each
    # keeps its break — printed line by line, not run together.
    from briefing.loader import load_briefing

    result, body = import_text(tmp_path, (
        "# 毕业\n\n离开武汉的前一晚，我写下了几句话。\n\n{{< quote >}}\n"
        "时间 像武汉六月的大雨，<br>\n一瞬间 淋湿了四个四季，<br>\n仿佛 一切都还在原地。\n"
        "{{< /quote >}}\n\n第二天一早，我们就出发了。<br>\n\n再见。\n"), "poem.md")
    assert "> 时间 像武汉六月的大雨，<br>\n> 一瞬间 淋湿了四个四季，<br>\n> 仿佛" in body
    assert "出发了。<br>" not in body  # a break before a blank line is the paragraph's end
    quote = next(block for block in load_briefing(result.folder).walk_blocks()
                 if block.kind == "quote")
    assert sum(1 for span in quote.blocks[0].text.spans if span.break_) == 2


def test_a_markdown_lists_short_items_with_numbers_are_no_data_box(tmp_path):
    items = ["料酒 15ml", "漓泉啤酒 330ml（1 瓶）", "番茄 2 个（约 300g）", "青椒 2 个（约 150g）",
             "红椒 1 个（约 80g）", "大蒜 6 瓣（约 30g）", "生姜 1 块（约 20g）"]
    _, body = import_text(tmp_path, "# 啤酒鱼\n\n## 计算\n\n每份的用量：\n\n"
                          + "\n".join(f"- {item}" for item in items)
                          + "\n\n## 操作\n\n先把鱼处理干净。\n", "fish.md")
    assert "::: sidebar" not in body and "<br>" not in body
    assert all(f"\n{item}\n" in body for item in items)  # each item its own paragraph
