"""Blocks → nodes (`to_nodes`): each block's kind read from its text alone — photo and table
captions (a run-on caption split off, a caption taken for the title, a name broken over
two lines, a number above its name, a units line), list items, a data box, a notice's
quoted document names — and the helpers every later pass over nodes shares
(`_role_repair`, `_plain_paragraph`, `_is_headline`)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import excerpt, has_han, join_lines, simplified, strip_tags
from briefing.importer.draft import CAPTION_MAX, PLAIN_MARKER, Node
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    BYLINE_MARKERS,
    CLAUSE_RANKS,
    ends_sentence,
    heading_numbering,
    is_plain_heading,
)
from briefing.importer.titleblock import NAMELESS_BYLINE, byline_names, is_fact_line

# ---------------------------------------------------------------- nodes, captions, tables


def _segments(lines: list[SourceLine], joined: bool) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text of the lines and where each line starts in it."""
    text = ""
    segments = []
    for source_line in lines:
        if joined:
            piece = source_line.text.strip()
            new_text = join_lines(text, piece)
            segments.append((len(new_text) - len(piece), source_line.number))
        else:
            new_text = text + ("\n" if text or segments else "") + source_line.text
            segments.append((len(new_text) - len(source_line.text), source_line.number))
        text = new_text
    return text, tuple(segments)


def is_photo_caption(block: RawBlock) -> bool:
    """Short text standing alone between extra blank lines (2+ on at least one side).

    Not the file's first or last block: blank lines after an opening line or before a
    closing one are layout, not a photo.
    """
    plain = strip_tags(block.text).strip()
    return (
        block.kind == "text"
        and not block.at_file_edge
        and plain[:1] not in "—–－-―"  # 「——以下空白」, 「——编者」, a dash item: no caption
        and (block.blank_before >= 2 or block.blank_after >= 2)
        and 0 < len(plain) <= CAPTION_MAX
        and has_han(plain)
        and heading_numbering(plain).rank == 0
        and not PARAGRAPH_OPENER.match(simplified(plain))
    )


# A paragraph goes on from the one before (「至于…方面，」「此外，」「另外，」): a photo's caption
# never opens so, whatever the space around it.
PARAGRAPH_OPENER = re.compile(
    r"^(?:至于|此外|另外|同时|与此同时|其中|而且|并且|但是|然而|因此|所以|总之)")


# A copy that ran each photo's caption into the paragraph after it: the caption's last
# sentence, then its credit — a name (or names), a space, 摄 — then the paragraph's first
# words (「…签名留念。李洋 摄现将访谈实录摘要如下：」). The credit closes the caption.
RUN_ON_CAPTION = re.compile(
    r"^(?P<caption>[^。！？]{4,}[。！？](?:[^。！？]*[。！？])?"
    r"(?:[\u4e00-\u9fff]{2,6}记者[ \t\u3000]*)?[\u4e00-\u9fff·]{2,4}"
    r"(?:[、 \t\u3000][\u4e00-\u9fff·]{2,4})*[ \t\u3000]+摄)"
    r"(?![影像制氏取入])(?P<rest>[\u4e00-\u9fff“「《（].*)$")  # 摄影师, 摄像: a word
RUN_ON_CAPTION_MAX = 60  # characters of the caption


