"""Checks of the written article that tell and change nothing (briefing/importer/
telling.py, run by accounting.output_doubts). Made-up texts."""

from __future__ import annotations

from briefing.importer.accounting import output_doubts
from briefing.importer.docbody import EMPTY_HEADS
from briefing.importer.records import Repair
from briefing.importer.telling import (
    DOCUMENT_CAPTION,
    EMPTY_FIELD,
    EMPTY_HEADINGS,
    ISSUED_TITLE,
    NOTE_HEAD,
    PAGE_PROMPT,
    PARENT_TEXT,
    PIPE_CELLS,
    TRANSLATION,
    document_lines_as_captions,
    empty_heading_runs,
    empty_page_fields,
    interleaved_translations,
    issued_documents,
    issued_title_as_text,
    note_heads_as_text,
    page_prompts,
    part_heads_as_text,
    table_cells_as_text,
)

NOTICE_HEAD = ("---\ntitle: 某县人民政府办公室关于印发某县干旱灾害应急预案的通知\n---\n\n"
               "::: salutation\n各乡镇人民政府，县政府各部门：\n:::\n\n"
               "《某县干旱灾害应急预案（试行）》已经县政府同意，现印发给你们，请认真贯彻执行。\n\n"
               "某县人民政府办公室\n\n2024年5月8日\n\n")
ISSUED_BODY = ("## 一、总则\n\n### （一）编制目的\n\n为做好干旱灾害防御工作，制定本预案。\n\n"
               "## 二、组织体系\n\n全县设立抗旱指挥部。\n")


def test_the_documents_a_notice_issues_are_read_from_its_title_and_issuing_sentence():
    assert issued_documents("某市政府关于印发《某市促进就业行动方案》的通知", "") == [
        "《某市促进就业行动方案》"]
    assert issued_documents("某局关于《某县应急预案（征求意见稿）》公开征求意见的通知", "") == [
        "某县应急预案（征求意见稿）"]
    body = ("经市政府同意，现将《某市政务云平台管理细则》《某市数据共享细则》印发给你们。\n\n"
            "为贯彻落实《省政府办公厅关于印发〈省促进就业方案〉的通知》精神，制定本方案。")
    # a cited title holding 印发 issues nothing here
    assert issued_documents("归档时间", body) == ["某市政务云平台管理细则", "某市数据共享细则"]
    assert issued_documents("某县2023年生态环境状况公报", "全县优良天数301天。") == []


def test_an_issued_documents_title_left_as_text_above_its_headings_is_a_doubt():
    for line in ("某县干旱灾害应急预案（试行）", "::: figure\n某县干旱灾害应急预案\n:::"):
        article = NOTICE_HEAD + line + "\n\n" + ISSUED_BODY
        [doubt] = issued_title_as_text("", article, [])
        assert doubt.kind == ISSUED_TITLE
        # names the title and the headings one level too high below it
        assert doubt.before.split("\n") == [
            line.split("\n")[-2] if ":::" in line else line,
            "一、总则", "（一）编制目的", "二、组织体系"]
        assert issued_title_as_text("", article, [doubt]) == []  # not twice
        assert [d.kind for d in output_doubts("", article, [])].count(ISSUED_TITLE) == 1
    # A caption with no heading after it is told too: a title is no picture's caption.
    [doubt] = issued_title_as_text(
        "", NOTICE_HEAD + "::: figure\n某县干旱灾害应急预案\n:::\n\n第一条 为做好防御工作。\n", [])
    assert doubt.before == "某县干旱灾害应急预案"


def test_an_issued_documents_title_at_the_level_of_its_headings_is_a_doubt():
    article = NOTICE_HEAD + "## 某县干旱灾害应急预案\n\n" + ISSUED_BODY
    [doubt] = issued_title_as_text("", article, [])
    assert doubt.before.split("\n") == ["某县干旱灾害应急预案", "一、总则", "二、组织体系"]


def test_an_issued_documents_title_above_its_headings_or_a_plain_notice_is_no_doubt():
    below = ISSUED_BODY.replace("### ", "#### ").replace("## ", "### ")
    # The title a heading above the document's own (a copy of it as text above is no matter)
    for head in ("", "某县干旱灾害应急预案\n\n"):
        article = NOTICE_HEAD + head + "## 某县干旱灾害应急预案\n\n" + below
        assert issued_title_as_text("", article, []) == []
    # A title line as text with no heading after it and no caption: a document without
    # headings; a notice that issues nothing.
    assert issued_title_as_text(
        "", NOTICE_HEAD + "某县干旱灾害应急预案\n\n第一条 为做好防御工作。\n", []) == []
    plain = "---\ntitle: 某县2023年生态环境状况公报\n---\n\n某县干旱灾害应急预案\n\n" + ISSUED_BODY
    assert issued_title_as_text("", plain, []) == []


