"""Raw pdftotext extractions of reports, theses and standards (briefing/importer/
extraction/): furniture dropped, lines joined into paragraphs, clause numbers and
titles recovered. Each text here is made up, in a real shape."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.cleanup import clean_source
from briefing.importer.render import body_markdown
from briefing.importer.repairs import ends_sentence, may_join
from briefing.importer.structure import build_draft

FILE = Path("report.txt")

# A page of running text hard-wrapped at 36 Han (72 columns).
WRAPPED = [
    "某某研究院是一家以信息技术为主要方向的科研机构，成立以来承担了多项国家级课",
    "题，在数据治理、知识管理和智能应用等方面积累了丰富的经验，形成了较为完整的",
    "研究体系。",
]


def paragraphs(text: str) -> list[str]:
    """The cleaned text's paragraphs (blank-line separated), their lines joined."""
    blocks = clean_source(text).text().split("\n\n")
    return ["".join(line.strip() for line in block.split("\n")) for block in blocks
            if block.strip()]


def test_a_contents_title_set_twice_and_split_and_its_lettered_folio_go_with_it():
    """A thesis's contents: the page head 「目 录」, the title again, split by the
    extraction (「目」, then 「录……D」 as if an entry), entries whose numbers stand on
    lines of their own, and the page's folio a letter (「E」) after the last entry."""
    leader = "." * 27
    contents = ["目 录", "", "目 录", "目", "", f"录{leader}D", "", "第1章", "",
                f"研究背景 {leader} 1", "", "1.1", "", f"问题的提出{leader} 1", "", "1.2", "",
                f"研究的意义{leader} 2", "", f"参考文献{leader}9", "", "E"]
    body = ["第 1 章 研究背景", "", *WRAPPED * 3, "1"]
    text = "\n".join(["某某大学", "研究报告", "", "\f" + contents[0], *contents[1:],
                      "\f" + body[0], *body[1:]]) + "\n"
    found = paragraphs(text)
    assert not any(p in ("目录", "目", "E", "第1章") or "...." in p for p in found), found
    assert "".join(WRAPPED) in found
    # A lone letter after a body's last line is no contents' folio.
    plain = "\n".join(["某某报告", "", "\f" + "\n".join(WRAPPED * 3), "E", ""])
    assert "E" in paragraphs(plain)


def body(text: str) -> str:
    """The article.md body the importer writes for a raw extraction."""
    draft = build_draft(text, FILE)
    return body_markdown(draft.nodes)


def test_a_thesis_section_number_set_apart_from_its_heading_is_one_heading():
    """「第1章」 and 「1.2」 alone on their lines, a blank line, then the heading's words:
    one heading each, the chapter above its sections."""
    page1 = ["第1章", "", "研究背景", "", "1.1 问题的提出", *WRAPPED, "", "1.2", "",
             "研究的意义", *WRAPPED, "1"]
    page2 = ["第 1 章 研究背景", "", *WRAPPED, "", "1.3", "", "研究的目标", *WRAPPED, "2"]
    text = "\n".join(["某某大学", "选题报告", "", "\f" + page1[0], *page1[1:],
                      "\f" + page2[0], *page2[1:]]) + "\n"
    found = body(text)
    assert "## 第1章 研究背景\n\n### 1.1 问题的提出" in found, found
    assert "### 1.2 研究的意义" in found and "### 1.3 研究的目标" in found, found
    # With no chapter or section before it, a number alone over a short line (a table's
    # value and its row's label) is left as it is.
    table = "\n".join(["某某报告", "", "\f" + "\n".join(WRAPPED), "", "1.2", "", "增长率",
                       *WRAPPED[1:], "1", "\f" + "\n".join(WRAPPED[1:]), "2"]) + "\n"
    assert "1.2 增长率" not in body(table)


def standard(*pages: list[str]) -> str:
    """A made-up standard's pages as pdftotext writes them, its code at each page's top."""
    return "\n".join("\f" * (index > 0) + "\n".join(["GB/T 99999—2022", *page, str(index + 1)])
                     for index, page in enumerate(pages)) + "\n"


def test_international_documents_in_the_normative_references_are_entries_of_their_own():
    """GB/T 1.1 cites ISO/IEC, ITU-T, IETF and IEEE documents by their own codes: each
    such line opens an entry, however full the line above it."""
    entries = [
        "GB/T 99998 某某系统的通用技术要求和试验方法以及与之相关的设备检测和验收规程",
        "ISO/IEC 13818-1:2019 信息技术 运动图像和伴音信息的通用编码 第1部分：系统（Part",
        "1: Systems）",
        "ISO/IEC 14496-2:2004/Amd.2:2005 信息技术 视听对象编码 第2部分：视频的修订稿",
        "Rec.ITU-T G.723.1(2006) 5.3和6.3kbit的多媒体通信传输中的双速率语音编码器和解码",
        "Rec.ITU-T H.264(2019) 通用音视频服务的先进视频编码以及与之相关的一致性测试方法",
        "IETF RFC 3261 会话初始协议（SIP: Session Initiation Protocol）及其扩展的通用要求",
        "IEEE RFC 3640 用于传输MPEG-4基本流传输的RTP有效载荷负载格式以及相关的传输要求",
    ]
    text = standard(["", "1 范围", *WRAPPED * 2, "2 规范性引用文件", *WRAPPED, *entries],
                    ["3 术语和定义", *WRAPPED * 2])
    found = body(text)
    for entry in ("GB/T 99998", "ISO/IEC 13818-1:2019", "ISO/IEC 14496-2:2004/Amd.2:2005",
                  "Rec.ITU-T G.723.1(2006)", "Rec.ITU-T H.264(2019)", "IETF RFC 3261",
                  "IEEE RFC 3640"):
        assert "\n\n" + entry in found, (entry, found)


