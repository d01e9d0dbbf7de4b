"""safety94 (issue #12, review24 of safety92): the frames safety92 read too widely, narrowed.

- RESOLVED ("... stopped once we swapped ..."): only a sign that stopped or eased once the asker
  changed a named cause (a duvet, a seat, boots); "went", "vanished", "disappeared" after "took",
  "turned" or "opened" are the start of a sign, not its end, and a medicine swapped explains no
  fever.
- The sense "it's not that I can't ...": it hides only feel, sit, bend, lift, work and sleep; the
  bladder and bowel abilities (pee, wee, go, poo) and walking stay read.
- HISTORY_CLEAR "removed ... years ago" dropped: a removal says nothing of a cancer that came back.

tests/eval/red_flags_safety94.jsonl holds the messages written for these frames (read by
test_safety_sets with the other sets); here each frame's emergencies and calm twins."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RAISED = {
    "The feeling in my backside went when I took the rubbish out and bent over, still not back": (
        "emergency"
    ),
    "Bladder control disappeared when I turned over in bed and I've wet myself twice": "emergency",
    "Power in both legs gone when I switched on the hoover and bent over, I can't lift either foot"
    " off the floor": "emergency",
    "Night fevers stopped once I swapped antibiotics but the back pain is relentless, worse at"
    " night, and I used to inject": "urgent",
    "It's not that I can't wee, it's that it trickles out without me knowing": "emergency",
    "It's not that I cant poo, it's that it comes out and I dont notice": "emergency",
    "It is not that I cannot walk, it is that both my feet are dragging and slapping down": (
        "emergency"
    ),
    "Bowel cancer removed 4 years ago, they found a spot on my liver this month, and my lower back"
    " aches": "urgent",
    "Skin cancer excised 5 years ago but the mole came back, and my low back has been sore for a"
    " month": "urgent",
}


@pytest.mark.parametrize("question", sorted(RAISED))
def test_a_sign_told_in_a_narrowed_frame_keeps_its_tier(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == RAISED[question]


CALM = [
    "Night sweats stopped as soon as we swapped the 15 tog duvet for a summer one. Is a firmer"
    " mattress good for a stiff back?",
    "It's not that I can't feel my legs, they're fine; my lower back locks up after sitting.",
    "It's not that I can't sleep, it's that my lower back is stiff when I wake up",
]


@pytest.mark.parametrize("question", CALM)
def test_a_look_alike_the_narrowed_frames_still_hold_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []
