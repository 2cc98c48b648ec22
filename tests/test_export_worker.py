"""The export process of a cold `briefing build` (briefing/export_worker.py): the same
PDF as an in-process export, errors back whole, never a stray process."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import signal
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from briefing.build import build
from briefing.checks import StaleFigures
from briefing.errors import EXIT_PROBLEMS, InputError, Problem
from briefing.export_worker import ExportWorker

SHORT = "导语，2021年PM2.5平均浓度为27μg/m³。\n\n## 一、部分\n\n正文。\n\n## 二、部分\n\n正文。\n"


def text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return re.sub(r"\s", "", "".join(page.extract_text() or "" for page in pdf.pages))


def gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # reaped: no zombie left behind
    return False


def test_same_pdf_as_an_export_in_this_process(make_briefing, tmp_path):
    # Two pages and no contents asked for either way: laid out with contents first, then
    # again without (export.Relayout, made in this process and sent). Bleed and marks
    # add a finisher, which crosses as data too.
    folder = make_briefing(SHORT)
    options = dict(bleed_mm=3.0, marks=("crop",), force=True)
    here = build(folder, tmp_path / "here.pdf", **options)
    worker = ExportWorker.start()
    assert worker is not None
    pid = worker.pid
    there = build(folder, tmp_path / "there.pdf", exporter=worker.write_pdf, **options)
    assert (tmp_path / "here.pdf").read_bytes() == (tmp_path / "there.pdf").read_bytes()
    assert here.pages == there.pages and not here.skipped
    with pikepdf.open(tmp_path / "there.pdf") as pdf:
        assert "/BleedBox" in pdf.pages[0].obj
    with_toc = build(folder, tmp_path / "toc.pdf", toc=True, **options).output
    assert "目录" in text(with_toc) and "目录" not in text(tmp_path / "there.pdf")
    assert gone(pid)


def test_an_error_comes_back_with_its_problems(make_briefing, tmp_path):
    templates = tmp_path / "mytemplates" / "reprint"
    templates.mkdir(parents=True)
    (templates / "style.css").write_text(
        'h1.title::after { content: url("file:///etc/passwd"); }\n')
    folder = make_briefing("导语。\n")
    with ExportWorker.start() as worker, pytest.raises(InputError) as caught:
        build(folder, tmp_path / "out.pdf", template_dirs=[tmp_path / "mytemplates"],
              exporter=worker.write_pdf)
    assert "/etc/passwd" in str(caught.value)
    assert caught.value.problems[0].fix
    assert not (tmp_path / "out.pdf").exists()


def test_an_unused_worker_ends_at_once(make_briefing, tmp_path):
    folder = make_briefing(SHORT)
    build(folder, tmp_path / "out.pdf")
    worker = ExportWorker.start()
    pid = worker.pid
    result = build(folder, tmp_path / "out.pdf", exporter=worker.write_pdf)
    assert result.skipped  # up to date: no export asked for
    worker.close()
    assert gone(pid)


def test_a_lost_worker_exports_here(make_briefing, tmp_path):
    folder = make_briefing(SHORT)
    worker = ExportWorker.start()
    os.kill(worker.pid, signal.SIGKILL)
    os.waitpid(worker.pid, 0)
    worker.pid = None  # reaped here
    result = build(folder, tmp_path / "out.pdf", exporter=worker.write_pdf)
    assert result.pages >= 1 and (tmp_path / "out.pdf").stat().st_size > 1000


def test_worker_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("BRIEFING_EXPORT_WORKER", "0")
    assert ExportWorker.start() is None


def test_errors_pickle_whole():
    error = StaleFigures(problems=[Problem("stale", "figures.yaml", 4, "edit the row")])
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is StaleFigures and copy.exit_code == EXIT_PROBLEMS
    assert copy.problems == error.problems and str(copy) == str(error)


def test_an_interrupted_export_leaves_nothing_behind(make_briefing, tmp_path, monkeypatch):
    # Ctrl-C in the build while the worker writes the PDF: the worker is stopped,
    # removes its temporary file, and is reaped; nothing is exported here instead.
    import time

    from briefing import weasy

    weasy.load()
    from weasyprint.document import Document

    writing = tmp_path / "writing"

    def slow_write(self, target, **options):  # runs in the worker (forked after this)
        Path(target).write_bytes(b"%PDF-1.7 half written")
        writing.touch()
        time.sleep(30)

    monkeypatch.setattr(Document, "write_pdf", slow_write)

    class Interrupted(ExportWorker):
        def receive(self):
            while not writing.exists():
                time.sleep(0.05)
            raise KeyboardInterrupt

    folder = make_briefing(SHORT)
    worker = ExportWorker.start()
    worker.__class__ = Interrupted
    pid = worker.pid
    target = tmp_path / "out" / "out.pdf"
    target.parent.mkdir()
    with pytest.raises(KeyboardInterrupt):
        build(folder, target, exporter=worker.write_pdf)
    assert gone(pid)
    assert list(target.parent.iterdir()) == []  # no PDF, no temporary file


def test_the_cli_exports_one_folder_in_the_worker(make_briefing, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from briefing.cli import app

    used = []
    real_start = ExportWorker.start.__func__

    def start(cls):
        worker = real_start(cls)
        real_write = worker.write_pdf

        def write_pdf(*args, **kwargs):
            used.append(worker.pid)
            return real_write(*args, **kwargs)

        worker.write_pdf = write_pdf
        return worker

    monkeypatch.setattr(ExportWorker, "start", classmethod(start))
    folder = make_briefing(SHORT)
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(tmp_path / "o.pdf")])
    assert result.exit_code == 0, result.output
    assert len(used) == 1 and gone(used[0]) and (tmp_path / "o.pdf").is_file()
    # Several folders are built by a process pool instead: no worker is started.
    used.clear()
    second = tmp_path / "second"
    shutil.copytree(folder, second)
    monkeypatch.chdir(tmp_path)  # they go to output/NAME.pdf
    result = CliRunner().invoke(app, ["build", str(folder), str(second), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert used == [] and (tmp_path / "output" / "second.pdf").is_file()


def test_the_worker_leaves_no_font_folder(make_briefing, tmp_path, monkeypatch):
    """The worker ends with os._exit, which runs no __del__: the folder WeasyPrint copies
    the emoji face into (11 MB) is removed by the worker itself; the parent's own
    configurations' folders are left to the parent."""
    import tempfile

    from briefing.weasy import loader

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder = make_briefing(SHORT)
    # A configuration of the parent's, with its folder, inherited by the worker.
    parent = loader.font_configuration(("parent's", str(tmp_path)))
    parent._folder = Path(tempfile.mkdtemp(prefix="weasyprint-"))
    try:
        worker = ExportWorker.start()
        assert worker is not None
        pid = worker.pid
        build(folder, tmp_path / "there.pdf", exporter=worker.write_pdf, force=True,
              toc=False)
        assert gone(pid)
        assert [p.name for p in temp.glob("weasyprint-*")] == [parent._folder.name]
    finally:
        loader.remove_font_folders()
    assert not list(temp.glob("weasyprint-*"))


