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


QUIET_TWINS = [
    # double-dose words outside a medicine taken
    "It took me double the amount of time to tie my shoes because of my back.",
    "I accidentally double dosed the cat's flea treatment, and now my back hurts from chasing her.",
    "My GP said to double up on paracetamol and ibuprofen together for a few days, is that ok?",
    "I had too much ibuprofen in the cupboard so I gave some to my sister, what else helps?",
    # "took all" of a relative's something that is no supply of tablets
    "I took all my dad's advice about painkillers and now I just walk more, anything else?",
    "I took all the grandkids to my mum's and had a couple of paracetamol after, back is sore.",
    "I took all of my nan's old tablets back to the chemist, what's good for back ache?",
    # a leak that is no person's urine or bowel
    "My kettle dribbles when I get up to pour it, and my back twinges when I lift it.",
    "The shower leaks when I stand in it and bending to clean it hurts my back.",
]


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_everyday_doubles_alls_and_leaks_raise_nothing_urgent(text: str) -> None:
    assert tier(text) in (None, "soon")


def test_a_leaking_wound_after_a_back_operation_keeps_its_wound_notice() -> None:
    assert tier("My scar leaks when I bend, it's been a week since the back op.") == "urgent"


KEPT_OVERDOSE = [
    "I took all my mum's co-codamol last night.",
    "I doubled up on my paracetamol by mistake this morning.",
    "I took double the amount of tablets I'm meant to, by accident.",
    "I took too much paracetamol yesterday without thinking.",
    "I leak when I bend over and when I get up from a chair.",
]


@pytest.mark.parametrize("text", KEPT_OVERDOSE)
def test_the_real_ones_still_raise(text: str) -> None:
    assert tier(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "No pins and needles, no weakness, bladder's fine, and things are improving. My wife "
        "noticed I didn't flinch when she touched the inside of my thighs, I couldn't feel her "
        "fingers at all.",
        "No tingling, no leg weakness, no bladder trouble, and the pain is better. My partner "
        "noticed I didn't flinch when he touched the inside of my thighs, I couldn't feel a "
        "thing.",
    ],
)
def test_a_sign_the_rules_do_not_know_beside_denials_keeps_the_learned_emergency(
    text: str,
) -> None:
    # denied.py holds back only when the sentences left over are no emergency on their own
    assert tier(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "My legs feel heavy and calm but they won't lift off the bed.",
        "Legs are heavy and calm but won't lift off the floor.",
    ],
)
def test_heavy_and_calm_legs_are_no_relaxed_legs(text: str) -> None:
    assert tier(text) == "emergency"
