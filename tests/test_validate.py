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
