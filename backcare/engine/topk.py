"""Exact top-k of the word-level BM25F scores, without reading every posting of common words.

A word found in half of a 50,000-entry pack has 25,000 postings; scoring them all in Python costs
about 0.7 us each, so a question of common words cost more than everything else together. Most of
those postings are weak (the word is only in a long answer), and the k best entries are found among
the strong ones. So each term's postings are also kept in *impact order* (BM25F tf, largest first;
`Store.impact`), and:

1. the first `depth` postings of every term are summed into partial scores (a lower bound of each
   entry's score: every contribution is positive);
2. an entry's score is at most its partial score plus `rest`, the sum over terms of the contribution
   of the first posting not yet read (impact order: nothing later is larger);
3. theta, the k-th best partial score, is at most the k-th best true score. When `rest` < theta, no
   unread entry can reach the top k, and only entries with partial + rest >= theta can: those few
   are scored exactly (binary search in the doc-ordered postings) and the best k kept.
   Otherwise the depth doubles; at full depth this is the exhaustive sum.

On a large pack where every question word is in half the entries, the heads alone run to hundreds
of thousands of postings, each added in Python (~0.5-1 us: a dict lookup and store a posting). So a
term that common also carries a *dense bound* (`dense_bounds`, stored in the index): one 32-bit field
per entry, ceil(QUANT x tf / (k1 + tf)), 0 where the term is absent. Weighted by integer weights
(ceil of factor x scale) and added as Python integers, every entry's upper bound is summed at once in
C (`_bounded_top_k`: one big-integer multiply and add per term, a few ms for 200,000 entries); an
entry's lower bound is its upper bound less a fixed slack, so the only entries that can reach the top
k are those whose upper bound is within that slack of the k-th best: these few are scored exactly.

The exact scores are computed term by term in the same order as the exhaustive sum (concept by
concept, alternative by alternative), so the top k and their scores are bit-for-bit those of scoring
every posting. Pure: no I/O.
"""

from __future__ import annotations

import heapq
import sys
from array import array
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Sequence
from itertools import compress, repeat
from math import ceil
from operator import add, eq, itemgetter, le, mul, truediv

# (the term, the bounds' unit and the cut are shared with the numpy path: engine/bound.py)
from backcare.engine.bound import _FIELD_BITS, _TOP, _cut, integer_weights, merged_terms
from backcare.engine.bound import FIRST_DEPTH as FIRST_DEPTH
from backcare.engine.bound import QUANT as QUANT
from backcare.engine.bound import Term as Term
from backcare.engine.tuning import (
    ASKED_TERMS,
    BOUNDS_CACHE_BYTES,
    NUMPY_AFTER,
    TF_TABLE_BYTES,
    WEIGHTED_BOUNDS_BYTES,
)
from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.batchtopk import NumpyBounds

SLACK = 1e-9  # relative float slack: partial sums and exact sums add in different orders
RESCORE_COST = 3  # postings read in the time one entry's score is looked up in one term
_ORDER = sys.byteorder  # dense bounds are arrays of "I" in the machine's order (as the index is)


