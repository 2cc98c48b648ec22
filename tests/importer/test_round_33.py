"""The thirty-third set's round (issue 11): made-up texts of the shapes that went wrong on
the thirty-third set once it joined tuning.

A feed's repost runs the headline, the feed's time stamp (「Jul 17th 2018, 19:50」) and the
text into one line: set apart, the stamp the date. A blog's comment box under the text
(「沒有留言:」 ⏎ 「張貼留言」) is the page's foot. A table copied a cell a line, each cell closed
by its bar, with its header's empty corner cell copied last (「||」 ⏎ 「绝对额 |」 ⏎ 「增长 |」 ⏎
「|」): the corner goes first; its notes, their lines closed by bars too, are notes.
"""

from __future__ import annotations

from conftest import figure_rows, front_matter, import_text

STORY = ("中新网南京7月17日电 (记者 刘林)截至6月30日,苏宿园区PM2.5浓度为63μg/m3,同比上升10.5%;"
         "空气质量优良天数比率为57.8%,同比下降6.6个百分点,降幅全市最大。7月17日下午,宿迁市政府对该市"
         "苏宿园区进行公开约谈,以推进问题整改。")


def test_a_feeds_headline_and_stamp_run_into_the_text_are_set_apart(tmp_path):
    result, body = import_text(
        tmp_path, f"空气质量恶化严重 宿迁市政府公开约谈苏宿园区 Jul 17th 2018, 19:50 {STORY}\n"
                  "沒有留言:\n張貼留言\n", "feed.txt")
    facts = front_matter(result)
    assert facts["title"] == "空气质量恶化严重 宿迁市政府公开约谈苏宿园区"
    assert str(facts["date"]) == "2018-07-17"
    assert body.strip().startswith("中新网南京7月17日电")
    assert "Jul" not in body and "留言" not in body


def test_an_iso_stamp_too_and_no_stamp_no_split(tmp_path):
    result, _ = import_text(tmp_path, f"宿迁市政府公开约谈苏宿园区 2018-07-17 19:50 {STORY}\n",
                            "iso.txt")
    assert str(front_matter(result)["date"]) == "2018-07-17"
    result, _ = import_text(tmp_path, f"宿迁市政府公开约谈苏宿园区 {STORY}\n", "plain.txt")
    assert "feed-head" not in {repair.kind for repair in result.repairs}


def closed(*cells: str) -> str:
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


def test_a_closed_cell_tables_corner_cell_copied_last_goes_first(tmp_path):
    rows = [("GDP", "568845", "7.7"), ("第一产业", "56957", "4.0"), ("第二产业", "249684", "7.8"),
            ("第三产业", "262204", "8.3")]
    text = ("2014年GDP初步核算情况\n\n根据有关基础资料，2014年我国GDP初步核算结果如下：\n"
            "表1：2014年GDP初步核算数据 |\n||\n" + closed("绝对额（亿元）", "比上年同期增长（%）", "")
            + "".join(closed(*row) for row in rows)
            + "注：1.绝对额按现价计算，增长速度按不变价计算。 |\n||\n2.行业分类采用国民经济行业分类。 |\n")
    _, body = import_text(tmp_path, text, "gdp.txt")
    assert "Table: 表1：2014年GDP初步核算数据" in body
    assert "|  | 绝对额（亿元） | 比上年同期增长（%） |" in body
    assert "| 第三产业 | 262204 | 8.3 |" in body
    assert "::: note\n注：1.绝对额按现价计算，增长速度按不变价计算。" in body
    assert "\n|\n" not in body and "。 |" not in body  # no bar printed


# Key figures (the thirty-fourth set's wrong rows, in tuning).
figures = figure_rows


def test_thousands_separators_make_one_number_not_two_clauses():
    rows = figures("6月批發業營業額8,714億元，年增2.3%，主因伺服器需求活絡。零售業營業額3,454億元，年增4.9%。",
                   "今年9月底總人口為643,100人，按季微增200人；期末外地僱員有180,751人，增加228人。")
    assert ("批發業營業額", "8714", "億元", "年增2.3%") in rows
    assert ("總人口", "643100", "人", "按季微增200人") in rows  # 9月底 is the period
    assert ("期末外地僱員", "180751", "人", "增加228人") in rows
    # in a list, a comma parts two numbers
    assert not [row for row in figures("PM2.5、PM10浓度分别为135,246微克/立方米。",
                                       "二氧化硫浓度12微克/立方米，同比下降10%。")
                if row[1] in ("135246", "135", "246")]


