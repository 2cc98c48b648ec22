"""The typesetting layer, measured on built PDFs (glyph positions via pdfplumber)."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from pdfread import body_chars, glyphs, page_glyphs, pages_read
from pdfread import pages as read_pages

from briefing import weasy
from briefing.build import build
from briefing.preflight import measure
from briefing.resources import TEMPLATES_DIR

# Dense punctuation, digits, Latin terms, long quotations, dashes and ellipses.
DENSE = """\
2021年，全市PM<sub>2.5</sub>平均浓度为27μg/m<sup>3</sup>，同比下降18.2%；COD平均浓度为15mg/L，氨氮平均浓度为0.665mg/L，分别下降11.6%、11.2%。据GB3095-2012《环境空气质量标准》，全市优良天数281天，比例为77%（全省第四）。

他说：“我们要‘盯指标，找差距，强措施’，一微克一微克地努力。”随后又补充道：“《吕梁市空气质量巩固提升2021年行动计划》和《吕梁市区大气污染防治综合治理方案》等‘1+4’工作方案——都要落到实处……”会议持续了3个小时。

推动落后产能关停淘汰，关闭焦化产能140万吨、火电机组2×2.5万千瓦；6家钢铁企业完成超低排放改造，对19家焦化企业、30家水泥企业开展超低排放改造；实施大宗物料运输“公转铁”，10家大型工矿企业接入铁路专用线建设；全市国三及以下排放标准营运柴油货车淘汰1594辆，超额完成任务。

“人说山西好风光，地肥水美五谷香。左手一指太行山，右手一指是吕梁。”革命老区吕梁是延安的东部屏障、红军东征的主战场，也是生态脆弱区——如今，“红色吕梁”亮出了“绿色底色”。Open Data、VOCs和O<sub>3</sub>的协同治理……仍需加强。

