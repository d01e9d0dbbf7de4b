"""quality30 (issue 11): a newcomer's confident wrong answers (an either/or of activity and rest, body
weight as a cause, a condition in another language's spelling) and holdout 27's rest, each class in
other wordings."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.topic_spelling import SpeltTopics


@pytest.mark.parametrize(
    "question",
    [
        # which of two things to do, asked with "or better" / "or should I": no entry says
        "can i walk with back pain or better i stay in the bed and rest",
        "can i walk with back pain or should i stay in bed",
        "can i go for a walk with lower back pain or better to lie down",
        "i do sport with my stiff back or better i stop a week",
        "should i keep moving or would it be better to rest in bed with a bad back",
    ],
)
def test_an_either_or_no_entry_tells_apart_gets_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question",
    [
        # the entry that names both heat and ice still answers the same form
        "can i put the hot water bottle or better the ice on my back",
        "is heat good for my back or would it be better to use ice",
        "is heat good for my back or should i use ice",
    ],
)
def test_an_either_or_the_entry_tells_apart_is_answered(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


@pytest.mark.parametrize(
    "question",
    [
        # body weight, which the pack never names, asked as a cause
        "does the being fat make the back pain worse i have few kilo too much",
        "does my weight make my back pain worse",
        "i am fat, is that why my back hurts",
        "my bmi is 32, is that why my back is stiff",
        "can a big belly cause back pain",
        "i have 20 kg too much, is it bad for my back",
        "does being heavy make back pain worse",
    ],
)
def test_body_weight_is_a_topic_the_pack_lacks(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


def test_lifting_weights_is_no_body_weight(engine: Engine) -> None:
    match = engine.ask("I used to lift weights but stopped, how long to regain muscle").match
    assert match is not None and match.entry.id == "long-take-rebuild-muscle-after-atrophy"


@pytest.mark.parametrize(
    "question",
    [
        # a condition in another language's spelling, or with a slip typo correction cannot reach
        "exercise for back for older woman with osteoporoza",
        "my mother is 70 and has osteoporoza, what stretch for her back can she do",
        "good stretch for back with osteoporose",
        "good stretch for back with osteoporsis",
        "good stretch for my back with scolisis",
    ],
)
def test_a_condition_spelt_otherwise_is_still_that_condition(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.match is None
    assert answer.results and answer.results[0].signals.outside


def test_only_unknown_long_words_near_a_topic_are_read_so() -> None:
    spelt = SpeltTopics([(("osteoporosi",), "osteoporosis"), (("mri",), "mri")])

    def english(word: str) -> bool:
        return word in {"osteopathic"}

    assert spelt.find("she has osteoporoza", english) == ((("osteoporosi",), "osteoporoza"),)
    # an English word, a word aside (the setting), a short word: none
    assert spelt.find("osteopathic care", english) == ()
    assert spelt.find("after osteoporoza", english, frozenset({"osteoporoza"})) == ()
    assert spelt.find("mri scan", english) == ()
    # a different word sharing only the first letters
    assert spelt.find("osteotomy", english) == ()


@pytest.mark.parametrize(
    "question",
    [
        # "A or B" opening a question asks to choose: an entry naming one side is no answer
        # ("hot or cold for lower back pain" now gets the entry naming both: test_quality31)
        "walk or rest for back pain",
        "swimming or yoga for back pain",
    ],
)
def test_a_bare_choice_is_not_answered_by_one_side(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    "question", ["hot or cold for lower back pain", "hot compress or cold compress for back pain"]
)
def test_a_bare_choice_is_answered_by_both_sides_only(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is None or match.entry.id != "fastest-home-remedy-back-pain"


@pytest.mark.parametrize(
    "question",
    [
        "warm or cold for my stiff back",
        "heating pad or ice pack for back",
        "hot water bottle or bag of frozen peas for my back",
        "heat pad or a bag of ice for my stiff back",
    ],
)
def test_a_bare_choice_the_entry_names_is_answered(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_which_words_make_a_bare_choice(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.choice("hot or cold for lower back pain") == ("hot", "cold")
    assert sense.choice("hot compress or cold compress for back pain") == ("hot", "cold")
    # what a bag holds is the thing chosen
    assert sense.choice("hot water bottle or bag of frozen peas for my back") == (
        "bottle",
        "frozen",
    )
    # an error message, a yes/no question, a question word first, "or" at the end: no choice
    assert sense.choice("Conditional jump or move depends on uninitialised value(s)") is None
    assert sense.choice("does ibuprofen or paracetamol help stiff back muscles") is None
    assert sense.choice("what signs or symptoms does SMA have") is None
    assert sense.choice("should I use heat, ice, or something else") is None


@pytest.mark.parametrize(
    "question",
    [
        # "which ... best, A or B": the comparative before the choice (holdout 27's heat patches)
        "Which heat patch for back pain works best, ThermaCare or Salonpas?",
        "which gel is better for a stiff back, Voltaren or Deep Heat?",
        "which cream works best on back pain, Tiger Balm or Biofreeze",
    ],
)
def test_which_is_best_then_the_choice(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


def test_which_is_best_then_a_choice_the_entry_names(engine: Engine) -> None:
    match = engine.ask("which is best for a tight back, heat or ice").match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


@pytest.mark.parametrize(
    "question",
    [
        # "whys" is "why is", as "hows" and "wheres" were
        "after 8hrs at a desk job my hips n bum lock up, whys that",
        "my back goes stiff every time i sit at my desk, whys that",
    ],
)
def test_whys_asks_why(engine: Engine, question: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == "back-get-stiff-sit"
