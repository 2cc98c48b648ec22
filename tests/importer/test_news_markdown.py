"""Newspaper copies and Markdown exports (issue 11, sixth round): conventions of the
family, each with a made-up text of its shape that fails without the rule."""

from __future__ import annotations

from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_a_call_to_long_press_a_qr_code_is_furniture_anywhere(tmp_path):
    # A WeChat digest points to another article by its QR code: the code is not printed,
    # so the call (wrapped in bold, in the middle of the text) leads nowhere on paper.
    result, body = import_text(tmp_path, (
        "# 本周推荐\n\n第一篇文章讨论了城市更新中的社区参与问题，值得一读。\n\n"
        "****长按识别下图二维码，阅读原文****\n\n"
        "第二篇文章介绍了县域医共体建设的三点经验。\n"), "a.md")
    assert "二维码" not in body
    assert len(paragraphs(body)) == 2
    assert any(r.kind == "web-furniture" for r in result.repairs)


def test_an_image_written_as_a_data_uri_is_an_image_not_text(tmp_path):
    # A clipper writes a lazy-loaded image's placeholder as a data: URI with spaces and
    # parentheses in it, which Markdown does not read as an image.
    svg = ("data:image/svg+xml,%3Csvg width='1px' viewBox='0 0 1 1'%3E%3Cg "
           "transform='translate(-249.0, -126.0)'%3E%3C/g%3E%3C/svg%3E")
    result, body = import_text(tmp_path, (
        "# 标题\n\n试点工作已在五个街道全面铺开。\n\n"
        f"![图片]({svg})\n\n下一步将总结经验，逐步推广。\n"), "a.md")
    assert paragraphs(body) == ["试点工作已在五个街道全面铺开。", "下一步将总结经验，逐步推广。"]
    assert any(r.kind == "image-dropped" and r.before.startswith("data:image/svg")
               for r in result.repairs)


def test_an_editor_note_set_in_italics_is_an_editor_note(tmp_path):
    _, body = import_text(tmp_path, (
        "# 周刊第十期\n\n*【编者按】本期聚焦乡村教育，三位校长谈各自的办学经验。*\n\n"
        "第一位校长来自山区，她所在的学校只有六名教师。\n"), "a.md")
    assert "::: editor-note\n*【编者按】本期聚焦乡村教育" in body


def test_an_italic_paragraph_under_a_photo_is_its_caption(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n新建的图书馆本月正式开放，首日接待读者两千余人。\n\n"
        "![图片](https://example.com/a.jpg)\n\n*图书馆一层的儿童阅览区。图源：某某图书馆*\n\n"
        "馆方表示，将延长周末开放时间。\n\n*这是一段斜体的正文，不在图片下方。*\n"), "a.md")
    assert "::: figure\n*图书馆一层的儿童阅览区。图源：某某图书馆*\n:::" in body
    assert "\n*这是一段斜体的正文，不在图片下方。*" in body  # no image above: a paragraph
    assert any(r.kind == "caption" and r.review for r in result.repairs)  # a spot


def front(result) -> tuple:
    folder = result.folder
    head = (folder / "article.md").read_text("utf-8").split("---\n")[1]
    import yaml
    data = yaml.safe_load(head)
    return data["title"], data["authors"], data["source"], str(data["date"])


def test_a_wire_dateline_repeating_the_title_after_ti_is_body_not_title(tmp_path):
    # 「某某社某地某月某日电 题：……」 opens the story: the page's own title above is the title.
    result, body = import_text(tmp_path, (
        "三座新桥同日通车：城东交通格局重塑\n\n"
        "新华社南京5月2日电 题：三座新桥同日通车：城东交通格局重塑\n\n"
        "新华社记者 张三\n\n"
        "五一假期首日，城东三座新建大桥同时通车，市民可经新桥直达高铁站。\n"), "a.txt")
    assert front(result)[0] == "三座新桥同日通车：城东交通格局重塑"
    assert "新华社南京5月2日电 题：三座新桥同日通车" in body


