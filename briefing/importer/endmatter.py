"""What closes a text: attachment lists and titles, the 落款 (a signature block at the end,
in labelled fields, inside an issued document, loose lines), its date, numbered notes,
footnote references and footnotes no reference points to."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import excerpt, has_han, join_lines, simplified, strip_tags
from briefing.importer.draft import PLAIN_MARKER, Node
from briefing.importer.nodes import (
    ISSUED_TO,
    ISSUING,
    _plain_paragraph,
    _role_repair,
    issued_names,
    names_quoted_document,
    quoted_names,
)
from briefing.importer.records import Repair
from briefing.importer.repairs import CONTACT_FIELD, ends_sentence, heading_numbering
from briefing.importer.titleblock import read_date
from briefing.importer.titleblock.lines import CONTACT_FIELD as CONTACT_LABEL


def _attachment_lists(nodes: list[Node]) -> list[Node]:
    """「附件：1.某某名单」 then 「2.…」「3.…」 on lines of their own: the attachment list's
    items, paragraphs — not numbered headings."""
    result: list[Node] = []
    expected = 0
    for node in nodes:
        item = _note_item(node.text)
        if expected and item == expected and (
                _plain_paragraph(node) or (node.kind == "heading" and node.origin == "plain")):
            result.append(replace(node, kind="paragraph", marker=0, rank=0, origin="marked",
                                  role="attachment-item"))
            expected += 1
            continue
        expected = 2 if node.kind == "paragraph" and roles.ATTACHMENT_FIRST.match(
            roles.plain(node.text)) else 0
        result.append(node)
    return result


ATTACHMENT_TITLE_MAX = 80  # a 公文 title 「关于…的实施方案」 may be long


def _attachment_titles(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """「附件」「附件2」 alone, then a line with no terminal punctuation: the attachment's
    title (roles.ATTACHMENT_LABEL), a heading; the label stays a line of text."""
    result = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        title = nodes[index + 1]
        text = roles.plain(title.text)
        if (_plain_paragraph(node) and roles.is_attachment_label(node.text)
                and _plain_paragraph(title) and len(title.segments) == 1
                and 0 < len(text) <= ATTACHMENT_TITLE_MAX and has_han(text)
                and not ends_sentence(text) and text[-1] not in "，、：,:;；"
                and heading_numbering(text).rank == 0):
            result[index + 1] = replace(title, kind="heading", marker=PLAIN_MARKER, rank=0,
                                        origin="attachment")
    return result, []


# A signer's lines stand together over the date: a line two blank lines and more above the
# block is the text's last line (「交通局」 ending a list of units), no signer.
SIGNER_GAP = 2  # source lines from one signer line to the next: one blank line between


def _signature(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """The last date line, with nothing but trailers after it, and its signer lines above."""
    end = len(nodes)
    while end > 0 and (nodes[end - 1].kind == "footnote" or (
            nodes[end - 1].kind == "paragraph" and roles.is_trailer(nodes[end - 1].text))):
        end -= 1
    if end == 0 or nodes[end - 1].kind != "paragraph" or nodes[end - 1].box \
            or not (roles.is_signature_date(nodes[end - 1].text)
                    or roles.broken_date(nodes[end - 1].text) is not None):
        return nodes, []
    start = end - 1
    while start > 0 and end - start < 4 and nodes[start - 1].kind == "paragraph" \
            and not nodes[start - 1].role and not nodes[start - 1].box \
            and roles.is_signer(nodes[start - 1].text) \
            and nodes[start].line - nodes[start - 1].segments[-1][1] <= SIGNER_GAP:
        start -= 1
    if start == end - 1 and not roles.is_signature_date(nodes[end - 1].text):
        return nodes, []  # a broken date (「2018525」) is one only under its signer
    lines = [node.text for node in nodes[start:end]]
    segments = []
    offset = 0
    for node in nodes[start:end]:
        segments.append((offset, node.line))
        offset += len(node.text) + 1
    signature = Node("signature", "\n".join(lines), tuple(segments))
    repair = _role_repair("signature", signature, "::: signature",
                          "Signer and date at the end: made them the 落款 (signature "
                          "block, set right-aligned).", review=end - start > 1)
    return nodes[:start] + [signature] + nodes[end:], [repair]


# A court's judgment signs with its bench, the date, and under the date its clerk
# (「审判员　　胡建平」 ⏎ 「二〇一八年六月十三日」 ⏎ 「书记员　　汪　俊」, and so every 判决书,
# 裁定书 and 调解书): the clerk's line is the 落款's last, not a heading or a paragraph.
# (read without its spaces: 「书　记　员　　张楠楠」「法官　助理　　杜　灵」)
CLERK_LINE = re.compile(r"^(?:代理)?(?:书记员|法官助理|速录员|记录员)[\u4e00-\u9fff·]{2,5}$")


def _clerk_lines(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        above = result[-1] if result else None
        if above is not None and above.kind == "signature" and node.kind in (
                "paragraph", "heading") and "\n" not in node.text and not node.box \
                and CLERK_LINE.match(re.sub(r"[ \t\u3000]", "", simplified(node.text))):
            signature = replace(above, text=f"{above.text}\n{node.text.strip()}",
                                segments=(*above.segments, (len(above.text) + 1, node.line)))
            result[-1] = signature
            repairs.append(_role_repair("signature", signature, "::: signature",
                                        "A clerk's line under the 落款's date (a judgment's "
                                        "书记员): made it the 落款's last line.", False))
            continue
        result.append(node)
    return result, repairs


# A bulletin signed in labelled fields at its foot: 「编制单位：某监测站」「发布单位：某局」
# 「编制日期：2022年7月5日」 — who made and issued it, and when: its 落款.
SIGNATURE_FIELD = re.compile(
    r"^(?:编制|发布|印发|报送|主办|制作|出品)(?:单位|机关|部门|日期|时间)\s*[:：]\s*\S")
SIGNATURE_FIELDS_MIN = 2


def _field_signature(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Two or more such field lines ending the text (trailers aside): the 落款."""
    end = len(nodes)
    while end > 0 and nodes[end - 1].kind == "paragraph" and roles.is_trailer(
            nodes[end - 1].text):
        end -= 1
    start = end
    while start > 0 and _plain_paragraph(nodes[start - 1]) and "\n" not in nodes[
            start - 1].text and SIGNATURE_FIELD.match(nodes[start - 1].text.strip()):
        start -= 1
    if end - start < SIGNATURE_FIELDS_MIN:
        return nodes, []
    parts = nodes[start:end]
    segments, offset = [], 0
    for part in parts:
        segments.append((offset, part.line))
        offset += len(part.text) + 1
    signature = Node("signature", "\n".join(p.text for p in parts), tuple(segments))
    return nodes[:start] + [signature] + nodes[end:], [_role_repair(
        "signature", signature, "::: signature", "Labelled fields ending the text (编制单位"
        "/发布单位/编制日期): made them its 落款 (signature block, set right-aligned).",
        review=True)]


