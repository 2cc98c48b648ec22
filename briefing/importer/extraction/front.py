"""A raw extraction's front matter (see the package's docstring): a paper's head (title,
authors, affiliations) and its labelled fields, a standard's or a report's cover (issuer,
date, series number, title, applicant), the title repeated, a standard's clause numbers."""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END, has_han, is_han, join_lines, simplified
from briefing.importer.extraction.pages import (
    _cover_page,
)
from briefing.importer.layout import CLAUSE_START
from briefing.importer.records import Repair
from briefing.importer.repairs import fullwidth_punctuation

# A standard: its code on the cover (GB/T 1.1, DB32/T 1580, HJ 663, ICS 13.020).
STANDARD = re.compile(r"^(?:ICS\s+\d|(?:GB|DB\d{0,2}|HJ|[A-Z]{2})(?:/[TZ])?\s*\d)")
# …and as its pages' running head: the code alone (「GB/T 28181—2022」「DB32/T 1580—2019」).
STANDARD_HEAD = re.compile(r"^(?:(?:GB|DB\d{0,2}|HJ)(?:/[TZ])?|[A-Z]{2}/[TZ])\s*\d+(?:\.\d+)*"
                           r"(?:\s*[—–-]\s*\d{4})?$")
STUCK_CLAUSE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?=[\u4e00-\u9fff])")
CLAUSE_HEADING_MAX = 30
CLAUSE_ALONE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}$")
CHAPTER_ALONE = re.compile(r"^\d{1,2}$")
# A thesis's chapter: 「第1章」「第一章」 (its number as a count: 第十二章 is 12).
CHAPTER_LABEL = re.compile(r"^第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*章$")
CHAPTER_TITLED = re.compile(r"^第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*章\s+\S")
HAN_COUNT = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


def _chapter_number(label: str) -> int:
    """「1」 → 1, 「九」 → 9, 「十二」 → 12, 「二十」 → 20."""
    if label.isdigit():
        return int(label)
    tens, _, ones = label.rpartition("十")
    if "十" not in label:
        return HAN_COUNT.get(label, 0)
    return (HAN_COUNT.get(tens, 0) if tens else 1) * 10 + HAN_COUNT.get(ones, 0)
# The labelled lines of a paper's or report's front page (GB/T 7713): each opens a
# paragraph of its own, whatever the line before it.
LABEL_START = re.compile(
    r"^(?:摘\s*要|关键词|关键字|中图分类号|文献标志码|文献标识码|文章编号|DOI|doi|Abstract|"
    r"Key\s*words|收稿日期|修回日期|基金项目|作者简介|通信作者|通讯作者|引用格式"
    # Other journals' wording of the same fields (软件学报, 计算机学报 …).
    r"|中图法分类号|(?:中文|英文)引用格式|收稿时间|修改(?:日期|时间)|修回时间|(?:采用|录用)(?:日期|时间))"
    r"\s*[：:]")


# A paper's author line: each name followed by its affiliation's number (a superscript,
# which the extraction sets on the line: 「张三 1，李四 1,2，王五 2*」).
# A two-character name may be spaced out to the width of three (「陈 宏」).
# In a -layout extraction the space is as wide as the typesetter made it (「郜      帅」).
_AUTHOR = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff])"
AUTHOR_MARKS = re.compile(
    rf"^{_AUTHOR}\s*\d[\d,*]*(?:\s*[，,、]\s*{_AUTHOR}\s*\d[\d,*]*)+$")
# A paper of a single affiliation marks no names: its author line is names alone, and
# the affiliation, in brackets, right under it (「张三，李四，王五」「（某大学 某学院，某市
# 100000）」).
AUTHOR_NAMES = re.compile(rf"^{_AUTHOR}(?:\s*[，,、]\s*{_AUTHOR})+$")
AFFILIATION = re.compile(r"^[（(][^（）()]{4,}[）)]$")
# Some journals (物理学报, 计算机研究与发展) set the names apart by spaces alone, each
# perhaps marked 「1)」, the affiliation opening in brackets under them (「柴若楠 郜 帅
# 兰江雨」「刘金国1)      许开来2)」 ⏎ 「1) (某大学…)」).
SPACED_NAME = re.compile(r"^([\u4e00-\u9fff·]{1,4})(?:\d{1,2}(?:,\d{1,2})*\)?\*?)?$")
AFFILIATION_OPENS = re.compile(r"^(?:\d{1,2}\)\s*)?[（(][\u4e00-\u9fff]")
HEAD_SEARCH = 40  # the author line stands among the first lines of page 1
NOTE_MARK_LINE = re.compile(r"^[*＊†‡]{1,3}$")
AFFILIATION_LINES = 12  # lines under the author line that may hold the affiliations
TITLE_LINES_MAX = 3


