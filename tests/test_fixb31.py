"""fixB (session 31): quality67's unknown-subject rule ("can I go swimming with back pain": a word
the pack never saw beside only its common subject is what the question asks about) skipped an
entry answering the type asked, but not an entry answering a type the asked type also accepts
(`Asked.also`: what to avoid in a flare-up is answered by what helps it). Such an entry is asked
of too, so a word the pack never saw then says when or how ("flares", "recurs"), not what about."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.answered import answered


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack(None), semantic=False)


@pytest.mark.parametrize(
    "question",
    [
        "what should i avoid when my back pain worsens suddenly",
        "what should you avoid when your back pain returns",
        "what should i avoid when back pain strikes",
        "what to avoid when my back pain recurs",
        "what should i avoid if my back pain rebounds",
        "what should i avoid when my back pain intensifies",
        "things to avoid when back pain flares",
        "what must i avoid if my back pain flares up again",
    ],
)
def test_what_to_avoid_when_the_pain_does_something_unknown_gets_the_remedy_entry(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) == "fastest-home-remedy-back-pain"


@pytest.mark.parametrize(
    "question",
    [
        # no type the entry answers or accepts: the unknown word is still what it asks about
        "can i go swimming when my back pain flares up",
        "can i go skiing when my back pain recurs",
        "is chocolate bad when my back pain returns",
        # another food or activity the pack never saw, with what to avoid
        "what should i avoid eating with back pain",
        "what should i avoid when skiing with a stiff back",
        # another body part than the pack's
        "what should i avoid with a sore knee that flares up",
    ],
)
def test_an_unknown_subject_without_an_accepted_type_stays_unanswered(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) is None
