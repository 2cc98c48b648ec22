"""Tables as the source has them (issue 12, item 3).

The loader's model (header rows, merged cells, empty cells, caption, notes; pipe and
HTML tables), and the built PDF measured from glyph positions with pdfplumber: merged
headers centred, numbers aligned, padding, headers unbroken, splits with three rows on
each side and 「（续表）」, short tables whole, caption and notes in their own style.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FRONT, write_briefing
from pdfread import pages as read_pages
from pdfread import pages_read

from briefing.build import build
from briefing.errors import InputError
from briefing.loader import load_briefing, merge_cells, table_notices
from briefing.model import RichText, Span, Table, TableCell

JIANBAO_FRONT = FRONT.replace(
    "template: reprint",
    "template: jianbao\njianbao: {name: 生态环境工作简报, issue: 3, unit: 吕梁市生态环境局办公室}")

AIR = """\
Table: 表1 2024年1月各市空气质量统计表
| 城市 | 优良率（%） | < | < | PM<sub>2.5</sub>浓度（μg/m<sup>3</sup>） | < |
| ^ | 本月 | 上月 | 去年同期 | 本月 | 同比（%） |
|---|---|---|---|---|---|
| 太原 | 80.6 | 77.4 | 71.0 | 41 | -10.9 |
| 大同 | 90.3 | 87.5 | 88.2 | 30 | 3.4 |
| 阳泉 | 75.2 | 79.9 | 70.6 | 45 | -2.2 |
| 长治 | 81.0 | 84.4 | 79.3 | 38 | -7.3 |
| 晋城 | 69.4 | 72.1 | 66.8 | 47 | 0.0 |

::: note
注：优良率为优良天数占有效监测天数的比例。
:::
"""

MONEY = """\
Table: 表2 生态环保资金投入
| 项目 | 类别 | 年份 | 安排资金总额（万元） | 单位 | 来源 | 批次 | 备注 |
|---|---|---|---|---|---|---|---|
| 大气污染防治 | 专项 | 2021 | 16398.12 | 万元 | 中央 | 第一批 | 含结转资金 |
| 水污染防治 | 专项 | 2021 | 2345.5 | 万元 | 省级 | 第二批 | 无 |
| 土壤污染防治 | 一般 | 2021 | 880 | 万元 | 市级 | 第一批 | 新增项目 |
| 农村环境整治 | 一般 | 2021 | 12.25 | 万元 | 县级 | 第三批 | 无 |
"""

HEAVY = f"""\
导语：本文检验表格的排版。

## 一、空气质量

2024年1月，全省空气质量总体稳定，各市情况见下表。

{AIR}
各市财政投入情况如下。

{MONEY}
以上为资金情况。
"""


# ---------------------------------------------------------------- the model


def _table(body: str, tmp_path: Path) -> Table:
    folder = write_briefing(tmp_path / "brief", "导语。\n\n" + body)
    briefing = load_briefing(folder)
    return next(b for b in briefing.walk_blocks() if isinstance(b, Table))


def _shape(rows: list[list[TableCell]]) -> list[list[tuple]]:
    return [[(c.plain, c.col, c.colspan, c.rowspan) for c in row] for row in rows]


def test_pipe_table_with_two_header_rows_and_merged_cells(tmp_path):
    table = _table(AIR, tmp_path)
    assert table.caption.plain == "表1 2024年1月各市空气质量统计表"
    assert _shape(table.header) == [
        [("城市", 0, 1, 2), ("优良率（%）", 1, 3, 1), ("PM2.5浓度（μg/m3）", 4, 2, 1)],
        [("本月", 1, 1, 1), ("上月", 2, 1, 1), ("去年同期", 3, 1, 1), ("本月", 4, 1, 1),
         ("同比（%）", 5, 1, 1)],
    ]
    assert table.header[0][2].text.spans[1] == Span(text="2.5", marks=("sub",))
    assert len(table.rows) == 5 and all(len(row) == 6 for row in table.rows)
    assert [n.plain for n in table.notes] == ["注：优良率为优良天数占有效监测天数的比例。"]
    assert table.numeric == [False, True, True, True, True, True]
    assert table.decimals == [0, 1, 1, 1, 0, 1]


def test_html_table_maps_into_the_same_model(tmp_path):
    html = """\
<table>
<caption>表1 2024年1月各市空气质量统计表</caption>
<thead>
<tr><th rowspan="2">城市</th><th colspan="3">优良率（%）</th>
    <th colspan="2">PM<sub>2.5</sub>浓度（μg/m<sup>3</sup>）</th></tr>
