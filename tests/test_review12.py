"""review12's findings on the merged readings of the twelfth session (issue #12): signs that the
day's new "not a sign" readings silenced, each short, inside a message of more than 200 words (the
rules alone read those) and in a batch, with the twins those readings were made for still calm.

- safety31's "ITEM? No." answer: a hedge ("Not really, ...", "No, not weak, ...") before the sign
  told in other words is no denial; only an answer that is its whole sentence is.
- safety32's list and comparison reading: a sentence of its own beside the list that is no framing
  ("Asking because of both", "Have both.", "Tick, tick, tick.") may claim the signs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_backcare
from tests.safety_cases import flagged, long_message, rules

KEPT = [
    ("Weak legs? Not really, they just keep buckling under me.", "both-legs"),
    ("Weak legs? Not really. They just keep giving way under me.", "both-legs"),
    ("Numb legs? Not really, they're more like dead weights I can't lift.", "both-legs"),
    ("Bladder trouble? Not really, it just dribbles out when I walk.", "cauda-equina-bladder"),
    ("Weak legs? No, not weak, they just won't hold me up.", "both-legs"),
    ("Pain in chest? Not really, more like crushing pressure spreading to my arm.", "chest-heart"),
    ("Numb bum? Not really, it's more that I can't feel it at all", "cauda-equina-saddle"),
    ("Weakness in my legs? Nope, they just collapse under me since yesterday.", "both-legs"),
    (
        "What are the red flags for cauda equina, like saddle numbness and retention? Asking "
        "because of both",
        "cauda-equina-saddle",
    ),
    (
        "List the red flags for back pain, e.g. saddle numbness, can't pee. Both of these are "
        "happening.",
        "cauda-equina-bladder",
    ),
    (
        "What are the red flags like saddle numbness and not peeing? Have both.",
        "cauda-equina-saddle",
    ),
    (
        "Name the signs of cauda equina: numb bum, can't pee, weak legs. Tick, tick, tick.",
        "cauda-equina-saddle",
    ),
    (
        "Is saddle anaesthesia different from a numb bum? Whichever it is, it's been that way two "
        "days and the toilet isn't working either",
        "cauda-equina-saddle",
    ),
]

CALM = [
    "Heavy legs? No. Heavy backpack? Yes, 20kg for a trek in Nepal. How should I pack it?",
    "Fever? Nope. Just a stiff back from gardening.",
    "What are the red flags for cauda equina, like saddle numbness and retention?",
    "Is saddle anaesthesia the same as a numb bum from sitting too long?",
]


@pytest.mark.parametrize(("question", "flag"), KEPT)
def test_a_sign_told_after_a_hedge_or_a_list_raises_its_notice(question: str, flag: str) -> None:
    assert flag in flagged(question)


@pytest.mark.parametrize(("question", "flag"), KEPT)
def test_and_inside_a_long_message(question: str, flag: str) -> None:
    assert flag in rules(long_message(question))


@pytest.mark.parametrize("question", CALM)
def test_the_readings_twins_stay_calm(question: str) -> None:
    assert not {f for f in flagged(question) if f != "described-warning-sign"}


def test_and_in_a_batch(tmp_path: Path) -> None:
    batch = "\n".join(q for q, _ in KEPT) + "\n"
    done = run_backcare("ask", "--json", "-", home=tmp_path, stdin=batch.encode(), text=True)
    assert done.returncode == 3
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == len(KEPT)
    for line, (_, flag) in zip(lines, KEPT, strict=True):
        assert flag in {f["id"] for f in line["red_flags"]}, line["query"]
