"""quality38: a forum title's flair and age/sex tags (engine/forum_titles.py), "not just my back", a
condition denied or a thing done anyway ("even when I'm not sitting", "even though I stretch"),
"permanently" as a state, and a stop a comma follows."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.forum_titles import untitled


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("[Help] erectors tight - 28M", "erectors tight -  "),
        ("(question): back stiff 25f", "back stiff  "),
        ("stiff back (32/F), why", "stiff back  , why"),
        ("M40 here, tight back", "  here, tight back"),
    ],
)
def test_a_titles_flair_and_age_sex_tags_are_left_out(typed: str, read: str) -> None:
    assert untitled(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "walked 5m and my back is stiff",  # minutes or metres, not a 5-year-old
        "sat 30 m from the screen",  # a space between: a distance
        "(help me) my back is tight",  # not a flair: a plea inside the sentence
        "my back is tight [help]",  # a flair labels a title from its start only
        "is 3f cold for a back",
    ],
)
def test_other_numbers_and_brackets_stay(typed: str) -> None:
    assert untitled(typed) == typed


def _answer(engine: Engine, question: str) -> str | None:
    match = engine.ask(question).match
    return None if match is None else match.entry.id


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a flair is no how-to cue; an age/sex tag no unknown word
        ("[Help] my erector spinae are tight all the time - 33M", "spinal-erectors-tight"),
        ("(Question) erectors always tight 41F", "spinal-erectors-tight"),
        # "permanently" of a state asks no prognosis
        ("erector spinae permanently tight", "spinal-erectors-tight"),
        # the back said to be only part of it
        (
            "stiff muscles all over, not only my back, how do I get rid of them",
            "get-rid-tight-muscles",
        ),
        (
            "my muscles feel tight, not just in my back - how do I loosen them",
            "get-rid-tight-muscles",
        ),
        # a condition denied: not what is asked
        (
            "The muscles up my spine feel tight even when I'm not sitting at my desk. Why are they so tight?",
            "spinal-erectors-tight",
        ),
        # what is done anyway was tried
        (
            "why does my back stay tight even though I stretch every morning",
            "spinal-erectors-tight",
        ),
        ("why is my back so tight despite stretching", "spinal-erectors-tight"),
    ],
)
def test_quality38_classes_are_answered(engine: Engine, question: str, expected: str) -> None:
    assert _answer(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # a stop a comma follows does not end the sentence that asks: AS is asked about
        "back always stiff??, could it be ankylosing spondylitis",
        # "permanent" asked of a thing is still a prognosis, which no entry answers
        "is muscle atrophy permanent",
        "will my muscles be permanently weak after wasting",
        # a tag left out names no back: other domains stay unanswered
        "[Help] wifi keeps dropping - 28M, what helps",
        "my car's back seat is tight, how do I loosen it",
    ],
)
def test_quality38_twins_get_no_answer(engine: Engine, question: str) -> None:
    assert _answer(engine, question) is None
