"""What a build's PDF depends on, so that `briefing build` can skip the work when
nothing changed — and never serve a stale PDF.

A build's key is a SHA-256 over everything its output depends on:

* the HTML the templates rendered: it holds the content, the template and its
  options, the labels, the change marks and the font families asked for;
* the *contents* of every file in the folders WeasyPrint may read — the briefing
  folder (images), each folder of the template search path (stylesheets, macros,
  images) and the fonts folder (fonts.yaml, font files);
* the font files fontconfig resolved for each role, with every font file beside
  them (bold and other faces of the family): path, size and modification time;
* the code: briefing's own source files, the versions of WeasyPrint, pydyf,
  fontTools and HarfBuzz/Pango's shared libraries (path, size, modification time);
* the build options, the document date and the PDF identifier.

The record of the last build of an output (`$XDG_CACHE_HOME/briefing/builds/`)
holds its key and the SHA-256 of the PDF written; the build is skipped only when
the key is the same *and* the PDF on disk is still the one written.

Determinism: the PDF's identifier is derived from the briefing folder's name (stable
across revisions; pydyf adds a second part hashed from the content) and its dates
are `document_date()`: the front matter's `date`, else SOURCE_DATE_EPOCH, else the
time of the last git commit touching the briefing folder, else none at all —
never the time of the build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from briefing.diskcache import cache_dir, read_json, write_json
from briefing.errors import InputError

FORMAT = 1
PACKAGE = Path(__file__).resolve().parent
# Python distributions whose code shapes the PDF.
# (Whatever a library puts into the HTML — Babel's numbers, OpenCC's conversion,
# ReportLab's charts — is in the key through the HTML itself.)
DISTRIBUTIONS = ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2", "tinyhtml5",
                 "pillow", "pikepdf", "jinja2", "markdown-it-py", "reportlab", "babel",
                 "opencc")
# System libraries whose code shapes the PDF (text shaping, fonts, subsetting).
LIBRARIES = ("pango-1.0", "pangoft2-1.0", "harfbuzz", "harfbuzz-subset", "fontconfig",
             "freetype")
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2"}

# (path, size, mtime_ns, ctime_ns, inode) -> SHA-256 of the contents, for this process.
_file_digests: dict[tuple, str] = {}
_code_digest: str | None = None


def _stamp(path: Path) -> tuple:
    st = path.stat()
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def file_digest(path: Path) -> str:
    """SHA-256 of a file's contents (remembered while its size and times are unchanged:
    any write changes ctime)."""
    stamp = _stamp(path)
    digest = _file_digests.get(stamp)
    if digest is None:
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        if len(_file_digests) > 20000:
            _file_digests.clear()
        _file_digests[stamp] = digest
    return digest


def _files(root: Path) -> Iterable[Path]:
    if root.is_file():
        yield root
        return
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in (".git", "__pycache__"))
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file():
                yield path


def _is_output(path: Path, outputs: Iterable[Path]) -> bool:
    """An output, or the temporary file it is being written to (export.atomic_target)."""
    return any(path == out or (path.parent == out.parent and path.name.startswith(
        f".{out.name}.") and path.name.endswith(".tmp")) for out in outputs)


def tree_digest(roots: Iterable[Path], exclude: Iterable[Path] = ()) -> str:
    """SHA-256 over the relative path and contents of every file under `roots`
    (but the outputs in `exclude`)."""
    exclude = list(exclude)
    sha = hashlib.sha256()
    for root in roots:
        root = Path(root).resolve()
        sha.update(f"root {root}\n".encode())
        if not root.exists():
            continue
        for path in _files(root):
            if exclude and _is_output(path, exclude):
                continue
            sha.update(f"{path.relative_to(root) if path != root else path.name} "
                       f"{file_digest(path)}\n".encode())
    return sha.hexdigest()


def _linked_libraries() -> list[str]:
    from briefing.weasy.loader import ldconfig_paths

    paths = ldconfig_paths()
    lines = []
    for name in LIBRARIES:
        path = paths.get(name)
        if path and os.path.exists(path):
            real = os.path.realpath(path)
            st = os.stat(real)
            lines.append(f"{name} {real} {st.st_size} {st.st_mtime_ns}")
        else:
            lines.append(f"{name} -")
    return lines


def code_digest() -> str:
    """briefing's source files, the distributions and system libraries it renders with."""
    global _code_digest
    if _code_digest is None:
        sha = hashlib.sha256(f"format {FORMAT}\n".encode())
        for path in sorted(PACKAGE.rglob("*.py")):
            sha.update(f"{path.relative_to(PACKAGE)} {file_digest(path)}\n".encode())
        for name in DISTRIBUTIONS:
            try:
                version = metadata.version(name)
            except metadata.PackageNotFoundError:
                version = "-"
            sha.update(f"{name} {version}\n".encode())
        for line in _linked_libraries():
            sha.update(f"{line}\n".encode())
        _code_digest = sha.hexdigest()
    return _code_digest


