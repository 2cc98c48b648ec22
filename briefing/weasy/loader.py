"""WeasyPrint, loaded once per process and kept warm.

`load()` imports WeasyPrint without its slowest start-up step, installs every patch
of weasy/table.py (each checked first) and sets the garbage collector for layout
work. `font_configuration()`
hands out one `FontConfiguration` per set of fonts, so a warm process
(`briefing watch`, a batch worker) does not rebuild it for every document.

The start-up step: WeasyPrint 70 (weasyprint/text/ffi.py) opens each system library
by trying up to six names with cffi's `dlopen`, and cffi calls
`ctypes.util.find_library` for each name that is not a file, which on Linux runs
`ldconfig -p` and then `gcc` and `ld` for every miss — about 20 processes, ≈ 0.3–0.4 s
of every cold build. While WeasyPrint is imported, `find_library` here answers from
one reading of the dynamic linker's cache (`ldconfig -p`, run once) and the
directories of LD_LIBRARY_PATH, the same places the standard function looks first,
without the compiler fallbacks. Each name list of WeasyPrint ends with the
libraries' sonames (`libpango-1.0.so.0` …), which `dlopen` loads directly.
If anything is missed that way — a required library fails to load, or the
optional HarfBuzz subsetter is not found — the import is redone the ordinary way,
so the result is never worse than a plain `import weasyprint`.

And one module it imports but a build does not run: weasyprint/pdf/fonts.py imports
`fontTools.subset` (≈ 0.2 s, `python -X importtime`) for its fallback when HarfBuzz's
subsetter is missing; with the subsetter loaded no build calls it. It is imported
lazily (the standard library's `importlib.util.LazyLoader`): the module is in place,
and is executed the first time anything reads from it — if WeasyPrint ever falls back
to it, it works as before. Likewise the variable-font instancer it imports by name
(`from fontTools.varLib.instancer import instantiateVariableFont`, with the whole
fontTools.varLib package: ≈ 0.2 s of CPU time): WeasyPrint gets a function that imports
it when first called, which only a variable font does (DEFERRED_FUNCTIONS).

And cffi parses WeasyPrint's C declarations (and the patches' own) with pycparser at
every start, ≈ 0.09 s of CPU time for text that never changes: the parsed trees are
kept on disk (`_cached_c_declarations`), 0.04 s left.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes.util
import functools
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import types
from collections.abc import Hashable
from contextlib import contextmanager

_lock = threading.RLock()
_loaded = False
# How the last load went: "fast" (linker cache) or "ordinary" (fell back).
load_mode: str | None = None
_font_configurations: dict[Hashable, object] = {}
# Drop them before the interpreter tears modules down (their __del__ removes a folder).
atexit.register(_font_configurations.clear)


def font_folders() -> set:
    """The folders of the font configurations handed out here, as they are now."""
    with _lock:
        return {folder for config in _font_configurations.values()
                if (folder := getattr(config, "_folder", None)) is not None}


def remove_font_folders(keep: set = frozenset()) -> None:
    """Remove the folders of the font configurations handed out here. WeasyPrint copies
    each @font-face's font file into a folder of the configuration's (the emoji face:
    11 MB), which only its `__del__` removes — never run in a process that ends with
    `os._exit` (the export worker, the CLI: cli.exit_without_teardown). Run at exit
    (before the configurations are dropped) and by the export worker. `keep`: folders not
    this process's to remove (a forked worker's parent's, font_folders() at the fork).

    A configuration whose folder goes is handed out no more: fontconfig still names the
    removed files, and a build reusing it (its stylesheets' @font-face rules kept, so not
    added again) would find no face there — the emoji face's characters drawn as .notdef
    boxes (seen in the test suite, whose processes go on after a test removed them)."""
    with _lock:
        for key, config in list(_font_configurations.items()):
            folder = getattr(config, "_folder", None)
            if folder is not None and folder not in keep:
                shutil.rmtree(folder, ignore_errors=True)
                config._folder = None
                del _font_configurations[key]


atexit.register(remove_font_folders)  # runs before the clear above (last in, first out)


@functools.cache
def _ldconfig_listing() -> tuple[tuple[str, str, str], ...]:
    """(name, soname, path) of each library in the dynamic linker's cache (`ldconfig -p`),
    read once per process; empty when there is no ldconfig."""
    executable = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None)
    if executable is None:
        return ()
    try:
        listing = subprocess.run([executable, "-p"], capture_output=True, timeout=10,
                                 env={**os.environ, "LC_ALL": "C", "LANG": "C"}).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    entries = []
    for line in listing.decode("utf-8", "replace").splitlines():
        match = re.match(r"\s+(lib(\S+?)\.so\S*)\s.*=>\s*(\S+)\s*$", line)
        if match:
            entries.append((match[2], match[1], match[3]))
    return tuple(entries)


def _ldconfig_sonames() -> dict[str, str]:
    """library name (pango-1.0) -> soname (libpango-1.0.so.0), first entry wins."""
    sonames: dict[str, str] = {}
    for name, soname, _ in _ldconfig_listing():
        sonames.setdefault(name, soname)
    return sonames


def ldconfig_paths() -> dict[str, str]:
    """library name -> the file the dynamic linker loads for it."""
    paths: dict[str, str] = {}
    for name, _, path in _ldconfig_listing():
        paths.setdefault(name, path)
    return paths


def _library_path_soname(name: str) -> str | None:
    for folder in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep):
        if folder and os.path.isdir(folder):
            for entry in sorted(os.listdir(folder)):
                if re.fullmatch(rf"lib{re.escape(name)}\.so(\.\d+)*", entry):
                    return os.path.join(folder, entry)
    return None


@contextmanager
def _quick_find_library():
    sonames = _ldconfig_sonames()
    original = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        return _library_path_soname(name) or sonames.get(name)

    ctypes.util.find_library = find_library
    try:
        yield
    finally:
        ctypes.util.find_library = original


def _forget_weasyprint() -> None:
    for name in [n for n in sys.modules if n == "weasyprint" or n.startswith("weasyprint.")]:
        del sys.modules[name]


# Modules WeasyPrint imports that a build with HarfBuzz's subsetter never runs.
LAZY_MODULES = ("fontTools.subset",)
# Functions WeasyPrint imports by name (`from module import name`, which LazyLoader
# cannot defer: reading the name runs the module) and calls only for some fonts:
# module -> names. fontTools' variable-font instancer (with the fontTools.varLib
# package it needs, ≈ 0.2 s of CPU time) serves variable fonts only.
DEFERRED_FUNCTIONS = {"fontTools.varLib.instancer": ("instantiateVariableFont",)}


def _import_lazily(name: str) -> None:
    """Put module `name` in place without running it; it runs on first attribute read."""
    if name in sys.modules:
        return
    parent, _, child = name.rpartition(".")
    __import__(parent)
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    setattr(sys.modules[parent], child, module)


def _deferred(module: str, name: str):
    """A function that imports `module` when first called and runs its `name`."""

    def call(*args, **kwargs):
        function = getattr(importlib.import_module(module), name)
        return function(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = __name__
    call.deferred_from = f"{module}:{name}"  # tests and the table's checks read it
    return call


@contextmanager
def _deferred_functions():
    """While WeasyPrint is imported, `from module import name` of DEFERRED_FUNCTIONS
    gives a function that imports the module when first called (never, for fonts that
    do not need it). The stand-in module is removed afterwards: any later import of
    `module` imports the real one."""
    placed = []
    for module, names in DEFERRED_FUNCTIONS.items():
        if module in sys.modules:
            continue
        stand_in = types.ModuleType(module, "briefing: imported when first called")
        for name in names:
            setattr(stand_in, name, _deferred(module, name))
        sys.modules[module] = stand_in
        placed.append((module, stand_in))
    try:
        yield
    finally:
        for module, stand_in in placed:
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]


class _CachedCParser:
    """pycparser's parser for cffi, its trees kept on disk (`C_DECLARATIONS`)."""

    def __init__(self, make_parser) -> None:
        self._make_parser = make_parser

    def parse(self, text: str):
        import pickle

        import cffi
        import pycparser

        from briefing.diskcache import cache_dir

        key = hashlib.sha256("\0".join((cffi.__version__, pycparser.__version__,
                                         sys.version, text)).encode()).hexdigest()
        path = cache_dir() / "cdefs" / f"{key}.pickle"
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - absent or unreadable: parsed as ever
            pass
        tree = self._make_parser().parse(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(tree, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except Exception:  # noqa: BLE001 - a read-only cache costs only the time
            with contextlib.suppress(Exception):
                os.unlink(temporary)
        return tree


@contextmanager
def _cached_c_declarations():
    """While WeasyPrint is imported, cffi's parses of its C declarations (pycparser,
    ≈ 0.09 s of CPU time at every start, of text that never changes) come from a cache
    on disk ($XDG_CACHE_HOME/briefing/cdefs/), keyed by the exact text cffi hands
    pycparser and the versions of cffi, pycparser and Python; a miss parses and stores.
    What cffi then builds from the tree is unchanged."""
    try:
        from cffi import cparser
    except ImportError:
        yield
        return
    real = getattr(cparser, "_get_parser", None)
    if real is None:
        yield
        return
    cached = _CachedCParser(real)
    cparser._get_parser = lambda: cached
    try:
        yield
    finally:
        cparser._get_parser = real


def _cache_type_parses() -> None:
    """From now on, cffi's parses of the C types named at run time (`ffi.new(
    "PangoRectangle *")`, a cast to `PangoFcFontMap *` …) come from the same cache on
    disk: cffi parses each new type inside a text declaring every type it knows (a
    typedef line each), ≈ 2.5 ms apiece — seven in a cold build of the sample, each
    once per process (cffi keeps the result). The text, and so the key, is the same in
    every process that made the same declarations."""
    try:
        from cffi import cparser
    except ImportError:
        return
    real = getattr(cparser, "_get_parser", None)
    if real is None or getattr(real, "briefing_cached", False):
        return
    cached = _CachedCParser(real)

    def get_parser():
        return cached

    get_parser.briefing_cached = True
    cparser._get_parser = get_parser


def _import_weasyprint() -> str:
    if "weasyprint.text.ffi" in sys.modules:
        return "ordinary"
    for name in LAZY_MODULES:
        _import_lazily(name)
    with _deferred_functions(), _cached_c_declarations():
        return _import_weasyprint_libraries()


def _import_weasyprint_libraries() -> str:
    if sys.platform.startswith("linux"):
        try:
            with _quick_find_library():
                from weasyprint.text import ffi
            if ffi.harfbuzz_subset is not None:
                return "fast"
        except OSError:
            pass
        _forget_weasyprint()
    import weasyprint.text.ffi  # noqa: F401  (raises OSError when a library is missing)

    return "ordinary"


def load() -> None:
    """Import WeasyPrint and install our patches (idempotent, thread-safe).

    Raises OSError when WeasyPrint cannot load its system libraries, and
    WeasyPrintIncompatible when its internals are not those the patches extend."""
    global _loaded, load_mode
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        load_mode = _import_weasyprint()
        import weasyprint  # noqa: F401

        from briefing import weasy

        with _cached_c_declarations():  # the patches' own C declarations too
            weasy.install()  # every patch of weasy/table.py, checked first
        _cache_type_parses()
        _tune_garbage_collector()
        _loaded = True


# Young-generation size for Python's cyclic garbage collector while laying out.
GC_YOUNG_THRESHOLD = 20_000


def _tune_garbage_collector() -> None:
    """Layout allocates millions of short-lived objects; with Python's default
    thresholds (700, 10, 10) the collector runs thousands of times a build and keeps
    walking every module's objects. What is loaded now stays for the life of the
    process: it is moved out of the collector's sight (gc.freeze), and collections
    are made rarer. Measured on 105 pages: 3–6 % of a build, the same peak memory
    (bench/speed.py's big rows keep watching the memory)."""
    import gc

    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, GC_YOUNG_THRESHOLD), max(middle, 20), max(old, 20))


