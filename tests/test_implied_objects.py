"""An object its verb implies ("park my car": data/implied_objects.txt) weighs as a story word when
no entry of the pack has it (newcomer19 F11: "where can i park my car" scored 45.5 against "Where
can I park?", not answered: "not found: car"); a pack that has the word still matches it."""

from __future__ import annotations

from backcare.engine.answer import Engine
from backcare.packs.schema import Entry, Pack

ENTRIES = (
    (
        "parking",
        "Where can I park?",
        "Two patient spaces behind the building; pay-and-display nearby.",
    ),
    ("wear", "What should I wear to my appointment?", "Loose, comfortable clothing."),
    ("cancel", "What is your cancellation policy?", "Please give us 24 hours' notice."),
    ("first", "How long is a first appointment?", "45 minutes; follow-ups 30 minutes."),
    ("insurance", "Do you accept health insurance?", "Yes: Bupa, AXA Health and Aviva."),
    ("sessions", "How many sessions will I need?", "Most people need 3 to 6 sessions."),
)


def _engine(*extra: tuple[str, str, str]) -> Engine:
    entries = tuple(Entry(i, q, a, "Clinic", (), ()) for i, q, a in (*ENTRIES, *extra))
    return Engine(Pack(title="t", entries=entries, path="t.json"), None)


def _best(engine: Engine, question: str) -> tuple[str | None, float, bool]:
    result = engine.ask(question, top=3)
    top = result.results[0]
    return top.entry.id, top.score, result.match is not None


def test_the_object_a_verb_implies_is_not_what_the_question_is_about() -> None:
    engine = _engine()
    for question in (
        "where can i park my car",
        "can I park my van there",
        "where can I park my vehicle",
    ):
        entry, score, answered = _best(engine, question)
        assert entry == "parking" and answered and score >= 50, (question, score)


def test_an_object_the_pack_has_still_counts() -> None:
    engine = _engine(("charging", "Can I charge my electric car?", "Yes, there is a charger."))
    # "car" is the charging entry's word: parking no longer covers the question whole
    whole = _best(_engine(), "where can i park my car")[1]
    assert _best(engine, "where can i park my car")[1] < whole


def test_an_object_without_its_verb_counts() -> None:
    # "car" with no verb implying it is what the question is about
    entry, _score, answered = _best(_engine(), "is my car safe at the clinic")
    assert not (entry == "parking" and answered)
