"""review23 (a cold review of safety86's quieter frames) found real red flags the old code (43f0084)
caught and the merged code missed: "or" read as a correction of both legs to one (an alternative is
no correction) and a night sign's correction read without the "but mostly it's the pain" after it
(corrected.py); "I can" answering "if you can't pee" read as the condition false with its hedge
more than three words on (safety_net.py); a quotation a relative says of themselves read as a
phrase defined because its sentence says "means", "slang" or "expression" (quotations.py). Two
messages missed by every version share the safety_net cause ("I could in the end, after ...
straining", "I could, on the left side anyway"). Its 171 messages are
tests/eval/red_flags_review23.jsonl."""

from __future__ import annotations

import pytest

from backcare.engine.safety.detect import load_safety

SAFETY = load_safety()

LOST = [
    "Both my legs go numb and weak after walking 5 mins, or just the left one sometimes",
    "The leaflet said go to A&E if you can't pee. I can after a lot of pushing, and only a trickle",
    "My husband keeps saying 'my legs have gone' - by that he means he can't stand up, he's 74",
    "My wife said 'I've wet myself' - meaning she didn't even know it was coming out. She's never done that. Her back's been bad all week.",
    "My wife keeps saying 'I can't feel my bottom' - is that an expression or does it mean something? Her back has been terrible all week",
    "My Polish husband says 'nie czuje nog' - it means 'I can't feel my legs'. He keeps saying it and he's lying on the sofa with his back",
    "Grandad keeps saying 'my legs are dead' - is that slang for tired? He's 86 and hasn't been able to get up off the settee all day",
    # missed by every version, by the same cause as the "I can" above
    "The 111 nurse said go to A&E if I couldn't pee. I could in the end, after standing there 10 minutes straining",
    "The physio said seek help straight away if I couldn't feel the toilet paper when wiping. I could, on the left side anyway, not the right",
]
LOST_NIGHT = [
    "My back pain wakes me up most nights - well, the cat does sometimes, but mostly it's the pain",
    "back wakes me every night, well the kids do too but it's mainly my back",
]
CALM = [
    "Both legs ache - well, no, just the right one really",
    "Both legs ache after the gym, or rather just the right one",
    "My back wakes me up - well, the neighbour's dog does, and then I notice my back's a bit stiff for five minutes. Better pillow?",
    "back wakes me every night, well the kids do, but then I get back to sleep fine",
    "My back wakes me every night - well, the baby does, but mainly it's the baby's feeds",
    "You said call 999 if I can't pee - I can, totally normally",
    "You said call 999 if I can't pee - I can, totally normally, just my back aches.",
    "The leaflet said go to A&E if you can't pee. I can, no problem at all, my back is just stiff",
    "My English teacher say 'I wet myself' means to laugh a lot, is correct?",
    "My friend says 'I nearly wet myself' means you laughed a lot, is that right? Also my back is stiff",
    "In the film the hero keeps saying 'I can't feel my legs' - is that an expression? My back is stiff",
]


@pytest.mark.parametrize("message", LOST)
def test_the_lost_emergencies_are_emergencies_again(message: str) -> None:
    assert "emergency" in [f.urgency for f in SAFETY.check(message)], message


@pytest.mark.parametrize("message", LOST_NIGHT)
def test_a_night_sign_given_back_after_its_correction_stands(message: str) -> None:
    assert "night-pain" in [f.id for f in SAFETY.check(message)], message


@pytest.mark.parametrize("message", CALM)
def test_their_twins_stay_calm(message: str) -> None:
    assert SAFETY.check(message) == [], message
