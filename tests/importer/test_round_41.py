"""The forty-first round (issue 11): made-up texts of the shapes that went wrong on the
fifty-second held-back set, scored once in the thirty-seventh stop.

A server page kept with its template code (JSP 「<%@ page … %>」 before the doctype, 「<%@
include … %>」 and 「<c:import …>」 in it) is a web page whatever its name (.txt): read by the
web-page reader, its code never printed; a date the page never states (trafilatura's guess,
「2008-01-01」, when no meta tag gives one) is not taken. A law database's export names its
issuing body 「office:」 and its date 「publish:」; an index of documents gives its URL as
「官方链接:」.
"""

from __future__ import annotations

from conftest import front_matter, import_text

JSP = """<%@ page pageEncoding="UTF-8"%><%@ include file="/view/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>大道通衢富三江——北大荒第一条高速公路建设纪实</title>
<c:import url="/view/common/init.jsp"></c:import>
</head>
<body>
<%@ include file="/view/portal/include/main_header_index.jsp" %>
<div class="article">
<h1>大道通衢富三江——北大荒第一条高速公路建设纪实</h1>
<p>三江高速公路是北大荒修建的第一条高速公路，全长204.331公里，总投资约75亿元。</p>
<p>这条公路连接了垦区的几十个农场，为粮食运输和垦区群众出行带来了极大便利。</p>
<p>公路建成以后，垦区的粮食可以更快地运往各地，农场职工的生活也发生了很大的变化。</p>
</div>
</body>
</html>
"""


def test_a_server_page_kept_as_text_is_read_as_a_web_page(tmp_path):
    result, body = import_text(tmp_path, JSP, "page.txt")
    facts = front_matter(result)
    assert facts["title"] == "大道通衢富三江——北大荒第一条高速公路建设纪实"
    assert "三江高速公路是北大荒修建的第一条高速公路" in body
    assert "<%" not in body and "&lt;%" not in body and "include" not in body
    assert facts["date"] is None  # the page states no date: none is made up


LAW = """---
id: "NDAy"
title: "某市红色文化遗址保护条例"
office: "某市人民代表大会常务委员会"
publish: "2017-12-01 00:00:00"
effective_date: "2018-01-01 00:00:00"
url: "https://flk.npc.gov.cn/detail2.html?NDAy"
---

# 某市红色文化遗址保护条例

## 第一章 总则

第一条 为了加强红色文化遗址的保护，根据有关法律、法规，结合本市实际，制定本条例。

第二条 本市行政区域内红色文化遗址的保护、管理和利用，适用本条例。

第三条 本条例自2018年1月1日起施行。
"""


def test_a_law_databases_export_names_its_office_and_its_date(tmp_path):
    result, _ = import_text(tmp_path, LAW, "law.md")
    facts = front_matter(result)
    assert facts["source"] == "某市人民代表大会常务委员会"
    assert str(facts["date"]) == "2017-12-01"
    switched = LAW.replace('publish: "2017-12-01 00:00:00"', "publish: true")
    result, _ = import_text(tmp_path, switched, "switched.md")
    assert front_matter(result)["date"] is None  # a generator's switch is no date


INDEXED = """---
标题: 某市交通委员会关于公布验收成果的通知
发布单位: 某市交通委员会
发布日期: 2023-03-30
官方链接: https://www.example.gov.cn/zhengce/detail/0010
---

# 某市交通委员会关于公布验收成果的通知

各有关单位：

经现场检查、企业自评和专家组论证，现将验收成果予以公布。

特此通知。
"""


def test_an_index_of_documents_gives_its_link(tmp_path):
    result, _ = import_text(tmp_path, INDEXED, "notice.md")
    assert front_matter(result)["url"] == "https://www.example.gov.cn/zhengce/detail/0010"
