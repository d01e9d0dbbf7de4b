"""safety137 (issue #12): red flags people describe that were still missed, fixed by cause.

- A relative's report that the asker is confused ("my dad says I'm confused"): SEPSIS_MIND's
  phrase for it wrote two-word alternatives ("i am", "ive been"), which never matched, so the
  sense "I'm confused" hid it; beside a fever it is sepsis-shock's emergency. "confused about"
  stays a sense.
- Hesitancy told by standing at the toilet until the flow starts (RETENTION): NO_FLOW's own phrase
  held the toilet word, so the bladder rule found no TOILET or URINE beside it.
- Someone else's leaking told as just begun ("Mum started leaking urine"): INCONT_ONSET, their
  emergency now (others_now), a young child's new bed-wetting barred.
- Daily life given up: shifts and overtime, "at the end of my rope" with the back, not managing
  the stairs; work given up to do something else ("to look after my new baby") is a sense.
- "for about a week after painting the ceiling" after a perfect word ("I've got") lasts to now
  (past.py _lasts_to_now), no story over.
- A weight told "down 5 kg" (WEIGHT_LOSS), with the purposes that set "lost 5 kg" aside.
- A pain score told rising by the day ("a 3 on monday, a 6 yesterday, today it's a 9":
  rising_scores.py); undated or falling scores stay calm.
- Turkish, Romanian and Egyptian Arabic in Latin letters (data/foreign_reading.json).
- A high fever or rigors with no back pain named (fever-high).

Every message here is this round's own (tests/eval/red_flags_safety137.jsonl), none copied from
an eval set.
"""

from __future__ import annotations

import pytest

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rising_scores import rising_scores
from tests.safety_cases import ORDINARY_LINE, SAFETY, keeps_its_tier, row_id, set_rows, tier


@pytest.mark.parametrize("row", set_rows("safety137", True), ids=row_id)
def test_a_real_sign_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize("row", set_rows("safety137", False), ids=row_id)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


# each reading of this round beside an emergency sign the rules read, in the same sentence: the
# emergency stays first
BESIDE_EMERGENCY = [
    "I've got a fever of 39 and the shakes and my bum feels numb",
    "I've got a temperature of 39 and I haven't had a wee since last night",
    "fever of 38.6 and the shakes and both my legs have gone numb",
    "I've had to give up my shifts and I can't feel my bum when I wipe",
    "at the end of my rope with my back and I've wet myself twice today",
    "I'm not managing the stairs and both legs are numb since Monday",
    "Back pain, I'm down 5 kg and I can't feel the toilet paper when I wipe",
    "backache was a 3 on monday, a 6 yesterday, today it's a 9 and I can't pee",
    "back pain 4/10 yesterday, 9/10 today and both my legs have gone numb",
    "Mum started leaking urine and she can't feel her bottom",
    "I stand at the toilet for ages before anything comes out and my bum is numb",
    "My dad says I'm confused and burning up and my back is agony",
    "Had bowel cancer 6 years ago. I've got a new back ache for about a week after painting "
    "and both my legs are weak",
]


@pytest.mark.parametrize("message", BESIDE_EMERGENCY)
def test_an_emergency_beside_this_rounds_readings_stays_first(message: str) -> None:
    assert tier(message) == "emergency", message


def _scored(text: str) -> bool:
    _, mentions = SAFETY.read(text)
    return any(m.concept == "RAPID_WORSE" for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "backache was a 3 on monday, a 6 yesterday, today it's a 9",
        "my back pain is a 9 now, it was a 6 yesterday and a 3 on saturday",
        "back pain 2 on sunday, 5 yesterday, 8 this morning",
    ],
)
def test_scores_rising_by_the_day_are_a_rapid_worsening(text: str) -> None:
    assert _scored(text), text


@pytest.mark.parametrize(
    "text",
    [
        "2/10 now, was 7/10, back much easier",  # one dated score: no order told
        "back pain was 8 on monday, 5 yesterday, 2 today",  # falling
        "my back pain was a 3 last month and now it's a 9",  # a month: no rapid change
        "back pain a 3 yesterday and a 4 today",  # too small a rise
        "I'm 6 today and my back hurts, my brother was 9 on monday",  # ages, no scores told
        "back pain, I walked 3 miles yesterday and 9 miles today",  # units
    ],
)
def test_scores_not_rising_by_the_day_add_nothing(text: str) -> None:
    assert not _scored(text), text


def test_rising_scores_adds_nothing_without_two_numbers() -> None:
    token = Token("today", "today", 0, 0, 0, None, (), 0, 0)
    assert rising_scores([token], []) == []


def test_a_batch_reads_rising_scores_past_its_quick_exit() -> None:
    """The quick exit (screen.py) reads phrases; rising scores come from numbers and day words."""
    for _ in range(30):
        SAFETY.check(ORDINARY_LINE)
    assert tier("backache was a 3 on monday, a 6 yesterday, today it's a 9") == "urgent"


# this round's own red-team lines in redteam37's shape (an emergency only the learned check reads,
# beside a sign this round's readings now raise soon or urgent): lowered on safety137's branch
# alone, emergencies with the masked reading beside a lower rule (beside_rules.py, masked38)
NEEDS_MASKED = [
    "6 weeks and I've had to give up my shifts, and my bottom feels cold and strange",
    "back pain 4/10 yesterday, 9/10 today and I keep going over on my feet",
]


@pytest.mark.parametrize("message", NEEDS_MASKED)
def test_an_emergency_only_the_learned_check_reads_beside_this_rounds_readings(
    message: str,
) -> None:
    assert tier(message) == "emergency", message
