"""Issue 11 experiment: a structure model learned from the corpus's golds, against the rules.

    python -m bench.learned_structure [--cache DIR] [--json]

The importer's boundaries (is this line break a paragraph boundary?) and block roles
(title, byline, caption, heading level, furniture …) are decided by hand-written rules.
This bench asks whether a model learned from the gold-annotated tuning texts, with the
typesetter's cues as features, carries over to unseen texts better than the rules do.

Units: the source's non-blank lines after reading (the corpus comment stripped), before
any join — the stage where a text is a sequence of lines. Labels come from the gold by the
scorer's own reader and alignment (bench/import_score.py: `read_blocks`, `align`,
`position_map`, `best_blocks`): a line's role is the role of the gold block holding most
of its characters ("drop" when most of its characters are in no gold block: furniture);
the gap after a line is a boundary when the alignment maps it onto a gold block edge.

Evaluation: leave-one-round-out, as unseen as a held-back set was. Each held-back round
that has since joined tuning is a test group; the model is trained only on the texts that
were in tuning before that round, and the rules are the importer as it stood when the set
was scored before its round (a commit of this repository, read with `git archive`):

- set 3 (16 texts): trained on the 66 oldest texts; rules of commit 9f56cfa.
- set 4 (16 texts): trained on the 92 texts before it; rules of commit 0448ed0.

Every configuration's output is a list of blocks scored by `import_score.compare` against
the gold — the same boundary precision/recall and role accuracy as the corpus score:

- rules (then): the importer of that commit, as the scorer sees it;
- rules (now): the current importer (tuned on these texts since: not unseen);
- rules at lines: the old importer's verdicts projected onto the source lines (what the
  line-level model can at best be compared with);
- model: logistic regression on line and gap features only;
- rules + model: the same model with the old importer's verdicts (its boundary at the
  gap, its role of each line) as features;
- rules, model where sure: the old importer's line verdicts, each replaced by the plain
  model's decision where the model gives it a probability of at least 0.9;
- gold at lines: the gold's own line decisions assembled back — the ceiling of any
  line-level decider (a line holding two gold blocks cannot be split);
- model, boundary at p ≥ T: the plain model with a lower boundary threshold, swept on the
  test texts themselves (so an upper bound for the model at a higher recall).

Needs scikit-learn (the `learn` extra). Exit code 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.import_score import (
    CORPUS,
    FRONT_FIELDS,
    Block,
    align,
    best_blocks,
    boundaries,
    compare,
    overall,
    position_map,
    read_blocks,
    strip_source_comment,
)

PROJECT = Path(__file__).resolve().parent.parent
# One thread: OpenMP's spinning teams crawl on a shared, busy machine (set before sklearn).
os.environ.setdefault("OMP_NUM_THREADS", "1")
TUNING = CORPUS / "tuning"

# The held-back rounds now in tuning (tests/corpus/README.md), by when they joined.
SET3 = (
    "a-bulletin-guangdong-2017-08", "a-bulletin-yanshan-2024-q2",
    "a-notice-dongyang-canjiren-2023", "a-notice-pingjiang-yueban-2017-2",
    "a-speech-huanxian-jingji", "a-speech-siping-jiaoyu-2014", "a-tongbao-guanyun-2019-q3",
    "a-workreport-liping-2022", "b-feature-mrjjxw-buzhangtongdao-2020",
    "b-feature-rmzxb-zhaodaihui-2022", "b-news-chinanews-buzhang-2021",
    "c-md-csdn-leiphone-html5", "c-md-hexo-xmu-deeplit-2025", "c-md-obsidian-wechat-chasi-2026",
    "c-pdf-gbt28181-2022-shipin", "c-pdf-thu-2024-xuanti",
)
# The 10 key-figure texts added to tuning during the sixth round (before set 4 joined).
FIGURE_TEXTS = (
    "a-bulletin-danzhai-2015-tongjigongbao", "a-bulletin-fuling-2025-q3-jingji",
    "a-bulletin-liupanshui-2016-tongjigongbao", "a-bulletin-susong-2022-tongjigongbao",
    "a-bulletin-ya-2022-02-huanjing", "a-bulletin-zhengan-2020-05-kongqi",
    "a-bulletin-ziyun-2021-tongjigongbao", "a-workreport-shanghang-fanwen",
    "b-news-fjsen-2016-shangbannian-jingji", "b-news-hkcd-2019-fucheng-renda",
)
SET4 = (
    "a-bulletin-anyuan-2010-tongjigongbao", "a-bulletin-wenchanghu-2023-05",
    "a-jianbao-zhangzi-2023-yaowen", "a-news-anhua-2021-nongye", "a-notice-fuliang-renda-2018",
    "a-notice-qiqihar-2019-29", "a-speech-fanwen-2025-gongjian", "a-workreport-neimenggu-2001",
    "b-feature-huaihua-2024-zoujiceng", "b-interview-chinanews-2023-shengxiao",
    "b-news-xinhua-2023-zhanyi", "c-md-mkdocs-aiboy-2024-chengdu",
    "c-md-vitepress-kaiyuanshe-2023-data", "c-md-wechat-agihunt-mcp-2026",
    "c-pdf-fzu-2019-lunwenguifan", "c-pdf-szzg-2022-fazhanbaogao",
)
# The figures recorded for each set before its round (README: Import quality).
RECORDED_BEFORE = {"set 3": (0.485, 0.792, 0.769), "set 4": (0.712, 0.942, 0.834)}


@dataclass(frozen=True)
class Fold:
    name: str
    test: tuple[str, ...]
    rules_commit: str  # the importer as it stood when the set was scored before its round
    excluded: tuple[str, ...]  # texts that joined tuning later: not trained on


FOLDS = (
    Fold("set 3", SET3, "9f56cfa", SET3 + FIGURE_TEXTS + SET4),
    Fold("set 4", SET4, "0448ed0", SET4),
)

DROP = "drop"  # a line the gold leaves out (furniture)

# ---------------------------------------------------------------- units and labels

TAG = re.compile(r"<[^>]*>")
ATTRIBUTES = re.compile(r"\{[:.#]?[\w\s=.#:\"'%-]*\}\s*$")
LINE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s|>\s?|:::+\s*[\w-]*|[-*+]\s(?=\S))")


def clean(line: str) -> str:
    """A line's text with the usual markup taken away (for aligning and for output)."""
    text = html.unescape(TAG.sub("", line))
    text = ATTRIBUTES.sub("", text)
    while True:
        stripped = LINE_MARKUP.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    text = text.replace("**", "").replace("__", "")
    return re.sub(r"\s+", "", text)


