"""Visual regression: low-resolution pictures of the sample's pages against golden files.

A stylesheet change that moves, resizes or recolours what is on a page changes more
pixels than antialiasing does, and fails here before it lands; the failure writes
output/visual-diffs/NAME.png (the new render, the golden, and the differing pixels in red).

After a change to the layout that is meant, look at the diff pictures, then refresh:

    BRIEFING_UPDATE_GOLDEN=1 .venv/bin/pytest tests/templates/test_visual.py
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import GOLDEN, PROJECT, SAMPLE
from PIL import Image, ImageChops

from briefing.build import build
from briefing.resources import TEMPLATES_DIR

DIFFS = PROJECT / "output" / "visual-diffs"
DPI = 36
PIXEL_TOLERANCE = 40  # a pixel differs when one channel differs by more than this
AREA_TOLERANCE = 0.004  # a page differs when more than 0.4 % of its pixels do
UPDATE = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"

PAGES = [  # (golden name, template, page: 1-based, -1 for the last)
    ("jianbao-p1", "jianbao", 1),
    ("jianbao-last", "jianbao", -1),
    ("reprint-p1", "reprint", 1),
    ("reprint-p2", "reprint", 2),  # key-figure tables and charts
    ("jianbao-p3", "jianbao", 3),
    ("handout-p1", "handout", 1),
]


def render_page(pdf: Path, page: int, dpi: int = DPI) -> Image.Image:
    if page < 0:
        from pypdf import PdfReader

        page = len(PdfReader(pdf).pages) + 1 + page
    stem = pdf.with_name(f"{pdf.stem}-p{page}-{dpi}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    return Image.open(stem.with_suffix(".png")).convert("RGB")


def difference(actual: Image.Image, golden: Image.Image) -> tuple[float, Image.Image]:
    """The share of pixels that differ, and a picture of them."""
    delta = ImageChops.difference(actual, golden).convert("L")
    mask = delta.point(lambda value: 255 if value > PIXEL_TOLERANCE else 0)
    changed = mask.histogram()[255]
    picture = Image.new("RGB", (actual.width * 3, actual.height), "white")
    picture.paste(actual, (0, 0))
    picture.paste(golden, (actual.width, 0))
    faded = Image.blend(golden, Image.new("RGB", golden.size, "white"), 0.7)
    faded.paste((220, 0, 0), mask=mask)
    picture.paste(faded, (actual.width * 2, 0))
    return changed / (actual.width * actual.height), picture


def assert_matches_golden(name: str, actual: Image.Image) -> None:
    golden_path = GOLDEN / f"{name}.png"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        actual.save(golden_path, optimize=True)
        return
    assert golden_path.is_file(), (
        f"no golden picture {golden_path.name}: run BRIEFING_UPDATE_GOLDEN=1 pytest "
        "tests/templates/test_visual.py and commit tests/golden/")
    golden = Image.open(golden_path).convert("RGB")
    assert actual.size == golden.size, (
        f"{name}: the page is {actual.size} px at {DPI} dpi, the golden {golden.size}")
    share, picture = difference(actual, golden)
    if share > AREA_TOLERANCE:
        DIFFS.mkdir(parents=True, exist_ok=True)
        picture.save(DIFFS / f"{name}.png")
        pytest.fail(f"{name}: {share:.2%} of the pixels differ from tests/golden/{name}.png "
                    f"(tolerance {AREA_TOLERANCE:.1%}); see {DIFFS / f'{name}.png'} "
                    "(new | golden | differences)")


@pytest.mark.parametrize(("name", "template", "page"), PAGES, ids=[p[0] for p in PAGES])
def test_sample_pages_match_golden(sample_template_pdf, name, template, page):
    assert_matches_golden(name, render_page(sample_template_pdf(template), page))


def test_a_stylesheet_change_is_caught(sample_template_pdf, tmp_path):
    """The comparison itself: a handout whose title is 4 pt larger must not pass."""
    if UPDATE:
        pytest.skip("refreshing the golden pictures")
    folder = tmp_path / "templates" / "handout"
    folder.mkdir(parents=True)
    style = (TEMPLATES_DIR / "handout" / "style.css").read_text("utf-8")
    assert "font-size: 20pt" in style
    (folder / "style.css").write_text(style.replace("font-size: 20pt", "font-size: 24pt"),
                                      "utf-8")
    changed = tmp_path / "changed.pdf"
    build(SAMPLE, changed, template="handout", template_dirs=[tmp_path / "templates"])
    golden = Image.open(GOLDEN / "handout-p1.png").convert("RGB")
    share, _ = difference(render_page(changed, 1), golden)
    assert share > AREA_TOLERANCE
    same, _ = difference(render_page(sample_template_pdf("handout"), 1), golden)
    assert same <= AREA_TOLERANCE
