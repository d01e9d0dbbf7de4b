"""Authoring warnings from `validate`."""

from __future__ import annotations

from typing import Any

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.packs.validate import LONG_ANSWER, check
from tests.conftest import PackWriter


def kinds(pack_data: dict[str, Any], write_pack: PackWriter) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for w in check(Engine(load_pack(write_pack(pack_data)))):
        found.setdefault(w.kind, []).append(w.entry_id)
    return found


def test_clean_pack_has_no_warnings(write_pack: PackWriter, small_pack: dict[str, Any]) -> None:
    assert kinds(small_pack, write_pack) == {}


def test_each_authoring_problem_is_reported(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    entries = small_pack["entries"]
    entries.append(
        {
            "id": "dup",
            "question": "How often should I water tomatoes?",
            "answer": "x" * (LONG_ANSWER + 1),
        }
    )
    entries.append(
        {
            "id": "odd",
            "question": "Zqx vvk?",
            "answer": "Bell \x07 here",
            "topic": "misc",
            "aliases": ["How do I keep slugs off lettuce?"],
        }
    )
    found = kinds(small_pack, write_pack)
    assert found["no-topic"] == ["dup"]
    assert found["long-answer"] == ["dup"]
    assert found["duplicate-question"] == ["dup"]
    assert found["control-characters"] == ["odd"]
    assert "odd" in found["not-found-by-own-question"]
    assert found["competing-entries"] == ["water"]


def entry(entry_id: str, question: str, answer: str) -> dict[str, str]:
    return {"id": entry_id, "question": question, "answer": answer, "topic": "back"}


def competing(entries: list[dict[str, str]], write_pack: PackWriter) -> list[tuple[str, str]]:
    warnings = check(Engine(load_pack(write_pack({"title": "T", "entries": entries}))))
    return [
        (w.entry_id, w.message.split("'")[1]) for w in warnings if w.kind == "competing-entries"
    ]


def test_two_entries_asking_the_same_thing_compete(write_pack: PackWriter) -> None:
    entries = [
        entry("sleep", "What is the best sleeping position for back pain?", "On your side."),
        entry("sleep-bad-back", "Which sleeping position is best for a bad back?", "Side."),
        entry("lift", "How should I lift heavy boxes?", "Bend your knees."),
    ]
    assert competing(entries, write_pack) == [("sleep", "sleep-bad-back")]


def test_same_question_type_on_different_subjects_does_not_compete(
    write_pack: PackWriter,
) -> None:
    entries = [
        entry("stiff-back-last", "How long does a stiff back last?", "A few days."),
        entry("rebuild", "How long does it take to rebuild muscle after atrophy?", "Months."),
        entry("atrophy", "What causes muscle atrophy?", "Mostly not using the muscle."),
        entry("paraspinal", "What causes paraspinal muscle atrophy?", "A nerve root injury."),
    ]
    assert competing(entries, write_pack) == []


def test_the_bundled_pack_validates_clean() -> None:
    from backcare.packs.validate import validate_pack

    report = validate_pack("bundled")
    assert report.status == "clean", [w.message for w in report.warnings]
