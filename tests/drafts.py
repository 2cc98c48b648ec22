"""Drafts of made-up texts for the title-block tests: the importer's structure stage on a
text, and what it kept in the body."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.structure import build_draft

FILE = Path("article.txt")
BODY = "会议指出，要坚持生态优先、绿色发展，持续改善环境质量，推动经济社会全面绿色转型发展。"


def draft_of(text: str):
    return build_draft(text, FILE)


def body_texts(draft) -> list[str]:
    return [node.text for node in draft.nodes]
