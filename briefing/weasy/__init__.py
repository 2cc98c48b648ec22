"""Everything briefing changes inside WeasyPrint 70, in one place.

    loader.py          loading WeasyPrint fast, once per process; garbage-collector settings
    layout_patches.py  Chinese line layout (rules from briefing/typeset) inside Pango layouts
    targets.py         the contents' page numbers in one extra layout pass, never stale
    subset.py          compact font subsets
"""

from briefing.weasy.loader import font_configuration, load, stable_ids

__all__ = ["font_configuration", "load", "stable_ids"]
