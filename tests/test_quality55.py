"""quality55 (issue 11): holdout 36's leftovers as classes, in other words than the set's.

A body word used in another language's sense ("the kidneys" for the lower back, as a literal
translation of Spanish "los riñones" writes it) is read as the region when the message names that
region by no word of its own; set against the back ("is it my back or my kidneys") or named as the
organ ("kidney stones") it stays the organ. A comparison's two sides set against each other by
"versus" or "vs" are a choice, and an entry naming both by different words answers it whatever
type its question asks. A typo of a word of a lexicon phrase reads as the phrase's word, and a question word typed as on a phone ("wat do i do") asks as the word. A job tells
who the asker is, not what is asked."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.region_senses import region_words
from tests.answered import answered


def test_a_region_word_in_another_sense_is_read_as_the_region_unless_the_region_is_named() -> None:
    table = {"kidneys": "lower back"}
    known = {"lower", "back"}.__contains__

    def names(word: str, region: str) -> bool:
        return word in {"back", "spine"}

    assert region_words("the kidneys hurt", table, names, known) == (
        "the lower back hurt",
        (("kidneys", "lower back"),),
    )
    # set against the back, the organ is meant
    assert region_words("my back or my kidneys", table, names, known)[1] == ()
    # a pack that does not know the region keeps the word
    assert region_words("the kidneys hurt", table, names, {"x"}.__contains__)[1] == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "kidneys sore from gardening all weekend, what's the fastest fix",
            "fastest-home-remedy-back-pain",
        ),
        (
            "the kidneys have been aching since I started driving for work, why?",
            "back-get-stiff-sit",
        ),
        ("is this pain in my back or my kidneys", None),
        ("can kidney stones make my back hurt", None),
    ],
)
def test_kidneys_for_the_lower_back(engine: Engine, question: str, expected: str | None) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "sitting upright vs hunching at my desk, does it really make a difference to how stiff I get",
            "back-get-stiff-sit",
        ),
        # one side named only: judged as before, not outside
        (
            "how long to rebuild wasted thigh muscle in swimmers versus cyclists",
            "long-take-rebuild-muscle-after-atrophy",
        ),
        ("ibuprofen versus naproxen for back pain", None),
        ("stiff door hinge vs sticky lock", None),
    ],
)
def test_a_comparison_is_answered_by_an_entry_naming_both_sides(
    engine: Engine, question: str, expected: str | None
) -> None:
    assert answered(engine, question) == expected


def test_the_sides_of_versus_are_set_against_each_other(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.set_against("upright posture vs hunching at the computer") == (
        "posture",
        "hunching",
    )
    assert sense.set_against("why does my back get stiff") is None
    assert sense.choice("upright posture vs hunching at the computer") is None


def test_a_typo_of_a_phrase_word_reads_as_the_phrase(engine: Engine) -> None:
    assert answered(engine, "erector spinea tight what to do") == "loosen-erector-spinae"
    assert answered(engine, "why are my erector spinea so tight") == "spinal-erectors-tight"


def test_a_question_word_typed_as_on_a_phone_asks_as_the_word(engine: Engine) -> None:
    assert answered(engine, "erector spinea tight, wat do i do") == "loosen-erector-spinae"
    assert answered(engine, "hw do i loosen my erector spinae") == "loosen-erector-spinae"


def test_a_job_tells_who_asks(engine: Engine) -> None:
    assert answered(engine, "computer job, stiff at my desk all day") == "back-get-stiff-sit"
