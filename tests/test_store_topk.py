"""Exact top-k (backcare.engine.topk): the same entries and the same floats as scoring every posting."""

from __future__ import annotations

import random
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.topk import (
    FIRST_DEPTH,
    QUANT,
    BoundsCache,
    Term,
    TfTables,
    all_scores,
    dense_bounds,
    exact_score,
    exact_scores,
    top_k,
)
from backcare.store.protocol import impact_head, impact_order

K1 = 0.9


def make_term(
    rng: random.Random, size: int, share: float, factor: float, strong: float = 0.4
) -> Term:
    docs = array("I", sorted(rng.sample(range(size), max(1, int(size * share)))))
    # strong postings (the word in a question) among weak ones (only in an answer), with ties
    tfs = array(
        "f",
        [
            rng.choice((1.0, 1.5, rng.uniform(0.8, 2)))
            if rng.random() < strong
            else rng.choice((0.05, 0.1, rng.uniform(0.02, 0.2)))
            for _ in docs
        ],
    )
    impact_docs, impact_tfs, _ = impact_order((docs, tfs, array("B", bytes(len(docs)))))
    return Term(factor, docs, tfs, impact_docs, impact_tfs)


def make_concepts(
    rng: random.Random, size: int, shape: list[int], share: float, dense_share: float = 0.0
) -> list[list[Term]]:
    """A question's concepts, each of `shape`'s count of random terms (a `dense_share` of them kept
    as the index keeps a common term), and at times the first term again as a concept of its own
    (a word typed twice)."""
    concepts = [
        [
            with_dense(make_term(rng, size, share, rng.uniform(0.5, 6.0)), size)
            if dense_share and rng.random() < dense_share
            else make_term(rng, size, share, rng.uniform(0.5, 6.0))
            for _ in range(alternatives)
        ]
        for alternatives in shape
    ]
    if rng.random() < 0.3:
        concepts.append([concepts[0][0]])
    return concepts


def exhaustive(concepts: list[list[Term]], k: int, allowed: frozenset[int] | None) -> list[int]:
    scores = all_scores(concepts, K1, allowed)
    return sorted(scores, key=lambda d: (-scores[d], d))[:k]


