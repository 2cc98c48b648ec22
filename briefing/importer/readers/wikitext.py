"""MediaWiki's wikitext (an encyclopedia article copied from its edit box, a wiki dump's
page): `== 背景 ==` headings, `[[链接|文字]]` links, `'''粗体'''`, `{{模板}}` templates,
`<ref>` citations, `{| |}` tables, `*`/`#` lists. Parsed by mwparserfromhell and written in
the Markdown the importer reads:

- a link is its words; a file's, an image's or a category's link is the page's, not the
  text's, and goes (its caption with it);
- a template is the wiki's furniture (an infobox, a navigation box, a maintenance notice,
  an archive link) and goes, named in the report — but for the few that carry the
  sentence's words (`{{lang-en|Scheme $6,000}}`, `{{lang|en|…}}`, `{{link-en|中文|English}}`,
  `{{nowrap|…}}`), which leave those words;
- a citation is a footnote (a citation template gives its title, a named citation used
  again gives the same number); the notes stand where the article lists its references
  (`<references/>`, `{{reflist}}`), or at its end;
- a table laid out for columns of a list (its cells holding list items) is its cells'
  blocks in order; a table of data is a pipe table;
- the article's subject, bold in its first sentence (the wiki's convention), is its title,
  the page's name being no part of the text;
- a conversion mark of the Chinese wiki (`-{里}-`, `-{zh-hans:里;zh-hant:裏}-`) is its
  text (the first variant).
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.importer.markup.tables import pipe_lines, tidy_grid
from briefing.importer.readers import Article, ReadOptions
from briefing.importer.source import decode_article

KIND = "wikitext"
SUFFIXES = (".wiki", ".wikitext", ".mediawiki")
HEADING_LINE = re.compile(r"^(={2,6})[^=\n].*?\1[ \t]*$", re.M)
WIKILINK = re.compile(r"\[\[[^\[\]\n]+\]\]")
TEMPLATE = re.compile(r"\{\{[^{}\n]*")
BOLD = re.compile(r"'''[^'\n]+'''")
# Markdown's own marks: a heading of two or more #s (a wiki's # opens a list item), a link.
MARKDOWN_MARK = re.compile(r"^#{2,6} \S|\]\([^)\s]+\)", re.M)
MARKS_MIN = 3  # headings and links: an article's few

# Link namespaces that are the page's (its pictures, its categories), in English and Chinese.
PAGE_NAMESPACES = ("file", "image", "category", "media", "文件", "檔案", "档案", "图像", "圖像",
                   "分类", "分類", "图片", "圖片")
# Templates that carry the sentence's words: name → which parameter is the words.
LANG_TEMPLATE = re.compile(r"^lang-[a-z-]+$")
LINK_TEMPLATE = re.compile(r"^(?:link-[a-z-]+|le|ill|interlanguage link)$")
WORD_TEMPLATES = {"lang": 2, "nowrap": 1, "nobr": 1, "nobold": 1, "noitalic": 1, "small": 1,
                  "big": 1, "smaller": 1, "larger": 1, "ruby": 1, "zh-hans": 1, "zh-hant": 1}
REFERENCE_LISTS = ("reflist", "references", "notelist", "refs", "reference", "reflist-talk")
CITATION = re.compile(r"^cite[ _]|^citation$|^cite$")
CONVERSION = re.compile(r"-\{(?:[^{}]*?\|)?([^{}]*?)\}-")
VARIANT = re.compile(r"^\s*zh(?:-[a-z]+)?\s*:\s*")
MAGIC_WORD = re.compile(r"__[A-Z]+__")
# Where a list item's mark and a dropped template stood, until the text is whole: the item's
# text then follows its mark after one space (「# 索取」, 「#索取」), and the space the wiki put
# before a dropped template (「…有落差] {{Wayback|…}}，《明報》」) goes before a full stop.
ITEM, DROPPED = "\ue001", "\ue002"
REFERENCES = "\ue000references\ue000"  # where the article lists its notes
ITEM_MARK = re.compile(f"{ITEM}(\\d+\\.|-)[ \t]*")
DROPPED_BEFORE_STOP = re.compile(f"[ \t]*{DROPPED}[ \t]*(?=[，。、；：！？）」』】]|$)", re.M)
BLANK_LINES = re.compile(r"\n{3,}")


def sniff(data: bytes, path: Path) -> bool:
    if path.suffix.lower() in SUFFIXES:
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    headings = len(HEADING_LINE.findall(text))
    links = len(WIKILINK.findall(text))
    # a wiki's marks, and not a Markdown text's (which may hold a [[wiki link]] or two)
    return (headings + links >= MARKS_MIN and (headings or links >= MARKS_MIN)
            and bool(TEMPLATE.search(text) or BOLD.search(text))
            and len(MARKDOWN_MARK.findall(text)) <= headings // 2)


class _Writer:
    """One article's wikitext → Markdown (see above)."""

    def __init__(self) -> None:
        self.notes: dict[str, int] = {}  # a named citation → its number
        self.footnotes: list[str] = []
        self.dropped: dict[str, int] = {}  # template name → times dropped
        self.numbered = 0  # the running number of a `#` list

    def nodes(self, nodes) -> str:
        return "".join(self.node(node) for node in nodes)

    def node(self, node) -> str:
        import mwparserfromhell.nodes as kinds

        if isinstance(node, kinds.Text):
            # (a `#` list runs while each line opens with its mark: a line of text or a
            # blank line ends it, and the next list counts from 1 again)
            if "\n\n" in node.value or "\n" in node.value and node.value.rsplit("\n", 1)[1]:
                self.numbered = 0
            return node.value
        if isinstance(node, kinds.Heading):
            level = min(6, max(2, node.level))
            return f"{'#' * level} {self.nodes(node.title.nodes).strip()}\n"
        if isinstance(node, kinds.Wikilink):
            target = str(node.title).strip()
            if target.split(":", 1)[0].strip().lower() in PAGE_NAMESPACES and ":" in target:
                return ""
            return self.nodes(node.text.nodes) if node.text else target.split("#")[0]
        if isinstance(node, kinds.ExternalLink):
            return self.nodes(node.title.nodes) if node.title else ""
        if isinstance(node, kinds.Template):
            return self.template(node)
        if isinstance(node, kinds.Tag):
            return self.tag(node)
        if isinstance(node, kinds.HTMLEntity):
            return node.normalize()
        if isinstance(node, kinds.Comment):
            return ""
        return str(node)

    def template(self, node) -> str:
        name = str(node.name).strip().lower().replace("_", " ")
        words = WORD_TEMPLATES.get(name) or (1 if LANG_TEMPLATE.match(name)
                                             or LINK_TEMPLATE.match(name) else 0)
        if words and node.has(str(words)):
            return self.nodes(node.get(str(words)).value.nodes).strip()
        if name in REFERENCE_LISTS:
            return f"\n\n{REFERENCES}\n\n"
        self.dropped[name] = self.dropped.get(name, 0) + 1
        return DROPPED

    def tag(self, node) -> str:
        name = str(node.tag).lower()
        if name == "ref":
            return self.citation(node)
        if name == "references":
            return f"\n\n{REFERENCES}\n\n"
        if name == "li":
            if str(node.wiki_markup).endswith("#"):
                self.numbered += 1
                return f"{ITEM}{self.numbered}."
            return f"{ITEM}-" if node.wiki_markup else self.nodes(node.contents.nodes)
        if name == "br":
            return "\n"
        if name == "table":
            return self.table(node)
        inner = self.nodes(node.contents.nodes) if node.contents else ""
        if name == "b" and inner.strip():
            return f"**{inner}**"
        if name == "i" and inner.strip():
            return f"*{inner}*"
        return inner  # (another element — <small>, <span>, <center> — its words)

    def citation(self, node) -> str:
        import mwparserfromhell.nodes as kinds

        named = node.get("name").value.strip().strip("\"'") if node.has("name") else ""
        if named in self.notes:
            return f"[^{self.notes[named]}]"
        if not node.contents or not str(node.contents).strip():
            return ""  # a named citation first used further down: its text is not here
        cites = [n for n in node.contents.nodes if isinstance(n, kinds.Template)
                 and CITATION.match(str(n.name).strip().lower())]
        if cites and cites[0].has("title"):
            text = self.nodes(cites[0].get("title").value.nodes)
        else:
            text = self.nodes(node.contents.nodes)
        text = _dropped_out(re.sub(r"[ \t\n]+", " ", text)).strip()
        if not text:
            return ""
        self.footnotes.append(text)
        if named:
            self.notes[named] = len(self.footnotes)
        return f"[^{len(self.footnotes)}]"

    def table(self, node) -> str:
        import mwparserfromhell.nodes as kinds

        rows: list[list[str]] = []
        blocks: list[str] = []

        def row_of(cells: list) -> None:
            texts = [self.nodes(cell.contents.nodes).strip() if cell.contents else ""
                     for cell in cells]
            rows.append([re.sub(r"\s*\n\s*", " ", text) for text in texts])
            blocks.extend(text for text in texts if text)

        loose: list = []  # cells before the first 「|-」: the first row's
        for part in node.contents.nodes:
            if not isinstance(part, kinds.Tag):
                continue
            tag = str(part.tag).lower()
            if tag in ("td", "th"):
                loose.append(part)
            elif tag == "tr":
                if loose:
                    row_of(loose)
                    loose = []
                row_of([cell for cell in part.contents.nodes if isinstance(cell, kinds.Tag)
                        and str(cell.tag).lower() in ("td", "th")])
        if loose:
            row_of(loose)
        rows = tidy_grid(rows)
        if len(rows) <= 1 or any("\n" in block for block in blocks):
            return "\n\n" + "\n\n".join(blocks) + "\n\n"  # columns of a list: its blocks
        return "\n\n" + "\n".join(pipe_lines(rows, 1)) + "\n\n"


