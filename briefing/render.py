"""Render the model to HTML through the Jinja2 templates.

A template is a folder under `briefing/templates/` (package data, see resources.py)
holding `document.html.j2` (and usually `style.css`, and optionally `template.yaml`: how a
build treats it); a user's own template folder (`--templates`) is searched first, so any
template, macro, stylesheet or setting can be overridden by a file of the same name.
"""

from __future__ import annotations

import functools
import re
import traceback
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Literal

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
)
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict

from briefing import charts, formatting, numerals, printing, substances
from briefing.diskcache import template_cache
from briefing.errors import InputError
from briefing.fonts import config as fonts_config
from briefing.model import Briefing, FigureGroup
from briefing.resources import TEMPLATES_DIR  # the stock templates (re-exported)
from briefing.resources import USER_FONTS_DIR as FONTS_DIR  # the default --fonts
from briefing.typeset import rules
from briefing.yamlfile import read_yaml

DOCUMENT = "document.html.j2"
SETTINGS = "template.yaml"


@dataclass
class RenderedDocument:
    html: str
    template: str
    # Folders WeasyPrint may read from: the briefing, the templates, the fonts.
    allowed_roots: list[Path] = field(default_factory=list)


def css_string(value: str) -> Markup:
    """A CSS string literal, safe inside <style> (autoescape would mangle quotes)."""
    escaped = re.sub(r'["\\<>\n]', lambda m: f"\\{ord(m[0]):x} ", value)
    return Markup(f'"{escaped}"')


def template_search_path(template_dirs: Sequence[Path] = ()) -> list[Path]:
    """The user's template folders, then the stock ones; a folder that is not there is an
    error (silently building with the stock templates would hide the mistake)."""
    for folder in template_dirs:
        if not Path(folder).is_dir():
            raise InputError("this template folder does not exist", file=folder,
                             fix="check the path given to --templates")
    return [Path(d).resolve() for d in template_dirs] + [TEMPLATES_DIR]


def template_error(error: TemplateError) -> InputError:
    """A mistake in a (user's) template as an error naming its file and line: Jinja puts
    syntax errors' place on the error and runtime errors' in the traceback's frames."""
    file, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    if file is None:
        frames = traceback.extract_tb(error.__traceback__)
        inside = [frame for frame in frames if frame.filename.endswith(".j2")]
        if inside:
            file, line = inside[-1].filename, inside[-1].lineno
    return InputError(f"template error: {error.message or error}", file=file, line=line,
                      fix="correct the template (see the Jinja documentation), or build "
                          "without --templates to use the stock ones")


def available_templates(template_dirs: Sequence[Path] = ()) -> list[str]:
    names = set()
    for folder in template_search_path(template_dirs):
        if folder.is_dir():
            names |= {p.parent.name for p in folder.glob(f"*/{DOCUMENT}")}
    return sorted(names)


# The chart drawer of the render in progress in this context: `chart(group)` in a
# template draws with the briefing being rendered, while the environment is shared.
_drawer: ContextVar[ChartDrawer | None] = ContextVar("briefing.render.drawer", default=None)


def draw_chart(group: FigureGroup) -> dict:
    drawer = _drawer.get()
    if drawer is None:
        raise RuntimeError("chart() outside render_html")
    return drawer(group)


def make_environment(briefing: Briefing, template_dirs: Sequence[Path] = (), *,
                     locale: str | None = None, translations=None) -> Environment:
    """The environment a briefing renders in. `locale` formats numbers and dates
    (default: the article's); `translations` (a gettext catalog, briefing/i18n.py)
    translates the labels, written in Chinese.

    One environment per process for each search path, catalog, locale, number style and
    paper — everything its filters and globals depend on — so its loaded templates are
    reused from build to build (a new environment loads and runs every template's
    module again: ≈ 0.02 s a render of the sample); Jinja still checks each template's
    file before using it, so an edited template is read again. The names of the files in
    the user's template folders are part of the key too: a file added there to override a
    stock one (or removed) is a new search, which a kept template would not notice."""
    search_path = tuple(template_search_path(template_dirs))
    user_files = tuple(_file_names(Path(folder)) for folder in template_dirs)
    return _environment(search_path, user_files, translations,
                        locale or briefing.meta.locale, briefing.meta.options.number_style,
                        briefing.meta.options.paper)


