"""Is `build.contents_pages` a true upper bound on the pages automatic contents add?

`build.short_document_first` lays a short document out without its contents first and
keeps that layout, without ever laying out the version with contents, when
pages_without + contents_pages(html) < TOC_MIN_PAGES (`export.Relayout.surely_short`).
If the contents can add more pages than counted, that shortcut drops contents a full
decision keeps. This checker builds every document

- the shortcut way: `build()` as it is;
- the full way: `short_document_first` replaced by the order before it (laid out with
  the contents first, then without them when short: no shortcut);

and compares (a) the decision (do the contents stay?) and (b) the PDF bytes. For every
document whose contents were laid out it reports pages_without, pages_with and
contents_pages(html without contents), and the margin
    contents_pages − (pages_with − pages_without)
(negative: the count is below what the contents really add). pages_without comes from
the full build when it dropped the contents, else from one more build with toc=False.

Templates whose template.yaml asks for contents only on request (jianbao, handout) are
measured as if they were automatic (`template_settings` patched): the count must also hold
for a future template that lays them out the same way.

Documents:
  --corpus            every tuning text (tests/corpus/tuning/*.txt|md), imported after
                      its first line (bench/import_score.strip_source_comment); the
                      jianbao text gets `template: jianbao` from the importer's own front
                      matter, as every other text, and is built in the default template
                      (reprint) like the rest.
  --made-up           worst cases near the limit: 11 or 23 level-1 headings (with the
                      title's h1, 12 and 24: just below the steps of a page per 12
                      headings) of 60, 110 or 140 characters (entries of 2–5 lines), with
                      or without a deeper heading under each (indented entries), bodies
                      of about 3–20 pages, in every stock template (--templates) and on
                      A4, A5, B5 and letter paper (--papers; the booklet is A5 pages
                      imposed after layout).

Re-run (one process, ~1–3 s a layout):
  PYTHONPATH=$PWD .venv/bin/python -m bench.contents_bound --made-up --corpus \\
      --work /tmp/contents-bound --json /tmp/contents-bound/rows.json
Options --only SUBSTRING, --max-chars N and --min-chars N narrow the corpus (the
shortest texts are the ones the shortcut serves: articles over build.SHORT_TEXT_CHARS
characters never take it in a cold build, only in `watch`/`serve` after a short build).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import weasyprint

from bench.import_score import strip_source_comment
from briefing import build as build_module
from briefing.build import TOC_MIN_PAGES, build, contents_pages
from briefing.errors import InputError
from briefing.export import Relayout
from briefing.importer import import_article

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "tests" / "corpus" / "tuning"
TEMPLATES = ("reprint", "jianbao", "handout")
PAPERS = ("A4", "A5", "B5", "letter")

FRONT = """\
---
title: 关于进一步加强重点工作推进情况的专题简报
date: 2021-03-19
language: zh-CN
template: {template}
{masthead}---
"""
# (the jianbao template needs its masthead: briefing/jianbao.py)
MASTHEAD = "jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室}\n"


@dataclass
class Row:
    name: str
    template: str
    paper: str
    chars: int
    headings: int
    pages_without: int | None
    pages_with: int | None
    counted: int
    margin: int | None
    shortcut_taken: bool
    kept_full: bool
    kept_shortcut: bool
    same_bytes: bool
    seconds: float
    error: str = ""


class Recorder:
    """Every layout WeasyPrint makes: (whether its HTML has the contents, its pages), and
    every Relayout.surely_short answer."""

    def __init__(self):
        self.layouts: list[tuple[bool, int]] = []
        self.short: list[bool] = []
        real_render = weasyprint.HTML.render
        real_short = Relayout.surely_short
        recorder = self

        def render(html, *args, **kwargs):
            document = real_render(html, *args, **kwargs)
            toc = any(e.get("id") == "toc" for e in html.etree_element.iter())
            recorder.layouts.append((toc, len(document.pages)))
            return document

        def surely_short(relayout, pages):
            answer = real_short(relayout, pages)
            recorder.short.append(answer)
            return answer

        weasyprint.HTML.render = render
        Relayout.surely_short = surely_short
        self._undo = [(weasyprint.HTML, "render", real_render),
                      (Relayout, "surely_short", real_short)]

    def clear(self):
        self.layouts.clear()
        self.short.clear()

    def close(self):
        for owner, name, value in self._undo:
            setattr(owner, name, value)


@contextlib.contextmanager
def patched(owner, name, value):
    real = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, real)


def automatic_contents():
    """Every template's contents automatic (the decision made for jianbao and handout too)."""
    real = build_module.template_settings
    return patched(build_module, "template_settings",
                   lambda *a, **k: real(*a, **k).model_copy(update={"contents": "automatic"}))


