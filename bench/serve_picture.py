"""The README's picture of `briefing serve`: docs/serve.png.

    .venv/bin/python bench/serve_picture.py

Serves an empty temporary data folder (uvicorn), imports the sample's raw text
(tests/articles/lvliang-2021.txt) through the library page's upload in Debian's
chromium (Playwright), makes one edit and saves it, waits for the preview, and takes a
screenshot of the window with the review list (the import's doubts and proposed key
figures) in view.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
RAW = PROJECT / "tests" / "articles" / "lvliang-2021.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    sys.path.insert(0, str(PROJECT))
    import uvicorn
    from playwright.sync_api import sync_playwright

    from briefing.serve.app import create_app

    work = Path(tempfile.mkdtemp(prefix="serve-picture-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    data = work / "data"
    data.mkdir()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(data), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    built = ("() => /^built:/.test(document.querySelector('[data-testid=build-status]')"
             ".textContent)")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                 args=ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.set_default_timeout(300_000)
            page.goto(f"http://127.0.0.1:{port}/")
            page.set_input_files("[data-testid=upload]", str(RAW))
            page.click("[data-testid=import]")
            page.wait_for_url("**/b/lvliang-2021?imported=1")
            page.wait_for_function(built)
            page.eval_on_selector("[data-testid=editor]", """el => {
                const at = el.value.indexOf('片片白云'); el.focus();
                el.setSelectionRange(at, at); }""")
            page.keyboard.type("朵朵")
            page.eval_on_selector("[data-testid=editor]", """el => {
                const at = el.value.indexOf('片片白云'); el.setSelectionRange(at, at + 2); }""")
            page.keyboard.press("Delete")
            page.click("[data-testid=save]")
            page.wait_for_function("() => document.querySelector("
                                   "'[data-testid=build-status]').textContent"
                                   ".startsWith('building')")
            page.wait_for_function(built)
            page.eval_on_selector(".pane.edit", "el => { el.scrollTop = "
                                  "document.getElementById('review').offsetTop - 420; }")
            page.wait_for_timeout(300)
            page.screenshot(path=str(PROJECT / "docs" / "serve.png"))
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    print(PROJECT / "docs" / "serve.png")


if __name__ == "__main__":
    main()
