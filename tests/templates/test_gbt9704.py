"""Pages a proof-reader would pass (issue 14): jianbao as GB/T 9704 sets it — faces by
role, the 版记 on an even last page, the folio 7 mm below the text block, no 目录 unless
asked for — full-width punctuation by default in every template, captions without photos,
and the minus sign. Everything is read back from the built PDF with pdfplumber."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import FRONT, write_briefing
from fontTools.ttLib import TTFont
from pdfread import glyphs, page_glyphs
from pdfread import pages as read_pages

from briefing.build import build
from briefing.checks import check_briefing
from briefing.errors import InputError
from briefing.fonts import load_font_config, resolve_fonts
from briefing.formatting import format_number, format_percent, format_quantity
from briefing.render import FONTS_DIR

MM = 72 / 25.4
TOP = 37 * MM  # GB/T 9704: 天头 37 mm
PITCH = 28.95
BLOCK_BOTTOM = TOP + 22 * PITCH + 0.5  # 22 lines, half a point of room (printing.py)
FANG = "FandolFang"

JIANBAO_FRONT = """\
---
title: 测试简报标题
date: 2021-03-19
template: jianbao
jianbao:
  name: 生态环境工作简报
  issue: 12
  unit: 某某市生态环境局
  distribution:
    报: [省生态环境厅]
    发: [各区分局]
  copies: 80
{options}---
"""
PARAGRAPH = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，"
             "推动生态环境质量持续改善，为高质量发展提供有力支撑。")


def jianbao_front(options: str = "") -> str:
    return JIANBAO_FRONT.format(options=options)


def text_of(chars) -> str:
    return "".join(c["text"] for c in chars)


def in_block(char) -> bool:
    return char["top"] > TOP - 2 and char["bottom"] < BLOCK_BOTTOM + 2


@pytest.fixture(scope="module")
def jianbao_pdf(sample_template_pdf) -> Path:
    return sample_template_pdf("jianbao")


@pytest.fixture(scope="module")
def pages(jianbao_pdf):
    return read_pages(jianbao_pdf)  # (the parse shared by the run)


# ------------------------------------------------------------------ faces by role


def test_body_tables_and_end_block_are_set_in_fangsong(pages):
    body = [c for page in pages[1:-1] for c in page.chars
            if round(c["size"]) == 16 and in_block(c) and c["text"].strip()]
    faces = [c["fontname"].split("+")[-1] for c in body]
    share = sum(face.startswith(FANG) for face in faces) / len(faces)
    assert share > 0.9, {face: faces.count(face) for face in set(faces)}
    # what is not FandolFang is a heading (黑体, 楷体) or a character GB2312 lacks
    others = {face for face in faces if not face.startswith(FANG)}
    assert others <= {"Noto-Sans-CJK-SC", "AR-PL-UKai-CN", "Noto-Serif-CJK-SC"}, others
    cells = [c for page in pages for c in page.chars if round(c["size"]) == 12 and in_block(c)
             and c["text"].strip() and "Sans" not in c["fontname"]]
    assert cells and all(FANG in c["fontname"] or "Serif" in c["fontname"] for c in cells)
    assert sum(FANG in c["fontname"] for c in cells) / len(cells) > 0.9  # table cells
    end_block = [c for c in pages[-1].chars if round(c["size"]) == 14 and in_block(c)]
    assert "共印" in text_of(end_block)
    assert all(FANG in c["fontname"] for c in end_block if c["text"].strip())


def test_headings_by_level(make_briefing, tmp_path):
    body = ("## 第一部分\n\n" + PARAGRAPH + "\n\n### 第二层\n\n" + PARAGRAPH
            + "\n\n#### 第三层\n\n" + PARAGRAPH + "\n\n##### 第四层\n\n" + PARAGRAPH + "\n")
    out = tmp_path / "levels.pdf"
    build(make_briefing(body, front=jianbao_front()), out)
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in glyphs(page)]
    text = text_of(chars)

    def faces(heading: str) -> set[str]:
        at = text.index(heading)
        return {c["fontname"].split("+")[-1] for c in chars[at:at + len(heading)]}

    assert faces("一、第一部分") == {"Noto-Sans-CJK-SC"}  # 一级 黑体
    assert faces("（一）第二层") == {"AR-PL-UKai-CN"}  # 二级 楷体
    # 三级 仿宋 bold. No free 仿宋 has a bold face (FandolFang has none): the PDF names
    # the request, the glyphs are the regular ones, filled and stroked as office
    # software prints 仿宋_GB2312 加粗 (weasy/textlayer.py); faces with a bold of their
    # own (the masthead's serif) are only filled.
    assert faces("1.第三层") == {FANG + "-Bold"}
    assert faces("（1）第四层") == {FANG}  # 四级 仿宋
    modes = render_modes(out)
    assert modes[FANG + "-Bold"] == {2}
    assert modes[FANG] == {0} and modes["Noto-Serif-CJK-SC-Bold"] == {0}
    # and the stroke shows: the same characters darker in the 三级 heading than in the 四级
    assert ink(out, chars, text.index("第三层"), 3) > 1.2 * ink(out, chars,
                                                              text.index("第四层"), 3)


def render_modes(pdf_path: Path) -> dict[str, set[int]]:
    """The text render modes (Tr) each font of page 1 is shown with."""
    import pikepdf

    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[0]
        fonts = {str(name): str(font.BaseFont).split("+")[-1]
                 for name, font in page.Resources.Font.items()
                 if font.Subtype != "/Type3"}  # the text layer's spacer font
        modes: dict[str, set[int]] = {}
        stack, mode, font = [], 0, None
        for operands, operator in pikepdf.parse_content_stream(page):
            operator = str(operator)
            if operator == "q":
                stack.append(mode)
            elif operator == "Q":
                mode = stack.pop()
            elif operator == "Tr":
                mode = int(operands[0])
            elif operator == "Tf":
                font = fonts.get(str(operands[0]))  # None: the text layer's spacer
            elif operator in ("TJ", "Tj", "'", '"') and font is not None:
                modes.setdefault(font, set()).add(mode)
    return modes


def ink(pdf_path: Path, chars: list[dict], start: int, count: int) -> float:
    """How dark chars[start:start + count] are on their pages, rasterised (their boxes'
    mean darkness, added)."""
    import subprocess

    from PIL import Image, ImageStat

    scale = 150 / 72
    total = 0.0
    for char in chars[start:start + count]:
        number = char["page_number"]
        prefix = pdf_path.with_name(f"{pdf_path.stem}-ink-{number}")
        if not prefix.with_suffix(".png").exists():
            subprocess.run(["pdftoppm", "-r", "150", "-gray", "-f", str(number), "-l",
                            str(number), "-png", "-singlefile", str(pdf_path), str(prefix)],
                           check=True)
        with Image.open(prefix.with_suffix(".png")) as image:
            box = tuple(round(v * scale) for v in (char["x0"], char["top"], char["x1"],
                                                  char["bottom"]))
            total += 255 - ImageStat.Stat(image.crop(box).convert("L")).mean[0]
    return total


def test_fangsong_falls_back_for_what_gb2312_lacks(make_briefing, tmp_path):
    """FandolFang covers GB2312 only: a rarer character is set by the serif after it in
    the role's families, never as a box."""
    fang = resolve_fonts(load_font_config(FONTS_DIR))["fang"]
    assert fang[0].family == FANG and len(fang) > 1
    with TTFont(fang[0].path, fontNumber=fang[0].index, lazy=True) as font:
        covered = font.getBestCmap()
    rare = next(ch for ch in "喆堃玥珺昇曌" if ord(ch) not in covered)
    out = tmp_path / "rare.pdf"
    build(make_briefing(f"王{rare}同志主持会议，研究部署生态环境保护工作。\n",
                        front=jianbao_front()), out)
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in page.chars if round(c["size"]) == 16]
    drawn = next(c for c in chars if c["text"] == rare)
    assert "Noto-Serif-CJK-SC" in drawn["fontname"]
    assert FANG in next(c for c in chars if c["text"] == "王")["fontname"]


