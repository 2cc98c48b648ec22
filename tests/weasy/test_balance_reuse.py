"""A balanced heading (--briefing-wrap: balance) that fits on one line is laid out once:
the line _balance lays out to count the heading's lines is the line itself
(layout_patches._balanced_line). The PDF is the same bytes as laying the line out
again, for one-line headings, a heading with an inline-block number, a two-line heading
(balanced: its lines are laid out again on the narrower width) and headings on a page
that starts after a forced break."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import weasy
from briefing.export import write_pdf
from briefing.weasy import layout_patches

TEXT = "全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战。" * 3
SHORT = ["执法利剑高悬", "综合整治持续推进", "源头治理成效明显"]
LONG = "全面加强大气污染防治工作推动重点行业企业超低排放改造和清洁能源替代取得实效"


def document() -> str:
    headings = "".join(f"<h2>{heading}</h2><p>{TEXT}</p>" for heading in SHORT)
    numbered = ('<h2><span class="num">1</span>顶层设计谋划工作</h2>'
                f"<p>{TEXT}</p>")
    return ('<html lang="zh-CN"><head><style>@page { size: A5; margin: 15mm } '
            "body { font-size: 11pt; line-height: 1.75 } "
            "h2 { --briefing-wrap: balance; font-size: 16pt; text-align: center } "
            "span.num { display: inline-block; width: 2em } "
            "section + section { break-before: page }</style></head><body>"
            f"<section>{headings}{numbered}</section>"
            f"<section><h2>{LONG}</h2><p>{TEXT}</p>{headings}</section></body></html>")


@pytest.fixture
def lines_laid_out(monkeypatch) -> list[int]:
    """How many times a line is laid out (the typesetting layer's _next_linebox)."""
    weasy.load()
    calls = [0]
    real = layout_patches._next_linebox

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(layout_patches, "_next_linebox", counted)
    return calls


def test_a_one_line_heading_is_laid_out_once(tmp_path: Path, monkeypatch, lines_laid_out):
    html = document()
    reused = tmp_path / "reused.pdf"
    write_pdf(html, reused, base_url=tmp_path, allowed_roots=[tmp_path],
              place_figures=False)
    with_reuse = lines_laid_out[0]

    real_balance = layout_patches._balance

    def without_reuse(*args, first=None):
        return real_balance(*args)  # (nothing kept: the line is laid out again)

    monkeypatch.setattr(layout_patches, "_balance", without_reuse)
    lines_laid_out[0] = 0
    again = tmp_path / "again.pdf"
    write_pdf(html, again, base_url=tmp_path, allowed_roots=[tmp_path],
              place_figures=False)
    assert reused.read_bytes() == again.read_bytes()
    # One line fewer for each one-line heading (six of them, and the number's inline
    # block in the seventh, itself balanced): the two-line heading's lines are laid out
    # on their balanced width, as before.
    assert lines_laid_out[0] - with_reuse >= 2 * len(SHORT) + 1
