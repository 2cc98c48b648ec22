"""The thirty-fourth round (issue 11): made-up texts of the shapes that went wrong on the
tuning texts at the thirty-fifth stop's start.

A government page that flattened a whole notice onto one line (its paragraphs a single
space apart) under its title and its 发布日期/信息来源/浏览次数 lines — a sixth of the page's
characters off that line — is read back into paragraphs as the one-line rule reads a page
without them; the page's empty fields after the 落款 (「作者: 信息来源:」) are dropped and
said so.

A WeChat archive kept as Jekyll posts: front matter written by a Python 2 exporter
(「title: !!python/unicode '…'」, its account as channel_name, the time as createtime) is read,
not printed as text; its HTML printed pretty — an inline element's tags each on a line of
their own around its words (「<span>」 ⏎ 「<strong>」 ⏎ 「信封号的生产过程」 ⏎ 「</strong>」 ⏎
「</span>」) — is joined back, so no bold mark stands alone and a bold subhead is a heading.

A story closing with its reporter's name alone in brackets after its last sentence
(「…快0.7个百分点。（申智林）」), or on a line of its own, is signed by it: the name goes to the
authors — a common surname, two or three characters; 「（完）」「（待续）」 stay.

A Taiwanese paper's dateline, the reporters then where they report from, opening the story in
brackets (「〔記者蘇福男/梓官報導〕尼伯特強颱登陸前夕，…」) names the authors and stays in the
text; 「相關影音」 over the video the copy did not keep is the page's.

A table copied a cell a paragraph under its caption, numbered by 序号, its header's units in
brackets on lines of their own (「月取水量」 ⏎ 「（万吨）」) and closing with an unnumbered total
one cell short (「合计」 ⏎ 「9377.3」 …): each row runs from number to number, the units go into
the header cells above them, the total's label spans two columns (<); held for review. A
信息公开 catalogue's 效力状态 (時效性) field is the page's, as its 有效性 is. A half-width comma
after a percentage before a class in Roman numerals (「Ⅳ类断面占5.5%,Ⅴ类断面占0.4%」) is a
Chinese clause's, made full width.

A photo beside the article with its caption on the line under it (「![f1](f1.png)」 ⏎ 「烤鱼」):
the caption was printed twice — in the figure, and as the heading the short line had been
guessed to be. A guessed heading that is an image's caption is that caption, once.

A wire dispatch whose dateline gives the day in Chinese numerals (「中新社北京六月十二日電」, an
older copy's) names its agency as the source, as one in digits does.

A bare 来源 line closing the text (「來源:浙江日報」 under a 新华社 dispatch a site reposted from
the paper) names the publication it was taken from: the source, over the dispatch's agency.

Lines a Markdown text ends with <br/> inside a paragraph (a memorial post's verse-like lines)
are one paragraph with its line breaks, not a paragraph each.

A dateline naming its reporters alone in its brackets (「中新社石家莊4月22日電 (趙丹媚 陳林)」)
names the authors; a closing 「資料來源: 經濟日報」 names the publication as 来源 does; 「圖資
來源:經濟部」 (a chart's source) is a note.

A line of small print right under an image (「<img …><div><small>…</small></div>」, a news
site's export) is the photo's caption; a date written in ISO 8601 with its time
(「2020-10-09T06:11:18.366Z」) is a date.

A site's stamp with the year's last two digits before labelled fields (「19-03-15 08:43 来源:中国
甘肃网-甘肃日报 编辑:杨亚楠」) is the date; a rights notice closing the page (「版权声明:凡注有稿件来源
为“」, cut short) is the page's foot on its own.

A table copied with '|' whose groups' other rows end in an empty cell set off by spaced bars
(「2.居民消费价格涨幅(CPI) | % | 2.7 | |」) is read as groups, as one ended by bare bars is:
the group's name spans its rows (^); held.

中央社's stamp with its update in brackets (「2018/2/8 11:05(2/8 20:36 更新)」) is the date; a
WeChat mirror's 「共 9926字,需浏览 20分钟」 is the platform's reading note.

A statistics communiqué exported from Word as HTML: its issuers set in a one-column table
under the title are lines of text (the source), not a table, and the title over them is the
title; a table's spacer columns (cells no row writes a word in, under a header cell spanning
them) are dropped, so its figures stand in the columns their header names.

A news site's video teasers under the story (「視頻」 ⏎ 「更 多」 ⏎ headlines, some ending 「！」)
are its related list, dropped — no key figure is read from them.

Hugo's TOML front matter (「+++」 ⏎ 「title = "大美青海"」 ⏎ 「date = 2024-06-30T09:28:00+08:00」 …
「+++」) is read as YAML's is, never printed.

A site generator's component closing itself with its attributes (VuePress's 「<ImageGallery
dir="/images/day1/" />」) is dropped as a generator's tag is; a program's name in the text
(「List<String>」) stays text.

A paper's own report naming itself in the reporter's credit (「本报讯(西海新闻记者 吴予琴)」)
gives the source, as 「中国经济网北京6月12日讯」 does.

A Hugo theme's image shortcode with a caption (「{{< image src=… caption="午饭" >}}」, LoveIt/
DoIt) prints its caption under the picture, its own Markdown read (a link's words): it was
dropped whole with the shortcode, the caption lost untold.

WordPress's caption shortcode as an exporter leaves it (「\\[caption id=… width=…\\]![游戏截图](…)
游戏截图\\[/caption\\]」, escaped or not) is the picture and its caption, never printed as
markup.

A site's header date with its weekday on the page's first line (「2023年03月29日 星期三」, the
day the page was saved) is dropped when a labelled 发布日期 under it gives another day: the
story's date is the labelled one. Where the two agree, or no field gives one, it stays.

A document site's 「发表于：2022-07-26 21:32:20」 is the date; its category path in brackets
over the post (「[水资源论证 - 水资源公报]」) is never the title.

A photo's caption copied twice, one under the other (a page's alt text, then its caption:
「澳門議事亭前地(巴士的記者攝)」 twice), is one caption; a short sentence said twice stays.

Key figures: Taiwan's signed 年增率 after a 月增率 (「月增率5.3%，年增率-4.3%」) is the change, as
同比 after 环比 is; a comparison run on after a figure with 、 (「增长6.9%、快于全国0.6个百分点」) is its
change, as after a comma; a difference that is one of a list (「分别增长7.1%和5.8%，快于全国0.5和
0.1个百分点」) is no row's change; a count of things whose quality is then judged (「275个河流
断面总体水质为优」) is no figure.
"""

from __future__ import annotations

from conftest import figure_rows, front_matter, import_text

NOTICE = ("各乡镇人民政府,县政府各部门: 2019年以来,各乡镇、各部门按照县委、县政府的统一部署,"
          "组织开展了植树造林行动,全年完成造林面积3.2万亩,新建村庄绿化示范点45个,取得了明显成效。"
          "根据《2019年度植树造林目标责任书》规定及年终综合考评情况,经县政府同意,现将考核结果公布如下: "
          "一、先进乡镇 城关镇、河口镇、石桥乡。 二、先进部门 县林业局、县水利局、县交通运输局。 "
          "三、先进个人 张明、李华、王强、赵丽、刘伟、陈静、杨帆、黄磊、周敏、吴昊。 "
          "四、优秀护林员 孙涛、马超、朱红、胡军、郭平。 "
          "对受表彰的先进乡镇、先进部门,县政府将在下一年度造林补助资金安排上予以倾斜。 "
          "希望受表彰的单位再接再厉,争创新的业绩。同时,各乡镇、各部门要向先进单位学习,扎实工作,"
          "大力开展国土绿化行动,切实加强林木管护,巩固造林成果,为全县生态文明建设作出新的贡献。 "
          "某某县人民政府办公室 2020年1月15日 作者: 信息来源:")
PAGE = ("某某县人民政府办公室关于公布2019年度全县植树造林考核结果的通知 | |\n"
        "发布日期:2020-01-16 09:30\n信息来源:县政府办公室\n浏览次数:\n" + NOTICE + " |\n|\n")


def test_a_notice_flattened_under_its_pages_lines_is_read_back_as_paragraphs(tmp_path):
    assert 0.8 * len(PAGE) < len(NOTICE) < 0.9 * len(PAGE) and len(NOTICE) >= 400  # the shape measured
    result, body = import_text(tmp_path, PAGE, "flat.txt")
    assert front_matter(result)["title"] == (
        "某某县人民政府办公室关于公布2019年度全县植树造林考核结果的通知")
    assert "## 一、先进乡镇\n\n城关镇、河口镇、石桥乡。" in body
    assert "## 二、先进部门\n\n县林业局" in body
    assert "取得了明显成效。根据《2019年度" in body  # a sentence's end inside a paragraph
    assert "::: signature\n某某县人民政府办公室\n2020年1月15日\n:::" in body
    assert "作者" not in body and "信息来源" not in body
    spot = next(r for r in result.repairs if r.kind == "one-line-text")
    assert spot.review and "「作者： 信息来源：」" in spot.note.replace(":", "：")


