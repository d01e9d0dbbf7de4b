"""s32 fixD (issue #12): a child's fever told with an age between the child and the reading.

An age in brackets of its own or between commas is a clause of its own (reading.tokenize,
safety77), and a phrase never crossed a clause, so "<person> <any> is <fever_point>" could not
read "my nephew (6) was 39.2". A phrase word that is a number class alone may now read such an
aside and the phrase go on in the next clause (reading._through_aside). "aged 4", "6 months",
"who is 2" have phrases of their own, each with a calm twin sense ending in a unit, as long as
the fever phrase, so a weight or a price told of a child stays calm.
"""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from backcare.engine.safety.reading import PhraseIndex, tokenize
from tests.safety_cases import SAFETY


def tier(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


def concepts(question: str) -> list[str]:
    return [m.concept for m in load_safety().read(question)[1]]


# a child's fever with their age between, and a back sign: at least urgent
REAL_SIGNS = [
    "my nephew (6) was 39.2 last night and now cries when he bends, holding his lower back",
    "Granddaughter (4) is 39.6 and cries out when her back is touched, her back really hurts",
    "my son, 7, has 38.9 and says his back hurts when he walks",
    "our baby (8 months) was 38.7 this morning and arches her back screaming when we lift her",
    "my niece aged 5 is 39.4 and is holding her back, she won't sit up",
    "my daughter who is 3 has 39.1 since yesterday and won't bend because her back hurts",
    "my 4yo is 38.8 tonight and keeps holding his back and limping",
    "my little boy who's 2 was 40.1 and screams when we pick him up, his back seems sore",
    "my grandson (10 weeks) has 38.3 and goes stiff and cries when we touch his back",
]

# the same shapes with no fever: a weight, a height, a price, a time, a thing's size
CALM_TWINS = [
    "my nephew (6) was 39.2 kg at his last check, is that heavy for his back?",
    "the chair (used) was 39.95 and my back is fine in it",
    "size 10 is 40.5 cm, will that backpack suit my back?",
    "the 2 of us were 39.5 quid for the back class",
    "my son, 7, has 38.9 cm round his waist, what's a good backpack for him?",
    "my niece aged 5 is 39.4 inches tall, is her posture ok for her back?",
    "my daughter who is 3 was 38.5 seconds faster on the climbing frame, her back is fine",
    "baby (8 months) was 40.5 cm long at birth, does carrying him hurt my back",
    "my boy who's 9 was 38.6 kg at the school nurse, is a 5 kg schoolbag too heavy for his back?",
]


def test_each_class_has_at_least_eight() -> None:
    assert len(REAL_SIGNS) >= 8 and len(CALM_TWINS) >= 8


@pytest.mark.parametrize("question", REAL_SIGNS)
def test_a_childs_fever_with_an_age_between_is_urgent(question: str) -> None:
    assert tier(question) in ("emergency", "urgent")


@pytest.mark.parametrize("question", CALM_TWINS)
def test_a_measure_told_with_an_age_raises_nothing(question: str) -> None:
    assert ids(question) == []


def ids(question: str) -> list[str]:
    return [f.id for f in SAFETY.check(question)]


@pytest.mark.parametrize(
    "question",
    [
        "my nephew (6) was 39.2",
        "my nephew, 6, was 39.2",
        "grandson (3) is 38.9",
        "niece aged 4 is 39.1",
        "baby (6 months) was 39.2",
        "son who is 2 is 38.9",
        "my son, who is 2, is 38.9",
        "my daughter who's 5 has 39.6",
    ],
)
def test_the_fever_is_read(question: str) -> None:
    assert "FEVER" in concepts(question)


@pytest.mark.parametrize(
    "question",
    [
        "the chair (used) was 39.95",
        "size 10 is 40.5 cm",
        "the 2 of us were 39.5 quid",
        "my son (8) was 39.5 kg",
        "my son 8 was 39.5 kg",
        "my niece aged 9 was 38.5 cm tall",
        "my son who is 6 was 39.5 seconds faster",
        "bought 2 chairs (3) was 39.95",
    ],
)
def test_no_fever_is_read(question: str) -> None:
    assert "FEVER" not in concepts(question)


def _index(*phrases: str) -> PhraseIndex:
    return PhraseIndex([("X", p) for p in phrases], {"any": (0.0, 1e6, ""), "f": (37.8, 42.5, "")})


def _tokens(text: str) -> list:  # type: ignore[type-arg]
    return tokenize(text, frozenset(), frozenset(), frozenset())


def test_a_number_word_reads_an_aside_and_goes_on() -> None:
    index = _index("nephew <any> was <f>")
    assert [f.positions for f in index.find(_tokens("nephew (6) was 39.2"), frozenset())] == [
        (0, 1, 2, 3)
    ]


def test_a_plain_word_never_crosses_a_clause() -> None:
    index = _index("nephew was <f>")
    assert index.find(_tokens("nephew (6) was 39.2"), frozenset()) == []
    assert index.find(_tokens("nephew, was 39.2"), frozenset()) == []


def test_an_aside_of_more_than_a_number_is_not_gone_into() -> None:
    # going in needs the aside to be the number alone; coming out, the number to end it
    index = _index("nephew <any> was <f>")
    assert index.find(_tokens("nephew, 6 or so, was 39.2"), frozenset()) == []
    # (a fragment as short as "Nephew, 6." is joined to the next sentence: _join_fragments)
    assert index.find(_tokens("we went out with my nephew, 6. Was 39.2 all in"), frozenset()) == []


def test_a_number_in_the_next_sentence_is_no_aside() -> None:
    index = _index("nephew <any> was <f>")
    assert index.find(_tokens("nephew. 6 was 39.2"), frozenset()) == []


def test_a_number_ending_a_clause_that_is_no_aside_is_not_come_out_of() -> None:
    # redteam14's "completely knocked for six, and my lower back is agony": "six" ends its
    # clause but the clause is no aside, so no phrase goes on from it into "and my"
    index = _index("<any> and my")
    assert index.find(_tokens("completely knocked for six, and my back"), frozenset()) == []
    assert index.find(_tokens("my mum, 86, and my dad"), frozenset()) != []
