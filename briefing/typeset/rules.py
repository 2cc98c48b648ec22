"""The typesetting rules as pure functions over a string of text.

Each returns positions in the string; the WeasyPrint seam (`weasy.py`) turns them
into Pango attributes, so the text itself is never changed (copying from the PDF
gives back exactly the characters of the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum, StrEnum
from functools import lru_cache

from briefing.cjk import (
    CLOSING,
    FULLWIDTH_MARKS,
    HAN_CLASS,
    INSEPARABLE,
    LATIN_CLASS,
    NO_LINE_END,
    NO_LINE_START,
    OPENING,
    PAUSES,
    RANGE_MARKS,
    RIGHT_BLANK,
    STOPS,
    UNIT_AFTER_MAGNITUDE,
    UNIT_LATIN,
    UNIT_MAGNITUDES,
    UNIT_MEASURES,
    UNIT_PER,
    is_cjk_mark,
    is_han,
    is_latin,
)

# CJK–Latin spacing, in em (CLREQ: a quarter em).
AUTOSPACE_EM = 0.25
# The least it may be reduced to when a line is adjusted by reduction (CLREQ 3.2.2: the
# gap is an object of line adjustment; JLREQ's reduction table: 1/4 down to 1/8 em).
AUTOSPACE_MIN_EM = 0.125
# Justification: the most a gap may grow beyond the font's own advances, in em (a line
# that needs more is loose).
TIGHT_EM = 0.25


class PunctuationStyle(StrEnum):
    """How wide full-width marks are set.

    quanjiao  every mark 1 em; adjacent marks compressed to 1.5 em together
    kaiming   the mainland default: marks inside a sentence (，、：；) half width,
              sentence ends full; adjacent marks compressed
    banjiao   every mark half width
    centred   every mark 1 em, never compressed: Traditional Chinese (Taiwan, Hong Kong)
              centres its marks in their em, so there is no blank half to remove
    """

    QUANJIAO = "quanjiao"
    KAIMING = "kaiming"
    BANJIAO = "banjiao"
    CENTRED = "centred"


def _class(chars) -> str:
    return "".join(sorted(re.escape(char) for char in chars))


class _Compiled:
    """A regular expression compiled when first used. A build's own process imports this
    module (render.py) and matches none of the patterns below; its export's process
    (export_worker.py) matches them all. Compiling them — the Han character classes above
    all — is ≈ 0.02 s of CPU time, on the pipeline's path to sending its HTML when done at
    import. The first use sets the compiled pattern's methods on the object, so later
    uses cost what the pattern's own do."""

    __slots__ = ("_pattern", "_flags", "finditer", "fullmatch", "match", "search")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        # Reached only before the first use has set the methods (or for another name).
        compiled = re.compile(self._pattern, self._flags)
        for method in _Compiled.__slots__[2:]:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def compiled(self) -> bool:
        """Whether a use has compiled it (read without compiling it)."""
        try:
            _Compiled.search.__get__(self)
        except AttributeError:
            return False
        return True


def compile_patterns() -> None:
    """Compile every pattern now: the export's process does it while it waits for the
    HTML, not on the layout's path."""
    for value in list(globals().values()):
        if isinstance(value, _Compiled):
            value.search  # noqa: B018 - the first use compiles


_RIGHT, _OPEN, _PAUSE = _class(RIGHT_BLANK), _class(OPENING), _class(PAUSES)
_ALWAYS_HALVED = {
    PunctuationStyle.BANJIAO: re.compile(f"[{_RIGHT}{_OPEN}]"),
    PunctuationStyle.KAIMING: re.compile(f"[{_PAUSE}]"),
    PunctuationStyle.QUANJIAO: None,
    PunctuationStyle.CENTRED: None,
}
# Adjacent marks: two blanks side by side (。“ ，“ 》《) or a blank before a glyph
# (。” ）、): the first mark drops its right blank, else the second its left one.
_BLANK_BEFORE_MARK = _Compiled(f"[{_RIGHT}](?=[{_RIGHT}{_OPEN}])")
_OPEN_AFTER_OPEN = _Compiled(f"(?<=[{_OPEN}])[{_OPEN}]")
_AUTOSPACE = _Compiled(f"(?<=[{HAN_CLASS}])(?=[{LATIN_CLASS}])|"
                        f"(?<=[{LATIN_CLASS}])(?=[{HAN_CLASS}])")
