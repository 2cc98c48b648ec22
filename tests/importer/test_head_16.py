"""The head of a copied web page (issue 11, sixteenth round): nothing of the page printed
above the article, its facts in the front matter — an aggregator's 「刊名·时间」 meta line, a
作者 field naming a Latin-script name. Made-up texts of the shapes found in the corpus;
each fails without its rule."""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.titleblock.lines import (
    LATIN_AUTHOR,
    bare_facts,
    byline_names,
    labelled_facts,
)


def test_a_middle_dot_sets_the_publication_apart_from_its_time_stamp():
    assert bare_facts("Ren Min Ri Bao·2026-02-15 23:13") == [
        ("source", "Ren Min Ri Bao"), ("date", "2026-02-15 23:13")]
    assert bare_facts("某某日报 · 2024-03-05") == [("source", "某某日报"), ("date", "2024-03-05")]
    # a chapter's number or a count is no publication
    assert bare_facts("1·2020-01-01") is None
    assert bare_facts("第二章·2020年") is None


def test_an_aggregators_meta_line_under_the_title_is_its_facts(tmp_path):
    result, body = import_text(tmp_path, (
        "某某村，民宿生意好（新春走基层）\n"
        "Ren Min Ri Bao·2026-02-15 23:13\n\n"
        "某某县某某村，有家民宿叫“好再来”。这个名字是游客起的，经营者兄弟俩讲究诚信经营、厚道做人。\n\n"
        "村子位置偏远，一度交通不便。近年来，旅游公路修到村口，游客一年比一年多。\n"), "a.txt")
    fields = front_matter(result)
    assert fields["title"] == "某某村，民宿生意好（新春走基层）"
    assert fields["source"] == "Ren Min Ri Bao"
    assert str(fields["date"]) == "2026-02-15"
    assert "Ren Min Ri Bao" not in body


def test_a_latin_script_name_in_the_author_field_is_the_author(tmp_path):
    assert LATIN_AUTHOR.match("作者: Jinkey")["name"] == "Jinkey"
    assert LATIN_AUTHOR.match("作者：John Smith")["name"] == "John Smith"
    assert LATIN_AUTHOR.match("作者：admin") is None  # a login, no name
    result, body = import_text(tmp_path, (
        "作者: Jinkey\n"
        "来源:某某产品经理(ID:pmxx)\n"
        "Q: Jinkey, 可以概括一下小程序吗?\n"
        "A:这也不行,那也不行,小程序刚发布不久就流行一个段子,说它用完就走,大家都在讨论。\n"), "a.txt")
    assert front_matter(result)["authors"] == ["Jinkey"]
    assert "作者" not in body


def test_a_long_breadcrumb_does_not_keep_the_stacked_head_whole(tmp_path):
    # A county site's notice copied without blank lines in its head: the breadcrumb runs
    # longer than a line of the head, the title, the fields, the tool bar, the addressees.
    result, body = import_text(tmp_path, (
        "某某市人民政府\n \n"
        "您当前位置:首页  >> 政务公开  >> 法定主动公开内容  >> 权威发布  >> 通知公告\n"
        "某某市人民政府征收土地预公告\n"
        "发布时间:2024-02-28    来源:     \n"
        "【字体: 】    打印\n"
        " 某某镇某某村村民委员会及有关居民\n\n"
        "因公共利益需要,依据土地管理法律法规,现将某某市2024年度批次土地征收有关事项公告如下\n\n"
        "一、征收范围\n\n"
        "征收你村位于东至某某;西至某某的土地面积约0.2794公顷。具体面积以土地现状调查情况为准。\n"), "a.txt")
    fields = front_matter(result)
    assert fields["title"] == "某某市人民政府征收土地预公告"
    assert str(fields["date"]) == "2024-02-28"
    assert "您当前位置" not in body and "发布时间" not in body


