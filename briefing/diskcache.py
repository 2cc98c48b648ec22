"""briefing's caches on disk, in the platform's cache folder (platformdirs: on Linux
$XDG_CACHE_HOME/briefing, else ~/.cache/briefing; ~/Library/Caches/briefing on macOS;
%LOCALAPPDATA%\\briefing\\Cache on Windows): font coverage and widths,
drawn charts, build records, compiled templates. Each entry is keyed by everything it
depends on (its module says what); here is where they live and how one is written —
atomically, and never failing a build: a read-only home only costs the time a cache
would save."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

import platformdirs

LOGGER = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Asked each time, not at import: tests point XDG_CACHE_HOME elsewhere."""
    return platformdirs.user_cache_path("briefing", appauthor=False)


def read_json(path: Path) -> object | None:
    """The JSON value stored at `path`; None when it is absent or unreadable."""
    try:
        return json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, value: object) -> bool:
    """Store `value` at `path` as JSON, as write_bytes stores bytes."""
    return write_bytes(path, json.dumps(value, ensure_ascii=False,
                                        separators=(",", ":")).encode("utf-8"))


def write_bytes(path: Path, data: bytes) -> bool:
    """Store `data` at `path` (a temporary file renamed into place). False, logged,
    when it cannot be written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.",
                                             suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        LOGGER.debug("cannot write the cache entry %s: %s", path, exc)
        return False
    return True


_template_caches: dict[str, object] = {}


def template_cache(env):
    """A Jinja bytecode cache on disk ($XDG_CACHE_HOME/briefing/jinja/), so compiled
    templates survive between processes. Jinja checks each template's source checksum;
    the folder is named after everything else compiled code depends on (Jinja's and
    Python's versions, the environment's syntax options and extensions)."""
    import jinja2
    from jinja2 import FileSystemBytecodeCache

    settings = repr((jinja2.__version__, sys.version, env.block_start_string,
                     env.block_end_string, env.variable_start_string, env.variable_end_string,
                     env.comment_start_string, env.comment_end_string, env.line_statement_prefix,
                     env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
                     env.newline_sequence, env.keep_trailing_newline, env.optimized,
                     sorted(env.extensions), bool(env.autoescape), env.undefined.__name__))
    key = hashlib.sha256(settings.encode()).hexdigest()[:16]
    cache = _template_caches.get(key)
    if cache is None:
        folder = cache_dir() / "jinja" / key
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        cache = _template_caches[key] = FileSystemBytecodeCache(str(folder))
    return cache
