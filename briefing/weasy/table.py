"""Every patch briefing makes to WeasyPrint 70, one row each.

`install()`, `uninstall()` and the check made before installing (briefing/weasy/
__init__.py) all read this table; a new patch is a module of briefing/weasy/ holding
the replacement and a row here (and a line in the package's docstring, which a test
compares with this table).

Each row: a name (how problems and tests call it), the module of briefing/weasy/
it belongs to, WeasyPrint's target (`module:attribute`), the parameters WeasyPrint's
function has there (the replacement accepts the same and calls WeasyPrint's with
them), our replacement, why — and what else of WeasyPrint the replacement relies
on, checked with it.
"""

from __future__ import annotations

from briefing.weasy import (
    cascade,
    deflate,
    drawings,
    ids,
    incremental,
    layout_patches,
    leaders,
    margins,
    mincontent,
    pagedraw,
    parsed,
    percentages,
    sheets,
    subset,
    tables,
    targets,
    textlayer,
)
from briefing.weasy.seam import Exists, Holds, Patch, Same, Signature, SourceHas

LINE_BREAK = "weasyprint.text.line_break"
INLINE = "weasyprint.layout.inline"
PDF_FONTS = "weasyprint.pdf.fonts"
CSS_TARGETS = "weasyprint.css.targets"


def _collects_counter_lookups() -> bool:
    from weasyprint.css.targets import TargetCollector

    return hasattr(TargetCollector(), "counter_lookup_items")


def _matcher_lists() -> bool:
    from cssselect2 import Matcher

    matcher = Matcher()
    return all(hasattr(matcher, name) for name in (
        "id_selectors", "class_selectors", "lower_local_name_selectors",
        "namespace_selectors", "lang_attr_selectors", "other_selectors"))


