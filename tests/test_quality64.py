"""quality64 (issue 11): holdout 39's misses as classes, in other words than the set's.

A work note by any name, a support group and a thing taken back to the shop are topics the page
never names (near questions stay unanswered); when to use a thing asks a remedy, and "instead
(of)" sets two things against each other as "vs" does; how soon after something a problem comes
on asks its onset, which an answer saying it "develops within" a time answers; Taglish particles
carry no topic and "likod", "sakit" are back and pain; "poster" is posture heard with its r
dropped; "tighten up" is tight, and "for no reason", "out of the blue" name nothing; a bag of
frozen peas is ice; what wrecks or ruins a thing asks what harms it, and sitting around doing
nothing is inactivity; "what is it about X that makes ..." asks a cause."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from tests.answered import answered

# the two entries on tight muscles both answer what helps them, heat and ice among it
TIGHT = {"get-rid-tight-muscles", "helps-tight-back-muscles"}


@pytest.mark.parametrize(
    "question",
    [
        # a work note and a support group, by any of their names
        "can I get a doctors note for my stiff back",
        "is there a back pain support group in Manchester",
        # a thing bought, taken back
        "can I get my money back on an office chair that makes my back stiff",
        "can I return my office chair if it hurts my back",
        # twins of the classes below that ask what the page never answers
        "when do you use a cane instead of a walker",
        "when should i use ice instead of heat for a sprained ankle",
        "how soon after my op can I start driving",
        "how soon after a flu jab does the arm ache",
        "ano po ang best laptop for school",
        "where can i buy a poster for my office",
        "how do I tighten the screws on my office chair",
        "why does my jaw tighten up out of nowhere",
        "how long do frozen peas keep in the freezer",
        "what wrecks a car engine",
        "what is it about the winter that makes me sad",
    ],
)
def test_near_and_other_domain_twins_stay_unanswered(engine: Engine, question: str) -> None:
    assert answered(engine, question) is None


@pytest.mark.parametrize(
    "question",
    [
        # when to use a thing, and one thing instead of another
        "when should I use ice instead of heat on tight muscles",
        "when do you use heat instead of cold for a tight back",
        "when should I use heat on a stiff back",
        # a bag of frozen peas is ice
        "a bag of frozen peas or heat for my stiff back?",
    ],
)
def test_heat_and_ice_asked_in_lay_words_get_the_tight_muscle_entries(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) in TIGHT


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # how soon after sitting it comes on: the sitting entry's "develop within an hour"
        ("how soon after sitting down does my back stiffen", "back-get-stiff-sit"),
        ("how soon after sitting does my back stiffen up", "back-get-stiff-sit"),
        # Taglish: particles carry no topic, likod is back and sakit pain
        ("sakit ng likod ko po, what helps", "fastest-home-remedy-back-pain"),
        ("masakit likod ko, what's the fastest home remedy", "fastest-home-remedy-back-pain"),
        # posture said as poster
        ("is my bad poster making my back stiff at my desk", "back-get-stiff-sit"),
        ("is poor poster why my back stiffens when I sit", "back-get-stiff-sit"),
        # tightening up, for no reason
        ("why do my back muscles tighten up for no reason", "spinal-erectors-tight"),
        ("why does my back tighten up for no apparent reason", "spinal-erectors-tight"),
        ("why do my back muscles keep tightening up", "spinal-erectors-tight"),
        # what wrecks muscles: what makes them waste, sitting around doing nothing among it
        ("what destroys muscle when you just laze around", "greatest-cause-muscle-atrophy"),
        # a cause asked as what it is about a thing, after a story and before a second question
        (
            "I mark essays hunched at the kitchen table every night and my lower back seizes. "
            "What is it about sitting like that which makes it stiffen, and how do I fix it?",
            "back-get-stiff-sit",
        ),
    ],
)
def test_holdout39s_classes_in_other_words(
    engine: Engine, question: str, expected: str | None
) -> None:
    assert answered(engine, question) == expected
