"""The title block → the front matter: title, subtitle, authors, source, url, date.

Conventions of Chinese articles (newspaper, government and web pages alike):

- The title is the `#` line, or, in plain text, a short line (at most TITLE_MAX
  characters, no terminal punctuation) standing before the body; what follows it tells
  it apart from page furniture: a subtitle (「——…」, 「（2024年1月15日在…上）」, an English
  translation), a byline, a 来源/时间 line or a dateline, else the body itself. A 公文
  title broken over two lines (「…关于开展」「…的通知」) is joined; 「标题——副标题」 on one
  line is split; a web page's title bar 「标题-网站」 names the title. An inferred title
  is a guess the editor is asked to check; a text that opens with its body has no title
  (`title: null`, never a refusal, never its opening words made a title) and the editor
  is asked to write one.
- Facts stand on lines of their own in the head of the article, before the body:
  labelled lines (「来源：人民日报」「时间：2024-03-05 09:20」「发文日期：…」「作者：…」,
  several on one line, or a label alone with its value on the next line), a line of
  bare facts (「http://… 2007年03月16日18:54 中国网」「2002年9月3日人民日报 第3版」), a
  line that is nothing but a date, a byline (「本报记者 张三 李四」「文/张三、李四」), a
  speaker line (「上海市市长 龚 正」), a WeChat repost's 「以下文章来源于…」, and URL lines
  (anywhere). The 落款 date stands in when the head has none. A fact is never read
  out of a sentence.
- A web page's menus, labels, tool bars and breadcrumbs in the head are dropped: a block
  of short lines with no sentence above the title, a row of 【】 buttons, an office's
  contact fields above the title, an e-paper's 「第01版：要闻」. A single line above the
  title may be its kicker: kept, a doubt. A newspaper headline in several lines right
  above the story (lines that speak of its opening) is title and subtitle; a page's name
  over its page number, with several stories under it, is the title.
- The head's dates: 「（二〇〇〇年十二月三十一日）」 alone, a title ending in its date in
  brackets, 「04.03.2017 09:04」 (day first), the 落款's date in Han numerals; the issuing
  office under the title (「某市统计局」) or in a 简报's masthead line is the source; a
  reprint's bracketed 「（来源：…）」 or archive line 「《报》（date 版）」 at the end too.

- The title speaks of its story: a channel's name over the date line is passed over for
  the headline under it that does; a headline quoting its speaker (「某某：……！」) is the
  title when its facts follow it; a front part's name (编写说明, 译者序言), a section's
  number alone and a contents entry are never titles. A line of the head as likely the
  title as the one taken is named in a doubt (title-runner-up).
- A web page's info line carries the readers' counters and widgets among its facts
  (「评论：0」「参与评论（）人」「大 中 小」「【 】」, the page's URL first): the facts are read.
  民國 dates (「114年01月13日」) are dates; a self-posted 公众号's name twice is its meta line;
  「作者：」 over 「姓名（单位）」 lines gives every author; an e-mail after a name is no name.

Every move is a Repair; every guess is a doubt (`- [ ]` in import-report.md).

The package's modules, along the pipeline: `lines` (the line shapes both read by: patterns
and predicates), `facts` (the facts lines and fields), `title` (choosing the title and
subtitle)."""

from briefing.importer.titleblock.facts import (
    letterspaced_title,
    linked_title_url,
    merge_facts,
    quoted_document_title,
    take_byline,
    take_facts,
)
from briefing.importer.titleblock.lines import (
    DATE_IN_PARENS,
    NAMELESS_BYLINE,
    bare_facts,
    byline_names,
    catalogue_blocks,
    is_document_title,
    is_fact_line,
    is_page_furniture,
    labelled_facts,
    read_date,
    speaker_name,
    wikisource_header,
)
from briefing.importer.titleblock.title import (
    NO_TITLE,
    take_title_block,
)

__all__ = [
    "DATE_IN_PARENS",
    "NAMELESS_BYLINE",
    "NO_TITLE",
    "bare_facts",
    "byline_names",
    "catalogue_blocks",
    "is_document_title",
    "is_fact_line",
    "is_page_furniture",
    "labelled_facts",
    "letterspaced_title",
    "linked_title_url",
    "merge_facts",
    "quoted_document_title",
    "read_date",
    "speaker_name",
    "take_byline",
    "take_facts",
    "take_title_block",
    "wikisource_header",
]
