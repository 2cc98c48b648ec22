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
# The lead's second paragraph on page 1 (points from the top-left corner, at 110 dpi).
CROP = {"x": 95, "y": 368, "W": 745, "H": 196}


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
        render(before, "paragraph-before", 110, CROP)
        render(after, "paragraph-after", 110, CROP)


if __name__ == "__main__":
    main()