def assert_exhaustive(
    found: dict[int, float], concepts: list[list[Term]], k: int, allowed: frozenset[int] | None
) -> None:
    """`found` is the exhaustive top k, in order, each score the exhaustive one bit for bit."""
    assert sorted(found, key=lambda d: (-found[d], d)) == exhaustive(concepts, k, allowed)
    every = all_scores(concepts, K1, allowed)
    assert all(found[d] == every[d] for d in found)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    size=st.integers(60, 3_000),
    shape=st.lists(st.integers(1, 3), min_size=1, max_size=4),
    share=st.floats(0.01, 0.9),
    k=st.integers(1, 60),
    topic=st.booleans(),
)
def test_top_k_is_the_exhaustive_top_k(
    seed: int, size: int, shape: list[int], share: float, k: int, topic: bool
) -> None:
    rng = random.Random(seed)
    concepts = make_concepts(rng, size, shape, share)
    allowed = frozenset(rng.sample(range(size), size // 3)) if topic else None
    assert_exhaustive(top_k(concepts, k, K1, allowed), concepts, k, allowed)


def test_common_words_are_not_read_to_the_end() -> None:
    """The point of impact order: with many weak postings, top-k stops long before the end."""
    rng = random.Random(7)
    size = 40_000
    concepts = [[make_term(rng, size, 0.5, 2.0, strong=0.1)] for _ in range(3)]
    reads: list[int] = []
    for terms in concepts:
        term = terms[0]
        counting = _CountingArray(term.impact_docs, reads)
        terms[0] = term._replace(impact_docs=counting)  # type: ignore[arg-type]
    top_k(concepts, 10, K1, None)
    assert sum(reads) < 0.5 * sum(len(t[0].docs) for t in concepts)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    size=st.integers(60, 3_000),
    shape=st.lists(st.integers(1, 3), min_size=1, max_size=4),
    share=st.floats(0.01, 0.9),
    k=st.integers(1, 60),
    dense_share=st.floats(0.0, 1.0),
    topic=st.booleans(),
)
def test_top_k_from_dense_bounds_is_the_exhaustive_top_k(
    seed: int, size: int, shape: list[int], share: float, k: int, dense_share: float, topic: bool
) -> None:
    """Terms with dense bounds (the index keeps them for common terms) mixed with terms without."""
    rng = random.Random(seed)
    concepts = make_concepts(rng, size, shape, share, dense_share)
    # a topic filter: no bounds, and the terms' impact order sorted again from their postings
    allowed = frozenset(rng.sample(range(size), size // 3)) if topic else None
    assert_exhaustive(top_k(concepts, k, K1, allowed), concepts, k, allowed)


def test_bounds_kept_across_questions_give_the_exhaustive_top_k() -> None:
    """A batch keeps terms' bounds (BoundsCache) across questions, small enough that it must drop
    some: each question, asked with terms it shares with others, still gets the exhaustive top k."""
    rng = random.Random(13)
    size = 3_000
    vocabulary = [
        with_dense(make_term(rng, size, 0.4, rng.uniform(0.5, 6.0)), size)
        if n % 2
        else make_term(rng, size, 0.02, rng.uniform(0.5, 6.0))
        for n in range(12)
    ]
    cache = BoundsCache(limit=3 * 4 * size)  # three terms' bounds
    for _ in range(40):
        concepts = [[rng.choice(vocabulary)] for _ in range(rng.randint(1, 4))]
        concepts[0].append(vocabulary[1])  # a common term in every question: bounds apply
        assert_exhaustive(top_k(concepts, 20, K1, None, cache), concepts, 20, None)


def test_bounds_cache_keeps_what_fits_and_drops_the_least_recently_used() -> None:
    cache = BoundsCache(limit=10)
    first, second, third = (b"a",), (b"b",), (b"c",)
    cache.put(first, 1, 4)
    cache.put(second, 2, 4)
    assert cache.get(first) == 1  # now the most recently used
    cache.put(third, 3, 4)  # 12 bytes > 10: the least recently used goes
    assert cache.get(second) is None
    assert (cache.get(first), cache.get(third)) == (1, 3)
    cache.put((b"too large",), 4, 11)
    assert cache.get(first) == 1


def test_bounds_scattered_from_postings_are_kept_per_postings_tfs_and_k1() -> None:
    """The same doc-ordered postings with other tfs, or another k1, have other bounds."""
    cache = BoundsCache()
    docs, tfs, other_tfs = array("I", [1, 2]), array("f", [1.0, 2.0]), array("f", [3.0, 1.0])
    cache.put((docs, tfs, 0.9), 7, 8)
    assert cache.get((docs, tfs, 0.9)) == 7
    assert cache.get((docs, other_tfs, 0.9)) is None
    assert cache.get((docs, tfs, 1.2)) is None


def with_dense(term: Term, size: int) -> Term:
    """As the index keeps a common term: dense bounds, and only the head of its impact order."""
    return term._replace(
        dense=dense_bounds(term.docs, term.tfs, size, K1),
        impact_docs=term.impact_docs[:FIRST_DEPTH],
        impact_tfs=term.impact_tfs[:FIRST_DEPTH],
    )


def test_dense_bounds_bound_each_share() -> None:
    rng = random.Random(3)
    term = make_term(rng, 500, 0.5, 1.0)
    bounds = array("I", dense_bounds(term.docs, term.tfs, 500, K1))
    for doc, tf in zip(term.docs, term.tfs, strict=True):
        share = tf / (K1 + tf)
        assert (bounds[doc] - 1) / QUANT <= share <= bounds[doc] / QUANT
    assert sum(1 for b in bounds if b) == len(term.docs)


def test_dense_bounds_read_only_the_heads() -> None:
    """With dense bounds, top-k reads no more than the first postings of each impact list."""
    rng = random.Random(11)
    size = 40_000
    concepts = [[with_dense(make_term(rng, size, 0.5, 2.0, strong=0.1), size)] for _ in range(3)]
    reads: list[int] = []
    for terms in concepts:
        counting = _CountingArray(terms[0].impact_docs, reads)
        terms[0] = terms[0]._replace(impact_docs=counting)  # type: ignore[arg-type]
    found = top_k(concepts, 10, K1, None)
    assert sum(reads) <= 3 * 256
    assert sorted(found, key=lambda d: (-found[d], d)) == exhaustive(concepts, 10, None)


def test_dense_bounds_out_of_range_are_not_used() -> None:
    """A field above QUANT (a crafted index) would carry into its neighbour: the bounds are
    ignored and the answer is still the exhaustive one."""
    rng = random.Random(5)
    size = 2_000
    concepts = [[with_dense(make_term(rng, size, 0.5, 2.0), size)] for _ in range(2)]
    crafted = array("I", [0xFFFFFFFF] * size).tobytes()
    concepts[1][0] = concepts[1][0]._replace(dense=crafted)
    found = top_k(concepts, 20, K1, None)
    assert sorted(found, key=lambda d: (-found[d], d)) == exhaustive(concepts, 20, None)


class _CountingArray:
    """An array wrapper that counts how many items slices hand out."""

    def __init__(self, items: array[int], reads: list[int]) -> None:
        self.items = items
        self.reads = reads

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: slice) -> array[int]:
        part = self.items[index]
        self.reads.append(len(part))
        return part


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from((0.05, 0.1, 0.25, 1.0, 1.5, 2.0)) | st.floats(0.01, 3.0), max_size=400
    ),
    st.integers(0, 300),
)
def test_impact_head_is_the_head_of_the_impact_order(tfs: list[float], count: int) -> None:
    """The head an index keeps of a common term: the same postings, in the same order (ties at
    the head's last tf included), as the full sort's first `count`."""
    postings = (array("I", range(len(tfs))), array("f", tfs), array("B", bytes(len(tfs))))
    docs, weights, _ = impact_order(postings)
    head_docs, head_tfs = impact_head(postings, count)
    assert head_docs.tobytes() == docs[:count].tobytes()
    assert head_tfs.tobytes() == weights[:count].tobytes()


