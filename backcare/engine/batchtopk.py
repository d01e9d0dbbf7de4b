"""`topk._bounded_top_k` in numpy, for batches: the same dense bounds, the same cut, the same pool
and the same exact scores, to the bit. Pure: no I/O.

A batch of 2,000 questions on a 50,000-entry pack spent a third of its time in top-k: each term's
bounds as one Python integer of 200 kB (a multiply and an add a term, `to_bytes` twice a question
to read the sums and find the pool), and, on a pack whose question words are rarer (no term with
stored dense bounds), the impact-ordered reading one posting a Python step. Here a term's bounds
are an array of uint32 (a stored row is read in place, without a copy; a rarer term's are scattered
from its postings once and kept), their weighted sum is a multiply and an add in C, the pool one
comparison, and the pool's exact scores a binary search of each term's postings in C.

numpy costs 60-100 ms to import: `topk.top_k` imports this module only after a batch's first
`NUMPY_AFTER` questions, never for a single ask (tests/test_startup.py).

Why the answers are the same: the upper bounds, weights, theta, cut and narrowing are
`_bounded_top_k`'s integers (every sum stays below 2 ** 31, so uint32 arithmetic is exact); here
the bounds also apply when no term has stored ones (the pack's size is known), which only makes
the exhaustive top k come from bounds instead of the impact-ordered reading. Exact scores are
float64 operations in `exact_score`'s order: factor x tf / (k1 + tf) per term (tf widened from
float32 exactly, 0.0 where the term is absent, which changes no sum), summed alternative by
alternative, then concept by concept; ties go to the lower entry number.
"""

from __future__ import annotations

import heapq
import os
from array import array
from collections.abc import Sequence
from typing import Any

# numpy loads OpenBLAS, which starts a worker thread per extra core at load time; the worker spins
# (blas_thread_server) for a while before it sleeps: ~0.1 s of CPU a batch (perf: 3% of a 2,000
# question batch on the 50k pack) for BLAS this path never calls. One thread: no worker. A value
# the user set stays (it must be set before numpy is first imported to count).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # (after the setting above)

from backcare.engine.bound import (
    FIRST_DEPTH,
    QUANT,
    Term,
    _cut,
    integer_weights,
    merged_terms,
)

_U32 = np.dtype(np.uint32)


