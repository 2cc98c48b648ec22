"""Fonts by role: configuration, resolution to files, glyph coverage, CSS @font-face data.

    config = load_font_config(fonts_dir)        # fonts/fonts.yaml (or defaults) + fonts/ files
    resolved = resolve_fonts(config)            # role -> [ResolvedFont, ...] (fonts/ first)
    problems = check_coverage(resolved, texts)  # every character in one of the role's fonts
    LayoutCheck.for_build(resolved, sources)(document)  # … and as laid out (templates' text)
    faces = font_faces_for_css(config, fonts_dir)
    harfbuzz_subset_available()                 # else WeasyPrint subsets ~15x slower
    rows = describe_fonts(config, resolved)     # for `briefing fonts`
"""

from __future__ import annotations

from briefing.fonts.config import DEFAULT_ROLES, EMOJI, ROLES, FontConfig, load_font_config
from briefing.fonts.coverage import (
    TextItem,
    cache_dir,
    check_coverage,
    clear_memory_cache,
    face_coverage,
    pictograph_ranges,
)
from briefing.fonts.faces import ProjectFace, ResolvedFont
from briefing.fonts.layout import LayoutCheck, template_sources
from briefing.fonts.resolve import (
    CSSFontFace,
    FontRow,
    describe_fonts,
    font_faces_for_css,
    resolve_fonts,
)
from briefing.fonts.system import fc_match, harfbuzz_subset_available, reload_fontconfig


def clear_caches() -> None:
    """Forget every process-level cache (fontconfig answers and its configuration,
    coverage); disk cache stays."""
    fc_match.cache_clear()
    reload_fontconfig()
    harfbuzz_subset_available.cache_clear()
    clear_memory_cache()


__all__ = [
    "EMOJI",
    "DEFAULT_ROLES",
    "ROLES",
    "CSSFontFace",
    "FontConfig",
    "FontRow",
    "LayoutCheck",
    "ProjectFace",
    "ResolvedFont",
    "TextItem",
    "cache_dir",
    "check_coverage",
    "clear_caches",
    "describe_fonts",
    "face_coverage",
    "pictograph_ranges",
    "font_faces_for_css",
    "harfbuzz_subset_available",
    "load_font_config",
    "resolve_fonts",
    "template_sources",
]
