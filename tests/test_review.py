"""Proposed key figures: written as proposals, listed by `check`, printed by no template
until accepted (`briefing figures accept` / `reject`, a line edit of figures.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import FIGURES as FIGURES_TEMPLATE
from conftest import PROJECT
from pdfread import page_texts, reader_text
from typer.testing import CliRunner

from briefing.build import build
from briefing.checks import check_briefing
from briefing.cli import app
from briefing.errors import InputError
from briefing.importer import import_article
from briefing.loader import load_briefing
from briefing.render import FONTS_DIR
from briefing.review import edit_text, review

runner = CliRunner()
NEWS = PROJECT / "tests" / "articles" / "heyang-air-news.txt"
MASTHEAD = """\
jianbao:
  name: 生态环境工作简报
  issue: 1
  unit: 河阳市生态环境局
  date: 2022-01-20
"""
# What each template prints only with a key-figure table or card: the table's head
# (指标 数值) in reprint and jianbao, the cards' heading in the handout.
MARKERS = {"reprint": "指标数值", "jianbao": "指标数值", "handout": "关键数据"}

SENTENCE_A = "今年优良天数281天。"
SENTENCE_B = "全年罚款16398.12万元。"
TWO_GROUPS = """\
# The editor's notes on the file stay.
groups:
  - id: air
    status: proposed
    title: 大气环境质量
    rows:
      - label: 优良天数
        value: 281
        unit: 天  # days
        source: 今年优良天数281天。
  # Reviewed by hand:
  - id: enforcement
    title: 环境执法
    rows:
      - label: 罚款
        value: 16398.12
        unit: 万元
        source: 全年罚款16398.12万元。
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """A fresh import of a news story; its front matter given a jianbao masthead."""
    result = import_article(NEWS, data_dir=tmp_path_factory.mktemp("import"), slug="news")
    article = result.folder / "article.md"
    text = article.read_text("utf-8")
    article.write_text(text.replace("options:\n", MASTHEAD + "options:\n", 1), "utf-8")
    return result.folder


def labels(folder: Path) -> list[str]:
    data = yaml.safe_load((folder / "figures.yaml").read_text("utf-8"))
    return [row["label"] for group in data["groups"] for row in group["rows"]]


def printed_beyond_article(pdf: Path, folder: Path) -> list[str]:
    """Labels the PDF shows more often than the article's own text says them."""
    # Read two ways: pdfplumber's lines may part a subscript from its word (PM / 2.5 in a
    # tightly leaded table), pdftotext's reading order may interleave narrow columns (the
    # handout's cards); a label is printed as often as either reading finds it.
    texts = (compact("".join(page_texts(pdf))), compact(reader_text(pdf)))
    # (the article's own <sub>/<sup> marks are markup, not text the reader sees)
    article = compact(re.sub(r"</?su[bp]>", "", (folder / "article.md").read_text("utf-8")))
    return [label for label in labels(folder)
            if max(text.count(label) for text in texts) > article.count(label)]


def test_importer_writes_every_group_as_a_proposal(imported):
    data = yaml.safe_load((imported / "figures.yaml").read_text("utf-8"))
    assert data["groups"] and all(g["status"] == "proposed" for g in data["groups"])
    briefing = load_briefing(imported)
    assert briefing.figures == [] and len(briefing.proposed_figures) == len(data["groups"])


def test_check_lists_proposed_groups_with_line_title_and_rows(imported):
    report = check_briefing(imported, FONTS_DIR)
    briefing = load_briefing(imported)
    assert report.problems == []
    assert len(report.proposed) == len(briefing.proposed_figures)
    for problem, group in zip(report.proposed, briefing.proposed_figures, strict=True):
        assert problem.file.name == "figures.yaml" and problem.line == group.line
        assert group.title in problem.message and f"{len(group.rows)} row" in problem.message
        assert group.rows[0].label in problem.message
        assert "briefing figures accept" in problem.fix and group.id in problem.fix
    result = run("check", imported)
    assert result.exit_code == 0, result.output
    assert "proposed:" in result.output and "figures.yaml:" in result.output


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_fresh_import_prints_no_key_figures_until_accepted(imported, tmp_path, template):
    before = tmp_path / "before.pdf"
    result = build(imported, before, template=template)
    count = len(load_briefing(imported).proposed_figures)
    note = (f"{count} proposed key-figure group{'s' if count > 1 else ''} left out — "
            "review")
    assert any(w.startswith(note) and "briefing figures " in w for w in result.warnings)
    text = compact("".join(page_texts(before)))
    assert MARKERS[template] not in text
    assert printed_beyond_article(before, imported) == []

    accepted = tmp_path / "accepted"
    accepted.mkdir()
    for name in ("article.md", "figures.yaml"):
        (accepted / name).write_bytes((imported / name).read_bytes())
    review(accepted, "accept", [])
    after = tmp_path / "after.pdf"
    result = build(accepted, after, template=template)
    assert not any("left out" in w for w in result.warnings)
    assert MARKERS[template] in compact("".join(page_texts(after)))
    if template == "handout":  # a digest: its cards, not the whole text, print labels
        printed = compact(reader_text(after)) + compact("".join(page_texts(after)))
        assert any(label in printed for label in labels(accepted))
    else:
        assert printed_beyond_article(after, accepted)


