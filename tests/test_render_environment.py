"""One Jinja environment per process for each search path, catalog, locale, number style
and paper (briefing/render.py): templates are loaded once, yet each render draws its own
briefing's charts, an edited template is read again, and a different setting gets an
environment of its own."""

from __future__ import annotations

import textwrap

import pytest

from briefing import render
from briefing.loader import load_briefing
from briefing.render import make_environment, render_html
from tests.conftest import write_briefing

SENTENCE = "2021年，全市优良天数281天，优良天数比例为77%，重污染天数为0天。"
FIGURES = textwrap.dedent(f"""\
    groups:
      - id: air
        title: 大气环境
        chart:
          type: bar
          title: 优良与重污染天数
          source: SOURCE
          rows: [优良天数, 重污染天数]
        rows:
          - {{label: 优良天数, value: 281, unit: 天, source: '{SENTENCE}'}}
          - {{label: 重污染天数, value: 0, unit: 天, source: '{SENTENCE}'}}
    """)


def briefing_with_chart(folder, source: str):
    return load_briefing(write_briefing(folder, f"{SENTENCE}\n",
                                        figures=FIGURES.replace("SOURCE", source)))


def test_briefings_share_one_environment_and_each_draws_its_own_charts(tmp_path,
                                                                       monkeypatch):
    first = briefing_with_chart(tmp_path / "a", "甲市生态环境局")
    second = briefing_with_chart(tmp_path / "b", "乙县统计局")
    assert make_environment(first) is make_environment(second)
    loads = []
    loader = make_environment(first).loader
    real = type(loader).get_source
    monkeypatch.setattr(type(loader), "get_source",
                        lambda self, env, name: loads.append(name) or real(self, env, name))
    html_a = render_html(first).html
    html_b = render_html(second).html
    # The charts are drawn with the briefing rendered, not the first one the
    # environment served.
    assert "来源：甲市生态环境局" in html_a and "乙县统计局" not in html_a
    assert "来源：乙县统计局" in html_b and "甲市生态环境局" not in html_b
    assert html_a.count('class="chart-source"') == html_b.count('class="chart-source"') == 1
    # Templates already loaded are not loaded again for the second briefing.
    assert loads.count("reprint/document.html.j2") <= 1


def test_other_settings_get_an_environment_of_their_own(tmp_path):
    briefing = briefing_with_chart(tmp_path / "a", "甲市生态环境局")
    a5 = briefing.model_copy(update={"meta": briefing.meta.model_copy(update={
        "options": briefing.meta.options.model_copy(update={"paper": "A5"})})})
    assert make_environment(briefing) is not make_environment(a5)
    assert make_environment(briefing, locale="en") is not make_environment(briefing)
    templates = tmp_path / "templates"
    templates.mkdir()
    assert make_environment(briefing, [templates]) is not make_environment(briefing)


def test_an_edited_template_is_read_again(tmp_path):
    briefing = briefing_with_chart(tmp_path / "a", "甲市生态环境局")
    mine = tmp_path / "templates" / "mine"
    mine.mkdir(parents=True)
    page = mine / render.DOCUMENT
    page.write_text("<p>第一版 {{ meta.title }}</p>", "utf-8")
    assert "第一版" in render_html(briefing, template="mine",
                                  template_dirs=[tmp_path / "templates"]).html
    page.write_text("<p>第二版，改过了 {{ meta.title }}</p>", "utf-8")
    assert "第二版" in render_html(briefing, template="mine",
                                  template_dirs=[tmp_path / "templates"]).html


def test_chart_outside_a_render_is_an_error():
    with pytest.raises(RuntimeError):
        render.draw_chart(None)


def test_a_template_file_added_to_override_a_stock_one_is_used(tmp_path):
    """A file added to the user's template folder after a render shadows the stock one
    from the next render on (a kept environment would keep the stock template)."""
    briefing = briefing_with_chart(tmp_path / "a", "甲市生态环境局")
    templates = tmp_path / "templates"
    (templates / "reprint").mkdir(parents=True)
    assert "自己的版式" not in render_html(briefing, template_dirs=[templates]).html
    (templates / "reprint" / render.DOCUMENT).write_text("<p>自己的版式 {{ meta.title }}</p>",
                                                        "utf-8")
    assert "自己的版式" in render_html(briefing, template_dirs=[templates]).html
    (templates / "reprint" / render.DOCUMENT).unlink()
    assert "自己的版式" not in render_html(briefing, template_dirs=[templates]).html
