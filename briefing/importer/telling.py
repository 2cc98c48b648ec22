"""Checks of the written article that tell and change nothing, beside text accounting's
(accounting.py, whose `output_doubts` runs these too): each names blocks of article.md
that read as a known kind of import error, as a doubt in the import report.

Written from the census of once-unseen texts (bench/unseen_errors.py --new-doubts): the
largest kinds of structure error the old reports left untold that a general convention
names.
"""

from __future__ import annotations

import re

from briefing.importer.accounting import (
    ARTICLE_MARKUP,
    CAPTION_TEXT,
    DELIMITER_ROW,
    FACTS_TEXT,
    FIGURE_BLOCK,
    FRONT,
    KEPT_CONTENTS,
    KEPT_FIELDS,
    SIGNATURE_TEXT,
    TABLE_TEXT,
    _body,
    _excerpt,
    _front_fields,
    _heading_words,
    _headings,
    _named_already,
    _source_line,
)
from briefing.importer.docbody import EMPTY_HEADS
from briefing.importer.records import Repair
from briefing.importer.roles import DOCUMENT_NUMBER, HAN_DIGIT, document_line

# ---------------------------------------------------------------- the issued document's title

# A 印发/转发 notice issues a document: its title names it (「关于印发《某市应急预案》的
# 通知」), and below the notice's few lines the document stands with its own title on a line
# of its own, then its headings. That title is the document's top heading and its headings
# stand one level below it (the golds of every such notice in tuning). Left as a
# paragraph or a caption, every heading of the document is one level too high (census of
# once-unseen texts: the largest kind of heading-level error the old reports never told).
ISSUED_TITLE = "issued-title-not-heading"
ISSUED_TITLE_NOTE = ("「{title}」 is the title of the document this notice issues, {how}: "
                     "make it the heading above the document's own (##) and set those one "
                     "level down, if so")
ISSUING = re.compile(r"(?:印发|印發|转发|轉發|颁布|頒佈|发布|發布)(.{4,80}?)的(?:通知|通報|通报|"
                     r"决定|決定|函|批复|批覆)")
NAMED_DOCUMENT = re.compile(r"关于[《〈](.{4,80}?)[》〉]|關於[《〈](.{4,80}?)[》〉]")
# （试行）, （征求意见稿）, （2023—2025年） after a title
TRAILING_NOTE = re.compile(r"(?:[（(][^（）()]{1,12}[）)])+$")
TITLE_MARKS = re.compile(r"[《》〈〉「」\"“”\s]")


def _title_key(text: str) -> str:
    """A document title compared with its line in the body: no spaces, book-title marks
    or trailing parenthesised notes (（试行） may stand in one and not the other)."""
    return TRAILING_NOTE.sub("", TITLE_MARKS.sub("", text))


SENTENCE = re.compile(r"[^。！；\n]+")
ISSUES = re.compile(r"印发|转发|印發|轉發|颁布|頒佈")
BOOK_TITLE = re.compile(r"[《〈]([^《》〈〉\n]{4,80})[》〉]")
NESTED_TITLE = re.compile(r"《[^》\n]*》")


def issued_documents(title: str, body: str) -> list[str]:
    """The titles of the documents a notice issues: the one its title names (「关于印发
    《X》的通知」, 「关于《X》…的通知」), and each 《X》 of a body sentence that issues
    them (「现将《X》印发给你们」; an 印发 inside a cited title's 《》 is no issuing)."""
    found = []
    named = ISSUING.search(title) or NAMED_DOCUMENT.search(title)
    if named:
        found.append(next(group for group in named.groups() if group))
    for sentence in SENTENCE.finditer(body):
        if ISSUES.search(NESTED_TITLE.sub("", sentence.group())):
            found += [match.group(1) for match in BOOK_TITLE.finditer(sentence.group())]
    return [title for title in dict.fromkeys(found) if len(_title_key(title)) >= 4]


