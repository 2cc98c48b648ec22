"""Pure repair functions over strings: each returns the new text and the edits it made.

Nothing here reads files or knows about blocks; `structure.py` applies these to the
article's blocks and turns the edits into logged `Repair`s.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from briefing.importer.chars import (
    CLOSERS,
    SENTENCE_END,
    excerpt,
    has_han,
    is_chinese,
    is_han,
    simplified,
    strip_tags,
)
from briefing.importer.layout import width
from briefing.substances import subscript_spans


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] (which was `old`) with `new`; offsets are in the input."""

    start: int
    end: int
    old: str
    new: str


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    pieces = []
    position = 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[position:edit.start])
        pieces.append(edit.new)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def edit_excerpts(text: str, edits: list[Edit], context: int = 8) -> tuple[str, str]:
    """(before, after) excerpts around the first edit, showing every edit in the window."""
    first = min(edits, key=lambda e: e.start)
    left, right = max(0, first.start - context), min(len(text), first.end + context)
    inside = [e for e in edits if e.start < right and e.end > left]
    left = min([left] + [e.start for e in inside])
    right = max([right] + [e.end for e in inside])
    window = text[left:right]
    shifted = [Edit(e.start - left, e.end - left, e.old, e.new) for e in inside]
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    return prefix + window + suffix, prefix + apply_edits(window, shifted) + suffix


# ---------------------------------------------------------------- 8. full-width forms


def halfwidth_forms(text: str) -> tuple[str, list[Edit]]:
    """Full-width digits, Latin letters and ％ → ASCII (７７％ → 77%, ＰＭ２．５ → PM2.5).

    The full-width point ． (and the small one ﹒, a Big5 copy's: 「９﹒３％」) becomes . only
    between digits, where it is a decimal point.
    """
    edits = []
    for index, char in enumerate(text):
        code = ord(char)
        if (0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A
                or 0xFF41 <= code <= 0xFF5A or char == "％"):
            edits.append(Edit(index, index + 1, char, chr(code - 0xFEE0)))
        elif char in "．﹒" and 0 < index < len(text) - 1 and _is_digit(text[index - 1]) \
                and _is_digit(text[index + 1]):
            edits.append(Edit(index, index + 1, char, "."))
    return apply_edits(text, edits), edits


def _is_digit(char: str) -> bool:
    return (char.isascii() and char.isdigit()) or "０" <= char <= "９"


# ---------------------------------------------------------------- 7. full-width punctuation

ASCII_TO_FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


def fullwidth_punctuation(text: str) -> tuple[str, list[Edit]]:
    """ASCII , ; : ? ! next to Chinese → full width (GB/T 15834); matched ( ) likewise.

    A mark converts when the character on either side of it is Han or Chinese punctuation,
    so 1,234 and 10:30 and Latin runs stay as they are. A pair of parentheses converts when
    its content holds Han or the character just outside it is Han: 科室(直属单位), 1973家(次),
    化学需氧量(COD) — but not f(x)的, whose parentheses belong to the Latin word.
    """
    edits = []
    markup = _markup_spans(text)
    for opening, closing in matched_parentheses(text):
        outside_before = text[opening - 1] if opening > 0 else ""
        outside_after = text[closing + 1] if closing + 1 < len(text) else ""
        # f(x)的 stays ASCII: a Latin word owns its parentheses.
        attached_to_latin = outside_before.isascii() and outside_before.isalnum()
        # (a mark before it is Chinese too: 「《…规范》(HJ640-2012)」)
        if has_han(text[opening + 1:closing]) or is_chinese(outside_before) \
                or (is_han(outside_after) and not attached_to_latin):
            edits.append(Edit(opening, opening + 1, "(", "（"))
            edits.append(Edit(closing, closing + 1, ")", "）"))
    # A bracket made full width is Chinese punctuation beside a mark: 「(日平均值),PM10」.
    converted = {edit.start for edit in edits}
    for index, char in enumerate(text):
        if char in ASCII_TO_FULLWIDTH and not any(a <= index < b for a, b in markup):
            # (seen through an emphasis's marks: 「**擅长做什么**, 不要」 — the mark stands
            # beside the bold words, the stars are no characters of the page)
            before = text[:index].rstrip("*")[-1:]
            after = text[index + 1:].lstrip("*")[:1]
            if is_chinese(before) or is_chinese(after) or index - 1 in converted \
                    or index + 1 in converted or _between_chinese_clauses(text, index):
                edits.append(Edit(index, index + 1, char, ASCII_TO_FULLWIDTH[char]))
    # A run of ! and ? (「活下去!!!」「真的?!」) is one mark: all of it converts with the one
    # beside the Han, never 「活下去！!!」.
    converted = {edit.start for edit in edits}
    for start, end in ((m.start(), m.end()) for m in EMPHATIC_RUN.finditer(text)):
        if any(start <= index < end for index in converted):
            edits += [Edit(index, index + 1, text[index], ASCII_TO_FULLWIDTH[text[index]])
                      for index in range(start, end) if index not in converted]
    edits.sort(key=lambda e: e.start)
    return apply_edits(text, edits), edits