def test_a_stale_check_reads_a_number_with_separators():
    from decimal import Decimal

    from briefing.provenance import numbers_in

    assert Decimal("8714") in numbers_in("批發業營業額8,714億元，年增2.3%")
    assert numbers_in("分别为12,15") == {Decimal("12"), Decimal("15")}


def test_labels_keep_the_statistics_names_and_lose_link_verbs_and_fragments():
    rows = figures("2014年，都市功能核心区实现地区生产总值724.03亿元，同比增长9.4%；都市功能拓展区实现"
                   "地区生产总值795.6亿元，同比增长10.6%。",
                   "年末金融机构各项存款余额58.6亿元，增长17.8%，各项贷款余额41.2亿元，增长12.5%。",
                   "中央财政预拨0.2亿元支持灾后恢复，“二线”口岸出岛申报项目简化60%以上，共10个。")
    labels = [label for label, *_ in rows]
    assert "都市功能核心区地区生产总值" in labels and "金融机构各项存款余额" in labels
    assert not [label for label in labels if label in ("预拨", "中央财政预拨") or "口岸" in label]


# The thirty-fourth set's pages.
def test_what_follows_the_stories_pager_is_the_pages(tmp_path):
    body_text = ("【本報訊】統計暨普查局資料顯示，今年9月底總人口為643,100人，按季微增200人；人口增長"
                 "放緩主要是在澳居住的外地僱員減少所致。\n\n同季結婚登記有862宗，按季減少77宗。\n\n")
    foot = ("<<上一篇    下一篇>>     << 返回即時資訊\n\n新聞出版局登記編號 336號\n\n第一版\n\n"
            "2022年12月29日 第763期 共4版\n\n地址︰澳門羅理基博士大馬路600E\n\n"
            "web site traffic statistics\n")
    result, body = import_text(tmp_path, "全澳總人口643100人\n\n2015年11月10日    即時資訊\n\n"
                               + body_text + foot, "page.txt")
    assert body.rstrip().endswith("按季減少77宗。")
    assert str(front_matter(result)["date"]) == "2015-11-10"  # the channel after the date
    assert "即時資訊" not in body


def test_a_pager_above_more_prose_ends_nothing(tmp_path):
    _, body = import_text(tmp_path, (
        "标题在此\n\n第一段正文，说明这次会议的情况和主要内容，共有三项议程。\n\n上一篇 下一篇\n\n"
        "第二段正文，会议要求各单位认真贯彻落实，确保各项工作取得实效。\n"), "pager.txt")
    assert "第二段正文" in body


def test_a_reporters_credit_opening_the_story_is_its_byline(tmp_path):
    result, body = import_text(tmp_path, (
        "重庆五大功能区域经济运行平稳\n\n(记者 夏元)4月15日，在新闻发布会上，市统计局发布了一季度全市"
        "五大功能区域经济运行情况。\n\n一季度，都市功能核心区经济增长平稳。\n"), "news.txt")
    assert front_matter(result)["authors"] == ["夏元"]
    assert "记者" not in body and "4月15日，在新闻发布会上" in body


def test_a_diary_pages_facts_bar_and_date_line(tmp_path):
    result, body = import_text(tmp_path, (
        "【两会日记】今年政府工作报告更注重实效\n\n"
        "2012年03月01日 09:49   来源: 中国庆元网   作者: 政协委员 吴利荣   放大 正常 缩小 打印\n\n"
        "    2月28日 星期二 阴转多云\n\n"
        "    政府工作报告，是指导全县国民经济、社会发展的头号文件，理应熟读、领会，今年报告更注重实效。\n"),
        "diary.txt")
    assert front_matter(result)["authors"] == ["吴利荣"]  # no standing, no buttons
    assert "## 2月28日" not in body and "2月28日 星期二 阴转多云" in body


def test_a_notices_closing_formula_is_no_signer_and_its_members_are_addressees(tmp_path):
    _, body = import_text(tmp_path, (
        "各镇（街道）、市直各单位、八届政协委员、住天长的滁州市政协委员：\n"
        "经市政协常委会议研究决定，政协第八届委员会第二次会议于2008年1月14日召开。现将有关事项通知如下：\n"
        "一、委员报到时请将书写好的提案交大会报到处。\n特此通知\n政协天长市委员会\n二OO八年一月七日\n"),
        "notice.txt")
    assert "::: salutation\n各镇（街道）、市直各单位、八届政协委员、住天长的滁州市政协委员：\n:::" in body
    assert "::: signature\n政协天长市委员会\n二〇〇八年一月七日\n:::" in body
    assert "特此通知\n\n::: signature" in body


