"""The persistent index for large packs: same answers as in memory, rebuilt when unusable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.store import open as store_open


def open_engine(path: Path | None) -> Engine:
    pack, store = store_open.open_store(path)
    return Engine(pack, store=store)


QUESTIONS = [
    "why does my knee get stiff after running",
    "heat or ice for hip pain at night",
    "ankle sprain when walking",
    "zzzz",
]


def test_index_answers_like_memory(big_pack: Path) -> None:
    indexed = open_engine(big_pack)
    assert not isinstance(indexed.pack.entries, tuple)  # served from the index
    memory = Engine(load_pack(big_pack))
    for q in QUESTIONS:
        got = [(m.entry.id, m.score) for m in indexed.ask(q, top=5).results]
        want = [(m.entry.id, m.score) for m in memory.ask(q, top=5).results]
        assert got == want, q


def test_index_is_reused_and_rebuilt_when_the_pack_changes(big_pack: Path, tmp_path: Path) -> None:
    open_engine(big_pack)
    files = sorted((tmp_path / "cache" / "index").glob("*.sqlite"))
    assert len(files) == 1
    open_engine(big_pack)
    assert sorted((tmp_path / "cache" / "index").glob("*.sqlite")) == files
    data = json.loads(big_pack.read_text(encoding="utf-8"))
    data["entries"][0]["question"] = "How do I fix a wobbly table leg?"
    big_pack.write_text(json.dumps(data), encoding="utf-8")
    engine = open_engine(big_pack)
    assert engine.ask("wobbly table leg").results[0].entry.id == "entry-000000"


def test_corrupt_index_is_ignored_and_rebuilt(big_pack: Path, tmp_path: Path) -> None:
    open_engine(big_pack)
    [index] = (tmp_path / "cache" / "index").glob("*.sqlite")
    index.write_bytes(b"not a database")
    assert open_engine(big_pack).ask("knee stiff running").results


def test_corrupt_path_record_is_ignored(big_pack: Path, tmp_path: Path) -> None:
    open_engine(big_pack)
    for record in (tmp_path / "cache" / "packs").glob("*.json"):
        record.write_text("{broken", encoding="utf-8")
    assert open_engine(big_pack).ask("knee stiff running").results


def test_unwritable_cache_falls_back_to_memory(
    big_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(blocker / "cache"))
    engine = open_engine(big_pack)
    assert isinstance(engine.pack.entries, tuple)
    assert engine.ask("knee stiff running").results


def test_small_packs_are_never_written_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    open_engine(None).ask("stiff back")
    assert not (tmp_path / "cache").exists()
