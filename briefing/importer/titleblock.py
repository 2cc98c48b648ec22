"""The title block → the front matter: title, subtitle, authors, source, url, date.

Conventions of Chinese articles (newspaper, government and web pages alike):

- The title is the `#` line, or, in plain text, a short line (at most TITLE_MAX
  characters, no terminal punctuation) standing before the body; what follows it tells
  it apart from page furniture: a subtitle (「——…」, 「（2024年1月15日在…上）」), a
  byline, a 来源/时间 line or a dateline, else the body itself. An inferred title is a
  guess the editor is asked to check.
- Facts stand on lines of their own in the head of the article, before the body:
  labelled lines (「来源：人民日报」「时间：2024-03-05 09:20」「发文日期：…」「作者：…」,
  several on one line, or a label alone with its value on the next line), a line that is
  nothing but a date, a byline (「本报记者 张三 李四」「文/张三、李四」), a speaker line
  (「上海市市长 龚 正」) and a URL line. A fact is never read out of a sentence.

Every move is a Repair; every guess is a doubt (`- [ ]` in import-report.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.importer.chars import has_han, strip_tags
from briefing.importer.parse import RawBlock
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    ends_sentence,
    heading_numbering,
    is_date_line,
    parse_byline,
    split_names,
)

TITLE_MAX = 40  # characters of a title line (a two-line title: of each line)
TITLE_MIN = 4  # shorter lines are buttons and menus: 「下载」「打印」「首页」
BODY_MIN = 40  # a longer line is body text
HEAD_BLOCKS = 16  # the head of the article: facts are looked for among its first blocks

# ——副标题 (or a converted "--"); a single "- " is a list item, not a subtitle.
DASH_SUBTITLE = re.compile(r"^(?:[—–－⸺]+|-{2,})\s*")
# 「（2024年1月15日在…上）」「2026年1月27日在…会议上」: where and when a speech was made.
SPEECH_DATELINE = re.compile(
    r"^[（(]?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。；]{2,60}?上(?:的(?:讲话|报告|发言))?[）)]?")
# 「上海市市长 龚 正」「陕西省省长 赵刚」: an office, then the speaker's name.
SPEAKER = re.compile(
    r"^(\S{0,20}?(?:省长|市长|县长|区长|州长|主席|书记|部长|局长|厅长|主任|总理|委员长|代表))"
    r"[ \t\u3000]+([\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,3})$")
FACT_LABELS = {
    "来源": "source", "稿源": "source", "出处": "source", "信息来源": "source",
    "发布机构": "source", "发文机关": "source",
    "时间": "date", "日期": "date", "发布时间": "date", "发布日期": "date",
    "发文日期": "date", "成文日期": "date", "发表时间": "date", "更新时间": "date",
    "作者": "authors", "撰稿": "authors", "撰文": "authors",
    "原文链接": "url", "链接": "url", "网址": "url", "原文地址": "url",
}
LABEL = re.compile("(" + "|".join(sorted(FACT_LABELS, key=len, reverse=True))
                   + r")[ \t\u3000]*[:：][ \t\u3000]*")
URL = re.compile(r"https?://[^\s<>\"'（）()，。、；]+", re.I)
DATE_VALUE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
TERMINAL = tuple("。！？!?；;，,、：:")


@dataclass
class TitleBlock:
    """What the head of the article said, and the blocks left for the body."""

    title: str
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    blocks: list[RawBlock] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)


def read_date(text: str) -> dt.date | None:
    """「2024-03-05」「2024年3月5日」「2026-02-02 09:20」 → a date, else None."""
    match = DATE_VALUE.match(text.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def labelled_facts(text: str) -> list[tuple[str, str]] | None:
    """A line of nothing but labelled facts → [(field, value)], else None.

    「来源：人民日报　时间：2024-03-05」 → [("source", "人民日报"), ("date", "2024-03-05")];
    a date may stand unlabelled before the first label (「2024-03-05 09:20 来源：新华社」).
    A label alone (「时间：」) gives [(field, "")]: its value is on the next line.
    """
    line = text.strip()
    labels = list(LABEL.finditer(line))
    if not labels:
        return None
    lead = line[:labels[0].start()].strip()
    facts = []
    if lead:
        if read_date(lead) is None:
            return None
        facts.append(("date", lead))
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        value = line[label.end():end].strip(" \t\u3000")
        key = FACT_LABELS[label.group(1)]
        if not _is_value(key, value):
            return None
        facts.append((key, value))
    return facts


def _is_value(key: str, value: str) -> bool:
    if not value:
        return True
    if key == "date":
        return read_date(value) is not None
    if key == "url":
        return bool(URL.fullmatch(value))
    if key == "authors":
        return all(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", name) for name in split_names(value))
    # A source is a name, not a sentence.
    return len(value) <= 30 and not ends_sentence(value) and not value.endswith(TERMINAL)


def speaker_name(text: str) -> str | None:
    """「上海市市长 龚 正」 → 龚正; else None."""
    match = SPEAKER.match(text.strip())
    return re.sub(r"[ \t\u3000]", "", match[2]) if match else None


def is_url_line(text: str) -> bool:
    return bool(URL.fullmatch(text.strip()))


def _one_line(block: RawBlock) -> str | None:
    if block.kind != "text" or len(block.lines) != 1:
        return None
    return block.lines[0].text.strip()


def is_body(block: RawBlock) -> bool:
    """Where the body begins: a heading, table or quote, or a line of prose."""
    if block.kind in ("heading", "table", "quote"):
        return True
    text = strip_tags(block.text).strip()
    return len(text) > BODY_MIN or len(block.lines) > 2 or (
        ends_sentence(text) and len(text) > TITLE_MAX / 2)


def is_title_candidate(block: RawBlock) -> bool:
    """A short line (or two) with Han, no terminal punctuation, that is no fact."""
    if block.kind != "text" or len(block.lines) > 2:
        return False
    lines = [strip_tags(line.text).strip() for line in block.lines]
    text = "".join(lines)
    return (
        all(TITLE_MIN <= len(line) <= TITLE_MAX for line in lines)
        and has_han(text)
        and not text.endswith(TERMINAL) and not ends_sentence(text)
        and not DASH_SUBTITLE.match(text)
        and heading_numbering(text).rank == 0
        and not is_date_line(text) and read_date(text) is None
        and not _is_fact_line(text)
        and not re.search(r"[>》»|｜]\s*$|^\s*[<《«]", text)  # breadcrumbs 首页 > 正文
        and not re.match(r"^[^：:]{1,8}[：:]", text)  # labels: 专栏：…, 当前位置：…
    )


def _is_fact_line(text: str) -> bool:
    return bool(labelled_facts(text) or parse_byline(text) or speaker_name(text)
                or is_url_line(text) or read_date(text) or SPEECH_DATELINE.match(text))


def _is_subtitle_block(block: RawBlock) -> bool:
    text = block.text.strip()
    if block.kind in ("heading", "text") and len(block.lines) == 1 and DASH_SUBTITLE.match(text):
        return bool(DASH_SUBTITLE.sub("", text))
    if block.kind == "text" and len(block.lines) == 1 and SPEECH_DATELINE.match(text):
        return True
    return (block.kind == "heading" and block.marker >= 3
            and heading_numbering(text).rank == 0 and parse_byline(text) is None)


def _source_form(block: RawBlock | None) -> str:
    if block is None:
        return ""
    return ("#" * block.marker + " " if block.kind == "heading" else "") + block.text


# ---------------------------------------------------------------- the title


def find_title(blocks: list[RawBlock]) -> tuple[int, bool] | None:
    """The index of the title block and whether it was inferred (no `#` line)."""
    index = next((i for i, b in enumerate(blocks)
                  if b.kind == "heading" and b.marker == 1 and b.text.strip()), None)
    if index is not None:
        return index, False
    head = _head_end(blocks)
    candidates = [i for i in range(head) if is_title_candidate(blocks[i])]
    if not candidates:  # an unnumbered heading opening the text, else its first line
        if blocks and blocks[0].kind == "heading" and blocks[0].text.strip() and \
                heading_numbering(blocks[0].text).rank == 0:
            return 0, True
        first = next((i for i, b in enumerate(blocks) if b.kind == "text"), None)
        return (first, True) if first is not None else None
    return max(candidates, key=lambda i: (_title_evidence(blocks, i, head), -i)), True


def _head_end(blocks: list[RawBlock]) -> int:
    """The index of the first body block (len(blocks) if none)."""
    return next((i for i, b in enumerate(blocks) if is_body(b)), len(blocks))


def _title_evidence(blocks: list[RawBlock], index: int, head: int) -> int:
    """How surely blocks[index] is the title, from what follows it (0: nothing)."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None:
        return 0
    text = following.text.strip()
    if _is_subtitle_block(following) or _is_fact_line(text):
        return 2
    return 1 if index + 1 == head else 0


