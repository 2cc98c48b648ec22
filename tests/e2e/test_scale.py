"""Scale (issue 16): stated size limits refuse at once with the line and a fix (exit 2),
and every stage's work grows linearly with its input — counted in Python function calls,
never timed (bench/scale.py measures the times)."""

from __future__ import annotations

import cProfile
import pstats

import pytest
from conftest import FRONT, write_briefing
from typer.testing import CliRunner

from briefing import limits, loader
from briefing.build import check_glyphs
from briefing.cli import app
from briefing.fonts import load_font_config, resolve_fonts
from briefing.importer import import_article
from briefing.importer import pipeline as import_pipeline
from briefing.render import FONTS_DIR, render_html

runner = CliRunner()
SENTENCE = "2021年，山西省吕梁市区优良天数281天，优良天数比例为77%，同比上升5.0个百分点。"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def never_parsed(monkeypatch):
    """A refusal must come before the slow work: the importer's passes and the Markdown
    parse fail the test if they are reached."""
    def reached(*args, **kwargs):
        raise AssertionError("the input was parsed before the limit refused it")

    monkeypatch.setattr(import_pipeline, "build_draft", reached)
    monkeypatch.setattr(loader.MARKDOWN, "parse", reached)


def raw(tmp_path, text: str, name: str = "article.txt"):
    path = tmp_path / name
    path.write_text("# 规模测试\n\n" + text, "utf-8")
    return path


# ------------------------------------------------------------------ limits: import


