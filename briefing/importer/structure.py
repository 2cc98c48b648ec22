"""Raw blocks → the article's structure, one pass per repair, each logging what it did.

Every pass takes blocks (or nodes) and returns new ones with the `Repair`s it made; the
order matters and is fixed by `build_draft`: markup read, then character repairs (so the
terminal punctuation check sees full-width marks), the title block and byline, each
block's role (`to_nodes`, `place_roles`: captions, tables, salutation, notes, editor's
note, sidebars, 落款, footnotes) *before* any join; joins of split paragraphs only in a
raw extraction (`raw_extraction` states the evidence) and never of a block with a role;
run-in headings, and heading depths last.

This module holds `build_draft` (the pass order) and the small passes only it calls: the
evidence of a raw extraction and a page's own titles, `<!-- -->` comment fields, character
repairs, a copy's trailing pager and download links, the doubts left in the text. The
passes themselves live by concern, imports running one way (draft ← nodes ← headings ←
endmatter ← placeroles; draft ← joins; all ← structure):
- `draft`: `Node` and `Draft`, the draft's model (with PLAIN_MARKER, CAPTION_MAX).
- `nodes`: blocks → nodes (`to_nodes`: captions, table captions, list items, data boxes,
  quoted document names) and the helpers later passes share.
- `headings`: headings found in context (short headings, glued numbers, parallel leads,
  headlines), run-in headings split off, and every heading's depth (`assign_depths`).
- `endmatter`: attachments, the 落款 and its date, numbered notes, footnotes.
- `placeroles`: `place_roles` (roles that depend on neighbours: editor's notes, credits,
  sidebars, quotes, a headnote …), a speaker's photo, flattened section headings.
- `joins`: split paragraphs and hard line breaks joined, unfinished paragraphs told.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefing.errors import InputError
from briefing.importer import roles
from briefing.importer.celltables.barrows import bar_row_tables
from briefing.importer.celltables.barstreams import bar_stream_tables
from briefing.importer.celltables.figurerows import figure_row_tables
from briefing.importer.celltables.paragraphs import cell_paragraph_tables
from briefing.importer.celltables.pipegrids import merged_headers, ragged_tables
from briefing.importer.celltables.spaces import spaced_tables
from briefing.importer.celltables.words import schedule_tables, word_tables
from briefing.importer.chars import written_in_traditional
from briefing.importer.cleanup import clean_source
from briefing.importer.docbody import (
    bare_heads_contents,
    greeting_lines,
    long_first_level_heads,
    run_in_salutation,
    run_on_signature,
    run_together_paragraphs,
    spacing_is_noise,
)
from briefing.importer.draft import PLAIN_MARKER, Draft, Node
from briefing.importer.endmark import after_end_mark
from briefing.importer.endmatter import signature_date
from briefing.importer.govpage import (
    catalogue_rows,
    contents_list,
    padded_with_empty_paragraphs,
    repeated_paragraphs,
    spaced_throughout,
)
from briefing.importer.headings import (
    assign_depths,
    lone_article_numbers,
    lone_clause_numbers,
    page_openers,
    run_on_articles,
    run_on_sections,
    split_run_in_headings,
    tight_ordered_items,
)
from briefing.importer.joins import (
    flush_continuations,
    glued_heads,
    join_line_breaks,
    join_split_paragraphs,
    unfinished_paragraphs,
)
from briefing.importer.layout import FORM_FEED, page_markers
from briefing.importer.markup import read_markup
from briefing.importer.nodes import (
    bullet_items,
    caption_title,
    clauses_in_order,
    code_lines,
    split_run_on_captions,
    to_nodes,
)
from briefing.importer.parse import (
    RawBlock,
    SourceLine,
    is_table_delimiter,
    lines_as_paragraphs,
    parse_lines,
)
from briefing.importer.placeroles import flattened_paragraphs, place_roles, speaker_photo
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    RADICAL,
    doubt_excerpt,
    edit_excerpts,
    ends_sentence,
    escape_markup,
    find_doubts,
    fullwidth_punctuation,
    halfwidth_forms,
    invisible_characters,
    letter_zero_years,
    matched_parentheses,
    parse_comment_fields,
    parse_date,
    radical_lookalikes,
    rule_extenders,
    symbol_font_glyphs,
    unit_markup,
)
from briefing.importer.titleblock import (
    letterspaced_title,
    linked_title_url,
    merge_facts,
    quoted_document_title,
    take_byline,
    take_facts,
    take_title_block,
)
from briefing.importer.titleblock.lines import byline_paper
from briefing.importer.transcript import live_text_marks, speaker_turns, unmarked_turns
from briefing.importer.webframe.foot import foot_doubts
from briefing.importer.webframe.furniture import web_furniture

MARKDOWN_SUFFIXES = (".md", ".markdown")


def build_draft(text: str, file: Path, markdown: bool | None = None) -> Draft:
    """Run every pass over the article's text. Raises InputError when there is no text.

    `markdown`: the text is Markdown (default: judged by the file's suffix). A reader of a
    .docx, .html or .pdf writes Markdown with the file's furniture already gone, so its
    text is never cleaned again as a raw extraction (a number alone on a line is not a
    folio there)."""
    if markdown is None:
        markdown = file.suffix.lower() in MARKDOWN_SUFFIXES
    text, radicals = _radical_lines(text)  # before any pass compares or reads the words
    text, paged = page_markers(text)  # a converter's 「## [p3]」 lines: form feeds
    cleaned = clean_source(text, markdown=markdown)
    cleaned.repairs = radicals + paged + cleaned.repairs
    markup = read_markup(cleaned.text(), markdown=markdown)
    # The reader counts lines in the cleaned text; the report counts the source's (a
    # front matter or furniture the clean-up took out moves every line after it).
    markup.repairs = [replace(r, line=cleaned.source_number(r.line)) for r in markup.repairs]
    markup.doubts = [replace(r, line=cleaned.source_number(r.line)) for r in markup.doubts]
    # A plain text's rows of '|'-separated cells (a web page's table copied as text).
    lines, page_fields, catalogue = (markup.lines, {}, []) if markdown else catalogue_rows(
        markup.lines)
    cleaned.fields = {**page_fields, **cleaned.fields}  # the page's facts, as an export's
    lines, stream_tables = (lines, []) if markdown else bar_stream_tables(
        lines, cleaned.source_number)
    lines, bar_tables = (lines, []) if markdown else bar_row_tables(lines,
                                                                    cleaned.source_number)
    bar_tables = stream_tables + bar_tables
    blocks = cleaned.renumber(parse_lines(lines, file))
    fields, blocks, repairs = take_comments(blocks)
    # Blank lines wide everywhere, or padded with empty paragraphs: the copy's spacing.
    spacing = (spaced_throughout(text) or padded_with_empty_paragraphs(text)
               or spacing_is_noise(text))  # wide gaps the rule, not the exception
    # What a copy prints under a story's end mark (「（完）」): not the story (endmark.py).
    blocks, found, tail_doubts = after_end_mark(blocks, paged=FORM_FEED in text)
    repairs += found
    blocks, found = web_furniture(blocks, paged=FORM_FEED in text, code=code_lines(markup))
    repairs += found
    blocks, found = repeated_paragraphs(blocks)
    repairs += found
    blocks, found = contents_list(blocks)
    repairs += found
    # A live page's speaker tag and time stamp on every post (transcript.py).
    blocks, found, live_speaker = live_text_marks(blocks)
    repairs += found
    repairs += cleaned.repairs + markup.repairs + catalogue + bar_tables
    doubts: list[Repair] = (list(cleaned.doubts) + list(markup.doubts) + foot_doubts(blocks)
                            + tail_doubts)
    # A Markdown file is written, never extracted: its blank lines are all boundaries.
    raw = [] if file.suffix.lower() in MARKDOWN_SUFFIXES else raw_extraction(
        text, blocks, lines_are_paragraphs=cleaned.layout == "line-per-paragraph")
    repairs += raw
    if not raw and not markdown:
        blocks, found = trailing_pager(blocks)
        repairs += found
    blocks, found = repair_characters(blocks)
    repairs += found
    # Tables are body: rebuilt before the head is read, no cell is taken for a fact.
    blocks, found, more_doubts = cell_paragraph_tables(blocks, captionless=not raw)
    repairs += found
    doubts += more_doubts
    blocks, found = merged_headers(blocks)
    repairs += found
    blocks, found = ragged_tables(blocks)  # rows of another width than the header's
    repairs += found
    blocks, found = spaced_tables(blocks)
    repairs += found
    blocks, found = word_tables(blocks)
    repairs += found
    blocks, found = schedule_tables(blocks)  # a time, then its item
    repairs += found
    blocks, found, more_doubts = figure_row_tables(  # a label, then its figures
        blocks, None if markdown else text.split("\n"))
    repairs += found
    doubts += more_doubts
    head = take_title_block(blocks, {**cleaned.fields, **fields}, file)
    title, subtitle, blocks = head.title, head.subtitle, head.blocks
    repairs += head.repairs
    title, found = letterspaced_title(title, head.line)
    repairs += found
    title, found = quoted_document_title(title, head.line)
    repairs += found
    doubts += head.doubts
    doubts += caption_title(title, head.line, blocks)
    authors, blocks, found = take_byline(blocks) if not head.authors else (
        head.authors, blocks, [])
    repairs += found
    paper = next((paper for r in found if r.kind == "byline"
                  and (paper := byline_paper(r.before))), None)
    byline_line = found[0].line if found else 1
    facts = take_facts(blocks, subtitle, authors, subtitle_line=head.line, date=head.date,
                       site=head.site)
    repairs += facts.repairs
    doubts += facts.doubts
    if facts.source is None and paper:  # 「聯合報／ 記者許維寧／台北即時報導」
        facts.source = paper
        repairs.append(Repair("byline-paper", byline_line, paper, f"source: {paper}",
                              "Took the paper the byline names before its slash as the "
                              "source."))
    facts = merge_facts(fields, cleaned.fields, facts)
    if facts.url is None:
        facts.url, found = linked_title_url(text, head.line, title)
        repairs += found
    if facts.url is None and markup.original_url:
        facts.url = markup.original_url  # the 「查看原文」 link's address (its line dropped)
        repairs.append(Repair("original-url", head.line, markup.original_url,
                              f"url: {markup.original_url}",
                              "Took the address of the link to the original (「查看原文」, its "
                              "line dropped) as the text's url."))
    blocks, authors, subtitle = facts.blocks, facts.authors, facts.subtitle
    authors = authors or cleaned.authors  # a paper's author line, read by the clean-up
    if not authors and live_speaker:  # the one speaker of a live text's every post
        authors = [live_speaker]
        repairs.append(Repair("front-matter-authors", 1, live_speaker,
                              f"authors: [{live_speaker}]",
                              "Took the speaker whose tag opened the live text's posts as "
                              "its author.", review=True))
    blocks = [part for block in blocks for part in lines_as_paragraphs(block, cleaned.column)]
    blocks, found = download_links(blocks)
    repairs += found
    blocks, found = split_run_on_captions(blocks)
    repairs += found
    nodes, found = to_nodes(blocks, spaced_captions=not markdown and not spacing,
                            items=bullet_items(markup) | cleaned.items | markup.ordered)
    repairs += found
    nodes = clauses_in_order(nodes)
    nodes, found = place_roles(nodes, raw=bool(raw), markdown=markdown, title=title)
    repairs += found
    nodes = page_titles(nodes, cleaned.headings, cleaned.subheadings)
    nodes, found = run_in_salutation(nodes, title or "")  # docbody.py
    repairs += found
    nodes, found = run_on_signature(nodes)  # docbody.py
    repairs += found
    nodes, found = greeting_lines(nodes)  # docbody.py
    repairs += found
    nodes, found = run_together_paragraphs(nodes, text.split("\n"), PLAIN_MARKER,
                                          title or "")  # docbody.py
    repairs += found
    # (a list's items first: a run of them is no run of bare heads, nor a contents list)
    nodes = tight_ordered_items(nodes, markdown)
    nodes, found, more_doubts = bare_heads_contents(nodes)  # docbody.py
    repairs += found
    doubts += more_doubts
    nodes, found = speaker_photo(nodes, authors)
    repairs += found
    if raw:
        flush = flush_continuations(text, cleaned.lines, cleaned.column)
        nodes, found, more_doubts = join_split_paragraphs(nodes, cleaned.column, cleaned.cover,
                                                          flush)
        repairs += found
        doubts += more_doubts
    else:
        nodes, found = join_line_breaks(nodes, text.split("\n"))
        repairs += found
        doubts += unfinished_paragraphs(nodes)
        doubts += glued_heads(nodes)
    doubts += flattened_paragraphs(nodes)
    # A transcript's speaker on a line of its own heads the turn under it (transcript.py).
    nodes, found, stamp_date = speaker_turns(nodes)
    repairs += found
    doubts += unmarked_turns(nodes)  # labels run into their turns: told, not set
    nodes, found = long_first_level_heads(nodes, PLAIN_MARKER)  # docbody.py
    repairs += found
    nodes, found = lone_article_numbers(nodes)
    repairs += found
    nodes, found = run_on_articles(nodes)
    repairs += found
    nodes, found = run_on_sections(nodes)
    repairs += found
    if not markdown:
        nodes, found = lone_clause_numbers(nodes)
        repairs += found
    nodes = split_run_in_headings(nodes, markdown=markdown)
    contents = [r.line for r in cleaned.repairs if r.kind == "contents"]
    nodes, found = assign_depths(nodes, page_openers(text, cleaned.lines) if raw else None,
                                 max(contents) if raw and contents else None)
    repairs += found
    doubts += collect_doubts(nodes)
    if not any(node.kind in ("paragraph", "table", "quote", "caption") for node in nodes):
        raise InputError("the article has no text besides its title", file=file,
                         fix="put the article's paragraphs below the title, separated by "
                             "blank lines")
    date = parse_date(fields["date"]) if fields.get("date") else facts.date
    if date is None and not fields.get("date"):
        date, found = signature_date(nodes)
        repairs += found
    if date is None and stamp_date is not None:  # a live transcript's first time stamp
        date = stamp_date
        repairs.append(Repair("front-matter-date", 1, str(stamp_date), f"date: {stamp_date}",
                              "Took the date of the live page's first time stamp.",
                              review=True))
    if fields.get("date") and date is None:
        comment_line = next((r.line for r in repairs
                             if r.kind == "front-matter-comment"), 1)
        doubts.append(Repair("date", comment_line, fields["date"], fields["date"],
                             "could not read this date: fill in 'date:' as YYYY-MM-DD"))
    return Draft(
        title=title, subtitle=subtitle, authors=authors,
        source=facts.source, url=facts.url,
        date=date, nodes=nodes,
        language="zh-Hant" if written_in_traditional(
            [title or "", *(node.text for node in nodes)]) else "zh-CN",
        repairs=sorted(repairs, key=lambda r: r.line),
        doubts=sorted(doubts, key=lambda r: r.line),
    )


# ---------------------------------------------------------------- raw extraction


def page_titles(nodes: list[Node], lines: frozenset[int],
                statements: frozenset[int] = frozenset()) -> list[Node]:
    """A raw extraction's page titles (the clean-up's `headings`: a report page opening
    with its own short title, 「版权及免责声明」「前言」) are unnumbered headings of the top
    level, the key statement under one (`subheadings`) a heading a level below; to review."""
    result = []
    for node in nodes:
        plain_ = node.kind == "paragraph" and not node.role and not node.box
        if node.line in lines and len(node.segments) == 1 and (
                plain_ or node.kind == "heading" and node.rank == 0):
            node = replace(node, kind="heading", marker=PLAIN_MARKER, rank=0,
                           origin="page-title")
        elif node.line in statements and len(node.segments) <= 2 and plain_:
            node = replace(node, kind="heading", marker=PLAIN_MARKER, rank=0,
                           origin="page-statement")
        result.append(node)
    return result


def raw_extraction(text: str, blocks: list[RawBlock], lines_are_paragraphs: bool = False
                   ) -> list[Repair]:
    """A Repair stating the evidence that the text is a raw extraction, or [] if clean.

    Only in a raw extraction may a blank line be a page break inside a paragraph; in a
    clean Markdown or text source a blank line is always a boundary. A copy written one
    paragraph a line, lines of every length (`lines_are_paragraphs`: a 公众号 article
    pasted from a mirror), was never set in pages: a line ending in no mark there is a
    heading (「2背景」), an item or a caption, not half a paragraph — only a page's own
    traces (form feeds, text repeated across a break) make it an extraction.
    """
    paragraphs = [block.text for block in blocks if block.kind == "text"]
    evidence = roles.raw_extraction_evidence(text, paragraphs)
    strong = [item for item in evidence if not item.startswith("half-width commas")
              and not (lines_are_paragraphs and item.endswith("broken off mid-word"))]
    if not strong:
        return []
    line = next((block.line for block in blocks if block.kind == "text"), 1)
    return [Repair("raw-extraction", line, "; ".join(evidence), "",
                   "Read the text as a raw extraction (" + "; ".join(evidence) + "): "
                   "paragraphs broken off mid-sentence may be joined across a blank line.")]


# ---------------------------------------------------------------- comments


def take_comments(blocks: list[RawBlock]) -> tuple[dict[str, str], list[RawBlock], list[Repair]]:
    """Drop HTML comments; the fields of one at the top feed the front matter."""
    fields: dict[str, str] = {}
    repairs: list[Repair] = []
    kept = []
    for index, block in enumerate(blocks):
        if block.kind != "comment":
            kept.append(block)
            continue
        body = "\n".join(line.text for line in block.lines)
        shown = "<!--" + re.sub(r"\s+", " ", body).strip()[:40] + "-->"
        found = parse_comment_fields(body) if index == 0 else {}
        if found:
            fields = found
            taken = "; ".join(f"{key}: {value}" for key, value in found.items())
            repairs.append(Repair("front-matter-comment", block.line, shown, taken,
                                  "Took the comment's fields into the front matter and "
                                  "dropped the comment."))
        else:
            repairs.append(Repair("drop-comment", block.line, shown, "",
                                  "Dropped an HTML comment: it holds no front-matter fields."))
    return fields, kept, repairs


# ---------------------------------------------------------------- characters

CHARACTER_REPAIRS = (
    ("invisible-character", invisible_characters,
     "Removed {n} invisible format character(s) (zero-width space, word joiner, "
     "direction mark): they print nothing and no print font has them."),
    ("letter-zero-year", letter_zero_years,
     "Made {n} year(s) in Chinese numerals typed with the letter O or a zero for 〇 "
     "(「二OO八年」) read 〇."),
    ("rule-extender", rule_extenders,
     "Made {n} horizontal extender(s) of a PDF's symbol font (private use U+F8E7, which no "
     "print font has) the rule they draw, ─ (「──」 the dash)."),
    ("symbol-font-glyph", symbol_font_glyphs,
     "Dropped {n} glyph(s) of a PDF's symbol font (private use U+F000–U+F0FF: a list's "
     "bullet or arrow), which no print font has."),
    ("halfwidth-digits", halfwidth_forms,
     "Made {n} full-width digit(s), letter(s) or ％ half-width."),
    ("fullwidth-punctuation", fullwidth_punctuation,
     "Made {n} ASCII punctuation mark(s) next to Chinese full-width (GB/T 15834)."),
    ("unit-superscript", unit_markup,
     "Marked up {n} unit power(s) or subscript(s) (PM2.5, SO2, O3) with <sup>/<sub>."),
    ("escape-markup", escape_markup,
     "Escaped {n} '<' opening HTML the format does not allow, so it shows as text: "
     "remove it if it was markup."),
)
REVIEWED_CHARACTER_REPAIRS = frozenset({"escape-markup"})


def _wrapped_parentheses(block: RawBlock) -> tuple[RawBlock, list[Repair]]:
    """A hard-wrapped paragraph's bracket pair may open on one line and close on a later
    one (「…参考软件(Reference software for」「advanced video coding)」): such a pair is
    matched across the block's lines and made full width as a pair on one line would be."""
    texts = [line.text for line in block.lines]
    joined = "\n".join(texts)
    spanning = {end for opening, closing in matched_parentheses(joined)
                if "\n" in joined[opening:closing] for end in (opening, closing)}
    if len(texts) < 2 or not spanning:
        return block, []
    edits = [edit for edit in fullwidth_punctuation(joined)[1] if edit.start in spanning]
    if not edits:
        return block, []
    chars = list(joined)
    for edit in edits:
        chars[edit.start] = edit.new
    new = "".join(chars).split("\n")
    repairs = [Repair("fullwidth-punctuation", line.number, line.text, text,
                      "Made a bracket pair of a wrapped paragraph, opened on one line and "
                      "closed on another, full width (GB/T 15834).")
               for line, text in zip(block.lines, new, strict=True) if text != line.text]
    return block.with_lines([replace(line, text=text)
                             for line, text in zip(block.lines, new, strict=True)]), repairs


