"""A long briefing of distinct text: many tuning-corpus articles under one front matter.

    .venv/bin/python bench/distinct_text.py OUT_FOLDER [--chars 93500]

bench/speed.py's `big` document is the sample's body repeated, so anything keyed on a
paragraph's text pays there for free. This one repeats nothing: the gold article.md
bodies of tests/corpus/tuning (sorted by name; those with pictures left out, as they
point at the web, and those with footnotes, whose marks would clash) are concatenated
under one front matter until the body holds `chars` characters — about 100 pages of
the reprint template at the default (each article's text as its gold holds it:
headings, paragraphs, lists, tables). No key figures and no charts (the corpus's
figures name their own article's sentences).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "tests" / "corpus" / "tuning"
# Characters of body per page of the reprint template, measured on this corpus's text
# (93,500 characters: 103 pages) — for choosing `chars` from a number of pages.
CHARS_PER_PAGE = 935

FRONT = """---
title: 语料合集
subtitle: 各类公文与报道正文连排，用于测量百页排版速度
authors: []
source: null
date: null
language: zh-CN
template: reprint
---
"""


# The articles, pinned (the ones the selection below took on 2026-12-01, before the
# eighteenth to twentieth held-back sets joined tuning): new tuning texts sort in among them
# by name, so without the list the document — and its figures — changed with the corpus.
NAMES = Path(__file__).resolve().parent / "distinct_names.txt"


def bodies() -> list[tuple[str, str]]:
    """(name, body) of every usable gold article of the pinned list (NAMES), in name
    order."""
    pinned = set(NAMES.read_text("utf-8").split())
    found = []
    for path in sorted(TUNING.glob("*.gold.md")):
        if path.name.removesuffix(".gold.md") not in pinned:
            continue
        text = path.read_text("utf-8")
        body = text.split("---", 2)[2].strip("\n")
        if "![" in body or "[^" in body or not body:
            continue
        found.append((path.name.removesuffix(".gold.md"), body))
    return found


def distinct_text(folder: Path, chars: int) -> Path:
    """Write the briefing folder (its article.md) holding `chars` characters of body
    or a little more (whole articles); return it. Kept as is if already there. An
    article `briefing check` finds a problem in (a character in no font of its role)
    is left out and the next one taken instead."""
    from briefing.checks import check_briefing
    from briefing.render import FONTS_DIR

    article = folder / "article.md"
    if article.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    left_out: set[str] = set()
    while True:
        chosen, total = [], 0  # (name, first line, body)
        line = FRONT.count("\n") + 2
        for name, body in bodies():
            if total >= chars:
                break
            if name in left_out:
                continue
            chosen.append((name, line, body))
            total += len(body)
            line += body.count("\n") + 2
        article.write_text(FRONT + "\n" + "\n\n".join(body for *_, body in chosen) + "\n",
                           "utf-8")
        problems = check_briefing(folder, FONTS_DIR).problems
        if not problems:
            return folder
        bad = {name for name, first, body in chosen for problem in problems
               if problem.line is not None
               and first <= problem.line <= first + body.count("\n")}
        if not bad:
            raise RuntimeError("\n".join(map(str, problems)))
        left_out |= bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--chars", type=int, default=100 * CHARS_PER_PAGE)
    args = parser.parse_args()
    print(distinct_text(args.folder, args.chars))


if __name__ == "__main__":
    main()
