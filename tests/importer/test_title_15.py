"""The title of a copied web page (issue 11, fifteenth round): a page's button is never the
title, a long title line with its facts under it is one, a wire dateline's 题 names the
title when the copy has no title line, a fact's label never opens a title. Made-up texts of
the shapes found in the corpus; each fails without its rule."""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.titleblock.lines import is_button_word, is_page_furniture


def test_button_words_are_the_pages_furniture():
    for button in ("【返回】", "一鍵分享", "文章播报", "正文复制", "分享更多", "打印本页", "[ 关闭 ]"):
        assert is_button_word(button), button
        assert is_page_furniture(button, above_title=False), button
    for words in ("返回家乡", "分享经济", "复制粘贴的危害", "打印机采购公告"):
        assert not is_button_word(words), words


def test_a_button_above_the_title_is_never_the_title(tmp_path):
    # A regional site's copy of a 公文: its read-aloud button, the masthead, the 发文字号,
    # the title, the addressees.
    result, body = import_text(tmp_path, (
        "文章播报\n"
        "某某乡人民政府文件\n"
        "某政〔2009〕3号\n"
        "关于做好元旦春节期间森林防火工作的通知\n"
        "各行政村：\n"
        "春节即将到来，请各村全力以赴抓好各项预防扑救措施的落实，确保节日期间不出大的问题。\n"
        "某某乡人民政府\n"
        "二〇〇九年一月九日\n"), "a.txt")
    assert front_matter(result)["title"] == "关于做好元旦春节期间森林防火工作的通知"
    assert "文章播报" not in body


def test_a_button_glued_over_the_title_is_not_joined_to_it(tmp_path):
    result, _ = import_text(tmp_path, (
        "正文复制\n\n"
        "在区人大五届二次会议闭幕式上的讲话\n"
        "各位代表、同志们：\n"
        "区第五届人民代表大会第二次会议，在全体代表和与会同志的共同努力下，圆满完成各项议程，"
        "即将胜利闭幕。\n"), "a.txt")
    assert front_matter(result)["title"] == "在区人大五届二次会议闭幕式上的讲话"


def test_a_title_longer_than_a_line_is_the_title_when_its_facts_stand_under_it(tmp_path):
    # A mirror's copy of a 公示: the title is long (the mirror injected words into it); its
    # 发布时间/信息来源 line and the page's buttons under it say it is the title.
    result, body = import_text(tmp_path, (
        "某市人民政府某某信用网，某某官网创建国家食品安全示范城市自查情况和整改工作进展的公示\n\n"
        "发布时间:2022-12-12 08:24 信息来源:某市创建示范城市指挥部办公室 阅读次数:\n"
        "字号: 打印 收藏\n\n"
        "依据《国家食品安全示范城市评价与管理办法》,指挥部办公室组织对我市创建工作进行全面自查。\n\n"
        "为广泛听取社会各界意见、接受群众监督,现将自查报告予以公示。\n"), "a.txt")
    matter = front_matter(result)
    assert matter["title"].startswith("某市人民政府某某信用网") and matter["title"].endswith("的公示")
    assert matter["source"] == "某市创建示范城市指挥部办公室"
    assert "阅读次数" not in body and "打印" not in body
    assert body.lstrip().startswith("依据《国家食品安全示范城市")


def test_a_wire_datelines_title_is_the_title_when_no_line_above_is_one(tmp_path):
    # A news agency's special page: its buttons and a tab over the date, no title line;
    # the dateline names the story 「题：山乡巨变——来自…的报告」 and stays in the body.
    result, body = import_text(tmp_path, (
        "【返回】\n\n一键分享\n\n主打稿\n\n2019年2月12日\n\n"
        "新华社贵阳2月12日电 题：山乡巨变——来自贵州扶贫一线的报告\n\n"
        "新华社记者李银、黄全权\n\n"
        "有一种艰难，困羁于山。\n\n"
        "很长一段时间，贵州一直是全国农村贫困面最大、贫困程度最深、贫困人口最多的省份。\n"),
        "a.txt")
    matter = front_matter(result)
    assert (matter["title"], matter["subtitle"]) == ("山乡巨变", "来自贵州扶贫一线的报告")
    assert "返回" not in body and "一键分享" not in body
    # the special page's tab 「主打稿」, shorter than any title, goes too (head16)
    assert "主打稿" not in body and str(matter["date"]) == "2019-02-12"
    assert "新华社贵阳2月12日电 题：山乡巨变——来自贵州扶贫一线的报告" in body
    assert any(d.kind == "title-inferred" for d in result.doubts)