class BoundsCache:
    """Terms' dense bounds as Python integers, kept across the questions of a batch: converting a
    stored row (`int.from_bytes`) or scattering a rarer term's postings (`dense_bounds`) costs
    0.3-1 ms a term at 50,000-200,000 entries, and a batch asks the same words again and again.

    Keyed by the identities of what the bounds come from (the term's stored bounds; or its
    doc-ordered postings, their tfs and k1), which the cache holds, so an identity cannot be reused
    while its key is here. Bounded by size: the least recently used integers are dropped first."""

    def __init__(
        self,
        limit: int = BOUNDS_CACHE_BYTES,
        weighted_limit: int = WEIGHTED_BOUNDS_BYTES,
        size: int | None = None,
        numpy_after: int = NUMPY_AFTER,
    ) -> None:
        self._limit = limit
        # the pack's size, when known: from the batch's NUMPY_AFTER-th question on, top-k runs in
        # numpy (backcare.engine.batchtopk), never for a single ask (numpy's import costs more)
        self._size = size
        self._numpy_after = numpy_after
        self._asked = 0
        self._numpy: NumpyBounds | None = None
        self._used = 0
        # key -> (sources, bounds, bytes)
        self._kept: dict[tuple[object, ...], tuple[tuple[object, ...], int, int]] = {}
        # the same for bounds times a weight: (key, weight) -> (sources, product, bytes)
        self._weighted_limit = weighted_limit
        self._weighted_used = 0
        self._weighted: dict[tuple[object, ...], tuple[tuple[object, ...], int, int]] = {}
        self._masks: dict[int, tuple[int, int]] = {}  # size -> (all ones, bits above QUANT)
        self.tables = TfTables()  # and terms' tfs by entry, for exact scores

    def batch(self) -> NumpyBounds | None:
        """The numpy path's state once this many questions were asked (a batch), else None."""
        if self._numpy is None:
            if self._size is None or self._asked < self._numpy_after:
                self._asked += 1
                return None
            from backcare.engine.batchtopk import NumpyBounds

            self._numpy = NumpyBounds(self._size, self._limit)
        return self._numpy

    def masks(self, size: int) -> tuple[int, int]:
        """One in every field, and bits 12-31 of every field, for `size` entries."""
        found = self._masks.get(size)
        if found is None:
            ones = int.from_bytes((1).to_bytes(4, _ORDER) * size, _ORDER)
            high = int.from_bytes((~QUANT & 0xFFFFFFFF).to_bytes(4, _ORDER) * size, _ORDER)
            found = self._masks[size] = (ones, high)
        return found

    @staticmethod
    def _key(sources: tuple[object, ...]) -> tuple[object, ...]:
        # identities of objects, values of numbers (k1)
        return tuple(s if isinstance(s, float) else id(s) for s in sources)

    def get(self, sources: tuple[object, ...]) -> int | None:
        key = self._key(sources)
        found = self._kept.pop(key, None)
        if found is None:
            return None
        self._kept[key] = found  # most recently used last
        return found[1]

    def put(self, sources: tuple[object, ...], bounds: int, size: int) -> None:
        if size > self._limit:
            return
        while self._kept and self._used + size > self._limit:
            _, _, freed = self._kept.pop(next(iter(self._kept)))
            self._used -= freed
        self._kept[self._key(sources)] = (sources, bounds, size)
        self._used += size

    def weighted(self, sources: tuple[object, ...], weight: int) -> int | None:
        """The bounds of `sources` times `weight`, if kept."""
        key = (*self._key(sources), weight)
        found = self._weighted.pop(key, None)
        if found is None:
            return None
        self._weighted[key] = found  # most recently used last
        return found[1]

    def put_weighted(
        self, sources: tuple[object, ...], weight: int, product: int, size: int
    ) -> None:
        if size > self._weighted_limit:
            return
        while self._weighted and self._weighted_used + size > self._weighted_limit:
            _, _, freed = self._weighted.pop(next(iter(self._weighted)))
            self._weighted_used -= freed
        key = (*self._key(sources), weight)
        self._weighted[key] = (sources, product, size)
        self._weighted_used += size


class TfTables:
    """Terms' tfs by entry (an array indexed by entry, or a dict for a rare term), kept across the
    questions of a batch: exact scores look up each pool entry in each term, and binary searches
    in a common term's postings cost ~0.4 us an entry, a table lookup a tenth of that.

    A term's table is made when it costs no more than the searches (postings at most four times
    the entries asked) or when the term is asked a second time (a batch; a single question asks
    each term once, and a table of a common word costs 1-5 ms to make). Keyed by the identities
    of the term's postings and tfs, which the cache holds; bounded by size, least recently used
    dropped first."""

    def __init__(self, limit: int = TF_TABLE_BYTES) -> None:
        self._limit = limit
        self._used = 0
        # key -> (postings, tfs, table, bytes)
        self._kept: dict[tuple[int, int], tuple[object, object, _Table, int]] = {}
        self._asked: set[tuple[int, int]] = set()

    def tfs(self, term: Term, docs: list[int]) -> list[float] | None:
        """The term's tf in each of these entries (0.0 where it is not), or None: no table (yet)."""
        key = (id(term.docs), id(term.tfs))
        found = self._kept.pop(key, None)
        if found is not None:
            self._kept[key] = found  # most recently used last
            return _look_up(found[2], docs)
        if len(docs) * 4 < len(term.docs) and key not in self._asked:
            if len(self._asked) >= ASKED_TERMS:
                self._asked.clear()
            self._asked.add(key)
            return None
        table, size = _table(term)
        if size <= self._limit:
            while self._kept and self._used + size > self._limit:
                self._used -= self._kept.pop(next(iter(self._kept)))[3]
            self._kept[key] = (term.docs, term.tfs, table, size)
            self._used += size
        return _look_up(table, docs)


