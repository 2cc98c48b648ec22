"""The typesetting layer: Chinese line layout by CLREQ and GB/T 15834.

    rules.py   pure functions: where gaps, compressions and break bans go
    words.py   where a balanced title or heading may break: phrases, words (jieba)
    chars.py   the character classes those rules use

The seam that applies them inside WeasyPrint's layout is briefing/weasy/
(layout_patches.py; tables.py for a table's continued caption). Templates switch it
with CSS custom properties on any element:
    --briefing-typeset: on | off
    --briefing-punctuation: kaiming | quanjiao | banjiao
    --briefing-wrap: balance      (titles, headings: even lines, broken between phrases
                                   or words)
    --briefing-table-row: continued   (a header row shown only on continuation pages)
"""

from briefing.typeset.rules import PunctuationStyle

__all__ = ["PunctuationStyle"]
