"""Block roles (tests/corpus/README.md): article.md's ::: blocks, footnotes and the url
load into the model, bad ones fail with their line, and every template sets them —
measured from the PDF's glyph positions."""

from __future__ import annotations

import functools

import pdfplumber
import pytest
from conftest import FIGURES as FIGURES_TEMPLATE
from conftest import write_briefing

from briefing.build import build, role_texts
from briefing.errors import InputError
from briefing.loader import load_briefing
from briefing.model import EditorNote, Paragraph, Sidebar, Table
from briefing.render import render_html

URL = "https://example.com/" + "a" * 164 + "/news.html?id=42"
assert len(URL) == 200
FRONT = f"""\
---
title: 角色测试
authors: [张三]
source: 人民日报
url: {URL}
date: 2024-03-05
template: reprint
jianbao: {{name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, date: 2024-03-08}}
---
"""

LONG = ("这里再多写一些文字，使它成为一段较长的正文，足以折行两三次，以便看清首行缩进和两端对齐的"
        "效果；在最宽的版心里也要折行，所以还要再写上一些文字，直到它足够长为止。")
BODY = f"""\
::: editor-note
编者按：本期刊发一组报道，介绍各地推进生态环境保护工作的做法，供参考。

——编者
:::

::: salutation
各位代表：
:::

**一是加强领导。**其余正文说明了事情[^1]，{LONG}

## 一、第一部分

::: byline
本报记者 王五
:::

**二是压实责任。**各级各部门要切实履行职责[^2]，{LONG}

::::: sidebar 记者手记
手记正文，记者在采访中看到的情况，优良天数281天。
::: signature
记者 李四
:::
:::::

| 指标 | 数值 |
|---|---|
| 甲 | 1 |
::: note
注：表中数据为初步统计。
:::

::: note
注：正文的注。
:::

第二条消息的正文。

::: signature
某某市人民政府办公室
2023年12月31日
:::

[^1]: 脚注的文字，说明数据来源。
[^2]: 第二个脚注。
"""


# ---------------------------------------------------------------- loading


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_briefing(tmp_path_factory.mktemp("roles") / "brief", BODY, front=FRONT)


def test_every_role_loads(folder):
    briefing = load_briefing(folder)
    assert briefing.meta.url == URL
    note, salutation, lead_in = briefing.lead
    assert isinstance(note, EditorNote)
    assert [p.text.plain for p in note.blocks] == [
        "编者按：本期刊发一组报道，介绍各地推进生态环境保护工作的做法，供参考。", "——编者"]
    assert (salutation.role, salutation.text.plain) == ("salutation", "各位代表：")
    # The run-in lead is a strong span, though 。 closes it next to a Han character.
    assert [(s.text, s.marks) for s in lead_in.text.spans[:2]] == [
        ("一是加强领导。", ("strong",)), ("其余正文说明了事情", ())]
    [section] = briefing.sections
    byline, second, sidebar, table, body_note, news, *signature = section.blocks
    assert (byline.role, byline.text.plain) == ("byline", "本报记者 王五")
    assert second.role == "body" and second.text.spans[0].marks == ("strong",)
    assert isinstance(sidebar, Sidebar) and sidebar.title.plain == "记者手记"
    assert [(p.role, p.text.plain) for p in sidebar.blocks] == [
        ("body", "手记正文，记者在采访中看到的情况，优良天数281天。"), ("signature", "记者 李四")]
    # A note directly under a table is the table's; another is a paragraph of its own.
    assert isinstance(table, Table) and [n.plain for n in table.notes] == ["注：表中数据为初步统计。"]
    assert (body_note.role, body_note.text.plain) == ("note", "注：正文的注。")
    assert news.role == "body"
    # A signature's lines are paragraphs, each on its source line.
    assert [(p.role, p.text.plain) for p in signature] == [
        ("signature", "某某市人民政府办公室"), ("signature", "2023年12月31日")]
    assert signature[1].line == signature[0].line + 1