def test_a_bracket_pair_wrapped_over_two_lines_is_made_full_width():
    """「…参考软件(Reference software for」「advanced video coding)」: the pair beside
    Chinese is full width, as it would be on one line."""
    lines = ["某某标准规定了视频编码的参考软件(Reference software for advanced video",
             "coding)的使用方法，适用于公共安全视频监控联网系统的方案设计和系统检测。"]
    found = body("\n".join(["某某报告", "", *lines, "", *WRAPPED]) + "\n")
    assert "参考软件（Reference software for advanced video coding）的使用方法" in found, found
    # A Latin word's own brackets stay ASCII: 「f(x」「)」 is no Chinese pair.
    latin = body("\n".join(["某某报告", "", "函数 f(x, y", "z)，见附录。", ""]))
    assert "f(x, y z)" in latin or "f(x, yz)" in latin, latin


def test_a_standard_without_its_cover_takes_its_name_above_clause_one_as_title():
    """An extraction that starts at the 前言: the standard's name, broken over two lines
    at the top of the body's first page, above 「1 范围」, is the title; 前言 a heading."""
    text = standard(["前", "", "言", "", *WRAPPED * 2],
                    ["", "某某监控联网系统", "信息传输、交换技术要求", "1 范围", *WRAPPED * 2])
    draft = build_draft(text, FILE)
    assert draft.title == "某某监控联网系统信息传输、交换技术要求"
    found = body_markdown(draft.nodes)
    assert found.startswith("## 前言\n\n") and "## 1 范围" in found, found
    assert "某某监控联网系统" not in found
    # Lines of text above the clause on its page are no name.
    text = standard(["前", "", "言", "", *WRAPPED * 2], [*WRAPPED, "1 范围", *WRAPPED * 2])
    assert build_draft(text, FILE).title != "".join(WRAPPED)


def test_a_line_ending_in_a_citation_mark_and_a_full_stop_short_of_the_column_ends_its_paragraph():
    """「…重要工具 [1-3] 。」: the superscript mark is small on the page but full size in the
    extraction, so the line seems to reach the column; measured without it, it falls
    short: the paragraph ends there."""
    prose = ("开放式创新是一种新兴的创新模式强调企业在创新过程中不仅依赖内部资源还广泛利用外部"
             "资源其核心理念是通过合作技术引进和用户参与等方式打破企业内部与外部的边界提升创新"
             "能力通过与外部合作伙伴客户大学和研究机构等合作企业可以更快速地获取新技术开拓新市"
             "场并有效降低研发成本和风险")
    lines = [prose[i:i + 36] for i in range(0, 108, 36)]  # three lines at the column
    cited = prose[:30] + " [1-3] 。"  # 30 Han: it ends four characters short
    other = ["Apple Watch 的设计和功能不仅局限于技术创新，还包括用户体验和市场需求的综",
             "合考虑，形成了较为完整的研究体系和评价方法，值得同类研究机构参考借鉴。"]
    page1 = ["第一页的开头", *lines, *lines[:2], cited, *other, "1"]
    page2 = ["第二页的开头", *lines, prose[:10] + "。", "2"]
    found = paragraphs("\n".join(["某某报告", "", "\f" + "\n".join(page1),
                                  "\f" + "\n".join(page2)]) + "\n")
    assert any(p.endswith("[1-3] 。") for p in found) and "".join(other) in found, found
    # A line that fills the column but for its mark goes on.
    full = prose[36:70] + " [4] 。"  # 34 Han and the mark
    page1 = ["第一页的开头", *lines, *lines[:2], full, *lines, "1"]
    found = paragraphs("\n".join(["某某报告", "", "\f" + "\n".join(page1),
                                  "\f" + "\n".join(page2)]) + "\n")
    assert not any(p.endswith("[4] 。") for p in found), found


def test_a_chinese_sentence_closed_by_an_ascii_full_stop_ends_its_paragraph():
    """Journals set 「.」 for 。, and a spaced citation mark may stand before it: the
    paragraph is finished, never joined to the next as one split at a page break."""
    assert ends_sentence("增强企业的整体创新能力 [8] .") and ends_sentence("尤其是代码相关任务.")
    assert not ends_sentence("其版本为 v1.")
    page1 = [*WRAPPED[:2], "形成了较为完整的研究体系，增强企业的整体创新能力和市场竞争力 [8] .", "1"]
    page2 = ["此外，开放式创新在不同行业中的应用也各具特色，在高科技行业更为明显。", *WRAPPED, "2"]
    found = body("\n".join(["某某报告", "", "\f" + "\n".join(page1), "\f" + "\n".join(page2)]))
    assert "[8] .\n\n此外" in found, found


def test_a_line_opening_with_a_bullet_opens_a_list_item():
    """「• 分析…」 under a line that reaches the column: an item of its own."""
    intro = "本研究旨在探讨某某产品开发过程中的开放式创新应用和实践效果，具体目标包括："
    items = ["• 分析某某产品的开发过程，梳理其关键里程碑和创新点。",
             "• 探讨某某公司在开发过程中采用的开放式创新策略。"]
    found = paragraphs("\n".join(["某某报告", "", "\f" + "\n".join(WRAPPED * 3), intro, *items,
                                  "1", "\f" + "\n".join(WRAPPED[1:] * 3), "2"]) + "\n")
    assert intro in found and items[0] in found and items[1] in found, found


