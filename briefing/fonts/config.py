"""fonts.yaml: which font families each role is set in.

Which file: `fonts.yaml` in the fonts folder (`--fonts DIR`, else `fonts/` in the current
folder) when there is one, else the default that ships in the package
(briefing/fonts/fonts.yaml). One file is read, never merged with the other; a role it
leaves out takes DEFAULT_ROLES.

    roles:
      title: [Noto Serif CJK SC]
      body: Noto Serif CJK SC        # a single string is a one-element list

The file is composed once and validated by the pydantic model FontsFile
(briefing/yamlfile.py): every error names the file and the line and says how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationInfo
from pydantic_core import PydanticCustomError

from briefing.fonts.faces import ProjectFace, scan_fonts_dir
from briefing.resources import DEFAULT_FONT_CONFIG
from briefing.yamlfile import YamlDocument, parse_yaml

ROLES: tuple[str, ...] = ("title", "heading", "body", "caption", "kai", "fang")
# Fallback roles: faces for the characters the set roles' faces lack — Latin letters outside
# the CJK faces' Latin (Polish ł, Czech ř, Turkish ğ: the names in articles) and the
# sub- and superscript digits of formulas (CO₂), and symbols (arrows ➜ ➢, mathematical
# operators and letters ∗ 𝐴: reports and WeChat posts) — set after each role's own faces
# in its stack, so they set only what those lack. A serif role falls back to `latin`, a
# sans role to `latin_sans`, every role then to `symbols` (FALLBACK_OF).
FALLBACK_ROLES: tuple[str, ...] = ("latin", "latin_sans", "symbols")
FALLBACK_OF: dict[str, tuple[str, ...]] = {
    "title": ("latin", "symbols"), "heading": ("latin_sans", "symbols"),
    "body": ("latin", "symbols"), "caption": ("latin_sans", "symbols"),
    "kai": ("latin", "symbols"), "fang": ("latin", "symbols")}
ALL_ROLES: tuple[str, ...] = ROLES + FALLBACK_ROLES
CONFIG_NAME = "fonts.yaml"
TOP_LEVEL_KEYS: tuple[str, ...] = ("roles", "scripts")

# Pictographs (emoji: 🎈 ✅ ❌, common in WeChat articles and READMEs) are in no CJK face:
# every default role ends with Debian's fonts-noto-color-emoji, which sets only what the
# faces before it lack.
EMOJI = "Noto Color Emoji"
EMOJI_CSS = f"{EMOJI} pictographs"  # its name in the templates' CSS (_fonts.css.j2)
# What the emoji face sets: pictographs only. Pango would take a listed emoji face for
# digits and spaces too (they have emoji forms), so templates declare it with these
# ranges (unicode-range) and the coverage check counts only these from it.
PICTOGRAPHS: tuple[tuple[int, int], ...] = (
    (0x231A, 0x231B), (0x2328, 0x2328), (0x23CF, 0x23CF),  # ⌚ ⌛ ⌨ ⏏ and
    (0x23E9, 0x23F3), (0x23F8, 0x23FA),  # ⏩–⏳ (⏰) ⏸–⏺: the emoji of Miscellaneous
    # Technical (a README's 「⏰」 heading, a blog's 「⌨️ LeetCode」); the rest of it is text
    (0x25FB, 0x25FE),    # ◻ ◼ ◽ ◾: the emoji of Geometric Shapes (a report's ◼ bullets)
    (0x2600, 0x27BF),    # miscellaneous symbols, dingbats: ☀ ✅ ❌ ❤
    (0x2B00, 0x2BFF),    # arrows and stars: ⬆ ⭐
    (0x1F000, 0x1FAFF),  # cards, flags, pictographs, emoticons, transport …
    (0x20E3, 0x20E3), (0xFE0F, 0xFE0F),  # keycap, emoji form (❤️)
    (0x200D, 0x200D),  # the joiner of an emoji sequence (👨‍👩‍👧, 🏳️‍🌈): set by the emoji
    # face with the pictographs it joins — shaped as one picture; no role's text face has it
    (0xE0020, 0xE007F),  # tags (subdivision flags)
)


# What a fallback role's face sets for a role. Pango would set any character the faces
# before it lack in it; the glyph checks count only these from it, so a ◆ or ▲ the role's
# faces lack still stops the build instead of coming from the Latin face.
# `latin` and `latin_sans`: Latin letters and their diacritics (Latin-1's letters, Latin
# Extended-A to -E and Additional, IPA, modifier letters, combining diacritics), and the
# sub- and superscripts (CO₂, x⁴: the CJK faces have ¹²³ only).
LATIN: tuple[tuple[int, int], ...] = (
    (0x00C0, 0x00D6), (0x00D8, 0x00F6), (0x00F8, 0x024F),  # Latin-1 letters, Ext-A, B
    (0x0250, 0x036F),  # IPA, modifier letters, combining diacritical marks
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese: ệ ở)
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F),  # Latin Extended-C, D, E
)
# `symbols`: arrows, mathematical operators and letters, technical symbols, geometric
# shapes, dingbats (➜ ➢ ∗ ⊕ 𝐴 ▷) — the blocks of Noto Sans Symbols 2 and Noto Sans Math.
SYMBOLS: tuple[tuple[int, int], ...] = (
    (0x2100, 0x214F),  # letterlike symbols (ℏ ℝ)
    (0x2190, 0x23FF),  # arrows, mathematical operators, miscellaneous technical
    (0x2400, 0x27FF),  # control pictures … dingbats, math symbols A, arrows A
    (0x2900, 0x2BFF),  # arrows B, math symbols B, supplemental operators, symbols and arrows
    (0x1D400, 0x1D7FF),  # mathematical alphanumeric symbols (𝐴 𝑥)
    (0x1F780, 0x1F8FF),  # geometric shapes extended, supplemental arrows C
)
FALLBACK_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "latin": LATIN, "latin_sans": LATIN, "symbols": SYMBOLS}


def unicode_range(ranges: tuple[tuple[int, int], ...] = PICTOGRAPHS) -> str:
    """CSS unicode-range of code point ranges: U+2600-27BF, U+200D …"""
    return ", ".join(f"U+{lo:X}" if lo == hi else f"U+{lo:X}-{hi:X}" for lo, hi in ranges)
DEFAULT_ROLES: dict[str, tuple[str, ...]] = {
    "title": ("Noto Serif CJK SC", EMOJI),
    "heading": ("Noto Sans CJK SC", EMOJI),
    "body": ("Noto Serif CJK SC", EMOJI),
    "caption": ("Noto Sans CJK SC", EMOJI),
    # 楷体: the jianbao template's （一） headings and 编者按 (Debian fonts-arphic-ukai; the CN
    # face has the mainland glyph forms).
    "kai": ("AR PL UKai CN", EMOJI),
    # 仿宋: the jianbao template's body, tables, （1） headings and 版记, as GB/T 9704 sets
    # them. FandolFang (make setup takes it from Debian's texlive-lang-chinese) covers
    # GB2312 only: the serif after it has the rarer characters.
    "fang": ("FandolFang", "Noto Serif CJK SC", EMOJI),
    # Latin letters the CJK faces lack (ł ř ğ; Debian fonts-noto-core): Noto Serif and
    # Sans are drawn from the same design as Noto Serif/Sans CJK's Latin.
    "latin": ("Noto Serif",),
    "latin_sans": ("Noto Sans",),
    # Symbols (fonts-noto-core): arrows and dingbats, then mathematical operators and
    # letters.
    "symbols": ("Noto Sans Symbols2", "Noto Sans Math"),
}

# Editions in another script (briefing/i18n.py) are set in that script's faces. A role the
# user left at its default takes the script's default; `scripts:` in fonts.yaml overrides.
SCRIPTS: tuple[str, ...] = ("Hans", "Hant")
DEFAULT_SCRIPT_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "Hant": {
        "title": ("Noto Serif CJK TC", EMOJI),
        "heading": ("Noto Sans CJK TC", EMOJI),
        "body": ("Noto Serif CJK TC", EMOJI),
        "caption": ("Noto Sans CJK TC", EMOJI),
        "kai": ("AR PL UKai TW", EMOJI),
        "fang": ("Noto Serif CJK TC", EMOJI),  # FandolFang has the simplified forms only
    },
}

@dataclass
class FontConfig:
    """The roles' families, where they were configured, and the project's font files."""

    roles: dict[str, tuple[str, ...]]
    fonts_dir: Path
    source: Path | None = None  # the fonts.yaml read; None when every role is the default
    # (role, position in the role's list) -> line in `source`; absent for defaults
    lines: dict[tuple[str, int], int] = field(default_factory=dict)
    project_faces: tuple[ProjectFace, ...] = ()
    # script -> (roles, lines) from fonts.yaml's `scripts:`
    scripts: dict[str, tuple[dict[str, tuple[str, ...]], dict]] = field(default_factory=dict)

    def stack(self, role: str) -> tuple[tuple[str, str], ...]:
        """The role's font stack as (family, the fallback role it comes from, "" for the
        role's own): its own families, then each of its fallback roles' families it does
        not name already, which set only the characters the ones before lack."""
        stack = [(family, "") for family in self.roles[role]]
        for fallback in FALLBACK_OF.get(role, ()):
            named = {family.casefold() for family, _ in stack}
            stack += [(family, fallback) for family in self.roles.get(fallback, ())
                      if family.casefold() not in named]
        return tuple(stack)

    def families(self, role: str) -> tuple[str, ...]:
        """The role's font stack (`stack`), its families only."""
        return tuple(family for family, _ in self.stack(role))

    def for_script(self, script: str) -> FontConfig:
        """The configuration for content in `script` (Hant: Traditional Chinese): the
        roles `scripts:` names for it, else the script's defaults for roles left at their
        default, else the roles as they are."""
        configured, configured_lines = self.scripts.get(script, ({}, {}))
        defaults = DEFAULT_SCRIPT_ROLES.get(script, {})
        roles = dict(self.roles)
        lines = dict(self.lines)
        for role in ALL_ROLES:
            if role in configured:
                families = configured[role]
            elif role in defaults and roles.get(role) == DEFAULT_ROLES.get(role):
                families = defaults[role]
            else:
                continue
            roles[role] = families
            lines = {key: line for key, line in lines.items() if key[0] != role}
            lines.update({key: line for key, line in configured_lines.items()
                          if key[0] == role})
        return replace(self, roles=roles, lines=lines)

    def where(self, role: str, position: int = 0) -> tuple[Path | None, int | None]:
        """File and line where the family at `position` of a role's stack (`families`)
        was configured — its fallback role's line for a family from there (None, None
        for defaults)."""
        if role in FALLBACK_OF:
            family, fallback = self.stack(role)[position]
            if fallback:
                return self.where(fallback, self.roles[fallback].index(family))
        line = self.lines.get((role, position))
        return (self.source if line is not None else None), line


