"""Score `briefing import` against the corpus's hand-checked gold article.md files.

    python -m bench.import_score [--corpus tests/corpus] [--json] [--part tuning|heldout]

For every source text in tests/corpus/tuning/ and heldout/ (NAME.txt or NAME.md; its
first-line `<!-- corpus-source: … -->` comment is stripped), the real importer writes a
briefing folder into a temporary directory; its article.md is compared with NAME.gold.md.

Both files are read as the loader reads them (split_front_matter, markdown-it with the
container plugin) into a list of *blocks*, each a role and its markup-free text. The
front matter's fields title, subtitle, authors, source, url and date are blocks too, in
that order, before the body. The texts of all blocks, whitespace removed, make one
character stream per file; the two streams are aligned with difflib, and:

- **boundaries**: every place where one block ends and the next begins is a position in
  the stream; an output boundary is right when the alignment maps it onto a gold
  boundary. Precision = right output boundaries / output boundaries, recall = gold
  boundaries hit / gold boundaries.
- **roles**: each gold block against the output block that holds most of its characters
  (roles as in tests/corpus/README.md; a heading's role carries its level, h1 = `##`).
- **headings**: a gold heading is found when the output block holding most of it is a
  heading of the same level whose own best gold block is that heading (and vice versa
  for precision).
- **table cells**: each gold table's cells (header rows included, `^`/`<` spans as
  written) against the same cells of the output table holding most of its characters.
  A held table (a `<!-- held table …: WHY -->` line above it, README: Held tables) is
  read like any other: the marker line is skipped, never counted as text.
- **tables printed / held / printed wrong** (the trust count): an output table is *held*
  when a held-table marker line stands right above it (or its caption), else *printed*.
  A printed table is *wrong* when the gold block holding most of its characters is not a
  table whose rows of cells (spans as written) are exactly its own — a cell wrong, a row
  or column more or less, or a table the gold does not have (its text is a paragraph in
  the gold). A gold table is also counted wrong when the output block holding most of it
  is no table at all (its cells printed as text, or lost): a table the office gets wrong
  though nothing holds it. Held tables never count wrong; **held right** counts the held
  tables that match their gold exactly (held for nothing). An office's figure: printed
  wrong must be 0.
- **lost / invented**: characters of the gold stream the output lacks, and characters
  of the output it adds (the date field left out: its form is normalised). Must be 0.
- **told**: of the structure errors (output boundaries on no gold boundary, gold
  boundaries the output misses, gold blocks in the wrong role), the share the import
  report points the editor to: the error touches an output block that a spot to review
  (a repair made on a guess, or a doubt) names by its text. An error not told is one an
  editor finds only by reading the whole text against its source. Beside it, **flag**:
  the share of output blocks the spots name — telling is worth as much as it is
  selective (an import that flags every block tells every error and helps nobody).
- **lost runs told** (`lTold`): of the lost characters, the share in runs that a spot of
  the report names — a not-in-article doubt (text accounting, README: Import quality) or
  a repair (furniture dropped, a line cut) whose excerpt before the change shares
  SPOT_PIECE characters with the run (the whole run when shorter; a run of one character,
  a punctuation mark, is never named). `told` cannot see these: a lost run is in no
  output block.

Overall figures pool the counts of every text of a part. Exit code 0 whatever the scores.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

try:  # difflib's own algorithm compiled (Cython): the same matches, ~5× faster
    from cydifflib import SequenceMatcher
except ImportError:  # pragma: no cover - the test extra installs it
    from difflib import SequenceMatcher
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from briefing.errors import InputError
from briefing.importer import import_article
from briefing.importer.accounting import KIND as NOT_IN_ARTICLE
from briefing.loader import HELD_MARKER, load_briefing, split_front_matter

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "tests" / "corpus"
PARTS = ("tuning", "heldout")
SOURCE_SUFFIXES = (".txt", ".md")
# Line 1 is the comment (tests/corpus/README.md): it ends at the line's last 「-->」, so a
# comment that names markup such as 「<!--more-->」 is stripped whole.
SOURCE_COMMENT = re.compile(r"\A\ufeff?<!--\s*corpus-source:[^\n]*-->[ \t]*\n?")
FRONT_FIELDS = ("title", "subtitle", "authors", "source", "url", "date")
# Containers of the gold format (tests/corpus/README.md) and the role of their text.
CONTAINERS = {
    "figure": "caption", "note": "note", "salutation": "salutation",
    "signature": "signature", "editor-note": "editor-note", "sidebar": "sidebar",
    "byline": "byline",
}
# Inline tags the article format keeps (they are markup, not text); any other tag that
# reaches article.md is text the reader would see.
MARKUP_TAGS = re.compile(r"^</?(?:sub|sup|em|strong|br)\s*/?>$", re.I)
WHITESPACE = re.compile(r"\s+")
# CommonMark does not close 「**一是加强领导。**其余」 (a closing run after punctuation
# must be followed by space or punctuation); the format means bold, so read it so.
BOLD_PAIR = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    # As briefing.loader: only what the format documents is Markdown.
    md.disable(["code", "fence", "list", "reference", "html_block", "lheading", "hr",
                "backticks", "link", "autolink"])
    for name in CONTAINERS:
        container_plugin(md, name)
    footnote_plugin(md)
    return md


MARKDOWN = _markdown()


# ---------------------------------------------------------------- reading a file


@dataclass
class Block:
    role: str
    text: str  # markup-free, whitespace removed
    cells: list[list[str]] | None = None  # a table's rows of cells
    held: bool = False  # a table under a held-table marker line (printed by nobody)


def _squeeze(text: str) -> str:
    return WHITESPACE.sub("", text)


def inline_text(token: Token) -> str:
    """An inline token's text as the reader sees it: marks and kept tags removed."""
    parts = []
    for child in token.children or []:
        if child.type == "text":
            parts.append(BOLD_PAIR.sub(r"\1", child.content))
        elif child.type == "html_inline" and not MARKUP_TAGS.match(child.content.strip()):
            parts.append(child.content)
    return _squeeze("".join(parts))


