"""The thirty-third set's round (issue 11): made-up texts of the shapes that went wrong on
the thirty-third set once it joined tuning.

A feed's repost runs the headline, the feed's time stamp (「Jul 17th 2018, 19:50」) and the
text into one line: set apart, the stamp the date. A blog's comment box under the text
(「沒有留言:」 ⏎ 「張貼留言」) is the page's foot. A table copied a cell a line, each cell closed
by its bar, with its header's empty corner cell copied last (「||」 ⏎ 「绝对额 |」 ⏎ 「增长 |」 ⏎
「|」): the corner goes first; its notes, their lines closed by bars too, are notes.
"""

from __future__ import annotations

from conftest import front_matter, import_text

STORY = ("中新网南京7月17日电 (记者 刘林)截至6月30日,苏宿园区PM2.5浓度为63μg/m3,同比上升10.5%;"
         "空气质量优良天数比率为57.8%,同比下降6.6个百分点,降幅全市最大。7月17日下午,宿迁市政府对该市"
         "苏宿园区进行公开约谈,以推进问题整改。")


def test_a_feeds_headline_and_stamp_run_into_the_text_are_set_apart(tmp_path):
    result, body = import_text(
        tmp_path, f"空气质量恶化严重 宿迁市政府公开约谈苏宿园区 Jul 17th 2018, 19:50 {STORY}\n"
                  "沒有留言:\n張貼留言\n", "feed.txt")
    facts = front_matter(result)
    assert facts["title"] == "空气质量恶化严重 宿迁市政府公开约谈苏宿园区"
    assert str(facts["date"]) == "2018-07-17"
    assert body.strip().startswith("中新网南京7月17日电")
    assert "Jul" not in body and "留言" not in body


def test_an_iso_stamp_too_and_no_stamp_no_split(tmp_path):
    result, _ = import_text(tmp_path, f"宿迁市政府公开约谈苏宿园区 2018-07-17 19:50 {STORY}\n",
                            "iso.txt")
    assert str(front_matter(result)["date"]) == "2018-07-17"
    result, _ = import_text(tmp_path, f"宿迁市政府公开约谈苏宿园区 {STORY}\n", "plain.txt")
    assert "feed-head" not in {repair.kind for repair in result.repairs}


def closed(*cells: str) -> str:
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


def test_a_closed_cell_tables_corner_cell_copied_last_goes_first(tmp_path):
    rows = [("GDP", "568845", "7.7"), ("第一产业", "56957", "4.0"), ("第二产业", "249684", "7.8"),
            ("第三产业", "262204", "8.3")]
    text = ("2014年GDP初步核算情况\n\n根据有关基础资料，2014年我国GDP初步核算结果如下：\n"
            "表1：2014年GDP初步核算数据 |\n||\n" + closed("绝对额（亿元）", "比上年同期增长（%）", "")
            + "".join(closed(*row) for row in rows)
            + "注：1.绝对额按现价计算，增长速度按不变价计算。 |\n||\n2.行业分类采用国民经济行业分类。 |\n")
    _, body = import_text(tmp_path, text, "gdp.txt")
    assert "Table: 表1：2014年GDP初步核算数据" in body
    assert "|  | 绝对额（亿元） | 比上年同期增长（%） |" in body
    assert "| 第三产业 | 262204 | 8.3 |" in body
    assert "::: note\n注：1.绝对额按现价计算，增长速度按不变价计算。" in body
    assert "\n|\n" not in body and "。 |" not in body  # no bar printed
