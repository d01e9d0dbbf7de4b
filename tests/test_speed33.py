"""speed33 (issue 17): a cold ask on a large pack of common words, each shortcut shown to give
what the slower reading gave.

- `ask --json`'s SHA-256 of a large pack is remembered by the file's identity (store/sums.py), as
  its content hash is, and hashed again whenever the file may have changed.
- The index keeps each circumstance's count of questions (INDEX_FORMAT 11), so the pack's setting
  reads no postings; counted under a key of the circumstance table, checked as the meta is.
- A phrase's lowest tf and strongest field over its words' postings, on the arrays' bytes as one
  integer (engine/lanes.py), exact where it is and element by element elsewhere.
- A long phrase keeps only the head of its impact order, as a common word's row does.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from array import array
from itertools import compress
from pathlib import Path

import pytest

from backcare.engine.analyze import analyzer_for
from backcare.engine.bound import FIRST_DEPTH
from backcare.engine.candidates import _all_of
from backcare.engine.circumstances import (
    Circumstances,
    circumstance_terms,
    question_counts,
    terms_key,
)
from backcare.engine.index import build_index
from backcare.engine.lanes import lanes_max, lanes_min
from backcare.packs.load import load_pack
from backcare.store.memory import MemoryStore
from backcare.store.open import open_store
from backcare.store.protocol import Store, impact_head, impact_order
from backcare.store.sums import file_sha256
from tests.test_store_damage import crafted_meta


def _reference_all_of(parts: list[tuple[array, array, array]]) -> tuple[array, array, array]:  # type: ignore[type-arg]
    """What candidates._all_of gave before speed33: a set, then compress and map(min/max)."""
    common = set(parts[0][0]).intersection(*(p[0] for p in parts[1:]))
    kept = [list(map(common.__contains__, p[0])) for p in parts]
    pairs = list(zip(parts, kept, strict=True))
    return (
        array("I", compress(parts[0][0], kept[0])),
        array("f", map(min, *(compress(p[1], k) for p, k in pairs))),
        array("B", map(max, *(compress(p[2], k) for p, k in pairs))),
    )


TF_POOL = [0.0, 1.0, 2.5, 0.5, 1e-40, 3.4e38, float("inf")]


@pytest.mark.parametrize("seed", range(40))
def test_lanes_are_map_min_and_max(seed: int) -> None:
    rng = random.Random(seed)
    count, width = rng.randrange(0, 300), rng.randrange(2, 5)
    tfs = [
        array(
            "f",
            (rng.choice(TF_POOL) if rng.random() < 0.4 else rng.random() * 9 for _ in range(count)),
        )
        for _ in range(width)
    ]
    fields = [array("B", (rng.randrange(6) for _ in range(count))) for _ in range(width)]
    lowest, strongest = lanes_min(tfs), lanes_max(fields)
    assert lowest is not None and strongest is not None
    assert lowest.tobytes() == array("f", map(min, *tfs)).tobytes()  # the same bits, ties too
    assert strongest == array("B", map(max, *fields))


@pytest.mark.parametrize("odd", [-0.0, -1.0, float("nan"), -float("inf")])
def test_lanes_min_declines_where_bits_do_not_order_as_values(odd: float) -> None:
    """-0.0 equals 0.0 with other bits; a negative float's bits sort backwards; NaN is unordered:
    element by element then (the caller's map(min) keeps min's own answer)."""
    parts = [array("f", [1.0, 2.0, 3.0]), array("f", [1.0, odd, 0.5])]
    assert lanes_min(parts) is None


def test_lanes_decline_bytes_above_127_and_unequal_lengths() -> None:
    assert lanes_max([array("B", [1, 200]), array("B", [3, 4])]) is None
    assert lanes_max([array("B", [1, 2]), array("B", [3])]) is None
    assert lanes_min([array("f", [1.0, 2.0]), array("f", [3.0])]) is None
    assert lanes_min([array("d", [1.0]), array("d", [3.0])]) is None


@pytest.mark.parametrize("seed", range(12))
def test_all_of_as_before(seed: int) -> None:
    """Long parts (the lanes path) and short ones (binary searches), two to four words."""
    rng = random.Random(seed)
    size = rng.choice([50, 2_000, 20_000])
    parts = []
    for _ in range(rng.randrange(2, 5)):
        docs = sorted(rng.sample(range(size), rng.randrange(1, size // 2)))
        tfs = array("f", (rng.choice([1.0, 2.0, rng.random() * 3]) for _ in docs))
        fields = array("B", (rng.randrange(5) for _ in docs))
        parts.append((array("I", docs), tfs, fields))
    found = _all_of(parts)
    expected = _reference_all_of(parts)
    assert found[0] == expected[0]
    assert found[1].tobytes() == expected[1].tobytes()
    assert found[2] == expected[2]


@pytest.mark.parametrize("seed", range(6))
def test_all_of_as_before_on_a_damaged_index(seed: int) -> None:
    """Docs repeated (no check of a crafted index forbids it) and a part shared: what the old
    code gave, whichever path."""
    rng = random.Random(seed)
    parts = []
    for _ in range(2):
        docs = sorted(rng.choices(range(3_000), k=2_000))
        parts.append(
            (
                array("I", docs),
                array("f", (rng.random() for _ in docs)),
                array("B", (rng.randrange(5) for _ in docs)),
            )
        )
    for case in (parts, [parts[0], parts[0], parts[1]], [parts[1], parts[0]]):
        found = _all_of(case)
        expected = _reference_all_of(case)
        assert [a.tobytes() for a in found] == [a.tobytes() for a in expected]


def test_all_of_with_a_negative_tf_falls_back_to_min() -> None:
    docs = array("I", range(0, 400, 2))
    parts = [
        (docs, array("f", [-1.0] * len(docs)), array("B", [0] * len(docs))),
        (docs, array("f", [2.0] * len(docs)), array("B", [4] * len(docs))),
    ]
    found = _all_of(parts)
    assert list(found[1]) == [-1.0] * len(docs)
    assert list(found[2]) == [4] * len(docs)


def test_a_long_phrase_keeps_the_head_of_its_impact_order() -> None:
    """The head is the full order's first FIRST_DEPTH postings, ties in doc order."""
    rng = random.Random(3)
    docs = array("I", range(5_000))
    postings = (docs, array("f", (rng.choice([1.0, 2.0, 0.5]) for _ in docs)), array("B"))
    head = impact_head(postings, FIRST_DEPTH)
    whole = impact_order(postings)
    assert head[0] == whole[0][:FIRST_DEPTH]
    assert head[1] == whole[1][:FIRST_DEPTH]


