"""briefing's caches on disk, in $XDG_CACHE_HOME/briefing: font coverage and widths,
drawn charts, build records. Each entry is keyed by everything it depends on (its
module says what); here is where they live and how one is written — atomically, and
never failing a build: a read-only home only costs the time a cache would save."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

LOGGER = logging.getLogger(__name__)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefing"


def read_json(path: Path) -> object | None:
    """The JSON value stored at `path`; None when it is absent or unreadable."""
    try:
        return json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, value: object) -> bool:
    """Store `value` at `path` (a temporary file renamed into place). False, logged,
    when it cannot be written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.",
                                             suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        LOGGER.debug("cannot write the cache entry %s: %s", path, exc)
        return False
    return True