# ------------------------------------------------------------------ the 版记's page


def end_block_pages(pdf_path: Path) -> tuple[int, list[str]]:
    """(page count, each page: 'B' body text, 'J' the 版记, '-' neither)."""
    pages = read_pages(pdf_path)  # (parsed once for end_block_pages and folios)
    kinds = []
    for page in pages:
        text = page.extract_text() or ""
        body = [c for c in page.chars if round(c["size"]) == 16 and in_block(c)]
        kinds.append(("B" if body else "") + ("J" if "共印" in text else "") or "-")
    return len(pages), kinds


def folios(pdf_path: Path) -> list[str]:
    """Each page's text below the text block: its page number, or nothing."""
    return [text_of(c for c in page.chars if c["top"] > BLOCK_BOTTOM).strip()
            for page in read_pages(pdf_path)]


@pytest.mark.parametrize(("paragraphs", "expected", "numbered"), [
    # the text ends on page 1 (odd): the 版记 on page 2, alone (numbered: no blank page)
    (3, ["B", "J"], ["— 1 —", "— 2 —"]),
    (8, ["B", "BJ"], ["— 1 —", "— 2 —"]),  # the text ends on page 2 with room
    # page 4 is full: a blank page 5, then page 6; GB/T 9704 7.5: the blank page and
    # the pages after it are not numbered
    (25, ["B", "B", "B", "B", "-", "J"], ["— 1 —", "— 2 —", "— 3 —", "— 4 —", "", ""]),
])
def test_end_block_on_an_even_last_page(paragraphs, expected, numbered, make_briefing,
                                        tmp_path):
    out = tmp_path / "end.pdf"
    build(make_briefing("\n\n".join([PARAGRAPH] * paragraphs) + "\n", front=jianbao_front()),
          out)
    count, kinds = end_block_pages(out)
    assert kinds == expected
    assert count % 2 == 0
    assert folios(out) == numbered