def test_headings_at_one_level_with_no_text_between_them_are_a_doubt_naming_them():
    points = "".join(f"## {n}. {title}\n\n" for n, title in enumerate(
        ("企业注册流程", "小程序到底是什么", "小程序的入口", "小程序应用场景"), 1))
    article = "---\ntitle: 小程序\n---\n\n小程序之于微信，是线下的入口。\n\n" + points + "结语一段。\n"
    [doubt] = empty_heading_runs("", article, [])
    assert doubt.kind == EMPTY_HEADINGS and "4 headings" in doubt.note
    assert doubt.before.split("\n") == ["1. 企业注册流程", "2. 小程序到底是什么", "3. 小程序的入口",
                                         "4. 小程序应用场景"]
    assert empty_heading_runs("", article, [doubt]) == []  # not twice
    # nor a run the structure pass told already (docbody's empty-heads)
    told = Repair(EMPTY_HEADS, 5, "1. 企业注册流程⏎2. 小程序到底是什么", "1. 企业注册流程⏎2. 小程序到底是什么", "")
    assert empty_heading_runs("", article, [told]) == []
    assert EMPTY_HEADINGS in [d.kind for d in output_doubts("", article, [])]


def test_headings_with_text_or_lower_headings_under_them_are_no_doubt():
    # Each with its text; a part and its first section (two in a row); a part heading
    # over sections (levels differ): the article's usual shapes.
    fine = ("## 一、总则\n\n本办法适用于全县。\n\n## 二、职责\n\n县局负责。\n\n"
            "## 三、保障\n\n### （一）资金\n\n县财政安排。\n\n### （二）人员\n\n"
            "## 四、附则\n\n## 五、施行\n\n自发布之日起施行。\n")
    assert empty_heading_runs("", fine, []) == []


def figure(text: str) -> str:
    return f"::: figure\n{text}\n:::\n\n"


def test_a_captions_that_is_a_documents_own_line_is_a_doubt_saying_which():
    lines = {"某县人民政府办公室": "issuer", "2019年11月29日": "date", "二○○九年七月十六日": "date",
             "某政办发〔2019〕29号": "document number", "第一章 总则": "chapter",
             "（此件公开发布）": "note", "——以下空白": "note", "信息来源：某县人民政府": "field"}
    article = "---\ntitle: 某县简报\n---\n\n" + "".join(figure(line) for line in lines)
    doubts = document_lines_as_captions("", article, [])
    assert [d.before for d in doubts] == list(lines)
    assert {d.kind for d in doubts} == {DOCUMENT_CAPTION}
    for doubt, what in zip(doubts, lines.values(), strict=True):
        assert what in doubt.note
    assert document_lines_as_captions("", article, doubts) == []  # not twice
    # The issued document's title as a caption is told once, by its own check.
    article = NOTICE_HEAD + figure("某县干旱灾害应急预案") + "第一条 为做好防御工作。\n"
    assert [d.kind for d in output_doubts("", article, [])
            if d.kind in (DOCUMENT_CAPTION, ISSUED_TITLE)] == [ISSUED_TITLE]


def test_a_real_caption_or_one_whose_picture_the_source_has_is_no_doubt():
    article = "---\ntitle: 某县人代会开幕\n---\n\n" + "".join(figure(line) for line in (
        "县长某某领誓", "发布会现场", "图1 2019年11月29日的会场", "新华社记者 某某 摄"))
    assert document_lines_as_captions("", article, []) == []
    # A date under a picture of the source (a remote image the import did not keep)
    source = "![会场](https://example.org/a.jpg)\n\n2019年11月29日\n"
    article = "---\ntitle: 某县人代会开幕\n---\n\n" + figure("2019年11月29日")
    assert document_lines_as_captions(source, article, []) == []
    assert len(document_lines_as_captions("2019年11月29日\n", article, [])) == 1


def test_a_paragraph_that_is_only_a_page_widgets_label_is_a_doubt():
    labels = ["发布时间：", "信息来源：", "**分享到：**", "验证码：", "请登录：", "相关阅读：", "字級設定 :"]
    article = ("---\ntitle: 某县召开会议\n---\n\n" + "\n\n".join(labels)
               + "\n\n会议指出，要抓好落实。\n")
    doubts = empty_page_fields("", article, [])
    assert [d.before for d in doubts] == [label.strip("*") for label in labels]
    assert {d.kind for d in doubts} == {EMPTY_FIELD}
    assert empty_page_fields("", article, doubts) == []  # not twice
    assert EMPTY_FIELD in [d.kind for d in output_doubts("", article, [])]


