"""How many of the key figures the importer proposes are right: precision on the corpus.

    .venv/bin/python bench/figure_score.py [--corpus tests/corpus] [--split tuning]
                                           [--details] [--json]

For every text of tests/corpus/{tuning,heldout}/ that has a gold `NAME.figures.yaml`
(tests/corpus/README.md, "Gold figures"), the source `NAME.txt` / `NAME.md` is imported
(its first-line `<!-- corpus-source … -->` comment stripped) and each proposed row is
compared with the gold rows. A proposed row is correct when a gold row has

- the same value (as numbers: 27 = 27.0, 3,432,187 = 3432187),
- the same unit (μg/m3 = μg/m³, 亿元人民币 = 亿元; spaces ignored),
- the same change: both none, or the same direction (增长/增加/提高/上升… vs
  下降/减少/降低…) with the same number and unit (「同比下降18.2%」 = 「下降18.2%」),
- and a label equal to the gold's `label` or one of its `aliases`, or containing one,
  compared without spaces and punctuation.

Precision is printed per text and overall (correct rows / proposed rows), for tuning and
heldout separately; recall (gold rows found) beside it. `--details` lists the rows that
did not match — for tuning texts only: held-back texts are scored, never read.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from markdown_it import MarkdownIt  # noqa: E402
from mdit_py_plugins.container import container_plugin  # noqa: E402

from briefing.importer import import_article  # noqa: E402
from briefing.importer.chars import strip_tags  # noqa: E402
from briefing.importer.figures import Passage, extract_figures  # noqa: E402

# BRIEFING_CORPUS: another copy of the corpus (a checkout where the gold files stand).
CORPUS = Path(os.environ.get("BRIEFING_CORPUS") or PROJECT / "tests" / "corpus")
SPLITS = ("tuning", "heldout")
SOURCE_COMMENT = re.compile(r"^\s*<!--\s*corpus-source.*?-->\s*\n?", re.S)
UP = re.compile(r"增长|增加|提高|上升|回升|上涨|加快|扩大|增|多|升")
DOWN = re.compile(r"下降|减少|降低|下滑|回落|下跌|改善|放缓|收窄|缩小|降|少")
# A rate's change names the rate first (「增速比一季度加快0.2个百分点」「降幅收窄0.8个百分
# 点」): its direction is the verb's, not the rate word's (a gold may leave the word out).
RATE_WORD = re.compile(r"^\s*(?:涨幅|降幅|增幅|增速|跌幅|升幅|降速)")
CHANGE_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(个百分点|%|[^\d\s，。；、]{0,4})")


@dataclass
class TextScore:
    name: str
    proposed: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0  # gold rows matched by some proposed row
    wrong: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def precision(self) -> float | None:
        return self.correct / self.proposed if self.proposed else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None


def plain(text: str | None) -> str:
    """Text without white space and punctuation, for comparing labels."""
    return "".join(c for c in (text or "") if unicodedata.category(c)[0] not in "PZ"
                   and not c.isspace())


def unit_key(unit: str | None) -> str:
    # 「億元人民幣」 = 「億元」: the currency named after the amount's unit (a wire's, Hong
    # Kong's) is the same unit
    unit = re.sub(r"(?<=元)(?:人民币|人民幣)$", "", (unit or "").strip())
    return re.sub(r"\s+", "", unit).replace("m3", "m³").replace("（", "(").replace("）", ")")


def value_key(value) -> str:
    text = str(value).strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")  # thousands separators, as a gold may keep them
    try:
        return str(Decimal(text).normalize())
    except InvalidOperation:
        return text


def change_key(change: str | None) -> tuple | None:
    """(direction, ((number, unit), …)) of a change, or None for no change."""
    if not change or not str(change).strip():
        return None
    text = RATE_WORD.sub("", str(change))
    amounts = tuple((value_key(n), unit_key(u)) for n, u in CHANGE_AMOUNT.findall(text))
    direction = "down" if DOWN.search(text) else "up" if UP.search(text) else "?"
    return direction, amounts


def label_matches(label: str, gold: dict) -> bool:
    mine = plain(label)
    names = [plain(gold.get("label"))] + [plain(a) for a in gold.get("aliases") or []]
    return any(name and (mine == name or name in mine) for name in names)


def own_change_key(change: str | None, value, unit: str | None) -> tuple | None:
    """change_key, with a rate row's change that only says its own rate again (「第4季
    私人消費」 10.5 % 「下跌10.5%」, as some golds write a rate row; the importer names the
    verb in the label instead, 「…下跌」 10.5 % —) read as no change: two ways of writing
    one row."""
    key = change_key(change)
    if key is not None and unit_key(unit) == "%" and key[1] == ((value_key(value), "%"),):
        return None
    return key


def row_matches(row, gold: dict) -> bool:
    return (value_key(row.value) == value_key(gold.get("value"))
            and unit_key(row.unit) == unit_key(gold.get("unit"))
            and own_change_key(row.change, row.value, row.unit)
            == own_change_key(gold.get("change"), gold.get("value"), gold.get("unit"))
            and label_matches(row.label, gold))


def source_of(gold_file: Path) -> Path | None:
    stem = gold_file.name.removesuffix(".figures.yaml")
    for suffix in (".txt", ".md"):
        candidate = gold_file.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def proposed_rows(source: Path, workdir: Path) -> list:
    text = SOURCE_COMMENT.sub("", source.read_text("utf-8"), count=1)
    stripped = workdir / ("source" + source.suffix)
    stripped.write_text(text, "utf-8")
    result = import_article(stripped, data_dir=workdir / "data", slug="text", overwrite=True)
    return [row for group in result.figures for row in group.rows]


# The gold article.md's blocks (tests/corpus/README.md): paragraphs in these containers
# are not body text.
CONTAINERS = ("figure", "note", "salutation", "signature", "editor-note", "sidebar", "byline")
NOT_BODY = {"figure", "note", "salutation", "signature", "byline"}


def gold_passages(gold_article: Path) -> list[Passage]:
    """The body paragraphs of a gold article.md with the headings above them: what the
    importer's figure stage reads when the structure stage gets the text right."""
    md = MarkdownIt("commonmark").enable("table")
    for name in CONTAINERS:
        container_plugin(md, name)
    text = gold_article.read_text("utf-8")
    if text.startswith("---"):
        text = text.split("\n---", 2)[-1] if text.count("\n---") else text
    path: list[str] = []
    inside: list[str] = []
    found = []
    tokens = md.parse(text)
    for index, token in enumerate(tokens):
        if token.type.startswith("container_") and token.type.endswith("_open"):
            inside.append(token.type.removeprefix("container_").removesuffix("_open"))
        elif token.type.startswith("container_") and token.type.endswith("_close"):
            inside.pop()
        elif token.type == "heading_open":
            depth = int(token.tag[1:]) - 1
            path = path[:max(depth - 1, 0)] + [tokens[index + 1].content]
        elif token.type == "paragraph_open" and not NOT_BODY & set(inside) \
                and tokens[index - 1].type != "td_open":
            content = tokens[index + 1].content.replace("**", "")
            found.append(Passage(strip_tags(content).replace("\n", ""), " ".join(path)))
    return found