def _starts_bold(token: Token) -> bool:
    if BOLD_PAIR.match(token.content):
        return True
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    return bool(children) and children[0].type == "strong_open"


def _row_cells(line: str) -> list[str]:
    body = line.strip().removeprefix("|").removesuffix("|")
    return [_squeeze(cell) for cell in re.split(r"(?<!\\)\|", body)]


def _front_blocks(front: dict) -> list[Block]:
    blocks = []
    for key in FRONT_FIELDS:
        value = front.get(key)
        if value in (None, "", []):
            continue
        if key == "authors":
            text = "".join(str(name) for name in value) if isinstance(value, list) else str(value)
        else:
            text = str(value)
        if _squeeze(text):
            blocks.append(Block(key, _squeeze(text)))
    return blocks


def read_blocks(text: str, file: Path) -> list[Block]:
    """An article.md → its blocks: the front-matter fields, then the body's blocks."""
    front_text, body, _ = split_front_matter(text, file)
    # A held table's marker line is the editor's instruction, not the text: skipped, so
    # the table under it is read (its caption too) and nothing counts as invented. The
    # lines it stood right above (numbered as in the body without markers) start a held
    # table.
    kept: list[str] = []
    held_starts: set[int] = set()
    for line in body.split("\n"):
        if HELD_MARKER.match(line.strip()):
            held_starts.add(len(kept))
        else:
            kept.append(line)
    body = "\n".join(kept)
    front = yaml.safe_load(front_text) or {}
    blocks = _front_blocks(front if isinstance(front, dict) else {})
    env: dict = {}
    tokens = MARKDOWN.parse(body, env)
    roles: list[str] = []  # the open containers' roles
    caption_start = -1  # first line of a `Table:` caption read right before a table
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind.startswith("container_") and kind.endswith("_open"):
            name = kind.removeprefix("container_").removesuffix("_open")
            roles.append(CONTAINERS[name])
            heading = _squeeze(token.info.strip()[len(name):])
            if heading:  # ::: sidebar 记者手记
                blocks.append(Block(f"{CONTAINERS[name]}-heading", heading))
        elif kind.startswith("container_") and kind.endswith("_close"):
            roles.pop()
        elif kind == "footnote_open":
            roles.append("footnote")
        elif kind == "footnote_close":
            roles.pop()
        elif kind == "blockquote_open":
            roles.append("quote")
        elif kind == "blockquote_close":
            roles.pop()
        elif kind == "heading_open":
            level = int(token.tag[1]) - 1
            blocks.append(Block(f"h{level}", inline_text(tokens[index + 1])))
            index += 3
            continue
        elif kind == "paragraph_open":
            inline = tokens[index + 1]
            before_table = index + 3 < len(tokens) and tokens[index + 3].type == "table_open"
            lines = inline.content.split("\n")
            head_rows: list[list[str]] = []
            if before_table:  # a table's first header row(s) end the paragraph before it
                while lines and lines[-1].lstrip().startswith("|"):
                    head_rows.insert(0, _row_cells(lines.pop()))
            if before_table and lines and lines[0].startswith("Table:"):
                caption = _squeeze("".join(lines)[len("Table:"):])
                blocks.append(Block("table-caption", caption))
                lines = []
                caption_start = token.map[0] if token.map else -1
            if lines:
                if head_rows:  # part of the paragraph: read its text without the rows
                    inline = MARKDOWN.parseInline("\n".join(lines))[0]
                role = roles[-1] if roles else ("lead-in" if _starts_bold(inline)
                                                else "paragraph")
                text = inline_text(inline)
                if text:
                    blocks.append(Block(role, text))
            if head_rows:
                start = token.map[0] if token.map else -1
                index += 3
                end = _close(tokens, index, "table_close")
                blocks.append(_table(tokens[index:end + 1], head_rows,
                                     _held(held_starts, start, tokens[index])))
                caption_start = -1
                index = end + 1
                continue
            index += 3
            continue
        elif kind == "table_open":
            end = _close(tokens, index, "table_close")
            blocks.append(_table(tokens[index:end + 1], [],
                                 _held(held_starts, caption_start, token)))
            caption_start = -1
            index = end + 1
            continue
        index += 1
    # A footnote no mark calls is no footnote to markdown-it (it renders nothing), but
    # it is the text's: a gold keeps it, an import must not lose it.
    for key, number in env.get("footnotes", {}).get("refs", {}).items():
        label = key.removeprefix(":")
        definition = next((line.split("]:", 1)[1] for line in body.splitlines()
                           if number == -1 and line.startswith(f"[^{label}]:")), "")
        text = _squeeze(inline_text(MARKDOWN.parseInline(definition)[0])) if definition else ""
        if text:
            blocks.append(Block("footnote", text))
    return blocks