def _families_fix(info: ValidationInfo) -> dict[str, str]:
    role = info.field_name or "body"
    return {"fix": f"write the role as '{role}: [Family Name, Fallback Family]' or "
                   f"'{role}: Family Name'"}


def _family_list(value: Any, info: ValidationInfo) -> Any:
    """A single name is a one-element list; nothing at all is refused (not the default)."""
    if isinstance(value, str):
        return [value]
    if value is None or value == []:
        raise PydanticCustomError("no_family", "names no font family", _families_fix(info))
    return value


def _family_name(value: Any, info: ValidationInfo) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PydanticCustomError("family_name", "must list font family names; this is not one",
                                  _families_fix(info))
    return value.strip()


Families = Annotated[tuple[Annotated[str, BeforeValidator(_family_name)], ...],
                     BeforeValidator(_family_list)]


class RoleFamilies(BaseModel):
    """Each role's families (a role left out takes its default; null is refused)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    yaml_key_kind: ClassVar[str] = "role"

    title: Families = None  # type: ignore[assignment]
    heading: Families = None  # type: ignore[assignment]
    body: Families = None  # type: ignore[assignment]
    caption: Families = None  # type: ignore[assignment]
    kai: Families = None  # type: ignore[assignment]
    fang: Families = None  # type: ignore[assignment]
    latin: Families = None  # type: ignore[assignment]
    latin_sans: Families = None  # type: ignore[assignment]
    symbols: Families = None  # type: ignore[assignment]

    def configured(self) -> dict[str, tuple[str, ...]]:
        return {role: getattr(self, role) for role in ALL_ROLES
                if getattr(self, role) is not None}


class ScriptRoles(BaseModel):
    """`scripts:`: the roles of editions in another script."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    yaml_key_kind: ClassVar[str] = "script"

    Hans: RoleFamilies | None = None
    Hant: RoleFamilies | None = None