def test_a_long_paragraph_under_a_title_is_no_flattened_page(tmp_path):
    # one paragraph with a space after a sentence's end and no numbered section: left as is
    text = ("全县经济运行情况\n\n" + "上半年,全县经济运行总体平稳,主要经济指标保持增长。 " * 3
            + "全县实现地区生产总值120.5亿元,同比增长6.2%,增速比一季度加快0.5个百分点。" * 6 + "\n")
    result, _ = import_text(tmp_path, text, "plain.txt")
    assert "one-line-text" not in {repair.kind for repair in result.repairs}


WECHAT = """---
categories: !!python/unicode 'DataInsight'
channel_name: !!python/unicode 'DataInsight'
createtime: 2015-03-08 10:16:54+00:00
tags: !!python/unicode 'internet'
title: 互联网黑市分析：账号交易
---
<div class="rich_media_content" id="js_content">
<p>
         今天的互联网黑市主角是：账号交易。
        </p>
<p>
</p>
<p>
<span style="text-decoration: underline;">
<strong>
           账号交易的过程
          </strong>
</span>
</p>
<p>
         账号先被批量注册，再经过养号、分级，最后按等级卖给下游的营销公司。
        </p>
<p style="white-space: normal;">
<strong>
          微信号：
          <span style="color: rgb(31, 73, 125);">
           DataInsight
          </span>
</strong>
</p>
</div>
"""


def test_a_wechat_archives_front_matter_and_pretty_printed_tags(tmp_path):
    result, body = import_text(tmp_path, WECHAT, "wechat.md")
    facts = front_matter(result)
    assert facts["title"] == "互联网黑市分析：账号交易"
    assert facts["source"] == "DataInsight" and str(facts["date"]) == "2015-03-08"
    assert "python/unicode" not in body and "channel_name" not in body
    assert "## 账号交易的过程" in body
    assert "**微信号：DataInsight**" in body  # nested inline tags joined too
    assert "\n**\n" not in "\n" + body + "\n"  # no bold mark alone on a line


STORY_END = ("上半年，全省地区生产总值24545.20亿元，同比增长4.5%。\n\n"
             "分行业看，交通运输仓储和邮政业增长5.2%、比全省GDP增速快0.7个百分点。")


def test_a_reporters_name_alone_in_brackets_closing_the_story_signs_it(tmp_path):
    result, body = import_text(tmp_path, "湖南上半年经济运行情况\n\n" + STORY_END + "（申智林）\n",
                               "end.txt")
    assert front_matter(result)["authors"] == ["申智林"]
    assert body.rstrip().endswith("快0.7个百分点。")
    result, _ = import_text(tmp_path, "湖南上半年经济运行情况\n\n" + STORY_END + "\n\n(王明 李华)\n",
                            "alone.txt")
    assert front_matter(result)["authors"] == ["王明", "李华"]
    for number, ending in enumerate(("（完）", "（待续）", "（全文完）")):
        result, body = import_text(tmp_path, "湖南上半年经济运行情况\n\n" + STORY_END + ending + "\n",
                                   f"other{number}.txt")
        assert not front_matter(result)["authors"]


TAIWAN = ("颱風前夕 漁船入港避風頭\n"
          "漁港今天停滿暫避風頭的漁船,熱鬧滾滾。(記者王大明攝)\n"
          "〔記者王大明、林小華/高雄報導〕颱風登陸前夕,漁船今天大多沒出海捕魚,漁港停滿暫避風頭的漁船。\n"
          "漁會今天舉辦漁港導覽活動,帶領學童遊逛漁港,小朋友一睹碼頭停滿各式各樣的漁船,興奮不已。\n"
          "相關影音\n")


def test_a_taiwanese_reported_from_dateline_names_the_authors_and_stays(tmp_path):
    result, body = import_text(tmp_path, TAIWAN, "taiwan.txt")
    assert front_matter(result)["authors"] == ["王大明", "林小華"]
    assert "〔記者王大明、林小華/高雄報導〕颱風登陸前夕" in body
    assert "相關影音" not in body


