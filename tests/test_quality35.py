"""quality35 (issue 11): a yes/no question whether an activity is all right ("is it ok to
exercise with a sore back"), "exercise" as a broader word than yoga and stretches, and lay words
for a tight muscle (knots, trigger points, clenched, in a vice), each in other wordings than the
sets'."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.cues import cues_from
from backcare.packs.load import load_pack
from tests.conftest import EVAL

TIGHT_BACK = "helps-tight-back-muscles"


@pytest.mark.parametrize(
    "question",
    [
        # whether an activity is all right, which no entry of the bundled pack says
        "is it ok to exercize with a sore bakc",
        "is it ok to exercise with a sore back",
        "is it okay to go running with a stiff back",
        "is it ok to lift weights with a sore back",
        "is it okay to swim with back pain",
    ],
)
def test_whether_an_activity_is_ok_is_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the thing judged is the entry's own: still answered
        ("is it ok to use ice on my back if it's very stiff", TIGHT_BACK),
        ("is it alright to put ice on a stiff back", TIGHT_BACK),
        ("is it okay to use heat on tight back muscles", TIGHT_BACK),
        ("is it ok to massage tight erector spinae", "loosen-erector-spinae"),
    ],
)
def test_whether_the_entrys_own_remedy_is_ok_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == expected


def test_a_verdict_link_names_what_follows(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.cause_asked("is it ok to exercise with a sore back") == {"exercise"}
    assert sense.cause_asked("is it okay to lift weights with back pain") == {"lift", "weights"}
    # a verdict on what comes before the verdict word, as before
    assert sense.cause_asked("is castor oil ok to use for back pain") == {"castor", "oil"}
    # no link after the verdict word: nothing named, as before
    assert sense.cause_asked("is it good for back pain") == frozenset()
    # the verdict word last: nothing after it to read
    assert sense.cause_asked("is it ok") == frozenset()
    assert sense.cause_asked("is that okay") == frozenset()


def test_verdict_links_are_data() -> None:
    assert cues_from({}, verdict_links=["to"]).verdict_links == {"to"}
    assert cues_from({}).verdict_links == frozenset()


def test_exercise_is_broader_than_yoga(engine: Engine) -> None:
    analyzer = engine.analyzer
    exercise = {t for t, _ in analyzer.concepts("exercise")[0].alternatives}
    yoga = {t for t, _ in analyzer.concepts("yoga")[0].alternatives}
    stretches = {t for t, _ in analyzer.concepts("stretches")[0].alternatives}
    assert "yoga" not in exercise and "stretch" not in exercise  # exercise is no yoga pose
    assert "exercis" in yoga and "exercis" in stretches  # yoga is a kind of exercise


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can i do yoga", "5-exercises-should"),
        ("is pilates or yoga something i could do", "5-exercises-should"),
    ],
)
def test_a_kind_of_exercise_names_an_exercises_entry(question: str, expected: str) -> None:
    clinic = Engine(load_pack(EVAL / "clinic9_faq.json"))
    answer = clinic.ask(question)
    assert answer.match is not None and answer.match.entry.id == expected


def test_stretches_name_a_home_exercises_entry() -> None:
    clinic = Engine(load_pack(EVAL / "clinic4_faq.json"))
    answer = clinic.ask("which stretches should I do at home between sessions")
    assert answer.match is not None and answer.match.entry.id == "will-give-exercises-home"


@pytest.mark.parametrize(
    "question",
    [
        # lay words for a tight muscle reach the plain word "tight", not "tension"
        "what eases back muscles that always feel clenched?",
        "What helps lower back muscles that are constantly clenched",
        "my back muscles feel clenched all the time, what helps",
        "trigger points in my lower back, what helps",
        "lower back full of muscle knots, what helps",
    ],
)
def test_lay_words_for_a_tight_muscle(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == TIGHT_BACK


@pytest.mark.parametrize("lay", ["in a vice", "like a vise", "clenched", "trigger point"])
def test_lay_words_search_tight(engine: Engine, lay: str) -> None:
    found = {t for c in engine.analyzer.concepts(lay) for t, _ in c.alternatives}
    assert "tight" in found and "tension" not in found