def gold_rows_from_article(gold_article: Path) -> list:
    groups = extract_figures(gold_passages(gold_article))
    return [row for group in groups for row in group.rows]


def score_text(gold_file: Path, details: bool) -> TextScore:
    score = TextScore(gold_file.name.removesuffix(".figures.yaml"))
    gold_rows = (yaml.safe_load(gold_file.read_text("utf-8")) or {}).get("rows") or []
    score.gold = len(gold_rows)
    source = source_of(gold_file)
    if source is None:
        score.error = "no source text beside the gold file"
        return score
    with tempfile.TemporaryDirectory(prefix="figure-score.") as workdir:
        try:
            rows = proposed_rows(source, Path(workdir))
        except Exception as error:  # noqa: BLE001 - any refusal: fall back to the gold
            gold_article = gold_file.with_name(score.name + ".gold.md")
            if not gold_article.is_file():
                score.error = f"import failed: {str(error).splitlines()[0]}"
                return score
            # The figure stage on the gold structure: scored, and said so.
            score.error = "import failed; figures from the gold article.md"
            rows = gold_rows_from_article(gold_article)
    score.proposed = len(rows)
    matched: set[int] = set()
    for row in rows:
        hits = [i for i, gold in enumerate(gold_rows) if row_matches(row, gold)]
        if hits:
            score.correct += 1
            matched.update(hits)
        elif details:
            score.wrong.append(f"{row.label} | {row.value} | {row.unit} | {row.change}")
    score.found = len(matched)
    return score


def score_split(corpus: Path, split: str, details: bool) -> list[TextScore]:
    folder = corpus / split
    if not folder.is_dir():
        return []
    # Held-back texts are scored, never shown row by row.
    show = details and split == "tuning"
    return [score_text(gold, show) for gold in sorted(folder.glob("*.figures.yaml"))]


def overall(scores: list[TextScore]) -> dict:
    proposed = sum(s.proposed for s in scores)
    correct = sum(s.correct for s in scores)
    gold = sum(s.gold for s in scores)
    found = sum(s.found for s in scores)
    return {"texts": len(scores), "proposed": proposed, "correct": correct,
            "precision": correct / proposed if proposed else None,
            "gold": gold, "recall": found / gold if gold else None}


def run(corpus: Path = CORPUS, details: bool = False, splits=SPLITS) -> dict:
    return {split: {"texts": scores, "overall": overall(scores)}
            for split in splits for scores in [score_split(corpus, split, details)]}


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--details", action="store_true",
                        help="list the proposed rows that match no gold row (tuning only)")
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="score only this part (repeatable; default: both)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = run(args.corpus, args.details, tuple(args.split or SPLITS))
    if args.json:
        print(json.dumps({split: {"overall": r["overall"], "texts": [
            {"name": s.name, "proposed": s.proposed, "correct": s.correct, "gold": s.gold,
             "precision": s.precision, "recall": s.recall, "error": s.error}
            for s in r["texts"]]} for split, r in results.items()}, ensure_ascii=False,
            indent=2))
        return 0
    for split, result in results.items():
        print(f"== {split}")
        for s in result["texts"]:
            print(f"  {s.name:<44} proposed {s.proposed:>3}  correct {s.correct:>3}  "
                  f"precision {_percent(s.precision)}  recall {_percent(s.recall)}"
                  + (f"  ({s.error})" if s.error else ""))
            for line in s.wrong:
                print(f"      ✗ {line}")
        o = result["overall"]
        print(f"  overall: {o['texts']} texts, {o['correct']}/{o['proposed']} proposed rows "
              f"correct, precision {_percent(o['precision'])}, recall "
              f"{_percent(o['recall'])} ({o['gold']} gold rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
