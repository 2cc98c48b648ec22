"""A web page copy's head and foot (issue 11, fourteenth round): what a site prints around
every article — its footer run under the text, its buttons with their icons, its media marks
on a headline, its 来源 field naming itself or run into the time stamp, its disclaimer. The
conventions a reader uses, each with a made-up text of its shape that fails without it."""

from __future__ import annotations

import yaml
from conftest import import_text


def front_matter(result) -> dict:
    return yaml.safe_load((result.folder / "article.md").read_text("utf-8").split("---\n")[1])


def spots(result) -> list:
    return [r for r in result.repairs if r.review] + list(result.doubts)


def test_the_short_furniture_lines_over_the_sites_long_copyright_line_are_the_pages_foot(
        tmp_path):
    # FOOTER_IN_RUN: a related-articles label with nothing after it, the comment counter
    # with the editor's field in brackets, then the copyright line (longer than any short
    # furniture line): the page's foot, every line of it.
    result, body = import_text(tmp_path, (
        "东河县召开冬季供暖保障工作会议\n\n"
        "东河网11月2日电 东河县昨日召开冬季供暖保障工作会议，部署今冬供暖各项工作，"
        "要求各单位压实责任，做好值守。\n\n"
        "会议指出，各单位要把供暖责任落实到小区楼栋，确保群众温暖过冬。\n\n"
        "相关阅读：\n"
        "参与互动（3） | 【编辑：王某某】 |\n"
        "Copyright ©2001-2024 donghe-example.com. All Rights Reserved\n"), "a.txt")
    for furniture in ("相关阅读", "参与互动", "王某某", "Copyright"):
        assert furniture not in body
    assert "确保群众温暖过冬。" in body
    foot = [r for r in result.repairs if r.kind == "page-foot"]
    assert len(foot) == 3 and foot[0].review  # named, the first a spot to review


def test_a_hit_counter_and_update_time_over_the_pager_are_the_pages_foot(tmp_path):
    # The counter's line carries a date (the page's update), which would stop the foot's
    # run as a 落款's date does; with a hit counter on it, it is the page's, like the pager
    # and the comment box under it.
    result, body = import_text(tmp_path, (
        "县长在教师节座谈会上的讲话\n\n"
        "同志们：\n\n"
        "金秋时节，我们迎来了第28个教师节。我代表县委、县政府，向全县教师致以节日的问候。\n\n"
        "浏览次数:  更新时间:2015-07-14 22:35:27\n"
        "上一篇:县长在文明县城动员会上的讲话\n"
        "下一篇:在一中评估会上的讲话\n"
        "评论功能已关闭\n"), "a.txt")
    for furniture in ("浏览次数", "更新时间", "上一篇", "评论"):
        assert furniture not in body
    assert [r.before for r in result.repairs if r.kind == "page-foot"][0].startswith("浏览次数")


def test_a_close_button_with_its_icon_is_the_pages_tool_bar(tmp_path):
    # CLOSE_ICON: 「关闭」 alone is too short to be sure of; with its 「×」 it is a button.
    result, body = import_text(tmp_path, (
        "西山镇召开防汛工作部署会\n\n"
        "6月3日，西山镇召开防汛工作部署会，安排汛期值班和隐患排查工作，要求各村做好"
        "转移避险准备。（李某某）\n\n"
        "关闭×\n"), "a.txt")
    assert "关闭" not in body and "×" not in body
    assert any(r.kind == "web-furniture" and r.before == "关闭×" for r in result.repairs)


def test_a_media_mark_closing_the_headline_is_the_sites_not_the_titles(tmp_path):
    # MEDIA_MARK: 「[组图]」「【视频】」 after a headline point at the page's pictures or player.
    for number, mark in enumerate(("[组图]", "【视频】")):
        (tmp_path / str(number)).mkdir()
        result, _ = import_text(tmp_path / str(number), (
            f"南湖乡举行秋季运动会{mark}\n\n"
            "发布时间：2019-10-12 09:30:00\n\n"
            "10月11日，南湖乡第三届秋季运动会在乡中心学校举行，全乡八百余名师生参加了"
            "比赛。\n"), "a.txt")
        assert front_matter(result)["title"] == "南湖乡举行秋季运动会"
        assert any(r.kind == "title-media-mark" and r.review for r in result.repairs)


