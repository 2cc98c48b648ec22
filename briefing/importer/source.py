"""Reading the raw article, refusing what is not a Chinese text file, and naming its folder."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.errors import InputError
from briefing.importer.chars import has_han
from briefing.limits import (
    PARAGRAPH_FIX,
    TABLE_FIX,
    check_file_size,
    long_line,
    long_table,
    looks_like_html,
    paragraph_problem,
    table_problem,
)

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def read_article(source: Path) -> str:
    """The article's text (UTF-8, newlines normalised); InputError with a fix otherwise."""
    if not source.is_file():
        raise InputError("no such file", file=source,
                         fix="check the path of the article to import")
    return decode_article(source.read_bytes(), source)


def decode_article(data: bytes, source: Path) -> str:
    """A text file's bytes → its text (UTF-8, newlines normalised); InputError otherwise."""
    check_file_size(source, len(data), "the file")
    if not data.strip():
        raise InputError("the file is empty", file=source,
                         fix="save the article's text into this file (UTF-8), then import again")
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise InputError(
            f"this is a binary file, not text (a NUL byte at byte offset {offset})",
            file=source, line=data[:offset].count(b"\n") + 1,
            fix="import a .txt, .md, .docx, .html or .pdf file; export other kinds as one of "
                "these")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text: byte 0x{data[error.start]:02x} at byte offset {error.start} "
            "cannot be decoded", file=source, line=data[:error.start].count(b"\n") + 1,
            fix="save the file as UTF-8 (e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`)",
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not has_han(text):
        raise InputError("no Chinese text in the file", file=source,
                         fix="import the Chinese article itself (this importer reads "
                             "Simplified Chinese text)")
    if looks_like_html(text):
        raise InputError(
            "this looks like an HTML page (a saved web page), not the article's text",
            file=source,
            fix="save the page as a .html file and import that (the web-page reader finds "
                "the article in it), or copy the article's text into a UTF-8 .txt file")
    if (found := long_line(text, markup=True)) is not None:
        raise InputError(paragraph_problem(found[1]), file=source, line=found[0],
                         fix=PARAGRAPH_FIX)
    if (found := long_table(text)) is not None:
        raise InputError(table_problem(found[1], found[2]), file=source, line=found[0],
                         fix=TABLE_FIX)
    return text


def default_slug(source: Path) -> str:
    """The file's stem, lowercased, every run of other than [a-z0-9-] made one '-'."""
    slug = re.sub(r"[^a-z0-9-]+", "-", source.stem.lower())
    return re.sub(r"-{2,}", "-", slug).strip("-")


def checked_slug(slug: str | None, source: Path) -> str:
    chosen = default_slug(source) if slug is None else slug
    if not SLUG.fullmatch(chosen):
        what = f"the slug '{chosen}'" if slug is not None else (
            f"the file name '{source.name}' gives no usable folder name")
        raise InputError(f"{what}: a folder name is lowercase a–z, 0–9 and '-'", file=source,
                         fix="pass --slug NAME, e.g. --slug lvliang-2021")
    return chosen