def test_a_configuration_whose_font_folder_is_removed_is_handed_out_no_more(tmp_path):
    """fontconfig still names the files of a removed folder: a build reusing that
    configuration drew the emoji face's characters as .notdef boxes (a test that removed
    every configuration's folder broke the builds of the tests after it)."""
    import tempfile

    from briefing.weasy import loader

    key = ("removed", str(tmp_path))
    config = loader.font_configuration(key)
    config._folder = Path(tempfile.mkdtemp(prefix="weasyprint-", dir=tmp_path))
    kept = loader.font_configuration(("kept", str(tmp_path)))
    kept._folder = Path(tempfile.mkdtemp(prefix="weasyprint-", dir=tmp_path))
    loader.remove_font_folders(keep={kept._folder})
    assert not config._folder and kept._folder.is_dir()
    assert loader.font_configuration(key) is not config  # a fresh one
    assert loader.font_configuration(("kept", str(tmp_path))) is kept
    loader.remove_font_folders()


# Runs the worker's loop with a job stream that reports what was ready when the worker
# first read from it, then ends (EOF: closed unused).
WAITING_PROBE = """
import sys
from briefing import export_worker
from briefing.weasy import loader

class Jobs:
    def read(self, *args):
        from briefing.typeset import rules
        ready = ("briefing.fonts.config" in sys.modules,
                 loader._PREPARED in loader._font_configurations,
                 rules._LAST_TWO_HAN.compiled())
        print("READY", *ready)
        return b""
    readline = peek = read

export_worker._serve(Jobs(), None)
"""