def test_footnote_mark_and_text(folder):
    briefing = load_briefing(folder)
    footnote, second = briefing.footnotes
    assert (footnote.id, second.id) == ("fn1", "fn2")
    assert second.text.plain == "第二个脚注。"
    lead_in = briefing.lead[2]
    [mark] = [s for s in lead_in.text.spans if s.footnote]
    assert mark.footnote == footnote.id and mark.text == ""
    assert footnote.text.plain == "脚注的文字，说明数据来源。"
    assert footnote.block == lead_in.id
    assert "[^1]" not in lead_in.text.plain and "脚注" not in lead_in.text.plain
    lines = (folder / "article.md").read_text("utf-8").split("\n")
    assert lines[footnote.line - 1].startswith("[^1]:")


def test_walk_blocks_and_the_glyph_check_see_every_role(folder):
    briefing = load_briefing(folder)
    texts = [b.text.plain for b in briefing.walk_blocks() if isinstance(b, Paragraph)]
    assert "手记正文，记者在采访中看到的情况，优良天数281天。" in texts
    assert "——编者" in texts
    items = {(item.role, item.text) for item in role_texts(briefing)}
    assert ("kai", "——编者") in items  # an editor's note is set in 楷体
    assert ("heading", "记者手记") in items
    assert ("body", "脚注的文字，说明数据来源。") in items
    assert ("body", "注：表中数据为初步统计。") in items
    assert ("caption", URL) in items
    assert ("caption", "本报记者 王五") in items
    assert ("kai", "本报记者 王五") in items  # the jianbao template's byline face


@pytest.mark.parametrize(("sentence", "where"), [
    ("手记正文，记者在采访中看到的情况，优良天数281天。", "sidebar"),
    ("脚注281天。", "footnote"),
])
def test_a_figure_may_cite_a_sidebar_or_a_footnote(tmp_path, sentence, where):
    body = BODY.replace("脚注的文字，说明数据来源。", "脚注281天。")
    folder = write_briefing(tmp_path / "b", body, front=FRONT,
                            figures=FIGURES_TEMPLATE.format(sentence=sentence))
    briefing = load_briefing(folder)
    anchor = briefing.figures[0].anchor
    # The table follows the outermost block: the sidebar, or the paragraph marking the note.
    top = [*briefing.lead, *briefing.sections[0].blocks]
    assert anchor in [b.id for b in top]
    expected = "sidebar" if where == "sidebar" else "paragraph"
    assert next(b for b in top if b.id == anchor).kind == expected
    # … and is printed right after it.
    html = render_html(briefing).html
    end = html.index("</aside>", html.index(f'id="{anchor}"')) if where == "sidebar" else \
        html.index("</p>", html.index(f'id="{anchor}"'))
    assert html.index('id="figures-air"') > end
    assert html.index('id="figures-air"') < html.index("注：表中数据为初步统计")


@pytest.mark.parametrize(("body", "line", "needle", "fix"), [
    ("正文。\n\n::: warning\n小心。\n:::\n", 12, "'::: warning' is not a block", "::: note"),
    ("::: note\n注：没有结尾。\n", 10, "'::: note' is not closed", "':::'"),
    ("::: salutation 多余\n同志们：\n:::\n", 10, "takes no title", "alone"),
    ("正文[^9]。\n", 10, "footnote [^9] has no text", "[^9]: …"),
    ("正文。\n\n[^x]: 无人引用。\n", 12, "[^x] is never marked", "[^x]"),
    ("甲[^1]乙[^1]。\n\n[^1]: 注。\n", 10, "marked a second time", "one mark"),
    ("::: note\n| a | b |\n|---|---|\n| 1 | 2 |\n:::\n", 11, "holds paragraphs only", "move it"),
    (":::: sidebar 链接\n::: figure\n图。\n:::\n::::\n", 11, "inside '::: sidebar'", "only"),
])
def test_bad_blocks_fail_with_line_and_fix(make_briefing, body, line, needle, fix):
    with pytest.raises(InputError) as caught:
        load_briefing(make_briefing(body))
    [problem] = [p for p in caught.value.problems if needle in p.message]
    assert problem.line == line
    assert fix in problem.fix


