"""The one way YAML is read: article front matter, figures.yaml, fonts.yaml, template.yaml.

    settings = read_yaml(path, TemplateSettings)          # a pydantic model, or InputError
    document = parse_yaml(text, file, line_offset=1)       # the node tree and its data
    meta = document.validate(Meta, what="front matter")

The text is composed once into PyYAML's node tree, which is refused with its line when
malformed, when a mapping repeats a key (YAML would keep the last one silently), when it
carries a tag other than plain data (`!!python/…`) or a number too long to read. The
data is constructed from that tree (no second parse) and validated by a pydantic model;
every problem pydantic finds is reported at the line of its key or value.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from briefing.errors import InputError, Problem

M = TypeVar("M", bound=BaseModel)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml: ~6x faster
    """SafeLoader that leaves dates as strings, so pydantic validates them with a line."""


class _PureLoader(yaml.SafeLoader):
    """The same in Python: its errors point at the line that is wrong (libyaml's often
    at the end of the document), so malformed YAML is parsed again with it."""


_Loader.yaml_implicit_resolvers = _PureLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class WrittenFloat(float):
    """A YAML float that keeps the digits it was written with: `value: 120.30` is 120.3 to
    arithmetic, but a figure printed from it must read 120.30, as its sentence does."""

    written: str

    def __new__(cls, value: float, written: str) -> WrittenFloat:
        number = super().__new__(cls, value)
        number.written = written
        return number

    def __str__(self) -> str:
        return self.written


PLAIN_DECIMAL = re.compile(r"[+-]?\d+\.\d+")


def _construct_float(constructor: yaml.constructor.SafeConstructor,
                     node: yaml.ScalarNode) -> float:
    value = yaml.constructor.SafeConstructor.construct_yaml_float(constructor, node)
    if PLAIN_DECIMAL.fullmatch(node.value):
        return WrittenFloat(value, node.value)
    return value


class _Constructor(yaml.constructor.SafeConstructor):
    pass


for _reader in (_Constructor, _Loader, _PureLoader):
    _reader.add_constructor("tag:yaml.org,2002:float", _construct_float)
# …and written back as it was read, should loaded data be dumped again.
yaml.SafeDumper.add_representer(
    WrittenFloat, lambda dumper, number: dumper.represent_scalar("tag:yaml.org,2002:float",
                                                                 number.written))


def yaml_load(text: str):
    """The data of a YAML text (composed and constructed in one go, without the checks of
    yaml_node: for YAML this program wrote itself)."""
    return yaml.load(text, Loader=_Loader)


def yaml_node(text: str, file: Path, line_offset: int = 0) -> yaml.Node | None:
    """The YAML's node tree, refused with its line when malformed, when a mapping repeats
    a key (YAML would keep the last one silently) or when it carries a tag other than
    plain data (`!!python/…`: what a safe loader cannot construct)."""
    try:
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            node = yaml.compose(text, Loader=_PureLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(
            f"malformed YAML: {problem}", file=file, line=line,
            fix="check indentation and quoting; a value holding ':' must be quoted",
        ) from None
    if node is not None:
        _check_plain_data(node, file, line_offset)
    return node


PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in (
    "str", "int", "float", "bool", "null", "map", "seq"))


NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})
NUMBER_MAX_CHARS = 40  # far beyond any figure; Python refuses to read ints of 4300 digits


def _check_plain_data(root: yaml.Node, file: Path, line_offset: int) -> None:
    stack, visited = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in visited:  # an alias: its node was checked (and may recur many times)
            continue
        visited.add(id(node))
        line = node.start_mark.line + 1 + line_offset
        if node.tag not in PLAIN_TAGS:
            raise InputError(f"the YAML tag '{node.tag}' is not allowed", file=file, line=line,
                             fix="write plain values (text, numbers, lists, mappings); "
                                 "quote a value that starts with '!'")
        if node.tag in NUMBER_TAGS and len(node.value) > NUMBER_MAX_CHARS:
            raise InputError(f"a number of {len(node.value)} characters", file=file,
                             line=line, fix="write the value in 万 or 亿, or quote it if it is "
                                            "text")
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                key_line = key.start_mark.line + 1 + line_offset
                if not isinstance(key, yaml.ScalarNode):
                    # 「{}: x」「[a]: x」: YAML allows it, no Python mapping can hold it
                    raise InputError("a key that is itself a list or a mapping",
                                     file=file, line=key_line,
                                     fix="write each key as plain text before its ':'")
                if key.value in seen:
                    raise InputError(
                        f"the key '{key.value}' is given twice (first on line "
                        f"{seen[key.value]})", file=file, line=key_line,
                        fix="keep one of the two lines")
                seen[key.value] = key_line
                stack += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value


def construct(node: yaml.Node | None) -> Any:
    """The data of a composed (and checked) node tree, without parsing the text again."""
    if node is None:
        return None
    return _Constructor().construct_document(node)


def _node_line(node: yaml.Node | None, loc: tuple[Any, ...], line_offset: int) -> int | None:
    """The line of the YAML node at a pydantic error location (deepest match)."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == key:
                    line = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                break
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line + line_offset


