"""quality41 (issue 11): an entry about a subject the question never names, and phrases whose
other words are stop words.

- An entry whose question names a restricting subject (pregnancy, children, a video call:
  data/restricted_subjects.txt) answers only a question that names it too. On clinic page 10 the
  pregnancy entry won "how many physio sessions ..." confidently on "physio", "back", "pain" and
  the "how many weeks pregnant" of its answer. The subject gate now works the other way too.
- "get better" is in a group with "wear off", searched as "wear" (its "off" is a stop word); "wear"
  alone is the clothes group's, so "my back gets better" reached the what-to-wear entry.

A small massage studio pack, in other words than the sets'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backcare.engine.analyze import default_analyzer
from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.answered import answered

STUDIO: list[dict[str, str]] = [
    {
        "id": "treatments",
        "question": "How many treatments will I need?",
        "answer": "Most people with a stiff back need between two and five treatments. We review "
        "how you are doing each time.",
    },
    {
        "id": "pregnant",
        "question": "Can I have a massage for back pain while pregnant?",
        "answer": "Yes, from the second trimester. Let us know how many weeks pregnant you are "
        "when you book your massage.",
    },
    {
        "id": "children",
        "question": "Do you give massages to children?",
        "answer": "Yes, children over eight can have a massage with a parent in the room.",
    },
    {
        "id": "video",
        "question": "Can I have a consultation by video?",
        "answer": "Yes, follow-up consultations can be done by video. First visits are in person.",
    },
    {
        "id": "wear",
        "question": "What should I wear?",
        "answer": "Loose, comfortable clothes. We give you towels to keep you covered.",
    },
    {
        "id": "cancel",
        "question": "How do I cancel or change a booking?",
        "answer": "Phone us at least a day before. Late cancellations are charged in full.",
    },
    {"id": "hours", "question": "What are your opening hours?", "answer": "9am to 6pm."},
    {"id": "parking", "question": "Where can I park?", "answer": "Free parking behind us."},
    {
        "id": "sore",
        "question": "Is it normal to ache after a massage?",
        "answer": "Yes, a little ache for a day is common and usually gets better by itself.",
    },
    {
        "id": "rest",
        "question": "Should I rest or stay active with a sore back?",
        "answer": "Stay active. Long bed rest slows recovery; walking helps most backs get better.",
    },
]


def _engine(tmp_path: Path, entries: list[dict[str, str]], **pack: Any) -> Engine:
    path = tmp_path / "pack.json"
    path.write_text(__import__("json").dumps({"entries": entries, **pack}), encoding="utf-8")
    return Engine(load_pack(path))


@pytest.fixture
def studio(tmp_path: Path) -> Engine:
    return _engine(tmp_path, STUDIO)


@pytest.mark.parametrize(
    "question",
    [
        # the old code answered each with the pregnancy entry, confidently (82.7-100)
        "how many massages does back pain usually take",
        "is massage good for back pain",
        "massages for a child's back pain",
        "can I have a massage for a sore back",
    ],
)
def test_a_restricted_entry_is_not_answered_unnamed(studio: Engine, question: str) -> None:
    assert answered(studio, question) != "pregnant"
    first = studio.ask(question, top=3).results
    pregnant = next(r for r in first if r.entry.id == "pregnant")
    assert pregnant.signals.subject is False  # --explain: names_subject false


def test_it_ranks_as_an_entry_whose_subject_is_not_named(studio: Engine) -> None:
    # old: the pregnancy entry first (89.8 to 89.4)
    assert answered(studio, "how many massage treatments for back pain") == "treatments"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("massage for back pain in pregnancy", "pregnant"),  # said
        ("is a back massage safe when you are pregnant", "pregnant"),
        ("can my kid have a massage", "children"),  # a lexicon synonym of children
        ("can I see you over zoom", "video"),  # the lexicon's video-call group
    ],
)
def test_a_restricted_entry_named_is_answered(studio: Engine, question: str, expected: str) -> None:
    found = studio.ask(question, top=1).results[0]
    assert found.entry.id == expected
    assert found.signals.subject


def test_a_pack_mostly_about_it_is_not_restricted(tmp_path: Path) -> None:
    """On a pregnancy clinic's page, pregnancy is where the whole pack stands."""
    entries = [
        {"id": "exercise", "question": "Which exercises are safe while pregnant?",
         "answer": "Walking, swimming and pelvic floor exercises are safe in pregnancy."},
        {"id": "sleep", "question": "How should I sleep while pregnant?",
         "answer": "On your side with a pillow between your knees."},
        {"id": "pain", "question": "Is back pain normal in pregnancy?",
         "answer": "Yes, back pain is common in pregnancy as your bump grows."},
        {"id": "hours", "question": "What are your opening hours?", "answer": "9 to 5."},
    ]  # fmt: skip
    engine = _engine(tmp_path, entries)
    for question, expected in (
        ("how should I sleep", "sleep"),
        ("what exercises can I do", "exercise"),
    ):
        assert answered(engine, question) == expected


