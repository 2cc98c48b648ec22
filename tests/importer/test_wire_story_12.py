"""A press story's end mark and what a copy carries after it; a wire story's agency
(issue 11, twelfth round: briefing/importer/endmark.py). Each test a made-up text of the
shape, failing without its rule."""

from __future__ import annotations

from conftest import import_text

STORY = (
    "某某社南京5月9日电 （记者 王小明）江苏省交通运输厅9日介绍，今年一季度，全省港口完成"
    "货物吞吐量8.1亿吨，同比增长4.2%。\n"
    "该厅负责人说，内河航道网络进一步完善，集装箱运输保持较快增长。\n"
    "下一步，全省将继续推进港口资源整合，提升多式联运水平。（完）\n")


def _front(result) -> str:
    return (result.folder / "article.md").read_text("utf-8").split("---\n")[1]


def test_a_copys_junk_after_the_end_mark_is_no_story(tmp_path):
    # A site ran a line of pinyin and a gloss under the finished story: not its text.
    junk = ("xiayibuquanshengjiangjixutuijin,gangkouziyuanzhenghe。\n"
            "下(xia)一(yi)步(bu)，(，)全(quan)省(sheng)\n")
    result, body = import_text(tmp_path, STORY + junk, "a.txt")
    assert body.rstrip().endswith("提升多式联运水平。（完）")  # the mark is the story's
    assert "xiayibu" not in body and "(xia)" not in body and "（xia）" not in body
    dropped = [r for r in result.repairs if r.kind == "after-end-mark"]
    assert len(dropped) == 1 and dropped[0].review and dropped[0].line == 4
    # the mark ends the sentence: no doubt that text is missing after it
    assert not [d for d in result.doubts if d.kind == "unfinished-paragraph"]


