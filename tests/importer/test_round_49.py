"""The forty-ninth round (issue 11): made-up texts of shapes the tuning corpus still got
wrong at the start of the thirty-ninth stop.

A notice copied from a web page often lists its attachments after its 落款, not before it
as GB/T 9704 sets them (「附件1：某某汇总表.xlsx」 on a line of its own, or the label 「附件1」
over the attachment's title), and signs under its contact lines (「联系人：…；联系电话：…」
「办公地点：…」) rather than under a finished sentence: the signer and the date are still
its 落款.
"""

from __future__ import annotations

from conftest import import_text

from briefing.importer import roles

CONTACT_THEN_ATTACHMENTS = """# 关于做好2024年秋季学期助学贷款回执收取工作的通知

各学院：

请各学院于9月10日前将回执统一报送学生资助管理中心。

联系人：李明

办公地点：东区办公楼305室

学生工作部  研究生院

2024年8月22日

附件1：2024年助学贷款学生信息汇总表.xlsx

附件2：各学院资助工作联系人名单.doc
"""

CONTACT_FIELDS_THEN_LABEL = """# 关于公布2019年“书香社区”拟入选名单的通知

各镇区宣传办：

经评审，现将拟入选名单予以公布，公示期为5个工作日。

联系人：王刚；联系电话：88310000

中共某市委宣传部

2020年3月11日

附件1

2019年“书香社区”拟入选名单

东区某某社区居民委员会
"""


def test_a_notices_attachments_listed_after_its_signature(tmp_path):
    _, body = import_text(tmp_path, CONTACT_THEN_ATTACHMENTS, "notice.md")
    assert "::: signature\n学生工作部  研究生院\n2024年8月22日\n:::" in body
    assert "附件1：2024年助学贷款学生信息汇总表.xlsx" in body
    assert "::: signature" not in body.split("附件1")[1]


def test_a_notice_signed_under_its_contact_fields(tmp_path):
    _, body = import_text(tmp_path, CONTACT_FIELDS_THEN_LABEL, "notice.md")
    assert "::: signature\n中共某市委宣传部\n2020年3月11日\n:::" in body
    assert "## 2019年“书香社区”拟入选名单" in body


def test_a_numbered_attachment_is_an_attachment_line():
    assert roles.is_attachment_line("附件2：各学院资助工作联系人名单.doc")
    assert roles.is_attachment_line("附件：1.名单")
    assert not roles.is_attachment_line("附件中的数据以统计局公布为准。")


def test_a_pages_bar_lines_are_no_hard_wrap():
    """An e-paper's head copied line by line, each line of its bar as wide as the text's:
    the gaps between its words (two and more) end the line; a letter-spaced line's single
    characters and a statute headnote's one gap do not."""
    from briefing.importer.parse import RawBlock, SourceLine, lines_as_paragraphs

    head = ["某某日报报业集团旗下媒体： 某某日报 |某某都市报 |某某网 返回首页",
            "2026年03月09日 星期一  报料热线：966123  投稿邮箱：tips@example.cn",
            "当前版： 015版 上一版 下一版 上一期 下一期 放大 缩小 默认 返回目录",
            "琼崖英雄树"]
    block = RawBlock("text", [SourceLine(n, text) for n, text in enumerate(head, 1)])
    assert [part.lines[0].text for part in lines_as_paragraphs(block)] == head

    wrapped = ["（1990年6月28日第七届全国人民代表大会常务委员会第十四次会议通过 根据2009年8月27日第十",
               "一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正 根据2020年10",
               "月17日第十三届全国人民代表大会常务委员会第二十二次会议第二次修正）"]
    block = RawBlock("text", [SourceLine(n, text) for n, text in enumerate(wrapped, 1)])
    assert len(lines_as_paragraphs(block)) == 1
