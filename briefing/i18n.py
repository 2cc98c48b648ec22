"""Editions: the same briefing with its labels, numbers, dates — and script — in a locale.

    edition = edition_for("zh_Hant_TW", briefing.meta)   # InputError for an unknown locale
    briefing = convert_briefing(briefing, edition)      # OpenCC: Simplified → Traditional
    translations = load_translations(edition)           # gettext catalog for the labels
    config = edition_fonts(font_config, edition)        # the script's faces (fonts.yaml)

- Labels (指标, 来源, 目录 …) are written in Chinese in the templates inside `_()`; the
  catalogs in `briefing/locale/LOCALE/LC_MESSAGES/messages.po` translate them (`make catalogs`
  extracts, updates and compiles them with pybabel).
- Numbers, percentages and dates are formatted by Babel in the edition's locale.
- The content stays as written, except that a Chinese edition in the other script is
  converted with OpenCC (s2twp for Taiwan: characters and Taiwanese usage; s2hk, s2t;
  and back: tw2sp, hk2s, t2s), its quotes “” ‘’ made 「」 『』 (and back), and its
  punctuation set centred and uncompressed, as Traditional Chinese sets it.
- Fonts: a Traditional edition is set in the `scripts: Hant:` faces of fonts.yaml
  (Noto CJK TC by default), so every converted character is checked against them.
"""

from __future__ import annotations

import gettext as gettext_module
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from pydantic import BaseModel

from briefing.errors import InputError
from briefing.model import Briefing, Meta, Span
from briefing.resources import LOCALE_DIR  # (re-exported; tests replace it)

DOMAIN = "messages"
# The language the templates' labels are written in: no catalog needed.
SOURCE_LANGUAGE = ("zh", "Hans")

TRADITIONAL_TAGS = ("zh-TW", "zh-HK", "zh-MO", "zh-Hant")
TRADITIONAL_TERRITORIES = ("TW", "HK", "MO")  # a zh locale there writes Hant
# (from script, to script, territory) -> OpenCC configuration
OPENCC_CONFIGS = {
    ("Hans", "Hant", "TW"): "s2twp",
    ("Hans", "Hant", "HK"): "s2hk",
    ("Hans", "Hant", "MO"): "s2hk",
    ("Hans", "Hant", None): "s2t",
    ("Hant", "Hans", "TW"): "tw2sp",
    ("Hant", "Hans", "HK"): "hk2s",
    ("Hant", "Hans", None): "t2s",
}
# Fields that hold names, ids, options or paths, never text to convert.
KEEP_FIELDS = frozenset({"id", "kind", "marks", "image", "anchor", "block", "language",
                         "template", "folder", "options", "meta_lines", "type", "role",
                         "footnote", "url"})


@dataclass(frozen=True)
class Edition:
    """What a build in one locale changes."""

    locale: str  # Babel locale id: zh_Hans_CN, en, zh_Hant_TW
    script: str  # the script the content is set in: Hans or Hant (fonts.yaml `scripts:`)
    language: str  # the content's BCP 47 tag after conversion (<html lang>)
    opencc: str | None = None  # the OpenCC configuration converting the content
    catalog: Path | None = None  # the labels' .po file; None: labels as written

    @property
    def converts(self) -> bool:
        return self.opencc is not None


def content_script(meta: Meta) -> str:
    tag = meta.language
    return "Hant" if any(tag == t or tag.startswith(t + "-") for t in TRADITIONAL_TAGS) \
        else "Hans"


