"""The data folder as the workspace sees it: names confined to it, versioned atomic
writes, the front-matter form, the review lists and earlier versions.

Everything the server reads or writes goes through `Workspace.folder(name)`: a name is
a briefing's slug (the importer's rule: lowercase a–z, 0–9 and '-'), so no request can
name a path outside the data folder. The server's own files (preview PDFs, page
images, earlier versions, uploads in progress) live in `DATA/.serve/`, which no glob
of briefing folders (`data/*`) picks up and no build reads.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing.errors import InputError, Problem
from briefing.importer.source import SLUG
from briefing.loader import ARTICLE, FIGURES, split_front_matter, yaml_load, yaml_node

REPORT = "import-report.md"
STATE = ".serve"
EDITABLE = (ARTICLE, FIGURES)  # the files the workspace's editor opens
HISTORY_KEPT = 20


class NotFound(Exception):
    """A briefing, page or file that is not there (HTTP 404)."""


class Conflict(Exception):
    """The file changed since the editor loaded it (HTTP 409)."""


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file beside it and a rename: a reader
    (the build, another tab) sees the old file or the new one, never half of one."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        mode = os.stat(path).st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass
class Summary:
    """A line of the library page."""

    name: str
    title: str  # "" when the briefing has no title
    date: str
    template: str
    error: str | None = None


class Workspace:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir).resolve()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir = self.data_dir / STATE
        self.state_dir.mkdir(exist_ok=True)

    # ------------------------------------------------------------------ names and paths

    def folder(self, name: str, must_exist: bool = True) -> Path:
        """The briefing folder `name`, which is a slug: never a path outside the data
        folder. NotFound when it is not a briefing folder."""
        if not isinstance(name, str) or not SLUG.fullmatch(name):
            raise NotFound(name)
        folder = self.data_dir / name
        if folder.resolve().parent != self.data_dir:  # a symlink out of the data folder
            raise NotFound(name)
        if must_exist and not (folder / ARTICLE).is_file():
            raise NotFound(name)
        return folder

    def state(self, name: str) -> Path:
        path = self.state_dir / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def names(self) -> list[str]:
        names = []
        for path in sorted(self.data_dir.iterdir()):
            try:
                names.append(self.folder(path.name).name)
            except NotFound:
                continue
        return names

    def summary(self, name: str) -> Summary:
        folder = self.folder(name)
        try:
            text = (folder / ARTICLE).read_text("utf-8")
            front, _, _ = split_front_matter(text, folder / ARTICLE)
            meta = yaml_load(front) or {}
            if not isinstance(meta, dict):
                raise InputError("front matter is not a mapping", file=folder / ARTICLE)
        except (InputError, UnicodeDecodeError, yaml.YAMLError) as error:
            return Summary(name, name, "", "", error=str(error).splitlines()[0])
        # No title (a text without one): "" — the library says so beside the folder name.
        return Summary(name, str(meta.get("title") or ""), str(meta.get("date") or ""),
                       str(meta.get("template") or "reprint"))

    # ------------------------------------------------------------------ article.md

    def read_article(self, name: str) -> tuple[str, str]:
        """The article's text and its version (a hash of the file's bytes)."""
        return self.read_file(name, ARTICLE)

    def read_file(self, name: str, file: str) -> tuple[str, str]:
        """An editable file's text and version; a file not there yet is empty."""
        path = self.editable(name, file)
        data = path.read_bytes() if path.is_file() else b""
        return data.decode("utf-8", "replace"), version_of(data)

    def editable(self, name: str, file: str) -> Path:
        if file not in EDITABLE:
            raise NotFound(file)
        return self.folder(name) / file

    def save_article(self, name: str, text: str, version: str) -> str:
        return self.save_file(name, ARTICLE, text, version)

    def save_file(self, name: str, file: str, text: str, version: str) -> str:
        """Replace the file if it is still at `version`; the new version. The folder as
        it was is kept as an earlier version (for change marks)."""
        path = self.editable(name, file)
        current = path.read_bytes() if path.is_file() else b""
        if version_of(current) != version:
            raise Conflict(
                f"{file} was changed elsewhere (in another tab or an editor) since this "
                "page loaded it; your text was not saved. Copy what you wrote, reload the "
                "page to see the other version, and apply your change again.")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text.encode("utf-8") == current:
            return version
        self.keep_version(name)
        atomic_write(path, text)
        return version_of(text.encode("utf-8"))

    # ------------------------------------------------------------------ earlier versions

    def keep_version(self, name: str) -> Path:
        """Copy the briefing folder as it is now into .serve/NAME/history/STAMP/ (the
        `--changes-since FOLDER` of an output); the oldest go beyond HISTORY_KEPT."""
        history = self.state(name) / "history"
        history.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = history / stamp
        count = 1
        while target.exists():
            count += 1
            target = history / f"{stamp}-{count}"
        staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=history))
        shutil.copytree(self.folder(name), staging, dirs_exist_ok=True)
        os.rename(staging, target)
        for old in self.versions(name)[HISTORY_KEPT:]:
            shutil.rmtree(history / old, ignore_errors=True)
        return target

    def versions(self, name: str) -> list[str]:
        """Earlier versions, newest first."""
        history = self.state(name) / "history"
        if not history.is_dir():
            return []
        return sorted((p.name for p in history.iterdir()
                       if p.is_dir() and re.fullmatch(r"\d{8}-\d{6}(-\d+)?", p.name)),
                      reverse=True)

    def version_folder(self, name: str, stamp: str) -> Path:
        if stamp not in self.versions(name):
            raise NotFound(stamp)
        return self.state(name) / "history" / stamp

    # ------------------------------------------------------------------ front matter

    def save_front_matter(self, name: str, values: dict, version: str) -> str:
        """Set front-matter fields (dotted keys: options.paper, jianbao.name) by editing
        their values in place — the other lines, comments included, stay as written.
        A value of None removes the key."""
        text, current = self.read_article(name)
        if current != version:
            raise Conflict(
                "article.md was changed elsewhere since this page loaded it; the form was "
                "not saved. Reload the page and fill it in again.")
        return self.save_article(name, edit_front_matter(text, values,
                                                         self.folder(name) / ARTICLE), version)

    # ------------------------------------------------------------------ review lists

    def doubts(self, name: str) -> list[Doubt]:
        """The import report's open items ("- [ ]"), each with the article line of the
        text it cites when that text is still there."""
        folder = self.folder(name)
        report = folder / REPORT
        if not report.is_file():
            return []
        article = (folder / ARTICLE).read_text("utf-8", "replace").split("\n")
        found = []
        for number, line in enumerate(report.read_text("utf-8").split("\n"), 1):
            match = OPEN_ITEM.match(line)
            if match:
                text = match["text"].strip()
                found.append(Doubt(number, text, cited_line(text, article),
                                   version_of(line.encode("utf-8"))))
        return found

    def tick_doubt(self, name: str, number: int, item_version: str) -> None:
        """Mark the report's item at line `number` reviewed ("- [x]")."""
        report = self.folder(name) / REPORT
        if not report.is_file():
            raise NotFound(REPORT)
        lines = report.read_text("utf-8").split("\n")
        if not 1 <= number <= len(lines) or not OPEN_ITEM.match(lines[number - 1]):
            raise NotFound(str(number))
        if version_of(lines[number - 1].encode("utf-8")) != item_version:
            raise Conflict("the import report changed since this page loaded it; reload "
                           "the page")
        lines[number - 1] = lines[number - 1].replace("[ ]", "[x]", 1)
        atomic_write(report, "\n".join(lines))