全系统1212名党员干部参与警示教育，班子成员带头领学350次，党员干部集中学习489次，累计学时725小时，撰写心得体会980余篇，编发简报350期、新闻媒体报道75次，制定或修订规章制度352个，废除48个。
"""


@pytest.fixture(scope="module")
def dense(tmp_path_factory):
    from conftest import write_briefing

    root = tmp_path_factory.mktemp("dense")
    folder = write_briefing(root / "brief", DENSE * 2)
    on = build(folder, root / "on.pdf").output
    off_templates = root / "off" / "reprint"
    off_templates.mkdir(parents=True)
    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text()
    (off_templates / "style.css").write_text(css + "\nhtml { --briefing-typeset: off; }\n")
    off = build(folder, root / "off.pdf", template_dirs=[root / "off"]).output
    return on, off


def test_dense_text_flush_and_clean(dense):
    on, _ = dense
    report = measure(on)
    assert report.full_lines >= 20
    assert report.flush_lines == report.full_lines, [str(v) for v in report.violations]
    assert report.violations == [], [str(v) for v in report.violations]


def test_measure_catches_plain_weasyprint(dense):
    # The same document without the layer: the preflight must see what is wrong.
    _, off = dense
    report = measure(off)
    assert report.ragged_lines > report.full_lines / 2
    assert report.count("missing-cjk-latin-gap") > 10
    assert report.count("uncompressed-pair") > 0


def test_sample_flush_no_violations(sample_pdf):
    report = measure(sample_pdf)
    assert report.full_lines >= 80
    assert report.ragged_lines == 0 and report.violations == [], [
        str(v) for v in report.violations]


def test_text_layer_has_no_inserted_spaces(dense):
    on, _ = dense
    chars = body_chars(on)
    text = "".join(c["text"] for c in chars)
    assert "2021年" in text and "PM2.5平均" in text and "27μg/m3" in text
    # The only spaces are the article's own (between Latin words, "Open Data").
    for before, char, after in zip(chars, chars[1:], chars[2:], strict=False):
        body = char["fontname"].endswith("Noto-Serif-CJK-SC") and round(char["size"]) == 12
        if body and char["text"] in " \u00a0\u2009\u200b":
            assert before["text"].isascii() and after["text"].isascii(), (before, after)


def test_cjk_latin_gap_is_a_quarter_em(dense):
    on, _ = dense
    chars = body_chars(on)
    for a, b in zip(chars, chars[1:], strict=False):
        if a["text"] == "1" and b["text"] == "年" and abs(a["top"] - b["top"]) < 1:
            gap = b["x0"] - a["x1"]
            assert gap == pytest.approx(0.25 * a["size"], abs=0.6)
            return
    pytest.fail("no 1年 pair on one line")


def test_compressed_pair_is_one_and_a_half_em(dense):
    on, _ = dense
    chars = body_chars(on)
    for a, b in zip(chars, chars[1:], strict=False):
        if a["text"] + b["text"] == "。”" and abs(a["top"] - b["top"]) < 1:
            # 。 loses its blank half: ” follows half an em later (1.5 em for the pair)
            assert b["x0"] - a["x0"] == pytest.approx(0.5 * a["size"], abs=0.05)
            return
    pytest.fail("no 。” pair followed by a character on the same line")


def test_sub_and_sup_keep_line_pitch(sample_pdf):
    # Consecutive body lines of a paragraph are equally spaced, PM₂.₅ or not.
    page = read_pages(sample_pdf)[0]  # (the run's parse)
    tops = sorted({round(c["top"], 1) for c in page.chars if round(c["size"]) == 12})
    pitches = [round(b - a, 1) for a, b in zip(tops, tops[1:], strict=False)]
    common = max(set(pitches), key=pitches.count)
    assert common == pytest.approx(21.0, abs=0.2)  # 12 pt × 1.75
    lines_with_sub = {round(c["top"], 1) for c in page.chars if round(c["size"]) < 10
                      and c["text"] == "2"}
    assert lines_with_sub, "the sample's lead has PM2.5 on page 1"
    run = [p for p in pitches if abs(p - common) < 3]
    assert all(abs(p - common) < 0.2 for p in run), pitches


def test_headings_never_end_a_page(sample_pdf):
    for number, chars, _ in pages_read(sample_pdf):  # (the run's shared parse)
        # Headings are large and bold (a chart's large figure, such as the share in a
        # ring, is not a heading).
        heading_tops = [c["top"] for c in chars if c["size"] >= 13 and "Bold" in c["fontname"]]
        body_tops = [c["top"] for c in chars if round(c["size"]) == 12]
        if heading_tops:
            assert body_tops and max(body_tops) > max(heading_tops), number


def test_seam_fails_loudly_when_weasyprint_changes(monkeypatch):
    from weasyprint.layout import inline

    def justify_line(context, line, extra_width, new_argument):  # a changed signature
        return None

    monkeypatch.setattr(inline, "justify_line", justify_line)
    with pytest.raises(weasy.WeasyPrintIncompatible, match="cjk-justification.*justify_line"):
        weasy.check()
    monkeypatch.undo()

    from weasyprint.layout import page

    def make_all_pages(context, root_box, html):  # the contents' seam (targets.py)
        return iter(())

    monkeypatch.setattr(page, "make_all_pages", make_all_pages)
    with pytest.raises(weasy.WeasyPrintIncompatible, match="contents-refresh.*make_all_pages"):
        weasy.check()


def test_pdftotext_sees_the_characters_in_order(dense):
    import subprocess

    on, _ = dense
    text = subprocess.run(["pdftotext", str(on), "-"], capture_output=True, text=True,
                          check=True).stdout
    squashed = re.sub(r"\s+", "", text)
    assert "PM2.5平均浓度为27μg/m3，同比下降18.2%" in squashed


GRID_FRONT = """\
---
title: 关于加强生态环境保护工作的通报
language: zh-CN
options:
  grid: {columns: 28, rows: 22, size: 16}
