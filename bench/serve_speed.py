"""`briefing serve`: how long after a save the edited page is visible, and the whole PDF.

    .venv/bin/python bench/serve_speed.py [--rounds 7] [--page 6]

Runs the workspace in this process (Starlette's test client over the real app: the
build processes, the preview drawing), on a copy of the sample in a temporary folder.
Each round edits one paragraph standing on page PAGE of the sample (a character
changed back and forth, so the document keeps its pages), saves it through the HTTP
route as the browser does, then polls the status route every 25 ms (as a browser would, but finer):

- "save → edited page visible": until the status lists a picture of the edited page
  for this save (what the browser then loads): the page drawn ahead of the PDF as
  soon as the layout reaches it (`provisional`), or — when none came — the written
  PDF's picture of it;
- "save → edited page drawn from the PDF": until the status lists the written PDF's
  picture of the edited page;
- "save → full PDF": until the status says the build wrote the PDF (server timing,
  from the save's arrival);
- "save → every changed page drawn";
- "the build in its process": `build()`'s own time in the build process; and its CPU
  time, in all and until the page drawn ahead was sent.

For scale on a machine whose load varies, each round also times the same edit built
the way `briefing watch` does it: `briefing.build.build` in this process, warm
(WeasyPrint loaded, a build done before), into another file — the engine's own time
for this document (wall and CPU time), which the workspace cannot go below by rebuilding
the whole PDF. The CPU times are the steady measure on a loaded machine.

One warm-up save comes first (not counted). Prints medians and the spread.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT / "data" / "lvliang-2021"


def paragraph_on_page(client, name: str, text: str, page: int) -> int:
    """The article line of a paragraph whose text starts on `page` of the preview PDF."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(client.get(f"/b/{name}/pdf").content)
    page_text = re.sub(r"\s+", "", pdf[page - 1].get_textpage().get_text_bounded())
    for number, line in enumerate(text.split("\n"), 1):
        plain = re.sub(r"<[^>]*>", "", line)
        if len(plain) > 60 and not plain.startswith(("#", ":::", ">", "|")) \
                and plain[:12] in page_text:
            return number
    raise SystemExit(f"no paragraph starts on page {page}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--page", type=int, default=6, help="the page the edit is on")
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT))
    print(f"load average {os.getloadavg()[0]:.1f} at the start", flush=True)
    from starlette.testclient import TestClient

    from briefing.serve.app import create_app

    work = Path(tempfile.mkdtemp(prefix="serve-speed-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    data = work / "data"
    shutil.copytree(SAMPLE, data / "sample")
    try:
        with TestClient(create_app(data)) as client:
            page = client.get("/b/sample").text
            csrf = re.search(r'name="csrf-token" content="([^"]+)"', page)[1]
            state = wait(client, lambda s: s["status"] == "ok")
            print(f"first build: {len(state['pages'])} pages", flush=True)
            text = (data / "sample" / "article.md").read_text("utf-8")
            line = paragraph_on_page(client, "sample", text, args.page)
            lines = text.split("\n")
            original = lines[line - 1]
            # The paragraph's 20th character, changed and changed back: same length.
            column = 20
            edited = original[:column] + "口" + original[column + 1:]
            visible, final, full, drawn, reference, worker = [], [], [], [], [], []
            worker_cpu, ahead_cpu, reference_cpu = [], [], []
            from briefing.build import build

            build(data / "sample", work / "reference.pdf", force=True)  # warm-up
            for round_number in range(args.rounds + 1):
                lines[line - 1] = edited if round_number % 2 == 0 else original
                version = client.get("/b/sample/status").json()["version"]
                started = time.perf_counter()
                answer = client.post("/b/sample/article", headers={"X-CSRF-Token": csrf},
                                     json={"text": "\n".join(lines), "version": version,
                                           "line": line, "column": column}).json()
                generation = answer["generation"]
                state = wait(client, lambda s, g=generation: s["generation"] == g and (
                    s["status"] == "failed" or provisional(s, g) or s["shown"] == g
                    and s["edited_page"] and s["pages"][s["edited_page"] - 1]["url"]),
                    step=0.025)
                seen = time.perf_counter() - started
                ahead = provisional(state, generation)
                if state["status"] == "failed":
                    raise SystemExit(f"the build failed: {state['problems']}")
                state = wait(client, lambda s, g=generation: s["generation"] == g
                             and s["status"] == "ok", step=0.025)
                if state["edited_page"] != args.page or ahead and ahead["page"] != args.page:
                    print(f"  (round {round_number}: the edited page was "
                          f"{state['edited_page']}, drawn ahead: "
                          f"{ahead and ahead['page']})")
                started, cpu = time.perf_counter(), time.process_time()
                build(data / "sample", work / "reference.pdf", force=True)
                in_process = time.perf_counter() - started
                in_process_cpu = time.process_time() - cpu
                if round_number == 0:
                    continue  # warm-up
                reference.append(in_process)
                reference_cpu.append(in_process_cpu)
                worker.append(state["seconds"])
                if state.get("cpu") is not None:  # (builds before it was reported)
                    worker_cpu.append(state["cpu"])
                if state["timings"].get("provisional_cpu") is not None:
                    ahead_cpu.append(state["timings"]["provisional_cpu"])
                visible.append(seen)
                final.append(state["timings"]["edited_page"])
                full.append(state["timings"]["pdf"])
                drawn.append(state["timings"]["all_pages"])
                print(f"round {round_number}: edited page visible {seen:.2f} s "
                      f"({'drawn ahead' if ahead else 'from the PDF'}), from the PDF "
                      f"{state['timings']['edited_page']:.2f} s, full PDF "
                      f"{state['timings']['pdf']:.2f} s, changed pages drawn "
                      f"{state['timings']['all_pages']:.2f} s (the build itself "
                      f"{state['seconds']:.2f} s, CPU {state.get('cpu') or 0:.2f} s); warm "
                      f"in-process build {in_process:.2f} s (CPU {in_process_cpu:.2f} s)",
                      flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"{'measure':34} {'median':>8} {'min':>6} {'max':>6}  target")
    for label, values, target in (("save → edited page visible", visible, 0.35),
                                  ("save → edited page from the PDF", final, None),
                                  ("save → full PDF", full, 1.2),
                                  ("save → every changed page drawn", drawn, None),
                                  ("… the build in its process", worker, None),
                                  ("… its CPU time", worker_cpu, None),
                                  ("… its CPU time to the page ahead", ahead_cpu, None),
                                  ("warm in-process build (reference)", reference, None),
                                  ("… its CPU time", reference_cpu, None)):
        if not values:
            print(f"{label:34}  (none)")
            continue
        print(f"{label:34} {statistics.median(values):7.2f}s {min(values):5.2f}s "
              f"{max(values):5.2f}s  {f'≤ {target} s' if target else ''}")
    print(f"({args.rounds} rounds, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} at the end)")


def provisional(state: dict, generation: int) -> dict | None:
    """The page drawn ahead of the PDF for this save, when the status lists one."""
    ahead = state.get("provisional")
    return ahead if ahead and ahead["generation"] == generation else None


def wait(client, done, step: float = 0.05, timeout: float = 300):
    deadline = time.monotonic() + timeout
    while True:
        state = client.get("/b/sample/status").json()
        if done(state):
            return state
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out: {state}")
        time.sleep(step)


if __name__ == "__main__":
    main()
