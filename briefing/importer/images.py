"""A reader's photos → files in the briefing folder's images/, each in its figure.

Every image is decoded with Pillow (one that cannot be is bad input), kept as JPEG or PNG
(other formats converted once: GIF, BMP, TIFF, WebP → PNG; 16-bit and palette-with-alpha
modes → 8-bit), and measured against the text block it prints across: over 300 ppi it is
downsampled once, to 300 ppi; under 150 ppi it is kept and listed as a spot to review
(`briefing preflight --min-ppi 150` warns about it in the PDF too).

`place_images` puts each image into the `::: figure` block of its caption: the caption
node the structure recovery found, or the paragraph holding the caption's text (the reader
knows it is a caption), or a new caption node after the paragraph it followed.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from briefing.errors import InputError
from briefing.importer.chars import strip_tags
from briefing.importer.draft import Node
from briefing.importer.readers import Image
from briefing.importer.records import Repair

FOLDER = "images"
# The widest text block of the templates (reprint: A4 less 2 × 25 mm); a photo prints
# across it at most.
PRINT_WIDTH_MM = 160
MIN_PPI = 150
MAX_PPI = 300
MM_PER_INCH = 25.4
KEPT_FORMATS = {"JPEG": ".jpg", "PNG": ".png"}
# Pillow may refuse images bigger than this as a decompression bomb; a photo never is.
MAX_PIXELS = 80_000_000


@dataclass(frozen=True)
class Prepared:
    name: str  # file name in images/
    data: bytes
    caption: str | None
    after: str | None
    width: int
    height: int
    repairs: tuple[Repair, ...] = ()
    doubts: tuple[Repair, ...] = ()

    @property
    def path(self) -> str:
        return f"{FOLDER}/{self.name}"


def prepare_images(images: list[Image], source: Path) -> list[Prepared]:
    """Decode, convert and size every image; InputError for one that cannot be decoded."""
    from PIL import Image as PILImage

    PILImage.MAX_IMAGE_PIXELS = MAX_PIXELS
    prepared: list[Prepared] = []
    used: set[str] = set()
    for number, image in enumerate(images, 1):
        try:
            with PILImage.open(io.BytesIO(image.data)) as opened:
                opened.load()
                picture = opened.copy()
                picture.format = opened.format
        except Exception as error:  # Pillow raises many kinds for bad data
            raise InputError(
                f"image {number} ({image.name}) cannot be decoded: {error}", file=source,
                fix="replace the picture in the source with a JPEG or PNG (or delete it), "
                    "save, and import again") from None
        prepared.append(_prepared(picture, image, number, used))
    return prepared


def _prepared(picture, image: Image, number: int, used: set[str]) -> Prepared:
    from PIL import Image as PILImage

    repairs: list[Repair] = []
    doubts: list[Repair] = []
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(image.name).stem).strip("-") or f"image{number}"
    original_format = picture.format or "unknown"
    fmt = original_format if original_format in KEPT_FORMATS else "PNG"
    changed = fmt != original_format
    if picture.mode in ("I;16", "I;16B", "I", "F"):
        picture = picture.convert("L")
        changed = True
    if picture.mode in ("P", "PA", "LA", "RGBA") and fmt == "JPEG":
        picture = picture.convert("RGB")
        changed = True
    if fmt == "PNG" and picture.mode == "CMYK":
        picture = picture.convert("RGB")
        changed = True
    if changed:
        repairs.append(Repair(
            "image-converted", 1, f"{image.name} ({original_format}, {picture.mode})",
            f"{fmt}", "Converted the image to a format and colour space every PDF reader "
                      "and printer takes."))
    width, height = picture.size
    limit = round(MAX_PPI * PRINT_WIDTH_MM / MM_PER_INCH)
    if width > limit:
        new_height = max(1, round(height * limit / width))
        picture = picture.resize((limit, new_height), PILImage.Resampling.LANCZOS)
        repairs.append(Repair(
            "image-downsampled", 1, f"{image.name}: {width} × {height} px",
            f"{limit} × {new_height} px",
            f"Downsampled the image once to {MAX_PPI} ppi across the text block "
            f"({PRINT_WIDTH_MM} mm): more is not printed and makes the PDF larger."))
        width, height, changed = limit, new_height, True
    ppi = width / (PRINT_WIDTH_MM / MM_PER_INCH)
    name = _unique(stem + KEPT_FORMATS[fmt], used)
    if ppi < MIN_PPI:
        doubts.append(Repair(
            "image-resolution", 1, f"{name}: {width} × {height} px", f"{ppi:.0f} ppi",
            f"across the text block ({PRINT_WIDTH_MM} mm) this image has {ppi:.0f} ppi, under "
            f"the {MIN_PPI} ppi print needs (briefing preflight warns): find a larger "
            f"original, or print it smaller"))
    data = image.data
    if changed:
        buffer = io.BytesIO()
        options = {"quality": 90, "optimize": True} if fmt == "JPEG" else {"optimize": True}
        picture.save(buffer, fmt, **options)
        data = buffer.getvalue()
    return Prepared(name, data, image.caption or _han_or_none(image.alt), image.after,
                    width, height, tuple(repairs), tuple(doubts))


def _han_or_none(text: str | None) -> str | None:
    from briefing.importer.chars import has_han

    return text.strip() if text and has_han(text) else None


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, count = name, 1
    while candidate in used:
        count += 1
        candidate = f"{stem}-{count}{suffix}"
    used.add(candidate)
    return candidate


def _key(text: str) -> str:
    """Text compared without markup, spaces and the forms repairs change."""
    plain = strip_tags(text).replace("*", "").replace("\\", "")
    return re.sub(r"[\s\u3000]+", "", plain)


def _same(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    return bool(ka) and (ka == kb or difflib.SequenceMatcher(None, ka, kb).ratio() >= 0.9)


def place_images(nodes: list[Node], images: list[Prepared], captions: list[str] = ()
                 ) -> tuple[list[Node], list[Repair], list[Repair]]:
    """Each image into the figure of its caption, each caption the reader knows into a
    figure; (nodes, repairs, doubts)."""
    result = list(nodes)
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    for image in images:
        repairs += image.repairs
        doubts += image.doubts
        line = f"![]({image.path})"
        if image.caption is None:
            doubts.append(Repair(
                "image-unplaced", 1, image.path, image.path,
                "the source gives this image no caption: it is in images/ but not printed; "
                f"to print it, add '::: figure' / '{line}' / its caption / ':::'"))
            continue
        if _to_caption(result, image.caption, line, repairs):
            continue
        anchor = _anchor(result, image.after)
        where = len(result) if anchor is None else anchor + 1
        line_number = result[where - 1].line if where and result else 1
        result.insert(where, Node("caption", line + "\n" + image.caption, ((0, line_number),)))
        repairs.append(Repair(
            "image", line_number, image.path,
            f"::: figure ⏎ {line} ⏎ {image.caption[:20]} ⏎ :::",
            "Put the source's image, with the caption (or description) it has there, after "
            "this paragraph.", review=True))
    for caption in captions:
        _to_caption(result, caption, None, repairs)
    return result, repairs, doubts


# Headings the importer made on a guess from a short line (no author's 「#」, numbering or
# bold): the line under an image that the source gives as the image's caption is that
# caption, not a heading (it was printed twice, as both).
GUESSED_HEADS = frozenset({"plain", "short", "section"})


def _to_caption(nodes: list[Node], caption: str, image_line: str | None,
                repairs: list[Repair]) -> bool:
    """Make the node holding `caption` a caption — cut out of a paragraph the recovery
    joined it to — with the image line above its text; False when no node holds it."""
    key = _key(caption)
    for index, node in enumerate(nodes):
        guessed_head = node.kind == "heading" and node.origin in GUESSED_HEADS
        if (node.kind not in ("caption", "paragraph") and not guessed_head) \
                or "![](" in node.text:
            continue
        span = (0, len(node.text))
        if guessed_head and not _same(node.text, caption):
            continue  # a heading is a caption only whole
        if not _same(node.text, caption):
            span = _find_key(node.text, key) if node.kind == "paragraph" and len(key) >= 6 \
                else None
            if span is None:
                continue
        before, after = node.text[:span[0]].rstrip(), node.text[span[1]:].lstrip()
        was = node.kind
        parts = []
        if before:
            parts.append(_part(node, 0, len(before)))
        figure = _part(node, span[0], span[1], kind="caption")
        if image_line:
            figure = replace(figure, text=image_line + "\n" + figure.text, segments=(
                (0, figure.line),) + tuple((s + len(image_line) + 1, n)
                                           for s, n in figure.segments))
        parts.append(figure)
        if after:
            parts.append(_part(node, len(node.text) - len(after), len(node.text)))
        node = figure
        nodes[index:index + 1] = parts
        what = ("Put the source's image above its caption." if was == "caption" and image_line
                else "The source sets this line as a photo's caption: made it one"
                     + (" (cut out of the paragraph it had been joined to)."
                        if before or after else "."))
        shown = f"::: figure ⏎ {image_line + ' ⏎ ' if image_line else ''}{caption[:20]} ⏎ :::"
        if was != "caption" or image_line:
            repairs.append(Repair("image" if image_line else "caption", node.line,
                                  caption[:20], shown, what))
        return True
    return False


def _part(node: Node, start: int, end: int, **changes) -> Node:
    """The node's text from `start` to `end`, with the source lines it came from."""
    segments = ((0, node.line_at(start)),) + tuple(
        (offset - start, line) for offset, line in node.segments if start < offset < end)
    return replace(node, text=node.text[start:end], segments=segments, **changes)


def _find_key(text: str, key: str) -> tuple[int, int] | None:
    """Where in `text` the characters of `key` stand (markup and spaces aside)."""
    offsets = [i for i, char in enumerate(text) if _key(char)]
    compact = "".join(text[i] for i in offsets)
    at = compact.find(key)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(key) - 1] + 1


def _anchor(nodes: list[Node], after: str | None) -> int | None:
    """The node whose text starts like `after` (the paragraph the image followed)."""
    if not after:
        return None
    target = _key(after)[:12]
    best = None
    for index, node in enumerate(nodes):
        ratio = difflib.SequenceMatcher(None, _key(node.text)[:12], target).ratio()
        if ratio >= 0.75 and (best is None or ratio > best[0]):
            best = (ratio, index)
    return best[1] if best else None
