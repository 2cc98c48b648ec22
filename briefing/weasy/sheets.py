"""A stylesheet parsed once per process: every layout of a document parses its
stylesheets again (the template's <style>, ~15 KB, ~0.04 s of CPU a layout; a short
briefing is laid out twice, and `watch`/`serve` rebuild after every save).

WeasyPrint 70's `CSS.__init__` parses the text (tinycss2) and preprocesses its rules
(`preprocess_stylesheet`: selectors compiled into a cssselect2 Matcher, declarations
validated); the Matcher is only read afterwards (as the user agent's stylesheet, made
once at import, is read by every document). Besides the Matcher, the parse writes into
objects of the document it is made for:

- `page_rules` and `layers`, lists shared by a document's <style> sheets: what the
  parse appended to page_rules is appended again, and layers is set to what the parse
  left (the key holds the layers it started from: anonymous layer names count them);
- `counter_style` (@counter-style): the names it set are set again to the same
  (WeasyPrint copies a counter style before resolving it, never changes it); the parse
  reads whether `decimal` and `disc` are defined, which the key holds;
- `font_config.add_font_face` (@font-face): called again with each rule's descriptors
  and this document's url_fetcher (a FontConfiguration that has the face returns at
  once; another one fetches it, as WeasyPrint's parse would).

A parse is not kept — it is made again each time — when it did what a replay cannot
repeat: fetched a stylesheet (@import: the fetched file may change under the same
text), a colour profile (@color-profile), or logged a warning (a reused parse would not
say it again). Only `CSS(string=...)` is kept (<style> elements, briefing's extra
sheets), keyed by the text, the base URL (url() values are resolved against it), the
media type, the layer, and what the parse reads of `layers`, `counter_style` and
whether there is a font_config. At most `KEPT` parses (least recently used dropped).

The base URL is in the key only when the text has something it resolves: a url() value
(a `url` token or function, in a property, @font-face's src or @color-profile) or an
@import. A template's <style> has none (its `attr(href url)` is resolved against the
document when styles are computed, not by the parse), so the same template's sheet is
parsed once for every briefing folder a process builds — the folder is the base URL
(tests build each document in a folder of its own; `serve` and a batch build many).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NAME = "parsed-once"  # the patch's name in table.py
KEPT = 8
# What `parse_counter_style_name` asks of the counter styles already defined.
COUNTER_STYLES_READ = ("decimal", "disc")

_lock = threading.Lock()
_kept: OrderedDict[tuple, _Parsed] = OrderedDict()
# The parse being recorded in this context; a CSS made inside it (@import) spoils it.
_recording: ContextVar[_Recording | None] = ContextVar("briefing.weasy.sheets", default=None)
# How many stylesheets were parsed and how many were reused (tests, bench).
counts = {"parsed": 0, "reused": 0}


@dataclass(frozen=True)
class _Parsed:
    matcher: object
    page_rules: tuple
    layers: tuple
    counter_styles: tuple  # (name, counter) set by the parse, in order
    font_faces: tuple  # rule descriptors given to add_font_face, in order


class _Recording:
    def __init__(self):
        self.keepable = True
        self.font_faces: list = []


class _FontFaces:
    """Stands for the document's FontConfiguration during a parse: passes each
    @font-face on and remembers its descriptors."""

    def __init__(self, font_config, recording: _Recording):
        self._font_config, self._recording = font_config, recording

    def add_font_face(self, rule_descriptors, url_fetcher):
        self._recording.font_faces.append(rule_descriptors)
        return self._font_config.add_font_face(rule_descriptors, url_fetcher)


class _Warnings(logging.Handler):
    """Whether WeasyPrint logged a warning in this thread while it parsed."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.warned = False

    def emit(self, record):
        if record.thread == self.thread:
            self.warned = True


@lru_cache(maxsize=KEPT)
def resolves_urls(string: str) -> bool:
    """Whether a parse of `string` reads its base URL: a url() anywhere (tinycss2 gives
    `url(x)` as a url token, `url("x")` and escaped names as a function named url), or
    an @import / @color-profile, whose URLs WeasyPrint resolves while it parses. Read
    from the text's tokens (no rules are parsed)."""
    lowered = string.lower()
    if "\\" not in string and not any(
            text in lowered for text in ("url(", "@import", "@color-profile")):
        # Without an escape, a url token or function is written `url(` (no space or
        # comment between a function's name and its bracket), an at-rule `@import`:
        # none there, none in the tokens — the sheet is not tokenised for nothing.
        return False
    import tinycss2

    def reads(values) -> bool:
        for value in values:
            kind = value.type
            if kind == "url" or (kind == "function" and value.lower_name == "url"):
                return True
            if kind == "at-keyword" and value.lower_value in ("import", "color-profile"):
                return True
            if kind == "function" and reads(value.arguments):
                return True
            if kind in ("() block", "[] block", "{} block") and reads(value.content):
                return True
        return False

    return reads(tinycss2.parse_component_value_list(string, skip_comments=True))


def forget() -> None:
    with _lock:
        _kept.clear()


