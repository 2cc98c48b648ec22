"""A transcript's turns (答记者问, 部长通道, 访谈实录) when the speaker stands on a line of its
own, as live-text pages and their copies set them:

    主持人 某某某：
    大家上午好，……
    2024-03-08 10:49:41
    某某报记者：
    请问……？

A reader's conventions:

- **A speaker's label heads the turn under it.** A short line ending in a colon that
  names a speaker — a role (主持人, 记者, 发言人), an office and a name (「某某部部长 某某」)
  or a bare name (「某某：」) — is not a paragraph of its own: it is the run-in lead of
  the words that follow, written as the corpus golds write a transcript's turns,
  「**某某：**大家上午好……」. Read only in a transcript: a text where a label names a
  host, a reporter or a spokesman (「…主持人某某：」「某某台记者：」) or a 问/答; a label elsewhere
  (「一等奖：」 over a list) is left alone.
- **A live page's time stamps are its furniture.** 「2024-03-08 10:49:41」 alone on a line
  right above a speaker's label is the time the page posted the turn: dropped, as a
  named repair; its date is the text's date when nothing else gives one.
- **A live text's marks on every post are its furniture too.** A live page (图文直播)
  posts a speech or a report a paragraph at a time, each post opening with the speaker
  in brackets and a colon (「[某某]:」) and closing with the time it was posted
  (「[09:05]」). When the same bracketed speaker opens most of the text's lines (or the
  same form of time stamp closes them), the marks are the page's, not the speech's:
  taken off each line, each a named repair (the first for review); the one speaker of
  every post, when it is a person's name, is the text's author when no byline names one
  (`live_text_marks`).
- **A turn whose label runs into its words is told, not set.** Where the copy keeps each
  speaker's label at the head of the turn's paragraph (「主持人：各位记者……」「某某：谢谢
  你的提问……」), the label is already where a reader looks for it; whether it is set as a
  bold run-in lead is the editor's choice (copies and editors differ). A transcript's
  such turns (a host, a reporter or a 问/答 among their labels) are
  named together in one doubt, the text left as it is (`unmarked_turns`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.importer import roles
from briefing.importer.chars import SURNAMES, excerpt, simplified, strip_tags
from briefing.importer.records import Repair
from briefing.importer.repairs import heading_numbering

if TYPE_CHECKING:  # structure imports this module
    from briefing.importer.draft import Node
    from briefing.importer.parse import RawBlock

LABEL_MAX = 40
# The label: no sentence's punctuation in it (a name may carry a pinyin gloss, 「曲衛(wèi)國」,
# or a list of offices, 「副主任、主持人」), then the colon, and nothing after it.
LABEL = re.compile(r"^(?P<label>[^，。；！？,;!?：:“”\"]{1,40}?)\s*[：:]$")
# The roles whose label makes a text a transcript (a host, a reporter, a spokesman, or
# the 问/答 of an interview).
HOST_OR_REPORTER = re.compile(r"主持人|记者|发言人|^问$|^答$")
# …and the roles a speaker of a transcript may carry besides.
SPEAKER_ROLE = re.compile(r"主持人|记者|发言人|嘉宾|网友|提问|回答|^问$|^答$")
# 「某某部部长 某某某」「阚珂」: a name (2–4 Han, a middle dot) after the office, or alone.
NAME = re.compile(r"(?:^|[\s\u3000])[\u4e00-\u9fff·]{2,4}"
                  r"(?:[(（][a-zA-Z\u00c0-\u024f]+[)）][\u4e00-\u9fff]?)*$")
TIME_STAMP = re.compile(
    r"^(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$")


def speaker_label(text: str) -> str | None:
    """The label of a line that is a speaker's label alone (see the module), else None."""
    line = simplified(strip_tags(text).strip())
    found = LABEL.match(line) if len(line) <= LABEL_MAX + 1 else None
    if not found or roles.is_salutation(line) or heading_numbering(line).rank:
        return None
    label = found["label"].strip()
    if SPEAKER_ROLE.search(label) or NAME.search(label):
        return label
    return None


def _person(label: str) -> bool:
    """A label naming a person: a role, or a name opening with a surname (「唐鳳」)."""
    name = NAME.search(label)
    return bool(SPEAKER_ROLE.search(label)) or bool(
        name and simplified(name[0].strip())[0] in SURNAMES)