def numbered_table(total: list[str]) -> str:
    rows = [["1", "汉江国棉水厂水源地", "75.5", "75.5", "100"],
            ["2", "汉江宗关水厂水源地", "2301.9", "2301.9", "100"],
            ["3", "长江堤角水厂水源地", "232.5", "232.5", "100"]]
    cells = ["序号", "水源地名称", "月取水量", "（万吨）", "月达标水量", "（万吨）", "水质达标率（%）"]
    cells += [cell for row in rows for cell in row] + total
    return ("2016年2月饮用水源地水质监测月报\n\n监测结果显示，饮用水源地水质达标率为100%。\n\n"
            "表1 2016年2月饮用水源地水质达标率统计表\n\n" + "\n\n".join(cells) + "\n")


def test_a_numbered_table_a_cell_a_paragraph_with_its_units_and_total(tmp_path):
    result, body = import_text(tmp_path, numbered_table(["合计", "2609.9", "2609.9", "100"]),
                               "numbered.txt")
    assert "| 序号 | 水源地名称 | 月取水量（万吨） | 月达标水量（万吨） | 水质达标率（%） |" in body
    assert "| 2 | 汉江宗关水厂水源地 | 2301.9 | 2301.9 | 100 |" in body
    assert "| 合计 | < | 2609.9 | 2609.9 | 100 |" in body
    assert "<!-- held table" in body
    assert "table-row-spans" in {doubt.kind for doubt in result.doubts}
    # a last row that is no total and fits no row: the cells are not made rows
    _, body = import_text(tmp_path, numbered_table(["说明", "2609.9"]), "other.txt")
    assert "| 说明 | < |" not in body


def test_a_catalogues_validity_field_is_the_pages(tmp_path):
    text = ("2016年2月饮用水源地水质监测月报\n\n发布时间:2016-03-17 09:25\n"
            "索 引 号: 731074791/2020-826173 分     类: 政务公开\n"
            "文   号: 发布日期: 2016-03-17 09:25\n效力状态: 有效\n\n"
            "监测结果显示，全市饮用水源地水质达标率为100%，达标水量见下表。\n")
    _, body = import_text(tmp_path, text, "catalogue.txt")
    assert "效力状态" not in body and "有效" not in body


def test_a_comma_between_clauses_edged_by_a_roman_class_is_full_width():
    from briefing.importer.repairs import fullwidth_punctuation

    text, _ = fullwidth_punctuation("其中Ⅳ类断面占5.5%,Ⅴ类断面占0.4%,无劣Ⅴ类断面。")
    assert text == "其中Ⅳ类断面占5.5%，Ⅴ类断面占0.4%，无劣Ⅴ类断面。"
    assert fullwidth_punctuation("PM2.5,PM10")[0] == "PM2.5,PM10"  # no Chinese clause


def test_a_photos_caption_under_it_is_printed_once_not_also_as_a_heading(tmp_path):
    import shutil
    from pathlib import Path

    photo = Path(__file__).resolve().parents[1] / "golden" / "reprint-p2.png"
    for name in ("f1.png", "f2.png"):
        shutil.copy(photo, tmp_path / name)
    text = ("# 年度总结\n\n今年做了很多好吃的，列了部分如下：\n\n![f1](f1.png)\n烤鱼\n"
            "![f2](f2.png)\n烤肉\n\n后来我们又去了很多地方旅行，拍了很多照片，也认识了很多新的朋友。\n")
    _, body = import_text(tmp_path, text, "photos.md")
    assert body.count("烤鱼") == 1 and body.count("烤肉") == 1
    assert "::: figure\n![](images/f1.png)\n烤鱼\n:::" in body
    assert "## 烤鱼" not in body and "### 烤肉" not in body


def test_a_dateline_with_the_day_in_chinese_numerals_names_its_agency(tmp_path):
    text = ("五月份工业生产增速回升\n\n中新社北京六月十二日電(記者 王永志)國家統計局最新統計顯示，"
            "五月份全國規模以上工業增加值同比增長百分之八點九。\n\n"
            "國家統計局官員認為，有五大因素支撐五月份工業生產增速回升。\n")
    result, body = import_text(tmp_path, text, "wire.txt")
    assert front_matter(result)["source"] == "中新社"
    assert body.lstrip().startswith("中新社北京六月十二日電")  # the dateline stays


