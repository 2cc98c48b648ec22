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
