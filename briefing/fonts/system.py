"""What the machine provides: system fonts through fontconfig, libharfbuzz-subset."""

from __future__ import annotations

import ctypes
import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import EnvironmentProblem
from briefing.fonts.faces import family_matches

# Separators fontconfig never puts in a family name or a path we care about.
_FIELD = "\x1f"
_NAME = "\x1e"
_FC_FORMAT = _FIELD.join(
    ("%{file}", "%{index}", "%{style[0]}", "%{[]family{%{family}" + _NAME + "}}")
)
_FC_TIMEOUT_S = 30

# The names WeasyPrint 70 (weasyprint/text/ffi.py) passes to cffi's dlopen, in its order.
HARFBUZZ_SUBSET_NAMES: tuple[str, ...] = (
    "libharfbuzz-subset-0",
    "harfbuzz-subset",
    "harfbuzz-subset-0.0",
    "libharfbuzz-subset.so.0",
    "libharfbuzz-subset.0.dylib",
    "libharfbuzz-subset-0.dll",
)


@dataclass(frozen=True)
class SystemFace:
    """The face fontconfig matched for a family name, with all its family names."""

    path: Path
    index: int
    style_name: str
    families: tuple[str, ...]


def _escape_pattern(family: str) -> str:
    """A family name as a fontconfig pattern (FcNameParse treats \\ - : , specially)."""
    for special in ("\\", "-", ":", ","):
        family = family.replace(special, "\\" + special)
    return family


@functools.cache
def fc_match(family: str) -> SystemFace:
    """What fontconfig's fc-match returns for a family: always *some* face (cached)."""
    executable = shutil.which("fc-match")
    if executable is None:
        raise EnvironmentProblem(
            "fontconfig's fc-match is not installed, so system fonts cannot be found",
            fix="install the Debian package fontconfig (make setup does this)",
        )
    try:
        result = subprocess.run(
            [executable, "--format", _FC_FORMAT, _escape_pattern(family)],
            capture_output=True,
            check=True,
            timeout=_FC_TIMEOUT_S,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise EnvironmentProblem(
            f"fc-match failed while looking for the font family '{family}' ({exc})",
            fix="check that fontconfig works: run 'fc-match \"Noto Serif CJK SC\"'",
        ) from exc
    fields = result.stdout.decode("utf-8", "replace").split(_FIELD)
    if len(fields) != 4 or not fields[0]:
        raise EnvironmentProblem(
            f"fc-match gave no usable answer for the font family '{family}'",
            fix="check that fontconfig works: run 'fc-match \"Noto Serif CJK SC\"'",
        )
    file, index, style_name, families = fields
    return SystemFace(
        path=Path(file),
        index=int(index or 0),
        style_name=style_name,
        families=tuple(name for name in families.split(_NAME) if name),
    )


def find_system_family(family: str) -> SystemFace | None:
    """The system face for a family name, or None when fontconfig has no such family
    (fc-match substitutes another family: that face is not accepted)."""
    face = fc_match(family)
    return face if family_matches(family, face.families) else None


@functools.cache
def harfbuzz_subset_available() -> bool:
    """Whether WeasyPrint will find libharfbuzz-subset (and it is new enough to be used).

    WeasyPrint tries the names in HARFBUZZ_SUBSET_NAMES with cffi's dlopen and subsets
    with HarfBuzz only from version 4.1.0; without it, font subsetting falls back to
    fontTools and a build takes ~15x longer. ctypes.util.find_library is avoided on
    purpose (it spawns gcc/ldconfig).
    """
    for name in HARFBUZZ_SUBSET_NAMES:
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        try:
            # hb_version_atleast lives in libharfbuzz, which the subset library links.
            at_least = library.hb_version_atleast
        except AttributeError:
            return True
        at_least.restype = ctypes.c_int
        at_least.argtypes = (ctypes.c_uint, ctypes.c_uint, ctypes.c_uint)
        return bool(at_least(4, 1, 0))
    return False
