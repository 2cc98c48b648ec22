"""The body of a 公文, a speech or a transcript once its head is found: conventions a
reader uses on such bodies that hold across their copies, not one site's shape.

- **Extra blank lines mark a caption only where they are the exception.** A short line
  set apart by two blank lines or more reads as a photo's caption in a text whose
  paragraphs are otherwise one blank line apart. Where most of the text's gaps are that
  wide (a copy whose blank lines vary at random: 1, 3, 7, 3 …), the space around a line
  says nothing of it: no caption is read from spacing there (`spacing_is_noise`).
"""

from __future__ import annotations

WIDE_GAP = 2  # blank (or space-only) lines: the gap around a caption
WIDE_GAPS_MIN = 4  # a text with fewer gaps this wide tells nothing by them


def blank_gaps(text: str) -> list[int]:
    """The runs of blank (or space-only) lines between the text's lines, in order."""
    gaps: list[int] = []
    run, seen = 0, False
    for line in text.split("\n"):
        if line.strip():
            if seen and run:
                gaps.append(run)
            run, seen = 0, True
        else:
            run += 1
    return gaps


def spacing_is_noise(text: str) -> bool:
    """More than half of the text's blank gaps are wide (WIDE_GAP lines or more), and
    there are WIDE_GAPS_MIN such gaps at least: a wide gap is no exception in this copy."""
    gaps = blank_gaps(text)
    wide = sum(1 for gap in gaps if gap >= WIDE_GAP)
    return wide >= WIDE_GAPS_MIN and wide * 2 > len(gaps)
