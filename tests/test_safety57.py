"""safety57 (issue #12, red flags 27): the learned check's higher bar where every warning sign a
message names is denied (data/red_flags.json 'learned.denied_signs', denied_signs.py).

A checklist gone through and answered no ("not numb anywhere, bowels and bladder normal, both legs
fine"; a 111 call's questions answered no) scored a learned emergency. With every sign and every
place of one named denied, a learned emergency needs P >= the data's bar. Its twins keep their
notice: a sign told beside the denials (the rules' or the learned check's: "Leaking - actually
yes", a part told as "Feeling when I wipe - none")."""

from __future__ import annotations

import copy

import pytest

from backcare.engine.safety.denied_signs import denied_bar
from tests.safety_cases import SAFETY

CALM = [
    "not numb anywhere, bowels and bladder normal, both legs fine. sciatica in my right leg only, "
    "4 days, getting better. best sleeping position?",
    "no numbness anywhere, waterworks normal, both legs fine. sciatica down my left leg only, a "
    "week now, easing. best mattress?",
    "The nurse on the phone asked: any numbness around your bottom? No. Any trouble passing urine? "
    "No. Any weakness in your legs? No. Any fever? No. She said it's a strain. How long should I "
    "rest?",
    "I didn't wet myself, luckily, but my back really hurts",
]

RED = [
    (
        "not numb anywhere, bowels and bladder normal, but both legs are numb now. sciatica in my "
        "right leg. best sleeping position?"
    ),
    "no numbness anywhere, but I can't pee since this morning. sciatica in my right leg.",
    (
        "Got a leaflet from the physio about cauda equina with a list of warning signs. Numb bottom "
        "- no. Cant pee - no. Leaking - actually yes, since Tuesday I've had to start wearing one of "
        "my wife's pads. Is that one of the important ones?"
    ),
    "Back pain 3 days - Feeling when I wipe - none - Fever - no",
    "I wet myself this morning and my back really hurts",
]


@pytest.mark.parametrize("question", CALM, ids=[q[:40] for q in CALM])
def test_every_sign_denied_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", RED, ids=[q[:40] for q in RED])
def test_a_sign_told_beside_the_denials_still_raises(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


def test_the_bar_is_what_silences_them() -> None:
    """Without the data's bar the learned check raises on the first and the last (the old
    behaviour; the others were calm before too)."""
    assert SAFETY._learned is not None
    learned = {k: v for k, v in SAFETY._learned.items() if k != "denied_signs"}
    loose = copy.copy(SAFETY)
    loose._learned = learned
    loose._last_read = None
    loose._last_pointer = ("", None)
    assert all(
        loose.check(q) and loose.check(q)[0].urgency == "emergency" for q in (CALM[0], CALM[-1])
    )


def test_denied_bar_reads_the_data() -> None:
    assert SAFETY._learned is not None
    spec = SAFETY._learned["denied_signs"]
    assert 0.0 < float(spec["emergency"]) < 1.0
    assert not set(spec["signs"]) & set(spec["parts"])
    assert denied_bar({}, []) == 0.0


# A relative's back trouble told as a long past ("was always bad", "were forever bad") is family
# history, as "used to be bad" already was, not their back pain now beside a relative's old cancer
# (PAST gains "back|backs was|were always|forever"); their back bad now still raises.
FAMILY_CALM = [
    "My grandmother had cancer. My mum's back was always bad too. Is back pain genetic?",
    "My gran had bone cancer and my dad's back was forever bad, though that was from the building "
    "sites. is a bad back inherited?",
    "my parents' backs were always bad and my aunt had cancer. am I likely to get back problems?",
]
FAMILY_RED = [
    "My mum had breast cancer in 2002 and now her back is really bad. what should she do?",
    "My mum had breast cancer. Her back was always bad but this week she can't walk and she's "
    "wet herself.",
    "My back was always bad but now I can't pee and both legs are numb",
]


@pytest.mark.parametrize("question", FAMILY_CALM, ids=[q[:40] for q in FAMILY_CALM])
def test_a_relatives_long_past_back_is_family_history(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", FAMILY_RED, ids=[q[:40] for q in FAMILY_RED])
def test_a_back_bad_now_beside_cancer_or_signs_still_raises(question: str) -> None:
    assert SAFETY.check(question)
