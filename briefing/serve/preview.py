"""The preview of a briefing: its last good PDF's pages as PNG images, and the state of
the build after the last save.

Only pages whose content changed are drawn again: each page is identified by a hash of
what pikepdf reads from it (its boxes, content streams and the images and forms it
draws), and its picture is stored under that hash, so a page that did not change — or
changed back — keeps its picture. The page being edited (the one showing the text
around the editor's caret) is drawn first and published at once; the other changed
pages follow. A failed build keeps the last good pages and PDF and reports its problems.

Before that, while the build lays the document out, the build process draws the page
holding the text at the caret alone, as soon as it is laid out (briefing/weasy/
stream.py), and sends it as a one-page PDF, drawn into a picture here: the status
lists it as `provisional` (its page number and picture) until the written PDF's own
picture of that page is ready — the browser keeps showing it until then, so the page
never flashes back to its old picture — or until the build withdraws it (a later
layout discarded the one it came from), fails, or a newer save begins another build.
Its picture has a random name of its own (it is no page of a written PDF) and is
deleted a build later.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

SCALE = 1.25  # 90 dpi: a page is 744 × 1052 pixels on A4
WHITESPACE = re.compile(r"\s+")


@dataclass
class Page:
    number: int  # 1-based
    hash: str
    ready: bool = False


@dataclass
class Preview:
    name: str
    state_dir: Path
    generation: int = 0
    shown: int = 0  # the generation whose pages are listed (earlier ones stay until then)
    status: str = "idle"  # idle | building | ok | failed
    problems: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    edited_page: int | None = None
    built_at: float | None = None
    seconds: float | None = None
    template: str | None = None
    # Seconds from the save of the generation shown: pdf, edited page, all pages.
    timings: dict[str, float] = field(default_factory=dict)
    cpu: float | None = None  # the build's CPU time in its process
    # The page drawn ahead of the PDF: {"generation", "page", "file"} (see above).
    provisional: dict | None = None
    _drawn_ahead: list[tuple[int, str]] = field(default_factory=list, repr=False)
    started: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def pdf(self) -> Path:
        return self.state_dir / "preview.pdf"

    @property
    def pages_dir(self) -> Path:
        path = self.state_dir / "pages"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def begin(self) -> int:
        with self.lock:
            self.generation += 1
            self.status = "building"
            self.started = time.perf_counter()
            self.timings = {}
            self.edited_page = None
            self.provisional = None
            return self.generation

    def current(self, generation: int) -> bool:
        return self.generation == generation

    def drawn_ahead(self, generation: int, message: dict) -> None:
        """What the build of `generation` reports before its PDF is written: its
        provisional page (a one-page PDF, drawn here into a picture), or that the page
        is withdrawn."""
        if "provisional" in message:
            if not self.current(generation):
                return
            page = message["provisional"]
            name = secrets.token_hex(16)
            with self.lock:
                self._drawn_ahead.append((generation, name))
            draw_alone(page["pdf"], self.pages_dir / f"{name}.png")
            with self.lock:
                if self.current(generation) and self.shown != generation:
                    self.provisional = {"generation": generation, "page": page["page"],
                                        "file": name}
                    self.timings["provisional"] = time.perf_counter() - self.started
                    self.timings["provisional_cpu"] = page.get("cpu")
        elif message.get("withdrawn"):
            with self.lock:
                if self.provisional is not None \
                        and self.provisional["generation"] == generation:
                    self.provisional = None

    def _forget_drawn_ahead(self) -> None:
        """Delete the provisional pictures of builds before the one shown (a browser
        may still be loading the shown build's)."""
        with self.lock:
            old = [file for generation, file in self._drawn_ahead if generation < self.shown]
            self._drawn_ahead = [(g, f) for g, f in self._drawn_ahead if g >= self.shown]
        for file in old:
            (self.pages_dir / f"{file}.png").unlink(missing_ok=True)

    def fail(self, generation: int, problems: list[dict]) -> None:
        with self.lock:
            if self.current(generation):
                self.provisional = None
                self.status = "failed"
                self.problems = problems
                self.timings["failed"] = time.perf_counter() - self.started
        self.save_record()

    def as_json(self, url: str) -> dict:
        with self.lock:
            return {
                "generation": self.generation, "shown": self.shown, "status": self.status,
                "problems": self.problems, "warnings": self.warnings,
                "pages": [{"number": p.number, "hash": p.hash,
                           "url": f"{url}/pages/{p.hash}.png" if p.ready else None}
                          for p in self.pages],
                "edited_page": self.edited_page, "built_at": self.built_at,
                "provisional": None if self.provisional is None else {
                    "generation": self.provisional["generation"],
                    "page": self.provisional["page"],
                    "url": f"{url}/pages/{self.provisional['file']}.png"},
                "seconds": self.seconds, "cpu": self.cpu, "template": self.template,
                "timings": self.timings, "pdf": f"{url}/pdf" if self.pdf.is_file() else None,
            }

    # ------------------------------------------------------------------ after a build

    def publish(self, generation: int, answer: dict, focus: str | None) -> None:
        """The build of `generation` succeeded: hash its pages, draw the changed ones
        (the one showing `focus` first) unless a newer save came meanwhile."""
        if not self.current(generation):
            return
        data = self.pdf.read_bytes()
        hashes = page_hashes(data)
        with self.lock:
            if not self.current(generation):
                return
            self.timings["pdf"] = time.perf_counter() - self.started
            self.shown = generation
            known = {p.hash for p in self.pages if p.ready}
            self.pages = [Page(n, h, ready=h in known or (self.pages_dir / f"{h}.png")
                               .is_file()) for n, h in enumerate(hashes, 1)]
            self.problems = []
            self.warnings = list(answer.get("warnings", []))
            self.seconds = answer.get("seconds")
            self.cpu = answer.get("cpu")
            self.template = answer.get("template")
            self.built_at = time.time()
            todo = [p for p in self.pages if not p.ready]
            ahead = self.provisional["page"] if self.provisional else None
        candidates = [p.number for p in todo]
        if ahead in candidates:
            candidates.insert(0, ahead)
        edited = find_page(data, focus, candidates or None) if focus else None
        if edited is None and todo:
            edited = todo[0].number
        with self.lock:
            self.edited_page = edited
            if self.provisional is not None and (
                    self.provisional["page"] > len(self.pages)
                    or self.pages[self.provisional["page"] - 1].ready):
                self.provisional = None  # its page's picture is there already
        todo.sort(key=lambda p: p.number != edited)
        draw_pages(data, todo, self.pages_dir, on_page=lambda page: self._ready(
            generation, page, edited), cancelled=lambda: not self.current(generation))
        with self.lock:
            if self.current(generation):
                self.status = "ok"
                self.provisional = None
                self.timings.setdefault("edited_page", time.perf_counter() - self.started)
                self.timings["all_pages"] = time.perf_counter() - self.started
        self.save_record()
        self._forget_drawn_ahead()

    def _ready(self, generation: int, page: Page, edited: int | None) -> None:
        with self.lock:
            if not self.current(generation):
                return
            page.ready = True
            if self.provisional is not None and self.provisional["page"] == page.number:
                self.provisional = None  # the written PDF's picture replaces it
            if page.number == edited:
                self.timings["edited_page"] = time.perf_counter() - self.started

    # ------------------------------------------------------------------ on disk

    def save_record(self) -> None:
        """The last build's outcome, for the library page after a restart."""
        with self.lock:
            record = {"status": self.status, "built_at": self.built_at,
                      "pages": len(self.pages), "seconds": self.seconds,
                      "problems": self.problems[:3],
                      "hashes": [p.hash for p in self.pages if p.ready]}
        path = self.state_dir / "status.json"
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(record), "utf-8")
        temporary.replace(path)

    def load_record(self) -> None:
        path = self.state_dir / "status.json"
        try:
            record = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return
        if not self.pdf.is_file():
            return
        hashes = [h for h in record.get("hashes", [])
                  if re.fullmatch(r"[0-9a-f]{32}", str(h))
                  and (self.pages_dir / f"{h}.png").is_file()]
        self.status = record.get("status", "idle")
        self.built_at = record.get("built_at")
        self.seconds = record.get("seconds")
        self.problems = record.get("problems", [])
        self.pages = [Page(n, h, True) for n, h in enumerate(hashes, 1)]