# A paper's author line under a label, each name perhaps marked 「*」 (corresponding or
# equal-contribution authors, the note at the page's foot), the list wrapped after a
# comma onto the lines under it: 「作者：赵甲，钱乙 *，孙丙，」 ⏎ 「李丁，周戊」.
_MARKED = rf"{_AUTHOR}\s*[*＊†‡]{{0,3}}"
AUTHOR_LABEL = re.compile(r"^(?:作\s*者|著\s*者|译\s*者)(?:[（(][^（）()]{1,20}[）)])?\s*[：:]\s*")
AUTHOR_RUN = re.compile(rf"^{_MARKED}(?:\s*[，,、]\s*{_MARKED})*\s*[，,、]?$")


def _labelled_authors(lines: list[tuple[int, str]], texts: list[int]
                      ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The authors of a labelled author line (above) among a paper's first lines: the
    names without their marks; the line(s) dropped; the title is the line right above."""
    for index in texts:
        label = AUTHOR_LABEL.match(lines[index][1].strip())
        if not label:
            continue
        run = [lines[index][1].strip()[label.end():]]
        end = index
        alone = not run[0]  # 「译者（姓氏音序排名）：」 over the names
        if alone and end + 1 < len(lines):
            end += 1
            run = [lines[end][1].strip()]
        while run[-1].endswith(("，", ",", "、")) and end + 1 < len(lines) \
                and AUTHOR_RUN.match(lines[end + 1][1].strip()):
            end += 1
            run.append(lines[end][1].strip())
        joined = "".join(run)
        if not AUTHOR_RUN.match(joined) or joined.endswith(("，", ",", "、")):
            return lines, [], "", ""
        names = [re.sub(r"[ \u3000]", "", name) for name in re.findall(_AUTHOR, joined)]
        if len(names) < 2:
            return lines, [], "", ""
        shown = " ⏎ ".join(t.strip() for _, t in lines[index:end + 1] if t.strip())
        repairs = [Repair("paper-authors", lines[index][0], shown, "authors: " + "、".join(names),
                          "Took the paper's labelled author line into the authors, without "
                          "the marks (「*」) after names" + (", its lines joined." if end > index
                                                            else "."))]
        above = lines[index - 1][1].strip() if index and not alone else ""
        title = above if above and len(above) <= TITLE_REPEAT_MAX and above[-1] not in (
            SENTENCE_END) else ""
        kept = lines[:index] + [(n, "") for n, _ in lines[index:end + 1]] + lines[end + 1:]
        return kept, repairs, "、".join(names), title
    return lines, [], "", ""


def _spaced_authors(line: str) -> list[str]:
    """The names of an author line set apart by spaces (above), a two-character name
    spaced out to the width of three as two tokens of one character; none if the line is
    not such a line (a token of five characters or more, a lone single character, one
    name only)."""
    tokens = [SPACED_NAME.match(token) for token in line.split()]
    if len(tokens) < 2 or not all(tokens):
        return []
    names: list[str] = []
    single = ""
    for token in tokens:
        text = token[1]
        marked = token.end(1) < len(token[0])
        if len(text) == 1:
            if single:
                names.append(single + text)
                single = ""
            elif marked:
                return []
            else:
                single = text
        elif single:
            return []
        else:
            names.append(text)
    return names if not single and len(names) >= 2 else []


def _affiliation_opens_under(lines: list[tuple[int, str]], index: int) -> bool:
    """The next line with text under line `index` opens an affiliation in brackets."""
    below = next((t.strip() for _, t in lines[index + 1:index + 3] if t.strip()), "")
    return bool(AFFILIATION_OPENS.match(below))


def _affiliation_under(lines: list[tuple[int, str]], index: int) -> bool:
    """The line right under line `index` is an affiliation in brackets."""
    below = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
    return bool(AFFILIATION.match(below))


def _paper_head(lines: list[tuple[int, str]]
                ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """A paper's first page: the title broken over the short lines right above its author
    line is one line again, and is the title; the author line's names, without their
    affiliations' numbers (superscripts the extraction set on the line), are the
    authors, the line dropped."""
    texts = [i for i, (_, t) in enumerate(lines[:HEAD_SEARCH * 2]) if t.strip()][:HEAD_SEARCH]
    found = next((i for i in texts if AUTHOR_MARKS.match(lines[i][1].strip()) or (
        AUTHOR_NAMES.match(lines[i][1].strip()) and _affiliation_under(lines, i)) or (
        _spaced_authors(lines[i][1]) and _affiliation_opens_under(lines, i))), None)
    if found is None:
        return _labelled_authors(lines, texts)
    number, marked = lines[found]
    spaced = _spaced_authors(marked) if not AUTHOR_MARKS.match(marked.strip()) and not (
        AUTHOR_NAMES.match(marked.strip())) else []
    names = "、".join(spaced) if spaced else "、".join(
        re.sub(r"[ \u3000]", "", name) for name in re.findall(_AUTHOR, marked))
    repairs = [Repair("paper-authors", number, marked.strip(), f"authors: {names}",
                      "Took the paper's author line into the authors, without the "
                      "affiliations' numbers after the names"
                      + (", a name spaced out one name again." if re.search(
                          r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", marked) else "."))]
    # The title above ends where the author line stood.
    lines = lines[:found] + [(number, "")] + lines[found + 1:]
    # Under it, each affiliation's number (a superscript) on a line of its own above the
    # affiliation in brackets: 「1」「(某大学 某学院, 某市 100000)」 → 「1(某大学…)」.
    for index in range(found + 1, min(len(lines) - 1, found + AFFILIATION_LINES)):
        mark, below = lines[index][1].strip(), lines[index + 1][1].strip()
        if re.fullmatch(r"\d{1,2}", mark) and below[:1] in "(（":
            repairs.append(Repair("affiliation-number", lines[index][0], f"{mark} ⏎ {below[:12]}",
                                  f"{mark}{below[:12]}", "Joined an affiliation's number, set "
                                  "on a line of its own, to the affiliation under it."))
            lines[index] = (lines[index][0], "")
            lines[index + 1] = (lines[index + 1][0], mark + below)
    top = found
    while top > 0 and lines[top - 1][1].strip() and found - top < TITLE_LINES_MAX:
        above = lines[top - 1][1].strip()
        if NOTE_MARK_LINE.match(above):
            # The title's note mark (its 基金项目 note's 「*」), set above it on a line of
            # its own: a mark, no part of the title.
            repairs.append(Repair("title-mark", lines[top - 1][0], above, "",
                                  "Removed the title's note mark, alone on its line."))
            lines = lines[:top - 1] + [(lines[top - 1][0], "")] + lines[top:]
            break
        if len(above) > TITLE_REPEAT_MAX or above[-1] in SENTENCE_END or LABEL_START.match(above):
            break
        top -= 1
    if found - top >= 2:
        title = ""
        for _, part in lines[top:found]:
            title = join_lines(title, part.strip())
        repairs.append(Repair(
            "title-lines", lines[top][0], " ⏎ ".join(t.strip() for _, t in lines[top:found]),
            title, "Joined the paper's title broken over the lines above its author line."))
        lines = lines[:top] + [(lines[top][0], title), (lines[top][0], "")] + lines[found:]
    elif found - top == 1:
        title = lines[top][1].strip()
    else:
        title = ""
    return lines, repairs, names, title


# A standard's cover (GB/T 1.1) ends with its dates and its issuer: 「2019-07-11 发布」
# 「2019-08-01 实施」「某省市场监督管理局 发布」; pdftotext may put the issuer's 「发布」
# on a line of its own after the dates. A form field of the cover left empty
# (「备案号：」) holds nothing.
COVER_DATE = re.compile(r"\d.*(?:发\s*布|实\s*施)$")
ISSUER = re.compile(r"^([\u4e00-\u9fff]{4,30}(?:\s+[\u4e00-\u9fff]{4,30})*)\s+发\s*布$")
EMPTY_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[：:]$")
# The standard's date of publication: 「2019 - 07 -11 发布」 (its 实施 date stays in the text).
ISSUE_DATE = re.compile(r"^(\d{4})\s*[-－.]\s*(\d{1,2})\s*[-－.]\s*(\d{1,2})\s*发\s*布$")


def _standard_cover(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                    ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The standard's issuer (the source) and date of publication from its cover, their
    lines dropped; an empty form field dropped."""
    cover = {number for number, _ in pages[0]} if len(pages) > 1 else set()
    date = ""
    repairs: list[Repair] = []
    drop: set[int] = set()
    issuers: list[str] = []
    texts = [(i, n, t.strip()) for i, (n, t) in enumerate(lines) if n in cover and t.strip()]
    for position, (index, number, text) in enumerate(texts):
        issued = ISSUE_DATE.match(text)
        if issued and not date:
            date = f"{int(issued[1]):04d}-{int(issued[2]):02d}-{int(issued[3]):02d}"
            drop.add(index)
            repairs.append(Repair("cover-date", number, text, f"date: {date}",
                                  "The standard's date of publication (「… 发布」 on its "
                                  "cover): took it as the date."))
            continue
        if EMPTY_FIELD.match(text):
            drop.add(index)
            repairs.append(Repair("cover-field", number, text, "",
                                  "Dropped an empty field of the standard's cover."))
            continue
        found = ISSUER.match(text)
        if not found and re.sub(r"\s", "", text) != "发布":
            continue
        # The issuers above it (「国家市场监督管理总局」 over 「国家标准化管理委员会 发布」),
        # past the dates.
        names = []
        dates = [k for k, (_, _, t) in enumerate(texts) if COVER_DATE.search(t)]
        start = dates[0] + 1 if dates else position  # the issuers stand under the dates
        for back_index, _, back in reversed(texts[start:position]):
            if COVER_DATE.search(back):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]{4,30}", back) or back_index in drop:
                break
            names.insert(0, (back_index, back))
        if not names and not found:
            continue
        issuers += [name for _, name in names] + ([found[1]] if found else [])
        drop.update({index} | {i for i, _ in names})
        repairs.append(Repair("cover-issuer", number, text, f"source: {' '.join(issuers)}",
                              "The standard's issuer (「… 发布」 on its cover): took it as the "
                              "source."))
    # Issuers stacked on the cover are named as set, a space between: no mark is added.
    return ([line for i, line in enumerate(lines) if i not in drop], repairs, " ".join(issuers),
            date)