def test_import_of_a_file_over_the_size_limit_is_refused(tmp_path, never_parsed):
    source = raw(tmp_path, (SENTENCE + "\n\n") * (limits.MAX_FILE_BYTES // 100))
    result = run("import", source, "--data-dir", tmp_path / "data")
    assert result.exit_code == 2, result.output
    assert "over the limit of 1 MB" in result.output and "fix:" in result.output
    assert not (tmp_path / "data").exists()


def test_import_of_a_line_over_the_paragraph_limit_is_refused(tmp_path, never_parsed):
    line = (SENTENCE * (limits.MAX_PARAGRAPH_CHARS // len(SENTENCE) + 1))
    source = raw(tmp_path, SENTENCE + "\n\n" + line + "\n")
    result = run("import", source, "--data-dir", tmp_path / "data")
    assert result.exit_code == 2, result.output
    assert f"{source}:5: a line of {len(line):,} characters" in result.output
    assert "over the limit of 20,000" in result.output and "break it into paragraphs" in (
        result.output)


def test_the_import_paragraph_limit_counts_text_not_markup(tmp_path):
    # A Word page saved as HTML and kept as .md: a section on one line, its spans' styles
    # many times its words — over 20,000 characters with its tags, its text well under.
    span = '<span style="font-family:仿宋_GB2312;font-size:16pt;mso-bidi-font-family:宋体">'
    line = "".join(f"<p>{span}{SENTENCE}</span></p>" for _ in range(200))
    assert len(line) > limits.MAX_PARAGRAPH_CHARS
    source = tmp_path / "page.md"
    source.write_text("# 某县统计公报\n\n" + line + "\n", "utf-8")
    result = run("import", source, "--data-dir", tmp_path / "data")
    assert result.exit_code == 0, result.output


def test_import_of_a_table_over_the_row_limit_is_refused(tmp_path, never_parsed):
    rows = "".join(f"| 第{i}断面 | {i} |\n" for i in range(limits.MAX_TABLE_CELLS // 2 + 1))
    source = raw(tmp_path, "| 断面 | 天数 |\n|---|---:|\n" + rows)
    result = run("import", source, "--data-dir", tmp_path / "data")
    assert result.exit_code == 2, result.output
    assert (f"{source}:3: a table of 1,251 rows and 2,502 cells, over the limit of 2,500 "
            "cells") in result.output


def test_a_saved_web_page_given_as_text_is_read_as_a_web_page(tmp_path):
    """Readers are chosen by content: a saved page named .txt goes to the web-page reader
    (briefing/importer/readers/html.py), never through the text path as one long line."""
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻</title></head>'
            f'<body><div class="article"><p>{SENTENCE}</p></div></body></html>')
    source = tmp_path / "page.txt"
    source.write_text(page, "utf-8")
    result = run("import", source, "--data-dir", tmp_path / "data")
    assert result.exit_code == 0, result.output
    article = (tmp_path / "data" / "page" / "article.md").read_text("utf-8")
    assert SENTENCE in article and "<div" not in article and "<p>" not in article


def test_markdown_with_html_paragraphs_is_still_text():
    # A post from a publishing tool holds <p> and <div> (tests/corpus): not a web page.
    assert not limits.looks_like_html(f"<div>\n<p>{SENTENCE}</p>\n</div>\n" * 30)


# ------------------------------------------------------------------ limits: build


def test_build_of_an_article_over_the_size_limit_is_refused(make_briefing, tmp_path,
                                                            never_parsed):
    folder = make_briefing((SENTENCE + "\n\n") * (limits.MAX_FILE_BYTES // 100))
    result = run("build", folder, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    assert "article.md is 1.1 MB, over the limit of 1 MB" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_build_of_a_paragraph_over_the_limit_is_refused(make_briefing, tmp_path,
                                                        never_parsed):
    line = SENTENCE * (limits.MAX_LINE_CHARS // len(SENTENCE) + 1)
    folder = make_briefing(f"{SENTENCE}\n\n{line}\n")
    result = run("build", folder, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    article_line = FRONT.count("\n") + 4
    assert f"article.md:{article_line}: a line of {len(line):,} characters" in result.output
    assert "over the limit of 20,000 for a paragraph" in result.output


def test_the_paragraph_limit_counts_text_not_markup(make_briefing):
    # PM<sub>2.5</sub> and m<sup>3</sup>: the line is over 20,000 characters, its text not.
    unit = "PM<sub>2.5</sub>浓度为27μg/m<sup>3</sup>。"
    line = unit * (limits.MAX_PARAGRAPH_CHARS // len(unit) + 10)
    assert len(line) > limits.MAX_PARAGRAPH_CHARS
    briefing = loader.load_briefing(make_briefing(f"{SENTENCE}\n\n{line}\n"))
    assert len(list(briefing.walk_blocks())[1].text.plain) <= limits.MAX_PARAGRAPH_CHARS


def test_a_paragraph_of_many_lines_over_the_limit_is_refused(make_briefing, tmp_path):
    # Short source lines, one paragraph: found once parsed, before any layout.
    lines = "\n".join([SENTENCE] * (limits.MAX_PARAGRAPH_CHARS // len(SENTENCE) + 1))
    folder = make_briefing(f"{SENTENCE}\n\n{lines}\n")
    result = run("build", folder, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    assert "a paragraph of" in result.output and "over the limit of 20,000" in result.output


def test_build_of_a_table_over_the_row_limit_is_refused(make_briefing, tmp_path,
                                                        never_parsed):
    rows = "".join(f"| 第{i}断面 | {i} |\n" for i in range(limits.MAX_TABLE_CELLS // 2 + 5))
    folder = make_briefing(f"{SENTENCE}\n\n| 断面 | 天数 |\n|---|---:|\n{rows}")
    result = run("build", folder, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    assert "a table of 1,255 rows and 2,510 cells, over the limit of 2,500" in result.output
    assert "split the table" in result.output


def test_a_table_at_the_cell_limit_loads(make_briefing):
    rows = "".join(f"| 第{i}断面 | {i} |\n" for i in range(limits.MAX_TABLE_CELLS // 2))
    folder = make_briefing(f"{SENTENCE}\n\n| 断面 | 天数 |\n|---|---:|\n{rows}")
    briefing = loader.load_briefing(folder)
    table = next(b for b in briefing.walk_blocks() if b.kind == "table")
    assert len(table.rows) == limits.MAX_TABLE_CELLS // 2


def figures_yaml(rows: int) -> str:
    lines = ["groups:", "  - id: air", "    title: 大气", "    rows:"]
    for index in range(rows):
        lines += [f"      - label: 优良天数{index}", "        value: 281", "        unit: 天",
                  f"        source: {SENTENCE}"]
    return "\n".join(lines) + "\n"


def test_figures_over_the_row_limit_are_refused(make_briefing, tmp_path):
    folder = make_briefing(f"{SENTENCE}\n",
                           figures=figures_yaml(limits.MAX_FIGURE_ROWS + 1))
    result = run("build", folder, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    assert "figures.yaml: 201 key-figure rows, over the limit of 200" in result.output


# ------------------------------------------------------------------ linear growth


def calls(function, *args) -> int:
    """The Python function calls `function(*args)` makes: work, counted exactly."""
    profile = cProfile.Profile()
    profile.runcall(function, *args)
    return pstats.Stats(profile).total_calls


def article_of(shape: str, n: int) -> str:
    """article.md's body in a shape, n units big."""
    if shape == "paragraphs":
        return "\n\n".join([SENTENCE] * n) + "\n"
    if shape == "long paragraph":
        return SENTENCE * n + "\n"
    if shape == "table":
        return ("| 断面 | 天数 | 比例 |\n|---|---:|---:|\n"
                + "".join(f"| 第{i}断面 | {200 + i} | {i % 90}% |\n" for i in range(n)))
    if shape == "sections":
        return "".join(f"## 第{i}部分\n\n{SENTENCE}\n\n" for i in range(n))
    raise ValueError(shape)


SHAPES = ("paragraphs", "long paragraph", "table", "sections")


@pytest.mark.parametrize("shape", SHAPES)
def test_loading_checking_and_rendering_grow_linearly(shape, tmp_path):
    config = resolve_fonts(load_font_config(FONTS_DIR))

    def stages(folder):
        briefing = loader.load_briefing(folder)
        check_glyphs(briefing, config)
        render_html(briefing)

    counts = []
    for n in (40, 40, 80):  # the first run warms the caches; the second is the base
        folder = write_briefing(tmp_path / f"{shape}-{n}-{len(counts)}", article_of(shape, n))
        counts.append(calls(stages, folder))
    base, double = counts[1], counts[2]
    assert double < 2.3 * base, (shape, counts)


def test_figure_rows_are_located_linearly(tmp_path):
    counts = []
    for n in (20, 20, 40):
        folder = write_briefing(tmp_path / f"f{n}-{len(counts)}", article_of("paragraphs", n),
                                figures=figures_yaml(n))
        counts.append(calls(loader.load_briefing, folder))
    assert counts[2] < 2.3 * counts[1], counts


@pytest.mark.parametrize("shape", ["paragraphs", "long paragraph", "table"])
def test_import_grows_linearly(shape, tmp_path):
    counts = []
    for n in (30, 30, 60):
        source = raw(tmp_path, article_of(shape, n), f"{shape.replace(' ', '-')}-{n}.txt")
        counts.append(calls(import_article, source, tmp_path / f"data{len(counts)}",
                            "scale", True))
    assert counts[2] < 2.3 * counts[1], (shape, counts)


def test_an_html_table_over_the_cell_limit_is_refused(make_briefing, tmp_path):
    # Not a pipe table: counted once parsed, before any layout.
    rows = "".join(f"<tr><td>第{i}断面</td><td>{i}</td></tr>\n"
                   for i in range(limits.MAX_TABLE_CELLS // 2 + 1))
    folder = make_briefing(f"{SENTENCE}\n\n<table>\n<tr><th>断面</th><th>天数</th></tr>\n"
                           f"{rows}</table>\n")
    result = run("build", folder, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    assert "2,502 cells, over the limit of 2,500" in result.output
