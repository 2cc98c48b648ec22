"""What a copied news page puts around and inside a story (issue 11, thirteenth round):
photo file names where the pictures stood, an info line whose template labels were left
empty, an e-paper page's headline list, a government page's accessibility text. The
conventions a reader uses, each with a made-up text of its shape that fails without it."""

from __future__ import annotations

import yaml
from conftest import import_text


def front_matter(result) -> dict:
    return yaml.safe_load((result.folder / "article.md").read_text("utf-8").split("---\n")[1])


def test_a_short_line_under_a_photos_file_name_is_its_caption(tmp_path):
    # A county site's story copied as text: each picture left its file name on a line,
    # its caption under it; a sentence under a file name stays a paragraph.
    result, body = import_text(tmp_path, (
        "# 河口镇举行防汛应急演练\n\n"
        "6月12日上午，河口镇在沿河村组织防汛应急演练，镇村干部和民兵共80余人参加。\n\n"
        "20230612_01.jpg\n\n"
        "民兵队员转移受困群众\n\n"
        "IMG_5521.JPG\n\n"
        "演练现场搭建了临时安置点，发放了救生衣和应急食品。\n\n"
        "演练结束后，镇党委书记对下一步防汛工作提出要求。\n"), "a.txt")
    assert "::: figure\n民兵队员转移受困群众\n:::" in body
    assert ".jpg" not in body.lower()
    assert "\n演练现场搭建了临时安置点，发放了救生衣和应急食品。\n" in body
    assert "::: figure\n演练现场" not in body


