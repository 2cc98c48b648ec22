"""`briefing figures`: list the key-figure groups of figures.yaml and accept or reject the
ones the importer proposed; `briefing tables`: the same for the tables article.md holds
for review (see "held tables" below).

The file is the editor's: its comments, key order and quoting must survive a review. So
an accept or a reject is a line edit on the YAML text at the group's node (PyYAML's node
marks say where): accept replaces the value of `status:` (proposed → accepted), reject
removes the group's lines, leaving the comments between groups in place. The edited text
is loaded like any figures.yaml before it replaces the file (temp file + rename), so a
review never leaves a half-written or invalid file behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing.errors import InputError
from briefing.loader import FIGURES, load_briefing, load_figures, yaml_node
from briefing.model import Briefing, FigureGroup

ACTIONS = ("accept", "reject")


@dataclass(frozen=True)
class GroupNode:
    """Where a group stands in figures.yaml's text (0-based lines and offsets)."""

    id: str
    first_line: int
    last_line: int  # its last line of content (comments after it stay)
    status: yaml.ScalarNode | None  # the value node of `status:`, if any


def group_nodes(text: str, file: Path) -> list[GroupNode]:
    node = yaml_node(text, file)
    if not isinstance(node, yaml.MappingNode):
        return []
    lines = text.split("\n")
    found = []
    for key, value in node.value:
        if key.value != "groups" or not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            fields = {k.value: v for k, v in item.value}
            group_id = getattr(fields.get("id"), "value", "")
            status = fields.get("status")
            end = item.end_mark
            # The mark is where the next token starts: the line before it, unless some of
            # this group stands on that line before the mark.
            last = end.line if end.line < len(lines) and lines[end.line][:end.column].strip() \
                else end.line - 1
            while last > item.start_mark.line and _is_blank_or_comment(lines[last]):
                last -= 1
            found.append(GroupNode(group_id, item.start_mark.line, last,
                                   status if isinstance(status, yaml.ScalarNode) else None))
    return found


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def all_groups(briefing: Briefing) -> list[FigureGroup]:
    """Every group of figures.yaml in file order, proposed ones too."""
    return sorted(briefing.figures + briefing.proposed_figures, key=lambda g: g.line)


def review(folder: Path, action: str, ids: list[str]) -> list[FigureGroup]:
    """Accept or reject the groups `ids` (none: every proposed group); the groups changed.

    Raises InputError (exit 2), leaving the file as it was, for an unknown group id or a
    group that is not proposed, naming the ids there are."""
    folder = Path(folder)
    briefing = load_briefing(folder)
    file = folder / FIGURES
    groups = all_groups(briefing)
    by_id = {group.id: group for group in groups}
    proposed = [group.id for group in briefing.proposed_figures]
    if not ids:
        ids = proposed
        if not ids:
            raise InputError("figures.yaml proposes no key-figure group", file=file,
                             fix="nothing to review; `briefing figures "
                                 f"{folder}` lists the groups")
    unknown = [group_id for group_id in ids if group_id not in by_id]
    if unknown:
        raise InputError(
            f"no key-figure group {', '.join(repr(i) for i in unknown)} in figures.yaml",
            file=file, fix=f"give a group id: {', '.join(by_id) or 'there are none'}"
                           f" (proposed: {', '.join(proposed) or 'none'})")
    if action == "accept":
        reviewed = [group_id for group_id in ids if by_id[group_id].status != "proposed"]
        if reviewed:
            raise InputError(
                f"group {', '.join(repr(i) for i in reviewed)} is already accepted",
                file=file, line=by_id[reviewed[0]].line,
                fix=f"accept a proposed group: {', '.join(proposed) or 'there are none'}")
    text = file.read_text("utf-8")
    edited = edit_text(text, file, action, set(ids))
    _check_and_replace(folder, file, edited)
    return [by_id[group_id] for group_id in ids]


