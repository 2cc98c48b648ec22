"""Preflight's past-the-margin check finds the text block's right edge from the full lines of
every face: a bulletin whose text is mostly in a table set smaller than its paragraphs
(the body face measure reads is then the table's) passes, and a table that does run past
the margin in such a document is still named."""

from __future__ import annotations

from weasyprint import HTML

from briefing import weasy
from briefing.preflight import measure

STYLE = ("<style>@page { size: A4; margin: 60pt 70pt } body { margin: 0 }"
         "p { font: 12pt/1.6 'Noto Serif CJK SC'; margin: 0; text-indent: 2em;"
         " text-align: justify }"
         "table { font: 10pt/1.4 'Noto Serif CJK SC'; border-collapse: collapse }"
         "td { padding: 1pt 6pt; white-space: nowrap } td.n { text-align: right }</style>")
PARAGRAPH = ("本月全市地表水水质总体良好，主要流域水质功能达标率保持稳定，"
             "各断面水质状况详见下表，个别断面总磷浓度略有上升，已通知属地排查原因。") * 2
SITES = ["甲河—一号桥", "甲河—二号桥", "甲河—入海口", "乙溪—白沙桥", "乙溪—江口桥",
         "乙溪—南安陂", "丙江—三江口", "丙江—濑溪", "丙江—园头桥", "丁河—西良"] * 2
# The last column's text (left-aligned) ends anywhere: no edge in the table's rows.
FINDINGS = ["总磷（0.3）", "溶解氧（4.6）", "氨氮（1.2）超标", "高锰酸盐指数（6.3）", "—"]