def _plain(node: Node) -> bool:
    return node.kind == "paragraph" and not node.role and not node.box


def _label_node(node: Node) -> bool:
    """A paragraph, or a Markdown heading (「### 某某：」: a transcript's speaker set as a
    heading by its publishing tool), that is a speaker's label alone."""
    return ((_plain(node) or (node.kind == "heading" and node.marker > 0))
            and speaker_label(node.text) is not None)


# A conversation: the same few speakers' labels over the turns, again and again (an
# interview's 「某某：」 and 「某某：」 in turn), the evidence of a transcript without a host's
# or a reporter's label. A list's labels (「一等奖：」「二等奖：」) each stand once.
CONVERSATION_TURNS = 4
CONVERSATION_SPEAKERS = range(2, 5)


def _conversation(labels: list[str]) -> bool:
    """…and one of them a person (a minute's fields — 「汇报人：」「结论：」「遗留问题：」 over
    each item — name none: no conversation)."""
    counts = Counter(labels)
    return (len(labels) >= CONVERSATION_TURNS and len(counts) in CONVERSATION_SPEAKERS
            and min(counts.values()) >= 2 and any(_person(label) for label in counts))


def speaker_turns(nodes: list[Node]) -> tuple[list[Node], list[Repair], dt.date | None]:
    """In a transcript (see the module), each speaker's label joined to the turn under it
    as its bold run-in lead, and the live page's time stamps above the labels dropped:
    (nodes, repairs, the first stamp's date or None)."""
    labels = {index for index, node in enumerate(nodes)
              if _label_node(node)
              and index + 1 < len(nodes) and _plain(nodes[index + 1])
              and not speaker_label(nodes[index + 1].text)}
    named = [speaker_label(nodes[index].text) or "" for index in sorted(labels)]
    if not any(HOST_OR_REPORTER.search(label) for label in named) and not _conversation(named):
        return nodes, [], None
    result: list[Node] = []
    repairs: list[Repair] = []
    stamp_date = None
    skip = False
    for index, node in enumerate(nodes):
        if skip:
            skip = False
            continue
        stamp = TIME_STAMP.match(node.text.strip()) if _plain(node) else None
        if stamp and index + 1 in labels:
            stamp_date = stamp_date or dt.date.fromisoformat(
                "-".join(f"{int(part):02d}" for part in stamp["date"].split("-")))
            repairs.append(Repair(
                "live-time-stamp", node.line, node.text.strip(), "",
                "Dropped the live page's time stamp above a speaker's turn (when the page "
                "posted it; no word of the transcript)."))
            continue
        if index not in labels:
            result.append(node)
            continue
        words = nodes[index + 1]
        lead = f"**{node.text.strip().lstrip('#').strip()}**"
        segments = ((0, node.line),) + tuple((offset + len(lead), line)
                                         for offset, line in words.segments)
        result.append(replace(words, text=lead + words.text, segments=segments))
        # Reading the text as a transcript is one decision: its first lead is the spot
        # to review, not every turn.
        first = not any(repair.kind == "speaker-lead" for repair in repairs)
        repairs.append(Repair(
            "speaker-lead", node.line, node.text.strip(), lead,
            "A speaker's label on a line of its own in a transcript: made it the bold "
            "run-in lead of the turn under it" + (
                " (and so every turn's: check that the text is a transcript)."
                if first else "."), review=first))
        skip = True
    return result, repairs, stamp_date


# 「[溫家寶]:」「【主持人】：」 opening a post; 「[09:05]」「［10:12:30］」 closing it.
LIVE_TAG = re.compile(
    r"^[\[［【](?P<name>[^\[\]［］【】\s]{1,12})[\]］】][ \t\u3000]*[:：][ \t\u3000]*")