def _file_names(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(str(path.relative_to(folder)) for path in folder.rglob("*")
                        if path.is_file()))


@functools.lru_cache(maxsize=16)
def _environment(search_path: tuple[Path, ...], user_files: tuple, translations, locale: str,
                 style: str, paper) -> Environment:
    loader = ChoiceLoader([FileSystemLoader(str(d)) for d in search_path])
    env = Environment(loader=loader, autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      extensions=["jinja2.ext.i18n"])
    # Template labels are written in Chinese and wrapped in _() / {% trans %}.
    if translations is None:
        env.install_null_translations(newstyle=True)
    else:
        env.install_gettext_translations(translations, newstyle=True)
    env.filters["number"] = lambda v: formatting.format_number(v, locale, style)
    env.filters["percent"] = lambda v: formatting.format_percent(v, locale, style)
    env.filters["quantity"] = lambda v, u="": formatting.format_quantity(v, u, locale, style)
    env.globals["chart"] = draw_chart
    # The language the labels are in (body[data-labels]): an English edition's labels are
    # not letter-spaced like 目　录.
    env.globals["labels_language"] = locale.split("_")[0] if translations is not None else "zh"
    env.filters["long_date"] = lambda d: formatting.format_long_date(d, locale)
    env.filters["unit"] = formatting.format_unit
    env.filters["subscripts"] = substances.with_subscripts
    env.filters["css_string"] = css_string
    # An emoji face sets pictographs only (_fonts.css.j2; briefing/fonts/config.py).
    env.globals["emoji_face"] = fonts_config.EMOJI
    env.globals["emoji_css"] = fonts_config.EMOJI_CSS
    env.globals["pictographs"] = fonts_config.unicode_range()
    # … declared unless the build found that the document sets none (build.sets_pictographs).
    env.globals["pictographs_set"] = True
    # Keys of changed blocks and cells (build --changes-since, briefing/changes.py).
    env.globals["changed"] = frozenset()
    env.bytecode_cache = template_cache(env)  # compiled templates, kept on disk
    # Print layout (briefing/printing.py) and official heading numbers (briefing/numerals.py).
    env.globals["page_geometry"] = functools.partial(printing.page_geometry, paper)
    env.globals["heading_number"] = numerals.heading_number
    env.globals["widest_piece"] = rules.widest_piece  # a table cell's least width
    env.filters["chinese_numeral"] = numerals.chinese_numeral
    env.globals.update(toc=False, links=True)  # set per build: build(toc=…), PDF/X
    return env


class ChartDrawer:
    """`chart(group)` in templates: the group's chart drawn (briefing/charts.py), sized to
    the text block (grid mode: N characters; else the reprint block, scaled by CSS)."""

    def __init__(self, briefing: Briefing, locale: str, style: str, translations,
                 fonts: charts.ChartFonts | None) -> None:
        self.briefing = briefing
        self.locale = locale
        self.style = style
        self.gettext = translations.gettext if translations is not None else str
        self.fonts = fonts

    def context(self) -> charts.ChartContext:
        if self.fonts is None:
            from briefing import fonts

            resolved = fonts.resolve_fonts(fonts.load_font_config(FONTS_DIR))
            self.fonts = charts.ChartFonts.for_role(resolved)
        grid = self.briefing.meta.options.grid
        width = grid.columns * grid.size if grid else charts.DEFAULT_WIDTH
        return charts.ChartContext(fonts=self.fonts, locale=self.locale,
                                   number_style=self.style, gettext=self.gettext, width=width)

    def __call__(self, group: FigureGroup) -> dict:
        chart = charts.render_chart(group, self.context())
        meta = self.briefing.meta
        # No source and no title to name: no source line (never the folder's name).
        source = group.chart.source or meta.source or (f"《{meta.title}》" if meta.title
                                                       else None)
        # The drawing's size (pt): a template on a line grid rounds the picture's height
        # up to whole lines (jianbao).
        size = SVG_SIZE.search(chart.svg)
        return {"svg": chart.svg, "url": chart.data_url(), "title": chart.title,
                "unit": chart.unit, "source": source, "texts": chart.texts,
                "width": float(size["width"]), "height": float(size["height"])}


SVG_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="(?P<width>[\d.]+)pt"'
                      r'[^>]*?\bheight="(?P<height>[\d.]+)pt"')


