"""Briefing folders and waits shared by the `briefing serve` tests."""

from __future__ import annotations

import re
import time
from pathlib import Path

from conftest import FRONT, write_briefing

# Two paragraphs and a section: one page with every template.
BODY = """\
如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空，片片白云镶嵌其间。

2021年，全市优良天数281天，优良天数比例为77%，在全省设区市排名第四。

## 一、党建引领

::: figure
吕梁市生态环境局党组书记在孝义检查秋冬季空气质量保障措施落实情况。
:::

革命老区吕梁是延安的东部屏障、红军东征的主战场，也是生态脆弱区。
"""
SENTENCE = "2021年，全市优良天数281天，优良天数比例为77%，在全省设区市排名第四。"
# One key-figure group the importer proposed: printed nowhere until accepted.
PROPOSED = f"""\
groups:
  - id: air
    title: 空气质量指标
    status: proposed
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: {SENTENCE}
"""
REPORT = """\
# Import report: tiny.txt

## For the editor to review

- [ ] line 3 · join-split-paragraph: 「…优良天数 ⏎ 281天…」 → 「…全市优良天数281天，优良…」 — joined.
- [x] line 5 · caption: 「吕梁市」 — reviewed already.
"""


def make_tiny(data: Path, name: str = "tiny", *, proposed: bool = False,
              report: bool = False) -> Path:
    folder = write_briefing(data / name, BODY, front=FRONT,
                            figures=PROPOSED if proposed else None)
    if report:
        (folder / "import-report.md").write_text(REPORT, "utf-8")
    return folder


def csrf_and_version(html: str) -> tuple[str, str]:
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', html)[1]
    version = re.search(r'data-version="([^"]+)"', html)[1]
    return csrf, version


def wait_built(client, name: str, generation: int | None = None, timeout: float = 180):
    """The status once the build of `generation` (default: the latest) is over."""
    deadline = time.monotonic() + timeout
    while True:
        state = client.get(f"/b/{name}/status").json()
        done = state["status"] in ("ok", "failed") and (
            generation is None or state["generation"] >= generation)
        if done and all(page["url"] for page in state["pages"]):
            return state
        assert time.monotonic() < deadline, f"no build of {name}: {state}"
        time.sleep(0.05)
