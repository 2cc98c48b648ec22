"""The jianbao template: Chinese numerals, the masthead fields, and the page as built."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLE
from pdfread import glyphs, outline
from pdfread import pages as read_pages

from briefing.build import build, role_texts
from briefing.cjk import RIGHT_BLANK
from briefing.errors import InputError
from briefing.loader import load_briefing
from briefing.numerals import chinese_numeral, heading_number

MM = 72 / 25.4
RED = (0.901961, 0.0, 0.070588)  # #e60012

# ------------------------------------------------------------------ numerals


@pytest.mark.parametrize(("value", "text"), [
    (0, "零"), (1, "一"), (2, "二"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"),
    (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "一百"), (101, "一百零一"),
    (110, "一百一十"), (111, "一百一十一"), (1000, "一千"), (1001, "一千零一"),
    (1010, "一千零一十"), (1100, "一千一百"), (9999, "九千九百九十九"), (10000, "一万"),
    (10001, "一万零一"), (10010, "一万零一十"), (10500, "一万零五百"), (100000, "十万"),
    (105000, "十万五千"), (110000, "十一万"), (1000001, "一百万零一"),
    (100000000, "一亿"), (100010000, "一亿零一万"), (100000001, "一亿零一"), (-3, "负三"),
])
def test_chinese_numerals(value, text):
    assert chinese_numeral(value) == text


def test_chinese_numerals_refuse_what_they_cannot_write():
    with pytest.raises(TypeError):
        chinese_numeral(1.5)
    with pytest.raises(TypeError):
        chinese_numeral(True)
    with pytest.raises(ValueError):
        chinese_numeral(10**12)


def test_heading_numbers_follow_gbt_9704():
    assert [heading_number(1, i) for i in (1, 2, 10, 11)] == ["一、", "二、", "十、", "十一、"]
    assert [heading_number(2, i) for i in (1, 4, 12)] == ["（一）", "（四）", "（十二）"]
    assert heading_number(3, 7) == "7."
    assert heading_number(4, 2) == "（2）"
    with pytest.raises(ValueError):
        heading_number(5, 1)
    with pytest.raises(ValueError):
        heading_number(1, 0)


# ------------------------------------------------------------------ front matter

JIANBAO_FRONT = """\
---
title: 测试简报标题
date: 2021-03-19
template: jianbao
jianbao:
  name: 生态环境工作简报
  issue: 12
  issue_numerals: chinese
  unit: 某某市生态环境局
  distribution:
    报: [省生态环境厅]
    发: [各区分局]
  copies: 80
