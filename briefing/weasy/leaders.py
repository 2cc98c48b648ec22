"""The contents' dotted leaders as one text run (the leader-run patch of table.py).

WeasyPrint 70 (weasyprint/layout/leader.py, `handle_leader`) fills a leader with
copies of one text box placed edge to edge, one box per dot. Drawing each box
re-shapes its text: a contents page cost more than ten pages of body text. After
WeasyPrint's own leader layout, the dots of an entry are merged into one box whose
text repeats the dot as often; WeasyPrint lays the dots out edge to edge, so the run
draws them at the same places (tests/typeset/test_pdf.py compares both).
"""

from __future__ import annotations

import copy

from briefing.weasy.seam import original


def handle_leader(context, line, containing_block):
    """WeasyPrint's leader layout, then its dots — copies of one text box placed edge to
    edge — merged into one box whose text repeats the dot as often."""
    from weasyprint.layout.leader import leader_index

    original("leader-run")(context, line, containing_block)
    _, leader_box = leader_index(line)
    if leader_box is None or len(leader_box.children) < 2:
        return
    pieces = sorted(leader_box.children, key=lambda piece: piece.position_x)
    first = pieces[0]
    merged = first.copy()
    merged.text = first.text * len(pieces)
    merged.width = pieces[-1].position_x + pieces[-1].width - first.position_x
    merged.pango_layout = copy.copy(first.pango_layout)
    merged.pango_layout.text = merged.text
    leader_box.children = (merged,)