def take_title_block(
    blocks: list[RawBlock], fields: dict[str, str], file: Path
) -> tuple[str, str | None, list[RawBlock], list[Repair], list[Repair]]:
    """The title (a `#` line, else inferred) and the subtitle after it, wherever it stands.

    Raises nothing: a text without any line gives an empty title (the caller refuses an
    article with no text).
    """
    found = find_title(blocks)
    if found is None or (fields.get("title") and found[1]):
        return fields.get("title", ""), fields.get("subtitle"), blocks, [], []
    index, inferred = found
    title_block = blocks[index]
    title = "".join(line.text.strip() for line in title_block.lines) if inferred else (
        title_block.text.strip())
    subtitle = None
    taken = [index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is not None and _is_subtitle_block(following):
        subtitle = DASH_SUBTITLE.sub("", following.text.strip())
        taken.append(index + 1)
    mark = "" if inferred else "# "
    shown = mark + " ⏎ ".join(line.text.strip() for line in title_block.lines) + (
        f" ⏎ {_source_form(following)}" if subtitle else "")
    where = "from the middle of the text " if any(
        b.kind == "text" for b in blocks[:index]) else ""
    after = f"title: {title}" + (f"; subtitle: {subtitle}" if subtitle else "")
    repairs = []
    doubts = []
    if inferred:
        doubts.append(Repair(
            "title-inferred", title_block.line, shown, after,
            "no '# ' title line: took this short line before the body as the title "
            + ("(its two lines joined) " if len(title_block.lines) > 1 else "")
            + "— check it, or mark the title with '# ' and import again"))
        if where:
            doubts.append(Repair(
                "text-above-title", blocks[0].line, _source_form(blocks[0])[:30],
                _source_form(blocks[0])[:30],
                "text above the inferred title was kept in the body: page furniture "
                "(menus, share buttons)? delete it if so"))
    else:
        repairs.append(Repair("title-block", title_block.line, shown, after,
                              f"Moved the title block {where}to the front matter."))
    doubts += [
        Repair("extra-title", b.line, "# " + b.text, "# " + b.text,
               "a second '#' heading: kept in the text as a heading of the top level")
        for b in blocks
        if b.kind == "heading" and b.marker == 1 and b.text.strip() and b is not title_block
    ]
    kept = [b for i, b in enumerate(blocks) if i not in taken]
    return title, subtitle, kept, repairs, doubts


# ---------------------------------------------------------------- the facts


@dataclass
class Facts:
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    blocks: list[RawBlock] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)