def font_files(resolved) -> list[str]:
    """The resolved font files and their siblings (other weights of the family), each
    as 'path size mtime'."""
    seen: set[Path] = set()
    for faces in resolved.values():
        for face in faces:
            folder = Path(face.path).resolve().parent
            if folder in seen:
                continue
            seen.add(folder)
    lines = []
    for folder in sorted(seen):
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in FONT_SUFFIXES and path.is_file():
                st = path.stat()
                lines.append(f"{path} {st.st_size} {st.st_mtime_ns}")
    return lines


@dataclass(frozen=True)
class Fingerprint:
    key: str  # everything the PDF depends on
    fonts: str  # what a FontConfiguration depends on (weasy.font_configuration)


FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)


def fingerprint(html: str, roots: Iterable[Path], resolved, options: object,
                created: str | None, identifier: bytes | None,
                exclude: Iterable[Path] = (), stylesheets: Iterable[str] = ()) -> Fingerprint:
    """The build's key; `exclude` names the outputs (never inputs, even when they are
    written inside a watched folder)."""
    roots = [Path(root).resolve() for root in roots]
    excluded = [Path(path).resolve() for path in exclude]
    files = tree_digest(roots, excluded)
    sha = hashlib.sha256()
    for part in (f"format {FORMAT}", code_digest(), files, *font_files(resolved),
                 repr(options), f"created {created}", f"id {identifier!r}", *stylesheets):
        sha.update(part.encode() + b"\n")
    sha.update(html.encode())
    # Fonts: every @font-face rule, and every font file WeasyPrint may read.
    fonts = hashlib.sha256()
    for rule in sorted(FONT_FACE.findall("\n".join([html, *stylesheets]))):
        fonts.update(rule.encode() + b"\n")
    for root in roots:
        for path in _files(root):
            if path.suffix.lower() in FONT_SUFFIXES:
                fonts.update(f"{path} {file_digest(path)}\n".encode())
    return Fingerprint(key=sha.hexdigest(), fonts=fonts.hexdigest())


# ------------------------------------------------------------------ determinism


def document_id(folder: Path) -> bytes:
    """The PDF's permanent identifier: the same for every revision of a briefing."""
    name = Path(folder).resolve().name
    return hashlib.sha256(f"briefing:{name}".encode()).hexdigest()[:32].encode()


def _source_date_epoch() -> str | None:
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d+", value.strip()):
        raise InputError(f"SOURCE_DATE_EPOCH={value!r} is not a number of seconds",
                         fix="set it to seconds since 1970-01-01 UTC, e.g. "
                             "$(git log -1 --format=%ct), or unset it")
    moment = dt.datetime.fromtimestamp(int(value), dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _git_date(folder: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", "."], cwd=folder,
            capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    stamp = result.stdout.decode().strip()
    if result.returncode != 0 or not stamp.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(stamp), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def document_date(briefing) -> str | None:
    """The PDF's creation/modification date (W3C format), from the inputs only: the
    front matter's `date`, else SOURCE_DATE_EPOCH, else the last git commit touching
    the briefing folder, else None (the PDF then carries no date)."""
    if briefing.meta.date is not None:
        return briefing.meta.date.isoformat()
    return _source_date_epoch() or _git_date(Path(briefing.folder))


# ------------------------------------------------------------------ build records


def cache_folder() -> Path:
    return cache_dir() / "builds"


def _record_path(output: Path) -> Path:
    name = hashlib.sha256(str(Path(output).resolve()).encode()).hexdigest()[:32]
    return cache_folder() / f"{name}.json"


def up_to_date(output: Path, key: str) -> dict | None:
    """The record of the last build of `output` if it had this key and the PDF on disk
    is still the one it wrote; else None."""
    record = read_json(_record_path(output))
    if not isinstance(record, dict) or record.get("format") != FORMAT or record.get("key") != key:
        return None
    try:
        if file_digest(Path(output)) != record.get("pdf"):
            return None
    except OSError:
        return None
    return record


def remember(output: Path, key: str, pages: int) -> None:
    """Record a finished build (written atomically; a failure to record is harmless)."""
    path = _record_path(output)
    write_json(path, {"format": FORMAT, "key": key, "output": str(Path(output).resolve()),
                      "pdf": file_digest(Path(output)), "pages": pages})


def forget(output: Path) -> None:
    _record_path(output).unlink(missing_ok=True)