---
"""


def test_grid_mode_28_by_22(tmp_path):
    from conftest import write_briefing

    # DENSE's five paragraphs fill 21 grid lines: repeated, each page would end a line
    # early before the 4-line paragraph that cannot start on its last line (orphans) and
    # no page would be a full one to measure; a paragraph of the five joined runs on.
    body = ("## 一、总体情况\n\n" + DENSE + "\n## 二、主要做法\n\n" + DENSE
            + DENSE.replace("\n\n", "") + "\n" + DENSE)
    folder = write_briefing(tmp_path / "grid", body, front=GRID_FRONT)
    pdf = build(folder, tmp_path / "grid.pdf").output
    report = measure(pdf, grid=(28, 22))
    assert report.violations == [], [str(v) for v in report.violations]
    assert report.chars_per_line and set(report.chars_per_line) == {28}
    assert len(report.lines_per_page) >= 2 and set(report.lines_per_page) == {22}
    # and the measure notices a block that is off the grid
    assert measure(pdf, grid=(30, 22)).count("grid-columns") == 1


def test_grid_pages_may_end_early_for_orphans_and_widows(tmp_path):
    # DENSE's paragraphs laid out on the grid, after four short ones: page 2 ends a
    # paragraph one line before its foot, and the next paragraph may not start there
    # with one line (orphans: 2). That is not a page off the grid.
    from conftest import write_briefing

    short = "全市生态环境系统坚持以习近平生态文明思想为指导。\n\n"
    body = ("## 一、总体情况\n\n" + short * 4 + DENSE + "\n## 二、主要做法\n\n" + DENSE
            + DENSE)
    folder = write_briefing(tmp_path / "grid", body, front=GRID_FRONT)
    pdf = build(folder, tmp_path / "grid.pdf").output
    report = measure(pdf, grid=(28, 22))
    assert report.violations == [], [str(v) for v in report.violations]
    with pdfplumber.open(pdf) as document:
        pages = len(document.pages)
    rows = {}
    for char in body_chars(pdf):
        if round(char["size"]) == 16:
            rows.setdefault(char["page"], set()).add(round(char["top"]))
    # (the premise: some full page holds 21 lines)
    assert any(len(rows.get(page, ())) == 21 for page in range(2, pages))


def test_contents_leader_is_one_run_at_weasyprints_places(tmp_path, monkeypatch):
    # Each dot of a leader was a text box of its own, re-shaped when drawn; the layer
    # draws the dots of an entry as one run, at the places WeasyPrint puts them.
    from weasyprint.layout import inline
    from weasyprint.layout.leader import leader_index

    weasy.load()
    import weasyprint

    html = """<html lang="zh"><style>@page { size: A5; margin: 15mm }
      a::after { content: leader(dotted) target-counter(attr(href url), page) }
      a { display: block }</style>
      <a href="#one">一、总体情况</a><a href="#two">二、PM2.5 平均浓度</a>
      <h1 id="one" style="break-before: page">一</h1><h1 id="two">二</h1></html>"""

    def render(path):
        document = weasyprint.HTML(string=html).render()
        leaders = [leader_index(line)[1] for line in
                   document.pages[0]._page_box.descendants()
                   if type(line).__name__ == "LineBox" and leader_index(line)[1]]
        document.write_pdf(path)
        with pdfplumber.open(path) as pdf:
            dots = sorted((round(c["top"], 1), c["x0"]) for c in pdf.pages[0].chars
                          if c["text"] == ".")
        return [len(box.children) for box in leaders], dots

    merged, ours = render(tmp_path / "ours.pdf")
    monkeypatch.setattr(inline, "handle_leader", weasy.original("leader-run"))
    separate, theirs = render(tmp_path / "weasyprint.pdf")
    assert merged == [1, 1] and min(separate) > 20
    assert len(ours) == len(theirs) > 40
    # One run accumulates Pango's rounded advances: within 0.15 pt (0.05 mm) by a line's end.
    assert all(a[0] == b[0] and abs(a[1] - b[1]) < 0.15 for a, b in zip(ours, theirs, strict=True))


def test_contents_are_laid_out_once_more_with_their_numbers(tmp_path, monkeypatch):
    # WeasyPrint 70 laid a contents page out three times (twice with placeholders);
    # targets.py fills the numbers in before the second pass, which is then the last.
    from weasyprint.layout import page as weasy_page

    weasy.load()
    import weasyprint
    from weasyprint import layout

    sections = "".join(f'<h1 id="s{n}" style="break-before: page">第{n}节</h1><p>正文。</p>'
                       for n in range(1, 13))
    entries = "".join(f'<a href="#s{n}">第{n}节</a>' for n in range(1, 13))
    html = f"""<html lang="zh"><style>@page {{ size: A6; margin: 10mm;
      @bottom-center {{ content: counter(page) " / " counter(pages) }} }}
      a {{ display: block }} a::after {{ content: leader(dotted) target-counter(attr(href url), page) }}
      </style><nav>{entries}</nav>{sections}</html>"""
    made: list[int] = []
    real_make_page = weasy_page.make_page

    def counting_make_page(context, root_box, page_type, resume_at, number, state):
        made.append(number)
        return real_make_page(context, root_box, page_type, resume_at, number, state)

    monkeypatch.setattr(weasy_page, "make_page", counting_make_page)

    def render(path):
        made.clear()
        weasyprint.HTML(string=html).write_pdf(path)
        with pdfplumber.open(path) as pdf:
            text = (pdf.pages[0].extract_text() or "").replace(" ", "")
            numbers = [int(n) for n in re.findall(r"\.{3,}(\d+)", text)]
            return [made.count(n) for n in range(1, len(pdf.pages) + 1)], numbers

    laid_out, numbers = render(tmp_path / "ours.pdf")
    monkeypatch.setattr(layout, "make_all_pages", weasy.original("contents-refresh"))
    laid_out_before, numbers_before = render(tmp_path / "weasyprint.pdf")
    assert numbers == numbers_before == list(range(2, 14))  # the contents are page 1
    assert laid_out == [2] + [1] * 12
    assert laid_out_before == [3] + [1] * 12
    assert (tmp_path / "ours.pdf").read_bytes() == (tmp_path / "weasyprint.pdf").read_bytes()


def test_contents_follow_sections_their_own_numbers_pushed_on(tmp_path, monkeypatch):
    # Filling in two-digit numbers wraps entries of the contents, which pushes sections
    # onto later pages. WeasyPrint filed an attr() target's dependency under no anchor
    # and never laid the contents out again: they showed the earlier pages
    # (weasy/targets.py). The document is one where that happened.
    from weasyprint.css import targets as weasy_targets

    weasy.load()
    import weasyprint

    title = "节" * 20
    entries = "".join(f'<a href="#s{n}">{title}{n}</a>' for n in range(1, 13))
    sections = "".join(f'<h1 id="s{n}">{title}{n}</h1><p>{"正文内容" * 123}</p>'
                       for n in range(1, 13))
    # (the face named, not the system's default serif, which installing a font can change)
    html = f"""<html lang="zh"><style>@page {{ size: A6; margin: 10mm }}
      body {{ font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.5 }} p {{ margin: 0 }}
      h1 {{ font-size: 10.5pt; margin: 0; line-height: 15pt }} a {{ display: block }}
      a::after {{ content: leader(dotted) target-counter(attr(href url), page) }}
      </style><nav>{entries}</nav>{sections}</html>"""

    def contents_and_sections(path):
        weasyprint.HTML(string=html).write_pdf(path)
        shown, found = {}, {}
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                heads = "".join(c["text"] for c in page.chars if round(c["size"], 1) == 10.5)
                for match in re.finditer(r"节+(\d+)", heads):
                    found.setdefault(int(match[1]), number)
                text = "".join(c["text"] for c in page.chars if round(c["size"], 1) == 10)
                for match in re.finditer(r"节+(\d+)\.+(\d+)", text):
                    shown[int(match[1])] = int(match[2])
        return shown, found

    shown, found = contents_and_sections(tmp_path / "ours.pdf")
    assert len(shown) == 12 and max(found.values()) >= 10
    assert shown == found
    monkeypatch.setattr(weasy_targets, "anchor_name_from_token",
                        weasy.original("contents-anchor-name"))
    stale, found = contents_and_sections(tmp_path / "weasyprint.pdf")
    assert stale != found  # without the mend, some entries show an earlier page


def test_preflight_sees_a_detached_mark():
    # Space between a character and its mark (中 ，/“ 中) is a violation; after the
    # mark's blank side (，中) it is where justification may go.
    from briefing.preflight import Line, Report, _check_pairs

    def chars(*placed):
        return [{"text": text, "x0": x0, "x1": x0 + 12, "size": 12.0, "top": 100.0}
                for text, x0 in placed]

    report = Report()
    _check_pairs(Line(1, 100.0, chars(("中", 0), ("，", 14), ("文", 28))), report)
    _check_pairs(Line(1, 100.0, chars(("“", 0), ("中", 13), ("文", 25))), report)
    _check_pairs(Line(1, 100.0, chars(("中", 0), ("，", 12), ("文", 27))), report)
    assert [(v.kind, v.text) for v in report.violations] == [
        ("detached-mark", "中，"), ("detached-mark", "“中")]


def _lines(pdf_path: Path) -> list[str]:
    """The body's lines, top to bottom, each as its characters left to right."""
    rows: dict[tuple[int, int], list[dict]] = {}
    for char in body_chars(pdf_path):
        if char["size"] > 9:  # body text, not superscripts or notes
            rows.setdefault((char["page"], round(char["top"])), []).append(char)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
            for _, row in sorted(rows.items())]


