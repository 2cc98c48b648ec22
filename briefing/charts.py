"""Charts of key figures: drawn with ReportLab's graphics, embedded in the HTML as SVG.

A key-figure group in figures.yaml may carry a chart:

    chart: {type: bar, rows: [行政处罚违法企业, 查封扣押], labels: [处罚企业, 查封扣押]}

`bar` (horizontal) and `column` (vertical) draw one bar per row, `line` the rows in order
as a trend, `pie`/`ring` parts of a whole: a single % row is a share of 100 %, several
rows are the parts of the `total` row (or of their sum). Value axes start at zero
unless the spec says `zero: false` (line charts only).

WeasyPrint draws the SVG as vectors, its text as real text in the document's caption
font. ReportLab measures text to place labels; it cannot read CFF fonts such as Noto CJK,
so the measuring font here is built from the caption face's own advance widths (fontTools,
cached on disk like the glyph coverage), and the SVG names the caption role's families.
Numbers are formatted by Babel in the edition's locale (briefing/formatting.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from html import escape as _html_escape
from pathlib import Path

from briefing import cjk
from briefing.diskcache import cache_dir, read_json, write_json
from briefing.errors import Problem
from briefing.fonts.config import EMOJI
from briefing.formatting import format_number, format_percent, format_unit
from briefing.model import ChartSpec, FigureGroup, FigureRow

LOGGER = logging.getLogger(__name__)

ROLE = "caption"  # charts are set in the caption role, like the tables' captions
LABEL_SIZE = 9.0  # pt: category labels, legends, value labels
TICK_SIZE = 8.0  # pt: axis ticks
SHARE_SIZE = 16.0  # pt: the share in a ring's hole
DEFAULT_WIDTH = 456.0  # pt: the reprint template's text block

# Colours that stay apart in greyscale print (grey levels ~55, 112, 172, 222 of 255);
# slices are separated by white rules as well.
INK = "#1a1a1a"
AXIS = "#4d4d4d"
GRID = "#d9d9d9"
SERIES = ("#7a1a1a", "#b5544a", "#d99a8f", "#f2d6d0")
REST = "#e6e6e6"  # the rest of a whole, in pie and ring charts
MAX_PARTS = len(SERIES)
MAX_BARS = 16

PREFIX = re.compile(r"^(?:其中|包括|含)[：:]")

Gettext = Callable[[str], str]


# ---------------------------------------------------------------- the spec, checked


def chart_label(row: FigureRow) -> str:
    """A row's label on a chart: 「其中：重点排污单位」 → 重点排污单位."""
    return PREFIX.sub("", row.label).strip() or row.label


def chart_rows(group: FigureGroup) -> list[tuple[str, FigureRow]]:
    """(label on the chart, row) for every row the chart draws, in the spec's order."""
    spec = group.chart
    assert spec is not None
    by_label = {row.label: row for row in group.rows}
    rows = [by_label[name] for name in spec.rows] if spec.rows else [
        row for row in group.rows if row.label != spec.total]
    labels = spec.labels or [chart_label(row) for row in rows]
    return list(zip(labels, rows, strict=True))


def chart_unit(group: FigureGroup) -> str:
    spec = group.chart
    assert spec is not None
    if spec.unit is not None:
        return spec.unit
    units = {row.unit for _, row in chart_rows(group)}
    return units.pop() if len(units) == 1 else ""


def total_row(group: FigureGroup) -> FigureRow | None:
    spec = group.chart
    if spec is None or not spec.total:
        return None
    return next((row for row in group.rows if row.label == spec.total), None)


