"""safety69 (issue #12, red flags 28): the learned check's emergency where only a risk factor of
the "soon" tier carried it (risk_only.py, 'learned.risk_only' in data/red_flags.json).

A minor fall in an older person, older age, a knock, thin bones or steroids are "see a doctor
soon" in the guidance (SAFETY_FACTS.md); the learned check read such messages as emergencies
("call 999"). It is lowered to soon when the message names no other sign the rules know, no
serious accident (a height, a vehicle, a crash, a trauma event), and the rest of the message
without the risk factor's sentences no longer reads as an emergency. The twins keep their
emergency: a sign told beside the fall, in the rules' words or in words no list holds, and a
serious accident."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

LOWERED = [
    "Mum (86) missed the last stair, only one step, and sat down with a thump. Her back has been "
    "sore since. She won't see anyone.",
    "My husband is 88. He stumbled on the path and landed on the grass. Now his back hurts.",
    "Nan is 90. She knocked her back on the door handle and it has been hurting since.",
]

KEPT = [
    "Dad (79) fell over in the garden and since then he has pooed himself twice without knowing",
    "Gran (88) slipped off the step and now both her legs have gone to jelly",
    "Grandad is 85 and fell over in the garden, now he cant wee",
    "my grandad is 84 and fell off the roof, his back is bad",
]


@pytest.mark.parametrize("question", LOWERED)
def test_a_minor_fall_or_knock_in_an_older_person_is_soon(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags, "the risk factor keeps a notice"
    assert flags[0].urgency == "soon"
    assert all(f.urgency != "emergency" for f in flags)


@pytest.mark.parametrize("question", KEPT)
def test_a_sign_or_a_serious_accident_beside_the_fall_keeps_the_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


def test_a_crash_is_never_lowered() -> None:
    """COLLISION is a major mechanism ('a pile-up', 'wrecked'): bank A's bowel line and held-out
    17's pile-up lost their emergency while it was read as a minor fall."""
    for question in (
        "had a brown incident in my boxers and i'm 25 and my back's wrecked. help",
        "was in a pile-up this afternoon, back getting worse",
    ):
        flags = SAFETY.check(question)
        assert flags and flags[0].urgency == "emergency", question
