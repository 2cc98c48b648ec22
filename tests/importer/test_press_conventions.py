"""Press, Markdown and raw-PDF shapes (issue 11, seventh round): conventions of the
family, each with a made-up text of its shape that fails without the rule."""

from __future__ import annotations

from conftest import front_matter as front
from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]




def test_the_items_of_a_tight_markdown_ordered_list_are_never_run_in_headings(tmp_path):
    # 「1. 一句。其余…」 on lines one under another: a list's items, however short the first
    # sentence of each (a run-in heading is a numbered paragraph standing alone).
    _, body = import_text(tmp_path, (
        "# 旅行笔记\n\n## 感想\n\n"
        "1. 一定要分工明确。多人同做一事只会平白增加沟通的成本。\n"
        "2. 孩子们都很可爱，也很努力，值得我们尊重。\n"
        "3. 日记不能拖延。拖到后来就只剩流水账了。\n"), "a.md")
    assert "#" not in body.split("## 感想", 1)[1]
    assert "1. 一定要分工明确。多人同做一事只会平白增加沟通的成本。" in paragraphs(body)


def test_an_unnumbered_markdown_heading_holding_no_numbered_one_is_their_sibling(tmp_path):
    # 「### 说明」 stands in an unnumbered part; the numbered 「### 1.1」 headings stand in
    # another: the author's '#' levels are the hierarchy, 「### 1.1」 is not nested below.
    _, body = import_text(tmp_path, (
        "# 年度报告\n\n## 概述\n\n本报告分为三个部分。\n\n### 说明\n\n数据截至年底。\n\n"
        "## 总体情况\n\n总体平稳。\n\n### 1.1 基础数据\n\n略有增长。\n\n"
        "#### 1.1.1 事件趋势\n\n持续上升。\n\n#### 1.1.2 平台比较\n\n差距缩小。\n\n"
        "### 1.2 活跃项目\n\n数量增加。\n"), "a.md")
    assert "\n### 1.1 基础数据\n" in body and "\n### 1.2 活跃项目\n" in body
    assert "\n#### 1.1.1 事件趋势\n" in body and "\n#### 1.1.2 平台比较\n" in body
    assert "\n### 说明\n" in body


def test_a_photo_caption_run_into_the_next_paragraph_is_set_apart_at_its_credit(tmp_path):
    # A copy with one paragraph a line ran each caption into the paragraph under it: the
    # credit 「某某 摄」 closes the caption; 「摄」 inside a sentence splits nothing.
    result, body = import_text(tmp_path, (
        "# 访谈\n"
        "近日，画家王某某就新作接受本社记者专访，谈了他的创作思路和艺术追求。\n"
        "王某某在发布仪式上展示作品原稿。张某 摄以下是访谈实录摘要：\n"
        "记者：请您谈谈这套作品的设计思路，您用了多长时间完成它？\n"
        "王某某：我去年夏天开始构思，用了大约三个月。这组照片是在故宫拍摄的，很有意思。\n"
        "展览现场观众排队参观。李某 王某 摄展览将持续到下个月底，欢迎大家前来参观。\n"
        "谈到这次合作，他笑着说。老友 摄影师张某也来了，两人一起拍了许多照片留念。\n"),
        "a.txt")
    assert "::: figure\n王某某在发布仪式上展示作品原稿。张某 摄\n:::" in body
    assert "以下是访谈实录摘要：" in paragraphs(body)
    assert "::: figure\n展览现场观众排队参观。李某 王某 摄\n:::" in body
    assert any(p.startswith("王某某：我去年夏天") for p in paragraphs(body))
    assert any(r.kind == "run-on-caption" and r.review for r in result.repairs)
    assert any(p.startswith("谈到这次合作") and "摄影师张某也来了" in p for p in paragraphs(body))


def test_a_clippers_quoted_facts_under_the_title_go_to_the_front_matter(tmp_path):
    # A WeChat-to-Markdown clipper quotes the page's facts under the title, its own fields
    # among them: 来源 and 原文链接 are the article's; the fetch date and tags are not.
    result, body = import_text(tmp_path, (
        "# 某某公司发布新一代芯片\n\n> 来源: 某某科技评论\n> 抓取日期: 2026-01-05\n"
        "> 标签: #公众号 #芯片\n> 原文链接: https://mp.weixin.qq.com/s/AbCdEf123\n\n---\n\n"
        "某某公司昨天发布了新一代芯片，性能提升了一倍。\n\n> 业内人士认为，这将改变市场格局。\n"),
        "a.md")
    data = front(result)
    assert data["source"] == "某某科技评论"
    assert data["url"] == "https://mp.weixin.qq.com/s/AbCdEf123"
    assert data["date"] is None
    assert "抓取日期" not in body and "标签" not in body and "来源" not in body
    assert "> 业内人士认为，这将改变市场格局。" in body
    assert sum(r.kind == "clipper-field" for r in result.repairs) == 2