def page_hashes(data: bytes) -> list[str]:
    """One hash per page of what it draws (pikepdf): boxes, content, images and forms."""
    import io

    import pikepdf

    hashes = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            digest = hashlib.sha256()
            for box in ("/MediaBox", "/TrimBox", "/BleedBox"):
                if box in page.obj:
                    digest.update(repr([float(v) for v in page.obj[box]]).encode())
            for stream in _contents(page.obj.get("/Contents")):
                digest.update(stream.read_bytes())
            _hash_resources(page.obj.get("/Resources"), digest, set())
            hashes.append(digest.hexdigest()[:32])
    return hashes


def _contents(contents):
    import pikepdf

    if contents is None:
        return []
    if isinstance(contents, pikepdf.Array):
        return list(contents)
    return [contents]


def _hash_resources(resources, digest, seen: set) -> None:
    import pikepdf

    if not isinstance(resources, pikepdf.Dictionary):
        return
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, pikepdf.Dictionary):
        return
    for name in sorted(xobjects.keys()):
        xobject = xobjects[name]
        key = xobject.objgen
        if key in seen or not isinstance(xobject, pikepdf.Stream):
            continue
        seen.add(key)
        digest.update(name.encode())
        digest.update(xobject.read_raw_bytes())
        _hash_resources(xobject.get("/Resources"), digest, seen)


