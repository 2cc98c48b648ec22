"""A raw extraction cleaned (see the package's docstring): `clean_extraction`, its passes
in their order."""

from __future__ import annotations

import re

from briefing.importer.columns import side_by_side_columns
from briefing.importer.extraction.charts import chart_axes
from briefing.importer.extraction.front import (
    STANDARD,
    STANDARD_HEAD,
    _bracketed_cover_title,
    _classification_fields,
    _clause_numbers,
    _cover_applicant,
    _cover_serial,
    _dated_cover_title,
    _name_above_scope,
    _paper_head,
    _repeated_title,
    _report_cover,
    _spaced_labels,
    _standard_cover,
)
from briefing.importer.extraction.pages import (
    ISSUE_LINE,
    MASTHEAD_LINES,
    _column_of_pages,
    _contents,
    _cover_page,
    _download_codes,
    _issn_masthead,
    _journal_name_lines,
    _masthead_lines,
    _page_furniture,
    _page_stamps,
    _pages,
    _spread_masthead,
    _vertical_text,
    _watermark,
)
from briefing.importer.extraction.paragraphs import (
    _column_paragraphs_joined,
    _hyphenated_words,
    _letter_spaced,
    _list_items,
    _lone_bullets,
    _page_foot_notes,
    _page_titles,
    _paragraphs_around_tables,
    _part_numbers,
    _statements_joined,
    _url_footnotes,
    interleaved_columns,
)
from briefing.importer.flattables import flattened_tables, layout_tables
from briefing.importer.layout import FORM_FEED, Cleaned
from briefing.importer.records import Repair
from briefing.importer.repairs import halfwidth_forms

# ---------------------------------------------------------------- raw extraction


def _without_furniture(lines: list[tuple[int, str]], drop: dict[int, str],
                       repairs: list[Repair]) -> list[tuple[int, str]]:
    """The lines but the dropped furniture, form feeds taken out. A line holding a page's
    end and the next page's start (「1\f第二章 …」: a folio, then a heading) loses only its
    furniture part — the page analysis reads the parts apart, but drops by line."""
    removed = {r.line: r.before for r in repairs if r.line in drop and not r.after}
    rest = []
    for number, text in lines:
        if number not in drop:
            rest.append((number, text.replace(FORM_FEED, "")))
            continue
        parts = [part for part in text.split(FORM_FEED) if part.strip()]
        kept = [part for part in parts if part.strip() != removed.get(number)]
        if len(parts) > 1 and len(kept) == len(parts) - 1:
            rest.append((number, " ".join(kept)))
    return rest


