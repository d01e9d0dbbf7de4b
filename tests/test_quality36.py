"""quality36: near-domain questions read by their structure (a wait asked with a gap, "when can I
... after X"; the best one of a product; a named method; a verdict on something joined by "with";
a dose per day; a team's back four), muscle wasting asked in other words (a negated condition, a
type set aside, "the thing that makes", a question cut short), prevention asked as "how do I stop X
when Y", and a clinic's missed appointment. Wordings here are new ones, not the tuning set's."""

from __future__ import annotations

import pytest

from backcare.engine.analyze import default_analyzer
from backcare.engine.answer import Engine
from backcare.engine.cues import load_cues
from backcare.engine.intent import default_sense
from backcare.packs.schema import Entry, Pack

OUT_OF_REACH = [
    # how long to wait after something: a type no entry of the bundled pack asks
    "when can I get a sports massage for my stiff back after giving birth",
    "how soon can I go back to stretching my erectors after my operation",
    "when is it safe to foam roll my lower back after a spinal fusion",
    # the best one of a product the pack never names by its own words
    "what's the best foam roller to buy for my lower back",
    "top foam roller for tight back muscles",
    # a named method none of whose words the pack has
    "is the Feldenkrais method good for a stiff back",
    "what is the Alexander technique and does it help back pain",
    # a verdict on a thing joined by "with" that no entry names
    "is a warm bath with eucalyptus oil good for back pain",
    # a dose per day
    "how many minutes of yoga a day help a stiff back",
    "how many times a day should I stretch my tight back",
    # a team's back four or full back is no back
    "our back four get tired under a high press, how can the coach relieve the pressure",
]


@pytest.mark.parametrize("question", OUT_OF_REACH)
def test_out_of_reach(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


ANSWERED = [
    # a condition said to be absent ("don't have", "doesn't") is not what is asked
    (
        "my MRI shows the muscles along my spine are wasting, why if I don't have sciatica",
        "causes-paraspinal-muscle-atrophy",
    ),
    # a type set aside ("not asking how to"), and "to know why" asks
    (
        "my physio says the small muscles next to my spine have shrunk. I'm not asking how to "
        "strengthen them, I want to know why it happened",
        "causes-paraspinal-muscle-atrophy",
    ),
    # "the thing that makes": a cause
    (
        "spent last year in bed and my legs are thin now, is inactivity the main thing that "
        "makes muscles waste or is it something else",
        "greatest-cause-muscle-atrophy",
    ),
    # a question cut short after "what does that"
    (
        "bedbound for six weeks and my legs have gone to nothing. what does that",
        "greatest-cause-muscle-atrophy",
    ),
    # "how do I stop X when Y": prevention, which the sitting entry's answer says
    ("how do I stop my back stiffening up while I sit at work", "back-get-stiff-sit"),
    ("how can I stop my lower back seizing up when I'm driving", "back-get-stiff-sit"),
    # guards: a remedy still asked so, a best stretch the pack names, a team word elsewhere
    ("how do I stop my back aching fast", "fastest-home-remedy-back-pain"),
    ("how can I make my back stop hurting quickly", "fastest-home-remedy-back-pain"),
    ("best stretch for erector spinae", "loosen-erector-spinae"),
    (
        "I hurt my back three weeks ago and it's still stiff, how long does this stiffness last",
        "long-stiff-back-last",
    ),
    ("is heat good for a stiff back", "helps-tight-back-muscles"),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_answered(engine: Engine, question: str, expected: str) -> None:
    match = engine.ask(question).match
    assert match is not None and match.entry.id == expected, (question, match)


def _types(text: str) -> frozenset[str]:
    return default_sense(default_analyzer()).types(text).types


def test_a_gapped_cue_needs_its_closing_word() -> None:
    assert load_cues().gapped, "intents.json gapped cues"
    assert _types("when can I go swimming after a back spasm") == {"wait"}
    assert "wait" not in _types("when can I book a massage")
    assert _types("how many minutes of stretching a day") == {"dose"}
    assert "dose" not in _types("how many minutes does morning stiffness last")
    assert _types("how can I stop my back stiffening when I sit") == {"prevention"}
    assert "prevention" not in _types("how can I stop my back hurting")


CLINIC = (
    ("parking", "Where can I park?", "Two spaces behind the building."),
    ("wear", "What should I wear to my appointment?", "Loose, comfortable clothing."),
    (
        "attend",
        "What happens if I can't attend?",
        "Tell us 24 hours before; without notice the full fee may be charged.",
    ),
    ("first", "How long is a first appointment?", "45 minutes; follow-ups 30 minutes."),
    ("book", "How do I book an appointment?", "Call us or book online."),
)


@pytest.mark.parametrize(
    "question",
    [
        "what if I miss my appointment",
        "what happens if I missed my session",
        "will I be charged if I miss the appointment",
    ],
)
def test_a_missed_appointment_is_not_attending(question: str) -> None:
    entries = tuple(Entry(i, q, a, "Clinic", (), ()) for i, q, a in CLINIC)
    result = Engine(Pack(title="t", entries=entries, path="t.json"), None).ask(question)
    assert result.match is not None and result.match.entry.id == "attend", question