_Table = tuple["array[float] | dict[int, float]", int]  # tfs by entry; the sentinel's index


def _table(term: Term) -> tuple[_Table, int]:
    """A term's tfs by entry, and its size in bytes: an array (0.0 where the term is not, and one
    0.0 past its last entry for every later entry) if the term is in 1/16 of the entries up to its
    last or more, else a dict."""
    postings, tfs = term.docs, term.tfs
    end = postings[-1] + 1 if postings else 0
    if len(postings) * 16 >= end:
        table = array("f", bytes(4 * (end + 1)))
        deque(map(table.__setitem__, postings, tfs), maxlen=0)
        return (table, end), 4 * (end + 1)
    return (dict(zip(postings, tfs, strict=True)), -1), 120 * len(postings)


def _look_up(found: _Table, docs: list[int]) -> list[float]:
    table, sentinel = found
    if isinstance(table, dict):
        return list(map(table.get, docs, repeat(0.0)))
    return list(map(table.__getitem__, map(min, docs, repeat(sentinel))))


def dense_bounds(docs: Sequence[int], tfs: Sequence[float], size: int, k1: float) -> bytes:
    """Each entry's ceil(QUANT x tf / (k1 + tf)) (an upper bound of its share of the term's factor,
    at most QUANT; the lower bound is one less), as an array of "I" of `size` fields (0: absent).
    Built in C: the quotients by `map`, the scatter by `deque(map(array.__setitem__ ...))`."""
    table = array("I", bytes(4 * size))
    shares = map(truediv, map(mul, repeat(float(QUANT)), tfs), map(add, repeat(k1), tfs))
    deque(map(table.__setitem__, docs, map(ceil, shares)), maxlen=0)
    return table.tobytes()


def exact_score(doc: int, concepts: Sequence[Sequence[Term]], k1: float) -> float:
    """The entry's BM25F word score, summed in the exhaustive order (concept, then alternative)."""
    total = 0.0
    for terms in concepts:
        part = 0.0
        found = False
        for term in terms:
            docs = term.docs
            i = bisect_left(docs, doc)
            if i < len(docs) and docs[i] == doc:
                tf = term.tfs[i]
                part = part + term.factor * tf / (k1 + tf)
                found = True
        if found:
            total = total + part
    return total


def exact_scores(
    docs: Sequence[int],
    concepts: Sequence[Sequence[Term]],
    k1: float,
    tables: TfTables | None = None,
) -> list[tuple[float, int]]:
    """`exact_score` of many entries, term by term in C (`map`): each term's tfs for them (from
    `tables` when it has the term, else by binary searches run in C, or a dict of the term's
    postings when it has few per entry asked), its shares, and the sums, in `exact_score`'s
    order. Where a term is absent its tf is 0.0, whose share is 0.0, and adding 0.0 changes no
    sum: the floats are `exact_score`'s to the bit."""
    wanted = list(docs)
    totals: list[float] | None = None
    for terms in concepts:
        part: list[float] | None = None
        for term in terms:
            tfs = _tfs_of(term, wanted, tables)
            shares = map(truediv, map(mul, repeat(term.factor), tfs), map(add, repeat(k1), tfs))
            part = list(shares) if part is None else list(map(add, part, shares))
        if part is not None:
            totals = part if totals is None else list(map(add, totals, part))
    if totals is None:  # no terms: every score is 0.0
        totals = [0.0] * len(wanted)
    return list(zip(totals, wanted, strict=True))


