"""How each stage copes with a 200 KB input of every shape (issue 16: near-linear, limits
that fail fast).

    .venv/bin/python bench/scale.py [--timeout 60] [--size 200000] [--only longline,…]
                                    [--stages import,check,…] [--profile SHAPE:STAGE]

Makes the inputs in a scratch folder and times each stage in a process of its own (so a
runaway stage is stopped at --timeout and the next one still runs):

  import   `briefing import` of the raw text (the importer's passes and its writes)
  check    `briefing check`: load article.md and figures.yaml, check every glyph
  render   load, then the template's HTML (no layout)
  build    `briefing build --force` to a PDF (WeasyPrint's layout included), cold

Shapes (each about 200 KB of UTF-8, or as named):

  longline    one 200,000-character line of Chinese (a text pasted without line breaks)
  webpage     a saved web page's HTML given as text (scripts, styles, one long line)
  code        a page of program code with Chinese comments
  table       a Markdown table of 5,000 rows
  paragraphs  2,000 one-line paragraphs
  nested      quotes and lists nested 30 deep, repeated
  figures     the sample's article with a 200 KB figures.yaml (check, render, build)
  sample      the repository's sample (10 pages): the floor every other row stands on

and, at the limits (briefing/limits.py), what is still accepted: line-20k (a paragraph of
20,000 characters), table-500 (500 rows of 5 columns), figures-200 (200 key-figure rows).

A stage refused by a stated limit shows "refused" and its time: the limits (README, "Size
limits") must answer within a second or so. Shapes whose article.md is the shape itself
(table, nested, figures) build from a folder written directly; the others build from what
the import wrote, when it accepted the text.
`--profile SHAPE:STAGE` runs one stage under cProfile and prints the top 25 functions.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "articles" / "lvliang-2021.txt"
SAMPLE_FOLDER = ROOT / "data" / "lvliang-2021"
SIZE = 200_000

from briefing.limits import MAX_FIGURE_ROWS, MAX_PARAGRAPH_CHARS, MAX_TABLE_CELLS  # noqa: E402

TITLE = "# 规模测试\n\n"
FRONT = "---\ntitle: 规模测试\nlanguage: zh-CN\n---\n\n"


def sentences() -> list[str]:
    """The sample's sentences (varied Chinese with numbers and punctuation)."""
    text = SAMPLE.read_text("utf-8")
    text = re.sub(r"</?su[bp]>", "", text)
    return [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if len(s) > 8]


def fill(pieces: list[str], size: int, sep: str = "", encoded: bool = True) -> str:
    """Pieces joined by sep, cycled until the text has `size` bytes (or characters)."""
    out, total, index = [], 0, 0
    while total < size:
        piece = pieces[index % len(pieces)]
        out.append(piece)
        total += len((piece + sep).encode("utf-8") if encoded else piece + sep)
        index += 1
    return sep.join(out)


def longline(chars: int | None = None) -> str:
    chars = chars or SIZE
    return fill(sentences(), chars, encoded=False)[:chars] + "\n"


def webpage() -> str:
    body = "".join(f'<p class="content" style="text-indent:2em">{s}</p>'
                   for s in sentences())
    script = ("<script>window.__DATA__={" + ",".join(
        f'"k{i}":{{"id":{i},"url":"/news/{i}.html","t":"{s[:12]}"}}'
        for i, s in enumerate(sentences() * 4)) + "};</script>")
    head = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>'
            '红色吕梁亮出绿色底色_新闻中心</title><link rel="stylesheet" href="/s/main.css">'
            '<style>body{font:14px/1.8 "Microsoft YaHei"}.nav li{float:left}</style></head>'
            '<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻'
            '</a></li></ul></div><div class="article">')
    page = head + body + "</div>" + script
    return fill([page], SIZE, encoded=True)[:SIZE] + "</body></html>\n"


