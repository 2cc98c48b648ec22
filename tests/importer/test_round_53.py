"""The fifty-third round (issue 11): made-up texts of the shapes that went wrong on the
sixty-fourth held-back set, scored once in the thirty-ninth stop.

Markdown minutes that set their fields one under another with no blank line between
(「Data 日期： 2023-11-8」 ⏎ 「Time 时间：10:00-12:00」 ⏎ 「会议纪要：https://…」): a form's
fields, each its own line — never one line the editor wrapped (the first ends in a digit,
which otherwise reads as a soft wrap), never run together (「…2023-11-8 Time 时间…」).
"""

from __future__ import annotations

from conftest import import_text

MINUTES = """# TC 例会纪要

Data 日期： 2023-11-8
Time 时间：10:00-12:00
会议纪要：https://etherpad.example.org/p/TC-meetings
Host 会议主持人：吴峰光

议题申报：

1. 根证书删除遗留问题汇报
"""


def test_field_lines_one_under_another_are_never_one_wrapped_line(tmp_path):
    _, body = import_text(tmp_path, MINUTES, "minutes.md")
    assert "2023-11-8 Time" not in body and "2023-11-8Time" not in body
    assert "Time 时间：10:00-12:00" in body
    assert "10:00-12:00会议纪要" not in body and "10:00-12:00 会议纪要" not in body


def test_a_character_the_source_lost_is_a_doubt(tmp_path):
    """「\ufffd本\ufffd:1.9.9」: characters a PDF's extraction could not decode — the build
    refuses the mark, so the import names the spot where it stands."""
    result, _ = import_text(tmp_path, "# 南瓜书\n\n\ufffd本\ufffd：1.9.9\n\n本书旨在对西瓜书里的公式加以解析。\n",
                            "book.md")
    lost = [d for d in result.doubts if d.kind == "lost-character"]
    assert len(lost) == 1 and "2 character(s)" in lost[0].note


def test_the_title_said_again_right_under_it_is_dropped(tmp_path):
    """A page's heading over its own copy of the title (Word's HTML: the <H1> and a bold
    paragraph saying it again): printed once, as the title."""
    _, body = import_text(tmp_path, (
        "# 某某审计准则第1313号——分析程序\n\n**某某审计准则第1313号——分析程序**\n\n"
        "**第一章 总 则**\n\n**第一条** 为了规范分析程序的运用，制定本准则。\n"), "standard.md")
    assert "审计准则第1313号" not in body
    assert "为了规范分析程序的运用，制定本准则。" in body