def _tfs_of(term: Term, docs: list[int], tables: TfTables | None) -> list[float]:
    """The term's tf in each of these entries (0.0 where it is not)."""
    postings, tfs = term.docs, term.tfs
    if not postings:
        return [0.0] * len(docs)
    if tables is not None:
        found = tables.tfs(term, docs)
        if found is not None:
            return found
    if len(docs) * 4 >= len(postings):
        return list(map(dict(zip(postings, tfs, strict=True)).get, docs, repeat(0.0)))
    last = len(postings) - 1
    where = list(map(min, map(bisect_left, repeat(postings), docs), repeat(last)))
    hits = map(eq, map(postings.__getitem__, where), docs)
    return [tfs[i] if hit else 0.0 for i, hit in zip(where, hits, strict=True)]


def all_scores(
    concepts: Sequence[Sequence[Term]], k1: float, allowed: frozenset[int] | None
) -> dict[int, float]:
    """Every entry sharing a term with the question, with its score: the exhaustive sum, for packs
    of at most k entries (term by term, in the same order as `exact_score`)."""
    return add_parts([concept_scores(terms, k1, allowed) for terms in concepts])


def concept_scores(
    terms: Sequence[Term], k1: float, allowed: frozenset[int] | None
) -> dict[int, float]:
    """One concept's part of `all_scores` (a batch keeps it: it depends on the concept alone)."""
    part: dict[int, float] = {}
    for term in terms:
        factor = term.factor
        for d, tf in zip(term.docs, term.tfs, strict=True):
            if allowed is None or d in allowed:
                part[d] = part.get(d, 0.0) + factor * tf / (k1 + tf)
    return part


def add_parts(parts: Sequence[dict[int, float]]) -> dict[int, float]:
    """`all_scores` from its concepts' parts, added in order."""
    scores: dict[int, float] = {}
    for part in parts:
        for d, value in part.items():
            scores[d] = scores.get(d, 0.0) + value
    return scores


def top_k(
    concepts: Sequence[Sequence[Term]],
    k: int,
    k1: float,
    allowed: frozenset[int] | None,
    cache: BoundsCache | None = None,
) -> dict[int, float]:
    """The k entries with the best scores (ties: lower doc number first), with their scores.
    `cache` keeps dense bounds across calls (a batch's questions)."""
    if allowed is None:
        batch = cache.batch() if cache is not None else None
        if batch is not None:
            from backcare.engine.batchtopk import bounded_top_k

            found = bounded_top_k(concepts, k, k1, batch)
            if found is not None:
                return found
        bounded = _bounded_top_k(concepts, k, k1, cache or BoundsCache())
        if bounded is not None:
            return bounded
    lists = _merged(_whole(concepts))
    partial: dict[int, float] = {}
    read = [0] * len(lists)
    wanted = [FIRST_DEPTH] * len(lists)
    while True:
        for n, (factor, docs, tfs) in enumerate(lists):
            start, stop = read[n], min(wanted[n], len(docs))
            if start >= stop:
                continue
            get = partial.get
            if allowed is None:
                for d, tf in zip(docs[start:stop], tfs[start:stop], strict=True):
                    partial[d] = get(d, 0.0) + factor * tf / (k1 + tf)
            else:
                for d, tf in zip(docs[start:stop], tfs[start:stop], strict=True):
                    if d in allowed:
                        partial[d] = get(d, 0.0) + factor * tf / (k1 + tf)
            read[n] = stop
        rests = [_next(factor, tfs, read[n], k1) for n, (factor, _, tfs) in enumerate(lists)]
        rest = sum(rests)
        unread = sum(len(docs) - read[n] for n, (_, docs, _) in enumerate(lists))
        best = heapq.nlargest(k, partial.values())
        theta = best[-1] if len(best) == k else 0.0
        cut = theta - SLACK * theta
        if unread == 0 or (len(best) == k and rest < cut):
            pool = _pool(partial, lists, read, rests, cut - SLACK * (rest + theta))
            # rescoring an entry costs about as much as reading a few postings per term
            if unread == 0 or len(pool) * len(lists) * RESCORE_COST <= unread:
                break
        # read on, each term down to where it alone adds less than theta / terms (at least
        # twice as far as before): then the unread rest cannot reach theta
        share = theta / len(lists)
        for n, (factor, _, tfs) in enumerate(lists):
            wanted[n] = max(2 * read[n], _depth_below(factor, tfs, share, k1))
    scored = exact_scores(pool, concepts, k1, cache.tables if cache is not None else None)
    return _best(k, scored)


