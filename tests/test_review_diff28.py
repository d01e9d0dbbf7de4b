"""A cold review of this session's ranking changes (quality55, quality57) found readings that
rewrote ordinary words: autocorrect's reading took "since" for "spinae" before "muscles" (two
edits from a short common word), the kidneys' sense of the lower back read a misspelt "bak" as no
word for the back and a statement about the organ itself ("one of my kidneys") as the back, and a
one-letter text-speak word ("y" for why) opening a sentence was swapped wherever it stood ("hw cn
y relieve": you). Each is narrowed by class; the readings they were made for still hold."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.textspeak import respellings
from backcare.packs.load import load_pack


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack(), semantic=False)


def _read(engine: Engine, question: str) -> tuple[tuple[str, str], ...]:
    return engine.matcher.rank(question).corrections


@pytest.mark.parametrize(
    "question",
    [
        "my back has been sore since muscles were strained",
        "my back has ached ever since muscle training",
        "heat sponge muscles relax",
    ],
)
def test_a_short_common_word_two_edits_from_a_term_is_not_autocorrect(
    engine: Engine, question: str
) -> None:
    assert not any(meant == "spinae" for _, meant in _read(engine, question))


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        ("why are my spinal directors so tight", "directors"),
        ("how do i loosen my elector spine", "elector"),
    ],
)
def test_autocorrect_s_long_words_are_still_read(engine: Engine, question: str, typed: str) -> None:
    assert any(word == typed for word, _ in _read(engine, question))


@pytest.mark.parametrize(
    "question",
    [
        "is my bak pain actually coming from my kidneys",
        "is my bck pain from my kidneys",
        "I only have one of my kidneys, stretches ok?",
        "my kidneys are failing, is it safe to do stretches",
    ],
)
def test_the_kidneys_keep_the_organ_beside_a_misspelt_back_or_the_organ_s_own_words(
    engine: Engine, question: str
) -> None:
    assert ("kidneys", "lower back") not in _read(engine, question)
    assert engine.ask(question).match is None


def test_the_kidneys_of_a_literal_translation_are_still_the_lower_back(engine: Engine) -> None:
    question = "The kidneys are hurting me from sitting all day at the office"
    assert ("kidneys", "lower back") in _read(engine, question)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("y do my back muscles ache", (("y", "why"),)),
        ("y? hw cn y relieve spinal tension", (("hw", "how"),)),
        ("Y do y need to stretch", ()),
    ],
)
def test_a_one_letter_spelling_is_read_only_where_every_use_opens_a_sentence(
    question: str, read: tuple[tuple[str, str], ...]
) -> None:
    assert respellings(question) == read