def _inner_signatures(nodes: list[Node], title: str | None = None
                      ) -> tuple[list[Node], list[Repair]]:
    """A 落款 before an attached document: a notice that issues a plan (印发…的通知) is
    signed and dated, then (after （此件公开发布）) the plan follows under its own title.
    Signer line(s) and a date line after a finished sentence, with the next block after
    the trailers a heading or a short title line, are that notice's 落款.

    When the next block is the very document the notice names (in 《》, or as the X of
    its title 「关于印发X的通知」), that name is the evidence: the 落款 may then be the
    date alone under the sentence issuing it, or follow the notice's last field line
    (意见反馈截止日期：…) rather than a finished sentence."""
    result: list[Node] = []
    repairs: list[Repair] = []
    index = 0
    # names of documents the notice's title or its text quotes or issues (「关于印发X的通知」)
    title_names = issued_names(title) if title else set()
    quoted: set[str] = set(title_names)
    issued: set[str] = set()  # names quoted in a sentence that issues them (现印发给你们)
    while index < len(nodes):
        node = nodes[index]
        loose = _loose_signature(result) if _plain_paragraph(node) else None
        if (loose is not None and names_quoted_document(node.text, issued)
                and index + 1 < len(nodes) and nodes[index + 1].kind in ("paragraph", "heading")):
            # A copy that leaves the notice's 落款 out, or garbles it past reading (a date
            # whose 年月日 were images): the issued document's title under the sentence
            # that issues it, with its text under it. The short lines between them are
            # that 落款 (GB/T 9704: signer and date, the 附注 （此件…） with them).
            if loose < len(result):
                result[loose:], found = _signature_lines(result[loose:])
                repairs += found
            result.append(replace(node, kind="heading", marker=PLAIN_MARKER, rank=0,
                                  origin="enclosed"))
            index += 1
            continue
        if node.kind == "paragraph" and ISSUING.search(node.text):
            # …and, once a sentence issues something, the name the title gives it
            # (「关于印发X的通知」 ⏎ 「现将修订后的办法印发给你们」 ⏎ 「X」)
            issued |= quoted_names(node.text) | title_names
        start = len(result)
        while start > 0 and len(result) - start < 3 and _plain_paragraph(result[start - 1]) \
                and roles.is_signer(result[start - 1].text):
            start -= 1
        after = index + 1
        while after < len(nodes) and nodes[after].kind == "paragraph" \
                and roles.is_trailer(nodes[after].text):
            after += 1
        following = nodes[after] if after < len(nodes) else None
        above = result[start - 1] if start > 0 else None
        quoted |= issued_names(node.text) if node.kind == "paragraph" else set()
        named = following is not None and _plain_paragraph(following) and \
            names_quoted_document(following.text, quoted)
        title_end = after + 1  # the block after the issued document's title
        if following is not None and not named and quoted:
            broken = _broken_name(nodes, after, quoted)
            if broken is not None:
                following, named, title_end = broken, True, after + 2
        titled = named or (following is not None and _plain_paragraph(following)
                           and roles.is_short_heading(following.text))
        # 「附件」 alone: the attachment's label, its title on the next line (GB/T 9704)
        enclosed = titled and not roles.is_attachment_label(following.text)
        if (_plain_paragraph(node) and (roles.is_signature_date(node.text)
                                        or roles.broken_date(node.text) is not None)
                and above is not None and above.kind in ("paragraph", "note")
                # signer line(s) over the date; the date alone right under the sentence
                # that issues the document named next (…现印发给你们。…现予印发，请遵照执行。)
                and (start < len(result) or (named and ISSUING.search(above.text)
                                             and ends_sentence(above.text))
                     # or the date alone under the attachment list (GB/T 9704: 附件说明,
                     # then 署名 and 成文日期; a copy that drops the signer, the title's
                     # issuer, keeps the date there)
                     or (roles.is_attachment_line(above.text)
                         and roles.is_signature_date(node.text)))
                # a finished sentence, or the attachment list (附件：…) the 落款 follows,
                # or the sentence issuing the document (…现印发给你们，请认真贯彻执行),
                # or anything when the named document follows
                and (named or ends_sentence(above.text) or above.role == "attachment-item"
                     or roles.is_attachment_line(above.text)
                     # the notice's contact fields (电子邮箱：…), as a 公告 ends before it signs
                     or CONTACT_FIELD.match(strip_tags(above.text).strip()) is not None
                     or _contact_line(above.text)
                     or (ISSUING.search(above.text) and above.text.rstrip()[-1:] not in "：:"))
                and ((following is not None and (following.kind == "heading" or titled))
                     # or the attachments, listed after the 落款 as web copies list them
                     # (「附件1：某某汇总表.xlsx」), not before it as GB/T 9704 does
                     or (following is not None and _plain_paragraph(following)
                         and roles.is_attachment_line(following.text))
                     or ISSUED_TO.search(above.text) is not None)):
            parts = result[start:] + [node]
            del result[start:]
            segments, offset = [], 0
            for part in parts:
                segments.append((offset, part.line))
                offset += len(part.text) + 1
            signature = Node("signature", "\n".join(p.text for p in parts), tuple(segments))
            result.append(signature)
            repairs.append(_role_repair(
                "signature", signature, "::: signature", "Signer and date before an attached "
                "document's title: made them the notice's 落款 (signature block).",
                review=True))
            if enclosed and following is not None:
                result += nodes[index + 1:after]  # （此件公开发布）
                # The document the notice issues: its title heads the rest of the text.
                result.append(replace(following, kind="heading", marker=PLAIN_MARKER,
                                      rank=0, origin="enclosed"))
                if title_end > after + 1:
                    repairs.append(Repair(
                        "join-heading", following.line,
                        f"{nodes[after].text} ⏎ {nodes[after + 1].text}", following.text,
                        "The issued document's title, broken over two lines (GB/T 9704 sets a "
                        "long title so), is the name the notice gives it: joined the lines.",
                        review=True))
                index = title_end
                continue
            index += 1
            continue
        result.append(node)
        index += 1
    return result, repairs


