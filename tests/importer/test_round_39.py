"""The thirty-ninth round (issue 11): made-up texts of the shapes that went wrong on the
fiftieth held-back set, scored once in the thirty-seventh stop.

A manual run through pdftotext numbers its heads 1. / 1.1 / 4.1.1: a clause under its
chapter's own head (「3.1 安装 Python 环境」 under 「3. 安装与配置」, the chapter before having
no clauses) is in order, a head; and a numbered head alone on its line is never joined to the
paragraph under it as a page's broken-off sentence.

A Taiwanese paper's byline names the paper before its slash (「聯合報／ 記者許維寧／台北即時報
導」): the source and the reporter; its photo credit closes the caption after a slash
(「…接任。記者簡永祥／攝影」); the page prints the caption twice (alt text and caption): once;
its shop widget's label 「商品推薦」 closing the page is the page's. A 主送 line may address a
kindergarten (「…、石练镇中心幼儿园：」).
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer import roles

MANUAL = """某工具操作手册
1. 简介
1.1 工具概述
对包括统计公报、政府工作报告在内的统计资料进行解析。输入统计资料文件，得到其中包含的
各类指标形成的指标表，供项目前期整理基础数据时使用，并对比历年的各项指标。

2. 系统要求
支持 windows7 及更高平台运行，支持 3.12.6 及更高 Python 版本，第三方库详见同目录下的
requirements.txt 文件，安装时请按文件所列版本逐项安装，以免出现兼容问题。

3. 安装与配置
3.1 安装 Python 环境
前往 https://www.python.org/下载 Python 安装包并安装，安装时勾选加入环境变量的选项。

3.2 安装运行程序必要的第三方库
在程序根目录下，通过命令提示符（win+R 调出运行窗口，并输入 cmd 回车启动命令提示符），
运行如下命令安装所需的第三方库，安装完成后即可运行程序。

\f4. 工具使用说明
4.1 输入参数详解
4.1.1 输入文件
输入文件相对路径，格式例如某年某市水资源公报，需要保留最前面的文件夹名称。
"""


def test_a_manuals_clauses_under_their_chapters_head_and_never_joined(tmp_path):
    _, body = import_text(tmp_path, MANUAL, "manual.txt")
    for head in ("## 3. 安装与配置", "### 3.1 安装 Python 环境", "### 3.2 安装运行程序必要的第三方库",
                 "### 4.1 输入参数详解", "#### 4.1.1 输入文件"):
        assert f"\n{head}\n" in body, head
    assert "Python 环境前往" not in body


UDN = """劉某某接掌教育部政次 教團評具3領域經驗

聯合報／ 記者許某某／台北即時報導
教育部政務次長職務將由明新科大前校長劉某某接任。記者簡某某／攝影
教育部政務次長職務將由明新科大前校長劉某某接任。記者簡某某／攝影

教育部政務次長因涉及洩漏個資，於上周主動請辭，政次將由明新科大前校長劉某某接任，本報向劉某某求證，他表示，「一切靜待公告為準」。

劉某某畢業自美國康乃狄克大學電機工程學系博士，曾任職文化大學、銘傳大學，後接掌明新科大。

商品推薦
"""


def test_a_taiwanese_bylines_paper_its_slashed_credit_and_a_repeated_caption(tmp_path):
    result, body = import_text(tmp_path, UDN, "udn.txt")
    facts = front_matter(result)
    assert facts["source"] == "聯合報" and facts["authors"] == ["許某某"]
    assert body.count("記者簡某某／攝影") == 1
    assert "::: figure\n教育部政務次長職務將由明新科大前校長劉某某接任。記者簡某某／攝影\n:::" in body
    assert "商品推薦" not in body and "聯合報" not in body
    assert not roles.is_caption_text("他说要努力工作/摄影")  # no sentence, no name: no credit


def test_a_notices_addressees_may_name_a_kindergarten():
    assert roles.is_salutation("县属学校，各乡镇（中小学）、中心成技校，云峰街道、石练镇中心幼儿园：")


CONVERTED = r"""# 某地区基层卫生资源配置研究

西藏自治区基层卫生人员中卫生技术人员呈现出上升趋势，由2015 年 $2 8 . 0 \%$ 上升到2020 年 $34 . 6 \%$ ，但低于全国水平。

坡度大于 $4 5 ^ { \circ }$ 的地区，其中 $\mathrm { P A D } _ { \mathrm { i } }$ 为人口集聚度；门票 $5, $6 两档。
"""


def test_a_converters_numbers_set_as_inline_math_are_numbers(tmp_path):
    result, body = import_text(tmp_path, CONVERTED, "converted.md")
    assert "由2015 年 28.0% 上升到2020 年 34.6% ，" in body
    assert "坡度大于 45° 的地区" in body
    assert r"$\mathrm { P A D } _ { \mathrm { i } }$" in body  # any other formula as written
    assert "门票 $5, $6 两档" in body  # dollars are no formula
    assert any(r.kind == "converted-number" for r in result.repairs)