def available_locales() -> list[str]:
    """Locales with a catalog, and the labels' own."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return ["zh_Hans_CN", *found]


def catalog_for(locale: Locale) -> Path | None:
    """The .po file for a locale: zh_Hant_TW, else zh_Hant, else zh (gettext's order);
    then another territory's in the same script (zh_Hant_HK and zh_Hant read zh_Hant_TW's
    labels, written in Traditional characters, rather than none)."""
    names = [str(locale)]
    if locale.script:
        names.append(f"{locale.language}_{locale.script}")
    if locale.territory:
        names.append(f"{locale.language}_{locale.territory}")
    names.append(locale.language)
    for name in dict.fromkeys(names):
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            return path
    script = locale.script or ("Hant" if locale.territory in TRADITIONAL_TERRITORIES else None)
    if script:
        return next(iter(sorted(LOCALE_DIR.glob(
            f"{locale.language}_{script}_*/LC_MESSAGES/{DOMAIN}.po"))), None)
    return None


def edition_for(locale: str | None, meta: Meta) -> Edition:
    """The edition for a `--locale` (None: the article's own language)."""
    source_script = content_script(meta)
    name = locale or meta.locale
    try:
        parsed = Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise InputError(
            f"unknown locale '{name}'",
            fix="use a Babel locale id such as " + ", ".join(available_locales()),
        ) from None
    if parsed.language != "zh":
        catalog = catalog_for(parsed)
        if catalog is None:
            raise InputError(
                f"there is no catalog of labels for locale '{name}'",
                fix=f"use one of {', '.join(available_locales())}, or add "
                    f"briefing/locale/{parsed}/LC_MESSAGES/{DOMAIN}.po (see README: Editions)")
        return Edition(locale=str(parsed), script=source_script, language=meta.language,
                       catalog=catalog)
    territory = parsed.territory
    script = parsed.script or ("Hant" if territory in TRADITIONAL_TERRITORIES else
                               "Hans" if territory else source_script)
    config = None
    language = meta.language
    if script != source_script:
        config = (OPENCC_CONFIGS.get((source_script, script, territory))
                  or OPENCC_CONFIGS[(source_script, script, None)])
        language = f"zh-{territory}" if territory else f"zh-{script}"
    catalog = None if (parsed.language, script) == SOURCE_LANGUAGE else catalog_for(parsed)
    if catalog is None and (parsed.language, script) != SOURCE_LANGUAGE:
        raise InputError(
            f"there is no catalog of labels for locale '{name}'",
            fix=f"use one of {', '.join(available_locales())}, or add "
                f"briefing/locale/{parsed}/LC_MESSAGES/{DOMAIN}.po (see README: Editions)")
    return Edition(locale=str(parsed), script=script, language=language, opencc=config,
                   catalog=catalog)


# ---------------------------------------------------------------- labels


def load_translations(edition: Edition) -> gettext_module.NullTranslations:
    """The edition's catalog: the compiled .mo when it is up to date with its .po, else
    the .po compiled in memory (a fresh clone builds before `make catalogs`)."""
    if edition.catalog is None:
        return gettext_module.NullTranslations()
    return _translations(edition.catalog, edition.catalog.stat().st_mtime_ns)


@cache
def _translations(po: Path, _stamp: int) -> Translations:
    mo = po.with_suffix(".mo")
    if mo.is_file() and mo.stat().st_mtime_ns >= po.stat().st_mtime_ns:
        with mo.open("rb") as handle:
            return Translations(handle, domain=DOMAIN)
    with po.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def catalog_labels(edition: Edition) -> Iterator[tuple[str, Path, int]]:
    """(label as set, file, line) for every label of the edition's catalog (the template
    catalog's msgids for the labels' own language), for the glyph check."""
    path = edition.catalog or LOCALE_DIR / f"{DOMAIN}.pot"
    if not path.is_file():
        return
    with path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        texts = [s for s in strings if s] if edition.catalog else list(ids)
        for text in texts or ids:
            yield text, path, message.lineno


# ---------------------------------------------------------------- content


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(f"{config}.json")


# Traditional Chinese quotes with corner brackets (「」 outside, 『』 inside); OpenCC
# converts characters and words, not punctuation.
TO_CORNER_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
FROM_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


def convert_text(text: str, edition: Edition) -> str:
    if not edition.converts or not text:
        return text
    converted = _converter(edition.opencc).convert(text)
    quotes = TO_CORNER_QUOTES if edition.script == "Hant" else FROM_CORNER_QUOTES
    return converted.translate(quotes)


def convert_briefing(briefing: Briefing, edition: Edition) -> Briefing:
    """A copy of the briefing with every text of the content in the edition's script
    (ids, lines and numbers unchanged), its language tag the edition's."""
    if not edition.converts:
        if edition.script == "Hant" and briefing.meta.options.punctuation is None:
            # A text in Traditional characters set as written (zh-Hant, zh-TW: an import
            # of a Taiwan or Hong Kong text) centres its marks as a converted one does.
            options = briefing.meta.options.model_copy(update={"punctuation": "centred"})
            return briefing.model_copy(
                update={"meta": briefing.meta.model_copy(update={"options": options})})
        return briefing
    converted = briefing.model_copy(deep=True)
    _convert_model(converted, edition)
    converted.meta.language = edition.language
    # Traditional Chinese centres its marks in their em: none may be compressed (the
    # article's own style was chosen for Simplified glyphs).
    converted.meta.options.punctuation = "centred" if edition.script == "Hant" else None
    return converted


def _convert_model(model: BaseModel, edition: Edition) -> None:
    if isinstance(model, Span):
        model.text = convert_text(model.text, edition)
        return
    for name in type(model).model_fields:
        if name in KEEP_FIELDS:
            continue
        value = getattr(model, name)
        new = _convert_value(value, edition)
        if new is not value:
            setattr(model, name, new)


def _convert_value(value, edition: Edition):
    if isinstance(value, str):
        return convert_text(value, edition)
    if isinstance(value, BaseModel):
        _convert_model(value, edition)
        return value
    if isinstance(value, list):
        return [_convert_value(item, edition) for item in value]
    if isinstance(value, tuple):
        return tuple(_convert_value(item, edition) for item in value)
    if isinstance(value, dict):  # values are text, keys are names
        return {key: _convert_value(item, edition) for key, item in value.items()}
    return value