def split_run_on_captions(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A one-line block opening with a photo caption closed by its credit (「某某 摄」),
    the next paragraph run on after it: the caption and the paragraph, two blocks."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in blocks:
        found = RUN_ON_CAPTION.match(block.lines[0].text.strip()) if (
            block.kind == "text" and len(block.lines) == 1) else None
        if found is None or len(found["caption"]) > RUN_ON_CAPTION_MAX:
            result.append(block)
            continue
        line = block.lines[0]
        result += [replace(block, lines=[SourceLine(line.number, found["caption"])],
                           blank_after=0),
                   replace(block, lines=[SourceLine(line.number, found["rest"])],
                           blank_before=0)]
        repairs.append(Repair(
            "run-on-caption", line.number,
            excerpt(found[0], found.start("rest"), found.start("rest"), 12),
            f"{found['caption'][-8:]} ⏎ {found['rest'][:8]}",
            "A photo caption closed by its credit (「… 摄」) ran on into the next "
            "paragraph: set the caption apart.", review=True))
    return result, repairs


def _is_table_caption(block: RawBlock, following: RawBlock | None,
                      units_between: bool = False) -> bool:
    return (
        block.kind == "text" and len(block.lines) == 1
        and following is not None and following.kind == "table"
        and following.blank_before <= 1
        # 「表1 …」「…统计表」, or a line naming what the table lists (「…水质状况」) right
        # above it (not a table rebuilt from cells a paragraph: a line above one of those
        # may be a row of its header, a doubt of the rebuild's) — right above it in the
        # source too: a table rebuilt from cells a line stands between blank lines of the
        # rebuild's, its first row on the line under the name's. A units line between the
        # two (「单位：亿元」) is no header's row: the line naming the table above it is the
        # caption however the copy spaced them.
        and (roles.is_table_caption(block.text) or roles.is_disclosure_item(block.text) or (
            (following.blank_before == 0 or units_between
             or following.lines[0].number == block.lines[-1].number + 1)
            and roles.is_table_name(block.text)))
    )


# A page that is one table (a yearbook's 「4-8  主要年份…」, a bulletin's 「…统计表」) opens
# with the table's caption, which reads as the page's title too: copies and editors take
# it either way. Taken for the title, it is a doubt when a table follows before any prose.
CAPTION_TITLE_BLOCKS = 3  # body blocks, the table among them: a units line, a subtitle's rest


def caption_title(title: str, line: int, blocks: list[RawBlock]) -> list[Repair]:
    body = [block for block in blocks if block.kind != "comment" and block.text.strip()]
    head = body[:CAPTION_TITLE_BLOCKS]
    if not title or not roles.is_table_caption(title) or not any(
            block.kind == "table" for block in head):
        return []
    before = head[:[block.kind for block in head].index("table")]
    if any(len(block.lines) > 2 or ends_sentence(block.text) for block in before):
        return []
    return [Repair("title-table-caption", line, title, "",
                   "The title reads as the caption of the table under it (a table's number "
                   "or name): keep it as the page's title, or write it above the table as "
                   "`Table: …` and give the page a title of its own.")]


# A table's name may be broken over two lines of the copy (「…各区县综合指数在全省」 ⏎
# 「159个县（市、区）排名」): the line right above the name's last (the next line of the
# source, no blank between), no sentence and no heading, is its first when the two make
# a name no longer than a caption — and the longer of the two: the copy broke the name
# where its line was full (a short line above, 「空气质量」, is a heading of its own).
def _caption_first_line(upper: RawBlock, block: RawBlock) -> bool:
    line = roles.plain(upper.text).strip()
    return (upper.kind == "text" and len(upper.lines) == 1
            and len(line) >= len(roles.plain(block.text).strip())
            and upper.lines[-1].number + 1 == block.lines[0].number
            and has_han(line) and not re.search(r"[。！？；，、：:;,]", line)
            and heading_numbering(line).rank == 0 and not roles.is_table_caption(line)
            and not _is_units_line(upper)
            and len(line) + len(roles.plain(block.text).strip()) <= roles.TABLE_CAPTION_MAX)


# A table's number alone on a line (「附表1」「表 2」), its name on the next, the table
# under them: the two lines are its caption.
TABLE_NUMBER_ALONE = re.compile(
    r"^[附续]?表\s*[A-Z]?[\d一二三四五六七八九十]+(?:[-－.．]\d+)?[：:]?$")


def _numbered_over_name(block: RawBlock, name: RawBlock, table: RawBlock) -> bool:
    line = roles.plain(name.text).strip()
    return (block.kind == "text" and len(block.lines) == 1
            and bool(TABLE_NUMBER_ALONE.match(roles.plain(block.text).strip()))
            and name.kind == "text" and len(name.lines) == 1 and has_han(line)
            and len(line) <= roles.TABLE_CAPTION_MAX and not ends_sentence(line)
            and heading_numbering(line).rank == 0
            and table.kind == "table" and table.blank_before <= 1)


# A table's units, on a line of their own between its caption and the table.
UNITS_LINE = re.compile(r"^[（(]?(?:单位|计量单位|金额单位)\s*[:：]\s*[^\s，。；]{1,16}[）)]?$")


def _is_units_line(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        UNITS_LINE.match(block.text.strip()))


def _only_trailers(blocks: list[RawBlock]) -> bool:
    """Nothing but （此件公开发布）-like lines and footnote definitions follows."""
    return all(
        block.kind == "text" and all(
            roles.is_trailer(line.text) or roles.footnote_definition(line.text)
            for line in block.lines)
        for block in blocks)


def _role_repair(kind: str, node: Node, after: str, note: str, review: bool) -> Repair:
    return Repair(kind, node.line, excerpt(node.text, 0, 0, 20), after, note, review=review)


def _plain_paragraph(node: Node) -> bool:
    return node.kind == "paragraph" and not node.role and not node.box


HEADLINE_MAX = 40
# The 落款 on one line: the signer, a run of spaces, the date (its digits or numerals).
SIGNER_AND_DATE = re.compile(
    r"^(?P<signer>\S.*?)[ \t\u3000\u00a0]{2,}"
    r"(?P<date>(?:\d{4}|[〇○零ＯO0一二三四五六七八九]{4})\s*年\S*?日)$")


def _is_headline(text: str) -> bool:
    """Short, Han, no sentence end, not leading on (——, ：), no fact: a headline's form."""
    line = roles.plain(text)
    return (0 < len(line) <= HEADLINE_MAX and has_han(line) and not ends_sentence(line)
            and not line.endswith(("——", "—", "：", ":", "，", "、"))
            and not is_fact_line(line) and not roles.opens_with_dateline(line)
            and not roles.LABELLED_FIELD.match(text.strip()))


def text_nodes(block: RawBlock, at_end: bool = False, spaced_caption: bool = True,
               head: bool = False) -> tuple[list[Node], list[Repair]]:
    """A text block's node(s) by its role; every role decision is logged. `head`: only
    the title block's leftovers stand above it (where a 主送 line names one body)."""
    text, segments = _segments(block.lines, joined=True)
    lines = [line.text.strip() for line in block.lines]
    definitions = [roles.footnote_definition(line) for line in lines]
    # 「[1] …」 lines are notes at the end only; a Markdown 「[^1]: …」 anywhere.
    explicit = all(line.startswith("[^") for line in lines)
    if all(definitions) and (at_end or explicit):
        nodes = [Node("footnote", note, ((0, line.number),), label=label)
                 for (label, note), line in zip(definitions, block.lines, strict=True)]  # type: ignore[misc]
        return nodes, [_role_repair("footnote", node, f"[^{node.label}]: …",
                                    "A numbered note at the line's start: made it a footnote.",
                                    review=False) for node in nodes]
    one_line = SIGNER_AND_DATE.match(lines[0]) if at_end and len(lines) == 1 else None
    if one_line and roles.is_signer(one_line["signer"]) and roles.is_signature_date(
            one_line["date"]):
        # 「国  务  院  二○一一年十月十七日」: the signer and the date on one line (a copy
        # that ran the 落款's two lines together with the spaces that set them apart)
        signer, date = one_line["signer"], one_line["date"]
        node = Node("signature", f"{signer}\n{date}", (
            (0, block.line), (len(signer) + 1, block.line)))
        return [node], [_role_repair("signature", node, "::: signature",
                                     "Signer and date at the end, on one line apart by "
                                     "spaces: made them the 落款 (signature block, set "
                                     "right-aligned), a line each.", review=True)]
    if at_end and roles.is_signature_date(lines[-1]) and all(
            roles.is_signer(line) for line in lines[:-1]) and 2 <= len(lines) <= 4:
        node = Node("signature", "\n".join(lines), segments_of_lines(block.lines))
        return [node], [_role_repair("signature", node, "::: signature",
                                     "Signer and date at the end: made them the 落款 "
                                     "(signature block, set right-aligned).", review=True)]
    if len(lines) == 1 and roles.is_salutation(text, head) or roles.is_salutation(text):
        node = Node("salutation", text, segments)
        return [node], [_role_repair("salutation", node, f"::: salutation ⏎ {text} ⏎ :::",
                                     "A short line ending in ： that addresses the audience: "
                                     "made it the salutation.", review=False)]
    if roles.is_note(text):
        node = Node("note", text, segments)
        return [node], [_role_repair("note", node, "::: note",
                                     "A 注/说明/资料来源 line: made it a note.", review=False)]
    if len(lines) == 1 and not roles.sidebar_title(text) \
            and not roles.pictured_caption(text, block.after_image) and (
            roles.body_byline(text) or byline_names(roles.plain(text))
            or NAMELESS_BYLINE.match(roles.plain(text))):
        node = Node("byline", text.lstrip(BYLINE_MARKERS + " \u3000"), segments)
        return [node], [_role_repair("byline-item", node, f"::: byline ⏎ {text} ⏎ :::",
                                     "A byline inside the body (a later item's).",
                                     review=False)]
    title = roles.sidebar_title(text) if len(lines) == 1 else None
    if title:
        return [Node("paragraph", text, segments, role="sidebar-title")], []
    if roles.is_editor_signature(text):
        return [Node("paragraph", text, segments, role="editor-signature")], []
    if roles.is_editor_note_label(text):
        return [Node("paragraph", text, segments, role="editor-note-label")], []
    if roles.is_lead_note_label(text):
        return [Node("paragraph", text, segments, role="lead-note-label")], []
    if roles.opens_editor_note(text):
        return [Node("paragraph", text, segments, role="editor-note")], []
    if roles.is_caption_label(text):
        return [Node("paragraph", text, segments, role="caption-label")], []
    if block.above_title and not ends_sentence(text):
        # Short lines kept above the title are the page's, most likely (a doubt): no
        # heading, caption or join is made of them.
        return [Node("paragraph", text, segments, role="above-title")], []
    # (A photo's caption, credited 「…摄）」, may stand above the byline too: no headline.)
    if block.before_byline and len(lines) == 1 and _is_headline(text) \
            and not roles.is_caption_text(text):
        return [Node("heading", text, segments, marker=PLAIN_MARKER,
                     rank=heading_numbering(text).rank, origin="headline")], []
    if len(lines) == 1 and roles.repeats_image_text(text, block.after_image):
        node = Node("caption", text, segments)
        return [node], [Repair("caption", block.line, excerpt(text, 0, 0, 20),
                               f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::",
                               "The line under an image repeats the image's text (its alt "
                               "text): made it the image's caption (figure without an "
                               "image).")]
    if len(lines) == 1 and (roles.italic_caption(text, block.after_image)
                            or roles.credited_caption(text, block.after_image)
                            or roles.short_caption(text, block.after_image)):
        node = Node("caption", text, segments)
        return [node], [Repair("caption", block.line, excerpt(text, 0, 0, 20),
                               f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::",
                               "A paragraph wholly in italics, or ending in its picture's "
                               "credit （via）, right under an image: made it the image's "
                               "caption (figure without an image).",
                               review=True)]
    bold = (roles.bold_heading(text) or roles.bold_section_heading(text)) if len(
        lines) == 1 else None
    if bold:
        node = Node("heading", bold, segments, marker=PLAIN_MARKER,
                    rank=heading_numbering(bold).rank, origin="bold")
        return [node], []
    # Blank lines around a table are the table's, a signer stands above its date: no
    # photo caption is read from the space around them.
    # Nor is a document's own line (its issuer or date alone, its 发文字号…) a caption for
    # the space round it: census of once-unseen texts, every such caption was an error.
    # A table's name (「表一 …」) is no photo's caption either, its table copied or not.
    spaced = is_photo_caption(block) and spaced_caption and not roles.document_line(text) \
        and not roles.is_table_caption(text)
    if spaced or (len(lines) <= 2 and roles.is_caption_text(text)):
        node = Node("caption", text, segments)
        why = ("A short line between extra blank lines: made it a photo caption (figure "
               "without an image)." if spaced else
               "A photo caption by its form (图①/图为/▲ or a photo credit 摄/（新华社发）): "
               "made it a caption (figure without an image).")
        return [node], [Repair("caption", block.line, excerpt(text, 0, 0, 20),
                               f"::: figure ⏎ {excerpt(text, 0, 0, 20)} ⏎ :::", why,
                               review=spaced and not roles.is_caption_text(text))]
    if len(lines) == 1 and roles.is_bracket_heading(text):
        return [Node("heading", text, segments, marker=PLAIN_MARKER, rank=0,
                     origin="bracket")], []
    if len(lines) == 1 and (is_plain_heading(text) or roles.is_part_heading(text)
                            or roles.is_numbered_part(text)) \
            and not roles.is_attachment_label(text):
        numbering = heading_numbering(text)
        return [Node("heading", text, segments, marker=PLAIN_MARKER, rank=numbering.rank,
                     origin="lost-numeral" if numbering.number == "、" else "plain")], []
    if len(lines) == 1 and roles.bare_section_rank(text):
        return [Node("heading", text.strip(), segments, marker=PLAIN_MARKER,
                     rank=roles.bare_section_rank(text), origin="plain")], []
    return [Node("paragraph", text, segments)], []


def join_broken_headings(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """「**二、RASP技术在**」「**API及数据安全治理中的应用**」: a numbered bold heading
    broken over two bold lines (an editor's line break) is one heading."""
    result: list[Node] = []
    repairs = []
    for node in nodes:
        previous = result[-1] if result else None
        if (node.kind == "heading" and node.origin == "bold" and node.rank == 0
                and previous is not None and previous.kind == "heading"
                and previous.origin == "bold" and previous.rank > 0
                and not ends_sentence(previous.text)):
            text = join_lines(previous.text, node.text)
            cut = len(text) - len(node.text)
            result[-1] = replace(previous, text=text, segments=previous.segments + tuple(
                (cut + start, line) for start, line in node.segments))
            repairs.append(Repair("join-heading", node.line, f"{previous.text} ⏎ {node.text}",
                                  text, "A numbered bold heading went on on the next bold "
                                  "line: joined the two.", review=True))
            continue
        result.append(node)
    return result, repairs


CLAUSE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d.])")


