"""The twenty-fifth set's round (issue 11): a county page's 供稿 field and its foot's tag
label, an e-paper's menu of pages, its parenthesised stamp and its story page's list of
headlines, a tool row of bracketed buttons, a paywall over the page's foot, a 落款 run onto
the last line, a title set as a link, a paper's 快讯 and a site's own 电, a <blockquote>, a
story's page links, QR calls beside the headline, Traditional and 中央社 datelines'
reporters, an exporter's italic WeChat meta line, a table a cell a line with its bars on the
cell's line, a paper's issue closing a copy, a URL after the fact line's fields, a page's
list of other stories, a writing-sample site's lines, search spam, a journal's issue, two
exclaimed clauses as a headline, and a level said with 为. Made-up texts of the shapes,
each failing without its rule."""

from __future__ import annotations

from conftest import front_matter as front
from conftest import import_text

BODY = ("2025年3月2日，全县春季植树活动在城南湿地公园举行。县直机关干部职工200余人参加活动。\n\n"
        "活动中，大家分工协作，挖坑、扶苗、培土、浇水，共栽下香樟、银杏等苗木1500余株。\n\n")


# ---------------------------------------------------------------- a county page's fields

def test_a_contributor_field_beside_the_source_and_a_clock_run_into_it(tmp_path):
    text = ("首页 > 新闻中心 > 部门动态\n\n县直机关开展春季义务植树活动\n\n"
            "日期:2025-03-03 09:12来源:县林业局 供稿:县林业局 浏览量: 字体:【  \n\n"
            + BODY + "标签:\n关联信息\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["source"] == "县林业局" and str(matter["date"]) == "2025-03-03"
    assert "供稿" not in body and "浏览量" not in body
    assert "标签" not in body and "关联信息" not in body  # the page's foot
    assert body.rstrip().endswith("共栽下香樟、银杏等苗木1500余株。")


# ---------------------------------------------------------------- an e-paper's page

def test_an_epaper_menu_of_pages_and_its_stamp_in_parentheses(tmp_path):
    text = ("01版:要 闻\n\n02版:综 合\n\n03版:国 际\n\n"
            "春耕备耕正当时 各地抢抓农时忙生产\n春耕备耕正当时\n各地抢抓农时忙生产\n\n"
            "( 2024-03-18 ) 稿件来源:东河日报 综 合\n\n"
            "本报讯（记者 赵明）连日来，各地抢抓农时，田间地头一派繁忙景象。\n\n"
            "在城郊的育秧工厂里，工人们正忙着播种育秧。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert str(matter["date"]) == "2024-03-18" and matter["source"] == "东河日报"
    assert "版：" not in body and "版:" not in body
    assert "春耕备耕正当时 各地抢抓农时忙生产" not in body  # the title bar, a repeat
    kinds = {r.kind for r in result.repairs}
    assert {"epaper-menu", "title-bar"} <= kinds


def test_one_page_label_alone_is_furniture_too():
    from briefing.importer.webframe.furniture import furniture_line
    assert furniture_line("第3版：国际")
    assert not furniture_line("第3版：国际新闻综述了本周各国经济形势的变化。")


# ---------------------------------------------------------------- a tool row, page links

def test_a_broken_row_of_bracketed_buttons_and_the_page_links_are_the_pages(tmp_path):
    text = ("PDF格式】 【 】 【打 印】 \n"
            "【 第1頁 第2頁 第3頁 第4頁 】 \n"
            "港口貨運量創新高\n\n"
            "2024-05-06 10:20:00\n\n"
            "本報訊，今年首季港口貨運量按年上升百分之八，創歷年同期新高。\n\n"
            "業界預計全年貨運量可望繼續增長。\n\n"
            "PDF格式】 【 】 【打 印】 \n\n 相關新聞：\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["title"] == "港口貨運量創新高"
    assert "打 印" not in body and "第1頁" not in body and "相關新聞" not in body


def test_a_bracketed_row_of_words_is_no_tool_row():
    from briefing.importer.webframe.furniture import bracketed_tool_row
    assert bracketed_tool_row("【打印】 【关闭】")
    assert not bracketed_tool_row("【打印】 【新闻标题】")  # a Han word that is no button


# ---------------------------------------------------------------- a paywall over the foot

def test_a_paywall_above_the_pages_foot_goes_with_it(tmp_path):
    text = ("在全县春季农业生产工作会议上的讲话\n\n同志们：\n\n"
            "今天召开会议，主要任务是安排部署今年春季农业生产工作。\n\n"
            "一、认清形势，切实增强做好春耕生产的责任感\n\n"
            "阅读全文\n(想阅读完全部图文内容,您需要先登陆!)\n\n分享:\n\n"
            "微信扫一扫在手机阅读、分享本文\n\n精选留言\n我要留言\n相关内容\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "阅读全文" not in body and "登陆" not in body
    assert "site-paywall" in {r.kind for r in result.repairs}


# ---------------------------------------------------------------- a 落款 run on

def test_a_signature_run_onto_the_attachment_line_is_set_under_it(tmp_path):
    text = ("关于2024年度东河市文明单位拟命名名单的公示\n\n"
            "经各单位申报、实地考评，拟命名东河市第一中学等十个单位为2024年度东河市文明单位。现予以公示。\n"
            "公示时间:2024年12月2日-6日;\n"
            "附件:2024年度东河市文明单位拟命名名单 东河市文明办东河市总工会2024年12月2日\n|\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "附件：2024年度东河市文明单位拟命名名单\n" in body
    assert "::: signature\n东河市文明办\n东河市总工会\n2024年12月2日\n:::" in body
    assert "|" not in body
    assert str(front(result)["date"]) == "2024-12-02"


# ---------------------------------------------------------------- Markdown exports

def test_a_title_set_as_a_link_gives_the_url(tmp_path):
    text = ("[东河县举办首届农民丰收节](https://example.org/news/2024/0923.html)\n------\n\n"
            + BODY)
    result, _ = import_text(tmp_path, text, "a.md")
    matter = front(result)
    assert matter["title"] == "东河县举办首届农民丰收节"
    assert matter["url"] == "https://example.org/news/2024/0923.html"


def test_a_link_that_is_not_the_title_gives_no_url(tmp_path):
    text = ("# 东河县举办首届农民丰收节\n\n[返回首页](https://example.org/)\n\n" + BODY)
    result, _ = import_text(tmp_path, text, "a.md")
    assert front(result)["url"] is None


def test_a_blockquote_in_html_is_a_quotation_and_a_papers_flash_its_source(tmp_path):
    text = ("# 东河明年起推行电动自行车实名登记\n\n"
            "<blockquote><p><strong>登记后将发放电子号牌，实现来源可查。</strong></p></blockquote>"
            "<p>东河晚报快讯（记者 孙立）明年起，东河将推行电动自行车实名登记。</p>"
            "<p>登记工作将在全市各派出所同步开展。</p>\n")
    result, body = import_text(tmp_path, text, "a.md")
    assert "> **登记后将发放电子号牌，实现来源可查。**" in body
    matter = front(result)
    assert matter["source"] == "东河晚报" and matter["authors"] == ["孙立"]


def test_an_exporters_italic_meta_line(tmp_path):
    text = ("# 用 perf 排查一次 CPU 飙高\n\n"
            "*李华*[东河技术社区](javascript:void%280%29;)*2023-06-01 08:30:00*\n\n"
            "线上服务的 CPU 使用率突然升到百分之九十以上，本文记录排查过程。\n")
    result, body = import_text(tmp_path, text, "a.md")
    matter = front(result)
    assert matter["authors"] == ["李华"] and str(matter["date"]) == "2023-06-01"
    assert "javascript" not in body and "东河技术社区" not in body


# ---------------------------------------------------------------- a Hong Kong site's head

def test_qr_calls_beside_the_headline_and_a_traditional_datelines_reporters(tmp_path):
    text = ("掃描二維碼訪問本網移動版 港口貨運量創新高 掃描二維碼訪問本社微信\n"
            "http://www.example.com   2024-05-06 10:20:00\n\n\n"
            "碼頭工人正在裝卸貨櫃。(本社 陳大文攝)\n"
            "  本社香港5月6日電(記者 陳大文)今年首季港口貨運量按年上升百分之八。\n\n"
            "  業界預計全年貨運量可望繼續增長。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["title"] == "港口貨運量創新高"
    assert matter["authors"] == ["陳大文"]
    assert "二維碼" not in body


# ---------------------------------------------------------------- a cell a line, bars after

def test_a_cell_a_line_table_whose_short_rows_end_in_bars_on_the_cells_line(tmp_path):
    # A page's copy: each cell on its line closed by 「 |」; a row short of its width closes
    # with its empty cells' bars on its last cell's line (「评价结果 | |」: one empty cell,
    # the span of 评价结果 over the second header row; 「质量状况 | ||||」: four).
    cells = ["站点 |", "监测次数 |", "达标次数 |", "平均值(微克/立方米) |", "评价 | |",
             "等级 |", "状况 | ||||"]
    for row in (("甲站", "12", "12", "31.5", "一级", "好"),
                ("乙站", "12", "11", "48.0", "二级", "较好"),
                ("丙站", "12", "10", "52.3", "二级", "较好")):
        cells += [f"{cell} |" for cell in row]
    text = ("\n".join(cells) + "\n注:评价执行《环境空气质量标准》(GB3095-2012)二级标准。\n|\n"
            "2023年,全县环境空气质量总体良好。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "| 站点 | 监测次数 | 达标次数 | 平均值（微克/立方米） | 评价 | < |" in body
    assert "| ^ | ^ | ^ | ^ | 等级 | 状况 |" in body
    assert "| 乙站 | 12 | 11 | 48.0 | 二级 | 较好 |" in body
    # the bar left alone between two sentences goes; a bracket after 》 is full width
    assert "《环境空气质量标准》（GB3095-2012）二级标准。\n:::\n\n2023年" in body


def test_a_bar_alone_between_cells_stays_the_tables():
    from briefing.importer.govpage import _stray_bars
    lines = [(1, "河流名称"), (2, "|"), (3, "断面"), (4, "|")]
    assert _stray_bars(lines, []) == lines


# ---------------------------------------------------------------- punctuation, labels

def test_an_editorial_offices_note_label():
    from briefing.importer import roles
    assert roles.is_editor_note_label("【COS编辑部按】")
    assert roles.is_editor_note_label("本刊编辑部按：")
    assert not roles.is_editor_note_label("编辑部按照要求完成了审稿。")


def test_an_epapers_and_a_newsletters_own_lines_are_furniture():
    from briefing.importer.webframe.furniture import furniture_line
    for line in ("国内统一刊号：CN11-0003", "按日期检索", "下个月",
                 "★ 無法正常瀏覽內容，請按這裡線上閱讀", "2023/02/11 第8072期 | 訂閱/退訂 | 看歷史報份"):
        assert furniture_line(line), line
    assert not furniture_line("本报国内统一刊号为CN11-0003，邮发代号1-4，欢迎订阅。全年定价360元。")
    assert not furniture_line("上个月全县共受理群众来信来访86件。")


# ---------------------------------------------------------------- an e-paper's story page

def test_the_story_headline_listed_among_the_pages_headlines_ends_the_pages_head(tmp_path):
    text = ("东河日报数字报\n\n2024年3月18日星期一\n\n"
            "春耕备耕正当时 东河抢抓农时保供给 市民热议城市更新\n\n"
            "按日期检索\n上个月\n下个月\n\n我给版面打分\n1分   2分   3分\n\n"
            "东河抢抓农时保供给\n\n"
            "连日来，东河各地抢抓农时，田间地头一派繁忙景象，全市已完成春播面积12万亩。\n\n"
            "在城郊的育秧工厂里，工人们正忙着播种育秧。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["title"] == "东河抢抓农时保供给"
    assert body.lstrip().startswith("连日来")
    assert "listed-headline" in {r.kind for r in result.repairs}


def test_a_heading_found_in_a_menu_of_short_words_is_no_listed_headline(tmp_path):
    from briefing.importer.webframe.head import listed_headline
    lines = [(1, "首页 新闻 政务公开 办事服务"), (2, "政务公开"),
             (3, "本市2024年政务公开工作要点已经市政府常务会议审议通过，现予公布。")]
    assert listed_headline(lines, []) == lines  # a menu's words are no headlines


# ---------------------------------------------------------------- datelines

def test_a_cna_datelines_reporters_before_the_place(tmp_path):
    text = ("港口貨運量創新高\n\n"
            "（中央社記者陳大文、林小美高雄5日電）高雄港今年首季貨櫃裝卸量按年上升百分之八。\n\n"
            "港務公司表示，全年可望再創新高。\n")
    result, _ = import_text(tmp_path, text, "a.txt")
    assert front(result)["authors"] == ["陳大文", "林小美"]


def test_a_cna_dateline_from_a_place_not_known_names_no_one(tmp_path):
    text = ("港口貨運量創新高\n\n"
            "（中央社記者陳大文某某港5日電）港口今年首季貨櫃裝卸量按年上升百分之八。\n\n"
            "港務公司表示，全年可望再創新高。\n")
    result, _ = import_text(tmp_path, text, "a.txt")
    assert front(result)["authors"] == []  # where the names end is not known: none taken


def test_a_news_sites_own_dispatch_names_the_site(tmp_path):
    text = ("统计局：前三季度经济稳中有升\n\n"
            "东河网9月10日电 国家统计局今天发布数据，前三季度国内生产总值同比增长5.2%。\n\n"
            "分产业看，第三产业增加值增长6.0%。\n")
    result, _ = import_text(tmp_path, text, "a.txt")
    assert front(result)["source"] == "东河网"


def test_a_papers_issue_closing_a_copy_is_its_source_and_date(tmp_path):
    text = ("本报北京8月17日电 （记者丁小婷）记者17日从国家能源局获悉：前7月，全国新增发电装机容量同比增长。\n"
            "截至7月底，全国累计发电装机容量约27.4亿千瓦，同比增长11.5%。\n"
            "《 东河日报 》( 2023年08月18日 01 版)\n(文章来源:东河网)\n上一篇: 暑期档票房创新高\n"
            "下一篇: 最后一页\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["source"] == "东河日报" and str(matter["date"]) == "2023-08-18"
    assert "01 版" not in body


# ---------------------------------------------------------------- key figures

def test_a_level_said_with_wei_after_its_base_is_the_rows_value_not_part_of_its_label():
    from briefing.importer.figures import rows_in_sentence
    found = [(r.label, str(r.value), r.unit) for r in rows_in_sentence(
        "与上年比较，2类功能区夜间达标率由91.7%升高为100%，其余各类区昼夜达标率无变化。")]
    assert ("2类功能区夜间达标率", "100", "%") in found
    assert not any("升高" in label or value == "91.7" for label, value, _ in found)


def test_a_url_after_the_fields_and_a_related_list_under_its_label(tmp_path):
    text = ("两千多份报告一抢而空\n\n"
            "来源:东河日报 2016-03-16 22:34   https://www.example.net/\n"
            "两会是世界观察中国的窗口，3200多名中外记者参加两会报道。\n\n"
            "“今年我们准备了9个语种的政府工作报告。”工作人员说。\n\n"
            "猜你喜欢：\n\n爱吃咸与基因有关2016-04-05 22:22\n\n公园里的捐赠 王溱\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["url"] == "https://www.example.net/" and matter["source"] == "东河日报"
    assert body.lstrip().startswith("两会是世界观察中国的窗口")
    assert "猜你喜欢" not in body and "王溱" not in body


def test_a_related_label_over_sentences_is_kept(tmp_path):
    text = ("东河举办读书节\n\n东河读书节今天开幕，全市100多家书店参加。\n\n相关阅读\n\n"
            "去年读书节共吸引12万人次参与。\n")
    _, body = import_text(tmp_path, text, "a.txt")
    assert "去年读书节共吸引12万人次参与。" in body


def test_a_sample_sites_intro_its_submitted_source_and_its_recommendations(tmp_path):
    text = ("关于东河县创卫工作督查情况的通报\n\n"
            "来源:网友投稿 时间:2022-04-20 11:30:04 推荐访问:\n\n"
            "下面是小编为大家整理的关于东河县创卫工作督查情况的通报，供大家参考。\n\n"
            "按照县创卫办安排，督查组于4月中旬对各乡镇创卫工作进行了督查。\n\n"
            "各乡镇要对照问题清单，立即整改。\n\n推荐内容\n\n某某范文网 www.example.com\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["source"] is None and str(matter["date"]) == "2022-04-20"
    assert "小编" not in body and "推荐内容" not in body and "推荐访问" not in body
    assert body.lstrip().startswith("按照县创卫办安排")


def test_a_headline_of_two_exclaimed_clauses_over_its_time_stamp(tmp_path):
    from briefing.importer.titleblock.lines import exclaimed_headline
    assert exclaimed_headline("东河第3期“红黑榜”发布！2地被通报批评！")
    assert not exclaimed_headline("我们赢了，太好了！大家都很高兴！")  # a sentence's comma
    text = ("东河第3期“红黑榜”发布！2地被通报批评！\n\n2024-8-10 16:16:54\n\n"
            "8月8日，区城管局组成专班对全区农村人居环境整治工作开展随机督查。\n\n"
            "其中2个塆组总体情况较好，列入“红榜”。\n")
    result, _ = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["title"] == "东河第3期“红黑榜”发布！2地被通报批评！"
    assert str(matter["date"]) == "2024-08-10"


def test_search_spam_a_journals_issue_and_its_editors(tmp_path):
    text = ("999精品在线视频,手机成人午夜在线视频,久久不卡国产精品无码,中日无码在线观看,成人av手机在线观看\n\n"
            "來自泥土的芬芳\n\n2016-04-02 06:01:41本刊編輯部\n東河農民合作社 2016年5期\n\n"
            "合作社把分散的農戶組織起來，讓小農戶對接大市場，這是近年來各地的共同經驗。\n\n"
            "記者在多地走訪發現，合作社的發展離不開帶頭人。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    matter = front(result)
    assert matter["title"] == "來自泥土的芬芳"
    assert matter["authors"] == ["本刊編輯部"] and matter["source"] == "東河農民合作社"
    assert str(matter["date"]) == "2016-04-02"
    assert "在线视频" not in body


def test_a_list_of_words_with_one_spam_word_is_no_spam():
    from briefing.importer.webframe.furniture import furniture_line
    assert not furniture_line("国产大飞机、国产航母、国产芯片、国产操作系统")