def test_an_apps_name_after_the_editors_closing_credit_is_no_story(tmp_path):
    text = ("# 某市春节期间热线不打烊\n\n"
            "（某某社記者陳小華高雄3日電）市政府今天表示，1999市民熱線在春節期間照常服務。\n\n"
            "市府說，民眾遇到緊急狀況，也可撥打熱線求助，將有專人處理。(編輯:林大同)1140203\n\n"
            "某某社「即時新聞」 app\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "app" not in body and "即時新聞" not in body
    assert body.rstrip().endswith("將有專人處理。")
    assert any(r.kind == "after-end-mark" for r in result.repairs)


def test_a_following_story_after_the_end_mark_stays_and_is_told(tmp_path):
    # A newspaper page: a second item follows the first's end mark, with its dateline.
    second = ("\n某某社杭州5月9日电 浙江省今年将新建改建农村公路1000公里，"
              "惠及沿线百余个行政村。\n")
    result, body = import_text(tmp_path, "# 要闻简报\n\n" + STORY + second, "a.txt")
    assert "浙江省今年将新建改建农村公路1000公里" in body
    assert not any(r.kind == "after-end-mark" for r in result.repairs)
    assert any(d.kind == "after-end-mark" and d.review for d in result.doubts)


def test_a_photo_caption_after_the_end_mark_stays(tmp_path):
    caption = "\n图为货轮停靠在港口码头。 某某社记者 李四 摄\n"
    result, body = import_text(tmp_path, "# 港口吞吐量增长\n\n" + STORY + caption, "a.txt")
    assert "图为货轮停靠在港口码头" in body
    assert not any(r.kind == "after-end-mark" for r in result.repairs)


def test_a_long_tail_after_the_end_mark_stays_and_is_told(tmp_path):
    tail = "".join(f"第{n}段并非网页杂项，而是一段较长的正文，编辑需要核对它是否属于本文。\n"
                   for n in range(1, 6))
    result, body = import_text(tmp_path, STORY + tail, "a.txt")
    assert "第5段并非网页杂项" in body
    assert any(d.kind == "after-end-mark" for d in result.doubts)


def test_the_agency_of_a_wire_dispatch_is_the_source(tmp_path):
    # No 来源 line, masthead or page names a publication: the dispatch's agency does.
    result, body = import_text(tmp_path, STORY, "a.txt")
    assert "source: 某某社" in _front(result)
    assert body.lstrip().startswith("某某社南京5月9日电")  # the dateline stays
    assert any(r.kind == "dateline-agency" for r in result.repairs)
    # …but a 来源 line names the source when there is one
    result, body = import_text(tmp_path, "# 港口吞吐量增长\n\n来源：某某日报\n\n" + STORY,
                               "b.txt")
    assert "source: 某某日报" in _front(result)
    # …and a paper's own report or a site's dispatch (网…电) names no agency
    result, body = import_text(tmp_path, STORY.replace("某某社南京5月9日电", "某某网南京5月9日电"),
                               "c.txt")
    assert "source: 某某社" not in _front(result)


def test_the_agency_of_a_dispatch_under_its_headline_one_line_a_paragraph(tmp_path):
    # A copy with no blank lines: headline, the dispatch's dateline with its 题, the
    # agency's nameless byline, then the story — the dateline is in the head's lines.
    text = ("评论：让乡村公路通到家门口\n"
            "某某社北京4月2日电题：让乡村公路通到家门口\n"
            "某某社记者\n"
            "清晨，山里的客运班车沿着新修的公路开进村口，村民们提着菜篮子上了车。\n"
            "这条路修通以前，村里人去一趟县城要走大半天。\n"
            "如今，全县所有建制村都通了硬化路和客车。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "source: 某某社" in _front(result)
    assert "某某社北京4月2日电题：让乡村公路通到家门口" in body


PAGE_STORY = ("# 全市春耕生产有序推进\n\n"
              "连日来，全市各地抢抓农时，组织农户开展春耕备耕，田间地头一派繁忙景象。\n\n"
              "据统计，目前全市已完成春播面积12万亩，占计划的六成以上。\n\n")


def test_junk_under_the_sites_editor_field_is_no_story(tmp_path):
    # A site closes the story with its 责任编辑 line; a copy ran a gloss in under it.
    text = PAGE_STORY + "责任编辑：张三\n\n据(ju)统(tong)计(ji)，(，)目(mu)前(qian)\n"
    result, body = import_text(tmp_path, text, "a.txt")
    assert "(ju)" not in body and "（ju）" not in body and "责任编辑" not in body
    assert body.rstrip().endswith("占计划的六成以上。")
    assert any(r.kind == "after-end-mark" for r in result.repairs)


def test_fact_lines_under_the_editor_field_are_left_to_the_facts(tmp_path):
    text = PAGE_STORY + "责任编辑：张三\n\n来源：某某日报\n"
    result, body = import_text(tmp_path, text, "a.txt")
    assert not any(r.kind == "after-end-mark" for r in result.repairs)
    # not this pass's to drop: the closing-source pass takes it as the source (round 34)
    assert any(r.kind == "closing-source" for r in result.repairs)


def test_a_long_tail_under_the_editor_field_is_left_to_the_page_passes(tmp_path):
    # The site's own mark: what follows is the page's business (its furniture passes), not
    # a doubt of the story's end.
    tail = "".join(f"第{n}段是一段较长的文字，说明某某县春耕生产的进展，编辑需要核对。\n\n"
                   for n in range(1, 6))
    result, body = import_text(tmp_path, PAGE_STORY + "责任编辑：张三\n\n" + tail, "a.txt")
    assert "第5段是一段较长的文字" in body
    assert not any(r.kind == "after-end-mark" for r in result.repairs + result.doubts)


def test_an_editor_field_at_the_head_ends_no_story(tmp_path):
    # The page sets its 责任编辑 field above a short story: the story is under it, kept.
    text = ("# 县图书馆延长开放时间\n\n责任编辑：张三\n\n"
            "即日起，县图书馆每天开放至晚上九点。\n\n周末和节假日照常开放。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "即日起，县图书馆每天开放至晚上九点。" in body and "周末和节假日照常开放。" in body
    assert not any(r.kind == "after-end-mark" for r in result.repairs)


def test_the_agency_of_a_correspondents_dispatch(tmp_path):
    # 专电: a dispatch of the agency's correspondent abroad, its reporter in the dateline.
    text = ("# 某國央行宣布降息\n\n"
            "（某某社記者陳小華東京3日專電）某國央行今天宣布，將政策利率下調0.25個百分點。\n\n"
            "分析人士認為，此舉旨在應對經濟放緩的風險。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "source: 某某社" in _front(result)


def test_a_website_reposting_a_dispatch_is_not_its_source(tmp_path):
    # The portal's meta line names the site; the dispatch names its agency: the agency.
    def text(site: str) -> str:
        return ("青海以绿为底 跑出新速度\n"
                f"{site} 2023-08-16 09:56:12\n\n"
                "某某社西宁8月15日电 题：青海以绿为底 跑出新速度\n\n"
                "今年上半年，青海省地区生产总值增速高出全国平均增速1.3个百分点。\n\n"
                "这样一个生态保护优先省份缘何跑出新速度？记者对此进行了走访调研。\n")
    result, body = import_text(tmp_path, text("某某网"), "a.txt")
    assert "source: 某某社" in _front(result)
    # …a newspaper printing the dispatch in its edition is its publication
    result, body = import_text(tmp_path, text("某某日报"), "b.txt")
    assert "source: 某某日报" in _front(result)


def test_a_footnote_after_the_end_mark_stays(tmp_path):
    text = ("# 港口吞吐量增长\n\n" + STORY.replace("。（完）", "[^1]。（完）").replace("\n", "\n\n")
            + "\n[^1]: 含内河港口和沿海港口。\n")
    result, body = import_text(tmp_path, text, "a.md")
    assert "含内河港口和沿海港口" in body
    assert not any(r.kind == "after-end-mark" for r in result.repairs)
