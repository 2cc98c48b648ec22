"""An encyclopedia article's wikitext (MediaWiki's markup) read as the article it shows:
headings, links' words, citations as footnotes, a list's columns, the bold subject as the
title — the wiki's templates, pictures and categories gone and named in the report."""

from __future__ import annotations

from pathlib import Path

from conftest import front_matter, import_text

from briefing.importer.readers import read_source, wikitext

ARTICLE = """{{noteTA
|G1=IT
}}
[[File:Scheme_1000_(Somewhere).jpg|thumb|缩略图说明]]
'''千元計劃'''（{{lang-en|Scheme $1,000}}）是[[某市政府|某市政府]]於2011年向年滿18歲的[[永久性居民]]一次性發放1,000元的計劃<ref name="budget">{{Cite web |url=http://example.gov/a.html |title=財政預算案：注資（第17項） |accessdate=2011-08-29}}</ref>。

== 背景 ==
某市財政司司長於2011年2月23日發表[[2011年度財政預算案|財政預算案]]<ref>[http://example.com/1.html 紓解民困措施未到位] {{Wayback|url=http://example.com/1.html |date=20111029103913 }}，《某報》，2011年2月24日</ref>，伊-{里}-布也表示支持<ref name="budget"/>。

=== 登記步驟 ===
登記步驟如下：
# 索取登記表格。
# 填寫登記表格並簽名作實。
#遞交登記表格。

指定銀行包括：
{| border="0"
|-
|
* [[甲銀行|甲銀行]] #
* [[乙銀行]]
|
* [[丙銀行|丙銀行]] #
|}

{| class="wikitable"
! 年份 !! 登記人數
|-
| 2011 || 612萬
|-
| 2012 || 15萬
|}

== 參考資料 ==
{{reflist}}

{{某市財政}}
[[Category:某市政府|Category:某市政府]]
"""


def test_wikitext_is_read_as_the_article_it_shows(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, "utf-8")
    article = read_source(source)
    assert article.kind == "wikitext" and article.facts["title"] == "千元計劃"
    text = article.text
    assert text.startswith("千元計劃（Scheme $1,000）是某市政府於2011年向年滿18歲的永久性居民一次性"
                           "發放1,000元的計劃[^1]。\n\n## 背景\n\n")
    assert "發表財政預算案[^2]，伊里布也表示支持[^1]。" in text  # a named citation again: [^1]
    assert "1. 索取登記表格。\n2. 填寫登記表格並簽名作實。\n3. 遞交登記表格。" in text
    assert "包括：\n\n- 甲銀行 #\n- 乙銀行\n\n- 丙銀行 #\n\n" in text  # a list's columns
    assert "| 年份 | 登記人數 |\n|---|---|\n| 2011 | 612萬 |\n| 2012 | 15萬 |" in text
    assert ("## 參考資料\n\n[^1]: 財政預算案：注資（第17項）\n"
            "[^2]: 紓解民困措施未到位，《某報》，2011年2月24日") in text
    for furniture in ("{{", "}}", "[[", "]]", "File:", "Category", "缩略图", "<ref", "'''"):
        assert furniture not in text, furniture
    assert article.notes and "{{notета}}" not in article.notes[0]
    assert all(name in article.notes[0] for name in ("{{noteta}}", "{{wayback}}", "{{某市財政}}"))


def test_a_wikitext_import_prints_none_of_the_markup(tmp_path):
    result, body = import_text(tmp_path, ARTICLE, "wiki.txt")
    assert front_matter(result)["title"] == "千元計劃"
    assert "## 背景" in body and "### 登記步驟" in body
    assert "| 2011 | 612萬 |" in body
    for furniture in ("{{", "[[", "<ref", "'''", "-{"):
        assert furniture not in body, furniture


def test_markdown_and_plain_text_are_not_taken_for_wikitext():
    markdown = ("# 标题\n\n## 一、背景\n\n正文见[[内部链接]]，**重点**。\n\n## 二、做法\n\n"
                "正文。[[另一个]] [[第三个]]\n").encode()
    assert not wikitext.sniff(markdown, Path("a.md"))
    assert not wikitext.sniff("一、背景\n\n正文 == 不是标题 ==。\n".encode(), Path("a.txt"))
    assert wikitext.sniff(b"plain", Path("a.wiki"))  # the suffix says so
