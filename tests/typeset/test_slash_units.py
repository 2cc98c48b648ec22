"""A loose line before a compound unit written with a slash (「…PM10月平均值为」 /
「59.1微克/立方米，」: three loose lines in a row in a 通榆 bulletin's reprint, 0.36 em,
and one at 0.48 em in its 简报). 「微克/立方米」 is one word and the number keeps it, so no
means the layer had could take the unit in or give the line a character. The last means
(rules.soft_bans, layout_patches `_relax`): the line laid out again with a break allowed
after the unit's slash, 「59.1微克/」 / 「立方米，」 — CLREQ's basic level lets 「/」 end a
line, its strict level (ours) does not, so only where the line would otherwise stand
loose; 「/」 never starts a line and the number keeps the unit's first word. Made-up
paragraphs, measured from glyph positions in reprint and jianbao."""

from __future__ import annotations

import pytest
from conftest import write_briefing
from pdfread import paragraph_lines

from briefing.build import build
from briefing.preflight import measure
from briefing.typeset import rules

FILL = "全市生态环境系统坚持以习近平生态文明思想为指导深入打好"
SENTENCE = ("颗粒物月平均值为59.1微克/立方米，细颗粒物月平均值为29.1微克/立方米，"
            "二氧化硫月平均值为7.5微克/立方米，各项均符合二级标准。")
FRONT = {"reprint": "---\ntitle: 测试\ndate: 2021-03-19\ntemplate: reprint\n---\n",
         "jianbao": ("---\ntitle: 测试\ndate: 2021-03-19\ntemplate: jianbao\n"
                     "jianbao: {name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}\n---\n")}
# Characters of FILL before the sentence: with the slash kept whole, the paragraphs of
# "loose" had a line over a quarter em loose before 「29.1微克/立方米」 or 「7.5微克/立方米」,
# or a first line, which has no mark to compress, before 「59.1微克/立方米」 (reprint 20,
# jianbao 11: the last means were tried only on a line with a mark); those of "tight"
# set tight with every unit whole.
CASES = {"reprint": {"loose": (3, 4, 20), "tight": (2, 5)},
         "jianbao": {"loose": (4, 5, 11), "tight": (3, 6)}}


def paragraphs(path) -> list[list[str]]:
    """Each body paragraph's lines; a subscript's digits stand on their line."""
    return paragraph_lines(path, "全市")


@pytest.fixture(scope="module", params=["reprint", "jianbao"])
def built(request, tmp_path_factory):
    template = request.param
    root = tmp_path_factory.mktemp(f"slash-{template}")
    ks = sorted(CASES[template]["loose"] + CASES[template]["tight"])
    body = "\n\n".join(FILL[:k] + SENTENCE for k in ks) + "\n"
    folder = write_briefing(root / "units", body, front=FRONT[template])
    return template, ks, build(folder, root / "units.pdf").output


def test_no_loose_line_before_a_slashed_unit(built):
    _, _, pdf = built
    report = measure(pdf)
    assert report.loose_lines == [] and report.forced_loose_lines == []
    assert not [v for v in report.violations
                if v.kind in ("number-unit-split", "line-end", "line-start")], report.violations


def test_the_unit_breaks_after_its_slash_only_where_needed(built):
    template, ks, pdf = built
    found = paragraphs(pdf)
    assert len(found) == len(ks)
    for k, lines in zip(ks, found, strict=True):
        text = "\n".join(lines)
        assert "\n/" not in text and "微\n克" not in text and "立\n方" not in text
        if k in CASES[template]["loose"]:
            # the break falls after the slash: the number keeps 「微克/」, 立方米 is whole
            assert "微克/\n立方米" in text, (k, lines)
        else:
            assert "/\n" not in text, (k, lines)


@pytest.mark.parametrize(("text", "soft"), [
    ("为59.1微克/立方米，", ["为59.1微克/|立方米，"]),
    ("产能300万吨/年", ["产能300万吨/|年"]),
    ("浓度5μg/m3", []), ("和/或", []), ("1/2", [])])
def test_soft_slash(text, soft):
    assert [text[:i + 1] + "|" + text[i + 1:] for i in sorted(rules.soft_bans(text))] == soft
    assert set(rules.no_break_pairs(text, relaxed=True)) == \
        set(rules.no_break_pairs(text)) - rules.soft_bans(text)


@pytest.mark.parametrize(("before", "after", "soft", "split"), [
    ("为59.1微克/", "立方米，", True, False), ("为59.1微克", "/立方米，", False, True),
    ("为59.1微克/立", "方米，", False, True), ("和/", "或", False, False)])
def test_preflight_accepts_the_slash_break_only(before, after, soft, split):
    # preflight's line-end check lets 「/」 end a line at a soft break only
    assert rules.soft_break(before, after) is soft
    assert rules.splits_number_unit(before, after) is split
