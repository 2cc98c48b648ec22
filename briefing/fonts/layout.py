"""The glyph check on the laid-out document: what the templates set, in the role's fonts.

`check_coverage` checks the text of the model before rendering, by the role the
templates' convention gives it. The templates set more than the model's text: CSS
generated content (`.byline::before { content: "◆ " }`, `▲` before a caption, `——`
before a subtitle, page numbers in the margins, leaders) and labels. A character of
those that the role's fonts lack is drawn by fontconfig's fallback from some other
installed font (DejaVu Sans, or a face of another role), silently. So once WeasyPrint
has laid the document out, every text box is checked against the fonts of the role its
CSS font stack is (`--font-ROLE`, templates/_fonts.css.j2): a character that none of
them has — or text set in a stack that is no role's — fails the build before anything is
written, naming the character, the role and the template line that sets it.

`LayoutCheck` holds only paths and names, so it travels to the export worker with the
job (briefing/export_worker.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import Problem
from briefing.fonts.config import EMOJI, EMOJI_CSS
from briefing.fonts.coverage import (
    Coverage,
    describe_char,
    is_exempt,
    role_coverage,
)
from briefing.fonts.faces import ResolvedFont

TEMPLATE_SUFFIXES = (".css", ".j2", ".html")


@dataclass(frozen=True)
class LayoutCheck:
    """Each role's CSS font stack and faces, and the files a template's text comes from
    (searched in order to say where a character is set)."""

    stacks: tuple[tuple[str, tuple[str, ...]], ...]  # (role, families as CSS names them)
    faces: tuple[tuple[str, tuple[ResolvedFont, ...]], ...]  # (role, its faces in order)
    sources: tuple[str, ...] = ()

    @classmethod
    def for_build(cls, resolved: dict[str, list[ResolvedFont]],
                  sources: Iterable[Path] = ()) -> LayoutCheck:
        return cls(
            stacks=tuple((role, tuple(EMOJI_CSS if face.family == EMOJI else face.family
                                      for face in faces))
                         for role, faces in resolved.items()),
            faces=tuple((role, tuple(faces)) for role, faces in resolved.items()),
            sources=tuple(str(path) for path in sources))

    def __call__(self, document) -> list[Problem]:
        """Problems for a WeasyPrint Document (after layout); [] when all is set right."""
        return self.problems(text_boxes(document))

    def problems(self, boxes: Iterable[tuple[int, tuple[str, ...], str]]) -> list[Problem]:
        """`boxes`: (page number, CSS font stack, text) of every text box."""
        roles_of: dict[tuple[str, ...], list[str]] = {}
        for role, families in self.stacks:
            roles_of.setdefault(_key(families), []).append(role)
        faces = dict(self.faces)
        coverages: dict[tuple[str, ...], list[Coverage]] = {}
        checked: dict[tuple[str, ...], set[str]] = {}
        misses: dict[tuple[tuple[str, ...], str], tuple[int, tuple[str, ...]]] = {}
        for page, stack, text in boxes:
            key = _key(stack)
            seen = checked.setdefault(key, set())
            if key not in coverages:
                roles = roles_of.get(key, [])
                coverages[key] = [role_coverage(face)
                                  for face in faces[roles[0]]] if roles else []
            for char in text:
                if char in seen:
                    continue
                seen.add(char)
                if is_exempt(char) or any(ord(char) in cov for cov in coverages[key]):
                    continue
                misses.setdefault((key, char), (page, stack))
        return [self._problem(char, page, stack, roles_of.get(key, []))
                for (key, char), (page, stack) in misses.items()]

    def _problem(self, char: str, page: int, stack: tuple[str, ...],
                 roles: list[str]) -> Problem:
        file, line = self.where(char)
        at = f"set here, laid out on page {page}" if file else f"laid out on page {page}"
        fonts = ", ".join(stack)
        if roles:
            message = (f"{describe_char(char)} is in no font of role {', '.join(roles)} "
                       f"({fonts}); {at}")
            fix = (f"name a family that has it in the role, e.g. '{roles[0]}: [{stack[0]}, "
                   "Noto Sans CJK SC]' in fonts/fonts.yaml, or change the template")
        else:
            message = (f"{describe_char(char)} is set in the fonts {fonts}, which are no "
                       f"role's (fonts/fonts.yaml); {at}")
            fix = "set it in a role's fonts in the template: font-family: var(--font-body)"
        return Problem(message, file=file, line=line, fix=fix)

    def where(self, char: str) -> tuple[str | None, int | None]:
        """The first source file and line holding the character."""
        for source in self.sources:
            try:
                text = Path(source).read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            position = text.find(char)
            if position != -1:
                return source, text.count("\n", 0, position) + 1
        return None, None


def _key(families: Sequence[str]) -> tuple[str, ...]:
    return tuple(family.casefold() for family in families)


def text_boxes(document) -> Iterable[tuple[int, tuple[str, ...], str]]:
    """(page number, font stack, text) of every text box of a laid-out document, the
    page margins' (running heads, page numbers) and positioned boxes' too."""
    from weasyprint.formatting_structure.boxes import TextBox

    for number, page in enumerate(document.pages, start=1):
        for box in page._page_box.descendants(placeholders=True):
            if isinstance(box, TextBox) and box.text:
                yield number, tuple(box.style["font_family"]), box.text


def template_sources(template: str, search_path: Sequence[Path]) -> list[Path]:
    """The files a template's own text comes from, in the order they win: for each folder
    of the search path, the template's folder, then the shared files beside it."""
    files: list[Path] = []
    for folder in search_path:
        for where in (Path(folder) / template, Path(folder)):
            if where.is_dir():
                files += sorted(path for path in where.iterdir()
                                if path.is_file() and path.suffix in TEMPLATE_SUFFIXES)
    return files
