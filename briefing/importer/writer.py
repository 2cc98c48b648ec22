"""Write a briefing folder atomically: all files or none.

The files go into a temporary folder next to the destination (same file system, so the
final rename is atomic); only a complete folder is renamed into place. Replacing an
existing folder moves it aside first and deletes it only once the new one stands; files
in it that the import does not write (the editor's notes, photos) are carried over.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from briefing.errors import InputError

EXISTS_FIX = "pass --slug or --force"


def kept_files(destination: Path, files: dict[str, str]) -> list[Path]:
    """What an overwrite carries over: every file of the old folder the import does not
    write, relative to it (empty when there is no folder yet)."""
    if not destination.is_dir():
        return []
    return sorted(path.relative_to(destination) for path in destination.rglob("*")
                  if path.is_file() and str(path.relative_to(destination)) not in files)


def write_folder(destination: Path, files: dict[str, str], overwrite: bool = False) -> Path:
    """Write `files` (name → UTF-8 text) as the folder `destination`; with `overwrite`,
    the old folder's other files (kept_files) stay."""
    if destination.exists() and not overwrite:
        raise InputError("a briefing folder of this name already exists", file=destination,
                         fix=EXISTS_FIX)
    if destination.exists() and not destination.is_dir():
        raise InputError("this path is a file, not a briefing folder", file=destination,
                         fix="pass another --slug, or move the file away")
    parent = destination.parent
    if parent.exists() and not parent.is_dir():
        raise InputError("the data folder is a file", file=parent,
                         fix="pass --data-dir naming a folder (it is made if missing)")
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".tmp", dir=parent))
    try:
        for relative in kept_files(destination, files) if overwrite else []:
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(destination / relative, staging / relative)
        for name, text in files.items():
            with open(staging / name, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(staging, 0o755)  # mkdtemp makes it 0700; the folder is the user's
        _move_into_place(staging, destination, overwrite)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return destination


def _move_into_place(staging: Path, destination: Path, overwrite: bool) -> None:
    if not destination.exists():
        try:
            os.rename(staging, destination)
        except OSError:  # made by someone else meanwhile
            if destination.exists() and not overwrite:
                raise InputError("a briefing folder of this name already exists",
                                 file=destination, fix=EXISTS_FIX) from None
            raise
        return
    backup = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".old",
                                   dir=destination.parent))
    backup.rmdir()  # only the unique name is wanted
    os.rename(destination, backup)
    try:
        os.rename(staging, destination)
    except BaseException:
        os.rename(backup, destination)  # put the old folder back
        raise
    shutil.rmtree(backup, ignore_errors=True)
