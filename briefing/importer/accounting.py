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

import functools
import re
import unicodedata

import yaml

try:  # difflib compiled: the same matches, in C (its calls do not grow with the text)
    from cydifflib import SequenceMatcher
except ImportError:  # pragma: no cover - the pure-Python original
    from difflib import SequenceMatcher

from briefing.importer.parse import DELIMITER_ROW_PATTERN
from briefing.importer.records import Repair
from briefing.importer.roles import DATE_ALONE, HAN_DIGIT, ISSUER, PHOTO_POSITION

KIND = "not-in-article"
NOTE = "this text of the source is not in article.md: put it back if it is the article's"
PICTURE_NOTE = ("this picture's description (its alt text or title) is printed nowhere in "
                "article.md: if it is the picture's caption, put it under the picture")
GROUP_GAP = 3  # lines: runs this close are one spot
GROUP_SHOWN = 6  # runs a spot shows; the rest are counted
GROUP_EXCERPT = 30  # characters of each run a grouped spot shows
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


# A picture's own words: a Markdown image's alt text and title (「![alt](src "title")」),
# an <img>'s alt and title attributes. No renderer prints them in the run of text, but a
# reader takes them for the picture's caption when they are words (they hold Han: the
# text reader makes such an alt text the caption, readers/text.py) and the picture has no
# caption of its own — not a file name (「IMG_0412」), a generic name (「图片」), or a
# second description of a picture whose caption line follows it (a short line holding
# Han, as readers/text.py reads a caption). The source's side of the accounting counts
# them, so a description the article prints nowhere is told.
PICTURE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\((?P<target>(?:[^()\n]|\([^()\n]*\))*)\)"
                     r"|<[Ii][Mm][Gg]\b(?P<attributes>[^<>\n]*)>")
PICTURE_TITLE = re.compile(r"""\s["'“](?P<title>[^"'”\n]+)["'”]\s*$""")
PICTURE_ATTRIBUTE = re.compile(r"""\b(?:alt|title)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')""", re.I)
GENERIC_PICTURE = re.compile(r"(?:图片?|图像|照片|配图|插图|封面|动图|头像|image|img|photo|picture|"
                             r"pic|logo|icon|gif)\s*\d*|.*二维码.*", re.I)  # a QR code: no caption
CAPTION_LINES = 3  # non-blank lines after a picture where its caption may stand
PICTURE_CAPTION_MAX = 60  # characters of a caption line (readers/text.py's CAPTION_MAX)
CAPTION_START = re.compile(r"[（(]?(?:图|上图|下图|左图|右图|▲|△|figure|fig\.)", re.I)


def _picture_spans(match: re.Match) -> list[tuple[int, int]]:
    """(start, end) in the text of a picture's alt text and title that hold Han and are
    no generic name; none when the match is no picture."""
    picture = PICTURE.fullmatch(match.group())
    if not picture:
        return []
    base = match.start()
    spans = []
    if picture.group("attributes") is not None:
        for attribute in PICTURE_ATTRIBUTE.finditer(picture.group()):
            group = 1 if attribute.group(1) is not None else 2
            spans.append((base + attribute.start(group), base + attribute.end(group)))
    else:
        spans.append((base + picture.start("alt"), base + picture.end("alt")))
        title = PICTURE_TITLE.search(picture.group("target"))
        if title:
            start = picture.start("target") + title.start("title")
            spans.append((base + start, base + start + len(title.group("title"))))
    return [(start, end) for start, end in spans
            if HAN.search(match.string[start:end])
            and not GENERIC_PICTURE.fullmatch(match.string[start:end].strip())]


def _captioned(text: str, end: int) -> bool:
    """A caption line follows the picture ending at `end`: the first line after its own
    with text once markup is left out, within CAPTION_LINES, short and holding Han, and
    no sentence (a sentence's end) unless it opens as captions do (「图1」「▲」「图为」).
    Read line by line from `end`, never the rest of the text at once."""
    start = text.find("\n", end)
    seen = 0
    while start != -1:
        stop = text.find("\n", start + 1)
        line = text[start + 1:stop if stop != -1 else len(text)]
        start = stop
        if not line.strip():
            continue
        seen += 1
        if PICTURE.search(line) or seen > CAPTION_LINES:
            return False
        visible = " ".join(MARKUP.sub(" ", line).split()).lstrip("#>-+* ")
        if visible:  # a short line holding Han, no sentence unless it reads 「图…」
            return (len(visible) <= PICTURE_CAPTION_MAX and bool(HAN.search(visible))
                    and (not visible.endswith(("。", "！", "？"))
                         or bool(CAPTION_START.match(visible))))
    return False


def picture_words(text: str) -> frozenset[int]:
    """Offsets in text of its pictures' own words (PICTURE) a reader may miss."""
    offsets: set[int] = set()
    for match in MARKUP.finditer(text):
        spans = _picture_spans(match)
        if spans and not _captioned(text, match.end()):
            offsets.update(offset for start, stop in spans for offset in range(start, stop))
    return frozenset(offsets)


