"""Where a long document's CPU time goes: our cold build and plain WeasyPrint on the
same HTML, stage by stage, each in a new process.

    .venv/bin/python bench/page_cost.py [--folder FOLDER | --distinct] [--copies 17]
                                        [--profile OUT.prof]

The document is the sample's body repeated --copies times (bench/speed.py's `big`), or
with --distinct about 100 pages of distinct text (bench/distinct_text.py), or a folder.
Each side is timed with `time.thread_time` around WeasyPrint's entry points (its
imports not counted): our pipeline (article, HTML, checks), parsing and the cascade,
boxes, layout, drawing and writing; and inside layout, setting text in Pango layouts
(`Layout.set_text`: our line rules' attributes, briefing/weasy/layout_patches.py) and
tables' automatic widths. --profile also writes a cProfile of our build (read it with
pstats, by cumulative and by self time).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = (("weasyprint.document:get_all_computed_styles", "cascade"),
          ("weasyprint.document:build_formatting_structure", "boxes"),
          ("weasyprint.document:Document._render", "render (parsing to layout)"),
          ("weasyprint.document:Page.paint", "drawing"),
          ("weasyprint.document:Document.write_pdf", "drawing and writing"),
          ("weasyprint.text.line_break:Layout.set_text", "  set text in Pango layouts"),
          ("weasyprint.text.line_break:Layout.setup", "  new Pango layouts"),
          ("weasyprint.layout.table:table_and_columns_preferred_widths",
           "  tables' automatic widths"))


def timing() -> tuple[Counter, Counter]:
    """Wrap each stage's entry point with a CPU-time counter (thread time)."""
    from briefing.weasy.seam import resolve

    spent, calls = Counter(), Counter()
    for target, label in STAGES:
        owner, name = resolve(target)
        real = getattr(owner, name)

        def timed(*args, _real=real, _label=label, **kwargs):
            started = time.thread_time()
            try:
                return _real(*args, **kwargs)
            finally:
                spent[_label] += time.thread_time() - started
                calls[_label] += 1

        setattr(owner, name, timed)
    return spent, calls


def report(side: str, total: float, spent: Counter, calls: Counter, pages: int) -> dict:
    rows = {"side": side, "total": total, "pages": pages, **spent}
    rows["parsing and layout (render less cascade, boxes)"] = (
        spent["render (parsing to layout)"] - spent["cascade"] - spent["boxes"])
    rows["writing (less drawing)"] = spent["drawing and writing"] - spent["drawing"]
    if side == "briefing":
        rows["our pipeline"] = (total - spent["render (parsing to layout)"]
                                - spent["drawing and writing"])
    return rows


def worker_ours(folder: str, profile: str) -> None:
    os.environ["BRIEFING_EXPORT_WORKER"] = "0"
    from briefing import weasy
    from briefing.build import build

    weasy.load()
    spent, calls = timing()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.thread_time()
    with tempfile.TemporaryDirectory() as temporary:
        result = build(Path(folder), Path(temporary) / "ours.pdf", force=True)
    total = time.thread_time() - started
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    print(json.dumps(report("briefing", total, spent, calls, result.pages)))


def worker_plain(job: str) -> None:
    import weasyprint

    spent, calls = timing()
    spec = json.loads(Path(job).read_text("utf-8"))
    started = time.thread_time()
    sheets = [weasyprint.CSS(string=css) for css in spec["stylesheets"]]
    document = weasyprint.HTML(string=spec["html"], base_url=Path(spec["base"]).as_uri()
                               + "/").render(stylesheets=sheets)
    with tempfile.TemporaryDirectory() as temporary:
        document.write_pdf(Path(temporary) / "plain.pdf")
    total = time.thread_time() - started
    print(json.dumps(report("plain WeasyPrint", total, spent, calls, len(document.pages))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--distinct", action="store_true")
    parser.add_argument("--copies", type=int, default=17)
    parser.add_argument("--profile", default="")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, *rest = args.worker
        if kind == "ours":
            worker_ours(rest[0], rest[1] if len(rest) > 1 else "")
        else:
            worker_plain(rest[0])
        return
    from bench.speed import bench_document, capture_build, write_job

    with tempfile.TemporaryDirectory(prefix="briefing-page-cost-") as temporary:
        work = Path(temporary)
        folder = bench_document(work, args.folder, args.distinct, args.copies)
        os.environ["BRIEFING_EXPORT_WORKER"] = "0"
        job = write_job(work, capture_build(folder, work / "capture.pdf"))
        sides = []
        for argv in (["ours", str(folder), args.profile], ["plain", str(job)]):
            done = subprocess.run([sys.executable, __file__, "--worker", *argv],
                                  capture_output=True, text=True, check=True, cwd=ROOT)
            sides.append(json.loads(done.stdout.strip().splitlines()[-1]))
    ours, plain = sides
    print(f"{'CPU seconds':<48} {'briefing':>9} {'plain':>9}")
    inside = [label for _, label in STAGES if label.startswith("  ")]
    for key in ("total", "our pipeline", "cascade", "boxes",
                "parsing and layout (render less cascade, boxes)", *inside,
                "drawing", "writing (less drawing)"):
        values = [side.get(key) for side in sides]
        print(f"{key:<48} " + " ".join(f"{value:9.2f}" if value is not None else f"{'—':>9}"
                                       for value in values))
    print(f"{'pages':<48} {ours['pages']:>9} {plain['pages']:>9}")
    print(f"ratio briefing / plain WeasyPrint (CPU, no imports): "
          f"{ours['total'] / plain['total']:.2f}")


if __name__ == "__main__":
    main()