def _chunk_text(chunk: str) -> str:
    lines = [line for line in chunk.split("\n") if not re.match(r"\s*:::", line)]
    text = " ".join(ARTICLE_MARKUP.sub("", line).strip() for line in lines).strip()
    return text.strip("*_ ")


def issued_title_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming the block that is an issued document's title (issued_documents)
    when, a line of its own, it is no heading while headings follow it, or it is set as a
    caption — or it is a heading and the headings after it stand at its level or above it
    (not below it); the headings after it are named too."""
    body = _body(article)
    keys = {_title_key(title) for title in issued_documents(
        str(_front_fields(article).get("title") or ""), body)}
    if not keys or any(entry.kind == ISSUED_TITLE for entry in told):
        return []
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", body) if chunk.strip()]
    found = [index for index, chunk in enumerate(chunks)
             if _title_key(_chunk_text(chunk)) in keys]
    # The title made a heading is the one to check (a copy of it above, as text, is not)
    headed = [index for index in found if chunks[index].startswith("#")]
    for index in headed[:1] or found:
        chunk, text = chunks[index], _chunk_text(chunks[index])
        below = _headings("\n\n".join(chunks[index + 1:]))
        heading = re.match(r"(#{2,6})\s", chunk)
        if heading:
            level = len(heading.group(1))
            if not below or below[0][0] > level:
                return []  # a heading above the document's own: as it should be
            names = [title for other, title in below if other <= level]
            kind_of_text = "set at the level of the document's headings"
        elif below or re.match(r":::+[ \t]*figure", chunk):
            names = [title for _, title in below]
            kind_of_text = "set as a caption" if chunk.startswith(":::") else "left as text"
        else:
            continue
        excerpt = "\n".join(_excerpt(name) for name in ([text] + names)[:40])
        return [Repair(ISSUED_TITLE, _source_line(source, text), excerpt, excerpt,
                       ISSUED_TITLE_NOTE.format(title=_excerpt(text), how=kind_of_text))]
    return []


# ---------------------------------------------------------------- headings with no text

# A heading opens a part of the text: it has text under it, or headings below its own
# level. Headings at one level one after another with nothing between them are a list
# (an outline, a list of points, a contents page) set as headings (census of once-unseen
# texts: numbered points of a WeChat post, a contents page's chapters, a PDF's lists;
# tuning's golds: one run of three, parts whose text was left out).
EMPTY_HEADINGS = "empty-heading-run"
EMPTY_HEADINGS_NOTE = ("{count} headings at one level stand one after another with no text "
                       "between them: a list or a contents set as headings — make them "
                       "paragraphs (or delete a contents) if so")
EMPTY_RUN = 3  # headings: two in a row are a part and its first (empty) section often


def empty_heading_runs(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each run of EMPTY_RUN or more headings at one level with no block
    between them (a heading of a lower level between them ends the run), unless a spot
    of the report names one of them as such already."""
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", _body(article))
              if chunk.strip()]
    # (a run the structure pass told already, bare heads of five or more, is not named twice)
    same = [entry for entry in told if entry.kind in (EMPTY_HEADINGS, EMPTY_HEADS)]
    runs, run = [], []
    for chunk in chunks + [""]:
        heading = re.match(r"(#{2,6})[ \t]+(.+)$", chunk)
        if heading and "\n" not in chunk and (not run or len(heading.group(1)) == run[0][0]):
            run.append((len(heading.group(1)), heading.group(2).strip()))
            continue
        if len(run) >= EMPTY_RUN:
            runs.append([title for _, title in run])
        run = [(len(heading.group(1)), heading.group(2).strip())] if heading else []
    doubts = []
    for titles in runs:
        if not any(_named_already(title, same) for title in titles):
            excerpt = "\n".join(_excerpt(title) for title in titles[:40])
            doubts.append(Repair(EMPTY_HEADINGS, _source_line(source, titles[0]), excerpt,
                                 excerpt, EMPTY_HEADINGS_NOTE.format(count=len(titles))))
    return doubts


# ---------------------------------------------------------------- a document's line as a caption