EMPHATIC_RUN = re.compile(r"[!?]{2,}")


# A number or a Latin term at a clause's edge: 「下降16.4%;O3平均浓度」, a Roman numeral's
# class too (「Ⅳ类断面占5.5%,Ⅴ类断面占0.4%」).
CLAUSE_EDGE = re.compile(r"[A-Za-z0-9.%‰\u2160-\u217f]+")


def _between_chinese_clauses(text: str, index: int) -> bool:
    """A ; between two Chinese clauses whose edges are a number or a Latin term
    (「同比下降16.4%;O3平均浓度为82」) separates them as the full-width mark would. Only a
    semicolon, or a comma right after a percent sign: a comma or colon between digits may
    be the number's own (1,234 10:30), a semicolon or 「%,」 never is."""
    char = text[index]
    if not (char == ";" or (char == "," and text[index - 1:index] in ("%", "‰"))):
        return False
    before = text[:index]
    run = re.search(CLAUSE_EDGE.pattern + "$", before)
    if run is None or not is_han(before[run.start() - 1:run.start()]):
        return False
    # The copy may set a space after the semicolon (「增长1.9%; 全县」): the next clause
    # begins after it, with Han or with its own number or Latin term.
    start = index + 1 + (len(text[index + 1:]) - len(text[index + 1:].lstrip(" \t"))
                         if char == ";" else 0)
    if char == ";" and (start > index + 1 and is_han(text[start:start + 1])
                        or not text[start:].strip()):
        return True  # 「增长1.6%; 全县」, or the clause ends the paragraph (a cut copy's)
    after = CLAUSE_EDGE.match(text, start)
    return after is not None and is_han(text[after.end():after.end() + 1])


# Markup that must keep its ASCII marks: entities (&emsp; &lt;), tags, URLs.
MARKUP_SPAN = re.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
    r"|[A-Za-z][A-Za-z0-9+.-]*://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+")


def _markup_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in MARKUP_SPAN.finditer(text)]


def matched_parentheses(text: str) -> list[tuple[int, int]]:
    """Offsets of matched ASCII ( ) pairs, innermost first; unmatched ones are left out."""
    stack: list[int] = []
    pairs = []
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            pairs.append((stack.pop(), index))
    return pairs


# ---------------------------------------------------------------- 9. units and subscripts

# 「80μg/m3CO:4mg/m3」: a capital after the power starts the next word (a formula).
AREA_VOLUME = re.compile(r"(?<![A-Za-z])(k?m)([23])(?![0-9a-z.])")
# What may stand before m3/km2 for it to be a unit: a number, a unit slash, 万/亿 etc.
UNIT_LEAD = re.compile(r"[0-9/万亿千百]$")


def unit_markup(text: str) -> tuple[str, list[Edit]]:
    """m3 → m<sup>3</sup> (after a number or a unit slash), PM2.5 → PM<sub>2.5</sub>,
    SO2 → SO<sub>2</sub> (a chemical formula: briefing/substances.py).

    Existing <sub>/<sup> are not touched: PM<sub>2.5</sub> does not match PM2.5.
    """
    edits = [Edit(start, end, text[start:end], f"<sub>{text[start:end]}</sub>")
             for start, end in subscript_spans(text)]
    for match in AREA_VOLUME.finditer(text):
        if UNIT_LEAD.search(text[:match.start()].rstrip(" ")):
            power = match.group(2)
            edits.append(Edit(match.start(2), match.end(2), power, f"<sup>{power}</sup>"))
    edits.sort(key=lambda e: e.start)
    return apply_edits(text, edits), edits


# ---------------------------------------------------------------- markup the format refuses

KEPT_MARKUP = re.compile(r"</?(?:sub|sup|em|strong|br)\s*/?>|<!--.*?-->", re.IGNORECASE)
MERGE_LEFT_CELL = re.compile(r"(?<=\|)[ \t]*(<)[ \t]*(?=\|)")


def escape_markup(text: str) -> tuple[str, list[Edit]]:
    """A '<' that opens no allowed inline tag (<sub> <sup> <em> <strong> <br>) → &lt;.

    The loader refuses other HTML; escaped, the text shows as written and the editor can
    remove what was markup.
    """
    kept = [match.span() for match in KEPT_MARKUP.finditer(text)]
    # A pipe table's cell that is 「<」 alone is article.md's merge mark (loader.MERGE_LEFT).
    kept += [(match.start(1), match.end(1)) for match in MERGE_LEFT_CELL.finditer(text)]
    edits = [
        Edit(index, index + 1, "<", "&lt;")
        for index, char in enumerate(text)
        if char == "<" and not any(start == index for start, _ in kept)
    ]
    return apply_edits(text, edits), edits


# A PDF's symbol fonts (Symbol, Wingdings) map their glyphs to the private use area U+F000–
# U+F0FF, and pdftotext writes those code points: a list's bullet 「\uf06c」 (Wingdings ●), an
# arrow 「\uf0d8」 (➢). They mean the glyph of a font the PDF had, which no print font has
# (the build refuses them); the golds of every such text in the corpus drop them (three
# reports, 45 marks, 41 of them opening a line).
SYMBOL_FONT_GLYPH = re.compile(r"[\uf000-\uf0ff][ \t\u3000]*")