class FontsFile(BaseModel):
    """fonts/fonts.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    roles: RoleFamilies | None = None
    scripts: ScriptRoles | None = None


assert tuple(RoleFamilies.model_fields) == ALL_ROLES
assert tuple(ScriptRoles.model_fields) == SCRIPTS


def _role_lines(document: YamlDocument, roles: dict[str, tuple[str, ...]], *where: str
                ) -> dict[tuple[str, int], int]:
    return {(role, position): document.line(*where, role, position) or 0
            for role, families in roles.items() for position in range(len(families))}


def parse_font_config(
    source: str | Path, path: Path | None = None
) -> tuple[dict[str, tuple[str, ...]], dict, dict[str, tuple[dict[str, tuple[str, ...]], dict]]]:
    """A fonts.yaml (text or file), composed and validated once: the roles it configures
    (only those it names) with their lines, and its `scripts:` (script -> roles, lines)."""
    document = parse_yaml(source, path)
    config = document.validate(FontsFile)
    roles = config.roles.configured() if config.roles else {}
    scripts = {}
    for script in SCRIPTS:
        families = getattr(config.scripts, script, None) if config.scripts else None
        if families is not None:
            configured = families.configured()
            scripts[script] = (configured,
                               _role_lines(document, configured, "scripts", script))
    return roles, _role_lines(document, roles, "roles"), scripts


def load_font_config(fonts_dir: Path) -> FontConfig:
    """Read fonts_dir/fonts.yaml, or the package's default fonts.yaml when the folder has
    none (missing roles take the defaults), and scan fonts_dir for font files a role may
    name."""
    fonts_dir = Path(fonts_dir)
    path = fonts_dir / CONFIG_NAME
    if not path.is_file():
        path = DEFAULT_FONT_CONFIG
    roles = dict(DEFAULT_ROLES)
    lines: dict[tuple[str, int], int] = {}
    scripts: dict[str, tuple[dict[str, tuple[str, ...]], dict]] = {}
    source: Path | None = None
    if path.is_file():
        configured, lines, scripts = parse_font_config(path)
        roles.update(configured)
        source = path
    return FontConfig(
        roles=roles,
        fonts_dir=fonts_dir,
        source=source,
        lines=lines,
        project_faces=scan_fonts_dir(fonts_dir),
        scripts=scripts,
    )
