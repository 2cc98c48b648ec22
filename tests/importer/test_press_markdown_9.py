"""Press, Markdown and PDF shapes (issue 11, ninth round): conventions of the family the
sixth held-back set showed, each with a made-up text of its shape that fails without
the rule."""

from __future__ import annotations

from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_a_link_whose_words_end_in_a_line_break_keeps_its_words_not_its_address(tmp_path):
    # A WeChat → Markdown converter breaks a link's text before its `](address)`, in a
    # quotation too: the address must not reach the page, the words must.
    result, body = import_text(tmp_path, (
        "# 标题\n\n"
        "> 前文说过：[ 县城的老街如何留住年轻人？\n"
        "> ](https://mp.example.com/s?__biz=MzA5NDY==&mid=1&sn=ab==#rd)\n\n"
        "上周的文章 [ 三个村子的共同富裕账本\n"
        "](http://mp.example.com/s?__biz=MzA5NDY==&mid=2)\n\n"
        "今天接着讲。\n"), "a.md")
    assert "http" not in body and "](" not in body and "[" not in body
    assert "> 前文说过： 县城的老街如何留住年轻人？" in body
    assert "三个村子的共同富裕账本" in body
    assert any(r.kind == "link-wrap" for r in result.repairs)



def test_a_markdown_file_is_never_read_as_a_raw_extraction(tmp_path):
    # A personal account's export sets spaces for punctuation: its paragraphs end in no
    # mark, as a PDF's page-split paragraphs do; but a Markdown file is written, never
    # extracted, so a blank line is a boundary and no paragraph is joined across one.
    parts = ["走到江边的时候 天已经暗下来了 对岸的灯一盏一盏亮起 船从桥下慢慢开过去 谁也没有说话",
             "回去的路上 我们又经过那家小店 老板还记得我们 问今天怎么这么晚 我们笑了笑 没有回答",
             "后来我常常想起那个晚上 想起江面上的风 想起那些灯 好像什么都没发生 又好像什么都发生了",
             "这一周就这样过去了 下一周 也许还会再去一次 也许不会 谁知道呢 反正江水一直在那里流"]
    result, body = import_text(tmp_path, "# 江边\n\n" + "\n\n".join(parts) + "\n", "a.md")
    assert paragraphs(body) == parts
    assert not any(r.kind in ("raw-extraction", "join-split-paragraph")
                   for r in result.repairs + result.doubts)


def test_a_markdown_line_ending_mid_sentence_in_a_word_runs_on_into_the_next(tmp_path):
    # Markdown's soft line break: a converter wraps after a Latin word or a number, a
    # backup tool keeps a poem's line breaks; a line ending a sentence stays a paragraph.
    result, body = import_text(tmp_path, (
        "# 标题\n\n"
        "打开后台，按照提示验证域名，如果你的域名使用的是 CloudFlare\n"
        "解析的，可以一键完成验证，我们的站点被收录了 20\n"
        "个页面。\n"
        "第二段从这里开始。\n\n"
        "- 新一代的模型平台已经上线，欢迎各位开发者体验，您可以直接在\n"
        "  API\n"
        "  平台上体验新模型。\n\n"
        "Train\n"
        "whistles in a distance.\n\n"
        "换行之前有两个空格  \n"
        "所以这是新的一行\n"), "a.md")
    assert paragraphs(body) == [
        "打开后台，按照提示验证域名，如果你的域名使用的是 CloudFlare解析的，可以一键完成验证，"
        "我们的站点被收录了 20个页面。",
        "第二段从这里开始。",
        "新一代的模型平台已经上线，欢迎各位开发者体验，您可以直接在API平台上体验新模型。",
        "Train whistles in a distance.",
        "换行之前有两个空格",
        "所以这是新的一行"]
    assert any(r.kind == "soft-wrap" for r in result.repairs)


def test_a_plain_text_keeps_its_lines_as_paragraphs(tmp_path):
    # Plain text sets a paragraph a line, a subhead on a line of its own (no soft break).
    result, body = import_text(tmp_path, (
        "标题\n\n"
        "回忆七十年代初进报社\n"
        "四十年来发生了翻天覆地的变化，报社也从铅与火走向了光与电。\n"), "a.txt")
    assert "回忆七十年代初进报社\n\n四十年来" in body
    assert not any(r.kind == "soft-wrap" for r in result.repairs)


def test_a_markdown_line_opening_with_a_comma_goes_on_from_the_line_above(tmp_path):
    # No line opens with 「，」: the converter broke the sentence after an address or a
    # link; a mark alone on its line (a button's label) is not joined.
    result, body = import_text(tmp_path, (
        "# 标题\n\n"
        "站点地图的地址为 https://example.com/sitemap.xml\n"
        "，提交上去后，爬虫就会去爬取每一个页面。\n\n"
        "昨天的文章 [ 给网站增加外链的小技巧\n"
        "](http://mp.example.com/s?__biz=MzA5==&mid=3)\n"
        "，还没有领取的请尽快领取。\n"), "a.md")
    first, second = paragraphs(body)
    assert first == "站点地图的地址为 https://example.com/sitemap.xml，提交上去后，爬虫就会去爬取每一个页面。"
    assert second.startswith("昨天的文章 ") and second.endswith(" 给网站增加外链的小技巧，还没有领取的请尽快领取。")
    assert any(r.kind == "mark-opening" for r in result.repairs)
    # The note is words an editor reads (a regex of the same name once overwrote it).
    assert all(isinstance(r.note, str) and r.note.startswith("Joined a line opening with a mark")
               for r in result.repairs if r.kind == "mark-opening")


