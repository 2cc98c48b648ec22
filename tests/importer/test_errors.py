"""Bad inputs raise InputError naming the file and a fix, and write nothing; the folder
is written all at once or not at all."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from briefing.errors import EXIT_BAD_INPUT, InputError
from briefing.importer import import_article
from briefing.importer.source import default_slug
from briefing.importer.writer import write_folder

GOOD = "# 标题\n\n全市优良天数281天。\n"


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def refused(source: Path, data: Path, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        import_article(source, data, **kwargs)
    error = caught.value
    assert error.exit_code == EXIT_BAD_INPUT
    [problem] = error.problems
    assert problem.file is not None and problem.fix
    return error


@pytest.mark.parametrize(("name", "content", "words"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"\n  \n\t\n", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "offset 8"),
    ("gbk.txt", "# 标题\n\n正文。\n".encode("gb18030"), "offset 2"),
    ("english.txt", b"# Title\n\nJust English text, no Chinese at all.\n", "no Chinese"),
    ("onlycomment.txt", "<!-- 只有注释 -->\n", "no text"),
    ("titleonly.txt", "# 只有标题\n", "no text"),
    ("comment.txt", "<!-- 来源: 某网\n\n# 标题\n\n正文。\n", "never closed"),
])
def test_bad_input_writes_nothing(tmp_path, name, content, words):
    source = write(tmp_path, name, content)
    data = tmp_path / "data"
    error = refused(source, data)
    assert words in str(error)
    assert error.problems[0].file == source
    assert not data.exists()


def test_missing_file(tmp_path):
    error = refused(tmp_path / "nosuch.txt", tmp_path / "data")
    assert "no such file" in str(error)


def test_existing_folder_needs_slug_or_force(tmp_path):
    source = write(tmp_path, "Report 2021.txt", GOOD)
    data = tmp_path / "data"
    first = import_article(source, data)
    assert first.folder == data / "report-2021"
    (first.folder / "note.txt").write_text("the editor's note")
    error = refused(source, data)
    assert error.problems[0].fix == "pass --slug or --force"
    assert (first.folder / "note.txt").exists()
    assert import_article(source, data, slug="other").folder == data / "other"
    again = import_article(source, data, overwrite=True)
    # --force replaces what the import writes and keeps the editor's own files.
    assert sorted(p.name for p in again.folder.iterdir()) == [
        "article.md", "figures.yaml", "import-report.md", "note.txt"]
    assert again.kept == [Path("note.txt")]
    assert sorted(p.name for p in data.iterdir()) == ["other", "report-2021"]


def test_bad_slug(tmp_path):
    source = write(tmp_path, "a.txt", GOOD)
    assert "--slug" in refused(source, tmp_path / "data", slug="Not A Slug").problems[0].fix
    assert "--slug" in refused(write(tmp_path, "红色.txt", GOOD), tmp_path / "d").problems[0].fix


def test_default_slug():
    assert default_slug(Path("000_33ebe9c872eba8ff.txt")) == "000-33ebe9c872eba8ff"
    assert default_slug(Path("dir/My Article (v2).md")) == "my-article-v2"


def test_crlf_and_bom_are_read(tmp_path):
    source = write(tmp_path, "win.txt", "\ufeff# 标题\r\n\r\n第一段,\r\n续行。\r\n\r\n第二段。\r\n")
    result = import_article(source, tmp_path / "data")
    text = (result.folder / "article.md").read_text("utf-8")
    assert "title: 标题" in text and "第一段，续行。\n\n第二段。" in text and "\r" not in text


def test_failed_write_leaves_nothing(tmp_path, monkeypatch):
    real_open = builtins.open
    written = []

    def failing_open(file, mode="r", *args, **kwargs):
        if "w" in mode and str(file).endswith("figures.yaml"):
            raise OSError("disk full")
        handle = real_open(file, mode, *args, **kwargs)
        written.append(file)
        return handle

    monkeypatch.setattr(builtins, "open", failing_open)
    with pytest.raises(OSError):
        write_folder(tmp_path / "brief", {"article.md": "a", "figures.yaml": "b"})
    assert written  # article.md was written, into the temporary folder
    assert list(tmp_path.iterdir()) == []


def test_failed_overwrite_keeps_the_old_folder(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "brief", {"article.md": "old"})
    real_open = builtins.open

    def failing_open(file, mode="r", *args, **kwargs):
        if "w" in mode:
            raise OSError("disk full")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    with pytest.raises(OSError):
        write_folder(folder, {"article.md": "new"}, overwrite=True)
    monkeypatch.undo()
    assert (folder / "article.md").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief"]
