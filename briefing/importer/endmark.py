"""A press story's end mark and what a copy carries after it; a wire story's agency.

A reader's conventions, as the press sets them:

- **The end mark closes the story.** A wire story ends with 「（完）」 (「(完)」 in a copy
  with half-width brackets), or with the editor's credit in brackets closing its last
  sentence (「…。（编辑：张三）」, 中央社's 「(編輯:張雅淨)1080201」 with the wire's date
  stamp); a site closes it with the editor's field on a line of its own (「责任编辑：张三」
  「【责编：李四】」). The mark says the story is over: what a web copy prints under it — a site's
  run-in junk (a line of pinyin, glosses such as 「所(suo)以(yi)」), an app's name, a
  related link — is not the story. The mark itself is the story's text and stays (the
  corpus golds keep 「（完）」; the editor's credit is furniture, webframe removes it).
  Only a short tail is dropped, as a named repair to review, and never a line another
  pass reads (the page's furniture, a 来源/作者 fact line at the foot); a tail holding
  another story (a line opening with a dateline, several stories on the page), a photo
  caption, an image or a heading stays — told when it follows the story's own mark.
- **A wire dispatch names its agency.** 「新华社北京3月5日电」「中新社北京7月21日电」
  「（中央社記者余曉涵台北1日電）」: the agency (a name ending in 社) whose dispatch the
  story is; with no 来源 line, masthead or page naming a publication, it is the story's
  source (the dateline stays in the text). A paper's own report (「本报讯」「…网…讯」) is
  titleblock's OWN_REPORT.
"""

from __future__ import annotations

import re

from briefing.importer import roles
from briefing.importer.chars import excerpt, simplified
from briefing.importer.parse import RawBlock
from briefing.importer.records import Repair
from briefing.importer.repairs import ends_sentence
from briefing.importer.webframe.furniture import CLOSING_EDITOR, STAFF_WHY, furniture_line

# 「…需求。（完）」「…需求。(完)」: the wire's end mark, at the end of the last paragraph.
END_MARK = re.compile(r"[（(][ \t\u3000]*完[ \t\u3000]*[）)][ \t\u3000]*$")
# What a copy may carry after the end mark and still be dropped: a few short lines.
TAIL_LINES = 3
TAIL_CHARS = 600
FOOT_SHARE = 2  # the story above the site's field outweighs the tail twice over


def ends_story(text: str) -> bool:
    """Does the line close a story with its end mark (「（完）」, the editor's credit)?"""
    return bool(END_MARK.search(text) or CLOSING_EDITOR.search(text))


def without_end_mark(text: str) -> str:
    """The paragraph without its closing 「（完）」 (to read whether its sentence ends)."""
    return END_MARK.sub("", text.rstrip())


def _tail_keeps(tail: list[RawBlock], lines: list[str]) -> str:
    """Why the tail after the end mark is kept (another story, a photo, a heading …), or
    '' when it may go."""
    if any(block.kind not in ("text", "comment") for block in tail):
        return "a heading, image, table or list stands in it"
    if any(roles.opens_with_dateline(line) for line in lines):
        return "a line in it opens with a dateline: another story"
    if any(roles.is_caption_text(line) or roles.is_caption_label(line) for line in lines):
        return "a photo caption stands in it"
    if any(roles.footnote_definition(line) for line in lines):
        return "a footnote stands in it"
    if len(lines) > TAIL_LINES or sum(len(line) for line in lines) > TAIL_CHARS:
        return f"it is longer than {TAIL_LINES} short lines"
    return ""


def _site_close(text: str) -> bool:
    """A line of the editor's field alone (「责任编辑：张三」「（责编：李四）」): the site's
    close of the story — webframe drops the line itself. A label alone (「责任编辑：」,
    its names on the line under it) is the first line of a field webframe takes whole,
    names and all: no mark."""
    return furniture_line(text) == STAFF_WHY and not text.rstrip().endswith((":", "："))


def _kept_anyway(text: str) -> bool:
    """A tail line another pass reads: the page's furniture (webframe names its removal)
    or a fact line (「来源：某某日报」「作者：张三」 at the foot: the facts' pass takes it)."""
    from briefing.importer.titleblock import is_fact_line  # titleblock imports this module

    return bool(furniture_line(text)) or is_fact_line(text)


