"""quality49 (issue 11): a compound a question types where its pack writes two words.

"how do I restore a backup" on a pack whose entry says "back up": the pair's second word is a stop
word, so read as two words it is "back" alone, which a back-care pack says everywhere. The pack's
analysis indexes each verb-and-particle pair an entry writes side by side as the compound, under a
term of its own that no field length counts (backcare.engine.split_compounds)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import backcare.engine.index as index
from backcare.engine.analyze import default_analyzer, words
from backcare.engine.answer import Engine
from backcare.engine.index import build_index
from backcare.engine.split_compounds import compound_key, compound_terms, load_particles
from backcare.packs.schema import Entry, Pack
from backcare.store import sqlitebuild

ANALYZER = default_analyzer()

PACK = Pack(
    title="Office help",
    path="office.json",
    entries=(
        Entry(
            "files",
            "How do I back up my files?",
            "Copy the folder to the shared drive every Friday; IT keeps the copies for a month.",
            "computers",
        ),
        Entry(
            "desk",
            "How should I set up my desk and chair?",
            "Sit back in the chair with your lower back supported and the screen at eye level.",
            "workstation",
        ),
        Entry(
            "ache",
            "Why does my back ache after a long day at the desk?",
            "Sitting still for hours stiffens the back; get up and walk every half hour.",
            "workstation",
        ),
        Entry(
            "login",
            "I cannot log in to my email",
            "Reset your password from the sign-in page, or call the help desk.",
            "computers",
        ),
        Entry(
            "lifting",
            "How should I lift heavy boxes?",
            "Bend your knees, keep your back straight and hold the box close.",
            "workstation",
        ),
    ),
)


def _compounds(text: str) -> list[str]:
    return compound_terms(words(text), ANALYZER.stopwords, load_particles())


def test_a_verb_and_its_particle_side_by_side_are_the_compound_a_question_types() -> None:
    assert _compounds("How do I back up my files?") == ["backup"]
    # the verb's stem: "backing up", "logged in", "worked out" are the compounds too
    assert _compounds("backing up the photos") == ["backup"]
    assert _compounds("if you logged in yesterday") == ["login"]
    assert _compounds("I worked out at the gym, then set up the desk") == ["workout", "setup"]
    # not after a stop word, a letter or a number: "is in", "2 up", "a up" are no compounds
    assert _compounds("it is in the drawer, 2 up from the bottom, plan a up") == []
    assert _compounds("nothing to join here") == []


def _first(engine: Engine, question: str) -> str | None:
    """The entry ranked first, confident or not."""
    found = engine.ask(question).results
    return found[0].entry.id if found else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how do I restore a backup", "files"),
        ("where do backups of my folders go", "files"),
        ("best desk setup", "desk"),
        ("i cannot login", "login"),
    ],
)
def test_a_compound_the_pack_writes_as_two_words_finds_that_entry(
    question: str, expected: str
) -> None:
    assert _first(Engine(PACK), question) == expected


def test_without_the_compounds_the_setup_question_is_not_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same pack analysed with no particles: "setup" is no word of it, and "best desk setup"
    gets no confident answer (the tests above can fail); with them, the desk entry answers."""
    assert Engine(PACK).ask("best desk setup").match is not None
    monkeypatch.setattr(index, "load_particles", frozenset)
    assert Engine(PACK).ask("best desk setup").match is None


def test_the_compounds_change_no_other_terms_postings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compounds are terms of their own: the fields' lengths, and so every other term's BM25F
    weights, are those of the pack analysed without them. (Words joined by a hyphen, "sign-in",
    are compounds too, test_quality51's: left out here, so only the particles are compared.)"""
    monkeypatch.setattr(index, "hyphen_compounds", lambda text: [])
    with_them = build_index(PACK, ANALYZER).postings
    monkeypatch.setattr(index, "load_particles", frozenset)
    without = build_index(PACK, ANALYZER).postings
    added = set(with_them) - set(without)
    # "back up", "set up", "log in"; "Sit back in", "sign-in" too (no question types those)
    assert added == {compound_key(c) for c in ("backup", "setup", "login", "backin", "signin")}
    assert {t: with_them[t] for t in without} == without
    docs, _, fields = with_them[compound_key("backup")]
    assert list(docs) == [0]
    assert list(fields) == [index.FIELDS.index("question")]


def _rows(path: Path) -> list[tuple[int, bytes]]:
    with sqlite3.connect(path) as db:
        return list(db.execute("SELECT id, data FROM blobs ORDER BY id"))


def test_the_persistent_index_holds_the_compounds_built_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large pack's index (SQLite) holds the compounds' postings whether its postings were made
    in bulk (numpy) or entry by entry: the same rows."""
    entries = tuple(
        Entry(f"e{n}", f"How do I back up file {n}?" if n % 3 else f"Why is desk {n} low?", "x")
        for n in range(60)
    )
    pack = Pack(title="t", entries=entries, path="t.json")
    sqlitebuild.build_index_file(pack, tmp_path / "bulk.db")
    monkeypatch.setattr(sqlitebuild, "_bulk_columns", lambda builder, analysed: None)
    sqlitebuild.build_index_file(pack, tmp_path / "plain.db")
    bulk = _rows(tmp_path / "bulk.db")
    assert bulk == _rows(tmp_path / "plain.db")
    assert any(compound_key("backup").encode() in data for _, data in bulk)