def _model_at(model: type[BaseModel] | None, loc: Sequence[Any]) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at `loc` inside `model`, if any."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = next((f for name, f in annotation.model_fields.items()
                          if part in (name, f.alias)), None)
            if field is None:
                return None
            annotation = field.annotation
            continue
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin in (list, tuple, Sequence) and isinstance(part, int) and args:
            annotation = args[0]
        elif origin in (dict, Mapping) and len(args) == 2:
            annotation = args[1]
        else:
            return None
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation,
                                                                       BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """X from Annotated[X, …] and from X | None (the first model of a union)."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        models = [a for a in members if isinstance(a, type) and issubclass(a, BaseModel)]
        return _unwrap((models or members)[0]) if members else annotation
    return annotation


def _keys(model: type[BaseModel]) -> list[str]:
    return [field.alias or name for name, field in model.model_fields.items()
            if not field.exclude]


def _validation_problems(
    exc: ValidationError, file: Path, node: yaml.Node | None, line_offset: int, prefix=(),
    model: type[BaseModel] | None = None,
) -> list[Problem]:
    """One Problem per pydantic error, at the line of the key or value it is about.
    `model` (validated at `prefix`… inside the document) names the keys an unknown key
    could have been; a model's `yaml_key_kind` ("role") names what its keys are."""
    problems = []
    for error in exc.errors():
        loc = tuple(prefix) + tuple(error["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        if error["type"] == "extra_forbidden":
            parent = _model_at(model, tuple(error["loc"])[:-1]) if model else None
            kind = getattr(parent, "yaml_key_kind", "key")
            key = str(loc[-1])
            keys = _keys(parent) if parent else []
            close = difflib.get_close_matches(key, keys, n=1)
            named = where if kind == "key" else key
            message = f"unknown {kind} '{named}'" + (
                f" (did you mean '{close[0]}'?)" if close else "")
            fix = (f"remove it, or use one of the {kind}s {', '.join(keys)}" if keys else
                   "remove it, or check its spelling")
        elif error["type"] == "missing":
            message, fix = f"'{where}' is required", f"add '{loc[-1]}:' with a value"
        elif error.get("input", "") is None and error["type"].endswith("_type"):
            # `title: null` or `title:` with nothing after it: pydantic's "Input should be a
            # valid string" does not say that the value is missing.
            message, fix = f"'{where}' has no value", f"write its value after '{loc[-1]}:'"
        elif error["type"] == "literal_error":
            expected = error.get("ctx", {}).get("expected", "")
            message, fix = f"'{where}': {error['msg']}", f"write one of: {expected}"
        elif error["type"] in ("model_type", "model_attributes_type", "dict_type"):
            message = f"'{where}' must be a mapping of keys to values"
            fix = "write one 'key: value' per line under it, indented"
        else:  # a validator's own error may say how to fix it (ctx "fix")
            message, fix = f"'{where}': {error['msg']}", error.get("ctx", {}).get("fix")
        line = _node_line(node, loc, line_offset)
        problems.append(Problem(message, file, line, fix))
    return problems


@dataclass(frozen=True)
class YamlDocument:
    """A YAML text composed once: its node tree (for lines) and its data."""

    file: Path
    node: yaml.Node | None
    data: Any
    line_offset: int = 0

    def line(self, *loc: Any) -> int | None:
        """The line of the key (or item) at `loc`, e.g. line("groups", 0, "rows")."""
        return _node_line(self.node, loc, self.line_offset)

    def key_lines(self) -> dict[str, int]:
        """The line of each top-level key."""
        if not isinstance(self.node, yaml.MappingNode):
            return {}
        return {key.value: key.start_mark.line + 1 + self.line_offset
                for key, _ in self.node.value}

    def problems(self, exc: ValidationError, prefix: tuple = (),
                 model: type[BaseModel] | None = None) -> list[Problem]:
        return _validation_problems(exc, self.file, self.node, self.line_offset, prefix,
                                    model)

    def validate(self, model: type[M], what: str | None = None) -> M:
        """The data as `model` (an empty document: the model's defaults), or InputError
        listing every problem with its line. `what` names the text in messages."""
        data = {} if self.data is None else self.data
        if not isinstance(data, dict):
            keys = _keys(model)
            raise InputError(
                f"{what or self.file.name} must be a mapping of keys to values",
                file=self.file, line=self.line() or 1 + self.line_offset,
                fix=f"write '{keys[0]}: …' and the other keys, one per line" if keys else
                    "write one 'key: value' per line")
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            problems = self.problems(exc, model=model)
            for problem in problems:  # an empty document has no lines of its own
                if problem.line is None:
                    problem.line = 1 + self.line_offset
            raise InputError(problems=problems) from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not UTF-8 text", file=path,
                         fix="save the file as UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path.name} cannot be read ({exc.strerror})", file=path,
                         fix="check the file's permissions") from None


def parse_yaml(source: str | Path, file: Path | None = None,
               line_offset: int = 0) -> YamlDocument:
    """Compose a YAML text (or file) once and construct its data from the nodes.
    `line_offset`: lines before the text in `file` (front matter: 1, for the '---')."""
    if isinstance(source, Path):
        file = file or source
        source = _read(source)
    if file is None:
        raise TypeError("parse_yaml needs `file` for a text, to name it in errors")
    node = yaml_node(source, file, line_offset)
    return YamlDocument(file=file, node=node, data=construct(node), line_offset=line_offset)


def read_yaml(source: str | Path, model: type[M], file: Path | None = None,
              line_offset: int = 0, what: str | None = None) -> M:
    """A YAML text or file as `model`; InputError with the file and line of every problem."""
    return parse_yaml(source, file, line_offset).validate(model, what)
