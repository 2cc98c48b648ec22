"""The forty-sixth round (issue 11): made-up texts of the shapes that went wrong on the
fifty-seventh held-back set, scored once in the thirty-eighth stop.

A numbered line holding an hour (「一、上午10:00-11:00，大会开幕式」) is an agenda's item,
never a section's head. A news page's label over an advertisement slot (「廣告 廣告」) is the
page's. A site's top bar with a word of its own among its buttons (「集团网站  设为首页  加入收
藏」) is no title. A page's fact line with the article's first lines right under it, no
blank line between (「发布日期:2013-06-28」 ⏎ 「     按照…」), is the head's: the headline
over it is the title.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.repairs import is_plain_heading

AGENDA = """在某鎮黨代會主席團第一次會議上的主持詞

同志們：

現在開會。下面，我把大會期間的主要安排說明一下：

一、上午10:00-11:00，大會開幕式

二、上午11:00-12:00，主席團第二次會議

三、下午1:00-1:30，主席團第三次會議

以上安排，請大家遵照執行。
"""


def test_an_agendas_items_at_their_hours_are_no_heads(tmp_path):
    _, body = import_text(tmp_path, AGENDA, "agenda.txt")
    assert "\n一、上午10:00-11:00，大會開幕式\n" in body
    assert "#" not in body


def test_a_numbered_head_without_an_hour_is_still_one():
    assert is_plain_heading("一、总体要求")
    assert not is_plain_heading("一、上午10:00-11:00，大会开幕式")
    assert is_plain_heading("三、2020年工作回顾")


AD_SLOT = """台東農會推動食農教育 親子體驗拔得好彩頭

台東縣農會日前舉辦食農教育活動，吸引許多親子參加，現場體驗拔蘿蔔。

廣告 廣告

總幹事李建通說，環頸雉有機香米在無農藥、無化肥的友善耕作下取得有機認證。
"""


def test_an_advertisements_slot_label_is_the_pages(tmp_path):
    result, body = import_text(tmp_path, AD_SLOT, "news.txt")
    assert "廣告" not in body
    assert "advertisement" in (result.folder / "import-report.md").read_text("utf-8")


SITE_BAR_AND_FACT = """集团网站        设为首页    加入收藏
您的当前位置:政策法规  >  财经要闻

2013年省以上财政投入资金12.5亿元支持实施一事一议财政奖补惠民项目8342个

发布日期:2013-06-28
     按照2013年一事一议财政奖补工作要求,省财政厅会同省农委下达了2013年奖补资金,项目建成后,将进一步改善农村生产生活条件。