def chart_problems(group: FigureGroup, file: Path,
                   line_of: Callable[..., int | None]) -> list[Problem]:
    """What is wrong with a group's chart spec, each at its figures.yaml line.

    `line_of(*keys)` gives the line of a key inside the chart mapping (("rows", 2))."""
    spec = group.chart
    if spec is None:
        return []
    problems: list[Problem] = []
    labels = [row.label for row in group.rows]

    def problem(message: str, fix: str, *where) -> None:
        problems.append(Problem(f"chart of group '{group.id}': {message}", file,
                                line_of(*where) or spec.line or group.line, fix))

    for index, name in enumerate(spec.rows):
        if name not in labels:
            problem(f"no row labelled '{name}'", "use a 'label' of this group's rows: "
                    + "、".join(labels), "rows", index)
    if spec.total and spec.total not in labels:
        problem(f"no row labelled '{spec.total}' for 'total'",
                "name the row that is the whole", "total")
    if problems:
        return problems
    rows = [row for _, row in chart_rows(group)]
    if len(rows) > MAX_BARS:
        problem(f"{len(rows)} rows are too many for one chart", "list at most "
                f"{MAX_BARS} in 'rows'", "rows")
    units = {row.unit for row in rows}
    if len(units) > 1 and spec.unit is None:
        problem(f"its rows have different units ({'、'.join(sorted(units))}) and cannot share "
                "an axis", "chart rows of one unit ('rows: [...]'), or set 'unit:'", "rows")
    if any(row.value < 0 for row in rows) and spec.type in ("pie", "ring"):
        problem("a pie or ring cannot show a negative part", "use a bar chart", "type")
    if spec.type in ("pie", "ring"):
        _whole_problems(group, rows, problem)
    if spec.type == "line" and len(rows) < 2:
        problem("a line needs at least two rows", "list the rows of the trend in order",
                "rows")
    return problems


def _whole_problems(group: FigureGroup, rows: list[FigureRow], problem) -> None:
    """Pie and ring charts: the parts must fit in their whole."""
    spec = group.chart
    total = total_row(group)
    shares = all(row.unit == "%" for row in rows)
    parts = sum(row.value for row in rows)
    if len(rows) > MAX_PARTS:
        problem(f"{len(rows)} parts are too many for a {spec.type} chart read in grey",
                f"chart at most {MAX_PARTS} parts, or use a bar chart", "rows")
    elif total is not None:
        if total.unit != rows[0].unit:
            problem(f"the total '{total.label}' is in {total.unit or 'no unit'}, its parts in "
                    f"{rows[0].unit or 'no unit'}", "name a total of the parts' unit", "total")
        elif parts > total.value:
            problem(f"the parts add up to {parts}, more than the total {total.value}",
                    "check the rows and the total", "rows")
    elif shares and parts > 100:
        problem(f"the shares add up to {parts}%, more than 100%", "chart shares of one whole",
                "rows")
    elif not shares and len(rows) < 2:
        problem(f"one row of {rows[0].unit or 'no unit'} is no share of anything",
                "give a % row, several parts, or 'total:'", "rows")
    whole = total.value if total is not None else 100 if shares else parts
    if len(rows) == MAX_PARTS and parts < whole:
        problem(f"{len(rows)} parts and the rest are too many for a {spec.type} chart read "
                "in grey", f"chart at most {MAX_PARTS - 1} parts of a larger whole", "rows")


# ---------------------------------------------------------------- measuring text


@dataclass(frozen=True)
class ChartFonts:
    """The families the SVG names (the caption role's) and the face text is measured in."""

    families: tuple[str, ...]
    path: Path
    index: int = 0

    @classmethod
    def for_role(cls, resolved: dict, role: str = ROLE) -> ChartFonts:
        faces = resolved[role]
        # Not the emoji face: listed in an SVG's font-family, Pango would set the chart's
        # digits in it (the document declares it for pictographs only: _fonts.css.j2).
        families = tuple(face.family for face in faces if face.family != EMOJI)
        return cls(families, Path(faces[0].path), faces[0].index)

    def css_family(self) -> str:
        return ", ".join(_css_quote(family) for family in self.families)


def _css_quote(family: str) -> str:
    return "'" + re.sub(r"['\\<>&\n]", lambda m: f"\\{ord(m[0]):x} ", family) + "'"


class _Face:
    def __init__(self, name: str, ascent: float, descent: float) -> None:
        self.name = name
        self.ascent = ascent
        self.descent = descent


