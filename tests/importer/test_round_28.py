"""The twenty-eighth set's round (issue 11): made-up texts of the shapes that went wrong on
the twenty-eighth set once it joined tuning.

Markdown: a pipe table whose delimiter row aligns its columns with one hyphen a cell
(「|:-:|:-:|」); an interview transcript whose turns are headed by the speakers' names set
as headings (「### 某某：」), and a title opening with its ISO date.
A text in Traditional characters says so: `language: zh-Hant`.
A notice's numbered parts: 「一、会议时间：」 on its own line is a heading where a sibling
(「四、报到时间、地点」) is one. A blank reply form ending the text, its header cells a line each
closed by a bar, is a table of one header row (held for review).
Key figures: one thing described by its size (「建成1个1200亩的…基地」) and things named one by
one (「1所…、1所…、1所…」) are no counts; the parts (「其中，…」) of a forecast total are forecast.
A rate's own change (「涨幅比上月扩大1.3个百分点」) is its change; a label that swallowed the
list item before it is cut to its own name (or dropped when no name is left), a bare act
(「投入」) or a run of amounts (a recipe's) names nothing.
A Hong Kong or Macau economy report: 亦/则 (also, while) and 以致/令 (so that) are no words of a
name, 微跌 is a change, 第4季 and 全年 are periods, and a row's period is the one named last
before it; 私人消费 is a measure, no entity sharing the 总额 of the row before. A breakdown
(「分产业看，第一产业增长129.2%」) names the parts of the figure before: they share its measure.
A page flattened onto one line: its title, facts bar (「来源:… | 发布人:… | 发布时间:… | 浏览次数:N」),
addressees run into the text and the 落款 run onto its last sentence are each read; a 信息公开
catalogue of labels with no values (统一登记号, 生效日期, 有效期 …) is the page's.
A news page: a headline with its photo's caption under it is the title; a title bar naming
the site (「搜狐新闻-搜狐网站」) makes no title of the site's name; a closing quotation mark
opens no paragraph; a portal's comment form (「我要发布」「用户： 匿名」) and a site's links to its
own accounts (「官方微博」「微信公众号」) and an e-paper's page list (「标题导航」「第A1版：头版」) are
the page's foot.
A speech's page: a breadcrumb from the home page parted by 「·」 is chrome, a dateline naming the
speech itself (「…会议上致闭幕词」) is its title, a facts line whose 作者 is the site's account
(「admin」) is read all the same.
A monthly's issue line (「2013年11月（总第131期）」) is the title's subtitle; an office and a date
one space apart under it (「湖北省环境监测中心站 2013年11月26日」) are the source and the date.
A sidebar's label over the whole text (「【採訪手記】」 first) is the column it runs in, no aside.
A paper's archive page: a bar of bracketed buttons is chrome, a story listed under its date
(「[2004-03-31] 特寫：…」) gives title and date, a genre kicker (「特寫：」) is the headline's own.
Markdown's ordered list written tight (「  1. …」 ⏎ 「  2. …」) holds items, never numbered headings.
MkDocs content tabs (「=== "中文"」) and admonitions: their indented text is the article's, its
list items paragraphs like any other. A table's name over its lost table is no photo caption.
"""

from __future__ import annotations

from conftest import figure_rows, front_matter, import_text


def figures(*paragraphs: str, section: str = "一、主要工作") -> list[tuple]:
    return figure_rows(*paragraphs, section=section)

TABLE = """# 四种标签

标签分为以下几种。

|项目|Type 1|Type 2|Type 3|
|:-:|:-|-:|:-:|
|对应规范   |ISO 14443 Type A|JIS X 6319-4|ISO/IEC 15693|
|存储容量|最大1KB|最大2KB|高达 8 KB|

以上是各类标签的比较。
"""


def test_a_delimiter_row_of_one_hyphen_cells_makes_a_table(tmp_path):
    _, body = import_text(tmp_path, TABLE, "tags.md")
    assert "|:-:|:-|-:|:-:|" in body
    from briefing.loader import load_briefing

    briefing = load_briefing(tmp_path / "data" / "tags")
    [table] = [b for b in briefing.lead if b.kind == "table"]
    assert [c.text.plain for c in table.rows[-1]] == ["存储容量", "最大1KB", "最大2KB", "高达 8 KB"]
    assert table.align == ["center", "left", "right", "center"]