PATCHES: tuple[Patch, ...] = (
    # ------------------------------------------------------------ Chinese line layout
    Patch(
        name="line-attributes", concern="layout_patches",
        target=f"{LINE_BREAK}:Layout.set_text", signature=("self", "text", "justify"),
        replacement=layout_patches.set_text,
        why="CLREQ in Pango attributes: no break where 禁则, ——/…… or the paragraph's "
            "tail forbid one, `halt` on compressed marks, a quarter em between Han and "
            "Latin (letter spacing while breaking, glyph advances when drawing); the "
            "text itself is never changed",
        needs=(*layout_patches.PANGO_USED,),
        declares=(layout_patches.ALLOW_BREAKS,),
    ),
    Patch(
        name="base-attributes", concern="layout_patches",
        target=f"{LINE_BREAK}:Layout.setup", signature=("self", "style"),
        replacement=layout_patches.setup,
        why="each new text of a layout starts from WeasyPrint's own attributes, never "
            "from those computed for an earlier text; our settings are read once per style",
        needs=(Signature(f"{LINE_BREAK}:Layout.reactivate", ("self", "style")),),
        declares=(layout_patches.ATTR_LIST_COPY,),
    ),
    Patch(
        name="neighbour-gaps", concern="layout_patches",
        target=f"{INLINE}:iter_line_boxes",
        signature=("context", "box", "position_y", "bottom_space", "skip_stack",
                   "containing_block", "absolute_boxes", "fixed_boxes",
                   "first_letter_style", "first_line_style"),
        replacement=layout_patches.iter_line_boxes,
        also=("weasyprint.layout.block:iter_line_boxes",),
        why="marks which of two neighbouring text boxes (PM<sub>2.5</sub>平) reserves "
            "the Han/Latin gap between them while lines are broken",
    ),
    Patch(
        name="gap-reservation", concern="layout_patches",
        target=f"{INLINE}:split_text_box",
        signature=("context", "box", "available_width", "skip", "is_line_start"),
        replacement=layout_patches.split_text_box,
        why="tells set_text which text box it is breaking, so that the box reserves "
            "its gap",
    ),
    Patch(
        name="squeeze-lines", concern="layout_patches",
        target=f"{INLINE}:get_next_linebox",
        signature=("context", "linebox", "position_y", "bottom_space", "skip_stack",
                   "containing_block", "absolute_boxes", "fixed_boxes",
                   "first_letter_style", "first_line_style"),
        replacement=layout_patches.get_next_linebox,
        why="a justified line that cannot be set tight as broken is laid out again with "
            "its marks compressed (CLREQ: compress, then push in) before it is stretched; "
            "a wrapping title or heading (--briefing-wrap: balance) is set on the "
            "narrowest width keeping its line count, broken between phrases or words",
        # (the module's source: both functions are patched by the time a check repeats)
        needs=(SourceHas(INLINE, "line, resume_at = get_next_linebox("),
               SourceHas(INLINE, "offset_x = text_align(")),
    ),
    Patch(
        name="drawn-widths", concern="layout_patches",
        target=f"{INLINE}:text_align",
        signature=("context", "line", "available_width", "last"),
        replacement=layout_patches.text_align,
        why="a box broken with letter spacing gets the width it is drawn with; a quarter "
            "em between separate text boxes where Han meets Latin",
    ),
    Patch(
        name="cjk-justification", concern="layout_patches",
        target=f"{INLINE}:justify_line", signature=("context", "line", "extra_width"),
        replacement=layout_patches.justify_line,
        why="WeasyPrint justifies by stretching spaces only; a Chinese line's slack goes "
            "between characters, punctuation's blank side and Han/Latin boundaries first",
        needs=tuple(Exists(f"weasyprint.formatting_structure.boxes:{name}")
                    for name in ("TextBox", "InlineBox", "LineBox")),
    ),
    Patch(
        name=mincontent.NAME, concern="mincontent",
        target="weasyprint.layout.preferred:split_first_line",
        defined_in=f"{LINE_BREAK}:split_first_line",
        signature=("text", "style", "context", "max_width", "justification_spacing",
                   "is_line_start", "minimum"),
        replacement=mincontent.split_first_line,
        why="a Chinese text's min-content pieces and their widths read off one Pango "
            "layout of it at width 0, not one layout per break opportunity of the text "
            "that remains (quadratic, each cut running our line rules again)",
        needs=(SourceHas("weasyprint.layout.preferred",
                         "_, _, new_resume_index, width, _, _ = split_first_line("),
               Signature(f"{LINE_BREAK}:create_layout",
                         ("text", "style", "context", "max_width", "justification_spacing")),
               Signature(f"{LINE_BREAK}:line_size", ("line", "style")),
               *mincontent.PANGO_USED),
    ),
    Patch(
        name="text-layer", concern="textlayer",
        target="weasyprint.draw:draw_text", defined_in="weasyprint.draw.text:draw_text",
        signature=("stream", "textbox", "offset_x", "text_overflow", "block_ellipsis"),
        replacement=textlayer.draw_text,
        why="a run whose gaps the layout set (Han/Latin quarter em, justification) is "
            "drawn inside /ActualText marked content: copy, search and pdftotext read "
            "「2021年」, not 「2021 年」; a bold whose face has none (仿宋) is filled and "
            "stroked, as office software prints it",
        needs=(Exists("pydyf:Dictionary"), Exists("pydyf:String"),
               SourceHas("weasyprint.draw:draw_inline_level", "draw_text("),
               SourceHas("weasyprint.pdf.stream:Stream.marked", "self._tags"),
               Exists("weasyprint.pdf.stream:Stream.begin_marked_content"),
               Exists("weasyprint.pdf.stream:Stream.end_marked_content"),
               SourceHas("weasyprint.pdf.stream:Stream.set_font_size", "_current_font"),
               SourceHas("weasyprint.draw.text:draw_first_line", "stream.show_text(")),
    ),
    Patch(
        name="gap-font", concern="textlayer",
        target="weasyprint.pdf:build_fonts_dictionary",
        defined_in="weasyprint.pdf.fonts:build_fonts_dictionary",
        signature=("pdf", "fonts", "compress", "subset", "options"),
        replacement=textlayer.build_fonts_dictionary,
        why="the blank spacer font the text layer draws gaps between glyphs with, so "
            "that pdf.js (which reads no /ActualText) reads no space in a gap the "
            "layout set",
        needs=(Exists("pydyf:Stream"), Exists("pydyf:Array")),
    ),
    # ------------------------------------------------------------ contents
    Patch(
        name="leader-run", concern="leaders",
        target=f"{INLINE}:handle_leader", defined_in="weasyprint.layout.leader:handle_leader",
        signature=("context", "line", "containing_block"),
        replacement=leaders.handle_leader,
        why="a dotted leader is one text run, not one box per dot that drawing "
            "re-shapes: a contents page cost more than ten pages of body text",
        needs=(Signature("weasyprint.layout.leader:leader_index", ("box",)),),
    ),
    Patch(
        name="contents-refresh", concern="targets",
        target="weasyprint.layout:make_all_pages",
        defined_in="weasyprint.layout.page:make_all_pages",
        signature=("context", "root_box", "html", "pages"),
        replacement=targets.make_all_pages,
        why="the contents' page numbers are filled in before the pass that lays them out "
            "again: two layout passes of the contents instead of three",
        needs=(Signature(f"{CSS_TARGETS}:CounterLookupItem",
                         ("parse_again", "missing_counters", "missing_target_counters")),
               Holds("TargetCollector has counter_lookup_items", _collects_counter_lookups)),
    ),
    Patch(
        name="contents-anchor", concern="targets",
        target=f"{CSS_TARGETS}:TargetCollector.lookup_target",
        signature=("self", "anchor_token", "source_box", "css_token", "parse_again"),
        replacement=targets.lookup_target,
        why="remembers the anchor an attr() target token resolved to, for "
            "contents-anchor-name",
    ),
    Patch(
        name="contents-anchor-name", concern="targets",
        target=f"{CSS_TARGETS}:anchor_name_from_token", signature=("anchor_token",),
        replacement=targets.anchor_name_from_token,
        why="target-counter(attr(href url), page) depends on its anchor, not on None: "
            "the contents are laid out again when a section moves, never stale",
        needs=(Same("weasyprint.formatting_structure.build:targets", CSS_TARGETS),),
    ),
    # ------------------------------------------------------------ rebuilds
    Patch(
        name="page-memory-start", concern="incremental",
        target="weasyprint.layout:initialize_page_maker", signature=("context", "root_box"),
        replacement=incremental.initialize_page_maker,
        why="records the new box tree's shape before layout, for a later layout of the "
            "document (a placement move, a rebuild) to find the boxes that changed",
    ),
    Patch(
        name="page-memory", concern="incremental",
        target="weasyprint.document:layout_document",
        defined_in="weasyprint.layout:layout_document",
        signature=("html", "root_box", "context", "max_loops"),
        replacement=incremental.layout_document,
        why="keeps a render's pages (before their margin boxes) and its page_maker, for "
            "the next render of the same document to start at the first page an edit "
            "touches (contents-refresh's make_all_pages hands the kept pages on)",
        needs=(Signature("weasyprint.layout.page:set_page_type_computed_styles",
                         ("page_type", "html", "style_for")),
               SourceHas("weasyprint.layout.page:make_page",
                         "target_collector.cache_target_page_counters("),
               SourceHas("weasyprint.layout:layout_document",
                         "root, footnote_area, note_area = page.children"),
               SourceHas("weasyprint.layout.page:make_all_pages",
                         "remake_state['content_changed'] or")),
    ),
    # ------------------------------------------------------------ used lengths
    Patch(
        name=percentages.NAME, concern="percentages",
        target="weasyprint.layout.percent:resolve_percentages",
        also=tuple(f"weasyprint.layout.{module}:resolve_percentages" for module in (
            "absolute", "block", "column", "float", "grid", "inline", "page", "table")),
        signature=("box", "containing_block"),
        replacement=percentages.resolve_percentages,
        why="a box's used margins, paddings, borders, widths and heights depend on its "
            "computed style and its containing block only: worked out once per style and "
            "containing block, not again on every line and page the box is laid out on",
        needs=(Holds("resolve_percentages sets a collapsed border's width only if the box "
                     "has none yet, and applies box-sizing", percentages.weasyprint_holds),
               SourceHas("weasyprint.layout.percent:adjust_box_sizing",
                         "setattr(box, f'max_{axis}', "),
               Exists("weasyprint.formatting_structure.boxes:PageBox")),
    ),
    # ------------------------------------------------------------ tables
    Patch(
        name=margins.NAME, concern="margins",
        target="weasyprint.layout:make_margin_boxes",
        defined_in="weasyprint.layout.page:make_margin_boxes",
        signature=("context", "page", "state"),
        replacement=margins.make_margin_boxes,
        why="a page a rebuild handed on keeps its margin boxes (running heads, page "
            "numbers) when its page type, end state and the named strings up to it are "
            "what they were made from (≈ 7 ms a page of the sample)",
        needs=(SourceHas("weasyprint.layout:layout_document",
                         "children.extend(make_margin_boxes(context, page, state))"),
               SourceHas("weasyprint.layout:layout_document",
                         "context.string_set[string_name][i+1].append(text)"),
               SourceHas("weasyprint.layout.page:make_margin_boxes",
                         "context.style_for(page.page_type, at_keyword)"),
               Exists("weasyprint.layout:LayoutContext")),
    ),
    Patch(
        name="continued-caption", concern="tables",
        target="weasyprint.layout.block:table_layout",
        defined_in="weasyprint.layout.table:table_layout",
        signature=("context", "table", "bottom_space", "skip_stack", "containing_block",
                   "page_is_empty", "absolute_boxes", "fixed_boxes"),
        replacement=tables.table_layout,
        why="a header row marked --briefing-table-row: continued (「表1 ……（续表）」) is "
            "laid out empty where the table begins: shown only where it continues",
        needs=(*(Exists(f"weasyprint.formatting_structure.boxes:{name}")
                 for name in ("TableBox", "TableRowGroupBox", "TableRowBox", "TableCellBox")),
               Exists("weasyprint.formatting_structure.boxes:ParentBox.copy_with_children")),
    ),
    # ------------------------------------------------------------ drawing
    Patch(
        name="drawn-once", concern="drawings",
        target="weasyprint.images:SVGImage.draw",
        signature=("self", "stream", "concrete_width", "concrete_height", "_style"),
        replacement=drawings.draw,
        why="an SVG image (our charts) drawn again in the same state replays what it drew "
            "the first time — operators, fonts, glyph widths and texts — instead of "
            "walking its tree and shaping its text on every render",
        needs=(Signature("weasyprint.svg:SVG.draw",
                         ("self", "stream", "concrete_width", "concrete_height", "base_url",
                          "context")),
               Signature("weasyprint.pdf.stream:Stream.clone", ("self", "kwargs")),
               Exists("weasyprint.matrix:Matrix.values"),
               SourceHas("weasyprint.svg:Node.__init__", "self._etree_node = "),
               SourceHas("weasyprint.pdf.stream:Stream.__init__",
                         "self._current_font = self._current_font_size = None"),
               *(SourceHas("weasyprint.draw.text:draw_first_line", text) for text in (
                   "font, font_size = stream.add_font(pango_font)",
                   "font.to_unicode[glyph_id] = ",
                   "logical_width = font.widths[glyph_id] = ",
                   "glyph_id = font.get_unused_glyph_id(codepoint)"))),
        declares=(drawings.OBJECT_REF,),
    ),
    Patch(
        name="drawn-once-fonts", concern="drawings",
        target="weasyprint.pdf.stream:Stream.add_font", signature=("self", "pango_font"),
        replacement=drawings.add_font,
        why="each PDF font remembers the Pango font it was made from, so that a replayed "
            "drawing makes the same fonts in a later document",
    ),
    Patch(
        name=pagedraw.PAGE, concern="pagedraw",
        target="weasyprint.document:draw_page", defined_in="weasyprint.draw:draw_page",
        signature=("page", "stream"),
        replacement=pagedraw.draw_page,
        why="names the page and its root box being drawn, for kept-drawing to find the "
            "drawing it kept of a page handed on unchanged; such a root is given to the "
            "stacking contexts without children (its tree is copied only if drawn)",
        needs=(SourceHas("weasyprint.draw:draw_page",
                         "draw_stacking_context(stream, stacking_context)"),
               SourceHas("weasyprint.draw:draw_page",
                         "stacking_context = StackingContext.from_page(page)"),
               SourceHas("weasyprint.stacking:StackingContext.from_page",
                         "child_contexts = [cls.from_box(child, page) for child in "
                         "page.children]"),
               Signature("weasyprint.stacking:StackingContext.from_box",
                         ("box", "page", "child_contexts")),
               Exists("weasyprint.formatting_structure.boxes:ParentBox.copy_with_children"),
               SourceHas("weasyprint.document:Page.paint",
                         "draw_page(self._page_box, stream)")),
    ),
    Patch(
        name=pagedraw.NAME, concern="pagedraw",
        target="weasyprint.draw:draw_stacking_context",
        signature=("stream", "stacking_context"),
        replacement=pagedraw.draw_stacking_context,
        why="a page handed on unchanged by a rebuild (incremental.py) is not drawn "
            "again: its root's drawing — operators, alpha states, fonts, glyph widths "
            "and texts — is replayed where the document's fonts hold what they held "
            "when it was drawn",
        needs=(SourceHas("weasyprint.pdf.stream:Stream.__init__",
                         "self._output_intent = output_intent"),
               SourceHas("weasyprint.pdf.stream:Stream.pop_state",
                         "self._current_font = None"),
               SourceHas("weasyprint.pdf.stream:Stream.set_alpha",
                         "if key not in self._resources['ExtGState']:"),
               SourceHas("weasyprint.pdf.stream:Stream.set_state",
                         "key = f's{len(self._resources[\"ExtGState\"])}'"),
               SourceHas("weasyprint.pdf.stream:Stream.add_group",
                         "self._resources['XObject'][group.id] = group"),
               SourceHas("weasyprint.pdf.stream:Stream.add_image",
                         "self._images[image_name] = {"),
               *(SourceHas("weasyprint.draw.text:draw_first_line", text) for text in (
                   "if glyph_id not in font.to_unicode:",
                   "if glyph_id in font.widths:",
                   "logical_width = font.widths[glyph_id]"))),
    ),
    # ------------------------------------------------------------ compact font subsets
    Patch(
        name="compact-subset", concern="subset",
        target=f"{PDF_FONTS}:Font._harfbuzz_subset",
        signature=("self", "to_unicode", "hinting"),
        replacement=subset.compact_subset,
        why="embeds the glyphs used, not an empty slot for every glyph id up to the "
            "highest (~63,000 per Noto CJK face): PDFs half the size",
        needs=(Signature(f"{PDF_FONTS}:Font.subset", ("self", "to_unicode", "hinting")),
               Signature(f"{PDF_FONTS}:build_fonts_dictionary",
                         ("pdf", "fonts", "compress", "subset", "options")),
               SourceHas(PDF_FONTS, "HB_SUBSET_FLAGS_RETAIN_GIDS"),
               SourceHas(PDF_FONTS, "font.clean(to_unicode, options['hinting'])"),
               *(SourceHas(f"{PDF_FONTS}:Font.__init__", name)
                 for name in ("hb_face", "tables", "missing", "file_content", "family"))),
        declares=(subset.SUBSET_PLAN,),
        when=subset.harfbuzz_subsetter_loaded,
    ),
    Patch(
        name="cid-to-gid-map", concern="subset",
        target=f"{PDF_FONTS}:_build_vector_font_dictionary",
        signature=("font_dictionary", "pdf", "font", "widths", "compress", "reference",
                   "pdf_version"),
        replacement=subset.vector_font_dictionary,
        why="the fonts of compact subsets: a bare CFF program for CID-keyed fonts, a "
            "/CIDToGIDMap stream for TrueType ones",
        needs=(SourceHas(PDF_FONTS, "'CIDToGIDMap': '/Identity'"),
               SourceHas(PDF_FONTS, "font_dictionary['DescendantFonts'] = "
                                    "pydyf.Array([subfont_dictionary.reference])")),
        when=subset.harfbuzz_subsetter_loaded,
    ),
    Patch(
        name="lazy-font-data", concern="subset",
        target=f"{PDF_FONTS}:get_hb_object_data",
        defined_in="weasyprint.text.fonts:get_hb_object_data",
        signature=("hb_object", "ot_color", "glyph"),
        replacement=subset.lazy_object_data,
        why="Font.__init__ copies each face's whole file (~20 MB per Noto CJK face) into "
            "Python though only its subset is embedded: copied only when read",
        needs=(SourceHas(PDF_FONTS, "self.file_content = get_hb_object_data(self.hb_face)"),),
        when=subset.harfbuzz_subsetter_loaded,
    ),
    Patch(
        name="lazy-file-content", concern="subset",
        target=f"{PDF_FONTS}:Font.file_content", signature=None,
        replacement=subset.FILE_CONTENT,
        why="the face's file, read from HarfBuzz the first time something asks for it "
            "(WeasyPrint's fonts hold it as an attribute of their own)",
        when=subset.harfbuzz_subsetter_loaded,
    ),
    # ------------------------------------------------------------ stylesheets
    Patch(
        name=sheets.NAME, concern="sheets",
        target="weasyprint:CSS.__init__",
        signature=("self", "guess", "filename", "url", "file_obj", "string", "encoding",
                   "base_url", "url_fetcher", "_check_mime_type", "media_type",
                   "font_config", "counter_style", "color_profiles", "matcher",
                   "page_rules", "layers", "layer"),
        replacement=sheets.css_init,
        why="a stylesheet's text is parsed once per process in the same context (base "
            "URL, media, layers, counter styles): every layout parsed the template's "
            "<style> again (~0.04 s each, two layouts a short briefing, one a rebuild); "
            "what the parse writes into the document's page rules, layers, counter "
            "styles and fonts is written again",
        needs=(Signature("weasyprint.css:preprocess_stylesheet",
                         ("device_media_type", "base_url", "stylesheet_rules", "url_fetcher",
                          "matcher", "page_rules", "layers", "font_config", "counter_style",
                          "color_profiles", "ignore_imports", "layer")),
               SourceHas("weasyprint", "self.matcher = matcher or cssselect2.Matcher()"),
               SourceHas("weasyprint", "self.base_url = base_url"),
               Exists("weasyprint.urls:URLFetcher"),
               SourceHas("weasyprint.css:preprocess_stylesheet",
                         "font_config.add_font_face(rule_descriptors, url_fetcher)"),
               SourceHas("weasyprint.css:preprocess_stylesheet",
                         "counter_style[name] = counter"),
               SourceHas("weasyprint.css:preprocess_stylesheet",
                         "new_layer = f'@anonymous{len(layers)}'"),
               SourceHas("weasyprint.css.counters:parse_counter_style_name",
                         "if token.lower_value in ('decimal', 'disc'):"),
               SourceHas("weasyprint.css:find_stylesheets", "css = CSS(")),
    ),
    # ------------------------------------------------------------ HTML parsing
    Patch(
        name=parsed.NAME, concern="parsed",
        target="tinyhtml5:parse", signature=("document", "namespace_html_elements", "kwargs"),
        replacement=parsed.parse,
        why="a layout whose pages are remembered (a rebuild, a second layout) parses "
            "again only the content of the element an edit changed, when the source "
            "around it is the same and the content plain phrasing: the same tree as "
            "a full parse of the document (0.05-0.09 s for the sample)",
        needs=(SourceHas("weasyprint:HTML.__init__",
                         "kwargs = {'namespace_html_elements': False}"),
               SourceHas("weasyprint:HTML.__init__",
                         "result = tinyhtml5.parse(file_obj, **kwargs)"),
               Signature("tinyhtml5.parser:HTMLParser.parse_fragment",
                         ("self", "stream", "container", "kwargs"))),
    ),
    Patch(
        name=parsed.PATTERNS, concern="parsed",
        target=parsed.CHARS_UNTIL, signature=("self", "characters", "opposite"),
        replacement=parsed.chars_until,
        why="tinyhtml5 2 keeps the pattern chars_until compiles under another key than "
            "the one it looks up, so every call made it again (2,014 calls for the "
            "sample's HTML, half the parse): the pattern kept under the key it reads",
        needs=(Exists("tinyhtml5.inputstream:characters_until_regex"),
               Holds("chars_until looks its pattern up by (characters, opposite)",
                     parsed.patterns_read_by_key)),
        when=parsed.patterns_miskeyed,
    ),
    # ------------------------------------------------------------ the cascade
    Patch(
        name=cascade.KEYS, concern="cascade",
        target="weasyprint.css:StyleFor.__init__",
        signature=("self", "html", "sheets", "presentational_hints", "font_config",
                   "target_collector"),
        replacement=cascade.style_for_init,
        why="WeasyPrint's cascade, keeping what the stylesheets declare for each element "
            "under a key of all a selector can test of it (its tag, attributes and "
            "emptiness, its ancestors' and siblings'): the next layout of the document "
            "neither matches nor declares again for an element with the same key",
        # (the module's source: StyleFor.__init__ is ours by the time a check repeats;
        # the lines its copy of the loop mirrors)
        needs=(*(SourceHas("weasyprint.css", text) for text in (
                   "for element in html.wrapper_element.iter_subtree():",
                   "for selector in sheet.matcher.match(element):",
                   "specificity, order, pseudo_type, (declarations, layer) = selector",
                   "(sheet, specificity, id(declarations), layer_order))",
                   "specificity = sheet_specificity or specificity",
                   "weight = (precedence, layer_order, specificity)",
                   "if old_weight is None or old_weight <= weight:",
                   "key = (parent_id, element_declarations, tuple(selectors_keys))",
                   "self._cascaded_styles.clear()")),
               Signature("weasyprint.css:StyleFor.set_computed_styles",
                         ("self", "element", "parent", "root", "pseudo_type", "base_url",
                          "target_collector")),
               *(Exists(f"weasyprint.css:{name}") for name in (
                   "PROGRESS_LOGGER", "declaration_precedence", "find_style_attributes",
                   "preprocess_declarations"))),
    ),
    Patch(
        name=cascade.NAME, concern="cascade",
        target="cssselect2:Matcher.match", signature=("self", "element"),
        replacement=cascade.match,
        why="the selector matches reused for an element whose declarations are made "
            "again with the same key as in the last cascade (a :has() may match it: "
            "tested afresh)",
        needs=(Holds("a Matcher keeps its selectors in the lists cascade.py reads",
                     _matcher_lists),
               Exists("cssselect2.compiler:ascii_lower"),
               SourceHas("cssselect2.compiler:_compile_node", "el.iter_next_siblings()"),
               SourceHas("cssselect2.compiler:_compile_node",
                         "'not (el.etree_children or el.etree_element.text)'")),
    ),
    # ------------------------------------------------------------ PDF writing
    Patch(
        name=deflate.NAME, concern="deflate",
        target="pydyf:Stream.data", signature=("self",),
        replacement=deflate.DATA,
        why="a process that renders documents again compresses a stream once per "
            "content: the font subsets and the pages handed on are written compressed "
            "as the last build compressed them (≈ 0.05 s of a rebuild of the sample)",
        # (the module's source: Stream.data is ours by the time a check repeats)
        needs=tuple(SourceHas("pydyf", text) for text in (
            "stream = b'\\n'.join(_to_bytes(item) for item in self.stream)",
            "extra = Dictionary(self.extra.copy())",
            "extra['Filter'] = '/FlateDecode'",
            "compressobj = zlib.compressobj(level=9)",
            "stream += compressobj.flush()",
            "extra['Length'] = len(stream)",
            "return b'\\n'.join((extra.data, b'stream', stream, b'endstream'))")),
    ),
    # ------------------------------------------------------------ PDF identity
    Patch(
        name="stable-document-id", concern="ids",
        target="weasyprint.pdf.metadata:uuid4", defined_in="uuid:uuid4", signature=(),
        replacement=ids.stable_uuid4,
        why="the XMP DocumentID of a PDF/X is derived from the PDF identifier instead of "
            "drawn at random: the same inputs give the same bytes",
    ),
)

CONCERNS: tuple[str, ...] = tuple(dict.fromkeys(patch.concern for patch in PATCHES))
