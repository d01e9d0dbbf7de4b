"""quality48 (issue 11): holdout 33's classes, in other words than the set's.

A word speech-to-text wrote as two ("muscle a trophy", "erect tours") is read whole; a cure named as
a way to get relief ("a home cure", "natural cure") asks a remedy, a bare "cure" still whether it
can be cured; "LBP" is a back and "PT" a person of care; passing a condition to one's children asks
whether it is inherited, "by how much" a figure; a price said not to be wanted ("I don't want to
pay") asks none, a price sign beside a figure ("under $20") one; a guess at a cause put for
confirmation ("so it must be ..., right?") asks why."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.split_words import rejoined
from tests.answered import answered

STOP = frozenset({"a", "in", "the", "my", "i", "of", "is", "to"})
PACK = {"muscle", "atrophy", "erector", "erectors", "tight", "injury", "back", "loosen"}


def _unknown(word: str) -> bool:
    return word not in PACK and word not in STOP


def _closest(joined: str, edits: int) -> str | None:
    from backcare.engine.spelling import within_edits

    if joined in PACK:
        return joined
    found = within_edits(joined, sorted(w for w in PACK if w[0] == joined[0]), edits, limit=1)
    return found[0][0] if edits and found else None


def test_two_words_heard_for_one_are_read_whole() -> None:
    assert rejoined("how to rebuild muscle a trophy fast", _unknown, _closest, STOP) == (
        "how to rebuild muscle atrophy fast",
        (("a trophy", "atrophy"),),
    )
    # two edits off a pack word, both parts unknown to it
    assert rejoined("loosen my erect tours", _unknown, _closest, STOP)[0] == "loosen my erectors"


def test_short_or_unrelated_words_are_not_joined() -> None:
    # a stop word joins no short word ("in jury" is no injury), nor away from the pack's words
    assert rejoined("back pain and in jury duty", _unknown, _closest, STOP)[1] == ()
    assert rejoined("I won a trophy today", _unknown, _closest, STOP)[1] == ()
    # punctuation parts them; words the pack knows are not joined
    assert rejoined("muscle a, trophy", _unknown, _closest, STOP)[1] == ()
    assert rejoined("tight back", _unknown, _closest, STOP)[1] == ()
    # a pack word beside an unknown one is two words, not one misheard ("Erector set")
    assert rejoined("my Erector set pieces", _unknown, _closest, STOP)[1] == ()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what usually causes muscle a trophy", "greatest-cause-muscle-atrophy"),
        ("how do I loosen my erect tours", "loosen-erector-spinae"),
        ("natural cure for a sore back", "fastest-home-remedy-back-pain"),
        ("any quick cures for back pain I can do at home?", "fastest-home-remedy-back-pain"),
        ("best home remedy for LBP", "fastest-home-remedy-back-pain"),
        ("I don't want to pay for anything, how do I loosen my erector spinae at home?", "loosen-erector-spinae"),
    ],
)  # fmt: skip
def test_the_answerable_question_is_answered(engine: Engine, question: str, entry: str) -> None:
    assert answered(engine, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "Is there a cure for spinal muscular atrophy?",
        "I won a trophy at the gym, how do I celebrate",
        "if I have spinal muscular atrophy will I pass it to my children",
        "does muscle atrophy make you weaker and by how much",
        "How much does a sports massage cost?",
    ],
)
def test_a_question_off_the_page_is_not_answered(engine: Engine, question: str) -> None:
    assert answered(engine, question) is None


def test_a_guessed_cause_put_for_confirmation_asks_why(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.types("my back is stiff so it must be my mattress, right?").types == {"cause"}
    assert sense.types("my erectors ache, must be from the gym?").types == {"cause"}


def test_a_price_named_by_its_sign_is_asked(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.named_types("foam roller for a stiff back under £15") == {"cost"}
    assert sense.named_types("is 20€ too much for a back massage") == {"cost"}
    # a price in the story of a question asked by a question word is the story's
    assert sense.named_types("I spent $50 on a massage, why is my back still tight?") == set()
    assert answered(engine, "foam roller for a stiff back under £15") is None


def test_a_negated_price_is_not_asked(engine: Engine) -> None:
    sense = engine.matcher.sense
    assert sense.named_types("I don't want to pay for a massage, how do I loosen my back") == set()
    assert sense.named_types("how much does it cost to see someone about my back") == {"cost"}
