"""Chinese numerals (一、二、……十一、一百零一) and the numbering of official headings.

Babel cannot spell numbers in Chinese characters, so this is a small mapping of our own,
tested against the forms official documents use:

    10 → 十 (not 一十), 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十,
    1001 → 一千零一, 10010 → 一万零一十, 100000 → 十万.

Heading levels in GB/T 9704 documents are numbered 一、 → （一） → 1. → （1）.
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
SMALL_UNITS = ("", "十", "百", "千")  # within a group of four digits
LARGE_UNITS = ("", "万", "亿")  # groups of four digits
LIMIT = 10**12  # up to 9999亿9999万9999


def _group(value: int) -> str:
    """0 < value < 10000, written with 十百千 and 零 for skipped places (no leading 零)."""
    text = ""
    zero = False
    for place in range(3, -1, -1):
        digit = value // 10**place % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += DIGITS[digit] + SMALL_UNITS[place]
    return text


def chinese_numeral(value: int) -> str:
    """The number written in Chinese characters, as official text writes it (0 → 零)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"an integer is needed, not {value!r}")
    if value < 0:
        return "负" + chinese_numeral(-value)
    if value >= LIMIT:
        raise ValueError(f"{value} is too large to write in Chinese numerals here")
    if value == 0:
        return DIGITS[0]
    groups = []
    rest = value
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    text = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(text)
            continue
        # A group below 1000 after a higher group reads with 零 (一万零五百).
        if text and (need_zero or group < 1000):
            text += "零"
        text += _group(group) + LARGE_UNITS[index]
        need_zero = False
    # 一十 → 十 at the start (十一, 十万), as in speech and official text.
    if text.startswith("一十"):
        text = text[1:]
    return text


def heading_number(level: int, index: int) -> str:
    """The number of the `index`-th (1-based) heading at `level` (1–4), GB/T 9704 style."""
    if index < 1:
        raise ValueError("headings are numbered from 1")
    if level == 1:
        return f"{chinese_numeral(index)}、"
    if level == 2:
        return f"（{chinese_numeral(index)}）"
    if level == 3:
        return f"{index}."
    if level == 4:
        return f"（{index}）"
    raise ValueError(f"no official numbering for heading level {level}")
