"""`briefing serve` in a browser: Playwright driving Debian's chromium against a real
uvicorn server — import by upload, edit a paragraph and see its preview page change,
accept a proposed key figure and see its table, accept a table held for review and see it
printed, download a PDF holding the edit."""

from __future__ import annotations

import io
import socket
import threading
import time
from pathlib import Path

import pdfplumber
import pytest
from conftest import FRONT, write_briefing
from serve_helpers import BODY, make_tiny

# Debian's chromium-headless-shell when installed (`make setup` installs it): Blink and
# V8 without the browser around them, what Playwright runs headless by default. Chromium's
# own headless mode runs the whole browser (among its processes a WebUI renderer of the
# browser's own for each page): this module's chromium processes took 20 s of CPU with
# it, 7 s with the shell (summed over the process tree: much of it is in processes the
# test never waits for, which `time` and getrusage do not count).
HEADLESS_SHELL = Path("/usr/lib/chromium/chromium-headless-shell")
CHROMIUM = HEADLESS_SHELL if HEADLESS_SHELL.is_file() else Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason="Debian's chromium is not installed at /usr/bin/chromium (`make test` installs it)")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RAW = ("# 红色吕梁亮出绿色底色\n\n## ◆文清\n\n"
       "如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。\n\n"
       "2021年，山西省吕梁市区优良天数281天，优良天数比例为77%。\n")
TIMEOUT = 120_000  # ms: a build on a busy 2-core machine
# A table the importer rebuilt on a guess, held by the marker line above it.
HELD = """\
前言段落写在这里。

<!-- held table (delete this line to print it): rebuilt from cells a line each — check each value's column -->
Table: 表1 各县空气质量
| 县 | 优良率 |
|---|---|
| 甲县 | 81.7 |
| 乙县 | 79.2 |

后面的段落。
"""
# A briefing of several pages, its last paragraph on a later page (as in test_provisional).
PARAGRAPH = ("吕梁市坚持生态优先、绿色发展，扎实推进污染防治攻坚战，"
             "全市生态环境质量持续改善，人民群众的获得感不断增强。") * 4
LAST = "最后一段写的是明年的工作安排和各项任务的分工情况。"
LONG = BODY + "".join(f"\n{PARAGRAPH}\n" for _ in range(14)) + f"\n{LAST}\n"


