"""Plain text and Markdown: the file is already the form the importer reads."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.readers import Article, ReadOptions
from briefing.importer.source import decode_article

KIND = "text"


def sniff(data: bytes, path: Path) -> bool:
    return True  # the last reader tried: whatever is left is read as text


def read(path: Path, data: bytes, options: ReadOptions) -> Article:
    return Article(decode_article(data, path), KIND)
