"""Glyph coverage: is every character of a role's text in one of the role's fonts?

WeasyPrint silently draws characters the first family lacks from whatever fontconfig
falls back to, and a character no font has becomes a box. Our rule is stricter: every
character must be in the union of the role's configured families, checked before
rendering.

Reading the cmap of a Noto CJK face (a ~20-27 MB collection) with fontTools takes
~0.2 s, so the code points a face covers are cached per (path, face index, size,
mtime_ns, ctime_ns): in the process, and on disk under $XDG_CACHE_HOME/briefing/ as
sorted ranges in JSON, one file per face, rewritten when the font file changes.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.diskcache import cache_dir, read_json, write_json
from briefing.errors import Problem
from briefing.fonts.config import EMOJI, FALLBACK_RANGES, PICTOGRAPHS
from briefing.fonts.faces import ResolvedFont

CACHE_FORMAT = 1
COVERAGE_FIX = "use a font that has it (fonts/fonts.yaml) or replace the character"


@dataclass(frozen=True, slots=True)
class TextItem:
    """A piece of text set in a role, located in its source file.

    `line` is the line of the text's first character; each "\\n" in `text` advances it.
    """

    role: str
    text: str
    file: Path | str
    line: int


class Coverage:
    """A set of code points stored as sorted, disjoint, inclusive ranges."""

    __slots__ = ("starts", "ends", "count")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in ranges:
            self.starts.append(start)
            self.ends.append(end)
        self.count = sum(e - s + 1 for s, e in zip(self.starts, self.ends, strict=True))

    @classmethod
    def from_codepoints(cls, codepoints: Iterable[int]) -> Coverage:
        ranges: list[tuple[int, int]] = []
        for cp in sorted(set(codepoints)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
        return cls(ranges)

    def __contains__(self, codepoint: object) -> bool:
        if not isinstance(codepoint, int):
            return False
        i = bisect.bisect_right(self.starts, codepoint) - 1
        return i >= 0 and codepoint <= self.ends[i]

    def __len__(self) -> int:
        return self.count

    def flat(self) -> list[int]:
        """[start0, end0, start1, end1, ...] for the disk cache."""
        return [n for pair in zip(self.starts, self.ends, strict=True) for n in pair]


@dataclass
class CacheStats:
    """How face_coverage lookups were answered since the process started."""

    memory: int = 0
    disk: int = 0
    font: int = 0


_MEMORY: dict[tuple[str, int, int, int, int], Coverage] = {}
STATS = CacheStats()


def clear_memory_cache() -> None:
    """Forget the process-level cache (the disk cache stays)."""
    _MEMORY.clear()


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _disk_path(path: Path, index: int) -> Path:
    digest = hashlib.sha256(f"{path}\0{index}".encode()).hexdigest()[:32]
    return cache_dir() / f"cmap-{digest}.json"


def _cache_key(path: Path, index: int, stamp: tuple[int, int, int]) -> dict:
    """What a cached entry must match to be used: the file exactly as it is now."""
    return {"format": CACHE_FORMAT, "path": str(path), "index": index,
            "size": stamp[0], "mtime_ns": stamp[1], "ctime_ns": stamp[2]}


def _read_disk(path: Path, index: int, stamp: tuple[int, int, int]) -> Coverage | None:
    data = read_json(_disk_path(path, index))
    if not isinstance(data, dict):
        return None
    expected = _cache_key(path, index, stamp)
    if any(data.get(key) != value for key, value in expected.items()):
        return None  # another font, or the font file changed since: never use it
    flat = data.get("ranges")
    if not isinstance(flat, list) or len(flat) % 2:
        return None
    return Coverage(zip(flat[0::2], flat[1::2], strict=True))


def _write_disk(path: Path, index: int, stamp: tuple[int, int, int], cov: Coverage) -> None:
    write_json(_disk_path(path, index), {**_cache_key(path, index, stamp), "ranges": cov.flat()})


def _read_font(path: Path, index: int) -> Coverage:
    """Code points the face maps, from its cmap only (lazy load), variation selectors too."""
    from fontTools.ttLib import TTFont  # only on a cache miss: ≈ 0.03 s to import

    with TTFont(path, fontNumber=index, lazy=True) as font:
        codepoints = set(font.getBestCmap() or {})
        for table in font["cmap"].tables:
            if table.format == 14:
                codepoints.update(table.uvsDict)
    return Coverage.from_codepoints(codepoints)


def face_coverage(path: Path, index: int = 0) -> Coverage:
    """The code points a face covers, from the process cache, the disk cache or the font."""
    path = Path(path).resolve()
    stamp = _stamp(path)
    key = (str(path), index, *stamp)
    cov = _MEMORY.get(key)
    if cov is not None:
        STATS.memory += 1
        return cov
    cov = _read_disk(path, index, stamp)
    if cov is not None:
        STATS.disk += 1
    else:
        cov = _read_font(path, index)
        STATS.font += 1
        _write_disk(path, index, stamp, cov)
    _MEMORY[key] = cov
    return cov


def is_exempt(char: str) -> bool:
    """Whitespace and control characters are laid out as space or nothing, not glyphs.

    Zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are format characters, not
    whitespace: they must be covered like any other.
    """
    return char.isspace() or unicodedata.category(char) == "Cc"


def describe_char(char: str) -> str:
    """U+20BB7 '𠮷', or U+200D ZERO WIDTH JOINER for what cannot be shown in quotes."""
    code = f"U+{ord(char):04X}"
    category = unicodedata.category(char)
    if char.isprintable() and category not in ("Mn", "Me", "Co"):
        return f"{code} '{char}'"
    name = unicodedata.name(char, "")
    if not name:
        name = "private use character" if category == "Co" else f"category {category}"
    return f"{code} {name}"


class Pictographs:
    """An emoji face's coverage as templates use it: its pictographs only (config.PICTOGRAPHS)."""

    ranges: tuple[tuple[int, int], ...] = PICTOGRAPHS

    def __init__(self, coverage: Coverage) -> None:
        self.coverage = coverage

    def __contains__(self, codepoint: object) -> bool:
        return (codepoint in self.coverage and isinstance(codepoint, int)
                and any(lo <= codepoint <= hi for lo, hi in self.ranges))


