"""The workspace's routes (Starlette), with its safety rules.

- Every change (POST) carries the page's CSRF token (header X-CSRF-Token or form field
  `csrf`), a secret of this server process: 403 without it.
- With a `token` (`briefing serve --host …`), every request needs it: `?token=` once,
  which sets a cookie, then the cookie. 403 without it.
- Briefings are named by their slug only (workspace.Workspace.folder): 404 for anything
  else, so no path outside the data folder can be read or written.
- Uploads: at most MAX_UPLOAD bytes (413; a request without a length is refused, 411)
  and one of the text formats the importer reads (415).
- Saves carry the version of article.md they were made from: 409 with a message when
  the file changed meanwhile (another tab). Writes are atomic.
- A save starts a build that supersedes the one in progress (builder.Builder).
"""

from __future__ import annotations

import contextlib
import re
import secrets
import shutil
import tempfile
import threading
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from briefing.errors import BriefingError, Problem
from briefing.serve import figures as figure_review
from briefing.serve.builder import Builder
from briefing.serve.preview import Preview, focus_text
from briefing.serve.workspace import (
    ARTICLE,
    EDITABLE,
    FORM_FIELDS,
    FORM_LABELS,
    STATE,
    Conflict,
    NotFound,
    Workspace,
    form_values,
    parse_form,
    problem_dict,
)

HERE = Path(__file__).parent
MAX_UPLOAD = 2 * 1024 * 1024  # 2 MB of text: a long report; the importer's time grows with it
# The formats the importer reads: UTF-8 text, Markdown and HTML markup of publishing tools.
UPLOAD_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
TOKEN_COOKIE = "briefing_token"
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

# Outputs: a key → (label, BuildOptions fields).
PRINT_VARIANTS = {
    "plain": ("PDF", {}),
    "pdf-a": ("PDF/A-2b (archive)", {"variant": "pdf/a-2b"}),
    "pdf-x": ("PDF/X-4, 3 mm bleed (print shop)", {"variant": "pdf/x-4", "bleed_mm": 3.0}),
    "marks": ("proof: 3 mm bleed, crop and cross marks",
              {"bleed_mm": 3.0, "marks": ["crop", "cross"]}),
    "booklet": ("A5 booklet on A4 sheets", {"booklet": True}),
}
CHOICES = {
    "options.figures": ["inline", "lead", "end", "none"],
    "options.number_style": ["official", "grouped"],
    "options.punctuation": ["kaiming", "quanjiao", "banjiao"],
    "options.paper": ["A4", "A5", "B5", "letter"],
}


class Server:
    """What the routes share: the workspace, the build processes, the previews."""

    def __init__(self, data_dir: Path, token: str | None, builder: Builder | None) -> None:
        self.workspace = Workspace(data_dir)
        self.token = token
        self.csrf = secrets.token_urlsafe(32)
        self.builder = builder or Builder()
        self.previews: dict[str, Preview] = {}
        self.lock = threading.Lock()

    def preview(self, name: str) -> Preview:
        with self.lock:
            if name not in self.previews:
                preview = Preview(name, self.workspace.state(name))
                preview.load_record()
                self.previews[name] = preview
            return self.previews[name]

    def start_build(self, name: str, focus: str | None = None) -> int:
        """Build the preview of `name` in the background (superseding one in progress)."""
        preview = self.preview(name)
        generation = preview.begin()
        folder = self.workspace.folder(name)
        data_dir = self.workspace.data_dir

        def work() -> None:
            # The page at the caret is drawn ahead of the PDF, as soon as it is laid out.
            answer = self.builder.run(f"preview:{name}", {
                "folder": str(folder), "output": str(preview.pdf), "options": {},
                "focus": focus},
                on_message=lambda message: preview.drawn_ahead(generation, message))
            if answer is None:
                return  # superseded by a newer save
            if not answer["ok"]:
                preview.fail(generation, [problem_dict(Problem(**p), data_dir)
                                          for p in answer["problems"]])
                return
            try:
                preview.publish(generation, answer, focus)
            except Exception as error:  # noqa: BLE001 - shown on the page
                preview.fail(generation, [problem_dict(Problem(
                    f"the preview could not be drawn: {error}"), data_dir)])

        threading.Thread(target=work, daemon=True, name=f"build-{name}").start()
        return generation


