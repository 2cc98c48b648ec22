"""The twenty-second round's rules (issue 11). Made-up texts of the shapes, each failing
without its rule."""

from __future__ import annotations

import yaml
from conftest import front_matter as front
from conftest import import_text

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


# ---------------------------------------------------------------- charts' captions, a ranking

# A bulletin's page copied a line a paragraph: its charts' captions (the charts are
# images, not in the copy), then its table's caption and the table a cell a line, each
# cell closed by its bar — a ranking, its first column the place (a tie repeats it).
RANKING = (
    "图1 2024年1-8月全省AQI级别占比\n图2 2024年1-8月全省PM2.5浓度及同比变化\n"
    "表1 2024年1-8月全省各市环境空气质量综合指数\n"
    "排名 |\n城市 |\n综合指数 |\n变化率 |\n主要污染物 |\n"
    "1 |\n东河 |\n1.65 |\n-6.8% |\n臭氧 |\n"
    "2 |\n西山 |\n1.78 |\n1.1% |\n臭氧 |\n"
    "2 |\n南湖 |\n1.78 |\n-6.9% |\n臭氧 |\n"
    "4 |\n北岭 |\n2.98 |\n-6.6% |\n细颗粒物 |\n"
    "5 |\n中原 |\n3.00 |\n-6.0% |\n臭氧 |\n"
    + "".join(f"{place} |\n城{place} |\n3.{place:02d} |\n-{place}.5% |\n臭氧 |\n"
              for place in range(6, 22)))


def test_a_ranking_a_cell_a_line_is_rebuilt_under_its_caption_and_held(tmp_path):
    result, body = import_text(tmp_path, RANKING, "a.txt")
    assert front(result)["title"] is None  # no caption is the title
    assert "::: figure\n图1 2024年1-8月全省AQI级别占比\n:::" in body
    assert "Table: 表1 2024年1-8月全省各市环境空气质量综合指数" in body
    rows = [line for line in body.split("\n") if line.startswith("| ")]
    assert rows[0] == "| 排名 | 城市 | 综合指数 | 变化率 | 主要污染物 |"
    assert "| 2 | 南湖 | 1.78 | -6.9% | 臭氧 |" in rows and len(rows) == 22
    assert "\n\n| 1 |" not in body  # the rows stand together: one table
    assert "<!-- held table" in body


def test_a_count_that_is_no_ranking_builds_no_table():
    from briefing.importer.flattables import _places
    assert _places(["1", "2", "2", "4", "5"])
    assert not _places(["1", "2", "4"]) and not _places(["2", "3"])
    assert not _places(["1", "东河", "3"])


def test_a_charts_number_run_into_its_years_opens_a_caption():
    from briefing.importer.roles import is_caption_text
    assert is_caption_text("图12009-2013年生产总值及其增长速度")
    assert not is_caption_text("图12个月的走势")  # no year after it


# ---------------------------------------------------------------- key figures

def rows(sentence: str) -> list[tuple]:
    from briefing.importer.figures import rows_in_sentence
    return [(r.label, r.value, r.unit, r.change) for r in rows_in_sentence(sentence, "", [])]


def test_a_period_with_its_de_opens_a_figures_sentence():
    assert rows("今年7月的零售业总销货价值为297亿元，按年上升1.8%。") == [
        ("零售业总销货价值", "297", "亿元", "按年上升1.8%")]


def test_what_falls_short_of_a_forecast_is_no_figure():
    # 「逊于市场预期按年升2.5%」: the market's forecast, the comparison's other side
    assert rows("今年7月的零售业总销货价值为297亿元，按年上升1.8%，逊于市场预期按年升2.5%。") == [
        ("零售业总销货价值", "297", "亿元", "按年上升1.8%")]


def test_du_after_a_magnitude_is_a_kilowatt_hour():
    assert rows("绿电外送拓展至22个省区市，输出345亿度、增长32%，减少碳排放2810万吨。")[0] == (
        "输出", "345", "亿度", "增长32%")
    assert rows("全市最高气温达到35度。") == []  # 度 alone: a temperature's


