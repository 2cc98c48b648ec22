"""Real-shaped sources built at test time: a Word file, a saved web page, a photo.

python-docx writes the .docx (it cannot write footnotes, so the footnotes part is built
with its OPC API: a part of the footnotes content type, related from the document).
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

PHOTO_CAPTION = "吕梁市生态环境局党组书记白旭平在孝义检查秋冬季空气质量保障措施落实情况。"


def photo_bytes(width: int = 1200, height: int = 800, fmt: str = "JPEG",
                mode: str = "RGB") -> bytes:
    """A photo-like image: a sky gradient, a hill and a lake (no flat colour)."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = int(120 + 100 * y / height)
        draw.line([(0, y), (width, y)], fill=(shade // 2, shade // 1, 230 - shade // 3))
    draw.polygon([(0, height * 0.7), (width * 0.4, height * 0.35), (width, height * 0.75),
                  (width, height), (0, height)], fill=(40, 110, 60))
    draw.ellipse([width * 0.6, height * 0.1, width * 0.75, height * 0.32], fill=(250, 220, 90))
    if mode != "RGB":
        image = image.convert(mode)
    buffer = io.BytesIO()
    image.save(buffer, fmt, **({"quality": 88} if fmt == "JPEG" else {}))
    return buffer.getvalue()


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
    '{text}</w:t></w:r></w:p></w:footnote></w:footnotes>')


def add_footnote(document, paragraph, text: str) -> None:
    """A footnote mark at the end of `paragraph` and its note in a footnotes part."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.replace("{text}", text).encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    run = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>')
    paragraph._p.append(run)


def styled_docx(path: Path) -> Path:
    """A Word file with heading styles, bold, a merged table, a footnote and a photo."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.core_properties.title = "红色吕梁亮出绿色底色"
    document.core_properties.author = "文清；柴芳芳"
    document.add_paragraph("红色吕梁亮出绿色底色", style="Title")
    document.add_paragraph("如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。一幅美丽幸福吕梁的新画卷正在徐徐展开。")
    document.add_heading("一、党建引领，凝心聚力", level=1)
    lead = document.add_paragraph()
    lead.add_run("一是加强领导。").bold = True
    lead.add_run("吕梁市生态环境局党组始终把全面从严治党作为一项重要工作，层层签订主体责任清单。")
    document.add_heading("（一）“一把手”责任压实", level=2)
    noted = document.add_paragraph("2021年，市区大气环境质量综合指数为4.44，名列全省第四。")
    add_footnote(document, noted, "数据来源：吕梁市生态环境局。")
    document.add_picture(io.BytesIO(photo_bytes()), width=Inches(5))
    document.add_paragraph(PHOTO_CAPTION, style="Caption")
    document.add_paragraph("表1 2021年各县空气质量", style="Caption")
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).text = "县区"
    table.cell(0, 1).text = "优良天数"
    table.cell(1, 1).text = "2021年"
    table.cell(1, 2).text = "2020年"
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    for row, cells in ((2, ("离石区", "281", "267")), (3, ("孝义市", "265", "250"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("全市地表水15个国考断面中，优良水质断面8个，劣V类水质断面全面消除。")
    document.save(path)
    return path


def gongwen_docx(path: Path) -> Path:
    """A 公文 typed without heading styles: 「一、」 lines in bold (黑体), the body in 仿宋."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run(paragraph, text: str, font: str, bold: bool = False, size: int = 16):
        piece = paragraph.add_run(text)
        piece.bold = bold
        piece.font.size = Pt(size)
        piece.font.name = font
        piece._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return piece

    document = docx.Document()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(title, "关于做好2022年秋冬季大气污染防治工作的通知", "方正小标宋简体", size=22)
    body = [
        ("各县（市、区）生态环境分局：", None),
        ("为深入打好污染防治攻坚战，现就做好秋冬季大气污染防治工作通知如下。", None),
        ("一、总体要求", "黑体"),
        ("坚持精准治污、科学治污、依法治污，以减少重污染天气为着力点。", None),
        ("（一）加强组织领导", "楷体"),
        ("各分局要成立工作专班，明确责任分工，确保各项措施落到实处。", None),
        ("二、重点任务", "黑体"),
        ("严格落实重污染天气应急减排措施，加强扬尘污染管控。", None),
    ]
    for text, font in body:
        paragraph = document.add_paragraph()
        run(paragraph, text, font or "仿宋_GB2312", bold=font == "黑体")
    document.save(path)
    return path


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>红色吕梁亮出绿色底色_中国环境网</title>
<meta property="og:title" content="红色吕梁亮出绿色底色">
<meta property="og:site_name" content="中国环境网">
<meta property="og:url" content="https://www.cenews.com.cn/news/202201/t20220120_1.html">
<meta name="author" content="文清">
<meta name="publishdate" content="2022-01-20">
<meta property="article:published_time" content="2022-01-20T08:00:00+08:00">
<script>var _hmt = _hmt || []; window.share = function () { return "分享到微信"; };</script>
<style>.nav { color: red }</style>
</head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news">要闻</a></li>
<li><a href="/local">地方</a></li><li><a href="/about">关于我们</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">要闻</a></div>
<div class="main"><article>
<h1>红色吕梁亮出绿色底色</h1>
<div class="info">来源：中国环境报 发布时间：2022-01-20 作者：文清 柴芳芳</div>
<p>如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空，片片白云镶嵌其间。市民们三三两两地在滨河路上散步，享受着冬日里的暖阳。一幅美丽幸福吕梁的新画卷正在徐徐展开。</p>
<p>2021年，山西省吕梁市区大气环境质量综合指数为4.44，名列全省第四；优良天数281天，优良天数比例为77%，在全省设区市排名第四。全市地表水15个国考断面中，优良水质断面8个，优良断面比例为53.3%。</p>
<h2>“从一到六”：党建引领，凝心聚力</h2>
<p>革命老区吕梁是延安的东部屏障、红军东征的主战场，也是生态脆弱区。如今，“红色吕梁”亮出了“绿色底色”，探索出“从一到六”的党建工作经验，为打好污染防治攻坚战提供坚强的政治保障。</p>
<figure><img src="images/photo1.jpg" alt="检查现场"><figcaption>吕梁市生态环境局党组书记白旭平在孝义检查秋冬季空气质量保障措施落实情况。</figcaption></figure>
<p>吕梁市生态环境局党组始终把全面从严治党作为一项重要工作，坚持把管党治党与生态环保重点工作同部署、同落实、同推进，构建了“一把手”履行第一责任人职责的责任体系。</p>
<table><tr><th>指标</th><th>2021年</th><th>同比</th></tr>
<tr><td>优良天数</td><td>281天</td><td>增加14天</td></tr>
<tr><td>PM2.5平均浓度</td><td>27μg/m3</td><td>下降18.2%</td></tr></table>
<p>2021年，吕梁市生态环境局党组中心组先后集中学习42次，研讨18次，党总支、各党支部集中学习75次，不断提升党员干部的政治理论水平和综合能力素质。</p>
</article>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="pager"><p>上一篇：<a href="/1.html">我市召开生态环境保护大会</a></p>
<p>下一篇：<a href="/3.html">吕梁空气质量持续改善</a></p></div>
</div>
<div class="footer"><p>版权所有：中国环境网 京ICP备05004424号 联系我们 网站地图</p></div>
<script>document.write("统计代码");</script>
</body></html>
"""

FURNITURE = ("首页", "当前位置", "分享到", "上一篇", "下一篇", "版权所有", "统计代码", "QQ空间",
             "京ICP备")


def saved_page(folder: Path) -> Path:
    """A news page saved with its photo in images/ beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    (folder / "images" / "photo1.jpg").write_bytes(photo_bytes(900, 600))
    page = folder / "article.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    return page


# ---------------------------------------------------------------- built PDFs

MAGAZINE_HTML = """\
{% extends "base.html.j2" %}
{% import "_macros.html.j2" as m with context %}
{% block style %}
{% include "reprint/style.css" %}
{% include "magazine/style.css" %}
{% endblock %}
{% block body %}
<header class="title-block">
<h1 class="title">{{ meta.title }}</h1>
{% if meta.subtitle %}<p class="subtitle">{{ meta.subtitle }}</p>{% endif %}
{% if meta.authors %}<p class="byline">{{ meta.authors|join("　") }}</p>{% endif %}
</header>
<div class="columns">
<div class="lead">{% for b in doc.lead %}{{ m.block(b) }}{% endfor %}</div>
{% for s in doc.sections %}{{ m.section(s) }}{% endfor %}
</div>
{% endblock %}
"""

# The magazine the sample was printed in, imitated: two columns, running heads on every
# page (the magazine's name, the section and issue), a folio 「· 2 ·」 at the foot.
MAGAZINE_CSS = """\
@page {
  @top-center { content: none; border: none; }
  @top-left { content: "中国环境监察"; font-size: 9pt; color: #666; }
  @top-right { content: "地方实践 · 2022年第1期"; font-size: 9pt; color: #666; }
  @bottom-center { content: "· " counter(page) " ·"; font-size: 9pt; }
}
@page :first { @top-left { content: "中国环境监察"; font-size: 9pt; color: #666; } }
.columns { column-count: 2; column-gap: 8mm; }
figure.caption-only figcaption::before { content: none; }
"""
RUNNING_HEADS = ("中国环境监察", "地方实践", "2022年第1期")


def magazine_templates(folder: Path) -> Path:
    """A --templates folder with the two-column 'magazine' template."""
    (folder / "magazine").mkdir(parents=True, exist_ok=True)
    (folder / "magazine" / "document.html.j2").write_text(MAGAZINE_HTML, encoding="utf-8")
    # The magazine printed a photo above each caption; where the sample has none, the
    # imitation shows the caption as the page did, without reprint's 「（图略）」.
    (folder / "magazine" / "style.css").write_text(
        MAGAZINE_CSS + "\n.photo-omitted { display: none; }\n", encoding="utf-8")
    return folder


def built(folder: Path, output: Path, **options) -> Path:
    from briefing.build import build

    build(folder, output, **options)
    return output


def pdf_text(pdf: Path) -> str:
    """Every character of the PDF, white space removed."""
    import re

    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return re.sub(r"\s+", "", "".join(c["text"] for p in document.pages for c in p.chars))


def pdf_images(pdf: Path) -> list[dict]:
    """The images drawn in the PDF, with their page."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return [{**image, "page": page.page_number} for page in document.pages
                for image in page.images]


def text_top(pdf: Path, text: str) -> tuple[int, float] | None:
    """(page, top) of the first line holding `text` (white space aside)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for line in page.extract_text_lines():
                if text in line["text"].replace(" ", ""):
                    return page.page_number, line["top"]
    return None


# A WeChat article saved from the browser: the text inside #js_content (hidden until its
# script runs), the photo's address in data-src, the account name and the time in ct.
WECHAT_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="吕梁：红色老区亮出绿色底色">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA3&mid=265&idx=1">
<meta property="og:type" content="article">
<title>吕梁：红色老区亮出绿色底色</title>
<script>var ct = "1642636800"; var nickname = "吕梁生态环境";</script>
</head><body id="activity-detail">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">吕梁：红色老区亮出绿色底色</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">文清</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">吕梁生态环境</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2022-01-20 08:30</em>
</div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><p><span>如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空，片片白云镶嵌其间。市民们三三两两地在滨河路上散步，享受着冬日里的暖阳。</span></p></section>
<section><p><strong>一是加强领导。</strong><span>吕梁市生态环境局党组始终把全面从严治党作为一项重要工作，坚持把管党治党与生态环保重点工作同部署、同落实、同推进。</span></p></section>
<section><img class="rich_pages wxw-img" data-src="photo_files/640.jpeg" data-type="jpeg" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"></section>
<section><p style="text-align: center;"><span style="font-size: 12px;">▲吕梁市生态环境局党组书记白旭平在孝义检查秋冬季空气质量保障措施落实情况</span></p></section>
<section><p><span>2021年，吕梁市生态环境局党组中心组先后集中学习42次，研讨18次，党总支、各党支部集中学习75次，不断提升党员干部的政治理论水平和综合能力素质。</span></p></section>
</div>
<div id="js_tags_preview_toast">预览时标签不可点</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> 阅读 1024 在看 12 分享 收藏 点赞</div>
</div></div></div>
<div id="js_pc_qr_code">微信扫一扫<br>关注该公众号</div>
</body></html>
"""
WECHAT_FURNITURE = ("阅读原文", "在看", "微信扫一扫", "关注该公众号", "预览时标签不可点")


def saved_wechat(folder: Path) -> Path:
    (folder / "photo_files").mkdir(parents=True, exist_ok=True)
    (folder / "photo_files" / "640.jpeg").write_bytes(photo_bytes(1080, 720))
    page = folder / "wechat.html"
    page.write_text(WECHAT_HTML, encoding="utf-8")
    return page