def check(folder: Path, out: Path, name: str, template: str | None, paper: str | None,
          recorder: Recorder) -> Row:
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    options = {"force": True}
    if template:
        options["template"] = template
    if paper:
        options["paper"] = paper
    html: list[str] = []

    def full_order(briefing, without_contents):
        html.append(without_contents())
        return Relayout(TOC_MIN_PAGES, html[-1])

    with automatic_contents():
        recorder.clear()
        short = build(folder, out / "shortcut.pdf", **options)
        taken = any(recorder.short[:1]) and not any(t for t, _ in recorder.layouts)
        kept_shortcut = recorder.layouts[-1][0]
        recorder.clear()
        with patched(build_module, "short_document_first", full_order):
            full = build(folder, out / "full.pdf", **options)
        layouts = list(recorder.layouts)
    kept_full = layouts[-1][0]
    with_toc = [p for t, p in layouts if t]
    without = [p for t, p in layouts if not t]
    pages_with = with_toc[-1] if with_toc else None
    pages_without = without[-1] if without else None
    if pages_with is not None and pages_without is None:
        recorder.clear()
        pages_without = build(folder, out / "without.pdf", toc=False, **options).pages
    counted = contents_pages(html[0]) if html else 0
    headings = len(re.findall(r"<h[1-6][\s>]", html[0])) if html else 0
    margin = (counted - (pages_with - pages_without)
              if pages_with is not None and pages_without is not None else None)
    article = (folder / "article.md").read_text("utf-8")
    return Row(name, template or "(front matter)", paper or "(front matter)", len(article),
               headings, pages_without, pages_with, counted, margin, taken, kept_full,
               kept_shortcut, short.output.read_bytes() == full.output.read_bytes(),
               round(time.perf_counter() - started, 1))


def corpus_folders(work: Path, only: str | None, max_chars: int | None,
                   min_chars: int | None = None):
    sources = sorted([*TUNING.glob("*.txt"), *TUNING.glob("*.md")])
    sources = [s for s in sources if not s.name.endswith(".gold.md")]
    if only:
        sources = [s for s in sources if only in s.name]
    sized = sorted(sources, key=lambda s: len(s.read_text("utf-8")))
    for source in sized:
        text = strip_source_comment(source.read_text("utf-8"))
        if (max_chars and len(text) > max_chars) or (min_chars and len(text) <= min_chars):
            continue
        name = source.name.rsplit(".", 1)[0]
        copy = work / "import" / (name + source.suffix)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(text, "utf-8")
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                result = import_article(copy, work / "data", overwrite=True)
        except InputError as error:
            yield name, None, str(error).split("\n")[0]
            continue
        yield name, result.folder, ""


