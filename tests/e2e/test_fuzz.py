"""Fuzzing (issue 16): whatever text, bytes, front matter, figures.yaml or Markdown a user
hands over, the importer and the loader either succeed or refuse with an InputError
(exit 2) — never an uncaught exception — and a PDF that builds has no missing-glyph box.

`make test` runs the bounded "ci" profile; `make fuzz` the long one
(HYPOTHESIS_PROFILE=fuzz). Examples found are kept in .hypothesis/ and replayed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pdfread import notdef_glyphs

from briefing.build import build
from briefing.errors import BriefingError
from briefing.importer import import_article
from briefing.loader import load_briefing

# ci: the same examples every run (a red CI is a real finding, not luck); fuzz: new ones.
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# What articles are made of: Han, full- and half-width punctuation, digits, Markdown and
# HTML marks, white space of every kind — plus any character at all.
ARTICLE_ALPHABET = list(
    "红色吕梁亮出绿色底色党建引领生态环境局优良天数比例同比下降年月日万元亿"
    "。，、：；！？“”‘’（）《》【】——……·「」"
    ".,:;!?()[]{}<>|#*_-+=/\\~`'\"&%$@^"
    "0123456789０１２３ＡＢabcXYZμ³²₂.５"
    " \t\n\n\n\u3000\u00a0\r\f\ufeff"
)
article_text = st.text(
    alphabet=st.one_of(st.sampled_from(ARTICLE_ALPHABET), st.characters()), max_size=600)
lines = st.lists(st.text(alphabet=st.sampled_from(ARTICLE_ALPHABET), max_size=40), max_size=12)


def _imported_or_refused(source: Path, data: Path) -> Path | None:
    try:
        return import_article(source, data_dir=data, slug="fuzz", overwrite=True).folder
    except BriefingError:
        return None


@given(text=article_text)
def test_the_importer_takes_any_text_or_refuses_it(text):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "article.txt"
        source.write_text(text, "utf-8", errors="surrogatepass")
        _imported_or_refused(source, Path(tmp) / "data")


@given(data=st.binary(max_size=400))
def test_the_importer_takes_any_bytes_or_refuses_them(data):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "article.txt"
        source.write_bytes(data)
        _imported_or_refused(source, Path(tmp) / "data")


# What `make fuzz` found is replayed in every profile (@example), and named below.
# 「00月降0」: a one-character change verb whose base stood before the change's lead;
# 「^\t0」: a tab-split cell that is only a merged-cell mark.
@given(head=lines, body=lines)
@example(head=[], body=["0", ":000000000000000000000000000000<", "0\x0c", "<万"])
@example(head=[], body=["万", "00月降0"])
@example(head=[":\t万", "^\t0"], body=[])
@example(head=[":\r万", "0"], body=[])
@example(head=[], body=[">万"])
@example(head=[":\t0", ":\t|万"], body=[])
def test_an_imported_article_loads(head, body):
    """What the importer writes, the loader reads: never a folder that cannot be built."""
    text = "\n".join(head) + "\n\n" + "\n\n".join(body)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "article.txt"
        source.write_text(text, "utf-8")
        folder = _imported_or_refused(source, Path(tmp) / "data")
        if folder is not None:
            load_briefing(folder)


YAML_ALPHABET = list("titlesubauthorsdatetemplateoptions:-[]{}'\"#&*!|>?,% \n\t0123456789.e标题")
front_matter = st.one_of(
    st.text(alphabet=st.sampled_from(YAML_ALPHABET), max_size=120),
    st.builds(lambda title, extra: f"title: {title}\n{extra}",
              st.text(alphabet=st.sampled_from(YAML_ALPHABET), max_size=20),
              st.text(alphabet=st.sampled_from(YAML_ALPHABET), max_size=80)),
)
markdown_body = st.lists(st.one_of(
    st.text(alphabet=st.sampled_from(ARTICLE_ALPHABET), max_size=60),
    st.sampled_from(["## 一、标题", "### （一）小标题", "::: figure\n图片说明。\n:::", ":::",
                     "| a | b |\n|---|---|\n| 1 | 2 |", "> 引文。", "<sub>2</sub>", "<b>粗</b>",
                     "![](x.png)", "Table: 表1", "[^1]", "<!-- x -->", "**一是**正文。"]),
), max_size=10)
figures_yaml = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from(YAML_ALPHABET + list("groupsrowsvaluelabelunit")),
            max_size=150),
    st.builds(lambda value, unit: (
        "groups:\n  - id: g\n    title: 组\n    rows:\n      - label: 优良天数\n"
        f"        value: {value}\n        unit: {unit}\n        source: 今年优良天数281天。\n"),
        st.text(alphabet=st.sampled_from(list("0123456789.-e+inf!x ")), max_size=12),
        st.text(alphabet=st.sampled_from(list("天%万元/ ':")), max_size=5)),
)


@given(front=front_matter, body=markdown_body, figures=figures_yaml)
@example(front="title: .", body=[], figures="")
@example(front="{}:", body=[], figures=None)  # a mapping as a key (found by `make fuzz`)
def test_the_loader_takes_any_folder_or_refuses_it(front, body, figures):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "article.md").write_text(
            f"---\n{front}\n---\n\n今年优良天数281天。\n\n" + "\n\n".join(body), "utf-8")
        if figures is not None:
            (folder / "figures.yaml").write_text(figures, "utf-8")
        with contextlib.suppress(BriefingError):
            load_briefing(folder)


def test_a_text_opening_with_a_clause_mark_loads_without_a_title(tmp_path):
    """Found by `make fuzz`: a text with no title whose first line opens with 「：」 got the
    empty title its opening 'clause' gave, which the loader then refused. A text without
    a title line now has none (`title: null`, a spot in the report): it loads, and its
    opening sentence stays in the body, once."""
    source = tmp_path / "article.txt"
    source.write_text("：数据如下，全市优良天数281天，比例为77%，同比下降18.2%，各项指标均有改善。"
                      "\n\n今年优良天数281天。\n", "utf-8")
    folder = import_article(source, data_dir=tmp_path / "data", slug="colon").folder
    briefing = load_briefing(folder)
    assert briefing.meta.title is None
    body = (folder / "article.md").read_text("utf-8").split("---", 2)[2]
    assert body.count("数据如下") == 1


def test_a_text_with_no_title_line_loads_without_a_title(tmp_path):
    """Found by `make fuzz`: a text of one quotation (no line could be its title) got an
    empty title, which the loader then refused. Now: no title (never an empty one), and
    the loader takes it."""
    source = tmp_path / "article.txt"
    source.write_text("> 今年优良天数281天。\n", "utf-8")
    folder = import_article(source, data_dir=tmp_path / "data", slug="quote").folder
    assert load_briefing(folder).meta.title is None
    assert "今年优良天数281天" in (folder / "article.md").read_text("utf-8")


def test_a_pipe_in_a_tab_split_cell_stays_in_its_cell(tmp_path):
    """Found by `make fuzz`: a '|' in a cell of a table copied with tabs was written into
    the pipe table as it was, split its cell, and the loader refused the row."""
    from briefing.model import Table

    source = tmp_path / "article.txt"
    source.write_text("# 标题\n\n今年优良天数281天。\n\n项目\t说明\n甲\ta|b\n乙\t万\n\n"
                      "全年空气质量持续改善。\n", "utf-8")
    folder = import_article(source, data_dir=tmp_path / "data", slug="pipe").folder
    [table] = [b for b in load_briefing(folder).walk_blocks() if isinstance(b, Table)]
    assert [cell.text.plain for cell in table.rows[0]] == ["甲", "a|b"]


def test_an_empty_figures_yaml_has_no_figures(tmp_path):
    """Found by `make fuzz`: an empty figures.yaml raised a TypeError in the loader."""
    (tmp_path / "article.md").write_text("---\ntitle: 标题\n---\n\n今年优良天数281天。\n",
                                         "utf-8")
    (tmp_path / "figures.yaml").write_text("", "utf-8")
    assert load_briefing(tmp_path).figures == []


@settings(max_examples=int(os.environ.get("FUZZ_PDF_EXAMPLES", "4")))
@given(text=st.text(alphabet=st.one_of(
    st.sampled_from(ARTICLE_ALPHABET),
    st.sampled_from(list("◆▲●★※→①②ⅣⅫ㎡℃‰√∑€￥©®™αβγ한글ひらがなカタカナ𠀀𪚥😀\u0378\U000E0100")),
), min_size=1, max_size=80))
def test_a_pdf_that_builds_has_no_missing_glyph_box(text):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "brief"
        folder.mkdir()
        body = text.replace("\n", " ").strip() or "正文"
        (folder / "article.md").write_text(
            "---\ntitle: 测试\nlanguage: zh-CN\ntemplate: reprint\n---\n\n正文。" + body + "\n",
            "utf-8")
        try:
            result = build(folder, Path(tmp) / "out.pdf", force=True)
        except BriefingError:
            return  # refused before rendering: the glyph check named the character
        assert notdef_glyphs(result.output) == 0, body
