"""Press, Markdown and raw-PDF shapes (issue 11, seventh round): conventions of the
family, each with a made-up text of its shape that fails without the rule."""

from __future__ import annotations

import yaml
from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def front(result) -> dict:
    return yaml.safe_load((result.folder / "article.md").read_text("utf-8").split("---\n")[1])


def test_the_items_of_a_tight_markdown_ordered_list_are_never_run_in_headings(tmp_path):
    # 「1. 一句。其余…」 on lines one under another: a list's items, however short the first
    # sentence of each (a run-in heading is a numbered paragraph standing alone).
    _, body = import_text(tmp_path, (
        "# 旅行笔记\n\n## 感想\n\n"
        "1. 一定要分工明确。多人同做一事只会平白增加沟通的成本。\n"
        "2. 孩子们都很可爱，也很努力，值得我们尊重。\n"
        "3. 日记不能拖延。拖到后来就只剩流水账了。\n"), "a.md")
    assert "#" not in body.split("## 感想", 1)[1]
    assert "1. 一定要分工明确。多人同做一事只会平白增加沟通的成本。" in paragraphs(body)
