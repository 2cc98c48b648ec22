"""HTML to PDF with WeasyPrint: a fetcher confined to the project's folders, an atomic write.

WeasyPrint would read any `file://` URL it meets in content or CSS; our fetcher
refuses everything outside the allowed folders, and a refused URL fails the build
(it is never silently dropped) before anything is written.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Callable, Hashable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing import weasy
from briefing.errors import EnvironmentProblem, InputError

LOGGER = logging.getLogger("briefing")


@dataclass
class ExportResult:
    path: Path
    pages: int
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Relayout:
    """Lay the document out again from other HTML when the first layout has fewer than
    `below` pages (the contents that appear from a page count on). `html` is the HTML
    or a function making it, called only when needed."""

    below: int
    html: str | Callable[[], str]
    # `first`: lay the other HTML out first, and keep it without laying out the document's
    # own when even `contents_pages` more pages (what the contents can add at most) would
    # leave it short of `below` — a short document is then laid out once, as it prints.
    # `contents_pages` may be a function of the other HTML (called only when needed).
    first: bool = False
    contents_pages: int | Callable[[str], int] = 0

    def __call__(self, pages: int) -> str | None:
        if pages >= self.below:
            return None
        return self.source()

    def source(self) -> str:
        return self.html if isinstance(self.html, str) else self.html()

    def added(self) -> int:
        """The most pages the contents can add to the other HTML's."""
        count = self.contents_pages
        return count if isinstance(count, int) else count(self.source())

    def surely_short(self, pages: int) -> bool:
        """Whether the document with its contents would have fewer than `below` pages,
        the other HTML having `pages`."""
        return pages + self.added() < self.below

    def resolved(self) -> Relayout:
        """The same, its HTML made now (to send it to another process)."""
        if isinstance(self.html, str) and isinstance(self.contents_pages, int):
            return self
        html = self.source()
        return Relayout(self.below, html, self.first,
                        Relayout(self.below, html, contents_pages=self.contents_pages).added())


# In a process that keeps pages (incremental.keep_pages: watch, serve): the documents
# (their incremental.document_key) whose last build kept the layout without contents,
# found surely short (Relayout.surely_short). Their next build lays that HTML out first
# — one layout instead of two while an edit keeps them short (`write_pdf`).
_surely_short: dict[str, bool] = {}
SURELY_SHORT_REMEMBERED = 16


_short_lock = threading.Lock()


def _remember_short(key: str | None, short: bool) -> None:
    if key is None:
        return
    with _short_lock:
        _surely_short.pop(key, None)
        if short:
            while len(_surely_short) >= SURELY_SHORT_REMEMBERED:
                _surely_short.pop(next(iter(_surely_short)))
            _surely_short[key] = True


def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class FolderFetcher(URLFetcher):
        """Serves file:// and data: URLs inside the allowed folders; refuses all else."""

        def __init__(self, allowed_roots: Sequence[Path]):
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False,
                             fail_on_errors=True)
            self.allowed_roots = [Path(r).resolve() for r in allowed_roots]
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "data":
                return super().fetch(url, headers)
            if parts.scheme == "file" and parts.netloc in ("", "localhost"):
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in self.allowed_roots):
                    return super().fetch(url, headers)
            self.refused.append(url)
            raise ValueError(f"briefing: resource outside the project's folders: {url}")

    return FolderFetcher


