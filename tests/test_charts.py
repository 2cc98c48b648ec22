"""Charts of key figures: the spec and its errors, the drawing (zero axes, greyscale,
Babel numbers, the document's font), and what reaches the PDF as text and vectors."""

from __future__ import annotations

import re
from decimal import Decimal

import pdfplumber
import pdfread
import pytest
from pdfread import page_texts

from briefing import charts, fonts
from briefing.build import build, role_texts
from briefing.errors import InputError
from briefing.loader import load_briefing
from briefing.render import FONTS_DIR

SENTENCE = ("2021年，全市行政处罚违法企业共589家，罚款16398.12万元，实施停产限产企业14家，"
            "实施查封扣押45家，优良天数比例为77%，双随机检查企业1973家，其中重点排污单位420家，"
            "一般排污单位1553家。")
TREND = "2019年优良天数为251天，2020年为268天，2021年为281天。"
BODY = f"""\
    {SENTENCE}

    {TREND}
    """


def row(label: str, value, unit: str, source: str = SENTENCE) -> str:
    return (f"      - {{label: {label}, value: {value}, unit: '{unit}', "
            f"source: '{source}'}}\n")


def figures(chart: str, rows: str | None = None) -> str:
    rows = rows or "".join([
        row("行政处罚违法企业", 589, "家"), row("查封扣押", 45, "家"),
        row("停产限产企业", 14, "家"), row("罚款", 16398.12, "万元"),
        row("优良天数比例", 77, "%"), row("双随机检查企业", 1973, "家"),
        row("其中：重点排污单位", 420, "家"), row("其中：一般排污单位", 1553, "家"),
    ])
    return f"groups:\n  - id: enforcement\n    title: 环境执法\n{chart}    rows:\n{rows}"


BAR = """\
    chart:
      type: bar
      title: 行政处罚与强制措施
      rows: [行政处罚违法企业, 查封扣押, 停产限产企业]
"""


@pytest.fixture(scope="module")
def context():
    resolved = fonts.resolve_fonts(fonts.load_font_config(FONTS_DIR))
    return charts.ChartContext(fonts=charts.ChartFonts.for_role(resolved), locale="zh_Hans_CN")


def group_of(make_briefing, chart: str, rows: str | None = None):
    folder = make_briefing(BODY, figures=figures(chart, rows))
    return load_briefing(folder).figures[0]


# ---------------------------------------------------------------- the spec


def test_bad_chart_specs_name_their_figures_yaml_line(make_briefing):
    cases = [
        ("    chart: {type: bar, rows: [行政处罚违法企业, 没有这行]}\n", "no row labelled '没有这行'",
         4),
        ("    chart: {type: bar, rows: [罚款, 查封扣押]}\n", "different units", 4),
        ("    chart: {type: bar, zero: false}\n", "only a line chart", 4),
        ("    chart: {type: donut}\n", "type", 4),
        ("    chart: {type: pie, rows: [其中：重点排污单位, 其中：一般排污单位], total: 查封扣押}\n",
         "more than the total", 4),
        ("    chart: {type: bar, rows: [查封扣押], labels: [一, 二]}\n", "one label for each", 4),
        ("    chart: {type: ring, rows: [行政处罚违法企业, 查封扣押, 停产限产企业, 其中：重点排污单位],"
         " total: 双随机检查企业}\n", "and the rest are too many", 4),
        ("    chart: {type: pie, rows: [查封扣押]}\n", "no share of anything", 4),
        ("    chart:\n      type: bar\n      rows:\n        - 查封扣押\n        - 没有这行\n",
         "no row labelled '没有这行'", 8),
    ]
    for chart, message, line in cases:
        folder = make_briefing(BODY, figures=figures(chart))
        with pytest.raises(InputError) as caught:
            load_briefing(folder)
        [problem] = caught.value.problems
        assert message in problem.message, (chart, problem)
        assert problem.file == folder / "figures.yaml" and problem.line == line, problem


def test_rows_labels_and_units(make_briefing):
    group = group_of(make_briefing, """\
    chart:
      type: pie
      rows: [其中：重点排污单位, 其中：一般排污单位]
      total: 双随机检查企业
""")
    assert [label for label, _ in charts.chart_rows(group)] == ["重点排污单位", "一般排污单位"]
    assert charts.chart_unit(group) == "家"
    assert charts.total_row(group).value == 1973


