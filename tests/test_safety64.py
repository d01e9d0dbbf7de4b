"""safety64 (issue #12, review19): emergencies the session's quieter readings lost.

contrasted.py: a later clause opening "None of the ..." or "Nothing like that ..." is no contrast of
the asker's own case; a time told today keeps a sign; a care job leaves a relative's signs live; a
person's speech ("My husband says ...") names no holder of the asker's own signs."""

from __future__ import annotations

import pytest

from tests.safety_cases import tier

LOST_CONTRAST = [
    # a clause about something else, no self word: no contrast
    "My grandad's legs went numb this afternoon and he wet himself. Nothing like the usual back "
    "ache he has.",
    "My wife can't feel her legs and has wet herself. None of the tablets are working for her.",
    "My grandad can't feel between his legs and can't pee. None of his carers have seen it yet.",
    "My uncle can't feel his legs and wet himself. Nothing like that should happen to anyone.",
    "My son can't feel his legs and has wet himself. None of the doctors will ring back.",
    # 'the' before a noun that is no case ("any of the phone numbers")
    "My brother fell off his bike and can't move his legs. I don't have any of the phone numbers.",
    # the asker's own signs after someone's speech
    "My girlfriend says it's a trapped nerve, but both legs have gone numb and the loo roll feels "
    "odd. None of the pills help.",
    # a time told today keeps the sign
    "My husband's legs went weak at lunch and he can't feel down below. I have back pain but it's "
    "nothing like his.",
]


@pytest.mark.parametrize("text", LOST_CONTRAST)
def test_no_contrast_of_the_askers_own_case_keeps_the_emergency(text: str) -> None:
    assert tier(text) == "emergency"


CALM_CONTRAST = [
    "I'm a nurse. Last week a patient on my ward couldn't feel his legs and wet himself. Mine is "
    "nothing like that, my back is just stiff from lifting. Any stretches?",
    "In the film the hero loses control of his bladder after a crash. For me it's nothing like "
    "that, my back just aches from sitting. Heat or ice?",
]


@pytest.mark.parametrize("text", CALM_CONTRAST)
def test_the_askers_own_contrast_still_disowns_another_case(text: str) -> None:
    assert tier(text) in (None, "soon")


LOST_OTHERS = [
    # squatting that is no exercise (the squat sense: only exercise squats)
    "My legs gave way as I was squatting down to the loo and I ended up on the floor.",
    "Both legs keep giving way when I squat to get things from the bottom cupboard.",
    # a crisis plan told beside "social suicide"
    "Asking for help would be social suicide, so I have the tablets lined up for tonight.",
    "Telling work would be career suicide. I've written my letters and I'm ready to die.",
    # one echoed bladder or bowel verb ("He wet his trousers. I wet mine.")
    "My husband soiled his pyjamas last night. This morning I soiled mine as well.",
    "Dad wet his trousers at the shops. I wet mine in the car park.",
    # a form's "never" taken back
    "Wetting myself: never, till last night",
    "Saddle numbness: none, until this morning",
]


@pytest.mark.parametrize("text", LOST_OTHERS)
def test_signs_the_quieter_readings_lost_raise(text: str) -> None:
    assert tier(text) == "emergency"


CALM_OTHERS = [
    "My knees gave way on the last set of squats at the gym, all fine after a rest.",
    "I'm so proud of my garden. My neighbour is proud of his and I'm proud of mine.",
    "Saddle numbness: none, but my back hurts. Heat or ice?",
    "Posting this is social suicide, anyway is yoga good for back pain?",
    "I've counted out the pills for tonight, 2 paracetamol and 1 ibuprofen, is that safe?",
]


@pytest.mark.parametrize("text", CALM_OTHERS)
def test_their_calm_twins_stay_quiet(text: str) -> None:
    assert tier(text) in (None, "soon")