def test_sample_end_block_on_its_even_last_page(jianbao_pdf):
    count, kinds = end_block_pages(jianbao_pdf)
    assert count % 2 == 0 and "J" in kinds[-1]
    assert all("J" not in kind for kind in kinds[:-1])


def test_end_block_rule_on_the_text_block_foot(pages):
    last = pages[-1]
    bottom_rule = max(r["bottom"] for r in last.rects if r["x1"] - r["x0"] > 400)
    assert bottom_rule == pytest.approx(BLOCK_BOTTOM, abs=1)


# ------------------------------------------------------------------ folio


def test_folio_seven_mm_below_the_text_block(pages):
    """GB/T 9704 7.5: the 一字线 7 mm below the text block. The dash is drawn across the
    middle of its em box (measured on the rasterised page: 0.3 mm above it)."""
    for number, page in enumerate(pages, 1):
        dashes = [c for c in page.chars if c["text"] == "—" and c["top"] > BLOCK_BOTTOM]
        if not dashes:
            continue
        middle = (dashes[0]["top"] + dashes[0]["bottom"]) / 2
        offset = (middle - BLOCK_BOTTOM) / MM
        assert offset == pytest.approx(7, abs=0.5), (number, offset)
        digits = [c for c in page.chars if c["text"].isdigit() and c["top"] > BLOCK_BOTTOM]
        assert text_of(digits) == str(number)


# ------------------------------------------------------------------ contents


def test_no_contents_in_a_jianbao_unless_asked_for(pages, make_briefing, tmp_path):
    assert len(pages) >= 8  # long enough for automatic contents in other templates
    assert not any(re.search(r"目\s*录", page.extract_text() or "") for page in pages)
    body = "".join(f"## 第{n}部分\n\n{PARAGRAPH}\n\n" for n in range(1, 4))
    out = tmp_path / "toc.pdf"
    build(make_briefing(body, front=jianbao_front()), out, toc=True)
    with pdfplumber.open(out) as pdf:
        assert re.search(r"目\s*录", pdf.pages[0].extract_text())


# ------------------------------------------------------------------ punctuation


COMMAS = "，、；："


def mark_advances(pdf_path: Path, marks: str = COMMAS) -> list[float]:
    """Advance, in em, of each pause mark inside a line (followed on its line by a Han
    character): from its left edge to the next character's."""
    advances = []
    for chars in page_glyphs(pdf_path):  # (the sample's: parsed once for the run)
        for mark, after in zip(chars, chars[1:], strict=False):
            if (mark["text"] in marks and re.match(r"[\u4e00-\u9fff]", after["text"])
                    and abs(after["top"] - mark["top"]) < 1 and after["x0"] > mark["x0"]):
                advances.append((after["x0"] - mark["x0"]) / mark["size"])
    return advances


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_full_width_punctuation_by_default(template, sample_template_pdf):
    advances = mark_advances(sample_template_pdf(template))
    assert len(advances) > 10
    # A full em each (justification may add to a mark's blank side, never take from it)
    # but in a line that could not be set tight with its marks at full width: there they
    # give up part of their blank half to let the next word in (CLREQ: compress, then
    # push in; layout_patches.get_next_linebox). Such lines are rare, and a mark keeps
    # at least its glyph's half.
    full = [advance for advance in advances if advance >= 1.0 - 0.03]
    assert len(full) >= 0.98 * len(advances)
    assert min(advances) >= 0.5 - 0.03