---
"""


def test_masthead_fields_load_with_chinese_keys(make_briefing):
    folder = make_briefing("正文第一段。\n", front=JIANBAO_FRONT)
    jianbao = load_briefing(folder).meta.jianbao
    assert jianbao.name == "生态环境工作简报" and jianbao.issue == 12
    assert jianbao.distribution.bao == ["省生态环境厅"] and jianbao.distribution.fa == ["各区分局"]
    assert jianbao.total_issue is None and jianbao.copies == 80


def test_missing_masthead_names_the_template_line(make_briefing, tmp_path):
    front = "---\ntitle: 标题\ndate: 2021-03-19\ntemplate: jianbao\n---\n"
    folder = make_briefing("正文。\n", front=front)
    with pytest.raises(InputError) as caught:
        build(folder, tmp_path / "out.pdf")
    problem = caught.value.problems[0]
    assert problem.file.name == "article.md" and problem.line == 4
    assert "jianbao:" in problem.message and "name" in problem.fix
    assert not (tmp_path / "out.pdf").exists()


def test_check_reports_the_missing_masthead(make_briefing):
    from briefing.checks import check_briefing
    from briefing.render import FONTS_DIR

    front = "---\ntitle: 标题\ndate: 2021-03-19\ntemplate: jianbao\n---\n"
    report = check_briefing(make_briefing("正文。\n", front=front), fonts_dir=FONTS_DIR)
    assert any("jianbao:" in p.message and p.line == 4 for p in report.problems)


def test_masthead_asked_for_by_option_names_the_template_line(make_briefing, tmp_path):
    folder = make_briefing("正文。\n")  # template: reprint, no jianbao block
    with pytest.raises(InputError) as caught:
        build(folder, tmp_path / "out.pdf", template="jianbao")
    problem = caught.value.problems[0]
    assert problem.file.name == "article.md" and problem.line == 7  # the `template:` line


def test_missing_required_masthead_field_names_its_line(make_briefing, tmp_path):
    front = JIANBAO_FRONT.replace("  name: 生态环境工作简报\n", "")
    folder = make_briefing("正文。\n", front=front)
    with pytest.raises(InputError) as caught:
        load_briefing(folder)
    problem = caught.value.problems[0]
    assert "jianbao.name" in problem.message and problem.line == 5


def test_masthead_needs_a_date(make_briefing, tmp_path):
    front = JIANBAO_FRONT.replace("date: 2021-03-19\n", "")
    folder = make_briefing("正文。\n", front=front)
    with pytest.raises(InputError) as caught:
        build(folder, tmp_path / "out.pdf")
    assert "date" in caught.value.problems[0].message
    assert caught.value.problems[0].line == 4  # the `jianbao:` line


def test_glyph_check_covers_masthead_and_official_numbers():
    briefing = load_briefing(SAMPLE)
    items = list(role_texts(briefing))
    kai = "".join(item.text for item in items if item.role == "kai")
    assert briefing.meta.jianbao.editor_note in kai
    assert "（一）" in kai  # second-level headings are set in 楷体
    titles = "".join(item.text for item in items if item.role == "title")
    assert briefing.meta.jianbao.name in titles


# ------------------------------------------------------------------ the built sample


@pytest.fixture(scope="module")
def jianbao_pdf(sample_template_pdf):
    return sample_template_pdf("jianbao")


@pytest.fixture(scope="module")
def pages(jianbao_pdf):
    return read_pages(jianbao_pdf)  # (the parse shared by the run)


def _text(chars) -> str:
    return "".join(c["text"] for c in chars)


def test_masthead_name_red_heavy_serif_centred(pages):
    name = load_briefing(SAMPLE).meta.jianbao.name
    chars = [c for c in pages[0].chars if c["size"] > 30]
    assert _text(chars) == name
    assert all("Serif" in c["fontname"] and "Bold" in c["fontname"] for c in chars)
    assert all(tuple(c["non_stroking_color"]) == pytest.approx(RED, abs=0.01) for c in chars)
    middle = (chars[0]["x0"] + chars[-1]["x1"]) / 2
    assert middle == pytest.approx(28 * MM + 224, abs=3)  # centred on the 448 pt block


def test_masthead_issue_unit_date_and_red_rule(pages):
    page = pages[0]
    text = re.sub(r"\s", "", page.extract_text())
    assert "第3期（总第156期）" in text
    assert "吕梁市生态环境局办公室2022年1月20日" in text
    unit = next(w for w in page.extract_words() if w["text"].startswith("吕梁市生态环境局办公室"))
    date = next(w for w in page.extract_words() if w["text"] == "2022")
    assert unit["x0"] < 200 and date["x0"] > 350  # unit at the left, date at the right
    rules = [r for r in page.rects if r["non_stroking_color"]
             and tuple(r["non_stroking_color"]) == pytest.approx(RED, abs=0.01)]
    assert rules, "no red rule"
    # A border is painted as the area between two rectangles: the rule is their bottoms.
    assert all(r["x0"] == pytest.approx(28 * MM, abs=0.5) for r in rules)
    assert all(r["x1"] - r["x0"] == pytest.approx(448, abs=0.5) for r in rules)
    rule_top, rule_bottom = min(r["bottom"] for r in rules), max(r["bottom"] for r in rules)
    assert rule_bottom - rule_top == pytest.approx(2, abs=0.1)  # 2 pt across the block
    assert unit["bottom"] < rule_top


def test_title_22pt_centred_and_editor_note_in_kai(pages):
    page = pages[0]
    title = [c for c in page.chars if round(c["size"]) == 22]
    assert _text(title) == load_briefing(SAMPLE).meta.title
    middle = (title[0]["x0"] + title[-1]["x1"]) / 2
    assert middle == pytest.approx(28 * MM + 224, abs=3)
    note = load_briefing(SAMPLE).meta.jianbao.editor_note
    kai = _text(c for c in page.chars if "UKai" in c["fontname"])
    assert note[:10] in kai


def test_body_on_the_gbt_9704_grid(pages):
    body = [c for page in pages[1:-1] for c in page.chars  # 仿宋 (tests/templates/test_gbt9704.py)
            if "FandolFang" in c["fontname"] and "Bold" not in c["fontname"]
            and round(c["size"]) == 16]
    assert body, "no 16 pt body text"
    left = min(c["x0"] for c in body)
    assert left == pytest.approx(28 * MM, abs=0.5)  # 订口 28 mm
    # (a pause or closing mark ends a squeezed line with its glyph, the blank half of
    # its advance beyond the edge: its ink ends half an em earlier; a mark that hangs
    # — jianbao's --briefing-hanging — starts at the edge)
    edge = 28 * MM + 448  # 28 characters of 16 pt
    hung = [c for c in body if c["text"] in RIGHT_BLANK and c["x0"] > edge - 1]
    assert all(c["x0"] == pytest.approx(edge, abs=1) for c in hung), hung
    right = max(c["x0"] + c["size"] / 2 if c["text"] in RIGHT_BLANK else c["x1"]
                for c in body if c not in hung)
    assert right == pytest.approx(edge, abs=1)
    top = min(c["top"] for c in pages[1].chars if round(c["size"]) == 16)
    assert 37 * MM < top < 37 * MM + 14  # 天头 37 mm: the first line's glyphs just below


def test_sample_keeps_the_28_by_22_grid(jianbao_pdf):
    from briefing.preflight import measure

    report = measure(jianbao_pdf, grid=(28, 22))
    assert report.violations == [], [str(v) for v in report.violations]
    assert set(report.chars_per_line) == {28}
    # most pages hold a chart or a table; those whose text runs on hold 22 lines
    assert report.lines_per_page and set(report.lines_per_page) == {22}


def test_headings_numbered_and_set_by_level(pages, jianbao_pdf):
    chars = [c for page in pages for c in glyphs(page)]
    text = _text(chars)
    assert "一、“从一到六”：党建引领，凝心聚力" in text
    assert "二、执法“利剑”高悬" in text
    assert "（一）“一把手”责任压实" in text and "（六）“六有标准”建阵地" in text
    first = text.index("（一）“一把手”")
    heading_chars = chars[first:first + 3]
    assert all("UKai" in c["fontname"] for c in heading_chars)  # （一） in 楷体
    level_one = text.rindex("一、“从一到六”")  # in the body (the first is in the contents)
    assert "Sans" in chars[level_one]["fontname"]  # 一、 in 黑体
    marks = [title for depth, title in outline(jianbao_pdf)]
    assert "一、“从一到六”：党建引领，凝心聚力" in marks
    assert "（一）“一把手”责任压实" in marks


def test_page_numbers_outside_odd_right_even_left(pages):
    for number, page in enumerate(pages[:4], 1):
        words = [w for w in page.extract_words() if w["top"] > 742]
        text = "".join(w["text"] for w in words)
        assert text == f"—{number}—", text
        size = next(c["size"] for c in page.chars if c["text"] == str(number)[0]
                    and c["top"] > 742)
        assert size == pytest.approx(14, abs=0.01)
        if number % 2:
            assert words[-1]["x1"] == pytest.approx(28 * MM + 448 - 14, abs=0.5)
        else:
            assert words[0]["x0"] == pytest.approx(28 * MM + 14, abs=0.5)


def test_end_block_at_the_foot_of_the_last_page(pages):
    last = pages[-1]
    text = last.extract_text()
    for expected in ("报：山西省生态环境厅。", "送：市委办公室", "发：各县（市、区）生态环境分局。",
                     "（共印120份）"):
        assert expected in re.sub(r"\s", "", text)
    closing = [c for c in last.chars if c["text"] == "份"][-1]
    assert closing["x1"] + 14 == pytest.approx(28 * MM + 448 - 14, abs=1)  # at the right
    bottom_rule = max(r["bottom"] for r in last.rects if r["x1"] - r["x0"] > 400)
    assert bottom_rule == pytest.approx(37 * MM + 22 * 28.95, abs=3)  # the text block's foot
    # No other page carries it.
    assert all("共印" not in (page.extract_text() or "") for page in pages[:-1])


OWN_NUMBERS = """\
## 禄丰市人民政府常务会议议事规则