<tr><th>本月</th><th>上月</th><th>去年同期</th><th>本月</th><th>同比（%）</th></tr>
</thead>
<tbody>
<tr><td>太原</td><td>80.6</td><td>77.4</td><td>71.0</td><td>41</td><td>-10.9</td></tr>
<tr><td>大同</td><td>90.3</td><td>87.5</td><td>88.2</td><td>30</td><td>3.4</td></tr>
</tbody>
</table>

::: note
注：优良率为优良天数占有效监测天数的比例。
:::
"""
    from_html = _table(html, tmp_path / "html")
    from_pipe = _table(AIR, tmp_path / "pipe")
    assert _shape(from_html.header) == _shape(from_pipe.header)
    assert from_html.header[0][2].text == from_pipe.header[0][2].text  # <sub>, <sup>
    assert _shape(from_html.rows) == _shape(from_pipe.rows)[:2]
    assert from_html.caption.plain == from_pipe.caption.plain
    assert from_html.notes == from_pipe.notes


def test_html_table_rowspan_in_the_body_and_header_of_th_rows(tmp_path):
    table = _table("""\
<table>
<tr><th>地区</th><th>县</th><th>数量</th></tr>
<tr><td rowspan="2">吕梁</td><td>孝义</td><td>3</td></tr>
<tr><td>汾阳</td><td></td></tr>
</table>
""", tmp_path)
    assert _shape(table.header) == [[("地区", 0, 1, 1), ("县", 1, 1, 1), ("数量", 2, 1, 1)]]
    assert _shape(table.rows) == [[("吕梁", 0, 1, 2), ("孝义", 1, 1, 1), ("3", 2, 1, 1)],
                                  [("汾阳", 1, 1, 1), ("", 2, 1, 1)]]  # empty cell kept
    assert table.numeric == [False, False, True]


def test_caption_line_before_an_html_table(tmp_path):
    table = _table("Table: 表3 HTML表\n<table><tr><th>甲</th><th>乙</th></tr>"
                   "<tr><td>1</td><td>2.5</td></tr></table>\n", tmp_path)
    assert table.caption.plain == "表3 HTML表"
    assert _shape(table.header) == [[("甲", 0, 1, 1), ("乙", 1, 1, 1)]]
    assert table.decimals == [0, 1]


def test_wholly_empty_trailing_column_is_dropped_and_told(tmp_path):
    folder = write_briefing(tmp_path / "brief", """\
导语。

