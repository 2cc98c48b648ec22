"""The fifty-fifth round (issue 11): made-up texts of the shapes that went wrong on the
seventy-seventh and seventy-eighth sets, scored once in the forty-first stop.

A law site's copy of a 通知 forwarding a 通报, stored on one line: the title, the 主送, the
text, the 落款 date, 「附：」, the attached 通报's title and its own 主送, each set apart from
the next by a single space. With no numbered section (一、 （一）) in it, the line was read as
one paragraph — title, salutation and date lost in it; and a 公文's title longer than a
head's piece (「…转发…关于…的通报的通知」) stopped the reading.

A legislature's agenda saved as a web page from a word processor: each part's head in a
box (a one-cell `<table>`, printed as a table of one column), the column heads typed over a
table of numbered rows as one line of bold runs set apart by tabs, the table with no
header cells, a spacer column and a spacer row between its rows (printed with its first
row as the header, an empty column and empty rows); and two bold lines joined into the
inferred title with their runs' marks between them (「附屬法例／文書****法律公告編號」).

A 国务院办公厅 实施意见 from a crawl that dropped its line breaks without a trace: after
the salutation, the whole text one paragraph — 「…现提出以下意见。一、持续提升投资建设便利
度（一）优化再造…流程。…（国家发展改革委牵头…负责）二、…」, its 落款 glued on — printed as
one paragraph of 15,000 characters, told only as 「flattened」.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.loader import load_briefing

FORWARDED = (
    "某市人民政府办公厅转发省环境保护联席会议办公室关于督查组对全省专项行动督查情况的通报的通知 "
    "各县、区人民政府,市政府各有关部门: 今年10月9日至12日, 督查组对我市专项行动进行了现场检查,"
    "并听取了市政府的工作汇报。10月12日,督查组向省、市政府反馈了督查意见。现将通报转发给你们,"
    "请结合实际,认真研究,切实整改。 二○一九年十月二十一日 附: "
    "关于督查组对全省专项行动督查情况的通报 各市州人民政府: 根据省政府的安排,督查组于10月9日"
    "至12日对全省专项行动工作进行了督查,检查了三个市的十二家企业。督查组认为,各地行动有力,"
    "成效明显。同时也指出,个别企业仍存在超标排放、治理设施运行不正常等问题,部分地方监管不到位,"
    "整改措施落实不够有力。督查组要求,各地要以这次督查为契机,进一步加大工作力度,对发现的问题逐一"
    "建立台账,限期整改到位,并将整改情况于11月底前报送省联席会议办公室。对整改不力、问题突出的地方"
    "和企业,将予以通报批评,并依法依规严肃处理。\n")


def test_a_notice_on_one_line_without_numbered_sections_is_read_back(tmp_path):
    result, body = import_text(tmp_path, FORWARDED, "notice.txt")
    meta = front_matter(result)
    assert meta["title"].startswith("某市人民政府办公厅转发") and meta["title"].endswith("的通知")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    assert "::: salutation\n各县、区人民政府，市政府各有关部门：\n:::" in paragraphs
    assert any(p.startswith("今年10月9日至12日") and p.endswith("切实整改。") for p in paragraphs)
    assert "附：" in paragraphs  # the date and 「附：」 each a piece of their own
    assert "关于督查组对全省专项行动督查情况的通报" in "\n".join(
        p for p in paragraphs if "各市州" not in p)  # the attachment's title apart
    assert "::: salutation\n各市州人民政府：\n:::" in paragraphs
    assert any(r.kind == "one-line-text" for r in result.repairs)


def test_one_long_paragraph_under_its_title_stays_one(tmp_path):
    """A text whose one paragraph puts a space after its sentences, under a title line of
    its own: no line run together — left as it is."""
    paragraph = ("今年以来，全区上下围绕年初目标，扎实推进各项工作。 经济运行总体平稳，"
                 "重点项目进展顺利。 民生保障持续加强，群众满意度不断提升。 下一步，"
                 "我们将继续加大工作力度，确保全年目标任务圆满完成。") * 3
    result, body = import_text(tmp_path, "某区上半年工作情况\n\n" + paragraph + "\n",
                               "report.txt")
    assert not any(r.kind == "one-line-text" for r in result.repairs)
    assert paragraph.split("。 ")[1] not in [p.strip() for p in body.split("\n\n")]


AGENDA = """<html><head><title>議程</title></head><body>
<p>A 13/14-24</p><p><strong>議程</strong></p><p>2014年4月30日星期三上午11時正</p>
<table border="1"><tr><td><strong>I.</strong> <strong>提交文件</strong></td></tr></table>
<p><span><strong>附屬法例／文書</strong><span class="tab">\t</span><strong>法律公告編號</strong></span></p>
<table border="1">
<tr><td>1.</td><td>《稅務(稅項資料交換)(美國)令》</td><td></td><td>54/2014</td></tr>
<tr><td></td><td></td><td></td><td></td></tr>
<tr><td>2.</td><td>《2014年通訊社註冊(修訂)規例》</td><td></td><td>55/2014</td></tr>
<tr><td></td><td></td><td></td><td></td></tr>
<tr><td>3.</td><td>《2014年報刊註冊及發行(修訂)規例》</td><td></td><td>56/2014</td></tr>
</table>
<p>立法會秘書處將於會議前把上述文件送交各議員，議員如對文件內容有任何意見，可於會議上提出。</p>
<table border="1">
<tr><td>1.</td><td>第96號</td><td>優質教育基金財務報表</td></tr>
<tr><td>2.</td><td>第97號</td><td>教育發展基金財務報表</td></tr>
</table>
<p>以上文件由教育局局長提交，供議員參閱，並於下次會議上討論有關事項。</p>
</body></html>
"""


def test_a_pages_word_tables_print_as_their_rows_say(tmp_path):
    result, body = import_text(tmp_path, AGENDA, "agenda.html")
    # the head's box: a line of text, no table of one column
    assert "| I. 提交文件 |" not in body and "I. 提交文件" in body
    # the bold heads over the numbered rows are the table's header, after the numbers'
    # empty head; the spacer column and rows are gone
    assert ("|  | 附屬法例／文書 | 法律公告編號 |\n|---|---|---|\n"
            "| 1. | 《稅務（稅項資料交換）（美國）令》 | 54/2014 |\n"
            "| 2. | 《2014年通訊社註冊（修訂）規例》 | 55/2014 |\n") in body
    assert "附屬法例／文書\n" not in body.split("|  | 附屬法例")[0]  # taken, not said twice
    # numbered rows under no heads: no row made the header — the table has none
    assert "|  |  |  |\n|---|---|---|\n| 1. | 第96號 | 優質教育基金財務報表 |" in body
    tables = [b for b in load_briefing(result.folder).walk_blocks()
              if getattr(b, "kind", "") == "table"]
    assert [len(t.header) for t in tables] == [1, 0]
    assert [len(t.rows) for t in tables] == [3, 2]
    assert "****" not in (result.folder / "article.md").read_text("utf-8")


def test_a_tables_first_row_of_words_stays_its_header(tmp_path):
    """A table with no header cells whose first row is no numbered item: the first row is
    the header, as before."""
    _, body = import_text(tmp_path, (
        "<html><body><p>某市主要指标完成情况如下，请各单位对照检查。</p><table>"
        "<tr><td>指标</td><td>2023年</td><td>2024年</td></tr>"
        "<tr><td>地区生产总值（亿元）</td><td>512.3</td><td>540.1</td></tr>"
        "<tr><td>常住人口（万人）</td><td>86.2</td><td>86.9</td></tr></table>"
        "<p>以上数据为初步统计，最终以年鉴公布数据为准。</p></body></html>\n"), "page.html")
    assert "| 指标 | 2023年 | 2024年 |\n|---|---|---|\n| 地区生产总值（亿元） | 512.3 | 540.1 |" in body


def test_two_bold_lines_taken_as_a_title_leave_no_marks():
    from briefing.importer.titleblock.title import plain_title

    assert plain_title("**附屬法例／文書****法律公告編號**") == "附屬法例／文書法律公告編號"
    assert plain_title("**某市2024年工作要点**") == "某市2024年工作要点"


def test_a_table_with_no_header_prints_none_under_its_top_rule(tmp_path):
    from briefing.render import render_html

    result, _ = import_text(tmp_path, AGENDA, "agenda.html")
    html = render_html(load_briefing(result.folder)).html
    tables = html.split("<table")[1:]
    headed = next(t for t in tables if "附屬法例" in t)
    bare = next(t for t in tables if "第96號" in t)
    assert "no-header" not in headed.split(">")[0] and "<th" in headed
    assert "no-header" in bare.split(">")[0] and "<th scope" not in bare.split("</table>")[0]


OPINION = (
    "某省人民政府办公厅关于进一步优化营商环境的实施意见\n\n"
    "各市人民政府，省政府各部门：为持续优化营商环境，更大激发市场活力，经省政府同意，现提出以下"
    "意见。一、提升投资建设便利度（一）优化审批流程。推行项目前期审批“一件事”办理，健全部门协同"
    "工作机制，加强项目立项与用地、规划等建设条件衔接，实行一套材料统一受理、同步评估、同步审批、"
    "统一反馈。（省发展改革委牵头，省有关部门按职责分工负责）（二）推进社会投资小型项目审批改革。"
    "对社会投资的小型低风险新建、改扩建项目，由政府部门发布统一的企业开工条件，企业取得用地、满足"
    "开工条件后作出相关承诺，政府部门直接发放相关证书，项目即可开工。（省住房城乡建设厅牵头，省有"
    "关部门按职责分工负责）二、简化企业生产经营审批（三）降低市场准入门槛。围绕工程建设、教育、"
    "医疗、体育等领域，集中清理有关部门和地方在市场准入方面对企业资质、资金、股比、人员、场所等设置"
    "的不合理条件，列出台账并逐项明确解决措施、责任主体和完成时限。（省发展改革委、省商务厅牵头，"
    "省有关部门按职责分工负责）（四）精简优化工业产品生产流通等环节管理措施。加快实施工业产品生产"
    "许可证制度改革，进一步扩大告知承诺适用范围，强化事中事后监管。（省市场监管局牵头，省有关部门按"
    "职责分工负责）三、完善优化营商环境长效机制（五）建立常态化政企沟通联系机制。加强与企业和行业"
    "协会商会的常态化联系，完善企业服务体系，加快建立营商环境诉求受理和分级办理“一张网”。（省发展"
    "改革委牵头，省有关部门按职责分工负责）各地区、各部门要认真贯彻落实本意见提出的各项任务和要求，"
    "研究推出更多务实管用的改革举措，重大情况及时报告。\n")


def test_a_notice_run_on_without_breaks_is_split_into_its_heads_and_items(tmp_path):
    result, body = import_text(tmp_path, OPINION, "opinion.txt")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    heads = [p for p in paragraphs if p.startswith("#")]
    assert [h.split(" ", 1)[1] for h in heads if "、" in h.split(" ", 1)[1][:3]] == [
        "一、提升投资建设便利度", "二、简化企业生产经营审批", "三、完善优化营商环境长效机制"]
    # each item opens a block (its run-in head split off or not), after its duty note
    for number in "一二三四五":
        assert any(p.lstrip("# ").startswith(f"（{number}）") for p in paragraphs), number
    assert any(p.endswith("（省发展改革委牵头，省有关部门按职责分工负责）") for p in paragraphs)
    # the closing paragraph after the last item's duty note stands apart
    assert any(p.startswith("各地区、各部门要认真贯彻落实") for p in paragraphs)
    assert sum(r.kind == "run-on-section" for r in result.repairs) >= 8


def test_a_long_paragraph_naming_sections_in_passing_is_not_split(tmp_path):
    """A paragraph that cites items by number (「第（一）项」) or lists 一是、二是 is no run-on
    document: left whole."""
    paragraph = ("会议认为，今年以来各项工作进展顺利。一是经济运行总体平稳，二是重点项目进展顺利，"
                 "三是民生保障持续加强。会议强调，要按照第（一）项和第（二）项的要求，抓好落实，"
                 "确保全年目标任务圆满完成。") * 6
    result, body = import_text(tmp_path, "某县政府常务会议纪要\n\n" + paragraph + "\n",
                               "minutes.txt")
    assert not any(r.kind == "run-on-section" for r in result.repairs)
    assert paragraph in body


# A legislature's record as `pdftotext` gives it: its dash drawn by a symbol font's
# horizontal extender (private use U+F8E7 — the build refused it: no print font has it)
# and some characters as CJK compatibility ideographs (「年」 U+F98E, 「金」 U+F90A).
HANSARD = ("立法會 ─ 2013年 1月 10日\n\n"
           "議員議案\n\n"
           "改善強制性公積\uf90a制度\n\n"
           "主席：議員議案。首項議案：改善強制性公積\uf90a制度\uf8e7\uf8e7我現在請鄧家彪議員發言，"
           "並動議他的議案。本會於2013\uf98e通過的議案，至今仍未落實。\n")


def test_a_records_rule_extenders_and_compatibility_ideographs_are_read_as_seen(tmp_path):
    result, body = import_text(tmp_path, HANSARD, "hansard.txt")
    assert "改善強制性公積金制度──我現在請鄧家彪議員發言" in body
    assert "本會於2013年通過的議案" in body
    assert "\uf8e7" not in body and "\uf90a" not in body and "\uf98e" not in body
    kinds = {r.kind for r in result.repairs}
    assert {"rule-extender", "radical-lookalike"} <= kinds


def test_markup_after_a_comment_on_its_line_is_read_not_printed(tmp_path):
    """An app's copy of a wire story: its paragraphs' HTML on one line after the page's ad
    comment (「<!-- google_ad_section_start --> <p class="first">…</p> <p> …</p>」) — the
    line was left to the comment, its tags printed escaped (「&lt;p class="first">」)."""
    result, body = import_text(tmp_path, (
        "台北商圈認證 寧夏西門獲3星\n"
        '<!-- google_ad_section_start --> <p class="first">（中央社記者戴雅真台北29日電）'
        "台北市政府今天公布星級商圈分級認證。</p> <p> 台北市長上午出席頒獎典禮表示，台北不但好吃，"
        "而且好玩。</p> <!-- google_ad_section_end --> \n"), "story.md")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    assert "台北市長上午出席頒獎典禮表示，台北不但好吃，而且好玩。" in paragraphs
    assert not any("&lt;" in p or "<p" in p or "google_ad" in p for p in paragraphs)
    meta = front_matter(result)
    assert meta["authors"] == ["戴雅真"] and meta["source"] == "中央社"


# A site's post in Markdown (a Jekyll blog's translation): its reference links' definitions
# under the generator's include tag with no blank line between (read as a paragraph's
# lines: printed, and every 「[示例][ref]」 printed as written); a definition whose address
# is a path with a Chinese fragment (「/zh/…/#新闻」, taken for a note); a list of bold runs
# holding only an anchor comment (「**<!--anchor-->**[资源](…)」: 「****」 printed); and a
# footnote whose text is indented under its label (the label printed alone, the text a
# paragraph).
POST = """---
title: 'RBF 可用性研究'
---