def font_configuration(key: Hashable):
    """One FontConfiguration per key, reused while the process lives. The key must
    change whenever a font could (fingerprint.Fingerprint.fonts: every @font-face rule
    and every font file WeasyPrint may read), so a reused one is never stale. A new key
    gets the configuration `prepare_font_configuration()` made, if one is waiting."""
    load()
    with _lock:
        config = _font_configurations.get(key)
        if config is None:
            from weasyprint.text.fonts import FontConfiguration

            config = _font_configurations.pop(_PREPARED, None)
            if len(_font_configurations) >= 8:
                _font_configurations.clear()
            config = _font_configurations[key] = config or FontConfiguration()
        return config


# The key of the configuration made ahead by prepare_font_configuration().
_PREPARED = ("briefing: prepared, no key yet",)


def prepare_font_configuration() -> None:
    """Make now the FontConfiguration the next new key of `font_configuration` will be
    handed: the export worker does it while it waits for its job, off a cold build's
    path (≈ 0.01 s: fontconfig's configuration, and cffi parsing the C type WeasyPrint
    casts its font map to). A configuration is the same whenever it is made — its fonts
    are added by each document's @font-face rules — and its folder, like any other's,
    is removed by `remove_font_folders`."""
    load()
    with _lock:
        if _PREPARED not in _font_configurations:
            from weasyprint.text.fonts import FontConfiguration

            _font_configurations[_PREPARED] = FontConfiguration()
