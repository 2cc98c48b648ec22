"""A cold build imports only what it needs (issue 17): each optional library is imported
by the build that uses it and by no other. Each build runs in a new interpreter
(`python -m briefing build`, the export in the same process) and lists the top-level
modules it ended with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT

# Libraries of other commands or of optional features: never in a plain build.
OPTIONAL = {
    "reportlab": "charts (drawn only when not cached)",
    "opencc": "a Traditional edition",
    "pikepdf": "print variants' finishing and booklets",
    "starlette": "briefing serve",
    "uvicorn": "briefing serve",
    "watchfiles": "briefing watch",
    "trafilatura": "importing web pages",
    "docx": "importing Word files",
    "mwparserfromhell": "importing wikitext",
    "pdfplumber": "importing PDFs, preflight",
    "pypdfium2": "the workspace's previews",
}

PROBE = """
import atexit, runpy, sys
sys.argv = ["briefing", "build", *sys.argv[1:]]

def report():
    names = {name.split(".")[0] for name in sys.modules}
    # Modules put in place lazily but never executed (importlib.util.LazyLoader).
    names |= {"lazy:" + name for name, module in sys.modules.items()
              if type(module).__name__ == "_LazyModule"}
    # Modules WeasyPrint imports names from, deferred until first called (weasy/loader.py).
    names |= {name for name in sys.modules if name.startswith("fontTools.varLib")}
    # briefing's and Rich's modules by their full names (what the pipeline leaves out).
    names |= {"module:" + name for name in sys.modules if name.startswith(("briefing.", "rich."))}
    print("MODULES", " ".join(sorted(names)))

# The CLI ends the process itself once its atexit handlers have run (cli.py:
# exit_without_teardown), so the report is one of them.
atexit.register(report)
runpy.run_module("briefing", run_name="__main__")
"""


def imported_by(tmp_path: Path, folder: Path, *options: str, force: bool = True) -> set[str]:
    env = {**os.environ, "BRIEFING_EXPORT_WORKER": "0", "PYTHONPATH": str(PROJECT),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), "-o", str(tmp_path / "out.pdf"),
         *(["--force"] if force else []), *options],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


@pytest.fixture(scope="module")
def plain_build(tmp_path_factory) -> tuple[Path, Path, set[str]]:
    """A plain briefing built once in a new interpreter with an empty cache: (its work
    folder — cache and PDF —, the briefing, the modules that build ended with). The
    pipeline test builds it again there, up to date (one cold build for both tests)."""
    from conftest import write_briefing

    work = tmp_path_factory.mktemp("cold-imports")
    folder = write_briefing(work / "brief", """
        ## 一、总体情况

        2021年，全市优良天数281天，同比增加12天。

        ## 二、主要做法

        持续推进大气污染防治。
        """)
    return work, folder, imported_by(work, folder)


def test_a_plain_build_imports_no_optional_library(plain_build):
    _, _, modules = plain_build
    assert "weasyprint" in modules  # the probe sees the export's imports
    unexpected = {name: why for name, why in OPTIONAL.items() if name in modules}
    assert not unexpected, f"a plain build imported {unexpected}"
    # WeasyPrint's fallback subsetter (weasy/loader.py): in place, never executed.
    assert "lazy:fontTools.subset" in modules
    # … and its variable-font instancer, imported by the first variable font only.
    assert "fontTools.varLib" not in modules


# What the export (WeasyPrint, in its worker process) needs, and the pipeline — the CLI's
# own process — does not once its caches hold the fonts' coverage: fontTools (font files
# are read on a cache miss only) and xml.sax.saxutils' imports (urllib.request, http.client,
# ssl: the charts escape with three replacements instead).
EXPORT_ONLY = {
    "fontTools": "reading font files (the coverage cache has them)",
    "xml": "xml.sax.saxutils (charts escape text themselves)",
    "http": "urllib.request, imported by xml.sax.saxutils",
    "ssl": "urllib.request, imported by xml.sax.saxutils",
    "weasyprint": "the export",
}


# Modules of ours (and Rich's) the pipeline's process does not run, by full name: the
# export's side of briefing.weasy (its patches' seam, the text layer, page placement, PDF
# ids), change marks (--changes-since only) and Rich's tables (commands that show one).
PIPELINE_LEAVES = {
    "briefing.weasy.seam": "the patches, installed by the export",
    "briefing.weasy.textlayer": "the PDF's text layer (weasy.spacers, the export)",
    "briefing.weasy.ids": "the PDF's document id (weasy.stable_ids, the export)",
    "briefing.weasy.placement": "figure placement during layout (the export)",
    "briefing.changes": "build --changes-since",
    "rich.table": "commands that print a table",
}


def test_the_pipeline_alone_imports_no_export_library(plain_build):
    # The plain build's folder, built (plain_build): the caches now hold its fonts.
    work, folder, built = plain_build
    assert "weasyprint" in built, "the first build exported"
    assert "module:briefing.weasy.seam" in built  # the probe sees modules by full name
    # Up to date: the pipeline runs (article, glyph check, HTML, fingerprint), no export.
    modules = imported_by(work, folder, force=False)
    assert {"jinja2", "markdown_it", "briefing"} <= modules  # the probe saw the pipeline
    unexpected = {name: why for name, why in EXPORT_ONLY.items() if name in modules}
    unexpected |= {name: why for name, why in PIPELINE_LEAVES.items()
                   if "module:" + name in modules}
    assert not unexpected, f"the pipeline imported {unexpected}"


def test_the_deferred_instancer_instantiates_a_variable_font():
    # WeasyPrint's name for fontTools' instancer (deferred by weasy/loader.py) imports
    # it when first called and does its work: a variable font made static.
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    from briefing import weasy

    weasy.load()
    from weasyprint.pdf import fonts

    # (The stand-in when WeasyPrint was loaded before anything imported the instancer.)
    assert getattr(fonts.instantiateVariableFont, "deferred_from", "") in (
        "", "fontTools.varLib.instancer:instantiateVariableFont")
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder([".notdef"])
    builder.setupCharacterMap({})
    builder.setupGlyf({".notdef": TTGlyphPen(None).glyph()})
    builder.setupHorizontalMetrics({".notdef": (500, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Probe", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.setupFvar([("wght", 100, 400, 900, "Weight")], [])
    static = fonts.instantiateVariableFont(builder.font, {"wght": 700}, static=True)
    assert "fvar" not in static


# One key-figure group with a chart: what the sample's four charts need, on one page.
CHART_FIGURES = """\
groups:
  - id: air
    title: 大气环境质量
    chart: {type: ring, rows: [优良天数比例], labels: [优良天数]}
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: 2021年，全市优良天数281天，优良天数比例为77%。
      - label: 优良天数比例
        value: 77
        unit: '%'
        source: 2021年，全市优良天数281天，优良天数比例为77%。
