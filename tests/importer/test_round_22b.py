"""The twenty-second round's rules for the twenty-second and twenty-third sets' shapes (issue
11): a table's header repeated where a page broke it, a
one-row table set with single spaces under its caption, a Discuz portal's head and foot.
Made-up texts of the shapes, each failing without its rule."""

from __future__ import annotations

from conftest import front_matter as front
from conftest import import_text


def table_rows(body: str) -> list[str]:
    return [line for line in body.split("\n")
            if line.startswith("| ") and not set(line) <= set("|- :")]


# ---------------------------------------------------------------- a table's header again

REPEATED_HEADER = (
    "东河市第三季度饮用水源地水质状况\n\n"
    "第三季度，我市集中式饮用水源地水质均达到《地表水环境质量标准》Ⅲ类标准。\n\n"
    "表1 第三季度饮用水源地水质评价表\n"
    "| 水源地 名 称 | 监测日期 | 规 划 类 别 | 评 价 结 果 |\n| --- | --- | --- | --- |\n"
    "| 甲水库水源地 | 2024.10.8 | Ⅱ | 达标 |\n| 乙江水源地 | 2024.10.9 | Ⅲ | 达标 |\n"
    "| 水源地 名 称 | 监测日期 | 规 划 类 别 | 评 价 结 果 |\n"
    "| 丙水库水源地 | 2024.10.8 | Ⅲ | 达标 |\n\n"
    "注：所测项目为《地表水环境质量标准》中表一基本项目。\n")


def test_a_header_repeated_among_the_rows_is_dropped(tmp_path):
    result, body = import_text(tmp_path, REPEATED_HEADER, "a.txt")
    rows = table_rows(body)
    assert rows[0] == "| 水源地 名 称 | 监测日期 | 规 划 类 别 | 评 价 结 果 |"  # as the copy sets it
    assert [row.split(" | ")[0] for row in rows[1:]] == [
        "| 甲水库水源地", "| 乙江水源地", "| 丙水库水源地"]
    assert "table-header-repeated" in {r.kind for r in result.repairs}


def test_a_row_like_the_header_in_one_cell_only_stays():
    from briefing.importer.celltables.continued import table_header_layout
    from briefing.importer.draft import Node
    text = "| 地区 | 数量 |\n|---|---|\n| 地区 | 12 |"
    node = Node("table", text, ((0, 1),))
    nodes, repairs = table_header_layout([node])
    assert nodes[0].text == text and repairs == []


# ---------------------------------------------------------------- a one-row table

def test_a_captioned_table_of_one_row_set_with_single_spaces_is_a_table(tmp_path):
    text = ("2021年1月东河县城区环境空气质量月报\n\n"
            "2021年1月，东河县城区环境空气质量2天优、29天良，达标天数比例为100%。详见表1。\n\n"
            "表1 2021年1月东河县城区环境空气质量主要污染物浓度\n\n"
            "点位 二氧化硫月均浓度(微克/立方米) 二氧化氮月均浓度(微克/立方米) 环境空气质量综合指数\n"
            "东河县气象局观测站 7.1 23.5 3.93\n")
    result, body = import_text(tmp_path, text, "a.txt")
    rows = table_rows(body)
    assert rows[0].startswith("| 点位 | 二氧化硫月均浓度（微克/立方米） |")
    assert rows[1] == "| 东河县气象局观测站 | 7.1 | 23.5 | 3.93 |"


