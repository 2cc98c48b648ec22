"""Names of measured substances whose digits are set as subscripts: PM2.5 and PM10,
and chemical formulas (SO2, NO2, O3, CO2, NH3, NOx). Pure functions over a string, shared
by the importer's repair (it writes <sub> into article.md) and by the templates' labels
(a key-figure label the editor keeps as plain text in figures.yaml)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

PM_NUMBER = re.compile(r"(?<![A-Za-z])PM(2\.5|10)(?![\d.])")
# A chemical formula (SO2, NO2, O3, CO2, NH3, NOx): a run of Latin letters and digits
# standing alone (no letter, digit or . on either side) that is one of the formulas of air
# and water chemistry a bulletin or report names (FORMULAS), or NOx/SOx. A list, not the
# form of a formula: names and codes take that form too — a console (「PS4」), an interface
# (「S2C」), a heading tag (「H2」) read as element symbols with counts, as 5G, A4, N95,
# C919, B2B, O2O, GB3095 and H7N9 do not.
FORMULA_RUN = re.compile(r"(?<![A-Za-z0-9./\\_=#@-])[A-Z][A-Za-z0-9]*(?![A-Za-z0-9.])")
FORMULA_PART = re.compile(r"(Cl|Br|Si|[CHNOSPFI])([2-9]?)")
FORMULAS = frozenset({
    "SO2", "SO3", "NO2", "N2O", "N2O5", "CO2", "O2", "O3", "N2", "Cl2", "NH3", "NH4", "CH4",
    "C2H6", "C3H8", "C2H4", "C6H6", "H2O", "H2O2", "H2S", "H2SO4", "HNO3", "H3PO4", "NO3",
    "SO4", "PO4", "CO3", "HCO3", "CS2", "SF6", "CCl4", "CHCl3", "SiO2", "P2O5", "NF3",
    "ClO2"})
ELEMENT_CLASS = re.compile(r"^[NS]Ox$")


def _formula_counts(run: str) -> list[tuple[int, int]] | None:
    """The spans of the counts to subscript in `run` when it is a chemical formula."""
    if ELEMENT_CLASS.match(run):
        return [(2, 3)]
    if run not in FORMULAS:
        return None
    return [part.span(2) for part in FORMULA_PART.finditer(run) if part.group(2)]


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
