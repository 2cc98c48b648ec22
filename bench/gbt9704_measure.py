"""Measure a jianbao PDF against GB/T 9704 (issue 14): faces by size, the folio's offset
below the text block, the 版记's page, and each page's body lines against the 28.95 pt
grid. Prints figures; tests/templates/test_gbt9704.py asserts on them.

    .venv/bin/python bench/gbt9704_measure.py FILE.pdf     # or no file: builds the sample
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MM = 72 / 25.4
TOP = 37 * MM
PITCH = 28.95
BOTTOM = TOP + 22 * PITCH + 0.5


def face(char: dict) -> str:
    return char["fontname"].split("+")[-1]


def measure(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        pages = pdf.pages
        faces: dict[int, Counter] = {}
        for page in pages:
            for char in page.chars:
                if char["top"] > TOP - 2 and char["bottom"] < BOTTOM + 2 and char["text"].strip():
                    faces.setdefault(round(char["size"]), Counter())[face(char)] += 1
        print(f"{pdf_path}: {len(pages)} pages")
        for size, counter in sorted(faces.items(), reverse=True):
            names = ", ".join(f"{name} {n}" for name, n in counter.most_common())
            print(f"  {size:>3} pt: {names}")
        offsets = []
        for page in pages:
            dashes = [c for c in page.chars if c["text"] == "—" and c["top"] > BOTTOM]
            if dashes:
                offsets.append(((dashes[0]["top"] + dashes[0]["bottom"]) / 2 - BOTTOM) / MM)
        if offsets:
            print(f"  folio: the dash's em box middle {min(offsets):.2f}–{max(offsets):.2f} mm "
                  "below the text block (GB/T 9704: 7 mm)")
        end = [page.page_number for page in pages if "共印" in (page.extract_text() or "")]
        print(f"  版记 on page(s) {end} of {len(pages)}"
              f" ({'even' if len(pages) % 2 == 0 else 'ODD'} last page)")
        reference = None
        drifts = []
        for page in pages:
            lines = sorted({round(page.height - c["matrix"][5], 2) for c in page.chars
                            if round(c["size"]) == 16 and face(c) == "FandolFang"
                            and TOP < c["top"] < BOTTOM and c["text"].strip()})
            for line in lines:
                place = (line - TOP) % PITCH
                reference = place if reference is None else reference
                off = (place - reference + PITCH / 2) % PITCH - PITCH / 2
                drifts.append((page.page_number, off))
        worst: dict[int, float] = {}
        for number, off in drifts:
            worst[number] = max(worst.get(number, 0.0), abs(off))
        print("  body lines off the grid (pt, worst per page): "
              + ", ".join(f"p{number} {off:.2f}" for number, off in worst.items()))


def main() -> None:
    if len(sys.argv) > 1:
        for path in sys.argv[1:]:
            measure(Path(path))
        return
    from briefing.build import build

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "jianbao.pdf"
        build(ROOT / "data" / "lvliang-2021", out, template="jianbao")
        measure(out)


if __name__ == "__main__":
    main()