def clean_extraction(lines: list[tuple[int, str]], column: int | None) -> Cleaned:
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    pages = _pages(lines)
    drop: dict[int, str] = {}  # line number → why
    drop.update(_page_furniture(pages, repairs, doubts))
    rest = _without_furniture(lines, drop, repairs)
    rest, found, marked = _watermark(rest, pages)
    repairs += found
    rest, found, stamped = _page_stamps(rest, pages)
    repairs += found
    marked |= stamped
    # -layout: a page's two columns side by side on each line, read one after the other.
    # A page begins at its first line the furniture left (its running head is gone).
    rest, found, more, in_columns = side_by_side_columns(rest, frozenset(
        next((n for n, _ in page if n not in drop), page[0][0]) for page in pages))
    repairs += found
    doubts += more
    journal = any(ISSUE_LINE.match(re.sub(r"\s+", "", t)) for _, t in rest[:MASTHEAD_LINES])
    rest, found, masthead = _vertical_text(rest, journal)
    repairs += found
    rest, found, named = _issn_masthead(rest)
    repairs += found
    masthead = masthead or named
    rest, found, named = _spread_masthead(rest)
    repairs += found
    masthead = masthead or named
    if not masthead:
        rest, found, masthead = _journal_name_lines(rest)
        repairs += found
    if journal:
        rest, found = _masthead_lines(rest)
        repairs += found
    rest, found = _contents(rest, frozenset(page[-1][0] for page in pages))
    repairs += found
    # The blank lines between a run's lines are the extraction's, not paragraphs' ends.
    rest, found, more, unbroken = interleaved_columns(rest)
    repairs += found
    doubts += more
    rest, found = _page_foot_notes(rest, pages, drop)
    repairs += found
    rest, found = _url_footnotes(rest, pages)
    repairs += found
    rest, found, authors, paper_title = _paper_head(rest)
    repairs += found
    for line_pass in (chart_axes, _letter_spaced, _spaced_labels, _classification_fields,
                      _part_numbers, _lone_bullets, _download_codes, _hyphenated_words):
        rest, found = line_pass(rest)
        repairs += found
    subtitle = ""
    # A standard's code opens its cover, or heads its pages (a text without the cover).
    heads = [t for n, t in lines if drop.get(n) == "running-head"]
    standard = any(STANDARD.match(t.strip()) for _, t in rest[:40]) or any(
        STANDARD_HEAD.match(t.strip().lstrip(FORM_FEED)) for t in heads)
    issuer = issued = ""
    if standard:
        rest, found = _clause_numbers(rest)
        repairs += found
        rest, found, issuer, issued = _standard_cover(rest, pages)
        repairs += found
        if not (issuer or issued or paper_title):
            rest, found, paper_title = _name_above_scope(rest, pages)
            repairs += found
    else:
        rest, found = _clause_numbers(rest, standard=False)
        repairs += found
        rest, found = _cover_serial(rest, pages)
        repairs += found
        rest, found, issuer, cover_title = _report_cover(rest, pages)
        paper_title = paper_title or cover_title
        repairs += found
        if not paper_title:
            rest, found, paper_title, subtitle = _bracketed_cover_title(rest, pages)
            repairs += found
        if not paper_title:
            rest, found, paper_title, subtitle = _dated_cover_title(rest, pages)
            repairs += found
        rest, found, applicant = _cover_applicant(rest, pages)
        repairs += found
        if applicant and not authors:
            authors = applicant
    rest, found = _repeated_title(rest, pages)
    repairs += found
    titles, statements = _page_titles(rest, pages)
    rest, found = _statements_joined(rest, statements)
    repairs += found
    nonblank = [t for _, t in rest if t.strip()]
    column = column or _column_of_pages(nonblank)
    page_breaks = {n for n, t in lines if FORM_FEED in t} | set(drop) | unbroken | marked
    rest, tables, found = layout_tables(rest)
    repairs += found
    items, found = _list_items(rest)
    repairs += found
    titles = frozenset(titles - items)
    result, found = _paragraphs_around_tables(rest, column, page_breaks, tables, in_columns,
                                              items)
    repairs += found
    result = _column_paragraphs_joined(result, in_columns)
    result, found, more = flattened_tables(result)
    repairs += found
    doubts += more
    fields = {"source": masthead or issuer} if masthead or issuer else {}
    if issued:
        fields["date"] = issued
    if paper_title:
        # The title line stays in the text, where the character repairs reach it and a
        # repeat of the title is dropped: the title gets the same (「ＳＤＮ」 → 「SDN」).
        fields["title"], edits = halfwidth_forms(paper_title)
        if edits:
            repairs.append(Repair("halfwidth-digits", min(n for n, _ in lines), paper_title,
                                  fields["title"], f"Made {len(edits)} full-width digit(s), "
                                  "letter(s) or ％ of the title half-width."))
    if subtitle:
        fields["subtitle"] = subtitle
    return Cleaned(result, "raw-extraction", repairs, doubts, fields=fields, column=column,
                   cover=frozenset(number for number, _ in _cover_page(pages)),
                   authors=authors.split("、") if authors else [], headings=titles,
                   subheadings=statements, items=items)