def test_an_info_line_closing_with_empty_labels_gives_its_facts(tmp_path):
    # The page's info line: the site, the time, then its template's labels with no value
    # (no source or author filled in, the view counter's number not copied).
    result, body = import_text(tmp_path, (
        "青山区举行植树节义务植树活动\n\n"
        "绿城新闻网 2019-03-12 10:05 来源： 作者： 浏览：\n\n"
        "3月12日上午，青山区机关干部和志愿者300余人来到滨河公园，参加义务植树活动。\n\n"
        "活动共栽植各类苗木1200余株。\n"), "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "青山区举行植树节义务植树活动"
    assert matter["source"] == "绿城新闻网"
    assert str(matter["date"]) == "2019-03-12"
    assert "来源：" not in body and "绿城新闻网" not in body
    assert body.lstrip().startswith("3月12日上午")


def test_a_government_pages_accessibility_text_and_dashed_roc_date(tmp_path):
    # A Taiwan ministry's page copied as text: the notice for browsers without script, the
    # labels of its print and type-size functions with their keyboard help, the channel,
    # the accessibility marker 「:::」, the title, then its fields — a 民國 date written
    # with dashes and the office that gave the text (資料來源).
    result, body = import_text(tmp_path, (
        "您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態\n"
        "友善列印 :\n"
        "請利用鍵盤按住Ctrl + P開啟列印功能\n"
        "字級設定 :\n"
        "請利用鍵盤按住ALT鍵 + V → X 來選擇適合您的文字大小，\n"
        "或可利用鍵盤 Ctrl + (+)放大 (-)縮小來改變字型大小。\n\n"
        "部務會議\n\n"
        ":::\n"
        "交通部第212次部務會議紀要\n\n"
        "日期：112-03-07\n"
        "資料來源：秘書處\n\n"
        "一、請各單位於春假期間加強交通疏運，確保旅客平安返鄉。\n\n"
        "二、請公路總局檢討號誌設置，減少路口事故。\n"), "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "交通部第212次部務會議紀要"
    assert str(matter["date"]) == "2023-03-07"
    assert matter["source"] == "秘書處"
    for furniture in ("JavaScript", "友善列印", "字級設定", "鍵盤", "Ctrl", "資料來源", ":::"):
        assert furniture not in body
    assert body.lstrip().startswith("一、請各單位")
    dropped = " ".join(r.before for r in result.repairs if r.kind == "web-furniture")
    assert "友善列印" in dropped and "Ctrl + P" in dropped


def test_a_share_label_with_only_a_bulleted_link_list_under_it_ends_the_article(tmp_path):
    # A news portal's copy: the story, its byline at the foot, the share bar's label and
    # the related-links box (each link a bullet, its channel run into its headline).
    result, body = import_text(tmp_path, (
        "老街换新颜\n\n"
        "2015年06月08日08:30  江城晚报\n\n"
        "  经过半年改造，东门老街昨天重新开街，青石板路和木结构店面恢复了旧时模样。\n\n"
        "  街坊们说，老街的烟火气又回来了。\n\n"
        "  晚报记者 周敏\n\n"
        "分享到:\n"
        "  • 新闻台风灿鸿逼近浙江沿海\n"
        "  • 财经沪指低开高走收涨\n"), "a.txt")
    assert "分享到" not in body and "台风灿鸿" not in body and "沪指" not in body
    assert body.rstrip().endswith("街坊们说，老街的烟火气又回来了。")
    assert front_matter(result)["authors"] == ["周敏"]
    first = next(r for r in result.repairs if r.kind == "page-foot")
    assert first.review and "related links" in first.note


def test_an_epaper_pages_headline_list_and_navigation_above_the_story_are_the_pages(
        tmp_path):
    # A city paper's e-paper page copied whole: the page label, the page's headlines, its
    # navigation bar, then the story shown — its headline one of the list's.
    result, body = import_text(tmp_path, (
        "第02版:要闻 3下一版\n"
        "全市春耕生产全面展开\n"
        "高新区新增企业两百家\n"
        "城南污水厂扩建完工\n"
        "老旧小区改造提速\n"
        "   \n"
        "返回主页 | 江城日报 | 版面导航 | 江城晚报\n"
        "上一期  下一期\n"
        "城南污水厂扩建完工\n\n"
        "本报讯 记者昨日从市水务局获悉，城南污水处理厂扩建工程已完工，日处理能力翻了一番。\n\n"
        "扩建后的污水厂出水水质达到一级A标准。\n"), "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "城南污水厂扩建完工"
    for furniture in ("第02版", "春耕", "高新区", "老旧小区", "返回主页", "上一期"):
        assert furniture not in body
    assert body.lstrip().startswith("本报讯 记者昨日")
    dropped = [r for r in result.repairs if r.kind == "epaper-contents"]
    assert dropped[0].review and dropped[0].before == "第02版:要闻 3下一版"
    assert {r.before for r in dropped} >= {"全市春耕生产全面展开", "上一期  下一期"}


def test_an_epaper_label_without_a_repeated_headline_keeps_the_head(tmp_path):
    # No line of the head repeats another: no page list is read, the head stays for the
    # title block (which drops the page label alone).
    result, body = import_text(tmp_path, (
        "第05版:视点\n\n"
        "江城晚报客户端\n\n"
        "老城区迎来第一座口袋公园\n\n"
        "本报讯 位于解放路的口袋公园昨日开放，周边居民多了一处休闲去处。\n"), "a.txt")
    assert not [r for r in result.repairs if r.kind == "epaper-contents"]
    assert "本报讯 位于解放路" in body


def test_pinyin_run_into_words_is_read_through_kept_and_told(tmp_path):
    # A site's copy of a 通知 through a broken Traditional conversion: pinyin with its tone
    # marks runs into words — the title quoted in 《》 over the page's 時(shí)間 line and again,
    # the QR-code call at the foot. The reader reads through the pinyin; the words keep it.
    result, body = import_text(tmp_path, (
        "《江城市人民政府辦公廳關(guān)于做好汛期安全生產工作落實(shí)情況報送的通知》\n"
        "瀏覽量: 時(shí)間:2019-06-20 09:12:40\n"
        "《江城市人民政府辦公廳關(guān)于做好汛期安全生產工作落實(shí)情況報送的通知》\n"
        "各區(縣)政府,市政府各部門(mén):\n"
        "為做好汛期安全生產工作,現將有關(guān)事項通知如下。\n"
        "一、各地要落實(shí)防汛責任。\n"
        "二○一九年六月十八日\n\n"
        "掃描二維碼 關(guān)注我們\n"), "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "江城市人民政府辦公廳關（guān）于做好汛期安全生產工作落實（shí）情況報送的通知"
    assert str(matter["date"]) == "2019-06-20"
    assert "二維碼" not in body and "瀏覽量" not in body
    assert "現將有關（guān）事項通知如下。" in body  # the wording, pinyin and all, kept
    told = [r for r in result.repairs if r.kind == "pinyin-in-words"]
    assert len(told) == 1 and told[0].review and told[0].before == told[0].after
    assert "關(guān)于" in told[0].before


def test_a_tone_less_or_latin_bracket_is_no_pinyin_note(tmp_path):
    # 「河长(km)」「标注(gloss)」: a unit or a term in brackets has no tone mark — no spot.
    result, body = import_text(tmp_path, (
        "# 河道长度统计\n\n"
        "全市河长(km)合计为一千二百公里，标注(gloss)见附表。\n"), "a.txt")
    assert not [r for r in result.repairs if r.kind == "pinyin-in-words"]


def test_a_title_bar_naming_the_site_first_is_the_pages(tmp_path):
    # A county portal prints its page's title bar 「站名-标题」 over the title itself.
    result, body = import_text(tmp_path, (
        "青溪县人民政府-2019年青溪镇秋冬季森林防火工作总结\n\n"
        "2019年青溪镇秋冬季森林防火工作总结\n\n"
        "来源: 发布时间:2019-12-20 10:15:02 字体大小:\n\n"
        "今年秋冬季，青溪镇认真落实森林防火责任制，全镇未发生森林火灾。\n\n"
        "一、加强组织领导\n\n"
        "镇党委、政府召开专题会议，部署秋冬季森林防火工作。\n"), "a.txt")
    matter = front_matter(result)
    assert matter["title"] == "2019年青溪镇秋冬季森林防火工作总结"
    assert "青溪县人民政府-" not in body
    assert body.lstrip().startswith("今年秋冬季")
    assert any(r.kind == "repeated-title" and r.before.startswith("青溪县人民政府-")
               for r in result.repairs)
    # The bar names the site, and the empty 来源 field names none: the site is the source,
    # a spot to review.
    assert matter["source"] == "青溪县人民政府"
    assert any(r.kind == "title-bar-site" and r.review for r in result.repairs)