def bulletin(tmp_path, table_width: str):
    rows = "".join(f"<tr><td>{site}</td><td>良好</td><td class='n'>{90 + i}.5</td>"
                   f"<td>{FINDINGS[i % len(FINDINGS)] * (1 + i % 3)}</td></tr>"
                   for i, site in enumerate(SITES))
    html = (f"<html lang='zh-CN'>{STYLE}<p>{PARAGRAPH}</p>"
            f"<table style='width: {table_width}'>{rows}</table></html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "bulletin.pdf"
    HTML(string=html).write_pdf(pdf)
    return pdf


def test_a_bulletin_mostly_in_a_smaller_table_passes(tmp_path):
    report = measure(bulletin(tmp_path, "100%"))
    assert report.body_size == 10  # (the table's face: what misled the check)
    past = [v for v in report.violations if v.kind == "past-the-margin"]
    assert past == []


def test_its_table_past_the_margin_is_named(tmp_path):
    past = [v for v in measure(bulletin(tmp_path, "140%")).violations
            if v.kind == "past-the-margin"]
    assert past, "a table running past the margin is not named"
    assert all(any(v.text.endswith(f[-3:]) for f in FINDINGS) for v in past), past


def test_a_text_of_one_line_paragraphs_has_no_ragged_lines(tmp_path):
    """A standard's front lines (ICS 65.020.20, B 22, DB32/T 1580—2019 …) are paragraphs
    of one line each, indented: most lines then start at the first-line indent, and the
    block's left edge is where the few wrapped lines go on — not the indent, or every
    one-line paragraph would read as a line running on, short of the edge (ragged)."""
    lines = ["ICS 65.020.20", "B 22", "DB32/T 1580—2019", "代替DB32/T 1580—2010",
             "2019-08-01实施", "本标准按照给出的规则起草。", "本标准由某县市场监督管理局提出。",
             "本标准起草单位：某县农业农村局。", "本标准主要起草人：张三、李四。"]
    html = (f"<html lang='zh-CN'>{STYLE}"
            + "".join(f"<p>{line}</p>" for line in lines)
            + f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "standard.pdf"
    HTML(string=html).write_pdf(pdf)
    report = measure(pdf)
    ragged = [v for v in report.violations if v.kind == "ragged-line"]
    assert ragged == [] and report.full_lines >= 4, (ragged, report.full_lines)


def test_one_line_paragraphs_between_headings_are_not_past_the_margin(tmp_path):
    """A handout's points: each a heading over a paragraph of one line, of any length —
    no line of the body runs on to the next, so the distance from one to the next is the
    heading's, not a line pitch. No line's end is the block's edge: none is past it,
    none short of it."""
    points = ["定义，一句话说清楚。", "两个轴：你在卖什么，买你东西的人是谁，各举一例说明。",
              "为什么这个词今年突然火了？", "我整合出了一套工作链条：从需求到交付，一共七步，逐一说明。",
              "到底有没有市场呢？还是说它只是又一个泡沫？我整理了几个案例，大家可以看看。",
              "先看看行业人士的讨论。", "完整视频在这里，十七分钟。"]
    html = (f"<html lang='zh-CN'>{STYLE}<style>h2 {{ font: bold 12pt/1.4 'Noto Sans CJK SC';"
            " margin: 12pt 0 4pt }</style>"
            + "".join(f"<h2>0{i} 要点</h2><p>{point}</p>" for i, point in enumerate(points, 1))
            + "</html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "points.pdf"
    HTML(string=html).write_pdf(pdf)
    report = measure(pdf)
    found = [v for v in report.violations if v.kind in ("past-the-margin", "ragged-line")]
    assert found == [], found


def test_a_mark_after_a_run_in_head_does_not_start_a_line(tmp_path):
    """A paragraph opened by a bold run-in head (「**甲公司 × 乙银行**：……」): its colon
    follows the head on the line, in the body face while the head is in the bold one. It
    does not start the line; a colon that does (after a line break) is still named."""
    head = "<p><b>甲公司 × 乙银行（金融）</b>：前面提过，双方共建风控模型，首批部署两家银行。</p>"
    html = (f"<html lang='zh-CN'>{STYLE}" + head * 3 + f"<p>{PARAGRAPH}</p>"
            "<p>甲乙丙丁戊己庚辛壬癸子丑<br>：寅卯辰巳</p></html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "run-in.pdf"
    HTML(string=html).write_pdf(pdf)
    starts = [v.text for v in measure(pdf).violations if v.kind == "line-start"]
    assert not any(text.startswith("：前面") for text in starts), starts
    assert any(text.startswith("：寅卯") for text in starts), starts


def test_a_paragraph_opened_by_a_dash_does_not_start_a_line_wrongly(tmp_path):
    """A standard's list (「——更改了标准范围；」): each item a paragraph the source opens with
    a dash. The rule is about breaks (no line wrapped before a dash), not the source's own
    openings; a wrapped line that starts with one is still named."""
    items = ["——更改了标准范围，增加了对设备的要求；", "——增加了术语和定义，删除了缩略语中的部分条目；",
             "——更改了控制要求，统一了接口和命令的格式。"]
    html = (f"<html lang='zh-CN'>{STYLE}<p>{PARAGRAPH}</p>"
            + "".join(f"<p>{item}</p>" for item in items)
            + f"<p>{PARAGRAPH[:30]}<br>——另起一行</p></html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "dashes.pdf"
    HTML(string=html).write_pdf(pdf)
    starts = [v.text for v in measure(pdf).violations if v.kind == "line-start"]
    assert not any(text.startswith(("——更改", "——增加")) for text in starts), starts
    assert any(text.startswith("——另起") for text in starts), starts


def test_ragged_right_lines_give_no_edge_to_be_past(tmp_path):
    """A handout of paper titles (English, set ragged right, wrapping at word ends): no
    two wrapped lines end at one place, so none of their ends is the text block's edge —
    the longer lines are not past it, the shorter not short of it."""
    titles = ["Optimal Source Placement for TDoA-based Geometry Calibration of Distributed "
              "Microphone Arrays", "A Grid-to-Continuous Neural Network for Sound Source "
              "Localization in Reverberant Rooms", "A Lightweight Neural Model "
              "for Active Binaural Speech Enhancement in Open-Fit Hearing Aids",
              "A Sound-Assisted Approach to Personalized HRTF Modeling with Few Measurements"]
    html = (f"<html lang='zh-CN'>{STYLE}<style>p.t {{ text-align: left; text-indent: 0;"
            " width: 60% }</style>" + "".join(f"<p class='t'>{t}</p>" for t in titles)
            + "</html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "titles.pdf"
    HTML(string=html).write_pdf(pdf)
    found = [v for v in measure(pdf).violations if v.kind in ("past-the-margin", "ragged-line")]
    assert found == [], found


def test_two_pairs_of_equal_lines_make_no_edge(tmp_path):
    """A photo story's page: a wide title over a list of captions, two of them as long as
    two others — each pair ends at one place by chance, which is not the block's edge:
    the title (and the captions longer than the pair) are not past it."""
    items = ["一、某市举行纪念仪式暨撞钟鸣警活动", "二、万里此情同皎洁", "三、某镇舞火龙",
             "四、多彩活动过假期", "五、某市清淤忙", "六、明月万里送清辉与共"]
    html = (f"<html lang='zh-CN'>{STYLE}<h1 style=\"font: 22pt 'Noto Serif CJK SC';"
            " text-align: center\">镜观中国·某某社国内新闻照片一周精选</h1>"
            + "".join(f"<p style='text-indent: 0'>{item}</p>" for item in items) + "</html>")
    weasy.load()
    weasy.install()
    pdf = tmp_path / "captions.pdf"
    HTML(string=html).write_pdf(pdf)
    found = [v for v in measure(pdf).violations if v.kind in ("past-the-margin", "ragged-line")]
    assert found == [], found