# Adobe's symbol fonts draw a long rule by repeating a horizontal extender; a PDF's text
# layer gives it as their private code point U+F8E7 (「會議過程──」: the dash of Hong Kong's
# and Taiwan's official texts). No print font has it: each is the rule it draws, ─.
RULE_EXTENDER = re.compile("\uf8e7")


def rule_extenders(text: str) -> tuple[str, list[Edit]]:
    """Each symbol font's horizontal extender (see above) → ─ (U+2500)."""
    edits = [Edit(m.start(), m.end(), m.group(), "\u2500") for m in RULE_EXTENDER.finditer(text)]
    return apply_edits(text, edits), edits


def symbol_font_glyphs(text: str) -> tuple[str, list[Edit]]:
    """A PDF symbol font's glyph (U+F000–U+F0FF) and the spaces after it → nothing."""
    edits = [Edit(match.start(), match.end(), match.group(), "")
             for match in SYMBOL_FONT_GLYPH.finditer(text)]
    return apply_edits(text, edits), edits


# A PDF's text layer may map a CJK glyph to the look-alike radical code point (Kangxi
# Radicals U+2F00–U+2FD5, CJK Radicals Supplement U+2E80–U+2EF3: 「⼈⼯智能」 for 人工智能) —
# Chrome's, Safari's and Word's PDFs do, for the commonest characters. They look the same,
# but search, the figures' labels and a print font's coverage see other characters. In
# running text a radical's own code point is never meant: each becomes its ideograph
# (NFKC's mapping; the Supplement's simplified forms have none there, so they are listed).
SIMPLIFIED_RADICALS = {
    "\u2ec5": "见", "\u2ec8": "讠", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed0": "钅",
    "\u2ed3": "长", "\u2ed4": "门", "\u2ed8": "青", "\u2eda": "页", "\u2edb": "风",
    "\u2edc": "飞", "\u2ee0": "饣", "\u2ee2": "马", "\u2ee5": "鱼", "\u2ee6": "鸟",
    "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐",
    "\u2eee": "齿", "\u2ef0": "龙", "\u2ef3": "龟", "\u2e9f": "母"}
# The same for a CJK compatibility ideograph (U+F900–U+FAFF: 「年」 U+F98E for 年 U+5E74, a
# PDF's text layer from a font that carries the duplicate glyph): canonically the same
# character (NFC maps it), never meant as another in running text.
COMPATIBILITY_IDEOGRAPHS = "".join(
    chr(code) for code in range(0xF900, 0xFB00)
    if unicodedata.normalize("NFC", chr(code)) != chr(code))
RADICAL = re.compile("[\u2f00-\u2fd5" + "".join(SIMPLIFIED_RADICALS)
                     + COMPATIBILITY_IDEOGRAPHS + "]")


def radical_lookalikes(text: str) -> tuple[str, list[Edit]]:
    """Each radical code point (see above) → the ideograph it stands for."""
    edits = [Edit(match.start(), match.end(), match.group(), SIMPLIFIED_RADICALS.get(
        match.group(), unicodedata.normalize("NFKC", match.group())))
        for match in RADICAL.finditer(text)]
    return apply_edits(text, edits), edits


# Invisible format characters a web editor leaves in the text: the zero-width space
# (U+200B), the word joiner (U+2060), a byte-order mark inside the text (U+FEFF), the
# left-to-right and right-to-left marks (U+200E, U+200F). They print nothing, mark nothing
# a Chinese line needs (it breaks between any two characters), and no print font has them
# (the build refuses them). The emoji joiner (U+200D) stays: it holds a pictograph
# sequence together.
INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u200e\u200f]+")


def invisible_characters(text: str) -> tuple[str, list[Edit]]:
    """The invisible format characters (see above) → nothing."""
    edits = [Edit(match.start(), match.end(), match.group(), "")
             for match in INVISIBLE.finditer(text)]
    return apply_edits(text, edits), edits


# A year written in Chinese numerals with the letter O (or a zero) typed for 〇
# (「二OO八年三月五日」): the typist's stand-in for the numeral, which a page must not set
# as Latin letters spaced from the Han around them.
LETTER_ZERO_YEAR = re.compile(r"(?<![A-Za-z0-9〇○零一二三四五六七八九ＯｏＯ０])"
                              r"(?=[〇○零一二三四五六七八九OoＯｏ0０]{4}\s*年)"
                              r"(?=[^年]*[一二三四五六七八九])(?=[^年]*[OoＯｏ0０])"
                              r"[〇○零一二三四五六七八九OoＯｏ0０]{4}(?=\s*年)")


def letter_zero_years(text: str) -> tuple[str, list[Edit]]:
    """A Han-numeral year's O or 0 (see above) → 〇."""
    edits = []
    for match in LETTER_ZERO_YEAR.finditer(text):
        year = re.sub(r"[OoＯｏ0０]", "〇", match.group())
        edits.append(Edit(match.start(), match.end(), match.group(), year))
    return apply_edits(text, edits), edits


# ---------------------------------------------------------------- 1–2. split paragraphs