def _whole(concepts: Sequence[Sequence[Term]]) -> list[list[Term]]:
    """The terms with their whole impact order: a term with dense bounds keeps only its head (the
    index keeps no more), so without the bounds (a topic filter) it is sorted again here."""
    from backcare.store.protocol import impact_order

    done: dict[int, tuple[array[int], array[float]]] = {}  # a term in two concepts: sorted once
    whole = []
    for terms in concepts:
        row = []
        for t in terms:
            if len(t.impact_docs) < len(t.docs):
                key = id(t.impact_docs)
                if key not in done:
                    done[key] = impact_order((t.docs, t.tfs, array("B")))[:2]
                t = t._replace(impact_docs=done[key][0], impact_tfs=done[key][1])
            row.append(t)
        whole.append(row)
    return whole


def _bounded_top_k(
    concepts: Sequence[Sequence[Term]], k: int, k1: float, cache: BoundsCache
) -> dict[int, float] | None:
    """`top_k` from dense bounds (module docstring), or None where they do not apply: no term has
    one, the pack is no larger than k, or fewer than k entries clearly score above 0.

    In units of 1/(scale x QUANT): an entry's term adds at most W x q (W = ceil(factor x scale),
    q its dense field) and at least (W - 1)(q - 1) >= W x q - W - QUANT; so its score lies within
    `slack` = sum(W + QUANT) below its upper bound. The k-th best score is at least theta - slack
    (theta: the k-th best upper bound of any set of entries), and an entry whose upper bound is
    below that cannot be among the k best."""
    items = merged_terms(concepts)
    sizes = {len(t.dense) for _, t in items if t.dense is not None}
    if len(sizes) != 1:
        return None
    size = sizes.pop() // 4
    weights = integer_weights(items, size, k)  # kept with their bounds: `_weighted_bounds`
    if weights is None:
        return None
    ones, high = cache.masks(size)
    total = 0
    for weight, (_, t) in zip(weights, items, strict=True):
        weighted = _weighted_bounds(t, weight, size, k1, high, cache)
        if weighted is None:
            return None
        total += weighted
    upper = array("I", total.to_bytes(4 * size, _ORDER))
    # theta from the entries at the heads of the impact lists (the best are there, and any set of
    # entries gives a k-th best upper bound no larger than the whole pack's)
    heads: set[int] = set()
    for _, t in items:
        heads.update(t.impact_docs[:FIRST_DEPTH])
    if heads and (max(heads) >= size or min(heads) < 0):
        return None
    slack = sum(weights) + len(items) * QUANT
    best = heapq.nlargest(k, map(upper.__getitem__, heads))
    if len(best) < k:
        return None
    cut = _cut(best[-1], slack)
    if cut <= 0:
        return None  # entries with no term at all could tie: not for this path
    pool = _at_least(total, cut, size, ones)
    if len(pool) > 8 * k:  # narrow down with the pool's own k-th best upper bound
        cut = max(cut, _cut(heapq.nlargest(k, map(upper.__getitem__, pool))[-1], slack))
        pool = [d for d in pool if upper[d] >= cut]
    scored = exact_scores(pool, concepts, k1, cache.tables if cache is not None else None)
    return _best(k, scored)


def _best(k: int, scored: list[tuple[float, int]]) -> dict[int, float]:
    """The k best (score, doc) pairs, ties to the lower doc, as doc -> score: one sort in C (by
    score alone, stable, so the pairs come in doc order) instead of heapq's loop with a key."""
    scored.sort(key=itemgetter(1))
    scored.sort(key=itemgetter(0), reverse=True)
    return {d: s for s, d in scored[:k]}