TRANSCRIPT = """# 2016-12-10 某社驻巴黎记者访问

### 曾依璇：
你上任已经两个多月了，有什么心得吗？

### 唐凤：
我上任之前一整个月的时间其实是在跟社会各界讨论。

### 唐凤：
所以在一整个月的切磋下来，已经有类似社会契约的东西出来。

### 曾依璇：
那首先还是要总结一下这三天会议的收获。

### 唐凤：
事实上，我自己的特质是我比较关心能够贡献什么。
"""


def test_speakers_names_set_as_headings_are_the_turns_run_in_leads(tmp_path):
    result, body = import_text(tmp_path, TRANSCRIPT, "interview.md")
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[0] == "**曾依璇：**你上任已经两个多月了，有什么心得吗？"
    assert paragraphs[2].startswith("**唐凤：**所以在一整个月的切磋下来")
    assert not any(p.startswith("#") for p in paragraphs)
    matter = front_matter(result)
    # the first speaker's heading under the title is no subtitle; the title's date is the date
    assert matter["subtitle"] is None
    assert (matter["title"], str(matter["date"])) == ("某社驻巴黎记者访问", "2016-12-10")


def test_a_list_of_labels_each_once_is_no_conversation(tmp_path):
    text = ("# 获奖名单\n\n### 一等奖：\n张三同学的作品。\n\n### 二等奖：\n李四同学的作品。\n\n"
            "### 三等奖：\n王五同学的作品。\n\n### 优秀奖：\n赵六同学的作品。\n")
    _, body = import_text(tmp_path, text, "prizes.md")
    assert "**一等奖：**" not in body


TRADITIONAL = """# 中央社記者訪問數位政委

記者：你上任已經兩個多月了，有什麼心得嗎？或者是跟原來預期不一樣的？

政委：我上任之前一整個月的時間其實是在跟社會各界討論，我透過公開回應的方式，跟國內的記者們討教。
"""


def test_a_text_in_traditional_characters_says_so(tmp_path):
    result, _ = import_text(tmp_path, TRADITIONAL, "trad.md")
    assert front_matter(result)["language"] == "zh-Hant"
    simplified = TRADITIONAL.replace("記者訪問數位", "记者访问数位").replace(
        "記者：你上任已經兩個多月了，有什麼心得嗎？或者是跟原來預期不一樣的？",
        "记者：你上任已经两个多月了，有什么心得吗？或者是跟原来预期不一样的？").replace(
        "我上任之前一整個月的時間其實是在跟社會各界討論，我透過公開回應的方式，跟國內的記者們討教。",
        "我上任之前一整个月的时间其实是在跟社会各界讨论，我透过公开回应的方式，跟国内的记者们讨教。")
    (tmp_path / "s").mkdir()
    result, _ = import_text(tmp_path / "s", simplified, "simp.md")
    assert front_matter(result)["language"] == "zh-CN"


NOTICE = """关于召开全省文明办主任会议的通知

各设区市文明办：
全省宣传部长会议定于2月11日至12日上午在福州召开，同时套开全省文明办主任会议。现将有关事项通知如下：
一、会议时间：
定于2009年2月11日下午套开全省文明办主任会议。
二、会议主要内容：
传达全国文明办主任会议精神，回顾总结2008年全省精神文明创建工作。
三、会议地点：
宣传部长会议在福建会堂
四、报到时间、地点
2月10日在福州西湖宾馆报到。
"""


def test_a_numbered_line_ending_in_a_colon_is_a_heading_where_its_sibling_is(tmp_path):
    _, body = import_text(tmp_path, NOTICE, "notice.txt")
    for head in ("一、会议时间：", "二、会议主要内容：", "三、会议地点：", "四、报到时间、地点"):
        assert f"## {head}\n" in body


def test_a_colon_line_without_a_sibling_heading_stays_a_paragraph(tmp_path):
    text = NOTICE.replace("四、报到时间、地点\n", "四、报到时间、地点：\n")
    _, body = import_text(tmp_path, text, "notice.txt")
    assert "## " not in body and "\n一、会议时间：\n" in body