def after_end_mark(blocks: list[RawBlock], paged: bool = False
                   ) -> tuple[list[RawBlock], list[Repair], list[Repair]]:
    """Blocks without the short tail a copy carries after the story's end mark (see the
    module's docstring): (blocks, repairs, doubts). The mark is the story's own
    (「（完）」, the editor's credit closing its last sentence) or the site's (the editor's
    field on a line of its own); a tail kept after the story's own mark is told, one
    after the site's is left to the passes that read a page's foot. Lines of furniture
    and facts in the tail are left to their passes. `paged`: a PDF's pages, where what
    follows a mark is the publication's own next item — nothing is dropped there."""
    marks = [(index, number, ends_story(line.text.strip()))
             for index, block in enumerate(blocks) if block.kind == "text"
             for number, line in enumerate(block.lines)
             if ends_story(line.text.strip()) or _site_close(line.text.strip())]
    if paged or not marks:
        return blocks, [], []
    index, number, own = marks[-1]
    tail = [(where, line) for where, block in enumerate(blocks) if where >= index
            and block.kind == "text" for at, line in enumerate(block.lines)
            if (where > index or at > number) and line.text.strip()]
    taken = [(where, line) for where, line in tail if not _kept_anyway(line.text.strip())]
    if not taken:
        return blocks, [], []
    lines = [line.text.strip() for _, line in taken]
    first = taken[0][1]
    above = [line.text.strip() for where, block in enumerate(blocks) if where <= index
             and block.kind == "text" for at, line in enumerate(block.lines)
             if where < index or at <= number]
    if not own and (sum(map(len, above)) < FOOT_SHARE * sum(map(len, lines)) or not any(
            ends_sentence(text) for text in above)):
        return blocks, [], []  # the site's field at the head, over the story: no foot
    shown = excerpt(" ⏎ ".join(lines), 0, 0, 24)
    mark = blocks[index].lines[number].text.strip()[-12:]
    datelines = sum(roles.opens_with_dateline(line.text.strip())
                    for block in blocks[:index + 1] if block.kind == "text"
                    for line in block.lines)
    why = _tail_keeps(blocks[index + 1:], lines) or (
        "the page holds several stories (each with its dateline or end mark)"
        if sum(mine for _, _, mine in marks) > 1 or datelines > 1 else "")
    if why:
        return blocks, [], [Repair(
            "after-end-mark", first.number, shown, shown,
            f"Text follows the story's end mark 「…{mark}」 and was kept ({why}): check "
            "whether it belongs to the article.", review=True)] if own else []
    gone = {id(line) for _, line in taken}
    kept = []
    for block in blocks:
        lines_kept = [line for line in block.lines if id(line) not in gone]
        if lines_kept:
            kept.append(block.with_lines(lines_kept) if len(lines_kept) != len(block.lines)
                        else block)
    return kept, [Repair(
        "after-end-mark", first.number, shown, "",
        f"Dropped {len(lines)} line(s) after the story's end mark 「…{mark}」: a copy's "
        "own text under the finished story (site junk, an app's name), not the story "
        "(the mark itself is read as before).", review=True)], []


# A wire dispatch's dateline: the agency (a name ending in 社), the reporter in 中央社's
# form, the place, the day, 电 (专电: its correspondent's) — 「新华社北京3月5日电」
# 「新华社华盛顿3月4日专电」「（中央社記者余曉涵台北1日電）」.
AGENCY_DATELINE = re.compile(
    r"^[（(]?(?P<agency>[\u4e00-\u9fff]{1,5}?社)"
    r"(?:记者[\u4e00-\u9fff·]{2,12}?|[\u4e00-\u9fff]{0,8}?)"
    # (an older copy writes the day in Chinese numerals: 「中新社北京六月十二日电」)
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"专?电(?=[\s（(）)：:]|题|$)")
DATELINE_LINES = 4  # the first lines of a text read one paragraph per line


def dateline_agency(blocks: list[RawBlock]) -> tuple[str, int, str] | None:
    """The agency whose dispatch the story is, from the dateline opening one of the blocks
    of the story's head and first paragraphs, or one of the first lines of a block (a
    text of one paragraph per line is one block) — see AGENCY_DATELINE —, with its line
    number and text; None if no such dateline."""
    texts = [block for block in blocks if block.kind == "text"]
    lines = [block.lines[0] for block in texts] + [
        line for block in texts for line in block.lines[1:]][:DATELINE_LINES]
    for line in lines:
        text = line.text.strip()
        found = AGENCY_DATELINE.match(simplified(text))
        if found:
            return text[found.start("agency"):found.end("agency")], line.number, text
    return None