def _close(tokens: list[Token], start: int, kind: str) -> int:
    return next(i for i in range(start, len(tokens)) if tokens[i].type == kind)


def _held(held_starts: set[int], start: int, table: Token) -> bool:
    """Whether a marker line stood right above the table: above the paragraph holding
    its caption or first header rows (`start`, -1 if none), or above its own first line."""
    first = table.map[0] if table.map else -1
    return (start >= 0 and start in held_starts) or (first >= 0 and first in held_starts)


def _table(tokens: list[Token], head_rows: list[list[str]], held: bool = False) -> Block:
    rows = list(head_rows)
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            rows.append(row)
        elif token.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[index + 1]))
    # Span marks are layout, not text: they count as cells but not as characters.
    text = "".join(cell for cells in rows for cell in cells if cell not in ("^", "<"))
    return Block("table", text, cells=rows, held=held)


# ---------------------------------------------------------------- comparing two files


def stream(blocks: list[Block]) -> tuple[str, list[int]]:
    """The blocks' texts joined, and the block index of every character."""
    owner = []
    for number, block in enumerate(blocks):
        owner += [number] * len(block.text)
    return "".join(block.text for block in blocks), owner


def boundaries(blocks: list[Block]) -> set[int]:
    """Stream positions where a block begins, the first one excepted."""
    found = set()
    position = 0
    for block in blocks:
        if block.text:
            if position:
                found.add(position)
            position += len(block.text)
    return found


Match = tuple[int, int, int]  # (position in a, position in b, length)
ROUNDS = 4  # rounds of alignment over the text left unmatched


