"""review17 (a cold review of the seventeenth session's red-flag changes): 22 real reports in the
frames those changes quieted, each raised by the code before them and silenced (or lowered) by
them; every line of tests/eval/red_flags_review17.jsonl (246 kept reports) is guarded by
test_safety_sets too. Causes: a death in a sentence made every other person's signs a story over
(bygone.py), "I have a few of those" and "that happened to me" after a leaflet's or a lecture's
content were no claim (syllabus.py), and "no, I can pee after straining for ages" read as a
checklist's plain no (checklist.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.safety_cases import SAFETY, tier

SET = Path(__file__).parent / "eval" / "red_flags_review17.jsonl"
LOST = [
    (row["q"], row["tier"])
    for row in map(json.loads, SET.read_text(encoding="utf-8").splitlines())
    if "NEW-MISS" in row["why"]
]

# the look-alikes these readers were made for, which must stay calm
CALM = [
    "My late uncle had bowel cancer and always said his back hurt before they found it. My own "
    "back is fine, just the usual desk stiffness, any tips?",
    "Revising red flags for my physio finals: cauda equina, saddle numbness, retention. Sitting "
    "at my desk so long is giving me a stiff back, tips?",
    "Our manual handling leaflet at work lists 'loss of bladder control' as a red flag. Which "
    "posture is best for lifting boxes off the floor?",
    "- any weakness in your legs? no, I can walk on heels and tiptoes",
    "- any problems passing urine? no, normal",
]


def test_the_review_found_22() -> None:
    assert len(LOST) == 22


@pytest.mark.parametrize(("question", "expected"), LOST)
def test_each_lost_report_is_raised_at_its_tier(question: str, expected: str) -> None:
    assert tier(question) == expected


@pytest.mark.parametrize("question", CALM)
def test_the_look_alikes_stay_calm(question: str) -> None:
    assert SAFETY.check(question) == []