def test_a_bare_source_line_closing_the_text_is_its_source(tmp_path):
    text = ("新華社北京8月15日電 (記者 魏玉坤 王雨蕭) 國家統計局15日發布數據顯示，7月份國民經濟延續恢復發展態勢。\n"
            "統計數據顯示，工業生產穩定增長，服務業繼續恢復。\n來源:浙江日報\n")
    result, body = import_text(tmp_path, text, "repost.txt")
    assert front_matter(result)["source"] == "浙江日報"
    assert "來源" not in body
    # one naming an office, no publication (the data's source), stays the text's
    result, body = import_text(tmp_path, text.replace("浙江日報", "市統計局"), "office.txt")
    assert front_matter(result)["source"] == "新華社" and "來源" in body

def test_lines_ended_with_br_are_one_paragraph_with_its_breaks(tmp_path):
    text = ("---\ntitle: 我的外公\ndate: 2020-04-06\n---\n\n## 外公，姓汪，名福全。\n"
            "个子不高，<br/>\n性格很好。<br/>\n\n一生听外婆的话。<br/>\n耕得一手好田，<br/>\n"
            "他绑过的柴火，<br/>\n从来不会松散。<br/>\n\n外公走的那天，村里下了很大的雨。\n")
    _, body = import_text(tmp_path, text, "verse.md")
    assert "\n\n一生听外婆的话。<br>耕得一手好田，<br>他绑过的柴火，<br>从来不会松散。\n\n" in body
    assert "个子不高，<br>性格很好。" in body
    assert "从来不会松散。<br>" not in body  # the break before a blank line ends the paragraph


def test_a_datelines_bare_names_and_a_closing_data_source_line(tmp_path):
    text = ("中新社石家莊4月22日電 (趙丹媚 陳林)河北省政府新聞辦22日發布，一季度河北省地區生產總值增長5.5%。\n\n"
            "雄安新區建設持續推進，一季度完成投資同比增長12.3%。\n\n圖資來源:河北省統計局\n\n"
            "資料來源: 經濟日報\n")
    result, body = import_text(tmp_path, text, "dateline.txt")
    facts = front_matter(result)
    assert facts["authors"] == ["趙丹媚", "陳林"] and facts["source"] == "經濟日報"
    assert "::: note\n圖資來源：河北省統計局\n:::" in body
    assert body.lstrip().startswith("中新社石家莊4月22日電")  # the dateline stays
    # brackets holding no names (a place's, a gloss) name no author
    result, _ = import_text(tmp_path, text.replace("(趙丹媚 陳林)", "(石家莊市)"), "place.txt")
    assert front_matter(result)["authors"] == []


def test_small_print_under_an_image_is_its_caption_and_an_iso_stamp_a_date(tmp_path):
    from briefing.importer.titleblock.lines import read_date

    caption = "中国气候女孩欧泓奕上个月底在上海进行一场气候行动时，曾遭警方逮捕，并带回派出所训斥。"
    text = ("# 专访：中国气候女孩\n\n<div><img src=\"https://example.org/55121556.jpg\" width=\"100%\">"
            f"<div><small style=\"color: #999;\">{caption}</small></div><p>欧泓奕：首先，我认为这个承诺是"
            "个好消息，因为这是中国第一个长期目标。</p><p>然而，我认为他提出的目标仍不够充分。</p></div>\n")
    _, body = import_text(tmp_path, text, "small.md")
    assert f"::: figure\n{caption}\n:::" in body
    assert str(read_date("2020-10-09T06:11:18.366Z")) == "2020-10-09"
    assert read_date("2020-10-09T25") is None


def test_a_two_digit_year_stamp_before_fields_and_a_closing_rights_notice(tmp_path):
    text = ("您当前的位置 : 中国甘肃网 >> 甘肃新闻 >> 时政\n\n甘肃省生态环境厅发布14个城市2月份环境空气质量排名情况\n\n"
            "19-03-15 08:43 来源:中国甘肃网-甘肃日报 编辑:杨亚楠\n\n"
            "  省生态环境厅14日向媒体发布了14个城市2019年2月份环境空气质量排名情况。\n\n"
            "  2月份，全省14个城市PM2.5月均浓度值为38微克/立方米，同比上升5.6%。\n\n"
            "版权声明:凡注有稿件来源为“\n")
    result, body = import_text(tmp_path, text, "stamp.txt")
    facts = front_matter(result)
    assert str(facts["date"]) == "2019-03-15" and facts["source"] == "中国甘肃网-甘肃日报"
    assert "19-03-15" not in body and "版权声明" not in body


