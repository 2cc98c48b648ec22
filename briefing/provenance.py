"""Where a key figure comes from: the sentence of article.md each figures.yaml row cites.

A row's `source` is its sentence word for word. When an editor changes that sentence
in article.md (a corrected number, a reworded clause), the row no longer finds it; rather
than losing the link, the row is matched to the sentence it was taken from — the same
sentence with other numbers, or one nearly the same — so `briefing check` can say
"figures.yaml line X is stale: the sentence at article.md line Y now reads …" instead of
"sentence not found".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from briefing.model import Citation, FigureRow

# (「8,714億元」: one number, its thousands separated)
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?")
SPACE = re.compile(r"\s+")
# Sentences end at 。！？ (and a closing quote after it), as the importer cuts them.
SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』）]*|[^。！？]+$")
# How alike a reworded sentence must be to still count as the cited one.
SIMILAR = 0.8


@dataclass(frozen=True)
class Passage:
    """A block's plain text and where it is."""

    block: str
    line: int
    text: str
    compact: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compact", key(self.text))


def key(text: str) -> str:
    """What sentences are compared by: their text without white space."""
    return SPACE.sub("", text)


def numbers_in(text: str) -> set[Decimal]:
    return {Decimal(n.replace(",", "")) for n in NUMBER.findall(text)}


def sentences(text: str) -> list[str]:
    return [s for s in (part.strip() for part in SENTENCE.findall(text)) if s]


def skeleton(text: str) -> str:
    """The sentence with every number replaced: equal for two versions of a sentence
    that differ only in their figures."""
    return NUMBER.sub("#", key(text))


def locate(source: str, passages: Iterable[Passage]) -> Citation | None:
    """The sentence `source` cites: word for word, else its edited version, else None."""
    passages = list(passages)
    wanted = key(source)
    for passage in passages:
        if wanted in passage.compact:
            return Citation(block=passage.block, line=passage.line, sentence=source)
    return across_paragraphs(source, passages) or edited(source, passages)


def across_paragraphs(source: str, passages: list[Passage]) -> Citation | None:
    """`source` as sentences standing in one paragraph and the next (a figure in one, its
    change given in the paragraph after: 「……为0.081毫克/立方米。」 then 「与去年同期相比，
    ……下降40.4%。」), cited at the first as they read now — not exact when a sentence's
    numbers were edited since; else None."""
    parts = sentences(source)
    if len(parts) < 2:
        return None
    for start, passage in enumerate(passages):
        first = _held(passage, parts[0])
        if first is None:
            continue
        at, now = start, [first]
        for part in parts[1:]:
            found = _held(passages[at], part)
            if found is None and at + 1 < len(passages):
                found = _held(passages[at + 1], part)
                at += 1 if found is not None else 0
            if found is None:
                break
            now.append(found)
        else:
            exact = now == parts
            return Citation(block=passage.block, line=passage.line,
                            sentence=source if exact else "".join(now), exact=exact)
    return None


def _held(passage: Passage, sentence: str) -> str | None:
    """The sentence as the passage holds it: word for word, or with other numbers (an
    edit since); None when it holds neither."""
    if key(sentence) in passage.compact:
        return sentence
    shape = skeleton(sentence)
    return next((s for s in sentences(passage.text) if skeleton(s) == shape), None)


def edited(source: str, passages: list[Passage]) -> Citation | None:
    """The sentence that `source` became: the same words with other numbers, or the most
    similar sentence if it is at least SIMILAR alike (and clearly the best)."""
    wanted = key(source)
    shape = skeleton(source)
    best: tuple[float, Passage, str] | None = None
    for passage in passages:
        for sentence in sentences(passage.text):
            if skeleton(sentence) == shape:
                return Citation(block=passage.block, line=passage.line, sentence=sentence,
                                exact=False)
            matcher = difflib.SequenceMatcher(None, wanted, key(sentence), autojunk=False)
            if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILAR and (best is None or ratio > best[0]):
                best = (ratio, passage, sentence)
    if best is None:
        return None
    _, passage, sentence = best
    return Citation(block=passage.block, line=passage.line, sentence=sentence, exact=False)


def stale_parts(row: FigureRow) -> list[str]:
    """What of a row its cited sentence no longer says: the value, the change, the rank."""
    if row.cited is None:
        return []
    sentence = row.cited.sentence
    missing = []
    if row.value not in numbers_in(sentence):
        missing.append(f"value {row.value}")
    for name in ("change", "rank"):
        text = getattr(row, name)
        if not text or key(text) in key(sentence):
            continue
        # 「分别下降11.6%、11.2%」 gives the second row 「下降11.2%」: not a substring,
        # but its number is there.
        figures = numbers_in(text)
        if not figures or not figures <= numbers_in(sentence):
            missing.append(f"{name} 「{text}」")
    return missing