def test_cells_a_paragraph_under_a_named_table_with_merged_header_are_no_loose_lines(tmp_path):
    # 「…达标情况」 names the table; its header's classes each span two columns (昼, 夜 lost):
    # no bare reading fits, yet the cells are a table, held — never a box and loose numbers.
    header = ["功能区", "类别", "0类", "1类", "2类", "3类", "4a类"]
    rows = [["监测点次", "0", "0", "4", "4", "12", "12", "4", "4", "8", "8"],
            ["达标点次", "0", "0", "4", "4", "12", "12", "4", "4", "8", "4"],
            ["达标率(%)", "0", "0", "100", "100", "100", "100", "100", "100", "100", "50"]]
    cells = header + [cell for row in rows for cell in row]
    _, body = import_text(tmp_path, (
        "2022年广元市声环境质量状况\n\n全市城市功能区声环境质量总体较好，各类功能区昼间达标率均为100%。\n\n"
        "2022年广元市城市功能区声环境质量达标情况\n\n" + "\n\n".join(cells) + "\n"), "noise.txt")
    assert "| 达标点次 | 0 | 0 | 4 | 4 | 12 | 12 | 4 | 4 | 8 | 4 |" in body
    assert "::: sidebar" not in body and "<br>" not in body
    assert "<!-- held table" in body


def test_a_government_news_pages_foot_and_player_message(tmp_path):
    _, body = import_text(tmp_path, (
        "第一季澳門人口統計\n\n未能播放Youtube視頻\n\n"
        "根據統計暨普查局資料顯示，今年3月31日澳門居住人口估計為46.98萬人，較去年同期增加約1.7萬人。\n\n"
        "結婚登記有470宗，較去年第4季下降3.9%，但較去年第1季上升5.4%。\n\n"
        "至於非本地勞工方面，截至今年第1季末，結餘人數為28,648名，較去年第4季增加912名。\n\n\n"
        "訂閱新聞局Telegram政府新聞頻道：https://t.me/macaogcs，即時接收最新消息。\n訂閱頻道\n"
        "澳門特別行政區政府新聞局 Facebook\n澳門特別行政區政府新聞局 官方微信\n已複製連結\n跳到頁面頂部\n"),
        "gcs.txt")
    assert "::: figure" not in body  # a paragraph going on (至於…) is no caption
    assert "播放" not in body and "Telegram" not in body and "Facebook" not in body
    assert body.rstrip().endswith("增加912名。")


def test_a_hot_news_list_under_the_story_is_the_pages(tmp_path):
    _, body = import_text(tmp_path, (
        "他周日在采访活动上表示，在创新发展方面，去年研发经费投入增长10.4%，占国内生产总值的2.55%。\n"
        "ADVERTISEMENT\n他补充，国民经济的结构更加协调，去年制造业在国内生产总值的比重为27.7%。\n"
        "ADVERTISEMENT\n热门新闻\n百格视频\n"), "sinchew.txt")
    assert "热门新闻" not in body and "百格视频" not in body


def test_a_titles_posting_day_and_a_page_turning_editions_page_are_no_part_of_it(tmp_path):
    result, _ = import_text(tmp_path, (
        "2023年8月社会消费品零售总额 2023-09-19\n\n"
        "8月份，全市社会消费品零售总额1475.21亿元，比去年同月增长4.3%，增速比上月加快0.8个百分点。\n"),
        "retail.txt")
    facts = front_matter(result)
    assert facts["title"] == "2023年8月社会消费品零售总额" and str(facts["date"]) == "2023-09-19"
    result, _ = import_text(tmp_path, (
        "Page 11 - 2021年中国水资源公报\n\n2021年，全国地表水资源量为28310.5亿立方米，"
        "折合年径流深为299.3毫米，比多年平均值偏多6.6%。\n"), "flip.txt")
    assert front_matter(result)["title"] == "2021年中国水资源公报"