def test_a_footnote_mark_in_a_code_span_is_text(make_briefing):
    # A post on Markdown writes the mark as code (「`[^x]`」): it calls no note, and the
    # article loads — an import of such a post once wrote a folder its build refused.
    briefing = load_briefing(make_briefing("脚注写作 `[^x]`，定义写作 ``[^x]: 内容``。\n"))
    assert "[^x]" in briefing.lead[0].text.plain and briefing.footnotes == []
    # …while a mark outside the code still needs its note
    with pytest.raises(InputError, match=r"footnote \[\^y\] has no text"):
        load_briefing(make_briefing("写作 `[^x]`，正文[^y]。\n"))


# ---------------------------------------------------------------- the PDFs


@pytest.fixture(scope="module")
def pdfs(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("roles-pdf")
    built = {}
    for template in ("reprint", "jianbao", "handout"):
        built[template] = out / f"{template}.pdf"
        build(folder, built[template], template=template)
    return built


@functools.cache
def _chars(pdf_path):
    """The PDF's characters (white space aside), with their page and its height: read
    once per file for the module's tests (which only read them)."""
    with pdfplumber.open(pdf_path) as pdf:
        return [{**c, "page": p.page_number, "page_height": p.height}
                for p in pdf.pages for c in p.chars if c["text"].strip()]


def _find(chars, text):
    """The characters of the first occurrence of `text` (white space ignored)."""
    joined = "".join(c["text"] for c in chars)
    at = joined.find(text)
    assert at >= 0, f"「{text}」 not in the PDF"
    return chars[at:at + len(text)]


def _lines(chars):
    lines: dict[tuple[int, int], list] = {}
    for c in chars:
        lines.setdefault((c["page"], round(c["top"])), []).append(c)
    return [sorted(line, key=lambda c: c["x0"]) for _, line in sorted(lines.items())]


def _block_edges(chars, paragraph_start):
    """The text block's left and right edges, from a justified paragraph's full lines."""
    start = _find(chars, paragraph_start)[0]
    at = chars.index(start)
    lines = _lines([c for c in chars[at:at + 200] if c["page"] == start["page"]
                    and c["size"] == start["size"]])
    full = lines[:2]  # its first two lines are full (the paragraph wraps twice)
    assert len(lines) >= 3
    return lines[1][0]["x0"], max(line[-1]["x1"] for line in full)


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_signature_right_and_salutation_flush_left(pdfs, template):
    chars = _chars(pdfs[template])
    left, right = _block_edges(chars, "二是压实责任")
    size = _find(chars, "二是压实责任")[0]["size"]
    signer, date = _find(chars, "某某市人民政府办公室"), _find(chars, "2023年12月31日")
    assert signer[-1]["x1"] == pytest.approx(right, abs=1)
    assert date[-1]["x1"] == pytest.approx(right, abs=1)
    assert date[0]["top"] > signer[0]["top"] + size  # the date under the signer
    # Never alone on a page (in the jianbao it falls just past a page's foot otherwise).
    assert _find(chars, "第二条消息的正文")[0]["page"] == signer[0]["page"] == date[0]["page"]
    salutation = _find(chars, "各位代表")
    assert salutation[0]["x0"] == pytest.approx(left, abs=0.5)
    # Body paragraphs keep their two-character indent (so the salutation's is not by chance).
    lead = _find(chars, "一是加强领导")[0]
    assert lead["x0"] == pytest.approx(left + 2 * lead["size"], abs=1)
    # A byline in the body is centred.
    byline = _find(chars, "本报记者")[0]
    name = _find(chars, "王五")[-1]
    assert (byline["x0"] + name["x1"]) / 2 == pytest.approx((left + right) / 2, abs=size)


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_lead_ins_bold_and_url_inside_the_block(pdfs, template):
    chars = _chars(pdfs[template])
    start = "二是压实责任" if template == "handout" else "一是加强领导"
    lead = _find(chars, start)
    assert all("Bold" in c["fontname"] for c in lead), {c["fontname"] for c in lead}
    after = _find(chars, "各级各部门" if template == "handout" else "其余正文")
    assert not any("Bold" in c["fontname"] for c in after)
    # The 200-character URL is printed whole, every glyph inside the text block.
    body = "二是压实责任"
    left, right = _block_edges(chars, body)
    url = _find(chars, URL)
    assert min(c["x0"] for c in url) >= left - 0.5
    assert max(c["x1"] for c in url) <= right + 0.5
    assert len({round(c["top"]) for c in url}) >= 2  # it wraps


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_footnote_at_the_foot_of_the_page(pdfs, template):
    chars = _chars(pdfs[template])
    # The handout sets each section's first paragraph only: the second note, numbered 1.
    number = "1" if template == "handout" else "2"
    note = _find(chars, "第二个脚注")
    page = note[0]["page"]
    assert page == _find(chars, "二是压实责任")[0]["page"]
    body = [c for c in chars if c["page"] == page and c["top"] < note[0]["top"]
            and c["size"] > note[0]["size"]]
    assert body, "no body text above the footnote"
    assert note[0]["top"] > max(c["bottom"] for c in body)
    assert note[0]["top"] > note[0]["page_height"] / 2
    # Its mark: a small number after 职责, and the same number before the note.
    mark = _find(chars, "职责" + number)[-1]
    assert mark["size"] < _find(chars, "职责")[0]["size"] * 0.8
    before = chars[chars.index(note[0]) - 2:chars.index(note[0])]
    assert "".join(c["text"] for c in before) == number + "."
    if template != "handout":  # the first note, at the foot of its own page
        first = _find(chars, "脚注的文字")
        assert first[0]["page"] == _find(chars, "一是加强领导")[0]["page"]
        above = [c["bottom"] for c in chars if c["page"] == first[0]["page"]
                 and c["top"] < first[0]["top"] and c["size"] > first[0]["size"]]
        assert first[0]["top"] > max(above) and first[0]["top"] > first[0]["page_height"] / 2


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_sidebar_editor_note_and_notes_are_set(pdfs, template):
    chars = _chars(pdfs[template])
    title = _find(chars, "记者手记")
    assert all("Sans" in c["fontname"] for c in title)  # the heading face
    text = _find(chars, "手记正文")
    assert text[0]["top"] > title[0]["top"]
    editor = _find(chars, "本期刊发一组报道")
    assert all("UKai" in c["fontname"] or "Kai" in c["fontname"] for c in editor)
    note = _find(chars, "注：表中数据为初步统计")
    body = _find(chars, "第二条消息的正文")
    assert note[0]["size"] < body[0]["size"]
    assert "注：正文的注" in "".join(c["text"] for c in chars)


def test_handout_digests_the_first_body_paragraph(pdfs):
    text = "".join(c["text"] for c in _chars(pdfs["handout"]))
    assert "二是压实责任" in text
    assert "本报记者" not in text  # the byline before it is not the section's digest


def test_an_edit_inside_a_sidebar_is_a_change(folder, tmp_path):
    from briefing import changes

    edited = write_briefing(tmp_path / "edited", BODY.replace("手记正文", "手记的正文"),
                            front=FRONT)
    found = changes.compare(load_briefing(folder), load_briefing(edited))
    [change] = found
    assert (change.kind, change.action) == ("paragraph", "changed")
    assert change.new.text.startswith("手记的正文")
    assert change.new.id in changes.marks(found)


def test_a_traditional_edition_keeps_url_and_roles(tmp_path):
    from briefing import i18n

    url = "https://example.com/新闻/2024"
    folder = write_briefing(tmp_path / "b", BODY, front=FRONT.replace(URL, url))
    briefing = load_briefing(folder)
    converted = i18n.convert_briefing(briefing, i18n.edition_for("zh_Hant_TW", briefing.meta))
    assert converted.meta.url == url
    assert converted.lead[1].role == "salutation"
    assert converted.lead[2].text.spans[2].footnote == "fn1"
    assert converted.footnotes[0].text.plain.startswith("腳註的文字")


def test_footnotes_in_headings_cells_quotes_and_captions_are_printed(make_briefing, tmp_path):
    folder = make_briefing("""\
        ## 一、标题里的脚注[^h]

        | 指标 | 数值[^t] |
        |---|---|
        | 甲 | 1 |

        > 引文里的脚注[^q]。

        ::: figure
        图注里的脚注[^f]。
        :::

        [^h]: 标题脚注。
        [^t]: 表格脚注。
        [^q]: 引文脚注。
        [^f]: 图注脚注。
        """)
    briefing = load_briefing(folder)
    assert [s.footnote for s in briefing.sections[0].title.spans] == [None, "fn1"]
    assert briefing.sections[0].number == "一、"
    out = tmp_path / "notes.pdf"
    build(folder, out)
    chars = _chars(out)
    for number, text in enumerate(["标题脚注", "表格脚注", "引文脚注", "图注脚注"], 1):
        note = _find(chars, f"{number}.{text}")
        assert note[0]["top"] > _find(chars, "图注里的脚注")[0]["bottom"]


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_source_date_and_url_under_the_title(pdfs, template):
    chars = [c for c in _chars(pdfs[template]) if c["page"] == 1]
    title = _find(chars, "角色测试")
    source = _find(chars, "人民日报")
    date = _find(chars, "2024年3月5日")  # the jianbao's masthead says 2024年3月8日
    url = _find(chars, URL)
    assert title[0]["bottom"] < source[0]["top"] <= date[0]["top"] < url[0]["top"]
    assert url[0]["top"] < _find(chars, "二是压实责任" if template == "handout" else "各位代表")[0]["top"]


def test_an_escaped_footnote_mark_is_text(make_briefing):
    [paragraph] = load_briefing(make_briefing("表情\\[^_^]不是脚注。\n")).lead
    assert paragraph.text.plain == "表情[^_^]不是脚注。"


def test_an_edited_footnote_is_a_change_and_marked(folder, tmp_path):
    from briefing import changes

    edited = write_briefing(tmp_path / "edited", BODY.replace("第二个脚注", "第二个脚注改"),
                            front=FRONT)
    new = load_briefing(edited)
    found = changes.compare(load_briefing(folder), new)
    assert [(c.kind, c.action, c.new.id) for c in found] == [("footnote", "changed", "fn2")]
    html = render_html(new, context={"changed": changes.marks(found)}).html
    assert '<span class="footnote changed">第二个脚注改。</span>' in html
    assert '<span class="footnote">脚注的文字' in html


@pytest.mark.parametrize(("subtitle", "printed"), [
    ("（2020年修订）", "（2020年修订）"),  # an edition in brackets: no dash before it
    ("记吕梁市生态环境局", "——记吕梁市生态环境局"),  # a 副题 takes reprint's dash
    ("文化节目《中华考工记》——", "文化节目《中华考工记》——"),  # a 引题 leads in with its own
])
def test_reprint_sets_a_dash_before_a_subtitle_but_not_before_an_edition(
        tmp_path, subtitle, printed):
    front = f"---\ntitle: 角色测试\nsubtitle: {subtitle}\ntemplate: reprint\n---\n"
    folder = write_briefing(tmp_path / "brief", "正文。\n", front=front)
    pdf = build(folder, tmp_path / "out.pdf").output
    with pdfplumber.open(pdf) as document:
        text = "".join((document.pages[0].extract_text() or "").split())
    assert printed in text
    if not printed.startswith("——"):
        assert "——" + subtitle not in text
