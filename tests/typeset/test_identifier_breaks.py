"""A loose line before a long Latin word (c-md-readme-chatglm-2024 in jianbao: 0.65 em
before 「cli_demo_vision.py」, 0.39 em before 「SwissArmyTransformer」): Pango breaks a Latin
word only where it is too long for a line, so the line before it took all its slack.
As the last means (layout_patches `_relax`; rules.identifier_breaks), an identifier of
10 or more characters may break where code typesetting breaks it, without a hyphen:
after 「_」 「-」 (never after 「/」, which may not end a line), before a 「.」 between letters, between camelCase words — only
where the line would otherwise stand loose. Made-up paragraphs, from glyph positions."""

from __future__ import annotations

import re

import pytest
from conftest import write_briefing
from pdfread import paragraph_lines

from briefing.build import build
from briefing.preflight import measure
from briefing.typeset import rules

FILL = "全市生态环境系统坚持以习近平生态文明思想为指导深入打好污染防治攻坚战"
SENTENCE = ("可以通过本仓库中的cli_demo_vision.py运行命令行演示，"
            "注意需要额外安装SwissArmyTransformer才能运行。")
FRONT = {"reprint": "---\ntitle: 测试\ndate: 2021-03-19\ntemplate: reprint\n---\n",
         "jianbao": ("---\ntitle: 测试\ndate: 2021-03-19\ntemplate: jianbao\n"
                     "jianbao: {name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}\n---\n")}
# Characters of FILL before the sentence: in "loose", the line before the identifier
# stood over a quarter em loose with the word kept whole (jianbao 0.56 and 0.39 em,
# reprint 0.35); in "tight", the paragraph sets tight with every word whole.
CASES = {"reprint": {"loose": (18,), "tight": (2,)},
         "jianbao": {"loose": (8, 10), "tight": (2,)}}
# Where a line may end inside the two words, and nowhere else
ALLOWED = re.compile(r"(cli_|cli_demo_|cli_demo_vision|Swiss|SwissArmy)\n")


def paragraphs(path) -> list[list[str]]:
    """Each body paragraph's lines (white space removed), from the glyphs' positions."""
    return paragraph_lines(path, "全市")


@pytest.fixture(scope="module", params=["reprint", "jianbao"])
def built(request, tmp_path_factory):
    template = request.param
    root = tmp_path_factory.mktemp(f"identifiers-{template}")
    ks = sorted(CASES[template]["loose"] + CASES[template]["tight"])
    body = "\n\n".join(FILL[:k] + SENTENCE for k in ks) + "\n"
    folder = write_briefing(root / "ids", body, front=FRONT[template])
    return template, ks, build(folder, root / "ids.pdf").output


def test_no_loose_line_before_an_identifier(built):
    _, _, pdf = built
    report = measure(pdf)
    assert report.loose_lines == [], report.loose_lines
    assert not [v for v in report.violations if v.kind in ("line-start", "line-end")]


def test_an_identifier_breaks_at_its_joints_only_where_needed(built):
    template, ks, pdf = built
    found = paragraphs(pdf)
    assert len(found) == len(ks)
    for k, lines in zip(ks, found, strict=True):
        text = "\n".join(lines)
        inside = re.findall(r"[A-Za-z_.]\n[A-Za-z_.]", text)
        if k in CASES[template]["loose"]:
            assert inside and len(ALLOWED.findall(text)) == len(inside), (k, lines)
            assert "-\n" not in text  # no hyphen is added
        else:
            assert not inside, (k, lines)


@pytest.mark.parametrize(("text", "points"), [
    ("中的cli_demo_vision.py和", ["cli_|", "cli_demo_|", "cli_demo_vision|"]),
    ("安装SwissArmyTransformer和", ["Swiss|", "SwissArmy|"]),
    ("使用HTMLParser类", ["使用HTML|"]),
    ("见github.com/THUDM/ChatGLM-6B。", ["见github|", "见github.com/THUDM/Chat|",
                                         "见github.com/THUDM/ChatGLM-|"]),  # never after 「/」
    ("安装torchvision和", []),  # one word, no joint
    ("共1234567890123个", []), ("GLM-6B-int4", ["GLM-|", "GLM-6B-|"]),
    ("GLM-6B", [])])  # a number; a word under 10 characters
def test_identifier_breaks(text, points):
    allowed, _ = rules.identifier_breaks(text)
    heads = [text[:i + 1] + "|" for i in sorted(allowed)]
    assert [h[h.rfind("中的") + 2:] if h.startswith("中的") else
            h[h.rfind("安装") + 2:] if h.startswith("安装") else h for h in heads] == points
    relaxed = set(rules.no_break_pairs(text, relaxed=True))
    assert not relaxed & allowed
    assert rules.char_wrap(text) is bool(points)