def ends_sentence(text: str) -> bool:
    """Does the paragraph end a sentence? 。！？…… or a closer after one (。” ！）).

    A paragraph ending in ，、；：, a Han character, a digit or a closer after any of those
    (变实” without 。) does not: it continues somewhere.
    """
    tail = strip_tags(text).rstrip()
    while tail and (tail[-1] in CLOSERS or tail[-1] == "*"):  # 「**……来？**」: emphasis closes
        tail = tail[:-1].rstrip()
    return bool(tail) and (tail[-1] in SENTENCE_END or bool(HAN_FULL_STOP.search(tail)))


# A Chinese sentence closed by an ASCII full stop, a citation mark maybe before it: journals
# set 「.」 for 。 (软件学报), an extraction spaces a superscript mark (「…能力 [8] .」).
HAN_FULL_STOP = re.compile(r"[\u4e00-\u9fff](?:\s*\[\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\])?\s*\.$")


def repeated_overlap(first: str, second: str, minimum: int = 3) -> int:
    """Length of the longest end of `first` that `second` starts with (0 if < minimum).

    A conversion that repeated the last words of a page at the top of the next leaves
    「…社会主义思想」「社会主义思想为指导…」. Two characters agree by chance too
    often (的发, 工作) to count.
    """
    longest = min(len(first), len(second) - 1)
    for size in range(longest, minimum - 1, -1):
        if first.endswith(second[:size]):
            return size
    return 0


DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def is_date_line(text: str) -> bool:
    """「2022年2月28日」 alone on a line: the date under a signature."""
    return bool(DATE_LINE.match(strip_tags(text).strip()))


ENDING_URL = re.compile(r"(?:^|\s)https?://\S+\.(?:html?|pdf|aspx?|php|shtml)$", re.I)


def may_join(first: str, second: str) -> bool:
    """Can `second` continue the sentence `first` left unfinished at a page break?

    Not when `first` ends a sentence, when `second` opens with a number or 一是 (a new
    item), when `second` is a date under a signature, or when `first` is a short line
    ending in a colon (a salutation: 「各位代表：」).
    """
    plain = strip_tags(first).rstrip()
    if ends_sentence(first) or starts_new_item(second) or is_date_line(second):
        return False
    if ENDING_URL.search(plain):
        return False  # a citation or a reference entry ends with its address: finished
    if FIELD_LABEL.match(plain) and FIELD_LABEL.match(strip_tags(second)):
        return False  # 「参与单位：…」「主要撰稿人：…」: two fields of a form, not one sentence
    if CONTACT_FIELD.match(plain) or CONTACT_FIELD.match(strip_tags(second).strip()):
        # 「电子邮箱：…@….cn」「联系电话：…」: a contact's field ends where it ends, and
        # opens a line of its own (「邮寄地址：…委员会」 ⏎ 「邮　　编：361018」)
        return False
    if BIBLIOGRAPHY_ENTRY.match(strip_tags(second)) and plain.endswith((".", "。")):
        return False  # 「…, 2022: 1-12.」「[2] 王五, …」: the next entry of a reference list
    # A colon announces what follows (a list, a quotation): the next block starts it.
    return not plain.endswith(("：", ":"))


# An entry of a reference list (GB/T 7714): its number in brackets, a space, the entry
# (「[2] 王五, 赵六. 题名[J]. 刊名, 2025, 41(9): 1-20.」); the entry before ends with a full stop.
BIBLIOGRAPHY_ENTRY = re.compile(r"^\[\d{1,3}\][ \t\u3000]+\S")
# A form's field: a short label and a colon opening the block (「参与单位：」「主要撰稿人：」).
FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
# A contact field of a notice: its label, then a value of no words — an address, a
# number, a mail address (「电子邮箱：fazhiwei@example.gov.cn」「邮　　编：361018」).
CONTACT_FIELD = re.compile(
    r"^(?:电子邮箱|电子信箱|邮箱|E-?mail|邮\s*编|邮政编码|联系电话|电话|传真|手机)\s*[：:]\s*"
    r"[\w.@\-+()（）、/ ]{3,40}$", re.IGNORECASE)
LIST_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,])")
# A dash list item (「——…；」, the dash as pdftotext gives it: —— ―― －－ ⸺).
DASH_ITEM = re.compile(r"^(?:[—―⸺－–]{1,2})(?=\S)")
# An international document, cited by its own code (GB/T 1.1 keeps it as written), its
# title in Chinese after it: 「ISO/IEC 13818-1:2019」「ISO/IEC 14496-2:2004/Amd.2:2005」
# 「Rec.ITU-T G.723.1(2006)」「ITU-T H.264」「IETF RFC 3261」「IEEE Std 802.3」.
INTERNATIONAL_REFERENCE = re.compile(
    r"^(?:(?:ISO|IEC)(?:/(?:IEC|IEEE|TR|TS))*\s*\d+(?:-\d+)*(?::\d{4})?"
    r"(?:/(?:Amd|Cor)\.?\s*\d+(?::\d{4})?)*"
    r"|(?:Rec\.\s*)?ITU-T\s+(?:Rec\.\s*)?[A-Z]\.\d+(?:\.\d+)*(?:\s*\(\d{4}\))?"
    r"|(?:IETF|IEEE)\s+RFC\s*\d+|IEEE\s+Std\s*\d+(?:\.\d+)*(?:-\d{4})?)"
    r"\s+(?=\S{0,8}[\u4e00-\u9fff])")