def test_build_says_it_in_one_line_on_the_command_line(make_briefing, tmp_path):
    folder = make_briefing(f"{SENTENCE_A}{SENTENCE_B}\n", figures=TWO_GROUPS)
    result = run("build", folder, "-o", tmp_path / "o.pdf")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "left out" in line]
    assert len(lines) == 1
    assert "1 proposed key-figure group left out — review it with `briefing figures" in lines[0]


def test_sample_keeps_its_reviewed_groups():
    briefing = load_briefing(PROJECT / "data" / "lvliang-2021")
    assert briefing.proposed_figures == []
    assert [g.id for g in briefing.figures][:3] == ["air", "water", "enforcement"]


def test_accept_is_a_line_edit_that_keeps_comments(make_briefing):
    folder = make_briefing(f"{SENTENCE_A}{SENTENCE_B}\n", figures=TWO_GROUPS)
    result = run("figures", "accept", folder, "air")
    assert result.exit_code == 0, result.output
    text = (folder / "figures.yaml").read_text("utf-8")
    assert text == TWO_GROUPS.replace("status: proposed", "status: accepted")
    assert [g.id for g in load_briefing(folder).figures] == ["air", "enforcement"]
    assert not list(folder.glob(".figures.*"))  # no temp file left


def test_reject_removes_the_group_and_keeps_other_comments(make_briefing):
    folder = make_briefing(f"{SENTENCE_A}{SENTENCE_B}\n", figures=TWO_GROUPS)
    result = run("figures", "reject", folder, "air")
    assert result.exit_code == 0, result.output
    text = (folder / "figures.yaml").read_text("utf-8")
    assert "id: air" not in text and "优良天数" not in text
    assert "# The editor's notes on the file stay." in text and "# Reviewed by hand:" in text
    assert [g.id for g in load_briefing(folder).figures] == ["enforcement"]


def test_listing_shows_status(make_briefing):
    folder = make_briefing(f"{SENTENCE_A}{SENTENCE_B}\n", figures=TWO_GROUPS)
    result = runner.invoke(app, ["figures", str(folder)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    air = next(line for line in result.output.splitlines() if " air " in line)
    enforcement = next(line for line in result.output.splitlines() if "enforcement" in line)
    assert "proposed" in air and "大气环境质量" in air and "优良天数" in air
    assert "accepted" in enforcement
    assert "1 proposed group(s)" in result.output


@pytest.mark.parametrize(("args", "fix"), [
    (["accept", "{folder}", "water"], "give a group id: air, enforcement"),
    (["reject", "{folder}", "air", "nope"], "give a group id: air, enforcement"),
    (["accept", "{folder}", "enforcement"], "accept a proposed group: air"),
    (["reject", "{folder}"], "briefing figures reject"),
    (["{folder}", "air"], "briefing figures accept|reject"),
])
def test_bad_group_names_exit_2_with_a_fix_and_change_nothing(make_briefing, args, fix):
    folder = make_briefing(f"{SENTENCE_A}{SENTENCE_B}\n", figures=TWO_GROUPS)
    result = run("figures", *(a.format(folder=folder) for a in args))
    assert result.exit_code == 2, result.output
    assert "fix:" in result.output and compact(fix) in compact(result.output)
    assert (folder / "figures.yaml").read_text("utf-8") == TWO_GROUPS


def test_an_edit_that_would_not_load_is_not_written(make_briefing):
    folder = make_briefing(SENTENCE_A + "\n", figures=FIGURES_TEMPLATE.format(
        sentence=SENTENCE_A).replace("    title:", "    status: proposed\n    title:"))
    broken = (folder / "figures.yaml").read_text("utf-8").replace("value: 281", "value: x")
    (folder / "figures.yaml").write_text(broken, "utf-8")
    with pytest.raises(InputError):
        review(folder, "accept", ["air"])
    assert (folder / "figures.yaml").read_text("utf-8") == broken


def test_edit_text_handles_flow_style_status_and_the_last_group(tmp_path):
    text = ("groups:\n  - {id: a, status: proposed, title: T, rows: []}\n"
            "  - id: b\n    status: 'proposed'\n    title: U\n    rows: []\n# end\n")
    accepted = edit_text(text, tmp_path / "figures.yaml", "accept", {"a", "b"})
    assert accepted == text.replace("status: proposed", "status: accepted").replace(
        "status: 'proposed'", "status: accepted")
    rejected = edit_text(text, tmp_path / "figures.yaml", "reject", {"b"})
    assert rejected == "groups:\n  - {id: a, status: proposed, title: T, rows: []}\n# end\n"


def test_import_says_its_groups_are_proposals(tmp_path):
    result = run("import", NEWS, "--data-dir", tmp_path, "--slug", "news")
    assert result.exit_code == 0, result.output
    assert "key-figure group(s) proposed, printed nowhere until accepted" in \
        result.output.replace("\n", " ")
