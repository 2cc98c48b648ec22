"""The import corpus score (bench/import_score.py): each metric on hand-made pairs, then
the real corpus, whose held-back part must meet issue 11's thresholds."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path

import pytest

from bench.import_score import (
    CORPUS,
    Block,
    compare,
    corpus_texts,
    flagged_blocks,
    json_data,
    lost_run_pieces,
    main,
    read_blocks,
    score_corpus,
    strip_source_comment,
)

FILE = Path("article.md")
FRONT = "---\ntitle: 标题\nauthors: [张三, 李四]\nsource: 人民日报\ndate: 2024-03-05\n---\n\n"


def blocks(body: str, front: str = FRONT) -> list[Block]:
    return read_blocks(front + body, FILE)


def score(gold: str, output: str, gold_front: str = FRONT, output_front: str = FRONT):
    return compare(blocks(gold, gold_front), blocks(output, output_front))


# ---------------------------------------------------------------- reading


def test_blocks_and_roles_of_the_gold_format():
    body = (
        "::: salutation\n各位代表：\n:::\n\n"
        "**一是加强领导。**其余文字。\n\n"
        "## 一、总体要求\n\n"
        "#### （1）细则\n\n"
        "::: figure\n图①：某某摄\n:::\n\n"
        "::: sidebar 记者手记\n手记正文。\n:::\n\n"
        "Table: 表1 统计\n| 城市 | 优良率 | < |\n| ^ | 本月 | 上月 |\n|---|---|---|\n| 太原 | 80.6 | 77.4 |\n\n"
        "::: note\n注：数据为初步统计。\n:::\n\n"
        "> 引文。\n\n"
        "正文[^1]，<p>多余</p>。\n\n"
        "::: signature\n某某局\n2024年3月5日\n:::\n\n"
        "[^1]: 脚注文字。\n"
    )
    found = [(b.role, b.text) for b in blocks(body)]
    assert found == [
        ("title", "标题"), ("authors", "张三李四"), ("source", "人民日报"),
        ("date", "2024-03-05"),
        ("salutation", "各位代表："), ("lead-in", "一是加强领导。其余文字。"),
        ("h1", "一、总体要求"), ("h3", "（1）细则"), ("caption", "图①：某某摄"),
        ("sidebar-heading", "记者手记"), ("sidebar", "手记正文。"),
        ("table-caption", "表1统计"), ("table", "城市优良率本月上月太原80.677.4"),
        ("note", "注：数据为初步统计。"), ("quote", "引文。"),
        ("paragraph", "正文，<p>多余</p>。"),  # a tag that is not format markup is text
        ("signature", "某某局2024年3月5日"), ("footnote", "脚注文字。"),
    ]
    table = next(b for b in blocks(body) if b.role == "table")
    assert table.cells == [["城市", "优良率", "<"], ["^", "本月", "上月"],
                           ["太原", "80.6", "77.4"]]


def test_the_source_comment_is_stripped():
    text = "<!-- corpus-source: https://example.org/a, 2024-03-05 | shape: news -->\n# 标题\n"
    assert strip_source_comment(text) == "# 标题\n"
    assert strip_source_comment("# 标题\n<!-- corpus-source: x -->\n") == (
        "# 标题\n<!-- corpus-source: x -->\n")
    # a comment naming markup (「a <!--more--> mark」) ends at its line's last 「-->」
    assert strip_source_comment(
        "<!-- corpus-source: x, a <!--more--> mark | shape: markdown -->\n---\ntitle: 标题\n"
    ) == "---\ntitle: 标题\n"


# ---------------------------------------------------------------- each metric


def test_identical_files_score_perfectly():
    body = "## 一、总体要求\n\n第一段。\n\n第二段。\n"
    result = score(body, body)
    assert result.figures() == {
        "boundary_precision": 1.0, "boundary_recall": 1.0, "role_accuracy": 1.0,
        "heading_precision": 1.0, "heading_recall": 1.0, "cell_accuracy": None,
        "lost": 0, "invented": 0, "told": None, "flagged": 0.0, "lost_runs_told": None}


def test_a_lost_boundary_lowers_recall_not_precision():
    result = score("第一段。\n\n第二段。\n\n第三段。\n", "第一段。第二段。\n\n第三段。\n")
    # Gold boundaries: after the 4 front fields and after each paragraph but the last.
    assert result.boundaries_gold == 6 and result.boundaries_output == 5
    assert result.boundary_precision == 1.0
    assert result.boundary_recall == pytest.approx(5 / 6)
    assert (result.lost, result.invented) == (0, 0)


def test_an_invented_boundary_lowers_precision_not_recall():
    result = score("第一段文字，接着说。\n", "第一段文字，\n\n接着说。\n")
    assert result.boundary_recall == 1.0
    assert result.boundary_precision == pytest.approx(4 / 5)


def test_a_wrong_role_lowers_role_accuracy():
    result = score("::: figure\n图①：某某摄\n:::\n\n正文。\n", "图①：某某摄\n\n正文。\n")
    assert result.blocks_gold == 6 and result.roles_right == 5
    assert result.role_errors == ["caption→paragraph: 图①：某某摄"]


def test_a_front_matter_field_left_in_the_body_is_a_role_error():
    gold_front = FRONT
    output_front = "---\ntitle: 标题\nauthors: [张三, 李四]\ndate: 2024-03-05\n---\n\n"
    result = score("正文。\n", "人民日报\n\n正文。\n", gold_front, output_front)
    assert result.role_errors == ["source→paragraph: 人民日报"]
    assert (result.lost, result.invented) == (0, 0)


def test_heading_levels_count():
    gold = "## 一、总体要求\n\n正文。\n\n### （一）细则\n\n正文。\n"
    result = score(gold, gold.replace("### ", "## "))
    assert (result.headings_gold, result.headings_found) == (2, 1)
    assert (result.headings_output, result.headings_right) == (2, 1)
    assert result.heading_precision == result.heading_recall == 0.5


def test_a_heading_made_paragraph_and_a_paragraph_made_heading():
    result = score("## 一、总体要求\n\n正文。\n", "一、总体要求\n\n## 正文。\n")
    assert result.heading_recall == 0.0 and result.heading_precision == 0.0


def test_table_cells():
    gold = "| 城市 | 优良率 |\n|---|---|\n| 太原 | 80.6 |\n| 大同 | 77.4 |\n"
    result = score(gold, gold.replace("77.4", "77.5"))
    assert result.cells_gold == 6 and result.cells_right == 5
    assert result.cell_accuracy == pytest.approx(5 / 6)
    assert (result.lost, result.invented) == (1, 1)
    assert score(gold, "正文。\n").cell_accuracy == 0.0
    # A wrong cell printed and a table not made are both wrong; the second is also missed.
    printed = score(gold, gold.replace("77.4", "77.5"))
    assert (printed.tables_printed, printed.tables_wrong, printed.tables_missed) == (1, 1, 0)
    missed = score(gold, "城市 优良率\n\n太原 80.6\n\n大同 77.4\n")
    assert (missed.tables_printed, missed.tables_wrong, missed.tables_missed) == (0, 1, 1)


def test_lost_and_invented_characters_ignore_whitespace_and_markup():
    gold = "**一是加强领导。**其余 文字。\n"
    assert (score(gold, "一是加强领导。其余文字。\n").lost, score(gold, "x").lost) == (0, 12)
    result = score("正文。\n", "正文。\n\n&emsp;<p>多余</p>\n")
    assert result.lost == 0 and result.invented == len("<p>多余</p>")


def test_a_date_left_in_the_body_is_a_role_error_not_lost_text():
    result = score("正文。\n", "2024年3月5日\n\n正文。\n",
                   output_front=FRONT.replace("date: 2024-03-05\n", ""))
    assert result.role_errors == ["date→paragraph: 2024-03-05"]
    assert (result.lost, result.invented) == (0, 0)


def test_a_date_split_off_its_signature_is_not_lost_but_a_lost_date_in_text_is():
    gold = "正文。\n\n::: signature\n某某局\n2024年3月5日\n:::\n"
    result = score(gold, "正文。\n\n某某局\n\n2024年3月5日\n")
    assert (result.lost, result.invented) == (0, 0)
    assert score("会议于2024年3月5日召开。\n", "会议于召开。\n").lost == 9


def test_text_moved_out_of_order_is_not_lost():
    gold = "第一段文字很长。\n\n第二段也不短。\n"
    result = score(gold, "第二段也不短。\n\n第一段文字很长。\n")
    assert (result.lost, result.invented) == (0, 0)
    assert result.role_accuracy == 1.0 and result.boundary_recall < 1.0


def test_errors_are_told_when_a_spot_to_review_names_their_block():
    from briefing.importer.records import Repair

    gold = blocks("## 一、总体要求\n\n第一段文字很长。\n\n第二段也不短。\n")
    # The heading made a paragraph, and the two paragraphs joined: three errors.
    output = blocks("一、总体要求\n\n第一段文字很长。第二段也不短。\n")
    join = Repair("join-split-paragraph", 3, "第一段文字很长。⏎第二段…",
                  "第一段文字很长。第二段…", "joined", review=True)
    flagged = flagged_blocks([join], output)
    assert [output[n].text for n in flagged] == ["第一段文字很长。第二段也不短。"]
    told = compare(gold, output, flagged=flagged)
    assert (told.errors, told.errors_told) == (2, 1)  # the join told, the heading not
    assert told.told == 0.5
    assert told.flagged == 1 / len(output)
    silent = compare(gold, output)
    assert (silent.errors, silent.errors_told, silent.told) == (2, 0, 0.0)
    assert compare(gold, gold).told is None  # no error: nothing to tell


def test_a_spot_names_a_block_by_its_excerpt_without_markup():
    from briefing.importer.records import Repair

    output = blocks("## 推进高水平开放\n\n正文一段。\n")
    heading = Repair("short-heading", 9, "推进高水平开放", "## 推进高水平开放", "made it a heading")
    title = Repair("title-inferred", 1, "标题", "title: 标题", "took it", review=True)
    assert [output[n].role for n in flagged_blocks([heading], output)] == ["h1"]
    # Too short a piece names no block for sure.
    assert flagged_blocks([Repair("x", 1, "正文", "正文", "")], output) == set()
    assert [output[n].role for n in flagged_blocks([title], output)] == []


def test_a_spot_shows_line_breaks_as_a_mark_that_splits_its_excerpt():
    from briefing.importer.records import Repair

    output = blocks("::: salutation\n各位代表：\n:::\n\n现在我代表市人民政府作报告。\n")
    spot = Repair("run-in-salutation", 3, "各位代表：现在我代表…",
                  "::: salutation ⏎ 各位代表： ⏎ :::", "split it", review=True)
    assert [output[n].role for n in flagged_blocks([spot], output)] == ["salutation"]


def test_a_mark_kept_as_text_splits_an_excerpt_into_pieces():
    from briefing.importer.records import Repair

    # 「[ 打印 ]」 is text in the block; the excerpt's brackets are taken for Markdown
    # marks and removed, which glued 「浏览次数：」 to 「打印」: tried split as well.
    output = blocks("正文一段。\n\n浏览次数：86 [ 打印 ] [ 关闭 ]\n")
    spot = Repair("page-fields-kept", 3, "浏览次数：86 [ 打印 ] [ 关闭 ]",
                  "浏览次数：86 [ 打印 ] [ 关闭 ]", "a field line")
    assert [output[n].text for n in flagged_blocks([spot], output)] == [
        "浏览次数：86[打印][关闭]"]


def test_lost_runs_told_counts_the_lost_characters_a_spot_names():
    from briefing.importer.records import Repair

    gold = blocks("第一段写明了联系电话和通信地址。\n\n第二段说到会议开了三天。\n")
    # The output lost 「联系电话和通信地址」 (9) and 「开了三天」 (4): 13 characters.
    output = blocks("第一段写明了。\n\n第二段说到会议。\n")
    accounted = Repair("not-in-article", 2, "联系电话和通信地址", "联系电话和通信地址",
                       "this text of the source is not in article.md")
    result = compare(gold, output, pieces=lost_run_pieces([accounted]))
    assert result.lost == 13
    assert result.lost_told == 9 and result.lost_runs_told == pytest.approx(9 / 13)
    # A repair that took the words out (its excerpt before the change) names them too.
    dropped = Repair("furniture-dropped", 4, "会议开了三天⏎下一行", "", "dropped")
    both = compare(gold, output, pieces=lost_run_pieces([accounted, dropped]))
    assert both.lost_told == 13 and both.lost_runs_told == 1.0
    # Unnamed: nothing told; nothing lost: no figure.
    assert compare(gold, output).lost_runs_told == 0.0
    assert compare(gold, gold).lost_runs_told is None


def test_a_one_character_loss_is_never_named():
    from briefing.importer.records import Repair

    gold = blocks("他说，会议开了三天。\n")
    output = blocks("他说会议开了三天。\n")
    spot = Repair("not-in-article", 1, "他说，会议", "他说，会议", "not in article.md")
    result = compare(gold, output, pieces=lost_run_pieces([spot]))
    assert (result.lost, result.lost_told) == (1, 0)  # any excerpt holds a 「，」


# ---------------------------------------------------------------- the corpus


def _corpus_key() -> str:
    """What the corpus's scores hang on, hashed: every file of the package (the importer
    and everything it uses: the loader, the model, its data files), the scorer, the
    corpus itself, and the Python and library versions installed. Any change to one of
    them scores the corpus again."""
    from importlib import metadata

    import briefing

    digest = hashlib.sha256(sys.version.encode())
    for distribution in sorted(f"{d.metadata['Name']}=={d.version}"
                               for d in metadata.distributions()):
        digest.update(distribution.encode() + b"\0")
    package = Path(briefing.__file__).parent
    for root in (package, CORPUS, Path(score_corpus.__code__.co_filename)):
        files = [root] if root.is_file() else sorted(
            path for path in root.rglob("*") if path.is_file()
            and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".mo"))
        for path in files:
            digest.update(str(path.relative_to(root.parent)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


@pytest.fixture(scope="module")
def corpus() -> dict:
    """The corpus imported and scored (124 texts, ~9 s of CPU): once per state of the
    code and the corpus, kept in the platform's cache folder between runs (keyed by
    _corpus_key: an importer, scorer or corpus changed since scores anew)."""
    from briefing.diskcache import cache_dir

    if not any(corpus_texts(CORPUS, part) for part in ("tuning", "heldout")):
        pytest.skip("no corpus texts in tests/corpus (tuning/, heldout/)")
    stored = cache_dir() / "tests" / f"import-score-{_corpus_key()}.pickle"
    try:
        return pickle.loads(stored.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    scores = score_corpus(CORPUS)
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        making = stored.with_suffix(f".{os.getpid()}.making")
        making.write_bytes(pickle.dumps(scores))
        making.replace(stored)
    except OSError:
        pass  # (a read-only cache folder: scored again next time)
    return scores


def test_every_corpus_text_imports(corpus):
    failed = [(s.name, s.error) for found in corpus.values() for s in found["texts"] if s.error]
    assert failed == []


def test_scores_are_fractions(corpus):
    for found in corpus.values():
        for text in found["texts"] + [found["overall"]]:
            for key, value in text.figures().items():
                if key in ("lost", "invented"):
                    assert value >= 0
                elif value is not None:
                    assert 0.0 <= value <= 1.0, (text.name, key, value)


def test_json_output(capsys, tmp_path):
    for part in ("tuning", "heldout"):
        (tmp_path / part).mkdir()
    assert main(["--corpus", str(tmp_path), "--json"]) == 0
    assert '"overall"' in capsys.readouterr().out
    assert json_data({}) == {}


def heldout(corpus: dict):
    found = corpus["heldout"]
    if not found["texts"]:
        pytest.skip("no held-out texts")
    return found["overall"]


# Issue 11's thresholds on the held-back third. Measured on the ninth fresh held-back set
# (16 texts gathered 2026-11-30 by a helper not working on the importer, gold written before
# any import; bench/import_score.py, overall figures only), before and after the eleventh
# round (rules by kind of failure): bP 0.658 → 0.680, bR 0.880 → 0.886, roles 0.702 → 0.707,
# headings P 0.300 → 0.409 R 0.310, cells 0.114, lost 1876, invented 2726 → 2662, told
# 0.776 → 0.773, tables printed 5 held 8, none wrong; 2 of the 16 outputs changed. The eighth
# set, before and after the tenth round: bP 0.450 bR 0.840, roles 0.783, headings P 0.412 R
# 0.438, lost 108 invented 849, 2 tables printed wrong. The twelfth set (16 texts, gathered
# 2026-12-01), before and after the fourteenth round: bP 0.683 bR 0.886, roles 0.736, headings
# P 0.586 R 0.739, cells 0.648, lost 72 invented 681, told 0.772; none of its 16 outputs
# changed. The thirteenth (16 texts), scored once its gold was in, with the importer after
# the fourteenth round: bP 0.802 bR 0.873, roles 0.739, headings P 0.569 R 0.674, cells 0.485,
# lost 543 invented 488, told 0.626. The fourteenth (16 texts, gathered 2026-12-01), scored
# once its gold was in, with the importer before the fifteenth round: bP 0.727 bR 0.832, roles
# 0.805, headings P 0.846 R 0.611, cells 0.000, lost 346 invented 516, told 0.836 — and after it
# the same, none of its 16 outputs changed. The fifteenth (16 texts), scored once its gold was
# in, with the importer after the fifteenth round: bP 0.699 bR 0.746, roles 0.822, headings P
# 0.643 R 0.750, lost 12 invented 2052, told 0.803 — after the sixteenth round bP 0.704 bR
# 0.762, roles 0.817, told 0.800, 2 of its 16 outputs changed. The sixteenth (16 texts), scored
# once its gold was in, with the importer after the sixteenth round: bP 0.868 bR 0.918, roles
# 0.857, headings P 0.724 R 0.724, cells 1.000, lost 41 invented 691, told 0.843 (after the
# seventeenth round the same). The seventeenth, scored once: bP 0.796 bR 0.946, roles 0.808,
# headings P 0.536 R 0.682, told 0.640, a table printed with blank merged cells (fixed once
# seen; the set is in tuning). The eighteenth (16 texts), scored once with the importer as the
# session of 2026-12-01 left it: bP 0.829 bR 0.904, roles 0.737, headings P 0.760 R 0.704, lost
# 1173 invented 611, told 0.719. The nineteenth and twentieth, each scored once and then moved
# to tuning for their wrong figures: bP 0.693/0.699 bR 0.868/0.874, roles 0.719/0.795,
# headings P 0.333/0.957 R 0.211/0.804, told 0.828/0.673. The twenty-first (11 texts), scored
# once with the importer after the twentieth round (3f4ef11): bP 0.608 bR 0.963, roles 0.839,
# headings P 1.000 R 0.818, cells 1.000, lost 32 invented 552, told 0.415. The twenty-second
# (12 texts, gathered 2026-12-01), scored once with the importer after the twenty-first round
# (9ee8a1d): bP 0.776 bR 0.963, roles 0.874, headings P 1.000 R 0.889, lost 778 invented 404,
# told 0.714 (after the twenty-second round the same). The twenty-third (11 texts), scored once
# with the importer after the twenty-second round (76c303b): bP 0.530 bR 0.952, roles 0.911,
# headings P 0.714 R 0.946, told 0.544, a table printed with a wrong row (moved to tuning). The
# twenty-fourth (12 texts), scored once with the importer after that round's last rules
# (7280fbc): bP 0.674 bR 0.939, roles 0.795, headings P 0.656 R 0.538, lost 815 invented 1265,
# told 0.759 — and after the round's last rules (8bb6a29) bP 0.674 bR 0.939, roles 0.790,
# headings P 0.645 R 0.513, told 0.761; then it joined tuning. The twenty-fifth (12 texts),
# scored once with the importer after the stop's last rules (31bca93): bP 0.648 bR 0.920, roles
# 0.863, headings P 0.714 R 1.000, lost 592 invented 255, told 0.475; then it joined tuning.
# The twenty-sixth (10 texts), scored once with the importer after the twenty-fifth set's
# rules (6849c5c): bP 0.589 bR 0.927, roles 0.810, headings P 0.783 R 0.529, lost 43 invented
# 1244, told 0.835 — and after the round's last rules (36dcc64) bP 0.595, lost 48, invented
# 1166, the rest the same; then it joined tuning. The twenty-seventh (12 texts), scored once
# with the importer at the thirty-first stop's end (9925b85): bP 0.579 bR 0.912, roles 0.905,
# headings P 0.848 R 0.933, lost 535 invented 1651, told 0.674 (moved to tuning at once for
# its wrong figures). The twenty-eighth (12 texts), scored once with the importer after the
# twenty-seventh set's round (b148491): bP 0.569 bR 0.966, roles 0.668, headings P 0.420 R
# 0.857, lost 810 invented 668, told 0.180 — and after the round's last rules (e2de5ec) bP
# 0.566, cells 0.566, invented 671, told 0.185, the rest the same; then it joined tuning.
# The twenty-ninth (12 texts), scored once with the importer after the twenty-eighth set's
# first rules (ea68748): bP 0.774 bR 0.837, roles 0.799, headings P 0.593 R 0.800, lost 2012
# invented 496, told 0.833, key figures 10 of 14 right (moved to tuning at once for its wrong
# figures). The thirtieth (12 texts), scored once with the importer after the twenty-ninth
# set's first rules (c8963f8): bP 0.864 bR 0.836, roles 0.744, headings P 0.636 R 0.933, lost
# 177 invented 408, told 0.824, key figures 38 of 47 right (moved to tuning at once for its
# wrong figures). The thirty-first (11 texts), scored once with the importer after the
# thirtieth set's first rules (622605c): bP 0.942 bR 0.981, roles 0.880, headings P 0.586 R
# 0.944, cells 0.778, lost 96 invented 210, told 0.750, key figures 37 of 61 right (moved to
# tuning at once for its wrong figures). The thirty-second (11 texts), scored once with the
# importer after the thirty-first set's rules (b65d8f3): bP 0.818 bR 0.861, roles 0.897,
# headings P 1.000 R 0.923, cells 0.444, lost 82 invented 135, told 0.653. The importer does
# not reach them.
@pytest.mark.xfail(strict=True, reason="heldout boundaries measured P 0.718 R 0.961 (thirty-fifth set, scored once, 2026-12-01)")
def test_heldout_boundaries(corpus):
    overall = heldout(corpus)
    assert overall.boundary_precision >= 0.98 and overall.boundary_recall >= 0.98


@pytest.mark.xfail(strict=True, reason="heldout roles measured 0.874 (thirty-fifth set, scored once, 2026-12-01)")
def test_heldout_roles(corpus):
    assert heldout(corpus).role_accuracy >= 0.95


@pytest.mark.xfail(strict=True, reason="heldout headings measured P 0.500 R 1.000 (thirty-fifth set, scored once, 2026-12-01)")
def test_heldout_headings(corpus):
    overall = heldout(corpus)
    assert overall.heading_precision >= 0.98 and overall.heading_recall >= 0.98


@pytest.mark.xfail(strict=True, reason="heldout characters measured lost 13 invented 390 (thirty-fifth set, scored once, 2026-12-01)")
def test_heldout_no_characters_lost_or_invented(corpus):
    overall = heldout(corpus)
    assert (overall.lost, overall.invented) == (0, 0)


# Print nothing that is wrong: a table the importer is not sure of is held (README: Held
# tables), so no printed table may have a cell that differs from the gold. A gold table the
# importer made no table of prints no cell (its text stays text): counted apart, below.
def test_tuning_prints_no_table_with_a_wrong_cell(corpus):
    found = corpus["tuning"]
    if not found["texts"]:
        pytest.skip("no tuning texts")
    wrong = [s.name for s in found["texts"] if s.tables_wrong - s.tables_missed]
    assert wrong == []


# Every tuning gold table is a table since the sixteenth round: the twelfth set's 德邦 note
# (pdftotext of a sidebar table read a column at a time: the labels, then the header
# cells, then the rows of numbers) and the fourteenth set's ucasthesis extraction (a
# three-column table set in centred columns, once joined with a running head into a
# paragraph) are held tables now, each cell right.
# One exception, known and named, since the twentieth set joined tuning: its 隐私计算 report's
# 表 1-1, which pdftotext shredded into single characters over two pages (a cell's words
# split between columns on each line). Its caption and its first cells are kept as a held
# one-column table; the rest stays text, so the gold table's best match is a paragraph.
# Rebuilding it needs the PDF's glyph positions, which the text no longer has; the entry
# goes when the table is made.
# A second since the twenty-second set joined tuning: the 达州 drinking-water results, a table
# copied a cell a line with its header cells broken over two lines (「水源地断面」 ⏎ 「名称」),
# a two-row merged header, empty cells left out and one data row — no count of cells tells
# its columns.
# Two more since the twenty-fourth set joined tuning: 河口's one-row table copied a cell a
# paragraph (six header cells, then one row of six — the text ends inside its last cell), and
# a 深交所 revision table a cell a line whose 说明 cells split around their date cells.
# (广元's 声环境 table copied a cell a paragraph whose 昼/夜 header row the copy lost, a known
# miss since the twenty-fifth set, is made since the thirty-fourth stop: its name over the
# cells is its caption, its rows read, its header kept whole and held.)
# Since the twenty-seventh set joined tuning: the 阿里巴巴 manual's pdftotext, whose 版本说明
# table and 控件/缩写 table (its header repeated over a page break) come a cell a paragraph.
# One more since the twenty-ninth set joined tuning: 秭归's water table set apart by single
# spaces, two rows only under a two-row header whose middle cell spans the three under it
# (3 + 3 header cells over 5 columns): no count of cells tells which head spans.
KNOWN_MISSED_TABLES = {"b-pdf-report-ppc-2022-yinsijisuan-yingyong",
                       "a-bulletin-kajinhe-2019-zigui",
                       "b-pdf-standard-alibaba-2018-androidshouce",
                       "a-bulletin-dazhou-2015-12-yinyongshui",
                       "b-pdf-standard-szse-2022-shujujiekou",
                       # a cell a line in one block, rows short of their spanning cells
                       "a-notice-shanghai-2023-zhinengwanglian",
                       # a paper's two-column symbol table, pdftotext's a cell a line
                       # (set 57)
                       "c-pdf-report-cumcm-2012-naocuzhong",
                       # an annual report's `pdftotext -layout` tables: key-value grids
                       # with merged cells, labels wrapped over lines (set 61)
                       "c-pdf-zhangjiajie-2016-nianbao",
                       # a quarterly report's layout text: a wide table over a page
                       # break, a second header part-way down (set 62)
                       "c-pdfreport-sanyzhonggong-2025-jidubaogao",
                       # an annual report's table whose labels and figures pdftotext
                       # gives in separate runs (set 64)
                       "c-pdfreport-pegbio-2025-caiwuhuigu",
                       # a draft law's two-column 條文/說明 table interleaved line by line
                       # by `pdftotext -layout` (set 70)
                       "c-other-thulawtech-2024-rengongzhihui",
                       # a slide deck's table a cell a line, its header row after its data
                       # (set 70)
                       "c-pdfreport-gtja-2013-gaopinjiaoyi",
                       # a chart's table a cell a line in a broker's report (set 75)
                       "c-pdfreport-zhongtai-2022-gongmuchicang",
                       # a standard's 22-row table by `pdftotext -layout`, each wrapped
                       # 内容 cell's first line above its row's number (set 77)
                       "c-pdfstandard-sl651server-2014-shuiwen",
                       # two 部门决算 unit tables a cell a line: an empty 备注 left out, a
                       # 备注 on its name's line; names wrapped around their numbers (set 79)
                       "c-pdfreport-putuo-2024-caizhengju",
                       "c-pdfreport-putuo-2024-guihuaziyuan"}


def test_tuning_makes_every_gold_table_a_table(corpus):
    found = corpus["tuning"]
    if not found["texts"]:
        pytest.skip("no tuning texts")
    missed = {s.name for s in found["texts"] if s.tables_missed}
    assert missed == KNOWN_MISSED_TABLES, (
        f"missed: {sorted(missed - KNOWN_MISSED_TABLES)}; made now (drop them from "
        f"KNOWN_MISSED_TABLES): {sorted(KNOWN_MISSED_TABLES - missed)}")


# Met on the ninth held-back set (5 tables printed, 8 held, none wrong; the eighth had 2
# wrong), the tenth (8 held), the eleventh (3 held), the twelfth (1 printed right, 3
# held), the thirteenth (2 printed right, 4 held), the fourteenth (4 held) and the sixteenth
# (1 printed right). A gold table
# the importer made no table of prints no cell at all — its text stays text, which the cells
# figure and the test below count — so it is not a wrong cell printed.
def test_heldout_prints_no_table_with_a_wrong_cell(corpus):
    overall = heldout(corpus)
    assert overall.tables_wrong - overall.tables_missed == 0


# Missed on the eleventh and twelfth sets (1 gold table each made no table); met on the
# thirteenth (6 gold tables, each made a table: 2 printed, 4 held); missed again on the
# fourteenth (4 held, 1 gold table made no table: the ucasthesis extraction, now in tuning).
# The fifteenth set's golds hold no table; the sixteenth's one, printed right; the
# eighteenth's none; the nineteenth's one, made no table (a stream of cells set apart by
# bars, rebuilt since); the twentieth's two, one printed right, one shredded by pdftotext
# (KNOWN_MISSED_TABLES); the twenty-first's two, both printed right; the twenty-second's three,
# one held and two made no table (scored once, 9ee8a1d); the twenty-third's four, one printed
# with a wrong row (its header repeated at a page break; dropped since); the twenty-fourth's
# three, one printed right, two made no table (scored once, 7280fbc); the twenty-fifth's three,
# two held and one made no table (scored once, 31bca93). Met on the twenty-sixth's three: two
# printed right, one held (scored once, 6849c5c). The twenty-seventh's eight: one printed
# right, five held, two made no table (scored once, 9925b85; moved to tuning). Missed on the
# twenty-eighth's six: one printed right, three held, two made no table (scored once, b148491;
# after the round's last rules, e2de5ec, two held). The twenty-ninth's three: two held, one
# made no table (ea68748); the thirtieth's four: one printed right, three held (c8963f8); the
# thirty-first's three, all held (622605c) — each moved to tuning. Met on the thirty-second's
# four: all held (scored once, b65d8f3). Missed on the thirty-third's three: two held, one made no
# table (scored once, 7e01ae3's importer; moved to tuning). Met on the thirty-fourth's one: held
# (2c6df8d; moved to tuning for its figures) and the thirty-fifth's three: all held (b45e50d).
def test_heldout_makes_every_gold_table_a_table(corpus):
    assert heldout(corpus).tables_missed == 0


def test_the_alignment_finds_difflibs_matches():
    # The scorer aligns with cydifflib (difflib compiled) when installed: the same runs
    # as the standard library's, on text with runs moved, changed and repeated.
    import difflib

    import bench.import_score as scorer

    gold = "第一段文字很长。第二段也不短。" * 20 + "表1 统计城市优良率太原80.6" * 5
    output = gold[200:] + gold[:150].replace("段", "节") + "多余的文字"
    for a, b in ((gold, output), (output, gold), (gold, gold[::3]), ("", gold)):
        ours = [tuple(m) for m in scorer.SequenceMatcher(
            None, a, b, autojunk=False).get_matching_blocks()]
        stdlib = [tuple(m) for m in difflib.SequenceMatcher(
            None, a, b, autojunk=False).get_matching_blocks()]
        assert ours == stdlib


def test_a_footnote_no_mark_calls_is_still_a_block():
    # markdown-it renders nothing for it; the gold keeps the text, so the scorer does.
    found = [(b.role, b.text) for b in blocks("正文[^1]。\n\n[^1]: 甲注。\n\n[^3]: 乙注。\n")]
    assert ("footnote", "甲注。") in found and ("footnote", "乙注。") in found


def test_a_crash_on_one_text_is_that_texts_error(tmp_path, monkeypatch):
    # An importer crash on an unseen text is a finding on that text: the run goes on and
    # test_every_corpus_text_imports names it, instead of the whole score aborting.
    import bench.import_score as scorer

    source = tmp_path / "a-x.txt"
    source.write_text("<!-- corpus-source: made up | shape: other -->\n标题\n\n正文。\n", "utf-8")
    gold = tmp_path / "a-x.gold.md"
    gold.write_text("---\ntitle: 标题\n---\n\n正文。\n", "utf-8")

    def crash(*args, **kwargs):
        raise KeyError(17)

    monkeypatch.setattr(scorer, "import_article", crash)
    score = scorer.score_text(source, gold, "tuning", tmp_path / "work")
    assert score.error == "crashed: KeyError: 17"
    assert score.lost > 0


def test_an_import_its_own_build_cannot_load_is_that_texts_error(tmp_path, monkeypatch):
    # An import that writes a folder the loader refuses (a figures.yaml row citing no
    # sentence of article.md) is a finding on that text, like a crash.
    import bench.import_score as scorer

    source = tmp_path / "a-x.txt"
    source.write_text("<!-- corpus-source: made up | shape: other -->\n标题\n\n正文。\n", "utf-8")
    gold = tmp_path / "a-x.gold.md"
    gold.write_text("---\ntitle: 标题\n---\n\n正文。\n", "utf-8")
    real_import = scorer.import_article

    def import_with_a_bad_row(*args, **kwargs):
        result = real_import(*args, **kwargs)
        (result.folder / "figures.yaml").write_text(
            "groups:\n  - title: 指标\n    rows:\n      - label: 数\n        value: 1\n"
            "        source: 不在文中的句子。\n", "utf-8")
        return result

    monkeypatch.setattr(scorer, "import_article", import_with_a_bad_row)
    score = scorer.score_text(source, gold, "tuning", tmp_path / "work")
    assert score.error.startswith("imported, but does not load: ")
    assert score.lost == 0  # scored all the same
