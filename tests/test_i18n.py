"""Editions: Babel formatting per locale, gettext catalogs for the labels, OpenCC
conversion to Traditional Chinese with its fonts, and the editions' PDFs."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from conftest import FIGURES
from pdfread import fonts as pdf_fonts
from typer.testing import CliRunner

from briefing import fonts, i18n
from briefing.build import build, role_texts
from briefing.cli import app
from briefing.errors import InputError
from briefing.formatting import format_long_date, format_number, format_percent, format_quantity
from briefing.loader import load_briefing
from briefing.render import render_html

PROJECT = Path(__file__).resolve().parent.parent
SENTENCE = "全市优良天数281天，优良天数比例为77%，罚款16398.12万元，较上年减少。"
BODY = f"""\
    “测试简报”的导语：{SENTENCE}

    ## 第一部分：发展与软件

    正文说的是信息与质量。
    """


@pytest.fixture
def folder(make_briefing):
    return make_briefing(BODY, figures=FIGURES.format(sentence=SENTENCE))


# ---------------------------------------------------------------- Babel


@pytest.mark.parametrize(("locale", "date", "percent", "official", "grouped", "quantity"), [
    ("zh_Hans_CN", "2021年3月19日", "77%", "16398.12", "16,398.12", "16398.12万元"),
    ("zh_Hant_TW", "2021年3月19日", "53.3%", "16398.12", "16,398.12", "16398.12萬元"),
    ("en", "March 19, 2021", "53.3%", "16398.12", "16,398.12", "16398.12\u00a0万元"),
])
def test_numbers_dates_and_units_follow_the_locale(locale, date, percent, official, grouped,
                                                   quantity):
    assert format_long_date(dt.date(2021, 3, 19), locale) == date
    value = Decimal("77") if percent == "77%" else Decimal("53.3")
    assert format_percent(value, locale) == percent
    assert format_number(Decimal("16398.12"), locale, "official") == official
    assert format_number(Decimal("16398.12"), locale, "grouped") == grouped
    unit = "萬元" if locale == "zh_Hant_TW" else "万元"
    assert format_quantity(Decimal("16398.12"), unit, locale) == quantity
    assert format_quantity(Decimal("27"), "μg/m3", "zh_Hans_CN") == "27μg/m³"
    assert format_quantity(Decimal("77"), "%", locale) == format_percent(Decimal(77), locale)


# ---------------------------------------------------------------- editions


def test_editions(folder):
    meta = load_briefing(folder).meta
    source = i18n.edition_for(None, meta)
    assert (source.locale, source.script, source.opencc, source.catalog) == (
        "zh_Hans_CN", "Hans", None, None)
    english = i18n.edition_for("en", meta)
    assert english.opencc is None and english.language == "zh-CN"
    assert english.catalog == i18n.LOCALE_DIR / "en/LC_MESSAGES/messages.po"
    taiwan = i18n.edition_for("zh_Hant_TW", meta)
    assert (taiwan.script, taiwan.opencc, taiwan.language) == ("Hant", "s2twp", "zh-TW")
    assert i18n.edition_for("zh-TW", meta) == taiwan
    with pytest.raises(InputError, match="unknown locale"):
        i18n.edition_for("xx_YY", meta)
    with pytest.raises(InputError, match="no catalog") as caught:
        i18n.edition_for("fr", meta)
    assert "en" in caught.value.problems[0].fix and "zh_Hant_TW" in caught.value.problems[0].fix


def test_catalog_fallback_and_hong_kong(folder, tmp_path, monkeypatch):
    hant = tmp_path / "zh_Hant" / "LC_MESSAGES"
    hant.mkdir(parents=True)
    shutil.copy(i18n.LOCALE_DIR / "zh_Hant_TW/LC_MESSAGES/messages.po", hant)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    meta = load_briefing(folder).meta
    hong_kong = i18n.edition_for("zh_HK", meta)
    assert (hong_kong.opencc, hong_kong.language) == ("s2hk", "zh-HK")
    assert hong_kong.catalog == hant / "messages.po"  # zh_Hant_HK → zh_Hant
    assert i18n.convert_text("信息", hong_kong) == "信息"  # s2hk: characters only
    assert i18n.convert_text("“信息”", i18n.edition_for("zh_Hant_TW", meta)) == "「資訊」"


def test_a_traditional_territory_without_a_catalog_reads_another_territorys(folder):
    # zh-HK or a bare zh-Hant (a Traditional text's own tag, territory unknown) reads the
    # Traditional labels there are (zh_Hant_TW's), not none and not an error
    meta = load_briefing(folder).meta
    taiwan = i18n.LOCALE_DIR / "zh_Hant_TW/LC_MESSAGES/messages.po"
    assert i18n.edition_for("zh_HK", meta).catalog == taiwan
    own = meta.model_copy(update={"language": "zh-Hant"})
    edition = i18n.edition_for(None, own)
    assert (edition.script, edition.opencc, edition.catalog) == ("Hant", None, taiwan)


def test_a_traditional_text_set_as_written_centres_its_marks(folder):
    briefing = load_briefing(folder)
    briefing.meta.language = "zh-TW"
    edition = i18n.edition_for(None, briefing.meta)
    assert i18n.convert_briefing(briefing, edition).meta.options.punctuation == "centred"
    assert briefing.meta.options.punctuation is None  # the loaded article is not changed
    briefing.meta.options.punctuation = "kaiming"  # the article's own choice stands
    assert i18n.convert_briefing(briefing, edition).meta.options.punctuation == "kaiming"


def test_conversion_to_traditional_keeps_ids_lines_and_numbers(folder):
    briefing = load_briefing(folder)
    edition = i18n.edition_for("zh_Hant_TW", briefing.meta)
    converted = i18n.convert_briefing(briefing, edition)
    assert converted.meta.title == "測試簡報標題" and converted.meta.language == "zh-TW"
    lead = converted.lead[0]
    assert lead.text.plain.startswith("「測試簡報」的導語") and lead.id == briefing.lead[0].id
    assert lead.line == briefing.lead[0].line
    section = converted.sections[0]
    assert section.title.plain == "第一部分：發展與軟體"  # s2twp: Taiwanese usage too
    assert "資訊與質量" in section.blocks[0].text.plain
    row = converted.figures[0].rows[0]
    assert (row.label, row.value, row.unit) == ("優良天數", Decimal(281), "天")
    assert row.cited.sentence == row.source and "罰款16398.12萬元" in row.source
    assert converted.meta.options.punctuation == "centred"
    # The original is untouched.
    assert briefing.meta.title == "测试简报标题" and briefing.meta.options.punctuation is None
    assert i18n.convert_briefing(briefing, i18n.edition_for("en", briefing.meta)) is briefing


def test_converted_text_is_what_the_glyph_check_reads(folder):
    briefing = load_briefing(folder)
    converted = i18n.convert_briefing(briefing, i18n.edition_for("zh_Hant_TW", briefing.meta))
    text = "".join(item.text for item in role_texts(converted, "zh_Hant_TW"))
    assert "測試簡報標題" in text and "测试" not in text


def test_traditional_fonts_by_script(tmp_path):
    config = fonts.load_font_config(PROJECT / "fonts")  # no fonts.yaml: the package default
    hant = config.for_script("Hant")
    assert hant.roles["body"] == ("Noto Serif CJK TC", fonts.EMOJI)
    assert hant.roles["caption"] == ("Noto Sans CJK TC", fonts.EMOJI)
    assert config.for_script("Hans").roles == config.roles
    # A role the user chose keeps its face unless `scripts:` names another.
    (tmp_path / "fonts.yaml").write_text(
        "roles:\n  body: [Noto Sans CJK SC]\nscripts:\n  Hant:\n    title: [Noto Sans CJK TC]\n",
        "utf-8")
    custom = fonts.load_font_config(tmp_path).for_script("Hant")
    assert custom.roles["body"] == ("Noto Sans CJK SC",)
    assert custom.roles["title"] == ("Noto Sans CJK TC",)
    assert custom.where("title") == (tmp_path / "fonts.yaml", 5)
    assert custom.roles["heading"] == ("Noto Sans CJK TC", fonts.EMOJI)
    (tmp_path / "fonts.yaml").write_text("scripts:\n  Hent:\n    body: [X]\n", "utf-8")
    with pytest.raises(InputError, match="unknown script 'Hent'") as caught:
        fonts.load_font_config(tmp_path)
    assert caught.value.problems[0].line == 2


# ---------------------------------------------------------------- catalogs


def template_messages() -> set[str]:
    with (i18n.LOCALE_DIR / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    return {message if isinstance(message, str) else message[0]
            for _, _, message, _, _ in extract_from_dir(
                str(PROJECT), method_map, options_map, keywords={"_": None, "gettext": None})}


def read_catalog(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_catalogs_are_up_to_date_and_complete():
    wanted = template_messages()
    assert {"指标", "来源：%(source)s", "关键指标", "目录", "其余"} <= wanted
    pot = {m.id for m in read_catalog(i18n.LOCALE_DIR / "messages.pot") if m.id}
    assert pot == wanted, "run `make catalogs` (briefing/locale/messages.pot is out of date)"
    for po in sorted(i18n.LOCALE_DIR.glob("*/LC_MESSAGES/messages.po")):
        catalog = read_catalog(po)
        strings = {m.id: m for m in catalog if m.id}
        missing = wanted - {key for key, m in strings.items() if m.string and not m.fuzzy}
        assert not missing, f"{po}: translate {sorted(missing)} (then `make catalogs`)"
        for message in strings.values():
            for name in ("%(unit)s", "%(source)s", "%(issue)s", "%(copies)s", "%(total)s"):
                assert (name in message.id) == (name in message.string), (po, message.id)


def test_a_catalog_is_compiled_in_memory_when_its_mo_is_missing_or_old(tmp_path, monkeypatch):
    shutil.copytree(i18n.LOCALE_DIR, tmp_path / "locale",
                    ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    meta = load_briefing(PROJECT / "data" / "lvliang-2021").meta
    edition = i18n.edition_for("en", meta)
    assert not edition.catalog.with_suffix(".mo").exists()
    assert i18n.load_translations(edition).gettext("指标") == "Indicator"
    # A stale .mo (older than its .po) is not used.
    edition.catalog.with_suffix(".mo").write_bytes(b"not a catalog")
    import os

    os.utime(edition.catalog.with_suffix(".mo"), ns=(1, 1))
    assert i18n.load_translations(edition).gettext("来源：%(source)s") == "Source: %(source)s"


def test_labels_are_translated_in_the_html(folder):
    briefing = load_briefing(folder)
    english = i18n.edition_for("en", briefing.meta)
    html = render_html(briefing, locale="en",
                       translations=i18n.load_translations(english)).html
    assert "Indicator" in html and "指标" not in html
    assert "测试简报标题" in html  # the content as written
    assert "March 19, 2021" in html and "2021年3月19日" not in html
    source = render_html(briefing).html
    assert "指标" in source and "2021年3月19日" in source


# ---------------------------------------------------------------- the PDFs


def test_english_edition_pdf(folder, tmp_path):
    out = build(folder, tmp_path / "en.pdf", locale="en").output
    with pdfplumber.open(out) as pdf:
        text = "".join(page.extract_text() for page in pdf.pages)
    assert "Indicator" in text and "Value" in text and "March 19, 2021" in text
    assert "测试简报标题" in text.replace(" ", "")


def test_traditional_edition_pdf(folder, tmp_path):
    out = build(folder, tmp_path / "tw.pdf", locale="zh_Hant_TW").output
    names = {font["name"].split("+")[-1] for font in pdf_fonts(out)}
    assert names and all("-TC" in name for name in names), names
    with pdfplumber.open(out) as pdf:
        text = "".join(page.extract_text() for page in pdf.pages).replace(" ", "")
    assert "測試簡報標題" in text and "指標" in text and "優良天數" in text
    assert "测试" not in text


def test_cli_locale(folder, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "x.pdf"),
                                 "--locale", "fr"])
    assert result.exit_code == 2 and not (tmp_path / "x.pdf").exists()
    result = runner.invoke(app, ["check", str(folder), "--locale", "zh_Hant_TW"])
    assert result.exit_code == 0, result.output


def test_a_label_no_font_has_fails_the_build_at_its_catalog_line(folder, tmp_path,
                                                                  monkeypatch):
    shutil.copytree(i18n.LOCALE_DIR, tmp_path / "locale",
                    ignore=shutil.ignore_patterns("*.mo"))
    po = tmp_path / "locale" / "en" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text("utf-8").splitlines()
    at = lines.index('msgstr "Indicator"')
    lines[at] = 'msgstr "Indicator \U00013000"'  # an Egyptian hieroglyph: in no CJK font
    po.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    with pytest.raises(InputError) as caught:
        build(folder, tmp_path / "x.pdf", locale="en")
    [problem] = caught.value.problems
    assert "U+13000" in problem.message
    assert (Path(problem.file), problem.line) == (po, at)  # the msgid's line, just above
    assert not (tmp_path / "x.pdf").exists()


def test_a_number_keeps_the_digits_it_was_written_with():
    # The source's 「劣Ⅴ类断面比例为1.0%」 is not 1 %: a trailing zero says how exactly the
    # figure was measured, and Babel without a pattern drops it.
    assert format_number(Decimal("1.0"), "zh_Hans_CN") == "1.0"
    assert format_number(Decimal("81.40"), "zh_Hans_CN", "grouped") == "81.40"
    assert format_number(Decimal("12345.60"), "en", "grouped") == "12,345.60"
    assert format_number(Decimal("27"), "zh_Hans_CN") == "27"
    assert format_percent(Decimal("1.0"), "zh_Hans_CN") == "1.0%"
    assert format_percent(Decimal("1.0"), "fr") == "1,0\u00a0%"
