"""What the parsed-once patch (briefing/weasy/sheets.py) saves: CPU time
(time.process_time) of a tiny briefing built twice in one process, and of the sample's
cold build then warm rebuilds after one-paragraph edits (`keep_pages`, as `briefing
watch`), with the patch and without it — each in a fresh process, alternating.

    PYTHONPATH=$PWD .venv/bin/python bench/stylesheet_reuse.py [--rounds 3] [--edits 6]

Prints, per build kind, the median CPU time of the whole build and of the time spent
inside WeasyPrint's `CSS()` (parsing or reusing stylesheets), off and on.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def worker(work: Path, off: bool, edits: int) -> dict:
    from briefing import weasy
    from briefing.build import build
    from briefing.weasy import incremental
    from tests.conftest import SAMPLE, write_briefing

    weasy.load()
    if off:
        weasy.uninstall("sheets")
    import weasyprint

    inside = [0.0]
    init = weasyprint.CSS.__init__

    def timed(self, *args, **kwargs):
        begin = time.process_time()
        try:
            return init(self, *args, **kwargs)
        finally:
            inside[0] += time.process_time() - begin

    weasyprint.CSS.__init__ = timed  # (not uninstalled again: the process ends)
    times: dict[str, list[float]] = {}
    in_css: dict[str, list[float]] = {}

    def timed_build(kind: str, *args, **kwargs) -> None:
        inside[0] = 0.0
        begin = time.process_time()
        build(*args, force=True, **kwargs)
        times.setdefault(kind, []).append(time.process_time() - begin)
        in_css.setdefault(kind, []).append(inside[0])

    tiny = write_briefing(work / "tiny", "## 一\n\n这是一段很短的正文。\n")
    timed_build("tiny, first build", tiny, work / "tiny1.pdf")
    timed_build("tiny, second build", tiny, work / "tiny2.pdf")
    folder = work / SAMPLE.name
    shutil.copytree(SAMPLE, folder)
    incremental.keep_pages()
    timed_build("sample, cold", folder, work / "cold.pdf")
    article = folder / "article.md"
    text = article.read_text("utf-8")
    lines = [line for line in text.split("---", 2)[2].splitlines()
             if len(line) > 60 and not line.startswith(("#", "-", ":", "|", ">", "!"))]
    points = [lines[0][:12], lines[len(lines) // 2][:12], lines[-1][:12]]
    for index in range(1, edits + 1):
        point = points[(index - 1) % len(points)]
        article.write_text(text.replace(point, point + "又" * index, 1), "utf-8")
        timed_build("sample, warm rebuild", folder, work / "warm.pdf")
    return {"times": times, "in_css": in_css}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--edits", type=int, default=6)
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        work, off, edits = args.worker
        print(json.dumps(worker(Path(work), off == "off", int(edits))))
        return
    runs: dict[str, list[dict]] = {"off": [], "on": []}
    with tempfile.TemporaryDirectory(prefix="stylesheet-reuse-") as scratch:
        for round_ in range(args.rounds):
            for mode in ("off", "on"):
                work = Path(scratch) / f"{mode}{round_}"
                out = subprocess.run(
                    [sys.executable, __file__, "--worker", str(work), mode, str(args.edits)],
                    check=True, capture_output=True, text=True).stdout
                runs[mode].append(json.loads(out.splitlines()[-1]))
    print("CPU seconds, median over rounds (and edits): whole build / inside CSS()")
    for kind in runs["on"][0]["times"]:
        row = [kind]
        for mode in ("off", "on"):
            whole = [t for run in runs[mode] for t in run["times"][kind]]
            css = [t for run in runs[mode] for t in run["in_css"][kind]]
            row.append(f"{mode} {statistics.median(whole):.3f} / "
                       f"{statistics.median(css):.4f}")
        print("  ".join(row))


if __name__ == "__main__":
    main()
