"""The cold review of the sixteenth session's merged tree (review16): emergencies that the day's
new "not a sign" readings silenced, each raising its notice again. Every line raised its notices
on bf433b7 and none on the merged tree before these fixes."""

from __future__ import annotations

import pytest

from tests.safety_cases import rules

LOST = [
    # syllabus.py: everyday course words ('class', 'training', 'exam', 'lecture') and content words
    # ('on', 'about', 'case') made a terse report a course's content
    ("Went to a spin class. On the way home legs went numb and couldn't pee.", "both-legs"),
    (
        "Went to a spin class. On the way home legs went numb and couldn't pee.",
        "cauda-equina-bladder",
    ),
    ("Just had my exam. On the way out slipped on ice, can't feel legs.", "both-legs"),
    ("Back from training. In case it matters legs numb, can't pee.", "cauda-equina-bladder"),
    (
        "Stuck in a lecture about tax, numb down below and can't pee, should I leave?",
        "cauda-equina-saddle",
    ),
    # syllabus.py: a sign the asker then claims as their own
    (
        "Our course today covered cauda equina: saddle numbness, retention. That is exactly what I have",
        "cauda-equina-bladder",
    ),
    (
        "Our course today covered cauda equina: saddle numbness, retention, all of which I have",
        "cauda-equina-saddle",
    ),
    # quotations.py: a person's own words after a cue elsewhere in the sentence
    (
        "My husband was singing in the shower and slipped, he keeps saying 'I can't feel my legs'",
        "both-legs",
    ),
    (
        "My wife left a review for the physio, then she fell and said 'I can't feel my bum and I've wet myself'",
        "cauda-equina-saddle",
    ),
    # past.py: an old time clause told on over a report that asks for care now
    (
        "When I was pregnant my back was bad and I went to lift the shopping and my legs went numb "
        "and I couldn't pee, should I go to A&E?",
        "cauda-equina-bladder",
    ),
]


@pytest.mark.parametrize(("question", "rule"), LOST)
def test_a_report_beside_the_days_new_look_alikes_keeps_its_notice(
    question: str, rule: str
) -> None:
    assert rule in rules(question)


@pytest.mark.parametrize(
    "question",
    [
        "Just did a first aid course at work and they covered spinal injuries from falls from height. "
        "Made me wonder, what's the best way to lift boxes at work to protect my back?",
        "A review of this chair says 'after an hour my bum went numb' - should I avoid it for my back?",
        "My daughter keeps singing 'I can't feel my face when I'm with you' - anyway, what helps a stiff back?",
    ],
)
def test_the_look_alikes_the_readings_were_made_for_stay_calm(question: str) -> None:
    assert rules(question) == set()