class MeasuredFont:
    """What ReportLab asks of a font to place text (stringWidth, ascent, descent),
    answered from a face's own advance widths: registered under a name of its own,
    it measures text exactly as the document's font will set it."""

    _dynamicFont = False
    _multiByte = False

    def __init__(self, name: str, widths: dict[int, float], default: float,
                 ascent: float, descent: float) -> None:
        self.fontName = name
        self.widths = widths
        self.default = default
        self.ascent = ascent
        self.descent = descent
        self.face = _Face(name, ascent, descent)

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        widths = self.widths
        return sum(widths.get(ord(char), self.default) for char in text) * size / 1000


METRICS_FORMAT = 1


def _metrics_cache(path: Path, index: int) -> Path:
    digest = hashlib.sha256(f"{path}\0{index}".encode()).hexdigest()[:32]
    return cache_dir() / f"widths-{digest}.json"


def _read_metrics(path: Path, index: int) -> dict:
    """Advance widths per 1000 em as runs [first, last, width], the commonest width as
    the default; ascent and descent. Cached on disk per font file state."""
    st = path.stat()
    stamp = {"format": METRICS_FORMAT, "path": str(path), "index": index, "size": st.st_size,
             "mtime_ns": st.st_mtime_ns}
    cache = _metrics_cache(path, index)
    data = read_json(cache)
    if isinstance(data, dict) and all(data.get(k) == v for k, v in stamp.items()):
        return data
    from fontTools.ttLib import TTFont

    with TTFont(path, fontNumber=index, lazy=True) as font:
        scale = 1000 / font["head"].unitsPerEm
        hmtx = font["hmtx"]
        widths = {cp: round(hmtx[glyph][0] * scale, 2)
                  for cp, glyph in (font.getBestCmap() or {}).items()}
        os2 = font.get("OS/2")
        ascent = (os2.sTypoAscender if os2 else font["hhea"].ascent) * scale
        descent = (os2.sTypoDescender if os2 else font["hhea"].descent) * scale
    counts: dict[float, int] = {}
    for width in widths.values():
        counts[width] = counts.get(width, 0) + 1
    default = max(counts, key=counts.get) if counts else 1000.0
    runs: list[list[float]] = []
    for cp in sorted(widths):
        width = widths[cp]
        if width == default:
            continue
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == width:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, width])
    data = {**stamp, "default": default, "ascent": ascent, "descent": descent, "runs": runs}
    write_json(cache, data)
    return data


@cache
def measuring_font(path: Path, index: int) -> str:
    """Register (once) the face's metrics with ReportLab; the name to draw text in."""
    from reportlab.pdfbase import pdfmetrics

    data = _read_metrics(Path(path).resolve(), index)
    widths: dict[int, float] = {}
    for first, last, width in data["runs"]:
        for cp in range(int(first), int(last) + 1):
            widths[cp] = width
    name = "briefing-" + hashlib.sha256(f"{path}\0{index}".encode()).hexdigest()[:12]
    pdfmetrics.registerFont(MeasuredFont(name, widths, data["default"], data["ascent"],
                                         data["descent"]))
    return name


def wrap(text: str, width: float, measure: Callable[[str], float], lines: int = 2) -> str:
    """Break a label into at most `lines` lines of `width` (by characters, keeping
    closing marks off a line's start and Latin words whole); '…' if it does not fit."""
    if measure(text) <= width:
        return text
    units = re.findall(r"[0-9A-Za-z.%/\-]+|.", text)
    result: list[str] = []
    line = ""
    for unit in units:
        if line and measure(line + unit) > width and unit[0] not in cjk.NO_LINE_START:
            result.append(line)
            line = ""
        line += unit
    result.append(line)
    if len(result) > lines:
        kept = result[:lines]
        last = kept[-1]
        while last and measure(last + "…") > width:
            last = last[:-1]
        kept[-1] = last + "…"
        result = kept
    return "\n".join(result)


# ---------------------------------------------------------------- drawing