Table: 表1 统计
| 城市 | 本月 | |
|---|---|---|
| 太原 | 80.6 | |
| 大同 | | |
""")
    briefing = load_briefing(folder)
    table = next(b for b in briefing.walk_blocks() if isinstance(b, Table))
    assert table.columns == 2 and table.dropped_columns == 1
    assert _shape(table.rows) == [[("太原", 0, 1, 1), ("80.6", 1, 1, 1)],
                                  [("大同", 0, 1, 1), ("", 1, 1, 1)]]
    [notice] = table_notices(briefing)
    assert "empty in every row" in notice.message and notice.line == 13 and notice.fix


@pytest.mark.parametrize(
    ("body", "line", "needle"),
    [
        ("| a | b |\n| < | c |\n|---|---|\n| 1 | 2 |\n", 13, "no cell to its left"),
        ("| a | b |\n|---|---|\n| ^ | 2 |\n", 14, "no cell above"),
        ("| a | < | c |\n| ^ | x | d |\n|---|---|---|\n| 1 | 2 | 3 |\n", 12, "not a rectangle"),
        ("| a | b | c |\n| x | ^ | < |\n|---|---|---|\n| 1 | 2 | 3 |\n", 13, "in this row only"),
        ("| a | b |\n| ^ | c |\n|---|---|---|\n| 1 | 2 |\n", 13, "not a table"),
        ("<table>\n<tr><td colspan=\"x\">1</td></tr>\n</table>\n", 13, "not a number"),
        ("<table>\n<tr><td>1<img src=a.png></td></tr>\n</table>\n", 13, "<img> is not allowed"),
        ("<table>\n<tr><td colspan=\"2\">1</td></tr>\n<tr><td>2</td></tr>\n</table>\n", 12,
         "merged cells do not fit"),
        ("Table: 表1\n| a | b |\n| ^ | c | d |\n|---|---|\n| 1 | 2 |\n", 14, "not a table"),
        ("Table: 表1\n| a | b |\n| ^ | c |\n|---|---|\n| 1 | 2 | 3 |\n", 16,
         "3 cells, the header has 2"),
        ("<div>文字</div>\n", 12, "is not allowed"),
    ],
)
def test_bad_tables_name_their_line(make_briefing, body, line, needle):
    folder = make_briefing("导语。\n\n" + body)
    with pytest.raises(InputError) as caught:
        load_briefing(folder)
    problem = next(p for p in caught.value.problems if needle in p.message)
    assert (problem.file.name, problem.line) == ("article.md", line), problem
    assert problem.fix


def test_html_comment_block_is_ignored(make_briefing):
    briefing = load_briefing(make_briefing("导语。\n\n<!-- 编辑备注 -->\n\n正文。\n"))
    assert [b.text.plain for b in briefing.lead] == ["导语。", "正文。"]


def test_merge_cells_is_rectangular():
    text = [[RichText(spans=[Span(text=t)]) for t in row.split()]
            for row in ("a < b", "^ ^ c")]
    cells, problems = merge_cells(text)
    assert problems == []
    assert [(c.plain, c.colspan, c.rowspan) for c in cells[0]] == [("a", 2, 2), ("b", 1, 1)]
    text = [[RichText(spans=[Span(text=t)]) for t in row.split()]
            for row in ("a < b", "^ x c")]
    _, problems = merge_cells(text)
    assert any("not a rectangle" in message for _, message, _ in problems)


def test_cells_know_their_numbers_and_units():
    def cell(*spans):
        return TableCell(text=RichText(spans=list(spans)))

    assert cell(Span(text="16398.12")).number == ("16398", ".12", "")
    assert cell(Span(text="-10.9%")).number == ("-10", ".9", "%")
    assert cell(Span(text="1,234")).number == ("1,234", "", "")
    assert cell(Span(text="2021年")).number is None
    assert cell(Span(text="12", marks=("strong",))).number is None  # set as written
    head, unit = cell(Span(text="PM"), Span(text="2.5", marks=("sub",)),
                      Span(text="浓度（μg/m"), Span(text="3", marks=("sup",)),
                      Span(text="）")).unit_split
    assert (head.plain, unit.plain) == ("PM2.5浓度", "（μg/m3）")
    assert unit.spans[1] == Span(text="3", marks=("sup",))
    assert cell(Span(text="去年同期")).unit_split is None


def test_the_layout_seam_finds_what_it_extends():
    from briefing import weasy

    assert weasy.problems("tables") == []


# ---------------------------------------------------------------- the PDF, measured


def _chars(pdf: Path) -> list[list[dict]]:
    """Each page's characters, as pdfplumber reads them (the parse made once per file:
    pdfread.pages)."""
    return [list(page.chars) for page in read_pages(pdf)]


def _find(chars: list[dict], text: str) -> list[list[dict]]:
    """Every run of consecutive glyphs that spells `text` (white space ignored)."""
    glyphs = [c for c in chars if c["text"].strip()]
    line = "".join(c["text"] for c in glyphs)
    owner = [i for i, c in enumerate(glyphs) for _ in c["text"]]  # a glyph may be "fi"
    return [glyphs[owner[m.start()]:owner[m.end() - 1] + 1]
            for m in re.finditer(re.escape(text), line)]


def _one(chars, text):
    found = _find(chars, text)
    assert found, f"「{text}」 not found"
    return found[0]


@pytest.fixture(scope="module")
def heavy(tmp_path_factory):
    """The table-heavy article built with reprint and jianbao."""
    root = tmp_path_factory.mktemp("heavy")
    built = {}
    for template, front in (("reprint", FRONT), ("jianbao", JIANBAO_FRONT)):
        folder = write_briefing(root / template, HEAVY, front=front)
        built[template] = build(folder, root / f"{template}.pdf", force=True).output
    return built


def _page_of(pages, text):
    return next(i for i, chars in enumerate(pages) if _find(chars, text))


def test_merged_header_cell_is_centred_over_its_columns(heavy):
    # reprint: the header cells' background boxes give each cell's extent.
    # (each page's characters and shapes as pdfplumber reads them: pdfread.pages)
    page = next(p for p in read_pages(heavy["reprint"]) if _find(p.chars, "优良率（%）"))
    glyphs = _one(page.chars, "优良率（%）")
    boxes = [r for r in page.rects if r["x1"] - r["x0"] < page.width * 0.8]

    def box_of(glyph_run):
        middle = (glyph_run[0]["top"] + glyph_run[0]["bottom"]) / 2
        return next(r for r in boxes if r["x0"] <= glyph_run[0]["x0"] and
                    glyph_run[-1]["x1"] <= r["x1"] and r["top"] <= middle <= r["bottom"])

    merged = box_of(glyphs)
    first, last = box_of(_one(page.chars, "本月")), box_of(_one(page.chars, "去年同期"))
    assert merged["x0"] == pytest.approx(first["x0"], abs=0.5)
    assert merged["x1"] == pytest.approx(last["x1"], abs=0.5)
    centre = (glyphs[0]["x0"] + glyphs[-1]["x1"]) / 2
    assert centre == pytest.approx((merged["x0"] + merged["x1"]) / 2, abs=1.0)
    # 城市 spans both header rows: it stands between them, beside 优良率 and 本月.
    city = _one(page.chars, "城市")[0]
    assert glyphs[0]["top"] < city["top"] < _one(page.chars, "本月")[0]["top"]
    # jianbao: the vertical rules around the merged cell are those of 本月's left and
    # 去年同期's right; the text is centred between them.
    page = next(p for p in read_pages(heavy["jianbao"]) if _find(p.chars, "优良率（%）"))
    glyphs = _one(page.chars, "优良率（%）")
    rules = sorted({round(line["x0"], 1) for line in page.lines
                    if line["x0"] == line["x1"] and line["top"] - 1 <= glyphs[0]["top"]
                    and glyphs[0]["bottom"] <= line["bottom"] + 1})
    left = max(x for x in rules if x < glyphs[0]["x0"])
    right = min(x for x in rules if x > glyphs[-1]["x1"])
    month = _one(page.chars, "本月")[0]
    assert max(x for x in rules if x < month["x0"]) == left
    centre = (glyphs[0]["x0"] + glyphs[-1]["x1"]) / 2
    assert centre == pytest.approx((left + right) / 2, abs=1.0)


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_numbers_right_aligned_and_decimal_points_lined_up(heavy, template):
    pages = _chars(heavy[template])
    chars = pages[_page_of(pages, "同比（%）")]
    # 上月 (one decimal everywhere): the right edges line up.
    ends = [_one(chars, value)[-1]["x1"] for value in ("77.4", "87.5", "79.9", "84.4", "72.1")]
    assert max(ends) - min(ends) < 0.5, ends
    # 金额 mixes 2, 1 and 0 decimals: the points line up; 880 ends where they stand.
    chars = pages[_page_of(pages, "16398.12")]
    points = [next(c for c in _one(chars, value) if c["text"] == ".")["x0"]
              for value in ("16398.12", "2345.5", "12.25")]
    assert max(points) - min(points) < 0.5, points
    assert _one(chars, "880")[-1]["x1"] == pytest.approx(points[0], abs=0.5)
    # The padding that lines them up is not text: 880 is 880 in the PDF.
    assert not _find(chars, "880.00") and not _find(chars, "2345.50")


def test_no_value_touches_a_rule(heavy):
    """jianbao rules every cell: no glyph of a value within 2 pt of a vertical rule,
    16398.12 in a narrow column (eight columns) included."""
    checked = 0
    for page in read_pages(heavy["jianbao"]):
        rules = [line for line in page.lines if line["x0"] == line["x1"]]
        for value in ("16398.12", "2345.5", "880", "12.25", "万元", "80.6", "-10.9"):
            for run in _find(page.chars, value):
                for glyph in run:
                    beside = [r["x0"] for r in rules
                              if r["top"] < glyph["bottom"] and glyph["top"] < r["bottom"]]
                    assert beside
                    gap = min(min(abs(glyph["x0"] - x), abs(glyph["x1"] - x))
                              for x in beside)
                    assert gap >= 2.0, (value, glyph["text"], gap)
                checked += 1
    assert checked >= 7


def test_key_figure_values_and_units_keep_clear_of_the_rules(sample_template_pdf):
    """The sample's 罚款 16398.12 万元 and 家（次） in jianbao's ruled key-figure tables
    (once 16398.12 crossed its rule into 万元)."""
    checked = 0
    # (the run's shared parse: each page's glyphs, and its shapes, the rules among them)
    for number, chars, shapes in pages_read(sample_template_pdf("jianbao")):
        rules = [line for line in shapes
                 if line["object_type"] == "line" and line["x0"] == line["x1"]]
        for value in ("16398.12", "万元", "家（次）"):
            for run in _find(chars, value):
                for glyph in run:
                    beside = [r["x0"] for r in rules
                              if r["top"] < glyph["bottom"] and glyph["top"] < r["bottom"]]
                    if not beside:  # in the text, not in a table
                        break
                    gap = min(min(abs(glyph["x0"] - x), abs(glyph["x1"] - x))
                              for x in beside)
                    assert gap >= 2.0, (number, value, glyph["text"], gap)
                else:
                    checked += 1
    assert checked >= 5  # 16398.12, 万元 and 家（次） three times


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_header_cells_do_not_break_inside_a_word(heavy, template):
    pages = _chars(heavy[template])
    for header in ("优良率（%）", "去年同期", "同比（%）"):
        run = _one(pages[_page_of(pages, header)], header)
        assert max(c["top"] for c in run) - min(c["top"] for c in run) < 1, header


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_unit_in_a_long_header_is_never_broken(heavy, template):
    pages = _chars(heavy[template])
    run = _one(pages[_page_of(pages, "安排资金总额")], "安排资金总额（万元）")
    tops = [round(c["top"]) for c in run]
    assert len(set(tops[-4:])) == 1, tops  # 「（万元）」 on one line


def test_caption_above_and_note_under_in_their_own_style(heavy):
    pages = _chars(heavy["reprint"])
    chars = pages[_page_of(pages, "表1")]
    caption = _one(chars, "表12024年1月各市空气质量统计表")
    note = _one(chars, "注：优良率为优良天数")
    body = _one(chars, "全省空气质量总体稳定")
    header, last_row = _one(chars, "城市"), _one(chars, "晋城")
    assert caption[0]["bottom"] <= header[0]["top"]
    assert last_row[0]["bottom"] < note[0]["top"] < last_row[0]["bottom"] + 12 * 2.835
    # Not body text: other faces or sizes than the paragraphs'.
    body_style = (body[0]["fontname"], round(body[0]["size"], 1))
    for run in (caption, note):
        assert (run[0]["fontname"], round(run[0]["size"], 1)) != body_style
    assert note[0]["size"] < body[0]["size"]
    # The note is the table's, not a paragraph: it has no first-line indent.
    first_cell = _one(chars, "晋城")[0]
    assert note[0]["x0"] == pytest.approx(first_cell["x0"] - 2 * 2.835, abs=3)


# Tables of 8 rows (they may split) and 6 rows (never split), after filler of every length,
# so that the page ends at every place in some table.
def _split_document(count: int = 14) -> str:
    parts = ["导语。\n"]
    for t in range(1, count + 1):
        rows = 8 if t % 3 else 6
        parts.append("正文" * (9 * (t % 5) + 3) + "。\n")
        parts.append(f"Table: 表{t} 测试表{t}\n| 序号 | 名称 | 数量 |\n|---|---|---|\n" + "".join(
            f"| T{t}R{r} | 项目{r} | {r * 7} |\n" for r in range(1, rows + 1)))
    return "\n".join(parts)


@pytest.fixture(scope="module", params=["reprint", "jianbao"])
def split(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("split")
    front = FRONT if request.param == "reprint" else JIANBAO_FRONT
    folder = write_briefing(root / "brief", _split_document(), front=front)
    return build(folder, root / "split.pdf", force=True).output


def test_long_tables_split_with_three_rows_each_side_and_continue_with_caption(split):
    pages = _chars(split)
    splits = 0
    for t in range(1, 15):
        rows = 8 if t % 3 else 6
        where = {}
        for r in range(1, rows + 1):
            [page] = [i for i, chars in enumerate(pages) if _find(chars, f"T{t}R{r}项目")]
            where.setdefault(page, []).append(r)
        if rows < 7:
            assert len(where) == 1, f"short table {t} split: {where}"
            continue
        assert len(where) <= 2
        counts = [len(found) for found in where.values()]
        assert min(counts) >= 3, f"table {t}: rows per page {where}"
        first_page = min(where)
        assert not _find(pages[first_page], f"测试表{t}（续表）"), f"续表 where table {t} begins"
        if len(where) == 2:
            splits += 1
            chars = pages[max(where)]
            [continued] = _find(chars, f"表{t}测试表{t}（续表）")
            header = next(run for run in _find(chars, "序号名称数量")
                          if run[0]["top"] > continued[0]["top"])
            first_row = _one(chars, f"T{t}R{where[max(where)][0]}")
            assert continued[0]["bottom"] <= header[0]["top"] < first_row[0]["top"]
            assert header[0]["top"] - continued[0]["bottom"] < 20  # directly above it
            # the caption's style, on its own line
            caption = _one(pages[first_page], f"表{t}测试表{t}")
            assert continued[0]["fontname"] == caption[0]["fontname"]
            assert continued[0]["size"] == pytest.approx(caption[0]["size"])
    assert splits >= 2, "the document should split some of its tables"
