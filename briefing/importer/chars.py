"""Character classes and small text helpers shared by the importer's modules."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from briefing.cjk import is_han

# Chinese full-width punctuation (GB/T 15834) and the CJK symbol block.
CJK_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕〖〗…—·～﹏")
# Marks that end a sentence, and closers that may follow such a mark (。” ！） ……」).
SENTENCE_END = frozenset("。！？!?…")
CLOSERS = frozenset("”’」』）)》〉】〕〗\"'")
INLINE_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\s*/?>|<!--.*?-->")


def is_cjk_punctuation(char: str) -> bool:
    return char in CJK_PUNCTUATION or "\u3000" <= char <= "\u303f"


def is_chinese(char: str) -> bool:
    """Han or Chinese punctuation: the context that makes ASCII punctuation debris."""
    return bool(char) and (is_han(char) or is_cjk_punctuation(char))


def has_han(text: str) -> bool:
    return any(is_han(char) for char in text)


def han_count(text: str) -> int:
    return sum(1 for char in text if is_han(char))


def strip_tags(text: str) -> str:
    """Text without inline tags and comments: PM<sub>2.5</sub> reads PM2.5."""
    return INLINE_TAG.sub("", text)


def excerpt(text: str, start: int, end: int, context: int = 8) -> str:
    """text[start:end] with a little context either side, elided with …."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    return ("…" if left > 0 else "") + text[left:right] + ("…" if right < len(text) else "")


def join_lines(left: str, right: str) -> str:
    """Join two lines of one paragraph: Chinese joins without a space, Latin with one."""
    if not left or not right:
        return left + right
    if is_chinese(left[-1]) or is_chinese(right[0]):
        return left + right
    if left[-1] == "-" and left[-2:-1].isalnum() and right[0].isalnum():
        return left + right  # 「Fat-」「Tree」: a compound broken at its own hyphen
    if right[0] in ",.;:!?%‰)]}" or left[-1] in "([{":
        return left + right  # 「35」「%」, 「word」「,」: no space before these marks
    return left + " " + right


@functools.cache
def _to_simplified():
    import opencc  # only for a text that is not all ASCII, once a process

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=8192)
def simplified(text: str) -> str:
    """The text in Simplified characters, one for one (OpenCC's t2s), for reading the
    conventions' marker words (來源 is 来源, 記者 is 记者, 攝 is 摄) in a Traditional
    text; the text itself is never changed. Unchanged where a conversion would change its
    length (offsets in the one are offsets in the other). Cached: the title block asks
    for the same lines' forms again and again."""
    if text.isascii():
        return text
    converted = _to_simplified().convert(text)
    return converted if len(converted) == len(text) else text


# A text in Traditional characters: t2s changes a fifth to a third of its Han characters; a
# Simplified text's, next to none (the tuning corpus: 69 texts at 6 % or more, the rest at
# 0.35 % or less, 2026-12-01). The share between tells them apart with room on both sides.
TRADITIONAL_SHARE = 0.05
TRADITIONAL_MIN = 10  # characters changed: a short text's few are no evidence


def written_in_traditional(texts: Iterable[str]) -> bool:
    """Whether `texts` (a text's paragraphs) are written in Traditional characters (see
    TRADITIONAL_SHARE). Read a paragraph at a time: `simplified` leaves a text whole whose
    conversion would change its length, and one such paragraph must not hide the rest."""
    han = changed = 0
    for text in texts:
        han += sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
        changed += sum(1 for char, plain in zip(text, simplified(text), strict=True)
                       if char != plain)
    return changed >= TRADITIONAL_MIN and changed >= TRADITIONAL_SHARE * han


def blank_gaps(text: str) -> list[int]:
    """The runs of blank (or space-only) lines between the text's lines, in order."""
    gaps: list[int] = []
    run, seen = 0, False
    for line in text.split("\n"):
        if line.strip():
            if seen and run:
                gaps.append(run)
            run, seen = 0, True
        else:
            run += 1
    return gaps


# Common surnames, to tell a person's name from other words of two or three characters.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郜")