def test_a_number_keeps_its_unit_and_di_its_number(tmp_path):
    """Wherever a line would end, 「281 / 天」, 「3 / 万人」, 「3万 / 人」 and 「第 / 4」 are
    never split (issue 14): each paragraph puts the pair one character further along."""
    from conftest import write_briefing

    body = "\n\n".join("甲" * k + "，共有281天达标，涉及3万人，排名第4位。" for k in range(20, 50))
    folder = write_briefing(tmp_path / "brief", body + "\n")
    pdf = build(folder, tmp_path / "o.pdf").output
    # preflight counts the splits: none here, and some in the same paragraphs set by
    # plain WeasyPrint (the typesetting layer off)
    assert measure(pdf).count("number-unit-split") == 0
    off_templates = tmp_path / "off" / "reprint"
    off_templates.mkdir(parents=True)
    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text()
    (off_templates / "style.css").write_text(css + "\nhtml { --briefing-typeset: off; }\n")
    plain = build(folder, tmp_path / "plain.pdf", template_dirs=[tmp_path / "off"]).output
    assert measure(plain).count("number-unit-split") >= 3
    lines = _lines(pdf)
    assert len(lines) > 60
    for line, after in zip(lines, lines[1:], strict=False):
        ends, starts = line[-2:], after[:1]
        assert not (ends[-1:].isdigit() and starts in "天万人位"), (line, after)
        assert not (ends.endswith("万") and starts == "人"), (line, after)
        assert not (ends.endswith("第") and starts.isdigit()), (line, after)