def test_a_change_said_again_as_a_rate_is_no_row_of_its_own(tmp_path):
    text = ("七月零售业销货价值\n\n"
            "统计处公布，今年7月的零售业总销货价值为297亿元，按年上升1.8%。"
            "今年6月的零售业总销货价值按年上升0.7%。\n\n"
            "政府发言人表示，零售业总销货价值按年上升1.8%，升幅较上月稍为加快。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    figures = yaml.safe_load((result.folder / "figures.yaml").read_text("utf-8"))
    said = [(row["label"], str(row["value"])) for group in figures["groups"]
            for row in group["rows"]]
    assert ("零售业总销货价值", "297") in said
    assert not [label for label, value in said if value == "1.8"]


# ---------------------------------------------------------------- a page's head

def test_an_epaper_page_label_is_no_title_and_the_issue_date_a_fact(tmp_path):
    text = ("第二版:综合新闻总第3840期 >2021-05-07编印\n\n"
            "县安委会“五一”期间明察暗访不松懈\n刊发日期:2021-05-07 作者:  语音阅读:\n\n"
            "  按照县委、县政府工作部署,我县强化节日期间安全生产明查暗访,全力筑牢安全防线。\n\n"
            "  “五一”期间,县安委会明查暗访组对加油站、商场等场所进行了检查。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    meta = front(result)
    assert meta["title"] == "县安委会“五一”期间明察暗访不松懈"
    assert str(meta["date"]) == "2021-05-07" and meta["authors"] == []  # 「语音」 no author
    assert "刊发日期" not in body and "第二版" not in body


def test_a_tag_line_and_a_bracketed_photo_credit_are_no_title(tmp_path):
    text = ("全國人大常委會辦公廳於上午10點舉行新聞發布會。（攝影：蘭忠偉）\n\n"
            "標籤：李飛就人大釋法答記者問全文\n\n李飛就人大釋法答記者問全文\n\n"
            "2016-11-07 10:30\n\n"
            "全國人大常委會法制工作委員會副主任李飛今日就釋法答記者問，詳細說明了釋法的背景和內容。\n\n"
            "他表示，釋法是依法履行憲法和基本法賦予的職責，十分必要、十分及時。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["title"] == "李飛就人大釋法答記者問全文"
    assert "標籤" not in body
    from briefing.importer.roles import is_caption_text
    assert is_caption_text("全國人大常委會辦公廳於上午10點舉行新聞發布會。（攝影：蘭忠偉）")
    assert is_caption_text("市民在公园里赏花。（图/张三）")


# ---------------------------------------------------------------- closing notes

def test_a_releases_notes_under_a_label_alone_at_the_end_are_one_note(tmp_path):
    text = ("一季度全市工业生产情况\n\n"
            "一季度，全市规模以上工业增加值同比增长5.2%，增速比去年同期回落1.1个百分点。\n\n"
            "分行业看，制造业增加值增长6.0%，电力行业增加值增长3.1%。\n\n"
            "指标解释：\n\n"
            "工业增加值增长速度即工业增长速度，是用来反映一定时期工业生产物量增减变动程度的指标。\n\n"
            "产品销售率是销售产值和工业总产值的比率，用来反映工业产品已实现销售的程度。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    note = body[body.index("::: note"):]
    assert note.startswith("::: note\n指标解释：\n\n工业增加值增长速度")
    assert "用来反映工业产品已实现销售的程度。\n:::" in note
    assert "分行业看" not in note


def test_a_notes_label_with_a_heading_under_it_is_left_alone(tmp_path):
    text = ("一季度全市工业生产情况\n\n一季度，全市规模以上工业增加值同比增长5.2%。\n\n"
            "附注：\n\n一、下一步工作\n\n全市将继续抓好工业稳增长工作，确保完成全年目标。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "::: note" not in body


def test_a_papers_issue_line_without_di_before_its_page_is_a_line_of_facts():
    from briefing.importer.titleblock.lines import bare_facts
    assert bare_facts("2020-11-08 大众日报 06版") == [("date", "2020-11-08 "), ("source", "大众日报")]
    assert bare_facts("2002年9月3日人民日报 第3版") == [("date", "2002年9月3日"), ("source", "人民日报")]


def test_a_rates_move_in_points_against_another_base_is_its_change():
    assert rows("7月份，全国规模以上工业增加值同比增长3.8%，比上月回落0.1个百分点。") == [
        ("规模以上工业增加值增长", "3.8", "%", "比上月回落0.1个百分点")]
    assert rows("增速比上年提高1.2个百分点。") == []  # a change of a change: no figure


def test_a_score_is_no_figure():
    assert rows("勇士次节展现禁区优势，追成34比39。") == []
    assert rows("全年完成投资45亿元，比上年增长5%。") == [("完成投资", "45", "亿元", "比上年增长5%")]
