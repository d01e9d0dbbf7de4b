"""The engine's answer: what the red-flag check reads."""

from __future__ import annotations

from typing import Any

import pytest

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


def test_the_red_flag_cut_is_made_in_one_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine and the no-pack check (cli.notices.safety_answer) both read the question up to
    engine.answer's limit: one function, so they can never disagree about a long question."""
    import backcare.engine.answer as answer_module
    from backcare.cli.notices import safety_answer
    from backcare.engine.answer import red_flags

    question = "my back is stiff " * 5 + "and i cant pee" + ". it is late" * 8
    assert red_flags(question)
    monkeypatch.setattr(answer_module, "MAX_SAFETY_CHARS", 40)
    assert red_flags(question) == ()  # the flag is in the middle, beyond both ends read
    assert safety_answer(question).red_flags == ()
    assert Engine(load_pack()).ask(question).red_flags == ()


def test_validate_ranks_through_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    from backcare.packs.validate import validate_pack
    from backcare.resources import data_path

    ranked: list[str] = []
    rank = Engine.rank

    def spy(self: Engine, query: Any) -> Any:
        ranked.append(query.text)
        return rank(self, query)

    monkeypatch.setattr(Engine, "rank", spy)
    validate_pack([data_path("faq.json")])
    assert ranked


def test_a_notice_and_a_pointer_never_come_together() -> None:
    # a general question first, a report of one's own at the end of a long story: the notice,
    # and no pointer (the pointer once read a shorter window than the notice; a cold review)
    question = (
        "is numbness in the saddle area serious? asking for my first aid course. "
        + "my back is stiff. " * 6000
        + "Actually I cant pee and my bum is numb right now."
    )
    answer = Engine(load_pack()).ask(question)
    assert answer.red_flags and answer.pointer is None
    general = Engine(load_pack()).ask(
        "is numbness in the saddle area serious? for my first aid course"
    )
    assert general.red_flags == () and general.pointer == "emergency"
