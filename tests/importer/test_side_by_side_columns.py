"""A `pdftotext -layout` page set in two columns: each line holds the left column's line, a
gutter of spaces and the right column's line (briefing/importer/columns.py). Read the left
column down, then the right; lines across the page stay whole; a table set apart by spaces
is no columns. Every text here is made up, in the shape of a journal paper's first page."""

from __future__ import annotations

from briefing.importer.cleanup import clean_source
from briefing.importer.columns import side_by_side_columns
from briefing.importer.layout import width

LEFT = [
    "１   概     述",
    "    某市近年来持续推进城市更新工作，老旧小区",
    "改造、街区环境整治和公共空间提升同步展开，居",
    "民的获得感不断增强。 与此同时，改造资金来源单",
    "一、长效管护机制缺失等问题也逐渐显现出来，亟",
]
RIGHT = [
    "待在实践中加以解决。",
    "    本文梳理了某市三年来的改造项目，分析了资",
    "金筹措、居民参与和后期管护三个方面的做法，并",
    "提出了建立多元投入机制和社区自治平台的建议，",
    "以期为同类城市的更新工作提供参考和借鉴。",
]
GUTTER = 52  # display column where the right column starts


def side_by_side(left: list[str], right: list[str], at: int = GUTTER) -> list[str]:
    return [f"{a}{' ' * (at - width(a))}{b}".rstrip() for a, b in zip(left, right, strict=True)]


PAGE = [
    "                城市更新中的老旧小区改造研究",
    "",
    "    摘  要：文章以某市为例，分析老旧小区改造的主要做法和存在问题，提出对策建议，供有关部门参考。",
    "    关键词：城市更新；老旧小区；长效管护",
    "",
    "",
    *side_by_side(LEFT, RIGHT),
    "",
    "",
    "收稿日期：２０２０－０１－０２",
]


def paragraphs(text: str) -> list[str]:
    blocks = clean_source(text).text().split("\n\n")
    return ["".join(line.strip() for line in block.split("\n")) for block in blocks
            if block.strip()]


def test_two_columns_side_by_side_are_read_left_then_right():
    text = "\n".join(PAGE) + "\n\f"
    found = paragraphs(text)
    first = "".join(line.strip() for line in LEFT[1:]) + RIGHT[0]
    second = "".join(line.strip() for line in RIGHT[1:])
    assert first in found, found
    assert second in found, found
    # Lines across the page stay whole, before the columns; the note after them.
    assert found.index(first) > next(i for i, p in enumerate(found) if p.startswith("关键词"))
    assert found[-1] == "收稿日期：２０２０－０１－０２"


def test_a_stretch_of_columns_is_one_repair_to_review_and_the_lines_keep_their_numbers():
    lines = list(enumerate(PAGE, start=1))
    result, repairs, doubts, widths = side_by_side_columns(lines)
    assert [r.kind for r in repairs] == ["side-by-side-columns"] and repairs[0].review
    assert not doubts
    numbers = [n for n, t in result if t.strip()]
    assert numbers[3:13] == [7, 8, 9, 10, 11, 7, 8, 9, 10, 11]
    assert 44 <= widths[8] <= 48  # the column's width, not the page's
    # The right column's first-line indent stays (it opens a paragraph), no more.
    right = [t for n, t in result if n == 8][1]
    assert right == RIGHT[1]


def test_a_table_set_apart_by_spaces_is_no_columns():
    rows = ["2019.03.05     政府工作报告          加快新型基础设施建设",
            "2019.05.14     国务院常务会议        推进工业互联网建设",
            "2019.07.30     中央政治局会议        加快信息网络建设",
            "2019.12.12     七部门联合印发        支持云计算基础设施"]
    lines = list(enumerate(rows, start=1))
    result, repairs, doubts, _ = side_by_side_columns(lines)
    assert result == lines and not repairs and not doubts


def test_two_long_lines_side_by_side_are_a_doubt_not_a_reading():
    """Two lines are too few to tell a gutter from a wide space: kept, and told."""
    rows = side_by_side(LEFT[1:3], RIGHT[1:3])
    lines = list(enumerate(["某某标题", "", *rows, "", "下一段文字。"], start=1))
    result, repairs, doubts, _ = side_by_side_columns(lines)
    assert result == lines and not repairs
    assert [d.kind for d in doubts] == ["side-by-side-columns"] and doubts[0].line == 3


