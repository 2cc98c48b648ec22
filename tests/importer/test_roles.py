"""Block roles and joins only on evidence (issue 11: 'Blank lines are joined away').

Each bad case of the issue has a test of its own, on made-up text of the same shape; the
roles are written as tests/corpus/README.md's table says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import import_text

from briefing.importer.parse import lines_as_paragraphs, parse_blocks
from briefing.importer.records import summary_line
from briefing.importer.roles import (
    bold_heading,
    is_caption_text,
    is_note,
    is_salutation,
    raw_extraction_evidence,
    sidebar_title,
)
from briefing.importer.structure import build_draft
from briefing.loader import load_briefing

FILE = Path("a.txt")


def imported(tmp_path, text: str, name: str = "a.txt"):
    return import_text(tmp_path, text, name)


def blocks_of(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def kinds(result) -> list[str]:
    return [r.kind for r in result.repairs]


# ---------------------------------------------------------------- the issue's bad cases


def test_work_report_head_is_not_glued_into_the_first_paragraph(tmp_path):
    result, body = imported(tmp_path, (
        "# 2024年某市政府工作报告\n\n"
        "——2024年1月10日在某市第一届人民代表大会第三次会议上\n\n"
        "某市人民政府网\n\n"
        "市长张某作政府工作报告。　新华社记者 李某 摄\n\n"
        "各位代表：\n\n"
        "现在，我代表市人民政府，向大会报告工作，请予审议。\n"))
    assert "join-split-paragraph" not in kinds(result)
    assert "::: figure\n市长张某作政府工作报告。　新华社记者 李某 摄\n:::" in body
    assert "::: salutation\n各位代表：\n:::\n\n现在，我代表市人民政府，向大会报告工作，请予审议。" \
        in body
    assert "某市人民政府网\n\n" in body  # its own block, whatever it is


def test_newspaper_page_editor_note_lead_headline_byline_stay_apart(tmp_path):
    result, body = imported(tmp_path, (
        "# 新春走基层\n\n"
        "编者按：春节期间，本报记者深入基层一线，记录百姓生活的新变化。\n\n"
        "今起推出系列报道，敬请关注。\n\n"
        "——编  者\n\n"
        "春到山村\n\n本报记者 李某\n\n村里的年味越来越浓。\n\n"
        "山乡巨变看今朝——\n\n"
        "小村庄里的大变化\n\n"
        "本报记者 王某某 赵某\n\n"
        "清晨，村口的广场上已经热闹起来。\n"))
    assert "join-split-paragraph" not in kinds(result)
    assert ("::: editor-note\n编者按：春节期间，本报记者深入基层一线，记录百姓生活的新变化。\n\n"
            "今起推出系列报道，敬请关注。\n\n——编  者\n:::") in body
    assert result.folder.joinpath("article.md").read_text("utf-8").count("authors: [李某]") == 1
    assert ("## 春到山村\n\n村里的年味越来越浓。\n\n山乡巨变看今朝——\n\n## 小村庄里的大变化\n\n::: byline\n本报记者 王某某 赵某\n:::\n\n"
            "清晨，村口的广场上已经热闹起来。") in body


def test_editor_note_by_its_signature_alone(tmp_path):
    _, body = imported(tmp_path, (
        "# 记者的故事\n\n若要问谁是时代的记录者，那一定是记者。\n\n"
        "这组文章讲述记者的故事。\n\n——编者\n\n刚刚过去的一年，一个故事再次被传诵。\n"))
    assert ("::: editor-note\n若要问谁是时代的记录者，那一定是记者。\n\n这组文章讲述记者的故事。"
            "\n\n——编者\n:::\n\n刚刚过去的一年") in body


def test_a_lead_note_label_boxes_the_one_paragraph_under_it(tmp_path):
    _, body = imported(tmp_path, (
        "# 专访：城市更新要慢下来\n\n导言：\n\n城市更新不是推倒重来，而是要让老街区重新活起来。\n\n"
        "近日，某大学教授接受本网专访，谈了他对城市更新的看法。\n\n"
        "记者：您怎么看城市更新？\n\n教授：要慢下来，先听居民怎么说。\n"))
    assert ("::: editor-note\n城市更新不是推倒重来，而是要让老街区重新活起来。\n:::\n\n"
            "近日，某大学教授接受本网专访") in body
    assert "导言" not in body


def test_a_sites_bracketed_credit_under_the_lead_gives_authors_and_source():
    draft = build_draft(
        "# 专访：城市更新要慢下来\n\n近日，某大学教授接受本网专访，谈了他对城市更新的看法。\n\n"
        "【采访/某某新闻网 王小明 李华】\n\n记者：您怎么看城市更新？\n", FILE)
    assert (draft.authors, draft.source) == (["王小明", "李华"], "某某新闻网")
    assert all("王小明" not in node.text for node in draft.nodes)
    plain = build_draft("# 标题\n\n正文第一段。\n\n【文/张三】\n\n正文第二段。\n", FILE)
    assert (plain.authors, plain.source) == (["张三"], None)


def test_a_paragraph_in_quotation_marks_introduced_by_a_colon_is_a_block_quote(tmp_path):
    _, body = imported(tmp_path, (
        "# 在毕业典礼上的讲话\n\n我想起一位老校长写给毕业生的一段话：\n\n"
        "“你们走出校门，带走的不只是文凭，更是一生求真的习惯。”\n\n"
        "他说：“记住母校。”同学们都笑了。\n\n“明天见，”她说，“后会有期。”\n"))
    assert "> “你们走出校门，带走的不只是文凭，更是一生求真的习惯。”" in body
    assert "> 他说" not in body and "> “明天见" not in body


def test_a_long_bracketed_paragraph_opening_the_text_is_its_headnote(tmp_path):
    _, body = imported(tmp_path, (
        "# 在全县工作会议上的讲话\n\n（2019年3月5日至7日，县委召开全县工作会议，"
        "这是县委书记在会议结束时的讲话）\n\n同志们：\n\n这次会议开得很好。\n"))
    assert "::: note\n（2019年3月5日至7日，县委召开全县工作会议" in body
    _, paper = imported(tmp_path, (
        "# 一种图像检索方法\n\n（某某大学计算机学院，北京100044）\n\n摘要：本文提出一种方法。\n"),
        "b.txt")
    assert "::: note" not in paper


def test_section_lead_ending_in_a_dash_keeps_its_summary_apart(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n【开栏的话】\n\n数字看变化——\n\n全年新增就业岗位12万个\n\n"
        "城乡居民收入稳步增长，群众获得感持续增强。\n"))
    assert "join-split-paragraph" not in kinds(result)
    assert "数字看变化——\n\n" in body and "全年新增就业岗位12万个" in body


def test_reporters_notes_sidebar_keeps_its_heading(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n正文讲述了村里的变化。\n\n记者手记\n\n"
        "走进村子，最深的感受是变化。\n\n变化的背后，是一代人的坚守。\n"))
    assert ("::: sidebar 记者手记\n走进村子，最深的感受是变化。\n\n变化的背后，是一代人的坚守。\n:::"
            in body)
    [sidebar] = [r for r in result.repairs if r.kind == "sidebar"]
    assert sidebar.review  # where the sidebar ends is a guess


def test_photo_caption_with_credit_stays_apart_from_the_next_paragraph(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n第一段正文。\n\n图①：村民在新建的广场上跳舞。　某某摄（某某视觉）\n\n"
        "广场建成以后，村民们有了活动的地方\n\n第三段正文。\n"))
    assert "::: figure\n图①：村民在新建的广场上跳舞。　某某摄（某某视觉）\n:::" in body
    assert "join-split-paragraph" not in kinds(result)
    # In a clean source a paragraph ending without a mark stays; it is a spot to review.
    assert [d.kind for d in result.doubts] == ["unfinished-paragraph"]


def test_clean_markdown_blank_lines_are_boundaries(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n各地区各部门要认真贯彻落实本方案提出的目标任务\n\n"
        "结合实际制定具体措施，确保各项工作落到实处。\n"), name="a.md")
    assert blocks_of(body) == ["各地区各部门要认真贯彻落实本方案提出的目标任务",
                               "结合实际制定具体措施，确保各项工作落到实处。"]
    assert "raw-extraction" not in kinds(result)


def test_raw_extraction_joins_page_breaks_with_its_evidence(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n"
        "2023年,全局坚持以生态环境质量改善为核心,持续深入打好蓝天碧水净土保卫战,印发了《年度工作要\n\n"
        "点》,明确了各科室的工作职责和完成时限,确保各项任务落到实处。\n\n"
        "全年共检查企业1200家次,立案查处环境违法案件86起,罚没款金额共计2300万元,移送公安机\n\n"
        "关案件5件,有力震慑了环境违法行为。\n\n"
        "各位代表：\n\n"
        "下一步,我们将继续推进重点行业超低排放改造。\n"))
    assert "年度工作要点》，明确了" in body and "移送公安机关案件5件" in body
    assert "::: salutation\n各位代表：\n:::" in body  # a role is never joined
    raw = [r for r in result.repairs if r.kind == "raw-extraction"]
    assert raw and "broken off mid-word" in raw[0].note
    joins = [r for r in result.repairs if r.kind == "join-split-paragraph"]
    assert len(joins) == 2 and all(r.review for r in joins)


def test_raw_extraction_never_joins_a_short_line():
    text = ("# 标题\n\n" + "\n\n".join([
        "全局坚持以生态环境质量改善为核心,持续深入打好蓝天碧水净土保卫战,印发了年度工作要",
        "点,明确了各科室的工作职责和完成时限,确保各项任务落到实处。",
        "全年共检查企业1200家次,立案查处环境违法案件86起,罚没款金额共计2300万元,移送公安机",
        "关案件5件,有力震慑了环境违法行为。",
        "市环境监测站供稿",
        "全市空气质量持续改善。"]) + "\n")
    draft = build_draft(text, FILE)
    texts = [node.text for node in draft.nodes]
    assert "市环境监测站供稿" in texts


# ---------------------------------------------------------------- the other roles


def test_notes_footnotes_and_signature(tmp_path):
    result, body = imported(tmp_path, (
        "# 关于某项工作的通报\n\n各区人民政府，市政府各部门：\n\n"
        "现将有关情况通报如下[1]。全市共完成任务120项[2]。\n\n"
        "注：数据截至2023年12月31日。\n\n"
        "某市人民政府办公室\n\n2024年1月5日\n\n"
        "[1] 依据《某市工作方案》。\n[2] 含跨年度项目。\n"))
    assert "::: salutation\n各区人民政府，市政府各部门：\n:::" in body
    assert "现将有关情况通报如下[^1]。全市共完成任务120项[^2]。" in body
    assert "::: note\n注：数据截至2023年12月31日。\n:::" in body
    assert "::: signature\n某市人民政府办公室\n2024年1月5日\n:::" in body
    assert body.rstrip().endswith("[^1]: 依据《某市工作方案》。\n\n[^2]: 含跨年度项目。")
    assert {"salutation", "note", "signature", "footnote", "footnote-reference"} <= set(
        kinds(result))


def test_table_caption_and_table_note(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n2023年各县空气质量统计表\n| 县 | 优良天数 |\n|---|---|\n| 甲县 | 300 |\n\n"
        "注：优良天数按日均值统计。\n"))
    assert ("Table: 2023年各县空气质量统计表\n| 县 | 优良天数 |\n|---|---|\n| 甲县 | 300 |\n\n"
            "::: note\n注：优良天数按日均值统计。\n:::") in body


def test_headings_at_each_level_and_clause_numbers(tmp_path):
    _, body = imported(tmp_path, (
        "# 标准\n\n4 技术要求\n\n4.1 一般要求\n\n产品应符合本文件的规定。\n\n4.1.1 外观\n\n"
        "表面应平整。\n\n4.2原料来源\n\n原料应来自产区。\n"))
    headings = [line for line in body.splitlines() if line.startswith("#")]
    assert headings == ["## 4 技术要求", "### 4.1 一般要求", "#### 4.1.1 外观", "### 4.2原料来源"]


def test_bold_line_heading_and_run_in_lead(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n**一、全球产业规模平稳增长，新技术新应用加快发展**\n\n"
        "**一是市场规模扩大。**全球市场规模持续增长。\n"), name="a.md")
    assert blocks_of(body) == ["## 一、全球产业规模平稳增长，新技术新应用加快发展",
                               "**一是市场规模扩大。**全球市场规模持续增长。"]
    assert [r.review for r in result.repairs if r.kind == "bold-heading"] == [False]


def test_a_bold_dotted_section_number_opens_a_subsection_heading(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n## 二、方法\n\n**2\\.1 数据来源**\n\n正文一。\n\n"
        "**2\\.1.1 采样是什么**：（引自某书）\n\n正文二。\n\n**2\\.1.2 采样的好处：**\n\n"
        "正文三。\n\n**2\\.2** 数据清洗；\n\n正文四。\n\n"
        "**2.3 结果**很好。后文还有一句。\n\n**1. 要点**：列表项\n"), name="a.md")
    assert blocks_of(body) == [
        "## 二、方法", "### 2.1 数据来源", "正文一。", "#### 2.1.1 采样是什么：（引自某书）",
        "正文二。", "#### 2.1.2 采样的好处：", "正文三。", "### 2.2 数据清洗；", "正文四。",
        "**2.3 结果**很好。后文还有一句。", "**1. 要点**：列表项"]


def test_one_paragraph_per_line_and_hard_wrapped_lines(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n各位来宾：\n今天，我们在这里隆重集会。\n\n过去的一年，我们取得了显著成绩，\n"
        "这离不开大家的共同努力。\n"))
    assert blocks_of(body) == ["::: salutation\n各位来宾：\n:::", "今天，我们在这里隆重集会。",
                               "过去的一年，我们取得了显著成绩，这离不开大家的共同努力。"]
    [wrapped] = parse_blocks("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲\n乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸。\n"
                             "甲乙丙丁。\n")
    assert [len(block.lines) for block in lines_as_paragraphs(wrapped)] == [3]
    [lines] = parse_blocks("第一段。\n第二段：\n第三段\n第四段。\n")
    assert [len(block.lines) for block in lines_as_paragraphs(lines)] == [1, 1, 1, 1]


def test_credit_line_closes_a_photo_pages_caption(tmp_path):
    _, body = imported(tmp_path, (
        "# 一周照片\n\n古城迎来中秋灯会\n\n这是9月16日拍摄的灯会现场。\n\n当日，市民赏灯游园。\n\n"
        "新华社发（某某摄）\n\n江边清淤忙\n\n9月15日，工作人员在江边清理淤泥。\n\n"
        "新华社记者 某某 摄\n"))
    # Each paragraph of the source stays a paragraph inside the figure.
    assert ("## 古城迎来中秋灯会\n\n::: figure\n这是9月16日拍摄的灯会现场。\n\n当日，市民赏灯游园。\n\n"
            "新华社发（某某摄）\n:::") in body
    assert ("## 江边清淤忙\n\n::: figure\n9月15日，工作人员在江边清理淤泥。\n\n新华社记者 某某 摄\n:::"
            in body)


# ---------------------------------------------------------------- rules as functions


@pytest.mark.parametrize("text", ["各位代表：", "同志们：", "尊敬的各位来宾：", "女士们，先生们，朋友们：",
                                  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："])
def test_salutations(text):
    assert is_salutation(text)


@pytest.mark.parametrize("text", ["主要做法如下：", "会议强调：", "具体要求是："])
def test_not_salutations(text):
    assert not is_salutation(text)


@pytest.mark.parametrize("text", ["图①：村民在广场跳舞。　某某摄", "图为会议现场。", "▲ 新建的村小学",
                                  "工人在车间作业。（新华社发）", "雪后的长城。（资料图片）",
                                  "生态环境部（5月26日摄）摄影/章某某", "（图片来源：网络）",
                                  "图源：某某公司官网", "（图片来源：某研究院，某某整理）",
                                  "某某湖湿地风光。资料图", "建设中的某某大桥（资料图）"])
def test_captions_by_form(text):
    assert is_caption_text(text)


@pytest.mark.parametrize("text", ["全市共完成造林10万亩。", "他说，这是大家共同努力的结果。",
                                  "各项指标的变化趋势如下（见图）", "图片来源不明的照片一律不得刊用。"])
def test_not_captions(text):
    assert not is_caption_text(text)


def test_sidebar_titles_and_bold_headings():
    assert sidebar_title("【记者手记】") == "记者手记" and sidebar_title("链接") == "链接"
    assert sidebar_title("记者手记里的故事很多") is None
    assert bold_heading("**加强组织领导**") == "加强组织领导"
    assert bold_heading("**一是加强组织领导。**其余") is None and bold_heading("**注意：**") is None
    assert bold_heading("**来源：某某杂志**") is None


def test_raw_evidence_needs_more_than_one_split():
    long = "全局坚持以生态环境质量改善为核心，持续深入打好蓝天碧水净土保卫战，印发了工作要"
    assert raw_extraction_evidence("", [long, "点，明确了职责。"]) == []
    assert raw_extraction_evidence("\f", ["甲。"]) == ["form feeds (page breaks of a PDF extraction)"]


def test_summary_says_when_guesses_were_made(tmp_path):
    result, _ = imported(tmp_path, "# 标题\n\n记者手记\n\n走进村子，感受变化。\n")
    line = summary_line(result.repairs, result.doubts)
    assert "1 spots to review" in line and "(1 repair(s) made on a guess" in line


def test_cli_says_on_one_line_that_the_import_guessed_and_check_lists_it(tmp_path):
    from typer.testing import CliRunner

    from briefing.cli import app

    source = tmp_path / "a.txt"
    source.write_text("# 标题\n\n村里这几年变化很大。\n\n记者手记\n\n走进村子，感受变化。\n", "utf-8")
    runner = CliRunner()
    imported_run = runner.invoke(app, ["import", str(source), "--data-dir", str(tmp_path / "d")])
    assert imported_run.exit_code == 0
    unsure = [line for line in imported_run.output.splitlines() if "made guesses" in line]
    assert len(unsure) == 1 and "1 spot(s)" in unsure[0]
    checked = runner.invoke(app, ["check", str(tmp_path / "d" / "a")])
    assert "sidebar" in checked.output


def test_cli_says_nothing_of_guesses_when_there_were_none(tmp_path):
    from typer.testing import CliRunner

    from briefing.cli import app

    source = tmp_path / "a.txt"
    source.write_text("# 标题\n\n正文第一段。\n", "utf-8")
    run = CliRunner().invoke(app, ["import", str(source), "--data-dir", str(tmp_path / "d")])
    assert run.exit_code == 0 and "made guesses" not in run.output


def test_numbered_structure_outranks_unnumbered_short_headings(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n**一、总体情况**\n\n全年各项工作稳步推进。\n\n**二、主要做法**\n\n"
        "**1.强化统筹**\n\n建立工作机制。\n\n**（1）健全制度**\n\n完善各项制度。\n\n"
        "**经验启示**\n\n坚持问题导向。\n"), name="a.md")
    headings = [line for line in body.splitlines() if line.startswith("#")]
    assert headings == ["## 一、总体情况", "## 二、主要做法", "### 1.强化统筹", "#### （1）健全制度",
                        "##### 经验启示"]


def test_financial_numerals_number_the_level_above_一(tmp_path):
    # Taiwan's 公文 and reports number 壹、 > 一、 > （一）: a plain-text copy with no marks.
    _, body = imported(tmp_path, (
        "農業政策施政亮點\n\n前言說明政策的背景與目的，並介紹主要的措施。\n\n"
        "壹、建立三保一金 四大農民福利體系\n\n一、精進農民健康保險\n\n擴大農保納保對象。\n\n"
        "二、開辦農民職業災害保險\n\n行政院公布修正條例。\n\n貳、推動農業科技\n\n"
        "一、智慧農業\n\n導入感測設備。\n"))
    headings = [line for line in body.splitlines() if line.startswith("#")]
    assert headings == ["## 壹、建立三保一金 四大農民福利體系", "### 一、精進農民健康保險",
                        "### 二、開辦農民職業災害保險", "## 貳、推動農業科技", "### 一、智慧農業"]


def test_a_bold_heading_broken_over_two_lines_is_one(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n**二、新技术在**\n\n**数据安全治理中的应用**\n\n正文说明。\n"), name="a.md")
    assert blocks_of(body)[0] == "## 二、新技术在数据安全治理中的应用"
    assert [r.review for r in result.repairs if r.kind == "join-heading"] == [True]


def test_a_papers_first_page_notes(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n摘要正文。\n\n收稿日期：2022−01−05；修回日期：2022−03−01\n\n"
        "基金项目：国家重点研发计划基金资助项目（No.2018YFB1800100）\n"))
    assert "::: note\n收稿日期：2022−01−05；修回日期：2022−03−01\n:::" in body
    assert "::: note\n基金项目：国家重点研发计划基金资助项目（No.2018YFB1800100）\n:::" in body


def test_a_sentence_ending_in_a_colon_is_no_addressee():
    assert is_salutation("各县（市、区）生态环境分局，局机关各科室：")
    assert not is_salutation("各地区各部门要做好以下工作：")


def test_items_without_full_stops_are_no_evidence_of_page_breaks():
    items = ["加强组织领导，落实工作责任，确保各项任务按时保质保量完成到位",
             "强化监督检查，严格责任追究，对工作不力的单位和个人严肃问责处理",
             "加强宣传引导，营造良好氛围，推动形成全社会共同参与的良好局面"]
    paragraphs = items + ["全市上下要切实增强责任感和紧迫感。"] * 30
    assert raw_extraction_evidence("，".join(paragraphs), paragraphs) == []


def test_a_sidebar_ends_at_a_photo_a_headline_or_the_signature(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n正文。\n\n链接\n\n该工程于2020年开工建设。\n\n注：数据来自市统计局。\n\n"
        "图为建设中的工程。\n\n工程预计明年完工。\n\n背景\n\n该村位于山区。\n\n春到山村\n\n"
        "村里的年味越来越浓。\n\n某县人民政府\n\n2024年1月5日\n"))
    assert (":::: sidebar 链接\n该工程于2020年开工建设。\n\n::: note\n注：数据来自市统计局。\n:::\n"
            "::::\n\n::: figure\n图为建设中的工程。\n:::\n\n工程预计明年完工。") in body
    assert "::: sidebar 背景\n该村位于山区。\n:::\n\n## 春到山村\n\n村里的年味越来越浓。" in body
    assert body.rstrip().endswith("::: signature\n某县人民政府\n2024年1月5日\n:::")
    briefing = load_briefing(result.folder)  # the loader takes every role as written
    kinds = [type(block).__name__ for block in briefing.walk_blocks()]
    assert "Sidebar" in kinds and "Figure" in kinds


def test_numbered_lines_in_the_body_are_no_footnotes(tmp_path):
    _, body = imported(tmp_path, "# 标题\n\n[1] 第一条意见。\n\n正文段落。\n")
    assert "[^1]" not in body and "[1] 第一条意见。" in body


def test_named_parts_are_headings_even_in_a_raw_extraction(tmp_path):
    _, body = imported(tmp_path, (
        "# 标准\n\n前言\n\n本标准按照GB/T 1.1给出的规则起草。\n\n0 引言\n\n"
        "本文研究网络空间的管控架构。\n"))
    assert [line for line in body.splitlines() if line.startswith("#")] == ["## 前言",
                                                                            "## 0 引言"]


def test_clause_numbers_out_of_order_are_table_leftovers(tmp_path):
    _, body = imported(tmp_path, (
        "# 标准\n\n5.4 质量指标\n\n应符合表1的规定。\n\n7.5 其中小碎米含量\n\n1.5 精碾\n\n"
        "5.5 卫生指标\n\n应符合GB 2715的规定。\n"))
    assert [line for line in body.splitlines() if line.startswith("#")] == [
        "## 5.4 质量指标", "## 5.5 卫生指标"]
    assert "\n7.5 其中小碎米含量\n" in body and "\n1.5 精碾\n" in body


def test_numbered_headings_that_restart_under_each_part_are_kept(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n（一）大气污染防治\n\n1.燃煤锅炉整治\n\n正文。\n\n2.扬尘治理\n\n正文。\n\n"
        "（二）水污染防治\n\n1.污水处理厂提标\n\n正文。\n"))
    assert [line for line in body.splitlines() if line.startswith("#")] == [
        "## （一）大气污染防治", "### 1.燃煤锅炉整治", "### 2.扬尘治理", "## （二）水污染防治",
        "### 1.污水处理厂提标"]


@pytest.mark.parametrize("text", ["2024年1月5日", "责任编辑：王某", "编辑：李某某"])
def test_no_short_heading(text):
    from briefing.importer.roles import is_short_heading

    assert not is_short_heading(text)
    assert is_short_heading("广东鹤山：古村的舞火龙") and is_short_heading("问题设计字斟句酌")


def test_a_numbers_own_marks_do_not_keep_a_short_line_from_being_a_heading(tmp_path):
    from briefing.importer.roles import is_short_heading

    assert is_short_heading("某省粮食产量达1.25亿吨") and is_short_heading("出口同比增长7.5%")
    assert not is_short_heading("产量达1.25亿吨。")
    _, body = imported(tmp_path, (
        "# 要闻\n\n某省粮食产量达1.25亿吨\n\n新华社电 某省统计局发布数据显示，全年粮食产量1.25亿吨。\n"))
    assert "## 某省粮食产量达1.25亿吨" in body


def test_a_credit_line_right_under_its_caption_is_a_line_break_of_it(tmp_path):
    # One paragraph a line: the credit on the next line closes the caption's paragraph.
    result, body = imported(tmp_path, (
        "某市举行植树活动\n市民在公园里植树，现场气氛热烈。\n图片：\n志愿者在山坡上种下一棵松树。\n"
        "（本报记者某某摄）\n活动共栽种树苗三千余株，参与者达一千余人。\n"))
    assert result.title == "某市举行植树活动"  # a credit line is never the title
    assert "::: figure\n志愿者在山坡上种下一棵松树。\n（本报记者某某摄）\n:::" in body


@pytest.mark.parametrize("text", ["局长王某（右）在车间了解生产情况。", "村民李某（左二）向记者展示新房。",
                                  "记者张某（前排右一）在工地采访。"])
def test_a_persons_place_in_the_photo_makes_a_caption(text):
    assert is_caption_text(text)


def test_a_place_mark_in_a_long_paragraph_is_no_caption():
    text = ("会上，局长王某（右）与企业代表签订合作协议。双方表示，将在技术研发、人才培养等方面深化合作。"
            "下一步，全市将持续优化营商环境。")
    assert not is_caption_text(text)


def test_the_line_above_the_first_byline_is_its_headline_not_a_caption(tmp_path):
    result, body = imported(tmp_path, (
        "# 春节走基层\n\n工人在车间里检查设备。\n\n\n\n小站里的年夜饭\n\n本报记者  王某\n\n"
        "除夕夜，小站的职工们围坐在一起，吃上了热腾腾的饺子。\n\n"
        "新华社北京2月1日电题：小站里的年夜饭\n\n新华社记者李某、赵某\n\n"
        "这是记者在小站看到的情景。\n"))
    assert result.title == "春节走基层"
    assert "## 小站里的年夜饭\n\n除夕夜" in body
    # A wire dateline above a later byline is no headline.
    assert "\n新华社北京2月1日电题：小站里的年夜饭\n" in body
    assert "::: byline\n新华社记者李某、赵某\n:::" in body


def test_a_line_naming_the_speaker_above_the_salutation_is_the_photos_caption(tmp_path):
    _, body = imported(tmp_path, (
        "某县2025年政府工作报告\n\n——2025年1月8日在某县第五届人民代表大会第四次会议上\n\n"
        "某县县长 钱某某\n\n县长钱某某作报告\n\n各位代表：\n\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"))
    assert "::: figure\n县长钱某某作报告\n:::\n\n::: salutation\n各位代表：\n:::" in body


def test_a_short_line_above_the_salutation_not_naming_the_speaker_stays(tmp_path):
    _, body = imported(tmp_path, (
        "某县2025年政府工作报告\n\n——2025年1月8日在某县第五届人民代表大会第四次会议上\n\n"
        "某县县长 钱某某\n\n某县人民政府网\n\n各位代表：\n\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"))
    assert "::: figure" not in body and "某县人民政府网\n\n::: salutation" in body


def test_a_line_broken_after_a_comma_goes_on_on_the_next_line(tmp_path):
    result, body = imported(tmp_path, (
        "某市工作总结\n全年完成投资120亿元，\n同比增长8%，其中工业投资增长12%。\n"
        "城乡居民收入稳步增长，\n\n一、主要做法\n加强组织领导，落实工作责任。\n"))
    assert "全年完成投资120亿元，同比增长8%，其中工业投资增长12%。" in body
    # A blank line in the source is a boundary: the dangling comma stays a doubt.
    assert "城乡居民收入稳步增长，\n\n## 一、主要做法" in body
    assert "join-line-break" in kinds(result)


def test_a_heading_on_two_lines_with_no_blank_between_is_one_heading(tmp_path):
    _, body = imported(tmp_path, (
        "# 访谈实录\n\n以下是访谈文字实录：\n\n走进大山深处的学校\n二十年坚守只为一件事\n\n"
        "主持人：欢迎您来到我们的访谈节目。\n\n嘉宾：谢谢主持人，大家好。\n\n"
        "山里的变化\n\n主持人：这些年山里有哪些变化？\n"))
    assert "## 走进大山深处的学校 二十年坚守只为一件事\n\n主持人：欢迎" in body
    # Separated by a blank line, two short lines are two blocks.
    _, body = imported(tmp_path, (
        "# 访谈实录\n\n走进大山深处的学校\n\n二十年坚守只为一件事\n\n"
        "主持人：欢迎您来到我们的访谈节目。\n"), name="b.txt")
    assert "走进大山深处的学校\n\n## 二十年坚守只为一件事" in body


def test_a_notice_issuing_a_plan_is_signed_before_the_plan(tmp_path):
    _, body = imported(tmp_path, (
        "某县人民政府办公室关于印发某县河道保洁工作方案的通知\n\n各乡镇人民政府，县政府各部门：\n\n"
        "《某县河道保洁工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n\n"
        "某县人民政府办公室\n\n2022年3月1日\n\n（此件公开发布）\n\n某县河道保洁工作方案\n\n"
        "为改善河道环境，制定本方案。\n\n一、工作目标\n\n全县河道保洁实现全覆盖。\n"))
    assert ("::: signature\n某县人民政府办公室\n2022年3月1日\n:::\n\n（此件公开发布）\n\n"
            "## 某县河道保洁工作方案\n\n为改善河道环境，制定本方案。\n\n### 一、工作目标") in body
    assert "\ndate: 2022-03-01\n" in (tmp_path / "data" / "a" / "article.md").read_text("utf-8")
    # A date in the middle of the text with no title after it signs nothing.
    _, body = imported(tmp_path, (
        "# 工作动态\n\n某县召开河长制工作会议。\n\n某县河长办\n\n2022年3月1日\n\n"
        "会议要求各乡镇加强巡河。\n"), name="b.txt")
    assert "::: signature" not in body


def test_the_document_a_notice_issues_is_titled_by_the_name_it_quoted(tmp_path):
    # A page that sets its blocks apart with two blank lines: the 附注 and the issued
    # plan's title (long, with its period in brackets) are no photo captions; the plan's
    # title is the name the notice quoted in 《》, and the plan's headings go under it.
    _, body = imported(tmp_path, (
        "某市人民政府办公室关于印发某市推进老旧小区改造行动方案的通知\n\n"
        "各县（市、区）人民政府，市政府各部门：\n\n"
        "《某市推进城镇老旧小区改造提升三年行动方案（2024—2026年）》已经市政府同意，现印发给你们，"
        "请认真组织实施。\n\n某市人民政府办公室\n\n2024年2月5日\n\n（此件主动公开）\n\n\n"
        "某市推进城镇老旧小区改造提升三年行动方案（2024—2026年）\n\n"
        "为改善群众居住条件，制定本方案。\n\n一、工作目标\n\n到2026年完成改造任务。\n\n"
        "二、主要任务\n\n（一）完善基础设施\n\n实施供水、供气管网改造。\n"))
    assert ("::: signature\n某市人民政府办公室\n2024年2月5日\n:::\n\n（此件主动公开）\n\n"
            "## 某市推进城镇老旧小区改造提升三年行动方案（2024—2026年）\n\n") in body
    assert "### 一、工作目标" in body and "### 二、主要任务" in body
    assert "#### （一）完善基础设施" in body
    assert "::: figure" not in body
    # A spaced line quoting no earlier name is still read as before (a photo's caption).
    _, body = imported(tmp_path, (
        "# 某县举行植树活动\n\n3月12日，某县干部群众来到河滩参加义务植树活动。\n\n\n"
        "干部群众在河滩植树\n\n\n活动共栽植苗木2000余株。\n"), name="b.txt")
    assert "::: figure\n干部群众在河滩植树\n:::" in body


def test_the_document_a_notice_issues_is_titled_even_when_the_copy_drops_the_signature(
        tmp_path):
    # Web copies often leave the notice's 落款 out: the line that is the name the issuing
    # sentence quoted (现将《…》印发给你们) heads the document under it.
    _, body = imported(tmp_path, (
        "某县人民政府办公室关于印发某县农村供水保障工作实施方案的通知\n\n各乡镇人民政府，县直各单位：\n\n"
        "现将《某县农村供水保障工作实施方案（2024—2025年）》印发给你们，请认真贯彻执行。\n\n"
        "某县农村供水保障工作实施方案（2024—2025年）\n\n为保障农村群众饮水安全，制定本方案。\n\n"
        "一、工作目标\n\n农村自来水普及率达到95%。\n"))
    assert ("请认真贯彻执行。\n\n## 某县农村供水保障工作实施方案（2024—2025年）\n\n"
            "为保障农村群众饮水安全，制定本方案。\n\n### 一、工作目标") in body
    # A name quoted without issuing it (a report cited) makes no such title.
    _, body = imported(tmp_path, (
        "# 某县召开学习会\n\n会议学习了《某县农村供水保障工作实施方案》。\n\n"
        "某县农村供水保障工作实施方案\n\n会议要求抓好落实。\n\n一、工作要求\n\n按期完成。\n"),
        name="b.txt")
    assert "### 一、工作要求" not in body


def test_a_notices_colophon_after_its_signature_leaves_the_signature_found(tmp_path):
    # GB/T 9704: the 版记 (抄送, the printing office and date) stands under the 落款 and
    # its 附注; the 落款 is still the signer and date above them.
    _, body = imported(tmp_path, (
        "某县人民政府办公室关于开展安全生产大检查的通知\n\n各乡镇人民政府，县直各单位：\n\n"
        "为切实加强安全生产工作，县政府决定在全县开展安全生产大检查。\n\n某县人民政府办公室\n\n"
        "2023年5月8日\n\n（此件公开发布）\n\n抄送：县委办公室，县人大常委会办公室。\n\n"
        "某县人民政府办公室　　　　2023年5月8日印发\n"))
    assert ("::: signature\n某县人民政府办公室\n2023年5月8日\n:::\n\n（此件公开发布）\n\n"
            "抄送：县委办公室，县人大常委会办公室。\n\n某县人民政府办公室　　　　2023年5月8日印发") in body


def test_a_numbered_note_keeps_its_items(tmp_path):
    _, body = imported(tmp_path, (
        "# 公报\n\n全年粮食产量增长1.9%。\n\n注：1.本公报数据为初步统计数。\n2.部分数据因四舍五入存在误差。\n"
        "3.增长速度按可比价格计算。\n4月份以来，各项工作有序推进。\n"))
    assert ("::: note\n注：1.本公报数据为初步统计数。\n\n2.部分数据因四舍五入存在误差。\n\n"
            "3.增长速度按可比价格计算。\n:::") in body
    assert "\n4月份以来，各项工作有序推进。" in body


def test_bracketed_subheadings_a_named_sidebar_and_an_attachment_list(tmp_path):
    _, body = imported(tmp_path, (
        "# 科技助农\n\n本报某地5月1日电  走进某县产业园，一派繁忙景象。\n\n【数字农业提质增效】\n\n"
        "种植户说，手机上就能看大棚温度。\n\n■记者观察\n\n科技之光照亮田野。\n\n"
        "附件：1.某县特派员名单\n　　　2.某县产业园简介\n"))
    assert "## 【数字农业提质增效】\n\n种植户说" in body
    assert "::: sidebar 记者观察\n科技之光照亮田野。\n:::" in body  # never a byline
    assert body.endswith("附件：1.某县特派员名单\n\n2.某县产业园简介\n")


def test_a_sentence_above_a_table_is_no_photo_caption(tmp_path):
    _, body = imported(tmp_path, (
        "# 通报\n\n一、排名情况\n\n各区县排名情况见下表。\n\n排名\t区县\t综合指数\n1\t甲县\t3.85\n"
        "2\t乙区\t4.02\n\n二、下一步工作\n\n各地要抓好整改。\n"))
    assert "各区县排名情况见下表。\n\n| 排名 | 区县 | 综合指数 |" in body
    assert "| 1 | 甲县 | 3.85 |" in body and "::: figure" not in body


def test_a_data_box_of_short_lines_with_numbers_is_an_untitled_sidebar(tmp_path):
    _, body = imported(tmp_path, (
        "# 春运回眸\n\n记者们奔赴一线，记录下许多感人的故事。\n\n截至2月10日，\n\n本报共派出\n\n"
        "120名记者\n\n\n\n累计刊发\n\n稿件300余篇\n\n图片56幅\n\n\n\n"
        "回望这个春节，我们记住了许多平凡而温暖的面孔。\n"))
    assert ("::: sidebar\n截至2月10日，<br>本报共派出<br>120名记者\n\n累计刊发<br>稿件300余篇<br>"
            "图片56幅\n:::") in body


def test_short_lines_without_numbers_are_no_data_box(tmp_path):
    _, body = imported(tmp_path, (
        "# 诗意乡村\n\n走进村子，处处是风景。\n\n青山绿水间\n\n白墙黛瓦\n\n小桥流水\n\n炊烟袅袅\n\n"
        "鸡鸣犬吠\n\n稻花飘香\n\n这就是我们的家乡。\n"))
    assert "::: sidebar" not in body and "<br>" not in body


def test_a_dash_line_between_extra_blank_lines_is_no_caption(tmp_path):
    _, body = imported(tmp_path, (
        "# 监测报告\n\n本月各项指标均达标。\n\n——以下空白\n\n\n\n某县环境监测站\n\n2021年5月8日\n"))
    assert "::: figure" not in body and "\n——以下空白\n" in body
    assert "::: signature\n某县环境监测站\n2021年5月8日\n:::" in body  # a signer, no caption


def test_a_credit_on_the_line_under_a_numbered_caption_closes_it(tmp_path):
    _, body = imported(tmp_path, (
        "# 柑橘丰收\n\n初冬时节，柑橘园里一片繁忙。\n\n图①：果农在采摘柑橘。\n本报记者 某某某摄\n"
        "图②：主播在直播带货。\n王某摄（某某视觉）\n\n今年以来，该县农产品网络零售额增长23%。\n"))
    assert "::: figure\n图①：果农在采摘柑橘。\n本报记者 某某某摄\n:::" in body
    assert "::: figure\n图②：主播在直播带货。\n王某摄（某某视觉）\n:::" in body


def test_a_notice_signed_after_its_attachment_list_with_the_attachment_after(tmp_path):
    _, body = imported(tmp_path, (
        "关于做好防汛工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下，请认真落实。\n\n特此通知。\n\n"
        "附件：1.防汛责任人名单\n　　　2.防汛值班表\n\n某县防汛办公室\n2024年5月10日\n\n附件1\n\n"
        "防汛责任人名单\n\n序号\t乡镇\t责任人\n1\t甲镇\t张某\n2\t乙乡\t李某\n"))
    assert ("附件：1.防汛责任人名单\n\n2.防汛值班表\n\n::: signature\n某县防汛办公室\n2024年5月10日\n:::"
            in body)


def test_an_attachments_label_is_text_and_the_line_under_it_its_title(tmp_path):
    # GB/T 9704: 「附件」 (or 「附件2」) alone at the top of the attachment, then its title.
    _, body = imported(tmp_path, (
        "关于推广基层减负经验的通报\n\n各区县人民政府：\n\n一、总体情况\n\n今年以来各地积极探索，形成了一批经验。\n\n"
        "二、下一步要求\n\n各地要认真学习借鉴。\n\n附件：某市基层减负典型做法\n\n某市人民政府办公室\n"
        "2024年6月3日\n\n附件\n\n某市基层减负典型做法\n\n（共12项）\n\n1.甲区精简会议文件。\n\n"
        "2.乙县规范督查检查。\n"))
    assert "\n附件\n\n## 某市基层减负典型做法\n\n（共12项）\n" in body
    assert "## 一、总体情况" in body and "## 二、下一步要求" in body  # the same top level
    (tmp_path / "b").mkdir()
    _, body = imported(tmp_path / "b", (
        "# 某县监测报告\n\n本月各项指标均达标。\n\n附件2\n\n各站点监测数据说明如下。\n"))
    assert "\n附件2\n\n各站点监测数据说明如下。\n" in body and "## 附件" not in body


def test_a_notes_items_numbered_with_enclosed_digits_stay_in_the_note(tmp_path):
    _, body = imported(tmp_path, (
        "# 某县水质月报\n\n本月各断面水质良好。\n\n注：⑴甲桥断面数据由省站提供。\n\n⑵乙闸断面执行Ⅳ类标准。\n\n"
        "下月将继续开展监测。\n"))
    assert "::: note\n注：⑴甲桥断面数据由省站提供。\n\n⑵乙闸断面执行Ⅳ类标准。\n:::\n\n下月将继续开展监测。" in body
    (tmp_path / "b").mkdir()
    _, body = imported(tmp_path / "b", (
        "# 某县水质月报\n\n本月各断面水质良好。\n\n注：①甲桥断面数据由省站提供。\n\n③乙闸断面执行Ⅳ类标准。\n"))
    assert "::: note\n注：①甲桥断面数据由省站提供。\n:::\n\n③乙闸" in body  # not the next item


LONG = "全年新增就业岗位十二万个，城乡居民收入分别增长百分之五和百分之七，社会保障体系更加完善，民生福祉持续增进。" * 2


def test_parallel_lead_sentences_over_their_sections_are_headings(tmp_path):
    _, body = imported(tmp_path, (
        "# 政府工作报告\n\n一、过去五年工作回顾\n\n这五年，我们坚持稳中求进，经济实力迈上新台阶。\n\n" + LONG + "\n\n"
        "这五年，我们坚持改革开放，发展活力竞相迸发。\n\n" + LONG + "\n"))
    assert "## 一、过去五年工作回顾" in body
    assert "\n### 这五年，我们坚持稳中求进，经济实力迈上新台阶。\n" in body
    assert "\n### 这五年，我们坚持改革开放，发展活力竞相迸发。\n" in body
    # One such sentence alone is a paragraph (an opening sentence, not a parallel).
    (tmp_path / "b").mkdir()
    _, body = imported(tmp_path / "b", (
        "# 政府工作报告\n\n一、过去五年工作回顾\n\n这五年，我们坚持稳中求进，经济实力迈上新台阶。\n\n" + LONG + "\n\n"
        "过去一年，我们坚持改革开放，发展活力竞相迸发。\n\n" + LONG + "\n"))
    assert "#" not in body.replace("## 一、过去五年工作回顾", "")
    # A speech addressing its audience twice is no parallel of leads.
    (tmp_path / "c").mkdir()
    _, body = imported(tmp_path / "c", (
        "# 讲话\n\n同志们：\n\n同志们，今年的任务十分艰巨繁重。\n\n" + LONG + "\n\n"
        "同志们，让我们团结一心、奋勇前进！\n\n" + LONG + "\n"))
    assert "#" not in body


def test_a_documents_numbered_parts_stand_above_its_numbered_headings(tmp_path):
    _, body = imported(tmp_path, (
        "# 某市生态环境保护工作要点\n\n第一部分　总体要求\n\n坚持生态优先，持续改善生态环境质量。\n\n"
        "第二部分　主要任务\n\n一、深入打好蓝天保卫战\n\n（一）加强工业污染治理\n\n推进超低排放改造。\n\n"
        "第三章发展环境\n\n发展环境总体向好。\n"))
    assert ("\n## 第一部分　总体要求\n\n坚持生态优先，持续改善生态环境质量。\n\n## 第二部分　主要任务\n\n"
            "### 一、深入打好蓝天保卫战\n\n#### （一）加强工业污染治理\n") in body
    assert "\n## 第三章发展环境\n" in body
    # A sentence that opens with a part's number is text.
    (tmp_path / "b").mkdir()
    _, body = imported(tmp_path / "b", "# 标题\n\n第一部分是总体要求，共三条。\n")
    assert "#" not in body


def test_a_label_over_the_items_it_lists_is_no_heading(tmp_path):
    _, body = imported(tmp_path, (
        "# 考核结果\n\n经考核，各市等次如下。\n\n优秀：甲市、乙市\n良好：丙市、丁市\n\n抄送：省委各部门。\n"))
    assert "#" not in body.replace("# 考核结果", "")
    assert "优秀：甲市、乙市" in body and "良好：丙市、丁市" in body
    (tmp_path / "b").mkdir()
    _, body = imported(tmp_path / "b", "# 图片新闻\n\n广东鹤山：舞火龙\n\n村民舞起火龙，祈愿来年风调雨顺。\n")
    assert "## 广东鹤山：舞火龙" in body  # a place and its story: a headline


def test_an_attachment_item_numbered_before_a_year_is_no_signer(tmp_path):
    _, body = imported(tmp_path, (
        "关于开展环境统计工作的通知\n各县（市、区）生态环境分局：\n现将有关事项通知如下，请认真落实。\n特此通知。\n"
        "附件：1.2024年度环境统计报表目录\n      2.2024年度环境统计填报说明\n某市生态环境局\n2024年12月20日\n"))
    assert "\n2.2024年度环境统计填报说明\n\n::: signature\n某市生态环境局\n2024年12月20日\n:::" in body


@pytest.mark.parametrize(("text", "note"), [
    ("注：数据为初步核算数。", True), ("（数据来源：某市统计局）", True),
    ("（资料来源：某某年鉴）", True), ("（注：下同）", True),
    ("（数据来源于某市统计局，下同", False), ("数据显示，全市增长5%。", False),
    # A chart's 来源 line saying who drew or compiled it is its note; a publication isn't.
    ("来源：某某研究院根据公开资料自主研究绘制。", True), ("来源：某某咨询整理", True),
    ("来源：某某日报", False), ("来源:某某网", False),
    # Other journals' wording of the received/revised/accepted dates.
    ("收稿时间: 2023-12-19; 修改时间: 2024-03-14", True), ("录用日期：2024-07-17", True),
])
def test_notes_bracketed_or_not(text, note):
    assert is_note(text) is note


# ---------------------------------------------------------------- Q&A turns (round 11)


@pytest.mark.parametrize("text", ["▲某某日报记者：今年的重点工作有哪些？", "▲ 主持人：请您介绍一下情况。",
                                  "问：这项政策何时落地？", "▲电视台记者：明年还会举办吗？"])
def test_a_speakers_turn_is_no_caption(text):
    # ▲ opens a caption, but a line opening with a speaker's label speaks: a Q&A turn.
    assert not is_caption_text(text)


def test_a_caption_with_its_credit_stays_a_caption_whatever_it_opens_with():
    assert is_caption_text("▲摄影记者：在工地拍下的一幕。　张某 摄")


def test_question_turns_marked_with_triangles_stay_paragraphs(tmp_path):
    result, body = imported(tmp_path, (
        "# 某市新闻发布会答记者问\n\n"
        "某市昨日举行新闻发布会，发言人回答了记者提问。\n\n"
        "▲某某日报记者：今年的重点工作有哪些？\n\n"
        "李某：今年我们将重点推进三项工作。\n\n"
        "▲电视台记者：明年还会举办吗？\n\n"
        "李某：会的，明年将继续举办。\n"))
    assert "::: figure" not in body
    assert "\n\n▲某某日报记者：今年的重点工作有哪些？\n\n李某：" in body
