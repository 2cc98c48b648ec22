"""preflight's false findings on short and 公文-shaped documents.

- A one-line 发文字号 at its indent (「安委办函〔2018〕67号」) above a flush-left 主送 line
  read as the first line of one paragraph going on flush left, and so as ragged (+252 pt
  in a-tongbao-anweiban-2018-67's jianbao); a 主送 block ends in a colon, the rest of a
  line broken by hand (<br>, still named: test_preflight_tables) does not. And the 主送
  line itself, set ragged (text-align: left) in reprint, stood 12 pt short of the edge:
  it is justified now, flush left and wrapped flush left (GB/T 9704 7.3.2).
- A very short document (a one-line 通知 and its 落款) has no two justified lines ending
  together and no two solid lines sharing an edge: a line's end was taken for the text
  block's edge, and the title, the 落款 and the page number stood "past the margin".
Made-up documents, measured from glyph positions."""

from __future__ import annotations

import pytest
from conftest import write_briefing

from briefing.build import build
from briefing.preflight import measure

FRONT = ("---\ntitle: 关于做好生态环境工作的通知\ndate: 2021-03-19\ntemplate: {template}\n"
         "jianbao: {{name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}}\n---\n")
PARAGRAPH = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，推动生态环境"
             "质量持续改善，全年空气质量优良天数比例达到百分之八十以上，重污染天气基本消除。")
NOTICE = ("某环办函〔2021〕12号\n\n::: salutation\n"
          "各县（市、区）生态环境分局，市直有关单位，各重点排污单位，各有关监测机构：\n:::\n\n"
          f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n::: signature\n某某市生态环境局\n2021年3月19日\n:::\n")
SHORT = {
    "one line": "全市生态环境系统坚持以习近平生态文明思想为指导。\n",
    "two lines and a signature": ("全市生态环境系统坚持以习近平生态文明思想为指导。\n\n"
                                  "深入打好污染防治攻坚战。\n\n::: signature\n某某市生态环境局\n"
                                  "2021年3月19日\n:::\n"),
}


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_document_number_over_an_addressee_is_no_ragged_line(template, tmp_path):
    folder = write_briefing(tmp_path / "notice", NOTICE, front=FRONT.format(template=template))
    report = measure(build(folder, tmp_path / "notice.pdf").output)
    assert report.violations == [], [str(v) for v in report.violations]
    # the 主送 line wraps (two lines in both templates) and its first line is flush
    assert report.full_lines >= 3 and report.ragged_lines == 0


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
@pytest.mark.parametrize("body", sorted(SHORT))
def test_a_very_short_document_has_nothing_past_the_margin(template, body, tmp_path):
    folder = write_briefing(tmp_path / "short", SHORT[body], front=FRONT.format(template=template))
    report = measure(build(folder, tmp_path / "short.pdf").output)
    assert [str(v) for v in report.violations if v.kind == "past-the-margin"] == []