@contextmanager
def _capture_weasyprint_log():
    """Collect WeasyPrint's warnings (it only logs them) so the build can show them."""
    messages: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                messages.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    handler = Collector()
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def atomic_target(target: Path):
    """A temporary file beside `target`; `os.replace` it over the target when complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.close(handle)
        # mkstemp makes the file private (0600); the PDF gets the usual mode for new files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(name, 0o666 & ~umask)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def write_pdf(
    html: str,
    target: Path,
    *,
    base_url: Path,
    allowed_roots: Sequence[Path],
    pdf_identifier: bytes | None = None,
    stylesheets: Sequence[str] = (),
    pdf_options: dict | None = None,
    finisher: Callable | None = None,
    relayout: Callable[[int], str | None] | None = None,
    font_key: Hashable | None = None,
    created: str | None = None,
    glyph_check: Callable[..., list] | None = None,
    place_figures: bool = True,
) -> ExportResult:
    """`stylesheets` (CSS text) come after the document's own; `pdf_options` and
    `finisher` go to WeasyPrint's write_pdf (briefing/printing.py makes them);
    `relayout(pages)` may return new HTML to lay out instead (the table of contents
    that appears above a page count). `font_key` (fingerprint.Fingerprint.fonts) lets a warm process
    reuse its font configuration; `created` (W3C date) is the PDF's creation and
    modification date (briefing/fingerprint.py: document_date). `glyph_check(document)`
    (fonts.LayoutCheck) lists the characters laid out in no font of their role: the
    export stops there, with nothing written. `place_figures`: key-figure groups that
    leave a page short move past the following text as the pages are laid out
    (briefing/weasy/placement.py)."""
    try:
        weasy.load()  # WeasyPrint without its slow library lookups, our extensions
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
    except OSError as exc:  # Pango or HarfBuzz missing
        raise EnvironmentProblem(f"WeasyPrint cannot load its system libraries: {exc}",
                                 fix="run `make setup` (installs the Debian packages)") from None

    from weasyprint.urls import FatalURLFetchingError

    from briefing.weasy import incremental, placement

    fetcher = _fetcher_class()(allowed_roots)
    font_config = (FontConfiguration() if font_key is None
                   else weasy.font_configuration(font_key))
    base = base_url.resolve().as_uri() + "/"

    def layout(source: str):
        profiles: dict = {}  # @color-profile rules of the extra sheets reach the PDF
        extra = [CSS(string=css, base_url=base, url_fetcher=fetcher, font_config=font_config,
                     color_profiles=profiles) for css in stylesheets]
        # A layout of this document after another one — the blank-page mark's, or a
        # rebuild in a process that keeps pages — lays out again only the pages that
        # changed (weasy/incremental.py); the output is the same.
        key = incremental.document_key(source, stylesheets, pdf_options or {}, base,
                                       font_key)
        with incremental.remembering(key):
            return HTML(string=source, base_url=base, url_fetcher=fetcher).render(
                font_config=font_config, color_profiles=profiles, stylesheets=extra,
                **(pdf_options or {}))

    try:
        with _capture_weasyprint_log() as messages, \
                incremental.one_build(across_builds=font_key is not None):
            def laid_out(source: str):
                if not place_figures:
                    return layout(source)
                # figures that leave pages short deferred past the text as pages are
                # laid out; a blank page before a closing block marked
                with placement.placing(placement.group_ids(source)) as moves:
                    document, _ = placement.place(source, layout, None, moves)
                return document

            # A short document is laid out without its contents first when its text
            # says so (Relayout.first) or, in a process that keeps pages, when its last
            # build found it surely short; it keeps that layout when the contents could
            # not take it to `below` pages, else it is laid out as a cold build does.
            short_key = (incremental.document_key(html, stylesheets, pdf_options or {},
                                                  base, font_key)
                         if relayout is not None and font_key is not None
                         and incremental.keeping() and incremental.enabled() else None)
            document, kept_short = None, False
            if relayout is not None and (relayout.first or short_key in _surely_short):
                short = laid_out(relayout.source())
                if relayout.surely_short(len(short.pages)):
                    document, kept_short = short, True
            if document is None:
                document = laid_out(html)
                if relayout is not None and (again := relayout(len(document.pages))) is not None:
                    document = laid_out(again)
                    kept_short = relayout.surely_short(len(document.pages))
            _remember_short(short_key, kept_short)
    except FatalURLFetchingError as exc:
        if fetcher.refused:
            raise InputError(
                "the document asks for resources outside the briefing folder, templates/ "
                "and fonts/: " + ", ".join(fetcher.refused),
                fix="copy the file into the briefing folder (images) or the template folder",
            ) from None
        raise InputError(f"a resource could not be read: {exc} ({exc.__cause__})",
                         fix="check the file name in the article or the stylesheet") from None
    if glyph_check is not None and (problems := glyph_check(document)):
        raise InputError(problems=problems)
    if created is not None:
        document.metadata.created = document.metadata.modified = created
    temporary = atomic_target(target)
    try:
        with _capture_weasyprint_log() as write_messages, weasy.stable_ids(pdf_identifier), \
                weasy.spacers(not (pdf_options or {}).get("pdf_variant")):
            document.write_pdf(temporary, pdf_identifier=pdf_identifier, finisher=finisher,
                               **(pdf_options or {}))
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    warnings = [m for m in messages + write_messages if "briefing:" not in m]
    return ExportResult(path=target, pages=len(document.pages), warnings=warnings)