def test_front_matter_authors_written_as_objects_give_their_names(tmp_path):
    # A Docusaurus blog post names each author as an object (name, title, url, image).
    result, body = import_text(tmp_path, (
        "---\ntitle: \"某平台的网关实践\"\nauthors:\n  - name: 王小明\n    title: author\n"
        "  - name: Lin Yi\n    title: Technical Writer\n    url: https://example.com/lin\n"
        "    image_url: https://example.com/lin.png\ntags: [案例]\n---\n\n"
        "## 简介\n\n某平台成立于 2013 年，是一家智能终端企业。\n"), "a.md")
    front = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[1]
    assert "authors: [王小明, Lin Yi]" in front
    assert "title:" in front and "{" not in front


def test_a_symbol_fonts_bullet_alone_on_its_line_goes_like_any_bullet():
    # pdftotext writes a Wingdings/Symbol bullet as its private-use code (U+F06C, U+F0B7):
    # no character any face prints; alone on its line it is the item's bullet.
    from briefing.importer.cleanup import clean_source

    wrapped = ["某某研究院是一家以信息技术为主要方向的科研机构，成立以来承担了多项国家级课",
               "题，在数据治理、知识管理和智能应用等方面积累了丰富的经验，形成了较为完整的",
               "研究体系。"]
    items = ["\uf06c", "", "2019 年，某某委员会对该公约进行了首次修订；", "", "\uf0b7", "",
             "2021 年，某某委员会再次进行了补充。"]
    text = "\n".join([*wrapped * 3, wrapped[0], *items, *wrapped * 2]) + "\n"
    cleaned = clean_source(text)
    blocks = ["".join(line.strip() for line in block.split("\n"))
              for block in cleaned.text().split("\n\n") if block.strip()]
    assert not any("\uf000" <= char <= "\uf0ff" for char in "".join(blocks))
    assert "2019 年，某某委员会对该公约进行了首次修订；" in blocks
    assert "2021 年，某某委员会再次进行了补充。" in blocks
    assert [r.kind for r in cleaned.repairs if r.before in ("\uf06c", "\uf0b7")] == ["bullet"] * 2


def test_a_list_item_that_is_one_link_to_another_site_keeps_its_words(tmp_path):
    # A README's list of papers: an item that is one link with English words is an entry
    # of the list, not a navigation bar (whose links the importer drops).
    result, body = import_text(tmp_path, (
        "# 项目说明\n\n"
        "[English](README_en.md) | [Discord](https://discord.example.com) | "
        "[Twitter](https://twitter.example.com)\n\n"
        "第三方评测：\n\n"
        "* [Evaluating Large Language Models on Chinese Reading](https://arxiv.org/abs/2401.1)\n"
        "* [某模型的部署与微调教程](https://example.com/p/1)\n"), "a.md")
    assert "Evaluating Large Language Models on Chinese Reading" in paragraphs(body)
    assert "Discord" not in body and "arxiv.org" not in body


def test_an_old_sites_home_page_bar_and_its_top_link_are_furniture(tmp_path):
    # A 2000s site's page copied whole: 「设为首页 加入收藏」 over everything, 「TOP」 alone.
    result, body = import_text(tmp_path, (
        "设为首页 加入收藏\n\nTOP\n\n春耕时节的村庄\n\n"
        "清明前后，村里的人们都下地了，田埂上到处是忙碌的身影。\n"), "a.txt")
    front = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[1]
    assert "设为首页" not in body + front and "TOP" not in body + front
    assert "清明前后，村里的人们都下地了，田埂上到处是忙碌的身影。" in body
    assert sum(r.kind == "web-furniture" for r in result.repairs) == 2


def test_a_reports_preface_opening_a_copy_without_its_cover_is_no_title(tmp_path):
    # A raw extraction of a report whose cover was not copied: contents (dropped), then
    # 「前言」 and its text. 前言 is a part of the document, never its title: no title, and
    # the spot asks the editor for one.
    leader = "." * 40
    text = "\n".join([
        "目录", "", f"前言{leader}1", "", f"一、行业发展现状{leader}3", "", "\f前言", "",
        "广告，即广而告之，是指为了某种特定的需要，通过一定形式的媒体，公开而广泛地向公众传递"
        "信息的宣传手段。", "",
        "二十年来，互联网广告产业高速增长，已成为数字经济的重要组成部分。", "",
        "一、行业发展现状", "", "互联网广告市场规模持续扩大，个性化广告成为主要形式。", ""])
    result, body = import_text(tmp_path, text, "report.txt")
    front = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[1]
    assert "title: null" in front
    assert "## 前言" in body
    assert any(d.kind == "no-title" for d in result.doubts)
