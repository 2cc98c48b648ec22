"""A PDF with a text layer → the article's text, read by position with pdfplumber.

Page by page: characters are grouped into line pieces (same baseline, no wide gap); a
vertical gutter no piece of body text crosses splits a page into columns, read left
column first, with pieces that span the gutter (a title, a wide photo's caption) read
where they stand. Running heads and folios are dropped by position and repetition: a piece
in the top or bottom band of the page whose text (digits aside) recurs on other pages, or
that is a page number. Pieces on one baseline within one column are one line whatever
their gap (a loosely justified narrow column). Lines are joined into paragraphs (a new one
at a first-line indent, a wider gap or a change of size); a paragraph goes on into the next
column or page only on evidence: its last line full and ending no sentence, the next first
line not indented. Lines standing above where every other column starts (a centred byline
within the middle one of three) are read before the columns. Larger or bold lines are
headings, the largest on the first page the title. Ruled tables come out as tables
(pdfplumber), merged cells as `<` and `^`. A table whose every cell sits in a ruled box
(pdfplumber's cells) is as the source has it; one ruled with horizontal lines only, its
columns read from where those rules break or from gaps in the text, is a guess: the
reader says so (`Article.guessed_tables`: its first line in the text and page, and how
its columns were read), and the importer holds it (heldtables.py). Images are taken out
with pikepdf, each with the short line next to it (under or above) as its caption.

A PDF without a text layer (a scan) is refused with what to do; so are encrypted and
damaged files.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.importer.chars import has_han, is_chinese, join_lines
from briefing.importer.readers import Article, Image, ReadOptions

KIND = "pdf"
BAND = 0.09  # the top and bottom share of a page where running heads and folios stand
FOLIO = re.compile(r"^[\s\-–—·•第页Page/\d]*\d[\s\-–—·•第页/\d]*$|^[-–—·•\s]*[ivxlcdm]+[-–—·•\s]*$",
                   re.IGNORECASE)
CAPTION_MAX = 80
# Small lines that are not captions: notes, sources, footnotes.
NOT_CAPTION = re.compile(r"^(?:注|说明|资料来源|数据来源|来源|\[?\d+\]?|[①-⑳*])")
MIN_IMAGE_PT = 40  # smaller images are rules, bullets and logos
# A sentence's end, closing quotes and brackets after it.
SENTENCE_END = re.compile(r"(?:[。！？!?…]|(?<![\d.])\.)[”’」』）)\"']*$")
BOLD_FONT = re.compile(r"bold|heavy|black|hei|semibold|demi", re.IGNORECASE)


@dataclass
class Piece:
    """A run of characters on one baseline without a wide gap: part of a line."""

    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    text: str
    bold: bool
    page: int
    spanning: bool = False


@dataclass
class Item:
    """Something in reading order: a line piece, a table or an image."""

    kind: str  # line, table, image
    top: float
    x0: float
    column: int  # -1: spans the columns
    piece: Piece | None = None
    table: str = ""
    image: Image | None = None
    bottom: float = 0.0
    page: int = 0
    x1: float = 0.0
    guess: str = ""  # a table: how its grid was guessed ("" when every cell is boxed)


@dataclass
class PageFlow:
    items: list[Item] = field(default_factory=list)


def sniff(data: bytes, path: Path) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def read(path: Path, data: bytes, options: ReadOptions) -> Article:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except Exception as error:  # pdfminer raises PDFPasswordIncorrect, PDFSyntaxError …
        raise _open_error(path, error) from None
    with pdf:
        chosen = _chosen_pages(len(pages), options, path)
        images = _image_objects(data, chosen)
        flows = []
        for number in chosen:
            try:
                flows.append(_page_flow(pages[number - 1], number, images.get(number, {})))
            except Exception as error:
                raise InputError(f"page {number} of this PDF cannot be read: {error}",
                                 file=path, fix="print the PDF to a new PDF (or export it "
                                                "again) and import that") from None
    pieces = [item.piece for flow in flows for item in flow.items if item.piece]
    if not pieces or not has_han("".join(p.text for p in pieces)):
        where = (f"page {chosen[0]}" if len(chosen) == 1
                 else f"pages {chosen[0]}–{chosen[-1]}")
        if "(cid:" in "".join(p.text for p in pieces):
            raise InputError(
                f"this PDF's text layer cannot be read: its fonts map no characters ({where})",
                file=path, fix="export the PDF again with fonts embedded as text (or run OCR, "
                               "e.g. `ocrmypdf --force-ocr -l chi_sim in.pdf out.pdf`)")
        raise InputError(
            f"this PDF has no text layer (a scan?): {where} hold(s) no Chinese text",
            file=path, fix="run OCR first (e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`) and "
                           "import out.pdf, or import the article's text (.txt, .docx)")
    _drop_running_heads(flows, len(chosen))
    return _Writer(flows).article()


def _open_error(path: Path, error: Exception) -> InputError:
    # pdfplumber wraps pdfminer's error: PdfminerException(PDFPasswordIncorrect()).
    inner = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    name = type(inner).__name__
    if "Password" in name or "password" in str(error).lower() or "Encrypt" in name:
        return InputError("this PDF is password-protected", file=path,
                          fix="open it with its password and save (or print) it as a PDF "
                              "without one, then import that file")
    return InputError(f"this PDF is damaged: {error or name}", file=path,
                      fix="download or export the PDF again and import the new file")


def _chosen_pages(count: int, options: ReadOptions, path: Path) -> list[int]:
    if options.pages is None:
        return list(range(1, count + 1))
    first, last = options.pages
    if last > count:
        raise InputError(f"--pages {first}-{last}: this PDF has {count} page(s)", file=path,
                         fix=f"give a range within 1-{count}")
    return list(range(first, last + 1))


def _image_objects(data: bytes, chosen: list[int]) -> dict[int, dict[str, tuple[bytes, str]]]:
    """Page number → image XObject name → (file bytes, suffix), extracted with pikepdf."""
    import pikepdf
    from pikepdf.models.image import PdfImage

    found: dict[int, dict[str, tuple[bytes, str]]] = {}
    try:
        document = pikepdf.open(io.BytesIO(data))
    except Exception:
        return found
    with document:
        for number in chosen:
            page = document.pages[number - 1]
            for name, raw in page.get_images().items():
                try:
                    image = PdfImage(raw)
                    buffer = io.BytesIO()
                    suffix = image.extract_to(stream=buffer)
                except Exception:
                    try:
                        buffer = io.BytesIO()
                        image.as_pil_image().save(buffer, "PNG")
                        suffix = ".png"
                    except Exception:
                        continue
                found.setdefault(number, {})[str(name).lstrip("/")] = (buffer.getvalue(),
                                                                       suffix)
    return found


def _page_flow(page, number: int, images: dict[str, tuple[bytes, str]]) -> PageFlow:
    found = [(table.bbox, _table_text(table), "") for table in page.find_tables()
             if _is_table(table)]
    found += [(bbox, text, guess) for bbox, text, guess in _rule_tables(page)
              if not any(_overlap(bbox, other) for other, _, _ in found)]
    table_boxes = [bbox for bbox, _, _ in found]

    def in_table(char) -> bool:
        return any(x0 - 1 <= char["x0"] and char["x1"] <= x1 + 1 and top - 1 <= char["top"]
                   and char["bottom"] <= bottom + 1 for x0, top, x1, bottom in table_boxes)

    chars = [c for c in _drawn_order(page.chars) if c["text"].strip() and c.get("upright", True)
             and not in_table(c)]
    lines = _lines(chars)
    edges = _gutters([_piece(line, number) for line in lines], 0.0, page.width)
    gutters = [gutter for gutter, _, _ in edges]
    pieces = [_piece(line, number) for line in _one_per_column(_split_at(lines, edges),
                                                               gutters)]
    items: list[Item] = []
    for piece in pieces:
        column = _column_of(piece.x0, piece.x1, gutters)
        piece.spanning = column == -1
        items.append(Item("line", piece.top, piece.x0, column, piece=piece,
                          bottom=piece.bottom, page=number))
    for (x0, top, x1, bottom), text, guess in found:
        column = _column_of(x0, x1, gutters)
        items.append(Item("table", top, x0, column, table=text, bottom=bottom,
                          page=number, guess=guess))
    for index, image in enumerate(page.images):
        width, height = image["x1"] - image["x0"], image["bottom"] - image["top"]
        extracted = images.get(str(image.get("name", "")).lstrip("/"))
        if width < MIN_IMAGE_PT or height < MIN_IMAGE_PT or extracted is None:
            continue
        blob, suffix = extracted
        name = f"p{number}-image{index + 1}{suffix}"
        items.append(Item("image", image["top"], image["x0"],
                          _column_of(image["x0"], image["x1"], gutters),
                          image=Image(name, blob), bottom=image["bottom"], page=number,
                          x1=image["x1"]))
    return PageFlow(_reading_order(items))


def _column_of(x0: float, x1: float, gutters: list[float]) -> int:
    """The column (0 the leftmost) a box stands in, or -1 when it spans a gutter."""
    if any(x0 < gutter < x1 for gutter in gutters):
        return -1
    return sum(1 for gutter in gutters if x0 >= gutter)


def _pieces(chars: list[dict], number: int) -> list[Piece]:
    """Characters → pieces: one baseline, split where the gap is wider than a character;
    smaller characters raised or lowered within a line are its <sup>/<sub>."""
    return [_piece(line, number) for line in _lines(chars)]


def _in_reading_order(line: list[dict]) -> list[dict]:
    """A line's characters left to right. A mark set at half width is drawn back over the
    one before it (「》《」: the second glyph's origin a hair before the first's), so
    origins within a quarter em of each other keep the order they were drawn in."""
    line.sort(key=lambda c: c["x0"])
    for index in range(1, len(line)):
        before, char = line[index - 1], line[index]
        if char.get("drawn", 0) < before.get("drawn", 0) and \
                char["x0"] - before["x0"] < 0.25 * (char["size"] or 10):
            line[index - 1], line[index] = char, before
    return line


def _drawn_order(chars: list[dict]) -> list[dict]:
    """Each character marked with its place in the page's content stream."""
    for index, char in enumerate(chars):
        char["drawn"] = index
    return chars