_NO_BREAK = _Compiled(f"(?=.[{_class(NO_LINE_START)}])|[{_class(NO_LINE_END)}](?=.)", re.S)
_INSEPARABLE = _Compiled("|".join(re.escape(mark) for mark in INSEPARABLE))
# A number and its unit or measure word stay on one line (「281 / 天」, 「3 / 万人」), and so
# do 第 and its number (「第 / 4」): the positions before which no break may fall.
_NUMBER_UNIT = _Compiled(f"(?<=[0-9])(?=[{HAN_CLASS}%‰℃°])|"
                          f"(?<=[0-9])(?= [{HAN_CLASS}])|(?<=[0-9] )(?=[{HAN_CLASS}])|"
                          f"(?<=[0-9][万亿千百])(?=[{HAN_CLASS}])|"
                          "(?<=第)(?=[0-9一二三四五六七八九十百零〇两])")
# A unit is one word (「个百/分点」 never), and so is a number with its sign and unit
# (「−1.2个百分点」, 「3.2亿千瓦时」, 「2.0 个百分点」 with the space a source put in).
_MAGNITUDE = "(?:" + "|".join(UNIT_MAGNITUDES) + ")"
_MEASURE = "(?:" + "|".join([*(re.escape(m) for m in sorted(UNIT_MEASURES, key=len,
                                                              reverse=True)), *UNIT_LATIN]) + ")"
_PER = "(?:[/／](?:" + "|".join(UNIT_PER) + "))?"
_UNIT = (f"(?:{_MAGNITUDE}?{_MEASURE}{_PER}|{_MAGNITUDE}[{UNIT_AFTER_MAGNITUDE}]{_PER}"
         f"|[%‰℃°])")
_UNIT_WORD = _Compiled(_UNIT)
_NUMBER_WITH_UNIT = _Compiled(f"(?<![0-9.])[+\\-−±]?[0-9]+(?:\\.[0-9]+)?\\s?{_UNIT}")
# A range: a dash or tilde between two numbers (「1—12月」 「2021—2025年」 「80%~100%」,
# Roman class numbers 「Ⅰ～Ⅲ类」) sits
# tight against both — no break and no justification space on either side.
_RANGE_MARK = _Compiled(f"(?<=[0-9%‰℃万亿千百年月日\u2160-\u216b])[{re.escape(RANGE_MARKS)}]"
                         "(?=[0-9\u2160-\u216b])")  # and water classes: 「Ⅰ~Ⅲ类」
# Inside a kept unit, the one place a line may break as a last means, when the line
# before it would otherwise stand loose (layout_patches: after compressing punctuation
# and hanging): between a measure word 个 or a magnitude and a unit word of two or more
# Han characters after it — 「0.1个 / 百分点」, 「3.5万 / 千瓦时」. The number keeps its
# measure word or magnitude, the unit stays one word (CLREQ forbids neither break; a
# number is never parted from all of its unit, nor a unit word cut: 「百分 / 点」).
_LONG_MEASURES = sorted((m for m in UNIT_MEASURES if len(m) >= 2 and is_han(m[0])
                         and not m.startswith("个")), key=len, reverse=True)
_SOFT_BREAK = _Compiled("(?:个|" + "|".join(UNIT_MAGNITUDES) + ")(?=" +
                         "|".join(re.escape(m) for m in _LONG_MEASURES) + ")")
# And after the slash of a compound unit written in Han characters (「59.1微克/ / 立方米」,
# 「万吨/ / 年」): CLREQ's basic level lets 「/」 end a line, its strict level (ours) does
# not, so the slash ends a line only as the last means, never starts one, and the
# number keeps the unit's first word. A Latin unit (「μg/m³」) stays whole.
_SOFT_SLASH = _Compiled(f"(?<=[{HAN_CLASS}])[/／](?=[{HAN_CLASS}])")
_LAST_TWO_HAN = _Compiled(f"[{HAN_CLASS}](?=[^{HAN_CLASS}]*[{HAN_CLASS}][^{HAN_CLASS}]*\\Z)")