class NumpyBounds:
    """What a batch keeps for the numpy path: terms' bounds (stored rows checked once; others
    computed from the postings once), least recently used dropped first within `limit` bytes,
    keyed by the identities of their sources, which the cache holds; each term's postings read
    as arrays; and two work arrays of the pack's size."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self._limit = limit
        self._used = 0
        # key -> (sources, bounds or None when they cannot be used, bytes)
        self._kept: dict[tuple[object, ...], tuple[tuple[object, ...], Bounds | None, int]] = {}
        self._postings: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
        self.total = np.empty(size, _U32)
        self.product = np.empty(size, _U32)

    def bounds(self, t: Term, k1: float) -> Bounds | None:
        """A term's dense bounds, or None when they cannot be used: a stored field above QUANT
        (a crafted index), a tf that is not a finite positive number."""
        if t.dense is not None:
            sources: tuple[object, ...] = (t.dense,)
            key: tuple[object, ...] = (id(t.dense),)
        else:
            sources = (t.docs, t.tfs, k1)
            key = (id(t.docs), id(t.tfs), k1)
        found = self._kept.pop(key, None)
        if found is not None:
            self._kept[key] = found  # most recently used last
            return found[1]
        bounds: Bounds | None
        if t.dense is not None:
            stored = np.frombuffer(t.dense, _U32)  # the row itself, not a copy
            fits = len(stored) == self.size and stored.max(initial=0) <= QUANT
            bounds = (None, stored) if fits else None
            size = len(t.dense)
        else:
            bounds = _quotients(t, self.size, k1)
            size = 0 if bounds is None else bounds[1].nbytes
        if size <= self._limit:
            while self._kept and self._used + size > self._limit:
                self._used -= self._kept.pop(next(iter(self._kept)))[2]
            self._kept[key] = (sources, bounds, size)
            self._used += size
        return bounds

    def postings(self, t: Term) -> tuple[np.ndarray, np.ndarray]:
        """A term's doc-ordered postings and tfs, read in place (the arrays hold the term's)."""
        key = (id(t.docs), id(t.tfs))  # the views hold both: neither id is reused while kept
        found = self._postings.get(key)
        if found is None:
            if len(self._postings) >= _KEPT_POSTINGS:
                self._postings.clear()
            found = self._postings[key] = (_array(t.docs), _array(t.tfs))
        return found


_KEPT_POSTINGS = 4096  # terms whose postings are kept as arrays (a view each: no copy)
# a term's bounds: (None, every entry's) or, for a term in few entries, (its entries, theirs)
Bounds = tuple["np.ndarray | None", np.ndarray]


def _array(items: array[Any]) -> np.ndarray:
    """An `array.array` read in place (numpy's type codes are the array module's)."""
    return np.frombuffer(items, np.dtype(items.typecode))


def _quotients(t: Term, size: int, k1: float) -> Bounds | None:
    """`topk.dense_bounds` of a term's postings: ceil(QUANT x tf / (k1 + tf)) in float64; kept
    by entry for a term in few entries, else scattered over the pack."""
    docs = _array(t.docs)
    tfs = _array(t.tfs).astype(np.float64)
    with np.errstate(all="ignore"):
        quotients = np.ceil((float(QUANT) * tfs) / (k1 + tfs))
    # dense_bounds fails on these (ceil of nan or inf; a negative field); a field above QUANT
    # is refused by _bounds_of
    if len(docs) and (
        not np.isfinite(quotients).all()
        or quotients.min() < 0
        or quotients.max() > QUANT
        or int(docs.max()) >= size
    ):
        return None
    if len(docs) * 4 < size:
        return docs, quotients.astype(_U32)
    table = np.zeros(size, _U32)
    table[docs] = quotients.astype(_U32)
    return None, table


def bounded_top_k(
    concepts: Sequence[Sequence[Term]], k: int, k1: float, kept: NumpyBounds
) -> dict[int, float] | None:
    """`topk._bounded_top_k` (see there) with numpy; None where it returns None, and where no
    term has stored bounds but fewer than k entries clearly score above 0."""
    items = merged_terms(concepts)
    size = kept.size
    if not items or any(t.dense is not None and len(t.dense) != 4 * size for _, t in items):
        return None
    weights = integer_weights(items, size, k)
    if weights is None:
        return None
    total, product = kept.total, kept.product
    filled = False  # total holds a term's bounds yet
    for weight, (_, t) in zip(weights, items, strict=True):
        bounds = kept.bounds(t, k1)
        if bounds is None:
            return None
        docs, values = bounds
        if docs is None and not filled:
            np.multiply(values, weight, out=total)
        elif docs is None:
            np.multiply(values, weight, out=product)
            np.add(total, product, out=total)
        else:  # a term's entries are distinct: one add each
            if not filled:
                total.fill(0)
            total[docs] += values * weight
        filled = True
    heads = np.sort(np.concatenate([_array(t.impact_docs)[:FIRST_DEPTH] for _, t in items]))
    if len(heads) > 1:  # distinct entries (numpy's `unique` took its slower hash path)
        heads = heads[np.concatenate(([True], heads[1:] != heads[:-1]))]
    if len(heads) and int(heads[-1]) >= size:
        return None
    slack = sum(weights) + len(items) * QUANT
    if len(heads) < k:
        return None
    cut = _cut(_kth_largest(total[heads], k), slack)
    if cut <= 0:
        return None  # entries with no term at all could tie: not for this path
    pool = np.flatnonzero(total >= cut).astype(_U32)  # the postings' type: searched as they are
    if len(pool) > 8 * k:  # narrow down with the pool's own k-th best upper bound
        upper = total[pool]
        cut = max(cut, _cut(_kth_largest(upper, k), slack))
        pool = pool[upper >= cut]
    return _best(k, pool, exact_scores(pool, concepts, k1, kept))


def _kth_largest(values: np.ndarray, k: int) -> int:
    """The k-th largest of `values` (at least k of them), as a Python integer."""
    if len(values) <= 4 * k:
        return int(heapq.nlargest(k, values.tolist())[-1])
    return int(np.partition(values, len(values) - k)[len(values) - k])


def exact_scores(
    docs: np.ndarray, concepts: Sequence[Sequence[Term]], k1: float, kept: NumpyBounds
) -> np.ndarray:
    """`topk.exact_score` of each of `docs` (ascending), in float64, in its order."""
    totals: np.ndarray | None = None
    for terms in concepts:
        part: np.ndarray | None = None
        for term in terms:
            tfs = _tfs_of(term, docs, kept)
            shares = (term.factor * tfs) / (k1 + tfs)
            part = shares if part is None else part + shares
        if part is not None:
            totals = part if totals is None else totals + part
    return np.zeros(len(docs)) if totals is None else totals


def _tfs_of(term: Term, docs: np.ndarray, kept: NumpyBounds) -> np.ndarray:
    """The term's tf in each of `docs` (0.0 where it is not), as float64: binary searches in C."""
    postings, weights = kept.postings(term)
    if not len(postings):
        return np.zeros(len(docs))
    where = np.minimum(np.searchsorted(postings, docs), len(postings) - 1)
    tfs = weights[where].astype(np.float64)
    tfs[postings[where] != docs] = 0.0
    return tfs


def _best(k: int, docs: np.ndarray, scores: np.ndarray) -> dict[int, float]:
    """The k best entries, ties to the lower entry, as doc -> score in that order (`topk._best`)."""
    order = np.lexsort((docs, -scores))[:k]
    return dict(zip(docs[order].tolist(), scores[order].tolist(), strict=True))