def clauses_in_order(nodes: list[Node]) -> list[Node]:
    """Clause headings found in the text (4 / 4.1 / 4.1.2) count only in order: each after
    the one before it, at most one chapter on. 「7.5 其中：小碎米含量/%」 between 5.4 and
    5.5 is a table's cell left as a line, not a clause."""
    result = []
    last: tuple[int, ...] | None = None
    chapter: int | None = None  # the number of the last 「3. 安装与配置」 head
    for node in nodes:
        if node.kind == "heading" and node.origin == "plain" and node.rank == 3:
            head = re.match(r"\d{1,2}", node.text)
            chapter = int(head[0]) if head else chapter
        match = CLAUSE_NUMBER.match(node.text)
        if node.kind == "heading" and node.origin == "plain" and match \
                and node.rank in (3, *CLAUSE_RANKS):
            number = tuple(int(part) for part in match.group(1).split("."))
            # 1. 2. … restart under each part of a report: only dotted clauses are checked
            # — and a clause under its chapter's own 「3.」 head (「3.1」 after 「1.2」, the
            # second chapter having no clauses) is in order.
            if node.rank in CLAUSE_RANKS and last is not None \
                    and not (number > last and number[0] <= last[0] + 1) \
                    and not (number > last and number[0] == chapter):
                result.append(replace(node, kind="paragraph", marker=0, rank=0, origin="marked"))
                continue
            last = number
        result.append(node)
    return result


