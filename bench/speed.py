"""How fast `briefing build` is, and how small its PDFs are, measured side by side.

    .venv/bin/python bench/speed.py [--rounds 5] [--edits 6] [--pages 100] [--quick]
                                    [--only cold,warm,phases,size,big,relayouts]

One run measures, alternating the contenders so that machine noise hits them alike
(medians; times vary ±20 % between runs on a shared machine — read the ratios):

  cold   `briefing build SAMPLE --force` in a new process vs plain WeasyPrint rendering
         the same HTML (the final HTML the build lays out, its extra stylesheets) in a
         new process — target ratio ≤ 1.0. Our caches on disk (font coverage and widths,
         drawn charts) are as an earlier build left them, as on every build but a
         machine's first, which is reported beside it (XDG_CACHE_HOME empty); vs the
         ten-line plain WeasyPrint a user would write (TENLINE: the article through
         markdown-it, a minimal stylesheet, no charts, no contents, a new process
         importing both) — the issue's target ratio ≤ 1.0; and vs
         Typst compiling an equivalent document (same text, headings and key-figure
         tables, same fonts) when the `typst` package is installed (`pip install -e '.[bench]'`).
  warm   a rebuild after a one-paragraph edit in a warm process, as `briefing watch`
         does it — target ≤ 0.35 s; beside it plain WeasyPrint re-rendering the edited
         HTML in a warm process, and the same edit with the handout template. The
         edits fall near the start, the middle and the end of the article in turn; the
         first build of that process (cold: WeasyPrint imported by it) is timed too —
         target: median rebuild ≤ 0.35 × that first build and ≤ 0.5 s. Beside it the
         same rebuilds with BRIEFING_INCREMENTAL=0 (every page laid out again).
  phases a warm rebuild split by stage: ours (article, HTML, checks) and WeasyPrint's
         (parsing the HTML, style cascade, boxes, layout, drawing, writing). All but
         layout run over the whole document whatever else is reused, so their sum is
         what even a page-by-page incremental layout would leave of a rebuild.
  size   the sample's PDF: ours, ours with WeasyPrint's own (retain-gids) subsetting,
         plain WeasyPrint, Typst — target ≤ 320 KB; the text extracts identically with
         and without compact subsets.
  relayouts  a build's layouts (a key-figure group moved as the pages are laid out:
         its page and the two after it laid out again; a marked blank page: a second
         layout) with and without starting from the layout before (BRIEFING_INCREMENTAL=0):
         CPU time in one process, alternating, beside plain WeasyPrint on the same HTML
         in that process; layouts and pages laid out per build, and per layout (the
         pages each lays out, from which page); for the sample in
         reprint and jianbao and the --pages document; and the sample's cold build as
         new processes (CPU time), alternating with and without.
  big    the sample's body repeated to about --pages pages: a cold build's time (wall
         and CPU, both processes), its peak memory, and the cost per page at a quarter,
         half and all of it — targets
         ≤ 6 s and ≤ 300 MB at 100 pages, cost linear in pages. Beside it plain
         WeasyPrint on the same HTML, and on the same text with no stylesheet, no
         contents and no charts: the engine's own floor for that many pages. Then a
         second document of about --pages pages whose text repeats nothing
         (bench/distinct_text.py: tuning-corpus articles one after another) beside
         plain WeasyPrint on its HTML — a saving keyed on a paragraph's text pays on
         the first document only.

At the end, every target of issue 17's "Done when" as a ratio, side by side, from the
same run (`targets`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "lvliang-2021"
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable


# ------------------------------------------------------------------ helpers


# Runs a command and reports its time and peak RSS. A child forked from this (large)
# process would count this process's pages in its own peak before it execs, so the
# command is started from this small launcher instead.
LAUNCHER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "peak": usage.ru_maxrss,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "code": os.waitstatus_to_exitcode(status)}), file=sys.stderr)
"""


def run(argv: list[str], cwd: Path = ROOT, env: dict | None = None) -> tuple[float, int, str]:
    """Run a process; (seconds, its peak RSS in KiB, stdout)."""
    report, stdout = run_report(argv, cwd, env)
    return report["seconds"], report["peak"], stdout