def test_a_paragraph_ending_in_a_colon_is_never_joined_to_the_next():
    """「…具体目标包括：」 then the first item: a colon announces what follows, so the block
    under it starts it — never one paragraph ended mid-sentence (issue 11), however long."""
    intro = "本研究旨在探讨 Example Watch 开发过程中的开放式创新应用，具体目标包括："
    assert not may_join(intro, "分析某某产品的开发过程，梳理其关键里程碑和创新点。")
    assert may_join("本研究旨在探讨某某产品开发过程中的开放式创新", "应用和实践效果。")
    items = ["• 分析某某产品的开发过程，梳理其关键里程碑和创新点。",
             "• 探讨某某公司在开发过程中采用的开放式创新策略。"]
    found = body("\n".join(["某某报告", "", "\f" + "\n".join(WRAPPED * 3), intro, *items,
                            "1", "\f" + "\n".join(WRAPPED[1:] * 3), "2"]) + "\n")
    assert intro + "\n\n" in found, found


def test_a_covers_title_lines_above_a_bracketed_line_and_its_applicant_make_the_front_matter():
    """A thesis proposal's cover: 「某某大学」「攻读硕士学位研究生选题报告」, then
    「(申请某某大学工程硕士专业学位论文)」 — the title broken over two lines and its
    subtitle — and the form field 「申 请 人： 张 三 丰」 naming the author."""
    cover = ["某某大学", "攻读硕士学位研究生选题报告", "(申请某某大学工程硕士专业学位论文)", "",
             "培 养 单 位 ： 某某工程系", "申 请 人： 张 三 丰", "指 导 教 师： 李 四 教 授", "",
             "二〇二四年七月"]
    pages = [[*WRAPPED * 3, "1"], [*WRAPPED[1:] * 3, "2"]]
    text = "\n".join([*cover, *("\f" + "\n".join(page) for page in pages)]) + "\n"
    draft = build_draft(text, FILE)
    assert draft.title == "某某大学攻读硕士学位研究生选题报告"
    assert draft.subtitle == "（申请某某大学工程硕士专业学位论文）"
    assert draft.authors == ["张三丰"]
    found = body_markdown(draft.nodes)
    assert "申请人" not in found and "选题报告" not in found and "某某工程系" in found, found
    # Without the bracketed line the cover's lines are left as they are.
    plain = "\n".join([*cover[:2], *cover[3:], *("\f" + "\n".join(page) for page in pages)])
    assert build_draft(plain + "\n", FILE).title != "某某大学攻读硕士学位研究生选题报告"


ABSTRACT = [
    "Abstract:    With the significant success of deep learning in fields such as vision and language processing,",
    "software engineering researchers have begun to explore its use in solving software engineering tasks. Existing",
    "results indicate that these models exhibit advantages in many code-related tasks. It has become a focal",
]
ABSTRACT_END = [
    "point in the field of software engineering. In recent years, researchers have proposed numerous attack and",
    "defense methods specific to deep code models, and this paper reviews them.",
]


def journal_paper(head: str) -> str:
    """Two pages of a made-up journal paper as pdftotext -layout writes them."""
    page1 = ["某某学报 ISSN 1000-0000, CODEN ABCDEF", "", "                 *", "某某代码模型安全综述",
             "张三 1, 李四 2", "", *ABSTRACT, "", "",
             "     *   基金项目: 国家自然科学基金(61900000)",
             "         收稿时间: 2023-12-19; 修改时间: 2024-03-14"]
    page2 = [head, "", "", *ABSTRACT_END, "Key words:     deep code model; security", "", "",
             "       " + WRAPPED[0], *WRAPPED[1:]]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f"


def test_a_journal_running_head_with_its_page_number_at_its_end_is_dropped():
    """-layout keeps the page's number on the head's line: 「张三 等:某某代码模型安全综述   2205」."""
    found = paragraphs(journal_paper("  张三 等:某某代码模型安全综述" + " " * 40 + "2205"))
    assert not any("2205" in p for p in found), found


def test_a_first_pages_notes_opening_with_the_title_mark_go_after_the_abstract_they_broke_off():
    """「*   基金项目: …」 at the foot of page 1 under an abstract that goes on on page 2:
    the notes are set after it (before 「Key words:」), and the abstract is one paragraph."""
    found = paragraphs(journal_paper("  张三 等:某某代码模型安全综述" + " " * 40 + "2205"))
    whole = [p for p in found if p.startswith("Abstract:")]
    assert whole and whole[0].endswith("this paper reviews them."), found
    notes = [i for i, p in enumerate(found) if "基金项目" in p]
    keys = [i for i, p in enumerate(found) if p.startswith("Key words:")]
    assert notes and keys and found.index(whole[0]) < notes[0] < keys[0], found


def test_a_report_page_opening_with_its_own_short_title_opens_a_top_level_part():
    """A report's pages open with their titles (「版权及免责声明」, 「前言」 over a page whose
    last line ends short of a sentence): headings of the top level, beside 「一、…」."""
    cover = ["某某兼容性指南", "（2020 年）", "", "某某产业联盟", "", "2020年12月"]
    rights = ["版权及免责声明", *WRAPPED, "本指南采用知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议进行许可"]
    preface = ["前", "", "言", "", *WRAPPED[1:] * 2]
    part = ["一、某某兼容性", "（一）某某兼容性的定义", *WRAPPED * 2]
    text = "\n".join([*cover, *("\f" + "\n".join(page) for page in (rights, preface, part))])
    found = body(text + "\n")
    assert found.startswith("2020年12月\n\n## 版权及免责声明\n\n"), found
    assert "\n## 前言\n" in found and "\n## 一、某某兼容性\n\n### （一）" in found, found
    # A page opening with the end of the paragraph the page before broke off is no title.
    broken = [*WRAPPED[:2], "形成了较为完整的研究体系和评价方法，值得同类研究机构和单位参考借鉴和"]
    text = "\n".join([*cover, "\f" + "\n".join(["一、某某兼容性", *broken]),
                      "\f" + "\n".join(["学习推广", *WRAPPED * 2])]) + "\n"
    assert "## 学习推广" not in body(text)