FALLBACK_WHAT = {"latin": "Latin letters", "latin_sans": "Latin letters", "symbols": "symbols"}


class FallbackCharacters(Pictographs):
    """A fallback role's face as a role uses it: that fallback role's characters only
    (config.FALLBACK_RANGES: Latin letters, symbols)."""

    def __init__(self, coverage: Coverage, fallback: str) -> None:
        super().__init__(coverage)
        self.ranges = FALLBACK_RANGES[fallback]


def pictograph_ranges(face: ResolvedFont) -> tuple[tuple[int, int], ...]:
    """The pictographs (config.PICTOGRAPHS) the emoji face has, as ranges: its
    @font-face's unicode-range (_fonts.css.j2). WeasyPrint takes a declared face for every
    character of its unicode-range, drawing a box for one the face lacks (an arrow ➜ of
    Dingbats that is no emoji), where the faces after it have the glyph."""
    coverage = face_coverage(face.path, face.index)
    ranges: list[tuple[int, int]] = []
    for lo, hi in PICTOGRAPHS:
        for start, end in zip(coverage.starts, coverage.ends, strict=True):
            if start <= hi and end >= lo:
                ranges.append((max(start, lo), min(end, hi)))
    return tuple(sorted(ranges))


def role_coverage(face: ResolvedFont):
    """What a role's face counts for in the role: an emoji face its pictographs, a
    fallback role's face its fallback role's characters, any other face all it has."""
    coverage = face_coverage(face.path, face.index)
    if face.family == EMOJI:
        return Pictographs(coverage)
    return FallbackCharacters(coverage, face.fallback) if face.fallback else coverage


@dataclass
class _Miss:
    role: str
    char: str
    first: tuple[str, int]
    places: set[tuple[str, int]]


def check_coverage(
    resolved: dict[str, list[ResolvedFont]], texts: Iterable[TextItem]
) -> list[Problem]:
    """One Problem per (character, role) whose character is in none of the role's faces,
    located at its first occurrence, in order of first occurrence."""
    coverages: dict[str, list[Coverage]] = {}
    seen_ok: dict[str, set[str]] = {}
    misses: dict[tuple[str, str], _Miss] = {}
    for item in texts:
        role = item.role
        if role not in coverages:
            if role not in resolved:
                raise ValueError(f"text of role {role!r}, but no fonts resolved for it")
            coverages[role] = [role_coverage(face) for face in resolved[role]]
            seen_ok[role] = set()
        ok = seen_ok[role]
        faces = coverages[role]
        for char in dict.fromkeys(item.text):
            if char in ok:
                continue
            if (role, char) not in misses:
                codepoint = ord(char)
                if is_exempt(char) or any(codepoint in cov for cov in faces):
                    ok.add(char)
                    continue
            _record(misses, item, char)
    problems: list[Problem] = []
    for miss in misses.values():
        file, line = miss.first
        others = len(miss.places - {miss.first})
        families = ", ".join(dict.fromkeys(
            f"{f.family} for {FALLBACK_WHAT[f.fallback]}" if f.fallback else f.family
            for f in resolved[miss.role]))
        message = (
            f"{describe_char(miss.char)} is in no font of role {miss.role} ({families}); "
            f"first at {file}:{line}"
        )
        if others:
            message += f", also at {others} other place{'s' if others != 1 else ''}"
        problems.append(Problem(message, file=file, line=line, fix=COVERAGE_FIX))
    return problems


def _record(misses: dict[tuple[str, str], _Miss], item: TextItem, char: str) -> None:
    file = str(item.file)
    text = item.text
    places: list[tuple[str, int]] = []
    pos = text.find(char)
    while pos != -1:
        places.append((file, item.line + text.count("\n", 0, pos)))
        pos = text.find(char, pos + 1)
    miss = misses.get((item.role, char))
    if miss is None:
        misses[(item.role, char)] = _Miss(item.role, char, places[0], set(places))
    else:
        miss.places.update(places)
