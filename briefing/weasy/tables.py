"""The caption a table repeats where it continues: one hook in WeasyPrint 70's layout
(the continued-caption patch of table.py).

WeasyPrint repeats a table's header (thead) at the top of every page the table goes
on to, but the caption stays on the first page, and no CSS tells a repeated header
from the first one. Templates put the continued caption (「表1 ……（续表）」) in the
header's first row and mark that row with the custom property

    --briefing-table-row: continued

`table_layout` (weasyprint/layout/table.py) lays a table out from its beginning
(skip_stack None) or from where the previous page stopped. Where it begins, the
marked rows are laid out with empty cells — no text, and no height when the cells
have no padding or border, which the templates' CSS gives them — so the continued
caption appears only on the pages after the first. The row stays in the table, so
WeasyPrint's grid (collapsed borders, row spans) is untouched.
"""

from __future__ import annotations

from briefing.weasy.seam import original

PROPERTY = "__briefing_table_row"  # --briefing-table-row
CONTINUED = "continued"


def _marked(row) -> bool:
    try:
        tokens = row.style[PROPERTY]
    except KeyError:
        return False
    return any(str(getattr(token, "value", "")).lower() == CONTINUED for token in tokens or ())


def without_continued_rows(table):
    """The table box with its header's marked rows emptied (a copy; None if none)."""
    if not table.children or not table.children[0].is_header:
        return None
    header = table.children[0]
    if not any(_marked(row) for row in header.children):
        return None
    rows = [row.copy_with_children([cell.copy_with_children([]) for cell in row.children])
            if _marked(row) else row for row in header.children]
    return table.copy_with_children([header.copy_with_children(rows), *table.children[1:]])


def table_layout(context, table, bottom_space, skip_stack, containing_block, page_is_empty,
                 absolute_boxes, fixed_boxes):
    """WeasyPrint's, with the continued caption's rows emptied where the table begins."""
    if skip_stack is None:  # the table's beginning: no 「续表」 here
        table = without_continued_rows(table) or table
    return original("continued-caption")(context, table, bottom_space, skip_stack,
                                         containing_block, page_is_empty, absolute_boxes,
                                         fixed_boxes)