def create_app(data_dir: Path, *, token: str | None = None,
               builder: Builder | None = None) -> Starlette:
    """The workspace over `data_dir`; `token`: required on every request (remote use)."""
    server = Server(Path(data_dir), token, builder)
    templates = Jinja2Templates(env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        server.builder.start()
        try:
            yield
        finally:
            server.builder.close()

    def page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"csrf": server.csrf, **context},
                                          status_code=status)

    def folder_of(request: Request) -> tuple[str, Path]:
        name = request.path_params["name"]
        try:
            return name, server.workspace.folder(name)
        except NotFound:
            raise HTTPException(404, f"no briefing '{name}' in the data folder") from None

    async def require_csrf(request: Request, form=None) -> None:
        sent = request.headers.get("x-csrf-token")
        if sent is None and form is not None:
            sent = form.get("csrf")
        if not isinstance(sent, str) or not secrets.compare_digest(sent, server.csrf):
            raise HTTPException(403, "missing or wrong CSRF token: reload the page")

    # ------------------------------------------------------------------ pages

    async def library(request: Request):
        rows = []
        for name in server.workspace.names():
            summary = server.workspace.summary(name)
            preview = server.preview(name)
            rows.append({"summary": summary, "pages": len(preview.pages),
                         "status": preview.status, "built_at": preview.built_at})
        return page(request, "library.html.j2", {"rows": rows, "suffixes": UPLOAD_SUFFIXES,
                                                  "max_upload": MAX_UPLOAD})

    async def import_upload(request: Request):
        length = request.headers.get("content-length")
        if length is None:
            raise HTTPException(411, "the upload must say its length")
        if not length.isdigit() or int(length) > MAX_UPLOAD + 64 * 1024:
            raise HTTPException(413, f"the file is larger than {MAX_UPLOAD // 1024 // 1024} MB")
        form = await request.form(max_files=1, max_fields=5)
        await require_csrf(request, form)
        upload = form.get("file")
        if upload is None or isinstance(upload, str) or not upload.filename:
            return error_page(request, 400, "no file was sent", "choose the article's file")
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise HTTPException(415, f"'{suffix or upload.filename}' is not a format the "
                                     f"importer reads ({', '.join(UPLOAD_SUFFIXES)})")
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise HTTPException(413, f"the file is larger than {MAX_UPLOAD // 1024 // 1024} MB")
        slug = str(form.get("slug") or "").strip() or None
        try:
            result = await run_in_threadpool(import_bytes, server.workspace, upload.filename,
                                             data, slug)
        except BriefingError as error:
            problems = [problem_dict(p, server.workspace.data_dir) for p in error.problems]
            for problem in problems:  # the uploaded file, not its temporary copy
                if problem["file"] and problem["file"].startswith(f"{STATE}/uploads/"):
                    problem["file"] = problem["name"] = Path(upload.filename).name
            return error_page(request, 400, "the article could not be imported",
                              problems=problems)
        server.start_build(result.folder.name)
        return RedirectResponse(f"/b/{result.folder.name}?imported=1", status_code=303)

    def error_page(request: Request, status: int, message: str, fix: str | None = None,
                   problems: list[dict] | None = None):
        return page(request, "error.html.j2", {"message": message, "fix": fix,
                                                "problems": problems or []}, status)

    async def briefing_page(request: Request):
        name, folder = folder_of(request)
        text, version = server.workspace.read_article(name)
        preview = server.preview(name)
        if preview.generation == 0:
            # Not built by this server yet: the files may have changed since the last
            # preview on disk (a build that changes nothing is skipped in a moment).
            server.start_build(name)
        try:
            values = form_values(text, folder / "article.md")
        except BriefingError:
            values = dict.fromkeys(FORM_FIELDS)
        from briefing.render import available_templates

        return page(request, "briefing.html.j2", {
            "name": name, "text": text, "version": version, "values": values,
            "fields": FORM_FIELDS, "labels": FORM_LABELS,
            "choices": {**CHOICES, "template": available_templates()},
            "review": review_context(name), "variants": PRINT_VARIANTS,
            "earlier": server.workspace.versions(name),
            "imported": request.query_params.get("imported") == "1",
        })

    def review_context(name: str) -> dict:
        folder = server.workspace.folder(name)
        context = {"name": name, "doubts": server.workspace.doubts(name), "proposals": [],
                   "held": [], "captions": [], "stale": [], "load_problems": []}
        try:
            from briefing.checks import stale_figures
            from briefing.loader import load_briefing
            from briefing.model import Figure

            briefing = load_briefing(folder)
        except BriefingError as error:
            context["load_problems"] += [problem_dict(p, server.workspace.data_dir)
                                         for p in error.problems]
            return context
        context["proposals"] = figure_review.proposals_of(briefing)
        context["held"] = briefing.held_tables  # tables rebuilt on a guess (review.py)
        context["captions"] = [block for block in briefing.walk_blocks()
                               if isinstance(block, Figure) and block.image is None]
        context["stale"] = [problem_dict(p, server.workspace.data_dir)
                            for p in stale_figures(briefing)]
        return context

    async def review_fragment(request: Request):
        name, _ = folder_of(request)
        context = await run_in_threadpool(review_context, name)
        return page(request, "_review.html.j2", {"review": context})

    async def status(request: Request):
        name, _ = folder_of(request)
        answer = server.preview(name).as_json(f"/b/{name}")
        answer["versions"] = {file: server.workspace.read_file(name, file)[1]
                              for file in EDITABLE}
        answer["version"] = answer["versions"][ARTICLE]
        return JSONResponse(answer)

    async def read_file(request: Request):
        name, _ = folder_of(request)
        try:
            text, version = server.workspace.read_file(name, request.path_params["file"])
        except NotFound:
            raise HTTPException(404, f"the editor opens {' and '.join(EDITABLE)} only") \
                from None
        return JSONResponse({"text": text, "version": version})

    # ------------------------------------------------------------------ changes

    async def json_body(request: Request):
        try:
            return await request.json()
        except ValueError:
            raise HTTPException(400, "the request is not JSON") from None

    async def save_article(request: Request):
        name, _ = folder_of(request)
        await require_csrf(request)
        body = await json_body(request)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) \
                or not isinstance(body.get("version"), str):
            raise HTTPException(400, "send {text, version}")
        file = body.get("file", ARTICLE)
        if file not in EDITABLE:
            raise HTTPException(404, f"the editor opens {' and '.join(EDITABLE)} only")
        if len(body["text"].encode("utf-8")) > MAX_UPLOAD:
            raise HTTPException(413, "the text is too long")
        try:
            version = server.workspace.save_file(name, file, body["text"], body["version"])
        except Conflict as conflict:
            return JSONResponse({"error": str(conflict)}, status_code=409)
        line, column = body.get("line"), body.get("column")
        focus = None if file != ARTICLE else focus_text(
            body["text"], line if isinstance(line, int) else None,
            column if isinstance(column, int) else None)
        generation = server.start_build(name, focus)
        return JSONResponse({"version": version, "generation": generation})

    async def save_meta(request: Request):
        name, _ = folder_of(request)
        form = await request.form(max_files=0, max_fields=64)
        await require_csrf(request, form)
        try:
            values = parse_form({key: form[key] for key in FORM_FIELDS if key in form})
            version = server.workspace.save_front_matter(name, values,
                                                         str(form.get("version", "")))
        except Conflict as conflict:
            return JSONResponse({"error": str(conflict)}, status_code=409)
        except BriefingError as error:
            return JSONResponse({"error": str(error), "problems": [
                problem_dict(p, server.workspace.data_dir) for p in error.problems]},
                status_code=400)
        text, version = server.workspace.read_article(name)
        generation = server.start_build(name)
        return JSONResponse({"version": version, "text": text, "generation": generation})

    async def rebuild(request: Request):
        name, _ = folder_of(request)
        await require_csrf(request)
        return JSONResponse({"generation": server.start_build(name)})

    async def figure_action(request: Request):
        name, folder = folder_of(request)
        await require_csrf(request)
        action, group = request.path_params["action"], request.path_params["group"]
        if action not in ("accept", "reject") or not re.fullmatch(r"[a-z][a-z0-9-]*", group):
            raise HTTPException(404, "no such action")
        try:
            await run_in_threadpool(figure_review.review, folder, action, group)
        except BriefingError as error:
            return JSONResponse({"error": str(error)}, status_code=400)
        return JSONResponse({"generation": server.start_build(name)})

    async def table_action(request: Request):
        """Accept (print) or reject (remove) the held table whose marker stands at `line`
        of article.md: `briefing tables accept|reject` (briefing/review.py)."""
        name, folder = folder_of(request)
        await require_csrf(request)
        action, line = request.path_params["action"], request.path_params["line"]
        if action not in ("accept", "reject") or not line.isdigit():
            raise HTTPException(404, "no such action")
        from briefing.review import review_tables

        try:
            await run_in_threadpool(review_tables, folder, action, [int(line)])
        except BriefingError as error:
            return JSONResponse({"error": str(error)}, status_code=400)
        return JSONResponse({"generation": server.start_build(name)})

    async def tick_doubt(request: Request):
        name, _ = folder_of(request)
        await require_csrf(request)
        body = await json_body(request)
        try:
            server.workspace.tick_doubt(name, int(request.path_params["line"]),
                                        str(body.get("version", "")))
        except NotFound:
            raise HTTPException(404, "no open item on that line of the report") from None
        except Conflict as conflict:
            return JSONResponse({"error": str(conflict)}, status_code=409)
        return JSONResponse({"ok": True})

    # ------------------------------------------------------------------ files

    async def page_image(request: Request):
        name, _ = folder_of(request)
        digest = request.path_params["hash"]
        if not re.fullmatch(r"[0-9a-f]{32}", digest):
            raise HTTPException(404, "no such page")
        path = server.preview(name).pages_dir / f"{digest}.png"
        if not path.is_file():
            raise HTTPException(404, "no such page")
        return FileResponse(path, media_type="image/png",
                            headers={"Cache-Control": "private, max-age=31536000, immutable"})

    async def preview_pdf(request: Request):
        name, _ = folder_of(request)
        path = server.preview(name).pdf
        if not path.is_file():
            raise HTTPException(404, "not built yet")
        return FileResponse(path, media_type="application/pdf", filename=f"{name}.pdf")

    async def make_output(request: Request):
        name, folder = folder_of(request)
        form = await request.form(max_files=0, max_fields=8)
        await require_csrf(request, form)
        from briefing.render import available_templates

        template = str(form.get("template") or "")
        variant = str(form.get("variant") or "plain")
        since = str(form.get("since") or "")
        if template not in available_templates() or variant not in PRINT_VARIANTS:
            raise HTTPException(400, "unknown template or print variant")
        options = dict(PRINT_VARIANTS[variant][1], template=template)
        file_name = f"{name}-{template}-{variant}"
        if since:
            try:
                options["changes_since"] = str(server.workspace.version_folder(name, since))
            except NotFound:
                raise HTTPException(400, "no such earlier version") from None
            file_name += f"-since-{since}"
        outputs = server.workspace.state(name) / "outputs"
        outputs.mkdir(exist_ok=True)
        target = outputs / f"{file_name}.pdf"
        answer = await run_in_threadpool(server.builder.run, f"output:{name}:{file_name}", {
            "folder": str(folder), "output": str(target), "options": options})
        if answer is None:
            raise HTTPException(503, "the server is stopping")
        if not answer["ok"]:
            return JSONResponse({"problems": [problem_dict(Problem(**p),
                                                           server.workspace.data_dir)
                                              for p in answer["problems"]]}, status_code=400)
        verdict = await run_in_threadpool(preflight_verdict, target)
        return JSONResponse({"url": f"/b/{name}/outputs/{target.name}", "file": target.name,
                             "pages": answer["pages"], "preflight": verdict,
                             "warnings": answer["warnings"]})

    async def output_file(request: Request):
        name, _ = folder_of(request)
        file = request.path_params["file"]
        if not re.fullmatch(r"[a-z0-9-]+\.pdf", file):
            raise HTTPException(404, "no such output")
        path = server.workspace.state(name) / "outputs" / file
        if not path.is_file():
            raise HTTPException(404, "no such output")
        return FileResponse(path, media_type="application/pdf", filename=file)

    routes = [
        Route("/", library),
        Route("/import", import_upload, methods=["POST"]),
        Route("/b/{name}", briefing_page),
        Route("/b/{name}/status", status),
        Route("/b/{name}/review", review_fragment),
        Route("/b/{name}/article", save_article, methods=["POST"]),
        Route("/b/{name}/files/{file}", read_file),
        Route("/b/{name}/meta", save_meta, methods=["POST"]),
        Route("/b/{name}/build", rebuild, methods=["POST"]),
        Route("/b/{name}/figures/{group}/{action}", figure_action, methods=["POST"]),
        Route("/b/{name}/tables/{line}/{action}", table_action, methods=["POST"]),
        Route("/b/{name}/doubts/{line:int}/tick", tick_doubt, methods=["POST"]),
        Route("/b/{name}/pages/{hash}.png", page_image),
        Route("/b/{name}/pdf", preview_pdf),
        Route("/b/{name}/outputs", make_output, methods=["POST"]),
        Route("/b/{name}/outputs/{file}", output_file),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]

    async def http_error(request: Request, exc: HTTPException):
        if request.headers.get("accept", "").startswith("application/json") or \
                request.method == "POST" and "x-csrf-token" in request.headers:
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return error_page(request, exc.status_code, str(exc.detail))

    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: http_error})
    app.state.server = server
    if token is not None:
        app.add_middleware(TokenGuard, token=token)
    return app