FORM = NOTICE + """附件：
参加会议人员名单回执表
姓名 |
性别 |
单位、职务 |
联系电话 |
"""


def test_a_blank_forms_header_cells_closed_by_bars_are_a_header_only_table(tmp_path):
    from briefing.loader import load_briefing

    _, body = import_text(tmp_path, FORM, "notice.txt")
    assert "| 姓名 | 性别 | 单位、职务 | 联系电话 |\n|---|---|---|---|" in body
    assert "姓名 |\n\n" not in body
    [held] = load_briefing(tmp_path / "data" / "notice").held_tables
    assert (len(held.header[0]), held.rows) == (4, [])


def test_header_cells_with_text_after_them_are_no_blank_form(tmp_path):
    _, body = import_text(tmp_path, FORM + "\n请于2月6日前传真至省文明办。\n", "notice.txt")
    assert "|---|" not in body


def test_one_thing_described_by_its_size_is_no_count():
    found = figures("大力推进产业基地建设，建成1个1200亩的杂交水稻制种基地，建立了1个300余亩的中稻"
                    "高产攻关示范点，新建村级服务站12个，新修渠道8.5公里。")
    assert not any(value == "1" for _, value, *_ in found)
    assert ("新建村级服务站", "12", "个", None) in found


def test_things_named_one_by_one_are_a_list_not_counts():
    found = figures("全镇新建通村公路15.2公里，改造危房120户。1所义务教育合格学校、1所公办幼儿园、"
                    "1所敬老院目前正在紧锣密鼓地施工，预计年底完工投入使用。")
    assert not any(value == "1" for _, value, *_ in found)
    # a distribution's count of one stays a count
    found = figures("全市14个监测断面中，Ⅱ类水质断面9个，Ⅲ类水质断面4个，Ⅴ类水质断面1个。",
                    section="二、地表水环境质量")
    assert ("Ⅴ类水质断面", "1", "个", None) in found


def test_the_parts_of_a_forecast_total_are_forecast_too():
    forecast = ("国家发展改革委新闻发言人12日介绍，预计2017年春运期间，全国旅客发送量将达到29.78亿人次，"
                "比上年增长2.2%。其中，道路运输25.2亿人次，增长1%；铁路运输3.56亿人次，增长9.7%；"
                "民航5830万人次，增长10%。")
    assert figures(forecast, section="春运") == []
    result = forecast.replace("预计2017年春运期间，全国旅客发送量将达到", "2016年春运期间，全国旅客发送量")
    assert ("道路运输", "25.2", "亿人次", "增长1%") in figures(result, section="春运")


TABS = """# 1 范围

本文件规定了便携式文档格式。

=== "中文"

    这项国际标准规定了一种数字形式，用于表示电子文档。

    本标准未规定以下内容：

    - 将纸质或电子文档转换为PDF格式的特定过程；
    - 渲染的具体技术设计、用户界面或实现或操作细节；
    - 所需的计算机硬件和/或操作系统。

=== "英文"

    This International Standard specifies a digital form for representing documents.

!!! note "注意"

    本条为说明，不属于标准正文。

以上为范围。
"""


def test_a_content_tabs_text_is_the_articles_its_items_paragraphs(tmp_path):
    _, body = import_text(tmp_path, TABS, "scope.md")
    paragraphs = body.strip().split("\n\n")
    assert "===" not in body and "!!!" not in body
    assert "将纸质或电子文档转换为PDF格式的特定过程；" in paragraphs
    assert "所需的计算机硬件和/或操作系统。" in paragraphs
    assert "本条为说明，不属于标准正文。" in paragraphs
    assert paragraphs[-1] == "以上为范围。"


def test_a_tables_name_over_its_lost_table_is_no_photo_caption(tmp_path):
    text = ("某县2019年7月环境质量月报\n\n  一、地表水\n\n  长江干流设银杏沱断面、茅坪河设万家坝断面。\n\n"
            "  2、水质状况评价\n\n  \n                      表一 2019年7月某县主要河流水质状况\n\n"
            "河流断面名称 水质状况类别 水质评价\n长江干流银杏沱 Ⅱ类 优\n\n"
            "  长江干流银杏沱断面水质类别为Ⅱ类，与上月相比持平。\n")
    _, body = import_text(tmp_path, text, "bulletin.txt")
    assert "::: figure" not in body and "表一 2019年7月某县主要河流水质状况" in body


