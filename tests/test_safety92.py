"""safety92 (issue #12, red flags 33): its two misses, its two tiers and the everyday look-alikes
it flagged, by frame.

- Retention told as an effort that failed ("not managed a wee for about 14 hours"), and in a
  nurse's shorthand ("not PU'd since 6am"; "PU'ing fine" is peeing fine, not "puking").
- A saddle sign going on since a day gone by ("since the weekend I've had this odd muffled
  feeling around my bum when I sit on the hard chairs"): no seat explains a new sign
  (causes.py since_a_day), where a numb bum in a three-hour meeting that came back the second
  the asker stood up is the seat's (POSTURE_CAUSE, EASED_ON_STOPPING).
- Forms answered no item by item (an intake form, an occupational-health questionnaire, a
  checker's crosses): four or more of a form's answers of no settle the case as a calm word does
  (denied.py FORM_ANSWERS), a checker's leading ticks and crosses are read as its answers
  (checklist.py _leading_marks), a form's question to "you" after a comma is read as one.
- (A cancer removed years ago read as cleared was taken back by safety94: removal says nothing of
  a cancer that came back, spread or is still treated; tests/test_safety94.py.)
- Look-alikes: walking the dog, "I don't feel pain in my chest", "sign me off as fit", "it's
  not that I can't feel my legs", sweats that stopped once the duvet was swapped, a soft chair.

The emergencies told in each frame made quieter are tests/eval/red_flags_safety92.jsonl (read by
test_safety_sets too): every line must raise its own tier."""

from __future__ import annotations

import pytest

from tests.conftest import EVAL, read_jsonl
from tests.safety_cases import SAFETY

SET = read_jsonl(EVAL / "red_flags_safety92.jsonl")


@pytest.mark.parametrize("item", SET, ids=[i["q"][:50] for i in SET])
def test_each_emergency_told_in_a_quieter_frame_raises_its_tier(item: dict[str, str]) -> None:
    flags = SAFETY.check(item["q"])
    assert flags, item["why"]
    assert flags[0].urgency == item["tier"], item["why"]


MISSES = [
    "Been on co-codamol 30/500 for my back. Now I've not managed a wee for about 14 hours and my"
    " lower tummy is swollen. Is it the tablets?",
    "Since the weekend I've had this odd muffled feeling around my bum when I sit on the hard"
    " chairs in class. Low back sore too.",
    "pt with mechanical LBP, not PU'd since 6am, bladder scan 900ml",
]


@pytest.mark.parametrize("question", MISSES)
def test_a_sign_told_as_an_effort_a_shorthand_or_since_a_day_is_an_emergency(
    question: str,
) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"


CALM = [
    "Back clinic form:\nNumbness around bottom: No\nTrouble peeing: No\nBowel problems: No\n"
    "Fever: No\nWeight loss: No\nPain: 3/10 lower back, since gardening",
    "Did the surgery's back checker:\n✔ Pain in lower back\n✘ Numbness in groin\n"
    "✘ Weakness in both legs\n✘ Fever\n✘ Bladder change\nIs that good?",
    "my bum went numb in a two hour lecture, came back the minute I stood up. back a bit stiff too",
    "I get a dead bum in the cab on long runs but it's gone the moment I'm out and stretching."
    " Best seat cushion for my back?",
    "struggling walking the dog, he pulls like a train and my lower back aches after",
    "ward note: obs normal, PU'ing fine, back pain settling with paracetamol",
    "Sweats stopped once we switched to a thinner duvet. Any tips for a stiff lower back?",
    "I don't feel pain in my chest or anything, just a sore lower back from the gym. Ice or heat?",
    "Will my GP sign me off as fit to go back to work? Back's much better now",
    "It's not that I can't feel my legs, they're fine; my lower back locks up after sitting.",
]


@pytest.mark.parametrize("question", CALM)
def test_an_everyday_look_alike_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


def test_a_cancer_removed_months_ago_with_a_low_back_ache_is_seen_the_same_day() -> None:
    # safety94 (review24): a removal months ago is a cancer still in its treatment and follow-up,
    # no history cleared: the same-day notice stands
    flags = SAFETY.check("had a melanoma removed 6 months ago, low back ache for 10 days")
    assert flags and flags[0].urgency == "urgent" and flags[0].id == "cancer-history"


def test_a_cancer_removed_years_ago_with_a_plain_low_back_ache_is_seen_soon() -> None:
    # fixE (issue #12): safety94 kept "removed 7 years ago" same day because the remote rule read
    # no recurrence then; safety122's CANCER_SPREAD reads it ("it came back", "recurrence", "on
    # tamoxifen", a scan showing spread). SAFETY_FACTS.md: a history of cancer alone is a risk
    # factor (soon); same day needs upper or mid-back pain, worsening or constant severe pain,
    # pain on straining or night pain, none of which this ache is told with
    flags = SAFETY.check("had a melanoma removed 7 years ago, low back ache for 10 days")
    assert flags and flags[0].urgency == "soon" and flags[0].id == "cancer-history-remote"
    # a recurrence or a same-day sign told beside it keeps the same day
    for question in (
        "had a melanoma removed 7 years ago and it came back last year, low back ache for 10 days",
        "had a melanoma removed 7 years ago, low back ache for 10 days, wakes me every night",
    ):
        flags = SAFETY.check(question)
        assert flags and flags[0].urgency == "urgent", question


def test_a_checkers_ticked_sign_among_its_crosses_is_read_as_told() -> None:
    ticked = "Checker:\n✘ Fever\n✔ Numbness in groin/bottom\n✘ History of cancer\n✔ Back pain"
    flags = SAFETY.check(ticked)
    assert flags and flags[0].id == "cauda-equina-saddle"
