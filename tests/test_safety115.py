"""safety115 (issue #12, red flags 38): ordinary messages that raised a notice, quietened by the
frame of the message, each class with ten calm twins of its own (not the set's words; each raised
a notice on main before this work unless noted) and ten real signs in the same frame, which must
still raise at least their tier.

- A. elided_denials.py (with watch_lists.py): a reported condition ("GP said come back if I get
  numbness down below or trouble peeing") answered by a denial whose verb is left out ("I
  haven't, it's exactly the same")."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# A: a condition someone reported, then "I haven't" / "it hasn't" / "haven't" and a calm course
QUIET_A = [
    "The out of hours doctor told me to ring back if my legs go weak or I can't pass water. They haven't, it's the same dull ache as before. Is a hot bath ok?",
    "My osteopath said to come back if I lose feeling in my bottom or have trouble weeing. I haven't, it's exactly as it was, just stiff in the mornings.",
    "Physio said to phone if I get pins and needles in both legs or wet myself. Nope, I haven't, everything's as it was. How often should I do the exercises?",
    "The pharmacist told me to get seen if I can't wee or my legs go numb. I haven't, it's the ache I always get after digging.",
    "NHS 111 said if the pain gets worse or I get numbness or can't pee to call back. It hasn't, still the same niggle. Should I use heat or ice?",
    "My GP said to come straight in if I start leaking urine or lose feeling down below. I haven't, it's about the same, maybe easing.",
    "The nurse said to call an ambulance if both my legs go numb or I can't control my bladder. They haven't, it's the usual lower back ache. Best mattress?",
    "The consultant told me to get help if I lose control of my bowels or bladder. I have not, it's steady, just sore when I bend. When can I drive again?",
    "Doctor said come back if I get any numbness around my back passage or can't wee. Haven't, same as ever really. Is it ok to sit at my desk?",
    "The paramedic said to ring again if I couldn't feel my legs or my bladder stopped working. It hasn't, it's just the same stiffness. How long will it hurt?",
]

# A: the same frame with the sign told: the answer says yes, goes on to a verb, or a claim follows
RAISED_A = {
    "The out of hours doctor told me to ring back if my legs go weak or I can't pass water. They have, since this morning.": "emergency",
    "My osteopath said to come back if I lose feeling in my bottom or have trouble weeing. I haven't been able to feel it since last night.": "emergency",
    "Physio said to phone if I get pins and needles in both legs or wet myself. I have, I wet myself this morning.": "emergency",
    "The pharmacist told me to get seen if I can't wee or my legs go numb. I haven't, but I can't wee now.": "emergency",
    "NHS 111 said if the pain gets worse or I get numbness or can't pee to call back. It has, I can't pee at all now.": "emergency",
    "My GP said to come straight in if I start leaking urine or lose feeling down below. I haven't stopped leaking since Tuesday.": "emergency",
    "The nurse said to call an ambulance if both my legs go numb or I can't control my bladder. They haven't yet but my bum is numb now.": "emergency",
    "The consultant told me to get help if I lose control of my bowels or bladder. I have, twice today.": "emergency",
    "Doctor said come back if I get any numbness around my back passage or can't wee. Haven't, except it's numb when I wipe.": "emergency",
    "The paramedic said to ring again if I couldn't feel my legs or my bladder stopped working. It hasn't, it's the same, but I can't feel my legs now.": "emergency",
}

QUIET = QUIET_A
RAISED = RAISED_A


@pytest.mark.parametrize("question", QUIET)
def test_an_ordinary_twin_of_each_class_stays_quiet(question: str) -> None:
    assert SAFETY.check(question) == [], question


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_real_sign_in_each_frame_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    raised = flags[0].urgency if flags else None
    assert RANK[raised] >= RANK[RAISED[question]], (question, [f.id for f in flags])
