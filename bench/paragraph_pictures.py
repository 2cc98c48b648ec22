"""Pictures for the README: page 1 of the sample, and one paragraph before/after the
typesetting layer (the same build with `--briefing-typeset: off`).

    .venv/bin/python bench/paragraph_pictures.py      # writes docs/*.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.typeset_cost import SAMPLE, off_templates  # noqa: E402
from briefing.build import build  # noqa: E402

DOCS = ROOT / "docs"
DPI = 110
# The lead's second paragraph on page 1 (found by its text: the contents above it grow
# and shrink with the sample).
PARAGRAPH_START = "2021年，山西省"


def paragraph_crop(pdf: Path) -> dict:
    """pdftoppm's crop box (pixels at DPI) around the paragraph on page 1."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        lines: dict[float, list[dict]] = {}
        for char in page.chars:
            if round(char["size"]) == 12:
                lines.setdefault(round(char["top"]), []).append(char)
    tops = sorted(lines)
    text = {top: "".join(c["text"] for c in sorted(lines[top], key=lambda c: c["x0"]))
            for top in tops}
    first = next(top for top in tops if text[top].replace(" ", "").startswith(PARAGRAPH_START))
    block = [first]
    for top in tops[tops.index(first) + 1:]:  # until the next indented line
        if min(c["x0"] for c in lines[top]) > min(c["x0"] for c in lines[first]) - 1:
            break
        block.append(top)
    chars = [c for top in block for c in lines[top]]
    left, right = min(c["x0"] for c in chars) - 30, max(c["x1"] for c in chars) + 6
    top, bottom = min(c["top"] for c in chars) - 6, max(c["bottom"] for c in chars) + 6
    scale = DPI / 72
    return {"x": round(left * scale), "y": round(top * scale),
            "W": round((right - left) * scale), "H": round((bottom - top) * scale)}


def render(pdf: Path, stem: str, dpi: int, crop: dict | None = None) -> None:
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
    for key, value in (crop or {}).items():
        args += [f"-{key}", str(value)]
    subprocess.run([*args, str(pdf), str(DOCS / stem)], check=True)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        after = build(SAMPLE, folder / "after.pdf").output
        before = build(SAMPLE, folder / "before.pdf",
                       template_dirs=[off_templates(folder / "off")]).output
        render(after, "sample-page1", 70)
        render(before, "paragraph-before", DPI, paragraph_crop(before))
        render(after, "paragraph-after", DPI, paragraph_crop(after))


if __name__ == "__main__":
    main()
