"""The twenty-second round's rules (issue 11). Made-up texts of the shapes, each failing
without its rule."""

from __future__ import annotations

import yaml
from conftest import import_text


def front(result) -> dict:
    return yaml.safe_load((result.folder / "article.md").read_text("utf-8").split("---\n")[1])


# ---------------------------------------------------------------- a 信息公开 catalogue

# A 政府信息公开 page's catalogue, given twice as such pages copy it: two fields a line,
# then a field a line — the document's number and title among them, and two dates.
CATALOGUE = (
    "索引号: 11500000000000000X/2024-00012 发文字号: 东河委发〔2024〕8号\n"
    "发布机构: 东河镇 成文日期: 2024-03-11 发布日期: 2024-03-15\n"
    "标题: 东河镇人民政府关于做好春季森林防火工作的通知\n"
    "主题分类: 应急管理 有效性:\n"
    "索引号: 11500000000000000X/2024-00012\n"
    "发文字号: 东河委发〔2024〕8号\n"
    "发布机构: 东河镇\n"
    "成文日期: 2024-03-11\n"
    "发布日期: 2024-03-15\n"
    "标题: 东河镇人民政府关于做好春季森林防火工作的通知\n"
    "主题分类: 应急管理\n"
    "有效性:\n\n"
    "东河委发〔2024〕8号\n\n"
    "东河镇人民政府关于做好春季森林防火工作的通知\n\n"
    "各村民委员会:\n\n"
    "当前正值春季森林防火关键期,为切实做好防火工作,确保人民群众生命财产安全,现就有关事项通知如下。\n\n"
    "各村要加强巡查值守,严格管控野外用火,发现火情及时报告。\n\n"
    "东河镇人民政府\n2024年3月11日\n")


def test_a_catalogue_a_field_a_line_is_dropped_whole_its_first_date_kept(tmp_path):
    result, body = import_text(tmp_path, CATALOGUE, "a.txt")
    for field in ("索引号", "发文字号", "标题：", "主题分类", "有效性", "发布日期", "成文日期"):
        assert field not in body, field
    assert str(front(result)["date"]) == "2024-03-11"
    assert "东河委发〔2024〕8号" in body  # the document's own number line stays
    second = [d for d in result.doubts if d.kind == "catalogue-second-fact"]
    assert second and second[0].before.startswith("发布日期")
