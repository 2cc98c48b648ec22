"""Links beyond the words they keep: Markdown's link reference definitions (「[1]: https://…」,
whose lines go and whose labels make 「[文字][1]」 a link), a reference link whose label no
definition names, and the lines that are links only — a page's navigation or badges, a
language switch, a call to follow a link — which are the page's, not the article's text."""

from __future__ import annotations

import re

from briefing.importer.markup.inline import WORD_CHARACTER, Notes, strip_breaks
from briefing.importer.markup.shared import MD, Markup
from briefing.importer.markup.sites import TEMPLATE_TAGS
from briefing.importer.records import Repair

URL_OR_PATH = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#|\.{1,2}/)", re.I)


def link_references(text: str, raw_lines: list[str]) -> tuple[dict, set[int], dict[int, str]]:
    """Markdown's link reference definitions (「[1]: https://…」), as markdown-it reads
    them, and the indices of their lines. A footnote's 「[^1]: …」 is no link, nor a
    definition whose address is Chinese text (「[1]: 张三，某某研究」 is a note). And the
    lines of fenced code blocks: index → "fence" (a ``` line) or "code"."""
    env: dict = {}
    fences: dict[int, str] = {}
    # A site generator's tag alone on its line (「{% include references.md %}」 over the
    # post's definitions, no blank line between) is the generator's, gone from the page:
    # read as the blank line it leaves, so the definitions under it are definitions.
    text = "\n".join("" if TEMPLATE_TAGS.match(line) else line for line in text.split("\n"))
    for token in MD.parse(text, env):
        if token.type == "fence" and token.map:
            start, end = token.map
            for line in range(start, end):
                fences[line] = "code"
            fences[start] = "open"
            if end - 1 > start and raw_lines[end - 1].strip().startswith(token.markup):
                fences[end - 1] = "close"
    references = {}
    lines: set[int] = set()
    for label, reference in env.get("references", {}).items():
        start, end = reference.get("map") or (0, 0)
        source = " ".join(raw_lines[start:end])
        address = source.split("]:", 1)[-1].split()[0] if "]:" in source else ""
        if label.startswith("^") or not address or (any(
                "\u4e00" <= char <= "\u9fff" for char in address)
                and not URL_OR_PATH.match(address)):
            continue  # (a path's Chinese fragment, 「/zh/…/#新闻」, is an address still)
        references[label] = reference
        lines.update(range(start, end))
    return {"references": references}, lines, fences


def navigation(rendered: str, notes: Notes) -> bool:
    """A line whose words are all link texts — several links, or links with no Chinese
    (「🤗 Hugging Face | 🤖 ModelScope」) — or only the separators between such links
    (「|」): a page's navigation bar or a README's badges, not the article's text."""
    text = strip_breaks(rendered)
    if not text or notes.images and not WORD_CHARACTER.search(text):
        return False
    if not notes.links:
        return bool(text) and not WORD_CHARACTER.search(text) and set(text) <= set("|｜·•/ ")
    linked = "".join(notes.linked)
    return (not WORD_CHARACTER.search("".join(notes.unlinked))
            and bool(WORD_CHARACTER.search(linked))
            and (len(notes.links) >= 2 or not any("\u4e00" <= c <= "\u9fff" for c in linked)))


def listed_reference(notes: Notes) -> bool:
    """A list item that is one link to another site (「* [Measuring Massive Multitask
    Chinese Understanding](https://arxiv.org/…)」 under 「第三方评测：」): an entry of the
    article's list — a paper, a project — whose words are text, not a page's navigation
    (a navigation bar is a line of several links, or a link within the site)."""
    return len(notes.links) == 1 and bool(re.match(r"https?://", notes.links[0]))


# A language's name as a README's or docs site's language switch writes it.
LANGUAGE_NAME = re.compile(
    r"^(?:English|英文|英语|英語|中文|简体中文|簡體中文|繁體中文|繁体中文|正體中文|Chinese|"
    r"Simplified Chinese|Traditional Chinese|日本語|日本语|日语|한국어|Español|Français|"
    r"Deutsch|Русский|Português|EN|ZH|CN|zh-CN|zh-TW|en-US|JA|JP)$", re.I)
