"""Numbness or tingling in one leg or foot is sciatica's, not an emergency (newcomer30 F2).

A physiotherapist's pack answered "pins and needles in my right foot" and "sciatica with tingling
in my foot" with "EMERGENCY - Call 999 now" (the learned check alone, exit 3), while "numb left
foot" raised nothing. The guidance names numbness or tingling in both legs, the saddle, and weakness
or trouble walking; never one leg's or one foot's. Such a message is plain pain
(data/plain_pain.json's one_side): the learned check's emergency is held back when it is told of
at most one side and the message holds no symbol its reading drops. Both legs, both sides, the
feet, the saddle (an emoji included), "can't feel", weakness, a fall and the bladder still raise."""

from __future__ import annotations

import pytest

from backcare.engine.safety import Safety, load_safety
from backcare.engine.safety.flags import RedFlag

ONE_SIDE = [
    "pins and needles in my right foot",
    "sciatica with tingling in my foot",
    "tingling in my left foot for a month",
    "numb right foot since yesterday",
    "pins and needles down my right leg into my toes",
    "my left leg is tingly after sitting",
    "numbness in my right foot",
    "tingling in my foot, back pain very bad since 2 days",
]

STILL_RAISED = [
    "pins and needles in both feet",
    "pins and needles in my feet",
    "my legs are numb",
    "my foot is numb and I keep tripping",
    "numb 🍑 and back agony",
    "pain going down my leg to the foot. leg left and right is numb",
    "pins and needles in my bum",
    "numb down there and my right foot is tingling",
    "I can't feel my right foot",
    "my right leg is numb and getting weaker",
    "tingling in my right foot and I can't pee",
    "numb right foot since I fell off the ladder",
]


@pytest.fixture(scope="module")
def check() -> Safety:
    return load_safety()


def _emergencies(flags: list[RedFlag]) -> list[RedFlag]:
    return [f for f in flags if f.urgency == "emergency"]


@pytest.mark.parametrize("text", ONE_SIDE)
def test_one_leg_or_foot_tingling_is_no_emergency(text: str, check: Safety) -> None:
    assert not _emergencies(check.check(text))


@pytest.mark.parametrize("text", STILL_RAISED)
def test_both_sides_the_saddle_weakness_and_more_still_raise(text: str, check: Safety) -> None:
    assert _emergencies(check.check(text))