_PDFIUM = threading.Lock()  # pdfium is not thread-safe


def _plain(text: str) -> str:
    return WHITESPACE.sub("", text)


def find_page(data: bytes, focus: str, candidates: list[int] | None) -> int | None:
    """The page (1-based) whose text holds `focus` (white space ignored), among
    `candidates` first."""
    import pypdfium2

    needle = _plain(focus)
    if len(needle) < 2:
        return None
    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            numbers = list(range(1, len(document) + 1))
            order = [n for n in candidates or [] if n in numbers] + numbers
            for number in dict.fromkeys(order):
                page = document[number - 1]
                text = page.get_textpage().get_text_bounded()
                if needle in _plain(text):
                    return number
        finally:
            document.close()
    return None


def draw_pages(data: bytes, pages: list[Page], folder: Path, on_page, cancelled) -> None:
    """Draw `pages` of the PDF in their order as PNG files named by their hash."""
    if not pages:
        return
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            for page in pages:
                if cancelled():
                    return
                target = folder / f"{page.hash}.png"
                if not target.is_file():
                    bitmap = document[page.number - 1].render(scale=SCALE)
                    image = bitmap.to_pil()
                    temporary = folder / f".{page.hash}.png.tmp"
                    image.save(temporary, format="PNG", compress_level=1)
                    temporary.replace(target)
                on_page(page)
        finally:
            document.close()


def draw_alone(pdf: bytes, target: Path) -> None:
    """The first page of `pdf` as a PNG at `target` (a page drawn ahead of its PDF by
    the build process: briefing/serve/builder.py)."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            image = document[0].render(scale=SCALE).to_pil()
        finally:
            document.close()
    temporary = target.with_name(f".{target.name}.tmp")
    image.save(temporary, format="PNG", compress_level=1)
    temporary.replace(target)


def focus_text(article: str, line: int | None, column: int | None) -> str | None:
    """A few characters of the text around the editor's caret, as the PDF prints them:
    markup, tags and the heading's #s removed."""
    if not line:
        return None
    lines = article.split("\n")
    if not 1 <= line <= len(lines):
        return None
    raw = lines[line - 1]
    text = re.sub(r"<[^>]*>", "", raw)
    text = re.sub(r"^\s*(#{1,6}\s+|>\s*|:::.*$|!\[[^\]]*\]\([^)]*\))", "", text)
    text = re.sub(r"[*_`|]", "", text).strip()
    if len(text) < 2:
        return None
    column = min(max((column or 0) - (len(raw) - len(text)), 0), len(text))
    start = max(0, min(column - 6, len(text) - 12))
    return text[start:start + 12]
