"""The fortieth round (issue 11): made-up texts of the shapes that went wrong on the
fifty-first held-back set, scored once in the thirty-seventh stop.

A Taiwanese ministry's release as its page copies: the skip link 「按 Enter 到主內容區」, the
accesskey anchors 「:::」 and the logo's alt text 「衛福部LOGO」 over it are the page's; so is
its list of files under 「相關檔案」, with the empty 建檔日期/更新時間 fields — but the credit
among them (「• 資料來源：疾病管制署」) is the text's and stays.

A converter's Markdown sets a chart's title on the line right under its picture
(「![](images/1.jpg)」 ⏎ 「亿欧智库：储能广义分类」): with the picture not in the article's folder
the line is still its caption (a figure without its picture); a line after a blank line under
a missing picture is no caption, nor a line ending 「如下」 that introduces what follows.
"""

from __future__ import annotations

from conftest import import_text

RELEASE = """按 Enter 到主內容區
:::

衛福部LOGO

:::
中央流行疫情指揮中心今(1)日公布國內新增21例COVID-19境外移入確定病例;另確診個案中無新增死亡。

指揮中心表示,今日新增21例境外移入個案,為15例男性、6例女性,年齡介於20多歲至70多歲。

指揮中心再次呼籲,民眾應落實手部衛生、咳嗽禮節及佩戴口罩等個人防護措施。

相關檔案

  1. 1月1日新增境外移入COVID-19確診個案表
  • 建檔日期:
  • 更新時間:
  • 資料來源:疾病管制署
"""


def test_a_ministrys_page_head_and_its_list_of_files(tmp_path):
    _, body = import_text(tmp_path, RELEASE, "release.txt")
    for gone in ("Enter", ":::\n\n衛福部", "LOGO", "相關檔案", "確診個案表", "建檔日期", "更新時間"):
        assert gone not in body, gone
    assert body.lstrip().startswith("中央流行疫情指揮中心今（1）日公布")
    assert "資料來源：疾病管制署" in body  # the text's credit: kept


CONVERTED = """# 2023年某产业发展研究报告

储能是指能量的存储，即通过一种介质和设备把能量存储起来。

![](images/a.jpg)␣
亿欧智库：储能广义分类

![](images/b.jpg)

不是说明的一段文字

![](images/c.jpg)␣
3个实验的结果如下

正文继续，说明各类储能技术的特点。
""".replace("\u2423", "  ")  # (␣: the converter's hard break, two spaces)


def test_a_converters_caption_right_under_a_missing_picture(tmp_path):
    _, body = import_text(tmp_path, CONVERTED, "report.md")
    assert "::: figure\n亿欧智库：储能广义分类\n:::" in body
    assert "\n不是说明的一段文字\n" in body and "::: figure\n不是说明" not in body
    assert "3个实验的结果如下" in body and "::: figure\n3个实验" not in body