def test_a_source_field_names_the_publisher_without_its_verb(tmp_path):
    result, _ = import_text(tmp_path, (
        "2014年GDP初步核算情况\n\n来源:国家统计局发布 时间:2015-01-21\n\n"
        "根据有关基础资料和国民经济核算方法，2014年我国GDP初步核算结果如下，国内生产总值增长7.4%。\n"),
        "gdp.txt")
    assert front_matter(result)["source"] == "国家统计局"


def test_a_banquet_speechs_dateline_is_no_title_and_its_greetings_are_its_salutation(tmp_path):
    result, body = import_text(tmp_path, (
        "8月12日，国家主席在世界大学生夏季运动会开幕式欢迎宴会上致辞，新华社记者 李涛 摄\n"
        "新华网深圳8月12日电\n在第二十六届世界大学生运动会开幕式欢迎宴会上的致辞\n（2011年8月12日，深圳）\n"
        "尊敬的基里安主席，\n尊敬的各位国家元首、政府首脑，\n尊敬的各位来宾，女士们，先生们，朋友们：\n"
        "今晚，第二十六届世界大学生运动会将在深圳隆重开幕。我谨代表中国政府和人民，对各位嘉宾表示热烈的欢迎。\n"
        "世界大学生运动会自1959年创办以来，秉承发展大学生体育运动、促进国际团结合作的宗旨。\n"
        "深圳是中国最年轻的大城市，这里充满生机活力，是观察当代中国的重要窗口。\n"), "toast.txt")
    assert front_matter(result)["title"] == "在第二十六届世界大学生运动会开幕式欢迎宴会上的致辞"
    assert ("::: salutation\n尊敬的基里安主席，\n尊敬的各位国家元首、政府首脑，\n"
            "尊敬的各位来宾，女士们，先生们，朋友们：\n:::") in body


def test_the_members_of_a_list_share_the_wholes_measure():
    rows = figures("10月份，全省14个城市PM2.5月均浓度值为22微克/立方米，兰州29微克/立方米，嘉峪关19微克/立方米，"
                   "金昌19微克/立方米，白银23微克/立方米。",
                   "10月份，全省14个城市平均优良天数比例为98.6%，兰州93.5%，嘉峪关100%，金昌100%，天水100%。")
    labels = [label for label, *_ in rows]
    assert {"兰州PM2.5月均浓度值", "嘉峪关PM2.5月均浓度值", "白银PM2.5月均浓度值",
            "金昌优良天数比例", "天水优良天数比例"} <= set(labels)
    assert not {"嘉峪关", "金昌", "兰州"} & set(labels)  # no bare names


def test_a_forecast_sections_figures_are_no_results():
    rows = figures("（一）预测2024年第3、4季经济增长率分别为2.54%及5.59%，全年经济增长率1.61%，"
                   "人均GDP 32105美元，CPI上涨2.14%。", section="二、经济预测")
    assert rows == []


def test_the_period_before_said_in_contrast_a_share_described_thing_and_a_worked_sum():
    rows = figures("按行业来看，今年第一季度制造业同比萎缩1.9%，而上一季度同比增长5.1%；建筑业同比增长1.4%。",
                   "数据显示，占新加坡经济比重约五分之一的制造业二季度同比增长0.8%。服务业同比增长1.7%。",
                   "月供：900利息+5000本金=5900元，贷款总额30万元，年利率5.39%。",
                   "京津冀及周边地区“2+26”城市平均优良天数比例为85.0%，同比上升15.1个百分点。")
    values = {value for _, value, *_ in rows}
    assert "5.1" not in values and "5900" not in values  # the quarter before; a worked sum
    assert not [label for label, *_ in rows if label.startswith("占")]
    assert "85.0" in values  # a name's 「+」 is no sum


def test_a_period_between_a_thing_and_its_verb_is_the_rows_period():
    rows = figures("数据显示，制造业二季度同比增长0.8%，服务业二季度同比增长1.7%，建筑业二季度增长2.1%。")
    assert [label for label, *_ in rows] == ["制造业增长", "服务业增长", "建筑业增长"]
    # the same measures for two periods: each row names its period, before its name
    rows = figures("全市规模以上工业增加值一季度增长3.1%，社会消费品零售总额一季度增长4.2%。",
                   "全市规模以上工业增加值上半年增长5.0%，社会消费品零售总额上半年增长6.1%。")
    assert [label for label, *_ in rows] == [
        "一季度规模以上工业增加值增长", "一季度社会消费品零售总额增长",
        "上半年规模以上工业增加值增长", "上半年社会消费品零售总额增长"]
