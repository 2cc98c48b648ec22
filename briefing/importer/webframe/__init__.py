"""A web page's frame around the article: the lines a page, a platform or an editor's layout
template sets around every text, copied or exported with it. Before the lines are read: a
WeChat page's template and an account's promotion at its head and end (`page_frame`), a
clipper's excerpt and an opening notice, a layout template's ornament and section numbers
(`template_sections`). On the blocks: `web_furniture` drops a site's template lines —
责任编辑, 上一篇/下一篇, jump lines, 「pagebreak」, app promotions.

The package's modules, along the pipeline: `frame` (`page_frame`: the passes over the lines in
their order) with `account` (a WeChat page's template; an account's promotion, credits and END
ornament; a reprint's closing source), `sitemarks` (a site's paywall, hidden-text marks, app
banner and style sheet), `head` (a forum's thread template, an e-paper's contents, a title bar,
a section bar, a file card) and `foot` (the page's closing run of furniture); `template` (a
layout template's ornaments and section numbers, a clipper's excerpt and credit, an opening
notice); `furniture` (`web_furniture`: a site's template lines on the blocks) and `foot`'s
`foot_doubts`; `pinyin` (pinyin run into the words: read through, told once); `lines` (the
line shapes they share). Each name is imported from its module."""
