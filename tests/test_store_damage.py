"""A damaged or crafted index file: every command still answers correctly, or the index is rebuilt.

A real index is built, then damaged in many ways (random byte flips, zeroed pages, truncation, rows
with wrong shapes but valid checksums, extra tables, views, triggers); after each, the library API
(open_store + Engine) must give exactly the answers of the pack read from its JSON.
"""

from __future__ import annotations

import json
import random
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from backcare.engine.answer import Engine
from backcare.packs.load import load_pack
from backcare.store import open as store_open
from backcare.store.sqlite import SqliteStore

QUESTIONS: list[tuple[str, str | None]] = [
    ("why does my knee get stiff after running", None),
    ("heat or ice for hip pain at night", None),
    ("ankle sprain when walking", "ankle"),
    ("shoulder pian in the morning", None),  # a typo: reads the word list
    ("zzzz qqqq", None),
]


def observe(engine: Engine) -> list[Any]:
    """What every command shows: ask (with topic and typo), topics, show, the entry list."""
    seen: list[Any] = []
    for question, topic in QUESTIONS:
        answer = engine.ask(question, top=5, topic=topic)
        seen.append([(m.entry.id, m.score) for m in answer.results])
        seen.append(answer.ranking.corrections)
    pack = engine.pack
    seen.append(pack.topics())
    seen.append(pack.get("entry-000007"))
    seen.append(pack.get("no-such-id"))
    seen.append(len(pack.entries))
    seen.append(list(pack.entries)[::17])
    return seen


def opened() -> Engine:
    return Engine(*store_open.open_store(PACK_PATH[0]))


PACK_PATH: list[Path] = []


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, list[Any]]:
    from tools.make_pack import make_pack

    tmp = tmp_path_factory.mktemp("damage")
    path = tmp / "pack.json"
    path.write_text(json.dumps(make_pack(150)), encoding="utf-8")
    PACK_PATH[:] = [path]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BACKCARE_CACHE_DIR", str(tmp / "cache"))
        patch.setattr(store_open, "INDEXED_PACK_BYTES", 10_000)
        engine = opened()
        assert isinstance(engine.matcher.store, SqliteStore)
    [index] = (tmp / "cache" / "index").glob("*.sqlite")
    return index, index.read_bytes(), observe(Engine(load_pack(path)))


@pytest.fixture
def damage(
    built: tuple[Path, bytes, list[Any]], monkeypatch: pytest.MonkeyPatch
) -> Callable[[Callable[[Path], None]], None]:
    index, pristine, expected = built
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(index.parent.parent))
    monkeypatch.setattr(store_open, "INDEXED_PACK_BYTES", 10_000)
    monkeypatch.setattr(
        store_open, "RACY_SECONDS", -1e9
    )  # the record is trusted: the index is read

    def check(harm: Callable[[Path], None]) -> None:
        index.write_bytes(pristine)
        harm(index)
        assert observe(opened()) == expected
        # and the run after that uses a whole index again (rebuilt if it was removed)
        again = opened()
        assert isinstance(again.matcher.store, SqliteStore)
        assert observe(again) == expected

    return check


def test_random_byte_flips(damage: Callable[[Callable[[Path], None]], None]) -> None:
    rng = random.Random(13)
    for _ in range(40):

        def flip(index: Path) -> None:
            data = bytearray(index.read_bytes())
            for _ in range(rng.choice((1, 1, 3, 20))):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            index.write_bytes(bytes(data))

        damage(flip)


