"""Where a balanced title or heading may break (briefing/typeset/words.py)."""

from __future__ import annotations

from briefing.typeset import words


def _breaks(text: str, bans) -> list[str]:
    return [text[:i + 1] for i in range(len(text) - 1) if i not in bans]


def test_phrases_end_at_punctuation_and_spaces():
    text = "关于印发《东阳市方案》的通知"
    assert _breaks(text, words.phrase_bans(text)) == ["关于印发", "关于印发《东阳市方案》"]
    assert _breaks("甲乙，丙丁", words.phrase_bans("甲乙，丙丁")) == ["甲乙，"]
    assert _breaks("甲乙 丙", words.phrase_bans("甲乙 丙")) == ["甲乙", "甲乙 "]


def test_words_are_never_split_and_particles_lean_back():
    text = "环境空气质量监测报告"
    allowed = _breaks(text, words.word_bans(text))
    assert "环境空气质量监" not in allowed and "环境空气质量监测" in allowed
    text = "行动实施方案的通知"
    assert "行动实施方案" not in _breaks(text, words.word_bans(text))  # 「/ 的通知」 never
