"""Figure provenance: every key figure keeps a link to its sentence; `check` reports a
table the text no longer backs at both places; `build --strict` refuses to build then."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED
from typer.testing import CliRunner

from briefing import provenance
from briefing.build import build
from briefing.checks import StaleFigures, check_briefing, stale_figures
from briefing.cli import app
from briefing.importer import import_article
from briefing.importer.figures import rows_in_sentence
from briefing.loader import load_briefing
from briefing.render import FONTS_DIR

AIR = ("2021年，吕梁市区优良天数281天，优良天数比例为77%，在全省设区市排名第四；"
       "PM2.5平均浓度为27μg/m3，同比下降18.2%。")
BODY = f"""\
    导语一句。

    ## 大气

    {AIR}
    """
FIGURES = f"""\
groups:
  - id: air
    title: 大气环境质量
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: {AIR}
      - label: 优良天数比例
        value: 77
        unit: '%'
        rank: 在全省设区市排名第四
        source: {AIR}
      - label: PM2.5平均浓度
        value: 27
        unit: μg/m³
        change: 同比下降18.2%
        source: {AIR}
"""
ARTICLE_LINE = 14  # front matter (8 lines), blank, 导语, blank, heading, blank, the sentence


@pytest.fixture
def folder(make_briefing) -> Path:
    return make_briefing(BODY, figures=FIGURES)


def edit_article(folder: Path, old: str, new: str) -> None:
    article = folder / "article.md"
    text = article.read_text("utf-8")
    assert old in text
    article.write_text(text.replace(old, new), "utf-8")


def test_every_row_is_linked_to_its_sentence(folder):
    briefing = load_briefing(folder)
    assert (folder / "article.md").read_text("utf-8").splitlines()[ARTICLE_LINE - 1] == AIR
    for row in briefing.figures[0].rows:
        assert row.cited.exact and row.cited.line == ARTICLE_LINE
        assert row.cited.sentence == AIR
    assert stale_figures(briefing) == []


def test_locate_finds_edited_and_reworded_sentences():
    passages = [provenance.Passage("p1", 3, "第一句话。" + AIR.replace("281", "285")),
                provenance.Passage("p2", 5, "完全无关的另一段文字。")]
    cited = provenance.locate(AIR, passages)
    assert (cited.block, cited.line, cited.exact) == ("p1", 3, False)
    assert cited.sentence == AIR.replace("281", "285")
    reworded = AIR.replace("优良天数比例为", "优良天数占比")
    assert provenance.locate(AIR, [provenance.Passage("p", 1, reworded)]).sentence == reworded
    assert provenance.locate(AIR, [provenance.Passage("p", 1, "完全无关的另一段文字。")]) is None
    assert provenance.locate(AIR, [provenance.Passage("p", 1, AIR)]).exact


def test_an_edited_number_makes_the_row_stale_at_both_places(folder):
    edit_article(folder, "优良天数281天", "优良天数285天")
    problems = stale_figures(load_briefing(folder))
    assert len(problems) == 3  # the stale row; the two others cite an edited sentence
    stale = problems[0]
    assert stale.file == folder / "figures.yaml" and stale.line == 5
    assert "value 281" in stale.message
    assert f"{folder / 'article.md'}:{ARTICLE_LINE}" in stale.message
    assert "优良天数285天" in stale.message
    assert all("edited" in p.message and f"article.md:{ARTICLE_LINE}" in p.message
               for p in problems[1:])
    assert [p.line for p in problems[1:]] == [9, 14]


def test_a_value_edited_in_the_table_is_stale(folder):
    figures = folder / "figures.yaml"
    figures.write_text(figures.read_text("utf-8").replace("value: 77", "value: 78"), "utf-8")
    [problem] = stale_figures(load_briefing(folder))
    assert problem.line == 9 and "value 78" in problem.message
    assert f"article.md:{ARTICLE_LINE}" in problem.message


def test_a_stale_change_or_rank_is_reported(folder):
    edit_article(folder, "同比下降18.2%", "同比下降17.5%")
    edit_article(folder, "排名第四", "排名第三")
    messages = [p.message for p in stale_figures(load_briefing(folder))]
    assert any("rank 「在全省设区市排名第四」" in m for m in messages)
    assert any("change 「同比下降18.2%」" in m for m in messages)
    # 「分别下降11.6%、11.2%」: the second row's 「下降11.2%」 is not a substring, but it holds.
    row = load_briefing(folder).figures[0].rows[2].model_copy(
        update={"change": "下降11.2%"})
    row.cited = row.cited.model_copy(update={"sentence": "COD、氨氮分别下降11.6%、11.2%。"})
    row.value = row.value.__class__("11.6")
    assert provenance.stale_parts(row) == []


def test_check_fails_and_names_both_places(folder):
    edit_article(folder, "优良天数281天", "优良天数285天")
    report = check_briefing(folder, FONTS_DIR)
    assert any("stale" in p.message for p in report.problems)
    result = CliRunner().invoke(app, ["check", str(folder)])
    assert result.exit_code == 1
    output = " ".join(result.output.split())
    assert "figures.yaml:5" in output and f"article.md:{ARTICLE_LINE}" in output


def test_strict_build_refuses_a_stale_table(folder, tmp_path):
    edit_article(folder, "优良天数281天", "优良天数285天")
    out = tmp_path / "out.pdf"
    with pytest.raises(StaleFigures) as caught:
        build(folder, out, strict=True)
    assert caught.value.exit_code == 1 and not out.exists()
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "--strict"])
    assert result.exit_code == 1 and not out.exists()
    # Without --strict it builds, and says why the table is suspect.
    built = build(folder, out)
    assert out.exists() and any("stale" in w for w in built.warnings)


def test_a_sentence_that_is_gone_is_still_a_load_error(folder):
    edit_article(folder, AIR, "全文已经改写，没有任何相同的内容。")
    from briefing.errors import InputError

    with pytest.raises(InputError, match="cites a sentence that is not in article.md"):
        load_briefing(folder)


# ---------------------------------------------------------------- the extractor


@pytest.mark.parametrize(("sentence", "expected"), [
    # The rank is the decline's (降幅), which the sentence does not give: not the level's.
    ("PM2.5平均浓度为27μg/m3，降幅全省第一。",
     [("PM2.5平均浓度", "27", "μg/m³", None, None)]),
    ("优良天数281天排名全省第一。", [("优良天数", "281", "天", None, "排名全省第一")]),
    ("PM2.5平均浓度27μg/m3同比下降18.2%。",
     [("PM2.5平均浓度", "27", "μg/m³", "同比下降18.2%", None)]),
    ("空气质量综合指数4.12，全省第三。", [("空气质量综合指数", "4.12", "", None, "全省第三")]),
    ("森林覆盖率达38.2%，比上年提高1.2个百分点，位居全省前列。",
     [("森林覆盖率", "38.2", "%", "比上年提高1.2个百分点", "位居全省前列")]),
    # 「与上年持平」: no change is a change too (issue 12's gold figures say so)
    ("优良断面比例为53.3%，与上年持平。", [("优良断面比例", "53.3", "%", "与上年持平", None)]),
])
def test_extractor_finds_comparisons_ranks_and_shares(sentence, expected):
    rows = [(r.label, r.value, r.unit, r.change, r.rank) for r in rows_in_sentence(sentence)]
    assert rows == expected
    assert all(r.source == sentence for r in rows_in_sentence(sentence))


def test_imported_figures_link_to_their_sentences_across_the_article(tmp_path):
    """The seed: figures from the lead and from the last sections, each row's sentence
    found word for word in the written article.md, nothing stale."""
    result = import_article(SEED, data_dir=tmp_path, slug="seed")
    briefing = load_briefing(result.folder)
    # The importer's groups are proposals (issue 12): linked all the same.
    rows = [row for group in briefing.proposed_figures for row in group.rows]
    assert len(rows) > 40
    assert all(row.cited is not None and row.cited.exact for row in rows)
    lines = {row.cited.line for row in rows}
    article_lines = len((result.folder / "article.md").read_text("utf-8").splitlines())
    assert min(lines) < 20 and max(lines) > article_lines * 0.7  # lead … late sections
    assert stale_figures(briefing) == []
    assert any(row.rank for row in rows) and any(row.change for row in rows)
    assert any(row.unit == "%" for row in rows)



def test_a_row_citing_a_figure_and_its_change_in_the_next_paragraph_is_located():
    # The importer gives a level the change said in the paragraph after it (「与去年同期
    # 相比，…」): the row cites both sentences, and the loader finds them at the first.
    levels = "全县细颗粒物（PM<sub>2.5</sub>）月日均浓度为0.031毫克/立方米。"
    change = "与去年同期相比，细颗粒物月日均浓度下降12.4%。"
    passages = [provenance.Passage("p1", 3, "导语一句。"),
                provenance.Passage("p2", 5, levels.replace("<sub>", "").replace("</sub>", "")),
                provenance.Passage("p3", 7, change),
                provenance.Passage("p4", 9, "其他内容。")]
    source = "全县细颗粒物（PM2.5）月日均浓度为0.031毫克/立方米。" + change
    cited = provenance.locate(source, passages)
    assert (cited.block, cited.line, cited.sentence, cited.exact) == ("p2", 5, source, True)
    # …but not sentences from paragraphs apart, nor one no paragraph holds
    assert provenance.across_paragraphs("导语一句。" + change, passages) is None
    # a number edited since: found, not exact, the sentences as they read now
    edited = provenance.locate(source.replace("12.4", "99.9"), passages)
    assert (edited.block, edited.exact, edited.sentence) == ("p2", False, source)


def test_an_imported_bulletin_whose_changes_follow_in_the_next_paragraph_loads(tmp_path):
    # Imported, then loaded as `build` loads it: every proposed row finds its sentences
    # (a bulletin's import once wrote rows its own build refused).
    source = tmp_path / "bulletin.txt"
    source.write_text(
        "某县2024年3月环境空气质量月报\n\n"
        "2024年3月，全县空气质量优良天数为28天，优良率为90.3%。细颗粒物（PM2.5）和臭氧的"
        "月日均浓度分别为0.031毫克/立方米和0.102毫克/立方米。\n\n"
        "与去年同期相比，优良天数增加3天，细颗粒物和臭氧月日均浓度分别下降12.4%、5.1%。\n",
        "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    briefing = load_briefing(result.folder)
    rows = [row for group in briefing.proposed_figures for row in group.rows]
    assert rows and all(row.cited is not None for row in rows)
    assert any(row.change == "下降12.4%" for row in rows)
