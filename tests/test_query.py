"""A query is validated once: text, top, and topic names resolved with one case-folding rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.answer import Engine
from backcare.engine.query import MAX_TOP, make_query, resolve_topics
from backcare.errors import QueryError
from backcare.packs.load import load_pack
from backcare.packs.schema import pack_from_data
from tests.conftest import PackWriter


def test_topic_names_resolve_ignoring_case(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    pack = load_pack(write_pack(small_pack))
    assert resolve_topics(pack, "PESTS") == {"pests"}
    assert resolve_topics(pack, "  tom ") == {"tomatoes"}  # a prefix is enough


def test_close_spellings_resolve_and_unknown_topics_list_them_all(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    pack = load_pack(write_pack(small_pack))
    assert resolve_topics(pack, "tomatos") == {"tomatoes"}
    with pytest.raises(QueryError, match=r"unknown topic 'weeds' \(topics: 'tomatoes', 'pests'\)"):
        resolve_topics(pack, "weeds")


def test_topics_differing_only_in_case_are_one_topic_everywhere() -> None:
    pack = pack_from_data(
        {
            "entries": [
                {"id": "a", "question": "Upper back ache?", "answer": "A.", "topic": "Back"},
                {"id": "b", "question": "Lower back ache?", "answer": "B.", "topic": "back"},
                {"id": "c", "question": "Knee ache?", "answer": "C.", "topic": "knee"},
            ]
        },
        "case.json",
    )
    assert resolve_topics(pack, "BACK") == {"Back", "back"}
    answer = Engine(pack).ask("back ache", top=5, topic="back")
    assert {m.entry.id for m in answer.results} == {"a", "b"}


@pytest.mark.parametrize(("text", "top"), [("", 3), ("   \t", 3), ("x", 0), ("x", MAX_TOP + 1)])
def test_bad_queries_are_refused_in_one_place(text: str, top: int) -> None:
    with pytest.raises(QueryError):
        make_query(text, load_pack(), top=top)


def test_index_and_memory_agree_on_topics_and_keep_every_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare.store import open as store_open

    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(store_open, "INDEXED_PACK_BYTES", 100)
    entries = [
        {
            "id": "a",
            "question": "Upper back ache?",
            "answer": "A.",
            "topic": "Back",
            "source_url": "https://clinic.example/a",
            "reviewed": "2026-01-02",
        },
        {"id": "b", "question": "Lower back ache?", "answer": "B.", "topic": "back"},
        {"id": "c", "question": "Knee ache?", "answer": "C.", "topic": "knee"},
    ]
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"contact": "Call 0123", "entries": entries}), encoding="utf-8")
    pack, store = store_open.open_store(path)
    assert store is not None  # served from the index
    indexed = Engine(pack, store).ask("back ache", top=5, topic="BACK")
    memory = Engine(load_pack(path)).ask("back ache", top=5, topic="BACK")
    assert [m.entry.id for m in indexed.results] == [m.entry.id for m in memory.results]
    assert {m.entry.id for m in indexed.results} == {"a", "b"}
    assert pack.contact == "Call 0123"
    assert pack.by_id["a"] == load_pack(path).by_id["a"]  # source_url and reviewed kept
