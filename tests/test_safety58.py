"""safety58 (issue #12, review18's shared misses): overdoses told as taken, crisis and trauma in
broken English, retention in broken English.

1. An overdose told as taken with no "at once": a whole supply or a count of tablets no dose is
   (OD_TAKEN: "I've taken a whole box of paracetamol", "I swallowed 30 co-codamol"), or many or all
   of one's tablets swallowed recently or on purpose (OD_MANY with OD_RECENT or OD_PURPOSE), or
   all of them taken "to finish it" (PILLS_ALL + OD_PURPOSE). The NHS page "Overdose" sends
   anyone who has taken more than the recommended dose to A&E or 999 at once, even when they feel
   well; a supply taken over a week is dosing, a couple of tablets a dose.
2. Crisis in broken English: "i think to hang myself", "i will finish myself", "better if i am
   gone", "i not want to live anymore"; their look-alikes stay quiet.
3. Trauma and retention in broken English: "I drop from scaffold", "I was run over", "I dropped
   3 meters", "i not can piss since morning", "since morning no urination"; calm twins quiet."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

OVERDOSES = [
    "I've taken a whole box of paracetamol",
    "I swallowed all my tablets an hour ago",
    "I took a lot of tablets an hour ago",
    "I swallowed 30 co-codamol",
    "i drink whole bottle of painkiller",
    "i take all my tablets tonight to finish it",
    "I took too many tramadol on purpose",
    # other wordings of the same class
    "my wife has swallowed a whole packet of her sertraline",
    "I just necked 20 paracetamol",
    "took loads of codeine half an hour ago",
    "I took too many painkillers deliberately",
    "I have swallowed a full bottle of tramadol",
]


@pytest.mark.parametrize("question", OVERDOSES)
def test_an_overdose_told_as_taken_is_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "crisis" and flags[0].urgency == "emergency"


DOSING = [
    "I've taken a whole box of paracetamol this week and it's not helping",
    "I took 2 co-codamol an hour ago",
    "I took all my tablets this morning",
    "I take all my tablets in the morning",
    "I drink a whole bottle of water every day",
    "I took 10 mg of diazepam last night",
    "I took 30 co-codamol over the last 4 days",
    "I took a lot of tablets for my back last year",
    "I need to finish it before the deadline",
]


@pytest.mark.parametrize("question", DOSING)
def test_dosing_spread_over_days_or_a_dose_stays_quiet(question: str) -> None:
    assert not [f for f in SAFETY.check(question) if f.id == "crisis"]


CRISIS_BROKEN = [
    "i think to hang myself",
    "i will finish myself",
    "better if i am gone",
    "i not want to live anymore",
    "sometimes i think to hang myself because of this pain",
    "i want to finish with myself",
    "for my family it is better if i was dead",
    "i not want to be alive anymore",
]


@pytest.mark.parametrize("question", CRISIS_BROKEN)
def test_crisis_in_broken_english_is_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "crisis"


LOOKALIKES = [
    "I think hanging shelves hurt my back",
    "I will finish my physio course",
    "better if I am gone by 5 to beat traffic",
    "I think to hang the picture higher",
    "it is better if i am gone before the builders come",
]


@pytest.mark.parametrize("question", LOOKALIKES)
def test_broken_english_lookalikes_stay_quiet(question: str) -> None:
    assert SAFETY.check(question) == []


TRAUMA_BROKEN = [
    "I drop from scaffold",
    "I jump from balcony",
    "I was run over",
    "I slipped from top of the ladder",
    "I dropped 3 meters at the building site",
    "I jumped out the window",
    "my husband drop from scaffold and hurt his back",
    "I fall from roof yesterday, back very painful",
]


@pytest.mark.parametrize("question", TRAUMA_BROKEN)
def test_trauma_in_broken_english_is_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "trauma"


RETENTION_BROKEN = [
    "i not can piss since morning",
    "since morning no urination",
    "no pee since yesterday and my back is very bad",
    "since yesterday not urinating",
]


@pytest.mark.parametrize("question", RETENTION_BROKEN)
def test_retention_in_broken_english_is_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].id == "cauda-equina-bladder"


CALM = [
    "I dropped a scaffold pole on my foot",
    "a lorry hit our fence",
    "the meeting ran over",
    "I dropped 3 kg since January",
    "I dropped my phone from the balcony",
    "I can piss fine since morning",
]


@pytest.mark.parametrize("question", CALM)
def test_calm_twins_stay_quiet(question: str) -> None:
    assert SAFETY.check(question) == []
