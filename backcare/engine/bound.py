"""What both top-k paths share (backcare.engine.topk, and batchtopk in numpy for batches): the
scoring term, the dense bounds' unit and field, and the cut. Pure: no I/O."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from math import ceil, frexp, ldexp

from backcare.namedtuple import NamedTuple

FIRST_DEPTH = 256  # postings of each term read before the first check
QUANT = 4095  # a dense bound's unit: 1/QUANT of the term's factor (12 bits of a 32-bit field)
_FIELD_BITS = 32  # one unsigned 32-bit field per entry; the sums stay below 2 ** 31
_TOP = 1 << (_FIELD_BITS - 1)
BOUND_SLACK = 1e-6  # relative: q, the weights and the scores are rounded in floats


class Term(NamedTuple):
    """One alternative of one concept: its BM25F factor (idf x weight x (k1 + 1)) and postings."""

    factor: float
    docs: array[int]  # doc order
    tfs: array[float]
    impact_docs: array[int]  # impact order (tf descending)
    impact_tfs: array[float]
    dense: bytes | None = None  # `dense_bounds` of the postings (kept for common terms), or None


def _cut(theta: int, slack: int) -> int:
    """The least upper bound an entry needs to possibly reach the top k (floats' rounding allowed)."""
    return theta - slack - ceil(theta * BOUND_SLACK) - 1


def merged_terms(concepts: Sequence[Sequence[Term]]) -> list[tuple[float, Term]]:
    """Each distinct term (by its postings) with its factors summed: a term in two concepts counts
    with both."""
    merged: dict[int, tuple[float, Term]] = {}
    for terms in concepts:
        for t in terms:
            key = id(t.docs)
            merged[key] = ((merged[key][0] if key in merged else 0.0) + t.factor, t)
    return list(merged.values())


def integer_weights(items: Sequence[tuple[float, Term]], size: int, k: int) -> list[int] | None:
    """Each merged term's integer weight W for the dense bounds' sums over a pack of `size`
    entries; None when bounds cannot help (no more entries than k, no finite positive factors,
    postings beyond the pack). The weights add up to at most budget + terms, so every sum of
    W x q stays below 2 ** 31. The scale is rounded down to a power of two (at most 2x coarser
    weights): every question whose factors add up to the same band gets the same W for the same
    factor, so a term asked again with its weight (a batch's words) finds its bounds x W kept. A
    fixed scale shared more but was up to 10x coarser: the synthetic pack's pools grew from 511
    to 841."""
    total_factor = sum(f for f, _ in items)
    if size <= k or not 0 < total_factor < float("inf"):
        return None
    if any(t.docs and t.docs[-1] >= size for _, t in items):
        return None
    budget = (_TOP - 1) // QUANT - len(items)
    scale = ldexp(1.0, frexp(budget / total_factor)[1] - 1)  # (exact: never above the quotient)
    return [ceil(f * scale) for f, _ in items]
