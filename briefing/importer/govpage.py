"""A government web page's 政府信息公开 catalogue copied as text in rows of cells set apart
by 「|」 (as a page-to-text copy writes the page's table): 「标题: | 某某通报 | ||」, a
Markdown delimiter row 「---|---|---|---|」, 「索引号: | … | 文号: | |」「发文日期: | 2023-06-20
| 发布机构: | 某某局 |」. Every cell is a field's label (ending in a colon, which some pages
leave out: 「索引号 | … |」) or the value of the label before it. Its 标题 is the title, its
发布机构 the source, its 发文日期/成文日期 the date — the page's own facts, taken as an
export's are (a line of the text naming them wins) — and the rest (索引号, 文号, 主题分类 …)
is the page's furniture: the catalogue is no table of the article's."""

from __future__ import annotations

import re

from briefing.importer.chars import blank_gaps
from briefing.importer.flattables import COLUMNS_MAX, _fits, pipe_row
from briefing.importer.parse import TABLE_DELIMITER, RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import heading_numbering
from briefing.importer.roles import is_caption_text, is_numbered_part
from briefing.importer.titleblock.lines import DOCUMENT_TITLE, DOCUMENT_TITLE_MAX, SPEAKER

# The catalogue's labels and the front-matter field each gives (None: furniture).
CATALOGUE_FIELDS = {
    "标题": "title", "名称": "title", "文件名称": "title", "信息名称": "title",
    "发布机构": "source", "发文机关": "source", "发文机构": "source", "发布单位": "source",
    "发文单位": "source", "来源": "source", "信息来源": "source",
    "发文日期": "date", "成文日期": "date", "发布日期": "date", "生成日期": "date",
    "公开日期": "date", "发布时间": "date", "发文时间": "date", "公开责任部门": "source",
    **dict.fromkeys(("索引号", "文号", "发文字号", "主题分类", "组配分类", "体裁分类",
                     "服务对象", "公开方式", "公开范围", "公开时限", "有效性", "主题词",
                     "关键词", "信息类别", "所属机构", "内容分类", "废止日期", "时效",
                     "公开目录", "公开形式", "内容概述", "信息分类", "文件编号",
                     "信息索取号", "责任部门", "统一登记号", "登记号", "发文编号",
                     "生效日期", "有效期", "失效日期", "效力状态"), None),
}
LABEL_CELL = re.compile(r"^([\u4e00-\u9fff]{2,6})[ \t\u3000]*([:：]?)$")
# A field written whole in its cell, label and value parted by its colon (「信息分类：通知 |
# 责任部门：区政府办 |」): a catalogue's row too when every label is one of its own.
FIELD_CELL = re.compile(r"^([\u4e00-\u9fff]{2,6})[ \t\u3000]*[:：][ \t\u3000]*(\S.*)$")
SPACED_LABEL_CELL = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,5}")
LABEL_SPACES = re.compile(r"[ \t\u3000]+")
HEAD_LINES = 12  # the catalogue stands at the page's head
# A row of the page's header above the catalogue: one cell (the title, or a dash for an
# empty one) closed by bars, or a delimiter row.
HEADER_ROW = re.compile(
    r"^(?:(?P<cell>[^|｜]+?)[ \t]*[|｜][|｜ \t]*|[|｜]?[ \t]*:?-{3,}:?[ \t]*(?:[|｜][ \t]*:?-{3,}:?"
    r"[ \t]*)*[|｜]?)$")
ROWS_MIN = 2  # catalogue rows (a delimiter row aside) that make the form certain


def catalogue_row(text: str) -> list[tuple[str, str]] | None:
    """A row's (label, value) pairs, or None when the line is not a catalogue row: it
    has a bar, and each of its cells is a known label or the value right after one."""
    if "|" not in text and "｜" not in text:
        return None
    # (a label letter-spaced to the width of its column: 「索 引 号」「来 源」)
    cells = [LABEL_SPACES.sub("", cell.strip()) if SPACED_LABEL_CELL.fullmatch(cell.strip())
             else cell.strip() for cell in re.split(r"[|｜]", text)]
    filled = [cell for cell in cells if cell]
    if len(filled) == 1 and LABEL_CELL.match(filled[0]) and LABEL_CELL.match(filled[0])[
            1] in CATALOGUE_FIELDS and cells[0] == filled[0]:
        return [(LABEL_CELL.match(filled[0])[1], "")]  # 「名 称 | |||」: a field left empty
    pairs: list[tuple[str, str]] = []
    label: str | None = None
    bare = False  # the pending label was written without its colon
    for place, cell in enumerate(cells):
        field = FIELD_CELL.match(cell)
        if field and field[1] in CATALOGUE_FIELDS and (label is None or not bare):
            if label is not None:  # 「发布机构: | 发文日期:2021-09-27 |」: the label before
                pairs.append((label, ""))  # was left empty — this cell is a field, no value
                label = None
            pairs.append((field[1], field[2].strip()))
            continue
        match = LABEL_CELL.match(cell)
        # A label is written with its colon or, in some pages' tables, without one: then
        # only where a value is due (a bare label word right after a label is its value),
        # and a value must follow it (a bare word with nothing after is a table's header).
        if match and match[1] in CATALOGUE_FIELDS and (match[2] or label is None):
            if label is not None:
                pairs.append((label, ""))
            label, bare = match[1], not match[2]
        elif label is not None:
            # (a field left empty, its cell barred on both sides, 「主题分类 | |」, in a row
            # that gives another field's value; not the bar closing the row)
            if bare and not cell and not (place < len(cells) - 1
                                          and any(value for _, value in pairs)):
                return None
            pairs.append((label, cell))
            label = None
        elif cell:
            return None  # a cell that is neither a label nor a label's value
    if label is not None:
        if bare:
            return None
        pairs.append((label, ""))
    return pairs or None


