"""`briefing serve`: make, review and regenerate briefings in the browser.

A local web application (Starlette + uvicorn, server-rendered Jinja2 pages, a few lines
of plain JavaScript, no build step) over a data folder of briefings:

- `workspace` — the data folder: names confined to it, atomic writes with a version check,
  the front-matter form's edits, the review lists (import doubts, proposed key figures,
  captions without images, stale figures), earlier versions for change marks;
- `figures` — proposed key-figure groups, accepted or rejected by `briefing.review`;
- `builder` — long-lived build processes with WeasyPrint loaded; a new save supersedes
  the build in progress;
- `preview` — the built PDF's pages as PNG, only the pages whose content changed, the
  edited page first;
- `app` — the routes, the token and CSRF checks, upload limits.
"""
