"""From family names to font files: the project's fonts/ folder first, then fontconfig."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import TypedDict

from briefing.errors import EnvironmentProblem, Problem
from briefing.fonts.config import ALL_ROLES, ROLES, FontConfig
from briefing.fonts.coverage import face_coverage
from briefing.fonts.faces import ResolvedFont, Style, best_face
from briefing.fonts.system import fc_match, find_system_family

MISSING_FONT_FIX = (
    "run make setup (it installs the default faces: fonts-noto-cjk, fonts-noto-core, "
    "fonts-noto-color-emoji, fonts-arphic-ukai and FandolFang from Debian's "
    "texlive-lang-chinese) or drop the font file into fonts/ and name its family"
)


class CSSFontFace(TypedDict):
    """What the HTML template needs to write one @font-face rule."""

    family: str  # as fonts.yaml names it: the name CSS font-family must use
    url: str  # the file's path relative to fonts/, with forward slashes
    weight: int
    style: Style
    index: int  # face index in a .ttc/.otc (CSS cannot select it; see fonts/README.md)


class FontRow(TypedDict):
    """One line of `briefing fonts`."""

    role: str  # "" for a project font no role names
    family: str  # as configured (or the face's family for unused project fonts)
    face_family: str
    style_name: str
    path: str
    index: int
    origin: str  # "project" | "system"
    glyphs: int  # glyphs in the face (maxp)
    codepoints: int  # characters its cmap maps


def resolve_family(config: FontConfig, family: str) -> ResolvedFont | None:
    """The face a family name is set in, or None if neither fonts/ nor the system has it."""
    project = [face for face in config.project_faces if face.answers_to(family)]
    if project:
        face = best_face(project)
        return ResolvedFont(
            family=family,
            path=face.path,
            index=face.index,
            origin="project",
            face_family=face.family,
            style_name=face.style_name,
        )
    system = find_system_family(family)
    if system is None:
        return None
    return ResolvedFont(
        family=family,
        path=system.path,
        index=system.index,
        origin="system",
        face_family=system.families[0],
        style_name=system.style_name,
    )


def resolve_fonts(config: FontConfig) -> dict[str, list[ResolvedFont]]:
    """Role -> its faces in order of preference, its fallback roles' last (`fallback`:
    they count for the characters of their fallback role only, config.FALLBACK_RANGES).
    EnvironmentProblem names every family that neither fonts/ nor the system provides."""
    resolved: dict[str, list[ResolvedFont]] = {}
    problems: list[Problem] = []
    reported: set[str] = set()
    for role in ROLES:
        resolved[role] = []
        for position, (family, fallback) in enumerate(config.stack(role)):
            face = resolve_family(config, family)
            if face is not None:
                resolved[role].append(replace(face, fallback=fallback) if fallback else face)
                continue
            if family.casefold() in reported:
                continue
            reported.add(family.casefold())
            file, line = config.where(role, position)
            roles = [r for r in ALL_ROLES
                     if family.casefold() in map(str.casefold, config.roles[r])]
            substitute = fc_match(family).families[:1] or ["another family"]
            problems.append(
                Problem(
                    f"font family '{family}' (role {', '.join(roles)}) is neither in "
                    f"{config.fonts_dir}/ nor installed on this system (fontconfig would "
                    f"substitute '{substitute[0]}', which is not accepted)",
                    file=file,
                    line=line,
                    fix=MISSING_FONT_FIX,
                )
            )
    if problems:
        raise EnvironmentProblem(problems=problems)
    return resolved


def _relative_url(path: Path, fonts_dir: Path) -> str:
    try:
        relative = path.relative_to(fonts_dir)
    except ValueError:
        relative = path.resolve().relative_to(fonts_dir.resolve())
    return str(PurePosixPath(*relative.parts))


def font_faces_for_css(config: FontConfig, fonts_dir: Path) -> list[CSSFontFace]:
    """One entry per project font face whose family a role names (every weight and style
    of that family), for the template's @font-face rules. System fonts need none."""
    fonts_dir = Path(fonts_dir)
    entries: list[CSSFontFace] = []
    seen: set[tuple[str, str, int, str]] = set()
    families = dict.fromkeys(f for role in ROLES for f in config.families(role))
    for family in families:
        for face in config.project_faces:
            if not face.answers_to(family):
                continue
            url = _relative_url(face.path, fonts_dir)
            key = (family.casefold(), url, face.weight, face.style)
            if key in seen:
                continue
            seen.add(key)
            entries.append(
                CSSFontFace(
                    family=family, url=url, weight=face.weight, style=face.style,
                    index=face.index,
                )
            )
    return entries


def _glyph_count(path: Path, index: int) -> int:
    from fontTools.ttLib import TTFont  # only on a cache miss: ≈ 0.03 s to import

    with TTFont(path, fontNumber=index, lazy=True) as font:
        return int(font["maxp"].numGlyphs)


def describe_fonts(config: FontConfig, resolved: dict[str, list[ResolvedFont]]) -> list[FontRow]:
    """Rows for `briefing fonts`: each role's faces in order, then the project fonts no
    role names (role ""), so a user can see which family name to write in fonts.yaml."""
    rows: list[FontRow] = []
    used: set[tuple[Path, int]] = set()
    for role in ROLES:
        for face in resolved.get(role, []):
            used.add((face.path, face.index))
            rows.append(
                FontRow(
                    role=role,
                    family=face.family,
                    face_family=face.face_family,
                    style_name=face.style_name,
                    path=str(face.path),
                    index=face.index,
                    origin=face.origin,
                    glyphs=_glyph_count(face.path, face.index),
                    codepoints=len(face_coverage(face.path, face.index)),
                )
            )
    for project in config.project_faces:
        if (project.path, project.index) in used:
            continue
        rows.append(
            FontRow(
                role="",
                family=project.family,
                face_family=project.family,
                style_name=project.style_name,
                path=str(project.path),
                index=project.index,
                origin="project",
                glyphs=_glyph_count(project.path, project.index),
                codepoints=len(face_coverage(project.path, project.index)),
            )
        )
    return rows