@dataclass
class Unit:
    raw: str  # the source line as written
    text: str  # cleaned, whitespace removed
    number: int  # line number in the source (1-based, after the corpus comment)
    blank_before: int
    blank_after: int = 0
    role: str = DROP  # the gold's role of the line
    boundary_after: bool = True  # the gold has a block edge after this line
    rule_role: str = "none"
    rule_boundary_after: bool | None = None


def units_of(source: str) -> list[Unit]:
    """The source's lines that hold text, with the blank lines around each."""
    units: list[Unit] = []
    blanks = 0
    for number, line in enumerate(source.split("\n"), 1):
        text = clean(line)
        if not text:
            blanks += 1
            continue
        if units:
            units[-1].blank_after = blanks
        units.append(Unit(line, text, number, blanks))
        blanks = 0
    if units:
        units[-1].blank_after = blanks
    return units


def _stream(units: list[Unit]) -> tuple[str, list[int], list[int]]:
    """The units' texts joined, the unit of every character, and each unit's end."""
    owner: list[int] = []
    ends: list[int] = []
    for number, unit in enumerate(units):
        owner += [number] * len(unit.text)
        ends.append(len(owner))
    return "".join(u.text for u in units), owner, ends


def project(units: list[Unit], blocks: list[Block]) -> tuple[list[str], list[bool]]:
    """Each unit's role in `blocks` (DROP when most of it is in none) and whether the
    blocks have an edge after it — through the scorer's alignment."""
    text, owner, ends = _stream(units)
    block_text = "".join(b.text for b in blocks)
    block_owner = [n for n, b in enumerate(blocks) for _ in b.text]
    matches = align(text, block_text)
    best = best_blocks(owner, block_owner, matches, len(units))
    covered = [0] * len(units)
    for a, _, size in matches:
        for offset in range(size):
            covered[owner[a + offset]] += 1
    roles = [blocks[b].role if b is not None and 2 * covered[n] >= len(units[n].text)
             else DROP for n, b in enumerate(best)]
    mapped = position_map(matches)
    edges = boundaries(blocks)
    after = [end >= len(text) or mapped.get(end) in edges for end in ends]
    return roles, after