LIVE_STAMP = re.compile(r"[ \t\u3000]*[\[［]\d{1,2}:\d{2}(?::\d{2})?[\]］]$")
LIVE_MARKS_MIN = 3  # lines carrying the mark: fewer may be the text's own brackets
PERSON = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def live_text_marks(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair], str | None]:
    """The blocks without a live page's speaker tags and time stamps (see the module):
    (blocks, repairs, the speaker whose tag opened the posts, or None)."""
    lines = [line.text.strip() for block in blocks if block.kind == "text"
             for line in block.lines if line.text.strip()]
    names = Counter(found["name"] for found in map(LIVE_TAG.match, lines) if found)
    speaker, tagged = names.most_common(1)[0] if names else (None, 0)
    stamped = sum(1 for line in lines if LIVE_STAMP.search(line))
    strip_tags_ = tagged >= LIVE_MARKS_MIN and tagged * 2 > len(lines)
    strip_stamps = stamped >= LIVE_MARKS_MIN and stamped * 2 > len(lines)
    if not strip_tags_ and not strip_stamps:
        return blocks, [], None
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in blocks:
        if block.kind != "text":
            result.append(block)
            continue
        kept = []
        for line in block.lines:
            text = line.text
            tag = LIVE_TAG.match(text.strip()) if strip_tags_ else None
            if tag and tag["name"] == speaker:
                text = text.strip()[tag.end():]
            stamp = LIVE_STAMP.search(text) if strip_stamps else None
            if stamp:
                text = text[:stamp.start()]
            if text != line.text:
                marks = " … ".join(mark.group(0).strip() for mark in (tag, stamp) if mark)
                repairs.append(Repair(
                    "live-text-mark", line.number, excerpt(line.text, 0, 0, 16), marks and
                    excerpt(text, 0, 0, 16),
                    f"Took off the live page's marks {marks} (the speaker's tag and the time "
                    "each post was made, on most of the text's lines: the page's, not words "
                    "of the speech)" + (" — check that the text is a live text's posts."
                                        if not repairs else "."), review=not repairs))
                line = replace(line, text=text)
            kept.append(line)
        result.append(block.with_lines(kept))
    # the speaker as the author: a person's name only (「[主持人]:」 names a role)
    named = strip_tags_ and speaker is not None and PERSON.fullmatch(
        simplified(speaker)) is not None and not SPEAKER_ROLE.search(simplified(speaker))
    return result, repairs, speaker if named else None


# 「主持人（某某）：各位记者……」: the label, its colon, then the turn's words.
INLINE_LABEL = re.compile(
    r"^(?P<label>[^，。；！？,;!?：:“”\"*]{1,40}?)\s*[：:](?P<rest>\S.*)$", re.S)
UNMARKED_TURNS = "unmarked-turns"
UNMARKED_TURNS_MIN = 1  # a host's or reporter's label is evidence enough alone


# A page's field labels are no speakers (「来源：某某网」「时间：…」).
FIELD_LABELS = frozenset({"来源", "作者", "时间", "日期", "编辑", "责任编辑", "摄影", "校对",
                          "审核", "发布", "发布时间", "发布日期", "出处", "原标题", "地点"})


def _inline_label(node: Node) -> str | None:
    if not _plain(node) or node.text.startswith("**"):
        return None
    found = INLINE_LABEL.match(node.text.strip())
    # (a field's label, or a dateline's 「某报北京6月16日电 记者 某某」: no speaker)
    if not found or simplified(found["label"].strip()) in FIELD_LABELS or re.search(
            r"\d", found["label"]):
        return None
    return speaker_label(found["label"] + "：")


def unmarked_turns(nodes: list[Node]) -> list[Repair]:
    """One doubt naming a transcript's turns whose labels run into their words (see the
    module), or none."""
    turns = [(node, label) for node in nodes if (label := _inline_label(node))]
    if len(turns) < UNMARKED_TURNS_MIN or not any(
            HOST_OR_REPORTER.search(label.lstrip("▲△■□●○◆◇★☆")) for _, label in turns):
        return []
    firsts: dict[str, Node] = {}  # each speaker's first turn: the label to decide on
    for node, label in turns:
        firsts.setdefault(label, node)
    names = "\n".join(excerpt(node.text, 0, 0, 14) for node in firsts.values())
    return [Repair(
        UNMARKED_TURNS, turns[0][0].line, names, names,
        f"{len(turns)} paragraphs open with a speaker's label run into the words (a "
        f"transcript's turns; named: each of the {len(firsts)} speakers' first): check the "
        "labels — set each as a bold run-in lead (**某某：**) if the briefing should show "
        "the turns so")]
