"""A 落款 (the `::: signature` block) never stands on a page without body text above it
(GB/T 9704-2012: the 落款 is not put alone on a page). The templates mark the two blocks
before it (_macros.html.j2, before_signature: the block just before may be a one-line
mark such as 「——以下空白」, which signs nothing) and common.css keeps them with what
follows (`.before-signature { break-after: avoid }`), so the page break falls inside the
last paragraph, whose last lines go with the 落款. A class, not a `:has()` selector: the
cascade's reuse across rebuilds (weasy/cascade.py) keeps working
(tests/weasy/test_incremental.py). Read back from the built PDF."""

from __future__ import annotations

import re
import shutil

import pdfplumber
import pytest
from conftest import write_briefing

from briefing.build import build
from briefing.loader import load_briefing
from briefing.render import render_html
from briefing.resources import TEMPLATES_DIR

FRONT = """\
---
title: 测试简报标题
date: 2021-03-19
template: {template}
jianbao: {{name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}}
---
"""
SHORT = "各地区各部门要认真落实本通知要求。"  # one line in every template
HEAD = "全市生态环境系统坚持以习近平生态文明思想为指导，"
LAST = (HEAD + "深入打好污染防治攻坚战，推动生态环境质量持续改善，为高质量发展提供有力支撑。") * 2
TAIL = "为高质量发展提供有力支撑。"
MARK = "——以下空白"
SIGNER = "某某市生态环境局"


def body(shorts: int, mark: bool = True) -> str:
    """`shorts` one-line paragraphs, a four-line last paragraph, the mark, the 落款."""
    return "\n\n".join([SHORT] * shorts + [LAST] + ([MARK] if mark else [])) + \
        f"\n\n::: signature\n{SIGNER}\n2021年3月19日\n:::\n"


def page_texts(pdf_path) -> list[str]:
    """Each page's text in reading order, white space (jianbao's letter-spacing) removed."""
    with pdfplumber.open(pdf_path) as pdf:
        return [re.sub(r"\s", "", page.extract_text()) for page in pdf.pages]


def glyphs(pdf_path) -> list[tuple]:
    with pdfplumber.open(pdf_path) as pdf:
        return [(page.page_number, c["text"], round(c["x0"], 2), round(c["top"], 2))
                for page in pdf.pages for c in page.chars]


# For each template, filler counts at which the last paragraph ends at the foot of a page
# with no room left for the mark and the 落款: without the rule the last page held only
# 「——以下空白」 and the 落款 (as a-bulletin-tongyu-2021-04's jianbao did). Without the
# mark, the last paragraph ending at the foot with no room for the 落款: there
# `p.role-signature { break-before: avoid }` alone keeps its last lines with it.
@pytest.mark.parametrize(("template", "shorts", "mark"), [
    ("jianbao", 6, True), ("jianbao", 7, True), ("jianbao", 8, False),
    ("reprint", 23, True), ("reprint", 24, True), ("reprint", 25, False)])
def test_signature_goes_with_the_last_lines_of_text(tmp_path, template, shorts, mark):
    folder = write_briefing(tmp_path / "brief", body(shorts, mark),
                            front=FRONT.format(template=template))
    pdf = tmp_path / "out.pdf"
    build(folder, pdf, template=template)
    pages = page_texts(pdf)
    at = max(i for i, text in enumerate(pages) if SIGNER in text)
    above = pages[at][:pages[at].index(SIGNER)]
    # The 落款's page holds body text above it: the last lines of the last paragraph, then
    # the mark.
    assert above.endswith(TAIL + (MARK if mark else "")), (template, shorts, pages[at])
    # The break fell inside that paragraph (its head is on the page before), so the case is
    # the one the rule is for: without it the 落款 (and the mark) stood alone on this page.
    assert HEAD not in pages[at] and HEAD in pages[at - 1], (template, shorts, pages)


def test_the_blocks_before_a_signature_carry_the_class(tmp_path):
    """The class marks the last paragraph and the mark, no other block: a made-up 通知's
    HTML (the `:has()` rule matched every element, and the cascade reused nothing)."""
    folder = write_briefing(tmp_path / "brief", body(3), front=FRONT.format(template="reprint"))
    for template in ("reprint", "jianbao"):
        html = render_html(load_briefing(folder), template=template).html
        marked = re.findall(r'<(\w+)[^>]*class="[^"]*before-signature[^"]*"[^>]*>([^<]*)', html)
        assert [(tag, text[:6]) for tag, text in marked] == \
            [("p", LAST[:6]), ("p", MARK[:6])], (template, marked)


@pytest.mark.parametrize("template", ["jianbao", "reprint", "handout"])
def test_a_short_notice_is_laid_out_as_before(tmp_path, template):
    """A 通知 whose 落款 fits on the page of its last lines: every glyph where it stood
    without the rule (the stock templates, their common.css without it, as --templates)."""
    folder = write_briefing(tmp_path / "brief", body(2), front=FRONT.format(template=template))
    plain = tmp_path / "plain"
    shutil.copytree(TEMPLATES_DIR / template, plain / template)
    css = (TEMPLATES_DIR / "common.css").read_text("utf-8")
    rule = ".before-signature { break-after: avoid; }"
    assert rule in css
    (plain / "common.css").write_text(css.replace(rule, ""), "utf-8")
    with_rule, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    build(folder, with_rule, template=template)
    build(folder, without, template=template, template_dirs=[plain])
    assert glyphs(with_rule) == glyphs(without)
    assert len(page_texts(with_rule)) <= 2