def test_a_facts_label_never_opens_the_title(tmp_path):
    # No title line: the author's line (a pen name in Latin letters, no name the facts
    # read) is no title; the text has none, and the editor is asked for one.
    result, _ = import_text(tmp_path, (
        "作者: Jinkey\n"
        "来源:人人都是产品经理(ID:woshipm)\n"
        "Q: Jinkey, 可以概括一下小程序吗?\n"
        "A:这也不行,那也不行\n"
        "Q:为什么说小程序如炮友?\n"
        "A:小程序刚发布不久就流行一个段子:\n"
        "APP 如原配,一年不用几次;\n"
        "服务号如情人,一个月固定几次;\n"), "a.txt")
    assert front_matter(result)["title"] is None
    assert any(d.kind == "no-title" for d in result.doubts)


def test_an_offices_posting_line_is_its_facts_never_the_title(tmp_path):
    from briefing.importer.titleblock.lines import bare_facts

    assert bare_facts("2014-09-21 晋中市统计局") == [("source", "晋中市统计局"),
                                                 ("date", "2014-09-21")]
    assert bare_facts("某县召开会议 2016-4-13") is None
    # A county site's 纪要: the meeting's number as its title, the posting office and day
    # under it (no title line otherwise; the line was taken for the title).
    result, body = import_text(tmp_path, (
        "第21次\n"
        "某某县人民政府办公室 2016-4-13\n"
        "3月24日，县长在县政务服务中心常务会议室主持召开县人民政府第21次常务会议，研究有关工作。"
        "现将会议形成的一致意见纪要如下：\n"
        "一、研究迎接国家卫生县城复审工作\n"
        "会议原则同意县卫生和计划生育局提出的工作任务分解方案，按程序报县委常委会研究。\n"),
        "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "第21次"
    assert (matter["source"], str(matter["date"])) == ("某某县人民政府办公室", "2016-04-13")
    assert "2016-4-13" not in body


def test_a_date_in_brackets_under_the_issuing_office_is_its_fact(tmp_path):
    # A 统计公报: its title, its issuers, their date in brackets a line each — the issuers'
    # date is read and the line leaves the body; a speech's dateline under its title stays.
    result, body = import_text(tmp_path, (
        "2008年某某示范区国民经济和社会发展统计公报\n"
        "某某示范区统计局 某某区统计局\n"
        "(2009年3月18日)\n"
        "2008年，示范区上下认真学习贯彻党的十七大精神，经济社会保持平稳较快发展。\n"
        "一、综合\n"
        "全年生产总值32.13亿元，比上年增长15.3%。\n"), "a.txt")
    matter = front_matter(result)
    assert str(matter["date"]) == "2009-03-18"
    assert "2009年3月18日" not in body
    (tmp_path / "speech").mkdir()
    result, body = import_text(tmp_path / "speech", (
        "在全市安全生产电视电话会议上的讲话\n"
        "(2011年1月12日)\n"
        "同志们：\n"
        "今天召开全市安全生产电视电话会议，主要任务是总结去年工作，部署今年任务。\n"), "a.txt")
    assert "（2011年1月12日）" in body


def test_an_epaper_page_label_with_a_section_in_parts_is_furniture(tmp_path):
    # 濮阳日报's e-paper: the page's bar 「第02版：要闻·综合」 over the story's title.
    assert is_page_furniture("第02版：要闻·综合", above_title=True)
    result, body = import_text(tmp_path, (
        "第02版:要闻·综合\n\n"
        "产业兴旺 日子红火\n\n"
        "2010年5月，南乐县张果屯镇烟之东村组建成立联富果蔬种植专业合作社，带领村民种植西红柿，"
        "村民收入逐年提高。\n"), "a.txt")
    assert front_matter(result)["title"] == "产业兴旺 日子红火"
    assert "第02版" not in body
