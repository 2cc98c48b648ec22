"""Roles that depend on neighbours (`place_roles`, its passes in their order): editor's notes,
photo credits, quotes introduced by a sentence, a headnote, a table's section headings, alt
text above a caption, repeated short lines, sidebars; and the passes over nodes that read
their context too (a speaker's photo, section headings flattened into a paragraph)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import excerpt, strip_tags
from briefing.importer.draft import CAPTION_MAX, PLAIN_MARKER, Node
from briefing.importer.endmatter import (
    _attachment_lists,
    _attachment_titles,
    _clerk_lines,
    _closing_notes,
    _field_signature,
    _footnote_references,
    _inner_signatures,
    _notes_heading,
    _numbered_notes,
    _repeated_footnote_marks,
    _signature,
    _unreferenced_footnotes,
)
from briefing.importer.headings import (
    _headlines,
    _parallel_leads,
    _short_headings,
    colon_sibling_heads,
    glued_number_heads,
    han_ordinal,
    numbered_runs_listed,
)
from briefing.importer.nodes import _plain_paragraph, _role_repair, join_broken_headings
from briefing.importer.records import Repair
from briefing.importer.repairs import ends_sentence, heading_numbering

# ---------------------------------------------------------------- roles in context

EDITOR_NOTE_MAX = 6  # paragraphs an editor's note may span before its signature


def place_roles(nodes: list[Node], raw: bool = False, markdown: bool = False,
                title: str | None = None) -> tuple[list[Node], list[Repair]]:
    """Roles that depend on neighbours: the editor's note and sidebar spans, an item's
    headline above its byline, the 落款 at the end, footnote references.

    A Markdown text that marks its headings (`#`, a bold line) marks them all: a plain
    short line there is a paragraph, never an unmarked heading."""
    nodes, repairs = join_broken_headings(nodes)
    repairs += _headlines(nodes)
    # Each pass: nodes → (nodes, repairs), in this order (a 落款 is found before the
    # signatures inside attachments, a note's items before the sidebars).
    passes = (_broken_salutation, _editor_notes, _credits, _signature, _field_signature,
              lambda found: (_attachment_lists(found), []), _attachment_titles,
              lambda found: _inner_signatures(found, title), _clerk_lines,
              _numbered_notes, _closing_notes, _sidebars, _footnote_references,
              _repeated_footnote_marks, _unreferenced_footnotes, _notes_heading,
              _introduced_quotes, _headnote,
              _table_section_headings, _alt_text_above_caption, _repeated_captions)
    for role_pass in passes:
        nodes, found = role_pass(nodes)
        repairs += found
    marked = markdown and any(node.kind == "heading" and node.origin in ("marked", "bold")
                              for node in nodes)
    if not raw and not marked:  # in a raw extraction a short line may be a page's fragment
        nodes = _short_headings(nodes)
        nodes, found = _repeated_short_lines(nodes)
        repairs += found
        nodes = _parallel_leads(nodes)
        nodes = glued_number_heads(nodes)
    nodes = colon_sibling_heads(nodes)
    nodes = numbered_runs_listed(nodes)
    return nodes, repairs


# A salutation the copy broke after its 、 (「各位代表、」 ⏎ 「同志们：」): one salutation.
BROKEN_SALUTATION_MAX = 12  # characters of the first part


def _broken_salutation(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    for index, node in enumerate(nodes[:-1]):
        after = nodes[index + 1]
        text = roles.plain(node.text)
        if _plain_paragraph(node) and after.kind == "salutation" and text.endswith("、") \
                and 0 < len(text) <= BROKEN_SALUTATION_MAX and "\n" not in node.text \
                and roles.SALUTATION.match(text[:-1] + "："):
            joined = node.text.rstrip() + after.text.lstrip()
            merged = replace(after, text=joined, segments=((0, node.line), *(
                (len(node.text.rstrip()) + start, line) for start, line in after.segments)))
            return nodes[:index] + [merged] + nodes[index + 2:], [_role_repair(
                "salutation", merged, "::: salutation", "A salutation broken after its 、 over "
                "two lines (「各位代表、」 ⏎ 「同志们：」): joined into one.", review=False)]
    return nodes, []


def _repeated_short_lines(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Sibling sections never share a name: a short line found as a heading that stands
    again, word for word, with no other heading between (the same part) is a label the
    page repeats — a photo's caption under each picture of a series (「发布会现场」), the
    pictures gone in the copy. Made captions, each for review. (「总体情况」 under each of a
    bulletin's sections is a heading each time: another heading stands between.)"""
    short = [i for i, node in enumerate(nodes) if node.kind == "heading"]
    repeated: set[int] = set()
    for before, after in zip(short, short[1:], strict=False):
        a, b = nodes[before], nodes[after]
        if a.origin == b.origin == "short" and a.text.strip() == b.text.strip():
            repeated |= {before, after}
    result, repairs = [], []
    for index, node in enumerate(nodes):
        if index in repeated:
            node = replace(node, kind="caption", marker=0, rank=0, origin="marked")
            repairs.append(_role_repair(
                "repeated-label", node, f"::: figure ⏎ {node.text} ⏎ :::",
                "A short line standing twice in a row over paragraphs, word for word, no "
                "heading between: no section's heading (sibling sections never share a "
                "name) but a label the page repeats, most likely a photo's caption — made "
                "it a caption (figure without an image); check it.", review=True))
        result.append(node)
    return result, repairs


