"""The README's picture of `briefing serve`: docs/serve.png.

    .venv/bin/python bench/serve_picture.py

Serves a copy of the sample (uvicorn, a temporary data folder), opens its page in
Debian's chromium through Playwright, makes one edit and saves it, waits for the
preview, and takes a screenshot of the window.
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
SAMPLE = PROJECT / "data" / "lvliang-2021"
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
    shutil.copytree(SAMPLE, data / "lvliang-2021")
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
            page.goto(f"http://127.0.0.1:{port}/b/lvliang-2021")
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