def test_kaiming_when_asked_for(make_briefing, tmp_path):
    body = "\n\n".join([PARAGRAPH] * 4) + "\n"
    front = FRONT.replace("template: reprint\n",
                          "template: reprint\noptions:\n  punctuation: kaiming\n")
    asked = tmp_path / "kaiming.pdf"
    build(make_briefing(body, front=front), asked)
    # 开明: a pause mark may be set half width (justification gives a loose line's
    # slack back to marks first, so not every mark is); 全角 never sets one below 1 em.
    advances = mark_advances(asked)
    assert advances and min(advances) == pytest.approx(0.5, abs=0.03)
    # on the command line (build --punctuation), over the template's 全角
    plain = write_briefing(tmp_path / "plain", body)
    by_option = tmp_path / "option.pdf"
    build(plain, by_option, punctuation="kaiming")
    assert min(mark_advances(by_option)) == pytest.approx(0.5, abs=0.03)
    default = tmp_path / "default.pdf"
    build(plain, default)
    assert min(mark_advances(default)) == pytest.approx(1.0, abs=0.03)


def test_unknown_punctuation_style_is_refused(make_briefing, tmp_path):
    with pytest.raises(InputError) as caught:
        build(make_briefing("正文。\n"), tmp_path / "x.pdf", punctuation="fullwidth")
    assert "kaiming" in caught.value.problems[0].fix
    assert not (tmp_path / "x.pdf").exists()


# ------------------------------------------------------------------ captions without photos

CAPTION = "局长在兴县调研生态环保工作。"
WITH_FIGURE = f"{PARAGRAPH}\n\n::: figure\n{CAPTION}\n:::\n\n{PARAGRAPH}\n"


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return re.sub(r"\s", "", "".join(page.extract_text() or "" for page in pdf.pages))


@pytest.mark.parametrize(("front", "shown"), [
    (FRONT, True),  # reprint: 「（图略）」 and the caption
    (jianbao_front(), False),  # jianbao: left out
    (jianbao_front("options:\n  missing_photos: placeholder\n"), True),
    (FRONT.replace("template: reprint\n", "template: reprint\noptions:\n  missing_photos: omit\n"),
     False),
])
def test_caption_without_photo(front, shown, make_briefing, tmp_path):
    out = tmp_path / "photo.pdf"
    build(make_briefing(WITH_FIGURE, front=front), out)
    text = pdf_text(out)
    if shown:
        assert "（图略）" + CAPTION in text
    else:
        assert CAPTION not in text and "图略" not in text


def test_check_lists_captions_without_photos(make_briefing):
    folder = make_briefing(WITH_FIGURE)
    report = check_briefing(folder, fonts_dir=FONTS_DIR)
    doubts = [d for d in report.doubts if "without a photo" in d.message]
    assert len(doubts) == 1
    lines = (folder / "article.md").read_text("utf-8").splitlines()
    assert lines[doubts[0].line - 1:doubts[0].line + 1] == ["::: figure", CAPTION]
    assert CAPTION in doubts[0].message and "（图略）" in doubts[0].message


# ------------------------------------------------------------------ negative values


def test_negative_values_take_the_minus_sign():
    assert format_number(-3.5, "zh_Hans_CN") == "\u22123.5"
    assert format_percent(-18.2, "zh_Hans_CN") == "\u221218.2%"
    assert format_quantity(-2, "万元", "zh_Hans_CN") == "\u22122万元"
    assert format_number(3.5, "zh_Hans_CN") == "3.5"


