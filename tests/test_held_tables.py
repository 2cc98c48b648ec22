"""Tables held for review: a table the importer rebuilt on a guess stands in article.md
under a marker line, is printed by no template, listed by `check`, counted by the build's
summary, and accepted or rejected with `briefing tables` (README: Held tables)."""

from __future__ import annotations

import re

import pytest
from pdfread import page_texts
from typer.testing import CliRunner

from briefing.build import build
from briefing.checks import check_briefing, held_tables
from briefing.cli import app
from briefing.errors import InputError
from briefing.loader import load_briefing
from briefing.render import FONTS_DIR
from briefing.review import review_tables

runner = CliRunner()
MARKER = ("<!-- held table (delete this line to print it): rebuilt from cells a line each "
          "— check each value's column -->")
BODY = f"""\
前言段落写在这里。

{MARKER}
Table: 表1 各县空气质量
| 县 | 优良率 |
|---|---|
| 甲县 | 81.7 |

::: note
注：甲县的注释。
:::

中间的段落。

| 城市 | 天数 |
|---|---|
| 乙市 | 236 |

后面的段落。
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def marker_line(folder) -> int:
    lines = (folder / "article.md").read_text("utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if line.startswith("<!-- held table"))


def test_loader_holds_the_table_under_a_marker(make_briefing):
    folder = make_briefing(BODY)
    briefing = load_briefing(folder)
    [held] = briefing.held_tables
    assert held.held == "rebuilt from cells a line each — check each value's column"
    assert held.held_line == marker_line(folder)
    assert held.caption.plain == "表1 各县空气质量" and held.notes[0].plain == "注：甲县的注释。"
    printed = [b for b in briefing.walk_blocks() if b.kind == "table"]
    assert [t.rows[0][0].plain for t in printed] == ["乙市"]  # the other table prints


def test_a_marker_above_no_table_is_an_error(make_briefing):
    folder = make_briefing(f"段落。\n\n{MARKER}\n另一段落。\n")
    with pytest.raises(InputError) as error:
        load_briefing(folder)
    assert "held-table marker stands above no table" in str(error.value)
    assert error.value.problems[0].line == marker_line(folder)


def test_check_lists_each_held_table_with_its_line_and_why(make_briefing):
    folder = make_briefing(BODY)
    report = check_briefing(folder, FONTS_DIR)
    [problem] = report.held
    assert problem.line == marker_line(folder) and problem.file.name == "article.md"
    assert "表1 各县空气质量" in problem.message and "check each value's column" in problem.message
    assert "briefing tables accept" in problem.fix
    assert "1 tables held for review" in report.summary
    result = run("check", folder)
    assert result.exit_code == 0 and "held:" in result.output


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_build_prints_no_held_table_and_says_so(make_briefing, tmp_path, template):
    from conftest import FRONT

    masthead = "jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局}\n"
    folder = make_briefing(BODY, front=FRONT.replace("template: reprint\n",
                                                     f"template: {template}\n{masthead}"))
    pdf = tmp_path / "held.pdf"
    result = build(folder, pdf, template=template)
    text = compact("".join(page_texts(pdf)))
    assert "甲县" not in text and "81.7" not in text and "各县空气质量" not in text
    assert "甲县的注释" not in text  # its note goes with it: nothing in its place
    assert "乙市" in text and "236" in text
    assert any(w.startswith("1 table held for review") for w in result.warnings)
    review_tables(folder, "accept", [])
    result = build(folder, pdf, template=template)
    text = compact("".join(page_texts(pdf)))
    assert "甲县" in text and "81.7" in text and "各县空气质量" in text
    assert not any("held for review" in w for w in result.warnings)


def test_accept_deletes_only_the_marker_line(make_briefing):
    folder = make_briefing(BODY)
    before = (folder / "article.md").read_text("utf-8")
    line = marker_line(folder)
    result = run("tables", "accept", folder, line)
    assert result.exit_code == 0, result.output
    after = (folder / "article.md").read_text("utf-8")
    assert after == before.replace(MARKER + "\n", "")
    assert load_briefing(folder).held_tables == []


def test_reject_removes_the_table_and_keeps_its_note(make_briefing):
    folder = make_briefing(BODY)
    result = run("tables", "reject", folder, marker_line(folder))
    assert result.exit_code == 0, result.output
    after = (folder / "article.md").read_text("utf-8")
    assert "81.7" not in after and "各县空气质量" not in after and "held table" not in after
    assert "前言段落写在这里。\n\n::: note\n注：甲县的注释。\n:::" in after
    assert "乙市" in after
    assert load_briefing(folder).held_tables == []


def test_listing_and_bad_lines(make_briefing):
    folder = make_briefing(BODY)
    line = marker_line(folder)
    result = run("tables", folder)
    assert result.exit_code == 0
    assert f"article.md:{line}:" in result.output and "1 table(s) held" in result.output
    before = (folder / "article.md").read_text("utf-8")
    result = run("tables", "accept", folder, line + 1)
    assert result.exit_code == 2 and f"give the line of a held table's marker: {line}" in \
        result.output
    assert run("tables", "reject", folder).exit_code == 2
    assert (folder / "article.md").read_text("utf-8") == before


def test_no_held_table_in_the_sample():
    from conftest import PROJECT

    assert held_tables(load_briefing(PROJECT / "data" / "lvliang-2021")) == []


def test_the_corpus_scorer_reads_a_held_table_and_skips_its_marker(tmp_path):
    from bench.import_score import compare, read_blocks
    from briefing.importer.render import held_marker

    plain = (
        "---\ntitle: 标题\n---\n\n前言段落。\n\nTable: 表1 各县空气质量\n| 县 | 优良率 |\n|---|---|\n"
        "| 甲县 | 81.7 |\n")
    held = plain.replace("Table:", held_marker("rebuilt from cells a line each") + "\nTable:")
    gold = read_blocks(plain, tmp_path / "gold.md")
    output = read_blocks(held, tmp_path / "article.md")
    assert output[:-1] == gold[:-1] and output[-1].cells == gold[-1].cells
    assert output[-1].held and not gold[-1].held
    assert [b.role for b in output][-2:] == ["table-caption", "table"]
    score = compare(gold, output, "made-up", "tuning")
    assert score.cells_right == score.cells_gold == 4
    assert score.lost == 0 and score.invented == 0


def test_reject_keeps_a_note_written_right_under_the_table(make_briefing):
    folder = make_briefing(BODY.replace("| 甲县 | 81.7 |\n\n::: note", "| 甲县 | 81.7 |\n::: note"))
    assert load_briefing(folder).held_tables[0].notes  # still the table's note
    review_tables(folder, "reject", [marker_line(folder)])
    after = (folder / "article.md").read_text("utf-8")
    assert "81.7" not in after and "::: note\n注：甲县的注释。\n:::" in after


def test_briefing_review_lists_accepts_and_rejects_groups_and_tables_alike(make_briefing):
    from conftest import FIGURES

    sentence = "今年优良天数281天。"
    proposed = FIGURES.format(sentence=sentence).replace(
        "  - id: air\n", "  - id: air\n    status: proposed\n")
    folder = make_briefing(sentence + "\n\n" + BODY, figures=proposed)
    line = marker_line(folder)
    result = run("review", folder)
    assert result.exit_code == 0, result.output
    assert "'air'" in result.output and f"article.md:{line}:" in result.output
    assert "2 item(s) printed nowhere until accepted" in result.output
    before = {name: (folder / name).read_text("utf-8") for name in ("article.md", "figures.yaml")}
    for bad in (["accept", folder, line + 1], ["accept", folder, "water"],
                ["accept", folder, line, "water"], ["reject", folder]):
        assert run("review", *bad).exit_code == 2
        assert {n: (folder / n).read_text("utf-8") for n in before} == before  # nothing done
    result = run("review", "accept", folder)
    assert result.exit_code == 0, result.output
    briefing = load_briefing(folder)
    assert briefing.held_tables == [] and briefing.proposed_figures == []
    assert [g.id for g in briefing.figures] == ["air"]


def test_briefing_review_rejects_a_table_by_its_line(make_briefing):
    folder = make_briefing(BODY)
    result = run("review", "reject", folder, marker_line(folder))
    assert result.exit_code == 0, result.output
    assert "81.7" not in (folder / "article.md").read_text("utf-8")


# The import report as the importer writes it (briefing/importer/records.py): a held
# table's spot is named by its caption, else by its first row's first 40 characters.
REPORT = """\
# Import report: held.txt

