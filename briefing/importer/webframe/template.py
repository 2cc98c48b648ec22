"""A Markdown export's additions round the article, before its lines are read (see the package's
docstring): a WeChat layout template's ornaments and its section numbers (`template_sections`),
a clipper's 「Excerpt」 quote and its credit line, a republisher's notice opening the file."""

from __future__ import annotations

import re
from collections import Counter

from briefing.importer import roles
from briefing.importer.chars import SENTENCE_END
from briefing.importer.layout import Cleaned
from briefing.importer.records import Repair

# A WeChat editor's layout template sets words of ornament around each section's heading
# (「PART」「VIEW / 往下看判断」「READ MORE」) and the section's number big above it
# (「01」, then its title). Exported to Markdown each is a plain line of its own.
ORNAMENT_MIN = 3  # times the same short line stands alone in the text
ORNAMENT_MAX = 20
SECTION_NUMBER = re.compile(r"^\d{1,2}$")
SECTION_TITLE_MAX = 30


# MarkDownload (a browser's Markdown clipper) writes the page's description under the
# title as 「> ## Excerpt」 and the description's lines quoted: the page's summary, which
# mostly repeats the article's lead, not the article's text.
EXCERPT_LABEL = re.compile(r"^>\s*(?:#{1,6}\s*|\*\*)?Excerpt(?:\*\*)?\s*$", re.I)
EXCERPT_HEAD = 12  # lines: the excerpt stands under the title


# A republisher opens the file with its own notice as a heading of its own, 「# 声明」
# 「# 免责声明」「# 版权声明」, then a line or two (「本文是…整理的学习笔记…如有侵权请联系」),
# and only then the article's `#` title: the site's notice, not the article's; a notice
# without a heading after it, or a long one, is left as it is.
NOTICE_HEADING = re.compile(r"^#{1,6}\s*(?:郑重|免责|版权|版权(?:与|及|和)免责)?声明\s*[:：]?\s*$")
NOTICE_LINES_MAX = 4  # non-blank lines of the notice's text
NOTICE_HEADING_LINE = re.compile(r"^#{1,6}\s+\S")


