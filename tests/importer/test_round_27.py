"""The twenty-seventh set's round (issue 11): made-up texts of the shapes whose proposals or
blocks went wrong on the twenty-sixth and twenty-seventh sets once they joined tuning.

Key figures: a pollutant's change named with 浓度 after a list of bare pollutant names, a
change against the month before said with its base, a paragraph whose first sentence names
a base that is not the year before, 及 in words, a note's mark, a ranking's field, the halves
of a pair, what a report of an act shows.
A page's frame: a news template's words for screen readers (skip link and menu, skip-link
pairs, an ad slot, the byline as labelled fields, a caption's label), reaction buttons, a
video player's controls, a news page's foot of story lists, a weather widget, type-size
buttons, a video list, a sharing site's card, notice and tab, a members-only mark and a
reveal button, the bars of tables whose cells were lost, a foot's editor and 「更多>>」.
The head: 出版/更新 stamps, a stamp with the publication between slashes or with the page's
channel after it, 「本文作者」 and a team's name, an author introduced after the name, an
agency as author, a breadcrumb, a page label, a 范文 site's title bar and glued year, a
speech's title run onto its slogan and salutation.
The body: a Markdown code block is no page's script, a subhead of two clauses, ▼ captions,
a caption closed by who supplied it, a notice's contact and attachment lines and closing
formula (no captions), a note run into the sections after it, a line opening with a comma
or a percent sign, a 落款 on one line, a table a cell a line with one empty cell.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.figures import rows_in_sentence
from briefing.importer.figures.groups import extract_figures
from briefing.importer.figures.numbers import Passage

SECTION = "二、污染物浓度变化情况"


def figures(*paragraphs: str) -> list[tuple]:
    return [(r.label, str(r.value), r.unit, r.change)
            for g in extract_figures([Passage(p, SECTION, SECTION) for p in paragraphs])
            for r in g.rows]


LEVELS = ("9月，城区环境空气污染物浓度均值：可吸入颗粒物（PM10）35微克/立方米，二氧化硫（SO2）"
          "6微克/立方米，二氧化氮（NO2）18微克/立方米，一氧化碳（CO）0.8毫克/立方米。")


def test_a_pollutants_concentration_change_is_the_change_of_its_bare_named_level():
    found = figures(LEVELS, "与上月相比，可吸入颗粒物（PM10）浓度上升12.5%、二氧化硫浓度（SO2）"
                            "下降25.0%、一氧化碳（CO）浓度持平。")
    assert ("可吸入颗粒物（PM10）", "35", "微克/立方米", "与上月相比，上升12.5%") in found
    assert ("二氧化硫（SO2）", "6", "微克/立方米", "与上月相比，下降25.0%") in found
    # no rate row of its own, whose value a reader would take for a level
    assert not any(label.endswith(("上升", "下降")) for label, *_ in found)


def test_concentration_names_no_total_of_another_measure():
    # an emission total named bare is no concentration: its change is not given to it
    found = figures("全年主要污染物排放量：二氧化硫（SO2）1.2万吨，氮氧化物0.8万吨。",
                    "与上年相比，二氧化硫（SO2）浓度下降5.0%。")
    assert ("二氧化硫（SO2）", "1.2", "万吨", None) in found


def test_a_change_against_the_month_before_is_said_with_its_base():
    # said bare, 「上升12.5%」 would read as against the year before
    found = figures(LEVELS, "与上月相比，可吸入颗粒物（PM10）浓度上升12.5%。")
    changes = [change for *_, change in found if change]
    assert changes == ["与上月相比，上升12.5%"]


def test_a_paragraphs_opening_base_holds_for_its_later_sentences():
    found = figures(LEVELS, "与2023年9月同期相比，优良天数持平，为30天。可吸入颗粒物（PM10）"
                            "浓度上升16.7%、二氧化氮（NO2）浓度上升9.1%。")
    # no 「可吸入颗粒物（PM10）浓度上升 16.7%」 row without its base
    assert not any(value in ("16.7", "9.1") for _, value, *_ in found)
    assert not any(change and ("16.7" in change or "9.1" in change) and
                   not change.startswith("与2023年9月同期相比") for *_, change in found)


def test_a_paragraph_opening_with_the_year_before_goes_on_about_the_levels_before():
    found = figures("全年地区生产总值120亿元，一般公共预算收入8亿元。",
                    "与上年相比，增速均有回升。地区生产总值增长6.5%，一般公共预算收入增长3.2%。")
    assert ("地区生产总值", "120", "亿元", "增长6.5%") in found
    assert ("一般公共预算收入", "8", "亿元", "增长3.2%") in found


def rows(sentence: str) -> list[tuple]:
    return [(r.label, str(r.value), r.unit, r.change) for r in rows_in_sentence(sentence)]


def test_a_ji_that_belongs_to_a_word_stays_in_the_label():
    # 「及时」「波及」 are words; the 及 of a list is still no part of a name
    assert [label for label, *_ in rows("目前有多达7座住宅大楼受到大火波及。")] == \
        ["住宅大楼受到大火波及"]
    assert not any(label.startswith("时") for label, *_ in rows(
        "快速应对蓝藻爆发，及时出动5000人次、打捞蓝藻1600车。"))
    assert rows("全市工业用电量和居民用电量分别为5亿千瓦时及3亿千瓦时。") == [
        ("工业用电量", "5", "亿千瓦时", None), ("居民用电量", "3", "亿千瓦时", None)]


def test_a_notes_mark_after_a_name_is_left_off_the_label():
    assert rows("全年现价人均地区生产总值[2]36935元，比上年增长5.1%。") == [
        ("现价人均地区生产总值", "36935", "元", "比上年增长5.1%")]


def test_the_count_of_the_things_a_ranking_lists_is_no_figure():
    assert rows("2019年2月，9个中心城市由好到差排名依次为：都匀市、兴义市、凯里市、安顺市。") == []
    # a count said without a ranking still is one
    assert rows("全省共有9个中心城市。") == [("中心城市", "9", "个", None)]


def test_the_second_half_of_a_pair_takes_what_the_first_named_before_it():
    assert rows("监测结果表明：4类区昼间达标率为100%，夜间达标率为50%。") == [
        ("4类区昼间达标率", "100", "%", None), ("4类区夜间达标率", "50", "%", None)]
    # each half named whole: nothing added
    assert rows("城镇居民人均可支配收入30000元，农村居民人均可支配收入15000元。") == [
        ("城镇居民人均可支配收入", "30000", "元", None),
        ("农村居民人均可支配收入", "15000", "元", None)]


PAGE = """新闻网, 中文
跳过此内容
主页
国际
中国
财经
主页
国际
Advertisement
某市老城区改造启动：三千户居民将在年内迁入新居
图像来源，Example Photo/Agency via Getty Images
Article Information
Author, 王小明
Role, 本网记者
Author, 李四
Role, 本网记者
2025年3月14日
某市老城区改造工程周一正式启动，涉及三千户居民，预计年内全部迁入新居。
市政府表示，改造资金由市财政和社会资本共同承担，工程分三期进行。
Advertisement
Skip 热读 and continue reading
热读
另一篇新闻的标题：某地发生某事
又一篇新闻的标题：某地的某件事
End of 热读
图像来源，Another Photo/Agency
图像加注文字，改造前的老城区街巷。
居民代表说，大家盼这一天盼了很多年，希望新居早日建成。
"""


def test_a_pages_words_for_screen_readers_are_not_the_articles(tmp_path):
    result, body = import_text(tmp_path, PAGE, "page.txt")
    for furniture in ("跳过此内容", "主页", "国际", "Advertisement", "Skip 热读", "End of 热读",
                      "另一篇新闻的标题", "Article Information", "Author,", "Role,", "图像加注文字"):
        assert furniture not in body, furniture
    facts = front_matter(result)
    assert facts["title"] == "某市老城区改造启动：三千户居民将在年内迁入新居"
    assert facts["authors"] == ["王小明", "李四"]
    assert str(facts["date"]) == "2025-03-14"
    # the article's words all stay, the caption too (without its label)
    for kept in ("某市老城区改造工程周一正式启动", "市政府表示", "改造前的老城区街巷。",
                 "居民代表说"):
        assert kept in body, kept
    # the photo's source line is a caption (a figure without its picture)
    assert "::: figure\n图像来源，Example Photo/Agency via Getty Images\n:::" in body


def test_a_skip_link_below_a_sentence_is_left_alone(tmp_path):
    # a text whose first lines hold a sentence has no page head to drop
    text = ("某市老城区改造启动\n\n本文说明网页的跳过此内容链接。\n\n跳过此内容\n\n"
            "某市老城区改造工程周一正式启动，涉及三千户居民。\n")
    _, body = import_text(tmp_path, text, "a.txt")
    assert "本文说明网页的跳过此内容链接。" in body


PLAYER_PAGE = """某区推出长者乘车优惠　下月起实施
出版：2025-03-14 10:20
更新：2025-03-15 08:05
区政府今日宣布，下月起本区长者乘搭公共交通可享半价优惠，预计惠及两万名长者。
Continue to video
【一分钟看新闻】另一段影片的标题｜新闻
某新闻网
Closed captions
OFF
Playback speed
1x Normal
Quality
Auto
360p
Back
Now Playing
【一分钟看新闻】又一段影片的标题
02:37
区政府表示，优惠所需经费由区财政承担，明年起每年检讨一次。
"""


def test_a_video_players_controls_and_playlist_are_the_pages(tmp_path):
    result, body = import_text(tmp_path, PLAYER_PAGE, "player.txt")
    for furniture in ("Continue to video", "Closed captions", "Playback speed", "1x Normal",
                      "360p", "Now Playing", "另一段影片的标题", "又一段影片的标题", "02:37"):
        assert furniture not in body, furniture
    assert "区政府今日宣布" in body and "区政府表示，优惠所需经费" in body
    assert any(r.kind == "media-player" for r in result.repairs)


def test_a_lone_control_word_is_left_alone(tmp_path):
    # one word a player shows is no player: 「Quality」 alone in an English passage stays
    text = ("质量月活动启动\n\n本次活动的英文主题词是：\n\nQuality\n\n"
            "各单位要结合实际，组织开展形式多样的质量宣传活动。\n")
    _, body = import_text(tmp_path, text, "q.txt")
    assert "Quality" in body


def test_a_pages_update_stamp_under_its_publication_stamp_is_the_pages(tmp_path):
    result, body = import_text(tmp_path, PLAYER_PAGE, "player.txt")
    assert str(front_matter(result)["date"]) == "2025-03-14"
    assert "更新" not in body and "出版" not in body
    assert any(r.kind == "update-stamp" for r in result.repairs)


def test_a_sharing_sites_card_of_bare_values_its_notice_and_tab_are_the_sites(tmp_path):
    text = ("- 2021-04-15 发布 |\n- 37.5 KB |\n- 11页\n"
            "申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。\n"
            "文档介绍\n"
            "某街道2020年工作总结\n"
            "今年以来，某街道紧紧围绕全年目标任务，全力推进各项工作，取得了较好成效。\n")
    result, body = import_text(tmp_path, text, "card.txt")
    for furniture in ("37.5 KB", "11页", "发布 |", "申明敬告", "文档介绍"):
        assert furniture not in body, furniture
    assert front_matter(result)["title"] == "某街道2020年工作总结"
    assert "今年以来" in body


def test_a_tables_heads_of_sizes_are_no_card(tmp_path):
    # 「1M」「2M」「3M」 (one month, two, three) over a table: one kind of value, no card
    from briefing.importer.webframe.head import file_card

    lines = list(enumerate(["市场表现", "1M", "2M", "3M", "相对收益", "5.2", "8.1", "10.3"],
                           start=1))
    assert file_card(lines, []) == lines


NEWS_PAGE = """03/13 週五 彰化縣|12°C - 23°C天氣圖標
某縣推動長者免費健檢
2024-02-22 14:01:00 / 中央社 /
分享:
字級:
  • 大字
  • 中字
  • 小字