def catalogue_rows(lines: list[SourceLine]
                   ) -> tuple[list[SourceLine], dict[str, str], list[Repair]]:
    """The lines without the page's catalogue rows (see above), the facts they give and
    the repair saying so; the lines as they were when the head holds no such rows."""
    rows = {}
    for index, line in enumerate(lines[:HEAD_LINES]):
        found = catalogue_row(line.text)
        if found is not None:
            rows[index] = found
    if len(rows) < ROWS_MIN:
        return lines, {}, []
    first, last = min(rows), max(rows)
    # The catalogue is one run of rows: between them only a delimiter row or blank lines.
    between = [i for i in range(first, last + 1) if i not in rows]
    if any(lines[i].text.strip() and not TABLE_DELIMITER.match(lines[i].text.strip())
           for i in between):
        return lines, {}, []
    if last + 1 < len(lines) and TABLE_DELIMITER.match(lines[last + 1].text.strip()):
        last += 1
    fields: dict[str, str] = {}
    # Above the catalogue the copy may give the page's header row: the title alone in its
    # cell (「标题 |」), a delimiter row, an empty cell marked 「—|」.
    while first > 0 and (not lines[first - 1].text.strip() or HEADER_ROW.match(
            lines[first - 1].text.strip())):
        first -= 1
        cell = HEADER_ROW.match(lines[first].text.strip())
        if cell and cell["cell"] and not re.fullmatch(r"[—–\-\s:]*", cell["cell"]):
            fields["title"] = cell["cell"].strip()
    dropped = []
    for pairs in rows.values():
        for label, value in pairs:
            key = CATALOGUE_FIELDS[label]
            if key and value and key not in fields:
                fields[key] = value
            elif value:
                dropped.append(f"{label}{value}")
    taken = "; ".join(f"{key}: {value}" for key, value in fields.items())
    repair = Repair(
        "page-catalogue", lines[first].number, lines[first].text.strip()[:40], taken,
        "Read the page's 信息公开 catalogue (rows of label | value cells set apart by "
        "「|」) as the document's facts (title, issuing body, date) and dropped it with its "
        "furniture" + (f" ({'、'.join(dropped)[:40]})" if dropped else "") + ".",
        review=True)
    kept = lines[:first] + [SourceLine(lines[first].number, "", virtual=True)] + lines[last + 1:]
    return kept, fields, [repair]


# A page copied with its empty paragraphs (「&nbsp;」 between the paragraphs: a blank, a
# space, a blank) sets its paragraphs apart by several blank lines and never by one: there
# the width is the copy's paragraph break, and no short line between such gaps is a photo
# caption by its spacing alone (a notice's 文号, its 落款, an attachment's title).
WIDE_GAP = 2  # blank (or space-only) lines
WIDE_SHARE = 0.8  # of the text's blank gaps
WIDE_GAPS_MIN = 4


def spaced_throughout(text: str) -> bool:
    """Nearly every blank gap between the text's lines is WIDE_GAP lines or more."""
    gaps = blank_gaps(text)
    wide = sum(1 for gap in gaps if gap >= WIDE_GAP)
    return wide >= WIDE_GAPS_MIN and wide >= WIDE_SHARE * len(gaps)


# A page copied with its empty paragraphs written as lines holding a space (「<p>&nbsp;
# </p>」 copied as 「 」) between some of its blocks: there the blank lines are the page's
# padding wherever they stand (around a notice's body, its 落款, an attachment's title),
# so no short line between them is a photo caption by its spacing alone.
PADDED_GAPS_MIN = 3  # gaps holding a space-only line


def padded_with_empty_paragraphs(text: str) -> bool:
    """At least PADDED_GAPS_MIN gaps between the text's lines hold a line of spaces."""
    gaps, padded = 0, False
    for line in text.split("\n"):
        if line.strip():
            gaps += padded
            padded = False
        elif line:
            padded = True
    return gaps >= PADDED_GAPS_MIN


# A government page shows its summary field (摘要) above its content, and a page whose
# content is one paragraph copies as that paragraph twice, one under the other (the page's
# 「扫一扫在手机上查看当前页面」 after each): the repeat is the page's, kept once.
REPEAT_MIN = 60  # characters: a sentence or two may be repeated on purpose, a paragraph not


# A site's excerpt of the story over it: 「[导读]根据对全国26个……如下:一、全国…」 — the
# story's opening words cut off with an ellipsis (or under the site's label), the same words
# the story then prints in full.
EXCERPT_LABEL = re.compile(r"^(?:[【\[]\s*(?:导读|摘要|内容提要|提要)\s*[】\]]"
                           r"|(?:导读|摘要|内容提要|提要)\s*[:：])\s*")
EXCERPT_END = re.compile(r"(?:…+|\.{3,}|。{3,})$")
EXCERPT_MIN = 20  # characters of the excerpt: a few words may open two paragraphs alike
EXCERPT_REACH = 4  # blocks under it the excerpt may run over


