"""The `briefing` logger on the command line (issue 16, item 7): -q prints nothing on
success, -v each stage's time, WeasyPrint's warnings shown as ours, and --fatal-warnings
exits 1 on a build that warned (0 on one that did not)."""

from __future__ import annotations

import logging

from conftest import SEED
from typer.testing import CliRunner

from briefing.cli import app
from briefing.resources import TEMPLATES_DIR

runner = CliRunner()
SENTENCE = "今年优良天数281天，同比增加12天。"
PROPOSED = f"""\
groups:
  - id: air
    title: 大气环境质量
    status: proposed
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: {SENTENCE}
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_quiet_prints_nothing_on_success(make_briefing, tmp_path):
    folder = make_briefing(f"{SENTENCE}\n", figures=PROPOSED)  # a build that warns
    result = run("-q", "build", folder, "-o", tmp_path / "q.pdf")
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert (tmp_path / "q.pdf").is_file()


def test_quiet_still_prints_errors(make_briefing, tmp_path):
    result = run("-q", "build", tmp_path / "nothing-here", "-o", tmp_path / "q.pdf")
    assert result.exit_code == 2
    assert "no briefing folder" in result.output


def test_verbose_prints_each_stage_time(make_briefing, tmp_path):
    folder = make_briefing(f"{SENTENCE}\n")
    result = run("-v", "build", folder, "-o", tmp_path / "v.pdf")
    assert result.exit_code == 0, result.output
    for stage in ("load", "glyph check", "render HTML", "layout and PDF (WeasyPrint)"):
        assert any(line.startswith(stage) and line.endswith(" s")
                   for line in result.output.splitlines()), (stage, result.output)
    quiet = run("build", folder, "-o", tmp_path / "v2.pdf")
    assert "render HTML" not in quiet.output  # timings only when asked for


def test_fatal_warnings_exits_1_on_a_build_that_warned(make_briefing, tmp_path):
    folder = make_briefing(f"{SENTENCE}\n", figures=PROPOSED)
    result = run("--fatal-warnings", "build", folder, "-o", tmp_path / "w.pdf")
    assert result.exit_code == 1, result.output
    assert "warning: 1 proposed key-figure group left out" in result.output
    assert "--fatal-warnings" in result.output


def test_fatal_warnings_exits_0_on_a_build_without_warnings(make_briefing, tmp_path):
    folder = make_briefing(f"{SENTENCE}\n")
    result = run("--fatal-warnings", "build", folder, "-o", tmp_path / "ok.pdf")
    assert result.exit_code == 0, result.output
    assert "warning:" not in result.output


def test_fatal_warnings_keeps_an_error_exit(tmp_path):
    result = run("--fatal-warnings", "build", tmp_path / "missing", "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2


def test_weasyprint_warnings_are_shown_as_ours(make_briefing, tmp_path):
    # A template's stylesheet with a property WeasyPrint ignores: it logs a warning.
    mine = tmp_path / "mytemplates" / "reprint"
    mine.mkdir(parents=True)
    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text("utf-8")
    (mine / "style.css").write_text(css + "\np { colour-of-text: blue; }\n", "utf-8")
    folder = make_briefing(f"{SENTENCE}\n")
    result = run("--fatal-warnings", "build", folder, "--templates", mine.parent,
                 "-o", tmp_path / "css.pdf")
    assert result.exit_code == 1, result.output
    assert any(line.startswith("warning: ") and "colour-of-text" in line
               for line in result.output.splitlines()), result.output


def test_the_library_logs_and_prints_nothing_itself(make_briefing, tmp_path, caplog):
    from briefing.build import build

    folder = make_briefing(f"{SENTENCE}\n")
    logging.getLogger("briefing").propagate = True  # the CLI's configure() turns it off
    with caplog.at_level(logging.INFO, logger="briefing"):
        build(folder, tmp_path / "lib.pdf")
    assert any(r.name == "briefing" and r.getMessage().startswith("render HTML: ")
               for r in caplog.records)


def test_progress_names_the_stage_on_a_terminal_only():
    from io import StringIO

    from rich.console import Console

    from briefing.log import progress, stage

    terminal = StringIO()
    console = Console(file=terminal, force_terminal=True, width=100)
    with progress(console, "building x"), stage("render HTML"):
        pass
    assert "building x: render HTML …" in terminal.getvalue()
    piped = StringIO()
    with progress(Console(file=piped, force_terminal=False), "building x"), stage("render HTML"):
        pass
    assert piped.getvalue() == ""


def test_quiet_import_prints_nothing(tmp_path):
    seed = SEED
    result = run("-q", "import", seed, "--data-dir", tmp_path / "data", "--slug", "quiet")
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert (tmp_path / "data" / "quiet" / "article.md").is_file()