(中央社記者王明某縣22日電)某縣今天宣布，65歲以上長者可免費接受年度健康檢查。
縣府表示，健檢項目包括血液、心電圖及胸部X光等，預計有兩萬人受惠。
卡車衝向會堂! 與警駁火 保全傷|某某新聞 20260313 @SomeNews #shorts
颱風假怎麼放? 各縣市今晚公布|某某新聞 20260313 @SomeNews #shorts
"""


def test_a_news_sites_widgets_and_its_stamp_with_the_publication(tmp_path):
    result, body = import_text(tmp_path, NEWS_PAGE, "news.txt")
    for furniture in ("°C", "天氣圖標", "大字", "中字", "小字", "@SomeNews", "颱風假"):
        assert furniture not in body, furniture
    facts = front_matter(result)
    assert str(facts["date"]) == "2024-02-22"
    assert facts["title"] == "某縣推動長者免費健檢"
    assert "2024-02-22 14:01:00" not in body
    assert "縣府表示" in body


def test_a_slashed_stamp_needs_a_publications_name():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("2024-02-22 14:01:00 / 中央社 /") == [
        ("date", "2024-02-22 14:01:00"), ("source", "中央社")]
    assert labelled_facts("2024-02-22 / 会议纪要 /") is None


def test_a_code_blocks_lines_are_never_a_pages_script(tmp_path):
    # 「bind_chars = function(width) {」 reads as a theme's inline script; inside a fenced
    # code block it is the author's code, kept as written (the format has no code blocks:
    # a paragraph a line, and a doubt)
    text = ("# 管道时代\n\n下面是一个函数的写法：\n\n```r\nbind_chars = function(width) {\n"
            "  paste(rep('a', width), collapse = '')\n}\n```\n\n这样写的好处是一目了然。\n")
    result, body = import_text(tmp_path, text, "post.md")
    assert "bind_chars = function(width) {" in body
    assert not any(r.kind == "web-furniture" for r in result.repairs)
    # outside a code block the same line is still a page's script
    text = "# 管道时代\n\n下面是正文的第一段，写得很长很长。\n\nvar theme = function() {\n\n正文的第二段。\n"
    result, body = import_text(tmp_path, text, "page.txt")
    assert "var theme" not in body


STORY_FOOT = """某市老城区改造启动
某市老城区改造工程周一正式启动，涉及三千户居民，预计年内全部迁入新居。
市政府表示，改造资金由市财政和社会资本共同承担，工程分三期进行。
相关主题内容
城市
更多相关内容
另一座城市的旧区改造：居民怎么说
2025年11月28日
旧楼加装电梯的难题
2021年10月14日
头条新闻
某地发生某事，当局回应
4 小时前
热门内容
1
某条热门新闻的标题
2
另一条热门新闻的标题
© 2025 某新闻网。
"""


def test_a_news_pages_foot_of_story_lists_is_the_pages(tmp_path):
    result, body = import_text(tmp_path, STORY_FOOT, "foot.txt")
    for furniture in ("相关主题内容", "更多相关内容", "旧楼加装电梯", "头条新闻", "小时前",
                      "热门新闻", "© 2025"):
        assert furniture not in body, furniture
    assert body.rstrip().endswith("工程分三期进行。")
    assert any(r.kind == "story-lists" for r in result.repairs)


def test_a_list_label_with_no_dated_stories_under_it_is_left_alone(tmp_path):
    # a label and a few lines, no dates: too little to call the page's lists
    text = ("某市老城区改造启动\n\n某市老城区改造工程周一正式启动，涉及三千户居民。\n\n"
            "相关内容\n\n改造分三期进行，第一期年内完成。\n\n头条新闻\n\n居民代表表示欢迎。\n")
    _, body = import_text(tmp_path, text, "t.txt")
    assert "改造分三期进行，第一期年内完成。" in body and "居民代表表示欢迎。" in body


def test_the_bars_of_a_table_whose_cells_the_copy_lost_are_dropped_and_told(tmp_path):
    bars = "|" * 40
    text = (f"某县环境质量月报(2025年1月) | {bars}\n|\n{bars}\n"
            "一、地表水水质。2025年1月份对我县11个断面开展水质监测，结果均达标。\n"
            "某县环境监测站\n")
    result, body = import_text(tmp_path, text, "bars.txt")
    assert "|" not in body and "|" not in (front_matter(result)["title"] or "")
    assert "某县环境质量月报" in body + (front_matter(result)["title"] or "")
    assert sum(r.kind == "empty-table" for r in result.repairs) == 2
    # a table's bar alone between short cells is a table's: not touched by this rule
    from briefing.importer.govpage import _empty_skeletons

    lines = list(enumerate(["项目 | 数值", "|", "PM10 | 35"], start=1))
    assert _empty_skeletons(lines, []) == lines


def test_a_subhead_of_two_clauses_set_apart_by_a_space_is_a_heading():
    from briefing.importer.roles import is_short_heading

    assert is_short_heading("依法追究起火責任　研金屬棚架取代竹棚")
    assert is_short_heading("屋苑近二千伙、容納逾4000人　每幢樓高31層") is False  # three parts
    assert is_short_heading("屋苑近二千伙容納逾4000人　每幢樓高31層")
    # a dateline and its 題, a label's colon: no subhead
    assert not is_short_heading("某某社南京5月2日電 題：三座新橋同日通車")
    # one clause longer than a heading is still no heading
    assert not is_short_heading("这是一个没有标点但是很长很长很长很长很长的句子而已啊啊")


def test_a_caption_marked_for_the_photo_below_it_is_a_caption():
    from briefing.importer.roles import is_caption_text

    assert is_caption_text("▼消防員在火勢受控後進入大廈單位搜查。")
    assert is_caption_text("▲行政長官表示，特區政府將成立三個工作組。")
    # a WeChat pointer is no caption
    assert not is_caption_text("▼点击下方卡片关注我们")


def test_a_byline_naming_the_team_before_its_member():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("本文作者：HelloGitHub-**蔡文心**") == [("authors", "蔡文心")]
    assert labelled_facts("作者：张三") == [("authors", "张三")]
    # a team's name alone names no author (no Han name after it): no byline is read
    assert labelled_facts("作者：HelloGitHub") is None
    # the team is left off only before a member's name: a hyphenated Han name stays whole
    assert labelled_facts("作者：欧阳-修") is None


def test_a_pages_reaction_buttons_and_their_counts_are_the_pages(tmp_path):
    text = ("某区推出长者乘车优惠\n讚好\n42\n24\n0\n"
            "区政府今日宣布，下月起本区长者乘搭公共交通可享半价优惠。\n"
            "区政府表示，优惠所需经费由区财政承担。\n搶先表達\n24\n0\n15\n正在加載\n")
    result, body = import_text(tmp_path, text, "r.txt")
    for furniture in ("讚好", "42", "搶先表達", "正在加載"):
        assert furniture not in body, furniture
    assert "区政府表示" in body
    # a 赞 with one number under it is no bar of buttons
    text = "某村评选先进\n\n赞\n\n1\n\n全村共评出先进个人十名，表彰大会将于下月举行。\n"
    _, body = import_text(tmp_path, text, "s.txt")
    assert "赞" in body


def test_a_signature_on_one_line_at_the_end_is_set_on_two(tmp_path):
    text = ("某县环境质量月报（2025年1月）\n\n"
            "2025年1月份对我县11个地表水控制断面开展水质监测，水质均达标。\n\n"
            "某县环境监测站 2025年2月10日 |\n")
    _, body = import_text(tmp_path, text, "sig.txt")
    assert "::: signature\n某县环境监测站\n2025年2月10日\n:::" in body


def test_what_a_reports_results_show_is_no_part_of_the_act_in_a_label():
    assert rows("对县域内11个断面水质进行监测结果统计显示，I类水断面2个。")[0][:3] == (
        "监测断面水质", "11", "个")


def test_a_notices_contact_and_attachment_lines_are_no_captions_and_stay(tmp_path):
    text = ("关于某某评选拟入选名单的公示\n\n"
            "根据评选办法，经过申报、评审等程序，拟入选名单现予以公示。\n\n"
            "公示时间：从2020年3月11日起至13日止。\n\n"
            "邮政编码:528403  邮箱:zscopyright@126.com\n\n\n"
            "联系人:杨某;联系电话:88318192\n\n\n"
            "中共某市委宣传部\n\n2020年3月11日\n\n\n"
            "附件1\n\n\n"
            "2019年某市“书香镇区”的拟入选名单\n\n"
            "小榄镇、三乡镇、板芙镇、南头镇、东凤镇\n")
    result, body = import_text(tmp_path, text, "n.txt")
    assert "::: figure" not in body
    for kept in ("zscopyright@126.com", "联系人", "附件1", "拟入选名单", "小榄镇、三乡镇"):
        assert kept in body, kept


def test_a_notices_closing_formula_is_no_caption():
    from briefing.importer.roles import document_line

    assert document_line("特此公告。") == "a notice's closing formula"
    assert document_line("特此通知") == "a notice's closing formula"
    assert document_line("特此公告的范围不限于本市。") is None


def test_a_note_run_into_the_sections_after_it_is_no_note():
    from briefing.importer.roles import is_note

    assert is_note("注：GDP增幅按可比价计算。")
    assert not is_note("注：GDP增幅按可比价计算。 一、综合 综合实力显著增强。据初步核算，全年生产总值624.98亿元。")


def test_a_line_opening_with_a_comma_or_a_percent_sign_goes_on_the_line_above(tmp_path):
    text = ("在全县经济工作会议上的讲话\n"
            "过去的一年，面对新冠肺炎疫情的严重冲击\n,\n我们统筹推进疫情防控和经济社会发展。\n"
            "全县生产总值增长35\n%\n,创历史新高。\n"
            "今年要继续抓好各项工作。\n")
    _, body = import_text(tmp_path, text, "s.txt")
    assert "严重冲击，我们统筹推进" in body.replace("\n", "")
    assert "增长35%，创历史新高。" in body
    # an emoji's code opening a line stays a line of its own
    text = "# 项目列表\n\n这是一个项目的介绍文字\n:white_check_mark: 已完成\n"
    _, body = import_text(tmp_path, text, "e.md")
    assert "介绍文字:white" not in body


def test_a_members_only_mark_is_the_sites_and_told(tmp_path):
    text = ("在全县三级干部大会上的讲话\n\n同志们：\n\n今天召开全县三级干部大会，主要任务是总结工作。\n\n"
            "VIP会员可见\n\n同志们，让我们以更加饱满的热情投入工作。\n")
    result, body = import_text(tmp_path, text, "v.txt")
    assert "VIP会员可见" not in body
    assert any(r.kind == "site-hidden-text" and r.review for r in result.repairs)
    text = ("在全县三级干部大会上的讲话\n\n同志们：\n\n今天召开全县三级干部大会，主要任务是总结工作。\n\n"
            "此处隐藏5120个字。VIP会员可见\n\n同志们，让我们以更加饱满的热情投入工作。\n")
    _, body = import_text(tmp_path, text, "w.txt")
    assert "VIP" not in body and "隐藏" not in body


def test_a_table_a_cell_a_line_with_one_empty_cell_is_rebuilt_and_held(tmp_path):
    rows = [("甲市", "23", "74.2"), ("乙市", "22", "71.0"), ("丙市", "21", "67.7"),
            ("丁市", "29", "93.5")]
    cells = "".join(f"{a} |\n{b} |\n{c} |\n" for a, b, c in rows)
    text = ("2015年7月，全省共有4个城市对空气中主要污染物进行了监测，结果如下。\n"
            "全省2015年7月主要城市空气质量监测结果\n"
            "名称 |\n优良天数(天) |\n优良天数比例(%) |\n" + cells + "平均 |\n|\n76.6 |\n"
            "4个城市中，二氧化硫月均浓度均达标。\n")
    _, body = import_text(tmp_path, text, "t.txt")
    assert "| 甲市 | 23 | 74.2 |" in body and "| 平均 |  | 76.6 |" in body
    # the paragraph above stays a paragraph, not a cell
    assert "\n2015年7月，全省共有4个城市对空气中主要污染物进行了监测，结果如下。\n" in body


def test_an_agency_in_the_author_field_is_the_source():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("作者：中国新闻社 时间：2020-01-02") == [
        ("source", "中国新闻社"), ("date", "2020-01-02")]


def test_a_stamp_with_the_pages_channel_and_button_after_it():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("时间:2021-06-11 17:48:05 总结 我要投稿") == [
        ("date", "2021-06-11 17:48:05")]
    # a notice's hour after its date is an event's time: no stamp of the page
    assert labelled_facts("时间：2021-06-11 上午 九时") is None


def test_a_sample_sites_title_repeated_with_its_word_for_a_model_text(tmp_path):
    text = ("镇上半年工作情况总结\n\n时间:2021-06-11 17:48:05 总结 我要投稿\n\n"
            "镇上半年工作情况总结范文\n\n  今年上半年，全镇上下坚持稳中求进，各项工作取得新成效。\n")
    result, body = import_text(tmp_path, text, "s.txt")
    assert front_matter(result)["title"] == "镇上半年工作情况总结"
    assert "范文" not in body and "我要投稿" not in body
    assert str(front_matter(result)["date"]) == "2021-06-11"


def test_a_pages_foot_of_editor_menu_and_more_link_and_its_previous_item(tmp_path):
    text = ("某县召开清洁乡村工作会议\n\n"
            "  会上，总结和表彰了2008年县乡清洁乡村先进单位，部署了今年的工作。\n\n  \n\n"
            "某某新闻网 编辑:张三 李四\n\n部门概况\n\n环境专刊\n\n更多>>\n")
    _, body = import_text(tmp_path, text, "f.txt")
    assert body.rstrip().endswith("部署了今年的工作。")
    text = ("某县政府工作报告摘要\n\n报告指出，2021年是开局之年。\n\n"
            "据统计预测，全县地区生产总值增长12.6%。\n\n上一条:《政府工作报告》摘要(二):十七届\n")
    _, body = import_text(tmp_path, text, "g.txt")
    assert "上一条" not in body


def test_an_author_introduced_after_the_name_gives_the_byline():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("作者： 何某博士，某某科技公司创始人，he@example.com, http://www.example.com") == [
        ("authors", "何某")]
    # two names set apart by a comma are two names
    assert labelled_facts("作者：张三，李四") == [("authors", "张三，李四")]


def test_a_title_line_that_is_the_pages_breadcrumb_gives_its_last_item(tmp_path):
    text = ("首頁>演講稿>公眾演講>在紀念某某周年動員大會上的講話\n\n"
            "同志們：\n\n今天，我們在這裏隆重集會，紀念某某周年。\n")
    result, _ = import_text(tmp_path, text, "b.txt")
    assert front_matter(result)["title"] == "在紀念某某周年動員大會上的講話"
    from briefing.importer.titleblock.title import BREADCRUMB_TITLE

    assert BREADCRUMB_TITLE.match("首页>新闻") is None  # a crumb's short name is no title


def test_a_newspapers_page_label_is_never_a_title():
    from briefing.importer.titleblock.lines import is_page_chrome

    assert is_page_chrome("第1版") and is_page_chrome("第 1 版") and is_page_chrome("A2 要闻")
    assert is_page_chrome("第03版：要闻")
    assert not is_page_chrome("第一版人民币的故事")


def test_a_sample_sites_year_glued_to_the_title_and_its_reveal_button(tmp_path):
    text = ("2022关于某县创森迎检工作督查情况的通报\n\n"
            "各乡镇、县直各部门：\n\n为推进创森工作，县创森办对各单位进行了督查。\n\n"
            "街道、广场等公共 当前隐藏内容免费查看场所未见到创森宣传标牌。\n")
    result, body = import_text(tmp_path, text, "y.txt")
    assert front_matter(result)["title"] == "关于某县创森迎检工作督查情况的通报"
    assert "公共场所未见到" in body and "隐藏" not in body
    from briefing.importer.titleblock.title import GLUED_YEAR

    assert GLUED_YEAR.match("2022年关于某某的通知") is None  # 年 written: the title's own


def test_a_title_in_a_layout_tables_row_with_empty_cells_after_it(tmp_path):
    text = ("某市人民政府办公室关于公布2013年度全市绿化工作考核结果的通知 | |\n"
            "发布日期:2022-12-07 16:27\n信息来源:市政府办公室\n"
            "各县(市、区)人民政府，市政府各部门：经考核，现将结果公布如下。\n")
    result, body = import_text(tmp_path, text, "t.txt")
    assert front_matter(result)["title"] == \
        "某市人民政府办公室关于公布2013年度全市绿化工作考核结果的通知"
    assert "|" not in body
    from briefing.importer.titleblock.lines import is_page_chrome

    assert not is_page_chrome("某市关于某事的通知 | |")
    assert is_page_chrome("网站首页|直播首页|文字实录|图片直播")


def test_a_speechs_title_slogan_and_salutation_run_onto_its_first_line(tmp_path):
    text = ("第四季度县经济工作会议上的讲话 统一思想 振奋精神 合力攻坚 同志们:今天的会议，"
            "是县委、县政府召开的一次重要会议。今年以来，全县上下紧紧围绕既定目标。\n")
    result, body = import_text(tmp_path, text, "s.txt")
    facts = front_matter(result)
    assert facts["title"] == "第四季度县经济工作会议上的讲话"
    assert facts["subtitle"] == "统一思想 振奋精神 合力攻坚"
    assert "今天的会议，是县委、县政府召开的一次重要会议。" in body


def test_a_previews_title_glued_to_the_opening_of_the_text(tmp_path):
    text = "区人民政府年度工作报告材料各位代表。现在，我代表区人民政府，向大会报告工作，请予审议。\n"
    result, body = import_text(tmp_path, text, "r.txt")
    assert front_matter(result)["title"] == "区人民政府年度工作报告材料"
    assert "现在，我代表区人民政府" in body
    text = "县长在经济工作动员会议上的讲话编者按:本文主要从三个方面总结全年的经济工作。\n"
    result, _ = import_text(tmp_path, text, "s.txt")
    assert front_matter(result)["title"] == "县长在经济工作动员会议上的讲话"


def test_a_caption_closed_by_who_supplied_the_picture():
    from briefing.importer.roles import is_caption_text

    assert is_caption_text("大埔宏福苑圖則。（房屋署資料）")
    assert is_caption_text("新建成的大桥。（市交通局提供）")
    assert not is_caption_text("会议审议通过了有关事项（详见附件资料）")


def test_a_facts_line_with_a_bracket_left_open_and_an_unclosed_button():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("【信息来源:【信息时间:2017-09-15 11:19  阅读次数: 】【字号 】【我要打印】【关闭") \
        == [("date", "2017-09-15 11:19")]
    assert labelled_facts("【信息来源：人民网】【信息时间：2017-09-15 11:19】") == [
        ("source", "人民网"), ("date", "2017-09-15 11:19")]


def test_a_facts_line_with_an_empty_counter_and_its_buttons_after_it():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("来源:某某乡 时间:2022年02月14日 18:57 点击率:打印 】【 关闭") == [
        ("source", "某某乡"), ("date", "2022年02月14日 18:57")]


def test_a_stacked_head_with_a_share_widgets_words_a_line_each(tmp_path):
    text = ("新华网 正文\n2018全国两会：我专访了某某某\n2018-06-08 15:38:24 来源： 《中国记者》杂志\n"
            "关注新华网\n微博\nQzone\n评论\n图集\n\n"
            "  2018年全国两会期间，作者任特派北京记者，成功专访到某某某，以此为例谈采访。\n")
    result, _ = import_text(tmp_path, text, "h.txt")
    facts = front_matter(result)
    assert facts["title"] == "2018全国两会：我专访了某某某"
    assert str(facts["date"]) == "2018-06-08"


def test_a_facts_line_opening_with_the_sites_name_and_address():
    from briefing.importer.titleblock.lines import labelled_facts

    assert labelled_facts("央视国际 www.example.com  2006年03月13日 15:04 来源:CCTV.com") == [
        ("date", "2006年03月13日 15:04"), ("source", "CCTV.com")]
