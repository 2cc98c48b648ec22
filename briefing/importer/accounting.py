"""Text accounting: no text of the source leaves the import unseen (issue 11).

After every pass, the source as read is compared with the article.md written from it:
each run of the source's words that the article does not hold, and that no repair or
doubt of the report already names, becomes a doubt. The check reads; it never changes the
article.

Only word characters are compared (Han, letters, digits, after NFKC): whitespace,
punctuation, Markdown and HTML marks, entities and comments are the layout the importer is
meant to change (full-width repairs, removed bullets, sub/superscript marks, the
article's own markup), never the text an office would miss.
"""

from __future__ import annotations

import re
import unicodedata

import yaml

try:  # difflib compiled: the same matches, in C (its calls do not grow with the text)
    from cydifflib import SequenceMatcher
except ImportError:  # pragma: no cover - the pure-Python original
    from difflib import SequenceMatcher

from briefing.importer.records import Repair

KIND = "not-in-article"
NOTE = "this text of the source is not in article.md: put it back if it is the article's"
# A run this long is a word, not a stray mark: 3 Han characters (「附图片」) or 8 other
# word characters (a phone number, a date, a word). Measured on the 156 tuning imports
# (see the commit that set them): runs no repair names, 2 Han → 13 doubts (a
# broken date, a label 「作者」), 3 → 11, 4 → 10, all real drops from 3 up; simulated
# drops of 4 characters of a sentence caught 81 of 153 at 3, 60 at 4. Other characters:
# 8 and 12 raise the same doubts on tuning.
MIN_HAN = 3
MIN_OTHER = 8
EXCERPT = 60  # characters of the source shown in the doubt
PIECE = 2  # word characters of a run a repair's excerpt must hold to name it
ROUNDS = 4  # rounds of alignment over what is left, so text moved out of order counts

# Markup no Markdown renderer prints: a leading YAML/TOML front matter (metadata the
# reader takes what it needs from), comments, tags, entities, attribute lists, an image
# (its alt text is not printed), a link's target (its text is kept), a reference
# definition, a static-site shortcode, a style sheet or script.
MARKUP = re.compile(
    r"\A\s*(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)"
    r"|<(?P<sheet>[Ss][Tt][Yy][Ll][Ee]|[Ss][Cc][Rr][Ii][Pp][Tt])\b.*?</(?P=sheet)>"
    r"|<!--.*?-->|</?[A-Za-z][^<>\n]*>|&#?\w+;|\{[:#.][^{}\n]*\}"
    r"|!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)"
    r"|\]\((?:[^()\n]|\([^()\n]*\))*\)"
    r"|^[ \t]*\[[^\]\n]+\]:[ \t]*\S+[^\n]*"
    r"|\{\{[<%].*?[%>]\}\}", re.S | re.M)
LINE_BREAK = re.compile("[\n⏎]")  # a repair's excerpt marks the lines it spans with ⏎
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def words(text: str) -> tuple[str, list[int]]:
    """The word characters of text (markup removed, NFKC), and each one's offset in text."""
    kept, places = [], []
    position = 0
    for match in (*MARKUP.finditer(text), None):
        end = match.start() if match else len(text)
        for offset in range(position, end):
            for char in unicodedata.normalize("NFKC", text[offset]).lower():
                if char.isalnum():
                    kept.append(char)
                    places.append(offset)
        if match:
            position = match.end()
    return "".join(kept), places


def _matches(a: str, b: str) -> list[tuple[int, int]]:
    """(start, size) in a of the runs aligned with b: difflib's alignment, then rounds
    over what both sides left unmatched (as bench/import_score.py `align` does)."""
    first = [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
             if m.size]
    found = [(m.a, m.size) for m in first]
    used_b = [(m.b, m.size) for m in first]
    for _ in range(ROUNDS):
        rest_a, places_a = _rest(a, found)
        rest_b, places_b = _rest(b, used_b)
        more = [m for m in SequenceMatcher(None, rest_a, rest_b,
                                           autojunk=False).get_matching_blocks() if m.size]
        if not more:
            break
        found += [(_back(places_a, m.a), m.size) for m in more]
        used_b += [(_back(places_b, m.b), m.size) for m in more]
    return found