def test_no_restriction_without_the_back_care_lexicon(tmp_path: Path) -> None:
    engine = _engine(tmp_path, STUDIO, lexicon={"builtin": False})
    found = engine.ask("is massage good for back pain", top=3).results
    assert all(r.signals.subject or r.entry.id != "pregnant" for r in found)


def _alternatives(question: str, word: str) -> list[str]:
    concept = next(c for c in default_analyzer().concepts(question) if c.word == word)
    return [term for term, _ in concept.alternatives]


def test_a_phrase_searched_as_its_one_word_is_not_that_words_other_sense() -> None:
    # "wear off" is searched as "wear", which the clothes group has alone
    assert "wear" not in _alternatives("until my back gets better", "better")
    assert "wear" not in _alternatives("will it ease off soon", "ease")
    # the other one-word phrases of the group still are ("settle down": settle)
    assert "settl" in _alternatives("until my back gets better", "better")


def test_better_does_not_reach_what_to_wear(studio: Engine) -> None:
    results = studio.ask("should I lie in bed until my back gets better", top=3).results
    assert results[0].entry.id == "rest"
    assert all(r.entry.id != "wear" for r in results)  # old: second, on "better (as wear)"


def _reasons(engine: Engine, question: str) -> str:
    from backcare.output.plain import refusal_reasons

    return " ".join(refusal_reasons(engine.ask(question, top=3)))


def test_explain_says_which_subject_the_question_never_names(studio: Engine) -> None:
    said = _reasons(studio, "is massage good for back pain")
    assert "is about pregnancy, which your question never names" in said
    assert "beyond words many entries share" not in said


def test_explain_says_the_words_that_decided_when_a_distinct_word_is_named(tmp_path: Path) -> None:
    """ "ultrasound" is in one entry only: the question names it; its other words decided."""
    entries = [
        {"id": "scan", "question": "Do I need an ultrasound for my back pain?",
         "answer": "Most back pain needs no ultrasound."},
        {"id": "rest", "question": "Should I rest my back?", "answer": "Keep moving."},
        {"id": "heat", "question": "Is heat good for back pain?", "answer": "Yes, often."},
        {"id": "sleep", "question": "How should I sleep with back pain?", "answer": "On your side."},
    ]  # fmt: skip
    said = _reasons(_engine(tmp_path, entries), "will an ultrasound show my torn ligament")
    assert "beyond words many entries share" not in said
    assert "names ultrasound of" in said


OSTEO: list[dict[str, str]] = [
    {"id": "sessions", "question": "How many sessions will I need?",
     "answer": "Most people need three to five sessions."},
    {"id": "referral", "question": "Do I need a referral to see an osteopath?",
     "answer": "No, you can book directly."},
    {"id": "wear", "question": "What should I wear?", "answer": "Loose, comfortable clothes."},
    {"id": "hours", "question": "What are your opening hours?", "answer": "9am to 6pm."},
    {"id": "parking", "question": "Where can I park?", "answer": "Behind the building."},
    {"id": "cost", "question": "How much does a session cost?", "answer": "Forty pounds."},
]  # fmt: skip


@pytest.mark.parametrize(
    "question",
    ["how many osteopath sessions does a bad back take", "what should I wear to the osteopath"],
)
def test_what_the_packs_title_names_is_its_setting(tmp_path: Path, question: str) -> None:
    """Two entries of six say "osteopath": the topic gate took it for a topic the sessions entry
    leaves out; the page's title says the whole pack is an osteopath's."""
    titled = _engine(tmp_path, OSTEO, title="Oakwood Osteopaths: FAQ")
    assert answered(titled, question) in {"sessions", "wear"}
    untitled = _engine(tmp_path, OSTEO, title="Oakwood Clinic: FAQ")
    assert answered(untitled, question) is None  # no title to say so: still a topic left out
