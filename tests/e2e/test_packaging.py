"""The wheel is what a user installs: built from the source tree, installed into a fresh
venv, run from a folder outside the repository, it must find its templates, label
catalogs and default fonts.yaml inside itself and build the sample (issue 16, packaging).

Offline: the wheel is built without build isolation (this venv's setuptools and Babel,
through the backend's PEP 517 hook), installed with --no-deps --no-index, and the fresh
venv reaches the dependencies through a .pth file naming this venv's site-packages
(appended after its own, so the installed wheel is the `briefing` imported; this venv's
editable briefing is only a finder hook, which a plain path entry does not run).
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from conftest import PROJECT, SAMPLE

pytestmark = [pytest.mark.slow, pytest.mark.pdf]  # slow, but part of every `make test`

SOURCE_FILES = ("pyproject.toml", "setup.py", "README.md", "LICENSE")


# PEP 517's build_wheel hook of the backend named "module" or "module:object".
HOOK = """
import importlib, sys
module, _, name = sys.argv[1].partition(":")
backend = importlib.import_module(module)
for part in filter(None, name.split(".")):
    backend = getattr(backend, part)
print(backend.build_wheel(sys.argv[2]))
"""


def run(args: list, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path, dict]:
    """(the wheel, the fresh venv's python, the environment to run it in)."""
    root = tmp_path_factory.mktemp("packaging")
    # The tree as an sdist has it: no caches, no compiled catalogs, no checkout around it.
    source = root / "source"
    source.mkdir()
    for name in SOURCE_FILES:
        shutil.copy(PROJECT / name, source / name)
    shutil.copytree(PROJECT / "briefing", source / "briefing",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["XDG_CACHE_HOME"] = str(root / "cache")
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    # The wheel from the project's own build backend (pyproject's build-system), called
    # through its PEP 517 hook in the source folder: what `pip wheel --no-build-isolation`
    # does, without pip's own start-up (the same files, byte for byte; ~2 s less CPU).
    backend = tomllib.loads((source / "pyproject.toml").read_text("utf-8"))[
        "build-system"]["build-backend"]
    (root / "wheels").mkdir()
    run([sys.executable, "-c", HOOK, backend, root / "wheels"], cwd=source, env=env)
    (wheel,) = (root / "wheels").glob("briefing-*.whl")

    venv = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root, env=env)
    python = venv / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                  cwd=root, env=env).stdout.strip()
    outer = [sysconfig.get_path("purelib"), *site.getsitepackages()]
    (Path(purelib) / "_briefing_test_deps.pth").write_text(
        "\n".join(dict.fromkeys(outer)) + "\n", "utf-8")
    run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
         "--no-index", wheel], cwd=root, env=env)
    return wheel, python, env


def test_wheel_carries_templates_catalogs_fonts_yaml_and_licence(installed):
    wheel, _, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("briefing/templates/base.html.j2", "briefing/templates/common.css",
                 "briefing/templates/reprint/style.css",
                 "briefing/templates/jianbao/template.yaml",
                 "briefing/locale/messages.pot",
                 "briefing/locale/en/LC_MESSAGES/messages.po",
                 "briefing/locale/en/LC_MESSAGES/messages.mo",  # compiled by setup.py
                 "briefing/locale/zh_Hant_TW/LC_MESSAGES/messages.mo",
                 "briefing/fonts/fonts.yaml",
                 "briefing/serve/templates/base.html.j2", "briefing/serve/static/serve.js"):
        assert name in names, name
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_installed_wheel_builds_the_sample_outside_the_repository(installed, tmp_path):
    _, python, env = installed
    work = tmp_path / "work"  # a user's folder: no templates/, locale/ or fonts/ here
    shutil.copytree(SAMPLE, work / "lvliang-2021")

    # One interpreter for the three probes: where the package is, its version against
    # the installed metadata's, and a label its compiled catalog translates.
    where = run([python, "-c", "import gettext, briefing, briefing.resources as r; "
                 "from importlib.metadata import version; "
                 "print(briefing.__file__); print(r.TEMPLATES_DIR); print(r.version()); "
                 "print(version('briefing')); "
                 "print(gettext.translation('messages', r.LOCALE_DIR, ['en']).gettext('目录'))"],
                cwd=work, env=env).stdout.split("\n")
    venv = python.parent.parent
    assert Path(where[0]).is_relative_to(venv) and Path(where[1]).is_relative_to(venv)
    assert where[2] == where[3], "the package's version is not its metadata's"

    script = python.parent / "briefing"
    assert run([script, "--version"], cwd=work, env=env).stdout.strip() == f"briefing {where[2]}"
    fonts = run([python, "-m", "briefing", "fonts"], cwd=work, env=env).stdout
    package_config = venv / Path(where[1]).relative_to(venv).parent / "fonts" / "fonts.yaml"
    assert f"font configuration: {package_config}" in fonts and "Noto Serif CJK SC" in fonts
    # The user's fonts/fonts.yaml in the current folder replaces the package's.
    (work / "fonts").mkdir()
    (work / "fonts" / "fonts.yaml").write_text("roles:\n  caption: [Noto Serif CJK SC]\n")
    fonts = run([python, "-m", "briefing", "fonts"], cwd=work, env=env).stdout
    assert "font configuration: fonts/fonts.yaml" in fonts
    shutil.rmtree(work / "fonts")

    # The compiled catalog inside the installed package translates a label.
    assert where[4] == "Contents", "the installed catalog does not translate 目录"

    run([python, "-m", "briefing", "build", "lvliang-2021", "-o", "x.pdf"], cwd=work, env=env)
    with pdfplumber.open(work / "x.pdf") as pdf:
        assert len(pdf.pages) >= 2
        first = pdf.pages[0].extract_text() or ""
        fonts_used = {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars}
    assert "红色吕梁亮出绿色底色" in first.replace("\n", "")
    assert "Noto-Serif-CJK-SC" in fonts_used, fonts_used  # the default fonts.yaml's body
    assert (Path(env["XDG_CACHE_HOME"]) / "briefing").is_dir()  # caches where asked
