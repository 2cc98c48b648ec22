"""What changed between two versions of a briefing: for `briefing diff` and change marks.

Both versions are loaded into the model and flattened into units in reading order —
headings, paragraphs (quotes' too), photos with their captions, content tables and
key-figure tables — which are aligned with difflib (Ratcliff/Obershelp on the units'
kind and text). Units that the alignment puts in place of each other, of the same
kind, count as *changed*; the rest as *added* or *removed*. Tables are compared cell
by cell (rows aligned the same way), key-figure rows by their label.

`marks(changes)` gives the keys the templates test (`changed` in _macros.html.j2):
a block's id for a changed heading, paragraph or caption; "TABLE/ROW" and
"TABLE/ROW/COLUMN" for table rows and cells ("TABLE/h/COLUMN" for a header cell),
"figures-GROUP/ROW" and "figures-GROUP/ROW/FIELD" for key-figure tables. Removed
units leave no mark in the new version, but `briefing diff` lists them.

The earlier version comes from a folder, or from git: `old_version(folder, REV)`
reads article.md, figures.yaml and the images the article shows with `git show`
into a temporary folder.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Briefing, EditorNote, Figure, Paragraph, Quote, Sidebar, Table

KEY_FIELDS = ("label", "value", "unit", "change", "rank")


@dataclass(frozen=True)
class Unit:
    kind: str  # heading | paragraph | figure | table | footnote | key-figures
    id: str  # the block's id in its own version
    text: str  # what is compared
    line: int
    cells: tuple[tuple[str, ...], ...] = ()  # tables: header row first; key figures: rows

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.text)


@dataclass
class Change:
    kind: str
    action: str  # added | removed | changed
    old: Unit | None
    new: Unit | None
    cells: list[str] = field(default_factory=list)  # changed cell keys (new version)

    def describe(self) -> str:
        unit = self.new or self.old
        where = f"line {unit.line}" if unit.line else unit.id
        if self.kind == "front matter":
            return f"{self.kind} {self.action} ({where}): {self.old.text} → {self.new.text}"
        if self.action == "changed" and self.kind in ("paragraph", "heading", "figure",
                                                      "footnote"):
            return f"{self.kind} {self.action} ({where}): {delta(self.old.text, self.new.text)}"
        if self.kind in ("table", "key-figures") and self.action == "changed":
            return f"{self.kind} {self.action} ({where}): {len(self.cells)} cell(s) — " \
                   f"{_excerpt(unit.text)}"
        return f"{self.kind} {self.action} ({where}): {_excerpt(unit.text)}"


def delta(old: str, new: str, context: int = 8, limit: int = 3) -> str:
    """The edits from `old` to `new` in place: …context[old→new]context…"""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    edits = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    parts = []
    for _, i1, i2, j1, j2 in edits[:limit]:
        before = old[max(0, i1 - context):i1].replace("\n", " ")
        after = old[i2:i2 + context].replace("\n", " ")
        parts.append(f"…{before}[{old[i1:i2]}→{new[j1:j2]}]{after}…")
    if len(edits) > limit:
        parts.append(f"(+{len(edits) - limit} more)")
    return " ".join(parts)


def _excerpt(text: str, width: int = 36) -> str:
    text = " ".join(text.split())
    return f"「{text[:width]}…」" if len(text) > width else f"「{text}」"


# ------------------------------------------------------------------ flattening


def _table_unit(block: Table) -> Unit:
    header = tuple(cell.plain for cell in block.header)
    rows = tuple(tuple(cell.plain for cell in row) for row in block.rows)
    caption = block.caption.plain if block.caption else ""
    text = "\n".join([caption, "|".join(header), *("|".join(row) for row in rows)])
    return Unit("table", block.id, text, block.line, (header, *rows))


def _block_units(blocks) -> Iterator[Unit]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield Unit("paragraph", block.id, block.text.plain, block.line)
        elif isinstance(block, Quote | EditorNote | Sidebar):
            for paragraph in block.blocks:
                yield Unit("paragraph", paragraph.id, paragraph.text.plain, paragraph.line)
        elif isinstance(block, Figure):
            text = block.caption.plain + (f"\n[{block.image}]" if block.image else "")
            yield Unit("figure", block.id, text, block.line)
        elif isinstance(block, Table):
            yield _table_unit(block)


def units(briefing: Briefing) -> list[Unit]:
    """Every comparable unit of a briefing, in reading order."""
    found = list(_block_units(briefing.lead))
    for section in briefing.walk_sections():
        title = (section.number + " " if section.number else "") + section.title.plain
        found.append(Unit("heading", section.id, title, section.line))
        found += _block_units(section.blocks)
    for note in briefing.footnotes:
        found.append(Unit("footnote", note.id, note.text.plain, note.line))
    for group in briefing.figures:
        rows = tuple(tuple(_row_field(row, name) for name in KEY_FIELDS) for row in group.rows)
        text = "\n".join([group.title, *("|".join(row) for row in rows)])
        found.append(Unit("key-figures", f"figures-{group.id}", text, group.line, rows))
    return found


def _row_field(row, name: str) -> str:
    value = getattr(row, name)
    return "" if value is None else str(value)


# ------------------------------------------------------------------ comparing


def _pairs(old: list, new: list, key=lambda item: item, kind=lambda item: None):
    """Align two sequences: (old index | None, new index | None) in order. Within a
    replaced run, each new item is paired with the next old item of its kind."""
    matcher = difflib.SequenceMatcher(None, [key(o) for o in old], [key(n) for n in new],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            yield from zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        olds, next_old = list(range(i1, i2)), 0
        for j in range(j1, j2):
            for k in range(next_old, len(olds)):
                if kind(old[olds[k]]) == kind(new[j]):
                    for skipped in olds[next_old:k]:
                        yield skipped, None
                    yield olds[k], j
                    next_old = k + 1
                    break
            else:
                yield None, j
        for rest in olds[next_old:]:
            yield rest, None


def _table_cells(old: Unit | None, new: Unit) -> list[str]:
    """Keys of the new table's cells that differ from the old table's."""
    keys: list[str] = []
    old_header, *old_rows = old.cells if old else ((),)
    header, *rows = new.cells
    for column, text in enumerate(header):
        if old is None or column >= len(old_header) or old_header[column] != text:
            keys.append(f"{new.id}/h/{column}")
    for i, j in _pairs(old_rows, rows, key="|".join):
        if j is None:
            continue
        before = old_rows[i] if i is not None else ()
        for column, text in enumerate(rows[j]):
            if column >= len(before) or before[column] != text:
                keys.append(f"{new.id}/{j}/{column}")
    return keys


def _key_figure_cells(old: Unit | None, new: Unit) -> list[str]:
    keys: list[str] = []
    before = {row[0]: row for row in (old.cells if old else ())}
    for index, row in enumerate(new.cells):
        previous = before.get(row[0])
        for name, text in zip(KEY_FIELDS, row, strict=True):
            if previous is None or previous[KEY_FIELDS.index(name)] != text:
                keys.append(f"{new.id}/{index}/{name}")
    return keys


def meta_changes(old: Briefing, new: Briefing) -> list[Change]:
    """Front-matter fields that differ (title, date, template, options, the masthead…)."""
    before = old.meta.model_dump(mode="json", exclude_defaults=False)
    after = new.meta.model_dump(mode="json", exclude_defaults=False)
    changes = []
    for key in after:
        if before.get(key) != after[key]:
            line = new.meta_lines.get(key, 0)
            changes.append(Change(
                "front matter", "changed",
                Unit("front matter", f"meta/{key}", f"{key}: {_shown(before.get(key))}",
                     old.meta_lines.get(key, 0)),
                Unit("front matter", f"meta/{key}", f"{key}: {_shown(after[key])}", line)))
    return changes


def _shown(value) -> str:
    return "—" if value in (None, [], {}) else str(value)


def compare(old: Briefing, new: Briefing) -> list[Change]:
    """The changes from `old` to `new`: the front matter's, then the body's in the new
    version's reading order."""
    old_units, new_units = units(old), units(new)
    changes: list[Change] = meta_changes(old, new)
    for i, j in _pairs(old_units, new_units, key=lambda unit: unit.key,
                      kind=lambda unit: unit.kind):
        before = old_units[i] if i is not None else None
        after = new_units[j] if j is not None else None
        if before is not None and after is not None and before.kind != after.kind:
            changes.append(Change(before.kind, "removed", before, None))
            before = None
        if after is None:
            changes.append(Change(before.kind, "removed", before, None))
            continue
        if before is not None and before.text == after.text:
            continue
        action = "added" if before is None else "changed"
        change = Change(after.kind, action, before, after)
        if after.kind == "table":
            change.cells = _table_cells(before, after)
        elif after.kind == "key-figures":
            change.cells = _key_figure_cells(before, after)
        changes.append(change)
    return changes


