"""safety67 (issue #12, review19's misses left): red flags in a health worker's frame, a form's
qualified answer, after a turn from denials, an overdose's own negated purpose; a dry nappy while
potty training. Wordings beyond the sets' (tests/eval/red_flags_safety67.jsonl holds more)."""

from __future__ import annotations

import pytest

from backcare.engine.safety import load_safety
from tests.safety_cases import rules, tier

# a relative told as the patient now, others' cases compared, the doctors asked of
RELATIVE_NOW = [
    "I'm a radiographer. My wife is the patient tonight: numb saddle, can't pee, both legs weak. "
    "Nothing like the usual back pain patients. What should I be asking the consultant?",
    "My husband has a numb bum tonight. Is there anything I should be pushing the doctors for?",
    "My dad can't feel between his legs since this morning. Should I ask the GP for an MRI?",
    "Care worker here. Mum can't pee and her legs gave way today. Unlike the back pain residents I "
    "look after. Can I ask the out of hours doctor to come?",
]


@pytest.mark.parametrize("text", RELATIVE_NOW)
def test_a_relatives_emergency_now_is_raised_beside_compared_cases_and_asked_doctors(
    text: str,
) -> None:
    assert tier(text) == "emergency"


def _pain_told(text: str) -> bool:
    return any(m.concept == "PAIN" for m in load_safety().mentions(text))


def test_only_the_compared_cases_back_pain_is_no_ones() -> None:
    # others' cases compared: their back pain is no one's told; the asker's own stays
    assert not _pain_told("Nothing like the usual back pain cases.")
    assert not _pain_told("It's not like the back pain patients we see.")
    assert _pain_told("Nothing like the back pain I get every winter.")
    assert _pain_told("Nothing like the usual back pain cases, my own back pain is worse.")


QUALIFIED_NO = [
    "Bowel control: never sure any more",
    "Bladder control: not reliable since the fall",
    "Bowel control - no longer",
    "Sensation down below: never the same since Friday",
]


@pytest.mark.parametrize("text", QUALIFIED_NO)
def test_a_function_items_qualified_no_is_its_loss(text: str) -> None:
    assert tier(text) == "emergency"


FORM_DENIALS = [
    "Bowel control: never a problem",
    "Bladder control: never had any issues",
    "Bladder control: not sure what you mean",
    "Bladder control: no change",
    "Fever: never",
    "Numbness: none",
    # a comparison denies change (codereview20 finding 1; safety74)
    "Bladder control: no worse than normal",
    "Bladder control: not any worse than usual",
    "Bladder control: not much worse than before",
    "Bladder control: not great but no worse than it has been for years",
]


@pytest.mark.parametrize("text", FORM_DENIALS)
def test_a_form_items_denial_stays_quiet(text: str) -> None:
    assert tier(text) is None


TURNED = [
    "No fever, no tingling, no weak legs, no bladder trouble. My back is much better. The only new "
    "thing is my bottom feels like rubber when I sit down.",
    "No pins and needles, no weakness, no temperature, simple sprain says the physio. But my wife "
    "touched my inner thigh and I only noticed because I saw her hand.",
]


@pytest.mark.parametrize("text", TURNED)
def test_a_sign_told_after_a_turn_from_denials_is_raised(text: str) -> None:
    assert tier(text) == "emergency"


TURNED_CALM = [
    "No fever, no numbness, no weakness, my back is much better. The only new thing is a bit of "
    "stiffness in the mornings.",
    "No fever, no numbness, no weakness. But my back is really sore when I sit on hard chairs.",
]


@pytest.mark.parametrize("text", TURNED_CALM)
def test_an_ordinary_turn_from_denials_stays_quiet(text: str) -> None:
    assert tier(text) is None


OVERDOSE = [
    "i took all my tablets so i dont wake up",
    "took the whole box so I won't have to wake up",
    "swallowed everything in the cupboard so I never wake up again",
    "I've taken all my painkillers so I don't wake up tomorrow",
]


@pytest.mark.parametrize("text", OVERDOSE)
def test_an_overdose_whose_purpose_holds_its_negation_is_a_crisis(text: str) -> None:
    assert "crisis" in rules(text)


NIGHT_DOSE = [
    "took my tablets so I don't wake up in pain at 3am",
    "took my usual two so I don't wake up stiff",
    "i took all my tablets so i dont wake up in pain",
    "I took the whole box to the car",
]


@pytest.mark.parametrize("text", NIGHT_DOSE)
def test_a_night_dose_is_no_crisis(text: str) -> None:
    assert "crisis" not in rules(text)


POTTY = [
    "my toddler's nappy was dry all day at nursery, is she ready for pants?",
    "the nappy stayed dry all day, potty training is going well",
    "Potty training day 3. His nappy has been dry since breakfast!",
    "We're potty training and her pull-up was dry all morning",
]


@pytest.mark.parametrize("text", POTTY)
def test_a_dry_nappy_while_potty_training_is_no_retention(text: str) -> None:
    assert "cauda-equina-bladder" not in rules(text)


DRY_PAD = [
    "Mum's pad has been dry all day and her back is bad",
    "my baby's nappy has been dry for 10 hours and he is floppy",
    "We're potty training but his nappy has been dry since yesterday and his tummy is swollen",
]


@pytest.mark.parametrize("text", DRY_PAD)
def test_a_dry_pad_or_nappy_with_no_training_or_a_bar_keeps_its_notice(text: str) -> None:
    assert tier(text) == "emergency"
