"""Locale-aware formatting of numbers, dates and units (Babel), as Jinja filters.

Pure functions; the templates call them, so a template never formats a number itself.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import parse_pattern

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
# Languages that set a unit right after its number (16398.12万元, 27μg/m³).
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "ko"})


# A negative value's sign is the minus sign (U+2212), not the hyphen-minus Babel's
# locale data gives Chinese and English.
HYPHEN_MINUS, MINUS = "-", "\u2212"


def _minus(text: str) -> str:
    return text.replace(HYPHEN_MINUS, MINUS)


def format_number(value: Decimal | int | float, locale: str, style: str = "official") -> str:
    """Every digit the value was written with kept, trailing zeros too (the source's
    「1.0%」 is not 「1%」); official style has no thousands separators; a negative value
    with the minus sign (−3.5)."""
    return _format_digits(str(value), str(locale), style)


# Babel parses the locale on every call, and a template formats each key figure several
# times: keyed by the number's digits (1, 1.0 and Decimal("1.0") are equal but print apart).
@lru_cache(maxsize=4096)
def _format_digits(digits: str, locale: str, style: str, percent: bool = False) -> str:
    """The locale's decimal (or percent) pattern with exactly the number's decimal places:
    Babel's own quantization would cut digits, and its unquantized form drops trailing
    zeros."""
    number = Decimal(digits)
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    parsed = Locale.parse(locale)
    formats = parsed.percent_formats if percent else parsed.decimal_formats
    pattern = parse_pattern(formats[None].pattern)
    pattern.frac_prec = (places, places)
    value = number / 100 if percent else number
    return _minus(pattern.apply(value, parsed, group_separator=(style == "grouped")))


def format_long_date(value: dt.date, locale: str) -> str:
    """2021年3月19日 in Chinese: Arabic digits, no zero padding."""
    return babel_format_date(value, format="long", locale=locale)


def format_unit(unit: str) -> str:
    return UNIT_DISPLAY.get(unit, unit)


def format_percent(value: Decimal | int | float, locale: str, style: str = "official") -> str:
    """A percentage given in percent (77 → 77%, 53.3 → 53.3%, 1.0 → 1.0%), its digits all
    kept; the sign's place and spacing follow the locale (fr: 77 %)."""
    return _format_digits(str(value), str(locale), style, percent=True)


def format_quantity(value: Decimal | int | float, unit: str, locale: str,
                    style: str = "official") -> str:
    """A number with its unit: 77% · 16398.12万元 · 27μg/m³ in Chinese; a space before a
    unit in languages that write one (en: 27 μg/m³)."""
    if unit == "%":
        return format_percent(value, locale, style)
    number = format_number(value, locale, style)
    if not unit:
        return number
    space = "" if Locale.parse(locale).language in UNSPACED_LANGUAGES else "\u00a0"
    return number + space + format_unit(unit)