# An organisation's name: a report's cover names its issuer on a line of its own (「云计算
# 开源产业联盟」), or set before the cover's title on one line (「某某有限公司某某说明」).
ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）]{2,30}(?:公司|委员会|协会|联盟|研究院|研究所|研究中心|中心|总局|局|部|厅"
    r"|办公室|大学|学院|学会|集团|银行|政府|基金会|联合会|商会|促进会|研究会)")


# A cover line that says who issued the report: 「某某研究院 发布」「某某实验室&某某咨询联合发布」
# 「某某协会编制」: the names before the verb are the issuers, whatever they end with.
RELEASED_BY = re.compile(
    r"([\u4e00-\u9fffA-Za-z（）()&＆、·]{4,40}?)(?:联合)?(?:发布|编制|编著|出品|编写)")


# A report series numbers its issues on the cover, above the title: 「No.202209」 (pdftotext
# may space it out: 「N o.202209」) — the series' number, no text of the report.
COVER_SERIAL = re.compile(r"^N\s?o\s?[.．]\s?\d{4,8}$")


def _cover_serial(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                  ) -> tuple[list[tuple[int, str]], list[Repair]]:
    cover = {number for number, text in _cover_page(pages) if COVER_SERIAL.match(text.strip())}
    repairs = [Repair("cover-serial", number, text.strip(), "",
                      "Dropped the series number on the report's cover (「No.202209」).")
               for number, text in lines if number in cover]
    return [(n, t) for n, t in lines if n not in cover], repairs


