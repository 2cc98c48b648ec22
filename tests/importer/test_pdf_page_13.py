"""Raw `pdftotext -layout` pages of reports and papers (briefing/importer/extraction/,
cleanup.py): a watermark set across the page comes out one character a line between the
text's lines; a line's text is measured without the gaps the layout keeps in it. Every
text here is made up, in the shape of a report's first page."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.cleanup import clean_source, column_width
from briefing.importer.structure import build_draft

# A justified paragraph, lines of 52 display columns (26 Han), set 4 columns in.
BODY = [
    "    本报告梳理了某市近三年来城市更新工作的主要做法，分析了老旧小区改造",
    "    中资金筹措、居民参与和后期管护三个方面的经验与不足，提出建立多元投",
    "    入机制、完善社区自治平台和健全长效管护制度的建议，以期为同类城市开",
    "    展相关工作提供参考。从调查情况看，改造项目总体进展顺利，居民满意度",
    "    较高，但也存在资金来源单一、后续维护乏力、部分项目设计与居民需求脱",
    "    节等问题，需要在下一阶段加以解决。调查组共走访小区四十二个，发放问",
    "    卷一千二百份，回收有效问卷一千一百余份，召开座谈会十二场，听取了街",
    "    道、社区、物业企业和居民代表的意见建议，形成了本报告的主要结论。",
]


def page(watermark: bool) -> str:
    """The paragraph with (or without) 「内部资料」 across it on a diagonal: each character
    after the blank lines its large glyph took, further left than the one above."""
    if not watermark:
        return "\n".join(["              某市城市更新工作调查报告", "", *BODY]) + "\n"
    marks = {1: "内", 3: "部", 5: "资", 7: "料"}
    lines = ["              某市城市更新工作调查报告", ""]
    for index, line in enumerate(BODY):
        lines.append(line)
        if index in marks:
            lines += ["", "", "", " " * (70 - 6 * index) + marks[index]]
    return "\n".join(lines) + "\n"


def paragraphs(text: str) -> list[str]:
    cleaned = clean_source(text)
    return [block for block in "\n".join(t for _, t in cleaned.lines).split("\n\n")
            if block.strip()]


def test_watermark_characters_go_and_the_paragraph_goes_on_across_them() -> None:
    cleaned = clean_source(page(watermark=True))
    texts = [t.strip() for _, t in cleaned.lines]
    assert not {"内", "部", "资", "料"} & set(texts)
    assert [r.kind for r in cleaned.repairs].count("watermark") == 4
    assert paragraphs(page(watermark=True)) == paragraphs(page(watermark=False))
    body = paragraphs(page(watermark=True))[-1]
    assert body.count("\n") == len(BODY) - 1  # one paragraph: its lines, no blank between


def test_a_vertical_heading_is_no_watermark() -> None:
    """前/言 one above the other, at one place: no diagonal, no watermark."""
    text = page(watermark=False).replace(
        BODY[0], "\n".join(["", "                    前", "", "                    言", "",
                            "", "                    导", "", BODY[0]]), 1)
    cleaned = clean_source(text)
    assert "watermark" not in [r.kind for r in cleaned.repairs]


def test_a_lines_gap_is_no_part_of_its_width() -> None:
    """A running head with its folio far out and a line with a glyph's room left blank
    do not widen the column the text is wrapped at."""
    lines = [line.strip() for line in BODY] * 2
    lines[0] = "本报告所有内容版权归某研究院所有，转载请注明出处。" + " " * 50 + "1"
    lines[5] = lines[5][:10] + " " * 12 + lines[5][10:]
    assert column_width(lines) == column_width([line.strip() for line in BODY] * 2)


# A report printed from Markdown by a browser, then `pdftotext -layout`: ragged lines, no
# blank line between paragraphs, the bullets of its lists lost (the items set in by two
# spaces), a numbered list under a colon whose items look like the report's own heads.
REPORT = """某区智慧社区建设情况报告
 1. 建设背景
今年以来，我们按照全区统一部署推进智慧社区建设，先后完成了平台搭建和数据归集两项工作，
各街道也结合实际开展了试点。
本阶段的工作要求如下：
  平台覆盖全部社区
  数据按月更新
  群众办事不出社区
所以这一阶段的重点，不是铺开新的项目，而是把已经建成的系统真正用起来、用得好。
下一步安排分两步走：
 1. 先在三个街道完成试点并总结经验做法
 2. 再在全区推广成熟的做法和管理制度

 2. 主要做法