def made_up_body(sections: int, title_chars: int, sub: int, paragraph_chars: int) -> str:
    """`sections` level-1 headings of about `title_chars` characters, each with `sub`
    deeper headings (levels 2, 3, 4 in turn) and a paragraph of `paragraph_chars`."""
    phrase = "关于推进重点领域改革和加强基层治理工作情况"
    paragraph = ("各地推进生态环境保护工作成效明显，群众满意度持续提升，"
                 "空气质量优良天数比例达到百分之八十六点七。")
    out = []
    for n in range(sections):
        title = (phrase * (title_chars // len(phrase) + 1))[:title_chars]
        out.append(f"## {n + 1}、{title}\n\n"
                   + (paragraph * (paragraph_chars // len(paragraph) + 1))[:paragraph_chars]
                   + "\n\n")
        for k in range(sub):
            level = "#" * (3 + k % 3)
            out.append(f"{level} {title[: max(4, title_chars // 2)]}{k}\n\n{paragraph}\n\n")
    return "".join(out)


def made_up_cases(papers=PAPERS):
    """(name, template, paper, body): long entries just below the count's steps (11 and
    23 sections: with the title's h1, 12 and 24 headings — one and two pages' worth), a
    heading of 60, 110 or 140 characters (an entry of 2–4 lines), with or without deeper
    headings (indented entries), bodies short and longer, in every template and paper."""
    grid = itertools.product(TEMPLATES, papers, (11, 23), (60, 110, 140), (0, 1),
                             (0, 250))
    for template, paper, sections, title, sub, para in grid:
        if sub and sections == 23:
            continue  # (more headings than entries: the count only grows)
        yield (f"made-{template}-{paper}-h{sections}-t{title}-s{sub}-p{para}", template,
               paper, made_up_body(sections, title, sub, para))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--made-up", action="store_true")
    parser.add_argument("--only")
    parser.add_argument("--max-chars", type=int)
    parser.add_argument("--min-chars", type=int)
    parser.add_argument("--templates", default=",".join(TEMPLATES))
    parser.add_argument("--papers", default=",".join(PAPERS))
    parser.add_argument("--work", type=Path, default=Path("/tmp/contents-bound"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    templates, papers = args.templates.split(","), args.papers.split(",")
    recorder = Recorder()
    rows: list[Row] = []

    def report(row: Row):
        rows.append(row)
        print(json.dumps(asdict(row), ensure_ascii=False), flush=True)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False,
                                            indent=1), "utf-8")

    try:
        if args.made_up:
            for name, template, paper, body in made_up_cases(papers):
                if template not in templates or paper not in papers:
                    continue
                if args.only and args.only not in name:
                    continue
                folder = args.work / "made" / name
                folder.mkdir(parents=True, exist_ok=True)
                (folder / "article.md").write_text(FRONT.format(
                    template=template,
                    masthead=MASTHEAD if template == "jianbao" else "") + "\n"
                                                   + body, "utf-8")
                report(check(folder, args.work / "out" / name, name, template, paper,
                             recorder))
        if args.corpus:
            for name, folder, error in corpus_folders(args.work, args.only, args.max_chars,
                                                      args.min_chars):
                if folder is None:
                    report(Row(name, "reprint", "A4", 0, 0, None, None, 0, None, False,
                               False, False, True, 0.0, error=error))
                    continue
                try:
                    row = check(folder, args.work / "out" / name, name, "reprint", None,
                                recorder)
                except Exception as error:  # a finding on this text, not the end
                    row = Row(name, "reprint", "A4", 0, 0, None, None, 0, None, False,
                              False, False, True, 0.0,
                              error=f"{type(error).__name__}: {error}")
                report(row)
    finally:
        recorder.close()
    measured = [r for r in rows if r.margin is not None]
    differ = [r.name for r in rows if r.kept_full != r.kept_shortcut or not r.same_bytes]
    print(f"documents: {len(rows)}, margins measured: {len(measured)}", file=sys.stderr)
    if measured:
        worst = min(measured, key=lambda r: r.margin)
        print(f"min margin {worst.margin} on {worst.name} ({worst.pages_without} → "
              f"{worst.pages_with}, counted {worst.counted})", file=sys.stderr)
    print(f"decision or bytes differ: {differ or 'none'}", file=sys.stderr)
    return 1 if differ or any(r.margin < 0 for r in measured) else 0


if __name__ == "__main__":
    sys.exit(main())
