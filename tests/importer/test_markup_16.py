"""Markdown soft line breaks, sixteenth round (markup.wraps.kept_soft_breaks): in a file that sets
its paragraphs apart by blank lines, a text line kept under another with no blank line
between is told — Markdown reads the two as one paragraph — and never joined."""

from __future__ import annotations

from conftest import import_text

BLANK_SEPARATED = (
    "# 年终总结\n\n"
    "今年写了十二篇文章，比去年多了三篇，访问量也翻了一番。\n\n"
    "访问最多的三篇文章如下，都是技术类的文章。\n\n"
    "[将博客部署到星际文件系统](https://example.com/ipfs/)\n"
    "[利用定时任务抓取微博的数据](https://example.com/weibo/)\n\n"
    "主要是因为在论坛发帖导流，所以访问量高一些。\n\n"
    "明年打算多写一些生活类的文章，也多出去走走。\n\n"
    "最后祝大家新年快乐，万事如意。\n\n"
    "愿我们都能成为更好的自己。\n")


def test_a_soft_break_kept_in_a_blank_separated_file_is_told(tmp_path):
    result, body = import_text(tmp_path, BLANK_SEPARATED, "a.md")
    [doubt] = [d for d in result.doubts if d.kind == "soft-break-kept"]
    assert doubt.line == 8 and "⏎" in doubt.before
    # told, not joined: the page keeps the author's lines as the import read them
    assert "将博客部署到星际文件系统" in body and "利用定时任务抓取微博的数据" in body


def test_a_paragraph_a_line_file_is_not_told(tmp_path):
    # A copy that sets a paragraph a line (few blank lines): its line breaks are its
    # paragraphs' ends, nothing to ask.
    lines = [line for line in BLANK_SEPARATED.split("\n") if line]
    text = lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n"
    result, _ = import_text(tmp_path, text, "a.md")
    assert not [d for d in result.doubts if d.kind == "soft-break-kept"]


def test_a_short_line_or_a_colon_above_is_not_told(tmp_path):
    text = BLANK_SEPARATED.replace(
        "[将博客部署到星际文件系统](https://example.com/ipfs/)\n",
        "访问最多的文章：\n")
    result, _ = import_text(tmp_path, text, "a.md")
    assert not [d for d in result.doubts if d.kind == "soft-break-kept"]