def test_a_page_fact_line_with_wenzhang_laiyuan_and_its_editor(tmp_path):
    # 「文章来源：… 发布时间：… 作者：… 责任编辑：…」 under a page's title: source, date and
    # author are facts; the editor is furniture.
    result, body = import_text(tmp_path, (
        "当前位置： 正文\n\n三座新桥同日通车\n\n"
        "文章来源：某某新闻网 发布时间：2024-05-02 10:20:31 作者：张三 责任编辑：李四\n\n"
        "五一假期首日，城东三座新建大桥同时通车，市民可经新桥直达高铁站。\n"), "a.txt")
    assert front(result) == ("三座新桥同日通车", ["张三"], "某某新闻网", "2024-05-02")
    assert "李四" not in body and "当前位置" not in body


def test_an_e_paper_pages_app_widget_names_its_publication(tmp_path):
    # An e-paper page prints its own app's widget above the story; the wire story it
    # carries is the paper's page, so the paper is the source.
    result, _ = import_text(tmp_path, (
        "第03版：要闻\n\n某某晚报客户端\n\n随时随地 看某某\n\n"
        "全省春耕生产全面展开\n\n"
        "新华社合肥3月20日电 连日来，全省各地抢抓农时，春耕生产全面展开。\n\n"
        "在某某县的育秧工厂里，工人们正忙着播种育苗。\n"), "a.txt")
    title, _, source, _ = front(result)
    assert (title, source) == ("全省春耕生产全面展开", "某某晚报")


def test_a_byline_ending_in_the_pages_editor_names_only_the_reporters(tmp_path):
    # 「某经记者 张三 某经编辑 李四」: the editor after the reporters is furniture.
    result, body = import_text(tmp_path, (
        "日期：[2023年06月08日] -- 某某商报 -- 版次：[05]\n\n"
        "老街改造后的第一个夏天\n\n某报记者 张三 王五 某报编辑 李四\n\n"
        "六月初，改造后的老街迎来第一批夏季游客，沿街商铺大多恢复营业。\n\n"
        "一位经营了二十年茶馆的店主说，客流比改造前多了一倍。\n"), "a.txt")
    assert front(result) == ("老街改造后的第一个夏天", ["张三", "王五"], "某某商报", "2023-06-08")
    assert "李四" not in body and "版次" not in body


def test_a_headline_may_end_in_an_exclamation_or_question_mark(tmp_path):
    result, body = import_text(tmp_path, (
        "日期：[2023年06月08日] -- 某某商报 -- 版次：[05]\n\n"
        "老街的茶馆还能开多久？\n\n本报记者 张三\n\n"
        "六月初，改造后的老街迎来第一批夏季游客，沿街商铺大多恢复营业。\n\n"
        "一位经营了二十年茶馆的店主说：“客流比改造前多了一倍！”\n"), "a.txt")
    assert front(result)[:2] == ("老街的茶馆还能开多久？", ["张三"])
    assert body.lstrip().startswith("六月初")


def test_a_traditional_character_page_is_read_by_the_same_marker_words(tmp_path):
    # A mirror serving a story in Traditional characters: 文章來源/發布時間/作者 are the
    # facts, 某某社記者 the byline, 攝 a photo's credit — the text keeps its characters.
    result, body = import_text(tmp_path, (
        "當前位置: 正文\n\n三座新橋同日通車\n\n"
        "文章來源:某某新聞網 發布時間:2024-05-02 10:20:31 作者:張三 責任編輯:李四\n\n"
        "某某社南京5月2日電 題:三座新橋同日通車\n\n某某社記者 張三\n\n"
        "五一假期首日,城東三座新建大橋同時通車,市民可經新橋直達高鐵站。\n\n"
        "5月1日,市民在新橋上騎行。 某某社記者 王五 攝\n\n"
        "據介紹,三座大橋總長約五公里。\n"), "a.txt")
    assert front(result) == ("三座新橋同日通車", ["張三"], "某某新聞網", "2024-05-02")
    assert "::: figure\n5月1日，市民在新橋上騎行。 某某社記者 王五 攝\n:::" in body
    assert "當前位置" not in body and "李四" not in body
    assert body.lstrip().startswith("某某社南京5月2日電")