def segments_of_lines(lines: list[SourceLine]) -> tuple[tuple[int, int], ...]:
    """Segments of lines kept apart by '\n' (a signature's lines)."""
    segments = []
    offset = 0
    for line in lines:
        segments.append((offset, line.number))
        offset += len(line.text.strip()) + 1
    return tuple(segments)


DATA_BOX_MIN = 6  # lines of a data box
DATA_LINE_MAX = 16


def _data_line(block: RawBlock) -> bool:
    text = roles.plain(block.text)
    return (block.kind == "text" and len(block.lines) == 1 and not block.before_byline
            and not block.above_title and 0 < len(text) <= DATA_LINE_MAX and has_han(text)
            and not re.search(r"[。！？；：:]", text) and heading_numbering(text).rank == 0
            and not roles.is_bracket_heading(text) and not roles.sidebar_title(text)
            and not roles.is_signature_date(text))


def _data_box_end(blocks: list[RawBlock], start: int, items: frozenset[int] = frozenset()
                  ) -> int:
    """A newspaper's data box (「数说」) as a page's text gives it: six or more short lines
    with no sentence end, most of them holding a number (「累计刊发」「文字报道近200篇」
    「图片42幅」), between paragraphs. The index after it, or `start` if none. Never the
    items of a Markdown list (`items`): the markup made each its own."""
    end = start
    while end < len(blocks) and _data_line(blocks[end]) and blocks[end].line not in items:
        end += 1
    lines = [roles.plain(block.text) for block in blocks[start:end]]
    numbered = sum(1 for line in lines if re.search(r"\d", line))
    before = blocks[start - 1] if start else None
    if (end - start >= DATA_BOX_MIN and 2 * numbered >= len(lines)
            and (before is None or not _data_line(before))
            and not any(roles.NUMBER_CELL.match(line) for line in lines)):
        return end
    return start