def take_facts(blocks: list[RawBlock], subtitle: str | None = None,
               authors: list[str] | None = None) -> Facts:
    """Bylines, labelled 来源/时间/作者 lines, a date line, a speaker line and URL lines
    in the head of the article → front-matter facts; URL lines anywhere.

    The head is the blocks before the first body block (at most HEAD_BLOCKS); a later
    byline belongs to a later item and stays. The first value of each field wins; a
    second one is left in place as a doubt.
    """
    facts = Facts(authors=list(authors or []))
    head = min(_head_end_ignoring_bylines(blocks), HEAD_BLOCKS)
    drop: set[int] = set()
    pending: tuple[int, str] | None = None  # a label alone: (its index, its field)
    for index, block in enumerate(blocks):
        text = _one_line(block)
        if text is None:
            pending = None
            continue
        if is_url_line(text) or _labelled_url(text):
            url = URL.search(text)[0]
            if facts.url is None:
                facts.url = url
                drop.add(index)
                facts.repairs.append(Repair("url", block.line, text, f"url: {url}",
                                            "Took the URL line into the front matter."))
            else:
                facts.doubts.append(Repair("url", block.line, text, text,
                                           "a second URL line: kept in the body"))
            continue
        if index >= head:
            continue
        if pending is not None:
            key = pending[1]
            if _is_value(key, text) and _store(facts, key, text, blocks[pending[0]].line,
                                               f"{blocks[pending[0]].text} ⏎ {text}"):
                drop.update({pending[0], index})
                pending = None
                continue
            pending = None
        found = labelled_facts(text)
        if found is not None:
            if len(found) == 1 and not found[0][1]:
                pending = (index, found[0][0])
                continue
            stored = [_store(facts, key, value, block.line, text) for key, value in found]
            if any(stored):
                drop.add(index)
            continue
        names = parse_byline(text)
        speaker = speaker_name(text)
        if names or speaker:
            if _store(facts, "authors", "、".join(names or [speaker or ""]), block.line, text):
                drop.add(index)
            continue
        if read_date(text) is not None and _store(facts, "date", text, block.line, text):
            drop.add(index)
            continue
        speech = SPEECH_DATELINE.match(text)
        if speech and facts.date is None:
            # 「（2024年1月15日在…上）」 stays as the text's dateline; its date is the date.
            facts.date = read_date(speech[1].replace(" ", ""))
            facts.repairs.append(Repair("dateline", block.line, text, f"date: {facts.date}",
                                        "Took the date of the speech's dateline."))
    if subtitle and facts.date is None:
        speech = SPEECH_DATELINE.match(subtitle)
        if speech:
            facts.date = read_date(speech[1].replace(" ", ""))
    if pending is not None:
        facts.doubts.append(Repair("label-without-value", blocks[pending[0]].line,
                                   blocks[pending[0]].text, blocks[pending[0]].text,
                                   "a label with no value after it: kept in the body"))
    facts.blocks = [b for i, b in enumerate(blocks) if i not in drop]
    return facts