def test_a_label_with_its_value_or_the_texts_own_label_is_no_doubt():
    article = ("---\ntitle: 某县召开会议\n---\n\n信息来源：某县人民政府\n\n理由如下：\n\n"
               "一等奖：\n\n## 来源：\n\n要抓好落实，来源：\n")
    assert empty_page_fields("", article, []) == []


def test_a_short_line_right_above_the_first_heading_of_a_numbering_is_a_doubt():
    article = ("---\ntitle: 新农业政策\n---\n\n兼顾农业三生，运用科技创新加值。\n\n"
               "壹、建立三保一金 四大农民福利体系\n\n## 一、精进农民健康保险\n\n扩大纳保对象。\n\n"
               "### （一）对象\n\n年满15岁以上农民。\n\n## 二、开办农民职业灾害保险\n\n开办职灾保险。\n")
    [doubt] = part_heads_as_text("", article, [])
    assert doubt.kind == PARENT_TEXT and "「壹、建立三保一金 四大农民福利体系」" in doubt.note
    # the line, and the headings at its first heading's level after it
    assert doubt.before.split("\n") == ["壹、建立三保一金 四大农民福利体系", "一、精进农民健康保险",
                                         "二、开办农民职业灾害保险"]
    assert part_heads_as_text("", article, [doubt]) == []  # not twice
    assert PARENT_TEXT in [d.kind for d in output_doubts("", article, [])]
    # Under a part heading, the run ends at the next heading above its level.
    article = ("---\ntitle: 报告\n---\n\n## 一、形势\n\n数据安全\n\n### （一）立法\n\n立法加快。\n\n"
               "### （二）标准\n\n标准完善。\n\n## 二、任务\n\n### （一）分类\n\n分类分级。\n")
    [doubt] = part_heads_as_text("", article, [])
    assert doubt.before.split("\n") == ["数据安全", "（一）立法", "（二）标准"]


def test_a_sentence_a_date_a_document_number_or_a_note_above_a_first_heading_is_no_doubt():
    for line in ("为做好防御工作，制定本预案。", "2020 年 12 月", "镇政发〔2024〕7号", "（草案修改二稿征求意见稿）",
                 "某县人民政府关于进一步加强和改进全县农村饮水安全工程建设与管理工作的实施意见稿"):
        article = f"---\ntitle: 某县预案\n---\n\n{line}\n\n## 一、总则\n\n本预案适用于全县。\n"
        assert part_heads_as_text("", article, []) == [], line
    # …nor a short line above a heading that is not its numbering's first
    article = "---\ntitle: 某县预案\n---\n\n组织体系\n\n## 二、组织体系\n\n全县设立指挥部。\n"
    assert part_heads_as_text("", article, []) == []


def test_paragraphs_each_a_table_cell_with_its_bar_are_a_doubt_naming_them():
    cells = ["污染因子 |", "排名后3位区县 |", "综合指数 |", "高新区（4.33）、张店区（4.20） |", "| SO2"]
    article = ("---\ntitle: 空气质量通报\n---\n\n5月全市空气质量稳中向好。\n\n" + "\n\n".join(cells)
               + "\n\n以上为各区县排名。\n")
    [doubt] = table_cells_as_text("", article, [])
    assert doubt.kind == PIPE_CELLS and "these 5 paragraphs" in doubt.note
    assert doubt.before.split("\n") == cells
    assert table_cells_as_text("", article, [doubt]) == []  # not twice
    assert PIPE_CELLS in [d.kind for d in output_doubts("", article, [])]


def test_a_pipe_table_or_a_stray_bar_or_two_is_no_doubt():
    table = "| 区县 | 指数 |\n| --- | --- |\n| 高新区 | 4.33 |"
    article = ("---\ntitle: 通报\n---\n\n" + table + "\n\n选择 A | B 两种方案之一 |\n\n"
               "综合指数 |\n\n以上为各区县排名。\n\n排名 |\n")
    assert table_cells_as_text("", article, []) == []


def test_a_web_pages_prompt_to_its_reader_kept_as_a_paragraph_is_a_doubt():
    prompts = ["微信扫一扫，即刻分享！", "如果喜欢本篇内容，请赞赏鼓励哦！", "（想阅读完全部图文内容，您需要先登陆！）",
               "长按下方二维码，阅读全部内容", "請同意我們的隱私權規範，才能啟用聽新聞的功能。", "设为首页 | 加入收藏"]
    article = ("---\ntitle: 某县召开会议\n---\n\n会议指出，要抓好落实。\n\n" + "\n\n".join(prompts) + "\n")
    doubts = page_prompts("", article, [])
    assert [d.before for d in doubts] == prompts and {d.kind for d in doubts} == {PAGE_PROMPT}
    assert "「扫一扫」" in doubts[0].note
    assert page_prompts("", article, doubts) == []  # not twice
    assert PAGE_PROMPT in [d.kind for d in output_doubts("", article, [])]


