"""What a patch is, and how a table of them is checked, installed and removed.

Nothing here names a WeasyPrint internal: table.py does, one row per patch. A target
is written `module:attribute` (`weasyprint.layout.inline:justify_line`,
`weasyprint.text.line_break:Layout.set_text`), or a bare module name for the module
itself; it is imported only when a check or an install asks for it, so importing
briefing does not import WeasyPrint (weasy/loader.py does that, quickly).

Installing is process-wide — the patched functions are WeasyPrint's module
attributes — and idempotent; the state of one build lives elsewhere (weasy/state.py).
"""

from __future__ import annotations

import importlib
import inspect
import linecache
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

SUPPORTED_WEASYPRINT = ("70.",)
# An attribute that is not there (before a patch that adds one, e.g. Font.file_content).
MISSING = object()

_lock = threading.RLock()
# Patch name -> what its target held before install (MISSING: nothing of its own).
_originals: dict[str, object] = {}
# Patch name -> what each of its `also` places held before install.
_original_aliases: dict[str, tuple[object, ...]] = {}


class WeasyPrintIncompatible(RuntimeError):
    """The installed WeasyPrint does not have the internals a patch relies on."""


# ------------------------------------------------------------------ targets


def resolve(target: str) -> tuple[object, str | None]:
    """(the object holding the attribute, the attribute's name) of `module:Class.attr`;
    (the module, None) for a bare module name. Raises ImportError or AttributeError."""
    module_name, _, path = target.partition(":")
    owner = importlib.import_module(module_name)
    if not path:
        return owner, None
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    return owner, name


def value_at(target: str) -> object:
    """What `target` names now; MISSING when it (or its module) is not there."""
    try:
        owner, name = resolve(target)
    except (ImportError, AttributeError):
        return MISSING
    return owner if name is None else getattr(owner, name, MISSING)


def _own_value(owner, name: str) -> object:
    """The attribute as the owner itself holds it (not inherited), for restoring."""
    return vars(owner).get(name, MISSING)


def parameters(function) -> list[str] | None:
    """A callable's parameters (a property's: its getter's)."""
    if isinstance(function, property):
        function = function.fget
    try:
        return list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------ what a patch needs


@dataclass(frozen=True)
class Signature:
    """A WeasyPrint callable our replacement calls, with these parameters."""

    target: str
    params: tuple[str, ...]

    def problem(self) -> str | None:
        found = value_at(self.target)
        if found is MISSING:
            return f"{self.target} is missing"
        if parameters(found) != list(self.params):
            return f"{self.target}({', '.join(self.params)}) changed"
        return None


@dataclass(frozen=True)
class Exists:
    target: str

    def problem(self) -> str | None:
        return f"{self.target} is missing" if value_at(self.target) is MISSING else None


@dataclass(frozen=True)
class Same:
    """`target` is the very object `source` names (a module importing another's name)."""

    target: str
    source: str

    def problem(self) -> str | None:
        found = value_at(self.target)
        if found is MISSING or found is not value_at(self.source):
            return f"{self.target} is no longer {self.source}"
        return None


def _code_objects(code) -> Iterator:
    yield code
    for constant in code.co_consts:
        if hasattr(constant, "co_lines"):
            yield from _code_objects(constant)


def source_of(found) -> str:
    """The source of a function: its lines as its code objects span them (the first to
    the last line any of them runs) — what `inspect.getsource` finds for it, without
    tokenising the file (0.05 s of every start for the checks below); anything else
    through `inspect.getsource`."""
    code = getattr(inspect.unwrap(found), "__code__", None) if callable(found) else None
    if code is None or isinstance(found, type):
        return inspect.getsource(found)
    lines = linecache.getlines(code.co_filename)
    if not lines:
        raise OSError(f"no source for {code.co_filename}")
    last = max(line for each in _code_objects(code) for _, _, line in each.co_lines()
               if line is not None)
    return "".join(lines[code.co_firstlineno - 1:last])


@dataclass(frozen=True)
class SourceHas:
    """WeasyPrint's source of `target` still says `text` (what the replacement assumes)."""

    target: str
    text: str

    def problem(self) -> str | None:
        found = value_at(self.target)
        try:
            source = source_of(found)
        except (TypeError, OSError):
            return f"{self.target}: no source to read"
        return None if self.text in source else f"{self.target} no longer has {self.text!r}"


@dataclass(frozen=True)
class Holds:
    """Any other fact, as a test."""

    description: str
    test: Callable[[], bool]

    def problem(self) -> str | None:
        try:
            holds = self.test()
        except Exception:  # noqa: BLE001 - a changed internal may fail in any way
            holds = False
        return None if holds else f"no longer true: {self.description}"


@dataclass(frozen=True)
class CFunction:
    """A C function WeasyPrint's cffi instance declares (weasyprint/text/ffi.py)."""

    library: str  # pango, harfbuzz, harfbuzz_subset …
    name: str

    def problem(self) -> str | None:
        library = value_at(f"weasyprint.text.ffi:{self.library}")
        try:
            getattr(library, self.name)
        except AttributeError:
            return f"{self.library}.{self.name} not declared"
        return None


