"""quality58 (issue 11): holdout 37's leftovers as classes, in other words than the set's.

A light verb before its object ("go for a walk", "take a painkiller") and a phrase of talk ("in
the first place", "I mean") match no entry's words; a topic's word where only a verb can stand
("why does it mattress how i sit") is autocorrect's noun for a verb; a yes/no question whether to
go on with something while the problem lasts ("can I still ...") asks what to do; a comparison's
two sides are its subject; a type's cue said absent ("without leg symptoms") asks nothing; a why
asked of how long something takes asks a duration; a problem said not to go away asks its duration
too; a limb is an arm or a leg."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.idle_words import idle_words, in_verb_place
from tests.answered import answered


def test_a_light_verb_before_its_object_is_idle() -> None:
    assert idle_words("can i go for a swim with a tight back") == {"go"}
    assert idle_words("should i take some ibuprofen") == {"take"}
    assert idle_words("going to the gym with a stiff back") == {"going"}
    # the verb with no object after it says what it says
    assert idle_words("how long does it take to go away") == frozenset()
    assert idle_words("my back pain goes away then comes back") == frozenset()
    # written once as a light verb and once not: the other use may ask
    assert idle_words("take a painkiller or how long does it take") == frozenset()


def test_a_phrase_of_talk_is_idle() -> None:
    assert idle_words("what causes it in the first place") == {"in", "the", "first", "place"}
    assert idle_words("the wasting i mean") == {"i", "mean"}
    # its words said elsewhere are kept
    assert "place" not in idle_words("in the first place, which place hurts")


def test_a_word_only_a_verb_can_follow_is_in_a_verb_s_place() -> None:
    assert in_verb_place("why does it mattress how i sit") == {"mattress"}
    assert in_verb_place("will it hurt tomorrow") == {"hurt"}
    # "this" and "that" may stand before a noun
    assert in_verb_place("does this mattress help my back") == frozenset()


def test_a_type_s_cue_said_absent_is_no_word_to_match(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert "symptoms" in sense.absent_cue_words("can it waste even without leg symptoms")
    assert sense.absent_cue_words("what are the symptoms of sma") == frozenset()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a light verb's object carries the question: not the how-long entry's "take to go away"
        ("can i go for a swim with a tight back", "helps-tight-back-muscles"),
        ("take a painkiller or use heat for a stiff back", "helps-tight-back-muscles"),
        # whether to go on with something while it lasts: what helps
        ("can i still go for a run when my back is stiff", "helps-tight-back-muscles"),
        # a phrase of talk names no subject
        (
            "what causes it in the first place, the muscle wasting i mean",
            "greatest-cause-muscle-atrophy",
        ),
        # autocorrect's noun where a verb stands
        ("why does it mattress how long i sit at my desk", "back-get-stiff-sit"),
        # a comparison's two sides, both named by the entry
        ("hot vs cold for tight back muscles", "helps-tight-back-muscles"),
        ("what about ice vs heat then", "get-rid-tight-muscles"),
        # a cue said absent asks nothing: not the SMA signs entry
        (
            "can stiff back muscles waste away even without any symptoms in my legs",
            "causes-paraspinal-muscle-atrophy",
        ),
        # why it takes so long: a duration
        (
            "why does it take so long to rebuild lost muscle",
            "long-take-rebuild-muscle-after-atrophy",
        ),
        # a problem that will not go away: how long it should last
        ("what should i do if my stiff back isnt going away", "long-stiff-back-last"),
        # a limb
        ("what happens to the muscles of a limb in a cast", "greatest-cause-muscle-atrophy"),
        # near-domain stays unanswered
        ("does this mattress help my back", None),
        ("chiropractor vs osteopath for back pain", None),
        ("can i still go to work with a stiff back", None),
        ("can i still go to the gym with a stiff back", None),
        ("can i go for a massage for back pain while pregnant", None),
    ],
)
def test_holdout37s_leftover_classes_in_other_words(
    engine: Engine, question: str, expected: str | None
) -> None:
    assert answered(engine, question) == expected
