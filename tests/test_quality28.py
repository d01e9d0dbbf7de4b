"""quality28: StackFAQ questions lost to holdout 26's cues (a how-to worded as "the best way", measuring
something oneself, an aim under way read as something tried), and back-care questions of a kind the
bundled pack cannot answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.analyze import default_analyzer
from backcare.engine.answer import Engine
from backcare.engine.intent import Sense
from backcare.engine.tried import load_tried, tried_words
from backcare.packs.load import load_pack


@pytest.mark.parametrize(
    "question",
    [
        "What is the best way to remove my facebook account?",
        "what's the best way to export my contacts",
        "whats the best way to loosen my erector spinae",
        "What are the best ways to back up my photos?",
        "which is the best way to relax my back",
    ],
)
def test_the_best_way_to_do_something_asks_how_not_which_is_best(
    sense: Sense, question: str
) -> None:
    # "what is the best" asks for the best product, a type a pack must answer by name; "the best
    # way to" asks how to do something, which a how-to entry answers
    assert sense.types(question).types == {"remedy"}
    assert "comparison" not in sense.named_types(question)


@pytest.mark.parametrize(
    "question", ["what's the best office chair for back pain", "what is the best mattress"]
)
def test_the_best_thing_is_still_a_comparison(sense: Sense, question: str) -> None:
    assert "comparison" in sense.named_types(question)


@pytest.mark.parametrize(
    "entry",
    [
        "How can I measure distance in Google Maps?",
        "How do I measure the size of a folder?",
        "How to measure my screen's resolution",
    ],
)
def test_measuring_something_oneself_is_a_how_to(sense: Sense, entry: str) -> None:
    # a how-to question ("how can i find how far apart two pins are") is answered by it
    assert "remedy" in sense.entry_types([entry])
    assert "measurement" not in sense.entry_types([entry])


@pytest.mark.parametrize(
    "question",
    [
        "How is paraspinal muscle atrophy measured on an MRI?",
        "how do doctors measure muscle loss",
        "can back stiffness be measured",
    ],
)
def test_a_measurement_by_others_is_still_asked_alone(sense: Sense, question: str) -> None:
    assert sense.types(question).types == {"measurement"}


def _tried(text: str) -> frozenset[str]:
    return tried_words(text, default_analyzer().stopwords, load_tried())


@pytest.mark.parametrize(
    "question",
    [
        "I'm getting glitches in google docs because is trying to save my document too often",
        "I'm trying to loosen my back, what helps",
        "the app keeps trying to sync my calendar, how do I stop it",
    ],
)
def test_an_aim_under_way_is_asked_not_tried(question: str) -> None:
    assert _tried(question) == frozenset()


@pytest.mark.parametrize(
    ("question", "tried"),
    [
        ("I've tried stretching but my back still feels tight, what else helps", "stretching"),
        ("tried to stretch it out but still tight, what else", "stretch"),
        ("trying stretches and heat but nothing works", "stretches"),
    ],
)
def test_what_was_tried_is_still_not_asked(question: str, tried: str) -> None:
    assert tried in _tried(question)


@pytest.mark.parametrize(
    "question",
    [
        "how is muscle atrophy measured",
        "how is back stiffness measured?",
        "How are the paraspinal muscles measured",
        "how can muscle wasting be measured",
    ],
)
def test_how_is_it_measured_asks_a_measurement(sense: Sense, question: str) -> None:
    assert sense.types(question).types == {"measurement"}


@pytest.mark.parametrize(
    "question",
    ["how is muscle atrophy measured", "how are tight back muscles measured"],
)
def test_no_entry_of_the_bundled_pack_tells_how_it_is_measured(
    engine: Engine, question: str
) -> None:
    # its causes, signs and recovery time are no measurement
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        "how do i stop my back pain from coming back again",
        "how can I keep my back pain from coming back",
        "how to stop a stiff back from returning",
        "ways to stop back pain from coming back",
        "what can I do to stop it happening again",
    ],
)
def test_stopping_a_problem_coming_back_asks_prevention(sense: Sense, question: str) -> None:
    assert sense.types(question).types == {"prevention"}


@pytest.mark.parametrize(
    "question",
    [
        "how do i stop my back pain from coming back again",
        "how can I keep my back pain from coming back",
        "ways to stop back pain from coming back",
    ],
)
def test_the_bundled_pack_has_no_prevention_entry_to_answer_it(
    engine: Engine, question: str
) -> None:
    # what helps tight back muscles now is not how to keep the pain from returning
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how do i loosen my erector spinae", "loosen-erector-spinae"),
        (
            "how long till muscle comes back after it has atrophied",
            "long-take-rebuild-muscle-after-atrophy",
        ),
        ("what causes muscle atrophy", "greatest-cause-muscle-atrophy"),
    ],
)
def test_questions_the_pack_answers_keep_their_answers(
    engine: Engine, question: str, expected: str
) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "what painkiller should i take for a sore back",
        "which painkillers are ok for backache",
        "what is the best medication for back pain",
        "which tablets help a stiff back",
        "what pills can i take for my back",
        "which over the counter painkillers work for tight back muscles",
    ],
)
def test_which_medicine_of_a_kind_is_not_answered_by_a_list_naming_the_kind(
    engine: Engine, question: str
) -> None:
    # "Pain medication." in the list of what helps, or the how-long entry, does not say which
    match = engine.ask(question).match
    assert match is None


@pytest.mark.parametrize(
    "question",
    [
        "can I take pain medication for tight back muscles",
        "does ibuprofen help a stiff back",
        "what should i do about my painkillers and my tight back muscles",
    ],
)
def test_a_kind_not_asked_which_of_keeps_its_answer(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_an_entry_about_the_kind_answers_which_one(tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(
        json.dumps(
            {
                "entries": [
                    {
                        "id": "painkillers",
                        "question": "Which painkillers can I take for back pain?",
                        "answer": "Paracetamol or ibuprofen, as the leaflet says.",
                    },
                    {
                        "id": "helps",
                        "question": "What helps back pain?",
                        "answer": "Heat, movement and pain medication.",
                    },
                    {
                        "id": "sleep",
                        "question": "How should I sleep with back pain?",
                        "answer": "On your side with a pillow between your knees.",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    match = Engine(load_pack(pack)).ask("what painkillers are ok for back pain").match
    assert match is not None and match.entry.id == "painkillers"


@pytest.mark.parametrize(
    "question",
    [
        "can stress cause back pain",
        "could anxiety cause tight back muscles",
        "does worry cause a stiff back",
        "can dehydration cause back pain?",
    ],
)
def test_a_cause_the_pack_never_names_gets_no_confident_answer(
    engine: Engine, question: str
) -> None:
    # the fastest home remedy for back pain does not say whether stress causes it
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does sitting at a desk cause a stiff back", "back-get-stiff-sit"),
        ("does SMA cause breathing problems", "signs-symptoms-spinal-muscular-atrophy"),
        ("can lack of exercise cause muscle atrophy", "greatest-cause-muscle-atrophy"),
        (
            "My physio mentioned my multifidus might be wasted. Can you explain what causes it?",
            "causes-paraspinal-muscle-atrophy",
        ),
    ],
)
def test_a_cause_the_entry_names_keeps_its_answer(
    engine: Engine, question: str, expected: str
) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected


def test_the_cause_asked_is_what_stands_before_the_cue(sense: Sense) -> None:
    assert sense.cause_asked("can stress cause back pain") == {"stress"}
    assert sense.cause_asked("can you explain what causes back pain") == frozenset()
    assert sense.cause_asked("why does stress cause back pain") == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "wat helps a tight lower bak",
        "what helps a tight lower bakc",
        "wat helps with a tight lower bck",
    ],
)
def test_a_word_beside_a_typo_makes_its_phrase_with_the_word_meant(
    engine: Engine, question: str
) -> None:
    # "lower" alone is only spinal tension's tag; "lower back" is the back, as when typed right
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


@pytest.mark.parametrize(
    "text", ["Reverse image search engine [closed]", "How do I reverse the order of my photos?"]
)
def test_reverse_as_a_verb_or_adjective_asks_no_prognosis(sense: Sense, text: str) -> None:
    assert "prognosis" not in sense.entry_types([text])


@pytest.mark.parametrize(
    "question",
    [
        "can muscle atrophy be reversed",
        "is muscle atrophy reversible",
        "is SMA reversible?",
        "is paraspinal atrophy irreversible",
    ],
)
def test_whether_it_can_be_reversed_still_asks_prognosis(sense: Sense, question: str) -> None:
    assert sense.types(question).types == {"prognosis"}
