"""quality44 (issue 11): a circumstance the question names that the entry's question is not about.

"why is my back so stiff in the morning" got "Why does my back get stiff when I sit?" at 100 (newcomer22
F3): the entry is specific about sitting, the question about the morning. A question naming another
circumstance (data/circumstances.txt) and none of the entry's asks about a topic the entry never
mentions: never confident. An entry that names no circumstance answers any; a question that names the
entry's circumstance is answered whatever else it names.

A small sports clinic pack, in other words than the sets'."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from tests.answered import answered

CLINIC: list[dict[str, str]] = [
    {"id": "knee-run", "question": "Why does my knee ache when I run?",
     "answer": "Running loads the kneecap; weak thighs and sudden mileage jumps make it ache."},
    {"id": "back-night", "question": "Why is my back pain worse at night?",
     "answer": "Lying still lets a sore back stiffen; a soft mattress lets it sag."},
    {"id": "ease", "question": "How can I ease a sore back at home?",
     "answer": "Heat, gentle movement and simple painkillers help most sore backs."},
    {"id": "hours", "question": "What are your opening hours?", "answer": "8am to 8pm."},
    {"id": "cost", "question": "How much does an assessment cost?", "answer": "Forty pounds."},
]  # fmt: skip


def _engine(tmp_path: Path, entries: list[dict[str, str]], **pack: Any) -> Engine:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"entries": entries, **pack}), encoding="utf-8")
    return Engine(load_pack(path))


@pytest.fixture
def clinic(tmp_path: Path) -> Engine:
    return _engine(tmp_path, CLINIC)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("why does my knee ache when I walk", "knee-run"),  # walking, not running
        ("why does my knee ache on long hikes", "knee-run"),
        ("why does my knee ache when I go up and down stairs after standing all day", "knee-run"),
        ("why is my back pain worse when I sit", "back-night"),  # sitting, not the night
        ("why is my back pain worse after a long drive", "back-night"),
    ],
)
def test_another_circumstance_is_not_answered(clinic: Engine, question: str, entry: str) -> None:
    assert answered(clinic, question) is None
    first = clinic.ask(question, top=1).results[0]
    assert first.entry.id == entry  # still the closest: ranked as before
    assert first.signals.outside  # --explain: outside_topics


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why does my knee ache after a jog", "knee-run"),  # the same circumstance, other words
        ("why does my knee ache when I'm running", "knee-run"),
        ("why is my back pain worse in the morning when I wake up", "back-night"),  # sleeping too
        ("why is my back worse at night after sitting at a desk all evening", "back-night"),
        ("how can I ease a sore back after a long walk", "ease"),  # an entry of no circumstance
        ("how can I ease my back when it is sore in the morning", "ease"),
    ],
)
def test_the_same_or_no_circumstance_is_answered(
    clinic: Engine, question: str, expected: str
) -> None:
    assert answered(clinic, question) == expected


def test_the_storys_circumstance_sets_the_scene(clinic: Engine) -> None:
    """A circumstance outside the sentence that asks is the story's: "I walk to work" is no walk
    asked about; asked, it is."""
    assert answered(clinic, "I walk to work every day and I feel fine. Why does my knee ache?") == (
        "knee-run"
    )
    assert (
        answered(clinic, "I feel fine all day. Why does my knee ache when I walk to work?") is None
    )


def test_explain_names_the_circumstance(clinic: Engine) -> None:
    from backcare.output.plain import refusal_reasons

    said = " ".join(refusal_reasons(clinic.ask("why does my knee ache when I walk", top=3)))
    assert "asks about walk" in said


def test_a_pack_whose_questions_mostly_name_it_has_it_as_its_setting(tmp_path: Path) -> None:
    """On a sleep clinic's page sleeping is where the whole pack stands, not one entry's topic."""
    entries = [
        {"id": "wake", "question": "Why is my back stiff when I wake up?",
         "answer": "Lying still for hours lets the joints stiffen."},
        {"id": "pillow", "question": "Which pillow is best for sleeping?", "answer": "A medium one."},
        {"id": "position", "question": "What is the best sleeping position for back pain?",
         "answer": "On your side with a pillow between the knees."},
        {"id": "hours", "question": "What are your opening hours?", "answer": "9 to 5."},
    ]  # fmt: skip
    engine = _engine(tmp_path, entries)
    assert answered(engine, "why is my back stiff after I sit") == "wake"


def test_no_circumstance_without_the_back_care_lexicon(tmp_path: Path) -> None:
    engine = _engine(tmp_path, CLINIC, lexicon={"builtin": False})
    first = engine.ask("why is my back pain worse when I sit", top=1).results[0]
    assert not first.signals.outside


def test_the_bundled_sitting_entry_and_the_morning() -> None:
    """newcomer22 F3's question; the entry's own and a drive (a way of sitting) still answered."""
    engine = Engine(load_pack(None))
    assert engine.ask("why is my back so stiff in the morning").match is None
    assert engine.ask("why does my back get stiff after sleeping").match is None
    for question in (
        "why does my back get stiff after a long drive",
        "why is my back stiff after sitting all morning",
    ):
        match = engine.ask(question).match
        assert match is not None and match.entry.id == "back-get-stiff-sit"


@pytest.mark.parametrize(
    "question",
    [
        # holdout 31's near question, answered at 97.7 by the old code
        "My horse has a sore back after being ridden. How can I relieve the tension along his spine?",
        "Our spaniel has been stiff since Sunday. What helps her tight back muscles?",
        "My old tabby cat is sleeping a lot. How do I loosen its erector spinae?",
    ],
)
def test_an_animal_the_asking_sentence_points_back_to_is_asked(question: str) -> None:
    answer = Engine(load_pack(None)).ask(question, top=1)
    assert answer.match is None
    assert answer.results[0].signals.outside


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "My mum is 70 and bedbound. What helps her tight back muscles?",
            "helps-tight-back-muscles",
        ),
        ("I walk my dog every day. What helps my tight back muscles?", "helps-tight-back-muscles"),
    ],
)
def test_a_person_or_a_story_animal_not_pointed_to_is_not(question: str, expected: str) -> None:
    match = Engine(load_pack(None)).ask(question).match
    assert match is not None and match.entry.id == expected