def _data_box(blocks: list[RawBlock]) -> tuple[list[Node], list[Repair]]:
    """The box's lines, in groups where the page left extra space: a paragraph each, its
    lines kept as lines (<br>), in an untitled sidebar."""
    groups: list[list[RawBlock]] = []
    for block in blocks:
        if not groups or block.blank_before >= 2:
            groups.append([])
        groups[-1].append(block)
    nodes = []
    for group in groups:
        text, segments = "", []
        for block in group:
            line = block.text.strip()
            if text:
                text += "<br>"
            segments.append((len(text), block.line))
            text += line
        nodes.append(Node("paragraph", text, tuple(segments), box="sidebar"))
    repair = Repair("data-box", blocks[0].line, excerpt(blocks[0].text, 0, 0, 20),
                    "::: sidebar", f"{len(blocks)} short lines with numbers and no sentence: "
                    f"made them a data box (a sidebar of {len(groups)} paragraph(s), the lines "
                    "kept) — check it.", review=True)
    return nodes, [repair]


CONTACT_LABEL = re.compile(r"^(?:通讯作者|通信作者)\s*[：:]")
ABSTRACT_LABEL = re.compile(r"^摘\s*要\s*[：:]")


# A name quoted in 《》: a 印发 notice names the document it issues so (「《某县河道保洁
# 工作方案》已经县政府同意，现印发给你们」), and that document follows under the same name.
QUOTED_NAME = re.compile(r"《([^《》]{4,80})》")