def label(source: str, gold: list[Block]) -> list[Unit]:
    """The source's units with the gold's roles and boundaries."""
    units = units_of(source)
    if units:
        roles, after = project(units, gold)
        for unit, role, edge in zip(units, roles, after, strict=True):
            unit.role, unit.boundary_after = role, edge
    return units


# ---------------------------------------------------------------- features

END_CLASSES = (
    ("stop", "。！？!?…"), ("colon", "：:"), ("comma", "，,、；;"), ("close", "）)」』”\"】》"),
    ("digit", "0123456789"),
)
MARKERS = {
    "cn-num": re.compile(r"^[一二三四五六七八九十]+[、．.]"),
    "cn-paren": re.compile(r"^[（(][一二三四五六七八九十]+[）)]"),
    "num-dot": re.compile(r"^\d{1,2}[.．、](?!\d)"),
    "num-paren": re.compile(r"^[（(]\d{1,2}[）)]"),
    "clause": re.compile(r"^\d+(?:\.\d+)+\s*\S"),
    "circled": re.compile(r"^[①-⑳]"),
    "chapter": re.compile(r"^第[一二三四五六七八九十百\d]+[章节条部分篇]"),
    "dash": re.compile(r"^[—－-]{2}"),
    "triangle": re.compile(r"^[▲△■□◆◇●○★☆]"),
    "figure": re.compile(r"^(?:图|圖)\s*[\d①-⑳一二三四五六七八九十]"),
    "table-cap": re.compile(r"^表\s*[\d一二三四五六七八九十]"),
    "note": re.compile(r"^(?:注|说明|资料来源|数据来源|备注)[：:]"),
    "footnote": re.compile(r"^\[\^?\d+\]"),
    "attachment": re.compile(r"^附件"),
    "salutation": re.compile(r"^(?:同志们|各位代表|尊敬的|各位)[^，。]{0,12}[：:]$"),
    "editor": re.compile(r"编者按|编者的话|记者手记"),
}
WORDS = {
    "reporter": "记者", "photo": "摄", "source": "来源", "time": "时间", "publish": "发布",
    "author": "作者", "editor-word": "编辑", "views": "浏览", "print": "打印", "share": "分享",
    "follow": "关注", "qr": "二维码", "prev-next": "上一篇", "xinhua": "新华社", "daily": "日报",
    "office": "办公室", "government": "政府", "url": "http", "image": "![", "jpg": ".jpg",
}
DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _end_class(text: str) -> str:
    if text.endswith(("——", "—")):
        return "dash"
    last = text[-1:]
    for name, chars in END_CLASSES:
        if last in chars:
            return name
    if HAN.match(last):
        return "han"
    return "latin" if last.isascii() and last.isalnum() else "other"


def _line_features(unit: Unit, median: float, longest: int) -> dict[str, float | str]:
    raw, text = unit.raw, unit.text
    stripped = raw.strip()
    length = len(text)
    features: dict[str, float | str] = {
        "len": length, "len/median": length / median, "len/longest": length / longest,
        "end": _end_class(text), "han": len(HAN.findall(text)) / length,
        "commas": text.count("，") + text.count(","), "stops": sum(text.count(c) for c in "。！？"),
        "indent": len(raw) - len(raw.lstrip(" \u3000\t")) + 2 * raw.count("&emsp;"),
        "md-heading": len(stripped) - len(stripped.lstrip("#")) if stripped.startswith("#") else 0,
        "quote": stripped.startswith(">"),
        "bold-start": stripped.startswith(("**", "<b", "<strong")),
        "bold-all": stripped.startswith("**") and stripped.endswith("**"),
        "list": bool(re.match(r"[-*+]\s", stripped)), "tag": stripped.startswith("<"),
        "pipes": raw.count("|"), "tabs": raw.count("\t"),
        "space-runs": len(re.findall(r"\S\s{2,}\S", stripped)),
        "date": bool(DATE.search(text)), "date-only": bool(DATE.fullmatch(text)),
        "digits": sum(c.isdigit() for c in text) / length,
        "ends-photo": text.endswith(("摄", "摄）", "发）", "供图", "图）")),
        "paren": text.startswith(("（", "(")) and text.endswith(("）", ")")),
        "number-only": bool(re.fullmatch(r"[-—\d\s·.]+", text)),
    }
    for name, pattern in MARKERS.items():
        features[f"m:{name}"] = bool(pattern.search(text))
    for name, word in WORDS.items():
        features[f"w:{name}"] = word in raw
    return features


