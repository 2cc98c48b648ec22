"""Press, Markdown and PDF shapes (issue 11, tenth round): conventions of the family the
seventh held-back set showed, each with a made-up text of its shape that fails without
the rule."""

from __future__ import annotations

from conftest import import_text

from briefing.importer.render import plain_text


def test_underscores_of_a_plain_text_are_names_not_emphasis(tmp_path):
    # A coding standard extracted by pdftotext writes names with underscores; Markdown
    # would pair two of them into italics and drop the marks: in a plain text they stay.
    result, body = import_text(tmp_path, (
        "命名规范\n\n"
        "【强制】变量名不能以下划线开始，也不能以下划线结束。\n\n"
        "反例：_count / __count / total_ / MAX_SIZE / is_open\n\n"
        "说明：以上名称都不符合本规范的要求，请在提交代码之前逐一改正。\n"), "a.txt")
    line = next(p for p in body.split("\n\n") if p.startswith("反例"))
    assert plain_text(line) == "反例：_count / __count / total_ / MAX_SIZE / is_open"


def test_a_tag_whose_name_mixes_cases_is_a_name_kept_as_text(tmp_path):
    # 「<resultMap>」 in a Java manual is an XML element of a framework, not HTML (HTML
    # writes its tags in one case): its words must reach the page, in any source.
    for name in ("a.txt", "b.md"):
        result, body = import_text(tmp_path, (
            "# 配置说明\n\n"
            "所以需要在<resultMap>设置从 is_open 到 open 的映射，再用<b>注意</b>提醒。\n"),
            name)
        line = next(p for p in body.strip().split("\n\n") if p.startswith("所以"))
        assert line.startswith("所以需要在&lt;resultMap>设置从"), name
        assert "**注意**" in line, name


def test_a_pdf_extractions_staff_line_is_the_publications_credits_kept(tmp_path):
    # On a web page 「审校：…」 is the site's production field (furniture); on a PDF's
    # cover it credits the translation's reviewers: text of the publication, kept.
    cover = ("某某研究会 编译\n\n某国《数据安全条例》\n\n译者：张一、李二\n\n"
             "审校：王三、赵四、钱五\n\n2019 年 3 月\n\f")
    body_text = ("译者说明\n\n本条例于今年年初通过，共分六章，规定了数据处理者的义务和监管机构"
                 "的职权。\n\n我们在翻译时尽量保留原文的结构，并在必要处加了注释。\n\f")
    result, body = import_text(tmp_path, cover + body_text, "a.txt")
    assert "审校：王三、赵四、钱五" in body
    result, body = import_text(tmp_path, "# 新闻标题\n\n正文第一段说明了情况。\n\n"
                               "审校：王三、赵四\n", "b.txt")
    assert "审校" not in body  # a web page's copy: the field stays furniture


def test_a_clippers_credit_line_gives_the_articles_address(tmp_path):
    # SimpRead heads its export with its credit and the original's address as a link
    # whose words are only the host: the address is the article's URL, the credit no text.
    result, body = import_text(tmp_path, (
        "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 "
        "[mp.example.com](https://mp.example.com/s/AbC_dEf123)\n\n"
        "# 县城图书馆的夜读时光\n\n"
        "每到晚上七点，图书馆二楼的阅览室就坐满了人，大多是附近的中学生和下班的年轻人。\n"), "a.md")
    front = (result.folder / "article.md").read_text("utf-8").split("---\n")[1]
    assert "url: https://mp.example.com/s/AbC_dEf123" in front
    assert "SimpRead" not in body and "转码" not in body


def test_a_laws_first_chapter_label_alone_joins_its_title_after_a_wrapped_number(tmp_path):
    # pdftotext sets 「第一章」 and its title on lines of their own; a line above that a
    # wrap opened with a number (「12 日第 3,456 号法令…」) is no clause of the text.
    page = ("# 某国个人信息法\n\n"
            "2019 年 5 月 10 日第 7,891 号法律，对 2012 年 3 月\n"
            "12 日第 3,456 号法令的修订。\n"
            "议会法令：\n"
            "第一章\n"
            "一般规定\n"
            "第 1 条 本法规定个人信息的处理规则，目的是保护个人的隐私和其他基本权利，"
            "适用于以任何方式进行的处理活动。\n"
            "第 2 条 个人信息保护的原则如下：\n\f")
    more = ("第 3 条 处理者应当采取必要措施，保障所处理的个人信息的安全，防止信息泄露、"
            "篡改和丢失。\n第 4 条 本法自公布之日起施行。\n\f")
    result, body = import_text(tmp_path, page + more, "a.txt")
    assert "## 第一章 一般规定" in body


def test_an_editors_credit_closing_the_story_is_the_sites_field(tmp_path):
    # A wire story copied from its site ends 「…。(編輯:某某)1120305」: the editor's credit
    # and the wire's date stamp are the site's fields, the last sentence is the story's.
    result, body = import_text(tmp_path, (
        "# 港口夜間作業延長\n\n"
        "（中央社記者林小明高雄5日電）港務公司今天表示，夜間作業時間將延長兩小時。\n\n"
        "港務公司說，延長作業可以紓解白天的壅塞，也能減少船舶等候的時間。(編輯:陳大文)1120305\n"),
        "a.txt")
    assert "編輯" not in body and "1120305" not in body
    assert "也能減少船舶等候的時間。" in body
    result, body = import_text(tmp_path, (
        "# 标题\n\n他说，工作要一件一件抓落实。（责任编辑：王小红）\n"), "b.txt")
    assert body.strip() == "他说，工作要一件一件抓落实。"


def test_a_sites_consent_banner_is_furniture_a_laws_consent_is_text(tmp_path):
    # A copied news page opens with the site's privacy banner; it asks the reader (您, 請)
    # to consent and is no text. A sentence on a data subject's consent stays.
    result, body = import_text(tmp_path, (
        "本站使用Cookie改善您的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。\n"
        "Your browser does not appear to support Traditional Chinese.\n\n"
        "新法上路 個資保護升級\n\n"
        "2024/5/2 10:15\n\n"
        "（本報記者台北2日電）個人資料保護法修正案今天施行，蒐集個資前須取得當事人的同意，"
        "違反隱私規定的業者最高可處新台幣1500萬元罰鍰。\n\n"
        "主管機關表示，將在三個月內公布施行細則，並舉辦說明會協助業者調整作業流程。\n"),
        "a.txt")
    assert "Cookie" not in body and "browser" not in body
    assert "須取得當事人的同意" in body


def test_a_bold_numbered_head_in_a_run_of_br_lines_stays_a_head(tmp_path):
    # A README ends its lines with <br/>; the bold numbered head right above its text
    # (no blank line) is a head of its own, not a line the text wrapped.
    result, body = import_text(tmp_path, (
        "# 项目说明\n\n"
        "**1. 为什么做这个项目**\n"
        "平时写代码的时候，常常想知道别人都在做什么样的业余项目 <br/>\n"
        "所以建了这个列表，欢迎大家提交自己的项目。\n\n"
        "**2. 如何提交**\n\n"
        "在仓库里新建一个议题，写明项目的名称、地址和简介即可。\n"), "a.md")
    assert "## 1. 为什么做这个项目" in body or "### 1. 为什么做这个项目" in body
