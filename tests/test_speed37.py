"""speed37 (issue 17): a long phrase's dense bounds on a large pack, read off its words' stored
bounds instead of scattered from its postings, each shortcut shown to give what the slower way gave.

- `lanes.bounds_min`: each 32-bit field's min over dense bounds, as `map(min, ...)` gives it, or None
  where a field's top bit is set or the lengths do not match.
- `lanes._fold` picks each lane with a shift and a subtraction instead of a multiplication: the same
  mins and maxes as `map(min, ...)` and `map(max, ...)` (test_speed33's cases run it too).
- A phrase of two common words on an indexed pack: the fieldwise min of the words' stored bounds is
  the bytes `topk.dense_bounds` scatters from the phrase's postings (`candidates._all_of`).
"""

from __future__ import annotations

import json
import random
from array import array
from itertools import combinations
from pathlib import Path

import pytest

from backcare.engine.analyze import PHRASE_SEPARATOR, stem
from backcare.engine.candidates import _all_of
from backcare.engine.lanes import bounds_min, lanes_max, lanes_min
from backcare.engine.topk import dense_bounds
from backcare.engine.tuning import K1
from backcare.store.open import open_store


@pytest.mark.parametrize("seed", range(30))
def test_bounds_min_is_map_min(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.choice([1, 2, 7, 300])
    pool = [0, 1, 2, 4094, 4095, 2**31 - 1]

    def field() -> int:
        return rng.choice(pool) if rng.random() < 0.3 else rng.randrange(2**31)

    parts = [array("I", [field() for _ in range(size)]) for _ in range(rng.choice([1, 2, 3]))]
    found = bounds_min([p.tobytes() for p in parts])
    assert found is not None
    expected = array("I", map(min, *parts)) if len(parts) > 1 else parts[0]
    assert found == expected.tobytes()


def test_bounds_min_declines_a_top_bit_and_unequal_lengths() -> None:
    one = array("I", [1, 2, 3]).tobytes()
    assert bounds_min([one, array("I", [1, 2**31, 3]).tobytes()]) is None
    assert bounds_min([one, array("I", [1, 2]).tobytes()]) is None
    assert bounds_min([one, one[:-1]]) is None


@pytest.mark.parametrize("seed", range(20))
def test_folds_are_map_min_and_max(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.randrange(1, 500)
    floats = [
        array("f", (rng.choice([0.0, 1.5, 3.4e38, rng.random()]) for _ in range(size)))
        for _ in range(3)
    ]
    small = [array("B", (rng.randrange(128) for _ in range(size))) for _ in range(3)]
    assert lanes_min(floats) == array("f", map(min, *floats))
    assert lanes_max(small) == array("B", map(max, *small))


def test_a_phrases_bounds_are_its_words_lowest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pair of the pack's dense words: the min of their stored bounds is what topk would
    scatter from the pair's postings."""
    from backcare.store import open as store_open
    from tools.make_pack import make_common_pack

    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(store_open, "INDEXED_PACK_BYTES", 10_000)
    path = tmp_path / "common.json"
    path.write_text(json.dumps(make_common_pack(1_500)), encoding="utf-8")
    _, store = open_store(path)
    assert store is not None
    terms = {stem(w) for w in store.words()}
    words = sorted(t for t in terms if store.has_term(t) and store.impact(t)[2] is not None)[:12]
    assert len(words) >= 4
    for pair in combinations(words, 2):
        postings = _all_of([store.postings(w) for w in pair])
        assert postings[0]  # (common words meet)
        expected = dense_bounds(postings[0], postings[1], store.size, K1)
        assert bounds_min([store.impact(w)[2] for w in pair]) == expected  # type: ignore[misc]
    assert PHRASE_SEPARATOR not in "".join(words)
