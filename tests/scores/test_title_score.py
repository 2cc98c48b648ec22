"""The title measure (bench/title_score.py): the written title against the gold's, and the
furniture printed before the gold's first body block. Made-up articles."""

from __future__ import annotations

from bench.title_score import check, plain, summary

GOLD = ("---\ntitle: 某县召开森林防火会议\nsubtitle: 部署冬春防火工作\nsource: 某县林业局\n---\n\n"
        "12月1日，某县召开森林防火工作会议，部署今冬明春的防火工作。\n\n"
        "会议要求各乡镇落实巡山护林责任。\n")


def test_titles_are_compared_without_spaces_and_punctuation():
    assert plain("山鄉巨變 —— 來自貴州！") == plain("山鄉巨變來自貴州")
    output = GOLD.replace("title: 某县召开森林防火会议", "title: 某县召开 森林防火会议。")
    found = check("t", GOLD, output, {"repairs": [], "doubts": []})
    assert found.title_right and found.subtitle_right and not found.head


def test_a_button_taken_for_the_title_and_furniture_printed_at_the_head_are_counted():
    output = ("---\ntitle: 【返回】\nsource: 某县林业局\n---\n\n一键分享\n\n"
              "发布时间：2024-12-01 阅读次数：\n\n"
              "12月1日，某县召开森林防火工作会议，部署今冬明春的防火工作。\n\n"
              "会议要求各乡镇落实巡山护林责任。\n")
    spots = {"repairs": [], "doubts": [{"kind": "title-inferred", "line": 1, "before": "",
                                        "after": "", "note": "", "review": False}]}
    found = check("t", GOLD, output, spots)
    assert not found.title_right and not found.subtitle_right
    assert found.spots == ["title-inferred"]
    assert "一键分享" in found.head[0]
    assert any("阅读次数" in run for run in found.head)
    figures = summary([found, check("u", GOLD, GOLD, {"repairs": [], "doubts": []})])
    assert figures["title right"] == 1
    assert figures["title wrong, told"] == 1
    assert figures["texts with head furniture"] == 1
    assert figures["spots by kind (texts, on a right title)"] == {"title-inferred": [1, 0]}


def test_a_gold_title_printed_in_the_body_is_no_furniture_and_a_missing_output_is_wrong():
    output = ("---\ntitle: null\n---\n\n某县召开森林防火会议\n\n"
              "12月1日，某县召开森林防火工作会议，部署今冬明春的防火工作。\n\n"
              "会议要求各乡镇落实巡山护林责任。\n")
    found = check("t", GOLD, output, {"repairs": [], "doubts": []})
    assert not found.title_right and found.head == []
    assert not check("t", GOLD, "", {"repairs": [], "doubts": []}).title_right


def test_the_census_is_set_against_this_trees_imports_of_the_same_texts():
    from bench.title_score import since

    wrong = check("t", GOLD, GOLD.replace("title: 某县召开森林防火会议", "title: 【返回】"),
                  {"repairs": [], "doubts": []})
    right = check("t", GOLD, GOLD, {"repairs": [], "doubts": []})
    text = since([wrong], [right])
    assert "wrong titles then: 1; right now: 1" in text
    assert "right titles then, wrong now: 0" in text


def test_two_kept_runs_are_compared_file_by_file(tmp_path):
    from bench.title_score import changed_outputs

    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    for folder, text in ((before, "a"), (after, "b")):
        (folder / "moved.md").write_text(text, "utf-8")
        (folder / "same.md").write_text("same", "utf-8")
    (after / "new.md").write_text("new", "utf-8")
    assert changed_outputs(before, after) == ["moved.md", "new.md"]
