"""The forty-second round (issue 11): made-up texts of the shapes that went wrong on the
fifty-third held-back set, scored once in the thirty-seventh stop.

A paper's standing links under the story, between rules, each a label over its address
(「📰支持大紀元，購買日報：」 ⏎ 「https://…」), are the page's; so is 大紀元's end mark 「@」 after the
last sentence. A spam site's medical advertising lines (「治疗白癜风医院哪家好」) are the page's,
and the reporter's credit closing the story above them is the author. An e-paper's page label
with its section letter (「第A05版:崇川在线」) is the page's; its system's record of the page
under the story (「2020-04-24 1 1 南通日报 content_15530.html 1 3 关于…」) names the paper, the
source. A numbered line ending in 「;」 is an item, never a head.
"""

from __future__ import annotations

from conftest import front_matter, import_text

EPOCH = """澳門今年6月入境旅客共220.97萬人次,按年增加4.8倍,與5月比較則微跌0.9%。

按客源分析,中國大陸旅客按年增加3.3倍至144.49萬人次,其中個人遊旅客79.36萬人次。

留宿旅客的平均逗留時間(2.3日)則縮短0.7日。@

------------------

📰支持大紀元,購買日報:
https://www.example.org/stores
📊InfoG:
https://bit.ly/Example_InfoG
✒️名家專欄:
https://bit.ly/Example_Column
"""


def test_a_papers_standing_links_and_its_at_end_mark(tmp_path):
    _, body = import_text(tmp_path, EPOCH, "epoch.txt")
    for gone in ("------", "支持大紀元", "https://", "InfoG", "名家專欄", "@"):
        assert gone not in body, gone
    assert body.strip().endswith("則縮短0.7日。")


SPAM = """衣帽架厂家
当前位置:首页 > 行业资讯

【新闻】安徽省今年粮食总产695.2亿斤

发布时间:2020-10-15 06:20:27 阅读: 来源:衣帽架厂家

12月8日,国家统计局公布数据显示,今年我省粮食总产695.2亿斤,比上年增产11.7亿斤。

秋粮播种面积超过6000万亩,比上年扩大,病虫危害得到有效控制,未对产量产生严重影响。(记者 史某)

专业治疗白癜风

治疗白癜风医院哪家好

石家庄治疗牛皮癣好的医院在哪里
"""


def test_a_spam_sites_medical_adverts_and_the_credit_above_them(tmp_path):
    result, body = import_text(tmp_path, SPAM, "spam.txt")
    assert front_matter(result)["authors"] == ["史某"]
    for gone in ("白癜风", "牛皮癣", "史某"):
        assert gone not in body, gone
    assert body.strip().endswith("未对产量产生严重影响。")


EPAPER = """第A05版:崇川在线

关于征集某区公共卫生体系建设方面意见建议的通告

为更好地汇集民智、惠及民生,特恳请广大市民朋友对我区的公共卫生体系建设提出意见建议。

1.在某区在线微信公众平台留言;

2.拨打某区卫生健康委热线电话:85590062;

3.将意见建议以信件形式邮寄至某区政府办公室。

某区卫生健康委员会

2020年4月23日

2020-04-24 1 1 南通日报 content_15530.html 1 3 关于征集某区公共卫生体系建设方面意见建议的通告 /enpproperty-->
"""


def test_an_epapers_page_label_its_record_and_items_ending_in_semicolons(tmp_path):
    result, body = import_text(tmp_path, EPAPER, "epaper.txt")
    facts = front_matter(result)
    assert facts["title"] == "关于征集某区公共卫生体系建设方面意见建议的通告"
    assert facts["source"] == "南通日报"
    assert "第A05版" not in body and "content_15530" not in body
    assert "\n#" not in body  # 「2.拨打…85590062;」 is an item
    assert "::: signature\n某区卫生健康委员会\n2020年4月23日\n:::" in body


STATUTE = """# 某市红色文化遗址保护条例

## 第一章 总则

第一条 为了加强红色文化遗址保护，制定本条例。

第二条 本市行政区域内红色文化遗址的保护，适用本条例。

第三条
市、县级人民政府应当将红色文化遗址保护列为公共文化设施建设的重要内容。

第四条 本条例自2018年1月1日起施行。
"""


def test_a_statutes_article_number_alone_opens_its_article(tmp_path):
    result, body = import_text(tmp_path, STATUTE, "statute.md")
    assert "\n第三条 市、县级人民政府应当将红色文化遗址保护列为" in body
    assert "#### 第三条" not in body and "### 第三条" not in body
    assert any(r.kind == "article-number" for r in result.repairs)


POST = """# ARPANET 协议的工作原理

*2021 年 3 月 8 日*

ARPANET 通过证明来自不同厂商的计算机可以使用标准化协议连接起来，彻底改变了计算机领域。

*宋某某*[某某社区](javascript:void%280%29;)*2021-09-07 17:58:00*

ARPANET 协议与我们现代的互联网协议一样，都是分层组织的。
"""


def test_a_date_line_in_italics_under_the_title_is_the_date(tmp_path):
    result, body = import_text(tmp_path, POST, "post.md")
    assert str(front_matter(result)["date"]) == "2021-03-08"
    assert "2021 年 3 月 8 日" not in body


def test_a_texts_own_references_over_their_addresses_stay(tmp_path):
    text = ("某地推进数据开放\n\n某地今年开放了一批公共数据集，供社会各界下载使用。\n\n"
            "开放的数据涵盖交通、气象和环境等领域，已有上千家机构使用。\n\n"
            "参考资料：\nhttps://data.example.gov.cn/a\nhttps://data.example.gov.cn/b\n")
    _, body = import_text(tmp_path, text, "refs.txt")
    assert "https://data.example.gov.cn/a" in body and "https://data.example.gov.cn/b" in body