(来自:江苏省财政厅)
"""


def test_a_site_bar_is_no_title_and_a_fact_line_over_the_text_is_the_heads(tmp_path):
    result, body = import_text(tmp_path, SITE_BAR_AND_FACT, "page.txt")
    meta = front_matter(result)
    assert meta["title"] == "2013年省以上财政投入资金12.5亿元支持实施一事一议财政奖补惠民项目8342个"
    assert str(meta["date"]) == "2013-06-28"
    assert "设为首页" not in body and "发布日期" not in body
    assert body.strip().startswith("按照2013年")


def test_a_full_stop_alone_on_its_line_is_no_paragraph(tmp_path):
    text = ("台灣總會分區沿革史\n\n.\n.\n沿革史\n\n1967 台北會成立，首任會長就職。\n"
            "1972 高雄會成立，會員四十人。\n")
    _, body = import_text(tmp_path, text, "chronicle.txt")
    assert "\n.\n" not in body and not body.strip().startswith(".")
    assert "1967 台北會成立" in body


def test_a_themes_read_more_link_and_comments_heading_are_the_pages(tmp_path):
    text = ("马电讯次季净利创10年新高\n\n吉隆坡24日讯）马电讯（TM，4863，主板电讯股）截至6月杪次季，"
            "净利按年增长15.6%至3亿7806万令吉，创下10年来最高的季度净利。\n\n"
            "该公司今日向交易所报备，次季营业额按年增加4.3%至29亿6060万令吉。\n\n"
            "阅读更多：外资上周净买马股6.16亿\n\nDiscussion about this post\n")
    _, body = import_text(tmp_path, text, "brief.txt")
    assert "阅读更多" not in body and "Discussion" not in body
    assert "次季营业额按年增加4.3%" in body


def _converter_pages() -> str:
    """A listed company's plan as a converter wrote it: 「Page N------------」 over each
    page, 「------------」 between its head, text and folio, Windows line ends."""
    head = "某某新材料股份有限公司重大资产置换及发行股份购买资产并募集配套资金暨关联交易预案"
    body = ["本公司及全体董事、监事、高级管理人员保证本预案内容的真实、准确、完整，对预案的虚假记载承担责任。",
            "本次重大资产重组的交易对方均已出具承诺函，将及时向上市公司提供本次重组相关信息。",
            "本预案所述事项并不代表中国证监会、深圳证券交易所对于本次重大资产重组相关事项的判断。",
            "投资者若对本预案存在任何疑问，应咨询自己的股票经纪人、律师、会计师或其他专业顾问。"]
    pages = []
    for number, text in enumerate(body, 1):
        pages += [f"Page {number}------------", head, "------------", text, "------------",
                  f"1-{number}", "------------"]
    return "\r\n".join(pages) + "\r\n"


def test_a_converters_page_markers_and_separators_leave_heads_and_folios_found(tmp_path):
    result, body = import_text(tmp_path, _converter_pages(), "plan.txt")
    assert "Page " not in body and "------" not in body
    assert "某某新材料股份有限公司重大资产置换" not in body  # the long head of every page
    assert "\n1-2\n" not in body and "1-3" not in body  # the folios
    assert "投资者若对本预案存在任何疑问" in body
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "page-markers" in report


STAMP = ["淘 需", "宝 wo", "店 rd", "铺 论", "： 文", "亦 和", "是 完"]


def _stamped_paper() -> str:
    """A paper's pdftotext with a seller's stamp set upright on every page."""
    texts = ["本文通过建立合理的假设，对某地区脑卒中发病率与气象因素进行了相关分析，得到了较为合理的结论。",
             "针对问题一，本文对性别、年龄段、职业和时间序列进行统计和分析，对数据分别进行整理分析。",
             "针对问题二，本文首先建立了相关分析模型，通过相关系数的大小来判断发病率与各指标的关系。",
             "针对问题三，结合问题一、二的结论，分别针对高危人群提出预警和干预的建议方案。"]
    pages = []
    for number, text in enumerate(texts, 1):
        pages.append("\n".join(["摘要" if number == 1 else f"{number}、 问题", "", *STAMP, "",
                                text, "", str(number)]))
    return "\f".join(pages) + "\n"


def test_a_stamp_set_upright_on_every_page_is_dropped(tmp_path):
    result, body = import_text(tmp_path, _stamped_paper(), "paper.txt")
    assert not any(line in body for line in ("淘 需", "宝 wo", "亦 和"))
    assert "摘要" in body  # a head among the stamp's lines on one page stays
    assert "针对问题三，结合问题一、二的结论" in body
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "page-stamp" in report


def test_a_run_of_short_lines_on_two_pages_only_stays():
    from briefing.importer.extraction.pages import _page_stamps, _pages

    cells = ["技术", "通 安", "性", "用 全", "能", "性 性"]
    lines, number = [], 0
    for page in range(6):
        block = cells if page in (1, 2) else ["正文一句话写在这一页上，足够长而且以句号结束。"]
        for index, text in enumerate(block):
            number += 1
            lines.append((number, ("\f" if index == 0 and page else "") + text))
    kept, repairs, _ = _page_stamps(lines, _pages(lines))
    assert not repairs and kept == lines
