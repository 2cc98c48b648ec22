"""The importer end to end: the sample and three other articles, imported into tmp folders.

Each import is checked for its front matter, heading hierarchy, captions, tables, key
figures, that no text was lost, that its report lists every repair, and that the folder
loads with the loader.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml
from conftest import ARTICLES, PROJECT

from briefing.importer import ImportResult, Repair, import_article
from briefing.importer.chars import is_han
from briefing.loader import load_briefing
from briefing.model import Figure, Table


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, ImportResult]:
    data = tmp_path_factory.mktemp("data")
    return {path.stem: import_article(path, data) for path in sorted(ARTICLES.glob("*.txt"))}


def article_of(result: ImportResult) -> tuple[dict, str]:
    text = (result.folder / "article.md").read_text("utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def headings(body: str) -> list[tuple[int, str]]:
    return [(len(m[1]) - 1, m[2]) for m in re.finditer(r"^(#+) (.*)$", body, re.M)]


def captions(body: str) -> list[str]:
    return re.findall(r"^::: figure\n(.*)\n:::$", body, re.M)


def figures_of(result: ImportResult) -> dict[str, list[tuple]]:
    data = yaml.safe_load((result.folder / "figures.yaml").read_text("utf-8"))
    return {g["id"]: [(r["label"], str(r["value"]), r["unit"]) for r in g["rows"]]
            for g in data["groups"]}


def han(text: str) -> Counter:
    return Counter(char for char in text if is_han(char))


def assert_no_text_lost(source: str, body: str, moved: list[str], overlaps: list[str]) -> None:
    """Every Han character of the source is in the body, less what was moved or dropped."""
    expected = han(source)
    for text in moved + overlaps:
        expected -= han(text)
    assert han(body) == expected


# ---------------------------------------------------------------- the sample


def test_sample_front_matter_and_structure(imported):
    result = imported["lvliang-2021"]
    front, body = article_of(result)
    assert front == {
        "title": "红色吕梁亮出绿色底色",
        "subtitle": "吕梁市生态环境局以党建为引领推动生态环保工作落实",
        "authors": ["文清", "柴芳芳"], "source": None, "url": None, "date": None,
        "language": "zh-CN",
        "template": "reprint", "options": {"figures": "inline"}}
    assert headings(body) == [
        (1, "“从一到六”：党建引领，凝心聚力"),
        (2, "1 “一把手”责任压实"), (2, "2 “两手抓”政治思想"), (2, "3 “三不腐”制度落地"),
        (2, "4 “四风检查”严把关"), (2, "5 “五项活动”学党史"), (2, "6 “六有标准”建阵地"),
        (1, "执法“利剑”高悬：抓牢抓实生态环保工作，污染防治标本兼治"),
        (2, "1 顶层设计，谋划“十四五”生态环保工作"), (2, "2 综合整治，持续推进大气污染协同治理"),
        (2, "3 巩固提升，强力推进水环境突出问题整治"),
        (2, "4 源头治理，净土保卫战和农村污染防治成效明显"),
        (2, "5 创新执法，突出生态环境执法重点"),
    ]
    assert captions(body) == [
        "吕梁市生态环境局党组书记白旭平在孝义检查秋冬季空气质量保障措施落实情况。",
        "吕梁市生态环境局局长蔡玉洁在兴县调研生态环保工作。"]
    assert "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻" in body
    assert "《2021年度贯彻落实全面从严治党加强党的建设工作要点》，明确了" in body
    assert "罚款16398.12万元，实施停产限产企业14家" in body
    assert "摆放各类图书120册，做到学习书籍分类摆放" in body
    assert "PM<sub>2.5</sub>平均浓度为27μg/m<sup>3</sup>，同比下降18.2%" in body
    assert "科室（直属单位）" in body and "13县（市、区）" in body and "1973家（次）" in body
    assert "思想 and 党的" in body  # a doubt: reported, never changed
    assert "# 红色吕梁" not in body and "◆" not in body
    assert not re.search(r"[,;:?!()]", body.replace("::: figure", "").replace(":::", ""))


def test_sample_no_text_lost(imported):
    _, body = article_of(imported["lvliang-2021"])
    source = (ARTICLES / "lvliang-2021.txt").read_text("utf-8")
    moved = ["红色吕梁亮出绿色底色", "吕梁市生态环境局以党建为引领推动生态环保工作落实",
             "文清 柴芳芳"]
    assert_no_text_lost(source, body, moved=moved, overlaps=["社会主义思想"])


def test_sample_repairs_and_doubts(imported):
    result = imported["lvliang-2021"]
    kinds = Counter(repair.kind for repair in result.repairs)
    assert kinds["join-split-paragraph"] == 17
    assert kinds["drop-repeated-overlap"] == 1
    assert kinds["subsection-level"] == 11
    assert kinds["caption"] == 2 and kinds["byline"] == 1 and kinds["title-block"] == 1
    assert kinds["fullwidth-punctuation"] > 40
    lines = [repair.line for repair in result.repairs]
    assert lines == sorted(lines)  # in source order
    by_kind = {repair.kind: repair for repair in result.repairs}
    assert (by_kind["drop-repeated-overlap"].line, by_kind["title-block"].line,
            by_kind["byline"].line) == (17, 83, 3)
    assert all(r.review for r in result.repairs
               if r.kind in ("join-split-paragraph", "drop-repeated-overlap"))
    assert [(d.kind, d.line) for d in result.doubts] == [("stray-latin", 43)]


def test_sample_figures(imported):
    figures = figures_of(imported["lvliang-2021"])
    # Groups follow the sections (issue 12): the lead's figures, then each section's.
    assert list(figures)[0] == "lead" and "enforcement" in figures
    assert figures["lead"][:4] == [("大气环境质量综合指数", "4.44", ""), ("优良天数", "281", "天"),
                                   ("优良天数比例", "77", "%"), ("PM2.5平均浓度", "27", "μg/m³")]
    water = {(value, unit) for _, value, unit in figures["lead"]}
    assert {("15", "个"), ("8", "个"), ("53.3", "%"), ("15", "mg/L"), ("0.665", "mg/L")} <= water
    enforcement = {(value, unit) for _, value, unit in figures["enforcement"]}
    assert {("1973", "家（次）"), ("420", "家（次）"), ("1553", "家（次）"), ("304", "个"),
            ("348", "起"), ("589", "家"), ("16398.12", "万元"), ("14", "家"), ("45", "家"),
            ("20", "件"), ("28", "人"), ("3", "人")} <= enforcement
    assert ("行政拘留", "28", "人") in figures["enforcement"]
    values = {value for rows in figures.values() for _, value, _ in rows}
    assert not values & {"2021", "2020", "13710", "13", "2.5", "100"}


# ---------------------------------------------------------------- the other articles


def test_work_report(imported):
    result = imported["heyang-work-report"]
    front, body = article_of(result)
    assert (front["title"], front["subtitle"]) == (
        "2022年河阳市政府工作报告（摘要）", "2022年1月12日在河阳市第十七届人民代表大会第一次会议上")
    assert (front["authors"], front["source"], str(front["date"])) == (
        [], "河阳市人民政府网", "2022-01-18")
    assert headings(body) == [
        (1, "一、2021年工作回顾"), (2, "（一）经济运行稳中向好。"), (2, "（二）生态环境持续改善。"),
        (2, "（三）民生保障更加有力。"), (1, "二、2022年主要任务"),
        (2, "（一）坚持创新驱动，加快产业转型升级。"), (2, "（二）深化污染防治，建设美丽河阳。")]
    assert "### （一）经济运行稳中向好。\n\n全年地区生产总值完成1850.3亿元，同比增长7.2%；" in body
    assert "增长12.5%" in body and "PM<sub>2.5</sub>平均浓度为32μg/m<sup>3</sup>" in body
    # A salutation is its own block, never a split.
    assert "::: salutation\n各位代表：\n:::\n\n现在，我代表市人民政府" in body
    assert ("Table: 表1 2021年主要指标\n| 指标 | 数值 | 增速 |\n|---|---:|---:|\n"
            "| 地区生产总值 | 1850.3亿元 | 7.2% |\n") in body
    assert "| 城镇居民人均可支配收入 | 38562元 | 7.9% |" in body
    assert "新增城市绿地面积156公顷" in body
    source = (ARTICLES / "heyang-work-report.txt").read_text("utf-8")
    assert_no_text_lost(source, body, moved=[
        "来源河阳市人民政府网日期2022年1月18日", front["title"], front["subtitle"]],
        overlaps=["城市绿地"])
    figures = figures_of(result)
    assert list(figures) == ["s1", "s2", "s3"]  # one group per section (issue 12)
    assert ("地区生产总值", "1850.3", "亿元") in figures["s1"]
    assert ("PM2.5平均浓度", "32", "μg/m³") in figures["s2"]
    values = {value for rows in figures.values() for _, value, _ in rows}
    assert not values & {"7", "6", "15", "300", "290"}  # targets are not results


def test_news_item(imported):
    result = imported["heyang-air-news"]
    front, body = article_of(result)
    assert (front["title"], front["subtitle"], front["authors"]) == (
        "河阳市去年空气质量创有监测以来最好水平", None, ["王晓明", "刘洋"])
    assert headings(body) == []
    assert captions(body) == ["河阳市环境监测站工作人员在检查空气自动监测设备。"]
    assert "细颗粒物（PM<sub>2.5</sub>）平均浓度为32μg/m<sup>3</sup>" in body
    assert "可吸入颗粒物（PM<sub>10</sub>）" in body
    assert "启动了“一厂一策”管控措施，对128家重点企业" in body
    source = (ARTICLES / "heyang-air-news.txt").read_text("utf-8")
    assert_no_text_lost(source, body, moved=[front["title"], "本报记者 王晓明 通讯员 刘洋"],
                        overlaps=["一厂一策管控"])
    assert sorted(d.kind for d in result.doubts) == ["ascii-quote", "space-between-han"]
    figures = figures_of(result)
    # No headings: one group, the lead's (issue 12).
    assert figures["lead"][:2] == [("环境空气质量综合指数", "4.12", ""), ("优良天数", "296", "天")]
    assert ("罚款金额", "1235.6", "万元") in figures["lead"]
    air = yaml.safe_load((result.folder / "figures.yaml").read_text("utf-8"))["groups"][0]
    assert air["rows"][0]["change"] == "同比改善9.5%"
    assert air["rows"][0]["rank"] == "在全省11个设区市中排名第三"


def test_policy_notice(imported):
    result = imported["heyang-enforcement-notice"]
    front, body = article_of(result)
    assert (front["title"], front["subtitle"], front["authors"], front["source"]) == (
        "关于开展2022年生态环境执法“春雷行动”的通知", None, [], None)
    assert headings(body) == [
        (1, "一、工作目标"), (1, "二、重点任务"), (2, "（一）大气污染源专项检查"),
        (3, "1.检查燃煤锅炉。"), (3, "2.检查挥发性有机物治理。"), (2, "（二）水污染源专项检查"),
        (3, "1.检查污水处理厂。"), (4, "（1）城镇污水处理厂。"),
        (4, "（2）工业园区污水集中处理设施。"),
        (1, "三、工作要求"), (2, "（一）加强组织领导。"), (2, "（二）严格执法问责。"),
        (2, "（三）按时报送信息。")]
    for untouched in ("1,234家", "GB 37822-2019", "GB3095-2012", "9:00—17:30", "VOCs"):
        assert untouched in body
    assert "《生态环境行政处罚办法（试行）》" in body and "4.0mg/m<sup>3</sup>" in body
    assert "> 生态环境执法是生态环境保护的\"牙齿\"，必须" in body
    assert body.rstrip().endswith("::: signature\n河阳市生态环境局\n2022年2月28日\n:::")
    assert "<!--" not in body
    assert [r.kind for r in result.repairs][:2] == ["drop-comment", "title-block"]
    source = (ARTICLES / "heyang-enforcement-notice.txt").read_text("utf-8")
    assert_no_text_lost(source, body, moved=["转载自河阳市生态环境局门户网站排版时删除本注释",
                                            front["title"]], overlaps=[])
    assert figures_of(result) == {"lead": [  # the text before the first heading
        ("检查企业", "2156", "家（次）"), ("查处环境违法案件", "312", "起"),
        ("罚款", "2860.5", "万元"), ("移送公安机关案件", "17", "件")]}


# ---------------------------------------------------------------- every import


def test_report_lists_every_repair_and_doubt(imported):
    for result in imported.values():
        report = (result.folder / "import-report.md").read_text("utf-8")
        assert report == result.report_text()
        open_items = [line for line in report.splitlines() if line.startswith("- [ ] ")]
        review = [r for r in result.repairs if r.review]
        assert len(open_items) == len(review) + len(result.doubts)
        for entry in result.repairs + result.doubts:
            assert f"line {entry.line} · {entry.kind}" in report
        assert all(isinstance(r, Repair) and r.line >= 1 and r.note for r in result.repairs)


def test_every_import_loads(imported):
    for result in imported.values():
        briefing = load_briefing(result.folder)
        assert briefing.meta.title
        assert briefing.figures == []  # the importer's groups are proposals (issue 12)
        assert sum(len(group.rows) for group in briefing.proposed_figures) == result.figure_rows
    notice = load_briefing(imported["heyang-enforcement-notice"].folder)
    assert [s.run_in for s in notice.walk_sections()][:4] == [False, False, False, True]
    report = load_briefing(imported["heyang-work-report"].folder)
    assert any(isinstance(b, Table) and b.caption.plain == "表1 2021年主要指标"
               for b in report.walk_blocks())
    news = load_briefing(imported["heyang-air-news"].folder)
    assert [b.caption.plain for b in news.walk_blocks() if isinstance(b, Figure)] == [
        "河阳市环境监测站工作人员在检查空气自动监测设备。"]


def test_committed_sample_loads():
    briefing = load_briefing(PROJECT / "data" / "lvliang-2021")
    assert [g.id for g in briefing.figures][:3] == ["air", "water", "enforcement"]
    assert len([s for s in briefing.walk_sections() if s.level == 1]) == 2
