"""safety62 (issue #12): a sentence no mark ended, read as ended (engine/safety/run_on.py).

A line run on into a story or a second question with no full stop joined the sentence after it:
an overdose read the story's "this month" as a supply taken over days (OD_SPREAD), and "i will
finish myself" lost the clause end its phrase needs. The classes' frames are guarded by
tests/safety_cases.class_tests (test_safety58, test_review18) and the set red_flags_safety62."""

from __future__ import annotations

import pytest

from backcare.engine.safety.run_on import read_run_on
from tests.safety_cases import SAFETY, rules


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "i will finish myself Also, is heat better?",
            "i will finish myself. Also, is heat better?",
        ),
        ("took them all The weather was mild", "took them all. The weather was mild"),
        ("i dont want to live also, is heat better", "i dont want to live. also, is heat better"),
        ("i cant go on What stretches help?", "i cant go on. What stretches help?"),
        ("better if i am gone\tThanks for reading", "better if i am gone.\tThanks for reading"),
        ("better if i am gone Should I use ice", "better if i am gone. Should I use ice"),
    ],
)
def test_a_run_on_sentence_is_read_as_ended(text: str, read: str) -> None:
    assert read_run_on(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "I watched The Fall last night",  # a run of capitals is a name
        "we sang Is This Love at the wedding",
        "Tell Me Why is on the radio",  # no word in lower case before
        "I LOST CONTROL Also, x",
        "it is fine I think",  # "I" opens nothing
        "Any feeling when you wipe? No. Any fever? No.",  # marks already end them
        "my back\nThe pain is bad",
        "also, my back hurts",  # nothing before it
        "i took them also",  # no comma after
    ],
)
def test_names_marks_and_i_are_left_as_written(text: str) -> None:
    assert read_run_on(text) == text


@pytest.mark.parametrize(
    "question",
    [
        # other wordings of the classes, run on with other openers
        "I have swallowed a whole packet of co-codamol What should I do about my back",
        "took loads of tramadol an hour ago Is that bad for my back",
        "i take all my tablets tonight to end it Thanks",
        "i will end myself My back is killing me",
        "it is better if i am gone Should I use heat or ice",
        "my husband swallowed 40 paracetamol The back pain is his",
    ],
)
def test_a_crisis_run_on_into_a_second_question_keeps_its_notice(question: str) -> None:
    assert "crisis" in rules(question)
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "I took all my tablets this morning Also, is heat better for a stiff back?",
        "I've taken a whole box of paracetamol this week and it's not helping Is that normal",
        "I will finish my physio course Also, which stretches help?",
        "I dropped a scaffold pole on my foot Also, is heat or ice better for a stiff back?",
    ],
)
def test_calm_lines_run_on_stay_quiet(question: str) -> None:
    assert SAFETY.check(question) == []
