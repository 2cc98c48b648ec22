"""A news site's footer under a copied story (issue 11, nineteenth round, webframe/foot.py): its
menu one item a line, its office's contact line, its copyright line and its reprint notice
— a sentence, under everything — are the page's foot. Made-up texts of the shape, each
failing without its rule."""

from __future__ import annotations

from conftest import import_text

STORY = ("东河县召开冬季供暖保障工作会议\n\n"
         "东河县昨日召开冬季供暖保障工作会议，部署今冬供暖各项工作，要求各单位压实责任。\n\n"
         "会议指出，各单位要把供暖责任落实到小区楼栋，确保群众温暖过冬。\n")
FOOTER = ("版权声明 |\n关于我们 |\n联系我们 |\n广告服务 |\n网站地图 | 回到顶部\n"
          "电话:0595-28985153 传真:0595-22567376 地址:某省某市某区某路536号五楼 站长统计\n"
          "CopyRight ©2019 东河网由东河日报社主管 版权所有 东ICP备10206509号\n"
          "东河网拥有东河网采编人员所创作作品之版权,未经东河网书面授权,不得转载、摘编或以其他方式"
          "使用和传播。\n")


def test_a_sites_footer_ending_in_its_reprint_notice_is_the_pages_foot(tmp_path):
    result, body = import_text(tmp_path, STORY + FOOTER, "a.txt")
    for furniture in ("版权声明", "关于我们", "广告服务", "网站地图", "电话", "CopyRight",
                      "不得转载"):
        assert furniture not in body, furniture
    assert "确保群众温暖过冬。" in body
    foot = [r for r in result.repairs if r.kind == "page-foot"]
    assert foot[0].before.startswith("版权声明") and foot[0].review


def test_a_notices_own_contact_line_above_the_footer_stays(tmp_path):
    # The contact line of the notice (its last paragraph) stands above the first
    # furniture line: the foot is cut there, the notice keeps it.
    text = ("关于开展冬季供暖检查的通知\n\n各乡镇：\n\n"
            "为做好今冬供暖保障工作，县住建局将于12月开展供暖检查，请各乡镇做好配合。\n\n"
            "联系电话：0595-1234567\n" + FOOTER)
    result, body = import_text(tmp_path, text, "a.txt")
    assert "联系电话：0595-1234567" in body and "不得转载" not in body


def test_a_reprint_notice_inside_a_story_stays(tmp_path):
    # Only the foot's run reads it: a story quoting such a notice keeps its words.
    quoted = "该网站声明，未经授权不得转载其作品，违者将被追究法律责任。"
    result, body = import_text(tmp_path, STORY + "\n" + quoted + "\n\n这一做法得到多数读者支持。\n",
                               "a.txt")
    assert quoted in body