# A caption says what a picture shows. A ::: figure with no picture is a line the importer
# took for a caption by its shape (short, between blank lines). When that line is one of
# a document's own — its date or issuer alone (落款), its 发文字号, a chapter or article
# head, the title of the document it issues, a GB/T 9704 note (「（此件公开发布）」「——以下
# 空白」), a page's labelled field — it is no caption (census of once-unseen texts: every
# such caption was an error; tuning: one, a date). A caption with no picture that reads
# otherwise is left alone: text copied from a web page loses its photos and keeps their
# captions (「县长某某领誓」), and so do remote images the import does not fetch.
DOCUMENT_CAPTION = "caption-is-a-document-line"
DOCUMENT_CAPTION_NOTE = ("this caption has no picture and reads as the document's own line "
                         "({what}), not a caption: set it as that line if so")
PICTURE_MARK = re.compile(r"!\[|<img\b", re.I)
PICTURE_NEAR = 3  # source lines above a caption (and below it) where its picture stands


def _document_line(text: str, issued: set[str]) -> str | None:
    """What a document's line this caption reads as (see above), or None."""
    plain = text.strip("*_ ")
    if _title_key(plain) in issued:
        return "the title of the document issued"
    return document_line(plain)


def _pictured(source: str, text: str) -> bool:
    """Whether the source has a picture (a Markdown image, an <img>) on the caption's
    line or within PICTURE_NEAR lines of it: the caption of a picture the import did not
    keep."""
    head = "".join(text.split())[:6]
    lines = source.split("\n")
    return any(PICTURE_MARK.search(near) for number, line in enumerate(lines)
               if head and head in "".join(line.split())
               for near in lines[max(0, number - PICTURE_NEAR):number + PICTURE_NEAR + 1])