def test_numbered_web_addresses_at_a_pages_foot_are_footnotes_called_by_their_numbers():
    """「1   https://…」「2   https://…」 at the foot of a paper's page: footnotes, their marks
    the numbers set after a Latin word (「Lucene 1 提升」「Copilot2辅助」); the paper's
    bracketed citations (「等人[2]」) stay citations."""
    text_lines = [
        "       " + WRAPPED[0], *WRAPPED[1:],
        "例如,Gu 等人[2]将深度学习模型用于代码检索,其效果较基于传统检索方法的 Lucene 1 提升",
        "了 71%.近些年,由某公司开发的 GitHub Copilot2辅助编程工具进一步推动了该领域的发展.",
    ]
    page1 = ["  张三 等:某某代码模型安全综述" + " " * 40 + "2205", "", *text_lines, "",
             "   1   https://lucene.apache.org/", "   2   https://github.com/features/copilot"]
    page2 = ["  某某学报 2024 年第 35 卷第 5 期" + " " * 30 + "2206", "", *WRAPPED * 2]
    text = "\n".join(["某某代码模型安全综述", "张三 1, 李四 2", "", "\f" + "\n".join(page1),
                      "\f" + "\n".join(page2)]) + "\n"
    found = body(text)
    assert "Lucene[^1] 提升" in found and "Copilot[^2]辅助" in found, found
    assert "[^1]: https://lucene.apache.org/" in found
    assert "[^2]: https://github.com/features/copilot" in found
    assert "等人[2]将" in found, found


def test_a_folio_above_a_copys_download_code_at_the_pages_foot_is_dropped():
    """A report site prints a copy's code under the page number: 「3」 then
    「oXOAfUkUvZqQsRaQbP8OsQnNtRqQeRrQpOjMsQsN9PoPqMxNmOoMvPqNqQ」 — the folio goes too."""
    code = "oXOAfUkUvZqQsRaQbP8OsQnNtRqQeRrQpOjMsQsN9PoPqMxNmOoMvPqNqQ"
    pages = [[*WRAPPED * 2, "", "2", code], [*WRAPPED[1:] * 2, "", "3", code]]
    text = "\n".join(["某某报告", "", *("\f" + "\n".join(page) for page in pages)]) + "\n"
    found = paragraphs(text)
    assert "2" not in found and "3" not in found and code not in found, found


def test_a_run_of_labelled_lines_is_a_form_of_fields_each_a_paragraph():
    """A report's credits: 「牵头单位：」「参与单位：」 (wrapped to the column), 「主要撰稿人：」 —
    each label opens a field; a label after a block with no label may continue it."""
    credits = ["编写说明：", "牵头单位：某某信息通信研究院",
               "参与单位：某某信息通信研究院、北京某某在线科技有限公司、某某软件技术有限公司、某",
               "某通讯股份有限公司、某某中国公司、某某研究院有限公司、某某网络科技股份有限公司",
               "主要撰稿人：张三、李四、王五、赵六、孙七、周八、吴九、郑十、冯十一、陈十二、褚",
               "卫、蒋某、沈某"]
    text = "\n".join(["某某指南", "", "\f" + "\n".join([*WRAPPED, "", *credits, "", *WRAPPED]),
                      "\f" + "\n".join(WRAPPED[1:] * 3)]) + "\n"
    found = body(text)
    assert "\n\n主要撰稿人：张三" in found and "\n\n参与单位：某某" in found, found
    assert not may_join("参与单位：某某信息通信研究院、某某公司", "主要撰稿人：张三、李四")
    assert may_join("本研究的具体要求", "如下：一是加强领导。")


def test_a_line_leaving_a_title_mark_open_goes_on_on_the_next_line():
    """「《国民经济某某分类》与《所」 then 「有经济活动的某某分类》对照参见附录 G。」: a book title
    never spans two paragraphs, so the short line goes on."""
    lines = ["《某某经济行业分类》与《所", "有经济活动的国际标准某某分类》对照参见附录 G。"]
    text = "\n".join(["GB/T 99999—2017", "", "前言", *WRAPPED, *lines, "本标准由某某局提出。",
                      "\f" + "\n".join(["GB/T 99999—2017", "1 范围", *WRAPPED * 2])]) + "\n"
    found = body(text)
    assert "".join(lines) in found.replace("\n\n", "|").split("|"), found


def test_a_chapter_numbered_in_han_and_its_sections_set_apart_are_headings():
    """「第一章」 alone over 「绪论」, or 「第二章 相关研究」 on one line, then 「2.1」 alone over
    its heading: the chapter counts as 1 and 2, its sections follow it."""
    page1 = ["第一章", "", "绪论", "", "1.1", "", "研究背景", *WRAPPED, "1"]
    page2 = ["第二章 相关研究", *WRAPPED, "", "2.1", "", "国外研究现状", *WRAPPED[1:], "2"]
    text = "\n".join(["某某大学", "硕士学位论文", "", "\f" + "\n".join(page1),
                      "\f" + "\n".join(page2)]) + "\n"
    found = body(text)
    assert "## 第一章 绪论\n\n### 1.1 研究背景" in found, found
    assert "### 2.1 国外研究现状" in found, found


def test_a_pages_first_table_cell_is_no_page_title():
    """A page opening with a table's header cells one a line (「城市」 over 「优良天数比例
    （%）」) has no title: the cell is no heading."""
    cover = ["某某指南", "（2020 年）", "", "某某产业联盟"]
    cells = ["城市", "优良天数比例（%）", "同比变化（百分点）", "某某市", "80.6", "2.1"]
    text = "\n".join([*cover, "\f" + "\n".join([*WRAPPED, "表1 某某统计"]),
                      "\f" + "\n".join([*cells, *WRAPPED])]) + "\n"
    assert "## 城市" not in body(text) and not clean_source(text).headings


