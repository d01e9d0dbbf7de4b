"""quality24 (issue 11): holdout 25's near-domain classes and misses, each in other wordings."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.conftest import EVAL


@pytest.mark.parametrize(
    "question",
    [
        # a product's size: what the thing is for ("to loosen") is no second question
        "what size of spiky ball works best to release my erector spinae",
        "how big is the right peanut ball for loosening spinal erectors",
        # a statistic
        "what proportion of people get a stiff back from sitting at work",
        "how many people worldwide have muscle atrophy",
        # an anatomy fact
        "which muscles make up the erector spinae group",
        "what is the erector spinae consists of",
        # a wait after surgery before an activity (not how long a stiff back lasts)
        "how long after a back operation can I drive",
        "how long after a back operation can I go back to the gym",
        # a statistic in working days
        "how many working days does a stiff back cost a year",
        # whether something is safe
        "is it safe to use a heat pack on my back all night",
        "is it dangerous to fall asleep with a heating pad on my back",
    ],
)
def test_a_question_of_a_type_no_entry_asks_gets_no_answer(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "why do paravertebral muscles get weaker",
        "what causes the muscles next to the vertebrae to waste away",
        "my paravertebrals have shrunk, what causes that",
    ],
)
def test_paravertebral_muscles_are_the_paraspinal_ones(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "causes-paraspinal-muscle-atrophy"


@pytest.mark.parametrize(
    ("pack", "question", "expected"),
    [
        ("clinic_faq.json", "is there parking now", "parking"),
        ("clinic_faq.json", "where can I park basically", "parking"),
        ("clinic5_faq.json", "is there parking now", "there-parking"),
    ],
)
def test_conversational_filler_costs_no_answer(pack: str, question: str, expected: str) -> None:
    # newcomer16 F7: "where do i park now" was 45.5 and no answer, "... please" 100; "now",
    # "currently", "basically" frame a question (data/framing_words.txt), as "please" does
    ranking = Engine(load_pack(EVAL / pack)).ask(question).ranking
    assert ranking.confident and ranking.matches[0].entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "should i go to a and e for a stiff back",
        "how long is the wait in a and e for back pain",
        "is it worth going to a and e for back pain",
    ],
)
def test_a_and_e_is_the_emergency_department(engine: Engine, question: str) -> None:
    # newcomer16: "a and e" typed out is A&E, a topic no bundled entry answers ("should i go to
    # a and e for a stiff back" was "How long does a stiff back last?" at 100); after "to", "at",
    # "in" only, so "vitamins a and e" is no hospital
    assert not engine.ask(question).answered
    assert any("a and e" in written for _, written in engine.matcher.analyzer.topics(question))


def test_vitamins_a_and_e_are_no_hospital(engine: Engine) -> None:
    topics = engine.matcher.analyzer.topics("are vitamins a and e good for back pain")
    assert [written for _, written in topics] == ["vitamins"]