MASTHEAD = [
    "第 １２ 卷 第 ３ 期                      某某科学与工程                         Ｖｏｌ．１２ Ｎｏ．３",
    "  ２０２１ 年 ３ 月               ＳＣＩＥＮＣＥ ＡＮＤ ＥＮＧＩＮＥＥＲＩＮＧ               Ｍａｒ． ２０２１",
    "",
    "",
]


def test_a_masthead_spread_across_the_page_goes_and_names_the_journal():
    """A journal's masthead set across page 1 in pieces far apart (volume and issue, its
    Chinese name, the English volume; the month, its English name): dropped, the Chinese
    name the source."""
    text = "\n".join(MASTHEAD + PAGE) + "\n\f"
    cleaned = clean_source(text)
    assert cleaned.fields.get("source") == "某某科学与工程"
    kept = cleaned.text()
    assert "某某科学与工程" not in kept and "ＳＣＩＥＮＣＥ" not in kept and "２０２１ 年" not in kept
    assert [r.kind for r in cleaned.repairs].count("masthead") == 2


def test_a_cover_line_of_issuer_and_month_is_no_masthead():
    """No volume and issue: a report's issuer and month set apart stay the report's."""
    cover = ["某某研究院                                  ２０２１ 年 ３ 月", "", ""]
    cleaned = clean_source("\n".join(cover + PAGE) + "\n\f")
    assert "source" not in cleaned.fields or cleaned.fields["source"] != "某某研究院"
    assert "某某研究院" in cleaned.text()


HEAD = [
    "                    某市老旧小区改造的资金机制研究",
    "                          王小明，陈                 东，李        华",
    "          （ 某某大学 公共管理学院，某市 １０００００）",
    "",
]


def test_an_author_line_without_marks_over_its_affiliation_gives_the_authors():
    """A paper of one affiliation marks no names; a two-character name spaced out to the
    width of three (however wide -layout made the space) is one name; the line above
    is the title."""
    cleaned = clean_source("\n".join(HEAD + PAGE[2:]) + "\n\f")
    assert cleaned.authors == ["王小明", "陈东", "李华"]
    assert cleaned.fields.get("title") == "某市老旧小区改造的资金机制研究"
    kept = cleaned.text()
    assert "王小明" not in kept
    assert "（ 某某大学 公共管理学院" in kept


def test_names_over_no_affiliation_are_no_author_line():
    """Names alone, with no affiliation under them, may be anything (a list of members)."""
    lines = ["                    某市老旧小区改造的资金机制研究",
             "                          王小明，陈东，李华", "", *PAGE[2:]]
    cleaned = clean_source("\n".join(lines) + "\n\f")
    assert cleaned.authors == []
    assert "王小明，陈东，李华" in cleaned.text()


def test_classification_fields_side_by_side_are_a_line_each():
    fields = ("    中图分类号：ＴＵ９８４                 文献标识码：Ａ"
              "                 文章编号：１２３４－５６７８（２０２１）０３－００１０－０５")
    lines = [*PAGE[:4], fields, *PAGE[4:]]
    found = paragraphs("\n".join(lines) + "\n\f")
    assert "中图分类号：ＴＵ９８４" in found and "文献标识码：Ａ" in found
    assert "文章编号：１２３４－５６７８（２０２１）０３－００１０－０５" in found
    # Other labelled pieces set apart (a note's two dates) stay one line.
    dates = "收稿日期：２０２０－０１－０２          修回日期：２０２０－０３－０４"
    assert dates in paragraphs("\n".join([*PAGE[:-1], dates]) + "\n\f")


def test_a_title_in_full_width_latin_is_repaired_like_the_body_and_printed_once():
    """「ＧＩＳ」 in the title line: the front matter's title gets the same half-width repair
    as the body, so the title line is known as the title's repeat and printed once."""
    from pathlib import Path

    from briefing.importer.render import body_markdown
    from briefing.importer.structure import build_draft

    head = ["                    基于 ＧＩＳ 的老旧小区改造评价研究", *HEAD[1:]]
    draft = build_draft("\n".join(head + PAGE[2:]) + "\n\f", Path("paper.txt"))
    assert draft.title == "基于 GIS 的老旧小区改造评价研究"
    assert "老旧小区改造评价研究" not in body_markdown(draft.nodes)


