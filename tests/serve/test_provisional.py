"""The page being edited is shown before the PDF is written (briefing/weasy/stream.py,
builder._watching, Preview.drawn_ahead): the status lists it as provisional while the
build runs, then the written PDF's picture of that page replaces it — and a build that
a newer save superseded never shows its provisional page."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
from conftest import FRONT, write_briefing
from serve_helpers import BODY, csrf_and_version, wait_built
from starlette.testclient import TestClient

from briefing.serve.app import create_app
from briefing.serve.preview import Preview

PARAGRAPH = ("吕梁市坚持生态优先、绿色发展，扎实推进污染防治攻坚战，"
             "全市生态环境质量持续改善，人民群众的获得感不断增强。") * 4
LAST = "最后一段写的是明年的工作安排和各项任务的分工情况。"


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("provisional") / "data"
    body = BODY + "".join(f"\n{PARAGRAPH}\n" for _ in range(14)) + f"\n{LAST}\n"
    write_briefing(data / "long", body, front=FRONT)
    return data


@pytest.fixture(scope="module")
def client(data):
    with TestClient(create_app(data), follow_redirects=False) as client:
        yield client


def save(client, text, version, csrf, line, column=10):
    return client.post("/b/long/article", json={"text": text, "version": version,
                                                "line": line, "column": column},
                       headers={"X-CSRF-Token": csrf})


def edit(data: Path, old: str, new: str) -> tuple[str, int]:
    text = (data / "long" / "article.md").read_text("utf-8").replace(old, new, 1)
    line = next(n for n, row in enumerate(text.split("\n"), 1) if new in row)
    return text, line


def test_the_edited_page_shows_provisionally_then_the_written_one(client, data,
                                                                 monkeypatch):
    # A build may now write its PDF before the page it drew ahead is a picture (then no
    # provisional page is shown, rightly): to see the case where the page comes first,
    # the PDF's publishing waits until the page drawn ahead is in, and the status is
    # read at that moment too (polling alone may fall between the two).
    awaited, drawn, seen_then = [None], threading.Event(), []
    drawn_ahead, publish = Preview.drawn_ahead, Preview.publish

    def drawn_ahead_then_tell(self, generation, message):
        drawn_ahead(self, generation, message)
        if "provisional" in message and generation == awaited[0]:
            drawn.set()

    def publish_after_the_page_ahead(self, generation, answer, focus):
        if generation == awaited[0]:
            drawn.wait(60)
            seen_then.append(self.as_json("/b/long"))
        publish(self, generation, answer, focus)

    monkeypatch.setattr(Preview, "drawn_ahead", drawn_ahead_then_tell)
    monkeypatch.setattr(Preview, "publish", publish_after_the_page_ahead)
    csrf, version = csrf_and_version(client.get("/b/long").text)
    first = wait_built(client, "long")
    assert len(first["pages"]) >= 2
    # Once more, so that the build process has the document's pages to start from.
    text, line = edit(data, LAST, LAST.replace("明年", "今年"))
    answer = save(client, text, version, csrf, line).json()
    version = wait_built(client, "long", answer["generation"])["version"]
    text, line = edit(data, "今年", "下一年")
    awaited[0] = client.get("/b/long/status").json()["generation"] + 1  # this save's
    answer = save(client, text, version, csrf, line)
    assert answer.status_code == 200, answer.text
    generation = answer.json()["generation"]
    assert generation == awaited[0]
    states = []
    while True:
        state = client.get("/b/long/status").json()
        if state["provisional"] and not any(s["provisional"] for s in states):
            # Its picture is there to load while the build goes on.
            picture = client.get(state["provisional"]["url"])
            assert picture.status_code == 200 and picture.content[:4] == b"\x89PNG"
        states.append(state)
        if state["status"] == "ok" and state["shown"] == generation \
                and all(p["url"] for p in state["pages"]):
            break
        assert state["status"] != "failed", state["problems"]
        time.sleep(0.01)
    ahead = [s for s in seen_then + states if s["provisional"]]
    assert ahead, "no provisional page was listed"
    provisional = ahead[0]["provisional"]
    # Listed while the build still ran, for this save, on the page the edit is on.
    assert ahead[0]["status"] == "building" and ahead[0]["shown"] != generation
    assert provisional["generation"] == generation
    final = states[-1]
    assert final["provisional"] is None and final["edited_page"] == provisional["page"]
    assert provisional["page"] == len(final["pages"])  # the last paragraph's page
    # Until the written PDF's picture of its page was ready, the provisional one stayed.
    for state in states:
        if state["shown"] == generation and not state["pages"][
                provisional["page"] - 1]["url"]:
            assert state["provisional"] is not None
    assert "provisional" in final["timings"] and final["cpu"] > 0


def test_a_superseded_build_never_shows_its_provisional_page(client, data):
    csrf, _ = csrf_and_version(client.get("/b/long").text)
    state = wait_built(client, "long")
    text, line = edit(data, LAST[:6], LAST[:6] + "又")
    first = save(client, text, state["version"], csrf, line).json()
    again = text.replace(LAST[:6] + "又", LAST[:6] + "再", 1)
    second = save(client, again, first["version"], csrf, line).json()
    assert second["generation"] > first["generation"]
    while True:
        state = client.get("/b/long/status").json()
        if state["provisional"]:  # never the first save's
            assert state["provisional"]["generation"] == second["generation"]
        if state["status"] == "ok" and state["shown"] == second["generation"]:
            break
        assert state["status"] != "failed", state["problems"]
        time.sleep(0.01)


def one_page_pdf() -> bytes:
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument.new()
    document.new_page(200, 300)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


def test_what_a_build_reports_ahead_counts_only_while_it_is_current(tmp_path):
    preview = Preview("x", tmp_path)
    pdf = one_page_pdf()
    old = preview.begin()
    new = preview.begin()  # a newer save
    preview.drawn_ahead(old, {"provisional": {"page": 2, "pdf": pdf, "cpu": 0.1}})
    assert preview.as_json("/b/x")["provisional"] is None
    preview.drawn_ahead(new, {"provisional": {"page": 3, "pdf": pdf, "cpu": 0.1}})
    shown = preview.as_json("/b/x")["provisional"]
    assert shown["generation"] == new and shown["page"] == 3
    picture = preview.pages_dir / shown["url"].rsplit("/", 1)[1]
    assert picture.read_bytes()[:4] == b"\x89PNG"
    preview.drawn_ahead(old, {"withdrawn": True})  # not the old build's to withdraw
    assert preview.as_json("/b/x")["provisional"] is not None
    preview.drawn_ahead(new, {"withdrawn": True})  # a later layout discarded it
    assert preview.as_json("/b/x")["provisional"] is None
    preview.begin()
    preview.drawn_ahead(new, {"provisional": {"page": 3, "pdf": pdf, "cpu": 0.1}})
    assert preview.as_json("/b/x")["provisional"] is None


def test_an_edit_that_adds_a_page_and_one_that_removes_it(client, data):
    """The preview's pages follow the document's length: an edit that adds pages lists
    them (pages before the edit handed on, the same pictures), and taking it back lists
    the earlier pages again, each under its earlier picture — nothing left from the
    longer document."""
    import pypdf

    csrf, _ = csrf_and_version(client.get("/b/long").text)
    before = wait_built(client, "long")
    hashes = [page["hash"] for page in before["pages"]]
    original = (data / "long" / "article.md").read_text("utf-8")
    added = "".join(f"\n新增段落{n}：{PARAGRAPH}\n" for n in range(6))
    # In the middle: the pages after it move on, and their numbers with them.
    at = original.index(f"\n{PARAGRAPH}\n", len(original) // 2)
    text = original[:at] + added + original[at:]
    line = next(n for n, row in enumerate(text.split("\n"), 1) if "新增段落0" in row)
    answer = save(client, text, before["version"], csrf, line).json()
    longer = wait_built(client, "long", answer["generation"])
    assert longer["status"] == "ok" and longer["shown"] == answer["generation"]
    pdf = pypdf.PdfReader(io.BytesIO(client.get("/b/long/pdf").content))
    assert len(longer["pages"]) == len(pdf.pages) > len(hashes), "the added page is listed"
    assert [page["number"] for page in longer["pages"]] == list(
        range(1, len(longer["pages"]) + 1))
    edited = longer["edited_page"]
    assert [p["hash"] for p in longer["pages"][:edited - 1]] == hashes[:edited - 1], \
        "the pages before the edit were handed on"
    printed = "".join(page.extract_text() for page in pdf.pages).replace("\n", "")
    assert all(f"新增段落{n}" in printed for n in range(6))

    answer = save(client, original, longer["version"], csrf, line).json()
    shorter = wait_built(client, "long", answer["generation"])
    assert shorter["status"] == "ok" and shorter["shown"] == answer["generation"]
    assert [page["hash"] for page in shorter["pages"]] == hashes, \
        "taking the edit back lists the earlier pages again, under their earlier pictures"
    pdf = pypdf.PdfReader(io.BytesIO(client.get("/b/long/pdf").content))
    assert len(pdf.pages) == len(hashes)
    for page in shorter["pages"]:
        picture = client.get(page["url"])
        assert picture.status_code == 200 and picture.content[:4] == b"\x89PNG"