def test_a_rates_own_change_is_its_change():
    found = figures("6月份，食品价格同比上涨2.3%，涨幅比上月扩大1.3个百分点。工业生产者出厂价格同比"
                    "下降5.4%，降幅收窄0.8个百分点。", section="价格")
    assert ("食品价格上涨", "2.3", "%", "涨幅比上月扩大1.3个百分点") in found
    assert ("工业生产者出厂价格下降", "5.4", "%", "降幅收窄0.8个百分点") in found


def test_a_label_that_swallowed_the_item_before_it():
    found = figures("上半年完成小麦种植2760亩、上市蔬菜4800吨，完成生猪6870头、家禽3.1万羽、上市"
                    "水产品220吨。", section="农业")
    assert ("上市水产品", "220", "吨", None) in found
    found = figures("今年新修道路14.8公里，总投资455.8万元。水泥道路建设情况是：金河村2180米、"
                    "德兴村XX米、自然村2133米，已经全部完工。投入23.4万元，建设铁杖子5201延长米。",
                    section="道路")
    labels = [label for label, *_ in found]
    assert not any("XX" in label or label == "投入" for label in labels)
    assert ("新修道路", "14.8", "公里", None) in found


def test_a_recipes_run_of_amounts_is_no_label():
    found = figures("准备料酒15ml漓泉啤酒330ml（1瓶）番茄2个，鲤鱼1条约重1500克，葱姜蒜适量。",
                    "本菜每份热量约为1200大卡，蛋白质约80克。", section="必备原料和工具")
    assert not any("15ml" in label for label, *_ in found)


FLATTENED = ("某省委统战部下发通知 推迟召开春节后相关会议 来源:本站原创 | 发布人:admin | 发布时间:"
             "2020-01-28 | 浏览次数:4263 各民主党派省委机关、省直统战系统各单位:按照省委办公厅的通知要求,"
             "决定推迟我部计划近期召开的所有大中型会议。各单位在疫情防控期间,要严格控制会议和活动。"
             "中共某省委统战部 2020年1月27日\n")


def test_a_page_flattened_onto_one_line_is_read_part_by_part(tmp_path):
    result, body = import_text(tmp_path, FLATTENED, "notice.txt")
    matter = front_matter(result)
    assert matter["title"] == "某省委统战部下发通知 推迟召开春节后相关会议"
    assert str(matter["date"]) == "2020-01-28"
    assert "::: salutation\n各民主党派省委机关、省直统战系统各单位：\n:::" in body
    assert "::: signature\n中共某省委统战部\n2020年1月27日\n:::" in body
    assert "浏览次数" not in body and "admin" not in body


def test_a_catalogue_of_labels_with_no_values_is_the_pages(tmp_path):
    text = ("| 文件名称: | |||\n| 统一登记号: | |||\n| 索引号: | 发文编号: | ||\n"
            "| 发文日期: | 公开形式: | ||\n| 生效日期 : | 有效期: | ||\n"
            "2013年，我镇扎实推进各项工作有序开展。\n一、经济发展形势较好。截至6月底，全镇财税总收入"
            "累计完成419万元。\n")
    _, body = import_text(tmp_path, text, "report.txt")
    assert "|" not in body and "统一登记号" not in body


GDP = ["2022年第4季本地生产总值按年实质收缩23.4%。外部需求仍然疲弱，入境旅客人次按年下跌31.5%，"
       "以致服务出口按年下跌27.1%，当中博彩服务出口下跌46.6%，其他旅游服务出口亦下跌30.5%。"
       "内部需求方面，固定资本形成总额按年下跌13.9%，私人消费下跌10.5%，政府最终消费支出则增加1.9%。",
       "综观2022年，澳门在6月亦发生较大规模的社区感染个案，全年经济实质收缩26.8%。入境旅客人次按年"
       "下跌26.0%，令博彩服务出口下跌52.7%，政府最终消费支出按年微跌0.1%。"]