def test_a_reports_named_front_pages_are_headings_whatever_follows():
    """版权声明 and 编写委员会 opening their pages are those pages' headings, though the line
    under one is a statement broken before its first mark and under the other a list of
    units; no line under them is taken for a key statement."""
    from pathlib import Path

    from briefing.importer.render import body_markdown
    from briefing.importer.structure import build_draft

    wrapped = ["某某技术在金融、医疗和政务等领域的应用日益广泛，相关的法律",
               "问题和合规要求也逐步受到各方的关注，本报告对此作了系统梳理。"]
    cover = ["某某技术应用研究报告", "（2022 年）", "", "某某产业联盟", "2022年6月", ""]
    intro = ["\f引言", "", *wrapped * 4, "本报告共分五章。", ""]
    rights = ["\f版权声明", "", "本报告版权属于某某产业联盟并受法律保护转载",
              "或者以其他方式使用本报告的，应注明来源。", ""]
    board = ["\f编写委员会", "", "❖ 主要编写单位（排名不分先后）：", "某某科技有限公司",
             "某某律师事务所", ""]
    draft = build_draft("\n".join(cover + intro + rights + board) + "\n",
                        Path("report.txt"))
    body = body_markdown(draft.nodes)
    assert "## 版权声明" in body and "## 编写委员会" in body
    assert "#本报告版权" not in body.replace(" ", "")


def test_a_word_hyphenated_at_a_lines_end_is_one_word_whatever_the_widths():
    """「ｒｅ⁃」 over 「ｓｅａｒｃｈ」 (a Chinese journal's typesetting: full-width letters, the
    hyphen U+2043, which no body font has): one word, the hyphen gone, the lines one
    paragraph however short the first line is of the page's widest."""
    abstract = [
        "    Ａｂｓｔｒａｃｔ：Ｔｈｅ ｒｅ⁃",
        "    ｎｅｗａｌ ｏｆ ｏｌｄ ｒｅｓｉｄｅｎｔｉａｌ ａｒｅａｓ ｉｎ ａ ｃｉｔｙ ｉｓ ｓｔｕｄｉｅｄ．",
    ]
    found = paragraphs("\n".join([*PAGE[:4], *abstract, *PAGE[4:]]) + "\n\f")
    assert any("Ｔｈｅ ｒｅｎｅｗａｌ ｏｆ" in p for p in found), found
    assert not any("⁃" in p for p in found)


def test_a_page_note_broken_off_mid_sentence_goes_on_on_the_line_under_it():
    note = ["作者简介：王小明，男，研究方向为城市",
            "        更新与社区治理。"]
    text = "\n".join([*PAGE[:4], "", PAGE[-1], *note]) + "\n\f"
    found = paragraphs(text)
    assert found[-1] == note[0] + "更新与社区治理。", found
    assert found[-2] == "收稿日期：２０２０－０１－０２"


def test_a_column_that_begins_higher_and_a_heading_in_the_right_column_keep_their_order():
    """The right column's first line stands a line above the left's (a heading in the left
    column took its space lower down); further on the right column has a heading where
    the left has text on, a blank line across both columns follows it; a second page in
    columns is read on its own."""
    right_first = " " * GUTTER + "接上页的内容在此结束。"
    rows = side_by_side(LEFT[1:], RIGHT[1:])
    heading = LEFT[0].replace("１", "２").replace("概     述", "做     法")
    middle = side_by_side(["通过政府补助、居民出资和社会资本参与相结合的方"], [heading])
    tail = side_by_side(["式，多渠道筹集改造资金，缓解了财政压力，取得了", "较好的效果。"],
                        ["    某市在改造中坚持居民自愿原则，先征求意见后", "制定方案，居民满意度较高。"])
    page = [*PAGE[:4], "", right_first, *rows, *middle, "", *tail, "", ""]
    lines = list(enumerate(page, start=1))
    result, repairs, doubts, _ = side_by_side_columns(lines)
    assert len(repairs) == 1 and not doubts, (repairs, doubts)
    texts = [t.strip() for _, t in result if t.strip()]
    left = [t.strip() for t in LEFT[1:]] + ["通过政府补助、居民出资和社会资本参与相结合的方",
                                            "式，多渠道筹集改造资金，缓解了财政压力，取得了",
                                            "较好的效果。"]
    right = ["接上页的内容在此结束。", *[t.strip() for t in RIGHT[1:]], heading.strip(),
             "某市在改造中坚持居民自愿原则，先征求意见后", "制定方案，居民满意度较高。"]
    assert texts[3:] == left + right, texts


def test_each_page_in_columns_is_read_on_its_own():
    """Page 1's right column comes before page 2's left one: a stretch ends at a page."""
    rows = side_by_side(LEFT[1:], RIGHT[1:])
    page = [*rows, *rows]
    lines = list(enumerate(page, start=1))
    result, repairs, _, _ = side_by_side_columns(lines, frozenset({5}))
    assert len(repairs) == 2
    order = [n for n, t in result]
    assert order == [1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 5, 6, 7, 8]