def test_a_bar_tables_group_rows_ended_by_a_spaced_empty_cell(tmp_path):
    text = ("青海省高质量发展指标\n\n"
            "一级指标 | 二 级 指 标 | 计量单位 | 1-3月 |\n"
            "经济稳定 | 1.地区生产总值增长率 | % | 7.2 |\n2.居民消费价格涨幅 | % | 2.7 | |\n"
            "结构优化 | 3.服务业增加值占GDP比重 | % | 55.75 |\n4.制造业增加值比重 | % | 57.8 | |\n"
            "质量效益 | 5.税收占GDP比重 | % | 21.8 |\n6.主营业务收入利润率 | % | 3.43 | |\n")
    _, body = import_text(tmp_path, text, "groups.txt")
    assert "| 经济稳定 | 1.地区生产总值增长率 | % | 7.2 |\n| ^ | 2.居民消费价格涨幅 | % | 2.7 |" in body
    assert "| ^ | 6.主营业务收入利润率 | % | 3.43 |" in body
    assert "<!-- held table" in body


def test_a_stamp_with_its_update_and_a_mirrors_reading_note(tmp_path):
    from briefing.importer.titleblock.lines import read_date

    assert str(read_date("2018/2/8 11:05(2/8 20:36 更新)")) == "2018-02-08"
    text = ("花蓮強震 消防署持續搜救\n\n2018/2/8 11:05(2/8 20:36 更新)\n\n共 9926字,需浏览 20分钟\n\n"
            "（中央社記者陳葦庭花蓮8日電）花蓮6日深夜發生規模6.0地震，消防署持續搜救受困民眾。\n\n"
            "消防署表示，已投入搜救人員超過800人次，持續在倒塌大樓搜尋。\n")
    result, body = import_text(tmp_path, text, "cna.txt")
    assert str(front_matter(result)["date"]) == "2018-02-08"
    assert "更新" not in body and "需浏览" not in body


def test_a_word_exported_communique_its_issuers_table_and_spacer_columns(tmp_path):
    text = ("<p>2012年某市国民经济和社会发展统计公报</p>\n<table><tr><td>某市统计局</td></tr>"
            "<tr><td>国家统计局某市调查队</td></tr></table>\n<p>（2013年3月20日）</p>\n"
            "<p>2012年，全市经济发展不断迈上新台阶，人民生活水平持续攀升。</p>\n<p>一、综合</p>\n"
            "<p>初步核算，全年实现地区生产总值4000.5亿元，比上年增长10%。</p>\n"
            "<table><tr><td>指标</td><td colspan=\"2\">指标值</td><td></td><td colspan=\"3\">同比增长（±%）</td></tr>"
            "<tr><td>地区生产总值</td><td>4000.5</td><td colspan=\"2\"></td><td>10.0</td><td></td><td></td></tr>"
            "<tr><td>第一产业</td><td>153.6</td><td colspan=\"2\"></td><td>11.0</td><td></td><td></td></tr>"
            "</table>\n")
    result, body = import_text(tmp_path, text, "communique.txt")
    facts = front_matter(result)
    assert facts["title"] == "2012年某市国民经济和社会发展统计公报"
    assert facts["source"] == "某市统计局 国家统计局某市调查队" and str(facts["date"]) == "2013-03-20"
    assert "| 指标 | 指标值 | 同比增长（±%） |" in body
    assert "| 地区生产总值 | 4000.5 | 10.0 |" in body and "| 第一产业 | 153.6 | 11.0 |" in body


def test_a_sites_video_teasers_under_the_story_are_its_list(tmp_path):
    text = ("澳門10月消費物價指數按年升0.91%\n\n"
            "  香港中通社澳門11月22日電 澳門統計暨普查局22日公佈的資料顯示，今年10月澳門綜合消費物價指數為102.84，"
            "按年上升0.91%。\n\n  統計暨普查局分析稱，消費物價指數升幅主要由汽油價格上調所帶動。\n\n"
            "視頻\n\n更 多\n8000位跑手港珠澳大橋跑馬拉松 郭晶晶驚喜現身！\n"
            "香港咖啡市場年銷售額達百億 “瑞幸咖啡”進駐首杯15.9港元\n")
    result, body = import_text(tmp_path, text, "teasers.txt")
    assert "視頻" not in body and "瑞幸" not in body and "消費物價指數升幅" in body
    # a list whose lines read as prose (a full stop) is no teaser list: kept
    _, body = import_text(tmp_path, text.replace("驚喜現身！", "驚喜現身，跑手們沿途欣賞海景並合影留念。"),
                          "prose.txt")
    assert "跑手們沿途欣賞海景" in body