def document_lines_as_captions(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each ::: figure with no picture (in the article, or near its line
    in the source) whose caption reads as a document's own line (_document_line)."""
    body = _body(article)
    issued = {_title_key(title) for title in issued_documents(
        str(_front_fields(article).get("title") or ""), body)}
    # (a caption another check names — a field line, a caption that breaks off, the issued
    # title — is not named twice)
    same = [entry for entry in told if entry.kind in (
        DOCUMENT_CAPTION, ISSUED_TITLE, CAPTION_TEXT, KEPT_FIELDS, FACTS_TEXT, SIGNATURE_TEXT)]
    doubts = []
    for match in FIGURE_BLOCK.finditer(body):
        if PICTURE_MARK.search(match.group(1)):
            continue
        text = " ".join(ARTICLE_MARKUP.sub("", line).strip()
                        for line in match.group(1).split("\n") if line.strip()).strip()
        what = _document_line(text, issued) if text else None
        if what and not _pictured(source, text) and not _named_already(text, same):
            doubts.append(Repair(DOCUMENT_CAPTION, _source_line(source, text), _excerpt(text),
                                 _excerpt(text), DOCUMENT_CAPTION_NOTE.format(what=what)))
    return doubts


# ---------------------------------------------------------------- a page's empty field

# A web page's widgets leave their labels in a copy with nothing after them: the value
# was a counter, a button or an input the copy did not keep (「发布时间：」「信息来源：」
# 「分享到：」「验证码：」「请登录：」「相关阅读：」「字級設定 :」). A paragraph that is only
# such a label is the page's furniture, never the article's text (census of once-unseen
# texts: 14 such paragraphs naming a block, all beside text the gold leaves out; a label
# alone outside this list — 「理由如下：」「一等奖：」 — is as often the text's own).
EMPTY_FIELD = "empty-page-field"
EMPTY_FIELD_NOTE = ("「{label}」 is a web page's label with nothing after it (its value was a "
                    "counter, button or input the copy did not keep): delete it if so")
WIDGET_LABEL = re.compile(
    r"(?:发布时间|发布日期|更新时间|生成日期|信息来源|来源|作者|时间|日期|責任編輯|责任编辑|编辑|"
    r"浏览量|浏览次数|访问量|访问次数|阅读量|阅读数|点击量|点击数|點閱數|瀏覽人次|"
    r"分享|分享到|转发到|手机终端下载|下载|扫码|扫一扫|验证码|驗證碼|联系方式|联系电话|姓名|"
    r"内容|请登录|登录|發表評論|发表评论|网友评论|评论|相关阅读|相关新闻|相关链接|推荐阅读|"
    r"延伸阅读|友善列印|列印|打印|字級設定|字级设定|字号|字體|字体|文字大小|背景色|标签|關鍵詞|"
    r"关键词|关键字|附件下载)"
    r"\s*[：:]")


def empty_page_fields(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each body paragraph that is nothing but a page widget's label and
    its colon (WIDGET_LABEL)."""
    same = [entry for entry in told if entry.kind in (EMPTY_FIELD, KEPT_FIELDS)]
    doubts = []
    for chunk in re.split(r"\n[ \t]*\n", _body(article)):
        chunk = chunk.strip()
        if not chunk or chunk.startswith(("#", ":::", "|", ">", "<")):
            continue
        label = re.sub(r"\*\*|[*_]", "", chunk).strip()
        if WIDGET_LABEL.fullmatch(label) and not _named_already(label, same):
            doubts.append(Repair(EMPTY_FIELD, _source_line(source, label), label, label,
                                 EMPTY_FIELD_NOTE.format(label=label)))
    return doubts


# ---------------------------------------------------------------- a page's prompt to its reader

# A web page speaks to its reader about the page itself: scan, share, log in, reward,
# follow the account, read the original, download the app, accept the privacy rules, post
# a comment, set as home page. Such a line kept in a copy is the page's furniture, never
# the article's (census of once-unseen texts: 39 of 39 such paragraphs naming a block on
# an error; tuning: 3 of 3). The phrases are the prompts' own — 「分享」「下载」「隐私」
# alone are words of articles too (「分享心得」「月下载量」「隐私计算」), and were left out.
PAGE_PROMPT = "page-prompt-kept"
PAGE_PROMPT_NOTE = ("this reads as the web page speaking to its reader (「{phrase}」: scan, "
                    "share, log in, reward, follow, download, comment…), not the article's "
                    "text: delete it if so")
PROMPT = re.compile(
    r"[扫掃]一[扫掃]|[扫掃]码|[扫掃]描二[维維]码|[长長]按.{0,6}二[维維]码|"
    r"[赞讚][赏賞]|[赏賞][赞讚]|打[赏賞]|"
    r"先登[录陆錄陸]|[请請]登[录錄]|登[录錄]/注[册冊]|"
    r"一[键鍵]分享|分享到|即刻分享|分享更多|"
    r"[阅閱][读讀]原文|"
    r"[关關]注(?:[该該本此]?公[众眾][号號]|我[们們])|"
    r"[点點][击擊](?:此[处處]|下方|下[图圖]|[这這][里裡])|"
    r"立即下[载載]|下[载載]地址|下[载載]附件|APP\s*下[载載]|手[机機]终端下[载載]|"
    r"[隐隱]私[权權]|[隐隱]私政策|[隐隱]私[声聲]明|"
    r"取消[订訂][阅閱]|[轻輕][点點]两下|"
    r"我要[评評][论論]|[发發]表[评評][论論]|共有\s*\d+\s*条[评評][论論]|[网網]友[评評][论論]|"
    r"留言与[评評][论論]|[设設][为為]首[页頁]|加入收藏|[网網]站地[图圖]|"
    r"试读结束|[开開]通[会會]员|browser does not|[浏瀏][览覽]器", re.I)
PROMPT_MAX = 60  # characters: a prompt is a line, not a paragraph that mentions one


def page_prompts(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each short body paragraph (PROMPT_MAX) holding a page's prompt to
    its reader (PROMPT) that no furniture doubt names already."""
    same = [entry for entry in told
            if entry.kind in (PAGE_PROMPT, EMPTY_FIELD, KEPT_FIELDS, KEPT_CONTENTS)]
    doubts = []
    for chunk in re.split(r"\n[ \t]*\n", _body(article)):
        chunk = chunk.strip()
        if not chunk or chunk.startswith(("#", "|", ":::", "<", "!")):
            continue
        text = " ".join(ARTICLE_MARKUP.sub("", line).strip() for line in chunk.split("\n"))
        text = text.strip()
        prompt = PROMPT.search(text)
        if prompt and len(text) <= PROMPT_MAX and not _named_already(text, same):
            doubts.append(Repair(PAGE_PROMPT, _source_line(source, text), _excerpt(text),
                                 _excerpt(text), PAGE_PROMPT_NOTE.format(phrase=prompt.group())))
    return doubts


# ---------------------------------------------------------------- a part's head left as text

# A numbering starts at its first item (一、, （一）, 1, 第一章) under the head of what it
# numbers: a part's head (「壹、…」), a section's, the title of an issued or attached
# document. A short line with no sentence's end right above such a first heading, left as
# a paragraph, is most often that head: the headings it holds are then one level too high
# (census of once-unseen texts: 8 of 8 so on an error; tuning: 3 of 3 once dates, 发文字号
# and bracketed notes — the lines a document's head sets above its first chapter — are
# left alone).
PARENT_TEXT = "part-head-as-text"
PARENT_TEXT_NOTE = ("「{line}」, a short line right above 「{first}」 (the first heading of its "
                    "numbering), reads as the head they stand under: make it a heading and "
                    "set the headings below it one level down, if so")
FIRST_ITEM = re.compile(rf"(?:一\s*[、．.]|[（(]一[）)]|1(?:[、.．]|\s)(?![\d.])|"
                        rf"第\s*一\s*[章节部篇]|[{HAN_DIGIT}]?\s*一\s*[、．.])")
PARENT_MAX = 30  # characters: a head, not a sentence
NOT_A_HEAD = re.compile(r"[。！？；，,;!?：:]|\d{4}\s*年\s*\d{1,2}\s*月|[12]\d{3}[-/.]\d{1,2}")


def part_heads_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each short paragraph (PARENT_MAX, no sentence's end, no date, no
    发文字号, not wholly in brackets) right above a heading numbered as its numbering's
    first item (FIRST_ITEM), and the headings at that heading's level after it."""
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", _body(article))
              if chunk.strip()]
    same = [entry for entry in told if entry.kind == PARENT_TEXT]
    doubts = []
    for index, (above, chunk) in enumerate(zip(chunks, chunks[1:], strict=False)):
        heading = re.match(r"(#{2,6})[ \t]+(.+)$", chunk)
        if not heading or above.startswith(("#", ":::", "|", ">", "<", "-", "*", "!", "+")):
            continue
        first = _heading_words(heading.group(2))
        line = " ".join(ARTICLE_MARKUP.sub("", part).strip() for part in above.split("\n"))
        line = line.strip()
        if (not FIRST_ITEM.match(first) or not 2 <= len(line) <= PARENT_MAX
                or NOT_A_HEAD.search(line) or DOCUMENT_NUMBER.search(line)
                or re.fullmatch(r"[（(].*[）)]", line) or _named_already(line, same)):
            continue
        # …and the headings of its numbering after it (those at its level, up to a heading
        # above that level): the ones one level too high if the line is their head.
        level, held = len(heading.group(1)), []
        for other_level, title in _headings("\n\n".join(chunks[index + 1:])):
            if other_level < level:
                break
            if other_level == level:
                held.append(_excerpt(title))
        excerpt = "\n".join([line] + held[:40])
        doubts.append(Repair(PARENT_TEXT, _source_line(source, line), excerpt, excerpt,
                             PARENT_TEXT_NOTE.format(line=line, first=_excerpt(first))))
    return doubts


# ---------------------------------------------------------------- a table's cells one by one

# A pipe table's row printed as a paragraph is told by kept_furniture (table-as-text: three
# 「|」 or more in a block). A table copied cell by cell keeps one 「|」 with each cell —
# 「综合指数 |」, 「| 区县」 — each cell a paragraph of its own: a run of such paragraphs is
# the table left as text (census of once-unseen texts: 9 runs naming a block in 3
# bulletins, all on an error; tuning: none).
PIPE_CELLS = "table-cells-as-text"
PIPE_CELLS_NOTE = ("these {count} paragraphs each end or start with a cell separator 「|」: a "
                   "table's cells left as text, one a paragraph — rebuild the table, or "
                   "check the figures against the source")
PIPE_CELL = re.compile(r"^[|｜]|[|｜]$")
PIPE_RUN = 3  # paragraphs: one or two may be a line that ends in a stray bar


def table_cells_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each run of PIPE_RUN or more body paragraphs (no table, heading,
    container or quote) that each start or end with 「|」."""
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", _body(article))
              if chunk.strip()]
    same = [entry for entry in told if entry.kind in (PIPE_CELLS, TABLE_TEXT)]
    doubts, run = [], []
    for chunk in chunks + [""]:
        if (chunk and not DELIMITER_ROW.search(chunk) and not chunk.startswith(("#", ":::", ">"))
                and PIPE_CELL.search(chunk)):
            run.append(" ".join(ARTICLE_MARKUP.sub("", line).strip()
                                for line in chunk.split("\n")).strip())
            continue
        names = [cell for cell in run if not _named_already(cell, same)]
        if len(run) >= PIPE_RUN and names:
            excerpt = "\n".join(_excerpt(cell) for cell in names[:40])
            doubts.append(Repair(PIPE_CELLS, _source_line(source, names[0]), excerpt, excerpt,
                                 PIPE_CELLS_NOTE.format(count=len(run))))
        run = []
    return doubts


# ---------------------------------------------------------------- a note's head as text

# 「注：」「指标解释：」「作者注：」 alone on a line head a note: the lines under it explain
# the text (terms, sources, the author's caveats) and print as a note, not as body text
# (every such head in tuning's golds opens a ::: note). Left as a paragraph outside a note,
# its lines are body paragraphs (census of once-unseen texts: 2 of 2 on an error).
NOTE_HEAD = "note-head-as-text"
NOTE_HEAD_NOTE = ("「{head}」 alone heads a note, but it and the lines under it are set as body "
                  "text: put them in a note (::: note) if so")
NOTE_LABEL = re.compile(r"(?:注|注释|註釋|说明|說明|备注|備註|附注|附註|作者注|编者注|編者註|"
                        r"译者注|譯者註|指标解释|指標解釋|名词解释|名詞解釋)\s*[：:]")
NOTE_LINES = 5  # paragraphs after the head a doubt names (a note is short)


def note_heads_as_text(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming each body paragraph outside a container that is only a note's
    label (NOTE_LABEL), and up to NOTE_LINES paragraphs after it (to a heading, table
    or container)."""
    same = [entry for entry in told if entry.kind == NOTE_HEAD]
    doubts, depth = [], 0
    chunks = [chunk.strip() for chunk in re.split(r"\n[ \t]*\n", _body(article))
              if chunk.strip()]
    for index, chunk in enumerate(chunks):
        fences = re.findall(r"^:::+[ \t]*(\S*)", chunk, re.M)
        depth = max(0, depth + sum(1 if name else -1 for name in fences))
        label = re.sub(r"\*\*|[*_]", "", chunk).strip()
        if fences or depth or not NOTE_LABEL.fullmatch(label):
            continue
        lines = [label]
        for after in chunks[index + 1:index + 1 + NOTE_LINES]:
            if after.startswith(("#", "|", ":::", "<")):
                break
            lines.append(" ".join(ARTICLE_MARKUP.sub("", line).strip()
                                  for line in after.split("\n")).strip())
        if not _named_already(label, same):
            excerpt = "\n".join(_excerpt(line) for line in lines)
            doubts.append(Repair(NOTE_HEAD, _source_line(source, label), excerpt, excerpt,
                                 NOTE_HEAD_NOTE.format(head=label)))
    return doubts


# ---------------------------------------------------------------- an interleaved translation

# A translation board's copy (or a bilingual release) follows each Chinese paragraph with
# its translation into English, Spanish …: paragraphs wholly in Latin script, one after
# each Chinese one. The briefing is the Chinese article; the translations are the copy's,
# yet a bilingual document may mean to print both, so this tells and leaves them in. It
# fires only when the form holds throughout: several Chinese paragraphs each followed by
# Latin-script paragraphs (sentences, not a name or a term), most of them so (tuning: the
# one board copy, b-news-chinesenewsboard; no other tuning text or census text fires).
TRANSLATION = "interleaved-translation"
TRANSLATION_NOTE = ("these {count} paragraphs are in Latin script, each after a Chinese one: "
                    "a translation interleaved with the text (a translation board's or a "
                    "bilingual copy) — delete them if the briefing is the Chinese text alone")
HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ]{2,}")
LATIN_WORDS = 6  # words: a sentence, not a name, a term or a label
TRANSLATED_MIN = 2  # Chinese paragraphs followed by their translation
TRANSLATED_SHARE = 0.5  # of the body's Chinese paragraphs
TRANSLATIONS_AFTER = 3  # Latin-script paragraphs after one Chinese paragraph (one a language)