# A normative reference of a standard's list (GB/T 1.1: one document a line):
# 「GB/T 191 包装储运图示标志」「LS/T 1533 …」「ISO 9001 …」, or an international one.
REFERENCE_LINE = re.compile(r"^(?:GB|DB\d{0,2}|[A-Z]{2,4})(?:/[TZ])?\s*\d+(?:[.\-]\d+)*"
                            r"(?:[—-]\d{4})?\s+\S|" + INTERNATIONAL_REFERENCE.pattern)


# The labelled lines of a paper's or report's front page (GB/T 7713).
FRONT_PAGE_LABEL = re.compile(
    r"^(?:摘\s*要|关键词|关键字|中图分类号|文献标志码|文献标识码|文章编号|DOI|doi|Abstract|"
    r"Key\s*words|收稿日期|修回日期|基金项目|作者简介|通信作者|通讯作者|引用格式"
    # Other journals' wording of the same fields (软件学报, 计算机学报 …).
    r"|中图法分类号|(?:中文|英文)引用格式|收稿时间|修改(?:日期|时间)|修回时间|(?:采用|录用)(?:日期|时间))"
    r"\s*[：:]")


# A Chinese paper's English front page: its authors (「GAO Shuai, HOU Xindi」, surnames
# in capitals, each maybe with its affiliation's number: 「ZHANG Huifeng1, LU Pingjing2,」)
# and their affiliation (「School of …」) each open a paragraph.
ENGLISH_FRONT = re.compile(
    r"^(?:[A-Z]{2,}(?:-[A-Z]+)? [A-Z][a-z]+(?:-?[a-z]+)?(?:\d[\d,]*\*?)?(?:, ?|$)){2,}"
    # 「Sun Wei-Song1,2, Chen Hong1,2,」: surname first, the given name's syllables
    # hyphenated, the affiliation's number right after it (软件学报, 计算机学报 …).
    r"|^(?:[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\d[\d,]*\*?(?:,\s*|\s*$)){2,}"
    r"|^(?:School|College|Department|Institute|Faculty|Key Laboratory|State Key Laboratory)"
    r" of ")


def starts_new_item(text: str) -> bool:
    """A paragraph opening with a number, 一是/第一，, a list dash, a standard's code or a
    front-page label (关键词：, DOI:) begins something new."""
    return heading_numbering(text).rank > 0 or bool(
        LIST_ITEM.match(text) or DASH_ITEM.match(text) or REFERENCE_LINE.match(text)
        or FRONT_PAGE_LABEL.match(text) or ENGLISH_FRONT.match(text)
        or NUMBERED_AFFILIATION.match(text))


# A paper's affiliation under its authors, with its number: 「2（某大学 某学院， 某市 100000）」
# 「1(School of …, China)」: each one a block of its own.
NUMBERED_AFFILIATION = re.compile(r"^\d{1,2}\s*[（(][^\n]*[）)]$")


# ---------------------------------------------------------------- 5–6. headings


class Numbering(NamedTuple):
    """A heading's numbering: its style rank, the number as written, and the rest."""

    rank: int
    number: str
    rest: str


# What follows a number that counts something rather than numbering a title.
UNIT_CHARS = "年月日时分秒个家人项次万亿千百元角吨米克度届期批件条名位天周岁倍户辆座所台套篇份"

STUCK = rf"(?=[\u4e00-\u9fff])(?![{UNIT_CHARS}])"