# What _NUMBER_UNIT, _NUMBER_WITH_UNIT and _RANGE_MARK need to match at all: an ASCII
# digit, a Roman class number (a range's second end) or 第. A text without any (most of a
# paragraph's lines) is spared their scans; the bans are the same.
_NUMERIC = _Compiled("[0-9\u2160-\u216b第]")


def _word_bans(text: str) -> set[int]:
    """Indices i such that a break between text[i] and text[i+1] would split a number from
    its unit, a compound unit, a range or 第 from its number."""
    bans: set[int] = set()
    for match in _UNIT_WORD.finditer(text):
        if match.end() - match.start() > 1:
            bans.update(range(match.start(), match.end() - 1))
    if _NUMERIC.search(text) is None:
        return bans
    bans.update(match.start() - 1 for match in _NUMBER_UNIT.finditer(text))
    for match in _NUMBER_WITH_UNIT.finditer(text):
        bans.update(range(match.start(), match.end() - 1))
    for match in _RANGE_MARK.finditer(text):
        bans.update((match.start() - 1, match.start()))
    return bans


def soft_bans(text: str) -> set[int]:
    """The word bans a line may break as a last means (_SOFT_BREAK, _SOFT_SLASH): indices
    i, the break between text[i] and text[i+1], inside a number's unit (「0.1个|百分点」,
    「59.1微克/|立方米」)."""
    soft = {match.end() - 1 for match in _SOFT_BREAK.finditer(text)}
    soft |= {match.start() for match in _SOFT_SLASH.finditer(text)}
    return soft & _word_bans(text) if soft else soft


def soft_break(before: str, after: str) -> bool:
    """Whether a line ending in `before` and the next starting with `after` meet at a
    soft ban (soft_bans): a break the layer takes only as a last means."""
    head = before[-12:]
    return len(head) - 1 in soft_bans(head + after[:12])


def kept_head(text: str) -> int:
    """How many characters at the start of `text` form a number with its unit that the
    layer keeps whole (「50.71个」 of 「50.71个百分点」, 「50.71微克/」 of 「50.71微克/立方米」:
    up to the first break its last means allows): 0 when it starts otherwise."""
    match = _NUMBER_WITH_UNIT.match(text)
    if not match:
        return 0
    soft = soft_bans(text[:match.end()])  # the last means may break there (「59.1微克/」)
    return min(soft) + 1 if soft else match.end()


def splits_number_unit(before: str, after: str) -> bool:
    """Whether a line ending in `before` and the next starting with `after` split a number
    from its unit or measure word, a compound unit (「个百 / 分点」), a range (「1— / 12月」)
    or 第 from its number (the no-break rules above)."""
    head = before[-12:]
    joined = head + after[:12]
    return len(head) - 1 in _word_bans(joined) - soft_bans(joined)


def halved_marks(text: str, style: PunctuationStyle = PunctuationStyle.KAIMING) -> set[int]:
    """Indices of full-width marks set at half width (their blank half removed)."""
    if style is PunctuationStyle.CENTRED:
        return set()
    always = _ALWAYS_HALVED[style]
    halved = {m.start() for m in always.finditer(text)} if always else set()
    halved.update(m.start() for m in _BLANK_BEFORE_MARK.finditer(text))
    halved.update(m.start() for m in _OPEN_AFTER_OPEN.finditer(text))
    return halved


def needs_autospace(before: str, after: str) -> bool:
    """Whether a quarter-em gap belongs between the end of one run and the start of the next."""
    if not before or not after:
        return False
    a, b = before[-1], after[0]
    return (is_han(a) and is_latin(b)) or (is_latin(a) and is_han(b))


def autospace_gaps(text: str) -> list[int]:
    """Indices i such that a quarter-em gap belongs between text[i] and text[i+1]."""
    return [match.start() - 1 for match in _AUTOSPACE.finditer(text)]