def test_hugos_toml_front_matter_is_read(tmp_path):
    text = ('+++\ntitle = "大美青海"\ndate = 2024-06-30T09:28:00+08:00\nlastmod = 2024-07-01T19:12:27+08:00\n'
            'tags = ["photography", "travel"]\ncategories = ["随笔"]\ndraft = false\n+++\n\n'
            "## 第一天 {#day1}\n\n早上从西宁出发，沿着青藏公路一路向西，中午到达青海湖。\n")
    result, body = import_text(tmp_path, text, "hugo.md")
    facts = front_matter(result)
    assert facts["title"] == "大美青海" and str(facts["date"]) == "2024-06-30"
    assert "+++" not in body and "lastmod" not in body and "draft" not in body
    # a broken TOML block is left alone, as a broken YAML one is
    result, _ = import_text(tmp_path, text.replace('title = "大美青海"', "title = 大美青海"), "broken.md")
    assert front_matter(result)["title"] != "大美青海"


def test_a_self_closing_component_is_dropped_a_programs_name_stays(tmp_path):
    text = ("# 北疆自驾\n\n## Day1 乌鲁木齐\n\n第一天从乌鲁木齐出发，傍晚到达赛里木湖。\n\n"
            '<ImageGallery dir="/images/xinjiang/day1/" />\n\n'
            "接口返回的是 List<String> 类型，需要逐个处理。\n")
    _, body = import_text(tmp_path, text, "component.md")
    assert "ImageGallery" not in body and "images/xinjiang" not in body
    assert "List" in body and "String" in body


def test_an_own_report_naming_its_paper_in_the_credit_gives_the_source(tmp_path):
    text = ("本报讯(西海新闻记者 吴予琴)5月23日，来自青海省统计局的消息，今年以来全省经济运行稳中有进。\n\n"
            "1月至4月，全省规模以上工业增加值同比增长6.6%，增速比一季度加快0.2个百分点。\n")
    result, body = import_text(tmp_path, text, "own.txt")
    facts = front_matter(result)
    assert facts["source"] == "西海新闻" and facts["authors"] == ["吴予琴"]
    assert body.lstrip().startswith("本报讯")  # the dateline stays


def test_a_hugo_image_shortcodes_caption_is_kept(tmp_path):
    text = ("# 香港四日\n\n第一天中午到了中环，先去吃饭。\n\n"
            '{{< image src="https://example.org/img/lunch.jpeg" caption="午饭" >}}\n\n'
            '{{< image src="https://example.org/img/blog.png" caption="截取自 [早见的博文](https://hayami.example.io/a)" >}}\n\n'
            "下午去了湾仔，晚上回到酒店休息。\n")
    _, body = import_text(tmp_path, text, "hugo-images.md")
    assert "::: figure\n午饭\n:::" in body
    assert "截取自 早见的博文" in body and "hayami" not in body and "{{<" not in body


def test_a_wordpress_caption_shortcode_is_the_pictures_caption(tmp_path):
    text = ("# 利器：李喆\n\n我是一个有 16 年代码经验的程序员，《鲤》是我们团队开发的一款游戏。\n\n"
            '\\[caption id="attachment\\_3869" align="aligncenter" width="640"\\]'
            "![游戏截图](/images/97412.jpeg) 游戏截图\\[/caption\\]\n\n"
            '[caption id="attachment_3863" width="900"]![desk](/images/15733.jpg) 李喆的工作环境[/caption]\n\n'
            "## 你都在使用哪些硬件？\n\n一台 iMac 和一台 MacBook Pro。\n")
    _, body = import_text(tmp_path, text, "wordpress.md")
    assert "::: figure\n游戏截图\n:::" in body and "::: figure\n李喆的工作环境\n:::" in body
    assert "caption" not in body and "attachment" not in body


