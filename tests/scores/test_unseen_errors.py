"""The census of errors on once-unseen texts (bench/unseen_errors.py): each error sorted
by kind, and told when the report names it. Made-up texts; the old importers' run itself
(git worktrees of old commits) is the bench's, not a test's."""

from __future__ import annotations

from pathlib import Path

from bench.import_score import read_blocks
from bench.unseen_errors import SETS, census, kinds

FRONT = "---\ntitle: 某县召开会议\n---\n\n"


def blocks(body: str):
    return read_blocks(FRONT + body, Path("article.md"))


def spot(kind: str, before: str, review: bool = True) -> dict:
    return {"kind": kind, "line": 1, "before": before, "after": before, "note": "",
            "review": review}


SOURCE = ("# 某县召开会议\n\n"
          "会议听取了全县工作情况汇报，\n研究部署下一步工作。\n\n"
          "会议强调要抓好落实。\n"
          "会议要求各部门\n加强协作。\n\n"
          "浏览次数：25 【打印】【关闭】\n")
GOLD = ("会议听取了全县工作情况汇报，研究部署下一步工作。\n\n"
        "会议强调要抓好落实。\n\n会议要求各部门加强协作。\n")
# The old import: a line break without end punctuation split a sentence, the blank line
# before 「会议要求」 was missed (a line break after 。 too), the page's hit counter kept.
OUTPUT = ("会议听取了全县工作情况汇报，\n\n研究部署下一步工作。\n\n"
          "会议强调要抓好落实。会议要求各部门加强协作。\n\n浏览次数：25【打印】【关闭】\n")


def test_each_error_is_sorted_by_what_separated_it_in_the_source():
    report = {"repairs": [], "doubts": []}
    score, errors, _ = census("t", SOURCE, blocks(GOLD), blocks(OUTPUT), report)
    found = sorted((e.family, e.kind, e.size) for e in errors)
    assert ("boundary", "split too many · line break, no end punctuation", 1) in found
    assert ("boundary", "missed · line break, after end punctuation", 1) in found
    assert ("boundary", "split too many · beside text the gold leaves out", 1) in found
    assert ("invented", "source text the gold leaves out · as paragraph", 15) in found
    assert not any(e.told for e in errors)
    # The census counts what the scorer counts.
    structure = [e for e in errors if e.family in ("boundary", "role", "heading")]
    assert len(structure) == score.errors


def test_an_error_a_spot_names_is_told():
    report = {"repairs": [spot("join", "会议强调要抓好落实。会议要求各部门")],
              "doubts": [spot("not-in-article", "研究部署下一步工作", review=False)]}
    score, errors, _ = census("t", SOURCE, blocks(GOLD), blocks(GOLD.replace(
        "研究部署下一步工作。", "")), report)
    lost = [e for e in errors if e.family == "lost"]
    assert [(e.kind, e.size, e.told) for e in lost] == [
        ("dropped · gold paragraph", 10, True)]
    rows = {row["kind"]: row for row in kinds(errors)}
    assert rows["dropped · gold paragraph"]["told"] == 10


def test_the_sets_are_the_1120_held_back_texts_each_with_its_commit():
    assert [s.name for s in SETS] == [f"set {n}" for n in [*range(1, 35), 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92]]
    assert [len(s.texts) for s in SETS] == [12, 15, 16, 16, 16, 16, 16, 17, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 11, 12, 11, 12, 12, 10, 12, 12, 12, 12, 11, 11, 10, 10, 10, 9, 7, 7, 11, 9, 11, 9, 9, 10, 8, 6, 12, 11, 12, 13, 9, 8, 10, 13, 17, 17, 17, 12, 11, 17, 15, 16, 16, 13, 13, 12, 9, 6, 15, 12, 15, 9, 11, 10, 10, 10, 12, 11, 12, 11, 11, 14, 12, 7, 13, 11, 11, 9, 12, 9, 14]
    names = [n for s in SETS for n in s.texts]
    assert len(set(names)) == 1120
    tuning = Path(__file__).resolve().parents[1] / "corpus" / "tuning"
    assert all((tuning / f"{n}.gold.md").is_file() for n in names)
    assert all(len(s.commit) == 7 for s in SETS)