## For the editor to review

- [ ] line 3 · join-split-paragraph: 「…优良 ⏎ 率…」 → 「…优良率…」 — joined.
- [ ] line 5 · table-held: 「表1 各县空气质量」 → 「」 — Written held for review.
- [x] line 9 · caption: 「表1」 — reviewed already.
"""
SPOT = "- [ ] line 5 · table-held: 「表1 各县空气质量」"


@pytest.mark.parametrize("action", ["accept", "reject"])
def test_answering_a_held_table_ticks_its_spot_in_the_import_report(make_briefing, action):
    folder = make_briefing(BODY)
    (folder / "import-report.md").write_text(REPORT, "utf-8")
    review_tables(folder, action, [marker_line(folder)])
    report = (folder / "import-report.md").read_text("utf-8")
    # Accepted or rejected, the question is answered: only its spot is ticked.
    assert report == REPORT.replace(SPOT, SPOT.replace("[ ]", "[x]"))


def test_tables_of_one_name_tick_their_own_spots_in_order(make_briefing):
    table = MARKER + "\n| 县 | 优良率 |\n|---|---|\n| {0} | 81.7 |\n"
    folder = make_briefing(f"前言。\n\n{table.format('甲县')}\n中间。\n\n{table.format('乙县')}")
    name = "| 县 | 优良率 |"  # (the report escapes its bars)
    spot = "- [ ] line {0} · table-held: 「" + name.replace("|", "\\|") + "」 → 「」 — held."
    report = f"# Import report\n\n{spot.format(3)}\n{spot.format(9)}\n"
    (folder / "import-report.md").write_text(report, "utf-8")
    second = [i for i, line in enumerate((folder / "article.md").read_text("utf-8")
                                         .split("\n"), 1) if line.startswith("<!-- held")][1]
    review_tables(folder, "accept", [second])
    after = (folder / "import-report.md").read_text("utf-8")
    assert after == report.replace("[ ] line 9", "[x] line 9")
    review_tables(folder, "reject", [marker_line(folder)])
    after = (folder / "import-report.md").read_text("utf-8")
    assert after == report.replace("[ ]", "[x]")


def test_answering_a_held_table_without_a_report_writes_none(make_briefing):
    folder = make_briefing(BODY)
    review_tables(folder, "accept", [marker_line(folder)])
    assert not (folder / "import-report.md").exists()


def test_cli_accept_and_reject_tick_the_imported_tables_spots(tmp_path):
    from briefing.importer import import_article

    table = "{0} | SO2 | NO2 | PM10 | 天数 | 优良率 |\n综合值 | 浓度值 | 28 | 96.4 | ||\n9 | 8 | 45 |"
    source = tmp_path / "bulletin.txt"
    source.write_text("某县环境质量月报\n\n一、空气\n\n本月优良天数27天，详见下表。\n\n"
                      + table.format("站点") + "\n\n二、水\n\n断面水质见下表。\n\n"
                      + table.format("断面") + "\n\n三、其他\n\n本月无其他情况。\n", "utf-8")
    folder = import_article(source, data_dir=tmp_path / "data", slug="b").folder
    article = (folder / "article.md").read_text("utf-8").split("\n")
    first, second = [i for i, line in enumerate(article, 1) if line.startswith("<!-- held")]
    report = (folder / "import-report.md").read_text("utf-8")
    spots = re.findall(r"^- \[ \] line \d+ · table-held: .*$", report, re.M)
    assert len(spots) == 2 and "站点" in spots[0] and "断面" in spots[1]

    result = run("tables", "accept", folder, first)
    assert result.exit_code == 0, result.output
    after = (folder / "import-report.md").read_text("utf-8")
    assert after == report.replace(spots[0], spots[0].replace("[ ]", "[x]", 1))
    result = run("review", "reject", folder, second - 1)  # the first marker line is gone
    assert result.exit_code == 0, result.output
    after = (folder / "import-report.md").read_text("utf-8")
    assert after == report.replace(spots[0], spots[0].replace("[ ]", "[x]", 1)) \
        .replace(spots[1], spots[1].replace("[ ]", "[x]", 1))
    assert load_briefing(folder).held_tables == []