@dataclass(frozen=True)
class Declaration:
    """A C function WeasyPrint does not declare, declared on its own cffi instance
    when the patch is installed (cffi has no way to take it back; it is only added)."""

    library: str
    name: str
    cdef: str

    def declare(self) -> None:
        from weasyprint.text.ffi import ffi

        try:
            getattr(value_at(f"weasyprint.text.ffi:{self.library}"), self.name)
        except AttributeError:
            ffi.cdef(self.cdef)


Need = Signature | Exists | Same | SourceHas | Holds | CFunction


# ------------------------------------------------------------------ patches


@dataclass(frozen=True)
class Patch:
    """One replacement of a WeasyPrint internal.

    `target` holds WeasyPrint's object; `replacement` takes its place (and the places
    in `also`, other modules' names for the same object). `signature` is the
    parameters of WeasyPrint's object, which the replacement accepts and passes on;
    None when the target is an attribute we add (WeasyPrint must not have one).
    `defined_in` is where the object is defined when `target` is an import of it.
    `needs` are the other internals the replacement relies on; `declares`, the C
    functions it needs declared; `when`, a condition for installing it at all.
    """

    name: str
    concern: str  # the module of briefing/weasy/ holding the replacement
    target: str
    replacement: object
    signature: tuple[str, ...] | None
    why: str
    defined_in: str | None = None
    also: tuple[str, ...] = ()
    needs: tuple[Need, ...] = ()
    declares: tuple[Declaration, ...] = ()
    when: Callable[[], bool] | None = field(default=None, compare=False)

    @property
    def installed(self) -> bool:
        return self.name in _originals

    def weasyprints(self) -> object:
        """WeasyPrint's own object at the target (while installed, the one replaced)."""
        current = value_at(self.target)
        if self.installed and current is self.replacement:
            return _originals[self.name]
        return current

    def problems(self) -> list[str]:
        found = [problem for need in self.needs if (problem := need.problem())]
        ours = self.weasyprints()
        if self.signature is None:
            if ours is not MISSING and ours is not self.replacement:
                found.append(f"{self.target} exists (this patch adds it)")
            return found
        if ours is MISSING:
            return [f"{self.target} is missing", *found]
        defined = ours if self.defined_in is None else value_at(self.defined_in)
        if parameters(defined) != list(self.signature):
            found.insert(0, f"{self.defined_in or self.target}({', '.join(self.signature)})"
                            " changed")
        if self.defined_in is not None and ours is not defined:
            found.append(f"{self.target} is no longer {self.defined_in}")
        for alias in self.also:
            if value_at(alias) not in (ours, self.replacement):
                found.append(f"{alias} is no longer {self.target}")
        return found


def _version_problem() -> str | None:
    import weasyprint

    if not weasyprint.__version__.startswith(SUPPORTED_WEASYPRINT):
        return f"WeasyPrint {weasyprint.__version__} (supported: 70.x)"
    return None


def problems(patches: Iterable[Patch]) -> list[str]:
    """Everything about the installed WeasyPrint that the patches cannot rely on, each
    named by its patch."""
    found = [problem] if (problem := _version_problem()) else []
    for patch in patches:
        found += [f"{patch.name}: {problem}" for problem in patch.problems()]
    return found


def check(patches: Iterable[Patch]) -> None:
    found = problems(patches)
    if found:
        raise WeasyPrintIncompatible(
            "briefing cannot extend this WeasyPrint: " + "; ".join(found)
            + ". Pin weasyprint to the supported range (pyproject.toml).")


def install(patches: Sequence[Patch]) -> None:
    """Check every patch, then put each replacement in place (the installed ones stay)."""
    with _lock:
        check(patches)
        for patch in patches:
            if patch.installed or (patch.when is not None and not patch.when()):
                continue
            for declaration in patch.declares:
                declaration.declare()
            places = [resolve(patch.target), *(resolve(alias) for alias in patch.also)]
            held = [_own_value(owner, name) for owner, name in places]
            _originals[patch.name], _original_aliases[patch.name] = held[0], tuple(held[1:])
            for owner, name in places:
                setattr(owner, name, patch.replacement)


def uninstall(patches: Sequence[Patch]) -> None:
    """Give WeasyPrint its own objects back (in reverse order of installing)."""
    with _lock:
        for patch in reversed(patches):
            if not patch.installed:
                continue
            places = [resolve(patch.target), *(resolve(alias) for alias in patch.also)]
            originals = [_originals.pop(patch.name), *_original_aliases.pop(patch.name)]
            for (owner, name), original in zip(places, originals, strict=True):
                if original is MISSING:
                    delattr(owner, name)
                else:
                    setattr(owner, name, original)


def original(name: str):
    """WeasyPrint's own object that the installed patch `name` replaced (what a
    replacement calls to do WeasyPrint's part)."""
    return _originals[name]
