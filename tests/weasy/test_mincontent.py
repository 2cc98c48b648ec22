"""Min-content widths of Chinese text from one layout (briefing/weasy/mincontent.py)
against WeasyPrint's loop — one split_first_line per break opportunity at width 0 on the
text that remains — with our line rules in both: the same pieces and the same widths,
on every table cell of the tuning corpus and on texts made for the rules (Latin words,
digits, marks that may not start or end a line, a number with its unit, a paragraph's
tail), in several fonts and punctuation styles; and which texts take which way."""

from __future__ import annotations

from pathlib import Path

import pytest
from weasy_boxes import boxes_of, min_content_loop, text_styles

from briefing import weasy
from briefing.weasy import mincontent

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "tuning"

# (font family, punctuation style, more CSS)
STYLES = [
    ("'Noto Serif CJK SC'", "kaiming", "overflow-wrap: break-word"),
    ("'Noto Sans CJK SC'", "quanjiao", ""),
    ("'FandolFang'", "banjiao", "overflow-wrap: break-word"),
    ("'AR PL UKai CN'", "centred", ""),
    ("'Noto Serif', 'Noto Serif CJK SC'", "kaiming", "overflow-wrap: break-word"),
    ("'Noto Sans CJK SC'", "kaiming", "font-weight: bold; font-size: 9pt"),
    # our tables' figures (common.css): a font-features attribute WeasyPrint shares
    ("'Noto Serif CJK SC'", "kaiming", "font-variant-numeric: tabular-nums"),
]

MADE = [
    "城镇登记失业率（%）",
    "同比下降10.0%，优良天数比例为93.5%。",
    "上升2.3个百分点。",
    "第4季度增长0.1个百分点",
    "1—12月全市规上工业增加值",
    "59.1微克/立方米，3.5万千瓦时",
    "《环境空气质量标准》（GB3095-2012）",
    "“十四五”时期的主要目标",
    "他说：“这是‘第一’次。”（见《报告》）——完……",
    "SO2、NO2、CO和O3的浓度",
    "细颗粒物PM2.5平均浓度为27",
    "木2—仙游石马桥",
    "和5G、人工智能等新型基础设施建设。",
    "增长16398.12万元。",
    "结束。”）",
    "1次/季度",
    "（市、区）",
    "2021年1-6月",
    "Ⅰ～Ⅲ类水质断面占比",
    "cli_demo_vision.py和SwissArmyTransformer",
    "HTMLParser解析器",
    "水质类别：优；达标率100%",
    "≤35μg/m3的天数",
    "合计（亿元）",
    "〇一二三四五六七八九",
]


def _cells() -> list[str]:
    """Every table cell text of the tuning corpus's gold articles."""
    found: set[str] = set()
    for path in sorted(CORPUS.glob("*.gold.md")):
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("|"):
                for cell in line.strip().strip("|").split("|"):
                    cell = cell.strip()
                    if cell and not set(cell) <= set("-: "):
                        found.add(cell)
    return sorted(found)


@pytest.fixture(scope="module")
def styles():
    """The computed styles of table cells in STYLES (our patches installed)."""
    weasy.load()
    weasy.install()
    from weasyprint import HTML

    cells = "".join(f'<td style="font-family: {family}; --briefing-punctuation: {punct};'
                    f' {more}">中文</td>' for family, punct, more in STYLES)
    document = HTML(string=f'<html lang="zh-CN"><table><tr>{cells}</tr></table>'
                           '</html>').render()
    found = text_styles(document)
    assert len(found) == len(STYLES)
    return found


def _one_layout(text: str, style) -> list[tuple[int, float]] | None:
    """The same from mincontent's one layout; None when the text is not of its shape."""
    found = mincontent._pieces(text, style, 0)
    if found is None:
        return None
    encoded, pieces, resume = text.encode(), [], 0
    while True:
        _, _, new_resume, width, _, _ = found[encoded[resume:].decode()]
        pieces.append((resume, width))
        if new_resume is None:
            return pieces
        resume += new_resume


def _compare(texts, style) -> int:
    compared = 0
    for text in texts:
        ours = _one_layout(text, style)
        if ours is not None:
            assert ours == min_content_loop(text, style), (text, style["font_family"])
            compared += 1
    return compared


def test_the_corpus_cells_get_weasyprints_pieces_and_widths(styles):
    cells = _cells()
    assert len(cells) > 2500
    for number, style in enumerate(styles):
        # every cell in two styles, a third of them in each other
        texts = cells if number < 2 else cells[number % 3::3]
        compared = _compare(texts, style)
        assert compared > len(texts) // 2, (compared, len(texts))


def test_texts_made_for_the_rules_get_weasyprints_pieces_and_widths(styles):
    for style in styles:
        assert _compare(MADE, style) >= len(MADE) - 3
        # and every cut of them (a cut's first character is any character)
        cuts = {text[start:] for text in MADE for start in range(1, len(text) - 1)}
        _compare(sorted(cuts), style)


def test_a_piece_of_digits_or_marks_is_measured_alone(styles):
    # 「2—」 after 「木」: Pango gives the dash the script of the Han before it, another
    # font than the dash's alone — the line of the one layout is not its width.
    style = styles[0]
    from weasyprint.text.ffi import pango
    from weasyprint.text.line_break import create_layout, line_size

    layout = create_layout("木2—仙游", style, None, 0, 0)
    line = pango.pango_layout_get_line_readonly(layout.layout, 1)
    assert line.length == len("2—".encode())
    in_line = line_size(line, style)[0]
    assert min_content_loop("木2—仙游", style) == _one_layout("木2—仙游", style)
    assert _one_layout("木2—仙游", style)[1][1] != in_line


def test_texts_of_other_shapes_take_weasyprints_loop(styles):
    style = styles[0]
    for text in ("好", "表2 主要农产品产量", "PM2.5浓度μg/m3", "Ⅲ类水质", "平均值\n说明",
                 "连字\xad符"):
        assert mincontent._pieces(text, style, 0) is None, text


def _table_widths(html: str) -> list[float]:
    from weasyprint import HTML
    from weasyprint.formatting_structure import boxes

    return [box.width for box in boxes_of(HTML(string=html).render(), boxes.TableCellBox)]


def test_a_table_lays_out_as_with_weasyprints_loop(styles):
    """An automatic table's columns come out as wide through the one layout as through
    WeasyPrint's loop; its Chinese cells take the one layout, the others the loop."""
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td lang='en'>{c}</td><td>{d}</td></tr>"
        for a, b, c, d in (
            ("城镇登记失业率（%）", "同比下降10.0%，优良天数比例为93.5%。", "Unemployment rate",
             "表2 主要农产品产量"),
            ("细颗粒物PM2.5平均浓度", "上升2.3个百分点。", "PM2.5 average", "好"),
        ))
    html = ('<html lang="zh-CN"><style>@page { size: 160mm 200mm }'
            "table { font: 10.5pt 'Noto Serif CJK SC' } td { overflow-wrap: break-word }"
            f"</style><table style='width: 90mm'>{rows}</table></html>")
    weasy.install()
    before = dict(mincontent.taken)
    ours = _table_widths(html)
    taken = {key: mincontent.taken[key] - before[key] for key in before}
    weasy.uninstall("mincontent")
    try:
        plain = _table_widths(html)
    finally:
        weasy.install()
    assert ours == plain
    assert taken["one-layout"] >= 4  # the four Chinese cells of one shape, at least
    assert taken["loop"] >= 1  # 「表2 主要农产品产量」 (a space): WeasyPrint's loop