def _text_features(units: list[Unit], suffix: str) -> dict[str, float | str]:
    gaps = [u.blank_after > 0 for u in units[:-1]] or [True]
    ends = [_end_class(u.text) == "stop" for u in units]
    return {"suffix": suffix, "blank-gaps": sum(gaps) / len(gaps),
            "stop-lines": sum(ends) / len(ends),
            "md": sum(u.raw.lstrip().startswith(("#", "**", "<", ">", "!["))
                      for u in units) / len(units)}


def features(units: list[Unit], suffix: str, rules: bool) -> tuple[list[dict], list[dict]]:
    """Per unit (its role) and per gap after it (a boundary?): feature dicts."""
    if not units:
        return [], []
    median = statistics.median(len(u.text) for u in units) or 1
    longest = max(len(u.text) for u in units)
    lines = [_line_features(u, median, longest) for u in units]
    whole = _text_features(units, suffix)
    empty: dict[str, float | str] = {"none": True}
    role_rows, gap_rows = [], []
    for n, unit in enumerate(units):
        before = lines[n - 1] if n else empty
        after = lines[n + 1] if n + 1 < len(units) else empty
        row: dict[str, float | str] = {"pos": n / len(units), "first": n < 3, **whole}
        row.update(lines[n])
        row.update({f"p:{k}": v for k, v in before.items()})
        row.update({f"n:{k}": v for k, v in after.items()})
        row["blank-before"], row["blank-after"] = unit.blank_before, unit.blank_after
        if rules:
            row["rule-role"] = unit.rule_role
            row["rule-edge-before"] = str(units[n - 1].rule_boundary_after) if n else "start"
            row["rule-edge-after"] = str(unit.rule_boundary_after)
        role_rows.append(row)
        gap = dict(row)
        if rules and n + 1 < len(units):
            gap["n:rule-role"] = units[n + 1].rule_role
        gap_rows.append(gap)
    return role_rows, gap_rows


# ---------------------------------------------------------------- output from decisions


def assemble(units: list[Unit], roles: list[str], after: list[bool]) -> list[Block]:
    """Blocks from per-line decisions: dropped lines go, a block ends at a boundary or
    where the role changes; the front-matter roles' first blocks come first, as in an
    article.md's front matter."""
    blocks: list[Block] = []
    edge = True
    for unit, role, boundary in zip(units, roles, after, strict=True):
        if role == DROP:
            edge = edge or boundary
            continue
        if edge or not blocks or blocks[-1].role != role:
            blocks.append(Block(role, unit.text))
        else:
            blocks[-1].text += unit.text
        edge = boundary
    front: dict[str, Block] = {}
    body: list[Block] = []
    for block in blocks:
        if block.role in FRONT_FIELDS:
            if block.role not in front:
                front[block.role] = block
                continue
            block = Block("paragraph", block.text)
        if block.role == "table":
            block.cells = []
        body.append(block)
    return [front[key] for key in FRONT_FIELDS if key in front] + body


# ---------------------------------------------------------------- the corpus and the rules


@dataclass
class Text:
    name: str
    source: str
    suffix: str
    gold: list[Block]
    units: list[Unit] = field(default_factory=list)


def source_path(name: str) -> Path:
    return next(TUNING / (name + s) for s in (".txt", ".md") if (TUNING / (name + s)).is_file())


def load(name: str) -> Text:
    path = source_path(name)
    gold_path = TUNING / f"{name}.gold.md"
    gold = read_blocks(gold_path.read_text("utf-8"), gold_path)
    text = Text(name, strip_source_comment(path.read_text("utf-8")), path.suffix, gold)
    text.units = label(text.source, gold)
    return text


IMPORT_SCRIPT = """
import contextlib, io, sys, tempfile
from pathlib import Path
from briefing.errors import InputError
from briefing.importer import import_article
out = Path(sys.argv[1])
for source in sys.argv[2:]:
    source = Path(source)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                result = import_article(source, Path(tmp) / "data", overwrite=True)
            text = (result.folder / "article.md").read_text("utf-8")
        except InputError:
            text = ""
    (out / (source.stem + ".md")).write_text(text, "utf-8")
"""