def test_the_issuers_lines_and_their_date_under_the_title_are_the_documents(tmp_path):
    # A statistics-collection site's copy of a 统计公报: its posting stamp (date and
    # office), then the bulletin's two issuing offices a line each and its own date.
    result, body = import_text(tmp_path, (
        "某某市2013年国民经济和社会发展统计公报\n\n"
        "2014-09-21 某某市统计局\n"
        "某某市统计局\n \n"
        "国家统计局某某调查队\n \n"
        "2014年3月17日\n \n"
        "2013年，在市委、市政府的正确领导下，全市经济社会保持平稳较快发展，"
        "各项事业取得新的进步，人民生活水平不断提高。\n \n"
        "一、综合\n \n"
        "初步核算，全年全市生产总值1020.4亿元，比上年增长9.1%。\n"), "a.txt")
    fields = front_matter(result)
    assert fields["source"] == "某某市统计局 国家统计局某某调查队"
    assert str(fields["date"]) == "2014-03-17"
    assert "调查队" not in body and "2014年3月17日" not in body
    assert [d.kind for d in result.doubts if d.kind == "date-replaced"] == ["date-replaced"]


def test_the_posting_accounts_field_among_the_facts_is_dropped_with_the_line():
    assert labelled_facts("发布日期:2021-09-17 13:40|发布:中乡网|责任编辑:晓东") == [
        ("date", "2021-09-17 13:40")]
    assert labelled_facts("来源：某某网 发布者：admin 时间：2024-01-01") == [
        ("source", "某某网"), ("date", "2024-01-01")]
    assert labelled_facts("发布：某某网") is None  # alone it is no line of facts


def test_a_byline_naming_each_ones_part_after_a_slash_gives_every_name():
    assert byline_names("□ 记者 胡起/文 胡黎明/图") == ["胡起", "胡黎明"]
    assert byline_names("文/张三 图/李四") == ["张三", "李四"]
    assert byline_names("张三/文 李四/摄") == ["张三", "李四"]
    # one item alone, or a credit among words, is no such byline
    assert byline_names("张三/文") is None
    assert byline_names("新华社/图") is None
    assert byline_names("中国/图 美国/文 这是一句话") is None


def test_the_line_above_a_speechs_title_is_the_pages(tmp_path):
    # A writing-sample site's copy of a work report: its search bar above the title, the
    # greeting under it. A speech has no kicker.
    result, body = import_text(tmp_path, (
        "快捷搜索:论文 合同 演讲 心得\n\n"
        "区长在代表会上工作汇报\n\n"
        "各位代表:\n\n"
        "现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。\n\n"
        "一、五年政府工作回顾\n\n"
        "五年来,区十六届人大一次会议确定的各项任务全面完成,规划目标提前实现。\n"), "a.txt")
    assert front_matter(result)["title"] == "区长在代表会上工作汇报"
    assert "快捷搜索" not in body
    assert "各位代表" in body


def test_a_line_above_a_speechs_title_that_speaks_of_it_stays(tmp_path):
    # The speech's occasion above its title (a title in two parts): kept, and told.
    result, body = import_text(tmp_path, (
        "在全县领导干部专题研讨班结业仪式上的讲话\n\n"
        "以良好的精神状态奋力开创强县事业新局面\n\n"
        "同志们:\n\n"
        "县不图强,必有远忧。今天的专题研讨班结业仪式,是全县领导干部的一次再动员。\n\n"
        "一、认清形势\n\n"
        "当前,全县上下正在深入学习贯彻会议精神,奋力开创强县事业新局面。\n"), "a.txt")
    fields = front_matter(result)
    shown = f"{fields['title']} {fields['subtitle']} {body}"
    assert "在全县领导干部专题研讨班结业仪式上的讲话" in shown
    assert "以良好的精神状态奋力开创强县事业新局面" in shown



