"""quality31 (issue 11): holdout 27's rest and classes strangers' questions share, each class in
other wordings than the set's."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine


@pytest.mark.parametrize(
    "question",
    [
        # the words of a symptoms cue ("clinical features", "which features") say what is
        # asked: the signs entry answers them by its type, though it never says them
        "Which clinical features point towards SMA?",
        "Which features point towards SMA?",
        "which clinical features might point towards SMA in my baby?",
        "What features point towards spinal muscular atrophy, in your view?",
    ],
)
def test_the_words_of_a_type_cue_are_answered_by_the_type(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "signs-symptoms-spinal-muscular-atrophy"


@pytest.mark.parametrize(
    "question",
    [
        # the cue's words answered by the type do not name a subject the pack lacks
        "what are the clinical features of sciatica",
        "which clinical features point to a slipped disc",
        "what is the clinical presentation of a herniated disc",
        "which features point towards kidney stones",
        # a product's features are no symptoms: the sitting entry does not answer them
        "what features does a good office chair have for back pain",
    ],
)
def test_a_type_cue_asked_of_another_subject_gets_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # a choice between two things: the entry that names both (heat, ice) ranks above the
        # one that names one side (the home remedy's heat patch), and so answers it
        "hot or cold for lower back pain",
        "hot compress or cold compress for back pain",
        "warm compress or ice for back pain",
        "hot or cold for my lower back pain?",
    ],
)
def test_a_choice_ranks_the_entry_naming_both_sides_first(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.ranking.matches[0].entry.id == "helps-tight-back-muscles"
    assert answer.match is not None


@pytest.mark.parametrize(
    "question",
    [
        # no entry names both sides, or the choice is for another body part: no answer
        "walk or rest for back pain",
        "ibuprofen or paracetamol for back pain",
        "hot or cold for a sprained ankle",
        "tennis ball or lacrosse ball for back massage",
    ],
)
def test_a_choice_no_entry_answers_gets_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # how to prevent something no entry says how to prevent: no answer (the home remedy
        # relieves back pain, it does not say how to prevent it)
        "how do I prevent back pain",
        "how can i prevent lower back pain",
        "how do you prevent muscle atrophy",
        "how can i avoid sciatica",
    ],
)
def test_prevention_no_entry_answers_gets_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # the sitting entry's answer says how to avoid back stiffness: it answers how to avoid
        # it, asked beside why sitting stiffens the back or alone
        "I drive for a living and my back locks up after long trips. Why does sitting do that "
        "and how can I avoid it?",
        "what is it about sitting at a desk that stiffens my back, and how do I prevent it",
        "how can I avoid back stiffness when I sit at a desk all day",
    ],
)
def test_prevention_an_answer_says_is_answered(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "back-get-stiff-sit"


def test_prevention_is_asked_of_a_problem_not_of_an_action(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.types("how do I prevent back pain").types == {"prevention"}
    assert sense.types("how can I avoid it").types == {"prevention"}
    # an action after the cue: how to do something (StackFAQ's "prevent google from showing")
    assert sense.types("How do I prevent google from showing some sites").types == {"remedy"}
    assert sense.types("How to avoid downloading attachments").types == {"remedy"}


def test_an_answer_says_what_it_prevents(engine: Engine) -> None:
    sense = engine.matcher.sense
    said = sense.answer_types("Sit up. To avoid back stiffness, use an upright posture.")
    assert said.keys() == {"prevention"}
    assert {"stiff", "back"} <= said["prevention"] and "sit" not in said["prevention"]
    # an imperative "avoid" is advice, not an answer to how to prevent
    assert sense.answer_types("Avoid prolonged static posture.") == {}
    assert sense.cue_objects("how to avoid a stiff back at work", frozenset({"prevention"})) == {
        "stiff",
        "back",
    }


@pytest.mark.parametrize(
    "question",
    [
        # a cue among what is said to be absent ("no ... leg symptoms") is not what is asked:
        # these ask whether (and so why) the paraspinal muscles waste
        "Can the paraspinal muscles waste even if there's no sciatica or leg symptoms?",
        "can the multifidus atrophy without any leg symptoms",
        "can paraspinal atrophy happen without sciatica symptoms",
    ],
)
def test_a_cue_said_to_be_absent_is_not_asked(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "causes-paraspinal-muscle-atrophy"


@pytest.mark.parametrize(
    "question",
    [
        # a cue that starts with a question word still asks, "no" before it or not
        "my baby has no signs of SMA yet, what should we watch out for",
        "no idea about SMA, what are the symptoms",
    ],
)
def test_a_question_word_cue_asks_after_no(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "signs-symptoms-spinal-muscular-atrophy"