def code() -> str:
    unit = '''def load_station(path, year=2021):
    """读取监测站点的年度数据（优良天数、PM2.5 平均浓度）。"""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue  # 跳过空行和注释
            station, days, pm25 = line.rstrip("\\n").split("\\t")
            rows.append({"站点": station, "优良天数": int(days), "PM2.5": float(pm25)})
    return sorted(rows, key=lambda row: (-row["优良天数"], row["PM2.5"]))

'''
    return fill([unit], SIZE, sep="\n")


def table_markdown(rows: int | None = None) -> str:
    rows = rows or 5000 * SIZE // 200_000
    head = "| 序号 | 断面 | 水质 | 优良天数 | 同比 |\n|---|---|---|---:|---:|\n"
    body = "".join(f"| {i} | 汾河第{i}断面 | Ⅲ类 | {200 + i % 100} | {i % 19 - 9:+d}% |\n"
                   for i in range(1, rows + 1))
    return "表1 各断面水质\n\n" + head + body


def paragraphs() -> str:
    """2,000 short paragraphs of one sentence each, a blank line between them (without
    one, the importer reads lines as a hard-wrapped paragraph and joins them)."""
    pieces = [s for s in sentences() if len(s) <= 32]
    count = 2000 * SIZE // 200_000
    return "\n\n".join(pieces[i % len(pieces)] for i in range(count)) + "\n"


def nested(depth: int = 30) -> str:
    lines = []
    for level in range(depth):
        lines.append("> " * level + "- " + sentences()[level % 10][:30])
    unit = "\n".join(lines) + "\n\n"
    return fill([unit], SIZE)


def figures_yaml(most: int = 10**9) -> tuple[str, str]:
    """The sample's article.md, and a figures.yaml of about 200 KB citing its sentences."""
    article = (SAMPLE_FOLDER / "article.md").read_text("utf-8")
    body = article.split("\n---\n", 1)[1]
    plain = re.sub(r"</?su[bp]>", "", body)
    cited = [s for s in re.findall(r"[^。！？\n]+[。！？]", plain)
             if re.search(r"\d", s) and "|" not in s and not s.startswith(("#", ">", "!"))]
    lines = ["groups:"]
    group, rows = 0, 0
    while sum(len(line.encode()) + 1 for line in lines) < SIZE and rows < most:
        group += 1
        lines += [f"  - id: g{group}", f"    title: 第{group}组", "    status: accepted",
                  "    rows:"]
        for index, sentence in enumerate(cited[:min(10, most - rows)]):
            rows += 1
            value = re.search(r"\d+(?:\.\d+)?", sentence)[0]
            lines += [f"      - label: 指标{index}", f"        value: {value}",
                      "        unit: ''", f"        source: {sentence.strip()}"]
    return article, "\n".join(lines) + "\n"


