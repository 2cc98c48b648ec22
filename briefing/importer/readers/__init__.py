"""Readers: a file as people have it (text, Word, a web page, a PDF, a wiki's wikitext) →
the article's text.

Every reader returns the same `Article`: the text in the Markdown-like form the importer
reads (`#` headings, paragraphs between blank lines, `**bold**`, pipe tables with `^`/`<`
span markers, `[^1]` footnotes),
the front-matter facts the file itself states, and its images (bytes, a suggested name,
the caption). A caption stands in the text as a paragraph of its own; the reader's word
that it is one (`Image.caption`, `Article.captions`) makes it a figure after the structure
recovery (importer/images.py), whatever that recovery guessed. The structure recovery and
the import report then do the same for every kind of file.

A reader is a module with `KIND`, `sniff(data, path) -> bool` and
`read(path, data, options) -> Article`; `READERS` lists them in the order they are tried,
text last. The choice is by content (magic bytes, the start of the markup), the file name
only breaking a tie. Adding a reader (.odt, e-mail) is a module and a line in `READERS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from briefing.errors import InputError

# The largest file any reader takes: a magazine issue's PDF or a Word file full of photos
# fits, an archive dump does not.
MAX_BYTES = 50 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, and encrypted .docx


@dataclass(frozen=True)
class Image:
    """A photo of the source: its bytes, a suggested file name, and what stands under it."""

    name: str  # e.g. "image1.jpeg": no folder, unique within the article
    data: bytes
    caption: str | None = None  # the caption's text as it stands in Article.text
    alt: str | None = None
    after: str | None = None  # the start of the paragraph before it, where there is no caption


@dataclass
class Article:
    """What every reader returns."""

    text: str
    kind: str  # the reader: text, docx, html, pdf
    facts: dict[str, str] = field(default_factory=dict)  # title, authors, date, source, url
    images: list[Image] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # photo captions without an image
    notes: list[str] = field(default_factory=list)  # what the reader dropped, for the report
    # tables whose grid the reader guessed: (first line in `text`, where and how) — the
    # importer holds them (heldtables.py)
    guessed_tables: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ReadOptions:
    pages: tuple[int, int] | None = None  # a PDF's page range, 1-based, inclusive


def _readers() -> list[ModuleType]:
    from briefing.importer.readers import docx, html, pdf, text, wikitext

    return [pdf, docx, html, wikitext, text]


def read_source(source: Path, options: ReadOptions | None = None) -> Article:
    """The article in `source`, read by the reader its content calls for.

    Raises InputError (exit 2) for a missing, empty, oversized or unreadable file.
    """
    options = options or ReadOptions()
    if not source.is_file():
        raise InputError("no such file", file=source,
                         fix="check the path of the article to import")
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"the file is {size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB "
            "an article may have", file=source,
            fix="import the pages you need (--pages 12-15 for a PDF), or save the article "
                "alone (without its attachments) and import that file")
    data = source.read_bytes()
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(
                "this Word file is password-protected (encrypted)", file=source,
                fix="open it with its password in Word or WPS, remove the password (File → "
                    "Info → Protect Document), save it as .docx and import that file")
        raise InputError(
            "this is an old-style Word or WPS file (.doc/.wps), not a .docx", file=source,
            fix="open it in Word, WPS or LibreOffice, save it as .docx (Word document) and "
                "import that file")
    if options.pages is not None and not data.startswith(b"%PDF-"):
        raise InputError("--pages is for a PDF, and this file is not one", file=source,
                         fix="leave out --pages")
    for reader in _readers():
        if reader.sniff(data, source):
            return reader.read(source, data, options)
    raise AssertionError("the text reader takes every file")  # pragma: no cover


def parse_pages(text: str) -> tuple[int, int]:
    """「12-15」 or 「3」 → (first, last), 1-based; InputError otherwise."""
    parts = text.replace("–", "-").split("-")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) == 1:
        numbers *= 2
    if len(numbers) != 2 or numbers[0] < 1 or numbers[1] < numbers[0]:
        raise InputError(f"--pages {text}: not a page range", fix="give e.g. --pages 12-15 "
                         "(first and last page, counted from 1) or --pages 3")
    return numbers[0], numbers[1]
