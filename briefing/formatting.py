"""Locale-aware formatting of numbers, dates and units (Babel), as Jinja filters.

Pure functions; the templates call them, so a template never formats a number itself.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

# Babel's format_unit is unreliable in Chinese (long forms fall back to
# "length-kilometer"), so the units briefings use are spelled here.
UNIT_DISPLAY = {
    "μg/m3": "μg/m³",
    "ug/m3": "μg/m³",
    "mg/m3": "mg/m³",
    "m3": "m³",
    "km2": "km²",
    "m2": "m²",
}


def format_number(value: Decimal | int | float, locale: str, style: str = "official") -> str:
    """All significant digits kept; official style has no thousands separators."""
    return format_decimal(
        Decimal(str(value)), locale=locale, decimal_quantization=False,
        group_separator=(style == "grouped"),
    )


def format_long_date(value: dt.date, locale: str) -> str:
    """2021年3月19日 in Chinese: Arabic digits, no zero padding."""
    return babel_format_date(value, format="long", locale=locale)


def format_unit(unit: str) -> str:
    return UNIT_DISPLAY.get(unit, unit)