@dataclass
class ChartContext:
    """What drawing a chart needs besides its group."""

    fonts: ChartFonts
    locale: str
    number_style: str = "official"
    gettext: Gettext = str
    width: float = DEFAULT_WIDTH

    def number(self, value: Decimal, unit: str = "") -> str:
        if unit == "%":
            return format_percent(value, self.locale, self.number_style)
        return format_number(value, self.locale, self.number_style)


@dataclass
class Chart:
    """A drawn chart: the SVG and what its caption says."""

    svg: str
    title: str
    unit: str
    texts: list[str]  # every string the SVG sets, for glyph checks and tests

    def data_url(self) -> str:
        """The SVG as an <img> source. Not inline <svg>: WeasyPrint would read its style
        attributes as HTML CSS and warn about every SVG property."""
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode()).decode()


def draw(group: FigureGroup, context: ChartContext):
    """The ReportLab Drawing of a group's chart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    spec = group.chart
    assert spec is not None
    font = measuring_font(context.fonts.path, context.fonts.index)

    def measure(text: str, size: float = LABEL_SIZE) -> float:
        return max((stringWidth(line, font, size) for line in text.split("\n")), default=0)

    drawer = {"bar": _bar, "column": _column, "line": _line, "pie": _pie, "ring": _pie}
    return drawer[spec.type](group, spec, context, font, measure)


# Drawn charts, by everything a drawing depends on (chart_key): in this process, and on
# disk so that a new process (each `briefing build`) neither imports ReportLab (~0.2 s)
# nor draws again. CHART_CACHE_FILES bounds the folder; the oldest files go first.
CHART_CACHE_FORMAT = 1
CHART_CACHE_FILES = 400
# Every string a chart draws through gettext: their translations are part of the key.
TRANSLATED = ("其余",)
_CHARTS: dict[str, Chart] = {}


def chart_key(group: FigureGroup, context: ChartContext) -> str:
    """Everything a drawn chart depends on: the group (rows, chart spec), the context
    (fonts and the font file's state, locale, number style, width, the translated
    names it sets) and the code that draws it (fingerprint.code_digest: briefing's
    sources, ReportLab's and Babel's versions)."""
    from briefing.fingerprint import code_digest

    fonts = context.fonts
    font_state = Path(fonts.path).stat()
    parts = [
        f"format {CHART_CACHE_FORMAT}", code_digest(), group.model_dump_json(),
        json.dumps([list(fonts.families), str(Path(fonts.path).resolve()), fonts.index,
                    font_state.st_size, font_state.st_mtime_ns, context.locale,
                    context.number_style, context.width,
                    [context.gettext(text) for text in TRANSLATED]],
                   ensure_ascii=False),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _chart_file(key: str) -> Path:
    return cache_dir() / "charts" / f"{key}.json"


def _read_chart(key: str) -> Chart | None:
    data = read_json(_chart_file(key))
    try:
        chart = Chart(svg=data["svg"], title=data["title"], unit=data["unit"],
                      texts=list(data["texts"]))
    except (KeyError, TypeError):
        return None  # absent or unreadable: draw it
    return chart if data.get("key") == key else None


def _write_chart(key: str, chart: Chart) -> None:
    target = _chart_file(key)
    if not write_json(target, {"key": key, "svg": chart.svg, "title": chart.title,
                               "unit": chart.unit, "texts": chart.texts}):
        return
    try:
        files = sorted(target.parent.glob("*.json"), key=lambda f: f.stat().st_mtime_ns)
        for old in files[:-CHART_CACHE_FILES]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # another build pruning at the same time
        LOGGER.debug("cannot prune the chart cache %s: %s", target.parent, exc)


def render_chart(group: FigureGroup, context: ChartContext) -> Chart:
    """The group's chart, drawn or from the chart cache (chart_key)."""
    key = chart_key(group, context)
    chart = _CHARTS.get(key) or _read_chart(key)
    if chart is None:
        chart = draw_chart(group, context)
        _write_chart(key, chart)
    _CHARTS[key] = chart
    return chart


