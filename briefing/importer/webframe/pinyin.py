"""Pinyin run into the words by a copying site's broken Traditional conversion (see the
package's docstring): read through for recognition (`read_through_pinyin`), kept in the text
and told once (`pinyin_notes`)."""

from __future__ import annotations

import re

from briefing.importer.parse import RawBlock
from briefing.importer.records import Repair

# PINYIN_NOTE: a copying site's broken Traditional conversion runs a character's pinyin,
# tone marks and all, into the words after it (「關(guān)于」「時(shí)間」「關(guān)注我們」). A
# reader reads the words through it; the importer never changes them (the golds keep the
# pinyin: the text is the source's), but reads furniture, labels and a document's title
# through it, and tells the editor once (pinyin_notes).
PINYIN_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]")


def read_through_pinyin(text: str) -> str:
    """The line as a reader reads it, PINYIN_NOTE passed over (for recognition only)."""
    return PINYIN_NOTE.sub("", text)


def pinyin_notes(blocks: list[RawBlock]) -> list[Repair]:
    """One spot naming a text whose words carry pinyin notes (PINYIN_NOTE): kept as the
    source has them, the editor checks them against the original."""
    places = [(line.number, line.text.strip()) for block in blocks if block.kind != "comment"
              for line in block.lines if PINYIN_NOTE.search(line.text)]
    if not places:
        return []
    count = sum(len(PINYIN_NOTE.findall(text)) for _, text in places)
    number, text = places[0]
    note = PINYIN_NOTE.search(text)
    excerpt = text[max(0, note.start() - 4):note.end() + 4]
    return [Repair(
        "pinyin-in-words", number, excerpt, excerpt,
        f"The text runs pinyin into its words ({count} times on {len(places)} lines, "
        f"「{excerpt}」): a copying site's broken Traditional conversion. Kept as the source "
        "has it — check against the original publication and delete the pinyin if it has "
        "none.", review=True)]