def test_the_worker_prepares_its_job_while_it_waits(tmp_path):
    """What the job needs before layout is made while the build renders its HTML: the
    module its glyph check's class is in (unpickling the job imported it, ≈ 0.03 s after
    the HTML was sent), a font configuration and the line rules' patterns."""
    import subprocess
    import sys

    from tests.conftest import PROJECT

    done = subprocess.run([sys.executable, "-c", WAITING_PROBE], cwd=PROJECT,
                          env={**os.environ, "PYTHONPATH": str(PROJECT),
                               "XDG_CACHE_HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "READY True True True" in done.stdout


def test_a_prepared_font_configuration_goes_to_the_next_new_key(tmp_path):
    from briefing.weasy import loader

    loader.prepare_font_configuration()
    prepared = loader._font_configurations[loader._PREPARED]
    assert prepared._folder is None  # no folder until a document adds a face
    assert loader.font_configuration(("first", str(tmp_path))) is prepared
    assert loader._PREPARED not in loader._font_configurations
    assert loader.font_configuration(("first", str(tmp_path))) is prepared
    assert loader.font_configuration(("second", str(tmp_path))) is not prepared


PARAGRAPH = ("各地推进生态环境保护工作成效明显，群众满意度持续提升，空气质量优良天数比例达到百分之"
             "八十六点七，同比上升二点一个百分点，重点行业污染治理和城乡环境整治扎实推进。")


def test_a_long_articles_html_without_contents_is_made_when_the_worker_asks(
        make_briefing, tmp_path, monkeypatch):
    """A long article is laid out with its contents first (build.short_document_first);
    its HTML without them is made by the build's process only when the worker's first
    layout is short of TOC_MIN_PAGES pages and asks for it — the same PDF as an export in
    this process. A document that is long enough never asks: that HTML is never made."""
    import briefing.build as build_module
    from briefing.build import SHORT_TEXT_CHARS

    rendered, asked = [], []
    real_render, real_reply = build_module.render_html, ExportWorker.reply

    def render_html(*args, **kwargs):
        rendered.append(kwargs["context"]["toc"])
        return real_render(*args, **kwargs)

    def reply(self, *args):
        asked.append(1)
        return real_reply(self, *args)

    monkeypatch.setattr(build_module, "render_html", render_html)
    monkeypatch.setattr(ExportWorker, "reply", reply)
    text = "".join(f"## {n}、部分\n\n" + PARAGRAPH * 10 + "\n\n" for n in "一二三四五六")
    assert len(text) > SHORT_TEXT_CHARS
    folder = make_briefing(text)
    here = build(folder, tmp_path / "here.pdf", force=True)
    rendered.clear()
    with ExportWorker.start() as worker:
        there = build(folder, tmp_path / "there.pdf", exporter=worker.write_pdf, force=True)
    assert asked == [1] and rendered == [True, False]  # asked for, made once, then
    assert here.pages == there.pages < 8
    assert (tmp_path / "here.pdf").read_bytes() == (tmp_path / "there.pdf").read_bytes()
    # Long enough for contents (the sample: 10 pages): laid out once, nothing asked.
    from tests.conftest import SAMPLE

    asked.clear()
    rendered.clear()
    with ExportWorker.start() as worker:
        sample = build(SAMPLE, tmp_path / "sample.pdf", exporter=worker.write_pdf,
                       force=True)
    assert sample.pages >= 8 and asked == [] and rendered == [True]


SHARED_PROBE = """
import sys
from briefing.export_worker import SHARED_MODULES, ExportWorker
before = [name for name in SHARED_MODULES if name in sys.modules]
worker = ExportWorker.start()
after = [name for name in SHARED_MODULES if name in sys.modules]
worker.close()
print("SHARED", before == [], after == list(SHARED_MODULES))
"""


def test_what_both_processes_import_is_imported_before_the_fork(tmp_path):
    """The build's font checks and the worker's glyph check both need briefing.fonts (and
    the export module, the line rules): imported once, before forking, not in each."""
    import subprocess
    import sys

    from briefing.export_worker import SHARED_MODULES
    from tests.conftest import PROJECT

    assert {"briefing.fonts", "briefing.export"} <= set(SHARED_MODULES)
    done = subprocess.run([sys.executable, "-c", SHARED_PROBE], cwd=PROJECT,
                          env={**os.environ, "PYTHONPATH": str(PROJECT),
                               "XDG_CACHE_HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "SHARED True True" in done.stdout


@pytest.mark.parametrize(("arguments", "builds"), [
    (["build", "data/x"], True),
    (["-v", "build", "data/x", "-o", "x.pdf"], True),
    (["-vv", "--quiet", "--fatal-warnings", "build"], True),
    (["fonts"], False),
    (["--version"], False),
    (["-x", "build"], False),  # (an option the program does not know: left to typer)
    (["serve", "build"], False),
    ([], False),
])
def test_a_build_is_told_from_the_command_line_before_it_is_parsed(arguments, builds):
    from briefing.export_worker import _builds

    assert _builds(arguments) is builds


EARLY_PROBE = """
import os, sys
from briefing import export_worker
real_start = export_worker.ExportWorker.start.__func__
def start(cls):
    worker = real_start(cls)
    cli = [name for name in ("briefing.cli", "typer", "rich") if name in sys.modules]
    print("FORKED", worker.pid, "with", cli or "no CLI", flush=True)
    real_write = worker.write_pdf
    def write_pdf(*args, **kwargs):
        print("EXPORTED BY", worker.pid, flush=True)
        return real_write(*args, **kwargs)
    worker.write_pdf = write_pdf
    return worker
export_worker.ExportWorker.start = classmethod(start)
sys.argv = ["briefing", *sys.argv[1:]]
import runpy
runpy.run_module("briefing", run_name="__main__")
"""


def test_a_build_forks_its_worker_before_the_cli_is_imported(make_briefing, tmp_path):
    """`python -m briefing build FOLDER` forks the export process first thing
    (export_worker.start_early), the build exports in it; `build --help` and a build of
    several folders close it (no process left)."""
    import subprocess
    import sys

    from tests.conftest import PROJECT

    def run(*arguments):
        done = subprocess.run([sys.executable, "-c", EARLY_PROBE, *arguments], cwd=tmp_path,
                              env={**os.environ, "PYTHONPATH": str(PROJECT),
                                   "XDG_CACHE_HOME": str(tmp_path / "cache")},
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    folder = make_briefing(SHORT)
    out = run("build", str(folder), "-o", str(tmp_path / "o.pdf"))
    (pid,) = re.findall(r"FORKED (\d+) with no CLI", out)
    assert f"EXPORTED BY {pid}" in out and (tmp_path / "o.pdf").is_file()
    second = tmp_path / "second"
    shutil.copytree(folder, second)
    for arguments in (["build", "--help"], ["-q", "build", str(folder), str(second), "-j", "1"]):
        out = run(*arguments)
        (pid,) = re.findall(r"FORKED (\d+) with no CLI", out)
        assert "EXPORTED BY" not in out
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(
            f"/proc/{pid}/status").read_text()  # (reaped, or its exit not yet seen)
