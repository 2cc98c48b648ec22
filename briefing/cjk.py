"""Character classes of Chinese text (CLREQ, GB/T 15834), shared by the importer, the
typesetting layer and the preflight. Pure data and predicates."""

from __future__ import annotations

import unicodedata

# Full-width marks whose blank half is on the right (the glyph sits left): closing
# brackets and quotes, and the pause and stop marks as set in Simplified Chinese.
CLOSING = frozenset("”’」』）】〗〕］｝》〉")
PAUSES = frozenset("、，：；")
STOPS = frozenset("。．！？")
RIGHT_BLANK = CLOSING | PAUSES | STOPS
# Opening brackets and quotes: blank on the left, glyph on the right.
OPENING = frozenset("“‘「『（【〖〔［｛《〈")
FULLWIDTH_MARKS = RIGHT_BLANK | OPENING

# CLREQ strict level (禁则): what may not start or end a line.
NO_LINE_START = RIGHT_BLANK | frozenset("·・‧～—–-…⋯⸺/／%‰℃")
NO_LINE_END = OPENING
# Two-character marks that are never split, and never start a line.
INSEPARABLE = ("——", "……", "⸺⸺", "⋯⋯")


def is_han(char: str) -> bool:
    """Han ideographs (all planes) and kana: the characters set on the em grid."""
    if not char:
        return False
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
        or 0x3040 <= code <= 0x30FF
        or code == 0x3007  # 〇
    )


def is_latin(char: str) -> bool:
    """Letters and digits of alphabetic scripts, and the signs that belong to numbers."""
    if char in "%‰°℃":
        return True
    if char.isascii():
        return char.isalnum()
    category = unicodedata.category(char)
    return category[0] in "LN" and not is_han(char) and unicodedata.east_asian_width(char) != "W"


def is_cjk_mark(char: str) -> bool:
    return char in FULLWIDTH_MARKS or char in "—…·・～"
