"""Page fill and figure distance with and without the placement pass
(briefing/weasy/placement.py), measured from the PDFs (briefing/preflight.py).

    PYTHONPATH=. python bench/placement_fill.py data/lvliang-2021 [FOLDER …]

builds each briefing folder in every template twice — key-figure groups left where
they are cited, then placed by the pass — and prints, for each: pages, pages below
75 % followed by content, the empty part of the text blocks of pages followed by
content (in pages), the largest figure distance from its citing paragraph (pages),
and how many layouts the export made.
"""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

from briefing.build import build
from briefing.export import write_pdf
from briefing.preflight import figure_citations, measure_placement

TEMPLATES = ("reprint", "jianbao", "handout")


def main(folders: list[str]) -> None:
    print(f"{'article':34} {'template':8} {'pass':4} {'pages':>5} {'short':>5} "
          f"{'white':>6} {'far':>4}")
    with tempfile.TemporaryDirectory() as scratch:
        for folder in map(Path, folders):
            for template in TEMPLATES:
                cites = figure_citations(folder) if template != "handout" else {}
                for placed in (False, True):
                    pdf = Path(scratch) / f"{folder.name}-{template}-{placed}.pdf"
                    build(folder, pdf, template=template, force=True,
                          exporter=functools.partial(write_pdf, place_figures=placed))
                    report = measure_placement(pdf, cites)
                    far = max((abs(d.pages) for d in report.distances), default=0)
                    print(f"{folder.name:34} {template:8} {'on' if placed else 'off':4} "
                          f"{len(report.fills):5} {len(report.short_pages):5} "
                          f"{report.white_pages:6.2f} {far:4}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["data/lvliang-2021"])