# The verbs of a notice that issues or forwards a document: 「现将《…》印发给你们」.
ISSUING = re.compile(r"印发|转发|下发|颁发|发布|公布")


# The sentence by which a notice issues a document to its addressees (「现印发给你们」
# 「现转发你们」): the signer and date under it are the notice's 落款, whatever follows
# (the document itself, its title left out by the copy).
ISSUED_TO = re.compile(r"(?:印发|转发|下发)给?你们")


# The title of a notice that issues or forwards a document names it, in 《》 or not
# (GB/T 9704: 「某某关于印发某某实施细则的通知」「关于转发某某关于…的意见的通知」): that
# document follows the notice under the same name.
ISSUING_TITLE = re.compile(
    r"关于(?:印发|转发|颁发|发布|公布|下发)《?([^《》]{4,80}?)》?的(?:通知|通报|决定|函|公告)$")


def quoted_names(text: str) -> set[str]:
    return {re.sub(r"\s", "", name) for name in QUOTED_NAME.findall(text)}


def issued_names(text: str) -> set[str]:
    """The names a notice's title quotes or issues: 「关于印发X的通知」 → X (and any 《》)."""
    line = re.sub(r"\s", "", roles.plain(text))
    found = ISSUING_TITLE.search(line)
    return quoted_names(line) | ({found[1]} if found else set())


# A document's status or period in brackets at the end of its name, which the notice
# may give or leave out: 「某县管理办法（试行）」 is the 《某县管理办法》 it issues, and
# 「某市行动方案（2023—2025年）」 the 《某市行动方案》.
NAME_STATUS = re.compile(
    r"[（(](?:试行|暂行|修订|修订稿|修订版|征求意见稿|草案|送审稿|讨论稿"
    r"|\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?|\d{4}\s*年(?:修订|版)?)[）)]$")


def _bare_name(name: str) -> str:
    return NAME_STATUS.sub("", name)


def names_quoted_document(text: str, names: set[str]) -> bool:
    """A line that is nothing but a name the text quoted in 《》 before it (or gave as the
    X of its title 「关于印发X的通知」), give or take the name's bracketed status."""
    line = re.sub(r"\s", "", roles.plain(text))
    if line in names:
        return True
    bare = _bare_name(line)
    return len(bare) >= 4 and any(_bare_name(name) == bare for name in names)