def css_init(self, guess=None, filename=None, url=None, file_obj=None, string=None,
             encoding=None, base_url=None, url_fetcher=None, _check_mime_type=False,
             media_type="print", font_config=None, counter_style=None,
             color_profiles=None, matcher=None, page_rules=None, layers=None, layer=None):
    """WeasyPrint's CSS.__init__, reusing the parse of the same text in the same
    context (the module's docstring)."""
    from briefing.weasy import seam

    weasyprints = seam.original(NAME)
    arguments = dict(
        guess=guess, filename=filename, url=url, file_obj=file_obj, string=string,
        encoding=encoding, base_url=base_url, url_fetcher=url_fetcher,
        _check_mime_type=_check_mime_type, media_type=media_type, font_config=font_config,
        counter_style=counter_style, color_profiles=color_profiles, matcher=matcher,
        page_rules=page_rules, layers=layers, layer=layer)
    outer = _recording.get()
    if outer is not None:
        outer.keepable = False  # an @import: its file may change under the same text
    if (outer is not None or not isinstance(string, str) or matcher is not None
            or any(source is not None for source in (guess, filename, url, file_obj))):
        weasyprints(self, **arguments)
        return
    if isinstance(base_url, Path):
        base_url = str(base_url)
    # (without a base URL there is nothing to resolve against: the key holds None either
    # way, and the user agent's sheets, parsed at every start, are not read twice)
    key = (string, base_url if base_url is not None and resolves_urls(string) else None,
           media_type, layer,
           tuple(layers or ()),
           tuple(name in (counter_style or ()) for name in COUNTER_STYLES_READ),
           font_config is None)
    with _lock:
        parsed = _kept.get(key)
        if parsed is not None:
            _kept.move_to_end(key)
    if parsed is None:
        _parse(self, weasyprints, arguments, key)
    else:
        _reuse(self, parsed, arguments)


def _parse(self, weasyprints, arguments: dict, key: tuple) -> None:
    from weasyprint.logger import LOGGER

    recording = _Recording()
    page_rules = arguments["page_rules"]
    page_rules = arguments["page_rules"] = [] if page_rules is None else page_rules
    layers = arguments["layers"]
    arguments["layers"] = [] if layers is None else layers
    counter_style = arguments["counter_style"]
    counter_style = arguments["counter_style"] = {} if counter_style is None else counter_style
    color_profiles = arguments["color_profiles"]
    color_profiles = arguments["color_profiles"] = ({} if color_profiles is None
                                                    else color_profiles)
    if arguments["font_config"] is not None:
        arguments["font_config"] = _FontFaces(arguments["font_config"], recording)
    rules_before = len(page_rules)
    counters_before = dict(counter_style)
    profiles_before = dict(color_profiles)
    warnings = _Warnings()
    token = _recording.set(recording)
    LOGGER.addHandler(warnings)
    try:
        weasyprints(self, **arguments)
    finally:
        LOGGER.removeHandler(warnings)
        _recording.reset(token)
    counts["parsed"] += 1
    profiles_changed = (profiles_before.keys() != color_profiles.keys() or any(
        color_profiles[name] is not profile for name, profile in profiles_before.items()))
    if (not recording.keepable or warnings.warned or profiles_changed
            or not LOGGER.isEnabledFor(logging.WARNING)):
        return
    parsed = _Parsed(
        matcher=self.matcher,
        page_rules=tuple(page_rules[rules_before:]), layers=tuple(self.layers),
        counter_styles=tuple((name, counter) for name, counter in counter_style.items()
                             if counters_before.get(name) is not counter),
        font_faces=tuple(recording.font_faces))
    with _lock:
        _kept[key] = parsed
        _kept.move_to_end(key)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)


def _reuse(self, parsed: _Parsed, arguments: dict) -> None:
    from weasyprint.logger import PROGRESS_LOGGER
    from weasyprint.urls import ensure_url

    PROGRESS_LOGGER.info("Step 2 - Fetching and parsing CSS - %s", "CSS string")
    counts["reused"] += 1
    # This document's base URL, as WeasyPrint's parse would set it: the same as the kept
    # parse's when the key holds it, and read by nothing in the parse when it does not.
    base_url = arguments["base_url"]
    self.base_url = None if base_url is None else ensure_url(str(base_url))
    self.matcher = parsed.matcher
    page_rules, layers = arguments["page_rules"], arguments["layers"]
    self.page_rules = [] if page_rules is None else page_rules
    self.page_rules.extend(parsed.page_rules)
    self.layers = [] if layers is None else layers
    self.layers[:] = parsed.layers
    counter_style = arguments["counter_style"]
    if counter_style is not None:
        for name, counter in parsed.counter_styles:
            counter_style[name] = counter
    font_config = arguments["font_config"]
    if font_config is not None:
        url_fetcher = arguments["url_fetcher"]
        if url_fetcher is None:
            from weasyprint.urls import URLFetcher

            url_fetcher = URLFetcher()
        for descriptors in parsed.font_faces:
            font_config.add_font_face(descriptors, url_fetcher)