def _excerpt_of_what_follows(blocks: list[RawBlock], index: int) -> bool:
    """Whether the block's last line is the page's excerpt of the story under it (a
    line of its own, or the last line of the page's facts block above the story)."""
    block = blocks[index]
    if block.kind != "text":
        return False
    text = re.sub(r"\s", "", block.lines[-1].text)
    label = EXCERPT_LABEL.match(text)
    cut = EXCERPT_END.search(text)
    if not (label or cut) or (len(block.lines) > 1 and not label):
        return False
    words = text[label.end() if label else 0:cut.start() if cut else len(text)]
    after = "".join(re.sub(r"\s", "", b.text) for b in blocks[index + 1:index + 1 + EXCERPT_REACH]
                    if b.kind == "text")
    return len(words) >= EXCERPT_MIN and after.startswith(words)


def repeated_paragraphs(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """The blocks without a text block that repeats the one before it word for word, nor
    a site's excerpt of the story over it (EXCERPT_LABEL)."""
    kept: list[RawBlock] = []
    repairs: list[Repair] = []
    for index, block in enumerate(blocks):
        if _excerpt_of_what_follows(blocks, index):
            excerpt = block.lines[-1]
            repairs.append(Repair(
                "page-excerpt", excerpt.number, excerpt.text.strip()[:40], "",
                "Dropped the page's excerpt of the story (its opening words, cut off or "
                "labelled 导读/摘要) over the story that prints them in full.", review=True))
            if len(block.lines) == 1:
                continue
            block = block.with_lines(block.lines[:-1])
        text = re.sub(r"\s", "", block.text)
        if (kept and block.kind == "text" and kept[-1].kind == "text"
                and (len(text) >= REPEAT_MIN or is_caption_text(block.text.strip()))
                and re.sub(r"\s", "", kept[-1].text) == text):
            # (a photo's caption copied twice, its alt text and its caption — 「澳門議事亭前地
            # （巴士的記者攝）」 — is one caption)
            repairs.append(Repair(
                "repeated-paragraph", block.line, block.text.strip()[:40], "",
                "Dropped a paragraph that repeats the one above it word for word (a web "
                "page's summary field above its content): kept it once.", review=True))
            continue
        kept.append(block)
    return kept, repairs


# A post that stores the whole document on one line (a forum's or a sharing site's copy):
# its paragraphs are set apart by single spaces — a space after a sentence's end, before
# a section's number (一、 （一） 表1) or after a short numbered head; the head above the
# first sentence (title, issuing office, (date)) a space between each. A table's cells
# follow its caption set apart by 「 | 」. Read back into lines, a paragraph a line, the
# table rebuilt when one number of columns makes every row a label and its numbers.
FLAT_LINE_MIN = 400  # characters of the one line
FLAT_BREAKS_MIN = 2  # sentence ends (or a lead's 「：」) followed by a space, section starts
FLAT_BREAKS_UNNUMBERED = 3  # … in a text with no numbered section
FLAT_SHARE = 0.8  # of the text's characters on that line: around it, a title or furniture
# (a page's title, 发布日期/信息来源/浏览次数 lines: 84 % in one notice)
SECTION_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|表\d{1,2}(?!\d))")
FLAT_HEAD_MAX = 40  # characters of a head's piece or a numbered head
# A sentence's end, or a lead's colon after Han (「现报告如下：」) — not a style sheet's.
SENTENCE_CLOSE = re.compile(r"(?:[。！？][”’」』）)]?|(?<=[\u4e00-\u9fff])[：:])$")
FLAT_BREAK = re.compile(r"(?:[。！？][”’」』）)]?|(?<=[\u4e00-\u9fff])[：:]) ")
# A space inside a sentence, between two characters of its words (「优 良天数」「2021 年」): a
# PDF's wrapped lines run together, where a space is no paragraph's break.
INNER_SPACE = re.compile(
    r"[\u4e00-\u9fff0-9] (?![一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十])"
    r"[\u4e00-\u9fff0-9]")
INNER_SPACE_EVERY = 50  # characters of the line per such space at most