def align(a: str, b: str) -> list[Match]:
    """Matching runs of a and b: difflib's alignment, then further rounds over what it
    left unmatched on both sides, so text moved out of order (a source line the output
    left in the body, a field before another) still counts as kept."""
    matches = [(m.a, m.b, m.size) for m in
               SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size]
    for _ in range(ROUNDS):
        rest_a, places_a = _unmatched(a, [(m[0], m[2]) for m in matches], "\x00")
        rest_b, places_b = _unmatched(b, [(m[1], m[2]) for m in matches], "\x01")
        more = [(_original(places_a, m.a), _original(places_b, m.b), m.size) for m in
                SequenceMatcher(None, rest_a, rest_b, autojunk=False).get_matching_blocks()
                if m.size]
        if not more:
            break
        matches += more
    return matches


def _unmatched(text: str, matched: list[tuple[int, int]], separator: str
               ) -> tuple[str, list[tuple[int, int]]]:
    """The unmatched runs of text joined by a separator, and (offset in the join,
    offset in text) for each run."""
    pieces, places, position, joined = [], [], 0, 0
    for start, size in sorted(matched) + [(len(text), 0)]:
        if start > position:
            places.append((joined, position))
            pieces.append(text[position:start] + separator)
            joined += start - position + 1
        position = max(position, start + size)
    return "".join(pieces), places


def _original(places: list[tuple[int, int]], offset: int) -> int:
    joined, original = max(p for p in places if p[0] <= offset)
    return original + offset - joined


def position_map(matches: list[Match]) -> dict[int, int]:
    """Positions of a that the alignment maps onto b, run edges included."""
    mapped: dict[int, int] = {}
    for a, b, size in matches:
        for offset in range(size + 1):
            mapped.setdefault(a + offset, b + offset)
    return mapped


def best_blocks(owner_a: list[int], owner_b: list[int], matches: list[Match],
                count: int) -> list[int | None]:
    """For each block of a, the block of b holding most of its aligned characters."""
    votes: list[dict[int, int]] = [{} for _ in range(count)]
    for a, b, size in matches:
        for offset in range(size):
            tally = votes[owner_a[a + offset]]
            target = owner_b[b + offset]
            tally[target] = tally.get(target, 0) + 1
    return [max(tally, key=lambda k: (tally[k], -k)) if tally else None for tally in votes]


DATE_ONLY = re.compile(r"\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{2}-\d{2})")


def unmatched_runs(text: str, matched: list[tuple[int, int]], blocks: list[Block]
                    ) -> list[tuple[int, int]]:
    """(start, end) of each run of text outside the matched runs, less a run that is a
    whole block holding nothing but a date (a dateline the other side moved to the date
    field)."""
    whole, position = set(), 0
    for block in blocks:
        if DATE_ONLY.fullmatch(block.text):
            whole.add((position, position + len(block.text)))
        position += len(block.text)
    covered = [False] * len(text)
    for start, size in matched:
        covered[start:start + size] = [True] * size
    runs, index = [], 0
    while index < len(text):
        if covered[index]:
            index += 1
            continue
        end = index
        while end < len(text) and not covered[end]:
            end += 1
        if (index, end) not in whole:
            runs.append((index, end))
        index = end
    return runs


def _unmatched_count(text: str, matched: list[tuple[int, int]], blocks: list[Block]) -> int:
    """Characters of text outside the matched runs (see `unmatched_runs`)."""
    return sum(end - start for start, end in unmatched_runs(text, matched, blocks))


def named_run(run: str, pieces: list[str]) -> bool:
    """A lost run is named by a spot when the spot's excerpt and the run share a stretch
    of SPOT_PIECE characters (the whole run, when it is shorter) — never a run of one
    character (a punctuation mark: any excerpt would hold one)."""
    need = min(len(run), SPOT_PIECE)
    if need < 2:
        return False
    for piece in pieces:
        if len(piece) < need:
            continue
        if run in piece or piece in run:
            return True
        match = SequenceMatcher(None, run, piece, autojunk=False).find_longest_match(
            0, len(run), 0, len(piece))
        if match.size >= need:
            return True
    return False


def lost_run_pieces(spots: list) -> list[str]:
    """The markup-free, whitespace-free pieces of the excerpts (before the change) of the
    spots that may name lost text: a not-in-article doubt (text accounting) or a repair
    (furniture dropped, a line cut)."""
    pieces = []
    for spot in spots:
        for line in spot.before.replace("⏎", "\n").split("\n"):
            pieces += [_squeeze(SPOT_MARKUP.sub("", piece)) for piece in line.split("…")]
    return [piece for piece in pieces if piece]