def figures_by_anchor(briefing: Briefing) -> dict[str, list[FigureGroup]]:
    """Key-figure groups keyed by the block they follow (placement 'inline'). A figure
    cited in the lead (the paragraphs before the first heading) follows the lead's last
    block: no figure interrupts a lead. A text without headings has no lead before its
    parts — it is all body, its last blocks its closing (以下空白, the signature): there a
    figure follows the block citing it, as in a section (after the last block it would
    stand below the signature, as far from its paragraph as the text is long, where the
    layout can move it nowhere). The layout may defer a figure further
    (briefing/weasy/placement.py)."""
    lead = [block.id for block in briefing.lead] if briefing.sections else []
    placed: dict[str, list[FigureGroup]] = {}
    for group in briefing.figures:
        anchor = lead[-1] if group.anchor in lead else group.anchor
        placed.setdefault(anchor, []).append(group)
    return placed


def resolve_template(briefing: Briefing, name: str | None,
                     template_dirs: Sequence[Path] = ()) -> str:
    name = name or briefing.meta.template
    if name not in available_templates(template_dirs):
        from_option = name != briefing.meta.template
        raise InputError(
            f"unknown template '{name}'",
            file=None if from_option else briefing.folder / "article.md",
            line=None if from_option else briefing.meta_lines.get("template"),
            fix=f"use one of: {', '.join(available_templates(template_dirs))}",
        )
    return name


class TemplateSettings(BaseModel):
    """A template folder's `template.yaml`. `contents`: automatic — a table of contents
    from build.TOC_MIN_PAGES pages on, unless --toc/--no-toc says otherwise;
    on-request — only with --toc (a digest of a page or two has no use for one, and
    deciding costs a second layout)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    yaml_key_kind: ClassVar[str] = "template setting"

    contents: Literal["automatic", "on-request"] = "automatic"
    # A caption whose photo is missing (article.md's `::: figure` without an image): left
    # out, or printed as 「（图略）」 with the caption; the front matter's
    # options.missing_photos overrides. Never the caption alone, as if the photo were there.
    missing_photos: Literal["omit", "placeholder"] = "placeholder"


def template_settings(name: str, template_dirs: Sequence[Path] = ()) -> TemplateSettings:
    """The first `NAME/template.yaml` on the search path; the defaults without one."""
    for folder in template_search_path(template_dirs):
        path = folder / name / SETTINGS
        if path.is_file():
            return read_yaml(path, TemplateSettings)
    return TemplateSettings()


def render_html(
    briefing: Briefing,
    *,
    template: str | None = None,
    template_dirs: Sequence[Path] = (),
    font_faces: Sequence[dict] = (),
    role_families: dict[str, list[str]] | None = None,
    fonts_dir: Path = FONTS_DIR,
    context: dict | None = None,
    locale: str | None = None,
    translations=None,
    chart_fonts: charts.ChartFonts | None = None,
) -> RenderedDocument:
    """`context` adds or overrides template variables (toc, links)."""
    name = resolve_template(briefing, template, template_dirs)
    env = make_environment(briefing, template_dirs, locale=locale, translations=translations)
    drawer = ChartDrawer(briefing, locale or briefing.meta.locale,
                         briefing.meta.options.number_style, translations, chart_fonts)
    faces = [{**face, "url": (fonts_dir / face["url"]).resolve().as_uri()} for face in font_faces]
    missing_photos = (briefing.meta.options.missing_photos
                      or template_settings(name, template_dirs).missing_photos)
    token = _drawer.set(drawer)
    try:
        document = env.get_template(f"{name}/{DOCUMENT}")
        html = document.render(
            doc=briefing,
            meta=briefing.meta,
            options=briefing.meta.options,
            figures_after=figures_by_anchor(briefing),
            font_faces=faces,
            role_families=role_families or {},
            template_name=name,
            missing_photos=missing_photos,
            **(context or {}),
        )
    except TemplateNotFound as exc:  # a macro or partial the template includes
        raise InputError(f"template file '{exc.name}' not found",
                         fix="check the template folder's {% include %}/{% import %}") from None
    except TemplateError as exc:
        raise template_error(exc) from None
    finally:
        _drawer.reset(token)
    roots = [briefing.folder, *template_search_path(template_dirs), fonts_dir.resolve()]
    return RenderedDocument(html=html, template=name, allowed_roots=roots)