def test_a_macau_economy_reports_names_verbs_and_periods():
    found = figures(*GDP, section="经济")
    labels = {label.removeprefix("2022年"): (value, change)
              for label, value, _, change in found}
    assert labels["第4季入境旅客人次下跌"] == ("31.5", None)
    assert labels["全年入境旅客人次下跌"] == ("26.0", None)  # not 「6月…」
    assert labels["第4季本地生产总值收缩"] == ("23.4", None)
    assert "其他旅游服务出口下跌" in labels and "政府最终消费支出增加" in labels
    assert "私人消费下跌" in labels  # no 总额 of the row before
    assert "全年博彩服务出口下跌" in labels  # no 令
    assert "服务出口下跌" in labels or "第4季服务出口下跌" in labels  # no 以致
    assert ("政府最终消费支出微跌", "0.1") in [(label, value) for label, value, *_ in found]


def test_a_breakdowns_parts_share_the_measure_they_break_down():
    found = figures("全县固定资产投资增长9.7%。分产业看，第一产业增长129.2%；第二产业增长33.5%；"
                    "第三产业下降1.8%。", "全县社会消费品零售总额增长5.1%。")
    assert ("第一产业投资增长", "129.2", "%", None) in found
    assert ("第三产业投资下降", "1.8", "%", None) in found
    # no breakdown view: the parts name no measure, and share none
    found = figures("全县固定资产投资增长9.7%。第一产业增长129.2%，第二产业增长33.5%。")
    assert not any(label.startswith("第一产业投资") for label, *_ in found)


def test_a_period_named_after_a_figure_is_not_its_period():
    found = figures("今年前11个月全市规模以上工业累计完成产值4251.2亿元，同比增长27.1%，其中11月份当月"
                    "完成产值444.8亿元，同比增长19.3%。")
    labels = [label for label, *_ in found]
    assert labels == ["前11个月完成产值", "11月份完成产值"]


PORTAL = """搜狐网站
搜狐新闻-搜狐网站
新闻中心 > 综合 > 工人日报

网络、短信齐上阵 “开放”成今年两会“热词”(图)

来自海内外的众多记者对两会给予全方位关注。本报记者张宪摄

  本报北京3月3日电(记者贺少成)十一届全国人大一次会议尚未开幕,“会议开放度不同以往”成了记者最深的感受。

  “今年代表团组的开放力度加大了,对国外记者的采访开放力度也加大了。我们还借鉴了一些成功经验。
”在梅地亚宾馆,两会新闻中心副主任向记者介绍。据了解,所有采访两会的记者都可以通过网络提交采访申请。

我要发布

用户:  匿名  隐藏地址  设为辩论话题
"""


def test_a_portals_story_under_its_photo_caption_and_over_its_comment_form(tmp_path):
    result, body = import_text(tmp_path, PORTAL, "story.txt")
    assert front_matter(result)["title"] == "网络、短信齐上阵 “开放”成今年两会“热词”"
    assert "我要发布" not in body and "匿名" not in body and "搜狐网站" not in body
    assert "我们还借鉴了一些成功经验。”在梅地亚宾馆，" in body


SPEECH_PAGE = """推荐图片

实况录音

首页 · 伟人风采 · 音影视频 · 实况录音 · 详细内容

1951年11月1日在某某会议第一届全国委员会第三次会议上致闭幕词

来源:某山网作者:admin发布时间:2017-10-12 10:21 浏览次数: 次 【字体:

  同志们,我们的会议已经胜利地完成了,我为此次会议的成功表示庆贺。我们的会议是团结一致的,这是很好的。
"""


def test_a_speech_page_whose_title_is_its_dateline(tmp_path):
    result, body = import_text(tmp_path, SPEECH_PAGE, "speech.txt")
    matter = front_matter(result)
    assert matter["title"] == "1951年11月1日在某某会议第一届全国委员会第三次会议上致闭幕词"
    assert (matter["source"], str(matter["date"]), matter["authors"]) == (
        "某山网", "2017-10-12", [])
    assert "首页" not in body and "admin" not in body and "浏览次数" not in body