def _lines(chars: list[dict]) -> list[list[dict]]:
    chars = sorted(chars, key=lambda c: (round(c["bottom"]), c["x0"]))
    lines: list[list[dict]] = []
    for char in chars:
        size = char["size"] or 10
        for line in reversed(lines[-8:]):
            last = line[-1]
            if abs(last["bottom"] - char["bottom"]) <= size * 0.3 and \
                    -size <= char["x0"] - last["x1"] <= size * 1.2:
                line.append(char)
                break
        else:
            lines.append([char])
    return _attach_scripts(lines)


def _split_at(lines: list[list[dict]], gutters: list[tuple[float, float, float]]
              ) -> list[list[dict]]:
    """A line that runs over a gutter is two lines when it breaks there and its right part
    starts where the column on the right does (a centred byline over the gutter is one)."""
    result = []
    for line in lines:
        parts = [_in_reading_order(list(line))]
        for gutter, _, right_edge in gutters:
            last = parts[-1]
            if last[0]["x0"] < gutter < max(c["x1"] for c in last):
                left = [c for c in last if c["x1"] <= gutter]
                right = [c for c in last if c["x0"] >= gutter]
                if left and right and len(left) + len(right) == len(last) and \
                        min(c["x0"] for c in right) >= right_edge - 1:
                    parts[-1:] = [left, right]
        result += parts
    return result


