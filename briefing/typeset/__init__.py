"""The typesetting layer: Chinese line layout by CLREQ and GB/T 15834.

    rules.py   pure functions: where gaps, compressions and break bans go
    chars.py   the character classes those rules use
    weasy.py   the seam that applies them inside WeasyPrint's layout (install())
    targets.py the contents' page numbers: one extra layout pass, and never stale
    tables.py  a table's continued caption (续表), shown only where the table continues

Templates switch it with CSS custom properties on any element:
    --briefing-typeset: on | off
    --briefing-punctuation: kaiming | quanjiao | banjiao
    --briefing-table-row: continued   (a header row shown only on continuation pages)
"""

from briefing.typeset.rules import PunctuationStyle
from briefing.typeset.weasy import TypesetterIncompatible, install

__all__ = ["PunctuationStyle", "TypesetterIncompatible", "install"]