def test_a_gutter_squeezed_to_a_space_that_wanders_is_told_not_read():
    """Some PDFs' columns come out of -layout a single space apart, the place wandering by
    a character from line to line (the grid could not hold the glyphs' widths), and only
    here and there a wider gap: no gutter can be measured, so nothing is read as columns —
    the run is one spot to review, the lines as the extraction gave them."""
    left = ["这是第一段的第一句话，用来检验两栏排版在抽", "取之后能否按栏读回。这是第一段的第二句话，用",
            "来检验两栏排版在抽取之后能否按栏读回。这是", "第一段的第三句话，用来检验两栏排版在抽取之",
            "后能否按栏读回。这是第一段的第四句话，用来"]
    right = ["用来检验两栏排版在抽取之后能否按栏读回。这是", "第二段的第三句话，用来检验两栏排版在抽取之",
             "后能否按栏读回。这是第二段的第四句话，用来检", "验两栏排版在抽取之后能否按栏读回。这是第二",
             "段的第五句话，用来检验两栏排版在抽取之后能"]
    rows = [f"{a}{' ' * (1 + i % 3 * 2)}{b}" for i, (a, b) in enumerate(zip(left, right,
                                                                             strict=True))]
    lines = list(enumerate(["某某标题", "", *rows, "", "下一段文字。"], start=1))
    result, repairs, doubts, _ = side_by_side_columns(lines)
    assert result == lines and not repairs
    assert [(d.kind, d.line, d.before) for d in doubts] == [
        ("side-by-side-columns", 3, "lines 3–7")]



# A page as `pdftotext -layout` gives it (a made-up paper typeset in two columns by
# WeasyPrint, extracted): where a line's left column is empty the right column's text
# is set further left, across the gutter's place; where the left column's line is short
# (「按栏读回。」) the right column's text is pulled left too; elsewhere a gutter of spaces.
LAYOUT_PAGE = [
    '   关键词：老旧小区；城市更新；长效管护',
    '                                这是第2.2段的第1句话，用来检验两栏排版在',
    '1 第1节标题',
    '                             抽取之后能否按栏读回。这是第2.2段的第2句',
    '   这是第1.1段的第1句话，用来检验两栏排版在    话，用来检验两栏排版在抽取之后能否按栏读',
    '抽取之后能否按栏读回。这是第1.1段的第2句话，     回。这是第2.2段的第3句话，用来检验两栏排版',
    '用来检验两栏排版在抽取之后能否按栏读回。这        在抽取之后能否按栏读回。这是第2.2段的第4句',
    '是第1.1段的第3句话，用来检验两栏排版在抽取之     话，用来检验两栏排版在抽取之后能否按栏读',
    '后能否按栏读回。这是第1.1段的第4句话，用来检     回。这是第2.2段的第5句话，用来检验两栏排版',
    '验两栏排版在抽取之后能否按栏读回。这是第1.1      在抽取之后能否按栏读回。',
    '段的第5句话，用来检验两栏排版在抽取之后能否',
    '按栏读回。                        3 第3节标题',
    '   这是第1.2段的第1句话，用来检验两栏排版在       这是第3.1段的第1句话，用来检验两栏排版在',
    '抽取之后能否按栏读回。这是第1.2段的第2句话，     抽取之后能否按栏读回。这是第3.1段的第2句话，',
    '用来检验两栏排版在抽取之后能否按栏读回。这        用来检验两栏排版在抽取之后能否按栏读回。这',
    '是第1.2段的第3句话，用来检验两栏排版在抽取之     是第3.1段的第3句话，用来检验两栏排版在抽取之',
    '后能否按栏读回。这是第1.2段的第4句话，用来检     后能否按栏读回。这是第3.1段的第4句话，用来检',
    '验两栏排版在抽取之后能否按栏读回。这是第1.2      验两栏排版在抽取之后能否按栏读回。这是第3.1',
    '段的第5句话，用来检验两栏排版在抽取之后能否       段的第5句话，用来检验两栏排版在抽取之后能否',
    '按栏读回。                        按栏读回。',
    '                                这是第3.2段的第1句话，用来检验两栏排版在',
    '2 第2节标题',
    '                             抽取之后能否按栏读回。这是第3.2段的第2句',
    '   这是第2.1段的第1句话，用来检验两栏排版在    话，用来检验两栏排版在抽取之后能否按栏读',
    '抽取之后能否按栏读回。这是第2.1段的第2句话，     回。这是第3.2段的第3句话，用来检验两栏排版',
    '用来检验两栏排版在抽取之后能否按栏读回。这        在抽取之后能否按栏读回。这是第3.2段的第4句',
    '是第2.1段的第3句话，用来检验两栏排版在抽取之     话，用来检验两栏排版在抽取之后能否按栏读',
    '后能否按栏读回。这是第2.1段的第4句话，用来检     回。这是第3.2段的第5句话，用来检验两栏排版',
    '验两栏排版在抽取之后能否按栏读回。这是第2.1      在抽取之后能否按栏读回。',
    '段的第5句话，用来检验两栏排版在抽取之后能否',
    '按栏读回。',
]


