"""The twenty-first round's rules (issue 11): a news portal's lists before the story, a
document's own line between blank lines, a signer's lines standing together, the dash a
GBK conversion gives (――), a speaker's office and name in a text stored on one line, a
Taiwanese paper's 「記者某某/台北報導」 byline and the comment box's label. Made-up texts
of the shapes, each failing without its rule."""

from __future__ import annotations

from conftest import front_matter as front
from conftest import import_text

from briefing.importer.titleblock import byline_names

# ---------------------------------------------------------------- a portal's lists

PORTAL_LISTS = "\n".join(
    ["南城新聞網", "首頁", "本地新聞", "要聞", "兩岸觀察", "財經",
     "新橋通車後車流大增", "海關查獲走私凍肉", "市民盼增設巴士站", "颱風季前清理渠道"])
STORY = ("\n十月訪客按年上升百分五\n2024-11-02 09:15\n"
         "【本報訊】統計部門資料顯示，十月入境旅客按年上升百分之五，留宿旅客亦見增加，"
         "當局認為假期帶動了訪客人數。\n"
         "旅客平均逗留一點二日，與去年同期相若，當中不過夜旅客平均逗留日數持平。\n")


def test_a_portals_menus_and_headlines_before_the_storys_headline_are_dropped(tmp_path):
    result, body = import_text(tmp_path, PORTAL_LISTS + STORY, "a.txt")
    meta = front(result)
    assert meta["title"] == "十月訪客按年上升百分五"
    assert str(meta["date"]) == "2024-11-02"
    for furniture in ("南城新聞網", "兩岸觀察", "海關查獲走私凍肉", "颱風季前清理渠道"):
        assert furniture not in body, furniture
    assert "【本報訊】統計部門資料顯示" in body
    dropped = [r for r in result.repairs if r.kind == "portal-head"]
    assert dropped[0].before == "南城新聞網" and dropped[0].review


def test_a_few_short_head_lines_over_a_stamp_are_the_texts_own(tmp_path):
    # A title, its subtitle and a byline over the stamp: too few for a page's lists.
    head = "十月訪客按年上升\n——統計部門公布最新數字\n記者 陳大文\n"
    result, body = import_text(tmp_path, head + STORY.replace("\n十月訪客按年上升百分五", ""),
                               "a.txt")
    assert not [r for r in result.repairs if r.kind == "portal-head"]
    assert front(result)["title"] == "十月訪客按年上升"


# ---------------------------------------------------------------- a document's own line

NOTICE = ("关于第三季度环境卫生整治情况的通报\n\n"
          "各乡镇人民政府，县直各部门：\n\n"
          "为推动环境卫生整治工作，县住建局于9月对各乡镇整治情况进行了督查，现将情况通报如下：\n\n"
          "一、单位末位排名\n\n教育局 供销社\n\n二、职能单位末位排名\n\n")


def test_an_issuers_name_between_blank_lines_is_no_photo_caption_nor_a_signer(tmp_path):
    # 「交通局」 ends the list, two blank lines above the 落款: neither a caption (no
    # picture; a document's own line) nor a line of the signature (it stands apart).
    text = NOTICE + "交通局\n\n\n某县环境卫生整治领导小组办公室\n2024年10月8日\n"
    result, body = import_text(tmp_path, text, "a.txt")
    assert "::: figure" not in body
    assert "\n交通局\n" in body
    signature = body[body.index("::: signature"):]
    assert "交通局" not in signature and "某县环境卫生整治领导小组办公室" in signature


def test_a_short_line_between_blank_lines_is_still_a_caption(tmp_path):
    text = ("某县举行植树活动\n\n某县昨日组织干部群众在河堤植树，共栽下树苗三千余株。\n\n\n"
            "干部群众在河堤植树\n\n\n活动持续了一个上午，参加者有五百余人。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    assert "::: figure\n干部群众在河堤植树\n:::" in body


# ---------------------------------------------------------------- ―― as a subtitle's dash

def test_a_horizontal_bar_dash_opens_a_subtitle(tmp_path):
    # GBK's 「——」 read through a Windows code page is U+2015 twice: the same dash.
    text = ("政府工作报告\n――2026年1月20日在某省第十四届人民代表大会第四次会议上\n省长 张三\n\n"
            "各位代表：\n\n现在，我代表省人民政府向大会报告工作，请予审议。\n\n"
            "一、过去一年的工作\n\n过去一年，全省经济运行稳中有进，生产总值增长5.1%。\n")
    result, body = import_text(tmp_path, text, "a.txt")
    meta = front(result)
    assert meta["title"] == "政府工作报告"
    assert meta["subtitle"].startswith("2026年1月20日在某省")
    assert "政府工作报告" not in body


# ---------------------------------------------------------------- a text on one line

def test_a_speakers_office_and_name_stay_one_line_in_a_text_stored_on_one_line(tmp_path):
    text = ("某镇人民政府半年工作情况报告 ——2024年7月20日在某镇第六届人民代表大会第二次会议上 "
            "镇长 王小明 各位代表: 现在,我代表镇人民政府,向大会报告上半年工作,请予以审议。 "
            "一、上半年工作情况 上半年,全镇实现财政总收入12.5亿元,完成年度目标的56.0%;"
            "规模以上工业总产值105.3亿元,完成年度目标的42.3%。 "
            "(一)立足精准施策,疫情防控有力有序 我镇迅速完成由常态化防控向应急状态的转变,"
            "各项工作稳步恢复。 二、下半年工作安排 下半年,全镇将继续抓好招商引资和项目建设,"
            "确保完成全年目标任务。" + "全镇上下要坚定信心,真抓实干,奋力完成全年目标。" * 12)
    result, body = import_text(tmp_path, text, "a.txt")
    assert front(result)["authors"] == ["王小明"]
    assert "镇长" not in body and "王小明" not in body


# ---------------------------------------------------------------- 記者某某/台北報導

def test_a_reporter_with_where_they_report_from_is_a_byline():
    assert byline_names("記者林大明/台北報導") == ["林大明"]
    assert byline_names("記者張三、李四／綜合報導") == ["張三", "李四"]
    assert byline_names("中央社記者王五/台北報導") == ["王五"]
    assert byline_names("记者在台北报导") is None  # no name: a sentence's words


def test_the_reporters_line_is_no_title_and_the_comment_label_no_text(tmp_path):
    text = ("▲部長表示，9月外銷訂單年增2%。(圖/記者林大明攝)\n記者林大明/台北報導\n"
            "經濟部長21日在立法院備詢時表示，9月外銷訂單金額為384.2億美元，較去年同期成長2%。\n"
            "經濟部官員指出，統計處下午會公布正式數據，金額仍以統計處公布的數字為準。\n"
            "讀者迴響\n")
    result, body = import_text(tmp_path, text, "a.txt")
    meta = front(result)
    assert meta["authors"] == ["林大明"] and meta["title"] is None
    assert "讀者迴響" not in body and "台北報導" not in body