def words(text: str, pictures: frozenset[int] = frozenset()) -> tuple[str, list[int]]:
    """The word characters of text (markup removed, NFKC), and each one's offset in text;
    with those of the markup whose offsets are in `pictures` (see picture_words)."""
    kept, places = [], []
    position = 0

    def keep(start: int, end: int, only: frozenset[int] | None = None) -> None:
        for offset in range(start, end):
            if only is not None and offset not in only:
                continue
            for char in unicodedata.normalize("NFKC", text[offset]).lower():
                if char.isalnum():
                    kept.append(char)
                    places.append(offset)

    for match in (*MARKUP.finditer(text), None):
        end = match.start() if match else len(text)
        keep(position, end)
        if match:
            if pictures:
                keep(match.start(), match.end(), pictures)
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
    does not hold and no entry of `told` (the report's repairs and doubts) names — a
    picture's own words included (picture_words), told apart from the text around them —
    runs a few lines apart told together (`_grouped`)."""
    pictured = picture_words(source)
    source_words, places = words(source, pictured)
    article_words = words(_printed(article))[0]
    starts = [0] + [match.end() for match in re.finditer("\n", source)]
    runs = []
    for whole_start, whole_end in _runs(len(source_words),
                                        _matches(source_words, article_words)):
        for start, end in _segments(places, pictured, whole_start, whole_end):
            run = source_words[start:end]
            if not _long_enough(run) or run in article_words:  # a repeat the article holds
                continue
            first_offset, last_offset = places[start], places[end - 1]
            first = _line(starts, first_offset)
            last = _line(starts, last_offset)
            if _named(run, first, last, told):
                continue
            if first_offset in pictured:  # the picture's alt text or title, whole
                low, high = first_offset, last_offset + 1
                while low - 1 in pictured:
                    low -= 1
                while high in pictured:
                    high += 1
                excerpt, note = " ".join(source[low:high].split()), PICTURE_NOTE
            else:  # the run with the marks around it on its lines (a sentence's end, a bracket)
                low, high = first_offset, last_offset + 1
                while low > starts[first - 1] and _opens(source[low - 1]):
                    low -= 1
                while high < len(source) and _closes(source[high]):
                    high += 1
                excerpt, note = " ".join(MARKUP.sub(" ", source[low:high]).split()), NOTE
            if len(excerpt) > EXCERPT:
                excerpt = excerpt[:EXCERPT - 1] + "…"
            runs.append((first, last, excerpt, note))
    return _grouped(runs)


def _segments(places: list[int], pictured: frozenset[int], start: int, end: int
              ) -> list[tuple[int, int]]:
    """The run start..end cut where it passes from a picture's words to the text around
    them or back (each is told in its own terms)."""
    cuts = [start] + [i for i in range(start + 1, end)
                      if (places[i] in pictured) != (places[i - 1] in pictured)] + [end]
    return list(zip(cuts[:-1], cuts[1:], strict=True))


def _grouped(runs: list[tuple[int, int, str, str]]) -> list[Repair]:
    """One doubt per group of runs whose lines are at most GROUP_GAP apart (the same
    note): their excerpts joined by 「 … 」, at most GROUP_SHOWN of them, the rest counted
    in the note; a lone run is a doubt of its own, as it always was."""
    groups: list[list[tuple[int, int, str, str]]] = []
    for run in runs:
        if (groups and run[3] == groups[-1][-1][3]
                and run[0] - groups[-1][-1][1] <= GROUP_GAP):
            groups[-1].append(run)
        else:
            groups.append([run])
    doubts = []
    for group in groups:
        first, note = group[0][0], group[0][3]
        if len(group) == 1:
            doubts.append(Repair(KIND, first, group[0][2], group[0][2], note))
            continue
        excerpts = list(dict.fromkeys(  # alt and title alike once; each short
            run[2] if len(run[2]) <= GROUP_EXCERPT else run[2][:GROUP_EXCERPT - 1] + "…"
            for run in group))
        shown = excerpts[:GROUP_SHOWN]
        excerpt = " … ".join(shown)
        more = len(excerpts) - len(shown)
        lines = f"lines {first}–{group[-1][1]}"
        note = (f"{len(group)} runs on {lines}"
                + (f", {more} more not shown" if more else "") + f": {note}")
        doubts.append(Repair(KIND, first, excerpt, excerpt, note))
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


# ---------------------------------------------------------------- text kept that reads as furniture

# The other side of the accounting: what article.md KEPT that a reader takes for the
# page's furniture, not the article's text. Two conventions that hold across sources
# (census of the eight held-back sets on the importers that first saw them, bench/
# unseen_errors.py: kept contents and page fields are the largest untold invented text):
#
# - a table of contents is a list of section titles each followed by its page number,
#   usually after dot leaders, under 目录/目次/Contents — or, with neither, a run of
#   short title lines the body then opens again one by one — the briefing makes its own;
# - a page's field line is label：value fields of the web page (published, source, hits)
#   and its buttons (打印, 关闭, 收藏, 字号 …) — facts for the front matter or furniture,
#   never a paragraph of the article.
#
# Each block that reads so (and that no spot already names) is a doubt naming it; the
# article is never changed.
KEPT_CONTENTS = "contents-kept"
KEPT_CONTENTS_NOTE = ("this reads as the source's table of contents (titles with page "
                      "numbers or dot leaders, under 目录): delete it if so — the briefing "
                      "makes its own contents")
KEPT_FIELDS = "page-fields-kept"
KEPT_FIELDS_NOTE = ("this reads as the web page's field line (published, source, hits, "
                    "buttons), not the article's text: move its facts to the front matter "
                    "and delete it if so")
# Dot leaders (three marks or more, spaced or not) ending in a page number, or a long
# leader run with no number; a contents head alone on its block.
LEADER_PAGE = re.compile(r"(?:[.．·•…‥⋯]\s?){3,}\s*(?:\d{1,3}|[ivxIVX]{1,4})(?!\d)")
LONG_LEADER = re.compile(r"(?:[.．·•…‥⋯]\s?){8,}")
LEADER_TAIL = re.compile(r"(?:[.．·•…‥⋯]\s?){3,}.*$|\s*(?:\d{1,3}|[ivxIVX]{1,4})$")
# …or a page number before the title, set apart by spaces (a slide deck's contents).
PAGE_FIRST = re.compile(r"\d{1,3}(?:\s{2,}|\u3000)(?=\D)")
CONTENTS_HEAD = re.compile(r"^(?:目\s*录|目\s*次|contents|table of contents)$", re.I)
# Field labels of a web page's information line, and its counters and buttons.
PAGE_LABEL = re.compile(r"(发布时间|发布日期|更新时间|信息来源|来源|作者|时间|日期|"
                        r"浏览次数|访问次数|点击数|点击量|阅读数|阅读量|浏览量|访问量|"
                        r"字号|字体|文字大小|字体大小|背景色)\s*[:：]")
PAGE_COUNTER = re.compile(r"(?:浏览|访问|点击|阅读)(?:次数|数|量)\s*[:：]")
PAGE_BUTTON = re.compile(r"[【\[［]\s*(?:打印|关闭|收藏|分享|打印本页|关闭窗口|"
                         r"[大中小])\s*[】\]］]|(?<![\w])(?:大\s*中\s*小)(?![\w])")
FIELD_LINE = 120  # characters: a page's field line is short
ARTICLE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|:::+\s*[\w-]*.*$)|\*\*|</?\w+[^>]*>")


DELIMITER_ROW = re.compile(rf"^{DELIMITER_ROW_PATTERN}$", re.M)


def _blocks(body: str) -> list[str]:
    """article.md's body as its blocks (blank-line separated), container fences and pipe
    tables (a delimiter row under a header) left out: a table is no running text."""
    found = []
    for chunk in re.split(r"\n[ \t]*\n", body):
        if DELIMITER_ROW.search(chunk):
            continue  # a pipe table
        lines = [line for line in chunk.split("\n")
                 if line.strip() and not re.match(r"\s*:::+", line)
                 and not line.startswith("<!--")]
        text = " ".join(ARTICLE_MARKUP.sub("", line).strip() for line in lines).strip()
        if text:
            found.append(text)
    return found


def _named_already(text: str, told: list[Repair]) -> bool:
    squeezed = "".join(text.split())
    for entry in told:
        for excerpt in (entry.before, entry.after):
            for piece in re.split("[\n⏎…]", excerpt):
                piece = "".join(ARTICLE_MARKUP.sub("", piece).split())
                if len(piece) >= 4 and piece in squeezed:
                    return True
    return False


def _source_line(source: str, text: str) -> int:
    """The 1-based source line where the block's opening words stand (1 if not found)."""
    head = "".join(text.split())[:6]
    for number, line in enumerate(source.split("\n"), 1):
        if head and head in "".join(line.split()):
            return number
    return 1


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"


def _field_line(text: str) -> bool:
    """A short block with a hit counter, two page buttons, two field labels, or a
    button beside a label."""
    return len(text) <= FIELD_LINE and bool(
        PAGE_COUNTER.search(text) or len(PAGE_BUTTON.findall(text)) >= 2
        or len({m.group(1) for m in PAGE_LABEL.finditer(text)}) >= 2
        or (PAGE_BUTTON.search(text) and PAGE_LABEL.search(text)))


@functools.lru_cache(maxsize=4096)
def _title_of(entry: str) -> str:
    """A contents entry's title: its leaders and page number taken off, no spaces."""
    return "".join(LEADER_TAIL.sub("", entry).split())


def _contents_run(blocks: list[str], index: int) -> list[str]:
    """The contents list that opens at blocks[index] (empty: none): a 目录/目次 head or a
    block of entries with leaders, then each block that is an entry — with leaders, or
    a stray page number or letter — up to the first title the list gave again (the
    body's own first heading); under a head without leaders, the numbered titles the
    body opens again (`_repeated_list`), or the head alone."""
    text = blocks[index]
    leaders = len(LEADER_PAGE.findall(text)) + len(LONG_LEADER.findall(text))
    if not (CONTENTS_HEAD.match(text) or leaders >= 2
            or (leaders and re.match(r"(?:目\s*录|目\s*次)", text))):
        return []
    if not leaders and not (index + 1 < len(blocks) and PAGE_FIRST.match(blocks[index + 1])):
        # A head with no leaders: its entries are the titles the body opens again; with
        # none that do, the head alone (a 目录 line kept) is named.
        return [text] + _repeated_list(blocks, index + 1)
    run, titles = [text], set()
    while index + 1 < len(blocks):
        following = blocks[index + 1]
        leader = bool(LEADER_PAGE.search(following) or LONG_LEADER.search(following)
                      or PAGE_FIRST.match(following))
        title = _title_of(following)
        if not leader and title in titles:
            break  # the body begins with the title the list gave first
        if not (leader or len(title) <= 4):
            break
        run.append(following)
        titles.add(title)
        index += 1
    return run


LIST_OFFSETS = 3  # where a head-less list is looked for: a run's first three lines
NUMBERED_TITLE = re.compile(r"\s*(?:\d+(?:\.\d+)*\s|第[一二三四五六七八九十百零〇\d]+[章节篇部条]|"
                            r"[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)])")


def _entry(block: str) -> bool:
    """A block that may be a list's title: short, no sentence's end, two letters or Han
    at least (no cell, mark or number)."""
    return (len(block) <= 40 and not re.search("[。！？；]$", block)
            and len(re.findall(r"[^\W\d_]", _title_of(block))) >= 2)


PAGE_ALONE = re.compile(r"\d{1,3}")  # a page number on a line of its own (an extraction's)


def _bare(title: str) -> str:
    """A title without its number (「一、编制背景」 → 「编制背景」): an extraction may keep a
    heading's number in the contents and lose it in the body, or the other way round."""
    return _title_of(NUMBERED_TITLE.sub("", title, count=1)) or _title_of(title)


def _repeated_list(blocks: list[str], index: int) -> list[str]:
    """A contents list with no head: three or more short blocks in a row (no sentence's
    end), half of them numbered or more, whose first three titles the article gives
    again, in the same order, after them (two, in a list of four or more) — the
    headings the body then opens one by one. A page number alone between two titles (an
    extraction sets it on a line of its own) belongs to the list; a title given again
    with its number lost (or gained) is the same title. Empty: none."""
    titles, run, entries = [], [], []
    for block in blocks[index:]:
        if titles and PAGE_ALONE.fullmatch(block):
            run.append(block)
            continue
        title = _title_of(block)
        if not _entry(block) or (titles and _bare(block) == _bare(entries[0])):
            break
        run.append(block)
        entries.append(block)
        titles.append(title)
    while run and PAGE_ALONE.fullmatch(run[-1]):
        run.pop()  # a number after the last title is the body's, not the list's
    numbered = sum(1 for block in entries if NUMBERED_TITLE.match(block))
    if len(entries) < 3 or 2 * numbered < len(entries) or any("|" in block for block in run):
        return []  # (titles of a list are numbered; a cell with its 「|」 is no title)
    later = [_bare(block) for block in blocks[index + len(run):]]
    position, again = 0, 0
    for title in (_bare(block) for block in entries[:3]):
        if title in later[position:]:
            again += 1
            position = later.index(title, position) + 1
    # (two are enough in a list of four or more: an extract may stop after two headings)
    return run if again == 3 or (again == 2 and len(entries) >= 4) else []


# A table left as text (census: cells split into paragraphs are the second largest untold
# kind): running text never comes as a row of cells set apart by 「|」, as a line of
# figures with hardly a word, or as a run of blocks of a few characters, most of them
# figures — those are a table's rows or cells, one a paragraph.
TABLE_TEXT = "table-as-text"
TABLE_TEXT_NOTE = ("this reads as a table's rows or cells left as paragraphs (cells set "
                   "apart by 「|」, figures with hardly a word, or a cell a paragraph): "
                   "rebuild the table, or check the figures against the source")
FIGURE = re.compile(r"[-+]?\d+(?:[.,]\d+)*%?")
CELL_RUN = 6  # blocks of a few characters in a row: a table's cells, one a paragraph
CELL = 8  # characters: a cell


def _figures_share(text: str) -> float:
    """Share of the block's characters (spaces and separators left out) in figures."""
    solid = re.sub(r"[\s|｜/、,，;；]", "", text)
    return sum(len(m.group()) for m in FIGURE.finditer(solid)) / len(solid) if solid else 0.0


DATE_TIME = re.compile(r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                       r"|\d{1,2}:\d{2}(?::\d{2})?")
PHONE = re.compile(r"\(?\d{2,4}\)?[-−—]\d{3,4}(?:[-−—]\d{2,4})?(?:\D{0,2}\d{1,5})?")


def _row_as_text(text: str) -> bool:
    """A row of cells printed as a paragraph: three 「|」 or more, or three figures or more
    (dates, times and phone numbers are no figures) making most of a line with no
    sentence's end, no labelled field and no code of Latin letters."""
    if text.count("|") + text.count("｜") >= 3:
        return True
    if re.search("[\u4e00-\u9fff][:：]|[A-Za-z]{2,}", text):
        return False  # labelled fields (电话：), codes and identifiers (DOI, DB32/T)
    text = PHONE.sub("", DATE_TIME.sub("", text))
    return (len(FIGURE.findall(text)) >= 3 and _figures_share(text) >= 0.6
            and not re.search("[。！？]", text))


def _cell(block: str) -> bool:
    return len("".join(block.split())) <= CELL and not re.search("[。！？；]$", block)


def _cell_run(blocks: list[str], index: int) -> list[str]:
    """CELL_RUN or more blocks of at most CELL characters from `index`, half of them or
    more mostly a figure (a numbered heading 「5.5 信息发布」 is not). Empty: none."""
    run = []
    for block in blocks[index:]:
        if not _cell(block):
            break
        run.append(block)
    figures = sum(1 for block in run if _figures_share(block) >= 0.5)
    return run if len(run) >= CELL_RUN and 2 * figures >= len(run) else []


def kept_furniture(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """Doubts for the blocks of article.md that read as a table of contents, a web
    page's field line or a table left as text (comments above); `told`: the report's
    repairs and doubts — a block a spot of the same kind names already is left alone."""
    blocks = _blocks(_body(article))
    same = {kind: [entry for entry in told if entry.kind == kind]
            for kind in (KEPT_CONTENTS, KEPT_FIELDS, TABLE_TEXT)}
    doubts = []
    index = 0
    while index < len(blocks):
        text = blocks[index]
        # A list or a run of cells is looked for where it can start: not inside a run of
        # list titles or cells already looked at (which keeps the check linear).
        starts = index == 0 or not _entry(blocks[index - 1])
        run = _contents_run(blocks, index)
        # (a head-less list may follow a line or two of its own: a subtitle, a date)
        for offset in range(LIST_OFFSETS if starts and not run else 0):
            run = _repeated_list(blocks, index + offset)
            if run:
                index += offset
                break
        if run:
            index += len(run) - 1
            names = [block for block in run if not _named_already(block, same[KEPT_CONTENTS])]
            if names:
                excerpt = "\n".join(_excerpt(block) for block in names)
                doubts.append(Repair(KEPT_CONTENTS, _source_line(source, names[0]),
                                     excerpt, excerpt, KEPT_CONTENTS_NOTE))
        elif _field_line(text):
            if not _named_already(text, same[KEPT_FIELDS]):
                doubts.append(Repair(KEPT_FIELDS, _source_line(source, text), _excerpt(text),
                                     _excerpt(text), KEPT_FIELDS_NOTE))
        elif (cells := _cell_run(blocks, index) if index == 0 or not _cell(blocks[index - 1])
              else []) or _row_as_text(text):
            # A table left as text: the run of cells, or the rows in a row.
            rows = cells or [text]
            while not cells and index + 1 < len(blocks) and _row_as_text(blocks[index + 1]):
                rows.append(blocks[index + 1])
                index += 1
            index += len(cells) - 1 if cells else 0
            names = [row for row in rows if not _named_already(row, same[TABLE_TEXT])]
            if names:
                excerpt = "\n".join(_excerpt(row) for row in names[:40])
                doubts.append(Repair(TABLE_TEXT, _source_line(source, names[0]), excerpt,
                                     excerpt, TABLE_TEXT_NOTE))
        index += 1
    return doubts


# ---------------------------------------------------------------- heading levels on weak evidence

# A numbering scheme marks one rank throughout a document: every 一、 is a part, every
# （一） a section, every 1.1 a clause. When the article gives one scheme two levels (a
# 1.1 at ## in one place and at ### in another), at least one of them is a guess the
# editor should check (census: heading levels were the one kind of error the old reports
# never told). Every heading of the scheme is named: the census found the wrong ones at
# the scheme's usual level as often as at its rarer one.
MIXED_LEVELS = "heading-level-mixed"
MIXED_LEVELS_NOTE = ("headings numbered alike stand at different levels in the article: "
                     "check this heading's level against its numbering")
HAN_NUMBER = "一二三四五六七八九十百零〇"
NUMBER_SCHEMES = (
    ("第…章", rf"第[{HAN_NUMBER}\d]+[章篇]"), ("第…节", rf"第[{HAN_NUMBER}\d]+节"),
    ("一、", rf"[{HAN_NUMBER}]+[、．.]"), ("（一）", rf"[（(][{HAN_NUMBER}]+[）)]"),
    ("1.1.1", r"\d+\.\d+\.\d+(?![.\d])"), ("1.1", r"\d+\.\d+(?![.\d])"),
    ("1.", r"\d+[、.．](?!\d)"), ("（1）", r"[（(]\d+[）)]"),
)


def _body(article: str) -> str:
    """The article below its front matter."""
    front = FRONT.match(article)
    return article[front.end():] if front else article


def _heading_words(title: str) -> str:
    """A heading's words without a leading bold mark or tags."""
    return re.sub(r"^\*\*|<[^>]+>", "", title).strip()


def _scheme(title: str) -> str | None:
    title = _heading_words(title)
    return next((name for name, pattern in NUMBER_SCHEMES if re.match(pattern, title)), None)


def mixed_heading_levels(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming the headings of a numbering scheme the article gives two levels or
    more."""
    heads = [(level, title, _scheme(title)) for level, title in _headings(article)]
    levels: dict[str, dict[int, int]] = {}
    for level, _, scheme in heads:
        if scheme:
            counts = levels.setdefault(scheme, {})
            counts[level] = counts.get(level, 0) + 1
    same = [entry for entry in told if entry.kind == MIXED_LEVELS]
    doubts = []
    for scheme, counts in levels.items():
        if len(counts) < 2:
            continue
        names = [title for _, title, other in heads
                 if other == scheme and not _named_already(title, same)]
        if names:
            excerpt = "\n".join(_excerpt(title) for title in names[:40])
            doubts.append(Repair(MIXED_LEVELS, _source_line(source, names[0]), excerpt,
                                 excerpt, MIXED_LEVELS_NOTE))
    return doubts


# Numbering schemes rank by convention (GB/T 9704 7.3.3 for 一、 （一） 1. （1）; chapters
# above them; a clause's depth in its dots): a heading numbered to stand below another
# that the article sets at the same level or above it is a level one of them got by a
# guess (census of once-unseen texts: 「（一）」 at 「一、」's level, 「2.1」 at the top).
SCHEME_RANKS = (("第…章", "第…节", "一、", "（一）", "1.", "（1）"), ("1.", "1.1", "1.1.1"))
RANKED = "heading-level-rank"
RANKED_NOTE = ("numbered to stand below 「{above}」, this heading is set at its level or "
               "above it: check the two levels")
NO_PARENT = "heading-level-parent"
NO_PARENT_NOTE = ("clause {number} stands among the headings without its clause {parent}: "
                  "check this heading's level, and whether 「{parent} …」 is a heading")
CLAUSE = re.compile(r"(\d+(?:\.\d+)+)(?![.\d])")


def _ranks_below(upper: str, lower: str) -> bool:
    """Whether headings numbered `lower` stand below `upper` by convention."""
    return any(upper in chain and lower in chain and chain.index(upper) < chain.index(lower)
               for chain in SCHEME_RANKS)


def _headings(article: str) -> list[tuple[int, str]]:
    """(level, words) of each heading of the article's body, in order."""
    body = _body(article)
    return [(len(m.group(1)), m.group(2).strip())
            for m in re.finditer(r"^(#{2,6})[ \t]+(.+)$", body, re.M)]


def ranked_heading_levels(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each heading set at the level of (or above) an earlier heading whose
    numbering ranks above its own."""
    heads = [(level, title, _scheme(title)) for level, title in _headings(article)]
    same = [entry for entry in told if entry.kind in (RANKED, MIXED_LEVELS)]
    doubts, named = [], set()
    for index, (level, title, scheme) in enumerate(heads):
        if scheme is None or title in named or _named_already(title, same):
            continue
        above = next((other for other_level, other, other_scheme in heads[:index]
                      if other_scheme and _ranks_below(other_scheme, scheme)
                      and level <= other_level), None)
        if above is not None:
            named.add(title)
            doubts.append(Repair(RANKED, _source_line(source, title), _excerpt(title),
                                 _excerpt(title), RANKED_NOTE.format(above=_excerpt(above))))
    return doubts


def orphan_clauses(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming the headings numbered N.M (or deeper) of a clause N that is no
    heading: a parent kept in the body, or their level guessed. One doubt per missing
    parent, naming every heading it should hold."""
    heads = _headings(article)
    numbers = {m.group(1): title for _, title in heads
               if (m := CLAUSE.match(_heading_words(title)))}
    tops = {re.match(r"\d+", title).group() for _, title in heads
            if re.match(r"\d+(?![.\d])\s*\S", title)}
    same = [entry for entry in told if entry.kind == NO_PARENT]
    orphans: dict[str, list[tuple[str, str]]] = {}
    for number, title in numbers.items():
        parent = number.rsplit(".", 1)[0]
        if not (parent in numbers or (parent.isdigit() and parent in tops)):
            orphans.setdefault(parent, []).append((number, title))
    doubts = []
    for parent, clauses in orphans.items():
        clauses = [(number, title) for number, title in clauses
                   if not _named_already(title, same)]
        if clauses:
            excerpt = "\n".join(_excerpt(title) for _, title in clauses[:40])
            number, title = clauses[0]
            doubts.append(Repair(NO_PARENT, _source_line(source, title), excerpt, excerpt,
                                 NO_PARENT_NOTE.format(number=number, parent=parent)))
    return doubts


# A document's front and back matter — 前言, 引言 (numbered 0 in a standard), 结论, 参考
# 文献, 附录, 致谢, 后记 — are divisions of the whole document, set at its top level of
# headings by convention (GB/T 7713.1, GB/T 1.1); the old reports never told one the
# importer set below that level (census: 「前言」 and 「0 引言」 under a cover's heading).
DIVISION = "heading-level-division"
DIVISION_NOTE = ("「{title}」 is a division of the whole document, usually at its top level "
                 "of headings, but is set below it: check this heading's level")
DIVISION_TITLE = re.compile(r"(?:0\s*[、.．]?\s*)?(?:前\s*言|引\s*言|序\s*言|绪\s*论|结\s*论|"
                            r"结\s*语|参\s*考\s*文\s*献|附\s*录|致\s*谢|后\s*记)")


def division_levels(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each front- or back-matter heading (DIVISION_TITLE) set below the
    article's top level of headings. A title the article gives more than once (each part
    of a collection with its own 后记) is no division of the whole."""
    heads = _headings(article)
    if not heads:
        return []
    top = min(level for level, _ in heads)
    seen: dict[str, int] = {}
    for _, title in heads:
        key = "".join(re.sub(r"\*\*|<[^>]+>", "", title).split())
        seen[key] = seen.get(key, 0) + 1
    same = [entry for entry in told if entry.kind in (DIVISION, RANKED, MIXED_LEVELS)]
    doubts = []
    for level, title in heads:
        plain = re.sub(r"\*\*|<[^>]+>", "", title).strip()
        if (level > top and DIVISION_TITLE.fullmatch(plain)
                and seen["".join(plain.split())] == 1 and not _named_already(title, same)):
            doubts.append(Repair(DIVISION, _source_line(source, plain), _excerpt(plain),
                                 _excerpt(plain), DIVISION_NOTE.format(title=plain)))
    return doubts


# A caption names what a picture shows: it never asks a question and never breaks off
# before its sentence ends (census of once-unseen texts: a press conference's questions
# after their 「▲」, a WeChat post's 「往期推荐」 titles, a web page's 「分享到：」 and a
# sentence cut at its 「，」 set as captions — every caption that ends so was wrong).
CAPTION_TEXT = "caption-as-text"
CAPTION_TEXT_NOTE = ("a caption that asks a question or breaks off (「{end}」 at its end) reads "
                     "as the article's text or the page's furniture: check it is a caption")
CAPTION_OPEN_END = re.compile(r"[？?，,、：:；;]$")
FIGURE_BLOCK = re.compile(r"^:::+[ \t]*figure\b[^\n]*\n(.*?)\n:::+[ \t]*$", re.M | re.S)


def captions_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each figure caption whose text ends in a question mark or with a
    mark that leaves its sentence open (「，」「、」「：」「；」)."""
    body = _body(article)
    same = [entry for entry in told if entry.kind == CAPTION_TEXT]
    doubts = []
    for match in FIGURE_BLOCK.finditer(body):
        lines = [line for line in match.group(1).split("\n")
                 if line.strip() and not re.match(r"\s*!\[", line)]
        text = " ".join(ARTICLE_MARKUP.sub("", line).strip() for line in lines).strip()
        text = re.sub(r"[*_]+$", "", text).strip()
        end = CAPTION_OPEN_END.search(text)
        if end and not _named_already(text, same):
            doubts.append(Repair(CAPTION_TEXT, _source_line(source, text), _excerpt(text),
                                 _excerpt(text), CAPTION_TEXT_NOTE.format(end=end.group())))
    return doubts


# A document's 落款 is its issuer's name on a line of its own with the date alone under
# it (GB/T 9704 7.3.5); left as two paragraphs it prints as body text (census of once-
# unseen texts: six 通知/通报 signatures so, each untold).
SIGNATURE_TEXT = "signature-as-text"
SIGNATURE_TEXT_NOTE = ("an issuer's name with a date alone under it reads as the document's "
                       "落款 (signer and date), set as body text: make it the signature if so")


def signatures_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each body paragraph that is an issuer's name alone (ISSUER)
    followed by a paragraph that is a date alone — or the two as one paragraph's two
    lines."""
    body = _body(article)
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", body)]
    same = [entry for entry in told if entry.kind == SIGNATURE_TEXT]
    doubts = []
    for index, chunk in enumerate(chunks):
        if chunk.startswith((":::", "#", "|", ">", "<", "-", "*")):
            continue
        lines = chunk.split("\n")
        if len(lines) == 1 and index + 1 < len(chunks):
            lines.append(chunks[index + 1])
        if (len(lines) == 2 and ISSUER.fullmatch(lines[0].strip())
                and DATE_ALONE.fullmatch(lines[1].strip())
                and not _named_already(lines[0], same)):
            excerpt = lines[0].strip() + "\n" + lines[1].strip()
            doubts.append(Repair(SIGNATURE_TEXT, _source_line(source, lines[0]), excerpt,
                                 excerpt, SIGNATURE_TEXT_NOTE))
    return doubts


def output_doubts(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """The checks of the written article that raise doubts and change nothing: text kept
    that reads as furniture or as a table left as text, heading levels on weak evidence
    (front and back matter below the top level among them), captions that read as text,
    a 落款 left as body paragraphs, a date or source left in the body at the head (a field
    line the furniture check names already is not named twice), a photo's caption
    (where its people stand) left as a paragraph, and a part's name (前言) or the
    speakers' line (「市委书记 张某」) as the title."""
    doubts = (kept_furniture(source, article, told)
              + mixed_heading_levels(source, article, told)
              + ranked_heading_levels(source, article, told)
              + orphan_clauses(source, article, told) + division_levels(source, article, told)
              + captions_as_text(source, article, told)
              + signatures_as_text(source, article, told))
    doubts += facts_in_body(source, article, told + doubts)
    # The checks written since, in their own module (it imports this one's helpers).
    from briefing.importer.telling import telling_doubts
    doubts += (positions_as_text(source, article, told) + part_as_title(source, article, told)
               + speaker_line_as_title(source, article, told))
    return doubts + telling_doubts(source, article, told + doubts)


# The article's date and source stand at its head on any page: a dateline under the
# title, a page's info line (发布时间/来源), a wire story's 「新华社北京1月11日电」. Left in
# the body while the front matter has no date (or no source), they print as text and the
# briefing's head goes without them (census of once-unseen texts: 29 of 31 heads holding
# a date the front matter lacked, 17 of 19 a source, had the fact in the gold's fields).
FACTS_TEXT = "facts-in-body"
FACTS_TEXT_NOTE = ("the front matter has no {fields}, and this line at the article's head "
                   "states it: move it to the front matter ({keys}) if it is the article's")
HEAD_BLOCKS = 6  # the article's first blocks, where a dateline or an info line stands
FACT_LINE = 100  # characters: a dateline or a page's info line is short
DATE_IN_LINE = re.compile(rf"(?:\d{{4}}|[{HAN_DIGIT}]{{4}})\s*年\s*[\d{HAN_DIGIT}]{{1,3}}\s*月"
                          rf"\s*[\d{HAN_DIGIT}]{{1,3}}\s*日|(?<!\d)(?:19|20)\d{{2}}[-/.]"
                          rf"\d{{1,2}}[-/.]\d{{1,2}}(?!\d)")
# A wire dateline at the block's start: an agency (…社, …网, …报, …台), a place, a day, 电.
WIRE_DATELINE = re.compile(r"^[（(]?[^\s，。：:（(]{2,8}?(?:社|网|報|报|台)[^\s，。：:]{0,8}?"
                           r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]")
# A source label with a value (a table's 数据来源/资料来源 names its data's source).
SOURCE_LABEL = re.compile(r"(?<!数据)(?<!數據)(?<!资料)(?<!資料)"
                          r"(?:来\s*源|來\s*源|稿\s*源|出\s*处)\s*[:：]\s*"
                          r"(?![\s|｜【\[]*(?:作\s*者|日\s*期|时\s*间|時\s*間|浏览|點擊|点击|$))\S")
ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]"
                        r"|\d+[.、．](?!\d))")
SENTENCE_END = ("。", "！", "？", "!", "?")


# libyaml's loader where PyYAML has it (as briefing/yamlfile.py reads): the same safe
# constructors, several times faster than the pure-Python parser.
_FRONT_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=4)
def _front_fields(article: str) -> dict:
    """The written article's front matter as a dict (read once per article: several
    checks ask it; callers only read it)."""
    front = FRONT.match(article)
    try:
        fields = yaml.load(front.group(1), Loader=_FRONT_LOADER) if front else {}
    except yaml.YAMLError:
        return {}
    return fields if isinstance(fields, dict) else {}


def facts_in_body(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming the first block at the article's head (HEAD_BLOCKS, FACT_LINE) that
    states a date (a full date; a sentence ending in 。 excepted) while the front matter has
    no `date`, or a source (a wire dateline's agency, a 来源 label with its value) while it
    has no `source` — no heading, table or numbered item, and no field line a
    page-fields-kept doubt names already."""
    fields = _front_fields(article)
    wanted = [key for key in ("date", "source") if not fields.get(key)]
    if not wanted:
        return []
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", _body(article))
              if chunk.strip()][:HEAD_BLOCKS]
    found: dict[str, str] = {}
    for chunk in chunks:
        if chunk.startswith((":::", "#", "|", ">", "<!--")):
            continue
        text = " ".join(ARTICLE_MARKUP.sub("", line).strip() for line in chunk.split("\n"))
        text = text.strip().strip("*_ ")
        if ENUMERATED.match(text) or len(text) > FACT_LINE and not WIRE_DATELINE.match(text):
            continue
        if ("date" in wanted and "date" not in found and DATE_IN_LINE.search(text)
                and not text.endswith(SENTENCE_END)):
            found["date"] = text
        if ("source" in wanted and "source" not in found
                and (WIRE_DATELINE.match(text) or SOURCE_LABEL.search(text))):
            found["source"] = text
    same = [entry for entry in told if entry.kind in (FACTS_TEXT, KEPT_FIELDS)]
    doubts = []
    for text in dict.fromkeys(found.values()):
        if _named_already(text, same):  # a field line told already says to move its facts
            continue
        keys = [key for key in ("date", "source") if found.get(key) == text]
        note = FACTS_TEXT_NOTE.format(fields=" and no ".join(keys),
                                      keys=", ".join(f"{key}:" for key in keys))
        doubts.append(Repair(FACTS_TEXT, _source_line(source, text), _excerpt(text),
                             _excerpt(text), note))
    return doubts


# A photo's caption says where its people stand (「记者王某（右）」「（左二）」): every such
# mark in the 221 tuning texts' golds is in a caption (5 texts, 10 captions). The roles
# pass takes such a line for a caption only when it is short and one sentence; a longer
# one left as a paragraph is told (census: 6 of 7 such paragraphs were captions in gold,
# all 7 on an error; tuning: 1, a caption of three sentences).
POSITION_TEXT = "caption-kept-as-text"
POSITION_TEXT_NOTE = ("this paragraph says where people stand in a picture (「{mark}」): it "
                      "reads as a photo's caption — set it as the caption (::: figure) if so")
POSITION_TEXT_MAX = 160  # characters (roles.CAPTION_MAX): a caption, not a paragraph of text


def _paragraphs(body: str) -> list[str]:
    """The body's plain paragraphs: blocks outside ::: containers, no heading, list item,
    table, quote or HTML, their lines joined."""
    found, depth, lines = [], 0, []
    for line in body.split("\n") + [""]:
        fence = re.match(r"\s*(:{3,})\s*(\S*)", line)
        if fence:
            depth += 1 if fence.group(2) else -1 if depth else 0
            lines = []
            continue
        if line.strip():
            lines.append(line.strip())
            continue
        if lines and not depth and not lines[0].startswith(("#", "|", ">", "<", "- ", "* ")) \
                and not re.match(r"\d+[.)]\s", lines[0]):
            found.append(" ".join(lines))
        lines = []
    return found


def positions_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each body paragraph, short as captions are, that says where a
    person stands in a picture (roles.PHOTO_POSITION) — a caption left as text."""
    same = [entry for entry in told if entry.kind == POSITION_TEXT]
    doubts = []
    for text in _paragraphs(_body(article)):
        plain = ARTICLE_MARKUP.sub("", text).strip()
        mark = PHOTO_POSITION.search(plain)
        if mark and len(plain) <= POSITION_TEXT_MAX and not _named_already(plain, same):
            doubts.append(Repair(POSITION_TEXT, _source_line(source, plain), _excerpt(plain),
                                 _excerpt(plain), POSITION_TEXT_NOTE.format(mark=mark.group())))
    return doubts


# A document's title names the document, never one of its parts: a title that is only
# 前言, 序言 (译者序言), 编写说明, 目录, 摘要 … is the first heading the importer met, the
# document's own title standing on its cover or first lines (census of once-unseen
# texts: 6 titles so, each wrong; tuning: none).
PART_TITLE = "title-is-a-part"
PART_TITLE_NOTE = ("the title 「{title}」 names a part of the document, not the document: "
                   "its title is on the cover or the first lines — set that as the title, "
                   "and this as a heading")
PART_NAME = re.compile(r"(?:(?:译者|作者|再版|中文版|自|代)?(?:序\s*言|前\s*言|序)|"
                       rf"编写说明|编制说明|{DIVISION_TITLE.pattern}|目\s*录|目\s*次|摘\s*要|内容提要|"
                       r"contents|abstract|preface|foreword|introduction)", re.I)


def part_as_title(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming the front matter's title when it is only the name of a part of a
    document (PART_NAME)."""
    title = str(_front_fields(article).get("title") or "").strip()
    if not title or not PART_NAME.fullmatch(title) or any(
            entry.kind == PART_TITLE for entry in told):
        return []
    return [Repair(PART_TITLE, _source_line(source, title), f"title: {title}",
                   f"title: {title}", PART_TITLE_NOTE.format(title=title))]


# A speech's head sets its title, then the speakers' line: each an office and a name
# (「中共某市委书记 张某某」, two run together when a copy joined their lines). That line
# names who speaks, never what: taken as the title, the real title is the line above it.
SPEAKER_TITLE = "title-is-a-speaker-line"
SPEAKER_TITLE_NOTE = ("the title 「{title}」 is an office and a name — the speakers' line, not "
                      "the title: the title is usually the line above it; put the names in "
                      "authors")
OFFICE = (r"(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主席|书记|部长|局长|厅长|主任|总理|"
          r"委员长|院长|校长|董事长|总经理|秘书长)")
SPEAKERS_LINE = re.compile(rf"(?:[\u4e00-\u9fff（）()]{{0,20}}?{OFFICE}[ \t\u3000]+"
                           r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
                           r"[ \t\u3000]*){1,3}")


def speaker_line_as_title(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming the front matter's title when it is nothing but one to three
    office-and-name pairs (SPEAKERS_LINE)."""
    title = str(_front_fields(article).get("title") or "").strip()
    if not title or not SPEAKERS_LINE.fullmatch(title) or any(
            entry.kind == SPEAKER_TITLE for entry in told):
        return []
    return [Repair(SPEAKER_TITLE, _source_line(source, title), f"title: {title}",
                   f"title: {title}", SPEAKER_TITLE_NOTE.format(title=title))]