def _rest(text: str, matched: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The unmatched runs of text joined by a separator no text holds, and (offset in
    the join, offset in text) for each run."""
    pieces, places, position, joined = [], [], 0, 0
    for start, size in sorted(matched) + [(len(text), 0)]:
        if start > position:
            places.append((joined, position))
            pieces.append(text[position:start] + "\x00")
            joined += start - position + 1
        position = max(position, start + size)
    return "".join(pieces), places


def _back(places: list[tuple[int, int]], offset: int) -> int:
    joined, original = max(place for place in places if place[0] <= offset)
    return original + offset - joined


def _runs(length: int, matched: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the stretches of 0..length no matched run covers."""
    runs, position = [], 0
    for start, size in sorted(matched) + [(length, 0)]:
        if start > position:
            runs.append((position, start))
        position = max(position, start + size)
    return runs


def _long_enough(run: str) -> bool:
    han = len(HAN.findall(run))
    return han >= MIN_HAN or len(run) - han >= MIN_OTHER


def _named(run: str, first: int, last: int, told: list[Repair]) -> bool:
    """A repair on the run's lines (or spanning them) that took words out — its result is
    empty or other words (a field of the front matter), without the piece of the run its
    excerpt holds: a dropped running head, furniture line, masthead, a byline's label; its
    excerpt is short by design, so a piece is enough — or a doubt there naming half the
    run or more. A repair that only respaces, re-punctuates or joins (the same words
    after, or a part of them) names nothing lost."""
    for entry in told:
        if entry.line > last or entry.line + len(LINE_BREAK.findall(entry.before)) < first:
            continue
        before, after = words(entry.before)[0], words(entry.after)[0]
        doubt = entry.after == entry.before
        if not doubt and after and (after in before or before in after):
            continue  # the same words, respaced, re-punctuated or joined (or a shifted window)
        for match in SequenceMatcher(None, run, before, autojunk=False).get_matching_blocks():
            piece = run[match.a:match.a + match.size]
            if doubt and 2 * match.size >= len(run):
                return True
            if not doubt and match.size >= PIECE and piece not in after:
                return True
    return False


def unaccounted(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """Doubts for the runs of the source's text that article.md (front matter included)
    does not hold and no entry of `told` (the report's repairs and doubts) names."""
    source_words, places = words(source)
    article_words = words(_printed(article))[0]
    starts = [0] + [match.end() for match in re.finditer("\n", source)]
    doubts = []
    for start, end in _runs(len(source_words), _matches(source_words, article_words)):
        run = source_words[start:end]
        if not _long_enough(run) or run in article_words:  # a repeat the article holds
            continue
        first_offset, last_offset = places[start], places[end - 1]
        first = _line(starts, first_offset)
        last = _line(starts, last_offset)
        if _named(run, first, last, told):
            continue
        # The run with the marks around it on its lines (a sentence's end, a bracket).
        low, high = first_offset, last_offset + 1
        while low > starts[first - 1] and _opens(source[low - 1]):
            low -= 1
        while high < len(source) and _closes(source[high]):
            high += 1
        excerpt = " ".join(MARKUP.sub(" ", source[low:high]).split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[:EXCERPT - 1] + "…"
        doubts.append(Repair(KIND, first, excerpt, excerpt, NOTE))
    return doubts


def _opens(char: str) -> bool:
    return unicodedata.category(char) in ("Ps", "Pi") and char not in "[("


def _closes(char: str) -> bool:
    return unicodedata.category(char) in ("Po", "Pe", "Pf") and char not in "])"


FRONT_FIELDS = ("title", "subtitle", "authors", "source", "url", "date")
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _printed(article: str) -> str:
    """article.md's text: the front matter's fields' values (not its keys or the
    template's comments) and the body."""
    front = FRONT.match(article)
    if not front:
        return article
    try:
        fields = yaml.safe_load(front.group(1))
    except yaml.YAMLError:  # the writer's own front matter always parses; still, read it raw
        return article
    if not isinstance(fields, dict):
        return article
    values = [fields.get(key) for key in FRONT_FIELDS]
    flat = [" ".join(map(str, value)) if isinstance(value, list) else str(value)
            for value in values if value not in (None, "", [])]
    return "\n".join(flat) + "\n" + article[front.end():]


def _line(starts: list[int], offset: int) -> int:
    """The 1-based line of an offset, by bisection over the lines' starts."""
    low, high = 0, len(starts)
    while high - low > 1:
        middle = (low + high) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle
    return low + 1
