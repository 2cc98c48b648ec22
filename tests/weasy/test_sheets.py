"""A stylesheet's text is parsed once per process (briefing/weasy/sheets.py, the
parsed-once patch): a second build of the same document parses no stylesheet again, a
changed one is parsed again, and the output is byte for byte what WeasyPrint's own
parse of every layout gives — with what the parse writes into the document (page
rules, layers, counter styles, @font-face) written again into each new document."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from briefing import weasy
from briefing.build import build
from briefing.weasy import sheets
from tests.conftest import write_briefing

KAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")  # Makefile's fonts-arphic-ukai

# Everything a parse writes into its document: @page and margin rules, @layer order
# with an anonymous layer (named by how many layers came before), a @counter-style,
# an @font-face.
RICH = """
@font-face { font-family: TestKai; src: url(KAI); }
@layer base, top;
@layer top { p { color: #800; } }
@layer base { p { color: #008; font-size: 14pt; } }
@layer { h1 { color: #080; } }
@counter-style ring { system: cyclic; symbols: "◆" "◇"; suffix: " "; }
@page { size: A6; margin: 12mm; @bottom-center { content: counter(page, ring); } }
@page :first { margin-top: 20mm; }
p { font-family: TestKai; }
ol { list-style: ring; }
""".replace("KAI", KAI.as_uri())

BODY = "<h1>标题</h1><p>一段正文，楷体。</p><ol><li>甲</li><li>乙</li><li>丙</li></ol>"


def html(css: str, body: str = BODY) -> str:
    return f"<html><head><style>{css}</style></head><body>{body}</body></html>"


@pytest.fixture
def parses(monkeypatch):
    """The stylesheet texts tinycss2 parses from now on (WeasyPrint's CSS.__init__
    parses a text with tinycss2.parse_stylesheet, nothing else does)."""
    weasy.load()
    import tinycss2

    sheets.forget()
    texts: list[str] = []
    real = tinycss2.parse_stylesheet

    def counting(css, *args, **kwargs):
        texts.append(css)
        return real(css, *args, **kwargs)

    monkeypatch.setattr(tinycss2, "parse_stylesheet", counting)
    yield texts
    sheets.forget()


def render(source: str, base_url: str | None = None) -> bytes:
    """A document rendered as briefing's export does: a FontConfiguration of its own
    (a new one each time, so @font-face must reach each one), an extra stylesheet."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    extra = CSS(string="h1 { margin-top: 0 }", base_url=base_url, font_config=font_config)
    document = HTML(string=source, base_url=base_url).render(
        font_config=font_config, stylesheets=[extra])
    return document.write_pdf(pdf_identifier=b"briefing-test")


@pytest.fixture
def without_cache():
    """Renders with WeasyPrint's own CSS.__init__ (parse on every layout)."""
    weasy.load()

    def cold(function):
        weasy.uninstall("sheets")
        try:
            return function()
        finally:
            weasy.install("sheets")

    return cold


def test_a_second_build_of_a_document_parses_no_stylesheet_again(tmp_path, parses):
    folder = write_briefing(tmp_path / "brief", "## 一\n\n这是一段很短的正文。\n")
    first = build(folder, tmp_path / "first.pdf", force=True)
    assert parses  # the template's <style> and the extra sheet, in the first build
    parses.clear()
    second = build(folder, tmp_path / "second.pdf", force=True)
    assert parses == []
    assert first.pages == second.pages
    assert (tmp_path / "first.pdf").read_bytes() == (tmp_path / "second.pdf").read_bytes()


def test_a_changed_stylesheet_is_parsed_again_and_its_change_is_printed(parses):
    from weasyprint import HTML

    a6 = html("@page { size: A6 } p { color: red }")
    a5 = html("@page { size: A5 } p { color: red }")
    assert HTML(string=a6).render().pages[0].width == pytest.approx(105 / 25.4 * 96)
    assert HTML(string=a6).render().pages[0].width == pytest.approx(105 / 25.4 * 96)
    assert parses.count("@page { size: A6 } p { color: red }") == 1
    assert HTML(string=a5).render().pages[0].width == pytest.approx(148 / 25.4 * 96)
    assert parses.count("@page { size: A5 } p { color: red }") == 1
    # The same text under another base URL: its url() values resolve elsewhere.
    css = "p { background: url(x.png) }"
    HTML(string=html(css), base_url="file:///tmp/a/").render()
    HTML(string=html(css), base_url="file:///tmp/b/").render()
    assert parses.count(css) == 2


@pytest.mark.skipif(not KAI.exists(), reason="fonts-arphic-ukai is not installed")
def test_a_reused_parse_prints_the_same_bytes_as_weasyprints_own(parses, without_cache):
    source = html(RICH)
    own = without_cache(lambda: render(source))
    parses.clear()
    first = render(source)
    second = render(source)  # every stylesheet reused, written into new objects
    assert parses.count(RICH) == 1
    assert first == own and second == own
    # … and what was replayed is there: the @page size, the @font-face (its family in
    # a new FontConfiguration), the ring counter style (list markers, page number).
    with pdfplumber.open(io.BytesIO(second)) as pdf:
        page = pdf.pages[0]
        assert (page.width, page.height) == pytest.approx((105 / 25.4 * 72, 148 / 25.4 * 72))
        fonts = {char["text"]: char["fontname"] for char in page.chars}
        assert fonts["楷"].endswith("+TestKai")
        assert [char["text"] for char in page.chars].count("◆") >= 2
    assert without_cache(lambda: render(html(RICH.replace("TestKai;", "Other;", 1)))) \
        != own


def test_a_parse_that_warned_or_imported_is_not_kept(parses, tmp_path, caplog):
    from weasyprint import HTML

    bad = "p { colour: red }"  # WeasyPrint warns: unknown property
    with caplog.at_level("WARNING", logger="weasyprint"):
        HTML(string=html(bad)).render()
        HTML(string=html(bad)).render()
    assert parses.count(bad) == 2
    # … so each build says it (export.py reports WeasyPrint's warnings)
    assert sum("colour" in record.getMessage() for record in caplog.records) == 2
    imported = tmp_path / "more.css"
    imported.write_text("p { color: red }", "utf-8")
    importing = f'@import url("{imported.as_uri()}");'
    HTML(string=html(importing)).render()
    HTML(string=html(importing)).render()
    assert parses.count(importing) == 2  # the imported file may have changed meanwhile


def test_at_most_a_few_parses_are_kept(parses):
    from weasyprint import HTML

    texts = [f"p {{ margin-top: {number}px }}" for number in range(sheets.KEPT + 1)]
    for text in texts:
        HTML(string=html(text)).render()
    assert len(sheets._kept) <= sheets.KEPT
    HTML(string=html(texts[-1])).render()
    assert parses.count(texts[-1]) == 1
    HTML(string=html(texts[0])).render()  # the least recently used one was dropped
    assert parses.count(texts[0]) == 2


@pytest.mark.parametrize(("css", "reads"), [
    ("p { color: red }", False),
    # attr(… url) is resolved against the document when styles are computed
    ("a::after { content: target-counter(attr(href url), page) } .url { color: red }", False),
    ("@font-face { font-family: X; src: local(Noto Sans) }", False),
    ("p { background: url(x.png) }", True),
    ('p { background: url("x.png") }', True),
    (r"p { background: \75 rl(x.png) }", True),
    ("@media print { p { list-style-image: URL(x.png) } }", True),
    ('@import "more.css";', True),
    ("@color-profile --x { src: local(y) }", True),
])
def test_the_base_url_is_in_the_key_only_when_the_text_resolves_a_url(css, reads):
    assert sheets.resolves_urls(css) is reads


@pytest.mark.parametrize(("css", "reads"), [
    ("p { background: url  (x.png) }", False),  # a name and a block: no function
    ("p { background: url/**/(x.png) }", False),
    ('p { content: "url(x.png)" }', False),  # (in a string: tokenised to be sure)
    ('p { content: "\\A" } i { color: red }', False),  # an escape: tokenised
    (r"@\69 mport 'x.css';", True),
    ("@IMPORT 'x.css';", True),
    ("p { background: Url(x.png) }", True),
])
def test_a_sheet_is_tokenised_only_when_its_text_may_resolve_a_url(css, reads, monkeypatch):
    """Without a backslash, `url(`, `@import` or `@color-profile` in its text (any case),
    a sheet resolves no URL, and its tokens are not read (the user agent's sheets have
    no base URL, so are not even asked about: the key holds None either way)."""
    import tinycss2

    tokenised = []
    real = tinycss2.parse_component_value_list
    monkeypatch.setattr(tinycss2, "parse_component_value_list",
                        lambda *args, **kwargs: tokenised.append(1) or real(*args, **kwargs))
    sheets.resolves_urls.cache_clear()
    assert sheets.resolves_urls(css) is reads
    may = "\\" in css or any(text in css.lower() for text in ("url(", "@import", "@color-p"))
    assert bool(tokenised) is may
    tokenised.clear()
    sheets.resolves_urls.cache_clear()
    assert sheets.resolves_urls("p { color: red } .url { margin: 0 }") is False
    assert tokenised == []


def test_a_sheet_without_a_base_url_is_not_asked_whether_it_resolves_one(monkeypatch):
    from weasyprint import CSS

    weasy.load()
    asked = []
    monkeypatch.setattr(sheets, "resolves_urls", lambda string: asked.append(string))
    CSS(string="p { background: url(x.png); color: #010203 }")
    assert asked == []
    CSS(string="p { background: url(x.png); color: #010204 }", base_url="/tmp/")
    assert len(asked) == 1


def test_one_templates_sheet_is_parsed_once_for_every_folder(tmp_path, parses,
                                                              without_cache):
    """Each briefing folder is its document's base URL; a template's <style> resolves no
    URL, so a second folder reuses the parse — and prints what WeasyPrint's own parse
    prints there."""
    body = "## 一\n\n这是一段很短的正文。\n"
    first = build(write_briefing(tmp_path / "a", body), tmp_path / "a.pdf")
    template_sheets = [text for text in parses if len(text) > 1000]
    assert template_sheets and not any(sheets.resolves_urls(text) for text in template_sheets)
    parses.clear()
    second = build(write_briefing(tmp_path / "b", body), tmp_path / "b.pdf")
    assert parses == []
    own = tmp_path / "own.pdf"
    without_cache(lambda: build(tmp_path / "b", own))
    assert first.pages == second.pages
    assert (tmp_path / "b.pdf").read_bytes() == own.read_bytes()