def test_a_tag_cut_off_at_a_lines_end_is_dropped_with_a_doubt(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n试点工作已在五个街道全面铺开。 <a target='_blank' href='http://a.cn/'>"
        "<img  src=\n\n当 a <b 时，条件成立。\n"), "a.txt")
    assert paragraphs(body) == ["试点工作已在五个街道全面铺开。", "当 a &lt;b 时，条件成立。"]
    assert any(d.kind == "html-broken" for d in result.doubts)


def test_a_photos_alt_text_printed_above_its_caption_is_dropped(tmp_path):
    # The saved page prints the image's alt text, then the caption repeating it with the
    # photographer's credit.
    result, body = import_text(tmp_path, (
        "# 标题\n\n五一假期首日，城东三座新建大桥同时通车。\n\n"
        "5月1日，市民在新建的大桥上骑行。\n\n"
        "5月1日，市民在新建的大桥上骑行。 本报记者 王五 摄\n\n"
        "据介绍，三座大桥总长约五公里。\n"), "a.txt")
    assert paragraphs(body) == [
        "五一假期首日，城东三座新建大桥同时通车。",
        "::: figure\n5月1日，市民在新建的大桥上骑行。 本报记者 王五 摄\n:::",
        "据介绍，三座大桥总长约五公里。"]
    assert any(r.kind == "alt-text" and r.review for r in result.repairs)


def test_a_line_opening_with_one_space_after_a_latin_word_continues_it(tmp_path):
    # An exporter wraps at the space between two Latin words, inside a link too.
    result, body = import_text(tmp_path, (
        "# 标题\n\n"
        "## [Visual\n Studio](https://example.com/vs)\n\n"
        "这款编辑器对于Mobile\n Web开发者来说，[提供了完整的Type\n Script](https://example.com/ts)支持。\n"),
        "a.md")
    assert paragraphs(body) == [
        "## Visual Studio", "这款编辑器对于Mobile Web开发者来说，提供了完整的Type Script支持。"]
    assert any(r.kind == "latin-wrap" for r in result.repairs)


def test_long_lines_that_each_end_a_sentence_are_paragraphs_not_a_hard_wrap(tmp_path):
    # An export with no blank lines: each line a paragraph, the long ones all ending in 。
    long_one = "这一版本的性能并不稳定，特别是在响应触摸事件的时候，动画常有延迟。" * 3
    result, body = import_text(tmp_path, (
        "# 标题\n\n" + long_one + "\n"
        "它的相关文档资料很零散，但是近来有所改进。\n想获得它只需遵守开源许可。\n"), "a.md")
    assert len(paragraphs(body)) == 3


def test_a_blog_platforms_title_and_meta_line(tmp_path):
    # 「标题 - 博客名 - CSDN博客」 and the post's meta line (time, poster, read counter).
    result, body = import_text(tmp_path, (
        "# 三种前端构建工具的比较 - 某某科技网 - CSDN博客\n\n"
        "2015年03月02日 09:15:20[mouren](https://example.com/mouren)阅读数：2048\n\n"
        "本文比较三种常用的前端构建工具，看看它们各自的长处。\n"), "a.md")
    assert front(result) == ("三种前端构建工具的比较", ["mouren"], "某某科技网", "2015-03-02")
    assert "阅读数" not in body


def test_a_line_wholly_in_bold_italics_is_a_bold_heading(tmp_path):
    _, body = import_text(tmp_path, (
        "# 周刊\n\n***本期特别推荐***\n\n第一篇文章讨论了城市更新中的社区参与问题。\n\n"
        "## ***附：往期目录***\n\n第九期、第八期。\n"), "a.md")
    assert "## 本期特别推荐" in body and "## 附：往期目录" in body


def test_a_dash_subhead_between_paragraphs_is_a_heading(tmp_path):
    _, body = import_text(tmp_path, (
        "# 标题\n\n今年全国两会期间，六位部长先后亮相“部长通道”。\n\n"
        "——回应民生关切\n\n部长们在答问中多次谈到就业和教育。\n\n"
        "表格填报完毕。\n\n——以下空白\n\n附注：本表由办公室填报。\n"), "a.txt")
    assert "## ——回应民生关切" in body
    assert "\n——以下空白\n" in body


