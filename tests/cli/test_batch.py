"""`briefing build data/*`: many briefings in parallel, failures contained."""

from __future__ import annotations

import io

import pytest
from conftest import FRONT, write_briefing
from rich.console import Console
from typer.testing import CliRunner

from briefing import batch
from briefing.cli import app
from briefing.errors import EXIT_BAD_INPUT, InputError

BODY = "如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。\n\n## 一、党建引领\n\n革命老区吕梁。\n"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def data(tmp_path, monkeypatch, cache_dir):
    monkeypatch.chdir(tmp_path)  # outputs go to ./output/NAME.pdf
    # The module's own cache, shared by its tests: the build records that say "up to
    # date" are keyed by the output's path, which is each test's own.
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_dir))
    folders = [write_briefing(tmp_path / "data" / name, BODY) for name in ("alpha", "beta")]
    broken = write_briefing(tmp_path / "data" / "broken", BODY,
                            front=FRONT.replace("template: reprint", "template: reprint\nbogus: 1"))
    return folders, broken


@pytest.mark.pdf  # built through the command line
def test_one_failure_does_not_stop_the_others(data, tmp_path):
    folders, broken = data
    stream = io.StringIO()
    code = batch.build_all([folders[0], broken, folders[1]], {}, jobs=2,
                           console=Console(file=stream, width=120))
    assert code == EXIT_BAD_INPUT
    assert (tmp_path / "output" / "alpha.pdf").stat().st_size > 1000
    assert (tmp_path / "output" / "beta.pdf").stat().st_size > 1000
    assert not (tmp_path / "output" / "broken.pdf").exists()
    text = stream.getvalue()
    assert "unknown key 'bogus'" in text and "article.md:" in text
    assert "2 of 3 built" in text and "1 failed" in text
    # All up to date now, and a clean run exits 0.
    stream = io.StringIO()
    assert batch.build_all(folders, {}, console=Console(file=stream, width=120)) == 0
    assert stream.getvalue().count("up to date") == 2


@pytest.mark.pdf
def test_the_cli_builds_several_folders(data, tmp_path):
    folders, _ = data
    (tmp_path / "data" / "README.md").write_text("not a briefing", "utf-8")  # as in data/*
    result = CliRunner().invoke(app, ["build", *map(str, folders),
                                      str(tmp_path / "data" / "README.md"), "--force"])
    assert result.exit_code == 0, result.output
    assert "2 of 2 built" in result.output and "not a folder" in result.output
    result = CliRunner().invoke(app, ["build", *map(str, folders), "-o", "x.pdf"])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "one PDF" in result.output


def test_folders_that_would_overwrite_each_other_are_refused(tmp_path):
    first = write_briefing(tmp_path / "a" / "same", BODY)
    second = write_briefing(tmp_path / "b" / "same", BODY)
    with pytest.raises(InputError, match="both be written"):
        batch.build_all([first, second], {}, console=Console(file=io.StringIO()))


def test_the_pool_is_sized_to_the_machine():
    assert batch.workers_for(1) == 1
    assert 1 <= batch.workers_for(50) <= 64
    assert batch.workers_for(50, jobs=3) == 3
