"""newcomer8 #5: `--explain` in plain and Rich output says why an answer was refused (ties, close
entries, a subject not named), shows the words as the person typed them (not stems), and has
no no-op "corrected" lines."""

from __future__ import annotations

import re

import pytest

from backcare.engine.answer import Answer, Engine
from backcare.output.plain import plain_explanation
from backcare.packs.schema import Pack, pack_from_data


def _rich(answer: Answer) -> str:
    from rich.console import Console

    from backcare.output.terminal import explanation

    console = Console(width=100, record=True, color_system=None)
    console.print(explanation(answer))
    return console.export_text()


@pytest.mark.parametrize("view", [plain_explanation, _rich])
def test_a_tie_is_explained_in_words(engine: Engine, view: object) -> None:
    answer = engine.ask("muscles")
    assert answer.match is None and answer.results[0].signals.tied
    text = view(answer)  # type: ignore[operator]
    assert "Not answered" in text
    assert "equally well" in text
    # the tied entries are named by their questions, as a patient reads them
    assert "How do you get rid of tight muscles?" in text


@pytest.mark.parametrize("view", [plain_explanation, _rich])
def test_the_words_are_shown_as_typed_not_as_stems(engine: Engine, view: object) -> None:
    text = view(engine.ask("muscles"))  # type: ignore[operator]
    assert "muscl " not in text and "muscl)" not in text and "->muscl" not in text
    assert re.search(r"matched: muscles \((question|tags)\)", text), text
    text = view(engine.ask("stif bak after siting"))  # type: ignore[operator]
    assert "matched: stif (question)" in text or "stif (question)" in text, text


def _clinic() -> Pack:
    entries = [
        {"id": "tight", "question": "Why is my neck tight?", "answer": "Posture."},
        {"id": "tight2", "question": "How do I loosen tight hamstrings?", "answer": "Stretch."},
    ]
    return pack_from_data({"title": "C", "entries": entries}, "c.json")


@pytest.mark.parametrize("view", [plain_explanation, _rich])
def test_no_correction_line_says_a_word_became_itself(view: object) -> None:
    engine = Engine(_clinic())
    for question in ("tight", "Tight", "tight neck"):
        text = view(engine.ask(question))  # type: ignore[operator]
        for line in text.splitlines():
            found = re.search(r"corrected:? '?(\S+?)'? -> '?(\S+?)'?$", line)
            assert found is None or found.group(1).lower() != found.group(2).lower(), line


@pytest.mark.parametrize("view", [plain_explanation, _rich])
def test_a_subject_not_named_is_explained(view: object) -> None:
    entries = [
        {"id": f"c{n}", "question": q, "answer": "A."}
        for n, q in enumerate(
            [
                "Where is the clinic?",
                "When is the clinic open?",
                "Is the clinic accessible?",
                "Does the clinic have parking?",
                "Who runs the clinic?",
            ]
        )
    ]
    engine = Engine(pack_from_data({"title": "C", "entries": entries}, "c.json"))
    answer = engine.ask("where is the clinic")
    best = answer.results[0]
    if answer.match is not None or best.signals.subject:
        pytest.skip("this pack's question names its subject here")
    text = view(answer)  # type: ignore[operator]
    assert "Not answered" in text and "does not name" in text


@pytest.mark.parametrize("view", [plain_explanation, _rich])
def test_no_reason_to_reword_follows_an_emergency(engine: Engine, view: object) -> None:
    # a review found "Not answered: ... say what you want to know about it" after the notice
    answer = engine.ask("i cant pee and my groin is numb")
    assert answer.emergency and answer.match is None
    assert "Not answered" not in view(answer)  # type: ignore[operator]