def _dropped_out(text: str) -> str:
    return DROPPED_BEFORE_STOP.sub("", text).replace(DROPPED, "")


def _subject(text: str) -> str:
    """The bold subject of the article's first sentence, the wiki's way of naming it."""
    first = next((block for block in text.split("\n\n") if block.strip()
                  and not block.lstrip().startswith(("#", "|", "-"))), "")
    found = re.match(r"\s*\*\*([^*\n]{1,40})\*\*", first)
    return found[1].strip() if found else ""


def convert(wikitext: str) -> tuple[str, dict[str, str], list[str]]:
    """The wikitext as the importer's Markdown, the facts it states, and the report's notes
    on what went."""
    import mwparserfromhell

    wikitext = CONVERSION.sub(lambda m: VARIANT.sub("", m[1].split(";")[0]), wikitext)
    writer = _Writer()
    text = writer.nodes(mwparserfromhell.parse(MAGIC_WORD.sub("", wikitext)).nodes)
    text = ITEM_MARK.sub(r"\1 ", _dropped_out(text))
    notes = "\n".join(f"[^{n}]: {note}" for n, note in enumerate(writer.footnotes, 1))
    if REFERENCES in text:
        head, _, tail = text.partition(REFERENCES)
        text = head + notes + tail.replace(REFERENCES, "")
    elif notes:
        text = text.rstrip() + "\n\n" + notes
    lines = [line.rstrip() for line in text.split("\n")]
    text = BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"
    facts: dict[str, str] = {}
    subject = _subject(text)
    if subject:
        facts["title"] = subject
        text = text.replace(f"**{subject}**", subject, 1)
    dropped = [f"{{{{{name}}}}}" + (f" ×{count}" if count > 1 else "")
               for name, count in writer.dropped.items()]
    report = [f"wikitext: {len(dropped)} kind(s) of template dropped (the wiki's furniture): "
              + ", ".join(dropped)] if dropped else []
    return text, facts, report


def read(path: Path, data: bytes, options: ReadOptions) -> Article:
    text, facts, notes = convert(decode_article(data, path))
    return Article(text=text, kind=KIND, facts=facts, notes=notes)
