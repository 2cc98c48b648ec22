"""Where briefing's own files are: the stock templates, the label catalogs and the default
font configuration ship inside the package (package data, so a wheel carries them) and are
found with importlib.resources; every other module asks here, never builds a path itself.

The folders are real directories on disk for an ordinary install (a wheel unpacked into
site-packages, an editable install, a source checkout), and `files()` then returns them as
paths. Jinja, WeasyPrint and fontconfig need paths, so a package imported from a zip file
has its files extracted once (`as_file`) and kept for the life of the process.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import metadata
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "briefing"
DISTRIBUTION = "briefing"
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def _on_disk(resource: Traversable) -> Path:
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))  # pragma: no cover (zip imports)


def package_path(*parts: str) -> Path:
    """A file or folder inside the installed package, as a path on disk."""
    resource = files(PACKAGE)
    for part in parts:
        resource = resource.joinpath(part)
    return _on_disk(resource)


TEMPLATES_DIR = package_path("templates")  # the stock templates (reprint, jianbao, handout)
LOCALE_DIR = package_path("locale")  # the labels' catalogs: LOCALE/<locale>/LC_MESSAGES
DEFAULT_FONT_CONFIG = package_path("fonts", "fonts.yaml")  # used when the user has none
# The user's own fonts folder: fonts/ in the current folder (font files, and a fonts.yaml
# that replaces the default); `--fonts DIR` names another.
USER_FONTS_DIR = Path("fonts")


def version() -> str:
    """The installed distribution's version: pyproject.toml's `version` is the one source."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a source tree put on sys.path, never installed
        return "0+unknown"
