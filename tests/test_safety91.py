"""safety91 (issue #12): the red-flag leftovers of the last sets, fixed by frame. Caught now: a
condition named, then claimed by a pronoun ("how do you pronounce cauda equina? my consultant
thinks I have it": returned.py 'named'), legs told as "they" that won't hold the asker up after
legs were asked about, "mine did too" after someone's part told mid-sentence (mine.py), a wet
patch on the bed, steroid inhalers and tablets. Quieter: a sign's care told as common knowledge
then set against the asker's lesser question (common_knowledge.py), the show House and "a video
of" as fiction. tests/eval/red_flags_safety91.jsonl holds the real signs told in each frame made
quieter, written before the run, with calm twins, and signs told in a clinician's "pt" shorthand
(reading "pt" as another person was tried and dropped: it lost notes of a patient's signs now)."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY, keeps_its_tier, row_id, set_rows

# as main before safety91: a fall that leaves an 82-year-old unable to bear weight is the fall
# rule's soon (the learned check is not sure of an emergency), and a nurse's patient's retention
# told as the reason for a question about the nurse's own back is read as the patient's now
KNOWN_TIERS = {
    "community nurse: pt 82, fell this morning, now can't stand or weight bear, back pain",
}
KNOWN_ALARMS = {
    "Nurse here, a pt had retention today, how do I protect my own back on long shifts?",
    # safety93 (review24): the sweat is read again, as on main: sweat with back pain is the
    # infection rule's (a sense hiding it lost night sweats told as a wet bed, urgent to soon)
    "there was a wet patch on the bed from sweat, back aches",
}


@pytest.mark.parametrize("row", set_rows("safety91", True, KNOWN_TIERS, "known tier"), ids=row_id)
def test_a_real_sign_told_in_a_quieter_frame_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize(
    "row", set_rows("safety91", False, KNOWN_ALARMS, "known false alarm"), ids=row_id
)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


COMMON_KNOWLEDGE = [
    "you'd go straight to A&E if you couldn't pee, obviously, but what about just a stiff back?",
    "everyone knows a numb bum means hospital, but is a stiff neck worth seeing the GP for?",
    "obviously if you can't feel your legs you call an ambulance, but for a twinge when I bend?",
    "you'd be daft to ignore numbness down there, but a stiff back after the gym is fine to rest,"
    " right?",
]


@pytest.mark.parametrize("message", COMMON_KNOWLEDGE)
def test_a_signs_care_told_as_common_knowledge_is_asked_about(message: str) -> None:
    assert SAFETY.check(message) == []
    assert SAFETY.pointer(message) == "emergency"  # the calm line still names the tier


@pytest.mark.parametrize(
    "message",
    [
        # a claim after the contrast, a time course, the asker's own conditional, a second sentence
        "everyone knows a numb bum means hospital, but mine has been numb since Tuesday",
        "obviously if you can't feel your legs you call an ambulance, but I can't feel mine",
        "obviously you'd call 999 if you wet yourself, but what if it only happened once last night?",
        "Obviously if you can't pee you go to A&E. But my dad can't pee since last night",
    ],
)
def test_a_case_told_beside_common_knowledge_keeps_its_emergency(message: str) -> None:
    assert [f.urgency for f in SAFETY.check(message)][:1] == ["emergency"], message


def test_a_condition_claimed_by_a_pronoun_is_suspected_only_as_a_claim() -> None:
    claimed = "how do you pronounce cauda equina? my consultant thinks I have it and I'm scared"
    assert "cauda-equina-suspected" in [f.id for f in SAFETY.check(claimed)]
    for calm in (
        "How do you spell cauda equina? I have it written down somewhere",
        "what does cauda equina mean? the physio checked and said I don't have it",
        "how do you say cauda equina? I had it years ago and I'm fine now",
    ):
        assert SAFETY.check(calm) == [], calm


def test_mine_did_too_copies_the_part_and_what_it_did() -> None:
    assert [f.id for f in SAFETY.check("her legs went numb and mine did too")] == ["both-legs"]
    assert SAFETY.check("her legs weren't numb but mine did too") == []
    assert SAFETY.check("her legs are fine and mine are too") == []
