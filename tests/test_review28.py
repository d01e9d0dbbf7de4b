"""review28 (issue #12): a cold reviewer's red flags written in the frames safety108 and safety109
made quieter (tests/eval/red_flags_review28.jsonl, written in batches, the last lines in the
frames where probes showed a loss, to show each loss as a class). First run on 8a74298a, the old
code: caught 143/151, false alarms 9/21; safety108 (4e410252) lost 16 and lowered 3 (dated_back.py
dating a present sign before "I had a slipped disc. That was 2 years ago and I've been fine
since"; the senses of "weeing constantly", "water retention" and "leaning back"; the widened seat
cause; asked_over.py reading a question's new fever and agony as the episode's; worse_ahead.py
beside a cancer history); safety110 narrowed each by class: 144/151, false alarms 5/21; with
safety109 and safety111 merged (a numbness still told hours later, "still numb at bedtime"),
146/151. Every sign
is caught at least at its labelled tier and every twin raises nothing, but for the rows below
(strict xfails: a fix shows)."""

from __future__ import annotations

import pytest

from tests.safety_cases import row_id, set_rows, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# missed (or below their tier) on every version, the old code's included (review28_report.md,
# "common to all")
MISSED_EVERYWHERE = {
    # a general question's frame ("how long can someone go without weeing") over a retention told
    "General question - how long can someone go without weeing before its dangerous? Husband's"
    " bad back, hasn't been since 6am and it's 9pm",
    # a fall from about 2 metres read as a child's fall at play
    "pupil fell backwards off the wall bars in the gym this afternoon, flat on her back from"
    " about 2 metres up. Teary but walking. anything to watch for tonight?",
    # a tearing pain into the tummy at 70 (an aneurysm) raises the urgent tier only
    "back pain came on suddenly an hour ago, worst pain of my life, tearing, going into my tummy,"
    " I'm 70",
    # an easing on getting off denied ("now it doesn't") with a duration after it
    "numb bum on the saddle, it used to go as soon as I got off but now it doesn't, 3 days now",
    # the saddle numbness told again over the drive home (itself a seat) and today
    "Blamed the cheap folding chairs at the festival for my numb bum but it's been numb for the"
    " whole drive home and today as well",
    # legs that went, told before a history dated by "That was 5 years ago"
    "My back gave way lifting the kids and my legs went. I had a prolapsed disc that was treated."
    " That was 5 years ago, all good since.",
}

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
