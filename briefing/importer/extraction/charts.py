"""A chart's text in a raw extraction: pdftotext sets the tick labels of a chart's axis one
a line (「380%」「360%」「340%」…, 「0.3」「0.25」「0.2」…) among the paragraphs. They are no
sentence and no table of the article: the chart is a picture the briefing does not carry.
What makes them an axis, across brokers', statistical and research reports alike, is that
ticks are evenly spaced: four or more lines in a row, each one number with the same unit,
each the last plus the same step. A run of 1, 2, 3 … (a column of serial numbers or years
set one a line, a table's) is never taken."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from briefing.importer.records import Repair

# One tick label: a number (thousands separated or not, signed or not), maybe a percent.
TICK = re.compile(r"([+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−]?\d+(?:\.\d+)?)\s*([%％]?)")
AXIS_TICKS_MIN = 4  # three evenly spaced numbers in a row happen in a table's column


def _tick(text: str) -> tuple[Decimal, str] | None:
    match = TICK.fullmatch(text.strip())
    if not match:
        return None
    try:
        value = Decimal(match.group(1).replace(",", "").replace("−", "-"))
    except InvalidOperation:
        return None
    return value, match.group(2).replace("％", "%")


def _is_axis(ticks: list[tuple[Decimal, str]]) -> bool:
    if len(ticks) < AXIS_TICKS_MIN:
        return False
    step = ticks[1][0] - ticks[0][0]
    serial = abs(step) == 1 and all(value == value.to_integral_value() for value, _ in ticks)
    return step != 0 and not serial


def _runs(lines: list[tuple[int, str]]) -> list[list[int]]:
    """The indexes of each run of evenly spaced ticks (blank lines between them allowed)."""
    runs: list[list[int]] = []
    run: list[int] = []
    ticks: list[tuple[Decimal, str]] = []
    for index, (_, text) in enumerate(lines):
        if not text.strip():
            continue
        tick = _tick(text)
        follows = tick is not None and bool(ticks) and tick[1] == ticks[-1][1] and (
            len(ticks) == 1 and tick[0] != ticks[0][0]
            or len(ticks) > 1 and tick[0] - ticks[-1][0] == ticks[-1][0] - ticks[-2][0])
        if follows:
            run.append(index)
            ticks.append(tick)
            continue
        if _is_axis(ticks):
            runs.append(run)
        run, ticks = ([index], [tick]) if tick else ([], [])
    if _is_axis(ticks):
        runs.append(run)
    return runs


def chart_axes(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """The lines but the ticks of a chart's axis, each left as a blank line (the text on
    either side is not one paragraph across the chart)."""
    runs = _runs(lines)
    if not runs:
        return lines, []
    drop = {index for run in runs for index in run}
    repairs = [Repair("chart-axis", lines[run[0]][0],
                      " ".join(lines[index][1].strip() for index in run), "",
                      f"Removed {len(run)} lines of evenly spaced numbers, one a line: the "
                      "tick labels of a chart's axis (the chart is not in the briefing). "
                      "Put them back if they were a table's column.", review=True)
               for run in runs]
    return [(number, "" if index in drop else text)
            for index, (number, text) in enumerate(lines)], repairs
