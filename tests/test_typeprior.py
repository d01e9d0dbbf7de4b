"""A type-less entry (a title: "Emailing a notebook page") ranks as answering a type asked by the
share of the pack's typed entries that ask it (backcare/engine/typeprior.py). Before, it lost the
question-type weight to any how-to entry sharing fewer of the question's words."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.typeprior import sampled_shares, type_shares, untyped_intent
from backcare.packs.load import load_pack
from tests.conftest import PackWriter

_NOTES = [  # a notes app's FAQ: how-tos, and one entry written as a title
    ("copy", "How do I make a copy of a notebook?", "Open the notebook menu and choose Duplicate."),
    (
        "share",
        "How do I share a notebook with a friend?",
        "Choose Share and type your friend's address.",
    ),
    ("export", "How do I export a notebook to a file?", "Choose Export and pick PDF or Markdown."),
    ("print", "How can I print a page?", "Press Ctrl+P on the page."),
    ("rename", "How do I rename a tag?", "Right-click the tag and choose Rename."),
    ("sharepage", "How do I share a notebook page with a friend?", "Type your friend's name."),
    ("email", "Emailing a notebook page", "Choose Send: the page goes as an attachment."),
]


@pytest.fixture
def notes(write_pack: PackWriter) -> Engine:
    entries = [{"id": i, "question": q, "answer": a} for i, q, a in _NOTES]
    return Engine(load_pack(write_pack({"lexicon": {"builtin": False}, "entries": entries})))


@pytest.mark.parametrize(
    "question",
    [
        "how do I email a notebook page to a friend",
        "how can i email my friend a page of a notebook",
        "what's the way to email a friend a notebook page",
    ],
)
def test_a_title_entry_is_a_how_to_in_a_pack_of_how_tos(notes: Engine, question: str) -> None:
    # "email" is the title's alone, "friend" two how-tos': the old ranking put sharepage first
    assert notes.ask(question, top=2).results[0].entry.id == "email"


def test_a_title_entry_keeps_no_type_for_confidence(notes: Engine) -> None:
    found = notes.ask("how do I email a notebook page to a friend", top=1).results[0]
    assert found.signals.intent == 0  # ranking only: a shared type is one the entry says


def test_shares_are_of_the_typed_entries_only() -> None:
    remedy, cause = frozenset({"remedy"}), frozenset({"cause"})
    shares = type_shares([remedy, remedy, cause, frozenset(), frozenset({"remedy", "cause"})])
    assert shares == {"remedy": 0.75, "cause": 0.5}
    assert untyped_intent(shares, frozenset({"remedy"})) == 0.75
    assert untyped_intent(shares, frozenset({"cause", "remedy"})) == 0.75  # the likelier one
    assert untyped_intent(shares, frozenset({"duration"})) == 0.0  # no entry asks it: no type
    assert type_shares([frozenset(), frozenset()]) == {}  # no typed entry: nothing to go by


def test_a_large_pack_is_sampled() -> None:
    read: list[int] = []

    def types_of(doc: int) -> frozenset[str]:
        read.append(doc)
        return frozenset({"remedy"}) if doc % 400 else frozenset({"cause"})

    assert sampled_shares(60_000, types_of) == {"remedy": 0.5, "cause": 0.5}
    assert len(read) == 300 and read[:2] == [0, 200]
