"""Character classes of Chinese text (CLREQ, GB/T 15834), shared by the importer, the
typesetting layer and the preflight. Pure data and predicates."""

from __future__ import annotations

import re

# Full-width marks whose blank half is on the right (the glyph sits left): closing
# brackets and quotes, and the pause and stop marks as set in Simplified Chinese.
CLOSING = frozenset("”’」』）】〗〕］｝》〉")
PAUSES = frozenset("、，：；")
STOPS = frozenset("。．！？")
RIGHT_BLANK = CLOSING | PAUSES | STOPS
# Marks that may hang past a line's end where a template allows it (CLREQ 行末点号悬挂;
# Word's 「允许标点溢出边界」): the pause and stop marks, not the brackets and quotes.
HANGING = PAUSES | STOPS
# Opening brackets and quotes: blank on the left, glyph on the right.
OPENING = frozenset("“‘「『（【〖〔［｛《〈")
FULLWIDTH_MARKS = RIGHT_BLANK | OPENING

# CLREQ strict level (禁则): what may not start or end a line.
NO_LINE_START = RIGHT_BLANK | frozenset("·・‧～—–-…⋯⸺/／%‰℃")
NO_LINE_END = OPENING | frozenset("/／")
# Two-character marks that are never split, and never start a line.
INSEPARABLE = ("——", "……", "⸺⸺", "⋯⋯")


# As regular-expression classes, so that the rules scan a text in C, not char by char.
HAN_CLASS = "\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic, super/subscript
# digits) and the signs that belong to numbers.
LATIN_CLASS = ("0-9A-Za-z%‰°℃\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be"
               "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f"
               "\u2070-\u209f\u2150-\u218f")
HAN = re.compile(f"[{HAN_CLASS}]")
LATIN = re.compile(f"[{LATIN_CLASS}]")


def is_han(char: str) -> bool:
    """Han ideographs (all planes), 〇 and kana: the characters set on the em grid."""
    return bool(char) and HAN.fullmatch(char) is not None


def is_latin(char: str) -> bool:
    """Letters and digits of alphabetic scripts, and the signs that belong to numbers."""
    return bool(char) and LATIN.fullmatch(char) is not None


def is_cjk_mark(char: str) -> bool:
    return char in FULLWIDTH_MARKS or char in "—…·・～"


# Units written after a number (CLREQ 3.1.4: a number and its unit are one unit of layout;
# GB/T 15835): an optional magnitude, a measure and an optional 「/per」 — 个百分点, 万千瓦时,
# 亿元, 万吨/年, μg/m³. The typesetting layer keeps each, and a number with its sign and
# unit (「−1.2个百分点」), on one line; the importer reads key figures by its own fuller table
# (importer/figures/numbers.py).
UNIT_MAGNITUDES = ("万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千", "百")
UNIT_MEASURES = (
    "个百分点", "百分点", "千瓦时", "兆瓦时", "吉瓦时", "千瓦", "兆瓦", "吉瓦", "吨标准煤",
    "吨公里", "平方公里", "平方千米", "平方米", "立方米", "公顷", "公里", "千米", "厘米", "毫米",
    "千克", "公斤", "摄氏度", "元人民币", "美元", "欧元", "港元", "日元", "人次", "户次",
    "车次", "架次", "艘次", "批次", "标箱", "个小时", "小时", "分钟",
    "微克/立方米", "毫克/立方米", "毫克/升", "微克每立方米", "毫克每立方米", "毫克每升",
)
# Latin units, as patterns (the exponent may be a separate <sup> box: 「μg/m」 and 「3」).
UNIT_LATIN = (r"[μµm]g/[mL](?:[3³])?", r"k?m[²2]", r"[kMGT]Wh?", "TEU")
# One-character measures that follow a magnitude (亿元, 万吨, 万人): with a number before
# them the layer keeps 「3万人」 together anyway; these make 「亿元」 a word on its own too.
UNIT_AFTER_MAGNITUDE = "元吨人户家个件辆台座亩米克套项"
UNIT_PER = ("人次", "平方米", "小时", "公里", "年", "人", "天", "日", "月", "吨", "亩", "户", "辆",
            "台")
# A dash or tilde between two numbers marks a range (连接号: 「1—12月」 「2021—2025年」
# 「80%~100%」 「1－5月」): set tight, and never broken on either side (CLREQ 3.1.4).
RANGE_MARKS = "—～~－–-−"