def rule_imports(commit: str | None, texts: list[Text], cache: Path) -> dict[str, list[Block]]:
    """Each text as the importer of `commit` (None: this working tree) imports it, as
    blocks; article.md files are kept in cache/COMMIT/ (an empty file: import refused)."""
    folder = cache / (commit or "now")
    folder.mkdir(parents=True, exist_ok=True)
    missing = [t for t in texts if not (folder / f"{t.name}.md").exists()]
    if missing:
        with tempfile.TemporaryDirectory(prefix="learned-structure-") as tmp:
            root = PROJECT
            if commit:
                root = Path(tmp) / "tree"
                root.mkdir()
                archive = subprocess.run(["git", "-C", str(PROJECT), "archive", commit,
                                          "briefing"], check=True, capture_output=True).stdout
                with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                    tar.extractall(root, filter="data")
            sources = Path(tmp) / "sources"
            sources.mkdir()
            for text in missing:  # the file name is the slug: no Unicode, as the scorer does
                (sources / (text.name + text.suffix)).write_text(text.source, "utf-8")
            subprocess.run([sys.executable, "-c", IMPORT_SCRIPT, str(folder),
                            *[str(sources / (t.name + t.suffix)) for t in missing]],
                           check=True, cwd=tmp, env={**os.environ, "PYTHONPATH": str(root)})
    result = {}
    for text in texts:
        path = folder / f"{text.name}.md"
        markdown = path.read_text("utf-8")
        result[text.name] = read_blocks(markdown, path) if markdown.strip() else []
    return result


def with_rules(text: Text, blocks: list[Block]) -> None:
    """Set each unit's rule verdicts (role, edge after it) from the importer's blocks."""
    if not text.units:
        return
    roles, after = project(text.units, blocks) if blocks else (
        [DROP] * len(text.units), [True] * len(text.units))
    for unit, role, edge in zip(text.units, roles, after, strict=True):
        unit.rule_role, unit.rule_boundary_after = role, edge


# ---------------------------------------------------------------- training and scoring


def _matrix(texts: list[Text], rules: bool):
    roles, gaps, role_y, gap_y = [], [], [], []
    for text in texts:
        role_rows, gap_rows = features(text.units, text.suffix, rules)
        roles += role_rows
        gaps += gap_rows
        role_y += [u.role for u in text.units]
        gap_y += [u.boundary_after for u in text.units]
    return roles, gaps, role_y, gap_y


@dataclass
class Model:
    rules: bool
    roles: object = None
    gaps: object = None

    def fit(self, texts: list[Text]) -> Model:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import MaxAbsScaler

        role_rows, gap_rows, role_y, gap_y = _matrix(texts, self.rules)

        def model():
            # A linear model: gradient-boosted trees (tried first) learn each training
            # text by its text-level figures and fall to roles 0.12 on unseen texts.
            return make_pipeline(DictVectorizer(), MaxAbsScaler(),
                                 LogisticRegression(C=1.0, max_iter=5000))
        self.roles = model().fit(role_rows, role_y)
        print(f"trained roles on {len(role_y)} lines", file=sys.stderr)
        self.gaps = model().fit(gap_rows, gap_y)
        print(f"trained boundaries on {len(gap_y)} gaps", file=sys.stderr)
        return self

    def predict(self, text: Text) -> tuple[list[str], list[bool]]:
        if not text.units:
            return [], []
        role_rows, gap_rows = features(text.units, text.suffix, self.rules)
        roles = list(self.roles.predict(role_rows))
        after = [bool(x) for x in self.gaps.predict(gap_rows)]
        return roles, after

    def sure(self, text: Text) -> tuple[list[float], list[float]]:
        """The model's probability of its own role and boundary decision, per line."""
        if not text.units:
            return [], []
        role_rows, gap_rows = features(text.units, text.suffix, self.rules)
        role_p = [float(max(p)) for p in self.roles.predict_proba(role_rows)]
        gap_p = [float(max(p)) for p in self.gaps.predict_proba(gap_rows)]
        return role_p, gap_p


# Boundary thresholds swept on the test texts: a bound on what any threshold could give.
THRESHOLDS = (0.1, 0.2, 0.3, 0.4)
SURE = 0.9  # "rules, model where sure": the model overrides a rule only this sure


