"""safety42 (issue #12): redteam15's false alarms by class (place, event and money words; a
review's, a class cue's or a quiz's words asked about), a figurative "feel" (newcomer15 F4), and a
crisis told over two lines of a batch (hostile15 F11). Calm lines in wordings of their own (not the
probes'), each with look-alikes that must keep their notice, short, inside a long message, with an
ordinary second question appended and inside a batch."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from tests.safety_cases import SAFETY, long_message, rules

FOLLOW_UP = " Also, is heat or ice better for a stiff back?"

# place, event and money words, and figurative feel: senses (data only)
SENSES_CALM = [
    "we go to evening mass every week and the kneeling makes my lower back ache",
    "I'm thinking of taking the lump sum and spending some on physio for my back",
    "she took up fell running last year, which stretches help her lower back?",
    "fell running club on Sundays, how do I warm up my back?",
    "we drove to Victoria Falls on holiday and my back was stiff after the coach",
    "I can't feel my way round the booking page, where do I find back classes?",
    "I can't feel the love for my new office chair, is it bad for my back?",
    "I've lost my feel for the ball since my back went, how do I get back to tennis?",
]
SENSES_KEPT = [
    ("I fell running down the stairs this morning and landed on my back, it really hurts", "fall"),
    ("my mum fell walking to church today and hurt her back", "fall"),
    ("there's a mass on my spine near the bottom of my back and it aches", "lump-shape"),
    ("I can't feel my legs since this morning and have to feel my way along the wall", "both-legs"),
]

# a review's, a class cue's, a track's or a quiz's words asked about (short: _asked's guards)
DOCUMENT_CALM = [
    "The pilates instructor says let your legs go heavy and numb at the end, is that good for a bad back?",
    "One reviewer said your legs go numb on this sofa - is it any good for back pain?",
]
DOCUMENT_KEPT = [
    (
        "One reviewer said your legs go numb. Mine have been numb since yesterday and my back hurts",
        "both-legs",
    ),
    ("The teacher says let your legs go numb. My legs are numb now and it won't stop", "both-legs"),
]


@pytest.mark.parametrize("question", SENSES_CALM + DOCUMENT_CALM)
def test_a_word_sense_or_words_asked_about_raise_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


@pytest.mark.parametrize("question", SENSES_CALM)
def test_a_word_sense_stays_calm_long_and_with_a_follow_up(question: str) -> None:
    assert rules(long_message(question)) == set()
    assert rules(question + FOLLOW_UP) == set()


@pytest.mark.parametrize(("question", "rule"), SENSES_KEPT + DOCUMENT_KEPT)
def test_the_sign_beside_a_sense_or_quoted_words_keeps_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert rule in rules(long_message(question))
    assert rule in rules(question + FOLLOW_UP)


def _batch(lines: list[str]) -> list[list[str]]:
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    return [[f["id"] for f in a["red_flags"]] for a in answers]


def test_a_crisis_told_over_two_lines_is_read_across_them() -> None:
    lines = [
        "what helps a stiff back",
        "I want to end",
        "my life",
        "is heat or ice better for a stiff back?",
        "some days I think I might end",
        "it all tonight",
    ]
    flags = _batch(lines)
    assert flags[0] == [] and flags[1] == [] and flags[3] == []
    assert flags[2][0] == "crisis"
    assert flags[5][0] == "crisis"


def test_lines_that_make_no_crisis_together_stay_calm() -> None:
    # left (docs/safety.md, safety42): "... at the end" with no "?" before "my life is busy"
    # reads as "end my life"; no eval set's 10,537 unended breaks has such a pair
    lines = [
        "I want to end my gym membership",
        "my back is too sore to go",
        "Which stretch should I do at the end?",
        "my life is busy, are short ones ok?",
        "I want to end.",
        "My life is better since the physio",
    ]
    assert all(f == [] for f in _batch(lines))


def test_the_feel_idiom_wrapped_in_a_batch_stays_calm_and_a_wrapped_loss_does_not() -> None:
    lines = [
        "Can I pay by card? I am sorry I cant",
        "feel my way around the website, where is the booking button",
        "I cant",
        "feel my legs since this morning",
    ]
    flags = _batch(lines)
    assert flags[0] == [] and flags[1] == [] and flags[2] == []
    assert "both-legs" in flags[3]
