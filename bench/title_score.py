"""The title and the head of the page: is the written title the gold's, and what is printed
before the gold's first body block?

    python -m bench.title_score [--keep DIR] [--against DIR] [--census CACHE] [--list]

The title is the first thing a reader sees; a button (「【返回】」), a site's or a column's
name made the title, or a page's furniture (「一键分享」「信息来源：… 阅读次数：…」) printed
as the first paragraphs, is the most visible import error. For every tuning text (imported
with this tree; with --keep DIR its article.md and spots are kept there, named as
bench/unseen_errors.py names them; --against an earlier run's DIR lists the article.md
files whose SHA-256 differs) and, with --census CACHE, for every text of the census
(bench/unseen_errors.py: the output of the importer that first saw it, read from its
cache; set against this tree's import of the same text), this counts:

- **title** / **subtitle**: the front matter's field equals the gold's, both compared
  without spaces and punctuation (a missing field equals a missing one);
- **told**: of the wrong titles, those a title spot of the import report names (the
  importer said it guessed: `title-inferred`, `no-title`, `title-runner-up`, or a title
  repair marked for review), and how often each title spot sits on a right title;
- **head furniture**: text the output prints in the body BEFORE the gold's first body
  block that the gold does not have (furniture at the head of the page: a tool bar, an
  info line, a share button), by text.

Exit code 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.import_score import (
    CORPUS,
    FRONT_FIELDS,
    Block,
    align,
    corpus_texts,
    read_blocks,
    stream,
    strip_source_comment,
)

# The report's spots that say the title is a guess (briefing/importer/titleblock/title.py).
TITLE_DOUBTS = ("title-inferred", "no-title", "title-runner-up")
# A head run matched to the gold in pieces shorter than this is counted as not the gold's:
# the scorer's alignment matches leftovers out of order, and 「分享」's characters are
# somewhere in most gold texts.
HEAD_MATCH = 3


def plain(text: str | None) -> str:
    """A title without spaces and punctuation (full- and half-width), NFKC-folded."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(c for c in text if not (c.isspace() or unicodedata.category(c)[0] in "PSZ"))


@dataclass
class TitleCheck:
    name: str
    title_gold: str
    title_out: str
    subtitle_gold: str
    subtitle_out: str
    spots: list[str] = field(default_factory=list)  # the title spots' kinds
    head: list[str] = field(default_factory=list)  # furniture runs printed at the head

    @property
    def title_right(self) -> bool:
        return plain(self.title_gold) == plain(self.title_out)

    @property
    def subtitle_right(self) -> bool:
        return plain(self.subtitle_gold) == plain(self.subtitle_out)

    @property
    def told(self) -> bool:
        return bool(self.spots)


def _front(blocks: list[Block]) -> tuple[dict[str, str], int]:
    """The front-matter fields read_blocks put first, and how many blocks they are."""
    fields: dict[str, str] = {}
    count = 0
    for block in blocks:
        if block.role not in FRONT_FIELDS or block.role in fields:
            break
        fields[block.role] = block.text
        count += 1
    return fields, count


def head_furniture(gold: list[Block], output: list[Block]) -> list[str]:
    """Runs of output body text standing before the gold's first body block that the gold
    does not have (matched to it in no piece of HEAD_MATCH characters or more)."""
    _, gold_front = _front(gold)
    _, out_front = _front(output)
    if gold_front >= len(gold):
        return []
    gold_text, _ = stream(gold)
    out_text, out_owner = stream(output)
    body_start = sum(len(b.text) for b in gold[:gold_front])
    out_start = sum(len(b.text) for b in output[:out_front])
    matches = [m for m in align(gold_text, out_text) if m[2] >= HEAD_MATCH]
    # Where the gold's body begins in the output: its first matched character there.
    starts = [b + max(0, body_start - a) for a, b, size in matches if a + size > body_start]
    first = min(starts, default=len(out_text))
    kept = set()
    for _, b, size in matches:
        kept.update(range(b, b + size))
    runs, run, owner = [], "", None
    for position in range(out_start, first):
        if position in kept or (run and out_owner[position] != owner):
            if run:
                runs.append(run)
            run = ""
        if position not in kept:
            run += out_text[position]
            owner = out_owner[position]
    if run:
        runs.append(run)
    return runs


def check(name: str, gold_text: str, out_text: str, spots: dict) -> TitleCheck:
    gold = read_blocks(gold_text, Path(name + ".gold.md"))
    output = read_blocks(out_text, Path(name + ".md")) if out_text else []
    gold_fields, _ = _front(gold)
    out_fields, _ = _front(output)
    kinds = [s["kind"] for s in spots.get("doubts", []) if s["kind"] in TITLE_DOUBTS]
    kinds += [s["kind"] for s in spots.get("repairs", []) if s.get("review") and (
        s["kind"].startswith("title") or s.get("after", "").startswith("title:"))]
    return TitleCheck(name, gold_fields.get("title", ""), out_fields.get("title", ""),
                      gold_fields.get("subtitle", ""), out_fields.get("subtitle", ""),
                      kinds, head_furniture(gold, output))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")


def _entry(repair) -> dict:
    return {"kind": repair.kind, "line": repair.line, "before": repair.before,
            "after": repair.after, "note": repair.note, "review": repair.review}


