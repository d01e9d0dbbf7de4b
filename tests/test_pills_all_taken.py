"""A whole supply of tablets told as already taken, with a purpose ("i took all my pills tonight to
end it"): a crisis. safety62's report found it raised nothing (PILLS_ALL reads plans, "take all
my pills", and OD_TAKEN counts or whole boxes); alone, "took all my pills" is a day's doses taken."""

from __future__ import annotations

import pytest

from backcare.engine.safety import Safety
from backcare.resources import read_json

SAFETY = Safety(read_json("red_flags.json"), read_json("safety_vocabulary.json"))

CRISES = [
    "i took all my pills tonight to end it",
    "I took all my pills to end it",
    "I've taken all my pills to end it",
    "she took all her tablets on purpose",
    "took them all on purpose",
    "My back is agony and I took all my painkillers to end it all.",
    "I have taken all of the tramadol deliberately",
]
CALM = [
    "took all my pills this morning, back still sore",
    "I took all my vitamins to end the day",
    "I took all my pills on time this week, what else can help my back?",
    # a course finished, no overdose: a false alarm from safety70's whole-supply reading to
    # safety75 (OD_COURSE, OD_SUPPLY's 'unless' counted anywhere)
    # a course read of the supply it names (safety82, courses.py; safety75's reading anywhere was
    # withdrawn after review21 found it cancelled 11 real overdoses)
    "I've taken all the ibuprofen the GP gave me and the back is better, should I stop now?",
]


@pytest.mark.parametrize("message", CRISES)
def test_a_whole_supply_taken_with_a_purpose_is_a_crisis(message: str) -> None:
    flags = SAFETY.check(message)
    assert [f.urgency for f in flags if f.id == "crisis"] == ["emergency"]


@pytest.mark.parametrize("message", CALM)
def test_a_days_doses_taken_raise_no_crisis(message: str) -> None:
    assert "crisis" not in [f.id for f in SAFETY.check(message)]
