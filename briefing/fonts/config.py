"""fonts/fonts.yaml: which font families each role is set in.

    roles:
      title: [Noto Serif CJK SC]
      body: Noto Serif CJK SC        # a single string is a one-element list

Errors name the file and the line (from PyYAML's composed nodes) and say how to fix them.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from briefing.errors import InputError
from briefing.fonts.faces import ProjectFace, scan_fonts_dir

ROLES: tuple[str, ...] = ("title", "heading", "body", "caption", "kai")
CONFIG_NAME = "fonts.yaml"
TOP_LEVEL_KEYS: tuple[str, ...] = ("roles", "scripts")

DEFAULT_ROLES: dict[str, tuple[str, ...]] = {
    "title": ("Noto Serif CJK SC",),
    "heading": ("Noto Sans CJK SC",),
    "body": ("Noto Serif CJK SC",),
    "caption": ("Noto Sans CJK SC",),
    # 楷体: the jianbao template's （一） headings and 编者按 (Debian fonts-arphic-ukai; the CN
    # face has the mainland glyph forms).
    "kai": ("AR PL UKai CN",),
}

# Editions in another script (briefing/i18n.py) are set in that script's faces. A role the
# user left at its default takes the script's default; `scripts:` in fonts.yaml overrides.
SCRIPTS: tuple[str, ...] = ("Hans", "Hant")
DEFAULT_SCRIPT_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "Hant": {
        "title": ("Noto Serif CJK TC",),
        "heading": ("Noto Sans CJK TC",),
        "body": ("Noto Serif CJK TC",),
        "caption": ("Noto Sans CJK TC",),
        "kai": ("AR PL UKai TW",),
    },
}

_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"


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

    def families(self, role: str) -> tuple[str, ...]:
        return self.roles[role]

    def for_script(self, script: str) -> FontConfig:
        """The configuration for content in `script` (Hant: Traditional Chinese): the
        roles `scripts:` names for it, else the script's defaults for roles left at their
        default, else the roles as they are."""
        configured, configured_lines = self.scripts.get(script, ({}, {}))
        defaults = DEFAULT_SCRIPT_ROLES.get(script, {})
        roles = dict(self.roles)
        lines = dict(self.lines)
        for role in ROLES:
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
        """File and line where a role's family was configured (None, None for defaults)."""
        line = self.lines.get((role, position))
        return (self.source if line is not None else None), line


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _family_names(
    node: yaml.Node, role: str, path: Path
) -> tuple[tuple[str, ...], dict[tuple[str, int], int]]:
    if isinstance(node, yaml.SequenceNode):
        items = node.value
    elif isinstance(node, yaml.ScalarNode) and node.tag != _NULL_TAG:
        items = [node]
    else:
        items = []  # "role:" with nothing, or a mapping: reported below as "names no family"
    names: list[str] = []
    lines: dict[tuple[str, int], int] = {}
    fix = f"write the role as '{role}: [Family Name, Fallback Family]' or '{role}: Family Name'"
    for item in items:
        if not (isinstance(item, yaml.ScalarNode) and item.tag == _STR_TAG and item.value.strip()):
            raise InputError(
                f"role '{role}' must list font family names; this is not one",
                file=path,
                line=_line(item),
                fix=fix,
            )
        lines[(role, len(names))] = _line(item)
        names.append(item.value.strip())
    if not names:
        raise InputError(
            f"role '{role}' names no font family", file=path, line=_line(node), fix=fix
        )
    return tuple(names), lines


