"""`briefing figures`: list the key-figure groups of figures.yaml and accept or reject the
ones the importer proposed.

The file is the editor's: its comments, key order and quoting must survive a review. So
an accept or a reject is a line edit on the YAML text at the group's node (PyYAML's node
marks say where): accept replaces the value of `status:` (proposed → accepted), reject
removes the group's lines, leaving the comments between groups in place. The edited text
is loaded like any figures.yaml before it replaces the file (temp file + rename), so a
review never leaves a half-written or invalid file behind.
"""

from __future__ import annotations

import os
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
    handle, temporary = tempfile.mkstemp(prefix=".figures.", suffix=".yaml.tmp", dir=folder)
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