"""


def test_each_optional_library_comes_with_its_feature(tmp_path, make_briefing):
    # A briefing with a chart (an empty cache, so it is drawn) as a Traditional edition
    # and a booklet: each of the three libraries is imported — the probe above would
    # see them. (A short one: which modules a build imports does not hang on its length.)
    folder = make_briefing("## 一、总体情况\n\n2021年，全市优良天数281天，优良天数比例为77%。\n",
                           figures=CHART_FIGURES)
    modules = imported_by(tmp_path, folder, "--locale", "zh_Hant_TW", "--booklet")
    assert {"opencc", "reportlab", "pikepdf"} <= modules
    assert not {"starlette", "uvicorn", "trafilatura", "docx"} & modules


CDEF_PROBE = """
import pycparser
made = []  # parses by pycparser (cffi keeps one parser: its parse calls are counted)
real = pycparser.CParser.parse
def counted(self, *args, **kwargs):
    made.append(1)
    return real(self, *args, **kwargs)
pycparser.CParser.parse = counted
from briefing import weasy
weasy.load()
from weasyprint.text.ffi import ffi, harfbuzz, pango
assert pango.pango_version() > 0 and harfbuzz.hb_version_atleast(1, 0, 0)
loaded = len(made)
# A C type named at run time, as layout does (its parse is cffi's, once per process).
rectangle = ffi.new("PangoRectangle *")
rectangle.width = 7
assert ffi.typeof("PangoLogAttr[]").cname == "PangoLogAttr[]"
print("PARSERS", loaded, "RUNTIME", len(made) - loaded, rectangle.width)
"""


def test_weasyprints_c_declarations_are_parsed_once_per_machine(tmp_path):
    # weasy/loader.py keeps pycparser's trees of the C declarations on disk: a second
    # start parses none at all, and WeasyPrint's libraries work from the cache.
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "XDG_CACHE_HOME": str(tmp_path)}

    # The C types named at run time too (cffi parses each inside a text declaring every
    # type it knows): kept on disk after load().
    def parsers() -> tuple[int, int]:
        done = subprocess.run([sys.executable, "-c", CDEF_PROBE], cwd=PROJECT, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        loaded, runtime, width = done.stdout.split("PARSERS")[1].split("RUNTIME")[0], \
            *done.stdout.split("RUNTIME")[1].split()
        assert width == "7"
        return int(loaded), int(runtime)

    first = parsers()
    assert first[0] >= 1 and first[1] >= 1
    assert list((tmp_path / "briefing" / "cdefs").glob("*.pickle"))
    assert parsers() == (0, 0)