def edit_text(text: str, file: Path, action: str, ids: set[str]) -> str:
    """figures.yaml's text with the groups `ids` accepted or removed, nothing else changed."""
    if action not in ACTIONS:
        raise InputError(f"unknown action '{action}'", fix="use accept or reject")
    nodes = [node for node in group_nodes(text, file) if node.id in ids]
    lines = text.split("\n")
    # From the end, so earlier offsets stay right.
    for node in sorted(nodes, key=lambda n: n.first_line, reverse=True):
        if action == "reject":
            if _is_flow(lines[node.first_line]):
                raise InputError(
                    f"group '{node.id}' is written in flow style ({{…}})", file=file,
                    line=node.first_line + 1, fix="remove the group by hand")
            del lines[node.first_line:node.last_line + 1]
        elif node.status is not None:
            mark, end = node.status.start_mark, node.status.end_mark
            if mark.line != end.line:
                raise InputError(f"group '{node.id}': status spans several lines", file=file,
                                 line=mark.line + 1, fix="write `status: proposed` on one line")
            line = lines[mark.line]
            lines[mark.line] = line[:mark.column] + "accepted" + line[end.column:]
    return "\n".join(lines)


def _is_flow(line: str) -> bool:
    return line.lstrip().lstrip("-").lstrip().startswith("{")


def _check_and_replace(folder: Path, file: Path, text: str) -> None:
    """Write `text` as figures.yaml (temp file + rename) only if the folder loads with it."""
    briefing = load_briefing(folder)
    load_figures(folder, list(briefing.walk_blocks()), text=text)
    _replace(folder, file, text)


# ---------------------------------------------------------------- held tables

# `briefing tables`: a table the importer rebuilt on a guess stands in article.md under a
# marker line (loader.HELD_MARKER) and is printed nowhere until the editor accepts it.
# Accept deletes the marker line (the table prints as it stands, edited or not). Reject
# deletes the marker, the table's `Table:` caption and its rows: a grid the editor judged
# wrong is not printed in any form — its cells run together as text would set numbers
# apart from their heads, the very mistake holding it prevents — and the editor who wants
# it retypes it from the source (the command names the lines removed). A `::: note` under
# the table is the source's text in its right role and stays.
TABLE_ACTIONS = ACTIONS


def held_span(lines: list[str], marker: int) -> tuple[int, int]:
    """The 0-based first and last line of the held table whose marker is lines[marker]:
    the marker, an optional `Table:` caption, and the table's lines up to a blank line
    or a `:::` line (an HTML table: up to its </table>)."""
    index = marker + 1
    html = False
    while index < len(lines) and lines[index].strip():
        stripped = lines[index].strip()
        if not html and stripped.startswith(":::"):
            break  # the table's note (or another block) right under it stays
        html = html or stripped.lower().startswith("<table")
        if html and "</table" in stripped.lower():
            return marker, index
        index += 1
    return marker, index - 1


def review_tables(folder: Path, action: str, lines: list[int]) -> list:
    """Accept or reject the held tables whose markers stand at `lines` (article.md's
    1-based lines; none: every held table); the tables changed. An unknown line is an
    InputError (exit 2) naming the held tables' lines; the file is replaced only once the
    edited text loads (temp file + rename)."""
    from briefing.loader import ARTICLE

    if action not in TABLE_ACTIONS:
        raise InputError(f"unknown action '{action}'", fix="use accept or reject")
    folder = Path(folder)
    briefing = load_briefing(folder)
    file = folder / ARTICLE
    by_line = {table.held_line: table for table in briefing.held_tables}
    if not by_line:
        raise InputError("article.md holds no table for review", file=file,
                         fix=f"nothing to review; `briefing tables {folder}` lists them")
    lines = lines or sorted(by_line)
    unknown = [line for line in lines if line not in by_line]
    if unknown:
        raise InputError(
            f"no held table at line {', '.join(str(line) for line in unknown)} of article.md",
            file=file, line=unknown[0],
            fix=f"give the line of a held table's marker: {', '.join(map(str, sorted(by_line)))}")
    text = file.read_text("utf-8")
    rows = text.split("\n")
    for line in sorted(set(lines), reverse=True):  # from the end: earlier lines stay right
        first, last = held_span(rows, line - 1) if action == "reject" else (line - 1, line - 1)
        if action == "reject" and last + 1 < len(rows) and not rows[last + 1].strip() \
                and first > 0 and not rows[first - 1].strip():
            last += 1  # one of the two blank lines around the table goes with it
        del rows[first:last + 1]
    edited = "\n".join(rows)
    load_briefing(folder, article_text=edited)  # refuses (InputError) an edit that breaks it
    answered = _report_ticked(folder, text.split("\n"), sorted(by_line), set(lines))
    _replace(folder, file, edited)
    if answered is not None:
        _replace(folder, *answered)
    return [by_line[line] for line in sorted(set(lines))]