def test_a_column_label_before_the_headline_stays_in_the_title(tmp_path):
    # Only a media word closing the title goes: 【时政要闻】 before it is the column's.
    result, _ = import_text(tmp_path, (
        "【时政要闻】北岭县召开常务会议\n\n"
        "发布时间：2024-03-12 09:30:00\n\n"
        "3月11日，北岭县政府召开常务会议，研究部署春耕备耕和安全生产工作。\n"), "a.txt")
    assert front_matter(result)["title"] == "【时政要闻】北岭县召开常务会议"


def test_a_source_field_naming_the_site_itself_is_no_source(tmp_path):
    # SELF_SOURCE: 「来源：本站」 points at the page; the field is left out and told.
    result, body = import_text(tmp_path, (
        "东岗乡召开人代会\n\n"
        "发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407\n\n"
        "3月28日，东岗乡第九届人民代表大会第四次会议召开，61名乡人大代表出席了大会。\n"),
        "a.txt")
    matter = front_matter(result)
    assert matter["source"] is None
    assert str(matter["date"]) == "2017-10-26"
    assert "本站" not in body
    assert any(s.kind == "site-self-source" for s in spots(result))


def test_a_source_run_into_its_time_stamp_and_counter_gives_source_and_date(tmp_path):
    # SOURCE_STAMPED and FACTS_ON_BODY: the 来源 box, the time stamp and the read counter
    # run together, and the line run onto the body's block (no blank line under it).
    result, body = import_text(tmp_path, (
        "新闻实录|某省水利厅召开5月新闻发布会\n\n"
        "来源:某省水利2023/05/18 10:08:1245\n"
        "近日,某省水利厅召开5月份新闻发布会,通报4月全省水资源情况。\n"
        "  主持人(省水利厅宣教处处长张某某):各位记者朋友:上午好!欢迎大家参加新闻发布会。"
        "今天的新闻发布会,将通报全省水资源情况,并回答大家关心的问题。\n"
        " \n"
        "  出席今天发布会的有:省水利厅水资源处处长李某某女士。下面,我先通报有关情况。\n"),
        "a.txt")
    matter = front_matter(result)
    assert matter["source"] == "某省水利"
    assert str(matter["date"]) == "2023-05-18"
    assert "来源" not in body and "1245" not in body


def test_a_source_ending_in_digits_of_its_own_is_not_split(tmp_path):
    # The name must end in no digit before the stamp, and the stamp be a whole date.
    from briefing.importer.titleblock import labelled_facts
    assert labelled_facts("来源：某某日报2023年第5期") == [("source", "某某日报2023年第5期")]
    assert ("date", "2023/05/18 10:08:12") in labelled_facts("来源：某省水利2023/05/18 10:08:1245")


def test_a_sites_disclaimer_over_the_text_is_left_out_and_told(tmp_path):
    # SITE_DISCLAIMER: the site says it does not speak for the text: its line, not the text's.
    result, body = import_text(tmp_path, (
        "全镇秋冬季安全生产会议讲话\n\n"
        "时间:2021-06-01 09:00:00\n\n"
        "导语:全镇秋冬季安全生产会议讲话一文来源于网友上传,不代表本站观点,若需要原创文章"
        "可咨询客服老师,欢迎参考。\n\n"
        "全镇秋冬季安全生产会议讲话\n\n"
        "同志们:\n\n"
        "今天召开全镇安全生产工作会议，主要任务是总结上半年工作，部署下半年任务。刚才几位"
        "同志作了发言，讲得都很好。\n"), "a.txt")
    assert "不代表本站观点" not in body and "导语" not in body
    assert any(r.kind == "web-furniture" and r.review and "disclaimer" in r.note
               for r in result.repairs)
    assert "今天召开全镇安全生产工作会议" in body


