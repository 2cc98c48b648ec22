"""Size limits: inputs a briefing cannot typeset sensibly are refused at once, with a fix.

Every stage is near-linear in its input (bench/scale.py measures it), but layout is not
free: a 200,000-character paragraph is a hundred pages with no break, a table of 5,000
rows 170 pages of one table. Such inputs are almost always a mistake (a text pasted
without its line breaks, a saved web page, a spreadsheet pasted whole), so they are
refused before the slow stages, in well under a second, naming the file, the line and
the limit. The README ("Size limits") states each one.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.errors import InputError

# A file the importer reads or the loader loads (the raw text, article.md, figures.yaml):
# about 330,000 Chinese characters, some 200 pages.
MAX_FILE_BYTES = 1_000_000
# One paragraph (one line of the raw text): some ten pages with no paragraph break.
MAX_PARAGRAPH_CHARS = 20_000
# One line of article.md, its markup (<sub>, links, a table row's cells) included: refused
# before parsing; the paragraph limit counts the text once parsed.
MAX_LINE_CHARS = 2 * MAX_PARAGRAPH_CHARS
# One table's body cells: 500 rows of 5 columns, some 17 pages of one table. Layout costs
# per cell (WeasyPrint lays each out as a block of lines: ~1 ms), so cells, not rows.
MAX_TABLE_CELLS = 2_500
# Key-figure rows in figures.yaml, all groups together: the tables and charts of the
# figures that matter, not a data set (each row is a table row and a chart's bar).
MAX_FIGURE_ROWS = 200


def check_file_size(path: Path, size: int, what: str) -> None:
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{what} is {size / 1e6:.1f} MB, over the limit of {MAX_FILE_BYTES / 1e6:g} MB "
            "(about 330,000 characters, some 200 pages)", file=path,
            fix="split the text into several briefings, or import only the article itself")


# An HTML tag inside a line of the raw text (a Word page saved as HTML and kept as .md sets
# a whole section on one line, its spans' styles many times its words): markup, no text.
MARKUP_TAG = re.compile(r"<[^<>\n]{0,2000}>")


def long_line(text: str, limit: int = MAX_PARAGRAPH_CHARS,
              markup: bool = False) -> tuple[int, int] | None:
    """The first line longer than `limit` characters: (its number, its length) — with
    `markup`, its text without the HTML tags it holds."""
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > limit:
            length = len(MARKUP_TAG.sub("", line)) if markup else len(line)
            if length > limit:
                return number, length
    return None


def paragraph_problem(length: int, what: str = "a line") -> str:
    return (f"{what} of {length:,} characters, over the limit of "
            f"{MAX_PARAGRAPH_CHARS:,} for a paragraph (some ten pages without a break)")


PARAGRAPH_FIX = ("break it into paragraphs (a text copied without its line breaks: "
                 "copy it again, or add a blank line after each paragraph's end)")


def table_problem(rows: int, cells: int) -> str:
    return (f"a table of {rows:,} rows and {cells:,} cells, over the limit of "
            f"{MAX_TABLE_CELLS:,} cells (500 rows of 5 columns: some 17 pages of one table)")


TABLE_FIX = ("keep the rows the briefing needs (a summary, the top rows) and give the full "
             "data as a separate file; or split the table")


# A Markdown table's rows: lines starting with '|' (after any '>' of a quote).
TABLE_LINE = re.compile(r"[ \t>]*\|")


def long_table(text: str, limit: int = MAX_TABLE_CELLS) -> tuple[int, int, int] | None:
    """The first run of table lines with more than `limit` body cells (after a header row
    and its delimiter row): (its first line's number, its body rows, their cells)."""
    first, rows, cells = 0, 0, 0
    for number, line in enumerate([*text.split("\n"), ""], 1):
        if TABLE_LINE.match(line):
            if not rows:
                first, cells = number, 0
            rows += 1
            if rows > 2:
                cells += line.strip(" \t>").strip("|").count("|") + 1
            continue
        if cells > limit:
            return first, rows - 2, cells
        rows = 0
    return None


def figure_rows_problem(rows: int) -> str:
    return (f"{rows:,} key-figure rows, over the limit of {MAX_FIGURE_ROWS:,} (key figures "
            "are the few that matter, not a data set)")


FIGURE_ROWS_FIX = ("keep the figures the briefing needs; a data set belongs in a table of "
                   "article.md or a file of its own")


# The marks of a web page saved as HTML: its document tags. (A Markdown text from a
# publishing tool may hold <p>, <div>, even <style> and <script>, and is imported as such.)
HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
# A PDF-to-Markdown converter (MinerU and its kin) sets each table it finds as a whole HTML
# document on one line of the Markdown, 「<html><body><table>…</table></body></html>」: a
# table of the text, not a saved page — PaddleOCR's inside a centring 「<div …>」 too.
WRAPPED_TABLE = re.compile(r"^[ \t]*(?:<div[^>]*>[ \t]*)?<html>[ \t]*<body>[ \t]*"
                           r"(<table[\s>].*</table>)[ \t]*</body>[ \t]*</html>[ \t]*"
                           r"(?:</div>[ \t]*)?$", re.I | re.M)


def looks_like_html(text: str) -> bool:
    return HTML_DOCUMENT.search(WRAPPED_TABLE.sub("", text)) is not None