# An identifier or a file name written in the text (「cli_demo_vision.py」,
# 「SwissArmyTransformer」, a path or a URL): as the last means, it may break where code
# typesetting breaks it, without a hyphen — after 「_」 「-」, before a 「.」 between
# letters, and between the words of a camelCase name (「Swiss|Army|Transformer」,
# 「HTML|Parser」) — each piece two characters at least; never after a 「/」, which
# may not end a line (strict level; a unit's slash aside, see _SOFT_SLASH). Only in a
# run of ASCII letters, digits and such marks of this many characters or more: a short
# word stays whole.
IDENTIFIER_MIN = 10
_IDENTIFIER_RUN = _Compiled(rf"[A-Za-z0-9_./\-]{{{IDENTIFIER_MIN},}}")
_IDENTIFIER_BREAK = _Compiled(r"(?<=[A-Za-z0-9][_\-])(?=[A-Za-z0-9]{2})"
                               r"|(?<=[A-Za-z]{2})(?=\.[A-Za-z])"
                               r"|(?<=[a-z]{2})(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")


def identifier_breaks(text: str) -> tuple[set[int], set[int]]:
    """For the last means: the breaks allowed inside the text's identifiers
    (_IDENTIFIER_BREAK: indices i, between text[i] and text[i+1]), and every other break
    inside them, forbidden (the layer then lets Pango break between any two characters,
    which it otherwise does only inside words too long for a line)."""
    allowed: set[int] = set()
    inside: set[int] = set()
    for run in _IDENTIFIER_RUN.finditer(text):
        word = run.group()
        if not any(c.isalpha() for c in word):
            continue  # a long number
        points = {run.start() + m.start() - 1 for m in _IDENTIFIER_BREAK.finditer(word)
                  if 2 <= m.start() <= len(word) - 2}
        allowed |= points
        inside |= set(range(run.start(), run.end() - 1)) - points
    return allowed, inside


def no_break_pairs(text: str, relaxed: bool = False) -> list[int]:
    """Indices i such that the line must not break between text[i] and text[i+1];
    `relaxed`: less the soft bans inside units (soft_bans), for a line laid out again
    as a last means."""
    return sorted(no_break_set(text, relaxed))


def no_break_set(text: str, relaxed: bool = False) -> set[int]:
    """no_break_pairs as a set (a new one, the caller's to change)."""
    soft = soft_bans(text) if relaxed else set()
    forbidden = {match.start() for match in _NO_BREAK.finditer(text)} - soft
    forbidden |= _word_bans(text) - soft
    for match in _INSEPARABLE.finditer(text):
        forbidden.add(match.start())  # inside the pair
        if match.start() > 0:
            forbidden.add(match.start() - 1)  # and before it
    if relaxed:
        allowed, inside = identifier_breaks(text)
        if allowed:
            # breaking between any two characters (char_wrap): none inside a Latin run or
            # a number but at those points, none before a space or a closing mark
            forbidden |= inside
            forbidden |= {i for i in range(len(text) - 1)
                          if (not is_han(text[i]) and not text[i].isspace()
                              and not is_han(text[i + 1]) and not text[i + 1].isspace()
                              and not is_cjk_mark(text[i + 1]) and not is_cjk_mark(text[i])
                              and i not in allowed)
                          or text[i + 1].isspace()}
    return forbidden


def char_wrap(text: str) -> bool:
    """Whether a line laid out again as the last means may break between any two
    characters (no_break_pairs(relaxed=True) forbids all but the identifier breaks)."""
    return bool(identifier_breaks(text)[0])


def runs(indices) -> Iterator[tuple[int, int]]:
    """Consecutive indices as ranges [start, end)."""
    start = previous = None
    for index in sorted(indices):
        if start is not None and index == previous + 1:
            previous = index
            continue
        if start is not None:
            yield start, previous + 1
        start = previous = index
    if start is not None:
        yield start, previous + 1


def keep_together_ranges(indices: list[int]) -> Iterator[tuple[int, int]]:
    """'No break between i and i+1' as ranges [start, end) of characters kept together."""
    for start, end in runs(indices):
        yield start, end + 1


# The longest tail the guard keeps whole: two Han characters and their closing marks
# (「结束。”）」). A paragraph ending in a Latin run has no orphan to guard: keeping its last
# two Han characters with the words after them would make those words one unbreakable
# run that can overflow the line (「系统（Information technology … Systems）」).
ORPHAN_TAIL_MAX = 6


