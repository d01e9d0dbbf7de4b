"""quality32 (issue 11): holdout 28's classes, each in other wordings than the set's."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine


def _first(engine: Engine, question: str) -> str:
    return engine.ask(question).ranking.matches[0].entry.id


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a type said to be known or set aside is not asked: the later question word asks
        ("I understand why my erectors are tight, but how do I actually loosen them?", "remedy"),
        ("I know why my back is stiff, but how do I loosen it?", "remedy"),
        ("forget how to loosen them: why are my erectors so tight", "cause"),
        ("never mind how to loosen them, why are my spinal erectors so tight", "cause"),
        # asked of someone ("do you know why ...") or alone: still asked
        ("do you know why my erectors are tight and how to loosen them", "cause"),
        ("I don't know why my back is stiff", "cause"),
    ],
)
def test_a_type_said_to_be_known_is_not_asked(engine: Engine, question: str, expected: str) -> None:
    assert engine.matcher.sense.types(question).types == {expected}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "I understand why my erectors are tight, but how do I actually loosen them?",
            "loosen-erector-spinae",
        ),
        (
            "I know why my spinal erectors get tight, but how can I release them?",
            "loosen-erector-spinae",
        ),
        (
            "Forget how to release them, why are my erector spinae always so tight?",
            "spinal-erectors-tight",
        ),
        (
            "never mind how to loosen them, why are my spinal erectors so tight",
            "spinal-erectors-tight",
        ),
    ],
)
def test_the_asked_type_wins_over_the_mentioned_one(
    engine: Engine, question: str, expected: str
) -> None:
    assert _first(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Why do muscles deteriorate in the first place?",
        "what makes muscle tissue deteriorate so fast",
        "what's most to blame when muscle tissue deteriorates",
        "why does muscle deteriorate when you are laid up in bed",
    ],
)
def test_muscles_said_to_deteriorate_waste(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "greatest-cause-muscle-atrophy"


@pytest.mark.parametrize(
    "question",
    ["why is my spine deteriorating", "what causes the deterioration of small-town high streets"],
)
def test_other_things_deteriorating_are_no_muscle_wasting(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        "Setting aside specific diseases like SMA, what is the single most common reason "
        "muscles atrophy?",
        "leaving aside SMA, what causes muscles to waste",
        "aside from SMA, why do muscles waste away",
        "what causes muscle wasting, excluding SMA?",
    ],
)
def test_a_topic_set_aside_is_not_asked(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "greatest-cause-muscle-atrophy"


def test_a_topic_not_set_aside_is_still_asked(engine: Engine) -> None:
    # SMA asked about (not set aside) is not the greatest cause of wasting in general
    match = engine.ask("what causes muscles to waste in SMA").match
    assert match is None or match.entry.id != "greatest-cause-muscle-atrophy"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "My Rücken muscles are very tight since one week, what I can do for help it?",
            "helps-tight-back-muscles",
        ),
        ("mi espalda is very stiff after sitting, why", "back-get-stiff-sit"),
        ("my ruecken gets stiff when I sit at my desk, why?", "back-get-stiff-sit"),
        ("la schiena muscles are tight, what helps tight back muscles", "helps-tight-back-muscles"),
    ],
)
def test_the_back_named_in_another_language(engine: Engine, question: str, expected: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "Why does my shoulder get stiff when I sit at a computer?",
        "why does my neck get stiff when I sit at a desk",
        "my knees get stiff when I sit all day, why?",
        "why do my elbows go stiff after sitting",
    ],
)
def test_another_body_part_told_in_back_words_is_not_answered(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # the back named beside another part, or a part bordering the back
        "why do my back and shoulders get stiff when I sit",
        "after 8hrs at a desk job my hips n bum lock up, whys that",
        "why does my lower back get stiff when I sit, my neck is fine",
    ],
)
def test_the_back_or_its_borders_still_answered(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "back-get-stiff-sit"


def test_a_back_named_inside_an_idiom_is_still_named(engine: Engine) -> None:
    # "back up" is an idiom, yet "from my lower back up to my shoulders" names a back: the
    # shoulders are no other body part asked about alone (test_quality29's guard, reworded)
    match = engine.ask("my lower back up to my shoulders gets stiff when I sit, why").match
    assert match is not None and match.entry.id == "back-get-stiff-sit"
