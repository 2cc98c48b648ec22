"""Proposed key-figure groups: list, accept, reject.

The review of proposals is `briefing.review` (`briefing figures accept|reject`), which
line-edits figures.yaml and checks the result by loading it before an atomic rename; the
workspace calls it. Until that module is in this tree, the fallback below does the same
edits on the YAML text — accept removes the group's `status: proposed` line (a group
without `status` is an accepted one), reject removes the group's lines — and writes the
file atomically; it reads figures.yaml with PyYAML's node marks for the lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefing.errors import InputError
from briefing.loader import FIGURES, yaml_node
from briefing.serve.workspace import atomic_write

try:  # the `briefing figures` command's module (issue: key-figure proposals)
    from briefing import review as _review
except ImportError:  # pragma: no cover - depends on the tree
    _review = None


@dataclass
class Proposal:
    id: str
    title: str
    line: int  # of the group in figures.yaml
    rows: list[dict] = field(default_factory=list)  # label, value, unit, source


def proposals(folder: Path) -> list[Proposal]:
    """The groups figures.yaml marks `status: proposed`, in file order."""
    file = Path(folder) / FIGURES
    if not file.is_file():
        return []
    text = file.read_text("utf-8")
    node = yaml_node(text, file)
    data = yaml.safe_load(text) if node is not None else None
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        return []
    found = []
    for group, item in zip(data["groups"], _group_nodes(node), strict=False):
        if isinstance(group, dict) and group.get("status") == "proposed":
            rows = [row for row in group.get("rows") or [] if isinstance(row, dict)]
            found.append(Proposal(str(group.get("id", "")), str(group.get("title", "")),
                                  item.start_mark.line + 1, rows))
    return found


def _group_nodes(node) -> list[yaml.MappingNode]:
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "groups" and isinstance(value, yaml.SequenceNode):
            return list(value.value)
    return []


def review(folder: Path, action: str, group_id: str) -> None:
    """Accept or reject one proposed group."""
    if action not in ("accept", "reject"):
        raise InputError(f"unknown action '{action}'", fix="use accept or reject")
    if _review is not None:
        _review.review(Path(folder), action, [group_id])
        return
    file = Path(folder) / FIGURES
    if group_id not in {proposal.id for proposal in proposals(folder)}:
        raise InputError(f"no proposed key-figure group '{group_id}' in figures.yaml",
                         file=file, fix="reload the page: the list has changed")
    text = file.read_text("utf-8")
    lines = text.split("\n")
    for item in _group_nodes(yaml_node(text, file)):
        fields = {k.value: v for k, v in item.value}
        if getattr(fields.get("id"), "value", None) != group_id:
            continue
        if action == "accept":
            status = next(k for k in fields if k == "status")
            key_node = next(k for k, _ in item.value if k.value == status)
            row = key_node.start_mark.line
            if lines[row].lstrip().startswith("- "):  # `- status: proposed` opens the group
                rest = lines[row + 1] if row + 1 < len(lines) else ""
                lines[row + 1] = lines[row][:key_node.start_mark.column - 2] + "- " + \
                    rest.lstrip()
            del lines[row]
        else:
            end = item.end_mark
            last = end.line if end.line < len(lines) and lines[end.line][:end.column].strip() \
                else end.line - 1
            while last > item.start_mark.line and (not lines[last].strip()
                                                   or lines[last].strip().startswith("#")):
                last -= 1
            del lines[item.start_mark.line:last + 1]
        break
    atomic_write(file, "\n".join(lines))