# Numbering styles in their canonical order (rank 0 is unnumbered):
# 一、 < （一） < 1 / 1. / 1、 < （1） < ①.
NUMBERING_STYLES: tuple[tuple[int, re.Pattern[str]], ...] = (
    # 「、地表水」: a page set the numeral as an image, the copy lost it; no sentence and
    # no list item opens with 、 (GB/T 15834), so the 、 alone marks the head's rank.
    (1, re.compile(r"^[一二三四五六七八九十百零〇]*、")),
    # 「第一、發揮團隊精神，強化整體力量」: a speech's parts by ordinal, the rank of 一、
    (1, re.compile(r"^第[一二三四五六七八九十]{1,3}、")),
    # 「一 调研背景」: a book's or a report's chapter numbered in Han with a space for the 、
    # (the 皮书 series and many books set 一 and its title apart with a full-width space).
    (1, re.compile(r"^[一二三四五六七八九十]{1,3}[ \t\u3000]+(?=[\u4e00-\u9fff“])")),
    (2, re.compile(r"^[（(][一二三四五六七八九十百零〇]+[）)]")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]")),
    # 「3. 1 术语和定义」「3. 1. 1 码率」: a standard's clause number as a PDF sets it, a space
    # after each point (its font's spacing) — a space after the number too, so 「2. 1月份…」
    # stays item 2. (Before 1. / 1、, which would read 「3. 」 alone.)
    (7, re.compile(r"^\d{1,2}\.[ \t]\d{1,2}\.[ \t]?\d{1,2}(?![\d.])[ \t\u3000]+(?=\S)"
                   r"|^\d{1,2}\.[ \t]?\d{1,2}\.[ \t]\d{1,2}(?![\d.])[ \t\u3000]+(?=\S)")),
    (6, re.compile(r"^\d{1,2}\.[ \t]\d{1,2}(?![\d.])[ \t\u3000]+(?=\S)")),
    # 1 / 1. / 1、: one or two digits, then a separator that is not a decimal point.
    (3, re.compile(r"^\d{1,2}(?:[.．、](?!\d)[ \t]*|[ \t]+(?=\S))")),
    (5, re.compile(r"^[①-⑳]")),
    # Clause numbers of standards and papers: 4.1 / 4.1.2, spaced or stuck to the title
    # (「5.1原料来源」 from a PDF) but not a decimal with its unit (「2.5万吨」).
    (6, re.compile(rf"^\d{{1,2}}\.\d{{1,2}}(?![\d.])(?:[ \t\u3000]+|{STUCK})")),
    (7, re.compile(rf"^\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}}(?![\d.])(?:[ \t\u3000]+|{STUCK})")),
    # 壹、 贰、 叁、: the financial numerals number the level above 一、 (Taiwan's 公文 and
    # reports: 壹、 > 一、 > （一） > 1.); ranked with 第X部分 (headings.py).
    (8, re.compile(r"^[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}、")),
    # 「§1 重要提示」「§5董事会报告」: the parts of a listed company's report summary (the
    # exchanges' form of 年度报告摘要), over its 1.1 / 5.1 clauses; ranked as 壹、 is.
    (9, re.compile(r"^§[ \t\u3000]*\d{1,2}(?![\d.])[ \t\u3000]*")),
)
FINANCIAL_RANK = 8
PART_RANKS = frozenset({FINANCIAL_RANK, 9})
CLAUSE_RANKS = frozenset({6, 7})
ARABIC_RANK = 3  # 1 / 1. / 1、


def heading_numbering(text: str) -> Numbering:
    for rank, pattern in NUMBERING_STYLES:
        match = pattern.match(text)
        if match and text[match.end():].strip():
            return Numbering(rank, match.group(0), text[match.end():])
    return Numbering(0, "", text)


MAX_DEPTH = 4


