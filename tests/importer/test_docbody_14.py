"""Bodies of 公文, speeches and transcripts (fourteenth round, docbody.py and the passes
it feeds): conventions a reader uses on such bodies. Made-up texts of the shapes, each
failing without its rule."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.docbody import spacing_is_noise
from briefing.importer.structure import build_draft

FILE = Path("article.txt")


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


# ---------------------------------------------------------------- spacing as noise

# A notice copied with runs of blank lines of every width between its blocks: its issuing
# body, its 文号, its 落款 date and a chapter head each stand between wide gaps, as every
# other block does. None of them is a photo's caption.
NOISY_SPACING = (
    "某市人民政府关于印发某市公共停车场管理办法的通知\n\n"
    "来源:某市政府网\n\n"
    "某省某市人民政府\n\n\n"
    "某政[2012]8号\n\n\n\n"
    "各县(区)人民政府,市人民政府各部门:\n\n\n"
    "《某市公共停车场管理办法》已经市政府常务会议研究通过,现印发给你们,请遵照执行。\n\n\n\n\n"
    "二○一二年三月九日\n\n\n"
    "某市公共停车场管理办法\n\n\n"
    "第一章总则\n\n\n"
    "第一条为加强公共停车场管理,制定本办法。\n\n"
    "第二条本办法适用于本市城区的公共停车场。\n\n"
    "第三条市城市管理部门负责本办法的实施。\n")


def test_wide_gaps_everywhere_make_no_caption():
    assert spacing_is_noise(NOISY_SPACING)
    draft = build_draft(NOISY_SPACING, FILE)
    kinds = texts(draft)
    assert not [text for kind, text in kinds if kind == "caption"]
    assert ("signature", "二○一二年三月九日") in kinds
    assert ("heading", "第一章总则") in kinds


# The usual shape: paragraphs one blank line apart, a short line between wide gaps —
# still a caption by its spacing.
EXCEPTIONAL_GAP = (
    "某县举办农民丰收节\n\n"
    "本报讯 9月23日,某县在某镇举办农民丰收节,展示当年的丰收成果。\n\n"
    "活动现场设置了农产品展销区,吸引了众多市民前来选购。\n\n\n"
    "丰收节现场的农产品展销区\n\n\n"
    "据了解,今年该县粮食总产量保持稳定,特色产业发展势头良好。\n\n"
    "活动持续到25日结束。\n")


def test_an_exceptional_wide_gap_still_makes_a_caption():
    assert not spacing_is_noise(EXCEPTIONAL_GAP)
    draft = build_draft(EXCEPTIONAL_GAP, FILE)
    assert ("caption", "丰收节现场的农产品展销区") in texts(draft)