OPEN_ITEM = re.compile(r"^\s*[-*] \[ \] (?P<text>.+)$")
EXCERPT = re.compile(r"「(.*?)」")


@dataclass
class Doubt:
    report_line: int
    text: str
    article_line: int | None  # where the text it cites stands in article.md
    version: str  # of the report's line: a tick checks it is still the same item


def cited_line(item: str, article: list[str]) -> int | None:
    """The article.md line holding the text a report item cites: its last excerpt (the
    text after the repair), else the first, less the ellipses and the ⏎ of a join."""
    excerpts = EXCERPT.findall(item)
    for excerpt in reversed(excerpts):
        for piece in sorted(re.split(r"[…⏎]|\s+", excerpt), key=len, reverse=True)[:1]:
            if len(piece) < 4:
                continue
            for number, line in enumerate(article, 1):
                if piece in line:
                    return number
    return None


# ------------------------------------------------------------------ the front-matter form

# The form's fields: dotted key → kind. Choices come from the model and the templates.
FORM_FIELDS = {
    "title": "text", "subtitle": "text", "authors": "list", "source": "text",
    "date": "date", "template": "choice",
    "options.figures": "choice", "options.number_style": "choice",
    "options.punctuation": "choice", "options.paper": "choice",
    "jianbao.name": "text", "jianbao.issue": "int", "jianbao.total_issue": "int",
    "jianbao.unit": "text", "jianbao.date": "date", "jianbao.mark": "text",
    "jianbao.editor_note": "text", "jianbao.copies": "int",
}