def test_only_a_standards_code_alone_as_running_head_shows_a_standard():
    """「GB/T 99999—2022」 heading the pages shows a standard (its name above 「1 范围」 is
    the title); a report's head 「AI 2020 某某白皮书」 does not."""
    pages = [["前", "", "言", "", *WRAPPED * 2], ["", "某某监控联网系统技术要求", "1 范围", *WRAPPED]]
    for head, standard_ in (("GB/T 99999—2022", True), ("AI 2020 某某白皮书", False)):
        text = "\n".join("\f" * (index > 0) + "\n".join([head, *page, str(index + 1)])
                         for index, page in enumerate(pages)) + "\n"
        assert (build_draft(text, FILE).title == "某某监控联网系统技术要求") is standard_, head


def test_a_chapters_running_head_on_the_page_it_opens_goes():
    """「第 2 章 相关研究」 heads the one page of chapter 2, above 「第2章」「相关研究」: the
    head goes (no count shows it, the heading under it does), the heading stays."""
    page1 = ["第 1 章 绪论", "", "第1章", "", "绪论", "", "1.1 研究背景", *WRAPPED, "1"]
    page2 = ["第 1 章 绪论", "", *WRAPPED[1:], "2"]
    page3 = ["第 2 章 相关研究", "", "第2章", "", "相关研究", "", "2.1 国外研究", *WRAPPED, "3"]
    text = "\n".join(["某某大学", "硕士学位论文", "",
                      *("\f" + "\n".join(page) for page in (page1, page2, page3))]) + "\n"
    found = body(text)
    assert "第 2 章 相关研究" not in found and "## 第2章 相关研究\n\n### 2.1 国外研究" in found, found


def test_each_entry_of_a_reference_list_opens_a_paragraph():
    """「[2] 王五, …」 under an entry ending with its full stop: the next entry of the list
    (GB/T 7714), however full the line above; a citation mark opening a wrapped line of
    text (「[6] 基于…」 after 「…Feng 等人」) goes on."""
    entries = [
        "[1] 张三, 李四. 某某网络环境下的异构标识空间管控架构研究[J]. 通信学报, 2022, 43(4): 1-12.",
        "[2] 王五, 赵六, 孙七. 面向国产算力的超大规模智算集群网络关键挑战与技术途径[J]. 电信科学,",
        "2025, 41(9): 1-20.",
        "[3] 周八. 某某技术白皮书[R]. 北京: 某某研究院, 2020.",
    ]
    text = ["在 2020 年,Feng 等人提出用于编程语言表示的双峰预训练模型并在多种任务中取得了优异的效果,Feng 等人",
            "[6] 基于 BERT 提出用于编程语言表示的双峰预训练模型,在多种下游任务中均取得了优异的效果."]
    page1 = [*WRAPPED, *text, "1"]
    page2 = ["参考文献", *entries, "2"]
    found = body("\n".join(["某某研究综述", "", "\f" + "\n".join(page1),
                            "\f" + "\n".join(page2)]) + "\n")
    assert "1-12.\n\n[2] 王五" in found and "1-20.\n\n" in found, found
    assert "Feng 等人 [6] 基于" in found or "Feng 等人[6] 基于" in found, found


def test_a_report_pages_key_statement_under_its_title_is_a_heading_below_it():
    """A consulting report's page: its title, then its key statement on two lines
    (「顶层设计先行，某某进入发展快车道，为数字化、」「智能化建设注入新动力」), then its text:
    the statement is one heading under the title. Text under a title is no statement."""
    cover = ["面向某某的", "某某行业白皮书", "某某研究院&某某咨询联合发布", "2020年"]
    page1 = ["开篇摘要", *WRAPPED * 2]
    page2 = ["某某的发展概述", "顶层设计先行，某某进入发展快车道，为数字化、", "智能化建设注入新动力",
             *WRAPPED[1:] * 2]
    text = "\n".join([*cover, *("\f" + "\n".join(page) for page in (page1, page2))]) + "\n"
    found = body(text)
    assert "## 某某的发展概述\n\n### 顶层设计先行，某某进入发展快车道，为数字化、智能化建设注入新动力\n" \
        in found, found
    assert "## 开篇摘要\n\n某某研究院" in found, found


def test_a_short_line_ending_in_a_clause_mark_goes_on_on_the_next_line():
    """The typesetter broke a line after 「，」 or 「、」 well short of the column (before a
    bold run, a number): a Chinese paragraph never ends on a clause mark, so the line goes
    on; a short line ending in 「。」 still ends its paragraph."""
    lines = [*WRAPPED, "某某平台的建设取得了积极进展，",
             "2019 年到 2023 年，平台由 5 个增至 24 个，开放的数据集由 800 个增至近 2 万个，",
             "各地积极探索数据治理规则、",
             "数据交易和开发利用。", "新的段落从这里开始，内容与上一段无关，只是为了凑足一行的宽度而写。",
             *WRAPPED]
    text = "\n".join(["某某报告", "", "\f" + "\n".join(lines), "1", ""])
    found = paragraphs(text)
    assert any(p.startswith("某某平台的建设取得了积极进展，2019 年到") and
               p.endswith("各地积极探索数据治理规则、数据交易和开发利用。") for p in found), found
    assert any(p.startswith("新的段落") for p in found), found


# A report's page of running text hard-wrapped at 27 Han (54 columns).
REPORT_TEXT = ("某某地区以改革创新为动力，统筹推进数字基础设施、数字技术、数字经济和数字社会"
               "建设，数字化发展环境不断优化，各项工作取得显著成效。全区已建成各类数据中心，"
               "算力规模位居全省前列，数据资源开发利用水平稳步提升，为经济社会高质量发展提供"
               "了有力支撑，群众获得感持续增强，社会治理效能明显提高，各类市场主体活力进一步"
               "释放出来了。")
