"""A page's words for screen readers, copied with its text (see the package's docstring).

A news template hides words from the eye that a screen reader says, and a copy of the
page's text keeps them: the skip link over its menu (「跳過此內容」 「Skip to content」), a
promoted list framed by a pair of skip links (「Skip 熱讀 and continue reading」 …
「End of 熱讀」), the label of an advertisement's slot (「Advertisement」), the byline as a
table of labelled fields (「Article Information」 ⏎ 「Author, 余美霞」 ⏎ 「Role, BBC中文記者」
⏎ 「2025年11月27日」), and the label before a photo's caption (「圖像加註文字，…」). None is
the article's: the byline's names and date go to the front matter, the rest is dropped,
each drop a repair. So are the page's reaction buttons with their counts (「讚好」 ⏎ 「42」 ⏎
「24」) and its 「正在加載」 label.
"""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END, simplified
from briefing.importer.records import Repair
from briefing.importer.webframe.lines import plain_text

SKIP_TO_CONTENT = re.compile(r"^(?:跳过此内容|跳至主要内容|跳到主要内容|跳转到主要内容|跳到正文|"
                             r"跳至正文|Skip to (?:main )?content"
                             # Taiwan's government sites: 「按 Enter 到主內容區」
                             r"|按[ \t]*Enter[ \t]*到主内容区(?:块)?)$", re.I)
# Under the skip link: the accesskey anchors a Taiwanese site prints (「:::」) and its logo's
# alt text (「衛福部LOGO」), among the menu's words.
HEAD_MARK = re.compile(r"^(?::::|\S{1,12}(?:LOGO|Logo|logo|标志|标识))$")
HEAD_LINES_MAX = 8  # the skip link stands among the page's first lines
MENU_WORD_MAX = 4  # a menu's item: a word or two (a channel's name over the story is not one)
MENU_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
SKIP_PAIR_OPEN = re.compile(r"^Skip (?P<name>.{1,30}?) and continue reading$", re.I)
AD_SLOT = re.compile(r"^(?:Advertisement|ADVERTISEMENT|Sponsored)$")
BYLINE_TABLE = re.compile(r"^Article Information$", re.I)
BYLINE_FIELD = re.compile(r"^(?P<field>Author|Role|Reporting from|Posted|Published),\s*"
                          r"(?P<value>.+)$")
CAPTION_LABEL = re.compile(r"^(?:图像加注文字|图片说明|Image caption)[，,]\s*(?=\S)")
DATE_LINE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2})$")


def reader_words(lines: list[tuple[int, str]], fields: dict[str, str], repairs: list[Repair]
                 ) -> list[tuple[int, str]]:
    lines = _skip_link_menu(lines, repairs)
    lines = _skip_pairs(lines, repairs)
    lines = _byline_table(lines, fields, repairs)
    lines = _reaction_bars(lines, repairs)
    result = []
    for number, text in lines:
        plain = plain_text(text)
        if AD_SLOT.match(plain):
            repairs.append(Repair("ad-slot", number, plain, "",
                                  "Dropped the label of the page's advertisement slot."))
            continue
        label = CAPTION_LABEL.match(simplified(plain))
        if label:
            # (simplified keeps a text's length: the label's end is the same in its own
            # characters)
            repairs.append(Repair("caption-label", number, plain[:label.end()], "",
                                  "Dropped the label a screen reader says before a photo's "
                                  "caption; the caption stays."))
            text = plain[label.end():]
        result.append((number, text))
    return result


def _skip_link_menu(lines: list[tuple[int, str]], repairs: list[Repair]
                    ) -> list[tuple[int, str]]:
    """The page's head to its skip link, and the menu of short words under it."""
    filled = [i for i, (_, text) in enumerate(lines) if plain_text(text)][:HEAD_LINES_MAX]
    link = next((i for i in filled if SKIP_TO_CONTENT.match(simplified(plain_text(
        lines[i][1])))), None)
    if link is None or any(plain_text(lines[i][1])[-1] in SENTENCE_END for i in filled
                           if i < link):
        return lines
    end = link + 1
    while end < len(lines) and (not plain_text(lines[end][1]) or (
            len(plain_text(lines[end][1])) <= MENU_WORD_MAX
            and MENU_WORD.fullmatch(plain_text(lines[end][1])))
            or HEAD_MARK.match(simplified(plain_text(lines[end][1])))):
        end += 1
    dropped = [plain_text(t) for _, t in lines[:end] if plain_text(t)]
    repairs.append(Repair(
        "skip-link-menu", lines[0][0], " ⏎ ".join(dropped)[:60], "",
        f"Dropped the page's head: its name, the skip link a screen reader says "
        f"(「{plain_text(lines[link][1])}」) and the menu under it ({len(dropped)} short "
        "lines) — check the headline stands first now.", review=True))
    return lines[end:]