def overridden(text: Text, model: Model) -> tuple[list[str], list[bool]]:
    """The rules' line verdicts, each replaced by the model's where it is SURE."""
    roles, after = model.predict(text)
    role_p, gap_p = model.sure(text)
    units = text.units
    return ([r if p >= SURE else u.rule_role for u, r, p in zip(units, roles, role_p, strict=True)],
            [a if p >= SURE else bool(u.rule_boundary_after)
             for u, a, p in zip(units, after, gap_p, strict=True)])


FIGURES = ("boundary_precision", "boundary_recall", "role_accuracy",
           "heading_precision", "heading_recall")


def total(scores: list) -> dict[str, float]:
    figures = overall(scores, "").figures()
    return {key: figures[key] for key in FIGURES}


def run_fold(fold: Fold, texts: dict[str, Text], cache: Path) -> dict[str, dict]:
    train = [t for n, t in texts.items() if n not in fold.excluded]
    test = [texts[n] for n in fold.test]
    then = rule_imports(fold.rules_commit, train + test, cache)
    now = rule_imports(None, test, cache)
    rows: dict[str, list] = {"gold at lines": [], "rules (then)": [], "rules (now)": [],
                             "rules at lines": [],
                             "model": [], "rules + model": [],
                             "rules, model where sure": []}
    for text in train + test:
        with_rules(text, then[text.name])
    plain = Model(rules=False).fit(train)
    stacked = Model(rules=True).fit(train)
    for text in test:
        rows["gold at lines"].append(compare(text.gold, assemble(
            text.units, [u.role for u in text.units],
            [u.boundary_after for u in text.units]), text.name))
        rows["rules (then)"].append(compare(text.gold, then[text.name], text.name))
        rows["rules (now)"].append(compare(text.gold, now[text.name], text.name))
        rows["rules at lines"].append(compare(text.gold, assemble(
            text.units, [u.rule_role for u in text.units],
            [bool(u.rule_boundary_after) for u in text.units]), text.name))
        for name, model in (("model", plain), ("rules + model", stacked)):
            rows[name].append(compare(text.gold, assemble(text.units, *model.predict(text)),
                                      text.name))
        rows["rules, model where sure"].append(
            compare(text.gold, assemble(text.units, *overridden(text, plain)), text.name))
        if text.units:
            roles, _ = plain.predict(text)
            gap_rows = features(text.units, text.suffix, False)[1]
            chance = [float(p[list(plain.gaps.classes_).index(True)])
                      for p in plain.gaps.predict_proba(gap_rows)]
            for threshold in THRESHOLDS:
                rows.setdefault(f"model, boundary at p ≥ {threshold}", []).append(compare(
                    text.gold, assemble(text.units, roles, [c >= threshold for c in chance]),
                    text.name))
    return {name: {"overall": total(scores),
                   "texts": {s.name: total([s]) for s in scores}}
            for name, scores in rows.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir())
                        / "learned-structure", help="where the rule imports are kept")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--texts", action="store_true", help="per-text lines too")
    args = parser.parse_args(argv)
    names = sorted(p.name.removesuffix(".gold.md") for p in TUNING.glob("*.gold.md"))
    texts = {}
    for name in names:
        texts[name] = load(name)
        print(f"labelled {name}: {len(texts[name].units)} lines", file=sys.stderr)
    results = {}
    for fold in FOLDS:
        results[fold.name] = run_fold(fold, texts, args.cache)
        print(f"measured {fold.name}", file=sys.stderr)
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    print("| held-out group | configuration | boundary P | boundary R | roles | heading P "
          "| heading R |")
    print("|---|---|---|---|---|---|---|")
    for fold in FOLDS:
        p, r, roles = RECORDED_BEFORE[fold.name]
        print(f"| {fold.name} | rules before the round (recorded) | {p:.3f} | {r:.3f} "
              f"| {roles:.3f} | | |")
        for name, found in results[fold.name].items():
            f = found["overall"]
            print(f"| {fold.name} | {name} | " + " | ".join(f"{f[k]:.3f}" for k in FIGURES)
                  + " |")
    if args.texts:
        for fold in FOLDS:
            for name, found in results[fold.name].items():
                print(f"\n{fold.name} · {name}")
                for text, f in found["texts"].items():
                    print(f"  {text:<40} " + " ".join(f"{f[k]:.3f}" for k in FIGURES[:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