def draw_chart(group: FigureGroup, context: ChartContext) -> Chart:
    """Draw the group's chart with ReportLab, as SVG."""
    from reportlab.graphics import renderSVG

    drawing = draw(group, context)
    font = measuring_font(context.fonts.path, context.fonts.index)
    svg = renderSVG.drawToString(
        drawing, fontHacks={font: {"family": context.fonts.css_family()}},
        svgAttrs={"width": f"{drawing.width:g}pt", "height": f"{drawing.height:g}pt"},
    )
    spec = group.chart
    unit = chart_unit(group)
    title = spec.title or group.title
    data = "；".join(f"{label} {context.number(row.value, unit)}"
                    for label, row in chart_rows(group))
    svg = _clean_svg(svg, f"chart-{group.id}", title, data)
    return Chart(svg=svg, title=title, unit=format_unit(unit), texts=svg_texts(svg))


# XML escaping as xml.sax.saxutils does it (&, <, >; and " in an attribute), without
# importing it: saxutils imports urllib.request, and with it http.client, ssl and email
# (≈ 0.07 s of CPU time at every start, for three replacements).
def escape(text: str, quote: bool = False) -> str:
    escaped = _html_escape(text, quote=False)
    return escaped.replace('"', "&quot;") if quote else escaped


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def svg_texts(svg: str) -> list[str]:
    """The strings an SVG sets, one per <text> element, in drawing order."""
    return [unescape(text) for text in re.findall(r"<text\b[^>]*>(.*?)</text>", svg, re.S)]


def _clean_svg(svg: str, ident: str, title: str, description: str) -> str:
    """Inline-ready SVG: no XML prolog, ids of its own, a title and description."""
    svg = svg[svg.index("<svg"):]
    svg = svg.replace('id="clip"', f'id="{ident}-clip"').replace("url(#clip)",
                                                                 f"url(#{ident}-clip)")
    svg = svg.replace(' id="group"', "")
    svg = svg.replace("<title>...</title>", f"<title>{escape(title)}</title>", 1)
    svg = svg.replace("<desc>...</desc>", f"<desc>{escape(description)}</desc>", 1)
    return svg.replace("<svg ", f'<svg class="chart-svg" role="img" aria-label='
                               f'"{escape(title, quote=True)}" ', 1)


def _colour(value: str):
    from reportlab.lib import colors

    return colors.HexColor(value)


def _style_axis(axis, font: str) -> None:
    axis.labels.fontName = font
    axis.labels.fontSize = TICK_SIZE
    axis.labels.fillColor = _colour(AXIS)
    axis.strokeColor = _colour(AXIS)
    axis.strokeWidth = 0.6


def _value_axis(axis, spec: ChartSpec, values: list[Decimal], context: ChartContext,
                unit: str, font: str) -> None:
    _style_axis(axis, font)
    if spec.zero:
        axis.valueMin = 0
        axis.forceZero = 1
    if values and max(values) <= 0:
        axis.valueMax = 1
    axis.rangeRound = "ceiling"  # the axis ends on a tick, past the longest bar
    axis.visibleGrid = 1
    axis.gridStrokeColor = _colour(GRID)
    axis.gridStrokeWidth = 0.4
    axis.visibleTicks = 0
    axis.labelTextFormat = lambda v: context.number(Decimal(str(round(v, 6))).normalize(),
                                                    unit)
    axis.avoidBoundFrac = 0 if spec.zero else 0.1


def _series(group, context):
    """What every value chart starts from: its rows, their unit, values and value texts."""
    rows = chart_rows(group)
    unit = chart_unit(group)
    values = [row.value for _, row in rows]
    return rows, unit, values, [context.number(v, unit) for v in values]


def _bar(group, spec, context, font, measure):
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    rows, unit, values, value_texts = _series(group, context)
    width = context.width
    label_width = min(max(measure(label) for label, _ in rows) + 2, width * 0.36)
    labels = [wrap(label, label_width, measure) for label, _ in rows]
    band = max(20.0, max(label.count("\n") + 1 for label in labels) * LABEL_SIZE * 1.25 + 8)
    value_room = max(measure(text) for text in value_texts) + 8
    axis_room = TICK_SIZE * 2.2
    height = band * len(rows) + axis_room + 4

    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = axis_room
    chart.width = width - chart.x - value_room
    chart.height = band * len(rows)
    _style_bars(chart, values, labels, font)
    chart.groupSpacing = 0.45  # bar : gap
    chart.categoryAxis.reverseDirection = 1  # the first row on top
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -5
    chart.categoryAxis.visibleTicks = 0
    _value_axis(chart.valueAxis, spec, values, context, unit, font)
    _bar_labels(chart, values, value_texts, font, "w", dx=3, dy=0)
    drawing = Drawing(width, height)
    drawing.add(chart)
    return drawing