def run_report(argv: list[str], cwd: Path = ROOT, env: dict | None = None) -> tuple[dict, str]:
    """Run a process; its wall time, peak RSS (KiB) and CPU time (user + system, its
    children included), and its stdout."""
    done = subprocess.run([PYTHON, "-c", LAUNCHER, *argv], cwd=cwd, capture_output=True,
                          env=None if env is None else {**os.environ, **env})
    lines = done.stderr.decode().strip().splitlines()
    report = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {"code": -1}
    if report["code"] != 0:
        raise RuntimeError(f"{argv} failed:\n{done.stderr.decode()[-2000:]}")
    return report, done.stdout.decode()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def capture_build(folder: Path, output: Path, **options) -> dict:
    """Build in this process and capture what goes to WeasyPrint: the final HTML, the
    extra stylesheets and the base URL."""
    from dataclasses import astuple

    import briefing.build as build_module
    from briefing.export import Relayout

    captured: dict = {}
    real = build_module.write_pdf

    class Capturing(Relayout):
        def surely_short(self, pages: int) -> bool:
            short = super().surely_short(pages)
            if short:
                captured["html"] = self.source()
            return short

        def __call__(self, pages: int) -> str | None:
            again = super().__call__(pages)
            if again is not None:
                captured["html"] = again
            return again

    def spy(html, target, **kwargs):
        captured.update(html=html, base=str(kwargs["base_url"]),
                        stylesheets=list(kwargs.get("stylesheets") or ()),
                        pdf_options=kwargs.get("pdf_options") or {})
        relayout = kwargs.get("relayout")
        if relayout is not None:  # the HTML laid out instead, when it is
            kwargs["relayout"] = Capturing(*astuple(relayout.resolved()))
        return real(html, target, **kwargs)

    build_module.write_pdf = spy
    try:
        result = build_module.build(folder, output, force=True, **options)
    finally:
        build_module.write_pdf = real
    captured["pages"] = result.pages
    return captured


def write_job(folder: Path, captured: dict) -> Path:
    job = folder / "plain.json"
    job.write_text(json.dumps({k: v for k, v in captured.items() if k != "pages"}), "utf-8")
    return job


# ------------------------------------------------------------------ workers (subprocesses)


def worker_plain(job: str, output: str, renders: int, edit: str | None) -> None:
    """Plain WeasyPrint: import, render, write — `renders` times in one process."""
    started = time.perf_counter()
    import weasyprint

    spec = json.loads(Path(job).read_text("utf-8"))
    times, pages = [], []
    for index in range(renders):
        html = spec["html"]
        if edit and index:
            points = edit.split("|")
            point = points[(index - 1) % len(points)]
            html = html.replace(point, point + "又" * index, 1)
        begin = time.perf_counter()
        sheets = [weasyprint.CSS(string=css) for css in spec["stylesheets"]]
        document = weasyprint.HTML(string=html, base_url=Path(spec["base"]).as_uri() + "/"
                                   ).render(stylesheets=sheets)
        document.write_pdf(output)
        times.append(time.perf_counter() - begin)
        pages.append(len(document.pages))
    print(json.dumps({"times": times, "total": time.perf_counter() - started,
                      "pages": pages}))


