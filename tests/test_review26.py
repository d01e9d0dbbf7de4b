"""review26 (issue #12): a cold reviewer's red flags written in the frames safety99, safety100 and
safety101 made quieter (tests/eval/red_flags_review26.jsonl, 115 signs and 12 ordinary twins,
written before any run; first run on d7fdf476, the old code: caught 109/115, false alarms 5/12,
tier agrees 100/109). Every sign is caught at least at its labelled tier, and every twin raises
nothing, but for the rows below (strict xfails: a fix shows). safety102 fixed what safety101 had
lost (a denial that is a sign's own word, "neither" before a comparison, a normal temperature
outgrown or at 35, general denials before a habit told with "if") and two misses of every version
("no symptoms" read as advice's reporting word, the sign's own "go"/"come" as its care verb)."""

from __future__ import annotations

import pytest

from backcare.engine.safety.excepted import exceptions_told
from backcare.engine.safety.neither import neither_denied
from tests.safety_cases import SAFETY, row_id, set_rows, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# every row now at its tier or above: safety105's sepsis-shock rule (an emergency, NHS sepsis,
# NICE NG51, NHS AAA) reads the sepsis and shock signs beside a fever that raised urgent on every
# version, and the worn-off reading the spell of both legs "dead" on the toilet that passed
UNDER_TIER_EVERYWHERE: set[str] = set()
FALSE_ALARMS: set[str] = set()


@pytest.mark.parametrize(
    "row",
    set_rows(
        "review26",
        True,
        UNDER_TIER_EVERYWHERE,
        "a miss or tier below the label (see the lists)",
    ),
    ids=row_id,
)
def test_a_sign_is_caught_at_least_at_its_tier(row: dict[str, str]) -> None:
    raised = tier(row["q"])
    assert RANK[raised] >= RANK[row["tier"]], (row["q"], raised, row["tier"])


@pytest.mark.parametrize(
    "row", set_rows("review26", False, FALSE_ALARMS, "a false alarm (see the list)"), ids=row_id
)
def test_an_ordinary_twin_raises_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


def test_a_denial_that_is_the_signs_own_word_is_kept() -> None:
    # "no feeling" is a saddle numbness's own phrase: the exception does not undo it
    assert exceptions_told("No feeling down there except when I press really hard") == (
        "No feeling down there except when I press really hard"
    )
    assert exceptions_told("no control apart from when I concentrate") == (
        "no control apart from when I concentrate"
    )
    # a denial of a word that is no sign's own phrase is still read as its exception tells
    assert exceptions_told("No numbness except round my bottom") == "numbness round my bottom"


@pytest.mark.parametrize(
    "message",
    [
        "no feeling except on the left side of my bum",
        "No sensation apart from a bit of tingling round my back passage",
        "no feeling down below apart from pins and needles when I sit",
    ],
)
def test_a_saddle_sign_told_with_an_exception_is_an_emergency(message: str) -> None:
    assert tier(message) == "emergency", message


def test_a_comparison_after_neither_denies_nothing() -> None:
    told = "neither leg is weaker than the other, both are weak"
    assert neither_denied(told) == told
    assert neither_denied("neither leg is number than the other") == (
        "neither leg is number than the other"
    )
    assert tier("neither leg is weaker than the other, they're both weak and getting worse") == (
        "emergency"
    )


@pytest.mark.parametrize(
    "message",
    [
        "temp was 37 this morning, 39.6 now, back pain",
        "temp was 37.2 this morning and 39.1 by tea time, back pain",
        "my temperature was 36.8 at lunch but 38.9 tonight and my back aches",
        "temp 35.4, shaking, back pain and he is confused",
        "temp 36, shaking, back pain and mum is confused",
    ],
)
def test_a_temperature_outgrown_or_low_with_signs_is_no_normal_one(message: str) -> None:
    assert RANK[tier(message)] >= RANK["urgent"], message


@pytest.mark.parametrize(
    "message",
    [
        "got a temperature of 37.2 this morning and some back stiffness from gardening",
        "my temperature was 36.9 this morning, lower back aching from the move",
        "back 6/10 after gardening, temp 36.8 so no fever, what stretches help?",
    ],
)
def test_a_normal_temperature_alone_stays_quiet(message: str) -> None:
    assert tier(message) is None, message


@pytest.mark.parametrize(
    "message",
    [
        "No symptoms really, just if I sit for more than 10 mins my bum goes numb and stays numb",
        "None of those, only if I bend forward my legs go numb and I can't feel my feet",
        "Prepping for my GP appointment: if I lie down my legs both go numb",
        "no symptoms otherwise, just asking: if I stand up both my legs give way",
    ],
)
def test_a_habit_told_with_if_after_a_general_denial_is_a_sign(message: str) -> None:
    assert tier(message) == "emergency", message


@pytest.mark.parametrize(
    "message",
    [
        "What if my legs went weak, would that be an emergency? no symptoms, just prepping.",
        "If I ever went numb down below what should I do? Just asking, my back is only stiff",
        "if I ever lost control of my bladder would that be 999? no symptoms, just asking",
    ],
)
def test_a_supposition_after_a_general_denial_stays_quiet(message: str) -> None:
    assert SAFETY.check(message) == [], message


@pytest.mark.parametrize(
    "message",
    [
        "No symptoms apart from if I walk more than 50m both my legs go numb and heavy",
        "No symptoms. If I walk more than 50m both my legs go numb",
        "no symptoms but if i try to pee nothing comes out",
        "No symptoms, only if I stand up both my legs go weak",
        "No other symptoms. If I cough I wet myself and my legs go numb",
    ],
)
def test_a_signs_own_verb_is_no_care_verb(message: str) -> None:
    # "go", "come" of "my legs go numb", "nothing comes out" send no one to care: no advice
    assert tier(message) == "emergency", message


@pytest.mark.parametrize(
    "message",
    [
        "My mate says you should go to A&E if your legs go numb with back pain. Mine don't, just"
        " asking whether he's right.",
        "111 told me to call 999 if I lose control of my bladder",
        "the physio said to come back if my legs go numb",
    ],
)
def test_advice_with_its_care_verb_stays_advice(message: str) -> None:
    assert SAFETY.check(message) == [], message