def _skip_pairs(lines: list[tuple[int, str]], repairs: list[Repair]
                ) -> list[tuple[int, str]]:
    """A promoted list between 「Skip X and continue reading」 and 「End of X」."""
    result = list(lines)
    index = 0
    while index < len(result):
        opened = SKIP_PAIR_OPEN.match(plain_text(result[index][1]))
        close = next((j for j in range(index + 1, len(result))
                      if plain_text(result[j][1]) == f"End of {opened['name']}"),
                     None) if opened else None
        if close is None:
            index += 1
            continue
        inside = [plain_text(t) for _, t in result[index + 1:close] if plain_text(t)]
        repairs.append(Repair(
            "skip-pair", result[index][0], plain_text(result[index][1]), "",
            f"Dropped the page's promoted list 「{opened['name']}」 ({len(inside)} lines) "
            "between the skip links a screen reader says around it.", review=True))
        del result[index:close + 1]
    return result


def _byline_table(lines: list[tuple[int, str]], fields: dict[str, str], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    """「Article Information」 and its fields: the authors' names and the date kept as the
    front matter's."""
    start = next((i for i, (_, text) in enumerate(lines)
                  if BYLINE_TABLE.match(plain_text(text))), None)
    if start is None:
        return lines
    end, names, date = start + 1, [], None
    while end < len(lines):
        plain = plain_text(lines[end][1])
        field = BYLINE_FIELD.match(plain)
        if not plain:
            end += 1
        elif field:
            if field["field"] == "Author":
                names.append(field["value"].strip())
            end += 1
        elif DATE_LINE.match(plain) and date is None:
            date = plain
            end += 1
            break
        else:
            break
    if not names and date is None:
        return lines
    if names and not fields.get("authors"):
        fields["authors"] = "、".join(names)
    if date and not fields.get("date"):
        fields["date"] = date
    repairs.append(Repair(
        "byline-table", lines[start][0], " ⏎ ".join(
            plain_text(t) for _, t in lines[start:end] if plain_text(t))[:60],
        f"authors: [{', '.join(names)}]" + (f", date: {date}" if date else ""),
        "Took the byline the page sets as a table of labelled fields (Author, Role, the "
        "date) into the front matter; the roles are the page's.", review=True))
    return lines[:start] + lines[end:]


# REACTION_BAR: a page's reaction buttons, their label and then their counts a line each
# (「讚好」 ⏎ 「42」 ⏎ 「24」 ⏎ 「0」, 「搶先表達」 … 「正在加載」): the page's, no words of the
# article. The label alone with two counts under it at least.
REACTION_LABEL = re.compile(r"^(?:赞好|点赞|赞|抢先表达|表达你的心情|Like|Likes)$", re.I)
COUNT_LINE = re.compile(r"^\d{1,7}$")
LOADING_LINE = re.compile(r"^(?:正在加载|加载中|Loading)(?:\.{3}|…)?$", re.I)
REACTION_COUNTS_MIN = 2


def _reaction_bars(lines: list[tuple[int, str]], repairs: list[Repair]
                   ) -> list[tuple[int, str]]:
    drop: set[int] = set()
    for index, (number, text) in enumerate(lines):
        plain = simplified(plain_text(text))
        if LOADING_LINE.match(plain):
            drop.add(index)
            repairs.append(Repair("loading-label", number, plain_text(text), "",
                                  "Dropped the page's 「loading」 label."))
            continue
        if not REACTION_LABEL.match(plain):
            continue
        end = index + 1
        while end < len(lines) and (COUNT_LINE.match(plain_text(lines[end][1]))
                                    or not plain_text(lines[end][1])):
            end += 1
        counts = sum(1 for _, t in lines[index + 1:end] if plain_text(t))
        if counts < REACTION_COUNTS_MIN:
            continue
        drop.update(range(index, end))
        repairs.append(Repair(
            "reaction-bar", number, plain_text(text), "",
            f"Dropped the page's reaction buttons 「{plain_text(text)}」 and their {counts} "
            "counts."))
    return [line for i, line in enumerate(lines) if i not in drop]
