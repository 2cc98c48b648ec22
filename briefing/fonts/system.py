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


# The names of fontconfig's library, as WeasyPrint 70 (weasyprint/text/ffi.py) loads it.
FONTCONFIG_NAMES: tuple[str, ...] = (
    "libfontconfig.so.1",
    "fontconfig-1",
    "libfontconfig-1.dll",
    "libfontconfig.1.dylib",
)
_FC_MATCH_PATTERN = 0  # FcMatchPattern (fontconfig.h: enum _FcMatchKind)


class _Fontconfig:
    """fontconfig in this process, asked as fc-match asks it (fc-match.c: the pattern
    parsed, FcConfigSubstitute for a pattern, FcDefaultSubstitute, FcFontMatch, the match
    formatted with FcPatternFormat): the same answer without starting a process for each
    family (7 fc-match processes were ≈ 0.05 s of a cold build, before its HTML).

    The configuration is this object's own (FcInitLoadConfigAndFonts, ≈ 4 ms), not the
    process's current one that Pango reads, and is loaded afresh after
    `fonts.clear_caches()` — as each fc-match process loaded it — so a font installed
    meanwhile is found."""

    def __init__(self, library: ctypes.CDLL) -> None:
        import threading

        self._lib = library
        self._lock = threading.Lock()
        self._config: int | None = None
        c_void_p, c_char_p, c_int = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        for name, restype, argtypes in (
            ("FcInitLoadConfigAndFonts", c_void_p, ()),
            ("FcConfigDestroy", None, (c_void_p,)),
            ("FcNameParse", c_void_p, (c_char_p,)),
            ("FcConfigSubstitute", c_int, (c_void_p, c_void_p, c_int)),
            ("FcDefaultSubstitute", None, (c_void_p,)),
            ("FcFontMatch", c_void_p, (c_void_p, c_void_p, ctypes.POINTER(c_int))),
            ("FcPatternFormat", c_void_p, (c_void_p, c_char_p)),
            ("FcPatternDestroy", None, (c_void_p,)),
            ("FcStrFree", None, (c_void_p,)),
        ):
            function = getattr(library, name)  # AttributeError: not a usable fontconfig
            function.restype, function.argtypes = restype, argtypes

    def match(self, pattern: str, format_: str) -> bytes | None:
        """fc-match --format FORMAT PATTERN's output; None where fontconfig fails."""
        lib = self._lib
        with self._lock:
            if self._config is None:
                self._config = lib.FcInitLoadConfigAndFonts()
                if not self._config:
                    self._config = None
                    return None
            parsed = lib.FcNameParse(pattern.encode("utf-8"))
            if not parsed:
                return None
            try:
                lib.FcConfigSubstitute(self._config, parsed, _FC_MATCH_PATTERN)
                lib.FcDefaultSubstitute(parsed)
                result = ctypes.c_int()
                matched = lib.FcFontMatch(self._config, parsed, ctypes.byref(result))
            finally:
                lib.FcPatternDestroy(parsed)
            if not matched:
                return None
            try:
                text = lib.FcPatternFormat(matched, format_.encode("utf-8"))
            finally:
                lib.FcPatternDestroy(matched)
            if not text:
                return None
            try:
                return ctypes.string_at(text)
            finally:
                lib.FcStrFree(text)

    def reload(self) -> None:
        """Load the configuration and the font list again at the next match."""
        with self._lock:
            if self._config is not None:
                self._lib.FcConfigDestroy(self._config)
                self._config = None


@functools.cache
def _fontconfig() -> _Fontconfig | None:
    """fontconfig's library in this process, or None (then fc-match is run)."""
    for name in FONTCONFIG_NAMES:
        try:
            return _Fontconfig(ctypes.CDLL(name))
        except (OSError, AttributeError):
            continue
    return None


def reload_fontconfig() -> None:
    """fontconfig's configuration read again at the next lookup (fonts.clear_caches)."""
    if _fontconfig.cache_info().currsize and (fontconfig := _fontconfig()) is not None:
        fontconfig.reload()


def _fc_match_output(family: str) -> bytes:
    """fc-match's answer for a family, formatted with _FC_FORMAT: from fontconfig in this
    process where its library loads (_Fontconfig), else from the fc-match program."""
    pattern = _escape_pattern(family)
    fontconfig = _fontconfig()
    if fontconfig is not None and (output := fontconfig.match(pattern, _FC_FORMAT)) is not None:
        return output
    return _fc_match_process(family, pattern)


def _fc_match_process(family: str, pattern: str) -> bytes:
    executable = shutil.which("fc-match")
    if executable is None:
        raise EnvironmentProblem(
            "fontconfig's fc-match is not installed, so system fonts cannot be found",
            fix="install the Debian package fontconfig (make setup does this)",
        )
    try:
        result = subprocess.run(
            [executable, "--format", _FC_FORMAT, pattern],
            capture_output=True,
            check=True,
            timeout=_FC_TIMEOUT_S,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise EnvironmentProblem(
            f"fc-match failed while looking for the font family '{family}' ({exc})",
            fix="check that fontconfig works: run 'fc-match \"Noto Serif CJK SC\"'",
        ) from exc
    return result.stdout


@functools.cache
def fc_match(family: str) -> SystemFace:
    """What fontconfig's fc-match returns for a family: always *some* face (cached)."""
    fields = _fc_match_output(family).decode("utf-8", "replace").split(_FIELD)
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
