"""What changed between two versions: `briefing diff`, and the change marks of
`briefing build --changes-since`."""

from __future__ import annotations

import shutil
import subprocess

import pdfplumber
import pytest
from conftest import write_briefing
from typer.testing import CliRunner

from briefing import changes
from briefing.build import build
from briefing.cli import app
from briefing.errors import InputError
from briefing.loader import load_briefing
from briefing.render import render_html

BODY = """\
如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。

优良天数281天，优良天数比例为77%。

## 一、党建引领

革命老区吕梁是延安的东部屏障、红军东征的主战场。

::: figure
吕梁市生态环境局党组书记白旭平在孝义检查工作。
:::

| 指标 | 数值 |
|---|---:|
| 优良天数 | 281 |
| 断面 | 15 |

## 二、生态建设

持续推动生态环境治理工作落到实处。
"""
FIGURES = """\
groups:
  - id: air
    title: 大气环境质量
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: 优良天数281天，优良天数比例为77%。
      - label: 优良天数比例
        value: 77
        unit: '%'
        source: 优良天数281天，优良天数比例为77%。
"""
EDITED = (BODY.replace("清澈的湖水", "清清的湖水")
          .replace("## 一、党建引领", "## 一、党建引领聚力")
          .replace("白旭平在孝义", "白旭平在汾阳")
          .replace("| 断面 | 15 |", "| 断面 | 16 |")
          .replace("持续推动", "新的一段。\n\n持续推动")
          .replace("革命老区吕梁是延安的东部屏障、红军东征的主战场。\n\n", ""))


@pytest.fixture
def versions(tmp_path):
    old = write_briefing(tmp_path / "old" / "brief", BODY, figures=FIGURES)
    new = write_briefing(tmp_path / "new" / "brief", EDITED,
                         figures=FIGURES.replace("unit: 天", "unit: 日"))
    return old, new


def test_compare_finds_each_kind_of_change(versions):
    old, new = (load_briefing(folder) for folder in versions)
    found = {(c.kind, c.action) for c in changes.compare(old, new)}
    assert found == {("paragraph", "changed"), ("heading", "changed"), ("figure", "changed"),
                     ("table", "changed"), ("paragraph", "added"), ("paragraph", "removed"),
                     ("key-figures", "changed")}
    keys = changes.marks(changes.compare(old, new))
    table = next(b for s in new.walk_sections() for b in s.blocks if b.kind == "table")
    assert f"{table.id}/1/1" in keys and f"{table.id}/1" in keys  # the cell and its row
    assert f"{table.id}/0/1" not in keys and f"{table.id}/h/0" not in keys
    assert "figures-air/0/unit" in keys and "figures-air/1/unit" not in keys
    assert changes.compare(old, old) == []


def test_marks_reach_the_html(versions):
    old, new = (load_briefing(folder) for folder in versions)
    keys = changes.marks(changes.compare(old, new))
    html = render_html(new, context={"changed": keys}).html
    first = new.lead[0]
    assert f'<p id="{first.id}" class="changed">' in html
    assert f'<p id="{new.lead[1].id}">' in html  # unchanged
    assert 'class="heading level-1 numbered changed"' in html
    assert '<figcaption class="changed">' in html
    assert 'class="align-right changed"' in html
    assert 'class="unit changed"' in html
    plain = render_html(new).html
    assert "changed" not in plain.split("</style>")[1]


def red_bars(pdf) -> list[tuple[int, float, float]]:
    """(page, x, height) of the red bars drawn left of the text block."""
    bars = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for rect in page.rects:
                color = rect.get("non_stroking_color")
                if (color and len(color) == 3 and color[0] > 0.8 and color[1] < 0.2
                        and rect["width"] < 3):
                    bars.append((page.page_number, rect["x0"], rect["height"]))
    return bars


def test_build_marks_changes_with_a_bar_in_the_margin(versions, tmp_path):
    old, new = versions
    marked = build(new, tmp_path / "marked.pdf", changes_since=str(old))
    assert {(c.kind, c.action) for c in marked.changes} >= {("paragraph", "changed")}
    bars = red_bars(marked.output)
    assert bars and all(x < 72 for _, x, _ in bars)  # in the left margin
    assert red_bars(build(new, tmp_path / "plain.pdf").output) == []


def test_changes_since_a_git_revision(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = write_briefing(tmp_path / "repo" / "data" / "brief", BODY, figures=FIGURES)
    env = {"PATH": "/usr/bin:/bin", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x.org"}
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", "first"], cwd=repo, check=True, env=env)
    write_briefing(folder, EDITED, figures=FIGURES)
    found = changes.changes_since(load_briefing(folder), "HEAD")
    assert ("paragraph", "changed") in {(c.kind, c.action) for c in found}
    with pytest.raises(InputError, match="neither a folder nor a git revision"):
        changes.changes_since(load_briefing(folder), "no-such-revision")

    result = CliRunner().invoke(app, ["diff", "HEAD", str(folder)])
    assert result.exit_code == 0, result.output
    assert "paragraph changed" in result.output and "清[澈→清]的湖水" in result.output
    assert "heading changed" in result.output and "figure changed" in result.output


def test_diff_between_folders(versions):
    old, new = versions
    result = CliRunner().invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert "paragraph removed" in result.output and "paragraph added" in result.output
    assert "key-figures changed" in result.output
    result = CliRunner().invoke(app, ["diff", str(old), str(old)])
    assert "no changes" in result.output
