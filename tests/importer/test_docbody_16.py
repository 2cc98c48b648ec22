"""Paragraph boundaries a reader draws (sixteenth round, docbody.py): a text stored on one
line with its paragraphs run together at a single space after a sentence's end. Made-up
texts of the shape, each failing without its rule."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.structure import build_draft

FILE = Path("article.txt")

FIRST = ("值此辞旧迎新之际，我们向全市人民致以诚挚的祝福！刚刚过去的一年，我们经受住了各种严峻挑战，全市干部群众休戚与共，积极进取，"
         "现代产业体系加快构建，城市发展活力明显增强，县域经济实力持续壮大，"
         "社会事业全面进步，人民生活有效改善，实现了“保增长、保民生、保稳定”的目标。")
SECOND = ("新的一年，是实施规划的最后一年，也是我市实现发展目标的开局之年，"
          "做好今年的工作意义重大，我们要坚定信心，迎难而上，奋力开创各项事业新局面，"
          "努力实现经济社会又好又快发展，让全市人民的日子越过越红火！")
THIRD = ("次日中午，我敲开局长的房间，他正在准备材料。他说：“明天你来吧。 我们得抓紧"
         "时间。”我几乎是一口气把事前准备好的十多个问题抛出来，他一一作了回答，"
         "并就材料中个别地方进行了详细的解释，还回答了记者的另外几个问题。")


def paragraphs(text: str) -> list[str]:
    return [node.text for node in build_draft(text, FILE).nodes if node.kind == "paragraph"]


def test_one_line_text_is_split_at_spaces_after_sentence_ends():
    line = f"{FIRST} {SECOND} {THIRD}"
    assert len(line) >= 300
    draft = build_draft(f"某市举行新年座谈会\n\n{line}\n", FILE)
    assert [n.text for n in draft.nodes if n.kind == "paragraph"] == [FIRST, SECOND, THIRD]
    told = [r for r in draft.repairs if r.kind == "run-together-paragraphs"]
    assert len(told) == 1 and told[0].review  # an editor checks the breaks


def test_a_paragraph_a_line_is_left_alone():
    # The same words a paragraph a line: a space after 。 inside a short line is no
    # paragraph's break (the line break is).
    text = f"某市举行新年座谈会\n\n{FIRST} 今年再接再厉。\n\n{SECOND}\n"
    assert paragraphs(text)[0] == f"{FIRST} 今年再接再厉。"


def test_western_spacing_is_sentence_spacing():
    # Spaces after its commas as after its sentences' ends: the copy spaces its words
    # Western-fashion, and a space after 。 is no paragraph's break.
    spaced = f"{FIRST} {SECOND} {THIRD}".replace("，", ", ")
    assert len(paragraphs(f"某市举行新年座谈会\n\n{spaced}\n")) == 1


def test_a_pdfs_wrapped_lines_run_together_are_read_by_their_column():
    # A PDF's wrapped lines run together: spaces inside words (「优 良」) everywhere, the
    # pieces between them a column wide — a piece short of it ending a sentence ends its
    # paragraph (thirty-second set's round; this read one paragraph before). Not inside a
    # quotation: 「“明天你来吧。 我们得抓紧…”」 goes on.
    line = f"{FIRST} {SECOND} {THIRD}"
    wrapped = " ".join(line[i:i + 30] for i in range(0, len(line), 30))
    found = paragraphs(f"某市举行新年座谈会\n\n{wrapped}\n")
    assert ["".join(text.split()) for text in found] == [
        "".join(text.split()) for text in (FIRST, SECOND, THIRD)]