def marks(changes: list[Change]) -> frozenset[str]:
    """The keys the templates mark as changed (see the module's docstring)."""
    keys: set[str] = set()
    for change in changes:
        if change.new is None or change.kind == "front matter":
            continue  # the margin bar marks body text; the title block is not marked
        if change.kind in ("table", "key-figures"):
            keys.update(change.cells)
            keys.update(cell.rsplit("/", 1)[0] for cell in change.cells)  # their rows
            if change.action == "added" or (change.old and change.old.text.split("\n")[0]
                                              != change.new.text.split("\n")[0]):
                keys.add(f"{change.new.id}/caption")
        else:
            keys.add(change.new.id)
    return frozenset(keys)


def summary(changes: list[Change]) -> str:
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.action] = counts.get(change.action, 0) + 1
    if not counts:
        return "no changes"
    return ", ".join(f"{counts[action]} {action}" for action in ("changed", "added", "removed")
                     if action in counts)


# ------------------------------------------------------------------ the earlier version


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=30)
    except FileNotFoundError:
        raise InputError("git is not installed, so --changes-since cannot read a revision",
                         fix="install git, or give an earlier copy of the folder") from None


@contextmanager
def old_version(folder: Path, since: str | Path) -> Iterator[Path]:
    """A folder holding the briefing as it was: `since` itself when it is a folder, else
    the files at git revision `since` (article.md, figures.yaml and images)."""
    folder = Path(folder).resolve()
    if Path(since).is_dir():
        yield Path(since)
        return
    revision = str(since)
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise InputError(f"{folder} is not in a git repository, and '{revision}' is not a "
                         "folder", fix="give --changes-since an earlier copy of the folder")
    root = Path(top.stdout.decode().strip())
    prefix = folder.relative_to(root.resolve()).as_posix()
    if _git(folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode:
        raise InputError(f"'{revision}' is neither a folder nor a git revision",
                         fix="use e.g. HEAD~1, a tag, a commit, or an earlier folder")
    listing = _git(folder, "ls-tree", "-r", "--full-name", "--name-only", revision, "--", ".")
    names = [n for n in listing.stdout.decode().splitlines() if n]
    if f"{prefix}/article.md" not in names:
        raise InputError(f"the briefing has no article.md at revision '{revision}'",
                         file=folder / "article.md",
                         fix="choose a revision in which the briefing existed")
    temporary = Path(tempfile.mkdtemp(prefix="briefing-old-"))
    try:
        target = temporary / folder.name
        for name in names:
            shown = _git(folder, "show", f"{revision}:{name}")
            if shown.returncode != 0:
                continue
            path = target / Path(name).relative_to(prefix)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(shown.stdout)
        yield target
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def load_old(folder: Path, since: str | Path) -> Briefing:
    """The briefing at `since` (a folder or a git revision), loaded into the model."""
    from briefing.loader import load_briefing

    with old_version(folder, since) as old_folder:
        try:
            return load_briefing(old_folder)
        except InputError as error:
            raise InputError(
                f"the earlier version ({since}) does not load: "
                + "; ".join(p.message for p in error.problems),
                fix="compare with a revision or folder that builds") from None


def changes_since(briefing: Briefing, since: str | Path) -> list[Change]:
    return compare(load_old(briefing.folder, since), briefing)