# A notice's contact line, the last before its 落款 (「联系人：某某；联系电话：88318192」
# 「办公地点：西区主楼215办公室」): labelled fields, short, no sentence.
CONTACT_LINE_MAX = 60


def _contact_line(text: str) -> bool:
    line = strip_tags(text).strip()
    return (len(line) <= CONTACT_LINE_MAX and CONTACT_LABEL.match(line) is not None
            and not ends_sentence(line))


LOOSE_SIGNATURE_LINES = 4  # short lines of a 落款 not read as one, under the sentence
LOOSE_SIGNATURE_LINE_MAX = 24  # characters of such a line


def _loose_signature(result: list[Node]) -> int | None:
    """Where the short lines ending the nodes so far begin (len(result): none) when they
    stand under a finished sentence, else None: a 落款 and its 附注 the passes could not
    read (「某县人民政府办公室」「（此件公开发布）」「{ 2017 6 23」), up to four lines."""
    at = len(result)
    while at > 0 and len(result) - at < LOOSE_SIGNATURE_LINES and _plain_paragraph(
            result[at - 1]) and "\n" not in result[at - 1].text and len(
            result[at - 1].text.strip()) <= LOOSE_SIGNATURE_LINE_MAX and not ends_sentence(
            result[at - 1].text) and not roles.is_attachment_line(result[at - 1].text):
        at -= 1
    if at > 0 and _plain_paragraph(result[at - 1]) and ends_sentence(result[at - 1].text):
        return at
    return None


