"""Real emergencies that this session's merged red-flag readings lowered (redteam37, 2026-12-07).

Three helpers' readings (safety132's zero answers, safety133's and safety134's new soon and urgent
readings: a weight loss told by its figure, a daily activity or shifts given up, a pain worse hour by
hour or a score from 3 to 9) were red-teamed on the merged tree and not landed: a new lower-tier rule
firing beside an emergency only the learned check reads raises the bar the learned emergency must
pass (beside_rules._stands_beside), so "I'm down half a stone and my bottom feels cold and strange"
fell from emergency to soon. Each message here raised an emergency on the base (a7332777) and was
lowered by one of those readings; any reading landed later must keep them emergencies
(docs/safety.md, "redteam37")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.safety import load_safety

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "redteam37_lowered.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
SAFETY = load_safety()


def test_the_set_is_whole() -> None:
    assert len(CASES) == 35
    assert {case["tier"] for case in CASES} == {"emergency"}


@pytest.mark.parametrize("question", [case["q"] for case in CASES])
def test_an_emergency_only_the_learned_check_reads_stays_one_beside_a_lower_cue(
    question: str,
) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency", question
