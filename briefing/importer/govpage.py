"""A government web page's 政府信息公开 catalogue copied as text in rows of cells set apart
by 「|」 (as a page-to-text copy writes the page's table): 「标题: | 某某通报 | ||」, a
Markdown delimiter row 「---|---|---|---|」, 「索引号: | … | 文号: | |」「发文日期: | 2023-06-20
| 发布机构: | 某某局 |」. Every cell is a field's label (ending in a colon) or the value of
the label before it. Its 标题 is the title, its 发布机构 the source, its 发文日期/成文日期 the
date — the page's own facts, taken as an export's are (a line of the text naming them wins)
— and the rest (索引号, 文号, 主题分类 …) is the page's furniture: the catalogue is no table
of the article's."""

from __future__ import annotations

import re

from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair

# The catalogue's labels and the front-matter field each gives (None: furniture).
CATALOGUE_FIELDS = {
    "标题": "title", "名称": "title", "文件名称": "title", "信息名称": "title",
    "发布机构": "source", "发文机关": "source", "发文机构": "source", "发布单位": "source",
    "发文单位": "source", "来源": "source", "信息来源": "source",
    "发文日期": "date", "成文日期": "date", "发布日期": "date", "生成日期": "date",
    "公开日期": "date",
    **dict.fromkeys(("索引号", "文号", "发文字号", "主题分类", "组配分类", "体裁分类",
                     "服务对象", "公开方式", "公开范围", "公开时限", "有效性", "主题词",
                     "关键词", "信息类别", "所属机构", "内容分类", "废止日期", "时效"), None),
}
LABEL_CELL = re.compile(r"^([\u4e00-\u9fff]{2,6})[ \t\u3000]*[:：]$")
DELIMITER_ROW = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?$")
HEAD_LINES = 12  # the catalogue stands at the page's head
ROWS_MIN = 2  # catalogue rows (a delimiter row aside) that make the form certain


def catalogue_row(text: str) -> list[tuple[str, str]] | None:
    """A row's (label, value) pairs, or None when the line is not a catalogue row: it
    has a bar, and each of its cells is a known label or the value right after one."""
    if "|" not in text and "｜" not in text:
        return None
    cells = [cell.strip() for cell in re.split(r"[|｜]", text)]
    pairs: list[tuple[str, str]] = []
    label: str | None = None
    for cell in cells:
        match = LABEL_CELL.match(cell)
        if match and match[1] in CATALOGUE_FIELDS:
            if label is not None:
                pairs.append((label, ""))
            label = match[1]
        elif label is not None:
            pairs.append((label, cell))
            label = None
        elif cell:
            return None  # a cell that is neither a label nor a label's value
    if label is not None:
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
    if any(lines[i].text.strip() and not DELIMITER_ROW.match(lines[i].text.strip())
           for i in between):
        return lines, {}, []
    if last + 1 < len(lines) and DELIMITER_ROW.match(lines[last + 1].text.strip()):
        last += 1
    fields: dict[str, str] = {}
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
    gaps: list[int] = []
    run, seen = 0, False
    for line in text.split("\n"):
        if line.strip():
            if seen and run:
                gaps.append(run)
            run, seen = 0, True
        else:
            run += 1
    wide = sum(1 for gap in gaps if gap >= WIDE_GAP)
    return wide >= WIDE_GAPS_MIN and wide >= WIDE_SHARE * len(gaps)


# A government page shows its summary field (摘要) above its content, and a page whose
# content is one paragraph copies as that paragraph twice, one under the other (the page's
# 「扫一扫在手机上查看当前页面」 after each): the repeat is the page's, kept once.
REPEAT_MIN = 60  # characters: a sentence or two may be repeated on purpose, a paragraph not


def repeated_paragraphs(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """The blocks without a text block that repeats the one before it word for word."""
    kept: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in blocks:
        text = re.sub(r"\s", "", block.text)
        if (kept and block.kind == "text" and kept[-1].kind == "text"
                and len(text) >= REPEAT_MIN and re.sub(r"\s", "", kept[-1].text) == text):
            repairs.append(Repair(
                "repeated-paragraph", block.line, block.text.strip()[:40], "",
                "Dropped a paragraph that repeats the one above it word for word (a web "
                "page's summary field above its content): kept it once.", review=True))
            continue
        kept.append(block)
    return kept, repairs
