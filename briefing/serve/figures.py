"""Proposed key-figure groups in the workspace: listed from the loaded briefing
(`Briefing.proposed_figures`) and reviewed by `briefing.review` — the code behind
`briefing figures accept|reject`, which line-edits figures.yaml, checks the result by
loading it and replaces the file atomically."""

from __future__ import annotations

from pathlib import Path

from briefing import review as figure_review
from briefing.loader import load_briefing
from briefing.model import Briefing, FigureGroup


def proposals(folder: Path) -> list[FigureGroup]:
    """The groups figures.yaml marks `status: proposed`, in file order (BriefingError
    when the folder does not load)."""
    return proposals_of(load_briefing(Path(folder)))


def proposals_of(briefing: Briefing) -> list[FigureGroup]:
    return sorted(briefing.proposed_figures, key=lambda group: group.line)


def review(folder: Path, action: str, group_id: str) -> None:
    """Accept or reject one proposed group (InputError, file unchanged, when it is not
    one)."""
    figure_review.review(Path(folder), action, [group_id])