def test_a_real_layout_pages_right_column_lines_set_further_left_stay_in_their_column():
    text = "\n".join(["某市老旧小区改造的实践与思考", "", *LAYOUT_PAGE]) + "\n\f"
    found = paragraphs(text)
    sentence = "是第{}段的第1句话"
    order = [next(i for i, p in enumerate(found) if sentence.format(n) in p)
             for n in ("1.1", "1.2", "2.1", "2.2", "3.1", "3.2")]
    assert order == sorted(order) and len(set(order)) == 6, found
    heads = [found.index(h) for h in ("1 第1节标题", "2 第2节标题", "3 第3节标题")]
    assert heads[0] < order[0] and order[1] < heads[1] < order[2] and order[3] < heads[2] < order[4]
    # Each paragraph whole: its five sentences, ending with the fifth.
    for n in ("1.1", "1.2", "2.1", "2.2", "3.1", "3.2"):
        paragraph = next(p for p in found if sentence.format(n) in p)
        assert paragraph.count("用来检验两栏排版在抽取之后能否按栏读回。") == 5, paragraph


def test_columns_whose_lines_come_in_turn_are_told_not_read():
    """The two columns' baselines differ: each line of the right column comes on a line of
    its own, set far in, between the left column's lines. No gutter: one spot to
    review, the lines kept; a table's rows (cells set apart by spaces) are no such run."""
    rows = []
    for left, right in zip(LEFT[1:], RIGHT[1:], strict=True):
        rows += [" " * 36 + right.strip(), left]
    lines = list(enumerate(["某某标题", "", *rows, "", "下一段文字。"], start=1))
    result, repairs, doubts, _ = side_by_side_columns(lines)
    assert result == lines and not repairs
    assert [(d.kind, d.line, d.before) for d in doubts] == [
        ("side-by-side-columns", 3, "lines 3–10")]
    table = []
    for left, right in zip(LEFT[1:], RIGHT[1:], strict=True):
        table += [" " * 36 + right.strip(), "2019.03.05         " + left.strip()[:12]]
    lines = list(enumerate(table, start=1))
    assert side_by_side_columns(lines)[2] == []


def test_a_page_under_its_running_head_is_read_on_its_own():
    """Pages in columns under a running head and over a folio: the head and folio go, and
    each page's columns are read before the next page's (the page begins at its first
    line left, not at the head that went)."""
    def column(page: int, side: str) -> list[str]:
        return [f"第{page}页{side}栏第{i}行的文字说明了改造资金的来源，" for i in range(1, 5)]

    text = []
    for page in (1, 2, 3):
        rows = side_by_side(column(page, "左"), column(page, "右"))
        text += [("\f" if page > 1 else "") + "                城市更新研究 第 3 卷", "", "",
                 *rows, "", "", f"                          {page}"]
    found = "".join(paragraphs("\n".join(text) + "\n\f"))
    order = [found.index(f"第{page}页{side}栏第1行") for page in (1, 2, 3) for side in "左右"]
    assert order == sorted(order), found
    assert "城市更新研究" not in found


def test_a_left_column_line_alone_reaching_into_the_gutter_stays_in_the_left_column():
    """-layout places a column's lines a character or two apart: a left column's line with
    nothing beside it may end a little into the gutter's place; it is the left column's
    still (not the end of the stretch, nor cut in two)."""
    rows = side_by_side(LEFT[1:], RIGHT[1:], at=49)  # the left column's lines end by 46
    alone = "民的获得感不断增强，社区环境明显改善，群众满意度"  # 48 columns: into the gutter
    lines = list(enumerate([*rows[:2], alone, *rows[2:]], start=1))
    result, repairs, _, _ = side_by_side_columns(lines)
    assert len(repairs) == 1
    texts = [t.strip() for _, t in result]
    assert texts[:5] == [LEFT[1].strip(), LEFT[2], alone, LEFT[3], LEFT[4]], texts
