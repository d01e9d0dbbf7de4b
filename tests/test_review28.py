"""review28 (issue #12): a cold reviewer's red flags written in the frames safety108 and safety109
made quieter (tests/eval/red_flags_review28.jsonl, written in batches, the last lines in the
frames where probes showed a loss, to show each loss as a class). First run on 8a74298a, the old
code: caught 143/151, false alarms 9/21; safety108 (4e410252) lost 16 and lowered 3 (dated_back.py
dating a present sign before "I had a slipped disc. That was 2 years ago and I've been fine
since"; the senses of "weeing constantly", "water retention" and "leaning back"; the widened seat
cause; asked_over.py reading a question's new fever and agony as the episode's; worse_ahead.py
beside a cancer history); safety110 narrowed each by class: 144/151, false alarms 5/21; with
safety109 and safety111 merged (a numbness still told hours later, "still numb at bedtime"),
146/151; with safety113, 151/151. Every sign is caught at least at its labelled tier and every
twin raises nothing, but for the rows below (strict xfails: a fix shows)."""

from __future__ import annotations

import pytest

from tests.safety_cases import row_id, set_rows, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# missed (or below their tier) on every version, the old code's included (review28_report.md,
# "common to all"): safety113 read each class (a question's stretch answered by the asker's own
# figure, a fall's height told last, pain going into the tummy, "used to ... but now it
# doesn't", a numbness going on into today after the seats, legs that went), so none is left
MISSED_EVERYWHERE: set[str] = set()

# ordinary twins that raise a notice on every version
RAISED_EVERYWHERE = {
    "Numb bum on the bike saddle, but it goes as soon as I stand on the pedals. Normal?",
    "I'm 30 and slid off my horse at a walk onto the sand in the arena, bit bruised on my bum,"
    " rode again after. How long will it ache?",
    "100 mile sportive on Sunday, bits went a bit numb on the saddle but it went within the hour"
    " of getting off. Better saddle?",
    "Fell off a kitchen step (one step) onto my bum, I'm 35, bit bruised, walking fine. Ice or"
    " heat?",
}

# raised on the old code and again since safety110: "water retention" is what people call not
# passing water, so the sense safety108 gave it is dropped but for a retention in a body part
RAISED_AS_BEFORE = {
    "Does water retention make your lower back ache? I'm puffy round the ankles before my period,"
    " no other problems",
}


@pytest.mark.parametrize(
    "row",
    set_rows("review28", True, MISSED_EVERYWHERE, "missed on every version (see the list)"),
    ids=row_id,
)
def test_a_sign_is_caught_at_least_at_its_tier(row: dict[str, str]) -> None:
    raised = tier(row["q"])
    assert RANK[raised] >= RANK[row["tier"]], (row["q"], raised, row["tier"])


@pytest.mark.parametrize(
    "row",
    set_rows("review28", False, RAISED_EVERYWHERE | RAISED_AS_BEFORE, "a known false alarm"),
    ids=row_id,
)
def test_an_ordinary_twin_raises_nothing(row: dict[str, str]) -> None:
    assert tier(row["q"]) is None, row["q"]
