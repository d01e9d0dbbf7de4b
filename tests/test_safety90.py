"""safety90 (issue #12): real red flags review23 found lost by safety87's quieter frames, each
fixed as a class: "I figure" is no explanation in a reply to the notice (notice_replies.py), a
watched-for condition ends where a statement told as happening begins (safety_net.py), a form's
ability item answered no is its loss whatever aside follows (checklist.py), and a retention told
in the sentence vetoes the everyday sense "wee in peace" (senses.py). Beside each, the calm twin
the frame was made quieter for stays calm."""

from __future__ import annotations

import pytest

from backcare.engine.safety.checklist import read_checklist
from tests.safety_cases import SAFETY

# review23's lost messages (red_flags_review23.jsonl) and the same classes reworded
LOST = [
    "I put 'can't feel my legs' into the app and it said emergency - I figure I should wait for"
    " my GP tomorrow though?",
    "Your checker flagged 'can't pee'. I figured it was a glitch but I really can't go since last"
    " night",
    "Hospital said monitor for loss of bladder control after his fall and there's a wet patch on"
    " his bed every morning",
    "The district nurse said to look out for mum's legs getting weaker and both are much weaker"
    " this week",
    "The physio said to watch for numbness in the saddle area and there is numbness there now",
    "Can feel bum when wiping: no (my wife noticed first)\nCan pee: yes\nLegs: fine",
    "Able to pee: no (husband rang 111)\nPain: severe",
    "Walking: no (my son has to hold me up)\nBack pain: 9/10",
    "Can feel bum when wiping: no",
    "Can walk: no (my daughter is here)",
    "Walking unaided: no (wife helps)",
    "Tried to have a wee in peace but nothing comes out, been 14 hours now",
]

# the calm twins each frame was made quieter for (red flags 32 and safety87's set)
CALM = [
    "Why did it say emergency? I typed 'can't pee' but I meant I can't pee in peace with three"
    " kids around lol",
    "Your checker flagged 'wet myself' as urgent. I meant I wet myself laughing at my dog, figure"
    " of speech",
    "the consultant said to watch for back pain and legs going weak. he's doing great",
    "Pain when walking: no",
    "Numb bum: no (my wife asked)",
    "can't have a wee in peace with the toddler, and my back aches from lifting her",
]


@pytest.mark.parametrize("question", LOST, ids=lambda q: q[:60])
def test_a_real_sign_in_a_quieter_frame_raises_an_emergency(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", (question, [f.id for f in flags])


@pytest.mark.parametrize("question", CALM, ids=lambda q: q[:60])
def test_the_calm_twin_stays_calm(question: str) -> None:
    assert not SAFETY.check(question), question


@pytest.mark.parametrize(
    ("form", "read"),
    [
        ("Can feel bum when wiping: no", "cannot feel bum when wiping"),
        ("Able to pee: no (husband rang 111)", "not Able to pee (husband rang 111)"),
        ("Walking: no", "cannot walk"),
        ("Walking unaided: no", "cannot walk"),
    ],
)
def test_an_ability_item_answered_no_reads_as_its_loss(form: str, read: str) -> None:
    assert read_checklist(form).strip() == read


def test_an_aside_naming_someone_else_still_frees_a_history_item() -> None:
    # "Cancer: no (dad had it)": the aside is dad's history, the no the asker's (safety87)
    assert read_checklist("Cancer: no (dad had it)").startswith("Cancer nil,")


def test_a_symptom_named_beside_walking_is_no_ability_item() -> None:
    # "Pain when walking: no" denies the pain; it is no loss of walking
    assert "cannot" not in read_checklist("Pain when walking: no")
    assert "cannot" not in read_checklist("Walking pain: no")
