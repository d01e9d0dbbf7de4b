"""safety131's red team: the new concepts of the inflammatory pattern (STIFF_LONG, a phrase that
competes for words; SMALL_HOURS_WAKE and MOVING_EASES, background) beside a real, current red
flag of the asker's, the sign and its place varied. No reading of this round quiets a flag, but a
new concept may take another's words (as SMALL_HOURS_WAKE took NIGHT_PAIN's before it was made
background): none of these may get a lower tier than on the base (s36-integ, run back to back on
this machine; the tier recorded beside each line is the base's). Two lines the base misses too
("my bladder let go", "confused and burning up with fever") are recorded as None: left for a
round of their own. Every line is this round's own."""

from __future__ import annotations

import pytest

from tests.safety_cases import tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# (message, the base's tier)
LINES = [
    (
        "My back has been stiff for over an hour every morning and today both my legs have gone numb.",
        "emergency",
    ),
    (
        "It takes me two hours to loosen up in the mornings, and since last night I can't pee at all.",
        "emergency",
    ),
    ("Stiff for a good hour when I get up, and now I've got a fever of 39.4.", "urgent"),
    ("I can't feel my bum when I sit, and my back is stiff for hours every morning.", "emergency"),
    (
        "Back seized for a couple of hours each morning for months; this afternoon my legs keep giving way.",
        "emergency",
    ),
    ("stiff till lunchtime every day and I wet myself this morning without noticing", "emergency"),
    (
        "My back wakes me at 4am, stiff, and since yesterday I can't feel the toilet paper when I wipe.",
        "emergency",
    ),
    (
        "Woken in the small hours by my back for months, and today I've lost control of my bowels.",
        "emergency",
    ),
    (
        "It eases when I move about, but both legs are weak and I'm dragging my foot since this morning.",
        "emergency",
    ),
    (
        "Stiff for over an hour each morning. Had breast cancer in 2019 and now my legs feel weak.",
        "emergency",
    ),
    (
        "I'm 30, stiff for two hours every morning, and I've been shivering with a temperature of 39 since last night.",
        "urgent",
    ),
    (
        "My back is stiff for more than an hour in the mornings. I fell off a ladder from about 3 metres today.",
        "emergency",
    ),
    ("Chest pain spreading to my left arm and my back's been stiff for over an hour.", "emergency"),
    (
        "stiff for hours in the morning, exercise helps, but now I can't get an erection and it's numb down there",
        "emergency",
    ),
    (
        "Rest doesn't help my back, it takes a good hour to loosen up, and I've lost a stone without trying.",
        "soon",
    ),
    ("Woke at 3am with my back again and both legs are tingling and numb.", "emergency"),
    (
        "It takes an hour to limber up every morning and now I can't walk properly, my legs won't hold me.",
        "emergency",
    ),
    (
        "My back is stiff for over an hour each morning; in the last hour my pain went from 3 to 9, the worst ever.",
        "urgent",
    ),
    (
        "Two hours to unstiffen every morning and I've been passing no urine since breakfast.",
        "emergency",
    ),
    (
        "For months I've been stiff for over an hour at the start of the day; now numbness around my genitals.",
        "emergency",
    ),
    (
        "Back stiff for about an hour daily, and this morning my bladder let go when I stood up.",
        None,
    ),
    ("My back wakes me in the early hours and since today I'm peeing myself.", "emergency"),
    (
        "Better with exercise, stiff for over an hour each morning, and my legs went numb on both sides an hour ago.",
        "emergency",
    ),
    (
        "Stiffness for two hours after waking; I was in a car crash yesterday and now my back is agony.",
        "emergency",
    ),
    (
        "stiff for over an hour in the mornings, and my dad says I'm confused and burning up with fever",
        None,
    ),
    (
        "I'm on steroids for asthma and my back is stiff for more than an hour every morning, sudden severe pain today.",
        "urgent",
    ),
    (
        "Morning stiffness lasting hours, night sweats soaking the sheets and I've lost weight without trying.",
        "urgent",
    ),
    (
        "my back takes two hours to loosen up and my legs collapsed under me twice today",
        "emergency",
    ),
    (
        "stiff back for over an hour each day. I can't feel my legs properly since lunch.",
        "emergency",
    ),
    (
        "It's stiff for hours every morning, eases with a walk, and I can't tell when my bladder is full any more.",
        "emergency",
    ),
]


def test_thirty_lines() -> None:
    assert len(LINES) >= 30


@pytest.mark.parametrize(("question", "base"), LINES)
def test_no_lower_tier_than_the_base(question: str, base: str | None) -> None:
    assert RANK[tier(question)] >= RANK[base], question
