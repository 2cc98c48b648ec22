"""Font files and faces: what a file in fonts/ holds, and what a role resolves to.

Family names, weights and styles are read with fontTools (only the `name`, `OS/2` and
`head` tables are loaded; a collection is read face by face).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing.errors import InputError

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

FONT_SUFFIXES: frozenset[str] = frozenset({".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2"})
COLLECTION_SUFFIXES: frozenset[str] = frozenset({".ttc", ".otc"})

Origin = Literal["project", "system"]
Style = Literal["normal", "italic"]

_TYPOGRAPHIC_FAMILY = 16
_FAMILY = 1
_SUBFAMILY = 2
_TYPOGRAPHIC_SUBFAMILY = 17
_FS_SELECTION_ITALIC = 1 << 0
_FS_SELECTION_OBLIQUE = 1 << 9
_MAC_STYLE_ITALIC = 1 << 1


@dataclass(frozen=True)
class ProjectFace:
    """One face of a font file in the project's fonts/ folder."""

    path: Path
    index: int  # face index inside a .ttc/.otc, else 0
    family: str  # nameID 16 (typographic family) if present, else nameID 1; English if any
    names: tuple[str, ...]  # every family name of the face (IDs 16 and 1, all languages)
    style_name: str  # "Regular", "Bold", ...
    weight: int  # OS/2 usWeightClass: 400, 700, ...
    style: Style

    def answers_to(self, family: str) -> bool:
        return family_matches(family, self.names)


@dataclass(frozen=True)
class ResolvedFont:
    """The face a family name of a role resolved to.

    `family` is the name as the configuration spells it (what CSS should ask for);
    `face_family` is the face's own family name.
    """

    family: str
    path: Path
    index: int
    origin: Origin
    face_family: str = ""
    style_name: str = ""
    # A face of one of the role's fallback roles (config.FALLBACK_ROLES), named here: it
    # is in the role's font stack, but only that fallback role's characters
    # (config.FALLBACK_RANGES: Latin letters, symbols) count as the role's glyphs.
    fallback: str = ""


def family_matches(wanted: str, names: list[str] | tuple[str, ...]) -> bool:
    """Whether `wanted` is one of a face's family names (case-insensitive)."""
    key = wanted.casefold()
    return any(name.casefold() == key for name in names)


def _name_strings(name_table, name_id: int) -> list[str]:
    english: list[str] = []
    others: list[str] = []
    for record in name_table.names:
        if record.nameID != name_id:
            continue
        try:
            text = record.toUnicode().strip()
        except UnicodeDecodeError:
            continue
        if not text:
            continue
        is_english = (record.platformID == 3 and record.langID == 0x409) or (
            record.platformID == 1 and record.langID == 0
        )
        bucket = english if is_english else others
        if text not in english and text not in others:
            bucket.append(text)
    return english + others


def _face_from_font(font: TTFont, path: Path, index: int) -> ProjectFace:
    name = font["name"]
    typographic = _name_strings(name, _TYPOGRAPHIC_FAMILY)
    legacy = _name_strings(name, _FAMILY)
    family = (typographic or legacy or [path.stem])[0]
    names = tuple(dict.fromkeys([*typographic, *legacy])) or (family,)
    style_name = (
        _name_strings(name, _TYPOGRAPHIC_SUBFAMILY) or _name_strings(name, _SUBFAMILY) or [""]
    )[0]
    weight, italic = 400, False
    if "OS/2" in font:
        os2 = font["OS/2"]
        weight = int(os2.usWeightClass) or 400
        if weight < 10:  # a few old fonts use the 1-9 scale
            weight *= 100
        italic = bool(os2.fsSelection & (_FS_SELECTION_ITALIC | _FS_SELECTION_OBLIQUE))
    if "head" in font:
        italic = italic or bool(font["head"].macStyle & _MAC_STYLE_ITALIC)
    return ProjectFace(
        path=path,
        index=index,
        family=family,
        names=names,
        style_name=style_name,
        weight=weight,
        style="italic" if italic else "normal",
    )


def read_faces(path: Path) -> list[ProjectFace]:
    """Every face of a font file; InputError if fontTools cannot read it. (fontTools is
    imported here, not with the module: a build whose font files are known from the
    cache never reads one, and its import is ≈ 0.03 s of CPU time.)"""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        if path.suffix.lower() in COLLECTION_SUFFIXES:
            collection = TTCollection(path, lazy=True)
            try:
                return [_face_from_font(f, path, i) for i, f in enumerate(collection.fonts)]
            finally:
                collection.close()
        with TTFont(path, lazy=True) as font:
            return [_face_from_font(font, path, 0)]
    except (TTLibError, OSError, KeyError, ValueError, AssertionError) as exc:
        raise InputError(
            f"{path.name} is in the fonts folder but is not a font fontTools can read ({exc})",
            file=path,
            fix="remove the file or replace it with a working .ttf/.otf/.ttc/.woff2 file",
        ) from exc


def scan_fonts_dir(fonts_dir: Path) -> tuple[ProjectFace, ...]:
    """Every face of every font file under fonts_dir (subfolders too, hidden ones skipped)."""
    if not fonts_dir.is_dir():
        return ()
    faces: list[ProjectFace] = []
    for path in sorted(fonts_dir.rglob("*")):
        relative = path.relative_to(fonts_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in FONT_SUFFIXES and path.is_file():
            faces.extend(read_faces(path))
    return tuple(faces)


def best_face(faces: list[ProjectFace]) -> ProjectFace:
    """The face a role is set in: upright, weight closest to 400 (CSS matching for 400)."""

    def distance(face: ProjectFace) -> tuple[bool, int, str, int]:
        # CSS for 400: 400, then 500, then lighter ones descending, then heavier ascending.
        if face.weight == 400:
            rank = 0
        elif face.weight == 500:
            rank = 1
        elif face.weight < 400:
            rank = 2 + (400 - face.weight)
        else:
            rank = 1000 + face.weight
        return (face.style != "normal", rank, str(face.path), face.index)

    return min(faces, key=distance)
