"""review15's findings on the merged tree of the fifteenth session: the asker's own signs told to
the clinic after an instruction's words (F14), a framed message's other values (F1), a general
question about a disc pressing on the cauda equina (F5)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.answer import red_flags


@pytest.mark.parametrize(
    "told",
    [
        "just to let you know i can't pee and my bum is numb since this morning",
        "please let your doctor know my legs have both gone weak and i've wet myself",
        "should i wait until you open on monday as i can't pee and my bum is numb",
        "you know how you told me to watch for numbness, well my bum has gone numb and i can't pee",
    ],
)
def test_an_instructions_reach_ends_at_the_askers_own_word(told: str) -> None:
    assert any(
        flag.urgency == "emergency" and flag.id != "described-warning-sign"
        for flag in red_flags(told)
    )


@pytest.mark.parametrize(
    "cue",
    [
        "Leg day cue from my coach: squat until you can't feel your legs. Is deep squatting bad?",
        "In yoga nidra the teacher says let your legs go heavy and numb. Is that pose good for a stiff back?",
    ],
)
def test_an_exercise_cue_stays_calm(cue: str) -> None:
    assert not red_flags(cue)


@pytest.mark.parametrize(
    "question",
    [
        "how does a herniated disc compress the cauda equina?",
        "can a bulging disc squeeze the cauda equina?",
    ],
)
def test_a_general_question_about_compression_is_no_report(question: str) -> None:
    assert not red_flags(question)


def test_a_framed_messages_other_values_are_read_for_red_flags() -> None:
    lines = [
        {"q": "how do i stretch my back", "also": "i cant pee and my bum is numb"},
        {"q": "how do i stretch my back", "id": 42, "ctx": {"thread": ["hi", "thanks"]}},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    done = CliRunner().invoke(app, ["ask", "--json", "--input", "jsonl", "-"], input=stdin)
    assert done.exit_code == 3
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert {flag["urgency"] for flag in first["red_flags"]} == {"emergency"}
    assert second["red_flags"] == [] and second["match"] is not None


@pytest.mark.parametrize(
    "told",
    [
        "since yesterday i've lost control of my bowels. Two years ago I changed jobs.",
        "since this morning i can't pee and my bum is numb. Last winter I joined a gym.",
    ],
)
def test_a_later_sentences_time_dates_its_own_event(told: str) -> None:
    # review15 F10: "Two years ago" opening a sentence with its own event made the sign before
    # it history (no notice, exit 1)
    assert any(flag.id.startswith("cauda-equina") for flag in red_flags(told))


def test_a_time_told_of_the_episode_before_still_dates_it() -> None:
    # "for it" points back: the surgery's time is the episode's (data: dated_back)
    assert not red_flags("I had a numb bum and couldn't pee. Two years ago I had surgery for it.")