REPORT_PAGE = [REPORT_TEXT[i:i + 27] for i in range(0, len(REPORT_TEXT), 27)]


def report_with_contents(*body_pages: list[str]) -> str:
    """A cover (title, month), body pages with folios, then the contents: its title set
    letter-spaced (one character a line), a part's label, dot-leader entries a little
    wider than the body's lines (as pdftotext gives them)."""
    leader = "." * 27
    sections = ["网络基础设施规模全球领先", "数据资源价值加快释放出来", "数字技术创新能力快速提升",
                "数字经济发展规模稳步扩大", "数字政府治理服务效能增强", "数字社会服务更加普惠便捷"]
    contents = ["目", "", "录", "", "第一篇", f"一、数字基础设施建设取得显著成效 {leader} 1",
                *(f"（{'一二三四五六'[i]}）{name} {leader} {i + 2}"
                  for i, name in enumerate(sections)),
                f"二、数字化发展的经验和主要认识 {leader} 8",
                *(f"（{'一二三四五六'[i]}）{name} {leader} {i + 9}"
                  for i, name in enumerate(sections))]
    pages = [["某某地区数字化发展报告（2023 年）", "", "2024 年 3 月", ""]]
    pages += [[*page, str(number), ""] for number, page in enumerate(body_pages, 1)]
    pages.append(contents)
    return "\f".join("\n".join(page) for page in pages) + "\n"


def test_dot_leader_contents_lines_do_not_widen_the_texts_column():
    """The contents' entries run to the page's edge: were they measured, the column would
    be theirs, the body's lines all short of it, and the cover's title no title."""
    text = report_with_contents(["摘", "", "要", "", *REPORT_PAGE * 2], REPORT_PAGE * 2)
    assert clean_source(text).column == 54  # the body's 27 Han
    draft = build_draft(text, FILE)
    assert draft.title == "某某地区数字化发展报告（2023 年）"
    text = body_markdown(draft.nodes)
    assert REPORT_TEXT in text.split("\n\n")


def test_a_front_matter_heading_set_letter_spaced_is_one_heading_and_the_contents_go():
    """「摘」 and 「要」 on lines of their own are the heading 摘要; the contents' title (set
    so too), the part's label above its first entry and the entries are dropped."""
    draft = build_draft(report_with_contents(["摘", "", "要", "", *REPORT_PAGE * 2],
                                             REPORT_PAGE * 3), FILE)
    text = body_markdown(draft.nodes)
    assert "## 摘要" in text
    assert "目录" not in text and "第一篇" not in text and "...." not in text


def test_a_quantity_wrapped_to_a_lines_start_is_no_clause_number():
    """「6.7 万余款。」 opening a line is the sentence going on, not clause 6.7."""
    page = [*REPORT_PAGE[:3], "网络生态持续向好，清理违法和不良信息 204.93 亿条、下架违规应",
            "6.7 万余款。八是数字安全保障能力大幅提升，网络安全体系日益", *REPORT_PAGE[3:]]
    draft = build_draft(report_with_contents(REPORT_PAGE * 2, page), FILE)
    found = body_markdown(draft.nodes).split("\n\n")
    assert any("下架违规应 6.7 万余款。" in p or "下架违规应6.7 万余款。" in p for p in found)
    assert not any(p.startswith("6.7") for p in found)


def test_a_line_broken_before_a_comma_is_one_line_of_the_page_with_the_line_above():
    """pdftotext broke a line of the page before 「，」: the piece opening with the mark
    goes on the line above (no line opens with it), and the two are one line of the
    page — not a short line ending the paragraph, which goes on below."""
    page = [*REPORT_PAGE[:2], "学生必须独立绘制完成一定数量的图纸，工程图绘制尽量采用目",
            "前社会用人单位通用方式进行（如计算机绘图等）", "，图纸应符合制",
            "图标准；另需一份八千字以上的设计说明书（包括计算书、调研报", "告）。", *REPORT_PAGE[2:]]
    text = report_with_contents(REPORT_PAGE * 2, page)
    found = body_markdown(build_draft(text, FILE).nodes).split("\n\n")
    assert any("（如计算机绘图等），图纸应符合制图标准；另需一份" in p for p in found), found


def test_a_lone_mark_broken_off_a_full_line_does_not_end_its_paragraph():
    """「…（包括计算书、调研报告）」 at the column, then 「；」 alone, then the sentence going
    on: the mark is the end of the full line above, so the paragraph goes on."""
    page = [*REPORT_PAGE[:2], "另需提交一份八千字以上的设计说明书（包括计算书、调研报告）", "；",
            "另附不少于十篇的外文文献译文，译文须注明出处并经导师签字。", *REPORT_PAGE[2:]]
    text = report_with_contents(REPORT_PAGE * 2, page)
    found = body_markdown(build_draft(text, FILE).nodes).split("\n\n")
    assert any("调研报告）；另附不少于十篇" in p for p in found), found


def test_a_contents_whose_page_numbers_stand_on_lines_of_their_own_goes():
    """A plain extraction of a two-column contents: entries without leaders, each
    chapter's page number on a line of its own, the last one at the page's foot (taken as
    its folio). The contents goes down to the page's end; the body's first heading, the
    line after it, stays."""
    contents = ["目 录", "一、总体情况", "", "01", "", "（一）基本概况", "（二）主要做法", "",
                "二、存在问题", "（一）认识不足", "", "07", "", "三、对策建议", "", "12", "",
                "（一）完善制度", "（二）强化保障", "", "附件 名词解释", "", "18"]
    body = ["总体情况", *WRAPPED * 3, "", "2"]
    text = "\n".join(["某某研究报告", "2023年5月", "", "1", "\f" + contents[0], *contents[1:],
                      "", "\f" + body[0], *body[1:]]) + "\n"
    found = paragraphs(text)
    assert not any(p in ("目录", "目 录", "01", "07", "12", "18") or p.startswith(("（", "一、"))
                   or "附件" in p for p in found), found
    assert "总体情况" in found