### 第一章 总 则

第一条 为推进市政府常务会议议事决策科学化、民主化、制度化，制定本规则。

### 第二章 会议组成

第四条 市政府常务会议由市长、副市长、市政府办公室主任组成。

## 其他事项

### 工作要求

各地区各部门要认真落实本通知要求。
"""


def test_a_heading_with_its_own_ordinal_is_not_numbered_again(make_briefing, tmp_path):
    """The chapters of a 规则 a 通知 prints (「第一章 总 则」) keep their own ordinal: the
    official number would number them twice (「（一）第一章」, a-notice-lufeng-2024's
    jianbao). Other headings are numbered as before, their count going on, in the body,
    the bookmarks and the contents."""
    front = ("---\ntitle: 测试简报标题\ndate: 2021-03-19\ntemplate: jianbao\n"
             "jianbao: {name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}\n---\n")
    out = tmp_path / "own.pdf"
    build(make_briefing(OWN_NUMBERS, front=front), out, toc=True)
    text = "".join(re.sub(r"\s", "", page.extract_text()) for page in read_pages(out))
    for expected in ("一、禄丰市人民政府常务会议议事规则", "二、其他事项", "（一）工作要求"):
        assert text.count(expected) == 2, expected  # the contents, then the body
    assert text.count("第一章总则") == 2 and text.count("第二章会议组成") == 2
    assert "）第一章" not in text and "）第二章" not in text and "、第一章" not in text
    labels = [re.sub(r"\s", "", title) for _, title in outline(out)]
    assert "第一章总则" in labels and "（一）工作要求" in labels, labels