# shape → (raw text to import or None, article.md written directly or None)
def shapes() -> dict[str, tuple[str | None, str | None]]:
    return {
        # The floor: the repository's sample (10 pages), imported from its raw text and
        # built from its reviewed folder.
        "sample": (SAMPLE.read_text("utf-8").removeprefix(TITLE), "sample"),
        "longline": (longline(), None),
        "webpage": (webpage(), None),
        "code": (code(), None),
        "table": (table_markdown(), FRONT + table_markdown()),
        "paragraphs": (paragraphs(), None),
        "nested": (nested(), FRONT + nested()),
        "figures": (None, "figures"),
        # At the limits (briefing/limits.py): accepted, and each stage within seconds.
        "line-20k": (longline(MAX_PARAGRAPH_CHARS - 500), None),  # room for <sub> tags
        "table-500": (None, FRONT + table_markdown(MAX_TABLE_CELLS // 5)),  # 5 columns
        "figures-200": (None, "figures-200"),
    }


def prepare(work: Path, only: list[str]) -> None:
    for name, (raw, article) in shapes().items():
        if name not in only:
            continue
        if raw is not None:  # the importer wants a title line first
            text = raw if raw.startswith(("#", "\n")) else TITLE + raw
            (work / f"{name}.txt").write_text(text, "utf-8")
        if article is not None:
            folder = work / "folders" / name
            folder.mkdir(parents=True, exist_ok=True)
            if article == "sample":
                shutil.copytree(SAMPLE_FOLDER, folder, dirs_exist_ok=True)
                continue
            if article.startswith("figures"):
                article, figures = (figures_yaml() if article == "figures" else
                                    figures_yaml(most=MAX_FIGURE_ROWS))
                (folder / "figures.yaml").write_text(figures, "utf-8")
            (folder / "article.md").write_text(article, "utf-8")


def folder_of(work: Path, shape: str) -> Path:
    own = work / "folders" / shape
    return own if own.is_dir() else work / "imported" / shape


def run_stage(stage: str, shape: str, work: Path) -> None:
    """In this process: one stage, its seconds as JSON (or the refusal) on stdout."""
    from briefing.errors import BriefingError
    from briefing.render import FONTS_DIR

    folder = folder_of(work, shape)
    started = time.perf_counter()
    outcome = "ok"
    try:
        if stage == "import":
            from briefing.importer import import_article

            import_article(work / f"{shape}.txt", data_dir=work / "imported", slug=shape,
                           overwrite=True)
        elif stage == "check":
            from briefing.checks import check_briefing

            report = check_briefing(folder, FONTS_DIR)
            if report.problems:
                outcome = f"problems: {str(report.problems[0])[:90]}"
        elif stage == "render":
            from briefing.loader import load_briefing
            from briefing.render import render_html

            render_html(load_briefing(folder))
        elif stage == "build":
            from briefing.build import build

            build(folder, work / "pdf" / f"{shape}.pdf", force=True)
    except BriefingError as error:
        outcome = "refused: " + str(error.problems[0]).split("\n")[0][:90]
    print(json.dumps({"seconds": time.perf_counter() - started, "outcome": outcome}))


STAGES = ("import", "check", "render", "build")


def measure(stage: str, shape: str, work: Path, timeout: float) -> str:
    if stage == "import" and not (work / f"{shape}.txt").exists():
        return "—"
    if stage != "import" and not (folder_of(work, shape) / "article.md").exists():
        return "— (no folder)"
    command = [sys.executable, __file__, "--work", str(work), "--stage", stage,
               "--shape", shape]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s (stopped)"
    if done.returncode:
        return "crash: " + (done.stderr.strip().splitlines() or ["?"])[-1][:80]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    cell = f"{result['seconds']:.2f} s"
    return cell if result["outcome"] == "ok" else f"{cell} {result['outcome']}"


def main() -> None:
    global SIZE
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--size", type=int, default=SIZE,
                        help="bytes per shape (table rows and paragraphs scale with it): "
                             "run at two sizes to read each stage's growth")
    parser.add_argument("--only", default=",".join(shapes()))
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--profile", help="SHAPE:STAGE under cProfile")
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--shape", help=argparse.SUPPRESS)
    args = parser.parse_args()
    SIZE = args.size
    if args.stage:
        run_stage(args.stage, args.shape, Path(args.work))
        return
    only = args.only.split(",")
    work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    try:
        if args.profile:
            import cProfile
            import pstats

            shape, stage = args.profile.split(":")
            prepare(work, [shape])
            if stage != "import" and not (work / "folders" / shape).is_dir():
                run_stage("import", shape, work)
            cProfile.runctx("run_stage(stage, shape, work)", globals(),
                            {"stage": stage, "shape": shape, "work": work}, str(work / "prof"))
            pstats.Stats(str(work / "prof")).sort_stats("cumulative").print_stats(25)
            return
        prepare(work, only)
        print(f"{'shape':<11} {'input':>9}  " + "  ".join(f"{s:<22}" for s in
                                                       args.stages.split(",")), flush=True)
        for shape in only:
            source = work / f"{shape}.txt"
            folder = folder_of(work, shape)
            size = source.stat().st_size if source.exists() else max(
                (folder / name).stat().st_size for name in ("article.md", "figures.yaml")
                if (folder / name).exists())
            cells = [measure(stage, shape, work, args.timeout)
                     for stage in args.stages.split(",")]
            print(f"{shape:<11} {size / 1000:>6.0f} KB  " + "  ".join(f"{c:<22}" for c in cells),
                  flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
