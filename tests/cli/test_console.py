"""Messages off a terminal are whole lines, whatever the terminal's width (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "40"}
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_an_error_naming_a_long_path_is_one_line_in_a_40_column_pipe(tmp_path):
    missing = tmp_path / ("a-rather-long-folder-name-" * 3) / "article.txt"
    result = _run("import", str(missing), "--data-dir", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if "no such file" in line]
    assert lines and str(missing) in lines[0], result.stderr


def test_font_paths_are_not_cut_in_a_40_column_pipe(tmp_path):
    result = _run("fonts", cwd=PROJECT)
    assert result.returncode == 0, result.stderr
    assert "…" not in result.stdout
    assert "/usr/share/fonts/opentype/noto/NotoSerifCJK" in result.stdout, result.stdout
