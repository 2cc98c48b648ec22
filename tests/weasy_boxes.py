"""What the engine tests read from a laid-out WeasyPrint document: its boxes of a kind, the
computed styles of its text, and WeasyPrint's own min-content loop over a text."""

from __future__ import annotations


def boxes_of(document, kind) -> list:
    """The boxes of `kind` (a weasyprint.formatting_structure.boxes class) on the
    document's first page, in tree order."""
    found = []

    def walk(box):
        if isinstance(box, kind):
            found.append(box)
        for child in getattr(box, "children", ()):
            walk(child)

    walk(document.pages[0]._page_box)
    return found


def text_styles(document) -> list:
    """The computed style of each text box on the document's first page."""
    from weasyprint.formatting_structure import boxes

    return [box.style for box in boxes_of(document, boxes.TextBox)]


class _Context:
    """A layout context: split_first_line reads only its hyphenation dictionaries."""

    dictionaries: dict = {}


def min_content_loop(text: str, style) -> list[tuple[int, float]]:
    """(byte offset, width) of each piece as WeasyPrint's inline_line_widths finds them:
    one split_first_line per break opportunity, at width 0, on the text that remains."""
    from weasyprint.text.line_break import split_first_line

    encoded, pieces, resume, new_resume = text.encode(), [], 0, 0
    while new_resume is not None:
        resume += new_resume
        _, _, new_resume, width, _, _ = split_first_line(
            encoded[resume:].decode(), style, _Context(), 0, 0, is_line_start=True,
            minimum=True)
        pieces.append((resume, width))
    return pieces
