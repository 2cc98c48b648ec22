"""The briefing folder -> model: structure, and errors that name file, line and fix."""

from __future__ import annotations

import pytest
from conftest import FIGURES as FIGURES_TEMPLATE

from briefing.errors import EXIT_BAD_INPUT, InputError
from briefing.loader import load_briefing
from briefing.model import Figure, Paragraph, Quote, Table

BODY = """\
导语第一段，PM<sub>2.5</sub>平均浓度为27μg/m<sup>3</sup>。
这一行与上一行连成一段。

## 一、第一部分

### 1 “一把手”责任压实

正文段落。

::: figure
图片说明文字。
:::

Table: 表1 主要指标
| 指标 | 数值 |
|---|---:|
| 甲 | 1 |

> 引用的话。

### （四）加强生态建设，推进发展方式转型。

其余正文。

## 二、第二部分

#### 不允许跳级
"""


def test_structure(make_briefing):
    folder = make_briefing(BODY.replace("#### 不允许跳级\n", "### 2 第二小节\n\n文字。\n"))
    briefing = load_briefing(folder)
    assert briefing.meta.title == "测试简报标题"
    assert briefing.meta.locale == "zh_Hans_CN"
    [lead] = briefing.lead
    assert lead.text.plain == "导语第一段，PM2.5平均浓度为27μg/m3。这一行与上一行连成一段。"
    assert [s.marks for s in lead.text.spans if s.marks] == [("sub",), ("sup",)]
    sections = list(briefing.walk_sections())
    assert [(s.level, s.number, s.title.plain, s.run_in) for s in sections] == [
        (1, "一、", "第一部分", False),
        (2, "1", "“一把手”责任压实", False),
        (2, "（四）", "加强生态建设，推进发展方式转型。", True),
        (1, "二、", "第二部分", False),
        (2, "2", "第二小节", False),
    ]
    kinds = [type(b) for b in sections[1].blocks]
    assert kinds == [Paragraph, Figure, Table, Quote]
    table = sections[1].blocks[2]
    assert table.caption.plain == "表1 主要指标"
    assert table.align == [None, "right"]
    assert sections[1].blocks[1].caption.plain == "图片说明文字。"


def test_a_heading_opening_with_a_word_of_digits_has_no_number(make_briefing):
    # 「2020年工作回顾」「3D打印产业」「0X00 …」: a year, a word — no number set apart (it printed
    # 「2020 年工作回顾」); a number with a space, a stop or 、 after it is one
    folder = make_briefing("导语。\n\n## 2020年工作回顾\n\n文字。\n\n### 3D打印产业\n\n文字。\n\n"
                           "### 4.1适用范围\n\n文字。\n\n### 0X00 先说两句\n\n文字。\n\n"
                           "## 2、第二部分\n\n文字。\n")
    sections = list(load_briefing(folder).walk_sections())
    assert [(s.number, s.title.plain) for s in sections] == [
        (None, "2020年工作回顾"), (None, "3D打印产业"), ("4.1", "适用范围"),
        (None, "0X00 先说两句"), ("2、", "第二部分")]


@pytest.mark.parametrize(
    ("body", "line", "needle"),
    [
        (BODY, 36, "heading level jumps"),
        ("正文<sub>2.5。\n", 10, "<sub> is not closed"),
        ("正文</sup>。\n", 10, "</sup> closes nothing"),
        ("正文<img src='file:///etc/passwd'>。\n", 10, "is not allowed"),
        ("正文<span style='x'>a</span>。\n", 10, "is not allowed"),
        ("# 标题\n\n正文。\n", 10, "level-1 heading"),
        ("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n", 12, "3 cells, the header has 2"),
        ("::: figure\n![x](file:///etc/passwd)\n说明。\n:::\n", 10, "outside the briefing folder"),
        ("::: figure\n![x](../secret.png)\n说明。\n:::\n", 10, "outside the briefing folder"),
    ],
)
def test_bad_body_names_line(make_briefing, body, line, needle):
    folder = make_briefing(body)
    with pytest.raises(InputError) as caught:
        load_briefing(folder)
    error = caught.value
    assert error.exit_code == EXIT_BAD_INPUT
    problem = next(p for p in error.problems if needle in p.message)
    assert problem.file == folder / "article.md"
    assert problem.line == line
    assert problem.fix


@pytest.mark.parametrize(
    ("front", "line", "needle"),
    [
        ("---\ntitle: 标题\ncolour: red\n---\n", 3, "unknown key 'colour'"),
        ("---\ntitle: 标题\noptions:\n  paper: A3\n---\n", 4, "options.paper"),
        ("---\ntitle: [unclosed\n---\n", 2, "malformed YAML"),
        ("---\ntitle: 标题\nlanguage: null\nsubtitle: 副标题\n---\n", 3, "'language' has no value"),
        ("---\ntitle: 标题\nlanguage:\n---\n", 3, "'language' has no value"),
        ("---\ntitle: ''\n---\n", 2, "'title'"),
        ("---\ntitle: 标题\ndate: 2021-13-45\n---\n", 3, "'date'"),
        ("title: 标题\n", 1, "no YAML front matter"),
        ("---\ntitle: 标题\n", 1, "not closed"),
    ],
)
def test_bad_front_matter(make_briefing, front, line, needle):
    folder = make_briefing("正文。\n", front=front)
    with pytest.raises(InputError) as caught:
        load_briefing(folder)
    problem = next(p for p in caught.value.problems if needle in p.message)
    assert (problem.file, problem.line) == (folder / "article.md", line)


FIGURES = FIGURES_TEMPLATE.format(sentence="优良天数281天，比例为77%。")


