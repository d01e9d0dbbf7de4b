"""An emergency only the learned check reads, told beside a lower tier's risk, stays an emergency.

Each message is a labelled emergency of a blind red-flag set (tests/eval/red_flags_holdout*.jsonl,
40 words or fewer, raised by the learned check alone) with a lower tier's fact put before it: an age,
a fall, a weight loss, night pain, a past cancer, steroids, not improving or a fever ("I fell last
week and sciatica was only in my right leg, now it's in both and the left one is weak"). On 72a4fbaa
each fell to the lower rule's tier ("base" in tests/data/masked_beside.jsonl): beside a lower rule
the learned emergency had to be sure, or survive setting aside the rule's whole sentences, which
held the sign too. beside_rules._masked_emergency reads the message with only the rule's own words
masked (docs/safety.md, "masked38")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import load_safety

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "masked_beside.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
SAFETY = load_safety()


def test_the_set_is_whole() -> None:
    assert len(CASES) >= 114
    assert {case["tier"] for case in CASES} == {"emergency"}
    assert {case["base"] for case in CASES} <= {"urgent", "soon"}


@pytest.mark.parametrize("question", [case["q"] for case in CASES])
def test_an_emergency_beside_a_lower_fact_stays_one(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question


@pytest.mark.parametrize(
    "question",
    [
        "I fell over in the garden",
        "I'm 72 and my back started aching this week",
        "I've lost a stone without trying and my back aches",
        "the pain wakes me at night and it's been like that for a month",
    ],
)
def test_a_lower_fact_alone_is_not_raised(question: str) -> None:
    # the rule's own words masked leave nothing for the learned check to read as an emergency
    flags = SAFETY.check(question)
    assert not flags or flags[0].urgency != "emergency", question
