"""Shared fixtures: small briefing folders written on the fly, and the sample built once."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from briefing.build import build

# tests/ is on sys.path (pyproject: pythonpath), so a test module in any folder imports
# these names with `from conftest import …`, and the other helpers (pdfread, …) by name.
TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
SAMPLE = PROJECT / "data" / "lvliang-2021"
ARTICLES = TESTS / "articles"  # raw articles, as `briefing import` takes them
CORPUS = TESTS / "corpus"
GOLDEN = TESTS / "golden"
# The sample article (a copy of ../shared/seed/000_33ebe9c872eba8ff.txt, so tests need
# nothing outside the repository).
SEED = ARTICLES / "lvliang-2021.txt"

FRONT = """\
---
title: 测试简报标题
subtitle: 副标题在这里
authors: [张三, 李四]
date: 2021-03-19
language: zh-CN
template: reprint
---
"""

# One key-figure group citing the sentence 「{sentence}」.
FIGURES = """\
groups:
  - id: air
    title: 大气环境质量
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: {sentence}
"""


def write_briefing(folder: Path, body: str, *, front: str = FRONT,
                   figures: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(front + "\n" + textwrap.dedent(body), "utf-8")
    if figures is not None:
        (folder / "figures.yaml").write_text(textwrap.dedent(figures), "utf-8")
    return folder


@pytest.fixture
def make_briefing(tmp_path):
    def make(body: str, **kwargs) -> Path:
        return write_briefing(tmp_path / "brief", body, **kwargs)

    return make


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "lvliang-2021.pdf"
    build(SAMPLE, out)
    return out


@pytest.fixture(scope="session")
def sample_template_pdf(request, tmp_path_factory):
    """The sample built with a template, once per session: sample_template_pdf("jianbao")
    (reprint is `sample_pdf`)."""
    built: dict[str, Path] = {}

    def get(template: str) -> Path:
        if template == "reprint":
            return request.getfixturevalue("sample_pdf")
        if template not in built:
            out = tmp_path_factory.mktemp(template) / f"lvliang-2021-{template}.pdf"
            build(SAMPLE, out, template=template)
            built[template] = out
        return built[template]

    return get


def import_text(tmp_path: Path, text: str, name: str):
    """Import `text` saved as tmp_path/NAME; the result and article.md's body. Every import
    must load: the loader knows every role the importer writes."""
    from briefing.importer import import_article
    from briefing.loader import load_briefing

    source = tmp_path / name
    source.write_text(text, "utf-8")
    result = import_article(source, tmp_path / "data")
    body = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[2]
    load_briefing(result.folder)
    return result, body


@pytest.fixture
def yaml_calls(monkeypatch):
    """How many times PyYAML composes and loads a document during the test."""
    import yaml

    calls = {"compose": 0, "load": 0}
    for name in calls:
        real = getattr(yaml, name)

        def counting(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(yaml, name, counting)
    return calls