def _style_bars(chart, values, labels, font) -> None:
    """What bar and column charts share: one series in the first colour, labelled rows."""
    chart.data = [[float(v) for v in values]]
    chart.barWidth = 1
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = _colour(SERIES[0])
    chart.categoryAxis.categoryNames = labels
    _style_axis(chart.categoryAxis, font)
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = _colour(INK)


def _column(group, spec, context, font, measure):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    rows, unit, values, value_texts = _series(group, context)
    width = context.width
    axis_room = max(measure(context.number(max(values), unit), TICK_SIZE) + 12, 28)
    slot = (width - axis_room) / len(rows)
    labels = [wrap(label, slot - 6, measure, lines=3) for label, _ in rows]
    label_lines = max(label.count("\n") + 1 for label in labels)
    bottom = label_lines * LABEL_SIZE * 1.25 + 8
    plot = min(180.0, max(110.0, width * 0.3))
    height = bottom + plot + LABEL_SIZE * 2

    chart = VerticalBarChart()
    chart.x = axis_room
    chart.y = bottom
    chart.width = width - axis_room
    chart.height = plot
    _style_bars(chart, values, labels, font)
    chart.groupSpacing = 1.0 if len(rows) > 3 else 2.0
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.labels.dy = -5
    chart.categoryAxis.visibleTicks = 0
    _value_axis(chart.valueAxis, spec, values, context, unit, font)
    _bar_labels(chart, values, value_texts, font, "s", dx=0, dy=3)
    drawing = Drawing(width, height)
    drawing.add(chart)
    return drawing


def _formatter(values: list[Decimal], texts: list[str]) -> Callable[[float], str]:
    """ReportLab hands a label's value back as a float: give it the Babel text."""
    by_value = {float(v): text for v, text in zip(values, texts, strict=True)}
    return lambda value: by_value.get(value, str(value))


def _bar_labels(chart, values: list[Decimal], texts: list[str], font: str, anchor: str,
                dx: float, dy: float) -> None:
    chart.barLabelFormat = _formatter(values, texts)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = _colour(INK)
    chart.barLabels.boxAnchor = anchor
    chart.barLabels.dx = dx
    chart.barLabels.dy = dy


def _line(group, spec, context, font, measure):
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics.widgets.markers import makeMarker

    rows, unit, values, value_texts = _series(group, context)
    width = context.width
    axis_room = max(measure(context.number(max(values), unit), TICK_SIZE) + 12, 28)
    slot = (width - axis_room) / len(rows)
    labels = [wrap(label, slot - 6, measure) for label, _ in rows]
    bottom = max(label.count("\n") + 1 for label in labels) * LABEL_SIZE * 1.25 + 8
    plot = min(170.0, max(110.0, width * 0.28))
    height = bottom + plot + LABEL_SIZE * 2

    chart = HorizontalLineChart()
    chart.x = axis_room
    chart.y = bottom
    chart.width = width - axis_room - 8
    chart.height = plot
    chart.data = [[float(v) for v in values]]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = _colour(SERIES[0])
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4.5,
                                       fillColor=_colour(SERIES[0]))
    chart.categoryAxis.categoryNames = labels
    _style_axis(chart.categoryAxis, font)
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = _colour(INK)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -5
    chart.categoryAxis.visibleTicks = 0
    _value_axis(chart.valueAxis, spec, values, context, unit, font)
    chart.lineLabelFormat = _formatter(values, value_texts)
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = LABEL_SIZE
    chart.lineLabels.fillColor = _colour(INK)
    chart.lineLabels.boxAnchor = "s"
    chart.lineLabels.dy = 5
    drawing = Drawing(width, height)
    drawing.add(chart)
    return drawing


