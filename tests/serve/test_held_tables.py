"""The workspace's review lists the tables article.md holds for review (a marker line
above each) with Accept (print it: the marker line goes) and Reject (remove it), through
`briefing.review.review_tables`, as `briefing tables` does."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from conftest import FRONT, write_briefing
from serve_helpers import csrf_and_version, wait_built
from starlette.testclient import TestClient

from briefing.serve.app import create_app

MARKER = ("<!-- held table (delete this line to print it): rebuilt from cells a line each "
          "— check each value's column -->")
BODY = f"""\
前言段落写在这里。

{MARKER}
Table: 表1 各县空气质量
| 县 | 优良率 |
|---|---|
| 甲县 | 81.7 |

后面的段落。
"""
# Its spot in the import report, as the importer writes it (named by the caption).
REPORT = """\
# Import report: held.txt

## For the editor to review

- [ ] line 5 · table-held: 「表1 各县空气质量」 → 「」 — Written held for review.
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    data = tmp_path_factory.mktemp("serve-held") / "data"
    write_briefing(data / "held", BODY, front=FRONT)
    write_briefing(data / "held2", BODY, front=FRONT)
    (data / "held2" / "import-report.md").write_text(REPORT, "utf-8")
    return data


@pytest.fixture(scope="module")
def client(data):
    with TestClient(create_app(data), follow_redirects=False) as client:
        yield client


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages).replace("\n", "")


def marker_line(folder) -> int:
    lines = (folder / "article.md").read_text("utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if line.startswith("<!-- held table"))


def test_a_held_table_is_listed_and_accepting_it_prints_it(client, data):
    line = marker_line(data / "held")
    page = client.get("/b/held")
    csrf, _ = csrf_and_version(page.text)
    review = client.get("/b/held/review").text
    assert f'data-testid="held-table" data-line="{line}"' in review
    assert "表1 各县空气质量" in review and "check each value&#39;s column" in review
    assert f'data-table="{line}" data-testid="accept-table"' in review
    state = wait_built(client, "held")
    assert state["status"] == "ok", state
    assert "81.7" not in pdf_text(client.get("/b/held/pdf").content)  # held: printed nowhere
    headers = {"X-CSRF-Token": csrf}
    assert client.post(f"/b/held/tables/{line}/approve", headers=headers).status_code == 404
    assert client.post(f"/b/held/tables/{line + 1}/accept", headers=headers).status_code == 400
    assert client.post(f"/b/held/tables/{line}/accept").status_code == 403  # no CSRF token
    answer = client.post(f"/b/held/tables/{line}/accept", headers=headers)
    assert answer.status_code == 200, answer.text
    assert "held table" not in (data / "held" / "article.md").read_text("utf-8")
    state = wait_built(client, "held", answer.json()["generation"])
    assert state["status"] == "ok", state
    text = pdf_text(client.get("/b/held/pdf").content)
    assert "81.7" in text and "甲县" in text
    assert 'data-testid="held-table"' not in client.get("/b/held/review").text


def test_rejecting_a_held_table_removes_it_and_ticks_its_spot(client, data):
    csrf, _ = csrf_and_version(client.get("/b/held2").text)
    assert 'data-tick="5"' in client.get("/b/held2/review").text  # its doubt, open
    answer = client.post(f"/b/held2/tables/{marker_line(data / 'held2')}/reject",
                         headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200, answer.text
    text = (data / "held2" / "article.md").read_text("utf-8")
    assert "81.7" not in text and "held table" not in text and "后面的段落。" in text
    # Answered: its spot in the report is ticked, and the review lists it no more.
    assert (data / "held2" / "import-report.md").read_text("utf-8") == \
        REPORT.replace("- [ ]", "- [x]")
    assert 'data-tick="5"' not in client.get("/b/held2/review").text
    wait_built(client, "held2", answer.json()["generation"])
