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
from collections.abc import Sequence
from typing import NamedTuple

FIRST_DEPTH = 256  # postings of each term read before the first check
SLACK = 1e-9  # relative float slack: partial sums and exact sums add in different orders
RESCORE_LIMIT = 16  # stop deepening once at most k x this many entries are left to score exactly


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


def all_scores(
    concepts: Sequence[Sequence[Term]], k1: float, allowed: frozenset[int] | None
) -> dict[int, float]:
    """Every entry sharing a term with the question, with its score (small packs, exhaustive)."""
    docs = {
        d for terms in concepts for t in terms for d in t.docs if allowed is None or d in allowed
    }
    return {d: exact_score(d, concepts, k1) for d in sorted(docs)}


def top_k(
    concepts: Sequence[Sequence[Term]], k: int, k1: float, allowed: frozenset[int] | None
) -> dict[int, float]:
    """The k entries with the best scores (ties: lower doc number first), with their scores."""
    lists = _merged(concepts)
    partial: dict[int, float] = {}
    read = [0] * len(lists)
    depth = FIRST_DEPTH
    while True:
        for n, (factor, docs, tfs) in enumerate(lists):
            start, stop = read[n], min(depth, len(docs))
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
        rest = 0.0
        for n, (factor, docs, tfs) in enumerate(lists):
            if read[n] < len(docs):
                tf = tfs[read[n]]
                rest += factor * tf / (k1 + tf)
        exhausted = all(read[n] >= len(docs) for n, (_, docs, _) in enumerate(lists))
        best = heapq.nlargest(k, partial.values())
        theta = best[-1] if len(best) == k else 0.0
        cut = theta - SLACK * theta
        if exhausted or (len(best) == k and rest < cut):
            wanted = cut - rest - SLACK * (rest + theta)
            pool = [d for d, s in partial.items() if s >= wanted]
            if exhausted or len(pool) <= k * RESCORE_LIMIT:
                break
        depth *= 2
    scored = [(exact_score(d, concepts, k1), d) for d in pool]
    kept = heapq.nsmallest(k, scored, key=lambda sd: (-sd[0], sd[1]))
    return {d: s for s, d in kept}


def _merged(concepts: Sequence[Sequence[Term]]) -> list[tuple[float, array[int], array[float]]]:
    """One impact list per distinct term (a term in two concepts counts with both factors)."""
    merged: dict[int, tuple[float, array[int], array[float]]] = {}
    for terms in concepts:
        for t in terms:
            key = id(t.impact_docs)
            factor = merged[key][0] if key in merged else 0.0
            merged[key] = (factor + t.factor, t.impact_docs, t.impact_tfs)
    return list(merged.values())
