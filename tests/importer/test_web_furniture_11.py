"""Web-page furniture around the article (issue 11, eleventh round): the conventions a
reader uses to tell a page's own lines from the article's, each with a made-up text of
its shape that fails without the rule."""

from __future__ import annotations

from conftest import import_text


def test_a_run_of_furniture_lines_at_the_foot_ends_the_article(tmp_path):
    # A news page copied whole: after the story its share bar, font bar, comment box and
    # related list. Short lines, no sentence, the same words on every site: from the first
    # of them on nothing is the article's; each dropped line is named in the report.
    result, body = import_text(tmp_path, (
        "# 新区图书馆开馆\n\n"
        "本报讯 新区图书馆今天正式开馆，首批开放阅览座位八百个，藏书二十万册。\n\n"
        "馆长介绍，图书馆每周开放七天，晚上延长到九点，方便上班族借阅图书。\n\n"
        "分享到\n"
        "字体：大 中 小\n\n"
        "我要评论\n\n"
        "已有0人参与\n"
        "请登录：\n\n"
        "相关新闻\n"
        "老城区书店改造完工\n"), "a.txt")
    assert "方便上班族借阅图书。" in body
    for furniture in ("分享到", "字体", "我要评论", "人参与", "登录", "相关新闻", "书店改造"):
        assert furniture not in body
    dropped = [r for r in result.repairs if r.kind == "page-foot"]
    assert [r.before for r in dropped] == [
        "分享到", "字体：大 中 小", "我要评论", "已有0人参与", "请登录：", "相关新闻",
        "老城区书店改造完工"]
    assert dropped[0].review and not any(r.review for r in dropped[1:])


def test_short_closing_lines_above_the_foot_and_a_lone_word_stay(tmp_path):
    # The 落款 above the furniture is the article's; a single word like 「评论」 at the end
    # is no run of a page's foot, and a last line that is a sentence stops the search.
    result, body = import_text(tmp_path, (
        "# 关于开展节能宣传周活动的通知\n\n"
        "各单位要结合实际，认真组织开展节能宣传周活动，并于月底前报送总结材料。\n\n"
        "县节能办公室\n\n"
        "打印本页 关闭窗口\n"
        "分享到：\n"), "b.txt")
    assert "县节能办公室" in body
    assert "打印本页" not in body and "分享到" not in body
    result, body = import_text(tmp_path, (
        "# 读者来信\n\n"
        "这封来信讲了小区门口的路灯坏了半个月，希望有关部门尽快修好。\n\n"
        "评论\n"), "c.txt")
    assert not [r for r in result.repairs if r.kind == "page-foot"]
    result, body = import_text(tmp_path, (
        "# 网友留言选登\n\n"
        "本期选登三条网友留言，内容涉及公交线路、菜市场和学校周边交通。\n\n"
        "相关新闻\n"
        "分享到\n\n"
        "这些留言已转交有关部门办理，办理结果将在下期公布。\n"), "d.txt")
    assert "相关新闻" in body and "办理结果将在下期公布。" in body


def test_a_government_sites_footer_menu_of_site_groups_is_furniture(tmp_path):
    # Under a bulletin the site's footer menu: links to other sites by group, one a line.
    result, body = import_text(tmp_path, (
        "# 2030年3月城区空气质量月报\n\n"
        "3月，城区空气质量优良天数为28天，优良率为90.3%，与上月相比上升3.2个百分点。\n\n"
        "首要污染物为细颗粒物，月均浓度为每立方米35微克，同比下降5.4%。\n\n"
        "国务院部门网站\n"
        "省级政府网站\n"
        "其他网站\n"), "a.txt")
    assert "同比下降5.4%。" in body and "网站" not in body
    assert [r.before for r in result.repairs if r.kind == "page-foot"] == [
        "国务院部门网站", "省级政府网站", "其他网站"]


def test_a_sites_notice_that_it_shows_part_of_the_text_is_told(tmp_path):
    # A content site shows the first part only and says so under it: its notice is no
    # text; dropped as a spot to review (the rest of the text is missing).
    result, body = import_text(tmp_path, (
        "# 在全县防汛工作会议上的讲话\n\n"
        "同志们：今年入汛以来，我县降雨偏多，部分河段水位持续上涨，防汛形势十分严峻。\n\n"
        "（未完，全文共3210字，当前显示512字）\n\n"
        "（请认真阅读下面的提示信息）\n"), "a.txt")
    assert "防汛形势十分严峻。" in body
    assert "全文共" not in body and "提示信息" not in body
    assert any(r.kind == "site-paywall" and r.review for r in result.repairs)
    result, body = import_text(tmp_path, (
        "# 在全县防汛工作会议上的讲话\n\n"
        "同志们：今年入汛以来，我县降雨偏多，部分河段水位持续上涨，防汛形势十分严峻。\n\n"
        "（未完，全文共3210字，当前显示512字）\n"), "b.txt")
    assert "全文共" not in body and "防汛形势十分严峻。" in body


def test_a_news_sites_app_banner_is_furniture(tmp_path):
    # A news page opens with its app's banner: the app's name (and its icon's alt text),
    # the download button under it. A sentence naming an app stays.
    result, body = import_text(tmp_path, (
        "某某新闻APP Icon某某新闻APP\n"
        "下载\n\n"
        "# 夜市经济带动城区消费\n\n"
        "2030/6/1 10:20\n\n"
        "（本报记者王明报道）城区夜市开张一个月，客流超过二十万人次，带动周边消费明显回升。\n\n"
        "不少摊主表示，通过某某生活APP下单的顾客越来越多。\n"), "a.txt")
    assert "Icon" not in body and "下载" not in body
    assert "通过某某生活APP下单的顾客越来越多。" in body
    assert [r.before for r in result.repairs if r.kind == "app-download"] == [
        "某某新闻APP Icon某某新闻APP", "下载"]


def test_a_lone_furniture_line_at_the_foot_is_kept_and_told(tmp_path):
    # One short line at the end naming the site's app (or 「评论」): too little to drop on,
    # it may be the article's own last words — kept, and a spot to review names it.
    result, body = import_text(tmp_path, (
        "# 春运首日客流平稳\n\n"
        "（本报记者李华报道）春运首日，全市各车站发送旅客十二万人次，运行平稳有序。\n\n"
        "某某新闻「掌上看」 app\n"), "a.txt")
    assert "某某新闻「掌上看」 app" in body
    assert [d.before for d in result.doubts if d.kind == "page-foot-doubt"] == [
        "某某新闻「掌上看」 app"]
    result, body = import_text(tmp_path, (
        "# 春运首日客流平稳\n\n"
        "（本报记者李华报道）春运首日，全市各车站发送旅客十二万人次，运行平稳有序。\n\n"
        "记者 李华\n"), "b.txt")
    assert not [d for d in result.doubts if d.kind == "page-foot-doubt"]
