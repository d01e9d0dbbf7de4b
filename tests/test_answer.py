"""The engine's answer: what the red-flag check reads."""

from __future__ import annotations

from backcare import Engine, load_pack
from backcare.engine.tuning import MAX_QUERY_CHARS


def test_red_flag_told_after_the_matchers_limit_is_still_seen() -> None:
    story = "My back has been stiff for weeks and I have tried stretching, heat and rest. " * 20
    assert len(story) > MAX_QUERY_CHARS
    question = story + "I haven't been able to pass urine since this morning."
    answer = Engine(load_pack()).ask(question)
    assert any(flag.urgency == "emergency" for flag in answer.red_flags)


def test_the_same_story_without_the_symptom_raises_nothing() -> None:
    story = "My back has been stiff for weeks and I have tried stretching, heat and rest. " * 20
    assert Engine(load_pack()).ask(story).red_flags == ()