def test_a_nameless_reporters_byline_is_a_byline_never_the_title(tmp_path):
    # A wire story's copy: title, the dateline line, then 「某某社记者」 with its names left
    # out, one paragraph a line. The staff label alone is a byline, not the title.
    result, body = import_text(tmp_path, (
        "特稿：城市更新的三个关键词\n"
        "某某社北京3月2日电题：城市更新的三个关键词\n"
        "某某社记者\n"
        "走进老城区的街巷，新铺的石板路干净整洁，沿街的店铺重新开张，居民们的笑容多了起来。\n"
        "三年来，这座城市改造老旧小区两百多个，惠及居民十万余户，城市面貌焕然一新。\n"),
        "a.txt")
    assert front(result)["title"] == "特稿：城市更新的三个关键词"
    assert "::: byline\n某某社记者\n:::" in body
    # A heading that speaks of reporters names no staff: it stays a heading.
    _, body = import_text(tmp_path, (
        "# 一线故事\n\n她在县融媒体中心工作了二十年。\n\n我是一名记者\n\n"
        "二十年来，她走遍了全县的每一个村庄，写下了三百多篇报道。\n"), "b.txt")
    assert "byline" not in body


# A city paper's feature as its mobile page is copied: the app bar, the head (the title
# and its ——subtitle on one line, the date with the type-size widget), the title again,
# the photo's file name, its caption, the team's byline, the text.
MOBILE_FEATURE = (
    "立即下载\n"
    "某某日报丨走下去，记录山乡的新变化 ——某某日报“新春走基层”活动综述\n"
    "2024-02-20 10:15:00 字号:\n\n"
    "某某日报丨走下去，记录山乡的新变化 ——某某日报“新春走基层”活动综述\n\n"
    "村口.png\n\n"
    "记者在某某县某某镇采访村民 （某某日报全媒体记者 张某 摄）\n\n"
    "某某日报特别报道组 王某 李某\n\n"
    "新春，某某市迎来了一场大雪。记者驱车前往雪峰山下的某某村，记录村庄的新变化。\n\n"
    "这是一场践行“四力”的生动实践，也是一场与时代变化的深情对话。\n")


def test_a_headline_and_its_dash_subtitle_on_one_line_are_title_and_subtitle(tmp_path):
    result, body = import_text(tmp_path, MOBILE_FEATURE, "a.txt")
    data = front(result)
    assert data["title"] == "某某日报丨走下去，记录山乡的新变化"
    assert data["subtitle"] == "某某日报“新春走基层”活动综述"
    assert "活动综述" not in body  # the title repeated below the head goes too


def test_a_date_with_the_pages_type_size_widget_is_the_date(tmp_path):
    result, body = import_text(tmp_path, MOBILE_FEATURE, "a.txt")
    assert str(front(result)["date"]) == "2024-02-20"
    assert "字号" not in body


def test_a_teams_byline_names_its_reporters(tmp_path):
    # 「某某日报特别报道组 王某 李某」: the team's name, then its reporters (the authors).
    result, body = import_text(tmp_path, MOBILE_FEATURE, "a.txt")
    assert front(result)["authors"] == ["王某", "李某"]
    assert "报道组" not in body


def test_a_credited_caption_above_the_byline_is_a_caption_not_a_headline(tmp_path):
    _, body = import_text(tmp_path, MOBILE_FEATURE, "a.txt")
    assert "::: figure\n记者在某某县某某镇采访村民 （某某日报全媒体记者 张某 摄）\n:::" in body


def test_a_photos_file_name_alone_on_a_line_is_dropped(tmp_path):
    result, body = import_text(tmp_path, MOBILE_FEATURE, "a.txt")
    assert ".png" not in body
    assert any(r.kind == "web-furniture" and r.before == "村口.png" for r in result.repairs)