def test_without_its_caption_one_row_of_words_and_numbers_stays_text(tmp_path):
    text = ("东河县城区环境空气质量\n\n本月城区空气质量总体良好，达标天数比例为100%。\n\n"
            "点位 二氧化硫 二氧化氮 综合指数\n东河县气象局观测站 7.1 23.5 3.93\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert not table_rows(body)


# ---------------------------------------------------------------- a Discuz portal's page

PORTAL = (
    "搜索\n\n东河新闻 首页 动态 工作动态 查看内容\n\n"
    "2021年1月东河县城区环境空气质量月报\n\n"
    "2021-3-4 15:52| 发布者： 东河县人民政府| 查看： 6| 评论： 0|来自： 东河县政府门户网\n\n"
    '摘要： {"原始ID":"08cb9d9fd4504a569409258048363903","发布时间":"2021年03月04日","附件":[]}\n\n'
    "2021年1月，东河县城区环境空气质量2天优、29天良，空气质量达标天数比例为100%。\n\n"
    "本月环境空气质量综合指数3.93，主要污染物是细颗粒物和可吸入颗粒物。\n\n"
    "qrcode\n\n手机扫码，畅快体验！\n\n联系客服 关注微信 下载APP 返回顶部\n")


def test_a_discuz_portals_meta_line_json_record_and_foot_are_the_pages(tmp_path):
    result, body = import_text(tmp_path, PORTAL, "a.txt")
    meta = front(result)
    assert meta["title"] == "2021年1月东河县城区环境空气质量月报"
    assert str(meta["date"]) == "2021-03-04" and meta["source"] == "东河县政府门户网"
    for furniture in ("原始ID", "qrcode", "扫码", "返回顶部", "查看", "发布者"):
        assert furniture not in body, furniture
    assert body.strip().endswith("主要污染物是细颗粒物和可吸入颗粒物。")


# ---------------------------------------------------------------- a converter's page marks

def test_a_converters_page_markers_are_page_breaks(tmp_path):
    from briefing.importer.layout import FORM_FEED, page_markers
    pages = "".join(
        f"**[p{n}]**\n\nJR/T 0025.11—2013\n\n"
        + "本部分规定了非接触式IC卡的通讯要求，适用于金融领域的非接触式IC卡及其终端设备的设计与制造。\n\n"
        * 2 + f"{n}\n\n" for n in range(1, 5))
    text, repairs = page_markers("# 某某规范\n> 来源：某某 | 64页\n\n" + pages)
    assert text.count(FORM_FEED) == 3 and "**[p" not in text
    assert repairs[0].kind == "page-markers"
    result, body = import_text(tmp_path, "# 某某规范\n\n" + pages, "a.txt")
    # the running head, found beside the breaks (the first page's stands under the title)
    assert body.count("JR/T 0025.11—2013") <= 1
    assert {"running-head", "folio"} <= {r.kind for r in result.repairs}
    assert "[p2]" not in body


def test_numbers_that_do_not_count_up_are_no_page_markers():
    from briefing.importer.layout import page_markers
    text = "第3页\n\n正文。\n\n第1页\n\n正文。\n"
    assert page_markers(text) == (text, [])
    assert page_markers("[p1]\n\n只有一处。\n") == ("[p1]\n\n只有一处。\n", [])


# ---------------------------------------------------------------- a 范文 site's speech

def test_a_speech_over_the_sites_name_and_its_date_with_the_preview_cut(tmp_path):
    text = ("在全县安全生产工作会议上的讲话\n东河范文网\n2025-04-02\n同志们:\n"
            "今天的安全生产工作会议主要任务是:总结教训,分析形势,部署下一阶段的安全生产工作。\n"
            "一、总结惨痛教训,切实增强做好安全生产工作的责任感\n"
            "近年来,县委、县政府对安全生产工作高度重视,多次进行研究和部署。\n"
            "预览结束,免费获取全文或定制代笔此类文章!\n请点击👉 abc777 👈联系老师\n"
            "请点击👉 abc777 👈联系老师\n")
    result, body = import_text(tmp_path, text, "a.txt")
    meta = front(result)
    assert meta["title"] == "在全县安全生产工作会议上的讲话"
    assert meta["source"] == "东河范文网" and str(meta["date"]) == "2025-04-02"
    assert "预览结束" not in body and "联系老师" not in body
    assert body.strip().endswith("多次进行研究和部署。")


# ---------------------------------------------------------------- a county paper's item

def test_a_team_byline_and_a_content_update_time_are_the_heads_facts(tmp_path):
    text = ("县政府常务会议召开\n内容更新时间:2025-05-30 07:56:21来源:东河乡音报\n■县融媒体中心记者组\n"
            "本报讯 5月23日,县长主持召开县政府常务会议,研究部署近期重点工作。\n"
            "会议强调,要抓好安全生产和防汛备汛各项工作,确保全县大局稳定。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    meta = front(result)
    assert meta["title"] == "县政府常务会议召开"
    assert meta["authors"] == ["县融媒体中心记者组"] and meta["source"] == "东河乡音报"
    assert str(meta["date"]) == "2025-05-30" and "记者组" not in body


# ---------------------------------------------------------------- a notice on one line

def test_a_notice_on_one_line_keeps_its_attachments_contact_and_signature_apart(tmp_path):
    text = ("为广泛听取社会各界意见,现将《某某工程方案(征求意见稿)》予以公布。"
            "欢迎社会各界人士于2023年12月24日前,通过以下途径和方式提出意见: "
            "一、通过本页面下方“我有建议”,将意见通过网络直接反馈; "
            "二、通过信函方式将意见邮寄至:某镇某街509号,并请在信封上注明“意见反馈”字样。 "
            + "各单位要认真组织,广泛宣传,确保意见征集工作取得实效。" * 6 + " "
            "附件:1.某某工程方案征求意见稿.docx 2.《某某工程方案(征求意见稿)》起草说明.doc "
            "联系人:某镇农业农村办张三,联系电话:0574-58587336 东河镇人民政府 2023年11月24日 |")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "附件：1.某某工程方案征求意见稿.docx\n\n2.《某某工程方案（征求意见稿）》起草说明.doc" in body
    assert "\n联系人：某镇农业农村办张三，联系电话：0574-58587336\n" in body
    assert "::: signature\n东河镇人民政府\n2023年11月24日\n:::" in body


# ---------------------------------------------------------------- 「附件：」 alone

def test_an_attachment_label_with_its_colon_is_no_title_the_line_under_it_is(tmp_path):
    text = ("关于表彰2009年度畜牧业发展先进单位的通报\n\n各县区畜牧局：\n\n"
            "为表彰先进，经研究，决定对下列单位予以通报表彰。希望受表彰的单位再接再厉。\n\n"
            "附件：2009年度畜牧业发展先进单位名单\n\n二○一○年二月二十六日\n\n"
            "附件：\n\n2009年度畜牧业发展先进单位名单\n\n东河县畜牧局、西山县畜牧局\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "\n附件：\n" in body and "## 附件" not in body
    assert "## 2009年度畜牧业发展先进单位名单" in body


# ---------------------------------------------------------------- an outlet's support call

def test_an_outlets_support_call_under_the_last_rule_is_dropped(tmp_path):
    text = ("---\ntitle: \"守住金鐘的茶餐廳\"\nauthor: \"實習記者黎大文\"\n---\n\n# 守住金鐘的茶餐廳\n\n"
            "在夏慤道經營茶餐廳多年的許女士說，這段日子生意大不如前，但她仍堅持每天開門營業。\n\n"
            "她坦言從未想過離開，因為已經習慣了這裡的生活，也捨不得一班老街坊。\n\n---\n\n"
            "請加入成為東河新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的通訊。\n\n"
            "月費訂戶 [網址：example.com/subscribe](https://example.com/subscribe)\n")
    result, body = import_text(tmp_path, text, "a.md")
    assert "訂戶" not in body and body.strip().endswith("也捨不得一班老街坊。")
    assert front(result)["authors"] == ["黎大文"]  # the field's name without the title
    assert [r for r in result.repairs if r.kind == "support-call"][0].review


def test_a_rule_over_the_storys_own_last_lines_stays(tmp_path):
    text = ("# 茶餐廳\n\n許女士說，這段日子生意大不如前，但她仍堅持每天開門營業。\n\n---\n\n"
            "她希望街坊能繼續支持，一起渡過難關。\n")
    result, body = import_text(tmp_path, text, "a.md")
    assert "一起渡過難關。" in body


# ---------------------------------------------------------------- a blog theme's page

BLOG_PAGE = (
    'localStorage.getItem("pref-theme")==="dark"?document.body.classList.add("dark"):null\n\n'
    "-   [Posts](https://example.net/ \"Posts\")\n\nPosts\n\nArchives\n\nSearch\n\nAbout\n\n"
    "# 去有光的地方——2024 年终总结\n\n2025-01-06\n\nTable of Contents\n\n"
    "-   [2024 的好物盘点](#2024)\n    -   [最喜欢的硬件](#hw)\n    -   [最喜欢的游戏：Animal Well](#game)\n"
    "-   [2024 这一年](#year)\n\n"
    "## 2024 的好物盘点[#](#2024)\n\n### 最喜欢的硬件[#](#hw)\n\n"
    "手上的阅读器从大学用到现在快十年了，屏幕的显示效果哪怕放在今天依旧十分出色。\n\n"
    "### 最喜欢的游戏：Animal Well[#](#game)\n\n这个游戏是一款类银河恶魔城游戏，仅有三十多兆。\n\n"
    "## 2024 这一年[#](#year)\n\n今年去了很多地方，也学会了很多新东西。\n")


def test_a_blog_themes_script_menu_contents_and_permalinks_are_the_pages(tmp_path):
    result, body = import_text(tmp_path, BLOG_PAGE, "a.md")
    for furniture in ("localStorage", "Posts", "Archives", "Table of Contents", "[#]", "#\n"):
        assert furniture not in body, furniture
    assert "## 2024 的好物盘点\n" in body.replace("### ", "## ").replace("#### ", "### ")
    assert body.count("最喜欢的游戏：Animal Well") == 1  # the heading, not its contents entry
    kinds = {r.kind for r in result.repairs}
    # (the list of links to the page's own heads: dropped by its links since round 48)
    assert "heading-permalink" in kinds and kinds & {"contents", "contents-links"}


def test_a_contents_label_over_lines_no_heading_repeats_stays():
    from briefing.importer.docbody import _labelled_contents
    from briefing.importer.draft import Node
    nodes = [Node("paragraph", text, ((0, n),)) for n, text in enumerate(
        ["目录", "一、总则", "二、职责", "三、附则", "本办法自发布之日起施行。"], start=1)]
    assert _labelled_contents(nodes) == (nodes, [])


# ---------------------------------------------------------------- a bold tag with spaces

def test_a_bold_tags_inner_spaces_print_no_stars():
    from briefing.importer.markup.inline import render_inline
    assert render_inline("<p><strong> 📝你想採訪哪位市民？</strong></p>")[0].strip("\x00") == (
        "**📝你想採訪哪位市民？**")
    assert render_inline("<strong>加粗 </strong>之后")[0] == "**加粗** 之后"
    assert render_inline("2 ** 10 ** 3")[0] == "2 ** 10 ** 3"  # no tag: arithmetic stays


def test_kramdowns_contents_placeholder_prints_nothing(tmp_path):
    text = ("---\ntitle: 波士顿城市攻略\n---\n\n因为参加马拉松，我们终于有机会来到波士顿这座城市。\n\n"
            "* TOC\n{:toc}\n\n## 什么时候去\n\n四月的波士顿天气多变，最好带上外套。\n")
    result, body = import_text(tmp_path, text, "a.md")
    assert "TOC" not in body and "{:" not in body
    assert "toc-placeholder" in {r.kind for r in result.repairs}


def test_a_plain_texts_masking_stars_print_as_stars(tmp_path):
    from briefing.loader import load_briefing
    text = ("在全县经济工作会议上的讲话\n\n同志们：\n\n"
            "年前，参加省、市“两会”，眼界大开，跳出**看**，深感任务非常艰巨。"
            "20**年全县完成国内生产总值20.64亿元，增长13.6%。\n\n"
            "**一是加强领导。**各单位要把责任落实到人。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "跳出\\*\\*看\\*\\*" in body and "20\\*\\*年" in body
    assert "**一是加强领导。**各单位" in body  # a run-in lead stays bold
    briefing = load_briefing(result.folder)
    blocks = briefing.lead + [b for section in briefing.sections for b in section.blocks]
    printed = briefing.model_dump_json() + " ".join(map(repr, blocks))
    assert "跳出**看**" in printed and "20**年" in printed


def test_an_empty_catalogue_field_takes_no_value_from_the_field_after_it():
    from briefing.importer.govpage import catalogue_row
    assert catalogue_row("发布机构: | 发文日期:2021-09-27 |") == [
        ("发布机构", ""), ("发文日期", "2021-09-27")]
    assert catalogue_row("发布机构 | 某县环保局 |") == [("发布机构", "某县环保局")]


# ---------------------------------------------------------------- no wrong fact in the head

def test_staff_and_role_words_in_a_byline_are_no_authors():
    from briefing.importer.titleblock import byline_names
    assert byline_names("新京报记者 苏季 校对 李铭") == ["苏季"]
    assert byline_names("本报记者 刘文华 摄影报道") == ["刘文华"]
    assert byline_names("本报记者 张三 李四") == ["张三", "李四"]


def test_an_anonymous_author_and_the_read_aloud_button_are_no_names():
    from briefing.importer.titleblock.lines import labelled_facts
    assert labelled_facts("来源:中国新闻网  作者:佚名") == [("source", "中国新闻网")]
    assert labelled_facts("刊发日期:2018-09-26 阅读次数: 作者:常映红  语音阅读:语音阅读") == [
        ("date", "2018-09-26"), ("authors", "常映红")]


def test_an_empty_source_field_takes_no_counter_for_its_value(tmp_path):
    text = ("某县人民政府关于印发《某县人民政府工作规则》的通知\n\n来源:\n浏览人数:0\n日期:2020-10-30\n\n"
            "各乡(镇)人民政府,县政府各委、办、局:\n\n现将《某县人民政府工作规则》印发给你们,请认真贯彻执行。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["source"] is None and "浏览人数" not in body


def test_a_closing_source_note_names_the_reprints_source_over_the_wire_agency(tmp_path):
    text = ("7月份国民经济保持恢复态势\n\n"
            "新华社北京8月15日电（记者魏玉坤）国家统计局15日发布数据，7月份国民经济延续恢复态势。\n\n"
            "7月份，全国规模以上工业增加值同比增长3.8%，比上月回落0.1个百分点。\n\n"
            "（来源：浙江日报）\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["source"] == "浙江日报"


def test_a_site_headers_date_of_the_day_is_not_the_storys_date(tmp_path):
    text = ("2020年 10月 30日\n星期五\n   | 氣 溫 : 24 度\n\n"
            "全港新冠確診個案今日新增三宗\n發佈日期 : 2020-02-21 04:34:32\n\n"
            "衞生防護中心今日公布，本港新增三宗新冠肺炎確診個案，三人均有外遊紀錄。\n\n"
            "中心呼籲市民保持個人衞生，避免前往人多擠迫的地方。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert str(front(result)["date"]) == "2020-02-21"
    assert "星期五" not in body and "氣 溫" not in body


def test_a_date_over_a_weekday_alone_at_the_head_is_the_headers_widget():
    from briefing.importer.webframe.head import date_widget
    lines = list(enumerate(["2020年 10月 30日", "星期五", "   | 氣 溫 : 24 度", "即時新聞 要聞",
                            "發佈日期 : 2020-02-21 04:34:32"], start=1))
    repairs: list = []
    assert [t for _, t in date_widget(lines, repairs)] == ["即時新聞 要聞",
                                                           "發佈日期 : 2020-02-21 04:34:32"]
    assert repairs[0].kind == "date-widget"
    story = list(enumerate(["2020年10月30日", "本报讯 昨天下午，全市召开会议。"], start=1))
    assert date_widget(story, []) == story  # no weekday under it: the story's date line


def test_a_short_bold_head_and_bold_years_in_a_plain_text_stay_bold():
    from briefing.importer.markup.inline import render_inline
    assert render_inline("**概述**", plain=True)[0] == "**概述**"
    assert render_inline("**年度目标**", plain=True)[0] == "**年度目标**"
    assert render_inline("**2023**", plain=True)[0] == "**2023**"


def test_a_sites_bar_of_links_to_other_sites_is_no_title(tmp_path):
    text = ("中国政府网 湖北政府网 黄冈政府网 东河新闻网 繁体中文\n当前位置:首页 > 法规公文 > 政府文件\n\n"
            "县人民政府关于印发《东河县人民政府工作规则》的通知\n\n各乡镇人民政府，县直各部门：\n\n"
            "现将《东河县人民政府工作规则》印发给你们，请认真贯彻执行。\n\n东河县人民政府\n2017年1月28日\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["title"] == "县人民政府关于印发《东河县人民政府工作规则》的通知"
    assert "政府网" not in body


def test_a_link_bar_is_no_title_candidate():
    from briefing.importer.parse import RawBlock, SourceLine
    from briefing.importer.titleblock.lines import is_title_candidate
    bar = RawBlock("text", [SourceLine(1, "中国政府网 湖北政府网 黄冈政府网 浠水新闻网 繁体中文")])
    title = RawBlock("text", [SourceLine(1, "县人民政府关于印发工作规则的通知")])
    assert not is_title_candidate(bar) and is_title_candidate(title)


def test_a_pages_chrome_is_no_title_and_a_file_photo_label_a_caption(tmp_path):
    from briefing.importer import roles
    from briefing.importer.titleblock.lines import is_page_chrome
    assert is_page_chrome("科技部门户网站首页|直播首页|文字实录|图片直播|直播摘要")
    assert is_page_chrome("【资料图】") and is_page_chrome("最新のニュース")
    assert not is_page_chrome("关于印发《某县工作规则》的通知")
    assert roles.is_caption_text("【资料图】")
    text = ("【资料图】\n\n记者从中国电力企业联合会获悉，上半年全国新增发电装机容量1.4亿千瓦，同比增长1倍。\n\n"
            "其中，太阳能发电新增装机7842万千瓦，比上年同期多投产4904万千瓦。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["title"] is None and "::: figure\n【资料图】\n:::" in body


def test_an_inferred_title_loses_its_bars_site_and_its_media_mark(tmp_path):
    text = ("尋訪三晉特色村_去九宮格教室中國網\n\n"
            "這里是被稱為“睡眠小鎮”的松廟村，位于山西省晉城市陵川縣，夏天氣候涼爽，游人如織。\n\n"
            "早晨于山村中漫步時，記者見到一位老人耕作田間，用鋤頭翻整土地。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    meta = front(result)
    assert meta["title"] == "尋訪三晉特色村" and meta["source"] is None  # the copy's site
    text = ("行政長官會見傳媒答問內容（附圖/短片）\n\n"
            "以下為行政長官今日出席行政會議前會見傳媒的答問內容：\n\n記者：請問政府會否延長防疫措施？\n")
    (tmp_path / "b").mkdir()
    result, body = import_text(tmp_path / "b", text, "a.txt")
    assert front(result)["title"] == "行政長官會見傳媒答問內容"


def test_a_viewers_page_of_pages_is_no_title():
    from briefing.importer.titleblock.lines import is_page_chrome
    assert is_page_chrome("调研报告汇编（61篇）（第7/23页）")
    assert not is_page_chrome("关于2023年第3季度水质状况的报告")


def test_a_sites_menu_of_channels_on_one_line_is_furniture_a_list_of_names_is_not():
    from briefing.importer.webframe.furniture import furniture_line
    assert furniture_line("国际时讯 新加坡新闻 马来西亚新闻 菲律宾新闻 越南新闻 泰国新闻 美国新闻")
    assert not furniture_line("张三 李四 王五 赵六 钱七 孙八")
    assert not furniture_line("东河县 西山县 南湖县 北岭县")  # four: too few to tell


def test_a_masked_year_heading_an_advert_and_a_broken_salutation(tmp_path):
    text = ("公文高手,超级方便的公文写作神器! 立即了解\n\n\n政府上半年工作报告\n\n各位代表、\n\n同志们:\n\n"
            "现在,我代表镇人民政府向大会作工作报告,请予审议,并请列席的同志提出意见。\n\n"
            "20**年上半年工作回顾\n\n今年以来,在县委、县政府的坚强领导下,全镇上下攻坚克难,各项工作稳步推进。\n\n"
            "一、进位赶超,经济发展稳中有进\n\n"
            "上半年,全镇实现地区生产总值12.5亿元,同比增长8.1%。\n\n"
            "二、真抓实干,民生事业全面进步\n\n上半年,全镇新增就业岗位300个。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["title"] == "政府上半年工作报告" and "立即了解" not in body
    assert "::: salutation\n各位代表、同志们：\n:::" in body
    assert "## 20\\*\\*年上半年工作回顾" in body