def _pie(group, spec, context, font, measure):
    """Parts of a whole: the rows' slices, then the rest of the whole in grey."""
    from reportlab.graphics.charts.doughnut import Doughnut
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, Rect, String

    rows = chart_rows(group)
    unit = chart_unit(group)
    total = total_row(group)
    values = [row.value for _, row in rows]
    whole = total.value if total is not None else (
        Decimal(100) if all(row.unit == "%" for _, row in rows) else sum(values))
    rest = whole - sum(values)
    gettext = context.gettext
    entries = [(label, context.number(value, unit), SERIES[i])
               for i, ((label, _), value) in enumerate(zip(rows, values, strict=True))]
    if rest > 0:
        entries.append((gettext("其余"), "", REST))

    diameter = 104.0
    height = diameter + 12
    # The pie and its legend, centred in the text block.
    label_width = max(measure(label) for label, _, _ in entries)
    value_width = max((measure(value) for _, value, _ in entries if value), default=0)
    content = diameter + 24 + 14 + label_width + 12 + value_width
    pad = max(6.0, (context.width - content) / 2)
    drawing = Drawing(context.width, height)
    chart = Doughnut() if spec.type == "ring" else Pie()
    chart.x = pad
    chart.y = 6
    chart.width = chart.height = diameter
    data = [float(v) for v in values] + ([float(rest)] if rest > 0 else [])
    chart.data = data
    chart.startAngle = 90
    chart.direction = "clockwise"
    chart.slices.strokeColor = _colour("#ffffff")
    chart.slices.strokeWidth = 1.2
    chart.slices.label_visible = 0
    chart.labels = None
    for index, (_, _, colour) in enumerate(entries):
        chart.slices[index].fillColor = _colour(colour)
        chart.slices[index].label_visible = 0
    if spec.type == "ring":
        chart.innerRadiusFraction = 0.58
    drawing.add(chart)
    if spec.type == "ring" and len(rows) == 1:
        # The share itself in the ring's hole.
        share = context.number(values[0] * 100 / whole if unit != "%" else values[0], "%")
        drawing.add(String(pad + diameter / 2, 6 + diameter / 2 - SHARE_SIZE * 0.35, share,
                           fontName=font, fontSize=SHARE_SIZE, fillColor=_colour(INK),
                           textAnchor="middle"))
    # The legend: a swatch, the label, the value.
    left = pad + diameter + 24
    line = LABEL_SIZE * 2.1
    top = 6 + diameter / 2 + line * (len(entries) - 1) / 2 - LABEL_SIZE * 0.35
    value_x = left + 14 + label_width + 12
    for index, (label, value, colour) in enumerate(entries):
        y = top - index * line
        drawing.add(Rect(left, y - 1, 9, 9, fillColor=_colour(colour),
                         strokeColor=_colour(AXIS) if colour == REST else None,
                         strokeWidth=0.4))
        drawing.add(String(left + 14, y, label, fontName=font, fontSize=LABEL_SIZE,
                           fillColor=_colour(INK)))
        if value:
            drawing.add(String(value_x, y, value, fontName=font, fontSize=LABEL_SIZE,
                               fillColor=_colour(INK)))
    return drawing


# ---------------------------------------------------------------- for the build


def chart_strings(group: FigureGroup, locale: str, number_style: str = "official",
                  gettext: Gettext = str) -> list[str]:
    """The strings a group's chart sets besides axis ticks (digits), without drawing it:
    its title, unit, labels, values and the rest's name — for the glyph check."""
    if group.chart is None:
        return []
    unit = chart_unit(group)
    rows = chart_rows(group)

    def number(value: Decimal) -> str:
        if unit == "%":
            return format_percent(value, locale, number_style)
        return format_number(value, locale, number_style)

    strings = [group.chart.title or group.title, format_unit(unit), gettext("其余"), "%"]
    for label, row in rows:
        strings += [label, number(row.value)]
    return strings
