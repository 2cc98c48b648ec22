"""Word (.docx) → the article's text, with python-docx.

- Headings from paragraph styles (Title, Heading 1–9, 标题 1…) or outline levels; a 公文
  typed without heading styles has its headings recognised by text and formatting: a short
  paragraph, wholly bold or set in 黑体/楷体 while the body is not, opening with 一、/（一）/
  1./（1）.
- Bold, italic, superscript and subscript runs; footnotes (`[^n]` and `[^n]: …`); Word's own
  list numbering written out (一、 1. (1) …), bullets dropped.
- Tables cell by cell, merged cells written once with `<` (column span) and `^` (row span);
  header rows from 「repeat as header row」 or a vertical merge out of the first row.
- Images from their relationship, each with the caption under (or above) it: a Caption/题注
  paragraph, or a short line opening with 图/▲.
- Core properties: title, author, the date created.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from lxml import etree

from briefing.errors import InputError
from briefing.importer.chars import has_han
from briefing.importer.readers import Article, Image, ReadOptions
from briefing.importer.repairs import heading_numbering

KIND = "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS = {"w": W, "r": R, "a": A, "v": V}
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"

HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
CAPTION_STYLES = frozenset({"caption", "题注", "图题", "图注"})
CAPTION_TEXT = re.compile(r"^(?:图\s*[\d一二三四五六七八九十①-⑳]|▲|△)")
TABLE_CAPTION_TEXT = re.compile(r"^表\s*[\d一二三四五六七八九十]")
CAPTION_MAX = 80
HEADING_FONTS = ("黑体", "楷体", "楷体_GB2312", "方正黑体", "方正楷体", "SimHei", "KaiTi")
PLAIN_HEADING_MAX = 40
# A heading's '#' count by its numbering (repairs.NUMBERING_STYLES' ranks): 一、 is a part.
RANK_LEVEL = {1: 2, 2: 3, 3: 4, 4: 5, 5: 5}
CHINESE_DIGITS = "零一二三四五六七八九"


def sniff(data: bytes, path: Path) -> bool:
    return data.startswith(b"PK\x03\x04")


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def read(path: Path, data: bytes, options: ReadOptions) -> Article:
    document = _open(path, data)
    reader = _Reader(document, path)
    text = reader.body()
    facts = _core_facts(document)
    if reader.title:
        facts["title"] = reader.title
    if reader.subtitle:
        facts["subtitle"] = reader.subtitle
    head = f"# {facts['title']}\n\n" if facts.get("title") and not reader.title_in_text else ""
    return Article(head + text, KIND, facts=facts, images=reader.images,
                   captions=reader.captions, notes=reader.notes)


def _open(path: Path, data: bytes):
    import docx

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            bad = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise InputError(f"this Word file is damaged: {error}", file=path,
                         fix="open it in Word, WPS or LibreOffice and save it again as "
                             ".docx, then import that file") from None
    if bad is not None:
        raise InputError(f"this Word file is damaged: its part '{bad}' cannot be read",
                         file=path, fix="open it in Word, WPS or LibreOffice and save it "
                                        "again as .docx, then import that file")
    if "word/document.xml" not in names:
        what = ("an OpenDocument file (.odt)" if "content.xml" in names else
                "an Excel or PowerPoint file" if names & {"xl/workbook.xml",
                                                         "ppt/presentation.xml"} else
                "a ZIP archive")
        raise InputError(f"this is {what}, not a Word document", file=path,
                         fix="save the article as .docx (Word document) and import that")
    try:
        return docx.Document(BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, XMLSyntaxError, ValueError …
        raise InputError(f"this Word file is damaged: {error}", file=path,
                         fix="open it in Word, WPS or LibreOffice and save it again as "
                             ".docx, then import that file") from None


def _core_facts(document) -> dict[str, str]:
    props = document.core_properties
    facts: dict[str, str] = {}
    if props.title and has_han(props.title):
        facts["title"] = props.title.strip()
    if props.author and has_han(props.author):
        facts["authors"] = props.author.strip()
    if props.created is not None:
        facts["date"] = props.created.date().isoformat()
        facts["date_from"] = "the Word file's properties (the date it was created)"
    return facts


class _Reader:
    def __init__(self, document, path: Path) -> None:
        self.document = document
        self.path = path
        self.part = document.part
        self.images: list[Image] = []
        self.captions: list[str] = []
        self.notes: list[str] = []
        self.title: str | None = None
        self.subtitle: str | None = None
        self.title_in_text = False
        self.footnote_ids: dict[str, int] = {}
        self.list_counters: dict[tuple[str, str], int] = {}
        self.styles = {style.style_id: style for style in document.styles}
        self.body_fonts = self._body_fonts()
        self.body_size = self._body_size()
        self.numbering = self._numbering_formats()

    # ------------------------------------------------------------ the body

    def body(self) -> str:
        blocks: list[str] = []
        elements = list(self.document.element.body.iterchildren(_w("p"), _w("tbl")))
        consumed: set[int] = set()
        for index, element in enumerate(elements):
            if index in consumed:
                continue
            if element.tag == _w("tbl"):
                caption = None
                if blocks and blocks[-1].startswith("Table: "):
                    caption = blocks.pop()
                blocks.append((caption + "\n" if caption else "") + self._table(element))
                continue
            following = elements[index + 1] if index + 1 < len(elements) else None
            style = self._style_name(element)
            text = self._paragraph_text(element)
            images = self._paragraph_images(element)
            if images:
                caption, used = self._caption_near(elements, index, blocks, text)
                if used is not None:
                    consumed.add(used)
                for image in images:
                    self._add_image(image, caption, blocks)
                if caption is not None:
                    blocks.append(caption)
                if text.strip() and caption != text.strip():
                    blocks.append(text.strip())
                continue
            plain = text.strip()
            if not plain:
                continue
            if style.lower() == "title" and self.title is None:
                self.title = _plain(plain)
                self.title_in_text = True
                blocks.append("# " + plain)
                continue
            if style.lower() == "subtitle" and self.subtitle is None:
                self.subtitle = _plain(plain)
                continue
            if (style.lower() in CAPTION_STYLES or TABLE_CAPTION_TEXT.match(_plain(plain))) \
                    and following is not None and following.tag == _w("tbl"):
                blocks.append("Table: " + _plain(plain))
                continue
            if self.title is None and not blocks and self._title_like(element, plain):
                self.title = _plain(plain)
                self.title_in_text = True
                blocks.append("# " + plain)
                continue
            level = self._heading_level(element, style, plain)
            if level is not None:
                if level == 1 and self.title is None:
                    self.title = _plain(plain)
                    self.title_in_text = True
                blocks.append("#" * level + " " + _plain(plain))
                continue
            if style.lower() in CAPTION_STYLES:
                self.captions.append(_plain(plain))
                blocks.append(_plain(plain))
                continue
            blocks.append(self._list_prefix(element) + plain)
        footnotes = self._footnotes()
        return "\n\n".join(blocks) + ("\n\n" + footnotes if footnotes else "") + "\n"

    def _add_image(self, image: Image, caption: str | None, blocks: list[str]) -> None:
        previous = next((b for b in reversed(blocks) if not b.startswith(("#", "|"))), None)
        self.images.append(Image(image.name, image.data, caption=caption, alt=image.alt,
                                 after=_plain(previous.strip())[:30] if previous else None))

    def _caption_near(self, elements, index: int, blocks: list[str], own_text: str
                      ) -> tuple[str | None, int | None]:
        """The caption of the image(s) in paragraph `index`: the paragraph's own text when
        it is caption-like, else the next paragraph (a Caption style or 图/▲ line)."""
        own = _plain(own_text.strip())
        if own and len(own) <= CAPTION_MAX:
            return own, None
        for offset in (1,):
            if index + offset >= len(elements):
                break
            element = elements[index + offset]
            if element.tag != _w("p") or self._paragraph_images(element):
                break
            text = _plain(self._paragraph_text(element).strip())
            style = self._style_name(element).lower()
            if text and len(text) <= CAPTION_MAX and (
                    style in CAPTION_STYLES or CAPTION_TEXT.match(text)
                    or self._centered(element)):
                return text, index + offset
        return None, None

    # ------------------------------------------------------------ paragraphs

    def _style_name(self, paragraph) -> str:
        style_id = paragraph.find("w:pPr/w:pStyle", NS)
        if style_id is None:
            return "Normal"
        style = self.styles.get(style_id.get(_w("val")))
        return style.name if style is not None and style.name else ""

    def _style_chain(self, paragraph):
        style_id = paragraph.find("w:pPr/w:pStyle", NS)
        style = self.styles.get(style_id.get(_w("val"))) if style_id is not None else None
        while style is not None:
            yield style
            style = style.base_style

    def _heading_level(self, paragraph, style: str, text: str) -> int | None:
        """'#' count: a heading style N → N + 1 (the title is '#'), an outline level, or a
        公文 heading recognised by its numbering and formatting."""
        match = HEADING_STYLE.match(style.strip())
        if match:
            return min(int(match.group(1)) + 1, 6)
        outline = paragraph.find("w:pPr/w:outlineLvl", NS)
        if outline is None:
            for chained in self._style_chain(paragraph):
                outline = chained.element.find("w:pPr/w:outlineLvl", NS)
                if outline is not None:
                    break
        if outline is not None:
            level = int(outline.get(_w("val"), "9"))
            if level < 9:
                return min(level + 2, 6)
        plain = _plain(text)
        numbering = heading_numbering(plain)
        if (numbering.rank and len(plain) <= PLAIN_HEADING_MAX
                and not plain.endswith(("。", "；", "，", "：", ":"))
                and (self._wholly_bold(paragraph) or self._heading_font(paragraph))):
            return RANK_LEVEL[numbering.rank]
        return None

    def _runs(self, paragraph):
        return [run for run in paragraph.iter(_w("r"))
                if run.find("w:t", NS) is not None]

    def _wholly_bold(self, paragraph) -> bool:
        runs = [run for run in self._runs(paragraph) if _run_text(run).strip()]
        return bool(runs) and all(self._run_flag(run, paragraph, "b") for run in runs)

    def _heading_font(self, paragraph) -> bool:
        runs = [run for run in self._runs(paragraph) if _run_text(run).strip()]
        fonts = {self._run_font(run, paragraph) for run in runs}
        return (bool(fonts) and None not in fonts and fonts.isdisjoint(self.body_fonts)
                and all(any(name in font for name in HEADING_FONTS) for font in fonts))

    def _run_font(self, run, paragraph) -> str | None:
        fonts = run.find("w:rPr/w:rFonts", NS)
        if fonts is not None:
            name = fonts.get(_w("eastAsia")) or fonts.get(_w("ascii"))
            if name:
                return name
        for chained in self._style_chain(paragraph):
            fonts = chained.element.find("w:rPr/w:rFonts", NS)
            if fonts is not None and (fonts.get(_w("eastAsia")) or fonts.get(_w("ascii"))):
                return fonts.get(_w("eastAsia")) or fonts.get(_w("ascii"))
        return None

    def _body_fonts(self) -> set[str]:
        """The fonts most body paragraphs are set in (仿宋 in a 公文)."""
        counts: dict[str, int] = {}
        for paragraph in self.document.element.body.iter(_w("p")):
            for run in self._runs(paragraph):
                font = self._run_font(run, paragraph)
                if font:
                    counts[font] = counts.get(font, 0) + len(_run_text(run))
        if not counts:
            return set()
        top = max(counts.values())
        return {font for font, count in counts.items() if count == top}

    def _body_size(self) -> int:
        """The half-point size most of the text is set in (24 = 12 pt when none is given)."""
        counts: dict[int, int] = {}
        for paragraph in self.document.element.body.iter(_w("p")):
            for run in self._runs(paragraph):
                size = run.find("w:rPr/w:sz", NS)
                value = int(size.get(_w("val"))) if size is not None else 24
                counts[value] = counts.get(value, 0) + len(_run_text(run))
        return max(counts, key=counts.get) if counts else 24

    def _run_flag(self, run, paragraph, name: str) -> bool:
        flag = run.find(f"w:rPr/w:{name}", NS)
        if flag is None:
            run_style = run.find("w:rPr/w:rStyle", NS)
            style = self.styles.get(run_style.get(_w("val"))) if run_style is not None else None
            if style is not None:
                flag = style.element.find(f"w:rPr/w:{name}", NS)
        if flag is None:
            for chained in self._style_chain(paragraph):
                flag = chained.element.find(f"w:rPr/w:{name}", NS)
                if flag is not None:
                    break
        return flag is not None and flag.get(_w("val"), "true") not in ("0", "false", "off")

    def _title_like(self, paragraph, text: str) -> bool:
        """The first paragraph, centred, larger than the body (a 公文's 二号 小标宋 title)."""
        sizes = [run.find("w:rPr/w:sz", NS) for run in self._runs(paragraph)]
        values = [int(size.get(_w("val"))) for size in sizes if size is not None]
        return (self._centered(paragraph) and bool(values)
                and min(values) >= self.body_size * 1.2 and len(_plain(text)) <= 60
                and not _plain(text).endswith("。"))

    def _centered(self, paragraph) -> bool:
        jc = paragraph.find("w:pPr/w:jc", NS)
        return jc is not None and jc.get(_w("val")) == "center"

    def _paragraph_text(self, paragraph) -> str:
        """Runs → text with **bold**, *italic*, <sup>, <sub> and [^n] marks."""
        pieces: list[tuple[str, str]] = []  # (format key, text)
        for run in paragraph.iter(_w("r")):
            note = run.find("w:footnoteReference", NS)
            if note is not None:
                pieces.append(("note", self._footnote_mark(note.get(_w("id")))))
                continue
            text = _run_text(run)
            if not text:
                continue
            key = "".join(flag for flag in ("b", "i") if self._run_flag(run, paragraph, flag))
            align = run.find("w:rPr/w:vertAlign", NS)
            if align is not None and align.get(_w("val")) in ("superscript", "subscript"):
                key += align.get(_w("val"))[:3]
            pieces.append((key, text))
        merged: list[list[str]] = []
        for key, text in pieces:
            if merged and merged[-1][0] == key and key != "note":
                merged[-1][1] += text
            else:
                merged.append([key, text])
        out = []
        for key, text in merged:
            if key == "note":
                out.append(text)
                continue
            out.append(_formatted(text, key))
        return "".join(out)

    def _list_prefix(self, paragraph) -> str:
        """Word's automatic list number written out (1. / 一、 / （1）); bullets give none."""
        num = paragraph.find("w:pPr/w:numPr", NS)
        if num is None:  # a list style (List Number) carries its numbering itself
            num = next((found for style in self._style_chain(paragraph)
                        if (found := style.element.find("w:pPr/w:numPr", NS)) is not None),
                       None)
        if num is None:
            return ""
        num_id = num.find("w:numId", NS)
        ilvl = num.find("w:ilvl", NS)
        if num_id is None:
            return ""
        key = (num_id.get(_w("val")), ilvl.get(_w("val")) if ilvl is not None else "0")
        fmt = self.numbering.get(key)
        if fmt is None:
            return ""
        number_format, level_text = fmt
        count = self.list_counters.get(key, 0) + 1
        self.list_counters[key] = count
        for other in list(self.list_counters):  # a deeper level restarts
            if other[0] == key[0] and int(other[1]) > int(key[1]):
                del self.list_counters[other]
        number = _format_number(count, number_format)
        if number is None:
            return ""
        return re.sub(r"%\d", number, level_text)

    def _numbering_formats(self) -> dict[tuple[str, str], tuple[str, str]]:
        try:
            numbering = self.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract = {}
        for node in numbering.findall("w:abstractNum", NS):
            levels = {}
            for lvl in node.findall("w:lvl", NS):
                fmt = lvl.find("w:numFmt", NS)
                text = lvl.find("w:lvlText", NS)
                levels[lvl.get(_w("ilvl"))] = (
                    fmt.get(_w("val")) if fmt is not None else "decimal",
                    text.get(_w("val")) if text is not None else "")
            abstract[node.get(_w("abstractNumId"))] = levels
        formats = {}
        for num in numbering.findall("w:num", NS):
            ref = num.find("w:abstractNumId", NS)
            for ilvl, fmt in abstract.get(ref.get(_w("val")) if ref is not None else "",
                                          {}).items():
                formats[(num.get(_w("numId")), ilvl)] = fmt
        return formats

    # ------------------------------------------------------------ images

    def _paragraph_images(self, paragraph) -> list[Image]:
        found = []
        # The picture's description (Word's alt text) stands in its drawing's docPr.
        descriptions = [(d.get("descr") or "").strip() for d in paragraph.iter(f"{{{WP}}}docPr")]
        ids = [blip.get(f"{{{R}}}embed") for blip in paragraph.iter(f"{{{A}}}blip")]
        ids += [data.get(f"{{{R}}}id") for data in paragraph.iter(f"{{{V}}}imagedata")]
        for number, rel_id in enumerate(ids):
            if not rel_id or rel_id not in self.part.related_parts:
                continue
            part = self.part.related_parts[rel_id]
            suffix = Path(str(part.partname)).suffix.lower() or ".bin"
            name = f"image{len(self.images) + len(found) + 1}{suffix}"
            found.append(Image(name, part.blob, alt=(descriptions[number] or None)
                               if number < len(descriptions) else None))
        return found

    # ------------------------------------------------------------ tables

    def _table(self, table) -> str:
        rows = table.findall("w:tr", NS)
        grid: list[list[str]] = []
        merges: list[list[str]] = []  # "restart", "continue" or "" per grid column
        header_rows = 0
        for row_index, row in enumerate(rows):
            cells: list[str] = []
            kinds: list[str] = []
            if row.find("w:trPr/w:tblHeader", NS) is not None and row_index == header_rows:
                header_rows += 1
            for cell in row.findall("w:tc", NS):
                span_node = cell.find("w:tcPr/w:gridSpan", NS)
                span = int(span_node.get(_w("val"))) if span_node is not None else 1
                vmerge = cell.find("w:tcPr/w:vMerge", NS)
                kind = "" if vmerge is None else (
                    "restart" if vmerge.get(_w("val")) == "restart" else "continue")
                text = "<br>".join(
                    part for part in (self._paragraph_text(p).strip()
                                      for p in cell.findall("w:p", NS)) if part)
                cells.append("^" if kind == "continue" else _cell(text))
                kinds.append(kind)
                for _ in range(span - 1):
                    cells.append("^" if kind == "continue" else "<")
                    kinds.append(kind)
            grid.append(cells)
            merges.append(kinds)
        if not grid:
            return ""
        width = max(len(row) for row in grid)
        for row in grid:
            row += [""] * (width - len(row))
        header_rows = max(header_rows, 1)
        # A cell merged down out of the header makes the row below a header row too.
        while header_rows < len(grid) - 1 and "continue" in merges[header_rows]:
            header_rows += 1
        lines = ["| " + " | ".join(row) + " |" for row in grid]
        lines.insert(header_rows, "|" + "---|" * width)
        return "\n".join(lines)

    # ------------------------------------------------------------ footnotes

    def _footnote_mark(self, note_id: str | None) -> str:
        if note_id is None:
            return ""
        if note_id not in self.footnote_ids:
            self.footnote_ids[note_id] = len(self.footnote_ids) + 1
        return f"[^{self.footnote_ids[note_id]}]"

    def _footnotes(self) -> str:
        if not self.footnote_ids:
            return ""
        part = next((rel.target_part for rel in self.part.rels.values()
                     if rel.reltype == FOOTNOTES and not rel.is_external), None)
        if part is None:
            return ""
        root = etree.fromstring(part.blob)
        texts = {}
        for note in root.findall("w:footnote", NS):
            paragraphs = [self._paragraph_text(p).strip() for p in note.findall("w:p", NS)]
            texts[note.get(_w("id"))] = " ".join(p for p in paragraphs if p).strip()
        lines = []
        for note_id, number in self.footnote_ids.items():
            text = texts.get(note_id, "")
            if text:
                lines.append(f"[^{number}]: {text}")
            else:
                self.notes.append(f"footnote {number} has no text in the Word file")
        return "\n\n".join(lines)


def _run_text(run) -> str:
    out = []
    for child in run:
        if child.tag == _w("t"):
            out.append(child.text or "")
        elif child.tag == _w("tab"):
            out.append(" ")
        elif child.tag in (_w("br"), _w("cr")):
            out.append("<br>")
    return "".join(out)


def _formatted(text: str, key: str) -> str:
    stripped = text.strip()
    if not stripped or stripped == "<br>":
        return text
    lead = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()):]
    inner = stripped
    if "sup" in key:
        inner = f"<sup>{inner}</sup>"
    elif "sub" in key:
        inner = f"<sub>{inner}</sub>"
    if "i" in key:
        inner = f"*{inner}*"
    if "b" in key:
        inner = f"**{inner}**"
    return lead + inner + tail


