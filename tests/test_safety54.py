"""safety54 (issue #12, newcomer18): someone else's present saddle and leg numbness, and plain pain
read as an emergency by the learned check.

F1. A cared-for person's numbness told now raises as the asker's does ('others_now' gains SADDLE +
    NUMB and LEGS + NUMB): "his bum is numb now", "dad's bum is numb", "his legs are numb". A pet's,
    a character's, one long ago or over, cycling numbness that eases, and a definition asked
    ('others_barred': DEFINE, DOCUMENT_TALK, CLINICIAN) stay quiet.
F2. The learned check's emergency needs a sign the guidance names (plain.py): a message telling only
    plain pain (broken English "since 2 days", sciatica to the foot, "very strong", a fragment)
    raises nothing; the same messages with a sign in them keep their notice, and the learned
    check's catches in words no list holds ("i c4nt p33", "her pads are staying dry") stay.
The lines are tests/eval/red_flags_newcomer18.jsonl's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.safety_cases import SAFETY

LINES = [
    json.loads(line)
    for line in (Path(__file__).parent / "eval" / "red_flags_newcomer18.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
KNOWN_FLAGGED = frozenset(
    json.loads(
        (Path(__file__).parent / "eval" / "known_red_flags.json").read_text(encoding="utf-8")
    )["sets"]["red_flags_newcomer18"]["flagged"]
)


@pytest.mark.parametrize("line", LINES, ids=[line["q"][:50] for line in LINES])
def test_newcomer18_lines(line: dict[str, object]) -> None:
    flags = SAFETY.check(str(line["q"]))
    if line["urgent"]:
        assert flags and flags[0].urgency == line["tier"]
    else:  # a known false alarm is listed (review18: a word in another language keeps the
        # learned check's notice, as any word plain.py does not list)
        assert flags == [] or line["q"] in KNOWN_FLAGGED


@pytest.mark.parametrize(
    "question",
    [
        "i c4nt p33 since last night and my back hurts",
        "I cant we since this morning and my back is killing me",
        "her pads are staying dry all day now and she has bad back pain",
        "its like someone flicked the power off below my hips. back agony and i can barely "
        "shuffle across the room",
    ],
)
def test_learned_catches_in_unlisted_words_kept(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency == "emergency"