# While cleared, the server draws no picture of the written PDF of "long" (the build
# thread waits): a page drawn ahead of the PDF stays listed until the test has seen it.
PICTURES = threading.Event()
PICTURES.set()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from briefing.serve import preview
    from briefing.serve.app import create_app

    draw_pages = preview.draw_pages

    def gated(data, pages, folder, **kwargs):
        if "long" in Path(folder).parts:
            assert PICTURES.wait(TIMEOUT / 1000), "the test never let the pictures be drawn"
        return draw_pages(data, pages, folder, **kwargs)

    patch = pytest.MonkeyPatch()
    patch.setattr(preview, "draw_pages", gated)

    # (The build processes use the run's usual cache, as the other PDF tests do: what it
    # keeps is keyed by content, and each output path — a build record's key — is this
    # module's own. A cold cache of its own cost the first build ~0.7 s.)
    data = tmp_path_factory.mktemp("browser") / "data"
    make_tiny(data, "tiny")
    make_tiny(data, "figs", proposed=True)
    write_briefing(data / "heldtab", HELD, front=FRONT)
    write_briefing(data / "long", LONG, front=FRONT)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(create_app(data), host="127.0.0.1", port=port,
                                       log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not uv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", data
    uv.should_exit = True
    thread.join(timeout=30)
    patch.undo()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def context(browser):
    # One browser context for the module (a new one per test cost ~0.6 s each): the
    # workspace keeps no state in the browser (no cookie without --host, no storage), so
    # each test's own tab (`page`) starts as a fresh one would.
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400,
                                                                    "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    yield page
    page.close()


def built(page) -> None:
    """Wait until the status line says the build after the last action is done."""
    page.wait_for_function(
        "() => /^built:|build failed/.test(document.querySelector("
        "'[data-testid=build-status]').textContent)")


def page_sources(page) -> list[str]:
    return page.eval_on_selector_all("[data-testid=page] img", "els => els.map(e => e.src)")


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(p.extract_text() or "" for p in pdf.pages).replace("\n", "")


def test_import_by_upload(server, page, tmp_path):
    base, data = server
    source = tmp_path / "lvliang-short.txt"
    source.write_text(RAW, "utf-8")
    page.goto(base + "/")
    page.set_input_files("[data-testid=upload]", str(source))
    page.fill("input[name=slug]", "uploaded")
    page.click("[data-testid=import]")
    page.wait_for_url("**/b/uploaded?imported=1")
    assert "红色吕梁亮出绿色底色" in page.input_value("[data-testid=editor]")
    page.wait_for_selector("[data-testid=page] img[src*='/pages/']")
    built(page)
    assert (data / "uploaded" / "article.md").is_file()
    page.goto(base + "/")
    assert page.locator("a[href='/b/uploaded']").inner_text() == "红色吕梁亮出绿色底色"


def edit_paragraph(page, anchor: str, insert: str) -> None:
    """Put the caret before `anchor` in the editor and type `insert` there."""
    page.eval_on_selector("[data-testid=editor]", """(el, anchor) => {
        const at = el.value.indexOf(anchor); el.focus(); el.setSelectionRange(at, at); }""",
                          anchor)
    page.keyboard.type(insert)


def test_edit_a_paragraph_see_the_preview_page_change_and_download_it(server, page,
                                                                    tmp_path):
    # (One edit and its build serve both of issue 15's checks: the preview page
    # changes, and the PDF downloaded after it has the edit.)
    base, _ = server
    page.goto(base + "/b/tiny")
    page.wait_for_selector("[data-testid=page] img[src*='/pages/']")
    built(page)
    before = page_sources(page)
    edit_paragraph(page, "革命老区吕梁", "红色")
    page.click("[data-testid=save]")
    page.wait_for_function("before => { const s = [...document.querySelectorAll("
                           "'[data-testid=page] img')].map(e => e.src); "
                           "return s.length && s[0] !== before[0]; }", arg=before)
    built(page)
    assert page.locator("[data-testid=problems] li").count() == 0
    after = page_sources(page)
    old = page.request.get(before[0]).body()
    new = page.request.get(after[0]).body()
    assert old != new and new.startswith(b"\x89PNG"), "the edited page was not redrawn"
    assert page.locator("[data-testid=page].edited").count() == 1, "no page marked edited"

    with page.expect_download() as download:
        page.click("[data-testid=download]")
    path = tmp_path / "download.pdf"
    download.value.save_as(path)
    assert download.value.suggested_filename == "tiny.pdf", "the download's name"
    assert "红色革命老区吕梁" in pdf_text(path.read_bytes()), "the downloaded PDF lacks the edit"


def test_a_mistake_shows_in_problems_with_its_line(server, page):
    base, _ = server
    page.goto(base + "/b/tiny")
    built(page)
    edit_paragraph(page, "如意湖畔", "<div>")
    page.click("[data-testid=save]")
    page.wait_for_selector("[data-testid=problems] li")
    assert "article.md:" in page.inner_text("[data-testid=problems]")
    assert page.locator(".gutter .bad").count() == 1
    assert page.locator("[data-testid=page] img[src*='/pages/']").count() >= 1  # last good
    page.eval_on_selector("[data-testid=editor]",
                          "el => { el.value = el.value.replace('<div>', ''); }")
    page.click("[data-testid=save]")
    page.wait_for_function("() => !document.querySelector('[data-testid=problems] li')")


def test_edit_a_proposed_figure_opens_figures_yaml_at_its_group(server, page):
    base, _ = server
    page.goto(base + "/b/figs")
    page.click("[data-testid=edit-figure]")
    page.wait_for_function("() => document.querySelector('[data-testid=editor]')"
                           ".value.startsWith('groups:')")
    assert page.get_attribute("button.tab[data-file='figures.yaml']", "aria-pressed") == "true"
    selected = page.eval_on_selector("[data-testid=editor]",
                                     "el => el.value.slice(el.selectionStart, el.selectionEnd)")
    assert selected.strip() == "- id: air"


def test_accept_a_proposed_figure_and_see_its_table(server, page):
    base, _ = server
    page.goto(base + "/b/figs")
    built(page)
    before = page_sources(page)
    proposal = page.locator("[data-testid=proposal]")
    assert "空气质量指标" in proposal.inner_text()
    page.click("[data-testid=accept]")
    page.wait_for_function("() => !document.querySelector('[data-testid=proposal]')")
    page.wait_for_function("before => { const s = [...document.querySelectorAll("
                           "'[data-testid=page] img')].map(e => e.src); "
                           "return s.length && s.join() !== before.join() "
                           "&& s.every(x => x.includes('/pages/')); }", arg=before)
    built(page)
    pdf = page.request.get(base + "/b/figs/pdf").body()
    text = pdf_text(pdf)
    assert "空气质量指标" in text and "优良天数" in text


def test_accept_a_held_table_and_see_it_printed(server, page):
    base, data = server
    page.goto(base + "/b/heldtab")
    built(page)
    held = page.locator("[data-testid=held-table]")
    assert held.count() == 1
    listed = held.inner_text()
    assert "表1 各县空气质量" in listed and "rebuilt from cells a line each" in listed
    assert "81.7" in listed  # its first rows, to judge it by
    assert "81.7" not in pdf_text(page.request.get(base + "/b/heldtab/pdf").body())
    before = page_sources(page)
    page.click("[data-testid=accept-table]")
    page.wait_for_function("() => !document.querySelector('[data-testid=held-table]')")
    page.wait_for_function("before => { const s = [...document.querySelectorAll("
                           "'[data-testid=page] img')].map(e => e.src); "
                           "return s.length && s.join() !== before.join() "
                           "&& s.every(x => x.includes('/pages/')); }", arg=before)
    built(page)
    assert "held table" not in (data / "heldtab" / "article.md").read_text("utf-8")
    text = pdf_text(page.request.get(base + "/b/heldtab/pdf").body())
    assert "表1 各县空气质量" in text and "甲县81.7" in text.replace(" ", "")
    assert "乙县79.2" in text.replace(" ", "")


def test_two_tabs_the_second_save_is_refused_with_a_message(server, context):
    base, data = server
    first, second = context.new_page(), context.new_page()
    try:
        for tab in (first, second):
            tab.set_default_timeout(TIMEOUT)
            tab.goto(base + "/b/tiny")
        edit_paragraph(first, "革命老区吕梁", "第一个标签页")
        with first.expect_response(lambda r: r.url.endswith("/b/tiny/article")
                                   and r.request.method == "POST") as saved:
            first.click("[data-testid=save]")
        assert saved.value.ok, "the first tab's save was refused"
        edit_paragraph(second, "革命老区吕梁", "第二个标签页")
        second.click("[data-testid=save]")
        conflict = second.locator("[data-testid=conflict]")
        conflict.wait_for(state="visible")
        assert "not saved" in conflict.inner_text()
        assert "第二个标签页" in second.input_value("[data-testid=editor]")  # kept
        text = (data / "tiny" / "article.md").read_text("utf-8")
        assert "第一个标签页" in text and "第二个标签页" not in text
    finally:
        first.close()
        second.close()


# Watches the `page` figure of one page number from now on: at every change of its
# subtree (a MutationObserver, called right after the change, before the page is painted)
# and at every frame, records whether it shows a loaded picture (its <img> complete with
# a non-zero naturalWidth), and each picture it shows.
WATCH = """number => {
    const box = document.getElementById('pages');
    const record = window.watched = {blank: [], shown: [], frames: 0};
    const look = (when) => {
        const figure = box.children[number - 1];
        const img = figure && figure.querySelector('img');
        const src = img ? img.getAttribute('src') : null;
        if (!img || !src || !img.complete || img.naturalWidth === 0) {
            record.blank.push({when, src, complete: img ? img.complete : null,
                               width: img ? img.naturalWidth : null});
        }
        if (src && record.shown[record.shown.length - 1] !== src) record.shown.push(src);
    };
    look('start');
    new MutationObserver(() => look('mutation')).observe(
        box, {subtree: true, childList: true, attributes: true});
    const frame = () => { record.frames++; look('frame'); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
}"""


def test_an_edited_later_page_is_swapped_for_its_new_picture_without_a_blank(server,
                                                                              page):
    base, _ = server
    page.goto(base + "/b/long")
    built(page)
    # Once more, so that the build process has the document's pages to start from (the
    # page at the caret is drawn ahead after an edit in a warm process).
    edit_paragraph(page, "明年", "今年和")
    page.click("[data-testid=save]")
    built(page)
    state = page.request.get(base + "/b/long/status").json()
    number = len(state["pages"])
    assert number >= 2, "the briefing fits one page: no later page to edit"
    before = state["pages"][-1]["url"]
    # (The status line says built as soon as the status does; a picture follows once loaded.)
    page.wait_for_function(
        """([number, before]) => {
            const img = document.getElementById('pages').children[number - 1]
                .querySelector('img');
            return img.getAttribute('src') === before && img.complete && img.naturalWidth > 0;
        }""", arg=[number, before])

    page.evaluate(WATCH, number)
    edit_paragraph(page, "明年", "下一年和")
    PICTURES.clear()  # (the written PDF's pictures wait until the one drawn ahead shows)
    try:
        page.click("[data-testid=save]")
        page.wait_for_function(
            """number => {
                const figure = document.getElementById('pages').children[number - 1];
                const img = figure.querySelector('img');
                return figure.classList.contains('provisional')
                    && window.watched.shown.length === 2
                    && img.complete && img.naturalWidth > 0;
            }""", arg=number)
    finally:
        PICTURES.set()
    # Drawn ahead of the PDF first, then it ends showing the written PDF's own picture of the page.
    built(page)
    state = page.request.get(base + "/b/long/status").json()
    final = state["pages"][number - 1]["url"]
    assert final, "the built PDF's picture of the edited page is not listed"
    page.wait_for_function(
        """([number, final]) => {
            const figure = document.getElementById('pages').children[number - 1];
            return figure.querySelector('img').getAttribute('src') === final
                && !figure.classList.contains('provisional');
        }""", arg=[number, final])
    watched = page.evaluate("() => window.watched")
    assert watched["frames"] > 0
    assert watched["blank"] == [], "the edited page showed no picture while swapping"
    shown = watched["shown"]
    assert shown[0] == before and shown[-1] == final, shown
    provisional = shown[1:-1]
    assert provisional and final not in provisional and before not in provisional, \
        "the page drawn ahead of the PDF was never shown"
    assert page.get_attribute(f"[data-testid=page]:nth-child({number}) img", "src") == final
    assert page.eval_on_selector(f"[data-testid=page]:nth-child({number}) img",
                                 "img => img.complete && img.naturalWidth") > 0
    picture = page.request.get(base + final).body()
    assert picture != page.request.get(base + before).body(), "the page was not redrawn"
    assert "下一年和" in pdf_text(page.request.get(base + "/b/long/pdf").body())