def _snippet_rows(text: str, width_em: float, style: str = "") -> list[list[dict]]:
    """One justified paragraph of 16 px Noto Serif CJK SC, `width_em` wide (and `style`),
    laid out by WeasyPrint with briefing's patches: its lines' characters (pdfplumber),
    in order."""
    import io

    weasy.load()
    weasy.install()
    from weasyprint import HTML

    html = ('<html lang="zh-CN"><style>@page { size: 400px 400px; margin: 10px }'
            f"p {{ font: 16px 'Noto Serif CJK SC'; width: {width_em}em; margin: 0;"
            f" text-align: justify; --briefing-punctuation: quanjiao; {style} }}</style>"
            f"<p>{text}</p></html>")
    with pdfplumber.open(io.BytesIO(HTML(string=html).write_pdf())) as pdf:
        rows: dict[int, list[dict]] = {}
        for char in glyphs(pdf.pages[0]):
            rows.setdefault(round(char["top"]), []).append(char)
        return [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items())]


def _gaps_em(row: list[dict]) -> list[float]:
    """Each gap between neighbours beyond the font's advances, in em (16 px = 12 pt)."""
    return [(b["x0"] - a["x1"]) / 12 for a, b in zip(row, row[1:], strict=False)]


def test_a_break_between_two_kept_pairs_stays_allowed():
    # 「9台」 (a number and its measure word) and 「车/次」 (no break beside a slash) are
    # two ranges kept together that meet at 「台|车」, a break neither forbids. Pango
    # merges two abutting attributes of one value when they are added with
    # pango_attr_list_change, and the merged range forbade that break: the whole
    # 「2.29台车/次」 went to the next line and left the first loose (seen on a bulletin's
    # 简报 as 「9微」 and 「克/立」, 0.75 em, before 「微克/立方米」 became one word).
    rows = _snippet_rows("甲甲甲甲甲甲2.29台车/次。", 10)
    assert ["".join(c["text"] for c in row) for row in rows] == \
        ["甲甲甲甲甲甲2.29台", "车/次。"]