def test_a_sites_name_run_into_its_time_stamp_and_channel_is_the_heads_facts_line(tmp_path):
    # SITE_STAMPED: unlabelled, the publication's name, the stamp and the page's channel
    # field run together under the title: source and date, the channel the page's.
    result, body = import_text(tmp_path, (
        "首页 > 财经 > 宏观经济 > 统计局答记者问\n\n"
        "统计局答记者问\n\n"
        "某省统计局网站2014年08月12日10:15分类:宏观经济\n\n"
        "记者：请问今年上半年全省经济运行情况如何？谢谢。\n\n"
        "发言人：谢谢你的提问。上半年全省经济运行总体平稳，主要指标好于预期。\n"), "a.txt")
    matter = front_matter(result)
    assert matter["source"] == "某省统计局网站"
    assert str(matter["date"]) == "2014-08-12"
    assert "分类" not in body and "10:15" not in body


def test_a_site_named_as_author_on_its_info_line_is_no_author(tmp_path):
    # SITE_AS_AUTHOR: a reposting site's info line names itself as 作者 and as 来源.
    from briefing.importer.titleblock import labelled_facts
    assert labelled_facts("作者:某某资料网 时间:2022-03-01 10:00:00   浏览:120   来源:某某资料网") \
        == [("date", "2022-03-01 10:00:00"), ("source", "某某资料网")]
    # …and alone on the line, the site is the source, no author.
    assert labelled_facts("作者：某某资料网") == [("source", "某某资料网")]
    assert labelled_facts("作者：张三 来源：某某网") == [("authors", "张三"), ("source", "某某网")]


def test_a_link_field_whose_value_is_a_call_to_click_is_the_pages(tmp_path):
    # LINK_CALL: 「下载地址：点击此处下载」 — the link's words, its address not copied.
    result, body = import_text(tmp_path, (
        "某市人民政府关于印发某市物价管理办法的通知\n\n"
        "作者:某某资料网 时间:2022-03-01 10:00:00   浏览:120   来源:某某资料网\n"
        "下载地址: 点击此处下载\n\n"
        "各县（市、区）人民政府，市人民政府各部门：\n\n"
        "《某市物价管理办法》已经市政府常务会议研究通过，现印发给你们，请遵照执行。\n"),
        "a.txt")
    matter = front_matter(result)
    assert matter["authors"] == [] and matter["source"] == "某某资料网"
    assert "下载" not in body


def test_a_sharing_sites_file_card_and_notice_over_the_document_are_the_sites(tmp_path):
    # FILE_CARD, SHARING_NOTICE, FILE_NAME_LINE: the file's name, its fields a line each,
    # the site's line on its copy — then the document, its 公文 title the title.
    result, body = import_text(tmp_path, (
        "某县政府办公室档案管理办法.docx\n"
        "- 文档编号:1234567\n"
        "- 上传时间:2023-01-05\n"
        "- 格式:DOCX\n"
        "- 页数:4\n"
        "- 大小:18.20KB\n"
        "《某县政府办公室档案管理办法.docx》由会员分享,可在线阅读,更多相关《某县政府办公室档案"
        "管理办法.docx(4页珍藏版)》请在某某文库上搜索。\n"
        "某县人民政府办公室关于印发某县政府办公室档案管理办法的通知\n"
        "各乡镇人民政府,县政府各部门:\n"
        "现将《某县政府办公室档案管理办法》印发给你们,请认真遵照执行。\n"
        "二○一五年三月二日\n"), "a.txt")
    assert front_matter(result)["title"] == \
        "某县人民政府办公室关于印发某县政府办公室档案管理办法的通知"
    for furniture in ("文档编号", "上传时间", "格式", "页数", "大小", "由会员分享", ".docx"):
        assert furniture not in body
    assert any(r.kind == "file-card" and r.review for r in result.repairs)


def test_two_fields_of_a_text_are_no_file_card(tmp_path):
    # A card needs a file's property (格式, 页数, 大小): 「上传时间」 alone among fields is not.
    result, body = import_text(tmp_path, (
        "某村召开村民代表会议\n\n"
        "上传时间：2023-01-05\n"
        "贡献者：张某某\n\n"
        "1月4日，某村召开村民代表会议，讨论通过了村规民约修订稿。\n"), "a.txt")
    assert not any(r.kind == "file-card" for r in result.repairs)


