"""quality26 (issue 11): holdout 26's misses and near-domain answers, each class in other wordings."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.tried import load_tried, tried_words
from backcare.packs.load import load_pack
from tests.conftest import EVAL


@pytest.mark.parametrize(
    "question",
    [
        # a rarer synonym ("tension", one entry) scores no more than the typed word ("tight")
        "back tight after work every day, what should I do",
        # something already tried is not what is asked (the spinal-tension entry is a stretch)
        "I've been trying stretches for weeks but my back is still tight, any other ideas",
        "tried yoga and it didn't help, what else can i do for a tight back",
        "what else helps a tight back apart from stretching",
    ],
)
def test_a_tight_back_is_the_tight_back_entry(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_what_was_tried_is_read_up_to_the_clause_end(engine: Engine) -> None:
    cues = load_tried()
    stop = engine.matcher.analyzer.stopwords
    said = "I've tried a bit of stretching but my back is tight"
    assert tried_words(said, stop, cues) == {"stretching"}
    # a word said again outside what was tried is still asked about
    assert tried_words("tried heat packs on my back, what helps my back", stop, cues) == {
        "heat",
        "packs",
    }
    # "try" asks about what it names; "beside" is no "besides"
    assert not tried_words("should I try heat for my back", stop, cues)
    assert not tried_words("why do the muscles beside the spine waste away", stop, cues)


@pytest.mark.parametrize(
    "question",
    [
        # a price of a pack with no prices, whatever the thing priced is for
        "what's the price of a massage for spinal tension",
        "how much is a sports massage to loosen my erector spinae",
        # the best product
        "what's the best office chair for lower back stiffness",
        "whats the best desk chair if my back gets stiff sitting",
        # a measurement
        "can paraspinal muscle atrophy be measured on a scan",
    ],
)
def test_a_type_the_pack_never_answers_gets_no_answer(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the best stretch is a remedy's to name; "free up" is no price
        ("what's the best stretch for a tight back", "relieve-spinal-tension"),
        ("Is there a technique to free up my spinal erectors?", "loosen-erector-spinae"),
    ],
)
def test_a_remedy_asked_as_the_best_or_to_free_up_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.match is not None and answer.match.entry.id == expected


@pytest.mark.parametrize(
    ("pack", "question", "expected"),
    [
        # a candidate naming a price in its answer ("Charges", "Free") answers a price
        ("clinic9_faq.json", "how much does it cost to park", "15-where-park-find-department"),
    ],
)
def test_a_price_named_in_an_answer_is_answered(pack: str, question: str, expected: str) -> None:
    answer = Engine(load_pack(EVAL / pack)).ask(question)
    assert answer.match is not None and answer.match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "why do institutions atrophy over time",
        "what is the biggest reason nonprofits atrophy",
    ],
)
def test_the_atrophy_of_an_institution_is_no_muscles(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "took a year off the weights and lost loads of size, how long to get it back",
        "I've lost so much size since my op, how long to rebuild it",
    ],
)
def test_lost_size_is_muscle_lost(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.match is not None
    assert answer.match.entry.id == "long-take-rebuild-muscle-after-atrophy"


def test_a_dress_size_lost_is_no_muscle(engine: Engine) -> None:
    assert not engine.ask("I lost a dress size and now my back aches, is that normal").answered


@pytest.mark.parametrize(
    "question",
    ["what would we notice if he has it", "what might you notice first", "would you notice it"],
)
def test_what_one_would_notice_asks_the_signs(engine: Engine, question: str) -> None:
    assert engine.matcher.sense.types(question).types == {"symptoms"}


def test_relatives_and_mentions_name_no_subject(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert all(sense.generic(w) for w in ("nephew", "nieces", "mentioned", "noticed"))