def test_chapter_entries_without_leaders_go_with_the_contents_they_open_and_close():
    """LaTeX's book class (and Sphinx's PDFs) sets a chapter's contents entry without
    leaders — its title, then its page far off at the right — and its sections' entries
    with them; the contents' title may have words before 目录. The chapter entries above
    the first section, between sections and after the last (their pages rising) go with
    the contents; the body's own chapter head, with no page, stays."""
    gap = " " * 40
    dots = " ." * 30
    contents = [" " * 60 + "全部章节目录", "", f"1   关于本指南{gap}1",
                f"    1.1   目的{dots}    1", f"    1.2   适用范围{dots}    2", "",
                f"2   语言风格{gap}3", f"    2.1   对话式{dots}    3", "",
                f"8   附录资料及相关说明{gap}41", "", f"9   参考资料{gap}43", "", "ii"]
    body = ["1 关于本指南", *WRAPPED * 3, "", "1"]
    text = "\n".join(["某某写作风格指南", "发布 0.1", "", "\f" + contents[0], *contents[1:],
                      "\f" + body[0], *body[1:]]) + "\n"
    found = paragraphs(text)
    assert not any("目录" in p or "语言风格" in p or "参考资料" in p or "适用范围" in p
                   or p == "ii" for p in found), found
    assert "1 关于本指南" in found and "".join(WRAPPED) in found


def test_a_chapter_line_with_a_number_after_the_contents_stays_when_pages_fall():
    """After the last entry with leaders, a spaced line whose number is lower than the
    last page is not the contents' (a body line ending in a figure)."""
    dots = " ." * 30
    text = "\n".join(["某某报告", "", "\f目录", f"1.1   目的{dots}    5",
                      f"1.2   范围{dots}    9", "", "第一章   总则      2",
                      *WRAPPED * 3, "", "1", "\f" + WRAPPED[0], *WRAPPED[1:], "", "2"]) + "\n"
    found = paragraphs(text)
    assert not any("目的" in p for p in found), found
    assert any(p.startswith("第一章") for p in found), found


def test_a_folio_on_the_line_of_the_next_pages_first_line_goes_alone():
    """「1\f第二章 某某」: a page's folio and the next page's heading on one line (a text
    whose form feed did not start a line). The folio goes; the heading stays — dropping
    the line dropped the heading without a word."""
    text = "\n".join(["某某报告", "", *WRAPPED, "", "1\f第二章 某某", "", *WRAPPED, "", "2"])
    found = paragraphs(text + "\n")
    assert "第二章 某某" in found and "1" not in found and "2" not in found, found


def test_short_lines_under_a_contents_title_without_page_numbers_stay():
    """Under 「目录」, lines that give no run of rising page numbers are no contents."""
    text = "\n".join(["某某研究报告", "", "目录", "一、总体情况", "二、存在问题", "",
                      *WRAPPED * 3]) + "\n"
    found = paragraphs(text)
    assert "目录" in found and "一、总体情况" in found and "二、存在问题" in found, found



def test_a_narrow_pages_indented_first_line_is_no_key_statement():
    """A -layout report: the 版权声明 page is narrower than the body's; its paragraph's
    first line, indented over the flush line under it, is the paragraph's (no statement
    under the page's title)."""
    cover = ["", "", "某某行业发展报告", "   (2022 年)", "", "", "  某某研究院", "    2022年 7月"]
    notice = ["         版权声明", "", "", "", "",
              "  本白皮书版权属于某某研究院，并受法律保",
              "护。转载、摘编或利用其它方式使用本白皮书文字或者",
              "观点的，应注明“来源：某某研究院”。违反上述声明",
              "者，本院将追究其相关法律责任。"]
    lines = ["近年来，某某行业发展速度之快、辐射范围之广、影响程度之深前所",
             "未有，正在成为重组全球要素资源、重塑全球经济结构、改变全球竞",
             "争格局的关键力量，行业与地方形成落实相关战略部署的系统合力。"]
    paragraph = ["  " + lines[0], "", lines[1], "", lines[2], ""]
    preface = ["                  前   言", *paragraph * 4]
    text = "\n".join([*cover, "\f" + "\n".join(notice), "\f" + "\n".join(preface)]) + "\n"
    found = body(text)
    assert "## 版权声明\n\n本白皮书版权属于某某研究院，并受法律保护。转载" in found, found
    assert "### " not in found, found


def test_a_page_title_set_letter_spaced_is_a_page_title():
    """「前   言」 opening a page over its text: the page's title, its spaces aside."""
    from briefing.importer.extraction.pages import _pages
    from briefing.importer.extraction.paragraphs import _page_titles

    wide = "近年来，某某行业发展速度之快、辐射范围之广、影响程度之深前所未有，"
    lines = list(enumerate(["某某行业发展报告", "某某研究院", "\f          前   言",
                            "  " + wide[:-3], wide, "争格局的关键力量。", "\f" + wide, wide], 1))
    titles, _ = _page_titles(lines, _pages(lines))
    assert 3 in titles



