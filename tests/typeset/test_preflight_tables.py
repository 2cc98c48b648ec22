"""Preflight tells body text from table cells by the tables' ruling (briefing/preflight.py
`table_cells`: the lines of a row between two rules of the same extent): in a bulletin
set mostly in its tables the body face is the paragraphs' (reprint 12 pt, jianbao's 16 pt
仿宋), not the cells', so its justified lines are measured against their own edge — no
false ragged lines, none past the margin — and a ragged body line made on purpose is
still named. Real builds, measured from glyph positions."""

from __future__ import annotations

import pytest

from briefing.build import build
from briefing.preflight import measure

FRONT = """\
---
title: 某县2023年5月份环境空气质量情况通报
date: 2023-06-20
template: {template}
jianbao: {{name: 生态环境工作简报, issue: 1, unit: 某某县生态环境局办公室, date: 2023-06-20}}
---
"""
# 為 and 質: Traditional characters the jianbao's 仿宋 (FandolFang, GB2312) lacks, set
# in the fallback face at the end of a justified line as often as not.
PARAGRAPH = ("2023年5月份，全县環境空氣質量優良天數為28天，同比增加1天；綜合指數為4.03，"
             "同比改善3.1%；細顆粒物平均濃度為29微克/立方米，同比改善3.3%，各区县空氣質量"
             "總體穩定，個別区县臭氧濃度有所上升，已通知屬地排查原因並加強管控措施。")
COUNTIES = ["沂源县", "博山区", "文昌湖区", "高青县", "桓台县", "张店区", "淄川区", "周村区",
            "临淄区", "经开区", "高新区", "沂源县"]


def table(caption: str) -> str:
    rows = "\n".join(f"| {name} | {3 + i / 10:.2f}({4 + i / 10:.2f}) | {30 + i}({70 + i}) "
                     f"| {name} | {4 + i / 10:.2f}({5 + i / 10:.2f}) | {50 + i}({90 + i}) |"
                     for i, name in enumerate(COUNTIES))
    return (f"Table: {caption}\n| 区县 | 综合指数 | 排名 | 区县 | 累计综合指数 | 累计排名 |\n"
            f"|---|---:|---:|---|---:|---:|\n{rows}\n")


def body(ragged: bool = False) -> str:
    # `ragged`: a line broken by hand (<br>) in the middle of the first paragraph — a
    # justified line short of the edge, what preflight is there to name.
    first = PARAGRAPH[:30] + "<br>" + PARAGRAPH[30:] if ragged else PARAGRAPH
    return (f"## 一、环境空气质量状况\n\n{first}\n\n{PARAGRAPH}\n\n{table('表1 各区县综合指数排名')}\n"
            f"## 二、各区县排名情况\n\n{table('表2 各区县累计排名')}\n{table('表3 各区县同期排名')}\n")


# One build per template, its first paragraph broken by hand (`ragged`): the second
# paragraph is the same text unbroken (every line of the unbroken first paragraph was
# one of its lines), so the one build shows both that nothing else is named and that the
# hand-made ragged line is (two builds per template took twice the CPU).
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import write_briefing

    root = tmp_path_factory.mktemp("preflight-tables")
    made = {}
    for template in ("reprint", "jianbao"):
        folder = write_briefing(root / template, body(ragged=True),
                                front=FRONT.format(template=template))
        made[template] = measure(build(folder, root / f"{template}.pdf").output)
    return made


def _made_on_purpose(violation) -> bool:
    return violation.kind == "ragged-line" and PARAGRAPH[:30].endswith(violation.text)


@pytest.mark.parametrize(("template", "size"), [("reprint", 12), ("jianbao", 16)])
def test_a_bulletin_mostly_in_tables_measures_its_paragraphs(built, template, size):
    report = built[template]
    assert report.body_size == size, "the body face is the paragraphs', not the cells'"
    assert report.full_lines >= 4, "its justified lines are measured"
    others = [str(v) for v in report.violations if not _made_on_purpose(v)]
    assert others == [], "no false ragged line, none past the margin"
    assert report.ragged_lines == 1, "no ragged line but the one made by hand"


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_ragged_body_line_is_still_named(built, template):
    report = built[template]
    ragged = [v for v in report.violations if v.kind == "ragged-line"]
    assert len(ragged) == 1, [str(v) for v in report.violations]
    assert PARAGRAPH[:30].endswith(ragged[0].text)
