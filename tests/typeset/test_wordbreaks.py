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


def test_a_title_segmented_once_is_read_from_the_cache_without_loading_jieba(
        tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    text = "关于印发生态环境监测报告编制规范的通知"
    words.word_bans.cache_clear()
    first = words.word_bans(text)
    assert list((tmp_path / "briefing" / "words").rglob("*.json"))

    def no_jieba():
        raise AssertionError("jieba loaded for a title already segmented")

    words.word_bans.cache_clear()
    monkeypatch.setattr(words, "_tokenizer", no_jieba)
    assert words.word_bans(text) == first
    words.word_bans.cache_clear()