def is_heading(role: str) -> bool:
    return bool(re.fullmatch(r"h\d", role))


TABLE_COUNTS = ("tables_printed", "tables_held", "tables_wrong", "tables_held_right")


@dataclass
class Score:
    name: str
    part: str
    error: str | None = None
    boundaries_gold: int = 0
    boundaries_output: int = 0
    boundaries_right: int = 0  # output boundaries on a gold boundary
    blocks_gold: int = 0
    roles_right: int = 0
    headings_gold: int = 0
    headings_output: int = 0
    headings_found: int = 0  # gold headings found
    headings_right: int = 0  # output headings that are right
    cells_gold: int = 0
    cells_right: int = 0
    lost: int = 0
    invented: int = 0
    lost_told: int = 0  # lost characters in runs a not-in-article or repair spot names
    errors: int = 0  # structure errors: wrong boundaries either way, wrong roles
    errors_told: int = 0  # … of which the import report's spots to review name
    blocks_output: int = 0
    blocks_flagged: int = 0  # output blocks a spot to review names
    role_errors: list[str] = field(default_factory=list)
    tables_printed: int = 0  # output tables no marker holds
    tables_held: int = 0  # output tables under a held-table marker
    tables_wrong: int = 0  # printed tables with any cell wrong, and gold tables not made
    tables_missed: int = 0  # … of which gold tables not made (their text left as text)
    tables_held_right: int = 0  # held tables that match their gold exactly
    table_errors: list[str] = field(default_factory=list)

    @property
    def boundary_precision(self) -> float:
        return ratio(self.boundaries_right, self.boundaries_output)

    @property
    def boundary_recall(self) -> float:
        return ratio(self.boundaries_right, self.boundaries_gold)

    @property
    def role_accuracy(self) -> float:
        return ratio(self.roles_right, self.blocks_gold)

    @property
    def heading_precision(self) -> float:
        return ratio(self.headings_right, self.headings_output)

    @property
    def heading_recall(self) -> float:
        return ratio(self.headings_found, self.headings_gold)

    @property
    def cell_accuracy(self) -> float | None:
        return ratio(self.cells_right, self.cells_gold) if self.cells_gold else None

    @property
    def told(self) -> float | None:
        return ratio(self.errors_told, self.errors) if self.errors else None

    @property
    def lost_runs_told(self) -> float | None:
        """Share of the lost characters whose run the report names (None: none lost)."""
        return ratio(self.lost_told, self.lost) if self.lost else None

    @property
    def flagged(self) -> float | None:
        return ratio(self.blocks_flagged, self.blocks_output) if self.blocks_output else None

    def figures(self) -> dict[str, float | int | None]:
        return {
            "boundary_precision": self.boundary_precision,
            "boundary_recall": self.boundary_recall,
            "role_accuracy": self.role_accuracy,
            "heading_precision": self.heading_precision,
            "heading_recall": self.heading_recall,
            "cell_accuracy": self.cell_accuracy,
            "lost": self.lost,
            "invented": self.invented,
            "told": self.told,
            "flagged": self.flagged,
            "lost_runs_told": self.lost_runs_told,
        }

    def table_counts(self) -> dict[str, int]:
        """The trust count (module docstring): counts, not fractions."""
        return {key: getattr(self, key) for key in TABLE_COUNTS}


def ratio(part: int, whole: int) -> float:
    """part / whole; nothing to find and nothing found is a perfect score."""
    return part / whole if whole else 1.0


