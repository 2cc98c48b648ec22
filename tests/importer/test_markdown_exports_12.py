"""Markdown exports (issue 11, twelfth round): what a publishing tool's Markdown means,
read as Markdown — each convention with a made-up text of its shape that fails without
it."""

from __future__ import annotations

from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_an_item_of_a_list_nested_in_a_list_item_is_a_paragraph_without_its_bullet(
        tmp_path):
    # A docs page nests bullets under an ordered item, indented by the item's content
    # (four spaces): Markdown reads them as items, not code; the format has no lists, so
    # each is a paragraph of its own and no dash reaches the page.
    result, body = import_text(tmp_path, (
        "# 追踪工具的分类\n\n"
        "追踪技术可以按数据源分为几类，下面分别说明。\n\n"
        "1.  动态追踪：\n"
        "    -   在内核任意位置插桩的技术；\n"
        "    -   基于中断机制触发钩子函数。\n\n"
        "2.  静态追踪：\n"
        "    *   由开发者预先写好插桩点的技术；\n"
        "    *   接口比动态追踪更稳定。\n\n"
        "以上是两类事件源。\n"), "a.md")
    assert paragraphs(body) == [
        "追踪技术可以按数据源分为几类，下面分别说明。", "1.  动态追踪：",
        "在内核任意位置插桩的技术；", "基于中断机制触发钩子函数。", "2.  静态追踪：",
        "由开发者预先写好插桩点的技术；", "接口比动态追踪更稳定。", "以上是两类事件源。"]
    assert sum(r.kind == "list-item" for r in result.repairs) == 4

