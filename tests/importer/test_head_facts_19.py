"""A copied news page's info line under its headline (issue 11, nineteenth round,
titleblock/lines.py): the forms two site templates write it in, and the share button drawn
between rules under it. Made-up texts of the shape, each failing without its rule."""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.titleblock.lines import labelled_facts

BODY = ("东河新闻网讯（通讯员 王某）3月27日，东河县麻塘乡召开蓝天保卫战工作推进会，"
        "全体干部职工参加会议。\n\n"
        "会议指出，要充分利用大喇叭、微信群等方式，进一步加大宣传力度，营造浓厚氛围。\n")




def test_a_stamp_then_the_publication_unlabelled_then_the_labelled_author():
    assert labelled_facts("2023-01-18 08:28:55 新華社   作者： 高敬") == [
        ("date", "2023-01-18 08:28:55"), ("source", "新華社"), ("authors", "高敬")]
    # not any words before the label: a sentence's opening is no publication
    assert labelled_facts("2023-01-18 会议强调 作者：高敬") is None


def test_the_editor_and_a_stamp_after_the_last_field():
    assert labelled_facts("来源:东河县融媒体中心 作者:王某某 编辑:李某某 2023-03-27 15:46:21") == [
        ("date", "2023-03-27 15:46:21"), ("source", "东河县融媒体中心"), ("authors", "王某某")]
    assert labelled_facts("编辑：李某某") is None  # the editor alone: the furniture's business


def test_a_county_sites_info_line_and_its_dashed_share_button(tmp_path):
    result, body = import_text(tmp_path, (
        "当前位置:\n\n麻塘乡召开三月份蓝天保卫战工作推进会\n\n"
        "来源:东河县融媒体中心 作者:王某某 编辑:李某某 2023-03-27 15:46:21\n \n—分享—\n\n"
        + BODY), "a.txt")
    front = front_matter(result)
    assert front["title"] == "麻塘乡召开三月份蓝天保卫战工作推进会"
    assert front["subtitle"] is None  # 「—分享—」 is a button, not a dashed subtitle
    assert front["source"] == "东河县融媒体中心" and front["authors"] == ["王某某"]
    assert str(front["date"]) == "2023-03-27"
    assert "分享" not in body and "李某某" not in body and "来源" not in body


def test_a_hijacked_pages_keyword_line_goes_with_the_head(tmp_path):
    # A hijacked site's page opens with a line of search keywords; with the stamp line
    # read, the headline above it is the title and the keywords are the head's furniture.
    result, body = import_text(tmp_path, (
        "最新电影在线观看,手机高清免费视频,热门影视资源大全,好看的电视剧排行榜\n\n"
        "關于我們 | English | 網站地圖\n\n"
        "2022年全國地級及以上城市優良天數比例為86.5%\n\n"
        "2023-01-18 08:28:55 新華社   作者: 高敬  \n\n"
        "生態環境部生態環境監測司副司長蔣火華17日介紹，2022年，全國空氣質量穩中向好。\n\n"
        "在生態環境部當天舉行的新聞發布會上，蔣火華介紹了全國環境質量狀況。\n"), "a.txt")
    front = front_matter(result)
    assert front["title"] == "2022年全國地級及以上城市優良天數比例為86.5%"
    assert front["source"] == "新華社" and front["authors"] == ["高敬"]
    assert "在线观看" not in body and "作者" not in body