def _bounds_of(t: Term, size: int, k1: float, high: int, cache: BoundsCache) -> int | None:
    """A term's dense bounds as one integer (field i: entry i's bound), from the index or scattered
    from its postings; None when they cannot be used (a field above QUANT: a crafted index would
    carry into the next field; a tf that is not a finite positive number)."""
    # stored bounds stand alone; scattered ones depend on the postings, their tfs and k1
    source: tuple[object, ...] = (t.dense,) if t.dense is not None else (t.docs, t.tfs, k1)
    bounds = cache.get(source)
    if bounds is not None:
        return bounds
    dense = t.dense
    if dense is None:
        try:
            dense = dense_bounds(t.docs, t.tfs, size, k1)
        except (ValueError, OverflowError):
            return None
    bounds = int.from_bytes(dense, _ORDER)
    if bounds & high:  # bits 12-31 of some field
        return None
    cache.put(source, bounds, len(dense))
    return bounds


def _weighted_bounds(
    t: Term, weight: int, size: int, k1: float, high: int, cache: BoundsCache
) -> int | None:
    """`_bounds_of` times the term's integer weight, kept across questions (see the scale in
    `_bounded_top_k`)."""
    source: tuple[object, ...] = (t.dense,) if t.dense is not None else (t.docs, t.tfs, k1)
    product = cache.weighted(source, weight)
    if product is None:
        bounds = _bounds_of(t, size, k1, high, cache)
        if bounds is None:
            return None
        product = weight * bounds
        cache.put_weighted(source, weight, product, 4 * size)
    return product


def _at_least(total: int, cut: int, size: int, ones: int) -> list[int]:
    """The entries whose field of `total` is at least `cut` (0 < cut < 2 ** 31), found in C: adding
    2 ** 31 - cut to every field sets its top bit exactly where it is >= cut (fields stay below
    2 ** 32), and only those entries' flag bytes are searched for. `ones`: 1 in every field."""
    flags = ((total + (_TOP - cut) * ones) >> (_FIELD_BITS - 1) & ones).to_bytes(4 * size, _ORDER)
    found = []
    at = flags.find(1)
    while at >= 0:
        found.append(at >> 2)  # the flag is the field's first or last byte
        at = flags.find(1, at + 1)
    return found


def _pool(
    partial: dict[int, float],
    lists: Sequence[tuple[float, array[int], array[float]]],
    read: Sequence[int],
    rests: Sequence[float],
    floor: float,
) -> list[int]:
    """The entries that may still reach `floor`: partial score plus the unread rest of the terms
    whose read part did not contain them. Which terms those are is not tracked per posting (that
    would double the cost of reading); how many is counted, and the largest rests assumed.

    Most entries fall short even with every rest added: those are dropped first, in C (a common
    word's partial scores number tens of thousands); read parts are counted for the others only."""
    largest = sorted(rests, reverse=True)
    extra = [sum(largest[: len(lists) - c]) for c in range(len(lists) + 1)]
    near = list(compress(partial, map(le, repeat(floor - extra[0]), partial.values())))
    if len(near) <= 1 or extra[0] == extra[-1]:
        return near  # every rest is 0: partial scores are whole
    wanted = set(near)
    seen: Counter[int] = Counter()
    for n, (_, docs, _) in enumerate(lists):
        seen.update(wanted.intersection(docs[: read[n]]))
    return [d for d in near if partial[d] + extra[seen[d]] >= floor]


def _next(factor: float, tfs: array[float], at: int, k1: float) -> float:
    """The contribution of the first unread posting: the most any unread one adds."""
    if at >= len(tfs):
        return 0.0
    tf = tfs[at]
    return factor * tf / (k1 + tf)


def _depth_below(factor: float, tfs: array[float], share: float, k1: float) -> int:
    """How many postings (impact order) contribute at least `share`."""
    if share <= 0:
        return len(tfs)
    # factor * tf / (k1 + tf) >= share  <=>  tf >= share * k1 / (factor - share)
    if factor <= share:
        return 0
    limit = share * k1 / (factor - share)
    return bisect_left(tfs, -limit, key=lambda tf: -tf) + 1


def _merged(concepts: Sequence[Sequence[Term]]) -> list[tuple[float, array[int], array[float]]]:
    """One impact list per distinct term (a term in two concepts counts with both factors)."""
    merged: dict[int, tuple[float, array[int], array[float]]] = {}
    for terms in concepts:
        for t in terms:
            key = id(t.impact_docs)
            factor = merged[key][0] if key in merged else 0.0
            merged[key] = (factor + t.factor, t.impact_docs, t.impact_tfs)
    return list(merged.values())