# A newspaper archive's crawler prints a picture's caption and credit joined
# (「…洽谈采购事宜。　　王怿杰摄」), then each again on a line of its own (「…事宜。」 ⏎
# 「王怿杰摄」): the page shows one caption. The blocks right under a caption that say it
# again, word for word but for the spaces, are the repeat — dropped, told.
REPEAT_PIECES_MAX = 2


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)  # (\s: the ideographic and no-break spaces too)


def _repeated_captions(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    result: list[Node] = []
    repairs: list[Repair] = []
    skip = 0
    for index, node in enumerate(nodes):
        if skip:
            skip -= 1
            continue
        result.append(node)
        if node.kind != "caption" or len(_spaceless(node.text)) < 4:
            continue
        for count in range(1, REPEAT_PIECES_MAX + 1):
            pieces = nodes[index + 1:index + 1 + count]
            if len(pieces) == count and all(
                    p.kind in ("caption", "paragraph") and not p.role for p in pieces) \
                    and _spaceless("".join(p.text for p in pieces)) == _spaceless(node.text):
                skip = count
                repairs += [Repair(
                    "repeated-caption", piece.line, excerpt(piece.text, 0, 0, 20), "",
                    "Dropped a caption said again right under itself (an archive's crawler "
                    "prints a picture's caption and credit joined, then each alone): the "
                    "page shows it once.") for piece in pieces]
                break
    return result, repairs


def _alt_text_above_caption(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A page saved as text prints a photo's alt text, then its caption, which repeats the
    alt text and adds the credit (「…接受采访。」「…接受采访。 中新社记者 某某 摄」): the
    paragraph that the caption under it opens with is the image's, not the text's."""
    kept: list[Node] = []
    repairs: list[Repair] = []
    for index, node in enumerate(nodes):
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if following is not None and following.kind == "caption" \
                and _plain_paragraph(node) and roles.repeats_caption(node.text, following.text):
            repairs.append(_role_repair(
                "alt-text", node, "",
                "Dropped a paragraph that the photo caption under it repeats whole (the "
                "image's alt text, printed by the saved page).", review=True))
            continue
        if following is not None and node.kind == following.kind == "caption" \
                and node.text.strip() == following.text.strip():
            # the same caption twice in a row (a page printing
            # a photo's alt text and its caption alike): one caption
            repairs.append(_role_repair(
                "alt-text", node, "",
                "Dropped a caption that the caption under it repeats word for word (the "
                "image's alt text, printed by the saved page).", review=True))
            continue
        kept.append(node)
    return kept, repairs


TABLE_HEADING_MAX = 40  # characters of a numbered line heading a table


def _table_section_headings(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A bulletin's section holding a table is headed by a numbered line that names what
    the table shows, longer than other headings (「二、某县2024年第二季度“千吨万人”集中式饮用
    水水源水质状况」): a numbered line with no sentence mark, directly above a table, is
    the table's section heading."""
    repairs = []
    for index in range(len(nodes) - 1):
        node, below = nodes[index], nodes[index + 1]
        line = strip_tags(node.text).strip()
        if not (_plain_paragraph(node) and below.kind == "table" and "\n" not in line
                and heading_numbering(line).rank > 0 and len(line) <= TABLE_HEADING_MAX
                and not re.search(r"[。！？；]", line) and not ends_sentence(line)
                and line[-1] not in "，、：,:"):
            continue
        nodes[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                               rank=heading_numbering(line).rank, origin="plain")
    return nodes, repairs


def _introduced_quotes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A paragraph wholly in one pair of quotation marks under a paragraph that ends in
    「：」 introducing it (「…长诗《园内》中的一段话：」「他这样说：」) is a block quotation."""
    repairs = []
    for index in range(1, len(nodes)):
        node, before = nodes[index], nodes[index - 1]
        text = node.text.strip()
        if _plain_paragraph(node) and _plain_paragraph(before) \
                and before.text.rstrip().endswith(("：", ":")) \
                and text.startswith("“") and text.endswith(("”", "”。")) \
                and text.count("“") == 1 and text.count("”") == 1:
            nodes[index] = replace(node, kind="quote")
            repairs.append(_role_repair(
                "introduced-quote", node, "> …",
                "A paragraph wholly in quotation marks, introduced by the paragraph above "
                "ending in 「：」: set as a block quotation.", review=True))
    return nodes, repairs


HEADNOTE_MIN = 20  # characters: a shorter bracketed line is a date or a place
# Opening with the date of the occasion (「（1965年11月29日至…，市委召开…）」) or closing a
# sentence (「……会议上的讲话。）」); a paper's affiliations in brackets do neither.
HEADNOTE = re.compile(r"（(?=\d{4}年\d{1,2}月|[^（）]*(?:（[^（）]*）[^（）]*)*[。！]）)"
                      r"[^（）]*(?:（[^（）]*）[^（）]*)*）。?")


def _headnote(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """The first paragraph wholly in brackets, long (「（1965年11月29日至12月16日，市委召开
    工作会议……）」): the editor's headnote on the occasion of a speech or document."""
    first = next((i for i, node in enumerate(nodes) if node.kind != "heading"), None)
    if first is None or not _plain_paragraph(nodes[first]):
        return nodes, []
    text = nodes[first].text.strip()
    # Sentences in brackets (「……会议上的讲话。）」), not a paper's affiliations.
    if len(text) < HEADNOTE_MIN or not HEADNOTE.fullmatch(text):
        return nodes, []
    if first and any(node.kind == "heading" for node in nodes[:first]):
        return nodes, []  # under a section's heading: the section's own text
    nodes[first] = replace(nodes[first], kind="note")
    return nodes, [_role_repair("headnote", nodes[first], "::: note",
                                "The text opens with a long paragraph wholly in brackets: "
                                "the editor's headnote, set as a note.", review=True)]


# A PDF's text flattened into one line by a document site's page: its section headings
# stand inside the paragraph, after a space (「…保留沙尘。 一、339 个城市… 二、168 个…」).
INLINE_SECTION = re.compile(r"[ \u3000]([一二三四五六七八九十]{1,3})、")
FLATTENED_MIN = 400  # characters of a paragraph that may hold a whole document


def flattened_paragraphs(nodes: list[Node]) -> list[Repair]:
    """A doubt for each long paragraph holding two or more section headings in sequence
    (一、 then 二、) after spaces: a document flattened into one line. Left as it is — the
    editor splits it — since where its paragraphs ended is lost."""
    doubts = []
    for node in nodes:
        if node.kind != "paragraph" or len(node.text) < FLATTENED_MIN:
            continue
        numbers = [han_ordinal(m[1]) for m in INLINE_SECTION.finditer(node.text)]
        if any(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            doubts.append(Repair(
                "flattened-text", node.line, excerpt(node.text, 0, 0, 20), "",
                f"a paragraph of {len(node.text)} characters holds section headings in "
                "sequence (一、 … 二、 …): a document flattened into one line? Left as it "
                "is — split it into its headings and paragraphs by hand"))
    return doubts


SALUTATION_WITHIN = 4  # nodes before a speech's salutation that may be its head's


def speaker_photo(nodes: list[Node], authors: list[str]) -> tuple[list[Node], list[Repair]]:
    """A speech's or report's page shows the speaker's photo above the salutation: a
    short line between the head and 「各位代表：」 that names the speaker (an author) is
    that photo's caption (「省长某某作政府工作报告」), not the speech's first paragraph."""
    salutation = next((i for i, node in enumerate(nodes[:SALUTATION_WITHIN + 1])
                       if node.kind == "salutation"), None)
    names = [name for name in authors if len(name) >= 2]
    if salutation is None or not names:
        return nodes, []
    result, repairs = list(nodes), []
    for index in range(salutation):
        node = nodes[index]
        if (node.kind == "paragraph" and not node.role and not node.box
                and len(roles.plain(node.text)) <= CAPTION_MAX
                and any(name in node.text for name in names)):
            result[index] = replace(node, kind="caption")
            repairs.append(_role_repair(
                "caption", node, "::: figure", "A short line naming the speaker between the "
                "head and the salutation: made it the caption of the speaker's photo.",
                review=True))
    return result, repairs


def _is_note_paragraph(node: Node) -> bool:
    return node.kind == "paragraph" and node.role in ("", "editor-signature") and not node.box


def _editor_notes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """编者按: a label line and the paragraphs under it, a 「编者按：…」 paragraph, or the
    paragraphs above a 「——编者」 signature; the signature ends the note."""
    repairs = []
    dropped: set[int] = set()
    for index, node in enumerate(nodes):
        if node.role in ("editor-note-label", "lead-note-label"):
            end = index
            # 「导言：」 heads one paragraph; 「编者按」 up to its signature or the prose.
            span = 1 if node.role == "lead-note-label" else EDITOR_NOTE_MAX
            for ahead in range(index + 1, min(len(nodes), index + 1 + span)):
                if not _is_note_paragraph(nodes[ahead]) or (
                        not ends_sentence(nodes[ahead].text)
                        and nodes[ahead].role != "editor-signature"):
                    break
                end = ahead
                if nodes[ahead].role == "editor-signature":
                    break
            if end == index:
                continue
            dropped.add(index)
            for inside in range(index + 1, end + 1):
                nodes[inside] = replace(nodes[inside], box="editor-note")
            repairs.append(_role_repair(
                "editor-note", node, "::: editor-note",
                f"An editor's note (编者按) of {end - index} paragraph(s) under its label "
                "(the label is the box's): check where it ends.", review=True))
        elif node.role == "editor-note" and not node.box:
            end = index
            for ahead in range(index + 1, min(len(nodes), index + 1 + EDITOR_NOTE_MAX)):
                if not _is_note_paragraph(nodes[ahead]):
                    break
                if nodes[ahead].role == "editor-signature":
                    end = ahead
                    break
            for inside in range(index, end + 1):
                nodes[inside] = replace(nodes[inside], box="editor-note")
            repairs.append(_role_repair(
                "editor-note", node, "::: editor-note",
                f"An editor's note (编者按) of {end - index + 1} paragraph(s).", review=False))
        elif node.role == "editor-signature" and not node.box:
            start = index
            while start > 0 and index - start < EDITOR_NOTE_MAX \
                    and _is_note_paragraph(nodes[start - 1]) and not nodes[start - 1].role:
                start -= 1
            for inside in range(start, index + 1):
                nodes[inside] = replace(nodes[inside], box="editor-note")
            repairs.append(_role_repair(
                "editor-note", nodes[start], "::: editor-note",
                f"The {index - start} paragraph(s) above an editor's signature (——编者): "
                "made them the editor's note — check where it starts.", review=True))
    return [node for i, node in enumerate(nodes) if i not in dropped], repairs


CAPTION_PARAGRAPHS = 3  # paragraphs a photo's caption may hold above its credit line


def _credits(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A credit line （新华社记者某某摄） closes the caption above it.

    The caption is the sentence above the credit line; or up to three sentences when
    they stand right under a headline, a 「图片：」 label or another photo (a photo
    page's item). A 「图片：」 label is the web page's, dropped.
    """
    result: list[Node] = []
    repairs = []
    for node in nodes:
        if not (node.kind == "caption" and roles.is_credit_line(node.text)):
            result.append(node)
            continue
        last = result[-1] if result else None
        if last is not None and last.kind == "caption" and not roles.is_credit_line(
                last.text.split("\n")[-1]) and node.line <= last.segments[-1][1] + 2:
            # 「图①：果农在采摘柑橘。」 and its credit on the next line: one caption; a blank
            # line between them keeps them two paragraphs of it.
            joint = "\n" if node.line == last.segments[-1][1] + 1 else "\n\n"
            cut = len(last.text) + len(joint)
            result[-1] = replace(last, text=last.text + joint + node.text,
                                 segments=last.segments + tuple(
                                     (cut + start, line) for start, line in node.segments))
            repairs.append(_role_repair("caption", node, "::: figure", "A photo credit on "
                                        "the line under a caption: made it the caption's "
                                        "last line.", review=False))
            continue
        run = 0
        while run < min(CAPTION_PARAGRAPHS, len(result)) and _caption_sentence(result[-1 - run]):
            run += 1
        if run == 0:
            result.append(node)
            continue
        above = result[-1 - run] if run < len(result) else None
        if run > 1 and not (above is None or above.kind in ("heading", "caption")
                            or above.role == "caption-label" or roles.is_short_heading(above.text)):
            run = 1
        parts = result[len(result) - run:] + [node]
        del result[len(result) - run:]
        text = ""
        segments: list[tuple[int, int]] = []
        for part in parts:  # each paragraph of the source stays a paragraph of the caption
            # A credit on the line right under its sentence (no blank line between) ends
            # that paragraph: a line break, not a new paragraph.
            joint = "\n" if part is node and segments and \
                part.line == segments[-1][1] + 1 else "\n\n"
            cut = len(text) + len(joint) if text else 0
            text = text + joint + part.text if text else part.text
            segments += [(cut + start, line) for start, line in part.segments]
        merged = Node("caption", text, tuple(segments))
        result.append(merged)
        repairs.append(_role_repair("caption", merged, "::: figure",
                                    f"A photo credit line under {run} sentence(s): made them "
                                    "the photo's caption.", review=True))
        if len(result) >= 2 and result[-2].role == "caption-label":
            label = result.pop(-2)
            repairs.append(Repair("drop-caption-label", label.line, label.text, "",
                                  "Dropped the web page's 「图片：」 label above a caption.",
                                  review=True))
    return result, repairs


def _caption_sentence(node: Node) -> bool:
    return (node.kind == "paragraph" and not node.role and not node.box
            and len(node.text) <= roles.CAPTION_MAX and ends_sentence(node.text))


# A sidebar holds paragraphs (and notes): anything else ends it, as does a short line
# that may head what follows (the next item's headline).
SIDEBAR_ENDS = frozenset({"heading", "byline", "table", "signature", "footnote", "salutation",
                          "caption", "quote"})


def _ends_sidebar(node: Node) -> bool:
    return (node.kind in SIDEBAR_ENDS or bool(node.role) or bool(node.box)
            or (node.kind == "paragraph" and (roles.is_short_heading(node.text)
                                              or roles.is_attachment_line(node.text))))


def _sidebars(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    result: list[Node] = []
    repairs = []
    box = ""
    for index, node in enumerate(nodes):
        if node.role == "sidebar-title" and not any(
                _plain_paragraph(before) for before in nodes[:index]):
            # 「【採訪手記】」 over the whole text: the column the article runs in, not an aside
            # of it — a sidebar stands beside an article's text, after some of it
            result.append(replace(node, role=""))
            continue
        if node.role == "sidebar-title":
            box = "sidebar " + roles.sidebar_title(node.text)  # type: ignore[operator]
            span = 0
            for ahead in nodes[index + 1:]:
                if _ends_sidebar(ahead):
                    break
                span += 1
            repairs.append(_role_repair(
                "sidebar", node, f"::: {box}",
                f"A sidebar heading: boxed the {span} block(s) under it, up to the next "
                "heading, byline or the end — check where the sidebar ends.", review=True))
            box = box if span else ""
            if not span:
                result.append(replace(node, role=""))
            continue
        if box and _ends_sidebar(node):
            box = ""
        # A byline ends the box: the item's headline/lead line above it is not boxed.
        result.append(replace(node, box=box) if box else node)
    return result, repairs