def test_a_download_field_and_a_pagers_previous_button_are_the_pages(tmp_path):
    # DOWNLOAD_FIELD (「下载附件：附件.doc」) and PREVIOUS_NEXT's button alone after the pager's
    # number (「3上一篇」).
    result, body = import_text(tmp_path, (
        "某镇关于做好春耕生产工作的通知\n\n"
        "各村委会：\n\n"
        "为做好今年春耕生产工作，现将有关事项通知如下，请认真贯彻落实。\n\n"
        "某镇人民政府\n"
        "2014年3月1日\n\n"
        "下载附件:附件.doc\n\n"
        "3上一篇\n"), "a.txt")
    assert "下载附件" not in body and "附件.doc" not in body and "上一篇" not in body


GOVERNMENT_PAGE = (
    "某县人民政府\n"
    "首页 >> 公开信息内容\n\n"
    "某县人民政府办公室关于印发某县防汛应急预案的通知\n\n"
    "索引号:11530000/2019-0012 公文目录:应急管理 发文日期:2019年05月12日 主题词: 文  号: "
    "成文日期:\n"
    " \n\n"
    "某政办发〔201912\n\n"
    "各乡镇人民政府,县级有关部门:\n\n"
    "经县人民政府同意,现将《某县防汛应急预案》印发给你们,请认真贯彻执行。\n\n"
    "某县人民政府办公室\n\n"
    "(此件公开发布)\n")


def test_a_document_title_by_its_form_is_the_title_over_a_damaged_document_number(tmp_path):
    # DOCUMENT_TITLE_FORM: the 发文字号 under the title half lost (its year and number run
    # together, 〕 and 号 gone): the 公文 title by its form is still the title.
    result, body = import_text(tmp_path, GOVERNMENT_PAGE, "a.txt")
    assert front_matter(result)["title"] == "某县人民政府办公室关于印发某县防汛应急预案的通知"
    assert "首页" not in body and "索引号" not in body


def test_the_catalogue_lines_issue_date_is_read_among_its_empty_fields(tmp_path):
    # _CATALOGUE_NAMES: 「公文目录：…」 and a letterspaced 「文  号：」 are the catalogue's
    # fields; its 发文日期 is the date (README: the date from 发文日期).
    from briefing.importer.titleblock import labelled_facts
    assert labelled_facts("索引号:11530000/2019-0012 公文目录:应急管理 发文日期:2019年05月12日 "
                          "主题词: 文  号: 成文日期:") == [("date", "2019年05月12日")]


def test_the_sites_name_over_its_breadcrumb_is_its_masthead_no_source(tmp_path):
    # SITE_MASTHEAD: 「某县人民政府」 over 「首页 >> …」 names the website, not the article.
    result, body = import_text(tmp_path, GOVERNMENT_PAGE, "a.txt")
    assert front_matter(result)["source"] is None
    assert not body.lstrip().startswith("某县人民政府\n")
    assert any(r.kind == "site-masthead" and r.review for r in result.repairs)


def test_an_accounts_end_ornament_and_its_list_of_other_posts_close_the_page(tmp_path):
    # ACCOUNT_END: 「····END····」, the 「推荐阅读」 heading and its links (bulleted, run onto
    # one line, some with no text) are the account's frame under the post.
    result, body = import_text(tmp_path, (
        "# 用旧手机搭一个家庭服务器\n\n"
        "家里的旧手机装上系统以后，可以当作一台小服务器使用，耗电也很低。\n\n"
        "具体的步骤写在项目的说明里，照着做一遍就能跑起来。\n\n"
        "··············END··············\n\n"
        "### **推荐阅读**\n"
        "•   [旧电脑改造合集](https://example.com/a)[](https://example.com/b)"
        "•   [两步装好家庭影院](https://example.com/c)\n"), "a.md")
    assert "END" not in body and "推荐阅读" not in body and "旧电脑改造合集" not in body
    assert "照着做一遍就能跑起来。" in body
    assert any(r.kind == "account-promotion" and r.review for r in result.repairs)


def test_a_list_of_links_under_a_recommendation_label_with_no_end_mark_stays(tmp_path):
    # Without the END ornament (or a scan/follow call) the links may be the article's own.
    result, body = import_text(tmp_path, (
        "# 用旧手机搭一个家庭服务器\n\n"
        "家里的旧手机装上系统以后，可以当作一台小服务器使用，耗电也很低。\n\n"
        "### **推荐阅读**\n\n"
        "[两步装好家庭影院](https://example.com/c)\n"), "a.md")
    assert "两步装好家庭影院" in body