def _flat_line(lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The line holding (nearly) the whole text run together, if there is one: long, with
    sentence ends and section starts (一、 （一）) after single spaces, two at least."""
    texts = [(n, t) for n, t in lines if t.strip()]
    if not texts:
        return None
    number, line = max(texts, key=lambda text: len(text[1]))
    words = line.split()
    breaks = len(FLAT_BREAK.findall(line)) + sum(
        1 for word in words[1:] if SECTION_START.match(word))
    # With no numbered section, only the text's first line, its title in it: under a
    # title of its own, one long line is the text's one paragraph or a page's copy.
    sections = any(SECTION_START.match(w) for w in words[1:])
    if (len(line) < FLAT_LINE_MIN or len(line) < FLAT_SHARE * sum(len(t) for _, t in texts)
            or breaks < (FLAT_BREAKS_MIN if sections else FLAT_BREAKS_UNNUMBERED)
            or not (sections or number == texts[0][0])):
        return None  # one long paragraph
    if len(INNER_SPACE.findall(line)) * INNER_SPACE_EVERY > len(line):
        return None  # spaces inside its sentences too: they tell no paragraph apart
    if not _numbers_in_order(words[1:]):
        return None  # 「一、甲方 … 三、丙方」: a list inside a paragraph, no document's heads
    return number, line


HAN_NUMERALS = "一二三四五六七八九十"
HAN_SECTION = re.compile(
    r"^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）])")


def _numbers_in_order(words: list[str]) -> bool:
    """The section numbers after spaces count on from 一 in each style (一、 二、; （一） （二）),
    as a document's heads do."""
    last = {"、": 0, "（": 0}
    for word in words:
        match = HAN_SECTION.match(word)
        if not match:
            continue
        style, numeral = ("、", match[1]) if match[1] else ("（", match[2])
        value = HAN_NUMERALS.index(numeral) + 1 if len(numeral) == 1 else 0
        if value and value != last[style] + 1 and not (style == "（" and value == 1):
            return False
        last[style] = value or last[style] + 1
        if style == "、":
            last["（"] = 0  # （一） begins again under each 一、
    return True


def flattened_line(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    found = _flat_line(lines)
    if found is None:
        return lines, []
    number, line = found
    pieces = _flat_pieces(line.split())
    if pieces is None:
        return lines, []
    fields: list[str] = []
    while pieces and PAGE_FIELD_EMPTY.match(pieces[-1]):
        fields.insert(0, pieces.pop())
    at = lines.index((number, line))
    result: list[tuple[int, str]] = list(lines[:at])
    if result and result[-1][1].strip():
        result.append((number, ""))  # the line above (a title, the page's) stands apart
    for piece in pieces:
        if " | " in f" {piece} " and piece.rstrip().endswith("|"):
            words = piece.split(" | ")[0].split()
            caption = " ".join(words[:-1])
            cells = [words[-1]] + [c.strip() for c in piece.split(" | ")[1:]]
            cells = [c.rstrip("|").strip() for c in cells if c.rstrip("|").strip()]
            columns = [k for k in range(2, COLUMNS_MAX + 1) if _fits(cells, k)]
            if len(columns) != 1:  # the rows cannot be told: the piece stays as it is
                result += [(number, piece), (number, "")]
                continue
            k = columns[0]
            rows = [cells[start:start + k] for start in range(0, len(cells), k)]
            result += [(number, caption)] if caption else []
            result += [(number, pipe_row(rows[0])), (number, "|" + "---|" * k)]
            result += [(number, pipe_row(row)) for row in rows[1:]] + [(number, "")]
            continue
        result += [(number, piece), (number, "")]
    result += lines[at + 1:]
    return result, [Repair(
        "one-line-text", number, line[:40], f"{len(pieces)} paragraphs",
        "The text stood on one line, its paragraphs set apart by single spaces (after a "
        "sentence's end, around a numbered head, between the head's facts): read them "
        "back as paragraphs — check the breaks." + (
            f" Dropped the page's empty fields after the text: 「{' '.join(fields)}」."
            if fields else ""), review=True)]


# The notice's close, set apart by single spaces too: its attachment list (「附件：1.…docx」
# 「2.《…》.doc」), its contact line (「联系人：…」), its 落款 (the issuing office, then the
# date alone).
# …and after it the page's fields left empty (「作者： 信息来源：」): the page's, dropped.
PAGE_FIELD_EMPTY = re.compile(r"^(?:作者|信息来源|来源|责任编辑|编辑|发布时间|发布日期|浏览次数"
                              r"|点击数|建档日期|更新时间)\s*[:：]$")
CLOSING_FIELD = re.compile(r"^(?:附件|联系人|联系电话|联系方式|咨询电话|电子邮箱|邮箱)\s*[:：]")
ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.．、]\s*\S")
SIGNATURE_DATE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
                            r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
                            r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$")
SIGNING_OFFICE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公室|委员会|局|厅"
                            r"|办事处|中心|党委|小组)$")


def _closing_piece(word: str, text: str) -> bool:
    """Whether `word` opens a piece of the notice's close (see above) after `text`."""
    return bool(CLOSING_FIELD.match(word) or SIGNATURE_DATE.match(word)
                or (PAGE_FIELD_EMPTY.match(word) and SIGNATURE_DATE.match(text))
                or SIGNING_OFFICE.match(word)
                or (ATTACHMENT_ITEM.match(word) and text.startswith(("附件", "2", "3", "4"))
                    and re.search(r"\.(?:docx?|xlsx?|pdf|wps|zip|rar)$", text, re.I)))


def _flat_pieces(words: list[str]) -> list[str] | None:
    pieces: list[str] = []
    current: list[str] = []
    in_head = True
    for word in words:
        if current:
            text = " ".join(current)
            if in_head and SPEAKER.match(f"{text} {word}"):
                current.append(word)  # 「镇长 李小山」: the speaker's office and name, one line
                continue
            if SENTENCE_CLOSE.search(text) or SECTION_START.match(word) or in_head \
                    or _closing_piece(word, text) or SIGNATURE_DATE.match(text) \
                    or (DOCUMENT_TITLE.search(text) and len(text) <= DOCUMENT_TITLE_MAX) or (
                    SECTION_START.match(text) and not text.startswith("表")
                    and len(text) <= FLAT_HEAD_MAX
                    # a head may hold a comma (「一、认清形势，增强责任感」), no sentence
                    and not re.search(r"[。；：;:|]", text)):
                if (in_head and len(text) > FLAT_HEAD_MAX and not SENTENCE_CLOSE.search(text)
                        and not (DOCUMENT_TITLE.search(text)
                                 and len(text) <= DOCUMENT_TITLE_MAX)):
                    return None  # a head's piece this long is no title or fact (but a
                    # 公文's title: 「…转发…关于…的通报的通知」)
                pieces.append(text)
                current = []
        current.append(word)
        if re.search(r"[。！？]", word) or SENTENCE_CLOSE.search(word):
            in_head = False
    if current:
        pieces.append(" ".join(current))
    if pieces and pieces[-1].endswith(" |") and pieces[-1].count("|") == 1:
        # 「…2023年11月24日 |」: the page's last bar (a table's last row keeps its own)
        pieces[-1] = pieces[-1][:-2].rstrip()
    return pieces


