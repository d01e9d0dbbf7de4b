"""The seventh red-team round's classes (docs/safety.md, "Red-team round (safety20)"), each in
wordings of neither the report nor probes 130-138: an explanation never silences a live emergency,
and the harmless readings it fixed stay silent."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety

SAFETY = load_safety()

EMERGENCIES = [
    # someone else's current sign beside back trouble of theirs of any kind, over or not
    "my grandad herniated a disc in the spring and since lunchtime he can't pee at all",
    "Nan had a spinal fusion years ago and this evening both her legs went numb",
    "my husband's back has been much better this week but tonight he soiled himself",
    # "mine just did" says yes
    "Is it normal for your bum to go numb with sciatica? Mine just has.",
    "Why would someone lose bladder control with back pain? Mine only just did.",
    # a limb's brief numbness that lasts
    "my legs went to sleep on the sofa and the feeling still hasn't come back hours later, bad back",
    "both legs fell asleep at my desk this morning and they are still asleep, my lower back aches",
    # study framing taken back
    "Nursing student: if you can't pee with back pain is that an emergency? Not for an essay.",
    "physio student: does losing feeling in the saddle area with back pain need A&E? I'm not just curious",
    # saddle vocabulary
    "nil sensation round my back passage since this morning and my back is in agony",
    # a live sign beside a harmless reading of another sign
    "my mate had a fever last week, he's fine, but now I can't pee and my back is killing me",
    "the GP ruled out a kidney stone but since then I've wet myself twice with this back pain",
    "my pony threw me and now I can't feel my legs and my back is agony",
    "did a 5k this morning, now my legs are dead and I can't feel my bum",
]

ORDINARY = [
    "My aunt had a temperature with her back pain in March, she's right as rain now.",
    "My grandad couldn't feel his legs after his hip op last year, he's fine. Is that usual?",
    "the consultant excluded infection and a fracture, so it's just a strained back",
    "GP ruled out sciatica and nerve problems, just a pulled muscle in my back",
    "our gerbil can't use his back legs any more",
    "My parrot is wobbly on both legs and his back looks hunched",
    "The donkey has a sore back and can't pee properly",
    "finished a triathlon, legs are dead and my lower back is tight",
    "bricked myself when my back cracked on the physio table",
    "nearly peed myself when my spine popped doing yoga",
    "went back on the wagon in January and my lower back hurts from the new gym",
]


@pytest.mark.parametrize("question", EMERGENCIES)
def test_a_live_emergency_raises_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question


@pytest.mark.parametrize("question", ORDINARY)
def test_a_harmless_reading_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == [], question