def test_a_translations_credits_naming_its_original_are_notes(tmp_path):
    _, body = import_text(tmp_path, (
        "# 标题\n\n作者比较了三种框架，最终选择了第三种。\n\n"
        "VIA：[someblog](https://example.com/p=1)\n\n译文出处：某某网《三种框架的比较》\n"), "a.md")
    assert "::: note\nVIA：someblog\n:::" in body
    assert "::: note\n译文出处：某某网《三种框架的比较》\n:::" in body


def test_a_title_cards_tag_lines_above_the_repeated_title_go_with_it(tmp_path):
    # A clipped WeChat page: the meta line, the account's banner lines, then the card's
    # short title; the meta line's facts stay facts.
    result, body = import_text(tmp_path, (
        "---\ntitle: \"城市更新怎么做？三个案例看懂（附资料）\"\n---\n"
        "张三 某某城市观察 *2025年3月2日 10:00*\n\n"
        "CITY NOTES / 城市笔记\n\n给关心城市的人看的观察记录\n\n城市更新怎么做？三个案例看懂\n\n"
        "本文介绍三个城市更新案例，它们各有侧重。\n"), "a.md")
    assert front(result)[1:] == (["张三"], "某某城市观察", "2025-03-02")
    assert paragraphs(body) == ["本文介绍三个城市更新案例，它们各有侧重。"]


def test_traditional_roles_editor_note_salutation_note_and_editor_field(tmp_path):
    _, body = import_text(tmp_path, (
        "# 標題\n\n編者按：本期刊發一篇講話，供參考。\n\n同志們：\n\n"
        "今天召開會議，主要任務是總結去年工作。\n\n註：本文根據錄音整理。\n\n責任編輯：李四\n"),
        "a.txt")
    assert "::: editor-note\n編者按：本期刊發一篇講話，供參考。\n:::" in body
    assert "::: salutation\n同志們：\n:::" in body
    assert "::: note\n註：本文根據錄音整理。\n:::" in body
    assert "李四" not in body


def test_a_traditional_sidebar_keeps_its_title_as_written(tmp_path):
    _, body = import_text(tmp_path, (
        "# 標題\n\n今年兩會期間，六位部長先後亮相。\n\n記者手記\n\n"
        "採訪結束時，已是深夜。\n"), "a.txt")
    assert "::: sidebar 記者手記" in body


def test_a_paragraph_under_a_photo_ending_in_its_credit_is_its_caption(tmp_path):
    _, body = import_text(tmp_path, (
        "# 周刊\n\n## 封面图\n\n![](https://example.com/cover.webp)\n\n"
        "某市新建的图书馆，外形像一本打开的书。（[via](https://example.com/p)）\n\n"
        "## 本周话题\n\n这一段讨论城市更新，结尾也注明出处。（[via](https://example.com/q)）\n"),
        "a.md")
    assert "::: figure\n某市新建的图书馆，外形像一本打开的书。（via）\n:::" in body
    assert "\n这一段讨论城市更新，结尾也注明出处。（via）" in body  # no image above


def test_a_later_csdn_export_head_gives_its_facts_and_drops_its_frame(tmp_path):
    result, body = import_text(tmp_path, (
        "# 三种排序算法的比较_李四的技术笔记-CSDN博客\n\n"
        "最新推荐文章于 2022-03-01 08:00:00 发布\n\n李四 于 2021-11-02 20:05:11 发布\n\n"
        "阅读量987 收藏 4\n\n"
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。\n\n"
        "本文链接：https://blog.csdn.net/lisi/article/details/1212\n\n"
        "本文比较冒泡、快速和归并三种排序算法的性能。\n"), "a.md")
    assert front(result) == ("三种排序算法的比较", ["李四"], "李四的技术笔记", "2021-11-02")
    assert paragraphs(body) == ["本文比较冒泡、快速和归并三种排序算法的性能。"]


def test_a_news_sites_share_widget_under_the_story_is_furniture(tmp_path):
    _, body = import_text(tmp_path, (
        "# 标题\n\n本报北京5月19日电　今年以来，多地出台措施稳就业。\n\n"
        "专家表示，稳就业需要多方协同发力。\n\n分享让更多人看到\n"), "a.txt")
    assert "分享" not in body