# A plan or rules issued with a notice is copied with its contents list: its numbered
# headings one under another (「1 总则」「1.1 编制目的」「1.2 编制依据」…), no text between
# them and no page numbers, then the document itself, whose headings begin again with the
# same first entries, each with its text. The first run is the contents (the briefing
# makes its own): dropped, each entry told in the report. Without the restart under it, a
# run of bare headings is left as it is.
CONTENTS_ENTRIES_MIN = 5
CONTENTS_ENTRY_MAX = 40  # characters of an entry
CONTENTS_RESTART = 2  # entries that must begin the text again, in order
CONTENTS_LABELS = frozenset({"目录", "目次"})


def _contents_entry(block: RawBlock) -> str | None:
    """The block's text when it is one short numbered line ending no sentence."""
    if block.kind != "text" or len(block.lines) != 1:
        return None
    text = re.sub(r"\s+", " ", block.text.strip())
    if not text or len(text) > CONTENTS_ENTRY_MAX or text[-1] in "。！？；：:;，,":
        return None
    # a chapter's or part's line too, named or not (「第二章 总则」「第八章」)
    return text if heading_numbering(text).rank or is_numbered_part(text) else None


def _restarts(entries: list[str | None], start: int, run: list[str | None]) -> bool:
    """The run's first entries begin again at `start`: two of them, or the first alone
    with its own text right under it (「第一章」 ⏎ 「第一条……」: the chapter's articles)."""
    if entries[start:start + CONTENTS_RESTART] == run[:CONTENTS_RESTART]:
        return True
    return entries[start] == run[0] and (start + 1 >= len(entries) or entries[start + 1] is None)