def to_nodes(blocks: list[RawBlock], spaced_captions: bool = True,
             items: frozenset[int] = frozenset()) -> tuple[list[Node], list[Repair]]:
    """Raw blocks → nodes: headings, paragraphs, photo captions, tables, quotations.

    `spaced_captions`: whether extra blank lines around a short line make it a caption —
    not in Markdown, which sets any number of blank lines as one (exporters write them
    between all paragraphs) and marks a photo as an image. `items`: the lines opening an
    item of a bullet list (markup/read.py), whose blocks stay paragraphs (`list_item_nodes`)."""
    nodes: list[Node] = []
    repairs: list[Repair] = []
    pending_caption: str | None = None
    box_end = 0
    quoted: set[str] = set()  # the names quoted in 《》 so far
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if index:
            quoted |= quoted_names(blocks[index - 1].text)
        if index < box_end:
            continue
        box_end = _data_box_end(blocks, index, items)
        if box_end > index:
            made, found = _data_box(blocks[index:box_end])
            nodes += made
            repairs += found
            continue
        if block.kind == "heading":
            text, segments = _segments(block.lines, joined=True)
            if not text:
                repairs.append(Repair("empty-heading", block.line, "#" * block.marker, "",
                                      "Dropped a heading mark with no text."))
                continue
            # ## **一、标题**: a heading is bold; a `#` line wholly in bold is a heading
            # whatever it ends with (「## **一、视频版（更直观）：**」), its bold the heading's.
            bold = roles.BOLD_LINE.match(text.strip())
            text = roles.bold_heading(text) or (bold[2].strip() if bold else text)
            nodes.append(Node("heading", text, segments, marker=block.marker,
                              rank=heading_numbering(text).rank))
        elif block.kind == "table":
            text, segments = _segments(block.lines, joined=False)
            nodes.append(Node("table", text, segments, caption=pending_caption))
            pending_caption = None
        elif block.kind == "quote":
            text, segments = _segments(block.lines, joined=False)
            nodes.append(Node("quote", text, segments))
        elif _is_table_caption(block, following):
            caption = re.sub(r"^Table[:：]\s*", "", block.text.strip())
            named = not roles.is_table_caption(block.text)
            upper = blocks[index - 1] if index else None
            before = block.text
            if named and upper is not None and nodes and nodes[-1].kind == "paragraph" \
                    and nodes[-1].text == upper.text.strip() \
                    and _caption_first_line(upper, block):
                # The name broken over two lines of the copy: its first line too.
                caption = upper.text.strip() + caption
                before = f"{upper.text.strip()} ⏎ {block.text.strip()}"
                nodes.pop()
            pending_caption = caption
            repairs.append(Repair("table-caption", block.line, before,
                                  f"Table: {caption}",
                                  "Made the line before the table its caption" + (
                                      " (it names what the table lists)." if named else "."),
                                  review=named))
        elif (following is not None and index + 2 < len(blocks)
              and _numbered_over_name(block, following, blocks[index + 2])):
            # 「附表1」 ⏎ 「2023年各县区主要经济指标」 ⏎ the table: the number and its name.
            pending_caption = block.text.strip() + " " + following.text.strip()
            box_end = index + 2
            repairs.append(Repair("table-caption", block.line,
                                  f"{block.text.strip()} ⏎ {following.text.strip()}",
                                  f"Table: {pending_caption}",
                                  "Made a table's number on a line of its own and the name "
                                  "under it the table's caption."))
        elif (following is not None and _is_units_line(following)
              and index + 2 < len(blocks)
              and _is_table_caption(block, blocks[index + 2], units_between=True)):
            # 「表1 …情况」 ⏎ 「单位：亿元」 ⏎ the table: the units are the caption's.
            pending_caption = block.text.strip() + " " + following.text.strip()
            box_end = index + 2
            repairs.append(Repair("table-caption", block.line,
                                  f"{block.text.strip()} ⏎ {following.text.strip()}",
                                  f"Table: {pending_caption}",
                                  "Made the line before the table and its units line under "
                                  "it the table's caption.",
                                  # a line naming what it lists, no 「表1」: a guess
                                  review=not roles.is_table_caption(block.text)))
        else:
            previous = blocks[index - 1] if index else None
            beside_table = "table" in (following.kind if following else "",
                                       previous.kind if previous else "")
            above_date = following is not None and following.kind == "text" and \
                roles.is_signature_date(following.text)
            # A 公文's 附注 and the title of the document a notice issues are set apart by
            # blank lines too: neither is a photo's caption.
            document_line = len(block.lines) == 1 and (
                roles.is_release_note(block.text)
                or names_quoted_document(block.text, quoted))
            # The body's first block stands under the head's facts, set apart from them by
            # the page's spacing: only blank lines under it can make it a caption.
            head_gap = not nodes and block.blank_after < 2
            # The same wide gap under the long paragraph that follows: the copy spaces its
            # paragraphs so (a short text shows too few gaps for `spacing` to say it).
            paragraph_spacing = any(
                gap >= 2 and other is not None and other.kind == "text"
                and other_gap >= gap and len(strip_tags(other.text).strip()) > CAPTION_MAX
                for gap, other, other_gap in (
                    (block.blank_after, following, following.blank_after if following else 0),
                    (block.blank_before, previous, previous.blank_before if previous else 0)))
            made, found = text_nodes(block, at_end=_only_trailers(blocks[index + 1:]),
                                     spaced_caption=spaced_captions and not (
                                         beside_table or above_date or document_line
                                         or head_gap or paragraph_spacing),
                                     head=_at_head(nodes))
            if len(made) == 1 and made[0].kind == "note" and CONTACT_LABEL.match(
                    made[0].text) and following is not None and ABSTRACT_LABEL.match(
                    following.text.strip()):
                # 「通讯作者：…」 right above 「摘要：」 is in the paper's head, under its
                # affiliations, not a page's foot note (where 基金项目 and 收稿日期 stand).
                made = [replace(made[0], kind="paragraph")]
                found = [replace(found[0], kind="head-contact", after="",
                                 note="A 通讯作者 line above the abstract: kept in the "
                                 "paper's head as a paragraph.")]
            if _label_of_picture(made, following):
                made = [replace(made[0], kind="caption", marker=0, rank=0)]
                found = [Repair("caption", block.line, block.text.strip(),
                                f"::: figure ⏎ {made[0].text} ⏎ :::",
                                "A bold line with nothing under it but a picture, the next "
                                "heading after it: made it the picture's label (a caption), "
                                "not a heading.", review=True)]
            if block.line in items:
                made = list_item_nodes(block, made)
            nodes += made
            repairs += found
    return nodes, repairs


