"""safety93 (issue #12, review24): the fixes of what the cold review found lost on safety91.
A sign told bare beside a common-knowledge cue and a contrast ("Obviously numb bum, but what do I
do?") is the asker's own, the pronoun dropped in a hurry: common_knowledge.py holds a sign only
in a generic frame ("if you ...", "you'd ...", "a numb bum means ...") and reads the asker's own
next step after the contrast ("should I", "do I") as a claim. A wet patch on the bed from sweat is
a night sweat (FEVER), not a sense hiding the word. tests/eval/red_flags_safety93.jsonl holds
real signs told in both frames in new words, with calm twins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.safety_cases import SAFETY

SET = Path(__file__).parent / "eval" / "red_flags_safety93.jsonl"
ROWS = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
ORDER = {"emergency": 0, "urgent": 1, "soon": 2}


@pytest.mark.parametrize("row", [r for r in ROWS if r["urgent"]], ids=lambda r: r["q"][:50])
def test_a_sign_in_the_frames_review24_found_keeps_its_tier(row: dict[str, str]) -> None:
    flags = SAFETY.check(row["q"])
    assert flags, row["q"]
    assert ORDER[flags[0].urgency] <= ORDER[row["tier"]], (row["q"], flags[0].urgency)


@pytest.mark.parametrize("row", [r for r in ROWS if not r["urgent"]], ids=lambda r: r["q"][:50])
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


@pytest.mark.parametrize(
    "message",
    [
        "Obviously numb bum, but what do I do?",
        "Clearly both legs weak and tingly, can't stand up properly, but is a chiropractor any use?",
        # a generic frame, then the asker's own next step asked
        "Everyone knows a numb bum means A&E, but should I go now or wait for the GP?",
    ],
)
def test_a_bare_sign_beside_common_knowledge_is_the_askers_own(message: str) -> None:
    assert [f.urgency for f in SAFETY.check(message)][:1] == ["emergency"], message


def test_a_wet_bed_from_sweat_is_a_night_sweat() -> None:
    message = "wet patch on my bed from sweat every night for a month, lost a stone, back pain"
    assert "infection-fever" in [f.id for f in SAFETY.check(message)]
    # the sense for a patch from a spilt drink or a water bottle stays: no bed-wetting read
    assert (
        SAFETY.check("damp patch on the bed from the water bottle, back pain after gardening") == []
    )
