"""A balanced title or heading (--briefing-wrap: balance) of more than one line is
balanced once per content while the process lives (briefing/weasy/balances.py): the
second balance of the same heading lays out no trial line (only its lines on the full
width, which tell that it takes more than one: a one-line heading gets no key), a
heading in another font
size, width or letter spacing gets its own balance, and the PDFs are the same bytes
with the memo and without it (BRIEFING_BALANCE_MEMO=0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FRONT, write_briefing

from briefing import weasy
from briefing.build import build
from briefing.export import write_pdf
from briefing.weasy import balances, incremental, layout_patches

pytestmark = pytest.mark.pdf

TEXT = "全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战。" * 3
LONG = "全面加强大气污染防治工作推动重点行业企业超低排放改造和清洁能源替代取得实效"
PHRASES = "坚持精准治污、科学治污、依法治污，持续改善全市生态环境质量"
JIANBAO = "jianbao: {name: 生态环境工作简报, issue: 1, unit: 某县生态环境局办公室, date: 2022-01-20}\n"
FONTS = ("test_balance_memo",)
TITLE = "关于进一步加强全市生态环境保护工作推动经济社会发展全面绿色转型的情况通报"


def page(heading_css: str = "", body: str = "") -> str:
    body = body or f"<h2>{LONG}</h2><p>{TEXT}</p><h2>{PHRASES}</h2><p>{TEXT}</p>"
    return ('<html lang="zh-CN"><head><style>@page { size: A5; margin: 15mm } '
            "body { font-size: 11pt; line-height: 1.75 } "
            "h2 { --briefing-wrap: balance; font-size: 16pt; text-align: center } "
            f"{heading_css}</style></head><body>{body}</body></html>")


@pytest.fixture
def balanced(monkeypatch) -> list[tuple[str, tuple[float, str | None], int]]:
    """Each balance made: (the heading's text, its width and breaks, the trial lines
    _lines_at laid out for it)."""
    weasy.load()
    made: list = []
    trials = [0]
    real_lines, real_balance = layout_patches._lines_at, layout_patches._balance

    def lines_at(*args, **kwargs):
        trials[0] += 1
        return real_lines(*args, **kwargs)

    def balance(context, linebox, *args, **kwargs):
        before = trials[0]
        result = real_balance(context, linebox, *args, **kwargs)
        text = "".join(box.text for box in linebox.descendants() if hasattr(box, "text"))
        made.append((text, result, trials[0] - before))
        return result

    monkeypatch.setattr(layout_patches, "_lines_at", lines_at)
    monkeypatch.setattr(layout_patches, "_balance", balance)
    balances.forget()
    yield made
    balances.forget()


def render(html: str, target: Path) -> bytes:
    """The PDF of `html`, laid out with the process's fonts (as builds are: a build's own
    FontConfiguration, font_key None, keeps its balances to itself)."""
    write_pdf(html, target, base_url=target.parent, allowed_roots=[target.parent],
              place_figures=False, font_key=FONTS)
    return target.read_bytes()


def test_the_second_balance_of_a_heading_lays_out_no_trial_line(tmp_path, balanced):
    html = page(body=f"<h2>{LONG}</h2><p>{TEXT}</p><h2>{LONG}</h2><p>{TEXT}</p>")
    render(html, tmp_path / "one.pdf")
    first, again = [entry for entry in balanced if entry[0] == LONG][:2]
    assert first[2] >= 10  # (the width searched: about twenty trial layouts)
    # (its lines on the full width, laid out once: more than one, so its key is made)
    assert again[2] == 1 and again[1] == first[1]
    assert first[1][0] < 118 / 25.4 * 96 - 10  # balanced: narrower than A5's text block (px)
    balanced.clear()
    render(html, tmp_path / "two.pdf")  # the same document again (a warm rebuild)
    assert [entry[2] for entry in balanced if entry[0] == LONG] == [1, 1]


def test_other_line_rules_get_their_own_balance(tmp_path, balanced, monkeypatch):
    # (tests change the rules' settings: a balance made under others is not recalled)
    render(page(), tmp_path / "one.pdf")
    monkeypatch.setattr(layout_patches, "BALANCE_PRECISION", 8.0)
    balanced.clear()
    render(page(), tmp_path / "two.pdf")
    assert len(balanced) == 2 and all(trials > 0 for _, _, trials in balanced), balanced


def test_a_one_line_heading_is_not_kept(tmp_path, balanced):
    render(page(body=f"<h2>执法利剑高悬</h2><p>{TEXT}</p>"), tmp_path / "one.pdf")
    render(page(body=f"<h2>执法利剑高悬</h2><p>{TEXT}</p>"), tmp_path / "two.pdf")
    counts = [entry[2] for entry in balanced if entry[0] == "执法利剑高悬"]
    assert counts == [1, 1]  # (its one line, laid out once, is the line itself)


def test_a_one_line_heading_gets_no_key(tmp_path, balanced, monkeypatch):
    # The key (every box's computed properties, ≈ 0.15 ms) is made only for a heading
    # of more than one line, the only kind kept.
    keyed = []
    real_key = balances.key

    def key(context, linebox, *args):
        keyed.append("".join(box.text for box in linebox.descendants()
                             if hasattr(box, "text")))
        return real_key(context, linebox, *args)

    monkeypatch.setattr(balances, "key", key)
    render(page(body=f"<h2>执法利剑高悬</h2><p>{TEXT}</p><h2>{LONG}</h2><p>{TEXT}</p>"),
           tmp_path / "one.pdf")
    assert "执法利剑高悬" not in keyed
    assert LONG in keyed


@pytest.mark.parametrize("variant", [
    "h2 { font-size: 14pt }", "h2 { letter-spacing: 0.1em }", "h2 { margin: 0 20mm }",
    "h2 { text-indent: 3em }", "h2 { --briefing-wrap: none }"])
def test_another_size_width_or_spacing_gets_its_own_balance(tmp_path, balanced, monkeypatch,
                                                            variant):
    plain = render(page(), tmp_path / "plain.pdf")
    changed = render(page(variant), tmp_path / "changed.pdf")  # (after the plain one)
    remembered = {text: result for text, result, _ in balanced[:2]}
    made_again = balanced[2:]
    assert all(trials > 0 for _, _, trials in made_again), made_again
    monkeypatch.setenv("BRIEFING_BALANCE_MEMO", "0")
    balanced.clear()
    assert render(page(variant), tmp_path / "fresh.pdf") == changed
    assert [result for _, result, _ in balanced] == [result for _, result, _ in made_again]
    assert plain != changed
    if "wrap: none" not in variant:
        assert any(result != remembered[text] for text, result, _ in made_again)


def test_an_inline_block_in_the_heading_is_not_kept(tmp_path, balanced):
    html = page("span.num { display: inline-block; width: 2em }",
                f'<h2><span class="num">1</span>{LONG}</h2><p>{TEXT}</p>')
    render(html, tmp_path / "one.pdf")
    render(html, tmp_path / "two.pdf")
    counts = [trials for text, _, trials in balanced if text.endswith(LONG)]
    assert len(counts) == 2 and all(counts), counts


def test_the_memo_is_bounded_and_least_recent_first_dropped():
    owner = type("FontConfiguration", (), {})()
    for n in range(balances.KEPT + 3):
        balances.keep(owner, ("key", n), (float(n), "word"))
    assert balances.recall(owner, ("key", 0)) is None
    assert balances.recall(owner, ("key", 3)) == (3.0, "word")
    balances.keep(owner, ("key", "new"), (1.0, None))
    assert balances.recall(owner, ("key", 4)) is None  # (3 was used since: 4 went)
    assert balances.recall(owner, ("key", 3)) == (3.0, "word")
    balances.forget()
    assert balances.recall(owner, ("key", 3)) is None


def test_the_memo_is_forgotten_with_the_kept_pages():
    owner = type("FontConfiguration", (), {})()
    balances.keep(owner, ("key",), (1.0, "phrase"))
    incremental.keep_pages()
    incremental.keep_pages(False)
    assert balances.recall(owner, ("key",)) is None


@pytest.mark.parametrize("template", ["jianbao", "reprint"])
def test_builds_are_the_same_bytes_with_the_memo_and_without(tmp_path, monkeypatch, balanced,
                                                            template):
    # The title and headings wrap (the jianbao's title in its own style), and the
    # contents decision lays the document out twice: a heading met again is recalled.
    body = "".join(f"## {n}、{LONG[:12 + 3 * n]}，{PHRASES}\n\n{TEXT}\n\n"
                   for n in range(1, 5))
    front = FRONT.replace("title: 测试简报标题", f"title: {TITLE}").replace(
        "language:", JIANBAO + "language:")
    folder = write_briefing(tmp_path / "brief", body, front=front)
    monkeypatch.setenv("BRIEFING_BALANCE_MEMO", "0")
    off = build(folder, tmp_path / "off.pdf", template=template).output.read_bytes()
    without = sum(trials for _, _, trials in balanced)
    monkeypatch.setenv("BRIEFING_BALANCE_MEMO", "1")
    balanced.clear()
    on = build(folder, tmp_path / "on.pdf", template=template).output.read_bytes()
    cold = sum(trials for _, _, trials in balanced)
    balanced.clear()
    warm = build(folder, tmp_path / "warm.pdf", template=template).output.read_bytes()
    assert on == off and warm == off
    assert sum(trials for _, _, trials in balanced) < cold <= without
    # (recalled: its lines on the full width laid out once, no trial width)
    assert any(trials == 1 and text == TITLE for text, _, trials in balanced), balanced