def compare(gold: list[Block], output: list[Block], name: str = "", part: str = "",
            flagged: set[int] | None = None, pieces: list[str] | None = None) -> Score:
    """Score the output's blocks against the gold's; `flagged`: the output blocks the
    import report's spots to review name (see `flagged_blocks`); `pieces`: the excerpts
    of the spots that may name lost text (see `lost_run_pieces`)."""
    flagged = flagged or set()
    pieces = pieces or []
    score = Score(name, part)
    score.blocks_output = sum(1 for block in output if block.text)
    score.blocks_flagged = sum(1 for number in flagged if output[number].text)
    gold_text, gold_owner = stream(gold)
    out_text, out_owner = stream(output)
    forward = align(gold_text, out_text)
    backward = [(b, a, size) for a, b, size in forward]

    # Boundaries: output positions mapped into the gold stream.
    gold_bounds, out_bounds = boundaries(gold), boundaries(output)
    back = position_map(backward)
    hits = {back[p] for p in out_bounds if p in back and back[p] in gold_bounds}
    score.boundaries_gold, score.boundaries_output = len(gold_bounds), len(out_bounds)
    score.boundaries_right = len(hits)
    # Told: a wrong split is named when a block on either side of it is; a missed
    # boundary when the output block it falls in is.
    for position in out_bounds:
        if not (position in back and back[position] in gold_bounds):
            score.errors += 1
            score.errors_told += bool({out_owner[position - 1], out_owner[position]}
                                      & flagged)
    ahead = position_map(forward)
    for position in gold_bounds - hits:
        score.errors += 1
        at = ahead.get(position)
        near = {out_owner[i] for i in (at - 1 if at else None, at) if i is not None
                and 0 <= i < len(out_owner)} if at is not None else set()
        score.errors_told += bool(near & flagged)

    # Roles and headings.
    best_out = best_blocks(gold_owner, out_owner, forward, len(gold))
    best_gold = best_blocks(out_owner, gold_owner, backward, len(output))
    for number, block in enumerate(gold):
        if not block.text:
            continue
        score.blocks_gold += 1
        match = best_out[number]
        role = output[match].role if match is not None else "missing"
        if role == block.role:
            score.roles_right += 1
        else:
            score.role_errors.append(f"{block.role}→{role}: {block.text[:24]}")
            score.errors += 1
            score.errors_told += match in flagged
        if is_heading(block.role):
            score.headings_gold += 1
            if match is not None and role == block.role and best_gold[match] == number:
                score.headings_found += 1
        if block.cells is not None:
            cells = [cell for row in block.cells for cell in row]
            score.cells_gold += len(cells)
            other = output[match].cells if match is not None else None
            if other is not None:
                score.cells_right += sum(
                    1 for r, row in enumerate(block.cells) for c, cell in enumerate(row)
                    if r < len(other) and c < len(other[r]) and other[r][c] == cell)
    _count_tables(score, gold, output, best_out, best_gold)
    for number, block in enumerate(output):
        if block.text and is_heading(block.role):
            score.headings_output += 1
            match = best_gold[number]
            if (match is not None and gold[match].role == block.role
                    and best_out[match] == number):
                score.headings_right += 1

    # Characters lost and invented. The date field is normalised (2024-03-05): it is
    # left out, and a run the alignment leaves unmatched that is nothing but a date is
    # not counted (a dateline the output kept in the body, a 落款 date in another block).
    gold_kept = [b for b in gold if b.role != "date"]
    out_kept = [b for b in output if b.role != "date"]
    gold_chars = "".join(b.text for b in gold_kept)
    out_chars = "".join(b.text for b in out_kept)
    matches = align(gold_chars, out_chars)
    lost_runs = unmatched_runs(gold_chars, [(a, size) for a, _, size in matches], gold_kept)
    score.lost = sum(end - start for start, end in lost_runs)
    score.lost_told = sum(end - start for start, end in lost_runs
                          if named_run(gold_chars[start:end], pieces))
    score.invented = _unmatched_count(out_chars, [(b, size) for _, b, size in matches],
                                      out_kept)
    return score


def _count_tables(score: Score, gold: list[Block], output: list[Block],
                  best_out: list[int | None], best_gold: list[int | None]) -> None:
    """Tables printed, held, printed wrong and held right (module docstring)."""
    for number, block in enumerate(output):
        if block.cells is None:
            continue
        match = best_gold[number]
        other = gold[match] if match is not None else None
        right = other is not None and other.cells is not None and other.cells == block.cells
        name = block.text[:16]
        if block.held:
            score.tables_held += 1
            score.tables_held_right += right
            continue
        score.tables_printed += 1
        if right:
            continue
        score.tables_wrong += 1
        if other is None or other.cells is None:
            score.table_errors.append(f"printed, not a table in the gold: {name}")
        else:
            where = _first_difference(other.cells, block.cells)
            score.table_errors.append(f"printed with {where}: {name}")
    for number, block in enumerate(gold):
        if block.cells is None:
            continue
        match = best_out[number]
        if match is None or output[match].cells is None:
            score.tables_wrong += 1
            score.tables_missed += 1
            role = output[match].role if match is not None else "missing"
            score.table_errors.append(f"gold table made no table (→{role}): {block.text[:16]}")