def _radical_lines(text: str) -> tuple[str, list[Repair]]:
    """The text with a PDF's radical look-alikes made the ideographs they stand for
    (repairs.radical_lookalikes), a repair per line."""
    if not RADICAL.search(text):
        return text, []
    lines = text.split("\n")
    repairs = []
    for index, line in enumerate(lines):
        new, edits = radical_lookalikes(line)
        if edits:
            before, after = edit_excerpts(line, edits)
            repairs.append(Repair(
                "radical-lookalike", index + 1, before, after,
                f"Made {len(edits)} radical or compatibility code point(s) (「⼈」 U+2F08 for "
                "人, 「年」 U+F98E for 年: a PDF's text layer maps the glyph so) the "
                "ideograph(s) they stand for."))
            lines[index] = new
    return "\n".join(lines), repairs


def repair_characters(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Character repairs, line by line, so every repair knows its exact source line."""
    repairs = []
    result = []
    for block in blocks:
        if block.kind != "table":
            block, found = _wrapped_parentheses(block)
            repairs += found
        lines = []
        for source_line in block.lines:
            text = source_line.text
            if block.kind == "table" and is_table_delimiter(text):
                lines.append(source_line)
                continue
            for kind, repair, note in CHARACTER_REPAIRS:
                new_text, edits = repair(text)
                if edits:
                    before, after = edit_excerpts(text, edits)
                    repairs.append(Repair(kind, source_line.number, before, after,
                                          note.format(n=len(edits)),
                                          review=kind in REVIEWED_CHARACTER_REPAIRS))
                    text = new_text
            lines.append(SourceLine(source_line.number, text))
        result.append(block.with_lines(lines))
    return result, repairs


PAGER = re.compile(r"\d{1,2}")


def trailing_pager(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A web page's pager (「1」: the article's only page) copied as the text's last line,
    after prose: dropped for review. Only in a plain text that is no raw extraction (there
    the clean-up judges folios)."""
    text_blocks = [i for i, b in enumerate(blocks) if b.kind == "text"]
    if len(text_blocks) < 2:
        return blocks, []
    last = blocks[text_blocks[-1]]
    if text_blocks[-1] != len(blocks) - 1 or not PAGER.fullmatch(last.lines[-1].text.strip()):
        return blocks, []
    before = last.lines[-2].text if len(last.lines) > 1 else blocks[text_blocks[-2]].text
    if not ends_sentence(before.strip()):
        return blocks, []  # 「表1」「2」: a list or a table's cell, not a pager
    line = last.lines[-1]
    kept = blocks[:-1] + ([last.with_lines(last.lines[:-1])] if len(last.lines) > 1 else [])
    return kept, [Repair("web-pager", line.number, line.text.strip(), "",
                         "Dropped a lone number closing the text (a web page's pager).",
                         review=True)]


# 「4月份监测报告.docx」 alone on a line: the page's download link for the file; a site's
# list of attachments sets the date or issue before the name, with spaces
# (「10.16  第 八 期 某某情况通报.docx」). A 「附件：…」 line (the 公文's own) is no link, nor
# the next items of its list (「附件：1.某方案.docx」 ⏎ 「2.某说明.doc」).
DOWNLOAD_LINK = re.compile(
    # the page's label for the link before it: 「下载附件：附件.doc」「附件下载：某表.xls」
    r"^(?:(?:下载附件|附件下载|下载)[ \t]*[:：][ \t]*)?"
    r"[^\s/\\：:。，；！？][^/\\：:。，；！？]{0,59}\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)$",
    re.IGNORECASE)


def download_links(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A line that is nothing but a file's name (under the page's 「下载附件：」 label or
    not) is a web page's link to download it: the briefing prints no link to click.
    Dropped, each for review."""
    result, repairs = [], []
    listed = False  # the blocks above were a 「附件：1.…」 list: its next items are its own
    for block in blocks:
        text = block.text.strip()
        item = bool(ATTACHMENT_NEXT.match(text))
        if block.kind == "text" and len(block.lines) == 1 and DOWNLOAD_LINK.match(text) \
                and not (listed and item):
            repairs.append(Repair("download-link", block.line, block.text.strip(), "",
                                  "Dropped a line that is only a file's name (the web page's "
                                  "download link).", review=True))
            continue
        listed = block.kind == "text" and (text.startswith(("附件：", "附件:")) or (
            listed and item))
        result.append(block)
    return result, repairs


ATTACHMENT_NEXT = re.compile(r"^\d{1,2}\s*[.．、]")


# ---------------------------------------------------------------- doubts


def collect_doubts(nodes: list[Node]) -> list[Repair]:
    doubts = []
    for node in nodes:
        for doubt in find_doubts(node.text):
            shown = doubt_excerpt(node.text, doubt)
            doubts.append(Repair(doubt.kind, node.line_at(doubt.start), shown, shown,
                                 doubt.note))
    return doubts
