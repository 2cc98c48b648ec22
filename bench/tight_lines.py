"""Tight lines and the text layer, measured: the sample and four corpus articles in every
template, with `briefing preflight`'s measures.

    .venv/bin/python bench/tight_lines.py [--code DIR] [--out DIR]

For each document and template it prints the justified non-final lines, the loose ones
(a gap more than a quarter em beyond the font's advances), the widest such gap, the airy
ones (more than an eighth em added per character on average: evenly spread) and the
largest such spread, and the
lines of `pdftotext` output holding a space that no glyph of the PDF stands for (all,
and those in body text). `--code` builds with another checkout of briefing (e.g. an
export of an older commit, to compare before and after); the measuring is always this
checkout's. Corpus articles are the gold article.md of tests/corpus/tuning (what
`briefing import` is scored against), built as they stand.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.preflight import measure  # noqa: E402

SAMPLE = ROOT / "data" / "lvliang-2021"
CORPUS = ROOT / "tests" / "corpus" / "tuning"
ARTICLES = ("a-bulletin-tongyu-2017-12", "b-news-xinhua-yayunhui",
            "a-workreport-shaanxi-2026", "b-page-xinmin-lianghui")
TEMPLATES = ("reprint", "jianbao", "handout")
# The 简报 template needs its masthead: what `briefing build` asks for when it is missing.
JIANBAO = ("jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, "
           "date: 2022-01-20}\n")


def corpus_folder(name: str, root: Path) -> Path:
    """A briefing folder holding the corpus article's gold article.md, with a 简报
    masthead in its front matter (other templates ignore it)."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    text = (CORPUS / f"{name}.gold.md").read_text("utf-8")
    assert text.startswith("---\n")
    (folder / "article.md").write_text("---\n" + JIANBAO + text[4:], "utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="tight-lines-"))
    out.mkdir(parents=True, exist_ok=True)
    documents = [("lvliang-2021 (sample)", SAMPLE)]
    documents += [(name, corpus_folder(name, out / "data")) for name in ARTICLES]
    env = {**os.environ, "PYTHONPATH": str(args.code)}
    print(f"{'document':32} {'template':8} {'lines':>5} {'loose':>5} {'widest':>7} "
          f"{'airy':>5} {'spread':>7} {'spurious':>8} {'in body':>7}")
    for label, folder in documents:
        for template in TEMPLATES:
            pdf = out / f"{folder.name}-{template}.pdf"
            subprocess.run([sys.executable, "-m", "briefing", "build", str(folder), "-o",
                            str(pdf), "--template", template], env=env, cwd=args.code,
                           check=True, capture_output=True)
            report = measure(pdf)
            print(f"{label:32} {template:8} {report.full_lines:5} {len(report.loose_lines):5} "
                  f"{report.widest_gap_em:6.2f}  {len(report.airy_lines):5} "
                  f"{report.spread_em:6.2f}  {len(report.spurious_space_lines):8} "
                  f"{len(report.spurious_body_lines):7}")


if __name__ == "__main__":
    main()