def parse_font_config(text: str, path: Path) -> tuple[dict[str, tuple[str, ...]], dict]:
    """Roles configured in a fonts.yaml text (only those it names) and their lines."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(
            f"{path.name} is not valid YAML: {exc.problem or exc}",
            file=path,
            line=mark.line + 1 if mark else None,
            fix="fix the YAML syntax at that line (indent with spaces, 'role: [Family]')",
        ) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path.name} is not valid YAML: {exc}", file=path) from exc
    if root is None:
        return {}, {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(
            f"{path.name} must be a mapping with a 'roles' key",
            file=path,
            line=_line(root),
            fix="start the file with 'roles:' and list each role's families under it",
        )
    roles: dict[str, tuple[str, ...]] = {}
    lines: dict[tuple[str, int], int] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.tag)
        if key not in TOP_LEVEL_KEYS:
            raise InputError(
                f"unknown key '{key}' in {path.name}{_suggest(key, TOP_LEVEL_KEYS)}",
                file=path,
                line=_line(key_node),
                fix="the top-level keys are 'roles' and 'scripts'; remove or rename this one",
            )
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == _NULL_TAG:
            continue  # "roles:" with nothing under it: all defaults
        if key == "scripts":
            continue  # parse_scripts
        if not isinstance(value_node, yaml.MappingNode):
            raise InputError(
                "'roles' must map each role to its font families",
                file=path,
                line=_line(value_node),
                fix="write one role per line under 'roles:', e.g. '  body: [Noto Serif CJK SC]'",
            )
        for role_node, families_node in value_node.value:
            role = role_node.value if isinstance(role_node, yaml.ScalarNode) else ""
            if role not in ROLES:
                raise InputError(
                    f"unknown role '{role}' in {path.name}{_suggest(role, ROLES)}",
                    file=path,
                    line=_line(role_node),
                    fix=f"use one of the roles {', '.join(ROLES)}",
                )
            if role in roles:
                raise InputError(
                    f"role '{role}' is configured twice in {path.name}",
                    file=path,
                    line=_line(role_node),
                    fix="keep one entry per role",
                )
            roles[role], role_lines = _family_names(families_node, role, path)
            lines.update(role_lines)
    return roles, lines


def parse_scripts(text: str, path: Path) -> dict[str, tuple[dict[str, tuple[str, ...]], dict]]:
    """fonts.yaml's `scripts:` (already checked as YAML by parse_font_config):

        scripts:
          Hant: {title: [Noto Serif CJK TC], body: [Noto Serif CJK TC]}
    """
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    found: dict[str, tuple[dict[str, tuple[str, ...]], dict]] = {}
    if not isinstance(root, yaml.MappingNode):
        return found
    fix = "write e.g. 'scripts:' then '  Hant: {body: [Noto Serif CJK TC]}'"
    for key_node, value_node in root.value:
        if not (isinstance(key_node, yaml.ScalarNode) and key_node.value == "scripts"):
            continue
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == _NULL_TAG:
            continue
        if not isinstance(value_node, yaml.MappingNode):
            raise InputError("'scripts' must map each script to its roles", file=path,
                             line=_line(value_node), fix=fix)
        for script_node, roles_node in value_node.value:
            script = script_node.value if isinstance(script_node, yaml.ScalarNode) else ""
            if script not in SCRIPTS:
                raise InputError(
                    f"unknown script '{script}' in {path.name}{_suggest(script, SCRIPTS)}",
                    file=path, line=_line(script_node),
                    fix=f"use one of the scripts {', '.join(SCRIPTS)}")
            if not isinstance(roles_node, yaml.MappingNode):
                raise InputError(f"script '{script}' must map roles to font families",
                                 file=path, line=_line(roles_node), fix=fix)
            roles: dict[str, tuple[str, ...]] = {}
            lines: dict[tuple[str, int], int] = {}
            for role_node, families_node in roles_node.value:
                role = role_node.value if isinstance(role_node, yaml.ScalarNode) else ""
                if role not in ROLES:
                    raise InputError(
                        f"unknown role '{role}' in {path.name}{_suggest(role, ROLES)}",
                        file=path, line=_line(role_node),
                        fix=f"use one of the roles {', '.join(ROLES)}")
                roles[role], role_lines = _family_names(families_node, role, path)
                lines.update(role_lines)
            found[script] = (roles, lines)
    return found


def load_font_config(fonts_dir: Path) -> FontConfig:
    """Read fonts_dir/fonts.yaml if present (missing roles take the defaults) and scan
    fonts_dir for font files a role may name."""
    fonts_dir = Path(fonts_dir)
    path = fonts_dir / CONFIG_NAME
    roles = dict(DEFAULT_ROLES)
    lines: dict[tuple[str, int], int] = {}
    scripts: dict[str, tuple[dict[str, tuple[str, ...]], dict]] = {}
    source: Path | None = None
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path.name} is not UTF-8 text", file=path, fix="save the file as UTF-8"
            ) from exc
        configured, lines = parse_font_config(text, path)
        scripts = parse_scripts(text, path)
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