def _latin_sentence(text: str) -> bool:
    return not HAN.search(text) and len(LATIN_WORD.findall(text)) >= LATIN_WORDS


def interleaved_translations(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """A doubt naming every Latin-script sentence paragraph of the body when at least
    TRANSLATED_MIN Chinese paragraphs (TRANSLATED_SHARE of them or more) are each followed
    by one to TRANSLATIONS_AFTER such paragraphs before the next Chinese one (the title counts
    as the first Chinese paragraph)."""
    front = FRONT.match(article)
    title = re.search(r"^title:[ \t]*(.*)$", front[1], re.M) if front else None
    chunks = [" ".join(ARTICLE_MARKUP.sub("", line).strip() for line in chunk.split("\n")).strip()
              for chunk in re.split(r"\n[ \t]*\n", _body(article)) if chunk.strip()]
    chunks = [chunk for chunk in chunks if chunk]
    texts = ([title[1]] if title and HAN.search(title[1]) else []) + chunks
    chinese = [i for i, text in enumerate(texts) if len(HAN.findall(text)) >= 4]
    if len(chinese) < TRANSLATED_MIN:
        return []
    translated = 0
    for index, end in zip(chinese, chinese[1:] + [len(texts)], strict=True):
        # Between a Chinese paragraph and the next: its translations, and maybe lines
        # with no Chinese (a date, a link) the copy sets among them.
        after = sum(_latin_sentence(text) for text in texts[index + 1:end])
        translated += 1 <= after <= TRANSLATIONS_AFTER
    if translated < TRANSLATED_MIN or translated < TRANSLATED_SHARE * len(chinese):
        return []
    same = [entry for entry in told if entry.kind == TRANSLATION]
    names = [text for text in chunks if _latin_sentence(text) and not _named_already(text, same)]
    if not names:
        return []
    excerpt = "\n".join(_excerpt(text) for text in names[:40])
    return [Repair(TRANSLATION, _source_line(source, names[0]), excerpt, excerpt,
                   TRANSLATION_NOTE.format(count=len(names)))]


def telling_doubts(source: str, article: str, told: list[Repair]) -> list[Repair]:
    """This module's checks; `told`: the report's spots and the other output checks'
    doubts (a block one of them names is not named again by a check that says the same)."""
    doubts = issued_title_as_text(source, article, told)
    doubts += empty_heading_runs(source, article, told + doubts)
    doubts += document_lines_as_captions(source, article, told + doubts)
    doubts += empty_page_fields(source, article, told + doubts)
    doubts += page_prompts(source, article, told + doubts)
    doubts += part_heads_as_text(source, article, told + doubts)
    doubts += table_cells_as_text(source, article, told + doubts)
    doubts += note_heads_as_text(source, article, told + doubts)
    return doubts + interleaved_translations(source, article, told + doubts)