def test_a_photo_caption_opening_a_copy_is_a_caption_never_the_title(tmp_path):
    # A copy without its title opens with a photo's caption (a Traditional page's 攝):
    # the caption stays a caption, and the copy has no title (null in the front matter).
    result, body = import_text(tmp_path, (
        "會場 陳某某 攝\n"
        "【某某商報網訊】3月2日，某市某區第六屆人民代表大會第四次會議開幕，區長作政府工作報告。\n"
        "報告指出，過去一年全區經濟社會發展取得顯著成效，地區生產總值增長百分之七。\n"
        "區長作政府工作報告 陳某某 攝\n"
        "報告從五個方面回顧了過去一年的工作，並提出了今年經濟社會發展的主要預期目標。\n"),
        "a.txt")
    assert "::: figure\n會場 陳某某 攝\n:::" in body
    assert front(result)["title"] is None


def test_an_own_report_dateline_in_square_brackets_names_the_source(tmp_path):
    # 「【某某網訊】」: the site's own report, set in 【】, names the publication.
    result, _ = import_text(tmp_path, (
        "# 區人代會開幕\n\n"
        "【某某商報網訊】3月2日，某市某區第六屆人民代表大會第四次會議開幕。\n\n"
        "報告指出，過去一年全區經濟社會發展取得顯著成效。\n"), "a.txt")
    assert front(result)["source"] == "某某商報網"


def test_a_news_copys_foot_byline_and_credit_fields_go_to_the_front_matter(tmp_path):
    # A paper's story copied by a news site: the reporter line closes the story, the site's
    # 来源/作者/编辑 fields follow it, each alone on a line — the page's facts, not text.
    result, body = import_text(tmp_path, (
        "全市一季度用电量同比增长\n"
        "本报3月5日讯 市发改委今日通报，一季度全市用电量同比增长6.2%。\n"
        "工业用电回升\n"
        "一季度，工业用电量占全社会用电量的六成以上，同比增长7.1%。\n"
        "居民用电量同比增长3.4%，增速较上年同期有所放缓。\n"
        "■记者 张明 实习生 李华\n"
        "来源:某某晚报\n"
        "作者:张明 李华\n"
        "编辑:王强\n"), "a.txt")
    facts = front(result)
    assert facts["authors"] == ["张明", "李华"] and facts["source"] == "某某晚报"
    assert "张明" not in body and "来源" not in body and "作者" not in body
    assert paragraphs(body)[-1] == "居民用电量同比增长3.4%，增速较上年同期有所放缓。"


def test_a_lone_source_line_after_the_body_stays_text(tmp_path):
    # One 「来源：…」 line after the last paragraph may be the text's own: it stays.
    result, body = import_text(tmp_path, (
        "# 全市一季度用电量同比增长\n\n"
        "一季度，全市用电量同比增长6.2%，工业用电回升明显。\n\n"
        "居民用电量同比增长3.4%，增速较上年同期有所放缓。\n\n"
        "来源：市发改委\n"), "a.md")
    assert front(result)["source"] is None and "来源：市发改委" in paragraphs(body)


def test_a_video_players_label_copied_with_a_story_is_dropped(tmp_path):
    # A news page with a video: the player's own label and close button, copied as a line.
    _, body = import_text(tmp_path, (
        "首页 > 正文\n\n某地新春走基层见闻\n\n2023-01-25 09:10 | 来源：某某日报\n\n"
        "Video PlayerClose\n\n"
        "  春节期间，记者来到山区小学，看望坚守岗位的乡村教师。\n\n"
        "  学校今年新添了图书室，孩子们课后可以在这里读书。\n"), "a.txt")
    assert "Player" not in body and "Close" not in body
    assert paragraphs(body)[0] == "春节期间，记者来到山区小学，看望坚守岗位的乡村教师。"


def test_a_bold_label_over_a_gallery_shortcode_is_its_caption_not_a_heading(tmp_path):
    # A Hugo post: a bold label, then the gallery it names, then the next section.
    result, body = import_text(tmp_path, (
        "# 我的一年\n\n## 运动\n\n今年一共骑行了2000公里，比去年多了三成。\n\n"
        "**骑行年度报告**\n\n{{< gallery match=\"images/ride*\" rowHeight=\"250\" >}}\n\n"
        "## 读书\n\n今年读了12本书。\n\n**书单**\n\n《百年孤独》《活着》都值得再读。\n"), "a.md")
    assert "::: figure\n骑行年度报告\n:::" in body and "### 骑行年度报告" not in body
    # a bold line over its own text stays a heading
    assert "### 书单" in body
    assert any(r.kind == "caption" and r.review for r in result.repairs)