def contents_list(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """The blocks without a contents list of bare numbered headings that the text's own
    headings repeat from its first entry on (see above)."""
    entries = [_contents_entry(block) for block in blocks]
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and entries[end] is not None:
            end += 1
        run = entries[index:end]
        # Where the run begins again with its first entries: the document's own headings
        # (the run goes on through them when the first of them has no text of its own).
        restart = next((start for start in range(index + CONTENTS_ENTRIES_MIN, len(blocks))
                        if _restarts(entries, start, run)),
                       None) if len(run) >= CONTENTS_ENTRIES_MIN else None
        if restart is not None and restart <= end:
            # the list's own label over it (「目 录」): dropped with it
            if index and blocks[index - 1].kind == "text" and re.sub(
                    r"\s", "", blocks[index - 1].text) in CONTENTS_LABELS:
                index -= 1
            repairs = [Repair(
                "contents", blocks[i].line, blocks[i].text.strip(), "",
                "Removed a contents entry (or the list's 目录 label): a run of numbered "
                "headings with no text between them, which the document's own headings "
                "begin again under (the briefing makes its own contents).", review=i == index)
                for i in range(index, restart)]
            return blocks[:index] + blocks[restart:], repairs
        index = end + 1
    return blocks, []


# A government page's feedback form under the text, copied with it: the call to the
# reader (「为进一步了解掌握社会公众对政策执行效果的反馈与评价，请您对该政策……提出宝贵的
# 意见或建议。」) and the form's fields, each a label and its colon with nothing after it
# (「• 姓  名:」「• 联系方式:」「• *内  容:」「• *验 证 码:」; the star marks a required one).
# Three empty fields or more at the very end are the page's, not the text's, with the call
# above them.
FORM_FIELD = re.compile(
    r"^(?:[•·\-*][ \t\u3000]+)?\*?[ \t\u3000]*(?P<label>(?:[\u4e00-\u9fff][ \t\u3000]*){2,6})"
    r"[:：]$")
FORM_LABELS = frozenset({
    "姓名", "联系方式", "联系电话", "电话", "手机", "手机号码", "邮箱", "电子邮箱", "地址",
    "单位", "标题", "主题", "内容", "留言内容", "留言标题", "意见建议", "验证码", "您的姓名",
    "您的邮箱", "您的电话"})
FORM_FIELDS_MIN = 3
FORM_CALL = re.compile(r"请您[^。！？]{0,60}(?:意见|建议)")
FORM_CALL_MAX = 120


def _form_field(text: str) -> bool:
    found = FORM_FIELD.match(text.strip())
    return bool(found) and re.sub(r"[ \t\u3000]", "", found["label"]) in FORM_LABELS


# A site's comment box under the text: its count (「留言与评论(共有 0 条评论)」「评论（共0条）」)
# over its empty fields (「验证码:」), the tags label (「标签:」) above it — the site's, at
# the end; a count of comments is never words of the text, so one field under it will do.
COMMENT_COUNT = re.compile(
    r"^(?:留言与评论|网友评论|发表评论|评论|留言)[ \t]*[（(][ \t]*共有?[ \t]*\d+[ \t]*条"
    r"(?:评论|留言)?[ \t]*[）)]$")
TAGS_LABEL = re.compile(r"^(?:标签|Tags?)[ \t]*[:：]$", re.I)


def _comment_count_above(lines: list[tuple[int, str]], start: int) -> int | None:
    """Where the comment box begins when a count of comments heads the empty fields from
    `start` on (the tags label above it too), else None."""
    above = start
    while above > 0 and not lines[above - 1][1].strip():
        above -= 1
    if above == 0 or not COMMENT_COUNT.match(lines[above - 1][1].strip()):
        return None
    above -= 1
    while above > 0 and not lines[above - 1][1].strip():
        above -= 1
    if above > 0 and TAGS_LABEL.match(lines[above - 1][1].strip()):
        above -= 1
    return above


# The page's 信息公开 table under the text, flattened to lines: a row of the catalogue's
# labels set apart by spaces (spaced out within, too: 「索  引  号 文       号 发布机构
# 发布日期 公开范围 公开方式」), then their values in order, a few a line, ending the text.
# Its 发布机构/发布日期 are the page's facts; the rest says nothing of the article.
SPACED_LABELS = re.compile(
    "(" + "|".join(sorted(CATALOGUE_FIELDS, key=len, reverse=True)) + ")")
SPACED_LABELS_MIN = 3
CATALOGUE_TAIL_LINES = 8  # the table's lines at the end of the text, at most


def _spaced_labels(text: str) -> list[str] | None:
    """The catalogue labels a line is made of (spaces aside, 3 or more), else None."""
    joined = re.sub(r"[ \t\u3000]", "", text)
    labels = SPACED_LABELS.findall(joined)
    return labels if len(labels) >= SPACED_LABELS_MIN and "".join(labels) == joined else None


def closing_catalogue(lines: list[tuple[int, str]], fields: dict[str, str],
                      repairs: list[Repair]) -> list[tuple[int, str]]:
    """The lines without such a table at their end; its facts into `fields` (the page's,
    below the text's own head and comment)."""
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    for start in range(len(filled) - 1, max(len(filled) - CATALOGUE_TAIL_LINES, 0) - 1, -1):
        labels = _spaced_labels(lines[filled[start]][1])
        if labels is None:
            continue
        values = [value for i in filled[start + 1:] for value in lines[i][1].split()]
        if len(values) != len(labels) or not filled[start + 1:]:
            return lines
        facts = []
        for label, value in zip(labels, values, strict=True):
            key = CATALOGUE_FIELDS[label]
            if key in ("source", "date") and key not in fields:
                fields[key] = value
                facts.append(f"{key}: {value}")
        number = lines[filled[start]][0]
        repairs.append(Repair(
            "catalogue-table", number, lines[filled[start]][1].strip()[:40],
            "; ".join(facts), "Dropped the page's 信息公开 table under the text (a row of "
            "its labels, then their values): its 发布机构 and 发布日期 are the page's facts.",
            review=True))
        return lines[:filled[start]]
    return lines


def closing_feedback_form(lines: list[tuple[int, str]], repairs: list[Repair]
                          ) -> list[tuple[int, str]]:
    """The lines without the page's feedback form at their end (see above)."""
    start = len(lines)
    fields = 0
    while start > 0 and (not lines[start - 1][1].strip() or _form_field(lines[start - 1][1])):
        fields += bool(lines[start - 1][1].strip())
        start -= 1
    counted = _comment_count_above(lines, start) if fields else None
    if counted is not None:
        start = counted
    elif fields < FORM_FIELDS_MIN:
        return lines
    above = start
    while above > 0 and not lines[above - 1][1].strip():
        above -= 1
    if above > 0 and len(lines[above - 1][1].strip()) <= FORM_CALL_MAX \
            and FORM_CALL.search(lines[above - 1][1]):
        start = above - 1
    run = [(n, t.strip()) for n, t in lines[start:] if t.strip()]
    repairs.append(Repair(
        "feedback-form", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
        f"Dropped the page's feedback form after the text ({fields} empty fields: "
        "姓名/联系方式/内容/验证码 …, and the call to the reader above them).",
        review=True))
    return lines[:start]


# A page whose spaces were lost to the copy's encoding: the full-width spaces that indent
# a paragraph or set a bulletin's foot apart (「　　　…发布单位：某局」) came out as question
# marks opening the line before its text (「?6月空气质量…」「???…???发布单位: (略) 某局」).
# No Chinese line opens with a question mark: the run is the padding, not a word: removed.
LOST_PADDING = re.compile(r"^[ \t]*[?？]+(?=[\u4e00-\u9fff（(【《\d])")
LOST_PADDING_HAN = 4  # Han characters the rest of the line holds at least


def lost_padding(lines: list[tuple[int, str]], repairs: list[Repair]
                 ) -> list[tuple[int, str]]:
    """The lines without a run of question marks standing for their lost padding."""
    result = []
    for number, text in lines:
        found = LOST_PADDING.match(text)
        if found and len(re.findall(r"[\u4e00-\u9fff]", text)) >= LOST_PADDING_HAN:
            repairs.append(Repair(
                "lost-padding", number, text.strip()[:40], text[found.end():].strip()[:40],
                f"Removed {len(found[0].strip())} question marks opening the line: its "
                "padding (full-width spaces) lost to the copy's encoding."))
            text = text[found.end():]
        result.append((number, text))
    return result


# A form's label spaced out to the width of the longest one, as a 信息公开 catalogue and a
# feedback form align their column (「索 引 号：」「名    称：」「发 布 机 构：」「姓  名：」):
# the spaces are the column's, the label is its characters run together — a catalogue's
# or a form's label (those named above) only.
SPACED_LABEL = re.compile(
    r"^(?P<lead>[ \t\u3000]*(?:[•·]\s*)?\*?)"
    r"(?P<label>[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,5})(?P<colon>[ \t\u3000]*[:：])")


def spaced_labels(lines: list[tuple[int, str]], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    """The lines with a form's spaced-out label at their start run together (see above)."""
    result = []
    for number, text in lines:
        found = SPACED_LABEL.match(text)
        label = re.sub(r"[ \t\u3000]", "", found["label"]) if found else ""
        # only a catalogue's or a form's own labels (a paper's 「摘 要：」 is its own matter)
        if found and (label in CATALOGUE_FIELDS or label in FORM_LABELS):
            fixed = found["lead"] + label + found["colon"].strip() + text[found.end():]
            repairs.append(Repair(
                "spaced-label", number, text.strip()[:24], fixed.strip()[:24],
                "A form's label spaced out to its column's width: ran its characters "
                "together."))
            text = fixed
        result.append((number, text))
    return result


# A 信息公开 catalogue set in brackets, its labels spaced out, its values after them, two
# fields a line (「[ 发布机构 ] 省生态环境厅 [ 效力状态 ] 有效」「[ 成文日期 ] [ 发布日期 ]
# 2015-08-01」): each 「[ label ]」 is the label and its colon — read as the catalogue is.
BRACKET_LABEL = re.compile(r"[\[【][ \t\u3000]*((?:[\u4e00-\u9fff][ \t\u3000]*){2,8}?)"
                           r"[ \t\u3000]*[\]】]")


def bracketed_labels(lines: list[tuple[int, str]], repairs: list[Repair]
                     ) -> list[tuple[int, str]]:
    """The lines of a catalogue in brackets with their labels as 「label：」 (see above)."""
    result = []
    for number, text in lines:
        labels = [re.sub(r"[ \t\u3000]", "", found[1]) for found in BRACKET_LABEL.finditer(text)]
        if labels and text.lstrip().startswith(("[", "【")) and all(
                label in CATALOGUE_FIELDS for label in labels):
            fixed = BRACKET_LABEL.sub(
                lambda found: re.sub(r"[ \t\u3000]", "", found[1]) + "：", text)
            repairs.append(Repair(
                "bracketed-label", number, text.strip()[:24], fixed.strip()[:24],
                "A catalogue's labels in brackets (「[ 发布机构 ]」): read as labels."))
            text = fixed
        result.append((number, text))
    return result


# A notice's 落款 run onto its last line after a space (「附件：…名单 阜阳市教育局阜阳军分区
# 政治工作处2023年8月14日」, 「…特此公告。 某某局2023年8月14日」): the issuing office(s) and the
# date, set under the text on the page, their line breaks lost by the copy. Among the text's
# last lines only, after an attachment or contact field or a finished sentence: split off,
# the office(s) on a line and the date on the next, for the 落款 to be read.
# (the signing office, by how offices' names end; the date written out, in figures or in
# Chinese numerals)
_SIGNER_ENDS = (r"[\u4e00-\u9fff（）()]{2,40}?(?:人民政府|政府|办公室|委员会|局|厅|处|办事处|中心"
                r"|党委|小组|办|会|部|院")
_SIGNER = _SIGNER_ENDS + ")"
_SIGN_DATE = (r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}"
              r"\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日")
RUN_ON_SIGNATURE = re.compile(
    r"^(?P<text>.*?(?:[。！]|(?:附件|联系人|联系电话|联系方式)\s*[:：].*?))[ \t\u3000]+"
    rf"(?P<office>{_SIGNER})(?P<date>{_SIGN_DATE})[ \t\u3000]*$")
# A page flattened onto one line runs the office straight on after the last sentence, a
# space before the date (「…备案。中共黑龙江省委统战部 2020年1月27日」).
RUN_ON_AFTER_SENTENCE = re.compile(
    rf"^(?P<text>.*?[。！])(?P<office>{_SIGNER})[ \t\u3000]+"
    rf"(?P<date>{_SIGN_DATE})[ \t\u3000]*$")
RUN_ON_LAST_LINES = 3  # of the text's filled lines
# The 落款 alone on the last line, a space between office and date (a monitoring station
# signs so: 「文成县环境监测站 2025年2月10日」).
SIGNATURE_LINE = re.compile(
    rf"(?P<office>{_SIGNER_ENDS}|站|所|队))[ \t\u3000]+(?P<date>{_SIGN_DATE})")
# A joint notice's offices of one place run together (「阜阳市教育局阜阳军分区政治工作处」): a
# new office begins after an office's last character where the place's name comes again.
OFFICE_END = "局委办厅处府室会部"


def _joint_offices(text: str) -> list[str]:
    place = text[:2]
    cuts = [i for i in range(2, len(text) - 3)
            if text[i - 1] in OFFICE_END and text.startswith(place, i)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


BAR_ONLY = re.compile(r"[ \t\u3000]*[|｜][|｜ \t\u3000]*")


# EMPTY_SKELETON: a page whose tables' cells the copy lost leaves their bars, a long run of
# them on a line (「||||||||…」) or after the line's words (「文成县环境质量月报(2025年1月) |
# ||||||…」): no cell, no word — the table is told missing, its bars dropped.
SKELETON_BARS_MIN = 10
TRAILING_BAR = re.compile(r"[ \t\u3000]+[|｜](?:[ \t\u3000]*[|｜])*[ \t\u3000]*$")
LONE_BAR_CLEAR = 3  # lines either side with no bar (a table a cell a line has them near)
# (its header's rule too, 「---|---|---|…」, left alone between the words' lines)
SKELETON_LINE = re.compile(r"[ \t\u3000|｜:\-]*[|｜][ \t\u3000|｜:\-]*")
TRAILING_SKELETON = re.compile(r"[ \t\u3000]+[|｜](?:[ \t\u3000]*[|｜])"
                               f"{{{SKELETON_BARS_MIN - 1},}}" r"[ \t\u3000]*$")


def _empty_skeletons(lines: list[tuple[int, str]], repairs: list[Repair]
                     ) -> list[tuple[int, str]]:
    """Without the bars of tables whose cells the copy lost (EMPTY_SKELETON): such a run
    after a line's words, and a run of bar-only lines, one of them SKELETON_BARS_MIN bars
    long at least, with no line of cells (bars between words) above or below it."""
    stripped: list[tuple[int, str]] = []
    for index, (number, text) in enumerate(lines):
        trailing = TRAILING_SKELETON.search(text)
        lone = TRAILING_BAR.search(text)
        if lone and not trailing and text[:lone.start()].strip() and not re.search(
                r"[|｜]", text[:lone.start()] + "".join(
                    t for _, t in lines[max(0, index - LONE_BAR_CLEAR):index]
                    + lines[index + 1:index + 1 + LONE_BAR_CLEAR])):
            # 「文成县环境监测站 2025年2月10日 |」「…的通知 | |」: bars after the last words
            # (a layout table's empty cells), none around
            repairs.append(Repair("stray-bar", number, text.strip()[-12:], "",
                                  "Dropped a table's bar left after the line's words."))
            text = text[:lone.start()]
        if trailing and text[:trailing.start()].strip() and \
                not re.search(r"[|｜]", text[:trailing.start()]):
            repairs.append(Repair(
                "empty-table", number, text[trailing.start():].strip()[:20], "",
                "Dropped the bars of a table whose cells the copy lost, after the line's "
                "words: the table is missing from the text.", review=True))
            text = text[:trailing.start()]
        stripped.append((number, text))
    result: list[tuple[int, str]] = []
    index = 0
    while index < len(stripped):
        end = index
        while end < len(stripped) and (SKELETON_LINE.fullmatch(stripped[end][1]) or (
                end > index and not stripped[end][1].strip())):
            end += 1
        run = [t for _, t in stripped[index:end] if t.strip()]
        above = next((t for _, t in reversed(stripped[:index]) if t.strip()), "")
        below = next((t for _, t in stripped[end:] if t.strip()), "")
        if run and max(len(re.findall(r"[|｜]", t)) for t in run) >= SKELETON_BARS_MIN and \
                not re.search(r"[|｜]", above + below):
            repairs.append(Repair(
                "empty-table", stripped[index][0], run[0].strip()[:20], "",
                f"Dropped the bars of a table whose cells the copy lost ({len(run)} lines of "
                "bars alone): the table is missing from the text — fill it in from another "
                "copy if it is needed.", review=True))
            index = end
            continue
        result.append(stripped[index])
        index += 1
    return result


def _stray_bars(lines: list[tuple[int, str]], repairs: list[Repair]
                ) -> list[tuple[int, str]]:
    """Without a table's bar left alone between sentences (「注：…。」 ⏎ 「|」 ⏎ 「2016年，…。」):
    no line either side of it holds a bar or a cell, so it is no table's."""
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    stray = set()
    for at, i in enumerate(filled):
        if not BAR_ONLY.fullmatch(lines[i][1]):
            continue
        around = [lines[j][1].strip() for j in filled[max(0, at - 1):at] + filled[at + 1:at + 2]]
        # (between sentences: a copy a cell and a bar line at a time has short cells there)
        if len(around) == 2 and all(text[-1] in "。！？!?" and not re.search(r"[|｜]", text)
                                    for text in around):
            stray.add(i)
            repairs.append(Repair("stray-bar", lines[i][0], lines[i][1].strip(), "",
                                  "Dropped a table's bar left alone between lines of text."))
    return [line for i, line in enumerate(lines) if i not in stray]


def run_on_signature(lines: list[tuple[int, str]], repairs: list[Repair]
                     ) -> list[tuple[int, str]]:
    end = len(lines)
    while end and re.fullmatch(r"[ \t\u3000|｜]*", lines[end - 1][1]):
        end -= 1  # (a table's stray bar after the last line, 「|」, stands in no 落款's way)
    closes_cell = end >= 2 and BAR_ONLY.fullmatch(lines[end - 2][1].strip())
    if any(lines[i][1].strip() for i in range(end, len(lines))) and not closes_cell:
        # (after 「|」 ⏎ 「-」: the bar closes a table's last cell, copied a cell a line)
        repairs.append(Repair("stray-bar", lines[end][0], "|", "",
                              "Dropped a stray table bar 「|」 alone after the text's last line."))
        lines = lines[:end]
    lines = _stray_bars(_empty_skeletons(lines, repairs), repairs)
    filled = [i for i, (_, text) in enumerate(lines)
              if re.search(r"[\u4e00-\u9fff]", text)]
    if filled:
        number, text = lines[filled[-1]]
        alone = SIGNATURE_LINE.fullmatch(text.strip())
        if alone and len(filled) > 1:
            # 「文成县环境监测站 2025年2月10日」: the 落款 on one line, the text's last
            repairs.append(Repair(
                "one-line-signature", number, text.strip(), f"{alone['office']} ⏎ "
                f"{alone['date']}", "The text's 落款 (issuing office and date) stood on one "
                "line: set it on two, under the text.", review=True))
            return lines[:filled[-1]] + [(number, alone["office"]), (number, alone["date"])] \
                + lines[filled[-1] + 1:]
    for i in reversed(filled[-RUN_ON_LAST_LINES:]):
        number, text = lines[i]
        found = RUN_ON_SIGNATURE.match(text.strip()) or RUN_ON_AFTER_SENTENCE.match(
            text.strip())
        if not found:
            continue
        repairs.append(Repair(
            "run-on-signature", number, text.strip()[-30:],
            f"{found['office']} ⏎ {found['date']}",
            "The notice's 落款 (issuing office and date) ran onto its last line after a "
            "space: set it on lines of its own, under the text — check the office's name.",
            review=True))
        offices = [(number, office) for office in _joint_offices(found["office"])]
        return lines[:i] + [(number, found["text"]), (number, ""), *offices,
                            (number, found["date"])] + lines[i + 1:]
    return lines