def test_a_sidebar_label_over_the_whole_text_is_no_sidebar(tmp_path):
    text = ("天台上的一夜\n\n【採訪手記】\n\n記者那晚在天台等了三個小時，街坊探頭出窗問我們想做甚麼。\n\n"
            "我們說明來意後，他們也就放心了。\n")
    _, body = import_text(tmp_path, text, "note.txt")
    assert "::: sidebar" not in body and "【採訪手記】" in body
    # after the article's text has begun, the same label opens an aside
    text = ("天台上的一夜\n\n記者那晚在天台等了三個小時，街坊探頭出窗問我們想做甚麼。\n\n"
            "【採訪手記】\n\n我們說明來意後，他們也就放心了。\n")
    (tmp_path / "s").mkdir()
    _, body = import_text(tmp_path / "s", text, "note.txt")
    assert "::: sidebar 採訪手記" in body


def test_a_sites_links_to_its_own_accounts_are_its_foot(tmp_path):
    text = ("魏都区农村经济运行态势良好\n\n2008年，魏都区积极落实国家惠农政策，该区农村经济运行良好。"
            "据统计，该区发放种粮补贴315万元。\n\n手机扫一扫\n官方微博 官方微博\n微信公众号 微信公众号\n")
    _, body = import_text(tmp_path, text, "page.txt")
    assert "官方微博" not in body and "微信公众号" not in body and "扫一扫" not in body


def test_a_monthly_bulletins_issue_line_and_its_office_and_date(tmp_path):
    text = ("湖北省重点城市集中式饮用水源地水质月报\n2013年11月（总第131期）\n"
            "湖北省环境监测中心站 2013年11月26日\n"
            "2013年11月，16个市（州）环境监测站对42个水厂39个集中式饮用水源地进行了监测。\n"
            "全省监测水源地取水量合计16402.6万吨，水质达标率为100%。\n")
    result, body = import_text(tmp_path, text, "bulletin.txt")
    matter = front_matter(result)
    assert matter["subtitle"] == "2013年11月（总第131期）"
    assert (matter["source"], str(matter["date"])) == ("湖北省环境监测中心站", "2013-11-26")
    assert "监测中心站 2013" not in body


def test_an_e_papers_page_list_under_the_story_is_its_foot(tmp_path):
    text = ("在某某大会上的讲话\n\n同志们：\n\n今天，我们在这里隆重集会，热烈欢送新兵入伍。"
            "希望大家在部队里好好干。\n\n标题导航\n\n第A1版：头版\n\n第A2版：奋斗百年路 启航新征程\n\n"
            "第A4版：评论\n")
    _, body = import_text(tmp_path, text, "speech.txt")
    assert "导航" not in body and "版：" not in body


def test_a_tight_ordered_lists_items_are_no_headings(tmp_path):
    text = ("# 2021 年终总结\n\n今年就不详细看年度计划了，简单说一下吧：\n\n"
            "  1. 阅读两个有兴趣的开源项目源码【完全没看】\n  2. 动手写两个小项目【几乎没写】\n"
            "  3. 了解 5 个专业技能【就学到了俩】\n\n总的来说完成得一般。\n\n"
            "## 1. 工作\n\n今年换了工作。\n")
    _, body = import_text(tmp_path, text, "summary.md")
    assert "1. 阅读两个有兴趣的开源项目源码【完全没看】" in body
    assert "## 1. 阅读" not in body and "# 2. 动手" not in body
    assert "## 1. 工作" in body  # a heading the author marked stays one


ARCHIVE = """檢索： 帳戶 密碼
檢索 | 新用戶 | 忘記密碼 | 加入最愛 | | 簡體
您的位置： 文匯首頁 > > 港聞
【打印】 【投稿】 【推薦】 【關閉】

[2004-03-31] 特寫：港式記者陣 街坊均好奇

本報記者 葉詠儀

 人大常委會就釋法一事，為求能夠充分聽取港人意見，不惜長途跋涉，由北京來到深圳聽取意見。

 大會以閉門方式進行，記者只能在門外等候，附近的街坊均報以一些好奇眼光。
"""


def test_a_papers_archive_story_under_its_date(tmp_path):
    result, body = import_text(tmp_path, ARCHIVE, "story.txt")
    matter = front_matter(result)
    assert (matter["title"], str(matter["date"])) == ("特寫：港式記者陣 街坊均好奇", "2004-03-31")
    assert "【打印】" not in body and "2004-03-31" not in body
