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
   are scored exactly (binary search in the doc-ordered postings) and the best k kept with `heapq`.
   Otherwise the depth doubles; at full depth this is the exhaustive sum.

The exact scores are computed term by term in the same order as the exhaustive sum (concept by
concept, alternative by alternative), so the top k and their scores are bit-for-bit those of scoring
every posting. Pure: no I/O.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat
from operator import eq, le
from typing import NamedTuple

FIRST_DEPTH = 256  # postings of each term read before the first check
SLACK = 1e-9  # relative float slack: partial sums and exact sums add in different orders
RESCORE_COST = 3  # postings read in the time one entry's score is looked up in one term


class Term(NamedTuple):
    """One alternative of one concept: its BM25F factor (idf x weight x (k1 + 1)) and postings."""

    factor: float
    docs: array[int]  # doc order
    tfs: array[float]
    impact_docs: array[int]  # impact order (tf descending)
    impact_tfs: array[float]


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
    docs: Sequence[int], concepts: Sequence[Sequence[Term]], k1: float
) -> list[tuple[float, int]]:
    """`exact_score` of many entries. Each term's tfs for them are looked up first: by binary
    searches run in C (map over bisect), or, for a term with few postings per entry asked, a
    table of all its postings (building one costs ~50 ns a posting in C)."""
    wanted = list(docs)
    found = [[(t.factor, _tfs_of(t, wanted)) for t in ts] for ts in concepts]
    scored = []
    for at, doc in enumerate(wanted):
        total = 0.0
        for terms in found:
            part = 0.0
            hit = False
            for factor, tfs in terms:
                tf = tfs[at]
                if tf is not None:
                    part = part + factor * tf / (k1 + tf)
                    hit = True
            if hit:
                total = total + part
        scored.append((total, doc))
    return scored


def _tfs_of(term: Term, docs: list[int]) -> list[float | None]:
    """The term's tf in each of these entries (None where it is not)."""
    postings, tfs = term.docs, term.tfs
    if not postings:
        return [None] * len(docs)
    if len(docs) * 4 >= len(postings):
        table = dict(zip(postings, tfs, strict=True))
        return list(map(table.get, docs))
    last = len(postings) - 1
    where = list(map(min, map(bisect_left, repeat(postings), docs), repeat(last)))
    hits = map(eq, map(postings.__getitem__, where), docs)
    return [tfs[i] if hit else None for i, hit in zip(where, hits, strict=True)]


def all_scores(
    concepts: Sequence[Sequence[Term]], k1: float, allowed: frozenset[int] | None
) -> dict[int, float]:
    """Every entry sharing a term with the question, with its score: the exhaustive sum, for packs
    of at most k entries (term by term, in the same order as `exact_score`)."""
    scores: dict[int, float] = {}
    for terms in concepts:
        part: dict[int, float] = {}
        for term in terms:
            factor = term.factor
            for d, tf in zip(term.docs, term.tfs, strict=True):
                if allowed is None or d in allowed:
                    part[d] = part.get(d, 0.0) + factor * tf / (k1 + tf)
        for d, value in part.items():
            scores[d] = scores.get(d, 0.0) + value
    return scores


def top_k(
    concepts: Sequence[Sequence[Term]], k: int, k1: float, allowed: frozenset[int] | None
) -> dict[int, float]:
    """The k entries with the best scores (ties: lower doc number first), with their scores."""
    lists = _merged(concepts)
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
    kept = heapq.nsmallest(k, exact_scores(pool, concepts, k1), key=lambda sd: (-sd[0], sd[1]))
    return {d: s for s, d in kept}


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