# A paragraph ending in a number with its unit and stop (「…优良率93.5%。」, 「…增长16398.12
# 万元。」): a last line of the number alone is no line either, so the guard keeps the two
# Han characters before the number with it — up to this many characters in all (a number
# is short; a long Latin tail is not guarded, see above).
ORPHAN_NUMBER_MAX = 16
_NUMBER_ALONE = (f"[+\\-−±]?[0-9]+(?:\\.[0-9]+)?(?:\\s?(?:{_UNIT}|[{HAN_CLASS}]))?"
                 f"[{_class(RIGHT_BLANK)}]*")
# (A sentence's end, with its stop: the guard is applied to the end of every text box,
# and one that ends inside a paragraph before a <sup>, 「浓度为27μg/m」, is no paragraph's
# last line.)
_NUMBER_TAIL = _Compiled(f"[{HAN_CLASS}]{{2}}[+\\-−±]?[0-9]+(?:\\.[0-9]+)?"
                          f"(?:\\s?(?:{_UNIT}|[{HAN_CLASS}]))?[{_class(CLOSING)}]*"
                          f"[{_class(STOPS)}][{_class(CLOSING)}]*\\Z")
_NUMBER_LINE = _Compiled(_NUMBER_ALONE)


def number_alone(line: str) -> bool:
    """Whether a line holds a number with its unit and closing marks, nothing else."""
    return _NUMBER_LINE.fullmatch(line) is not None


def orphan_guard_start(text: str) -> int | None:
    """Where the paragraph's unbreakable tail starts: its last two Han characters
    with what follows them, so the last line never holds a single character, nor a
    number alone with its unit and stop (「93.5%。」)."""
    number = _NUMBER_TAIL.search(text, max(0, len(text) - ORPHAN_NUMBER_MAX))
    if number:
        return number.start()
    match = _LAST_TWO_HAN.search(text)
    if not match or len(text) - match.start() > ORPHAN_TAIL_MAX:
        return None
    return match.start()


def orphan_bans(text: str) -> set[int]:
    """The breaks the orphan guard forbids (orphan_guard_start): every one inside the
    tail but a soft ban inside the number's unit that leaves two Han characters below it
    (「上升2.3个」 / 「百分点。」 stays possible as the last means)."""
    start = orphan_guard_start(text)
    if start is None:
        return set()
    soft = {i for i in soft_bans(text) if sum(map(is_han, text[i + 1:])) >= 2}
    return set(range(start, len(text) - 1)) - soft


class Gap(Enum):
    """Where justification may add space, by priority (CLREQ: punctuation blanks and
    Han/Latin boundaries first, then between Han characters); never inside Latin."""

    NONE = 0
    HAN = 1
    PRIORITY = 2


@lru_cache(maxsize=65536)
def gap_kind(before: str, after: str) -> Gap:
    """The kind of gap between two characters (cached: a text has few distinct pairs)."""
    if not before or not after:
        return Gap.NONE
    if before.isspace() or after.isspace():
        return Gap.PRIORITY if before.isspace() and not after.isspace() else Gap.NONE
    if is_latin(before) and is_latin(after):
        return Gap.NONE  # inside a word or a number
    if is_cjk_mark(before) or is_cjk_mark(after):
        if before in "—…" and after == before:
            return Gap.NONE  # never inside —— or ……
        if before in FULLWIDTH_MARKS and after in FULLWIDTH_MARKS:
            return Gap.NONE  # a compressed pair keeps its 1.5 em
        if after in RIGHT_BLANK or before in OPENING:
            # A mark's glyph sits against the character it belongs to (，after it, “
            # before it); space goes on its blank side only, never between the two.
            return Gap.NONE
        return Gap.PRIORITY
    if is_han(before) and is_han(after):
        return Gap.HAN
    if (is_han(before) and is_latin(after)) or (is_latin(before) and is_han(after)):
        return Gap.PRIORITY
    return Gap.NONE


@lru_cache(maxsize=16384)
def gap_kinds(text: str) -> tuple[Gap, ...]:
    """gap_kind of each pair of neighbours in `text` (cached: every line is justified
    from its boxes' texts, and a rebuild lays the same texts out again); a range's dash
    takes no space on either side (「1—12月」)."""
    kinds = list(map(gap_kind, text, text[1:]))
    for match in _RANGE_MARK.finditer(text):
        kinds[match.start() - 1] = kinds[match.start()] = Gap.NONE
    return tuple(kinds)


