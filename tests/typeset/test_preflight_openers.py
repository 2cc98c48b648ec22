"""preflight's line-start check (禁则: no line starts with —— or ……) is about breaks: a
paragraph that opens with a dash — 「——以下空白」 under a 通知's last paragraph, 「——编者」
under an editor's note — broke nothing, and was reported as a violation (every 通报 with
the mark failed preflight). A wrapped line that starts with 「——」 still is: the same
text without the typesetting layer, where plain WeasyPrint breaks before the dash."""

from __future__ import annotations

from conftest import write_briefing

from briefing.build import build
from briefing.preflight import measure
from briefing.resources import TEMPLATES_DIR

FILL = "全市生态环境系统坚持以习近平生态文明思想为指导深入打好污染防治攻坚战推动生态环境质量持续改善"
# Paragraphs with 「——」 at a break in plain WeasyPrint's reprint (34 and 35 characters
# before it), then the mark, then the 落款.
BODY = "\n\n".join(FILL[:k] + "——如今亮出了绿色底色。" for k in (33, 34, 35)) + \
    "\n\n——以下空白\n\n::: signature\n某某市生态环境局\n2021年3月19日\n:::\n"


def line_starts(pdf) -> list[str]:
    return [v.text for v in measure(pdf).violations if v.kind == "line-start"]


def test_a_paragraph_may_open_with_a_dash_a_wrapped_line_may_not(tmp_path):
    folder = write_briefing(tmp_path / "brief", BODY)
    assert line_starts(build(folder, tmp_path / "on.pdf").output) == []
    off = tmp_path / "off" / "reprint"
    off.mkdir(parents=True)
    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text("utf-8")
    (off / "style.css").write_text(css + "\nhtml { --briefing-typeset: off; }\n", "utf-8")
    plain = build(folder, tmp_path / "off.pdf", template_dirs=[tmp_path / "off"]).output
    starts = line_starts(plain)
    assert starts and all(text.startswith("——如今") for text in starts), starts


def test_a_paragraph_may_open_with_a_sources_ascii_dashes(tmp_path):
    # 「--以下空白」 as a 通榆 bulletin writes it: no break put the hyphens there
    body = "\n\n".join([FILL + "。"] * 3) + "\n\n--以下空白\n\n::: signature\n某某市生态环境局\n2021年3月19日\n:::\n"
    folder = write_briefing(tmp_path / "brief", body)
    assert line_starts(build(folder, tmp_path / "on.pdf").output) == []