def _held_name(rows: list[str], marker: int) -> str:
    """The name the import report gives the held table under the marker at `marker`
    (0-based): its caption, else its first row's first 40 characters."""
    first = rows[marker + 1] if marker + 1 < len(rows) else ""
    caption = re.match(r"Table:\s*(.*)$", first)
    return caption[1].strip() if caption else first[:40]


def _report_ticked(folder: Path, rows: list[str], markers: list[int],
                   answered: set[int]) -> tuple[Path, str] | None:
    """import-report.md and its text with the `- [ ] … table-held` spots of the tables at `answered`
    (marker lines) ticked `- [x]`: accepted or rejected, the question is answered. A
    spot is its table's by name (caption or first row): the n-th table still held of a
    name is the n-th open spot of that name (an answered table's spot is ticked, its
    marker gone). None: no report, or nothing in it to tick."""
    # (Imported here: the importer takes a second to import, the CLI's review none.)
    from briefing.importer.heldtables import HELD_KIND
    from briefing.importer.pipeline import REPORT

    # A held table's spot (briefing/importer/records.py writes it).
    open_item = re.compile(r"^\s*[-*] \[ \] line \d+ · " + re.escape(HELD_KIND)
                           + r": 「(?P<name>.*?)」")
    report = folder / REPORT
    if not report.is_file():
        return None
    lines = report.read_text("utf-8").split("\n")
    spots: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if item := open_item.match(line):
            spots.setdefault(item["name"].replace("\\|", "|"), []).append(index)
    ticked = False
    for marker in markers:  # in article order, as the report lists them
        queue = spots.get(_held_name(rows, marker - 1))
        if not queue:
            continue
        index = queue.pop(0)
        if marker in answered:
            lines[index] = lines[index].replace("[ ]", "[x]", 1)
            ticked = True
    return (report, "\n".join(lines)) if ticked else None


def _replace(folder: Path, file: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{file.stem}.", suffix=f"{file.suffix}.tmp",
                                         dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, os.stat(file).st_mode & 0o777)
        os.replace(temporary, file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def review_items(folder: Path, action: str, given: list[str]) -> list:
    """`briefing review accept|reject`: key-figure groups (ids) and held tables (marker
    lines, digits) in one; none given to accept is everything held. Every item is checked
    before either file is written: no half-done review. The groups and tables changed."""
    briefing = load_briefing(folder)
    lines = [int(word) for word in given if word.isdigit()]
    groups = [word for word in given if not word.isdigit()]
    if not given:  # accept all: whatever is held of each kind
        groups = [group.id for group in briefing.proposed_figures]
        lines = [table.held_line for table in briefing.held_tables]
        if not groups and not lines:
            raise InputError("nothing is held for review", file=folder,
                             fix=f"`briefing review {folder}` lists what is held")
    held = {table.held_line for table in briefing.held_tables}
    proposed = {group.id for group in briefing.proposed_figures}
    if unknown := [str(line) for line in lines if line not in held]:
        raise InputError(
            f"no held table at line {', '.join(unknown)} of article.md", file=folder,
            fix=f"held tables' marker lines: {', '.join(map(str, sorted(held))) or 'none'}")
    known = proposed if action == "accept" else proposed | {g.id for g in briefing.figures}
    if unknown := [group for group in groups if group not in known]:
        raise InputError(
            f"no proposed key-figure group {', '.join(unknown)}", file=folder,
            fix=f"proposed groups: {', '.join(sorted(proposed)) or 'none'}")
    return (review_tables(folder, action, lines) if lines else []) + \
        (review(folder, action, groups) if groups else [])