def test_exact_scores_from_kept_tables_are_exact_score() -> None:
    """Exact scores looked up in tf tables kept across questions (made on a term's second ask, a
    table for a common term, a dict for a rare one, the least recently used dropped) are
    `exact_score`'s floats, entries past a term's last posting included."""
    rng = random.Random(5)
    size = 2_000
    vocabulary = [
        make_term(rng, size, share, rng.uniform(0.5, 6.0)) for share in (0.4, 0.05, 0.002, 0.3)
    ]
    vocabulary.append(make_term(rng, size // 2, 0.3, 2.0))  # ends halfway: later entries lack it
    tables = TfTables(limit=4 * size + 8)  # room for one array table
    for _ in range(60):
        concepts = [
            [rng.choice(vocabulary) for _ in range(rng.randint(1, 2))]
            for _ in range(rng.randint(1, 3))
        ]
        docs = rng.sample(range(size), rng.randint(1, 40))
        expected = [(exact_score(d, concepts, K1), d) for d in docs]
        assert exact_scores(docs, concepts, K1, tables) == expected
        assert exact_scores(docs, concepts, K1) == expected


@settings(max_examples=80, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    size=st.integers(60, 3_000),
    shape=st.lists(st.integers(1, 3), min_size=1, max_size=4),
    share=st.floats(0.001, 0.9),
    k=st.integers(1, 60),
    dense_share=st.floats(0.0, 1.0),
)
def test_top_k_in_numpy_is_the_exhaustive_top_k(
    seed: int, size: int, shape: list[int], share: float, k: int, dense_share: float
) -> None:
    """A batch's top-k in numpy (backcare.engine.batchtopk), with stored bounds, scattered ones
    or both: the exhaustive top k, bit for bit, wherever it gives an answer, and from top_k."""
    from backcare.engine.batchtopk import NumpyBounds, bounded_top_k

    rng = random.Random(seed)
    concepts = make_concepts(rng, size, shape, share, dense_share)
    want = exhaustive(concepts, k, None)
    every = all_scores(concepts, K1, None)
    found = bounded_top_k(concepts, k, K1, NumpyBounds(size, 1 << 20))
    if found is not None:
        assert list(found) == want
        assert all(found[d] == every[d] for d in found)
        assert all(type(d) is int and type(s) is float for d, s in found.items())
    batch = BoundsCache(size=size, numpy_after=0)
    for _ in range(2):  # bounds scattered, then kept
        found = top_k(concepts, k, K1, None, batch)
        assert list(found) == want
        assert all(found[d] == every[d] for d in found)


def test_top_k_in_numpy_applies_without_stored_bounds() -> None:
    """Rarer words (no stored bounds) in a batch: bounds scattered in numpy, the exhaustive top k."""
    from backcare.engine.batchtopk import NumpyBounds, bounded_top_k

    rng = random.Random(17)
    size = 20_000
    concepts = [[make_term(rng, size, 0.05, rng.uniform(0.5, 6.0))] for _ in range(3)]
    found = bounded_top_k(concepts, 50, K1, NumpyBounds(size, 1 << 20))
    assert found is not None
    assert list(found) == exhaustive(concepts, 50, None)


def test_top_k_in_numpy_refuses_crafted_bounds() -> None:
    from backcare.engine.batchtopk import NumpyBounds, bounded_top_k

    rng = random.Random(5)
    size = 2_000
    concepts = [[with_dense(make_term(rng, size, 0.5, 2.0), size)] for _ in range(2)]
    crafted = array("I", [0xFFFFFFFF] * size).tobytes()
    concepts[1][0] = concepts[1][0]._replace(dense=crafted)
    assert bounded_top_k(concepts, 20, K1, NumpyBounds(size, 1 << 20)) is None
    found = top_k(concepts, 20, K1, None, BoundsCache(size=size, numpy_after=0))
    assert list(found) == exhaustive(concepts, 20, None)


def test_a_single_question_does_not_import_numpy() -> None:
    """The numpy path starts with a batch's NUMPY_AFTER-th question (a cold ask never pays for
    numpy's import): the cache hands it out only then."""
    cache = BoundsCache(size=100, numpy_after=3)
    assert [cache.batch() is None for _ in range(4)] == [True, True, True, False]
    assert BoundsCache().batch() is None  # the pack's size unknown: never


@pytest.mark.parametrize(("preset", "expected"), [(None, "1 1"), ("3", "3 3")])
def test_the_numpy_path_starts_no_blas_threads(preset: str | None, expected: str) -> None:
    """numpy loads OpenBLAS, whose worker threads spin for a while after they start: the numpy
    path asks for one thread (no worker) unless the user chose a number, which stays."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if preset is not None:
        env["OPENBLAS_NUM_THREADS"] = preset
    probe = (
        "import os, backcare.engine.batchtopk\n"
        "threads = len(os.listdir('/proc/self/task')) if os.path.isdir('/proc/self/task') else 0\n"
        "print(os.environ['OPENBLAS_NUM_THREADS'], threads if threads else '-')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    setting, threads = done.stdout.split()
    assert setting == expected.split()[0]
    if threads != "-" and preset is None:
        assert threads == "1"  # the interpreter's own thread only