def _first_difference(gold: list[list[str]], output: list[list[str]]) -> str:
    """Where an output table first differs from its gold, for --details."""
    for r, row in enumerate(gold):
        if r >= len(output):
            return f"{len(gold) - len(output)} row(s) fewer than the gold"
        for c, cell in enumerate(row):
            if c >= len(output[r]):
                return f"row {r + 1} short of column {c + 1}"
            if output[r][c] != cell:
                return f"row {r + 1} column {c + 1} 「{output[r][c]}」 for 「{cell}」"
        if len(output[r]) > len(row):
            return f"row {r + 1} with {len(output[r]) - len(row)} cell(s) more"
    return f"{len(output) - len(gold)} row(s) more than the gold"


# What a spot's excerpt holds besides the text: the Markdown or field it was made into.
SPOT_MARKUP = re.compile(r"^(?:#+|(?:title|subtitle|authors|source|url|date):|:::\s*[\w-]*)|"
                         r"[\[\]*>|]|</?\w+[^>]*>")
SPOT_MARK = re.compile(r"…|[\[\]*>|]+")
SPOT_PIECE = 4  # characters: a shorter piece of an excerpt names no block for sure


def flagged_blocks(spots: list, output: list[Block]) -> set[int]:
    """The output blocks a spot to review names: a piece of its excerpt (after the
    change, else before it; split at 「…」 and at line breaks, written or shown as 「⏎」)
    found in the block's text."""
    found: set[int] = set()
    for spot in spots:
        for excerpt in (spot.after, spot.before):
            excerpt = excerpt.replace("⏎", "\n")
            pieces = [_squeeze(SPOT_MARKUP.sub("", piece))
                      for line in excerpt.split("\n") for piece in line.split("…")]
            # A mark the reader keeps as text (「[打印]」 in a block) splits the excerpt
            # rather than gluing its neighbours: those pieces are tried too.
            pieces += [_squeeze(SPOT_MARKUP.sub("", piece)) for line in excerpt.split("\n")
                       for piece in SPOT_MARK.split(line)]
            hits = {number for piece in pieces if len(piece) >= SPOT_PIECE
                    for number, block in enumerate(output) if piece in block.text}
            if hits:
                found |= hits
                break
    return found


# ---------------------------------------------------------------- the corpus


def corpus_texts(corpus: Path, part: str) -> list[tuple[Path, Path]]:
    """(source, gold) pairs of a part, sorted by name."""
    folder = corpus / part
    pairs = []
    for gold in sorted(folder.glob("*.gold.md")):
        stem = gold.name.removesuffix(".gold.md")
        for suffix in SOURCE_SUFFIXES:
            source = folder / (stem + suffix)
            if source.is_file():
                pairs.append((source, gold))
                break
    return pairs


def strip_source_comment(text: str) -> str:
    return SOURCE_COMMENT.sub("", text, count=1)


