"""The line shapes the web frame's passes share (see the package's docstring): a line's plain
text, a line of the article's running text, an image alone on its line, a date."""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END

# An image alone on a line (linked or not), as Markdown or HTML: no text of its own.
IMAGE_ONLY = re.compile(
    r"^\s*(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|<img\b[^>]*>)\s*$", re.I)
DATE_LINE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[〇○一二三四五六七八九零]{4}年")
HEAD_LINE_MIN = 40  # the first line this long (plain) is the body's first paragraph


def plain_text(text: str) -> str:
    """A line's text without Markdown emphasis, headings' marks, images and tags."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"<[^>]+>", "", text).replace("**", "").replace("__", "")
    return text.strip().lstrip("#").strip()


def is_body_line(text: str) -> bool:
    """A line of the article's running text: long, or a sentence."""
    plain = plain_text(text).rstrip("”’」』）)")
    return len(plain) >= HEAD_LINE_MIN or (len(plain) >= 15 and plain[-1:] in SENTENCE_END)
