"""Names of measured substances whose digits are set as subscripts: PM2.5 and PM10,
and chemical formulas (SO2, NO2, O3, CO2, NH3, NOx). Pure functions over a string, shared
by the importer's repair (it writes <sub> into article.md) and by the templates' labels
(a key-figure label the editor keeps as plain text in figures.yaml)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

PM_NUMBER = re.compile(r"(?<![A-Za-z])PM(2\.5|10)(?![\d.])")
# A chemical formula (SO2, NO2, O3, CO2, NH3, CH4, N2O, H2S, NOx): a run of Latin letters
# and digits standing alone (no letter, digit or . on either side) that reads wholly as
# element symbols, each with an optional count. Only the light elements of air and water
# chemistry count, and a formula must look like one — two or more different elements with
# counts of 2 to 9 (chemistry writes no 1; 「N95」 「C919」 「K12」 are names), or one of the
# molecules of one element (O2, O3, N2, H2, Cl2), or NOx/SOx — so that 5G, A4, G20, H5,
# B2B, O2O (a symbol twice), F1, CO 2020 and GB3095 are never formulas; nor is an
# influenza subtype (H7N9: H and N with counts).
FORMULA_RUN = re.compile(r"(?<![A-Za-z0-9./\\_=#@-])[A-Z][A-Za-z0-9]*(?![A-Za-z0-9.])")
FORMULA_PART = re.compile(r"(Cl|Br|Si|[CHNOSPFI])([2-9]?)")
ONE_ELEMENT = frozenset({"O2", "O3", "N2", "H2", "Cl2"})
ELEMENT_CLASS = re.compile(r"^[NS]Ox$")
INFLUENZA = re.compile(r"^H\d+N\d+$")


def _formula_counts(run: str) -> list[tuple[int, int]] | None:
    """The spans of the counts to subscript in `run` when it is a chemical formula."""
    if ELEMENT_CLASS.match(run):
        return [(2, 3)]
    if INFLUENZA.match(run):
        return None
    parts, position = [], 0
    while position < len(run):
        part = FORMULA_PART.match(run, position)
        if part is None:
            return None
        parts.append(part)
        position = part.end()
    symbols = [part.group(1) for part in parts]
    counts = [part.span(2) for part in parts if part.group(2)]
    if not counts or len(set(symbols)) != len(symbols):
        return None
    if len(symbols) == 1 and run not in ONE_ELEMENT:
        return None
    return counts


def subscript_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` set as subscripts: PM2.5's 2.5, SO2's 2 (in order)."""
    spans = [match.span(1) for match in PM_NUMBER.finditer(text)]
    for match in FORMULA_RUN.finditer(text):
        spans += [(match.start() + start, match.start() + end)
                  for start, end in _formula_counts(match.group()) or ()]
    return sorted(spans)


def with_subscripts(text: str) -> Markup:
    """`text` escaped for HTML, its substances' digits in <sub> (PM<sub>2.5</sub>)."""
    parts, position = [], 0
    for start, end in subscript_spans(text):
        parts += [escape(text[position:start]), Markup("<sub>%s</sub>") % text[start:end]]
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)