def test_a_header_date_with_its_weekday_gives_way_to_the_published_field(tmp_path):
    page = ("2023年03月29日 星期三\n\n全市重点工作攻坚年推进大会举行\n\n"
            "统一思想振奋精神众志成城合力攻坚 加快建设现代化国际大都市\n\n"
            "孙立成讲话 孙述涛主持 殷鲁谦雷杰边祥慧出席\n\n发布日期:2020-04-23\n\n"
            "信息来源:济南日报\n\n4月22日，全市重点工作攻坚年推进大会举行，会议动员全市上下统一思想、合力攻坚。\n")
    result, body = import_text(tmp_path, page, "widget.txt")
    assert str(front_matter(result)["date"]) == "2020-04-23" and "星期三" not in body
    # the same day: the header's date is the story's, nothing dropped on that ground
    result, _ = import_text(tmp_path, page.replace("2023年03月29日", "2020年04月23日"), "same.txt")
    assert str(front_matter(result)["date"]) == "2020-04-23"


def test_a_posted_at_stamp_is_the_date_and_a_category_path_no_title(tmp_path):
    text = ("2021年嘉兴市水资源公报\n[水资源论证 - 水资源公报]\n发表于:2022-07-26 21:32:20\n"
            "2021年嘉兴市年平均降水量1512.9毫米，折合水量63.8899亿立方米，较上年偏少9.5%。\n"
            "全市水资源总量35.8318亿立方米，较上年偏少15.0%，较多年平均偏多4.0%。\n")
    result, _ = import_text(tmp_path, text, "posted.txt")
    facts = front_matter(result)
    assert facts["title"] == "2021年嘉兴市水资源公报" and str(facts["date"]) == "2022-07-26"


def test_a_caption_copied_twice_is_one_caption(tmp_path):
    text = ("岑浩輝稱澳門新聞自由受充分保障\n\n2025年01月14日 23:23\n\n"
            "澳門行政長官岑浩輝表示，澳門新聞自由受《基本法》保障，特區政府將繼續依法保障新聞自由。\n\n"
            "澳門議事亭前地(巴士的記者攝)\n\n澳門議事亭前地(巴士的記者攝)\n\n"
            "岑浩輝在與中文傳媒晚宴上致辭說，新一屆政府就職以來，各項工作有序開展。\n\n好。\n\n好。\n")
    _, body = import_text(tmp_path, text, "twice.txt")
    assert body.count("澳門議事亭前地") == 1
    assert body.count("好。") == 2  # a sentence said twice is the text's


figures = figure_rows


def test_a_signed_year_rate_after_a_month_rate_is_the_change():
    rows = figures("8月零售業營業額3,198億元，月增率5.3%，年增率-4.3%，數據顯示國內消費回溫。"
                   "8月餐飲業營業額548億元，月增率28.8%，年增率-25.7%。")
    assert [row[3] for row in rows] == ["年增率-4.3%", "年增率-25.7%"]


def test_a_comparison_after_an_enumeration_comma_is_the_figures_change():
    rows = figures("上半年，全省工业增加值7049.42亿元，增长6.3%。"
                   "其中，制造业增加值增长6.9%、快于全国0.6个百分点，对经济增长的贡献率为40.4%。")
    assert ("制造业增加值增长", "6.9", "%", "快于全国0.6个百分点") in rows
    # a list of rates joined by 、 stays a list
    rows = figures("批发业、零售业销售额分别增长7.1%、5.8%。")
    assert {row[1] for row in rows} == {"7.1", "5.8"}


def test_a_difference_that_is_one_of_a_list_is_no_rows_change():
    rows = figures("分行业看，批发零售业、住宿餐饮业增加值分别增长7.1%和5.8%，快于全国0.5和0.1个百分点；"
                   "交通运输仓储和邮政业增长5.2%、比全省GDP增速快0.7个百分点。")
    changes = {row[0]: row[3] for row in rows}
    assert changes["住宿餐饮业增加值增长"] is None and changes["批发零售业增加值增长"] is None
    assert changes["交通运输仓储和邮政业增加值增长"] == "比全省GDP增速快0.7个百分点"


def test_a_count_of_things_whose_quality_is_judged_is_no_figure():
    rows = figures("2021年11月，275个河流断面总体水质为优。22个省控水库总体水质为优。"
                   "其中水质为Ⅰ~Ⅲ类的水库占95.5%，Ⅳ类水库占4.5%。")
    assert [row[1] for row in rows] == ["95.5", "4.5"]
    # a count that is the measured thing stays: how many sections met the standard
    assert [row[1] for row in figures("全市12个断面水质达标，达标率为85.7%。")] == ["12", "85.7"]
