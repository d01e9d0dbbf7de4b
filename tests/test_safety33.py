"""safety33's holder reading (holder.py; docs/safety.md, "Thirty-third round"; issue #12): who has
a sign and when, read from the sentence it sits in: someone else in care or with a long-standing
sign; someone else well again after a past story; a general question about anyone with someone
else's past story; the asker's own case supposed ("if I ever"); a job's cases listed without a
verb; a character's signs. Each class in wordings of its own (not the probe's), with twins that
keep their notice (the asker's own sign beside someone else's, a new episode, a fresh word), and
every kept sign also inside a message of more than 200 words, which only the rules read."""

from __future__ import annotations

import pytest

from backcare.engine.safety.holder import Holding, When, Who, holding
from backcare.engine.safety.rules import Mention
from tests.safety_cases import SAFETY, flagged, long_message, rules

KEPT = [
    # someone else in care, but something new told
    (
        "My uncle is in hospital with a slipped disc and since this morning he can't feel his legs",
        "both-legs",
    ),
    # managed outside hospital: settles their pain, not their numbness or weakness
    ("My partner is off sick with his back and both his legs have gone weak", "both-legs"),
    # someone else's sign beside the asker's own
    (
        "My wife is off sick with sciatica. I've had numbness in both my legs since Saturday with "
        "my back",
        "both-legs",
    ),
    # someone else's trauma now, not in care
    ("My nephew fell off the garage roof twenty minutes ago and says his back is agony", "trauma"),
    # someone else said well, but the sign is now
    (
        "My grandad can't pee since last night with his bad back, he seems fine otherwise",
        "cauda-equina-bladder",
    ),
    ("My son fell off his bike an hour ago, his back hurts, he's ok to stand", "trauma"),
    (
        "My husband had a fever and back pain last week, he was fine but today his fever and back "
        "pain are back",
        "infection-fever",
    ),
    # a general question, then the asker's own sign
    (
        "Why do people lose feeling around their bottom with a disc? Mine has gone numb since "
        "Tuesday",
        "cauda-equina-saddle",
    ),
    (
        "How does a disc make someone wet themselves? It happened to my friend and I've wet "
        "myself twice today",
        "cauda-equina-bladder",
    ),
    # "if I ever", with a time course or a fresh word
    (
        "If I ever can't pee properly, is it an emergency? It's been like that for two days",
        "cauda-equina-bladder",
    ),
    (
        "If I ever lose control of my bowels again like this morning, where do I go?",
        "cauda-equina-bowel",
    ),
    # a job, then the asker's own sign
    (
        "Ambulance technician here. Came off my mountain bike this morning, landed on my back",
        "trauma",
    ),
    # a film named, the asker's own sign or a relative's told
    (
        "During the film at the cinema my mum suddenly couldn't feel her legs and her back is "
        "agony",
        "both-legs",
    ),
    (
        "In a documentary a man lost feeling in his legs. Mine have both gone numb since lunch, "
        "back aches",
        "both-legs",
    ),
]


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_keeps_its_rule(question: str, rule: str) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(("question", "rule"), KEPT)
def test_the_sign_keeps_its_rule_in_a_long_message(question: str, rule: str) -> None:
    assert rule in rules(long_message(question))


CALM = [
    # someone else in care or with a long-standing sign
    "My grandad is in intensive care after a fall from scaffolding, what does spinal rehab involve?",
    "My mum's been admitted after a car accident with a back injury, what can I take in for her?",
    "My neighbour has had sciatica in both legs for decades. Is swimming good for a sore back?",
    "My boss has sciatica down both legs and is seeing a specialist. Tips for my stiff neck?",
    # someone else well again after a past story
    "My sister had a high fever and back ache in the spring, it was a kidney infection, she's "
    "fine now. What causes kidney infections?",
    # a general question about anyone, someone else's past story
    "Why do some people lose control of their bladder with a slipped disc? My uncle had that once.",
    # the asker's own case supposed
    "If I ever lost control of my bowels with back pain, is that 999 or 111?",
    # a job's cases listed
    "Trauma nurse here, falls, crashes, stabbings, all shift. Best stretches for my lower back?",
    # a character's signs
    "In a drama I watched, a woman's back pain was a tumour and she couldn't feel her legs. Can "
    "that happen?",
]


@pytest.mark.parametrize("question", CALM)
def test_calm(question: str) -> None:
    assert not rules(question)


def test_a_general_question_with_a_story_gives_the_pointer() -> None:
    # asked, not silent: the calm pointer names the tier the signs would have
    question = "How does a disc make someone lose bladder control? My aunt had it happen once."
    assert not flagged(question)
    assert SAFETY.pointer(question) == "emergency"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, Holding(Who.ASKER, When.NOW)),
        ({"other": True}, Holding(Who.OTHER, When.NOW)),
        ({"other": True, "resolved": True}, Holding(Who.OTHER, When.OVER)),
        ({"past": True}, Holding(Who.ASKER, When.OVER)),
        ({"negated": True}, Holding(Who.ASKER, When.DENIED)),
        ({"asked": True}, Holding(Who.NOBODY, When.TOPIC)),
        ({"general": True}, Holding(Who.NOBODY, When.TOPIC)),
    ],
)
def test_holding_reads_a_mention(fields: dict[str, bool], expected: Holding) -> None:
    def field(name: str) -> bool:
        return fields.get(name, False)

    mention = Mention(
        "NUMB",
        0,
        0,
        0,
        field("negated"),
        field("other"),
        field("past"),
        resolved=field("resolved"),
        general=field("general"),
        asked=field("asked"),
    )
    assert holding(mention) == expected


def test_the_readings_are_linear_on_long_input() -> None:
    # a thousand sentences of someone else in care and well: one pass each, no blow-up
    text = "My dad is in hospital, he's fine after it. " * 1000 + "My legs have both gone numb"
    assert "both-legs" in rules(text)  # the asker's own, after a thousand of someone else's
