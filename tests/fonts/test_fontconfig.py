"""System fonts looked up in this process (briefing/fonts/system.py: _Fontconfig): the
same answers as the fc-match program, no process started, and the configuration read
again after fonts.clear_caches() (a font installed meanwhile is found)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing import fonts
from briefing.fonts import system

needs_fc_match = pytest.mark.skipif(shutil.which("fc-match") is None,
                                    reason="fontconfig's fc-match is not installed")

# Families the templates name, a fallback, generic names and names fc-match's pattern
# syntax escapes (system._escape_pattern).
FAMILIES = ("Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans CJK TC", "AR PL UKai CN",
            "FandolFang", "Noto Color Emoji", "Briefing Nonexistent Song", "serif",
            "sans-serif", "monospace", "楷体", "a-b,c:d\\e", "")


@pytest.fixture(autouse=True)
def _fresh():
    fonts.clear_caches()
    yield
    fonts.clear_caches()


@needs_fc_match
@pytest.mark.parametrize("family", FAMILIES)
def test_the_answer_is_fc_matchs(family):
    fontconfig = system._fontconfig()
    assert fontconfig is not None, "libfontconfig did not load: every lookup runs fc-match"
    pattern = system._escape_pattern(family)
    assert fontconfig.match(pattern, system._FC_FORMAT) == system._fc_match_process(
        family, pattern)


def test_a_lookup_starts_no_process(monkeypatch):
    def no_process(*args, **kwargs):
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess, "run", no_process)
    face = system.fc_match("Noto Sans CJK SC")
    assert face.path.is_file()
    assert "Noto Sans CJK SC" in face.families


@needs_fc_match
def test_without_the_library_fc_match_is_run(monkeypatch):
    runs = []
    real_run = subprocess.run

    def counted(*args, **kwargs):
        runs.append(args[0])
        return real_run(*args, **kwargs)

    monkeypatch.setattr(system, "_fontconfig", lambda: None)
    monkeypatch.setattr(subprocess, "run", counted)
    face = system.fc_match("Noto Sans CJK SC")
    assert [Path(run[0]).name for run in runs] == ["fc-match"]
    assert "Noto Sans CJK SC" in face.families


def test_a_font_installed_meanwhile_is_found_after_clear_caches(tmp_path, monkeypatch):
    from fontTools import subset
    from fontTools.ttLib import TTFont

    family = "Briefing Installed Later"
    noto = system.fc_match("Noto Sans CJK SC")
    folder = tmp_path / "fonts"
    folder.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{folder}</dir>'
        f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>', "utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    fonts.clear_caches()
    assert family not in system.fc_match(family).families

    font = TTFont(noto.path, fontNumber=noto.index)
    subsetter = subset.Subsetter(subset.Options(name_IDs=["*"]))
    subsetter.populate(text="中文")
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
    font.save(folder / "installed-later.otf")

    assert family not in system.fc_match(family).families  # (remembered)
    fonts.clear_caches()
    face = system.fc_match(family)
    assert family in face.families
    assert face.path == folder / "installed-later.otf"
