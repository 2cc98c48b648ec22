"""What the typesetting layer costs: the sample built with it and without it, side by side.

    .venv/bin/python bench/typeset_cost.py [--rounds 5]

Runs in one process, alternating the two builds so that machine noise hits both
alike, and prints the medians and their ratio (target: at most 1.15). A build
without the layer uses a template folder that sets `--briefing-typeset: off`;
everything else (loading, font checks, rendering, writing) is the same.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "lvliang-2021"
sys.path.insert(0, str(ROOT))


def off_templates(folder: Path) -> Path:
    reprint = folder / "reprint"
    reprint.mkdir(parents=True, exist_ok=True)
    from briefing.resources import TEMPLATES_DIR

    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text("utf-8")
    (reprint / "style.css").write_text(css + "\nhtml { --briefing-typeset: off; }\n", "utf-8")
    return folder


def warm(rounds: int, off: Path, out: Path) -> tuple[list[float], list[float]]:
    from briefing.build import build

    build(SAMPLE, out / "warmup.pdf")
    on_times, off_times = [], []
    for _ in range(rounds):
        for times, dirs in ((on_times, ()), (off_times, (off,))):
            started = time.perf_counter()
            build(SAMPLE, out / "bench.pdf", template_dirs=dirs)
            times.append(time.perf_counter() - started)
    return on_times, off_times


def cold(rounds: int, off: Path, out: Path) -> tuple[list[float], list[float]]:
    briefing = [sys.executable, "-m", "briefing", "build", str(SAMPLE), "-o",
                str(out / "cold.pdf")]
    on_times, off_times = [], []
    for _ in range(rounds):
        for times, extra in ((on_times, []), (off_times, ["--templates", str(off)])):
            started = time.perf_counter()
            subprocess.run(briefing + extra, check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - started)
    return on_times, off_times


def report(name: str, on_times: list[float], off_times: list[float]) -> None:
    on, off = statistics.median(on_times), statistics.median(off_times)
    print(f"{name:>5}: with layer {on:.3f} s, without {off:.3f} s, ratio {on / off:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        off = off_templates(folder / "off")
        report("warm", *warm(args.rounds, off, folder))
        report("cold", *cold(args.rounds, off, folder))


if __name__ == "__main__":
    main()
