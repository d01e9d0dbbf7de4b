"""quality40 (issue 11): holdout 30's misses of question type and of things tried. A question word's
cue right after "not" sets its type aside when a later cue of another type asks ("Not how long it
lasts - what causes ..."); a denied cue ("won't loosen up") is not the type asked when another cue
is not denied; "what else works" asks a remedy; a failure written without an apostrophe ("didnt
help") marks what was tried, and a tried word spelt otherwise ("ibuprofin") is no topic asked.
Each case in other wordings than the sets'."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.intent import Sense
from tests.answered import answered

ERECTORS_TIGHT = "spinal-erectors-tight"
SIT_STIFF = "back-get-stiff-sit"
TIGHT_MUSCLES = "get-rid-tight-muscles"
HOME_REMEDY = "fastest-home-remedy-back-pain"
LOOSEN = "loosen-erector-spinae"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Not how long it lasts, why does my back go stiff at my desk?", "cause"),
        ("not why it happens - how long does it usually last?", "duration"),
        ("My erectors won't loosen up, what's causing that?", "cause"),
        ("my back won't release, what's the reason", "cause"),
        # untouched: the negation after the asking cue, a type set aside with no other asking
        ("how do I not hurt my back", "remedy"),
        ("I understand why my erectors are tight, but how do I loosen them", "remedy"),
    ],
)
def test_a_type_set_aside_or_denied_is_not_asked(sense: Sense, question: str, kind: str) -> None:
    assert sense.types(question).types == frozenset({kind})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Not how long it lasts - what makes my back stiffen when I'm sitting?", SIT_STIFF),
        ("My spinal erectors won't let go - what's causing it?", ERECTORS_TIGHT),
        ("Stretching doesnt help my tight muscles, what else works?", TIGHT_MUSCLES),
        (
            "took paracetamol already didnt help, what can i do at home for back pain fast",
            HOME_REMEDY,
        ),
        ("home remedy for back pain fast? took ibuprofin already", HOME_REMEDY),
    ],
)
def test_holdout30s_classes_are_answered(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Not how long it lasts - what causes a stiff knee after sitting?",
        "Ibuprofen didnt help my headache, what else works?",
        "The bolt won't loosen up - what's causing it?",
    ],
)
def test_their_twins_elsewhere_are_not_answered(engine: Engine, question: str) -> None:
    assert answered(engine, question) is None