def heading_depths(keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Depth 1–4 for each (marker level, numbering rank) key, in lexicographic order.

    `## “从一到六”…` is (2, 0) and `## 1 “一把手”…` is (2, 3): depths 1 and 2, so the
    numbered headings become subsections of the part before them.
    """
    return {key: min(index + 1, MAX_DEPTH) for index, key in enumerate(sorted(set(keys)))}


RUN_IN_MAX = 40
# (its end marks whole: 「活下去！！！」 ends at its last mark)
OPENING_SENTENCE = re.compile(r"[^。！？]*[。！？]+")


def split_run_in(text: str) -> tuple[str, str] | None:
    """「（四）加强生态建设，推进发展方式转型。其余…」 → (heading, rest), else None.

    Only a numbered opening sentence of at most 40 characters followed by more text is
    a run-in heading; the heading keeps its 。 (our format's mark of a run-in heading).
    """
    numbering = heading_numbering(text)
    if numbering.rank in (0, *CLAUSE_RANKS):
        return None  # a standard's clause is a sentence, not a run-in heading
    if numbering.rank == ARABIC_RANK and not re.search(r"[.．、]", numbering.number):
        # 「1	大家下午好。我很荣幸…」: a number and a space or tab alone numbers a speech's or
        # a report's paragraphs (Singapore's and Hong Kong's government texts), never a head
        return None
    match = OPENING_SENTENCE.match(text)
    if not match:
        return None
    heading, rest = match.group(0), text[match.end():].strip()
    if not rest or rest[0] in CLOSERS or len(strip_tags(heading)) > RUN_IN_MAX:
        return None
    if any(mark in heading for mark in "：:"):
        return None  # 「（2）无人机：常用…。」: a list item naming its subject, not a heading
    return heading, rest


PLAIN_HEADING_MAX = 30
# A notice of a meeting or an event gives its facts as numbered fields, each a label and
# its value on one line (「一、时间：6月6日14:00」「二、地点：某会议室」「三、出席人员：…」):
# items of the notice, never headings (「四、流程：」 alone, its value under it, is a lead);
# so are a meeting record's.
NOTICE_FIELD = re.compile(
    r"^(?:会议|活动|报到|报名|采访)?(?:时间|日期|地点|地址|出席人员|参加人员|参会人员|出席对象|"
    r"参加对象|参会对象|主持人|主办单位|承办单位|协办单位|联系人|联系电话|联系方式"
    # a meeting record's (会议纪录): 「五、主席：某某」「六、记录：某某」「四、列席人员：…」
    r"|主席|主持|记录|记录人|列席人员|缺席人员|请假人员)\s*[：:]\s*\S")


CLOCK_TIME = re.compile(r"(?<![\d.])\d{1,2}[:：]\d{2}(?!\d)")


# GB/T 1.1's term entry: the term, then its English name in lower case.
ENGLISH_TERM = re.compile(r"^[\u4e00-\u9fff（）()\d ]{2,24}?[ \t]+[a-z][a-z \-/(),']+$")


def is_plain_heading(text: str) -> bool:
    """A short numbered line that does not read as a sentence: 「一、总体要求」."""
    numbering = heading_numbering(text)
    plain = strip_tags(text).strip()
    return (
        numbering.rank > 0
        # (a standard's term with its English name, 「3.1 汽车行驶记录仪 vehicle travelling
        # data recorder」, measured as set: a Latin letter half a Han's width)
        and (len(plain) <= PLAIN_HEADING_MAX or bool(ENGLISH_TERM.match(numbering.rest.strip()))
             and width(plain) <= 2 * PLAIN_HEADING_MAX)
        and not any(mark in plain for mark in "。！？；")
        and not ends_sentence(plain)
        and plain[-1] not in "，、：,:;；"
        and not NOTICE_FIELD.match(simplified(numbering.rest.strip()))
        # 「一、上午10:00-11:00，大会开幕式」: an agenda's item at its hour, never a section
        and not CLOCK_TIME.search(plain)
        # 「1   https://example.org/」: a page's link footnote, never a heading.
        and not re.fullmatch(r"https?://\S+", numbering.rest.strip())
    )


# ---------------------------------------------------------------- 4. bylines

BYLINE_MARKERS = "◆◇■□●○▲△★☆"
BYLINE_PREFIX = re.compile(
    r"^(?:文|文字|作者|撰稿|撰文|图/文|文/图|图文|记者|本报记者)[ \t]*[/／:：|｜][ \t]*")
ROLE_WORDS = frozenset({"本报记者", "记者", "通讯员", "特约记者", "见习记者", "实习生", "作者",
                        "撰稿", "文", "图", "摄影", "摄", "摄影报道", "报道", "采写", "文图",
                        "图文"})
# The staff a byline names after the reporters (「新京报记者 苏季 校对 李铭」「… 编辑 王五」):
# their names are no authors'.
STAFF_WORDS = frozenset({"校对", "编辑", "责编", "责任编辑", "审核", "审校", "编审", "监制",
                         "统筹", "值班编辑"})
# 光明日报记者, 新华社记者, 本报特约通讯员: a publication's reporter.
ROLE_WORD = re.compile(r"[\u4e00-\u9fff]{0,8}(?:记者|通讯员|特约撰稿人)")
NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,4}")
BYLINE_MAX = 30


def parse_byline(text: str) -> list[str] | None:
    """「◆文清 柴芳芳」, 「文/张三、李四」, 「本报记者 王五」 → the names, else None.

    Only a short line with a byline mark or prefix, whose every other word is a name of
    two to five characters, is a byline: 「◆加强组织领导」 is a heading.
    """
    line = text.strip()
    if not line or len(line) > BYLINE_MAX or re.search(r"(?:摄|供图)[）)]?$", line):
        return None  # 新华社记者 某某 摄: a photo's credit, not the text's author
    marked = line[0] in BYLINE_MARKERS
    body = line.lstrip(BYLINE_MARKERS + " \t\u3000")
    prefix = BYLINE_PREFIX.match(body)
    if prefix:
        body = body[prefix.end():]
    words = _spaced_names([w for w in re.split(r"([\s\u3000、，,；;]+)", body) if w])
    staff = next((i for i, w in enumerate(words) if w in STAFF_WORDS), None)
    if staff:
        words = words[:staff]  # the staff and their names after the authors
    led_by_role = bool(words) and _is_role_word(words[0])
    if not (marked or prefix or led_by_role):
        return None
    names = [w for w in words if not _is_role_word(w)]
    if not names or not all(NAME.fullmatch(name) for name in names):
        return None
    # 「文 / 企划处 林文杰」: the writer's office before the name is no author.
    return [name for name in names if not BYLINE_OFFICE.fullmatch(name)] or names


def _spaced_names(pieces: list[str]) -> list[str]:
    """The words of a byline split with their separators kept: a two-character name spaced
    to the width of a three-character one (「刘 强」, as papers set names in a row) is one
    name — 「刘强」: the space is the line's layout, no part of the name."""
    words: list[str] = []
    for index, piece in enumerate(pieces):
        if re.fullmatch(r"[\s\u3000、，,；;]+", piece):
            continue
        before = pieces[index - 2] if index >= 2 else ""
        if len(piece) == 1 and is_han(piece) and len(before) == 1 and is_han(before) \
                and words and words[-1] == before and pieces[index - 1].isspace():
            words[-1] = before + piece
            continue
        words.append(piece)
    return words


# A body's office in a byline (企划处, 国际處, 办公室, 宣传部, 信息中心): its last character
# names an office, which a person's given name does not end in.
BYLINE_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:处|處|室|局|厅|廳|部|办|辦|中心)")


def _is_role_word(word: str) -> bool:
    return word in ROLE_WORDS or bool(ROLE_WORD.fullmatch(word))


# ---------------------------------------------------------------- HTML comment front matter

COMMENT_FIELD = re.compile(r"^\s*([^:：\s][^:：]{0,19}?)\s*[:：]\s*(.+?)\s*$")
COMMENT_KEYS = {
    "来源": "source", "出处": "source", "刊载": "source", "source": "source",
    "日期": "date", "发布日期": "date", "发表日期": "date", "时间": "date", "发布时间": "date",
    "date": "date",
    "作者": "authors", "author": "authors", "authors": "authors",
    "标题": "title", "title": "title", "副标题": "subtitle", "subtitle": "subtitle",
}


def parse_comment_fields(body: str) -> dict[str, str]:
    """`key: value` lines of an HTML comment, keyed by front-matter name (source, date…)."""
    fields: dict[str, str] = {}
    for line in body.splitlines():
        match = COMMENT_FIELD.match(line)
        if match:
            key = COMMENT_KEYS.get(match.group(1).strip().lower())
            if key and key not in fields:
                fields[key] = match.group(2)
    return fields


DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> dt.date | None:
    """2022-01-20, 2022/1/20, 2022.1.20 or 2022年1月20日 → a date; anything else None."""
    match = DATE.fullmatch(text.strip())
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


# Names are set apart by spaces and list marks; a space between two Latin letters is a
# Latin name's own (「Yilia Lin」, a blog's author), not a separator.
NAME_SEPARATOR = re.compile(r"[\u3000、，,；;/]+|(?<![A-Za-z])\s+|\s+(?![A-Za-z])")


def split_names(text: str) -> list[str]:
    # (a two-character name spaced to three characters' width, 「申  琳」, is one: _spaced_names)
    return _spaced_names([piece for piece in re.split(f"({NAME_SEPARATOR.pattern})",
                                                      text.strip()) if piece])


# ---------------------------------------------------------------- 10. doubts


@dataclass(frozen=True)
class Doubt:
    """A spot for the editor: text[start:end] looks wrong but is left as it is."""

    start: int
    end: int
    kind: str
    note: str


HAN = r"[\u4e00-\u9fff\u3400-\u4dbf]"
STRAY_LATIN = re.compile(rf"(?<={HAN})[ \t]*[a-z]+(?:[ \t]+[a-z]+)*[ \t]*(?={HAN})")
SPACE_BETWEEN_HAN = re.compile(rf"(?<={HAN})[ \t\u3000]+(?={HAN})")
ASCII_QUOTE = re.compile(r"[\"']")
PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("(", ")"))
ALLOWED_TAGS = frozenset({"sub", "sup", "em", "strong", "s", "br"})
ANY_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def find_doubts(text: str) -> list[Doubt]:
    """Spots an editor should look at; the text is never changed for them."""
    doubts = [
        Doubt(m.start(), m.end(), "stray-latin",
              "a lowercase Latin word between Chinese text: left over from a translation "
              "or conversion? (left as is)")
        for m in STRAY_LATIN.finditer(text)
    ]
    latin_spans = [(d.start, d.end) for d in doubts]
    for match in SPACE_BETWEEN_HAN.finditer(text):
        if not any(start <= match.start() < end for start, end in latin_spans):
            doubts.append(Doubt(match.start(), match.end(), "space-between-han",
                                "a space between Chinese characters (left as is)"))
    quotes = list(ASCII_QUOTE.finditer(text)) if has_han(text) else []
    if quotes:  # one doubt per paragraph is enough to send the editor there
        doubts.append(Doubt(quotes[0].start(), quotes[0].end(), "ascii-quote",
                            f"{len(quotes)} ASCII quotation mark(s) in Chinese text: "
                            "should they be “” or ‘’? (left as is)"))
    for opening, closing in PAIRS:
        position = unbalanced_position(text, opening, closing)
        if position is not None:
            doubts.append(Doubt(position, position + 1, "unbalanced",
                                f"{opening}{closing} do not pair up in this paragraph"))
    lost = text.find("\ufffd")
    if lost >= 0:  # one doubt per paragraph: the editor finds the others beside it
        doubts.append(Doubt(lost, lost + 1, "lost-character",
                            f"{text.count(chr(0xFFFD))} character(s) the source could not "
                            "give (「\ufffd」, U+FFFD: lost by its extraction or encoding): "
                            "write each from the original — the build refuses the mark"))
    reported_tags = set()
    for match in ANY_TAG.finditer(text):
        name = match.group(1).lower()
        if name not in ALLOWED_TAGS and name not in reported_tags:
            reported_tags.add(name)
            doubts.append(Doubt(match.start(), match.end(), "html-tag",
                                "HTML other than <sub> <sup> <em> <strong> <s> <br>: "
                                "the loader will refuse it"))
    return sorted(doubts, key=lambda d: d.start)


def unbalanced_position(text: str, opening: str, closing: str) -> int | None:
    """Offset of the first mark of the pair that has no partner, or None."""
    stack: list[int] = []
    for index, char in enumerate(text):
        if char == opening:
            stack.append(index)
        elif char == closing:
            if not stack:
                return index
            stack.pop()
    return stack[0] if stack else None


def doubt_excerpt(text: str, doubt: Doubt) -> str:
    return excerpt(text, doubt.start, doubt.end, context=6)