def test_latin_words_in_a_chinese_paragraph_break_at_their_spaces():
    # A standard's reference: a Chinese title, then its English one in brackets. The
    # paragraph's tail guard was computed on the cut of the text WeasyPrint breaks a long
    # first line on (the cut's last two Han characters, 「系统」, kept with every word after
    # them): the first line ended at 「：」 and the words ran off the page unbroken.
    text = ("第1部分：系统（Information technology Generic coding of moving pictures and "
            "associated audio information Part one Systems）")
    rows = _snippet_rows(text, 20)
    right = min(c["x0"] for c in rows[0]) + 20 * 12  # 20 em of 16 px, in pt
    assert all(c["x1"] <= right + 0.5 for row in rows for c in row)
    assert "".join(c["text"] for c in rows[0]).startswith("第1部分：系统（Information")
    assert len(rows) >= 3


def test_a_loose_line_is_squeezed_to_take_the_next_word(monkeypatch):
    # 「2021家」 does not fit after 「甲，乙，丙，丁，戊，」 with the marks at full width: the
    # line would be stretched far beyond a quarter em. With its five marks compressed
    # (CLREQ: compress, then push in) it takes 「2021家企」 and is tight, each mark
    # given back part of its blank half (drawn narrower than its em, wider than half).
    from briefing.weasy import layout_patches

    text = "甲，乙，丙，丁，戊，2021家企业达标，其余的都在整改之中，共计十家。"
    squeezed = _snippet_rows(text, 12)
    first = "".join(c["text"] for c in squeezed[0])
    assert first == "甲，乙，丙，丁，戊，2021家企"
    assert max(_gaps_em(squeezed[0])) <= 0.25 + 0.01
    marks = [i for i, c in enumerate(squeezed[0][:-1]) if c["text"] == "，"]
    assert len(marks) == 5
    for i in marks:
        advance = (squeezed[0][i + 1]["x0"] - squeezed[0][i]["x0"]) / 12
        assert 0.5 < advance < 0.95, advance
    # The same paragraph without the squeeze: the first line stops before the number
    # and is loose.
    monkeypatch.setattr(layout_patches, "SQUEEZE_FROM_EM", float("inf"))
    monkeypatch.setattr(layout_patches, "AIRY_FROM_EM", float("inf"))  # (nor airy ones)
    plain = _snippet_rows(text, 12)
    assert "".join(c["text"] for c in plain[0]) == "甲，乙，丙，丁，戊，"
    assert max(_gaps_em(plain[0])) > 0.3


# A run that keeps together (a number, its unit and its comma) after a line of Han
# characters: the line either takes the whole run or stops before it, loose.
KEPT_RUN = "甲，乙丙丁戊己庚16398.12万元，其余的都在整改之中，共计十家企业。"


def test_han_latin_gaps_narrow_to_an_eighth_em_to_take_a_number(monkeypatch):
    # 14.5 em: with the comma compressed and the Han/Latin gaps at an eighth em (CLREQ:
    # the gap is an object of line adjustment) the run fits; at a quarter it does not.
    from briefing.typeset import rules

    rows = _snippet_rows(KEPT_RUN, 14.5)
    assert "".join(c["text"] for c in rows[0]) == "甲，乙丙丁戊己庚16398.12万元，"
    assert max(_gaps_em(rows[0])) <= 0.25 + 0.01
    monkeypatch.setattr(rules, "AUTOSPACE_MIN_EM", rules.AUTOSPACE_EM)
    rows = _snippet_rows(KEPT_RUN, 14.5)
    assert "".join(c["text"] for c in rows[0]) == "甲，乙丙丁戊己庚"
    assert max(_gaps_em(rows[0])) > 1.0