def test_the_platforms_reading_length_note_is_no_text(tmp_path):
    # READING_NOTE: 「本文共计 1859 个字」 counts the page.
    result, body = import_text(tmp_path, (
        "# 去汉阳火车站\n\n"
        "本文共计 1859 个字\n\n"
        "这学期每周固定要出去走一走，上周去了汉阳火车站，车站不大，却很有年头。\n"), "a.md")
    assert "1859" not in body and "本文共计" not in body


def test_a_sites_offer_of_its_page_in_another_language_is_furniture(tmp_path):
    # LANGUAGE_PROMPT: the Japanese twin of 「Would you like to go to the English website」.
    result, body = import_text(tmp_path, (
        "こちらのページは繁体字版です。日本語版「台湾ニュース」に移動しますか。\n\n"
        "勞動部專線春節不打烊\n\n"
        "2019/2/1 11:37\n\n"
        "（中央社記者余某某台北1日電）勞動部專線春節期間照常服務，民眾有勞動問題可撥打專線諮詢。\n"),
        "a.txt")
    assert "日本語版" not in body and "こちらの" not in body


def test_a_title_bar_running_the_head_lines_together_is_their_repeat(tmp_path):
    # JOINED_TITLE_BAR: the first line is the head's lines run together (its quotes and
    # brackets in another form), then the text's opening words cut off: the page's excerpt.
    result, body = import_text(tmp_path, (
        '在全镇干部作风建设大会上的讲话抓好"三件事"开创新局面(2020年5月6日) 同志们: '
        "今天召开全镇干部作风建设大会\n"
        "在全镇干部作风建设大会上的讲话\n"
        "抓好“三件事”\n"
        "开创新局面\n"
        "(2020年5月6日)\n"
        "同志们:\n"
        "今天召开全镇干部作风建设大会，主要任务是动员全镇干部转变作风，提振精神。\n"), "a.txt")
    assert "讲话抓好" not in body
    assert any(r.kind == "title-bar" and r.review for r in result.repairs)


def test_a_first_line_repeated_once_below_is_no_title_bar(tmp_path):
    # One line again under it is the title shown twice (TITLE_TWICE), not a bar.
    result, body = import_text(tmp_path, (
        "某镇召开防汛工作会议\n\n"
        "某镇召开防汛工作会议\n\n"
        "6月3日，某镇召开防汛工作会议，安排汛期值班和隐患排查工作。\n"), "a.txt")
    assert not any(r.kind == "title-bar" for r in result.repairs)


def test_an_epapers_issue_line_and_its_section_bar_are_read_as_the_pages(tmp_path):
    # 发行日期 is the issue's date; SUBSCRIPTION_LINKS after it are links; ICON_SECTION_BAR:
    # the sections' names between their icons' words are the page's menu.
    result, body = import_text(tmp_path, (
        "某某部電子報\n"
        "發行日期:2025-11-04 取消訂閱  回某某部首頁\n"
        "news  本部新聞 news\n"
        "news  訊息公告 news\n"
        "news  活動訊息 news\n"
        "  某某部於本(4)日舉辦創新大賽頒獎典禮,共有三十支團隊獲獎,最高獎金新臺幣五十萬元。\n\n"
        "  某某部表示,將持續透過競賽機制,協助產業升級轉型。\n"), "a.txt")
    assert str(front_matter(result)["date"]) == "2025-11-04"
    for furniture in ("news", "本部新聞", "訊息公告", "取消訂閱", "首頁"):
        assert furniture not in body
    assert any(r.kind == "section-bar" and r.review for r in result.repairs)


def test_two_lines_of_a_latin_word_and_a_name_are_no_section_bar(tmp_path):
    # Fewer than ICON_BAR_MIN such lines prove no menu (「AI 助手」 may be the text's).
    result, body = import_text(tmp_path, (
        "# 新工具上线\n\n"
        "AI  助手上线\n"
        "AI  翻译上线\n\n"
        "本周两款新工具上线，欢迎大家试用并提出意见。\n"), "a.md")
    assert not any(r.kind == "section-bar" for r in result.repairs)