def test_a_flush_line_goes_on_the_paragraph_where_paragraphs_open_indented():
    """A double-spaced -layout report: each paragraph's first line indented two spaces,
    its other lines flush, a blank line after every line. A flush line under a line that
    reached the column is the same paragraph, even after 「：」 or 「。」; an indented one
    opens the next."""
    def paragraph(number: str) -> list[str]:  # three lines, the first indented
        return [f"  第{number}段：某某经济发展速度之快、辐射范围之广、影响程度",
                "之深前所未有，正在成为重组全球要素资源、重塑全球经济结构、改变",
                "全球竞争格局的关键力量，行业与地方形成落实相关战略部署的合力。"]
    listed = ["  某某经济是以数字化的知识和信息作为关键生产要素，以数字技术为",
              "核心驱动力量，以现代信息网络为重要载体的新型经济形态。具体包括：",
              "一是数字产业化，即信息通信产业，具体包括电子信息制造业、电信业",
              "等；二是产业数字化，即传统产业应用数字技术所带来的产出增加。另",
              "一方面，白皮书首次研究我国各地区产业与传统产业的投入关联关系。",
              "以上是本报告的主要内容。"]
    lines = [*paragraph("一"), *paragraph("二"), *listed, *paragraph("三"), *paragraph("四"),
             *paragraph("五")]
    page = [part for line in lines for part in (line, "")]
    cover = ["          某某经济发展报告", "", "             某某研究院", "               2022年7月"]
    text = "\n".join([*cover, "\f" + "\n".join(page)]) + "\n"
    found = body(text).split("\n\n")
    assert any(p.startswith("某某经济是以") and "具体包括：一是数字产业化" in p
               and "产出增加。另一方面" in p and p.endswith("关联关系。以上是本报告的主要内容。")
               for p in found), found
    assert sum(1 for p in found if p.startswith("第")) == 5, found


def test_a_report_covers_series_number_is_dropped():
    """「N o.202305」 above the cover's title: the series' issue number, no text."""
    cover = ["               N o.202305", "", "", "某某产业发展白皮书", "   (2023 年)", "",
             "  某某研究院", "    2023年 5月"]
    text = "\n".join([*cover, "\f" + "\n".join(WRAPPED * 3), "1"]) + "\n"
    found = body(text)
    assert "202305" not in found and "N o" not in found, found


def test_numbered_headings_under_a_reports_page_title_go_a_level_below_it():
    """A report's 摘要 page sums up its chapters under 「一、」「二、」: they stand under
    摘要, a level down; after the contents the body's own 「一、」 is a chapter again."""
    cover = ["某某地区数字化发展报告（2023 年）", "", "某某研究院", "2023 年 7 月"]
    summary = ["摘要", *WRAPPED, "一、数字基础设施建设取得显著成效", *WRAPPED,
               "二、数字经济发展规模稳步扩大", *WRAPPED]
    leader = "." * 27
    contents = ["目录", f"一、数字基础设施建设取得显著成效 {leader} 1",
                f"二、数字经济发展规模稳步扩大 {leader} 5"]
    chapter = ["一、数字基础设施建设取得显著成效", *WRAPPED * 2]
    text = "\n".join([*cover, *("\f" + "\n".join(page) for page in (summary, contents, chapter))
                      ]) + "\n"
    found = body(text)
    assert "## 摘要\n" in found, found
    assert found.count("### 一、数字基础设施建设取得显著成效\n") == 1, found
    assert "### 二、数字经济发展规模稳步扩大\n" in found, found
    assert found.count("\n## 一、数字基础设施建设取得显著成效\n") == 1, found


def test_a_chapter_opening_its_own_page_after_a_page_title_stays_a_chapter():
    """No contents: 前言 on its page, then 「一、」 opening the next page — a chapter of its
    own, at the top level, its 「（一）」 under it."""
    cover = ["某某地区数字化发展报告（2023 年）", "", "某某研究院", "2023 年 7 月"]
    preface = ["前言", *WRAPPED * 2]
    chapter = ["一、数字基础设施建设取得显著成效", *WRAPPED, "（一）网络基础设施规模全球领先",
               *WRAPPED]
    text = "\n".join([*cover, *("\f" + "\n".join(page) for page in (preface, chapter))]) + "\n"
    found = body(text)
    assert "## 前言\n" in found and "\n## 一、数字基础设施建设取得显著成效\n" in found, found
    assert "\n### （一）网络基础设施规模全球领先\n" in found, found


def test_the_other_sides_running_head_holding_a_templates_glyphs_goes():
    """A thesis's heads alternate: 「第 1 章 引言」 over the chapter's first page (its
    heading repeats it), the document's title, placeholders 「𝜋 𝜋 𝜋」 in it, over the next:
    each stands once, set apart in the page's head; both go, the text under them stays."""
    page1 = ["           第 1 章 引言", "", "", "", "           第 1 章 引言", "",
             "1.1 研究背景", "", *WRAPPED, "", "                    1"]
    head = "          某某大学学位论文 LATEX 模板 𝜋 𝜋 𝜋"
    other = ["          操作系统           编译系统               文本编辑器",
             "          Linux            TEXLive Full           Texmaker 或 Vim",
             "          MacOS            MacTEX Full          Texmaker 或 Texshop", "",
             "编译系统用于提供编译环境，文本编辑器用于编辑源文件。"]
    page2 = [head, "", "", "", *other, "", "                    2"]
    text = "\n\f".join("\n".join(page) for page in (page1, page2)) + "\n"
    found = body(text)
    assert "𝜋" not in found and "| 操作系统 | 编译系统 | 文本编辑器 |" in found, found
    # A page's own title over its text (「版权声明」) holds no such glyph: it stays.
    page2 = ["          版权声明", "", "", "", *other, "", "                    2"]
    text = "\n\f".join("\n".join(page) for page in (page1, page2)) + "\n"
    assert not [r for r in build_draft(text, FILE).repairs
                if r.kind == "running-head" and r.before == "版权声明"]