@pytest.mark.parametrize("hanging", ["on", "off"])
def test_a_closing_mark_hangs_only_where_the_style_allows(hanging):
    # 14 em: even squeezed, the run is half an em too wide — the width of its comma. With
    # --briefing-hanging: on the comma hangs past the edge and the line is tight;
    # with off (every template but jianbao) the line stays loose for preflight to name.
    rows = _snippet_rows(KEPT_RUN, 14, f"--briefing-hanging: {hanging}")
    first = "".join(c["text"] for c in rows[0])
    edge = (10 + 8 + 14 * 16) * 0.75  # page and body margins, the paragraph: in pt
    if hanging == "off":
        assert first == "甲，乙丙丁戊己庚" and max(_gaps_em(rows[0])) > 0.9
        return
    assert first == "甲，乙丙丁戊己庚16398.12万元，"
    assert max(_gaps_em(rows[0])) <= 0.25 + 0.01
    comma, before = rows[0][-1], rows[0][-2]
    assert abs(before["x1"] - edge) < 0.5 and comma["x0"] >= edge - 0.5
    assert all(row[-1]["x1"] <= edge + 0.5 for row in rows[1:])


def test_preflight_measures_a_line_spread_evenly(tmp_path):
    """A line that justification widened a little at every gap (均排: no gap over a
    quarter em, so not loose) is airy when it adds over an eighth em per character: a
    long Latin word that does not fit leaves a pure Han line short by several ems."""
    from conftest import write_briefing

    from briefing.preflight import AIRY_EM, TIGHT_GAP_EM

    han = "各地推进生态环境保护工作成效明显群众满意度持续提升" * 2
    paragraphs = [han[:k] + "Environmentalprotectionagency" + han for k in range(30, 35)]
    folder = write_briefing(tmp_path / "brief", "\n\n".join(paragraphs) + "\n")
    report = measure(build(folder, tmp_path / "airy.pdf").output)
    loose = {line.split("」")[0] for line in report.loose_lines}
    evenly = [line for line in report.airy_lines if line.split("」")[0] not in loose]
    assert evenly, (report.airy_lines, report.loose_lines)
    spread = max(float(line.rsplit(" ", 2)[-2]) for line in evenly)
    assert AIRY_EM < spread <= TIGHT_GAP_EM + 0.02
    assert report.spread_em == pytest.approx(spread, abs=0.005)


def test_preflight_names_text_past_the_margin(tmp_path, dense):
    """A run set past the text block into the margin (here kept from breaking by
    white-space: nowrap) is named with its line; a hanging comma's blank half is not."""
    from weasyprint import HTML

    weasy.load()
    weasy.install()
    han = "各地推进生态环境保护工作成效明显群众满意度持续提升" * 6
    html = ('<html lang="zh-CN"><style>@page { size: 400px 600px; margin: 20px }'
            "p { font: 16px 'Noto Serif CJK SC'; margin: 0; text-align: justify }</style>"
            f"<p>{han}</p><p style='white-space: nowrap'>详见某某网站的环境保护专栏和各地生态环境部门的统计公报页面</p>"
            f"<p>{han}</p></html>")
    pdf = tmp_path / "past.pdf"
    HTML(string=html).write_pdf(pdf)
    [past] = [v for v in measure(pdf).violations if v.kind == "past-the-margin"]
    assert past.text.endswith("统计公报页面") and "past the text block" in past.detail
    on, _ = dense
    assert not [v for v in measure(on).violations if v.kind == "past-the-margin"]


def test_a_long_address_is_broken_inside_the_text_block(tmp_path):
    """A run with no break opportunity (an address) is broken where it must
    (overflow-wrap: break-word in common.css), not set past the margin."""
    from conftest import write_briefing

    han = "各地推进生态环境保护工作成效明显群众满意度持续提升"
    address = "https://www.example.gov.cn/" + "environmentalprotection" * 4
    folder = write_briefing(tmp_path / "brief", f"{han}，详见{address}。\n\n{han * 3}。\n")
    pdf = build(folder, tmp_path / "address.pdf").output
    assert not [v for v in measure(pdf).violations if v.kind == "past-the-margin"]
    text = "".join(c["text"] for c in page_glyphs(pdf)[0])  # (measure's parse)
    assert address.removeprefix("https://") in re.sub(r"\s", "", text)


def test_a_dense_text_has_no_airy_line(dense):
    on, _ = dense
    report = measure(on)
    assert report.airy_lines == [] and report.spread_em > 0