def test_a_short_line_under_an_image_is_its_caption(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n某县把乡镇卫生院全部纳入医共体。\n\n![](https://example.com/a.png)\n\n"
        "某县医共体总院外景\n\n各成员单位的检查结果互认。\n\n![](https://example.com/b.png)\n\n"
        "下图为两县门诊量对比\n\n![](https://example.com/c.png)\n\n"
        "- 在设置中，打开互认开关\n\n患者不用重复检查。\n"), "a.md")
    assert "::: figure\n某县医共体总院外景\n:::" in body
    assert "\n下图为两县门诊量对比\n" in body  # introduces the next picture
    assert "\n在设置中，打开互认开关\n" in body  # a list item is no caption
    assert body.count("::: figure") == 1


def test_a_pages_bracketed_button_alone_on_its_line_is_furniture(tmp_path):
    _, body = import_text(tmp_path, (
        "# 标题\n\n报告提出，国内生产总值增长5%左右。\n\n【纠错】\n【责任编辑：王五】\n"), "a.txt")
    assert "纠错" not in body and "王五" not in body


def test_obsidian_markdown_never_reaches_the_page(tmp_path):
    result, body = import_text(tmp_path, (
        "# 读书笔记\n\n> [!note] 摘要\n> 本书讨论三条路径。\n\n"
        "这是==重点==内容，详见[[乡村振兴|振兴]]与[[产业]]两节。%%待补充%%\n\n"
        "![[封面.png]]\n\n第二段讲产业振兴。\n"), "a.md")
    assert "> 摘要\n> 本书讨论三条路径。" in body
    assert "这是重点内容，详见振兴与产业两节。" in body
    assert not any(mark in body for mark in ("[[", "]]", "==", "%%", "[!"))
    assert any(r.kind == "obsidian-markup" for r in result.repairs)


def test_a_headline_stack_set_without_blank_lines_gives_title_and_subtitle(tmp_path):
    # An e-paper copy: the issue line, then 引题 / 主题 / ——副题 on consecutive lines.
    result, body = import_text(tmp_path, (
        "某某日报 2023年04月06日 第05版\n\n"
        "　　春耕时节访农家\n　　山村里的新农具\n　　——来自某县的调查\n\n"
        "　　本报记者　张三\n\n"
        "　　清晨，某县的田野上，几台新式插秧机正在作业。\n\n"
        "　　村民说，今年的春耕比往年轻松多了。\n"), "a.txt")
    title, authors, source, date = front(result)
    assert (title, authors, source, date) == ("山村里的新农具", ["张三"], "某某日报", "2023-04-06")
    head = (result.folder / "article.md").read_text("utf-8").split("---\n")[1]
    assert "subtitle: 来自某县的调查" in head
    assert "春耕时节访农家" in body  # the kicker is kept (a doubt), never lost


def test_a_long_dash_line_in_the_body_is_no_subhead(tmp_path):
    _, body = import_text(tmp_path, (
        "# 标题\n\n今年全国两会期间，六位部长先后亮相“部长通道”。\n\n"
        "——在二〇二四年全市教育工作会议上的讲话\n\n部长们在答问中多次谈到就业和教育。\n"), "a.txt")
    assert "\n——在二〇二四年全市教育工作会议上的讲话\n" in body and "## ——" not in body


def test_an_own_report_dateline_names_the_publication_a_wire_dispatch_its_agency(tmp_path):
    # (Twelfth round: the corpus golds of wire copies with no 来源 line name the agency —
    # 中新社, 新华社, 中央社 — as the source; endmark.AGENCY_DATELINE.)
    result, _ = import_text(tmp_path, (
        "某公司拟减持股份\n\n"
        "某某财经网上海3月2日讯 某公司昨日晚间发布公告称，股东拟减持股份。\n\n"
        "公告显示，本次减持不超过总股本的1%。\n"), "a.txt")
    assert front(result)[2] == "某某财经网"
    (tmp_path / "b").mkdir()
    result, _ = import_text(tmp_path / "b", (
        "某公司拟减持股份\n\n"
        "新华社上海3月2日电 某公司昨日晚间发布公告称，股东拟减持股份。\n\n"
        "公告显示，本次减持不超过总股本的1%。\n"), "a.txt")
    assert front(result)[2] == "新华社"
