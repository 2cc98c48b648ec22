"""Building PDFs: content, structure, fonts, metadata, safety and atomic writes."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import SAMPLE
from pdfread import body_chars, body_text, fonts, outline, page_texts, reader_text
from pypdf import PdfReader

from briefing import fonts as font_roles
from briefing.build import build, role_texts
from briefing.checks import stale_figures
from briefing.errors import InputError
from briefing.loader import load_briefing
from briefing.model import Figure, Paragraph, Quote, Table
from briefing.resources import TEMPLATES_DIR


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------ the sample


def test_sample_text_complete_and_in_order(sample_pdf):
    briefing = load_briefing(SAMPLE)
    text = body_text(sample_pdf)
    position = 0
    for block in briefing.walk_blocks():
        if isinstance(block, Paragraph | Figure):
            wanted = squash(block.text.plain if isinstance(block, Paragraph)
                            else block.caption.plain)
            found = text.find(wanted, position)
            assert found >= 0, f"paragraph at article.md:{block.line} missing or out of order"
            assert text.count(wanted) == 1, f"paragraph at article.md:{block.line} duplicated"
            position = found + len(wanted)


def test_sample_bookmarks_match_headings(sample_pdf):
    briefing = load_briefing(SAMPLE)
    expected = [(1, briefing.meta.title)] + [
        (section.level + 1, f"{section.number} {section.title.plain}" if section.number
         else section.title.plain)
        for section in briefing.walk_sections()
    ]
    assert outline(sample_pdf) == expected
    assert sum(1 for depth, _ in expected if depth == 2) >= 2
    assert sum(1 for depth, _ in expected if depth == 3) >= 10


def test_sample_fonts_embedded_and_subset(sample_pdf):
    found = fonts(sample_pdf)
    assert found
    for font in found:
        assert font["embedded"], font
        assert re.match(r"^/[A-Z]{6}\+", font["name"]), f"not a subset: {font}"
    names = " ".join(f["name"] for f in found)
    assert "Noto-Serif-CJK-SC" in names and "Noto-Sans-CJK-SC" in names


def test_sample_no_missing_glyphs(sample_pdf):
    # Every character drawn is one its font has: compare with the fonts' own cmaps.
    resolved = font_roles.resolve_fonts(font_roles.load_font_config(Path("fonts")))
    covered = {}
    for faces in resolved.values():
        for face in faces:
            covered[face.family.replace(" ", "-")] = font_roles.face_coverage(face.path, face.index)
    for char in body_chars(sample_pdf, top_mm=0, bottom_mm=0):
        family = next(k for k in covered if k in char["fontname"])
        for code in char["text"]:  # one glyph may stand for several characters (——)
            assert ord(code) in covered[family] or code.isspace(), char
            assert code != "\ufffd"


def test_sample_captions_not_in_body_style(sample_pdf):
    briefing = load_briefing(SAMPLE)
    captions = [b for b in briefing.walk_blocks() if isinstance(b, Figure)]
    assert len(captions) >= 2
    chars = body_chars(sample_pdf)
    text = "".join(c["text"] for c in chars)
    body = next(b for b in briefing.walk_blocks() if isinstance(b, Paragraph))
    start = text.find(body.text.plain[:12])
    body_font = {(c["fontname"].split("+")[-1], round(c["size"], 1))
                 for c in chars[start:start + 12]}
    for caption in captions:
        start = text.find(caption.caption.plain[:12])
        assert start >= 0
        caption_font = {(c["fontname"].split("+")[-1], round(c["size"], 1))
                        for c in chars[start:start + 12]}
        assert caption_font.isdisjoint(body_font), (caption_font, body_font)
        assert all(size < 11 for _, size in caption_font)


def test_sample_key_figures(sample_pdf):
    briefing = load_briefing(SAMPLE)
    ids = {group.id for group in briefing.figures}
    assert {"air", "water", "enforcement"} <= ids
    assert stale_figures(briefing) == []
    pages = squash(reader_text(sample_pdf))
    for group in briefing.figures:
        assert squash(group.title) in pages
        for row in group.rows:
            assert squash(row.label) in pages
            assert f"{row.value}" in pages


def test_sample_metadata_page_size_and_running_head(sample_pdf):
    reader = PdfReader(sample_pdf)
    briefing = load_briefing(SAMPLE)
    assert reader.metadata.title == briefing.meta.title
    for author in briefing.meta.authors:
        assert author in reader.metadata.author
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    texts = page_texts(sample_pdf)
    assert len(texts) >= 4
    for number, text in enumerate(texts[1:], start=2):
        lines = text.strip().splitlines()
        assert lines[0].strip() == briefing.meta.title, f"running head on page {number}"
        assert lines[-1].strip() == str(number), f"page number on page {number}"


# ------------------------------------------------------------------ small documents


LONG_TABLE = "Table: 表1 很长的表\n| 序号 | 名称 | 数量 |\n|---|---|---:|\n" + "".join(
    f"| {i} | 项目{i} | {i * 7} |\n" for i in range(1, 80))


def test_table_header_repeats_across_pages(make_briefing, tmp_path):
    folder = make_briefing("导语。\n\n" + LONG_TABLE)
    pdf = build(folder, tmp_path / "t.pdf").output
    texts = page_texts(pdf)
    assert len(texts) >= 2
    for text in texts:
        assert re.search(r"序号\s*名称\s*数量", text), text[:200]
    # numbers right-aligned: the right edges of the 数量 column line up
    chars = [c for c in body_chars(pdf) if c["page"] == 1]
    rights = {}
    for char in chars:
        if char["text"].isdigit() and char["x0"] > 400:
            rights.setdefault(round(char["top"]), []).append(char["x1"])
    row_ends = [max(xs) for xs in rights.values()]
    assert len(row_ends) > 20
    assert max(row_ends) - min(row_ends) < 0.5


def test_failed_build_leaves_previous_pdf(make_briefing, tmp_path):
    folder = make_briefing("导语。\n")
    target = tmp_path / "out.pdf"
    build(folder, target)
    before = target.read_bytes()
    (folder / "article.md").write_text((folder / "article.md").read_text() + "\n<sub>未闭合\n")
    with pytest.raises(InputError):
        build(folder, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_uncovered_character_fails_build(make_briefing, tmp_path):
    folder = make_briefing("导语。\n\n## 一、部分\n\n这里有一个私用区字符\ue000。\n")
    target = tmp_path / "out.pdf"
    with pytest.raises(InputError) as caught:
        build(folder, target)
    [problem] = caught.value.problems
    assert "U+E000" in problem.message and "body" in problem.message
    assert (Path(problem.file).name, problem.line) == ("article.md", 14)
    assert not target.exists()


def test_css_cannot_read_outside_files(make_briefing, tmp_path):
    secret = tmp_path / "secret.svg"
    secret.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20">'
                      '<text y="15">SECRET-MARKER</text></svg>')
    templates = tmp_path / "mytemplates" / "reprint"
    templates.mkdir(parents=True)
    (templates / "style.css").write_text(
        f'body {{ background: url("{secret.as_uri()}"); }}\n'
        'h1.title::after { content: url("file:///etc/passwd"); }\n')
    folder = make_briefing("导语。\n")
    target = tmp_path / "out.pdf"
    with pytest.raises(InputError) as caught:
        build(folder, target, template_dirs=[tmp_path / "mytemplates"])
    assert secret.as_uri() in str(caught.value) or "/etc/passwd" in str(caught.value)
    assert not target.exists()


def test_user_template_overrides_stylesheet(make_briefing, tmp_path):
    templates = tmp_path / "mytemplates" / "reprint"
    templates.mkdir(parents=True)
    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text()
    (templates / "style.css").write_text(css + "\nh1.title { color: rgb(0, 0, 255); }\n")
    folder = make_briefing("导语。\n")
    pdf = build(folder, tmp_path / "o.pdf", template_dirs=[tmp_path / "mytemplates"]).output
    title = [c for c in body_chars(pdf, 0, 0) if c["text"] == "测"][0]
    assert tuple(title["non_stroking_color"]) == (0, 0, 1)


def test_unknown_template_names_front_matter_line(make_briefing, tmp_path):
    folder = make_briefing("导语。\n", front="---\ntitle: 标题\ntemplate: fancy\n---\n")
    with pytest.raises(InputError) as caught:
        build(folder, tmp_path / "o.pdf")
    [problem] = caught.value.problems
    assert (problem.file.name, problem.line) == ("article.md", 3)
    assert "reprint" in problem.fix
    assert not (tmp_path / "o.pdf").exists()


def test_role_texts_cover_every_block(make_briefing):
    folder = make_briefing("导语。\n\n## 一、部分\n\n::: figure\n说明甲。\n:::\n\n> 引文乙。\n\n"
                           "| 表头丙 | 丁 |\n|---|---|\n| 戊 | 己 |\n")
    briefing = load_briefing(folder)
    text = "".join(item.text for item in role_texts(briefing))
    for block in briefing.walk_blocks():
        if isinstance(block, Table | Quote):
            continue
        assert squash(block.text.plain if isinstance(block, Paragraph)
                      else block.caption.plain) in text
    for char in "甲乙丙丁戊己部分":
        assert char in text


def test_output_written_atomically_beside_target(make_briefing, tmp_path, monkeypatch):
    # The PDF appears only by rename: watch os.replace being the one that creates it.
    folder = make_briefing("导语。\n")
    target = tmp_path / "sub" / "out.pdf"
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        calls.append((Path(src).parent, Path(dst)))
        assert not Path(dst).exists()
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    build(folder, target)
    # (the build record in the cache is written atomically too: fingerprint.remember)
    assert [call for call in calls if call[1].suffix == ".pdf"] == [(target.parent, target)]


def test_running_header_can_be_switched_off(make_briefing, tmp_path):
    body = "导语。\n\n" + "".join(f"## {n}、第{n}部分\n\n" + "正文段落。" * 120 + "\n\n"
                                 for n in "一二三")
    folder = make_briefing(body)
    with_header = page_texts(build(folder, tmp_path / "a.pdf").output)
    assert with_header[1].strip().splitlines()[0] == "测试简报标题"
    article = folder / "article.md"
    article.write_text(article.read_text("utf-8").replace(
        "template: reprint", "template: reprint\noptions: {running_header: false}"), "utf-8")
    without = page_texts(build(folder, tmp_path / "b.pdf").output)
    assert len(without) >= 2
    assert all("测试简报标题" not in page.strip().splitlines()[0] for page in without[1:])


def test_pdf_gets_the_usual_file_mode(make_briefing, tmp_path):
    import stat

    folder = make_briefing("导语。\n")
    umask = os.umask(0o022)
    try:
        pdf = build(folder, tmp_path / "mode.pdf").output
    finally:
        os.umask(umask)
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o644


def test_cache_entries_are_written_whole_or_not_at_all(tmp_path, monkeypatch):
    from briefing import diskcache

    entry = tmp_path / "cache" / "charts" / "key.json"
    assert diskcache.write_json(entry, {"svg": "<svg/>", "标题": [1, 2]})
    assert diskcache.read_json(entry) == {"svg": "<svg/>", "标题": [1, 2]}
    entry.write_text('{"svg": "<sv', "utf-8")  # a torn entry reads as absent
    assert diskcache.read_json(entry) is None
    assert diskcache.read_json(tmp_path / "missing.json") is None

    class FullDisk:  # the temporary file is made, writing into it fails
        def __init__(self, handle, mode):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            diskcache.os.close(self.handle)

        def write(self, data):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(diskcache.os, "fdopen", FullDisk)
    assert not diskcache.write_json(entry, {"svg": "new"})  # a full disk fails no build
    assert list(entry.parent.iterdir()) == [entry]  # no temporary file left


@pytest.fixture(scope="module")
def handout_build(tmp_path_factory):
    """A short handout with key figures (its cards), built without --toc once for the
    two tests below, with what it laid out watched: (the PDF, the class of each
    multi-column box laid out, the `relayout` each export was given). (Neither depends
    on the document's length: the cards' box is the template's, and so is the choice
    of contents.)"""
    from conftest import FIGURES, write_briefing
    from weasyprint.layout import block

    import briefing.build as build_module

    laid_out: list[str | None] = []
    relayouts: list = []
    real_columns_layout = block.columns_layout
    real_write_pdf = build_module.write_pdf

    def counting_columns_layout(context, box, *args):
        laid_out.append(box.element.get("class"))
        return real_columns_layout(context, box, *args)

    def spy(html, target, **kwargs):
        relayouts.append(kwargs.get("relayout"))
        return real_write_pdf(html, target, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(block, "columns_layout", counting_columns_layout)
        patch.setattr(build_module, "write_pdf", spy)
        root = tmp_path_factory.mktemp("handout")
        sentence = "全市优良天数281天，同比增加14天。"
        folder = write_briefing(root / "brief", f"导语。\n\n## 一、大气\n\n{sentence}\n\n"
                                "## 二、水\n\n正文段落。\n",
                                figures=FIGURES.format(sentence=sentence))
        pdf = build(folder, root / "plain.pdf", template="handout", force=True).output
    return pdf, laid_out, relayouts


def test_handout_key_figure_columns_are_laid_out_once(handout_build):
    # Balancing CSS columns was half of a handout's build (WeasyPrint 70 lays the cards
    # out once per trial height, and a multi-column box with a bottom margin twice): the
    # cards are a grid of three stacks, and the handout has no multi-column box at all
    # (tests/templates/test_handout.py: where the cards stand).
    _, laid_out, _ = handout_build
    assert laid_out == []


def test_handout_contents_only_on_request(handout_build, make_briefing, tmp_path, monkeypatch):
    # briefing/templates/handout/template.yaml: `contents: on-request` — one layout, no contents,
    # unless --toc asks for them (deciding by page count would lay it out twice). (Asked
    # for, in a short handout of three sections: the contents do not depend on its length.)
    import briefing.build as build_module

    plain, _, relayouts = handout_build
    real_write_pdf = build_module.write_pdf

    def spy(html, target, **kwargs):
        relayouts.append(kwargs.get("relayout"))
        return real_write_pdf(html, target, **kwargs)

    monkeypatch.setattr(build_module, "write_pdf", spy)
    folder = make_briefing("导语。\n\n" + "".join(f"## {n}、第{n}部分\n\n正文段落。\n\n"
                                                for n in "一二三"))
    asked = build(folder, tmp_path / "toc.pdf", template="handout", toc=True, force=True).output
    assert relayouts == [None, None]  # no second layout either way
    assert "目录" not in squash(body_text(plain))
    assert "目录" in squash(body_text(asked))


def test_template_settings_are_read_checked_and_overridable(tmp_path):
    from briefing.render import TemplateSettings, template_settings

    assert template_settings("reprint") == TemplateSettings(contents="automatic")
    assert template_settings("handout") == TemplateSettings(contents="on-request")
    mine = tmp_path / "mytemplates" / "handout"
    mine.mkdir(parents=True)
    settings = mine / "template.yaml"
    settings.write_text("# mine\ncontents: automatic\n")
    assert template_settings("handout", [mine.parent]).contents == "automatic"
    for text, line, fix in [("contents: sometimes\n", 1, "'automatic' or 'on-request'"),
                            ("# a comment\ncolumns: 3\n", 2, "contents"),
                            ("- contents\n", 1, "contents: …"),
                            ("contents: automatic\ncontents: on-request\n", 2, "keep one"),
                            ("contents: !!python/name:os.system\n", 1, "plain values")]:
        settings.write_text(text)
        with pytest.raises(InputError) as caught:
            template_settings("handout", [mine.parent])
        [problem] = caught.value.problems
        assert (problem.file, problem.line) == (settings, line) and fix in problem.fix