def edit_points(text: str) -> list[str]:
    """The first 12 characters of a paragraph near the start, the middle and the end of
    the article's body (plain paragraphs of more than 60 characters)."""
    lines = [line for line in text.split("---", 2)[2].splitlines()
             if len(line) > 60 and not line.startswith(("#", "-", ":", "|", ">", "!"))]
    return [lines[0][:12], lines[len(lines) // 2][:12], lines[-1][:12]]


def worker_warm(folder: str, output: str, edits: int, edit: str, template: str = "") -> None:
    """Our warm rebuild: build once (the process's first, cold build, timed), then edit
    one paragraph and rebuild, `edits` times (what `briefing watch` does on each save).
    `edit` is "|"-separated paragraph starts, edited in turn."""
    from briefing.build import build
    from briefing.weasy import incremental

    incremental.keep_pages()  # as `briefing watch` does
    options = {"template": template} if template else {}
    article = Path(folder) / "article.md"
    original = article.read_text("utf-8")
    points = edit.split("|")
    begin = time.perf_counter()
    build(Path(folder), Path(output), force=True, **options)
    first = time.perf_counter() - begin
    times = []
    for index in range(1, edits + 1):
        point = points[(index - 1) % len(points)]
        article.write_text(original.replace(point, point + "又" * index, 1), "utf-8")
        begin = time.perf_counter()
        result = build(Path(folder), Path(output), **options)
        times.append(time.perf_counter() - begin)
        assert not result.skipped
    article.write_text(original, "utf-8")
    print(json.dumps({"times": times, "first": first}))


def time_stages(clock) -> dict[str, float]:
    """Wraps WeasyPrint's stage functions — the HTML parse, the cascade, the box tree,
    layout, drawing and writing — so that each call's time by `clock` is added, by stage,
    to the dict returned (bench/warm_stages.py uses it too, with CPU time)."""
    import weasyprint
    from weasyprint import document

    spent: dict[str, float] = {}

    def timed(owner, name: str, stage: str, generator: bool = False) -> None:
        function = getattr(owner, name)

        def wrapper(*args, **kwargs):
            begin = clock()
            result = function(*args, **kwargs)
            if generator:
                result = list(result)
            spent[stage] = spent.get(stage, 0.0) + clock() - begin
            return result

        setattr(owner, name, wrapper)

    timed(weasyprint.HTML, "__init__", "parsing")
    timed(document.Document, "_build_layout_context", "cascade")
    timed(document, "build_formatting_structure", "boxes")
    timed(document, "layout_document", "layout", generator=True)
    timed(document.Page, "paint", "drawing")
    timed(document.Document, "write_pdf", "writing")
    return spent


def worker_phases(folder: str, output: str, edits: int, edit: str) -> None:
    """A warm rebuild, timed by stage (wrappers around WeasyPrint's stage functions)."""
    from briefing import weasy
    from briefing.build import build

    weasy.load()
    spent = time_stages(time.perf_counter)
    from briefing.weasy import incremental

    incremental.keep_pages()  # as `briefing watch` does
    article = Path(folder) / "article.md"
    original = article.read_text("utf-8")
    points = edit.split("|")
    build(Path(folder), Path(output))
    rows = []
    for index in range(1, edits + 1):
        point = points[(index - 1) % len(points)]
        article.write_text(original.replace(point, point + "又" * index, 1), "utf-8")
        spent.clear()
        begin = time.perf_counter()
        build(Path(folder), Path(output))
        total = time.perf_counter() - begin
        row = dict(spent)
        row["writing"] -= row["drawing"]  # write_pdf draws the pages first
        row["ours"] = total - sum(row.values())
        row["total"] = total
        rows.append(row)
    article.write_text(original, "utf-8")
    print(json.dumps({stage: median([row[stage] for row in rows]) for stage in rows[0]}))


def worker_relayouts(folder: str, template: str, output: str, rounds: int) -> None:
    """One process, alternating: our build with a layout after another (the blank-page
    mark's, the contents') starting from the one before (weasy/incremental.py,
    `one_build`), the same with
    BRIEFING_INCREMENTAL=0 (each layout of the whole document, as before it), and plain
    WeasyPrint (our patches uninstalled) on the same final HTML. CPU time of each
    (time.process_time), the layouts per build and the pages WeasyPrint laid out."""
    from briefing import weasy

    weasy.load()
    from weasyprint import document as wdocument
    from weasyprint.layout import page as wpage

    counts: dict = {"layouts": 0, "pages": 0, "each": []}
    real_layout, real_remake = wdocument.layout_document, wpage.remake_page

    def layout_document(*args, **kwargs):
        counts["layouts"] += 1
        counts["each"].append([])  # (the pages this layout lays out)
        return real_layout(*args, **kwargs)

    def remake_page(index, *args, **kwargs):
        counts["pages"] += 1
        counts["each"][-1].append(index)
        return real_remake(index, *args, **kwargs)

    options = {"template": template} if template else {}
    job_folder = Path(f"{output}-job")
    job_folder.mkdir(exist_ok=True)
    job = write_job(job_folder, capture_build(Path(folder), Path(output), **options))
    spec = json.loads(job.read_text("utf-8"))
    rows: dict[str, list] = {"reuse": [], "relayout": [], "plain": []}
    outputs = {}
    for index in range(rounds):
        # (each first in turn: the build after plain WeasyPrint's, its patches put back
        # in place, is not always the same one)
        for name in ("reuse", "relayout")[::1 if index % 2 == 0 else -1]:
            os.environ["BRIEFING_INCREMENTAL"] = "1" if name == "reuse" else "0"
            counts.update(layouts=0, pages=0, each=[])
            wdocument.layout_document, wpage.remake_page = layout_document, remake_page
            begin = time.process_time()
            result = build_module_build(Path(folder), Path(f"{output}.{name}.pdf"), **options)
            spent = time.process_time() - begin
            wdocument.layout_document, wpage.remake_page = real_layout, real_remake
            each = [{"pages": len(indices), "from": min(indices, default=None)}
                    for indices in counts["each"]]
            rows[name].append({"cpu": spent, "layouts": counts["layouts"],
                               "pages": counts["pages"], "each": each,
                               "total_pages": result.pages})
            outputs[name] = Path(f"{output}.{name}.pdf").read_bytes()
        os.environ.pop("BRIEFING_INCREMENTAL", None)
        import weasyprint

        weasy.uninstall()
        try:
            begin = time.process_time()
            sheets = [weasyprint.CSS(string=css) for css in spec["stylesheets"]]
            weasyprint.HTML(string=spec["html"], base_url=Path(spec["base"]).as_uri() + "/"
                            ).render(stylesheets=sheets).write_pdf(f"{output}.plain.pdf")
            rows["plain"].append({"cpu": time.process_time() - begin})
        finally:
            weasy.install()
    print(json.dumps({"rows": rows, "same": outputs["reuse"] == outputs["relayout"]}))


def build_module_build(folder: Path, output: Path, **options):
    from briefing.build import build

    return build(folder, output, force=True, **options)


# The ten-line plain WeasyPrint a user would write for the sample (issue 17): the
# article through markdown-it, a minimal stylesheet; no charts, no contents, no
# typesetting layer. Run as its own program in a new process (its imports count).
TENLINE = """
import sys
from markdown_it import MarkdownIt
from weasyprint import CSS, HTML
text = open(sys.argv[1], encoding="utf-8").read().split("---", 2)[2]
body = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
css = CSS(string="@page { size: A4; margin: 25mm } body { font: 12pt/1.75 'Noto Serif CJK SC' }"
                 " h1, h2, h3 { font-family: 'Noto Sans CJK SC' }")
page = HTML(string=f'<html lang="zh-CN"><body>{body}</body></html>')
page.write_pdf(sys.argv[2], stylesheets=[css])
"""


def worker_typst(source: str, output: str) -> None:
    import typst

    typst.compile(source, output=output)


# ------------------------------------------------------------------ typst document


def typst_source(folder: Path) -> str:
    """The sample as a Typst document: same text, headings, key-figure tables, fonts."""
    from briefing.loader import load_briefing
    from briefing.model import Paragraph, Quote

    doc = load_briefing(folder)

    def esc(text: str) -> str:
        return re.sub(r"([\\#*_`$<>@\[\]=~/-])", r"\\\1", text)

    lines = [
        '#set page(paper: "a4", margin: (top: 24mm, bottom: 22mm, x: 24.56mm))',
        '#set text(font: ("Noto Serif CJK SC"), size: 12pt, lang: "zh", region: "cn")',
        "#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em)",
        '#show heading: set text(font: "Noto Sans CJK SC", weight: "bold")',
        f'#align(center, text(size: 22pt, weight: "bold")[{esc(doc.meta.title)}])',
    ]
    if doc.meta.subtitle:
        lines.append(f'#align(center, text(font: "Noto Sans CJK SC")[——{esc(doc.meta.subtitle)}])')
    lines.append(f'#align(center)[{esc("　".join(doc.meta.authors))}]')

    def blocks(items):
        for block in items:
            if isinstance(block, Paragraph):
                lines.append(esc(block.text.plain) + "\n")
            elif isinstance(block, Quote):
                for paragraph in block.blocks:
                    lines.append(f"#quote[{esc(paragraph.text.plain)}]\n")
            elif block.kind == "figure":
                lines.append(f'#align(center, text(size: 9pt)[{esc(block.caption.plain)}])\n')

    blocks(doc.lead)
    for section in doc.walk_sections():
        number = f"{section.number} " if section.number else ""
        lines.append("=" * section.level + f" {esc(number + section.title.plain)}\n")
        blocks(section.blocks)
    for group in doc.figures:
        lines.append(f'#align(center, text(weight: "bold")[{esc(group.title)}])')
        cells = ['[*指标*]', '[*数值*]', '[*单位*]', '[*变化*]', '[*排名与说明*]']
        for row in group.rows:
            cells += [f"[{esc(str(part or ''))}]" for part in
                      (row.label, row.value, row.unit, row.change, row.rank)]
        lines.append("#table(columns: (auto, auto, auto, auto, 1fr), stroke: 0.5pt, "
                     + ", ".join(cells) + ")\n")
    return "\n".join(lines)


# ------------------------------------------------------------------ measurements


def extract(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def measure_cold(work: Path, rounds: int, job: Path, typst_file: Path | None) -> dict:
    ours, first, plain, tenline, typst_times = [], [], [], [], []
    tenline_file = work / "tenline.py"
    tenline_file.write_text(TENLINE, "utf-8")
    build_sample = [PYTHON, "-m", "briefing", "build", str(SAMPLE), "-o",
                    str(work / "cold.pdf"), "--force"]
    for index in range(rounds):
        seconds, _, _ = run(build_sample)
        ours.append(seconds)
        # A first build on a machine: no font, widths or chart caches yet.
        seconds, _, _ = run(build_sample, env={"XDG_CACHE_HOME": str(work / f"cache-{index}")})
        first.append(seconds)
        seconds, _, _ = run([PYTHON, __file__, "--worker", "plain", str(job),
                             str(work / "plain.pdf"), "1"])
        plain.append(seconds)
        seconds, _, _ = run([PYTHON, str(tenline_file), str(SAMPLE / "article.md"),
                             str(work / "tenline.pdf")])
        tenline.append(seconds)
        if typst_file is not None:
            seconds, _, _ = run([PYTHON, __file__, "--worker", "typst", str(typst_file),
                                 str(work / "typst.pdf")])
            typst_times.append(seconds)
    return {"ours": median(ours), "first": median(first), "plain": median(plain),
            "tenline": median(tenline),
            "typst": median(typst_times) if typst_times else None}


def measure_warm(work: Path, edits: int, job: Path, edit: str) -> dict:
    folder = work / "warm" / SAMPLE.name
    shutil.copytree(SAMPLE, folder)
    _, _, out = run([PYTHON, __file__, "--worker", "warm", str(folder),
                     str(work / "warm.pdf"), str(edits), edit])
    ours = json.loads(out)["times"]
    first = json.loads(out)["first"]
    # The same without pages kept across rebuilds (weasy/incremental.py): every page
    # laid out again, as before it.
    _, _, out = run([PYTHON, __file__, "--worker", "warm", str(folder),
                     str(work / "warm-off.pdf"), str(edits), edit],
                    env={"BRIEFING_INCREMENTAL": "0"})
    off = json.loads(out)
    _, _, out = run([PYTHON, __file__, "--worker", "plain", str(job),
                     str(work / "plain-warm.pdf"), str(edits + 1), edit])
    plain = json.loads(out)["times"][1:]
    # The handout, the one- or two-page digest people rebuild before a meeting.
    _, _, out = run([PYTHON, __file__, "--worker", "warm", str(folder),
                     str(work / "warm-handout.pdf"), str(edits), edit, "handout"])
    handout = json.loads(out)["times"]
    return {"ours": median(ours), "plain": median(plain), "ours_all": ours, "first": first,
            "off": median(off["times"]), "off_first": off["first"],
            "handout": median(handout)}


def measure_phases(work: Path, edits: int, edit: str) -> dict:
    folder = work / "phases" / SAMPLE.name
    shutil.copytree(SAMPLE, folder)
    _, _, out = run([PYTHON, __file__, "--worker", "phases", str(folder),
                     str(work / "phases.pdf"), str(edits), edit])
    return json.loads(out)


def unstyled(html: str) -> str:
    """The same text with no stylesheet, contents or charts: the engine's floor."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    html = re.sub(r'<nav class="toc".*?</nav>', "", html, flags=re.S)
    return re.sub(r"<img [^>]*>", "", html)


UNSTYLED_CSS = ("@page { size: A4; margin: 25mm } html { font-family: 'Noto Serif CJK SC'; "
                "font-size: 12pt; line-height: 1.75 }")


def measure_size(work: Path, captured_pdf: Path, plain_pdf: Path) -> dict:
    from briefing import weasy
    from briefing.build import build

    retained = work / "retain-gids.pdf"
    weasy.uninstall("subset")
    try:
        build(SAMPLE, retained, force=True)
    finally:
        weasy.install("subset")
    same_text = extract(captured_pdf) == extract(retained)
    sizes = {"ours": captured_pdf.stat().st_size, "retain_gids": retained.stat().st_size,
             "plain": plain_pdf.stat().st_size, "same_text": same_text}
    typst_pdf = work / "typst.pdf"
    if typst_pdf.exists():
        sizes["typst"] = typst_pdf.stat().st_size
    return sizes


def bench_document(work: Path, folder: Path | None, distinct: bool, copies: int) -> Path:
    """The briefing a per-page bench measures: a given folder, the distinct text of about
    100 pages (bench/distinct_text.py), or the sample's body repeated `copies` times."""
    from bench.distinct_text import CHARS_PER_PAGE, distinct_text
    if folder:
        return folder
    if distinct:
        return distinct_text(work / "distinct", 100 * CHARS_PER_PAGE)
    return repeated_sample(work, copies)


def repeated_sample(work: Path, copies: int) -> Path:
    folder = work / f"big-{copies}" / "big"
    if folder.exists():
        return folder
    folder.mkdir(parents=True)
    text = (SAMPLE / "article.md").read_text("utf-8")
    _, front, body = text.split("---", 2)
    (folder / "article.md").write_text("---" + front + "---" + body * copies, "utf-8")
    for extra in SAMPLE.iterdir():
        if extra.name != "article.md" and extra.is_file():
            shutil.copy(extra, folder / extra.name)
    return folder


def pages_of(copies: int, work: Path) -> int:
    """Pages of the sample's body repeated `copies` times (a quick in-process build)."""
    from briefing.build import build

    folder = repeated_sample(work / "calibrate", copies)
    return build(folder, work / f"calibrate-{copies}.pdf", force=True).pages


def measure_big(work: Path, pages_wanted: int) -> list[dict]:
    # Pages per copy of the body, measured over four copies (one is not a whole number).
    per_copy = max(1.0, (pages_of(5, work) - pages_of(1, work)) / 4)
    copies = max(1, round(pages_wanted / per_copy))
    results = []
    for share in sorted({max(1, copies // 4), max(1, copies // 2), copies}):
        folder = repeated_sample(work, share)
        report, out = run_report([PYTHON, "-m", "briefing", "build", str(folder), "-o",
                                  str(work / f"big-{share}.pdf"), "--force"])
        pages = int(re.search(r"\((\d+) pages", out)[1])
        results.append({"copies": share, "pages": pages, "seconds": report["seconds"],
                        "cpu": report["cpu"], "peak_mib": report["peak"] / 1024})
    # Plain WeasyPrint on the largest one's HTML, for comparison (wall and CPU time: on
    # a shared machine the CPU times are the steadier ratio).
    job = write_job(work / f"big-{copies}", capture_build(folder, work / "big-capture.pdf"))
    report, _ = run_report([PYTHON, __file__, "--worker", "plain", str(job),
                            str(work / "big-plain.pdf"), "1"])
    results[-1].update(plain=report["seconds"], plain_cpu=report["cpu"],
                       plain_mib=report["peak"] / 1024)
    captured = json.loads(job.read_text("utf-8"))
    floor_job = job.with_name("unstyled.json")
    floor_job.write_text(json.dumps({**captured, "html": unstyled(captured["html"]),
                                     "stylesheets": [UNSTYLED_CSS]}), "utf-8")
    seconds, peak, out = run([PYTHON, __file__, "--worker", "plain", str(floor_job),
                              str(work / "big-unstyled.pdf"), "1"])
    results[-1].update(unstyled=seconds, unstyled_pages=json.loads(out)["pages"][0])
    results.append(measure_distinct(work, pages_wanted))
    return results


def measure_distinct(work: Path, pages_wanted: int) -> dict:
    """About --pages pages of distinct text (bench/distinct_text.py: tuning-corpus
    articles one after another, nothing repeated), a cold build beside plain WeasyPrint
    on the same HTML, as the row above: what pays only because the body × N repeats
    its text does not pay here."""
    from bench.distinct_text import CHARS_PER_PAGE, distinct_text

    folder = distinct_text(work / "distinct" / "distinct", pages_wanted * CHARS_PER_PAGE)
    report, out = run_report([PYTHON, "-m", "briefing", "build", str(folder), "-o",
                              str(work / "distinct.pdf"), "--force"])
    row = {"distinct": True, "pages": int(re.search(r"\((\d+) pages", out)[1]),
           "seconds": report["seconds"], "cpu": report["cpu"],
           "peak_mib": report["peak"] / 1024}
    job = write_job(work / "distinct", capture_build(folder, work / "distinct-capture.pdf"))
    report, _ = run_report([PYTHON, __file__, "--worker", "plain", str(job),
                            str(work / "distinct-plain.pdf"), "1"])
    row.update(plain=report["seconds"], plain_cpu=report["cpu"],
               plain_mib=report["peak"] / 1024)
    return row


def measure_relayouts(work: Path, rounds: int, pages_wanted: int) -> dict:
    """Per document (the sample in reprint and jianbao, the body repeated to about
    --pages pages): CPU time in one process, alternating with and without the placement
    pass's reuse and plain WeasyPrint on the same HTML; layouts and pages laid out per
    build. Then the sample's cold `briefing build` in new processes (CPU time, both
    processes), alternating with and without the reuse."""
    per_copy = max(1.0, (pages_of(5, work) - pages_of(1, work)) / 4)
    big = repeated_sample(work, max(1, round(pages_wanted / per_copy)))
    results = {}
    for name, folder, template in (("sample", SAMPLE, ""), ("sample jianbao", SAMPLE, "jianbao"),
                                   ("big", big, "")):
        out = work / f"relayouts-{name.replace(' ', '-')}"
        _, _, stdout = run([PYTHON, __file__, "--worker", "relayouts", str(folder),
                            template, str(out), str(rounds)])
        results[name] = json.loads(stdout)
    cold: dict[str, list[float]] = {"1": [], "0": []}
    build_sample = [PYTHON, "-m", "briefing", "build", str(SAMPLE), "-o",
                    str(work / "cold-relayouts.pdf"), "--force"]
    for _ in range(rounds):
        for switch in ("1", "0"):
            report, _ = run_report(build_sample, env={"BRIEFING_INCREMENTAL": switch})
            cold[switch].append(report["cpu"])
    results["cold"] = {"reuse": median(cold["1"]), "relayout": median(cold["0"])}
    return results


def report_relayouts(results: dict) -> None:
    for name, result in results.items():
        if name == "cold":
            continue
        rows = result["rows"]
        reuse, again = rows["reuse"], rows["relayout"]
        cpu = {key: median([row["cpu"] for row in rows[key]]) for key in rows}
        print(f"relay {name:<15} {reuse[-1]['total_pages']:>3} pages | CPU: reuse "
              f"{cpu['reuse']:.2f} s, relayout {cpu['relayout']:.2f} s, plain WeasyPrint "
              f"{cpu['plain']:.2f} s (ratio {cpu['relayout'] / cpu['plain']:.2f} → "
              f"{cpu['reuse'] / cpu['plain']:.2f}) | layouts {again[-1]['layouts']} → "
              f"{reuse[-1]['layouts']}, pages laid out {again[-1]['pages']} → "
              f"{reuse[-1]['pages']} | same PDF: {result['same']}")
        print("      pages laid out per layout (from page): relayout "
              + ", ".join(f"{each['pages']} ({each['from']})" for each in again[-1]["each"])
              + " | reuse "
              + ", ".join(f"{each['pages']} ({each['from']})" for each in reuse[-1]["each"]))
    cold = results["cold"]
    print(f"relay cold sample build, CPU (both processes): relayout {cold['relayout']:.2f} s "
          f"→ reuse {cold['reuse']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="cold runs of each contender")
    parser.add_argument("--edits", type=int, default=6, help="warm rebuilds")
    parser.add_argument("--pages", type=int, default=100, help="size of the big document")
    parser.add_argument("--quick", action="store_true", help="2 rounds, 3 edits")
    parser.add_argument("--only", default="cold,warm,phases,size,big,relayouts",
                        help="measurements to run, comma-separated")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, *rest = args.worker
        if kind == "plain":
            worker_plain(rest[0], rest[1], int(rest[2]), rest[3] if len(rest) > 3 else None)
        elif kind == "warm":
            worker_warm(rest[0], rest[1], int(rest[2]), rest[3], *rest[4:5])
        elif kind == "phases":
            worker_phases(rest[0], rest[1], int(rest[2]), rest[3])
        elif kind == "typst":
            worker_typst(rest[0], rest[1])
        elif kind == "relayouts":
            worker_relayouts(rest[0], rest[1], rest[2], int(rest[3]))
        return
    if args.quick:
        args.rounds, args.edits = 2, 3

    try:
        import typst  # noqa: F401
        has_typst = True
    except ImportError:
        has_typst = False
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as temporary:
        work = Path(temporary)
        ours_pdf = work / "ours.pdf"
        captured = capture_build(SAMPLE, ours_pdf)
        job = write_job(work, captured)
        edit = "|".join(edit_points((SAMPLE / "article.md").read_text("utf-8")))
        typst_file = None
        if has_typst:
            typst_file = work / "sample.typ"
            typst_file.write_text(typst_source(SAMPLE), "utf-8")

        only = set(args.only.split(","))
        results: dict = {}
        if "cold" in only:
            results["cold"] = measure_cold(work, args.rounds, job, typst_file)
            report_cold(results["cold"])
        if "warm" in only:
            results["warm"] = measure_warm(work, args.edits, job, edit)
            report_warm(results["warm"])
        if "phases" in only:
            report_phases(measure_phases(work, args.edits, edit))
        if "size" in only:
            if not (work / "plain.pdf").exists():
                run([PYTHON, __file__, "--worker", "plain", str(job), str(work / "plain.pdf"),
                     "1"])
            report_size(measure_size(work, ours_pdf, work / "plain.pdf"))
        if "big" in only:
            results["big"] = measure_big(work, args.pages)
            report_big(results["big"])
        if "relayouts" in only:
            report_relayouts(measure_relayouts(work, args.rounds, args.pages))
        report_targets(results)


def report_cold(cold: dict) -> None:
    print(f"cold  briefing build {cold['ours']:.2f} s | plain WeasyPrint {cold['plain']:.2f} s"
          f" | ratio {cold['ours'] / cold['plain']:.2f} (target ≤ 1.0)")
    print(f"      ten-line plain WeasyPrint (article via markdown-it, minimal CSS) "
          f"{cold['tenline']:.2f} s | ratio {cold['ours'] / cold['tenline']:.2f}")
    print(f"      first build on a machine (empty caches) {cold['first']:.2f} s | ratio "
          f"{cold['first'] / cold['plain']:.2f}")
    if cold["typst"]:
        print(f"      Typst {cold['typst']:.2f} s | ratio briefing/Typst "
              f"{cold['ours'] / cold['typst']:.2f}")
    else:
        print("      Typst: not installed (pip install -e '.[bench]')")


def report_warm(warm: dict) -> None:
    print(f"warm  rebuild after a one-paragraph edit {warm['ours']:.2f} s "
          f"(target ≤ 0.35 s; all: {', '.join(f'{t:.2f}' for t in warm['ours_all'])})"
          f" | plain WeasyPrint warm {warm['plain']:.2f} s | ratio "
          f"{warm['ours'] / warm['plain']:.2f}")
    print(f"      the process's first (cold) build {warm['first']:.2f} s | ratio rebuild/first "
          f"{warm['ours'] / warm['first']:.2f}")
    print(f"      without kept pages (BRIEFING_INCREMENTAL=0) {warm['off']:.2f} s | its first "
          f"build {warm['off_first']:.2f} s | ratio {warm['off'] / warm['off_first']:.2f} | "
          f"ratio to plain warm {warm['off'] / warm['plain']:.2f}")
    print(f"      the same edit, handout template (2 pages): {warm['handout']:.2f} s")


def report_phases(phases: dict) -> None:
    stages = ("ours", "parsing", "cascade", "boxes", "layout", "drawing", "writing")
    print("phase " + " | ".join(f"{stage} {phases[stage]:.2f}" for stage in stages)
          + f" | total {phases['total']:.2f} s")
    print(f"      without layout (what page-by-page relayout would leave): "
          f"{phases['total'] - phases['layout']:.2f} s (target for a rebuild ≤ 0.35 s)")


def report_size(sizes: dict) -> None:
    typst_size = f" | Typst {sizes['typst'] / 1000:.0f} KB" if "typst" in sizes else ""
    print(f"size  briefing {sizes['ours'] / 1000:.0f} KB (target ≤ 320 KB) | with "
          f"WeasyPrint's subsetting {sizes['retain_gids'] / 1000:.0f} KB | plain "
          f"WeasyPrint {sizes['plain'] / 1000:.0f} KB{typst_size} | text identical: "
          f"{'yes' if sizes['same_text'] else 'NO'}")


def report_big(big: list[dict]) -> None:
    distinct = [row for row in big if row.get("distinct")]
    big = [row for row in big if not row.get("distinct")]
    for row in big:
        print(f"big   ×{row['copies']:<3} {row['pages']:>4} pages: {row['seconds']:.2f} s, "
              f"{row['seconds'] / row['pages'] * 1000:.0f} ms/page, peak "
              f"{row['peak_mib']:.0f} MiB")
    if len(big) >= 2:
        first, last = big[0], big[-1]
        slope = (last["seconds"] - first["seconds"]) / (last["pages"] - first["pages"])
        print(f"      plain WeasyPrint, {last['pages']} pages of the same HTML: "
              f"{last['plain']:.2f} s, peak {last['plain_mib']:.0f} MiB | ratio "
              f"{last['seconds'] / last['plain']:.2f} | CPU time {last['cpu']:.2f} s vs "
              f"{last['plain_cpu']:.2f} s, ratio {last['cpu'] / last['plain_cpu']:.2f}")
        print(f"      plain WeasyPrint, the same text unstyled (no contents, no charts): "
              f"{last['unstyled']:.2f} s for {last['unstyled_pages']} pages — the engine's "
              "floor")
        print(f"      marginal cost {slope * 1000:.0f} ms/page, fixed "
              f"{first['seconds'] - slope * first['pages']:.2f} s (targets at ~100 pages: "
              "≤ 6 s, ≤ 300 MB, linear)")
    for row in distinct:
        print(f"big   distinct text (bench/distinct_text.py) {row['pages']} pages: "
              f"{row['seconds']:.2f} s, peak {row['peak_mib']:.0f} MiB | plain WeasyPrint, "
              f"same HTML: {row['plain']:.2f} s, peak {row['plain_mib']:.0f} MiB | ratio "
              f"{row['seconds'] / row['plain']:.2f} | CPU time {row['cpu']:.2f} s vs "
              f"{row['plain_cpu']:.2f} s, ratio {row['cpu'] / row['plain_cpu']:.2f}")


def report_targets(results: dict) -> None:
    """Issue 17's "Done when", each as measured in this run, side by side."""
    rows = []
    if "warm" in results:
        warm = results["warm"]
        ratio = warm["ours"] / warm["first"]
        rows.append(("warm rebuild / first cold build (same process)", f"{ratio:.2f}",
                     "≤ 0.35", ratio <= 0.35))
        rows.append(("warm rebuild, median of start/middle/end edits",
                     f"{warm['ours']:.2f} s", "≤ 0.5 s", warm["ours"] <= 0.5))
    if "cold" in results:
        cold = results["cold"]
        ratio = cold["ours"] / cold["tenline"]
        rows.append(("cold build / ten-line plain WeasyPrint", f"{ratio:.2f}", "≤ 1.0",
                     ratio <= 1.0))
        ratio = cold["ours"] / cold["plain"]
        rows.append(("cold build / plain WeasyPrint, same HTML", f"{ratio:.2f}", "≤ 1.0",
                     ratio <= 1.0))
    if "big" in results:
        last = [row for row in results["big"] if not row.get("distinct")][-1]
        ratio = last["seconds"] / last["plain"]
        rows.append((f"{last['pages']} pages / plain WeasyPrint, same HTML", f"{ratio:.2f}",
                     "≤ 0.6", ratio <= 0.6))
        ratio = last["cpu"] / last["plain_cpu"]
        rows.append(("… the same in CPU time (both processes)", f"{ratio:.2f}", "≤ 0.6",
                     ratio <= 0.6))
        rows.append((f"{last['pages']} pages, peak memory", f"{last['peak_mib']:.0f} MiB",
                     "≤ 300 MB", last["peak_mib"] * 1.048576 <= 300))
        for row in (row for row in results["big"] if row.get("distinct")):
            ratio = row["cpu"] / row["plain_cpu"]
            rows.append((f"{row['pages']} pages of distinct text / plain, CPU time",
                         f"{ratio:.2f}", "≤ 0.6", ratio <= 0.6))
            rows.append((f"{row['pages']} pages of distinct text, peak memory",
                         f"{row['peak_mib']:.0f} MiB", "≤ 300 MB",
                         row["peak_mib"] * 1.048576 <= 300))
    if rows:
        print("targets (issue 17, this run):")
        for name, value, target, met in rows:
            print(f"      {name:<52} {value:>9}  {target:<8} {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
