"""CPU time of a warm rebuild of the sample by stage, for one or more source trees
(commits checked out elsewhere: before and after a change), in new processes
alternating between the trees.

    PYTHONPATH=$PWD .venv/bin/python bench/warm_stages.py [--trees DIR,DIR…]
                                                          [--rounds 3] [--edits 6]
                                                          [--folder DIR | --first-part]
                                                          [--template NAME]

Each process builds the sample once (as `briefing watch` does: `keep_pages()`), then
rebuilds it after `--edits` one-paragraph edits, near the start, the middle and the end
in turn, each on the original text (bench/speed.py's warm edits), and reads
`time.process_time()` around WeasyPrint's stage functions: the HTML parse
(`HTML.__init__`), the cascade (`Document._build_layout_context`), the box tree
(`build_formatting_structure`), layout (`layout_document`), drawing (`Page.paint`) and
writing (`Document.write_pdf`, less drawing); "ours" is the rest of `build()`. Prints,
per tree, the median over all its rebuilds of each stage, and of the whole rebuild, the
process's first (cold) build and the rebuild / first build ratio (issue 17's, in CPU
time).

`--folder` rebuilds another briefing folder instead of the sample (copied, as the
sample is); `--first-part` the sample's lead and first part up to its sixth section
(tests/weasy/test_incremental.py's short_sample: five pages, too few for the automatic
contents — the build lays it out with them, then without: a reprint without contents);
`--template` builds with that template.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PART = ":first-part"  # (--first-part: the sample's first part, made in the worker)
STAGES = ("ours", "parsing", "cascade", "boxes", "layout", "drawing", "writing")


def worker(work: Path, edits: int, source: str, template: str | None) -> None:
    from briefing import weasy
    from briefing.build import build
    from briefing.weasy import incremental
    from tests.conftest import SAMPLE

    weasy.load()
    from speed import time_stages  # (bench/speed.py: this file's folder is on the path)

    spent = time_stages(time.process_time)
    if source == FIRST_PART:
        from tests.weasy.test_incremental import short_sample

        folder = short_sample(work / SAMPLE.name)
    else:
        folder = work / (Path(source).name if source else SAMPLE.name)
        shutil.copytree(Path(source) if source else SAMPLE, folder)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    lines = [line for line in original.split("---", 2)[2].splitlines()
             if len(line) > 60 and not line.startswith(("#", "-", ":", "|", ">", "!"))]
    points = [lines[0][:12], lines[len(lines) // 2][:12], lines[-1][:12]]
    incremental.keep_pages()
    begin = time.process_time()
    build(folder, work / "out.pdf", force=True, template=template)
    first = time.process_time() - begin  # the process's first, cold build
    rows = []
    for index in range(1, edits + 1):
        point = points[(index - 1) % len(points)]
        article.write_text(original.replace(point, point + "又" * index, 1), "utf-8")
        spent.clear()
        begin = time.process_time()
        build(folder, work / "out.pdf", template=template)
        row = {stage: spent.get(stage, 0.0) for stage in STAGES[1:]}
        row["writing"] -= row["drawing"]  # write_pdf draws the pages first
        row["total"] = time.process_time() - begin
        row["ours"] = row["total"] - sum(row[stage] for stage in STAGES[1:])
        row["first"] = first
        rows.append(row)
    print(json.dumps(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trees", default=str(ROOT),
                        help="comma-separated source trees (each with compiled catalogs)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--edits", type=int, default=6)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--folder", default="", help="a briefing folder (default: the sample)")
    which.add_argument("--first-part", action="store_const", const=FIRST_PART,
                       dest="folder", help="the sample's lead and first part (no contents)")
    parser.add_argument("--template", default=None, help="build with this template")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), int(args.worker[1]), args.folder, args.template)
        return
    folder = args.folder if args.folder in ("", FIRST_PART) \
        else str(Path(args.folder).resolve())
    options = ["--folder", folder] if folder else []
    options += ["--template", args.template] if args.template else []
    trees = [Path(tree).resolve() for tree in args.trees.split(",")]
    rows: dict[Path, list[dict]] = {tree: [] for tree in trees}
    for round_number in range(args.rounds):
        for tree in trees if round_number % 2 == 0 else trees[::-1]:
            with tempfile.TemporaryDirectory() as work:
                environment = {**os.environ, "PYTHONPATH": str(tree)}
                # (this file's worker, the tree's briefing: PYTHONPATH)
                output = subprocess.run(
                    [sys.executable, __file__, "--worker", work, str(args.edits),
                     *options],
                    cwd=tree, env=environment, check=True, capture_output=True,
                    text=True).stdout
            rows[tree].extend(json.loads(output.strip().splitlines()[-1]))
            print(f"round {round_number + 1}: {tree} done "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)
    for tree, found in rows.items():
        print(f"{tree}: " + " | ".join(
            f"{stage} {statistics.median(row[stage] for row in found):.3f}"
            for stage in (*STAGES, "total")) + f" s (median of {len(found)} rebuilds); "
            f"first build {statistics.median(row['first'] for row in found):.3f} s, "
            "rebuild / first "
            f"{statistics.median(row['total'] / row['first'] for row in found):.2f}")


if __name__ == "__main__":
    main()