HEAD_LINES_MAX = 3  # lines the title block may leave above a 主送 line (文号, a date)


def bullet_items(markup) -> frozenset[int]:
    """The source lines opening an item of a Markdown bullet list (「- 第二项」), as the
    markup reader found them (its list-item repairs)."""
    return frozenset(repair.line for repair in markup.repairs
                     if repair.kind == "list-item" and repair.after)


def code_lines(markup) -> frozenset[int]:
    """The source lines inside a Markdown code block's fences, as the markup reader found
    them (its code-fence repairs, an opening then a closing one): code kept as written,
    never a web page's furniture (a line of R or JavaScript reads as a page's script)."""
    fences = sorted(repair.line for repair in markup.repairs if repair.kind == "code-fence")
    return frozenset(line for opening, closing in zip(fences[::2], fences[1::2], strict=False)
                     for line in range(opening + 1, closing))


def list_item_nodes(block: RawBlock, made: list[Node]) -> list[Node]:
    """An item of a bullet list is a paragraph of the list, never a heading, however short
    or bold it is (「- 第二项」「- **注意事项**」): the author wrote a list. Its nodes are
    marked, so that no later pass (short lines over a paragraph, run-in heads) heads
    with it either."""
    if any(node.kind == "heading" for node in made):
        text, segments = _segments(block.lines, joined=True)
        made = [Node("paragraph", text, segments)]
    return [replace(node, item=True) if node.kind == "paragraph" else node for node in made]


def _at_head(nodes: list[Node]) -> bool:
    """Nothing but a few short lines of the head above: no heading, no sentence."""
    return len(nodes) <= HEAD_LINES_MAX and all(
        node.kind == "paragraph" and "\n" not in node.text and not ends_sentence(node.text)
        and len(node.text) <= ADDRESSEE_HEAD_MAX for node in nodes)


ADDRESSEE_HEAD_MAX = 40  # characters of a head's line (a 文号, a date, a 密级)


def _label_of_picture(made: list[Node], following: RawBlock | None) -> bool:
    """A blog's bold label over its picture (「**年度报告**」, then a gallery): a short
    unnumbered bold line whose only content, up to the next heading, is a picture."""
    return (len(made) == 1 and made[0].kind == "heading" and made[0].origin == "bold"
            and made[0].rank == 0 and following is not None
            and following.after_image is not None and following.kind == "heading")