def test_a_speakers_line_above_a_speechs_title_is_read_not_dropped(tmp_path):
    result, body = import_text(tmp_path, (
        "某某文库 讲话稿(录音整理稿)\n"
        "王艳玲市长\n"
        "在全市安全生产电视电话会议上的讲话\n"
        "(2011年1月12日)\n"
        "同志们:\n"
        "刚才,我们共同收听收看了全国、全省安全生产电视电话会议,各单位都要认真学习贯彻会议精神。\n"
        "一、认清形势\n"
        "当前,安全生产形势依然严峻复杂,各级各部门务必保持清醒头脑。\n"), "a.txt")
    assert front_matter(result)["authors"] == ["王艳玲"]


def test_a_bar_over_a_text_with_no_title_is_dropped(tmp_path):
    # A mirror's copy of a meeting's news with no title line: the page's lone bar first.
    result, body = import_text(tmp_path, (
        "|\n"
        "10月31日,县长主持召开县政府常务会议。\n"
        "会议审议《县人民政府2022年目标管理绩效考核工作实施方案》,听取县政府办关于建议提案办理工作情况的汇报。\n"
        "会议原则同意县政府办关于2022年人大代表建议、政协提案办理工作情况的汇报。\n"), "a.txt")
    assert front_matter(result)["title"] is None
    assert not body.lstrip().startswith("|")
    assert "10月31日" in body


def test_a_title_in_a_table_rows_cell_is_not_taken_for_a_bar():
    from briefing.importer.parse import RawBlock, SourceLine
    from briefing.importer.titleblock.title import _no_title

    row = RawBlock("text", [SourceLine(1, "两会采访花絮：亲和使对话消除距离（图） | ||||||")])
    text = RawBlock("text", [SourceLine(3, "记者在会场采访了多位代表，代表们谈起家乡的变化。")])
    head = _no_title([row, text], row, [])
    assert head.blocks[0] is row


def test_a_forum_threads_template_round_the_first_post_is_dropped(tmp_path):
    # A local forum's (Discuz) thread: its post button, counters, link and floor buttons,
    # the post's stamp with the reader's switches.
    result, body = import_text(tmp_path, (
        "免费发布\n"
        "查看: 765|回复: 0\n\n"
        "某某区第11期红黑榜发布\n\n"
        "[复制链接]\n"
        "跳转到指定楼层\n"
        "楼主\n"
        "发表于 2024-8-10 16:16:54 | 只看该作者 |只看大图 回帖奖励 |倒序浏览 |阅读模式\n"
        "2024年8月8日,根据区委、区政府部署要求,区城管局、区农业农村局组成专班对全区农村人居环境"
        "整治工作开展了第11期“红黑榜”评比。\n"), "a.txt")
    for furniture in ("免费发布", "查看", "复制链接", "楼主", "只看该作者", "阅读模式"):
        assert furniture not in body, furniture
    assert [r.kind for r in result.repairs].count("forum-template") == 6


def test_two_forum_words_in_a_text_are_no_template(tmp_path):
    _, body = import_text(tmp_path, (
        "楼主\n\n"
        "复制链接\n\n"
        "某某论坛的楼主昨天发了一个帖子,讲的是小区停车难的问题,很多居民都在下面回复,说出了自己的看法。\n"), "a.txt")
    assert "楼主" in body


def test_an_archives_original_url_line_is_the_url(tmp_path):
    result, body = import_text(tmp_path, (
        "县政府其他工作\n\n"
        "Original URL: http://lib.example.cn/bin/mse.exe?K=c54&A=21&rec=18\n\n"
        "【县政府办公室工作】\n"
        "文字综合服务 一是加强调研工作。注重吃透上情,了解外情,把握县情,紧紧围绕全县经济社会发展重点课题开展调研。\n"
        "Source: http://data.example.cn/table1 是本表的数据来源。\n"), "a.txt")
    assert front_matter(result)["url"] == "http://lib.example.cn/bin/mse.exe?K=c54&A=21&rec=18"
    assert "Original URL" not in body

