"""quality33 (issue 11): classes behind right answers given unconfidently and near questions
answered, each in other wordings than the sets'."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.cues import cues_from

SIGNS = "signs-symptoms-spinal-muscular-atrophy"


@pytest.mark.parametrize(
    "question",
    [
        # "what problems does X cause" asks X's effects: the signs entry answers, confidently
        "my niece has spinal muscular atrophy, what problems can it cause",
        "what issues does spinal muscular atrophy cause in babies",
        "what problems will SMA give my daughter",
        "we just heard our son has SMA. What kinds of problems does it cause day to day?",
        "what health problems does SMA lead to",
    ],
)
def test_problems_a_condition_causes_are_its_signs(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == SIGNS


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what problems does it cause", "symptoms"),
        ("what issues can it cause", "symptoms"),
        # the problems as the cause: still a cause question
        ("what problems cause back stiffness", "cause"),
        ("why does SMA cause problems", "cause"),
    ],
)
def test_problems_it_causes_ask_effects_not_causes(
    engine: Engine, question: str, expected: str
) -> None:
    assert engine.matcher.sense.types(question).types == {expected}


@pytest.mark.parametrize(
    "question",
    [
        # a verdict asked on something the pack never names: no entry answers it
        "Is castor oil a good home remedy for back pain?",
        "are copper bracelets an effective remedy for back pain",
        "Is turmeric a good home remedy for back pain?",
        "are epsom salts a good remedy for a tight back",
        "is turmeric effective for back pain",
        "is apple cider vinegar okay to use for a stiff back",
    ],
)
def test_a_verdict_on_what_no_entry_names_is_no_answer(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the thing judged is the entry's own: still answered
        ("is heat good for a stiff back", "helps-tight-back-muscles"),
        ("is massage good for tight erector spinae", "loosen-erector-spinae"),
        # "useful" is stemmed "use" and is no verdict word: no verdict on "it legal to"
        ("is it useful to stretch for spinal tension", "relieve-spinal-tension"),
    ],
)
def test_a_verdict_on_what_the_entry_names_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == expected


def test_the_verdict_names_what_comes_before_it(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.cause_asked("Is fish oil a good home remedy for a stiff back?") == {"fish", "oil"}
    assert sense.cause_asked("are magnesium flakes an effective home remedy for back pain") == {
        "magnesium",
        "flakes",
    }
    assert sense.cause_asked("is it good for back pain") == frozenset()  # names nothing
    assert sense.cause_asked("what is a good home remedy for back pain") == frozenset()  # open
    # a loose cause question names its cause as before
    assert sense.cause_asked("can stress cause back pain") == {"stress"}


def test_verdict_words_are_data() -> None:
    from backcare.engine.cue_places import verdict_place

    stems = ("is", "tea", "fine", "for", "it")
    fine = cues_from({}, verdicts=["fine"], yes_no=["is"])
    assert verdict_place(fine, stems, ()) == 2
    assert verdict_place(cues_from({}, yes_no=["is"]), stems, ()) is None
    # a verdict after the first strong cue is not the question's verdict
    assert verdict_place(fine, stems, ((1, 1, ("x", True)),)) is None
