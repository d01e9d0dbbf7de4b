"""safety45 (issue #12): words of others given in quotation marks (a product review's, a song's or a
poem's, a phrase to translate) are asked about, not told (engine/safety/quotations.py). Calm lines
in wordings of their own (not the probe's: tests/eval/red_flags_safety45.jsonl), each class with
look-alikes whose own signs, told beside the quoted words, must keep their notice short, with an
ordinary second question appended, inside a long message and inside a batch."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.safety.quotations import quotation_spans
from tests.safety_cases import SAFETY, long_message, rules

FOLLOW_UP = " Also, is heat or ice better for a stiff back?"

CALM = [
    # a product review's words
    "The five-star review of the car seat reads 'no more numb bum on long drives, my legs "
    "don't go weak either'. Worth it for my back?",
    'One review says "I fell off it twice and now can\'t feel my bum" about the balance cushion '
    "- are they good for backs?",
    # a song's or a poem's
    "My little girl sings 'my legs are jelly, I can't feel my toes' over and over; any stretches "
    "for my stiff back?",
    'We sang "I\'ve got a fever, a burning fever" at choir, and standing that long hurts my lower '
    "back",
    # a phrase to translate
    "How do you say 'my bladder leaks and my legs are weak' in Welsh? It's for my nursing course",
    'I have to translate "he fell from the ladder and can\'t move his legs" into French for '
    "class; my back aches from sitting",
]
KEPT = [
    # the asker's own sign beside the quoted words
    (
        "One review says 'my bum went numb'. I can't pee since this morning and my back is agony",
        "cauda-equina-bladder",
    ),
    ("A review says 'my legs went numb'; both my legs have been numb since yesterday", "both-legs"),
    # the asker claims the quoted sign
    (
        "The song goes 'I can't feel my legs' and I can't feel my legs either, my back hurts",
        "both-legs",
    ),
    (
        "How do you say 'I can't feel my bum' in Spanish? I can't feel my bum since the fall",
        "cauda-equina-saddle",
    ),
    # a scare quote around one word is the asker's own
    (
        "I was singing in the car when my bum went 'numb' and it's still numb, back agony",
        "cauda-equina-saddle",
    ),
    ("my legs went 'dead' singing at choir and I can't walk, back pain", "both-legs"),
    # the asker's own review, or a phrase to translate with no exercise named: their own sign
    ("My review of the sofa: 'my legs went numb and I can't walk'. Refund?", "both-legs"),
    (
        "I left a review saying 'I fell off it and broke my back'. Can they refuse a refund?",
        "trauma",
    ),
    ("How do I say 'I can't pee' in Italian to the doctor at the hotel?", "cauda-equina-bladder"),
    # the asker claims the quoted sign without naming it again
    ("The song says 'my legs are numb' - that's me, literally, back agony", "both-legs"),
    # a clinician's quoted words name no cue: a report
    ("The 111 nurse said 'go to A&E now' because I can't pee", "cauda-equina-bladder"),
]


@pytest.mark.parametrize("question", CALM)
def test_quoted_words_of_others_raise_no_notice(question: str) -> None:
    assert SAFETY.check(question) == []
    assert rules(question + FOLLOW_UP) == set()


@pytest.mark.parametrize("question", CALM[:2])
def test_quoted_words_of_others_leave_a_pointer(question: str) -> None:
    # asked about, as a general question is: the calm line names the tier were it happening
    assert SAFETY.pointer(question) is not None


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_a_sign_told_beside_quoted_words_keeps_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)
    assert rule in rules(question + FOLLOW_UP)
    assert rule in rules(long_message(question))


def _spans(question: str) -> list[tuple[int, int, bool]]:
    return quotation_spans(question, SAFETY.read(question)[0])


def test_apostrophes_inside_words_open_no_quotation() -> None:
    assert _spans("I can't pee and the kids' toys are everywhere") == []
    assert _spans("a review says 'my bum went numb' - ok?") == [(3, 6, False)]
    assert _spans("'Fever' by Peggy Lee") == [(0, 0, True)]
    assert _spans('the song "I can\'t feel my legs" is on') == [(2, 6, True)]


def test_quoted_words_in_a_batch() -> None:
    lines = [CALM[0], KEPT[0][0], CALM[2], KEPT[1][0]]
    result = CliRunner().invoke(app, ["ask", "--json", "-"], input="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [[f["id"] for f in a["red_flags"]] for a in answers]
    assert ids[0] == [] and ids[2] == []
    assert KEPT[0][1] in ids[1] and KEPT[1][1] in ids[3]
