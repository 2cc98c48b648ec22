"""The fifty-third round (issue 11): made-up texts of the shapes that went wrong on the
sixty-fourth held-back set, scored once in the thirty-ninth stop.

Markdown minutes that set their fields one under another with no blank line between
(「Data 日期： 2023-11-8」 ⏎ 「Time 时间：10:00-12:00」 ⏎ 「会议纪要：https://…」): a form's
fields, each its own line — never one line the editor wrapped (the first ends in a digit,
which otherwise reads as a soft wrap), never run together (「…2023-11-8 Time 时间…」).
"""

from __future__ import annotations

from conftest import front_matter, import_text

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


RULES = """某某大学本科生毕业论文（设计）编写规则
为规范我校本科生毕业论文（设计）编写格式，结合我校实际情况，制定本编写规则。

1 本科生毕业论文（设计）工作文档
本科生毕业论文（设计）工作文档分两大部分。第一部分编排顺序依次是前置部分、主体部分、结尾部分。

1.1 前置部分
(1) 封面
(2) 题名页（可根据需要）
(3) 承诺书

1.2 主体部分
(1) 引言（绪论）
(2) 正文
(3) 结论

2 本科生毕业论文（设计）编写要求
2.1 前置部分
2.1.1 封面
封面应包括论文题目、学生姓名、学号、指导教师等信息。
2.1.2 题名页
题名页可根据需要设置，内容与封面相同。
"""


def test_a_parts_heads_named_again_under_another_number_are_no_contents(tmp_path):
    """「1.1 前置部分」 with its items, then 「2.1 前置部分」 further on: the same name under
    another number is another part's head, not the document's head again — the run above
    it is text (its items kept), never a contents list left out."""
    _, body = import_text(tmp_path, RULES, "rules.txt")
    assert "1.1 前置部分" in body and "(2) 题名页（可根据需要）" in body
    assert "(3) 结论" in body


def test_a_run_of_short_numbered_lines_is_a_list_not_heads(tmp_path):
    _, body = import_text(tmp_path, RULES, "rules.txt")
    assert "\n(1) 封面\n" in body and "#" not in body.split("(1) 封面")[0].split("\n")[-2]
    assert "### (1)" not in body and "#### (1)" not in body


def test_a_dash_under_a_bracket_left_open_is_no_bullet(tmp_path):
    """「…《学位论文编写规则》(GB/T 7713.1」 ⏎ 「- 2006)，结合…」 in a pdftotext copy: the
    range's dash the extraction broke the line at is the text's — the line goes on, the
    dash kept; a list's bullet stands under no open bracket."""
    _, body = import_text(tmp_path, (
        "某某大学本科生毕业论文编写规则\n"
        "为规范我校本科生毕业论文编写格式，根据《学位论文编写规则》(GB/T 7713.1\n"
        "- 2006)，结合我校实际情况，制定本编写规则。\n\n"
        "- 封面应包括论文题目。\n"), "rules.txt")
    assert "7713.1 - 2006" in body.replace("7713.1- 2006", "7713.1 - 2006")
    assert "\n\n2006" not in body


TEMPLATED_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
</head>
<body>
  <div class="location"><span>当前位置：</span><a href="/">首页></a><a href="/news">新闻中心></a></div>
  <div class="info-head">
    <h3>某某公司召开党委中心组学习会议 学先进转作风强执行</h3>
    <p><span>2017-08-10</span><span>来源：某某建设监理有限公司</span></p>
  </div>
  <div class="info-itmes">
    <p>8月8日下午，某某建设监理有限公司召开党委中心组（扩大）学习会议，会议以“学先进、转作风、强执行”为主题。</p>
    <p>此次中心组会上，集中学习了先进人物的事迹，学习了有关文件精神，与会人员结合工作实际进行了交流发言。</p>
  </div>
</body>
</html>
"""


def test_a_page_without_a_title_takes_its_heading_over_the_article(tmp_path):
    """A page that names no title (no <title>, no meta title) whose template sets the
    story's headline over its body: the headline is the title (told), never lost."""
    result, _ = import_text(tmp_path, TEMPLATED_PAGE, "news.html")
    assert front_matter(result)["title"] == "某某公司召开党委中心组学习会议 学先进转作风强执行"
    assert any("names no title" in d.note for d in result.doubts)


def test_words_struck_in_html_stay_struck(tmp_path):
    """「<del>设置 Event，调整音量</del>」 in a post: words the author struck through — written
    「~~…~~」, printed struck, never as plain words of the text."""
    _, body = import_text(tmp_path, (
        "# 战术耳机复刻\n\n* 战术耳机-**拾音**: <del>设置 Event，调整 Enemies Bus 的音量</del>\n\n"
        "改为在总线上应用定位。\n"), "post.md")
    assert "~~设置 Event，调整 Enemies Bus 的音量~~" in body


def test_a_link_to_the_original_gives_the_url(tmp_path):
    """「[查看原文](https://…)」 closing a text: on paper it leads nowhere (dropped), but its
    address is the original's — the text's url."""
    result, body = import_text(tmp_path, (
        "# 《新闻联播》 (20230117)\n\n### GDP突破120万亿元\n\n"
        "2022年，我国国内生产总值超过120万亿元。\n\n"
        "[查看原文](https://tv.example.com/2023/01/17/VIDE1.shtml)\n"), "xwlb.md")
    assert front_matter(result)["url"] == "https://tv.example.com/2023/01/17/VIDE1.shtml"
    assert "查看原文" not in body
