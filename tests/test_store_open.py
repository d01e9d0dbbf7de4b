"""Finding a pack's index: by its content (never stale), under any directory name, for every pack
above the size threshold, with the same answers as the pack built in memory."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.store import open as store_open
from backcare.store.memory import MemoryStore
from backcare.store.sqlite import SqliteStore, index_uri


def engine(path: Path) -> Engine:
    return Engine(*store_open.open_store(path))


def common_word_pack(count: int, seed: int = 42) -> dict[str, Any]:
    """Every entry made of one small vocabulary: each query word is in a large share of entries
    (the worst case for an inverted index; tools/make_pack.py --common)."""
    from tools.make_pack import make_common_pack

    return make_common_pack(count, seed)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(directory))
    return directory


def ranked(e: Engine, question: str, topic: str | None = None) -> list[tuple[str, float]]:
    return [(m.entry.id, m.score) for m in e.ask(question, top=10, topic=topic).results]


QUESTIONS = [
    "stiff back after sitting",
    "why does my knee get stiff after running",
    "what helps neck pain at the desk",
    "exercise for lower back pain",
    "shoulder pian in the morning",
    "swelling",
    "the",
    "zzzz",
]


@pytest.mark.parametrize("count", [300, 1500])
def test_common_word_pack_answers_the_same_from_the_index(
    cache: Path, tmp_path: Path, count: int
) -> None:
    path = tmp_path / "common.json"
    path.write_text(json.dumps(common_word_pack(count)), encoding="utf-8")
    indexed = engine(path)
    assert isinstance(indexed.matcher.store, SqliteStore)
    memory = Engine(load_pack(path))
    assert isinstance(memory.matcher.store, MemoryStore)
    for question in QUESTIONS:
        assert ranked(indexed, question) == ranked(memory, question), question
        assert ranked(indexed, question, "Pain") == ranked(memory, question, "Pain"), question
    # the index keeps dense bounds for its common terms, and only the head of their impact order
    store = indexed.matcher.store
    docs, _, dense = store.impact("stiff")
    assert dense is not None and len(dense) == 4 * store.size
    assert len(docs) == min(256, len(store.postings("stiff")[0]))


def test_many_entries_read_at_once_are_the_entries_read_one_by_one(
    cache: Path, tmp_path: Path
) -> None:
    """`features_of` (one query for many rows) gives what `features` and `entry` give, in the
    order asked, repeats included, and `has_term` agrees with the postings."""
    path = tmp_path / "common.json"
    path.write_text(json.dumps(common_word_pack(1200)), encoding="utf-8")
    store = store_open.open_store(path)[1]
    assert isinstance(store, SqliteStore)
    memory = Engine(load_pack(path)).matcher.store
    docs = [7, 3, 1100, 3, 0, 599, 7, *range(20, 1200, 13)]
    many = store.features_of(docs)
    assert many == memory.features_of(docs) == [memory.features(d) for d in docs]
    assert [store.entry(d) for d in docs] == [memory.entry(d) for d in docs]
    for term in ("stiff", "back", "sit", "zzzz", ""):
        assert store.has_term(term) == memory.has_term(term) == bool(store.postings(term)[0])


def test_packs_from_the_threshold_up_are_indexed(cache: Path, tmp_path: Path) -> None:
    from tools.make_pack import make_pack

    small, large = tmp_path / "small.json", tmp_path / "large.json"
    small.write_text(json.dumps(make_pack(20)), encoding="utf-8")
    large.write_text(json.dumps(make_pack(200)), encoding="utf-8")
    assert small.stat().st_size < store_open.INDEXED_PACK_BYTES <= large.stat().st_size
    assert store_open.open_store(small)[1] is None
    assert isinstance(store_open.open_store(large)[1], SqliteStore)


def test_same_size_edit_with_mtime_restored_is_not_served_stale(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tools.make_pack import make_pack

    path = tmp_path / "pack.json"
    data = make_pack(200)
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.stat()
    first = engine(path)
    assert ranked(first, "wobbly table leg") == [] or ranked(first, "wobbly table leg")[0][0] != (
        "entry-000000"
    )
    # same length, mtime put back: only the content (and the ctime the kernel keeps) changed
    question = data["entries"][0]["question"]
    data["entries"][0]["question"] = ("wobbly table leg " * 20)[: len(question)]
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert ranked(engine(path), "wobbly table leg")[0][0] == "entry-000000"
    # and with the racy window closed (the record trusted as soon as ctime allows)
    monkeypatch.setattr(store_open, "RACY_SECONDS", 0.0)
    data["entries"][0]["question"] = ("creaky chair seat " * 20)[: len(question)]
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert ranked(engine(path), "creaky chair seat")[0][0] == "entry-000000"


def test_an_unchanged_pack_is_not_read_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tools.make_pack import make_pack

    path = tmp_path / "pack.json"
    path.write_text(json.dumps(make_pack(200)), encoding="utf-8")
    engine(path)
    monkeypatch.setattr(store_open, "RACY_SECONDS", -1e9)  # as if the file were old
    engine(path)  # remembers the hash made this run
    reads: list[Path] = []
    from backcare.packs.load import read_file_bytes as real

    def counting(file: Path, name: str) -> bytes:
        reads.append(file)
        return real(file, name)

    monkeypatch.setattr(store_open, "read_file_bytes", counting)
    assert ranked(engine(path), "knee stiff running")
    assert reads == []


@pytest.mark.parametrize("name", ["a?b", "c#d", "e%20f", "g%3Fh", "sp ace", "x?mode=rwc#y", "%"])
def test_uri_special_cache_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from tools.make_pack import make_pack

    cache = tmp_path / name / "cache"
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(cache))
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(make_pack(200)), encoding="utf-8")
    before = set(tmp_path.rglob("*"))
    first = engine(path)
    assert isinstance(first.matcher.store, SqliteStore)
    [index] = (cache / "index").glob("*.sqlite")
    stamp = index.stat().st_mtime_ns
    second = engine(path)
    assert isinstance(second.matcher.store, SqliteStore)
    assert index.stat().st_mtime_ns == stamp  # opened, not rebuilt
    created = set(tmp_path.rglob("*")) - before
    assert all(p == cache or cache in p.parents or p in cache.parents for p in created), created
    assert ranked(first, "knee stiff running") == ranked(second, "knee stiff running")


def test_index_uri_quotes_the_path() -> None:
    uri = index_uri(Path("/tmp/a?b#c%d/x.sqlite"))
    assert uri == "file:/tmp/a%3Fb%23c%25d/x.sqlite?mode=ro"


def test_topic_filter_folds_case_beyond_ascii(cache: Path, tmp_path: Path) -> None:
    from tools.make_pack import make_pack

    data = make_pack(200)
    for entry in data["entries"][:40]:
        entry["topic"] = "Rücken"
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    indexed, memory = engine(path), Engine(load_pack(path))
    assert isinstance(indexed.matcher.store, SqliteStore)
    for topic in ("rücken", "RÜCKEN", "Rücken"):
        got = ranked(indexed, "knee stiff running", topic)
        assert got and got == ranked(memory, "knee stiff running", topic)


def test_batch_caches_stay_bounded(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import backcare.store.sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "ENTRY_CACHE", 64)
    path = tmp_path / "common.json"
    path.write_text(json.dumps(common_word_pack(1500)), encoding="utf-8")
    e = engine(path)
    store = e.matcher.store
    assert isinstance(store, SqliteStore)
    rng = random.Random(3)
    words = "back neck knee pain stiff sitting sleep desk chair yoga ice heat".split()
    for _ in range(60):
        e.ask(" ".join(rng.sample(words, 3)))
    assert len(store._entries) <= 64 and len(store._features) <= 64


def test_a_pack_that_vanishes_after_being_sized_is_a_clear_error(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare.errors import PackError

    monkeypatch.setattr(store_open, "_is_large", lambda file: True)  # sized, then removed
    with pytest.raises(PackError, match="no such file"):
        store_open.open_store(tmp_path / "gone.json")


def test_a_pack_reading_answers_as_text_answers_the_same_from_the_index(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the synthetic pack's answers are mostly words its questions never use: it reads answers as
    # text (adapt.reads_answers), and the index keeps the pack's share and text length. Its
    # answers draw on a small pool of words that most of them share, which the share over the
    # words that tell answers apart (quality73) leaves out: it is measured over every word here
    from backcare.engine import adapt
    from backcare.engine.adapt import reads_answers

    monkeypatch.setattr(adapt, "BOILERPLATE_SHARE", 1.0)
    from tools.make_pack import make_pack

    path = tmp_path / "synthetic.json"
    path.write_text(json.dumps(make_pack(300)), encoding="utf-8")
    indexed = engine(path)
    assert isinstance(indexed.matcher.store, SqliteStore)
    memory = Engine(load_pack(path))
    store, built = indexed.matcher.store, memory.matcher.store
    assert (store.answer_share, store.text_length, store.answer_weight) == (
        built.answer_share,
        built.text_length,
        built.answer_weight,
    )
    assert reads_answers(store.answer_share)
    told = "gently stretch with a warm compress and a band, then walk"  # answers' words only
    assert any(m.signals.answer_text is not None for m in indexed.ask(told, top=3).results)
    for question in [*QUESTIONS, told]:
        assert ranked(indexed, question) == ranked(memory, question), question