# ---------------------------------------------------------------- the drawing


def test_value_axes_start_at_zero_unless_the_spec_says_otherwise(make_briefing, context):
    group = group_of(make_briefing, BAR)
    chart = charts.draw(group, context).contents[0]
    assert chart.valueAxis.valueMin == 0
    trend = "".join(row(f"{year}年", days, "天", TREND)
                    for year, days in ((2019, 251), (2020, 268), (2021, 281)))
    line = group_of(make_briefing, "    chart: {type: line, zero: false}\n", trend)
    drawn = charts.draw(line, context)
    axis = drawn.contents[0].valueAxis
    from reportlab.graphics import renderSVG

    renderSVG.drawToString(drawn)  # lays the axis out
    assert 0 < axis._valueMin <= 251
    zero = group_of(make_briefing, "    chart: {type: line}\n", trend)
    assert charts.draw(zero, context).contents[0].valueAxis.valueMin == 0


def test_colours_stay_apart_in_greyscale():
    def grey(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    levels = sorted(grey(colour) for colour in charts.SERIES)
    assert all(b - a >= 40 for a, b in zip(levels, levels[1:], strict=False)), levels
    assert grey(charts.SERIES[0]) < 80  # the single series prints dark
    assert abs(grey(charts.REST) - grey(charts.SERIES[0])) > 120


def test_svg_is_vector_text_in_the_documents_family(make_briefing, context):
    chart = charts.render_chart(group_of(make_briefing, BAR), context)
    assert chart.svg.startswith("<svg") and "<image" not in chart.svg
    families = re.findall(r"font-family:\s*([^;]+);", chart.svg)
    # (the caption role's faces but the emoji face: Latin letters the CJK face lacks,
    # ł in a label, in the latin_sans fallback role's Noto Sans; an arrow or a
    # mathematical sign in the symbols role's faces)
    assert families and set(families) == {
        "'Noto Sans CJK SC', 'Noto Sans', 'Noto Sans Symbols2', 'Noto Sans Math'"}
    assert {"行政处罚违法企业", "查封扣押", "停产限产企业", "589", "45", "14", "0"} <= set(chart.texts)
    assert chart.svg.count("<rect") >= 3  # the bars
    assert 'width="456pt"' in chart.svg  # the text block


def test_labels_are_measured_in_the_documents_face(context):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = charts.measuring_font(context.fonts.path, context.fonts.index)
    assert stringWidth("中文", name, 10) == pytest.approx(20)  # Han: 1 em each
    assert stringWidth("1", name, 10) == pytest.approx(5.55, abs=0.01)  # Noto Sans: 555/1000
    assert stringWidth("iii", name, 10) < stringWidth("WWW", name, 10)


def test_numbers_follow_the_locale_and_style(make_briefing, context):
    group = group_of(make_briefing, "    chart: {type: bar, rows: [双随机检查企业, 查封扣押]}\n")
    assert "1973" in charts.render_chart(group, context).texts
    grouped = charts.ChartContext(fonts=context.fonts, locale="en", number_style="grouped")
    assert "1,973" in charts.render_chart(group, grouped).texts
    ring = group_of(make_briefing, "    chart: {type: ring, rows: [优良天数比例]}\n")
    assert {"77%", "其余"} <= set(charts.render_chart(ring, context).texts)
    french = charts.ChartContext(fonts=context.fonts, locale="fr", gettext=lambda s: "Reste")
    assert {"77\u00a0%", "Reste"} <= set(charts.render_chart(ring, french).texts)


def test_parts_of_a_total_and_the_rest(make_briefing, context):
    group = group_of(make_briefing, """\
    chart: {type: pie, rows: [其中：重点排污单位], total: 双随机检查企业}
""")
    chart = charts.render_chart(group, context)
    assert chart.texts == ["重点排污单位", "420", "其余"]
    # The slices' angles are the values: 420 of 1973.
    pie = charts.draw(group, context).contents[0]
    assert pie.data == [420.0, 1553.0]


def test_long_labels_wrap_without_a_closing_mark_at_a_line_start():
    def measure(text: str) -> float:
        return len(text) * 9.0

    assert charts.wrap("短标签", 100, measure) == "短标签"
    wrapped = charts.wrap("涉嫌环境违法犯罪移送公安案件（件）", 9 * 8, measure)
    lines = wrapped.split("\n")
    assert len(lines) == 2 and all(not line.startswith("）") for line in lines)
    assert charts.wrap("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", 90, measure
                       ).endswith("…")


def test_markup_in_labels_is_escaped(make_briefing, context):
    group = group_of(make_briefing, """\
    chart: {type: bar, rows: [查封扣押, 停产限产企业], labels: ["<b>&查封", 停产]}
""")
    chart = charts.render_chart(group, context)
    assert "&lt;b&gt;&amp;查封" in chart.svg and "<b>" not in chart.svg
    assert "<b>&查封" in chart.texts


def test_chart_strings_reach_the_glyph_check(make_briefing):
    folder = make_briefing(BODY, figures=figures(BAR.replace("行政处罚与强制措施", "𠀀的图")))
    texts = [item for item in role_texts(load_briefing(folder))
             if item.role == charts.ROLE and "𠀀" in item.text]
    assert texts and texts[0].file == folder / "figures.yaml" and texts[0].line == 4


# ---------------------------------------------------------------- the PDF


def test_labels_values_and_bars_reach_the_pdf(make_briefing, tmp_path):
    folder = make_briefing(BODY, figures=figures(BAR))
    out = build(folder, tmp_path / "out.pdf").output
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert "行政处罚与强制措施" in text and "来源：" in text and "单位：家" in text
        # Chart text is real text in the caption font, not a picture.
        assert not page.images
        sans = "".join(c["text"] for c in page.chars
                       if "NotoSansCJK" in c["fontname"].replace("-", ""))
        assert "停产限产企业" in sans and "行政处罚违法企业" in sans  # (the table sets them serif)
        words = {w["text"] for w in page.extract_words()}
        assert {"589", "45", "14"} <= words
        # The bars are filled vector rectangles in the series colour, as long as the
        # values (589 : 45 : 14).
        red = tuple(int(charts.SERIES[0][i:i + 2], 16) / 255 for i in (1, 3, 5))
        bars = [r for r in page.rects if r.get("non_stroking_color") and all(
            abs(a - b) < 0.01 for a, b in zip(r["non_stroking_color"], red, strict=False))]
        widths = sorted((r["width"] for r in bars), reverse=True)
        # The chart's text stands in reading order: after its title, before its note.
        flow = "".join(c["text"] for c in page.chars)
        title = flow.index("行政处罚与强制措施")
        assert title < flow.index("停产限产企业", title) < flow.index("单位：家")
        assert len(widths) == 3
        assert widths[0] / widths[1] == pytest.approx(589 / 45, rel=0.02)
        assert widths[0] / widths[2] == pytest.approx(589 / 14, rel=0.02)


def test_the_sample_has_its_charts(sample_pdf):
    text = "".join(page_texts(sample_pdf))  # (the parse shared by the run)
    compact = re.sub(r"\s+", "", text)
    for title in ("2021年吕梁市区优良天数比例", "全市地表水国考断面优良比例",
                  "2021年全市行政处罚与强制措施", "超低排放改造企业"):
        assert title in compact
    assert "77%" in compact and "53.3%" in compact and "实施查封扣押" in compact
    # The titles and labels are in the key-figure tables too: the charts themselves are
    # the shapes filled with the first series colour, on each page a chart title is on.
    series = [int(charts.SERIES[0][i:i + 2], 16) / 255 for i in (1, 3, 5)]

    def inked(page) -> bool:  # (the PDF keeps two decimals of each component)
        return any(len(colour := shape.get("non_stroking_color") or ()) == 3 and all(
            abs(a - b) <= 0.011 for a, b in zip(colour, series, strict=True))
            for shape in (*page.rects, *page.curves))

    chart_pages = [page for page in pdfread.pages(sample_pdf)
                   if re.search("2021年吕梁市区优良天数比例|全市地表水国考断面优良比例|"
                                "2021年全市行政处罚与强制措施|超低排放改造企业",
                                re.sub(r"\s+", "", page.extract_text()))]
    assert chart_pages and all(inked(page) for page in chart_pages)
    assert not all(inked(page) for page in pdfread.pages(sample_pdf))


def test_every_chart_kind_builds(make_briefing, tmp_path):
    trend = "".join(row(f"{year}年", days, "天", TREND)
                    for year, days in ((2019, 251), (2020, 268), (2021, 281)))
    for chart, rows in [
        ("    chart: {type: column, rows: [行政处罚违法企业, 查封扣押, 停产限产企业]}\n", None),
        ("    chart: {type: ring, rows: [优良天数比例]}\n", None),
        ("    chart: {type: pie, rows: [其中：重点排污单位, 其中：一般排污单位]}\n", None),
        ("    chart: {type: line, title: 优良天数}\n", trend),
    ]:
        folder = make_briefing(BODY, figures=figures(chart, rows))
        out = build(folder, tmp_path / "kind.pdf").output
        with pdfplumber.open(out) as pdf:
            page = pdf.pages[0]
            assert not page.images
            assert page.rects or page.curves, chart
            words = " ".join(w["text"] for w in page.extract_words())
        expected = {"column": "589", "ring": "77%", "pie": "1553", "line": "281"}
        kind = re.search(r"type: (\w+)", chart)[1]
        assert expected[kind] in words, (kind, words)


def test_decimal_values_keep_their_digits(make_briefing, context):
    group = group_of(make_briefing, "    chart: {type: bar, rows: [罚款]}\n")
    assert charts.render_chart(group, context).texts.count("16398.12") == 1
    assert Decimal("16398.12") == group.rows[3].value


def test_drawn_charts_are_cached_by_everything_they_depend_on(make_briefing, context,
                                                              tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(charts, "_CHARTS", {})
    drawn = []
    real = charts.draw_chart

    def counting(group, chart_context):
        drawn.append(group.title)
        return real(group, chart_context)

    monkeypatch.setattr(charts, "draw_chart", counting)
    group = group_of(make_briefing, BAR)
    first = charts.render_chart(group, context)
    assert charts.render_chart(group, context) == first and len(drawn) == 1
    # A new process: nothing in memory, the drawing comes from the disk.
    charts._CHARTS.clear()
    assert charts.render_chart(group, context) == first and len(drawn) == 1
    # Anything the drawing depends on draws it again.
    changed = group.model_copy(update={"rows": [
        group.rows[0].model_copy(update={"value": Decimal(590)}), *group.rows[1:]]})
    assert "590" in charts.render_chart(changed, context).texts
    english = charts.ChartContext(fonts=context.fonts, locale="en", number_style="grouped")
    charts.render_chart(group, english)
    narrow = charts.ChartContext(fonts=context.fonts, locale=context.locale, width=300)
    assert 'width="300pt"' in charts.render_chart(group, narrow).svg
    renamed = charts.ChartContext(fonts=context.fonts, locale=context.locale,
                                  gettext=lambda text: "Rest")
    assert charts.chart_key(group, renamed) != charts.chart_key(group, context)
    assert len(drawn) == 4
    # An unreadable cache file is drawn again, never trusted.
    key = charts.chart_key(group, context)
    (tmp_path / "cache" / "briefing" / "charts" / f"{key}.json").write_text("{", "utf-8")
    charts._CHARTS.clear()
    assert charts.render_chart(group, context) == first and len(drawn) == 5


def test_a_changed_font_file_draws_the_chart_again(make_briefing, tmp_path, monkeypatch):
    import os
    import shutil

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(charts, "_CHARTS", {})
    resolved = fonts.resolve_fonts(fonts.load_font_config(FONTS_DIR))
    source = charts.ChartFonts.for_role(resolved)
    copy = tmp_path / source.path.name
    shutil.copy(source.path, copy)
    context = charts.ChartContext(fonts=charts.ChartFonts(source.families, copy, source.index),
                                  locale="zh_Hans_CN")
    group = group_of(make_briefing, BAR)
    before = charts.chart_key(group, context)
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 10**9))
    assert charts.chart_key(group, context) != before


def test_svg_text_is_escaped_as_saxutils_escapes_it():
    """charts escapes titles and unescapes <text> itself (not importing xml.sax.saxutils,
    which pulls in urllib.request at start-up): the same strings as saxutils'."""
    from xml.sax.saxutils import escape, unescape

    from briefing import charts

    for text in ['a & b < c > d "e" \'f\'', "&amp;lt;", "空气质量 <PM2.5> & 臭氧", "&#x27;&quot;"]:
        assert charts.escape(text) == escape(text)
        assert charts.escape(text, quote=True) == escape(text, {'"': "&quot;"})
        assert charts.unescape(text) == unescape(text)
        assert charts.unescape(charts.escape(text)) == text
