"""A 落款 (the `::: signature` block) never stands on a page without body text above it
(GB/T 9704-2012: the 落款 is not put alone on a page). templates/common.css keeps it
with the block before it and with the block before that — the block just before may be a
one-line mark such as 「——以下空白」, which signs nothing — so the page break falls inside
the last paragraph, whose last lines go with the 落款. Read back from the built PDF."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from conftest import write_briefing

from briefing.build import build

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


def body(shorts: int) -> str:
    """`shorts` one-line paragraphs, a four-line last paragraph, the mark, the 落款."""
    return "\n\n".join([SHORT] * shorts + [LAST, MARK]) + \
        f"\n\n::: signature\n{SIGNER}\n2021年3月19日\n:::\n"


def page_texts(pdf_path) -> list[str]:
    """Each page's text in reading order, white space (jianbao's letter-spacing) removed."""
    with pdfplumber.open(pdf_path) as pdf:
        return [re.sub(r"\s", "", page.extract_text()) for page in pdf.pages]


# For each template, filler counts at which the last paragraph ends at the foot of a page
# with no room left for the mark and the 落款: without the rule the last page held only
# 「——以下空白」 and the 落款 (as a-bulletin-tongyu-2017-12's jianbao did).
@pytest.mark.parametrize(("template", "shorts"), [
    ("jianbao", 6), ("jianbao", 7), ("reprint", 23), ("reprint", 24)])
def test_signature_goes_with_the_last_lines_of_text(tmp_path, template, shorts):
    folder = write_briefing(tmp_path / "brief", body(shorts), front=FRONT.format(template=template))
    pdf = tmp_path / "out.pdf"
    build(folder, pdf, template=template)
    pages = page_texts(pdf)
    at = max(i for i, text in enumerate(pages) if SIGNER in text)
    above = pages[at][:pages[at].index(SIGNER)]
    # The 落款's page holds body text above it: the last lines of the last paragraph, then
    # the mark.
    assert above.endswith(TAIL + MARK), (template, shorts, pages[at])
    # The break fell inside that paragraph (its head is on the page before), so the case is
    # the one the rule is for: without it the mark and the 落款 stood alone on this page.
    assert HEAD not in pages[at] and HEAD in pages[at - 1], (template, shorts, pages)
