"""Deterministic output, and a build that skips work only when nothing changed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import FRONT, write_briefing
from pypdf import PdfReader

from briefing import fingerprint
from briefing.build import build
from briefing.errors import InputError
from briefing.resources import DEFAULT_FONT_CONFIG, TEMPLATES_DIR

BODY = """\
如意湖畔，碧波荡漾。优良天数281天，同比增加。

## 一、党建引领

革命老区吕梁是延安的东部屏障。
"""
FIGURES = """\
groups:
  - id: air
    title: 大气环境质量
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: 如意湖畔，碧波荡漾。优良天数281天，同比增加。
"""
UNDATED = FRONT.replace("date: 2021-03-19\n", "date: null\n")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """Build records in a folder of this test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return tmp_path / "cache"


def info(pdf):
    reader = PdfReader(pdf)
    return reader.metadata or {}, reader.trailer["/ID"]


def test_the_same_inputs_give_the_same_bytes(tmp_path, cache):
    folder = write_briefing(tmp_path / "brief", BODY, figures=FIGURES)
    first = build(folder, tmp_path / "one.pdf", force=True).output
    second = build(folder, tmp_path / "two.pdf", force=True).output
    assert first.read_bytes() == second.read_bytes()
    metadata, identifier = info(first)
    assert metadata["/CreationDate"].startswith("D:20210319")  # the front matter's date
    assert metadata["/ModDate"] == metadata["/CreationDate"]
    assert identifier[0] == fingerprint.document_id(folder).decode()


def test_the_identifier_is_stable_and_the_content_part_moves(tmp_path, cache):
    folder = write_briefing(tmp_path / "brief", BODY)
    _, before = info(build(folder, tmp_path / "a.pdf").output)
    write_briefing(folder, BODY.replace("东部屏障", "东部屏障和红军东征的主战场"))
    _, after = info(build(folder, tmp_path / "b.pdf").output)
    assert before[0] == after[0]
    assert before[1] != after[1]


def test_dates_come_from_source_date_epoch_never_from_now(tmp_path, cache, monkeypatch):
    folder = write_briefing(tmp_path / "brief", BODY, front=UNDATED)
    undated = build(folder, tmp_path / "undated.pdf").output
    metadata, _ = info(undated)
    assert "/CreationDate" not in metadata  # not in git, no SOURCE_DATE_EPOCH: no date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1640995200")  # 2022-01-01T00:00:00Z
    dated = build(folder, tmp_path / "dated.pdf").output
    metadata, _ = info(dated)
    assert metadata["/CreationDate"].startswith("D:20220101000000")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        build(folder, tmp_path / "bad.pdf")


def test_an_undated_briefing_in_git_takes_its_last_commit(tmp_path, cache):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = write_briefing(tmp_path / "repo" / "brief", BODY, front=UNDATED)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=folder.parent, check=True)
    subprocess.run([*git, "add", "."], cwd=folder.parent, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x", "--date", "2023-05-06T07:08:09Z"],
                   cwd=folder.parent, check=True,
                   env={"GIT_COMMITTER_DATE": "2023-05-06T07:08:09Z", "PATH": "/usr/bin:/bin"})
    metadata, _ = info(build(folder, tmp_path / "git.pdf").output)
    assert metadata["/CreationDate"].startswith("D:20230506070809")


def test_nothing_changed_skips_and_each_input_rebuilds(tmp_path, cache):
    folder = write_briefing(tmp_path / "brief", BODY, figures=FIGURES)
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR / "reprint", templates / "reprint")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(DEFAULT_FONT_CONFIG, fonts / "fonts.yaml")
    output = tmp_path / "out.pdf"
    options = {"template_dirs": [templates], "fonts_dir": fonts}

    first = build(folder, output, **options)
    assert not first.skipped
    again = build(folder, output, **options)
    assert again.skipped and again.pages == first.pages
    assert build(folder, output, force=True, **options).skipped is False

    def rebuilt_after(change) -> bytes:
        before = output.read_bytes()
        change()
        result = build(folder, output, **options)
        assert not result.skipped
        assert build(folder, output, **options).skipped  # and then up to date again
        return before

    # A template: the stylesheet of the template in use.
    css = templates / "reprint" / "style.css"
    before = rebuilt_after(lambda: css.write_text(
        css.read_text("utf-8") + "\nh1.title { color: #036; }\n", "utf-8"))
    assert output.read_bytes() != before
    # A font mapping: the body set in the sans face.
    mapping = fonts / "fonts.yaml"
    before = rebuilt_after(lambda: mapping.write_text(mapping.read_text("utf-8").replace(
        "body: [Noto Serif CJK SC,", "body: [Noto Sans CJK SC,"), "utf-8"))
    assert output.read_bytes() != before
    # A key figure.
    figures = folder / "figures.yaml"
    before = rebuilt_after(lambda: figures.write_text(
        figures.read_text("utf-8").replace("unit: 天", "unit: 日"), "utf-8"))
    assert output.read_bytes() != before
    # The PDF itself replaced or removed: never served stale.
    output.write_bytes(b"%PDF-1.7 something else")
    assert not build(folder, output, **options).skipped
    output.unlink()
    assert not build(folder, output, **options).skipped and output.exists()


def test_an_output_inside_the_folder_is_refused(tmp_path, cache):
    """A PDF inside the briefing folder would be read back as an input (by watch, the
    fingerprint, the next import --force): refused before anything is built (issue 16)."""
    from briefing.errors import InputError

    folder = write_briefing(tmp_path / "brief", BODY)
    with pytest.raises(InputError, match="into the briefing folder"):
        build(folder, folder / "brief.pdf")
    assert not (folder / "brief.pdf").exists()


def test_pdf_x_is_deterministic_too(tmp_path, cache):
    from briefing.errors import BriefingError

    folder = write_briefing(tmp_path / "brief", BODY)
    try:
        first = build(folder, tmp_path / "x1.pdf", variant="pdf/x-4", force=True).output
    except BriefingError as error:  # the CMYK profile's package missing
        pytest.skip(str(error))
    second = build(folder, tmp_path / "x2.pdf", variant="pdf/x-4", force=True).output
    assert b"xmp.did:" in first.read_bytes()  # WeasyPrint's DocumentID, now derived
    assert first.read_bytes() == second.read_bytes()


def test_a_booklet_is_deterministic_too(tmp_path, cache):
    """Imposed sheets place each page under a fixed name (pikepdf's own overlay names them
    at random)."""
    folder = write_briefing(tmp_path / "brief", BODY)
    first = build(folder, tmp_path / "b1.pdf", booklet=True, force=True).output
    second = build(folder, tmp_path / "b2.pdf", booklet=True, force=True).output
    assert first.read_bytes() == second.read_bytes()