# What the form calls them (the front-matter key is shown beside, as the file has it).
FORM_LABELS = {
    "title": "Title 标题", "subtitle": "Subtitle 副标题", "authors": "Authors 作者 (、)",
    "source": "Source 来源", "date": "Date 日期", "template": "Template 模板",
    "options.figures": "Key-figure tables", "options.number_style": "Numbers",
    "options.punctuation": "Punctuation", "options.paper": "Paper",
    "jianbao.name": "Name 简报名称", "jianbao.issue": "Issue 期号",
    "jianbao.total_issue": "Total issue 总期号", "jianbao.unit": "Unit 编发单位",
    "jianbao.date": "Date 日期", "jianbao.mark": "Mark 密级/标识",
    "jianbao.editor_note": "Editor's note 编者按", "jianbao.copies": "Copies 印数",
}


def form_values(text: str, file: Path) -> dict[str, object]:
    """The form's fields as the front matter has them (missing: None)."""
    front, _, _ = split_front_matter(text, file)
    data = yaml_load(front) or {}
    values: dict[str, object] = {}
    for key in FORM_FIELDS:
        value: object = data
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        values[key] = value
    return values


def parse_form(form: dict[str, str]) -> dict[str, object]:
    """The posted form → front-matter values (an empty field: None, the key removed)."""
    values: dict[str, object] = {}
    for key, kind in FORM_FIELDS.items():
        if key not in form:
            continue
        raw = str(form[key]).strip()
        if not raw:
            values[key] = None
        elif kind == "list":
            values[key] = [part for part in re.split(r"\s*[、,，;；]\s*", raw) if part]
        elif kind == "int":
            if not re.fullmatch(r"\d{1,9}", raw):
                raise InputError(f"{key} must be a whole number, not '{raw}'",
                                 fix="write digits only, e.g. 3")
            values[key] = int(raw)
        elif kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                raise InputError(f"{key} must be a date YYYY-MM-DD, not '{raw}'",
                                 fix="write e.g. 2021-03-19")
            values[key] = raw
        else:
            values[key] = raw
    return values


