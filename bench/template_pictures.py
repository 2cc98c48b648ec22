"""The README's picture of the templates: page 1 of the sample built with jianbao,
reprint and handout, side by side.

    .venv/bin/python bench/template_pictures.py      # writes docs/templates-page1.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.build import build  # noqa: E402

SAMPLE = ROOT / "data" / "lvliang-2021"
TEMPLATES = ("jianbao", "reprint", "handout")
DPI = 50
GAP = 16


def main() -> None:
    pages = []
    with tempfile.TemporaryDirectory() as folder:
        for template in TEMPLATES:
            pdf = Path(folder) / f"{template}.pdf"
            build(SAMPLE, pdf, template=template)
            stem = Path(folder) / template
            subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(stem)], check=True)
            pages.append(Image.open(stem.with_suffix(".png")).convert("RGB"))
    width = sum(page.width for page in pages) + GAP * (len(pages) + 1)
    height = max(page.height for page in pages) + 2 * GAP
    picture = Image.new("RGB", (width, height), (200, 200, 200))
    x = GAP
    for page in pages:
        picture.paste(page, (x, GAP))
        x += page.width + GAP
    target = ROOT / "docs" / "templates-page1.png"
    picture.save(target, optimize=True)
    print(f"wrote {target} ({', '.join(TEMPLATES)})")


if __name__ == "__main__":
    main()
