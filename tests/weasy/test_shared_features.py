"""WeasyPrint makes one Pango font-features attribute per feature string (`tnum 1` for
`font-variant-numeric: tabular-nums`, which our tables' figures use) and puts that same
attribute into every layout of such a style. Our line rules change a layout's attributes
(`halt` on punctuation); done on WeasyPrint's list, Pango cut the shared attribute to the
first text's range and then freed it, so later layouts carried a wrong range, and after
a few hundred a build crashed (layout_patches.set_text detaches the list first)."""

from __future__ import annotations

import pytest
from weasy_boxes import min_content_loop, text_styles

from briefing import weasy

G_MAXUINT = 2**32 - 1
TEXTS = ["城镇登记失业率（%）", "同比下降10.0%，优良天数比例为93.5%。", "结束。”）",
         "“十四五”时期的主要目标", "（市、区）", "合计（亿元）"]


@pytest.fixture(scope="module")
def tabular():
    """A computed style with tabular figures (our patches installed) and its fonts."""
    weasy.load()
    weasy.install()
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    document = HTML(string='<html lang="zh-CN"><table><tr><td style="font-family: '
                           "'Noto Serif CJK SC'; font-variant-numeric: tabular-nums\">"
                           "１２（%）</td></tr></table></html>").render(font_config=fonts)
    return text_styles(document)[0], fonts


def _shared(fonts) -> dict[bytes, tuple[int, int, bytes]]:
    from weasyprint.text.ffi import ffi

    shared = {}
    for features, attribute in fonts.font_features.items():
        # PangoAttrFontFeatures: a PangoAttribute, then its `gchar *features`
        features_field = ffi.cast("char **", ffi.cast("PangoAttribute *", attribute) + 1)
        shared[features] = (attribute.start_index, attribute.end_index,
                            ffi.string(features_field[0]))
    return shared


def test_laying_out_leaves_the_shared_attribute_whole(tabular):
    style, fonts = tabular
    assert b"tnum 1" in fonts.font_features
    for text in TEXTS * 3:
        min_content_loop(text, style)  # as min-content widths do: a layout per piece
        assert _shared(fonts) == {b"tnum 1": (0, G_MAXUINT, b"tnum 1")}, text


def test_a_build_with_tabular_figures_survives_many_layouts(tabular):
    """The crash needed some hundreds of layouts; many distinct cells in one table."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    rows = "".join(f'<tr><td>第{n}项（%）</td><td class="value">{n}.{n % 7}%，增长{n % 9}.1。'
                   "</td></tr>" for n in range(400))
    html = ('<html lang="zh-CN"><style>td.value { font-variant-numeric: tabular-nums }'
            f"</style><table>{rows}</table></html>")
    document = HTML(string=html).render(font_config=fonts)
    assert len(document.pages) >= 5
    assert _shared(fonts) == {b"tnum 1": (0, G_MAXUINT, b"tnum 1")}

