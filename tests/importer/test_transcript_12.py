"""A transcript's turns when each speaker stands on a line of its own (issue 11, twelfth
round: briefing/importer/transcript.py). Made-up texts of the shape, failing without the
rules."""

from __future__ import annotations

from conftest import import_text

LIVE = ("主持人 李明华：\n"
        "各位记者朋友，大家下午好，今天的记者会现在开始。\n"
        "2023-05-06 15:02:10\n"
        "某某日报记者：\n"
        "请问今年在稳定就业方面有哪些新的举措？谢谢。\n"
        "2023-05-06 15:04:45\n"
        "某某部部长 王建国：\n"
        "谢谢你的提问。今年我们将继续实施就业优先政策，重点做好高校毕业生就业工作。\n")


def test_a_speakers_label_on_its_own_line_leads_the_turn_under_it(tmp_path):
    result, body = import_text(tmp_path, LIVE, "a.txt")
    paragraphs = body.strip().split("\n\n")
    assert paragraphs == [
        "**主持人 李明华：**各位记者朋友，大家下午好，今天的记者会现在开始。",
        "**某某日报记者：**请问今年在稳定就业方面有哪些新的举措？谢谢。",
        "**某某部部长 王建国：**谢谢你的提问。今年我们将继续实施就业优先政策，重点做好高校毕业生"
        "就业工作。"]
    assert sum(r.kind == "speaker-lead" for r in result.repairs) == 3


def test_a_live_pages_time_stamps_go_and_date_the_text(tmp_path):
    result, body = import_text(tmp_path, LIVE, "a.txt")
    assert "15:02" not in body and "2023-05-06" not in body
    front = (result.folder / "article.md").read_text("utf-8").split("---\n")[1]
    assert "date: 2023-05-06" in front
    assert sum(r.kind == "live-time-stamp" for r in result.repairs) == 2


def test_a_speakers_label_is_never_the_title(tmp_path):
    result, body = import_text(tmp_path, LIVE, "a.txt")
    front = (result.folder / "article.md").read_text("utf-8").split("---\n")[1]
    assert "title: null" in front
    assert body.lstrip().startswith("**主持人 李明华：**")


def test_labels_outside_a_transcript_stay_paragraphs(tmp_path):
    # An award list under its prize labels: no host or reporter speaks, no turns.
    text = ("# 关于表彰先进集体的通报\n\n"
            "一等奖：\n\n某某县人民政府办公室、某某县财政局、某某县统计局。\n\n"
            "二等奖：\n\n某某县教育局、某某县卫生健康局。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "一等奖：\n\n某某县人民政府办公室" in body
    assert "**" not in body
    assert not any(r.kind == "speaker-lead" for r in result.repairs)


def test_question_and_answer_labels_on_their_own_lines(tmp_path):
    # An interview's 问/答 on lines of their own: each heads its turn; one spot to review.
    text = ("# 专访：让数据多跑路\n\n问：\n\n政务服务“一网通办”推进得怎么样了？\n\n"
            "答：\n\n目前全市90%以上的事项已经可以在网上办理。\n\n问：\n\n下一步还有什么打算？\n\n"
            "答：\n\n我们将继续推进跨区域通办。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "**问：**政务服务“一网通办”推进得怎么样了？" in body
    assert "**答：**我们将继续推进跨区域通办。" in body
    leads = [r for r in result.repairs if r.kind == "speaker-lead"]
    assert len(leads) == 4 and [r.review for r in leads] == [True, False, False, False]