def import_tuning(corpus: Path, keep: Path) -> list[TitleCheck]:
    """Import every tuning text with this tree; article.md and spots kept in `keep`."""
    from briefing.errors import InputError
    from briefing.importer import import_article

    keep.mkdir(parents=True, exist_ok=True)
    checks = []
    with tempfile.TemporaryDirectory(prefix="title-score-") as tmp:
        for source, gold in corpus_texts(corpus, "tuning"):
            name = gold.name.removesuffix(".gold.md")
            copy = Path(tmp) / (slug(name) + source.suffix)
            copy.write_text(strip_source_comment(source.read_text("utf-8")), "utf-8")
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    result = import_article(copy, Path(tmp) / "data", overwrite=True)
                text = (result.folder / "article.md").read_text("utf-8")
                spots = {"repairs": [_entry(r) for r in result.repairs],
                         "doubts": [_entry(r) for r in result.doubts]}
            except InputError as error:
                text, spots = "", {"repairs": [], "doubts": [], "error": str(error)}
            (keep / (slug(name) + ".md")).write_text(text, "utf-8")
            (keep / (slug(name) + ".spots.json")).write_text(
                json.dumps(spots, ensure_ascii=False), "utf-8")
            checks.append(check(name, gold.read_text("utf-8"), text, spots))
    return checks


def read_census(cache: Path, corpus: Path) -> list[TitleCheck]:
    """The census's old outputs (bench/unseen_errors.py's cache, run it once first)."""
    from bench.unseen_errors import SETS

    checks = []
    for unseen in SETS:
        for name in unseen.texts:
            out = cache / unseen.commit / (slug(name) + ".md")
            if not out.exists():
                raise SystemExit(f"{out} is missing: run bench.unseen_errors --cache {cache}")
            spots = json.loads(out.with_suffix(".spots.json").read_text("utf-8"))
            gold = (corpus / "tuning" / (name + ".gold.md")).read_text("utf-8")
            checks.append(check(name, gold, out.read_text("utf-8"), spots))
    return checks


def summary(checks: list[TitleCheck]) -> dict:
    wrong = [c for c in checks if not c.title_right]
    spotted = [c for c in checks if c.spots]
    by_kind: Counter = Counter()
    right_by_kind: Counter = Counter()
    for c in checks:
        for kind in set(c.spots):
            by_kind[kind] += 1
            right_by_kind[kind] += c.title_right
    return {
        "texts": len(checks),
        "title right": len(checks) - len(wrong),
        "subtitle right": sum(c.subtitle_right for c in checks),
        "title wrong, told": sum(c.told for c in wrong),
        "title spots": len(spotted),
        "title spots on a right title": sum(c.title_right for c in spotted),
        "texts with head furniture": sum(bool(c.head) for c in checks),
        "head furniture characters": sum(len(run) for c in checks for run in c.head),
        "spots by kind (texts, on a right title)": {
            k: [by_kind[k], right_by_kind[k]] for k in sorted(by_kind)},
    }


def report(label: str, checks: list[TitleCheck], listing: bool) -> str:
    lines = [f"## {label}", ""]
    lines += [f"- {key}: {value}" for key, value in summary(checks).items()]
    if listing:
        lines += ["", "wrong titles (gold → output, [spots]):"]
        lines += [f"- {c.name}: 「{c.title_gold}」 → 「{c.title_out}」 {c.spots}"
                  for c in checks if not c.title_right]
        lines += ["", "wrong subtitles:"]
        lines += [f"- {c.name}: 「{c.subtitle_gold}」 → 「{c.subtitle_out}」"
                  for c in checks if not c.subtitle_right]
        lines += ["", "head furniture:"]
        lines += [f"- {c.name}: " + " ‖ ".join(run[:60] for run in c.head)
                  for c in checks if c.head]
    return "\n".join(lines) + "\n"


def since(census: list[TitleCheck], now: list[TitleCheck]) -> str:
    """The census's texts as the old importers left them against this tree's imports of the
    same texts (all of them are tuning texts now): wrong titles and head furniture mended."""
    current = {c.name: c for c in now}
    pairs = [(old, current[old.name]) for old in census if old.name in current]
    wrong = [(o, n) for o, n in pairs if not o.title_right]
    head = [(o, n) for o, n in pairs if o.head]
    lines = ["## census texts, old output → this tree", "",
             f"- wrong titles then: {len(wrong)}; right now: "
             f"{sum(n.title_right for _, n in wrong)}",
             f"- right titles then, wrong now: "
             f"{sum(o.title_right and not n.title_right for o, n in pairs)}",
             f"- head furniture then: {len(head)} texts; none now: "
             f"{sum(not n.head for _, n in head)}"]
    return "\n".join(lines) + "\n"


def changed_outputs(before: Path, after: Path) -> list[str]:
    """The article.md files of two --keep folders whose bytes differ (by SHA-256), or
    that only one of them has."""
    def digests(folder: Path) -> dict[str, str]:
        return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in folder.glob("*.md")}
    old, new = digests(before), digests(after)
    return sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--keep", type=Path, help="keep each tuning import's article.md here")
    parser.add_argument("--census", type=Path,
                        help="also read the census's old outputs from this cache")
    parser.add_argument("--against", type=Path,
                        help="a --keep folder of an earlier run: list the article.md files "
                             "that changed since")
    parser.add_argument("--list", action="store_true",
                        help="list the wrong titles and the head furniture")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="title-keep-") as tmp:
        checks = import_tuning(args.corpus, args.keep or Path(tmp))
        changed = changed_outputs(args.against, args.keep or Path(tmp)) if args.against \
            else None
    sys.stdout.write(report(f"tuning ({len(checks)} texts, this tree)", checks, args.list))
    if changed is not None:
        sys.stdout.write(f"\n## article.md changed since {args.against}: {len(changed)}\n\n"
                         + "".join(f"- {name}\n" for name in changed))
    if args.census:
        census = read_census(args.census, args.corpus)
        sys.stdout.write("\n" + report(f"census ({len(census)} texts, old outputs)", census,
                                       args.list))
        sys.stdout.write("\n" + since(census, checks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
