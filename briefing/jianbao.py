"""The jianbao template's front matter: what it requires, and the text it sets by role.

    jianbao:
      name: 生态环境工作简报        # required
      issue: 12                    # required: 第12期
      total_issue: 156             # （总第156期）
      unit: 吕梁市生态环境局办公室   # required: the issuing unit, left under the name
      date: 2022-01-20             # default: the article's `date:`; one of them is required
      editor_note: ……              # 编者按
      distribution: {报: [...], 送: [...], 发: [...]}
      copies: 120                  # （共印120份）
"""

from __future__ import annotations

from collections.abc import Iterator

from briefing import fonts
from briefing.errors import InputError
from briefing.formatting import format_long_date
from briefing.loader import ARTICLE
from briefing.model import Briefing, Paragraph, Section
from briefing.numerals import chinese_numeral, heading_number

TEMPLATE = "jianbao"
EXAMPLE = ("jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, "
           "date: 2022-01-20}")


def require_masthead(briefing: Briefing, template: str | None) -> None:
    """The jianbao template needs its `jianbao:` block and a date; say where and how."""
    name = template or briefing.meta.template
    if name != TEMPLATE:
        return
    article = briefing.folder / ARTICLE
    jianbao = briefing.meta.jianbao
    if jianbao is None:
        raise InputError(
            "template jianbao needs the briefing's masthead: a 'jianbao:' block with name, "
            "issue and unit", file=article, line=briefing.meta_lines.get("template"),
            fix=f"add to the front matter: {EXAMPLE}")
    if jianbao.date is None and briefing.meta.date is None:
        raise InputError(
            "template jianbao needs the issue's date: 'jianbao.date' or the article's 'date'",
            file=article, line=briefing.meta_lines.get("jianbao"),
            fix="add 'date: YYYY-MM-DD' under 'jianbao:'")


def role_texts(briefing: Briefing) -> Iterator[fonts.TextItem]:
    """The masthead, editor's note, end block and official heading numbers, each in the
    font role the jianbao template sets it in (nothing when there is no masthead)."""
    jianbao = briefing.meta.jianbao
    if jianbao is None:
        return
    article = briefing.folder / ARTICLE
    line = briefing.meta_lines.get("jianbao", 0)
    yield fonts.TextItem("title", jianbao.name, article, line)
    issue = chinese_numeral(jianbao.issue) if jianbao.issue_numerals == "chinese" else ""
    yield fonts.TextItem("kai", "第期总（）" + issue + jianbao.unit, article, line)
    date = jianbao.date or briefing.meta.date
    if date:
        yield fonts.TextItem("kai", format_long_date(date, briefing.meta.locale), article, line)
    for text in (jianbao.mark, jianbao.serial):
        if text:
            yield fonts.TextItem("heading", text, article, line)
    if jianbao.editor_note:
        yield fonts.TextItem("kai", jianbao.editor_note, article, line)
        yield fonts.TextItem("heading", "编者按：", article, line)
    names = [*jianbao.distribution.bao, *jianbao.distribution.song, *jianbao.distribution.fa]
    end_block = "报送发：，。（共印份）" + "".join(names) + (jianbao.extra or "")
    yield fonts.TextItem("body", end_block, article, line)
    if briefing.meta.subtitle:
        yield fonts.TextItem("kai", briefing.meta.subtitle, article,
                             briefing.meta_lines.get("subtitle", 0))
    if briefing.meta.authors or briefing.meta.source:
        byline = "".join(briefing.meta.authors) + (briefing.meta.source or "")
        yield fonts.TextItem("kai", byline, article, briefing.meta_lines.get("authors", 0))
    meta = briefing.meta
    if meta.date and jianbao.date and jianbao.date != meta.date:  # under the title
        yield fonts.TextItem("kai", format_long_date(meta.date, meta.locale), article,
                             briefing.meta_lines.get("date", 0))
    # Bylines inside the body (::: byline) are in 楷体 too.
    for block in briefing.walk_blocks():
        if isinstance(block, Paragraph) and block.role == "byline":
            yield fonts.TextItem("kai", block.text.plain, article, block.line)

    def numbered(sections: list[Section]) -> Iterator[fonts.TextItem]:
        for index, section in enumerate(sections, 1):
            role = {1: "heading", 2: "kai"}.get(section.level, "body")
            text = heading_number(section.level, index) + section.title.plain
            yield fonts.TextItem(role, text, article, section.line)
            yield from numbered(section.sections)

    yield from numbered(briefing.sections)