# -- the index's counts of questions per circumstance ---------------------------------------------


@pytest.fixture
def indexed(big_pack: Path) -> tuple[Path, Store]:
    _, store = open_store(big_pack)
    assert store is not None
    return big_pack, store


def test_the_index_counts_what_the_postings_give(indexed: tuple[Path, Store]) -> None:
    path, store = indexed
    pack = load_pack(path)
    analyzer = analyzer_for(pack)
    memory = MemoryStore(pack, build_index(pack, analyzer))
    table = circumstance_terms(analyzer)
    counts = question_counts(table, memory.postings)
    assert any(counts)  # the generated pack's questions name circumstances
    assert store.question_counts(terms_key(table)) == counts
    assert store.question_counts(terms_key(table) ^ 1) is None
    assert memory.question_counts(terms_key(table)) is None


@pytest.mark.parametrize("share", [0.0, 0.05, 0.25])
def test_the_setting_from_counts_is_the_setting_from_postings(
    indexed: tuple[Path, Store], share: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare.engine import circumstances

    path, store = indexed
    pack = load_pack(path)
    analyzer = analyzer_for(pack)
    memory = MemoryStore(pack, build_index(pack, analyzer))
    monkeypatch.setattr(circumstances, "PACK_SETTING_SHARE", share)
    from_counts = Circumstances(store, analyzer)
    from_postings = Circumstances(memory, analyzer)
    from_counts._on = from_postings._on = True
    assert from_counts._pack_setting() == from_postings._pack_setting()


@pytest.mark.parametrize(
    "counted",
    [None, [], [1], ["x", []], [1, "x"], [1, ["a"]], [1, [-1]], [1, [10**9]], [1, [True]]],
)
def test_a_meta_with_bad_counts_is_not_used(big_pack: Path, counted: object) -> None:
    from backcare.store.open import _index_path
    from backcare.store.sqlite import open_index

    pack, store = open_store(big_pack)
    assert store is not None
    index = Path(_index_path(pack.digest))
    crafted_meta(circumstances=counted)(index)
    assert open_index(index, pack.digest, str(big_pack), big_pack) is None
    assert not index.exists()  # discarded: the next ask rebuilds it


# -- the SHA-256 that `ask --json` names a large pack by ------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _age_record(path: Path) -> None:
    """Past the racy window: the record's `made` moved back, as if written long after the file."""
    (record,) = (path.parent / "cache" / "sums").iterdir()
    data = json.loads(record.read_text())
    data["made"] = time.time_ns() + 10**10
    record.write_text(json.dumps(data))


def test_a_large_packs_sum_is_remembered_and_renewed(
    big_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare.store import sums

    assert file_sha256(big_pack, str(big_pack)) == _sha(big_pack)
    _age_record(big_pack)

    def unread(*_: object) -> bytes:
        raise AssertionError("read again")

    with monkeypatch.context() as patched:
        patched.setattr(sums, "read_file_bytes", unread)
        assert file_sha256(big_pack, str(big_pack)) == _sha(big_pack)  # remembered
    # the same size, the modification time put back: the ctime still changes
    stat = big_pack.stat()
    data = big_pack.read_bytes()
    big_pack.write_bytes(data.replace(b"back", b"bakc", 1))
    os.utime(big_pack, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert big_pack.stat().st_size == stat.st_size
    assert (
        file_sha256(big_pack, str(big_pack)) == _sha(big_pack) != hashlib.sha256(data).hexdigest()
    )


@pytest.mark.parametrize("digest", ["0" * 63, "G" * 64, "A" * 64, 7, None, "0" * 64 + "\n"])
def test_a_record_of_anything_but_a_sum_is_ignored(big_pack: Path, digest: object) -> None:
    file_sha256(big_pack, str(big_pack))
    _age_record(big_pack)
    (record,) = (big_pack.parent / "cache" / "sums").iterdir()
    data = json.loads(record.read_text())
    data["digest"] = digest
    record.write_text(json.dumps(data))
    assert file_sha256(big_pack, str(big_pack)) == _sha(big_pack)


def test_a_racy_record_is_not_trusted(big_pack: Path) -> None:
    """Made within RACY_SECONDS of the file's change: the file is hashed again."""
    file_sha256(big_pack, str(big_pack))
    (record,) = (big_pack.parent / "cache" / "sums").iterdir()
    data = json.loads(record.read_text())
    data["digest"] = "0" * 64  # a wrong sum: used only if the record were trusted
    data["made"] = big_pack.stat().st_ctime_ns  # made in the tick the file changed
    record.write_text(json.dumps(data))
    assert file_sha256(big_pack, str(big_pack)) == _sha(big_pack)


def test_a_small_pack_is_hashed_and_nothing_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    pack = tmp_path / "small.json"
    pack.write_text(json.dumps({"entries": [{"id": "a", "question": "Q?", "answer": "A."}]}))
    assert file_sha256(pack, str(pack)) == _sha(pack)
    assert not (tmp_path / "cache" / "sums").exists()


def test_ask_json_names_a_large_pack_by_its_sum(big_pack: Path) -> None:
    from backcare.cli.provenance import pack_digests

    for _ in range(2):
        assert pack_digests([str(big_pack)]) == ((str(big_pack), _sha(big_pack)),)
    assert len(list((big_pack.parent / "cache" / "sums").iterdir())) == 1