def _cell(text: str) -> str:
    text = text.replace("|", "\\|")
    return text if text not in ("^", "<") else "\\" + text


def _plain(text: str) -> str:
    """A heading's or caption's text without the bold that set the whole of it."""
    match = re.fullmatch(r"\*\*(.+)\*\*", text.strip())
    return match.group(1) if match and "**" not in match.group(1) else text.strip()


def _format_number(count: int, number_format: str) -> str | None:
    if number_format in ("decimal", "decimalZero"):
        return str(count)
    if number_format == "decimalEnclosedParen":
        return f"({count})"
    if number_format == "decimalEnclosedCircle" or number_format == "decimalEnclosedCircleChinese":
        return chr(0x2460 + count - 1) if count <= 20 else str(count)
    if number_format in ("chineseCounting", "chineseCountingThousand", "ideographTraditional",
                         "taiwaneseCountingThousand", "chineseLegalSimplified"):
        return _chinese(count)
    if number_format in ("lowerLetter", "upperLetter") and count <= 26:
        letter = chr(ord("a") + count - 1)
        return letter.upper() if number_format == "upperLetter" else letter
    return None  # bullets and formats not printed as numbers


def _chinese(count: int) -> str:
    if count < 10:
        return CHINESE_DIGITS[count]
    tens, ones = divmod(count, 10)
    return ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十" + (
        CHINESE_DIGITS[ones] if ones else "")