def test_an_articles_own_words_about_sharing_downloads_or_privacy_are_no_prompt():
    article = ("---\ntitle: 隐私计算\n---\n\n这里记录每周值得分享的科技内容，周五发布。\n\n"
               "MCP SDK 的月下载量从年初的 1 亿涨到了 3 亿。\n\n16   利器：隐私计算三类技术路线\n\n"
               "用户登录后仅可查看自己的历史记录。\n\n"
               + "会议要求，各单位扫一扫身边的隐患，" * 4 + "确保安全。\n")  # long: a paragraph
    assert page_prompts("", article, []) == []


def test_a_notes_head_left_as_a_paragraph_is_a_doubt_naming_it_and_the_lines_under_it():
    article = ("---\ntitle: 工业生产情况\n---\n\n一季度全省工业增加值同比下降。\n\n**指标解释：**\n\n"
               "工业增加值增长速度即工业增长速度。\n\n产品销售率是销售产值和工业总产值的比率。\n\n"
               "## 附表\n\n表中数据为初步统计数。\n")
    [doubt] = note_heads_as_text("", article, [])
    assert doubt.kind == NOTE_HEAD and "「指标解释：」" in doubt.note
    assert doubt.before.split("\n") == ["指标解释：", "工业增加值增长速度即工业增长速度。",
                                         "产品销售率是销售产值和工业总产值的比率。"]
    assert note_heads_as_text("", article, [doubt]) == []  # not twice
    assert NOTE_HEAD in [d.kind for d in output_doubts("", article, [])]


def test_a_notes_head_inside_a_note_or_with_its_text_on_its_line_is_no_doubt():
    article = ("---\ntitle: 工业生产情况\n---\n\n::: note\n指标解释：\n\n工业增加值增长速度即工业增长速度。\n"
               ":::\n\n注：本表数据为初步统计数。\n")
    assert note_heads_as_text("", article, []) == []


def test_chinese_paragraphs_each_followed_by_their_translations_are_a_doubt_naming_them():
    english = ["Bureau of Statistics: profits of industrial enterprises rose by 17.1% in July.",
               "From January to July, the total profits of industrial enterprises reached 3 trillion.",
               "In July, the profits of industrial enterprises rose by 16.2% year on year."]
    spanish = "De enero a julio, los beneficios totales de las empresas industriales aumentaron."
    article = ("---\ntitle: 统计局：1-7月份全国规模以上工业企业利润增长17.1%\n---\n\n" + english[0]
               + "\n\n2018-08-27 11:51\n\n1-7月份，全国规模以上工业企业实现利润总额39038.1亿元。\n\n"
               + english[1] + "\n\n" + spanish + "\n\n7月份，规模以上工业企业实现利润总额5387.8亿元。\n\n"
               + english[2] + "\n")
    [doubt] = interleaved_translations("", article, [])
    assert doubt.kind == TRANSLATION and "these 4 paragraphs" in doubt.note
    assert [line.rstrip("…") for line in doubt.before.split("\n")] == [
        text[:59] for text in (english[0], english[1], spanish, english[2])]
    assert interleaved_translations("", article, [doubt]) == []  # not twice
    assert TRANSLATION in [d.kind for d in output_doubts("", article, [])]


def test_an_english_abstract_a_name_or_a_term_after_chinese_text_is_no_doubt():
    # A thesis's English title and abstract under the Chinese ones, then its Chinese body.
    article = ("---\ntitle: 基于深度学习的数据访问控制研究\n---\n\n"
               "Research on data access control based on deep learning methods\n\n"
               "摘要：本文研究数据访问控制问题，提出一种新方法。\n\n"
               "Abstract: This paper studies the problem of data access control and proposes a method.\n\n"
               "## 一、引言\n\n数据访问控制是信息安全的核心问题。\n\n"
               "近年来，隐私计算技术发展迅速。\n\n已有研究多集中于规则方法。\n\n"
               "本文的贡献如下。\n\n"
               "OpenAI GPT-4\n\n模型采用注意力机制。\n\nTransformer\n")
    assert interleaved_translations("", article, []) == []
    english = "---\ntitle: Release notes\n---\n\nThis release fixes the parser and adds a flag.\n"
    assert interleaved_translations("", english, []) == []  # no Chinese at all