def _report_cover(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                  ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The issuer on a report's cover (see ORGANISATION), under its title (the cover's
    first line): the source, its line dropped. Only when one line names it."""
    cover = _cover_page(pages)
    if len(cover) < 2:
        return lines, [], "", ""
    title = re.sub(r"\s+", "", cover[0][1])
    found = []
    for number, text in cover[1:]:
        key = re.sub(r"\s+", "", text)
        name = key[:-len(title)] if key.endswith(title) and key != title else key
        released = RELEASED_BY.fullmatch(key)
        if released:  # 「某某实验室&某某咨询联合发布」: the issuers named as such
            name = released[1]
        if ORGANISATION.fullmatch(name) or released:
            found.append((number, text, name))
    if len(found) != 1:
        return lines, [], "", ""
    number, text, name = found[0]
    repairs = [Repair("cover-issuer", number, text.strip(), f"source: {name}",
                      "The report's issuer on its cover: took it as the source.")]
    lines = [(n, t) for n, t in lines if n != number]
    # Above the issuer, the cover's first lines, set one under the other, are its title
    # broken over them (「面向某某的」「某某行业白皮书」): one line again, and the title.
    above = [(n, t.strip()) for n, t in cover if n < number and t.strip()]
    title = ""
    if 2 <= len(above) <= TITLE_LINES_MAX and all(
            b - a == 1 for (a, _), (b, _) in zip(above, above[1:], strict=False)) and all(
            len(t) <= TITLE_REPEAT_MAX and t[-1] not in SENTENCE_END
            and not re.fullmatch(r"[（(].*[）)]", t) for _, t in above):
        for _, part in above:
            title = join_lines(title, part)
        first, dropped = above[0][0], {n for n, _ in above[1:]}
        lines = [(n, title if n == first else t) for n, t in lines if n not in dropped]
        repairs.append(Repair("title-lines", first, " ⏎ ".join(t for _, t in above), title,
                              "Joined the report's title broken over the cover's first "
                              "lines, above its issuer."))
    return lines, repairs, name, title


# A cover's title broken over its first lines, then its subtitle in brackets: 「某某大学」
# 「攻读硕士学位研究生选题报告」「(申请某某大学工程管理硕士专业学位论文)」.
BRACKETED = re.compile(r"^[（(][^（）()]{2,40}[）)]$")


def _bracketed_cover_title(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                           ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """On a cover (no running text), the first lines, one under another with no blank
    line, each short and ending no sentence, directly above a line in brackets: the title
    broken over them, and its subtitle. Nothing else makes a cover's lines a title here;
    a one-line title with its edition under it stays the title block's to read."""
    cover = _cover_page(pages)
    kept = {n for n, t in lines if t.strip()}
    head = [(n, t) for n, t in cover if n in kept]
    run: list[tuple[int, str]] = []
    for number, text in head:
        if run and number != run[-1][0] + 1:
            break
        run.append((number, text))
        if BRACKETED.match(text):
            break
    if not 3 <= len(run) <= TITLE_LINES_MAX + 1 or not BRACKETED.match(run[-1][1]) or not all(
            len(t) <= TITLE_REPEAT_MAX and has_han(t) and t[-1] not in SENTENCE_END
            and not re.search("[，。；：]", t) for _, t in run[:-1]):
        return lines, [], "", ""
    title = ""
    for _, part in run[:-1]:
        title = join_lines(title, part)
    subtitle = fullwidth_punctuation(run[-1][1])[0]
    dropped = {n for n, _ in run}
    repairs = [Repair("cover-title", run[0][0], " ⏎ ".join(t for _, t in run),
                      f"title: {title}; subtitle: {subtitle}",
                      "The cover's first lines, above a line in brackets: took them as the "
                      "title broken over them, the bracketed line as its subtitle.", review=True)]
    return [(n, t) for n, t in lines if n not in dropped], repairs, title, subtitle