def test_figures_anchor_to_their_sentence(make_briefing):
    folder = make_briefing("第一段。\n\n今年优良天数281天，比例为77%。第二句。\n",
                           figures=FIGURES)
    briefing = load_briefing(folder)
    [group] = briefing.figures
    assert group.anchor == briefing.lead[1].id
    assert group.rows[0].line == 5


def test_a_figures_value_keeps_the_digits_it_is_written_with(make_briefing):
    # YAML reads 120.30 as the float 120.3: the table would print 120.3 beside a sentence
    # that says 120.30 (and 104.10 of an index as 104.1)
    sentence = "全年地区生产总值达到120.30亿元，综合消费物价指数为104.10。"
    figures = FIGURES_TEMPLATE.format(sentence=sentence).replace(
        "value: 281\n        unit: 天", "value: 120.30\n        unit: 亿元").replace(
        "      - label: 优良天数",
        "      - label: 综合消费物价指数\n        value: 104.10\n        source: " + sentence
        + "\n      - label: 地区生产总值")
    briefing = load_briefing(make_briefing(f"{sentence}\n", figures=figures))
    assert [str(row.value) for row in briefing.figures[0].rows] == ["104.10", "120.30"]


@pytest.mark.parametrize(
    ("figures", "line", "needle"),
    [
        # (a sentence edited in article.md is still found: `check` reports it stale)
        (FIGURES.replace("优良天数281天，比例为77%。", "今年降水偏多。"), 8,
         "not in article.md"),
        (FIGURES.replace("unit: 天", "unit: 天\n        colour: red"), 8, "unknown key"),
        (FIGURES.replace("id: air", "id: Air Quality"), 2, "groups.0.id"),
        (FIGURES.replace("value: 281", "value: 很多"), 6, "value"),
        ("groups: [\n", 2, "malformed YAML"),
        # figures.yaml's top level is a model too: an unknown key at its own line.
        (FIGURES + "colour: red\n", 9, "unknown key 'colour'"),
        ("groups: {id: air}\n", 1, "'groups': Input should be a valid list"),
    ],
)
def test_bad_figures(make_briefing, figures, line, needle):
    folder = make_briefing("今年优良天数281天，比例为77%。\n", figures=figures)
    with pytest.raises(InputError) as caught:
        load_briefing(folder)
    problem = next(p for p in caught.value.problems if needle in p.message)
    assert (problem.file.name, problem.line) == ("figures.yaml", line)


def test_front_matter_and_figures_are_each_composed_once(make_briefing, yaml_calls):
    calls = yaml_calls
    folder = make_briefing("今年优良天数281天，比例为77%。\n", figures=FIGURES)
    briefing = load_briefing(folder)
    assert calls == {"compose": 2, "load": 0}  # one each, data built from the nodes
    assert briefing.meta.title and briefing.figures[0].rows[0].value == 281
    assert briefing.meta_lines["title"] == 2


def test_yaml_helpers_read_every_kind_of_file_with_lines(tmp_path):
    from pydantic import BaseModel, ConfigDict

    from briefing.yamlfile import read_yaml

    class Settings(BaseModel):
        model_config = ConfigDict(extra="forbid")
        size: int = 1
        name: str = "x"

    path = tmp_path / "settings.yaml"
    path.write_text("# settings\nsize: big\nnmae: y\n", "utf-8")
    with pytest.raises(InputError) as caught:
        read_yaml(path, Settings)
    assert [(p.file, p.line) for p in caught.value.problems] == [(path, 2), (path, 3)]
    assert "did you mean 'name'" in caught.value.problems[1].message
    # A text with the lines before it (front matter: the '---').
    assert read_yaml("size: 3\n", Settings, file=path, line_offset=1).size == 3
    assert read_yaml("", Settings, file=path) == Settings()


def test_a_key_that_is_a_mapping_or_a_list_is_refused_with_its_line(make_briefing):
    # Found by the fuzzer (make fuzz): 「{}:」 is valid YAML, but no Python mapping can hold
    # a mapping as a key — it was an uncaught ConstructorError, a traceback with exit 1.
    folder = make_briefing("正文。\n")
    for key in ("{}", "[a, b]"):
        (folder / "article.md").write_text(f"---\ntitle: x\n{key}: y\n---\n\n正文。\n",
                                           "utf-8")
        with pytest.raises(InputError) as caught:
            load_briefing(folder)
        problem = caught.value.problems[0]
        assert "list or a mapping" in problem.message and problem.line == 3


def test_binary_and_non_utf8(make_briefing):
    folder = make_briefing("正文。\n")
    (folder / "article.md").write_bytes(b"---\ntitle: \xff\xfe\n---\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_briefing(folder)
    (folder / "article.md").write_bytes(b"---\ntitle: x\n---\n\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        load_briefing(folder)


def test_markdown_that_chinese_text_is_not(make_briefing):
    # "1. " at a paragraph start, indented text and [x](y) stay text.
    folder = make_briefing("1. 第一条内容。\n\n    缩进的段落。\n\n见[附件](http://x)。\n")
    texts = [b.text.plain for b in load_briefing(folder).lead]
    assert texts == ["1. 第一条内容。", "缩进的段落。", "见[附件](http://x)。"]


def test_a_paragraph_a_blank_line_above_a_table_is_kept(make_briefing):
    folder = make_briefing("本月各断面水质良好。\n\n| 断面 | 水质 |\n|---|---|\n| 甲桥 | 优 |\n")
    briefing = load_briefing(folder)
    kinds = [type(block).__name__ for block in briefing.walk_blocks()]
    assert kinds == ["Paragraph", "Table"]
    assert briefing.lead[0].text.plain == "本月各断面水质良好。"
