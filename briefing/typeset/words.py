"""Where a title or heading may break: between phrases (at punctuation and spaces), or
at least between words. Pure functions over a string, like rules.py; words come from
jieba's segmentation (its dictionary is loaded on first use only: a build whose titles
and headings all fit one line never loads it).

Each returns the indices i such that a break between text[i] and text[i+1] is banned.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from briefing.cjk import OPENING, RIGHT_BLANK

# Marks after which a phrase ends (，。、；：？！ and closing brackets and quotes), and the
# dashes and ellipses that set a phrase off.
_PHRASE_END = RIGHT_BLANK | frozenset("—…")


def phrase_bans(text: str) -> set[int]:
    """Every place but a phrase boundary: after a pause, stop or closing mark, at a
    space, before an opening mark (「……报告》的通知」 breaks after 》, not inside)."""
    return {i for i in range(len(text) - 1)
            if not (text[i] in _PHRASE_END or text[i].isspace() or text[i + 1].isspace()
                    or text[i + 1] in OPENING)}


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


# Particles that lean on the word before them: a line never starts with one
# (「……实施方案 / 的通知」 breaks as 「……实施方案的 / 通知」 or elsewhere).
ENCLITICS = frozenset("的地得之了着过")


@lru_cache(maxsize=4096)
def word_bans(text: str) -> frozenset[int]:
    """Every place inside a word (「监|测」 banned, 「监测|报告」 not), by jieba's
    segmentation of `text`, and before a particle that leans on the word before it."""
    bans, start = set(), 0
    for word in _tokenizer().cut(text, HMM=True):
        end = start + len(word)
        bans.update(range(start, end - 1))
        if word in ENCLITICS and start > 0:
            bans.add(start - 1)
        start = end
    return frozenset(bans)