def score_text(source: Path, gold: Path, part: str, work: Path) -> Score:
    """Import one source into `work` and score its article.md against the gold."""
    name = gold.name.removesuffix(".gold.md")
    folder = work / part
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / (re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-") + source.suffix)
    copy.write_text(strip_source_comment(source.read_text("utf-8")), "utf-8")
    gold_blocks = read_blocks(gold.read_text("utf-8"), gold)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            result = import_article(copy, folder / "data", overwrite=True)
    except InputError as error:  # scored as an empty output: everything lost
        score = compare(gold_blocks, [], name, part)
        score.error = str(error).split("\n")[0].replace(str(copy), source.name)
        return score
    except Exception as error:  # a crash is a finding on this text, not the end of the run
        score = compare(gold_blocks, [], name, part)
        score.error = f"crashed: {type(error).__name__}: {error}"
        return score
    output = read_blocks((result.folder / "article.md").read_text("utf-8"),
                         result.folder / "article.md")
    spots = [r for r in result.repairs if r.review] + list(result.doubts)
    naming = list(result.repairs) + [d for d in result.doubts if d.kind == NOT_IN_ARTICLE]
    score = compare(gold_blocks, output, name, part, flagged_blocks(spots, output),
                    lost_run_pieces(naming))
    # What an import writes, its own build must read (figures.yaml's citations, the front
    # matter): a folder the loader refuses is this text's error, scored all the same.
    try:
        load_briefing(result.folder)
    except InputError as error:
        score.error = "imported, but does not load: " + str(error).split("\n")[0].replace(
            str(result.folder), name)
    return score


def overall(scores: list[Score], part: str) -> Score:
    total = Score("overall", part)
    for score in scores:
        for key in ("boundaries_gold", "boundaries_output", "boundaries_right", "blocks_gold",
                    "roles_right", "headings_gold", "headings_output", "headings_found",
                    "headings_right", "cells_gold", "cells_right", "lost", "invented",
                    "errors", "errors_told", "blocks_output", "blocks_flagged", "lost_told",
                    "tables_missed", *TABLE_COUNTS):
            setattr(total, key, getattr(total, key) + getattr(score, key))
    failed = [s.name for s in scores if s.error]
    if failed:
        total.error = f"{len(failed)} import(s) failed: {', '.join(failed)}"
    return total


def score_corpus(corpus: Path = CORPUS, parts: tuple[str, ...] = PARTS) -> dict[str, dict]:
    """{part: {"texts": [Score…], "overall": Score}} for every part with texts."""
    result = {}
    with tempfile.TemporaryDirectory(prefix="import-score-") as tmp:
        for part in parts:
            scores = [score_text(source, gold, part, Path(tmp))
                      for source, gold in corpus_texts(corpus, part)]
            result[part] = {"texts": scores, "overall": overall(scores, part)}
    return result


# ---------------------------------------------------------------- output

COLUMNS = (("bP", "boundary_precision"), ("bR", "boundary_recall"), ("role", "role_accuracy"),
           ("hP", "heading_precision"), ("hR", "heading_recall"), ("cell", "cell_accuracy"),
           ("lost", "lost"), ("inv", "invented"), ("told", "told"), ("flag", "flagged"),
           ("lTold", "lost_runs_told"),
           ("tPrint", "tables_printed"), ("tHeld", "tables_held"), ("tWrong", "tables_wrong"),
           ("tHdOk", "tables_held_right"))


def _cell(value: float | int | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def table_text(results: dict[str, dict], details: bool = False) -> str:
    lines = []
    for part, found in results.items():
        scores: list[Score] = found["texts"]
        lines.append(f"## {part} ({len(scores)} texts)")
        if not scores:
            lines += ["no texts", ""]
            continue
        width = max([len(s.name) for s in scores] + [7])
        lines.append(f"{'text':<{width}}  " + "  ".join(f"{h:>6}" for h, _ in COLUMNS))
        for score in scores + [found["overall"]]:
            if score.error and score.name != "overall":
                lines.append(f"{score.name:<{width}}  import failed: {score.error}")
                continue
            figures = {**score.figures(), **score.table_counts()}
            lines.append(f"{score.name:<{width}}  "
                         + "  ".join(f"{_cell(figures[key]):>6}" for _, key in COLUMNS))
            if details and score.role_errors:
                lines += [f"{'':<{width}}    {error}" for error in score.role_errors]
            if details and score.table_errors:
                lines += [f"{'':<{width}}    table {error}" for error in score.table_errors]
        if found["overall"].error:
            lines.append(found["overall"].error)
        lines.append("")
    return "\n".join(lines)


def json_data(results: dict[str, dict]) -> dict:
    def one(score: Score) -> dict:
        data = asdict(score)
        data.update(score.figures())
        return data
    return {part: {"texts": [one(s) for s in found["texts"]], "overall": one(found["overall"])}
            for part, found in results.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="the corpus folder (with tuning/ and heldout/)")
    parser.add_argument("--part", choices=PARTS, action="append",
                        help="score only this part (repeatable); default: both")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--details", action="store_true",
                        help="list each text's role errors (gold→output: text) and "
                             "its wrong printed tables")
    args = parser.parse_args(argv)
    results = score_corpus(args.corpus, tuple(args.part or PARTS))
    if args.json:
        json.dump(json_data(results), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(table_text(results, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
