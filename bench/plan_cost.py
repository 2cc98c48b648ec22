"""What the Chinese line rules cost per build, and whether a cut's rules could be read
off its paragraph's: layout_patches._plan's calls, misses and their CPU time, then the
cuts WeasyPrint breaks lines on compared with the whole box text.

    .venv/bin/python bench/plan_cost.py [--folder FOLDER | --distinct] [--copies 17]

One build in this process (the export in it too). `_plan` is asked for the text of every
Pango layout: the cuts of a paragraph's remaining text that each line is broken on
(split_first_line), the lines as drawn and measured. For each cut t = T[s:s+m] of a box
text T the rules' positions on t (no-break set, halved marks, Han/Latin gaps) are
compared with T's, shifted by s: where they differ, and how far from the cut's nearer
edge — the window a "plan the paragraph once, then slice" scheme would have to compute
again (no fixed window is exact: a number, a unit word or an identifier cut in two
changes the rules along its whole length).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def record(folder: Path) -> tuple[list, dict]:
    """Every _plan call of one build (its arguments and the box being broken, if any),
    and the misses' count, characters and thread time."""
    os.environ["BRIEFING_EXPORT_WORKER"] = "0"
    from briefing import weasy
    from briefing.build import build

    weasy.load()
    from briefing.weasy import layout_patches
    from briefing.weasy.state import laying_out

    calls, misses = [], Counter()
    inner = layout_patches._plan.__wrapped__

    def timed(*args):
        started = time.thread_time()
        try:
            return inner(*args)
        finally:
            misses["seconds"] += time.thread_time() - started
            misses["misses"] += 1
            misses["characters"] += len(args[0])

    cached = functools.lru_cache(maxsize=layout_patches._plan.cache_info().maxsize)(timed)

    def plan(*args):
        calls.append((args, laying_out.get()))
        return cached(*args)

    layout_patches._plan = plan
    with tempfile.TemporaryDirectory() as temporary:
        build(folder, Path(temporary) / "plan-cost.pdf", force=True)
    return calls, dict(misses)


def cut_differences(calls: list) -> tuple[Counter, Counter]:
    """(counts, distance of each differing position from the cut's nearer edge)."""
    from briefing.typeset import rules

    def positions(text, punctuation, relaxed):
        return (rules.no_break_set(text, relaxed), rules.halved_marks(text, punctuation),
                set(rules.autospace_gaps(text)))

    counts, distances, seen, boxes = Counter(), Counter(), set(), set()
    for args, breaking in calls:
        text, punctuation, *_, breaks, _, relaxed = args
        if breaking is None or breaks is not None:
            continue
        box_text, skip = breaking[0], breaking[1]
        start = len(box_text.encode()[:skip].decode())
        if box_text[start:start + len(text)] != text:
            counts["not a cut of its box"] += 1
            continue
        if (text, box_text, start, punctuation, relaxed) in seen or text == box_text:
            continue
        seen.add((text, box_text, start, punctuation, relaxed))
        counts["cuts"] += 1
        counts["their characters"] += len(text)
        if box_text not in boxes:
            boxes.add(box_text)
            counts["characters of the boxes cut"] += len(box_text)
        whole, cut = positions(box_text, punctuation, relaxed), positions(text, punctuation,
                                                                          relaxed)
        differs = False
        for on_whole, on_cut in zip(whole, cut, strict=True):
            shifted = {i - start for i in on_whole if 0 <= i - start < len(text)}
            for i in shifted ^ {i for i in on_cut if 0 <= i < len(text)}:
                differs = True
                distances[min(i, len(text) - 1 - i)] += 1
        counts["cuts whose rules differ"] += differs
    return counts, distances


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--distinct", action="store_true")
    parser.add_argument("--copies", type=int, default=17)
    args = parser.parse_args()
    from bench.speed import bench_document

    with tempfile.TemporaryDirectory(prefix="briefing-plan-cost-") as temporary:
        work = Path(temporary)
        folder = bench_document(work, args.folder, args.distinct, args.copies)
        calls, misses = record(folder)
    texts = {call[0] for call in calls}
    print(f"_plan calls {len(calls)}, misses {misses.get('misses', 0)} "
          f"({misses.get('characters', 0)} characters, {misses.get('seconds', 0.0):.3f} s "
          f"thread time); distinct texts {len({key[0] for key in texts})}")
    counts, distances = cut_differences(calls)
    print(", ".join(f"{key} {value}" for key, value in counts.items()))
    print("positions differing, by distance from the cut's nearer edge: "
          + ", ".join(f"{distance}: {count}" for distance, count in sorted(distances.items())))


if __name__ == "__main__":
    main()