def test_negative_value_in_a_table_is_printed_with_the_minus_sign(make_briefing, tmp_path):
    figures = """\
groups:
  - id: water
    title: 水环境质量
    rows:
      - label: 劣V类断面变化
        value: -2
        unit: 个
        source: 劣V类断面比上年减少2个。
"""
    folder = make_briefing("劣V类断面比上年减少2个。\n", figures=figures)
    out = tmp_path / "minus.pdf"
    build(folder, out)
    text = pdf_text(out)
    assert "\u22122" in text and "-2" not in text


# ------------------------------------------------------------------ the line grid


def body_baselines(pdf_path: Path) -> dict[int, list[float]]:
    """Page -> the baselines (pt from the page's top) of its lines of 16 pt body text
    in the 仿宋 (regular) inside the text block."""
    found: dict[int, list[float]] = {}
    for page in read_pages(pdf_path):  # (the sample's: the parse shared by the run)
        lines = {round(page.height - c["matrix"][5], 2) for c in page.chars
                 if round(c["size"]) == 16 and in_block(c)
                 and c["fontname"].split("+")[-1] == FANG and c["text"].strip()}
        if lines:
            found[page.page_number] = sorted(lines)
    return found


def test_body_lines_on_the_grid_after_every_heading(make_briefing, tmp_path):
    """Headings of every level, an editor's note, a salutation and a signature add no
    space of their own: every body line on every page is on the 28.95 pt grid (± 0.5 pt),
    at the same place in its line as on a page of body text alone."""
    section = (f"{PARAGRAPH}\n\n### 第二层\n\n{PARAGRAPH}\n\n#### 第三层\n\n{PARAGRAPH}\n\n"
               f"##### 第四层\n\n{PARAGRAPH}\n\n")
    body = (f"::: salutation\n各位同志：\n:::\n\n{PARAGRAPH}\n\n"
            + "".join(f"## 第{n}部分\n\n{section}" for n in range(1, 6))
            + "::: signature\n某某市生态环境局\n2021年3月19日\n:::\n")
    out = tmp_path / "grid.pdf"
    build(make_briefing(body, front=jianbao_front()), out)
    baselines = body_baselines(out)
    assert len(baselines) >= 3
    reference = (baselines[1][0] - TOP) % PITCH  # the first body line's place in its line
    for page, lines in baselines.items():
        for line in lines:
            off = ((line - TOP) % PITCH - reference) % PITCH
            assert min(off, PITCH - off) < 0.5, (page, line, off)


def test_body_lines_on_the_grid_after_run_in_headings(make_briefing, tmp_path):
    """A run-in heading (「（一）事故总量持续保持在高位。」, 楷体 inside a 仿宋 line; 黑体 at
    level 1) adds nothing to its line: every body line stays on the 28.95 pt grid, and
    a page of such paragraphs holds 22 lines. The 楷体's run-in made its line 0.7 pt
    taller; with three on a page (a-tongbao-anweiban-2018-67's jianbao) the page held 21."""
    from briefing.preflight import measure

    body = "".join(f"## {level1}。\n\n{PARAGRAPH}\n\n"
                   + "".join(f"### 事故总量持续保持在高位第{n}项。\n\n{PARAGRAPH * 2}\n\n"
                             for n in range(1, 5))
                   for level1 in ("上半年建筑业安全生产形势", "下一步工作要求", "其他事项"))
    out = tmp_path / "run-in.pdf"
    build(make_briefing(body, front=jianbao_front()), out)
    baselines = body_baselines(out)
    assert len(baselines) >= 3
    reference = (baselines[1][0] - TOP) % PITCH
    for page, lines in baselines.items():
        for line in lines:
            off = ((line - TOP) % PITCH - reference) % PITCH
            assert min(off, PITCH - off) < 0.5, (page, line, off)
    report = measure(out, grid=(28, 22))
    assert report.lines_per_page and set(report.lines_per_page) == {22}, report.lines_per_page


