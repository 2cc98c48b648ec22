"""A web page copy's head (issue 11, twelfth round): the site's furniture above the
headline, and the article's facts as the page lays them out — a field's label and its
value on lines of their own, the fields again further down. The conventions a reader uses,
each with a made-up text of its shape that fails without the rule."""

from __future__ import annotations

from conftest import front_matter, import_text


def test_the_sites_greeting_login_bar_and_breadcrumb_above_the_headline_are_furniture(
        tmp_path):
    # A county site's page copied as text: its greeting (ending in 「！」 though it is no
    # sentence), its account bar, its breadcrumb and the headline stand on lines of one
    # block; the facts follow, each label on a line and its value on the next.
    result, body = import_text(tmp_path, (
        "欢迎访问青河县人民政府网站！\n"
        "登录/注册 用户中心 无障碍\n"
        "当前位置：首页>政务动态>部门动态\n"
        "青河县召开秋季森林防火工作部署会\n\n"
        "发布时间：\n\n"
        "2024-10-09 15:20\n\n"
        "信息来源：\n\n"
        "青河县林业局\n\n"
        "分享到：\n\n"
        "10月8日，青河县召开秋季森林防火工作部署会，分析当前防火形势，安排下一阶段工作。\n\n"
        "会议要求，各乡镇要落实巡山护林责任，严管野外用火，确保不发生重大森林火灾。\n"),
        "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "青河县召开秋季森林防火工作部署会"
    assert matter["source"] == "青河县林业局"
    assert str(matter["date"]) == "2024-10-09"
    for furniture in ("欢迎访问", "登录", "当前位置", "发布时间", "信息来源", "分享到",
                      "15:20", "\n青河县林业局"):
        assert furniture not in body
    assert body.lstrip().startswith("10月8日，青河县召开")
    dropped = {r.before for r in result.repairs if r.kind == "page-furniture"}
    assert {"欢迎访问青河县人民政府网站！", "登录/注册 用户中心 无障碍",
            "当前位置：首页>政务动态>部门动态"} <= dropped


def test_the_same_fields_given_again_are_repeats_and_leave_no_value_behind(tmp_path):
    # The page prints its fields twice (over the headline's bar, then over the text): the
    # second date is the same day as the first — a repeat, named in the report, never a
    # line of the body.
    result, body = import_text(tmp_path, (
        "南岸区举办社区运动会\n\n"
        "发布时间：\n\n"
        "2023-06-02\n\n"
        "信息来源：\n\n"
        "南岸区文体中心\n\n"
        "发布时间：\n\n"
        "2023-06-02 09:41\n\n"
        "信息来源：\n\n"
        "南岸区文体中心\n\n"
        "6月1日，南岸区第三届社区运动会开幕，来自二十个社区的六百多名居民参加比赛。\n"),
        "b.txt")
    matter = front_matter(result)
    assert matter["source"] == "南岸区文体中心" and str(matter["date"]) == "2023-06-02"
    assert "2023" not in body and "发布时间" not in body and "文体中心" not in body
    repeats = [r for r in result.repairs if r.kind == "repeated-fact"]
    assert any("09:41" in r.before for r in repeats)


def test_a_facts_line_with_empty_fields_and_a_comment_counter_is_the_pages_head(tmp_path):
    # 「时间：…信息来源： 作者： 点击： 我要评论（） 字号：」: the page's template leaves its
    # fields empty and counts comments in brackets; the date is the only fact. The site's
    # search box, its bar of links set apart by 「|」 and its breadcrumb stand above.
    result, body = import_text(tmp_path, (
        "站内搜索： 搜 索\n"
        "设为首页 | 加入收藏 | 网站地图\n"
        "您现在的位置：首页>水质公报>文章内容\n\n"
        "东湖流域2019年3月份水质月报\n\n"
        "时间：2019年04月18日信息来源： 作者： 点击： 我要评论（） 字号：\n\n"
        "一、总体情况\n\n"
        "本月东湖流域共监测断面四十二个，达到或优于三类水质的断面三十八个，占百分之九十。\n"),
        "c.txt")
    matter = front_matter(result)
    assert matter["title"] == "东湖流域2019年3月份水质月报"
    assert str(matter["date"]) == "2019-04-18"
    for furniture in ("站内搜索", "设为首页", "网站地图", "您现在的位置", "我要评论", "字号"):
        assert furniture not in body


def test_a_greeting_that_names_no_site_is_the_articles_own(tmp_path):
    # 「欢迎来到……」 naming no site (政府, 网, 网站, 平台…) is a headline's words: kept.
    result, body = import_text(tmp_path, (
        "欢迎来到春天的田野！\n\n"
        "作者：李明\n\n"
        "三月的田野里，油菜花开成一片金黄，孩子们在田埂上追逐着蝴蝶，笑声传得很远很远。\n"),
        "d.txt")
    assert front_matter(result)["title"] == "欢迎来到春天的田野！"
    assert not [r for r in result.repairs if r.kind == "page-furniture"]


def test_a_bar_of_links_set_apart_by_bars_and_a_breadcrumb_label_are_furniture(tmp_path):
    # No facts under the headline to show where the page's head ends: the site's bar of
    # links (「|」 or 「/」 between them) and its breadcrumb (「您现在的位置：」, a label of
    # its own kind) are known by their words alone.
    result, body = import_text(tmp_path, (
        "设为首页 | 加入收藏 | 网站地图\n\n"
        "登录/注册/用户中心\n\n"
        "您现在的位置：首页>通知公告>正文\n\n"
        "关于暑期游泳安全的提醒\n\n"
        "暑期将至，请各位家长加强对孩子的安全教育，不要到无人看管的水域游泳。\n"), "e.txt")
    assert front_matter(result)["title"] == "关于暑期游泳安全的提醒"
    for furniture in ("设为首页", "登录", "您现在的位置"):
        assert furniture not in body
    dropped = {r.before for r in result.repairs if r.kind == "page-furniture"}
    assert {"设为首页 | 加入收藏 | 网站地图", "登录/注册/用户中心",
            "您现在的位置：首页>通知公告>正文"} <= dropped


def test_a_media_centres_page_its_two_button_bar_and_the_editor_on_the_facts_line(tmp_path):
    # A county media centre's page: its greeting names the centre, its account bar has two
    # buttons set apart by 「|」, and the facts line names the page's editor after the
    # author — the editor's field is the page's, no byline.
    result, body = import_text(tmp_path, (
        "欢迎来到南溪县融媒体中心！\n"
        "登录 | 注册\n"
        "您的位置：首页 > 南溪新闻\n\n"
        "南溪县举行重点项目集中签约仪式\n\n"
        "来源：南溪县融媒体中心    作者：陈立    编辑：周敏    点击：\n\n"
        "2024-03-15\n\n"
        "3月14日，南溪县重点项目集中签约仪式举行，此次签约项目共十八个，总投资三十二亿元。\n"),
        "f.txt")
    matter = front_matter(result)
    assert matter["title"] == "南溪县举行重点项目集中签约仪式"
    assert matter["source"] == "南溪县融媒体中心" and matter["authors"] == ["陈立"]
    assert str(matter["date"]) == "2024-03-15"
    for furniture in ("欢迎来到", "登录", "您的位置", "编辑", "周敏", "点击"):
        assert furniture not in body
    # No facts under the headline: the greeting and the bar are known by their words.
    result, body = import_text(tmp_path, (
        "欢迎来到北岭区融媒体中心！\n"
        "登录 | 注册\n"
        "您的位置：首页 > 北岭新闻\n\n"
        "北岭区举行重点项目集中签约仪式\n\n"
        "3月14日，北岭区重点项目集中签约仪式举行，此次签约项目共九个，总投资十二亿元。\n"),
        "f2.txt")
    assert front_matter(result)["title"] == "北岭区举行重点项目集中签约仪式"
    assert "欢迎来到" not in body and "登录" not in body
    dropped = {r.before for r in result.repairs if r.kind == "page-furniture"}
    assert {"欢迎来到北岭区融媒体中心！", "登录 | 注册"} <= dropped


def test_the_type_size_switch_an_option_a_line_and_a_lone_share_label_are_furniture(tmp_path):
    # 「字号：」 then 「大」「中」「小」 a line each (the switch copied without its brackets),
    # and 「分享到：」 alone at the foot (its icons not copied): the page's widgets.
    result, body = import_text(tmp_path, (
        "东岭市召开安全生产工作会议\n"
        "信息来源：\n"
        "市应急管理局\n"
        "发布时间：\n"
        "2024-05-11\n"
        "字号：\n"
        "大\n"
        "中\n"
        "小\n"
        "5月10日，东岭市召开安全生产工作会议，通报一季度安全生产形势，部署下一阶段重点工作。\n"
        "会议要求，各地各部门要压紧压实安全生产责任，深入开展隐患排查整治。\n"
        "分享到：\n"), "g.txt")
    matter = front_matter(result)
    assert matter["source"] == "市应急管理局" and str(matter["date"]) == "2024-05-11"
    assert body.lstrip().startswith("5月10日，")
    assert body.rstrip().endswith("深入开展隐患排查整治。")
    named = {r.before for r in result.repairs}
    assert {"字号：", "大", "中", "小"} <= named
    assert any(r.before.startswith("分享到") for r in result.repairs if r.kind == "web-furniture")


def test_a_fields_value_under_its_label_is_no_rival_title(tmp_path):
    # 「信息来源：」 ⏎ 「今日南溪」: the value is one field with its label, however short and
    # title-like; the editor is not asked whether it is the title.
    result, body = import_text(tmp_path, (
        "南溪县开展森林防火宣传\n\n"
        "发布时间：\n\n"
        "2024-11-02 09:30\n\n"
        "信息来源：\n\n"
        "今日南溪\n\n"
        "分享到：\n\n"
        "发布时间：\n\n"
        "2024-11-02 09:30\n\n"
        "信息来源：\n\n"
        "今日南溪\n\n"
        "11月1日，南溪县在各乡镇集市开展森林防火宣传，发放宣传资料两千余份。\n"), "h.txt")
    assert front_matter(result)["title"] == "南溪县开展森林防火宣传"
    assert not [d for d in result.doubts if d.kind == "title-runner-up"]


def test_the_pages_fields_under_the_text_label_and_value_a_line_each_are_its_facts(tmp_path):
    # The page sets its fields under the story (发布时间, 信息来源, its counter), each label
    # on a line and its value on the next: the facts go to the front matter, the counter
    # goes, every line named in the report; nothing of the fields stays in the body.
    result, body = import_text(tmp_path, (
        "西塘镇召开2024年城市管理工作会议\n"
        "5月8日，西塘镇召开2024年城市管理工作会议，总结去年工作，部署今年任务。\n"
        "会议要求，要持续推进背街小巷整治，提升城镇精细化管理水平。\n"
        "发布时间：\n"
        "2024-05-09\n"
        "信息来源：\n"
        "西塘镇城管办\n"
        "浏览次数：\n"
        "218\n"), "i.txt")
    matter = front_matter(result)
    assert matter["source"] == "西塘镇城管办" and str(matter["date"]) == "2024-05-09"
    assert body.rstrip().endswith("提升城镇精细化管理水平。")
    named = {r.before for r in result.repairs}
    assert {"发布时间： ⏎ 2024-05-09", "信息来源： ⏎ 西塘镇城管办", "浏览次数：", "218"} <= named


def test_one_labelled_line_under_the_text_is_no_run_of_the_pages_fields(tmp_path):
    # A single 「来源：」 ⏎ value under the body may be the text's own: kept.
    result, body = import_text(tmp_path, (
        "西塘镇开展消防演练\n"
        "5月8日，西塘镇在镇中心小学开展消防演练，全校师生八百余人参加。\n"
        "来源：\n"
        "西塘镇应急办\n"), "j.txt")
    assert "西塘镇应急办" in body


def test_a_counter_among_the_head_facts_is_named_when_dropped(tmp_path):
    # 「阅读：」 among the facts under the title: the page's counter, dropped and named.
    result, body = import_text(tmp_path, (
        "北湖区召开河长制工作会议\n"
        "日期：\n"
        "2024-06-03\n"
        "来源：\n"
        "区水利局\n"
        "阅读：\n"
        "88\n"
        "6月2日，北湖区召开河长制工作会议，区级河长、各镇街河长办负责人参加会议。\n"), "k.txt")
    assert "阅读" not in body
    assert any(r.kind == "page-counter" and r.before == "阅读：" for r in result.repairs)


def test_a_local_headline_opening_with_its_place_and_a_colon_is_the_title(tmp_path):
    # 「青山县：……」 under the breadcrumb, the date and the 来源 field under it: the county
    # before the colon is the story's place, no label of the page.
    result, body = import_text(tmp_path, (
        "当前位置：首页 > 县区动态\n"
        "青山县：“小网格”撬动“大治理”\n"
        "2024-06-12 09:30\n"
        "来源：\n"
        "青山县委宣传部\n"
        "【字体：大 中 小】\n"
        "【打印】\n"
        "近年来，青山县以网格化管理为抓手，将全县划分为三百二十个网格，配备网格员六百余名。\n"
        "网格员每天走村入户，收集群众诉求，及时化解矛盾纠纷。\n"),
        "l.txt")
    matter = front_matter(result)
    assert matter["title"] == "青山县：“小网格”撬动“大治理”"
    assert matter["source"] == "青山县委宣传部" and str(matter["date"]) == "2024-06-12"
    assert "青山县：" not in body


def test_a_traditional_pages_counter_label_among_its_fields_goes(tmp_path):
    # 「點閱次數：」 ⏎ 「523」 among a Taiwan page's fields: its counter (点阅次数).
    result, body = import_text(tmp_path, (
        "本市推動垃圾減量成效顯著\n"
        "發布單位：\n"
        "環境保護局\n"
        "發布日期：\n"
        "2024-05-11\n"
        "點閱次數：\n"
        "523\n"
        "環保局表示，今年第一季垃圾清運量較去年同期減少百分之五，資源回收率持續提升。\n"),
        "m.txt")
    assert front_matter(result)["source"] == "環境保護局"
    assert "點閱" not in body and "523" not in body


def test_the_greeting_with_its_hello_and_the_pages_clock_are_furniture_never_the_date(
        tmp_path):
    # 「您好，欢迎访问…！」 and 「今天是…星期三」 on the headline's block: the greeting and the
    # page's clock (the day the page was looked at), never the article's date.
    result, body = import_text(tmp_path, (
        "您好，欢迎访问南江区人民政府门户网站！\n"
        "今天是2025年3月4日 星期二\n"
        "南江区召开秋季防火工作会议\n\n"
        "来源：南江区应急管理局\n\n"
        "10月8日，南江区召开秋季森林防火工作会议，分析当前防火形势，安排下一阶段工作。\n"),
        "n.txt")
    matter = front_matter(result)
    assert matter["title"] == "南江区召开秋季防火工作会议"
    assert matter["source"] == "南江区应急管理局" and matter["date"] is None
    assert "欢迎" not in body and "今天是" not in body
    dropped = {r.before for r in result.repairs if r.kind == "page-furniture"}
    assert {"您好，欢迎访问南江区人民政府门户网站！", "今天是2025年3月4日 星期二"} <= dropped


def test_a_facts_line_ending_in_its_bar_keeps_its_date_and_the_comment_widget_goes(tmp_path):
    # 「2025年01月15日08:12 |」: the bar set the next field (来源) apart, and the copy put it
    # on the next lines — the date is still the date, not a breadcrumb's tail. 「参与互动」
    # under the facts is the site's comment widget.
    result, body = import_text(tmp_path, (
        "人民网>>经济·科技>>正文\n"
        "我国新能源汽车产销量连续十年全球第一\n"
        "2025年01月15日08:12 |\n"
        "来源：\n"
        "人民网－人民日报\n"
        "参与互动\n"
        "本报北京1月14日电 记者从中国汽车工业协会获悉，2024年新能源汽车产销量均超过1200万辆。\n"),
        "o.txt")
    matter = front_matter(result)
    assert matter["title"] == "我国新能源汽车产销量连续十年全球第一"
    assert str(matter["date"]) == "2025-01-15" and matter["source"] == "人民网－人民日报"
    assert "参与互动" not in body and "08:12" not in body


def test_a_fields_value_that_is_not_of_its_kind_is_kept_whole_and_told(tmp_path):
    # 「作者：」 ⏎ 「县融媒体中心记者」: the value names no person, so it is no byline; the
    # label is never printed alone — the field stays as one line, and the editor is asked.
    result, body = import_text(tmp_path, (
        "东林县召开2024年春耕生产工作会议\n"
        "作者：\n"
        "县融媒体中心记者\n"
        "来源：\n"
        "东林县融媒体中心\n"
        "3月4日，东林县召开2024年春耕生产工作会议，安排部署全县春耕生产工作。\n"), "p.txt")
    matter = front_matter(result)
    assert matter["authors"] == [] and matter["source"] == "东林县融媒体中心"
    assert "作者：县融媒体中心记者" in body
    assert "## " not in body and "\n作者：\n" not in body
    assert any(d.kind == "field-kept" and "县融媒体中心记者" in d.before for d in result.doubts)


def test_the_same_line_twice_in_a_row_at_the_head_is_the_title(tmp_path):
    # A page copied whole shows its title twice (its title bar, then the headline): that
    # line is the title, not a section head further down that happens to have more under it.
    result, body = import_text(tmp_path, (
        "南湖区人大常委会公报 第十五卷 第2期 会议纪录\n\n"
        "南湖区人大常委会公报 第十五卷 第2期 会议纪录\n\n"
        "审议意见全文\n\n"
        "甲、区政府答复部分\n\n"
        "（一）区政府函送李代表就加强社区养老服务所提建议的书面答复，请查照案。\n\n"
        "区政府函 2023年4月14日南府函字第52号)\n\n"
        "李代表就加强社区养老服务所提建议，经交有关部门研究，现答复如下：\n\n"
        "一、目前全区已建成社区养老服务站三十二个，覆盖率达到百分之八十。\n\n"
        "二、下一步，区民政局将继续加大投入，推动服务站向农村延伸。\n"), "q.txt")
    assert front_matter(result)["title"] == "南湖区人大常委会公报 第十五卷 第2期 会议纪录"
    assert "会议纪录" not in body and "甲、区政府答复部分" in body
    # Under a breadcrumb ending in it, a channel's name twice is no title.
    result, body = import_text(tmp_path, (
        "您的位置：\n"
        "首页\n"
        ">\n"
        "本省要闻\n"
        "本省要闻\n"
        "2026年政府工作报告\n"
        "来源：南方日报\n"
        "2026-02-03 09:02:33\n"
        "——2026年1月28日在省第十四届人民代表大会第四次会议上\n"
        "各位代表：\n"
        "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"), "r.txt")
    assert front_matter(result)["title"] == "2026年政府工作报告"


def test_the_pages_staff_field_over_two_lines_goes_whole(tmp_path):
    # 「责任编辑：」 ⏎ 「张小明」, 「审核：」 ⏎ 「李华」 under the story: the page's staff
    # fields, label and names — neither the names nor a lone label stay in the text.
    result, body = import_text(tmp_path, (
        "北岭县召开2024年安全生产工作会议\n\n"
        "发布时间：\n\n"
        "2024-03-05\n\n"
        "3月4日，北岭县召开2024年安全生产工作会议。副县长王强出席会议并讲话。\n\n"
        "会议要求，各部门要压实责任，确保全年安全生产形势稳定。\n\n"
        "责任编辑：\n\n"
        "张小明\n\n"
        "审核：\n"
        "李华 王芳\n"), "s.txt")
    assert body.rstrip().endswith("确保全年安全生产形势稳定。")
    named = {r.before for r in result.repairs if r.kind == "web-furniture"}
    assert {"责任编辑： ⏎ 张小明", "审核： ⏎ 李华 王芳"} <= named


def test_the_pages_date_field_alone_under_the_text(tmp_path):
    # 「发布日期：」 ⏎ 「2024-05-12」 as the text's last lines: the page's date field, taken
    # when the head gave none; another date than the head's stays as one line, told —
    # never a lone label. A bare 「时间：」 there may be a notice's event: not read.
    result, body = import_text(tmp_path, (
        "西塘镇开展消防演练\n"
        "5月8日，西塘镇在镇中心小学开展消防演练，全校师生八百余人参加。\n"
        "发布日期：\n"
        "2024-05-09\n"), "t.txt")
    assert str(front_matter(result)["date"]) == "2024-05-09" and "发布日期" not in body
    result, body = import_text(tmp_path, (
        "西塘镇开展消防演练\n"
        "发布时间：2024-05-09\n"
        "5月8日，西塘镇在镇中心小学开展消防演练，全校师生八百余人参加。\n"
        "更新日期：\n"
        "2024-05-12\n"), "u.txt")
    assert str(front_matter(result)["date"]) == "2024-05-09"
    assert "更新日期：2024-05-12" in body
    assert any(d.kind == "field-kept" for d in result.doubts)
    result, body = import_text(tmp_path, (
        "关于举办消防知识讲座的通知\n"
        "各村（社区）：\n"
        "为提高群众消防安全意识，镇政府决定举办消防知识讲座，请各单位组织人员参加。\n"
        "时间：\n"
        "2024年5月20日\n"), "v.txt")
    assert "2024年5月20日" in body
    assert not any(r.before.startswith("时间：") for r in result.repairs)


def test_the_head_fields_that_name_no_fact_are_the_pages_or_kept_whole(tmp_path):
    # 「所属栏目：」 ⏎ 「部门动态」 and 「发布者：」 ⏎ 「admin」 are the page's own fields
    # (dropped, named); 「稿件来源：」 names the source; 「责任单位：」 ⏎ 「县应急管理局」 names
    # nothing the front matter holds: kept as one line, told. No value is taken for the
    # title, though a value followed by a fact looks like a title followed by its facts.
    result, body = import_text(tmp_path, (
        "东岭县召开2024年安全生产工作会议\n\n\n"
        "所属栏目：\n\n\n"
        "部门动态\n\n\n"
        "稿件来源：\n\n\n"
        "县应急管理局\n\n\n"
        "发布者：\n\n\n"
        "admin\n\n\n"
        "责任单位：\n\n\n"
        "县安委会办公室\n\n\n"
        "发布时间：\n\n\n"
        "2024-03-05\n\n\n"
        "3月4日，东岭县召开2024年安全生产工作会议。副县长王强出席会议并讲话。\n\n"
        "会议要求，各部门要压实责任，确保全年安全生产形势稳定。\n"), "w.txt")
    matter = front_matter(result)
    assert matter["title"] == "东岭县召开2024年安全生产工作会议"
    assert matter["source"] == "县应急管理局" and str(matter["date"]) == "2024-03-05"
    for gone in ("所属栏目", "部门动态", "发布者", "admin", "稿件来源"):
        assert gone not in body
    assert "责任单位：县安委会办公室" in body
    named = {r.before for r in result.repairs if r.kind == "page-field"}
    assert named == {"所属栏目： ⏎ 部门动态", "发布者： ⏎ admin"}
    assert any(d.kind == "field-kept" and "县安委会办公室" in d.before for d in result.doubts)


def test_a_clause_ending_in_a_colon_in_the_head_is_no_field_label(tmp_path):
    # 「具体安排如下：」 leads into what follows it: no field, nothing joined to it.
    result, body = import_text(tmp_path, (
        "# 关于调整开放时间的通知\n\n"
        "具体安排如下：\n\n"
        "周一闭馆\n\n"
        "周二至周日九时至十七时开放，节假日照常开放，请读者相互转告。\n"), "x.txt")
    assert "具体安排如下：\n" in body and "具体安排如下：周一闭馆" not in body
    assert "周一闭馆" in body
    assert not [d for d in result.doubts if d.kind == "field-kept"]
