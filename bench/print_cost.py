"""What the print options cost: the sample built plain and with each option, side by side.

    .venv/bin/python bench/print_cost.py [--rounds 3] [--template reprint]

One process; each round builds every configuration once (forced: no up-to-date skip),
starting each round at the next one, so that machine noise hits all alike. Prints the
median build time of each, its ratio to the plain build, the pages and the file size.
Nothing here is a test: read the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "lvliang-2021"
sys.path.insert(0, str(ROOT))

CONFIGURATIONS: dict[str, dict] = {
    "plain (A4)": {},
    "--no-toc (one layout, not two)": {"toc": False},
    "--paper A5": {"paper": "A5"},
    "--bleed 3mm --marks crop,cross": {"bleed_mm": 3, "marks": ("crop", "cross")},
    "--variant pdf/a-2b": {"variant": "pdf/a-2b"},
    "--variant pdf/ua-1": {"variant": "pdf/ua-1"},
    "--variant pdf/x-4 --bleed 3mm": {"variant": "pdf/x-4", "bleed_mm": 3},
    "--booklet": {"booklet": True},
}


def main() -> None:
    from briefing.build import build

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--template", default="reprint")
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in CONFIGURATIONS}
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        build(SAMPLE, Path(folder) / "warmup.pdf", template=args.template)
        names = list(CONFIGURATIONS)
        for round_ in range(args.rounds):
            # Each round starts at another configuration: no one always goes first.
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                options = CONFIGURATIONS[name]
                out = Path(folder) / f"{len(times[name])}-{len(results)}.pdf"
                started = time.perf_counter()
                result = build(SAMPLE, out, template=args.template, force=True, **options)
                times[name].append(time.perf_counter() - started)
                results[name] = (result.pages, out.stat().st_size)
    plain = statistics.median(times["plain (A4)"])
    print(f"template {args.template}, medians of {args.rounds} rounds")
    print(f"{'configuration':34} {'time':>7} {'× plain':>8} {'pages':>6} {'size':>9}")
    for name, values in times.items():
        median = statistics.median(values)
        pages, size = results[name]
        print(f"{name:34} {median:6.2f}s {median / plain:7.2f}× {pages:6} {size / 1024:7.0f} KB")


if __name__ == "__main__":
    main()