# The words a language switch may have besides the names: 「Read this in」, 「Language:」.
LANGUAGE_LEAD = re.compile(
    r"^(?:(?:read|view)\s+(?:this|it|the\s+\w+)?\s*in|languages?|switch\s+to|"
    r"other\s+languages?|切换(?:到|至)?|语言|語言|阅读|閱讀|查看|版本)?$", re.I)


def language_switch(rendered: str, notes: Notes) -> bool:
    """A line whose links each name a language (「English」「简体中文」), with nothing else but
    a lead such as 「Read this in」 and the separators: the page's language switch."""
    names = [strip_breaks(text).strip(" *_") for text in notes.linked]
    names = [name for name in names if name]
    words = re.split(r"[\s|｜/·•,，.。:：*_()（）\[\]-]*[|｜/·•]+[\s|｜/·•,，.。:：*_()（）\[\]-]*",
                     strip_breaks("".join(notes.unlinked)))
    # The page's own language is named unlinked among the others (「中文 | English」).
    current = [w.strip() for w in words if LANGUAGE_NAME.match(w.strip())]
    unlinked = "".join(notes.unlinked)
    for word in current:
        unlinked = unlinked.replace(word, " ", 1)
    lead = re.sub(r"[\s|｜/·•,，.。:：*_()（）\[\]-]+", " ", strip_breaks(unlinked)).strip()
    return (bool(notes.links) and bool(names) and len(names) == len(notes.links)
            and all(LANGUAGE_NAME.match(name) for name in names)
            and bool(LANGUAGE_LEAD.match(lead)))


# A reference link 「[words][label]」: words with a letter or a Han (「[1][2]」 are citation
# marks), a short label with a number in it (「[71]」「[ref3]」); outside code spans. Words in
# brackets side by side (「[Improvement][Logger]」「[DS-7016][feat]」, a change's tags) are
# tags, which Markdown prints as written: no link to mend, no word to drop.
REFERENCE_LINK = re.compile(
    r"\[([^\[\]`]*[^\W\d_][^\[\]`]*)\]\[([A-Za-z_-]{0,8}\d[A-Za-z0-9_-]{0,8})\]")
CODE_SPAN = re.compile(r"(`+)[^`]*?\1")


def dangling_references(number: int, line: str, references: dict | None,
                        result: Markup) -> str:
    """「《[四大主流微信编辑器完全对比指南][71]》」 whose label no definition in the text names
    (the export lost or misnumbered it): Markdown would print the brackets and the label;
    the author wrote a link — its words are kept, the link's marks dropped, and the
    editor told that its address is missing."""
    if result.plain:  # a plain text's brackets are its own
        return line
    defined = {label.upper() for label in (references or {}).get("references", {})}
    pieces, position = [], 0
    for code in [*CODE_SPAN.finditer(line), None]:
        end = code.start() if code else len(line)
        pieces.append(REFERENCE_LINK.sub(
            lambda m: m[0] if m[2].upper() in defined else m[1], line[position:end]))
        if code:
            pieces.append(code[0])
            position = code.end()
    kept = "".join(pieces)
    if kept != line:
        result.doubts.append(Repair(
            "reference-undefined", number, line.strip()[:40], kept.strip()[:40],
            "a reference link whose label no definition in the text names: kept its words, "
            "dropped its marks — was an address (a link to another article) lost?"))
    return kept


# A link's words that only ask the reader to follow it: 「点击查看公报全文」「原文链接」.
LINK_CALL = re.compile(
    r"^(?:点击|点此|戳|请?点这里|查看|阅读|下载|前往)|(?:原文|全文|链接|详情|下载|地址)$")
LINK_CALL_MAX = 16


def link_call(rendered: str, notes: Notes) -> bool:
    """A line that is one link alone whose words are a call to follow it."""
    linked = strip_breaks("".join(notes.linked))
    return (len(notes.links) == 1 and not WORD_CHARACTER.search("".join(notes.unlinked))
            and 0 < len(linked) <= LINK_CALL_MAX and bool(LINK_CALL.search(linked))
            and strip_breaks(rendered).strip("*_ ") == linked)
