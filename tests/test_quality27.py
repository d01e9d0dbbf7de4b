"""quality27: whether a problem comes back is not how long it lasts, and a named medicine is not
answered by a list that says "pain medication" in passing."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare.engine.answer import Engine
from backcare.engine.intent import Sense
from backcare.packs.load import load_pack

EVAL = Path(__file__).parent / "eval"


RECURRING = [
    "will my back pain come back again after it gets better",
    "is back pain likely to recur",
    "will the stiffness keep coming back",
    "can back pain return after it goes away",
    "will my back pain return",
    "what are the chances of it coming back once it's gone",
    "my stiff back keeps coming back, is that normal",
    "will my stiff back happen again",
]


@pytest.mark.parametrize("question", RECURRING)
def test_a_recurrence_question_asks_whether_it_comes_back(sense: Sense, question: str) -> None:
    assert sense.types(question).types == {"recurrence"}


@pytest.mark.parametrize("question", RECURRING)
def test_no_entry_of_the_bundled_pack_answers_whether_it_comes_back(
    engine: Engine, question: str
) -> None:
    # "How long does a stiff back last?" answers how long, not whether it returns
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # muscle that comes back after atrophy is regained, not a problem recurring
        ("how long until my muscles come back", "long-take-rebuild-muscle-after-atrophy"),
        (
            "how long till muscle comes back after it has atrophied",
            "long-take-rebuild-muscle-after-atrophy",
        ),
        ("how long does a stiff back last", "long-stiff-back-last"),
        # a medicine asked whether it helps: the entry lists what helps
        ("does ibuprofen help a stiff back", "helps-tight-back-muscles"),
        ("does ibuprofen or paracetamol help stiff back muscles", "helps-tight-back-muscles"),
        # the kind itself, as the entry says it
        ("can I take pain medication for tight back muscles", "helps-tight-back-muscles"),
    ],
)
def test_regaining_muscle_and_what_helps_keep_their_answers(
    engine: Engine, question: str, expected: str
) -> None:
    match = engine.ask(question).match
    assert match is not None
    assert match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "which painkillers are ok for backache, can i take ibuprofen",
        "can i take ibuprofen for backache",
        "is ibuprofen ok for back pain",
        "is naproxen alright for a sore back",
        "should i take co-codamol for my tight back muscles",
    ],
)
def test_a_named_medicine_is_not_answered_by_pain_medication_in_passing(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question, top=1)
    assert answer.match is None
    assert answer.results[0].signals.outside  # the medicine is named as what the pack never says


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an entry about painkillers (its question says so) answers for one of them
        ("is it ok to take co-codamol every day", "should-take-painkillers-every-day"),
        # ... and one about pain medication for another kind of painkiller
        ("am i addicted to my tramadol", "im-worried-im-becoming-dependent-pain"),
    ],
)
def test_an_entry_about_medicines_answers_for_a_named_one(question: str, expected: str) -> None:
    match = Engine(load_pack(EVAL / "clinic8_faq.json")).ask(question).match
    assert match is not None
    assert match.entry.id == expected


@pytest.mark.parametrize(
    ("pack", "question", "expected"),
    [
        # a flare-up is what the entry is about: no recurrence cue may take its words
        ("clinic8_faq.json", "what should i do when it flares up again", "should-during-flare-up"),
        # a return to work is no problem coming back
        ("clinic7_faq.json", "can i have a phased return", "phased-return-work-after-back-pain"),
    ],
)
def test_words_of_coming_back_that_name_the_subject_keep_their_answers(
    pack: str, question: str, expected: str
) -> None:
    match = Engine(load_pack(EVAL / pack)).ask(question).match
    assert match is not None
    assert match.entry.id == expected