# A report's, guide's or thesis's cover (no running text) dated on a line of its own
# (「2022 年 04 月 23 日」): its first line is the title, a release line right under it
# (「发布 0.1」「版本 2.0」「第二版」) or its edition the subtitle. Not a line naming who made it
# (「某某沙龙公益出品」), an organisation, or a contents heading.
COVER_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
RELEASE_LINE = re.compile(r"^(?:发布|版本|Release|Version|[Vv])\s*\d+(?:\.\d+)*$"
                          r"|^第[一二三四五六七八九十\d]{1,3}版$")
NOT_COVER_TITLE = re.compile(r"^目\s*录$|^contents$", re.IGNORECASE)


def _dated_cover_title(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                       ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The title (and release line) of a dated cover (above): the lines dropped, the
    repair marked for review (the title is read from the cover's order, not its type)."""
    kept = {n for n, t in lines if t.strip()}
    cover = [(n, t.strip()) for n, t in _cover_page(pages) if n in kept]
    if len(cover) < 2 or not any(COVER_DATE_LINE.match(t) for _, t in cover):
        return lines, [], "", ""
    number, title = cover[0]
    name = re.sub(r"\s+", "", title)
    if (len(title) > TITLE_REPEAT_MAX or not has_han(title) or re.search("[，。；：、！？:]", title)
            or COVER_DATE_LINE.match(title) or NOT_COVER_TITLE.match(title)
            or RELEASED_BY.fullmatch(name) or ORGANISATION.fullmatch(name)):
        return lines, [], "", ""
    dropped = {number}
    subtitle = ""
    # …or its edition in brackets (「（2022 年）」), printed as the title block prints it.
    if RELEASE_LINE.match(cover[1][1]) or re.fullmatch(r"[（(].{1,14}[）)]", cover[1][1]):
        subtitle = fullwidth_punctuation(cover[1][1])[0]
        dropped.add(cover[1][0])
    repairs = [Repair("cover-title", number, title + (f" ⏎ {subtitle}" if subtitle else ""),
                      f"title: {title}" + (f"; subtitle: {subtitle}" if subtitle else ""),
                      "The dated cover's first line: took it as the title"
                      + (", the release line under it as its subtitle." if subtitle else "."),
                      review=True)]
    return [(n, t) for n, t in lines if n not in dropped], repairs, title, subtitle


# A thesis's or report's cover names its author in a form field: 「申 请 人： 刘 祥 林」
# 「作者姓名：某某」「研究生：某某」 (the field's letter-spacing already gone).
APPLICANT = re.compile(r"^(?:申请人|作者|作者姓名|研究生|研究生姓名|学生姓名|论文作者)\s*[：:]\s*"
                       r"([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,4})$")


def _cover_applicant(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                     ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """The author a cover's form field names (one such field only): the line dropped."""
    cover = {n for n, _ in _cover_page(pages)}
    found = [(n, t, APPLICANT.match(t.strip())) for n, t in lines
             if n in cover and APPLICANT.match(t.strip())]
    if len(found) != 1:
        return lines, [], ""
    number, text, match = found[0]
    name = re.sub(r"\s+", "", match[1])
    repairs = [Repair("cover-author", number, text.strip(), f"authors: [{name}]",
                      "The cover's field naming the author (申请人, 作者): took the name as the "
                      "author.", review=True)]
    return [(n, t) for n, t in lines if n != number], repairs, name


TITLE_REPEAT_MAX = 40
TOP_LINES = 3
# A standard's first clause (GB/T 1.1): 「1 范围」, its number maybe stuck or set apart.
SCOPE = re.compile(r"^1\s*范\s*围$")
NAME_PART = re.compile(r"^[\u4e00-\u9fff、—\-A-Za-z0-9 ]{2,40}$")


def _name_above_scope(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                      ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """A standard's body opens with its name above 「1 范围」 (GB/T 1.1); an extraction
    without the cover (it starts at the 前言) has the name there only: the lines between
    the page's top and the clause, a name broken over one to three lines, are the title."""
    scope = next((i for i, (_, t) in enumerate(lines) if SCOPE.match(t.strip())), None)
    if scope is None:
        return lines, [], ""
    # The name opens its page: nothing but the page's furniture stands above it.
    kept = {n for n, t in lines if t.strip()}
    tops = {next((n for n, _ in page if n in kept), None) for page in pages}
    above: list[int] = []
    for index in range(scope - 1, -1, -1):
        text = lines[index][1].strip()
        if not text:
            continue
        if not NAME_PART.match(text) or not has_han(text) or len(above) == TITLE_LINES_MAX:
            return lines, [], ""
        above.insert(0, index)
        if lines[index][0] in tops:
            break
    else:
        return lines, [], ""
    title = ""
    for index in above:
        title = join_lines(title, lines[index][1].strip())
    repairs = [Repair("standard-name", lines[above[0]][0],
                      " ⏎ ".join(lines[i][1].strip() for i in above), f"title: {title}",
                      "The standard's name above its first clause (1 范围), with no cover "
                      "in the text: took it as the title.", review=True)]
    return [line for i, line in enumerate(lines) if i not in set(above)], repairs, title


def _repeated_title(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                    ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A line of the cover repeated once at the top of a later page (a report's or a
    standard's title above its first clause): the cover's is kept, the repeat dropped."""
    if len(pages) < 2:
        return lines, []
    cover_lines = [re.sub(r"\s+", "", t) for _, t in pages[0] if len(t) <= TITLE_REPEAT_MAX
                   and has_han(t) and not COVER_DATE.search(t)
                   and not re.search("[，。；：、！？]", t)]
    # A title and its edition under it (「某某指南」「（2020 年）」) are one running head.
    cover = set(cover_lines) | {first + second for first, second
                                in zip(cover_lines, cover_lines[1:], strict=False)
                                if re.fullmatch(r"[（(].{1,14}[）)]", second)}
    kept = {n for n, _ in lines}
    repairs: list[Repair] = []
    drop: set[int] = set()
    for page in pages[1:]:
        top = [(n, t) for n, t in page if n in kept][:TOP_LINES]
        for number, text in top:
            if re.sub(r"\s+", "", text) in cover:
                drop.add(number)
                cover.discard(re.sub(r"\s+", "", text))
                repairs.append(Repair("repeated-title", number, text, "",
                                      "Dropped the cover's title repeated at the top of a "
                                      "later page.", review=True))
    return [(n, t) for n, t in lines if n not in drop], repairs


def _clause_numbers(lines: list[tuple[int, str]], standard: bool = True
                    ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """In a standard: 「1适用范围」 on a short line → 「1 适用范围」, and a clause number
    alone on its line (「3.1」) joined to the short line after it (its term or heading)
    with a space — when it follows the clauses before it (in chapter 5, 「7.5」 or 「1.5」
    alone is a table's value). 「表1」 is left alone: a table's number is no clause.
    In a report or a thesis (standard False) only a section's number set apart from its
    heading is joined: 「1.2」 or 「第1章」 alone, then a short line that ends no sentence
    (a bare 「1」 there is as likely a folio, a number before a text a table's value)."""
    result: list[tuple[int, str]] = []
    repairs = []
    chapter = 0  # the chapter of the last clause: a number out of order is a table's value
    labels_seen = False  # a 「第N章」 label stood alone before (see FIRST_CHAPTER)
    index = 0
    while index < len(lines):
        number, text = lines[index]
        stripped = text.strip()
        index += 1
        start = CLAUSE_START.match(stripped) or STUCK_CLAUSE.match(stripped)
        if start:
            chapter = int(re.match(r"\d+", stripped)[0])
        chapter_label = CHAPTER_LABEL.match(stripped)
        titled = CHAPTER_TITLED.match(stripped)
        if titled:  # 「第一章 绪论」 on one line: its sections follow
            chapter = _chapter_number(titled[1])
        following = next(((n, t.strip()) for n, t in lines[index:index + 2] if t.strip()), None)
        in_order = bool(CLAUSE_ALONE.match(stripped)) and (
            chapter <= int(stripped.split(".")[0] or 0) <= chapter + 1 if chapter else standard)
        heading = following is not None and len(following[1]) <= CLAUSE_HEADING_MAX \
            and has_han(following[1]) and following[1][-1] not in SENTENCE_END \
            and not CLAUSE_START.match(following[1])
        # A chapter's number in sequence before its title (「1」「范围」), or a clause's
        # number before the clause's first line of text (「4.1」「本标准采用……」).
        adjacent = following is not None and has_han(following[1][:2]) \
            and not CLAUSE_START.match(following[1]) and not STUCK_CLAUSE.match(following[1])
        chapter_title = bool(CHAPTER_ALONE.match(stripped)) and int(stripped) == chapter + 1 \
            and heading and adjacent and standard
        clause_text = bool(CLAUSE_ALONE.match(stripped)) and in_order and adjacent \
            and not heading and standard
        if chapter_label and heading and adjacent \
                and (_chapter_number(chapter_label[1]) == chapter + 1
                     or (_chapter_number(chapter_label[1]) == 1 and not labels_seen)):
            chapter_title = True  # 「第1章」「选题背景」
        # FIRST_CHAPTER: the text's first 「第一章」 opens its chapters whatever number
        # opened a line before it (a wrapped date 「23 日第 12,965 号法律」 is no clause).
        labels_seen = labels_seen or bool(chapter_label)
        if (CLAUSE_ALONE.match(stripped) and in_order and heading) or chapter_title \
                or clause_text:
            new = stripped + " " + following[1]
            chapter = _chapter_number(chapter_label[1]) if chapter_label else int(
                stripped.split(".")[0])
            repairs.append(Repair(
                "clause-number", number, f"{stripped} ⏎ {following[1]}", new,
                "Joined a clause number standing alone to " + (
                    "its first line of text." if clause_text else "its heading.")))
            # The line joined to stands where its text stood: the blank line between the
            # number and the text is no paragraph's end for the lines below.
            result.append((following[0], new))
            index = next(i for i in range(index, len(lines)) if lines[i][0] == following[0]) + 1
            continue
        match = STUCK_CLAUSE.match(stripped)
        if (standard and match and len(stripped) <= CLAUSE_HEADING_MAX
                and stripped[-1] not in SENTENCE_END and "，" not in stripped):
            new = match[1] + " " + stripped[match.end():]
            repairs.append(Repair("clause-number", number, stripped, new,
                                  "Set a space after the clause number stuck to its heading."))
            text = new
        result.append((number, text))
    return result, repairs


# A paper's classification line: its fields set side by side across the page, far apart
# (「中图分类号：TP393        文献标识码：A        文章编号：1673-629X(2020)10-0111-06」).
# Each is a field of its own.
CLASSIFICATION_FIELD = re.compile(
    r"^(?:中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|DOI|doi)\s*[：:]")
FIELD_GAP = re.compile(r"\s{3,}|\u3000{2,}")


def _classification_fields(lines: list[tuple[int, str]]
                           ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A line of classification fields set apart by runs of spaces, a line each."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        pieces = FIELD_GAP.split(text.strip())
        if len(pieces) < 2 or not all(CLASSIFICATION_FIELD.match(piece) for piece in pieces):
            result.append((number, text))
            continue
        repairs.append(Repair("classification-fields", number, text.strip()[:60],
                              " ⏎ ".join(piece[:12] for piece in pieces),
                              "Set each of a paper's classification fields, side by side on "
                              "one line, on a line of its own."))
        for piece in pieces:
            result += [(number, piece), (number, "")]
        result.pop()
    return result, repairs


# A form's two-character field set with its characters spaced (a meeting record's 「一、时
# 间：…」「主　　席：…」, a notice's 「地　点：」): pdftotext may put the first character (with
# the item's number) on a line of its own. Read Simplified.
FORM_FIELDS = frozenset({"时间", "地点", "主席", "记录", "出席", "列席", "缺席", "主持", "日期",
                         "地址", "事由", "议题", "单位", "姓名", "电话", "会期", "会址"})
FIELD_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]"
                          r"|[（(][一二三四五六七八九十\d]{1,3}[）)])?")


def _spaced_field(pending: str, text: str) -> bool:
    """「一、時」 over 「間：2011 年…」: the number, then a form field's characters apart."""
    first = pending[FIELD_NUMBER.match(pending).end():]
    return len(first) == 1 and is_han(first) and len(text) > 1 and text[1] in "：:" \
        and simplified(first + text[0]) in FORM_FIELDS


def _spaced_labels(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A label set with spaced characters (「摘　要：」) comes out of pdftotext as 「摘」 and
    「要：…」 on lines of their own: a lone character (after a form item's number: 「一、時」)
    is joined to the line it begins when the two make a front-page label or a form's
    field."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    pending: tuple[int, str] | None = None
    for number, text in lines:
        stripped = text.strip()
        if pending is not None and stripped:
            if LABEL_START.match(pending[1] + stripped) or _spaced_field(pending[1], stripped):
                repairs.append(Repair("spaced-label", pending[0], f"{pending[1]} ⏎ {stripped[:6]}",
                                      pending[1] + stripped[:6],
                                      "Joined a label whose spaced characters the extraction "
                                      "put on lines of their own."))
                result.append((number, pending[1] + stripped))
                pending = None
                continue
            result.append(pending)
            pending = None
        numbered = stripped[FIELD_NUMBER.match(stripped).end():]
        if len(numbered) == 1 and is_han(numbered):
            pending = (number, stripped)
            continue
        if pending is None or stripped:
            result.append((number, text))
    if pending is not None:
        result.append(pending)
    return result, repairs
