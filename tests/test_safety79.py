"""safety79 (issue #12): a sign told as over beside its expected cause. A saddle numbness told as
easing within minutes of getting off the bike, in the sentence that names the ride, is passed
lately (eased.py marks it resolved): the rules' own 'explained' stands it down, and the learned
check no longer raises it alone. Its twins keep their emergency: an easing denied ("didn't come
back"), a numbness still there or back again, and one with no ride or seat named."""

from __future__ import annotations

import pytest

from backcare.engine.safety.eased import eased
from backcare.engine.safety.rules import Mention
from tests.safety_cases import SAFETY

CALM = [
    "Did a 100 mile sportive Sunday, numb bum for the last 20 miles but it came back within "
    "minutes of getting off. Back a bit achy. New saddle?",
    "Did a 60 mile ride on Saturday, bum went numb in the last hour but the feeling came back ten "
    "minutes after I got off. Lower back a bit stiff. Should I get a new saddle?",
    "Long sportive yesterday, my bum went numb on the climbs but it came back within a few minutes"
    " of getting off the bike. Lower back is a bit tight, stretches?",
]

RAISED = [
    "Cycled 50 miles and my saddle area went numb, it didn't come back after I got off and it's "
    "still numb two hours later.",
    "Did a 100 mile sportive on Sunday, numb bum of course, but it's Tuesday and the feeling still "
    "hasn't come back down there.",
    "Numb bum after my ride, it came back within minutes of getting off but now it's gone numb "
    "again since this morning.",
    "Did a 100 mile sportive on Sunday, numb bum, but the feeling never came back after I got off "
    "and I can't pee.",
    "My bum went numb this morning and came back within minutes of getting up.",
    "Numb bum on the ride today, it came back within minutes of getting off, but I still can't "
    "feel the toilet paper when I wipe.",
]


@pytest.mark.parametrize("question", CALM)
def test_numbness_eased_on_getting_off_beside_its_ride_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", RAISED)
def test_numbness_not_eased_or_back_or_uncaused_stays_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


def _mention(concept: str, first: int, negated: bool = False) -> Mention:
    return Mention(concept, first, first, 0, negated, False, False)


def test_only_signs_before_an_undenied_easing_with_a_cause_are_resolved() -> None:
    signs = [_mention("NUMB", 1), _mention("SADDLE", 2), _mention("EXERCISE", 0)]
    easing = _mention("EASED_ON_STOPPING", 4)
    read = eased([], [*signs, easing])
    assert [m.resolved for m in read] == [True, True, False, False]
    denied = eased([], [*signs, easing._replace(negated=True)])
    assert not any(m.resolved for m in denied)
    uncaused = eased([], [*signs[:2], easing])
    assert not any(m.resolved for m in uncaused)
    after = eased([], [*signs, easing, _mention("NUMB", 6)])
    assert after[-1].resolved is False
