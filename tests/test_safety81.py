"""safety81 (issue #12): false alarms on signs named as a topic or in an idiom, fixed by class,
each with twins in the same frame that keep their notice.

- An illness idiom whose subject or object is the back ("sick as a dog with my back", "my
  back's been crook as a dog", "feeling crook lately with my back"): BACK_AS_ILLNESS, a 'context'
  concept that keeps its words from UNWELL; a fever told beside it still raises its notice.
- Cold and sweat idioms as senses ("shivering my socks off", "a trickle of sweat").
- Legs "to jelly" from news told ("when my boss said I was doing the presentation"):
  NERVES_CAUSE.
- A general question set apart by the asker's wellness told after it ("Does a fever with back
  pain mean something serious? just curious, I'm fine"): well_apart.py in framing._asked; a
  time course, a number or the asker's own sign keeps the notice."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY


def _top(question: str) -> str | None:
    flags = SAFETY.check(question)
    return flags[0].urgency if flags else None


RAISED = [
    # a limit that tells the sign is no wellness (probe 110)
    (
        "Is losing bladder control with back pain serious? Just curious, mine is just a bit of "
        "leaking.",
        "emergency",
    ),
    ("sick as a dog with my back and a temperature of 39", "urgent"),
    ("my back's been crook as a dog and I've got a fever of 38.8", "urgent"),
    ("feeling crook with my back, feverish and shaky since yesterday", "urgent"),
    ("Sick as a dog with my back and I can't pee since this morning", "emergency"),
    ("shivering my socks off under two duvets with back pain and a fever of 39.5", "urgent"),
    (
        "a trickle of sweat runs down my back and I've got a temperature of 38.9 with the back ache",
        "urgent",
    ),
    (
        "my legs went to jelly when I got up this morning and now they keep giving way, both of "
        "them, with my back pain",
        "emergency",
    ),
    ("what does saddle anaesthesia mean? because I can't feel my bum since Tuesday", "emergency"),
    (
        "Does a fever with back pain mean something serious? just curious, I'm fine apart from a "
        "temp of 39 today",
        "urgent",
    ),
    (
        "is numbness in both legs serious? just curious because mine went numb this morning, both "
        "of them",
        "emergency",
    ),
    (
        "what does saddle anaesthesia mean? I'm fine but I can't feel my bum since Tuesday",
        "emergency",
    ),
]

QUIET = [
    "Sick as a dog with my back. Otherwise ok.",
    "Been sick as a dog with my sciatica all week, no fever, just sore",
    "My back's been crook as a dog since I moved the fridge.",
    "My spine's been sick as a dog since the long drive, stretches?",
    "Been feeling crook lately with my back after a long drive, no fever, just sore.",
    "was shivering my socks off watching the football in the freezing rain, warmed up now with "
    "a cuppa but my lower back got stiff from the cold seats",
    "was shivering my bum off waiting for the bus, back feels tight now",
    "A trickle of sweat runs down my back when the pain spikes, is that normal?",
    "Beads of sweat on my forehead when the back spasm hits, is that normal?",
    "my legs went to jelly when my boss said I was doing the presentation tomorrow lol. unrelated "
    "but whats a good stretch for lower back",
    "Does a fever with back pain mean something serious? just curious, I'm fine",
    "Is weakness in both legs with back pain an emergency? just curious, I'm okay",
    "How serious is losing bladder control with back pain? just curious, I'm fine",
    "Is chest pain with back pain serious? just wondering, I'm fine",
]


@pytest.mark.parametrize(("question", "tier"), RAISED)
def test_raised(question: str, tier: str) -> None:
    assert _top(question) == tier


@pytest.mark.parametrize("question", QUIET)
def test_quiet(question: str) -> None:
    assert SAFETY.check(question) == []


def test_wellness_question_keeps_its_pointer() -> None:
    """An asked sign set apart by wellness raises nothing but keeps the calm pointer to its
    tier ("If this is happening to you now: ...")."""
    question = "Is weakness in both legs with back pain an emergency? just curious, I'm okay"
    assert SAFETY.check(question) == []
    assert SAFETY.pointer(question) == "emergency"
