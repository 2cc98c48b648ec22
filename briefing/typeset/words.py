"""Where a title or heading may break: between phrases (at punctuation and spaces), or
at least between words. Pure functions over a string, like rules.py; words come from
jieba's segmentation (its dictionary is loaded on first use only: a build whose titles
and headings all fit one line never loads it, and a title segmented once is read from
the cache on disk afterwards, so rebuilding a briefing whose titles did not change
never loads it either — loading costs 0.7 s or more).

Each returns the indices i such that a break between text[i] and text[i+1] is banned.
"""

from __future__ import annotations

import hashlib
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
    from briefing.diskcache import cache_dir, read_json, write_json

    path = _cache_path(cache_dir(), text)
    stored = read_json(path)
    if isinstance(stored, list) and all(isinstance(i, int) for i in stored):
        return frozenset(stored)
    bans = _segment_bans(text)
    write_json(path, sorted(bans))
    return bans


def _cache_path(folder, text: str):
    """Keyed by the text and by what segments it: jieba's version and our particles."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
    return folder / "words" / _setting() / f"{key}.json"


@lru_cache(maxsize=1)
def _setting() -> str:
    from importlib.metadata import version

    return hashlib.sha256(f"{version('jieba')}|{''.join(sorted(ENCLITICS))}".encode()
                          ).hexdigest()[:12]


def _segment_bans(text: str) -> frozenset[int]:
    bans, start = set(), 0
    for word in _tokenizer().cut(text, HMM=True):
        end = start + len(word)
        bans.update(range(start, end - 1))
        if word in ENCLITICS and start > 0:
            bans.add(start - 1)
        start = end
    return frozenset(bans)