def _labelled_url(text: str) -> bool:
    found = labelled_facts(text)
    return bool(found) and len(found) == 1 and found[0][0] == "url" and bool(found[0][1])


def _store(facts: Facts, key: str, value: str, line: int, shown: str) -> bool:
    """Set a fact's field from a value; False (and a doubt) when it is already set."""
    value = value.strip()
    if key == "authors":
        names = split_names(value)
        if facts.authors:
            facts.doubts.append(Repair("byline", line, shown, shown,
                                       "a second byline in the head: kept in the body"))
            return False
        facts.authors = names
        after = f"authors: [{', '.join(names)}]"
        note = "Took the byline into the front matter's authors."
    elif key == "date":
        date = read_date(value)
        if facts.date is not None or date is None:
            return False
        facts.date = date
        after = f"date: {date}"
        note = "Took the date line into the front matter's date."
    elif key == "url":
        if facts.url is not None:
            return False
        facts.url = URL.search(value)[0]
        after = f"url: {facts.url}"
        note = "Took the URL into the front matter."
    else:
        if facts.source is not None:
            facts.doubts.append(Repair("source", line, shown, shown,
                                       "a second 来源 line: kept in the body"))
            return False
        facts.source = value
        after = f"source: {value}"
        note = "Took the 来源 line into the front matter's source."
    facts.repairs.append(Repair(f"front-matter-{key}", line, shown, after, note))
    return True


def take_byline(blocks: list[RawBlock]) -> tuple[list[str], list[RawBlock], list[Repair]]:
    """The first byline in the head of the article (「## ◆文清 柴芳芳」, 「文/张三」).

    A byline written as a heading (`## ◆…`) counts too; a byline after the body has
    begun belongs to a later item and stays where it is.
    """
    head = min(_head_end_ignoring_bylines(blocks), HEAD_BLOCKS)
    for index, block in enumerate(blocks[:head + 1]):
        if block.kind not in ("heading", "text") or len(block.lines) != 1:
            continue
        names = parse_byline(block.text)
        if names:
            repair = Repair("byline", block.line, _source_form(block),
                            f"authors: [{', '.join(names)}]",
                            "Took the byline into the front matter's authors.")
            return names, blocks[:index] + blocks[index + 1:], [repair]
    return [], blocks, []


def _head_end_ignoring_bylines(blocks: list[RawBlock]) -> int:
    return next((i for i, b in enumerate(blocks)
                 if is_body(b) and not (b.kind == "heading" and parse_byline(b.text))),
                len(blocks))
