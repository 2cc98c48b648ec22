"""A raw extraction (`pdftotext`) cleaned: form feeds between pages, or most long lines hard
wrapped at one column width. Page furniture is removed — running heads and folios at page
edges, a journal's masthead, vertical cover text (one character per line), dot-leader
contents, a standard's or a report's cover — a page's foot notes and two interleaved columns
are set apart, and the lines of a paragraph are joined: a line that ends short of the column
ends its paragraph (`clean_extraction`). In a standard, a clause number stuck to its heading
(「1适用范围」) gets its space; a table number (「表1」) is never made a clause. A spaced
label (「摘」「要：」) and a part's number alone (「0」「引言」) are joined, a list's lone
bullet goes, and a chart's axis ticks set one a line.

The package's modules, along the pipeline: `pages` (the pages and their furniture, the
contents), `front` (a paper's head and a standard's or a report's cover, clause numbers),
`charts` (a chart's axis ticks),
`paragraphs` (page titles, columns, foot notes, line repairs, list items, paragraphs
joined), `clean` (`clean_extraction`: the passes in their order)."""

from briefing.importer.extraction.clean import clean_extraction
from briefing.importer.extraction.pages import is_contents_entry

__all__ = ["clean_extraction", "is_contents_entry"]