def _flow(value: object) -> str:
    """A value as one line of YAML (a date string stays a date: YAML reads it back)."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True,
                            width=1 << 30)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


def edit_front_matter(text: str, values: dict[str, object], file: Path) -> str:
    """`text` (article.md) with the front-matter keys in `values` set in place."""
    front, body, body_line = split_front_matter(text, file)
    for key, value in values.items():
        front = _set_key(front, key.split("."), value, file)
    lines = text.split("\n")
    head = lines[0]
    return "\n".join([head, *front.split("\n"), lines[body_line - 2], *body.split("\n")])


def _set_key(front: str, path: list[str], value: object, file: Path) -> str:
    node = yaml_node(front, file, line_offset=1)
    lines = front.split("\n") if front else []
    mapping = node if isinstance(node, yaml.MappingNode) else None
    indent = ""
    for depth, part in enumerate(path):
        entry = None
        if mapping is not None:
            entry = next(((k, v) for k, v in mapping.value if k.value == part), None)
        last = depth == len(path) - 1
        if entry is None:
            if value is None:
                return front
            # A new key: at the end of its mapping (or of the front matter).
            new = [f"{indent}{part}: {_flow(value)}"] if last else [f"{indent}{part}:"]
            inner = indent + "  "
            for rest_depth, rest in enumerate(path[depth + 1:], depth + 1):
                end = rest_depth == len(path) - 1
                new.append(f"{inner}{rest}: {_flow(value)}" if end else f"{inner}{rest}:")
                inner += "  "
            at = len(lines) if mapping is None or not mapping.value \
                else _block_end(mapping, lines)
            lines[at:at] = new
            return "\n".join(lines)
        key_node, value_node = entry
        if last:
            start, end = key_node.start_mark, value_node.end_mark
            if value is None:
                first, stop = start.line, _node_last_line(value_node, lines) + 1
                del lines[first:stop]
                return "\n".join(lines)
            if isinstance(value_node, yaml.ScalarNode) and \
                    value_node.start_mark.line == value_node.end_mark.line:
                row = value_node.start_mark.line
                line = lines[row]
                vs, ve = value_node.start_mark.column, value_node.end_mark.column
                if vs == ve:  # `key:` with nothing after it (null): the value after the colon
                    row = key_node.start_mark.line
                    line = lines[row]
                    vs = ve = line.index(":", key_node.end_mark.column) + 1
                    lines[row] = line[:vs] + " " + _flow(value) + line[ve:]
                else:
                    lines[row] = line[:vs] + _flow(value) + line[ve:]
                return "\n".join(lines)
            # A block value (a list over several lines): the key's lines replaced by one.
            first, stop = start.line, _node_last_line(value_node, lines) + 1
            key_indent = lines[first][:len(lines[first]) - len(lines[first].lstrip())]
            lines[first:stop] = [f"{key_indent}{part}: {_flow(value)}"]
            return "\n".join(lines)
        if not isinstance(value_node, yaml.MappingNode):
            if value is None:
                return front
            raise InputError(f"'{'.'.join(path[:depth + 1])}' is not a mapping in the front "
                             "matter", file=file, line=key_node.start_mark.line + 2,
                             fix="fix it in the editor")
        mapping = value_node
        indent = " " * value_node.start_mark.column if value_node.value else indent + "  "
    return front


def _node_last_line(node: yaml.Node, lines: list[str]) -> int:
    """The last line holding some of `node` (its end mark may be the next line's start)."""
    end = node.end_mark
    last = end.line if end.line < len(lines) and lines[end.line][:end.column].strip() \
        else end.line - 1
    while last > node.start_mark.line and not lines[last].split("#")[0].strip():
        last -= 1
    return max(last, node.start_mark.line)


def _block_end(mapping: yaml.MappingNode, lines: list[str]) -> int:
    return _node_last_line(mapping.value[-1][1], lines) + 1


def problem_dict(problem: Problem, data_dir: Path) -> dict:
    """A problem for the page: its file relative to the data folder, line, message, fix."""
    file = None
    if problem.file is not None:
        path = Path(problem.file)
        try:
            file = str(path.resolve().relative_to(data_dir))
        except (ValueError, OSError):
            file = path.name
    return {"file": file, "name": Path(problem.file).name if problem.file else None,
            "line": problem.line, "message": problem.message, "fix": problem.fix}


__all__ = ["ARTICLE", "EDITABLE", "FIGURES", "Conflict", "Doubt", "NotFound", "Workspace",
           "atomic_write", "edit_front_matter", "version_of"]
