"""The command line: exit codes, messages that name file and line, nothing half-written."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIGURES as FIGURES_TEMPLATE
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()

FIGURES = FIGURES_TEMPLATE.format(sentence="今年优良天数281天。")


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.pdf  # built through the command line
def test_build_and_check_ok(make_briefing, tmp_path):
    folder = make_briefing("导语。今年优良天数281天。\n", figures=FIGURES)
    result = run("check", folder)
    assert result.exit_code == 0, result.output
    assert "1 key-figure tables" in result.output
    target = tmp_path / "o.pdf"
    result = run("build", folder, "-o", target)
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")
    assert "Built" in result.output


@pytest.mark.parametrize(
    ("body", "front", "where"),
    [
        ("正文<sub>未闭合。\n", None, "article.md:10"),
        ("正文。\n", "---\ntitle: [x\n---\n", "article.md:2"),
        ("正文。\n", "---\ntitle: 标题\ntemplate: nosuch\n---\n", "article.md:3"),
        ("字符\ue000。\n", None, "article.md:10"),
    ],
)
def test_bad_input_exit_2_nothing_written(make_briefing, tmp_path, body, front, where):
    kwargs = {"front": front} if front else {}
    folder = make_briefing(body, **kwargs)
    target = tmp_path / "o.pdf"
    result = run("build", folder, "-o", target)
    assert result.exit_code == 2, result.output
    assert where in result.output
    assert "fix:" in result.output
    assert not target.exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_check_fails_on_stale_figure(make_briefing):
    folder = make_briefing("导语。今年优良天数281天。\n",
                           figures=FIGURES.replace("value: 281", "value: 282"))
    result = run("check", folder)
    assert result.exit_code == 1
    assert "figures.yaml:5" in result.output and "282" in result.output


def test_check_lists_open_doubts(make_briefing):
    folder = make_briefing("导语。\n")
    (folder / "import-report.md").write_text(
        "# report\n\n- [x] 已看过\n- [ ] line 12: 「思想 and 党的」: a Latin word\n")
    result = run("check", folder)
    assert result.exit_code == 0
    assert "import-report.md:4" in result.output and "思想 and 党的" in result.output


def test_check_reports_schema_problem(make_briefing):
    folder = make_briefing("正文。\n", front="---\ntitle: 标题\ncolour: red\n---\n")
    result = run("check", folder)
    assert result.exit_code == 1
    assert "article.md:3" in result.output and "colour" in result.output


def test_fonts_command():
    result = run("fonts")
    assert result.exit_code == 0
    for role in ("title", "heading", "body", "caption"):
        assert role in result.output
    assert "Noto" in result.output and "available" in result.output


def test_missing_folder_exit_2(tmp_path):
    result = run("build", tmp_path / "nothing")
    assert result.exit_code == 2
    assert "no briefing folder" in result.output


def test_python_m_briefing():
    result = subprocess.run([sys.executable, "-m", "briefing", "--help"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for command in ("import", "build", "check", "fonts"):
        assert command in result.stdout


def test_preflight_names_each_loose_line(make_briefing, tmp_path):
    # A line no CLREQ means can tighten: no mark to compress, and the next word a run of
    # digits no break may enter, wider than what is left of the line. Preflight names
    # it (page and text), so the editor can rephrase.
    folder = make_briefing("甲乙丙丁戊己庚辛壬癸子丑寅卯辰" + "1234567890" * 5 +
                           "之后还有一些文字使这一段不止两行而且结尾的部分足够长\n")
    pdf = tmp_path / "loose.pdf"
    assert run("build", str(folder), "-o", str(pdf)).exit_code == 0
    result = run("preflight", str(pdf))
    assert "page 1: 「甲乙丙丁戊己庚辛壬癸子丑寅卯辰」" in result.output, result.output


def test_the_command_ends_as_the_interpreter_would_without_its_teardown(tmp_path, make_briefing):
    """cli.main ends the process with os._exit once atexit handlers have run
    (exit_without_teardown): the exit code, everything printed through a pipe, the atexit
    handlers (WeasyPrint's font folder removed) and a non-daemon thread's work are as at
    an ordinary exit."""
    import os

    from conftest import PROJECT

    folder = make_briefing("""
        ## 一、总体情况

        2021年，全市优良天数281天，同比增加12天。
        """)
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "TMPDIR": str(temp),
           "BRIEFING_EXPORT_WORKER": "0", "PYTHONUNBUFFERED": ""}
    script = (
        "import atexit, sys, threading, time\n"
        "from pathlib import Path\n"
        "mark = Path(sys.argv[1])\n"
        "def later():\n"
        "    time.sleep(0.5)\n"
        "    mark.write_text('thread')\n"
        "threading.Thread(target=later).start()\n"
        "atexit.register(lambda: print('atexit ran', flush=False))\n"
        "sys.argv = ['briefing', *sys.argv[2:]]\n"
        "from briefing.cli import main\n"
        "main()\n"
        "print('not reached')\n")
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "mark"), "build", str(folder), "-o",
         str(tmp_path / "out.pdf"), "--force"],
        env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Built" in done.stdout and done.stdout.rstrip().endswith("atexit ran")
    assert "not reached" not in done.stdout
    assert (tmp_path / "out.pdf").stat().st_size > 0
    assert (tmp_path / "mark").read_text() == "thread"  # joined, not cut short
    assert not list(temp.glob("weasyprint-*"))  # FontConfiguration's folder removed
    bad = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "mark2"), "build",
         str(tmp_path / "missing")], env=env, capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2
    assert "no briefing folder" in bad.stderr and bad.stdout.rstrip().endswith("atexit ran")


@pytest.mark.parametrize(("command", "items", "what"), [
    ("figures", "GROUP", "groups"), ("tables", "LINE", "lines of the tables"),
    ("review", "GROUP|LINE", "groups or table lines")])
def test_review_commands_refuse_their_words_alike(tmp_path, command, items, what):
    """`briefing figures|tables|review [accept|reject] FOLDER [ITEM…]`: the same three
    mistakes get the same messages, each naming the command's own items (exit 2)."""
    folder = str(tmp_path)
    cases = [([command, "reject", folder], f"reject needs the {what} to remove",
              f"briefing {command} reject {folder} {items}…"),
             ([command, folder, "x"], f"'{folder}' is not accept or reject",
              f"briefing {command} accept|reject data/NAME [{items}…]"),
             ([command, "accept"], f"`briefing {command} accept` needs a briefing folder",
              f"briefing {command} accept data/NAME [{items}…]")]
    for words, message, fix in cases:
        result = runner.invoke(app, words)
        assert result.exit_code == 2, (words, result.output)
        flat = " ".join(result.output.split())
        assert message in flat and fix in flat, (words, result.output)