def distribute(extra: float, kinds: list[Gap], priority_cap: float) -> list[float]:
    """Spread `extra` over the gaps: priority gaps first, up to `priority_cap` each,
    then evenly over every expandable gap. Returns the width added at each gap."""
    added = [0.0] * len(kinds)
    priority = [i for i, kind in enumerate(kinds) if kind is Gap.PRIORITY]
    expandable = [i for i, kind in enumerate(kinds) if kind is not Gap.NONE]
    if not expandable or extra <= 0:
        return added
    if priority:
        share = min(priority_cap, extra / len(priority))
        for index in priority:
            added[index] = share
        extra -= share * len(priority)
    if extra > 1e-9:
        share = extra / len(expandable)
        for index in expandable:
            added[index] += share
    return added


def _fill(amount: float, indices: list[int], room: list[float], added: list[float]) -> float:
    """Spread `amount` evenly over `indices`, none taking more than its `room` (water
    filling); returns what did not fit."""
    open_ = [i for i in indices if room[i] > 1e-9]
    while amount > 1e-9 and open_:
        share = amount / len(open_)
        smallest = min(room[i] for i in open_)
        step = min(share, smallest)
        for i in open_:
            added[i] += step
            room[i] -= step
        amount -= step * len(open_)
        open_ = [i for i in open_ if room[i] > 1e-9]
    return max(amount, 0.0)


def distribute_tight(extra: float, kinds: list[Gap], cap: float, used: list[float],
                     free: list[float]) -> tuple[list[float], float]:
    """Spread `extra` over a line's gaps so that no gap grows beyond the font's own
    advances by more than `cap` (CLREQ: a quarter em), in this order:

    1. `free[i]`: the blank half a compressed mark gave up (，set at half width takes
       back up to half an em: within its own advance);
    2. the priority gaps (a mark's blank side, Han/Latin), each up to `cap` less what
       it already holds (`used[i]`: the quarter em between Han and Latin);
    3. every expandable gap (between Han characters too), up to the same cap.

    What is left over after that (a line that cannot be set tight) is spread evenly
    over every expandable gap. Returns the widths added and that leftover."""
    added = [0.0] * len(kinds)
    expandable = [i for i, kind in enumerate(kinds) if kind is not Gap.NONE]
    if not expandable or extra <= 0:
        return added, max(extra, 0.0)
    extra = _fill(extra, expandable, [free[i] for i in range(len(kinds))], added)
    room = [max(cap - used[i], 0.0) for i in range(len(kinds))]
    priority = [i for i in expandable if kinds[i] is Gap.PRIORITY]
    extra = _fill(extra, priority, room, added)
    extra = _fill(extra, expandable, room, added)
    leftover = extra
    if extra > 1e-9:
        share = extra / len(expandable)
        for i in expandable:
            added[i] += share
    return added, leftover


def widest_piece(text: str, other: float = 0.6) -> float:
    """The width in em of the widest piece of `text` that no line may break inside: a
    table cell's least width. Pieces end where a break is allowed — not inside the
    layer's bans (no_break_pairs: a number with its unit, 禁则), not in the last two Han
    characters (orphan_guard_start), not inside a run of Latin letters and digits, not
    after an opening mark nor before a closing one (UAX #14). Han and full-width
    characters count 1 em, others `other` (an estimate from above for Latin faces)."""
    banned = set(no_break_pairs(text))
    tail = orphan_guard_start(text)
    if tail is not None:
        banned.update(range(tail, len(text) - 1))
    widest = run = 0.0
    for i, char in enumerate(text):
        run += 1.0 if char >= "\u2e80" else other
        widest = max(widest, run)
        after = text[i + 1] if i + 1 < len(text) else ""
        latin = (char < "\u2e80" and after < "\u2e80" and not char.isspace()
                 and not after.isspace())
        if i in banned or latin or char in NO_LINE_END or after in NO_LINE_START:
            continue
        run = 0.0
    return widest