@pytest.mark.parametrize("page", [0, 1, 2, 5, -1])
def test_zeroed_pages(damage: Callable[[Callable[[Path], None]], None], page: int) -> None:
    def zero(index: Path) -> None:
        data = bytearray(index.read_bytes())
        start = (page % (len(data) // 4096)) * 4096
        data[start : start + 4096] = bytes(4096)
        index.write_bytes(bytes(data))

    damage(zero)


@pytest.mark.parametrize("keep", [0, 100, 0.5])
def test_truncated_file(damage: Callable[[Callable[[Path], None]], None], keep: float) -> None:
    def cut(index: Path) -> None:
        data = index.read_bytes()
        index.write_bytes(data[: int(keep * len(data)) if isinstance(keep, float) else keep])

    damage(cut)


def rewrite(sql: str, *args: object) -> Callable[[Path], None]:
    def harm(index: Path) -> None:
        db = sqlite3.connect(index)
        db.execute(sql, args)
        db.commit()
        db.close()

    return harm


def with_crc(row: int, data: bytes) -> Callable[[Path], None]:
    """A row replaced by other bytes *with a valid checksum*: a crafted file, not a flipped bit."""
    return rewrite("UPDATE blobs SET data = ?, crc = ? WHERE id = ?", data, zlib.crc32(data), row)


def meta_of(index: Path) -> dict[str, Any]:
    db = sqlite3.connect(index)
    meta: dict[str, Any] = json.loads(db.execute("SELECT data FROM blobs WHERE id=0").fetchone()[0])
    db.close()
    return meta


def crafted_meta(**changes: object) -> Callable[[Path], None]:
    def harm(index: Path) -> None:
        meta = {**meta_of(index), **changes}
        with_crc(0, json.dumps(meta).encode())(index)

    return harm


def postings_row(index: Path) -> int:
    return int(meta_of(index)["layout"]["postings"][0])


CRAFTED: dict[str, Callable[[Path], None]] = {
    "not JSON entry": with_crc(3, b"not json"),
    "entry of wrong types": with_crc(3, json.dumps({"id": 1, "question": []}).encode()),
    "entry that is a list": with_crc(3, b"[1, 2, 3]"),
    "meta not JSON": with_crc(0, b"\xff\xfe"),
    "meta a list": with_crc(0, b"[]"),
    "zero average": crafted_meta(gram_avg=0.0),
    "NaN average": crafted_meta(gram_avg=float("nan")),
    "negative size": crafted_meta(size=-1),
    "size beyond the entries": crafted_meta(size=10**6),
    "layout missing": crafted_meta(layout={}),
    "layout of strings": crafted_meta(
        layout=dict.fromkeys(
            ("entries", "postings", "terms", "words", "grams", "ids", "wordlist", "topics"), "x"
        )
    ),
    "title not text": crafted_meta(title=7),
    "missing row": rewrite("DELETE FROM blobs WHERE id = 5"),
    "missing meta": rewrite("DELETE FROM blobs WHERE id = 0"),
    "empty table": rewrite("DELETE FROM blobs"),
    "crc of wrong type": rewrite("UPDATE blobs SET crc = 'x' WHERE id = 4"),
    "data as text": rewrite("UPDATE blobs SET data = CAST(data AS TEXT) WHERE id = 4"),
    "missing table": rewrite("DROP TABLE blobs"),
    "extra table": rewrite("CREATE TABLE other (x)"),
    "extra index": rewrite("CREATE INDEX crcs ON blobs (crc)"),
    "trigger": rewrite(
        "CREATE TRIGGER t AFTER UPDATE ON blobs BEGIN DELETE FROM blobs WHERE id > 0; END"
    ),
    "view": rewrite("CREATE VIEW meta AS SELECT 1"),
}


def recursive_view(index: Path) -> None:
    db = sqlite3.connect(index)
    db.executescript(
        "ALTER TABLE blobs RENAME TO old;"
        "CREATE VIEW blobs (id, data, crc) AS WITH RECURSIVE n(i) AS "
        "(SELECT 0 UNION ALL SELECT i + 1 FROM n) SELECT i, x'00', 0 FROM n;"
    )
    db.close()


def odd_postings(index: Path) -> None:
    with_crc(postings_row(index), b"\x01\x02\x03")(index)


def postings_out_of_bounds(index: Path) -> None:
    """Doc numbers past the end and field numbers past FIELDS, with a valid checksum."""
    row = postings_row(index)
    db = sqlite3.connect(index)
    data = bytearray(db.execute("SELECT data FROM blobs WHERE id = ?", (row,)).fetchone()[0])
    db.close()
    data[0:4] = (2**31).to_bytes(4, "little")
    data[-1] = 200
    with_crc(row, bytes(data))(index)


def every_row_damaged(index: Path) -> None:
    rewrite("UPDATE blobs SET crc = crc + 1")(index)


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_rows_and_tables(
    damage: Callable[[Callable[[Path], None]], None], name: str
) -> None:
    damage(CRAFTED[name])


@pytest.mark.parametrize(
    "harm", [recursive_view, odd_postings, postings_out_of_bounds, every_row_damaged]
)
def test_crafted_structures(
    damage: Callable[[Callable[[Path], None]], None], harm: Callable[[Path], None]
) -> None:
    damage(harm)


def test_a_directory_where_the_index_should_be(
    damage: Callable[[Callable[[Path], None]], None], built: tuple[Path, bytes, list[Any]]
) -> None:
    index, pristine, expected = built
    index.unlink()
    index.mkdir()
    try:
        assert observe(opened()) == expected
    finally:
        index.rmdir()
        index.write_bytes(pristine)