def _signature_lines(lines: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Such lines as the 落款: each run of them besides the 附注 one signature block."""
    result: list[Node] = []
    repairs: list[Repair] = []
    run: list[Node] = []
    for node in [*lines, None]:
        if node is not None and not roles.is_trailer(node.text):
            run.append(node)
            continue
        if run:
            segments, offset = [], 0
            for part in run:
                segments.append((offset, part.line))
                offset += len(part.text) + 1
            signature = Node("signature", "\n".join(p.text for p in run), tuple(segments))
            result.append(signature)
            repairs.append(_role_repair(
                "signature", signature, "::: signature", "Short lines between the sentence "
                "issuing a document and that document's title: made them the notice's 落款 "
                "(signature block), though no date could be read in them.", review=True))
            run = []
        if node is not None:
            result.append(node)
    return result, repairs


def _broken_name(nodes: list[Node], at: int, names: set[str]) -> Node | None:
    """Two short lines from `at` that together, and only so, are a name the notice gave a
    document (「关于进一步加强新时代」 ⏎ 「基层治理工作的实施意见」): one node of both."""
    if at + 1 >= len(nodes):
        return None
    first, second = nodes[at], nodes[at + 1]
    if not (_plain_paragraph(first) and _plain_paragraph(second)
            and "\n" not in first.text and "\n" not in second.text
            and not ends_sentence(first.text) and not ends_sentence(second.text)
            and names_quoted_document(first.text + second.text, names)):
        return None
    text = join_lines(first.text, second.text)
    cut = len(text) - len(second.text)
    return replace(first, text=text, segments=first.segments + tuple(
        (cut + start, line) for start, line in second.segments))


NOTE_FIRST_ITEM = re.compile(r"^(?:注|说明|备注|注释)\s*[：:]\s*(?:[（(]?1\s*[)）.．、]|[⑴①])")
NOTE_ITEM = re.compile(r"^(?:[（(]?(\d{1,2})\s*[)）.．、]|([\u2474-\u2487])|([\u2460-\u2473]))")


def _note_item(text: str) -> int | None:
    """The number opening a note's item: 「2.」「（2）」「⑵」「②」 → 2, else None."""
    match = NOTE_ITEM.match(text)
    if not match:
        return None
    if match[1]:
        return int(match[1])
    return ord(match[2]) - 0x2473 if match[2] else ord(match[3]) - 0x245F


def _numbered_notes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """「注：1.……」 then 「2.……」「3.……」 on lines of their own: one note of numbered items
    (each item a paragraph of it), not a note and loose paragraphs."""
    result: list[Node] = []
    repairs: list[Repair] = []
    expected = 0
    for node in nodes:
        previous = result[-1] if result else None
        item = _note_item(node.text) if _plain_paragraph(node) else None
        if previous is not None and previous.kind == "note" and expected and item == expected:
            cut = len(previous.text) + 2
            result[-1] = replace(previous, text=previous.text + "\n\n" + node.text,
                                 segments=previous.segments + tuple(
                                     (cut + start, line) for start, line in node.segments))
            repairs.append(_role_repair("note", node, "::: note", f"Item {expected} of the "
                                        "numbered note above: made it part of the note.",
                                        review=False))
            expected += 1
            continue
        expected = 2 if node.kind == "note" and NOTE_FIRST_ITEM.match(node.text) else 0
        result.append(node)
    return result, repairs


# CLOSING_NOTES: a statistics release ends with its notes under a label alone —
# 「指标解释：」「名词解释：」「附注：」 — each term's explanation a paragraph, to the end of
# the text: one note, not the release's last paragraphs.
CLOSING_NOTES_LABEL = re.compile(r"^(?:指标解释|名词解释|主要指标解释|附注|注释|注)\s*[：:]$")
CLOSING_NOTES_MAX = 12  # paragraphs under the label


def _closing_notes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """The label alone and the plain paragraphs under it to the end (a 落款 or footnotes
    after them aside): one note."""
    end = len(nodes)
    while end > 0 and nodes[end - 1].kind in ("signature", "footnote"):
        end -= 1
    start = end - 1
    while start >= 0 and end - start <= CLOSING_NOTES_MAX + 1 and _plain_paragraph(
            nodes[start]) and not CLOSING_NOTES_LABEL.match(roles.plain(nodes[start].text)):
        start -= 1
    if start < 0 or start == end - 1 or not (
            nodes[start].kind in ("paragraph", "note") and not nodes[start].box
            and CLOSING_NOTES_LABEL.match(roles.plain(nodes[start].text))):
        return nodes, []
    parts = nodes[start:end]
    text, segments = "", []
    for part in parts:
        cut = len(text) + 2 if text else 0
        text = f"{text}\n\n{part.text}" if text else part.text
        segments += [(cut + offset, line) for offset, line in part.segments]
    note = Node("note", text, tuple(segments))
    return nodes[:start] + [note] + nodes[end:], [_role_repair(
        "note", note, "::: note", f"A notes label alone at the end "
        f"(「{roles.plain(parts[0].text)}」) and the {len(parts) - 1} paragraphs under it: made "
        "them one note.", review=False)]


def signature_date(nodes: list[Node]) -> tuple[dt.date | None, list[Repair]]:
    """The date of the first 落款 in the text (a notice signed before the plan it issues),
    when nothing else dated the article."""
    for node in nodes:
        if node.kind != "signature":
            continue
        # (the last line that is a date: a judgment's clerk signs under it)
        last, date = next(((line, found) for line in reversed(node.text.split("\n"))
                           if (found := read_date(re.sub(r"\s", "", line))) is not None),
                          ("", None))
        if date is not None:
            return date, [Repair("signature-date", node.line_at(node.text.rfind(last)), last,
                                 f"date: {date}", "Took the date of the signature (落款) as "
                                 "the date; the line stays.")]
    return None, []


def _footnote_references(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    labels = {node.label for node in nodes if node.kind == "footnote"}
    # A text that calls its notes with explicit marks (「Lucene[^1]」) cites its references
    # with bracketed numbers (「Gu 等人[2]」): those are no calls of the notes.
    explicit = any(re.search(r"\[\^\d{1,3}\](?![:：])", node.text) for node in nodes
                   if node.kind != "footnote")
    if not labels or explicit:
        return nodes, []
    repairs = []
    result = []
    for node in nodes:
        if node.kind in ("paragraph", "heading", "note", "caption", "quote"):
            def mark(match: re.Match[str]) -> str:
                return f"[^{match.group(1)}]" if match.group(1) in labels else match.group(0)
            text = roles.FOOTNOTE_REFERENCE.sub(mark, node.text)
            if text != node.text:
                repairs.append(Repair("footnote-reference", node.line,
                                      excerpt(node.text, 0, 0, 20), excerpt(text, 0, 0, 20),
                                      "Made the note numbers in the text footnote references."))
                node = _with_marks(node, text)
        result.append(node)
    return result, repairs


def _with_marks(node: Node, text: str) -> Node:
    """The node with its note marks rewritten: its segments' offsets hold while the text
    keeps its length; else only the first (the node is one source block's anyway)."""
    return replace(node, text=text) if len(text) == len(node.text) else \
        replace(node, text=text, segments=node.segments[:1])


# (a mark escaped, 「\[^1]」, is a code sample's text; one opening a line before a colon is
# a note's definition the reader left as text)
FOOTNOTE_MARK = re.compile(r"(?<!\\)\[\^([^\]\s]+)\]")


def _repeated_footnote_marks(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A note the text calls twice (a wiki's named citation, a Markdown author's 「[^1]」
    again) would make the article refuse to build — a printed note has one mark: each later
    mark calls a copy of the note of its own, set after the note (「[^1-2]」)."""
    labels = {node.label for node in nodes if node.kind == "footnote"}
    seen: dict[str, int] = {}
    copies: dict[str, list[str]] = {}
    repairs: list[Repair] = []
    result: list[Node] = []
    for node in nodes:
        if node.kind == "footnote":
            result.append(node)
            continue

        def mark(match: re.Match[str], text: str = node.text) -> str:
            label = match.group(1)
            if label not in labels or match.start() == 0 and text[match.end():][:1] in (
                    ":", "："):
                return match.group(0)
            seen[label] = seen.get(label, 0) + 1
            if seen[label] == 1:
                return match.group(0)
            copy = f"{label}-{seen[label]}"
            copies.setdefault(label, []).append(copy)
            return f"[^{copy}]"

        text = FOOTNOTE_MARK.sub(mark, node.text)
        if text != node.text:
            repairs.append(Repair("footnote-called-again", node.line, excerpt(node.text, 0, 0, 20),
                                  excerpt(text, 0, 0, 20),
                                  "The text calls a note it called before: that mark calls a "
                                  "copy of the note (a printed note has one mark)."))
            node = _with_marks(node, text)
        result.append(node)
    if not copies:
        return nodes, []
    placed: list[Node] = []
    for node in result:
        placed.append(node)
        if node.kind == "footnote":
            placed += [replace(node, label=copy) for copy in copies.get(node.label, [])]
    return placed, repairs


def _notes_heading(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A heading over nothing but the text's notes (a wiki's 「參考資料」, a blog's 「脚注」
    over its `[^1]: …` lines) prints over an empty section: the notes print at the foot of
    the pages that call them. The heading is the source's, and stays; the editor is asked."""
    repairs: list[Repair] = []
    for index, node in enumerate(nodes):
        if node.kind != "heading":
            continue
        following = nodes[index + 1:]
        end = next((i for i, later in enumerate(following) if later.kind != "footnote"),
                   len(following))
        if end and (end == len(following) or following[end].kind == "heading"):
            repairs.append(Repair(
                "notes-heading", node.line, node.text.strip(), "",
                f"The heading 「{node.text.strip()}」 stands over the notes alone: they print at "
                "the foot of the pages that call them, so it prints over nothing — delete it "
                "from article.md unless the section is to get text of its own.", review=True))
    return nodes, repairs


def _unreferenced_footnotes(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """A footnote that no mark in the text calls (a Markdown source's leftover note, a
    note whose number the text lost) would make the article refuse to build: it is kept,
    as a note where it stands, and the editor asked where it belongs."""
    called = {match for node in nodes if node.kind != "footnote"
              for match in re.findall(r"\[\^([^\]\s]+)\]", node.text)}
    repairs = []
    result = []
    for node in nodes:
        if node.kind == "footnote" and node.label not in called:
            repairs.append(_role_repair(
                "footnote-never-called", node, f"::: note (was [^{node.label}])",
                f"No mark in the text calls footnote [^{node.label}]: kept it as a note where "
                "it stands. Put the mark where the note belongs, or leave it a note.",
                review=True))
            node = replace(node, kind="note", label="")
        result.append(node)
    return result, repairs
