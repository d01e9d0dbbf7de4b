"""safety80 (issue #12): signs of a second-hand person, someone the asker knows only through
another person (second_hand.py, data/second_hand.json).

"friend's husband had cauda equina surgery and still struggles to pee" raised an emergency: the
rules read someone else's retention as their emergency now whenever their back is named beside
it. A second-hand person ("my friend's husband", "my partner's colleague", "his mate") is no
one the asker is with or cares for: their signs are read as over, unless their sentence tells
the sign live ("since this morning", "agony", "she's asking me what to do"). A carer's report of
the person they look after ("Mum can't pee since this morning"), family possessing family ("my
wife's dad") and the asker's own signs told after the story keep their notice."""

from __future__ import annotations

import pytest

from tests.safety_cases import tier

HEARD = [
    "friend's husband had cauda equina surgery and still struggles to pee, what's recovery like?",
    "My partner's colleague had a back op and now can't control his bladder. Should he rest?",
    "My flatmate's boyfriend can't pee after his back surgery, apparently that's normal for a bit?",
    "A mate's dad lost control of his bladder after a disc op, is that common?",
    "My sister's workmate can't feel her legs after her back surgery, does that get better?",
    "My neighbour's son has wet himself a few times after his spinal op, how long does that last?",
]

TOLD = [
    # the asker's own sign after the second-hand story
    "My friend's husband had cauda equina. Now I can't feel my bum when I wipe and my back hurts",
    # the person the asker cares for, now
    "Mum can't pee since this morning and her back is agony, I look after her",
    "my wife's dad can't pee and his back is killing him",
    # a second-hand person's sign told live, or relayed with a plea
    "My friend's husband can't feel his legs since this morning and his back is agony",
    "My friend's husband can't pee and his back is agony, she's asking me what to do",
    "His mate fell off a roof an hour ago and can't move his legs, his back is agony",
    "My wife was treated for cauda equina in 2014. She lost control of her bladder and bowels at work, her boss rang me.",
    # another sentence: the asker's partner now
    "My husband's mate had a back op. Now my husband can't pee since last night and his back hurts",
]


@pytest.mark.parametrize("question", HEARD)
def test_second_hand_persons_signs_raise_no_notice(question: str) -> None:
    assert tier(question) is None


@pytest.mark.parametrize("question", TOLD)
def test_own_cared_for_and_live_signs_stay_emergencies(question: str) -> None:
    assert tier(question) == "emergency"
