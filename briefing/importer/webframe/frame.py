"""`page_frame`: a copied page's frame taken off its lines, the passes in their order (see the
package's docstring)."""

from __future__ import annotations

from briefing.importer.govpage import (
    bracketed_labels,
    closing_catalogue,
    closing_feedback_form,
    lost_padding,
    run_on_signature,
    spaced_labels,
)
from briefing.importer.records import Repair
from briefing.importer.webframe.account import (
    closing_issue,
    closing_promotion,
    closing_source,
    closing_support_call,
    head_promotion,
    platform_template,
)
from briefing.importer.webframe.foot import (
    closing_at_mark,
    closing_furniture,
    closing_link_block,
    closing_navigation,
    closing_related_list,
    closing_story_lists,
)
from briefing.importer.webframe.head import (
    date_widget,
    epaper_contents,
    epaper_page_menu,
    file_card,
    forum_thread_head,
    head_qr_calls,
    icon_section_bar,
    joined_title_bar,
    listed_headline,
    portal_head,
)
from briefing.importer.webframe.readerwords import reader_words
from briefing.importer.webframe.sitemarks import (
    app_download,
    closing_paywall,
    hidden_text_marks,
    media_player_controls,
    style_rules,
)


def page_frame(lines: list[tuple[int, str]], fields: dict[str, str], markdown: bool = False
               ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """The article without its page's frame: the platform's template after it, the
    account's promotions before its first paragraph and after its last, and a line
    repeating the account's name under the title; a reprint's closing 「（来源：某某）」
    line goes to the front matter's source (it names the article's origin, which the
    export's own source, the account, is not). Every removal is a repair to review."""
    repairs: list[Repair] = []
    lines = reader_words(lines, fields, repairs)
    lines = platform_template(lines, repairs)
    lines = closing_paywall(lines, repairs)
    lines = hidden_text_marks(lines, repairs)
    lines = app_download(lines, repairs)
    lines = media_player_controls(lines, repairs)
    lines = style_rules(lines, repairs)
    lines = forum_thread_head(lines, repairs)
    lines = date_widget(lines, repairs)
    lines = epaper_contents(lines, repairs)
    lines = portal_head(lines, repairs)
    lines = epaper_page_menu(lines, repairs)
    lines = head_qr_calls(lines, repairs)
    lines = listed_headline(lines, repairs)
    lines = joined_title_bar(lines, repairs)
    lines = icon_section_bar(lines, repairs)
    lines = file_card(lines, repairs)
    lines = closing_feedback_form(lines, repairs)
    lines = closing_catalogue(lines, fields, repairs)
    lines = lost_padding(lines, repairs)
    lines = spaced_labels(lines, repairs)
    lines = bracketed_labels(lines, repairs)
    lines = closing_story_lists(lines, repairs)
    lines = closing_furniture(lines, repairs)
    lines = closing_navigation(lines, repairs)  # (what the furniture run left under a pager)
    if not markdown:  # (a Markdown post's own list of links may close it: its writer's)
        lines = closing_related_list(lines, repairs)
        lines = closing_link_block(lines, repairs)
    lines = closing_at_mark(lines, repairs)
    lines = run_on_signature(lines, repairs)
    lines = closing_paywall(lines, repairs)  # (a paywall over the page's foot: its turn now)
    lines = closing_support_call(lines, repairs)
    lines = closing_promotion(lines, repairs)
    lines = head_promotion(lines, fields, repairs)
    lines = closing_source(lines, fields, repairs)
    lines = closing_issue(lines, fields, repairs)
    return lines, repairs