class TokenGuard:
    """Every request carries the server's token: `?token=` (which sets a cookie) or the
    cookie. Plain ASGI middleware."""

    def __init__(self, app, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        given = request.query_params.get("token")
        cookie = request.cookies.get(TOKEN_COOKIE)
        if given is not None and secrets.compare_digest(given, self.token):
            response = RedirectResponse(str(request.url.remove_query_params("token")),
                                        status_code=303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            await response(scope, receive, send)
            return
        if cookie is None or not secrets.compare_digest(cookie, self.token):
            response = HTMLResponse("<h1>403</h1><p>This workspace needs its token: open the "
                                    "address <code>briefing serve</code> printed.</p>",
                                    status_code=403)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def import_bytes(workspace: Workspace, filename: str, data: bytes, slug: str | None):
    """Import an uploaded file: written to a private temporary folder under the server's
    state (keeping the file's name, which gives the default slug), then import_article."""
    from briefing.importer import import_article

    uploads = workspace.state_dir / "uploads"
    uploads.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=uploads))
    try:
        name = Path(filename)
        stem = SAFE_NAME.sub("-", name.stem).strip("-.") or "article"
        source = staging / (stem + name.suffix.lower())
        source.write_bytes(data)
        return import_article(source, data_dir=workspace.data_dir, slug=slug)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def preflight_verdict(pdf: Path) -> dict:
    from briefing.preflight_print import check_print

    try:
        report = check_print(pdf)
    except BriefingError as error:
        return {"ok": False, "checks": [{"name": "open", "status": "fail",
                                         "detail": str(error)}]}
    return {"ok": report.ok, "checks": [{"name": c.name, "status": c.status,
                                         "detail": c.detail, "tool": c.tool}
                                        for c in report.checks]}