各街道结合实际，探索形成了一批可复制的经验，具体情况如下。
"""


def test_list_items_with_their_bullets_lost_are_paragraphs_of_their_own() -> None:
    cleaned = clean_source(REPORT + "\f")
    listed = [r for r in cleaned.repairs if r.kind == "list-items"]
    assert len(listed) == 2 and all(r.review for r in listed)  # a guess, told
    assert listed[0].after.split("\n") == ["平台覆盖全部社区", "数据按月更新", "群众办事不出社区"]
    draft = build_draft(REPORT + "\f", Path("report.txt"))
    texts = [node.text for node in draft.nodes]
    for item in ("平台覆盖全部社区", "数据按月更新", "群众办事不出社区",
                 "1. 先在三个街道完成试点并总结经验做法", "2. 再在全区推广成熟的做法和管理制度"):
        assert item in texts  # a paragraph of its own, joined to nothing
    headings = [node.text for node in draft.nodes if node.kind == "heading"]
    assert not any(text.startswith(("1. 先", "2. 再")) for text in headings)
    assert "2. 主要做法" in headings


def test_a_pages_head_with_its_folio_at_the_far_end_goes_and_is_told() -> None:
    """One page: no repeat shows the head furniture; its folio at the line's far end, the
    blank line under it, and no other line of the page so ending, do."""
    head = "本报告所有内容版权归某研究院所有，转载请注明出处。" + " " * 40 + "1"
    text = "\n".join([head, "", "", page(watermark=False)])
    cleaned = clean_source(text)
    assert head not in [t for _, t in cleaned.lines]
    dropped = [r for r in cleaned.repairs if r.kind == "running-head"]
    assert len(dropped) == 1 and dropped[0].review and dropped[0].line == 1
    # A contents page's entries all end so: none of them is a running head.
    entries = "\n".join(f"第{n}章　某某工作情况" + " " * 30 + str(n) for n in range(1, 5))
    contents = clean_source("\n\n".join([entries, page(watermark=False)]))
    assert "running-head" not in [r.kind for r in contents.repairs]


PAPER = [
    "                          城市更新研究综述",
    "    作者：赵甲，钱乙 *，孙丙 *，李丁，周戊，吴己，郑庚，",
    "      王辛，冯壬，陈癸，褚子，卫丑，蒋寅，沈卯",
    "                 校对：韩辰，杨巳",
    "",
    "",
]


def test_a_labelled_author_line_with_marks_gives_every_author() -> None:
    cleaned = clean_source("\n".join(PAPER + [page(watermark=False)]))
    assert cleaned.authors == ["赵甲", "钱乙", "孙丙", "李丁", "周戊", "吴己", "郑庚", "王辛",
                               "冯壬", "陈癸", "褚子", "卫丑", "蒋寅", "沈卯"]
    assert cleaned.fields.get("title") == "城市更新研究综述"
    texts = "\n".join(t for _, t in cleaned.lines)
    assert "作者" not in texts and "校对：韩辰，杨巳" in texts


def test_a_dash_under_a_line_broken_mid_word_goes_on_the_sentence() -> None:
    """「…创造了术语」 ⏎ 「——大语言模型…」: the sentence's dash, no list item."""
    body = list(BODY)
    body[4] = "    较高，但也存在资金来源单一、后续维护乏力、部分项目设计与居民需求"
    body[5] = "    ——脱节等问题，需要在下一阶段加以解决。调查组共走访小区四十二个，发"
    text = "\n".join(["              某市城市更新工作调查报告", "", *body]) + "\n"
    assert len(paragraphs(text)[-1].split("\n")) == len(BODY)


def test_an_author_label_alone_over_the_names_gives_them() -> None:
    """「译者（按姓氏笔画排序）：」 on its line, the names on the line under it."""
    head = ["                某市数据条例（译本）", "", "译者（按姓氏笔画排序）：",
            "王甲、石乙、刘丙", "", "审校：孙丁", ""]
    cleaned = clean_source("\n".join(head + [page(watermark=False)]))
    assert cleaned.authors == ["王甲", "石乙", "刘丙"]
    texts = "\n".join(t for _, t in cleaned.lines)
    assert "译者" not in texts and "审校：孙丁" in texts