可选择 RBF 已经标准化。任何未确认的交易都可能被替换（[示例][todd gold]），详见[软分叉][softfork]。

钱包无法提前预测费用[^closing]。

## 资源

- **<!--bip125-signaling-->**[BIP125 信号说明](https://github.com/bitcoin/bips)
- **<!--wiki-techniques-->**[减少交易费用的技术](https://en.bitcoin.it/wiki/Fees)

## 脚注

[^closing]:
    闪电网络依赖于交换预签名交易，这些交易可能在未来某个时间点广播。

{% include references.md %}
[todd gold]: https://www.example.org/todd
[softfork]: /zh/newsletters/2018/12/18/#新闻
"""


def test_a_site_posts_references_comments_and_notes_leave_no_markup(tmp_path):
    _, body = import_text(tmp_path, POST, "post.md")
    assert "被替换（示例），详见软分叉。" in body
    assert "[todd gold]" not in body and "[softfork]" not in body and "/zh/news" not in body
    assert "****" not in body
    assert "BIP125 信号说明" in body and "减少交易费用的技术" in body
    assert "[^closing]: 闪电网络依赖于交换预签名交易" in body


def test_a_caption_said_again_in_pieces_under_itself_is_printed_once(tmp_path):
    """A newspaper archive's crawler: each picture's caption and credit joined, then each
    again on a line of its own — printed three times over."""
    result, body = import_text(tmp_path, (
        "# 中国玩具走向全球\n\n> 《人民日报》（2025年12月16日第 17 版）\n\n"
        "在义乌全球数贸中心，外国客商与经营户洽谈采购事宜。　　王怿杰摄\n\n"
        "在义乌全球数贸中心，外国客商与经营户洽谈采购事宜。\n\n王怿杰摄\n\n"
        "今年以来，义乌玩具出口持续增长，新产品不断涌现，吸引了众多外国客商。\n\n"
        "广东一家企业工作人员向客户介绍地球仪玩具。　　柯  晓摄\n\n"
        "广东一家企业工作人员向客户介绍地球仪玩具。　　柯  晓摄\n\n"
        "企业负责人表示，智能玩具订单已经排到明年。\n"), "toys.md")
    assert body.count("外国客商与经营户洽谈采购事宜") == 1
    assert body.count("王怿杰摄") == 1 and body.count("地球仪玩具") == 1
    assert "今年以来，义乌玩具出口持续增长" in body and "智能玩具订单已经排到明年" in body
    assert any(r.kind == "repeated-caption" for r in result.repairs)


def test_a_serial_number_read_a_cell_a_line_is_never_glued_to_the_row_above():
    """A 部门决算's unit table as `pdftotext` gives it, a cell a line, an empty 备注 left
    out: the next row's number was joined to the words above it as a page break's split
    sentence (「…并入本级3」) — the number is the next of one a few blocks above."""
    from briefing.importer.draft import Node
    from briefing.importer.joins import join_split_paragraphs

    texts = ["1", "上海市普陀区财政局（本级）", "2",
             "上海市普陀区财政局财政所 预算不单列，并入本级", "3",
             "上海市普陀区国库收付中心 预算不单列，并入本级"]
    nodes = [Node("paragraph", text, ((0, 90 + i),)) for i, text in enumerate(texts)]
    joined, repairs, _ = join_split_paragraphs(nodes)
    assert [node.text for node in joined] == texts and not repairs
    # a note's mark after words, with no count above it, still goes on the words
    lone = [Node("paragraph", "作为化学学生，俺认为用“产物”代替“编译生成的文件”是一个通俗易懂的说法",
                 ((0, 10),)), Node("paragraph", "2", ((0, 11),))]
    assert len(join_split_paragraphs(lone)[0]) == 1


def test_a_reply_run_on_with_its_points_numbered_is_split_at_each_point(tmp_path):
    """A 国务院 批复 from the same crawl: its points numbered 一、二、三、 with no items under
    them, run on after 「现批复如下：」 — each point a paragraph of its own."""
    reply = ("某市人民政府：你们报送的《关于修改某市环境污染防治目标和对策的请示》收悉。现批复如下："
             "一、原则同意修改后的《某市环境污染防治目标和对策》。二、同意某市制定的环境污染防治"
             "目标，到2002年大气和水环境质量基本达到国家标准。三、某市环境污染防治所需资金主要由"
             "某市筹集，中央财政给予适当支持，某市要积极筹集和落实资金。四、某市要认真组织实施"
             "《目标和对策》，坚持可持续发展战略，把环境保护工作摆上重要位置，确保各项目标按期实现。"
             "五、某市及周边地区都要加强生态环境建设，开展植树造林，防治风沙危害，改善区域生态环境。"
             "六、某市要加快产业结构调整，淘汰落后生产能力，严格控制新建高耗能、高污染项目，推行清洁"
             "生产，发展循环经济，从源头上减少污染物排放。"
             "国务院有关部门要按照职责分工，加强指导和监督检查，帮助某市解决实施中遇到的困难和问题，"
             "共同做好某市环境污染防治工作，重大问题及时报告国务院。各有关地区要从全局出发，"
             "积极配合某市做好区域大气污染联防联控工作，统筹安排，加强协调，确保取得实效。")
    _, body = import_text(tmp_path, "国务院关于某市环境污染防治目标和对策的批复\n\n" + reply
                          + "\n", "reply.txt")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    for point in ("一、原则同意", "二、同意某市制定", "三、某市环境污染防治所需资金",
                  "四、某市要认真组织实施", "五、某市及周边地区", "六、某市要加快产业结构调整"):
        assert any(p.lstrip("# ").startswith(point) for p in paragraphs), point


def test_a_list_of_short_points_inside_prose_is_not_split(tmp_path):
    paragraph = ("今年以来，全区上下认真贯彻落实各项决策部署，经济社会发展保持稳中有进的良好态势。"
                 "会议指出，下一步要重点抓好三件事：一、稳增长；二、促改革；三、惠民生。"
                 "会议强调，各级各部门要进一步提高政治站位，强化责任担当，狠抓工作落实，"
                 "以更加昂扬的精神状态和更加务实的工作作风，确保全年目标任务圆满完成。") * 2
    result, body = import_text(tmp_path, "某区工作会议召开\n\n" + paragraph + "\n", "news.txt")
    assert not any(r.kind == "run-on-section" for r in result.repairs)


def test_an_address_escaped_by_a_markdown_export_is_read_without_its_backslashes(tmp_path):
    """A WeChat archive's export quotes the article's address under the title, the link's
    words escaped as Markdown (「…/s/BPylLhHX-mulQPWka\\_Voww」): the front matter's url
    kept the backslash — an address no browser opens."""
    result, _ = import_text(tmp_path, (
        "# 东南大学成果入选江苏省十大科技进展\n\n"
        "> 原文地址: [https://mp.weixin.qq.com/s/BPylLhHX-mulQPWka\\_Voww]"
        "(https://mp.weixin.qq.com/s/BPylLhHX-mulQPWka_Voww)\n\n"
        "近日，江苏省公布了2025年度行业领域十大科技进展，东南大学牵头的成果入选。\n"), "post.md")
    assert front_matter(result)["url"] == "https://mp.weixin.qq.com/s/BPylLhHX-mulQPWka_Voww"