def opening_notice(lines: list[tuple[int | None, str]]
                   ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    first = next((i for i, (_, t) in enumerate(lines) if t.strip()), None)
    if first is None or not NOTICE_HEADING.match(lines[first][1].strip()):
        return lines, []
    end = next((i for i in range(first + 1, len(lines))
                if NOTICE_HEADING_LINE.match(lines[i][1].strip())), None)
    text = [t.strip() for _, t in lines[first + 1:end or 0] if t.strip()]
    if end is None or not text or len(text) > NOTICE_LINES_MAX:
        return lines, []
    shown = " ⏎ ".join(t.strip() for _, t in lines[first:end] if t.strip())[:60]
    repair = Repair("opening-notice", lines[first][0] or 0, shown, "",
                    "Dropped the notice heading opening the file and its text (a "
                    "republisher's 声明 above the article's own heading): check it is not "
                    "the article's.", review=True)
    return lines[:first] + [(n, "") for n, _ in lines[first:end]] + lines[end:], [repair]


def clipper_excerpt(lines: list[tuple[int | None, str]]
                    ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    start = next((i for i, (_, t) in enumerate(lines[:EXCERPT_HEAD])
                  if EXCERPT_LABEL.match(t.strip())), None)
    if start is None:
        return lines, []
    end = start + 1
    while end < len(lines) and lines[end][1].strip().startswith(">"):
        end += 1
    shown = " ⏎ ".join(t.strip() for _, t in lines[start:end])[:60]
    repair = Repair("clipper-excerpt", lines[start][0] or 0, shown, "",
                    "Dropped the clipper's 「Excerpt」 quote under the title: the page's "
                    "description, not the article's text.", review=True)
    return lines[:start] + [(n, "") for n, _ in lines[start:end]] + lines[end:], [repair]


# A reading-mode clipper's credit heading its export (SimpRead writes 「> 本文由 [简悦 SimpRead]
# (http://ksria.com/simpread/) 转码， 原文地址 [mp.weixin.qq.com](https://…)」): the tool's
# credit is no text of the article, and the address of its 原文地址 link — shortened to the
# host in the link's words — is the article's URL. The line becomes that fact line.
CLIPPER_CREDIT = re.compile(
    r"^>?\s*本文由\s*(?:\[[^\]]{1,30}\]\([^)\s]*\)|[^，,\s]{1,30}(?:\s+[^，,\s]{1,30})?)\s*转码"
    r"\s*[，,]?\s*原文地址\s*[:：]?\s*(?:\[[^\]]*\]\((?P<link>https?://[^)\s]+)\)"
    r"|(?P<bare>https?://\S+))\s*$")


def clipper_credit(lines: list[tuple[int | None, str]]
                   ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    for index, (number, text) in enumerate(lines[:EXCERPT_HEAD]):
        found = CLIPPER_CREDIT.match(text.strip())
        if found:
            url = found["link"] or found["bare"]
            repair = Repair("clipper-credit", number or 0, text.strip()[:60], f"原文地址：{url}",
                            "Read the clipper's credit line (「本文由 … 转码，原文地址 …」): the "
                            "tool's credit dropped, its 原文地址 link's address kept as the URL.")
            return (lines[:index] + [(number, f"原文地址：{url}")] + lines[index + 1:],
                    [repair])
    return lines, []


# An interview's turn marks alone on their lines (「问」 over the question, 「答」 over the
# answer): they stand alone again and again like an ornament, but say who speaks.
INTERVIEW_MARKS = frozenset({"问", "答", "問", "Q", "A", "记者", "記者"})


def _ornament_candidate(text: str) -> bool:
    """A short plain line: no sentence, no label, no markup (a bold 「**点评**」 is the
    author's label, not the template's)."""
    line = text.strip()
    return (0 < len(line) <= ORNAMENT_MAX and not SECTION_NUMBER.match(line)
            and line not in INTERVIEW_MARKS
            and line[-1] not in SENTENCE_END | set("：:，,、")
            and not any(mark in line for mark in "。！？；*_#|>[]【】<`!")
            and bool(re.search(r"[A-Za-z\u4e00-\u9fff]", line))
            # (an item's credit, 「（本报记者某某采访整理）」, says who wrote each of the items
            # one reporter wrote up — the same words, never an ornament)
            and not roles.body_byline(line))


def _unbold(text: str) -> str:
    """A line's text without emphasis wrapping all of it (「**01**」 → 01)."""
    line = text.strip()
    match = re.fullmatch(r"(\*\*|__)(.+?)\1", line)
    return match[2].strip() if match else line


def template_sections(lines: list[tuple[int | None, str]]) -> Cleaned:
    """A Markdown text without its layout template's ornaments — a short plain line that
    stands alone three times or more, word for word — and with each section number alone
    on its line (「01」) joined to the title under it as a heading (「## 01 标题」), when the
    numbers run 1, 2, 3 … (at least two of them). Each change is a repair to review."""
    counts = Counter(t.strip() for _, t in lines if _ornament_candidate(t))
    ornaments = {text for text, count in counts.items() if count >= ORNAMENT_MIN}
    repairs: list[Repair] = []
    kept: list[tuple[int | None, str]] = []
    asked: set[str] = set()  # one spot per ornament: one question for the editor
    for number, text in lines:
        if text.strip() in ornaments:
            repairs.append(Repair(
                "template-ornament", number or 0, text.strip(), "",
                f"Dropped a short line that stands alone {counts[text.strip()]} times, word "
                "for word: a layout template's ornament, not the article's text.",
                review=text.strip() not in asked))
            asked.add(text.strip())
            kept.append((number, ""))
        else:
            kept.append((number, text))
    # Section numbers: a number alone, the next nonblank line a short title (either may
    # be set bold: 「**01**」 「**过去一年**」).
    found = []
    for index, (_, text) in enumerate(kept):
        if not SECTION_NUMBER.match(_unbold(text)):
            continue
        below = next((i for i in range(index + 1, len(kept)) if kept[i][1].strip()), None)
        if below is None:
            continue
        title = _unbold(kept[below][1])
        if title and len(title) <= SECTION_TITLE_MAX \
                and title[-1] not in SENTENCE_END | set("：:，,、") \
                and title[0] not in "#|>![<*-" and not SECTION_NUMBER.match(title):
            found.append((index, below))
    numbers = [int(_unbold(kept[index][1])) for index, _ in found]
    if len(found) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) \
            and numbers[0] in (0, 1):
        for index, below in found:
            number, text = kept[index]
            shown = f"{text.strip()} ⏎ {kept[below][1].strip()}"
            heading = f"## {_unbold(text)} {_unbold(kept[below][1])}"
            repairs.append(Repair(
                "section-number", number or 0, shown, heading,
                "A section number alone on its line (01, 02 … in order) with a short "
                "title under it: made them the section's heading.", review=True))
            kept[index] = (number, heading)
            kept[below] = (kept[below][0], "")
    return Cleaned(kept, repairs=repairs)