def test_body_lines_on_the_grid_with_characters_from_the_fallback_face(make_briefing,
                                                                      tmp_path):
    """A character FandolFang lacks is set in the serif after it (「喆」, common in names):
    its line keeps the pitch — Pango measured the line by the serif's ascent and descent
    too, and each such line pushed the grid down 2 pt (layout_patches `_on_strut`)."""
    fang = resolve_fonts(load_font_config(FONTS_DIR))["fang"]
    with TTFont(fang[0].path, fontNumber=fang[0].index, lazy=True) as font:
        covered = font.getBestCmap()
    rare = next(ch for ch in "喆堃玥珺昇曌" if ord(ch) not in covered)
    paragraph = PARAGRAPH.replace("全市", f"王{rare}同志")
    out = tmp_path / "rare.pdf"
    build(make_briefing("\n\n".join([paragraph] * 24) + "\n", front=jianbao_front()), out)
    with pdfplumber.open(out) as pdf:
        assert any(c["text"] == rare and "Noto-Serif" in c["fontname"]
                   for page in pdf.pages for c in page.chars)  # the case: the fallback
    baselines = body_baselines(out)
    assert len(baselines) >= 3
    reference = (baselines[1][0] - TOP) % PITCH
    for page, lines in baselines.items():
        for line in lines:
            off = ((line - TOP) % PITCH - reference) % PITCH
            assert min(off, PITCH - off) < 0.5, (page, line, off)


def test_sample_body_lines_on_the_grid_after_tables_and_charts(jianbao_pdf):
    """The sample's key-figure tables and charts (on pages 2, 3, 6, 11, 13–16) take whole
    lines: every body line of every page stays on the grid (± 0.5 pt); it drifted by up
    to 11.8 pt."""
    baselines = body_baselines(jianbao_pdf)
    reference = (baselines[2][0] - TOP) % PITCH
    for page, lines in baselines.items():
        for line in lines:
            off = ((line - TOP) % PITCH - reference) % PITCH
            assert min(off, PITCH - off) < 0.5, (page, line, off)


@pytest.mark.parametrize("size", [(400, 300), (300, 400), (1000, 137)])
def test_body_lines_on_the_grid_after_photos(size, make_briefing, tmp_path):
    """A photo takes whole lines of the grid (its picture contained in them), and its
    caption one line: the body after it stays on the 28.95 pt grid, whatever the photo's
    shape (measured: a 4:3 photo at the text width pushed the next lines 10.4 pt off)."""
    from PIL import Image

    folder = make_briefing(
        f"{PARAGRAPH}\n\n::: figure\n![](images/photo.png)\n图①：某某在现场检查\n:::\n\n"
        + f"{PARAGRAPH}\n\n" * 12, front=jianbao_front())
    (folder / "images").mkdir()
    Image.new("RGB", size, (90, 120, 150)).save(folder / "images" / "photo.png", dpi=(300, 300))
    out = tmp_path / "photo-grid.pdf"
    build(folder, out)
    baselines = body_baselines(out)
    with pdfplumber.open(out) as pdf:
        pictures = [image for page in pdf.pages for image in page.images]
    assert len(pictures) == 1
    reference = (baselines[1][0] - TOP) % PITCH
    for page, lines in baselines.items():
        for line in lines:
            off = ((line - TOP) % PITCH - reference) % PITCH
            assert min(off, PITCH - off) < 0.5, (page, line, off)


def test_end_block_fills_the_rows_the_text_leaves(make_briefing, tmp_path):
    """The 版记 (three lines here: 报, 发, the copies) takes exactly three rows of the grid:
    text that leaves three rows free on its even last page gets it there, below the text
    — not a blank page and a page of its own (its spacer was two points taller than three
    rows, a-speech-xxxian-2006-zhuchici's and a-notice-lufeng-2024-changwuhui's jianbao
    went to four pages)."""
    short = "各地区各部门要认真落实本通知要求。"  # one line
    out = tmp_path / "end.pdf"
    build(make_briefing("\n\n".join([PARAGRAPH] * 4 + [short] * 20) + "\n",
                        front=jianbao_front()), out)
    count, kinds = end_block_pages(out)
    pages = read_pages(out)
    rows = {round(c["top"]) for c in pages[1].chars if round(c["size"]) == 16 and in_block(c)}
    assert len(rows) == 22 - 3  # the case: the text leaves the 版记's three rows
    assert kinds == ["B", "BJ"] and folios(out) == ["— 1 —", "— 2 —"]
    last = pages[-1]
    rules = sorted(r["top"] for r in last.rects if r["x1"] - r["x0"] > 400)
    text_bottom = max(c["bottom"] for c in last.chars if round(c["size"]) == 16 and in_block(c))
    assert rules[0] > text_bottom  # its first rule under the text
    assert max(r["bottom"] for r in last.rects if r["x1"] - r["x0"] > 400) == \
        pytest.approx(BLOCK_BOTTOM, abs=1)