def test_a_clipped_wechat_meta_line_with_the_accounts_profile_link_gives_author_and_source(
        tmp_path):
    # A clipper saves WeChat's meta line without the time: 原创, the author, the account
    # as the link that opens its profile card.
    result, body = import_text(tmp_path, (
        "# 新网站如何让搜索引擎尽快收录\n\n原创  老王说站  [ 老王 ](javascript:void\\(0\\);)\n\n"
        "网站做好之后，我们需要让搜索引擎尽快收录我们的网站。\n\n"
        "提交站点地图是最直接的办法，几个小时就能看到效果。\n"), "a.md")
    facts = front(result)
    assert facts["authors"] == ["老王说站"] and facts["source"] == "老王"
    assert "javascript" not in body and "原创" not in body


def test_a_url_the_text_shows_in_its_body_stays_text(tmp_path):
    # An address the text shows under its sentence (in a list item whose bullet stands
    # alone) is the text's own; the article's URL stands in its head.
    result, body = import_text(tmp_path, (
        "# 站长工具入门\n\n网站做好之后，我们需要让搜索引擎尽快收录我们的网站。\n\n"
        "点击入口后就会打开的网址如下：\n\n  * \n\n    \n    \n"
        "    https://search.example.com/console?resource_id=sc-domain:example.com\n\n"
        "如果你已经添加了网站，那么会自动跳转到网站的概述页面。\n"), "a.md")
    assert front(result)["url"] is None
    assert "https://search.example.com/console?resource_id=sc-domain:example.com" in \
        paragraphs(body)
    assert "*" not in paragraphs(body)


def test_a_title_opening_with_the_papers_name_and_a_bar_names_the_source(tmp_path):
    # A paper's app titles its own stories 「某某日报丨…」: the paper is the source, and
    # the title keeps its name.
    result, _ = import_text(tmp_path, (
        "某某日报丨山乡巨变看今朝\n\n2024-03-14 11:47:38\n\n某某日报记者 张明\n\n"
        "新春，记者驱车前往静卧在山下的三里村，看望返乡创业的年轻人。\n\n"
        "村里新修的道路通到了每家每户门口，游客越来越多。\n"), "a.txt")
    facts = front(result)
    assert facts["source"] == "某某日报" and facts["title"] == "某某日报丨山乡巨变看今朝"


def test_a_title_opening_with_a_columns_name_and_a_bar_names_no_source(tmp_path):
    result, _ = import_text(tmp_path, (
        "新春走基层丨山乡巨变看今朝\n\n2024-03-14 11:47:38\n\n"
        "新春，记者驱车前往静卧在山下的三里村，看望返乡创业的年轻人。\n\n"
        "村里新修的道路通到了每家每户门口，游客越来越多。\n"), "a.txt")
    assert front(result)["source"] is None


def test_a_subhead_of_two_phrases_with_a_comma_is_a_heading(tmp_path):
    # A feature's subhead: two short phrases and a comma, alone between paragraphs.
    _, body = import_text(tmp_path, (
        "# 走基层看振兴\n\n春节期间，记者深入乡村一线，记录乡村振兴的新变化。\n\n"
        "讲故事，用真情记录变化\n\n"
        "走进村头，先听到热闹的锣鼓声。村民们正在排练节目，准备迎接新春。\n\n"
        "记者在村里住了三天，和村民同吃同住，写下了一篇篇走心的报道。\n"), "a.md")
    assert "## 讲故事，用真情记录变化" in body


def test_a_subhead_above_the_copys_last_paragraph_cut_mid_sentence_is_a_heading(tmp_path):
    # The stored copy ends inside the paragraph under the subhead: it is body text all
    # the same (long, in clauses), and the short line above it heads it.
    _, body = import_text(tmp_path, (
        "# 一路同行\n\n去年，我的脚步跨越了多个省份，记录下乡村的变化。\n\n"
        "用心书写乡村振兴\n\n"
        "今年，我又走进了山西、广西、江苏、河北等多个省份和\n"), "a.md")
    assert "## 用心书写乡村振兴" in body
