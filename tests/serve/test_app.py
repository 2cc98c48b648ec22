"""`briefing serve` at the HTTP level (Starlette's test client): every route, every bad
request (no CSRF token, no access token, a path outside the data folder, an oversized or
wrong-type upload, a stale version) and two tabs saving the same briefing."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pdfplumber
import pytest
from serve_helpers import SENTENCE, csrf_and_version, make_tiny, wait_built
from starlette.testclient import TestClient

from briefing.serve.app import MAX_UPLOAD, create_app
from briefing.serve.builder import Builder
from briefing.serve.preview import page_hashes

# A short raw article for the importer: a title, a byline, paragraphs.
RAW = ("# 红色吕梁亮出绿色底色\n\n## ◆文清\n\n"
       "如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。\n\n"
       "2021年，山西省吕梁市区优良天数281天，优良天数比例为77%。\n")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("serve") / "data"
    make_tiny(data, "tiny", report=True)
    make_tiny(data, "figs", proposed=True)
    make_tiny(data, "tabs")
    return data


@pytest.fixture(scope="module")
def client(data):
    # (The build processes use the run's usual cache, as the other PDF tests do: what it
    # keeps is keyed by content, and each output path — a build record's key — is this
    # module's own.)
    with TestClient(create_app(data), follow_redirects=False) as client:
        yield client


@pytest.fixture(scope="module")
def tokens(client):
    return csrf_and_version(client.get("/b/tiny").text)


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages).replace("\n", "")


# ---------------------------------------------------------------- pages


def test_library_lists_each_briefing_and_offers_an_upload(client):
    page = client.get("/")
    assert page.status_code == 200
    for name in ("tiny", "figs", "tabs"):
        assert f'href="/b/{name}"' in page.text
    assert "测试简报标题" in page.text and "reprint" in page.text
    assert 'type="file"' in page.text and 'name="csrf"' in page.text
    script = client.get("/static/serve.js")
    assert script.status_code == 200 and "X-CSRF-Token" in script.text


def test_briefing_page_has_the_editor_form_review_and_preview(client, data):
    page = client.get("/b/tiny")
    assert page.status_code == 200
    for testid in ("editor", "save", "problems", "download"):
        assert f'data-testid="{testid}"' in page.text
    # The Markdown the folder holds, escaped into the textarea.
    assert "如意湖畔" in page.text and "## 一、党建引领" in page.text
    # The front-matter form, filled in.
    assert 'name="title" value="测试简报标题"' in page.text
    # Review: the report's open item (not the ticked one), the caption without a photo.
    assert page.text.count('data-testid="doubt"') == 1
    assert "go to article.md:" in page.text
    assert "Captions without a photo" in page.text and "孝义检查" in page.text
    state = wait_built(client, "tiny")
    assert state["status"] == "ok", state
    assert state["pages"] and all(p["url"] for p in state["pages"])
    image = client.get(state["pages"][0]["url"])
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    pdf = client.get("/b/tiny/pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert "革命老区吕梁" in pdf_text(pdf.content)


def test_review_fragment(client):
    fragment = client.get("/b/tiny/review")
    assert fragment.status_code == 200
    assert 'data-testid="doubt"' in fragment.text and "<html" not in fragment.text


# ---------------------------------------------------------------- saving


def save(client, name, text, version, csrf, **extra):
    return client.post(f"/b/{name}/article", json={"text": text, "version": version, **extra},
                       headers={"X-CSRF-Token": csrf})


def test_save_rebuilds_and_redraws_only_the_changed_page(client, data, tokens):
    csrf, _ = tokens
    page = client.get("/b/tiny")
    _, version = csrf_and_version(page.text)
    before = wait_built(client, "tiny")
    pages_dir = data / ".serve" / "tiny" / "pages"
    drawn = set(pages_dir.glob("*.png"))
    article = data / "tiny" / "article.md"
    text = article.read_text("utf-8").replace("片片白云", "朵朵白云")
    line = next(n for n, row in enumerate(text.split("\n"), 1) if "朵朵白云" in row)
    answer = save(client, "tiny", text, version, csrf, line=line, column=20)
    assert answer.status_code == 200, answer.text
    assert article.read_text("utf-8") == text
    state = wait_built(client, "tiny", answer.json()["generation"])
    assert state["status"] == "ok" and state["edited_page"] == 1
    assert state["shown"] == answer.json()["generation"]
    assert state["pages"][0]["hash"] != before["pages"][0]["hash"]
    new = set(pages_dir.glob("*.png")) - drawn
    # Only the page that changed was drawn again (and drawn ahead of the PDF, under a
    # name of its own: test_provisional.py).
    assert len([p for p in new if p.stem in {p["hash"] for p in state["pages"]}]) == 1
    assert len(new) <= 2
    assert "朵朵白云" in pdf_text(client.get("/b/tiny/pdf").content)
    assert {"pdf", "edited_page", "all_pages"} <= set(state["timings"])
    # No temporary files left beside the article.
    assert not [p for p in (data / "tiny").iterdir() if p.name.startswith(".")]


def test_a_broken_save_shows_problems_with_line_and_keeps_the_last_good_preview(
        client, data, tokens):
    csrf, _ = tokens
    good = wait_built(client, "tiny")
    text, version = (data / "tiny" / "article.md").read_text("utf-8"), \
        client.get("/b/tiny/status").json()["version"]
    broken = text.replace("革命老区吕梁", "<div>革命老区吕梁</div>")
    line = next(n for n, row in enumerate(broken.split("\n"), 1) if "<div>" in row)
    answer = save(client, "tiny", broken, version, csrf)
    state = wait_built(client, "tiny", answer.json()["generation"])
    assert state["status"] == "failed"
    assert any(p["name"] == "article.md" and p["line"] == line for p in state["problems"])
    assert [p["hash"] for p in state["pages"]] == [p["hash"] for p in good["pages"]]
    assert client.get("/b/tiny/pdf").status_code == 200
    # The next good save recovers.
    answer = save(client, "tiny", text, answer.json()["version"], csrf)
    assert wait_built(client, "tiny", answer.json()["generation"])["status"] == "ok"


def test_the_editor_opens_figures_yaml_too(client, data, tokens):
    csrf, _ = tokens
    make_tiny(data, "figs3", proposed=True)
    opened = client.get("/b/figs3/files/figures.yaml").json()
    assert opened["text"].startswith("groups:")
    edited = opened["text"].replace("空气质量指标", "空气质量")
    answer = client.post("/b/figs3/article", headers={"X-CSRF-Token": csrf}, json={
        "file": "figures.yaml", "text": edited, "version": opened["version"]})
    assert answer.status_code == 200
    assert (data / "figs3" / "figures.yaml").read_text("utf-8") == edited
    stale = client.post("/b/figs3/article", headers={"X-CSRF-Token": csrf}, json={
        "file": "figures.yaml", "text": "groups: []\n", "version": opened["version"]})
    assert stale.status_code == 409 and "figures.yaml was changed" in stale.json()["error"]
    assert client.get("/b/figs3/status").json()["versions"]["figures.yaml"] == \
        answer.json()["version"]
    for file in ("import-report.md", "..%2Farticle.md", "%2Fetc%2Fpasswd"):
        assert client.get(f"/b/figs3/files/{file}").status_code == 404
    wrong = client.post("/b/figs3/article", headers={"X-CSRF-Token": csrf}, json={
        "file": "import-report.md", "text": "x", "version": opened["version"]})
    assert wrong.status_code == 404
    wait_built(client, "figs3", answer.json()["generation"])


def test_two_tabs_never_lose_a_save_silently(client, data, tokens):
    csrf, _ = tokens
    _, version = csrf_and_version(client.get("/b/tabs").text)  # both tabs load this
    article = data / "tabs" / "article.md"
    original = article.read_text("utf-8")
    first = save(client, "tabs", original.replace("碧波荡漾", "碧波荡漾（一）"), version, csrf)
    assert first.status_code == 200
    second = save(client, "tabs", original.replace("碧波荡漾", "碧波荡漾（二）"), version, csrf)
    assert second.status_code == 409
    assert "changed elsewhere" in second.json()["error"] and "not saved" in second.json()["error"]
    assert "（一）" in article.read_text("utf-8") and "（二）" not in article.read_text("utf-8")


def test_changes_need_the_csrf_token(client, data):
    _, version = csrf_and_version(client.get("/b/tiny").text)
    article = (data / "tiny" / "article.md").read_text("utf-8")
    for headers in ({}, {"X-CSRF-Token": "forged"}):
        answer = client.post("/b/tiny/article", json={"text": "x", "version": version},
                             headers=headers)
        assert answer.status_code == 403
    assert (data / "tiny" / "article.md").read_text("utf-8") == article
    for url in ("/b/tiny/build", "/b/figs/figures/air/accept", "/b/tiny/doubts/5/tick"):
        assert client.post(url, json={}).status_code == 403
    assert client.post("/b/tiny/meta", data={"title": "x"}).status_code == 403
    assert client.post("/b/tiny/outputs", data={"template": "reprint"}).status_code == 403
    upload = client.post("/import", files={"file": ("a.txt", RAW.encode())})
    assert upload.status_code == 403


def test_bad_save_requests(client, tokens):
    csrf, version = tokens
    headers = {"X-CSRF-Token": csrf}
    assert client.post("/b/tiny/article", content=b"{", headers=headers).status_code == 400
    assert client.post("/b/tiny/article", json={"text": 1}, headers=headers).status_code == 400
    too_long = "字" * (MAX_UPLOAD // 3 + 1)
    assert save(client, "tiny", too_long, version, csrf).status_code == 413


# ---------------------------------------------------------------- paths


@pytest.mark.parametrize("url", [
    "/b/..%2F..%2Fetc", "/b/%2E%2E", "/b/Tiny", "/b/nothere", "/b/.serve",
    "/b/tiny/pages/../../article.md", "/b/tiny/pages/0123.png",
    "/b/tiny/outputs/..%2Farticle.md", "/b/tiny/outputs/x.pdf",
    "/static/../app.py", "/b/tiny%2F..%2F..%2Fsecret/status",
])
def test_paths_outside_the_data_folder_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_a_symlink_out_of_the_data_folder_is_not_a_briefing(client, data, tmp_path):
    outside = make_tiny(tmp_path, "outside")
    (data / "escape").symlink_to(outside)
    try:
        assert client.get("/b/escape").status_code == 404
        assert 'href="/b/escape"' not in client.get("/").text
    finally:
        (data / "escape").unlink()


# ---------------------------------------------------------------- import by upload


def test_import_by_upload(client, data, tokens):
    csrf, _ = tokens
    answer = client.post("/import", data={"csrf": csrf, "slug": "uploaded"},
                         files={"file": ("红色吕梁.txt", RAW.encode("utf-8"), "text/plain")})
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == "/b/uploaded?imported=1"
    assert (data / "uploaded" / "article.md").is_file()
    page = client.get(answer.headers["location"])
    assert "Imported." in page.text and "红色吕梁亮出绿色底色" in page.text
    assert not list((data / ".serve" / "uploads").iterdir())  # the upload is not kept


def test_upload_limits(client, data, tokens):
    csrf, _ = tokens
    names = set(p.name for p in data.iterdir())
    wrong = client.post("/import", data={"csrf": csrf},
                        files={"file": ("article.pdf", b"%PDF-1.7", "application/pdf")})
    assert wrong.status_code == 415 and ".pdf" in wrong.text
    big = client.post("/import", data={"csrf": csrf},
                      files={"file": ("big.txt", b"a" * (MAX_UPLOAD + 70 * 1024))})
    assert big.status_code == 413
    binary = client.post("/import", data={"csrf": csrf, "slug": "binary"},
                         files={"file": ("x.txt", b"\x00\x01abc")})
    assert binary.status_code == 400 and "binary file" in binary.text
    exists = client.post("/import", data={"csrf": csrf, "slug": "tiny"},
                         files={"file": ("x.txt", RAW.encode())})
    assert exists.status_code == 400 and "already exists" in exists.text
    bad_slug = client.post("/import", data={"csrf": csrf, "slug": "../etc"},
                           files={"file": ("x.txt", RAW.encode())})
    assert bad_slug.status_code == 400 and "folder name" in bad_slug.text
    nothing = client.post("/import", data={"csrf": csrf})
    assert nothing.status_code == 400
    assert set(p.name for p in data.iterdir()) == names


def test_an_upload_without_a_length_is_refused(client, tokens):
    csrf, _ = tokens

    def chunks():
        yield b"--x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + \
            csrf.encode() + b"\r\n--x--\r\n"

    answer = client.post("/import", content=chunks(),
                         headers={"Content-Type": "multipart/form-data; boundary=x"})
    assert answer.status_code == 411


# ---------------------------------------------------------------- the form and review


def test_front_matter_form_edits_in_place(client, data, tokens):
    csrf, _ = tokens
    _, version = csrf_and_version(client.get("/b/tiny").text)
    answer = client.post("/b/tiny/meta", data={
        "csrf": csrf, "version": version, "title": "新的标题", "authors": "王五、赵六",
        "source": "《中国环境报》", "subtitle": "", "jianbao.name": "生态环境工作简报",
        "jianbao.issue": "3"})
    assert answer.status_code == 200, answer.text
    text = (data / "tiny" / "article.md").read_text("utf-8")
    assert "title: 新的标题\n" in text and "authors: [王五, 赵六]" in text
    assert "subtitle:" not in text and "jianbao:\n  name: 生态环境工作简报\n  issue: 3" in text
    assert answer.json()["text"] == text
    wrong = client.post("/b/tiny/meta", data={"csrf": csrf, "version": answer.json()["version"],
                                               "jianbao.issue": "three"})
    assert wrong.status_code == 400 and "whole number" in wrong.json()["error"]
    stale = client.post("/b/tiny/meta", data={"csrf": csrf, "version": version, "title": "x"})
    assert stale.status_code == 409
    wait_built(client, "tiny", answer.json()["generation"])


def test_ticking_a_doubt(client, data, tokens):
    csrf, _ = tokens
    page = client.get("/b/tiny/review").text
    import re

    line, version = re.search(r'data-tick="(\d+)" data-version="([0-9a-f]+)"', page).groups()
    headers = {"X-CSRF-Token": csrf}
    assert client.post(f"/b/tiny/doubts/{line}/tick", json={"version": "0" * 16},
                       headers=headers).status_code == 409
    assert client.post(f"/b/tiny/doubts/{line}/tick", json={"version": version},
                       headers=headers).status_code == 200
    report = (data / "tiny" / "import-report.md").read_text("utf-8")
    assert "- [ ]" not in report and report.count("- [x]") == 2
    assert client.post("/b/tiny/doubts/1/tick", json={"version": version},
                       headers=headers).status_code == 404
    assert 'data-testid="doubt"' not in client.get("/b/tiny/review").text


def test_accepting_a_proposed_figure_prints_its_table(client, data, tokens):
    csrf, _ = tokens
    headers = {"X-CSRF-Token": csrf}
    page = client.get("/b/figs")
    assert 'data-testid="proposal" data-group="air"' in page.text and SENTENCE[:10] in page.text
    state = wait_built(client, "figs")
    assert state["status"] == "ok", state  # a proposal is printed nowhere
    assert "空气质量指标" not in pdf_text(client.get("/b/figs/pdf").content)
    assert client.post("/b/figs/figures/nothere/accept", headers=headers).status_code == 400
    assert client.post("/b/figs/figures/air/approve", headers=headers).status_code == 404
    answer = client.post("/b/figs/figures/air/accept", headers=headers)
    assert answer.status_code == 200, answer.text
    assert "status: proposed" not in (data / "figs" / "figures.yaml").read_text("utf-8")
    state = wait_built(client, "figs", answer.json()["generation"])
    assert state["status"] == "ok", state
    text = pdf_text(client.get("/b/figs/pdf").content)
    assert "空气质量指标" in text and "优良天数" in text
    assert 'data-testid="proposal"' not in client.get("/b/figs/review").text


def test_rejecting_a_proposed_figure_removes_it(client, data, tokens, tmp_path):
    csrf, _ = tokens
    make_tiny(data, "figs2", proposed=True)
    answer = client.post("/b/figs2/figures/air/reject", headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200, answer.text
    assert "air" not in (data / "figs2" / "figures.yaml").read_text("utf-8")
    wait_built(client, "figs2", answer.json()["generation"])


# ---------------------------------------------------------------- outputs


def test_outputs_with_preflight_and_change_marks(client, data, tokens):
    csrf, _ = tokens
    # A save of its own (not the two-tabs test's): the version before it is kept.
    _, version = csrf_and_version(client.get("/b/tabs").text)
    text = (data / "tabs" / "article.md").read_text("utf-8")
    assert save(client, "tabs", text.replace("碧波荡漾", "碧波荡漾（三）", 1), version,
                csrf).status_code == 200
    wait_built(client, "tabs")
    earlier = client.get("/b/tabs").text
    import re

    stamps = re.findall(r'<option value="(\d{8}-\d{6}(?:-\d+)?)">changes since', earlier)
    assert stamps
    answer = client.post("/b/tabs/outputs", data={"csrf": csrf, "template": "reprint",
                                                  "variant": "pdf-a", "since": stamps[-1]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["preflight"]["ok"] is True
    assert any(c["name"].startswith("variant pdf/a-2") for c in body["preflight"]["checks"])
    pdf = client.get(body["url"])
    assert pdf.status_code == 200 and "（三）" in pdf_text(pdf.content)
    # The change bar is drawn: the page differs from the same output without marks.
    plain = client.post("/b/tabs/outputs", data={"csrf": csrf, "template": "reprint",
                                                 "variant": "pdf-a"}).json()
    assert plain["file"] != body["file"]
    assert page_hashes(client.get(plain["url"]).content) != page_hashes(pdf.content)
    for bad in ({"template": "nosuch"}, {"template": "reprint", "variant": "nosuch"},
                {"template": "reprint", "since": "20000101-000000"}):
        assert client.post("/b/tabs/outputs", data={"csrf": csrf, **bad}).status_code == 400


def test_rebuild_route(client, tokens):
    csrf, _ = tokens
    answer = client.post("/b/tiny/build", headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200
    assert wait_built(client, "tiny", answer.json()["generation"])["status"] in ("ok", "failed")


# ---------------------------------------------------------------- access token


def test_a_token_guards_every_request(data):
    app = create_app(data, token="s3cret", builder=Builder(spares=0))
    with TestClient(app, follow_redirects=False) as client:
        for url in ("/", "/b/tiny", "/b/tiny/status", "/b/tiny/pdf", "/static/serve.js"):
            assert client.get(url).status_code == 403
        assert client.get("/?token=wrong").status_code == 403
        entry = client.get("/b/tiny?token=s3cret")
        assert entry.status_code == 303 and "token" not in entry.headers["location"]
        assert "HttpOnly" in entry.headers["set-cookie"]
        assert client.get("/").status_code == 200  # the cookie now


# ---------------------------------------------------------------- superseding


def test_a_new_build_supersedes_the_one_in_progress(data, tmp_path):
    builder = Builder(spares=1)
    builder.start()
    folder = data / "tabs"
    output = tmp_path / "out" / "tabs.pdf"
    job = {"folder": str(folder), "output": str(output), "options": {"force": True}}
    tries = []
    try:
        # On a loaded machine the first build can end before the second job arrives — then
        # it was no longer in progress and nothing was superseded: try again (a few times).
        for _ in range(5):
            answers: dict = {}
            first = threading.Thread(target=lambda answers=answers: answers.update(
                first=builder.run("k", job)))
            first.start()
            deadline = time.monotonic() + 60
            while not builder.busy("k"):
                assert time.monotonic() < deadline
                time.sleep(0.01)
            answers["second"] = builder.run("k", job)
            first.join(timeout=60)
            tries.append(answers)
            if answers["first"] is None:
                break
    finally:
        builder.close()
    answers = tries[-1]
    assert answers["first"] is None, tries  # stopped, not queued
    assert answers["second"]["ok"] and output.is_file()
    assert [p.name for p in output.parent.iterdir()] == ["tabs.pdf"]  # no temporary left


# ---------------------------------------------------------------- the command


def test_serve_command_binds_locally_and_warns_with_host(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import briefing.cli as cli

    calls = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append((app, kw)))
    runner = CliRunner()
    local = runner.invoke(cli.app, ["serve", "--data-dir", str(tmp_path)])
    assert local.exit_code == 0, local.output
    assert calls[-1][1]["host"] == "127.0.0.1" and calls[-1][1]["port"] == 8040
    assert "http://127.0.0.1:8040/" in local.output and "token" not in local.output
    remote = runner.invoke(cli.app, ["serve", "--data-dir", str(tmp_path), "--host",
                                     "0.0.0.0", "--port", "9000"])
    assert remote.exit_code == 0
    assert "warning:" in remote.output and "?token=" in remote.output
    assert calls[-1][1]["host"] == "0.0.0.0"
    token = remote.output.split("?token=")[1].split()[0]
    with TestClient(calls[-1][0], follow_redirects=False) as client:
        assert client.get("/").status_code == 403
        assert client.get(f"/?token={token}").status_code == 303


def test_an_untitled_briefing_is_listed_by_its_folder_and_says_no_title(tmp_path):
    # A text imported without a title (title: null): the library says "(no title)" over
    # its folder's name rather than the name twice; its page's tab names it too.
    from briefing.serve.workspace import Workspace

    data = tmp_path / "data"
    folder = data / "gongbao"
    folder.mkdir(parents=True)
    (folder / "article.md").write_text("---\ntitle: null\n---\n\n全年全县地区生产总值增长。\n",
                                       "utf-8")
    assert Workspace(data).summary("gongbao").title == ""
    with TestClient(create_app(data), follow_redirects=False) as client:
        library = client.get("/").text
        assert 'data-testid="untitled">(no title)</span>' in library
        assert '<div class="slug">gongbao</div>' in library
        page = client.get("/b/gongbao")
        assert page.status_code == 200
        assert "<title>gongbao (no title) — briefing</title>" in page.text
