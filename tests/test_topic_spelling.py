"""Close spellings name a topic the same way wherever a topic is named (`topics TOPIC`, `--topic`,
`:topics`): a misspelling of the whole topic, or of one of its words, as a prefix of a word does."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.packs.load import load_pack
from backcare.packs.lookup import find_topics
from backcare.packs.schema import pack_from_data

BUNDLED = load_pack(None)
TOPICS = [t for t in BUNDLED.topics() if t]


def misspellings(word: str) -> list[str]:
    """One letter dropped, or two neighbours swapped, inside the word (not its first letter)."""
    dropped = [word[:i] + word[i + 1 :] for i in range(1, len(word))]
    swapped = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)]
    return [w for w in dropped + swapped if w != word]


@pytest.mark.parametrize("topic", TOPICS)
def test_every_misspelt_word_of_a_topic_names_it(topic: str) -> None:
    for word in topic.split():
        if len(word) < 6:
            continue
        for typo in misspellings(word):
            if any(t.casefold().startswith(typo) for t in topic.split()):
                continue  # a prefix, found the other way
            assert topic in find_topics(BUNDLED, typo), (typo, topic)


def garden() -> Any:
    entries = [
        {"id": f"e{n}", "question": f"Question {n}?", "answer": "Answer.", "topic": topic}
        for n, topic in enumerate(["Watering schedule", "Pest control", "Composting"])
    ]
    return pack_from_data({"title": "Garden", "entries": entries}, "garden.json")


@pytest.mark.parametrize(
    ("typed", "topic"),
    [("scedule", "Watering schedule"), ("contrl", "Pest control"), ("compostng", "Composting")],
)
def test_a_misspelt_word_names_its_topic_in_any_pack(typed: str, topic: str) -> None:
    assert find_topics(garden(), typed) == [topic]


@pytest.mark.parametrize("typed", ["zzzz", "pst", "qqqqqq", "tomato"])
def test_words_nothing_like_a_topic_name_none(typed: str) -> None:
    assert find_topics(garden(), typed) == []


def test_the_readme_examples_and_their_misspellings_agree(runner: CliRunner) -> None:
    for typed in ("relief", "relif", "releif"):
        listed = runner.invoke(app, ["topics", "--plain", typed])
        assert listed.exit_code == 0, typed
        assert {line.split("\t")[0] for line in listed.stdout.splitlines()} == {"pain relief"}
    asked = runner.invoke(app, ["ask", "--json", "--topic", "relif", "tight back"])
    assert asked.exit_code == 0 and asked.stderr == ""
    from backcare.packs.load import load_pack

    topics = {entry.id: entry.topic for entry in load_pack().entries}
    results = json.loads(asked.stdout)["results"]
    assert results and {topics[r["id"]] for r in results} == {"pain relief"}