def _one_per_column(lines: list[list[dict]], gutters: list[float]) -> list[list[dict]]:
    """Pieces of one baseline in one column are one line whatever their gap: a loosely
    justified line in a narrow column spreads its glyphs wider than `_lines` bridges. A
    gutter keeps them apart, and so does a piece that runs over one (a title)."""
    def base(line: list[dict]) -> float:
        return max(c["bottom"] for c in line if not c.get("script") or line[0].get("script"))

    def size(line: list[dict]) -> float:
        return max((c["size"] or 10) for c in line)

    def column(line: list[dict]) -> int:
        return _column_of(min(c["x0"] for c in line), max(c["x1"] for c in line), gutters)

    joined: list[list[dict]] = []
    for line in sorted(lines, key=lambda line: (base(line), min(c["x0"] for c in line))):
        where = column(line)
        for other in reversed(joined[-12:]):
            if where != -1 and column(other) == where and \
                    abs(base(other) - base(line)) <= min(size(other), size(line)) * 0.3:
                other.extend(line)
                break
        else:
            joined.append(line)
    return joined


def _piece(line: list[dict], number: int) -> Piece:
    _in_reading_order(line)
    _mark_scripts(line)
    sizes = Counter(round(c["size"], 1) for c in line if not c.get("script"))
    # A justified line spreads its gaps evenly: a space is a gap wider than the usual one.
    gaps = sorted(b["x0"] - a["x1"] for a, b in zip(line, line[1:], strict=False))
    usual = max(0.0, gaps[len(gaps) // 2]) if gaps else 0.0
    text = ""
    previous = None
    for char in line:
        script = char.get("script")
        if previous is not None and not script and not previous.get("script"):
            gap = char["x0"] - previous["x1"] - usual
            if is_chinese(char["text"]) != is_chinese(previous["text"]):
                gap -= usual  # justified: stretched after the Latin word and before the Han
            latin = char["text"].isascii() and previous["text"].isascii()
            if latin and gap > char["size"] * 0.15 or gap > char["size"] * 0.5:
                text += " "
        if script and (previous is None or previous.get("script") != script):
            text += f"<{script}>"
        text += char["text"]
        following = line[line.index(char) + 1] if char is not line[-1] else None
        if script and (following is None or following.get("script") != script):
            text += f"</{script}>"
        previous = char
    return Piece(
        x0=line[0]["x0"], x1=max(c["x1"] for c in line),
        top=min(c["top"] for c in line if not c.get("script")),
        bottom=max(c["bottom"] for c in line if not c.get("script")),
        size=sizes.most_common(1)[0][0], text=text,
        bold=sum(bool(BOLD_FONT.search(c.get("fontname", ""))) for c in line) > len(line) / 2,
        page=number)


def _mark_scripts(line: list[dict]) -> None:
    """Smaller characters set above or below the line's middle: sup or sub."""
    sizes = Counter(round(c["size"], 1) for c in line)
    common = sizes.most_common(1)[0][0]
    middles = sorted((c["top"] + c["bottom"]) / 2 for c in line if round(c["size"], 1) == common)
    middle = middles[len(middles) // 2]
    for index, char in enumerate(line):
        if char.get("script") or char["size"] >= common * 0.85:
            continue
        offset = (char["top"] + char["bottom"]) / 2 - middle
        if abs(offset) > common * 0.12:
            line[index] = {**char, "script": "sup" if offset < 0 else "sub"}


def _attach_scripts(lines: list[list[dict]]) -> list[list[dict]]:
    """A short run of smaller characters beside a line, raised or lowered: its sup/sub."""
    kept = []
    for line in lines:
        size = max(c["size"] for c in line)
        host = None
        if len(line) <= 6:
            top, bottom = min(c["top"] for c in line), max(c["bottom"] for c in line)
            x0, x1 = min(c["x0"] for c in line), max(c["x1"] for c in line)
            for other in lines:
                if other is line or any(c.get("script") for c in other[:0]):
                    continue
                other_size = max(c["size"] for c in other)
                o_top = min(c["top"] for c in other)
                o_bottom = max(c["bottom"] for c in other)
                if size < other_size * 0.85 and top < o_bottom and bottom > o_top and \
                        min(c["x0"] for c in other) - size <= x0 and \
                        x1 <= max(c["x1"] for c in other) + size * 3:
                    host = other
                    break
        if host is None:
            kept.append(line)
            continue
        centre = (min(c["top"] for c in line) + max(c["bottom"] for c in line)) / 2
        host_centre = (min(c["top"] for c in host) + max(c["bottom"] for c in host)) / 2
        script = "sup" if centre < host_centre else "sub"
        host.extend({**c, "script": script} for c in line)
    return _rejoined(kept)


def _rejoined(lines: list[list[dict]]) -> list[list[dict]]:
    """Pieces of one baseline that a sub/sup had kept apart, joined again."""
    def base_bottom(line: list[dict]) -> float:
        return max(c["bottom"] for c in line if not c.get("script"))

    joined: list[list[dict]] = []
    for line in sorted(lines, key=base_bottom):
        size = max(c["size"] for c in line if not c.get("script"))
        x0, x1 = min(c["x0"] for c in line), max(c["x1"] for c in line)
        for other in reversed(joined[-12:]):
            if abs(base_bottom(other) - base_bottom(line)) > size * 0.3:
                continue
            o_x0, o_x1 = min(c["x0"] for c in other), max(c["x1"] for c in other)
            if -size <= x0 - o_x1 <= size * 1.2 or -size <= o_x0 - x1 <= size * 1.2:
                other.extend(line)
                break
        else:
            joined.append(line)
    return joined


def _gutters(pieces: list[Piece], low: float, high: float
             ) -> list[tuple[float, float, float]]:
    """Every gutter between columns, left to right, as (x, where the column on its left
    ends, where the one on its right starts): the best one found between `low` and
    `high`, then those on either side of it (three columns and more)."""
    inside = [p for p in pieces if low <= p.x0 and p.x1 <= high]
    found = _gutter(inside, low, high)
    if found is None:
        return []
    return _gutters(inside, low, found[0]) + [found] + _gutters(inside, found[0], high)


def _gutter(pieces: list[Piece], low: float, high: float
            ) -> tuple[float, float, float] | None:
    """The x of a gutter between two columns: crossed by few pieces, text on both sides."""
    body = [p for p in pieces if len(p.text) >= 4]
    if len(body) < 6:
        return None
    extent_low = min(p.x0 for p in body)
    extent_high = max(p.x1 for p in body)
    span = extent_high - extent_low
    best = None
    for step in range(int(extent_low + span * 0.2), int(extent_low + span * 0.8), 2):
        x = float(step)
        crossing = sum(1 for p in body if p.x0 < x < p.x1)
        left = sum(1 for p in body if p.x1 <= x)
        right = sum(1 for p in body if p.x0 >= x)
        if left >= 3 and right >= 3 and crossing <= max(2, len(body) // 8):
            score = (crossing, -min(left, right))
            if best is None or score < best[0]:
                best = (score, x)
    if best is None:
        return None
    # The middle of the empty stretch around the best x.
    x = best[1]
    rights = [p.x0 for p in body if p.x0 >= x]
    lefts = [p.x1 for p in body if rights and p.x1 <= min(rights)]
    if not lefts or not rights:
        return None
    return (max(lefts) + min(rights)) / 2, max(lefts), min(rights)


def _reading_order(items: list[Item]) -> list[Item]:
    """Spanning items cut the page into bands; in each band the left column, then the
    right one."""
    spanning = sorted((i for i in items if i.column == -1), key=lambda i: i.top)
    columns = [i for i in items if i.column != -1]
    ordered: list[Item] = []
    previous = -1.0
    for cut in spanning + [None]:
        limit = cut.top if cut is not None else float("inf")
        band = [i for i in columns if previous <= i.top < limit]
        ordered += _over_the_columns(band)
        ordered += sorted(band, key=lambda i: (i.column, i.top, i.x0))
        if cut is not None:
            ordered.append(cut)
            previous = cut.top
    return ordered


def _over_the_columns(band: list[Item]) -> list[Item]:
    """Lines of one column that stand wholly above where every other column starts,
    centred (a byline that fits within the middle column of three): taken out of `band`,
    to be read before the columns. A column's own text starts at its left edge."""
    firsts: dict[int, float] = {}
    extents: dict[int, tuple[float, float]] = {}
    for item in band:
        firsts[item.column] = min(firsts.get(item.column, item.top), item.top)
        right = item.piece.x1 if item.piece else item.x1
        low, high = extents.get(item.column, (item.x0, right))
        extents[item.column] = (min(low, item.x0), max(high, right))
    if len(firsts) < 2:
        return []

    def centred(item: Item) -> bool:
        low, high = extents[item.column]
        piece = item.piece
        return piece is not None and item.x0 - low > piece.size and \
            abs((item.x0 - low) - (high - piece.x1)) <= piece.size

    above = [item for item in band
             if centred(item) and all(item.bottom <= top for column, top in firsts.items()
                                      if column != item.column)]
    for item in above:
        band.remove(item)
    return sorted(above, key=lambda i: (i.top, i.x0))


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


RULE_MIN = 40.0  # pt: a table's rule is longer than this
ROW_MAX = 150.0  # pt: rules further apart than this are not one table's


RULE_BREAKS = "ruled with horizontal lines only: its columns were read from where the rules break"
TEXT_GAPS = "ruled with horizontal lines only: its columns were read from gaps in the text"


def _rule_tables(page) -> list[tuple[tuple[float, float, float, float], str, str]]:
    """Tables drawn with horizontal rules only (a rule under every row, no column
    lines, as most magazines and this project's templates set them): rows between the
    rules, columns where most rules break (each cell's border drawn on its own) or else
    where no row has text. Each with how its columns were read: no box holds a cell, so
    a cell merged over two columns or a value set off its column's middle is put in a
    column on a guess."""
    rules, breaks = _merged_rules(page)
    stacks: list[list[tuple[int, int, float]]] = []
    for rule in rules:
        stack = stacks[-1] if stacks else None
        if stack and abs(stack[-1][0] - rule[0]) <= 2 and abs(stack[-1][1] - rule[1]) <= 2 \
                and 1 < rule[2] - stack[-1][2] <= ROW_MAX:
            stack.append(rule)
        elif not (stack and abs(stack[-1][0] - rule[0]) <= 2 and abs(stack[-1][1] - rule[1])
                  <= 2 and rule[2] - stack[-1][2] <= 1):
            stacks.append([rule])
    tables = []
    for stack in stacks:
        if len(stack) < 3:
            continue
        x0, x1 = stack[0][0], stack[0][1]
        bands = [(a[2], b[2]) for a, b in zip(stack, stack[1:], strict=False)]
        chars = [c for c in _drawn_order(page.chars) if c["text"].strip() and x0 - 1 <= c["x0"]
                 and c["x1"] <= x1 + 1 and stack[0][2] < (c["top"] + c["bottom"]) / 2
                 < stack[-1][2]]
        if not chars:
            continue
        inner = Counter(x for rule in stack for x in breaks.get(rule, ()))
        cuts = sorted(x for x, count in inner.items() if count >= len(stack) / 2)
        columns = (list(zip([x0, *cuts], [*cuts, x1 + 1], strict=False)) if cuts
                   else _column_edges(chars, x0, x1))
        if len(columns) < 2:
            continue
        rows = []
        for top, bottom in bands:
            in_band = [c for c in chars if top < (c["top"] + c["bottom"]) / 2 < bottom]
            row = [_cell_text([c for c in in_band if left <= (c["x0"] + c["x1"]) / 2 < right])
                   for left, right in columns]
            if any(row):
                rows.append(row)
        if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < 2:
            continue
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * len(columns))
        tables.append(((float(x0), stack[0][2], float(x1), stack[-1][2]), "\n".join(lines),
                       RULE_BREAKS if cuts else TEXT_GAPS))
    return tables


def _merged_rules(page) -> tuple[list[tuple[int, int, float]], dict]:
    """Horizontal rules, collinear segments joined (a border under each cell is one rule
    under the row); where segments met, by rule: the column edges."""
    thin = [r for r in page.rects if r["bottom"] - r["top"] <= 2]  # a rule drawn as a box
    edges = [e for e in page.lines if abs(e["top"] - e["bottom"]) <= 0.5] + [
        {"top": (r["top"] + r["bottom"]) / 2, "x0": r["x0"], "x1": r["x1"]} for r in thin]
    segments = sorted({(round(e["top"], 1), round(e["x0"], 1), round(e["x1"], 1))
                       for e in edges if e["x1"] > e["x0"]})
    merged: list[list] = []
    for top, x0, x1 in segments:
        last = merged[-1] if merged else None
        if last and abs(last[0] - top) <= 0.5 and x0 - last[2] <= 1.5:
            if x0 > last[2] - 1.5 and x1 > last[2] + 1:
                last[3].append(round(last[2]))
            last[2] = max(last[2], x1)
        else:
            merged.append([top, x0, x1, []])
    rules = []
    breaks = {}
    for top, x0, x1, cuts in merged:
        if x1 - x0 >= RULE_MIN:
            rule = (round(x0), round(x1), top)
            rules.append(rule)
            breaks[rule] = cuts
    return sorted(set(rules), key=lambda r: (r[0], r[1], r[2])), breaks


def _column_edges(chars: list[dict], x0: float, x1: float) -> list[tuple[float, float]]:
    """Columns: stretches of x covered by text, split at gaps wider than a character."""
    spans = sorted((c["x0"], c["x1"]) for c in chars)
    size = Counter(round(c["size"]) for c in chars).most_common(1)[0][0]
    merged: list[list[float]] = []
    for start, end in spans:
        if merged and start - merged[-1][1] <= size * 0.9:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    edges = [x0] + [(a[1] + b[0]) / 2 for a, b in zip(merged, merged[1:], strict=False)] + [x1 + 1]
    return list(zip(edges, edges[1:], strict=False))


def _cell_text(chars: list[dict]) -> str:
    text = ""
    for piece in sorted(_pieces(chars, 0), key=lambda p: (p.top, p.x0)):
        text = join_lines(text, piece.text.strip())
    return text.replace("|", "\\|")


def _is_table(table) -> bool:
    """Two rows and two columns with text at least: a box drawn round a heading is none."""
    rows = table.extract()
    filled = [row for row in rows if sum(1 for cell in row if cell and cell.strip()) >= 2]
    return len(rows) >= 2 and len(filled) >= 2


def _table_text(table) -> str:
    """pdfplumber's table → a pipe table: a merged cell's other cells `<` (spanned from
    the left) or `^` (from above); a cell merged down out of the header makes the row
    below a header row too."""
    rows = table.extract()
    boxes = [row.cells for row in table.rows]
    width = max(len(row) for row in rows)
    column_x0 = [min((r[c][0] for r in boxes if c < len(r) and r[c]), default=0)
                 for c in range(width)]
    origin: dict[tuple[int, int], int] = {}  # a '^' cell → the row its cell starts in
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if value is not None:
                cells.append(re.sub(r"\s*\n\s*", "", value).replace("|", "\\|"))
                continue
            left = next((boxes[r][k] for k in range(c - 1, -1, -1)
                         if k < len(boxes[r]) and boxes[r][k]), None)
            if left is not None and left[2] > column_x0[c] + 1:
                cells.append("<")
            else:
                cells.append("^")
                origin[(r, c)] = origin.get((r - 1, c), r - 1)
        out.append(cells)
    header = 1
    while header < len(out) - 1 and any(origin.get((header, c), header) < header
                                        for c in range(width)):
        header += 1
    lines = ["| " + " | ".join(cells + [""] * (width - len(cells))) + " |" for cells in out]
    lines.insert(header, "|" + "---|" * width)
    return "\n".join(lines)


def _band_key(piece: Piece) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", piece.text))


def _drop_running_heads(flows: list[PageFlow], count: int) -> None:
    """Pieces in a page's top or bottom band that recur (digits aside), are folios, or
    are set smaller than the body above (below) all of the page's body text."""
    def in_band(item: Item, height: float) -> bool:
        return item.top < height * BAND or item.bottom > height * (1 - BAND)

    heights = [max((i.bottom for i in flow.items), default=0) for flow in flows]
    page_height = max(heights, default=0) / (1 - BAND / 2) if heights else 0
    sizes: Counter = Counter()
    for flow in flows:
        for item in flow.items:
            if item.piece:
                sizes[item.piece.size] += len(item.piece.text)
    body = sizes.most_common(1)[0][0] if sizes else 0
    recurring: Counter = Counter()
    for flow in flows:
        keys = {_band_key(i.piece) for i in flow.items
                if i.piece and in_band(i, page_height)}
        recurring.update(keys)
    for flow in flows:
        body_tops = [i.top for i in flow.items if i.piece and i.piece.size == body]
        first, last = min(body_tops, default=0), max(body_tops, default=page_height)

        def furniture(item: Item, first: float = first, last: float = last) -> bool:
            piece = item.piece
            if piece is None or not in_band(item, page_height):
                return False
            outside = piece.size < body * 0.9 and (item.bottom <= first or item.top > last)
            return bool(FOLIO.match(piece.text.strip()) or outside
                        or (count > 1 and recurring[_band_key(piece)] >= 2))

        flow.items = [i for i in flow.items if not furniture(i)]


class _Writer:
    """Items in reading order → the importer's text."""

    def __init__(self, flows: list[PageFlow]) -> None:
        self.flows = flows
        pieces = [i.piece for f in flows for i in f.items if i.piece]
        sizes = Counter()
        for piece in pieces:
            sizes[piece.size] += len(piece.text)
        self.body_size = sizes.most_common(1)[0][0]
        lefts = Counter(round(p.x0) for p in pieces if p.size == self.body_size)
        self.heading_sizes = sorted({p.size for p in pieces if p.size > self.body_size * 1.12},
                                    reverse=True)
        self.lefts = lefts
        self.images: list[Image] = []
        self.captions: list[str] = []
        self.title: str | None = None
        self.guessed: dict[int, str] = {}  # block index of a guessed table → why

    def article(self) -> Article:
        blocks: list[str] = []
        paragraph: list[Piece] = []
        column_left: dict[tuple[int, int], float] = {}
        line_starts: dict[tuple[int, int], list[float]] = {}
        line_ends: dict[tuple[int, int], list[float]] = {}
        for flow in self.flows:
            for item in flow.items:
                if item.piece is not None:
                    key = (item.piece.page, item.column)
                    column_left[key] = min(column_left.get(key, item.x0), item.x0)
                    if item.piece.size == self.body_size:
                        line_starts.setdefault(key, []).append(item.x0)
                        line_ends.setdefault(key, []).append(item.piece.x1)
        # A column's edges: where its lines start and its full lines end — the middle of
        # the narrower half of the starts and of the wider half of the ends, not the
        # extremes (a mark set at half width at a line's start or end has a glyph box
        # reaching half an em past the edge).
        column_right = {key: statistics.median(sorted(ends)[len(ends) // 2:])
                        for key, ends in line_ends.items()}
        column_left.update({key: statistics.median(sorted(starts)[:(len(starts) + 1) // 2])
                            for key, starts in line_starts.items()})
        last_key = (0, 0)
        items = [item for flow in self.flows for item in flow.items]
        captions = self._captions(items)
        for index, item in enumerate(items):
            if index in captions.get("used", set()):
                continue
            if item.kind != "line":
                self._flush(paragraph, blocks)
                paragraph = []
                if item.kind == "table":
                    if item.guess:
                        self.guessed[len(blocks)] = f"page {item.page}, {item.guess}"
                    blocks.append(item.table)
                else:
                    caption = captions.get(index)
                    previous = next((b for b in reversed(blocks)
                                     if not b.startswith(("#", "|", "\n"))), None)
                    self.images.append(Image(item.image.name, item.image.data,
                                             caption=caption,
                                             after=previous[:30] if previous else None))
                    if caption:
                        blocks.append(caption)
                continue
            piece = item.piece
            heading = self._heading_level(piece, _continued_by(piece, items[index + 1:]))
            if heading is not None:
                self._flush(paragraph, blocks)
                paragraph = []
                if blocks and blocks[-1].startswith("#") and blocks[-1].split(" ", 1)[0] == \
                        "#" * heading and self._last_heading_size == piece.size:
                    blocks[-1] = join_lines(blocks[-1], piece.text.strip())
                else:
                    blocks.append("#" * heading + " " + piece.text.strip())
                self._last_heading_size = piece.size
                continue
            self._last_heading_size = None
            key = (piece.page, item.column)
            left = column_left.get(key, piece.x0)
            if paragraph and (key[0] != last_key[0] or -1 not in (key[1], last_key[1])
                              and key[1] != last_key[1]):
                # On into the next column or page: the same paragraph only on evidence.
                if not self._runs_on(paragraph[-1], piece, left,
                                     column_right.get(last_key, paragraph[-1].x1)):
                    self._flush(paragraph, blocks)
                    paragraph = []
            elif paragraph and self._starts_paragraph(paragraph[-1], piece, left):
                self._flush(paragraph, blocks)
                paragraph = []
            paragraph.append(piece)
            last_key = key
        self._flush(paragraph, blocks)
        facts = {"title": self.title} if self.title else {}
        # blocks are joined by a blank line: a block's first line in the text
        starts, line = [], 1
        for block in blocks:
            starts.append(line)
            line += block.count("\n") + 2
        guessed = [(starts[index], why) for index, why in sorted(self.guessed.items())]
        return Article("\n\n".join(blocks) + "\n", KIND, facts=facts, images=self.images,
                       captions=self.captions, guessed_tables=guessed)

    _last_heading_size: float | None = None

    def _heading_level(self, piece: Piece, continued: bool = False) -> int | None:
        """A heading's level by its size, or a bold line at body size; a bold line ending
        in a pause mark is a heading only when the heading goes on in the line under it
        (`continued`: a balanced heading breaks after 「，」「：」, 「5 创新执法，/突出…」)."""
        text = piece.text.strip()
        if piece.size in self.heading_sizes and len(text) <= 60:
            level = self.heading_sizes.index(piece.size) + 1
            if level == 1 and self.title is None:
                self.title = text
            elif level == 1 and self.title is not None and self._last_heading_size == \
                    piece.size:
                self.title = join_lines(self.title, text)
            return min(level, 6)
        if piece.bold and piece.size >= self.body_size and len(text) <= 40 \
                and not text.endswith(("。", "；")) and (continued or not text.endswith("，")):
            return min(len(self.heading_sizes) + 1, 6)
        return None

    def _runs_on(self, last: Piece, piece: Piece, left: float, right: float) -> bool:
        """A paragraph goes on over a column or page break when its last line is full (runs
        to the column's right edge) and ends no sentence, and the next column's first line,
        body text (headings, tables, images and captions have ended the paragraph before),
        is not indented."""
        return (abs(piece.size - last.size) <= 0.6 and piece.size >= self.body_size * 0.95
                and last.x1 >= right - last.size * 0.5
                and not SENTENCE_END.search(last.text.rstrip())
                and piece.x0 <= left + piece.size * 0.5)

    def _starts_paragraph(self, last: Piece, piece: Piece, left: float) -> bool:
        if abs(piece.size - last.size) > 0.6:
            return True
        gap = piece.top - last.bottom
        if piece.top > last.top and gap > piece.size * 1.2:
            return True
        # A first-line indent (in body text: small centred lines, captions, are not).
        return piece.size >= self.body_size * 0.95 and piece.x0 - left >= piece.size * 1.5

    def _captions(self, items: list[Item]) -> dict:
        """Each image's caption: the short line piece right under it (or above it)."""
        found: dict = {"used": set()}
        for index, item in enumerate(items):
            if item.kind != "image":
                continue
            candidates = [
                (abs(other.top - item.bottom), position) for position, other in enumerate(items)
                if other.piece is not None and other.page == item.page
                and 0 <= other.top - item.bottom <= other.piece.size * 2.5
                and other.piece.x1 > item.x0 and other.piece.x0 < item.x1
                and len(other.piece.text) <= CAPTION_MAX]
            if not candidates:
                continue
            _, position = min(candidates)
            lines = [position]
            # A two-line caption: the next piece just under, same size.
            first = items[position].piece
            for follow in range(position + 1, min(position + 3, len(items))):
                other = items[follow].piece
                if other is None or other.page != first.page or other.size != first.size \
                        or not 0 <= other.top - items[lines[-1]].piece.bottom <= other.size:
                    break
                if first.size < self.body_size or not _ends(items[lines[-1]].piece.text):
                    lines.append(follow)
            text = ""
            for position in lines:
                text = join_lines(text, items[position].piece.text.strip())
            found[index] = text
            found["used"].update(lines)
        return found

    def _flush(self, paragraph: list[Piece], blocks: list[str]) -> None:
        if not paragraph:
            return
        text = ""
        for piece in paragraph:
            text = join_lines(text, piece.text.strip())
        if (all(piece.size < self.body_size * 0.95 for piece in paragraph)
                and len(text) <= CAPTION_MAX and has_han(text) and not NOT_CAPTION.match(text)):
            self.captions.append(text)  # set smaller than the body, alone: a photo's caption
        blocks.append(text)


def _continued_by(piece: Piece, following: list[Item]) -> bool:
    """The next line is the same bold face and size, set right under this one (no more
    than a line's leading apart) and not ending a sentence at once: one heading's lines."""
    after = next((item for item in following if item.kind == "line"), None)
    if after is None or after.piece is None:
        return False
    other = after.piece
    return (piece.bold and other.bold and abs(other.size - piece.size) <= 0.3
            and other.page == piece.page and 0 <= other.top - piece.bottom <= piece.size
            and len(other.text.strip()) <= 40 and not _ends(other.text))


def _ends(text: str) -> bool:
    return text.rstrip().endswith(("。", "！", "？", "”", "）", ".", "!", "?"))
