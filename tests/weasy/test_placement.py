"""Placement that fills pages (briefing/weasy/placement.py), measured from the PDF
(briefing/preflight.py: measure_placement): on the sample and on four real corpus
articles — imported with `briefing import`, their proposed key figures accepted — in
every template, no page followed by content is filled below 75 % of its text block
(before a forced break excepted), and every key-figure table and chart stands on its
citing paragraph's page or the next."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE, TESTS
from pdfread import pages as read_pages

from briefing import jianbao
from briefing.build import build
from briefing.importer import import_article
from briefing.preflight import SHORT_PAGE, figure_citations, measure_placement
from briefing.review import review
from briefing.weasy import placement

TUNING = TESTS / "corpus" / "tuning"
# Articles with key figures of every length: 8 rows, three groups, 31 and 47 rows (split).
CORPUS = ("a-bulletin-tongyu-2017-12", "a-tongbao-anweiban-2018-67",
          "a-workreport-shanghai-2026", "a-workreport-shaanxi-2026")
TEMPLATES = ("reprint", "jianbao", "handout")
SOURCE_COMMENT = re.compile(r"^\s*<!--\s*corpus-source.*?-->\s*\n?", re.S)


def _import(name: str, root: Path) -> Path:
    """The corpus text as an editor imports it: the scorer's source comment off, the
    title marked with '# ' (the import's own fix for a text without one: the gold's
    title), the proposed figures accepted."""
    source = TUNING / f"{name}.txt"
    gold = (TUNING / f"{name}.gold.md").read_text("utf-8")
    title = yaml.safe_load(gold.split("---")[1])["title"]
    text = SOURCE_COMMENT.sub("", source.read_text("utf-8"), count=1)
    marked = root / source.name
    marked.write_text(f"# {title}\n\n{text}", "utf-8")
    import_article(marked, data_dir=root / "data", slug=name)
    folder = root / "data" / name
    assert review(folder, "accept", []), "the article proposes key figures"
    # The jianbao template's masthead, as its error's fix says (jianbao.EXAMPLE).
    article = folder / "article.md"
    front = article.read_text("utf-8")
    assert front.startswith("---\n")
    article.write_text(f"---\n{jianbao.EXAMPLE}\n{front[4:]}", "utf-8")
    return folder


@pytest.fixture(scope="module")
def folders(shared_build) -> dict[str, Path]:
    """Each corpus article imported once per test run (xdist workers share them)."""
    def imported(name: str) -> Callable[[Path], object]:
        def make(out: Path) -> None:
            work = out.parent / f"{out.name}-import"
            work.mkdir()
            shutil.move(_import(name, work), out)
        return make

    return {"sample": SAMPLE,
            **{name: shared_build(f"placement-{name}", imported(name)) for name in CORPUS}}


@pytest.fixture(scope="module")
def built(folders, shared_build, sample_template_pdf) -> Callable[[str, str], Path]:
    """(article, template) → its PDF, built on first use, once per test run."""
    def get(name: str, template: str) -> Path:
        if name == "sample":
            return sample_template_pdf(template)
        return shared_build(f"placement-{name}-{template}.pdf",
                            lambda out: build(folders[name], out, template=template))

    return get


# (the corpus articles first: in a whole run the other worker is building the sample's
# PDFs for weasy/test_textlayer.py meanwhile, which this module would otherwise wait for)
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", [*CORPUS, "sample"])
def test_pages_are_filled_and_figures_near_their_paragraph(built, folders, name, template):
    cites = figure_citations(folders[name]) if template != "handout" else {}
    report = measure_placement(built(name, template), cites)
    short = [f"page {fill.page}: {fill.fill:.0%}" for fill in report.short_pages]
    assert not short, f"pages below {SHORT_PAGE:.0%} followed by content: {short}"
    far = [f"{d.figure} on page {d.figure_page}, its paragraph {d.cites} on page "
           f"{d.cites_page}" for d in report.far_figures]
    assert not far, far
    if template != "handout":  # the handout's figures are cards at its head, not cited
        assert len(report.distances) == len(cites)


def test_a_pushed_group_moves_past_the_text_that_fills_the_hole():
    short = placement.PageLayout(top=0, height=100, leaves=[
        placement.Leaf(0, 60, None, "p2")])
    following = placement.PageLayout(top=0, height=100, leaves=[
        placement.Leaf(0, 50, "g", "figures-g"), placement.Leaf(50, 70, None, "p3"),
        placement.Leaf(70, 95, None, "p4")])
    later = placement.PageLayout(top=0, height=100, leaves=[placement.Leaf(0, 10, None, "p5")])
    pages = [short, following, later]
    assert placement.group_leaving_short(pages) == "g"
    # The hole (40) is filled by p3 (20) and p4 (25): the table goes after p4.
    assert placement.plan_move(pages, "g", ["p3", "p4", "p5"], "p2") == 2
    # Only p3 may go before it (a heading after it): p3 alone, the page still short.
    assert placement.plan_move(pages, "g", ["p3"], "p2") == 1
    full = placement.PageLayout(top=0, height=100, leaves=[placement.Leaf(0, 80, None, "p2")])
    assert placement.group_leaving_short([full, following]) is None  # filled: no move
    # Text that would push it beyond the next page: p5 (10) fits after p4, no more.
    tall = placement.PageLayout(top=0, height=100, leaves=[
        placement.Leaf(0, 50, "g", "figures-g"), placement.Leaf(50, 100, None, "p3")])
    rest = placement.PageLayout(top=0, height=100, leaves=[placement.Leaf(0, 60, None, "p3")])
    # p3 runs over two pages (110 high): more than the hole (40) and the room (50).
    assert placement.plan_move([short, tall, rest], "g", ["p3"], None) is None


def test_a_group_ending_its_section_moves_before_its_paragraph():
    short = placement.PageLayout(top=0, height=100, leaves=[
        placement.Leaf(0, 30, None, "p2"), placement.Leaf(30, 40, None, "p3")])
    following = placement.PageLayout(top=0, height=100, leaves=[
        placement.Leaf(0, 50, "g", "figures-g"), placement.Leaf(55, 70, None, "p9")])
    # No paragraph after it in its section: the table (50, and a margin) fits above its
    # citing paragraph p3 (70 left below its top), a line of p3 (10) still below it.
    assert placement.plan_move([short, following], "g", [], "p3") == 0
    assert placement.plan_move([short, following], "g", [], None) is None  # none to go before
    lower = placement.PageLayout(top=0, height=100, leaves=[
        placement.Leaf(0, 50, None, "p2"), placement.Leaf(50, 60, None, "p3")])
    assert placement.plan_move([lower, following], "g", [], "p3") is None  # p3 overleaf


def test_the_pass_fills_a_real_layout_in_one_layout():
    """WeasyPrint's own layout: a table that does not fit on page 1 would leave it
    short; it moves past the next paragraphs as the pages are laid out, in the one
    layout of the document (page 1 laid out again, nothing else twice)."""
    from briefing import weasy

    weasy.load()
    from weasyprint import HTML
    from weasyprint.layout import page

    text = "文字" * 60
    rows = "".join(f"<tr><td>{n}</td></tr>" for n in range(14))
    html = ('<html><head><style>@page { size: A6; margin: 10mm } body { font-size: 10pt; '
            'line-height: 14pt } table { break-inside: avoid } td { height: 12pt }</style>'
            '</head><body><section>'
            + f'<p id="a0">{text}</p>'
            + f'<p id="cite">{text}</p><!--placement:g--><table id="figures-g">{rows}'
            '</table><!--/placement-->'
            + "".join(f'<p id="b{n}">{text}</p>' for n in range(4)) + "</section></body></html>")
    unplaced = HTML(string=html).render()
    before = placement.measure(unplaced, {"g"})
    assert before[0].fill < placement.SHORT  # the table went overleaf, the page short
    layouts, laid_out = [], []
    real = page.remake_page

    def remake_page(index, *args, **kwargs):
        laid_out.append(index)
        return real(index, *args, **kwargs)

    def layout(source):
        layouts.append(source)
        return HTML(string=source).render()

    page.remake_page = remake_page
    try:
        with placement.placing({"g"}) as moves:
            document, placed = placement.place(html, layout, None, moves)
    finally:
        page.remake_page = real
    assert len(layouts) == 1  # one layout
    pages = len(document.pages)
    assert laid_out == [0, 1, 2, *range(pages)]  # taken up again from page 1
    after = placement.measure(document, {"g"})
    assert after[0].fill >= placement.SHORT
    assert moves == [placement.Move(0, ("figures-g",), "b1", "after")]  # b0, b1 fill it
    assert placed.index('id="cite"') < placed.index('id="b0"') < placed.index("figures-g")
    # on the page after its citing paragraph's
    found = [n for n, page in enumerate(after) if any(leaf.group == "g" for leaf in page.leaves)]
    assert found and found[0] == 1


def test_a_group_moves_past_body_text_but_not_into_the_signature():
    """A signature closes the text: a group that leaves its page short moves past the
    body paragraphs after it, never past a signature line (without the rule, this one
    went after all six lines: the table printed below the 落款)."""
    from briefing import weasy

    weasy.load()
    from weasyprint import HTML

    text = "文字" * 60
    rows = "".join(f"<tr><td>{n}</td></tr>" for n in range(14))
    html = ('<html><head><style>@page { size: A6; margin: 10mm } body { font-size: 10pt; '
            'line-height: 14pt } table { break-inside: avoid } td { height: 12pt } '
            ':not(.role-signature) + p.role-signature { margin-top: 28pt }</style>'
            '</head><body><section>'
            + f'<p id="a0">{text}</p>'
            + f'<p id="cite">{text}</p><!--placement:g--><table id="figures-g">{rows}'
            '</table><!--/placement--><p id="b0">文字文字。</p>'
            + "".join(f'<p id="s{n}" class="role-signature">某某单位{n}</p>' for n in range(6))
            + "</section></body></html>")
    assert placement.measure(HTML(string=html).render(), {"g"})[0].fill < placement.SHORT
    with placement.placing({"g"}) as moves:
        _, placed = placement.place(html, lambda source: HTML(string=source).render(),
                                    None, moves)
    assert moves == [placement.Move(0, ("figures-g",), "b0", "after")]
    assert re.findall(r'id="([^"]+)"', placed) == [
        "a0", "cite", "b0", "figures-g", *(f"s{n}" for n in range(6))]


def test_a_figure_counts_its_distance_from_where_its_paragraph_ends():
    from briefing.preflight import FigureDistance, _end_page

    # A paragraph over pages 1–4, its figure on page 5: one page after its end.
    assert FigureDistance("figures-g", "p7", 5, 1, 4).pages == 1
    assert FigureDistance("figures-g", "p7", 3, 1, 4).pages == 0
    assert FigureDistance("figures-g", "p7", 1, 2, 2).pages == -1  # a page before it
    assert _end_page(["甲乙丙", "丁戊"], 1, "丙丁") == 2  # its tail split by the break
    assert _end_page(["甲乙丙", "丁戊"], 1, "乙丙") == 1


@pytest.mark.parametrize(("template", "before"), [("jianbao", 1), ("jianbao", 2)])
def test_a_photo_that_does_not_fit_goes_after_the_following_text(template, before, tmp_path):
    """A photo too tall for what is left of its page does not leave the page short: the
    text after it fills the page and the photo stands at the top of the next (measured
    before the pass: page 1 filled to 54 % and 68 %)."""
    from PIL import Image

    from tests.conftest import write_briefing

    paragraph = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，"
                 "推动生态环境质量持续改善，为高质量发展提供有力支撑。")
    front = f"---\n{jianbao.EXAMPLE}\ntitle: 照片测试\ntemplate: {template}\n---\n"
    body = (f"{paragraph}\n\n" * before + "::: figure\n![](images/photo.png)\n图①：某某在现场检查\n"
            ":::\n\n" + f"{paragraph}\n\n" * 14)
    folder = write_briefing(tmp_path / "brief", body, front=front)
    (folder / "images").mkdir()
    Image.new("RGB", (800, 800), (90, 120, 150)).save(folder / "images" / "photo.png")
    out = tmp_path / "photo.pdf"
    build(folder, out)
    report = measure_placement(out)
    short = [f"page {fill.page}: {fill.fill:.0%}" for fill in report.short_pages]
    assert not short, f"pages below {SHORT_PAGE:.0%} followed by content: {short}"
    # (the pages as pdfplumber reads them, from the parse measure_placement made: pdfread)
    read = read_pages(out)
    pages = [page.page_number for page in read if page.images]
    text_before = "".join(c["text"] for c in read[pages[0] - 1].chars
                          if pages and c["top"] < read[pages[0] - 1].images[0]["top"])
    assert pages == [2], pages
    assert "图①" not in text_before


# A text without headings (a bulletin: its figures' sentence first, then more text, then
# its closing): 以下空白 and a signature end it.
CITING = ("2020年，全市细颗粒物（PM2.5）平均浓度为30微克/立方米，可吸入颗粒物（PM10）平均浓度为"
          "55微克/立方米，二氧化硫平均浓度为9微克/立方米，二氧化氮平均浓度为27微克/立方米，"
          "优良天数为281天，优良率为76.8%。")
ROWS = (("细颗粒物平均浓度", "30", "微克/立方米"), ("可吸入颗粒物平均浓度", "55", "微克/立方米"),
        ("二氧化硫平均浓度", "9", "微克/立方米"), ("二氧化氮平均浓度", "27", "微克/立方米"),
        ("优良天数", "281", "天"), ("优良率", "76.8", "%"))
FILLER = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，"
          "推动生态环境质量持续改善，为高质量发展提供有力支撑。")


def _headingless(tmp_path: Path, *, heading: bool = False, filler: int = 19) -> Path:
    from tests.conftest import write_briefing

    front = f"---\n{jianbao.EXAMPLE}\ntitle: 空气质量月报\ndate: 2021-01-05\ntemplate: jianbao\n---\n"
    body = (f"{CITING}\n\n" + f"{FILLER}\n\n" * filler + "特此通报。\n\n--以下空白\n\n"
            + ("## 其他\n\n" + f"{FILLER}\n\n" if heading else "")
            + "::: signature\n某某市环境监测站\n2021年1月5日\n:::\n")
    rows = "".join(f"      - label: {label}\n        value: {value}\n        unit: '{unit}'\n"
                   f"        source: {CITING}\n" for label, value, unit in ROWS)
    figures = f"groups:\n  - id: lead\n    title: 主要数据\n    rows:\n{rows}"
    return write_briefing(tmp_path / "brief", body, front=front, figures=figures)


def test_a_figure_in_a_text_without_headings_follows_its_paragraph(tmp_path):
    """A text without headings is all lead: its key figures follow the paragraph citing
    them, not the text's last block — after the signature, a page or more from their
    sentence, where the placement pass can move them nowhere (no paragraph after them,
    a signature line before them): a-bulletin-tongyu-2017-12's 主要数据 stood alone on
    page 3, page 2 at 66 %. This text, without the rule: page 4 at 66 %, the table alone
    on page 5, four pages from its sentence; with it, the table on page 2 (moved past two
    paragraphs), pages 1–4 at 90 % or more. With a heading after the lead, the figures
    follow the lead's end."""
    from briefing.loader import load_briefing
    from briefing.preflight import Citation
    from briefing.render import figures_by_anchor

    folder = _headingless(tmp_path)
    briefing = load_briefing(folder)
    citing = briefing.lead[0].id
    assert not briefing.sections
    assert {anchor: [g.id for g in groups]
            for anchor, groups in figures_by_anchor(briefing).items()} == {citing: ["lead"]}
    out = tmp_path / "headingless.pdf"
    build(folder, out)
    # Measured from the paragraph that cites the figures (figures.yaml), not from the
    # rule's own anchor (preflight.figure_citations: the text's end, without the rule).
    report = measure_placement(out, {"figures-lead": Citation(citing, "优良率为")})
    assert len(report.fills) >= 3  # (the text runs over pages: its end pages away)
    short = [f"page {fill.page}: {fill.fill:.0%}" for fill in report.short_pages]
    assert not short, f"pages below {SHORT_PAGE:.0%} followed by content: {short}"
    assert [d.pages for d in report.distances] in ([0], [1]), report.distances
    # The signature closes the text: no figure below it.
    text = "".join(c["text"] for page in read_pages(out) for c in page.chars)
    assert text.index("主要数据") < text.index("某某市环境监测站")
    # A lead before headings stays whole: its figures follow its last block.
    with_heading = load_briefing(_headingless(tmp_path / "parts", heading=True))
    last = with_heading.lead[-1].id
    assert {anchor: [g.id for g in groups]
            for anchor, groups in figures_by_anchor(with_heading).items()} == {last: ["lead"]}
